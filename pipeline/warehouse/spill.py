"""Warehouse stage: bounded memory. Rows are spilled to Parquet as they fill, sorted by DuckDB out of core, and
the final files are written one row group at a time.

* ``Spill``: one folder per table of part files (``<table>/part-00000.parquet``); rows are buffered per table
  and written as a row group every ``SPILL_ROWS`` rows. ``roll()`` closes the open parts so they can be read
  (the cross-page second pass reads the cells spilled so far) while later rows go to new parts.
* ``sorting_connection``: an in-memory DuckDB with a memory limit and a temp folder for what does not fit.
* ``write_query``: the rows of a query (its ``order by`` gives the order) -> one Parquet file, in row groups of
  ``ROW_GROUP_ROWS`` rows. Each row group is one contiguous Arrow table cast to the registry schema, written
  with fixed settings: the same rows give byte-identical files whatever the run's order, jobs or cache.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq


def _arrow_without_pandas() -> None:
    """Keep pyarrow from importing pandas (~0.4 s of CPU and ~40 MiB in every process of a run that has pandas
    installed: the parent and both stages paid it). The first time pyarrow converts Python objects (``pa.array``,
    ``RecordBatch.from_pylist``) it asks whether they are pandas objects, and to know it imports pandas. Rows are
    lists and dicts, never pandas objects: that first probe is answered with pandas unavailable, so the question
    is not asked again. Anything that asks pyarrow for pandas itself (``to_pandas``, ``from_pandas``) still gets
    it: pyarrow imports pandas then (its shim tries again when pandas is wanted explicitly)."""
    if "pandas" in sys.modules:  # already imported: nothing to save
        return
    sys.meta_path.insert(0, _NoPandas)  # `import pandas` raises ImportError while it is first on the path
    try:
        pa.array([], type=pa.null())
    finally:
        sys.meta_path.remove(_NoPandas)


class _NoPandas:
    @staticmethod
    def find_spec(name, path=None, target=None):
        if name == "pandas":
            raise ModuleNotFoundError("pandas is not imported by the pipeline", name=name)
        return None


_arrow_without_pandas()

SPILL_ROWS = 2_048  # rows buffered per table before they are written as a row group of its spill
# Rows per row group of the final files. Main wrote each table as one row group (up to 1,000,000 rows); a
# table of more rows than this now has several (same rows, different layout), so that one row group
# (~25 MiB for the widest table) is the most the writer holds.
ROW_GROUP_ROWS = 131_072
FETCH_ROWS = 16_384
WRITE_OPTIONS = dict(compression="zstd", compression_level=3, use_dictionary=True, write_statistics=True)
# DuckDB's own buffers (the rest spills to a temp folder in the build folder): sorting and cutting the tables,
# and building roles.duckdb (its views and marts aggregate and join, which needs more room to run).
MEMORY_LIMIT = "128MB"
# Sorting and resolving the final tables (TableBuilder.finish): the sorts spill. Doubled for a step that runs out.
ASSEMBLE_MEMORY_LIMIT = "64MB"
DB_MEMORY_LIMIT = "128MB"  # doubled when a view, mart or check needs more (write.with_doubling_limit)
# DuckDB's allocator keeps what a finished task freed for reuse up to 128 MiB by default (on top of the memory
# limit): every connection of the run hands it back once a task has freed more than this.
ALLOCATOR = {"allocator_flush_threshold": "16MB"}
_SPILL_OPTIONS = dict(compression="snappy", use_dictionary=True, write_statistics=False)


def sql_path(path: Path | str) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def sql_list(paths) -> str:
    return "[" + ", ".join(sql_path(p) for p in paths) + "]"


class Spill:
    """Rows of many tables streamed to part files under ``root/<table>/``."""

    def __init__(self, root: Path, schemas: dict[str, pa.Schema], parts: dict[str, list[str]] | None = None):
        """``parts``: the closed part files of a spill written by another process (``state()``)."""
        self.root = Path(root)
        self.schemas = schemas
        self._rows: dict[str, list[dict]] = {name: [] for name in schemas}
        self._writers: dict[str, pq.ParquetWriter] = {}
        self._parts: dict[str, list[Path]] = {name: [Path(p) for p in (parts or {}).get(name, [])] for name in schemas}

    def state(self) -> dict[str, list[str]]:
        """table -> its part files, every buffer written and every part closed first (``roll``)."""
        self.roll()
        return {name: [str(p) for p in parts] for name, parts in self._parts.items() if parts}

    def extend(self, table: str, rows) -> None:
        buffer = self._rows[table]
        buffer.extend(rows)
        if len(buffer) >= SPILL_ROWS:
            self._flush(table)

    def write(self, table: str, arrow: pa.Table) -> None:
        """Rows already columnar (e.g. the page_sources of the run)."""
        self._flush(table)
        if arrow.num_rows:
            self._writer(table).write_table(arrow.cast(self.schemas[table]))

    def _writer(self, table: str) -> pq.ParquetWriter:
        if table not in self._writers:
            folder = self.root / table
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"part-{len(self._parts[table]):05d}.parquet"
            self._parts[table].append(path)
            self._writers[table] = pq.ParquetWriter(path, self.schemas[table], **_SPILL_OPTIONS)
        return self._writers[table]

    def _flush(self, table: str) -> None:
        rows = self._rows[table]
        if rows:
            # from_pylist reads only the schema's columns, a missing key as null (no per-row copy needed)
            batch = pa.RecordBatch.from_pylist(rows, schema=self.schemas[table])
            self._rows[table] = []
            self._writer(table).write_batch(batch)

    def roll(self) -> None:
        """Write out every buffer and close the open parts: what was spilled so far can be read."""
        for table in self.schemas:
            self._flush(table)
        for writer in self._writers.values():
            writer.close()
        self._writers.clear()

    def parts(self, table: str) -> list[Path]:
        """The closed part files of a table (call roll() first to include the latest rows)."""
        parts = self._parts[table]
        return parts[:-1] if table in self._writers else list(parts)

    def relation(self, table: str) -> str:
        """SQL for the rows spilled so far (roll() first): read_parquet of the parts, or an empty select
        with the table's columns when nothing was spilled."""
        parts = self.parts(table)
        if parts:
            return f"read_parquet({sql_list(parts)})"
        return "(" + empty_select(self.schemas[table]) + ")"

    def close(self) -> None:
        for writer in self._writers.values():
            try:
                writer.close()
            except OSError:
                pass
        self._writers.clear()

    def remove(self) -> None:
        self.close()
        shutil.rmtree(self.root, ignore_errors=True)


