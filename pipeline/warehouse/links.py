"""Warehouse stage: link career-path targets and manager titles to roles of the run.

A title links to a role in one of three ways, recorded in ``match_kind``:

* ``exact``: read as a role title, it has the id of a known role ("Data Engineer", "Site Reliability
  Engineer (SRE)");
* ``abbreviation``: it is an abbreviation the run has seen written after a known role's name
  ("SRE" once a page writes "Site Reliability Engineer (SRE)");
* ``alias``: it is a short form listed in ``pipeline/reference/role_aliases.tsv`` whose canonical
  title is a known role ("CTO" -> Chief Technology Officer, "VP Eng" -> VP of Engineering).

A title that is none of these but opens with a seniority word (``reference/seniority_modifiers.tsv``:
"Senior EM") is tried without it; the word is kept in ``match_modifier``. An exact match wins; otherwise
every abbreviation and alias candidate is gathered and the title links only when they name one role,
so a short form two known roles share ("PM": Product Manager, Project Manager) stays unlinked.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from typing import TYPE_CHECKING

from pipeline import reference
from pipeline.text.roles import identify_role

if TYPE_CHECKING:  # pyarrow is imported where a column is linked, not by the run summary (format_link_rates)
    import pyarrow as pa


def _key(title: str) -> str:
    """Case, spacing and a final '.' do not matter when a short form is looked up."""
    return " ".join(title.replace("\u00a0", " ").split()).rstrip(".").strip().casefold()


@cache
def load_aliases() -> dict[str, tuple[str, ...]]:
    """alias key -> canonical titles (several when the alias is ambiguous)."""
    out: dict[str, list[str]] = {}
    for lineno, row in enumerate(reference.rows("role_aliases"), 2):
        alias, canonical = row.get("alias", "").strip(), row.get("canonical", "").strip()
        if not alias or not canonical:
            raise reference.ReferenceError(f"{reference.path_of('role_aliases')}: row {lineno} needs an alias and a "
                                           f"canonical title (columns alias<TAB>canonical<TAB>why): {row!r}")
        out.setdefault(_key(alias), []).append(canonical)
    return {k: tuple(v) for k, v in out.items()}


@cache
def load_modifiers() -> tuple[str, ...]:
    words = [word.strip() for word in reference.column("seniority_modifiers") if word.strip()]
    return tuple(sorted(words, key=len, reverse=True))  # "Sr." before "Sr"


@dataclass(frozen=True)
class Link:
    role_id: str | None
    match_kind: str | None = None
    match_modifier: str | None = None


_UNLINKED = Link(None)


class RoleLinker:
    """Resolves titles against the roles of one run."""

    def __init__(self, roles: dict[str, dict], abbreviations: dict[str, set[str]] | None = None,
                 aliases: dict[str, tuple[str, ...]] | None = None, modifiers: tuple[str, ...] | None = None):
        """roles: role_id -> row; abbreviations: role_id -> every abbreviation the run wrote after its name."""
        self.roles = roles
        self.by_abbreviation: dict[str, set[str]] = {}
        for rid, role in roles.items():
            for abbrev in {role.get("abbreviation"), *(abbreviations or {}).get(rid, ())}:
                if abbrev:
                    self.by_abbreviation.setdefault(_key(abbrev), set()).add(rid)
        self.by_alias: dict[str, set[str]] = {}
        for alias, canonicals in (load_aliases() if aliases is None else aliases).items():
            for canonical in canonicals:
                rid = identify_role(canonical).role_id
                if rid in roles:
                    self.by_alias.setdefault(alias, set()).add(rid)
        self.modifiers = load_modifiers() if modifiers is None else modifiers
        self._memo: dict[str, Link] = {}

    def learn_page_aliases(self, pairs) -> None:
        """(alias, role_id) pairs a page states ('Also known as: BI Engineer' on the Analytics Engineer page)
        link those titles to that role, like the curated aliases (an alias two roles claim stays unlinked)."""
        for alias, rid in pairs:
            if alias and rid in self.roles:
                self.by_alias.setdefault(_key(alias), set()).add(rid)
        self._memo.clear()

    def learn_abbreviations(self, titles) -> None:
        """Titles written 'Name (ABBR)' elsewhere in the run (a career-path target, a manager) teach ABBR
        for a known role too."""
        for title in titles:
            identity = identify_role(title)
            if identity.abbreviation and identity.role_id in self.roles:
                self.by_abbreviation.setdefault(_key(identity.abbreviation), set()).add(identity.role_id)
        self._memo.clear()

    def link(self, title: str | None) -> Link:
        if not title:
            return _UNLINKED
        if title not in self._memo:
            found = self._link_base(title)
            if found is None:
                found = self._link_without_modifier(title)
            self._memo[title] = found or _UNLINKED
        return self._memo[title]

    def _link_base(self, title: str) -> Link | None:
        """Link, or None when nothing matches; an ambiguous short form is _UNLINKED (not tried further)."""
        rid = identify_role(title).role_id
        if rid in self.roles:
            return Link(rid, "exact")
        key = _key(title)
        by_abbrev = self.by_abbreviation.get(key, set())
        by_alias = self.by_alias.get(key, set())
        candidates = by_abbrev | by_alias
        if len(candidates) == 1:
            (rid,) = candidates
            return Link(rid, "abbreviation" if rid in by_abbrev else "alias")
        return _UNLINKED if candidates else None

    def _link_without_modifier(self, title: str) -> Link | None:
        text = title.strip()
        for word in self.modifiers:
            if text[: len(word)].casefold() == word.casefold() and text[len(word): len(word) + 1] == " ":
                base = self._link_base(text[len(word):].strip())
                if base is not None and base.role_id:
                    return Link(base.role_id, base.match_kind, text[: len(word)])
                return None
        return None


def link_column(table: pa.Table, linker: RoleLinker, title_column: str, id_column: str) -> pa.Table:
    """Fill id_column, match_kind and match_modifier of a table from its title column."""
    import pyarrow as pa

    links = [linker.link(t) for t in table.column(title_column).to_pylist()]
    for name, values in ((id_column, [l.role_id for l in links]), ("match_kind", [l.match_kind for l in links]),
                         ("match_modifier", [l.match_modifier for l in links])):
        index = table.schema.get_field_index(name)
        table = table.set_column(index, table.schema.field(index), pa.array(values, pa.string()))
    return table



def link_rates(con) -> dict[str, dict]:
    """Share of career_graph edges with a to_role_id and of reporting_lines rows with a manager_role_id."""
    out = {}
    for name, sql in (
        ("career_graph_edges", "select count(to_role_id), count(*) from career_graph"),
        ("reporting_lines", "select count(manager_role_id), count(*) from reporting_lines"),
    ):
        linked, total = con.execute(sql).fetchone()
        out[name] = {"linked": linked, "total": total, "rate": round(linked / total, 4) if total else None}
    return out


def format_link_rates(rates: dict[str, dict]) -> str:
    parts = []
    for name, r in rates.items():
        share = f"{r['rate']:.1%}" if r.get("rate") is not None else "n/a"
        parts.append(f"{name.replace('_', ' ')} {r['linked']}/{r['total']} ({share})")
    return "  role links: " + ", ".join(parts)
