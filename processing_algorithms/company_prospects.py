"""coodiag:companyprospects — companies an SIAE could approach, ranked, and counted per commune."""
from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ..coodiag_plugin.toolbelt import compat
from . import economy_common as ec
from . import publishing
from .analysis import companies, fields as field_table
from .analysis.siae_catalogue import load_catalogue
from .base import CoodiagAlgorithm
from .shared_parameters import add_car_reach_parameters, add_communes_parameters, read_car_reach
from .territory_tools import require_geometry

SPEC = [("rank", "int"), ("score", "double"), ("reason", "string"), ("siret", "string"), ("siren", "string"),
        ("name", "string"), ("sign", "string"), ("naf", "string"), ("naf_label", "string"), ("trade_ids", "string"),
        ("fap_codes", "string"), ("size_band", "string"), ("size_min", "int"), ("size_class", "string"),
        ("commune", "string"), ("address", "string"), ("minutes", "double"), ("antenna", "string"),
        ("basin", "string"), ("difficulty", "double"), ("score_size", "double"), ("score_time", "double"),
        ("score_difficulty", "double"), ("possible_client", "bool"), ("same_company_as_client", "bool"),
        ("location", "string")]
SIZE_COLUMNS = (("0", "n_0"), ("1-9", "n_1_9"), ("10-49", "n_10_49"), ("50-249", "n_50_249"), ("250+", "n_250p"),
                ("", "n_unknown"))
ZONE_SPEC = [("commune", "string"), ("n", "int"), *[(c, "int") for _k, c in SIZE_COLUMNS], ("n_served", "int"),
             ("n_tense", "int"), ("mean_minutes", "double"), ("best_rank", "int")]
MODES = ("served", "tense", "both")


