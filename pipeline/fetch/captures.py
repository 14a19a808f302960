"""Fetch stage, storage: where an immutable capture file goes under raw/ (host/slug/timestamp) and writing it.

The manifest that records each capture is the raw stage's (pipeline/raw.py)."""
from __future__ import annotations

import hashlib
import os
import re
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

SLUG_MAX = 100
UNSAFE_RUN = re.compile(r"[^a-z0-9.-]+")
EXTENSION_BY_TYPE = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "txt",
    "text/markdown": "txt",
}


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

