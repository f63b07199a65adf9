# Two entry points: `make demo` (set up + run the main job on the bundled example corpus)
# and `make test` (set up + run the tests). Everything else is for developers.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= out

.PHONY: demo test setup eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

setup: $(VENV)/.installed

# The example corpus was saved on 2025-08-01: relative dates ("vor 3 Wochen") resolve against it.
demo: setup
	mkdir -p $(OUT)
	$(BIN)/lagebild analyze examples/corpus --crawled 2025-08-01 --db $(OUT)/example.sqlite --report $(OUT)/report.html
	@echo "report: $(abspath $(OUT))/report.html"

test: setup
	$(BIN)/python -m pytest

eval: setup
	$(BIN)/lagebild eval all

bench: setup
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(OUT) .pytest_cache
