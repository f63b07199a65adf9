"""Noun phrases and quotation frames found from word classes and capitals, without a parser.

A frame is the reporting clause around a quotation ("sagte Kirby auf X", "wie der Minister
mitteilte", "Kirby said"). Within it the speaker is the subject of the cue verb: in German the
part before the finite verb when that part is a noun phrase, otherwise the noun phrase after the
verb; prepositional phrases name the addressee ("gegenüber Yonhap", "vor der Presse") or the
channel ("auf X", "in einer Erklärung").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from lagebild.model import Token
from lagebild.nlp.quotes.lexicon import CueVerb, Lexicon

MAX_CROSS_REFERENCE = 3
"""Words before the verb in a bracketed pointer to earlier reports: "(die Zeitung berichtete)"."""
MAX_ATTRIBUTE_WORDS = 5
"""Words from a preposition to the noun of the text it names: "in einer am Morgen veröffentlichten Erklärung"."""
MAX_REFLEXIVE_GAP = 3
"""Words after a reflexive cue verb within which its pronoun stands: "zeigte sich", "zeigte er sich"."""
_PUNCT = frozenset(",.:;!?()[]–—-\"„“”«»‚‘’'")
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
_POSSESSIVE = frozenset({"'", "’", "'s", "’s"})
_OPENING_MARKS = frozenset("„“\"«»‚")
_CLOSING_MARKS = frozenset("“”\"»«‘")
_DOMAIN = re.compile(r"[\w-]+\.(?:de|com|org|net|at|ch|eu|info|uk|fr)")
_ELIDED_NAME = re.compile(r"[a-zà-ÿ]{1,4}['’][A-ZÀ-Þ]\w*")
"""A name part after an elided article or preposition: "d'Italia", "l’Alliance", "dell'Arte"."""


@dataclass(frozen=True, slots=True)
class Cue:
    index: int
    verb: CueVerb
    particle: int | None = None
    """Index of the separated particle ("mit" in "teilte … mit"), if any."""

    @property
    def last(self) -> int:
        return max(self.index, self.particle) if self.particle is not None else self.index


@dataclass(slots=True)
class Frame:
    cue: Cue | None
    cue_tokens: tuple[int, ...]
    speaker: tuple[int, int] | None = None
    addressee: tuple[int, int] | None = None
    channel: tuple[int, int] | None = None
    other_subject: tuple[int, int] | None = None
    """The noun phrase after the verb when the one before was taken as subject: German puts objects
    first too ("Die Anwendung stellte der Vorsitzende klar"), which only names can decide."""
    shared_speaker: bool = False
    """The speaker is the subject of an earlier verb of the clause ("Er sagte, … und fügte hinzu"),
    whose own report may still need it."""


def is_word(token: Token) -> bool:
    return any(ch.isalnum() for ch in token.text)


def is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper() or token.text[:1].isdigit()


def find_cue(tokens: list[Token], i: int, hi: int, lex: Lexicon) -> Cue | None:
    """The cue verb at `i`, looking ahead to `hi` for the particle of a separable verb."""
    if not tokens[i].text[:1].islower():
        return None  # verbs are lower case; "Angaben" is the noun, not "angaben"
    if i + 1 < len(tokens) and tokens[i + 1].text == ")" \
            and any(t.text == "(" for t in tokens[max(0, i - MAX_CROSS_REFERENCE):i]):
        return None  # "(wir berichteten)", "(Wikinews berichtete)": a pointer to earlier news, no frame
    word = tokens[i].text
    verb = lex.verbs.get(word)
    if verb is not None:
        reflexive = lex.reflexive_cues.get(verb.lemma)
        if reflexive and not any(t.text.lower() == reflexive for t in tokens[i + 1:min(hi, i + 1 + MAX_REFLEXIVE_GAP)]):
            return None
        return Cue(i, verb)
    for candidate in lex.split_verbs.get(word, ()):
        if i > 0 and tokens[i - 1].text.lower() == candidate.particle:
            return Cue(i, candidate, i - 1)  # verb-final, written apart: "wie die Bank bekannt gab"
        for j in range(i + 1, min(hi, i + 20)):
            text = tokens[j].text
            if text in {":", ";", ".", "!", "?"}:
                break
            if text.lower() == candidate.particle and (j + 1 >= hi or not is_word(tokens[j + 1])
                                                       or tokens[j + 1].text.lower() in lex.complementizers):
                return Cue(i, candidate, j)
    return None


def cues_in(tokens: list[Token], lo: int, hi: int, lex: Lexicon, skip: set[int]) -> list[Cue]:
    return [cue for i in range(lo, hi) if i not in skip
            for cue in [find_cue(tokens, i, hi, lex)] if cue is not None]


def intro_noun(tokens: list[Token], i: int, lex: Lexicon) -> Cue | None:
    """A noun that announces a content clause right after it: "mit den Worten:", "die Forderung,"; or
    a verdict on it: "hält es für unwahrscheinlich, dass"."""
    if i + 1 >= len(tokens) or tokens[i + 1].text not in {",", ":"}:
        return None
    if tokens[i].text in lex.intro_nouns:
        return Cue(i, CueVerb(tokens[i].text, "Speech"))
    if tokens[i].text in lex.intro_verdicts and i > 0 and tokens[i - 1].text in {"für", "als"}:
        return Cue(i, CueVerb(tokens[i].text, "Thought"))
    return None


def adjective_run(tokens: list[Token], j: int, hi: int, lex: Lexicon) -> int:
    """End of a run of lower-case adjectives that leads to a capitalised noun, else `j`."""
    k = j
    while k < hi and tokens[k].text.islower():
        if k > j and tokens[k].text in lex.np_conjunctions and k + 2 < hi and tokens[k + 1].text.islower() \
                and tokens[k + 1].text.endswith(_ADJECTIVE_ENDINGS) and tokens[k + 2].text[:1].isupper():
            k += 1  # "deutscher und französischer Diplomaten"
            continue
        if not tokens[k].text.endswith(_ADJECTIVE_ENDINGS) or tokens[k].text in lex.np_stop \
                or tokens[k].text in lex.verbs or tokens[k].text in lex.closed_words or tokens[k].text in lex.finite_verbs:
            break  # "hätten neue Spuren": a verb, not an adjective
        k += 1
    return k if k > j and k < hi and tokens[k].text[:1].isupper() else j


def _participle_attribute(tokens: list[Token], j: int, hi: int, lex: Lexicon) -> int:
    """End of "veröffentlichten Mitteilung" after "einer am Dienstag": inflected participles (cue
    verbs among them) leading to the noun, else `j`."""
    k = j
    while k < hi and tokens[k].text.islower() and tokens[k].text.endswith(_ADJECTIVE_ENDINGS) \
            and tokens[k].text not in lex.closed_words and tokens[k].text not in lex.finite_verbs:
        k += 1
    return k + 1 if k > j and k < hi and tokens[k].text[:1].isupper() else j


def _domain_end(tokens: list[Token], j: int, hi: int) -> int:
    """End of a web address the tokenizer cut at its dots ("t-online", ".", "de"), else `j`."""
    if j + 2 < hi and tokens[j + 1].text == "." and tokens[j].end == tokens[j + 1].start \
            and tokens[j + 1].end == tokens[j + 2].start \
            and _DOMAIN.fullmatch(tokens[j].text + "." + tokens[j + 2].text):
        return j + 3
    return j


def np_forward(tokens: list[Token], i: int, hi: int, lex: Lexicon) -> int:
    """End (exclusive) of the noun phrase starting at `i`; `i` when none starts there."""
    j = i
    while j < hi:
        token = tokens[j]
        low = token.text.lower()
        if token.text == "(":
            close = next((k for k in range(j + 1, min(hi, j + 8)) if tokens[k].text == ")"), None)
            if close is None or j == i:
                break
            j = close + 1
            continue
        if token.text in _OPENING_MARKS:
            close = next((k for k in range(j + 1, min(hi, j + 8)) if tokens[k].text in _CLOSING_MARKS), None)
            if close is None or not is_capitalised(tokens[j + 1]):
                break  # „sei gut verlaufen“ is quoted speech, not a name
            j = close + 1  # a quoted name inside the phrase: die Wochenzeitung „Die Zeit“
            continue
        if token.text == ",":
            if j == i or j + 1 >= hi:
                break
            end = np_forward(tokens, j + 1, hi, lex)
            if end > j + 1 and (end >= hi or tokens[end].text in {",", "."}) and tokens[j + 1].text.lower() not in lex.np_stop \
                    and (is_capitalised(tokens[j + 1]) or tokens[j + 1].text.lower() in lex.determiners):
                j = end  # an apposition: "der Leiter der Behörde, Andreas Huber,"
                continue
            break
        if token.text in _POSSESSIVE and j > i and j + 1 < hi and is_word(tokens[j + 1]):
            j += 1  # "the workers' union", "Kirby's office"
            continue
        domain = _domain_end(tokens, j, hi)
        if domain > j:
            j = domain  # "t-online.de" split into three tokens
            continue
        if token.text == "-" and j > i and j + 1 < hi and tokens[j - 1].end == token.start \
                and token.end == tokens[j + 1].start and is_capitalised(tokens[j + 1]):
            j += 1  # a quoted name joined to its noun: die „Bild“-Zeitung
            continue
        if not is_word(token):
            break
        if j > i and low in lex.np_inner and j + 1 < hi and (is_capitalised(tokens[j + 1])
                                                               or tokens[j + 1].text.lower() in lex.determiners):
            j += 1
            continue
        if j > i and low in lex.np_places and j + 1 < hi and is_capitalised(tokens[j + 1]) \
                and tokens[j + 1].text not in lex.channel_nouns:
            j += 1  # "ein Regierungssprecher in Berlin", but not "auf X", "in einem Interview"
            continue
        if j > i and low in lex.np_conjunctions and j + 1 < hi and _starts_np(tokens, j + 1, hi, lex):
            j = np_forward(tokens, j + 1, hi, lex)  # "SPD und Grüne", "US-amerikanischer und südkoreanischer Beamter"
            continue
        if j > i and low in lex.prepositions and tokens[j - 1].text.lower() in lex.determiners and j + 1 < hi:
            attribute = _participle_attribute(tokens, np_forward(tokens, j + 1, hi, lex), hi, lex)
            if attribute > j + 1:
                j = attribute  # "einer am Dienstag veröffentlichten Mitteilung": an attribute with its own phrase
                continue
        if low in lex.np_stop or (low in lex.verbs and not is_capitalised(token)):
            break
        if j > i and token.text.islower() and low in lex.determiners - lex.np_inner - lex.genitive_starters \
                and _ends_a_noun(tokens[j - 1], lex):
            break  # "Kofi Annan ein Ende …", "told reporters the talks …": an article after a noun opens the next phrase
        if low in lex.determiners or is_capitalised(token) or _DOMAIN.fullmatch(token.text) or _ELIDED_NAME.fullmatch(token.text) \
                or token.text.rpartition("-")[2][:1].isupper():
            j += 1
            continue
        if lex.lowercase_nouns and token.text.islower() and low not in lex.split_verbs:
            j += 1
            continue
        run = adjective_run(tokens, j, hi, lex)
        if run == j:
            break
        j = run
    while j > i and tokens[j - 1].text.lower() in lex.determiners | lex.np_inner \
            and not (j - 2 > i and tokens[j - 2].text == "." and tokens[j - 2].end == tokens[j - 1].start):
        j -= 1  # a dangling "der", "von"; but the "de" of "t-online.de" stays
    return j


def _ends_a_noun(token: Token, lex: Lexicon) -> bool:
    """A noun, capitalised or (in English) any word but an article or "of"."""
    low = token.text.lower()
    return low not in lex.determiners and (is_capitalised(token) or lex.lowercase_nouns and low not in lex.np_inner)


def _starts_np(tokens: list[Token], j: int, hi: int, lex: Lexicon) -> bool:
    token = tokens[j]
    return (is_capitalised(token) or token.text.lower() in lex.determiners or adjective_run(tokens, j, hi, lex) > j) \
        and token.text.lower() not in lex.np_stop and np_forward(tokens, j, hi, lex) > j


def is_adverbial(tokens: list[Token], lo: int, hi: int, lex: Lexicon) -> bool:
    """A noun phrase of time or quantity ("Tage vor der Wahl", "Herbst 2023", "150.000"): never a speaker."""
    words = [t.text.lower() for t in tokens[lo:hi] if is_word(t)]
    if words and all(not any(ch.isalpha() for ch in w) for w in words):
        return True
    inner = next((n for n, w in enumerate(words) if n > 0 and w in lex.np_inner | lex.np_places), len(words))
    head = next((w for w in reversed(words[:inner]) if any(ch.isalpha() for ch in w)), "")
    return head in lex.time_nouns  # the head comes before "des …", "von …": "Tage vor", "Herbst 2023"


def _ends_a_subject(token: Token, lex: Lexicon) -> bool:
    """A pronoun or a noun: what follows it is the verb ("Die Kinder stammen"), never an adjective,
    which follows an article, a preposition or another adjective."""
    low = token.text.lower()
    return low in lex.pronouns or is_capitalised(token) and low not in lex.determiners | lex.prepositions


def np_backward(tokens: list[Token], end: int, lo: int, lex: Lexicon) -> int:
    """Start of the noun phrase that ends just before `end` (for "dem Ministerium zufolge")."""
    j = end
    while j > lo:
        token = tokens[j - 1]
        low = token.text.lower()
        if not is_word(token) or low in lex.np_stop - lex.np_inner:
            break
        if lex.lowercase_nouns or is_capitalised(token) or low in lex.determiners or low in lex.np_inner \
                or token.text.rpartition("-")[2][:1].isupper() or _DOMAIN.fullmatch(token.text):
            j -= 1
            continue
        after_subject = j - 2 >= lo and _ends_a_subject(tokens[j - 2], lex)
        if token.text.endswith(_ADJECTIVE_ENDINGS) and (low.endswith("er") or not after_subject):
            j -= 1  # "palästinensischen Medien", "Berichten russischer Medien"; not "Sie entstammen Berichten"
            continue
        break
    while j < end and tokens[j].text.lower() in lex.np_inner - lex.determiners:
        j += 1
    return j


def _skip_adverbials(tokens: list[Token], j: int, hi: int, lex: Lexicon) -> int:
    """Past adverbs and prepositional phrases between a verb and its inverted subject."""
    while j < hi:
        low = tokens[j].text.lower()
        if low in lex.prepositions and j + 1 < hi:
            end = np_forward(tokens, j + 1, hi, lex)
            if end == j + 1:
                return j
            j = end
        elif low in lex.sentence_adverbs or (tokens[j].text.islower() and low not in lex.determiners
                                             and low not in lex.pronouns and not lex.lowercase_nouns
                                             and is_word(tokens[j]) and low not in lex.np_stop):
            j += 1
        else:
            return j
    return j


def subject_after(tokens: list[Token], j: int, hi: int, lex: Lexicon) -> tuple[int, int] | None:
    j = _skip_adverbials(tokens, j, hi, lex)
    if j < hi and tokens[j].text.lower() in lex.pronouns:
        return j, j + 1
    end = np_forward(tokens, j, hi, lex)
    if end > j and tokens[j].text.lower() in lex.oblique_determiners:
        return None  # "bezeichnete den Gipfel als …": a phrase opened by "den", "dem" is an object
    return (j, end) if end > j else None


def subject_before(tokens: list[Token], lo: int, verb: int, lex: Lexicon) -> tuple[int, int] | None:
    """The constituent before a verb when it can be a subject (not "Am Montag", "Dazu")."""
    while lo < verb and tokens[lo].text.lower() in lex.leading_particles:
        lo += 1  # "Aber Zeitungen berichteten", "Denn wie die Zeitung berichtete"
    if verb <= lo:
        return None
    first = tokens[lo].text.lower()
    if first in lex.as_clause or first in lex.complementizers - lex.determiners or first in lex.subordinators:
        lo += 1
        while lo < verb and tokens[lo].text.islower() and tokens[lo].text in lex.sentence_adverbs:
            lo += 1  # "wie schon die WHO sagte"
        first = tokens[lo].text.lower() if lo < verb else ""
    if lo >= verb or first in lex.prepositions or first in lex.sentence_adverbs - lex.determiners \
            or first in lex.object_starters or first in lex.oblique_determiners or first in lex.non_content_openers:
        return None  # "Den Unmut … brachte die Sprecherin zum Ausdruck": the subject follows the verb
    after = tokens[verb + 1].text.lower() if verb + 1 < len(tokens) else ""
    if after in lex.pronouns and after not in lex.object_pronouns:
        return None  # "Der Politik schlug er vor": a pronoun right after the verb is the subject
    if first in lex.pronouns:
        return (lo, lo + 1) if verb - lo <= 2 or tokens[lo + 1].text.lower() in lex.auxiliaries else None
    end = np_forward(tokens, lo, verb, lex)
    if end == lo and verb == lo + 1 and first in lex.demonstrative_pronouns:
        return lo, verb  # "Dieser bestätigte, …"
    if end == lo and verb == lo + 2 and first in lex.determiners and is_word(tokens[lo + 1]) \
            and tokens[lo + 1].text.lower() not in lex.closed_words:
        end = verb  # a name written in lower case: "Die taz vermutet"
    if end == lo + 1 and lex.adverb_endings and first.endswith(lex.adverb_endings):
        return None  # "Relativierend fügte X hinzu"
    if end <= lo or is_adverbial(tokens, lo, end, lex):
        return None  # "Tage vor der Wahl versprach der Kreml": an adverbial fills the pre-field
    if tokens[end].text == "," and tokens[end + 1].text.lower() in lex.relative_pronouns and tokens[verb - 1].text == ",":
        return lo, end  # "Deiss, der sich am Montag entschlossen hatte, sagte"
    if tokens[verb - 1].text == "," and _apposition_only(tokens, end, verb - 1, lex):
        return lo, verb - 1  # "die Delegationsleiterin beim Gipfel, Sharon Hayes, äußerte sich"
    if tokens[end].text == ",":
        close = next((k for k in range(end + 1, verb) if tokens[k].text == ","), None)
        if close is not None and (close + 1 == verb or tokens[close + 1].text.lower() in lex.auxiliaries):
            return lo, end  # "Der Vorstand, zuständig für das Ausland, hatte angekündigt"
    following = end + (tokens[end].text == ",")  # past the comma closing an apposition
    if verb - end > 2 and not lex.lowercase_nouns and tokens[following].text.lower() not in lex.auxiliaries \
            and _skip_adverbials(tokens, following, verb, lex) < verb:
        return None  # more than adverbials between the noun phrase and the verb: not its subject
    return lo, end


def _apposition_only(tokens: list[Token], lo: int, hi: int, lex: Lexicon) -> bool:
    """Tokens [lo, hi) extend a noun phrase: attributes and a comma-set apposition, no verb."""
    if not any(t.text == "," for t in tokens[lo:hi]):
        return False
    for token in tokens[lo:hi]:
        low = token.text.lower()
        if token.text.islower() and low not in lex.determiners and low not in lex.np_inner \
                and low not in lex.prepositions and low not in lex.np_conjunctions and not low.endswith(_ADJECTIVE_ENDINGS):
            return False
    return True


def _prepositional_roles(tokens: list[Token], lo: int, hi: int, lex: Lexicon, frame: Frame) -> None:
    """Addressee and channel from the frame's prepositional phrases."""
    j = lo
    while j < hi:
        low = tokens[j].text.lower()
        if low in lex.addressee_prepositions or low in lex.channel_prepositions:
            end = np_forward(tokens, j + 1, hi, lex)
            if end > j + 1:
                words = {part.rstrip(".") for t in tokens[j + 1:end] for part in (t.text, *t.text.split("-"))}
                if low in lex.addressee_prepositions and frame.addressee is None:
                    frame.addressee = (j + 1, end)
                elif low in lex.channel_prepositions and frame.channel is None and words & lex.channel_nouns:
                    frame.channel = (j, end)
                    if words & lex.interview_nouns and end + 1 < hi and tokens[end].text.lower() in {"mit", "with"}:
                        addressee_end = np_forward(tokens, end + 1, hi, lex)
                        if addressee_end > end + 1:
                            frame.addressee = (end + 1, addressee_end)
                            end = addressee_end
                j = end
                continue
        j += 1


