"""Indirect, reported and free indirect speech, sentence by sentence.

Patterns, tried in this order for each sentence outside the direct quotations:
- a trailing frame: "…, sagte Kirby." / "…, so der Minister." / "…, wie die Polizei mitteilte."
- a leading "wie" frame: "Wie die Polizei mitteilte, …"
- a cue verb with a content clause after a comma or colon: "Kirby sagte, Nordkorea habe …",
  "… gab bekannt, dass …"; in English also without a comma: "Kirby said (that) …"
- a "dass" clause after a clause holding a cue anywhere: "Litauen geht davon aus, dass …"
- a short frame in the next sentence: "… infiziert. Das erklärte ein Sprecher."
- a source phrase (`sources`): "laut X", "X zufolge", "nach Angaben von X", "according to X"
- subjunctive I or hearsay ("soll … haben") without a cue of its own: free indirect speech,
  continuing the quotation before it (sentences in a row become one quotation) and attributed to
  the last speaker of this or the previous paragraph, unless the sentence just before names someone
  else as its subject ("X würdigte die Helfer. Ohne sie sei …")
- a reporting verb without a content clause: reported speech ("X kündigte Sanktionen an"), the
  whole sentence.
Content must be a clause of its own: an adverbial clause ("da …", "während …") or the subject
noun phrase alone is never what was said.
"""
from __future__ import annotations

from lagebild.model import Quote
from lagebild.nlp.quotes.document import Document
from lagebild.nlp.quotes.phrases import (Cue, Frame, adjective_run, cues_in, find_cue, frame_around, intro_noun,
                                         is_capitalised, is_passive, is_word, np_forward, passive_agent, source_frame)
from lagebild.nlp.quotes.sources import is_source_noun, source_at

_TERMINAL = frozenset({".", "!", "?", ";"})
MIN_CONTENT_WORDS = 3
MAX_TRAILING_FRAME = 14
"""Tokens a frame after the content may have: ", sagte der Sprecher des Ministeriums am Montag"."""
MIN_PREFIX = 6
"""Tokens before a long quotation in the same sentence worth reading for a report of their own."""
MAX_SKIPPED = 2
"""Appositions and phrases set off after a trailing frame's speaker: ", der Sprecher, in einer Erklärung"."""
MAX_CUE_TO_COMMA = 12
"""Tokens between a cue and the comma opening its content: "sagte der Minister am Montag in Berlin,"."""


def _content_end(doc: Document, lo: int, hi: int) -> int:
    while hi > lo and doc.tokens[hi - 1].text in _TERMINAL:
        hi -= 1
    return hi


def _words(doc: Document, lo: int, hi: int) -> int:
    return sum(1 for t in doc.tokens[lo:hi] if is_word(t))


def _free(doc: Document, lo: int, hi: int) -> bool:
    return hi > lo and not any(i in doc.used for i in range(lo, hi))


def _opens_adverbial_clause(doc: Document, lo: int, hi: int) -> bool:
    """"Bis er kam, …", "Während die Gespräche andauerten, …" open an adverbial clause; "Bis ins
    hohe Alter sei …", "Seit 2001 habe …" a prepositional phrase with the finite verb right after
    it, in a main clause that may well be what was said."""
    tokens, lex = doc.tokens, doc.lex
    first = tokens[lo].text.lower()
    if first not in lex.non_content_openers:
        return False
    if first in lex.prepositions and lo + 1 < hi:
        start = lo + 1 + (tokens[lo + 1].text.lower() in lex.prepositions)  # "bis ins", "bis zum"
        end = np_forward(tokens, start, hi, lex)
        return not (start < end < hi and tokens[end].text.lower() in lex.subjunctive | lex.subjunctive_ii | lex.auxiliaries)
    return True


