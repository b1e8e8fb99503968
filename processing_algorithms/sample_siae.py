"""coodiag:samplesiae — write the files of a FICTITIOUS SIAE of the sample territory (for tests, demo, training)."""
from __future__ import annotations

import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
)

from ..coodiag_plugin.toolbelt import compat, paths
from .analysis import geocoder, sample_siae
from .base import CoodiagAlgorithm


class SampleSiaeAlgorithm(CoodiagAlgorithm):
    GROUP_ID = "data"
    BAN_FILE, COMMUNES, SEED = "BAN_FILE", "COMMUNES", "SEED"
    N_CLIENTS, N_WORKSITES, N_EMPLOYEES, OUTPUT_FOLDER = "N_CLIENTS", "N_WORKSITES", "N_EMPLOYEES", "OUTPUT_FOLDER"
    CLIENTS, WORKSITES, ANTENNAS, EMPLOYEES = "CLIENTS", "WORKSITES", "ANTENNAS", "EMPLOYEES"

    def name(self) -> str:
        return "samplesiae"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Generate a fictitious SIAE's files")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Writes the export files of a FICTITIOUS association intermédiaire of the sample territory (CA du "
            "Pays Ajaccien): clients.csv (private persons, companies, local authorities, with hours sold), "
            "chantiers.csv (work sites and missions), antennes.csv (two antennas) and salaries.csv (employees "
            "in insertion, with age and public). They look like a real software export: ';' separator, "
            "Windows-1252 or UTF-8 with BOM, French column names, decimal commas, abbreviated or misspelt "
            "streets, a few rows with only a commune code and a few that cannot be placed.\n\n"
            "Nobody in them is real: names come from first-name and surname lists and start with FICTIF; "
            "phone numbers are in ranges reserved for fiction; addresses are drawn from the BAN-format file "
            "of the sample. The same seed always gives the same files."
        )

    @staticmethod
    def default_communes() -> str:
        return f"{paths.sample('territory.gpkg')}|layername=communes"

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterFile(self.BAN_FILE, self.tr("BAN-format address file"),
                                       defaultValue=str(paths.sample("ban/adresses-2A-capa.csv")),
                                       fileFilter="BAN (*.csv *.csv.gz)", optional=True)
        p.setHelp(self.tr("Addresses are drawn from this file (default: the sample territory's extract)."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.COMMUNES, self.tr("Communes (INSEE_COM, NOM, POP_2020)"),
            [QgsProcessing.SourceType.TypeVectorPolygon],
            defaultValue=self.default_communes(), optional=True)
        p.setHelp(self.tr("Communes of the territory; the population weights where people live."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.SEED, self.tr("Random seed"), QgsProcessingParameterNumber.Type.Integer,
                                         defaultValue=sample_siae.DEFAULT_SEED)
        p.setHelp(self.tr("Same seed, same files."))
        self.addParameter(p)
        for name, label, default in [(self.N_CLIENTS, self.tr("Number of clients"), 300),
                                     (self.N_WORKSITES, self.tr("Number of work sites / missions"), 120),
                                     (self.N_EMPLOYEES, self.tr("Number of employees in insertion"), 150)]:
            p = QgsProcessingParameterNumber(name, label, QgsProcessingParameterNumber.Type.Integer,
                                             defaultValue=default, minValue=10, maxValue=100000)
            p.setHelp(self.tr("Rows written in the corresponding file."))
            self.addParameter(p)
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, self.tr("Output folder")))
        self.addOutput(QgsProcessingOutputFile(self.CLIENTS, self.tr("Clients file")))
        self.addOutput(QgsProcessingOutputFile(self.WORKSITES, self.tr("Work sites file")))
        self.addOutput(QgsProcessingOutputFile(self.ANTENNAS, self.tr("Antennas file")))
        self.addOutput(QgsProcessingOutputFile(self.EMPLOYEES, self.tr("Employees file")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        ban_path = self.parameterAsFile(parameters, self.BAN_FILE, context) or \
            str(paths.sample("ban/adresses-2A-capa.csv"))
        try:
            ban = geocoder.read_ban_csv(ban_path)
        except geocoder.BanFormatError as err:
            raise QgsProcessingException(self.tr("{} is not a BAN address file: columns {} are missing.").format(
                ban_path, ", ".join(err.missing))) from err
        except (OSError, ValueError) as err:
            raise QgsProcessingException(self.tr("Cannot read the address file {}: {}").format(ban_path, err)) from err
        if not parameters.get(self.COMMUNES):
            parameters = dict(parameters, **{self.COMMUNES: self.default_communes()})
        src = self.source_or_raise(parameters, self.COMMUNES, context)
        self.require_fields(src, ["INSEE_COM", "NOM", "POP_2020"], self.tr("of communes"))
        rows = [(str(f["INSEE_COM"]), str(f["NOM"]), compat.py_value(f["POP_2020"]) or 0) for f in src.getFeatures()]
        communes = pd.DataFrame(rows, columns=["code", "name", "population"])
        if not set(communes["code"]) & set(ban["code_insee"].str.upper()):
            raise QgsProcessingException(self.tr("No commune of the layer has addresses in the BAN file: give the "
                                                 "BAN file of the same territory."))
        feedback.setProgress(20)
        tables = sample_siae.generate(
            ban, communes, seed=self.parameterAsInt(parameters, self.SEED, context),
            n_clients=self.parameterAsInt(parameters, self.N_CLIENTS, context),
            n_worksites=self.parameterAsInt(parameters, self.N_WORKSITES, context),
            n_employees=self.parameterAsInt(parameters, self.N_EMPLOYEES, context))
        if feedback.isCanceled():
            return {}
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        written = sample_siae.write(tables, folder)
        for key, path in written.items():
            feedback.pushInfo(self.tr("{}: {} rows (FICTITIOUS data).").format(path, len(tables[key])))
        feedback.setProgress(100)
        return {self.OUTPUT_FOLDER: folder, self.CLIENTS: str(written["clients"]),
                self.WORKSITES: str(written["chantiers"]), self.ANTENNAS: str(written["antennes"]),
                self.EMPLOYEES: str(written["salaries"])}
