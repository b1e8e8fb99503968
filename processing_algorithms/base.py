"""Shared base of every Coodiag algorithm: groups, i18n, help, icons and input checks.

Algorithms are stateless: every run gets a fresh instance (createInstance) and keeps its state in locals.
"""
from __future__ import annotations

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


class CoodiagAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses define name(), displayName(), shortHelpString(), initAlgorithm(),
    processAlgorithm() and GROUP_ID."""

    GROUP_ID = "analysis"

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
