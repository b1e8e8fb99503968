"""Logging to QGIS's message log under the Coodiag tag."""
from __future__ import annotations

from qgis.core import Qgis, QgsMessageLog

TAG = "Coodiag"


def info(message: str) -> None:
    QgsMessageLog.logMessage(message, TAG, Qgis.MessageLevel.Info)


def warning(message: str) -> None:
    QgsMessageLog.logMessage(message, TAG, Qgis.MessageLevel.Warning)


def critical(message: str) -> None:
    QgsMessageLog.logMessage(message, TAG, Qgis.MessageLevel.Critical)
