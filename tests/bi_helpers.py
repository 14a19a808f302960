"""Helpers for the BI connection tests: build a warehouse with the CLI, and change a raw page."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EDIT_MARKER = "(edited for the BI test)"


def run_cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    """`pipeline ARGS` as a process, as a user runs it; fails the test with its output on error."""
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", *args], cwd=REPO, capture_output=True,
                          text=True, timeout=timeout)
    assert proc.returncode == 0, f"pipeline {' '.join(args)} exited {proc.returncode}:\n{proc.stdout}\n{proc.stderr}"
    return proc


def seed_warehouse(root: Path) -> tuple[Path, Path]:
    """A copy of the seed raw/ under root and a warehouse built from it: (raw, warehouse)."""
    raw, warehouse = root / "raw", root / "warehouse"
    shutil.copytree(REPO / "raw", raw)
    run_cli("ingest", "--raw", str(raw), "--warehouse", str(warehouse))
    return raw, warehouse


def edit_first_comparison_cell(raw: Path) -> None:
    """Append EDIT_MARKER to the first role cell of the first pipe-table row of a seed comparison page,
    so the next build has one cell that differs from the other page stating it."""
    for path in sorted(raw.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        for i, line in enumerate(lines):
            cells = line.split(" | ")
            if line.startswith("| Primary Role |") and len(cells) > 2:
                cells[1] += f" {EDIT_MARKER}"
                lines[i] = " | ".join(cells)
                path.write_text("\n".join(lines), encoding="utf-8")
                return
    raise AssertionError("no seed comparison page with a '| Primary Role |' row to edit")
