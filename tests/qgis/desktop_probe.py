"""Run inside the real QGIS desktop (``qgis.bin --code desktop_probe.py``) with Coodiag installed from its ZIP:
open the dock, click « Essayer avec le territoire exemple », wait for the background task, then report what a
user sees (layers, groups, names, renderers, step states) as JSON and save screenshots of the dock and the map.

Environment: COODIAG_PROBE_OUT (folder for report.json and the screenshots)."""
import json
import os
import time
import traceback
from pathlib import Path

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QDockWidget, QPushButton
from qgis.utils import iface, plugins

OUT = Path(os.environ["COODIAG_PROBE_OUT"])
OUT.mkdir(parents=True, exist_ok=True)
state = {"t0": time.time(), "clicked": False, "report": {}}


def finish(report):
    (OUT / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    QTimer.singleShot(500, quit_qgis)


def quit_qgis():
    """Leave as a user would: nothing to save, then File ▸ Exit (a bare exit() crashes QGIS 3.22 on teardown)."""
    project = QgsProject.instance()
    project.clear()
    project.setDirty(False)
    iface.actionExit().trigger()


def grab():
    window = iface.mainWindow()
    window.showMaximized()
    canvas = iface.mapCanvas()
    canvas.zoomToFullExtent()
    canvas.refreshAllLayers()
    QgsApplication.processEvents()
    time.sleep(2)
    QgsApplication.processEvents()
    window.grab().save(str(OUT / "desktop.png"))
    dock = window.findChild(QDockWidget, "CoodiagDock")
    if dock is not None:
        dock.grab().save(str(OUT / "dock.png"))
    canvas.grab().save(str(OUT / "map.png"))


def inspect(dock):
    project = QgsProject.instance()
    root = project.layerTreeRoot()
    layers = []
    for layer in project.mapLayers().values():
        node = root.findLayer(layer.id())
        layers.append({"name": layer.name(), "source": layer.source(),
                       "renderer": layer.renderer().type() if hasattr(layer, "renderer") and layer.renderer() else "",
                       "group": node.parent().name() if node is not None and node.parent() is not None else "",
                       "visible": bool(node.isVisible()) if node is not None else None})
    steps = [dock.toolSteps.itemText(i) for i in range(dock.toolSteps.count())]
    return {"layers": layers, "groups": [g.name() for g in root.children()], "steps": steps,
            "status": dock.lblStatus.text(), "sample_button": dock.btnSample.text(),
            "layouts": [lay.name() for lay in project.layoutManager().layouts()],
            "atlas_button": dock.btnOpenAtlas.isEnabled(), "seconds": round(time.time() - state["t0"], 1)}


def tick():
    try:
        plugin = plugins.get("coodiag")
        dock = getattr(plugin, "dock", None) if plugin is not None else None
        if dock is None:
            if time.time() - state["t0"] > 60:
                finish({"error": "the Coodiag dock never appeared", "plugins": list(plugins)})
                return
            QTimer.singleShot(500, tick)
            return
        if not state["clicked"]:
            plugin.action.trigger()  # the toolbar button: show the dock
            dock.resize(320, dock.height())
            QgsApplication.processEvents()
            dock.grab().save(str(OUT / "dock_before.png"))
            button = dock.findChild(QPushButton, "btnSample")
            state["button_text"] = button.text()
            button.click()
            state["clicked"] = True
            QTimer.singleShot(1000, tick)
            return
        if dock.runner.busy() and time.time() - state["t0"] < 400:
            QTimer.singleShot(500, tick)
            return
        QgsApplication.processEvents()
        report = inspect(dock)
        report["button_text"] = state["button_text"]
        grab()
        finish(report)
    except Exception:  # noqa: BLE001 — report, never hang the desktop
        finish({"error": traceback.format_exc()})


QTimer.singleShot(3000, tick)
