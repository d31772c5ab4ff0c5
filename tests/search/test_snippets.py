"""Titles and snippets as the results page shows them (no database needed)."""
from gweb.search.query import parse
from gweb.search.snippets import Highlighter, highlight, make_snippet


def test_text_around_the_marks_is_escaped_and_a_run_of_matches_is_one_mark():
    marked = highlight("<b>Roads & bridges</b> roads", parse("roads", "en"), "en")
    assert str(marked) == "&lt;b&gt;<mark>Roads</mark> &amp; bridges&lt;/b&gt; <mark>roads</mark>"
    # ICU cuts ເຂື່ອນໄຟຟ້າ in two inside unspaced text; it stays one mark.
    assert "<mark>ເຂື່ອນໄຟຟ້າ</mark>" in highlight("ສ້າງເຂື່ອນໄຟຟ້າໃໝ່", parse("ເຂື່ອນໄຟຟ້າ"))


def test_a_snippet_without_a_match_is_the_beginning_of_the_text_unmarked():
    text = "The budget of the year. " * 20
    snippet = make_snippet(text, parse("roads", "en"), "en")
    assert "<mark>" not in snippet and str(snippet).startswith("The budget")
    assert str(snippet).endswith(" …")


def test_a_match_past_the_first_stretch_of_a_long_text_is_found_and_marked():
    text = "Nothing to see here. " * 200 + "The new bridge opens. " + "More text. " * 50
    snippet = str(make_snippet(text, parse("bridge", "en"), "en"))
    assert snippet.startswith("… ") and "<mark>bridge</mark>" in snippet


def test_one_highlighter_serves_every_result_of_a_query_alike():
    marker, query = Highlighter(parse("ກະຊວງ")), parse("ກະຊວງ")
    for text in ("ກະຊວງການເງິນ", "ຂ່າວຂອງກະຊວງ", "ບໍ່ມີ"):
        assert marker.highlight(text) == highlight(text, query)
        assert marker.snippet(text) == make_snippet(text, query)