def _opens_relative_clause(doc: Document, lo: int, hi: int) -> bool:
    """", die im Herbst gewählt wurden": after a comma, "der"/"die"/"das" followed by anything but
    the start of a noun phrase opens a relative clause about the noun before, not content; one in
    the subjunctive (", die häufig auftrete") still reports what someone said."""
    tokens, lex = doc.tokens, doc.lex
    if lo == 0 or lo + 1 >= hi or tokens[lo - 1].text != "," or tokens[lo].text.lower() not in lex.relative_pronouns \
            or tokens[lo].text.lower() in lex.complementizers \
            or any(t.text.lower() in lex.subjunctive | lex.subjunctive_ii for t in tokens[lo:hi]):
        return False
    after = tokens[lo + 1]
    return after.text.islower() and is_word(after) and adjective_run(tokens, lo + 1, hi, lex) == lo + 1


def _opens_main_clause(doc: Document, lo: int) -> bool:
    """"Als Zwergplanet bekannt, hat er …", "Nachdem er es bekannt gegeben hatte, trat er zurück": a
    finite verb right after the comma (or a verb then its subject pronoun) goes on with the main clause
    after a fronted phrase; reported content after a verb of saying opens with its own subject. After
    "Wie X mitteilte," the verb comes first in what was said."""
    tokens, lex = doc.tokens, doc.lex
    first = tokens[lo].text
    low = first.lower()
    if not first.islower() or not is_word(tokens[lo]):
        return False
    if low in lex.auxiliaries or low in lex.finite_verbs or low in lex.verbs or low in lex.split_verbs:
        return True  # "bestätigten den Vorfall, teilten aber mit, …": a second verb of the same subject
    return low not in lex.closed_words and lo + 1 < len(tokens) and tokens[lo + 1].text in lex.pronouns


def _plausible_content(doc: Document, lo: int, hi: int) -> bool:
    """Content is a clause of its own: not an adverbial clause, not just the subject noun phrase."""
    if hi <= lo or _opens_adverbial_clause(doc, lo, hi) or _opens_relative_clause(doc, lo, hi):
        return False
    return _words(doc, lo, hi) >= MIN_CONTENT_WORDS and np_forward(doc.tokens, lo, hi, doc.lex) < hi


def _is_apposition(doc: Document, lo: int, hi: int) -> bool:
    """", der Sprecher der Polizei" after a name: a noun phrase (or a relative clause about the name)
    with no verb of saying, which belongs to the speaker rather than opening the frame itself."""
    tokens, lex = doc.tokens, doc.lex
    first = tokens[lo].text
    return hi - lo <= MAX_TRAILING_FRAME and _free(doc, lo, hi) and not cues_in(tokens, lo, hi, lex, set()) \
        and (first.lower() in lex.determiners | lex.relative_pronouns or is_capitalised(tokens[lo])
             or adjective_run(tokens, lo, hi, lex) > lo)


def _attached(doc: Document, lo: int, hi: int) -> bool:
    """An apposition or a prepositional phrase after a trailing frame's speaker: ", der Sprecher der
    Feuerwehr", ", in einer Mitteilung"."""
    tokens, lex = doc.tokens, doc.lex
    if tokens[lo].text.lower() in lex.prepositions:
        return lo + 1 < hi and np_forward(tokens, lo + 1, hi, lex) == hi and _free(doc, lo, hi)
    return _is_apposition(doc, lo, hi)