def is_passive(tokens: list[Token], lo: int, hi: int, cue: Cue, lex: Lexicon) -> bool:
    """A passive auxiliary in the cue's own clause, with the cue a participle ("wurde
    aufgefordert", "wird genannt"), not an infinitive ("wird fordern")."""
    word = tokens[cue.index].text.lower()
    if not (word.endswith("t") or word.endswith("en") and "ge" in word):
        return False
    start = next((k + 1 for k in range(cue.index - 1, lo - 1, -1) if tokens[k].text == ","), lo)
    end = next((k for k in range(cue.index + 1, hi) if tokens[k].text == ","), hi)
    return any(tokens[i].text.lower() in lex.passive_auxiliaries for i in range(start, end))


def passive_agent(tokens: list[Token], lo: int, hi: int, cue: Cue, lex: Lexicon) -> tuple[int, int] | None:
    """The agent of a passive cue: "wurde von der Zeitung enthüllt", "Wie von X berichtet"; a "von"
    right after a noun belongs to that noun instead ("ein Sprecher von Siemens")."""
    as_clause = tokens[lo].text.lower() in lex.as_clause
    auxiliary = next((j for j in range(lo, hi) if tokens[j].text.lower() in lex.passive_auxiliaries), None)
    if not as_clause and auxiliary is None:
        return None
    fronted = auxiliary is not None and is_passive(tokens, lo, hi, cue, lex)  # "Von den Behörden wird angenommen"
    for k in range(lo, hi):
        if k == cue.index or tokens[k].text.lower() not in lex.passive_agent_prepositions \
                or not (as_clause or auxiliary < k or fronted and k == lo):
            continue  # "Von einem Eingriff spricht X": "von" before the auxiliary is the verb's object
        before = tokens[k - 1].text if k > lo else ""
        if before[:1].isalpha() and before[:1].isupper() and before.lower() not in lex.time_nouns:
            continue  # "am Montag von X" is still the agent
        opens = tokens[k + 1].text.lower() in lex.determiners or is_capitalised(tokens[k + 1]) if k + 1 < hi else False
        end = np_forward(tokens, k + 1, hi, lex) if opens else k + 1
        if end > k + 1 and not is_adverbial(tokens, k + 1, end, lex):
            return k + 1, end
    return None


