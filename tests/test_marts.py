"""BI marts: flat, typed, one grain each; exact rows on a small warehouse and through a real ingest;
cell_changes and the run history across captures and runs."""
from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from pipeline.ingest import IngestOptions, ingest
from pipeline.schema import MARTS, RUNS, STRING_LIST
from pipeline.warehouse.marts import create_marts, mart_files
from warehouse_rows import add_comparison, clean_warehouse

SEED_001 = "001_83811f68547cd489.txt"
URL_001 = "https://www.resonancesearch.com/roles/aiops-engineer-it-vs-mlops-engineer-vs-site-reliability-engineer-sre/"


def rows(con, mart: str, columns: str = "*"):
    return con.execute(f"select {columns} from {mart} order by all").fetchall()


def test_every_mart_is_flat_and_has_one_sql_file():
    assert set(mart_files()) == {m.name for m in MARTS}
    assert {"role_overview", "role_dimension_cells", "role_salary_levels", "skill_roles", "employer_role_links",
            "career_edges", "page_quality", "cell_changes"} <= {m.name for m in MARTS}
    for mart in MARTS + (RUNS,):
        assert all(c.type != STRING_LIST for c in mart.columns), mart.name


def test_marts_on_a_small_warehouse():
    con = clean_warehouse()
    assert rows(con, "role_overview", "role_id, managers, top_skills, gap_skills, salary_min, salary_max, currency, "
                "n_employers, n_comparison_pages, n_guide_pages") == [
        ("data-engineer", "Head of Data", "SQL", "Spark", 95000, 220000, "USD", 1, 1, 1),
        ("site-reliability-engineer", "CTO", "", "", None, None, None, 0, 1, 0),
    ]
    assert rows(con, "role_salary_levels", "role_id, level, level_order, min_amount, max_amount, midpoint, open_ended") == [
        ("data-engineer", "entry", 1, 95000, 125000, 110000.0, False),
        ("data-engineer", "senior", 3, 165000, 220000, 192500.0, True),
    ]
    assert rows(con, "skill_roles") == [("spark", "Spark", "data-engineer", "Data Engineer", "gap"),
                                        ("sql", "SQL", "data-engineer", "Data Engineer", "top")]
    assert rows(con, "employer_role_links") == [("google", "Google", "data-engineer", "Data Engineer")]
    assert rows(con, "career_edges", "from_role_id, kind, to_title, to_role_id, notes") == [
        ("data-engineer", "can_lead_to", "Data Architect", None, "with design focus"),
        ("data-engineer", "path_to", "Site Reliability Engineer", "site-reliability-engineer", ""),
    ]
    assert rows(con, "page_quality", "page_id, is_latest, n_errors, n_sources, source_path") == [
        ("c0", False, 0, 1, "c0.txt"), ("c1", True, 0, 1, "c1.txt"), ("g1", True, 0, 1, "g1.txt")]
    assert rows(con, "ingest_error_kinds") == [("unknown_page_type", "detect", 1, 1)]
    # c0 and c1 are two captures of one URL; the reporting cell of data-engineer changed between them
    assert rows(con, "cell_changes", "url, role_id, dimension, change, old_value, new_value, "
                "strftime(old_fetched_at, '%Y-%m-%d'), strftime(new_fetched_at, '%Y-%m-%d'), old_page_id, new_page_id") == [
        ("https://example.org/compare", "data-engineer", "reporting_relationship", "changed",
         "Reports to CTO", "Reports to Head of Data", "2023-12-01", "2024-01-01", "c0", "c1"),
    ]


def test_conflicting_cells_are_flagged_with_every_value():
    con = clean_warehouse()
    add_comparison(con, "c2", {"data-engineer": {"primary_role": "Moves data; cleans it"}}, url="https://example.org/c2")
    create_marts(con)
    assert rows(con, "role_dimension_cells", "role_id, dimension, value, n_distinct_values, n_pages, is_conflict, "
                "all_values") == [
        ("data-engineer", "primary_role", "Builds pipelines", 2, 2, True, "Builds pipelines; Moves data; cleans it"),
        ("data-engineer", "reporting_relationship", "Reports to Head of Data", 1, 1, False, "Reports to Head of Data"),
        ("site-reliability-engineer", "primary_role", "Keeps systems up", 1, 1, False, "Keeps systems up"),
        ("site-reliability-engineer", "reporting_relationship", "Reports to CTO", 1, 1, False, "Reports to CTO"),
    ]
    assert rows(con, "role_overview", "role_id, n_conflicting_dimensions") == [
        ("data-engineer", 1), ("site-reliability-engineer", 0)]


def _mart_bytes(wh: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((wh / "marts").glob("*.parquet"))}


