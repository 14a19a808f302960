"""pipeline export: every table, mart and the run history as Parquet or CSV, run as a process."""
from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.ingest import IngestOptions, ingest
from pipeline.schema import MARTS, RUNS, TABLES

PIPELINE = Path(sys.executable).parent / "pipeline"
EVERY = [t.name for t in TABLES] + [f"marts/{m.name}" for m in MARTS] + [RUNS.name]


def run(*args):
    return subprocess.run([str(PIPELINE), "export", *args], capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    root = tmp_path_factory.mktemp("export")
    raw = root / "raw"
    shutil.copytree(Path(__file__).resolve().parents[1] / "raw", raw)
    (raw / "binary.bin").write_bytes(b"\x00\x01" * 50)
    ingest(IngestOptions(raw_dir=raw, warehouse_dir=root / "warehouse", jobs=1))
    return root / "warehouse"


def test_parquet_export_copies_every_table_and_mart(warehouse, tmp_path):
    out = tmp_path / "out"
    result = run("--warehouse", str(warehouse), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert f"wrote {len(EVERY)} parquet files" in result.stdout
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.parquet"))
    assert files == sorted(f"{name}.parquet" for name in EVERY)
    for name in EVERY:
        assert (out / f"{name}.parquet").read_bytes() == (warehouse / f"{name}.parquet").read_bytes()


def test_csv_export_has_the_registry_columns_and_every_row(warehouse, tmp_path):
    out = tmp_path / "out"
    result = run("--warehouse", str(warehouse), "--out", str(out), "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.csv")) == sorted(f"{n}.csv" for n in EVERY)
    registry = {t.name: t for t in TABLES + MARTS + (RUNS,)}
    for name in EVERY:
        with (out / f"{name}.csv").open(newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        assert rows[0] == registry[name.split("/")[-1]].column_names, name
        assert len(rows) - 1 == pq.read_metadata(warehouse / f"{name}.parquet").num_rows, name
    # a list column becomes a JSON array; a cell keeps its exact text; timestamps are UTC
    with (out / "pages.csv").open(newline="", encoding="utf-8") as f:
        pages = list(csv.DictReader(f))
    assert all(isinstance(json.loads(p["warnings"]), list) for p in pages)
    with (out / "dimensions.csv").open(newline="", encoding="utf-8") as f:
        cells = {r["value"] for r in csv.DictReader(f)}
    assert "Reports to Data Engineering Manager, Head of Data, or CTO" in cells
    with (out / "runs.csv").open(newline="", encoding="utf-8") as f:
        [only_run] = list(csv.DictReader(f))
    assert only_run["started_at"].endswith("+00") and only_run["n_errors"] == "1"
    with (out / "marts" / "ingest_error_kinds.csv").open(newline="", encoding="utf-8") as f:
        assert list(csv.DictReader(f)) == [{"error_kind": "binary_file", "stage": "decode", "n_errors": "1",
                                            "n_files": "1"}]


def test_export_a_chosen_subset(warehouse, tmp_path):
    out = tmp_path / "out"
    result = run("--warehouse", str(warehouse), "--out", str(out), "--format", "csv", "--tables",
                 "roles, role_overview", "--tables", "runs")
    assert result.returncode == 0, result.stderr
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == [
        "marts/role_overview.csv", "roles.csv", "runs.csv"]


def test_unknown_table_and_missing_warehouse_are_clear_errors(warehouse, tmp_path):
    bad = run("--warehouse", str(warehouse), "--out", str(tmp_path / "o"), "--tables", "roles,nope")
    assert bad.returncode == 2 and "unknown table(s) nope" in bad.stderr
    assert not (tmp_path / "o").exists()
    missing = run("--warehouse", str(tmp_path / "none"), "--out", str(tmp_path / "o"))
    assert missing.returncode == 2 and "run `make ingest` first" in missing.stderr
