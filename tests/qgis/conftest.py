"""QGIS test fixtures: pytest-qgis provides the QgsApplication; we register the Coodiag provider once."""
from __future__ import annotations

import pytest
from qgis.core import QgsApplication


@pytest.fixture(scope="session")
def coodiag_provider(qgis_app, qgis_processing):
    from coodiag.processing_algorithms.provider import CoodiagProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("coodiag") is None:
        registry.addProvider(CoodiagProvider())
    return registry.providerById("coodiag")
