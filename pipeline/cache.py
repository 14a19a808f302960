"""Parse cache: PageRows by content hash and parser version, so unchanged pages are never re-parsed."""
from __future__ import annotations

import os
import pickle
import re
import shutil
import tempfile
from pathlib import Path

from pipeline.normalize.page import PageRows

_VERSION_DIR = re.compile(r"^(v\d+|\d+\+[0-9a-f]{12})$")  # v1 (hand-bumped, old) or 2+<digest>


class ParseCache:
    """One pickle per content sha256 under <root>/<parser version>/.

    The version is the digest of the code and reference data (pipeline/version.py), so rows made by any
    other parser are never read: a changed parser starts with an empty folder."""

    def __init__(self, root: Path | None, version: str, enabled: bool = True):
        self.root = root
        self.dir = root / version if root else None
        self.enabled = enabled and root is not None
        self.hits = 0
        self.misses = 0
        self.write_error: str | None = None  # set when a page could not be stored; later pages are not tried

    def _path(self, sha: str) -> Path:
        return self.dir / sha[:2] / f"{sha}.pickle"

    def get(self, sha: str) -> PageRows | None:
        if not self.enabled:
            return None
        try:
            with self._path(sha).open("rb") as handle:
                rows = pickle.load(handle)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
            self.misses += 1
            return None
        self.hits += 1
        return rows

    def put(self, sha: str, rows: PageRows) -> None:
        """Store a page's rows. The cache is a convenience: when it cannot be written (disk full, read-only
        folder) the run goes on without it and says so once (write_error)."""
        if self.dir is None or self.write_error:
            return
        tmp = None
        try:
            path = self._path(sha)
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(rows, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError as exc:
            if tmp:
                with_suppressed_unlink(tmp)
            self.write_error = f"{exc.strerror or exc} ({self.dir})"

    def prune_other_versions(self) -> None:
        """Remove the folders of other parser versions: their rows can never be read again."""
        if self.root is None or not self.root.is_dir():
            return
        for child in self.root.iterdir():
            if child != self.dir and child.is_dir() and _VERSION_DIR.match(child.name):
                shutil.rmtree(child, ignore_errors=True)


def with_suppressed_unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
