"""Ingest steps 1-2, discover and hash/skip: what raw/ holds, each file's content hash, and whether the
published warehouse was already built from exactly this (then the run stops: nothing parsed, nothing written)."""
from __future__ import annotations

from collections.abc import Callable

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from pipeline.model import Issue
from pipeline.raw import Provenance, discover, read_provenance, sha256_of
from pipeline.version import build_version, parser_version

RUN_LOG = "run.json"


@dataclass
class RawInventory:
    paths: list[str]  # page files, relative to the raw folder, sorted
    manifest: dict[str, Provenance]  # path -> provenance
    manifest_problems: list[str]  # manifest lines that could not be read


@dataclass(slots=True)  # slots: one per raw file, 100,000s in a big run
class HashedFile:
    path: str  # relative to the raw folder
    sha256: str | None  # None when the file was not read
    size: int
    issue: Issue | None = None  # why it was not read (too large, unreadable)
    mtime_ns: int | None = None  # modification time when it was hashed (the file index's key with size)


def discover_raw(raw_dir: Path) -> RawInventory:
    """The page files under raw_dir and their provenance."""
    manifest, problems = read_provenance(raw_dir)
    paths = discover(raw_dir)
    # the manifest's keys become the very strings of `paths` (a path is held once, not twice per file)
    same = {path: path for path in paths}
    manifest = {same.get(path, path): prov for path, prov in manifest.items()}
    return RawInventory(paths, manifest, problems)


def hash_files(raw_dir: Path, paths: list[str], max_bytes: int,
                on_file: Callable[[int], None] | None = None,
                known: dict[str, list] | None = None) -> list[HashedFile]:
    """The sha256 of each file; a file over max_bytes or that cannot be read gets an issue instead.
    on_file(1) is called per file (progress). `known` (read_file_index) gives the hash of a file whose
    size and modification time are those it had when it was last hashed: that file is not read again
    (like make and rsync, a change that keeps both is not seen; --full hashes every file)."""
    out = []
    for rel in paths:
        if on_file is not None:
            on_file(1)
        path = raw_dir / rel
        try:
            stat = path.stat()
            size = stat.st_size
            if size > max_bytes:
                out.append(HashedFile(rel, None, size, Issue(
                    "too_large", f"The file is {size:,} bytes, over the {max_bytes:,}-byte limit "
                    "(raise it with --max-bytes); it was not read.", None, "read")))
                continue
            entry = known.get(rel) if known else None
            if entry is not None and entry[0] == size and entry[1] == stat.st_mtime_ns:
                sha = entry[2]
            else:
                sha = sha256_of(path.read_bytes())
            out.append(HashedFile(rel, sha, size, mtime_ns=stat.st_mtime_ns))
        except OSError as exc:
            out.append(HashedFile(rel, None, 0, Issue(
                "unreadable_file", f"The file could not be read: {exc.strerror or exc}.", None, "read")))
    return out


FILE_INDEX = "file_index.json"  # in the parse cache folder: path -> [size, mtime_ns, sha256]


def read_file_index(cache_root: Path) -> dict[str, list]:
    """The hashes of the files as last seen ({} when there is no index or it cannot be read)."""
    try:
        index = json.loads((Path(cache_root) / FILE_INDEX).read_text(encoding="utf-8"))
        files = index.get("files") if index.get("version") == 1 else None
        return files if isinstance(files, dict) else {}
    except (OSError, ValueError, AttributeError):
        return {}


