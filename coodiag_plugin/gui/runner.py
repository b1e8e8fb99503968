"""Run a Processing algorithm by id without a dialog, keeping the UI responsive, and bring its results to the map.

Thread-safe algorithms run in a QgsProcessingAlgRunnerTask on QGIS's task manager; the task, its context and
its feedback are kept alive here until ``executed`` fires. Algorithms flagged FlagNoThreading (layouts, e.g.
coodiag:exportatlas) must run in the main thread: they run at once, the progress bar being refreshed through
the event loop. When a run ends, the layers it asked Processing to load (``layersToLoadOnCompletion``, e.g.
the pipelines' layers grouped by question) are loaded as the Processing dialog would.
"""
from __future__ import annotations

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.PyQt.QtCore import QCoreApplication, QObject, pyqtSignal

from ..toolbelt import compat


class CollectingFeedback(QgsProcessingFeedback):
    """Keeps the errors and warnings of a run, so that the dock can show the first one."""

    def __init__(self):
        super().__init__()
        self.errors: list = []
        self.warnings: list = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        self.errors.append(str(error))
        super().reportError(error, fatalError)

    def pushWarning(self, warning):  # noqa: N802
        self.warnings.append(str(warning))
        super().pushWarning(warning)

    def first_problem(self) -> str:
        for text in self.errors + self.warnings:
            line = text.strip().splitlines()[0] if text.strip() else ""
            if line:
                return line
        return ""


class AlgorithmRunner(QObject):
    """Emits progress(int) while running and finished(job id, ok, results, first problem) at the end."""

    progress = pyqtSignal(int)
    finished = pyqtSignal(str, bool, dict, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._jobs: dict = {}  # job id → (task, context, feedback, algorithm): alive until executed()

    def busy(self) -> bool:
        return bool(self._jobs)

    def cancel(self) -> None:
        for _task, _context, feedback, _alg in list(self._jobs.values()):
            feedback.cancel()

    def run(self, job_id: str, alg_id: str, params: dict, project=None) -> bool:
        """Start `alg_id`; False when the algorithm does not exist (nothing is started)."""
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
        if algorithm is None:
            return False
        context = QgsProcessingContext()
        context.setProject(project or QgsProject.instance())
        feedback = CollectingFeedback()
        feedback.progressChanged.connect(lambda value: self.progress.emit(int(value)))
        if algorithm.flags() & compat.ALG_NO_THREADING:
            self._jobs[job_id] = (None, context, feedback, algorithm)
            feedback.progressChanged.connect(lambda _value: QCoreApplication.processEvents())
            try:
                results, ok = algorithm.run(params, context, feedback)
            except Exception as exc:  # noqa: BLE001 - reported as a failed job
                feedback.reportError(str(exc))
                results, ok = {}, False
            self._finish(job_id, ok and not feedback.isCanceled(), results or {})
            return True
        task = QgsProcessingAlgRunnerTask(algorithm, params, context, feedback)
        self._jobs[job_id] = (task, context, feedback, algorithm)
        task.executed.connect(lambda ok, results, job=job_id: self._finish(job, ok, results))
        QgsApplication.taskManager().addTask(task)
        return True

    def _finish(self, job_id: str, ok: bool, results) -> None:
        job = self._jobs.pop(job_id, None)
        problem = ""
        if job is not None:
            _task, context, feedback, algorithm = job
            problem = feedback.first_problem()
            if ok and context.layersToLoadOnCompletion():
                try:
                    from processing.gui.Postprocessing import handleAlgorithmResults

                    handleAlgorithmResults(algorithm, context, feedback)
                except Exception as exc:  # noqa: BLE001 — the results are in the GeoPackage anyway
                    problem = problem or str(exc)
        self.finished.emit(job_id, bool(ok), dict(results or {}), problem)
