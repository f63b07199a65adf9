"""The one data model every stage reads and extends.

An `Article` owns its clean `body`; everything found in it is stored as character offsets into
that body, so any output can point back to the exact words it came from. Stages fill fields in
place and never rewrite `body` after the clean stage has set it.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime
from functools import cache
from typing import Any, Literal

Provenance = Literal["explicit", "bare", "relative", "inferred", "source"]
"""Where a date came from: a labelled line ("Publiziert: …"), a bare date line, a relative
phrase ("45 Wochen vor") resolved against the crawl date, a guess from the text, or metadata
supplied with the input (JSONL field, HTML meta tags)."""


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range [start, end) into a text (the article body unless noted)."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start:self.end]


@dataclass(frozen=True, slots=True)
class TextRef:
    """A span together with the words it covers, for roles such as speaker, cue or channel."""

    start: int
    end: int
    text: str


@dataclass
class Source:
    path: str | None = None
    url: str | None = None
    outlet: str | None = None
    format: str = "txt"
    crawled: date | None = None
    """When the page was saved; anchors relative dates such as "45 Wochen vor"."""
    given_title: str | None = None
    given_published: str | None = None
    given_authors: list[str] = field(default_factory=list)
    """Authors named by the page's metadata (HTML meta tags, a JSONL `authors` field)."""


@dataclass
class DateValue:
    value: date | datetime
    provenance: Provenance
    confidence: float
    evidence: str | None = None
    """The words the date was read from, for the reader to check."""
    ambiguous: bool = False
    """True when day and month could be swapped and the order was decided by language alone."""

    def iso(self) -> str:
        if isinstance(self.value, datetime):
            return self.value.strftime("%Y-%m-%dT%H:%M")
        return self.value.isoformat()


@dataclass
class Furniture:
    """A line of the page dump that is not article body, with why it was removed."""

    text: str
    kind: str
    line: int


@dataclass
class Caption:
    """A photo caption: kept apart from the body because it carries facts, but not the story."""

    text: str
    line: int
    credit: str | None = None


@dataclass
class Token:
    start: int
    end: int
    text: str
    lemma: str | None = None
    pos: str | None = None


@dataclass
class Mention:
    """One occurrence of a named entity; `entity_id` links it to its resolved `Entity`."""

    start: int
    end: int
    text: str
    label: str
    entity_id: str | None = None
    deriv: bool = False
    part: bool = False
    attributes: dict[str, str] = field(default_factory=dict)


@dataclass
class Entity:
    id: str
    name: str
    label: str
    aliases: list[str] = field(default_factory=list)
    attributes: dict[str, list[str]] = field(default_factory=dict)
    mentions: int = 0


@dataclass
class Quote:
    spans: list[Span]
    type: str
    medium: str = "Speech"
    speaker: TextRef | None = None
    speaker_entity: str | None = None
    cue: TextRef | None = None
    addressee: TextRef | None = None
    channel: TextRef | None = None
    said_on: str | None = None
    """TIMEX value of when it was said, where the text says so."""


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str | None
    mod: str | None = None


@dataclass
class Event:
    """Something the text anchors to a time: the unit the cross-source timeline merges."""

    time_value: str
    trigger: TextRef
    sentence: Span
    timex: TextRef
    participants: list[str] = field(default_factory=list)
    place: str | None = None
    from_caption: bool = False
    trigger_lemma: str | None = None
    """Base form of the trigger (with a German separable particle joined on), for merging."""


@dataclass
class EventSource:
    """One article's report of a timeline event: who said it happened when, and in which words."""

    article_id: str
    time_value: str
    sentence: str
    trigger: str
    outlet: str | None = None
    title: str | None = None
    published: date | datetime | None = None


@dataclass
class TimelineEntry:
    """One event as reported across sources, placed at the start of its (possibly vague) period."""

    time_value: str
    granularity: str
    """day, time, week, month, season, quarter, half or year: how precise `time_value` is."""
    start: date
    trigger: str
    summary: str
    sources: list[EventSource] = field(default_factory=list)
    first_reported_by: str | None = None
    """Article id of the source published earliest."""
    participants: list[str] = field(default_factory=list)
    participant_names: list[str] = field(default_factory=list)
    """How the sources name the participants, for readers: one name per participant id."""
    place: str | None = None
    date_conflict: bool = False
    time_values: list[str] = field(default_factory=list)
    """Every distinct time value the sources give; more than one compatible value is no conflict."""


@dataclass
class Article:
    id: str
    source: Source
    raw: str
    language: str | None = None
    body: str = ""
    title: str | None = None
    kicker: str | None = None
    teaser: str | None = None
    section: str | None = None
    authors: list[str] = field(default_factory=list)
    agency: str | None = None
    translators: list[str] = field(default_factory=list)
    dateline: str | None = None
    published: DateValue | None = None
    updated: DateValue | None = None
    furniture: list[Furniture] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    headings: list[Span] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    entities: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @property
    def dct(self) -> date | None:
        """The article's own date, against which its relative time expressions are read."""
        if self.published is None:
            return None
        value = self.published.value
        return value.date() if isinstance(value, datetime) else value


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def to_plain(value: Any) -> Any:
    """Dataclasses, dates and lists as JSON-ready Python values.

    Walks the fields itself rather than through `dataclasses.asdict`, whose deep copies made
    serialising an analysed article ten times slower."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if hasattr(value, "__dataclass_fields__"):
        return {name: to_plain(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    return value
