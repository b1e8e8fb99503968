"""The Coodiag guided dock: the method's steps, each leading to pre-filled Processing algorithms.

The dock only drives algorithms and layers: it knows algorithm ids and parameter specs (gui/steps.py, built
from the diagnostic schema) and never runs analysis code. What it shows comes from the diagnostic
GeoPackage itself: a step is done when its tables exist there, whoever wrote them (dock, pipeline,
``qgis_process``). Results reach the map grouped by question, styled and named (publishing.add_to_project).
"""
from __future__ import annotations

import time
from pathlib import Path

from qgis.core import QgsApplication, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QFontMetrics
from qgis.PyQt.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QToolBox,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...processing_algorithms import diagnostic, publishing, schema
from ..toolbelt import paths
from . import steps as step_defs
from .runner import AlgorithmRunner

SCOPE = "coodiag"
TODO, PARTIAL, DONE = "todo", "partial", "done"
FORM = ("siae", "territory", "codes")


def exec_dialog(alg_id: str, params: dict):
    """Open the standard Processing dialog of `alg_id` pre-filled with `params`; results or None.
    (Module-level so that tests can replace it.)"""
    from qgis import processing

    return processing.execAlgorithmDialog(alg_id, params)


def sample_gpkg() -> Path:
    """Where the sample territory's diagnostic is written: Documents/Coodiag (module-level: tests replace it)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return Path(folder) / "Coodiag" / "exemple_pays_ajaccien.gpkg"


class ElidedLabel(QLabel):
    """A one-line label that elides its text to the dock's width, the full text in its tooltip."""

    def __init__(self, text: str = "", parent=None):
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(10)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text or ""
        self.setToolTip(self._full)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = QFontMetrics(self.font())
        width = max(self.width() - 2, 20)
        super().setText(metrics.elidedText(self._full, Qt.TextElideMode.ElideMiddle, width))


