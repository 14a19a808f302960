"""Schema registry, the building blocks: column types, Column, Table, and the columns and value sets
several tables share."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.parse import page_layouts

if TYPE_CHECKING:
    import pyarrow as pa


@dataclass(frozen=True)
class ColumnType:
    """A column's type, by name, with its DuckDB type. Its Arrow type (``arrow``) is built on first use: the
    parse workers read the registry (column names, nullability) but never write Arrow, so they never import
    pyarrow (~43 MiB a process)."""
    name: str
    duckdb_type: str

    @property
    def arrow(self) -> pa.DataType:
        return _arrow_type(self.name)

    @property
    def is_list(self) -> bool:
        return self.name == "string_list"


@functools.cache
def _arrow_type(name: str) -> pa.DataType:
    import pyarrow as pa
    return {"string": pa.string, "int64": pa.int64, "bool": pa.bool_, "float64": pa.float64,
            "timestamp": lambda: pa.timestamp("us", tz="UTC"), "string_list": lambda: pa.list_(pa.string())}[name]()


STRING = ColumnType("string", "VARCHAR")
INT = ColumnType("int64", "BIGINT")
BOOL = ColumnType("bool", "BOOLEAN")
FLOAT = ColumnType("float64", "DOUBLE")
TIMESTAMP = ColumnType("timestamp", "TIMESTAMP WITH TIME ZONE")
STRING_LIST = ColumnType("string_list", "VARCHAR[]")


@dataclass(frozen=True)
class Column:
    name: str
    type: ColumnType
    description: str
    nullable: bool = True

    @property
    def duckdb_type(self) -> str:
        return self.type.duckdb_type


@dataclass(frozen=True)
class Table:
    name: str
    grain: str  # "one row per ..."
    description: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    # (column, referenced table, referenced column): checked by sql data tests
    references: tuple[tuple[str, str, str], ...] = ()
    # column -> accepted values
    accepted: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def arrow_schema(self) -> pa.Schema:
        import pyarrow as pa
        return pa.schema([pa.field(c.name, c.type.arrow, nullable=c.nullable) for c in self.columns])

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


def C(name, type_, description, nullable=True):  # noqa: N802 - reads like a table definition
    return Column(name, type_, description, nullable)


PAGE_ID = C("page_id", STRING, "First 16 hex digits of the SHA-256 of the raw file's bytes.", False)
ROLE_ID = C("role_id", STRING, "Slug of the canonical role name (see roles): lower-case ASCII, letters of other scripts transliterated ('Ναύτης' -> 'naytis').", False)
POSITION = C("position", INT, "1-based order of the item as it appears on the page.", False)

PAGE_TYPES = ("comparison", "guide")
_PAGE_LAYOUTS = page_layouts()  # from the parsers' layout registries
LAYOUTS = tuple(dict.fromkeys(layout for page_type in PAGE_TYPES for layout in _PAGE_LAYOUTS[page_type]))
LAYOUT_PROSE = "; ".join(f"{', '.join(_PAGE_LAYOUTS[page_type])} ({page_type})" for page_type in PAGE_TYPES)
SKILL_KINDS = ("top", "gap", "required")
# from/to/lateral/step: role pages of other sites (generic layout): where people come from, where the role leads,
# lateral moves, and the levels of a career ladder.
PATH_KINDS = ("can_lead_to", "transition", "path_to", "from", "to", "lateral", "step")
SALARY_LEVELS = ("entry", "mid", "senior", "lead", "principal", "executive", "other")
PERIODS = ("year", "month", "week", "day", "hour")
TITLE_SOURCES = ("page", "header")
MATCH_KINDS = ("exact", "abbreviation", "alias")
