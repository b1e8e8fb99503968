"""coodiag:antennasiting — where to open an antenna: location-allocation of the potential beneficiaries on
real travel times (the solvers and the travel-time matrix are in analysis/siting.py)."""
from __future__ import annotations

import math
import time

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)

from ..coodiag_plugin.toolbelt import compat
from . import coverage_tools, diagnostic, network_engine as ne, publishing, schema
from .analysis import coverage, insee_codes, routing, siting
from .base import CoodiagAlgorithm
from .isochrones import read_network

MODELS = ("coverage", "pmedian", "setcover")
#: the models' names in captions (English, French), independent of the interface language
MODEL_NAMES = {"coverage": ("maximal coverage", "couverture maximale"),
               "pmedian": ("shortest mean travel time", "temps de trajet moyen le plus court"),
               "setcover": ("everyone covered with the fewest antennas",
                            "tout le monde couvert avec le moins d'antennes")}
CANDIDATE_SOURCES = ("points", "communes", "qpv", "hubs", "cells")
DEMAND_MEASURES = ("field", "unmet")
WEIGHT_FIELDS = ("potential", "ind", "weight", "poids", "population", "pop")
NAME_FIELDS = ("nom", "name", "libelle", "nom_com", "nom_qp", "lib_qp", "stop_name")
QPV_FIELDS = ("code_qp", "code_qpv", "qp", "nom_qp")
CELL_FIELDS = ("idcar", "idcar_200m", "idinspire", "id")


def _pick(names, candidates) -> str:
    lower = {n.lower(): n for n in names}
    for c in candidates:
        if c in lower:
            return lower[c]
    return ""


def _point(geom):
    """A point of a geometry: itself, the first of a multipoint, else its point on surface (None if empty)."""
    if geom is None or geom.isEmpty():
        return None
    if geom.type() != QgsWkbTypes.GeometryType.PointGeometry:
        geom = geom.pointOnSurface()
        if geom is None or geom.isEmpty():
            return None
    return geom.asMultiPoint()[0] if geom.isMultipart() else geom.asPoint()


