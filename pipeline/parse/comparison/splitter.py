"""Comparison pages: split a flat row ('<label> <cell> <cell> ...', no delimiters) into its label and cells.

Candidate boundaries are tokens starting with an uppercase letter or a digit whose previous token is not
a function word and does not end with , ; : / & or a dash. Every possible split into the row's number of
cells is scored from what each boundary looks like (a sentence-like start, an acronym, a digit, a run of
capitalised words), cells of a row opening alike, a list closed before a boundary, and cells equal to
text known from elsewhere (the Role block descriptions, and ``known_cells`` of other pages). A known text
found in the row also opens boundaries the function-word rule forbids ("... that teams build on |
Builds ..."), taken only where the cell it closes or opens is exactly that known text. Only a split that
beats every other by a clear margin is accepted; otherwise the row is kept whole in ``page_sections``
(``unsplit_row``) and the page is marked incomplete (``unsplittable_row``, so the run retries it with
the cells of other pages). Every weight and limit, with why it has its value, is in ``WEIGHTS`` below.

Rows a reader splits at a glance go first or last: a row whose cells all open with an arrow
("→ A / B → C → D") splits on the arrows (more arrows than cells: ambiguous); after a known label, short
cells that each start with a capital split at the capitals when their count is the number of cells and
no cell would end on a function word, a comma or a dash (tried only when the scorer cannot decide).
An unknown label is the leading run of Title Case words; its end is chosen by the same scorer, so
"Work Location Remote Hybrid On-site" stays unsplit when it cannot be decided.
"""
from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from pipeline.parse.comparison.dimensions import Dimension, match_label_prefix
from pipeline.parse.comparison.vocabulary import (
    FUNCTION_WORDS, LABEL_CONNECTORS, MAX_LABEL_WORDS, NO_BOUNDARY_AFTER_CHARS,
)
from pipeline.text.words import snake


@dataclass(frozen=True)
class SplitWeights:
    """Every number the flat row splitter uses. A split's score is the sum of its boundaries' scores
    (the ``*_start`` weights), the list and parallel bonuses and the known-cell bonus."""

    # What the token at a boundary looks like:
    sentence_start: float = 1.0  # a capital then a lower-case word: "Reports to", "Develops expertise"
    acronym_start: float = -2.0  # two or more capitals ("SQL", "MLOps"): more often inside a cell
    digit_start: float = 0.0  # "2-3 direct reports" opens a cell as often as "lead 2-4 engineers" is an object
    capitalised_run: float = -1.0  # a capital then another capitalised word: inside a name, not a cell start
    repeated_word: float = 0.0  # ... unless it is the same word ("None None" is two one-word cells)
    other_start: float = 0.0  # a capital followed by no word (end of row, punctuation)
    # What the cells look like together:
    parallel_start: float = 3.0  # per pair of cells of the row opening with the same word
    parallel_second_word: float = 1.0  # ... and with the same second word too
    list_end: float = 2.0  # a boundary right after "A, B, or C" (only before a sentence-like start)
    known_cell: float = 10.0  # per cell equal to a text known from elsewhere: outweighs every shape rule
    # When to decide:
    clear_margin: float = 1.0  # the best split must beat the runner-up by at least this much
    # Limits (the search grows with the row's length and its candidate boundaries):
    max_splits: int = 50_000  # beyond this many candidate splits a row is called ambiguous
    max_row_words: int = 2_000  # real rows hold a few hundred words; a longer line is not searched
    short_cell_words: int = 6  # "short cells": a row of such cells is split at its capitals when their count fits


WEIGHTS = SplitWeights()

_ARROWS = ("→", "->", "⟶", "➔")
_ARROW_CHARS = "→->⟶➔"
_CELL_START_PREFIX = "\"'“‘([→$£€#"


@dataclass
class RowSplit:
    label: str = ""
    cells: list[str] = field(default_factory=list)  # empty when the row could not be split
    score: float = 0.0
    margin: float = 0.0
    reason: str = ""


def _bare(token: str) -> str:
    return token.strip("\"'“”‘’()[],.;:")


def _starts_cell(token: str) -> bool:
    lead = token.lstrip(_CELL_START_PREFIX)
    return bool(lead) and (lead[0].isupper() or lead[0].isdigit())


