"""What a daily user sees, through the CLI as a process: progress of every long stage on a terminal
(a pty) and in a log (a line per interval), per-URL fetch progress, --quiet / --verbose, --version,
and `make check`'s one-line summary with the detail on failure."""
from __future__ import annotations

import errno
import fcntl
import importlib.metadata
import os
import pty
import re
import shutil
import subprocess
import struct
import sys
import termios
from pathlib import Path

import duckdb
import pytest

from fetch_helpers import LocalSite, Reply
from pipeline.version import parser_version
from pipeline.schema import TABLES
from pipeline.warehouse.checks import all_checks

REPO = Path(__file__).resolve().parents[1]
PIPELINE = [str(Path(sys.executable).with_name("pipeline"))]  # the installed console script


def run(*args: str, interval: float | None = None, cwd: Path = REPO) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("PIPELINE_PROGRESS_INTERVAL", None)
    if interval is not None:
        env["PIPELINE_PROGRESS_INTERVAL"] = str(interval)
    return subprocess.run([*PIPELINE, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def run_on_a_terminal(*args: str) -> tuple[int, str]:
    """Run with stdout and stderr on a pseudo-terminal, as in an interactive shell; return (status, screen text)."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))  # a 120-column terminal
    proc = subprocess.Popen([*PIPELINE, *args], cwd=REPO, stdin=subprocess.DEVNULL, stdout=follower,
                            stderr=follower, env={k: v for k, v in os.environ.items() if k != "PIPELINE_PROGRESS_INTERVAL"})
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError as exc:  # EIO: the process closed the terminal
            if exc.errno != errno.EIO:
                raise
            break
        if not data:
            break
        chunks.append(data)
    os.close(leader)
    return proc.wait(timeout=300), b"".join(chunks).decode("utf-8", "replace")


def write_steps() -> int:
    from pipeline.warehouse.write import write_steps as steps

    return steps({t.name: None for t in TABLES})


def test_version_names_the_package_and_parser_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"pipeline {importlib.metadata.version('pipeline')} (parser {parser_version()})"


def test_ingest_in_a_log_prints_progress_lines_for_each_long_stage(seed_raw, tmp_path):
    # interval 0: a line at every step, so the test does not depend on how fast the machine is
    result = run("ingest", "--raw", str(seed_raw), "--warehouse", str(tmp_path / "wh"), interval=0)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    n_checks, n_files = len(all_checks()), 5
    assert f"reading: {n_files}/{n_files} files done" in "\n".join(lines)
    assert any(line.startswith(f"parsing: 1/{n_files} pages (20%), ") for line in lines)
    assert any(re.fullmatch(rf"parsing: {n_files}/{n_files} pages done in \d+\.\ds", line) for line in lines)
    assert any(re.fullmatch(rf"writing: {write_steps()}/{write_steps()} steps done in \d+\.\ds", line) for line in lines)
    assert any(re.fullmatch(rf"checks: {n_checks}/{n_checks} checks done in \d+\.\ds", line) for line in lines)
    stages = [line.split(":")[0] for line in lines if " done in " in line]
    assert stages == ["reading", "parsing", "writing", "checks"]
    assert result.stdout.startswith(f"Built {tmp_path / 'wh'} from {seed_raw}")  # the summary stays on stdout


def test_ingest_in_a_log_stays_quiet_between_intervals(seed_raw, tmp_path):
    result = run("ingest", "--raw", str(seed_raw), "--warehouse", str(tmp_path / "wh"), interval=3600)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no stage ran an hour: no progress line at all
    assert "Built " in result.stdout


def test_ingest_on_a_terminal_draws_a_bar_per_stage(seed_raw, tmp_path):
    status, screen = run_on_a_terminal("ingest", "--raw", str(seed_raw), "--warehouse", str(tmp_path / "wh"))
    assert status == 0, screen
    for stage, total, unit in (("reading", 5, "file"), ("parsing", 5, "page"),
                               ("writing", write_steps(), "step"), ("checks", len(all_checks()), "check")):
        assert re.search(rf"{stage}: 100%\|[^|]*\| {total}/{total} \[[^\]]*{unit}/s\]", screen), (stage, screen)
    assert "Built " in screen


def test_quiet_prints_nothing_on_success_before_or_after_the_command(seed_raw, tmp_path):
    for args in (["ingest", "--quiet"], ["-q", "ingest"]):
        wh = tmp_path / args[0].strip("-")
        result = run(*args, "--raw", str(seed_raw), "--warehouse", str(wh), interval=0)
        assert result.returncode == 0 and result.stdout == "" and result.stderr == "", result
        assert (wh / "roles.duckdb").exists()
    for args in (["check", "-q"], ["export", "-q", "--out", str(tmp_path / "export")]):
        quiet = run(*args, "--warehouse", str(tmp_path / "ingest"))
        assert quiet.returncode == 0 and quiet.stdout == "" and quiet.stderr == "", quiet
    assert (tmp_path / "export" / "marts" / "role_overview.parquet").exists()


def test_verbose_names_each_file_and_the_cache_use(seed_raw, tmp_path):
    result = run("ingest", "-v", "--raw", str(seed_raw), "--warehouse", str(tmp_path / "wh"), interval=3600)
    assert result.returncode == 0, result.stderr
    assert f"{seed_raw}: 5 files, 5 manifest entries" in result.stderr
    assert "parse cache: 0 of 5 distinct pages cached" in result.stderr
    parsed = sorted(line.split()[1].rstrip(":") for line in result.stderr.splitlines() if line.startswith("parsed "))
    assert parsed == sorted(str(p) for p in seed_raw.glob("*.txt"))


def test_quiet_still_reports_errors(tmp_path):
    result = run("ingest", "-q", "--raw", str(tmp_path / "missing"), "--warehouse", str(tmp_path / "wh"))
    assert result.returncode == 2 and "does not exist" in result.stderr


@pytest.fixture
def built(seed_raw, tmp_path) -> Path:
    wh = tmp_path / "wh"
    assert run("ingest", "-q", "--raw", str(seed_raw), "--warehouse", str(wh)).returncode == 0
    return wh


def _make_check(warehouse: Path) -> subprocess.CompletedProcess:
    # a make of its own: not the variables of a `make test ARGS=…` that runs this test (make puts them in the
    # environment, and `check` passes $(ARGS) to the pipeline)
    env = {k: v for k, v in os.environ.items()
           if k not in ("PIPELINE_PROGRESS_INTERVAL", "MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES", "ARGS")}
    return subprocess.run(["make", "-s", "--no-print-directory", "check", f"WAREHOUSE={warehouse}"], cwd=REPO,
                          env=env, capture_output=True, text=True, timeout=300)


def test_make_check_prints_one_line_when_every_check_passes(built):
    result = _make_check(built)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == f"{len(all_checks())} data checks passed on {built / 'roles.duckdb'}\n"
    assert result.stderr == ""


def test_make_check_prints_the_failing_checks_with_rows_when_one_fails(built, tmp_path):
    broken = tmp_path / "broken"
    broken.mkdir()
    shutil.copy(built / "roles.duckdb", broken / "roles.duckdb")
    con = duckdb.connect(str(broken / "roles.duckdb"))
    con.execute("insert into roles select * from roles order by role_id limit 1")
    first_role = con.execute("select min(role_id) from roles").fetchone()[0]
    con.close()
    result = _make_check(broken)
    assert result.returncode != 0
    lines = result.stdout.splitlines()
    assert lines[0] == "FAIL  unique_roles_role_id: 1 failing row(s) — roles has one row per (role_id)"
    assert lines[1] == f"        ('{first_role}', 2)"
    assert not any(line.startswith("PASS") for line in lines)
    n, n_failed = len(all_checks()), sum(line.startswith(("FAIL", "WARN")) for line in lines)
    assert lines[-1] == f"{n} checks, {n - n_failed} passed, {n_failed} failed"
    verbose = run("check", "-v", "--warehouse", str(broken))
    assert sum(line.startswith("PASS") for line in verbose.stdout.splitlines()) > 0


@pytest.fixture
def site():
    server = LocalSite().start()
    yield server
    server.stop()


def test_fetch_reports_each_url_as_it_ends(site, tmp_path):
    site.route("/robots.txt", Reply(404, b""))
    site.route("/a", Reply(200, b"<html><body><h1>A</h1></body></html>"))
    site.route("/b", Reply(404, b"gone"))
    urls = [site.url("/a"), site.url("/b")]
    result = run("fetch", *urls, "--raw", str(tmp_path / "raw"), "--rate", "50", "--retries", "0")
    assert result.returncode == 0, result.stderr
    progress = sorted(line for line in result.stderr.splitlines() if line.startswith("["))
    assert len(progress) == 2
    assert any(re.fullmatch(rf"\[[12]/2\] new +{re.escape(urls[0])} -> \S+", line) for line in progress), progress
    assert any(re.fullmatch(rf"\[[12]/2\] failed +{re.escape(urls[1])}: .*404.*", line) for line in progress), progress
    assert result.stdout.startswith("1 new, 0 unchanged, 0 skipped by robots.txt, 1 failed (2 URLs)")
    quiet = run("fetch", "-q", *urls, "--raw", str(tmp_path / "raw"), "--rate", "50", "--retries", "0")
    assert quiet.returncode == 0 and quiet.stdout == "" and quiet.stderr == "", quiet


def test_every_command_takes_quiet_and_verbose():
    from pipeline.cli import main

    for name, command in main.commands.items():
        options = {opt for param in command.params for opt in param.opts}
        assert {"-q", "--quiet", "-v", "--verbose"} <= options, name
