#!/usr/bin/env python3
"""Build the Processing models shipped with Coodiag (resources/models/*.model3).

The models are generated with the PyQGIS model API, never hand-edited: change this script and run it again

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_models.py [--output DIR] [--only NAME,...]

Each model gets a stable lowercase name, so the provider registers it as ``coodiag:<name>``:

- ``publicdata``      study territory from INSEE codes + Filosofi grid clipped to it;
- ``siaefiles``       the SIAE's clients, employees and antennas files imported and geocoded;
- ``q1clients``       Q1 — where are the clients? density, penetration, customer areas, prospects, hot spots;
- ``q2beneficiaries`` Q2 — where are the potential beneficiaries? potential, unmet zones, employees by zone;
- ``q3mobility``      Q3 — how far is the SIAE? network, car/walk isochrones, employees' travel times;
- ``fulldiagnostic``  everything above from the raw files, then the PDF atlas.

Every layer is written into the diagnostic GeoPackage (model parameter ``GEOPACKAGE``) under the layer
names agreed for the atlas (``communes``, ``filosofi_200m``, ``clients``, ``client_grid``, ``isochrones_car``…):
the child destinations are expressions ``'ogr:dbname=''<gpkg>'' table="<name>" (geom)'`` built from that
parameter, which QGIS 3.22+ evaluates at run time. A child whose algorithm is not registered (or which needs
the output of a skipped child) is left out of the model, and the script says so.
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from demo_context import ROOT, start_qgis  # noqa: E402

GROUP = "Models / Modèles"
GROUP_ID = "models"
OUTPUT_DIR = ROOT / "resources" / "models"
GPKG = "GEOPACKAGE"
CREATOR = "Coodiag"
SAMPLE = "resources/sample"  # quoted in the help texts only, never as a default value

# x positions (pixels) of the columns of the Graphical Modeler canvas, by stage
COLUMNS = {"inputs": 0, "territory": 300, "import": 300, "publicdata": 600, "mobility": 900, "clients": 1200,
           "beneficiaries": 1500, "atlas": 1800}
ROW = 110
TABLES = {"UNMATCHED"}  # destination parameters written as tables without geometry


# ---- sources of a child parameter ---------------------------------------------------------------------------
@dataclass(frozen=True)
class P:
    """The value of a model parameter."""
    name: str


@dataclass(frozen=True)
class C:
    """An output of another child algorithm."""
    child: str
    output: str = "OUTPUT"


@dataclass(frozen=True)
class E:
    """A QGIS expression (model parameters are variables: @GEOPACKAGE)."""
    expression: str


def gpkg_layer(name: str, geometry: bool = True) -> E:
    """Destination expression: layer `name` of the diagnostic GeoPackage (created or overwritten); tables
    without geometry (the unmatched rows) get no geometry column."""
    return E("'ogr:dbname=''' || @{} || ''' table=\"{}\"{}'".format(GPKG, name, " (geom)" if geometry else ""))


class ModelBuilder:
    """A QgsProcessingModelAlgorithm under construction, with child algorithms checked against the registry."""

    def __init__(self, name: str, description: str, help_text: str, log=print):
        from qgis.core import QgsProcessingModelAlgorithm

        self.model = QgsProcessingModelAlgorithm(name, GROUP, GROUP_ID)
        self.name = name
        self.help = {"ALG_DESC": help_text.strip(), "ALG_CREATOR": CREATOR, "ALG_HELP_CREATOR": CREATOR,
                     "ALG_VERSION": "1"}
        self.description = description
        self.skipped: list = []
        self.children: list = []
        self._rows: dict = {}
        self.log = log

    # -- layout -------------------------------------------------------------------------------------------
    def _position(self, column: str):
        from qgis.PyQt.QtCore import QPointF

        x = COLUMNS[column]
        row = self._rows.get(x, 0)  # columns sharing an x share their rows
        self._rows[x] = row + 1
        return QPointF(x + 120, 60 + ROW * row)

    # -- inputs -------------------------------------------------------------------------------------------
    def param(self, definition, help_text: str = "") -> None:
        from qgis.core import QgsProcessingModelParameter

        if help_text:
            definition.setHelp(help_text)
            self.help[definition.name()] = help_text
        component = QgsProcessingModelParameter(definition.name())
        component.setDescription(definition.description())
        component.setPosition(self._position("inputs"))
        self.model.addModelParameter(definition, component)

    # -- children -----------------------------------------------------------------------------------------
    def child(self, child_id: str, alg_id: str, description: str, values: dict, column: str,
              outputs: dict | None = None, model_outputs: dict | None = None, after: tuple = ()) -> bool:
        """Add child `child_id` running `alg_id`. values: {param: P | C | E | static}; outputs: {destination
        param: GeoPackage layer name}; model_outputs: {destination param: (output name, description)};
        after: extra children this one waits for. Returns False (and logs why) when the child is skipped."""
        from qgis.core import (
            QgsApplication,
            QgsProcessingModelChildAlgorithm,
            QgsProcessingModelChildDependency,
            QgsProcessingModelChildParameterSource,
            QgsProcessingModelOutput,
        )
        from qgis.PyQt.QtCore import QPointF

        alg = QgsApplication.processingRegistry().algorithmById(alg_id)
        if alg is None:
            return self._skip(child_id, "algorithm {} is not registered".format(alg_id))
        definitions = {d.name(): d for d in alg.parameterDefinitions()}
        unknown = sorted((set(values) | set(outputs or {}) | set(model_outputs or {})) - set(definitions))
        if unknown:
            return self._skip(child_id, "{} has no parameter {}".format(alg_id, ", ".join(unknown)))

        child = QgsProcessingModelChildAlgorithm(alg_id)
        child.setChildId(child_id)
        child.setDescription(description)
        child.setPosition(self._position(column))
        for name, definition in definitions.items():
            if definition.isDestination():
                continue
            optional = bool(definition.flags() & definition.FlagOptional)
            if name in values:
                value = values[name]
                if isinstance(value, C) and value.child not in self.children:
                    if optional:
                        self.log("  {}: {}.{} left empty ({} was skipped)".format(self.name, child_id, name,
                                                                                   value.child))
                        continue
                    return self._skip(child_id, "it needs {} (skipped)".format(value.child))
                child.addParameterSources(name, [self._source(value)])
            elif not optional:
                # every mandatory parameter gets an explicit value, so that model.validate() passes
                child.addParameterSources(name, [
                    QgsProcessingModelChildParameterSource.fromStaticValue(definition.defaultValue())])
        for name, layer_name in (outputs or {}).items():
            child.addParameterSources(name, [self._source(gpkg_layer(layer_name, name not in TABLES))])
        exposed = {}
        for name, (output_name, output_description) in (model_outputs or {}).items():
            out = QgsProcessingModelOutput(output_name, output_description)
            out.setChildId(child_id)
            out.setChildOutputName(name)
            out.setMandatory(True)
            out.setPosition(child.position() + QPointF(150, 60))
            exposed[output_name] = out
        if exposed:
            child.setModelOutputs(exposed)
        waits = [c for c in after if c in self.children]
        if waits:
            child.setDependencies([QgsProcessingModelChildDependency(c) for c in waits])
        self.model.addChildAlgorithm(child)
        self.children.append(child_id)
        return True

    @staticmethod
    def _source(value):
        from qgis.core import QgsProcessingModelChildParameterSource as Source

        if isinstance(value, P):
            return Source.fromModelParameter(value.name)
        if isinstance(value, C):
            return Source.fromChildOutput(value.child, value.output)
        if isinstance(value, E):
            return Source.fromExpression(value.expression)
        return Source.fromStaticValue(value)

    def _skip(self, child_id: str, reason: str) -> bool:
        self.skipped.append((child_id, reason))
        self.log("  {}: child {} skipped: {}".format(self.name, child_id, reason))
        return False

    # -- result -------------------------------------------------------------------------------------------
    def finish(self):
        self.model.setHelpContent(self.help)
        self.model.updateDestinationParameters()
        ok, errors = self.model.validate()
        if not ok:
            raise RuntimeError("model {} does not validate: {}".format(self.name, "; ".join(errors)))
        return self.model


# ---- shared parameters -----------------------------------------------------------------------------------------
def _gpkg_param(b: ModelBuilder, reads: bool = False) -> None:
    from qgis.core import QgsProcessingParameterFile

    b.param(QgsProcessingParameterFile(GPKG, "Diagnostic GeoPackage / GeoPackage du diagnostic",
                                       fileFilter="GeoPackage (*.gpkg)"),
            ("The diagnostic's .gpkg file{}: created when it does not exist; the model's layers are written into "
             "it and replace the layers of the same name. E.g. output/diagnostic.gpkg.").format(
                " (its layers are also read)" if reads else ""))


def _vector(name, description, kinds, optional=False):
    from qgis.core import QgsProcessingParameterFeatureSource

    return QgsProcessingParameterFeatureSource(name, description, kinds, optional=optional)


def _file(name, description, extensions="CSV or Excel (*.csv *.txt *.xlsx *.xls *.ods)", optional=False):
    from qgis.core import QgsProcessingParameterFile

    return QgsProcessingParameterFile(name, description, fileFilter=extensions, optional=optional)


def _field(name, description, parent, optional=True):
    from qgis.core import QgsProcessingParameterField

    return QgsProcessingParameterField(name, description, parentLayerParameterName=parent, optional=optional)


def _string(name, description, default="", optional=True):
    from qgis.core import QgsProcessingParameterString

    return QgsProcessingParameterString(name, description, defaultValue=default, optional=optional)


def _kinds():
    from qgis.core import QgsProcessing

    return {"point": [QgsProcessing.SourceType.TypeVectorPoint],
            "polygon": [QgsProcessing.SourceType.TypeVectorPolygon],
            "line": [QgsProcessing.SourceType.TypeVectorLine]}


# ---- stages (shared by the question models and the full diagnostic) -------------------------------------------
def stage_publicdata(b: ModelBuilder, communes, mode, codes, filosofi) -> None:
    b.child("territory", "coodiag:territory", "Study territory / Territoire d'étude",
            {"INPUT": communes, "MODE": mode, "CODES": codes, "BUFFER": 0, "OUTPUT_CRS": "EPSG:2154"},
            "territory", outputs={"OUTPUT": "communes", "TERRITORY": "territory"})
    b.child("filosofi", "coodiag:loadfilosofi", "Filosofi 200 m grid / Carreaux Filosofi 200 m",
            {"INPUT": filosofi, "TERRITORY": C("territory", "TERRITORY"), "OUTPUT_CRS": "EPSG:2154"},
            "publicdata", outputs={"OUTPUT": "filosofi_200m"})


IMPORTS = (  # child id, model parameter, kind index of coodiag:importtable, GeoPackage layer, description
    ("import_clients", "CLIENTS", 0, "clients", "Import clients / Import des clients"),
    ("import_employees", "EMPLOYEES", 1, "employees", "Import employees / Import des salariés"),
    ("import_antennas", "ANTENNAS", 3, "antennas", "Import antennas / Import des antennes"),
)


def stage_import(b: ModelBuilder, ban, communes) -> None:
    for child_id, param, kind, layer, description in IMPORTS:
        b.child(child_id, "coodiag:importtable", description,
                {"INPUT": P(param), "KIND": kind, "BAN_FILE": ban, "COMMUNES": communes, "TARGET_CRS": "EPSG:2154"},
                "import", outputs={"OUTPUT": layer, "UNMATCHED": "siae_unmatched_{}".format(layer)})


def stage_clients(b: ModelBuilder, clients, communes, cells, weight, antennas, antenna_name, client_antenna,
                  reach) -> None:
    common = {"INPUT": clients, "FILOSOFI": cells, "DENOMINATOR": 0}
    b.child("client_density", "coodiag:clientdensity", "Clients per 1 km cell and commune / Clients par carreau",
            {**common, "WEIGHT_FIELD": weight, "ZONES": communes, "CELL_SIZE": 2, "BANDWIDTH": 0},
            "clients", outputs={"OUTPUT_GRID": "client_grid", "OUTPUT_ZONES": "client_zones"})
    b.child("client_smoothed", "coodiag:clientdensity", "Smoothed client rate / Taux lissé",
            {**common, "WEIGHT_FIELD": weight, "CELL_SIZE": 0, "BANDWIDTH": 1000},
            "clients", outputs={"OUTPUT_SMOOTHED": "client_smoothed"})
    b.child("penetration", "coodiag:marketpenetration", "Market penetration / Taux de pénétration",
            {**common, "ZONES": communes, "AREA_UNIT": 0, "ANTENNAS": antennas, "ANTENNA_ID_FIELD": antenna_name,
             "CLIENT_ANTENNA_FIELD": client_antenna},
            "clients", outputs={"OUTPUT": "client_penetration", "OUTPUT_AREAS": "client_areas"})
    b.child("prospects", "coodiag:prospectzones", "Prospect zones / Zones à prospecter",
            {**common, "ZONES": communes, "REACH": reach}, "clients", outputs={"OUTPUT": "prospect_zones"})
    b.child("hotspots", "coodiag:hotspots", "Client hot spots / Points chauds",
            {"INPUT": clients, "STUDY_AREA": communes, "CELL_SIZE": 1, "PERMUTATIONS": 499, "SEED": 1},
            "clients", outputs={"OUTPUT": "client_hotspots"})


def stage_mobility(b: ModelBuilder, roads, antennas, cells, employees, communes) -> None:
    b.child("network", "coodiag:buildnetwork", "Routable network / Réseau routier", {"INPUT": roads},
            "mobility", outputs={"OUTPUT": "network"})
    for mode, index in (("car", 0), ("walk", 1)):
        b.child("isochrones_{}".format(mode), "coodiag:isochrones",
                "Isochrones ({}) / Isochrones".format(mode),
                {"NETWORK": C("network"), "SITES": antennas, "MODE": index, "OUTPUT_TYPE": 0, "POPULATION": cells,
                 "ZONES": communes, "ZONE_ID": "INSEE_COM"},
                "mobility", outputs={"OUTPUT": "isochrones_{}".format(mode), "OUTPUT_ZONES": "access_{}".format(mode)})
    b.child("traveltimes", "coodiag:traveltimes", "Employees' travel times / Temps de trajet des salariés",
            {"NETWORK": C("network"), "ORIGINS": employees, "SITES": antennas, "MODE": 0, "THRESHOLD": 45,
             "ZONES": communes, "ZONE_ID": "INSEE_COM"},
            "mobility", outputs={"BY_ZONE": "traveltimes_by_zone"})


def stage_beneficiaries(b: ModelBuilder, cells, communes, employees, isochrones) -> None:
    b.child("potential_cells", "coodiag:beneficiarypotential", "Potential per cell / Potentiel par carreau",
            {"INPUT": cells, "ZONES": communes, "LEVEL": 0}, "beneficiaries",
            outputs={"OUTPUT": "beneficiary_potential"})
    b.child("potential_zones", "coodiag:beneficiarypotential", "Potential per commune / Potentiel par commune",
            {"INPUT": cells, "ZONES": communes, "LEVEL": 1}, "beneficiaries")
    b.child("unmet", "coodiag:unmetzones", "Unmet zones / Zones non atteintes",
            {"ZONES": C("potential_zones"), "POTENTIAL_FIELD": "potential", "ZONE_ID_FIELD": "INSEE_COM",
             "EMPLOYEES": employees, "ISOCHRONES": isochrones},
            "beneficiaries", outputs={"OUTPUT": "unmet_zones"})
    b.child("employees_by_zone", "native:retainfields", "Employees by commune / Salariés par commune",
            {"INPUT": C("unmet"), "FIELDS": ["INSEE_COM", "NOM", "reached", "secret"]},
            "beneficiaries", outputs={"OUTPUT": "employees_by_zone"})


# ---- the models --------------------------------------------------------------------------------------------------
def model_publicdata(log=print):
    from qgis.core import QgsProcessingParameterEnum

    k = _kinds()
    b = ModelBuilder("publicdata", "Public data / Données publiques", """
