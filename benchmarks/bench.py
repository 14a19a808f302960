"""Benchmark: ingest speed and peak memory on N generated pages (variants of the seed pages).

Targets (checked here, never in timed tests): a cold build parses >= 50 pages/s on 2 cores,
a re-run on unchanged input takes < 20% of the cold build, and peak memory of the parent
process stays under 1 GiB at N=2000 (it grows with the rows kept, not with the raw bytes).
"""
from __future__ import annotations

import argparse
import re
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from pipeline.ingest import IngestOptions, default_cache_dir, ingest

REPO = Path(__file__).resolve().parents[1]
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _tag(i: int) -> str:
    """A distinct capitalised word per page (Grade Ab, Grade Ac, ...) that keeps role names realistic."""
    word = ""
    i += 26
    while i:
        i, r = divmod(i, 26)
        word = _LETTERS[r] + word
    return word.capitalize()


def generate(raw: Path, n: int) -> None:
    seeds = sorted(p for p in (REPO / "raw").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    for i in range(n):
        text = texts[i % len(texts)]
        first = text.splitlines()[0] if i % len(texts) == 4 else None
        if first:  # guide: rename its role
            text = text.replace(first, f"{first} {_tag(i)}", 1)
        else:  # comparison: rename one compared role everywhere on the page
            names = re.findall(r"^\| Dimension \| ([^|]+?) \|", text, re.M) or ["Data Engineer"]
            text = text.replace(names[0], f"{names[0]} {_tag(i)}")
        sub = raw / f"batch{i // 500:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"page{i:06d}.txt").write_text(text, encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--jobs", type=int, default=None)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-"))
    try:
        raw, wh = work / "raw", work / "warehouse"
        generate(raw, args.pages)
        t0 = time.perf_counter()
        cold = ingest(IngestOptions(raw_dir=raw, warehouse_dir=wh, jobs=args.jobs))
        t_cold = time.perf_counter() - t0
        t0 = time.perf_counter()
        warm = ingest(IngestOptions(raw_dir=raw, warehouse_dir=wh, jobs=args.jobs))
        t_warm = time.perf_counter() - t0
        t0 = time.perf_counter()
        cached = ingest(IngestOptions(raw_dir=raw, warehouse_dir=work / "wh2", jobs=args.jobs,
                                      cache_dir=default_cache_dir(wh)))
        t_cached = time.perf_counter() - t0
        peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        rate = cold.parsed / t_cold
        print(f"pages: {args.pages} generated, {cold.n_pages} ingested, {cold.n_incomplete} incomplete, "
              f"{len(cold.errors)} errors")
        print(f"cold build:     {t_cold:7.2f} s  ({rate:.0f} pages/s parsed)")
        print(f"unchanged rerun:{t_warm:7.2f} s  ({t_warm / t_cold:.1%} of cold; parsed {warm.parsed})")
        print(f"cached rebuild: {t_cached:7.2f} s  ({t_cached / t_cold:.1%} of cold; parsed {cached.parsed})")
        print(f"peak RSS: parent {peak_self:.0f} MiB, largest worker {peak_children:.0f} MiB")
        ok = rate >= 50 and t_warm < 0.2 * t_cold and peak_self < 1024
        print("targets:", "met" if ok else "NOT met")
        return 0 if ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
