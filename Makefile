# Volia — the two commands of the README:
#   make demo   set up, load the demo registry into ./volia.db and serve the web app
#   make test   set up with the test extras and run the whole suite (SQLite, and PostgreSQL
#               when one answers on 127.0.0.1:5432 or VOLIA_TEST_POSTGRES_URL is set)

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB ?= sqlite:///./volia.db
HOST   ?= 127.0.0.1
PORT   ?= 8000
PG_DEFAULT := postgresql+psycopg://postgres@127.0.0.1:5432/test

.PHONY: demo test test-fast install chromium lint bench clean

$(STAMP): pyproject.toml requirements-nlp.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-nlp.txt
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/volia demo --db $(DEMO_DB) --fresh
	$(BIN)/volia serve --db $(DEMO_DB) --host $(HOST) --port $(PORT)

# Debian's chromium for the browser tests (never a downloaded browser). Needs root, as on
# the project's machines; elsewhere the browser tests skip and say why.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium missing and not root: browser tests will be skipped"; fi; }

test: $(STAMP) chromium
	@url="$${VOLIA_TEST_POSTGRES_URL:-}"; \
	if [ -z "$$url" ] && $(BIN)/python -c "import psycopg; psycopg.connect('host=127.0.0.1 port=5432 user=postgres dbname=test', connect_timeout=3).close()" 2>/dev/null; then \
	  url="$(PG_DEFAULT)"; fi; \
	if [ -n "$$url" ]; then echo "PostgreSQL tests on $$url"; else echo "PostgreSQL not reachable: SQLite only"; fi; \
	VOLIA_TEST_POSTGRES_URL="$$url" $(BIN)/pytest -n 2 --dist loadfile -q

test-fast: $(STAMP)
	$(BIN)/pytest -n 2 -q -m "not slow and not browser"

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python benchmarks/core.py

clean:
	rm -rf $(VENV) volia.db volia.db-wal volia.db-shm public.db
