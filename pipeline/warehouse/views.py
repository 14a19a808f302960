"""Warehouse stage: analyst views from sql/views/*.sql, with COMMENT ON text parsed from each file's header."""
from __future__ import annotations

import re
from pathlib import Path

SQL_DIR = Path(__file__).resolve().parents[2] / "sql"

# First line of a view file: "-- <name>: one row per ...; what it answers"
_TITLE_LINE = re.compile(r"^--\s*(?P<name>[a-z_][a-z0-9_]*)\s*:\s*(?P<text>\S.*)$")
# Column lines of the header block: "--   <column>: what it holds"
_COLUMN_LINE = re.compile(r"^--\s{2,}(?P<name>[a-z_][a-z0-9_]*)\s*:\s*(?P<text>\S.*)$")
# Optional header line of a view file: "-- materialized in ranges of <column> over <table>.<column>": when the
# view's rows do not fit DuckDB's memory limit at once (its list aggregates keep every listed value in memory),
# they are computed in ranges of <column>, cut at the values of <table>.<column>. <column> must be the view's
# leading order column and never null (a not-null key the view selects from): a filter on null is not pushed
# into the aggregates, so null rows would need the whole view at once, and they are not looked for.
_RANGES_LINE = re.compile(r"^--\s*materialized in ranges of (?P<column>[a-z_][a-z0-9_]*) over "
                          r"(?P<table>[a-z_][a-z0-9_]*)\.(?P<source>[a-z_][a-z0-9_]*)\s*$")
_CREATE_VIEW = re.compile(r"create\s+or\s+replace\s+view\s+(?P<name>[a-z_][a-z0-9_]*)\s+as\b", re.IGNORECASE)


def view_files(sql_dir: Path = SQL_DIR) -> list[Path]:
    """View files in run order (their numbered names)."""
    return sorted((Path(sql_dir) / "views").glob("*.sql"))


def _header_lines(path: Path) -> list[str]:
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("--"):
            break
        lines.append(line.rstrip())
    return lines


def _view_name(path: Path) -> str:
    match = _CREATE_VIEW.search(path.read_text(encoding="utf-8"))
    if match is None:
        raise ValueError(f"{path}: no 'create or replace view <name> as' statement")
    return match["name"]


def _title(path: Path) -> tuple[str, str]:
    """(view name, comment text) from the first line, checked against the create statement."""
    header = _header_lines(path)
    match = _TITLE_LINE.match(header[0]) if header else None
    if match is None:
        raise ValueError(f"{path}: first line must be '-- <view name>: one row per ...; what it answers'")
    if match["name"] != _view_name(path):
        raise ValueError(f"{path}: header names {match['name']!r} but the file creates {_view_name(path)!r}")
    return match["name"], match["text"]


def view_comments(sql_dir: Path = SQL_DIR) -> dict[str, str]:
    """View name -> its COMMENT ON text (the first comment line of its file)."""
    return dict(_title(path) for path in view_files(sql_dir))


def view_column_comments(sql_dir: Path = SQL_DIR) -> dict[str, dict[str, str]]:
    """View name -> {column: description} from the '--   column: text' lines of its header."""
    out = {}
    for path in view_files(sql_dir):
        name, _ = _title(path)
        columns = {}
        for line in _header_lines(path)[1:]:
            match = _COLUMN_LINE.match(line)
            if match:
                columns[match["name"]] = match["text"]
        out[name] = columns
    return out


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


MATERIALIZED_SCHEMA = "materialized"
MAX_RANGES = 64


def view_ranges(path: Path) -> tuple[str, str, str] | None:
    """(leading column, source table, source column) from a view file's 'materialized in ranges of' line."""
    for line in _header_lines(path):
        match = _RANGES_LINE.match(line)
        if match:
            return match["column"], match["table"], match["source"]
    return None


