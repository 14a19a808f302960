"""Tests for the parse stage's HTML -> line stream step (pipeline.parse.html)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.parse import parse_page
from pipeline.parse.decode import decode_bytes
from pipeline.parse.html import html_to_text
from pipeline.parse.html_detect import looks_like_html

FIXTURES = Path(__file__).parent / "fixtures" / "html"
CASES = sorted(FIXTURES.glob("*.html"))


def _read_fixture(path: Path) -> str:
    text, _warnings = decode_bytes(path.read_bytes())
    return text


def test_fixtures_exist():
    assert len(CASES) >= 12


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_fixture_renders_expected_text(path: Path, golden):
    golden(path.with_suffix(".expected.txt"), html_to_text(_read_fixture(path)))


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_fixture_is_detected_as_html(path: Path):
    assert looks_like_html(_read_fixture(path)) is True


def test_cp1252_fixture_is_decoded_from_its_meta_charset():
    text, warnings = decode_bytes((FIXTURES / "cp1252_meta.html").read_bytes())
    assert "pipelines — warehouses" in text
    assert warnings == ["decoded as cp1252: not valid UTF-8, encoding declared in the page"]


@pytest.mark.parametrize(
    "text",
    [
        "Role\nData Engineer\nSalary < $100k and > $50k\n",
        "| Dimension | A | B |\n|---|---|---|\n| Tools | Spark<br>Airflow | dbt<br/>SQL |\n",
        "A front-end role: writes <div>, <p> and <table> markup every day.\n",
        "Skills\n- HTML (<p>, <ul>, <li>)\n- CSS\n",
        "Use the <body> tag once and close </p> tags.\n",
        "",
    ],
    ids=["less-than", "markdown-br", "tag-names-in-prose", "tag-list", "one-closing-tag", "empty"],
)
def test_plain_text_is_not_html(text: str):
    assert looks_like_html(text) is False


@pytest.mark.parametrize(
    "markup",
    [
        "<!doctype html><title>x</title>",
        "  <html><body>x</body></html>",
        "<div class='card'><h3>Data Engineer</h3><p>Builds pipelines</p></div>",
        "Captured fragment:\n<h2>Skills</h2>\n<ul><li>SQL</li></ul>\n<p>More</p>\n",
    ],
    ids=["doctype", "html-tag", "fragment", "fragment-after-text"],
)
def test_markup_is_html(markup: str):
    assert looks_like_html(markup) is True


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<p>a <b>b</b><i>c</i> d</p>", "a bc d\n"),
        ("<p><strong>Reports to:</strong>CTO</p>", "Reports to:CTO\n"),
        ("<p>  spaced \n\t out  </p>", "spaced out\n"),
        ("<ul><li>a<ul><li>b<ol><li>c</li></ol></li></ul></li><li>d</li></ul>", "- a\n- b\n- c\n- d\n"),
        ("<ul><li></li></ul><p>not an item</p>", "not an item\n"),
        ("<ul><li><p>first</p><p>second</p></li></ul>", "- first\nsecond\n"),
        ("<table><tr><td>a|b</td><td>c</td></tr><tr><td>d</td><td>e</td></tr></table>",
         "| a\\|b | c |\n|---|---|\n| d | e |\n"),
        ("<table><tr><td rowspan=0>x</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></table>",
         "| x | 1 |\n|---|---|\n| x | 2 |\n| x | 3 |\n"),
        ("<table><tr><td colspan='2' rowspan='2'>big</td><td>c</td></tr><tr><td>d</td></tr></table>",
         "| big | big | c |\n|---|---|---|\n| big | big | d |\n"),
        ("<table><tr><td colspan=bogus>a</td><td>b</td></tr></table>", "| a | b |\n|---|---|\n"),
        ("<table>stray<tr><td>a</td><td>b</td></tr></table>", "stray\n| a | b |\n|---|---|\n"),
        ("<p>a</p><!-- note --><p>b</p>", "a\nb\n"),
        ("<h1>T</h1><p>a</p><h2>S</h2><h3>Sub</h3><p>b</p><h4>Two<br>lines</h4>", "T\na\n\nS\nSub\nb\n\nTwo\nlines\n"),
        ("<p>a</p><h2></h2><p>b</p>", "a\nb\n"),
        ("<table><tr><td><h2>in cell</h2></td><td>x</td></tr></table>", "| in cell | x |\n|---|---|\n"),
        ("<p>one<p>two", "one\ntwo\n"),
        ("<div><p>Cut here <a href=\"/x\"", "Cut here\n"),
        ("<header><h1>Kept title</h1><nav>menu</nav></header><p>body</p>", "Kept title\nbody\n"),
        ("<header hidden><h1>Hidden title</h1></header><p>body</p>", "body\n"),
        ("<header><a>Logo</a><p>Tagline</p></header><p>body</p>", "body\n"),
        ("<header class='hero'><h1>X vs Y</h1><p>Compare X and Y.</p></header><p>body</p>", "X vs Y\nCompare X and Y.\nbody\n"),
        ("<title>T</title><h1 hidden>H</h1><p>body</p>", "T\nbody\n"),
        ("<title>T</title><h1>H</h1>", "H\n"),
        ("<?xml version=\"1.0\" encoding=\"utf-8\"?><html><body><p>xhtml</p></body></html>", "xhtml\n"),
        ("<p>nul\x00 char</p>", "nul char\n"),
        ("", ""),
        ("   \n ", ""),
        ("<script>only()</script>", ""),
    ],
)
def test_render_rules(markup: str, expected: str):
    assert html_to_text(markup) == expected


def test_deeply_nested_markup_does_not_crash():
    markup = "<div>" * 5000 + "deep" + "</div>" * 5000
    assert html_to_text(markup) == "deep\n"
    assert html_to_text("<p>" + "<span>" * 5000 + "x<br>y") == "x\ny\n"


def test_large_table_renders_every_row():
    rows = "".join(f"<tr><td>r{i}</td><td>v{i}</td></tr>" for i in range(2000))
    lines = html_to_text(f"<table>{rows}</table>").splitlines()
    assert len(lines) == 2001
    assert lines[-1] == "| r1999 | v1999 |"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="<>/=\"' \nabpdivtrhl1&;#|", max_size=200))
def test_any_markup_renders_without_raising(markup: str):
    rendered = html_to_text(markup)
    assert isinstance(rendered, str)
    assert "\n\n\n" not in rendered and not rendered.startswith("\n")


def test_rendered_comparison_table_and_cards_parse_to_the_same_cells():
    table = parse_page((FIXTURES / "comparison_table.html").read_bytes())
    cards = parse_page((FIXTURES / "comparison_cards.html").read_bytes())
    names = ["AIOps Engineer (IT)", "MLOps Engineer", "Site Reliability Engineer (SRE)"]
    assert (table.page_type, table.layout, table.complete) == ("comparison", "html", True)
    assert (cards.page_type, cards.layout, cards.complete) == ("comparison", "html", True)
    assert [r.name for r in table.roles] == [r.name for r in cards.roles] == names

    def cells(page):
        return sorted((r["role"], r["dimension"], r["value"]) for r in page.facts["dimensions"])

    assert len(cells(table)) == 30
    assert cells(table) == cells(cards)
    assert ("MLOps Engineer", "reporting_relationship",
            "Reports to ML Engineering Manager, Head of Data Science, or CTO") in cells(table)


def test_rendered_guide_parses_completely():
    page = parse_page((FIXTURES / "guide_sections.html").read_bytes())
    assert (page.page_type, page.layout, page.complete, page.title) == ("guide", "html", True, "AI Data Operations Manager")
    counts = {table: len(rows) for table, rows in page.facts.items()}
    assert {t: counts.get(t) for t in ("responsibilities", "salaries", "role_employers", "role_industries", "next_steps")} == {
        "responsibilities": 10, "salaries": 3, "role_employers": 24, "role_industries": 9, "next_steps": 7,
    }
    assert page.facts["responsibilities"][-1]["text"] == (
        "Communicate status and risks to stakeholders using clear reporting (dashboards, weekly updates, post-mortems)."
    )


def test_tables_nested_deeper_than_the_renderer_recurses_keep_their_text():
    """A damaged capture (a giant line of '<table><tr><td>') renders as tag-stripped lines, not a parser error."""
    from pipeline.parse.html import _block_lines, _parse
    depth = 250
    markup = ("<html><body><h1>Title</h1>" + "<table><tr><td>" * depth + "deep text"
              + "</td></tr></table>" * depth + "</body></html>")
    with pytest.raises(RecursionError):  # what the renderer alone does with it
        _block_lines(_parse(markup))
    assert html_to_text(markup).split("\n")[:2] == ["Title", "deep text"]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=" \t\n\r\f\x0b\x1c\x1d\x1e\x1f\x85\xa0\u2003\u3000ab|é", max_size=24))
def test_only_html_whitespace_collapses(text: str):
    """Space, tab, LF, CR and FF collapse to one space; any other space character inside a line stays as
    written (the line is then stripped). The renderer's fast paths must agree with the rule itself."""
    from pipeline.parse.html import _collapse
    assert _collapse(text) == re.sub(r"[ \t\n\r\f]+", " ", text).strip()


def test_collapse_agrees_with_the_rule_on_every_pair_of_ascii_characters():
    """Every ASCII character, printable or not, alone and in pairs, around and between spaces (the printable
    ASCII fast path takes a text without two spaces in a row as itself stripped)."""
    from pipeline.parse.html import _collapse
    ascii_chars = [chr(c) for c in range(128)]
    for a in ascii_chars:
        for b in ascii_chars:
            for text in (f"{a}{b}", f" {a} {b} ", f"x{a}{a}y", f"{a}  x {b}"):
                assert _collapse(text) == re.sub(r"[ \t\n\r\f]+", " ", text).strip(), repr(text)


def test_non_html_spaces_inside_a_line_are_kept():
    assert html_to_text("<p>a\u2003 \u2003b\n   c\xa0\xa0d</p>") == "a\u2003 \u2003b c\xa0\xa0d\n"
