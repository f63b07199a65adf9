"""Give every dump line a role: body, heading, caption, title/kicker/teaser, or a furniture kind.

Which lines are content comes from the prose-richest region of the page; the finer roles (caption,
heading, meta lines, related teasers) are then read from patterns and the line's neighbours, which
is where the evidence for them is.
"""
from __future__ import annotations

import re

from lagebild.clean.features import (
    CAPTION_MAX_WORDS, PROSE_LONG_WORDS, Line, ad_break, main_region, running_time)
from lagebild.clean.patterns import article_end_lines, caption_openings, furniture_patterns, teaser_labels
from lagebild.clean.repair import split_credit

ALWAYS_KINDS = ("ad", "comment", "other", "newsletter")
"""Kinds whose patterns are specific enough to remove even a prose line inside the article:
advertising disclosures, comment-form notices ("Your email address will not be published"),
author bios or blog footers ("Filed under …") and sign-up promotions ("… delivered to your
inbox"), which read like sentences but are never body (on the dev pages F1 0.897 -> 0.901;
sign-ups 0.921 -> 0.922, every prose sign-up line on the dev pages being a promotion)."""
CLOSING_KINDS = ("newsletter", "comment", "error_report", "share", "trust", "ad", "other")
META_KINDS = ("byline", "date", "translator", "agency", "photo_credit", "gallery")
HEADING_MAX_WORDS = 20
ATTRIBUTION_DASHES = "—–―"
"""Dashes opening the line that names a quote's source ("— Erika Muster, mayor")."""
TITLE_MAX_WORDS = 35
SECTION_MAX_WORDS = 3
NAV_MAX_WORDS = 5
LIST_MAX_ITEMS = 30
LIST_ITEM_MAX_WORDS = 10
"""Items of a list announced by a colon are short; longer unpunctuated lines after a colon are
more often teasers (dev F1 +0.001 over 12 words, 8 to 10 alike)."""
LIST_MARKER = re.compile(r"[•·▢☐□◦▪▫■●○*]{1,3}|\d{1,3}[.)]?|\d{1,2}/\d{1,2}")
"""A line holding only an item's bullet, checkbox, number or amount ("▢", "•", "3.", "1/4"):
recipe and list widgets put it on a line of its own before each item. A lone dash is no marker
but an empty table cell."""
KICKER_MAX_WORDS = 8
ITEM_NUMBER = re.compile(r"(\d{1,3})[.)]\s")
"""The number of a list item or numbered section at the start of a line ("12. …", "3) …")."""
ITEM_REACH = 6
"""How many text lines below a numbered item the next one may stand: a question, its answer, the
reader it came from and a picture with its credit."""
LIST_END_KINDS = ("related", "comment", "newsletter")
ISLAND_GAP = 2
ISLAND_MAX_WORDS = 100
ISLAND_MAX_SHARE = 0.15
"""A trailing island is cut when at least 2 non-prose lines set it apart, it has under 100 words
and under 15 % of the region's prose (tuned on the dev pages: F1 0.883 -> 0.888 with a quarter,
later 0.15 with the prose settings in features; 0.12 to 0.2 score alike)."""
INLINE_BLOCK_MAX_LINES = 5
SHORT_SENTENCE_MIN_WORDS = 3
ANSWER_MAX_WORDS = 4
BOX_MAX_WORDS = 25
BOX_LABEL_MAX_WORDS = 3
TEASER_MAX_LINES = 2
DECK_MIN_WORDS = 4
ARTICLE_END_MAX_WORDS = 8
ARTICLE_END_MIN_ABOVE = 250
"""An end-of-article header ends the text once half the region's prose is above it, or 250 words:
a long tail of teaser excerpts or comments is prose too and put the half out of reach (session 8:
dev-B segments 2 fewer false, dev-A one lost under an author box between sections; word precision
against trafilatura's extraction dev-A 0.865 -> 0.905, dev-B 0.826 -> 0.843, dev-B recall
unchanged; 400 words alike, 150 cut more of the text)."""
RESUME_REACH = 6
"""How many text lines below an end header are searched for the article going on (see
`_article_resumes`)."""
ENTRY_REACH = 8
ENTRY_KINDS = ("date", "comment", "byline")
ENTRY_NAME_MAX_WORDS = 3
"""A comment section shows its entries within 8 text lines of its header: a date, a reply button, a
byline, a signature opening with a dash, a name with a colon ("Erika says:") or a short control
written on every entry, over or under the first comment (see `_comment_entries_follow`)."""
ELLIPSES = ("…", "...", "[…]", "(…)", "[...]", "(...)")
"""The ends of a line cut off by a teaser box ("… the council says …")."""
TEASER_LABEL_MAX_WORDS = 4
TEASER_LABEL_ROLES = frozenset({"body", "heading", "other", "related"})
BOILERPLATE_REPEATS = 3
HEADER_DATE_MAX_WORDS = 12
"""A date line at the top of the text may be a short sentence ("Published … at 9:15 a.m."), no more."""
SHORT_TITLE_MAX_WORDS = 3
"""Headlines under 3 words or 15 characters are titles only by their place (see `_short_headline`)."""
TITLE_LOOKBACK = 15
"""How far above the first body line the title may sit: past bylines, dates, captions, teasers."""
CLOSING_MARKS = "\"'“”»«‘’)]*"
"""Quotation marks, brackets and footnote stars after a headline's last word."""
TITLE_MAX_DIGITS = 0.1
"""Share of digits above which a short line is a date or a score line, not a headline."""
DATE_OPENING_MAX_TOKENS = 6
"""A date at the start of a header line ("1. Februar 2022 Erika Muster", "March 3, 2021 at 9:15")
is at most this many tokens long."""
CLOSING_DATE_LOOKAHEAD = 3
"""A date line this many lines after the last paragraph or closer, with only a name or a byline
between, closes the article ("Erika Muster / 12.03.2021")."""
DATED_LIST_GAP = 6
"""Another date line this near after a date below the article makes it a dated list of teasers."""


