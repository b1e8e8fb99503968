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
    "left_to_zones",  # points too coarsely placed for the output's scale (counted in the zone outputs only)
    "coverage",  # {"partial": [...], "missing": [...]} zones whose input data is partial or missing
    "coverage_inputs",  # per input (filosofi, census, table, network, gtfs): basis, ok_share, partial, missing
    "demand_no_data",  # siting: labels of the demand places left out for want of data ([] when none)
    "demand_note_en", "demand_note_fr",  # siting: « pas de données pour … : hors de la demande » (when some)
    "reach_band",  # minutes of the reach band (analysis/reach.py); "reach_share_min": the share (0.5)
    "reach_people_en", "reach_people_fr",  # what the half was measured on: « de leurs habitants » / « de leur surface »
    "min_denominator",  # the minimum denominator of the rates (households or persons)
    "cell_zone_rule",  # area | centre | majority
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
    internal: bool = False  # machine tables (e.g. the compact timetable): kept in the GeoPackage, not on the map

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


def _internal(layer_: Layer) -> Layer:
    import dataclasses

    return dataclasses.replace(layer_, internal=True)


MODES = ("car", "walk", "bike", "transit")
#: THE reach band of each mode (minutes): a zone is within the SIAE's reach when at least half of its population
#: lives within this travel time of an antenna (analysis/reach.py). 20 minutes is the standard of the antenna
#: siting stage; 45 minutes by public transport is the usual alert threshold of a commute (DOMAIN.md).
REACH_MINUTES = {"car": 20, "walk": 20, "bike": 20, "transit": 45}
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
       caption_en="Inhabitants per 200 m cell[[ ({sources})]]",
       caption_fr="Habitants par carreau de 200 m[[ ({sources})]]",
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
       caption_en="Clients per 1,000 {target_label}, smoothed over {bandwidth} m (bisquare kernel) on {cell_size} m "
                  "cells[[; where fewer than {threshold} clients contribute, the cell is hidden]][[; no rate under "
                  "{min_denominator} {target_label}]]",
       caption_fr="Clients pour 1 000 {target_label}, lissage sur {bandwidth} m (noyau bicarré) sur des carreaux de "
                  "{cell_size} m[[ ; un carreau auquel moins de {threshold} clients contribuent est masqué]][[ ; pas "
                  "de taux sous {min_denominator} {target_label}]]",
       legend_en="Clients per 1,000 {target_label}", legend_fr="Clients pour 1 000 {target_label}"),
    _L("client_penetration", "Market penetration per commune", "Taux de pénétration par commune", "polygon",
       AGGREGATE, "clients", "coodiag:marketpenetration", "OUTPUT", "marketpenetration", core=True,
       caption_en="Clients per 1,000 {target_label} by commune[[ (fewer than {threshold} clients: secret)]][[; no "
                  "rate under {min_denominator} {target_label}]]",
       caption_fr="Clients pour 1 000 {target_label} par commune[[ (moins de {threshold} clients : secret)]][[ ; pas "
                  "de taux sous {min_denominator} {target_label}]]",
       legend_en="Clients per 1,000 {target_label}", legend_fr="Clients pour 1 000 {target_label}"),
    _L("client_areas", "Customer areas of the antennas", "Aires de clientèle des antennes", "polygon", AGGREGATE,
       "clients", "coodiag:marketpenetration", "OUTPUT_AREAS", "customerareas",
       caption_en="outlines: the smallest sets of communes holding {levels_label} % of each antenna's clients",
       caption_fr="contours : les plus petits ensembles de communes réunissant {levels_label} % des clients de "
                  "chaque antenne",
       legend_en="Customer areas (share of the antenna's clients)",
       legend_fr="Aires de clientèle (part des clients de l'antenne)"),
    _L("prospect_zones", "Prospect zones", "Zones à prospecter", "polygon", AGGREGATE, "clients",
       "coodiag:prospectzones", "OUTPUT", "prospectzones", core=True,
       caption_en="Untapped potential per commune: the additional clients a commune would have at the territory's "
                  "penetration (per 1,000 {target_label})[[; only the communes in the SIAE's reach — at least half "
                  "{reach_people_en} within {reach_band} minutes of an antenna — are ranked]]",
       caption_fr="Potentiel inexploité par commune : clients supplémentaires si la commune atteignait le taux de "
                  "pénétration du territoire (pour 1 000 {target_label})[[ ; seules les communes à portée de la "
                  "SIAE — au moins la moitié {reach_people_fr} à moins de {reach_band} minutes d'une antenne — sont "
                  "classées]]",
       legend_en="Potential new clients", legend_fr="Clients potentiels supplémentaires"),
    _L("client_hotspots", "Client hot spots (Gi*)", "Points chauds de clientèle (Gi*)", "polygon", AGGREGATE,
       "clients", "coodiag:hotspots", "OUTPUT", "hotspots", core=True,
       caption_en="Getis-Ord Gi* on {cell_size} m cells of the INSEE grid[[ ({permutations} permutations)]][[; cells "
                  "with fewer than {threshold} clients around are hidden]]",
       caption_fr="Gi* de Getis-Ord sur des carreaux de {cell_size} m de la grille Insee[[ ({permutations} "
                  "permutations)]][[ ; carreaux entourés de moins de {threshold} clients masqués]]",
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
       caption_en="Employees in insertion compared with the potential beneficiaries of each commune, at the "
                  "territory's rate[[ (fewer than {threshold} employees: secret)]][[; in the SIAE's reach: the "
                  "communes with at least half {reach_people_en} within {reach_band} minutes of an antenna]]",
       caption_fr="Salariés en insertion comparés aux bénéficiaires potentiels de chaque commune, au taux du "
                  "territoire[[ (moins de {threshold} salariés : secret)]][[ ; à portée de la SIAE : les communes "
                  "ayant au moins la moitié {reach_people_fr} à moins de {reach_band} minutes d'une antenne]]",
       legend_en="Beneficiaries reached", legend_fr="Bénéficiaires atteints"),
    _L("employees_by_zone", "Employees in insertion per commune", "Salariés en insertion par commune", "polygon",
       AGGREGATE, "beneficiaries", "coodiag:unmetzones", "OUTPUT_EMPLOYEES", "employees_zones", core=True,
       caption_en="Employees in insertion by commune of residence[[ (fewer than {threshold}: secret)]]",
       caption_fr="Salariés en insertion par commune de résidence[[ (moins de {threshold} : secret)]]",
       legend_en="Employees in insertion", legend_fr="Salariés en insertion"),
    # 5 · mobility ------------------------------------------------------------------------------------------
    _L("network", "Road network (prepared)", "Réseau routier (préparé)", "line", PUBLIC, "mobility",
       "coodiag:buildnetwork", "OUTPUT", "network", core=True),
    *(_L("isochrones_" + mode, "Travel time to the antennas " + MODE_NAMES[mode][0],
         "Temps d'accès aux antennes " + MODE_NAMES[mode][1], "polygon", PUBLIC, "mobility",
         "coodiag:transitisochrones" if mode == "transit" else "coodiag:isochrones", "OUTPUT", "isochrones",
         core=mode == "car",
         caption_en="Places reached {mode_label} from the antennas within {bands_label} minutes[[, with the "
                    "population reached per band ({population_source})]]",
         caption_fr="Lieux atteints {mode_label} depuis les antennes en {bands_label} minutes[[, avec la "
                    "population atteinte par tranche ({population_source})]]",
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
       caption_en="Share of the employees, by commune of residence, more than {threshold_min} minutes {mode_label} "
                  "from the nearest antenna[[ (fewer than {threshold}: secret)]]",
       caption_fr="Part des salariés, par commune de résidence, à plus de {threshold_min} minutes {mode_label} de "
                  "l'antenne la plus proche[[ (moins de {threshold} : secret)]]",
       legend_en="Employees more than {threshold_min} min away", legend_fr="Salariés à plus de {threshold_min} min"),
    _L("transit_stops", "Public transport stops", "Arrêts de transport en commun", "point", PUBLIC, "mobility",
       "coodiag:loadgtfs", "OUTPUT_STOPS", "transit_stops"),
    _L("transit_lines", "Public transport lines", "Lignes de transport en commun", "line", PUBLIC, "mobility",
       "coodiag:loadgtfs", "OUTPUT_LINES", "transit_lines"),
    _internal(_L("transit_timetable", "Public transport timetable (compact)",
                 "Horaires de transport en commun (compacts)", "none", PUBLIC, "mobility", "coodiag:loadgtfs",
                 "OUTPUT_TIMETABLE")),
    # the other tables of the compact timetable, written next to it (transit_common.PARTS)
    *(_internal(_L("transit_timetable_" + part, "Public transport timetable: " + en,
                   "Horaires de transport en commun : " + fr, "none", PUBLIC, "mobility", "coodiag:loadgtfs",
                   "OUTPUT_TIMETABLE"))
      for part, en, fr in (("feeds", "feeds", "flux"), ("stops", "stops", "arrêts"), ("routes", "lines", "lignes"),
                           ("services", "services", "services"), ("dates", "service days", "jours de service"),
                           ("trips", "trips", "courses"), ("transfers", "transfers", "correspondances"))),
    _L("transit_times", "Transit travel times (one row per origin)", "Temps de trajet en transports (par origine)",
       "point", INDIVIDUAL, "mobility", "coodiag:transittimes", "OUTPUT"),
    _L("transit_times_cells", "Transit travel times, per 200 m cell", "Temps de trajet en transports, par carreau",
       "polygon", PUBLIC, "mobility", "coodiag:transittimes", "OUTPUT", "transit_times",
       caption_en="Transit travel time to the nearest antenna ({percentile}th percentile over {window})",
       caption_fr="Temps de trajet en transports vers l'antenne la plus proche ({percentile}e centile sur {window})",
       legend_en="Minutes by public transport", legend_fr="Minutes en transports en commun"),
    # public: built from Filosofi, the census, GTFS, roads and the antennas' addresses only (no personal data)
    _L("mobility_gap", "Car-versus-transit gap, per commune", "Écart voiture / transports, par commune", "polygon",
       PUBLIC, "mobility", "coodiag:mobilitygap", "OUTPUT_ZONES", "mobility_gap",
       caption_en="Transit time over car time to the nearest antenna, household-weighted median per commune",
       caption_fr="Temps en transports rapporté au temps en voiture vers l'antenne la plus proche, médiane des "
                  "ménages par commune",
       legend_en="Transit time / car time", legend_fr="Temps en transports / temps en voiture"),
    _L("mobility_gap_cells", "Car-versus-transit gap, per 200 m cell", "Écart voiture / transports, par carreau",
       "polygon", PUBLIC, "mobility", "coodiag:mobilitygap", "OUTPUT_CELLS", "mobility_gap",
       caption_en="Transit time over car time to the nearest antenna ({percentile}th percentile over {window}, "
                  "{date})",
       caption_fr="Temps en transports rapporté au temps en voiture vers l'antenne la plus proche ({percentile}e "
                  "centile sur {window}, {date})",
       legend_en="Transit time / car time", legend_fr="Temps en transports / temps en voiture"),
    # 6 · antenna siting ------------------------------------------------------------------------------------
    _L("siting_sites", "Proposed antenna sites", "Sites d'antenne proposés", "point", PUBLIC, "siting",
       "coodiag:antennasiting", "OUTPUT", "siting_sites", core=True,
       caption_en="Where up to {p_max} new antennas would best serve the potential beneficiaries within "
                  "{standard_min} min {mode_en} ({model_en}[[; {demand_note_en}]])",
       caption_fr="Où jusqu'à {p_max} nouvelles antennes serviraient le mieux les bénéficiaires potentiels à moins "
                  "de {standard_min} min {mode_fr} ({model_fr}[[ ; {demand_note_fr}]])",
       legend_en="Proposed sites, in order of choice", legend_fr="Sites proposés, dans l'ordre du choix"),
    _L("siting_scenarios", "Antenna siting scenarios", "Scénarios d'implantation d'antennes", "none", PUBLIC,
       "siting", "coodiag:antennasiting", "OUTPUT_SCENARIOS", core=True),
    _L("siting_catchments", "Catchments of the best scenario", "Aires d'attraction du meilleur scénario", "polygon",
       PUBLIC, "siting", "coodiag:antennasiting", "OUTPUT_CATCHMENTS", "siting_catchments",
       caption_en="Places within {standard_min} min {mode_en} of the existing and proposed antennas, each with its "
                  "nearest[[ ({demand_note_en})]]",
       caption_fr="Lieux à moins de {standard_min} min {mode_fr} des antennes existantes et proposées, chacun avec "
                  "la plus proche[[ ({demand_note_fr})]]",
       legend_en="Catchments within {standard_min} min", legend_fr="Aires à moins de {standard_min} min"),
    # 7 · jobs and companies --------------------------------------------------------------------------------
    _L("bmo_basins", "Recruitment difficulty per employment basin (BMO)",
       "Difficultés de recrutement par bassin d'emploi (BMO)", "polygon", PUBLIC, "economy", "coodiag:loadbmo",
       "OUTPUT", "bmo_basins", core=True,
       caption_en="Share of the hiring projects judged difficult in the trades SIAE place people in, per employment "
                  "basin (France Travail, BMO {vintage} survey; secret cells left out)",
       caption_fr="Part des projets de recrutement jugés difficiles dans les métiers où les SIAE placent leurs "
                  "salariés, par bassin d'emploi (France Travail, enquête BMO {vintage} ; cellules secrètes écartées)",
       legend_en="Hiring projects judged difficult (SIAE trades)",
       legend_fr="Projets jugés difficiles (métiers des SIAE)"),
    _L("bmo_trades", "Hiring projects per basin and trade (BMO)", "Projets de recrutement par bassin et métier (BMO)",
       "none", PUBLIC, "economy", "coodiag:loadbmo", "OUTPUT_TRADES", core=True),
    _L("sirene_establishments", "Establishments (SIRENE)", "Établissements (SIRENE)", "point", PUBLIC, "economy",
       "coodiag:loadsirene", "OUTPUT", "sirene_establishments"),
    _L("company_prospects", "Companies to approach", "Entreprises à prospecter", "point", PUBLIC, "economy",
       "coodiag:companyprospects", "OUTPUT", "company_prospects"),
    _L("company_prospects_by_zone", "Companies to approach, per commune", "Entreprises à prospecter, par commune",
       "polygon", PUBLIC, "economy", "coodiag:companyprospects", "OUTPUT_ZONES", "company_prospects_zones",
       caption_en="Establishments of the activities the SIAE serves or hiring in tense trades[[, within {max_minutes} "
                  "minutes by car of an antenna]], not already clients, per commune (Insee, Sirene)",
       caption_fr="Établissements des activités servies par la SIAE ou qui recrutent dans des métiers en tension[[, à "
                  "moins de {max_minutes} minutes en voiture d'une antenne]], hors clients actuels, par commune "
                  "(Insee, Sirene)",
       legend_en="Companies to approach", legend_fr="Entreprises à prospecter"),
    # 8 · public procurement and inclusion actors ------------------------------------------------------------
    _L("decp_contracts", "Public contracts (DECP)", "Marchés publics (DECP)", "point", PUBLIC, "procurement",
       "coodiag:loaddecp", "OUTPUT", "decp_contracts", core=True),
    _L("decp_buyers", "Public buyers and social clauses", "Acheteurs publics et clauses sociales", "point", PUBLIC,
       "procurement", "coodiag:loaddecp", "OUTPUT_BUYERS", "decp_buyers", core=True,
       caption_en="Public buyers of the territory: amount of their contracts and share with a social consideration "
                  "(social clause, social criterion or reserved contract), DECP",
       caption_fr="Acheteurs publics du territoire : montant de leurs marchés et part avec une considération sociale "
                  "(clause sociale, critère social ou marché réservé), DECP",
       legend_en="Share of contracts with a social consideration",
       legend_fr="Part des marchés avec une considération sociale"),
    _L("siae_register", "Inclusion actors (SIAE register)", "Acteurs de l'inclusion (liste des SIAE)", "point",
       PUBLIC, "procurement", "coodiag:loadsiaelist", "OUTPUT", "siae_register",
       caption_en="SIAE, GEIQ and adapted enterprises of the territory[[ and within {bands_label} minutes by car of "
                  "the antennas]] (Plateforme de l'inclusion)",
       caption_fr="SIAE, GEIQ et entreprises adaptées du territoire[[ et à moins de {bands_label} minutes en voiture "
                  "des antennes]] (Plateforme de l'inclusion)",
       legend_en="Inclusion actors", legend_fr="Acteurs de l'inclusion"),
    _L("siae_overlap", "Catchment overlap with other SIAE", "Recouvrement des aires avec les autres SIAE",
       "polygon", PUBLIC, "procurement", "coodiag:loadsiaelist", "OUTPUT_OVERLAP", "siae_overlap",
       caption_en="Places within {bands_label} minutes by car of the SIAE's antennas, by number of other structures "
                  "of the same kind ({own_kind}) that reach them in the same time",
       caption_fr="Lieux à moins de {bands_label} minutes en voiture des antennes de la SIAE, selon le nombre "
                  "d'autres structures du même type ({own_kind}) qui les atteignent dans le même temps",
       legend_en="Other structures of the same kind", legend_fr="Autres structures du même type"),
)

