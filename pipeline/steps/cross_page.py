"""Cross-page second pass: re-parse the pages one page alone could not settle, with the cells the other
pages of the run know.

Two kinds of page wait for it (``PageRows.needs_context``, set by normalize):
- "split": a flat row could not be split into cells; the page is re-parsed with the known cells, and the
  retry is kept when it leaves fewer issues;
- "cut": a complete page of an undelimited layout whose last row ends the text. When one of that row's
  cells is the strict start of a cell another page gives for the same role and dimension, the page is
  re-parsed: the parser then finds the cut and the re-parse replaces the page.

Input: the known cells (complete pages only) and the pages to retry; output: page rows to add and
page rows that replace rows already added. The warehouse builder only receives rows.

Memory stays flat: a run reads the known cells from the rows already spilled by the warehouse builder
(``SpilledKnownCells``: only the roles the held pages name, loaded at once), and a held page is kept as its
sha and a few facts, re-read from raw for the retry. ``KnownCellsIndex`` is the same index in memory (small
runs and tests).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.normalize.page import PageRows
from pipeline.process import process_content

KnownCells = dict[str, dict[str, set[str]]]  # role_id -> dimension -> cell values


class KnownCellsIndex:
    """role_id -> dimension -> values, from the dimension cells of the complete pages offered so far."""

    def __init__(self):
        self._cells: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))

    def add(self, rows: PageRows) -> None:
        if rows.page is None or not rows.page["complete"]:
            return
        for cell in rows.tables.get("dimensions", []):
            self._cells[cell["role_id"]][cell["dimension"]].add(cell["value"])

    def snapshot(self) -> KnownCells:
        return {role: dict(dims) for role, dims in self._cells.items()}


class SpilledKnownCells(Mapping):
    """role_id -> dimension -> values, read from the rows spilled so far (``cells_sql``: a select of role_id,
    dimension, value of the complete pages). The roles given are read in one query; any other role the parser
    asks for is read when asked."""

    def __init__(self, con, cells_sql: str, role_ids: Iterable[str] = ()):
        # cells_sql names the spill files written so far: a later page's rows (spilled after this) are not read
        self._con, self._sql = con, cells_sql
        self._cells: dict[str, dict[str, set[str]] | None] = {}
        self._len: int | None = None
        self._load(role_ids)

    def prefetch(self, role_ids: Iterable[str]) -> None:
        """Keep only these roles' cells in memory (read in one query): the second pass goes through the
        held pages in batches, so memory holds one batch's roles, not the run's."""
        self._cells = {}
        self._load(role_ids)

    def _load(self, role_ids: Iterable[str]) -> None:
        from pipeline.warehouse.spill import temp_table

        wanted = sorted({r for r in role_ids if r is not None and r not in self._cells})
        if not wanted:
            return
        self._cells.update(dict.fromkeys(wanted))
        temp_table(self._con, "_wanted_roles", {"role_id": wanted})
        try:
            rows = self._con.execute(
                f"select c.role_id, c.dimension, list(distinct c.value) from ({self._sql}) c "
                "semi join _wanted_roles w on c.role_id = w.role_id group by c.role_id, c.dimension").fetchall()
        finally:
            self._con.execute("drop table if exists _wanted_roles")
        for rid, dimension, values in rows:
            if self._cells[rid] is None:
                self._cells[rid] = {}
            self._cells[rid][dimension] = set(values)

    def with_strict_prefix(self, cells: list[tuple[str, str, str, str]]) -> set[str]:
        """The shas of the (sha, role_id, dimension, value) cells of which some known cell of the same role and
        dimension is a strict extension (``_is_strict_prefix``), found in one query over the spilled cells instead
        of every suspect's roles loaded into Python (most pages of a run have such a last row; few are cut)."""
        from pipeline.warehouse.spill import temp_table

        if not cells:
            return set()
        temp_table(self._con, "_suspect_cells", {"sha": [c[0] for c in cells], "role_id": [c[1] for c in cells],
                                                 "dimension": [c[2] for c in cells], "value": [c[3] for c in cells]})
        try:
            # a strict prefix: the known value starts with the suspect's and is not equal to it (so it is longer)
            rows = self._con.execute(
                f"select distinct s.sha from _suspect_cells s join ({self._sql}) c on c.role_id = s.role_id "
                "and c.dimension is not distinct from s.dimension "
                "where starts_with(c.value, s.value) and c.value <> s.value").fetchall()
        finally:
            self._con.execute("drop table if exists _suspect_cells")
        return {sha for (sha,) in rows}

    def flagged_spilled(self, suspects_sql: str) -> list[tuple[str, list[tuple[str, str, str]]]]:
        """``with_strict_prefix`` over suspects spilled to Parquet (``suspects_sql``: a relation of sha, n,
        role_id, dimension, value): (sha, its last row's cells) of the flagged suspects only, in sha order, read
        in one query (the suspects never come into Python as a whole: most pages of a run are suspects)."""
        rows = self._con.execute(
            f"with s as (select * from {suspects_sql}), "
            f"f as (select distinct s.sha from s join ({self._sql}) c on c.role_id = s.role_id "
            "and c.dimension is not distinct from s.dimension "
            "where starts_with(c.value, s.value) and c.value <> s.value) "
            "select s.sha, s.role_id, s.dimension, s.value from s semi join f on s.sha = f.sha "
            "order by s.sha, s.n").fetchall()
        return _by_sha(rows)

    def release(self) -> None:
        """Drop the cells (the second pass is done)."""
        self._cells = {}

    def get(self, role_id, default=None):
        if role_id not in self._cells:
            self._load([role_id])
        found = self._cells.get(role_id)
        return default if found is None else found

    def __getitem__(self, role_id):
        found = self.get(role_id)
        if found is None:
            raise KeyError(role_id)
        return found

    def __iter__(self) -> Iterator[str]:
        for (rid,) in self._con.execute(f"select distinct role_id from ({self._sql}) order by role_id").fetchall():
            yield rid

    def __len__(self) -> int:
        # counted once: the spill files the select names do not change (the parsers test the mapping's truth on
        # every page they re-parse: a query of the spilled cells each time was ~6 ms a page)
        if self._len is None:
            self._len = self._con.execute(f"select count(distinct role_id) from ({self._sql})").fetchone()[0]
        return self._len