def _trailing_frame(doc: Document, lo: int, hi: int) -> tuple[tuple[int, int], Frame] | None:
    tokens, lex = doc.tokens, doc.lex
    apposition_skipped = False
    skipped = 0
    for k in range(hi - 1, lo, -1):
        if tokens[k].text != ",":
            continue
        if skipped < MAX_SKIPPED and k - 1 > lo and is_capitalised(tokens[k - 1]) and _attached(doc, k + 1, hi):
            # ", sagte Mark Miller, der Sprecher der Feuerwehr, in einer Erklärung.": the frame ends at the name
            apposition_skipped = True
            skipped += 1
            hi = k
            continue
        clause = (k + 1, hi)
        # a frame opening with its verb may run long: ", sagte X vom „Verein“ gestern in einem Interview mit …"
        limit = MAX_TRAILING_FRAME * 2 if find_cue(tokens, k + 1, hi, lex) is not None else MAX_TRAILING_FRAME
        if hi - k - 1 > limit or not _free(doc, *clause):
            return None
        first = tokens[k + 1].text.lower()
        if first in lex.non_content_openers - lex.as_clause - lex.source_so:
            return None  # ", obwohl er nichts nannte": an adverbial clause, not a frame
        if apposition_skipped and first not in lex.source_so and find_cue(tokens, k + 1, hi, lex) is None:
            return None  # only a frame opening with its verb has the name right before the apposition
        frame: Frame | None = None
        if first in lex.source_so and k + 2 < hi and (cue := find_cue(tokens, k + 2, hi, lex)) is not None:
            frame = frame_around(tokens, k + 1, hi, cue, lex)  # ", so bestätigt das Gericht"
        elif first in lex.source_so:
            # ", so der Minister (weiter)": "so" with a noun phrase right after it, not "so dass", "so genannt"
            frame = source_frame(tokens, k + 1, hi, k + 1, k + 2, lex)
            names = k + 2 < hi and (is_capitalised(tokens[k + 2]) or tokens[k + 2].text.lower() in lex.determiners)
            frame = frame if frame.speaker and names else None
        elif first in lex.as_clause:
            cues = cues_in(tokens, k + 2, hi, lex, set())
            frame = frame_around(tokens, k + 1, hi, cues[-1], lex) if cues and cues[-1].last >= hi - 3 else None
        else:
            # verb and particle within the frame's first words; whether a particle ends the clause is
            # judged on the whole clause ("es gebe keine Berichte zu Verletzten" has no particle "zu")
            cues = [cue for i in range(k + 1, min(hi, k + 6)) for cue in [find_cue(tokens, i, hi, lex)]
                    if cue is not None and (cue.particle is None or cue.particle < k + 6)]
            if cues and tokens[k + 1].text.lower() not in lex.complementizers:
                frame = frame_around(tokens, k + 1, hi, cues[0], lex)
                if lex.lowercase_nouns and frame.speaker and frame.speaker[0] > cues[0].index \
                        and frame.speaker[1] < hi and tokens[frame.speaker[1]].text.lower() not in lex.prepositions:
                    frame = None  # ", said the report was flawed": the words after the verb are a clause
                if frame is not None and frame.speaker and _second_verb(doc, frame.speaker[1], hi):
                    frame = None
        if frame is not None and frame.speaker is not None and _plausible_content(doc, lo, k):
            return (lo, k), frame
        return None
    return None


def _leading_as_frame(doc: Document, lo: int, hi: int) -> tuple[tuple[int, int], Frame] | None:
    tokens, lex = doc.tokens, doc.lex
    if tokens[lo].text.lower() not in lex.as_clause:
        return None
    comma = next((k for k in range(lo + 1, min(hi, lo + MAX_TRAILING_FRAME)) if tokens[k].text == ","), None)
    if comma is None:
        return None
    cues = cues_in(tokens, lo + 1, comma, lex, set())
    if not cues or cues[-1].last < comma - 3:
        return None
    if not _plausible_content(doc, comma + 1, hi):
        return None
    return (comma + 1, hi), frame_around(tokens, lo, comma, cues[-1], lex)


def _relative_clause_end(doc: Document, k: int, hi: int) -> int:
    """Past a relative clause opened at the comma `k` ("sagte der Minister, der …, die Lage …")."""
    tokens, lex = doc.tokens, doc.lex
    if k + 2 < hi and is_capitalised(tokens[k - 1]) and tokens[k + 1].text.lower() in lex.relative_pronouns \
            and not is_capitalised(tokens[k + 2]) and adjective_run(tokens, k + 2, hi, lex) == k + 2:
        # only after a noun, and only when a comma closes it: "erklärte, die neue Regel gelte" is content
        return next((j for j in range(k + 2, hi) if tokens[j].text == ","), k)
    return k


def _clip(doc: Document, lo: int, hi: int) -> int:
    """End of a content clause: before ", erkannte …" where the main clause goes on with a verb."""
    tokens, lex = doc.tokens, doc.lex
    for k in range(lo + 1, hi - 1):
        if tokens[k].text != ",":
            continue
        word = tokens[k + 1].text
        low = word.lower()
        if low in lex.verbs or (not lex.lowercase_nouns and word.islower() and is_word(tokens[k + 1])
                                and low not in lex.closed_words and low not in lex.subjunctive):
            return k
    return hi