_DUCKDB_TYPES = {pa.string(): "VARCHAR", pa.int64(): "BIGINT", pa.bool_(): "BOOLEAN", pa.float64(): "DOUBLE",
                 pa.list_(pa.string()): "VARCHAR[]"}


def _duckdb_type(t: pa.DataType) -> str:
    if pa.types.is_timestamp(t):
        return "TIMESTAMP WITH TIME ZONE" if t.tz else "TIMESTAMP"
    return _DUCKDB_TYPES[t]


def empty_select(schema: pa.Schema) -> str:
    cols = ", ".join(f"null::{_duckdb_type(f.type)} as {f.name}" for f in schema)
    return f"select {cols} where false"


def sorting_connection(temp_dir: Path, memory_limit: str = MEMORY_LIMIT) -> duckdb.DuckDBPyConnection:
    temp_dir.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(config={"memory_limit": memory_limit, "temp_directory": str(temp_dir),
                                 "preserve_insertion_order": True, **ALLOCATOR})
    con.execute("set TimeZone = 'UTC'")
    return con


_TEMP_TYPES = {"VARCHAR": pa.string(), "BIGINT": pa.int64()}


def temp_table(con: duckdb.DuckDBPyConnection, name: str, columns: dict[str, list], types: dict[str, str] | None = None,
               ) -> None:
    """A temp table from Python lists (one per column, all of one length; VARCHAR unless ``types`` says otherwise),
    handed to DuckDB as a Parquet file in the connection's temp folder (removed at once). Not as query parameters:
    DuckDB imports pandas to look at any parameter that is not None (~0.4 s of CPU and ~40 MiB per process of the
    run). Not ``con.register`` of an Arrow table: that imports pyarrow.dataset (and Acero) into the process, ~60 MiB
    resident for the rest of the run."""
    import os
    import tempfile

    types = types or {}
    schema = pa.schema([pa.field(n, _TEMP_TYPES[types.get(n, "VARCHAR")]) for n in columns])
    table = pa.Table.from_arrays([pa.array(list(columns[f.name]), type=f.type) for f in schema], schema=schema)
    folder = Path(con.execute("select current_setting('temp_directory')").fetchone()[0] or tempfile.gettempdir())
    folder.mkdir(parents=True, exist_ok=True)
    handle, path = tempfile.mkstemp(prefix=f"{name}-", suffix=".parquet", dir=folder)
    os.close(handle)
    try:
        with pq.ParquetWriter(path, schema, **_SPILL_OPTIONS) as writer:
            writer.write_table(table)
        del table
        con.execute(f"create or replace temp table {name} as select * from read_parquet({sql_path(path)})")
    finally:
        os.unlink(path)


