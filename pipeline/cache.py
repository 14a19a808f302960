"""Parse cache: PageRows by content hash and parser version, so unchanged pages are never re-parsed."""
from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path

from pipeline import PARSER_VERSION
from pipeline.normalize.page import PageRows


class ParseCache:
    """One pickle per content sha256 under <root>/v<PARSER_VERSION>/; a new parser version starts empty."""

    def __init__(self, root: Path | None, enabled: bool = True):
        self.dir = root / f"v{PARSER_VERSION}" if root else None
        self.enabled = enabled and root is not None
        self.hits = 0
        self.misses = 0

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
        if self.dir is None:
            return
        path = self._path(sha)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(rows, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
