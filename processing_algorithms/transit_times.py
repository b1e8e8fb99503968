"""coodiag:transittimes — origins (homes, Filosofi cells) → sites by walk + public transport + walk."""
from __future__ import annotations

import math
import time

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..coodiag_plugin.toolbelt import compat
from . import publishing
from . import transit_common as tc
from .analysis import transit
from .base import CoodiagAlgorithm
from .isochrones import site_ids

TR_CONTEXT = "CoodiagTransit"  # the context of the tc._t("…") calls below (scripts/i18n.py extracts them)


def compute(alg, parameters, context, feedback, origins, sites, origin_id, site_id, max_time_s):
    """Shared by transittimes and mobilitygap: (settings, walker, origin ids, site ids, ODResult, origin
    points usable (snapped or with coordinates))."""
    settings = tc.read_settings(alg, parameters, context, feedback, max_time_s)
    walker = tc.Walker(alg, parameters, context, feedback, settings)
    feedback.setProgress(20)

    def to_walker(source):
        crs = alg.require_crs(source, source.sourceName())
        return None if crs == walker.crs else QgsCoordinateTransform(crs, walker.crs, context.transformContext())

    o_ids, o_pts = site_ids(origins, origin_id, to_walker(origins), feedback)
    s_ids, s_pts = site_ids(sites, site_id, to_walker(sites), feedback)
    o_places = walker.points(o_pts)
    s_places = walker.points(s_pts)
    if walker.net is not None:
        bad = [sid for sid, s in zip(s_ids, s_places) if not s.ok]
        if bad:
            feedback.reportError(tc._t("{} site(s) farther than {:g} m from a walkable road, left out: {}.").format(
                len(bad), settings.tolerance, ", ".join(bad)))
        if not any(s.ok for s in s_places):
            raise QgsProcessingException(tc._t("No site is within {:g} m of the road network: check the CRS of "
                                               "the sites and the network, or raise the snapping tolerance.").format(
                settings.tolerance))
        o_ok = np.array([s.ok for s in o_places], bool)
    else:
        o_ok = np.array([math.isfinite(p[0]) for p in o_pts], bool)
    feedback.setProgressText(tc._t("Walking to the stops…"))
    p = settings.params
    access = walker.links(o_places, p.max_access_s)
    feedback.setProgress(45)
    egress = walker.links(s_places, p.max_egress_s)
    direct = walker.direct(o_places, s_places, max_time_s)
    feedback.setProgress(60)
    if feedback.isCanceled():
        return None
    feedback.setProgressText(tc._t("Searching the timetable…"))
    t0 = time.perf_counter()
    result = transit.origins_to_targets(settings.net, access, egress, settings.times, arrive_by=settings.arrive_by,
                                        params=p, direct_walk=direct, keep_minutes=True)
    feedback.pushInfo(tc._t("{} origin(s) × {} site(s) × {} minute(s) searched in {:.2f} s.").format(
        len(o_ids), len(s_ids), len(settings.times), time.perf_counter() - t0))
    has_stop = np.bincount(access.row, minlength=len(o_ids)) > 0
    return settings, walker, o_ids, s_ids, result, o_ok, has_stop


