"""The parse cache can never serve stale rows: its key is a digest of the code and reference data."""
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb

from pipeline.version import SHAPING_PATHS, content_digest, parser_version

PACKAGE = Path(__file__).resolve().parents[1] / "pipeline"


def test_the_digest_covers_parse_normalize_and_reference_files(tmp_path):
    copy = tmp_path / "pipeline"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = content_digest(copy)
    assert before == content_digest(PACKAGE)  # bytes, not paths or times, make the version
    for rel in ("parse/guide/__init__.py", "text/titles.py", "reference/employers.tsv", "reference/new.tsv"):
        target = copy / rel
        target.write_text((target.read_text() if target.exists() else "") + "\n# changed\n")
        after = content_digest(copy)
        assert after != before, rel
        before = after
    (copy / "warehouse" / "write.py").write_text("# not part of the parse output\n")
    assert content_digest(copy) == before
    assert {"parse", "normalize", "reference"} <= set(SHAPING_PATHS)
    assert parser_version().startswith("2+") and len(parser_version()) == 14


def _ingest(package_root: Path, raw: Path, wh: Path, cache: Path) -> str:
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "ingest", "--raw", str(raw), "--warehouse", str(wh), "--jobs", "1",
         "--cache-dir", str(cache)],
        capture_output=True, text=True, cwd=package_root, env={"PYTHONPATH": str(package_root), "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_changing_a_reference_file_reparses_the_pages(seed_raw, tmp_path):
    """A copy of the package runs the real CLI; an edit of its reference data empties the cache."""
    root = tmp_path / "code"
    shutil.copytree(PACKAGE, root / "pipeline", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(PACKAGE.parent / "sql", root / "sql")
    cache = tmp_path / "cache"
    first = _ingest(root, seed_raw, tmp_path / "wh1", cache)
    assert "parsed 5, from cache 0" in first
    again = _ingest(root, seed_raw, tmp_path / "wh2", cache)
    assert "parsed 0, from cache 5" in again
    # a new salary level word: guides are read differently, so cached rows would be stale
    levels = root / "pipeline" / "reference" / "salary_levels.tsv"
    levels.write_text(levels.read_text() + "\n")
    changed = _ingest(root, seed_raw, tmp_path / "wh3", cache)
    assert "parsed 5, from cache 0" in changed
    versions = [duckdb.connect(str(tmp_path / wh / "roles.duckdb"), read_only=True)
                .execute("select distinct parser_version from pages").fetchall() for wh in ("wh1", "wh3")]
    assert versions[0] != versions[1]
    # the old version's folder is removed: its rows can never be read again
    assert len([p for p in cache.iterdir() if p.is_dir()]) == 1