def _cue_with_content(doc: Document, lo: int, hi: int) -> tuple[tuple[int, int], Frame] | None:
    tokens, lex = doc.tokens, doc.lex
    cues = cues_in(tokens, lo, hi, lex, doc.used)
    cues += [cue for i in range(lo, hi) if i not in doc.used for cue in [intro_noun(tokens, i, lex)] if cue]
    for cue in sorted(cues, key=lambda c: c.index):
        k = cue.last + 1
        while k < hi and k - cue.last <= MAX_CUE_TO_COMMA and tokens[k].text not in {",", ":"} | _TERMINAL:
            k += 1
        if k < hi and tokens[k].text in {",", ":"}:
            if any(cue.last < other.index < k for other in cues):
                continue  # "lobte die Produktion und sagte, …": the verb nearest the content reports it
            k = _relative_clause_end(doc, k, hi)
            if k >= hi - 1:
                continue
            content = (k + 1, _clip(doc, k + 1, hi))
            if _plausible_content(doc, *content) and _free(doc, *content) \
                    and (tokens[lo].text.lower() in lex.as_clause or not _opens_main_clause(doc, k + 1)):
                return content, frame_around(tokens, lo, k, cue, lex)
        elif lex.lowercase_nouns:
            english = _english_content(doc, cue, lo, hi)
            if english is not None:
                return english
    return None


def _english_content(doc: Document, cue: Cue, lo: int, hi: int) -> tuple[tuple[int, int], Frame] | None:
    """English reports without a comma: "Kirby said (on Tuesday) (that) North Korea had …"."""
    tokens, lex = doc.tokens, doc.lex
    j = cue.index + 1
    addressee = None
    if j < hi and cue.verb.lemma == "tell":
        addressee = (j, np_forward(tokens, j, hi, lex))
        j = addressee[1]
    while j < hi and tokens[j].text.lower() in lex.prepositions:
        j = max(np_forward(tokens, j + 1, hi, lex), j + 1)
    if j >= hi or not is_word(tokens[j]) or tokens[j].text.lower() in lex.prepositions:
        return None
    start = j
    if _words(doc, start, hi) < MIN_CONTENT_WORDS or not _free(doc, start, hi):
        return None
    if cue.verb.lemma in lex.reported and tokens[start].text.lower() not in lex.complementizers \
            and not any(t.text.lower() in lex.finite_verbs for t in tokens[start:hi]):
        return None  # "confirmed the layoffs on Monday": an object, reported speech rather than a clause
    frame = frame_around(tokens, lo, j, cue, lex)
    if addressee is not None and addressee[1] > addressee[0]:
        frame.addressee = addressee
    return (start, hi), frame


def _that_clause(doc: Document, lo: int, hi: int) -> tuple[tuple[int, int], Frame] | None:
    """", dass …" after a clause holding a cue anywhere in it: "Litauen geht davon aus, dass …"."""
    tokens, lex = doc.tokens, doc.lex
    for k in range(lo + 1, hi - 1):
        if tokens[k].text != "," or tokens[k + 1].text.lower() not in lex.content_complementizers:
            continue
        cues = cues_in(tokens, lo, k, lex, doc.used)
        if cues:
            content = (k + 1, _clip(doc, k + 1, hi))
            if _words(doc, *content) >= MIN_CONTENT_WORDS and _free(doc, *content):
                return content, frame_around(tokens, lo, k, cues[-1], lex)
    return None


_PARENTHESIS = frozenset({",", "–", "—", "-"})
_CLOSING_MARKS = frozenset("“”\"»«‘’'")


