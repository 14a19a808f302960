"""Shared test fixtures and helpers: the seed pages, one query() on a built warehouse, the golden-file option."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest

REPO = Path(__file__).resolve().parents[1]
RAW = REPO / "raw"
FIXTURES = REPO / "tests" / "fixtures"
# the five seed captures of raw/, by what they show
SEED_000 = "000_8721f9d64318ebcf.txt"  # flat comparison
SEED_001 = "001_83811f68547cd489.txt"  # pipe comparison
SEED_002 = "002_f68b54c20a465fc6.txt"  # pipe comparison
SEED_003 = "003_a017854f642ac3f8.txt"  # pipe comparison
SEED_004 = "004_a03864687bd27f7d.txt"  # compact guide
SEEDS = (SEED_000, SEED_001, SEED_002, SEED_003, SEED_004)
PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "no_proxy",
                   "NO_PROXY")


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="write the expected JSON of every golden test from the current output instead of "
                          "comparing (review the diff before committing)")


@pytest.fixture
def golden(request):
    """golden(expected_path, actual): compare actual with the expected file (JSON, or text for .txt); with
    `pytest --update-golden`, write the file from actual instead. An input without its expected file fails:
    a glob never skips a case silently."""
    update = request.config.getoption("--update-golden")

    def check(expected_path: Path, actual) -> None:
        as_text = expected_path.suffix == ".txt"
        if update:
            expected_path.write_text(actual if as_text else json.dumps(actual, indent=1, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
            return
        assert expected_path.exists(), (f"{expected_path.name} is missing: every fixture input needs its expected "
                                        "output (write it with `pytest --update-golden`, then review the diff)")
        text = expected_path.read_text(encoding="utf-8")
        assert actual == (text if as_text else json.loads(text))

    return check


@pytest.fixture(autouse=True)
def no_proxies(monkeypatch):
    """Scrapy and requests honour proxy variables; tests talk to 127.0.0.1 directly and nowhere else."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def seed_raw(tmp_path) -> Path:
    """A copy of the repository's raw/ (the five seed pages and their manifest)."""
    dest = tmp_path / "raw"
    shutil.copytree(RAW, dest)
    return dest


def seed_text(name: str) -> str:
    return (RAW / name).read_text(encoding="utf-8")


def query(wh: Path, sql: str, params: list | None = None) -> list[tuple]:
    """Rows of one SQL statement on the warehouse's roles.duckdb, opened read-only and closed again."""
    con = duckdb.connect(str(Path(wh) / "roles.duckdb"), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def manifest_rows(raw: Path) -> list[dict]:
    """The JSON rows of raw/manifest.jsonl as written (no manifest: none)."""
    path = Path(raw) / "manifest.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def assert_answers(data: bytes):
    """The one promise for any input: a page row or at least one issue, and no parser crash behind it."""
    from pipeline.process import process_content

    rows = process_content(data)
    assert rows.page is not None or rows.issues, "neither a page nor an issue"
    crashes = [issue.message for issue in rows.issues if issue.kind == "parser_error"]
    assert not crashes, crashes
    return rows
