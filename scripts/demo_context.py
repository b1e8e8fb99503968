"""Headless QGIS session shared by the scripts (demo, benchmarks, screenshots, README tables)."""
from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_KEEP: list = []
_GDAL_HANDLER: list = []


def register_package() -> None:
    """Import the repo as package `coodiag` whatever the checkout folder is called."""
    if "coodiag" in sys.modules:
        return
    spec = importlib.util.spec_from_file_location(
        "coodiag", ROOT / "__init__.py", submodule_search_locations=[str(ROOT)]
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["coodiag"] = module
    spec.loader.exec_module(module)


# GDAL messages that QGIS 3.22 itself causes and that say nothing about the run: "No geometry column" when a
# Processing sink closes a GeoPackage table without geometry (native algorithms print it too)
KNOWN_GDAL_NOISE = ("No geometry column",)


def quiet_known_gdal_noise() -> None:
    """Print GDAL's messages as GDAL does (« ERROR 1: … »), except the known noise above."""
    from osgeo import gdal

    labels = {gdal.CE_Debug: "", gdal.CE_Warning: "Warning", gdal.CE_Failure: "ERROR", gdal.CE_Fatal: "FATAL"}

    def handler(level, number, message):
        if level == gdal.CE_Debug or any(noise in str(message) for noise in KNOWN_GDAL_NOISE):
            return
        print("{} {}: {}".format(labels.get(level, "ERROR"), number, message), file=sys.stderr)

    _GDAL_HANDLER.append(handler)  # GDAL holds the callback: keep it alive for the session
    gdal.PushErrorHandler(handler)


def start_qgis(locale: str | None = None):
    """Start a headless QgsApplication with Processing and the Coodiag provider; returns the app."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if locale:  # the language of this session only (layer names, legends): the user's settings are untouched
        os.environ["QGIS_COODIAG_LOCALE"] = locale
    os.environ.setdefault("OGR_SQLITE_JOURNAL", "DELETE")  # no WAL: no "unable to open database file" noise
    os.environ.setdefault("XDG_RUNTIME_DIR", f"/tmp/runtime-{os.getuid()}")
    Path(os.environ["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, exist_ok=True)
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    quiet_known_gdal_noise()
    # the language of this session only: the user's QGIS settings are left untouched
    register_package()
    from coodiag.coodiag_plugin.toolbelt import i18n

    i18n.install_translator(locale)
    from processing.core.Processing import Processing

    Processing.initialize()
    from coodiag.processing_algorithms.provider import CoodiagProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("coodiag") is None:
        provider = CoodiagProvider()
        _KEEP.append(provider)  # the registry holds a raw pointer: keep the Python object alive
        registry.addProvider(provider)
    return app


def stop_qgis(app) -> None:
    """Tear QGIS down in an order that does not crash at exit (Python-owned objects first)."""
    import gc

    from qgis.core import QgsApplication, QgsProject

    QgsProject.instance().clear()
    registry = QgsApplication.processingRegistry()
    for provider in list(_KEEP):
        if registry.providerById(provider.id()) is not None:
            registry.removeProvider(provider)
    _KEEP.clear()
    if _GDAL_HANDLER:  # GDAL's own handler again before QGIS exits
        from osgeo import gdal

        gdal.PopErrorHandler()
        _GDAL_HANDLER.clear()
    gc.collect()
    app.exitQgis()
