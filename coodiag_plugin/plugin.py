"""The QGIS plugin shell: registers the Processing provider and the Coodiag dock; no analysis here."""
from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon

from .toolbelt import i18n, paths

MENU = "&Coodiag"


class CoodiagPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.dock = None
        self.action = None
        self.toolbar = None
        self.options_factory = None
        self._translator = i18n.install_translator()

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("CoodiagPlugin", text)

    # Processing is registered on its own so that qgis_process (no GUI) gets the provider too.
    def initProcessing(self):  # noqa: N802
        from ..processing_algorithms.provider import CoodiagProvider

        if self.provider is None:
            self.provider = CoodiagProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        self.initProcessing()
        from .gui.guided_dock import GuidedDock

        self.dock = GuidedDock(self.iface, self.iface.mainWindow())
        self.dock.setObjectName("CoodiagDock")
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()

        self.action = self.dock.toggleViewAction()
        self.action.setIcon(QIcon(str(paths.icon("coodiag.svg"))))
        self.action.setText(self.tr("Coodiag diagnostic"))
        self.action.setToolTip(self.tr("Show or hide the Coodiag guided diagnostic"))
        self.action.setObjectName("CoodiagToggleDock")
        self.iface.addPluginToMenu(MENU, self.action)
        self.toolbar = self.iface.addToolBar("Coodiag")
        self.toolbar.setObjectName("CoodiagToolbar")
        self.toolbar.addAction(self.action)

        from .gui.options_page import CoodiagOptionsFactory

        self.options_factory = CoodiagOptionsFactory()  # Settings ▸ Options ▸ Coodiag
        self.iface.registerOptionsWidgetFactory(self.options_factory)

    def unload(self):
        if self.options_factory is not None:
            self.iface.unregisterOptionsWidgetFactory(self.options_factory)
            self.options_factory = None
        if self.action is not None:
            self.iface.removePluginMenu(MENU, self.action)
        if self.toolbar is not None:
            self.toolbar.clear()
            self.toolbar.setParent(None)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.dock is not None:
            self.iface.removeDockWidget(self.dock)
            if hasattr(self.dock, "cleanup"):
                self.dock.cleanup()
            self.dock.setParent(None)
            self.dock.deleteLater()
            self.dock = None
        self.action = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        i18n.remove_translator(self._translator)
        self._translator = None
