"""What a single dump line looks like: the evidence every line role is read from.

A page dump has no markup left, so body and furniture are told apart by shape alone: running prose
is long, ends in sentence punctuation and is full of function words; menus are runs of short
capitalised lines; meta lines match per-language patterns; furniture repeats across the page.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from lagebild.clean.patterns import furniture_patterns, has_stop_words, list_headers, stop_words

WORD = re.compile(r"\w[\w'’\-.]*")
WORD_CHAR = re.compile(r"[\w'’\-.]")
WORD_LEAD = "'’-."
"""The `WORD` characters that cannot start a token: a token runs from the first word character of
a run of `WORD_CHAR`s to the run's end."""
WORD_TAIL = WORD_LEAD + "_"
"""The characters of a piece's end that belong to the token before them: the non-alphanumeric
`WORD_CHAR`s."""
SENTENCE_MARKS = frozenset(".!?…。！？।॥۔؟։።။។")
"""Marks that end a sentence, in Latin, CJK and other scripts (Devanagari danda, Urdu full stop,
Arabic question mark, Armenian, Ethiopic, Myanmar and Khmer full stops): a line ending in one ends
like a sentence without a search, as `SENTENCE_END`'s first branch matches its last character."""
SENTENCE_END = re.compile(f"[{re.escape(''.join(sorted(SENTENCE_MARKS)))}]" + r"""["'“”»«)’」』）]*$|[.!?…]\s*\(\w{2,12}(?:/\w{1,6}){0,3}\)$""")
TRUNCATION_MARKS = ("(...)", "(…)")
"""A line cut off with a bracketed ellipsis is a teaser's truncated lead, not a sentence that ends,
whether the brackets are square (which `SENTENCE_END` never closes on) or round."""
BROKEN_OFF = "—–"
"""A dash right after the last word ends a sentence too: speech broken off in fiction, interviews
and quotes ("Wait, if I'm dead, does that mean—"); a dash after a space is a menu separator."""
EMOJI_END = re.compile(r"\w\W{0,2}\s(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?|[:;]-?[)D])+$")
"""In blogs and posts an emoji or emoticon after the last word ends a sentence too ("… und das
gefällt mir 😉"); looked for only in the last few characters of lines that end in one."""
EMOJI_TAIL = 12
SENTENCE_END_TAIL = 80
"""Sentence ends are looked for in the last 80 characters only: a search over a whole paragraph
for an end-anchored pattern tries every offset."""
SENTENCE_END_CHARS = SENTENCE_MARKS | frozenset("\"'“”»«)’」』）\n")
"""The characters a `SENTENCE_END` match can stop at (`$` also matches before a final newline):
most lines end in none of them and skip the search."""
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]+")
UNSPACED_CHARS_PER_WORD = 2
"""Chinese and Japanese write no spaces between words, so a `WORD` token there is a whole clause:
a run of Han or kana characters counts one word per two characters (words there are one to three
characters long), so prose, region scores and every word threshold work on such pages too. Thai
needs no such count: its vowel and tone marks are no word characters, so `WORD` already splits
Thai text into pieces about as many as its words."""
UNSPACED_MIN_TOKEN_CHARS = 8
"""Only a line whose tokens are this long on average can hold runs long enough to count for more
than their tokens (spaced text averages five to seven characters a token, space included): the
others skip the search for such runs, which would cost a tenth of describing a line."""
DIGIT = re.compile(r"\d")
BULLET = re.compile(r"^(?:[-–•*·]|\d{1,2}[.)])\s+")

TEASER_CARD_MIN_WORDS = 6
TEASER_CARD_MIN_COPY = 0.9
TRUNCATION = ".…"
PATTERN_MAX_WORDS = 60
"""Prose lines longer than this are never matched against furniture patterns (disclosures and
cookie notices are shorter; it saves the regular expressions on long paragraphs)."""
LIST_HEADER_MAX_WORDS = 6
PROSE_MIN_WORDS = 6
PROSE_LONG_WORDS = 18
PROSE_STOP_SHARE = 0.10
"""A line is prose when it has at least 6 words, ends like a sentence (or has 18+ words) and at
least 10 % of its words are function words (languages without a stop-word list need two more
words instead); set by hand and checked on the dev half of the trafilatura pages. An unpunctuated
line of 15 to 17 words is more often a teaser or a promo than a paragraph (with the island and
list settings in lines, dev F1 0.906 -> 0.912; 17 to 20 words and 8 to 11 % give the same)."""

