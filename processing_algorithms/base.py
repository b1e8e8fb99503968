"""Shared base of every Coodiag algorithm: groups, i18n, help, icons and input checks.

Algorithms are stateless: every run gets a fresh instance (createInstance) and keeps its state in locals.
"""
from __future__ import annotations

import functools
import traceback

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureSource,
    QgsProcessingAlgorithm,
    QgsProcessingException,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..coodiag_plugin.__about__ import __homepage__
from ..coodiag_plugin.toolbelt import paths

GROUPS = {  # literal contexts so that pylupdate5 extracts them
    "data": lambda: QCoreApplication.translate("CoodiagGroups", "Data"),
    "analysis": lambda: QCoreApplication.translate("CoodiagGroups", "Analysis"),
    "cartography": lambda: QCoreApplication.translate("CoodiagGroups", "Cartography"),
    "models": lambda: QCoreApplication.translate("CoodiagGroups", "Models"),
}


def translate(text: str) -> str:
    """Strings shared by several algorithms (context CoodiagAlgorithm)."""
    return QCoreApplication.translate("CoodiagAlgorithm", text)


def _guarded(process):
    """processAlgorithm that never lets a Python traceback reach the user: any error that is not already a
    QgsProcessingException (a defect of Coodiag, or memory) becomes one with a message in the user's language;
    the traceback goes to the log as technical detail."""

    @functools.wraps(process)
    def run(self, parameters, context, feedback):
        try:
            return process(self, parameters, context, feedback)
        except QgsProcessingException:
            raise
        except MemoryError as exc:
            raise QgsProcessingException(QCoreApplication.translate(
                "CoodiagAlgorithm",
                "“{}” ran out of memory. Close other programs, reduce the extent or the number of sites, or use a "
                "larger cell size, then run it again.").format(self.displayName())) from exc
        except Exception as exc:  # noqa: BLE001 — turned into an actionable message, the detail logged
            if feedback is not None:
                feedback.pushDebugInfo(traceback.format_exc())
            error = QgsProcessingException(QCoreApplication.translate(
                "CoodiagAlgorithm",
                "“{}” stopped on an unexpected error ({}: {}). This is a defect of Coodiag, not of your data: "
                "please report it with this run's log (Processing ▸ History), which holds the technical "
                "details.").format(self.displayName(), type(exc).__name__, str(exc).strip()[:300]))
            # the exact QgsProcessingException type: QGIS shows the message of that type only (a subclass would
            # reach the user as a traceback); the mark lets the tests tell a defect from a refused input
            error.coodiag_defect = True
            raise error from exc

    run.coodiag_guarded = True
    return run


class CoodiagAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses define name(), displayName(), shortHelpString(), initAlgorithm(),
    processAlgorithm() and GROUP_ID. Their processAlgorithm is guarded (:func:`_guarded`)."""

    GROUP_ID = "analysis"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        process = cls.__dict__.get("processAlgorithm")
        if process is not None and not getattr(process, "coodiag_guarded", False):
            cls.processAlgorithm = _guarded(process)

    def createInstance(self):  # noqa: N802
        return type(self)()

    def group(self) -> str:
        return GROUPS[self.GROUP_ID]()

    def groupId(self) -> str:  # noqa: N802
        return self.GROUP_ID

    def helpUrl(self) -> str:  # noqa: N802
        return f"{__homepage__}#{self.name()}" if __homepage__ else ""

    def icon(self) -> QIcon:
        return QIcon(str(paths.icon(f"{self.name()}.svg")))

    def svgIconPath(self) -> str:  # noqa: N802
        return str(paths.icon(f"{self.name()}.svg"))

    def tr(self, text: str) -> str:
        return QCoreApplication.translate(type(self).__name__, text)

    # ---- the secrecy threshold ------------------------------------------------------------------------
    def secrecy_threshold(self, parameters, name, context, feedback=None) -> int:
        """k: the Coodiag setting (Settings ▸ Options ▸ Coodiag), or this run's parameter when it is higher."""
        from .publishing import threshold

        setting = threshold()
        value = parameters.get(name) if name else None
        if value in (None, "", 0, "0"):
            return setting
        chosen = self.parameterAsInt(parameters, name, context)
        if chosen < setting:
            if feedback is not None:
                feedback.pushInfo(QCoreApplication.translate(
                    "CoodiagAlgorithm", "Secrecy threshold {} raised to the Coodiag setting {}.").format(
                    chosen, setting))
            return setting
        return chosen

    # ---- input checks shared by all algorithms -------------------------------------------------
    def source_or_raise(self, parameters, name, context, allow_empty: bool = False) -> QgsFeatureSource:
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        if not allow_empty and source.featureCount() == 0:
            raise QgsProcessingException(
                QCoreApplication.translate(
                    "CoodiagAlgorithm", "The layer given for “{}” is empty: it has no feature to process."
                ).format(name)
            )
        return source

    @staticmethod
    def require_fields(source: QgsFeatureSource, names, label: str = "") -> None:
        present = {f.name().lower(): f.name() for f in source.fields()}
        missing = [n for n in names if n and n.lower() not in present]
        if missing:
            raise QgsProcessingException(
                QCoreApplication.translate(
                    "CoodiagAlgorithm", "The layer {} lacks the field(s) {}; available fields: {}."
                ).format(label, ", ".join(missing), ", ".join(present.values()))
            )

    @classmethod
    def field_of(cls, source: QgsFeatureSource, name: str, label: str = "") -> str:
        """The layer's own spelling of the field `name` (matched without regard to case), '' for no name;
        an actionable QgsProcessingException when the layer lacks it (a name typed in a model or qgis_process)."""
        if not name:
            return ""
        cls.require_fields(source, [name], label or source.sourceName())
        return source.fields().at(source.fields().lookupField(name)).name()

    @staticmethod
    def require_crs(source: QgsFeatureSource, label: str = "") -> QgsCoordinateReferenceSystem:
        crs = source.sourceCrs()
        if not crs.isValid():
            raise QgsProcessingException(
                QCoreApplication.translate(
                    "CoodiagAlgorithm",
                    "The layer {} has no coordinate reference system: set its CRS (Layer properties ▸ Source) "
                    "before running this algorithm."
                ).format(label)
            )
        return crs

    @staticmethod
    def require_projected(crs: QgsCoordinateReferenceSystem, label: str = "") -> None:
        if crs.isGeographic():
            raise QgsProcessingException(
                QCoreApplication.translate(
                    "CoodiagAlgorithm",
                    "The CRS of {} ({}) is geographic (degrees); choose a projected CRS in metres such as "
                    "EPSG:2154 (Lambert-93)."
                ).format(label, crs.authid())
            )