def _is_caption(lines: list[Line], i: int) -> bool:
    """A picture's text: it opens like a caption, carries a credit, follows a gallery counter, or is
    the image's alt text, repeated with a credit on the next line (dev F1 0.904 -> 0.905)."""
    line = lines[i]
    if line.words < 3:
        return False
    if caption_openings().match(line.text) or split_credit(line.text)[1]:
        return True
    if line.prose and line.words > CAPTION_MAX_WORDS:
        return False
    after = _next_text(lines, i)
    before = _prev_text(lines, i)
    if before is not None and before.pattern == "gallery":
        return True
    if after is not None and after.text != line.text and after.text.startswith(line.text) \
            and split_credit(after.text)[1]:
        return True
    return after is not None and after.pattern == "photo_credit" and not (before is not None and before.prose)


def _next_text(lines: list[Line], i: int) -> Line | None:
    for j in range(i + 1, len(lines)):
        if lines[j].text:
            return lines[j]
    return None


def _prev_text(lines: list[Line], i: int) -> Line | None:
    for j in range(i - 1, -1, -1):
        if lines[j].text:
            return lines[j]
    return None


def _heading_like(line: Line) -> bool:
    """A short unpunctuated line once on the page: a subheading is written once, while a headline
    that also stands in a teaser list or menu elsewhere on the page is a teaser (dev F1 +0.001)."""
    return (1 <= line.words <= HEADING_MAX_WORDS and not line.ends_sentence and line.repeats == 1
            and line.pattern is None and not line.text.endswith((",", ";")))


def _title_candidate(line: Line) -> bool:
    return (3 <= line.words <= TITLE_MAX_WORDS and line.pattern is None and not line.ends_colon
            and not line.text.endswith(".") and len(line.text) >= 15 and line.digit_share < TITLE_MAX_DIGITS)


def _name_like(line: Line) -> bool:
    """A bare author name ("Erika Muster"): two to four capitalised words, nothing else."""
    tokens = line.text.split()
    return 2 <= len(tokens) <= 4 and all(t[:1].isupper() and t.replace("-", "").replace(".", "").isalpha()
                                         for t in tokens)


def content_by_region(lines: list[Line]) -> list[bool]:
    """Lines of the prose-richest region, cut at a comment-section or "related stories" header
    (comments are prose too), plus every unrepeated prose line above it that no furniture
    pattern names: leads and first paragraphs are often split off by byline blocks, images and
    ads, while what follows an article is comments and teasers (on the dev pages this raised F1
    from 0.851 to 0.875). A line the furniture patterns call a comment header ("Lascia un
    commento", "27 commentaires") ends the text as well: the end-line list is German and English,
    the comment labels cover every furniture language (session 8: dev segments unchanged, word
    precision against trafilatura's extraction dev-B de 0.850 -> 0.859, other 0.817 -> 0.818)."""
    span = main_region(lines)
    if span is None:
        return [False] * len(lines)
    start, end = span
    ends = article_end_lines()
    total = sum(line.words for line in lines[start:end + 1] if line.prose)
    half = total / 2
    enough = min(half, ARTICLE_END_MIN_ABOVE)
    above = 0
    for i in range(start, end + 1):
        line = lines[i]
        if line.prose:
            above += line.words
        elif line.text and line.words <= ARTICLE_END_MAX_WORDS and above >= enough and (
                line.pattern == "comment" or ends.fullmatch(line.text)) and (
                above >= half or not _article_resumes(lines, i, end)
                or (line.pattern == "comment" and _comment_entries_follow(lines, i))):
            end = i - 1
            break
    end = _extend_numbered_list(lines, start, end)
    end = _drop_trailing_islands(lines, start, end)
    start = _extend_over_short_sentences(lines, start)
    return [start <= i <= end or (i < start and lines[i].prose and lines[i].repeats == 1 and lines[i].pattern is None)
            for i in range(len(lines))]


