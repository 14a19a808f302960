"""Ingest step 3, parse: every distinct content to PageRows, from the parse cache or in a process pool."""
from __future__ import annotations

import gc
import pickle
from collections.abc import Iterator
from pathlib import Path

from pipeline.cache import ParseCache, remember_pickled
from pipeline.model import Issue
from pipeline.normalize.page import PageRows
from pipeline.process import process_content
from pipeline.raw import sha256_of
from pipeline.steps.workers import freeze_after_first_page, worker_pool

_INLINE_BELOW = 16  # fewer pages than this are parsed in-process: a pool costs more than it saves


def split_cached(contents: dict[str, Path], cache: ParseCache) -> tuple[list[tuple[str, PageRows]],
                                                                         list[tuple[str, Path]]]:
    """(sha, rows) of the contents the cache holds, and (sha, path) of those to parse, both in sha order."""
    cached, todo = [], []
    for sha in sorted(contents):
        rows = cache.get(sha)
        if rows is not None:
            cached.append((sha, rows))
        else:
            todo.append((sha, contents[sha]))
    return cached, todo


def _work(path: str) -> tuple[str, bytes]:
    """(sha, the page's PageRows pickled): the worker pickles the rows once, and the parse cache stores
    those bytes as they are (ParseCache.put) instead of pickling the rows again in the parent."""
    data = Path(path).read_bytes()
    sha = sha256_of(data)
    result = sha, pickle.dumps(process_content(data, sha=sha), protocol=pickle.HIGHEST_PROTOCOL)
    freeze_after_first_page()
    return result


def _unpickled(results: Iterator[tuple[str, bytes]]) -> Iterator[tuple[str, PageRows]]:
    for sha, blob in results:
        rows = pickle.loads(blob)
        remember_pickled(sha, rows, blob)
        yield sha, rows


def parse_contents(todo: list[tuple[str, Path]], jobs: int, workers=None) -> Iterator[tuple[str, PageRows]]:
    """Yield (sha, PageRows) for every (sha, path) in todo, in order, in parallel when worth it.
    ``workers``: a pool started earlier by the caller (pipeline.ingest.start_workers: forked while the parent
    was small), used instead of forking one now; the caller closes it."""
    paths = (str(p) for _, p in todo)  # lazily: the pool's feeder takes them as the workers' queue empties
    pool = None
    # While pages stream in, the parent allocates rows by the million: full collections would walk the heap it
    # had before (the modules of pyarrow, duckdb, the parsers) every time. That heap is left out of collections
    # until the parse ends (as the workers do for what they inherit), then given back to the collector.
    gc.freeze()
    if jobs <= 1 or len(todo) < _INLINE_BELOW:
        results = _unpickled(map(_work, paths))
    else:
        if workers is None:
            workers = pool = worker_pool(jobs)
        results = _unpickled(workers.imap(_work, paths, chunksize=max(1, min(64, len(todo) // (jobs * 8) or 1))))
    try:
        yield from checked_results(todo, results)
    finally:
        gc.unfreeze()
        if pool is not None:
            pool.close()
            pool.join()


def checked_results(todo, results) -> Iterator[tuple[str, PageRows]]:
    """Pair each wanted sha with its (sha, rows) parse result; a file whose bytes changed since hashing
    is reported instead of parsed (used by the local pool and by pipeline.storage's readers)."""
    for (want, _), (sha, rows) in zip(todo, results):
        if sha != want:  # the file changed between hashing and parsing
            rows = PageRows(page_id=want[:16], page=None, issues=[Issue(
                "changed_during_ingest", "The file changed while it was being ingested; run ingest again.",
                None, "read")])
        yield want, rows