REGION_PROSE_CAP = 80
REGION_LINE_COST = 6.0
REGION_FURNITURE_COST = 20.0
REGION_FIGURE_COST = 2.0
FIGURE_MIN_DIGIT_SHARE = 0.2
REGION_PLAIN_KINDS = ("other", "gallery")
"""Scores of the prose region: a prose line earns its word count (capped, so one huge block does not
swallow the page), any other line costs a little, a line matching a furniture pattern costs more,
prose or not (a promotion or author box reads like a sentence; dev F1 0.920 -> 0.921).
A line of figures ("2.3 GB/s", "3 x 250 g", "12:3") costs less than a menu entry: tables, specs and
scores sit inside articles, while menus are words (session 5: segments unchanged, word recall
against trafilatura's extraction on one half of the dev pages 0.902 -> 0.911). A gallery's slide
counter ("Bild 3 von 10") costs no more than a plain line either: the slides are the article's.
Tuned on the dev half of the trafilatura pages."""
REGION_HEADING_COST = 2.0
REGION_HEADING_MAX_WORDS = 20
REGION_SECTION_MIN_WORDS = 12
"""A subheading right above a paragraph of 12 words or more costs the region a third of a plain
line: an article's later sections sit behind a figure or a table and their heading, and at a plain
line's cost the gap outweighed the section, which was lost with all the text after it. A label
above a one-line pitch ("More on this" / a sign-up sentence) stays as costly as before (session 7:
dev-A word recall against trafilatura's extraction en 0.861 -> 0.866, segments +0; dev-B segments
unchanged, a word more in reach on two German pages; with any prose line next, the cost took in
a teaser list and a sign-up pitch under their labels on dev-A)."""

DURATION = re.compile(r"(?<![\d:])(?:\d{1,2}:)?\d{1,2}:\d{2}(?![\d:])")
"""A clip's running time ("02:14", "1:02:11") on a line of at most 3 words ("3:45 min")."""
DURATION_MAX_WORDS = 3
CLIP_KINDS = ("related", "date", "photo_credit")
CLIP_BLOCK_MAX_LINES = 5
CLIP_BLOCK_MAX_WORDS = 40
"""A clip block inside the text: at most 5 lines of at most 40 words (title, source, running time,
play button), whose lines may match a related ("Video", "Watch: …"), date ("02:14") or credit
pattern and no other (see `_in_clip_block`)."""
AD_BREAK_MAX_WORDS = 8
"""An ad break's label is a word or a short line ("Advertisement", "Story continues below
advertisement", "Weiterlesen nach der Anzeige"); longer ad lines are disclosures."""
CAPTION_MAX_WORDS = 40


@dataclass(slots=True)
class Line:
    """One dump line and the features every role decision reads; the ones few decisions need are
    properties, computed only for the lines that reach them. The others are read once per distinct
    text (see `describe`), not once per line and stage that asks."""
    index: int
    text: str
    words: int
    stop_share: float
    ends_sentence: bool
    ends_colon: bool
    pattern: str | None
    repeats: int
    prose: bool
    list_header: bool
    """Announces a list: a colon after two words or more, or a header that announces one without a
    colon ("Zutaten", "Ingredients")."""

    @property
    def digit_share(self) -> float:
        return len(DIGIT.findall(self.text)) / len(self.text) if self.text else 0.0

    @property
    def bullet(self) -> bool:
        return BULLET.match(self.text) is not None


def ends_sentence(text: str) -> bool:
    last = text[-1:]
    if last == ")" and text.endswith(TRUNCATION_MARKS):
        return False
    if last in SENTENCE_MARKS:
        return True
    if last in SENTENCE_END_CHARS and SENTENCE_END.search(text, max(0, len(text) - SENTENCE_END_TAIL)) is not None:
        return True
    if last in BROKEN_OFF:
        return text[-2:-1].isalnum()
    return (last >= "\u2600" or last in ")D\ufe0f") and EMOJI_END.search(text, max(0, len(text) - EMOJI_TAIL)) is not None


