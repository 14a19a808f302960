"""Ingest: the run, as its named steps (pipeline/steps/): discover -> hash/skip -> parse (parallel, cached)
-> cross-page second pass -> assemble -> write -> checks -> atomic publish."""
from __future__ import annotations

import os
import pickle
from array import array
import shutil
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import partial
from pathlib import Path

from typing import TYPE_CHECKING

# Only light modules here: an unchanged re-run stops after hashing and must not pay for importing
# duckdb, pyarrow or the parsers (ingest imports them once it knows there is a build to do).
from pipeline import progress
from pipeline.raw import DEFAULT_MAX_BYTES
from pipeline.steps.phases import mark as _phase
from pipeline.steps.stage import can_spawn, run_in_child
from pipeline.steps.inventory import (Contents, HashedFile, RawInventory, discover_raw, first_paths, fingerprint,
                                      hash_files, read_file_index, read_run_log, write_file_index)
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


class _LocalRaw:
    """The raw captures in a local folder: the default, fast code path (no fsspec). pipeline.storage.FsspecRaw
    answers the same four questions for captures on object storage or read by a Dask cluster."""

    def __init__(self, raw_dir: Path):
        self.raw_dir = raw_dir
        self.workers = None  # the parse pool, started early (start_workers); None: parse_contents forks its own

    def inventory(self) -> RawInventory:
        return discover_raw(self.raw_dir)

    def hash_files(self, paths: list[str], max_bytes: int, on_file=None, known=None) -> list[HashedFile]:
        return hash_files(self.raw_dir, paths, max_bytes, on_file=on_file, known=known)

    def locate(self, rel: str) -> str:
        # a str, not a Path: one per page to parse, and a Path object weighs about three times more
        return os.path.join(self.raw_dir, rel)

    def parse_all(self, todo: list[tuple[str, str]], jobs: int):
        from pipeline.steps.parse_pages import parse_contents
        return parse_contents(todo, jobs, workers=self.workers)


def _is_url(path) -> bool:
    from pipeline.storage import is_url
    return is_url(path)


def _elsewhere(opts: IngestOptions) -> bool:
    from pipeline.storage import is_url
    return bool(opts.scheduler) or any(is_url(p) for p in (opts.raw_dir, opts.warehouse_dir))


def _open_cache(opts: IngestOptions, warehouse: Path, version: str):
    """The parse cache of this parser ``version`` (the run's, computed once by the process that fingerprints it)."""
    from pipeline.cache import ParseCache
    from pipeline.storage import FsspecParseCache, is_url
    if opts.cache_dir and is_url(opts.cache_dir):  # scale hook: the cache on object storage
        return FsspecParseCache(str(opts.cache_dir), version, enabled=not opts.full)
    return ParseCache(Path(opts.cache_dir) if opts.cache_dir else default_cache_dir(warehouse),
                      version, enabled=not opts.full)


def ingest(opts: IngestOptions, raw=None) -> IngestSummary:
    """Build the warehouse from the raw folder. Raises WarehouseBusy, ChecksFailed, WriteFailed, StageFailed,
    FileNotFoundError.

    ``raw``: captures read through fsspec (pipeline.storage.FsspecRaw); None reads the local raw folder."""
    if raw is None and _elsewhere(opts):  # scale hook: object storage and/or a Dask cluster
        from pipeline.storage import ingest_elsewhere
        return ingest_elsewhere(opts, ingest)
    started = time.time()
    started_at = datetime.now(timezone.utc)
    raw_dir, warehouse = (Path(opts.raw_dir) if raw is None else raw.url), Path(opts.warehouse_dir)
    if raw is None and not raw_dir.is_dir():
        raise FileNotFoundError(f"Raw folder {raw_dir} does not exist.")
    jobs = opts.jobs or os.cpu_count() or 1
    if raw is None:
        raw = _LocalRaw(raw_dir)
    try:
        return _ingest(opts, raw, raw_dir, warehouse, jobs, started, started_at)
    finally:
        if getattr(raw, "workers", None) is not None:
            raw.workers.terminate()  # idle or done by now (a finished parse closed it); never left behind
            raw.workers.join()


def start_workers(jobs: int):
    """The parse workers, forked now, while this process is small (light imports only): a worker forked later
    starts with a copy of everything the process holds by then (every file's path, hash and provenance, DuckDB,
    Arrow), counted again in each worker's RSS (~200 MiB a worker at 100,000 pages). They import the parsers
    with their first page. The parse stage starts them first thing (``_parse_stage``). None for one job (pages
    are parsed in this process)."""
    if jobs <= 1 or not hasattr(os, "fork"):
        return None
    from pipeline.steps.workers import worker_pool
    return worker_pool(jobs)


