"""The parse workers stay light: started early (as `pipeline ingest` starts them), they parse pages of every kind
through the real pool and never import pyarrow, duckdb or pandas (~43 MiB a process for pyarrow alone: a worker
never writes Arrow)."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from conftest import FIXTURES, REPO

HEAVY = ("pyarrow", "duckdb", "pandas")

_SCRIPT = textwrap.dedent("""
    import json, os, sys
    from pipeline.ingest import start_workers

    def work_and_report(path):
        from pipeline.steps.parse_pages import _work  # the parsers load with the first page, as in ingest
        sha, blob = _work(path)
        return os.getpid(), len(blob), [m for m in {heavy!r} if m in sys.modules]

    pool = start_workers(2)  # forked first, while this process is light, as ingest does

    import duckdb, pyarrow  # the parent imports the heavy libraries afterwards, as ingest does for a build

    paths = json.loads(sys.argv[1])
    try:
        out = list(pool.imap(work_and_report, paths, chunksize=1))
    finally:
        pool.close()
        pool.join()
    print(json.dumps({{"parent": os.getpid(), "heavy_in_parent": [m for m in ("pyarrow", "duckdb") if m in sys.modules],
                      "results": out}}))
""")


def test_parse_workers_never_import_pyarrow():
    pages = sorted(str(p) for p in (REPO / "raw").glob("*.txt"))
    pages += sorted(str(p) for p in (FIXTURES / "html").rglob("*.html"))[:12]
    pages += sorted(str(p) for p in (FIXTURES / "guide").rglob("*.txt"))[:6]
    assert len(pages) >= 15
    proc = subprocess.run([sys.executable, "-c", _SCRIPT.format(heavy=HEAVY), json.dumps(pages)], cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["heavy_in_parent"] == ["pyarrow", "duckdb"]  # the check can see a heavy import
    results = report["results"]
    assert len(results) == len(pages)
    assert all(size > 0 for _, size, _ in results)  # every page parsed to pickled rows
    assert {pid for pid, _, _ in results} - {report["parent"]}  # in worker processes, not the parent
    assert report["parent"] not in {pid for pid, _, _ in results}
    assert [heavy for _, _, heavy in results if heavy] == []
