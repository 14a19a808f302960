# Role-pages warehouse. `make help` lists the targets.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
RAW       ?= raw
WAREHOUSE ?= warehouse
# Superset lives in its own virtualenv: its pins (SQLAlchemy 1.4, pandas 2.1) clash with the pipeline's.
SUPERSET_VENV  := .venv-superset
SUPERSET_STAMP := $(SUPERSET_VENV)/.installed-stamp
SUPERSET_HOME  ?= .superset
SUPERSET_PORT  ?= 8088
SUPERSET_ENV    = SUPERSET_HOME=$(abspath $(SUPERSET_HOME)) FLASK_APP=superset \
                  SUPERSET_CONFIG_PATH=$(abspath tools/superset/superset_config.py)

.DEFAULT_GOAL := help
# Python keeps its bytecode caches (__pycache__/, git-ignored): where PYTHONDONTWRITEBYTECODE is set, as on some
# CI images, every process a command or a test starts would compile the pipeline's sources again (~0.5 s each).
unexport PYTHONDONTWRITEBYTECODE
.PHONY: help install system-deps ingest test check sql fetch crawl bench bench-scale score-generic generic-rules dictionary export dashboard screenshot clean superset superset-install superset-serve
CHROMIUM ?= /usr/bin/chromium
FORMAT ?= parquet
OUT    ?= export

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11+ is required ($(PYTHON))"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,scale]'
	@touch $(STAMP)

install: $(STAMP) ## Create .venv/ and install the pipeline with its pinned dependencies

ingest: $(STAMP) ## Build warehouse/ from raw/ (ARGS="--strict --full --jobs N" to pass options)
	$(BIN)/pipeline ingest --raw $(RAW) --warehouse $(WAREHOUSE) $(ARGS)
	@$(if $(filter dashboard,$(MAKECMDGOALS)),true,\
	 if [ -e $(WAREHOUSE)/dashboard.html ]; then echo "Dashboard: $(abspath $(WAREHOUSE))/dashboard.html"; \
	 else echo "Dashboard: run 'make dashboard' to write $(WAREHOUSE)/dashboard.html (one offline HTML file)."; fi)

dashboard: ingest ## Write warehouse/dashboard.html: charts of the marts, one self-contained offline file
	$(BIN)/pipeline dashboard --warehouse $(WAREHOUSE)

export: $(STAMP) ## Export every table and mart: make export FORMAT=csv|parquet OUT=export [TABLES=a,b]
	$(BIN)/pipeline export --warehouse $(WAREHOUSE) --format $(FORMAT) --out $(OUT) $(if $(TABLES),--tables $(TABLES))

system-deps: ## Install the system programs the tests need (Debian chromium, redis-server) with apt-get when missing
	@missing=""; [ -x $(CHROMIUM) ] || missing="$$missing chromium"; command -v redis-server >/dev/null 2>&1 || missing="$$missing redis-server"; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	echo "Installing$$missing with apt-get (the dashboard test opens chromium; the shared-frontier crawl test starts redis-server)..."; \
	if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null) || \
	    { echo "system-deps: 'apt-get install$$missing' failed; install these Debian packages by hand."; exit 1; }; \
	elif command -v apt-get >/dev/null 2>&1 && command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then \
	  (sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null) || \
	    { echo "system-deps: 'sudo apt-get install$$missing' failed; install these Debian packages by hand."; exit 1; }; \
	else \
	  echo "system-deps:$$missing missing and cannot be installed here (no apt-get, or not root and no sudo)."; \
	  echo "  Install them (Debian/Ubuntu: apt-get install$$missing); a chromium elsewhere: make test CHROMIUM=/path/to/chromium"; exit 1; \
	fi

screenshot: $(STAMP) system-deps ## Refresh docs/dashboard.png: the dashboard of raw/ (what make dashboard shows) in headless chromium
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(BIN)/pipeline ingest --raw raw --warehouse "$$tmp/w" --cache-dir "$$tmp/cache" --full -q && \
	$(BIN)/pipeline dashboard --warehouse "$$tmp/w" -q && \
	$(CHROMIUM) --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,1650 \
	  --screenshot=$(CURDIR)/docs/dashboard.png "file://$$tmp/w/dashboard.html" 2>/dev/null && \
	echo "wrote docs/dashboard.png"

test: $(STAMP) $(SUPERSET_STAMP) system-deps ## Run the test suite (installs .venv-superset/ and, if missing, chromium and redis-server)
	CHROMIUM=$(CHROMIUM) $(BIN)/pytest -n auto --dist loadfile $(ARGS)

check: $(STAMP) ## Run the SQL data tests on the built warehouse (one line if all pass; ARGS=-v lists each)
	@$(BIN)/pipeline check --warehouse $(WAREHOUSE) $(ARGS)

sql: $(STAMP) ## Open the warehouse read-only in the DuckDB CLI
	@test -e $(WAREHOUSE)/roles.duckdb || { echo "No warehouse yet: run 'make ingest' first."; exit 1; }
	$(BIN)/duckdb -readonly $(WAREHOUSE)/roles.duckdb

