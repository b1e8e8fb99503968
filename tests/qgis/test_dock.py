"""The guided dock, headless: steps, pre-filled parameters, background runs and the saved state."""

from __future__ import annotations

import sqlite3
import time

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsVectorFileWriter, QgsVectorLayer


@pytest.fixture()
def diagnostic(coodiag_provider, sample_dir, tmp_path):
    from qgis import processing

    gpkg = tmp_path / "diag.gpkg"
    context = QgsProject.instance().transformContext()
    for name, layer in (
        ("communes", QgsVectorLayer(f"{sample_dir / 'territory.gpkg'}|layername=communes", "c", "ogr")),
        (
            "filosofi_200m",
            processing.run(
                "native:reprojectlayer",
                {
                    "INPUT": f"{sample_dir / 'filosofi2019_200m_ajaccio.gpkg'}|layername=carreaux_200m",
                    "TARGET_CRS": QgsCoordinateReferenceSystem("EPSG:2154"),
                    "OUTPUT": "TEMPORARY_OUTPUT",
                },
            )["OUTPUT"],
        ),
    ):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = name
        options.actionOnExistingFile = (
            QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
            if gpkg.exists()
            else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
        )
        error, message, *_ = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(gpkg), context, options)
        assert error == QgsVectorFileWriter.WriterError.NoError, message
    return gpkg


@pytest.fixture()
def dock(qgis_iface, coodiag_provider, diagnostic):
    from coodiag.coodiag_plugin.gui.guided_dock import GuidedDock

    QgsProject.instance().clear()
    widget = GuidedDock(qgis_iface)
    widget.edtSiae.setText("AI Exemple")
    widget.edtTerritory.setText("CA du Pays Ajaccien")
    widget.edtCodes.setText("242010056")
    widget.fileGpkg.setFilePath(str(diagnostic))
    yield widget
    widget.cleanup()
    widget.deleteLater()
    QgsProject.instance().clear()


def _wait(dock, action_id, timeout=60.0):
    from qgis.core import QgsApplication

    deadline = time.monotonic() + timeout
    while dock.runner.busy() and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.02)
    assert not dock.runner.busy(), f"{action_id} still running"


def test_seven_steps_in_order(dock):
    assert [s.number for s in dock.steps] == list(range(1, 8))
    assert dock.toolSteps.count() == 7
    assert dock.toolSteps.itemText(0).endswith("to do")
    ids = {a.alg_id for s in dock.steps for a in s.actions}
    assert {
        "coodiag:territory",
        "coodiag:loadfilosofi",
        "coodiag:beneficiarypotential",
        "coodiag:isochrones",
        "coodiag:exportatlas",
    } <= ids
    tree_ids = {
        dock.treeAlgorithms.topLevelItem(i).child(j).data(0, 256)
        for i in range(dock.treeAlgorithms.topLevelItemCount())
        for j in range(dock.treeAlgorithms.topLevelItem(i).childCount())
    }
    assert "coodiag:exportatlas" in tree_ids


@pytest.mark.parametrize(
    ("action_id", "alg_id", "expected"),
    [
        ("territory", "coodiag:territory", {"CODES": "242010056", "OUTPUT": "sink:communes"}),
        ("filosofi", "coodiag:loadfilosofi", {"TERRITORY": "layer:communes", "OUTPUT": "sink:filosofi_200m"}),
        (
            "beneficiarypotential",
            "coodiag:beneficiarypotential",
            {"INPUT": "layer:filosofi_200m", "ZONES": "layer:communes", "OUTPUT": "sink:beneficiary_potential"},
        ),
        ("isochrones", "coodiag:isochrones", {"POPULATION": "layer:filosofi_200m", "OUTPUT": "sink:isochrones_car"}),
        ("exportatlas", "coodiag:exportatlas", {"SIAE_NAME": "AI Exemple", "TERRITORY_NAME": "CA du Pays Ajaccien"}),
        ("fulldiagnostic", "coodiag:fulldiagnostic", {"CODES": "242010056", "GEOPACKAGE": "gpkg"}),
    ],
)
def test_step_opens_prefilled_dialog(dock, diagnostic, monkeypatch, action_id, alg_id, expected):
    from coodiag.coodiag_plugin.gui import guided_dock

    calls = []
    monkeypatch.setattr(guided_dock, "exec_dialog", lambda alg, params: calls.append((alg, params)) or {"OK": 1})
    dock.findChild(guided_dock.QPushButton, f"open_{action_id}").setEnabled(True)
    dock.findChild(guided_dock.QPushButton, f"open_{action_id}").click()
    assert len(calls) == 1 and calls[0][0] == alg_id
    params = calls[0][1]
    for name, value in expected.items():
        if value.startswith("layer:"):
            value = f"{diagnostic}|layername={value[6:]}"
        elif value.startswith("sink:"):
            value = f"ogr:dbname='{diagnostic}' table=\"{value[5:]}\" (geom)"
        elif value == "gpkg":
            value = str(diagnostic)
        assert params[name] == value
    assert "ISOCHRONES" not in params  # layers the diagnostic does not have yet are left out
    assert dock.action_state(action_id) == "done"


def test_task_run_marks_step_done_and_state_is_saved(dock, diagnostic):
    from coodiag.coodiag_plugin.gui.guided_dock import GuidedDock

    assert dock.step_state("beneficiaries") == "todo"
    assert dock.run_action("beneficiarypotential")
    _wait(dock, "beneficiarypotential")
    assert dock.step_state("beneficiaries") == "done", dock.lblStatus.text()
    with sqlite3.connect(diagnostic) as connection:
        names = {row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents")}
    assert "beneficiary_potential" in names
    assert "✔" in dock.toolSteps.itemText(4)
    # the state lives in the project: a new dock reads it back
    again = GuidedDock(None)
    assert again.settings()["siae"] == "AI Exemple"
    assert again.step_state("beneficiaries") == "done"
    again.cleanup()
    # an input rewritten after the run makes the step outdated
    with sqlite3.connect(diagnostic) as connection:
        connection.execute(
            "UPDATE gpkg_contents SET last_change = '2100-01-01T00:00:00Z' WHERE table_name = 'filosofi_200m'"
        )
    dock.refresh_states()
    assert dock.step_state("beneficiaries") == "outdated"


def test_atlas_step_runs_in_main_thread(dock, diagnostic):
    assert dock.run_action("exportatlas")
    _wait(dock, "exportatlas")
    assert dock.step_state("atlas") == "done", dock.lblStatus.text()
    assert (diagnostic.parent / "atlas.pdf").stat().st_size > 10_000
