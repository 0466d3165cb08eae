# Meeting Digest: `make site` builds the site, `make test` runs every test (as CI does).
# Both set up the local virtualenv (.venv) first; Python 3.11+ is the only requirement.
# `make test-fast` is the everyday loop: every test but those marked slow or browser.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site test test-fast serve check extract clean world-data

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

site: $(STAMP)
	$(BIN)/digest build

test: $(STAMP)
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow and not browser"

serve: $(STAMP)
	$(BIN)/digest serve

check: $(STAMP)
	$(BIN)/digest check

extract: $(STAMP)
	$(BIN)/digest extract

# Regenerates generator/world/data/ from CLDR, GeoNames and iso-codes (needs the Debian
# packages libgeonames-common and iso-codes; see README, "World knowledge").
world-data: $(STAMP)
	$(BIN)/python scripts/world_data.py --report

clean:
	rm -rf site site.zip .digest-cache .cache/site .pytest_cache
