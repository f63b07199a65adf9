"""Where things are on the page dump: which raw lines the cleaner called what, where the body is.

Meta extraction must work with the cleaner's furniture labels and without them (the cleaner may be
absent or wrong), so the positions it needs are derived here once, from furniture when present and
from the shape of the lines otherwise.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate, compress, count
from operator import itemgetter

from lagebild.meta.dates import DateMatch, badge_dates, date_scanner, dates_in
from lagebild.model import Article, Furniture

NEVER_DATED = frozenset({"related", "related_date", "prev_next", "photo_credit", "gallery", "comment"})
"""Furniture kinds whose dates belong to other articles, pictures or readers, never this article."""

PARAGRAPH_CHARS = 150
"""A line this long with sentence punctuation reads as body text; menus and teaser titles rarely
reach it (checked on the dev half of the HTML evaluation pages)."""

PROSE_WORDS = 8
"""Shorter lines count as prose when they have this many words and end like a sentence."""

RUN_GAP = 3
"""Prose lines at most this many non-blank lines apart belong to one run; comment threads, where every comment is
separated by name, date and reply lines, fall apart into single lines."""

REMOVED_WEIGHT = 0.3
"""How much a prose line the cleaner removed still counts towards a body run."""


OPENING_RUN_SHARE = 0.5
OPENING_RUN_CHARS = 4 * PARAGRAPH_CHARS
"""An earlier run of prose opens the body when it weighs half the weightiest run and at least four
paragraphs: an article cut apart by pictures or a list, a forum thread's opening post, or a story
followed by a longer list of teasers or comments, whose headline stands above that earlier run
(dev without URLs: titles 210 -> 213 of 317, dates of dev-B up; lighter runs above are boxes)."""

PROSE_ENDINGS = frozenset(".!?:…\"“”»)")
LAST_CHAR = itemgetter(slice(-1, None))
FIRST_CHAR = itemgetter(0)

CREDIT_LINE_CHARS = 60
"""A dated or credit line this short under a question is its poster's name and date, not a sentence."""

CREDIT_KINDS = frozenset({"byline", "date"})


NAME_RUN_SHARE = 0.75
"""A long line that does not end like a sentence and whose words nearly all open with a capital is
a tag cloud, a list of names or of links run together; German prose, with its capitalised nouns,
stays well below this share."""


def is_paragraph(line: str) -> bool:
    return (len(line) >= PARAGRAPH_CHARS and ("." in line or "!" in line or "?" in line) and line.count(" ") >= 15
            and (line[-1:] in PROSE_ENDINGS or not _name_run(line)))


def _name_run(line: str) -> bool:
    initials = "".join(map(FIRST_CHAR, line.split()))
    return sum(map(str.isupper, initials)) >= NAME_RUN_SHARE * len(initials)


def is_prose(line: str) -> bool:
    line = line.strip()
    return ((is_paragraph(line) or (line[-1:] in PROSE_ENDINGS and len(line.split()) >= PROSE_WORDS))
            and not _fielded(line))


def _fielded(line: str) -> bool:
    """A metadata line of fields ("Veröffentlicht: … | Autor: … | Tags: …") or a breadcrumb trail;
    sentences hardly ever hold two of either separator, so such a line is no paragraph however long."""
    return line.count("|") >= 2 or line.count(">") >= 2


