"""Memory and CPU phase log of one cold ingest: the RSS and CPU time of every process of the run's tree sampled every
50 ms, each sample given to the phase the run was in (pipeline/steps/phases.py markers), and per phase the peak of the
summed RSS with what each process held at that moment, its wall time and the CPU seconds each kind of process
(parent, stage child, parse workers) spent in it (a process's last < 50 ms before it exits are not seen; the total
CPU of the run, from the reaped processes, is printed beside the sum).

    python -m benchmarks.phases --bench 100000          # the bench corpus of that size (built when missing)
    python -m benchmarks.phases --raw raw --jobs 2
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.measure import _INGEST, _rss_bytes, _tree

_TICKS = os.sysconf("SC_CLK_TCK")


def _cpu_seconds(pid: int) -> float:
    """utime + stime of a process so far, from /proc/<pid>/stat (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _TICKS
    except (OSError, IndexError, ValueError):
        return 0.0

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
                pids = _tree(proc.pid)
                samples.append((now, {pid: _rss_bytes(pid) for pid in pids}, {pid: _cpu_seconds(pid) for pid in pids}))
                stop.wait(interval)

        thread = threading.Thread(target=run, daemon=True)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        thread.start()
        out, err = proc.communicate()
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu_total = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
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
    cpu: dict[str, dict[str, float]] = {}  # phase -> role -> CPU seconds
    first_seen: dict[str, float] = {}
    last_cpu: dict[int, float] = {}

    def role_of(pid: int) -> str:
        return "parent" if pid == proc.pid else ("stage" if pid in staged else "worker")

    for t, rss, cpus in samples:
        current = "start"
        for mt, _, name in marks:
            if mt <= t:
                current = name
            else:
                break
        first_seen.setdefault(current, t)
        spent = cpu.setdefault(current, {})
        for pid, value in cpus.items():
            spent[role_of(pid)] = spent.get(role_of(pid), 0.0) + value - last_cpu.get(pid, 0.0)
            last_cpu[pid] = value
        total = sum(rss.values())
        if current not in phases:
            order.append(current)
            phases[current] = {"peak_mib": 0.0}
        if total / MIB >= phases[current]["peak_mib"]:
            parts = {}
            for pid, value in rss.items():
                role = role_of(pid)
                parts.setdefault(role, []).append(round(value / MIB))
            phases[current] = {"peak_mib": round(total / MIB, 1), "processes": parts}
    ends = [first_seen[p] for p in order[1:]] + [started + wall]
    for p, end in zip(order, ends):
        phases[p]["wall_s"] = round(end - first_seen[p], 2)
        phases[p]["cpu_s"] = {role: round(v, 2) for role, v in sorted(cpu[p].items())}
    return {"returncode": proc.returncode, "wall_s": round(wall, 1), "stderr": err[-2000:],
            "cpu_s": round(cpu_total, 2), "load": os.getloadavg()[0],
            "phases": [{"phase": p, **phases[p]} for p in order],
            "peak_mib": max((p["peak_mib"] for p in phases.values()), default=0.0)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--raw", type=Path)
    parser.add_argument("--bench", type=int, help="use the bench corpus of this many pages")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--subdir", choices=("all", "html", "text"), default="all",
                        help="with --bench: the whole corpus or its HTML or text pages alone")
    args = parser.parse_args(argv)
    raw = args.raw
    if args.bench:
        from benchmarks.corpus import build_corpus
        raw = getattr(build_corpus(args.bench, 7), f"{args.subdir}_dir")
    result = sample_run(raw, args.jobs)
    for p in result["phases"]:
        parts = "; ".join(f"{role} {' + '.join(map(str, v))}" for role, v in p["processes"].items())
        spent = " ".join(f"{role} {v:.2f}" for role, v in p["cpu_s"].items())
        print(f"{p['phase']:<28} {p['peak_mib']:>7.0f} MiB  wall {p['wall_s']:>6.2f} s  CPU {spent}  ({parts})")
    seen = sum(sum(p["cpu_s"].values()) for p in result["phases"])
    print(f"peak {result['peak_mib']:.0f} MiB, wall {result['wall_s']} s, CPU {result['cpu_s']} s (seen by the "
          f"sampler {seen:.2f} s), load {result['load']:.1f}, exit {result['returncode']}")
    if result["returncode"]:
        print(result["stderr"], file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1))
    return result["returncode"]


if __name__ == "__main__":
    sys.exit(main())
