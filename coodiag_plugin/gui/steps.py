"""The actions of the guided dock, built from the diagnostic schema (processing_algorithms/schema.py).

Every step of the method is a step of the schema; its actions are the schema's stages (the same algorithms,
parameters and output tables as the one-click pipelines) plus a few entry points (the whole diagnostic, the
fictitious SIAE, the atlas). Only algorithm ids and parameter specs live here (no analysis code). Parameter
values are literals, ``schema.Ref`` (a table of the diagnostic GeoPackage), ``schema.Input`` (a value of the
dock's form: siae, territory, codes) or the special values below.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from qgis.PyQt.QtCore import QCoreApplication

from ...processing_algorithms import schema

GPKG = "@gpkg"  # the diagnostic GeoPackage's path
ATLAS_PDF = "@atlas.pdf"  # the atlas PDF next to the GeoPackage


TR_CONTEXT = "GuidedSteps"  # the context of the _t("…") calls (scripts/i18n.py extracts them)


def _t(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


@dataclass
class Action:
    id: str  # unique within the dock
    alg_id: str
    label: str
    params: dict = field(default_factory=dict)
    outputs: dict = field(default_factory=dict)  # destination parameter → schema table
    mode: str = "dialog"  # "dialog": the Processing dialog, pre-filled; "task": also runs in the background
    needs: tuple = ()

    def tables(self) -> list:
        return list(self.outputs.values())


#: the dock's form fields standing for pipeline inputs
FORM_INPUTS = {"SIAE_NAME": "siae", "TERRITORY_NAME": "territory", "CODES": "codes"}


def actions_of(step_id: str, lang: str) -> list:
    """The actions of a step, in the method's order."""
    out = []
    if step_id == "territory":
        out.append(Action("fulldiagnostic", "coodiag:fulldiagnostic",
                          _t("The whole diagnostic in one run, from the files to the atlas"),
                          {"SIAE_NAME": schema.Input("SIAE_NAME"), "TERRITORY_NAME": schema.Input("TERRITORY_NAME"),
                           "CODES": schema.Input("CODES"), "GEOPACKAGE": GPKG, "PDF": ATLAS_PDF}))
    for stage in schema.stages_of_step(step_id):
        out.append(Action(stage.id, stage.algorithm, stage.label(lang), dict(stage.params), dict(stage.outputs),
                          "dialog" if stage.dialog else "task", stage.needs))
    if step_id == "territory":
        out.append(Action("samplesiae", "coodiag:samplesiae",
                          _t("Generate the files of a fictitious SIAE (training)"), {}))
    if step_id == "atlas":
        out.append(Action("exportatlas", "coodiag:exportatlas", _t("Print the atlas (PDF)"),
                          {"INPUT": GPKG, "SIAE_NAME": schema.Input("SIAE_NAME"),
                           "TERRITORY_NAME": schema.Input("TERRITORY_NAME"), "OUTPUT": ATLAS_PDF,
                           "ADD_LAYOUTS": True},
                          mode="task", needs=("communes",)))
        # OUTPUT left empty: <diagnostic>_partageable.gpkg next to the GeoPackage (the algorithm's default)
        out.append(Action("exportshareable", "coodiag:exportshareable",
                          _t("Export a shareable diagnostic (no personal data)"), {"INPUT": GPKG},
                          mode="task", needs=("communes",)))
    return out


def questions() -> dict:
    """The question each step answers (dock texts, in the user's language through the .ts)."""
    return {
        "territory": _t("Who is the SIAE, and which territory does the diagnostic cover? Build the "
                               "territory from its INSEE codes and import the structure's files (antennas, "
                               "clients, employees, work sites) — or run the whole diagnostic at once."),
        "publicdata": _t("Who lives on the territory? Load the INSEE Filosofi 200 m grid and, if you have "
                                "them, census tables."),
        "clients": _t("Where are my clients, and where could new clients be? Density, market penetration, "
                             "customer areas, prospect zones and hot spots."),
        "beneficiaries": _t("Where do my employees live, and which zones hold potential beneficiaries I do "
                                   "not reach?"),
        "mobility": _t("How do mobility difficulties shape access to my sites? Road network, isochrones by "
                              "car and on foot, employees' travel times, public transport."),
        "siting": _t("Where should a new antenna open to reach the most people the SIAE does not reach?"),
        "economy": _t("Which trades struggle to recruit here, and which companies could become clients?"),
        "procurement": _t("Which public buyers use social clauses, and which other inclusion actors work "
                                 "here?"),
        "atlas": _t("Print the atlas for the meeting with the SIAE's director and board: a cover, the key "
                           "figures and one map page per theme and commune. Its layouts are also added to the "
                           "project (Layout Manager) to edit before printing."),
    }
