"""Warehouse stage: export every table, mart and the run history as Parquet or CSV for BI tools.

Layout of the output folder (mirrors warehouse/):
    <table>.parquet|csv         the base tables
    marts/<mart>.parquet|csv    the flat marts
    runs.parquet|csv            the run history
Parquet files are copies of the warehouse's (byte-identical). CSV: UTF-8, a header line, RFC 4180
quoting, timestamps in UTC ('2026-01-02 03:04:05+00'), a list column written as a JSON array.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb

from pipeline.schema import MARTS, RUNS, STRING_LIST, TABLES, Table
from pipeline.warehouse.marts import MARTS_DIR
from pipeline.warehouse.runs import RUNS_FILE

FORMATS = ("parquet", "csv")


def exportable() -> dict[str, tuple[Table, str]]:
    """Name -> (registry entry, path relative to the warehouse without extension)."""
    out = {t.name: (t, t.name) for t in TABLES}
    out.update({m.name: (m, f"{MARTS_DIR}/{m.name}") for m in MARTS})
    out[RUNS.name] = (RUNS, RUNS_FILE.removesuffix(".parquet"))
    return out


def export_warehouse(warehouse: Path, out_dir: Path, fmt: str = "parquet",
                     names: list[str] | None = None) -> list[Path]:
    """Write the chosen tables (default: all) of the published warehouse into out_dir; returns the files."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    known = exportable()
    unknown = sorted(set(names or ()) - set(known))
    if unknown:
        raise ValueError(f"unknown table(s) {', '.join(unknown)}; known: {', '.join(known)}")
    if not (warehouse / "roles.duckdb").exists():
        raise FileNotFoundError(f"{warehouse} holds no warehouse; run `make ingest` first.")
    build = warehouse.resolve()  # one build throughout, even if an ingest swaps the link meanwhile
    written = []
    con = duckdb.connect()
    try:
        con.execute("set threads = 1")  # rows keep their file order
        con.execute("set TimeZone = 'UTC'")
        for name in (names or list(known)):
            table, rel = known[name]
            source = build / f"{rel}.parquet"
            if not source.exists():  # e.g. runs.parquet of a warehouse built before it existed
                continue
            target = out_dir / f"{rel}.{fmt}"
            target.parent.mkdir(parents=True, exist_ok=True)
            if fmt == "parquet":
                shutil.copyfile(source, target)
            else:
                columns = ", ".join(
                    f"to_json({c.name})::varchar as {c.name}" if c.type == STRING_LIST else c.name
                    for c in table.columns)
                con.execute(f"copy (select {columns} from read_parquet(?)) to '{_sql_path(target)}' "
                            "(format csv, header true)", [str(source)])
            written.append(target)
    finally:
        con.close()
    return written


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")
