"""coodiag:loadsiaelist — the other inclusion actors around the SIAE, and whose catchments overlap its own."""
from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)

from ..coodiag_plugin.toolbelt import compat
from . import economy_common as ec
from . import network_engine as ne
from . import publishing
from .analysis import decp, fields as field_table, insee_codes, routing, siae_register
from .analysis.siae_catalogue import load_catalogue
from .base import CoodiagAlgorithm
from .shared_parameters import add_car_reach_parameters, add_communes_parameters, read_car_reach

BASE_SPEC = [("siret", "string"), ("name", "string"), ("brand", "string"), ("kind", "string"),
             ("kind_label", "string"), ("kind_source", "string"), ("naf", "string"), ("activity", "string"),
             ("address", "string"), ("postcode", "string"), ("city", "string"), ("commune", "string"),
             ("department", "string"), ("networks", "string"), ("location", "string"), ("in_territory", "bool"),
             ("within_reach", "bool"), ("minutes", "double"), ("nearest_antenna", "string")]
CONTRACT_SPEC = [("n_contracts", "int"), ("n_social_contracts", "int"), ("contracts_amount", "double"),
                 ("social_amount", "double"), ("holds_social_contracts", "bool"), ("n_contracts_same_siren", "int"),
                 ("overlap_km2", "double"), ("same_kind", "bool")]
OVERLAP_SPEC = [("n_other", "int"), ("others", "string"), ("kind", "string"), ("minutes", "double"),
                ("area_km2", "double")]
KINDS = siae_register.KINDS
OFFNET_M, CELL_M = 200.0, 50.0


