"""coodiag:loadbmo — recruitment projects and difficulties of the territory's employment basins (BMO)."""
from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsWkbTypes,
)

from . import economy_common as ec
from . import publishing
from .analysis import bmo, spreadsheet
from .analysis.siae_catalogue import load_catalogue
from .base import CoodiagAlgorithm

BASIN_SPEC = [("basin", "string"), ("basin_name", "string"), ("year", "int"), ("deps", "string"),
              ("communes", "string"), ("n_communes", "int"), ("n_communes_basin", "int"), ("n_trades", "int"),
              ("met", "int"), ("xmet", "int"), ("smet", "int"), ("met_secret", "int"), ("xmet_secret", "int"),
              ("smet_secret", "int"), ("difficulty", "double"), ("difficulty_base", "int"), ("seasonal", "double"),
              ("siae_met", "int"), ("siae_difficulty", "double"), ("siae_difficulty_base", "int")]
TRADE_SPEC = [("basin", "string"), ("basin_name", "string"), ("year", "int"), ("trade_code", "string"),
              ("trade_name", "string"), ("family", "string"), ("n_parts", "int"), ("met", "int"), ("xmet", "int"),
              ("smet", "int"), ("met_secret", "bool"), ("xmet_secret", "bool"), ("smet_secret", "bool"),
              ("met_partial", "bool"), ("xmet_partial", "bool"), ("smet_partial", "bool"), ("difficulty", "double"),
              ("seasonal", "double"), ("siae_trade", "bool"), ("siae_trade_id", "string"), ("siae_label_fr", "string"),
              ("siae_label_en", "string"), ("siae_rank", "int")]