def _article_resumes(lines: list[Line], header: int, end: int) -> bool:
    """Whether two paragraphs follow each other right below an end header that stands in the first
    half of the text: then the header was an inline box ("Related Stories" and two links, "Zur
    Person" and a bio) and the article goes on under it. A real end is followed by teaser cards or
    comments, whose excerpts each sit under their own headline, name or date line. Comment headers
    end the text without this test. A headline cut off with an ellipsis and a picture's text with
    its credit are a teaser card's, not paragraphs (session 9: an inline related box inserted after
    260 words of 130 dev articles cut the rest on 127 of them, now on 40; in two other wordings 127
    -> 38 and 96 -> 24; a tail of teaser cards longer than the article is still cut on all but 2 of
    175; dev-A +1 segment, dev-B unchanged)."""
    seen = 0
    previous = False
    for line in lines[header + 1:end + 1]:
        if not line.text:
            continue
        seen += 1
        if seen > RESUME_REACH:
            return False
        paragraph = line.prose and not line.text.endswith(ELLIPSES) and split_credit(line.text)[1] is None
        if paragraph and previous:
            return True
        previous = paragraph
    return False


def _comment_entries_follow(lines: list[Line], header: int) -> bool:
    """Whether a comment section's entries follow a comment line in the first half of the text:
    a date or a name over each comment, a reply button or a dashed signature under it, or the
    controls every entry repeats ("Antworten", "Melden"). A bare "Comment" or "Reply" button inside
    an article has the article's paragraphs under it, and the text goes on (session 10: such a
    button after 260 words of 130 dev articles cut the rest on 127, now on 33, second wording 127
    -> 33; comment sections longer than the article, in five wordings, still end the text on all
    but 1 of 175; without the repeated controls one dev-B page took in its comments)."""
    seen = 0
    for line in lines[header + 1:]:
        if not line.text:
            continue
        seen += 1
        if seen > ENTRY_REACH:
            return False
        if line.pattern in ENTRY_KINDS or line.text[:1] in ATTRIBUTION_DASHES or (
                line.words <= ENTRY_NAME_MAX_WORDS and (line.ends_colon or line.repeats > 1)):
            return True
    return False


def _extend_over_short_sentences(lines: list[Line], start: int) -> int:
    """The prose region begins with a prose line by construction; short sentences right above it
    ("Für eine 26er Springform.", "die gesündere Alternative?") open the same text (dev F1 0.9252
    -> 0.9257). Labelled lines ("Lesedauer: 8 Min.") are meta, not sentences, and a line shaped
    like a deck is left to the head of the article, where it is the standfirst. Not done at the
    region's end, where short sentences are more often promotions (dev F1 -0.001)."""
    for i in range(start - 1, -1, -1):
        line = lines[i]
        if not line.text:
            continue
        if not (line.ends_sentence and line.words >= SHORT_SENTENCE_MIN_WORDS and line.pattern is None
                and line.repeats == 1 and ":" not in line.text) or _deck_shaped(line):
            break
        start = i
    return start


def _deck_shaped(line: Line) -> bool:
    return line.words >= DECK_MIN_WORDS and not line.digit_share


def _drop_trailing_islands(lines: list[Line], start: int, end: int) -> int:
    """Cut small prose islands off the end of the region: a few sentences set apart from the
    article by several non-prose lines are an author box, a promo or a teaser, not a last paragraph.
    An island under a gallery's slide counter ("2/28 photos", "Bild 3 von 10") is a slide of the
    article's own gallery, each set apart like a box; cutting them one by one lost the article from
    its first picture on (session 5: dev segments unchanged, one dev gallery article whole again).
    The bulleted items of an announced list ("The plan in brief:" / "• new bus lanes") are text and
    set nothing apart: a list above the last paragraph cut that paragraph and the list with it
    (session 9: a list inserted above the last paragraph of 165 dev articles lost them on 64,
    now on 15; another wording 64 -> 28; dev segments and word figures unchanged)."""
    total = sum(line.words for line in lines[start:end + 1] if line.prose)
    while True:
        island_words, gap, i, top = 0, 0, end, end + 1
        while i > start:
            line = lines[i]
            if line.prose:
                if gap >= ISLAND_GAP:
                    gap = _gap_without_list_items(lines, i, top)
                    if gap >= ISLAND_GAP and not _inline_block(lines, i, top):
                        break
                island_words += line.words
                gap, top = 0, i
            elif line.text and _parts_island(lines, i):
                gap += 1
            i -= 1
        if i <= start or island_words >= min(ISLAND_MAX_WORDS, ISLAND_MAX_SHARE * total) \
                or any(line.pattern == "gallery" for line in lines[i + 1:end + 1]) \
                or _numbering_continues(lines, start, i, end):
            return _drop_closing_box(lines, start, end)
        end = i


