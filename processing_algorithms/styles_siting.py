"""Default styles of the antenna-siting layers (coodiag:antennasiting), registered with the styling path."""
from __future__ import annotations

from qgis.core import QgsRuleBasedRenderer, QgsSingleSymbolRenderer

from ..coodiag_plugin.toolbelt import compat
from . import styling

# (English, French) legend texts; French typography: non-breaking spaces before : ; ? ! and « »
TEXTS = {
    "site_rank": ("New antenna no. {r} (chosen {nth})", "Nouvelle antenne n° {r} (choisie en {nth_fr})"),
    "catch_new": ("New antenna, ≤ {s} min", "Nouvelle antenne, ≤ {s} min"),
    "catch_existing": ("Existing antenna, ≤ {s} min", "Antenne existante, ≤ {s} min"),
}
ORDINALS = {1: ("first", "premier"), 2: ("second", "deuxième"), 3: ("third", "troisième"), 4: ("fourth", "quatrième"),
            5: ("fifth", "cinquième")}
RANK_COLOURS = ["#7f0000", "#b30000", "#d7301f", "#ef6548", "#fc8d59", "#fdbb84"]  # OrRd, dark = first


def _text(key: str, lang: str, **kwargs) -> str:
    english, french = TEXTS[key]
    return (french if lang == "fr" else english).format(**kwargs)


def _best_p_ranks(layer) -> tuple:
    """(largest p of the layer, the ranks of its sites)."""
    idx_p, idx_r = layer.fields().lookupField("p"), layer.fields().lookupField("rank")
    if idx_p < 0 or idx_r < 0:
        return None, []
    pairs = []
    for feature in layer.getFeatures():
        p, r = compat.py_value(feature.attribute(idx_p)), compat.py_value(feature.attribute(idx_r))
        if p is not None and r is not None:
            pairs.append((int(p), int(r)))
    if not pairs:
        return None, []
    best = max(p for p, _r in pairs)
    return best, sorted({r for p, r in pairs if p == best})


@styling.register("siting_sites")
def sites(layer, meta, lang):
    """The sites of the largest scenario (the layer holds one set per p), darker for the first chosen."""
    best, ranks = _best_p_ranks(layer)
    if best is None:
        return QgsSingleSymbolRenderer(styling.marker(RANK_COLOURS[0], 5.0, "diamond"))
    root = QgsRuleBasedRenderer.Rule(None)
    for r in ranks:
        nth, nth_fr = ORDINALS.get(r, ("no. {}".format(r), "n° {}".format(r)))
        colour = RANK_COLOURS[min(r - 1, len(RANK_COLOURS) - 1)]
        root.appendChild(QgsRuleBasedRenderer.Rule(
            styling.marker(colour, 5.0, "diamond", "#ffffff"), 0, 0, '"p" = {} AND "rank" = {}'.format(best, r),
            _text("site_rank", lang, r=r, nth=nth, nth_fr=nth_fr)))
    return QgsRuleBasedRenderer(root)


@styling.register("siting_catchments")
def catchments(layer, meta, lang):
    """Translucent catchments within S: new antennas in orange, existing ones in blue-grey."""
    bands = styling.band_limits(layer, meta)
    s = styling.number(bands[-1], lang) if bands else "S"
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(styling.fill("#fdbb84", "#d7301f", 0.4, 0.55), 0, 0,
                                               "\"kind\" = 'new'", _text("catch_new", lang, s=s)))
    root.appendChild(QgsRuleBasedRenderer.Rule(styling.fill("#d1e5f0", "#4393c3", 0.3, 0.45), 0, 0,
                                               "\"kind\" = 'existing'", _text("catch_existing", lang, s=s)))
    return QgsRuleBasedRenderer(root)
