"""Warehouse stage: DuckDB DDL and COMMENT ON statements generated from the schema registry."""
from __future__ import annotations

from pipeline.schema import TABLES, Table


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def create_table_sql(table: Table) -> str:
    cols = ",\n  ".join(
        f"{c.name} {c.duckdb_type}{'' if c.nullable else ' NOT NULL'}" for c in table.columns
    )
    return f"create table {table.name} (\n  {cols}\n);"


def comment_sql(table: Table) -> list[str]:
    out = [f"comment on table {table.name} is {_quote(f'One row per {table.grain}. {table.description}')};"]
    out += [f"comment on column {table.name}.{c.name} is {_quote(c.description)};" for c in table.columns]
    return out


def create_all_tables(con) -> None:
    """Create every registry table (empty) with its comments in a DuckDB connection."""
    for table in TABLES:
        con.execute(create_table_sql(table))
        for stmt in comment_sql(table):
            con.execute(stmt)
