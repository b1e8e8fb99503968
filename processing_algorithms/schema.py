"""The diagnostic schema: every layer a Coodiag diagnostic holds, described once.

A diagnostic is one GeoPackage. This module is the single source of truth for its layers — table name,
French and English display names, geometry kind, privacy class, default style, layer-tree group (the
question it answers), atlas caption and legend templates, and the algorithm output that writes it — and for
the *stages* (algorithm + parameters + outputs) that fill it. Algorithms, the pipelines (the one-click
models), the dock, the atlas and the demo read it; no other code spells a table name.

Pure Python (no QGIS import), so that unit tests, scripts and every part of the plugin can read it.

Privacy classes:

- ``individual``: one row per person, client or address (imported points, unmatched rows, per-person
  travel times). Stays in the cartographer's working GeoPackage; never printed, never in a shareable export;
  loaded hidden, in the "personal data" group.
- ``aggregate``: counts or rates computed from the SIAE's personal data; published only through the
  disclosure control (analysis/disclosure.py).
- ``public``: public data or derived from public data only (Filosofi, census, roads, GTFS, SIRENE…).

Captions and legend titles are templates filled from the output's metadata (see ``META_KEYS``): they are
never copied from the sample.
"""
from __future__ import annotations

from dataclasses import dataclass, field

INDIVIDUAL, AGGREGATE, PUBLIC = "individual", "aggregate", "public"
PRIVACY_CLASSES = (INDIVIDUAL, AGGREGATE, PUBLIC)
GEOMETRIES = ("point", "line", "polygon", "none")

#: the table, written into every diagnostic GeoPackage, where each output records its metadata
REGISTRY_TABLE = "coodiag_layers"

#: metadata keys an algorithm may record for an output (all optional); captions use them as {placeholders}
META_KEYS = (
    "algorithm",  # coodiag:<id> that wrote the table
    "sources",  # "Insee, Filosofi 2019; IGN Admin Express 2023"
    "vintage",  # "2019"
    "threshold",  # the secrecy threshold k used
    "mode",  # car | walk | bike | transit
    "bands",  # [5, 10, 15, 20] (minutes)
    "target",  # id of the target population (households, persons, zone field…)
    "target_label_en", "target_label_fr",  # "households", "ménages"
    "target_source",  # "filosofi" | "zone_field" | "census"
    "cell_size",  # metres
    "network",  # origin of the road network ("OpenStreetMap 2022-01-01 via eqasim")
    "precise_share",  # share of the points placed precisely enough for the output's scale
    "coverage",  # {"partial": [...], "missing": [...]} zones whose input data is partial or missing
    "kind",  # importtable: clients | employees | antennas | worksites | other
    "provenance",  # "importtable": the layer holds the SIAE's own rows
    "language",  # language of the labels stored with the layer's style
)


