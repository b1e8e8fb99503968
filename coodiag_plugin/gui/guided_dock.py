"""The Coodiag guided dock: the method's seven steps, each opening pre-filled Processing algorithms.

The dock knows algorithm ids and parameter names only (coodiag_plugin/gui/steps.py); it never runs analysis
code itself. Its form and the state of every step are saved in the QGIS project (entries ``coodiag/…``).
"""
from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

from qgis.core import QgsApplication, QgsProject
from qgis.gui import QgsDockWidget, QgsFileWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from . import steps as step_defs
from .runner import AlgorithmRunner

SCOPE = "coodiag"
TODO, DONE, OUTDATED = "todo", "done", "outdated"
SETTINGS = ("siae", "territory", "codes", "gpkg")


def exec_dialog(alg_id: str, params: dict):
    """Open the standard Processing dialog of `alg_id` pre-filled with `params`; results or None.
    (Module-level so that tests can replace it.)"""
    from qgis import processing

    return processing.execAlgorithmDialog(alg_id, params)


class GuidedDock(QgsDockWidget):
    def __init__(self, iface=None, parent=None):
        super().__init__(parent)
        self.iface = iface
        uic.loadUi(str(Path(__file__).with_suffix(".ui")), self)
        self.setObjectName("CoodiagGuidedDock")
        self.fileGpkg.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.fileGpkg.setFilter(self.tr("GeoPackage (*.gpkg)"))
        self.runner = AlgorithmRunner(self)
        self.runner.progress.connect(self.progressBar.setValue)
        self.runner.finished.connect(self._task_finished)
        self.btnCancel.clicked.connect(self.runner.cancel)
        self.steps = step_defs.steps()
        self.state: dict = {}  # action id → {"time": float, "inputs": {...}}
        self._state_labels: dict = {}
        self._buttons: dict = {}
        self._build_steps()
        self.fill_algorithm_tree()
        self.treeAlgorithms.itemDoubleClicked.connect(self._tree_double_clicked)
        for edit in (self.edtSiae, self.edtTerritory, self.edtCodes):
            edit.editingFinished.connect(self._form_changed)
        self.fileGpkg.fileChanged.connect(lambda _path: self._form_changed())
        QgsProject.instance().readProject.connect(self._project_read)
        QgsProject.instance().cleared.connect(self._project_read)
        self.load_state()

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("GuidedDock", text)

    def cleanup(self) -> None:
        """Disconnect from the project (called by the plugin's unload)."""
        for signal in (QgsProject.instance().readProject, QgsProject.instance().cleared):
            try:
                signal.disconnect(self._project_read)
            except TypeError:
                pass
        self.runner.cancel()

    # ---- UI ---------------------------------------------------------------------------------------
    def _build_steps(self) -> None:
        registry = QgsApplication.processingRegistry()
        for step in self.steps:
            page = QWidget()
            layout = QVBoxLayout(page)
            question = QLabel(step.question)
            question.setWordWrap(True)
            layout.addWidget(question)
            state = QLabel()
            state.setObjectName(f"state_{step.id}")
            layout.addWidget(state)
            self._state_labels[step.id] = state
            for action in step.actions:
                row = QHBoxLayout()
                available = registry.algorithmById(action.alg_id) is not None
                label = QLabel(action.label)
                label.setWordWrap(True)
                row.addWidget(label, 1)
                dialog_button = QPushButton(self.tr("Open…"))
                dialog_button.setObjectName(f"open_{action.id}")
                dialog_button.setToolTip(
                    self.tr("Open the algorithm's dialog, pre-filled with the diagnostic's layers"))
                dialog_button.clicked.connect(lambda _checked=False, a=action: self.open_action(a.id))
                row.addWidget(dialog_button)
                buttons = [dialog_button]
                if action.mode == "task":
                    run_button = QPushButton(self.tr("Run"))
                    run_button.setObjectName(f"run_{action.id}")
                    run_button.setToolTip(self.tr("Run in the background with the diagnostic's layers"))
                    run_button.clicked.connect(lambda _checked=False, a=action: self.run_action(a.id))
                    row.addWidget(run_button)
                    buttons.append(run_button)
                for button in buttons:
                    button.setEnabled(available)
                    if not available:
                        button.setToolTip(self.tr("Algorithm {} is not available").format(action.alg_id))
                self._buttons[action.id] = buttons
                layout.addLayout(row)
            layout.addStretch(1)
            self.toolSteps.addItem(page, "")
        self.refresh_states()

    def fill_algorithm_tree(self) -> None:
        self.treeAlgorithms.clear()
        provider = QgsApplication.processingRegistry().providerById("coodiag")
        if provider is None:
            return
        groups: dict = {}
        for algorithm in sorted(provider.algorithms(), key=lambda a: (a.group(), a.displayName())):
            group = groups.get(algorithm.group())
            if group is None:
                group = QTreeWidgetItem([algorithm.group() or self.tr("Models")])
                groups[algorithm.group()] = group
                self.treeAlgorithms.addTopLevelItem(group)
            item = QTreeWidgetItem([algorithm.displayName()])
            item.setData(0, Qt.ItemDataRole.UserRole, algorithm.id())
            item.setToolTip(0, algorithm.id())
            group.addChild(item)
        self.treeAlgorithms.expandAll()

    def _tree_double_clicked(self, item, _column) -> None:
        alg_id = item.data(0, Qt.ItemDataRole.UserRole)
        if alg_id:
            exec_dialog(alg_id, {})

    # ---- form and placeholders -----------------------------------------------------------------
    def settings(self) -> dict:
        return {"siae": self.edtSiae.text().strip(), "territory": self.edtTerritory.text().strip(),
                "codes": self.edtCodes.text().strip(), "gpkg": self.fileGpkg.filePath().strip()}

    def gpkg(self) -> Path | None:
        path = self.settings()["gpkg"]
        return Path(path) if path else None

    def gpkg_layers(self) -> dict:
        """{layer name: last change} of the diagnostic's GeoPackage ({} when there is none yet)."""
        gpkg = self.gpkg()
        if gpkg is None or not gpkg.is_file():
            return {}
        try:
            connection = sqlite3.connect(gpkg.resolve().as_uri() + "?mode=ro", uri=True)
            try:
                rows = connection.execute("SELECT table_name, last_change FROM gpkg_contents").fetchall()
            finally:
                connection.close()
        except sqlite3.DatabaseError:
            return {}
        return {name: str(change) for name, change in rows}

    def action(self, action_id: str):
        for step in self.steps:
            for action in step.actions:
                if action.id == action_id:
                    return step, action
        raise KeyError(action_id)

    def parameters(self, action_id: str) -> dict:
        """The action's parameters with placeholders resolved against the diagnostic."""
        _step, action = self.action(action_id)
        settings = self.settings()
        gpkg = self.gpkg()
        layers = self.gpkg_layers()
        params = {}
        for name, value in action.params.items():
            if not isinstance(value, str) or ":" not in value and value != "gpkg":
                params[name] = value
                continue
            kind, _sep, arg = value.partition(":")
            if value == "gpkg":
                if gpkg is not None:
                    params[name] = str(gpkg)
            elif kind == "layer":
                if gpkg is not None and arg in layers:
                    params[name] = f"{gpkg}|layername={arg}"
            elif kind == "sink":
                if gpkg is not None:
                    params[name] = f"ogr:dbname='{gpkg}' table=\"{arg}\" (geom)"
            elif kind == "file":
                if gpkg is not None:
                    params[name] = str(gpkg.with_name(arg))
            elif kind == "setting":
                if settings.get(arg):
                    params[name] = settings[arg]
            else:
                params[name] = value
        return params

    # ---- actions -----------------------------------------------------------------------------
    def open_action(self, action_id: str):
        _step, action = self.action(action_id)
        results = exec_dialog(action.alg_id, self.parameters(action_id))
        if results:
            self.mark_done(action_id)
        return results

    def run_action(self, action_id: str) -> bool:
        if self.runner.busy():
            self.lblStatus.setText(self.tr("An algorithm is already running."))
            return False
        _step, action = self.action(action_id)
        self.progressBar.setValue(0)
        self.btnCancel.setEnabled(True)
        self.lblStatus.setText(self.tr("Running {}…").format(action.label))
        started = self.runner.run(action_id, action.alg_id, self.parameters(action_id))
        if not started:
            self.btnCancel.setEnabled(False)
            self.lblStatus.setText(self.tr("Algorithm {} is not available").format(action.alg_id))
        return started

    def _task_finished(self, action_id: str, ok: bool, _results: dict) -> None:
        self.btnCancel.setEnabled(False)
        _step, action = self.action(action_id)
        if ok:
            self.progressBar.setValue(100)
            self.lblStatus.setText(self.tr("{} finished.").format(action.label))
            self.mark_done(action_id)
        else:
            self.lblStatus.setText(self.tr("{} failed or was cancelled: see the Processing log.").format(action.label))

    # ---- state -------------------------------------------------------------------------------
    def _fingerprint(self, action) -> dict:
        layers = self.gpkg_layers()
        settings = self.settings()
        prints = {}
        for name in action.inputs:
            if name.startswith("setting:"):
                prints[name] = settings.get(name.split(":", 1)[1], "")
            else:
                prints[name] = layers.get(name, "")
        return prints

    def mark_done(self, action_id: str) -> None:
        _step, action = self.action(action_id)
        self.state[action_id] = {"time": time.time(), "inputs": self._fingerprint(action)}
        self.save_state()
        self.refresh_states()

    def action_state(self, action_id: str) -> str:
        record = self.state.get(action_id)
        if not record:
            return TODO
        _step, action = self.action(action_id)
        return DONE if record.get("inputs", {}) == self._fingerprint(action) else OUTDATED

    def step_state(self, step_id: str) -> str:
        step = next(s for s in self.steps if s.id == step_id)
        states = [self.action_state(a.id) for a in step.actions]
        if OUTDATED in states:
            return OUTDATED
        return DONE if DONE in states else TODO

    def refresh_states(self) -> None:
        names = {TODO: self.tr("to do"), DONE: self.tr("done"), OUTDATED: self.tr("outdated: an input changed")}
        marks = {TODO: "○", DONE: "✔", OUTDATED: "⟳"}
        for index, step in enumerate(self.steps):
            state = self.step_state(step.id)
            title = "{} {}. {} — {}".format(marks[state], step.number, step.title, names[state])
            self.toolSteps.setItemText(index, title)
            self._state_labels[step.id].setText(self.tr("State: {}").format(names[state]))

    def _form_changed(self) -> None:
        self.save_state()
        self.refresh_states()

    def save_state(self) -> None:
        project = QgsProject.instance()
        for key, value in self.settings().items():
            project.writeEntry(SCOPE, f"diagnostic/{key}", value)
        project.writeEntry(SCOPE, "diagnostic/state", json.dumps(self.state))

    def load_state(self) -> None:
        project = QgsProject.instance()
        values = {key: project.readEntry(SCOPE, f"diagnostic/{key}", "")[0] for key in SETTINGS}
        for widget, key in ((self.edtSiae, "siae"), (self.edtTerritory, "territory"), (self.edtCodes, "codes")):
            widget.blockSignals(True)
            widget.setText(values[key])
            widget.blockSignals(False)
        self.fileGpkg.blockSignals(True)
        self.fileGpkg.setFilePath(values["gpkg"])
        self.fileGpkg.blockSignals(False)
        try:
            self.state = json.loads(project.readEntry(SCOPE, "diagnostic/state", "{}")[0] or "{}")
        except ValueError:
            self.state = {}
        self.refresh_states()

    def _project_read(self, *_args) -> None:
        self.load_state()