BY_TABLE = {layer.table: layer for layer in LAYERS}

#: texts of the alternative styles a theme can give a layer (e.g. the Filosofi cells drawn as poverty rates):
#: style id → (caption_en, caption_fr, legend_en, legend_fr)
STYLE_TEXTS = {
    "filosofi_poverty": (
        "Share of households below the poverty line (60 % of the median standard of living), per 200 m cell"
        "[[ ({sources})]]",
        "Part des ménages sous le seuil de pauvreté (60 % du niveau de vie médian), par carreau de 200 m"
        "[[ ({sources})]]",
        "Poor households (%)", "Ménages pauvres (%)"),
}


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
    """A caption or legend template filled from an output's metadata, in `lang`.

    Placeholders are metadata keys, plus derived ones: ``{x}`` for a key stored as ``x_en``/``x_fr``,
    ``{mode_label}`` (« en voiture »), ``{bands_label}`` (« 10, 20, 30 et 45 »), ``{levels_label}``. A part of
    the template between ``[[`` and ``]]`` is left out when one of its placeholders has no value; when a
    placeholder outside such a part has none, the whole text is "" (the caller falls back) — a caption never
    prints "{x}" nor a sentence with a hole."""
    if not template:
        return ""
    values = _derived(dict(meta or {}), lang)
    import re

    def render(part: str):
        keys = re.findall(r"{(\w+)}", part)
        if any(values.get(key) in (None, "", []) for key in keys):
            return None
        return part.format_map({key: _as_text(values[key], lang) for key in keys})

    out = []
    for index, part in enumerate(re.split(r"\[\[|\]\]", template)):
        text = render(part)
        if text is None:
            if index % 2 == 0:  # a mandatory part
                return ""
            continue
        out.append(text)
    return " ".join("".join(out).split())