def _inline_block(lines: list[Line], i: int, top: int) -> bool:
    """Whether the lines between paragraph `i` and the island's top are a block inside the article:
    a few short lines holding a clip's running time ("02:14", "3:45 min"), a question with its
    answer, or a picture's credit right under its caption, standing between two paragraphs of
    running text. A teaser card sits under the last paragraph with a headline over its credit and
    no running time or answer, and a list of cards has no paragraph above each card, only the card
    before it (session 9: a clip block over the last paragraph of 165 dev articles lost it on 71,
    now on 60, a second wording 68 -> 44; a captioned picture 43 -> 38, other wordings 21 -> 14 and
    31 -> 23; no dev page's output changed; teaser-card, video-card and comment tails unchanged)."""
    gap = [line for line in lines[i + 1:top] if line.text]
    if len(gap) > INLINE_BLOCK_MAX_LINES or any(
            line.pattern in CLOSING_KINDS or line.words > CAPTION_MAX_WORDS for line in gap):
        return False
    above = _prev_text(lines, i)
    if above is None or not above.prose:
        return False
    return (gap[0].pattern == "photo_credit" and lines[i].words <= CAPTION_MAX_WORDS) or any(
        running_time(line) for line in gap) or any(
        question.text.endswith("?") and answer.ends_sentence for question, answer in zip(gap, gap[1:]))


def _gap_without_list_items(lines: list[Line], i: int, top: int) -> int:
    """How many lines between prose line `i` and the island's top line set the island apart, the
    bulleted items of an announced list left out. Asked only where an island seems to begin."""
    gap = [line for line in lines[i + 1:top] if line.text and _parts_island(lines, line.index)]
    if not any(line.pattern is None and line.bullet for line in gap):
        return len(gap)
    listed = _announced_list_items(lines)
    return sum(1 for line in gap if not (line.pattern is None and line.bullet and listed[line.index]))


def _numbering_continues(lines: list[Line], start: int, cut: int, end: int) -> bool:
    """Whether the island below line `cut` goes on with the numbering of the text above it ("184.
    …" kept, "185. …" below): the next item of a listicle or a numbered section, set apart by a
    picture and its credit like a box but part of the list (session 7: fired on one page in each
    dev half; word recall against trafilatura dev-A en 0.849 -> 0.856, dev-B de 0.875 -> 0.876)."""
    below = _item_number(lines[cut + 1:end + 1])
    if below is None:
        return False
    above = _item_number(reversed(lines[start:cut + 1]))
    return above is not None and below == above + 1


def _extend_numbered_list(lines: list[Line], start: int, end: int) -> int:
    """Carry the region's end over the items below it that go on with the text's numbering ("214.
    …" under "213. …"): a listicle of short items (jokes, quiz questions with one-line answers)
    costs the region score as much as a menu does, so the region stops in the middle of the list.
    The first numbered line below must be the next number, so a "most read" list counting from 1
    stays out (session 9: fired on one dev page, dev-A en word recall against trafilatura 0.873 ->
    0.908). The region's own numbering is looked up only once a numbered line follows it."""
    number = None
    seen = 0
    for i in range(end + 1, len(lines)):
        line = lines[i]
        if not line.text:
            continue
        seen += 1
        match = ITEM_NUMBER.match(line.text) if line.text[:1].isdigit() else None
        if match:
            if number is None:
                number = _item_number(reversed(lines[start:end + 1]))
            if number is None or int(match.group(1)) != number + 1:
                break
            number += 1
            end, seen = i, 0
        elif seen > ITEM_REACH or line.pattern in LIST_END_KINDS:
            break
    return end


def _item_number(lines) -> int | None:
    """The number opening the first numbered line ("12. …", "3) …") among `lines`."""
    for line in lines:
        if line.text[:1].isdigit():
            match = ITEM_NUMBER.match(line.text)
            if match:
                return int(match.group(1))
    return None


def _drop_closing_box(lines: list[Line], start: int, end: int) -> int:
    """Cut a box that closes the region right under a paragraph: a short label and one short
    sentence ("Follow the case" / "Support our work."), a call to action or service note rather
    than a last section, unless the text is written in such short sections throughout or the
    post's byline or date follows right under it, which shows the text runs on to there (dev F1
    0.9283 -> 0.9298, P 0.9307 -> 0.9337)."""
    sentence = lines[end]
    label = _prev_text(lines, end)
    if not sentence.prose or sentence.words > BOX_MAX_WORDS or label is None or label.index <= start \
            or not _box_label(label):
        return end
    before = _prev_text(lines, label.index)
    if before is None or not before.prose or any(
            _box_label(line) and _short_sentence_follows(lines, line.index) for line in lines[start:label.index]) \
            or _signed_below(lines, end):
        return end
    return before.index


