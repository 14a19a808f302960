"""The parse stage runs in a child process of its own (pipeline/steps/stage.py): its result, its failures and its
death reach the parent (real child interpreters); through the CLI, a stage that fails, is killed or is interrupted leaves the previous
warehouse as it was, no build folder and no process behind."""
from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from pipeline.steps.stage import StageFailed, run_in_child

from conftest import REPO, SEED_001, query


# --- run_in_child: a real child interpreter ------------------------------------------------------------------
# The bodies are module-level functions: the child unpickles them (this folder is on its PYTHONPATH).


@pytest.fixture(autouse=True)
def _tests_importable(monkeypatch):
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(Path(__file__).parent), os.environ.get("PYTHONPATH", "")]))


def _pid_and_rows():
    return os.getpid(), {"rows": [1, 2, 3]}


def _raise_value_error():
    raise ValueError(f"bad page in {os.getpid()}")


def _raise_os_error():
    raise OSError(28, "No space left on device")


class _Unpicklable(Exception):
    def __init__(self, handle):
        super().__init__("holds a handle")
        self.handle = handle

    def __reduce__(self):
        raise pickle.PicklingError("no")


def _raise_unpicklable():
    raise _Unpicklable(lambda: None)


def _kill_self():
    os.kill(os.getpid(), signal.SIGKILL)


def _exit_5():
    os._exit(5)


def test_the_result_comes_from_another_process(tmp_path):
    pid, value = run_in_child("test stage", _pid_and_rows, tmp_path / "out")
    assert pid != os.getpid() and value == {"rows": [1, 2, 3]}
    assert list(tmp_path.iterdir()) == []  # the call and result files are read and removed


def test_an_exception_in_the_child_is_raised_again_in_the_parent(tmp_path):
    with pytest.raises(ValueError, match="bad page in") as caught:
        run_in_child("test stage", _raise_value_error, tmp_path / "out")
    assert str(os.getpid()) not in str(caught.value)
    assert any("in the child process" in note for note in caught.value.__notes__)  # where it happened


def test_an_os_error_keeps_its_errno(tmp_path):
    with pytest.raises(OSError) as caught:
        run_in_child("test stage", _raise_os_error, tmp_path / "out")
    assert caught.value.errno == 28


def test_an_exception_that_cannot_be_pickled_becomes_stage_failed_with_its_text(tmp_path):
    with pytest.raises(StageFailed, match="_Unpicklable: holds a handle"):
        run_in_child("test stage", _raise_unpicklable, tmp_path / "out")


def test_a_child_killed_is_a_clear_error(tmp_path):
    with pytest.raises(StageFailed, match=r"the test stage \(process \d+\) was killed by SIGKILL \(out of memory\?\)"):
        run_in_child("test stage", _kill_self, tmp_path / "out")


def test_a_child_that_exits_without_its_result_is_a_clear_error(tmp_path):
    with pytest.raises(StageFailed, match="exited with status 5 without its result"):
        run_in_child("test stage", _exit_5, tmp_path / "out")


# --- through the CLI ----------------------------------------------------------------------------------------

_CLI = "import sys; from pipeline.cli import main; sys.exit(main())"
# Loaded by every interpreter of a run whose PYTHONPATH starts with its folder: the parse stage (its own
# interpreter) then fails at its last step, as a bug there would.
_BREAK_STAGE = """import os
if os.environ.get("MEM3_BREAK_STAGE"):
    from pipeline.warehouse import assemble

    def boom(self, sources):
        raise RuntimeError("stage broke on purpose")

    assemble.TableBuilder.prepare = boom
"""


def _many_pages(raw: Path, n: int = 600) -> None:
    big = raw / "many"
    big.mkdir()
    text = (raw / SEED_001).read_text()
    for i in range(n):
        (big / f"p{i}.txt").write_text(text.replace("MLOps Engineer", f"MLOps Engineer Grade{i}"))


