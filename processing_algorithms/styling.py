"""The one styling path of Coodiag: the default style of every schema layer, for the map, the GeoPackage
and the atlas alike (main thread or worker thread; no project access).

``style_layer(layer, style_id, meta, lang)`` builds the renderer of a layer from its own values and its
output metadata (bands, threshold, target…), with legend labels in ``lang`` ('fr' or 'en', independent of
the interface language, so that a French atlas never carries English legends). A style id is either a
builder below or a QML of styles/ (classes of graduated QMLs recomputed on the data, labels re-written in
``lang``). Renderers are built in code rather than shipped as QML where the classes depend on the run: QML
class limits describe the data they were made on, and some QML expressions render nothing on QGIS 3.22.

Palettes are colour-blind safe (ColorBrewer sequential YlGnBu / YlOrRd / PuRd / YlOrBr, diverging RdBu).
Choropleths show rates or densities, never raw counts on zones of unequal area.
"""
from __future__ import annotations

import math

import numpy as np
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsRendererRange,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
)

from ..coodiag_plugin.toolbelt import compat, paths
from .analysis import atlas_plan

NULL_VALUE = -1.0e12  # coalesce() value of NULL (secret or no data) in class expressions
FEW_VALUE = -2.0e12  # class value of a rate whose denominator is below the minimum (too few to say anything)
NO_COVERAGE_VALUE = -3.0e12  # class value of a zone an input covers only in part or not at all

YLGNBU = ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"]
YLORRD = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"]
PURD = ["#f1eef6", "#d7b5d8", "#df65b0", "#dd1c77", "#980043"]
YLORBR = ["#ffffd4", "#fed98e", "#fe9929", "#d95f0e", "#993404"]
GREENS = ["#edf8e9", "#bae4b3", "#74c476", "#31a354", "#006d2c"]
VIRIDIS = ["#fde725", "#7ad151", "#22a884", "#2a788e", "#414487", "#440154"]
RDBU7 = {-3: "#2166ac", -2: "#67a9cf", -1: "#d1e5f0", 0: "#f7f7f7", 1: "#fddbc7", 2: "#ef8a62", 3: "#b2182b"}

# Legend texts: key → (English, French). Typography: French spaces before : ; ? ! and « ».
TEXTS = {
    "secret": ("Secret (fewer than {k}) or no data", "Secret (moins de {k}) ou sans donnée"),
    "secret_only": ("Secret (fewer than {k}, or hidden with such a zone)",
                    "Secret (moins de {k}, ou masqué avec une telle zone)"),
    "no_coverage": ("No data (incomplete source)", "Pas de données (source incomplète)"),
    "few_target": ("Fewer than {n} {target} (rate not shown)", "Moins de {n} {target} (taux non montré)"),
    "unmet_low_potential": ("Potential too small to judge", "Potentiel trop faible pour conclure"),
    "unmet_no_data": ("No data (incomplete source)", "Pas de données (source incomplète)"),
    "unmet_unclassed": ("Not classed (territory rate withheld)", "Non classée (taux du territoire masqué)"),
    "no_data": ("No data", "Sans donnée"),
    "zero": ("0", "0"),
    "hot3": ("Hot spot, 99 % confidence", "Point chaud, confiance 99 %"),
    "hot2": ("Hot spot, 95 % confidence", "Point chaud, confiance 95 %"),
    "hot1": ("Hot spot, 90 % confidence", "Point chaud, confiance 90 %"),
    "hot0": ("Not significant", "Non significatif"),
    "cold1": ("Cold spot, 90 % confidence", "Point froid, confiance 90 %"),
    "cold2": ("Cold spot, 95 % confidence", "Point froid, confiance 95 %"),
    "cold3": ("Cold spot, 99 % confidence", "Point froid, confiance 99 %"),
    "hot_secret": ("Suppressed (fewer than {k} clients around)", "Masqué (moins de {k} clients autour)"),
    "area_level": ("{level} % of the antenna's clients", "{level} % des clients de l'antenne"),
    "area_level_named": ("{antenna} — {level} %", "{antenna} — {level} %"),
    "band_first": ("up to {b} min", "jusqu'à {b} min"),
    "band": ("{a} to {b} min", "de {a} à {b} min"),
    "unmet_not_reached": ("Not reached", "Non atteinte"),
    "unmet_under_reached": ("Under-reached", "Sous-atteinte"),
    "unmet_reached": ("Reached", "Atteinte"),
    "unmet_outside_reach": ("Outside the SIAE's reach", "Hors de portée de la SIAE"),
    "unmet_no_potential": ("No potential", "Pas de potentiel"),
    "none_employee": ("No employee", "Aucun salarié"),
    "or_more": ("{a} or more", "{a} ou plus"),
    "over_share": ("{a}–{b} % over {t} min", "{a} à {b} % au-delà de {t} min"),
    "precise_lt": ("under {b} %", "moins de {b} %"),
    "few_households": ("Fewer than {n} households (rate not shown)", "Moins de {n} ménages (taux non montré)"),
    "house_number": ("House number", "Numéro"),
    "street": ("Street", "Rue"),
    "locality": ("Locality (lieu-dit)", "Lieu-dit"),
    "municipality": ("Commune centroid", "Centre de la commune"),
    "coordinates": ("Coordinates from the file", "Coordonnées du fichier"),
}