def _parenthetical_so(doc: Document, lo: int, hi: int) -> tuple[list[tuple[int, int]], Frame] | None:
    """"Der Präsident sei, so Gamkrelids, schuld daran": a "so X" frame set off inside the sentence."""
    tokens, lex = doc.tokens, doc.lex
    for k in range(lo + 1, hi - 3):
        if tokens[k].text not in _PARENTHESIS or tokens[k + 1].text.lower() not in lex.source_so \
                or not (is_capitalised(tokens[k + 2]) or tokens[k + 2].text.lower() in lex.determiners):
            continue
        frame = source_frame(tokens, k + 1, hi, k + 1, k + 2, lex)
        if frame.speaker is None:
            continue
        end = frame.speaker[1]
        while end < hi and tokens[end].text.islower() and tokens[end].text in lex.sentence_adverbs:
            end += 1  # ", so der Minister weiter,"
        if end < hi - 1 and tokens[end].text in _PARENTHESIS and _free(doc, lo, hi):
            spans = [(lo, k), (end + 1, hi)]
            if sum(_words(doc, *span) for span in spans) >= MIN_CONTENT_WORDS:
                return spans, frame
    return None


def _names_apposition(doc: Document, lo: int, hi: int) -> bool:
    """", Brigitte Wischnewski, …" right after a speaker: a name set off by commas, naming that speaker."""
    end = next((k for k in range(lo, min(hi, lo + 5)) if doc.tokens[k].text == ","), None)
    return end is not None and end > lo and all(is_capitalised(t) for t in doc.tokens[lo:end])


def _inserted_frame(doc: Document, lo: int, hi: int) -> tuple[list[tuple[int, int]], Frame] | None:
    """"Die Brücke werde, sagte der Minister, im Mai geöffnet", "The bridge, officials said, will
    reopen": a frame of verb and speaker set off by commas inside what was said."""
    tokens, lex = doc.tokens, doc.lex
    commas = [k for k in range(lo + 1, hi - 1) if tokens[k].text == ","]
    if len(commas) < 2 or not _free(doc, lo, hi):
        return None
    for left, right in zip(commas, commas[1:]):
        if right - left - 1 > MAX_TRAILING_FRAME or right - left < 3 \
                or tokens[right + 1].text.lower() in lex.np_conjunctions | lex.clause_continuers:
            continue
        opener = left + 2 if tokens[left + 1].text.lower() in lex.source_so else left + 1  # ", so schrieb sie,"
        first = find_cue(tokens, opener, right, lex)
        # verb last only where it cannot close a subordinate clause: English ", officials said,"
        last = find_cue(tokens, right - 1, right, lex) if lex.lowercase_nouns else None
        cue = first or last
        if cue is None or cue.particle is not None and cue.particle >= right or cue.verb.lemma in lex.naming:
            continue  # ", genannt „Blu-ray“,": a name given, nothing said
        frame = frame_around(tokens, left + 1, right, cue, lex)
        # verb and speaker: ", sagte der Minister (in einem Interview),", ", officials said,"
        speaker_fits = frame.speaker is not None and (frame.speaker[0] == cue.index + 1 if first
                                                      else frame.speaker == (left + 1, cue.index))
        if not speaker_fits or _second_verb(doc, frame.speaker[1], right):
            continue
        if first and not lex.lowercase_nouns and (np_forward(tokens, lo, left, lex) >= left or left != commas[0]):
            continue  # "Der Direktor, Peter Horrocks, bezeichnet …": the subject, not fronted content
        if any(t.text in {":", ";"} for t in tokens[lo:left]) or _names_apposition(doc, right + 1, hi) \
                or _is_apposition(doc, right + 1, hi):
            continue  # "…: Während X, erwartet die Vorsitzende, Brigitte Wischnewski, …": no inserted frame
        spans = [(lo, left), (right + 1, hi)]
        if _words(doc, lo, left) >= 2 and sum(_words(doc, *span) for span in spans) >= MIN_CONTENT_WORDS \
                and not _opens_adverbial_clause(doc, lo, left):
            return spans, frame
    return None


def _second_verb(doc: Document, lo: int, hi: int) -> bool:
    """"…, lobte die Produktion und zeigte Lager …,": a second verb joined by "und" makes the part
    between the commas a clause that goes on, not a frame of verb and speaker."""
    tokens, lex = doc.tokens, doc.lex
    return not lex.lowercase_nouns and any(
        tokens[k].text.lower() in lex.np_conjunctions and tokens[k + 1].text.islower()
        and tokens[k + 1].text.lower() not in lex.determiners and is_word(tokens[k + 1]) for k in range(lo, hi - 1))


