"""Headless QGIS session and the context object the demo steps share (scripts/demo_steps/*.py)."""
from __future__ import annotations

import importlib.util
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_KEEP: list = []


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
    gc.collect()
    app.exitQgis()


class DemoContext:
    """What every demo step gets: paths, a processing runner and a GeoPackage writer."""

    def __init__(self, output: Path, quiet: bool = True):
        from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

        self.root = ROOT
        self.sample = ROOT / "resources" / "sample"
        self.output = Path(output).resolve()
        self.output.mkdir(parents=True, exist_ok=True)
        self.gpkg = self.output / "coodiag_demo.gpkg"
        self.tmp = self.output / "tmp"
        self.tmp.mkdir(exist_ok=True)
        self.facts: dict = {}
        self.timings: list = []
        self.project = QgsProject.instance()
        self.context = QgsProcessingContext()
        self.context.setProject(self.project)
        self.quiet = quiet

        class _Feedback(QgsProcessingFeedback):
            def reportError(self, error, fatalError=False):  # noqa: N802
                print(f"    ! {error}")

            def pushWarning(self, warning):  # noqa: N802
                print(f"    ! {warning}")

        self.feedback = _Feedback()

    def close(self) -> None:
        """Release the processing context (it holds temporary layers and post-processors)."""
        self.context = None
        self.feedback = None

    def log(self, message: str) -> None:
        print(f"  {message}", flush=True)

    def run(self, alg_id: str, params: dict) -> dict:
        from qgis import processing

        start = time.perf_counter()
        results = processing.run(alg_id, params, context=self.context, feedback=self.feedback)
        self.timings.append((alg_id, time.perf_counter() - start))
        return results

    def uri(self, name: str) -> str:
        return f"{self.gpkg}|layername={name}"

    def has(self, name: str) -> bool:
        if not self.gpkg.exists():
            return False
        from osgeo import ogr

        ds = ogr.Open(str(self.gpkg))
        return ds is not None and ds.GetLayerByName(name) is not None

    def layer(self, name: str):
        from qgis.core import QgsVectorLayer

        layer = QgsVectorLayer(self.uri(name), name, "ogr")
        return layer if layer.isValid() else None

    def save(self, layer_or_uri, name: str, style: str | None = None, title: str | None = None) -> str:
        """Write a vector layer into the diagnostic GeoPackage as `name` (overwritten) and store
        styles/<style>.qml as its default style there."""
        from qgis.core import QgsVectorFileWriter, QgsVectorLayer

        layer = layer_or_uri
        if isinstance(layer_or_uri, (str, Path)):
            layer = QgsVectorLayer(str(layer_or_uri), name, "ogr")
        if layer is None or not layer.isValid():
            raise RuntimeError(f"cannot save {name}: invalid layer {layer_or_uri!r}")
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = name
        options.fileEncoding = "UTF-8"
        options.actionOnExistingFile = (
            QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
            if self.gpkg.exists()
            else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
        )
        if title:
            options.layerOptions = [f"IDENTIFIER={title}", f"DESCRIPTION={title}"]
        error, message, _path, _layer = QgsVectorFileWriter.writeAsVectorFormatV3(
            layer, str(self.gpkg), self.context.transformContext(), options
        )
        if error != QgsVectorFileWriter.WriterError.NoError:
            raise RuntimeError(f"cannot save {name}: {message}")
        if style:
            from coodiag.coodiag_plugin.toolbelt import paths
            from coodiag.processing_algorithms import atlas_layout

            qml = paths.style(style)
            if qml.exists():
                self._forget_styles(name)  # QGIS 3.22 would ask "overwrite?" in a dialog: headless hang
                saved = QgsVectorLayer(self.uri(name), name, "ogr")
                atlas_layout.apply_style(saved, qml)  # classes rebuilt on the saved values
                saved.saveStyleToDatabase(name, title or name, True, "")
                del saved
        return self.uri(name)

    def store_style(self, layer, title: str | None = None) -> None:
        """Store the current style of `layer` (a layer of the GeoPackage) as its default style there."""
        name = layer.name()
        self._forget_styles(name)
        layer.saveStyleToDatabase(name, title or name, True, "")

    def _forget_styles(self, name: str) -> None:
        """Delete the styles stored for layer `name` in the GeoPackage (before storing a new one)."""
        import sqlite3

        with sqlite3.connect(self.gpkg, timeout=30) as db:
            exists = db.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='layer_styles'").fetchone()
            if exists:
                db.execute("DELETE FROM layer_styles WHERE f_table_name = ?", (name,))
