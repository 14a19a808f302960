"""Fetch stage, storage: immutable capture files under raw/ and their provenance rows in raw/manifest.jsonl."""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

MANIFEST_NAME = "manifest.jsonl"
SLUG_MAX = 100
UNSAFE_RUN = re.compile(r"[^a-z0-9.-]+")
EXTENSION_BY_TYPE = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "txt",
    "text/markdown": "txt",
}


class ManifestError(ValueError):
    """raw/manifest.jsonl has a line that is not a JSON object."""


def utc_stamp(moment: datetime) -> str:
    """File-name timestamp, e.g. 20261122T100000Z."""
    return moment.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def utc_iso(moment: datetime) -> str:
    """Manifest timestamp, e.g. 2026-11-22T10:00:00Z."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def host_dir_name(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "unknown-host").lower()
    return f"{host}_{parts.port}" if parts.port else host


def url_slug(url: str) -> str:
    """Readable folder name from the URL path; a short hash of the whole URL is added whenever the name is lossy.

    Lossy means: a query, characters we had to replace (upper case, '_', '%', ...), or truncation. Two URLs that
    differ only by a trailing slash share a folder: harmless, because files are never overwritten and the manifest
    records each capture's exact URL.
    """
    parts = urlsplit(url)
    segments = [segment for segment in parts.path.split("/") if segment]
    if not segments:
        readable, lossy = "index", False
    else:
        cleaned = [UNSAFE_RUN.sub("-", segment.lower()).strip(".-") or "-" for segment in segments]
        readable = "_".join(cleaned)
        lossy = any(clean != segment for clean, segment in zip(cleaned, segments))
    if len(readable) > SLUG_MAX:
        readable, lossy = readable[:SLUG_MAX].rstrip("._-"), True
    if parts.query or lossy:
        digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:8]
        return f"{readable}-{digest}"
    return readable


def extension_for(content_type: str) -> str:
    return EXTENSION_BY_TYPE.get(content_type.split(";", 1)[0].strip().lower(), "txt")


def write_capture(raw_dir: Path, url: str, body: bytes, content_type: str, moment: datetime) -> str:
    """Write ``body`` as a new file and return its path relative to ``raw_dir``; never replaces an existing file."""
    folder = raw_dir / host_dir_name(url) / url_slug(url)
    folder.mkdir(parents=True, exist_ok=True)
    stem, ext = utc_stamp(moment), extension_for(content_type)
    # A dot-prefixed temp file in the same folder, so the final link is atomic and readers can skip it.
    handle, temp_name = tempfile.mkstemp(dir=folder, prefix=".capture-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(body)
            temp.flush()
            os.fsync(temp.fileno())
        counter = 1
        while True:
            name = f"{stem}.{ext}" if counter == 1 else f"{stem}-{counter}.{ext}"
            try:
                os.link(temp_name, folder / name)  # fails if the name exists: no overwrite, even across processes
                break
            except FileExistsError:
                counter += 1
    finally:
        os.unlink(temp_name)
    return (folder / name).relative_to(raw_dir).as_posix()


def append_manifest(raw_dir: Path, row: dict) -> None:
    """Append one sorted-key JSON line under an exclusive lock, so concurrent fetches never interleave."""
    raw_dir.mkdir(parents=True, exist_ok=True)
    line = json.dumps(row, sort_keys=True, ensure_ascii=False) + "\n"
    with open(raw_dir / MANIFEST_NAME, "a+b") as manifest:
        fcntl.flock(manifest.fileno(), fcntl.LOCK_EX)
        try:
            if not _ends_with_newline(manifest):
                line = "\n" + line  # a hand-edited or torn last line must not swallow our row
            manifest.write(line.encode("utf-8"))
            manifest.flush()
            os.fsync(manifest.fileno())
        finally:
            fcntl.flock(manifest.fileno(), fcntl.LOCK_UN)


def _ends_with_newline(handle) -> bool:
    """True for an empty file or one whose last byte is a newline."""
    if handle.seek(0, os.SEEK_END) == 0:
        return True
    handle.seek(-1, os.SEEK_END)
    return handle.read(1) == b"\n"


def read_manifest(raw_dir: Path) -> list[dict]:
    """All manifest rows in file order (oldest first); an empty list when there is no manifest yet."""
    path = Path(raw_dir) / MANIFEST_NAME
    if not path.exists():
        return []
    rows = []
    with open(path, encoding="utf-8") as manifest:
        fcntl.flock(manifest.fileno(), fcntl.LOCK_SH)
        for number, line in enumerate(manifest, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ManifestError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc
            if not isinstance(row, dict):
                raise ManifestError(f"{path}:{number}: expected a JSON object")
            rows.append(row)
    return rows


def latest_capture(manifest_rows: list[dict], url: str) -> dict | None:
    """The most recently appended row for ``url`` (the requested URL, not the final one after redirects)."""
    for row in reversed(manifest_rows):
        if row.get("url") == url:
            return row
    return None


def capture_sha256(raw_dir: Path, row: dict) -> str | None:
    """The row's sha256, or the hash of its file for seed rows that never recorded one."""
    if row.get("sha256"):
        return row["sha256"]
    path = Path(raw_dir) / str(row.get("path", ""))
    if row.get("path") and path.is_file():
        return hashlib.sha256(path.read_bytes()).hexdigest()
    return None
