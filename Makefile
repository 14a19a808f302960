# Role-pages warehouse. `make help` lists the targets.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
RAW       ?= raw
WAREHOUSE ?= warehouse

.DEFAULT_GOAL := help
.PHONY: help install system-deps ingest test check sql fetch crawl bench dictionary clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-11s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11+ is required ($(PYTHON))"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP) ## Create .venv/ and install the pipeline with its pinned dependencies

system-deps: ## Install the system programs the tests need (redis-server) with apt-get when missing
	@command -v redis-server >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then apt-get update -q && apt-get install -y -q redis-server; \
	  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null && command -v apt-get >/dev/null 2>&1; then \
	    sudo apt-get update -q && sudo apt-get install -y -q redis-server; \
	  else echo "redis-server is missing and cannot be installed here: install it (Debian/Ubuntu: apt-get install redis-server) and rerun"; exit 1; fi; }

ingest: $(STAMP) ## Build warehouse/ from raw/ (ARGS="--strict --full --jobs N" to pass options)
	$(BIN)/pipeline ingest --raw $(RAW) --warehouse $(WAREHOUSE) $(ARGS)

test: $(STAMP) system-deps ## Run the test suite
	$(BIN)/pytest

check: $(STAMP) ## Run the SQL data tests on the built warehouse
	$(BIN)/pipeline check --warehouse $(WAREHOUSE)

sql: $(STAMP) ## Open the warehouse read-only in the DuckDB CLI
	@test -e $(WAREHOUSE)/roles.duckdb || { echo "No warehouse yet: run 'make ingest' first."; exit 1; }
	$(BIN)/duckdb -readonly $(WAREHOUSE)/roles.duckdb

fetch: $(STAMP) ## Capture pages politely into raw/: make fetch URLS=urls.txt
	@test -n "$(URLS)" || { echo "usage: make fetch URLS=file-with-one-url-per-line"; exit 2; }
	$(BIN)/pipeline fetch --urls $(URLS) --raw $(RAW) $(ARGS)

crawl: $(STAMP) ## Crawl a site by link rules into raw/: make crawl SITE=https://example.com/ FOLLOW='/roles/'
	@test -n "$(SITE)" -a -n "$(FOLLOW)" || { echo "usage: make crawl SITE=start-url FOLLOW=link-regex [ARGS='--max-pages 500']"; exit 2; }
	$(BIN)/pipeline fetch --crawl '$(SITE)' --follow '$(FOLLOW)' --raw $(RAW) $(ARGS)

bench: $(STAMP) ## Speed and memory benchmark on generated pages (N=2000 by default)
	$(BIN)/python -m benchmarks.bench --pages $(or $(N),2000)

dictionary: $(STAMP) ## Regenerate docs/data_dictionary.md from the schema registry
	$(BIN)/pipeline dictionary --out docs/data_dictionary.md

clean: ## Remove the warehouse, its builds and the parse cache (keeps raw/ and .venv/)
	rm -rf $(WAREHOUSE) .$(WAREHOUSE).builds .$(WAREHOUSE).lock .$(WAREHOUSE).cache .cache