def _signed_below(lines: list[Line], end: int) -> bool:
    below = (line for line in lines[end + 1:] if line.text)
    return any(line.pattern in ("byline", "date") for _, line in zip(range(CLOSING_DATE_LOOKAHEAD), below))


def _box_label(line: Line) -> bool:
    """A box's short label; a line opening with a dash is the source of the quote above it."""
    return (1 <= line.words <= BOX_LABEL_MAX_WORDS and not line.prose and not line.ends_sentence
            and not line.ends_colon and line.pattern is None and line.text[:1] not in ATTRIBUTION_DASHES)


def _short_sentence_follows(lines: list[Line], i: int) -> bool:
    after = _next_text(lines, i)
    return after is not None and after.prose and after.words <= BOX_MAX_WORDS


def _parts_island(lines: list[Line], i: int) -> bool:
    """Whether text line `i` sets the lines under it apart from the article: an ad break between two
    paragraphs stands inside the text (see `ad_break`)."""
    return _sets_apart(lines[i]) and not ad_break(lines, i)


def _sets_apart(line: Line) -> bool:
    """Whether a line that is not prose parts an island from the text above it. A sentence ending in
    a colon ("Here is a clip of the ceremony:") is the article introducing an embed (dev en R 0.924
    -> 0.930), and a sentence of a few words written once ("A cornfield.", "Nein!") is text too:
    the answers of a quiz or an interview; neither sets anything apart (session 5: dev segments
    unchanged, word recall against trafilatura's extraction on dev-A en 0.845 -> 0.856; without the
    word limit also dev-B en 0.911 -> 0.914, but a gallery's caption title stayed, one German dev
    segment lost)."""
    if line.pattern is not None:
        return True
    if line.ends_colon:
        return line.words < SHORT_SENTENCE_MIN_WORDS
    return not (line.ends_sentence and line.repeats == 1 and line.words <= ANSWER_MAX_WORDS)


def label_lines(lines: list[Line], content: list[bool]) -> list[str]:
    """A role for every line; `content[i]` says whether line i belongs to the article text."""
    labels = ["blank" if not line.text else "" for line in lines]
    content_idx = [i for i, c in enumerate(content) if c and lines[i].text]
    first = content_idx[0] if content_idx else len(lines)
    last = content_idx[-1] if content_idx else -1

    closing = _closing_prompts(lines, content, last)
    announced = _announced_list_items(lines)
    for i, line in enumerate(lines):
        if labels[i]:
            continue
        if line.pattern and (not (content[i] and line.prose) or i in closing or line.pattern in ALWAYS_KINDS):
            labels[i] = "related_date" if line.pattern == "date" and 0 <= last < i else line.pattern
        elif (content[i] or first - 3 <= i <= last + 3) and _is_caption(lines, i):
            labels[i] = "date" if i < first and _opens_with_date(line) else "caption"
        elif content[i] and line.text[:1] in ATTRIBUTION_DASHES and i < last and _quote_source(lines, i):
            labels[i] = "body"
        elif content[i] or first < i < last:
            role = _content_role(lines, i) if content[i] else ""
            listed = role in ("", "other") and (announced[i] or _announces_list(lines, i))
            labels[i] = "body" if listed else role

    _label_teasers(lines, labels)
    _label_header_dates(lines, labels, first)
    _label_closing_date(lines, labels, last)
    title = _choose_title(lines, labels, first) if content_idx else None
    _label_head(lines, labels, title, first)
    if title is not None:
        _mark_teaser(lines, labels, title)
    _label_trailing_list(lines, labels, last)
    _label_tail(lines, labels, last)
    return [label or _chrome(lines[i]) for i, label in enumerate(labels)]


def _label_teasers(lines: list[Line], labels: list[str]) -> None:
    """A link to another article set between paragraphs: a label ("Keep reading", "Lesen Sie auch")
    with the teaser's headline under it, or a teaser's headline and excerpt over a "Read more" button
    (a label with a colon announces what follows it). Headline and excerpt are shaped like a
    subheading and a paragraph; only the label tells them apart."""
    for i, label in enumerate(labels):
        if label not in TEASER_LABEL_ROLES:
            continue
        line = lines[i]
        if line.words > TEASER_LABEL_MAX_WORDS or not teaser_labels().fullmatch(line.text):
            continue
        labels[i] = "related"
        after = _next_text(lines, i)
        if after is not None and labels[after.index] == "heading":
            labels[after.index] = "related"
            continue
        if _label_link_list(lines, labels, after):
            continue
        excerpt = None if line.ends_colon else _prev_text(lines, i)
        if excerpt is None or labels[excerpt.index] != "body" or not excerpt.prose:
            continue
        headline = _prev_text(lines, excerpt.index)
        if headline is not None and labels[headline.index] in ("heading", "related"):
            labels[excerpt.index] = labels[headline.index] = "related"


