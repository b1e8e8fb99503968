"""coodiag:loadsirene — the SIRENE establishments of the territory, streamed from the national files."""
from __future__ import annotations

import os
from pathlib import Path

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
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from . import economy_common as ec
from . import publishing
from .analysis import insee_codes, sirene
from .analysis.siae_catalogue import load_catalogue, normalize_naf
from .base import CoodiagAlgorithm
from .shared_parameters import add_communes_parameters

SPEC = [("siret", "string"), ("siren", "string"), ("name", "string"), ("sign", "string"), ("naf", "string"),
        ("naf_label", "string"), ("served_trades", "string"), ("size_band", "string"), ("size_min", "int"),
        ("size_class", "string"), ("employer", "string"), ("head_office", "bool"), ("created", "string"),
        ("commune", "string"), ("commune_name", "string"), ("address", "string"), ("postcode", "string"),
        ("diffusion", "string"), ("person", "bool"), ("person_source", "string"), ("name_withheld", "bool"),
        ("legal_category", "string"), ("ess", "bool"), ("location", "string"), ("geo_quality", "string")]
MIN_SIZES = (0, 1, 3, 6, 10, 20, 50, 100, 250)


class LoadSireneAlgorithm(CoodiagAlgorithm):
    GROUP_ID = "data"
    INPUT, GEOLOC, LEGAL_UNITS = "INPUT", "GEOLOC", "LEGAL_UNITS"
    ZONES, ZONE_ID_FIELD = "ZONES", "ZONE_ID_FIELD"
    TRADES, NAF, MIN_SIZE, PERSON_NAMES, OUTPUT = "TRADES", "NAF", "MIN_SIZE", "PERSON_NAMES", "OUTPUT"

    def name(self):
        return "loadsirene"

    def displayName(self):  # noqa: N802
        return self.tr("Load SIRENE establishments")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "The establishments of the territory's communes from INSEE's SIRENE register: the per-département "
            "geocoded file of Etalab (geo_siret_<dep>.csv.gz) or the national StockEtablissement (csv or the zip "
            "holding it) with, optionally, its geolocation file (GeolocalisationEtablissement_Sirene_pour_etudes_"
            "statistiques, joined on siret) and the legal-units file StockUniteLegale (company names, legal "
            "category). The files are streamed, never loaded whole: a national stock of tens of millions of rows "
            "is read in chunks with a byte pre-filter on the commune codes.\n\n"
            "Only active establishments are kept; optional filters on activities (the NAF codes served by chosen "
            "SIAE trades, or NAF codes typed in) and on the salaried-staff size band. Positions: the file's "
            "coordinates (WGS 84, or x/y in the row's EPSG), reprojected to the communes' CRS. Establishments "
            "whose diffusion status is partial (P) have no address and no name and are placed at their commune "
            "(location = commune), like those without coordinates and INSEE points drawn at random in the "
            "commune (quality 33).\n\n"
            "Individual entrepreneurs are persons: their names are NOT written unless you tick the option. They "
            "are told apart by the legal category of StockUniteLegale (1000); without that file, a head office "
            "without employees is presumed a person (person_source = presumed).")

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterFile(self.INPUT, self.tr("SIRENE establishments file"),
                                       fileFilter="SIRENE (*.csv *.gz *.zip *.txt)")
        p.setHelp(self.tr("geo_siret_<dep>.csv.gz (Etalab) or StockEtablissement (INSEE, csv or zip)."))
        self.addParameter(p)
        p = QgsProcessingParameterFile(self.GEOLOC, self.tr("Geolocation file (optional, with the stock)"),
                                       optional=True, fileFilter="CSV (*.csv *.zip *.gz)")
        p.setHelp(self.tr("GeolocalisationEtablissement_Sirene_pour_etudes_statistiques (INSEE), joined on siret. "
                          "Without it the stock's Lambert coordinates are used."))
        self.addParameter(p)
        p = QgsProcessingParameterFile(self.LEGAL_UNITS, self.tr("Legal units file (optional)"), optional=True,
                                       fileFilter="CSV (*.csv *.zip *.gz)")
        p.setHelp(self.tr("StockUniteLegale (INSEE): company names and legal categories (individual "
                          "entrepreneurs)."))
        self.addParameter(p)
        add_communes_parameters(self, self.tr("Commune polygons with their INSEE code; the output is in their CRS."))
        p = QgsProcessingParameterEnum(self.TRADES, self.tr("Keep the activities served by these SIAE trades"),
                                       options=self.trade_labels(), allowMultiple=True, optional=True)
        p.setHelp(self.tr("Empty: every activity. The NAF codes of each trade are in "
                          "resources/catalogues/siae_trades.json."))
        self.addParameter(p)
        p = QgsProcessingParameterString(self.NAF, self.tr("Other NAF codes to keep (optional)"), optional=True)
        p.setHelp(self.tr("Codes or prefixes separated by commas: 81.21Z, 56.10, 43."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(self.MIN_SIZE, self.tr("Minimum salaried staff"),
                                       options=[self.tr("any")] + [self.tr("{} or more").format(n)
                                                                   for n in MIN_SIZES[1:]], defaultValue=0)
        p.setHelp(self.tr("Lower bound of the INSEE size band (trancheEffectifsEtablissement)."))
        self.addParameter(p)
        p = QgsProcessingParameterBoolean(self.PERSON_NAMES, self.tr("Write the names of individual entrepreneurs"),
                                          defaultValue=False)
        p.setHelp(self.tr("Off by default: individual entrepreneurs are persons."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("SIRENE establishments"),
                                                            QgsProcessing.SourceType.TypeVectorPoint))
        self.addOutput(QgsProcessingOutputNumber("N_ESTABLISHMENTS", self.tr("Establishments")))
        self.addOutput(QgsProcessingOutputNumber("N_PARTIAL", self.tr("Partial diffusion (at the commune)")))

    @staticmethod
    def trade_labels() -> list:
        lang = publishing.ui_language()
        try:
            return [t.get("label_" + lang) or t["label_en"] for t in load_catalogue().trades]
        except (OSError, ValueError, KeyError):
            return []

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        path = self.parameterAsFile(parameters, self.INPUT, context)
        if not path or not Path(path).is_file():
            raise QgsProcessingException(self.tr("The SIRENE file was not found: {}.").format(path or "—"))
        geo_path = self.parameterAsFile(parameters, self.GEOLOC, context) or None
        legal_path = self.parameterAsFile(parameters, self.LEGAL_UNITS, context) or None
        for optional in (geo_path, legal_path):
            if optional and not Path(optional).is_file():
                raise QgsProcessingException(self.tr("File not found: {}.").format(optional))
        communes = ec.read_communes(self, parameters, self.ZONES, self.ZONE_ID_FIELD, context, feedback)
        catalogue = load_catalogue()
        chosen = ec.chosen_enums(self, parameters, self.TRADES, context)
        trade_ids = [catalogue.trades[i]["id"] for i in chosen if 0 <= i < len(catalogue.trades)]
        naf = sorted(catalogue.naf_codes(trade_ids)) if trade_ids else []
        typed = [normalize_naf(t) for t in insee_codes.split_codes(
            self.parameterAsString(parameters, self.NAF, context))]
        naf += [t for t in typed if t]
        min_size = MIN_SIZES[self.parameterAsEnum(parameters, self.MIN_SIZE, context)]
        sizes = sirene.bands_at_least(min_size) if min_size else None
        size = max(os.path.getsize(path), 1)

        def progress(done):
            feedback.setProgress(min(80.0, 80.0 * done / size))

        try:
            result = sirene.read_establishments(
                path, communes.codes, geo_path=geo_path, legal_units_path=legal_path, naf=naf or None, sizes=sizes,
                include_person_names=self.parameterAsBoolean(parameters, self.PERSON_NAMES, context),
                progress=progress, is_canceled=feedback.isCanceled)
        except sirene.SireneError as exc:
            raise QgsProcessingException(self.tr("The SIRENE file cannot be used: {}").format(exc)) from exc
        except (OSError, EOFError, ValueError) as exc:
            raise QgsProcessingException(self.tr("Reading the SIRENE file failed: {}").format(exc)) from exc
        if result.counts.get("canceled"):
            return {}
        c = result.counts
        feedback.pushInfo(self.tr("{} lines read, {} establishments in the communes ({} closed left out), {} kept "
                                  "after the filters.").format(c["lines_read"], c["in_communes"], c["closed"],
                                                               c["kept"]))
        for note in result.notes:
            feedback.pushInfo(note)

        fields = ec.make_fields(SPEC)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.Point,
                                          communes.crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        to_out = {}

        def transform(epsg):
            if epsg not in to_out:
                crs = QgsCoordinateReferenceSystem(f"EPSG:{epsg}")
                to_out[epsg] = QgsCoordinateTransform(crs, communes.crs, context.transformContext()) \
                    if crs.isValid() else None
            return to_out[epsg]

        served = {}
        for t in catalogue.trades:
            for code in t["naf"]:
                served.setdefault(normalize_naf(code), []).append(t["id"])
        frame = result.frame
        at_commune = unplaced = 0
        n = len(frame)
        for i, record in enumerate(frame.to_dict("records")):
            if feedback.isCanceled():
                return {}
            if i % 500 == 0:
                feedback.setProgress(80 + 15.0 * i / max(n, 1))
            geom = None
            lon, lat, x, y = (ec.clean(record.get(k)) for k in ("lon", "lat", "x", "y"))
            try:
                if lon is not None and lat is not None and transform(4326) is not None:
                    geom = QgsGeometry.fromPointXY(transform(4326).transform(QgsPointXY(lon, lat)))
                elif x is not None and y is not None and record.get("epsg") and transform(record["epsg"]):
                    geom = QgsGeometry.fromPointXY(transform(record["epsg"]).transform(QgsPointXY(x, y)))
            except Exception:  # noqa: BLE001 — a point outside the CRS's domain: placed at its commune
                geom = None
            if geom is None:
                geom = communes.point(record["commune"])
                if geom is not None:
                    record["location"] = "commune"
                    at_commune += 1
                else:
                    unplaced += 1
            record["naf_label"] = catalogue.label("naf", record["naf"], publishing.ui_language())
            record["served_trades"] = ",".join(served.get(record["naf_code"], []))
            ec.add_feature(sink, fields, SPEC, record, geom)
        del sink
        if at_commune:
            feedback.pushInfo(self.tr("{} establishments placed at their commune (partial diffusion or no "
                                      "position).").format(at_commune))
        if unplaced:
            feedback.pushWarning(self.tr("{} establishments without any position.").format(unplaced))
        kind = "geo_siret (Etalab)" if result.kind == "geo_siret" else "StockEtablissement"
        meta = {"sources": "Insee, base Sirene ({})".format(kind), "file": Path(path).name,
                "naf": naf, "min_size": min_size, "counts": {k: v for k, v in c.items() if k != "canceled"},
                "person_names": self.parameterAsBoolean(parameters, self.PERSON_NAMES, context)}
        publishing.finish(self, context, feedback, dest, "sirene_establishments", meta)
        return {self.OUTPUT: dest, "N_ESTABLISHMENTS": n, "N_PARTIAL": c["partial"]}
