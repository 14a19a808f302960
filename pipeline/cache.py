"""Parse cache: PageRows by content hash and parser version, so unchanged pages are never re-parsed."""
from __future__ import annotations

import pickle
import re
import shutil
import sqlite3
from pathlib import Path

from pipeline.normalize.page import PageRows

_VERSION_DIR = re.compile(r"^(v\d+|\d+\+[0-9a-f]{12})$")  # v1 (hand-bumped, old) or 2+<digest>
DB_NAME = "pages.sqlite"
_BATCH = 512  # new pages are written in one transaction per this many (and at flush)
_BUSY_SECONDS = 60.0  # another ingest sharing the cache folder is writing: wait for it


# (sha, rows, the pickle the rows were just loaded from): set by the parse step for the page it yields, so
# storing that page (put, called before the rows are used: ingest) does not pickle it a second time.
_last_pickled: tuple[str, PageRows, bytes] | None = None


def unpickle_rows(blob: bytes | None) -> PageRows | None:
    """A cached page's rows, or None when the entry is missing or unreadable (damaged, from older code)."""
    if blob is None:
        return None
    try:
        return pickle.loads(blob)
    except (EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, ValueError):
        return None


def remember_pickled(sha: str, rows: PageRows, blob: bytes) -> None:
    """Note that ``rows`` were unpickled from ``blob`` and not modified since (see ParseCache.put)."""
    global _last_pickled
    _last_pickled = (sha, rows, blob)


class ParseCache:
    """The pickled PageRows of every content sha256 in one SQLite file, <root>/<parser version>/pages.sqlite.

    The version is the digest of the code and reference data (pipeline/version.py), so rows made by any
    other parser are never read: a changed parser starts with an empty folder. New pages are kept in
    memory and written in batches (one transaction per ``_BATCH`` pages, and at ``flush``): a file per page
    cost more than parsing it. The cache is a convenience: a file that cannot be read is a miss, one that
    cannot be written is reported once (``write_error``) and the run goes on without it."""

    def __init__(self, root: Path | None, version: str, enabled: bool = True):
        self.root = root
        self.dir = root / version if root else None
        self.enabled = enabled and root is not None
        self.hits = 0
        self.misses = 0
        self.write_error: str | None = None  # set when pages could not be stored; later pages are not tried
        self._pending: dict[str, bytes] = {}
        self._db: sqlite3.Connection | None = None
        self._unreadable = False
        self._absent = False  # the file was not there when first looked for: a cold run's gets are misses

    # the SQLite file

    def _connect(self, create: bool) -> sqlite3.Connection | None:
        if self._db is not None:
            return self._db
        path = self.dir / DB_NAME
        if not create and (self._absent or not path.exists()):
            # looked for once: a cold run asks for every page, and a stat per page cost ~0.01 ms (a page another
            # run stores meanwhile is parsed again: the same rows)
            self._absent = True
            return None
        if create:
            self.dir.mkdir(parents=True, exist_ok=True)
            self._absent = False
        db = sqlite3.connect(path, timeout=_BUSY_SECONDS, isolation_level=None, check_same_thread=False)
        try:
            db.execute("pragma synchronous = off")  # a cache: a page lost in a power cut is parsed again
            db.execute("create table if not exists pages (sha256 text primary key, rows blob not null) without rowid")
        except sqlite3.Error:
            db.close()
            raise
        self._db = db
        return db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    # reading

    def get(self, sha: str) -> PageRows | None:
        if not self.enabled:
            return None
        blob = self._pending.get(sha)
        if blob is None and not self._unreadable:
            try:
                db = self._connect(create=False)
                found = db.execute("select rows from pages where sha256 = ?", (sha,)).fetchone() if db else None
            except sqlite3.Error:  # damaged or not a database: every page is parsed again (and stored anew)
                self._unreadable = True
                self.close()
                found = None
            blob = found[0] if found else None
        rows = unpickle_rows(blob)
        if rows is None:
            self.misses += 1
            return None
        self.hits += 1
        return rows

    # writing

    def put(self, sha: str, rows: PageRows) -> None:
        """Store a page's rows (in the next batch)."""
        global _last_pickled
        if self.dir is None or self.write_error:
            return
        if _last_pickled is not None and _last_pickled[0] == sha and _last_pickled[1] is rows:
            blob = _last_pickled[2]  # the bytes these very rows were unpickled from (a parse worker's)
        else:
            blob = pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL)
        _last_pickled = None
        self._pending[sha] = blob
        if len(self._pending) >= _BATCH:
            self.flush()

    def flush(self) -> None:
        """Write the pages put since the last flush, in one transaction. The cache is a convenience: when it
        cannot be written (disk full, read-only folder) the run goes on without it and says so once."""
        if not self._pending or self.dir is None or self.write_error:
            return
        pending, self._pending = self._pending, {}
        try:
            if self._unreadable:  # a damaged file from before: start the cache again
                self.close()
                (self.dir / DB_NAME).unlink(missing_ok=True)
                self._unreadable = False
            db = self._connect(create=True)
            with db:  # one transaction: all of the batch or none of it
                db.execute("begin immediate")
                db.executemany("insert or replace into pages (sha256, rows) values (?, ?)", pending.items())
        except (OSError, sqlite3.Error) as exc:
            self.close()
            self.write_error = f"{getattr(exc, 'strerror', None) or exc} ({self.dir})"

    def prune_other_versions(self) -> None:
        """Remove the folders of other parser versions: their rows can never be read again."""
        if self.root is None or not self.root.is_dir():
            return
        for child in self.root.iterdir():
            if child != self.dir and child.is_dir() and _VERSION_DIR.match(child.name):
                shutil.rmtree(child, ignore_errors=True)
