"""Warehouse stage: one writer at a time, and an atomic swap of a complete build into place.

``warehouse`` is a symlink to a complete build under ``.warehouse.builds/``; a new build is
written beside it and the link is replaced with ``os.replace`` (atomic on POSIX). A run killed
at any moment, SIGKILL included, leaves the link pointing at the previous complete build.
Readers that hold files open (a BI tool on roles.duckdb) keep reading the old build.
"""
from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import time
from pathlib import Path


class WarehouseBusy(RuntimeError):
    """Another ingest holds the lock on this warehouse."""


def builds_dir(warehouse: Path) -> Path:
    return warehouse.parent / f".{warehouse.name}.builds"


@contextlib.contextmanager
def writer_lock(warehouse: Path):
    """Exclusive lock for one ingest per warehouse; a second one fails fast with a clear message."""
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    lock_path = warehouse.parent / f".{warehouse.name}.lock"
    handle = lock_path.open("a+")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            raise WarehouseBusy(
                f"Another ingest is already writing {warehouse} ({holder}); "
                "wait for it to finish and run again.") from None
        with contextlib.suppress(OSError):  # who holds the lock is a courtesy note (a full disk refuses it)
            handle.seek(0)
            handle.truncate()
            handle.write(f"pid {os.getpid()}, started {time.strftime('%Y-%m-%d %H:%M:%S')}")
            handle.flush()
        yield
    finally:
        handle.close()


def new_build_dir(warehouse: Path) -> Path:
    root = builds_dir(warehouse)
    root.mkdir(parents=True, exist_ok=True)
    path = root / f"build-{time.time_ns()}-{os.getpid()}"
    path.mkdir()
    return path


def current_build(warehouse: Path) -> Path | None:
    """The directory the warehouse currently resolves to, if any."""
    return warehouse.resolve() if warehouse.exists() else None


def publish(build: Path, warehouse: Path) -> None:
    """Atomically make `build` the warehouse, then remove builds nothing points to."""
    if warehouse.exists() and not warehouse.is_symlink():
        # First run over a plain directory (e.g. from an older version): move it aside once.
        warehouse.rename(builds_dir(warehouse) / f"legacy-{time.time_ns()}")
    link_tmp = warehouse.parent / f".{warehouse.name}.link-{os.getpid()}"
    with contextlib.suppress(FileNotFoundError):
        link_tmp.unlink()
    link_tmp.symlink_to(os.path.relpath(build, warehouse.parent))
    os.replace(link_tmp, warehouse)
    # The swap is done: what follows is housekeeping and must not make a published run look failed.
    with contextlib.suppress(OSError):
        _fsync_dir(warehouse.parent)
    remove_stale_builds(warehouse)


def remove_stale_builds(warehouse: Path) -> None:
    """Delete builds the warehouse does not point to (old ones, and those of killed runs).
    Call only while holding the writer lock."""
    keep = current_build(warehouse)
    root = builds_dir(warehouse)
    if not root.exists():
        return
    for child in root.iterdir():
        if child.resolve() != keep:
            shutil.rmtree(child, ignore_errors=True)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
