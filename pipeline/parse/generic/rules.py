"""Generic layout: the reading rule of each fact row and its measured precision (issue 13: precision before recall).

Every fact row of a generic page carries the rule that read it (column ``rule``) and that rule's precision as measured
on the hand-labelled pages of ``benchmarks/generic_corpus/`` (column ``rule_precision``), so an analyst can keep only
what is measured right (view ``generic_facts``, column ``trusted``).

A rule is ``<method>`` or ``<method>/<shape>``:

* the method is the reader's method that read the row, found by walking up from ``Reader.add`` past the helpers every
  rule stores through (one skill, one salary, one fact, the moves of an item) and comprehensions:
  ``read_responsibilities`` (a list under a duties heading), ``read_skills`` (a list under a skills heading),
  ``prose_salaries`` (pay figures in sentences), ``salary_row`` (a row of a pay table), ``cell_table`` (a pay table
  read cell by cell), ``read_facts`` / ``boxes`` (label/value boxes), ``read_moves`` / ``loose_ladder`` (career
  moves and ladders), ``read_aliases`` (an 'also known as' list) …; a few rows read outside a method name their
  rule themselves (``title_translation``, ``bracketed_script_name``, ``prose_duties``);
* the shape (``row_shape``) splits a method where its precision was measured to differ: a skill ``described``,
  ``short``, ``grouped`` or ``long``; a salary a ``range``, ``single`` figure or ``bound``; a career path its kind.

The precision comes from ``pipeline/reference/generic_rules.tsv`` (``n_stored``, ``n_right`` of each rule over the
labelled sets), written by ``python -m benchmarks.generic_score --write-rules`` (``make generic-rules``) and kept
current by a test: any change of the reader that changes what a rule stores on the labelled sets must re-measure it.
A rule that stored fewer than ``MIN_MEASURED`` rows there has no precision (null): unmeasured is not trusted.
"""
from __future__ import annotations

from functools import cache

from pipeline.reference import rows

MIN_MEASURED = 20  # rows a rule must have stored on the labelled sets for its precision to be given
TRUSTED = 0.98  # the precision from which the view generic_facts calls a rule's rows trusted (see README, round 27)

_STORING_HELPERS = frozenset({"add", "skill", "salary", "fact", "paths", "<listcomp>", "<setcomp>", "<dictcomp>",
                              "<genexpr>", "<lambda>"})


def reading_rule(frame) -> str:
    """The method that read a row: the first caller up from `frame` (the caller of ``Reader.add``) that is not one of
    the helpers every rule stores through."""
    while frame is not None and frame.f_code.co_name in _STORING_HELPERS:
        frame = frame.f_back
    return frame.f_code.co_name if frame is not None else "unknown"


def row_shape(table: str, row: dict) -> str | None:
    """The shape of a fact row that its rule's precision depends on: a skill `described` ('Name: description'),
    `short` (a bare name of four words at most), `grouped` (a bare name under a group's sub-heading) or `long` (a bare
    phrase); a salary a `range` (two figures), `single` (one figure) or `bound` ('up to' / 'from' one figure); a
    career path its kind, `_noted` when an explanation came with the title. None for the other tables."""
    if table == "role_skills":
        if row.get("detail"):
            return "described"
        if row.get("skill_group"):
            return "grouped"
        return "short" if len((row.get("text") or "").split()) <= 4 else "long"
    if table == "salaries":
        low, high = row.get("min_amount"), row.get("max_amount")
        if low is not None and high is not None:
            return "single" if low == high else "range"
        return "bound"
    if table == "career_paths":
        return f"{row.get('kind')}{'_noted' if row.get('note') else ''}"
    return None


def rule_of(item_rule: str | None, table: str, row: dict) -> str:
    """The row's rule: its method, with its shape where the table has shapes."""
    shape = row_shape(table, row)
    method = item_rule or "unknown"
    return f"{method}/{shape}" if shape else method


@cache
def _measured() -> dict[tuple[str, str], float]:
    out = {}
    for r in rows("generic_rules"):
        stored, right = int(r["n_stored"]), int(r["n_right"])
        if stored >= MIN_MEASURED:
            out[(r["table_name"], r["rule"])] = round(right / stored, 4)
    return out


def rule_precision(table: str, rule: str) -> float | None:
    """Share of the rule's rows that were right on the labelled sets; None when it stored fewer than MIN_MEASURED."""
    return _measured().get((table, rule))