def write_file_index(cache_root: Path, files: list[HashedFile], unless_equal_to: dict | None = None) -> None:
    """Remember each hashed file's size, modification time and hash for the next run (atomically; a
    convenience: when it cannot be written the next run hashes every file again). Nothing is written
    when the index would equal `unless_equal_to` (the one read at the start: nothing changed).
    The index is compared and written entry by entry: no second dict of every file, no JSON text of it
    in memory (100,000 files: ~90 MiB the process would keep after the run's peak)."""
    if unless_equal_to is not None and _index_equals(files, unless_equal_to):
        return
    path = Path(cache_root) / FILE_INDEX
    tmp = path.with_name(f".{FILE_INDEX}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "w", encoding="utf-8") as out:  # the bytes of json.dumps(index, separators=(",", ":"))
            out.write('{"version":1,"files":{')
            first = True
            for f in files:
                if f.sha256 and f.mtime_ns is not None:
                    out.write(("" if first else ",") + json.dumps(f.path) + ":"
                              + json.dumps([f.size, f.mtime_ns, f.sha256], separators=(",", ":")))
                    first = False
            out.write("}}")
        os.replace(tmp, path)
    except OSError:
        try:
            tmp.unlink()
        except OSError:
            pass


def _index_equals(files: list[HashedFile], index: dict) -> bool:
    """Whether the index of `files` (write_file_index) would equal `index`."""
    n = 0
    for f in files:
        if f.sha256 and f.mtime_ns is not None:
            if index.get(f.path) != [f.size, f.mtime_ns, f.sha256]:
                return False
            n += 1
    return n == len(index)


def fingerprint(files: list[HashedFile], manifest: dict[str, Provenance], max_bytes: int) -> str:
    """Digest of everything a build depends on: the files, their provenance, the code and the SQL."""
    # build_version covers the whole package and sql/: any change of code, reference data or views rebuilds
    digest = hashlib.sha256(f"parser={parser_version()};build={build_version()};max_bytes={max_bytes}\n".encode())
    for f in files:
        p = manifest.get(f.path)
        prov = (p.url, p.final_url, p.fetched_at.isoformat() if p.fetched_at else None, p.manifest_line) if p else None
        digest.update(json.dumps([f.path, f.sha256, f.size, prov]).encode())
    return digest.hexdigest()


def read_run_log(warehouse: Path) -> dict:
    """The published warehouse's run log ({} when there is none or it cannot be read)."""
    try:
        return json.loads((warehouse / RUN_LOG).read_text())
    except (OSError, ValueError):
        return {}


def first_paths(files: list[HashedFile]) -> dict[str, str]:
    """sha256 -> the first file (relative path) holding that content: each distinct content is parsed once."""
    out: dict[str, str] = {}
    for f in files:
        if f.sha256 and f.sha256 not in out:
            out[f.sha256] = f.path
    return out


class Contents:
    """``first_paths`` compact, for the parse stage: the distinct contents' shas in sha order, in one str of
    64-character shas, and their paths in one str with an array of offsets (a dict of a str sha and a str path
    per content, and the list of (sha, path) tuples to parse made from it, held ~300 bytes a content through the
    parse). Iterates over the shas in order; ``contents[sha]`` is the path (a binary search); ``item(i)`` the
    i-th (sha, path). Keys that are not all 64 characters long are kept in a dict."""

    def __init__(self, mapping: dict[str, str]):
        from array import array

        self._dict: dict[str, str] | None = None
        if any(len(sha) != 64 for sha in mapping):
            self._dict = dict(sorted(mapping.items()))
            return
        shas = sorted(mapping)
        self._shas = "".join(shas)
        self._paths = "".join(mapping[sha] for sha in shas)
        self._ends = array("Q")
        end = 0
        for sha in shas:
            end += len(mapping[sha])
            self._ends.append(end)

    def __len__(self) -> int:
        return len(self._dict) if self._dict is not None else len(self._ends)

    def __iter__(self):
        if self._dict is not None:
            yield from self._dict
            return
        shas = self._shas
        for i in range(len(self._ends)):
            yield shas[64 * i:64 * i + 64]

    def item(self, i: int) -> tuple[str, str]:
        if self._dict is not None:
            return list(self._dict.items())[i]
        start = self._ends[i - 1] if i else 0
        return self._shas[64 * i:64 * i + 64], self._paths[start:self._ends[i]]

    def __getitem__(self, sha: str) -> str:
        if self._dict is not None:
            return self._dict[sha]
        lo, hi, shas = 0, len(self._ends), self._shas
        while lo < hi:  # the first i whose sha is >= sha
            mid = (lo + hi) // 2
            if shas[64 * mid:64 * mid + 64] < sha:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(self._ends) or shas[64 * lo:64 * lo + 64] != sha:
            raise KeyError(sha)
        return self.item(lo)[1]

    def subset(self, shas) -> dict[str, str]:
        """sha -> path of the given shas (one walk over the contents in order, not a search per sha)."""
        wanted = sorted(set(shas))
        if self._dict is not None:
            return {sha: self._dict[sha] for sha in wanted}
        out: dict[str, str] = {}
        k = 0
        for i, sha in enumerate(self):
            if k == len(wanted):
                break
            if sha == wanted[k]:
                out[sha] = self.item(i)[1]
                k += 1
        if k != len(wanted):
            raise KeyError(wanted[k])
        return out

    def __contains__(self, sha: object) -> bool:
        try:
            self[sha]  # noqa: B018
        except (KeyError, TypeError):
            return False
        return True

    def __reduce__(self):  # pickled as its three strs and array, not a dict
        return (_contents_from_state, (self.__dict__,))


def _contents_from_state(state: dict) -> "Contents":
    contents = Contents.__new__(Contents)
    contents.__dict__.update(state)
    return contents
