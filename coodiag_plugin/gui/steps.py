"""The steps of the guided dock: the Coodiag questions, each leading to Processing algorithms.

Only algorithm ids and parameter names live here (no analysis code). Parameter values are either literals
or placeholders resolved by the dock against the diagnostic:

- ``layer:NAME``   the GeoPackage layer NAME (``<gpkg>|layername=NAME``); left out when it does not exist;
- ``sink:NAME``    write the output into the GeoPackage as layer NAME (``ogr:dbname=… table="NAME"``);
- ``gpkg``         the GeoPackage path itself;
- ``file:NAME``    a file next to the GeoPackage (e.g. the atlas PDF);
- ``setting:KEY``  a value of the dock's form (``siae``, ``territory``, ``codes``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qgis.PyQt.QtCore import QCoreApplication


translate = QCoreApplication.translate  # literal "GuidedSteps" contexts below, for pylupdate5


@dataclass
class Action:
    id: str  # unique within the dock (used for the saved state)
    alg_id: str
    label: str
    params: dict = field(default_factory=dict)
    mode: str = "dialog"  # "dialog": standard Processing dialog; "task": background task, no dialog
    inputs: tuple = ()  # GeoPackage layers (and settings) whose change makes the result outdated

    def placeholders(self, kind: str) -> list:
        return [v.split(":", 1)[1] for v in self.params.values() if isinstance(v, str) and v.startswith(kind + ":")]


@dataclass
class Step:
    id: str
    number: int
    title: str
    question: str
    actions: list


def sink(name: str) -> str:
    return f"sink:{name}"


def layer(name: str) -> str:
    return f"layer:{name}"


def steps() -> list:
    """The seven steps, in the order of the method (built at call time so that they are translated)."""
    return [
        Step(
            "structure",
            1,
            translate("GuidedSteps", "Structure and territory"),
            translate(
                "GuidedSteps",
                "Who is the SIAE, and which territory does the diagnostic cover? Give the SIAE's name, the "
                "INSEE codes of the territory (communes, EPCI or département) and the diagnostic's "
                "GeoPackage, then build the territory's communes.",
            ),
            [
                Action(
                    "territory",
                    "coodiag:territory",
                    translate("GuidedSteps", "Build the territory's communes"),
                    {"CODES": "setting:codes", "OUTPUT": sink("communes"), "TERRITORY": sink("territory")},
                    inputs=("setting:codes",),
                ),
                Action(
                    "samplesiae",
                    "coodiag:samplesiae",
                    translate("GuidedSteps", "Generate a fictitious SIAE (training)"),
                    {},
                ),
                Action(
                    "fulldiagnostic",
                    "coodiag:fulldiagnostic",
                    translate("GuidedSteps", "Whole diagnostic in one run, from the files to the atlas (model)"),
                    {
                        "CODES": "setting:codes",
                        "SIAE_NAME": "setting:siae",
                        "TERRITORY_NAME": "setting:territory",
                        "GEOPACKAGE": "gpkg",
                        "atlas:PDF": "file:atlas.pdf",
                    },
                ),
            ],
        ),
        Step(
            "files",
            2,
            translate("GuidedSteps", "The structure's files"),
            translate(
                "GuidedSteps",
                "Where are my clients, work sites and employees? Import the SIAE's exports (CSV or "
                "spreadsheet) and geocode them; names and addresses are not kept.",
            ),
            [
                Action(
                    "import_clients",
                    "coodiag:importtable",
                    translate("GuidedSteps", "Import and geocode the clients"),
                    {"COMMUNES": layer("communes"), "OUTPUT": sink("clients")},
                    inputs=("communes",),
                ),
                Action(
                    "import_worksites",
                    "coodiag:importtable",
                    translate("GuidedSteps", "Import the work sites and antennas"),
                    {"COMMUNES": layer("communes"), "OUTPUT": sink("worksites")},
                    inputs=("communes",),
                ),
                Action(
                    "import_employees",
                    "coodiag:importtable",
                    translate("GuidedSteps", "Import the employees in insertion"),
                    {"COMMUNES": layer("communes"), "OUTPUT": sink("employees")},
                    inputs=("communes",),
                ),
            ],
        ),
        Step(
            "publicdata",
            3,
            translate("GuidedSteps", "Public data"),
            translate(
                "GuidedSteps",
                "Who lives on the territory? Load the Filosofi 200 m grid, the census tables and the "
                "priority neighbourhoods (QPV).",
            ),
            [
                Action(
                    "filosofi",
                    "coodiag:loadfilosofi",
                    translate("GuidedSteps", "Load the Filosofi 200 m grid"),
                    {"TERRITORY": layer("communes"), "OUTPUT_CRS": "EPSG:2154", "OUTPUT": sink("filosofi_200m")},
                    inputs=("communes",),
                ),
                Action(
                    "census",
                    "coodiag:loadcensus",
                    translate("GuidedSteps", "Join census tables to the communes"),
                    {"ZONES": layer("communes"), "OUTPUT": sink("census_communes")},
                    inputs=("communes",),
                ),
                Action(
                    "tagzones",
                    "coodiag:tagzones",
                    translate("GuidedSteps", "Tag the clients with commune, QPV and cell"),
                    {
                        "INPUT": layer("clients"),
                        "COMMUNES": layer("communes"),
                        "FILOSOFI": layer("filosofi_200m"),
                        "OUTPUT": sink("clients_tagged"),
                    },
                    inputs=("clients", "communes", "filosofi_200m"),
                ),
            ],
        ),
        Step(
            "clients",
            4,
            translate("GuidedSteps", "Clients"),
            translate(
                "GuidedSteps",
                "Where are my clients, and where could new clients be? Densities per 200 m cell and per "
                "commune, market penetration, prospect zones and hot spots.",
            ),
            [
                Action(
                    "clientdensity",
                    "coodiag:clientdensity",
                    translate("GuidedSteps", "Client density"),
                    {
                        "INPUT": layer("clients"),
                        "ZONES": layer("communes"),
                        "FILOSOFI": layer("filosofi_200m"),
                        "OUTPUT_GRID": sink("clients_200m"),
                        "OUTPUT_ZONES": sink("clients_by_commune"),
                    },
                    mode="task",
                    inputs=("clients", "communes", "filosofi_200m"),
                ),
                Action(
                    "marketpenetration",
                    "coodiag:marketpenetration",
                    translate("GuidedSteps", "Market penetration"),
                    {"INPUT": layer("clients"), "ZONES": layer("communes"), "OUTPUT": sink("market_penetration")},
                    inputs=("clients", "communes"),
                ),
                Action(
                    "prospectzones",
                    "coodiag:prospectzones",
                    translate("GuidedSteps", "Prospect zones"),
                    {
                        "INPUT": layer("clients"),
                        "ZONES": layer("communes"),
                        "FILOSOFI": layer("filosofi_200m"),
                        "OUTPUT": sink("prospect_zones"),
                    },
                    inputs=("clients", "filosofi_200m"),
                ),
                Action(
                    "hotspots",
                    "coodiag:hotspots",
                    translate("GuidedSteps", "Client hot spots"),
                    {"INPUT": layer("clients"), "OUTPUT": sink("client_hotspots")},
                    inputs=("clients",),
                ),
            ],
        ),
        Step(
            "beneficiaries",
            5,
            translate("GuidedSteps", "Beneficiaries"),
            translate(
                "GuidedSteps",
                "Where do my employees live, and which zones hold potential beneficiaries I do not reach?",
            ),
            [
                Action(
                    "beneficiarypotential",
                    "coodiag:beneficiarypotential",
                    translate("GuidedSteps", "Potential beneficiaries per 200 m cell"),
                    {
                        "INPUT": layer("filosofi_200m"),
                        "ZONES": layer("communes"),
                        "CENSUS": layer("census_communes"),
                        "LEVEL": 0,
                        "OUTPUT": sink("beneficiary_potential"),
                    },
                    mode="task",
                    inputs=("filosofi_200m", "communes"),
                ),
                Action(
                    "unmetzones",
                    "coodiag:unmetzones",
                    translate("GuidedSteps", "Zones with unmet potential"),
                    {
                        "ZONES": layer("beneficiary_potential"),
                        "POTENTIAL_FIELD": "potential",
                        "EMPLOYEES": layer("employees"),
                        "ISOCHRONES": layer("isochrones_car"),
                        "OUTPUT": sink("unmet_zones"),
                    },
                    inputs=("beneficiary_potential", "employees"),
                ),
            ],
        ),
        Step(
            "mobility",
            6,
            translate("GuidedSteps", "Mobility"),
            translate(
                "GuidedSteps",
                "How do mobility difficulties shape access to my sites? Build the road network, then "
                "isochrones and travel times by car, foot, bike or transit.",
            ),
            [
                Action(
                    "buildnetwork",
                    "coodiag:buildnetwork",
                    translate("GuidedSteps", "Build the road network"),
                    {"OUTPUT": sink("network")},
                    inputs=("communes",),
                ),
                Action(
                    "isochrones",
                    "coodiag:isochrones",
                    translate("GuidedSteps", "Isochrones around the work sites"),
                    {
                        "NETWORK": layer("network"),
                        "SITES": layer("worksites"),
                        "POPULATION": layer("filosofi_200m"),
                        "OUTPUT": sink("isochrones_car"),
                        "SITES_REPORT": sink("isochrones_sites"),
                    },
                    inputs=("network", "worksites"),
                ),
                Action(
                    "traveltimes",
                    "coodiag:traveltimes",
                    translate("GuidedSteps", "Travel times of the employees"),
                    {
                        "NETWORK": layer("network"),
                        "ORIGINS": layer("employees"),
                        "SITES": layer("worksites"),
                        "ZONES": layer("communes"),
                        "OUTPUT": sink("traveltimes"),
                        "SUMMARY": sink("traveltimes_summary"),
                        "BY_ZONE": sink("traveltimes_communes"),
                    },
                    inputs=("network", "employees", "worksites"),
                ),
            ],
        ),
        Step(
            "atlas",
            7,
            translate("GuidedSteps", "Maps and atlas"),
            translate(
                "GuidedSteps",
                "Print the atlas for the meeting with the SIAE's director and board: a cover, the key "
                "figures and one map page per theme and commune.",
            ),
            [
                Action(
                    "exportatlas",
                    "coodiag:exportatlas",
                    translate("GuidedSteps", "Export the PDF atlas"),
                    {
                        "INPUT": "gpkg",
                        "SIAE_NAME": "setting:siae",
                        "TERRITORY_NAME": "setting:territory",
                        "OUTPUT": "file:atlas.pdf",
                    },
                    mode="task",
                    inputs=(
                        "communes",
                        "filosofi_200m",
                        "client_smoothed",
                        "beneficiary_potential",
                        "unmet_zones",
                        "isochrones_car",
                    ),
                ),
            ],
        ),
    ]