class GuidedDock(QgsDockWidget):
    def __init__(self, iface=None, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.setObjectName("CoodiagGuidedDock")
        self.setWindowTitle(self.tr("Coodiag – territorial diagnostic"))
        self.lang = publishing.ui_language()
        self.runner = AlgorithmRunner(self)
        self.runner.progress.connect(lambda value: self.progressBar.setValue(value))
        self.runner.finished.connect(self._task_finished)
        self._gpkg = ""
        self._buttons: dict = {}
        self._state_labels: dict = {}
        self._jobs: dict = {}  # job id → what to do when it ends
        self.steps = [s for s in schema.STEPS]
        self.actions = {s.id: step_defs.actions_of(s.id, self.lang) for s in self.steps}
        self._build()
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
    def _build(self) -> None:
        contents = QWidget()
        contents.setObjectName("dockContents")
        main = QVBoxLayout(contents)
        main.setContentsMargins(6, 6, 6, 6)
        self.tabs = QTabWidget()
        main.addWidget(self.tabs, 1)

        # guide tab: a vertical scroll area (never a horizontal scrollbar at the dock's usual width)
        guide = QWidget()
        layout = QVBoxLayout(guide)
        layout.setContentsMargins(2, 2, 2, 2)
        head = QHBoxLayout()
        intro = QLabel(self.tr("A territorial diagnostic in a few steps: choose the diagnostic's GeoPackage, then "
                               "follow the steps — or try the sample territory first."))
        intro.setWordWrap(True)
        head.addWidget(intro, 1)
        self.btnHelp = QToolButton()
        self.btnHelp.setObjectName("btnHelp")
        self.btnHelp.setText("?")
        self.btnHelp.setToolTip(self.tr("Open the Coodiag help (in your browser)"))
        self.btnHelp.clicked.connect(self.open_help)
        head.addWidget(self.btnHelp, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)

        self.btnSample = QPushButton(self.tr("Try with the sample territory"))
        self.btnSample.setObjectName("btnSample")
        self.btnSample.setToolTip(self.tr("Runs the whole diagnostic on the bundled sample (CA du Pays Ajaccien, a "
                                          "fictitious association intermédiaire) and adds every layer to the map."))
        self.btnSample.clicked.connect(lambda _checked=False: self.run_sample())
        layout.addWidget(self.btnSample)

        form_box = QFrame()
        form_box.setFrameShape(QFrame.Shape.StyledPanel)
        form = QFormLayout(form_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        gpkg_row = QVBoxLayout()
        self.lblGpkg = ElidedLabel(self.tr("No diagnostic chosen"))
        self.lblGpkg.setObjectName("lblGpkg")
        gpkg_row.addWidget(self.lblGpkg)
        buttons = QHBoxLayout()
        self.btnOpenGpkg = QPushButton(self.tr("Open…"))
        self.btnOpenGpkg.setObjectName("btnOpenGpkg")
        self.btnOpenGpkg.setToolTip(self.tr("Open an existing diagnostic (.gpkg): its steps and layers are restored"))
        self.btnOpenGpkg.clicked.connect(lambda _checked=False: self.choose_existing())
        self.btnNewGpkg = QPushButton(self.tr("New…"))
        self.btnNewGpkg.setObjectName("btnNewGpkg")
        self.btnNewGpkg.setToolTip(self.tr("Start a new diagnostic in a new .gpkg file"))
        self.btnNewGpkg.clicked.connect(lambda _checked=False: self.choose_new())
        buttons.addWidget(self.btnOpenGpkg)
        buttons.addWidget(self.btnNewGpkg)
        gpkg_row.addLayout(buttons)
        form.addRow(self.tr("Diagnostic"), gpkg_row)
        self.edtSiae = QLineEdit()
        self.edtSiae.setObjectName("edtSiae")
        self.edtSiae.setPlaceholderText(self.tr("e.g. AI du Pays Ajaccien"))
        form.addRow(self.tr("SIAE"), self.edtSiae)
        self.edtTerritory = QLineEdit()
        self.edtTerritory.setObjectName("edtTerritory")
        self.edtTerritory.setPlaceholderText(self.tr("e.g. CA du Pays Ajaccien"))
        form.addRow(self.tr("Territory"), self.edtTerritory)
        self.edtCodes = QLineEdit()
        self.edtCodes.setObjectName("edtCodes")
        self.edtCodes.setPlaceholderText(self.tr("e.g. 242010056"))
        self.edtCodes.setToolTip(self.tr("INSEE codes of the communes, the EPCI (SIREN) or the départements of the "
                                         "territory, separated by commas"))
        form.addRow(self.tr("INSEE codes"), self.edtCodes)
        for edit in (self.edtSiae, self.edtTerritory, self.edtCodes):
            edit.editingFinished.connect(self._form_changed)
        layout.addWidget(form_box)

        self.toolSteps = QToolBox()
        self.toolSteps.setObjectName("toolSteps")
        questions = step_defs.questions()
        registry = QgsApplication.processingRegistry()
        for step in self.steps:
            page = QWidget()
            page_layout = QVBoxLayout(page)
            page_layout.setContentsMargins(4, 4, 4, 4)
            question = QLabel(questions.get(step.id, ""))
            question.setWordWrap(True)
            page_layout.addWidget(question)
            state = QLabel()
            state.setObjectName(f"state_{step.id}")
            state.setWordWrap(True)
            page_layout.addWidget(state)
            self._state_labels[step.id] = state
            for action in self.actions[step.id]:
                page_layout.addWidget(self._action_row(action, registry))
            if step.id == "atlas":
                self.btnOpenAtlas = QPushButton(self.tr("Open the atlas (PDF)"))
                self.btnOpenAtlas.setObjectName("btnOpenAtlas")
                self.btnOpenAtlas.clicked.connect(lambda _checked=False: self.open_atlas())
                page_layout.addWidget(self.btnOpenAtlas)
            page_layout.addStretch(1)
            self.toolSteps.addItem(page, "")
        layout.addWidget(self.toolSteps, 1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(guide)
        self.tabs.addTab(scroll, self.tr("Guide"))

        algorithms = QWidget()
        a_layout = QVBoxLayout(algorithms)
        hint = QLabel(self.tr("Every Coodiag algorithm, by group. Double-click to open its dialog."))
        hint.setWordWrap(True)
        a_layout.addWidget(hint)
        self.treeAlgorithms = QTreeWidget()
        self.treeAlgorithms.setHeaderHidden(True)
        self.treeAlgorithms.itemDoubleClicked.connect(self._tree_double_clicked)
        a_layout.addWidget(self.treeAlgorithms, 1)
        self.tabs.addTab(algorithms, self.tr("Algorithms"))
        self.fill_algorithm_tree()

        run_row = QHBoxLayout()
        self.progressBar = QProgressBar()
        self.progressBar.setValue(0)
        run_row.addWidget(self.progressBar, 1)
        self.btnCancel = QPushButton(self.tr("Cancel"))
        self.btnCancel.setEnabled(False)
        self.btnCancel.clicked.connect(self.runner.cancel)
        run_row.addWidget(self.btnCancel)
        main.addLayout(run_row)
        self.lblStatus = QLabel()
        self.lblStatus.setObjectName("lblStatus")
        self.lblStatus.setWordWrap(True)
        self.lblStatus.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        main.addWidget(self.lblStatus)
        self.setWidget(contents)
        self.setMinimumWidth(260)

    def _action_row(self, action: step_defs.Action, registry) -> QWidget:
        row = QWidget()
        v = QVBoxLayout(row)
        v.setContentsMargins(0, 2, 0, 2)
        label = QLabel(action.label)
        label.setWordWrap(True)
        v.addWidget(label)
        h = QHBoxLayout()
        h.addStretch(1)
        available = registry.algorithmById(action.alg_id) is not None
        dialog_button = QPushButton(self.tr("Open…"))
        dialog_button.setObjectName(f"open_{action.id}")
        dialog_button.setToolTip(self.tr("Open the algorithm's dialog, pre-filled with the diagnostic's layers"))
        dialog_button.clicked.connect(lambda _checked=False, a=action.id: self.open_action(a))
        h.addWidget(dialog_button)
        buttons = [dialog_button]
        if action.mode == "task":
            run_button = QPushButton(self.tr("Run"))
            run_button.setObjectName(f"run_{action.id}")
            run_button.setToolTip(self.tr("Run in the background with the diagnostic's layers"))
            run_button.clicked.connect(lambda _checked=False, a=action.id: self.run_action(a))
            h.addWidget(run_button)
            buttons.append(run_button)
        for button in buttons:
            button.setEnabled(available)
            if not available:
                button.setToolTip(self.tr("Algorithm {} is not available").format(action.alg_id))
        self._buttons[action.id] = buttons
        v.addLayout(h)
        return row

    def fill_algorithm_tree(self) -> None:
        self.treeAlgorithms.clear()
        provider = QgsApplication.processingRegistry().providerById("coodiag")
        if provider is None:
            return
        groups: dict = {}
        for algorithm in sorted(provider.algorithms(), key=lambda a: (a.group(), a.displayName())):
            group = groups.get(algorithm.group())
            if group is None:
                group = QTreeWidgetItem([algorithm.group()])
                groups[algorithm.group()] = group
                self.treeAlgorithms.addTopLevelItem(group)
            item = QTreeWidgetItem([algorithm.displayName()])
            item.setData(0, Qt.ItemDataRole.UserRole, algorithm.id())
            item.setToolTip(0, "{} — {}".format(algorithm.displayName(), algorithm.id()))
            group.addChild(item)
        self.treeAlgorithms.expandAll()

    def _tree_double_clicked(self, item, _column) -> None:
        alg_id = item.data(0, Qt.ItemDataRole.UserRole)
        if alg_id:
            exec_dialog(alg_id, {})

    # ---- the diagnostic GeoPackage ---------------------------------------------------------------
    def gpkg(self) -> Path | None:
        return Path(self._gpkg) if self._gpkg else None

    def settings(self) -> dict:
        return {"siae": self.edtSiae.text().strip(), "territory": self.edtTerritory.text().strip(),
                "codes": self.edtCodes.text().strip(), "gpkg": self._gpkg}

    def set_gpkg(self, path: str, restore: bool = True) -> None:
        """Use `path` as the diagnostic; an existing one restores its settings and steps."""
        self._gpkg = str(Path(path)) if path else ""
        self.lblGpkg.set_full_text(self._gpkg or self.tr("No diagnostic chosen"))
        if restore and self._gpkg and diagnostic.is_geopackage(self._gpkg):
            stored = diagnostic.load_settings(self._gpkg)
            for widget, key in ((self.edtSiae, "siae"), (self.edtTerritory, "territory"), (self.edtCodes, "codes")):
                if stored.get(key) and not widget.text().strip():
                    widget.setText(stored[key])
        self.save_state()
        self.refresh_states()

    def choose_existing(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Open a diagnostic"), self._start_folder(),
                                                    self.tr("GeoPackage (*.gpkg)"))
        if path:
            if not diagnostic.is_geopackage(path):
                QMessageBox.warning(self, self.tr("Coodiag"), self.tr("{} is not a GeoPackage.").format(path))
                return ""
            self.set_gpkg(path)
            self.add_diagnostic_layers()
        return path

    def choose_new(self) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("New diagnostic"), str(Path(self._start_folder()) / "diagnostic.gpkg"),
            self.tr("GeoPackage (*.gpkg)"), options=QFileDialog.Option.DontConfirmOverwrite)
        if not path:
            return ""
        if not path.lower().endswith(".gpkg"):
            path += ".gpkg"
        if Path(path).exists():
            answer = QMessageBox.question(
                self, self.tr("Coodiag"),
                self.tr("A file {} already exists. Open it as the diagnostic (its layers are kept)?").format(path),
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Open)
            if answer != QMessageBox.StandardButton.Open:
                return ""
        self.set_gpkg(path)
        return path

    def _start_folder(self) -> str:
        if self._gpkg:
            return str(Path(self._gpkg).parent)
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())

    def present_tables(self) -> set:
        return diagnostic.present_schema_tables(self._gpkg) if self._gpkg else set()

    # ---- parameters --------------------------------------------------------------------------
    def action(self, action_id: str):
        for step in self.steps:
            for action in self.actions[step.id]:
                if action.id == action_id:
                    return step, action
        raise KeyError(action_id)

    def atlas_path(self) -> str:
        return str(Path(self._gpkg).with_name("atlas.pdf")) if self._gpkg else ""

    def parameters(self, action_id: str) -> dict:
        """The action's parameters resolved against the diagnostic: tables of the GeoPackage, the form's values,
        outputs written into the GeoPackage under their schema names."""
        _step, action = self.action(action_id)
        form = self.settings()
        present = diagnostic.tables(self._gpkg) if self._gpkg else {}
        reach = {"_REACH_MODE": (diagnostic.load_settings(self._gpkg).get("reach_mode") if self._gpkg else "") or "car"}
        params = {}

        def resolve(value):
            if isinstance(value, schema.First):
                return next((r for r in (resolve(o) for o in value.options) if r is not None), None)
            if isinstance(value, list):
                items = [resolve(v) for v in value]
                return [i for i in items if i is not None] or None
            if isinstance(value, schema.Ref):
                table = value.resolve(reach)
                return publishing.layer_uri(self._gpkg, table) if table in present else None
            if isinstance(value, schema.Input):
                key = step_defs.FORM_INPUTS.get(value.name)
                return form.get(key) or None if key else None
            if value == step_defs.GPKG:
                return self._gpkg or None
            if value == step_defs.ATLAS_PDF:
                return self.atlas_path() or None
            return value

        for name, value in action.params.items():
            resolved = resolve(value)
            if resolved is not None:
                params[name] = resolved
        if self._gpkg:
            for name, table in action.outputs.items():
                params[name] = publishing.sink_uri(self._gpkg, table, schema.layer(table).geometry != "none")
        return params

    # ---- actions -----------------------------------------------------------------------------
    def _need_gpkg(self) -> bool:
        if self._gpkg:
            return True
        self.lblStatus.setText(self.tr("Choose the diagnostic's GeoPackage first (Open… or New…)."))
        return bool(self.choose_new())

    def open_action(self, action_id: str):
        _step, action = self.action(action_id)
        if (action.outputs or action.id in ("fulldiagnostic", "exportatlas", "exportshareable")) \
                and not self._need_gpkg():
            return None
        results = exec_dialog(action.alg_id, self.parameters(action_id))
        if results:
            self._after_run(action, results)
        self.save_state()
        self.refresh_states()
        return results

    def run_action(self, action_id: str) -> bool:
        if self.runner.busy():
            self.lblStatus.setText(self.tr("An algorithm is already running."))
            return False
        _step, action = self.action(action_id)
        if (action.outputs or action.id in ("exportatlas", "exportshareable")) and not self._need_gpkg():
            return False
        return self._start(action_id, action.alg_id, self.parameters(action_id), action.label)

    def _start(self, job_id: str, alg_id: str, params: dict, label: str) -> bool:
        self.progressBar.setValue(0)
        self.btnCancel.setEnabled(True)
        self.btnSample.setEnabled(False)
        self.lblStatus.setText(self.tr("Running: {}…").format(label))
        started = self.runner.run(job_id, alg_id, params)
        if not started:
            self.btnCancel.setEnabled(False)
            self.btnSample.setEnabled(True)
            self.lblStatus.setText(self.tr("Algorithm {} is not available").format(alg_id))
        return started

    def run_sample(self) -> bool:
        """One click: the whole diagnostic of the bundled sample territory, in the background."""
        if self.runner.busy():
            self.lblStatus.setText(self.tr("An algorithm is already running."))
            return False
        gpkg = sample_gpkg()
        gpkg.parent.mkdir(parents=True, exist_ok=True)
        self.edtSiae.setText(schema.SAMPLE_SIAE)
        self.edtTerritory.setText(schema.SAMPLE_TERRITORY)
        self.edtCodes.setText("242010056")
        self.set_gpkg(str(gpkg), restore=False)
        params = schema.sample_inputs(paths.sample())
        params.update({"GEOPACKAGE": str(gpkg), "PDF": self.atlas_path(), "LOAD": True})
        return self._start("sample", "coodiag:fulldiagnostic", params, self.tr("the sample territory's diagnostic"))

    def _task_finished(self, job_id: str, ok: bool, results: dict, problem: str) -> None:
        self.btnCancel.setEnabled(False)
        self.btnSample.setEnabled(True)
        label = self.tr("The sample territory's diagnostic")
        action = None
        if job_id != "sample":
            _step, action = self.action(job_id)
            label = action.label
        if ok:
            self.progressBar.setValue(100)
            if action is not None:
                self._after_run(action, results)
            message = self.tr("{} finished.").format(label)
            skipped = results.get("SKIPPED")
            if skipped:
                message += " " + self.tr("Left out: {}").format(skipped.split(" | ")[0])
            self.lblStatus.setText(message)
        else:
            self.lblStatus.setText(self.tr("{} failed: {}").format(label, problem or self.tr(
                "see the Processing log (View ▸ Panels ▸ Log Messages).")))
        self.save_state()
        self.refresh_states()

    def _after_run(self, action, results: dict) -> None:
        """Bring the run's tables to the map (grouped by question, styled, named)."""
        if self._gpkg and action.tables():
            present = diagnostic.tables(self._gpkg)
            publishing.add_to_project(QgsProject.instance(), self._gpkg, [t for t in action.tables() if t in present],
                                      self.lang)

    def add_diagnostic_layers(self) -> list:
        """Add every layer of the diagnostic to the project (when opening an existing one)."""
        if not self._gpkg:
            return []
        present = diagnostic.tables(self._gpkg)
        tables = [entry.table for entry in schema.LAYERS if entry.table in present]
        return publishing.add_to_project(QgsProject.instance(), self._gpkg, tables, self.lang)

    def open_atlas(self) -> bool:
        path = self.atlas_path()
        if path and Path(path).exists():
            return QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        self.lblStatus.setText(self.tr("No atlas yet: print it first (step 9)."))
        return False

    def open_help(self) -> bool:
        page = paths.RESOURCES / "help" / ("index_fr.html" if self.lang == "fr" else "index_en.html")
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(page)))

    # ---- state -------------------------------------------------------------------------------
    def step_state(self, step_id: str) -> str:
        if step_id == "atlas":
            return DONE if self.atlas_path() and Path(self.atlas_path()).exists() else TODO
        return schema.step_state(step_id, self.present_tables())

    def refresh_states(self) -> None:
        names = {TODO: self.tr("to do"), PARTIAL: self.tr("partly done"), DONE: self.tr("done")}
        marks = {TODO: "○", PARTIAL: "◐", DONE: "✔"}
        present = self.present_tables()
        for index, step in enumerate(self.steps):
            state = self.step_state(step.id)
            title = "{} {}. {}".format(marks[state], step.number, step.title(self.lang))
            self.toolSteps.setItemText(index, title)
            self.toolSteps.setItemToolTip(index, "{} — {}".format(title, names[state]))
            entries = schema.layers_of_step(step.id)
            missing = [e.name(self.lang) for e in entries if e.core and e.table not in present]
            text = self.tr("State: {}").format(names[state])
            if state == PARTIAL and missing:
                text += " — " + self.tr("missing: {}").format(", ".join(missing))
            self._state_labels[step.id].setText(text)
        self.btnOpenAtlas.setEnabled(self.step_state("atlas") == DONE)

    def _form_changed(self) -> None:
        self.save_state()
        if self._gpkg and diagnostic.is_geopackage(self._gpkg):
            diagnostic.save_settings(self._gpkg, self.settings())

    def save_state(self) -> None:
        project = QgsProject.instance()
        for key, value in self.settings().items():
            project.writeEntry(SCOPE, f"diagnostic/{key}", value)
        project.writeEntry(SCOPE, "diagnostic/saved", str(time.time()))

    def load_state(self) -> None:
        project = QgsProject.instance()
        values = {key: project.readEntry(SCOPE, f"diagnostic/{key}", "")[0] for key in FORM + ("gpkg",)}
        for widget, key in ((self.edtSiae, "siae"), (self.edtTerritory, "territory"), (self.edtCodes, "codes")):
            widget.blockSignals(True)
            widget.setText(values[key])
            widget.blockSignals(False)
        self._gpkg = values["gpkg"]
        self.lblGpkg.set_full_text(self._gpkg or self.tr("No diagnostic chosen"))
        self.refresh_states()

    def _project_read(self, *_args) -> None:
        self.load_state()
