"""Why lxml, not BeautifulSoup, runs the HTML hot path: parse + all text of the HTML fixture pages, timed.

    .venv/bin/python -m benchmarks.html_parsers --repeat 500

Both sides do the same work: build the tree of each page and take its text (lxml.html.document_fromstring
+ text_content(); BeautifulSoup(markup, "lxml") + get_text(), i.e. bs4 on top of the same lxml parser).
Measured in CPU time (time.process_time), so other load on the machine does not skew it.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import lxml.html
from bs4 import BeautifulSoup

REPO = Path(__file__).resolve().parents[1]
PAGES = sorted([*(REPO / "tests/fixtures/html").glob("*.html"), *(REPO / "tests/fixtures/comparison").glob("*.html")])


def _lxml(markup: str) -> str:
    return lxml.html.document_fromstring(markup).text_content()


def _bs4(markup: str) -> str:
    return BeautifulSoup(markup, "lxml").get_text()


def _time(fn, pages: list[str], repeat: int) -> float:
    start = time.process_time()
    for _ in range(repeat):
        for markup in pages:
            fn(markup)
    return time.process_time() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=200)
    args = ap.parse_args()
    pages = [p.read_text(encoding="utf-8", errors="replace") for p in PAGES]
    _time(_lxml, pages, 3), _time(_bs4, pages, 3)  # warm up
    t_lxml, t_bs4 = _time(_lxml, pages, args.repeat), _time(_bs4, pages, args.repeat)
    n = len(pages) * args.repeat
    print(f"{len(pages)} pages x {args.repeat} = {n} parses ({sum(map(len, pages)):,} characters per round)")
    print(f"lxml.html:              {t_lxml:7.2f} s  ({t_lxml / n * 1e6:6.0f} us/page)")
    print(f"BeautifulSoup('lxml'):  {t_bs4:7.2f} s  ({t_bs4 / n * 1e6:6.0f} us/page)")
    print(f"BeautifulSoup / lxml:   {t_bs4 / t_lxml:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
