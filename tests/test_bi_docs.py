"""docs/bi.md is part of the product: its make targets exist and its connection settings are the ones
`make superset` registers and the SQLAlchemy test uses."""
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DOC = (REPO / "docs" / "bi.md").read_text()


def test_make_targets_in_bi_doc_exist():
    targets = set(re.findall(r"^([a-z-]+):", (REPO / "Makefile").read_text(), re.M))
    used = set(re.findall(r"make ([a-z][a-z-]+)", DOC))
    assert used and used <= targets, used - targets


def test_the_documented_connection_is_the_registered_one():
    sys.path.insert(0, str(REPO / "tools" / "superset"))
    try:
        import bootstrap
    finally:
        sys.path.pop(0)
    from test_sqlalchemy import CONNECT_ARGS

    registered = bootstrap.EXTRA["engine_params"]
    assert registered["connect_args"] == CONNECT_ARGS
    assert json.dumps({"engine_params": registered}, separators=(",", ":")) in DOC
    assert bootstrap.warehouse_uri(Path("/srv/roles/warehouse")) == "duckdb:////srv/roles/warehouse/roles.duckdb?access_mode=read_only"
    assert "duckdb:////ABSOLUTE/PATH/warehouse/roles.duckdb?access_mode=read_only" in DOC
