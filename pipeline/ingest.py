"""Ingest: raw/ -> parse (parallel, cached) -> normalize -> assemble -> checks -> atomic publish."""
from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import shutil
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from pipeline.cache import ParseCache
from pipeline.model import Issue
from pipeline.normalize.page import PageRows
from pipeline.process import process_content
from pipeline.sources import DEFAULT_MAX_BYTES, Provenance, discover, read_manifest, sha256_of
from pipeline.version import build_version, parser_version
from pipeline.warehouse import publish as pub
from pipeline.warehouse.assemble import SourceFile, TableBuilder
from pipeline.warehouse import checks as data_checks
from pipeline.warehouse.lake import write_lake
from pipeline.warehouse.links import format_link_rates, link_rates
from pipeline.warehouse.marts import MARTS_DIR
from pipeline.warehouse.runs import write_runs
from pipeline.warehouse.write import write_duckdb, write_parquet

RUN_LOG = "run.json"
_INLINE_BELOW = 16  # fewer pages than this are parsed in-process: a pool costs more than it saves


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
    scheduler: str | None = None  # tcp://HOST:8786: parse on a dask.distributed cluster (pipeline/distributed.py)


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


def _fingerprint(files: list[tuple[str, str | None, int]], manifest: dict[str, Provenance],
                 max_bytes: int) -> str:
    # build_version covers the whole package and sql/: any change of code, reference data or views rebuilds
    digest = hashlib.sha256(f"parser={parser_version()};build={build_version()};max_bytes={max_bytes}\n".encode())
    for path, sha, size in files:
        p = manifest.get(path)
        prov = (p.url, p.final_url, p.fetched_at.isoformat() if p.fetched_at else None, p.manifest_line) if p else None
        digest.update(json.dumps([path, sha, size, prov]).encode())
    return digest.hexdigest()


def _read_run_log(warehouse: Path) -> dict:
    try:
        return json.loads((warehouse / RUN_LOG).read_text())
    except (OSError, ValueError):
        return {}


def _hash_files(raw_dir: Path, paths: list[str], max_bytes: int) -> list[tuple[str, str | None, int, Issue | None]]:
    out = []
    for rel in paths:
        path = raw_dir / rel
        try:
            size = path.stat().st_size
            if size > max_bytes:
                out.append((rel, None, size, Issue(
                    "too_large", f"The file is {size:,} bytes, over the {max_bytes:,}-byte limit "
                    "(raise it with --max-bytes); it was not read.", None, "read")))
                continue
            out.append((rel, sha256_of(path.read_bytes()), size, None))
        except OSError as exc:
            out.append((rel, None, 0, Issue("unreadable_file", f"The file could not be read: {exc.strerror or exc}.",
                                            None, "read")))
    return out


def _work(path: str) -> tuple[str, PageRows]:
    data = Path(path).read_bytes()
    return sha256_of(data), process_content(data)


