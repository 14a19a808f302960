"""The registry is the single source: dictionary, Parquet schemas and COMMENT ON must not drift from it."""
from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from pipeline.docs import render_data_dictionary
from pipeline.ingest import IngestOptions, ingest
from pipeline.schema import TABLES

REPO = Path(__file__).resolve().parents[1]
CONTRACT_VIEWS = {"role_profile", "role_matrix", "dimension_conflicts", "skill_demand", "salary_bands",
                  "employer_roles", "career_graph"}


def test_data_dictionary_is_generated_from_the_registry():
    on_disk = (REPO / "docs" / "data_dictionary.md").read_text()
    assert on_disk == render_data_dictionary(), "run `make dictionary` and commit docs/data_dictionary.md"
    for table in TABLES:
        assert f"### `{table.name}`" in on_disk
    for view in CONTRACT_VIEWS:
        assert f"| `{view}` |" in on_disk


def test_contract_columns_are_in_the_registry():
    contract = (REPO.parent / "shared" / "spec" / "warehouse.md")
    registry = {t.name: set(t.column_names) for t in TABLES}
    minimum = {
        "pages": "page_id page_type layout title content_sha256 n_bytes complete warnings",
        "page_sources": "source_path page_id url fetched_at",
        "roles": "role_id name abbreviation qualifier summary",
        "comparisons": "page_id position role_id",
        "dimensions": "page_id role_id dimension label row_position value",
        "responsibilities": "page_id role_id position text",
        "skills": "skill_id name",
        "role_skills": "page_id role_id skill_id kind position detail",
        "salaries": "page_id role_id level label min_amount max_amount open_ended currency period note",
        "demand": "page_id role_id trend summary",
        "employers": "employer_id name",
        "role_employers": "page_id role_id employer_id position",
        "industries": "industry_id name",
        "role_industries": "page_id role_id industry_id position",
        "career_paths": "page_id role_id kind position target_title target_role_id note",
        "reporting_lines": "page_id role_id position manager_title",
        "next_steps": "page_id role_id step text",
        "page_sections": "page_id section position text",
        "ingest_errors": "source_path content_sha256 stage error_kind message line",
    }
    for table, cols in minimum.items():
        assert set(cols.split()) <= registry[table], table
    if contract.exists():  # the shared spec sits beside the repo on the team machines
        for table in minimum:
            assert f"`{table}`" in contract.read_text()


def test_parquet_and_duckdb_follow_the_registry(seed_raw, tmp_path):
    wh = tmp_path / "wh"
    ingest(IngestOptions(raw_dir=seed_raw, warehouse_dir=wh, jobs=1))
    con = duckdb.connect(str(wh / "roles.duckdb"), read_only=True)
    try:
        for table in TABLES:
            assert pq.read_schema(wh / f"{table.name}.parquet").names == table.column_names
            cols = con.execute("select column_name, comment from duckdb_columns() where table_name = ? "
                               "order by column_index", [table.name]).fetchall()
            assert [c for c, _ in cols] == table.column_names
            assert all(comment for _, comment in cols), table.name
            assert con.execute("select comment from duckdb_tables() where table_name = ?",
                               [table.name]).fetchone()[0]
        views = dict(con.execute("select view_name, comment from duckdb_views() where not internal").fetchall())
        assert CONTRACT_VIEWS <= set(views)
        assert all(views[v] for v in CONTRACT_VIEWS)
    finally:
        con.close()


def test_table_comments_do_not_repeat_their_grain():
    from pipeline.schema import TABLES
    for table in TABLES:
        # the comment is 'One row per <grain>. <description>': the description must not say it again
        assert not table.description.lower().startswith("one row per"), table.name
        assert not table.description.lower().startswith(table.grain.lower()), table.name