def _is_acronym(token: str) -> bool:
    return sum(c.isupper() for c in token) >= 2


def boundary_score(tokens: Sequence[str], k: int) -> float | None:
    """How likely a new cell starts at tokens[k]; None when it cannot."""
    if k <= 0 or k >= len(tokens) or not _starts_cell(tokens[k]):
        return None
    prev = tokens[k - 1]
    if not prev or prev[-1] in NO_BOUNDARY_AFTER_CHARS or _bare(prev).lower() in FUNCTION_WORDS:
        return None
    if _is_acronym(tokens[k]):
        return WEIGHTS.acronym_start
    if tokens[k].lstrip(_CELL_START_PREFIX)[:1].isdigit():
        return WEIGHTS.digit_start
    following = tokens[k + 1] if k + 1 < len(tokens) else ""
    if following[:1].islower():
        return WEIGHTS.sentence_start
    if following[:1].isupper():
        if _bare(following) == _bare(tokens[k]):
            return WEIGHTS.repeated_word
        return WEIGHTS.capitalised_run
    return WEIGHTS.other_start


def _parallel_bonus(tokens: Sequence[str], starts: Sequence[int]) -> float:
    bonus = 0.0
    for a, b in itertools.combinations(starts, 2):
        if _bare(tokens[a]) and _bare(tokens[a]) == _bare(tokens[b]):
            bonus += WEIGHTS.parallel_start
            if a + 1 < b and b + 1 < len(tokens) and tokens[a + 1] == tokens[b + 1]:
                bonus += WEIGHTS.parallel_second_word
    return bonus


def _label_options(tokens: Sequence[str]) -> list[int]:
    """Possible ends of an unknown label: a run of Title Case words (connectors allowed inside)."""
    options = []
    for end in range(1, min(MAX_LABEL_WORDS, len(tokens) - 1) + 1):
        word = tokens[end - 1]
        if not (word[:1].isupper() or word.lower() in LABEL_CONNECTORS):
            break
        if word[:1].isupper() and boundary_score(tokens, end) is not None:
            options.append(end)
    return options


def split_flat_row(line: str, n_cells: int, *, anchors: Callable[[str], list[set[str]]] | None = None,
                   shared: set[str] | frozenset = frozenset()) -> RowSplit:
    """Split a flat row '<label> <cell> <cell> ...' into its label and n_cells cells.

    anchors(dimension_slug) gives, per column, cell texts known for that role and dimension
    (other pages); shared holds texts known to be cells of some column (Role block descriptions).
    """
    tokens = line.strip().split(" ")
    if len(tokens) > WEIGHTS.max_row_words:
        return RowSplit(reason=f"the row is too long to split ({len(tokens)} words; table rows have far fewer)")
    n_label, dim = match_label_prefix(tokens)
    label_ends = [n_label] if dim is not None else _label_options(tokens)
    if not label_ends and not _arrow_label_end(tokens, n_label, dim):
        return RowSplit(reason="no row label was found at the start of the line")
    arrows = _split_on_arrows(tokens, _arrow_label_end(tokens, n_label, dim), n_cells)
    if arrows is not None:
        return arrows
    scored: list[tuple[float, int, tuple[int, ...]]] = []
    tried = 0
    features: _RowFeatures | None = None
    # A cell, or a run of words a known text is looked for in, is a piece of the line: a text that is not in
    # the line cannot be either, so only the texts found in it are kept (the same answers, fewer to check).
    shared = {t for t in shared if t in line}
    for end in label_ends:
        label = " ".join(tokens[:end])
        slug = dim.slug if dim is not None else snake(label)
        known = [{t for t in col if t in line} for col in anchors(slug)] if anchors else [set() for _ in range(n_cells)]
        label_score = 0.0 if dim is not None else (boundary_score(tokens, end) or 0.0)
        if features is None:
            features = _RowFeatures(tokens)
        by_rule = {k for k in range(end + 1, len(tokens)) if features.boundary[k] is not None}
        by_anchor = _anchor_boundaries(tokens, end, shared.union(*known)) - by_rule
        candidates = sorted(by_rule | by_anchor)
        check_cells = bool(shared) or any(known)
        tried += math.comb(len(candidates), n_cells - 1)
        if tried > WEIGHTS.max_splits:  # the search would stop at its first split past the limit
            return RowSplit(reason=f"too many possible splits (> {WEIGHTS.max_splits})")
        features.score_splits(scored, end, label_score, candidates, n_cells, known, shared, check_cells, by_anchor)
    if not scored:
        if dim is not None and (short := _split_short_capital_cells(tokens, n_label, n_cells)) is not None:
            return short
        return RowSplit(reason=f"fewer than {n_cells} possible cell starts")
    scored.sort(key=lambda s: -s[0])
    best = scored[0]
    margin = best[0] - scored[1][0] if len(scored) > 1 else float("inf")
    if margin < WEIGHTS.clear_margin:
        if dim is not None and (short := _split_short_capital_cells(tokens, n_label, n_cells)) is not None:
            return short
        return RowSplit(score=best[0], margin=margin,
                        reason=f"{sum(1 for s in scored if best[0] - s[0] < WEIGHTS.clear_margin)} splits score "
                               f"within {WEIGHTS.clear_margin} of the best")
    starts = best[2]
    cells = [" ".join(tokens[a:b]).strip() for a, b in zip(starts, (*starts[1:], len(tokens)))]
    return RowSplit(label=" ".join(tokens[:best[1]]), cells=cells, score=best[0], margin=margin)


