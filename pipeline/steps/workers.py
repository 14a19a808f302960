"""The parse workers' pool (a light module: the parent may start it before importing the parsers)."""
from __future__ import annotations

import gc
import multiprocessing
import sys

_frozen_after_first_page = False


def worker_pool(jobs: int):
    """A pool of `jobs` parse workers. gc.freeze in each worker: what it inherits (modules, reference data) is
    never collected, so the collector neither walks it nor writes to its pages (copy-on-write) every full
    collection."""
    ctx = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    return ctx.Pool(jobs, initializer=_start_worker)


def _start_worker() -> None:
    """In each worker as it starts: freeze what it inherits, and end with the process that forked it (a parse
    stage killed mid-run leaves no worker behind)."""
    from pipeline.steps.stage import die_with_parent

    gc.freeze()
    die_with_parent()


def freeze_after_first_page() -> None:
    """Called by a worker after each page: the first time, freeze again. A worker started early
    (pipeline.ingest.start_workers) loads the parsers and their reference data with its first page, after the
    gc.freeze of its start. No-op in the parent (a serial run parses there)."""
    global _frozen_after_first_page
    if not _frozen_after_first_page and multiprocessing.parent_process() is not None:
        gc.freeze()
        _frozen_after_first_page = True
