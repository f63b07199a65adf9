import re
import xml.etree.ElementTree as ElementTree
from datetime import date

from lagebild.model import EventSource, TimelineEntry, to_plain
from lagebild.report.timeline import CONFLICT_COLOUR, timeline_svg

SVG = "{http://www.w3.org/2000/svg}"


def _entry(value: str, start: date, granularity: str = "day", sources: int = 1, trigger: str = "sperren",
           conflict_with: str | None = None) -> TimelineEntry:
    values = sorted({value, conflict_with}) if conflict_with else [value]
    return TimelineEntry(
        time_value=value, granularity=granularity, start=start, trigger=trigger, summary="Die Brücke wurde gesperrt.",
        sources=[EventSource(f"a{i}", value, "Die Brücke wurde gesperrt.", trigger, outlet=f"Blatt {i}") for i in range(sources)],
        date_conflict=conflict_with is not None, time_values=values,
    )


def test_svg_is_well_formed_with_one_marker_per_entry():
    entries = [_entry("2024-09", date(2024, 9, 1), "month"), _entry("2024-09-03", date(2024, 9, 3), sources=3),
               _entry("2025-01-20", date(2025, 1, 20))]
    root = ElementTree.fromstring(timeline_svg(entries))
    assert root.tag == f"{SVG}svg"
    assert len(root.findall(f".//{SVG}circle")) == 3
    assert len(root.findall(f".//{SVG}rect")) == 1
    assert "3 sources" in "".join(root.itertext())


def test_markers_are_placed_in_date_order_along_the_axis():
    entries = [_entry("2024-03-01", date(2024, 3, 1)), _entry("2024-06-01", date(2024, 6, 1)), _entry("2024-12-24", date(2024, 12, 24))]
    xs = [float(c.get("cx")) for c in ElementTree.fromstring(timeline_svg(entries)).iter(f"{SVG}circle")]
    assert xs == sorted(xs) and xs[0] < xs[-1]


def test_conflicts_are_highlighted_with_the_dates_given():
    svg = timeline_svg([_entry("2024-09-03", date(2024, 9, 3), 2, conflict_with="2024-09-02"), _entry("2024-10-01", date(2024, 10, 1))])
    root = ElementTree.fromstring(svg)
    circles = list(root.iter(f"{SVG}circle"))
    assert [c.get("fill") == CONFLICT_COLOUR for c in circles] == [True, False]
    assert "dates disagree: 2024-09-02 / 2024-09-03" in "".join(root.itertext())


def test_article_text_is_escaped():
    svg = timeline_svg([_entry("2024-09-03", date(2024, 9, 3), trigger="<script>alert(1)</script>")])
    assert "<script>" not in svg
    assert "&lt;script&gt;" in svg
    ElementTree.fromstring(svg)


def test_stored_dicts_render_like_entries():
    entry = _entry("2024-09-03", date(2024, 9, 3))
    strip_ids = lambda s: re.sub(r"\s+", " ", s)
    assert strip_ids(timeline_svg([to_plain(entry)])) == strip_ids(timeline_svg([entry]))


def test_no_entries_gives_a_small_placeholder():
    root = ElementTree.fromstring(timeline_svg([]))
    assert "No dated events" in "".join(root.itertext())


def test_report_shows_the_timeline_chart_and_sources_escaped():
    from lagebild.report import report_html

    entry = _entry("2024-09-03", date(2024, 9, 3), 2, trigger="<script>alert(1)</script>", conflict_with="2024-09-02")
    html = report_html([], {"timeline": [to_plain(entry)]})
    assert "<svg" in html and "Datum umstritten" in html
    assert "<script>alert" not in html
