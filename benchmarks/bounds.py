"""What bounds targets 1 and 2 of issue 9, measured in one process over the same bench pages as their floors.

    python -m benchmarks.bounds --pages 3000            # the bench corpus of that size (built when missing)
    python -m benchmarks.bounds --pages 40 --rounds 1 --json bounds.json

1. Floors, per page, best of `--rounds` rounds, alternated with the worker's passes below: target 1's bare floor
   (`benchmarks.measure.text_floor_seconds`: read + decode + split lines + one regex pass) over the text pages;
   target 2's peer (`benchmarks.measure.bs4_seconds`: `BeautifulSoup(html, "lxml")` + the text of every cell-like
   element) and a bare `lxml.html.fromstring` (read + decode + parse: what lxml alone costs) over the HTML pages.
2. A worker's page split by stage: the real functions the pipeline calls on a page (`pipeline.steps.parse_pages._work`
   -> `pipeline.process.process_content` -> `parse_document`, `normalize_page`, ...) are wrapped with a timer where
   they are looked up (module attributes) while one pass runs; each stage is its functions' own CPU time (the time
   of the wrapped functions it calls is subtracted; CPU, so that a shared machine's preemptions land in no stage),
   so the stages add up to the whole. Unwrapped passes of
   `process_content` (bytes in memory) and of `_work` (the file read, hashed, parsed, pickled) are timed beside
   them. Before each pass the pipeline's bounded per-text memo caches are cleared (each pass reads its pages once,
   as a worker does); the reference data stay loaded (a worker loads them once).
3. The run's fixed and serial costs: cold `pipeline ingest --jobs 2` runs of each kind's pages, of their first
   quarter and of their first page (`benchmarks.phases.sample_run`: wall, CPU, and each phase's wall and CPU by
   process). The "parse" phase is the parallel part (the workers and the process taking their pages); the rest of
   the run's wall is serial (start-up, inventory, second pass, assemble, roles.duckdb, lake, checks, publish).
4. The bound: for each target, the wall ratio the run would reach if one stage of the worker's page cost nothing,
   if every stage but the page-type parser cost nothing, and if moreover the rest of the run (the process taking
   the pages, the serial run outside the parse) cost nothing. Model: run wall = serial wall + parse wall; parse
   wall = max(taker's CPU, (workers' CPU + taker's CPU) / (2 x e)), e the parse phase's measured parallel
   efficiency (CPU / 2 / wall); a stage that costs nothing takes pages x its measured ms out of the workers' CPU.
   Columns: at the measured size, and extrapolated to 100,000 pages (the measured size's modelled wall plus, for
   each further page, what one more page cost between the quarter run and the whole run: serial wall, workers' and
   taker's CPU, at that margin's parallel efficiency; the floors are per page); each as measured and unloaded (the
   parse on two full cores, the serial run at its CPU time when that is less than its wall: the 2 cores here are
   shared with other jobs, and a probe of two busy processes before each run says how much of them the run had).
   A real run of 10,000 pages or more also starts two child interpreters (~1.3 s of CPU), not in the model. The
   extrapolated column wants `--pages 20000` or more: at 3,000 pages the quarter runs are mostly fixed cost and the
   growth between them is noise on a shared machine.
Nothing here changes what the pipeline computes; it only times it.
"""
from __future__ import annotations

import argparse
import functools
import gc
import json
import os
import pickle
import shutil
import sys
import tempfile
import time
import types
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path

from benchmarks import measure, phases
from benchmarks.corpus import CACHE_ROOT, build_corpus

PROJECTED_PAGES = 100_000
LIMITS = {"text": 4.0, "html": 0.5}  # issue 9: text build <= 4x the bare floor; HTML pipeline <= 0.5x bs4
PARSER_STAGE = "page-type parser"

