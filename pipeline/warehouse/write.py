"""Warehouse stage: the final <table>.parquet files -> roles.duckdb (tables, views, comments, marts + marts/*.parquet)."""
from __future__ import annotations

import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Callable, TypeVar

import duckdb

from pipeline.schema import MARTS, TABLES
from pipeline.steps.phases import mark as _phase
from pipeline.warehouse.ddl import comment_sql, create_table_sql
from pipeline.warehouse.spill import ALLOCATOR, DB_MEMORY_LIMIT, sql_path, write_query

DB_NAME = "roles.duckdb"


def _no_step(n: int = 1) -> None:
    pass


def write_steps(tables=None) -> int:
    """How many times write_duckdb calls on_step (for a progress bar)."""
    return len(TABLES) + 2 + len(MARTS)


MAX_MEMORY_MB = 4096


def _mb(limit: str) -> int:
    return int(limit.removesuffix("MB"))


DB_MEMORY_LIMIT_MB = _mb(DB_MEMORY_LIMIT)
# Rows per row group of the mart files (marts/<name>.parquet): the writer holds one row group as Arrow before it is
# encoded, and the marts are written last in the process that built roles.duckdb, on top of DuckDB's memory; at
# 100,000 pages a group of 131,072 mart rows was the run's peak (+83 MiB). One fetch of rows (16,384) keeps the write below
# the build's own peak; the rows and their order are the same, the file has more row groups.
MART_GROUP_ROWS = 16_384
T = TypeVar("T")


def with_doubling_limit(attempt: Callable[[int], T]) -> T:
    """attempt(limit in MB) from DB_MEMORY_LIMIT; when DuckDB runs out of that limit, again with twice the
    limit, up to MAX_MEMORY_MB (what cannot spill and does not fit: a bigger run's views, marts, checks)."""
    limit = DB_MEMORY_LIMIT_MB
    while True:
        try:
            return attempt(limit)
        except duckdb.OutOfMemoryException:
            if limit * 2 > MAX_MEMORY_MB:
                raise
            limit *= 2


def _roomier(con, step: Callable[[], None]) -> None:
    """Run a step that replaces what it creates (views, marts) within the limit, rolled back and run again with
    twice the limit when it runs out (with_doubling_limit). The limit is set back afterwards: the next step
    starts from DB_MEMORY_LIMIT again (one view that needs more must not raise every later one's)."""
    raised = False

    def attempt(limit: int) -> None:
        nonlocal raised
        if limit != DB_MEMORY_LIMIT_MB:
            try:
                con.execute("rollback")
            except duckdb.Error:  # no transaction was open
                pass
            con.execute(f"set memory_limit = '{limit}MB'")
            raised = True
        step()

    try:
        with_doubling_limit(attempt)
    finally:
        if raised:
            con.execute(f"set memory_limit = '{DB_MEMORY_LIMIT}'")


def write_duckdb(tables: Mapping[str, Path], out_dir: Path, sql_dir: Path | None = None,
                 on_step: Callable[[int], None] = _no_step) -> Path:
    """Materialise every table from its Parquet file (no paths to resolve afterwards: the file is portable), the
    views from sql/views, then the marts from sql/marts, which are also written to marts/<name>.parquet.
    ``tables``: table name -> its final Parquet file. DuckDB runs with a memory limit (the rest spills to disk)
    and one thread: the views' distinct and ordered aggregates keep per-thread state in memory (at 20,000 pages
    they need under 128 MB with one thread and fail in 128 MB with two), and they take about 2 s in all. What
    cannot spill and does not fit (a bigger run) is retried with twice the limit (_roomier), up to 4 GB."""
    from pipeline.warehouse.marts import MARTS_DIR, create_mart, mart_files, mart_query
    from pipeline.warehouse.views import create_views

    path = out_dir / DB_NAME

    def connect() -> duckdb.DuckDBPyConnection:
        con = duckdb.connect(str(path), config={**ALLOCATOR, "default_block_size": "65536", "memory_limit": DB_MEMORY_LIMIT,
                                                "temp_directory": str(out_dir / ".duckdb_tmp"),
                                                "preserve_insertion_order": True, "threads": 1})
        con.execute("set TimeZone = 'UTC'")
        return con

    _phase("roles.duckdb: tables")
    con = connect()
    try:
        # One transaction per table, view and the marts: a commit per statement (hundreds of CREATE /
        # INSERT / COMMENT ON) was most of a small run's time, while one transaction for everything
        # kept every uncommitted row in memory at once. The file is new and private until published.
        for table in TABLES:
            con.execute("begin transaction")
            con.execute(create_table_sql(table))
            con.execute(f"insert into {table.name} select * from read_parquet({sql_path(tables[table.name])})")
            for stmt in comment_sql(table):
                con.execute(stmt)
            con.execute("commit")
            on_step(1)
        views = (lambda: create_views(con, materialize=True)) if sql_dir is None else \
            (lambda: create_views(con, sql_dir, materialize=True))
        _phase("roles.duckdb: views")
        _roomier(con, views)
        # a fresh connection for the marts: the views materialised in ranges leave DuckDB's memory held (100,000
        # pages: every mart then ran out of 128 MB and the marts ran again at 256 MB; alone each fits in 128 MB)
        con.close()
        _phase("roles.duckdb: marts")
        con = connect()
        on_step(1)

        # one transaction per mart: the rows of the marts made before are committed (out of the memory limit) while
        # the next one is computed, and a mart that needs more memory is the only one run again
        files = mart_files() if sql_dir is None else mart_files(sql_dir)
        for mart in MARTS:
            def one_mart(mart=mart) -> None:
                con.execute("begin transaction")
                create_mart(con, mart, files[mart.name])
                con.execute("commit")

            _roomier(con, one_mart)
        con.execute("checkpoint")
        on_step(1)
        marts_dir = out_dir / MARTS_DIR
        marts_dir.mkdir(exist_ok=True)
        _phase("roles.duckdb: mart files")
        for mart in MARTS:
            write_query(con, mart_query(mart), mart.arrow_schema, marts_dir / f"{mart.name}.parquet", MART_GROUP_ROWS)
            on_step(1)
    finally:
        con.close()
        shutil.rmtree(out_dir / ".duckdb_tmp", ignore_errors=True)
    return path