class CompanyProspectsAlgorithm(CoodiagAlgorithm):
    GROUP_ID = "analysis"
    INPUT, ZONES, ZONE_ID_FIELD = "INPUT", "ZONES", "ZONE_ID_FIELD"
    CLIENTS, CLIENT_SIRET_FIELD, CLIENT_NAME_FIELD, CLIENT_ADDRESS_FIELD = (
        "CLIENTS", "CLIENT_SIRET_FIELD", "CLIENT_NAME_FIELD", "CLIENT_ADDRESS_FIELD")
    ANTENNAS, ANTENNA_ID_FIELD, NETWORK, MAX_MINUTES = "ANTENNAS", "ANTENNA_ID_FIELD", "NETWORK", "MAX_MINUTES"
    BMO_TRADES, BMO_BASINS, MODE = "BMO_TRADES", "BMO_BASINS", "MODE"
    TRADES, MIN_DIFFICULTY = "TRADES", "MIN_DIFFICULTY"
    OUTPUT, OUTPUT_ZONES = "OUTPUT", "OUTPUT_ZONES"

    def name(self):
        return "companyprospects"

    def displayName(self):  # noqa: N802
        return self.tr("Companies to approach")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Which companies could become clients, or hire the SIAE's employees after their path? From the "
            "SIRENE establishments (output of “Load SIRENE establishments”) keeps:\n"
            "- served: the activities the SIAE's trades serve (the catalogue's NAF codes per trade: a cleaning "
            "SIAE serves cleaning firms, hotels, care homes, property managers…);\n"
            "- tense: employers whose trades (an approximate NAF → FAP correspondence of the catalogue) have a "
            "difficulty share of at least the chosen minimum in their BMO basin (bmo_trades table of “Load the "
            "BMO survey”);\n"
            "- or both.\n"
            "Establishments that are already clients are left out: same SIRET, else same normalised name and "
            "address (house number, street, commune) as a client; a same-name establishment in a client's "
            "commune is flagged possible_client. With the antennas and a prepared road network, the car time "
            "to the nearest antenna is computed and the establishments beyond the maximum are left out.\n\n"
            "Ranking: score = 0.4 × size (log scale, 250 employees and more = 1) + 0.3 × proximity (1 − minutes "
            "/ maximum) + 0.3 × the basin's difficulty share for the trades the establishment employs, over the "
            "components available. The second output counts the prospects per commune and size class, for the "
            "atlas. Names of individual entrepreneurs are never written (they are persons).")

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterFeatureSource(self.INPUT, self.tr("SIRENE establishments"),
                                                [QgsProcessing.SourceType.TypeVectorPoint])
        p.setHelp(self.tr("Output of “Load SIRENE establishments” (fields siret, naf, size_min, commune…)."))
        self.addParameter(p)
        add_communes_parameters(self, self.tr("For the counts per commune (second output)."))
        p = QgsProcessingParameterFeatureSource(self.CLIENTS, self.tr("The SIAE's clients (optional)"),
                                                [QgsProcessing.SourceType.TypeVector], optional=True)
        p.setHelp(self.tr("Imported clients: establishments that are already clients are left out."))
        self.addParameter(p)
        for name, label, help_text in (
                (self.CLIENT_SIRET_FIELD, self.tr("Client SIRET field"), self.tr("Empty: detected (siret…).")),
                (self.CLIENT_NAME_FIELD, self.tr("Client name field"),
                 self.tr("Empty: detected (raison sociale, nom…).")),
                (self.CLIENT_ADDRESS_FIELD, self.tr("Client address field"),
                 self.tr("Empty: detected (adresse…)."))):
            p = QgsProcessingParameterField(name, label, parentLayerParameterName=self.CLIENTS, optional=True)
            p.setHelp(help_text)
            self.addParameter(p)
        add_car_reach_parameters(
            self, antennas_label=self.tr("Antennas (optional)"),
            antennas_help=self.tr("The SIAE's antennas: car times are measured from the nearest."),
            max_label=self.tr("Maximum car time (minutes, 0 = no limit)"),
            max_help=self.tr("Establishments farther from every antenna (or unreachable) are left out."),
            max_default=30.0)
        p = QgsProcessingParameterVectorLayer(self.BMO_TRADES, self.tr("BMO trades per basin (optional)"),
                                              [QgsProcessing.SourceType.TypeVector], optional=True)
        p.setHelp(self.tr("Table written by “Load the BMO survey” (bmo_trades)."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(self.BMO_BASINS, self.tr("BMO basins (optional)"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon], optional=True)
        p.setHelp(self.tr("Polygons written by “Load the BMO survey” (bmo_basins): the basin of each "
                          "establishment. Empty: the only basin of the table."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(self.MODE, self.tr("Which establishments"),
                                       options=[self.tr("Activities served by the SIAE's trades"),
                                                self.tr("Employers in trades that struggle to recruit"),
                                                self.tr("Both")], defaultValue=0)
        p.setHelp(self.tr("Served activities, tense trades (needs the BMO table), or either."))
        self.addParameter(p)
        labels = []
        try:
            lang = publishing.ui_language()
            labels = [t.get("label_" + lang) or t["label_en"] for t in load_catalogue().trades]
        except (OSError, ValueError, KeyError):
            pass
        p = QgsProcessingParameterEnum(self.TRADES, self.tr("The SIAE's trades"), options=labels, allowMultiple=True,
                                       optional=True)
        p.setHelp(self.tr("Empty: every trade of the catalogue."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.MIN_DIFFICULTY, self.tr("Minimum difficulty share (tense trades)"),
                                         QgsProcessingParameterNumber.Type.Double, 0.5, minValue=0.0, maxValue=1.0)
        p.setHelp(self.tr("Share of hiring projects judged difficult (xmet / met) in the basin."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Companies to approach"),
                                                            QgsProcessing.SourceType.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_ZONES,
                                                            self.tr("Companies to approach, per commune"),
                                                            QgsProcessing.SourceType.TypeVectorPolygon))
        self.addOutput(QgsProcessingOutputNumber("N_PROSPECTS", self.tr("Prospects")))
        self.addOutput(QgsProcessingOutputNumber("N_CLIENTS_FOUND", self.tr("Establishments already clients")))

    # ---- inputs -----------------------------------------------------------------------------------------
    def _establishments(self, source, crs, context, feedback) -> tuple:
        names = [f.name() for f in source.fields()]
        if "siret" not in names or "naf" not in names:
            raise QgsProcessingException(self.tr(
                "The establishments layer lacks the fields siret and naf: give the output of “Load SIRENE "
                "establishments”."))
        transform = None if source.sourceCrs() == crs else QgsCoordinateTransform(source.sourceCrs(), crs,
                                                                                  context.transformContext())
        rows, geoms = [], []
        for feat in source.getFeatures(QgsFeatureRequest()):
            if feedback.isCanceled():
                break
            rec = {n: compat.py_value(feat[n]) for n in names}
            geom = QgsGeometry(feat.geometry()) if feat.hasGeometry() else None
            if geom is not None and transform is not None:
                geom.transform(transform)
            rows.append(rec)
            geoms.append(geom)
        frame = pd.DataFrame(rows)
        for col in ("name", "sign", "address", "postcode", "commune", "siren", "employer", "size_band"):
            if col not in frame:
                frame[col] = ""
            frame[col] = frame[col].fillna("").astype(str)
        frame["siret"] = frame["siret"].fillna("").astype(str)
        if "size_min" not in frame:
            frame["size_min"] = np.nan
        frame["size_min"] = pd.to_numeric(frame["size_min"], errors="coerce")
        return frame, geoms

    def _clients(self, parameters, context, feedback) -> tuple:
        source = self.parameterAsSource(parameters, self.CLIENTS, context)
        if source is None:
            return None, {}
        names = [f.name() for f in source.fields()]
        columns = {}
        detect = {"siret": "siret", "address": "address",
                  "name": ("raison_sociale", "nom_raison_sociale", "nom_ou_raison_sociale", "denomination",
                           "denomination_sociale", "entreprise", "nom_client", "nom", "name")}
        for key, param in (("siret", self.CLIENT_SIRET_FIELD), ("name", self.CLIENT_NAME_FIELD),
                           ("address", self.CLIENT_ADDRESS_FIELD)):
            chosen = self.parameterAsString(parameters, param, context)
            hit = chosen or field_table.detect_by_name(names, detect[key])
            if hit:
                columns[key] = hit
        commune = field_table.detect_by_name(names, ("geo_insee",)) or field_table.detect_by_name(names,
                                                                                                 "commune_code")
        postcode = field_table.detect_by_name(names, "postcode")
        for key, hit in (("commune", commune), ("postcode", postcode)):
            if hit:
                columns[key] = hit
        if not any(k in columns for k in ("siret", "name")):
            feedback.pushWarning(self.tr(
                "The clients layer has neither a SIRET nor a name field (names are often removed at import): "
                "clients cannot be recognised among the establishments."))
            return None, {}
        rows = []
        for feat in source.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)):
            rows.append({col: compat.py_value(feat[col]) for col in set(columns.values())})
        feedback.pushInfo(self.tr("Clients matched on: {}.").format(
            ", ".join("{} = {}".format(k, v) for k, v in columns.items())))
        return pd.DataFrame(rows), columns

    def _basin_of(self, parameters, context, geoms, crs, trades) -> dict:
        """{establishment index: basin} from the basin polygons, else the table's only basin."""
        source = self.parameterAsSource(parameters, self.BMO_BASINS, context)
        basins = sorted(set(trades["basin"])) if trades is not None else []
        if source is None:
            return {i: basins[0] for i in range(len(geoms))} if len(basins) == 1 else {}
        if "basin" not in source.fields().names():
            raise QgsProcessingException(self.tr("The BMO basins layer has no field basin: give the output of "
                                                 "“Load the BMO survey”."))
        transform = None if source.sourceCrs() == crs else QgsCoordinateTransform(source.sourceCrs(), crs,
                                                                                  context.transformContext())
        index, polys = QgsSpatialIndex(), {}
        for feat in source.getFeatures():
            geom = QgsGeometry(feat.geometry())
            if transform is not None:
                geom.transform(transform)
            polys[feat.id()] = (str(compat.py_value(feat["basin"])), geom)
            f = feat
            f.setGeometry(geom)
            index.addFeature(f)
        out = {}
        for i, geom in enumerate(geoms):
            if geom is None:
                continue
            for fid in index.intersects(geom.boundingBox()):
                if polys[fid][1].intersects(geom):
                    out[i] = polys[fid][0]
                    break
        return out

    def _trades(self, parameters, context) -> pd.DataFrame | None:
        layer = self.parameterAsVectorLayer(parameters, self.BMO_TRADES, context)
        if layer is None:
            return None
        names = layer.fields().names()
        need = ("basin", "trade_code", "met", "xmet", "difficulty")
        if not all(n in names for n in need):
            raise QgsProcessingException(self.tr("The BMO trades table lacks {}: give the table written by “Load "
                                                 "the BMO survey”.").format(", ".join(n for n in need if n not in
                                                                                      names)))
        rows = [{n: compat.py_value(f[n]) for n in need} for f in layer.getFeatures()]
        frame = pd.DataFrame(rows, columns=list(need))
        frame["basin"] = frame["basin"].astype(str)
        for n in ("met", "xmet", "difficulty"):
            frame[n] = pd.to_numeric(frame[n], errors="coerce")
        return frame

    # ---- run --------------------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.source_or_raise(parameters, self.INPUT, context)
        require_geometry(source, ("point",), self.tr("of the establishments"))
        communes = ec.read_communes(self, parameters, self.ZONES, self.ZONE_ID_FIELD, context, feedback)
        crs = communes.crs
        frame, geoms = self._establishments(source, crs, context, feedback)
        mode = MODES[self.parameterAsEnum(parameters, self.MODE, context)]
        catalogue = load_catalogue()
        chosen = ec.chosen_enums(self, parameters, self.TRADES, context)
        trade_ids = [catalogue.trades[i]["id"] for i in chosen if 0 <= i < len(catalogue.trades)] or None
        trades = self._trades(parameters, context)
        if mode != "served" and trades is None:
            feedback.pushWarning(self.tr("Employers in tense trades need the BMO trades table (output of “Load the "
                                         "BMO survey”): only the activities served by the SIAE's trades are kept."))
            mode = "served"
        feedback.setProgress(10)
        # car times to the nearest antenna
        minutes, antenna_names = None, []
        antennas = self.parameterAsSource(parameters, self.ANTENNAS, context)
        max_minutes = self.parameterAsDouble(parameters, self.MAX_MINUTES, context)
        if antennas is not None and self.parameterAsVectorLayer(parameters, self.NETWORK, context) is not None:
            net, site_pts, antenna_names, pts = read_car_reach(self, parameters, context, feedback, antennas, geoms,
                                                               crs)
            mins, label = ec.times_to_sites(net, pts, site_pts, "car", 500.0)
            minutes = np.where(np.isfinite(mins), mins, np.nan)
            frame["antenna"] = [antenna_names[j] if j >= 0 else "" for j in label]
            feedback.pushInfo(self.tr("Car times computed for {} establishments ({} unreachable or off the network)."
                                      ).format(len(pts), int(np.isnan(minutes).sum())))
        elif antennas is not None or max_minutes and self.parameterAsVectorLayer(parameters, self.NETWORK, context):
            feedback.pushWarning(self.tr("Travel times need both the antennas and the prepared network: not "
                                         "computed."))
        if "antenna" not in frame:
            frame["antenna"] = ""
        feedback.setProgress(60)
        if feedback.isCanceled():
            return {}
        basin_of = self._basin_of(parameters, context, geoms, crs, trades) if trades is not None else {}
        clients, columns = self._clients(parameters, context, feedback)
        result = companies.prospects(
            frame, clients=clients, client_columns=columns, trades=trade_ids, mode=mode, catalogue=catalogue,
            basin_trades=trades, basins=[basin_of.get(i, "") for i in range(len(frame))],
            min_difficulty=self.parameterAsDouble(parameters, self.MIN_DIFFICULTY, context),
            travel_minutes=minutes, max_minutes=max_minutes if (minutes is not None and max_minutes > 0) else None)
        prospects = result.prospects
        if "person" in prospects:  # never a person's name on a prospect list
            persons = prospects["person"].fillna(False).astype(bool)
            prospects.loc[persons, "name"] = ""
            prospects.loc[persons, "sign"] = ""
        feedback.setProgress(80)

        fields = ec.make_fields(SPEC)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.Point, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for record in prospects.to_dict("records"):
            ec.add_feature(sink, fields, SPEC, record, geoms[int(record["source_index"])])
        del sink
        zfields = ec.make_fields(ZONE_SPEC)
        zsink, zdest = self.parameterAsSink(parameters, self.OUTPUT_ZONES, context, zfields,
                                            QgsWkbTypes.Type.MultiPolygon, crs)
        if zsink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_ZONES))
        for code in communes.codes:
            sel = prospects[prospects["commune"] == code]
            rec = {"commune": code, "n": len(sel), "n_served": int(sel["served"].sum()) if len(sel) else 0,
                   "n_tense": int(sel["tense"].sum()) if len(sel) else 0,
                   "mean_minutes": float(sel["minutes"].mean()) if len(sel) and sel["minutes"].notna().any() else None,
                   "best_rank": int(sel["rank"].min()) if len(sel) else None}
            for size, col in SIZE_COLUMNS:
                rec[col] = int((sel["size_class"] == size).sum()) if len(sel) else 0
            geom = QgsGeometry(communes.geoms[code])
            geom.convertToMultiType()
            ec.add_feature(zsink, zfields, ZONE_SPEC, rec, geom)
        del zsink
        c = result.counts
        feedback.pushInfo(self.tr("{} prospects ranked; {} establishments recognised as clients and left out.")
                          .format(c["prospects"], c["clients_found"]))
        sources = publishing.source_text(context, parameters.get(self.INPUT)) or "Insee, base Sirene"
        bmo_sources = publishing.source_text(context, parameters.get(self.BMO_TRADES))
        meta = {"sources": "; ".join(s for s in (sources, bmo_sources) if s), "mode": "car" if minutes is not None
                else None, "max_minutes": max_minutes or None, "selection": mode, "trades": trade_ids or "all",
                "weights": c.get("weights_used"), "counts": {k: v for k, v in c.items() if k != "weights_used"}}
        publishing.finish(self, context, feedback, dest, "company_prospects", meta)
        publishing.finish(self, context, feedback, zdest, "company_prospects_by_zone", meta)
        return {self.OUTPUT: dest, self.OUTPUT_ZONES: zdest, "N_PROSPECTS": c["prospects"],
                "N_CLIENTS_FOUND": c["clients_found"]}