# (module, attribute, stage): where each function is looked up when a worker's page runs. Order is the order of a
# page; a stage may have several functions.
WRAPPED = (
    ("pipeline.steps.parse_pages", "_work", "read the file (and the rest of _work)"),
    ("pipeline.steps.parse_pages", "sha256_of", "sha256 in _work"),
    ("pipeline.process", "sha256_of", "sha256 + page id"),
    ("pipeline.process", "page_id_of", "sha256 + page id"),
    ("pipeline.steps.parse_pages", "process_content", "process_content (own code)"),
    ("pipeline.process", "parse_document", "decode and dispatch (own code)"),
    ("pipeline.parse", "decode_bytes", "decode"),
    ("pipeline.parse", "parse_rendered", "decode and dispatch (own code)"),
    ("pipeline.parse", "looks_like_html", "is it HTML, was it cut"),
    ("pipeline.parse", "html_is_truncated", "is it HTML, was it cut"),
    ("pipeline.parse.html", "_parse", "lxml parse"),
    ("pipeline.parse", "html_to_text", "render HTML to lines"),
    ("pipeline.parse", "detect", "layout detection"),
    ("pipeline.parse", "_drop_last_block", "decode and dispatch (own code)"),
    ("pipeline.parse", "_parse_as", PARSER_STAGE),
    ("pipeline.process", "normalize_page", "normalise (own code)"),
    ("pipeline.normalize.page", "identify_role", "role identity"),
    ("pipeline.normalize.page", "_hold_to_checks", "hold rows to the data checks"),
    ("pipeline.normalize.page", "_derive_relations", "derived rows (reporting, paths)"),
    ("pipeline.normalize.page", "_strings_of", "text coverage"),
    ("pipeline.normalize.page", "text_coverage", "text coverage"),
    ("pipeline.process", "parser_version", "process_content (own code)"),
    ("pipeline.steps.parse_pages", "pickle.dumps", "pickle the rows"),
)
# The stages inside process_content (what its unwrapped timing is compared with); the others are _work's.
OUTSIDE_PROCESS_CONTENT = {"read the file (and the rest of _work)", "sha256 in _work", "pickle the rows"}


