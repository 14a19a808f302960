"""Ingest steps 5-8, assemble -> write -> checks -> publish: the tables of the run, a new build folder beside
the published warehouse, the data checks on it, and the atomic swap."""
from __future__ import annotations

from collections.abc import Callable

import json
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from pipeline.model import Issue
from pipeline.raw import MANIFEST_NAME, Provenance
from pipeline.steps.inventory import RUN_LOG, HashedFile
from pipeline.warehouse import checks as data_checks
from pipeline.warehouse import publish as pub
from pipeline.warehouse.assemble import BuiltTables, SourceFile, TableBuilder
from pipeline.warehouse.links import link_rates
from pipeline.warehouse.marts import MARTS_DIR
from pipeline.warehouse.runs import write_runs
from pipeline.warehouse.spill import ALLOCATOR
from pipeline.warehouse.write import with_doubling_limit, write_duckdb


def sources_of(files: list[HashedFile], manifest: dict[str, Provenance],
               manifest_problems: list[str]) -> list[SourceFile]:
    """The run's raw files (with their own issues, and the manifest's) as the builder takes them."""
    sources = [SourceFile(f.path, f.sha256, manifest.get(f.path, Provenance()), [f.issue] if f.issue else [])
               for f in files]
    if manifest_problems:
        sources.append(SourceFile(MANIFEST_NAME, None, Provenance(), [
            Issue("bad_manifest_row", msg, None, "read") for msg in manifest_problems]))
    return sources


def assemble_tables(builder: TableBuilder, files: list[HashedFile], manifest: dict[str, Provenance],
                    manifest_problems: list[str], out_dir: Path | None = None) -> BuiltTables:
    """Every warehouse table, from the pages added to builder and the raw files (with their own issues), written
    sorted to out_dir/<table>.parquet (the build folder; None: a folder of the builder's own)."""
    return builder.finish(sources_of(files, manifest, manifest_problems), out_dir)


def write_build(tables: BuiltTables, build: Path, on_step: Callable[[int], None] | None = None) -> Path:
    """roles.duckdb (tables, views, marts) and marts/*.parquet into the build folder, from the tables' Parquet
    files (copied in first when they were written elsewhere); returns the database path.
    on_step(1) is called per written step (see write_steps: progress)."""
    step = on_step or (lambda n: None)
    files = {}
    for name in tables:
        files[name] = Path(build) / f"{name}.parquet"
        if tables.path(name).resolve() != files[name].resolve():
            shutil.copyfile(tables.path(name), files[name])
    return write_duckdb(files, build, on_step=step)


@dataclass
class CheckOutcome:
    link_rates: dict
    results: list = field(default_factory=list)  # data_checks.CheckResult, empty when checks are off

    @property
    def failed(self) -> list:
        return [r for r in self.results if r.n_failing]

    @property
    def blocking(self) -> bool:
        """An error check failed: the build must not be published."""
        return any(r.severity == "error" for r in self.failed)

    def report(self) -> str:
        return (data_checks.format_report(self.failed) if self.failed
                else f"  data checks: {len(self.results)} passed")


def check_build(db_path: Path, run_checks: bool = True, on_check: Callable[[int], None] | None = None) -> CheckOutcome:
    """Role-link rates and (unless run_checks is off) the data checks, on the new build's database.
    on_check(1) is called per check run (progress)."""
    # DuckDB's default is 80% of the machine's memory: the checks get the build's limit (temp files beside
    # the database), doubled for a run where some check does not fit, as the views and marts
    temp = Path(db_path).parent / ".checks_tmp"

    def attempt(limit: int) -> CheckOutcome:
        con = duckdb.connect(str(db_path), read_only=True, config={
            **ALLOCATOR, "memory_limit": f"{limit}MB", "threads": 1, "temp_directory": str(temp)})
        try:
            return CheckOutcome(link_rates(con), data_checks.run_checks(con, on_check=on_check) if run_checks else [])
        finally:
            con.close()
            shutil.rmtree(temp, ignore_errors=True)

    return with_doubling_limit(attempt)


def mart_counts(build: Path) -> dict[str, int]:
    import pyarrow.parquet as pq

    from pipeline.schema import MARTS
    return {m.name: pq.read_metadata(build / MARTS_DIR / f"{m.name}.parquet").num_rows for m in MARTS}


def publish_build(build: Path, warehouse: Path, tables: BuiltTables, log: dict, *,
                  started_at: datetime, parser_version: str, full_rebuild: bool, n_files: int) -> None:
    """Add the run history and the run log to the build, then swap it in as the warehouse (atomic)."""
    write_runs(build, pub.current_build(warehouse), tables, {**log["rows"], **mart_counts(build)},
               started_at=started_at, ended_at=datetime.now(timezone.utc), parser_version=parser_version,
               full_rebuild=full_rebuild, n_files=n_files)
    log = {**log, "finished_at": datetime.now(timezone.utc).isoformat()}
    (build / RUN_LOG).write_text(json.dumps(log, indent=2, sort_keys=True, default=str) + "\n")
    pub.publish(build, warehouse)
