"""Parse stage on a dask.distributed cluster: the pure per-page map runs on the workers.

Workers read the captures from the shared store themselves (an fsspec URL, configured on each worker the
standard way: AWS_* variables or fsspec config; or a path every worker sees); only hashes and parsed rows
come back, a few batches at a time (at most ``_IN_FLIGHT_PER_WORKER`` batches per worker thread are
submitted ahead), and in the order asked, so the client assembles exactly as a local run does. The
cross-page step (known cells, role identity) stays on the client.
"""
from __future__ import annotations

import hashlib
from collections import deque

_HASH_BATCH = 128  # captures hashed per task
_PARSE_BATCH = 16  # pages parsed per task: rows of at most this many pages come back in one result
_IN_FLIGHT_PER_WORKER = 2


def connect(address: str):
    """A client of the scheduler at ``tcp://HOST:8786`` (fails fast with a clear message)."""
    from distributed import Client

    try:
        return Client(address, timeout="20s")
    except OSError as exc:
        raise ConnectionError(f"could not reach the Dask scheduler at {address}: {exc}") from exc


def _read(url: str) -> bytes:
    import fsspec

    fs, path = fsspec.core.url_to_fs(url)
    return fs.cat_file(path)


def _hash_batch(urls: list[str]) -> list[tuple[str | None, int, str | None]]:
    out = []
    for url in urls:
        try:
            data = _read(url)
        except OSError as exc:
            out.append((None, 0, getattr(exc, "strerror", None) or str(exc) or type(exc).__name__))
            continue
        out.append((hashlib.sha256(data).hexdigest(), len(data), None))
    return out


def _parse_batch(urls: list[str]):
    from pipeline.process import process_content

    out = []
    for url in urls:
        try:
            data = _read(url)
        except OSError:  # gone since it was hashed: the client reports it as changed during the ingest
            out.append((None, None))
            continue
        out.append((hashlib.sha256(data).hexdigest(), process_content(data)))
    return out


def _ordered_map(client, func, items: list, batch: int):
    """Yield func's per-item results in order, with a bounded number of batches in flight."""
    chunks = [items[i:i + batch] for i in range(0, len(items), batch)]
    threads = sum(client.nthreads().values()) or 1
    window = max(2, threads * _IN_FLIGHT_PER_WORKER)
    pending: deque = deque()
    next_chunk = 0
    while next_chunk < len(chunks) or pending:
        while next_chunk < len(chunks) and len(pending) < window:
            # pure=False: the same batch submitted by two runs is read again (the store may have changed)
            pending.append(client.submit(func, chunks[next_chunk], pure=False))
            next_chunk += 1
        future = pending.popleft()
        results = future.result()
        future.release()
        yield from results


def hash_on_cluster(client, urls: list[str]):
    """(sha256, size, error) for every capture URL, read and hashed on the workers."""
    return _ordered_map(client, _hash_batch, urls, _HASH_BATCH)


def parse_on_cluster(client, urls: list[str]):
    """(sha256, PageRows) for every capture URL, read and parsed on the workers, in order."""
    return _ordered_map(client, _parse_batch, urls, _PARSE_BATCH)