def test_seed_marts_in_duckdb_and_parquet_are_typed_commented_and_byte_identical(seed_raw, tmp_path):
    ingest(IngestOptions(raw_dir=seed_raw, warehouse_dir=tmp_path / "a", jobs=1))
    ingest(IngestOptions(raw_dir=seed_raw, warehouse_dir=tmp_path / "b", jobs=1, full=True))
    first = _mart_bytes(tmp_path / "a")
    assert set(first) == {f"{m.name}.parquet" for m in MARTS}
    assert first == _mart_bytes(tmp_path / "b")
    con = duckdb.connect(str(tmp_path / "a" / "roles.duckdb"), read_only=True)
    try:
        for mart in MARTS + (RUNS,):
            path = tmp_path / "a" / ("runs.parquet" if mart is RUNS else f"marts/{mart.name}.parquet")
            assert pq.read_schema(path).names == mart.column_names
            cols = con.execute("select column_name, data_type, comment from duckdb_columns() where table_name = ? "
                               "order by column_index", [mart.name]).fetchall()
            assert [c for c, _, _ in cols] == mart.column_names
            assert all(comment for _, _, comment in cols), mart.name
            assert not [t for _, t, _ in cols if "[]" in t or "STRUCT" in t or "MAP" in t], mart.name
            assert con.execute("select comment from duckdb_tables() where table_name = ?", [mart.name]).fetchone()[0]
            n_duckdb = con.execute(f"select count(*) from {mart.name}").fetchone()[0]
            assert pq.read_metadata(path).num_rows == n_duckdb
        # the seeds' marts hold the seeds' facts
        assert con.execute("select count(*) from role_overview").fetchone()[0] == 9
        assert con.execute("select count(*) from employer_role_links").fetchone()[0] == 24
        top, gap = con.execute("select top_skills, gap_skills from role_overview "
                               "where role_id = 'ai-data-operations-manager'").fetchone()
        assert (len(top.split("; ")), len(gap.split("; "))) == (10, 6)  # the guide's 10 top skills, 6 gaps
        assert con.execute("select count(*) from skill_roles where role_id = 'ai-data-operations-manager' "
                           "and kind = 'top'").fetchone() == (10,)
        assert con.execute("select level, min_amount, max_amount, open_ended from role_salary_levels "
                           "order by level_order").fetchall() == [
            ("entry", 95000, 125000, False), ("mid", 125000, 165000, False), ("senior", 165000, 220000, True)]
        assert con.execute("select count(*) from role_dimension_cells").fetchone()[0] == con.execute(
            "select count(*) from (select distinct role_id, dimension from dimensions)").fetchone()[0]
    finally:
        con.close()


def _append_manifest(raw: Path, **row) -> None:
    with (raw / "manifest.jsonl").open("a") as f:
        f.write(json.dumps(row) + "\n")


def test_cell_changes_and_run_history_across_captures(seed_raw, tmp_path):
    wh = tmp_path / "wh"
    ingest(IngestOptions(raw_dir=seed_raw, warehouse_dir=wh, jobs=1))
    # a later capture of page 001 where one cell changed
    text = (seed_raw / SEED_001).read_text()
    assert text.count("Reports to SRE Manager") == 1
    (seed_raw / "recapture").mkdir()
    (seed_raw / "recapture" / "001_v2.txt").write_text(text.replace("Reports to SRE Manager", "Reports to SRE Director"))
    _append_manifest(seed_raw, path="recapture/001_v2.txt", url=URL_001, fetched_at="2026-01-02T03:04:05Z")
    ingest(IngestOptions(raw_dir=seed_raw, warehouse_dir=wh, jobs=1))
    con = duckdb.connect(str(wh / "roles.duckdb"), read_only=True)
    try:
        changes = con.execute(
            "select url, role_id, dimension, change, old_value, new_value, old_fetched_at is null, "
            "strftime(new_fetched_at, '%Y-%m-%dT%H:%M:%S'), old_source_path, new_source_path from cell_changes").fetchall()
        runs = con.execute("select run_id, n_pages, pages_added, pages_changed, pages_removed, rows_pages, "
                           "rows_cell_changes, ended_at >= started_at from runs order by run_id").fetchall()
    finally:
        con.close()
    [(url, role_id, dimension, change, old, new, old_unknown, new_at, old_path, new_path)] = changes
    assert (url, role_id, dimension, change, old_unknown, new_at, old_path, new_path) == (
        URL_001, "site-reliability-engineer", "reporting_relationship", "changed", True, "2026-01-02T03:04:05",
        SEED_001, "recapture/001_v2.txt")
    assert "SRE Manager" in old and new == old.replace("SRE Manager", "SRE Director")
    assert runs == [(1, 5, 5, 0, 0, 5, 0, True), (2, 6, 0, 1, 0, 6, 1, True)]
    # the history is carried forward in runs.parquet too; a removed URL is counted
    (seed_raw / "004_a03864687bd27f7d.txt").unlink()
    ingest(IngestOptions(raw_dir=seed_raw, warehouse_dir=wh, jobs=1))
    history = pq.read_table(wh / "runs.parquet").to_pylist()
    assert [(r["run_id"], r["pages_added"], r["pages_changed"], r["pages_removed"]) for r in history] == [
        (1, 5, 0, 0), (2, 0, 1, 0), (3, 0, 0, 1)]


def test_an_up_to_date_rerun_adds_no_run(seed_raw, tmp_path):
    wh = tmp_path / "wh"
    ingest(IngestOptions(raw_dir=seed_raw, warehouse_dir=wh, jobs=1))
    assert ingest(IngestOptions(raw_dir=seed_raw, warehouse_dir=wh, jobs=1)).up_to_date
    assert pq.read_metadata(wh / "runs.parquet").num_rows == 1


@pytest.mark.parametrize("bad", ["-- not a header\nselect 1", "-- no_such_mart: x\nselect 1"])
def test_a_mart_file_must_name_a_declared_mart(tmp_path, bad):
    (tmp_path / "marts").mkdir()
    (tmp_path / "marts" / "10_x.sql").write_text(bad)
    with pytest.raises(ValueError):
        mart_files(tmp_path)