def clause_of_verb(tokens: list[Token], lo: int, verb: int, lex: Lexicon) -> int:
    """Start of the clause that holds `verb` within [lo, verb), for languages with `clause_breaks`:
    after the last break word, at a relative pronoun, or after a coordinator that follows a comma or comes before a
    name or determiner when a lower-case word before it shows a clause of its own ("… were
    killed and Israel claims"; not "Salon and Spa", "Tom Smith and his wife")."""
    if not lex.clause_breaks:
        return lo
    for k in range(verb - 1, lo - 1, -1):
        low = tokens[k].text.lower()
        if low in lex.clause_breaks:
            return k + 1
        if k > lo and low in lex.relative_pronouns - lex.content_complementizers \
                and not any(t.text == "," for t in tokens[k:verb]):
            return k  # "…, who said": `_relative_antecedent` finds who that is
        if low in lex.clause_coordinators and k + 1 < verb and (
                k > lo and tokens[k - 1].text == "," or (is_capitalised(tokens[k + 1]) or tokens[k + 1].text.lower() in lex.determiners)
                and any(t.text.islower() and t.text not in lex.determiners for t in tokens[lo:k])):
            return k + 1
    return _after_opening_clause(tokens, lo, verb, lex)


def _after_opening_clause(tokens: list[Token], lo: int, verb: int, lex: Lexicon) -> int:
    """Past an adverbial or participle clause that opens the sentence ("As X played down the
    boos, she added", "Asked why …, Scott told"): its last comma before the verb ends it."""
    first = tokens[lo].text
    opens = first.lower() in lex.non_content_openers or (
        first.endswith(lex.participle_endings) and lo + 1 < verb and tokens[lo + 1].text.islower()) \
        if lex.participle_endings else first.lower() in lex.non_content_openers
    comma = next((k for k in range(verb - 1, lo, -1) if tokens[k].text == ","), None)
    return comma + 1 if opens and comma is not None and comma + 1 < verb else lo


