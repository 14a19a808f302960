"""Ingest steps 1-2, discover and hash/skip: what raw/ holds, each file's content hash, and whether the
published warehouse was already built from exactly this (then the run stops: nothing parsed, nothing written)."""
from __future__ import annotations

from collections.abc import Callable

import hashlib
import json
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


@dataclass
class HashedFile:
    path: str  # relative to the raw folder
    sha256: str | None  # None when the file was not read
    size: int
    issue: Issue | None = None  # why it was not read (too large, unreadable)


def discover_raw(raw_dir: Path) -> RawInventory:
    """The page files under raw_dir and their provenance."""
    manifest, problems = read_provenance(raw_dir)
    return RawInventory(discover(raw_dir), manifest, problems)


def hash_files(raw_dir: Path, paths: list[str], max_bytes: int,
                on_file: Callable[[int], None] | None = None) -> list[HashedFile]:
    """The sha256 of each file; a file over max_bytes or that cannot be read gets an issue instead.
    on_file(1) is called per file (progress)."""
    out = []
    for rel in paths:
        if on_file is not None:
            on_file(1)
        path = raw_dir / rel
        try:
            size = path.stat().st_size
            if size > max_bytes:
                out.append(HashedFile(rel, None, size, Issue(
                    "too_large", f"The file is {size:,} bytes, over the {max_bytes:,}-byte limit "
                    "(raise it with --max-bytes); it was not read.", None, "read")))
                continue
            out.append(HashedFile(rel, sha256_of(path.read_bytes()), size))
        except OSError as exc:
            out.append(HashedFile(rel, None, 0, Issue(
                "unreadable_file", f"The file could not be read: {exc.strerror or exc}.", None, "read")))
    return out


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
