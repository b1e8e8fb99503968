"""The Coodiag Processing provider (id ``coodiag``): lists its algorithms explicitly."""
from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..coodiag_plugin.__about__ import __version__
from ..coodiag_plugin.toolbelt import paths


def algorithm_classes() -> list:
    """Every algorithm class of the provider (imported lazily: importing the provider stays cheap)."""
    classes = []
    # Each algorithm module adds itself below: one import line and one list entry.
    return classes


class CoodiagProvider(QgsProcessingProvider):
    def id(self) -> str:
        return "coodiag"

    def name(self) -> str:
        return "Coodiag"

    def longName(self) -> str:  # noqa: N802
        return QCoreApplication.translate("CoodiagProvider", "Coodiag – territorial diagnostic for SIAE")

    def versionInfo(self) -> str:  # noqa: N802
        return __version__

    def icon(self) -> QIcon:
        return QIcon(str(paths.icon("coodiag.svg")))

    def svgIconPath(self) -> str:  # noqa: N802
        return str(paths.icon("coodiag.svg"))

    def loadAlgorithms(self) -> None:  # noqa: N802
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
        self._load_models()

    def _load_models(self) -> None:
        """Register the Processing models shipped in resources/models (coodiag:<model name>)."""
        from qgis.core import QgsProcessingModelAlgorithm

        for path in sorted((paths.RESOURCES / "models").glob("*.model3")):
            model = QgsProcessingModelAlgorithm()
            if model.fromFile(str(path)):
                self.addAlgorithm(model)