Public data of the diagnostic / Données publiques du diagnostic.

Builds the study territory from INSEE codes (communes, EPCI or départements) out of a communes layer, then
loads the INSEE Filosofi 200 m grid (any vintage, GeoPackage or CSV) clipped to that territory. Writes the
layers communes, territory and filosofi_200m (EPSG:2154) into the diagnostic GeoPackage.

Sample territory: COMMUNES = {s}/territory.gpkg|layername=communes_around, TERRITORY_MODE = 1 (EPCI),
CODES = 242010056 (CA du Pays Ajaccien), FILOSOFI = {s}/filosofi2019_200m_ajaccio.gpkg.
""".format(s=SAMPLE), log=log)
    b.param(_vector("COMMUNES", "Communes layer / Couche des communes", k["polygon"]),
            "Communes with their INSEE code and EPCI (IGN Admin Express), covering the territory.")
    b.param(QgsProcessingParameterEnum("TERRITORY_MODE", "Territory given by / Territoire défini par",
                                       ["Commune codes", "EPCI (SIREN)", "Département codes"], defaultValue=1),
            "What the codes are: INSEE commune codes, the EPCI's SIREN number or département codes.")
    b.param(_string("CODES", "INSEE codes / Codes Insee", optional=False),
            "Comma-separated codes, e.g. 242010056 (the EPCI of the sample territory).")
    b.param(_file("FILOSOFI", "Filosofi file / Fichier Filosofi", "GeoPackage, CSV or zip (*.gpkg *.csv *.zip)"),
            "The INSEE Filosofi 200 m grid file (GeoPackage or CSV, as downloaded).")
    _gpkg_param(b)
    stage_publicdata(b, P("COMMUNES"), P("TERRITORY_MODE"), P("CODES"), P("FILOSOFI"))
    return b


def model_siaefiles(log=print):
    k = _kinds()
    b = ModelBuilder("siaefiles", "SIAE files / Fichiers de la structure", """