def text(key: str, lang: str, **kwargs) -> str:
    english, french = TEXTS[key]
    value = french if lang == "fr" else english
    return value.format(**kwargs) if kwargs else value


def number(value, lang: str) -> str:
    """Class bounds: 3 significant digits at most, in the atlas language (decimal comma in French)."""
    if value is None or not math.isfinite(value):
        return ""
    v = float(value)
    decimals = 0 if abs(v) >= 100 or float(v).is_integer() else (1 if abs(v) >= 10 else 2)
    return atlas_plan.format_number(v, lang, decimals)


# ---- symbols ----------------------------------------------------------------------------------------------
def fill(color: str, stroke: str = "#ffffff", width: float = 0.05, opacity: float = 1.0):
    symbol = QgsFillSymbol.createSimple(
        {"color": color, "outline_color": stroke, "outline_width": str(width), "outline_width_unit": "MM"})
    symbol.setOpacity(opacity)
    return symbol


def outline(color: str, width: float = 0.5, line: str = "solid"):
    return QgsFillSymbol.createSimple({"style": "no", "outline_color": color, "outline_width": str(width),
                                       "outline_width_unit": "MM", "outline_style": line})


def secret_symbol():
    """Light grey with a thin hatch and no outline (many small secret cells must not darken the map)."""
    symbol = fill("#e3e3e3", "#e3e3e3", 0.0)
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(45)
    hatch.setDistance(1.8)
    hatch.setSubSymbol(QgsLineSymbol.createSimple({"color": "#a8a8a8", "width": "0.12"}))
    symbol.appendSymbolLayer(hatch)
    return symbol


def no_data_symbol():
    return fill("#ffffff", "#bdbdbd", 0.1)


def few_symbol():
    """A rate on too few households: pale grey, no hatch (not a secret, just not meaningful)."""
    return fill("#f0f0f0", "#d9d9d9", 0.05)


def marker(color: str, size: float = 2.4, shape: str = "circle", stroke: str = "#ffffff"):
    return QgsMarkerSymbol.createSimple({"name": shape, "color": color, "size": str(size),
                                         "outline_color": stroke, "outline_width": "0.2"})


# ---- values and classes -----------------------------------------------------------------------------------
def field_values(layer, field: str) -> np.ndarray:
    idx = layer.fields().lookupField(field)
    if idx < 0:
        return np.array([], dtype=float)
    out = []
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes([idx])
    for feature in layer.getFeatures(request):  # one attribute, no geometry
        v = compat.py_value(feature.attribute(idx))
        if v is not None:
            try:
                out.append(float(v))
            except (TypeError, ValueError):
                continue
    arr = np.asarray(out, dtype=float)
    return arr[np.isfinite(arr)]


def quantile_breaks(values, n: int = 5) -> list:
    """Unique quantile bounds (n classes at most) of finite values."""
    v = np.asarray(values, dtype=float)
    v = v[np.isfinite(v)]
    if v.size == 0:
        return [0.0, 1.0]
    bounds = np.unique(np.quantile(v, np.linspace(0, 1, n + 1)))
    if bounds.size == 1:
        bounds = np.array([bounds[0], bounds[0] + 1.0])
    return bounds.tolist()