def _source_phrase(doc: Document, lo: int, hi: int) -> tuple[list[tuple[int, int]], Frame] | None:
    """A source phrase and the rest of the sentence, left and right of it, as the content."""
    tokens = doc.tokens
    for i in range(lo, hi):
        if i in doc.used or tokens[i].text.lower() not in doc.lex.source_first_words:
            continue
        found = source_at(tokens, i, lo, hi, doc.lex)
        if found is None:
            continue
        frame_lo, frame_hi, frame = found
        if frame_hi < hi and tokens[frame_hi].text == ",":
            frame_hi += 1
        left = (lo, frame_lo - 1 if frame_lo > lo and tokens[frame_lo - 1].text == "," else frame_lo)
        if tokens[i].text.lower() in doc.lex.anaphoric_sources - doc.lex.anaphoric_adverbs:
            left = (lo, lo)  # ", wonach …" opens the content; what comes before it is the main clause
        spans = [s for s in (left, (frame_hi, hi)) if _words(doc, *s) > 0]
        if sum(_words(doc, *s) for s in spans) >= MIN_CONTENT_WORDS:
            return spans, frame
    return None


def _defer_to_source(doc: Document, lo: int, hi: int, content: tuple[int, int], frame: Frame) -> None:
    """"Laut X erklärte Y, …", "sagte Y nach Angaben von X": the report reaches us through X, who
    is named as the source of the whole statement."""
    frame_lo, frame_hi = (lo, content[0]) if content[0] > lo else (content[1], hi)
    for i in range(frame_lo, frame_hi):
        if i in frame.cue_tokens or i in doc.used or doc.tokens[i].text.lower() not in doc.lex.source_first_words \
                or i > frame_lo and doc.tokens[i - 1].text.lower() in doc.lex.determiners:
            continue  # "seinen laut Gutachtern geringen Spuren": inside a noun phrase
        found = source_at(doc.tokens, i, frame_lo, frame_hi, doc.lex)
        if found is None or found[2].speaker is None or len(found[2].cue_tokens) > 2 \
                or found[0] < content[1] and found[1] > content[0]:
            continue  # "unter Berufung auf X": the one who cites X still speaks
        frame.speaker = found[2].speaker
        frame.other_subject = None
        return


def _predicates_verdict(doc: Document, lo: int, hi: int) -> bool:
    """"… den Anschlag als barbarische Tat": "als" after a noun phrase, not "als" opening a clause
    (", als er kam") nor comparing ("mehr als", "früher als")."""
    tokens = doc.tokens
    return any(tokens[i].text == "als" and tokens[i - 1].text != ","
               and not (tokens[i - 1].text.islower() and tokens[i - 1].text.endswith("er"))
               for i in range(lo + 1, hi - 1))


def _names_something(doc: Document, lo: int, cue: int) -> bool:
    """"wie er genannt wird", "so werden die Anhänger genannt", "dürfen Ehe genannt werden", "nennt
    sich", "ein Standard, genannt …", "auch „BD-Live“ genannt": the verb gives a name, not
    information someone gave."""
    tokens = doc.tokens
    before = tokens[cue - 1].text if cue > lo else ""
    after = tokens[cue + 1].text if cue + 1 < len(tokens) else ""
    return any(t.text.lower() in {"wie", "so"} for t in tokens[lo:cue]) or after in {"werden", "sich"} \
        or before in {",", "auch"} or before[-1:] in _CLOSING_MARKS


def states_a_finding(doc: Document, frame: Frame) -> bool:
    """"Die Messergebnisse bestätigten …", "Die wachsende Bedeutung X unterstreicht, dass …": a verb
    of evidence whose subject names nobody and is no text reports a finding, not words said."""
    if frame.cue is None or frame.cue.verb.lemma not in doc.lex.evidence or frame.speaker is None:
        return False
    lo, hi = frame.speaker
    head_end = next((k for k in range(lo + 1, hi) if doc.tokens[k].text.lower() in doc.lex.np_inner | doc.lex.prepositions
                     or doc.tokens[k].text in {",", "("}), hi)  # the head leads: "Bedeutung" in "die Bedeutung der Armee"
    texts = any(t.text in doc.lex.channel_nouns or is_source_noun(t.text, doc.lex) for t in doc.tokens[lo:head_end])
    someone = head_end == lo + 1 and doc.tokens[lo].text.lower() in doc.lex.demonstrative_pronouns  # "Dieser bestätigte"
    return not texts and not someone and doc.names_nobody(lo, head_end)


