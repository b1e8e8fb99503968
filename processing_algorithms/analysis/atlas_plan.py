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
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import disclosure

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"})

LANGUAGES = ("en", "fr")
SECRET = "__secret__"  # a key figure hidden by disclosure control (printed as « s »)
NO_DATA = "__nodata__"  # an input does not cover the zone: no value (printed « n.d. », never 0)
OFF_NETWORK = "__offnet__"  # no road of the network near the zone's people (printed « h.r. »)

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
            "Statistical secrecy: no individual data is shown; counts of fewer than {k} people, and those "
            "hidden with them so that none can be worked back, are masked."
        ),
        (
            "Secret statistique : aucune donnée individuelle n'est représentée ; les effectifs de moins de {k} "
            "personnes, et ceux masqués avec eux pour qu'aucun ne puisse être recalculé, sont masqués."
        ),
    ),
    "public_note": (
        "Public data only: nothing on this page comes from the SIAE's files.",
        "Données publiques uniquement : rien sur cette page ne provient des fichiers de la SIAE.",
    ),
    "individual_note": (
        "Warning: this page shows individual data (one point per person).",
        "Attention : cette page montre des données individuelles (un point par personne).",
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
            "Sources: the SIAE's files (clients, employees) and the diagnostic's layers; “s”: statistical "
            "secrecy (fewer than {k} people, or hidden so that such a count cannot be worked back)."
        ),
        (
            "Sources : fichiers de la SIAE (clients, salariés) et couches du diagnostic ; « s » : secret "
            "statistique (moins de {k} personnes, ou masqué pour qu'un tel effectif ne puisse être recalculé)."
        ),
    ),
    "secret_cell": ("s", "s"),
    "no_data_cell": ("n/a", "n.d."),
    "off_network_cell": ("off net.", "h.r."),
    "key_no_data": (
        "“n/a”: no data (an input does not cover the whole commune); “off net.”: no road of the network near "
        "its people; territory rates are over the communes with data.",
        "« n.d. » : pas de données (une source ne couvre pas toute la commune) ; « h.r. » : hors réseau ; "
        "les taux du territoire portent sur les communes couvertes.",
    ),
    "coverage_missing": ("No data for {}", "Pas de données pour {}"),
    "coverage_partial": ("partial data for {}", "données partielles pour {}"),
    "coverage_tail": ("their values are not computed.", "leurs valeurs ne sont pas calculées."),
    "precision_note": (
        "{share} of the clients placed precisely enough for {scale} m cells; {left} counted in their commune only.",
        "{share} des clients placés assez précisément pour des carreaux de {scale} m ; {left} comptés "
        "seulement dans leur commune.",
    ),
    "precision_all": (
        "All clients placed precisely enough for {scale} m cells.",
        "Tous les clients sont placés assez précisément pour des carreaux de {scale} m.",
    ),
    "precision_few": (
        "All clients but fewer than {k} placed precisely enough for {scale} m cells (the others counted in their "
        "commune only).",
        "Tous les clients sauf moins de {k} sont placés assez précisément pour des carreaux de {scale} m (les "
        "autres comptés seulement dans leur commune).",
    ),
    "and": ("and", "et"),
    "no_value": ("–", "–"),
    "sources_prefix": ("Sources: ", "Sources : "),
    "siae_files_aggregated": ("the SIAE's files (aggregated)", "fichiers de la SIAE (agrégés)"),
    "coodiag_computation": ("Coodiag computation", "calcul Coodiag"),
    "no_data_zone": ("No data for this commune", "Pas de données pour cette commune"),
    "no_data_table": ("No row to show for this diagnostic.", "Aucune ligne à montrer pour ce diagnostic."),
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
    requires: dict = field(default_factory=dict)  # {layer: field}: the page needs at least one value there
    table: dict = field(default_factory=dict)  # a table page instead of a map: see table_rows()
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
                skipped.append((theme_id, "unknown", []))
    else:
        chosen = list(themes)
    selected = []
    for theme in chosen:
        missing = [name for name in theme.layers if name.lower() not in available]
        if missing:
            skipped.append((theme.id, "missing", missing))
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


