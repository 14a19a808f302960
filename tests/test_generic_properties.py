"""Generic layout properties (hypothesis, derandomized): any text either parses or is set aside, never raises; a
generic page cut at any byte, or with lines shuffled, stores only facts the whole page has, for the same role."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.parse import generic
from conftest import assert_answers
from pipeline.process import process_content

FIXTURES = Path(__file__).parent / "fixtures" / "generic"
PAGES = {p.name: p.read_bytes() for p in sorted([*FIXTURES.glob("*.txt"), *FIXTURES.glob("*.html")])
         if "cut" not in p.stem}

PROPERTY = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# pieces of role pages: headings of every kind (plain, emoji, glued), list items, furniture, tables, salaries
PIECES = [
    "Analytics Engineer", "Key Responsibilities and Required Skills for Prompt Librarian", "Back to Roles",
    "Data Analyst | Careers Wiki", "📈 Career Progression", "Entry Point From:", "Advancement To:", "Lateral Moves:",
    "Role at a glance", "Typical experience", "2-5 years", "Also known as", "Also known as: A, B", "Duties",
    "Skills Checklist", "Technical Skills", "AIContentSkills Checklist", "Salary Range", "Entry Level",
    "  • Technical Writer moving into AI operations.", "- Track service level indicators", "#1. SQL: queries",
    "1) Data Architect", "Junior Analyst: Watches dashboards.", "| Level | US | EU |", "|---|---|---|",
    "| Entry | $70k - $90k | €40k - €55k |", "| Mid | $9", "Median pay is $48,500 per year.", "💰 $ - $",
    "By Jane Doe", "5 min read", "", "", "Overview", "A Data Analyst turns data into answers.", "Senior Level",
    "- •", "•", "#", "|", ":", "Analyst → Senior Analyst → Lead Analyst", "Typical Career Path",
]



@PROPERTY
@given(st.text(max_size=2000))
def test_generic_parser_never_raises_on_any_text(text):
    generic.detect_layout(text)
    page = generic.parse(text)
    assert page.layout == "generic"
    assert page.title is not None or not page.complete  # no role: set aside as incomplete, facts as text only
    if not page.roles:
        assert set(page.facts) <= {"page_sections"}


@PROPERTY
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_any_arrangement_of_role_page_pieces_parses_or_is_set_aside(pieces):
    text = "\n".join(pieces)
    rows = assert_answers(text.encode("utf-8"))
    page = generic.parse(text)
    for table, items in page.facts.items():
        for row in items:
            assert all(v is None or not isinstance(v, str) or v.strip() for k, v in row.items() if k != "role"), row
    if rows.page is not None and rows.page["layout"] == "generic":
        assert len(rows.roles) == 1


def facts(rows) -> dict[str, set]:
    t = rows.tables
    return {
        "responsibilities": {r["text"] for r in t.get("responsibilities", [])},
        "skills": {(r["skill_id"], r["kind"], r["detail"], r["text"], r["skill_group"]) for r in t.get("role_skills", [])},
        "paths": {(r["kind"], r["target_title"], r["note"]) for r in t.get("career_paths", [])},
        "salaries": {(r["label"], r["min_amount"], r["max_amount"], r["open_ended"], r["currency"], r["period"],
                      r["note"], r["region"]) for r in t.get("salaries", [])},
        "aliases": {r["alias"] for r in t.get("role_aliases", [])},
        "facts": {(r["label"], r["value"]) for r in t.get("role_facts", [])},
    }


WHOLE = {name: process_content(data) for name, data in PAGES.items()}


def assert_only_whole_facts(name: str, data: bytes) -> None:
    rows = assert_answers(data)
    if rows.page is None or rows.page["layout"] != "generic":
        return
    whole = WHOLE[name]
    # the same role; an ALL-CAPS title's casing may come from text the cut removed ('PERMIT TECHNICIAN II' is
    # written 'Permit Technician II' further down), so the name is compared without case
    assert [r["role_id"] for r in rows.roles] == [r["role_id"] for r in whole.roles]
    assert [r["name"].casefold() for r in rows.roles] == [r["name"].casefold() for r in whole.roles]
    mine, theirs = facts(rows), facts(whole)
    for kind, stored in mine.items():
        assert stored <= theirs[kind], f"{name}: {kind} {sorted(map(str, stored - theirs[kind]))[:2]} not on the whole page"


@pytest.mark.parametrize("name", sorted(PAGES))
def test_generic_page_cut_at_every_line_end_stores_only_whole_facts(name):
    data = PAGES[name]
    ends = [i for i, b in enumerate(data) if b == 0x0A]
    for end in ends:
        for cut in range(max(0, end - 3), end + 2):
            assert_only_whole_facts(name, data[:cut])


@PROPERTY
@given(st.sampled_from(sorted(PAGES)), st.data())
def test_generic_page_cut_at_any_byte_stores_only_whole_facts(name, data):
    whole = PAGES[name]
    assert_only_whole_facts(name, whole[: data.draw(st.integers(0, len(whole)), label="cut")])


@PROPERTY
@given(st.sampled_from(sorted(PAGES)), st.data())
def test_generic_page_with_lines_deleted_or_shuffled_gets_a_page_or_an_issue(name, data):
    lines = PAGES[name].decode("utf-8").split("\n")
    kept = data.draw(st.lists(st.sampled_from(range(len(lines))), max_size=len(lines) + 5), label="line order")
    assert_answers("\n".join(lines[i] for i in kept).encode("utf-8"))
