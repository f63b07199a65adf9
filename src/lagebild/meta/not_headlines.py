"""Line shapes that say a line is no headline, however well it matches the story: a caption with
its picture credit, a tag list, a link to the neighbouring post, a web address, a label printed
twice, an entry of a numbered list or a table of contents, a box about the author, a lead-in
printed apart from its paragraph."""
from __future__ import annotations

import re

from lagebild.meta.layout import Layout
from lagebild.meta.neighbours import next_line, previous_line
from lagebild.resources import any_pattern


def lists_topics(line: str) -> bool:
    """A labelled list of the page's tags or categories ("Tags: Hafen, Brücke") names topics the
    story is filed under, and its words recur in the story. Every label ends in a colon, which most
    lines lack."""
    return ":" in line and any_pattern("common", "meta_title_taxonomy_labels").match(line) is not None


def links_another_post(line: str) -> bool:
    """"← Älterer Beitrag", "Next post →": the arrows that lead to the neighbouring posts of a blog
    (not French quotation marks, which open and close headlines), or the label of such a link in front
    of the other post's title."""
    return (line.startswith(("←", "<<")) or line.endswith(("→", ">>"))
            or any_pattern("common", "meta_title_neighbour_posts").match(line) is not None)


def picture_credit(line: str) -> bool:
    """A picture credit closing the line makes it a caption."""
    return any_pattern("common", "meta_title_picture_credits").search(line) is not None


def is_address(line: str) -> bool:
    return "://" in line or line.startswith("www.")


def is_doubled(words: list[str]) -> bool:
    """A label printed two or three times in one line ("News News"): the copies a page keeps for
    each screen size, run together; a headline is never written so."""
    count = len(words)
    if count < 2:
        return False
    half, third = count // 2, count // 3
    return (count % 2 == 0 and words[:half] == words[half:]
            or count % 3 == 0 and words[:third] == words[third:2 * third] == words[2 * third:])


LIST_NUMBER = re.compile(r"(\d{1,2})[.)]\s")
"""The number opening an entry of a numbered list ("3. Titel", "3) Titel")."""


def numbered_entry(index: int, layout: Layout) -> bool:
    """An entry of a numbered list (a "most read" column, a table of contents): the line next to it
    opens with the neighbouring number. A headline may open with a number, never within such a run."""
    line = layout.stripped[index]
    number = LIST_NUMBER.match(line) if line[:1].isdigit() else None
    if number is None:
        return False
    value = int(number.group(1))
    for neighbour, expected in ((previous_line(index, layout.lines), value - 1), (next_line(index, layout.lines), value + 1)):
        other = LIST_NUMBER.match(layout.stripped[neighbour]) if neighbour is not None else None
        if other is not None and int(other.group(1)) == expected:
            return True
    return False


def in_author_box(index: int, layout: Layout) -> bool:
    """A box about the author: a name alone on a line, a sentence about that person opening with the
    name, often a label above both. The sentence and the label are no headline; the name line is
    left to the lead-in test below (inserted author boxes: title flips 59 -> 34 without URL, 12 -> 7
    with; dev titles unchanged)."""
    above, below = previous_line(index, layout.lines), next_line(index, layout.lines)
    if above is not None and _opens_with_line(index, above, layout):
        return True
    after = next_line(below, layout.lines) if below is not None else None
    return after is not None and _opens_with_line(after, below, layout)


def _opens_with_line(index: int, other: int, layout: Layout) -> bool:
    """The line opens with the whole of a shorter line of a few words without digits (a name printed
    above it, not a date)."""
    line, opening = layout.stripped[index], layout.stripped[other]
    return (len(opening) < len(line) and line.startswith(opening) and not line[len(opening)].isalnum()
            and len(opening.split()) <= NAME_WORDS and not any(char.isdigit() for char in opening))


NAME_WORDS = 4
"""Most words of a name printed alone over a sentence about that person."""


def opens_paragraph_below(index: int, layout: Layout) -> bool:
    """The paragraph under the line opens with it: a lead-in printed apart from its paragraph (a drop
    cap, a bold first sentence), whose words match the article's opening perfectly (without URL
    dev-A +1, dev-B ±0; with URL no change)."""
    below = next_line(index, layout.lines)
    line = layout.stripped[index]
    return (below is not None and below in layout.prose and layout.stripped[below] != line
            and layout.stripped[below].startswith(line))


def table_of_contents(candidates: list[int], layout: Layout, start: int) -> set[int]:
    """Lines above the article that come back inside it next to another such line: the entries of a
    table of contents, which the article repeats as its subheadings. One line alone may be the
    headline itself, which a recipe card or a picture's text repeats."""
    inside = set(layout.stripped[start + 1:layout.body_end + 1])

    def listed(index: int | None) -> bool:
        return index is not None and layout.stripped[index] in inside

    return {i for i in candidates if i < start and listed(i) and layout.stripped[i] not in layout.subheadings
            and (listed(previous_line(i, layout.lines)) or listed(next_line(i, layout.lines)))}
