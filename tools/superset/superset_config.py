"""Superset configuration for `make superset`: metadata in a local folder, loopback only.

Superset reads this file through SUPERSET_CONFIG_PATH; SUPERSET_HOME (set by the Makefile,
default .superset/ in the repository, git-ignored) holds the metadata database, the log and
a secret key generated on first use.
"""
import os
import secrets
from pathlib import Path

DATA_DIR = os.environ["SUPERSET_HOME"]
Path(DATA_DIR).mkdir(parents=True, exist_ok=True)


def _secret_key() -> str:
    # One random key per local instance, kept beside its metadata (never committed).
    path = Path(DATA_DIR) / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(48))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = os.environ.get("SUPERSET_SECRET_KEY") or _secret_key()
SQLALCHEMY_DATABASE_URI = f"sqlite:///{Path(DATA_DIR) / 'superset.db'}?check_same_thread=false"
SQLALCHEMY_EXAMPLES_URI = f"sqlite:///{Path(DATA_DIR) / 'examples.db'}?check_same_thread=false"
# No Celery/Redis here: SQL Lab runs queries synchronously in the web process.
RESULTS_BACKEND = None
# A local, single-user instance: no outbound requests for map tiles or telemetry.
MAPBOX_API_KEY = ""
TALISMAN_ENABLED = False
RATELIMIT_STORAGE_URI = "memory://"