def _range_label(low, high, lang: str) -> str:
    return "{} – {}".format(number(low, lang), number(high, lang))


def graduated(field: str, values, palette, lang: str, k=None, null_label: str = "secret"):
    """Quantile classes of the non-NULL values; a class of its own for exact zeros when they are many (zero
    is a published value), and one for NULL (secret or no data)."""
    ranges = []
    if null_label:
        ranges.append(QgsRendererRange(NULL_VALUE, NULL_VALUE, secret_symbol() if k else no_data_symbol(),
                                       text(null_label if k else "no_data", lang, k=k)))
    v = np.asarray(values, dtype=float)
    v = v[np.isfinite(v)]
    n_classes = len(palette)
    if v.size and (v == 0).any() and (v > 0).any():  # a published 0 is drawn as 0, never in a class "0 – x"
        ranges.append(QgsRendererRange(0.0, 0.0, fill("#f0f0f0"), text("zero", lang)))
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
        ranges.append(QgsRendererRange(bounds[i], bounds[i + 1], fill(colour),
                                       _range_label(first_label if i == 0 else bounds[i], bounds[i + 1], lang)))
    return QgsGraduatedSymbolRenderer('coalesce("{}", {})'.format(field, NULL_VALUE), ranges)


def relabel_graduated(renderer, lang: str) -> None:
    """Rewrite the labels of a graduated renderer's classes as numbers in `lang`."""
    for index, rng in enumerate(renderer.ranges()):
        if rng.lowerValue() <= NULL_VALUE:
            continue
        renderer.updateRangeLabel(index, _range_label(rng.lowerValue(), rng.upperValue(), lang))


def recompute_graduated(layer, lang: str = "en", quantiles: bool = False) -> None:
    """A graduated QML stores the class limits of the data it was made on: recompute them on `layer` (same
    number of classes) and write the labels in `lang`. Never fails a run."""
    renderer = layer.renderer() if layer is not None else None
    if renderer is None or renderer.type() != "graduatedSymbol":
        return
    n = len(renderer.ranges()) or 5
    try:
        if quantiles:
            from qgis.core import QgsClassificationQuantile

            renderer.setClassificationMethod(QgsClassificationQuantile())
        renderer.updateClasses(layer, n)
        relabel_graduated(renderer, lang)
    except Exception:  # noqa: BLE001 — keep the stored classes when they cannot be recomputed
        return


# ---- builders ---------------------------------------------------------------------------------------------
def _k(meta) -> int | None:
    try:
        return int(meta.get("threshold")) if meta.get("threshold") is not None else None
    except (TypeError, ValueError):
        return None


def _first_field(layer, candidates) -> tuple:
    for name in candidates:
        values = field_values(layer, name)
        if values.size:
            return name, values
    return candidates[0], np.array([])


def _has_field(layer, name: str) -> bool:
    return layer is not None and layer.fields().lookupField(name) >= 0


def _graduated_builder(candidates, palette, null_label="secret", denominators=None):
    """Quantile classes of the first field of `candidates` holding values. With `denominators` ({rate field:
    its denominator field}), a rate whose denominator is below the run's minimum (metadata min_denominator)
    gets its own "too few" class and the classes are computed on the other values only; a zone that an input
    covers only in part (field coverage) gets a "no data" class of its own."""
    def build(layer, meta, lang):
        name, values = _first_field(layer, candidates)
        renderer = graduated(name, values, palette, lang, _k(meta) or (11 if null_label == "secret" else None),
                             null_label)
        den = (denominators or {}).get(name)
        minimum = meta.get("min_denominator")
        few = den is not None and minimum is not None and _has_field(layer, den) and bool(
            ((field_values(layer, den) > 0) & (field_values(layer, den) < float(minimum))).any())
        covered = _has_field(layer, "coverage") and any(
            compat.py_value(f["coverage"]) in ("partial", "missing") for f in layer.getFeatures())
        if not (few or covered):
            return renderer
        ranges = list(renderer.ranges())
        cases = []
        if covered:
            cases.append("WHEN \"coverage\" IN ('partial', 'missing') THEN {}".format(NO_COVERAGE_VALUE))
            ranges.insert(0, QgsRendererRange(NO_COVERAGE_VALUE, NO_COVERAGE_VALUE, no_data_symbol(),
                                              text("no_coverage", lang)))
        if few:
            cases.append('WHEN "{d}" > 0 AND "{d}" < {m} THEN {v}'.format(d=den, m=float(minimum), v=FEW_VALUE))
            target = meta.get("target_label_fr" if lang == "fr" else "target_label_en") or \
                ("ménages" if lang == "fr" else "households")
            ranges.insert(0, QgsRendererRange(FEW_VALUE, FEW_VALUE, few_symbol(),
                                              text("few_target", lang, n=number(float(minimum), lang),
                                                   target=target)))
        expression = 'CASE {} ELSE coalesce("{}", {}) END'.format(" ".join(cases), name, NULL_VALUE)
        return QgsGraduatedSymbolRenderer(expression, ranges)
    return build


