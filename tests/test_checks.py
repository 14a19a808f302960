"""Data checks: each passes on a clean warehouse and fails on a row that violates it."""
from __future__ import annotations

import re

import pytest

from pipeline.schema import MARTS, STRING, TABLES, TABLES_BY_NAME
from pipeline.warehouse.checks import (
    CheckResult, coverage_report, format_report, generic_checks, run_check, run_checks, sql_checks,
)
from pipeline.warehouse.views import SQL_DIR
from warehouse_rows import add_page, add_source, clean_warehouse, insert, open_copy, save_copy


@pytest.fixture(scope="module")
def clean_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("warehouse") / "clean.duckdb"
    save_copy(clean_warehouse(), path)
    return path


@pytest.fixture
def con(clean_template):
    """A fresh copy of the clean warehouse (building one from scratch per test is ten times slower)."""
    return open_copy(clean_template)


def failing(con) -> dict[str, int]:
    return {r.name: r.n_failing for r in run_checks(con) if not r.passed}


def test_clean_warehouse_passes_every_check(con):
    for table in TABLES + MARTS:  # the clean warehouse exercises every table and mart
        assert con.execute(f"select count(*) from {table.name}").fetchone()[0] > 0, table.name
    results = run_checks(con)
    assert [r.name for r in results if not r.passed] == []
    assert len(results) == len(generic_checks()) + len(sql_checks())


def test_check_names_are_unique_and_described():
    names = [c.name for c in generic_checks() + sql_checks()]
    assert len(names) == len(set(names))
    assert {c.name for c in sql_checks()} == {
        "comparison_cells_complete", "comparison_n_roles_match", "comparison_roles_evidenced", "dimension_role_on_page",
        "guide_has_one_role", "latest_capture_per_url", "no_empty_text", "salary_min_le_max", "text_coverage",
    }


def test_generic_checks_follow_the_registry():
    names = {c.name for c in generic_checks() if "career_paths" in c.name}
    assert names == {
        "unique_career_paths_page_id_role_id_kind_position",
        "not_null_career_paths_page_id", "not_null_career_paths_role_id", "not_null_career_paths_kind",
        "not_null_career_paths_position", "not_null_career_paths_target_title",
        "relationships_career_paths_page_id__pages_page_id", "relationships_career_paths_role_id__roles_role_id",
        "relationships_career_paths_target_role_id__roles_role_id",
        "accepted_values_career_paths_kind", "accepted_values_career_paths_match_kind",
    }
    # ingest_errors has no key: no uniqueness check
    assert not [c for c in generic_checks() if c.name.startswith("unique_ingest_errors")]


def _first_row(table: str) -> str:
    return f"rowid = (select min(rowid) from {table})"


def _violate(con, check_name: str) -> None:
    """Make exactly one row (or group) violate a generated check."""
    kind, _, rest = check_name.partition("_")
    if check_name.startswith("unique_"):
        table = next(t for t in TABLES + MARTS if check_name == f"unique_{t.name}_{'_'.join(t.key)}")
        con.execute(f"insert into {table.name} select * from {table.name} where {_first_row(table.name)}")
    elif check_name.startswith("not_null_"):
        table, column = _table_column(check_name.removeprefix("not_null_"))
        con.execute(f"alter table {table} alter column {column} drop not null")
        con.execute(f"update {table} set {column} = null where {_first_row(table)}")
    elif check_name.startswith("relationships_"):
        table, column = _table_column(check_name.removeprefix("relationships_").split("__")[0])
        con.execute(f"update {table} set {column} = 'no-such-id' where {_first_row(table)}")
    elif check_name.startswith("accepted_values_"):
        table, column = _table_column(check_name.removeprefix("accepted_values_"))
        con.execute(f"update {table} set {column} = 'bogus' where {_first_row(table)}")
    else:
        raise AssertionError(kind)


def _table_column(table_column: str) -> tuple[str, str]:
    for table in sorted(TABLES + MARTS, key=lambda t: -len(t.name)):
        if table_column.startswith(table.name + "_"):
            return table.name, table_column.removeprefix(table.name + "_")
    raise AssertionError(table_column)


@pytest.mark.parametrize("check_name", [c.name for c in generic_checks()])
def test_generic_check_fails_on_a_violating_row(check_name, con):
    check = next(c for c in generic_checks() if c.name == check_name)
    assert run_check(con, check).n_failing == 0
    _violate(con, check_name)
    assert run_check(con, check).n_failing == 1


