"""A stage of the run in a child process of its own (a light module: no heavy imports).

The parse stage leaves a process's heap holding about 1 KiB a page it cannot give back (the unpickled rows
fragment the C and pymalloc heaps). Run in a child process that writes what later stages need to disk and exits,
that heap goes with the child: the stages after it (DuckDB, Arrow) start from a process that never held it.

``run_in_child(name, body, result_path)`` starts a fresh interpreter, runs ``body()`` in it and returns its (picklable) result
in the parent. The child's failure is the parent's: an exception raised by ``body`` is raised again in the
parent (its own type when it can be pickled), a child killed by a signal or gone without a result is a
``StageFailed`` naming it. Ctrl-C reaches both (one process group): the parent waits for the child to stop
before it goes on unwinding (the caller then removes the build folder the child wrote in).
"""
from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

_STOP_SECONDS = 10.0  # how long an interrupted parent waits for the child to stop before it kills it


class StageFailed(RuntimeError):
    """A stage run in a child process died (killed by a signal, or exited without its result)."""


def die_with_parent(sig: int = signal.SIGTERM) -> None:
    """Linux: this process gets ``sig`` when the process that forked it dies (a killed ingest leaves no stage
    or worker running on). Elsewhere a no-op."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, int(sig), 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def can_spawn() -> bool:
    """Whether a stage can run in a child interpreter here (this interpreter's executable is known)."""
    return bool(sys.executable)


def run_in_child(name: str, body: Callable[[], object], result_path: Path) -> object:
    """``body()`` in a child process; its result (or its exception) in this process. See the module doc.

    The child is a fresh interpreter (``python -m pipeline.steps.stage``), not a fork: a fork starts with every
    page this process has touched (its imports and the freed but fragmented heap of the file inventory: ~40 MiB
    at 100,000 files), counted again in the child's RSS and in each parse worker the child forks. ``body`` is
    pickled to it: a module-level function or a ``functools.partial`` of one, with picklable arguments."""
    from pipeline import progress

    result_path = Path(result_path)
    result_path.unlink(missing_ok=True)
    call = result_path.with_name(result_path.name + ".call")
    with open(call, "wb") as out:
        pickle.dump((progress.level(), body), out, protocol=pickle.HIGHEST_PROTOCOL)
    sys.stdout.flush()
    sys.stderr.flush()
    env = dict(os.environ)
    # the child imports this package from where this process did (a source checkout run without installing)
    here = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join([here, *([env["PYTHONPATH"]] if env.get("PYTHONPATH") else [])])
    try:
        proc = subprocess.Popen([sys.executable, "-m", "pipeline.steps.stage", str(call), str(result_path),
                                 str(os.getpid())], env=env)
    except BaseException:
        call.unlink(missing_ok=True)
        raise
    try:
        status = _wait(proc.pid)
    except BaseException:
        _stop(proc.pid)  # Ctrl-C (the child got it too), or the parent is unwinding: the child goes first
        raise
    finally:
        call.unlink(missing_ok=True)
        proc.returncode = -1  # reaped here (os.waitpid): Popen must not wait for it again
    return _outcome(name, proc.pid, status, result_path)


def _child_main(argv: list[str]) -> int:
    """The child: ``python -m pipeline.steps.stage CALL RESULT PARENT_PID``."""
    call, result_path, parent = Path(argv[0]), Path(argv[1]), int(argv[2])
    die_with_parent()
    if os.getppid() != parent:  # the parent died before the line above
        return 70
    from pipeline import progress

    try:
        with open(call, "rb") as fh:
            level, body = pickle.load(fh)
        progress.set_level(level)
        try:
            payload = ("ok", body())
        except BaseException as exc:  # noqa: BLE001 - handed to the parent, which raises it
            payload = ("error", _portable(exc))
        tmp = result_path.with_name(result_path.name + ".tmp")
        with open(tmp, "wb") as out:
            pickle.dump(payload, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, result_path)
        return 0 if payload[0] == "ok" else 1
    except BaseException:  # noqa: BLE001 - even the report failed: the parent sees no result
        traceback.print_exc()
        return 70


def _wait(pid: int) -> int:
    while True:
        try:
            return os.waitpid(pid, 0)[1]
        except ChildProcessError:
            return 0


def _stop(pid: int) -> None:
    """Wait for the child to end (it is stopping on its own after Ctrl-C); interrupt it, then kill it, when it
    does not."""
    deadline = time.monotonic() + _STOP_SECONDS
    signals = [signal.SIGINT, signal.SIGKILL]
    while True:
        try:
            done, _ = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            return
        if done:
            return
        if time.monotonic() >= deadline and signals:
            sig = signals.pop(0)
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                return
            deadline = time.monotonic() + (_STOP_SECONDS if signals else 60.0)
        elif time.monotonic() >= deadline:
            return
        time.sleep(0.05)


def _outcome(name: str, pid: int, status: int, result_path: Path) -> object:
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        try:
            signame = signal.Signals(sig).name
        except ValueError:
            signame = f"signal {sig}"
        hint = " (out of memory?)" if sig == signal.SIGKILL else ""
        raise StageFailed(f"the {name} (process {pid}) was killed by {signame}{hint} before it finished; "
                          "nothing was published")
    try:
        with open(result_path, "rb") as fh:
            kind, value = pickle.load(fh)
    except (OSError, EOFError, pickle.UnpicklingError, ValueError) as exc:
        code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else status
        raise StageFailed(f"the {name} (process {pid}) exited with status {code} without its result "
                          f"({exc}); nothing was published") from None
    finally:
        result_path.unlink(missing_ok=True)
    if kind == "error":
        raise value
    return value


def _portable(exc: BaseException) -> BaseException:
    """The exception itself when it survives pickling, else a StageFailed carrying its text and traceback."""
    try:
        if not isinstance(exc, KeyboardInterrupt):  # where it happened, for a traceback shown in the parent
            exc.add_note("in the child process, " + "".join(traceback.format_tb(exc.__traceback__)).rstrip())
        pickle.loads(pickle.dumps(exc, protocol=pickle.HIGHEST_PROTOCOL))
        return exc
    except Exception:  # noqa: BLE001 - any exception type may refuse pickling
        text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        return StageFailed(f"{type(exc).__name__}: {exc}\n{text}")


if __name__ == "__main__":  # run as the module itself, so that what it pickles names pipeline.steps.stage
    from pipeline.steps import stage as _stage

    sys.exit(_stage._child_main(sys.argv[1:]))
