"""Styles of the client outputs: graduated (quantile classes recomputed on the data) or categorised.

A QML stores the classes of the data it was made on, so the shipped styles/*.qml are only the starting
look; when Processing loads an output, :func:`style_on_load` applies the QML (through the shared
``apply_style_on_load``) and then rebuilds the classes on the layer's own values, with legend labels in
the user's language. Secret or unknown values (NULL) get their own grey, hatched class.

Palettes are colour-blind safe (ColorBrewer YlGnBu / YlOrRd / PuRd sequential, RdBu diverging).
Choropleths show rates or densities (clients per 1,000 of the target, clients per km²), never raw counts
on zones of unequal area.
"""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsRendererCategory,
    QgsRendererRange,
)
from qgis.PyQt.QtCore import QCoreApplication as _Q  # noqa: N814 — short alias, pylupdate5 still sees .translate()

from ..coodiag_plugin.toolbelt import compat
from .postprocessors import OutputPostProcessor

NULL_VALUE = -1.0e12  # coalesce() value of NULL (secret or unknown) in the class expression

YLGNBU = ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"]
YLORRD = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"]
PURD = ["#f1eef6", "#d7b5d8", "#df65b0", "#dd1c77", "#980043"]
RDBU7 = {-3: "#2166ac", -2: "#67a9cf", -1: "#d1e5f0", 0: "#f7f7f7", 1: "#fddbc7", 2: "#ef8a62", 3: "#b2182b"}

# style name → (candidate fields, first with values wins; palette)
GRADUATED = {
    "clientdensity_grid": (("rate", "dens_km2"), YLGNBU),
    "clientdensity_zones": (("rate", "dens_km2"), YLGNBU),
    "smoothed": (("rate_s", "clients_s"), YLORRD),
    "marketpenetration": (("penetration",), YLGNBU),
    "prospectzones": (("potential",), PURD),
}


def _fill(color: str, stroke: str = "#ffffff", width: float = 0.05, opacity: float = 1.0):
    symbol = QgsFillSymbol.createSimple(
        {"color": color, "outline_color": stroke, "outline_width": str(width), "outline_width_unit": "MM"}
    )
    symbol.setOpacity(opacity)
    return symbol


def _secret_symbol():
    """Light grey with a thin hatch and no outline (many small secret cells must not darken the map)."""
    symbol = _fill("#e3e3e3", "#e3e3e3", 0.0)
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(45)
    hatch.setDistance(1.8)
    hatch.setSubSymbol(QgsLineSymbol.createSimple({"color": "#a8a8a8", "width": "0.12"}))
    symbol.appendSymbolLayer(hatch)
    return symbol


def quantile_breaks(values, n: int = 5) -> list:
    """Unique quantile bounds (n classes at most) of finite values."""
    v = np.asarray([x for x in values if x is not None], dtype=float)
    v = v[np.isfinite(v)]
    if v.size == 0:
        return [0.0, 1.0]
    bounds = np.unique(np.quantile(v, np.linspace(0, 1, n + 1)))
    if bounds.size == 1:
        bounds = np.array([bounds[0], bounds[0] + 1.0])
    return bounds.tolist()


def _fmt(v: float) -> str:
    if abs(v) >= 100:
        return "{:.0f}".format(v)
    if abs(v) >= 10:
        return "{:.1f}".format(v)
    return "{:.2f}".format(v)


def graduated_renderer(field: str, values, palette):
    """Quantile classes of the non-NULL values; a class of its own for exact zeros when they are many
    (zero clients is a published value), and one for NULL (secret or no data)."""
    ranges = [
        QgsRendererRange(
            NULL_VALUE,
            NULL_VALUE,
            _secret_symbol(),
            _Q.translate("ClientStyles", "Secret (fewer than k clients) or no data"),
        )
    ]
    v = np.asarray([x for x in values if x is not None], dtype=float)
    v = v[np.isfinite(v)]
    n_classes = len(palette)
    if v.size and (v == 0).mean() > 1.0 / n_classes and (v > 0).any():
        ranges.append(QgsRendererRange(0.0, 0.0, _fill("#f0f0f0"), "0"))
        bounds = quantile_breaks(v[v > 0], n_classes - 1)
        first_label = bounds[0]
        bounds[0] = 0.0  # (0, first] so that no positive value falls between classes
        palette = palette[1:]
    else:
        bounds = quantile_breaks(v, n_classes)
        first_label = bounds[0]
    n = len(bounds) - 1
    for i in range(n):
        colour = palette[int(round(i * (len(palette) - 1) / max(n - 1, 1)))]
        ranges.append(
            QgsRendererRange(
                bounds[i],
                bounds[i + 1],
                _fill(colour),
                "{} – {}".format(_fmt(first_label if i == 0 else bounds[i]), _fmt(bounds[i + 1])),
            )
        )
    return QgsGraduatedSymbolRenderer('coalesce("{}", {})'.format(field, NULL_VALUE), ranges)