def word_count(text: str, word: str) -> int:
    """How often the `WORD` token `word` stands in `text`, as `Counter(WORD.findall(text))[word]`
    says, found by searching for the word instead of splitting the whole text into tokens: an
    occurrence is a token when no token character follows it and only characters that cannot
    start a token (or none) stand between it and the last character that is no token character."""
    found = 0
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        before = start - 1
        while before >= 0 and text[before] in WORD_LEAD:
            before -= 1
        if (before < 0 or WORD_CHAR.match(text, before) is None) and WORD_CHAR.match(text, end) is None:
            found += 1
        start = text.find(word, start + 1)
    return found


def lowered_words(text: str, lowered: str | None = None) -> list[str]:
    """The `WORD` tokens of `text`, lowered. Lowering the line first and splitting it then gives the
    same tokens at a fraction of the cost of lowering each token, as lowering keeps every character's
    class; not so where it lengthens the text ("İ") or where a capital sigma's lower-case form
    depends on what follows the token. `lowered`: `text.lower()` where the caller has it."""
    if lowered is None:
        lowered = text.lower()
    if len(lowered) == len(text) and "Σ" not in text:
        return _words(lowered)
    return [token.lower() for token in WORD.findall(text)]


def _words(text: str) -> list[str]:
    """`WORD.findall(text)` at four fifths of its cost: no whitespace character is a `WORD_CHAR`,
    so the pieces `str.split` cuts hold whole tokens, and a piece of word characters only
    (`str.isalnum` tests exactly the engine's `\\w` less "_") is one token as it stands, as is one
    that only ends in another character (a comma or a full stop after a word, the commonest
    other piece), with that character where it is a `WORD_CHAR`; only the other pieces are
    searched for tokens."""
    words: list[str] = []
    for piece in text.split():
        if piece.isalnum():
            words.append(piece)
        elif piece[:-1].isalnum():
            words.append(piece if piece[-1] in WORD_TAIL else piece[:-1])
        else:
            words += WORD.findall(piece)
    return words


