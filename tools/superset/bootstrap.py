"""BI: register the warehouse in a local Superset (read-only, no external access), with a dataset per
mart and one example dashboard, through Superset's own REST API (the calls its UI makes).

Run by `make superset` with the Superset virtualenv's Python, after `superset db upgrade` and
`superset init`. Idempotent: a second run updates the database URI and adds what is missing.

    SUPERSET_HOME=.superset SUPERSET_CONFIG_PATH=tools/superset/superset_config.py \
    .venv-superset/bin/python tools/superset/bootstrap.py --warehouse warehouse --datasets role_overview,...
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

DATABASE_NAME = "roles warehouse"
DASHBOARD_SLUG = "roles-warehouse"
DASHBOARD_FILE = Path(__file__).with_name("dashboard.json")
# Read-only, and no file or network access from SQL: without enable_external_access=false a SQL Lab
# user could read_csv('/etc/passwd') or ATTACH another database file on the server.
EXTRA = {
    "engine_params": {"connect_args": {"read_only": True, "config": {"enable_external_access": False}}},
    "allows_virtual_table_explore": True,
}


def warehouse_uri(warehouse: Path) -> str:
    # abspath, not resolve(): `warehouse` is a symlink swapped at each build, and every new
    # connection must follow the link to the current build.
    db = os.path.join(os.path.abspath(warehouse), "roles.duckdb")
    return f"duckdb:///{db}?access_mode=read_only"


class Api:
    """Superset's REST API through its Flask test client, logged in like the UI (JWT + CSRF token)."""

    def __init__(self, client, username: str, password: str) -> None:
        self.client = client
        login = client.post("/api/v1/security/login",
                            json={"username": username, "password": password, "provider": "db", "refresh": False})
        if login.status_code != 200:
            raise SystemExit(f"error: cannot log in to Superset as {username!r}: {login.get_data(as_text=True)}")
        self.headers = {"Authorization": f"Bearer {login.get_json()['access_token']}"}
        csrf = client.get("/api/v1/security/csrf_token/", headers=self.headers).get_json()["result"]
        self.headers |= {"X-CSRFToken": csrf, "Referer": "http://localhost/"}

    def call(self, method: str, path: str, body: dict | None = None, ok=(200, 201)) -> dict:
        response = self.client.open(path, method=method, json=body, headers=self.headers)
        if response.status_code not in ok:
            raise SystemExit(f"error: {method} {path} -> {response.status_code}: {response.get_data(as_text=True)[:2000]}")
        return response.get_json()

    def find(self, resource: str, column: str, value) -> dict | None:
        import prison

        query = prison.dumps({"filters": [{"col": column, "opr": "eq", "value": value}], "page_size": 100})
        found = self.call("GET", f"/api/v1/{resource}/?q={query}")["result"]
        return found[0] if found else None


def ensure_database(api: Api, uri: str) -> int:
    body = {"database_name": DATABASE_NAME, "sqlalchemy_uri": uri, "extra": json.dumps(EXTRA),
            "expose_in_sqllab": True, "allow_dml": False, "allow_file_upload": False, "allow_run_async": False}
    existing = api.find("database", "database_name", DATABASE_NAME)
    if existing:
        api.call("PUT", f"/api/v1/database/{existing['id']}", body)
        return existing["id"]
    return api.call("POST", "/api/v1/database/", body)["id"]


def ensure_dataset(api: Api, database_id: int, table: str) -> int:
    existing = api.find("dataset", "table_name", table)
    if existing:
        # the build may have added columns: sync them like "Sync columns from source" in the UI
        api.call("PUT", f"/api/v1/dataset/{existing['id']}/refresh")
        return existing["id"]
    return api.call("POST", "/api/v1/dataset/",
                    {"database": database_id, "schema": "main", "table_name": table})["id"]


def query_context(dataset_id: int, params: dict) -> dict:
    """What Explore sends to /api/v1/chart/data for a chart's form data."""
    metrics = params.get("metrics") or ([params["metric"]] if params.get("metric") else [])
    if params.get("query_mode") == "raw":
        query = {"columns": params["all_columns"], "metrics": [],
                 "orderby": [[c, True] for c in params.get("order_by_cols", [])]}
    else:
        axis = [params["x_axis"]] if params.get("x_axis") else []
        query = {"columns": axis + params.get("groupby", []), "metrics": metrics,
                 "orderby": [[metrics[0], False]] if metrics else []}
    query |= {"filters": params.get("filters", []), "extras": {"having": "", "where": ""},
              "row_limit": params.get("row_limit", 1000)}
    return {"datasource": {"id": dataset_id, "type": "table"}, "force": False, "queries": [query],
            "form_data": params, "result_format": "json", "result_type": "full"}