def _hotspots(layer, meta, lang):
    keys = {3: "hot3", 2: "hot2", 1: "hot1", 0: "hot0", -1: "cold1", -2: "cold2", -3: "cold3"}
    cats = [QgsRendererCategory(k, fill(RDBU7[k], "#bdbdbd", 0.05), text(keys[k], lang))
            for k in (3, 2, 1, 0, -1, -2, -3)]
    cats.append(QgsRendererCategory(-99, secret_symbol(), text("hot_secret", lang, k=_k(meta) or 11)))
    return QgsCategorizedSymbolRenderer('coalesce("gi_bin", -99)', cats)


def _customer_areas(layer, meta, lang):
    """Outlines only (drawn over a choropleth), one colour per antenna, line style per level."""
    widths = {50: (0.9, "solid"), 75: (0.6, "solid"), 90: (0.45, "dash")}
    idx_a, idx_l = layer.fields().lookupField("antenna"), layer.fields().lookupField("level")
    pairs = sorted({(str(compat.py_value(f.attribute(idx_a)) or ""), int(compat.py_value(f.attribute(idx_l)) or 0))
                    for f in layer.getFeatures()}) if idx_a >= 0 and idx_l >= 0 else []
    antennas = sorted({a for a, _lv in pairs})
    colours = ["#253494", "#b2182b", "#1b7837", "#762a83", "#e08214", "#2c7fb8"]
    root = QgsRuleBasedRenderer.Rule(None)
    for antenna, level in pairs:
        width, line = widths.get(level, (0.5, "dot"))
        colour = colours[antennas.index(antenna) % len(colours)]
        label = (text("area_level_named", lang, antenna=antenna, level=level) if len(antennas) > 1 or antenna
                 else text("area_level", lang, level=level))
        expression = '"antenna" = {} AND "level" = {}'.format(_quote(antenna), level)
        root.appendChild(QgsRuleBasedRenderer.Rule(outline(colour, width, line), 0, 0, expression, label))
    if not pairs:
        return QgsSingleSymbolRenderer(outline("#253494", 0.6))
    return QgsRuleBasedRenderer(root)


def _quote(value: str) -> str:
    return "'{}'".format(str(value).replace("'", "''"))


def band_limits(layer, meta) -> list:
    bands = [float(b) for b in (meta.get("bands") or []) if b is not None]
    if not bands:
        values = field_values(layer, "minutes")
        bands = sorted(set(values.tolist()))
    return sorted(set(bands))


def _isochrones(layer, meta, lang):
    """One class per computed band (never a fixed 0–5/5–10… list), labelled in minutes."""
    bands = band_limits(layer, meta)
    if not bands:
        return QgsSingleSymbolRenderer(fill(VIRIDIS[0], "#ffffff", 0.1, 0.8))
    palette = VIRIDIS[: max(len(bands), 2)] if len(bands) <= len(VIRIDIS) else VIRIDIS
    ranges = []
    previous = 0.0
    for i, b in enumerate(bands):
        colour = palette[min(int(round(i * (len(palette) - 1) / max(len(bands) - 1, 1))), len(palette) - 1)]
        label = (text("band_first", lang, b=number(b, lang)) if i == 0
                 else text("band", lang, a=number(previous, lang), b=number(b, lang)))
        # no outline: the hundreds of small holes of a road-hugging isochrone would each get a stroke (and
        # degenerate ones reach the PDF as empty paths)
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_style": "no"})
        symbol.setOpacity(0.8)
        ranges.append(QgsRendererRange(previous, b, symbol, label))
        previous = b
    return QgsGraduatedSymbolRenderer("minutes", ranges)


