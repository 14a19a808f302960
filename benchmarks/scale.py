"""Benchmark (`make bench-scale`): N generated pages through a Dask LocalCluster from a local S3 server,
next to a local run of the same pages. Needs the scale extra and moto (installed by `make install`).

Pages are copies of raw/ and of the generic-layout fixtures with a small deterministic edit per copy (a
distinct word added to a role name or title), so every page is distinct content.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NOT_COMPARED = {"runs.parquet", "run.json", "roles.duckdb"}


def _tag(i: int) -> str:
    from benchmarks.bench import _tag as tag
    return tag(i)


def generate(raw: Path, n: int) -> None:
    seeds = sorted((REPO / "raw").glob("*.txt"))
    generic = sorted((REPO / "tests" / "fixtures" / "generic").glob("sample_*.txt"))
    texts = [(p, p.read_text(encoding="utf-8")) for p in seeds + generic]
    for i in range(n):
        path, text = texts[i % len(texts)]
        names = re.findall(r"^\| Dimension \| ([^|]+?) \|", text, re.M)
        if names:  # comparison: rename one compared role everywhere on the page
            text = text.replace(names[0], f"{names[0]} {_tag(i)}")
        else:  # guide or another site's role page: its first line names the role
            first = next(line for line in text.splitlines() if line.strip())
            text = text.replace(first, f"{first.rstrip()} {_tag(i)}", 1)
        sub = raw / f"batch{i // 500:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"page{i:06d}{path.suffix}").write_text(text, encoding="utf-8")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and p.name not in NOT_COMPARED}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.environ.update(AWS_ACCESS_KEY_ID="bench", AWS_SECRET_ACCESS_KEY="bench", AWS_DEFAULT_REGION="us-east-1",
                      AWS_ENDPOINT_URL=f"http://127.0.0.1:{port}")
    try:
        import boto3
        import fsspec
        from distributed import LocalCluster

        from pipeline.ingest import IngestOptions, ingest
        from pipeline.storage import resolve_build

        for _ in range(300):
            try:
                boto3.client("s3").create_bucket(Bucket="bench")
                break
            except Exception:
                time.sleep(0.1)
        raw = work / "raw"
        generate(raw, args.pages)
        s3 = fsspec.filesystem("s3")
        t0 = time.perf_counter()
        s3.put(str(raw) + "/", "bench/raw/", recursive=True)
        t_upload = time.perf_counter() - t0

        t0 = time.perf_counter()
        local = ingest(IngestOptions(raw_dir=raw, warehouse_dir=work / "warehouse"))
        t_local = time.perf_counter() - t0

        t0 = time.perf_counter()
        with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster:
            t_start = time.perf_counter() - t0
            t0 = time.perf_counter()
            remote = ingest(IngestOptions(raw_dir="s3://bench/raw", warehouse_dir="s3://bench/warehouse",
                                          scheduler=cluster.scheduler_address))
            t_cluster = time.perf_counter() - t0
        t0 = time.perf_counter()
        cached = ingest(IngestOptions(raw_dir="s3://bench/raw", warehouse_dir="s3://bench/again",
                                      cache_dir="s3://bench/.warehouse.cache"))
        t_cached = time.perf_counter() - t0
        s3.get(resolve_build("s3://bench/warehouse") + "/", str(work / "remote") + "/", recursive=True)
        same = _files(work / "remote") == _files((work / "warehouse").resolve())
        print(f"pages: {args.pages} generated, {local.n_pages} ingested, {local.n_incomplete} incomplete, "
              f"{len(local.errors)} errors; upload to the S3 server {t_upload:.1f} s")
        print(f"local run (process pool, {os.cpu_count()} cores): {t_local:7.2f} s  "
              f"({local.parsed / t_local:.0f} pages/s)")
        print(f"S3 -> S3 via LocalCluster ({args.workers} workers): {t_cluster:7.2f} s  "
              f"({remote.parsed / t_cluster:.0f} pages/s; cluster start {t_start:.1f} s not included)")
        print(f"S3 -> S3 from the S3 parse cache (no cluster): {t_cached:7.2f} s  (parsed {cached.parsed}, "
              f"from cache {cached.cache_hits})")
        print(f"data files byte-identical (S3 build vs local): {same}")
        return 0 if same and remote.n_pages == local.n_pages else 1
    finally:
        server.terminate()
        server.wait(10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
