"""Default styles of the transit layers (imported by styling on first use; ``@styling.register``).

Colour-blind safe ColorBrewer palettes; legends in the atlas language (``lang``); classes from the data or
the run's metadata, never fixed on the sample."""
from __future__ import annotations

from qgis.core import (
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsRendererRange,
    QgsRuleBasedRenderer,
)

from . import styling

TEXTS = {
    "no_departure": ("No departure that day", "Aucun départ ce jour"),
    "departures": ("{a} to {b} departures", "de {a} à {b} départs"),
    "per_hour": ("{a} to {b} per hour at the peak", "de {a} à {b} par heure à la pointe"),
    "per_hour_first": ("up to {b} per hour at the peak", "jusqu'à {b} par heure à la pointe"),
    "per_hour_more": ("more than {a} per hour at the peak", "plus de {a} par heure à la pointe"),
    "no_path": ("No transit path within the limit", "Pas de trajet en transports dans la limite"),
    "ratio": ("transit {a} to {b} × the car", "transports de {a} à {b} × la voiture"),
    "ratio_more": ("transit more than {a} × the car", "transports plus de {a} × la voiture"),
    "ratio_first": ("transit up to {b} × the car", "transports jusqu'à {b} × la voiture"),
}
BANDS = (15, 30, 45, 60)


def _text(key: str, lang: str, **kwargs) -> str:
    english, french = TEXTS[key]
    return (french if lang == "fr" else english).format(**kwargs)


@styling.register("transit_stops")
def _stops(layer, meta, lang):
    """Stops coloured and sized by their departures of the day (quantile classes); stops without any: grey."""
    values = styling.field_values(layer, "departures")
    values = values[values > 0]
    bounds = styling.quantile_breaks(values, 4) if values.size else [1.0, 2.0]
    bounds[0] = 1.0
    ranges = [QgsRendererRange(-1.0e12, 0.5, styling.marker("#bdbdbd", 1.2), _text("no_departure", lang))]
    n = len(bounds) - 1
    for i in range(n):
        low = bounds[i]
        ranges.append(QgsRendererRange(bounds[i], bounds[i + 1],
                                       styling.marker(styling.YLGNBU[min(i + 1, 4)], 1.6 + 0.7 * i, "circle",
                                                      "#253494"),
                                       _text("departures", lang, a=styling.number(low, lang),
                                             b=styling.number(bounds[i + 1], lang))))
    return QgsGraduatedSymbolRenderer('coalesce("departures", 0)', ranges)


@styling.register("transit_lines")
def _lines(layer, meta, lang):
    """Lines drawn wider and darker with their frequency at the peak hour (vehicles per hour)."""
    limits = (0, 2, 4, 6, 10)
    colours = styling.YLGNBU[1:]
    ranges = []
    for i in range(len(limits)):
        a = limits[i]
        b = limits[i + 1] if i + 1 < len(limits) else 1000
        if i == 0:
            label = _text("per_hour_first", lang, b=b)
        elif i + 1 == len(limits):
            label = _text("per_hour_more", lang, a=a)
        else:
            label = _text("per_hour", lang, a=a + 1, b=b)
        symbol = QgsLineSymbol.createSimple({"color": colours[min(i, len(colours) - 1)],
                                             "width": str(0.35 + 0.35 * i), "capstyle": "round"})
        ranges.append(QgsRendererRange(a + (0.5 if i else -0.5), b + 0.5 if i + 1 < len(limits) else 1000.0,
                                       symbol, label))
    return QgsGraduatedSymbolRenderer('coalesce("peak_trips", 0)', ranges)


@styling.register("transit_times")
def _times(layer, meta, lang):
    """Travel time in the transit bands (15/30/45/60 min, or those of the run); no path: hatched grey."""
    bands = [float(b) for b in (meta.get("bands") or BANDS)]
    root = QgsRuleBasedRenderer.Rule(None)
    previous = 0.0
    palette = styling.VIRIDIS[: len(bands) + 1]
    for i, b in enumerate(bands + [None]):
        if b is None:
            expression = '"minutes" > {}'.format(previous)
            label = styling.text("or_more", lang, a=styling.number(previous, lang) + " min")
        else:
            expression = '"minutes" > {} AND "minutes" <= {}'.format(previous, b) if i else '"minutes" <= {}'.format(b)
            label = (styling.text("band_first", lang, b=styling.number(b, lang)) if i == 0
                     else styling.text("band", lang, a=styling.number(previous, lang), b=styling.number(b, lang)))
        root.appendChild(QgsRuleBasedRenderer.Rule(styling.fill(palette[min(i, len(palette) - 1)], "#ffffff", 0.05),
                                                   0, 0, expression, label))
        previous = b if b is not None else previous
    root.appendChild(QgsRuleBasedRenderer.Rule(styling.secret_symbol(), 0, 0, '"minutes" IS NULL',
                                               _text("no_path", lang)))
    return QgsRuleBasedRenderer(root)


@styling.register("mobility_gap")
def _gap(layer, meta, lang):
    """Transit time over car time (ratio classes 1.5 / 2 / 3 / 4); no transit path: hatched grey."""
    limits = (1.5, 2.0, 3.0, 4.0)
    root = QgsRuleBasedRenderer.Rule(None)
    previous = None
    for i, b in enumerate(limits + (None,)):
        if previous is None:
            expression, label = '"ratio" <= {}'.format(b), _text("ratio_first", lang, b=styling.number(b, lang))
        elif b is None:
            expression, label = '"ratio" > {}'.format(previous), _text("ratio_more", lang,
                                                                        a=styling.number(previous, lang))
        else:
            expression = '"ratio" > {} AND "ratio" <= {}'.format(previous, b)
            label = _text("ratio", lang, a=styling.number(previous, lang), b=styling.number(b, lang))
        root.appendChild(QgsRuleBasedRenderer.Rule(styling.fill(styling.YLORRD[i], "#ffffff", 0.05), 0, 0,
                                                   expression, label))
        previous = b
    no_path = '"ratio" IS NULL AND coalesce("secret", 0) = 0'
    names = layer.fields().names() if layer is not None else []
    if "coverage" in names and "status" in names:
        # a zone an input does not cover, or with no road near its people: no data, not "no transit path"
        no_data = "coalesce(\"coverage\", 'ok') <> 'ok' OR coalesce(\"status\", '') = 'off_network'"
        root.appendChild(QgsRuleBasedRenderer.Rule(styling.no_data_symbol(), 0, 0,
                                                   '"ratio" IS NULL AND ({})'.format(no_data),
                                                   styling.text("no_coverage", lang)))
        no_path += " AND NOT ({})".format(no_data)
    root.appendChild(QgsRuleBasedRenderer.Rule(styling.secret_symbol(), 0, 0, no_path, _text("no_path", lang)))
    root.appendChild(QgsRuleBasedRenderer.Rule(styling.secret_symbol(), 0, 0, 'coalesce("secret", 0) > 0',
                                               styling.text("secret", lang, k=styling._k(meta) or 11)))
    return QgsRuleBasedRenderer(root)


@styling.register("mobility_gap_poor")
def _gap_poor(layer, meta, lang):
    """Share of the poor households without a car beyond the threshold by transit (quantile classes)."""
    values = styling.field_values(layer, "share_over")
    return styling.graduated("share_over", values, styling.YLORRD, lang, None, "no_data")
