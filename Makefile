# The two commands a newcomer needs: `make run` and `make test`. Both build .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench screenshots installer installer-test clean translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m cohortdesk

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# The layers contract, no import cycles (counting TYPE_CHECKING imports), style, types, dead code.
lint: $(STAMP)
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_architecture.py
	$(BIN)/ruff check cohortdesk tests bench main.py
	$(BIN)/mypy cohortdesk
	$(BIN)/vulture cohortdesk bench tests --min-confidence 60 --exclude "*/migrations/*" \
		--ignore-decorators "@case,@pytest.fixture"

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.run
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.sync_bench --scale 1

# The app's Spanish catalogue: collect every tr()/translate() string of cohortdesk/ui into the .ts
# (new ones unfinished, removed ones dropped), then translate them there (docs/glossary-es.md).
# No build step follows: the app compiles the .ts with lrelease on first use (ui/i18n/__init__.py).
TS := cohortdesk/ui/i18n/cohortdesk_es.ts
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -extensions py -locations none -no-obsolete -source-language en \
		-target-language es cohortdesk/ui -ts $(TS)

# docs/images/app-*.png and dialog-*.png at 1366×768, under Xvfb (apt install xvfb).
screenshots: $(STAMP)
	xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/python -m cohortdesk.ui.shell.screenshots docs/images

clean:
	rm -rf $(VENV) build dist *.egg-info

# The installer for this OS (installer/README.md); PyInstaller comes from the `installer` extra.
installer: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[installer]'
	$(BIN)/python installer/build.py

# Builds the tarball afresh, then runs it from an empty folder with no venv on PATH (Linux).
installer-test: installer
	installer/linux/test_tarball.sh dist/$$($(BIN)/python installer/buildinfo.py tarball)