def word_total(text: str, tokens: int) -> int:
    """How many words `text` holds, given its number of `WORD` tokens: each run of characters of a
    script written without spaces counts by its length (see `UNSPACED`) instead of as the one
    token it is part of."""
    if text.isascii() or len(text) < UNSPACED_MIN_TOKEN_CHARS * tokens:
        return tokens
    runs = UNSPACED.findall(text)
    if not runs:
        return tokens
    spaced = len(WORD.findall(UNSPACED.sub(" ", text)))
    return spaced + sum(-(-len(run) // UNSPACED_CHARS_PER_WORD) for run in runs)


Shape = tuple[int, float, bool, bool, str | None, bool]


def _shape(text: str, lang: str) -> Shape:
    """(words, stop share, ends a sentence, prose, pattern kind, list header) of one line text."""
    lowered = text.lower()
    tokens = lowered_words(text, lowered)
    n = word_total(text, len(tokens))
    stop = sum(map(stop_words(lang).__contains__, tokens)) / n if n else 0.0
    ends = ends_sentence(text)
    prose = n >= PROSE_MIN_WORDS and (ends or n >= PROSE_LONG_WORDS) and (
        stop >= PROSE_STOP_SHARE or (n >= PROSE_MIN_WORDS + 2 and not has_stop_words(lang)))
    pattern = furniture_patterns().kind(text, lowered) if n <= PATTERN_MAX_WORDS or not prose else None
    if pattern is None and n >= TEASER_CARD_MIN_WORDS and teaser_card(text):
        pattern = "related"
    list_header = (n >= 2 and text.endswith(":")) or (
        n <= LIST_HEADER_MAX_WORDS and list_headers().fullmatch(text) is not None)
    return n, stop, ends, prose, pattern, list_header


def teaser_card(text: str) -> bool:
    """A line that says itself twice ("Rings of Saturn explained Rings of Saturn explained"): a
    teaser card, where the dump runs the picture's alt text into the linked headline (the second
    copy at most a few characters short). A row of such cards reads like prose and could outweigh a
    short article in the region (session 5: 52 such lines on the dev pages, one of them body
    text). A line that repeats only a part of itself is a byline or an author box ("Staff Report
    by Staff Report", "Erika Muster writes … More by Erika Muster"), which the meta stage reads."""
    third_space = text.find(" ", text.find(" ", text.find(" ") + 1) + 1)
    if third_space < 0:
        return False
    again = text.find(text[:third_space], third_space)
    if again < 0:
        return False
    copy = text[again:].rstrip(TRUNCATION).rstrip()
    return len(copy) >= TEASER_CARD_MIN_COPY * again and text.startswith(copy)


_short_shape = lru_cache(maxsize=1 << 15)(_shape)
"""Short lines (menus, footers, teaser titles) repeat on every page of a site: worth caching."""
SHORT_LINE_CHARS = 200


def describe(lines: list[str], lang: str) -> list[Line]:
    """Features of every line of a dump, in order. Blank lines and lines repeated on the page
    are described once."""
    texts = [line.strip() for line in lines]
    counts = Counter(texts)
    shapes: dict[str, Shape] = {}
    out = []
    for i, text in enumerate(texts):
        if not text:
            out.append(Line(i, text, 0, 0.0, False, False, None, 0, False, False))
            continue
        shape = shapes.get(text)
        if shape is None:
            shape = shapes[text] = (_short_shape if len(text) <= SHORT_LINE_CHARS else _shape)(text, lang)
        n, stop, ends, prose, pattern, list_header = shape
        out.append(Line(i, text, n, stop, ends, text.endswith(":"), pattern, counts[text], prose, list_header))
    _mark_wrapped_prose(out)
    return out


def _mark_wrapped_prose(lines: list[Line]) -> None:
    """Hard-wrapped text (plain-text mails, <pre> blogs, <br> after every line) splits one
    paragraph over many short lines; when such a run reads as prose as a whole, so does each line.
    A line continues the one before when that one ends mid-sentence and it starts in lower case."""
    i = 0
    while i < len(lines):
        j = i
        while j + 1 < len(lines) and lines[j].text and not lines[j].ends_sentence \
                and lines[j + 1].text[:1].islower():
            j += 1
        if j > i:
            run = lines[i:j + 1]
            words = sum(line.words for line in run)
            stops = sum(line.stop_share * line.words for line in run) / max(words, 1)
            if words >= PROSE_LONG_WORDS and stops >= PROSE_STOP_SHARE and all(
                    line.pattern is None for line in run):
                for line in run:
                    line.prose = True
        i = j + 1


def main_region(lines: list[Line]) -> tuple[int, int] | None:
    """The stretch of lines [start, end] richest in prose: the maximum-sum run where a prose line
    earns its word count and any other non-blank line costs a little, so short headings between
    paragraphs stay inside while menus and teaser lists far away do not."""
    best, best_span = 0.0, None
    run, run_start = 0.0, 0
    for i, line in enumerate(lines):
        if not line.text:
            continue
        if _earns(line):
            gain = min(line.words, REGION_PROSE_CAP)
        elif line.pattern and line.pattern not in REGION_PLAIN_KINDS and not ad_break(lines, i) \
                and not _in_clip_block(lines, i) and not _credit_in_text(lines, i):
            gain = -REGION_FURNITURE_COST
        elif line.pattern is None and DIGIT.search(line.text) and line.digit_share >= FIGURE_MIN_DIGIT_SHARE:
            gain = -REGION_FIGURE_COST
        elif run > 0 and _opens_section(lines, i):
            gain = -REGION_HEADING_COST
        else:
            gain = -REGION_LINE_COST
        if run <= 0:
            run, run_start = 0.0, i
        run += gain
        if run > best:
            best, best_span = run, (run_start, i)
    return best_span


def running_time(line: Line) -> bool:
    return line.words <= DURATION_MAX_WORDS and DURATION.search(line.text) is not None


def _in_clip_block(lines: list[Line], i: int) -> bool:
    """Whether furniture line `i` is part of an embedded clip inside the text: a short block with a
    running time in it, a paragraph right above it and two right below. A clip's title, source and
    "Video" label match teaser, date or credit patterns, and at a furniture line's cost each the
    block cut the text above it off from the paragraphs below. One paragraph under such a block
    may be a video card's excerpt under the text, so it takes two, both prose the region earns
    from (session 10: a clip block over the last two paragraphs of 156 dev articles lost them on
    68, now on 33, another wording 53 -> 36, wordings written after the rule 68 -> 36, 50 -> 32,
    29 -> 28; a video card under the last paragraph gets in on 2 of 315 pages as before; dev
    output unchanged)."""
    if lines[i].pattern not in CLIP_KINDS:
        return False
    above = _block_edge(lines, range(i - 1, -1, -1))
    below = _block_edge(lines, range(i + 1, len(lines)))
    if above is None or below is None:
        return False
    block = [line for line in lines[above + 1:below] if line.text]
    if len(block) > CLIP_BLOCK_MAX_LINES or not any(map(running_time, block)) or any(
            line.pattern is not None and line.pattern not in CLIP_KINDS for line in block):
        return False
    after = next((line for line in lines[below + 1:] if line.text), None)
    return after is not None and _earns(after) and _earns(lines[below])


def _credit_in_text(lines: list[Line], i: int) -> bool:
    """Whether line `i` credits a picture inside the text: right under its caption, a sentence of at
    most 40 words, and right over a paragraph. A teaser card's headline over its credit ends in no
    full stop (session 10: such a picture over the last paragraph of 164 dev articles lost it on
    39, 14 and 22 in three wordings, now 32, 7 and 20; a wording written after the rule 11 -> 4;
    card tails unchanged). A caption without a full stop is left alone: it has a card's shape."""
    if lines[i].pattern != "photo_credit":
        return False
    caption = next((line for line in reversed(lines[:i]) if line.text), None)
    below = next((line for line in lines[i + 1:] if line.text), None)
    return caption is not None and below is not None and caption.prose and caption.ends_sentence \
        and caption.words <= CAPTION_MAX_WORDS and _earns(below)


def _earns(line: Line) -> bool:
    """Whether a line earns the region its words: prose written once that no pattern names."""
    return line.prose and line.repeats == 1 and line.pattern is None


def _block_edge(lines: list[Line], indices: range) -> int | None:
    """The paragraph that ends a short block of lines going through `indices`, if there is one."""
    seen = 0
    for j in indices:
        line = lines[j]
        if not line.text:
            continue
        if line.prose:
            return j
        seen += 1
        if seen > CLIP_BLOCK_MAX_LINES or line.words > CLIP_BLOCK_MAX_WORDS:
            return None
    return None


def ad_break(lines: list[Line], i: int) -> bool:
    """Whether line `i` is an ad break inside the text: a short ad label ("Advertisement",
    "Anzeige") or a run of them with a paragraph right above and right below, on a page that put
    such a break between two paragraphs higher up already. News sites set them between the
    paragraphs of an article; as furniture a break cost the region more than a short last paragraph
    earns and set it apart as an island. A page's only label over a paragraph under the text is as
    likely a sponsored box's, so one break alone is no evidence (session 10: breaks above a third of
    the text and above its last paragraph lost that paragraph on 48 of 161 dev articles, now on 20;
    a run of two labels 106 -> 34; wordings written after the rule 48 -> 20 and, two Italian labels,
    106 -> 35; a sponsored excerpt under the last paragraph got in on 9 of 315 pages, was 4;
    another wording 3 -> 4; dev output unchanged)."""
    if not _ad_label(lines[i]):
        return False
    above = _paragraph_beyond(lines, range(i - 1, -1, -1))
    if above is None or _paragraph_beyond(lines, range(i + 1, len(lines))) is None:
        return False
    return any(
        _ad_label(lines[j]) and _paragraph_beyond(lines, range(j - 1, -1, -1)) is not None
        and _paragraph_beyond(lines, range(j + 1, above + 1)) is not None for j in range(above - 1, -1, -1))


def _ad_label(line: Line) -> bool:
    return line.pattern == "ad" and line.words <= AD_BREAK_MAX_WORDS and not line.prose


def _paragraph_beyond(lines: list[Line], indices: range) -> int | None:
    """The first text line in `indices` that is no ad label, if it is a paragraph."""
    for j in indices:
        line = lines[j]
        if line.text and not _ad_label(line):
            return j if line.prose else None
    return None


def _opens_section(lines: list[Line], i: int) -> bool:
    """Whether line `i` is a subheading over a paragraph: a short unpunctuated line written once,
    with a long prose line next."""
    line = lines[i]
    if line.pattern is not None or line.repeats != 1 or line.ends_sentence or line.words > REGION_HEADING_MAX_WORDS:
        return False
    for j in range(i + 1, len(lines)):
        after = lines[j]
        if after.text:
            return (after.prose and after.repeats == 1 and after.pattern is None
                    and after.words >= REGION_SECTION_MIN_WORDS)
    return False
