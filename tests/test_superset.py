"""BI: a real Superset 6.1.0 (built by `make superset`, served on 127.0.0.1) driven through the REST API its UI
calls: every mart is listed and readable, SQL Lab cannot reach files, and a rebuild is seen on the next query."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import time
from pathlib import Path

import duckdb
import pytest
import requests

from pipeline.schema import MARTS
from bi_helpers import EDIT_MARKER, REPO, edit_first_comparison_cell, run_cli, seed_warehouse

SUPERSET_BIN = REPO / ".venv-superset" / "bin" / "superset"
DATABASE_NAME = "roles warehouse"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _make(*args: str, timeout: float = 900) -> None:
    env = {k: v for k, v in os.environ.items()  # not the variables of the `make test ARGS=…` running this test
           if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES", "ARGS")}
    proc = subprocess.run(["make", "--no-print-directory", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=timeout, env=env)
    assert proc.returncode == 0, f"make {' '.join(args)} failed:\n{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}"


class Superset:
    """A logged-in session on the Superset REST API (JWT + CSRF token, as the web UI sends them)."""

    def __init__(self, base: str, raw: Path, warehouse: Path) -> None:
        self.base, self.raw, self.warehouse = base, raw, warehouse
        self.http = requests.Session()
        login = self.http.post(f"{base}/api/v1/security/login", timeout=60,
                               json={"username": "admin", "password": "admin", "provider": "db", "refresh": False})
        login.raise_for_status()
        self.http.headers["Authorization"] = f"Bearer {login.json()['access_token']}"
        csrf = self.http.get(f"{base}/api/v1/security/csrf_token/", timeout=60).json()["result"]
        self.http.headers.update({"X-CSRFToken": csrf, "Referer": base})
        found = self.get("/api/v1/database/", q=f"(filters:!((col:database_name,opr:eq,value:'{DATABASE_NAME}')))")
        assert found["count"] == 1, found
        self.database_id = found["result"][0]["id"]

    def get(self, path: str, q: str | None = None) -> dict:
        response = self.http.get(self.base + path, params={"q": q} if q else None, timeout=120)
        assert response.status_code == 200, (path, response.status_code, response.text[:2000])
        return response.json()

    def post(self, path: str, body: dict) -> requests.Response:
        return self.http.post(self.base + path, json=body, timeout=120)

    def sql_lab(self, sql: str) -> requests.Response:
        return self.post("/api/v1/sqllab/execute/", {"database_id": self.database_id, "sql": sql, "schema": "main",
                                                     "runAsync": False, "queryLimit": 1000})


@pytest.fixture(scope="session")
def superset(tmp_path_factory):
    """One Superset for the whole session: `make superset` on a warehouse of the seed pages, then
    `superset run` on a free loopback port; stopped at the end."""
    root = tmp_path_factory.mktemp("superset")
    _make("superset-install")  # a no-op when .venv-superset/ is up to date (make test installs it first)
    raw, warehouse = seed_warehouse(root)
    home = root / "superset_home"
    _make("superset", f"WAREHOUSE={warehouse}", f"SUPERSET_HOME={home}")
    port = _free_port()
    env = os.environ | {"SUPERSET_HOME": str(home), "FLASK_APP": "superset",
                        "SUPERSET_CONFIG_PATH": str(REPO / "tools" / "superset" / "superset_config.py")}
    log = (root / "server.log").open("w")
    server = subprocess.Popen([str(SUPERSET_BIN), "run", "-h", "127.0.0.1", "-p", str(port), "--with-threads"],
                              env=env, stdout=log, stderr=subprocess.STDOUT, cwd=root)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                if requests.get(f"{base}/health", timeout=5).text == "OK":
                    break
            except requests.ConnectionError:
                pass
            assert server.poll() is None, f"superset exited {server.returncode}:\n{(root / 'server.log').read_text()[-4000:]}"
            assert time.monotonic() < deadline, "superset did not answer /health within 180 s"
            time.sleep(0.5)
        yield Superset(base, raw, warehouse)
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def _duckdb_rows(warehouse: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(warehouse / "roles.duckdb"), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_the_database_lists_every_mart_and_has_a_dataset_on_each(superset):
    listed = superset.get(f"/api/v1/database/{superset.database_id}/tables/", q="(schema_name:main,force:!t)")
    tables = {t["value"] for t in listed["result"]}
    assert {m.name for m in MARTS} <= tables
    datasets = superset.get("/api/v1/dataset/", q="(page_size:100)")["result"]
    assert {d["table_name"] for d in datasets if d["database"]["id"] == superset.database_id} == {m.name for m in MARTS}


def test_the_connection_is_read_only_without_external_access(superset):
    database = superset.get(f"/api/v1/database/{superset.database_id}/connection")["result"]
    assert database["sqlalchemy_uri"].endswith("/roles.duckdb?access_mode=read_only")
    extra = json.loads(database["extra"])
    assert extra["engine_params"]["connect_args"] == {"read_only": True, "config": {"enable_external_access": False}}


def test_every_mart_dataset_returns_its_rows_with_typed_columns(superset):
    datasets = {d["table_name"]: d["id"] for d in superset.get("/api/v1/dataset/", q="(page_size:100)")["result"]}
    for mart in MARTS:
        dataset = superset.get(f"/api/v1/dataset/{datasets[mart.name]}")["result"]
        types = {c["column_name"]: c["type"] for c in dataset["columns"]}
        assert set(types) == {c.name for c in mart.columns}, mart.name
        assert all(t and "UNKNOWN" not in t.upper() and "[]" not in t and "LIST" not in t.upper()
                   for t in types.values()), (mart.name, types)
        # the request Explore sends for a raw-records table chart on the dataset
        response = superset.post("/api/v1/chart/data", {
            "datasource": {"id": datasets[mart.name], "type": "table"}, "force": True,
            "queries": [{"columns": [c.name for c in mart.columns], "metrics": [], "row_limit": 100000,
                         "filters": [], "extras": {}}],
            "form_data": {"viz_type": "table", "query_mode": "raw"}, "result_format": "json", "result_type": "full"})
        assert response.status_code == 200, (mart.name, response.text[:2000])
        result = response.json()["result"][0]
        expected = _duckdb_rows(superset.warehouse, f"select count(*) from {mart.name}")[0][0]
        assert result["rowcount"] == expected, mart.name
    assert _duckdb_rows(superset.warehouse, "select count(*) from role_overview")[0][0] > 0


def test_the_example_dashboard_charts_return_data(superset):
    charts = superset.get("/api/v1/dashboard/roles-warehouse/charts")["result"]
    assert len(charts) >= 4
    for chart in charts:
        data = superset.get(f"/api/v1/chart/{chart['id']}/data/")
        assert data["result"][0]["rowcount"] > 0, chart["slice_name"]


def test_sql_lab_cannot_read_files_on_the_server(superset):
    allowed = superset.sql_lab("select count(*) as n from role_overview")
    assert allowed.status_code == 200 and allowed.json()["data"][0]["n"] > 0, allowed.text[:2000]
    for sql in ("select * from read_csv('/etc/hostname')",
                f"select * from read_parquet('{superset.warehouse.resolve() / 'roles.parquet'}')"):
        refused = superset.sql_lab(sql)
        assert refused.status_code != 200, refused.text[:2000]
        message = " ".join(e["message"] for e in refused.json()["errors"])
        assert "disabled by configuration" in message, message
        assert "data" not in refused.json()


def test_a_query_after_a_full_ingest_sees_the_new_build(superset):
    query = f"select count(*) as n from role_dimension_cells where all_values like '%{EDIT_MARKER}%'"
    before = superset.sql_lab(query)
    assert before.status_code == 200 and before.json()["data"] == [{"n": 0}], before.text[:2000]
    edit_first_comparison_cell(superset.raw)
    run_cli("ingest", "--full", "--raw", str(superset.raw), "--warehouse", str(superset.warehouse))
    after = superset.sql_lab(query)
    assert after.status_code == 200 and after.json()["data"] == [{"n": 1}], after.text[:2000]
