# gweb: `make run` serves a demo site, `make test` runs every test.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
HOST ?= 127.0.0.1
PORT ?= 8080
# Test workers (pytest-xdist): one more than the cores, since many tests wait on
# PostgreSQL, Redis or Chromium rather than compute; JOBS=0 runs in one process.
JOBS ?= $(shell echo $$(( $$(nproc 2>/dev/null || echo 1) + 1 )))
BIN := $(VENV)/bin
GWEB := $(BIN)/gweb

.PHONY: run test install translations extract-messages clean

run: $(VENV)/.installed translations
	$(GWEB) init
	$(GWEB) plugins enable --all
	$(GWEB) demo --base-url http://$(HOST):$(PORT)
	$(GWEB) serve --host $(HOST) --port $(PORT)

test: $(VENV)/.test-installed translations
	$(BIN)/python -m pytest -n $(JOBS) --dist loadscope --durations=15 $(PYTEST_ARGS)

install: $(VENV)/.installed

$(VENV)/.installed: setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# Compiled catalogues are built, not committed.
translations: $(VENV)/.installed
	$(BIN)/pybabel compile --statistics -d translations 2>&1 | grep -v "^compiling"; true

# For developers: refresh translations/messages.pot and merge it into lo and en.
extract-messages: $(VENV)/.installed
	$(BIN)/pybabel extract -F babel.cfg -k _l -k lazy_gettext --sort-output \
		--project gweb -o translations/messages.pot gweb
	$(BIN)/pybabel update -N -i translations/messages.pot -d translations

clean:
	rm -rf $(VENV) .pytest_cache
