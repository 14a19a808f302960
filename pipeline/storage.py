"""Storage stage: captures, parse cache and warehouse anywhere fsspec reaches (s3://, gs://, ...).

Plain local paths never come here: the local default keeps its own fast code path (pipeline/ingest.py).
Credentials and endpoints are configured only the standard way: the ``AWS_*`` environment variables
(``AWS_ACCESS_KEY_ID``, ``AWS_SECRET_ACCESS_KEY``, ``AWS_DEFAULT_REGION``, ``AWS_ENDPOINT_URL``, ...) for
s3fs/botocore, or fsspec's own configuration (``~/.config/fsspec/*.json``, ``FSSPEC_<PROTOCOL>_<KEY>``).

Publish protocol on object storage (no symlink, no rename): a warehouse URL ``W`` holds

    W/builds/<run-id>/...   every file of one complete build (the same layout as a local warehouse/)
    W/CURRENT.json          the pointer: {"build": "builds/<run-id>", "files": {path: size}, ...}

An ingest uploads the whole new build under a fresh ``builds/<run-id>/`` first and writes the pointer
LAST, as one small PUT (atomic on S3 and every object store: a reader gets the old or the new object,
never a mix). Readers resolve the pointer (``resolve_build`` / ``pipeline resolve``) and read only under
the build it names, which is complete before the pointer can name it. After the pointer moves, builds
other than the new one and the one it replaced are deleted: a reader that resolved the previous pointer
keeps a complete build for one more publish. Object stores have no lock: run one ingest per warehouse
URL at a time (e.g. from one scheduled job).
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pickle
import re
import shutil
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

POINTER = "CURRENT.json"
BUILDS = "builds"
_BATCH = 64  # objects fetched or stored per concurrent request batch
_VERSION_DIR = re.compile(r"^(v\d+|\d+\+[0-9a-f]{12})$")  # as pipeline.cache
# What a new build needs from the previous one (the run log, the carried-forward history, page_sources
# for pages added/changed/removed).
_PREVIOUS_FILES = ("run.json", "runs.parquet", "page_sources.parquet")


def is_url(location) -> bool:
    """Whether a --raw/--warehouse/--cache-dir value names a place fsspec reaches rather than a local path."""
    text = str(location)
    return "://" in text and not text.startswith("file://")


def filesystem(url: str):
    """(fsspec filesystem, path inside it) for a URL or local path; configured the standard way only."""
    import fsspec

    return fsspec.core.url_to_fs(str(url))


def join(url: str, *parts: str) -> str:
    return "/".join([str(url).rstrip("/"), *(p.strip("/") for p in parts)])


class FsspecRaw:
    """The raw captures under an fsspec URL (or a local folder read by a Dask cluster): listing, provenance,
    hashes, and the parse map, with the same answers as the local functions of pipeline.raw and pipeline.steps."""

    def __init__(self, url: str, client=None):
        self.url = str(url).rstrip("/")
        self.fs, self.root = filesystem(self.url)
        self.root = self.root.rstrip("/")
        self.client = client  # dask.distributed Client: hashing and parsing run on its workers
        self._sizes: dict[str, int] = {}

    def __str__(self) -> str:
        return self.url

    def exists(self) -> bool:
        return self.fs.isdir(self.root)

    def full(self, rel: str) -> str:
        """The fsspec URL of a capture (what a worker opens)."""
        return join(self.url, rel) if is_url(self.url) else os.path.join(self.root, rel)

    def discover(self) -> list[str]:
        """As pipeline.raw.discover: sorted relative paths; the manifest and dot-files skipped."""
        from pipeline.raw import MANIFEST_NAME

        found = []
        for path, info in self.fs.find(self.root, detail=True).items():
            rel = path[len(self.root):].lstrip("/")
            parts = rel.split("/")
            if not rel or info.get("type") == "directory" or any(p.startswith(".") for p in parts):
                continue
            if rel == MANIFEST_NAME:
                continue
            self._sizes[rel] = int(info.get("size") or 0)
            found.append(rel)
        return sorted(found)

    def read_manifest(self):
        """As pipeline.raw.read_provenance (the same parser reads a local copy of the small manifest)."""
        from pipeline.raw import MANIFEST_NAME, read_provenance

        with tempfile.TemporaryDirectory() as tmp:
            path = join(self.root, MANIFEST_NAME) if is_url(self.url) else os.path.join(self.root, MANIFEST_NAME)
            if self.fs.exists(path):
                Path(tmp, MANIFEST_NAME).write_bytes(self.fs.cat_file(path))
            return read_provenance(Path(tmp))

    def inventory(self):
        """As pipeline.steps.inventory.discover_raw: the page files and their provenance."""
        from pipeline.steps.inventory import RawInventory

        return RawInventory(self.discover(), *self.read_manifest())

    def hash_files(self, paths: list[str], max_bytes: int, on_file=None):
        """As pipeline.steps.inventory.hash_files: a HashedFile per path. On a cluster the workers read and
        hash; otherwise the client fetches in concurrent batches."""
        from pipeline.steps.inventory import HashedFile

        return [HashedFile(*row) for row in self._hash_rows(paths, max_bytes, on_file)]

    def _hash_rows(self, paths: list[str], max_bytes: int, on_file=None):
        from pipeline.model import Issue

        out, wanted = {}, []
        for rel in paths:
            size = self._sizes.get(rel, 0)
            if size > max_bytes:
                out[rel] = (rel, None, size, Issue(
                    "too_large", f"The file is {size:,} bytes, over the {max_bytes:,}-byte limit "
                    "(raise it with --max-bytes); it was not read.", None, "read"))
            else:
                wanted.append(rel)
        if self.client is not None:
            from pipeline.distributed import hash_on_cluster
            hashed = hash_on_cluster(self.client, [self.full(r) for r in wanted])
        else:
            hashed = (_hash_result(data) for data in self._fetch(wanted))
        for rel, (sha, size, error) in zip(wanted, hashed):
            out[rel] = (rel, sha, size, None if error is None else Issue(
                "unreadable_file", f"The file could not be read: {error}.", None, "read"))
        if on_file is not None:
            on_file(len(paths))
        return [out[rel] for rel in paths]

    def _fetch(self, rels: list[str]):
        """Yield each capture's bytes (or the exception that stopped it), in order, fetched in batches."""
        for start in range(0, len(rels), _BATCH):
            urls = [self._path(r) for r in rels[start:start + _BATCH]]
            got = self.fs.cat(urls, on_error="return")
            for url in urls:
                yield got.get(url, FileNotFoundError(url))

    def _path(self, rel: str) -> str:
        return self.root + "/" + rel

    def locate(self, rel: str) -> "RemoteFile":
        return RemoteFile(self, rel)

    def parse_all(self, todo: list[tuple[str, "RemoteFile"]], jobs: int):
        """Yield (sha, PageRows) for every (sha, file) in todo, in order: on the cluster when there is one,
        else the client fetches in batches and the local process pool parses."""
        from pipeline.steps.parse_pages import _INLINE_BELOW, checked_results as _checked

        if self.client is not None:
            from pipeline.distributed import parse_on_cluster
            yield from _checked(todo, parse_on_cluster(self.client, [f.url for _, f in todo]))
            return
        fetched = self._fetch([f.rel for _, f in todo])
        if jobs <= 1 or len(todo) < _INLINE_BELOW:
            yield from _checked(todo, (_parse_fetched(data) for data in fetched))
            return
        import multiprocessing
        # The client fetches a window of captures, the local pool parses it: memory stays bounded.
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            window = _BATCH * jobs
            for start in range(0, len(todo), window):
                chunk = [next(fetched) for _ in todo[start:start + window]]
                yield from _checked(todo[start:start + window], pool.map(_parse_fetched, chunk, chunksize=4))


