"""Raw stage: the captured files under raw/ and their provenance manifest, raw/manifest.jsonl.

One contract for both sides of the folder. Fetch writes it (`append_manifest`) and reads it strictly
before writing (`read_manifest` raises ManifestError: appending to a manifest we cannot read could lose
provenance). Ingest reads it leniently (`read_provenance`): a bad line is reported (an ingest_errors row
`bad_manifest_row`) and the run goes on, the files it named being ingested with a null URL.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

MANIFEST_NAME = "manifest.jsonl"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


class ManifestError(ValueError):
    """raw/manifest.jsonl has a line that is not a JSON object."""


@dataclass(frozen=True, slots=True)  # slots: one per manifest row, 100,000s in a big run
class Provenance:
    url: str | None = None
    final_url: str | None = None
    fetched_at: datetime | None = None
    # 1-based line of the file's row in raw/manifest.jsonl. The fetcher appends rows in capture order and
    # fetched_at has whole seconds, so this breaks ties between two captures of a URL in the same second.
    manifest_line: int | None = None


def discover(raw_dir: Path) -> list[str]:
    """Every page file under the raw root, as sorted '/'-separated relative paths.

    Skipped: the provenance manifest and dot-files/dot-folders (editor and OS litter such as
    .DS_Store or .git, and the fetcher's temporary files); everything else is a candidate page,
    recognised later by content.
    """
    found = []
    for dirpath, dirnames, filenames in os.walk(raw_dir):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        rel_dir = Path(dirpath).relative_to(raw_dir)
        for name in filenames:
            if name.startswith(".") or (name == MANIFEST_NAME and rel_dir == Path(".")):
                continue
            found.append((rel_dir / name).as_posix())
    return sorted(found)


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def page_id_of(sha256: str) -> str:
    return sha256[:16]


# --- the manifest -------------------------------------------------------------------------------------------


def _manifest_lines(raw_dir: Path, decode_errors: str) -> Iterator[tuple[int, object]]:
    """(line number, decoded JSON value or the ValueError it raised) per non-blank line, in file order,
    under a shared lock so a concurrent append is never read half-written."""
    path = Path(raw_dir) / MANIFEST_NAME
    if not path.exists():
        return
    with open(path, encoding="utf-8", errors=decode_errors) as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_SH)
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except ValueError as exc:
                value = exc
            yield number, value


def read_manifest(raw_dir: Path) -> list[dict]:
    """All manifest rows in file order (oldest first); an empty list when there is no manifest yet.
    Strict, for the writer: raises ManifestError on a line that is not a JSON object."""
    rows = []
    path = Path(raw_dir) / MANIFEST_NAME
    for number, value in _manifest_lines(raw_dir, "strict"):
        if isinstance(value, ValueError):
            raise ManifestError(f"{path}:{number}: not valid JSON ({getattr(value, 'msg', value)})") from value
        if not isinstance(value, dict):
            raise ManifestError(f"{path}:{number}: expected a JSON object")
        rows.append(value)
    return rows


def read_provenance(raw_dir: Path) -> tuple[dict[str, Provenance], list[str]]:
    """path -> provenance from raw/manifest.jsonl, plus messages for lines that could not be read.
    Lenient, for ingest: a bad line is a message, never an exception."""
    out: dict[str, Provenance] = {}
    problems: list[str] = []
    for lineno, row in _manifest_lines(raw_dir, "replace"):
        try:
            if isinstance(row, ValueError):
                raise row
            if not isinstance(row, dict):  # a JSON array or scalar: before the raw stage had one home, a crash
                raise TypeError("expected a JSON object")
            url, final_url = row.get("url"), row.get("final_url")
            if final_url is not None and final_url == url:
                final_url = url  # one string for both (most captures were not redirected)
            out[str(row["path"])] = Provenance(url, final_url, _parse_time(row.get("fetched_at")), lineno)
        except (ValueError, KeyError, TypeError) as exc:
            problems.append(f"{MANIFEST_NAME} line {lineno}: not a valid manifest row ({exc})")
    return out, problems


def _parse_time(value) -> datetime | None:
    if not value:
        return None
    try:
        stamp = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=timezone.utc)
    return stamp.astimezone(timezone.utc)


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
        return sha256_of(path.read_bytes())
    return None