def _parse_all(todo: list[tuple[str, Path]], jobs: int):
    """Yield (sha, PageRows) for every (sha, path) in todo, in order, in parallel when worth it."""
    paths = [str(p) for _, p in todo]
    if jobs <= 1 or len(todo) < _INLINE_BELOW:
        results, pool = map(_work, paths), None
    else:
        ctx = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
        pool = ctx.Pool(jobs)
        results = pool.imap(_work, paths, chunksize=max(1, min(64, len(paths) // (jobs * 8) or 1)))
    try:
        yield from _checked(todo, results)
    finally:
        if pool is not None:
            pool.close()
            pool.join()


def _checked(todo, results):
    """Pair each wanted sha with its parse result; a file whose bytes changed since hashing is reported."""
    for (want, _), (sha, rows) in zip(todo, results):
        if sha != want:  # the file changed between hashing and parsing
            rows = PageRows(page_id=want[:16], page=None, issues=[Issue(
                "changed_during_ingest", "The file changed while it was being ingested; run ingest again.",
                None, "read")])
        yield want, rows


class _LocalRaw:
    """The raw captures in a local folder: the default, fast code path (no fsspec)."""

    def __init__(self, raw_dir: Path):
        self.raw_dir = raw_dir

    def discover(self):
        return discover(self.raw_dir)

    def read_manifest(self):
        return read_manifest(self.raw_dir)

    def hash_files(self, paths, max_bytes):
        return _hash_files(self.raw_dir, paths, max_bytes)

    def locate(self, rel):
        return self.raw_dir / rel

    def parse_all(self, todo, jobs):
        return _parse_all(todo, jobs)


def _elsewhere(opts: IngestOptions) -> bool:
    from pipeline.storage import is_url
    return bool(opts.scheduler) or any(is_url(p) for p in (opts.raw_dir, opts.warehouse_dir))


def _open_cache(opts: IngestOptions, warehouse: Path):
    from pipeline.storage import FsspecParseCache, is_url
    if opts.cache_dir and is_url(opts.cache_dir):  # scale hook: the cache on object storage
        return FsspecParseCache(str(opts.cache_dir), parser_version(), enabled=not opts.full)
    return ParseCache(Path(opts.cache_dir) if opts.cache_dir else default_cache_dir(warehouse),
                      parser_version(), enabled=not opts.full)


def _retry_with_context(builder: TableBuilder, unsplit: dict[str, PageRows],
                        suspects: dict[str, list[tuple[str, str, str]]], paths: dict[str, Path]) -> None:
    """Re-parse with the cells the other pages of the run know: the pages whose rows could not be split
    (kept if the retry solves more), and the complete pages whose last row ends the text when one of its
    cells is the strict start of a known cell (the retry finds the cut and replaces the page)."""
    if not unsplit and not suspects:
        return
    known = builder.known_cells()
    for sha, cells in sorted(suspects.items()):
        if any(_is_strict_prefix(value, known.get(role, {}).get(dim, ())) for role, dim, value in cells):
            retry = process_content(paths[sha].read_bytes(), known_cells=known)
            if retry.page is not None:
                builder.replace(sha, retry)
    for sha, first in sorted(unsplit.items()):
        retry = process_content(paths[sha].read_bytes(), known_cells=known)
        better = retry.page is not None and len(retry.issues) < len(first.issues)
        builder.add(sha, retry if better else first)


def _is_strict_prefix(value: str, others) -> bool:
    return any(len(other) > len(value) and other.startswith(value) for other in others)


def _last_row_cells(rows: PageRows) -> list[tuple[str, str, str]]:
    cells = rows.tables.get("dimensions", [])
    last_row = max(c["row_position"] for c in cells)
    return [(c["role_id"], c["dimension"], c["value"]) for c in cells if c["row_position"] == last_row]


class _NoProgress:
    def update(self, n):
        pass

    def close(self):
        pass


def ingest(opts: IngestOptions, raw=None) -> IngestSummary:
    """Build the warehouse from the raw folder. Raises WarehouseBusy, ChecksFailed, FileNotFoundError.

    ``raw``: captures read through fsspec (pipeline.storage.FsspecRaw); None reads the local raw folder."""
    if raw is None and _elsewhere(opts):  # scale hook: object storage and/or a Dask cluster
        from pipeline.storage import ingest_elsewhere
        return ingest_elsewhere(opts, ingest)
    started = time.time()
    started_at = datetime.now(timezone.utc)
    raw_dir, warehouse = (Path(opts.raw_dir) if raw is None else raw.url), Path(opts.warehouse_dir)
    if raw is None and not raw_dir.is_dir():
        raise FileNotFoundError(f"Raw folder {raw_dir} does not exist.")
    raw = raw or _LocalRaw(raw_dir)
    summary = IngestSummary(raw_dir=raw_dir, warehouse_dir=warehouse)
    with pub.writer_lock(warehouse):
        paths = raw.discover()
        manifest, manifest_problems = raw.read_manifest()
        hashed = raw.hash_files(paths, opts.max_bytes)
        summary.n_files = len(hashed)
        fingerprint = _fingerprint([(p, s, n) for p, s, n, _ in hashed], manifest, opts.max_bytes)

        previous = _read_run_log(warehouse)
        if not opts.full and previous.get("fingerprint") == fingerprint:
            summary.up_to_date = True
            _summary_from_log(summary, previous)
            return summary

        cache = _open_cache(opts, warehouse)
        cache.prune_other_versions()
        first_path: dict[str, Path] = {}
        for rel, sha, _, issue in hashed:
            if sha and sha not in first_path:
                first_path[sha] = raw.locate(rel)
        if hasattr(cache, "prefetch"):  # scale hook: object storage fetches cached rows in batches
            cache.prefetch(sorted(first_path))
        builder = TableBuilder()
        unsplit: dict[str, PageRows] = {}  # rows could not be split: retried last, with the others' cells
        suspects: dict[str, list] = {}  # complete, but the last row may be cut: only its cells are kept

        def take(sha: str, rows: PageRows) -> None:
            if rows.needs_context == "split":
                unsplit[sha] = rows
                return
            if rows.needs_context == "cut":
                suspects[sha] = _last_row_cells(rows)
            builder.add(sha, rows)

        todo = []
        for sha in sorted(first_path):
            cached = cache.get(sha)
            if cached is not None:
                take(sha, cached)
            else:
                todo.append((sha, first_path[sha]))
        progress = _NoProgress()
        if opts.progress and todo:
            from tqdm import tqdm
            progress = tqdm(total=len(todo), unit="page", desc="parsing", file=sys.stderr)
        try:
            for sha, rows in raw.parse_all(todo, opts.jobs or os.cpu_count() or 1):
                cache.put(sha, rows)
                take(sha, rows)
                progress.update(1)
        finally:
            progress.close()
        if hasattr(cache, "flush"):  # scale hook: object storage stores new rows in batches
            cache.flush()
        summary.parsed, summary.cache_hits = len(todo), cache.hits
        summary.cache_warning = cache.write_error
        _retry_with_context(builder, unsplit, suspects, first_path)

        sources = [SourceFile(rel, sha, manifest.get(rel, Provenance()), [issue] if issue else [])
                   for rel, sha, _, issue in hashed]
        if manifest_problems:
            sources.append(SourceFile("manifest.jsonl", None, Provenance(), [
                Issue("bad_manifest_row", msg, None, "read") for msg in manifest_problems]))
        tables = builder.finish(sources)

        build = None
        try:
            build = pub.new_build_dir(warehouse)
            write_parquet(tables, build)
            write_lake(tables, build)  # the partitioned copy of the fact tables + _tables.json
            db_path = write_duckdb(tables, build)
            _fill_counts(summary, tables)
            con = duckdb.connect(str(db_path), read_only=True)
            try:
                summary.link_rates = link_rates(con)
                check_results = data_checks.run_checks(con) if opts.run_checks else []
            finally:
                con.close()
            if opts.run_checks:
                failed = [r for r in check_results if r.n_failing]
                summary.checks_failed = any(r.severity == "error" for r in failed)
                summary.check_report = (data_checks.format_report(failed) if failed
                                        else f"  data checks: {len(check_results)} passed")
                if summary.checks_failed:
                    raise ChecksFailed(summary.format())
            summary.seconds = time.time() - started
            write_runs(build, pub.current_build(warehouse), tables, {**summary.rows, **_mart_counts(build)},
                       started_at=started_at,
                       ended_at=datetime.now(timezone.utc), parser_version=parser_version(),
                       full_rebuild=opts.full, n_files=summary.n_files)
            log = {
                "fingerprint": fingerprint, "parser_version": parser_version(), "raw_dir": str(raw_dir),
                "started_at": started_at.isoformat(), "finished_at": datetime.now(timezone.utc).isoformat(),
                "files": summary.n_files, "pages": summary.n_pages, "parsed": summary.parsed,
                "cache_hits": summary.cache_hits, "pages_by_kind": dict(summary.pages_by_kind),
                "rows": summary.rows, "incomplete": summary.n_incomplete, "errors": summary.errors,
                "link_rates": summary.link_rates,
            }
            (build / RUN_LOG).write_text(json.dumps(log, indent=2, sort_keys=True, default=str) + "\n")
            pub.publish(build, warehouse)
        except (OSError, duckdb.Error) as exc:  # disk full, no permission: one clear line, not a traceback
            if build is not None and pub.current_build(warehouse) != build.resolve():
                shutil.rmtree(build, ignore_errors=True)  # the previous warehouse stays as it was
            raise _write_failed(exc, warehouse) from exc
        except BaseException:
            if build is not None and pub.current_build(warehouse) != build.resolve():
                shutil.rmtree(build, ignore_errors=True)
            raise
        summary.published = True
    return summary


def _fill_counts(summary: IngestSummary, tables) -> None:
    pages = tables["pages"].to_pylist()
    summary.n_pages = len(pages)
    summary.pages_by_kind = Counter(f"{p['page_type']}/{p['layout']}" for p in pages)
    summary.n_incomplete = sum(not p["complete"] for p in pages)
    summary.rows = {name: t.num_rows for name, t in tables.items()}
    summary.errors = tables["ingest_errors"].to_pylist()


def _mart_counts(build: Path) -> dict[str, int]:
    import pyarrow.parquet as pq

    from pipeline.schema import MARTS
    return {m.name: pq.read_metadata(build / MARTS_DIR / f"{m.name}.parquet").num_rows for m in MARTS}


def _summary_from_log(summary: IngestSummary, log: dict) -> None:
    summary.n_pages = log.get("pages", 0)
    summary.pages_by_kind = Counter(log.get("pages_by_kind", {}))
    summary.rows = log.get("rows", {})
    summary.n_incomplete = log.get("incomplete", 0)
    summary.errors = log.get("errors", [])
    summary.link_rates = log.get("link_rates", {})