class StageClock:
    """Own CPU time per stage: a wrapped call's time minus the time of the wrapped calls it made."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._stack: list[float] = []

    def wrap(self, stage: str, fn):
        # CPU time of this process: a shared machine's preemptions do not land in a stage (0.6 us a reading here)
        seconds, calls, stack, clock = self.seconds, self.calls, self._stack, time.process_time

        @functools.wraps(fn)
        def timed(*args, **kwargs):
            stack.append(0.0)
            t0 = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                elapsed = clock() - t0
                inner = stack.pop()
                seconds[stage] += elapsed - inner
                calls[stage] += 1
                if stack:
                    stack[-1] += elapsed
        return timed


@contextmanager
def wrapped(clock: StageClock):
    """Every function of WRAPPED replaced by its timed wrapper where the pipeline looks it up, then restored."""
    import importlib

    undo = []
    try:
        for module_name, attr, stage in WRAPPED:
            module = importlib.import_module(module_name)
            if attr == "pickle.dumps":  # parse_pages calls pickle.dumps: its module's `pickle` name gets a shim
                shim = types.SimpleNamespace(**{k: getattr(pickle, k) for k in ("HIGHEST_PROTOCOL", "loads")})
                shim.dumps = clock.wrap(stage, pickle.dumps)
                undo.append((module, "pickle", module.pickle))
                module.pickle = shim
                continue
            undo.append((module, attr, getattr(module, attr)))
            setattr(module, attr, clock.wrap(stage, getattr(module, attr)))
        yield
    finally:
        for module, attr, original in reversed(undo):
            setattr(module, attr, original)


def clear_text_memos() -> int:
    """cache_clear() every bounded lru_cache of the pipeline's modules (per-text memos: role identity, entity slugs,
    ...); the unbounded ones hold reference data and compiled patterns, loaded once per worker, and stay."""
    n = 0
    for name, module in list(sys.modules.items()):
        if not name.startswith("pipeline.") or module is None:
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_parameters", None)
            if callable(info) and info().get("maxsize") is not None:
                value.cache_clear()
                n += 1
    return n


def _timed(fn, *args) -> tuple[float, float]:
    gc.collect()
    t0, c0 = time.perf_counter(), time.process_time()
    fn(*args)
    return time.perf_counter() - t0, time.process_time() - c0


def _process_all(datas: list[bytes]) -> None:
    from pipeline.process import process_content

    for data in datas:
        process_content(data)


def _work_all(paths: list[str]) -> None:
    from pipeline.steps import parse_pages

    for path in paths:
        parse_pages._work(path)  # looked up each call: the wrapped pass sees its wrapper


def _lxml_all(files: list[Path]) -> None:
    import lxml.html

    for path in files:
        lxml.html.fromstring(path.read_bytes().decode("utf-8", "replace"))


def measure_pages(files: dict[str, list[Path]], rounds: int) -> dict:
    """Floors and the worker's page by stage, per kind, best of `rounds` rounds alternated (ms a page: wall and
    CPU of the round with the least CPU)."""
    from pipeline.process import process_content

    datas = {kind: [p.read_bytes() for p in fs] for kind, fs in files.items()}
    for kind in files:  # load the parsers' reference data once, as a worker does with its first pages
        for data in datas[kind][:20]:
            process_content(data)
    gc.collect()
    gc.freeze()  # as a worker does after its first page (pipeline.steps.workers): collections skip what it loaded
    best: dict[str, dict] = {kind: {} for kind in files}

    def keep(kind: str, name: str, wall: float, cpu: float, extra: dict | None = None) -> None:
        n = len(files[kind])
        if name not in best[kind] or cpu < best[kind][name]["cpu_s"]:  # CPU: what the load moves least
            best[kind][name] = {"wall_s": wall, "cpu_s": cpu, "ms": wall * 1000 / n, "cpu_ms": cpu * 1000 / n,
                                **(extra or {})}

    try:
        _rounds(files, datas, rounds, keep)
    finally:
        gc.unfreeze()
    return best


def _rounds(files: dict[str, list[Path]], datas: dict[str, list[bytes]], rounds: int, keep) -> None:
    for r in range(rounds):
        for kind, fs in files.items():
            paths = [str(p) for p in fs]
            if kind == "text":
                keep(kind, "floor", *measure.text_floor_seconds(fs, repeats=1))
            else:
                keep(kind, "bs4", *measure.bs4_seconds(fs))
                keep(kind, "lxml", *_timed(_lxml_all, fs))
            clear_text_memos()
            keep(kind, "process_content", *_timed(_process_all, datas[kind]))
            clear_text_memos()
            clock = StageClock()
            with wrapped(clock):
                wall, cpu = _timed(_work_all, paths)
            n = len(fs)
            keep(kind, "stages", wall, cpu, {"stages_ms": {s: v * 1000 / n for s, v in clock.seconds.items()},  # CPU
                                             "calls_per_page": {s: c / n for s, c in clock.calls.items()}})
            clear_text_memos()
            keep(kind, "work", *_timed(_work_all, paths))
        print(f"  round {r + 1} of {rounds} done (load average {os.getloadavg()[0]:.1f})", flush=True)


def _busy(seconds: float) -> float:
    t0, c0 = time.perf_counter(), time.process_time()
    while time.perf_counter() - t0 < seconds:
        pass
    return (time.process_time() - c0) / (time.perf_counter() - t0)


def machine_capacity(seconds: float = 1.0) -> tuple[float, float]:
    """Cores the machine gives now: the summed CPU / wall of two busy processes at once, and of one alone (the 2
    cores are shared with other jobs: two busy processes may get one core between them)."""
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(2) as pool:
        two = sum(pool.map(_busy, [seconds, seconds], chunksize=1))
    return two, _busy(seconds / 2)


def _link(files: list[Path], base: Path, dest: Path) -> None:
    for f in files:
        target = dest / f.relative_to(base)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.link(f, target)


def measure_runs(corpus, files: dict[str, list[Path]], jobs: int, work: Path) -> dict:
    """Per kind: one cold ingest of its pages, one of its first quarter (the growth per page between the two) and
    one of its first page (the fixed cost of a run), each with its phase log."""
    out = {}
    for kind, fs in files.items():
        base = corpus.text_dir if kind == "text" else corpus.html_dir
        small = max(1, len(fs) // 4)
        one, quarter = work / f"one-{kind}", work / f"quarter-{kind}"
        _link(fs[:1], base, one)
        _link(fs[:small], base, quarter)
        print(f"  cold ingests of {len(fs):,}, {small:,} and 1 {kind} pages ...", flush=True)
        interval = 0.05 if len(fs) >= 1000 else 0.01  # the phase log's sampling: phases of small runs are short
        capacity, capacity_one = machine_capacity()
        out[kind] = {"capacity": capacity, "capacity_one": capacity_one, "quarter_pages": small,
                     "run": phases.sample_run(base, jobs, interval),
                     "quarter": phases.sample_run(quarter, jobs, interval),
                     "fixed": phases.sample_run(one, jobs, interval)}
        for what in ("run", "quarter", "fixed"):
            if out[kind][what]["returncode"]:
                raise SystemExit(f"error: the {kind} {what} ingest exited {out[kind][what]['returncode']}: "
                                 f"{out[kind][what]['stderr'][-800:]}")
    return out


def _split(run: dict) -> dict:
    """The run's wall and CPU around its parallel parse phase."""
    # a parse shorter than the sampling interval (a few pages) has no sample: then it is counted as nothing
    parse = next((p for p in run["phases"] if p["phase"] == "parse"), {"wall_s": 0.0, "cpu_s": {}})
    taker = sum(v for role, v in parse["cpu_s"].items() if role != "worker")
    workers = parse["cpu_s"].get("worker", 0.0)
    cpu_parse = taker + workers
    eff = (cpu_parse / 2) / parse["wall_s"] if parse["wall_s"] > 0 else 1.0
    return {"wall_s": run["wall_s"], "cpu_s": run["cpu_s"], "parse_wall_s": parse["wall_s"],
            "serial_wall_s": max(0.0, run["wall_s"] - parse["wall_s"]), "taker_cpu_s": taker,
            "workers_cpu_s": workers, "efficiency": eff, "load": run["load"],
            "outside_parse_cpu_s": run["cpu_s"] - cpu_parse,
            "phases": {p["phase"]: {"wall_s": p["wall_s"], "cpu_s": sum(p["cpu_s"].values())}
                       for p in run["phases"] if p["phase"] != "parse"}}


