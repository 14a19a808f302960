"""Warehouse stage: tables -> Parquet + roles.duckdb (views from sql/), atomic publish, data checks."""