def contents(themes: list, n_zones: int, lang: str, key_pages: int = 1, titles: dict | None = None) -> list:
    """Table of contents: (label, pages text) for key figures and each theme."""
    rows = []
    first = 2
    last = first + key_pages - 1
    rows.append((text("key_figures", lang), _pages_text(first, last, lang)))
    current = last + 1
    for theme in themes:
        count = n_zones if theme.per_zone else 1
        title = (titles or {}).get(theme.id) or theme.label(lang)
        rows.append((title, _pages_text(current, current + count - 1, lang)))
        current += count
    return rows


def _pages_text(first: int, last: int, lang: str) -> str:
    if last <= first:
        return text("page_one", lang).format(first)
    return text("pages", lang).format(first, last)


# ---- key figures --------------------------------------------------------------------------------
AGGREGATES = ("count", "sum", "mean", "ratio")


@dataclass
class Indicator:
    id: str
    label: str
    label_fr: str
    layer: object  # a GeoPackage table, or a list of candidates (the first present is used)
    aggregate: str = "sum"  # count | sum | mean | ratio
    field: str = ""  # value field (sum, mean); "{band}" = the travel-time band of the layer; "@population"
    zone_field: str = ""  # field of `layer` holding the zone code; empty → spatial assignment
    decimals: int = 0
    unit: str = ""
    unit_fr: str = ""
    secret: bool = False  # counts of people: disclosure control, secret cells printed "s"
    numerator: str = ""  # ratio: Σ numerator / Σ denominator × scale (never a mean of rates)
    denominator: str = ""
    scale: float = 1.0
    total_numerator_from: str = ""  # ratio: the territory's numerator is this (protected) count indicator's total

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
        if indicator.aggregate in ("sum", "mean") and not indicator.field:
            raise ValueError(f"{path}: indicator {indicator.id}: '{indicator.aggregate}' needs a field")
        if indicator.aggregate == "ratio" and not (indicator.numerator and indicator.denominator):
            raise ValueError(f"{path}: indicator {indicator.id}: 'ratio' needs a numerator and a denominator")
        out.append(indicator)
    return out


POPULATION_FIELD = re.compile(r"^(p\d\d_pop|pop|pop_?\d{4}|pmun(_?\d{4})?|ptot(_?\d{4})?|population(_?\d{4})?)$", re.I)


def population_field(fields) -> str:
    """The legal-population field of a communes or census table (P21_POP, POP_2020, PMUN…), '' when none."""
    return next((f for f in fields if POPULATION_FIELD.match(str(f))), "")


def _year_of(field: str) -> str:
    match = re.search(r"(\d{4})", field) or re.search(r"p(\d\d)_", field, re.I)
    if not match:
        return ""
    year = match.group(1)
    return year if len(year) == 4 else "20" + year


