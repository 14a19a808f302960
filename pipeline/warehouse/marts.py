"""Warehouse stage: BI marts — flat tables materialised from sql/marts/*.sql (selects over the views),
typed and commented from the schema registry, and written to marts/<name>.parquet."""
from __future__ import annotations

import re
from pathlib import Path

import pyarrow as pa

from pipeline.schema import MARTS, MARTS_BY_NAME, Table
from pipeline.warehouse.ddl import comment_sql, create_table_sql
from pipeline.warehouse.views import SQL_DIR

MARTS_DIR = "marts"
# First line of a mart file: "-- <name>: one row per ...; what it holds"
_TITLE_LINE = re.compile(r"^--\s*(?P<name>[a-z_][a-z0-9_]*)\s*:\s*\S")


def mart_files(sql_dir: Path = SQL_DIR) -> dict[str, Path]:
    """Mart name -> its SQL file; every registry mart has exactly one file and every file a registry mart."""
    files = {}
    for path in sorted((Path(sql_dir) / "marts").glob("*.sql")):
        first = path.read_text(encoding="utf-8").splitlines()[:1]
        match = _TITLE_LINE.match(first[0]) if first else None
        if match is None:
            raise ValueError(f"{path}: first line must be '-- <mart name>: one row per ...'")
        if match["name"] not in MARTS_BY_NAME:
            raise ValueError(f"{path}: mart {match['name']!r} is not declared in pipeline/schema/marts.py MARTS")
        if match["name"] in files:
            raise ValueError(f"{path}: mart {match['name']!r} is defined twice")
        files[match["name"]] = path
    missing = [m.name for m in MARTS if m.name not in files]
    if missing:
        raise ValueError(f"no sql/marts/*.sql file for the declared marts {missing}")
    return files


def create_marts(con, sql_dir: Path = SQL_DIR) -> None:
    """Create each mart with the registry's types and comments and fill it from its select (views must exist)."""
    files = mart_files(sql_dir)
    for mart in MARTS:
        create_mart(con, mart, files[mart.name])


def create_mart(con, mart: Table, path: Path) -> None:
    """One mart (replaced) from the select of its file ``path``, with the registry's types and comments."""
    select = path.read_text(encoding="utf-8").strip().rstrip(";")
    con.execute(f"drop table if exists {mart.name}")  # re-materialising replaces the rows
    con.execute(create_table_sql(mart))
    con.execute(f"insert into {mart.name} by name (\n{select}\n)")
    for stmt in comment_sql(mart):
        con.execute(stmt)


def order_clause(table: Table) -> str:
    """A total order for reading a table back: its key (nulls first), then every column."""
    rest = [c for c in table.column_names if c not in table.key]
    return "order by " + ", ".join(f"{c} nulls first" for c in list(table.key) + rest)


def mart_query(mart: Table) -> str:
    """The mart's rows in a fixed order (cast to its registry schema when written: same rows -> same bytes)."""
    return f"select * from {mart.name} {order_clause(mart)}"


def read_mart(con, mart: Table) -> pa.Table:
    """The mart's rows in a fixed order, cast to its registry schema (same rows -> same bytes)."""
    return con.execute(mart_query(mart)).to_arrow_table().cast(mart.arrow_schema)