# Parse and assemble run in child interpreters from this many distinct contents on (auto): below it, the memory they
# leave is small (2,000 pages: 283 MiB in one process, 301 staged; 10,000: 355 and 333) and the two more interpreters
# importing DuckDB and Arrow cost ~1.3 s of CPU (most of a small run's; +12% for 6,000 HTML pages).
# PIPELINE_STAGES=child or =inline decides for every run (tests, debugging).
STAGE_MIN_CONTENTS = 10_000
STAGES_ENV = "PIPELINE_STAGES"


def _in_child_stages(n_contents: int) -> bool:
    choice = os.environ.get(STAGES_ENV, "auto").strip().lower()
    if choice in ("child", "inline"):
        return choice == "child"
    return n_contents >= STAGE_MIN_CONTENTS


# The parse stage's input and result files, inside the build folder while the stage runs.
_STAGE_INPUT, _STAGE_SOURCES, _STAGE_RESULT = ".parse_stage.in", ".parse_stage.files", ".parse_stage.out"


def _ingest(opts: IngestOptions, raw, raw_dir: Path, warehouse: Path, jobs: int, started: float,
            started_at: datetime) -> IngestSummary:
    summary = IngestSummary(raw_dir=raw_dir, warehouse_dir=warehouse)
    with pub.writer_lock(warehouse):
        _phase("inventory and hash")
        inventory = raw.inventory()
        progress.detail(f"{raw_dir}: {len(inventory.paths)} files, {len(inventory.manifest)} manifest entries")
        # a local folder: files whose size and mtime are unchanged since they were last hashed are not read
        index_dir = (Path(opts.cache_dir) if opts.cache_dir else default_cache_dir(warehouse)) \
            if isinstance(raw, _LocalRaw) and not (opts.cache_dir and _is_url(opts.cache_dir)) else None
        known = read_file_index(index_dir) if index_dir is not None and not opts.full else {}
        with progress.Stage("reading", len(inventory.paths), "file", enabled=opts.progress) as stage:
            if index_dir is not None:
                files = raw.hash_files(inventory.paths, opts.max_bytes, on_file=stage.update, known=known)
            else:
                files = raw.hash_files(inventory.paths, opts.max_bytes, on_file=stage.update)
        if index_dir is not None:
            write_file_index(index_dir, files, unless_equal_to=known)
        del known  # the previous index: as big as `files`, and not needed from here on
        summary.n_files = len(files)
        run_fingerprint = fingerprint(files, inventory.manifest, opts.max_bytes)
        previous = read_run_log(warehouse)
        if not opts.full and previous.get("fingerprint") == run_fingerprint:
            summary.up_to_date = True
            _summary_from_log(summary, previous)
            return summary

        build = None
        try:
            # The build folder exists from the start: rows are spilled inside it as pages are parsed.
            build = pub.new_build_dir(warehouse)
            # sha -> the first file holding it (each distinct content is parsed once); the run's files
            contents = first_paths(files)
            sources = (files, inventory.manifest, inventory.manifest_problems)
            staged = isinstance(raw, _LocalRaw) and can_spawn() and _in_child_stages(len(contents))
            if staged:
                # The parse stage in a child process (a fresh interpreter): the heap it leaves (about 1 KiB a
                # page) goes with it, and this process imports duckdb and pyarrow only once it has exited. Its
                # input goes through files, so this process holds none of it while the child runs. The child reads
                # the contents to parse at once, the run's files only after the parse (to spill them).
                _write_stage_input(build / _STAGE_INPUT, Contents(contents))  # compact: ~100 bytes a content
                _write_stage_input(build / _STAGE_SOURCES, sources)
                del files, inventory, contents, sources
                _release_memory()
                _phase("parse stage (child)")
                parsed = run_in_child("parse stage", partial(
                    _parse_stage, opts, raw, partial(_read_stage_input, build / _STAGE_INPUT),
                    partial(_read_stage_input, build / _STAGE_SOURCES), build, warehouse, jobs, parser_version()),
                    build / _STAGE_RESULT)
            else:  # captures on object storage or a Dask cluster: in this process
                parsed = _parse_stage(opts, raw, lambda: contents, lambda: sources, build, warehouse, jobs,
                                      parser_version())
                del files, inventory, contents, sources
            summary.parsed, summary.cache_hits = parsed["parsed"], parsed["cache_hits"]
            summary.cache_warning = parsed["cache_warning"]
            _release_memory()

            if staged:
                # Sorting and resolving the tables in a child process too: the heap it leaves (the linker's
                # titles, DuckDB's and Arrow's buffers: ~180 MiB at 100,000 pages) goes with it, and the
                # roles.duckdb stages start from this process, which never held it.
                _phase("assemble stage (child)")
                rows = run_in_child("assemble stage", partial(_assemble_stage, parsed["builder"], build),
                                    build / _STAGE_RESULT)
            else:
                rows = _assemble_stage(parsed["builder"], build)
            del parsed

            # the heavy libraries, once the stages in child processes are over
            from pipeline.steps.build import check_build, publish_build, write_build
            from pipeline.warehouse import checks as data_checks
            from pipeline.warehouse.assemble import BuiltTables
            from pipeline.warehouse.lake import write_lake
            from pipeline.warehouse.write import write_steps

            tables = BuiltTables(build, rows)

            with progress.Stage("writing", write_steps(), "step", enabled=opts.progress) as stage:
                db_path = write_build(tables, build, on_step=stage.update)
            _release_memory()  # what the marts' Arrow batches left, before the lake's DuckDB
            _phase("lake")
            write_lake({name: tables.path(name) for name in tables}, build)  # the partitioned copy + _tables.json
            _fill_counts(summary, tables)
            _release_memory()
            _phase("checks")
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
            _phase("publish")
            publish_build(build, warehouse, tables, log, started_at=started_at, parser_version=parser_version(),
                          full_rebuild=opts.full, n_files=summary.n_files)
        except BaseException as exc:
            if build is not None and pub.current_build(warehouse) != build.resolve():
                shutil.rmtree(build, ignore_errors=True)  # the previous warehouse stays as it was
            if _is_write_error(exc):  # disk full, no permission: one clear line, not a traceback
                raise _write_failed(exc, warehouse) from exc
            raise
        summary.published = True
    return summary


