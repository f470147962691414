# sitrep — everything a fresh machine needs is installed from this repository's own files.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SITREP := $(BIN)/sitrep
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint train bench clean

$(STAMP): pyproject.toml package-lock.json scripts/setup_web.sh
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	bash scripts/setup_web.sh
	touch $(STAMP)

setup: $(STAMP)

demo: setup
	rm -f sitrep-demo.db
	$(SITREP) ingest src/sitrep/data/sample --db sitrep-demo.db
	$(SITREP) events --db sitrep-demo.db --format table
	$(SITREP) events --db sitrep-demo.db --format csv > events.csv
	$(SITREP) events --db sitrep-demo.db --format geojson > events.geojson
	@echo
	@echo "Wrote events.csv and events.geojson (database: sitrep-demo.db)."
	@echo "To explore them: $(SITREP) serve --db sitrep-demo.db  then open http://127.0.0.1:8080/"

test: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check src tests bench

train: setup
	$(BIN)/python -m sitrep.nlp.train
	$(BIN)/python -m sitrep.nlp.train_post_dates

clean:
	rm -rf $(VENV) build *.egg-info sitrep-demo.db events.csv events.geojson
