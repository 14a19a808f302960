"""A stage of the run in a child process of its own (a light module: no heavy imports).

The parse stage leaves a process's heap holding about 1 KiB a page it cannot give back (the unpickled rows
fragment the C and pymalloc heaps). Run in a forked child that writes what later stages need to disk and exits,
that heap goes with the child: the stages after it (DuckDB, Arrow) start from a process that never held it.

``run_in_child(name, body, result_path)`` forks, runs ``body()`` in the child and returns its (picklable) result
in the parent. The child's failure is the parent's: an exception raised by ``body`` is raised again in the
parent (its own type when it can be pickled), a child killed by a signal or gone without a result is a
``StageFailed`` naming it. Ctrl-C reaches both (one process group): the parent waits for the child to stop
before it goes on unwinding (the caller then removes the build folder the child wrote in).
"""
from __future__ import annotations

import os
import pickle
import signal
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


def can_fork() -> bool:
    return hasattr(os, "fork") and sys.platform != "win32"


def run_in_child(name: str, body: Callable[[], object], result_path: Path) -> object:
    """``body()`` in a forked child; its result (or its exception) in this process. See the module doc."""
    result_path = Path(result_path)
    result_path.unlink(missing_ok=True)
    sys.stdout.flush()
    sys.stderr.flush()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # the child: never returns, never runs the parent's finally blocks
        code = 70
        try:
            die_with_parent()
            if os.getppid() != parent:  # the parent died before the line above
                os._exit(code)
            try:
                payload = ("ok", body())
            except BaseException as exc:  # noqa: BLE001 - handed to the parent, which raises it
                payload = ("error", _portable(exc))
            tmp = result_path.with_name(result_path.name + ".tmp")
            with open(tmp, "wb") as out:
                pickle.dump(payload, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, result_path)
            code = 0 if payload[0] == "ok" else 1
        except BaseException:  # noqa: BLE001 - even the report failed: the parent sees no result
            traceback.print_exc()
        finally:
            try:
                sys.stdout.flush()
                sys.stderr.flush()
            finally:
                os._exit(code)
    try:
        status = _wait(pid)
    except BaseException:
        _stop(pid)  # Ctrl-C (the child got it too), or the parent is unwinding: the child goes first
        raise
    return _outcome(name, pid, status, result_path)


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
