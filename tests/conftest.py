"""Test bootstrap shared by unit and QGIS tests. Must not import qgis.

The repository root is the plugin folder; it is registered as the package ``coodiag`` so that tests
import ``coodiag.processing_algorithms...`` whatever the checkout folder is called.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if "coodiag" not in sys.modules:
    _spec = importlib.util.spec_from_file_location(
        "coodiag", ROOT / "__init__.py", submodule_search_locations=[str(ROOT)]
    )
    _module = importlib.util.module_from_spec(_spec)
    sys.modules["coodiag"] = _module
    _spec.loader.exec_module(_module)

SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """Small fixtures committed with the tests."""
    return ROOT / "tests" / "data"


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    """The sample territory shipped with the plugin (resources/sample)."""
    return ROOT / "resources" / "sample"
