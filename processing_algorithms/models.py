"""The Processing models shipped in resources/models (written by scripts/make_models.py), registered by the
provider as ``coodiag:<model name>`` with translated display names."""
from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication, QgsProcessingModelAlgorithm
from qgis.PyQt.QtCore import QCoreApplication

from ..coodiag_plugin.toolbelt import log, paths

CONTEXT = "CoodiagModels"
DISPLAY_NAMES = {  # model name (frozen: the algorithm id) → translated display name; literal strings for pylupdate
    "fulldiagnostic": lambda: QCoreApplication.translate("CoodiagModels", "Full diagnostic (files to atlas)"),
    "publicdata": lambda: QCoreApplication.translate("CoodiagModels", "Public data: territory and Filosofi grid"),
    "siaefiles": lambda: QCoreApplication.translate("CoodiagModels", "The structure's files: import and geocoding"),
    "q1clients": lambda: QCoreApplication.translate("CoodiagModels", "Q1 Clients: density, penetration, prospects"),
    "q2beneficiaries": lambda: QCoreApplication.translate("CoodiagModels",
                                                          "Q2 Beneficiaries: potential and unmet zones"),
    "q3mobility": lambda: QCoreApplication.translate("CoodiagModels", "Q3 Mobility: isochrones and travel times"),
}


def models_folder() -> Path:
    return paths.RESOURCES / "models"


class CoodiagModel(QgsProcessingModelAlgorithm):
    """A shipped model: the id stays coodiag:<name>, the toolbox shows a translated name in the Models group."""

    def displayName(self) -> str:  # noqa: N802
        label = DISPLAY_NAMES.get(self.name())
        return label() if label else super().displayName()

    def group(self) -> str:
        return QCoreApplication.translate("CoodiagModels", "Models")

    def groupId(self) -> str:  # noqa: N802
        return "models"

    def createInstance(self):  # noqa: N802
        copy = CoodiagModel()
        copy.loadVariant(self.toVariant())
        copy.setSourceFilePath(self.sourceFilePath())
        return copy


def load_models(provider, folder: Path | None = None) -> int:
    """Add every *.model3 of `folder` to `provider` (from its loadAlgorithms); returns how many were added.

    The provider's first load happens before the registry knows it, so the models' coodiag:* children cannot
    resolve yet (no destination parameter, no FlagNoThreading on the registered instance): like QGIS's own
    model provider, reload once the provider has been added to the registry."""
    registry = QgsApplication.processingRegistry()
    if registry.providerById(provider.id()) is not provider:
        _refresh_when_added(provider)
    count = 0
    for path in sorted((folder or models_folder()).glob("*.model3")):
        model = CoodiagModel()
        if model.fromFile(str(path)):
            provider.addAlgorithm(model)
            count += 1
        else:
            message = QCoreApplication.translate("CoodiagModels", "The model {} could not be read.")
            log.warning(message.format(path.name))
    return count


_PENDING: list = []  # slots waiting for their provider (the registry only keeps a raw pointer)


def _refresh_when_added(provider) -> None:
    registry = QgsApplication.processingRegistry()
    provider_id = provider.id()
    if any(slot.provider_id == provider_id for slot in _PENDING):
        return

    def on_added(added_id: str) -> None:
        if added_id != provider_id:
            return
        registry.providerAdded.disconnect(on_added)
        _PENDING.remove(on_added)
        if registry.providerById(provider_id) is provider:
            provider.refreshAlgorithms()

    on_added.provider_id = provider_id
    _PENDING.append(on_added)
    registry.providerAdded.connect(on_added)
