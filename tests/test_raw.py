"""Raw stage (pipeline/raw.py): discovery and the one manifest contract, strict for the writer, lenient for ingest."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipeline.ingest import IngestOptions, ingest
from pipeline.raw import (ManifestError, Provenance, append_manifest, capture_sha256, discover, latest_capture,
                          read_manifest, read_provenance, sha256_of)

from conftest import SEED_001, query, seed_text


def _write_manifest(raw, text):
    raw.mkdir(parents=True, exist_ok=True)
    (raw / "manifest.jsonl").write_text(text, encoding="utf-8")


def test_discover_skips_the_manifest_and_dot_files(tmp_path):
    for rel in ["b/page.txt", "a.html", "manifest.jsonl", "b/manifest.jsonl", ".git/x", "b/.capture-1.tmp"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")

    assert discover(tmp_path) == ["a.html", "b/manifest.jsonl", "b/page.txt"]


def test_one_bad_line_is_a_problem_for_ingest_and_an_error_for_the_writer(tmp_path):
    _write_manifest(tmp_path, '{"path": "a.txt", "url": "https://h.invalid/a", "fetched_at": "2026-11-22T10:00:00Z"}\n'
                              '\n{"url": \n["not", "an object"]\n{"url": "https://h.invalid/c"}\n')

    provenance, problems = read_provenance(tmp_path)

    assert provenance == {"a.txt": Provenance("https://h.invalid/a", None,
                                              datetime(2026, 11, 22, 10, tzinfo=timezone.utc), 1)}
    assert [p.split(":")[0] for p in problems] == ["manifest.jsonl line 3", "manifest.jsonl line 4",
                                                   "manifest.jsonl line 5"]
    with pytest.raises(ManifestError, match=r"manifest.jsonl:3: not valid JSON"):
        read_manifest(tmp_path)


def test_rows_written_by_the_fetcher_are_read_back_by_both_readers(tmp_path):
    append_manifest(tmp_path, {"path": "h/a/1.html", "url": "https://h.invalid/a", "fetched_at": "2026-11-22T10:00:00Z",
                               "sha256": "ab" * 32})
    (tmp_path / "h/a").mkdir(parents=True)
    (tmp_path / "h/a/2.html").write_bytes(b"second")
    append_manifest(tmp_path, {"path": "h/a/2.html", "url": "https://h.invalid/a"})

    rows = read_manifest(tmp_path)
    assert latest_capture(rows, "https://h.invalid/a")["path"] == "h/a/2.html"
    assert latest_capture(rows, "https://h.invalid/other") is None
    assert capture_sha256(tmp_path, rows[0]) == "ab" * 32
    assert capture_sha256(tmp_path, rows[1]) == sha256_of(b"second")  # no recorded hash: the file's
    assert sorted(read_provenance(tmp_path)[0]) == ["h/a/1.html", "h/a/2.html"]


def test_ingest_records_a_bad_manifest_row_and_goes_on(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "page.txt").write_text(seed_text(SEED_001), encoding="utf-8")
    _write_manifest(raw, '{"path": "page.txt", "url": "https://h.invalid/p"}\n{"path": \n')

    summary = ingest(IngestOptions(raw_dir=raw, warehouse_dir=tmp_path / "wh", jobs=1))

    assert summary.published and summary.n_pages == 1
    assert query(tmp_path / "wh", "select source_path, error_kind, stage from ingest_errors") == [
        ("manifest.jsonl", "bad_manifest_row", "read")]
    # the manifest's own row in page_sources holds the error; the page keeps its URL
    assert query(tmp_path / "wh", "select source_path, url from page_sources order by source_path") == [
        ("manifest.jsonl", None), ("page.txt", "https://h.invalid/p")]
