#!/usr/bin/env python3
"""Regenerate styles/filosofi_population.qml, filosofi_poverty.qml, communes.qml and territory.qml (PyQGIS).

Quantile classes of filosofi_population are computed on the sample grid (CA du Pays Ajaccien);
coodiag:loadfilosofi recomputes them on the loaded cells. Run: python scripts/make_styles_publicdata.py
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

VIRIDIS = ["#440154", "#3b528b", "#21918c", "#5ec962", "#fde725"]
YLORRD = ["#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026"]


def ramp(colours):
    from qgis.core import QgsGradientColorRamp, QgsGradientStop
    from qgis.PyQt.QtGui import QColor

    stops = [QgsGradientStop(i / (len(colours) - 1), QColor(c)) for i, c in enumerate(colours[1:-1], start=1)]
    return QgsGradientColorRamp(QColor(colours[0]), QColor(colours[-1]), False, stops)


def fill(colour: str):
    from qgis.core import QgsFillSymbol

    return QgsFillSymbol.createSimple({"color": colour, "outline_style": "no"})


def main() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from demo_context import start_qgis

    app = start_qgis()
    from qgis import processing
    from qgis.core import (
        QgsClassificationQuantile,
        QgsFillSymbol,
        QgsGraduatedSymbolRenderer,
        QgsPalLayerSettings,
        QgsRendererRange,
        QgsSingleSymbolRenderer,
        QgsTextBufferSettings,
        QgsTextFormat,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtGui import QColor, QFont

    sample = ROOT / "resources" / "sample"
    styles = ROOT / "styles"
    cells = processing.run("coodiag:loadfilosofi", {
        "INPUT": str(sample / "filosofi2019_200m_ajaccio.gpkg"), "OUTPUT_CRS": "EPSG:2154",
        "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]

    # population: quantiles of ind, viridis
    renderer = QgsGraduatedSymbolRenderer("ind")
    renderer.setSourceSymbol(fill(VIRIDIS[0]))
    renderer.setSourceColorRamp(ramp(VIRIDIS))
    renderer.setClassificationMethod(QgsClassificationQuantile())
    renderer.updateClasses(cells, 5)
    renderer.updateColorRamp(ramp(VIRIDIS))
    cells.setRenderer(renderer)
    cells.saveNamedStyle(str(styles / "filosofi_population.qml"))

    # poverty: share of poor households, fixed classes (comparable between territories)
    expression = 'CASE WHEN "men" > 0 THEN 100.0 * "men_pauv" / "men" END'
    bounds = [(0, 5), (5, 10), (10, 15), (15, 20), (20, 30), (30, 100)]
    ranges = []
    for (low, high), colour in zip(bounds, YLORRD):
        ranges.append(QgsRendererRange(low, high, fill(colour), f"{low} – {high} %"))
    poverty = QgsGraduatedSymbolRenderer(expression, ranges)
    poverty.setSourceColorRamp(ramp(YLORRD))
    cells.setRenderer(poverty)
    cells.saveNamedStyle(str(styles / "filosofi_poverty.qml"))

    communes = processing.run("native:reprojectlayer", {
        "INPUT": f"{sample / 'territory.gpkg'}|layername=communes", "TARGET_CRS": "EPSG:2154",
        "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    outline = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#4d4d4d", "outline_width": "0.3"})
    communes.setRenderer(QgsSingleSymbolRenderer(outline))
    settings = QgsPalLayerSettings()
    settings.fieldName = "NOM"
    text = QgsTextFormat()
    text.setFont(QFont("Sans Serif", 8))
    text.setSize(8)
    text.setColor(QColor("#262626"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor("#ffffff"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    settings.placement = QgsPalLayerSettings.Placement.OverPoint
    communes.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    communes.setLabelsEnabled(True)
    communes.saveNamedStyle(str(styles / "communes.qml"))

    communes.setLabelsEnabled(False)
    communes.setLabeling(None)
    border = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#1a1a1a", "outline_width": "0.8"})
    communes.setRenderer(QgsSingleSymbolRenderer(border))
    communes.saveNamedStyle(str(styles / "territory.qml"))
    print("styles written to", styles)
    app.exitQgis()


if __name__ == "__main__":
    main()