def _relative_antecedent(tokens: list[Token], lo: int, clause: int, lex: Lexicon) -> tuple[int, int] | None:
    """The noun phrase within [lo, clause) that a relative clause opening at `clause` hangs on,
    for languages with `clause_breaks` (where "X, who said" puts the relative pronoun in the
    subject's place); its leading lower-case words other than determiners are left out
    ("include former President X")."""
    if not lex.clause_breaks or clause <= lo or tokens[clause].text.lower() not in lex.relative_pronouns:
        return None
    end = clause - (tokens[clause - 1].text == ",")
    start = np_backward(tokens, end, lo, lex)
    while start < end and tokens[start].text.islower() and tokens[start].text not in lex.determiners:
        start += 1
    return (start, end) if start < end else None


def _after_a_noun(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """A lower-case word right after a noun, which in German is the verb of the clause ("Am Montag
    besuchte"), not an adjective, which follows an article or preposition ("Am vergangenen Montag")."""
    low = tokens[k].text.lower()
    return tokens[k].text.islower() and is_word(tokens[k]) and (is_capitalised(tokens[k - 1]) or tokens[k - 1].text == ")") \
        and tokens[k - 1].text.lower() not in lex.determiners | lex.prepositions \
        and low not in lex.determiners | lex.np_inner | lex.prepositions | lex.np_conjunctions | lex.closed_words


def coordinated_subject(tokens: list[Token], lo: int, verb: int, lex: Lexicon) -> tuple[int, int] | None:
    """The subject a verb after "und" or a comma shares with the clause's first verb ("Ein Reporter
    war vor Ort und berichtete", "Kim besichtigte die Fabrik, lobte … und sagte", "Am Montag besuchte
    Kim die Fabrik und betonte"), so the noun phrase after it is read as its object, not its subject."""
    if verb <= lo + 1 or not (tokens[verb - 1].text.lower() in lex.np_conjunctions or tokens[verb - 1].text == ","):
        return None
    while lo < verb and tokens[lo].text.lower() in lex.leading_particles:
        lo += 1  # "Auch der Minister sprach sich dagegen aus und sagte"
    opener = tokens[lo].text.lower() if lo < verb else ""
    if not opener or opener in lex.non_content_openers or opener in lex.complementizers or opener in lex.as_clause:
        return None  # "Als die Polizei kam, floh der Täter": a subordinate clause, its subject is not shared
    pronoun = opener in lex.pronouns or opener in lex.demonstrative_pronouns  # "Diese baten ihn … und drohten"
    first = lo + 1 if pronoun and tokens[lo + 1].text.islower() \
        else next((k for k in range(lo + 1, verb - 1) if _after_a_noun(tokens, k, lex)), None)
    if first is None or tokens[first].text in lex.finite_verbs and tokens[verb - 1].text == ",":
        return None  # "Die Brücke werde, sagte …": the clause before the comma is reported content
    subject = None if opener in lex.prepositions else subject_before(tokens, lo, first, lex)
    if subject is None:
        subject = subject_after(tokens, first + 1, verb, lex)  # "Am Montag besuchte Kim …", "Letzten Monat besichtigte er …"
        if subject is None or subject[0] != first + 1 or tokens[first + 1].text.lower() in lex.determiners - lex.subject_starters:
            return None
    for k in range(first, verb):
        if tokens[k].text == "," and (not tokens[k + 1].text.islower() or np_forward(tokens, k + 1, verb, lex) > k + 1):
            # a new clause with its own subject after a comma: "…, die Vorsitzende verließ den Saal und sagte"
            return coordinated_subject(tokens, k + 1, verb, lex) if k + 1 < verb - 1 else None
    return subject


def _subject_after_comma(tokens: list[Token], lo: int, verb: int, lex: Lexicon) -> tuple[int, int] | None:
    """A main clause of its own after a comma ("X wies das zurück, die Sprecherin der Fraktion,
    Lena Beispiel, erklärte"): the first noun phrase after a comma that runs up to the verb."""
    for k in range(lo, verb - 1):
        if tokens[k].text != "," or tokens[k + 1].text.lower() in lex.relative_pronouns - lex.determiners:
            continue
        subject = subject_before(tokens, k + 1, verb, lex)
        if subject is not None and subject[0] == k + 1 and subject[1] >= verb - 1:
            return subject
    return None


def subordinate_clause(tokens: list[Token], lo: int, verb: int, lex: Lexicon) -> int:
    """Start of the verb-final clause holding `verb` when a subordinator opens it after a comma
    ("Sarkozy widersprach, indem er sagte, …"): its own subject speaks, not the main clause's."""
    return next((k + 1 for k in range(verb - 2, lo - 1, -1)
                 if tokens[k].text == "," and tokens[k + 1].text.lower() in lex.subordinators), lo)


def _quoted_one_speaks(tokens: list[Token], lo: int, hi: int, cue: Cue, lex: Lexicon, frame: Frame) -> None:
    """"Reuters zitierte Papandreou mit den Worten", "X wird von Reuters mit den Worten zitiert": the
    one quoted spoke; who quotes is the channel."""
    if is_passive(tokens, lo, hi, cue, lex):
        end = np_forward(tokens, lo, cue.index, lex)
        if lo < end < cue.index and tokens[end].text.lower() in lex.passive_auxiliaries:
            frame.channel, frame.speaker = frame.speaker, (lo, end)
        return
    j = frame.speaker[1] if frame.speaker and frame.speaker[0] > cue.index else cue.index + 1
    while j < hi and tokens[j].text.lower() in lex.impersonal_subjects:
        j += 1  # "zitierte man Yolanda Alvarez"
    end = np_forward(tokens, j, hi, lex)
    if end > j and (is_capitalised(tokens[j]) or tokens[j].text.lower() in lex.determiners):
        frame.channel, frame.speaker = frame.speaker, (j, end)


def frame_around(tokens: list[Token], lo: int, hi: int, cue: Cue, lex: Lexicon) -> Frame:
    """Speaker, addressee and channel of the clause [lo, hi) whose cue verb is `cue`."""
    cue_tokens = (cue.index,) if cue.particle is None else (cue.index, cue.particle)
    frame = Frame(cue, cue_tokens)
    if cue.verb.lemma in lex.impersonal_cues:
        # "In der Erklärung heißt es, …", "hieß es vom Sprecher": the text or body named in the clause is the source
        k = next((j for j in range(lo, hi) if tokens[j].text.lower() in
                  lex.channel_prepositions | lex.passive_agent_prepositions | lex.impersonal_source_prepositions), None)
        end = np_forward(tokens, k + 1, hi, lex) if k is not None else lo
        if k is not None:
            # "in einer am Morgen veröffentlichten Erklärung": an attribute the phrase rules stop at comes before the text's noun
            noun = next((j for j in range(k + 1, min(hi, k + 1 + MAX_ATTRIBUTE_WORDS)) if tokens[j].text in lex.channel_nouns), None)
            if noun is not None and noun >= end:
                end = max(noun + 1, np_forward(tokens, noun, hi, lex))
        frame.speaker = (k + 1, end) if k is not None and end > k + 1 else None
        return frame
    if cue.verb.lemma[:1].isupper() or cue.verb.lemma in lex.intro_verdicts:
        # a noun cue ("vertritt die Ansicht, …") or a verdict ("hält es für möglich, …"): the
        # sentence's leading noun phrase holds the view
        end = np_forward(tokens, lo, cue.index, lex) if tokens[lo].text.lower() not in lex.closed_words - lex.determiners else lo
        if end == lo and tokens[lo].text.lower() in lex.pronouns and lo + 1 < cue.index and tokens[lo + 1].text.islower():
            end = lo + 1  # "Er hält es für möglich, dass …"
        frame.speaker = (lo, end) if end > lo else None
        return frame
    clause = subordinate_clause(tokens, clause_of_verb(tokens, lo, cue.index, lex), cue.index, lex)
    antecedent = _relative_antecedent(tokens, lo, clause, lex)
    lo = clause
    if antecedent is not None:
        frame.speaker = antecedent  # "former President Donald Trump, who announced last year …"
        _prepositional_roles(tokens, cue.index + 1, hi, lex, frame)
        return frame
    agent = passive_agent(tokens, lo, hi, cue, lex)
    before = subject_before(tokens, lo, cue.index, lex) if agent is None else None
    if agent is not None:
        frame.speaker = agent
    elif before is not None and is_passive(tokens, lo, hi, cue, lex):
        pass  # "Die Anwohner wurden aufgefordert, …": the subject of a passive cue was spoken to
    elif before is not None:
        frame.speaker = before
        if not lex.lowercase_nouns and not tokens[cue.index].text.endswith(lex.plural_verb_endings or ("\0",)):
            frame.other_subject = subject_after(tokens, cue.index + 1, hi, lex)
    elif (shared := coordinated_subject(tokens, lo, cue.index, lex)) is not None:
        frame.speaker = shared  # "Kim besichtigte die Fabrik, lobte die Produktion …": not the object after the verb
        frame.shared_speaker = True
    else:
        after = subject_after(tokens, cue.index + 1, hi, lex)
        auxiliary = next((j for j in range(cue.index - 1, lo - 1, -1) if tokens[j].text.lower() in lex.auxiliaries), None)
        if after is None and auxiliary is not None:
            # "Am Montag hatte X erklärt"; the auxiliary nearest the cue, not one in a clause before it
            after = subject_after(tokens, auxiliary + 1, cue.index, lex)
        if after is not None:
            frame.speaker = after
        elif lex.lowercase_nouns and cue.index > lo:
            frame.speaker = (lo, cue.index)
        else:
            frame.speaker = coordinated_subject(tokens, lo, cue.index, lex)
            frame.shared_speaker = frame.speaker is not None
    if frame.speaker is None and cue.index > lo and not lex.clause_breaks:
        frame.speaker = _subject_after_comma(tokens, lo, cue.index, lex)
    if frame.speaker is None and any(t.text.lower() in lex.passive_auxiliaries for t in tokens[lo:hi]):
        # "In einem Bericht der Zeitung wurde vermutet, …": with nobody named, the text itself speaks
        written = Frame(None, ())
        _prepositional_roles(tokens, lo, hi, lex, written)
        if written.channel is not None:
            frame.speaker = (written.channel[0] + 1, written.channel[1])
    if cue.verb.lemma in lex.quoting_cues:
        _quoted_one_speaks(tokens, lo, hi, cue, lex, frame)
    start = frame.speaker[1] if frame.speaker and frame.speaker[0] > cue.index else cue.index + 1
    if cue.verb.lemma in lex.addressee_verbs and start == cue.index + 1:
        end = np_forward(tokens, start, hi, lex)
        if end > start:
            frame.addressee = (start, end)
            start = end
    _prepositional_roles(tokens, start, hi, lex, frame)
    return frame


def source_frame(tokens: list[Token], lo: int, hi: int, cue_start: int, cue_end: int, lex: Lexicon,
                 backward: bool = False) -> Frame:
    """A frame made of a source phrase ("laut", "nach Angaben", "zufolge") and its noun phrase."""
    frame = Frame(None, tuple(range(cue_start, cue_end)))
    if backward:
        start = np_backward(tokens, cue_start, lo, lex)
        if start < cue_start:
            frame.speaker = (start, cue_start)
        return frame
    j = cue_end
    if j < hi and tokens[j].text.lower() in {"von", "vom", "of"}:
        j += 1
    end = np_forward(tokens, j, hi, lex)
    if end > j:
        frame.speaker = (j, end)
    elif j < hi and (tokens[j].text.lower() in lex.pronouns or tokens[j].text.lower() in lex.demonstrative_pronouns):
        frame.speaker = (j, j + 1)  # "„…“, so letztere", "so er weiter"
    return frame
