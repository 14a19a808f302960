"""Warehouse stage: per-page rows + sources -> the final tables (cross-page facts resolved, sorted)."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime

import pyarrow as pa

from pipeline.model import Issue
from pipeline.normalize.page import PageRows
from pipeline.normalize.roles import identify_role
from pipeline.schema import TABLES, TABLES_BY_NAME
from pipeline.sources import Provenance


@dataclass
class SourceFile:
    source_path: str
    sha256: str | None  # None when the file could not be read
    provenance: Provenance
    issues: list[Issue] = field(default_factory=list)  # file-level problems (too large, unreadable)


def _most_common(values) -> str | None:
    """Most frequent non-empty value; ties -> lexicographically smallest (deterministic)."""
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    best = max(counts.values())
    return min(v for v, n in counts.items() if n == best)


def _latest_flags(sources: list[SourceFile], ingested: set[str]) -> dict[str, bool]:
    """source_path -> is the latest ingested capture of its URL (ingested files without a URL are always
    latest; files that yielded no page never are)."""
    by_url: dict[str, list[SourceFile]] = defaultdict(list)
    for src in sources:
        if src.provenance.url and src.sha256 in ingested:
            by_url[src.provenance.url].append(src)
    flags = {s.source_path: s.sha256 in ingested for s in sources}
    floor = datetime.min.replace(tzinfo=None)
    for group in by_url.values():
        def order(s: SourceFile):
            stamp = s.provenance.fetched_at
            return (stamp is not None, stamp.replace(tzinfo=None) if stamp else floor, s.source_path)
        latest = max(group, key=order)
        for s in group:
            flags[s.source_path] = s is latest
    return flags


def _resolve_targets(rows: list[dict], roles: dict[str, dict]) -> None:
    """target_role_id = a known role's id, matched by identity or by its abbreviation."""
    by_abbrev = {}
    for role in roles.values():
        if role["abbreviation"]:
            by_abbrev.setdefault(role["abbreviation"].lower(), role["role_id"])
    for row in rows:
        identity = identify_role(row["target_title"])
        if identity.role_id in roles:
            row["target_role_id"] = identity.role_id
        else:
            row["target_role_id"] = by_abbrev.get(row["target_title"].strip().lower())


def assemble(results: dict[str, PageRows], sources: list[SourceFile]) -> dict[str, pa.Table]:
    """All warehouse tables as Arrow tables with registry schemas, rows in a stable order."""
    rows: dict[str, list[dict]] = defaultdict(list)
    page_of_sha = {sha: r for sha, r in results.items()}
    latest = _latest_flags(sources, {sha for sha, r in results.items() if r.page is not None})

    for sha in sorted(results):
        result = results[sha]
        if result.page is not None:
            rows["pages"].append(result.page)
            for table, table_rows in result.tables.items():
                rows[table].extend(table_rows)

    first_path: dict[str, str] = {}
    for src in sources:
        result = page_of_sha.get(src.sha256) if src.sha256 else None
        page_id = result.page_id if result is not None and result.page is not None else None
        rows["page_sources"].append({
            "source_path": src.source_path, "page_id": page_id, "content_sha256": src.sha256,
            "url": src.provenance.url, "final_url": src.provenance.final_url,
            "fetched_at": src.provenance.fetched_at, "is_latest": latest[src.source_path]})
        for issue in src.issues:
            rows["ingest_errors"].append(_error_row(src.source_path, src.sha256, None, issue))
        if src.sha256 and src.sha256 not in first_path:
            first_path[src.sha256] = src.source_path
    # Page-level issues are reported once, against the first file holding the content.
    for sha, path in sorted(first_path.items()):
        result = results.get(sha)
        for issue in result.issues if result else ():
            rows["ingest_errors"].append(_error_row(path, sha, result.page_id, issue))

    roles = _roles(results)
    rows["roles"] = list(roles.values())
    _resolve_targets(rows["career_paths"], roles)
    for entity, id_col in (("skills", "skill_id"), ("employers", "employer_id"), ("industries", "industry_id")):
        names = defaultdict(list)
        for sha in sorted(results):
            for e in results[sha].entities.get(entity, []):
                names[e[id_col]].append(e["name"])
        rows[entity] = [{id_col: k, "name": _most_common(v)} for k, v in names.items()]

    return {t.name: _to_arrow(t.name, rows.get(t.name, [])) for t in TABLES}


def _roles(results: dict[str, PageRows]) -> dict[str, dict]:
    mentions = defaultdict(list)
    for sha in sorted(results):
        for m in results[sha].roles:
            mentions[m["role_id"]].append(m)
    out = {}
    for role_id, ms in sorted(mentions.items()):
        out[role_id] = {
            "role_id": role_id,
            "name": _most_common(m["name"] for m in ms),
            "abbreviation": _most_common(m["abbreviation"] for m in ms),
            "qualifier": _most_common(m["qualifier"] for m in ms),
            "summary": _most_common(m["summary"] for m in ms),
        }
    return out


def _error_row(path: str, sha: str | None, page_id: str | None, issue: Issue) -> dict:
    return {"source_path": path, "content_sha256": sha, "page_id": page_id, "stage": issue.stage,
            "error_kind": issue.kind, "message": issue.message, "line": issue.line}


def _sort_key(table_name: str) -> list[str]:
    table = TABLES_BY_NAME[table_name]
    scalar = [c.name for c in table.columns if not pa.types.is_list(c.type)]
    return list(table.key) + [c for c in scalar if c not in table.key]


def _to_arrow(table_name: str, table_rows: list[dict]) -> pa.Table:
    table = TABLES_BY_NAME[table_name]
    names = table.column_names
    clean = [{n: r.get(n) for n in names} for r in table_rows]
    arrow = pa.Table.from_pylist(clean, schema=table.arrow_schema)
    if arrow.num_rows:
        arrow = arrow.sort_by([(c, "ascending", "at_start") for c in _sort_key(table_name)])
    return arrow
