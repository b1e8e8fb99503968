"""Run a Processing algorithm by id without a dialog, keeping the UI responsive.

Thread-safe algorithms run in a QgsProcessingAlgRunnerTask on QGIS's task manager; the task, its context and
its feedback are kept alive here until ``executed`` fires. Algorithms flagged FlagNoThreading (layouts,
e.g. coodiag:exportatlas) must run in the main thread: they run at once, the progress bar being refreshed
through the event loop.
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


class AlgorithmRunner(QObject):
    """Emits progress(int) while running and finished(job id, ok, results) at the end."""

    progress = pyqtSignal(int)
    finished = pyqtSignal(str, bool, dict)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._jobs: dict = {}  # job id → (task, context, feedback): alive until executed()

    def busy(self) -> bool:
        return bool(self._jobs)

    def cancel(self) -> None:
        for _task, _context, feedback in list(self._jobs.values()):
            feedback.cancel()

    def run(self, job_id: str, alg_id: str, params: dict) -> bool:
        """Start `alg_id`; False when the algorithm does not exist (nothing is started)."""
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
        if algorithm is None:
            return False
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        feedback = QgsProcessingFeedback()
        feedback.progressChanged.connect(lambda value: self.progress.emit(int(value)))
        if algorithm.flags() & compat.ALG_NO_THREADING:
            self._jobs[job_id] = (None, context, feedback)
            feedback.progressChanged.connect(lambda _value: QCoreApplication.processEvents())
            try:
                results, ok = algorithm.run(params, context, feedback)
            except Exception:  # noqa: BLE001 - reported as a failed job
                results, ok = {}, False
            self._finish(job_id, ok and not feedback.isCanceled(), results or {})
            return True
        task = QgsProcessingAlgRunnerTask(algorithm, params, context, feedback)
        self._jobs[job_id] = (task, context, feedback)
        task.executed.connect(lambda ok, results, job=job_id: self._finish(job, ok, results))
        QgsApplication.taskManager().addTask(task)
        return True

    def _finish(self, job_id: str, ok: bool, results) -> None:
        job = self._jobs.pop(job_id, None)
        if job is not None and job[0] is not None:
            # outputs were written into the GeoPackage: nothing to load into the project here
            job[1].setLayersToLoadOnCompletion({})
        self.finished.emit(job_id, bool(ok), dict(results or {}))
