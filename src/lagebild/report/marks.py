"""Cutting the body into paragraphs of marked segments, so the report can colour entities and
quotations without ever building HTML from article text by hand."""
from __future__ import annotations

from dataclasses import dataclass

from lagebild.model import Article

PARAGRAPH_BREAK = "\n\n"


@dataclass(frozen=True)
class Segment:
    text: str
    classes: str
    """Space-separated CSS classes of the marks covering this piece (`quote`, `ent-PER`, …)."""


@dataclass(frozen=True)
class Paragraph:
    segments: list[Segment]
    heading: bool


def _marks(article: Article) -> list[tuple[int, int, str]]:
    marks = [(span.start, span.end, "quote") for quote in article.quotes for span in quote.spans]
    marks += [(mention.start, mention.end, f"ent-{mention.label}") for mention in article.entities]
    marks += [(timex.start, timex.end, "timex") for timex in article.timexes]
    return marks


def _segments(body: str, start: int, end: int, marks: list[tuple[int, int, str]]) -> list[Segment]:
    """The range [start, end) split at every mark boundary, each piece with the marks over it."""
    inside = [(max(s, start), min(e, end), name) for s, e, name in marks if s < end and e > start]
    cuts = sorted({start, end, *(s for s, _, _ in inside), *(e for _, e, _ in inside)})
    segments = []
    for left, right in zip(cuts, cuts[1:]):
        names = sorted({name for s, e, name in inside if s <= left and e >= right})
        segments.append(Segment(body[left:right], " ".join(names)))
    return segments


def marked_paragraphs(article: Article) -> list[Paragraph]:
    body = article.body or article.raw
    """An article no clean stage has run on is shown as read, without marks."""
    marks = _marks(article) if article.body else []
    heading_starts = {span.start for span in article.headings}
    paragraphs, position = [], 0
    for piece in body.split(PARAGRAPH_BREAK):
        start, end = position, position + len(piece)
        position = end + len(PARAGRAPH_BREAK)
        if piece.strip():
            paragraphs.append(Paragraph(_segments(body, start, end, marks), start in heading_starts))
    return paragraphs
