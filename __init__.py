"""Coodiag QGIS plugin entry point (QGIS calls classFactory)."""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    from .coodiag_plugin.plugin import CoodiagPlugin

    return CoodiagPlugin(iface)