The structure's files / Les fichiers de la structure.

Imports and geocodes the SIAE's clients, employees (pseudonymised) and antennas exports (CSV or Excel,
French headers) against a BAN address file, with the communes for the commune-level fallback. Writes the
point layers clients, employees and antennas (EPSG:2154) and the rows that could not be placed
(siae_unmatched_<table>) into the diagnostic GeoPackage. Personal columns (names, addresses, phones) are not
copied.

Sample: CLIENTS = {s}/siae/clients.csv, EMPLOYEES = {s}/siae/salaries.csv, ANTENNAS = {s}/siae/antennes.csv,
BAN_FILE = {s}/ban/adresses-2A-capa.csv, COMMUNES = {s}/territory.gpkg|layername=communes_around.
""".format(s=SAMPLE), log=log)
    _import_params(b, k)
    _gpkg_param(b)
    stage_import(b, P("BAN_FILE"), P("COMMUNES"))
    return b


def _import_params(b: ModelBuilder, k, communes: bool = True) -> None:
    b.param(_file("CLIENTS", "Clients file / Fichier des clients"),
            "The clients export (one row per client with an address or coordinates).")
    b.param(_file("EMPLOYEES", "Employees file / Fichier des salariés"),
            "The employees in insertion export (pseudonymised on import).")
    b.param(_file("ANTENNAS", "Antennas file / Fichier des antennes"), "The antennas / sites of the structure.")
    b.param(_file("BAN_FILE", "BAN address file / Fichier BAN", "BAN CSV (*.csv *.csv.gz)", optional=True),
            "Base Adresse Nationale file of the département (adresses-<dep>.csv), used to geocode offline.")
    if communes:
        b.param(_vector("COMMUNES", "Communes layer / Couche des communes", k["polygon"]),
                "Communes (INSEE_COM, NOM) used to place rows known only by their commune.")


def model_q1clients(log=print):
    k = _kinds()
    b = ModelBuilder("q1clients", "Q1 Clients / Q1 Clients", """
