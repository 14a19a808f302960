"""Views materialised in ranges of their leading key (the ingest's way when a view's rows do not fit DuckDB's
memory limit at once): the same rows in the same order as the view computed at once, whatever the number of
ranges; and every view file that asks for it names a leading, never-null key."""
from __future__ import annotations

import shutil

import duckdb
import pytest

from pipeline.ingest import IngestOptions, ingest
from pipeline.schema import TABLES_BY_NAME
from pipeline.warehouse.views import MATERIALIZED_SCHEMA, materialize_in_ranges, view_files, view_ranges

from conftest import FIXTURES, REPO

RANGED = [p for p in view_files() if view_ranges(p)]


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    """A real ingest of the seed pages, the comparison and guide fixtures (many roles, skills, employers)."""
    raw = tmp_path_factory.mktemp("raw")
    for path in sorted((REPO / "raw").glob("*.txt")):
        shutil.copy(path, raw / path.name)
    for kind in ("comparison", "guide"):
        for path in sorted((FIXTURES / kind).glob("*.txt")):
            shutil.copy(path, raw / f"{kind}_{path.name}")
    wh = tmp_path_factory.mktemp("wh") / "warehouse"
    ingest(IngestOptions(raw_dir=raw, warehouse_dir=wh, jobs=1, run_checks=False))
    return wh / "roles.duckdb"


def test_the_views_with_list_aggregates_ask_for_ranges():
    assert {p.name for p in RANGED} >= {"10_dimension_values.sql", "30_dimension_conflicts.sql", "40_role_profile.sql",
                                       "50_skill_demand.sql", "80_career_graph.sql"}


@pytest.mark.parametrize("path", RANGED, ids=lambda p: p.stem)
def test_a_range_column_is_the_views_leading_order_key_over_a_not_null_key(path):
    column, table, source = view_ranges(path)
    body = path.read_text(encoding="utf-8").lower()
    final_order = body.rsplit("order by", 1)[1].split(",")[0].strip().rstrip(";")
    assert final_order.split(".")[-1] == column  # rows in range order are the view's order
    spec = TABLES_BY_NAME[table]
    assert source in spec.key and not next(c for c in spec.columns if c.name == source).nullable


@pytest.mark.parametrize("path", RANGED, ids=lambda p: p.stem)
def test_rows_in_ranges_equal_the_view_at_once(warehouse, tmp_path, path):
    db = tmp_path / "copy.duckdb"
    shutil.copy(warehouse, db)
    con = duckdb.connect(str(db))
    try:
        name = path.name.split("_", 1)[1].removesuffix(".sql")
        con.execute(path.read_text(encoding="utf-8"))  # the view itself (not the stored rows)
        whole = con.execute(f"select * from {name}").to_arrow_table()
        assert whole.num_rows >= 3
        column = view_ranges(path)[0]
        assert len(set(whole.column(column).to_pylist())) >= 3  # several ranges hold rows
        for n in (1, 2, 3, 7, 64):
            materialize_in_ranges(con, name, f"{MATERIALIZED_SCHEMA}.ranged", view_ranges(path), n)
            assert con.execute(f"select * from {MATERIALIZED_SCHEMA}.ranged").to_arrow_table().equals(whole), n
    finally:
        con.close()
