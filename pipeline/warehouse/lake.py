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
from pathlib import Path
from urllib.parse import quote

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.schema import TABLES

LAKE_DIR = "lake"
TABLES_FILE = "_tables.json"
PARTITION_COLUMNS = ("site", "page_type")
NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"
_WRITE = dict(compression="zstd", compression_level=3, use_dictionary=True, write_statistics=True,
              row_group_size=1_000_000)


def _segment(name: str, value: str | None) -> str:
    return f"{name}={NULL_PARTITION if value is None else quote(value, safe='')}"


def _partition_ids(table: pa.Table, page_ids: pa.Array, page_part: pa.Array, n_keys: int) -> pa.Array:
    """Per row of ``table``: the index of its (site, page_type) key; ``n_keys`` for rows without a page."""
    at = pc.index_in(table["page_id"], value_set=page_ids)
    return pc.fill_null(pc.take(page_part, at), n_keys)


def write_lake(tables: dict[str, pa.Table], out_dir: Path) -> None:
    """Write lake/<table>/... and _tables.json into a build folder."""
    pages = tables["pages"]
    keys = sorted({(s, t) for s, t in zip(pages["site"].to_pylist(), pages["page_type"].to_pylist())},
                  key=lambda k: (k[0] is None, k[0] or "", k[1] is None, k[1] or ""))
    key_index = {k: i for i, k in enumerate(keys)}
    page_part = pa.array([key_index[(s, t)] for s, t in
                          zip(pages["site"].to_pylist(), pages["page_type"].to_pylist())], pa.int64())
    all_keys = keys + [(None, None)]  # rows without a page
    root = Path(out_dir) / LAKE_DIR
    manifest = []
    for spec in TABLES:
        table = tables[spec.name]
        folder = root / spec.name
        partitioned = "page_id" in spec.column_names
        if partitioned:
            ids = _partition_ids(table, pages["page_id"], page_part, len(keys))
            stored = table.drop_columns([c for c in PARTITION_COLUMNS if c in table.column_names])
            # one stable sort by partition, then slices: rows keep their order inside each partition
            order = pc.sort_indices(ids)
            stored, ids = stored.take(order), ids.take(order)
            counts = {row["values"]: row["counts"] for row in pc.value_counts(ids).to_pylist()}
            offset = 0
            for index, (site, page_type) in enumerate(all_keys):
                part = stored.slice(offset, counts.get(index, 0))
                offset += part.num_rows
                # an empty table keeps one empty file (in the null partition) so engines still see its schema
                if part.num_rows == 0 and (table.num_rows or index < len(keys)):
                    continue
                where = folder / _segment("site", site) / _segment("page_type", page_type)
                where.mkdir(parents=True, exist_ok=True)
                pq.write_table(part, where / "part-0.parquet", **_WRITE)
        else:
            folder.mkdir(parents=True, exist_ok=True)
            pq.write_table(table, folder / "part-0.parquet", **_WRITE)
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
    doc = {
        "format": "parquet",
        "partitioning": "hive",
        "null_partition_value": NULL_PARTITION,
        "tables": manifest,
    }
    (Path(out_dir) / TABLES_FILE).write_text(json.dumps(doc, indent=2, sort_keys=True) + "\n")
