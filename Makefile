# l10n: every target builds what it needs, so each works on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
ARTICLE := tests/fixtures/articles/vietnamplus-iom-trafficking-2025.fr.txt
REVISED := tests/fixtures/articles/vietnamplus-iom-trafficking-2025.fr.revised.txt
OUT    := out
KEY    := https://www.vietnamplus.vn/viet-nam-da-dat-duoc-ket-qua-vuot-bac-trong-phong-chong-mua-ban-nguoi-post1052174.vnp

FUZZ_SECONDS ?= 600
FUZZ_TARGETS := $(basename $(notdir $(filter-out fuzz/__init__.py fuzz/harness.py fuzz/run.py,$(wildcard fuzz/*.py))))
FUZZ_STAMP := $(VENV)/.fuzz-stamp

.PHONY: install demo demo-lifecycle test test-weblate lint bench tools clean fuzz lock

# constraints.txt pins every runtime and test dependency (and pip, setuptools) to the versions
# last tested, so a fresh clone installs what CI passed with, whatever was released since.
# PIP_CONSTRAINT reaches pip's isolated build environment too (setuptools for `-e .`).
LOCK   := constraints.txt
PIN    := PIP_CONSTRAINT=$(CURDIR)/$(LOCK)

$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(PIN) $(BIN)/python -m pip install --quiet --upgrade pip
	$(PIN) $(BIN)/python -m pip install --quiet -e '.[dev,dask]'
	touch $(STAMP)

# Refresh the pins after a dependency changes in pyproject.toml (or to take new releases):
# a throw-away virtual environment gets the newest versions pyproject.toml allows, and its
# list becomes constraints.txt. Review the diff, run `make test`, commit both files.
lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet --upgrade pip setuptools
	.lock-venv/bin/python -m pip install --quiet -e '.[dev,dask]'
	{ echo "# Pinned runtime and test dependencies: make lock rewrites this file."; \
	  echo "# $$(.lock-venv/bin/python --version), $$(uname -sm)"; \
	  .lock-venv/bin/python -m pip freeze --all --exclude-editable | LC_ALL=C sort -f; \
	} > $(LOCK).tmp
	mv $(LOCK).tmp $(LOCK)
	rm -rf .lock-venv

install: $(STAMP) tools

# GNU gettext (msgfmt, msgcat) checks our PO files in the tests; install it when missing.
# Chromium renders exported pages in the browser tests; they skip, saying why, without it
# (and fail under CI=true, where a skip would go unseen).
tools:
	@command -v msgcat >/dev/null 2>&1 || { \
	  echo "installing GNU gettext"; \
	  (apt-get update -qq && apt-get install -y -qq gettext >/dev/null) || \
	  { echo "l10n: error: GNU gettext is missing. Install it (apt-get install gettext)"; exit 2; }; }
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing chromium (browser tests)"; \
	  (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) || \
	  echo "l10n: note: chromium could not be installed; the browser tests will skip (fail in CI)"; }

# The demo needs only the package: no gettext, no browser.
demo: $(STAMP)
	$(BIN)/l10n ingest $(ARTICLE) --lang fr --to vi,en
	@for lang in fr vi en; do for fmt in html md txt json; do \
	  $(BIN)/l10n export --lang $$lang --format $$fmt -o $(OUT) || exit $$?; \
	done; done
	$(BIN)/l10n check
	@for lang in vi en; do \
	  $(BIN)/l10n review $(KEY) --lang $$lang -o $(OUT)/review-$$lang.html || exit $$?; \
	done
	$(BIN)/l10n status
	@$(MAKE) --no-print-directory demo-lifecycle

# The article is revised (a figure changed, a sentence added): re-ingested into a throw-away
# copy of the catalogs, it shows fuzzy and new units, and export refuses to publish until
# they are reviewed. The committed catalogs are not touched.
demo-lifecycle: $(STAMP)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && cp -R catalogs "$$tmp/catalogs" && \
	echo "== lifecycle: the article revised (840 -> 850 victims, one sentence added), in $$tmp" && \
	$(BIN)/l10n ingest $(REVISED) --catalogs "$$tmp/catalogs" && \
	$(BIN)/l10n status --catalogs "$$tmp/catalogs" && \
	if $(BIN)/l10n export --lang vi -o "$$tmp/out" --catalogs "$$tmp/catalogs"; then \
	  echo "l10n: demo: an unreviewed article was published"; exit 1; \
	else echo "== not published until reviewed (exit 1, as expected)"; fi

test: install
	$(BIN)/python -m pytest -q

# The live Weblate cycle: tests/weblate/env.sh installs Weblate (cached in ~/.cache/l10n-weblate),
# starts PostgreSQL, Redis, Celery, Weblate and git daemon on 127.0.0.1, runs the test, stops them.
test-weblate: install
	bash tests/weblate/env.sh $(BIN)/python -m pytest -q -p no:randomly tests/test_weblate_live.py

lint: install
	$(BIN)/ruff check l10n tests benchmarks fuzz
	$(BIN)/ruff format --check l10n tests benchmarks fuzz
	$(BIN)/mypy

bench: install
	$(BIN)/python -m benchmarks.run

# Coverage-guided fuzzing (atheris): each target for FUZZ_SECONDS; `make -j2 fuzz` runs two
# at a time. Results go to .fuzz/results.tsv, crashing inputs to .fuzz/crashes/.
$(FUZZ_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet 'atheris>=2.3'
	touch $@

fuzz: $(addprefix fuzz-,$(FUZZ_TARGETS))

fuzz-%: $(FUZZ_STAMP)
	$(BIN)/python -m fuzz.run $* $(FUZZ_SECONDS)

clean:
	rm -rf $(OUT) .pytest_cache .mypy_cache .ruff_cache