def join_words(items, lang: str) -> str:
    """['10', '20', '30'] → "10, 20 et 30" / "10, 20 and 30"."""
    items = [str(i) for i in items]
    if len(items) <= 1:
        return "".join(items)
    return "{} {} {}".format(", ".join(items[:-1]), "et" if lang == "fr" else "and", items[-1])


def _derived(values: dict, lang: str) -> dict:
    suffix = "_" + lang
    for key in list(values):
        if key.endswith(suffix):
            values.setdefault(key[: -len(suffix)], values[key])
    if values.get("mode") in MODE_NAMES:
        values.setdefault("mode_label", MODE_NAMES[values["mode"]][1 if lang == "fr" else 0])
    if values.get("bands"):
        values.setdefault("bands_label", join_words([_as_text(b, lang) for b in values["bands"]], lang))
    if values.get("levels"):
        values.setdefault("levels_label", join_words([_as_text(b, lang) for b in values["levels"]], lang))
    return values


def _as_text(value, lang: str) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(_as_text(v, lang) for v in value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, float):
        text = "{:.2f}".format(value).rstrip("0").rstrip(".")
        return text.replace(".", ",") if lang == "fr" else text
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 1000:
        text = "{:,}".format(value)
        return text.replace(",", "\u202f") if lang == "fr" else text
    return str(value)


