"""The guided dock, headless: steps from the schema, pre-filled dialogs, background runs whose layers reach the
map grouped by question, the sample territory one click away, state read from the GeoPackage."""
from __future__ import annotations

import shutil
import time

import pytest
from qgis.core import QgsApplication, QgsProject


def _wait(dock, timeout=180.0):
    deadline = time.monotonic() + timeout
    while dock.runner.busy() and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.02)
    assert not dock.runner.busy(), "still running"
    for _ in range(20):  # let queued signals (task end, layer loading) run
        QgsApplication.processEvents()


@pytest.fixture()
def dock(qgis_iface, coodiag_provider, tmp_path, monkeypatch):
    from coodiag.coodiag_plugin.gui import guided_dock

    monkeypatch.setattr(guided_dock, "sample_gpkg", lambda: tmp_path / "Coodiag" / "exemple.gpkg")
    QgsProject.instance().clear()
    widget = guided_dock.GuidedDock(qgis_iface)
    widget.resize(300, 900)
    yield widget
    widget.cleanup()
    widget.deleteLater()
    QgsProject.instance().clear()


@pytest.fixture(scope="module")
def sample_diagnostic(coodiag_provider, tmp_path_factory):
    """The sample territory's diagnostic, written once by the pipeline (as the sample button does)."""
    from qgis import processing

    from coodiag.coodiag_plugin.toolbelt import paths
    from coodiag.processing_algorithms import schema

    gpkg = tmp_path_factory.mktemp("dock") / "diagnostic.gpkg"
    processing.run("coodiag:fulldiagnostic", {**schema.sample_inputs(paths.sample()), "GEOPACKAGE": str(gpkg),
                                              "PDF": str(gpkg.with_name("atlas.pdf")), "LOAD": False})
    return gpkg


def test_steps_follow_the_schema(dock):
    from coodiag.processing_algorithms import schema

    assert dock.toolSteps.count() == len(schema.STEPS) == 9
    assert dock.toolSteps.itemText(0).startswith("○ 1.")
    algorithms = {a.alg_id for actions in dock.actions.values() for a in actions}
    assert {s.algorithm for s in schema.STAGES} <= algorithms  # the dock runs the pipelines' stages
    assert {"coodiag:fulldiagnostic", "coodiag:exportatlas"} <= algorithms


def test_usable_at_300_px_without_horizontal_scrollbar(dock):
    dock.show()
    QgsApplication.processEvents()
    guide = dock.tabs.widget(0)
    from qgis.PyQt.QtCore import Qt

    assert guide.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert guide.widget().minimumSizeHint().width() <= 300
    long_path = "/home/cartographe/Documents/Diagnostics COORACE/2026/structure très longue/diagnostic.gpkg"
    dock.lblGpkg.set_full_text(long_path)
    assert dock.lblGpkg.toolTip() == long_path and dock.lblGpkg.text() != long_path  # elided, full in tooltip


def test_step_opens_prefilled_dialog(dock, sample_diagnostic, monkeypatch):
    from coodiag.coodiag_plugin.gui import guided_dock

    calls = []
    monkeypatch.setattr(guided_dock, "exec_dialog", lambda alg, params: calls.append((alg, params)) or {})
    dock.set_gpkg(str(sample_diagnostic))
    dock.open_action("penetration")
    alg, params = calls[-1]
    assert alg == "coodiag:marketpenetration"
    assert params["INPUT"] == f"{sample_diagnostic}|layername=clients"
    assert params["FILOSOFI"] == f"{sample_diagnostic}|layername=filosofi_200m"  # the target is passed
    assert params["OUTPUT"] == f"ogr:dbname='{sample_diagnostic}' table=\"client_penetration\" (geom)"
    dock.open_action("fulldiagnostic")
    assert calls[-1][1]["GEOPACKAGE"] == str(sample_diagnostic)
    assert calls[-1][1]["SIAE_NAME"] == "AI Fictive du Pays Ajaccien"  # restored from the GeoPackage


def test_state_comes_from_the_geopackage(dock, sample_diagnostic):
    dock.set_gpkg(str(sample_diagnostic))
    for step_id in ("territory", "publicdata", "clients", "beneficiaries", "mobility", "siting", "economy",
                    "procurement", "atlas"):
        assert dock.step_state(step_id) == "done", step_id
    assert dock.toolSteps.itemText(2).startswith("✔ 3.")
    assert dock.edtCodes.text() == "242010056"


def test_task_run_adds_its_layers_to_the_map(dock, sample_diagnostic, tmp_path):
    gpkg = tmp_path / "copy.gpkg"
    shutil.copy(sample_diagnostic, gpkg)
    dock.set_gpkg(str(gpkg))
    assert dock.run_action("hotspots")
    _wait(dock)
    assert "✗" not in dock.lblStatus.text()
    layers = [lay for lay in QgsProject.instance().mapLayers().values()]
    assert [lay.source() for lay in layers] == [f"{gpkg}|layername=client_hotspots"]
    node = QgsProject.instance().layerTreeRoot().findLayer(layers[0].id())
    assert node.parent().name().startswith("3 · ")
    assert layers[0].renderer().type() == "categorizedSymbol"


def test_failure_shows_the_first_error_line(dock, tmp_path):
    dock.set_gpkg(str(tmp_path / "new.gpkg"))
    dock.edtCodes.setText("242010056")
    assert dock.run_action("prospects")  # nothing in the diagnostic yet: the algorithm says what is missing
    _wait(dock)
    text = dock.lblStatus.text()
    assert text and "Processing log" not in text and "journal" not in text.lower(), text


def test_sample_button_runs_the_whole_diagnostic(dock):
    assert dock.run_sample()
    _wait(dock)
    project = QgsProject.instance()
    layers = list(project.mapLayers().values())
    assert len(layers) >= 20, dock.lblStatus.text()
    root = project.layerTreeRoot()
    assert all(root.findLayer(lay.id()).parent() is not root for lay in layers)
    for step_id in ("territory", "publicdata", "clients", "beneficiaries", "mobility", "atlas"):
        assert dock.step_state(step_id) == "done", step_id
    assert dock.btnOpenAtlas.isEnabled()
    assert any(lay.name() for lay in project.layoutManager().layouts())


def test_help_page_is_shipped(dock, monkeypatch):
    from coodiag.coodiag_plugin.gui import guided_dock

    opened = []
    monkeypatch.setattr(guided_dock.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert dock.open_help()
    path = opened[0].toLocalFile()
    assert path.endswith(".html") and "Coodiag" in open(path, encoding="utf-8").read()
