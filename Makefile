# AgentDesk: `make run` opens the app on the demo workspace, `make test` runs every check.
# Both set up everything they need on a fresh Debian 12 machine (system packages as root, Python in .venv).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint typecheck pytest bench screenshots system-run system-test translations clean help \
	package package-test system-package

help:
	@echo "make run          set up and open AgentDesk on the demo workspace"
	@echo "make test         set up, lint, type-check and run the whole test suite"
	@echo "make bench        benchmarks against real servers and peer tools (slow)"
	@echo "make screenshots  render the main window to docs/screenshots/"
	@echo "make translations refresh resources/translations/*.ts from the code (lupdate), then compile them"
	@echo "make package      build the frozen app (dist/agentdesk/) and the .deb (dist/*.deb)"
	@echo "make package-test install that .deb, run it offscreen and under Xvfb, remove it"

system-run:
	@sh scripts/system-packages.sh run

system-test:
	@sh scripts/system-packages.sh test

system-package:
	@sh scripts/system-packages.sh package

$(VENV)/.runtime: pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e .
	@touch $@

$(VENV)/.dev: pyproject.toml $(VENV)/.runtime
	$(PY) -m pip install -q -e '.[dev]'
	@touch $@

# The window's translations: .ts sources in git, .qm compiled by the build (lrelease, from PySide6).
QM := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))

resources/translations/%.qm: resources/translations/%.ts $(VENV)/.runtime
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(VENV)/.dev
	$(PY) scripts/translations.py update
	$(PY) scripts/translations.py release

run: system-run $(VENV)/.runtime $(QM)
	$(BIN)/agentdesk demo

lint: $(VENV)/.dev
	$(BIN)/ruff check agentdesk tests bench installer
	$(BIN)/ruff format --check agentdesk tests bench installer

typecheck: $(VENV)/.dev
	$(BIN)/mypy

pytest: $(VENV)/.dev $(QM)
	$(BIN)/python -m pytest -q

test: system-test $(VENV)/.dev lint typecheck pytest

screenshots: system-run $(VENV)/.dev $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py docs/screenshots

# The bundle and the .deb (installer/README.md has the Windows, macOS and AppImage recipes).
package: system-package $(VENV)/.dev $(QM)
	$(PY) installer/build.py all

package-test: package
	$(PY) installer/smoke.py --screenshot dist/main-window.png

bench: $(VENV)/.dev
	@sh scripts/system-packages.sh bench
	$(PY) -m bench

clean:
	rm -rf $(VENV) build dist *.egg-info