class RemoteFile:
    """One capture under an FsspecRaw (read again by the client only for the cross-page retry)."""

    def __init__(self, raw: FsspecRaw, rel: str):
        self.raw, self.rel = raw, rel
        self.url = raw.full(rel)

    def read_bytes(self) -> bytes:
        return self.raw.fs.cat_file(self.raw._path(self.rel))

    def __str__(self) -> str:
        return self.url


def _parse_fetched(data):
    """(sha256, PageRows) of fetched bytes; (None, None) for a capture that could not be read."""
    from pipeline.process import process_content

    if isinstance(data, BaseException):
        return None, None
    return hashlib.sha256(data).hexdigest(), process_content(data)


def _hash_result(data) -> tuple[str | None, int, str | None]:
    if isinstance(data, BaseException):
        return None, 0, str(data) or type(data).__name__
    return hashlib.sha256(data).hexdigest(), len(data), None


class FsspecParseCache:
    """pipeline.cache.ParseCache on object storage: one pickle per content sha256 under <url>/<version>/.
    Stored entries are listed once, then fetched in concurrent batches a window ahead of the reads (pages
    are read in the order given to ``prefetch``); new ones are stored in batches (``flush``)."""

    def __init__(self, url: str, version: str, enabled: bool = True):
        self.url = str(url).rstrip("/")
        self.fs, root = filesystem(self.url)
        self.root = root.rstrip("/")
        self.dir = f"{self.root}/{version}"
        self.enabled = enabled
        self.hits = 0
        self.misses = 0
        self.write_error: str | None = None
        self._queue: list[str] = []  # stored entries, in the order they will be read
        self._position: dict[str, int] | None = None
        self._window: dict[str, bytes] = {}
        self._pending: dict[str, bytes] = {}

    def _path(self, sha: str) -> str:
        return f"{self.dir}/{sha[:2]}/{sha}.pickle"

    def prefetch(self, shas) -> None:
        """List the stored entries once; ``get`` then fetches them a window at a time, in this order."""
        stored: set[str] = set()
        if self.enabled:
            with contextlib.suppress(OSError, FileNotFoundError):
                stored = set(self.fs.find(self.dir))
        self._queue = [p for p in map(self._path, shas) if p in stored]
        self._position = {p: i for i, p in enumerate(self._queue)}
        self._window = {}

    def get(self, sha: str):
        if not self.enabled:
            return None
        path = self._path(sha)
        if self._position is None:  # not prefetched: one request for this page
            try:
                data = self.fs.cat_file(path)
            except OSError:
                data = None
        else:
            if path not in self._window and path in self._position:
                start = self._position[path]
                self._window = self.fs.cat(self._queue[start:start + _BATCH * 4], on_error="omit")
            data = self._window.pop(path, None)
        from pipeline.cache import unpickle_rows  # not at import time: storage stays light for the no-op path
        rows = unpickle_rows(data)
        if rows is None:
            self.misses += 1
            return None
        self.hits += 1
        return rows

    def put(self, sha: str, rows) -> None:
        if self.write_error:
            return
        self._pending[self._path(sha)] = pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL)
        if len(self._pending) >= _BATCH * 4:
            self.flush()

    def flush(self) -> None:
        if not self._pending or self.write_error:
            return
        pending, self._pending = self._pending, {}
        try:
            self.fs.pipe(pending)
        except OSError as exc:
            self.write_error = f"{exc} ({self.url})"

    def prune_other_versions(self) -> None:
        with contextlib.suppress(OSError, FileNotFoundError):
            for child in self.fs.ls(self.root, detail=False):
                name = child.rstrip("/").rsplit("/", 1)[-1]
                if child.rstrip("/") != self.dir and _VERSION_DIR.match(name):
                    self.fs.rm(child, recursive=True)


