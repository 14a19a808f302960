"""The benchmark harness (`make bench`) works: its corpus covers every layout from varied pages, is
deterministic and cached, and the bench run as a process prints every figure and exits by its targets.
Nothing here is timed: the figures' values are the bench's business, not the suite's."""
from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.bench import TARGETS
from benchmarks.corpus import LAYOUT_SHARES, build_corpus, load_templates

REPO = Path(__file__).resolve().parents[1]
LAX = [f"--target={name}={limit}" for name, limit in (
    ("text_floor_ratio", 1e9), ("html_bs4_ratio", 1e9), ("peak_rss_mib", 1e9), ("rss_growth_ratio", 1e9),
    ("noop_seconds", 1e9), ("noop_heavy_imports", 99), ("slowest_view_ms", 1e9))]


@pytest.fixture(scope="module")
def templates():
    return load_templates()


def _bench(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "benchmarks.bench", *args], cwd=REPO,
                          capture_output=True, text=True, timeout=600)


def test_templates_cover_every_layout_from_many_pages(templates):
    usable, skipped = templates
    by_group = Counter(t.group for t in usable)
    assert set(by_group) == set(LAYOUT_SHARES)
    assert all(n >= 3 for n in by_group.values()), by_group  # varied pages, not one seed per layout
    assert any(not t.complete for t in usable)  # cut captures are part of the mix
    assert not any("parses differently" in s for s in skipped), skipped


def test_corpus_is_deterministic_renamed_and_cached(tmp_path, templates):
    usable, _ = templates
    a = build_corpus(200, 3, root=tmp_path / "a", templates=usable)
    b = build_corpus(200, 3, root=tmp_path / "b", templates=usable)
    assert a.pages == b.pages
    files_a = sorted(p.relative_to(a.all_dir) for p in a.all_dir.rglob("*") if p.is_file())
    assert files_a == sorted(p.relative_to(b.all_dir) for p in b.all_dir.rglob("*") if p.is_file())
    assert all((a.all_dir / f).read_bytes() == (b.all_dir / f).read_bytes() for f in files_a)
    assert set(a.layout_counts()) == {f"{t}/{l}" for t, l in LAYOUT_SHARES}
    assert len(a.files("text")) + len(a.files("html")) == 200
    assert all(p.suffix == ".html" for p in a.files("html")) and all(p.suffix == ".txt" for p in a.files("text"))
    # roles are renamed per page: most pages differ from their template and from each other
    source = {t.path: t.text for t in usable}
    texts = [(a.all_dir / p["path"]).read_text(encoding="utf-8") for p in a.pages]
    assert sum(t != source[p["template"]] for t, p in zip(texts, a.pages)) > 180
    assert len(set(texts)) == 200  # no two pages alike: the pipeline would parse a duplicate once
    # a second call with the same (N, seed, templates) reuses the folder instead of regenerating it
    stamp = (a.all_dir / a.pages[0]["path"]).stat().st_mtime_ns
    again = build_corpus(200, 3, root=tmp_path / "a", templates=usable)
    assert again.pages == a.pages and (a.all_dir / a.pages[0]["path"]).stat().st_mtime_ns == stamp


def test_bench_process_reports_every_figure_and_exits_by_its_targets(tmp_path):
    report = tmp_path / "report.json"
    ok = _bench("--pages", "24", "--seed", "5", "--cache-dir", str(tmp_path / "cache"),
                "--work", str(tmp_path), "--json", str(report), *LAX)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    for figure in ("fixed cost of a run", "cold build, all pages", "(1) text pages", "(2) HTML pages",
                   "(3) peak RSS", "(4) unchanged re-run", "(5) slowest select *"):
        assert figure in ok.stdout, figure
    assert "all measured targets met" in ok.stdout
    data = json.loads(report.read_text())
    figures, verdicts = data["figures"], data["verdicts"]
    assert [v["name"] for v in verdicts] == list(TARGETS)
    assert all(v["status"] == "PASS" for v in verdicts), verdicts
    assert figures["failures"] == []
    # the pipeline read every generated page as the layout it was generated from
    assert figures["cold"]["pages_by_kind"] == figures["corpus"]["layouts"]
    assert (figures["cold"]["parsed"], figures["cold"]["from_cache"]) == (24, 0)  # cold: every page parsed
    assert figures["cold"]["cpu_seconds"] > 0 and figures["text"]["floor_cpu_seconds"] > 0
    assert figures["text"]["pages"] + figures["html"]["pages"] == 24
    assert figures["text"]["floor_seconds"] > 0 and figures["html"]["bs4_seconds"] > 0
    assert figures["cold"]["peak_rss_mib"] > 10 and figures["memory"]["ref_pages"] == 2
    assert figures["noop"]["up_to_date"] is True
    assert {r["name"] for r in figures["relations"] if r["kind"] == "view"} >= {"role_profile", "role_matrix"}
    # every work folder is removed; the corpus cache stays
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "report.json"]

    # the same figures judged against an impossible target: MISS and exit 1, unless --no-fail
    miss = _bench("--from-report", str(report), *LAX, "--target", "text_floor_ratio=1e-9")
    assert miss.returncode == 1, miss.stdout + miss.stderr
    assert "MISS  text pages: cold build / bare floor" in miss.stdout
    assert "MISSED: text_floor_ratio" in miss.stdout
    quiet = _bench("--from-report", str(report), *LAX, "--target", "slowest_view_ms=0", "--no-fail")
    assert quiet.returncode == 0 and "MISS  slowest `select *`" in quiet.stdout
    bad = _bench("--from-report", str(report), "--target", "no_such_target=1")
    assert bad.returncode != 0 and "no_such_target" in bad.stderr