# ---- stages: the recipes that fill the schema ------------------------------------------------------------
@dataclass(frozen=True)
class Ref:
    """A stage parameter taken from a table of the diagnostic GeoPackage (``<gpkg>|layername=<table>``);
    ``{reach_mode}`` in the name stands for the travel mode that defines the SIAE's reach (car by default): the
    reach of the zones is read from the access-by-zone table of that mode (its in_reach flags, analysis/reach.py)."""

    table: str
    optional: bool = False

    def resolve(self, values: dict) -> str:
        return self.table.replace("{reach_mode}", values.get("_REACH_MODE", "car"))


@dataclass(frozen=True)
class Input:
    """A stage parameter taken from the pipeline's (or the dock's) own inputs, e.g. the INSEE codes."""

    name: str


@dataclass(frozen=True)
class First:
    """A stage parameter taken from the first of its alternatives that is available (e.g. the full communes
    layer given to the pipeline, else the territory's communes of the diagnostic)."""

    options: tuple


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
    extra: tuple = ()  # tables the algorithm writes next to an output (e.g. the parts of the GTFS timetable)

    def label(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en

    def tables(self) -> list:
        return list(self.outputs.values()) + list(self.extra)


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
             # rows known by their commune are placed with the whole communes layer when given (people living
             # just outside the territory are placed, then counted outside its zones), else the territory's
             "COMMUNES": First((Input("COMMUNES"), Ref("communes", optional=True)))},
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
          {"INPUT": Input("FILOSOFI"), "TERRITORY": Ref("territory"), "ZONES": Ref("communes", optional=True)},
          {"OUTPUT": "filosofi_200m"},
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
      for mode, index in (("car", 0), ("walk", 1), ("bike", 2))),
    Stage("traveltimes", "mobility", "coodiag:traveltimes", "Travel times of the employees",
          "Temps de trajet des salariés",
          {"NETWORK": Ref("network"), "ORIGINS": Ref("employees"), "SITES": Ref("antennas"), "MODE": 0,
           "THRESHOLD": 45, "ZONES": Ref("communes")},
          {"OUTPUT": "traveltimes", "SUMMARY": "traveltimes_sites", "BY_ZONE": "traveltimes_by_zone"},
          needs=("network", "employees", "antennas", "communes")),
    Stage("gtfs", "mobility", "coodiag:loadgtfs", "Load the public transport timetables (GTFS)",
          "Charger les horaires de transport en commun (GTFS)",
          {"GTFS": Input("GTFS"), "DATE": Input("GTFS_DATE"), "TERRITORY": Ref("territory", optional=True),
           "BUFFER": 5000},
          {"OUTPUT_STOPS": "transit_stops", "OUTPUT_LINES": "transit_lines", "OUTPUT_TIMETABLE": "transit_timetable"},
          needs=("GTFS",), dialog=True,
          extra=tuple("transit_timetable_" + part for part in ("feeds", "stops", "routes", "services", "dates",
                                                               "trips", "transfers"))),
    # public transport (the GTFS loading stage comes with the pipeline inputs GTFS and GTFS_DATE)
    Stage("isochrones_transit", "mobility", "coodiag:transitisochrones",
          "Isochrones of the antennas " + MODE_NAMES["transit"][0],
          "Isochrones des antennes " + MODE_NAMES["transit"][1],
          {"SITES": Ref("antennas"), "TIMETABLE": Ref("transit_timetable"), "NETWORK": Ref("network"), "DIRECTION": 0,
           "TIME": Input("TRANSIT_TIME"), "BANDS": Input("BANDS_TRANSIT"), "OUTPUT_TYPE": 0,
           "POPULATION": Ref("filosofi_200m", optional=True), "ZONES": Ref("communes")},
          {"OUTPUT": isochrone_table("transit"), "OUTPUT_ZONES": access_table("transit")},
          needs=("transit_timetable", "network", "antennas", "communes")),
    Stage("mobility_gap", "mobility", "coodiag:mobilitygap", "Car versus public transport gap",
          "Écart entre voiture et transports en commun",
          {"CELLS": Ref("filosofi_200m"), "SITES": Ref("antennas"), "TIMETABLE": Ref("transit_timetable"),
           "NETWORK": Ref("network"), "DIRECTION": 0, "TIME": Input("TRANSIT_TIME"),
           "CENSUS": Ref("census_communes", optional=True), "ZONES": Ref("communes"), "THRESHOLD": 45},
          {"OUTPUT_CELLS": "mobility_gap_cells", "OUTPUT_ZONES": "mobility_gap"},
          needs=("filosofi_200m", "transit_timetable", "network", "antennas", "communes")),
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
           "ZONE_DENOMINATOR_FIELD": Input("ZONE_TARGET_FIELD"),
           "REACH": Ref("access_{reach_mode}", optional=True)},
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
           "ISOCHRONES": Ref("access_{reach_mode}", optional=True)},
          {"OUTPUT": "unmet_zones", "OUTPUT_EMPLOYEES": "employees_by_zone"}, needs=("beneficiary_zones", "employees")),
    Stage("siting", "siting", "coodiag:antennasiting", "Where to open an antenna (scenarios)",
          "Où ouvrir une antenne (scénarios)",
          {"NETWORK": Ref("network"), "DEMAND": Ref("beneficiary_potential"), "DEMAND_FIELD": "potential",
           "ANTENNAS": Ref("antennas", optional=True), "ANTENNA_ID": Input("ANTENNA_FIELD"), "CANDIDATE_SOURCE": 1,
           "COMMUNES": Ref("communes"), "MODE": 0, "STANDARD": 20, "P_MIN": 1, "P_MAX": 3, "MODEL": 0},
          {"OUTPUT": "siting_sites", "OUTPUT_SCENARIOS": "siting_scenarios", "OUTPUT_CATCHMENTS": "siting_catchments"},
          needs=("network", "beneficiary_potential", "communes")),
    # 7 · jobs and companies (issue 18) · 8 · public procurement and inclusion actors (issue 19)
    Stage("bmo", "economy", "coodiag:loadbmo", "Recruitment difficulties per basin (BMO survey)",
          "Difficultés de recrutement par bassin (enquête BMO)",
          {"INPUT": Input("BMO_FILE"), "BASINS": Input("BMO_BASINS"), "ZONES": Ref("communes")},
          {"OUTPUT": "bmo_basins", "OUTPUT_TRADES": "bmo_trades"}, needs=("BMO_FILE", "BMO_BASINS", "communes"),
          dialog=True),
    Stage("sirene", "economy", "coodiag:loadsirene", "Establishments of the territory (SIRENE)",
          "Établissements du territoire (SIRENE)",
          {"INPUT": Input("SIRENE_FILE"), "GEOLOC": Input("SIRENE_GEOLOC"), "LEGAL_UNITS": Input("SIRENE_LEGAL_UNITS"),
           "ZONES": Ref("communes")},
          {"OUTPUT": "sirene_establishments"}, needs=("SIRENE_FILE", "communes"), dialog=True),
    Stage("company_prospects", "economy", "coodiag:companyprospects", "Companies to approach",
          "Entreprises à prospecter",
          {"INPUT": Ref("sirene_establishments"), "ZONES": Ref("communes"), "CLIENTS": Ref("clients", optional=True),
           "ANTENNAS": Ref("antennas", optional=True), "ANTENNA_ID_FIELD": Input("ANTENNA_FIELD"),
           "NETWORK": Ref("network", optional=True), "MAX_MINUTES": 30, "BMO_TRADES": Ref("bmo_trades", optional=True),
           "BMO_BASINS": Ref("bmo_basins", optional=True), "MODE": 2},
          {"OUTPUT": "company_prospects", "OUTPUT_ZONES": "company_prospects_by_zone"},
          needs=("sirene_establishments", "communes")),
    Stage("decp", "procurement", "coodiag:loaddecp", "Public contracts and buyers (DECP)",
          "Marchés publics et acheteurs (DECP)",
          {"INPUT": Input("DECP_FILE"), "ZONES": Ref("communes"), "COMMUNES_TABLE": Input("COMMUNES_TABLE")},
          {"OUTPUT": "decp_contracts", "OUTPUT_BUYERS": "decp_buyers"}, needs=("DECP_FILE", "communes"), dialog=True),
    Stage("siae_list", "procurement", "coodiag:loadsiaelist", "Inclusion actors around the SIAE",
          "Acteurs de l'inclusion autour de la SIAE",
          {"INPUT": Input("SIAE_REGISTER"), "ZONES": Ref("communes"), "COMMUNES_TABLE": Input("COMMUNES_TABLE"),
           "ANTENNAS": Ref("antennas", optional=True), "ANTENNA_ID_FIELD": Input("ANTENNA_FIELD"),
           "NETWORK": Ref("network", optional=True), "MAX_MINUTES": 20, "OWN_KIND": Input("SIAE_KIND"),
           "CONTRACTS": Ref("decp_contracts", optional=True)},
          {"OUTPUT": "siae_register", "OUTPUT_OVERLAP": "siae_overlap"}, needs=("SIAE_REGISTER", "communes"),
          dialog=True),
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
        "GTFS": [str(s / "gtfs_muvitarra_ajaccio_2020.zip")],
        "GTFS_DATE": "2020-03-10",
        "BMO_FILE": str(s / "economy" / "bmo2024_be9407_ajaccio.csv"),
        "BMO_BASINS": str(s / "economy" / "bassin_emploi_9407.csv"),
        "SIRENE_FILE": str(s / "economy" / "geo_siret_2A_sample.csv.gz"),
        "DECP_FILE": str(s / "economy" / "decp_2022_corse.json"),
        "COMMUNES_TABLE": str(s / "economy" / "communes_2A_cog.csv"),
        "SIAE_REGISTER": str(s / "economy" / "siae_corse.csv"),
        "WEIGHT_FIELD": "heures_vendues",
        "ANTENNA_FIELD": "antenne",
    }