Question 1: where are the clients, where could new ones be? / Où sont les clients ?

From the imported client points: clients per 1 km cell and per commune (client_grid, client_zones),
smoothed rate per 1,000 households (client_smoothed), market penetration and customer areas
(client_penetration, client_areas), prospect zones (prospect_zones) and hot spots (client_hotspots).
Every output is aggregated with the statistical secret k = 11; all are written into the diagnostic GeoPackage.

Sample (after the siaefiles and publicdata models): CLIENTS = <gpkg>|layername=clients,
COMMUNES = <gpkg>|layername=communes, FILOSOFI_CELLS = <gpkg>|layername=filosofi_200m,
WEIGHT_FIELD = heures_vendues, ANTENNAS = <gpkg>|layername=antennas, ANTENNA_NAME_FIELD = antenne,
CLIENT_ANTENNA_FIELD = antenne.
""", log=log)
    b.param(_vector("CLIENTS", "Client points / Points clients", k["point"]), "The imported clients (points).")
    b.param(_field("WEIGHT_FIELD", "Weight field (hours sold) / Pondération (heures)", "CLIENTS"),
            "Optional numeric field weighting each client (e.g. hours sold); empty = one per client.")
    b.param(_field("CLIENT_ANTENNA_FIELD", "Client's antenna field / Antenne du client", "CLIENTS"),
            "Optional field naming the antenna of each client (customer areas per antenna).")
    b.param(_vector("COMMUNES", "Communes / Communes", k["polygon"]), "The communes of the territory.")
    b.param(_vector("FILOSOFI_CELLS", "Filosofi cells / Carreaux Filosofi", k["polygon"]),
            "The Filosofi 200 m cells of the territory (households, persons): the denominators.")
    b.param(_vector("ANTENNAS", "Antennas / Antennes", k["point"], optional=True), "Optional antenna points.")
    b.param(_field("ANTENNA_NAME_FIELD", "Antenna name field / Nom de l'antenne", "ANTENNAS"),
            "Optional field of the antennas matching the client's antenna field.")
    b.param(_vector("REACH", "Reach of the SIAE (isochrones) / Zone d'accès", k["polygon"], optional=True),
            "Optional isochrones (e.g. isochrones_car): prospects are ranked inside the SIAE's reach.")
    _gpkg_param(b)
    stage_clients(b, P("CLIENTS"), P("COMMUNES"), P("FILOSOFI_CELLS"), P("WEIGHT_FIELD"), P("ANTENNAS"),
                  P("ANTENNA_NAME_FIELD"), P("CLIENT_ANTENNA_FIELD"), P("REACH"))
    return b


def model_q2beneficiaries(log=print):
    k = _kinds()
    b = ModelBuilder("q2beneficiaries", "Q2 Beneficiaries / Q2 Bénéficiaires", """
