# Two commands set everything up on a fresh machine with Python 3.11:
#   make demo   creates .venv, installs Wafd and runs it on the sample mission
#   make test   installs the development tools and runs lint, types, layers and tests

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_OUT ?= demo-output

.PHONY: demo test lint typecheck layers pytest test-postgres test-e2e format clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/wafd demo --out $(DEMO_OUT)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy

layers: $(VENV)/.installed-dev
	$(BIN)/lint-imports

pytest: $(VENV)/.installed-dev
	$(BIN)/pytest

test: lint typecheck layers pytest

# The web tests again against PostgreSQL (local server, trust auth, database "test").
WAFD_TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/test
test-postgres: $(VENV)/.installed-dev
	WAFD_TEST_DATABASE_URL=$(WAFD_TEST_DATABASE_URL) $(BIN)/pytest tests/web

# Browser end-to-end tests driving Debian's chromium (apt-get install chromium).
test-e2e: $(VENV)/.installed-dev
	$(BIN)/pytest -m e2e tests/web

format: $(VENV)/.installed-dev
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

clean:
	rm -rf $(VENV) $(DEMO_OUT) .pytest_cache .mypy_cache .ruff_cache
