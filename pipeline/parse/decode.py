"""Parse stage: raw bytes -> text (stub, being written)."""
from __future__ import annotations

from pipeline.model import PageError


def decode_bytes(data: bytes) -> tuple[str, list[str]]:
    if not data.strip():
        raise PageError("empty_file", "The file is empty.", stage="decode")
    return data.decode("utf-8"), []