def hotspots_renderer():
    labels = {
        3: _Q.translate("ClientStyles", "Hot spot, 99 % confidence"),
        2: _Q.translate("ClientStyles", "Hot spot, 95 % confidence"),
        1: _Q.translate("ClientStyles", "Hot spot, 90 % confidence"),
        0: _Q.translate("ClientStyles", "Not significant"),
        -1: _Q.translate("ClientStyles", "Cold spot, 90 % confidence"),
        -2: _Q.translate("ClientStyles", "Cold spot, 95 % confidence"),
        -3: _Q.translate("ClientStyles", "Cold spot, 99 % confidence"),
    }
    cats = [QgsRendererCategory(k, _fill(RDBU7[k], "#bdbdbd", 0.05), labels[k]) for k in (3, 2, 1, 0, -1, -2, -3)]
    cats.append(
        QgsRendererCategory(
            -99, _secret_symbol(), _Q.translate("ClientStyles", "Suppressed (fewer than k clients around)")
        )
    )
    return QgsCategorizedSymbolRenderer('coalesce("gi_bin", -99)', cats)


def areas_renderer():
    """Outlines only (the areas are drawn over a choropleth): thick = 50 %, medium = 75 %, dashed = 90 %."""
    cats = []
    for level, colour, width, line in (
        (50, "#253494", 0.9, "solid"),
        (75, "#2c7fb8", 0.6, "solid"),
        (90, "#41b6c4", 0.5, "dash"),
    ):
        symbol = QgsFillSymbol.createSimple(
            {
                "style": "no",
                "outline_color": colour,
                "outline_width": str(width),
                "outline_width_unit": "MM",
                "outline_style": line,
            }
        )
        cats.append(
            QgsRendererCategory(
                level, symbol, _Q.translate("ClientStyles", "{} % of the antenna's clients").format(level)
            )
        )
    return QgsCategorizedSymbolRenderer("level", cats)


def layer_values(layer, field: str) -> list:
    idx = layer.fields().lookupField(field)
    if idx < 0:
        return []
    out = []
    for feature in layer.getFeatures():
        v = compat.py_value(feature.attribute(idx))
        if v is not None:
            out.append(float(v))
    return out


def style_layer(layer, style_name: str) -> bool:
    """Rebuild the renderer of an output layer on its own values; False when the style is unknown."""
    if layer is None:
        return False
    if style_name == "hotspots":
        layer.setRenderer(hotspots_renderer())
    elif style_name == "customerareas":
        layer.setRenderer(areas_renderer())
    elif style_name in GRADUATED:
        candidates, palette = GRADUATED[style_name]
        field, values = candidates[0], []
        for name in candidates:
            values = layer_values(layer, name)
            if values:
                field = name
                break
        layer.setRenderer(graduated_renderer(field, values, palette))
    else:
        return False
    layer.triggerRepaint()
    return True


class ClientStylePostProcessor(OutputPostProcessor):
    """Shared QML first, then classes rebuilt on the layer's values (legend labels translated)."""

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        super().postProcessLayer(layer, context, feedback)
        try:
            style_layer(layer, self.style_name)
        except Exception as exc:  # noqa: BLE001 — styling must never fail a run
            if feedback is not None:
                feedback.reportError(str(exc))


def style_on_load(context, dest_id: str, style_name: str, layer_name: str) -> None:
    """On load: the shared QML, a readable name, and classes rebuilt on the data."""
    if not dest_id or not context.willLoadLayerOnCompletion(dest_id):
        return
    details = context.layerToLoadOnCompletionDetails(dest_id)
    details.name = layer_name
    processor = ClientStylePostProcessor(style_name)
    OutputPostProcessor._alive.append(processor)
    details.setPostProcessor(processor)
