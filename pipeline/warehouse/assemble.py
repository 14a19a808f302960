"""Warehouse stage: per-page rows + sources -> the final tables (cross-page facts resolved, sorted), in bounded memory.

Pages stream in one at a time (``TableBuilder.add``): their rows are spilled to Parquet part files as they fill
(pipeline/warehouse/spill.py), role and entity names too, so the builder keeps only small per-content facts
(sha -> page_id, page-level issues, the page ids a second pass replaced). ``finish`` resolves what needs the whole
run (role names, role links of targets and managers, is_latest, sites, replaced pages) in DuckDB over the spilled
files, with a memory limit and a temp folder, and writes every table sorted into ``<table>.parquet``.
"""
from __future__ import annotations

import re
import shutil
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.model import Issue
from pipeline.normalize.page import PageRows
from pipeline.schema import TABLES, TABLES_BY_NAME
from pipeline.steps.phases import mark as _phase
from pipeline.raw import Provenance, page_id_of
from pipeline.warehouse.links import RoleLinker
from pipeline.warehouse.spill import (ASSEMBLE_MEMORY_LIMIT, Spill, order_by, sorting_connection, temp_table,
                                      write_query)

_ENTITY_IDS = {"skills": "skill_id", "employers": "employer_id", "industries": "industry_id"}
_ROLE_FIELDS = ("name", "abbreviation", "qualifier", "summary")
# Spilled beside the tables: every role mention and every entity name, resolved to one name per id at the end.
# Each page's site (the host of its first capture's URL) too: the builder's per-page state is on disk once the
# run's files are spilled (``prepare``), so the tables can be built by a process that never held it (``resume``).
_MENTIONS, _ENTITY_NAMES, _SITES, _PAGE_ISSUES = "_role_mentions", "_entity_names", "_sites", "_page_issues"
_SIDE_SCHEMAS = {
    _MENTIONS: pa.schema([pa.field(f, pa.string()) for f in ("role_id", *_ROLE_FIELDS)]),
    _ENTITY_NAMES: pa.schema([pa.field("entity", pa.string()), pa.field("entity_id", pa.string()),
                              pa.field("name", pa.string())]),
    _SITES: pa.schema([pa.field("page_id", pa.string()), pa.field("site", pa.string())]),
    # each page's own issues as they come (the file holding the page, their source_path, is known at prepare)
    _PAGE_ISSUES: pa.schema([pa.field("content_sha256", pa.string()), pa.field("page_id", pa.string()),
                             pa.field("stage", pa.string()), pa.field("error_kind", pa.string()),
                             pa.field("message", pa.string()), pa.field("line", pa.int64())]),
}
# Tables whose rows a second-pass re-parse of a page replaces (the run's files and errors are not per page).
# a table of at least this many rows is followed by a release of the memory its writing held (finish)
_RELEASE_ROWS = 10_000
_REPLACEABLE = tuple(t.name for t in TABLES
                     if "page_id" in t.column_names and t.name not in ("page_sources", "ingest_errors"))


@dataclass
class SourceFile:
    source_path: str
    sha256: str | None  # None when the file could not be read
    provenance: Provenance
    issues: list[Issue] = field(default_factory=list)  # file-level problems (too large, unreadable)


def _most_common(counts: Counter) -> str | None:
    """Most frequent non-empty value; ties -> lexicographically smallest (deterministic). The SQL of
    _most_common_sql is the same rule; this one is kept for small in-memory uses."""
    counts = Counter({v: n for v, n in counts.items() if v})
    if not counts:
        return None
    best = max(counts.values())
    return min(v for v, n in counts.items() if n == best)


def _most_common_sql(source: str, key: str, value: str) -> str:
    """key -> its most frequent non-empty value, ties -> the smallest (byte order = code point order)."""
    return (f"select {key} as k, v from (select {key}, {value} as v, count(*) as n from {source} "
            f"where {value} is not null and {value} <> '' group by {key}, {value}) "
            f"qualify row_number() over (partition by {key} order by n desc, v asc) = 1")