def default_cache_url(warehouse_url: str) -> str:
    """The parse cache beside a warehouse URL, named as locally: s3://b/p/warehouse -> s3://b/p/.warehouse.cache."""
    base, _, name = str(warehouse_url).rstrip("/").rpartition("/")
    return f"{base}/.{name}.cache"


# --- the pointer protocol ---------------------------------------------------------------------------------


def read_pointer(warehouse_url: str) -> dict | None:
    """The pointer object of a warehouse URL, or None before the first publish."""
    fs, root = filesystem(warehouse_url)
    try:
        return json.loads(fs.cat_file(root.rstrip("/") + "/" + POINTER))
    except FileNotFoundError:
        return None


def resolve_build(warehouse: str) -> str | None:
    """The location of the warehouse's current complete build: for a URL, ``<warehouse>/builds/<run-id>``
    named by the pointer; for a local path, the build its symlink points to. None before the first publish."""
    if not is_url(warehouse):
        path = Path(warehouse)
        return str(path.resolve()) if path.exists() else None
    pointer = read_pointer(warehouse)
    return join(warehouse, pointer["build"]) if pointer else None


def new_run_id() -> str:
    """Sortable and unique: UTC time, nanoseconds, process id."""
    return f"{datetime.now(timezone.utc):%Y%m%dT%H%M%SZ}-{time.time_ns() % 10**9:09d}-{os.getpid()}"