@dataclass(frozen=True)
class Step:
    """A question of the method: a step of the dock and a group of the layer tree."""

    id: str
    number: int
    en: str
    fr: str

    def title(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en

    def group_name(self, lang: str) -> str:
        return "{} · {}".format(self.number, self.title(lang)) if self.number else self.title(lang)


STEPS = (
    Step("territory", 1, "Structure and territory", "Structure et territoire"),
    Step("publicdata", 2, "Public data", "Données publiques"),
    Step("clients", 3, "Clients", "Clients"),
    Step("beneficiaries", 4, "Beneficiaries", "Bénéficiaires"),
    Step("mobility", 5, "Mobility", "Mobilité"),
    Step("siting", 6, "Where to open an antenna", "Où ouvrir une antenne"),
    Step("economy", 7, "Jobs and companies", "Emploi et entreprises"),
    Step("procurement", 8, "Public procurement and inclusion actors", "Commande publique et acteurs de l'inclusion"),
    Step("atlas", 9, "Maps and atlas", "Cartes et atlas"),
)
#: the layer-tree group of individual layers (hidden, never printed)
PERSONAL_GROUP = Step("personal", 0, "Personal data — do not share", "Données personnelles — ne pas diffuser")


@dataclass(frozen=True)
class Layer:
    """One layer of a diagnostic."""

    table: str  # GeoPackage table name (frozen: part of the product's interface)
    en: str
    fr: str
    geometry: str  # point | line | polygon | none
    privacy: str  # individual | aggregate | public
    step: str  # Step.id
    writer: str = ""  # "coodiag:<alg>"
    output: str = ""  # the writer's destination parameter
    style: str = ""  # style id (styles/<style>.qml and/or a builder of processing_algorithms/styling.py)
    core: bool = False  # the step is done when all its core layers exist
    caption_en: str = ""  # atlas caption template ({placeholders} from the metadata)
    caption_fr: str = ""
    legend_en: str = ""  # legend title template
    legend_fr: str = ""

    def name(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en

    def caption(self, lang: str) -> str:
        return self.caption_fr if lang == "fr" else self.caption_en

    def legend(self, lang: str) -> str:
        return (self.legend_fr or self.fr) if lang == "fr" else (self.legend_en or self.en)

    @property
    def group(self) -> str:
        return PERSONAL_GROUP.id if self.privacy == INDIVIDUAL else self.step

    @property
    def printable(self) -> bool:
        return self.privacy != INDIVIDUAL and self.geometry != "none"


def _L(table, en, fr, geometry, privacy, step, writer="", output="OUTPUT", style="", core=False, **texts) -> Layer:
    return Layer(table, en, fr, geometry, privacy, step, writer, output if writer else "", style, core, **texts)


MODES = ("car", "walk", "bike", "transit")
MODE_NAMES = {"car": ("by car", "en voiture"), "walk": ("on foot", "à pied"), "bike": ("by bike", "à vélo"),
              "transit": ("by public transport", "en transports en commun")}
IMPORT_KINDS = ("clients", "employees", "worksites", "antennas")

LAYERS = (
    # 1 · structure and territory ---------------------------------------------------------------------------
    _L("communes", "Communes of the territory", "Communes du territoire", "polygon", PUBLIC, "territory",
       "coodiag:territory", "OUTPUT", "communes", core=True),
    _L("territory", "Study territory", "Territoire d'étude", "polygon", PUBLIC, "territory",
       "coodiag:territory", "TERRITORY", "territory", core=True),
    _L("antennas", "Antennas", "Antennes", "point", PUBLIC, "territory", "coodiag:importtable", "OUTPUT",
       "antennas", core=True),
    _L("worksites", "Work sites and missions (points)", "Chantiers et missions (points)", "point", INDIVIDUAL,
       "territory", "coodiag:importtable", "OUTPUT", "importtable"),
    _L("clients", "Clients (points — not for maps)", "Clients (points — pas pour les cartes)", "point", INDIVIDUAL,
       "territory", "coodiag:importtable", "OUTPUT", "importtable", core=True),
    _L("employees", "Employees in insertion (points, pseudonymised — not for maps)",
       "Salariés en insertion (points pseudonymisés — pas pour les cartes)", "point", INDIVIDUAL, "territory",
       "coodiag:importtable", "OUTPUT", "importtable", core=True),
    _L("points", "Other points of the SIAE's files", "Autres points des fichiers de la SIAE", "point",
       INDIVIDUAL, "territory", "coodiag:importtable", "OUTPUT", "importtable"),
    *(_L("siae_unmatched_" + kind, "Unplaced rows: " + kind, "Lignes non placées : " + fr_kind, "none",
         INDIVIDUAL, "territory", "coodiag:importtable", "UNMATCHED")
      for kind, fr_kind in zip(IMPORT_KINDS + ("other",), ("clients", "salariés", "chantiers", "antennes",
                                                            "autres"))),
    _L("geocoding_quality", "Placement precision of the SIAE's files, per commune",
       "Précision du placement des fichiers de la SIAE, par commune", "polygon", AGGREGATE, "territory",
       "coodiag:geocodingquality", "OUTPUT", "geocoding_quality",
       caption_en="Share of the rows of the SIAE's files placed at the address (house number or street), by commune",
       caption_fr="Part des lignes des fichiers de la SIAE placées à l'adresse (numéro ou rue), par commune",
       legend_en="Placed at the address (%)", legend_fr="Placées à l'adresse (%)"),
    # 2 · public data ---------------------------------------------------------------------------------------
    _L("filosofi_200m", "Population per 200 m cell", "Population par carreau de 200 m", "polygon", PUBLIC,
       "publicdata", "coodiag:loadfilosofi", "OUTPUT", "filosofi_population", core=True,
       caption_en="Inhabitants per 200 m cell ({sources})", caption_fr="Habitants par carreau de 200 m ({sources})",
       legend_en="Inhabitants per 200 m cell", legend_fr="Habitants par carreau de 200 m"),
    _L("census_communes", "Census indicators per commune", "Indicateurs du recensement par commune", "polygon",
       PUBLIC, "publicdata", "coodiag:loadcensus", "OUTPUT", "communes"),
    # 3 · clients -------------------------------------------------------------------------------------------
    _L("client_grid", "Clients per grid cell", "Clients par carreau", "polygon", AGGREGATE, "clients",
       "coodiag:clientdensity", "OUTPUT_GRID", "clientdensity_grid", core=True,
       legend_en="Clients per {cell_size} m cell", legend_fr="Clients par carreau de {cell_size} m"),
    _L("client_zones", "Clients per commune", "Clients par commune", "polygon", AGGREGATE, "clients",
       "coodiag:clientdensity", "OUTPUT_ZONES", "clientdensity_zones", core=True),
    _L("client_smoothed", "Clients per 1,000 of the target (smoothed)", "Clients pour 1 000 de la cible (lissé)",
       "polygon", AGGREGATE, "clients", "coodiag:clientdensity", "OUTPUT_SMOOTHED", "smoothed", core=True,
       caption_en="Clients per 1,000 {target_label_en}, smoothed over {bandwidth} m",
       caption_fr="Clients pour 1 000 {target_label_fr}, lissé sur {bandwidth} m",
       legend_en="Clients per 1,000 {target_label_en}", legend_fr="Clients pour 1 000 {target_label_fr}"),
    _L("client_penetration", "Market penetration per commune", "Taux de pénétration par commune", "polygon",
       AGGREGATE, "clients", "coodiag:marketpenetration", "OUTPUT", "marketpenetration", core=True,
       caption_en="Clients per 1,000 {target_label_en} by commune",
       caption_fr="Clients pour 1 000 {target_label_fr} par commune",
       legend_en="Clients per 1,000 {target_label_en}", legend_fr="Clients pour 1 000 {target_label_fr}"),
    _L("client_areas", "Customer areas of the antennas", "Aires de clientèle des antennes", "polygon", AGGREGATE,
       "clients", "coodiag:marketpenetration", "OUTPUT_AREAS", "customerareas",
       legend_en="Customer areas", legend_fr="Aires de clientèle"),
    _L("prospect_zones", "Prospect zones", "Zones à prospecter", "polygon", AGGREGATE, "clients",
       "coodiag:prospectzones", "OUTPUT", "prospectzones", core=True,
       legend_en="Potential new clients", legend_fr="Clients potentiels supplémentaires"),
    _L("client_hotspots", "Client hot spots (Gi*)", "Points chauds de clientèle (Gi*)", "polygon", AGGREGATE,
       "clients", "coodiag:hotspots", "OUTPUT", "hotspots", core=True,
       legend_en="Getis-Ord Gi*", legend_fr="Gi* de Getis-Ord"),
    # 4 · beneficiaries -------------------------------------------------------------------------------------
    _L("beneficiary_potential", "Potential beneficiaries per 200 m cell",
       "Bénéficiaires potentiels par carreau de 200 m", "polygon", PUBLIC, "beneficiaries",
       "coodiag:beneficiarypotential", "OUTPUT", "beneficiarypotential", core=True,
       caption_en="Potential beneficiaries per 200 m cell, weighted sum of {weights}",
       caption_fr="Bénéficiaires potentiels par carreau de 200 m, somme pondérée de {weights}",
       legend_en="Potential beneficiaries per cell", legend_fr="Bénéficiaires potentiels par carreau"),
    _L("beneficiary_zones", "Potential beneficiaries per commune", "Bénéficiaires potentiels par commune",
       "polygon", PUBLIC, "beneficiaries", "coodiag:beneficiarypotential", "OUTPUT", "beneficiarypotential",
       caption_en="Potential beneficiaries per commune, weighted sum of {weights}",
       caption_fr="Bénéficiaires potentiels par commune, somme pondérée de {weights}"),
    _L("unmet_zones", "Zones with unreached potential", "Zones à potentiel non atteint", "polygon", AGGREGATE,
       "beneficiaries", "coodiag:unmetzones", "OUTPUT", "unmetzones", core=True,
       legend_en="Beneficiaries reached", legend_fr="Bénéficiaires atteints"),
    _L("employees_by_zone", "Employees in insertion per commune", "Salariés en insertion par commune", "polygon",
       AGGREGATE, "beneficiaries", "coodiag:unmetzones", "OUTPUT_EMPLOYEES", "employees_zones", core=True,
       legend_en="Employees in insertion", legend_fr="Salariés en insertion"),
    # 5 · mobility ------------------------------------------------------------------------------------------
    _L("network", "Road network (prepared)", "Réseau routier (préparé)", "line", PUBLIC, "mobility",
       "coodiag:buildnetwork", "OUTPUT", "network", core=True),
    *(_L("isochrones_" + mode, "Travel time to the antennas " + MODE_NAMES[mode][0],
         "Temps d'accès aux antennes " + MODE_NAMES[mode][1], "polygon", PUBLIC, "mobility",
         "coodiag:transitisochrones" if mode == "transit" else "coodiag:isochrones", "OUTPUT", "isochrones",
         core=mode == "car",
         legend_en="Minutes " + MODE_NAMES[mode][0], legend_fr="Minutes " + MODE_NAMES[mode][1])
      for mode in MODES),
    *(_L("access_" + mode, "Population within reach " + MODE_NAMES[mode][0] + ", per commune",
         "Population à portée " + MODE_NAMES[mode][1] + ", par commune", "polygon", PUBLIC, "mobility",
         "coodiag:transitisochrones" if mode == "transit" else "coodiag:isochrones", "OUTPUT_ZONES", "communes",
         core=mode == "car")
      for mode in MODES),
    _L("traveltimes", "Employees' travel times (one row per employee)",
       "Temps de trajet des salariés (une ligne par salarié)", "none", INDIVIDUAL, "mobility",
       "coodiag:traveltimes", "OUTPUT"),
    _L("traveltimes_sites", "Employees' travel times, per antenna", "Temps de trajet des salariés, par antenne",
       "point", AGGREGATE, "mobility", "coodiag:traveltimes", "SUMMARY", "traveltimes_summary"),
    _L("traveltimes_by_zone", "Employees' travel time to their antenna, per commune",
       "Temps de trajet des salariés vers leur antenne, par commune", "polygon", AGGREGATE, "mobility",
       "coodiag:traveltimes", "BY_ZONE", "traveltimes_summary", core=True,
       legend_en="Employees more than {threshold_min} min away", legend_fr="Salariés à plus de {threshold_min} min"),
    _L("transit_stops", "Public transport stops", "Arrêts de transport en commun", "point", PUBLIC, "mobility",
       "coodiag:loadgtfs", "OUTPUT_STOPS", "transit_stops"),
    _L("transit_lines", "Public transport lines", "Lignes de transport en commun", "line", PUBLIC, "mobility",
       "coodiag:loadgtfs", "OUTPUT_LINES", "transit_lines"),
    _L("transit_timetable", "Public transport timetable (compact)", "Horaires de transport en commun (compacts)",
       "none", PUBLIC, "mobility", "coodiag:loadgtfs", "OUTPUT_TIMETABLE"),
    _L("transit_times", "Transit travel times (one row per origin)", "Temps de trajet en transports (par origine)",
       "point", INDIVIDUAL, "mobility", "coodiag:transittimes", "OUTPUT"),
    _L("mobility_gap", "Car-versus-transit gap, per commune", "Écart voiture / transports, par commune", "polygon",
       AGGREGATE, "mobility", "coodiag:mobilitygap", "OUTPUT_ZONES", "mobility_gap"),
    _L("mobility_gap_cells", "Car-versus-transit gap, per 200 m cell", "Écart voiture / transports, par carreau",
       "polygon", PUBLIC, "mobility", "coodiag:mobilitygap", "OUTPUT_CELLS", "mobility_gap"),
    # 6 · antenna siting ------------------------------------------------------------------------------------
    _L("siting_sites", "Proposed antenna sites", "Sites d'antenne proposés", "point", PUBLIC, "siting",
       "coodiag:antennasiting", "OUTPUT", "siting_sites", core=True),
    _L("siting_scenarios", "Antenna siting scenarios", "Scénarios d'implantation d'antennes", "none", PUBLIC,
       "siting", "coodiag:antennasiting", "OUTPUT_SCENARIOS", core=True),
    _L("siting_catchments", "Catchments of the best scenario", "Aires d'attraction du meilleur scénario", "polygon",
       PUBLIC, "siting", "coodiag:antennasiting", "OUTPUT_CATCHMENTS", "isochrones"),
    # 7 · jobs and companies --------------------------------------------------------------------------------
    _L("bmo_basins", "Recruitment difficulty per employment basin (BMO)",
       "Difficultés de recrutement par bassin d'emploi (BMO)", "polygon", PUBLIC, "economy", "coodiag:loadbmo",
       "OUTPUT", "bmo_basins", core=True),
    _L("bmo_trades", "Hiring projects per basin and trade (BMO)", "Projets de recrutement par bassin et métier (BMO)",
       "none", PUBLIC, "economy", "coodiag:loadbmo", "OUTPUT_TRADES", core=True),
    _L("sirene_establishments", "Establishments (SIRENE)", "Établissements (SIRENE)", "point", PUBLIC, "economy",
       "coodiag:loadsirene", "OUTPUT", "sirene_establishments"),
    _L("company_prospects", "Companies to approach", "Entreprises à prospecter", "point", PUBLIC, "economy",
       "coodiag:companyprospects", "OUTPUT", "company_prospects"),
    _L("company_prospects_by_zone", "Companies to approach, per commune", "Entreprises à prospecter, par commune",
       "polygon", PUBLIC, "economy", "coodiag:companyprospects", "OUTPUT_ZONES", "company_prospects_zones"),
    # 8 · public procurement and inclusion actors ------------------------------------------------------------
    _L("decp_contracts", "Public contracts (DECP)", "Marchés publics (DECP)", "point", PUBLIC, "procurement",
       "coodiag:loaddecp", "OUTPUT", "decp_contracts", core=True),
    _L("decp_buyers", "Public buyers and social clauses", "Acheteurs publics et clauses sociales", "point", PUBLIC,
       "procurement", "coodiag:loaddecp", "OUTPUT_BUYERS", "decp_buyers", core=True),
    _L("siae_register", "Inclusion actors (SIAE register)", "Acteurs de l'inclusion (liste des SIAE)", "point",
       PUBLIC, "procurement", "coodiag:loadsiaelist", "OUTPUT", "siae_register"),
    _L("siae_overlap", "Catchment overlap with other SIAE", "Recouvrement des aires avec les autres SIAE",
       "polygon", PUBLIC, "procurement", "coodiag:loadsiaelist", "OUTPUT_OVERLAP", "siae_overlap"),
)

BY_TABLE = {layer.table: layer for layer in LAYERS}


def layer(table: str) -> Layer:
    """The schema entry of a table (KeyError for a table the schema does not know)."""
    return BY_TABLE[table]


def find(table: str) -> Layer | None:
    """The schema entry of a table, also for variants written under another name (``client_grid_2``…)."""
    if table in BY_TABLE:
        return BY_TABLE[table]
    base = table.rsplit("_", 1)[0] if "_" in table else ""
    return BY_TABLE.get(base) if base and table.rsplit("_", 1)[1].isdigit() else None


def step(step_id: str) -> Step:
    for s in STEPS + (PERSONAL_GROUP,):
        if s.id == step_id:
            return s
    raise KeyError(step_id)


def layers_of_step(step_id: str) -> list:
    return [entry for entry in LAYERS if entry.step == step_id]


def step_state(step_id: str, tables) -> str:
    """'done' when every core layer of the step exists in `tables`, 'partial' when some layer of the step
    exists, 'todo' otherwise (steps without layers, e.g. the atlas, are never 'done' here)."""
    present = set(tables)
    entries = layers_of_step(step_id)
    core = [e.table for e in entries if e.core]
    if core and all(t in present for t in core):
        return "done"
    if any(e.table in present for e in entries):
        return "partial"
    return "todo"


def individual_tables() -> list:
    return [entry.table for entry in LAYERS if entry.privacy == INDIVIDUAL]


def isochrone_table(mode: str) -> str:
    return "isochrones_" + mode


def access_table(mode: str) -> str:
    return "access_" + mode


def unmatched_table(kind: str) -> str:
    return "siae_unmatched_" + kind


def fill(template: str, meta: dict, lang: str = "en") -> str:
    """A caption or legend template filled from an output's metadata; unknown placeholders are left out
    (with the words around them kept), never printed as "{x}"."""
    if not template:
        return ""
    values = dict(meta or {})
    values.setdefault("threshold_min", values.get("threshold_min", 45))

    class _Safe(dict):
        def __missing__(self, key):
            return ""

    try:
        return template.format_map(_Safe({k: _as_text(v, lang) for k, v in values.items()})).strip()
    except (ValueError, IndexError):
        return template


def _as_text(value, lang: str) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(_as_text(v, lang) for v in value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    if lang == "fr" and isinstance(value, float):
        text = text.replace(".", ",")
    return text


# ---- stages: the recipes that fill the schema ------------------------------------------------------------
@dataclass(frozen=True)
class Ref:
    """A stage parameter taken from a table of the diagnostic GeoPackage (``<gpkg>|layername=<table>``)."""

    table: str
    optional: bool = False


@dataclass(frozen=True)
class Input:
    """A stage parameter taken from the pipeline's (or the dock's) own inputs, e.g. the INSEE codes."""

    name: str


@dataclass(frozen=True)
class Stage:
    """One algorithm run of the diagnostic: its parameters and the schema tables its outputs write.

    ``params`` values are literals, ``Ref`` (a table of the diagnostic) or ``Input`` (a pipeline input);
    ``outputs`` maps destination parameters to schema tables; ``needs`` lists the tables (or inputs) without
    which the stage cannot run (a pipeline skips it with a warning saying why)."""

    id: str
    step: str
    algorithm: str
    en: str
    fr: str
    params: dict = field(default_factory=dict)
    outputs: dict = field(default_factory=dict)
    needs: tuple = ()
    dialog: bool = False  # the dock opens the algorithm's dialog (the user must choose a file…)

    def label(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en

    def tables(self) -> list:
        return list(self.outputs.values())


STAGES = (
    Stage("territory", "territory", "coodiag:territory", "Build the territory's communes",
          "Construire les communes du territoire",
          {"INPUT": Input("COMMUNES"), "MODE": Input("TERRITORY_MODE"), "CODES": Input("CODES"), "BUFFER": 0},
          {"OUTPUT": "communes", "TERRITORY": "territory"}, needs=("COMMUNES", "CODES")),
    *(Stage("import_" + kind, "territory", "coodiag:importtable",
            {"clients": "Import and geocode the clients", "employees": "Import the employees in insertion",
             "worksites": "Import the work sites", "antennas": "Import the antennas"}[kind],
            {"clients": "Importer et géocoder les clients", "employees": "Importer les salariés en insertion",
             "worksites": "Importer les chantiers", "antennas": "Importer les antennes"}[kind],
            {"INPUT": Input(kind.upper()), "KIND": IMPORT_KINDS.index(kind), "BAN_FILE": Input("BAN_FILE"),
             "COMMUNES": Ref("communes", optional=True)},
            {"OUTPUT": kind, "UNMATCHED": unmatched_table(kind)},
            needs=(kind.upper(),), dialog=True)
      for kind in ("antennas", "clients", "employees", "worksites")),
    Stage("quality", "territory", "coodiag:geocodingquality", "Placement precision per commune",
          "Précision du placement par commune",
          {"LAYERS": [Ref(k, optional=True) for k in ("clients", "employees", "worksites", "antennas")],
           "ZONES": Ref("communes")},
          {"OUTPUT": "geocoding_quality"}, needs=("communes",)),
    Stage("filosofi", "publicdata", "coodiag:loadfilosofi", "Load the Filosofi 200 m grid",
          "Charger les carreaux Filosofi de 200 m",
          {"INPUT": Input("FILOSOFI"), "TERRITORY": Ref("territory")}, {"OUTPUT": "filosofi_200m"},
          needs=("FILOSOFI", "territory"), dialog=True),
    Stage("census", "publicdata", "coodiag:loadcensus", "Join census tables to the communes",
          "Joindre les tables du recensement aux communes",
          {"INPUT": Input("CENSUS"), "ZONES": Ref("communes")}, {"OUTPUT": "census_communes"},
          needs=("CENSUS", "communes"), dialog=True),
    Stage("network", "mobility", "coodiag:buildnetwork", "Build the road network", "Préparer le réseau routier",
          {"INPUT": Input("ROADS")}, {"OUTPUT": "network"}, needs=("ROADS",), dialog=True),
    *(Stage("isochrones_" + mode, "mobility", "coodiag:isochrones",
            "Isochrones of the antennas " + MODE_NAMES[mode][0], "Isochrones des antennes " + MODE_NAMES[mode][1],
            {"NETWORK": Ref("network"), "SITES": Ref("antennas"), "MODE": index,
             "BANDS": Input("BANDS_" + mode.upper()), "OUTPUT_TYPE": 0,
             "POPULATION": Ref("filosofi_200m", optional=True), "ZONES": Ref("communes")},
            {"OUTPUT": isochrone_table(mode), "OUTPUT_ZONES": access_table(mode)},
            needs=("network", "antennas", "communes"))
      for mode, index in (("car", 0), ("walk", 1))),
    Stage("traveltimes", "mobility", "coodiag:traveltimes", "Travel times of the employees",
          "Temps de trajet des salariés",
          {"NETWORK": Ref("network"), "ORIGINS": Ref("employees"), "SITES": Ref("antennas"), "MODE": 0,
           "THRESHOLD": 45, "ZONES": Ref("communes")},
          {"OUTPUT": "traveltimes", "SUMMARY": "traveltimes_sites", "BY_ZONE": "traveltimes_by_zone"},
          needs=("network", "employees", "antennas", "communes")),
    Stage("client_density", "clients", "coodiag:clientdensity", "Client density (grid and communes)",
          "Densité de clients (carreaux et communes)",
          {"INPUT": Ref("clients"), "FILOSOFI": Ref("filosofi_200m", optional=True), "ZONES": Ref("communes"),
           "WEIGHT_FIELD": Input("WEIGHT_FIELD"), "CELL_SIZE": 2, "BANDWIDTH": 0},
          {"OUTPUT_GRID": "client_grid", "OUTPUT_ZONES": "client_zones"}, needs=("clients", "communes")),
    Stage("client_smoothed", "clients", "coodiag:clientdensity", "Smoothed client rate", "Taux de clients lissé",
          {"INPUT": Ref("clients"), "FILOSOFI": Ref("filosofi_200m"), "WEIGHT_FIELD": Input("WEIGHT_FIELD"),
           "CELL_SIZE": 0, "BANDWIDTH": 1000},
          {"OUTPUT_SMOOTHED": "client_smoothed"}, needs=("clients", "filosofi_200m")),
    Stage("penetration", "clients", "coodiag:marketpenetration", "Market penetration and customer areas",
          "Taux de pénétration et aires de clientèle",
          {"INPUT": Ref("clients"), "ZONES": Ref("communes"), "FILOSOFI": Ref("filosofi_200m", optional=True),
           "ZONE_DENOMINATOR_FIELD": Input("ZONE_TARGET_FIELD"), "ANTENNAS": Ref("antennas", optional=True),
           "ANTENNA_ID_FIELD": Input("ANTENNA_FIELD"), "CLIENT_ANTENNA_FIELD": Input("ANTENNA_FIELD")},
          {"OUTPUT": "client_penetration", "OUTPUT_AREAS": "client_areas"}, needs=("clients", "communes")),
    Stage("prospects", "clients", "coodiag:prospectzones", "Prospect zones", "Zones à prospecter",
          {"INPUT": Ref("clients"), "ZONES": Ref("communes"), "FILOSOFI": Ref("filosofi_200m", optional=True),
           "ZONE_DENOMINATOR_FIELD": Input("ZONE_TARGET_FIELD"), "REACH": Ref("isochrones_car", optional=True)},
          {"OUTPUT": "prospect_zones"}, needs=("clients", "communes")),
    Stage("hotspots", "clients", "coodiag:hotspots", "Client hot spots", "Points chauds de clientèle",
          {"INPUT": Ref("clients"), "STUDY_AREA": Ref("communes"), "CELL_SIZE": 1, "PERMUTATIONS": 499, "SEED": 1},
          {"OUTPUT": "client_hotspots"}, needs=("clients", "communes")),
    Stage("potential_cells", "beneficiaries", "coodiag:beneficiarypotential",
          "Potential beneficiaries per 200 m cell", "Bénéficiaires potentiels par carreau de 200 m",
          {"INPUT": Ref("filosofi_200m"), "ZONES": Ref("communes"), "CENSUS": Ref("census_communes", optional=True),
           "LEVEL": 0},
          {"OUTPUT": "beneficiary_potential"}, needs=("filosofi_200m", "communes")),
    Stage("potential_zones", "beneficiaries", "coodiag:beneficiarypotential",
          "Potential beneficiaries per commune", "Bénéficiaires potentiels par commune",
          {"INPUT": Ref("filosofi_200m"), "ZONES": Ref("communes"), "CENSUS": Ref("census_communes", optional=True),
           "LEVEL": 1},
          {"OUTPUT": "beneficiary_zones"}, needs=("filosofi_200m", "communes")),
    Stage("unmet", "beneficiaries", "coodiag:unmetzones", "Zones with unmet potential",
          "Zones à potentiel non atteint",
          {"ZONES": Ref("beneficiary_zones"), "POTENTIAL_FIELD": "potential", "EMPLOYEES": Ref("employees"),
           "ISOCHRONES": Ref("isochrones_car", optional=True)},
          {"OUTPUT": "unmet_zones", "OUTPUT_EMPLOYEES": "employees_by_zone"}, needs=("beneficiary_zones", "employees")),
)

BY_STAGE = {s.id: s for s in STAGES}


def stages_of_step(step_id: str) -> list:
    return [s for s in STAGES if s.step == step_id]


def stage_writing(table: str) -> Stage | None:
    return next((s for s in STAGES if table in s.outputs.values()), None)


# ---- the bundled sample territory ---------------------------------------------------------------------------
SAMPLE_SIAE = "AI Fictive du Pays Ajaccien"
SAMPLE_TERRITORY = "CA du Pays Ajaccien"


def sample_inputs(sample_dir) -> dict:
    """Every input of the full diagnostic for the bundled sample territory (paths under `sample_dir`, the
    plugin's resources/sample folder, resolved by the caller)."""
    from pathlib import Path

    s = Path(sample_dir)
    return {
        "SIAE_NAME": SAMPLE_SIAE,
        "TERRITORY_NAME": SAMPLE_TERRITORY,
        "COMMUNES": "{}|layername=communes_around".format(s / "territory.gpkg"),
        "TERRITORY_MODE": 1,
        "CODES": "242010056",
        "CLIENTS": str(s / "siae" / "clients.csv"),
        "EMPLOYEES": str(s / "siae" / "salaries.csv"),
        "ANTENNAS": str(s / "siae" / "antennes.csv"),
        "WORKSITES": str(s / "siae" / "chantiers.csv"),
        "BAN_FILE": str(s / "ban" / "adresses-2A-capa.csv"),
        "FILOSOFI": str(s / "filosofi2019_200m_ajaccio.gpkg"),
        "ROADS": "{}|layername=road_links".format(s / "roads_capa.gpkg"),
        "WEIGHT_FIELD": "heures_vendues",
        "ANTENNA_FIELD": "antenne",
    }