class LoadSiaeListAlgorithm(CoodiagAlgorithm):
    GROUP_ID = "data"
    INPUT, ZONES, ZONE_ID_FIELD, COMMUNES_TABLE, KINDS = "INPUT", "ZONES", "ZONE_ID_FIELD", "COMMUNES_TABLE", "KINDS"
    ANTENNAS, ANTENNA_ID_FIELD, NETWORK, MAX_MINUTES = "ANTENNAS", "ANTENNA_ID_FIELD", "NETWORK", "MAX_MINUTES"
    OWN_KIND, OWN_SIRET, CONTRACTS = "OWN_KIND", "OWN_SIRET", "CONTRACTS"
    OUTPUT, OUTPUT_OVERLAP = "OUTPUT", "OUTPUT_OVERLAP"

    def name(self):
        return "loadsiaelist"

    def displayName(self):  # noqa: N802
        return self.tr("Load the inclusion actors (SIAE register)")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Who else works here? Reads the register of SIAE and inclusive employers — the Plateforme de "
            "l'inclusion export (GeoJSON or CSV), the ASP list, or data·inclusion structures (JSON, with "
            "reseaux_porteurs) — and keeps those of the territory's communes (code given, or postal code + "
            "commune name resolved with the communes table, or their position) and, with the antennas and a "
            "prepared road network, those within the maximum car time of an antenna. Each gets its kind (AI, "
            "ACI, EI, ETTI, EITI, GEIQ, EA, EATT), activity (NAF), the car time from each of the SIAE's antennas "
            "(min_<antenna>) and from the nearest, and — with the public contracts layer of “Load public "
            "contracts (DECP)” — the contracts it holds (SIRET match with the holders) and whether some carry a "
            "social consideration.\n\n"
            "Catchment overlap: the places within the maximum time of the SIAE's antennas, split by the number of "
            "other structures of the same kind that reach them within the same time (0 = served by the SIAE "
            "alone). Same raster construction as the isochrones (50 m cells, 200 m walked off the network).")

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterFile(self.INPUT, self.tr("SIAE register (GeoJSON, JSON, CSV or spreadsheet)"),
                                       fileFilter="Register (*.geojson *.json *.jsonl *.csv *.txt *.xlsx *.ods)")
        p.setHelp(self.tr("Plateforme de l'inclusion export, ASP list or data·inclusion structures."))
        self.addParameter(p)
        add_communes_parameters(
            self, self.tr("Commune polygons with their INSEE code; the outputs are in their CRS."),
            self.tr("COG communes table (code, nom, codes_postaux): gives a commune code to structures known by "
                    "postal code and city only."))
        p = QgsProcessingParameterEnum(self.KINDS, self.tr("Kinds of structures"), options=list(KINDS),
                                       allowMultiple=True, optional=True)
        p.setHelp(self.tr("Empty: every kind."))
        self.addParameter(p)
        add_car_reach_parameters(
            self, antennas_label=self.tr("The SIAE's antennas (optional)"),
            antennas_help=self.tr("For the travel times and the catchment overlap."),
            max_label=self.tr("Maximum car time (minutes, 0 = territory only)"),
            max_help=self.tr("Structures outside the territory but within this time of an antenna are kept; the "
                             "catchments of the overlap use the same time."),
            max_default=20.0)
        p = QgsProcessingParameterEnum(self.OWN_KIND, self.tr("Kind of the SIAE (for the overlap)"),
                                       options=list(KINDS), defaultValue=0)
        p.setHelp(self.tr("The overlap counts the other structures of this kind."))
        self.addParameter(p)
        p = QgsProcessingParameterString(self.OWN_SIRET, self.tr("SIRET of the SIAE (optional)"), optional=True)
        p.setHelp(self.tr("The SIAE itself is left out of the other structures of the overlap."))
        self.addParameter(p)
        p = QgsProcessingParameterVectorLayer(self.CONTRACTS, self.tr("Public contracts (optional)"),
                                              [QgsProcessing.SourceType.TypeVector], optional=True)
        p.setHelp(self.tr("Output of “Load public contracts (DECP)”: holders matched on SIRET."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Inclusion actors"),
                                                            QgsProcessing.SourceType.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_OVERLAP,
                                                            self.tr("Catchment overlap with other SIAE"),
                                                            QgsProcessing.SourceType.TypeVectorPolygon))
        self.addOutput(QgsProcessingOutputNumber("N_STRUCTURES", self.tr("Structures")))

    # ---- helpers ------------------------------------------------------------------------------------------
    def _holders(self, parameters, context) -> pd.DataFrame | None:
        layer = self.parameterAsVectorLayer(parameters, self.CONTRACTS, context)
        if layer is None:
            return None
        names = layer.fields().names()
        if "holder_ids" not in names or "social" not in names:
            raise QgsProcessingException(self.tr("The contracts layer lacks holder_ids and social: give the output "
                                                 "of “Load public contracts (DECP)”."))
        rows = []
        for f in layer.getFeatures():
            rows.append({"uid": compat.py_value(f["uid"]) if "uid" in names else str(f.id()),
                         "holder_ids": compat.py_value(f["holder_ids"]) or "", "holder_names": "",
                         "holder_types": "", "social": compat.py_value(f["social"]) or "unknown",
                         "amount": compat.py_value(f["amount"]) if "amount" in names else None,
                         "cpv_trade": "", "buyer_id": ""})
        return decp.holder_rows(pd.DataFrame(rows))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        path = self.parameterAsFile(parameters, self.INPUT, context)
        if not path or not Path(path).is_file():
            raise QgsProcessingException(self.tr("The register file was not found: {}.").format(path or "—"))
        communes = ec.read_communes(self, parameters, self.ZONES, self.ZONE_ID_FIELD, context, feedback)
        crs = communes.crs
        try:
            register = siae_register.read_register(path)
        except (siae_register.RegisterError, ValueError, OSError) as exc:
            raise QgsProcessingException(self.tr("The register cannot be read: {}").format(exc)) from exc
        frame = register.frame
        table_path = self.parameterAsFile(parameters, self.COMMUNES_TABLE, context)
        if table_path:
            try:
                frame = siae_register.resolve_communes(frame, siae_register.commune_lookup(table_path))
            except (OSError, ValueError, KeyError, AttributeError) as exc:
                raise QgsProcessingException(self.tr("The communes table cannot be used: {}").format(exc)) from exc
        kinds = [KINDS[i] for i in ec.chosen_enums(self, parameters, self.KINDS, context)]
        if kinds:
            frame = frame[frame["kind"].isin(kinds)]
        frame = frame.reset_index(drop=True)
        feedback.pushInfo(self.tr("{} structures read ({}).").format(register.counts.get("kept", 0),
                                                                     register.source_format))
        # positions in the communes' CRS; commune from the position when the file has none
        wgs = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs, context.transformContext())
        geoms, locations = [], []
        codes = list(frame["commune"])
        for i, rec in enumerate(frame.to_dict("records")):
            geom, where = None, ""
            if rec["lon"] is not None and rec["lat"] is not None and not (
                    isinstance(rec["lon"], float) and math.isnan(rec["lon"])):
                try:
                    geom, where = QgsGeometry.fromPointXY(wgs.transform(QgsPointXY(rec["lon"], rec["lat"]))), "point"
                except Exception:  # noqa: BLE001
                    geom = None
            if not codes[i] and geom is not None:
                codes[i] = communes.containing(geom)
            if geom is None and codes[i]:
                geom = communes.point(codes[i])
                where = "commune" if geom is not None else ""
            geoms.append(geom)
            locations.append(where)
        frame["commune"] = codes
        frame["location"] = locations
        wanted = set(communes.codes)
        frame["in_territory"] = [bool(c) and (c in wanted or insee_codes.parent_commune(c) in wanted)
                                 for c in codes]
        feedback.setProgress(20)

        # travel times from the antennas
        antennas = self.parameterAsSource(parameters, self.ANTENNAS, context)
        layer = self.parameterAsVectorLayer(parameters, self.NETWORK, context)
        max_minutes = self.parameterAsDouble(parameters, self.MAX_MINUTES, context)
        names, matrix, net, site_pts = [], None, None, []
        if antennas is not None and layer is not None:
            net, site_pts, names, pts = read_car_reach(self, parameters, context, feedback, antennas, geoms, crs)
            matrix = ec.times_to_sites(net, pts, site_pts, "car", 500.0, per_site=True) if len(pts) else None
        elif antennas is not None or layer is not None:
            feedback.pushWarning(self.tr("Travel times and the overlap need both the antennas and the prepared "
                                         "network: not computed."))
        if matrix is not None and len(frame):
            nearest = np.min(matrix, axis=1)
            arg = np.argmin(matrix, axis=1)
            frame["minutes"] = np.where(np.isfinite(nearest), nearest, np.nan)
            frame["nearest_antenna"] = [names[j] if math.isfinite(t) else "" for j, t in zip(arg, nearest)]
            frame["within_reach"] = (frame["minutes"] <= max_minutes) if max_minutes > 0 else False
        else:
            frame["minutes"] = np.nan
            frame["nearest_antenna"] = ""
            frame["within_reach"] = False
        keep = frame["in_territory"] | frame["within_reach"]
        frame = frame[keep]
        geoms = [g for g, k in zip(geoms, keep) if k]
        if matrix is not None:
            matrix = matrix[keep.to_numpy()]
        frame = frame.reset_index(drop=True)
        feedback.pushInfo(self.tr("{} structures in the territory or within reach.").format(len(frame)))
        feedback.setProgress(40)

        holders = self._holders(parameters, context)
        frame = siae_register.match_contract_holders(frame, holders)
        own_kind = KINDS[self.parameterAsEnum(parameters, self.OWN_KIND, context)]
        own_siret = insee_codes.siret_code(self.parameterAsString(parameters, self.OWN_SIRET, context))
        frame["same_kind"] = frame["kind"].eq(own_kind) & frame["siret"].ne(own_siret or "-")
        catalogue = load_catalogue()
        lang = publishing.ui_language()
        frame["activity"] = frame["naf"].map(lambda c: catalogue.label("naf", c, lang))
        frame["kind_label"] = frame["kind"].map(
            lambda k: siae_register.KIND_LABELS.get(k, ("", ""))[0 if lang == "fr" else 1])

        # catchment overlap
        polygons, overlap_km2 = {}, np.zeros(len(frame))
        others = []
        if net is not None and max_minutes > 0:
            polygons, overlap_km2, others = self._overlap(net, site_pts, frame, geoms, crs, context, max_minutes,
                                                         feedback)
        frame["overlap_km2"] = overlap_km2
        feedback.setProgress(85)

        taken = {n for n, _k in BASE_SPEC + CONTRACT_SPEC}
        time_fields = [(field_table.safe_field_name("min_" + n, taken), "double") for n in names]
        spec = BASE_SPEC + CONTRACT_SPEC + time_fields
        fields = ec.make_fields(spec)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.Point, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for i, rec in enumerate(frame.to_dict("records")):
            if matrix is not None:
                for (fname, _k), t in zip(time_fields, matrix[i]):
                    rec[fname] = float(t) if math.isfinite(t) else None
            ec.add_feature(sink, fields, spec, rec, geoms[i])
        del sink
        ofields = ec.make_fields(OVERLAP_SPEC)
        osink, odest = self.parameterAsSink(parameters, self.OUTPUT_OVERLAP, context, ofields,
                                            QgsWkbTypes.Type.MultiPolygon, crs)
        if osink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_OVERLAP))
        for code, (geom, names_in) in sorted(polygons.items()):
            ec.add_feature(osink, ofields, OVERLAP_SPEC,
                           {"n_other": code - 1, "others": names_in, "kind": own_kind, "minutes": max_minutes,
                            "area_km2": geom.area() / 1e6}, geom)
        del osink
        if net is None or max_minutes <= 0:
            feedback.pushInfo(self.tr("No catchment overlap: it needs the antennas, the network and a maximum time."))
        meta = {"sources": "Plateforme de l'inclusion / ASP ({})".format(Path(path).name), "mode": "car",
                "bands": [max_minutes] if max_minutes > 0 else None, "own_kind": own_kind, "kinds": kinds or "all",
                "counts": register.counts, "others": others}
        publishing.finish(self, context, feedback, dest, "siae_register", meta)
        publishing.finish(self, context, feedback, odest, "siae_overlap", meta)
        return {self.OUTPUT: dest, self.OUTPUT_OVERLAP: odest, "N_STRUCTURES": len(frame)}

    def _overlap(self, net, site_pts, frame, geoms, crs, context, minutes, feedback) -> tuple:
        """({code: (geometry in crs, names)} with code = 1 + number of other structures of the same kind
        reaching the place, overlap km² per structure, names of the others)."""
        offspeed = routing.WALK_KMH
        own_snaps = ne.snap_points(net, site_pts, "car", 500.0)
        if not any(s.ok for s in own_snaps):
            feedback.pushWarning(self.tr("No antenna lies within 500 m of the network: no catchment overlap."))
            return {}, np.zeros(len(frame)), []
        own = ne.isochrone_raster(net, "car", own_snaps, [minutes], False, OFFNET_M, offspeed, CELL_M, feedback)
        if own is None:
            return {}, np.zeros(len(frame)), []
        mask = own.codes > 0
        count = np.zeros(own.codes.shape, dtype=np.int64)
        cell = own.grid.cell
        gr0, gc0 = int(round(-own.grid.y0 / cell)), int(round(own.grid.x0 / cell))
        to_net = None if crs == net.crs else QgsCoordinateTransform(crs, net.crs, context.transformContext())
        overlap = np.zeros(len(frame))
        reached = []  # (name, rows, cols) of the own-catchment cells each other structure reaches
        for i in np.flatnonzero(frame["same_kind"].to_numpy()):
            if feedback.isCanceled():
                break
            g = geoms[i]
            if g is None:
                continue
            p = g.asPoint()
            if to_net is not None:
                p = to_net.transform(p)
            snap = ne.snap_points(net, [(p.x(), p.y())], "car", 500.0)
            if not snap[0].ok:
                continue
            res = ne.isochrone_raster(net, "car", snap, [minutes], False, OFFNET_M, offspeed, CELL_M, feedback)
            if res is None:
                continue
            rows, cols = np.nonzero(res.codes > 0)
            rows = rows + int(round(-res.grid.y0 / cell)) - gr0
            cols = cols + int(round(res.grid.x0 / cell)) - gc0
            ok = (rows >= 0) & (rows < count.shape[0]) & (cols >= 0) & (cols < count.shape[1])
            rows, cols = rows[ok], cols[ok]
            inside = mask[rows, cols]
            count[rows[inside], cols[inside]] += 1
            overlap[i] = inside.sum() * cell * cell / 1e6
            if inside.any():
                reached.append((frame.at[i, "name"] or frame.at[i, "siret"], rows[inside], cols[inside]))
        codes = np.where(mask, count + 1, 0)
        names = [name for name, _r, _c in reached]
        result = ne.IsoResult(own.grid, own.times, own.labels, codes, 0)
        back = None if crs == net.crs else QgsCoordinateTransform(net.crs, crs, context.transformContext())
        out = {}
        for code, geom in ne.code_polygons(result, feedback).items():
            if back is not None:
                geom.transform(back)
            here = [name for name, r, c in reached if code > 1 and (codes[r, c] == code).any()]
            out[int(code)] = (geom, ", ".join(here))
        return out, overlap, names