Question 2: where are the potential beneficiaries the SIAE does not reach yet? / Où sont les publics ?

Potential beneficiaries per Filosofi cell (beneficiary_potential) and per commune, compared with where the
employees in insertion live: unmet zones (unmet_zones) and employees per commune with the statistical
secret (employees_by_zone). Written into the diagnostic GeoPackage.

Sample: FILOSOFI_CELLS = <gpkg>|layername=filosofi_200m, COMMUNES = <gpkg>|layername=communes,
EMPLOYEES = <gpkg>|layername=employees, ISOCHRONES = <gpkg>|layername=isochrones_car (optional).
""", log=log)
    b.param(_vector("FILOSOFI_CELLS", "Filosofi cells / Carreaux Filosofi", k["polygon"]),
            "The Filosofi 200 m cells of the territory.")
    b.param(_vector("COMMUNES", "Communes / Communes", k["polygon"]), "The communes of the territory (INSEE_COM).")
    b.param(_vector("EMPLOYEES", "Employee points / Points salariés", k["point"], optional=True),
            "The imported employees in insertion (points, pseudonymised).")
    b.param(_vector("ISOCHRONES", "Reach of the SIAE (isochrones) / Zone d'accès", k["polygon"], optional=True),
            "Optional isochrones: zones are classed by the SIAE's reach.")
    _gpkg_param(b)
    stage_beneficiaries(b, P("FILOSOFI_CELLS"), P("COMMUNES"), P("EMPLOYEES"), P("ISOCHRONES"))
    return b


def model_q3mobility(log=print):
    k = _kinds()
    b = ModelBuilder("q3mobility", "Q3 Mobility / Q3 Mobilité", """