def _label_link_list(lines: list[Line], labels: list[str], after: Line | None) -> bool:
    """Label a run of two or more headline-shaped lines under a teaser label as teasers: a "Read
    more" box between paragraphs lists several linked headlines, which the region takes for
    subheadings and short body lines (session 7: three dev-A pages, all link boxes; word precision
    against trafilatura dev-B en 0.7703 -> 0.7707, de 0.8503 -> 0.8504, de recall 0.8771 -> 0.8770)."""
    run = []
    while after is not None and labels[after.index] in ("body", "heading") and not after.prose \
            and not after.ends_sentence and not after.ends_colon and after.pattern is None \
            and 1 <= after.words <= HEADING_MAX_WORDS:
        run.append(after.index)
        after = _next_text(lines, after.index)
    if len(run) < 2:
        return False
    for i in run:
        labels[i] = "related"
    return True


def _label_header_dates(lines: list[Line], labels: list[str], first: int) -> None:
    """Date lines at the top of the article text ("Published March 14, 2023 at 9:15 a.m.") read
    like short sentences, so the prose test takes them for body; there they are the article's own
    date, which the meta stage reads. Only the lines before the first real paragraph count."""
    for i in range(max(first, 0), len(lines)):
        line = lines[i]
        if labels[i] == "blank" or (labels[i] in META_KINDS and not line.prose):
            continue
        if labels[i] != "body" or line.pattern != "date" or line.words > HEADER_DATE_MAX_WORDS \
                or not line.digit_share:
            return
        labels[i] = "date"


def _opens_with_date(line: Line) -> bool:
    """A header line that starts with a date ("1. Februar 2022 Erika Muster 6") is the article's
    date and author line, even when a photo credit under it makes it look like a caption."""
    tokens = line.text.split()
    patterns = furniture_patterns()
    return any(patterns.kind(" ".join(tokens[:k])) == "date"
               for k in range(min(len(tokens), DATE_OPENING_MAX_TOKENS), 0, -1))


def _label_closing_date(lines: list[Line], labels: list[str], last: int) -> None:
    """A lone date line right under the article, at most after an author name, is the article's
    own date ("Erika Muster" / "12.03.2021"), not a teaser's: teaser dates come in lists, with
    another date a few lines further on."""
    seen = 0
    for i in range(last + 1, len(lines)):
        if labels[i] == "blank":
            continue
        if labels[i] == "related_date":
            if not _dated_list_follows(lines, i):
                labels[i] = "date"
            return
        seen += 1
        if seen > CLOSING_DATE_LOOKAHEAD or lines[i].prose or labels[i] not in ("", "byline"):
            return


def _dated_list_follows(lines: list[Line], i: int) -> bool:
    seen = 0
    for line in lines[i + 1:]:
        if not line.text:
            continue
        if line.pattern == "date":
            return True
        seen += 1
        if seen >= DATED_LIST_GAP:
            return False
    return False


def _closing_prompts(lines: list[Line], content: list[bool], last: int) -> set[int]:
    """Sentences at the very end of the article that match a prompt or author-box pattern ("Sign
    up for our briefing …", "Fehler gefunden?", "Erika Muster ist Redakteurin …"): there they are
    furniture, while the same loose pattern in the middle of the text could hit a real sentence."""
    found: set[int] = set()
    for i in range(last, -1, -1):
        if not lines[i].text:
            continue
        if not content[i] or lines[i].pattern not in CLOSING_KINDS:
            break
        found.add(i)
    return found


def _content_role(lines: list[Line], i: int) -> str:
    """A line of the article region: a heading opens a paragraph or an announced list (dev en F1
    0.894 -> 0.897), other short lines are body only when they read like a sentence or list item,
    or are long and once on the page (a repeated one is a teaser headline; dev F1 +0.001). A short
    sentence written once is body however short ("A cornfield.", "Nein!": answers, replies,
    punchlines); repeated, it is a button label (session 5: segments unchanged). A
    paragraph written three times on a page is boilerplate (an affiliate note under every product
    box), while twice is a paragraph and its pull quote."""
    line = lines[i]
    if line.prose:
        return "other" if line.repeats >= BOILERPLATE_REPEATS else "body"
    after = _next_text(lines, i)
    if _heading_like(line) and after is not None and (after.prose or _announces_list(lines, after.index)):
        return "heading"
    if line.ends_sentence and (line.words >= 3 or line.repeats == 1):
        return "body"
    if line.words >= 3 and (line.bullet or line.ends_colon):
        return "body"
    if line.words >= 8 and line.repeats == 1:
        return "body"
    return "other"


