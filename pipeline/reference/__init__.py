"""Curated reference data: small versioned files beside this module, read lazily and cached.

One format for every file here, ``<name>.tsv``:

* UTF-8 text; a line starting with ``#`` is a comment (say there what the file is for and how it
  is matched); blank lines are skipped;
* the first other line is the header: the column names, separated by one tab;
* every further line is one row: fields separated by one tab, no quoting; a missing trailing field
  reads as ``""``. A list inside a field uses ``|`` (``dimensions.tsv`` variants).

``rows("dimensions")`` gives the rows as dicts in file order, ``column("employers")`` one column
(the first by default). Files are read on first use, once per process, never at import.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

REFERENCE_DIR = Path(__file__).resolve().parent


class ReferenceError(ValueError):
    """A reference file that does not follow the convention above."""


def path_of(name: str) -> Path:
    return REFERENCE_DIR / f"{name}.tsv"


@cache
def rows(name: str) -> tuple[dict[str, str], ...]:
    """Rows of reference file `name` (without ``.tsv``) as {column: field}, in file order."""
    path = path_of(name)
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines:
        raise ReferenceError(f"{path}: no header row")
    header = lines[0].split("\t")
    out = []
    for lineno, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) > len(header):
            raise ReferenceError(f"{path}: data row {lineno - 1} has {len(fields)} fields for "
                                 f"{len(header)} columns {header}: {line!r}")
        out.append(dict(zip(header, fields + [""] * (len(header) - len(fields)))))
    return tuple(out)


@cache
def column(name: str, col: str | None = None) -> tuple[str, ...]:
    """One column of reference file `name` (the first when `col` is None), in file order."""
    if col is None:
        col = next(iter(rows(name)[0])) if rows(name) else ""
    return tuple(row[col] for row in rows(name))
