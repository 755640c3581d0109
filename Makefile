# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test install docs check-docs clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Stamp files make re-runs cheap; they are redone when pyproject.toml changes.
$(VENV)/.runtime: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e .
	touch $@

$(VENV)/.test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(VENV)/.runtime $@

install: $(VENV)/.runtime

# Convert the bundled example rules into out/ and show one of the Actions.
demo: $(VENV)/.runtime
	$(BIN)/rules2actions convert examples/rules -o out --force
	@echo
	@echo "==> out/geo-audit.js"
	@cat out/geo-audit.js

# black --check, then the test suite (pytest's exit code 5, "no tests collected", is a failure
# of the set-up, not a pass, so it is reported as such).
test: $(VENV)/.test
	$(BIN)/black --check --quiet converter tests bench
	$(BIN)/python -m pytest -q; rc=$$?; \
	  if [ $$rc -eq 5 ]; then echo "pytest collected no tests" >&2; exit 1; fi; exit $$rc

docs: $(VENV)/.runtime
	$(BIN)/python -m converter.explain

clean:
	rm -rf $(VENV) out build dist .pytest_cache

# The benchmark (docs/performance.md): the real-sized and the uniform synthetic corpora under
# bench/ (gitignored), jscodeshift from npm into bench/.cache/ (SKIP without Node or network),
# PASS/FAIL per target. BENCH_ARGS="--only real", "--tiny", "--baseline BIN", "--no-fail".
bench: $(VENV)/.runtime
	$(BIN)/python bench/run.py $(BENCH_ARGS)