def _quote_source(lines: list[Line], i: int) -> bool:
    """Whether a line opening with a dash names the source of the quoted sentence or embedded post
    right above it ("— Erika Muster, mayor", "— Jane Doe (@janedoe) June 2, 2022"), part of the text.
    Under the last paragraph such a line is a signature, left to the byline reader."""
    line = lines[i]
    if line.words > HEADING_MAX_WORDS or line.repeats > 1:
        return False
    before = _prev_text(lines, i)
    return before is not None and before.ends_sentence


def _label_trailing_list(lines: list[Line], labels: list[str], last: int) -> None:
    """The items of a list that the article's last line announces ("The steps are:") follow it,
    up to the first item that ends a sentence: what follows that is the page again."""
    if last < 0 or not lines[last].list_header:
        return
    for i in range(last + 1, len(lines)):
        if labels[i] == "blank" or (not lines[i].text or LIST_MARKER.fullmatch(lines[i].text)):
            continue
        if labels[i] or lines[i].prose or lines[i].pattern is not None or lines[i].words > LIST_ITEM_MAX_WORDS \
                or i - last > LIST_MAX_ITEMS:
            return
        labels[i] = "body"
        if lines[i].ends_sentence:
            return


def _announced_list_items(lines: list[Line]) -> list[bool]:
    """For every line, whether it is an item of a list that a body sentence announces with a colon
    ("Sie brauchen:", "In short:") or a list header ("Zutaten"): items are short and unpunctuated,
    so only the announcement tells them from a menu, inside the prose region as well as in a gap of
    it (dev en F1 0.891 -> 0.894; headers without a colon 0.9246 -> 0.9252). The nearest line above
    that is no item must be the header, at most LIST_MAX_ITEMS lines up; marker lines between the
    items are passed over, and a line as long as prose without being prose (code, a tag cloud) is
    no item (dev en F1 0.9235 -> 0.9267). One pass over the page: on long pages asking line by
    line read the same lines over and over. A marker line is no header, so it is looked for only
    where it would otherwise close the list."""
    items = []
    header = None
    for i, line in enumerate(lines):
        items.append(header is not None and i - header <= LIST_MAX_ITEMS and line.words < PROSE_LONG_WORDS)
        if not line.text:
            continue
        if line.list_header:
            header = i
        elif header is not None and (line.prose or line.pattern is not None or line.words > LIST_ITEM_MAX_WORDS) \
                and not LIST_MARKER.fullmatch(line.text):
            header = None
    return items


def _announces_list(lines: list[Line], i: int) -> bool:
    after = _next_text(lines, i)
    return (lines[i].list_header and after is not None and not after.prose
            and after.pattern is None and after.words <= LIST_ITEM_MAX_WORDS)


def _choose_title(lines: list[Line], labels: list[str], first: int) -> int | None:
    """The nearest title-like line above the first body line, skipping meta lines and captions.
    A headline may ask or exclaim ("… – so geht's!"), but such a line between the byline and the
    first paragraph is the deck ("Das kennt jeder!"), and a quoted sentence ending in a full stop is
    a motto or pull quote; a date may stand above a blog's headline (dev
    without URLs: cleaner's title right on 115 -> 126 of 302 pages with the headline on a line)."""
    for i in range(first - 1, max(-1, first - 1 - TITLE_LOOKBACK), -1):
        if labels[i] in ("blank", "caption", *META_KINDS) or _near_date_name(lines, labels, i):
            continue
        if _next_text(lines, i) is lines[first] and _under_byline(lines, labels, i) and (
                lines[i].ends_sentence or _headline_above_byline(lines, i)):
            continue
        if (_title_candidate(lines[i]) or _short_headline(lines, labels, i)) and not _title_impostor(lines, i) \
                and (not lines[i].ends_sentence or lines[i].text.rstrip(CLOSING_MARKS).endswith(("?", "!"))):
            return i
    return None


def _short_headline(lines: list[Line], labels: list[str], i: int) -> bool:
    """A headline of a word or two ("Sommerkuchen", "Neue Wege") is shaped like a menu entry; only
    its place tells it apart: right above the byline or date line. Right above the first paragraph
    such a line is a share row or an author's name as often as a headline (session 6, with the
    gold headline on a line: cleaner's title right on dev-A 58 -> 58, dev-B 68 -> 69 pages; the
    title reader without URLs dev-A +1, dev-B ±0, with URLs unchanged)."""
    line = lines[i]
    if not (line.words <= SHORT_TITLE_MAX_WORDS and line.pattern is None and line.text[:1].isupper()
            and not line.ends_colon and line.digit_share < TITLE_MAX_DIGITS and line.repeats <= 2):
        return False
    after = _next_text(lines, i)
    return after is not None and not _name_like(line) and (
        labels[after.index] in ("byline", "date") or after.pattern in ("byline", "date")
        or (after.digit_share and _opens_with_date(after)))