fetch: $(STAMP) ## Capture pages politely into raw/: make fetch URLS=urls.txt
	@test -n "$(URLS)" || { echo "usage: make fetch URLS=file-with-one-url-per-line"; exit 2; }
	$(BIN)/pipeline fetch --urls $(URLS) --raw $(RAW) $(ARGS)

crawl: $(STAMP) ## Crawl a site by link rules into raw/: make crawl SITE=https://example.com/ FOLLOW='/roles/'
	@test -n "$(SITE)" -a -n "$(FOLLOW)" || { echo "usage: make crawl SITE=start-url FOLLOW=link-regex [ARGS='--max-pages 500']"; exit 2; }
	$(BIN)/pipeline fetch --crawl '$(SITE)' --follow '$(FOLLOW)' --raw $(RAW) $(ARGS)

bench: $(STAMP) ## Speed, memory and view benchmark against issue-9 targets: make bench N=20000 [BENCH_ARGS="--no-fail --json r.json"]
	$(BIN)/python -m benchmarks.bench --pages $(or $(N),2000) $(BENCH_ARGS)

bench-scale: $(STAMP) ## N pages (2000) through a Dask LocalCluster from a local S3 server, next to a local run
	$(BIN)/python -m benchmarks.scale --pages $(or $(N),2000)

score-generic: $(STAMP) ## Score the generic layout on folders of labelled pages: make score-generic DIRS="a b" [ARGS=-v|--check]
	$(BIN)/python -m benchmarks.generic_score $(or $(DIRS),benchmarks/generic_corpus/*/) $(ARGS)

generic-rules: $(STAMP) ## Re-measure the generic reading rules on every labelled set (pipeline/reference/generic_rules.tsv)
	$(BIN)/python -m benchmarks.generic_score benchmarks/generic_corpus/set*/ --write-rules pipeline/reference/generic_rules.tsv

dictionary: $(STAMP) ## Regenerate docs/data_dictionary.md from the schema registry
	$(BIN)/pipeline dictionary --out docs/data_dictionary.md

$(SUPERSET_STAMP): tools/superset/requirements.txt tools/superset/constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11+ is required ($(PYTHON))"; exit 1; }
	$(PYTHON) -m venv $(SUPERSET_VENV)
	$(SUPERSET_VENV)/bin/python -m pip install --quiet --disable-pip-version-check \
		-r tools/superset/requirements.txt -c tools/superset/constraints.txt
	@touch $(SUPERSET_STAMP)

superset-install: $(SUPERSET_STAMP) ## Create .venv-superset/ (apache-superset 6.1.0 + duckdb-engine, pinned)

superset: $(STAMP) $(SUPERSET_STAMP) ## Local Superset: metadata in .superset/, warehouse read-only, mart datasets, a dashboard
	@test -e $(WAREHOUSE)/roles.duckdb || $(MAKE) --no-print-directory ingest
	@mkdir -p $(SUPERSET_HOME)
	@echo "Superset metadata in $(SUPERSET_HOME)/ (log: $(SUPERSET_HOME)/setup.log)"
	@$(SUPERSET_ENV) $(SUPERSET_VENV)/bin/superset db upgrade > $(SUPERSET_HOME)/setup.log 2>&1 \
		|| { tail -20 $(SUPERSET_HOME)/setup.log; exit 1; }
	@$(SUPERSET_ENV) $(SUPERSET_VENV)/bin/superset fab create-admin --username admin --password admin \
		--firstname Local --lastname Admin --email admin@localhost >> $(SUPERSET_HOME)/setup.log 2>&1 \
		|| { tail -20 $(SUPERSET_HOME)/setup.log; exit 1; }
	@$(SUPERSET_ENV) $(SUPERSET_VENV)/bin/superset init >> $(SUPERSET_HOME)/setup.log 2>&1 \
		|| { tail -20 $(SUPERSET_HOME)/setup.log; exit 1; }
	@$(SUPERSET_ENV) $(SUPERSET_VENV)/bin/python tools/superset/bootstrap.py --warehouse $(WAREHOUSE) \
		--datasets "$$($(BIN)/python -c 'from pipeline.schema import MARTS; print(",".join(t.name for t in MARTS))')" \
		2>> $(SUPERSET_HOME)/setup.log || { tail -20 $(SUPERSET_HOME)/setup.log; exit 1; }
	@echo "Open it: make superset-serve, then http://127.0.0.1:$(SUPERSET_PORT)/ (user admin, password admin)"

superset-serve: $(SUPERSET_STAMP) ## Serve the local Superset on 127.0.0.1:8088 (SUPERSET_PORT=) (run `make superset` first)
	@test -e $(SUPERSET_HOME)/superset.db || { echo "No Superset metadata yet: run 'make superset' first."; exit 1; }
	$(SUPERSET_ENV) $(SUPERSET_VENV)/bin/superset run -h 127.0.0.1 -p $(SUPERSET_PORT) --with-threads

clean: ## Remove the warehouse, its builds, the parse cache and export/ (keeps raw/ and .venv/)
	rm -rf $(WAREHOUSE) .$(WAREHOUSE).builds .$(WAREHOUSE).lock .$(WAREHOUSE).cache .cache export
