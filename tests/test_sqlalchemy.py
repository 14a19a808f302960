"""BI: plain SQLAlchemy + duckdb-engine, as notebooks and most BI servers connect: every mart inspects
with typed, commented columns and reads into pandas; a pooled connection keeps reading the swapped-out
build while a connection per operation (NullPool) sees the new one."""
from __future__ import annotations

import warnings

import pandas as pd
import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa
from sqlalchemy.pool import NullPool

from bi_helpers import EDIT_MARKER, edit_first_comparison_cell, run_cli, seed_warehouse
from pipeline.schema import MARTS

# What docs/bi.md recommends: read-only, no file or network access from SQL.
CONNECT_ARGS = {"read_only": True, "config": {"enable_external_access": False}}


def _uri(warehouse) -> str:
    return f"duckdb:///{warehouse / 'roles.duckdb'}"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return seed_warehouse(tmp_path_factory.mktemp("sqlalchemy"))


def _count(warehouse, table: str) -> int:
    """Rows of a mart from its Parquet file (the same build, read without DuckDB)."""
    return pq.read_metadata(warehouse / "marts" / f"{table}.parquet").num_rows


def test_every_mart_inspects_with_typed_commented_columns(built):
    _, warehouse = built
    engine = sa.create_engine(_uri(warehouse), connect_args=CONNECT_ARGS, poolclass=NullPool)
    with warnings.catch_warnings():
        warnings.simplefilter("error", sa.exc.SAWarning)  # "Did not recognize type 'list'" fails the test
        inspector = sa.inspect(engine)
        assert {m.name for m in MARTS} <= set(inspector.get_table_names())
        for mart in MARTS:
            columns = inspector.get_columns(mart.name)
            assert [c["name"] for c in columns] == [c.name for c in mart.columns], mart.name
            for column in columns:
                assert not isinstance(column["type"], (sa.types.NullType, sa.types.ARRAY)), (mart.name, column)
                assert column["comment"], (mart.name, column["name"])
            assert inspector.get_table_comment(mart.name)["text"], mart.name


@pytest.mark.filterwarnings("ignore:duckdb-engine doesn.t yet support reflection on indices")
def test_every_mart_reads_into_pandas(built):
    _, warehouse = built
    engine = sa.create_engine(_uri(warehouse), connect_args=CONNECT_ARGS, poolclass=NullPool)
    with engine.connect() as conn:
        for mart in MARTS:
            frame = pd.read_sql_table(mart.name, conn)
            assert list(frame.columns) == [c.name for c in mart.columns], mart.name
            assert len(frame) == _count(warehouse, mart.name), mart.name
            assert not any(isinstance(v, (list, dict)) for col in frame.columns for v in frame[col].dropna()), mart.name
    assert _count(warehouse, "role_overview") > 0


def test_the_recommended_connect_args_refuse_file_access(built):
    _, warehouse = built
    engine = sa.create_engine(_uri(warehouse), connect_args=CONNECT_ARGS, poolclass=NullPool)
    with engine.connect() as conn, pytest.raises(sa.exc.DBAPIError, match="disabled by configuration"):
        conn.execute(sa.text("select * from read_csv('/etc/hostname')")).fetchall()


def test_a_pooled_connection_reads_the_swapped_out_build_a_null_pool_reads_the_new_one(built):
    raw, warehouse = built
    query = sa.text(f"select count(*) from role_dimension_cells where all_values like '%{EDIT_MARKER}%'")
    pooled = sa.create_engine(_uri(warehouse), connect_args=CONNECT_ARGS)  # default pool: QueuePool
    per_operation = sa.create_engine(_uri(warehouse), connect_args=CONNECT_ARGS, poolclass=NullPool)
    with pooled.connect() as conn:
        assert conn.execute(query).scalar() == 0
    edit_first_comparison_cell(raw)
    run_cli("ingest", "--full", "--raw", str(raw), "--warehouse", str(warehouse))
    with pooled.connect() as conn:  # the pool hands back the connection opened on the old build
        assert conn.execute(query).scalar() == 0
    with per_operation.connect() as conn:
        assert conn.execute(query).scalar() == 1
    pooled.dispose()  # what a long-lived pool needs after each build
    with pooled.connect() as conn:
        assert conn.execute(query).scalar() == 1
