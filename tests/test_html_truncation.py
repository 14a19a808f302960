"""A cut HTML capture (no closing </body></html>) never stores a cut block as a fact."""
from pathlib import Path

import pytest

from pipeline.parse.html_detect import html_is_truncated
from pipeline.process import process_content

HTML = Path(__file__).parent / "fixtures" / "html"
FACT_TABLES = ("dimensions", "responsibilities", "role_skills", "salaries", "role_employers", "role_industries",
               "next_steps", "career_paths", "demand")
TEXT_COLUMNS = ("value", "text", "employer_id", "industry_id", "target_title", "summary")


def _facts(rows) -> set[tuple]:
    out = set()
    for table in FACT_TABLES:
        for row in rows.tables.get(table, []):
            out.add((table, row.get("role_id"), *(row.get(c) for c in TEXT_COLUMNS)))
    return out


@pytest.mark.parametrize("name", ["comparison_table.html", "comparison_cards.html", "guide_sections.html"])
def test_cut_html_keeps_only_whole_facts(name):
    data = (HTML / name).read_bytes()
    whole = process_content(data)
    assert whole.page["complete"]
    whole_facts = _facts(whole)
    end = data.rfind(b"</body>")
    for cut in range(data.find(b"<body"), end, 13):
        rows = process_content(data[:cut])
        if rows.page is None:
            continue  # nothing recognisable before the cut: reported as an error, nothing stored
        assert rows.page["complete"] is False, cut
        assert _facts(rows) <= whole_facts, cut


@pytest.mark.parametrize("markup, cut", [
    ("<html><body><p>a</p></body></html>", False),
    ("<html><body><p>a</p>", True),
    ("<!doctype html><HTML><BODY><table><tr><td>a", True),
    ("<div><p>a fragment gives no evidence</p>", False),
])
def test_html_is_truncated(markup, cut):
    assert html_is_truncated(markup) is cut
