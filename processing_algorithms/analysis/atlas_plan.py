"""Plan of the PDF atlas: themes, page list, key figures and the printed texts (pure Python, no QGIS).

A theme is a JSON file in resources/atlas/themes/ (see ``Theme``); the key-figures indicators are declared
in resources/atlas/key_figures.json (see ``Indicator``). Printed texts follow the atlas language chosen by
the user (``en`` or ``fr``), independently of the QGIS interface language, so they are kept here as
bilingual pairs rather than Qt translations.
"""
from __future__ import annotations

import datetime as _dt
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

LANGUAGES = ("en", "fr")

# Layer names that hold one point per person or per client: never drawn on an atlas page.
PERSONAL_LAYER_NAMES = ("clients", "employees")

MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)

# Printed texts: key → (English, French). French typography: space before : ; ? ! and « ».
TEXTS = {
    "default_title": ("Territorial diagnostic", "Diagnostic territorial"),
    "cover_kicker": ("Coodiag atlas", "Atlas Coodiag"),
    "contents": ("Contents", "Sommaire"),
    "key_figures": ("Key figures", "Chiffres clés"),
    "key_figures_sub": ("Main numbers of the diagnostic, by zone", "Principaux chiffres du diagnostic, par zone"),
    "zone": ("Zone", "Zone"),
    "territory_total": ("Whole territory", "Ensemble du territoire"),
    "legend": ("Legend", "Légende"),
    "page": ("Page {} / {}", "Page {} / {}"),
    "pages": ("pages {}–{}", "pages {} à {}"),
    "page_one": ("page {}", "page {}"),
    "made_with": (
        "Produced with Coodiag, the COORACE territorial diagnostic method",
        "Réalisé avec Coodiag, la méthode de diagnostic territorial de COORACE",
    ),
    "prepared_for": ("Prepared for {}", "Préparé pour {}"),
    "printed_on": ("Printed on {}", "Édité le {}"),
    "privacy_note": (
        (
            "Statistical secrecy: no individual data is shown; counts below {k} are masked "
            "(small Filosofi cells merged by INSEE)."
        ),
        (
            "Secret statistique : aucune donnée individuelle n'est représentée ; effectifs inférieurs à {k} "
            "masqués (petits carreaux Filosofi regroupés par l'Insee)."
        ),
    ),
    "cover_privacy": (
        "Working document for the SIAE's board: aggregated data only, no personal data.",
        (
            "Document de travail pour les instances de la SIAE : données agrégées uniquement, "
            "aucune donnée personnelle."
        ),
    ),
    "key_sources": (
        (
            "Sources: the SIAE's files (clients, employees) and the diagnostic's layers; counts of fewer "
            "than {k} are shown as “< {k}”."
        ),
        (
            "Sources : fichiers de la SIAE (clients, salariés) et couches du diagnostic ; les effectifs de "
            "moins de {k} sont notés « < {k} »."
        ),
    ),
    "secret_cell": ("< {k}", "< {k}"),
    "no_value": ("–", "–"),
    "no_indicator": (
        "No key figure is available yet in this diagnostic: run the analysis steps first.",
        "Aucun chiffre clé n'est encore disponible dans ce diagnostic : lancez d'abord les étapes d'analyse.",
    ),
}


def text(key: str, lang: str, **kwargs) -> str:
    english, french = TEXTS[key]
    value = french if lang == "fr" else english
    return value.format(**kwargs) if kwargs else value


def resolve_language(choice: str, ui_locale: str) -> str:
    """'auto' → the interface language when it is French, else English."""
    choice = (choice or "auto").lower()
    if choice in LANGUAGES:
        return choice
    return "fr" if (ui_locale or "").lower().startswith("fr") else "en"