PER_PAGE = ("serial_wall_s", "outside_parse_cpu_s", "workers_cpu_s", "taker_cpu_s", "parse_wall_s")


def bounds_of(kind: str, n: int, pages: dict, runs: dict) -> dict:
    """Ratios (run wall / peer wall) with the stages of the worker's page removed, at n pages and projected."""
    split, small, fixed = _split(runs["run"]), _split(runs["quarter"]), runs["fixed"]["wall_s"]
    peer = pages["floor"] if kind == "text" else pages["bs4"]
    peer_ms, peer_cpu_ms = peer["ms"], peer["cpu_ms"]  # as measured; unloaded (one process: its CPU is its wall)
    stages = pages["stages"]["stages_ms"]
    eff = split["efficiency"]
    # what one more page costs (s), from the runs of n and of a quarter of the pages
    grown = n - runs["quarter_pages"]
    if grown > 0:
        slope = {k: max(0.0, (split[k] - small[k]) / grown) for k in PER_PAGE}
    else:  # one page: its own figures
        slope = {k: split[k] / n for k in PER_PAGE}
    marginal_eff = min(1.0, max(0.05, (slope["workers_cpu_s"] + slope["taker_cpu_s"]) / 2 / slope["parse_wall_s"])) \
        if slope["parse_wall_s"] > 0 else 1.0

    def parse_wall(workers: float, taker: float, e: float) -> float:
        return max(taker, (workers + taker) / (2 * e))

    def ratios(removed_ms: float, taker: bool = True, serial: bool = True) -> dict[str, float]:
        removed, out = removed_ms / 1000, {}
        # as measured; and unloaded: the parse on two full cores, the serial run at its own CPU time when that is
        # less than its wall (a shared machine slows one process too)
        unloaded_serial = min(split["serial_wall_s"], split["outside_parse_cpu_s"])
        unloaded_slope = min(slope["serial_wall_s"], slope["outside_parse_cpu_s"])
        for suffix, e_here, e_margin, serial_here, serial_slope, peer_s in (
                ("", eff, marginal_eff, split["serial_wall_s"], slope["serial_wall_s"], peer_ms / 1000),
                ("_full", 1.0, 1.0, unloaded_serial, unloaded_slope, peer_cpu_ms / 1000)):
            here = (serial_here if serial else 0.0) + parse_wall(
                max(0.0, split["workers_cpu_s"] - n * removed), split["taker_cpu_s"] if taker else 0.0, e_here)
            per_page = (serial_slope if serial else 0.0) + parse_wall(
                max(0.0, slope["workers_cpu_s"] - removed), slope["taker_cpu_s"] if taker else 0.0, e_margin)
            out["ratio" + suffix] = here / (n * peer_s)
            out["projected" + suffix] = (here + (PROJECTED_PAGES - n) * per_page) / (PROJECTED_PAGES * peer_s)
        return out

    rows = [("as measured", ratios(0.0))]
    for stage, ms in sorted(stages.items(), key=lambda kv: -kv[1]):
        rows.append((f"{stage} costs nothing", ratios(ms)))
    all_but_parser = sum(ms for s, ms in stages.items() if s != PARSER_STAGE)
    rows.append(("every stage but the page-type parser costs nothing", ratios(all_but_parser)))
    rows.append(("... and the process taking the pages too", ratios(all_but_parser, taker=False)))
    rows.append(("... and the serial run outside the parse too (the parser alone)",
                 ratios(all_but_parser, taker=False, serial=False)))
    rows.append(("nothing at all but the serial run outside the parse", ratios(sum(stages.values()), taker=False)))
    return {"peer_ms": peer_ms, "peer_cpu_ms": peer_cpu_ms, "split": split, "quarter": small, "fixed_wall_s": fixed, "per_page_s": slope,
            "marginal_efficiency": marginal_eff,
            "capacity": runs["capacity"], "rows": [{"case": c, **r} for c, r in rows]}