@dataclass
class Layout:
    lines: list[str]
    kinds: dict[int, str] = field(default_factory=dict)
    caption_lines: frozenset[int] = frozenset()
    subheadings: frozenset[str] = frozenset()
    """Texts the cleaner kept in the body as subheadings."""
    body_start: int = 0
    body_end: int = 0
    furniture: list[Furniture] = field(default_factory=list)

    def kind(self, index: int) -> str | None:
        return self.kinds.get(index)

    def never_dated(self, index: int) -> bool:
        return index in self._never_dated

    @cached_property
    def _never_dated(self) -> frozenset[int]:
        """Asked of most lines by several readers: collected once."""
        return frozenset(i for i, kind in self.kinds.items() if kind in NEVER_DATED) | self.caption_lines

    def texts_of(self, kind: str) -> list[str]:
        """The words the cleaner removed as `kind`: for a dateline cut off a paragraph
        ("BerlinNordkorea…"), the place alone, where the line itself holds the whole paragraph."""
        return [f.text for f in self.furniture if f.kind == kind]

    def lines_of(self, *kinds: str) -> list[int]:
        if len(kinds) == 1:
            return list(self._lines_by_kind.get(kinds[0], ()))
        return sorted(i for kind in kinds for i in self._lines_by_kind.get(kind, ()))

    @cached_property
    def _lines_by_kind(self) -> dict[str, list[int]]:
        by_kind: dict[str, list[int]] = {}
        for index, kind in self.kinds.items():
            by_kind.setdefault(kind, []).append(index)
        for indices in by_kind.values():
            indices.sort()
        return by_kind

    @cached_property
    def page(self) -> str:
        """The lines joined by newlines, for the readers that search the whole page at once."""
        return "\n".join(self.lines)

    @cached_property
    def stripped(self) -> list[str]:
        """The lines without the spaces around them, as most readers compare them."""
        return list(map(str.strip, self.lines))

    @cached_property
    def prose(self) -> frozenset[int]:
        """Lines that read as sentences, worked out once for every reader of the page. Only long
        lines and lines ending like a sentence can be; they are picked out by iterators that run
        without a Python step per line, as most lines of a page are neither."""
        lines = self.lines
        long = compress(count(), map(PARAGRAPH_CHARS.__le__, map(len, lines)))
        ended = compress(count(), map(PROSE_ENDINGS.__contains__, map(LAST_CHAR, map(str.rstrip, lines))))
        found = {i for i in {*long, *ended} if is_prose(lines[i])}
        return frozenset(found - self._credited_questions(found))

    def _credited_questions(self, prose: set[int]) -> set[int]:
        """Short questions with a short dated or byline right under them: the headline of a forum
        thread or a Q&A post above its poster and date, which opens the page, not its body."""
        questions = set()
        for index in prose:
            line = self.lines[index].rstrip()
            if line[-1:] != "?" or len(line) >= PARAGRAPH_CHARS:
                continue
            below = next((j for j in range(index + 1, min(index + 3, len(self.lines))) if self.lines[j].strip()), None)
            if below is not None and (below in self.dates or self.kinds.get(below) in CREDIT_KINDS) \
                    and len(self.lines[below].strip()) <= CREDIT_LINE_CHARS:
                questions.add(index)
        return questions

    @cached_property
    def dates(self) -> dict[int, list[DateMatch]]:
        """The dates on each line that has any, read once for every reader of the page; one scan of
        the whole page finds the few lines that may hold a date, resuming at the next line after a
        hit (no hit spans lines), and the newlines passed on the way tell which line it is on. A
        badge that splits a date over short lines is read apart and dated on its first line."""
        page = self.page
        scanner = date_scanner(page)
        candidates = []
        position = index = 0
        while found := scanner.search(page, position):
            index += page.count("\n", position, found.start())
            candidates.append(index)
            position = page.find("\n", found.end()) + 1
            if not position:
                break
            index += 1
        dated = {i: found for i in candidates if (found := dates_in(self.lines[i]))}
        badges = badge_dates(self.lines, (i for i in candidates if i not in dated), dated)
        return dict(sorted((dated | badges).items())) if badges else dated


def layout_of(article: Article) -> Layout:
    lines = article.raw.splitlines()
    size = len(lines)
    kinds = {f.line: f.kind for f in article.furniture if 0 <= f.line < size}
    captions = frozenset(c.line for c in article.captions)
    subheadings = frozenset(article.body[h.start:h.end].strip() for h in article.headings)
    layout = Layout(lines, kinds, captions, subheadings, furniture=article.furniture)
    layout.body_start, layout.body_end = _body_bounds(layout)
    return layout


def _body_bounds(layout: Layout) -> tuple[int, int]:
    """From the first line of the opening run of prose lines to the last of the weightiest.

    Lines the cleaner kept weigh more than lines it removed, but its verdict alone is no guide:
    its first kept line is often a stray heading far above the story."""
    lines, kinds = layout.lines, layout.kinds
    prose = sorted(layout.prose - layout.caption_lines)
    if not prose:
        return 0, max(len(lines) - 1, 0)
    filled = list(accumulate(map(bool, layout.stripped), initial=0))
    runs: list[list[int]] = [[prose[0]]]
    for index in prose[1:]:
        if filled[index] - filled[runs[-1][-1]] <= RUN_GAP:
            runs[-1].append(index)
        else:
            runs.append([index])

    def weight(run: list[int]) -> float:
        return sum(len(lines[i]) * (1.0 if kinds.get(i) is None else REMOVED_WEIGHT) for i in run)

    weights = [weight(run) for run in runs]
    best = max(range(len(runs)), key=weights.__getitem__)
    opening = next(k for k, w in enumerate(weights)
                   if w >= min(max(OPENING_RUN_SHARE * weights[best], OPENING_RUN_CHARS), weights[best]))
    return runs[opening][0], runs[best][-1]
