"""Where ingest time goes, per layout: cProfile of one process, printed (nothing is written to disk).

    python -m benchmarks.hotspots --pages 2000 [--top 12]

1. For each (page type, layout) of the bench corpus: `process_content` over those pages only, in this
   process (what a worker does per page): ms per page and the top functions by own and cumulative time.
2. The whole cold ingest of the corpus with --jobs 1 (parse inline, cache, assemble, Parquet, DuckDB,
   checks, publish): the fixed and per-run costs outside the page parsers.
3. The import time of what `pipeline ingest` loads before the first page.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from benchmarks.corpus import build_corpus

REPO = Path(__file__).resolve().parents[1]


def _where(func: tuple) -> str:
    filename, line, name = func
    path = Path(filename)
    try:
        filename = path.relative_to(REPO).as_posix()
    except ValueError:
        filename = path.name if filename != "~" else ""
    return f"{name} ({filename}:{line})" if filename else name


def _table(prof: cProfile.Profile, total: float, pages: int, top: int, key: str, ms_per_page: float | None = None) -> str:
    """Top functions by own or cumulative time; ms/page is the cumulative share of the unprofiled time
    (cProfile inflates small functions), or the profiled time when that is not known."""
    stats = pstats.Stats(prof)
    rows = []
    for func, (cc, nc, tt, ct, callers) in stats.stats.items():
        rows.append((tt if key == "own" else ct, tt, ct, nc, func))
    rows.sort(key=lambda r: -r[0])
    out = [f"    {'own%':>5} {'cum%':>5} {'cum ms/page':>11} {'calls/page':>10}  function"]
    for _, tt, ct, nc, func in rows[:top]:
        per_page = ct / total * ms_per_page if ms_per_page is not None else ct * 1000 / pages
        out.append(f"    {tt / total:5.1%} {ct / total:5.1%} {per_page:11.3f} {nc / pages:10.1f}  {_where(func)}")
    return "\n".join(out)


def profile_layouts(corpus, top: int, per_layout: int) -> None:
    from pipeline.process import process_content

    groups = defaultdict(list)
    for page in corpus.pages:
        groups[f"{page['page_type']}/{page['layout']}"].append(corpus.all_dir / page["path"])
    for group, files in sorted(groups.items()):
        files = files[:per_layout]
        datas = [f.read_bytes() for f in files]
        t0 = time.process_time()
        for data in datas:
            process_content(data)
        cpu = time.process_time() - t0
        ms = cpu * 1000 / len(files)
        prof = cProfile.Profile()  # perf_counter: the cheapest timer, so call-heavy functions are least inflated
        prof.enable()
        for data in datas:
            process_content(data)
        prof.disable()
        total = pstats.Stats(prof).total_tt
        print(f"\n== {group}: {len(files)} pages, {ms:.2f} CPU ms/page without the profiler "
              f"({total * 1000 / len(files):.2f} under cProfile); 'ms/page' below = share x {ms:.2f}")
        print("  by own time:")
        print(_table(prof, total, len(files), top, "own", ms))
        print("  by cumulative time:")
        print(_table(prof, total, len(files), top, "cum", ms))


def profile_ingest(corpus, top: int) -> None:
    from pipeline.ingest import IngestOptions, ingest

    with tempfile.TemporaryDirectory(prefix="hotspots-") as work:
        prof = cProfile.Profile()
        t0 = time.perf_counter()
        prof.enable()
        ingest(IngestOptions(raw_dir=corpus.all_dir, warehouse_dir=Path(work) / "warehouse", jobs=1))
        prof.disable()
        wall = time.perf_counter() - t0
    stats = pstats.Stats(prof)
    total = stats.total_tt
    n = corpus.n_pages
    print(f"\n== whole cold ingest, --jobs 1, {n} pages: {wall:.2f} s wall under cProfile")
    wanted = ["ingest", "_hash_files", "discover", "read_manifest", "_parse_all", "process_content", "put", "get",
              "_retry_with_context", "add", "replace", "finish", "known_cells", "write_parquet", "write_duckdb",
              "run_checks", "_fill_counts", "publish", "new_build_dir"]
    print(f"    {'cum s':>7} {'cum%':>5} {'ms/page':>8} {'calls':>7}  phase function")
    for func, (cc, nc, tt, ct, callers) in sorted(stats.stats.items(), key=lambda kv: -kv[1][3]):
        if "pipeline/" in func[0] and func[2] in wanted:
            print(f"    {ct:7.2f} {ct / total:5.1%} {ct * 1000 / n:8.3f} {nc:7d}  {_where(func)}")
    print("  top own time (whole run):")
    print(_table(prof, total, n, top, "own"))


def import_costs() -> None:
    code = "import pipeline.cli, pipeline.ingest"
    out = subprocess.run([sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True, cwd=REPO)
    rows = []
    for line in out.stderr.splitlines():
        parts = [p.strip() for p in line.removeprefix("import time:").split("|")]
        if len(parts) == 3 and parts[0].isdigit():
            rows.append((int(parts[1]), parts[2]))
    top_level = [(us, name) for us, name in rows if not name.startswith(" ") and "." not in name.strip()]
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True)
    wall = time.perf_counter() - t0
    print(f"\n== imports before the first page ({code}): {wall:.2f} s wall for the interpreter + imports")
    for us, name in sorted(top_level, reverse=True)[:12]:
        print(f"    {us / 1000:8.1f} ms  {name.strip()}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--top", type=int, default=12)
    ap.add_argument("--per-layout", type=int, default=150, help="pages profiled per layout (the first ones)")
    ap.add_argument("--skip-ingest", action="store_true")
    args = ap.parse_args()
    corpus = build_corpus(args.pages, args.seed)
    profile_layouts(corpus, args.top, args.per_layout)
    if not args.skip_ingest:
        profile_ingest(corpus, args.top)
    import_costs()
    return 0


if __name__ == "__main__":
    sys.exit(main())
