"""Ingest: the run, as its named steps (pipeline/steps/): discover -> hash/skip -> parse (parallel, cached)
-> cross-page second pass -> assemble -> write -> checks -> atomic publish."""
from __future__ import annotations

import os
import shutil
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from typing import TYPE_CHECKING

# Only light modules here: an unchanged re-run stops after hashing and must not pay for importing
# duckdb, pyarrow or the parsers (the build imports them in _build, once it knows there is work).
from pipeline import progress
from pipeline.raw import DEFAULT_MAX_BYTES
from pipeline.steps.inventory import (
    discover_raw, fingerprint, hash_files, read_file_index, read_run_log, write_file_index,
)
from pipeline.version import parser_version
from pipeline.warehouse import publish as pub
from pipeline.warehouse.links import format_link_rates

if TYPE_CHECKING:
    from pipeline.normalize.page import PageRows


@dataclass
class IngestOptions:
    raw_dir: Path = Path("raw")
    warehouse_dir: Path = Path("warehouse")
    jobs: int | None = None
    full: bool = False  # ignore the parse cache and rebuild even when nothing changed
    max_bytes: int = DEFAULT_MAX_BYTES
    cache_dir: Path | None = None  # default: default_cache_dir(warehouse_dir)
    progress: bool = False
    run_checks: bool = True


@dataclass
class IngestSummary:
    raw_dir: Path
    warehouse_dir: Path
    n_files: int = 0
    n_pages: int = 0
    pages_by_kind: Counter = field(default_factory=Counter)
    rows: dict[str, int] = field(default_factory=dict)
    n_incomplete: int = 0
    errors: list[dict] = field(default_factory=list)
    parsed: int = 0
    cache_hits: int = 0
    up_to_date: bool = False
    published: bool = False
    check_report: str = ""
    link_rates: dict = field(default_factory=dict)  # see pipeline.warehouse.links.link_rates
    cache_warning: str | None = None  # the parse cache could not be written (the run went on without it)
    checks_failed: bool = False
    seconds: float = 0.0

    @property
    def quarantined(self) -> bool:
        return bool(self.errors)

    def format(self) -> str:
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(self.pages_by_kind.items())) or "none"
        rows = ", ".join(f"{t} {n}" for t, n in self.rows.items())
        files_with_errors = len({e["source_path"] for e in self.errors})
        lines = []
        if self.up_to_date:
            lines.append(f"{self.warehouse_dir} is up to date with {self.raw_dir} "
                         f"({self.n_files} files, parser {parser_version()}): nothing parsed, nothing written.")
        elif self.published:
            lines.append(f"Built {self.warehouse_dir} from {self.raw_dir} in {self.seconds:.1f}s.")
        else:
            lines.append(f"Warehouse NOT published: the previous {self.warehouse_dir} is unchanged.")
        lines += [
            f"  files: {self.n_files} ({self.n_pages} distinct pages ingested; "
            f"parsed {self.parsed}, from cache {self.cache_hits})",
            f"  pages by type/layout: {kinds}",
            f"  rows per table: {rows}",
            f"  pages incomplete: {self.n_incomplete}",
            *([format_link_rates(self.link_rates)] if self.link_rates else []),
            *([f"  parse cache not written: {self.cache_warning}"] if self.cache_warning else []),
            f"  errors: {len(self.errors)} in {files_with_errors} files (table ingest_errors)",
        ]
        for e in self.errors[:10]:
            where = f"{e['source_path']}" + (f":{e['line']}" if e.get("line") else "")
            lines.append(f"    - {where} [{e['error_kind']}] {e['message']}")
        if len(self.errors) > 10:
            lines.append(f"    ... {len(self.errors) - 10} more: select * from ingest_errors")
        if self.check_report:
            lines.append(self.check_report)
        return "\n".join(lines)


class ChecksFailed(RuntimeError):
    pass


