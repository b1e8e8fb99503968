"""Default styles of the jobs-and-companies layers (loadbmo, loadsirene, companyprospects), registered with
the one styling path (``@styling.register``). Legends bilingual through (English, French) pairs; counts as
proportional circles (never a choropleth of raw counts on communes of unequal area)."""
from __future__ import annotations

import math

from qgis.core import (
    QgsCentroidFillSymbolLayer,
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsProperty,
    QgsRuleBasedRenderer,
    QgsSymbolLayer,
)

from . import styling

# (English, French); French typography: non-breaking spaces before : ; ? ! and « »
TEXTS = {
    "difficulty": ("{a}–{b} % of hiring projects judged difficult", "{a} à {b} % de projets jugés difficiles"),
    "difficulty_last": ("{a} % or more judged difficult", "{a} % ou plus jugés difficiles"),
    "no_share": ("Not published (secret)", "Non publié (secret)"),
    "size_0": ("No employee", "Sans salarié"),
    "size_1_9": ("1 to 9 employees", "1 à 9 salariés"),
    "size_10_49": ("10 to 49 employees", "10 à 49 salariés"),
    "size_50_249": ("50 to 249 employees", "50 à 249 salariés"),
    "size_250": ("250 employees or more", "250 salariés ou plus"),
    "size_unknown": ("Size unknown", "Effectif inconnu"),
    "at_commune": ("Placed at its commune (no address published)", "Placé à sa commune (adresse non diffusée)"),
    "served": ("Activity served by the SIAE's trades", "Activité servie par les métiers de la SIAE"),
    "tense": ("Employer in trades that struggle to recruit", "Employeur de métiers en tension"),
    "both": ("Both", "Les deux"),
    "top10": ("The 10 best ranked", "Les 10 mieux classées"),
    "prospects_count": ("Companies to approach (circle area ∝ number)",
                        "Entreprises à prospecter (surface du cercle ∝ nombre)"),
}
SIZES = (("0", "size_0", 1.6), ("1-9", "size_1_9", 2.2), ("10-49", "size_10_49", 3.0), ("50-249", "size_50_249", 3.9),
         ("250+", "size_250", 5.0))
DIFFICULTY_BOUNDS = (0, 40, 55, 70, 85, 101)


def _text(key: str, lang: str, **kwargs) -> str:
    english, french = TEXTS[key]
    return (french if lang == "fr" else english).format(**kwargs)


def _rule(symbol, expression: str, label: str):
    return QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label)


def difficulty_rules(field: str, lang: str):
    """Rules on a share 0–1 shown in % classes (YlOrRd), NULL = not published."""
    root = QgsRuleBasedRenderer.Rule(None)
    for i in range(len(DIFFICULTY_BOUNDS) - 1):
        a, b = DIFFICULTY_BOUNDS[i], DIFFICULTY_BOUNDS[i + 1]
        expression = '"{f}" IS NOT NULL AND 100 * "{f}" >= {a} AND 100 * "{f}" < {b}'.format(f=field, a=a, b=b)
        label = (_text("difficulty_last", lang, a=a) if b > 100 else _text("difficulty", lang, a=a, b=b))
        root.appendChild(_rule(styling.fill(styling.YLORRD[i], "#636363", 0.3), expression, label))
    root.appendChild(_rule(styling.secret_symbol(), '"{}" IS NULL'.format(field), _text("no_share", lang)))
    return root


@styling.register("bmo_basins")
def bmo_basins(layer, meta, lang):
    """Basins coloured by the difficulty share of the SIAE trades (all trades when not computed)."""
    values = styling.field_values(layer, "siae_difficulty")
    field = "siae_difficulty" if values.size else "difficulty"
    return QgsRuleBasedRenderer(difficulty_rules(field, lang))


def _size_rules(root, base: str, colour: str, lang: str, stroke: str = "#ffffff") -> None:
    for value, key, size in SIZES:
        root.appendChild(_rule(styling.marker(colour, size, "circle", stroke),
                               '{} AND "size_class" = \'{}\''.format(base, value), _text(key, lang)))
    root.appendChild(_rule(styling.marker(colour, 1.6, "circle", stroke),
                           '{} AND coalesce("size_class", \'\') = \'\''.format(base), _text("size_unknown", lang)))


@styling.register("sirene_establishments")
def sirene_establishments(layer, meta, lang):
    """Circles sized by the size class; establishments placed at their commune as small hollow circles."""
    root = QgsRuleBasedRenderer.Rule(None)
    _size_rules(root, "\"location\" <> 'commune'", "#2c7fb8", lang)
    hollow = QgsMarkerSymbol.createSimple({"name": "circle", "color": "255,255,255,0", "size": "1.8",
                                           "outline_color": "#737373", "outline_width": "0.3"})
    root.appendChild(_rule(hollow, "\"location\" = 'commune'", _text("at_commune", lang)))
    return QgsRuleBasedRenderer(root)


@styling.register("company_prospects")
def company_prospects(layer, meta, lang):
    """The ten best ranked as dark stars; the others coloured by why they were kept, sized by staff."""
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(_rule(styling.marker("#7f0000", 4.6, "star", "#ffffff"), '"rank" <= 10', _text("top10", lang)))
    colours = {"served": "#2c7fb8", "tense": "#d95f0e", "both": "#756bb1"}
    for reason, colour in colours.items():
        root.appendChild(_rule(styling.marker(colour, 2.6, "circle"),
                               '"rank" > 10 AND "reason" = \'{}\''.format(reason), _text(reason, lang)))
    return QgsRuleBasedRenderer(root)


def proportional_circles(field: str, max_value: float, label: str, colour: str = "#756bb1", max_mm: float = 9.0):
    """A polygon symbol: thin outline + a circle at the centroid whose AREA is proportional to `field`."""
    symbol = QgsFillSymbol.createSimple({"color": "255,255,255,0", "outline_color": "#969696",
                                         "outline_width": "0.2"})
    marker = QgsMarkerSymbol.createSimple({"name": "circle", "color": colour, "outline_color": "#ffffff",
                                           "outline_width": "0.2"})
    marker.setOpacity(0.85)
    scale = max_mm / math.sqrt(max_value) if max_value > 0 else 1.0
    marker.symbolLayer(0).setDataDefinedProperty(
        QgsSymbolLayer.PropertySize,
        QgsProperty.fromExpression('{s} * sqrt("{f}")'.format(f=field, s=round(scale, 4))))
    outline_only = symbol.clone()
    centroid = QgsCentroidFillSymbolLayer()
    centroid.setSubSymbol(marker)
    centroid.setPointOnSurface(True)
    symbol.appendSymbolLayer(centroid)
    root = QgsRuleBasedRenderer.Rule(None)
    # a zone without any gets no circle at all (a zero-size circle reaches the PDF as an empty path)
    root.appendChild(_rule(symbol, 'coalesce("{}", 0) > 0'.format(field), label))
    root.appendChild(_rule(outline_only, 'coalesce("{}", 0) <= 0'.format(field), ""))
    return QgsRuleBasedRenderer(root)


@styling.register("company_prospects_zones")
def company_prospects_zones(layer, meta, lang):
    values = styling.field_values(layer, "n")
    return proportional_circles("n", float(values.max()) if values.size else 1.0, _text("prospects_count", lang))