def _is_arrow(token: str) -> bool:
    return token.startswith(_ARROWS)


def _arrow_label_end(tokens: Sequence[str], n_label: int, dim: Dimension | None) -> int | None:
    """Where the cells start when the first one opens with an arrow: after a known label, or after
    an unknown label of Title Case words (connectors allowed) that ends right before the arrow."""
    if dim is not None:
        return n_label if n_label < len(tokens) and _is_arrow(tokens[n_label]) else None
    first = next((k for k, t in enumerate(tokens[: MAX_LABEL_WORDS + 1]) if _is_arrow(t)), None)
    if not first or not tokens[0][:1].isupper():
        return None
    label = tokens[:first]
    if all(t[:1].isupper() or t.lower() in LABEL_CONNECTORS for t in label) and label[-1][:1].isupper():
        return first
    return None


def _split_on_arrows(tokens: Sequence[str], start: int | None, n_cells: int) -> RowSplit | None:
    """'Professional Development → A / B → C → D': when every cell opens with an arrow, the arrows
    are the boundaries. More arrows than cells means some cell holds two: the row is ambiguous.
    Fewer: some cell has no arrow, left to the scorer. None when the row does not open with an arrow."""
    if start is None:
        return None
    starts = [k for k in range(start, len(tokens)) if _is_arrow(tokens[k])]
    if len(starts) < n_cells:
        return None
    if len(starts) > n_cells:
        return RowSplit(reason=f"{len(starts)} arrows for {n_cells} cells: some cell holds more than one")
    cells = [" ".join(tokens[a:b]).strip() for a, b in zip(starts, (*starts[1:], len(tokens)))]
    if any(_is_arrow(c) and c.strip(_ARROW_CHARS).strip() == "" for c in cells):
        return RowSplit(reason="an arrow with nothing after it")
    return RowSplit(label=" ".join(tokens[:start]), cells=cells, score=0.0, margin=float("inf"))


def _split_short_capital_cells(tokens: Sequence[str], start: int, n_cells: int) -> RowSplit | None:
    """'Team Management Manages 2-3 engineers Leads 10+ people None': when the words after a known
    label that start with a capital are exactly as many as the cells, each opens a cell, provided
    every cell is short and none ends where a cell cannot end (a function word, a comma, a dash)."""
    starts = [k for k in range(start, len(tokens)) if tokens[k].lstrip(_CELL_START_PREFIX)[:1].isupper()]
    if len(starts) != n_cells or not starts or starts[0] != start:
        return None
    bounds = (*starts[1:], len(tokens))
    cells = [tokens[a:b] for a, b in zip(starts, bounds)]
    for cell in cells:
        last = cell[-1]
        if len(cell) > WEIGHTS.short_cell_words or _bare(last).lower() in FUNCTION_WORDS \
                or last[-1:] in NO_BOUNDARY_AFTER_CHARS:
            return None
    return RowSplit(label=" ".join(tokens[:start]), cells=[" ".join(c).strip() for c in cells], score=0.0,
                    margin=float("inf"))


