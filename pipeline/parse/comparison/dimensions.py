"""Comparison pages: the canonical dimensions (table rows) and how a label as written maps to one.

A row label is a canonical label or one of its variants (``pipeline/reference/dimensions.tsv``), in any
case and spacing, fuzzily matched (rapidfuzz) so typos map too. The file's row order is the canonical
order: a table that stops before the last canonical row may have been cut. Read on first use.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz import fuzz

from pipeline import reference
from pipeline.parse.comparison.vocabulary import LABEL_FUZZ_CUTOFF, MAX_LABEL_WORDS
from pipeline.text.words import clean_space, snake


@dataclass(frozen=True)
class Dimension:
    slug: str
    label: str
    order: int  # 1-based canonical row order


@cache
def _load_dimensions() -> tuple[tuple[Dimension, ...], dict[str, Dimension]]:
    dims, spellings = [], {}
    for order, row in enumerate(reference.rows("dimensions"), start=1):
        dim = Dimension(row["dimension"], row["label"], order)
        dims.append(dim)
        for spelling in [row["label"], *filter(None, row["variants"].split("|"))]:
            spellings[label_key(spelling)] = dim
    return tuple(dims), spellings


def dimensions() -> tuple[Dimension, ...]:
    """The canonical dimensions in canonical row order."""
    return _load_dimensions()[0]


def spellings() -> dict[str, Dimension]:
    """label_key(spelling) -> dimension, for every label and variant."""
    return _load_dimensions()[1]


@cache
def last_order() -> int:
    return max(d.order for d in dimensions())


@cache
def slug_order() -> dict[str, int]:
    return {d.slug: d.order for d in dimensions()}


_LABEL_PUNCT = re.compile(r"[-_:]")


def label_key(label: str) -> str:
    return clean_space(_LABEL_PUNCT.sub(" ", label)).lower()


@cache
def _spellings_by_words() -> dict[int, tuple[tuple[str, Dimension], ...]]:
    """Spellings grouped by their word count, each group in spellings() order (the fuzzy search's order)."""
    groups: dict[int, list[tuple[str, Dimension]]] = {}
    for spelling, dim in spellings().items():
        groups.setdefault(len(spelling.split()), []).append((spelling, dim))
    return {n: tuple(group) for n, group in groups.items()}


@lru_cache(maxsize=4096)
def canonical_dimension(label: str) -> Dimension | None:
    """Canonical dimension of a label as written (exact spelling, a variant, or a close typo)."""
    key = label_key(label)
    if not key:
        return None
    if key in spellings():
        return spellings()[key]
    # the first spelling with the highest score, if that score reaches the cutoff (score_cutoff only
    # skips spellings that could not beat the best so far nor reach the cutoff)
    best, best_score = None, 0.0
    for spelling, dim in spellings().items():
        score = fuzz.ratio(key, spelling, score_cutoff=max(best_score, LABEL_FUZZ_CUTOFF))
        if score > best_score:
            best, best_score = dim, score
    return best if best_score >= LABEL_FUZZ_CUTOFF else None


def dimension_slug(label: str) -> str:
    dim = canonical_dimension(label)
    return dim.slug if dim else snake(label)


def is_dimension_cell(cell: str) -> bool:
    return cell.strip().lower() in ("dimension", "dimensions")


def match_label_prefix(tokens: Sequence[str]) -> tuple[int, Dimension | None]:
    """Longest canonical label (or variant, or close typo) that opens the row: (n tokens, dimension)."""
    longest = min(MAX_LABEL_WORDS, len(tokens) - 1)
    if longest < 1:
        return 0, None
    return _match_label_prefix(tuple(tokens[:longest]))


@lru_cache(maxsize=8192)  # bounded: a worker parses tens of thousands of pages
def _match_label_prefix(tokens: tuple[str, ...]) -> tuple[int, Dimension | None]:
    best: tuple[int, Dimension | None, float] = (0, None, 0.0)
    ends = [n for n in range(len(tokens), 0, -1) if not tokens[n - 1].endswith(":")]
    keys = {n: label_key(" ".join(tokens[:n])) for n in ends}
    known = spellings()
    for n in ends:
        if keys[n] in known:
            return n, known[keys[n]]
    by_words = _spellings_by_words()
    for n in ends:
        key = keys[n]
        for spelling, dim in by_words.get(n, ()):
            # score_cutoff returns 0 for a spelling below the cutoff or below the best so far
            score = fuzz.ratio(key, spelling, score_cutoff=max(LABEL_FUZZ_CUTOFF, best[2]))
            if score >= LABEL_FUZZ_CUTOFF and score > best[2]:
                best = (n, dim, score)
    return best[0], best[1]