def format_date(day: _dt.date, lang: str) -> str:
    if lang == "fr":
        first = "1er" if day.day == 1 else str(day.day)
        return f"{first} {MONTHS_FR[day.month - 1]} {day.year}"
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def format_number(value, lang: str, decimals: int = 0) -> str:
    """12345.6 → '12 346' (fr, narrow no-break space) or '12,346' (en); None/NaN → dash."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return text("no_value", lang)
    formatted = f"{value:,.{decimals}f}"
    if lang == "fr":
        formatted = formatted.replace(",", "\u202f").replace(".", ",")
    return formatted


# ---- themes -------------------------------------------------------------------------------------
@dataclass
class Theme:
    id: str
    order: int
    title: str
    title_fr: str
    subtitle: str = ""
    subtitle_fr: str = ""
    layers: list = field(default_factory=list)  # GeoPackage layer names, top first
    legend: list = field(default_factory=list)  # layers shown in the legend
    sources: str = ""
    privacy_note: bool = True
    per_zone: bool = False
    styles: dict = field(default_factory=dict)  # optional {layer: style name in styles/}
    legend_titles: dict = field(default_factory=dict)  # optional {layer: {"en": .., "fr": ..}}
    extent: str = "zones"  # whole-territory pages: "zones" (all coverage zones) or one of `layers`
    path: str = ""

    def label(self, lang: str) -> str:
        return self.title_fr if lang == "fr" and self.title_fr else self.title

    def sub(self, lang: str) -> str:
        return self.subtitle_fr if lang == "fr" and self.subtitle_fr else self.subtitle

    def legend_title(self, layer: str, lang: str) -> str | None:
        titles = self.legend_titles.get(layer) or {}
        return titles.get(lang) or titles.get("en")


class ThemeError(ValueError):
    """A theme file that cannot be used (bad JSON or missing keys)."""


def read_theme(path: Path) -> Theme:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ThemeError(f"{path}: {exc}") from exc
    missing = [key for key in ("id", "title", "layers") if key not in data]
    if missing:
        raise ThemeError(f"{path}: missing key(s) {', '.join(missing)}")
    known = set(Theme.__dataclass_fields__) - {"path"}
    kwargs = {k: v for k, v in data.items() if k in known}
    kwargs.setdefault("order", 100)
    kwargs.setdefault("title_fr", data["title"])
    kwargs.setdefault("legend", list(data["layers"]))
    return Theme(path=str(path), **kwargs)


def load_themes(folder: Path) -> list:
    """Every theme of a folder, sorted by (order, id)."""
    themes = [read_theme(p) for p in sorted(Path(folder).glob("*.json"))]
    return sorted(themes, key=lambda t: (t.order, t.id))


def parse_ids(value) -> list:
    """'a, b;c' or ['a', 'b'] → ['a', 'b', 'c'] (order kept, duplicates dropped)."""
    if value is None:
        return []
    items = value if isinstance(value, (list, tuple)) else str(value).replace(";", ",").split(",")
    out = []
    for item in items:
        item = str(item).strip()
        if item and item not in out:
            out.append(item)
    return out


def select_themes(themes: list, requested: list, available_layers) -> tuple:
    """(selected, skipped): requested ids (all when empty) whose layers all exist in the GeoPackage.

    `skipped` is a list of (theme id, reason) — unknown ids and themes with missing layers."""
    available = {name.lower() for name in available_layers}
    by_id = {t.id: t for t in themes}
    skipped = []
    if requested:
        chosen = []
        for theme_id in requested:
            if theme_id in by_id:
                chosen.append(by_id[theme_id])
            else:
                skipped.append((theme_id, "unknown theme"))
    else:
        chosen = list(themes)
    selected = []
    for theme in chosen:
        missing = [name for name in theme.layers if name.lower() not in available]
        if missing:
            skipped.append((theme.id, "missing layer(s) " + ", ".join(missing)))
        else:
            selected.append(theme)
    return selected, skipped


def is_personal_layer(name: str, geometry: str, flagged: bool = False) -> bool:
    """A layer of individual clients or employees: point geometry and a personal name, or flagged."""
    if flagged:
        return True
    lowered = name.lower()
    named = any(lowered == base or lowered.startswith(base + "_") for base in PERSONAL_LAYER_NAMES)
    return named and "point" in (geometry or "").lower()


@dataclass
class Page:
    kind: str  # cover | key_figures | theme
    theme_id: str = ""
    zone: str = ""  # zone name on per-zone pages


def plan_pages(themes: list, zone_names: list, key_pages: int = 1) -> list:
    pages = [Page("cover")] + [Page("key_figures") for _ in range(key_pages)]
    for theme in themes:
        if theme.per_zone:
            pages += [Page("theme", theme.id, zone) for zone in zone_names]
        else:
            pages.append(Page("theme", theme.id))
    return pages


def contents(themes: list, n_zones: int, lang: str, key_pages: int = 1) -> list:
    """Table of contents: (label, pages text) for key figures and each theme."""
    rows = []
    first = 2
    last = first + key_pages - 1
    rows.append((text("key_figures", lang), _pages_text(first, last, lang)))
    current = last + 1
    for theme in themes:
        count = n_zones if theme.per_zone else 1
        rows.append((theme.label(lang), _pages_text(current, current + count - 1, lang)))
        current += count
    return rows


def _pages_text(first: int, last: int, lang: str) -> str:
    if last <= first:
        return text("page_one", lang).format(first)
    return text("pages", lang).format(first, last)


# ---- key figures --------------------------------------------------------------------------------
AGGREGATES = ("count", "sum", "mean")


@dataclass
class Indicator:
    id: str
    label: str
    label_fr: str
    layer: str
    aggregate: str = "sum"  # count | sum | mean
    field: str = ""  # value field (sum, mean)
    zone_field: str = ""  # field of `layer` holding the zone code; empty → spatial assignment
    decimals: int = 0
    unit: str = ""
    unit_fr: str = ""
    secret: bool = False  # counts of people: values below k printed as "< k"

    def header(self, lang: str) -> str:
        label = self.label_fr if lang == "fr" and self.label_fr else self.label
        unit = self.unit_fr if lang == "fr" and self.unit_fr else self.unit
        return f"{label} ({unit})" if unit else label


def read_indicators(path: Path) -> list:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    items = data["indicators"] if isinstance(data, dict) else data
    out = []
    known = set(Indicator.__dataclass_fields__)
    for item in items:
        kwargs = {k: v for k, v in item.items() if k in known}
        kwargs.setdefault("label_fr", item.get("label", ""))
        indicator = Indicator(**kwargs)
        if indicator.aggregate not in AGGREGATES:
            raise ValueError(f"{path}: indicator {indicator.id}: aggregate must be one of {AGGREGATES}")
        if indicator.aggregate != "count" and not indicator.field:
            raise ValueError(f"{path}: indicator {indicator.id}: '{indicator.aggregate}' needs a field")
        out.append(indicator)
    return out


def aggregate(values: list, how: str):
    """count → number of items; sum/mean over the non-null numeric values (None when there is none)."""
    if how == "count":
        return len(values)
    numbers = [float(v) for v in values if v is not None and not (isinstance(v, float) and math.isnan(v))]
    if not numbers:
        return None
    total = sum(numbers)
    return total if how == "sum" else total / len(numbers)


def format_indicator(indicator: Indicator, value, lang: str, k: int) -> str:
    if value is None:
        return text("no_value", lang)
    if indicator.secret and 0 < value < k:
        return text("secret_cell", lang, k=k)
    return format_number(value, lang, indicator.decimals)


def key_figures_rows(indicators: list, zone_values: dict, totals: dict, zones: list, lang: str, k: int) -> list:
    """Table body: one row per zone (in `zones` order) then the whole-territory row.

    zone_values: {indicator id: {zone code: value}}; totals: {indicator id: value}; zones: [(code, name)]."""
    rows = []
    for code, name in zones:
        row = [name]
        for ind in indicators:
            row.append(format_indicator(ind, zone_values.get(ind.id, {}).get(code), lang, k))
        rows.append(row)
    total_row = [text("territory_total", lang)]
    for ind in indicators:
        total_row.append(format_indicator(ind, totals.get(ind.id), lang, k))
    rows.append(total_row)
    return rows


def chunk(items: list, size: int) -> list:
    """[1..25], 10 → [[1..10], [11..20], [21..25]]; an empty list gives one empty chunk."""
    if not items:
        return [[]]
    return [items[i:i + size] for i in range(0, len(items), size)]