def _min_gt_max(con):
    con.execute("update salaries set min_amount = 130000 where position = 1")


def _missing_cell(con):
    con.execute("delete from dimensions where page_id = 'c1' and role_id = 'data-engineer' and row_position = 2")


def _no_cells(con):
    con.execute("delete from dimensions where page_id = 'c1'")


def _n_roles_mismatch(con):
    con.execute("update pages set n_roles = 3 where page_id = 'c1'")


def _low_coverage(con):
    con.execute("update pages set text_coverage = 0.59 where page_id = 'g1'")


def _guide_without_role(con):
    add_page(con, "g2", "guide")


def _incomplete_guide_without_role(con):
    add_page(con, "g2", "guide", complete=False)


def _guide_with_two_roles(con):
    insert(con, "next_steps", page_id="g1", role_id="site-reliability-engineer", step=2, text="Learn Go")


def _two_latest_contents(con):
    add_page(con, "c2", "comparison", url="https://example.org/compare", n_roles=0)
    con.execute("update pages set complete = false where page_id = 'c2'")


def _no_latest_capture(con):
    con.execute("update page_sources set is_latest = false where page_id = 'g1'")


def _cell_of_uncompared_role(con):
    insert(con, "roles", role_id="cto", name="CTO")
    insert(con, "dimensions", page_id="c1", role_id="cto", dimension="primary_role", label="Primary Role",
           row_position=1, value="Leads")


def _card_role_without_primary_role(con):
    """The invented-role bug: a card value promoted to a role has cells but no Primary Role cell."""
    con.execute("update pages set layout = 'card' where page_id = 'c1'")
    con.execute("delete from dimensions where page_id = 'c1' and role_id = 'data-engineer' and dimension = 'primary_role'")


def _table_role_without_primary_role(con):
    """A table's roles come from its header: a table without a Primary Role row invents no role."""
    con.execute("delete from dimensions where page_id = 'c1' and dimension = 'primary_role'")


def _card_page_with_primary_roles(con):
    con.execute("update pages set layout = 'card' where page_id = 'c1'")


def _role_named_by_a_cell(con):
    con.execute("update dimensions set value = 'data engineer' where page_id = 'c1' "
                "and role_id = 'site-reliability-engineer' and dimension = 'reporting_relationship'")


def _role_named_by_a_cell_with_abbreviation(con):
    con.execute("update dimensions set value = 'Site Reliability Engineer (SRE)' where page_id = 'c1' "
                "and role_id = 'data-engineer' and dimension = 'reporting_relationship'")


def _role_named_inside_a_longer_cell(con):
    con.execute("update dimensions set value = 'Reports to Data Engineer leads' where page_id = 'c1' "
                "and role_id = 'site-reliability-engineer' and dimension = 'reporting_relationship'")


def _blank_cell(con):
    con.execute("update dimensions set value = ' ' where page_id = 'c1' and role_id = 'data-engineer' and row_position = 1")


def _empty_note(con):
    con.execute("update salaries set note = '' where position = 1")


@pytest.mark.parametrize("violate, expected", [
    (_min_gt_max, {"salary_min_le_max": 1}),
    (_missing_cell, {"comparison_cells_complete": 1}),
    (_no_cells, {"comparison_cells_complete": 1}),
    (_n_roles_mismatch, {"comparison_n_roles_match": 1, "comparison_cells_complete": 0}),
    (_low_coverage, {"text_coverage": 1}),
    (_guide_without_role, {"guide_has_one_role": 1}),
    (_incomplete_guide_without_role, {}),
    (_guide_with_two_roles, {"guide_has_one_role": 1}),
    (_two_latest_contents, {"latest_capture_per_url": 1}),
    (_no_latest_capture, {"latest_capture_per_url": 1}),
    (_cell_of_uncompared_role, {"dimension_role_on_page": 1, "comparison_cells_complete": 1}),
    (_card_role_without_primary_role, {"comparison_roles_evidenced": 1, "comparison_cells_complete": 1}),
    (_table_role_without_primary_role, {}),
    (_card_page_with_primary_roles, {}),
    (_role_named_by_a_cell, {"comparison_roles_evidenced": 1}),
    (_role_named_by_a_cell_with_abbreviation, {"comparison_roles_evidenced": 1}),
    (_role_named_inside_a_longer_cell, {}),
    (_blank_cell, {"no_empty_text": 1}),
    (_empty_note, {"no_empty_text": 1}),
], ids=lambda v: v.__name__ if callable(v) else "")
def test_sql_check_fails_on_a_violating_row(violate, expected, con):
    violate(con)
    assert failing(con) == {name: n for name, n in expected.items() if n}


