# Two commands do all set-up on a fresh machine:
#   make demo   install everything, ingest a real corpus, write report + export
#   make test   install everything, run the tests
PYTHON ?= python3.11
VENV   ?= .venv
BIN     = $(VENV)/bin
SAMPLES = ../shared/samples/venezuela-2019
CORPUS  = $(if $(wildcard $(SAMPLES)),$(SAMPLES),examples/voa)
OUT    ?= out

.PHONY: install demo test bench eval lock clean

install: $(VENV)/.installed

$(VENV)/.installed: requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade "pip==25.3"
	$(BIN)/pip install -q --require-hashes --no-deps -r requirements.lock
	$(BIN)/pip install -q --no-deps -e .
	touch $@

demo: install
	mkdir -p $(OUT)
	$(BIN)/chronicle ingest $(CORPUS) --db $(OUT)/chronicle.duckdb
	$(BIN)/chronicle report --db $(OUT)/chronicle.duckdb --out $(OUT)/report.html
	$(BIN)/chronicle export --db $(OUT)/chronicle.duckdb --format json --out $(OUT)/chronicle.json
	$(BIN)/chronicle stats --db $(OUT)/chronicle.duckdb
	@echo "open $(OUT)/report.html in a browser"

test: install
	CHRONICLE_NO_PROGRESS=1 $(BIN)/python -m pytest -n 2 -p no:cacheprovider

bench: install
	$(BIN)/python benchmarks/bench_ingest.py

eval: install
	for script in eval/*_eval.py eval/time_tempeval.py; do [ -f $$script ] && $(BIN)/python $$script; done

# Re-pin every dependency, with hashes, from pyproject.toml.
lock:
	$(BIN)/pip install -q "uv==0.13.8"
	$(BIN)/uv pip compile pyproject.toml --extra test --extra eval --generate-hashes --python-version 3.11 -o requirements.lock

clean:
	rm -rf $(VENV) $(OUT) *.egg-info
