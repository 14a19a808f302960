"""Shared fixtures: the seed pages as a temporary raw folder."""
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
RAW = REPO / "raw"


@pytest.fixture
def seed_raw(tmp_path) -> Path:
    """A copy of the repository's raw/ (the five seed pages and their manifest)."""
    dest = tmp_path / "raw"
    shutil.copytree(RAW, dest)
    return dest