def _is_write_error(exc: BaseException) -> bool:
    if isinstance(exc, OSError):
        return True
    duckdb = sys.modules.get("duckdb")  # only a run that imported it can have failed in it
    return duckdb is not None and isinstance(exc, duckdb.Error)


def _write_stage_input(path: Path, inputs) -> None:
    with open(path, "wb") as out:
        pickler = pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
        pickler.fast = True  # no memo of every object written (~80 MiB at 100,000 files); nothing here is recursive
        pickler.dump(inputs)


def _read_stage_input(path: Path) -> tuple:
    with open(path, "rb") as fh:
        inputs = pickle.load(fh)
    path.unlink()
    return inputs


def _assemble_stage(builder_state: dict, build: Path) -> dict[str, int]:
    """Every table sorted and resolved into ``build/<table>.parquet`` from what the parse stage spilled; returns
    table -> rows. Run in a child process of its own for a local raw folder (``_ingest``)."""
    from pipeline.warehouse.assemble import TableBuilder

    _phase("assemble")
    return dict(TableBuilder.resume(builder_state).finish(None, build).rows)


def _parse_stage(opts: IngestOptions, raw, contents_of, sources_of_run, build: Path, warehouse: Path,
                 jobs: int, version: str) -> dict:
    """Parse every distinct content (cache or workers), the cross-page second pass, and every row spilled under
    ``build`` with the run's files (TableBuilder.prepare). ``contents_of()``: sha -> the first file holding it;
    ``sources_of_run()``: (files, manifest, manifest problems), asked for once the parse is done; ``version``: the
    run's parser version (the parse cache's key). Returns plain
    values: the builder's state (its spilled files: ``TableBuilder.resume``) and the parse counts. Run in a child
    process of its own for a local raw folder (``_ingest``), in the caller's otherwise."""
    if isinstance(raw, _LocalRaw) and raw.workers is None:
        raw.workers = start_workers(jobs)  # forked first, while this process is still light
    try:
        from pipeline.steps.build import sources_of
        from pipeline.steps.cross_page import PagesToRetry, second_pass_rows, spilled_known_cells
        from pipeline.warehouse.assemble import TableBuilder

        _phase("parse")
        contents = contents_of()
        if not isinstance(contents, Contents):
            contents = Contents(contents)
        builder = TableBuilder(build / ".spill")
        held = PagesToRetry(folder=builder.dir / "held")  # the suspects' cells spilled as they come

        def take(sha: str, rows: PageRows) -> None:
            if not held.hold(sha, rows):
                builder.add(sha, rows)

        cache = _open_cache(opts, warehouse, version)
        cache.prune_other_versions()
        if hasattr(cache, "prefetch"):  # scale hook: object storage fetches cached rows in batches
            cache.prefetch(list(contents))
        # in sha order: each cached page is taken as it is read (not every cached page's rows held first), the
        # others noted by their index in contents
        todo, n_cached = array("Q"), 0
        for i, sha in enumerate(contents):
            rows = cache.get(sha)
            if rows is None:
                todo.append(i)
            else:
                take(sha, rows)
                n_cached += 1
        rows = None
        progress.detail(f"parse cache: {n_cached} of {len(contents)} distinct pages cached")
        with progress.Stage("parsing", len(todo), "page", enabled=opts.progress and bool(todo)) as stage:
            todo = _Located(contents, todo, raw.locate)
            verbose = progress.level() >= progress.VERBOSE
            for sha, rows in raw.parse_all(todo, jobs):
                cache.put(sha, rows)
                take(sha, rows)
                stage.update(1)
                if verbose:  # (the path found by sha: a binary search, only for the message)
                    progress.detail(f"parsed {raw.locate(contents[sha])}: {len(rows.issues)} issue(s)")
        if hasattr(cache, "flush"):  # scale hook: object storage stores new rows in batches
            cache.flush()
        if getattr(raw, "workers", None) is not None:  # the workers' memory goes before the next stages
            raw.workers.close()
            raw.workers.join()
            raw.workers = None
        out = {"parsed": len(todo), "cache_hits": cache.hits, "cache_warning": cache.write_error}
        del todo

        # the second pass reads only the held pages' files: the other pages' paths go now
        contents = contents.subset(held.shas())

        _phase("second pass")
        # the known cells of the complete pages added so far, read back from the spilled rows
        known = spilled_known_cells(builder) if held else {}
        # each re-parsed page goes to the builder as it comes (the spilled cells known above do not see it)
        for kind, sha, rows in second_pass_rows(known, held, lambda sha: _read_bytes(raw.locate(contents[sha]))):
            (builder.replace if kind == "replace" else builder.add)(sha, rows)
        rows = None  # the last page's rows
        if held:
            known.release()
        held.remove()
        del known, held, contents
        builder.close_connection()  # the cells read for the second pass leave DuckDB's buffers with it
        _phase("spill the run's files")
        builder.prepare(sources_of(*sources_of_run()))
        out["builder"] = builder.state()
        return out
    finally:
        if getattr(raw, "workers", None) is not None:
            raw.workers.terminate()
            raw.workers.join()
            raw.workers = None


