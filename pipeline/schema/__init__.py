"""Schema registry: every warehouse table and column, declared once.

Parquet schemas, the ``COMMENT ON`` statements in ``roles.duckdb``, ``docs/data_dictionary.md`` and the
key checks are all generated from here. ``registry.py`` holds the building blocks (types, Column, Table,
shared columns and value sets), ``tables.py`` the warehouse tables, ``marts.py`` the BI marts and
``runs.py`` the run history.
"""
from pipeline.schema.marts import CHANGE_KINDS, DELIMITED, LIST_DELIMITER, MARTS, MARTS_BY_NAME, ROLE_NAME
from pipeline.schema.registry import (BOOL, FLOAT, INT, LAYOUTS, MATCH_KINDS, PAGE_ID, PAGE_TYPES, PATH_KINDS, PERIODS,
                                      POSITION, ROLE_ID, SALARY_LEVELS, SKILL_KINDS, STRING, STRING_LIST, TIMESTAMP,
                                      TITLE_SOURCES, C, Column, Table)
from pipeline.schema.runs import RUNS
from pipeline.schema.tables import TABLES, TABLES_BY_NAME

__all__ = ["BOOL", "CHANGE_KINDS", "DELIMITED", "FLOAT", "INT", "LAYOUTS", "LIST_DELIMITER", "MARTS", "MARTS_BY_NAME",
           "MATCH_KINDS", "PAGE_ID", "PAGE_TYPES", "PATH_KINDS", "PERIODS", "POSITION", "ROLE_ID", "ROLE_NAME", "RUNS",
           "SALARY_LEVELS", "SKILL_KINDS", "STRING", "STRING_LIST", "TABLES", "TABLES_BY_NAME", "TIMESTAMP",
           "TITLE_SOURCES", "C", "Column", "Table"]
