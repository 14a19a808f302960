"""Warehouse stage: data checks — SQL selects returning failing rows (generic ones from the schema registry, specific ones from sql/checks)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from pipeline.schema import MARTS, TABLES, Table
from pipeline.warehouse.views import SQL_DIR

SAMPLE_SIZE = 5
_CHECK_HEADER = re.compile(r"^--\s*check:\s*(?P<name>[a-z_][a-z0-9_]*)\s*:\s*(?P<text>\S.*)$")
# Optional second line. "warn": reported (and `pipeline check` exits 1) but ingest still publishes;
# used for checks that flag pages for review rather than a broken warehouse.
_SEVERITY = re.compile(r"^--\s*severity:\s*(?P<severity>error|warn)\s*$")


@dataclass
class CheckResult:
    name: str
    description: str
    n_failing: int
    sample: list[tuple] = field(default_factory=list)  # up to SAMPLE_SIZE failing rows, sorted
    severity: str = "error"  # "error" blocks a publish; "warn" is reported only

    @property
    def passed(self) -> bool:
        return self.n_failing == 0


@dataclass(frozen=True)
class Check:
    name: str
    description: str
    sql: str  # a select returning the failing rows
    severity: str = "error"


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def unique_checks(table: Table) -> list[Check]:
    if not table.key:
        return []
    key = ", ".join(table.key)
    return [Check(
        f"unique_{table.name}_{'_'.join(table.key)}",
        f"{table.name} has one row per ({key})",
        f"select {key}, count(*) as n_rows from {table.name} group by {key} having count(*) > 1",
    )]


def not_null_checks(table: Table) -> list[Check]:
    key = ", ".join(table.key) if table.key else "*"
    return [Check(f"not_null_{table.name}_{c.name}", f"{table.name}.{c.name} is never null",
                  f"select {key} from {table.name} where {c.name} is null")
            for c in table.columns if not c.nullable]


def relationship_checks(table: Table) -> list[Check]:
    # a null foreign key is allowed (e.g. career_paths.target_role_id for an unknown role)
    return [Check(f"relationships_{table.name}_{column}__{ref_table}_{ref_column}",
                  f"every non-null {table.name}.{column} exists in {ref_table}.{ref_column}",
                  _orphans_sql(table.name, column, ref_table, ref_column))
            for column, ref_table, ref_column in table.references]


def _orphans_sql(child: str, column: str, parent: str, parent_column: str) -> str:
    """Each non-null child.column value missing from parent.parent_column, with its number of rows."""
    return (f"select child.{column}, count(*) as n_rows from {child} as child "
            f"left join {parent} as parent on parent.{parent_column} = child.{column} "
            f"where child.{column} is not null and parent.{parent_column} is null group by child.{column}")


def accepted_values_checks(table: Table) -> list[Check]:
    def outsiders_sql(column: str, values: tuple[str, ...]) -> str:
        listed = ", ".join(_quote(v) for v in values)
        return (f"select {column}, count(*) as n_rows from {table.name} "
                f"where {column} is not null and {column} not in ({listed}) group by {column}")

    return [Check(f"accepted_values_{table.name}_{column}", f"{table.name}.{column} is one of {', '.join(values)} (or null)",
                  outsiders_sql(column, values))
            for column, values in table.accepted]


def generic_checks(tables: tuple[Table, ...] = TABLES + MARTS) -> list[Check]:
    """Key, not-null, relationship and accepted-value checks generated from the schema registry."""
    checks = []
    for table in tables:
        checks += unique_checks(table)
        checks += not_null_checks(table)
        checks += relationship_checks(table)
        checks += accepted_values_checks(table)
    return checks


def sql_checks(sql_dir: Path = SQL_DIR) -> list[Check]:
    """Hand-written checks of sql/checks/*.sql; the first line is '-- check: <name>: <what it asserts>'."""
    checks = []
    for path in sorted((Path(sql_dir) / "checks").glob("*.sql")):
        text = path.read_text(encoding="utf-8")
        match = _CHECK_HEADER.match(text.splitlines()[0] if text else "")
        if match is None:
            raise ValueError(f"{path}: first line must be '-- check: <name>: <what it asserts>'")
        lines = text.splitlines()
        severity = _SEVERITY.match(lines[1]) if len(lines) > 1 else None
        checks.append(Check(match["name"], match["text"], text.strip().rstrip(";"),
                            severity["severity"] if severity else "error"))
    return checks


def all_checks(sql_dir: Path = SQL_DIR) -> list[Check]:
    return generic_checks() + sql_checks(sql_dir)


def run_check(con, check: Check) -> CheckResult:
    # the check's own trailing comment lines must not swallow the closing parenthesis
    failing = f"(\n{check.sql}\n)"
    n_failing = con.execute(f"select count(*) from {failing}").fetchone()[0]
    sample = con.execute(f"select * from {failing} order by all limit {SAMPLE_SIZE}").fetchall() if n_failing else []
    return CheckResult(check.name, check.description, n_failing, sample, check.severity)


def run_checks(con, sql_dir: Path = SQL_DIR, on_check: Callable[[int], None] | None = None) -> list[CheckResult]:
    """Run every check against the warehouse tables of ``con``; a check that cannot run raises.
    ``on_check(1)`` is called after each check (progress)."""
    results = []
    for check in all_checks(sql_dir):
        results.append(run_check(con, check))
        if on_check is not None:
            on_check(1)
    return results


def format_report(results: list[CheckResult], show_passed: bool = True) -> str:
    """One line per check (PASS/FAIL; PASS lines only if show_passed), failing rows sampled under each
    failure, a summary line over all results last."""
    lines = []
    for result in results:
        if result.passed:
            if show_passed:
                lines.append(f"PASS  {result.name}")
            continue
        status = "FAIL " if result.severity == "error" else "WARN "
        lines.append(f"{status} {result.name}: {result.n_failing} failing row(s) — {result.description}")
        lines += [f"        {row!r}" for row in result.sample]
        if result.n_failing > len(result.sample):
            lines.append(f"        ... and {result.n_failing - len(result.sample)} more")
    n_failed = sum(not r.passed for r in results)
    lines.append(f"{len(results)} checks, {len(results) - n_failed} passed, {n_failed} failed")
    return "\n".join(lines)


def coverage_report(con) -> list[tuple[str, str, str, float]]:
    """(page_id, page_type, layout, text_coverage) per page, lowest coverage first."""
    return con.execute(
        "select page_id, page_type, layout, text_coverage from pages order by text_coverage, page_id"
    ).fetchall()
