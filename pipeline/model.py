"""Parse stage output: what a page parser returns, before ids are assigned.

Parsers are pure functions ``text -> ParsedPage``. They refer to roles, skills,
employers and industries by the name *as written*; the normalize stage turns
names into ids and adds ``page_id``.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Issue:
    """A problem with (part of) one page; becomes an ``ingest_errors`` row."""

    kind: str  # short snake_case code, e.g. "truncated", "unsplittable_row", "unknown_page_type"
    message: str  # one sentence an analyst understands
    line: int | None = None  # 1-based line of the (decoded / rendered) text, when known
    stage: str = "parse"


@dataclass
class RoleMention:
    """A role as a page writes it. Its place in ``ParsedPage.roles`` is the header order on comparisons;
    a guide has one."""

    name: str
    summary: str | None = None


@dataclass
class ParsedPage:
    page_type: str  # "comparison" | "guide"
    layout: str  # one of pipeline.parse.page_layouts()[page_type]
    title: str | None = None
    complete: bool = True
    warnings: list[str] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    roles: list[RoleMention] = field(default_factory=list)
    # table name -> rows. Rows use contract column names, except:
    #   "role"          role name as written (normalize maps it to role_id)
    #   "skill_name"    in role_skills   (-> skill_id)
    #   "employer_name" in role_employers (-> employer_id)
    #   "industry_name" in role_industries (-> industry_id)
    # and never carry page_id / role_id / target_role_id (added by normalize).
    facts: dict[str, list[dict]] = field(default_factory=dict)

    def add(self, table: str, **row) -> None:
        self.facts.setdefault(table, []).append(row)

    def incomplete(self, kind: str, message: str, line: int | None = None) -> None:
        """Record a part that could not be parsed and mark the page incomplete."""
        self.complete = False
        self.issues.append(Issue(kind=kind, message=message, line=line))


class PageError(Exception):
    """A whole file that cannot be ingested (empty, binary, unknown page type, too large...)."""

    def __init__(self, kind: str, message: str, line: int | None = None, stage: str = "parse"):
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.line = line
        self.stage = stage
