#!/usr/bin/env python3
"""Rebuild styles/beneficiarypotential.qml, unmetzones.qml and employees_zones.qml (QGIS 3.22 format).

Run headless: QT_QPA_PLATFORM=offscreen python3 scripts/build_styles_beneficiaries.py
Palettes are colour-blind safe: YlOrRd (sequential, Jenks breaks) for the potential, Okabe-Ito for the classes,
a blue-green sequential ramp (viridis-like) for employees per zone; secret zones grey and hatched.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STYLES = ROOT / "styles"


def _fill(color: str, stroke: str = "#ffffff", width: float = 0.1):
    from qgis.core import QgsFillSymbol

    return QgsFillSymbol.createSimple({"color": color, "outline_color": stroke, "outline_width": str(width),
                                       "outline_width_unit": "MM"})


def _hatched(color: str):
    from qgis.core import QgsLinePatternFillSymbolLayer, QgsLineSymbol

    symbol = _fill(color, "#636363", 0.2)
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(45)
    hatch.setDistance(1.2)
    hatch.setSubSymbol(QgsLineSymbol.createSimple({"color": "#636363", "width": "0.2"}))
    symbol.appendSymbolLayer(hatch)
    return symbol


def _layer(fields: str):
    from qgis.core import QgsVectorLayer

    return QgsVectorLayer(f"MultiPolygon?crs=EPSG:2154&{fields}", "style", "memory")


def potential_style(path: Path) -> None:
    from qgis.core import QgsClassificationJenks, QgsGraduatedSymbolRenderer, QgsRendererRange

    colours = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"]  # YlOrRd, 5 classes
    bounds = [0, 5, 10, 20, 40, 1e9]  # placeholders: Jenks breaks are recomputed when the layer loads
    ranges = [QgsRendererRange(bounds[i], bounds[i + 1], _fill(c, "#ffffff", 0.0), "")
              for i, c in enumerate(colours)]
    renderer = QgsGraduatedSymbolRenderer("potential", ranges)
    renderer.setClassificationMethod(QgsClassificationJenks())
    layer = _layer("field=potential:double")
    layer.setRenderer(renderer)
    layer.saveNamedStyle(str(path))


def unmet_style(path: Path) -> None:
    from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory

    categories = [  # Okabe-Ito
        ("not_reached", "#d55e00", "Not reached"),
        ("under_reached", "#e69f00", "Under-reached"),
        ("reached", "#0072b2", "Reached"),
        ("outside_reach", "#999999", "Outside the SIAE's reach"),
        ("no_potential", "#f0f0f0", "No potential"),
    ]
    cats = []
    for value, colour, label in categories:
        symbol = _hatched(colour) if value == "outside_reach" else _fill(colour, "#ffffff", 0.2)
        cats.append(QgsRendererCategory(value, symbol, label))
    layer = _layer("field=class:string")
    layer.setRenderer(QgsCategorizedSymbolRenderer("class", cats))
    layer.saveNamedStyle(str(path))


def employees_style(path: Path) -> None:
    from qgis.core import QgsRuleBasedRenderer

    root = QgsRuleBasedRenderer.Rule(None)
    rules = [
        ('"secret" > 0', _hatched("#bdbdbd"), "Secret: fewer than 11 employees"),
        ('"secret" = 0 AND "reached" = 0', _fill("#f7f7f7", "#bdbdbd", 0.2), "No employee"),
        ('"secret" = 0 AND "reached" > 0 AND "reached" < 25', _fill("#c7e9b4", "#ffffff", 0.2), "11 – 24"),
        ('"secret" = 0 AND "reached" >= 25 AND "reached" < 50', _fill("#41b6c4", "#ffffff", 0.2), "25 – 49"),
        ('"secret" = 0 AND "reached" >= 50 AND "reached" < 100', _fill("#225ea8", "#ffffff", 0.2), "50 – 99"),
        ('"secret" = 0 AND "reached" >= 100', _fill("#081d58", "#ffffff", 0.2), "100 or more"),
    ]
    for expression, symbol, label in rules:
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    layer = _layer("field=reached:double&field=secret:integer")
    layer.setRenderer(QgsRuleBasedRenderer(root))
    layer.saveNamedStyle(str(path))


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    STYLES.mkdir(exist_ok=True)
    potential_style(STYLES / "beneficiarypotential.qml")
    unmet_style(STYLES / "unmetzones.qml")
    employees_style(STYLES / "employees_zones.qml")
    print("written:", ", ".join(p.name for p in sorted(STYLES.glob("*.qml"))
                               if p.stem in {"beneficiarypotential", "unmetzones", "employees_zones"}))
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