class _Located(Sequence):
    """(sha, raw.locate(path)) of the contents to parse (their indexes in ``contents``), made as asked: not a list
    of every page's sha and full path held through the parse (~30 MiB at 100,000 pages)."""

    def __init__(self, contents: Contents, todo, locate):
        self._contents, self._todo, self._locate = contents, todo, locate

    def __len__(self) -> int:
        return len(self._todo)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self._todo)))]
        sha, rel = self._contents.item(self._todo[i])
        return sha, self._locate(rel)


def _read_bytes(located) -> bytes:
    """The bytes of what a raw folder's locate() returned (a local path, or a file on object storage)."""
    return Path(located).read_bytes() if isinstance(located, str) else located.read_bytes()


def _release_memory() -> None:
    """Give the memory freed by a finished stage back to the system before the next one (the parse stage's
    unpickled rows leave the C heap fragmented; the DuckDB stages come on top of what the process holds)."""
    import ctypes
    import gc
    import sys

    gc.collect()
    if "pyarrow" in sys.modules:  # Arrow's allocator (mimalloc) keeps freed pages for reuse: hand them back
        sys.modules["pyarrow"].default_memory_pool().release_unused()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to trim
        pass


def _fill_counts(summary: IngestSummary, tables) -> None:
    """Counts for the summary from the written tables (a few columns of pages; the error rows)."""
    pages = tables.read("pages", ["page_type", "layout", "complete"])
    summary.n_pages = pages.num_rows
    summary.pages_by_kind = Counter(f"{t}/{l}" for t, l in zip(pages.column("page_type").to_pylist(),
                                                                  pages.column("layout").to_pylist()))
    summary.n_incomplete = sum(not c for c in pages.column("complete").to_pylist())
    summary.rows = {name: tables.num_rows(name) for name in tables}
    summary.errors = tables.read("ingest_errors").to_pylist()


def _summary_from_log(summary: IngestSummary, log: dict) -> None:
    summary.n_pages = log.get("pages", 0)
    summary.pages_by_kind = Counter(log.get("pages_by_kind", {}))
    summary.rows = log.get("rows", {})
    summary.n_incomplete = log.get("incomplete", 0)
    summary.errors = log.get("errors", [])
    summary.link_rates = log.get("link_rates", {})
