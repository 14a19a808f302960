"""A run that fills the disk: one clear error line, a non-zero exit, the previous warehouse intact.

The warehouse lives on a real 10 MiB tmpfs, mounted in a private mount namespace (`unshare`) so it
vanishes with the test's process, whatever happens. As root the namespace needs no more; otherwise a
user namespace maps the user to root inside it. The CLI runs as a process, as a user runs it.
"""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

SIZE = "7m"  # the seed warehouse (~4.1 MiB with lake/) fits once; a second build beside it cannot


def _unshare() -> list[str]:
    exe = shutil.which("unshare")
    assert exe, "unshare (util-linux) is needed to mount a size-limited tmpfs for this test"
    return [exe, "--mount"] if os.geteuid() == 0 else [exe, "--user", "--map-root-user", "--mount"]


_SCENARIO = r"""
import json, subprocess, sys
from pathlib import Path
mount, seeds, bigger, cache, out = map(Path, sys.argv[1:6])
subprocess.run(["mount", "--make-rprivate", "/"], check=False)
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=%s", "tmpfs", str(mount)], check=True)
wh = mount / "warehouse"
cli = [sys.executable, "-m", "pipeline.cli", "ingest", "--warehouse", str(wh), "--jobs", "1", "--cache-dir", str(cache)]
runs = [subprocess.run(cli + ["--raw", str(raw)], capture_output=True, text=True) for raw in (seeds, bigger)]
result = {"runs": [[r.returncode, r.stdout, r.stderr] for r in runs]}
result["link_after_first"] = str(wh.resolve())
check = subprocess.run([sys.executable, "-m", "pipeline.cli", "check", "--warehouse", str(wh)],
                       capture_output=True, text=True)
result["check"] = [check.returncode, check.stdout[-300:]]
import duckdb
con = duckdb.connect(str(wh / "roles.duckdb"), read_only=True)
result["pages"] = con.execute("select count(*) from pages").fetchone()[0]
con.close()
result["builds"] = sorted(p.name for p in (mount / ".warehouse.builds").iterdir())
result["df"] = subprocess.run(["df", "-k", str(mount)], capture_output=True, text=True).stdout
out.write_text(json.dumps(result))
"""


def test_a_full_disk_gives_one_clear_line_and_keeps_the_previous_warehouse(seed_raw, tmp_path):
    bigger = tmp_path / "bigger"  # the seeds and one more file: a changed raw folder, so a new build
    shutil.copytree(seed_raw, bigger)
    shutil.copy(seed_raw / "001_83811f68547cd489.txt", bigger / "copy_of_001.txt")
    mount, out = tmp_path / "small_disk", tmp_path / "result.json"
    mount.mkdir()
    proc = subprocess.run(
        _unshare() + [sys.executable, "-c", _SCENARIO % SIZE, str(mount), str(seed_raw), str(bigger),
                      str(tmp_path / "cache"), str(out)],
        capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1], timeout=300)
    assert proc.returncode == 0 and out.exists(), proc.stderr
    result = json.loads(out.read_text())
    (first_code, first_out, _), (code, stdout, stderr) = result["runs"]
    assert first_code == 0 and "Built" in first_out
    assert "tmpfs" in result["df"] and " 7168 " in result["df"]  # the limit was real (KiB)
    assert code == 3
    assert stdout == ""
    assert stderr.count("\n") == 1 and "Traceback" not in stderr, stderr
    assert stderr.startswith("error: could not write the new warehouse beside ")
    assert "the disk is full (No space left on device); the previous warehouse was kept." in stderr
    # the previous warehouse is intact and the only build left
    assert result["check"][0] == 0, result["check"]
    assert result["pages"] == 5
    assert result["builds"] == [Path(result["link_after_first"]).name]


def test_the_parse_cache_has_a_folder_of_its_own_beside_the_warehouse(seed_raw, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "ingest", "--raw", str(seed_raw),
                           "--warehouse", str(home / "wh"), "--jobs", "1"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in home.iterdir()) == [".wh.builds", ".wh.cache", ".wh.lock", "wh"]
    assert _cached_pages(home / ".wh.cache") == 5
    custom = tmp_path / "elsewhere"
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "ingest", "--raw", str(seed_raw),
                           "--warehouse", str(home / "wh2"), "--jobs", "1", "--cache-dir", str(custom)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "from cache 0" in proc.stdout and _cached_pages(custom) == 5
    assert not (home / ".wh2.cache").exists()


def _cached_pages(cache_dir: Path) -> int:
    """Pages stored in a parse cache folder (one SQLite file per parser version)."""
    import sqlite3
    total = 0
    for db_path in cache_dir.rglob("pages.sqlite"):
        with sqlite3.connect(db_path) as db:
            total += db.execute("select count(*) from pages").fetchone()[0]
    return total