def order_by(columns: list[str]) -> str:
    return "order by " + ", ".join(f"{c} asc nulls first" for c in columns)


class RowGroupWriter:
    """Arrow batches in final order -> one Parquet file in row groups of exactly ``ROW_GROUP_ROWS`` rows (the
    last one shorter); each row group is one contiguous table, so the bytes do not depend on the batches."""

    def __init__(self, path: Path, schema: pa.Schema, rows: int | None = None):
        self.path, self.schema = path, schema
        self.group_rows = rows or ROW_GROUP_ROWS
        self._pending: list[pa.RecordBatch] = []
        self._n = 0
        self.rows = 0
        self._writer: pq.ParquetWriter | None = None

    def add(self, batch: pa.RecordBatch) -> None:
        if batch.num_rows == 0:
            return
        self._pending.append(batch)
        self._n += batch.num_rows
        while self._n >= self.group_rows:
            table = pa.Table.from_batches(self._pending)
            self._pending = []
            head = table.slice(0, self.group_rows).cast(self.schema).combine_chunks()
            rest = table.slice(self.group_rows)
            self._pending, self._n = rest.to_batches(), rest.num_rows
            # the batches copied into the row group are freed before it is encoded (one copy of it held, not two)
            del table, rest
            self._write(head)
            del head

    def _write(self, table: pa.Table) -> None:
        table = table.cast(self.schema).combine_chunks()
        if self._writer is None:
            self._writer = pq.ParquetWriter(self.path, self.schema, **WRITE_OPTIONS)
        self._writer.write_table(table, row_group_size=self.group_rows)
        self.rows += table.num_rows

    def close(self) -> int:
        if self._n or self._writer is None:  # an empty table is still one (empty) row group, as pq.write_table
            batches = self._pending
            table = (pa.Table.from_batches(batches) if batches else None)
            self._write(table if table is not None else self.schema.empty_table())
            self._pending, self._n = [], 0
        self._writer.close()
        return self.rows


def write_query(con: duckdb.DuckDBPyConnection, sql: str, schema: pa.Schema, path: Path,
                rows: int | None = None) -> int:
    """Stream the rows of ``sql`` (in its order) into ``path`` in row groups of ``rows`` (ROW_GROUP_ROWS);
    returns the number of rows."""
    reader = con.execute(sql).to_arrow_reader(FETCH_ROWS)
    writer = RowGroupWriter(path, schema, rows)
    try:
        for batch in reader:
            writer.add(batch)
    finally:
        rows = writer.close()
    return rows