class WriteFailed(RuntimeError):
    """The new warehouse could not be written (disk full, no permission); the previous one is intact."""


def _write_failed(exc: BaseException, warehouse: Path) -> WriteFailed:
    text = str(exc)
    errno_ = getattr(exc, "errno", None)
    if errno_ == 28 or "No space left" in text or "disk is full" in text.lower():
        reason = "the disk is full (No space left on device)"
    elif errno_ == 122 or "quota" in text.lower():
        reason = "the disk quota is exceeded"
    else:
        reason = getattr(exc, "strerror", None) or (text.splitlines()[0] if text else type(exc).__name__)
    return WriteFailed(f"could not write the new warehouse beside {warehouse}: {reason}; "
                       "the previous warehouse was kept. Free some space (or choose --warehouse elsewhere) "
                       "and run again.")


def default_cache_dir(warehouse: Path) -> Path:
    """The parse cache's own folder beside the warehouse: `.<name>.cache` (like `.<name>.builds`), never a
    shared folder such as ~/.cache when the warehouse sits in the home folder."""
    warehouse = Path(warehouse)
    return warehouse.parent / f".{warehouse.name}.cache"




def ingest(opts: IngestOptions) -> IngestSummary:
    """Build the warehouse from the raw folder. Raises WarehouseBusy, ChecksFailed, FileNotFoundError."""
    started = time.time()
    started_at = datetime.now(timezone.utc)
    raw_dir, warehouse = Path(opts.raw_dir), Path(opts.warehouse_dir)
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"Raw folder {raw_dir} does not exist.")
    summary = IngestSummary(raw_dir=raw_dir, warehouse_dir=warehouse)
    with pub.writer_lock(warehouse):
        raw = discover_raw(raw_dir)
        progress.detail(f"{raw_dir}: {len(raw.paths)} files, {len(raw.manifest)} manifest entries")
        cache_root = Path(opts.cache_dir) if opts.cache_dir else default_cache_dir(warehouse)
        # files whose size and mtime are unchanged since they were last hashed are not read again
        known = {} if opts.full else read_file_index(cache_root)
        with progress.Stage("reading", len(raw.paths), "file", enabled=opts.progress) as stage:
            files = hash_files(raw_dir, raw.paths, opts.max_bytes, on_file=stage.update, known=known)
        write_file_index(cache_root, files, unless_equal_to=known)
        summary.n_files = len(files)
        run_fingerprint = fingerprint(files, raw.manifest, opts.max_bytes)
        previous = read_run_log(warehouse)
        if not opts.full and previous.get("fingerprint") == run_fingerprint:
            summary.up_to_date = True
            _summary_from_log(summary, previous)
            return summary
        _build(opts, summary, raw, files, cache_root, run_fingerprint, started, started_at)
    return summary


