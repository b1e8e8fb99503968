"""coodiag:loaddecp — public contracts of the territory (DECP) and their buyers, with social clauses."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsWkbTypes,
)

from . import economy_common as ec
from . import publishing
from .analysis import decp
from .analysis.siae_catalogue import load_catalogue
from .base import CoodiagAlgorithm
from .shared_parameters import add_communes_parameters

CONTRACT_SPEC = [("uid", "string"), ("id", "string"), ("format", "string"), ("buyer_id", "string"),
                 ("buyer_name", "string"), ("object", "string"), ("amount", "double"), ("amount_modified", "double"),
                 ("amount_outlier", "bool"), ("cpv", "string"), ("cpv_trade", "string"), ("procedure", "string"),
                 ("date", "string"), ("duration_months", "int"), ("social", "string"), ("social_clause", "bool"),
                 ("social_criterion", "bool"), ("social_reserved", "bool"), ("social_raw", "string"),
                 ("place_code", "string"), ("place_type", "string"), ("place_scope", "string"),
                 ("place_commune", "string"), ("buyer_commune", "string"), ("holder_ids", "string"),
                 ("holder_names", "string"), ("n_holders", "int"), ("in_territory_by", "string"),
                 ("location", "string")]
REJECTED_SPEC = CONTRACT_SPEC[:-1] + [("reason", "string"), ("reason_text", "string")]
BUYER_SPEC = [("buyer_id", "string"), ("buyer_name", "string"), ("buyer_commune", "string"), ("n_contracts", "int"),
              ("amount", "double"), ("n_amount_missing", "int"), ("n_social_yes", "int"), ("n_social_no", "int"),
              ("n_social_unknown", "int"), ("social_share", "double"), ("social_amount", "double"),
              ("n_siae_cpv", "int"), ("siae_cpv_amount", "double"), ("siae_trades", "string"), ("location", "string")]
BY = ("place", "buyer", "either")


class LoadDecpAlgorithm(CoodiagAlgorithm):
    GROUP_ID = "data"
    INPUT, ZONES, ZONE_ID_FIELD, COMMUNES_TABLE = "INPUT", "ZONES", "ZONE_ID_FIELD", "COMMUNES_TABLE"
    BY, KEEP_DEPARTEMENT, KEEP_REGION, PLACE_AT = "BY", "KEEP_DEPARTEMENT", "KEEP_REGION", "PLACE_AT"
    OUTPUT, OUTPUT_BUYERS, REJECTED = "OUTPUT", "OUTPUT_BUYERS", "REJECTED"

    def name(self):
        return "loaddecp"

    def displayName(self):  # noqa: N802
        return self.tr("Load public contracts (DECP)")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Which public buyers of the territory use social clauses, for which trades and amounts? Reads the "
            "« données essentielles de la commande publique »: the JSON files of the 2019 and 2022 formats and "
            "the consolidated tabular CSV of decp.info (streamed: a national file of a million rows is fine). "
            "Keeps the contracts of the territory by their place of execution (commune code, postal code — "
            "through the postcodes of the communes table —, département or region when asked) or by their "
            "buyer's commune, and reads their social considerations: « Clause sociale », « Critère social », "
            "« Marché réservé » and their combinations give social = yes; « Pas de considération sociale » (« Sans "
            "objet ») gives no; the 2019 format, which has no such field, and an absent field give unknown — "
            "never no.\n\n"
            "Outputs: the contracts as points (at the place of execution or at the buyer: the buyer's coordinates "
            "of the tabular file, else the centroid of the commune of the place or of the buyer, with a flag "
            "location); the buyers (number and amount of contracts, share with a social consideration among the "
            "contracts that say, amount in the CPV families of SIAE trades); an optional table of the rejected "
            "records with their reason — missing buyer, amount that is not a number, unknown place type, or a "
            "contract that cannot be placed on the map (a département-wide place without a located buyer). "
            "Amounts above 10 billion € are test values of the DECP: kept as NULL and flagged.")

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterFile(self.INPUT, self.tr("DECP file (JSON or tabular CSV)"),
                                       fileFilter="DECP (*.json *.csv *.txt)")
        p.setHelp(self.tr("A DECP JSON file (2019 or 2022 format) or the consolidated tabular CSV of decp.info."))
        self.addParameter(p)
        add_communes_parameters(
            self, self.tr("Commune polygons with their INSEE code; the outputs are in their CRS."),
            self.tr("COG communes table (code, codes_postaux, siren, epci_code, departement, region, arrondissement) "
                    "of @etalab/decoupage-administratif: places given as postal codes and buyers known by their "
                    "SIREN. Without it postal codes cannot be placed."))
        p = QgsProcessingParameterEnum(self.BY, self.tr("Contracts of the territory by"),
                                       options=[self.tr("Place of execution"), self.tr("Buyer's commune"),
                                                self.tr("Either")], defaultValue=0)
        p.setHelp(self.tr("Place of execution (lieuExecution), the buyer's commune, or either."))
        self.addParameter(p)
        p = QgsProcessingParameterBoolean(self.KEEP_DEPARTEMENT, self.tr("Keep contracts executed département-wide"),
                                          defaultValue=True)
        p.setHelp(self.tr("A place of execution given as the territory's département (or arrondissement)."))
        self.addParameter(p)
        p = QgsProcessingParameterBoolean(self.KEEP_REGION, self.tr("Keep contracts executed region-wide"),
                                          defaultValue=False)
        p.setHelp(self.tr("A place of execution given as the territory's region (needs the communes table)."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(self.PLACE_AT, self.tr("Draw the contracts at"),
                                       options=[self.tr("The place of execution"), self.tr("The buyer")],
                                       defaultValue=0)
        p.setHelp(self.tr("Where each contract point goes; the other location is the fallback."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Public contracts (DECP)"),
                                                            QgsProcessing.SourceType.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_BUYERS, self.tr("Public buyers"),
                                                            QgsProcessing.SourceType.TypeVectorPoint))
        p = QgsProcessingParameterFeatureSink(self.REJECTED, self.tr("Rejected contracts"),
                                              QgsProcessing.SourceType.TypeVector, optional=True,
                                              createByDefault=False)
        self.addParameter(p)
        self.addOutput(QgsProcessingOutputNumber("N_CONTRACTS", self.tr("Contracts")))
        self.addOutput(QgsProcessingOutputNumber("N_REJECTED", self.tr("Rejected records")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        path = self.parameterAsFile(parameters, self.INPUT, context)
        if not path or not Path(path).is_file():
            raise QgsProcessingException(self.tr("The DECP file was not found: {}.").format(path or "—"))
        communes = ec.read_communes(self, parameters, self.ZONES, self.ZONE_ID_FIELD, context, feedback)
        table_path = self.parameterAsFile(parameters, self.COMMUNES_TABLE, context)
        buyer_map = {}
        if table_path:
            try:
                cog = pd.read_csv(table_path, dtype=str, keep_default_na=False)
                territory = decp.territory_from_cog(cog, communes.codes)
                buyer_map = decp.buyer_communes_from_cog(cog, communes.codes)
            except (OSError, ValueError, KeyError, AttributeError) as exc:
                raise QgsProcessingException(self.tr(
                    "The communes table cannot be used (expected the COG columns code, codes_postaux…): {}").format(
                    exc)) from exc
        else:
            territory = decp.Territory(set(communes.codes),
                                       departements={c[:3] if c.startswith("97") else c[:2] for c in communes.codes})
            feedback.pushWarning(self.tr("No communes table: contracts whose place is a postal code cannot be "
                                         "placed in the territory."))
        scopes = ["commune", "postcode", "postcode_partial"]
        if self.parameterAsBoolean(parameters, self.KEEP_DEPARTEMENT, context):
            scopes += ["departement", "arrondissement"]
        if self.parameterAsBoolean(parameters, self.KEEP_REGION, context):
            scopes.append("region")
        by = BY[self.parameterAsEnum(parameters, self.BY, context)]
        catalogue = load_catalogue()
        try:
            result = decp.read_decp(path, territory, by=by, scopes=scopes, buyer_communes=buyer_map,
                                    catalogue=catalogue, is_canceled=feedback.isCanceled,
                                    progress=lambda n: feedback.setProgress(min(70.0, n / 20000.0)))
        except decp.DecpError as exc:
            raise QgsProcessingException(self.tr("The DECP file cannot be used: {}").format(exc)) from exc
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise QgsProcessingException(self.tr("Reading the DECP file failed: {}").format(exc)) from exc
        if result.counts.get("canceled"):
            return {}
        c = result.counts
        elsewhere = max(0, c["records"] - c["contracts"] - c["rejected"] - c.get("concessions_skipped", 0))
        feedback.pushInfo(self.tr("{} records read ({}) = {} contracts of the territory + {} rejected (rejected "
                                  "table) + {} concessions (not contracts) + {} not in the territory.").format(
            c["records"], result.format, c["contracts"], c["rejected"], c.get("concessions_skipped", 0), elsewhere))
        malformed = {k: v for k, v in c["malformed"].items() if v}
        if malformed:
            feedback.pushWarning(self.tr("Malformed records in the whole file: {}.").format(
                ", ".join("{} {}".format(v, k) for k, v in malformed.items())))
        feedback.setProgress(75)
        place_at = self.parameterAsEnum(parameters, self.PLACE_AT, context)
        wgs = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), communes.crs,
                                     context.transformContext())

        def buyer_point(rec):
            lat, lon = ec.clean(rec.get("buyer_lat")), ec.clean(rec.get("buyer_lon"))
            if lat is not None and lon is not None:
                try:
                    return QgsGeometry.fromPointXY(wgs.transform(QgsPointXY(lon, lat))), "buyer"
                except Exception:  # noqa: BLE001
                    pass
            geom = communes.point(rec.get("buyer_commune") or "")
            return (geom, "buyer_commune") if geom is not None else (None, "")

        def place_point(rec):
            if rec.get("place_commune"):
                geom = communes.point(rec["place_commune"])
                if geom is not None:
                    return geom, "place_commune"
            if rec.get("place_type") == "postcode":
                served = territory.postcodes.get(str(rec.get("place_code") or "").zfill(5), set())
                geom = communes.union_point(sorted(served & set(communes.codes)))
                if geom is not None:
                    return geom, "place_postcode"
            return None, ""

        fields = ec.make_fields(CONTRACT_SPEC)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.Point,
                                          communes.crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        unplaced = []
        for rec in result.contracts.to_dict("records"):
            if feedback.isCanceled():
                return {}
            first, second = (place_point, buyer_point) if place_at == 0 else (buyer_point, place_point)
            geom, where = first(rec)
            if geom is None:
                geom, where = second(rec)
            if geom is None:
                unplaced.append(dict(rec, reason="unplaced", reason_text=self.tr(
                    "no place of execution or buyer location in the territory to draw it at")))
                continue
            rec["location"] = where
            ec.add_feature(sink, fields, CONTRACT_SPEC, rec, geom)
        del sink
        buyers = decp.buyer_table(result.contracts, catalogue)
        bfields = ec.make_fields(BUYER_SPEC)
        bsink, bdest = self.parameterAsSink(parameters, self.OUTPUT_BUYERS, context, bfields, QgsWkbTypes.Type.Point,
                                            communes.crs)
        if bsink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_BUYERS))
        contracts = result.contracts
        no_place = 0
        for rec in buyers.to_dict("records"):
            geom, where = buyer_point(rec)
            if geom is None:  # a buyer without location: at the centroid of its contracts' places
                mine = contracts[contracts["buyer_id"] == rec["buyer_id"]]
                codes = sorted({c for c in mine["place_commune"] if c})
                geom = communes.union_point(codes)
                where = "contracts" if geom is not None else ""
            if geom is None:
                no_place += 1
            rec["location"] = where
            ec.add_feature(bsink, bfields, BUYER_SPEC, rec, geom)
        del bsink
        if no_place:
            feedback.pushWarning(self.tr("{} buyers could not be located (no coordinates, commune or SIREN in the "
                                         "communes table): written without geometry.").format(no_place))
        rejected_rows = result.rejected.to_dict("records") + unplaced
        rdest = None
        if parameters.get(self.REJECTED):
            rfields = ec.make_fields(REJECTED_SPEC)
            rsink, rdest = self.parameterAsSink(parameters, self.REJECTED, context, rfields,
                                                QgsWkbTypes.Type.NoGeometry, communes.crs)
            if rsink is not None:
                for rec in rejected_rows:
                    ec.add_feature(rsink, rfields, REJECTED_SPEC, rec)
                del rsink
        if unplaced:
            feedback.pushWarning(self.tr("{} contracts of the territory could not be drawn (département-wide place "
                                         "and no located buyer): counted with their buyer, listed in the rejected "
                                         "table.").format(len(unplaced)))
        feedback.setProgress(95)
        formats = ", ".join("{} {}".format(v, k) for k, v in c["formats"].items())
        meta = {"sources": "Données essentielles de la commande publique (DECP), {}".format(Path(path).name),
                "format": result.format, "formats": formats, "by": by, "scopes": scopes,
                "counts": {k: v for k, v in c.items() if k not in ("canceled",)}, "unplaced": len(unplaced)}
        publishing.finish(self, context, feedback, dest, "decp_contracts", meta)
        publishing.finish(self, context, feedback, bdest, "decp_buyers", meta)
        out = {self.OUTPUT: dest, self.OUTPUT_BUYERS: bdest, "N_CONTRACTS": len(result.contracts),
               "N_REJECTED": len(rejected_rows)}
        if rdest:
            out[self.REJECTED] = rdest
        return out
