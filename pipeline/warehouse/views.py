"""Warehouse stage: analyst views from sql/views/*.sql, with COMMENT ON text parsed from each file's header."""
from __future__ import annotations

import re
from pathlib import Path

SQL_DIR = Path(__file__).resolve().parents[2] / "sql"

# First line of a view file: "-- <name>: one row per ...; what it answers"
_TITLE_LINE = re.compile(r"^--\s*(?P<name>[a-z_][a-z0-9_]*)\s*:\s*(?P<text>\S.*)$")
# Column lines of the header block: "--   <column>: what it holds"
_COLUMN_LINE = re.compile(r"^--\s{2,}(?P<name>[a-z_][a-z0-9_]*)\s*:\s*(?P<text>\S.*)$")
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
            con.execute(f"create or replace table {MATERIALIZED_SCHEMA}.{name} as select * from {name}")
            con.execute(f"create or replace view {name} as select * from {MATERIALIZED_SCHEMA}.{name}")
        con.execute(f"comment on view {name} is {_quote(comment)}")
        for column, text in column_comments[name].items():
            con.execute(f"comment on column {name}.{column} is {_quote(text)}")
        if materialize:
            con.execute("commit")