def ensure_dashboard(api: Api, datasets: dict[str, int]) -> int:
    spec = json.loads(DASHBOARD_FILE.read_text())
    existing = api.find("dashboard", "slug", DASHBOARD_SLUG)
    if existing:
        dashboard_id = existing["id"]
    else:
        dashboard_id = api.call("POST", "/api/v1/dashboard/", {
            "dashboard_title": spec["title"], "slug": DASHBOARD_SLUG, "published": True})["id"]
    layout = {"DASHBOARD_VERSION_KEY": "v2", "ROOT_ID": {"type": "ROOT", "id": "ROOT_ID", "children": ["GRID_ID"]},
              "GRID_ID": {"type": "GRID", "id": "GRID_ID", "children": [], "parents": ["ROOT_ID"]},
              "HEADER_ID": {"id": "HEADER_ID", "type": "HEADER", "meta": {"text": spec["title"]}}}
    for i, chart in enumerate(spec["charts"]):
        if chart["dataset"] not in datasets:
            raise SystemExit(f"error: the example dashboard needs the mart {chart['dataset']!r}, "
                             f"which is not among the datasets ({', '.join(sorted(datasets))})")
        dataset_id = datasets[chart["dataset"]]
        params = chart["params"] | {"datasource": f"{dataset_id}__table", "viz_type": chart["viz_type"]}
        # the UI keeps filters as adhoc_filters in the form data
        params["adhoc_filters"] = [{"expressionType": "SIMPLE", "clause": "WHERE", "subject": f["col"],
                                    "operator": f["op"], "comparator": f["val"]} for f in params.get("filters", [])]
        body = {"slice_name": chart["name"], "viz_type": chart["viz_type"], "datasource_id": dataset_id,
                "datasource_type": "table", "params": json.dumps(params),
                "query_context": json.dumps(query_context(dataset_id, params)), "dashboards": [dashboard_id]}
        found = api.find("chart", "slice_name", chart["name"])
        chart_id = (api.call("PUT", f"/api/v1/chart/{found['id']}", body)["id"] if found
                    else api.call("POST", "/api/v1/chart/", body)["id"])
        row, key = f"ROW-{i // 2}", f"CHART-{i}"
        if row not in layout:
            layout[row] = {"type": "ROW", "id": row, "children": [], "parents": ["ROOT_ID", "GRID_ID"],
                           "meta": {"background": "BACKGROUND_TRANSPARENT"}}
            layout["GRID_ID"]["children"].append(row)
        layout[row]["children"].append(key)
        layout[key] = {"type": "CHART", "id": key, "children": [], "parents": ["ROOT_ID", "GRID_ID", row],
                       "meta": {"chartId": chart_id, "width": 6, "height": 50, "sliceName": chart["name"]}}
    api.call("PUT", f"/api/v1/dashboard/{dashboard_id}", {
        "dashboard_title": spec["title"], "position_json": json.dumps(layout), "published": True,
        "json_metadata": json.dumps({"color_scheme": "", "refresh_frequency": 0, "expanded_slices": {},
                                     "label_colors": {}, "timed_refresh_immune_slices": [],
                                     "cross_filters_enabled": True})})
    return dashboard_id


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warehouse", type=Path, required=True, help="The warehouse folder (the symlink).")
    parser.add_argument("--datasets", required=True, help="Comma-separated marts to register as datasets.")
    parser.add_argument("--username", default=os.environ.get("SUPERSET_ADMIN_USER", "admin"))
    parser.add_argument("--password", default=os.environ.get("SUPERSET_ADMIN_PASSWORD", "admin"))
    args = parser.parse_args(argv)
    if not (args.warehouse / "roles.duckdb").exists():
        print(f"error: {args.warehouse / 'roles.duckdb'} does not exist; run `make ingest` first.", file=sys.stderr)
        return 2

    from superset.app import create_app

    app = create_app()
    # No outer app context: each request gets its own (and its own g.user), as on a server.
    api = Api(app.test_client(), args.username, args.password)
    database_id = ensure_database(api, warehouse_uri(args.warehouse))
    listed = api.call("GET", f"/api/v1/database/{database_id}/tables/?q=(schema_name:main,force:!t)")["result"]
    tables = {t["value"] for t in listed}
    wanted = [name for name in args.datasets.split(",") if name]
    missing = [name for name in wanted if name not in tables]
    if missing:
        print(f"error: {', '.join(missing)} not found in {args.warehouse}/roles.duckdb; "
              "rebuild it with `make ingest`.", file=sys.stderr)
        return 2
    datasets = {name: ensure_dataset(api, database_id, name) for name in wanted}
    dashboard_id = ensure_dashboard(api, datasets)
    print(f"Superset: database {DATABASE_NAME!r} (id {database_id}) -> {warehouse_uri(args.warehouse)}")
    print(f"  datasets: {', '.join(wanted)}")
    print(f"  dashboard: /superset/dashboard/{DASHBOARD_SLUG}/ (id {dashboard_id})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