@contextlib.contextmanager
def staged_warehouse(warehouse_url: str):
    """A local stand-in warehouse for an ingest whose warehouse is a URL: a symlink to a local copy of
    what the next build reads from the current remote one (run log, run history, page_sources). The
    ingest builds and checks locally; ``publish_remote`` then uploads the build and moves the pointer."""
    tmp = Path(tempfile.mkdtemp(prefix="pipeline-stage-"))
    try:
        local = tmp / "warehouse"
        current = resolve_build(warehouse_url)
        if current is not None:
            fs, root = filesystem(current)
            previous = tmp / ".warehouse.builds" / "remote-current"
            previous.mkdir(parents=True)
            for name in _PREVIOUS_FILES:
                with contextlib.suppress(FileNotFoundError):
                    (previous / name).write_bytes(fs.cat_file(root.rstrip("/") + "/" + name))
            local.symlink_to(os.path.relpath(previous, tmp))
        yield local
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def publish_remote(build: Path, warehouse_url: str, run_id: str | None = None) -> str:
    """Upload a complete local build to <warehouse>/builds/<run-id>/, then write the pointer last; then
    delete the builds that neither the new pointer nor the replaced one names. Returns the build's URL."""
    fs, root = filesystem(warehouse_url)
    root = root.rstrip("/")
    run_id = run_id or new_run_id()
    previous = read_pointer(warehouse_url)
    files = sorted(p for p in Path(build).rglob("*") if p.is_file())
    rels = [p.relative_to(build).as_posix() for p in files]
    target = f"{root}/{BUILDS}/{run_id}"
    fs.put([str(p) for p in files], [f"{target}/{rel}" for rel in rels])
    pointer = {
        "build": f"{BUILDS}/{run_id}", "run_id": run_id,
        "published_at": datetime.now(timezone.utc).isoformat(),
        "files": {rel: p.stat().st_size for rel, p in zip(rels, files)},
    }
    fs.pipe_file(f"{root}/{POINTER}", (json.dumps(pointer, indent=2, sort_keys=True) + "\n").encode())
    keep = {pointer["build"], (previous or {}).get("build")}
    with contextlib.suppress(OSError, FileNotFoundError):
        for child in fs.ls(f"{root}/{BUILDS}", detail=False):
            if f"{BUILDS}/{child.rstrip('/').rsplit('/', 1)[-1]}" not in keep:
                fs.rm(child, recursive=True)
    return join(warehouse_url, pointer["build"])


def ingest_elsewhere(opts, ingest):
    """Run ``ingest`` with the captures, the warehouse or the parse step elsewhere: an fsspec URL for
    --raw/--warehouse/--cache-dir, and/or a Dask scheduler (pipeline.distributed)."""
    from dataclasses import replace

    try:
        import fsspec  # noqa: F401
        if opts.scheduler:
            import distributed  # noqa: F401
    except ImportError as exc:
        raise ImportError(f"{exc.name} is not installed: URLs and --scheduler need the scale extra "
                          "(pip install '.[scale]')") from exc
    client = None
    if opts.scheduler:
        from pipeline.distributed import connect
        client = connect(opts.scheduler)
    try:
        raw = None  # a local raw folder read by this process keeps the local code path
        if is_url(opts.raw_dir) or client is not None:
            raw_location = str(opts.raw_dir) if is_url(opts.raw_dir) else os.path.abspath(opts.raw_dir)
            raw = FsspecRaw(raw_location, client)
            if not raw.exists():
                raise FileNotFoundError(f"Raw folder {opts.raw_dir} does not exist.")
        if not is_url(opts.warehouse_dir):
            return ingest(replace(opts, scheduler=None), raw=raw)
        warehouse_url = str(opts.warehouse_dir).rstrip("/")
        with staged_warehouse(warehouse_url) as local:
            summary = ingest(replace(opts, scheduler=None, warehouse_dir=local,
                                     cache_dir=opts.cache_dir or default_cache_url(warehouse_url)), raw=raw)
            if summary.published:
                try:
                    publish_remote(local.resolve(), warehouse_url)
                except OSError as exc:
                    from pipeline.ingest import WriteFailed
                    raise WriteFailed(f"could not upload the new build to {warehouse_url}: {exc}; the pointer "
                                      "was not moved, so readers keep the previous build.") from exc
        summary.warehouse_dir = warehouse_url
        return summary
    finally:
        if client is not None:
            client.close()
