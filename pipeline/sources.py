"""Raw stage: discover raw files, read their provenance (manifest), hash their bytes."""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

MANIFEST_NAME = "manifest.jsonl"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
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
    .DS_Store or .git); everything else is a candidate page, recognised later by content.
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


def read_manifest(raw_dir: Path) -> tuple[dict[str, Provenance], list[str]]:
    """path -> provenance from raw/manifest.jsonl, plus messages for lines that could not be read."""
    path = raw_dir / MANIFEST_NAME
    out: dict[str, Provenance] = {}
    problems: list[str] = []
    if not path.exists():
        return out, problems
    with path.open(encoding="utf-8", errors="replace") as handle:
        for lineno, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                out[str(row["path"])] = Provenance(row.get("url"), row.get("final_url"),
                                                   _parse_time(row.get("fetched_at")), lineno)
            except (ValueError, KeyError, TypeError) as exc:
                problems.append(f"{MANIFEST_NAME} line {lineno}: not a valid manifest row ({exc})")
    return out, problems


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def page_id_of(sha256: str) -> str:
    return sha256[:16]
