# Coodiag — developer commands. `make demo` and `make test` are the two README commands.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
QGIS_PY ?= /usr/bin/python3
APT_PACKAGES := qgis python3-qgis qgis-providers python3-gdal python3-pandas python3-scipy xvfb xauth \
                poppler-utils qttools5-dev-tools pyqt5-dev-tools python3-venv
export QT_QPA_PLATFORM ?= offscreen
export XDG_RUNTIME_DIR ?= /tmp/runtime-$(shell id -u)
export PYTHONDONTWRITEBYTECODE := 1
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)

.PHONY: setup test test-unit test-qgis demo package bench bench-quick bench-scale lint i18n i18n-update i18n-compile \
        screenshots deploy clean

$(VENV)/.setup-done: Makefile
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing with apt:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q --no-install-recommends $$missing; \
	fi
	@[ -x $(PY) ] || $(QGIS_PY) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check "pytest>=7" "pytest-qgis>=1.3" "ruff>=0.4"
	@mkdir -p $(XDG_RUNTIME_DIR) && chmod 700 $(XDG_RUNTIME_DIR)
	@touch $@

setup: $(VENV)/.setup-done ## install apt packages and the venv (idempotent)

i18n-compile: setup ## build the .qm files from the committed .ts
	@for ts in resources/i18n/*.ts; do lrelease -silent "$$ts" -qm "$${ts%.ts}.qm"; done

i18n-update: setup ## refresh the .ts from the Python sources (pylupdate5)
	$(PY) scripts/i18n.py update

i18n: i18n-update i18n-compile

test-unit: setup
	cd tests && ../$(PY) -m pytest -p no:qgis unit -q

test-qgis: setup i18n-compile ## pytest-qgis keeps its QGIS profile under --rootdir: a temporary folder
	@tmp=$$(mktemp -d); cd tests && ../$(PY) -m pytest -c pytest.ini --rootdir=$$tmp qgis -q; rc=$$?; \
	rm -rf $$tmp; exit $$rc

test: test-unit test-qgis ## unit tests (no QGIS) then QGIS tests headless

demo: setup i18n-compile ## whole diagnostic on the sample territory → output/demo/
	$(PY) scripts/demo.py --output output/demo

bench: setup ## benchmarks (ratios against independent bounds and QGIS native algorithms; rewrites the README section)
	$(PY) -m pip install -q --disable-pip-version-check scipy || true
	$(PY) scripts/bench.py

bench-quick: setup ## benchmarks on smaller data (a few minutes)
	$(PY) scripts/bench.py --quick

bench-scale: setup ## région-size scale check: times and peak memory
	$(PY) scripts/bench.py --scale

lint: setup
	$(VENV)/bin/ruff check .

package: setup i18n-compile ## dist/coodiag-<version>.zip, installable from ZIP
	$(PY) scripts/package.py --output dist/coodiag-$(VERSION).zip

screenshots: setup i18n-compile
	$(PY) scripts/screenshots.py --output output/screenshots --readme

deploy: package ## symlink the working tree into the default QGIS profile
	mkdir -p $(HOME)/.local/share/QGIS/QGIS3/profiles/default/python/plugins
	ln -sfn $(CURDIR) $(HOME)/.local/share/QGIS/QGIS3/profiles/default/python/plugins/coodiag

clean:
	rm -rf output dist .pytest_cache tests/.pytest_cache