def resolve_indicator(indicator: Indicator, fields_by_table: dict, metas: dict, lang: str):
    """The concrete indicator for this diagnostic: the first candidate layer present, "{band}" and
    "@population" fields resolved, the label's {placeholders} filled; None when it cannot be computed."""
    import dataclasses

    candidates = indicator.layer if isinstance(indicator.layer, (list, tuple)) else [indicator.layer]
    for table in candidates:
        fields = fields_by_table.get(table)
        if fields is None:
            continue
        meta = dict(metas.get(table, {}))
        values = {}
        field = indicator.field
        if field == "@population":
            field = population_field(fields)
            if not field and table == "filosofi_200m" and "ind" in fields:
                field = "ind"
                values["source"] = "Filosofi" + (" " + str(meta["vintage"]) if meta.get("vintage") else "")
                values["kind"] = "fiscale" if lang == "fr" else "tax"
            elif field:
                values["source"] = (("RP " if table.startswith("census") else "Insee ") + _year_of(field)).strip()
                values["kind"] = "municipale" if lang == "fr" else "legal"
            else:
                continue
        bands = [b for b in (meta.get("bands") or [])]
        if "{band}" in field + indicator.numerator + indicator.denominator + indicator.label + indicator.label_fr:
            if not bands:
                continue
            band = 20.0 if 20.0 in [float(b) for b in bands] else float(sorted(bands)[len(bands) // 2])
            values["band"] = "{:g}".format(band)
        mode_names = {"car": ("by car", "en voiture"), "walk": ("on foot", "à pied"), "bike": ("by bike", "à vélo"),
                      "transit": ("by public transport", "en transports")}
        if meta.get("mode") in mode_names:
            values["mode_label"] = mode_names[meta["mode"]][1 if lang == "fr" else 0]

        suffix = "_" + lang
        for key, value in meta.items():  # target_label_fr → {target_label} in French
            if key.endswith(suffix) and isinstance(value, str):
                values.setdefault(key[: -len(suffix)], value)

        def fill(text_, values=values):
            try:
                return text_.format(**values) if text_ else text_
            except (KeyError, IndexError):
                return text_

        resolved = dataclasses.replace(
            indicator, layer=table, field=fill(field), numerator=fill(indicator.numerator),
            denominator=fill(indicator.denominator), label=fill(indicator.label), label_fr=fill(indicator.label_fr),
            unit=fill(indicator.unit), unit_fr=fill(indicator.unit_fr))
        needed = [f for f in (resolved.field, resolved.numerator, resolved.denominator, resolved.zone_field) if f]
        if all(f in fields for f in needed):
            return resolved
    return None


def aggregate(values: list, how: str):
    """count → number of items; sum/mean over the non-null numeric values (None when there is none)."""
    if how == "count":
        return len(values)
    numbers = [float(v) for v in values if v is not None and not (isinstance(v, float) and math.isnan(v))]
    if not numbers:
        return None
    total = sum(numbers)
    return total if how == "sum" else total / len(numbers)


def aggregate_items(values: list, how: str):
    """aggregate() of one zone's items, where an item may be NO_DATA (the zone's value is then NO_DATA: a sum
    over part of a zone is not its value) or OFF_NETWORK (the zone's value when every item is)."""
    if any(v == NO_DATA for v in values):
        return NO_DATA
    if values and all(v == OFF_NETWORK for v in values):
        return OFF_NETWORK
    return aggregate([v for v in values if v != OFF_NETWORK], how)


def territory_aggregate(zone_values: dict, items: list, how: str):
    """The whole-territory value of a count/sum/mean column: NO_DATA when a zone has none (a total without a
    commune is not the territory's), else aggregate() over every item."""
    if any(v == NO_DATA for v in zone_values.values()):
        return NO_DATA
    return aggregate([v for v in items if v not in (NO_DATA, OFF_NETWORK)], how)


def format_indicator(indicator: Indicator, value, lang: str, k: int) -> str:
    if value is None:
        return text("no_value", lang)
    if value == NO_DATA:
        return text("no_data_cell", lang)
    if value == OFF_NETWORK:
        return text("off_network_cell", lang)
    if value == SECRET or (indicator.secret and 0 < value < k):
        return text("secret_cell", lang, k=k)
    return format_number(value, lang, indicator.decimals)


def protect_key_figures(indicators: list, zone_values: dict, totals: dict, zone_codes: list, k: int):
    """Disclosure control of the key-figures table (analysis/disclosure.py): for every count of people
    (``secret`` indicators) the zone rows AND the "whole territory" row — a margin — are protected together
    (primary and secondary suppression, the same canonical zone pattern as the layers). Hidden values become
    :data:`SECRET`; a zone without any feature counts 0 (zero is published). Returns new (zone_values,
    totals)."""
    zone_values = {key: dict(v) for key, v in zone_values.items()}
    totals = dict(totals)
    for ind in indicators:
        if not ind.secret or ind.id not in zone_values:
            continue
        values = zone_values[ind.id]
        counts = np.array([float(values.get(code) or 0) for code in zone_codes])
        protection = disclosure.protect_counts(np.rint(np.maximum(counts, 0.0)), k)
        for code, hidden, count in zip(zone_codes, protection.hidden("zone").tolist(), counts.tolist()):
            values[code] = SECRET if hidden else int(count)
        if protection.hidden("total")[0]:
            totals[ind.id] = SECRET
    return zone_values, totals


def ratio_totals(indicators: list, totals: dict, sums: dict) -> dict:
    """The whole-territory value of each ratio indicator: Σ numerator / Σ denominator × scale over the zones
    (`sums` = {id: (Σ numerator or None when a zone's numerator is secret, Σ denominator)}); when a zone's
    numerator is secret, the territory's numerator is the (protected) total of `total_numerator_from`, and the
    ratio is secret when that total is."""
    totals = dict(totals)
    for ind in indicators:
        if ind.aggregate != "ratio" or ind.id not in sums:
            continue
        numerator, denominator, *rest = sums[ind.id]
        # numerators of zones left out of the ratio (no denominator: the input does not cover them); None when
        # one of them is secret
        excluded = rest[0] if rest else 0.0
        if numerator is None and ind.total_numerator_from:
            numerator = totals.get(ind.total_numerator_from)
            if numerator not in (None, SECRET) and excluded != 0.0:
                # the protected total less published counts: nothing a reader cannot compute from the page
                numerator = SECRET if excluded is None else float(numerator) - float(excluded)
        if numerator == SECRET or numerator is None:
            totals[ind.id] = SECRET if numerator == SECRET or ind.total_numerator_from else None
        else:
            totals[ind.id] = float(numerator) / denominator * ind.scale if denominator else None
    return totals


def format_cell(value, kind: str, lang: str) -> str:
    """A value of a table page: int | dec1 | pct (a 0–1 share) | pct100 (already in %) | keur (€ → k€) | text."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return text("no_value", lang)
    if kind == "text":
        return str(value)
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    if kind == "pct":
        return format_number(100.0 * number, lang, 0) + " %"
    if kind == "pct100":
        return format_number(number, lang, 1 if abs(number) < 100 else 0) + " %"
    if kind == "keur":
        return format_number(number / 1000.0, lang, 0) + (" k€" if lang == "fr" else " k€")
    if kind == "dec1":
        return format_number(number, lang, 1)
    return format_number(number, lang, 0)


def table_rows(spec: dict, records: list, lang: str) -> tuple:
    """(headers, rows) of a table page from the records (dicts) of its layer.

    spec: {"where": {field: value | [values]}, "sort": [field, "asc" | "desc"], "limit": n,
    "columns": [{"field", "label", "label_fr", "format", "secret_field"}]}; a column whose `secret_field` is
    true in a record prints "s" (statistical secrecy), never the value."""
    where = spec.get("where") or {}

    def keep(record):
        for name, wanted in where.items():
            allowed = wanted if isinstance(wanted, list) else [wanted]
            if record.get(name) not in allowed and str(record.get(name)) not in [str(a) for a in allowed]:
                return False
        return True

    chosen = [r for r in records if keep(r)]
    sort = spec.get("sort")
    if sort:
        name, order = sort[0], (sort[1] if len(sort) > 1 else "asc")
        chosen.sort(key=lambda r: (r.get(name) is None, r.get(name) if r.get(name) is not None else 0),
                    reverse=order == "desc")
        if order == "desc":  # NULLs last either way
            chosen = [r for r in chosen if r.get(name) is not None] + [r for r in chosen if r.get(name) is None]
    if spec.get("limit"):
        chosen = chosen[: int(spec["limit"])]
    columns = spec.get("columns") or []
    headers = [(c.get("label_fr") if lang == "fr" and c.get("label_fr") else c.get("label", c["field"]))
               for c in columns]
    rows = []
    for record in chosen:
        row = []
        for column in columns:
            name = column.get("field_" + lang) or column["field"]
            value = record.get(name)
            if value in (None, "") and column.get("fallback"):
                value = record.get(column["fallback"])
            labels = (column.get("values") or {}).get(str(value))
            if column.get("secret_field") and record.get(column["secret_field"]):
                row.append(text("secret_cell", lang))
            elif labels:
                row.append(labels.get(lang) or labels.get("en"))
            else:
                row.append(format_cell(value, column.get("format", "int"), lang))
        rows.append(row)
    return headers, rows


def table_layout(spec: dict, headers: list, rows: list) -> tuple:
    """(alignments, relative widths) of a table page's columns: text left, numbers right; widths follow the
    longest word of the header and the longest cell (bounded), so that names are not crushed by numbers."""
    columns = spec.get("columns") or []
    aligns = ["left" if c.get("format") == "text" else "right" for c in columns]
    widths = []
    for i, header in enumerate(headers):
        longest = max([len(w) for w in str(header).split()] + [min(len(str(r[i])), 34) for r in rows] + [4])
        widths.append(float(min(max(longest, 6), 34)))
    return aligns, widths


def privacy_footer(classes, k: int, lang: str) -> str:
    """The footer's privacy claim, computed from the privacy classes of what a page actually draws
    ("individual", "aggregate", "public"), never assumed."""
    classes = set(classes)
    if "individual" in classes:
        return text("individual_note", lang)
    if "aggregate" in classes:
        return text("privacy_note", lang, k=k)
    return text("public_note", lang)


def _join(names: list, lang: str) -> str:
    names = [str(n) for n in names]
    if len(names) <= 1:
        return "".join(names)
    return "{} {} {}".format(", ".join(names[:-1]), text("and", lang), names[-1])


def coverage_note(coverages: list, lang: str, zone_values: bool = True) -> str:
    """« Pas de données pour A et B ; données partielles pour C : leurs valeurs ne sont pas calculées. » from
    the ``coverage`` metadata ({"partial": [...], "missing": [...]}) of the layers a page draws; a zone missing
    in one and partial in another is missing; "" when every input covers every zone. `zone_values`: the page
    draws values per zone (then left uncomputed there, and the note says so), else cells or places."""
    missing, partial = [], []
    for cov in coverages:
        for name in (cov or {}).get("missing", []) or []:
            if name not in missing:
                missing.append(name)
    for cov in coverages:
        for name in (cov or {}).get("partial", []) or []:
            if name not in missing and name not in partial:
                partial.append(name)
    parts = []
    if missing:
        parts.append(text("coverage_missing", lang).format(_join(missing, lang)))
    if partial:
        part = text("coverage_partial", lang).format(_join(partial, lang))
        parts.append(part if parts else part[0].upper() + part[1:])
    if not parts:
        return ""
    joined = (" ; " if lang == "fr" else "; ").join(parts)
    if not zone_values:
        return joined + "."
    return "{}{}: {}".format(joined, " " if lang == "fr" else "", text("coverage_tail", lang))


def precision_note(meta: dict, lang: str, k: int) -> str:
    """The share of clients placed precisely enough for the page's cells (``precise_share``,
    ``precision_scale``, ``left_to_zones`` of the layer's metadata); when fewer than k people were left to
    their commune, neither their count nor the share is printed; "" without precision metadata."""
    share = meta.get("precise_share")
    scale = meta.get("precision_scale")
    if share is None or scale is None:
        return ""
    try:
        share, scale = float(share), int(round(float(scale)))
        left = int(meta.get("left_to_zones") or 0)
    except (TypeError, ValueError):
        return ""
    scale_text = format_number(scale, lang, 0)
    if left <= 0 and share >= 1.0:
        return text("precision_all", lang, scale=scale_text)
    if 0 < left < k:  # neither the count nor the share (with the published total, the share gives the count)
        return text("precision_few", lang, k=k, scale=scale_text)
    left_text = format_number(left, lang, 0)
    share_text = format_number(100.0 * share, lang, 0) + (" %" if lang == "fr" else "%")
    return text("precision_note", lang, share=share_text, scale=scale_text, left=left_text)


def page_note(metas: list, lang: str, k: int, zone_values: bool = True) -> str:
    """The note a map page prints under its legend: coverage gaps of its layers, then how precisely the points
    behind them were placed."""
    parts = [coverage_note([m.get("coverage") for m in metas if isinstance(m.get("coverage"), dict)], lang,
                           zone_values)]
    for meta in metas:
        note = precision_note(meta, lang, k)
        if note and note not in parts:
            parts.append(note)
    return " ".join(p for p in parts if p)


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


_THOUSANDS = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")
_BEFORE_PUNCT = re.compile(r" ([:;!?»])")


def typeset(text: str) -> str:
    """Spaces that must not break a printed line: inside a number (1 000), before « : ; ! ? » » and after « «
    (French), as narrow no-break spaces. English text has none of these spaces and is left as it is."""
    if not text:
        return text
    text = _THOUSANDS.sub("\u202f", str(text))
    text = _BEFORE_PUNCT.sub("\u202f\\1", text)
    return text.replace("« ", "«\u202f")


def name_order(name: str) -> str:
    """Sort key of a place name as a French index sorts it: accents and case aside (Bénouville before
    Bretteville, Éterville among the E), hyphens and apostrophes as spaces."""
    text = unicodedata.normalize("NFKD", str(name)).translate(_LIGATURES)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return re.sub(r"[\s'’\-]+", " ", text).strip()


def chunk(items: list, size: int) -> list:
    """[1..25], 10 → [[1..10], [11..20], [21..25]]; an empty list gives one empty chunk."""
    if not items:
        return [[]]
    return [items[i:i + size] for i in range(0, len(items), size)]
