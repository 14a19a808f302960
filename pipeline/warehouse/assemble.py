"""Warehouse stage: per-page rows + sources -> the final tables (cross-page facts resolved, sorted).

Pages stream in one at a time (``TableBuilder.add``): their rows go straight into columnar
Arrow batches and only small per-entity counters stay in Python objects, so memory grows with
the Arrow size of the output, not with Python dicts per row. ``finish`` resolves what needs the
whole run (role names, role links of targets and managers, is_latest) and sorts every table for byte-stable output.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

import pyarrow as pa
import pyarrow.compute as pc

from pipeline.model import Issue
from pipeline.normalize.page import PageRows
from pipeline.schema import TABLES, TABLES_BY_NAME
from pipeline.raw import Provenance
from pipeline.warehouse.links import RoleLinker, link_column

_FLUSH_ROWS = 20_000  # rows buffered per table before they become an Arrow batch
_ENTITY_IDS = {"skills": "skill_id", "employers": "employer_id", "industries": "industry_id"}
_ROLE_FIELDS = ("name", "abbreviation", "qualifier", "summary")


@dataclass
class SourceFile:
    source_path: str
    sha256: str | None  # None when the file could not be read
    provenance: Provenance
    issues: list[Issue] = field(default_factory=list)  # file-level problems (too large, unreadable)


def _most_common(counts: Counter) -> str | None:
    """Most frequent non-empty value; ties -> lexicographically smallest (deterministic)."""
    counts = Counter({v: n for v, n in counts.items() if v})
    if not counts:
        return None
    best = max(counts.values())
    return min(v for v, n in counts.items() if n == best)


class _Buffer:
    """Rows of one table: a short list of dicts, flushed to Arrow batches with the registry schema."""

    def __init__(self, table_name: str):
        self.table = TABLES_BY_NAME[table_name]
        self.rows: list[dict] = []
        self.batches: list[pa.RecordBatch] = []

    def extend(self, rows) -> None:
        self.rows.extend(rows)
        if len(self.rows) >= _FLUSH_ROWS:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            # from_pylist reads only the schema's columns, a missing key as null (no per-row copy needed)
            self.batches.append(pa.RecordBatch.from_pylist(self.rows, schema=self.table.arrow_schema))
            self.rows = []

    def to_table(self) -> pa.Table:
        self.flush()
        return pa.Table.from_batches(self.batches, schema=self.table.arrow_schema)


class TableBuilder:
    """Accumulates the warehouse from pages streamed in any order; the result does not depend on it."""

    def __init__(self):
        self.buffers = {t.name: _Buffer(t.name) for t in TABLES}
        self.role_values: dict[str, dict[str, Counter]] = defaultdict(lambda: {f: Counter() for f in _ROLE_FIELDS})
        self.entity_names: dict[str, dict[str, Counter]] = {e: defaultdict(Counter) for e in _ENTITY_IDS}
        self.pages: dict[str, str] = {}  # sha -> page_id, for contents that became a page
        self.issues: dict[str, list[Issue]] = {}  # sha -> page-level issues
        self.page_ids: dict[str, str] = {}  # sha -> page_id, for every content seen
        self.replaced: dict[str, PageRows] = {}  # page_id -> a re-parse that supersedes the rows added first

    def add(self, sha: str, result: PageRows) -> None:
        self.page_ids[sha] = result.page_id
        if result.issues:
            self.issues[sha] = list(result.issues)
        if result.page is None:
            return
        self.pages[sha] = result.page_id
        self.buffers["pages"].extend([result.page])
        for table, rows in result.tables.items():
            self.buffers[table].extend(rows)
        for role in result.roles:
            counters = self.role_values[role["role_id"]]
            for f in _ROLE_FIELDS:
                counters[f][role[f]] += 1
        for entity, rows in result.entities.items():
            id_col = _ENTITY_IDS[entity]
            for row in rows:
                self.entity_names[entity][row[id_col]][row["name"]] += 1

    def replace(self, sha: str, result: PageRows) -> None:
        """Swap in a re-parse of a page already added (same content, so same roles and entities): its
        first rows are dropped when the tables are built. The cross-page second pass
        (pipeline/steps/cross_page.py) makes such re-parses."""
        self.replaced[result.page_id] = result
        self.issues[sha] = list(result.issues)

    def finish(self, sources: list[SourceFile]) -> dict[str, pa.Table]:
        """All warehouse tables as Arrow tables with registry schemas, rows in a stable order."""
        latest = _latest_flags(sources, set(self.pages))
        first_path: dict[str, str] = {}
        source_rows, error_rows = [], []
        for src in sources:
            page_id = self.pages.get(src.sha256) if src.sha256 else None
            source_rows.append({
                "source_path": src.source_path, "page_id": page_id, "content_sha256": src.sha256,
                "url": src.provenance.url, "final_url": src.provenance.final_url,
                "fetched_at": src.provenance.fetched_at, "is_latest": latest[src.source_path]})
            error_rows += [_error_row(src.source_path, src.sha256, None, i) for i in src.issues]
            if src.sha256 and src.sha256 not in first_path:
                first_path[src.sha256] = src.source_path
        # Page-level issues are reported once, against the first file holding the content.
        for sha, path in sorted(first_path.items()):
            error_rows += [_error_row(path, sha, self.page_ids.get(sha), i) for i in self.issues.get(sha, ())]
        self.buffers["page_sources"].extend(source_rows)
        self.buffers["ingest_errors"].extend(error_rows)

        roles = {rid: {"role_id": rid, **{f: _most_common(c[f]) for f in _ROLE_FIELDS}}
                 for rid, c in sorted(self.role_values.items())}
        self.buffers["roles"].extend(roles.values())
        for entity, id_col in _ENTITY_IDS.items():
            self.buffers[entity].extend({id_col: k, "name": _most_common(v)}
                                        for k, v in sorted(self.entity_names[entity].items()))

        tables = {t.name: self._table_with_replacements(t.name) for t in TABLES}
        linker = RoleLinker(roles, {rid: set(c["abbreviation"]) - {None} for rid, c in self.role_values.items()})
        linker.learn_page_aliases(zip(tables["role_aliases"].column("alias").to_pylist(),
                                      tables["role_aliases"].column("role_id").to_pylist()))
        linker.learn_abbreviations(set(tables["career_paths"].column("target_title").to_pylist())
                                   | set(tables["reporting_lines"].column("manager_title").to_pylist()))
        tables["career_paths"] = link_column(tables["career_paths"], linker, "target_title", "target_role_id")
        tables["reporting_lines"] = link_column(tables["reporting_lines"], linker, "manager_title", "manager_role_id")
        tables["pages"] = _with_sites(tables["pages"], source_rows)
        return {name: _sorted(name, table) for name, table in tables.items()}


    def _table_with_replacements(self, name: str) -> pa.Table:
        table = self.buffers[name].to_table()
        if not self.replaced or "page_id" not in table.column_names or name in ("page_sources", "ingest_errors"):
            return table
        keep = pc.invert(pc.is_in(table.column("page_id"), value_set=pa.array(sorted(self.replaced), pa.string())))
        rows: list[dict] = []
        for page_id in sorted(self.replaced):
            result = self.replaced[page_id]
            rows += [result.page] if name == "pages" else result.tables.get(name, [])
        extra = _Buffer(name)
        extra.extend(rows)
        return pa.concat_tables([table.filter(keep), extra.to_table()])


def assemble(results: dict[str, PageRows], sources: list[SourceFile]) -> dict[str, pa.Table]:
    """All tables from per-content rows (sha -> PageRows) and the raw files."""
    builder = TableBuilder()
    for sha, rows in results.items():
        builder.add(sha, rows)
    return builder.finish(sources)


def _latest_flags(sources: list[SourceFile], ingested: set[str]) -> dict[str, bool]:
    """source_path -> is the latest capture of its URL. A file without a URL is its own only capture, so
    always latest (whether or not it could be ingested). For a URL, the latest capture that yielded a page
    wins; when none did, the latest capture."""
    by_url: dict[str, list[SourceFile]] = defaultdict(list)
    for src in sources:
        if src.provenance.url:
            by_url[src.provenance.url].append(src)
    flags = {s.source_path: not s.provenance.url for s in sources}
    floor = datetime.min

    def order(s: SourceFile):
        stamp = s.provenance.fetched_at
        # fetched_at has whole seconds: within one second the later manifest line is the later capture
        return (s.sha256 in ingested, stamp is not None, stamp.replace(tzinfo=None) if stamp else floor,
                s.provenance.manifest_line or 0, s.source_path)

    for group in by_url.values():
        flags[max(group, key=order).source_path] = True
    return flags


def _with_sites(pages: pa.Table, source_rows: list[dict]) -> pa.Table:
    """pages.site = host of the URL of the page's first capture (by source_path) that has one; null if none."""
    sites: dict[str, str] = {}
    for row in sorted(source_rows, key=lambda r: r["source_path"]):
        host = site_of(row["url"] or row["final_url"])
        if row["page_id"] and host and row["page_id"] not in sites:
            sites[row["page_id"]] = host
    values = pa.array([sites.get(pid) for pid in pages.column("page_id").to_pylist()], pa.string())
    index = pages.schema.get_field_index("site")
    return pages.set_column(index, pages.schema.field(index), values)


def site_of(url: str | None) -> str | None:
    """'https://www.Example.com/roles/x' -> 'www.example.com'; None for a missing or host-less URL."""
    if not url:
        return None
    try:
        return urlsplit(url.strip()).hostname or None
    except ValueError:
        return None


def _error_row(path: str, sha: str | None, page_id: str | None, issue: Issue) -> dict:
    return {"source_path": path, "content_sha256": sha, "page_id": page_id, "stage": issue.stage,
            "error_kind": issue.kind, "message": issue.message, "line": issue.line}


def _sort_key(table_name: str) -> list[str]:
    table = TABLES_BY_NAME[table_name]
    scalar = [c.name for c in table.columns if not pa.types.is_list(c.type)]
    return list(table.key) + [c for c in scalar if c not in table.key]


def _sorted(table_name: str, table: pa.Table) -> pa.Table:
    if table.num_rows:
        table = table.sort_by([(c, "ascending", "at_start") for c in _sort_key(table_name)])
    return table.combine_chunks()  # one chunk: the Parquet bytes cannot depend on how rows arrived
