# Role-pages warehouse. `make help` lists the targets.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
RAW       ?= raw
WAREHOUSE ?= warehouse

.DEFAULT_GOAL := help
.PHONY: help install ingest test check sql fetch bench dictionary clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-11s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11+ is required ($(PYTHON))"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP) ## Create .venv/ and install the pipeline with its pinned dependencies

ingest: $(STAMP) ## Build warehouse/ from raw/ (ARGS="--strict --full --jobs N" to pass options)
	$(BIN)/pipeline ingest --raw $(RAW) --warehouse $(WAREHOUSE) $(ARGS)

test: $(STAMP) ## Run the test suite
	$(BIN)/pytest

check: $(STAMP) ## Run the SQL data tests on the built warehouse
	$(BIN)/pipeline check --warehouse $(WAREHOUSE)

sql: $(STAMP) ## Open the warehouse read-only in the DuckDB CLI
	@test -e $(WAREHOUSE)/roles.duckdb || { echo "No warehouse yet: run 'make ingest' first."; exit 1; }
	$(BIN)/duckdb -readonly $(WAREHOUSE)/roles.duckdb

fetch: $(STAMP) ## Capture pages politely into raw/: make fetch URLS=urls.txt
	@test -n "$(URLS)" || { echo "usage: make fetch URLS=file-with-one-url-per-line"; exit 2; }
	$(BIN)/pipeline fetch --urls $(URLS) --raw $(RAW)

bench: $(STAMP) ## Speed, memory and view benchmark against issue-9 targets: make bench N=20000 [BENCH_ARGS="--no-fail --json r.json"]
	$(BIN)/python -m benchmarks.bench --pages $(or $(N),2000) $(BENCH_ARGS)

dictionary: $(STAMP) ## Regenerate docs/data_dictionary.md from the schema registry
	$(BIN)/pipeline dictionary --out docs/data_dictionary.md

clean: ## Remove the warehouse, its builds and the parse cache (keeps raw/ and .venv/)
	rm -rf $(WAREHOUSE) .$(WAREHOUSE).builds .$(WAREHOUSE).lock .cache