def _range_filters(con, column: str, table: str, source: str, n: int) -> list[str]:
    """n conditions on ``column`` that split every non-null value into consecutive ranges, in order: cut at evenly
    spaced distinct values of table.source (the cut points only shape the ranges; no value is left out). Plain
    comparisons, so DuckDB pushes each range down into the view's aggregates."""
    values = [v for (v,) in con.execute(f"select distinct {source} from {table} where {source} is not null "
                                        f"order by {source}").fetchall()]
    cuts = sorted({values[i * len(values) // n] for i in range(1, n)}) if values else []
    filters, low = [], None
    for cut in cuts + [None]:
        parts = ([f"{column} >= {_quote(low)}"] if low is not None else []) + \
                ([f"{column} < {_quote(cut)}"] if cut is not None else [])
        filters.append(" and ".join(parts) or f"{column} is not null")
        low = cut
    return filters


def _materialize(con, name: str, path: Path) -> None:
    """materialized.<name> from the view's rows (view created in the open transaction). When they do not fit the
    memory limit and the file names a range column (view_ranges), the transaction is rolled back and the rows
    are computed again in 2, 4, ... ranges of that column, each range's rows in the view's order: the view is
    ordered by that column first, so the table gets the same rows in the same order."""
    import duckdb

    table = f"{MATERIALIZED_SCHEMA}.{name}"
    try:
        con.execute(f"create or replace table {table} as select * from {name}")
        return
    except duckdb.OutOfMemoryException:
        ranges = view_ranges(path)
        if ranges is None:
            raise
        con.execute("rollback")
    # the earlier views' committed rows may still sit in memory: written to the file, they leave the limit free
    con.execute("checkpoint")
    n = 2
    while True:
        con.execute("begin transaction")
        con.execute(path.read_text(encoding="utf-8"))
        try:
            materialize_in_ranges(con, name, table, ranges, n)
            return
        except duckdb.OutOfMemoryException:
            if n * 2 > MAX_RANGES:
                raise
            con.execute("rollback")
            n *= 2


def materialize_in_ranges(con, view: str, table: str, ranges: tuple[str, str, str], n: int) -> None:
    """``table`` (replaced) from the rows of ``view``, computed in n ranges of its range column (view_ranges), each
    range's rows in the view's order, one range after the other."""
    column, source_table, source_column = ranges
    con.execute(f"create or replace table {table} as select * from {view} limit 0")
    for condition in _range_filters(con, column, source_table, source_column, n):
        con.execute(f"insert into {table} select * from {view} where {condition}")


def create_views(con, sql_dir: Path = SQL_DIR, materialize: bool = False) -> None:
    """Create every view of sql/views in name order and attach its view and column comments.

    With ``materialize`` (the ingest, once the tables are filled) each view's rows are computed once into
    ``materialized.<view>`` (the way dbt materialises a model as a table) and the view becomes a plain
    ``select *`` of that table: same name, columns, types, rows and comments, but a dashboard's query reads
    stored rows instead of re-running the joins. The definitions stay in sql/views; later views (and the
    marts) read the earlier ones' stored rows. The warehouse is rebuilt by every ingest, so the rows never
    go stale; a connection that changes the tables afterwards should create the views without it."""
    column_comments = view_column_comments(sql_dir)
    if materialize:
        con.execute(f"create schema if not exists {MATERIALIZED_SCHEMA}")
    for path in view_files(sql_dir):
        name, comment = _title(path)
        if materialize:  # one transaction per view (a commit per statement is slow on a file)
            con.execute("begin transaction")
        con.execute(path.read_text(encoding="utf-8"))
        if materialize:
            _materialize(con, name, path)
            con.execute(f"create or replace view {name} as select * from {MATERIALIZED_SCHEMA}.{name}")
        con.execute(f"comment on view {name} is {_quote(comment)}")
        for column, text in column_comments[name].items():
            con.execute(f"comment on column {name}.{column} is {_quote(text)}")
        if materialize:
            con.execute("commit")