class BuiltTables(Mapping):
    """The final tables of a build: name -> <folder>/<name>.parquet. Indexing reads a whole table (tests, small
    runs); the pipeline reads files or columns."""

    def __init__(self, folder: Path, rows: dict[str, int]):
        self.folder, self.rows = Path(folder), rows

    def path(self, name: str) -> Path:
        return self.folder / f"{name}.parquet"

    def read(self, name: str, columns: list[str] | None = None) -> pa.Table:
        # ParquetFile, not pq.read_table: that imports pyarrow.dataset (~60 MiB resident for the rest of the run)
        return pq.ParquetFile(self.path(name)).read(columns=columns)

    def num_rows(self, name: str) -> int:
        return self.rows[name]

    def __getitem__(self, name: str) -> pa.Table:
        if name not in self.rows:
            raise KeyError(name)
        return self.read(name)

    def __iter__(self) -> Iterator[str]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


class TableBuilder:
    """Accumulates the warehouse from pages streamed in any order; the result does not depend on it.

    ``spill_dir``: where rows wait until ``finish`` (a folder inside the build folder); None: a temp folder."""

    def __init__(self, spill_dir: Path | None = None):
        self.dir = Path(tempfile.mkdtemp(prefix="roles-spill-")) if spill_dir is None else Path(spill_dir)
        self.spill = Spill(self.dir / "rows", {**{t.name: t.arrow_schema for t in TABLES}, **_SIDE_SCHEMAS})
        self.replacements = Spill(self.dir / "replacements",
                                  {name: TABLES_BY_NAME[name].arrow_schema for name in _REPLACEABLE})
        self.pages = PageIds()  # sha -> page_id, for contents that became a page (32 bytes a page)
        # page-level issues go to the spill as they come (_PAGE_ISSUES); those of a page re-parsed by ``replace``
        # supersede them: sha -> (page_id, issues)
        self.reissued: dict[str, tuple[str, list[Issue]]] = {}
        self.replaced: set[str] = set()  # page ids whose first rows a re-parse supersedes
        self.prepared = False  # the run's files are spilled (prepare): nothing more can be added
        self._con = None

    def state(self) -> dict:
        """What ``resume`` needs to build the tables (after ``prepare``): the spilled part files and the page ids
        a re-parse replaced. Plain values: a parse stage run in a child process hands it to its parent."""
        if not self.prepared:
            raise RuntimeError("TableBuilder.state() before prepare(): the run's files are not spilled yet")
        return {"dir": str(self.dir), "rows": self.spill.state(), "replacements": self.replacements.state(),
                "replaced": sorted(self.replaced)}

    @classmethod
    def resume(cls, state: dict) -> "TableBuilder":
        """A builder over the rows another builder spilled and prepared (``state()``), ready to ``finish``."""
        builder = cls.__new__(cls)
        builder.dir = Path(state["dir"])
        builder.spill = Spill(builder.dir / "rows", {**{t.name: t.arrow_schema for t in TABLES}, **_SIDE_SCHEMAS},
                              parts=state["rows"])
        builder.replacements = Spill(builder.dir / "replacements",
                                     {name: TABLES_BY_NAME[name].arrow_schema for name in _REPLACEABLE},
                                     parts=state["replacements"])
        builder.pages, builder.reissued = PageIds(), {}
        builder.replaced = set(state["replaced"])
        builder.prepared = True
        builder._con = None
        return builder

    @property
    def con(self):
        """The builder's DuckDB (in memory, with a memory limit; sorts spill to the builder's folder)."""
        if self._con is None:
            self._con = sorting_connection(self.dir / "duckdb")
        return self._con

    def add(self, sha: str, result: PageRows) -> None:
        if self.prepared:
            raise RuntimeError("TableBuilder.add() after prepare()")
        if result.issues:
            self.spill.extend(_PAGE_ISSUES, [_issue_row(sha, result.page_id, i) for i in result.issues])
        if result.page is None:
            return
        self.pages.add(sha, result.page_id)
        self.spill.extend("pages", [result.page])
        for table, rows in result.tables.items():
            self.spill.extend(table, rows)
        self.spill.extend(_MENTIONS, result.roles)
        for entity, rows in result.entities.items():
            id_col = _ENTITY_IDS[entity]
            self.spill.extend(_ENTITY_NAMES, [{"entity": entity, "entity_id": row[id_col], "name": row["name"]}
                                              for row in rows])

    def replace(self, sha: str, result: PageRows) -> None:
        """Swap in a re-parse of a page already added (same content, so same roles and entities): its
        first rows are dropped when the tables are built. The cross-page second pass
        (pipeline/steps/cross_page.py) makes such re-parses."""
        self.replaced.add(result.page_id)
        self.reissued[sha] = (result.page_id, list(result.issues))
        self.replacements.extend("pages", [result.page])
        for table, rows in result.tables.items():
            if table in self.replacements.schemas:
                self.replacements.extend(table, rows)

    def spilled(self, table: str) -> str:
        """SQL relation of the rows added so far to a table (before replacements); closes the open parts."""
        self.spill.roll()
        return self.spill.relation(table)

    def prepare(self, sources: list[SourceFile]) -> None:
        """Spill the run's files (page_sources, file- and page-level ingest_errors, each page's site) and close
        the open parts. Afterwards the builder holds no per-page state (``state()``: a parse stage run in a
        process of its own hands the rest to the process that builds the tables)."""
        if self.prepared:
            raise RuntimeError("TableBuilder.prepare() twice")
        sites = self._spill_sources(sources)
        self.spill.extend(_SITES, [{"page_id": page_id, "site": site} for page_id, site in sites.items()])
        del sites
        self.spill.roll()
        self.replacements.roll()
        self.close_connection()
        self.pages, self.reissued = PageIds(), {}
        self.prepared = True

    def finish(self, sources: list[SourceFile] | None, out_dir: Path | None = None) -> BuiltTables:
        """Every warehouse table written sorted to ``out_dir/<table>.parquet`` (registry schemas, fixed writer
        settings); None: a new temp folder (the caller removes it). The spilled rows are removed afterwards.
        ``sources``: the run's files, spilled first (``prepare``); None when the builder was prepared already."""
        out_dir = Path(out_dir) if out_dir is not None else Path(tempfile.mkdtemp(prefix="roles-tables-"))
        out_dir.mkdir(parents=True, exist_ok=True)
        try:
            if sources is not None:
                self.prepare(sources)
            elif not self.prepared:
                raise RuntimeError("TableBuilder.finish(None) before prepare()")
            con = self.con
            limit = _mb(ASSEMBLE_MEMORY_LIMIT)
            # one thread: a sort's per-thread state and the batches in flight are held once
            con.execute(f"set memory_limit = '{limit}MB'")
            con.execute("set threads = 1")

            def roomy(step):
                """A step again with twice the limit when it runs out (what does not spill; up to 4 GB)."""
                nonlocal limit
                while True:
                    try:
                        return step()
                    except duckdb.OutOfMemoryException:
                        if limit * 2 > 4096:
                            raise
                        limit *= 2
                        con.execute(f"set memory_limit = '{limit}MB'")

            con.execute(f"create temp table _sites as select page_id, site from {self.spill.relation(_SITES)}")
            temp_table(con, "_replaced", {"page_id": sorted(self.replaced)})
            rows = {}
            _phase("assemble: roles")
            roomy(lambda: con.execute(f"create or replace temp table _roles as {self._roles_sql()}"))
            _phase("assemble: linker")
            linker = roomy(self._linker)
            _phase("assemble: tables")
            # the linked tables first: the linker's titles are let go before the big tables are sorted and written
            # (the files are the same in any order; rows keeps the registry's order)
            order = [spec for spec in TABLES if spec.name in _LINKED] + [spec for spec in TABLES if spec.name not in _LINKED]
            from pipeline.ingest import _release_memory
            big = False  # a table of _RELEASE_ROWS rows or more was written
            for spec in order:
                if linker is not None and spec.name not in _LINKED:
                    linker = None
                    _release_memory()
                _phase(f"assemble: table {spec.name}")  # one phase a table: the phase log shows which one peaks
                source = self._source(spec.name)
                if spec.name == "roles":
                    source = "_roles"
                elif spec.name in _ENTITY_IDS:
                    source = f"({self._entity_sql(spec.name)})"
                elif spec.name == "pages":
                    source = (f"(select t.* replace (s.site as site) from {source} t "
                              f"left join _sites s on t.page_id = s.page_id)")
                elif spec.name in _LINKED:
                    title, id_col = _LINKED[spec.name]
                    source = roomy(lambda: self._linked(con, linker, spec.name, source, title, id_col))
                sql = f"select * from {source} t {order_by(_sort_key(spec.name))}"
                rows[spec.name] = roomy(lambda: write_query(con, sql, spec.arrow_schema,
                                                            out_dir / f"{spec.name}.parquet"))
                big = big or rows[spec.name] >= _RELEASE_ROWS
                if big:
                    # hand back what the table's sort and row groups held (DuckDB's buffers, Arrow's pool, the C
                    # heap) before the next one: without it the stage grew table by table (100,000 pages: 299 -> 356
                    # MiB by `dimensions`), with it each table starts near 240-300 MiB. Only in a big run (once a
                    # table had 10,000 rows, after every table: a small one before a big one counts too): a release
                    # costs ~15 ms (a gc pass and a trim), most of a small run's assemble
                    _release_memory()
            del linker
            return BuiltTables(out_dir, {spec.name: rows[spec.name] for spec in TABLES})
        finally:
            self.close()

    def close_connection(self) -> None:
        """Close the builder's DuckDB (its buffers go with it); the next use opens a new one."""
        if self._con is not None:
            self._con.close()
            self._con = None

    def close(self) -> None:
        """Drop the spilled rows and the builder's folder."""
        self.close_connection()
        self.spill.remove()
        self.replacements.remove()
        shutil.rmtree(self.dir, ignore_errors=True)

    def _spill_sources(self, sources: list[SourceFile]) -> dict[str, str]:
        """page_sources and ingest_errors rows into the spill; returns page_id -> site."""
        page_ids = self.pages.lookup([src.sha256 for src in sources])  # each file's page id (None: no page)
        self.pages = PageIds()
        latest = _latest_flags(sources, {src.sha256 for src, page_id in zip(sources, page_ids) if page_id})
        first_path: dict[str, str] = {}
        for src, page_id in zip(sources, page_ids):
            self.spill.extend("page_sources", [{
                "source_path": src.source_path, "page_id": page_id, "content_sha256": src.sha256,
                "url": src.provenance.url, "final_url": src.provenance.final_url,
                "fetched_at": src.provenance.fetched_at, "is_latest": latest[src.source_path]}])
            self.spill.extend("ingest_errors", [_error_row(src.source_path, src.sha256, None, i) for i in src.issues])
            if src.sha256 and src.sha256 not in first_path:
                first_path[src.sha256] = src.source_path
        del latest
        # Page-level issues are reported once, against the first file holding the content (the order rows are
        # spilled in does not matter: the table is sorted on all its columns).
        self.spill.roll()
        for part in self.spill.parts(_PAGE_ISSUES):
            for row in pq.ParquetFile(part).read().to_pylist():
                sha = row.pop("content_sha256")
                if sha in first_path and sha not in self.reissued:
                    self.spill.extend("ingest_errors", [{"source_path": first_path[sha], "content_sha256": sha,
                                                         **row}])
        for sha, (page_id, issues) in sorted(self.reissued.items()):
            if sha in first_path:
                self.spill.extend("ingest_errors", [_error_row(first_path[sha], sha, page_id, i) for i in issues])
        del first_path
        # pages.site = host of the URL of the page's first capture (by source_path) that has one; null if none.
        sites: dict[str, str] = {}
        for i in sorted(range(len(sources)), key=lambda i: sources[i].source_path):
            page_id, src = page_ids[i], sources[i]
            host = site_of(src.provenance.url or src.provenance.final_url)
            if page_id and host and page_id not in sites:
                sites[page_id] = host
        return sites

    def _source(self, name: str) -> str:
        """The rows of a table with replaced pages' first rows dropped and their re-parse added."""
        base = self.spill.relation(name)
        if name not in self.replacements.schemas or not self.replaced:
            return base
        return (f"(select * from {base} where page_id is null or page_id not in (select page_id from _replaced) "
                f"union all select * from {self.replacements.relation(name)})")

    def _roles_sql(self) -> str:
        mentions = self.spill.relation(_MENTIONS)
        ctes = [f"m as (select * from {mentions})", "ids as (select distinct role_id from m)"]
        ctes += [f"f_{f} as ({_most_common_sql('m', 'role_id', f)})" for f in _ROLE_FIELDS]
        joins = " ".join(f"left join f_{f} on f_{f}.k = ids.role_id" for f in _ROLE_FIELDS)
        cols = ", ".join(f"f_{f}.v as {f}" for f in _ROLE_FIELDS)
        return f"with {', '.join(ctes)} select ids.role_id, {cols} from ids {joins}"

    def _entity_sql(self, entity: str) -> str:
        id_col = _ENTITY_IDS[entity]
        names = f"(select * from {self.spill.relation(_ENTITY_NAMES)} where entity = '{entity}')"
        return (f"with e as (select * from {names}), ids as (select distinct entity_id from e), "
                f"best as ({_most_common_sql('e', 'entity_id', 'name')}) "
                f"select ids.entity_id as {id_col}, best.v as name from ids left join best on best.k = ids.entity_id")

    def _linker(self) -> RoleLinker:
        con = self.con
        role_ids = con.execute("select role_id from _roles").to_arrow_table().column(0).to_pylist()
        abbreviations: dict[str, set[str]] = defaultdict(set)
        for rid, abbrev in con.execute(f"select distinct role_id, abbreviation from {self.spill.relation(_MENTIONS)} "
                                       "where abbreviation is not null").fetchall():
            abbreviations[rid].add(abbrev)
        no_row: dict = {}
        linker = RoleLinker(dict.fromkeys(role_ids, no_row), abbreviations)
        del role_ids, abbreviations
        linker.learn_page_aliases(con.execute(f"select alias, role_id from {self._source('role_aliases')}").fetchall())
        titles = con.execute(f"select target_title from {self._source('career_paths')} union "
                             f"select manager_title from {self._source('reporting_lines')}").to_arrow_table()
        linker.learn_abbreviations(titles.column(0).to_pylist())
        return linker

    def _linked(self, con, linker: RoleLinker, name: str, source: str, title: str, id_col: str) -> str:
        """The table's rows with id_col, match_kind and match_modifier read from its title column."""
        titles = con.execute(f"select distinct {title} from {source} where {title} is not null").to_arrow_table()
        titles = titles.column(0).to_pylist()
        links = [linker.link(t) for t in titles]
        temp_table(con, f"_links_{name}", {
            "title": titles,
            "role_id": [l.role_id for l in links],
            "match_kind": [l.match_kind for l in links],
            "match_modifier": [l.match_modifier for l in links]})
        # a title that is null or unknown links to nothing (no row of _links matches)
        return (f"(select t.* replace (l.role_id as {id_col}, l.match_kind as match_kind, "
                f"l.match_modifier as match_modifier) from {source} t left join _links_{name} l on t.{title} = l.title)")


