"""The generic reader's fast paths give what the plain rules give: the heading rows tried by first character
(``match_heading``) against the one alternation of every row, the ASCII seam regex against the character test, the
ASCII heading normaliser against the per-character one, and the structure read once for detection and parse."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from pipeline.parse.generic import structure, vocabulary
from pipeline.parse.generic.vocabulary import match_heading, normal_heading, fold_marks, heading_patterns, _kind_patterns


def _heading_regex(folded: bool) -> re.Pattern:
    """The plain rule: every vocabulary row (of generic_headings_intl.tsv only, when folded) as one alternation."""
    first = len(_kind_patterns("generic_headings")) if folded else 0
    return re.compile("|".join(f"(?P<h{i}>{p.pattern})" for i, (_, p) in enumerate(heading_patterns()) if i >= first))

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = Path(__file__).parent.parent / "benchmarks" / "generic_corpus"
LINES = sorted({ln.strip() for p in [*sorted(FIXTURES.rglob("*.txt")), *sorted(CORPUS.glob("set*/*.txt"))]
                for ln in p.read_text(errors="replace").splitlines() if 0 < len(ln.strip()) < 100})


def _slow_normal(text: str) -> str:
    text = vocabulary._strip_symbols(text).strip()
    text = re.sub(r"^#{1,6}\s*", "", text)
    text = text.replace("&", " and ").replace("’", "").replace("'", "")
    text = re.sub(r"[-_/]", " ", text)
    text = "".join(ch if ch.isalnum() or ch.isspace() or ch in "_?" or unicodedata.category(ch)[0] == "M" else " "
                   for ch in text).replace("?", " ")
    return " ".join(text.lower().split())


def test_the_fixtures_hold_headings_of_many_rows():
    rows = {match_heading(normal_heading(ln)) for ln in LINES} | {match_heading(fold_marks(normal_heading(ln)), True)
                                                                   for ln in LINES}
    assert len(LINES) > 10000 and len(rows - {None}) > 250


@pytest.mark.parametrize("folded", [False, True])
def test_rows_tried_by_first_character_match_as_the_whole_alternation(folded):
    # every line the rows match, and every 50th of the others (the whole alternation costs ~1 ms a line)
    candidates = sorted({normal_heading(ln) for ln in LINES} | {fold_marks(normal_heading(ln)) for ln in LINES})
    matched = [c for c in candidates if match_heading(c, folded) is not None]
    assert len(matched) > 300
    whole = _heading_regex(folded)
    for candidate in [*matched, *candidates[::50], "", "x", "?"]:
        m = whole.fullmatch(candidate)
        assert match_heading(candidate, folded) == (int(m.lastgroup[1:]) if m else None), candidate


def test_a_row_whose_first_character_is_unknown_is_tried_on_every_heading():
    starts = vocabulary._heading_starts()
    assert vocabulary._first_chars(list(re._parser.parse(r".{1,60} nasil olunur"))) is None
    assert vocabulary._first_chars(list(re._parser.parse(r"(?:key )?duties"))) == frozenset("kKdD")
    assert vocabulary._first_chars(list(re._parser.parse(r"(?:key )?(?:\w+ )?duties"))) is None
    assert len(starts) == len(vocabulary.heading_patterns())


def test_ascii_fast_paths_give_the_character_rules_answers():
    samples = [*LINES, "AIContentSkills Checklist", "Key ResponsibilitiesWrite copy", "a\x1cb", "(x)Y!Z?Q"]
    for text in samples:
        assert normal_heading(text) == _slow_normal(text), text
        assert structure._seams(text) == [i for i in range(1, len(text)) if structure._seam(text, i)], text


def test_detection_and_parse_read_the_structure_once_and_get_equal_answers():
    text = (FIXTURES / "generic").glob("*.txt").__next__().read_text()
    first = structure.read_structure(text)
    again = structure.read_structure(text)
    assert first[0] == again[0] and first[0] is not again[0] and first[1] == again[1] and first[2] == again[2]
    structure._LAST_READ[:] = [None, None]
    fresh = structure.read_structure(text)
    assert fresh[0] == first[0] and fresh[1] == first[1] and fresh[2] == first[2]


def test_a_page_read_again_compiles_no_pattern_again(monkeypatch):
    """The re module's cache holds the generic reader's patterns: a second page compiles none of them again (with
    Python's 512 it compiled ~56 a page)."""
    from re import _compiler
    from pipeline.process import process_content
    pages = [p.read_bytes() for p in sorted(CORPUS.glob("set5[0-3]/*.txt"))][:12]
    re.purge()  # (the cache drops its oldest entries first: other tests of this worker may have filled it)
    for data in pages:
        process_content(data)
    compiled = []
    original = _compiler.compile
    monkeypatch.setattr(_compiler, "compile", lambda *a, **k: compiled.append(a[0]) or original(*a, **k))
    for data in pages:
        process_content(data)
    assert compiled == []