def _anchor_boundaries(tokens: Sequence[str], first: int, texts: set[str]) -> set[int]:
    """Token positions where a known cell text found in the row starts or ends (the next token
    opening a cell): places a cell may begin even where the function-word rule forbids it
    ("... that teams build on | Builds internal ...")."""
    bounds: set[int] = set()
    row = tokens[first:]
    at_word: dict[str, list[int]] = {}  # where each word of the row is: a text is looked for only there
    for at, word in enumerate(row):
        at_word.setdefault(word, []).append(at)
    for text in texts:
        words = text.split(" ")
        for at in at_word.get(words[0], ()):
            if at <= len(row) - len(words) and row[at: at + len(words)] == words:
                for k in (first + at, first + at + len(words)):
                    if first < k < len(tokens) and _starts_cell(tokens[k]):
                        bounds.add(k)
    return bounds


def _anchored_where_rules_forbid(tokens: Sequence[str], starts: Sequence[int], by_anchor: set[int],
                                 known: list[set[str]], shared) -> bool:
    """A boundary the rules forbid is taken only where the cell it closes or the cell it opens is
    exactly a known text of its column (or a Role block description)."""
    bounds = (*starts[1:], len(tokens))
    cells = [" ".join(tokens[a:b]).strip() for a, b in zip(starts, bounds)]

    def known_cell(col: int) -> bool:
        return cells[col] in shared or (col < len(known) and cells[col] in known[col])

    return all(known_cell(col - 1) or known_cell(col)
               for col, k in enumerate(starts[1:], start=1) if k in by_anchor)


def _closes_list(tokens: Sequence[str], k: int) -> bool:
    """tokens[:k] end a list of names: "... path to A, B, or Board Director" | "Builds domain ...".

    The words before k are a run of capitalised words (connectors allowed) right after a final
    "or"/"and", and the clause holding that conjunction lists items with commas. Such a list is
    the usual end of a cell. Only a sentence-like start closes it (tokens[k] followed by a
    lowercase word): inside "or Head of Data Science" or "or Lead Develops ML depth" the item's
    end is not known, so no place gets the bonus.
    """
    if k + 1 >= len(tokens) or not tokens[k + 1][:1].islower():
        return False
    run = 0
    j = k - 1
    while j >= 0 and (tokens[j][:1].isupper() or tokens[j] in LABEL_CONNECTORS - {"and"}) and run < MAX_LABEL_WORDS:
        if tokens[j].endswith((",", ";", ":")) or not tokens[j][:1].isupper() and run == 0:
            return False
        run += 1
        j -= 1
    if run == 0 or j < 1 or tokens[j] not in ("or", "and"):
        return False
    clause = []
    for token in reversed(tokens[:j]):
        if token.endswith((";", ":")):
            break
        clause.append(token)
    return any(t.endswith(",") for t in clause)


def _split_score(tokens: Sequence[str], starts: Sequence[int], known: list[set[str]], shared) -> float:
    score = sum(boundary_score(tokens, k) or 0.0 for k in starts[1:])
    score += sum(WEIGHTS.list_end for k in starts[1:] if _closes_list(tokens, k))
    score += _parallel_bonus(tokens, starts)
    bounds = (*starts[1:], len(tokens))
    for col, (a, b) in enumerate(zip(starts, bounds)):
        cell = " ".join(tokens[a:b]).strip()
        if cell in shared or (col < len(known) and cell in known[col]):
            score += WEIGHTS.known_cell
    return score


def _boundary_scores(tokens: Sequence[str]) -> list[float | None]:
    """``[boundary_score(tokens, k) for k in range(len(tokens))]``: the tokens that cannot open a cell (most:
    a lower-case word, or one after a function word) are ruled out inline, the others scored by boundary_score."""
    scores: list[float | None] = [None] * len(tokens)
    prefix, no_boundary_after, function_words = _CELL_START_PREFIX, NO_BOUNDARY_AFTER_CHARS, FUNCTION_WORDS
    for k in range(1, len(tokens)):
        lead = tokens[k].lstrip(prefix)
        if not lead or not (lead[0].isupper() or lead[0].isdigit()):
            continue
        prev = tokens[k - 1]
        if not prev or prev[-1] in no_boundary_after or _bare(prev).lower() in function_words:
            continue
        scores[k] = boundary_score(tokens, k)
    return scores