VERDICT_COLUMNS = (("ratio", "at {n:,} pages"), ("ratio_full", "at {n:,} pages, unloaded"),
                   ("projected", "extrapolated to {m:,} pages"),
                   ("projected_full", "extrapolated to {m:,} pages, unloaded"))


def verdict(kind: str, bound: dict, n: int) -> str:
    """Which cases of the bound meet the target, in each column."""
    limit = LIMITS[kind]
    label = "target 1 (text: build <= 4x the bare floor)" if kind == "text" else \
        "target 2 (HTML: pipeline <= 0.5x bs4 + cell text)"
    parts = []
    for key, where in VERDICT_COLUMNS:
        where = where.format(n=n, m=PROJECTED_PAGES)
        ok = [r for r in bound["rows"] if r[key] <= limit]
        best = min(bound["rows"], key=lambda r: r[key])
        if not ok:
            parts.append(f"{where}: NOT reachable by removing any of these costs (best: '{best['case']}', "
                         f"{best[key]:.2f}x)")
        elif ok[0]["case"] == "as measured":
            parts.append(f"{where}: met as measured ({ok[0][key]:.2f}x)")
        else:
            parts.append(f"{where}: reachable only if " + " / ".join(f"'{r['case']}' ({r[key]:.2f}x)" for r in ok))
    return f"BOUND {label}:\n  " + ";\n  ".join(parts)