def spilled_known_cells(builder, role_ids: Iterable[str] = ()) -> SpilledKnownCells:
    """The known cells of the pages added to a warehouse builder so far (complete pages only)."""
    cells = (f"select d.role_id, d.dimension, d.value from {builder.spilled('dimensions')} d "
             f"join {builder.spilled('pages')} p on d.page_id = p.page_id where p.complete")
    return SpilledKnownCells(builder.con, cells, role_ids)


_SUSPECT_COLUMNS = ("sha", "n", "role_id", "dimension", "value")
_SUSPECT_ROWS = 8_192  # suspect cells buffered before they are written to the spill file


@dataclass
class PagesToRetry:
    """Pages held for the second pass, by content sha256 (their bytes are read again for the retry).

    ``folder``: the suspects' cells are written there (``suspects.parquet``) as they come instead of kept in
    ``suspects``: most pages of a run are suspects (~300 bytes of cells each in memory), few are flagged."""

    # not added yet: sha -> (issues of the first parse, the page's role ids)
    unsplit: dict[str, tuple[int, tuple[str, ...]]] = field(default_factory=dict)
    suspects: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)  # added; last row's cells
    folder: Path | None = None  # a folder: the suspects spilled there (see above); None: in ``suspects``
    n_spilled: int = 0  # suspects written to the folder
    _buffer: dict = field(default_factory=lambda: {c: [] for c in _SUSPECT_COLUMNS}, repr=False)
    _writer: object = field(default=None, repr=False)

    def hold(self, sha: str, rows: PageRows) -> bool:
        """Note a page that needs the second pass. True when its rows must wait (not be assembled yet)."""
        if rows.needs_context == "split":
            roles = {r["role_id"] for r in rows.roles} | {c["role_id"] for c in rows.tables.get("dimensions", [])}
            self.unsplit[sha] = (len(rows.issues), tuple(sorted(r for r in roles if r is not None)))
            return True
        if rows.needs_context == "cut":
            cells = last_row_cells(rows)
            if self.folder is None:
                self.suspects[sha] = cells
            else:
                self._spill(sha, cells)
        return False

    def _spill(self, sha: str, cells: list[tuple[str, str, str]]) -> None:
        buffer = self._buffer
        for n, (role, dim, value) in enumerate(cells):
            buffer["sha"].append(sha)
            buffer["n"].append(n)
            buffer["role_id"].append(role)
            buffer["dimension"].append(dim)
            buffer["value"].append(value)
        self.n_spilled += 1
        if len(buffer["sha"]) >= _SUSPECT_ROWS:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not self._buffer["sha"]:
            return
        schema = pa.schema([("sha", pa.string()), ("n", pa.int64()), ("role_id", pa.string()),
                            ("dimension", pa.string()), ("value", pa.string())])
        batch = pa.RecordBatch.from_arrays([pa.array(self._buffer[c], type=schema.field(c).type)
                                            for c in _SUSPECT_COLUMNS], schema=schema)
        self._buffer = {c: [] for c in _SUSPECT_COLUMNS}
        if self._writer is None:
            if self.path.exists():
                raise RuntimeError("PagesToRetry.hold() after the spilled suspects were read")
            Path(self.folder).mkdir(parents=True, exist_ok=True)
            self._writer = pq.ParquetWriter(self.path, schema, compression="snappy")
        self._writer.write_batch(batch)

    @property
    def path(self) -> Path:
        return Path(self.folder) / "suspects.parquet"

    def spilled_sql(self) -> str | None:
        """The spilled suspects as a SQL relation (every buffered cell written first); None when none were."""
        if not self.n_spilled:
            return None
        self._flush()
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        from pipeline.warehouse.spill import sql_path

        return f"read_parquet({sql_path(self.path)})"

    def spilled_suspects(self) -> list[tuple[str, list[tuple[str, str, str]]]]:
        """Every spilled suspect (sha, cells), in sha order (read back whole: a known-cells mapping in memory)."""
        sql = self.spilled_sql()
        if sql is None:
            return []
        import duckdb

        con = duckdb.connect()
        try:
            rows = con.execute(f"select sha, role_id, dimension, value from {sql} order by sha, n").fetchall()
        finally:
            con.close()
        return _by_sha(rows)

    def remove(self) -> None:
        """Close and delete the spill file (the second pass is done)."""
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        if self.folder is not None:
            self.path.unlink(missing_ok=True)

    def __bool__(self) -> bool:
        return bool(self.unsplit or self.suspects or self.n_spilled)

    def shas(self) -> Iterator[str]:
        """Every held page's sha that the second pass may read again (the spilled suspects: flagged or not, all
        of them, read back from the file)."""
        yield from self.unsplit
        yield from self.suspects
        sql = self.spilled_sql()
        if sql is not None:
            import duckdb

            con = duckdb.connect()
            try:
                for (sha,) in con.execute(f"select distinct sha from {sql}").fetchall():
                    yield sha
            finally:
                con.close()


