"""Bench measurements: ingest as a process (wall time, peak RSS of its process tree), the floors and
peers it is compared with, and `select *` timings of the warehouse's views and marts."""
from __future__ import annotations

import os
import re
import resource
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HEAVY_MODULES = ("pandas", "pyarrow", "duckdb")
_PAGE = os.sysconf("SC_PAGE_SIZE")
_INGEST = "import sys; from pipeline.cli import main; sys.exit(main())"

# ---------------------------------------------------------------------------------------------
# Peak memory of a process tree, sampled from /proc


def _parent_map() -> dict[int, list[int]]:
    """ppid -> child pids, from /proc/<pid>/stat (the kernel here has no /proc/<pid>/task/*/children)."""
    kids: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        fields = stat[stat.rindex(b")") + 2:].split()  # the command name may contain spaces
        kids.setdefault(int(fields[1]), []).append(int(entry))
    return kids


def _tree(root: int) -> list[int]:
    kids = _parent_map()
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo += kids.get(pid, [])
    return out


def _rss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * _PAGE
    except (OSError, IndexError, ValueError):
        return 0


def _pss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


class TreeMemorySampler:
    """Samples the summed RSS (and PSS) of a process and all its descendants every `interval` s.

    Summed RSS counts pages shared by forked workers once per process (what the issue's target
    names); PSS splits shared pages between the processes sharing them (the memory truly used)."""

    def __init__(self, pid: int, interval: float = 0.05):
        self.pid, self.interval = pid, interval
        self.peak_rss = self.peak_pss = 0
        self.max_processes = 0
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> None:
        pids = _tree(self.pid)
        self.max_processes = max(self.max_processes, len(pids))
        self.peak_rss = max(self.peak_rss, sum(_rss_bytes(p) for p in pids))
        self.peak_pss = max(self.peak_pss, sum(_pss_bytes(p) for p in pids))
        self.samples += 1

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self.interval)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


# ---------------------------------------------------------------------------------------------
# Ingest as a process


@dataclass
class Run:
    seconds: float
    returncode: int
    stdout: str
    stderr: str
    peak_rss_mib: float = 0.0
    peak_pss_mib: float = 0.0
    max_processes: int = 0
    samples: int = 0
    cpu_seconds: float = 0.0  # user + system CPU of the process and its workers
    loadavg: float = 0.0  # 1-minute load average when the run started (the machine is shared)
    heavy_imported: list[str] = field(default_factory=list)

    def summary_line(self, pattern: str) -> str | None:
        match = re.search(pattern, self.stdout, re.M)
        return match.group(0) if match else None


def run_ingest(raw: Path, warehouse: Path, jobs: int | None = None, importtime: bool = False,
               extra: tuple[str, ...] = ()) -> Run:
    """`pipeline ingest` in a fresh interpreter: wall time from spawn to exit, peak memory of its tree.
    With importtime, the interpreter runs with -X importtime and the run lists the heavy modules
    (HEAVY_MODULES) it imported."""
    cmd = [sys.executable] + (["-X", "importtime"] if importtime else []) + ["-c", _INGEST, "ingest",
                                                                             "--raw", str(raw), "--warehouse", str(warehouse)]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    cmd += list(extra)
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    load = os.getloadavg()[0]
    # CPU of the reaped ingest process and its reaped workers; the bench runs one ingest at a time
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO, env=env)
    with TreeMemorySampler(proc.pid) as sampler:
        out, err = proc.communicate()
    seconds = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    run = Run(seconds, proc.returncode, out, err, sampler.peak_rss / 2**20, sampler.peak_pss / 2**20,
              sampler.max_processes, sampler.samples, cpu, load)
    if importtime:
        run.heavy_imported = heavy_modules_imported(err)
    return run


_IMPORT_LINE = re.compile(r"^import time:\s+\d+\s+\|\s+\d+\s+\|\s+(?P<name>\S+)\s*$", re.M)