def test_text_coverage_threshold_spares_incomplete_pages_and_the_boundary(con):
    add_page(con, "g2", "guide", text_coverage=0.6)
    add_page(con, "g3", "guide", text_coverage=0.1, complete=False)
    insert(con, "demand", page_id="g2", role_id="data-engineer", summary="Stable")
    insert(con, "demand", page_id="g3", role_id="data-engineer", summary="Stable")
    assert failing(con) == {}
    assert coverage_report(con) == [
        ("g3", "guide", "compact", 0.1),
        ("g2", "guide", "compact", 0.6),
        ("c0", "comparison", "pipe", 1.0),
        ("c1", "comparison", "pipe", 1.0),
        ("g1", "guide", "compact", 1.0),
    ]


def test_failing_sample_rows_are_sorted_and_capped(con):
    for n in range(7):
        add_source(con, "g1", source_path=f"stale/{n}.txt", url=f"https://example.org/{n}", is_latest=False)
        # a capture that could not be ingested never counts as the URL's capture
        add_source(con, None, source_path=f"broken/{n}.txt", url=f"https://example.org/b{n}", is_latest=False)
    result = next(r for r in run_checks(con) if r.name == "latest_capture_per_url")
    assert result.n_failing == 7
    assert result.sample == [(f"https://example.org/{n}", 0, 0) for n in range(5)]


# Text columns that are codes, hashes, paths or foreign keys, not facts: no_empty_text leaves them out.
NOT_FACT_TEXT = {
    ("pages", "page_id"), ("pages", "page_type"), ("pages", "layout"), ("pages", "content_sha256"),
    ("pages", "parser_version"), ("role_skills", "kind"), ("role_skills", "skill_id"),
    ("salaries", "level"), ("salaries", "currency"), ("salaries", "period"), ("career_paths", "kind"),
    ("career_paths", "target_role_id"), ("role_employers", "employer_id"), ("role_industries", "industry_id"),
    ("pages", "title_source"), ("career_paths", "match_kind"), ("reporting_lines", "manager_role_id"),
    ("reporting_lines", "match_kind"),
    # the generic reader's rule names (codes, not text of a page)
    *((t, "rule") for t in ("responsibilities", "role_skills", "salaries", "career_paths", "role_aliases", "role_facts")),
}
NOT_FACT_TABLES = {"page_sources", "ingest_errors"}


def test_no_empty_text_covers_every_fact_text_column():
    sql = (SQL_DIR / "checks" / "no_empty_text.sql").read_text()
    covered = set(re.findall(r"select '(\w+)'(?: as table_name)?, '(\w+)'", sql))
    expected = {
        (t.name, c.name) for t in TABLES if t.name not in NOT_FACT_TABLES for c in t.columns
        if c.type == STRING and (t.name, c.name) not in NOT_FACT_TEXT
        and not (c.name in ("page_id", "role_id") and t.name != "roles")
    }
    assert covered == expected
    assert all(c in {col.name for col in TABLES_BY_NAME[t].columns} for t, c in covered)


def test_format_report_lists_each_check_and_samples_failures():
    results = [
        CheckResult("unique_pages_page_id", "pages has one row per (page_id)", 0, []),
        CheckResult("salary_min_le_max", "min <= max", 7, [("g1", 1), ("g1", 2)]),
    ]
    assert format_report(results) == (
        "PASS  unique_pages_page_id\n"
        "FAIL  salary_min_le_max: 7 failing row(s) — min <= max\n"
        "        ('g1', 1)\n"
        "        ('g1', 2)\n"
        "        ... and 5 more\n"
        "2 checks, 1 passed, 1 failed"
    )


def test_check_sql_dir_is_overridable(tmp_path):
    (tmp_path / "checks").mkdir()
    (tmp_path / "checks" / "always.sql").write_text("-- check: always_fails: one row\nselect 1 as x\n-- trailing\n")
    con = clean_warehouse()
    results = run_checks(con, tmp_path)
    assert [(r.name, r.n_failing, r.sample) for r in results if not r.passed] == [("always_fails", 1, [(1,)])]
    (tmp_path / "checks" / "bad.sql").write_text("select 1\n")
    with pytest.raises(ValueError, match="first line"):
        run_checks(con, tmp_path)
