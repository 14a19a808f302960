"""Comparison pages: the canonical dimensions (table rows) and how a label as written maps to one.

A row label is a canonical label or one of its variants (``pipeline/reference/dimensions.tsv``), in any
case and spacing, fuzzily matched (rapidfuzz) so typos map too. The file's row order is the canonical
order: a table that stops before the last canonical row may have been cut. Read on first use.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

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


def label_key(label: str) -> str:
    return clean_space(re.sub(r"[-_:]", " ", label)).lower()


def canonical_dimension(label: str) -> Dimension | None:
    """Canonical dimension of a label as written (exact spelling, a variant, or a close typo)."""
    key = label_key(label)
    if not key:
        return None
    if key in spellings():
        return spellings()[key]
    best, best_score = None, 0.0
    for spelling, dim in spellings().items():
        score = fuzz.ratio(key, spelling)
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
    best: tuple[int, Dimension | None, float] = (0, None, 0.0)
    ends = [n for n in range(min(MAX_LABEL_WORDS, len(tokens) - 1), 0, -1) if not tokens[n - 1].endswith(":")]
    for n in ends:
        key = label_key(" ".join(tokens[:n]))
        if key in spellings():
            return n, spellings()[key]
    for n in ends:
        key = label_key(" ".join(tokens[:n]))
        for spelling, dim in spellings().items():
            if len(spelling.split()) != n:
                continue
            score = fuzz.ratio(key, spelling)
            if score >= LABEL_FUZZ_CUTOFF and score > best[2]:
                best = (n, dim, score)
    return best[0], best[1]