def _headline_above_byline(lines: list[Line], i: int) -> bool:
    """Whether a headline-shaped line stands right above the byline over line `i`: then line `i`,
    between byline and first paragraph, is the deck. A word or two there is a section name."""
    byline = _prev_text(lines, i)
    above = _prev_text(lines, byline.index) if byline is not None else None
    return above is not None and _title_candidate(above) and not _title_impostor(lines, above.index)


def _under_byline(lines: list[Line], labels: list[str], i: int) -> bool:
    above = _prev_text(lines, i)
    return above is not None and "byline" in (labels[above.index], above.pattern)


def _title_impostor(lines: list[Line], i: int) -> bool:
    """Headline-shaped lines between a headline and its text that are none: a date line with the
    author after it ("26. September 2019 Erika Muster"), a share bar or tag row in lower case, and
    one of a row of sibling links opening with the same two words ("Download as PDF", "Download as
    EPUB")."""
    line = lines[i]
    if _opens_with_date(line) or (line.text == line.text.lower() and line.text != line.text.upper()):
        return True
    opening = line.text.split()[:2]
    return any(n is not None and not n.prose and n.text != line.text and n.text.split()[:2] == opening
               for n in (_prev_text(lines, i), _next_text(lines, i)))


def _label_head(lines: list[Line], labels: list[str], title: int | None, first: int) -> None:
    if title is not None:
        labels[title] = "title"
        prev = _prev_text(lines, title)
        if prev is not None and _kicker_like(lines, labels, prev, lines[title]):
            labels[prev.index] = "kicker"
        for i in range(title + 1, first):
            if not labels[i]:
                labels[i] = _head_role(lines, labels, i, first)
        for line in lines:
            if line.index != title and line.text == lines[title].text:
                labels[line.index] = "title_repeat"
    for i in range(0, first):
        if not labels[i]:
            labels[i] = _chrome(lines[i])


def _kicker_like(lines: list[Line], labels: list[str], line: Line, title: Line) -> bool:
    """A short label right above the title, but not the last entry of a menu: the line above
    it must not be another short unlabelled line."""
    if labels[line.index] or not 1 <= line.words <= KICKER_MAX_WORDS or line.pattern is not None:
        return False
    if line.text == title.text or line.ends_sentence:
        return False
    above = _prev_text(lines, line.index)
    return above is None or bool(labels[above.index]) or above.words > NAV_MAX_WORDS


def _mark_teaser(lines: list[Line], labels: list[str], title: int) -> None:
    """The lead paragraph(s) right under the title that a byline, date or picture block sets
    apart from the body: the teaser, which the meta stage reads. A block with no body after it
    closes the article instead (a share button under a short story), and the lead is the body."""
    lead: list[int] = []
    for i in range(title + 1, len(lines)):
        if labels[i] == "blank":
            continue
        if labels[i] == "body" and lines[i].prose and len(lead) < TEASER_MAX_LINES:
            lead.append(i)
            continue
        if lead and labels[i] in (*META_KINDS, "caption", "listen", "share") and any(
                labels[k] == "body" and lines[k].prose for k in range(i + 1, len(lines))):
            for j in lead:
                labels[j] = "teaser"
        return


def _chrome(line: Line) -> str:
    """Page furniture no pattern names: short lines are menu entries, longer ones other clutter."""
    return "nav" if line.words <= NAV_MAX_WORDS else "other"


def _head_role(lines: list[Line], labels: list[str], i: int, first: int) -> str:
    """A line between the title and the body: lead, bare author name, section label or clutter.
    A short digit-free line of 4+ words right above the first paragraph is a deck line ("Wer kennt
    das nicht?", "A band presents its new album"): too short for prose, but the reader's text
    (dev F1 0.903 -> 0.904; lines with digits there are dates and reading times)."""
    line = lines[i]
    if line.prose:
        return "teaser"
    after = _next_text(lines, i)
    if _deck_shaped(line) and after is not None and after.index == first and not _name_like(line):
        return "teaser"
    if _near_date_name(lines, labels, i):
        return "byline"
    if line.words <= SECTION_MAX_WORDS and line.text[:1].isupper():
        return "section"
    return "other"


def _near_date_name(lines: list[Line], labels: list[str], i: int) -> bool:
    if not _name_like(lines[i]):
        return False
    neighbours = [n for n in (_prev_text(lines, i), _next_text(lines, i)) if n is not None]
    return any(labels[n.index] in ("date", "related_date") or n.pattern == "date" for n in neighbours)


def _label_tail(lines: list[Line], labels: list[str], last: int) -> None:
    """After the article: headlines under a "related" header or a teaser date are related
    articles until the next piece of other furniture; the rest is page chrome."""
    in_related = False
    for i in range(last + 1, len(lines)):
        if labels[i] in ("related_date", "related"):
            in_related = True
        elif labels[i] and labels[i] != "blank":
            in_related = False
        elif not labels[i]:
            labels[i] = "related" if in_related else _chrome(lines[i])