_WHOLE_WEIGHTS: list = [None, False]  # (the weights object, whether its scores are whole numbers)


def _exact_whole(value) -> bool:
    """A whole number below 2**20 in size, not -0.0: sums of such numbers are exact in any order."""
    try:
        value = float(value)
    except (TypeError, ValueError):
        return False
    return value.is_integer() and abs(value) < 2 ** 20 and not (value == 0 and math.copysign(1.0, value) < 0)


def _whole_number_weights(weights: SplitWeights) -> bool:
    """Whether every score weight is a whole number (and not -0.0) small enough that sums of them are exact
    in floating point whatever their order: then a split's score does not depend on the order of its terms."""
    if _WHOLE_WEIGHTS[0] is not weights:
        values = (weights.sentence_start, weights.acronym_start, weights.digit_start, weights.capitalised_run,
                  weights.repeated_word, weights.other_start, weights.parallel_start, weights.parallel_second_word,
                  weights.list_end, weights.known_cell)
        _WHOLE_WEIGHTS[:] = [weights, all(_exact_whole(v) for v in values)]
    return _WHOLE_WEIGHTS[1]


class _RowFeatures:
    """What the scorer reads of one row, computed once per row rather than once per candidate split:
    each token's boundary score, whether a list closes before it, and its bare form. The sums below
    add the same numbers in the same order as ``_split_score``, so a split scores exactly the same."""

    __slots__ = ("tokens", "boundary", "boundary_or_zero", "closes_list", "bare")

    def __init__(self, tokens: Sequence[str]) -> None:
        self.tokens = tokens
        self.boundary = _boundary_scores(tokens)
        self.boundary_or_zero = [b or 0.0 for b in self.boundary]
        self.closes_list: dict[int, bool] = {}  # filled for the candidate boundaries as they are met
        self.bare = [_bare(t) for t in tokens]

    def score_splits(self, scored: list, end: int, label_score: float, candidates: Sequence[int], n_cells: int,
                     known: list[set[str]], shared, check_cells: bool, by_anchor: set[int]) -> None:
        """Append (score, end, starts) for every split of the row after a label ending at ``end``, in the order
        of ``itertools.combinations(candidates, n_cells - 1)``: the scores of ``split_score``, each term added in
        the same order, with what does not depend on the whole split (a boundary's score, whether a list closes
        before it, which pairs of starts open alike, whether a cell is a known text) worked out once per row."""
        tokens, n = self.tokens, len(self.tokens)
        boundary, closes = self.boundary_or_zero, self.closes_list
        for k in candidates:
            if k not in closes:
                closes[k] = _closes_list(tokens, k)
        list_end = WEIGHTS.list_end
        list_ends = [0]  # sum(list_end for each of c boundaries closing a list), built as sum() builds it
        for _ in range(n_cells):
            list_ends.append(list_ends[-1] + list_end)
        pairs = self._alike_pairs((end, *candidates))
        cell_known: dict[tuple[int, int, int], bool] = {}

        def is_known(col: int, a: int, b: int) -> bool:
            key = (col, a, b)
            found = cell_known.get(key)
            if found is None:
                cell = " ".join(tokens[a:b]).strip()
                found = cell_known[key] = cell in shared or (col < len(known) and cell in known[col])
            return found

        known_cell = WEIGHTS.known_cell
        append = scored.append
        if n_cells >= 2 and _whole_number_weights(WEIGHTS):
            # Whole-number weights: every sum is exact in any order, so a split's score is built up as the
            # splits are enumerated (in the same order), each boundary adding its own terms once per prefix.
            self._score_splits_by_prefix(scored, end, label_score, candidates, n_cells - 1, known, shared,
                                         check_cells, by_anchor, is_known, pairs)
            return
        for combo in itertools.combinations(candidates, n_cells - 1):
            starts = (end, *combo)
            if by_anchor and not _anchored_where_rules_forbid(tokens, starts, by_anchor, known, shared):
                continue
            score = sum(map(boundary.__getitem__, combo))
            score += list_ends[sum(map(closes.__getitem__, combo))]
            bonus = 0.0
            if pairs:
                in_split = set(starts)
                for a, b, add in pairs:
                    if a in in_split and b in in_split:
                        for value in add:
                            bonus += value
            score += bonus
            if check_cells:
                for col, (a, b) in enumerate(zip(starts, (*combo, n))):
                    if is_known(col, a, b):
                        score += known_cell
            append((label_score + score, end, starts))

    def _score_splits_by_prefix(self, scored: list, end: int, label_score: float, candidates: Sequence[int],
                                r: int, known: list[set[str]], shared, check_cells: bool, by_anchor: set[int],
                                is_known: Callable[[int, int, int], bool], pairs: list) -> None:
        """score_splits for whole-number weights: the same splits in the same order with the same scores."""
        tokens, n = self.tokens, len(self.tokens)
        boundary, closes, list_end, known_cell = self.boundary_or_zero, self.closes_list, WEIGHTS.list_end, WEIGHTS.known_cell
        unit = {k: boundary[k] + (list_end if closes[k] else 0) for k in candidates}
        alike_before: dict[int, list[tuple[int, float]]] = {}  # b -> (a, what the pair adds) for a < b
        for a, b, add in pairs:
            alike_before.setdefault(b, []).append((a, sum(add)))
        m = len(candidates)
        append = scored.append

        def extend(i: int, depth: int, prefix: tuple[int, ...], total: float, prev: int) -> None:
            last = depth == r - 1
            for j in range(i, m - (r - 1 - depth)):
                k = candidates[j]
                score = total + unit[k]
                alike = alike_before.get(k)
                if alike:
                    for a, add in alike:
                        if a in prefix:
                            score += add
                if check_cells and is_known(depth, prev, k):
                    score += known_cell
                starts = (*prefix, k)
                if not last:
                    extend(j + 1, depth + 1, starts, score, k)
                    continue
                if check_cells and is_known(r, k, n):
                    score += known_cell
                if by_anchor and not _anchored_where_rules_forbid(tokens, starts, by_anchor, known, shared):
                    continue
                append((label_score + score, end, starts))

        extend(0, 0, (end,), 0.0, end)

    def _alike_pairs(self, positions: Sequence[int]) -> list[tuple[int, int, tuple[float, ...]]]:
        """The pairs (a, b) of ``positions`` (increasing) that ``_parallel_bonus`` rewards, in the order it meets
        them, with the weights it adds for each."""
        tokens, bare, n = self.tokens, self.bare, len(self.tokens)
        pairs = []
        for a, b in itertools.combinations(positions, 2):
            if bare[a] and bare[a] == bare[b]:
                add = (WEIGHTS.parallel_start,)
                if a + 1 < b and b + 1 < n and tokens[a + 1] == tokens[b + 1]:
                    add += (WEIGHTS.parallel_second_word,)
                pairs.append((a, b, add))
        return pairs

    def split_score(self, starts: Sequence[int], known: list[set[str]], shared, check_cells: bool) -> float:
        tokens, rest = self.tokens, starts[1:]
        score = sum(self.boundary_or_zero[k] for k in rest)
        closes = self.closes_list
        for k in rest:
            if k not in closes:
                closes[k] = _closes_list(tokens, k)
        score += sum(WEIGHTS.list_end for k in rest if closes[k])
        score += self._parallel_bonus(starts)
        if check_cells:
            bounds = (*rest, len(tokens))
            for col, (a, b) in enumerate(zip(starts, bounds)):
                cell = " ".join(tokens[a:b]).strip()
                if cell in shared or (col < len(known) and cell in known[col]):
                    score += WEIGHTS.known_cell
        return score

    def _parallel_bonus(self, starts: Sequence[int]) -> float:
        tokens, bare, n = self.tokens, self.bare, len(self.tokens)
        bonus = 0.0
        for a, b in itertools.combinations(starts, 2):
            if bare[a] and bare[a] == bare[b]:
                bonus += WEIGHTS.parallel_start
                if a + 1 < b and b + 1 < n and tokens[a + 1] == tokens[b + 1]:
                    bonus += WEIGHTS.parallel_second_word
        return bonus
