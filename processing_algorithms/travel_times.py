"""coodiag:traveltimes — origin → site travel times on a road network, with summaries safe for maps."""
from __future__ import annotations

import math
import time

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ..coodiag_plugin.toolbelt import compat
from . import network_engine as ne
from .analysis import disclosure, routing
from .base import CoodiagAlgorithm
from .isochrones import read_network, site_ids
from .shared_parameters import add_layer_parameters, add_sites_parameters, add_zones_parameters
from . import publishing


def origin_times(net, mode, snaps, dist, lab, plen, offnet_ms, site_snaps=None, site_label=None):
    """Time (s), length (m) and reaching label for each snapped origin, from a reverse search (times to
    the sites). Same-link trips (origin and site on one link) are taken directly."""
    fw, bw = net.cost(mode)
    out = []
    for s in snaps:
        if not s.ok:
            out.append((math.inf, math.nan, -1))
            continue
        access = s.dist / offnet_ms if offnet_ms > 0 else 0.0
        best = (math.inf, math.nan, -1)
        for e, g in s.places():
            u, v = int(net.from_id[e]), int(net.to_id[e])
            ln = float(net.length[e])
            if np.isfinite(fw[e]) and np.isfinite(dist[v]):  # forward to v, then on
                best = min(best, (access + (1 - g) * fw[e] + dist[v], (1 - g) * ln + plen[v], int(lab[v])))
            if np.isfinite(bw[e]) and np.isfinite(dist[u]):
                best = min(best, (access + g * bw[e] + dist[u], g * ln + plen[u], int(lab[u])))
            if g * ln <= ne.END_EPS_M and np.isfinite(dist[u]):  # at the start node itself
                best = min(best, (access + dist[u], plen[u], int(lab[u])))
            if (1 - g) * ln <= ne.END_EPS_M and np.isfinite(dist[v]):
                best = min(best, (access + dist[v], plen[v], int(lab[v])))
            for k, ss in enumerate(site_snaps or []):
                for se, sf in ss.places():
                    if se != e:
                        continue
                    d = sf - g
                    c = d * fw[e] if d >= 0 else -d * bw[e]
                    if np.isfinite(c):
                        a2 = ss.dist / offnet_ms if offnet_ms > 0 else 0.0
                        label = k if site_label is None else site_label
                        best = min(best, (access + c + a2, abs(d) * ln, label))
        out.append((float(best[0]), float(best[1]), int(best[2])))
    return out


