"""Schema registry, the run history: warehouse/runs.parquet and the runs table of roles.duckdb.

Carried forward from the previous build at each publish; it is a log, so it is not part of the
byte-identical guarantee of the data tables.
"""
from __future__ import annotations

from pipeline.schema.marts import MARTS
from pipeline.schema.registry import BOOL, INT, STRING, TIMESTAMP, C, Table
from pipeline.schema.tables import TABLES

RUNS = Table(
    "runs", "ingest run that published a warehouse",
    "History of the runs that built this warehouse, oldest first, carried forward from build to build (an "
    "up-to-date re-run writes nothing and adds no row). Page counts compare the latest capture of each URL "
    "(or the path, for files without a URL) with the previous build.",
    (
        C("run_id", INT, "1 for the first recorded run, then +1.", False),
        C("started_at", TIMESTAMP, "When the run started (UTC).", False),
        C("ended_at", TIMESTAMP, "When its warehouse was ready to publish (UTC).", False),
        C("parser_version", STRING, "Parser version of the run.", False),
        C("full_rebuild", BOOL, "True when run with --full.", False),
        C("n_files", INT, "Raw files read.", False),
        C("n_pages", INT, "Distinct pages ingested.", False),
        C("pages_added", INT, "URLs (or paths without URL) whose latest capture is new since the previous build.", False),
        C("pages_changed", INT, "URLs whose latest capture has different content than in the previous build.", False),
        C("pages_removed", INT, "URLs (or paths) of the previous build that are gone.", False),
        C("n_incomplete", INT, "Pages marked incomplete.", False),
        C("n_errors", INT, "ingest_errors rows.", False),
    ) + tuple(
        C(f"rows_{t.name}", INT, f"Rows of {t.name} in this run's build; null for a run before the table existed.")
        for t in TABLES + MARTS
    ),
    key=("run_id",),
)