Question 3: how far is the SIAE, by car and on foot? / Quelle accessibilité ?

Prepares a routable network from the road links (network), computes car and walk isochrones of the
antennas with the population reached (isochrones_car, isochrones_walk) and the employees' travel times to
their nearest antenna, summarised per commune with the share over 45 min (traveltimes_by_zone).
Written into the diagnostic GeoPackage.

Sample: ROADS = {s}/roads_capa.gpkg|layername=road_links, ANTENNAS = <gpkg>|layername=antennas,
EMPLOYEES = <gpkg>|layername=employees, COMMUNES = <gpkg>|layername=communes,
FILOSOFI_CELLS = <gpkg>|layername=filosofi_200m.
""".format(s=SAMPLE), log=log)
    b.param(_vector("ROADS", "Road links / Tronçons routiers", k["line"]),
            "Road links (e.g. the eqasim/MATSim links of the sample, or OSM/BD TOPO roads).")
    b.param(_vector("ANTENNAS", "Antennas / Antennes", k["point"]), "The antenna points (the sites).")
    b.param(_vector("EMPLOYEES", "Employee points / Points salariés", k["point"]),
            "The employees in insertion (origins of the travel times).")
    b.param(_vector("COMMUNES", "Communes / Communes", k["polygon"]), "The communes (INSEE_COM) for the summary.")
    b.param(_vector("FILOSOFI_CELLS", "Filosofi cells / Carreaux Filosofi", k["polygon"], optional=True),
            "Optional Filosofi cells: population reached by each isochrone band.")
    _gpkg_param(b)
    stage_mobility(b, P("ROADS"), P("ANTENNAS"), P("FILOSOFI_CELLS"), P("EMPLOYEES"), P("COMMUNES"))
    return b


def model_fulldiagnostic(log=print):
    from qgis.core import QgsProcessingParameterEnum

    k = _kinds()
    b = ModelBuilder("fulldiagnostic", "Full diagnostic / Diagnostic complet", """