def _build(opts: IngestOptions, summary: IngestSummary, raw, files, cache_root: Path, run_fingerprint: str,
           started: float, started_at: datetime) -> None:
    """Steps 3-8 (under the writer lock): parse, second pass, assemble, write, checks, publish."""
    import duckdb

    from pipeline.cache import ParseCache
    from pipeline.steps.build import assemble_tables, check_build, publish_build, write_build
    from pipeline.steps.cross_page import KnownCellsIndex, PagesToRetry, second_pass
    from pipeline.steps.inventory import first_paths
    from pipeline.steps.parse_pages import parse_contents, split_cached
    from pipeline.warehouse import checks as data_checks
    from pipeline.warehouse.assemble import TableBuilder
    from pipeline.warehouse.write import write_steps

    raw_dir, warehouse = Path(opts.raw_dir), Path(opts.warehouse_dir)
    contents = first_paths(raw_dir, files)
    builder, known, held = TableBuilder(), KnownCellsIndex(), PagesToRetry()

    def take(sha: str, rows: PageRows) -> None:
        if not held.hold(sha, rows):
            builder.add(sha, rows)
            known.add(rows)

    cache = ParseCache(cache_root, parser_version(), enabled=not opts.full)
    cache.prune_other_versions()
    cached, todo = split_cached(contents, cache)
    for sha, rows in cached:
        take(sha, rows)
    progress.detail(f"parse cache: {len(cached)} of {len(contents)} distinct pages cached")
    with progress.Stage("parsing", len(todo), "page", enabled=opts.progress and bool(todo)) as stage:
        for sha, rows in parse_contents(todo, opts.jobs or os.cpu_count() or 1):
            cache.put(sha, rows)
            take(sha, rows)
            stage.update(1)
            progress.detail(f"parsed {contents[sha]}: {len(rows.issues)} issue(s)")
    summary.parsed, summary.cache_hits = len(todo), cache.hits
    summary.cache_warning = cache.write_error

    retried = second_pass(known.snapshot(), held, lambda sha: contents[sha].read_bytes())
    for sha, rows in retried.replace.items():
        builder.replace(sha, rows)
    for sha, rows in retried.add.items():
        builder.add(sha, rows)
    tables = assemble_tables(builder, files, raw.manifest, raw.manifest_problems)

    build = None
    try:
        build = pub.new_build_dir(warehouse)
        with progress.Stage("writing", write_steps(tables), "step", enabled=opts.progress) as stage:
            db_path = write_build(tables, build, on_step=stage.update)
        _fill_counts(summary, tables)
        with progress.Stage("checks", len(data_checks.all_checks()) if opts.run_checks else 0, "check",
                            enabled=opts.progress and opts.run_checks) as stage:
            checks = check_build(db_path, opts.run_checks, on_check=stage.update)
        summary.link_rates = checks.link_rates
        if opts.run_checks:
            summary.checks_failed = checks.blocking
            summary.check_report = checks.report()
            if summary.checks_failed:
                raise ChecksFailed(summary.format())
        summary.seconds = time.time() - started
        log = {
            "fingerprint": run_fingerprint, "parser_version": parser_version(), "raw_dir": str(raw_dir),
            "started_at": started_at.isoformat(),
            "files": summary.n_files, "pages": summary.n_pages, "parsed": summary.parsed,
            "cache_hits": summary.cache_hits, "pages_by_kind": dict(summary.pages_by_kind),
            "rows": summary.rows, "incomplete": summary.n_incomplete, "errors": summary.errors,
            "link_rates": summary.link_rates,
        }
        publish_build(build, warehouse, tables, log, started_at=started_at, parser_version=parser_version(),
                      full_rebuild=opts.full, n_files=summary.n_files)
    except (OSError, duckdb.Error) as exc:  # disk full, no permission: one clear line, not a traceback
        if build is not None and pub.current_build(warehouse) != build.resolve():
            shutil.rmtree(build, ignore_errors=True)  # the previous warehouse stays as it was
        raise _write_failed(exc, warehouse) from exc
    except BaseException:
        if build is not None and pub.current_build(warehouse) != build.resolve():
            shutil.rmtree(build, ignore_errors=True)
        raise
    summary.published = True


def _fill_counts(summary: IngestSummary, tables) -> None:
    pages = tables["pages"].to_pylist()
    summary.n_pages = len(pages)
    summary.pages_by_kind = Counter(f"{p['page_type']}/{p['layout']}" for p in pages)
    summary.n_incomplete = sum(not p["complete"] for p in pages)
    summary.rows = {name: t.num_rows for name, t in tables.items()}
    summary.errors = tables["ingest_errors"].to_pylist()


def _summary_from_log(summary: IngestSummary, log: dict) -> None:
    summary.n_pages = log.get("pages", 0)
    summary.pages_by_kind = Counter(log.get("pages_by_kind", {}))
    summary.rows = log.get("rows", {})
    summary.n_incomplete = log.get("incomplete", 0)
    summary.errors = log.get("errors", [])
    summary.link_rates = log.get("link_rates", {})