class TransitTimesAlgorithm(CoodiagAlgorithm):
    GROUP_ID = "analysis"
    ORIGINS = "ORIGINS"
    ORIGIN_ID = "ORIGIN_ID"
    SITES = "SITES"
    SITE_ID = "SITE_ID"
    TARGET = "TARGET"
    MAX_TIME = "MAX_TIME"
    THRESHOLD = "THRESHOLD"
    OUTPUT = "OUTPUT"

    def name(self):
        return "transittimes"

    def displayName(self):  # noqa: N802
        return self.tr("Transit travel times")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Travel times by public transport from origins (employees' homes, Filosofi cell centroids…) to the "
            "nearest site or to every site: walk to a stop, ride (with transfers), walk to the site — or walk "
            "all the way when it is faster.\n\n"
            "“Arrive by 08:30” over a 60-minute window finds, for every minute of the window, the latest "
            "departure that still arrives in time, and reports a percentile of these travel times (the median by "
            "default, like R5/r5py); “leave at” does the same for departures. Reported with it: the number of "
            "transfers, the walking time, the departure of the first vehicle, when to leave, and the share of the "
            "window's minutes with a path. Origins with no path within the maximum time are kept with status "
            "no_path (too_far: farther than the snapping tolerance from the road network).\n\n"
            "Walks follow the prepared road network when given (walking costs, at the walking speed), else "
            "straight lines × 1.3. Walking transfers join stops closer than the transfer distance; transfers.txt "
            "is used too.\n\n"
            "Output: one row per origin (nearest site) or per origin and site, with the origin's geometry. "
            "Point origins are persons: the table is personal data (not for maps). Polygon origins (Filosofi "
            "cells) give a public table that can be mapped.")

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterFeatureSource(self.ORIGINS, self.tr("Origins"),
                                                [QgsProcessing.SourceType.TypeVectorPoint,
                                                 QgsProcessing.SourceType.TypeVectorPolygon])
        p.setHelp(self.tr("Employees' homes (points) or Filosofi cells (polygons, from their centre)."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.ORIGIN_ID, self.tr("Origin id field"),
                                        parentLayerParameterName=self.ORIGINS, optional=True)
        p.setHelp(self.tr("Copied to the output (default: the feature id)."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(self.SITES, self.tr("Sites"),
                                                [QgsProcessing.SourceType.TypeVectorPoint])
        p.setHelp(self.tr("Antennas, work sites (points)."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.SITE_ID, self.tr("Site id field"), parentLayerParameterName=self.SITES,
                                        optional=True)
        p.setHelp(self.tr("Copied to the output (default: the feature id)."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(self.TARGET, self.tr("Destination"),
                                       options=[self.tr("Nearest site (by transit)"), self.tr("Every site")],
                                       defaultValue=0)
        p.setHelp(self.tr("Nearest: one row per origin; every site: one row per origin and site."))
        self.addParameter(p)
        tc.add_search_parameters(self)
        p = QgsProcessingParameterNumber(self.MAX_TIME, self.tr("Maximum travel time (minutes)"),
                                         QgsProcessingParameterNumber.Type.Double, 120.0, minValue=5.0, maxValue=300.0)
        p.setHelp(self.tr("Beyond this, an origin has no path (status no_path)."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.THRESHOLD, self.tr("Alert threshold (minutes)"),
                                         QgsProcessingParameterNumber.Type.Double, 45.0, minValue=1.0)
        p.setHelp(self.tr("over = 1 when the travel time is longer (45 minutes: the usual alert)."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Transit travel times")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        origins = self.source_or_raise(parameters, self.ORIGINS, context)
        sites = self.source_or_raise(parameters, self.SITES, context)
        every = self.parameterAsEnum(parameters, self.TARGET, context) == 1
        max_time = self.parameterAsDouble(parameters, self.MAX_TIME, context) * 60.0
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        out = compute(self, parameters, context, feedback, origins, sites,
                      self.parameterAsString(parameters, self.ORIGIN_ID, context),
                      self.parameterAsString(parameters, self.SITE_ID, context), max_time)
        if out is None:
            return {}
        settings, walker, o_ids, s_ids, res, o_ok, has_stop = out
        cells = QgsWkbTypes.geometryType(origins.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
        fields = QgsFields()
        for name in ("origin_id", "site_id"):
            fields.append(compat.string_field(name))
        fields.append(compat.double_field("minutes"))
        fields.append(compat.int_field("transfers"))
        fields.append(compat.double_field("walk_min"))
        for name in ("first_dep", "leave", "arrival"):
            fields.append(compat.string_field(name))
        fields.append(compat.int_field("walk_only"))
        fields.append(compat.double_field("reach_pct"))
        fields.append(compat.int_field("over"))
        fields.append(compat.string_field("status"))
        wkb = origins.wkbType()
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, wkb, origins.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        nearest, _best = res.nearest()
        share = np.isfinite(res.per_minute).mean(axis=2) * 100.0 if res.per_minute is not None else None
        counts = {"ok": 0, "no_path": 0, "too_far": 0, "no_stop": 0}
        for i, feat in enumerate(origins.getFeatures()):
            if feedback.isCanceled():
                break
            if i >= len(o_ids):
                break
            targets = range(len(s_ids)) if every else [int(nearest[i]) if nearest[i] >= 0 else -1]
            for j in targets:
                status = "ok"
                if not o_ok[i]:
                    status = "too_far"
                elif j < 0 or not res.reachable[i, j]:
                    status = "no_path" if has_stop[i] or np.isfinite(res.travel_s[i]).any() else "no_stop"
                counts[status] += 1
                f = QgsFeature(fields)
                f.setGeometry(feat.geometry())
                if status == "ok":
                    minutes = float(res.travel_s[i, j]) / 60.0
                    wo = bool(res.walk_only[i, j])
                    f.setAttributes([o_ids[i], s_ids[j], round(minutes, 2), int(res.transfers[i, j]),
                                     round(float(res.walk_s[i, j]) / 60.0, 2),
                                     None if wo else tc.hhmm(res.first_departure_s[i, j]),
                                     tc.hhmm(res.leave_s[i, j]), tc.hhmm(res.arrival_s[i, j]), int(wo),
                                     round(float(share[i, j]), 1), int(minutes > threshold), status])
                else:
                    f.setAttributes([o_ids[i], s_ids[j] if j >= 0 else None, None, None, None, None, None, None,
                                     None, round(float(share[i, j]), 1) if j >= 0 else 0.0, None, status])
                sink.addFeature(f, QgsFeatureSink.Flag.FastInsert)
        del sink
        if counts["no_path"] or counts["no_stop"]:
            feedback.pushWarning(self.tr("{} origin(s) without a transit path within {:g} minutes ({} without any "
                                         "stop within walking range).").format(
                counts["no_path"] + counts["no_stop"], max_time / 60.0, counts["no_stop"]))
        if counts["too_far"]:
            feedback.reportError(self.tr("{} origin(s) farther than {:g} m from the road network (status "
                                         "too_far).").format(counts["too_far"], settings.tolerance))
        meta = dict(settings.meta(), sources=settings.sources, bands=[15, 30, 45, 60], threshold_min=threshold,
                    origins=len(o_ids), sites=len(s_ids), target="every" if every else "nearest",
                    max_time_min=max_time / 60.0, counts=counts)
        publishing.finish(self, context, feedback, dest, "transit_times_cells" if cells else "transit_times", meta)
        return {self.OUTPUT: dest, "NO_PATH": counts["no_path"] + counts["no_stop"], "TOO_FAR": counts["too_far"]}
