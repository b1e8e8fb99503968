"""Run in a separate process by test_plugin_lifecycle.py: install-from-ZIP as QGIS does it.

argv: <plugins dir holding the unzipped coodiag/> <locale>. Prints one JSON object.
"""
from __future__ import annotations

import json
import sys

plugins_dir, locale = sys.argv[1], sys.argv[2]

from qgis.core import QgsApplication, QgsSettings  # noqa: E402
from qgis.PyQt.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar  # noqa: E402

app = QgsApplication([], True)
app.initQgis()  # settings written before initQgis would go to another profile
QgsSettings().setValue("locale/overrideFlag", True)
QgsSettings().setValue("locale/userLocale", locale)
sys.path.insert(0, "/usr/share/qgis/python/plugins")
from processing.core.Processing import Processing  # noqa: E402

Processing.initialize()
import qgis.utils  # noqa: E402


class Iface:
    """A minimal QgisInterface backed by a real QMainWindow, so that what the plugin adds is visible."""

    def __init__(self):
        self.window = QMainWindow()
        self.menus = {}
        self.options_factories = []  # what Settings ▸ Options would show

    def mainWindow(self):  # noqa: N802
        return self.window

    def addDockWidget(self, area, dock):  # noqa: N802
        self.window.addDockWidget(area, dock)

    def removeDockWidget(self, dock):  # noqa: N802
        self.window.removeDockWidget(dock)

    def addPluginToMenu(self, name, action):  # noqa: N802
        menu = self.menus.get(name)
        if menu is None:
            menu = self.window.menuBar().addMenu(name)
            self.menus[name] = menu
        menu.addAction(action)

    def removePluginMenu(self, name, action):  # noqa: N802
        menu = self.menus.get(name)
        if menu is not None:
            menu.removeAction(action)
            if not menu.actions():
                self.window.menuBar().removeAction(menu.menuAction())
                del self.menus[name]

    def addToolBar(self, name):  # noqa: N802
        return self.window.addToolBar(name)

    def registerOptionsWidgetFactory(self, factory):  # noqa: N802
        self.options_factories.append(factory)

    def unregisterOptionsWidgetFactory(self, factory):  # noqa: N802
        self.options_factories.remove(factory)  # ValueError if it was never registered

    def __getattr__(self, name):
        return lambda *a, **k: None


def state(iface):
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("coodiag")
    app.processEvents()
    docks = [d.objectName() for d in iface.window.findChildren(QDockWidget) if "Coodiag" in d.objectName()]
    bars = [t.objectName() for t in iface.window.findChildren(QToolBar) if "Coodiag" in t.objectName()]
    menus = [m.title() for m in iface.window.menuBar().findChildren(QMenu) if "Coodiag" in m.title()
             and m.menuAction() in iface.window.menuBar().actions()]
    return {
        "provider": provider is not None,
        "algorithms": sorted(a.id() for a in provider.algorithms()) if provider else [],
        "names": {a.id(): a.displayName() for a in provider.algorithms()} if provider else {},
        "groups": sorted({a.group() for a in provider.algorithms()}) if provider else [],
        "docks": docks, "toolbars": bars, "menus": menus,
        "options_pages": [f.title() for f in iface.options_factories],
        "options_page_fields": sorted(iface.options_factories[0].createWidget(None).editors)
        if iface.options_factories else [],
        # QGIS's unloader forgets parent packages imported only implicitly (e.g. coodiag.coodiag_plugin);
        # what matters is that no module with code is left behind
        "modules": sorted(m for m, mod in list(sys.modules.items())
                          if (m == "coodiag" or m.startswith("coodiag."))
                          and not str(getattr(mod, "__file__", "")).endswith("__init__.py")),
    }


iface = Iface()
iface.window.show()  # offscreen: a dock is only "visible" inside a shown window
qgis.utils.iface = iface
qgis.utils.plugin_paths = [plugins_dir]
sys.path.insert(0, plugins_dir)  # QGIS puts its plugin folders on sys.path at start-up
qgis.utils.updateAvailablePlugins()
report = {"available": "coodiag" in qgis.utils.available_plugins}
report["loaded"] = qgis.utils.loadPlugin("coodiag")
report["started"] = qgis.utils.startPlugin("coodiag")
report["after_start"] = state(iface)
dock = iface.window.findChild(QDockWidget, "CoodiagDock")
if dock is not None:
    dock.toggleViewAction().trigger()
    app.processEvents()
    report["dock_visible_after_toggle"] = dock.isVisible()
    report["dock_title"] = dock.windowTitle()
report["unloaded"] = qgis.utils.unloadPlugin("coodiag")
report["after_unload"] = state(iface)
report["reloaded"] = qgis.utils.loadPlugin("coodiag") and qgis.utils.startPlugin("coodiag")
report["after_reload"] = state(iface)
qgis.utils.unloadPlugin("coodiag")
report["after_second_unload"] = state(iface)
print("JSON:" + json.dumps(report))
sys.stdout.flush()
app.exitQgis()
