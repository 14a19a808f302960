"""Benchmark (`make bench N=...`): ingest speed, memory, no-op re-run and view latency on N generated
pages, each figure next to its floor or peer measured in the same run, checked against the targets
of issue 9. Exit status 1 when a target is missed (`--no-fail` only reports), 2 on a usage error.

    python -m benchmarks.bench --pages 20000            # measure, print, exit 1 on a MISS
    python -m benchmarks.bench --pages 200 --json r.json --no-fail
    python -m benchmarks.bench --from-report r.json --target text_floor_ratio=1e-9   # re-judge only

Every ingest runs as its own process (`pipeline ingest`, default --jobs = CPU count) on a fresh
warehouse folder and parse cache; the peak memory is the summed RSS of that process and all its
workers, sampled from /proc every 50 ms. See benchmarks/corpus.py for the pages and
benchmarks/measure.py for the floors and peers.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from benchmarks import measure
from benchmarks.corpus import CACHE_ROOT, build_corpus, load_templates


@dataclass(frozen=True)
class Target:
    name: str
    limit: float
    text: str  # what is compared, for the PASS/MISS line


TARGETS = {t.name: t for t in (
    Target("text_floor_ratio", 4.0, "text pages: cold build / bare floor"),
    Target("html_bs4_ratio", 0.5, "HTML pages: whole pipeline / bs4 parse + cell text"),
    Target("peak_rss_mib", 500.0, "peak RSS of the ingest process tree (MiB)"),
    Target("rss_growth_ratio", 1.3, "peak RSS at N / peak RSS at the reference size"),
    Target("noop_seconds", 3.0, "unchanged re-run (s)"),
    Target("noop_heavy_imports", 0, "heavy libraries imported by the unchanged re-run"),
    Target("slowest_view_ms", 100.0, "slowest `select *` of a view or mart (ms)"),
    Target("ingest_failures", 0, "ingest runs that exited non-zero"),
)}


def _reference_pages(n: int) -> tuple[int, str]:
    if n >= 100_000:
        return 10_000, "the 10,000-page figure (N >= 100,000)"
    ref = max(1, n // 10)
    return ref, f"N/10 = {ref:,} pages (the 10,000-page reference applies from N = 100,000)"


def _pages_by_kind(stdout: str) -> dict[str, int]:
    match = re.search(r"pages by type/layout: (.*)$", stdout, re.M)
    if not match:
        return {}
    out = {}
    for part in match.group(1).split(", "):
        kind, _, n = part.rpartition(" ")
        if n.isdigit():
            out[kind] = int(n)
    return out


def _incomplete(stdout: str) -> int | None:
    match = re.search(r"pages incomplete: (\d+)", stdout)
    return int(match.group(1)) if match else None


def _parsed(stdout: str) -> dict[str, int]:
    match = re.search(r"parsed (\d+), from cache (\d+)", stdout)
    return {"parsed": int(match.group(1)), "from_cache": int(match.group(2))} if match else {}


def _run_log_phases(warehouse: Path) -> dict:
    """Phase timings the run log may carry (any key naming phases or timings)."""
    try:
        log = json.loads((warehouse / "run.json").read_text())
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in log.items() if ("phase" in k or "timing" in k or "seconds" in k)}


def _link_tree(files: list[Path], base: Path, dest: Path) -> None:
    for f in files:
        target = dest / f.relative_to(base)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.link(f, target)


def _ingest(label: str, raw: Path, work: Path, jobs: int | None, failures: list, **kw) -> measure.Run:
    print(f"  running: {label} ...", flush=True)
    run = measure.run_ingest(raw, work / "warehouse", jobs=jobs, **kw)
    if run.returncode != 0:
        failures.append(f"{label}: exit {run.returncode}: {run.stderr.strip()[-500:]}")
    return run


def measure_all(args) -> dict:
    """Generate (or reuse) the corpus, run every measurement, return the figures."""
    t_start = time.perf_counter()
    templates, skipped = load_templates()
    corpus_root = Path(args.corpus) if args.corpus else None
    cache_root = Path(args.cache_dir) if args.cache_dir else CACHE_ROOT
    t0 = time.perf_counter()
    corpus = build_corpus(args.pages, args.seed, root=corpus_root, cache_root=cache_root, templates=templates)
    ref_n, ref_rule = _reference_pages(args.pages)
    ref_corpus = build_corpus(ref_n, args.seed, cache_root=cache_root, templates=templates,
                              root=(corpus_root.with_name(corpus_root.name + f"-ref{ref_n}") if corpus_root else None))
    t_corpus = time.perf_counter() - t0
    text_files, html_files = corpus.files("text"), corpus.files("html")
    print(f"corpus: {corpus.root} ({len(templates)} templates, {t_corpus:.1f} s to generate or load)", flush=True)

    work = Path(tempfile.mkdtemp(prefix="bench-", dir=args.work))
    failures: list[str] = []
    figures: dict = {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "n_pages": args.pages, "seed": args.seed, "jobs": args.jobs,
        "corpus": {"root": str(corpus.root), "template_hash": corpus.template_hash, "templates": len(templates),
                   "templates_skipped": skipped, "layouts": dict(sorted(corpus.layout_counts().items())),
                   "text_pages": len(text_files), "html_pages": len(html_files),
                   "pages_from_incomplete_templates": sum(not p["complete"] for p in corpus.pages)},
    }
    try:
        # Fixed cost: one text page, cold (start-up, imports, parse one page, write, checks, publish).
        one = work / "one"
        first = (text_files or html_files)[:1]
        _link_tree(first, corpus.text_dir if text_files else corpus.html_dir, one / "raw")
        run = _ingest("fixed cost (1 page)", one / "raw", one, args.jobs, failures)
        figures["fixed"] = {"seconds": run.seconds, "cpu_seconds": run.cpu_seconds, "peak_rss_mib": run.peak_rss_mib}

        # (1) text pages against the bare floor.
        if text_files:
            floor, floor_cpu = measure.text_floor_seconds(text_files)
            run = _ingest(f"text pages cold ({len(text_files):,})", corpus.text_dir, work / "text", args.jobs, failures)
            figures["text"] = {"pages": len(text_files), "build_seconds": run.seconds, "floor_seconds": floor,
                               "ratio": run.seconds / floor, "pages_per_s": len(text_files) / run.seconds,
                               "build_cpu_seconds": run.cpu_seconds, "floor_cpu_seconds": floor_cpu,
                               "loadavg": run.loadavg}

        # (2) HTML pages against bs4.
        if html_files:
            peer, peer_cpu = measure.bs4_seconds(html_files)
            run = _ingest(f"HTML pages cold ({len(html_files):,})", corpus.html_dir, work / "html", args.jobs, failures)
            figures["html"] = {"pages": len(html_files), "build_seconds": run.seconds, "bs4_seconds": peer,
                               "ratio": run.seconds / peer, "pages_per_s": len(html_files) / run.seconds,
                               "build_cpu_seconds": run.cpu_seconds, "bs4_cpu_seconds": peer_cpu,
                               "loadavg": run.loadavg}

        # (3) the whole corpus: cold build, peak memory; then (4) no-op re-runs; (5) views.
        full = work / "full"
        run = _ingest(f"all pages cold ({args.pages:,})", corpus.all_dir, full, args.jobs, failures)
        figures["cold"] = {"seconds": run.seconds, "pages_per_s": args.pages / run.seconds,
                           "cpu_seconds": run.cpu_seconds, "loadavg": run.loadavg,
                           "peak_rss_mib": run.peak_rss_mib, "peak_pss_mib": run.peak_pss_mib,
                           "max_processes": run.max_processes, "memory_samples": run.samples,
                           "pages_by_kind": _pages_by_kind(run.stdout), "incomplete": _incomplete(run.stdout),
                           **_parsed(run.stdout),
                           "run_log_phases": _run_log_phases(full / "warehouse")}
        noop = _ingest("unchanged re-run", corpus.all_dir, full, args.jobs, failures)
        noop_imports = _ingest("unchanged re-run, -X importtime", corpus.all_dir, full, args.jobs, failures,
                               importtime=True)
        figures["noop"] = {"seconds": noop.seconds, "cpu_seconds": noop.cpu_seconds,
                           "up_to_date": "up to date" in noop.stdout,
                           "heavy_imported": noop_imports.heavy_imported}
        db = full / "warehouse" / "roles.duckdb"
        figures["relations"] = [asdict(r) for r in measure.time_relations(db)] if db.exists() else []

        ref = _ingest(f"reference size cold ({ref_n:,})", ref_corpus.all_dir, work / "ref", args.jobs, failures)
        figures["memory"] = {"peak_rss_mib": figures["cold"]["peak_rss_mib"], "ref_pages": ref_n, "ref_rule": ref_rule,
                             "ref_peak_rss_mib": ref.peak_rss_mib,
                             "ratio": figures["cold"]["peak_rss_mib"] / ref.peak_rss_mib if ref.peak_rss_mib else None}
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"kept: {work}")
    figures["failures"] = failures
    figures["bench_seconds"] = time.perf_counter() - t_start
    return figures


def evaluate(figures: dict, targets: dict[str, Target]) -> list[dict]:
    """One verdict per target: value, limit, PASS/MISS (or SKIP when the figure was not measured)."""
    relations = [r for r in figures.get("relations", []) if r["is_target"]]
    slowest = max(relations, key=lambda r: r["seconds"], default=None)
    values = {
        "text_floor_ratio": figures.get("text", {}).get("ratio"),
        "html_bs4_ratio": figures.get("html", {}).get("ratio"),
        "peak_rss_mib": figures.get("memory", {}).get("peak_rss_mib"),
        "rss_growth_ratio": figures.get("memory", {}).get("ratio"),
        "noop_seconds": figures.get("noop", {}).get("seconds"),
        "noop_heavy_imports": (len(figures["noop"]["heavy_imported"]) if "noop" in figures else None),
        "slowest_view_ms": slowest["seconds"] * 1000 if slowest else None,
        "ingest_failures": len(figures.get("failures", [])),
    }
    out = []
    for name, target in targets.items():
        value = values.get(name)
        status = "SKIP" if value is None else ("PASS" if value <= target.limit else "MISS")
        out.append({"name": name, "text": target.text, "value": value, "limit": target.limit, "status": status})
    return out


def _cpu(fig: dict) -> str:
    if "cpu_seconds" not in fig:
        return ""
    load = f", load average {fig['loadavg']:.1f}" if "loadavg" in fig else ""
    return f" [CPU {fig['cpu_seconds']:.2f} s{load}]"


def _fmt(v, digits=2) -> str:
    return "n/a" if v is None else f"{v:,.{digits}f}"


def format_report(figures: dict, verdicts: list[dict]) -> str:
    n = figures["n_pages"]
    c = figures.get("corpus", {})
    lines = [f"bench: {n:,} pages, seed {figures['seed']}, {figures['date']}, "
             f"{figures['machine']['cpus']} CPUs, Python {figures['machine']['python']}"]
    if c:
        lines.append(f"corpus: {c['templates']} templates; {c['text_pages']:,} text + {c['html_pages']:,} HTML pages; "
                     f"{c['pages_from_incomplete_templates']:,} from cut/incomplete templates")
        lines.append("  layouts generated: " + ", ".join(f"{k} {v:,}" for k, v in c["layouts"].items()))
    cold = figures.get("cold", {})
    if cold:
        lines.append("  layouts ingested:  " + ", ".join(f"{k} {v:,}" for k, v in sorted(cold["pages_by_kind"].items()))
                     + f"; incomplete {cold['incomplete']}; parsed {cold.get('parsed')}, from cache {cold.get('from_cache')}")
    lines.append("")
    fixed = figures.get("fixed")
    if fixed:
        share = f" = {fixed['seconds'] / cold['seconds']:.0%} of the cold build at N" if cold else ""
        lines.append(f"fixed cost of a run (cold ingest of 1 page: start-up, imports, write, checks, publish): "
                     f"{fixed['seconds']:.2f} s{share}{_cpu(fixed)}")
    if cold:
        lines.append(f"cold build, all pages: {cold['seconds']:.2f} s = {cold['pages_per_s']:,.0f} pages/s "
                     f"(incl. the fixed cost){_cpu(cold)}")
        if cold.get("run_log_phases"):
            lines.append(f"  run.json phases: {json.dumps(cold['run_log_phases'], sort_keys=True)}")
    t = figures.get("text")
    if t:
        lines.append(f"(1) text pages ({t['pages']:,}): cold build {t['build_seconds']:.2f} s / bare floor "
                     f"{t['floor_seconds']:.3f} s = {t['ratio']:.1f}x; {t['pages_per_s']:,.0f} pages/s "
                     f"(floor {t['pages'] / t['floor_seconds']:,.0f} pages/s)")
        if t.get("floor_cpu_seconds"):
            lines.append(f"    CPU: build {t['build_cpu_seconds']:.2f} s / floor {t['floor_cpu_seconds']:.3f} s = "
                         f"{t['build_cpu_seconds'] / t['floor_cpu_seconds']:.1f}x (load average {t['loadavg']:.1f})")
    h = figures.get("html")
    if h:
        lines.append(f"(2) HTML pages ({h['pages']:,}): whole pipeline {h['build_seconds']:.2f} s / bs4 "
                     f"{h['bs4_seconds']:.2f} s = {h['ratio']:.2f}x; {h['pages_per_s']:,.0f} pages/s")
        if h.get("bs4_cpu_seconds"):
            lines.append(f"    CPU: pipeline {h['build_cpu_seconds']:.2f} s / bs4 {h['bs4_cpu_seconds']:.2f} s = "
                         f"{h['build_cpu_seconds'] / h['bs4_cpu_seconds']:.2f}x (load average {h['loadavg']:.1f})")
    m = figures.get("memory")
    if m:
        lines.append(f"(3) peak RSS, whole process tree: {m['peak_rss_mib']:.0f} MiB at {n:,} pages "
                     f"(PSS {cold.get('peak_pss_mib', 0):.0f} MiB, {cold.get('max_processes')} processes); "
                     f"{m['ref_peak_rss_mib']:.0f} MiB at {m['ref_pages']:,} pages; "
                     f"ratio {_fmt(m['ratio'])} vs {m['ref_rule']}")
    nop = figures.get("noop")
    if nop:
        heavy = ", ".join(nop["heavy_imported"]) or "none"
        lines.append(f"(4) unchanged re-run: {nop['seconds']:.2f} s{_cpu(nop)} (up to date: {nop['up_to_date']}); "
                     f"heavy libraries imported: {heavy}")
    rels = figures.get("relations", [])
    if rels:
        target_rels = sorted((r for r in rels if r["is_target"]), key=lambda r: -r["seconds"])
        other = sorted((r for r in rels if not r["is_target"]), key=lambda r: -r["seconds"])
        if target_rels:
            s = target_rels[0]
            lines.append(f"(5) slowest select * of a view/mart: {s['name']} ({s['kind']}, {s['rows']:,} rows) "
                         f"{s['seconds'] * 1000:.0f} ms; of {len(target_rels)} views/marts")
            lines.append("    " + ", ".join(f"{r['name']} {r['seconds'] * 1000:.0f}" for r in target_rels[:8]) + " (ms)")
        if other:
            s = other[0]
            lines.append(f"    slowest other table: {s['name']} ({s['rows']:,} rows) {s['seconds'] * 1000:.0f} ms "
                         f"(not a target)")
    for f in figures.get("failures", []):
        lines.append(f"INGEST FAILED: {f}")
    lines.append("")
    lines.append("targets:")
    for v in verdicts:
        lines.append(f"  {v['status']:4}  {v['text']}: {_fmt(v['value'])} (target <= {_fmt(v['limit'])})")
    if "bench_seconds" in figures:
        lines.append(f"bench took {figures['bench_seconds']:.0f} s")
    return "\n".join(lines)


def _parse_targets(pairs: list[str]) -> dict[str, Target]:
    targets = dict(TARGETS)
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or name not in TARGETS:
            raise SystemExit(f"error: --target wants NAME=LIMIT with NAME one of {', '.join(TARGETS)}; got {pair!r}")
        try:
            targets[name] = Target(name, float(value), TARGETS[name].text)
        except ValueError:
            raise SystemExit(f"error: --target {name}: {value!r} is not a number")
    return targets


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.bench", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=2000, help="N: pages in the corpus (default 2000)")
    ap.add_argument("--seed", type=int, default=7, help="corpus seed (default 7)")
    ap.add_argument("--jobs", type=int, default=None, help="ingest --jobs (default: the CPU count)")
    ap.add_argument("--corpus", help="write the corpus into this folder instead of the cache")
    ap.add_argument("--cache-dir", help=f"corpus cache folder (default {CACHE_ROOT})")
    ap.add_argument("--work", help="folder for the bench warehouses (default: a temp folder)")
    ap.add_argument("--keep", action="store_true", help="keep the bench warehouses")
    ap.add_argument("--json", help="also write the figures and verdicts to this JSON file")
    ap.add_argument("--target", action="append", default=[], metavar="NAME=LIMIT",
                    help=f"override a target limit; names: {', '.join(TARGETS)}")
    ap.add_argument("--no-fail", action="store_true", help="report missed targets but exit 0")
    ap.add_argument("--from-report", help="do not measure: judge the figures of an earlier --json report")
    args = ap.parse_args(argv)
    if args.pages < 1:
        ap.error("--pages must be at least 1")
    targets = _parse_targets(args.target)
    if args.from_report:
        figures = json.loads(Path(args.from_report).read_text())["figures"]
    else:
        try:
            figures = measure_all(args)
        except FileExistsError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    verdicts = evaluate(figures, targets)
    print(format_report(figures, verdicts))
    if args.json:
        Path(args.json).write_text(json.dumps({"figures": figures, "verdicts": verdicts}, indent=1, default=str) + "\n")
    missed = [v["name"] for v in verdicts if v["status"] == "MISS"]
    if missed:
        print(f"MISSED: {', '.join(missed)}" + (" (--no-fail: exit 0)" if args.no_fail else ""))
        return 0 if args.no_fail else 1
    print("all measured targets met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
