"""Parser version: a digest of the code and reference data that shape the rows, so the parse cache can
never serve rows an older parser produced.

Hand-bumped version numbers get forgotten; the bytes cannot lie. Every file under the folders below
(sorted by relative path, path and bytes hashed) feeds the digest, so any edit to a parser, a
normalization rule or a reference list gives a new version and an empty cache. Computed once per
process (about 1 ms for the ~40 files).
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

RELEASE = "2"  # the output format; the digest below covers every change of code or reference data
PACKAGE_DIR = Path(__file__).resolve().parent
# What turns bytes into rows: the parsers, normalization, the text helpers both share, curated reference data, the page model,
# the per-page worker and the schema whose keys and not-null rules each page is held to.
SHAPING_PATHS = ("parse", "normalize", "text", "reference", "model.py", "process.py", "schema")


def content_digest(root: Path, paths: tuple[str, ...] = SHAPING_PATHS) -> str:
    """SHA-256 over (relative path, bytes) of every file under root/paths, in sorted path order."""
    files: list[Path] = []
    for rel in paths:
        target = root / rel
        if target.is_dir():
            files += [p for p in target.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                      and p.suffix not in (".pyc", ".pyo")]
        elif target.is_file():
            files.append(target)
    digest = hashlib.sha256()
    for path in sorted(files, key=lambda p: p.relative_to(root).as_posix()):
        data = path.read_bytes()
        digest.update(f"{path.relative_to(root).as_posix()}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


@lru_cache(maxsize=None)
def parser_version(root: Path = PACKAGE_DIR) -> str:
    """'<release>+<first 12 hex digits of the content digest>', e.g. '2+3f9a0c1d2e4b'."""
    return f"{RELEASE}+{content_digest(root)[:12]}"


@lru_cache(maxsize=None)
def build_version(root: Path = PACKAGE_DIR) -> str:
    """Digest of the whole package and the SQL views/checks beside it: what a published warehouse depends
    on beyond the parsed rows (assembly, role links, views). A change means an unchanged raw/ is rebuilt."""
    return content_digest(root.parent, (root.name, "sql"))[:12]
