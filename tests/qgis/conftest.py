"""QGIS test fixtures: pytest-qgis provides the QgsApplication; we register the Coodiag provider once."""
from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsProject

# the shared helpers (qgis_helpers, publicdata_helpers) import by name whatever file pytest starts with
sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture(scope="session")
def coodiag_provider(qgis_app, qgis_processing):
    from coodiag.processing_algorithms.provider import CoodiagProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("coodiag")
    if provider is None:
        provider = CoodiagProvider()
        registry.addProvider(provider)
    yield provider
    # Tear down Python-owned QGIS objects before QGIS exits (otherwise exitQgis may crash the process).
    QgsProject.instance().clear()
    if registry.providerById("coodiag") is not None:
        registry.removeProvider("coodiag")
    gc.collect()


def _clear_dead_frames() -> None:
    """Clear the locals of finished frames still referenced from tracebacks (a processAlgorithm that raised,
    a test that used pytest.raises): they keep QGIS layers alive until Python finalises, after QGIS has
    exited, and the process then crashes in the OGR provider's destructor."""
    import inspect
    import sys
    import types

    for name in ("last_type", "last_value", "last_traceback", "last_exc"):
        if hasattr(sys, name):
            setattr(sys, name, None)
    for obj in gc.get_objects():
        if isinstance(obj, types.FrameType) and not obj.f_code.co_flags & (
            inspect.CO_GENERATOR | inspect.CO_COROUTINE | inspect.CO_ASYNC_GENERATOR
        ):
            try:
                obj.clear()
            except RuntimeError:  # still executing
                pass
    gc.collect()


@pytest.fixture(autouse=True)
def _release_failed_runs():
    yield
    _clear_dead_frames()


@pytest.fixture(autouse=True, scope="session")
def _release_before_qgis_exits(qgis_app):
    yield
    QgsProject.instance().clear()
    _clear_dead_frames()