def _reported(doc: Document, lo: int, hi: int) -> Frame | None:
    cues = cues_in(doc.tokens, lo, hi, doc.lex, doc.used)
    for cue in cues:
        if cue.verb.lemma not in doc.lex.reported \
                and not (cue.verb.lemma in doc.lex.judging and _predicates_verdict(doc, lo, hi)) \
                or cue.verb.lemma in doc.lex.naming and _names_something(doc, lo, cue.index):
            continue
        if is_passive(doc.tokens, lo, hi, cue, doc.lex):
            # "Der Abzug wurde von der Regierung angekündigt": its subject is what was said, and the
            # agent ("von X", "in einem Bericht") speaks; with neither, the sentence is a plain event,
            # unless the verb gives information ("Als Ursache wurde ein Defekt genannt")
            frame = frame_around(doc.tokens, lo, hi, cue, doc.lex)
            written = (frame.channel[0] + 1, frame.channel[1]) if frame.channel else None
            speaker = passive_agent(doc.tokens, lo, hi, cue, doc.lex) or written
            if speaker is not None or cue.verb.lemma in doc.lex.informing and not _names_something(doc, lo, cue.index):
                return Frame(cue, frame.cue_tokens, speaker=speaker)
            continue
        frame = frame_around(doc.tokens, lo, hi, cue, doc.lex)
        if frame.speaker is not None and doc.tokens[frame.speaker[0]].text.lower() not in {"es", "it", "man"} \
                and not states_a_finding(doc, frame):
            return frame
    return None


def _reported_mood(doc: Document, lo: int, hi: int, continues: bool) -> bool:
    """Subjunctive I ("sei", "habe"), hearsay "soll … haben", or, continuing a report, subjunctive II
    or "soll"."""
    words = [doc.tokens[i].text.lower() for i in range(lo, hi) if i not in doc.used]
    if any(w in doc.lex.subjunctive for w in words) or (continues and any(w in doc.lex.subjunctive_ii for w in words)):
        return True
    if continues and any(w in doc.lex.hearsay_modals for w in words):
        return True  # "Die Kommission empfahl … . Auch soll die Polizei …": the report's plans go on
    return bool(words) and words[-1] in doc.lex.hearsay_tails and any(w in doc.lex.hearsay_modals for w in words)


def _frame_for_previous(doc: Document, lo: int, hi: int) -> Frame | None:
    """"Das erklärte ein Sprecher." / "This was confirmed by …": a short frame whose content is the
    sentence before it."""
    tokens, lex = doc.tokens, doc.lex
    if hi - lo > MAX_TRAILING_FRAME or hi - lo < 3 or tokens[lo].text.lower() not in lex.anaphoric_objects:
        return None
    cue = find_cue(tokens, lo + 1, hi, lex)
    if cue is None or not _free(doc, lo, hi):
        return None
    frame = frame_around(tokens, lo, hi, cue, lex)
    return frame if frame.speaker is not None and frame.speaker[0] > cue.index else None


def _previous_subject(doc: Document, k: int) -> tuple[int, int] | None:
    """Who the sentence before sentence `k` is about, when it names someone: "X würdigte die Truppe
    als … . Sie sei …" reports X's words without a verb of saying. A pronoun there points further
    back, so it is left out."""
    if k == 0:
        return None
    lo, hi = doc.sentences[k - 1]
    if doc.paragraph(lo) != doc.paragraph(doc.sentences[k][0]):
        return None
    return doc.named_subject(lo, hi, pronouns=False)


def _points_back(doc: Document, quote: Quote) -> bool:
    """A quotation attributed to "Demnach", "wonach": its speaker stands for a source named earlier,
    so free indirect speech after it looks further back for whom to attribute."""
    return quote.speaker is not None and quote.speaker.text.lower() in doc.lex.anaphoric_sources


def _quotes_sentence_before(doc: Document, k: int, quote: Quote) -> bool:
    return k > 0 and quote.spans[-1].end > doc.tokens[doc.sentences[k - 1][0]].start