The whole Coodiag diagnostic, from the raw files to the PDF atlas / Le diagnostic complet.

1 territory and Filosofi grid (communes, territory, filosofi_200m); 2 the SIAE's files imported and geocoded
(clients, employees, antennas); 3 mobility (network, isochrones_car, isochrones_walk, traveltimes_by_zone);
4 clients (client_grid, client_zones, client_smoothed, client_penetration, client_areas, prospect_zones,
client_hotspots); 5 beneficiaries (beneficiary_potential, unmet_zones, employees_by_zone); 6 the atlas PDF
(cover, key figures, one page per theme and commune) from the diagnostic GeoPackage. Map pages show
aggregates only, never individual clients or employees.

Sample territory (paths relative to the plugin folder): COMMUNES = {s}/territory.gpkg|layername=communes_around,
CODES = 242010056, FILOSOFI = {s}/filosofi2019_200m_ajaccio.gpkg, CLIENTS = {s}/siae/clients.csv,
EMPLOYEES = {s}/siae/salaries.csv, ANTENNAS = {s}/siae/antennes.csv, BAN_FILE = {s}/ban/adresses-2A-capa.csv,
ROADS = {s}/roads_capa.gpkg|layername=road_links, WEIGHT_FIELD = heures_vendues, ANTENNA_FIELD = antenne.
""".format(s=SAMPLE), log=log)
    b.param(_vector("COMMUNES", "Communes layer / Couche des communes", k["polygon"]),
            "Communes with their INSEE code and EPCI, covering the territory and its neighbours.")
    b.param(QgsProcessingParameterEnum("TERRITORY_MODE", "Territory given by / Territoire défini par",
                                       ["Commune codes", "EPCI (SIREN)", "Département codes"], defaultValue=1),
            "What the codes are: INSEE commune codes, the EPCI's SIREN number or département codes.")
    b.param(_string("CODES", "INSEE codes / Codes Insee", optional=False),
            "Comma-separated codes, e.g. 242010056 (the EPCI of the sample territory).")
    b.param(_file("FILOSOFI", "Filosofi file / Fichier Filosofi", "GeoPackage, CSV or zip (*.gpkg *.csv *.zip)"),
            "The INSEE Filosofi 200 m grid file.")
    _import_params(b, k, communes=False)
    b.param(_vector("ROADS", "Road links / Tronçons routiers", k["line"]), "Road links for the travel times.")
    b.param(_string("WEIGHT_FIELD", "Client weight field (hours sold) / Pondération des clients"),
            "Optional field of the imported clients weighting each one (e.g. heures_vendues); empty = one per client.")
    b.param(_string("ANTENNA_FIELD", "Antenna field (clients and antennas) / Champ antenne"),
            "Optional field naming the antenna, in both the imported clients and antennas (e.g. antenne).")
    b.param(_string("SIAE_NAME", "SIAE name / Nom de la structure"), "Printed on the atlas pages.")
    b.param(_string("TERRITORY_NAME", "Territory name / Nom du territoire"), "Printed on the atlas pages.")
    b.param(QgsProcessingParameterEnum("LANGUAGE", "Atlas language / Langue de l'atlas",
                                       ["Same as QGIS", "English", "French"], defaultValue=0),
            "Language of the atlas texts.")
    _gpkg_param(b, reads=True)

    stage_publicdata(b, P("COMMUNES"), P("TERRITORY_MODE"), P("CODES"), P("FILOSOFI"))
    stage_import(b, P("BAN_FILE"), P("COMMUNES"))
    communes, cells = C("territory"), C("filosofi")
    clients, employees, antennas = C("import_clients"), C("import_employees"), C("import_antennas")
    stage_mobility(b, P("ROADS"), antennas, cells, employees, communes)
    stage_clients(b, clients, communes, cells, P("WEIGHT_FIELD"), antennas, P("ANTENNA_FIELD"), P("ANTENNA_FIELD"),
                  C("isochrones_car"))
    stage_beneficiaries(b, cells, communes, employees, C("isochrones_car"))
    b.child("atlas", "coodiag:exportatlas", "PDF atlas / Atlas PDF",
            {"INPUT": P(GPKG), "ZONES": "communes", "TEMPLATE": 0, "SIAE_NAME": P("SIAE_NAME"),
             "TERRITORY_NAME": P("TERRITORY_NAME"), "LANGUAGE": P("LANGUAGE")},
            "atlas", model_outputs={"OUTPUT": ("PDF", "Atlas PDF")}, after=tuple(b.children))
    return b


MODELS = {  # file stem → builder
    "coodiag_publicdata": model_publicdata,
    "coodiag_siaefiles": model_siaefiles,
    "coodiag_q1_clients": model_q1clients,
    "coodiag_q2_beneficiaries": model_q2beneficiaries,
    "coodiag_q3_mobility": model_q3mobility,
    "coodiag_full_diagnostic": model_fulldiagnostic,
}


def build(output: Path = OUTPUT_DIR, only: list | None = None, log=print) -> dict:
    """Write the models; returns {model name: [(skipped child, reason)]}."""
    output.mkdir(parents=True, exist_ok=True)
    report = {}
    for stem, make in MODELS.items():
        builder = make(log=log)
        if only and builder.name not in only and stem not in only:
            continue
        model = builder.finish()
        path = output / "{}.model3".format(stem)
        if not model.toFile(str(path)):
            raise RuntimeError("could not write {}".format(path))
        _normalise(path)
        log("{} → {} ({} children{})".format(builder.name, path.relative_to(ROOT) if path.is_relative_to(ROOT)
                                              else path, len(builder.children),
                                              ", {} skipped".format(len(builder.skipped)) if builder.skipped else ""))
        report[builder.name] = builder.skipped
    return report


def _normalise(path: Path) -> None:
    """Rewrite the .model3 with sorted XML attributes: Qt writes them in a random (hash) order, which would
    make every regeneration a diff."""
    import xml.etree.ElementTree as ET

    root = ET.parse(path).getroot()
    for element in root.iter():
        items = sorted(element.attrib.items())
        element.attrib.clear()
        element.attrib.update(items)
    ET.indent(root, space="  ")
    text = "<!DOCTYPE model>\n" + ET.tostring(root, encoding="unicode") + "\n"
    path.write_text(text, encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", type=Path, default=OUTPUT_DIR, help="folder of the .model3 files")
    parser.add_argument("--only", default="", help="comma-separated model names or file stems")
    args = parser.parse_args(argv)
    app = start_qgis()
    report = build(args.output.resolve(), [x for x in args.only.split(",") if x])
    skipped = sum(len(v) for v in report.values())
    if skipped:
        print("{} child algorithm(s) skipped: run the script again once their algorithms are registered.".format(
            skipped))
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
