"""Warehouse stage: Arrow tables -> <table>.parquet (deterministic, zstd) + roles.duckdb (tables, views, comments)."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.schema import MARTS, TABLES
from pipeline.warehouse.ddl import comment_sql, create_table_sql

DB_NAME = "roles.duckdb"


def _no_step(n: int = 1) -> None:
    pass


def write_steps(tables: dict[str, pa.Table]) -> int:
    """How many times write_parquet + write_duckdb call on_step for these tables (for a progress bar)."""
    return len(tables) + len(TABLES) + 2 + len(MARTS)


def write_parquet(tables: dict[str, pa.Table], out_dir: Path, on_step: Callable[[int], None] = _no_step) -> None:
    for name, table in sorted(tables.items()):
        # Fixed writer settings and sorted rows: the same rows give byte-identical files.
        pq.write_table(table, out_dir / f"{name}.parquet", compression="zstd", compression_level=3,
                       use_dictionary=True, write_statistics=True, row_group_size=1_000_000)
        on_step(1)


def write_duckdb(tables: dict[str, pa.Table], out_dir: Path, sql_dir: Path | None = None,
                 on_step: Callable[[int], None] = _no_step) -> Path:
    """Materialise every table (no paths to resolve: the file is portable), the views from sql/views,
    then the marts from sql/marts, which are also written to marts/<name>.parquet."""
    from pipeline.warehouse.marts import MARTS_DIR, create_marts, read_mart
    from pipeline.warehouse.views import create_views

    path = out_dir / DB_NAME
    con = duckdb.connect(str(path), config={"default_block_size": "65536"})
    try:
        # One transaction per table, view and the marts: a commit per statement (hundreds of CREATE /
        # INSERT / COMMENT ON) was most of a small run's time, while one transaction for everything
        # kept every uncommitted row in memory at once. The file is new and private until published.
        for table in TABLES:
            con.execute("begin transaction")
            con.execute(create_table_sql(table))
            arrow = tables[table.name]
            con.register("_incoming", arrow)
            con.execute(f"insert into {table.name} select * from _incoming")
            con.unregister("_incoming")
            for stmt in comment_sql(table):
                con.execute(stmt)
            con.execute("commit")
            on_step(1)
        if sql_dir is None:
            create_views(con, materialize=True)
        else:
            create_views(con, sql_dir, materialize=True)
        on_step(1)
        con.execute("begin transaction")
        if sql_dir is None:
            create_marts(con)
        else:
            create_marts(con, sql_dir)
        con.execute("commit")
        con.execute("checkpoint")
        on_step(1)
        marts_dir = out_dir / MARTS_DIR
        marts_dir.mkdir(exist_ok=True)
        write_parquet({mart.name: read_mart(con, mart) for mart in MARTS}, marts_dir, on_step)
    finally:
        con.close()
    return path