class TravelTimesAlgorithm(CoodiagAlgorithm):
    GROUP_ID = "analysis"
    NETWORK = "NETWORK"
    ORIGINS = "ORIGINS"
    ORIGIN_ID = "ORIGIN_ID"
    SITES = "SITES"
    SITE_ID = "SITE_ID"
    MODE = "MODE"
    TARGET = "TARGET"
    THRESHOLD = "THRESHOLD"
    TOLERANCE = "TOLERANCE"
    MIN_COUNT = "MIN_COUNT"
    ZONES = "ZONES"
    ZONE_ID = "ZONE_ID"
    OUTPUT = "OUTPUT"
    SUMMARY = "SUMMARY"
    BY_ZONE = "BY_ZONE"

    def name(self) -> str:
        return "traveltimes"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Travel times to sites")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Travel time and distance on the road network from each origin (employees, clients) to its nearest "
            "site or to every site, by car, on foot or by bike; trips over the threshold (default 45 min) "
            "are flagged.\n\n"
            "Outputs: the origin–destination table (no geometry, no name or address: only the chosen origin "
            "id, the site id, minutes, km, over-threshold flag and status) — for the cartographer, not for "
            "maps; a per-site summary (number of origins, median minutes, share over the threshold) and an "
            "optional per-zone summary (e.g. communes), both under statistical secrecy so they can be mapped: a "
            "site or zone with 1 to k−1 origins (k = the secrecy threshold of the Coodiag settings), and those "
            "hidden with it so that no count can be worked back from the totals, is NULL with secret = 1; the "
            "share over the threshold is NULL too when 1 to k−1 origins are over (or under) it.\n\n"
            "Origins or sites farther than the snapping tolerance from the network, or that cannot reach any "
            "site, are kept in the table with their status (too_far, unreachable) and counted in the log. "
            "“Nearest site” runs one search for all sites (on the reversed network, so one-way streets are "
            "respected from the origin to the site); “every site” runs one search per site."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterVectorLayer(self.NETWORK, self.tr("Road network"),
                                              [QgsProcessing.SourceType.TypeVectorLine])
        p.setHelp(self.tr("A prepared network (from “Build a routable network”)."))
        self.addParameter(p)
        add_layer_parameters(self, self.ORIGINS, self.tr("Origins (employees, clients)"),
                             self.tr("Home points; only the id field below is copied to the outputs."),
                             self.ORIGIN_ID, self.tr("Origin id field"),
                             self.tr("A pseudonymous id (default: the feature id). Never a name."))
        add_sites_parameters(self)
        p = QgsProcessingParameterEnum(self.MODE, self.tr("Mode"), options=[self.tr("Car"), self.tr("Walk"),
                                                                            self.tr("Bike")], defaultValue=0)
        p.setHelp(self.tr("Which costs of the prepared network are used."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(self.TARGET, self.tr("Destination"),
                                       options=[self.tr("Nearest site"), self.tr("Every site")], defaultValue=0)
        p.setHelp(self.tr("Nearest site: one row per origin. Every site: one row per origin and site."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.THRESHOLD, self.tr("Alert threshold (minutes)"),
                                         QgsProcessingParameterNumber.Type.Double, 45.0, minValue=1.0)
        p.setHelp(self.tr("Trips longer than this are flagged (over = 1)."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.TOLERANCE, self.tr("Snapping tolerance (m)"),
                                         QgsProcessingParameterNumber.Type.Double, 500.0, minValue=0.0)
        p.setHelp(self.tr("Points farther than this from any road open to the mode are reported, not snapped."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.MIN_COUNT, self.tr("Minimum count shown (k)"),
                                         QgsProcessingParameterNumber.Type.Integer, None, minValue=0, optional=True)
        p.setHelp(self.tr("Summaries of fewer origins than this are suppressed (statistical secrecy). Empty: the "
                          "threshold of the Coodiag settings (11 by default)."))
        self.addParameter(p)
        add_zones_parameters(self, self.tr("Zones for the map summary"),
                             self.tr("E.g. communes: origins are counted in the zone that holds them."),
                             self.tr("Zone code copied to the zone summary (e.g. INSEE_COM)."))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Origin–destination table"),
                                                            QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(self.SUMMARY, self.tr("Summary by site"),
                                                            QgsProcessing.SourceType.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(self.BY_ZONE, self.tr("Summary by zone"),
                                                            QgsProcessing.SourceType.TypeVectorPolygon,
                                                            optional=True, createByDefault=False))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        t0 = time.perf_counter()
        mode = routing.MODES[self.parameterAsEnum(parameters, self.MODE, context)]
        every = self.parameterAsEnum(parameters, self.TARGET, context) == 1
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        tolerance = self.parameterAsDouble(parameters, self.TOLERANCE, context)
        k = self.secrecy_threshold(parameters, self.MIN_COUNT, context, feedback)
        origins = self.source_or_raise(parameters, self.ORIGINS, context)
        sites = self.source_or_raise(parameters, self.SITES, context)
        o_crs = self.require_crs(origins, self.tr("origins"))
        s_crs = self.require_crs(sites, self.tr("sites"))
        net, _how = read_network(self, parameters, self.NETWORK, context, feedback)
        feedback.setProgress(10)

        def tr_to_net(crs):
            return None if crs == net.crs else QgsCoordinateTransform(crs, net.crs, context.transformContext())

        o_ids, o_pts = site_ids(origins, self.parameterAsString(parameters, self.ORIGIN_ID, context),
                                tr_to_net(o_crs), feedback)
        s_ids, s_pts = site_ids(sites, self.parameterAsString(parameters, self.SITE_ID, context),
                                tr_to_net(s_crs), feedback)
        o_snaps = ne.snap_points(net, o_pts, mode, tolerance)
        s_snaps = ne.snap_points(net, s_pts, mode, tolerance)
        bad_sites = [sid for sid, s in zip(s_ids, s_snaps) if not s.ok]
        if bad_sites:
            feedback.reportError(self.tr("{} site(s) farther than {:g} m from the network, left out: {}.").format(
                len(bad_sites), tolerance, ", ".join(bad_sites)))
        if not any(s.ok for s in s_snaps):
            raise QgsProcessingException(self.tr("No site is within {:g} m of the network: check the CRS or raise "
                                                 "the snapping tolerance.").format(tolerance))
        offnet_ms = routing.WALK_KMH / 3.6
        graph = net.graph(mode, reverse=True)
        rows = []  # (origin index, site index or -1, seconds, metres)
        if not every:
            seeds = ne.seeds_for(net, mode, s_snaps, range(len(s_snaps)), offnet_ms, reverse=True)
            dist, lab, plen = routing.dijkstra(graph, seeds, math.inf, track_length=True)
            for i, (t, m, label) in enumerate(origin_times(net, mode, o_snaps, dist, lab, plen, offnet_ms, s_snaps)):
                rows.append((i, label, t, m))
        else:
            for j, ss in enumerate(s_snaps):
                if feedback.isCanceled():
                    return {}
                feedback.setProgress(10 + 70.0 * j / len(s_snaps))
                if not ss.ok:
                    continue
                seeds = ne.seeds_for(net, mode, [ss], [j], offnet_ms, reverse=True)
                dist, lab, plen = routing.dijkstra(graph, seeds, math.inf, track_length=True)
                for i, (t, m, _label) in enumerate(origin_times(net, mode, o_snaps, dist, lab, plen, offnet_ms,
                                                                [ss], j)):
                    rows.append((i, j if math.isfinite(t) else j, t, m))
        feedback.setProgress(80)

        fields = QgsFields()
        fields.append(compat.string_field("origin_id"))
        fields.append(compat.string_field("site_id"))
        fields.append(compat.string_field("mode"))
        fields.append(compat.double_field("minutes"))
        fields.append(compat.double_field("km"))
        fields.append(compat.int_field("over"))
        fields.append(compat.string_field("status"))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.NoGeometry,
                                          net.crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        n_far = n_unreached = 0
        minutes_by_origin = {}
        for i, j, t, m in rows:
            snap = o_snaps[i]
            status = "ok"
            if not snap.ok:
                status = "too_far"
                n_far += 1
            elif not math.isfinite(t):
                status = "unreachable"
                n_unreached += 1
            minutes = t / 60.0 if math.isfinite(t) else None
            f = QgsFeature(fields)
            f.setAttributes([o_ids[i], s_ids[j] if j >= 0 else None, mode,
                             round(minutes, 2) if minutes is not None else None,
                             round(m / 1000.0, 3) if minutes is not None else None,
                             (1 if minutes > threshold else 0) if minutes is not None else None, status])
            sink.addFeature(f, QgsFeatureSink.Flag.FastInsert)
            if minutes is not None and j >= 0:
                prev = minutes_by_origin.get(i)
                if prev is None or minutes < prev[0]:
                    minutes_by_origin[i] = (minutes, j)
        if n_far:
            feedback.reportError(self.tr("{} origin row(s) farther than {:g} m from the network (status too_far)."
                                         ).format(n_far, tolerance))
        if n_unreached:
            feedback.pushWarning(self.tr("{} origin row(s) cannot reach the site on the network (status "
                                         "unreachable).").format(n_unreached))

        # disclosure control of both summaries at once (analysis/disclosure.py)
        zones = self.parameterAsSource(parameters, self.ZONES, context)
        by_zone = zones is not None and bool(parameters.get(self.BY_ZONE))
        feats, zone_of = self._zones_of(parameters, context, zones, net.crs, o_pts, minutes_by_origin) \
            if by_zone else ([], {})
        protection = self._protect(minutes_by_origin, zone_of, feats, len(s_ids), threshold, k)

        # per-site summary (each origin counted at its nearest reachable site)
        s_fields = QgsFields()
        s_fields.append(compat.string_field("site_id"))
        s_fields.append(compat.int_field("n"))
        s_fields.append(compat.double_field("median_min"))
        s_fields.append(compat.double_field("share_over"))
        s_fields.append(compat.int_field("secret"))
        ssink, sdest = self.parameterAsSink(parameters, self.SUMMARY, context, s_fields, QgsWkbTypes.Type.Point,
                                            net.crs)
        groups = [s_ids[j] for (_m, j) in minutes_by_origin.values()]
        mins = [m for (m, _j) in minutes_by_origin.values()]
        summary = routing.summarise_times(groups, mins, threshold, 1) if groups else {}
        site_hidden, site_share_hidden = self._hidden_of(protection, "site")
        for j, (sid, (x, y)) in enumerate(zip(s_ids, s_pts)):
            if ssink is None:
                break
            s = summary.get(sid, {"n": 0, "median": None, "share_over": None, "secret": False})
            hid = bool(site_hidden[j])
            f = QgsFeature(s_fields)
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
            f.setAttributes([sid, None if hid else s["n"],
                             round(s["median"], 2) if s["median"] is not None and not hid else None,
                             round(s["share_over"], 1) if s["share_over"] is not None and not (
                                 hid or site_share_hidden[j]) else None,
                             1 if hid else 0])
            ssink.addFeature(f, QgsFeatureSink.Flag.FastInsert)
        del sink
        if ssink is not None:
            del ssink
        meta = {"mode": mode, "threshold_min": threshold, "threshold": k}
        publishing.finish(self, context, feedback, dest, "traveltimes", meta)
        publishing.finish(self, context, feedback, sdest, "traveltimes_sites", meta)
        results = {self.OUTPUT: dest, self.SUMMARY: sdest, "TOO_FAR": n_far, "UNREACHABLE": n_unreached}
        if minutes_by_origin and not protection.hidden("total")[0]:
            all_min = np.array(mins)
            feedback.pushInfo(self.tr("{} origins reach a site: median {:.1f} min, {:.1f} % over {:g} min.").format(
                len(all_min), float(np.median(all_min)), 100.0 * float((all_min > threshold).mean()), threshold))
            if not (protection.hidden("total_over")[0] or protection.hidden("total_under")[0]):
                results["SHARE_OVER"] = 100.0 * float((all_min > threshold).mean())
            results["MEDIAN_MIN"] = float(np.median(all_min))
        if by_zone:
            results[self.BY_ZONE] = self.zone_summary(parameters, context, feats, zone_of, net,
                                                      minutes_by_origin, threshold, k, feedback, protection,
                                                      [s.ok for s in o_snaps])
        feedback.pushInfo(self.tr("Travel times computed in {:.1f} s.").format(time.perf_counter() - t0))
        feedback.setProgress(100)
        return results

    @staticmethod
    def _protect(minutes_by_origin, zone_of, feats, n_sites, threshold, k):
        """Inner cells: origins by (site, zone, over the threshold or not). Published: the number of origins
        per site and per zone, and — through the share over the threshold — the numbers over and under it;
        the totals (log, SHARE_OVER) as margins."""
        position = {f.id(): z for z, f in enumerate(feats)}
        rows = [(j, position.get(zone_of.get(i), -1), 1 if m > threshold else 0)
                for i, (m, j) in minutes_by_origin.items()]
        combos = np.array(rows, dtype=np.int64).reshape(-1, 3)
        inner, mult = np.unique(combos, axis=0, return_counts=True) if len(rows) else (combos, np.zeros(0))
        site, zone, over = inner[:, 0], inner[:, 1], inner[:, 2]
        spec = disclosure.Table(mult)
        spec.add("site", site, n_sites)
        spec.add("site_over", np.where(over == 1, site, -1), n_sites)
        spec.add("site_under", np.where(over == 0, site, -1), n_sites)
        nz = len(feats)
        spec.add("zone", zone, nz)
        spec.add("zone_over", np.where((over == 1) & (zone >= 0), zone, -1), nz)
        spec.add("zone_under", np.where((over == 0) & (zone >= 0), zone, -1), nz)
        everyone = np.zeros(len(inner), dtype=np.int64)
        spec.add("total", everyone, 1, candidate=False, priority=disclosure.TOTAL_PRIORITY)
        spec.add("total_over", np.where(over == 1, 0, -1), 1, candidate=False, priority=disclosure.TOTAL_PRIORITY)
        spec.add("total_under", np.where(over == 0, 0, -1), 1, candidate=False, priority=disclosure.TOTAL_PRIORITY)
        hidden = None
        if nz:  # every origin per zone (the employees per zone of unmetzones): the canonical zone pattern
            every = np.bincount([position[z] for z in zone_of.values() if z in position], minlength=nz)
            hidden = {"zone": disclosure.protect_counts(every, k).hidden("zone")}
        return disclosure.protect(spec, k, hidden=hidden)

    @staticmethod
    def _hidden_of(protection, name):
        """(count hidden, share over the threshold hidden) per site or zone."""
        hidden = protection.hidden(name)
        share = hidden | protection.hidden(name + "_over") | protection.hidden(name + "_under")
        return hidden, share

    def _zones_of(self, parameters, context, zones, crs, o_pts, minutes_by_origin):
        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        feats = list(zones.getFeatures(request))
        index = QgsSpatialIndex()
        for f in feats:
            index.addFeature(f)
        by_id = {f.id(): f for f in feats}
        zone_of = {}
        for i, (x, y) in enumerate(o_pts):  # every origin: the canonical pattern counts them all
            pt = QgsGeometry.fromPointXY(QgsPointXY(x, y))
            for fid in index.intersects(pt.boundingBox()):
                if by_id[fid].geometry().contains(pt):
                    zone_of[i] = fid
                    break
        return feats, zone_of

    def zone_summary(self, parameters, context, feats, zone_of, net, minutes_by_origin, threshold, k, feedback,
                     protection, snapped=None):
        """Per zone: employees, median minutes and share over the threshold. Coverage of a zone by the road
        network (analysis/coverage.py): the share of its employees within the snapping tolerance of a road; a
        zone whose employees are all off the network gets status off_network and NULL minutes — never 0
        minutes —, one where only some are gets coverage partial and NULL minutes too. A zone without employees
        is judged on its area (a road within about 1 km)."""
        from . import coverage_tools as ct
        from .analysis import coverage as cov

        crs = net.crs
        zone_field = self.parameterAsString(parameters, self.ZONE_ID, context)
        frame = ct.ZoneFrame([f.geometry() for f in feats], crs, feats[0].fields() if feats else QgsFields(),
                             [f.attributes() for f in feats], context)
        network = ct.network_coverage(frame, net)
        if snapped is not None:
            position = {f.id(): z for z, f in enumerate(feats)}
            on = np.zeros(len(feats))
            every = np.zeros(len(feats))
            for i, fid in zone_of.items():
                z = position.get(fid)
                if z is not None:
                    every[z] += 1
                    on[z] += bool(snapped[i])
            shares = np.where(every > 0, on / np.maximum(every, 1), network.shares)
            network = ct.CoverageResult("network", shares, cov.statuses(shares), "employees", frame.labels,
                                        cov.OK_SHARE)
        ct.report(feedback, network, ct.input_label("network"))
        reached = [i for i in zone_of if i in minutes_by_origin]
        groups = [zone_of[i] for i in reached]
        mins = [minutes_by_origin[i][0] for i in reached]
        summary = routing.summarise_times(groups, mins, threshold, 1) if groups else {}
        zone_hidden, zone_share_hidden = self._hidden_of(protection, "zone")
        fields = QgsFields()
        fields.append(compat.string_field("zone_id"))
        fields.append(compat.int_field("n"))
        fields.append(compat.double_field("median_min"))
        fields.append(compat.double_field("share_over"))
        fields.append(compat.int_field("secret"))
        fields.append(compat.string_field("coverage"))
        fields.append(compat.string_field("status"))
        sink, dest = self.parameterAsSink(parameters, self.BY_ZONE, context, fields, QgsWkbTypes.Type.MultiPolygon,
                                          crs)
        if sink is None:
            return None
        for z, f in enumerate(feats):
            s = summary.get(f.id(), {"n": 0, "median": None, "share_over": None, "secret": False})
            hid = bool(zone_hidden[z])
            out = QgsFeature(fields)
            g = QgsGeometry(f.geometry())
            g.convertToMultiType()
            out.setGeometry(g)
            status = network.statuses[z]
            covered = status in (None, cov.OK)
            out.setAttributes([str(f[zone_field]) if zone_field else str(f.id()), None if hid else s["n"],
                               round(s["median"], 2) if s["median"] is not None and not hid and covered else None,
                               round(s["share_over"], 1) if s["share_over"] is not None and covered and not (
                                   hid or zone_share_hidden[z]) else None,
                               1 if hid else 0, status,
                               cov.OFF_NETWORK if status == cov.MISSING else (status or cov.OK)])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        del sink
        publishing.finish(self, context, feedback, dest, "traveltimes_by_zone",
                          {"mode": self.mode_of(parameters, context), "threshold_min": threshold, "threshold": k,
                           **ct.merged_meta(network)})
        return dest

    def mode_of(self, parameters, context) -> str:
        return routing.MODES[self.parameterAsEnum(parameters, self.MODE, context)]
