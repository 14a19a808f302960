"""Warehouse stage: the lake layout for Spark, Trino and DuckDB (Hive-style partitions + _tables.json).

Beside the one-file-per-table Parquet, every table is also written under ``lake/<table>/``. A fact table
(one with ``page_id``) is partitioned by its page's source host and page type, Hive-style:

    lake/<table>/site=<host>/page_type=<comparison|guide>/part-0.parquet

``site`` is ``pages.site`` (URI-escaped, e.g. ``127.0.0.1%3A8080``); a page without a URL, and a row without
a page (an unreadable file in ``ingest_errors``), sits under the Hive default partition
``__HIVE_DEFAULT_PARTITION__``, which Hive, Spark, Trino, DuckDB and pyarrow read back as null. As Hive
does, the partition columns are not stored inside the files (``pages`` gets its own ``site`` and
``page_type`` back from the path). Entity tables (roles, skills, employers, industries) have no page and
are one file, ``lake/<table>/part-0.parquet``. An empty fact table keeps one empty file in the null
partition, so every engine still sees its columns. ``_tables.json`` lists every table with its columns,
key, partition columns and locations. Partitions and rows are written in a fixed order with the same
writer settings as the main files: the same raw/ gives byte-identical files.
"""
from __future__ import annotations

import json
import shutil
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import quote

import pyarrow as pa
import pyarrow.compute as pc

from pipeline.schema import TABLES
from pipeline.warehouse.spill import FETCH_ROWS, RowGroupWriter, sorting_connection, sql_path, temp_table

LAKE_DIR = "lake"
TABLES_FILE = "_tables.json"
PARTITION_COLUMNS = ("site", "page_type")
NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"
# The lake only re-cuts the final files (a join with each page's partition and a sort that spills): DuckDB's
# buffers stay resident up to the limit once used, and this stage comes on top of everything the run holds, so
# it gets half the sorting limit and one thread (100,000 pages: peak +310 -> +NNN MiB over the process).
LAKE_MEMORY_LIMIT = "64MB"


def _segment(name: str, value: str | None) -> str:
    return f"{name}={NULL_PARTITION if value is None else quote(value, safe='')}"


class _PartitionFiles:
    """Rows in (partition, row) order -> one file per partition (the final files' row groups and settings)."""

    def __init__(self, folder: Path, keys: list[tuple], schema: pa.Schema):
        self.folder, self.keys, self.schema = folder, keys, schema
        self.index: int | None = None
        self.writer: RowGroupWriter | None = None

    def add(self, index: int, rows: pa.RecordBatch) -> None:
        if index != self.index:
            self.close()
            site, page_type = self.keys[index]
            where = self.folder / _segment("site", site) / _segment("page_type", page_type)
            where.mkdir(parents=True, exist_ok=True)
            self.index, self.writer = index, RowGroupWriter(where / "part-0.parquet", self.schema)
        self.writer.add(rows)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None


def write_lake(tables: Mapping[str, Path], out_dir: Path, memory_limit: str = LAKE_MEMORY_LIMIT) -> None:
    """Write lake/<table>/... and _tables.json into a build folder, from the final file of every table
    (``tables``: name -> <table>.parquet). Partitions are cut by DuckDB (memory limit, temp files in the build
    folder), each partition keeping the rows in the order of the table's file."""
    root = Path(out_dir) / LAKE_DIR
    temp = Path(out_dir) / ".lake_tmp"
    con = sorting_connection(temp, memory_limit)
    con.execute("set threads = 1")
    try:
        pages = sql_path(tables["pages"])
        keys = sorted(con.execute(f"select distinct site, page_type from read_parquet({pages})").fetchall(),
                      key=lambda k: (k[0] is None, k[0] or "", k[1] is None, k[1] or ""))
        all_keys = keys + [(None, None)]  # rows without a page
        temp_table(con, "_keys", {"idx": list(range(len(keys))), "site": [k[0] for k in keys],
                                  "page_type": [k[1] for k in keys]}, {"idx": "BIGINT"})
        con.execute(f"create temp table _page_part as select p.page_id, k.idx from read_parquet({pages}) p "
                    "join _keys k on p.site is not distinct from k.site and p.page_type is not distinct from k.page_type")
        manifest = []
        for spec in TABLES:
            folder = root / spec.name
            partitioned = "page_id" in spec.column_names
            source = f"read_parquet({sql_path(tables[spec.name])}, file_row_number = true)"
            if partitioned:
                dropped = [c for c in PARTITION_COLUMNS if c in spec.column_names]
                stored = pa.schema([f for f in spec.arrow_schema if f.name not in dropped])
                columns = ", ".join(f"t.{f.name}" for f in stored)
                # one sort by partition, then by the row's place in the table's file: rows keep their order
                sql = (f"select coalesce(pp.idx, {len(keys)}) as _part, {columns} from {source} t "
                       f"left join _page_part pp on t.page_id = pp.page_id order by _part, t.file_row_number")
                files = _PartitionFiles(folder, all_keys, stored)
                for batch in con.execute(sql).to_arrow_reader(FETCH_ROWS):
                    part = batch.column(0)
                    batch = batch.drop_columns(["_part"]) if hasattr(batch, "drop_columns") else \
                        pa.RecordBatch.from_arrays(batch.columns[1:], names=batch.schema.names[1:])
                    # the batch's runs of one partition (rows come sorted by it), found in C, not row by row
                    runs = pc.run_end_encode(part)
                    start = 0
                    for end, index in zip(runs.run_ends.to_pylist(), runs.values.to_pylist()):
                        files.add(index, batch.slice(start, end - start))
                        start = end
                if files.index is None:  # an empty table keeps one empty file (in the null partition)
                    files.add(len(keys), pa.RecordBatch.from_pylist([], schema=stored))
                files.close()
            else:
                folder.mkdir(parents=True, exist_ok=True)  # one file: the table's own (same rows, same writer)
                shutil.copyfile(tables[spec.name], folder / "part-0.parquet")
            manifest.append({
                "name": spec.name,
                "grain": spec.grain,
                "description": spec.description,
                "key": list(spec.key),
                "file": f"{spec.name}.parquet",
                "location": f"{LAKE_DIR}/{spec.name}/",
                "partition_columns": ([{"name": c, "type": "VARCHAR"} for c in PARTITION_COLUMNS]
                                      if partitioned else []),
                "columns": [{"name": c.name, "type": c.duckdb_type, "nullable": c.nullable,
                             "description": c.description} for c in spec.columns],
            })
    finally:
        con.close()
        shutil.rmtree(temp, ignore_errors=True)
    doc = {
        "format": "parquet",
        "partitioning": "hive",
        "null_partition_value": NULL_PARTITION,
        "tables": manifest,
    }
    (Path(out_dir) / TABLES_FILE).write_text(json.dumps(doc, indent=2, sort_keys=True) + "\n")