def heavy_modules_imported(importtime_stderr: str) -> list[str]:
    """Top-level HEAVY_MODULES that appear in `python -X importtime` output."""
    names = {m["name"].split(".")[0] for m in _IMPORT_LINE.finditer(importtime_stderr)}
    return sorted(names & set(HEAVY_MODULES))


# ---------------------------------------------------------------------------------------------
# Floors and peers

# One pass per file that touches every line: the least any line-oriented page parser must do.
_FLOOR_LINE = re.compile(r"^[ \t]*(\|?)[ \t]*([^\n|:]*)", re.M)


def text_floor_seconds(files: list[Path], repeats: int = 3) -> tuple[float, float]:
    """Bare floor of text pages, one process: read + decode + split lines + one regex pass.
    (wall s, CPU s), each the best of `repeats`, so the shared machine's noise does not lower the ratio."""
    best, best_cpu = float("inf"), float("inf")
    for _ in range(repeats):
        t0, c0 = time.perf_counter(), time.process_time()
        n = 0
        for path in files:
            text = path.read_bytes().decode("utf-8", "replace")
            n += len(text.splitlines())
            n += sum(1 for _ in _FLOOR_LINE.finditer(text))
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    return best, best_cpu


BS4_CELLS = ["td", "th", "li", "p", "h1", "h2", "h3", "dt", "dd"]


def bs4_seconds(files: list[Path]) -> tuple[float, float]:
    """What a user would otherwise write, one process: read + decode, BeautifulSoup(html, "lxml"),
    and the text of every cell-like element (table cells, list items, paragraphs, headings). (wall s, CPU s)"""
    from bs4 import BeautifulSoup

    t0, c0 = time.perf_counter(), time.process_time()
    n = 0
    for path in files:
        soup = BeautifulSoup(path.read_bytes().decode("utf-8", "replace"), "lxml")
        n += sum(len(el.get_text(" ", strip=True)) for el in soup.find_all(BS4_CELLS))
    return time.perf_counter() - t0, time.process_time() - c0


# ---------------------------------------------------------------------------------------------
# Views and marts

_CREATE = re.compile(r"\bcreate\s+(?:or\s+replace\s+)?(?:table|view)\s+(?:if\s+not\s+exists\s+)?"
                     r"\"?(?P<name>[a-z_][a-z0-9_]*)\"?", re.IGNORECASE)


def mart_names(sql_dir: Path = REPO / "sql") -> set[str]:
    """Names of the analyst relations defined in sql/ (views and materialised marts; checks excluded)."""
    names = set()
    for path in sql_dir.rglob("*.sql"):
        if "checks" in path.relative_to(sql_dir).parts:
            continue
        names |= {m["name"].lower() for m in _CREATE.finditer(path.read_text(encoding="utf-8"))}
    return names


@dataclass
class RelationTiming:
    name: str
    kind: str  # "view" | "table"
    is_target: bool  # a view, or a table materialising a mart of sql/
    seconds: float  # median of the timed runs
    rows: int


def time_relations(db_path: Path, repeats: int = 3) -> list[RelationTiming]:
    """`select *` of every view and table of the DuckDB file, fetched to Arrow, median of `repeats`."""
    import duckdb

    marts = mart_names()
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        rels = con.execute(
            "select table_name, table_type from information_schema.tables "
            "where table_schema = 'main' order by table_name").fetchall()
        out = []
        for name, ttype in rels:
            kind = "view" if "VIEW" in ttype.upper() else "table"
            times, rows = [], 0
            for _ in range(repeats):
                t0 = time.perf_counter()
                result = con.execute(f'select * from "{name}"').to_arrow_table()
                times.append(time.perf_counter() - t0)
                rows = result.num_rows
            out.append(RelationTiming(name, kind, kind == "view" or name.lower() in marts,
                                      statistics.median(times), rows))
        return out
    finally:
        con.close()