def _mb(limit: str) -> int:
    return int(limit.removesuffix("MB"))


_LINKED = {"career_paths": ("target_title", "target_role_id"), "reporting_lines": ("manager_title", "manager_role_id")}


def assemble(results: dict[str, PageRows], sources: list[SourceFile]) -> dict[str, pa.Table]:
    """All tables, in memory, from per-content rows (sha -> PageRows) and the raw files (small runs, tests)."""
    builder = TableBuilder()
    try:
        for sha, rows in results.items():
            builder.add(sha, rows)
        built = builder.finish(sources)
        try:
            return {name: built.read(name) for name in built}
        finally:
            shutil.rmtree(built.folder, ignore_errors=True)
    finally:
        builder.close()


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


def site_of(url: str | None) -> str | None:
    """'https://www.Example.com/roles/x' -> 'www.example.com'; None for a missing or host-less URL."""
    if not url:
        return None
    try:
        return urlsplit(url.strip()).hostname or None
    except ValueError:
        return None


class PageIds:
    """content sha256 -> page id of the contents that became a page, compact: the 32 bytes of a hex sha in one
    bytearray (a dict of 64-character str keys and 16-character str values held ~200 bytes a page through the
    parse). A page id other than ``page_id_of(sha)`` and a key that is not a hex sha256 are kept in a dict. Looked
    up once, for all the run's files at once (``lookup``)."""

    def __init__(self):
        self._keys = bytearray()
        self._odd: dict[str, str] = {}  # sha -> page id, when not page_id_of(sha)
        self._other: dict[str, str] = {}  # a key that is not a hex sha256 -> page id

    def add(self, sha: str, page_id: str) -> None:
        if len(sha) == 64 and _HEX.fullmatch(sha):
            self._keys += bytes.fromhex(sha)
            if page_id != page_id_of(sha):
                self._odd[sha] = page_id
        else:
            self._other[sha] = page_id

    def __len__(self) -> int:
        return len(self._keys) // 32 + len(self._other)

    def lookup(self, shas: list[str | None]) -> list[str | None]:
        """The page id of each sha (None: not a page), in order."""
        import pyarrow.compute as pc

        keys = bytearray()
        for sha in shas:
            keys += bytes.fromhex(sha) if sha is not None and len(sha) == 64 and _HEX.fullmatch(sha) else _NO_KEY
        n = len(self._keys) // 32
        known = pa.Array.from_buffers(pa.binary(32), n, [None, pa.py_buffer(bytes(self._keys))])
        wanted = pa.Array.from_buffers(pa.binary(32), len(shas), [None, pa.py_buffer(bytes(keys))])
        found = pc.is_in(wanted, value_set=known).to_pylist() if n else [False] * len(shas)
        del keys, known, wanted
        out: list[str | None] = []
        for sha, hit in zip(shas, found):
            if hit and sha is not None and len(sha) == 64 and _HEX.fullmatch(sha):
                out.append(self._odd.get(sha) or page_id_of(sha))
            else:
                out.append(self._other.get(sha) if sha is not None else None)
        return out


_HEX = re.compile(r"[0-9a-f]{64}")
_NO_KEY = bytes(32)  # a file without a hex sha (unread): matched only by the all-zero sha, then checked again


def _issue_row(sha: str, page_id: str | None, issue: Issue) -> dict:
    return {"content_sha256": sha, "page_id": page_id, "stage": issue.stage, "error_kind": issue.kind,
            "message": issue.message, "line": issue.line}


def _error_row(path: str, sha: str | None, page_id: str | None, issue: Issue) -> dict:
    return {"source_path": path, "content_sha256": sha, "page_id": page_id, "stage": issue.stage,
            "error_kind": issue.kind, "message": issue.message, "line": issue.line}


def _sort_key(table_name: str) -> list[str]:
    """The key, then every other scalar column, then the list columns (which only break ties between rows that
    are otherwise equal, so the order never depends on the order rows arrived in)."""
    table = TABLES_BY_NAME[table_name]
    scalar = [c.name for c in table.columns if not c.type.is_list]
    lists = [c.name for c in table.columns if c.type.is_list]
    return list(table.key) + [c for c in scalar if c not in table.key] + lists