def extract_indirect(doc: Document, direct: list[Quote]) -> list[Quote]:
    """Indirect, reported and free indirect quotations; `direct` lends speakers to free indirect speech."""
    quotes: list[Quote] = []
    chain: Quote | None = None
    """The quotation of the sentence just before, which a free indirect sentence may continue."""
    for k, (lo, full_hi) in enumerate(doc.sentences):
        hi = _content_end(doc, lo, full_hi)
        first_used = next((i for i in range(lo, hi) if i in doc.used), hi)
        if first_used - lo >= MIN_PREFIX and sum(1 for i in range(lo, hi) if i in doc.used) * 2 > hi - lo:
            # "Er sagte, X sei Y, und fügte hinzu: „…“": the words before a long quotation still count
            hi = full_hi = _content_end(doc, lo, first_used)
            while hi > lo and (doc.tokens[hi - 1].text in {":", ",", "–", "-"}
                               or doc.tokens[hi - 1].text in doc.lex.np_conjunctions):
                hi -= 1
            full_hi = hi
        if hi <= lo or sum(1 for i in range(lo, hi) if i in doc.used) * 2 > hi - lo:
            chain = None
            continue
        inserted = _inserted_frame(doc, lo, hi)
        found = None if inserted else (_trailing_frame(doc, lo, hi) or _leading_as_frame(doc, lo, hi)
                                       or _cue_with_content(doc, lo, hi) or _that_clause(doc, lo, hi))
        if found is not None and states_a_finding(doc, found[1]):
            found = None
        if found is None and inserted is None and k + 1 < len(doc.sentences) \
                and doc.paragraph(lo) == doc.paragraph(doc.sentences[k + 1][0]):
            following = _frame_for_previous(doc, doc.sentences[k + 1][0],
                                            _content_end(doc, *doc.sentences[k + 1]))
            found = ((lo, hi), following) if following is not None and _free(doc, lo, hi) else None
        quote: Quote | None = None
        if inserted is not None:
            quote = doc.quote(inserted[0], "Indirect", inserted[1])
        elif found is not None and _words(doc, *found[0]) >= MIN_CONTENT_WORDS and _free(doc, *found[0]):
            _defer_to_source(doc, lo, hi, found[0], found[1])
            quote = doc.quote([found[0]], "Indirect", found[1])
        elif (source := _parenthetical_so(doc, lo, hi) or _source_phrase(doc, lo, hi)) is not None:
            quote = doc.quote(source[0], "Indirect", source[1])
        elif _reported_mood(doc, lo, hi, chain is not None):
            if chain is not None and chain.type == "FreeIndirect" \
                    and doc.paragraph(lo) == doc.paragraph(doc.token_range(chain.spans[-1].start, chain.spans[-1].end)[0]):
                chain.spans[-1] = doc.tokens_span(doc.token_range(chain.spans[-1].start, chain.spans[-1].end)[0], full_hi)
                doc.used.update(range(lo, full_hi))
                continue
            carrier = chain if chain is not None and not _points_back(doc, chain) else None
            source_quote = carrier or doc.latest_attributed(direct + quotes, doc.tokens[lo].start)
            subject = _previous_subject(doc, k) if chain is None else None
            if source_quote is not None and (subject is None or _quotes_sentence_before(doc, k, source_quote)):
                quote = doc.quote([(lo, full_hi)], "FreeIndirect", None, source_quote.medium, source_quote.speaker,
                                  source_quote.speaker_entity)
            else:
                # a sentence naming someone came between: "X würdigte … . Sie sei …" reports X
                speaker = doc.ref(*subject) if subject is not None else None
                quote = doc.quote([(lo, full_hi)], "FreeIndirect", None, speaker=speaker,
                                  speaker_entity=doc.speaker_entity(speaker) if speaker is not None else None)
        elif (frame := _reported(doc, lo, hi)) is not None:
            quote = doc.quote([(lo, full_hi)], "Reported", frame)
        if quote is not None:
            quotes.append(quote)
        chain = quote if quote is not None and quote.type != "Reported" else None
    return quotes
