"""Blind hold-out pages: process_content yields exactly the facts an analyst reads off each page.

The pages under tests/fixtures/holdout/ were written without looking at the parsers, imitating the
source sites; each `<case>.expected.json` lists the facts by hand. Only facts are compared (no
issue wording, no page_sections), so the parsers stay free in how they report.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.process import process_content

FIXTURES = Path(__file__).parent / "fixtures" / "holdout"
CASES = sorted([*FIXTURES.glob("*.txt"), *FIXTURES.glob("*.html")])
FACT_COLUMNS = {
    "dimensions": ("role_id", "label", "dimension", "row_position", "value"),
    "reporting_lines": ("role_id", "position", "manager_title"),
    "responsibilities": ("position", "text"),
    "salaries": ("level", "label", "min_amount", "max_amount", "currency", "open_ended", "note"),
    "next_steps": ("step", "text"),
}


def entity_names(rows, kind: str, id_column: str) -> dict[str, str]:
    return {e[id_column]: e["name"] for e in rows.entities.get(kind, [])}


def skill_text(row: dict, names: dict[str, str]) -> str:
    """The skill as the page writes it: name plus its parenthetical detail."""
    detail = f" ({row['detail']})" if row.get("detail") else ""
    return row.get("text") or names.get(row["skill_id"], row["skill_id"]) + detail


def facts_of(rows, page_type: str) -> dict:
    """The analyst-facing facts of one processed page, in the shape of the expected JSON."""
    tables = rows.tables
    facts = {
        "page_type": rows.page["page_type"],
        "layout": rows.page["layout"],
        "complete": rows.page["complete"],
        "title": rows.page.get("title"),
        "roles": [{"name": r["name"] + (f" ({r['abbreviation']})" if r.get("abbreviation") else ""),
                   "role_id": r["role_id"]} for r in rows.roles],
    }
    for table, columns in FACT_COLUMNS.items():
        facts[table] = [{c: row.get(c) for c in columns} for row in tables.get(table, [])]
    path_columns = ("kind", "position", "target_title", "note") if page_type == "guide" else (
        "role_id", "kind", "position", "target_title", "note")
    facts["career_paths"] = [{c: row.get(c) for c in path_columns} for row in tables.get("career_paths", [])]
    skills = entity_names(rows, "skills", "skill_id")
    facts["role_skills"] = [{"kind": r["kind"], "position": r["position"], "text": skill_text(r, skills)}
                            for r in tables.get("role_skills", [])]
    facts["demand"] = [{"trend": r["trend"]} for r in tables.get("demand", [])]
    employers = entity_names(rows, "employers", "employer_id")
    facts["employers"] = [employers[r["employer_id"]]
                          for r in sorted(tables.get("role_employers", []), key=lambda r: r["position"])]
    industries = entity_names(rows, "industries", "industry_id")
    facts["industries"] = [industries[r["industry_id"]]
                           for r in sorted(tables.get("role_industries", []), key=lambda r: r["position"])]
    return facts


def canonical(items: list) -> list:
    """Order-free comparison of fact rows (positions are part of each row)."""
    return sorted(json.dumps(i, sort_keys=True, ensure_ascii=False) for i in items)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.stem)
def test_holdout_page_yields_the_hand_written_facts(case: Path):
    # hand-written, never regenerated from the parser's output (--update-golden leaves them alone)
    expected_path = case.with_name(case.stem + ".expected.json")
    assert expected_path.exists(), f"{expected_path.name} is missing: write the page's facts by hand"
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    rows = process_content(case.read_bytes())
    assert rows.page is not None, [i.message for i in rows.issues]
    actual = facts_of(rows, expected["page_type"])
    for key in ("page_type", "layout", "complete", "title"):
        if key in expected:
            assert actual[key] == expected[key], key
    for table in ("roles", "dimensions", "reporting_lines", "career_paths", "responsibilities", "role_skills",
                  "salaries", "demand", "next_steps"):
        assert canonical(actual[table]) == canonical(expected.get(table, [])), table
    assert actual["employers"] == expected.get("employers", [])
    assert actual["industries"] == expected.get("industries", [])


def test_holdout_covers_every_layout():
    layouts = {(e["page_type"], e["layout"]) for e in
               (json.loads(p.read_text(encoding="utf-8")) for p in FIXTURES.glob("*.expected.json"))}
    assert layouts == {("comparison", "pipe"), ("comparison", "flat"), ("comparison", "card"), ("comparison", "html"),
                       ("guide", "compact"), ("guide", "spaced"), ("guide", "html")}