def format_report(n: int, files: dict, pages: dict, runs: dict, bounds: dict) -> str:
    lines = [f"bounds: {n:,} bench pages ({len(files.get('text', [])):,} text, {len(files.get('html', [])):,} HTML), "
             f"load average now {os.getloadavg()[0]:.1f}"]
    for kind in ("text", "html"):
        if kind not in pages:
            continue
        p, nk = pages[kind], len(files[kind])
        lines += ["", f"== {kind} pages ({nk:,}): ms a page in one process, the round with the least CPU"]
        if kind == "text":
            lines.append(f"  floor (read + decode + split + one regex): {p['floor']['ms']:.4f} ms "
                         f"(CPU {p['floor']['cpu_ms']:.4f})")
        else:
            lines.append(f"  bs4 parse + cell text: {p['bs4']['ms']:.4f} ms (CPU {p['bs4']['cpu_ms']:.4f}); "
                         f"bare lxml.html.fromstring (read + decode + parse): {p['lxml']['ms']:.4f} ms "
                         f"(CPU {p['lxml']['cpu_ms']:.4f})")
        st = p["stages"]["stages_ms"]
        inside = sum(v for s, v in st.items() if s not in OUTSIDE_PROCESS_CONTENT)
        lines.append(f"  {'stage (own CPU time)':<52} {'ms/page':>8} {'share':>6} {'calls/page':>10}")
        total = sum(st.values())
        for stage, ms in sorted(st.items(), key=lambda kv: -kv[1]):
            lines.append(f"  {stage:<52} {ms:8.4f} {ms / total:6.1%} {p['stages']['calls_per_page'][stage]:10.2f}")
        pc, wk = p["process_content"]["cpu_ms"], p["work"]["cpu_ms"]
        lines.append(f"  stages inside process_content, summed: {inside:.4f} ms; process_content unwrapped: "
                     f"{pc:.4f} ms CPU (sum / whole = {inside / pc:.3f})")
        lines.append(f"  every stage of _work, summed: {total:.4f} ms; _work unwrapped: {wk:.4f} ms CPU "
                     f"(sum / whole = {total / wk:.3f}); the wrapped pass {p['stages']['cpu_ms']:.4f} ms CPU "
                     f"({p['stages']['ms']:.4f} wall)")
        b, s = bounds[kind], bounds[kind]["split"]
        lines.append(f"  cold ingest --jobs 2 of these pages: wall {s['wall_s']:.2f} s, CPU {s['cpu_s']:.2f} s "
                     f"(load {s['load']:.1f}); parse phase {s['parse_wall_s']:.2f} s wall, workers' CPU "
                     f"{s['workers_cpu_s']:.2f} s ({s['workers_cpu_s'] * 1000 / nk:.3f} ms a page), the taker's "
                     f"{s['taker_cpu_s']:.2f} s, parallel efficiency {s['efficiency']:.2f}; outside the parse "
                     f"{s['serial_wall_s']:.2f} s wall ({s['serial_wall_s'] * 1000 / nk:.3f} ms a page), "
                     f"CPU {s['outside_parse_cpu_s']:.2f} s; a 1-page run {b['fixed_wall_s']:.2f} s")
        q, g = b["quarter"], b["per_page_s"]
        lines.append(f"    a run of the first {runs[kind]['quarter_pages']:,}: wall {q['wall_s']:.2f} s, parse {q['parse_wall_s']:.2f} s, "
                     f"outside it {q['serial_wall_s']:.2f} s; so one more page costs: outside the parse "
                     f"{g['serial_wall_s'] * 1000:.3f} ms wall ({g['outside_parse_cpu_s'] * 1000:.3f} ms CPU), workers {g['workers_cpu_s'] * 1000:.3f} ms CPU, taker "
                     f"{g['taker_cpu_s'] * 1000:.3f} ms CPU, parse {g['parse_wall_s'] * 1000:.3f} ms wall (parallel "
                     f"efficiency at the margin {b['marginal_efficiency']:.2f})")
        lines.append("    outside the parse, wall s by phase: " + ", ".join(
            f"{ph} {v['wall_s']:.2f}" for ph, v in s["phases"].items()))
        peer = "bare floor" if kind == "text" else "bs4"
        lines.append(f"  the machine just before that run: two busy processes got {runs[kind]['capacity']:.2f} of 2 cores "
                     f"(one alone {runs[kind]['capacity_one']:.2f})")
        lines.append(f"  the bound: run wall / {peer} wall (limit {LIMITS[kind]}x); at {nk:,} pages, as measured (the parse "
                     f"phase's parallel efficiency {s['efficiency']:.2f}) and unloaded (the parse on two full cores, the "
                     f"serial run at its CPU time if less than its wall, the {peer} at its CPU time); extrapolated to {PROJECTED_PAGES:,} pages by "
                     f"what one more page costs (efficiency at the margin {b['marginal_efficiency']:.2f}), and unloaded")
        lines.append(f"    {'case':<66} {'here':>8} {'unloaded':>8} {'100,000':>8} {'unloaded':>8}")
        for row in b["rows"]:
            lines.append(f"    {row['case']:<66} {row['ratio']:7.2f}x {row['ratio_full']:7.2f}x "
                         f"{row['projected']:7.2f}x {row['projected_full']:7.2f}x")
    lines.append("")
    for kind in ("text", "html"):
        if kind in bounds:
            lines.append(verdict(kind, bounds[kind], len(files[kind])))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.bounds", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=3000, help="bench corpus size (default 3000)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--rounds", type=int, default=3, help="rounds of the in-process passes, best kept (default 3)")
    ap.add_argument("--jobs", type=int, default=2, help="ingest --jobs of the cold runs (default 2)")
    ap.add_argument("--cache-dir", help=f"corpus cache folder (default {CACHE_ROOT})")
    ap.add_argument("--json", help="also write every figure to this JSON file")
    args = ap.parse_args(argv)
    if args.pages < 1 or args.rounds < 1:
        ap.error("--pages and --rounds must be at least 1")
    corpus = build_corpus(args.pages, args.seed, cache_root=Path(args.cache_dir) if args.cache_dir else CACHE_ROOT)
    files = {kind: corpus.files(kind) for kind in ("text", "html")}
    files = {k: v for k, v in files.items() if v}
    print(f"corpus: {corpus.root}", flush=True)
    pages = measure_pages(files, args.rounds)
    work = Path(tempfile.mkdtemp(prefix="bounds-"))
    try:
        runs = measure_runs(corpus, files, args.jobs, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    bounds = {kind: bounds_of(kind, len(files[kind]), pages[kind], runs[kind]) for kind in files}
    print(format_report(args.pages, files, pages, runs, bounds))
    if args.json:
        Path(args.json).write_text(json.dumps({"pages": pages, "runs": runs, "bounds": bounds}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