@dataclass
class SecondPass:
    add: dict[str, PageRows] = field(default_factory=dict)  # sha -> rows of a held page (retry or first parse)
    replace: dict[str, PageRows] = field(default_factory=dict)  # sha -> rows superseding those added first


def second_pass(known: Mapping, pages: PagesToRetry, read: Callable[[str], bytes]) -> SecondPass:
    """Re-parse the held pages with the known cells; ``read(sha)`` gives a page's bytes. A page the retry
    does not improve gets its first parse again (the same bytes give the same rows). Every result in memory at
    once (small runs, tests): a run takes them one at a time from ``second_pass_rows``."""
    out = SecondPass()
    for kind, sha, rows in second_pass_rows(known, pages, read):
        (out.replace if kind == "replace" else out.add)[sha] = rows
    return out


def second_pass_rows(known: Mapping, pages: PagesToRetry,
                     read: Callable[[str], bytes]) -> Iterator[tuple[str, str, PageRows]]:
    """``second_pass`` as it goes: ("replace", sha, rows) for every re-parsed suspect, in sha order, then ("add",
    sha, rows) for every held unsplit page, in sha order. The caller hands each to the warehouse builder at once,
    so the re-parsed pages' rows are never all held together (the held pages are whole guides: ~4 KiB of rows
    each). The known cells are read before anything is yielded, and adding rows meanwhile does not change them
    (``SpilledKnownCells`` reads the spill files named when it was made)."""
    prefetch = getattr(known, "prefetch", None)  # SpilledKnownCells: one query per batch of pages
    suspects = sorted(pages.suspects.items())
    flag = getattr(known, "with_strict_prefix", None)  # SpilledKnownCells: the test in one query
    if flag is not None and suspects:
        flagged = flag([(sha, role, dim, value) for sha, cells in suspects for role, dim, value in cells])
        suspects = [(sha, cells) for sha, cells in suspects if sha in flagged]
    spilled = pages.spilled_sql()
    if spilled is not None:  # the suspects the pages to retry wrote to a file
        found = (known.flagged_spilled(spilled) if hasattr(known, "flagged_spilled")
                 else pages.spilled_suspects())
        suspects = sorted(suspects + found)
    for start in range(0, len(suspects), _BATCH):
        batch = suspects[start:start + _BATCH]
        if prefetch:
            prefetch({role for _, cells in batch for role, _, _ in cells})
        for sha, cells in batch:
            if any(_is_strict_prefix(value, known.get(role, {}).get(dim, ())) for role, dim, value in cells):
                retry = process_content(read(sha), known_cells=known)
                if retry.page is not None:
                    yield "replace", sha, retry
    del suspects
    unsplit = sorted(pages.unsplit.items())
    for start in range(0, len(unsplit), _BATCH):
        batch = unsplit[start:start + _BATCH]
        if prefetch:
            prefetch({role for _, (_, roles) in batch for role in roles})
        for sha, (first_issues, _) in batch:
            data = read(sha)
            retry = process_content(data, known_cells=known)
            better = retry.page is not None and len(retry.issues) < first_issues
            yield "add", sha, (retry if better else process_content(data))


_BATCH = 2_000  # held pages whose roles' known cells are read (and held in memory) at once


def last_row_cells(rows: PageRows) -> list[tuple[str, str, str]]:
    """(role_id, dimension, value) of the page's last comparison row."""
    cells = rows.tables.get("dimensions", [])
    last_row = max(c["row_position"] for c in cells)
    return [(c["role_id"], c["dimension"], c["value"]) for c in cells if c["row_position"] == last_row]


def _is_strict_prefix(value: str, others) -> bool:
    return any(len(other) > len(value) and other.startswith(value) for other in others)


def _by_sha(rows) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """(sha, role_id, dimension, value) rows in sha order -> (sha, its cells) per page."""
    out: list[tuple[str, list[tuple[str, str, str]]]] = []
    for sha, role, dim, value in rows:
        if not out or out[-1][0] != sha:
            out.append((sha, []))
        out[-1][1].append((role, dim, value))
    return out
