"""Memory phase log of one cold ingest: the RSS of every process of the run's tree sampled every 50 ms, each sample
given to the phase the run was in (pipeline/steps/phases.py markers), and per phase the peak of the summed RSS with
what each process held at that moment.

    python -m benchmarks.phases --bench 100000          # the bench corpus of that size (built when missing)
    python -m benchmarks.phases --raw raw --jobs 2
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.measure import _INGEST, _rss_bytes, _tree

MIB = 1024 * 1024


def sample_run(raw: Path, jobs: int, interval: float = 0.05, extra: tuple[str, ...] = ()) -> dict:
    with tempfile.TemporaryDirectory(prefix="phases-") as tmp:
        tmp = Path(tmp)
        log = tmp / "phases.log"
        env = {**os.environ, "PIPELINE_PHASE_LOG": str(log)}
        cmd = [sys.executable, "-c", _INGEST, "ingest", "--raw", str(raw), "--warehouse", str(tmp / "warehouse"),
               "--cache-dir", str(tmp / "cache"), "--jobs", str(jobs), "-q", *extra]
        started = time.time()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        samples: list[tuple[float, dict[int, int]]] = []
        stop = threading.Event()

        def run() -> None:
            while not stop.is_set():
                now = time.time()
                samples.append((now, {pid: _rss_bytes(pid) for pid in _tree(proc.pid)}))
                stop.wait(interval)

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        out, err = proc.communicate()
        stop.set()
        thread.join()
        wall = time.time() - started
        marks = []
        if log.exists():
            for line in log.read_text().splitlines():
                t, pid, name = line.split(" ", 2)
                marks.append((float(t), int(pid), name))
    marks.sort()
    staged = {pid for _, pid, _ in marks}
    phases: dict[str, dict] = {}
    order: list[str] = []
    for t, rss in samples:
        current = "start"
        for mt, _, name in marks:
            if mt <= t:
                current = name
            else:
                break
        total = sum(rss.values())
        if current not in phases:
            order.append(current)
            phases[current] = {"peak_mib": 0.0}
        if total / MIB >= phases[current]["peak_mib"]:
            parts = {}
            for pid, value in rss.items():
                role = "parent" if pid == proc.pid else ("stage" if pid in staged else "worker")
                parts.setdefault(role, []).append(round(value / MIB))
            phases[current] = {"peak_mib": round(total / MIB, 1), "processes": parts}
    return {"returncode": proc.returncode, "wall_s": round(wall, 1), "stderr": err[-2000:],
            "phases": [{"phase": p, **phases[p]} for p in order],
            "peak_mib": max((p["peak_mib"] for p in phases.values()), default=0.0)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--raw", type=Path)
    parser.add_argument("--bench", type=int, help="use the bench corpus of this many pages")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    raw = args.raw
    if args.bench:
        from benchmarks.corpus import build_corpus
        raw = build_corpus(args.bench, 7).all_dir
    result = sample_run(raw, args.jobs)
    for p in result["phases"]:
        parts = "; ".join(f"{role} {' + '.join(map(str, v))}" for role, v in p["processes"].items())
        print(f"{p['phase']:<28} {p['peak_mib']:>7.0f} MiB  ({parts})")
    print(f"peak {result['peak_mib']:.0f} MiB, wall {result['wall_s']} s, exit {result['returncode']}")
    if result["returncode"]:
        print(result["stderr"], file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1))
    return result["returncode"]


if __name__ == "__main__":
    sys.exit(main())
