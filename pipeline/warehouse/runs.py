"""Warehouse stage: the run history (runs.parquet + the runs table), carried forward from build to build.

It is a log: its times differ on every run, so it is outside the byte-identical guarantee of the data
tables and marts.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.schema import MARTS, RUNS, TABLES
from pipeline.warehouse.ddl import comment_sql, create_table_sql
from pipeline.warehouse.spill import sql_path

RUNS_FILE = "runs.parquet"


def _latest_pages(page_sources: pa.Table) -> dict[str, str]:
    """URL (or 'path:<source_path>' when unknown) -> page_id of its latest ingested capture."""
    out = {}
    for row in page_sources.select(["source_path", "page_id", "url", "is_latest"]).to_pylist():
        if row["is_latest"] and row["page_id"] is not None:
            out[row["url"] or f"path:{row['source_path']}"] = row["page_id"]
    return out


def _previous(previous_build: Path | None, name: str) -> pa.Table | None:
    path = previous_build / name if previous_build else None
    if path is None or not path.exists():
        return None
    try:  # ParquetFile, not pq.read_table: that imports pyarrow.dataset (and with it pandas)
        return pq.ParquetFile(path).read()
    except (OSError, pa.ArrowException):
        return None  # an unreadable old log must not stop a build; the history restarts


def _columns(tables, name: str, columns: list[str]) -> pa.Table:
    """Some columns of a table: from its file (pipeline.warehouse.assemble.BuiltTables) or an in-memory table."""
    if hasattr(tables, "read"):
        return tables.read(name, columns)
    return tables[name].select(columns)


def run_row(tables, row_counts: dict[str, int], previous_build: Path | None, *, run_id: int, started_at: datetime,
            ended_at: datetime, parser_version: str, full_rebuild: bool, n_files: int) -> dict:
    now = _latest_pages(_columns(tables, "page_sources", ["source_path", "page_id", "url", "is_latest"]))
    old_sources = _previous(previous_build, "page_sources.parquet")
    before = _latest_pages(old_sources) if old_sources is not None else {}
    complete = _columns(tables, "pages", ["complete"]).column("complete")
    row = {
        "run_id": run_id, "started_at": started_at, "ended_at": ended_at, "parser_version": parser_version,
        "full_rebuild": full_rebuild, "n_files": n_files, "n_pages": len(complete),
        "pages_added": sum(key not in before for key in now),
        "pages_changed": sum(key in before and before[key] != page for key, page in now.items()),
        "pages_removed": sum(key not in now for key in before),
        "n_incomplete": sum(not c for c in complete.to_pylist()),
        "n_errors": _columns(tables, "ingest_errors", ["source_path"]).num_rows,
    }
    for table in TABLES + MARTS:
        row[f"rows_{table.name}"] = row_counts.get(table.name)
    return row


def write_runs(build: Path, previous_build: Path | None, tables, row_counts: dict[str, int],
               **run) -> pa.Table:
    """Append this run to the previous build's history; write runs.parquet and the runs table of roles.duckdb."""
    old = _previous(previous_build, RUNS_FILE)
    history = []
    if old is not None:
        names = set(RUNS.column_names)
        history = [{k: v for k, v in r.items() if k in names} for r in old.to_pylist()]
    run_id = max((r.get("run_id") or 0 for r in history), default=0) + 1
    history.append(run_row(tables, row_counts, previous_build, run_id=run_id, **run))
    runs = pa.Table.from_pylist(history, schema=RUNS.arrow_schema)
    pq.write_table(runs, build / RUNS_FILE, compression="zstd", compression_level=3)
    con = duckdb.connect(str(build / "roles.duckdb"))
    try:
        con.execute(create_table_sql(RUNS))
        # from the file just written, not ``con.register`` of the Arrow table: that imports pyarrow.dataset and
        # pandas (~0.5 s of CPU at the end of every run)
        con.execute(f"insert into {RUNS.name} select * from read_parquet({sql_path(build / RUNS_FILE)})")
        for stmt in comment_sql(RUNS):
            con.execute(stmt)
        con.execute("checkpoint")
    finally:
        con.close()
    return runs