def _unmet(layer, meta, lang):
    """One class per unmet class; a zone without class is secret (secret = 1) or, when its count is published
    but the territory rate is withheld, "not classed" — a published 0 is never drawn as a secret."""
    colours = {"not_reached": "#b2182b", "under_reached": "#f4a582", "reached": "#4393c3",
               "low_potential": "#e0e0e0", "outside_reach": "#8c8c8c", "no_potential": "#f7f7f7"}
    root = QgsRuleBasedRenderer.Rule(None)
    for key, colour in colours.items():
        root.appendChild(QgsRuleBasedRenderer.Rule(fill(colour, "#ffffff", 0.2), 0, 0,
                                                   '"class" = {}'.format(_quote(key)), text("unmet_" + key, lang)))
    root.appendChild(QgsRuleBasedRenderer.Rule(no_data_symbol(), 0, 0, '"class" = \'no_data\'',
                                               text("unmet_no_data", lang)))
    root.appendChild(QgsRuleBasedRenderer.Rule(secret_symbol(), 0, 0, '"class" IS NULL AND coalesce("secret", 1) > 0',
                                               text("secret_only", lang, k=_k(meta) or 11)))
    root.appendChild(QgsRuleBasedRenderer.Rule(no_data_symbol(), 0, 0, '"class" IS NULL AND "secret" = 0',
                                               text("unmet_unclassed", lang)))
    return QgsRuleBasedRenderer(root)


def _employees_zones(layer, meta, lang):
    k = _k(meta) or 11
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(secret_symbol(), 0, 0, '"secret" > 0', text("secret_only", lang, k=k)))
    root.appendChild(QgsRuleBasedRenderer.Rule(fill("#f7f7f7", "#ffffff", 0.2), 0, 0,
                                               'coalesce("secret", 0) = 0 AND "reached" = 0',
                                               text("none_employee", lang)))
    values = field_values(layer, "reached")
    values = values[values >= k]
    bounds = quantile_breaks(values, 4) if values.size else [k, k + 1]
    bounds[0] = float(k)
    n = len(bounds) - 1
    for i in range(n):
        low, high = bounds[i], bounds[i + 1]
        last = i == n - 1
        expression = 'coalesce("secret", 0) = 0 AND "reached" >= {} AND "reached" {} {}'.format(
            low, "<=" if last else "<", high)
        label = _range_label(low, high, lang)
        root.appendChild(QgsRuleBasedRenderer.Rule(fill(PURD[min(i + 1, 4)], "#ffffff", 0.2), 0, 0, expression,
                                                   label))
    return QgsRuleBasedRenderer(root)


def _traveltimes_zones(layer, meta, lang):
    threshold = meta.get("threshold_min", 45)
    k = _k(meta) or 11
    root = QgsRuleBasedRenderer.Rule(None)
    for (a, b), colour in zip(((0, 10), (10, 20), (20, 35), (35, 50), (50, 100)), YLORRD):
        expression = '"share_over" >= {} AND "share_over" {} {}'.format(a, "<=" if b == 100 else "<", b)
        root.appendChild(QgsRuleBasedRenderer.Rule(fill(colour, "#ffffff", 0.2), 0, 0, expression,
                                                   text("over_share", lang, a=a, b=b, t=threshold)))
    root.appendChild(QgsRuleBasedRenderer.Rule(secret_symbol(), 0, 0, '"share_over" IS NULL',
                                               text("secret", lang, k=k)))
    return QgsRuleBasedRenderer(root)


def _import_points(layer, meta, lang):
    colours = {"housenumber": "#1a9850", "street": "#91cf60", "locality": "#fee08b", "municipality": "#fc8d59",
               "coordinates": "#4575b4"}
    keys = {"housenumber": "house_number", "street": "street", "locality": "locality", "municipality": "municipality",
            "coordinates": "coordinates"}
    cats = [QgsRendererCategory(value, marker(colour), text(keys[value], lang)) for value, colour in colours.items()]
    return QgsCategorizedSymbolRenderer("geo_type", cats)