class LoadBmoAlgorithm(CoodiagAlgorithm):
    GROUP_ID = "data"
    INPUT, BASINS, ZONES, ZONE_ID_FIELD, CATALOGUE = "INPUT", "BASINS", "ZONES", "ZONE_ID_FIELD", "CATALOGUE"
    OUTPUT, OUTPUT_TRADES = "OUTPUT", "OUTPUT_TRADES"

    def name(self):
        return "loadbmo"

    def displayName(self):  # noqa: N802
        return self.tr("Load the BMO survey (recruitment difficulties)")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Which trades struggle to recruit in the territory's employment basins? Reads France Travail's "
            "« Besoins en Main-d'Œuvre » open-data file (Base_open_data_BMO_<year>.xlsx, any recent year, or a "
            "CSV extract of it: columns found by name, the basin columns BE<yy>/NOMBE<yy> of any year) and the "
            "commune → BMO basin table, finds the basins that cover the territory's communes and writes:\n"
            "- the basins (the territory's communes dissolved by basin) with the basin's totals — hiring projects "
            "(met), projects judged difficult (xmet), seasonal projects (smet) — summed over the PUBLISHED cells "
            "only, the number of secret cells ('*' in the file) beside each, and the difficulty share xmet/met "
            "computed on the rows where both are published; the same for the trades SIAE typically place people "
            "in (siae_*);\n"
            "- a table basin × trade: met, xmet, smet (NULL when secret, never 0, with a flag; a basin over several "
            "départements sums its parts and flags a partial sum), difficulty and seasonal shares, and a flag for "
            "the SIAE trades of the catalogue (resources/catalogues/siae_trades.json: cleaning, home help, green "
            "spaces, building maintenance, kitchen help, handling… — editable), ranked by hiring projects.\n\n"
            "The totals are those of the whole basin, which may extend beyond the territory (n_communes_basin).")

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterFile(self.INPUT, self.tr("BMO file (xlsx, ods or csv)"),
                                       fileFilter="BMO (*.xlsx *.xlsm *.ods *.csv *.txt)")
        p.setHelp(self.tr("Base_open_data_BMO_<year>.xlsx of France Travail (statistiques.francetravail.org/bmo) "
                          "or a CSV extract with the same columns."))
        self.addParameter(p)
        p = QgsProcessingParameterFile(self.BASINS, self.tr("Commune → BMO basin table (csv or xlsx)"),
                                       fileFilter="Tables (*.csv *.txt *.xlsx *.ods)")
        p.setHelp(self.tr("One row per commune: INSEE code and BMO basin code (code_commune_insee, "
                          "code_bassin_BMO, lib_bassin_BMO)."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(self.ZONES, self.tr("Communes of the territory"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon])
        p.setHelp(self.tr("Commune polygons with their INSEE code (the output of “Build the territory”)."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.ZONE_ID_FIELD, self.tr("Commune code field"),
                                        parentLayerParameterName=self.ZONES, optional=True)
        p.setHelp(self.tr("Empty: detected (INSEE_COM, code_insee…)."))
        self.addParameter(p)
        p = QgsProcessingParameterFile(self.CATALOGUE, self.tr("SIAE trades catalogue (optional)"), optional=True,
                                       fileFilter="JSON (*.json)")
        p.setHelp(self.tr("An edited copy of resources/catalogues/siae_trades.json; empty: the shipped one."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("BMO basins"),
                                                            QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_TRADES, self.tr("BMO trades per basin"),
                                                            QgsProcessing.SourceType.TypeVector))
        self.addOutput(QgsProcessingOutputNumber("N_BASINS", self.tr("Basins")))
        self.addOutput(QgsProcessingOutputNumber("YEAR", self.tr("Survey year")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        path = self.parameterAsFile(parameters, self.INPUT, context)
        table_path = self.parameterAsFile(parameters, self.BASINS, context)
        for value, label in ((path, self.tr("BMO file")), (table_path, self.tr("commune → basin table"))):
            if not value or not Path(value).is_file():
                raise QgsProcessingException(self.tr("The {} was not found: {}.").format(label, value or "—"))
        communes = ec.read_communes(self, parameters, self.ZONES, self.ZONE_ID_FIELD, context, feedback)
        try:
            catalogue = load_catalogue(self.parameterAsFile(parameters, self.CATALOGUE, context) or None)
        except (OSError, ValueError, KeyError) as exc:
            raise QgsProcessingException(self.tr("The SIAE trades catalogue cannot be read: {}").format(exc)) from exc
        feedback.setProgress(5)
        try:
            table = bmo.read_basin_table(table_path)
        except (bmo.BmoError, spreadsheet.SpreadsheetError) as exc:
            raise QgsProcessingException(self.tr("The commune → basin table cannot be used: {}").format(exc)) from exc
        found, unmatched = bmo.basins_for_communes(communes.codes, table)
        if not found:
            raise QgsProcessingException(self.tr(
                "None of the territory's {} communes is in the commune → basin table: check that the table covers "
                "this département and that the codes match.").format(len(communes.codes)))
        if unmatched:
            feedback.pushWarning(self.tr("Communes missing from the basin table (left out): {}.").format(
                ", ".join(unmatched)))
        feedback.pushInfo(self.tr("Basins of the territory: {}.").format(", ".join(sorted(found))))
        feedback.setProgress(10)
        try:
            data = bmo.read_bmo(path)
        except (bmo.BmoError, spreadsheet.SpreadsheetError) as exc:
            raise QgsProcessingException(self.tr("The BMO file cannot be read: {}").format(exc)) from exc
        if feedback.isCanceled():
            return {}
        feedback.setProgress(60)
        for note in data.notes:
            feedback.pushWarning(note)
        present = set(data.frame["basin"])
        missing = sorted(b for b in found if b not in present)
        if missing:
            feedback.pushWarning(self.tr("Basins absent from the BMO file (different vintage of the basin table?): "
                                         "{}.").format(", ".join(missing)))
        basins = [b for b in sorted(found) if b in present]
        if not basins:
            raise QgsProcessingException(self.tr("The BMO file has no row for the territory's basins ({}).").format(
                ", ".join(sorted(found))))
        totals = bmo.basin_totals(data, basins).set_index("basin")
        trades = bmo.basin_trades(data, basins, catalogue=catalogue)
        siae = trades[trades["siae_trade"]]
        per_basin_count = {}
        for code in table.commune_basin.values():
            per_basin_count[code] = per_basin_count.get(code, 0) + 1

        fields = ec.make_fields(BASIN_SPEC)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.MultiPolygon,
                                          communes.crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for basin in basins:
            row = totals.loc[basin].to_dict()
            members = found[basin]
            geom = QgsGeometry.unaryUnion([communes.geoms[c] for c in members if c in communes.geoms])
            geom.convertToMultiType()
            mine = siae[(siae["basin"] == basin) & siae["difficulty"].notna()]
            base = int(mine["met"].sum()) if len(mine) else 0
            published = siae[(siae["basin"] == basin)]["met"].dropna()
            row.update(basin=basin, year=data.year, communes=",".join(members), n_communes=len(members),
                       n_communes_basin=per_basin_count.get(basin), basin_name=row.get("basin_name")
                       or table.basin_names.get(basin, ""),
                       siae_met=int(published.sum()) if len(published) else None,
                       siae_difficulty=(float(mine["xmet"].sum()) / base) if base else None,
                       siae_difficulty_base=base)
            ec.add_feature(sink, fields, BASIN_SPEC, row, geom)
        del sink

        tfields = ec.make_fields(TRADE_SPEC)
        tsink, tdest = self.parameterAsSink(parameters, self.OUTPUT_TRADES, context, tfields,
                                            QgsWkbTypes.Type.NoGeometry, communes.crs)
        if tsink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_TRADES))
        rank = {}
        for record in trades.to_dict("records"):
            if feedback.isCanceled():
                return {}
            record["year"] = data.year
            if record["siae_trade"]:
                rank[record["basin"]] = rank.get(record["basin"], 0) + 1
                record["siae_rank"] = rank[record["basin"]]
                trade = catalogue.trade(record["siae_trade_id"]) if record["siae_trade_id"] else {}
                record["siae_label_fr"] = trade.get("label_fr", "")
                record["siae_label_en"] = trade.get("label_en", "")
            ec.add_feature(tsink, tfields, TRADE_SPEC, record)
        del tsink
        feedback.setProgress(95)
        sources = "France Travail, enquête BMO {}".format(data.year) if data.year else "France Travail, enquête BMO"
        meta = {"sources": sources, "vintage": str(data.year or ""), "basins": basins,
                "secret_cells": {k: int(totals[f"{k}_secret"].sum()) for k in bmo.VALUES}}
        publishing.finish(self, context, feedback, dest, "bmo_basins", meta)
        publishing.finish(self, context, feedback, tdest, "bmo_trades", meta)
        return {self.OUTPUT: dest, self.OUTPUT_TRADES: tdest, "N_BASINS": len(basins), "YEAR": data.year or 0}