def _cli(code: str, raw: Path, wh: Path, tag: str, phases: Path | None = None, pythonpath: str = str(REPO),
         extra_env: dict | None = None, **kw) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=pythonpath, MEM3_STAGE_TEST=tag, PIPELINE_STAGES="child", **(extra_env or {}))
    if phases is not None:
        env["PIPELINE_PHASE_LOG"] = str(phases)
    # Ctrl-C as a terminal delivers it: SIGINT at its default, whatever this test process inherited (a test run in a
    # shell's background job starts with SIGINT ignored, and an interpreter started so never turns it into
    # KeyboardInterrupt)
    return subprocess.Popen([sys.executable, "-c", code, "ingest", "--raw", str(raw), "--warehouse", str(wh),
                             "--jobs", "2", "--full"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, preexec_fn=_default_sigint, **kw)


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _tagged(tag: str) -> list[int]:
    """The live processes started with this test's tag in their environment."""
    out = []
    needle = f"MEM3_STAGE_TEST={tag}".encode()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/environ", "rb") as fh:
                    if needle in fh.read().split(b"\0"):
                        with open(f"/proc/{entry}/stat", "rb") as st:
                            if st.read().rsplit(b")", 1)[1].split()[0] != b"Z":
                                out.append(int(entry))
            except OSError:
                pass
    return out


def _none_left(tag: str, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while _tagged(tag):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def _stage_pid(phases: Path, proc: subprocess.Popen, timeout: float = 120.0) -> int | None:
    """The pid that marked the start of parsing (the stage child), once it has."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if phases.exists():
            for line in phases.read_text().splitlines():
                _, pid, name = line.split(" ", 2)
                if name == "parse":
                    return int(pid)
        time.sleep(0.02)
    return None


def _published(wh: Path) -> tuple[Path, dict[str, bytes]]:
    """The live build and its data files (runs.parquet is a log of times, outside the byte guarantee)."""
    live = wh.resolve()
    files = sorted(live.glob("*.parquet")) + sorted(live.glob("marts/*.parquet"))
    return live, {p.relative_to(live).as_posix(): p.read_bytes() for p in files if p.name != "runs.parquet"}


def _builds(wh: Path) -> list[str]:
    from pipeline.warehouse import publish
    return sorted(p.name for p in publish.builds_dir(wh).iterdir())


@pytest.fixture
def built(seed_raw, tmp_path):
    wh = tmp_path / "wh"
    first = subprocess.run([sys.executable, "-c", _CLI, "ingest", "--raw", str(seed_raw), "--warehouse", str(wh),
                            "-q"], env=dict(os.environ, PYTHONPATH=str(REPO)), capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    _many_pages(seed_raw)
    return seed_raw, wh


def test_cli_a_stage_that_fails_keeps_the_previous_warehouse(built, tmp_path):
    raw, wh = built
    before, builds = _published(wh), _builds(wh)
    tag = uuid.uuid4().hex
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "sitecustomize.py").write_text(_BREAK_STAGE)
    proc = _cli(_CLI, raw, wh, tag, pythonpath=os.pathsep.join([str(tmp_path / "site"), str(REPO)]),
                extra_env={"MEM3_BREAK_STAGE": "1"})
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 1
    assert "RuntimeError: stage broke on purpose" in err and "in the child process" in err
    assert _published(wh) == before and _builds(wh) == builds  # the new build folder was removed
    assert query(wh, "select count(*) from pages") == [(5,)]
    assert _none_left(tag)


def test_cli_a_stage_killed_is_one_clear_line_and_keeps_the_previous_warehouse(built, tmp_path):
    raw, wh = built
    before, builds = _published(wh), _builds(wh)
    tag, phases = uuid.uuid4().hex, tmp_path / "phases.log"
    proc = _cli(_CLI, raw, wh, tag, phases)
    stage = _stage_pid(phases, proc)
    assert stage is not None and stage != proc.pid, proc.communicate()
    os.kill(stage, signal.SIGKILL)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 3
    assert f"error: the parse stage (process {stage}) was killed by SIGKILL (out of memory?) before it " \
           "finished; nothing was published; the previous warehouse was kept." in err
    assert "Traceback" not in err
    assert _published(wh) == before and _builds(wh) == builds
    assert _none_left(tag)  # the stage's workers ended with it


def test_cli_ctrl_c_during_the_parse_stage_cleans_up(built, tmp_path):
    raw, wh = built
    before, builds = _published(wh), _builds(wh)
    tag, phases = uuid.uuid4().hex, tmp_path / "phases.log"
    proc = _cli(_CLI, raw, wh, tag, phases, start_new_session=True)  # its own process group, as a terminal's job
    stage = _stage_pid(phases, proc)
    assert stage is not None, proc.communicate()
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: every process of the group
    out, err = proc.communicate(timeout=300)
    assert proc.returncode != 0
    assert _published(wh) == before and _builds(wh) == builds
    assert _none_left(tag)


def test_cli_jobs_1_and_2_parse_in_the_stage_and_give_the_same_bytes(built, tmp_path):
    raw, _ = built
    marks = {}
    for jobs in (1, 2):
        log = tmp_path / f"phases-{jobs}.log"
        run = subprocess.run([sys.executable, "-c", _CLI, "ingest", "--raw", str(raw), "--warehouse",
                              str(tmp_path / f"wh{jobs}"), "--jobs", str(jobs), "-q"],
                             env=dict(os.environ, PYTHONPATH=str(REPO), PIPELINE_PHASE_LOG=str(log),
                                      PIPELINE_STAGES="child"),
                             capture_output=True, text=True, timeout=300)
        assert run.returncode == 0, run.stderr
        marks[jobs] = [line.split(" ", 2) for line in log.read_text().splitlines()]
        parse_pids = {int(pid) for _, pid, name in marks[jobs] if name == "parse"}
        assemble_pids = {int(pid) for _, pid, name in marks[jobs] if name == "assemble"}
        assert len(parse_pids) == 1 and len(assemble_pids) == 1 and parse_pids != assemble_pids
        assert query(tmp_path / f"wh{jobs}", "select count(*) from pages") == [(605,)]
    assert _published(tmp_path / "wh1")[1] == _published(tmp_path / "wh2")[1]


def test_cli_an_unchanged_rerun_starts_no_stage(seed_raw, tmp_path):
    wh = tmp_path / "wh"
    env = dict(os.environ, PYTHONPATH=str(REPO), PIPELINE_STAGES="child")
    for run in ("first", "again"):
        log = tmp_path / f"{run}.log"
        done = subprocess.run([sys.executable, "-c", _CLI, "ingest", "--raw", str(seed_raw), "--warehouse", str(wh)],
                              env=dict(env, PIPELINE_PHASE_LOG=str(log)), capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        marks = [line.split(" ", 2) for line in log.read_text().splitlines()]
        names = [name for _, _, name in marks]
        if run == "first":
            assert "parse stage (child)" in names and len({pid for _, pid, _ in marks}) == 3  # parent + 2 stages
        else:
            assert "is up to date" in done.stdout
            assert names == ["inventory and hash"]  # no stage, no parse, no import of the heavy libraries


def test_stages_run_in_children_from_a_size_on_unless_told(monkeypatch):
    from pipeline import ingest as run

    monkeypatch.delenv(run.STAGES_ENV, raising=False)
    assert not run._in_child_stages(run.STAGE_MIN_CONTENTS - 1) and run._in_child_stages(run.STAGE_MIN_CONTENTS)
    monkeypatch.setenv(run.STAGES_ENV, "child")
    assert run._in_child_stages(1)
    monkeypatch.setenv(run.STAGES_ENV, "inline")
    assert not run._in_child_stages(10 ** 6)


def test_small_run_inline_and_staged_give_the_same_bytes(seed_raw, tmp_path):
    out = {}
    for mode in ("inline", "child"):
        log = tmp_path / f"{mode}.log"
        done = subprocess.run([sys.executable, "-c", _CLI, "ingest", "--raw", str(seed_raw), "--warehouse",
                               str(tmp_path / mode), "-q"], capture_output=True, text=True, timeout=300,
                              env=dict(os.environ, PYTHONPATH=str(REPO), PIPELINE_STAGES=mode,
                                       PIPELINE_PHASE_LOG=str(log)))
        assert done.returncode == 0, done.stderr
        pids = {line.split(" ", 2)[1] for line in log.read_text().splitlines()}
        assert len(pids) == (1 if mode == "inline" else 3)
        out[mode] = _published(tmp_path / mode)[1]
    assert out["inline"] == out["child"] and len(out["inline"]) > 20
