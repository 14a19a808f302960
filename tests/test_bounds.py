"""`python -m benchmarks.bounds` run as a process on a tiny bench corpus: it measures the floors, splits a worker's
page into the stages of the real pipeline functions (adding up to the whole), reads the run's phases and prints the
bound of targets 1 and 2. Nothing here judges the figures' speed: only that they are measured and consistent."""
from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.bounds import OUTSIDE_PROCESS_CONTENT, PARSER_STAGE, clear_text_memos, wrapped, StageClock

REPO = Path(__file__).resolve().parents[1]
COMMON_STAGES = {"read the file (and the rest of _work)", "decode", "layout detection", PARSER_STAGE,
                 "normalise (own code)", "text coverage", "hold rows to the data checks", "pickle the rows",
                 "sha256 + page id"}
HTML_STAGES = {"lxml parse", "render HTML to lines"}


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("bounds")
    out = tmp / "bounds.json"
    proc = subprocess.run([sys.executable, "-m", "benchmarks.bounds", "--pages", "80", "--rounds", "3",
                           "--cache-dir", str(tmp / "cache"), "--json", str(out)],
                          cwd=REPO, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout, json.loads(out.read_text())


def test_floors_and_peers_are_measured(report):
    _, figures = report
    pages = figures["pages"]
    assert set(pages) == {"text", "html"}  # 80 bench pages hold both kinds
    for name in ("floor",):
        assert pages["text"][name]["ms"] > 0 and pages["text"][name]["cpu_ms"] > 0
    for name in ("bs4", "lxml"):
        assert pages["html"][name]["ms"] > 0 and pages["html"][name]["cpu_ms"] > 0


def test_stages_are_the_pipeline_functions_and_add_up_to_the_page(report):
    _, figures = report
    for kind, pages in figures["pages"].items():
        stages = pages["stages"]["stages_ms"]
        expected = COMMON_STAGES | (HTML_STAGES if kind == "html" else set())
        assert expected <= set(stages), (kind, sorted(stages))
        assert all(stages[s] > 0 for s in expected), stages
        if kind == "text":
            assert not HTML_STAGES & set(stages)  # no text page goes through lxml
        assert pages["stages"]["calls_per_page"]["pickle the rows"] == 1.0  # each page once
        # own times: together they are the wrapped pass itself (its loop adds next to nothing)
        total = sum(stages.values())
        assert 0.9 <= total / pages["stages"]["cpu_ms"] <= 1.001
        # and about the unwrapped process_content of the same pages (best of 3 rounds each; loose: a shared machine)
        inside = sum(v for s, v in stages.items() if s not in OUTSIDE_PROCESS_CONTENT)
        assert 0.67 <= inside / pages["process_content"]["cpu_ms"] <= 1.5
        assert 0.67 <= total / pages["work"]["cpu_ms"] <= 1.5


def test_run_phases_and_bound_lines(report):
    stdout, figures = report
    for kind, bound in figures["bounds"].items():
        split = bound["split"]
        assert split["parse_wall_s"] > 0 and split["serial_wall_s"] > 0 and split["efficiency"] > 0
        assert split["wall_s"] == pytest.approx(split["parse_wall_s"] + split["serial_wall_s"])
        assert bound["fixed_wall_s"] > 0 and bound["peer_ms"] > 0
        assert 0 < bound["capacity"] <= 2.2  # two busy processes' CPU / wall, summed (sampling: a little over 2)
        rows = {r["case"]: r for r in bound["rows"]}
        measured = rows["as measured"]
        columns = ("ratio", "ratio_full", "projected", "projected_full")
        assert all(math.isfinite(measured[c]) and measured[c] > 0 for c in columns)
        # a case with costs taken away may reach 0: on a tiny run the workers' CPU sampled from /proc (a process's
        # last < 50 ms unseen) can be less than the stages' in-process ms times the pages, and the model clamps at 0
        assert all(math.isfinite(r[c]) and r[c] >= 0 for r in rows.values() for c in columns)
        # taking a cost away never makes the run slower
        assert all(r[c] <= measured[c] + 1e-9 for r in rows.values() for c in columns)
        for stage in figures["pages"][kind]["stages"]["stages_ms"]:
            assert f"{stage} costs nothing" in rows
        alone = rows["... and the serial run outside the parse too (the parser alone)"]
        assert alone["ratio"] <= rows["every stage but the page-type parser costs nothing"]["ratio"]
    lines = stdout.splitlines()
    for label in ("BOUND target 1 (text", "BOUND target 2 (HTML"):
        start = next(i for i, ln in enumerate(lines) if ln.startswith(label))
        verdicts = lines[start + 1:start + 5]
        assert [ln.split(":")[0].strip().split(" ")[0] for ln in verdicts] == ["at", "at", "extrapolated",
                                                                             "extrapolated"]
        assert all(("NOT reachable" in ln) + ("reachable only if" in ln) + ("met as measured" in ln) == 1
                   for ln in verdicts), verdicts
    assert any("sum / whole" in ln for ln in lines)


def test_wrapping_times_without_changing_the_rows(tmp_path):
    """The wrapped functions return what the pipeline's return, and are restored afterwards."""
    import pipeline.normalize.page as page_module
    from pipeline.steps import parse_pages

    seed = sorted((REPO / "raw").rglob("*.txt"))[0]
    original = parse_pages._work, page_module.text_coverage, parse_pages.pickle
    plain = parse_pages._work(str(seed))
    clock = StageClock()
    with wrapped(clock):
        assert parse_pages._work is not original[0]
        timed = parse_pages._work(str(seed))
    assert (parse_pages._work, page_module.text_coverage, parse_pages.pickle) == original
    assert timed == plain  # (sha, pickled rows): byte-identical
    assert clock.calls["text coverage"] == 2 and clock.seconds[PARSER_STAGE] > 0
    assert clear_text_memos() > 0