def _poverty(layer, meta, lang):
    """Share of poor households per cell, on cells of at least `min_households` households (a rate on a
    handful of households says nothing: those cells get their own grey class)."""
    minimum = int(meta.get("min_households") or 11)
    idx_men, idx_pauv = layer.fields().lookupField("men"), layer.fields().lookupField("men_pauv")
    values = []
    if idx_men >= 0 and idx_pauv >= 0:
        for feature in layer.getFeatures():
            men, pauv = compat.py_value(feature.attribute(idx_men)), compat.py_value(feature.attribute(idx_pauv))
            if men is not None and pauv is not None and float(men) >= minimum:
                values.append(100.0 * float(pauv) / float(men))
    renderer = graduated("_share", values, YLORRD, lang, None, null_label="")
    ranges = [QgsRendererRange(NULL_VALUE, NULL_VALUE, no_data_symbol(), text("few_households", lang, n=minimum))]
    ranges += [r for r in renderer.ranges()]
    expression = ('coalesce(CASE WHEN "men" >= {m} THEN 100.0 * "men_pauv" / "men" END, {null})'
                  .format(m=minimum, null=NULL_VALUE))
    return QgsGraduatedSymbolRenderer(expression, ranges)


def _antennas(layer, meta, lang):
    return QgsSingleSymbolRenderer(marker("#b2182b", 4.2, "star", "#ffffff"))


def _network(layer, meta, lang):
    return QgsSingleSymbolRenderer(QgsLineSymbol.createSimple({"color": "#9e9e9e", "width": "0.15"}))


BUILDERS = {
    "antennas": _antennas,
    "filosofi_poverty": _poverty,
    "network": _network,
    "clientdensity_grid": _graduated_builder(("rate", "dens_km2"), YLGNBU, denominators={"rate": "target"}),
    "clientdensity_zones": _graduated_builder(("rate", "dens_km2"), YLGNBU, denominators={"rate": "target"}),
    "smoothed": _graduated_builder(("rate_s", "clients_s"), YLORRD, denominators={"rate_s": "target_s"}),
    "marketpenetration": _graduated_builder(("penetration",), YLGNBU, denominators={"penetration": "target"}),
    "prospectzones": _graduated_builder(("potential",), PURD, denominators={"potential": "target"}),
    "beneficiarypotential": _graduated_builder(("potential",), YLORBR, null_label=""),
    "filosofi_population": _graduated_builder(("ind",), VIRIDIS[::-1][1:], null_label=""),
    "geocoding_quality": _graduated_builder(("precise_rate",), GREENS),
    "hotspots": _hotspots,
    "customerareas": _customer_areas,
    "isochrones": _isochrones,
    "unmetzones": _unmet,
    "employees_zones": _employees_zones,
    "traveltimes_summary": _traveltimes_zones,
    "importtable": _import_points,
}


def register(style_id: str):
    """Decorator for the style builders of other modules: ``@register("transit_stops")``."""
    def wrap(fn):
        BUILDERS[style_id] = fn
        return fn
    return wrap


#: modules holding the style builders of a topic (``@register`` at import), imported on first use
STYLE_MODULES = ("styles_transit", "styles_siting", "styles_economy", "styles_procurement")
_loaded_modules: list = []


def _load_style_modules() -> None:
    if _loaded_modules:
        return
    import importlib

    _loaded_modules.append(True)
    for name in STYLE_MODULES:
        try:
            importlib.import_module("{}.{}".format(__package__, name))
        except ImportError:
            continue


def style_layer(layer, style_id: str, meta: dict | None = None, lang: str = "en") -> bool:
    """Give `layer` its default style. True when a style was applied."""
    if layer is None or not style_id:
        return False
    _load_style_modules()
    meta = meta or {}
    qml = paths.style(style_id)
    if qml.exists():
        layer.loadNamedStyle(str(qml))
    builder = BUILDERS.get(style_id)
    try:
        if builder is not None:
            renderer = builder(layer, meta, lang)
            if renderer is not None:
                layer.setRenderer(renderer)
        elif qml.exists():
            recompute_graduated(layer, lang)
        else:
            return False
    except Exception:  # noqa: BLE001 — styling must never fail a run: keep what the QML gave
        return qml.exists()
    layer.triggerRepaint()
    return True
