"""Default styles of the public-procurement and inclusion-actors layers (loaddecp, loadsiaelist), registered
with the one styling path (``@styling.register``)."""
from __future__ import annotations

import math

from qgis.core import (
    QgsMarkerSymbol,
    QgsProperty,
    QgsRuleBasedRenderer,
    QgsSymbolLayer,
)

from ..coodiag_plugin.toolbelt import compat
from . import styling
from .analysis.siae_register import KIND_LABELS

TEXTS = {
    "social_yes": ("With a social consideration (clause, criterion or reserved)",
                   "Avec une considération sociale (clause, critère ou marché réservé)"),
    "social_no": ("Without social consideration", "Sans considération sociale"),
    "social_unknown": ("Not stated (2019 format or field empty)", "Non renseigné (format 2019 ou champ vide)"),
    "share": ("{a}–{b} % of the contracts with a social consideration",
              "{a} à {b} % des marchés avec une considération sociale"),
    "share_unknown": ("Share unknown (no contract says)", "Part inconnue (aucun marché ne le dit)"),
    "buyer_size": ("Circle area ∝ amount of the contracts", "Surface du cercle ∝ montant des marchés"),
    "holds_social": ("Holds public contracts with social considerations",
                     "Titulaire de marchés avec considérations sociales"),
    "overlap": ("Reached by {n} other structure(s) of the same kind",
                "Atteint par {n} autre(s) structure(s) du même type"),
    "overlap_0": ("Reached by the SIAE only", "Atteint par la SIAE seule"),
    "overlap_more": ("Reached by {n} or more other structures", "Atteint par {n} autres structures ou plus"),
}
# Okabe–Ito palette (colour-blind safe), one colour per kind
KIND_COLOURS = {"AI": "#E69F00", "ACI": "#009E73", "EI": "#0072B2", "ETTI": "#D55E00", "EITI": "#CC79A7",
                "GEIQ": "#56B4E9", "EA": "#F0E442", "EATT": "#999999", "SIAE": "#000000"}
SHARE_BOUNDS = (0, 25, 50, 75, 101)
GREENS4 = ["#edf8e9", "#bae4b3", "#74c476", "#238b45"]


def _text(key: str, lang: str, **kwargs) -> str:
    english, french = TEXTS[key]
    return (french if lang == "fr" else english).format(**kwargs)


def _rule(symbol, expression: str, label: str):
    return QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label)


@styling.register("decp_contracts")
def decp_contracts(layer, meta, lang):
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(_rule(styling.marker("#238b45", 3.0, "circle"), "\"social\" = 'yes'", _text("social_yes", lang)))
    root.appendChild(_rule(styling.marker("#969696", 2.2, "circle"), "\"social\" = 'no'", _text("social_no", lang)))
    hollow = QgsMarkerSymbol.createSimple({"name": "circle", "color": "255,255,255,0", "size": "2.2",
                                           "outline_color": "#969696", "outline_width": "0.3"})
    root.appendChild(_rule(hollow, "coalesce(\"social\", 'unknown') = 'unknown'", _text("social_unknown", lang)))
    return QgsRuleBasedRenderer(root)


def _sized_marker(colour: str, field: str, max_value: float, max_mm: float = 10.0):
    symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": colour, "outline_color": "#636363",
                                           "outline_width": "0.2"})
    scale = max_mm / math.sqrt(max_value) if max_value > 0 else 1.0
    symbol.symbolLayer(0).setDataDefinedProperty(
        QgsSymbolLayer.PropertySize,
        QgsProperty.fromExpression('max(1.5, {s} * sqrt(coalesce("{f}", 0)))'.format(s=round(scale, 6), f=field)))
    return symbol


@styling.register("decp_buyers")
def decp_buyers(layer, meta, lang):
    """Buyers: circle area ∝ amount, colour = share of contracts with a social consideration."""
    values = styling.field_values(layer, "amount")
    top = float(values.max()) if values.size else 1.0
    root = QgsRuleBasedRenderer.Rule(None)
    for i in range(len(SHARE_BOUNDS) - 1):
        a, b = SHARE_BOUNDS[i], SHARE_BOUNDS[i + 1]
        expression = '"social_share" IS NOT NULL AND 100 * "social_share" >= {} AND 100 * "social_share" < {}'.format(
            a, b)
        root.appendChild(_rule(_sized_marker(GREENS4[i], "amount", top), expression,
                               _text("share", lang, a=a, b=min(b, 100))))
    root.appendChild(_rule(_sized_marker("#ffffff", "amount", top), '"social_share" IS NULL',
                           _text("share_unknown", lang)))
    return QgsRuleBasedRenderer(root)


@styling.register("siae_register")
def siae_register(layer, meta, lang):
    """One colour per kind; a thick dark outline for the holders of contracts with social considerations."""
    root = QgsRuleBasedRenderer.Rule(None)
    idx = layer.fields().lookupField("kind")
    present = {compat.py_value(f.attribute(idx)) for f in layer.getFeatures()} if idx >= 0 else set()
    for kind, colour in KIND_COLOURS.items():
        if present and kind not in present:
            continue
        label = "{} — {}".format(kind, KIND_LABELS[kind][0 if lang == "fr" else 1]) if kind in KIND_LABELS else kind
        root.appendChild(_rule(styling.marker(colour, 3.2, "circle"), "\"kind\" = '{}'".format(kind), label))
    ring = QgsMarkerSymbol.createSimple({"name": "circle", "color": "255,255,255,0", "size": "4.6",
                                         "outline_color": "#252525", "outline_width": "0.6"})
    root.appendChild(_rule(ring, "\"holds_social_contracts\"", _text("holds_social", lang)))
    return QgsRuleBasedRenderer(root)


@styling.register("siae_overlap")
def siae_overlap(layer, meta, lang):
    colours = ["#f1eef6", "#d7b5d8", "#df65b0", "#dd1c77", "#980043"]
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(_rule(styling.fill(colours[0], "#ffffff", 0.1, 0.75), '"n_other" = 0', _text("overlap_0", lang)))
    for n in (1, 2, 3):
        root.appendChild(_rule(styling.fill(colours[n], "#ffffff", 0.1, 0.75), '"n_other" = {}'.format(n),
                               _text("overlap", lang, n=n)))
    root.appendChild(_rule(styling.fill(colours[4], "#ffffff", 0.1, 0.75), '"n_other" >= 4',
                           _text("overlap_more", lang, n=4)))
    return QgsRuleBasedRenderer(root)