class AntennaSitingAlgorithm(CoodiagAlgorithm):
    GROUP_ID = "analysis"
    NETWORK = "NETWORK"
    DEMAND = "DEMAND"
    DEMAND_FIELD = "DEMAND_FIELD"
    DEMAND_MEASURE = "DEMAND_MEASURE"
    ANTENNAS = "ANTENNAS"
    ANTENNA_ID = "ANTENNA_ID"
    CANDIDATE_SOURCE = "CANDIDATE_SOURCE"
    CANDIDATES = "CANDIDATES"
    CANDIDATE_ID = "CANDIDATE_ID"
    COMMUNES = "COMMUNES"
    QPV = "QPV"
    STOPS = "STOPS"
    N_CANDIDATES = "N_CANDIDATES"
    MODE = "MODE"
    STANDARD = "STANDARD"
    P_MIN = "P_MIN"
    P_MAX = "P_MAX"
    MODEL = "MODEL"
    HORIZON = "HORIZON"
    TOLERANCE = "TOLERANCE"
    OFFNET_DISTANCE = "OFFNET_DISTANCE"
    OFFNET_SPEED = "OFFNET_SPEED"
    OUTPUT = "OUTPUT"
    OUTPUT_SCENARIOS = "OUTPUT_SCENARIOS"
    OUTPUT_CATCHMENTS = "OUTPUT_CATCHMENTS"

    def name(self) -> str:
        return "antennasiting"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Where to open an antenna (location-allocation)")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Where would one, two or more new antennas reach the most potential beneficiaries that the existing "
            "antennas do not reach? Ranks candidate sites on real travel times over the road network (never "
            "straight lines), the existing antennas staying open in every scenario.\n\n"
            "Models: maximal coverage (default: the share of the potential beneficiaries within S minutes of an "
            "antenna, as large as possible), p-median (the mean travel time of the potential beneficiaries, as "
            "small as possible; a place no antenna reaches within the horizon counts the horizon time) and set "
            "covering (information: the fewest new antennas so that everyone some site can reach within S is "
            "covered). The scenario table gives every model for every number of new antennas p side by side; "
            "the sites and the catchments are those of the chosen model.\n\n"
            "Demand: points or polygons (their point on surface) with a weight — the potential beneficiaries "
            "per Filosofi cell or per commune (field potential of “Potential beneficiaries”), any weighted "
            "layer, or the unmet potential of “Zones with unmet potential”: potential × (1 − ratio), i.e. the "
            "potential beneficiaries the SIAE's employees do not yet represent (zones whose ratio is secret "
            "count at their full potential). A demand built from the SIAE's employees (the unmet potential, or "
            "a table the diagnostic records as such) makes the outputs aggregates of personal data (recorded "
            "as such). A place whose weight is unknown (NULL: a zone the population data cover only in part or "
            "not at all, class no_data of “Zones with unmet potential”) is left out of the demand, never counted "
            "as 0: such places are counted and named in the log and in the outputs' metadata (demand_no_data), "
            "and every covered share is a share of the known demand.\n\n"
            "Candidate sites: a point layer, or generated: the communes' centres (point on surface), the QPV "
            "(point on surface), the busiest public transport stops (“Load a GTFS feed” stops: most departures, "
            "one per stop name) or the most populated demand cells.\n\n"
            "Travel times: one shortest-path search per site on the reversed network (home → antenna), up to "
            "the horizon (default 2 × S); places and sites join the nearest road open to the mode within the "
            "snapping tolerance, the gap walked at the off-network speed.\n\n"
            "Solvers: exact integer programming (HiGHS, through SciPy) when SciPy is installed; otherwise, and "
            "for large p-median instances, a heuristic (greedy + vertex substitution, several starts) whose "
            "gap to a proven lower bound (Lagrangian or linear relaxation) is computed. The log and the scenario "
            "table say which solver ran and the proven gap (0 = optimal).\n\n"
            "Outputs: the proposed sites (rank = order of selection, added = potential beneficiaries newly "
            "within S when the site is added in that order, served = those for whom it is the nearest "
            "antenna), the scenario table (covered share, mean and 90th-percentile time, beneficiaries newly "
            "covered, solver, gap) and the catchments (within S) of the antennas of the best scenario (the "
            "largest p of the chosen model).")

    def initAlgorithm(self, config=None):  # noqa: N802
        def add(p, help_text, advanced=False):
            p.setHelp(help_text)
            if advanced:
                p.setFlags(p.flags() | compat.PARAM_ADVANCED)
            self.addParameter(p)

        add(QgsProcessingParameterVectorLayer(self.NETWORK, self.tr("Road network"),
                                              [QgsProcessing.SourceType.TypeVectorLine]),
            self.tr("A prepared network (from “Build a routable network”), or a raw road layer prepared on the fly."))
        add(QgsProcessingParameterFeatureSource(self.DEMAND, self.tr("Demand (potential beneficiaries)"),
                                                [QgsProcessing.SourceType.TypeVectorPoint,
                                                 QgsProcessing.SourceType.TypeVectorPolygon]),
            self.tr("Points or polygons with a weight: “Potential beneficiaries” per cell or per commune, "
                    "“Zones with unmet potential”, or any weighted layer. Polygons count at their point on surface."))
        add(QgsProcessingParameterField(self.DEMAND_FIELD, self.tr("Demand weight field"),
                                        parentLayerParameterName=self.DEMAND, optional=True,
                                        type=QgsProcessingParameterField.DataType.Numeric),
            self.tr("Empty: potential, else ind. A NULL weight (no data) leaves the place out of the demand, listed "
                    "in the log, never counted as 0; negative values are refused."))
        add(QgsProcessingParameterEnum(self.DEMAND_MEASURE, self.tr("Demand measure"),
                                       options=[self.tr("The weight field"),
                                                self.tr("Unmet potential (output of “Zones with unmet potential”)")],
                                       defaultValue=0),
            self.tr("Unmet potential = potential × (1 − ratio), secret zones at their full potential; it derives "
                    "from the SIAE's employees, so the outputs are aggregates of personal data."))
        add(QgsProcessingParameterFeatureSource(self.ANTENNAS, self.tr("Existing antennas"),
                                                [QgsProcessing.SourceType.TypeVectorPoint], optional=True),
            self.tr("Kept open in every scenario. Empty: no antenna yet."))
        add(QgsProcessingParameterField(self.ANTENNA_ID, self.tr("Antenna name field"),
                                        parentLayerParameterName=self.ANTENNAS, optional=True),
            self.tr("Name copied to the catchments (default: antenne, name, nom, else the feature id)."))
        add(QgsProcessingParameterEnum(self.CANDIDATE_SOURCE, self.tr("Candidate sites"),
                                       options=[self.tr("A point layer"), self.tr("Commune centres"),
                                                self.tr("QPV (priority neighbourhoods)"),
                                                self.tr("Busiest public transport stops"),
                                                self.tr("Most populated demand cells")], defaultValue=1),
            self.tr("Where a new antenna may open. Generated candidates come from the layer given below."))
        add(QgsProcessingParameterFeatureSource(self.CANDIDATES, self.tr("Candidate points"),
                                                [QgsProcessing.SourceType.TypeVectorPoint], optional=True),
            self.tr("For “A point layer”: premises on offer, partners' offices…"))
        add(QgsProcessingParameterField(self.CANDIDATE_ID, self.tr("Candidate name field"),
                                        parentLayerParameterName=self.CANDIDATES, optional=True),
            self.tr("Name copied to the outputs (default: a name field, else the feature id)."))
        add(QgsProcessingParameterFeatureSource(self.COMMUNES, self.tr("Communes"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon], optional=True),
            self.tr("For “Commune centres”: one candidate per commune, at its point on surface."))
        add(QgsProcessingParameterFeatureSource(self.QPV, self.tr("QPV"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon], optional=True),
            self.tr("For “QPV”: the quartiers prioritaires (ANCT contours), one candidate each."))
        add(QgsProcessingParameterFeatureSource(self.STOPS, self.tr("Public transport stops"),
                                                [QgsProcessing.SourceType.TypeVectorPoint], optional=True),
            self.tr("For “Busiest public transport stops”: the stops of “Load a GTFS feed” (field departures)."))
        add(QgsProcessingParameterNumber(self.N_CANDIDATES, self.tr("Number of generated candidates"),
                                         QgsProcessingParameterNumber.Type.Integer, 30, minValue=1, maxValue=2000),
            self.tr("For the busiest stops and the most populated cells: how many become candidates."))
        add(QgsProcessingParameterEnum(self.MODE, self.tr("Mode"),
                                       options=[self.tr("Car"), self.tr("Walk"), self.tr("Bike")], defaultValue=0),
            self.tr("Which costs of the prepared network are used."))
        add(QgsProcessingParameterNumber(self.STANDARD, self.tr("Service standard S (minutes)"),
                                         QgsProcessingParameterNumber.Type.Double, 20.0, minValue=1.0,
                                         maxValue=180.0),
            self.tr("A potential beneficiary is covered when an antenna is within S minutes."))
        add(QgsProcessingParameterNumber(self.P_MIN, self.tr("Fewest new antennas"),
                                         QgsProcessingParameterNumber.Type.Integer, 1, minValue=1, maxValue=50),
            self.tr("Scenarios are computed for every number of new antennas from this one…"))
        add(QgsProcessingParameterNumber(self.P_MAX, self.tr("Most new antennas"),
                                         QgsProcessingParameterNumber.Type.Integer, 3, minValue=1, maxValue=50),
            self.tr("…to this one (at most the number of candidates)."))
        add(QgsProcessingParameterEnum(self.MODEL, self.tr("Model of the proposed sites"),
                                       options=[self.tr("Maximal coverage"), self.tr("p-median (mean travel time)"),
                                                self.tr("Set covering (fewest antennas to cover everyone)")],
                                       defaultValue=0),
            self.tr("The scenario table always compares the three models; the sites and catchments follow this one."))
        add(QgsProcessingParameterNumber(self.HORIZON, self.tr("Horizon (minutes, 0 = 2 × S)"),
                                         QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0, maxValue=240.0),
            self.tr("Largest travel time computed; p-median counts places beyond it at this time."), True)
        add(QgsProcessingParameterNumber(self.TOLERANCE, self.tr("Snapping tolerance (m)"),
                                         QgsProcessingParameterNumber.Type.Double, 500.0, minValue=0.0),
            self.tr("Places and sites farther than this from a road open to the mode are not reached."), True)
        add(QgsProcessingParameterNumber(self.OFFNET_DISTANCE, self.tr("Off-network walking distance (m)"),
                                         QgsProcessingParameterNumber.Type.Double, 200.0, minValue=0.0,
                                         maxValue=2000.0),
            self.tr("Catchment polygons: how far from a reached road a place still counts as reached."), True)
        add(QgsProcessingParameterNumber(self.OFFNET_SPEED, self.tr("Off-network walking speed (km/h)"),
                                         QgsProcessingParameterNumber.Type.Double, routing.WALK_KMH, minValue=0.5),
            self.tr("Speed of the walk between a place or a site and the road."), True)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Proposed antenna sites"),
                                                            QgsProcessing.SourceType.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_SCENARIOS, self.tr("Siting scenarios"),
                                                            QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_CATCHMENTS, self.tr("Catchments of the best scenario"),
            QgsProcessing.SourceType.TypeVectorPolygon, optional=True, createByDefault=True))

    # ---- inputs ----------------------------------------------------------------------------------------
    def read_demand(self, parameters, context, crs, feedback) -> dict:
        source = self.source_or_raise(parameters, self.DEMAND, context)
        self.require_crs(source, self.tr("demand"))
        names = [f.name() for f in source.fields()]
        measure = DEMAND_MEASURES[self.parameterAsEnum(parameters, self.DEMAND_MEASURE, context)]
        field = self.field_of(source, self.parameterAsString(parameters, self.DEMAND_FIELD, context),
                              self.tr("demand"))
        if measure == "unmet":
            self.require_fields(source, ("potential", "ratio"), self.tr("demand"))
            field = _pick(names, ("potential",))
            ratio_field = _pick(names, ("ratio",))
        else:
            field = field or _pick(names, WEIGHT_FIELDS)
            if not field:
                numeric = [f.name() for f in source.fields() if compat.is_numeric(f)]
                raise QgsProcessingException(self.tr(
                    "Choose the demand weight field: the layer has no field potential or ind (numeric fields: "
                    "{}).").format(", ".join(numeric) or "-"))
            ratio_field = ""
        tr = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        pts, weights, ids = [], [], []
        no_geom = 0
        no_data = []  # labels of the places whose weight is unknown (NULL, class no_data): left out, never 0
        id_field = _pick(names, CELL_FIELDS + ("insee_com", "code_insee", "nom"))
        class_field = _pick(names, ("class",))
        fields = source.fields()
        for f in source.getFeatures():
            if feedback.isCanceled():
                break
            p = _point(f.geometry())
            if p is None:
                no_geom += 1
                continue
            value = compat.py_value(f[field])
            if value is None or (class_field and compat.py_value(f[class_field]) == "no_data"):
                no_data.append(self.demand_label(fields, f, id_field))
                continue
            try:
                w = float(value)
            except (TypeError, ValueError):
                raise QgsProcessingException(self.tr("The demand field {} holds a non-numeric value ({}).").format(
                    field, value)) from None
            if measure == "unmet":
                ratio = compat.py_value(f[ratio_field])
                w = w if ratio is None else w * max(0.0, 1.0 - float(ratio))
            q = self.to_network(tr, p, self.tr("demand"))
            pts.append((q.x(), q.y()))
            weights.append(w)
            ids.append(str(compat.py_value(f[id_field])) if id_field else str(f.id()))
        weights = np.asarray(weights, dtype=float)
        if (weights < 0).any() or not np.isfinite(weights).all():
            raise QgsProcessingException(self.tr(
                "The demand field {} has {} negative or invalid value(s): the demand must be a count of people "
                "(0 or more).").format(field, int((~(weights >= 0)).sum())))
        if no_geom:
            feedback.pushWarning(self.tr("{} demand feature(s) without geometry ignored.").format(no_geom))
        if not weights.size and no_data:
            raise QgsProcessingException(self.tr(
                "The weight ({}) of every demand place is unknown (NULL: the population data do not cover them): "
                "there is no demand to serve. Check the coverage of the Filosofi grid and the census over the "
                "zones, or choose another weight field.").format(field))
        if no_data:
            feedback.pushWarning(self.tr(
                "No data for {} demand place(s) (NULL {}: the population data cover them only in part or not at "
                "all): left out of the demand, not counted as 0 — the covered shares are shares of the known "
                "demand: {}.").format(len(no_data), field, coverage.join_labels(no_data)))
        return {"pts": pts, "w": weights, "ids": ids, "field": field, "measure": measure, "source": source,
                "no_data": no_data}

    @staticmethod
    def demand_label(fields, feature, id_field: str) -> str:
        """The label of a demand place for the log and the metadata: its zone name or code
        (coverage_tools.zone_labels), else its id field, else « #fid »."""
        label = coverage_tools.zone_labels(fields, [feature.attributes()])[0]
        if label != "#1":
            return label
        value = compat.py_value(feature[id_field]) if id_field else None
        return str(value) if value not in (None, "") else "#{}".format(feature.id())

    def read_antennas(self, parameters, context, crs, feedback) -> tuple:
        source = self.parameterAsSource(parameters, self.ANTENNAS, context)
        if source is None:
            return [], []
        self.require_crs(source, self.tr("antennas"))
        names = [f.name() for f in source.fields()]
        id_field = self.parameterAsString(parameters, self.ANTENNA_ID, context) or \
            _pick(names, ("antenne", "antenna", "name", "nom"))
        return self._points(source, id_field, crs, context, feedback, self.tr("antenna {}"), self.tr("antennas"))

    def to_network(self, transform, point, label):
        """`point` in the network CRS; a point the CRS cannot project stops the run with a clear message."""
        try:
            q = transform.transform(QgsPointXY(point))
        except QgsCsException:
            q = None
        if q is None or not (math.isfinite(q.x()) and math.isfinite(q.y())):
            raise QgsProcessingException(self.tr(
                "A point of the {} layer cannot be reprojected to the network's CRS: check the layer's CRS (Layer "
                "properties ▸ Source).").format(label))
        return q

    def _points(self, source, id_field, crs, context, feedback, default_label, label="") -> tuple:
        id_field = self.field_of(source, id_field, label)  # typed in a model or qgis_process: checked
        tr = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        ids, pts = [], []
        for f in source.getFeatures():
            if feedback.isCanceled():
                break
            p = _point(f.geometry())
            if p is None:
                continue
            q = self.to_network(tr, p, label or source.sourceName())
            value = compat.py_value(f[id_field]) if id_field else None
            ids.append(str(value) if value not in (None, "") else default_label.format(f.id()))
            pts.append((q.x(), q.y()))
        return ids, pts

    def read_candidates(self, parameters, context, crs, demand, feedback) -> tuple:
        kind = CANDIDATE_SOURCES[self.parameterAsEnum(parameters, self.CANDIDATE_SOURCE, context)]
        n_max = self.parameterAsInt(parameters, self.N_CANDIDATES, context)
        if kind == "cells":
            order = np.argsort(-demand["w"], kind="stable")[:n_max]
            order = order[demand["w"][order] > 0]
            return kind, [demand["ids"][i] for i in order.tolist()], [demand["pts"][i] for i in order.tolist()]
        param, label = {"points": (self.CANDIDATES, self.tr("candidate points")),
                        "communes": (self.COMMUNES, self.tr("communes")), "qpv": (self.QPV, self.tr("QPV")),
                        "hubs": (self.STOPS, self.tr("public transport stops"))}[kind]
        source = self.parameterAsSource(parameters, param, context)
        if source is None:
            raise QgsProcessingException(self.tr(
                "The candidate sites are “{}”: give the layer {}.").format(label, param))
        if source.featureCount() == 0:
            raise QgsProcessingException(self.tr("The layer of the candidate sites ({}) is empty.").format(label))
        self.require_crs(source, label)
        names = [f.name() for f in source.fields()]
        if kind == "points":
            id_field = self.parameterAsString(parameters, self.CANDIDATE_ID, context) or _pick(names, NAME_FIELDS)
            ids, pts = self._points(source, id_field, crs, context, feedback, self.tr("site {}"), label)
        elif kind == "communes":
            id_field = _pick(names, NAME_FIELDS) or insee_codes.detect_field(names, insee_codes.COMMUNE_FIELDS) or ""
            ids, pts = self._points(source, id_field, crs, context, feedback, self.tr("commune {}"), label)
        elif kind == "qpv":
            id_field = _pick(names, ("nom_qp", "lib_qp") + QPV_FIELDS)
            ids, pts = self._points(source, id_field, crs, context, feedback, self.tr("QPV {}"), label)
        else:
            dep_field = _pick(names, ("departures",))
            if not dep_field:
                raise QgsProcessingException(self.tr(
                    "The stops layer has no field departures: give the stops written by “Load a GTFS feed”."))
            name_field = _pick(names, ("name", "stop_name", "stop_id"))
            rows = []
            tr = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
            for f in source.getFeatures():
                p = _point(f.geometry())
                dep = compat.py_value(f[dep_field])
                if p is None or dep is None:
                    continue
                q = self.to_network(tr, p, label)
                name = str(compat.py_value(f[name_field])) if name_field else str(f.id())
                rows.append((-int(dep), name, f.id(), (q.x(), q.y())))
            best = {}
            for row in sorted(rows):  # busiest first; one per stop name (both sides of the street)
                best.setdefault(row[1], row)
            chosen = sorted(best.values())[:n_max]
            ids, pts = [r[1] for r in chosen], [r[3] for r in chosen]
        if not pts:
            raise QgsProcessingException(self.tr("No candidate site has a geometry ({}).").format(label))
        return kind, ids, pts

    # ---- helpers -------------------------------------------------------------------------------------------
    @staticmethod
    def same_link_pairs(net, mode, d_snaps, f_snaps, offnet_ms, limit) -> tuple:
        """(demand rows, facilities, seconds) of the trips along a link a place and a site share (the
        node-based search counts them through the link's ends)."""
        fw, bw = net.cost(mode)
        on_link = {}
        for k, s in enumerate(f_snaps):
            if s is None or not s.ok:
                continue
            access = s.dist / offnet_ms if offnet_ms > 0 else 0.0
            for e, frac in s.places():
                on_link.setdefault(e, []).append((k, frac, access))
        rows, cols, times = [], [], []
        for j, s in enumerate(d_snaps):
            if not s.ok:
                continue
            access = s.dist / offnet_ms if offnet_ms > 0 else 0.0
            for e, g in s.places():
                for k, frac, f_access in on_link.get(e, ()):
                    d = frac - g
                    c = d * fw[e] if d >= 0 else -d * bw[e]
                    if np.isfinite(c) and access + c + f_access <= limit:
                        rows.append(j)
                        cols.append(k)
                        times.append(access + c + f_access)
        return rows, cols, times

    def error_text(self, err: siting.SitingError, standard: float, mode_label: str, p_max: int, n_cand: int) -> str:
        code = err.code
        if code == "no_candidate_reachable":
            return self.tr("No candidate site reaches, within {:g} min {}, potential beneficiaries that the existing "
                           "antennas leave uncovered, nor serves anyone faster than they do: add candidates closer to "
                           "the uncovered demand, raise the service standard, or check the network and the "
                           "CRS.").format(standard, mode_label)
        if code == "p_too_large":
            return self.tr("You ask for up to {} new antennas but only {} candidate site(s) could be placed on the "
                           "network: lower “Most new antennas” or add candidates.").format(p_max, n_cand)
        if code == "zero_demand":
            return self.tr("The demand sums to zero: no potential beneficiary to reach. Check the weight field "
                           "(and, for the unmet potential, that some zone is under-reached).")
        if code == "all_covered":
            return self.tr("Every potential beneficiary is already within {:g} min {} of an existing antenna: a new "
                           "antenna would add nothing at this service standard (try a shorter one).").format(
                standard, mode_label)
        if code == "bad_weights":
            return self.tr("The demand has negative or invalid weights: it must be a count of people.")
        if code == "bad_p":
            return self.tr("The numbers of new antennas must be whole numbers of at least 1.")
        return self.tr("The service standard must be positive and within the horizon.")

    # ---- run ------------------------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        t0 = time.perf_counter()
        mode = routing.MODES[self.parameterAsEnum(parameters, self.MODE, context)]
        mode_label = schema.MODE_NAMES[mode][1 if publishing.ui_language() == "fr" else 0]
        standard = self.parameterAsDouble(parameters, self.STANDARD, context)
        p_min = self.parameterAsInt(parameters, self.P_MIN, context)
        p_max = self.parameterAsInt(parameters, self.P_MAX, context)
        if p_max < p_min:
            raise QgsProcessingException(self.tr("“Most new antennas” ({}) is below “Fewest new antennas” ({}).")
                                         .format(p_max, p_min))
        model = MODELS[self.parameterAsEnum(parameters, self.MODEL, context)]
        horizon = self.parameterAsDouble(parameters, self.HORIZON, context) or min(240.0, 2.0 * standard)
        if horizon < standard:
            raise QgsProcessingException(self.tr("The horizon ({:g} min) is shorter than the service standard "
                                                 "({:g} min).").format(horizon, standard))
        tolerance = self.parameterAsDouble(parameters, self.TOLERANCE, context)
        offnet = self.parameterAsDouble(parameters, self.OFFNET_DISTANCE, context)
        offspeed = self.parameterAsDouble(parameters, self.OFFNET_SPEED, context)
        offnet_ms = offspeed / 3.6
        net, _how = read_network(self, parameters, self.NETWORK, context, feedback)
        feedback.setProgress(5)
        demand = self.read_demand(parameters, context, net.crs, feedback)
        a_ids, a_pts = self.read_antennas(parameters, context, net.crs, feedback)
        kind, c_ids, c_pts = self.read_candidates(parameters, context, net.crs, demand, feedback)
        if feedback.isCanceled():
            return {}
        d_snaps = ne.snap_points(net, demand["pts"], mode, tolerance)
        a_snaps = ne.snap_points(net, a_pts, mode, tolerance)
        c_snaps = ne.snap_points(net, c_pts, mode, tolerance)
        lost_a = [i for i, s in zip(a_ids, a_snaps) if not s.ok]
        if lost_a:
            feedback.reportError(self.tr("{} existing antenna(s) farther than {:g} m from a road open to this mode "
                                         "cannot serve anyone: {}.").format(len(lost_a), tolerance, ", ".join(lost_a)))
        lost_c = [i for i, s in zip(c_ids, c_snaps) if not s.ok]
        if lost_c:
            feedback.pushWarning(self.tr("{} candidate site(s) farther than {:g} m from a road open to this mode are "
                                         "left out: {}.").format(len(lost_c), tolerance, ", ".join(lost_c[:20])))
        # facilities: the existing antennas, then the placed candidates
        fac_ids = list(a_ids) + [i for i, s in zip(c_ids, c_snaps) if s.ok]
        fac_snaps = list(a_snaps) + [s for s in c_snaps if s.ok]
        fac_pts = list(a_pts) + [p for p, s in zip(c_pts, c_snaps) if s.ok]
        existing = np.array([True] * len(a_ids) + [False] * (len(fac_ids) - len(a_ids)), dtype=bool)
        n_cand = int((~existing).sum())
        if n_cand == 0:
            raise QgsProcessingException(self.tr("No candidate site is within {:g} m of a road open to this mode: "
                                                 "check the CRS of the candidates or raise the snapping tolerance.")
                                         .format(tolerance))
        w = demand["w"]
        off_net = np.array([not s.ok for s in d_snaps], dtype=bool)
        if off_net.any():
            feedback.pushWarning(self.tr("{} demand place(s) ({:.0f} potential beneficiaries, {:.1%}) are farther "
                                         "than {:g} m from a road open to this mode: never reached.").format(
                int(off_net.sum()), float(w[off_net].sum()), float(w[off_net].sum() / max(w.sum(), 1e-300)),
                tolerance))
        limit = horizon * 60.0
        f_ok = [k for k, s in enumerate(fac_snaps) if s.ok]
        d_ok = [j for j, s in enumerate(d_snaps) if s.ok]
        fseeds = ne.seeds_for(net, mode, [fac_snaps[k] for k in f_ok], f_ok, offnet_ms, reverse=True)
        dseeds = ne.seeds_for(net, mode, [d_snaps[j] for j in d_ok], d_ok, offnet_ms, reverse=False)
        t1 = time.perf_counter()

        def matrix_progress(fraction):
            feedback.setProgress(10 + 55 * fraction)
            return feedback.isCanceled()

        try:
            matrix = siting.travel_time_matrix(net.graph(mode, reverse=True), fseeds, dseeds, len(fac_ids), len(w),
                                               limit, progress=matrix_progress)
            rows, cols, times = self.same_link_pairs(net, mode, d_snaps, fac_snaps, offnet_ms, limit)
            if rows:
                matrix = matrix.with_pairs(rows, cols, times)
        except siting.SitingError:
            return {}
        feedback.pushInfo(self.tr("Travel times: {} place–site pairs within {:g} min ({} sites, {} places) in "
                                  "{:.1f} s.").format(matrix.nnz, horizon, len(fac_ids), len(w),
                                                      time.perf_counter() - t1))

        def solve_progress(fraction):
            feedback.setProgress(65 + 20 * fraction)
            return feedback.isCanceled()

        t1 = time.perf_counter()
        try:
            result = siting.solve_scenarios(matrix, w, existing, standard * 60.0, range(p_min, p_max + 1),
                                            models=MODELS, progress=solve_progress)
        except siting.SitingError as err:
            if err.code == "cancelled":
                return {}
            raise QgsProcessingException(self.error_text(err, standard, mode_label, p_max, n_cand)) from None
        feedback.pushInfo(self.tr("Scenarios solved in {:.1f} s (SciPy/HiGHS {}).").format(
            time.perf_counter() - t1, self.tr("available") if siting.HAVE_SCIPY else self.tr("not installed: "
                                                                                          "numpy heuristic")))
        self.log_scenarios(result, feedback, fac_ids)
        if result.uncoverable_weight > 0:
            feedback.pushInfo(self.tr("{:.0f} potential beneficiaries are within {:g} min of no site at all (existing "
                                      "or candidate): no scenario can cover them.").format(
                result.uncoverable_weight, standard))
        aggregate = demand["measure"] == "unmet" or self.demand_privacy(parameters, context) != schema.PUBLIC
        sources = "; ".join(s for s in dict.fromkeys([
            publishing.source_text(context, parameters.get(self.DEMAND)),
            publishing.source_text(context, parameters.get(self.NETWORK))]) if s)
        meta = {"mode": mode, "mode_en": schema.MODE_NAMES[mode][0], "mode_fr": schema.MODE_NAMES[mode][1],
                "bands": [standard], "standard_min": standard, "horizon_min": horizon, "p": [p_min, p_max],
                "p_max": p_max, "model": model, "model_en": MODEL_NAMES[model][0], "model_fr": MODEL_NAMES[model][1],
                "candidates": kind, "demand_field": demand["field"],
                "demand_measure": demand["measure"], "sources": sources or None,
                **self.no_data_meta(demand["no_data"]),
                "solver": sorted({s.solver for s in result.scenarios}),
                "max_gap": max(s.gap for s in result.scenarios),
                "derived_from_personal_data": aggregate}
        chosen = [s for s in result.scenarios if s.model == model]
        best = chosen[-1]
        sites_dest = self.write_sites(parameters, context, chosen, fac_ids, fac_pts, kind, mode, standard, net.crs)
        scen_dest = self.write_scenarios(parameters, context, result, fac_ids, mode, standard)
        feedback.setProgress(88)
        catch_dest = self.write_catchments(parameters, context, feedback, net, mode, matrix, w, best, existing,
                                           fac_ids, fac_snaps, standard, offnet, offspeed, model)
        for dest, table in ((sites_dest, "siting_sites"), (scen_dest, "siting_scenarios"),
                            (catch_dest, "siting_catchments")):
            if not dest:
                continue
            publishing.finish(self, context, feedback, dest, table, meta)
            target = publishing.gpkg_target(dest)
            if aggregate and target is not None:  # the schema says public: this run derives from personal data
                recorded = diagnostic.registry(target[0]).get(target[1], {})
                diagnostic.record(target[0], target[1], table, self.id(), schema.AGGREGATE,
                                  recorded.get("metadata", meta))
        feedback.pushInfo(self.tr("Done in {:.1f} s.").format(time.perf_counter() - t0))
        feedback.setProgress(100)
        covered = best.covered_share * 100.0
        return {self.OUTPUT: sites_dest, self.OUTPUT_SCENARIOS: scen_dest, self.OUTPUT_CATCHMENTS: catch_dest,
                "N_CANDIDATES": n_cand, "N_DEMAND": len(w), "N_DEMAND_NO_DATA": len(demand["no_data"]),
                "BEST_COVERED_PCT": round(covered, 3),
                "BASELINE_COVERED_PCT": round(result.baseline.covered_share * 100.0, 3),
                "MAX_GAP": float(meta["max_gap"]), "UNREACHED": float(result.baseline.unreached_weight)}

    @staticmethod
    def no_data_meta(no_data) -> dict:
        """The metadata saying which demand places were left out for want of data: ``demand_no_data`` (their
        labels, always recorded, [] when none) and, when there are some, ``demand_no_data_n`` and a note for the
        captions ``{demand_note}`` (English and French, independent of the interface language)."""
        if not no_data:
            return {"demand_no_data": []}
        names = coverage.join_labels(no_data)
        return {"demand_no_data": list(no_data), "demand_no_data_n": len(no_data),
                "demand_note_en": "no data for {}: left out of the demand".format(names),
                "demand_note_fr": "pas de données pour {} : hors de la demande".format(names)}

    def demand_privacy(self, parameters, context) -> str:
        """The privacy class of the demand input when it is a table recorded in a diagnostic GeoPackage;
        public otherwise (a layer of the user's own)."""
        value = parameters.get(self.DEMAND)
        target = publishing.gpkg_target(value) if isinstance(value, str) else None
        if target is None and hasattr(value, "source"):
            layer_source = value.source() if callable(value.source) else None
            target = publishing.gpkg_target(layer_source) if isinstance(layer_source, str) else None
        if target is None:
            return schema.PUBLIC
        try:
            if target[1] not in diagnostic.registry(target[0]):
                return schema.PUBLIC
            return diagnostic.privacy_of(target[0], target[1])
        except Exception:  # noqa: BLE001 — an unreadable registry: judge by the table name
            entry = schema.find(target[1])
            return entry.privacy if entry is not None else schema.PUBLIC

    def log_scenarios(self, result, feedback, fac_ids) -> None:
        base = result.baseline
        feedback.pushInfo(self.tr("Existing antennas only: {:.1f} % of the potential within {:g} min, mean {:.1f} "
                                  "min.").format(100 * base.covered_share, result.standard_s / 60,
                                                 base.mean_time_s / 60))
        for sc in result.scenarios:
            names = ", ".join(fac_ids[s.facility] for s in sc.sites)
            feedback.pushInfo(self.tr("{} p={}: {:.1f} % covered (+{:.0f}), mean {:.1f} min, 90th percentile {:.1f} "
                                      "min — sites: {} — solver {}, bound {}, proven gap {:.4%}{}").format(
                sc.model, sc.p, 100 * sc.covered_share, sc.newly_covered, sc.mean_time_s / 60, sc.p90_time_s / 60,
                names or "-", sc.solver, sc.bound_method, sc.gap,
                "" if sc.proven_optimal else self.tr(" (not proven optimal)")))

    # ---- outputs ---------------------------------------------------------------------------------------------
    def write_sites(self, parameters, context, scenarios, fac_ids, fac_pts, kind, mode, standard, crs) -> str:
        fields = QgsFields()
        for name in ("site_id", "source", "model"):
            fields.append(compat.string_field(name))
        for name in ("p", "rank"):
            fields.append(compat.int_field(name))
        for name in ("added", "gain", "served", "served_s", "covered_pct", "mean_min"):
            fields.append(compat.double_field(name))
        fields.append(compat.string_field("mode"))
        fields.append(compat.double_field("standard_min"))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.Point, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for sc in scenarios:
            for s in sc.sites:
                f = QgsFeature(fields)
                x, y = fac_pts[s.facility]
                f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
                gain = s.gain / 60.0 if sc.model == "pmedian" else s.gain  # person-minutes saved | people
                f.setAttributes([fac_ids[s.facility], kind, sc.model, sc.p, s.rank, round(s.added_covered, 2),
                                 round(gain, 2), round(s.allocated, 2), round(s.allocated_covered, 2),
                                 round(100 * sc.covered_share, 3), round(sc.mean_time_s / 60, 3), mode, standard])
                sink.addFeature(f, QgsFeatureSink.Flag.FastInsert)
        del sink
        return dest

    def write_scenarios(self, parameters, context, result, fac_ids, mode, standard) -> str:
        fields = QgsFields()
        fields.append(compat.string_field("model"))
        fields.append(compat.int_field("p"))
        fields.append(compat.int_field("n_sites"))
        for name in ("covered_pct", "covered", "newly_covered", "mean_min", "p90_min"):
            fields.append(compat.double_field(name))
        fields.append(compat.bool_field("p90_beyond"))
        fields.append(compat.double_field("unreached"))
        fields.append(compat.string_field("solver"))
        fields.append(compat.string_field("bound"))
        fields.append(compat.double_field("gap_pct"))
        fields.append(compat.bool_field("proven"))
        fields.append(compat.string_field("sites"))
        fields.append(compat.string_field("mode"))
        fields.append(compat.double_field("standard_min"))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_SCENARIOS, context, fields,
                                          QgsWkbTypes.Type.NoGeometry, QgsCoordinateReferenceSystem())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_SCENARIOS))
        for sc in [result.baseline, *result.scenarios]:
            f = QgsFeature(fields)
            f.setAttributes([sc.model, sc.p, sc.n_sites, round(100 * sc.covered_share, 3), round(sc.covered_weight, 2),
                             round(sc.newly_covered, 2), round(sc.mean_time_s / 60, 3), round(sc.p90_time_s / 60, 3),
                             bool(sc.p90_beyond_limit), round(sc.unreached_weight, 2), sc.solver, sc.bound_method,
                             round(100 * sc.gap, 6), bool(sc.proven_optimal),
                             ", ".join(fac_ids[s.facility] for s in sc.sites), mode, standard])
            sink.addFeature(f, QgsFeatureSink.Flag.FastInsert)
        del sink
        return dest

    def write_catchments(self, parameters, context, feedback, net, mode, matrix, w, best, existing, fac_ids,
                         fac_snaps, standard, offnet, offspeed, model) -> str:
        if parameters.get(self.OUTPUT_CATCHMENTS) in (None, ""):
            return ""
        open_fac = [int(k) for k in np.nonzero(existing)[0] if fac_snaps[k].ok] + [s.facility for s in best.sites]
        rank = {s.facility: s.rank for s in best.sites}
        owner, seconds = siting.nearest_open(matrix, open_fac)
        fields = QgsFields()
        for name in ("site_id", "kind", "model"):
            fields.append(compat.string_field(name))
        for name in ("p", "rank", "band"):
            fields.append(compat.int_field(name))
        for name in ("minutes", "area_km2", "served_s"):
            fields.append(compat.double_field(name))
        fields.append(compat.string_field("mode"))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_CATCHMENTS, context, fields,
                                          QgsWkbTypes.Type.MultiPolygon, net.crs)
        if sink is None:
            return ""
        cell = 50.0 if mode == "car" else 25.0
        result = ne.isochrone_raster(net, mode, [fac_snaps[k] for k in open_fac], (standard,), True, offnet, offspeed,
                                     cell, feedback)
        polys = ne.code_polygons(result, feedback) if result is not None else {}
        for code in sorted(polys):
            site, _band = routing.decode(code, 1, True)
            k = open_fac[site]
            served = float(w[(owner == k) & (seconds <= standard * 60.0)].sum())
            geom = polys[code]
            f = QgsFeature(fields)
            f.setGeometry(geom)
            f.setAttributes([fac_ids[k], "existing" if existing[k] else "new", model, best.p, rank.get(k, 0), 1,
                             standard, round(geom.area() / 1e6, 4), round(served, 2), mode])
            sink.addFeature(f, QgsFeatureSink.Flag.FastInsert)
        del sink
        return dest
