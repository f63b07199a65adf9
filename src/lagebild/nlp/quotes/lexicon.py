"""The per-language word knowledge the quotation extractor runs on, loaded from data files.

Cue verbs come from `quote_cues.txt` (one verb per line with its medium and forms); closed word
classes (determiners, prepositions, channel nouns, source phrases such as "laut" or "according
to") from `quote_grammar.json`. Keeping them out of the code lets a language be added by writing
two files.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from lagebild.errors import ConfigError
from lagebild.resources import json_data, word_list


MIN_SUFFIX = 5
"""Source nouns this long also count as the end of a compound ("Polizeiangaben")."""


@dataclass(frozen=True, slots=True)
class CueVerb:
    lemma: str
    medium: str
    particle: str | None = None


@dataclass(frozen=True)
class Lexicon:
    lang: str
    verbs: dict[str, CueVerb]
    """Lower-cased form -> verb, for forms that are a cue on their own ("sagte", "mitteilte")."""
    split_verbs: dict[str, tuple[CueVerb, ...]]
    """Stem forms that are a cue only with their particle later in the clause ("teilte … mit")."""
    reported: frozenset[str]
    """Lemmas of cue verbs that report speech with a plain object, no content clause needed."""
    judging: frozenset[str]
    """Lemmas of cue verbs that report speech when they predicate a verdict with "als"."""
    evidence: frozenset[str]
    """Lemmas of cue verbs whose subject may be a fact that shows something rather than a speaker."""
    determiners: frozenset[str]
    pronouns: dict[str, tuple[str, ...]]
    complementizers: frozenset[str]
    relative_pronouns: frozenset[str]
    subject_starters: frozenset[str]
    object_starters: frozenset[str]
    """Demonstratives that open a sentence as its object: "Dies bestätigte X"."""
    object_pronouns: frozenset[str]
    demonstrative_pronouns: frozenset[str]
    """"Dieser bestätigte, …": a determiner standing alone before the verb points back to someone."""
    oblique_determiners: frozenset[str]
    """Determiners that mark a noun phrase as accusative or dative ("den", "einem"): never a subject."""
    np_conjunctions: frozenset[str]
    genitive_starters: frozenset[str]
    """Words opening the owner of a source noun: "nach Angaben der Polizei", not "nach Angaben die Tat"."""
    """Words joining two noun phrases into one ("SPD und Grüne", "US-amerikanischer und südkoreanischer Beamter")."""
    plural_verb_endings: tuple[str, ...]
    adverb_endings: tuple[str, ...]
    """Endings of adverbs that open a sentence capitalised ("Relativierend", "Bezeichnenderweise")."""
    """Endings of finite plural verbs ("werfen", "erklärten"): their subject is no single name."""
    passive_agent_prepositions: frozenset[str]
    """"von X", "durch X" after a passive participle: X is who spoke."""
    time_nouns: frozenset[str]
    """Nouns of time and quantity ("Tage", "Herbst"): a noun phrase headed by one is an adverbial, never a speaker."""
    anaphoric_objects: frozenset[str]
    """"Das erklärte X.": a demonstrative object that makes the sentence before the content."""
    finite_verbs: frozenset[str]
    """Auxiliaries and subjunctive forms ending like adjectives ("hätten", "werden"): never inside a noun phrase."""
    speaker_noun_endings: tuple[str, ...]
    """Ends of nouns for who speaks without being named: offices ("Innenminister") and bodies ("Polizei")."""
    np_stop: frozenset[str]
    np_inner: frozenset[str]
    np_places: frozenset[str]
    """Prepositions that attach a place name to a noun phrase ("Sprecher in Berlin")."""
    sentence_adverbs: frozenset[str]
    prepositions: frozenset[str]
    addressee_prepositions: frozenset[str]
    addressee_verbs: frozenset[str]
    impersonal_cues: frozenset[str]
    quoting_cues: frozenset[str]
    """Lemmas whose object is the one quoted ("zitierte Papandreou"): that one spoke, the subject relays."""
    impersonal_subjects: frozenset[str]
    impersonal_source_prepositions: frozenset[str]
    """Prepositions naming where an impersonal report comes from: "Aus Regierungskreisen hieß es"."""
    """Cue verbs with "es" as subject ("heißt es"): the source is the text a phrase names."""
    leading_particles: frozenset[str]
    """Cue verbs whose object is the addressee: "told reporters"."""
    channel_prepositions: frozenset[str]
    channel_nouns: frozenset[str]
    interview_nouns: frozenset[str]
    source_postpositions: frozenset[str]
    source_phrases: tuple[tuple[str, ...], ...]
    source_noun_prepositions: frozenset[str]
    source_nouns: frozenset[str]
    source_noun_suffixes: tuple[str, ...]
    anaphoric_sources: frozenset[str]
    anaphoric_adverbs: frozenset[str]
    """Anaphoric sources that stand anywhere in their clause, as an adverb: "X soll demnach …"."""
    source_so: frozenset[str]
    source_first_words: frozenset[str]
    as_clause: frozenset[str]
    subjunctive: frozenset[str]
    """Subjunctive I forms ("sei", "habe"): in news German the mark of reported speech."""
    subjunctive_ii: frozenset[str]
    """Subjunctive II ("wäre", "hätte"): reported speech only when it continues a report."""
    hearsay_modals: frozenset[str]
    hearsay_tails: frozenset[str]
    auxiliaries: frozenset[str]
    passive_auxiliaries: frozenset[str]
    content_complementizers: frozenset[str]
    non_content_openers: frozenset[str]
    subordinators: frozenset[str]
    reflexive_cues: dict[str, str]
    """Lemma -> reflexive pronoun it needs to report a stance ("zeigte sich besorgt"); without it
    the verb names an act ("zeigte den Gästen die Fabrik")."""
    """Conjunctions that open a verb-final clause with a subject of its own ("…, da sie befürchten")."""
    """Subordinators that open an adverbial clause ("da", "während"): such a clause is never what was said."""
    intro_nouns: frozenset[str]
    intro_verdicts: frozenset[str]
    informing: frozenset[str]
    naming: frozenset[str]
    """Cue verbs that also give something a name ("nennt sich", "auch „X“ genannt")."""
    """Cue verbs that report what someone said even in a passive naming nobody ("wurde mit 214 angegeben")."""
    """Adjectives of a verdict that announce a content clause after "für"/"als": "hält es für möglich, dass"."""
    clause_continuers: frozenset[str]
    clause_breaks: frozenset[str]
    """Where a subject stands right before its verb (English): words after which a new clause with
    its own subject begins ("… is unknown but a hospital director said")."""
    participle_endings: tuple[str, ...]
    """Endings of a participle that opens a sentence with a clause of its own ("Asked why …,",
    "Speaking to reporters,"): the subject comes after its comma."""
    clause_coordinators: frozenset[str]
    """"and": a new clause only after a comma, or before a name or determiner once the words
    before it hold more than a name."""
    closed_words: frozenset[str]
    """Function words that may open a clause inside reported content (not a new main verb)."""
    lowercase_nouns: bool
    """English writes common nouns in lower case, so a noun phrase cannot be cut at the first
    lower-case word as it can in German."""


def _parse_cue_line(line: str, path: str) -> tuple[CueVerb, list[str], list[str]]:
    fields = [f.strip() for f in line.split("|")]
    if len(fields) < 3 or fields[1] not in {"Speech", "Writing", "Thought"}:
        raise ConfigError(f"{path}: malformed cue line {line!r} (want 'lemma | medium | forms')")
    particle = None
    split_forms: list[str] = []
    if len(fields) > 3 and ":" in fields[3]:
        particle, _, rest = fields[3].partition(":")
        particle = particle.strip()
        split_forms = rest.split()
    return CueVerb(fields[0], fields[1], particle), fields[2].split(), split_forms


@cache
def lexicon(lang: str) -> Lexicon:
    lines = word_list(lang, "quote_cues")
    grammar = json_data(lang, "quote_grammar")
    if not lines or not grammar:
        # No cue list for this language: English word classes still let quotation marks and
        # their frames be found where the words happen to match.
        if lang == "en":
            raise ConfigError("data/en/quote_cues.txt or quote_grammar.json missing from the package")
        return lexicon("en")
    verbs: dict[str, CueVerb] = {}
    split_verbs: dict[str, list[CueVerb]] = {}
    for line in lines:
        verb, forms, split_forms = _parse_cue_line(line, f"data/{lang}/quote_cues.txt")
        for form in forms:
            verbs.setdefault(form.lower(), CueVerb(verb.lemma, verb.medium))
        for form in split_forms:
            split_verbs.setdefault(form.lower(), []).append(verb)

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in grammar.get(key, ()))

    def phrases(key: str) -> tuple[tuple[str, ...], ...]:
        found = {tuple(p.lower().split()) for p in grammar.get(key, ())}
        return tuple(sorted(found, key=len, reverse=True))

    return Lexicon(
        lang=lang,
        verbs=verbs,
        split_verbs={k: tuple(v) for k, v in split_verbs.items()},
        reported=frozenset(word_list(lang, "quote_reported")),
        judging=frozenset(word_list(lang, "quote_judging")),
        evidence=frozenset(word_list(lang, "quote_evidence")),
        determiners=words("determiners"),
        pronouns={k.lower(): tuple(v) for k, v in grammar.get("pronouns", {}).items()},
        complementizers=words("complementizers"),
        relative_pronouns=words("relative_pronouns"),
        subject_starters=words("subject_starters"),
        object_starters=words("object_starters"),
        object_pronouns=words("object_pronouns"),
        demonstrative_pronouns=words("demonstrative_pronouns"),
        oblique_determiners=words("oblique_determiners"),
        np_conjunctions=words("np_conjunctions"),
        genitive_starters=words("genitive_starters"),
        plural_verb_endings=tuple(grammar.get("plural_verb_endings", ())),
        adverb_endings=tuple(grammar.get("adverb_endings", ())),
        passive_agent_prepositions=words("passive_agent_prepositions"),
        time_nouns=words("time_nouns"),
        anaphoric_objects=words("anaphoric_objects"),
        finite_verbs=words("auxiliaries") | words("subjunctive") | words("subjunctive_ii"),
        speaker_noun_endings=tuple(w.lower() for w in grammar.get("speaker_noun_endings", ())),
        np_stop=words("np_stop"),
        np_inner=words("np_inner"),
        np_places=words("np_places"),
        sentence_adverbs=words("sentence_adverbs"),
        prepositions=words("prepositions"),
        addressee_prepositions=words("addressee_prepositions"),
        addressee_verbs=words("addressee_verbs"),
        impersonal_cues=words("impersonal_cues"),
        quoting_cues=words("quoting_cues"),
        impersonal_subjects=words("impersonal_subjects"),
        impersonal_source_prepositions=words("impersonal_source_prepositions"),
        leading_particles=words("leading_particles"),
        channel_prepositions=words("channel_prepositions"),
        channel_nouns=frozenset(grammar.get("channel_nouns", ())),
        interview_nouns=frozenset(grammar.get("interview_nouns", ())),
        source_postpositions=words("source_postpositions"),
        source_phrases=phrases("source_phrases"),
        source_noun_prepositions=words("source_noun_prepositions"),
        source_nouns=frozenset(grammar.get("source_nouns", ())),
        source_noun_suffixes=tuple(sorted(w.lower() for w in grammar.get("source_nouns", ()) if len(w) >= MIN_SUFFIX)),
        anaphoric_sources=words("anaphoric_sources"),
        anaphoric_adverbs=words("anaphoric_adverbs"),
        source_so=words("source_so"),
        source_first_words=frozenset(p[0] for p in phrases("source_phrases")) | words("source_postpositions")
        | words("source_noun_prepositions") | words("anaphoric_sources"),
        as_clause=words("as_clause"),
        subjunctive=words("subjunctive"),
        subjunctive_ii=words("subjunctive_ii"),
        hearsay_modals=words("hearsay_modals"),
        hearsay_tails=words("hearsay_tails"),
        auxiliaries=words("auxiliaries"),
        passive_auxiliaries=words("passive_auxiliaries"),
        content_complementizers=words("content_complementizers"),
        non_content_openers=words("non_content_openers"),
        subordinators=words("subordinators"),
        reflexive_cues={k: v.lower() for k, v in grammar.get("reflexive_cues", {}).items()},
        intro_nouns=frozenset(grammar.get("quote_intro_nouns", ())),
        intro_verdicts=frozenset(grammar.get("quote_intro_verdicts", ())),
        informing=frozenset(grammar.get("quote_informing_verbs", ())),
        naming=frozenset(grammar.get("quote_naming_verbs", ())),
        clause_continuers=words("clause_continuers"),
        clause_breaks=words("clause_breaks"),
        clause_coordinators=words("clause_coordinators"),
        participle_endings=tuple(grammar.get("participle_endings", ())),
        closed_words=frozenset().union(*(words(key) for key in (
            "determiners", "complementizers", "relative_pronouns", "prepositions", "sentence_adverbs",
            "clause_continuers"))) | frozenset(w.lower() for w in grammar.get("pronouns", {})),
        lowercase_nouns=bool(grammar.get("lowercase_nouns", False)),
    )

