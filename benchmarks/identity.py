"""Byte identity of the warehouse across a refactor: ingest a raw folder and digest every Parquet file.

    .venv/bin/python -m benchmarks.identity RAW --out before.json            # before the change
    .venv/bin/python -m benchmarks.identity RAW --compare before.json        # after: exit 1 on any difference
    .venv/bin/python -m benchmarks.identity --bench 2000 --compare bench.json  # the generated bench corpus

`pages.parser_version` is by design a digest of the code that shapes the rows (pipeline/version.py), so
any edit of that code changes it. A behaviour-preserving refactor must change nothing else: this script
pins the digest to a constant while it ingests, and then every table and mart must be byte-identical.
`runs.parquet` is a log (start/end times) and is not compared.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import json
import sys
import tempfile
from pathlib import Path

from pipeline import version

PINNED_DIGEST = "0" * 64


def digests(raw: Path, jobs: int | None = None) -> dict[str, str]:
    """'<table>.parquet' / 'marts/<mart>.parquet' -> sha256 of the file, after a full ingest of raw."""
    from pipeline.ingest import IngestOptions, ingest

    version.content_digest = lambda root, paths=version.SHAPING_PATHS: PINNED_DIGEST
    version.parser_version.cache_clear()
    version.build_version.cache_clear()
    with tempfile.TemporaryDirectory(prefix="identity-") as work:
        warehouse = Path(work) / "warehouse"
        # the run's stages are child interpreters (pipeline/steps/stage.py): they pin the digest the same way,
        # from a sitecustomize module first on their PYTHONPATH
        site = Path(work) / "site"
        site.mkdir()
        (site / "sitecustomize.py").write_text(
            "from pipeline import version\n"
            f"version.content_digest = lambda root, paths=version.SHAPING_PATHS: {PINNED_DIGEST!r}\n")
        before = os.environ.get("PYTHONPATH")
        os.environ["PYTHONPATH"] = os.pathsep.join([str(site), *([before] if before else [])])
        try:
            ingest(IngestOptions(raw_dir=raw, warehouse_dir=warehouse, jobs=jobs, full=True,
                                 cache_dir=Path(work) / "cache"))
        finally:
            if before is None:
                os.environ.pop("PYTHONPATH", None)
            else:
                os.environ["PYTHONPATH"] = before
        out = {}
        for path in sorted(warehouse.resolve().rglob("*.parquet")):
            rel = path.relative_to(warehouse.resolve()).as_posix()
            if rel != "runs.parquet":
                out[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
        return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("raw", nargs="?", type=Path, help="raw folder to ingest")
    ap.add_argument("--bench", type=int, metavar="N", help="ingest the N-page bench corpus (seed 7, the one `make "
                    "bench N=...` uses, generated or read from .cache/bench/) instead of RAW")
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--out", type=Path, help="write the digests here (JSON)")
    ap.add_argument("--compare", type=Path, help="compare with digests written earlier; exit 1 on a difference")
    args = ap.parse_args()
    if (args.raw is None) == (args.bench is None):
        ap.error("give RAW or --bench N")
    if args.bench is not None:
        from benchmarks.corpus import build_corpus

        found = digests(build_corpus(args.bench, 7).all_dir, args.jobs)
    else:
        found = digests(args.raw, args.jobs)
    if args.out:
        args.out.write_text(json.dumps(found, indent=1, sort_keys=True) + "\n")
    if args.compare:
        expected = json.loads(args.compare.read_text())
        differ = sorted(k for k in expected.keys() | found.keys() if expected.get(k) != found.get(k))
        for name in differ:
            print(f"DIFFERENT: {name}")
        print(f"{len(found)} Parquet files, {len(differ)} different from {args.compare}")
        return 1 if differ else 0
    print(f"{len(found)} Parquet files digested")
    return 0


if __name__ == "__main__":
    sys.exit(main())
