"""coodiag:mobilitygap — car versus transit, per 200 m cell and per commune, crossed with households without
a car (census) and poor households (Filosofi)."""
from __future__ import annotations

import math
import re

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..coodiag_plugin.toolbelt import compat
from . import client_common as cc
from . import coverage_tools as ct
from . import network_engine as ne
from . import publishing
from . import transit_common as tc
from .analysis import coverage as cov
from .analysis import fields as field_roles
from .analysis import routing
from .base import CoodiagAlgorithm
from .isochrones import site_ids
from .shared_parameters import add_sites_parameters, add_zones_parameters
from .transit_times import compute
from .travel_times import origin_times

RP_FIELD = re.compile(r"^p(\d\d)?_rp$", re.IGNORECASE)
CAR_FIELD = re.compile(r"^p(\d\d)?_rp_voit1p$", re.IGNORECASE)
CELL_FIELDS = ("ind", "men", "men_pauv")


def census_fields(names) -> tuple:
    """(main residences field, households with at least one car field) of a census layer, or (None, None)."""
    rp = next((n for n in names if RP_FIELD.match(n)), None)
    car = next((n for n in names if CAR_FIELD.match(n)), None)
    return rp, car


def modal_gap(n_transit, n_car):
    """Modal accessibility gap (Kwok & Yeh): (A_transit − A_car) / (A_transit + A_car), in [−1, 1]; −1 = only
    the car reaches anything; NaN when neither reaches anything."""
    a = np.asarray(n_transit, float)
    b = np.asarray(n_car, float)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(a + b > 0, (a - b) / (a + b), np.nan)


def _plain(value):
    """Python value of a numpy scalar (QGIS writes NULL for numpy types); None for NaN."""
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def weighted_median(values, weights) -> float | None:
    """The smallest value whose cumulated weight reaches half the total (NaN values and weights ≤ 0 left
    out); None when nothing is left."""
    v = np.asarray(values, float)
    w = np.asarray(weights, float)
    ok = np.isfinite(v) & np.isfinite(w) & (w > 0)
    if not ok.any():
        return None
    order = np.argsort(v[ok], kind="stable")
    cum = np.cumsum(w[ok][order])
    return float(v[ok][order][np.searchsorted(cum, cum[-1] / 2.0)])


def zone_medians(pairs, cell_values, cell_weights) -> list:
    """Per zone, the median of a per-cell value weighted by share × weight over the zone's (cell, zone)
    pieces of THE cell-to-zone table (client_common.cell_zone_pairs): a cell split between two communes
    counts in each for its share of households. None for a zone without a weighted finite value."""
    v = np.asarray(cell_values, float)
    w = np.nan_to_num(np.asarray(cell_weights, float), nan=0.0)
    out = [None] * pairs.n_zones
    if pairs.cell_idx.size == 0:
        return out
    order = np.argsort(pairs.zone_idx, kind="stable")
    zones = pairs.zone_idx[order]
    starts = np.flatnonzero(np.r_[True, zones[1:] != zones[:-1]])
    ends = np.r_[starts[1:], zones.size]
    for a, b in zip(starts.tolist(), ends.tolist()):
        piece = order[a:b]
        cells = pairs.cell_idx[piece]
        out[int(zones[a])] = weighted_median(v[cells], pairs.share[piece] * w[cells])
    return out


def zone_means(pairs, cell_values, cell_weights) -> np.ndarray:
    """Per zone, the mean of a per-cell value weighted by share × weight over its pieces (finite values
    only); NaN for a zone without one."""
    v = np.asarray(cell_values, float)
    w = np.nan_to_num(np.asarray(cell_weights, float), nan=0.0)
    known = np.isfinite(v)
    total = pairs.aggregate(np.where(known, w, 0.0))
    summed = pairs.aggregate(np.where(known, v * w, 0.0))
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(total > 0, summed / np.where(total > 0, total, 1.0), np.nan)


def cell_shares(pairs, zone_shares) -> tuple:
    """(share of each cell from the zones it lies in, weighted by the part of the cell in each zone whose
    share is known — NaN when none is; part of each cell lying in zones with a known share, 0 outside every
    zone) — a zone rate (households without a car) brought down to the cells by THE cell-to-zone rule."""
    s = np.asarray(zone_shares, float)
    n = pairs.n_cells
    if pairs.cell_idx.size == 0:
        return np.full(n, np.nan), np.zeros(n)
    piece = s[pairs.zone_idx]
    known = np.isfinite(piece)
    covered = np.bincount(pairs.cell_idx, weights=pairs.share, minlength=n)
    known_w = np.bincount(pairs.cell_idx, weights=np.where(known, pairs.share, 0.0), minlength=n)
    summed = np.bincount(pairs.cell_idx, weights=np.where(known, pairs.share * np.where(known, piece, 0.0), 0.0),
                         minlength=n)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(known_w > 0, summed / np.where(known_w > 0, known_w, 1.0), np.nan)
        has = np.where(covered > 0, known_w / np.where(covered > 0, covered, 1.0), 0.0)
    return share, has


class MobilityGapAlgorithm(CoodiagAlgorithm):
    GROUP_ID = "analysis"
    CELLS = "CELLS"
    SITES = "SITES"
    SITE_ID = "SITE_ID"
    CENSUS = "CENSUS"
    ZONES = "ZONES"
    ZONE_ID = "ZONE_ID"
    THRESHOLD = "THRESHOLD"
    MAX_TIME = "MAX_TIME"
    OUTPUT_CELLS = "OUTPUT_CELLS"
    OUTPUT_ZONES = "OUTPUT_ZONES"

    def name(self):
        return "mobilitygap"

    def displayName(self):  # noqa: N802
        return self.tr("Car versus transit gap")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Where is the car indispensable? For every populated 200 m cell (Filosofi), the travel time to the "
            "nearest site (antennas, work sites) by public transport (walk + transit + walk, a percentile over "
            "the time window, as in “Transit travel times”) and by car on the road network; their ratio and "
            "difference; the number of sites reached within the threshold (45 minutes) by each mode and the "
            "modal accessibility gap (transit − car) / (transit + car), from −1 (only the car) to +1.\n\n"
            "Households without a car: main residences minus households with at least one car, from an INSEE "
            "census table (base-ic-logement, fields P21_RP and P21_RP_VOIT1P or any vintage; joined to the "
            "communes or IRIS with “Join INSEE census table onto IRIS or communes”). Each cell gets the share of "
            "the communes or IRIS it lies in (a cell on a border: the mean of their shares, weighted by the part "
            "of the cell in each), applied to its households and to its poor households (an estimate: it assumes "
            "poor households are as often without a car as the others, which understates them). A cell without a "
            "transit path where the road network or the timetables say nothing (outside their area) is not "
            "counted beyond the threshold: over is empty.\n\n"
            "Per commune: households, households without a car, poor households without a car, those of them "
            "more than the threshold from a site by public transport (the key figure of the atlas), and the "
            "household-weighted median times, ratio and gap. The cells go to the communes by the cell-to-zone "
            "rule every Coodiag output shares (by default a border cell is split by the share of its area in "
            "each commune), so a commune has the same households here as on every other page. A commune that the "
            "Filosofi grid, the census, the road network or the timetables cover only in part or not at all gets "
            "empty values (NULL, never 0) and coverage = partial or missing (status = off_network when no road "
            "comes near its people); these communes are named in the log. Every input is public data (Filosofi, "
            "census, GTFS, roads, the antennas' addresses): the outputs are public.")

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterFeatureSource(self.CELLS, self.tr("Population cells (Filosofi)"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon])
        p.setHelp(self.tr("Filosofi 200 m cells with men (households), men_pauv (poor households) and ind."))
        self.addParameter(p)
        add_sites_parameters(self)
        tc.add_search_parameters(self)
        p = QgsProcessingParameterFeatureSource(self.CENSUS, self.tr("Census housing table joined to zones"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon], optional=True)
        p.setHelp(self.tr("Communes or IRIS with the main residences (P21_RP) and the households with at least one "
                          "car (P21_RP_VOIT1P), e.g. the output of “Join INSEE census table onto IRIS or communes” "
                          "with base-ic-logement."))
        self.addParameter(p)
        add_zones_parameters(self, self.tr("Zones of the summary (communes)"),
                             self.tr("Communes (or any polygons) for the per-zone output; empty: the census zones."),
                             self.tr("Code of the zones (e.g. INSEE_COM); empty = the feature id."))
        p = QgsProcessingParameterNumber(self.THRESHOLD, self.tr("Threshold (minutes)"),
                                         QgsProcessingParameterNumber.Type.Double, 45.0, minValue=5.0, maxValue=180.0)
        p.setHelp(self.tr("Sites reached within this time are counted; households farther by transit are flagged."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.MAX_TIME, self.tr("Maximum travel time (minutes)"),
                                         QgsProcessingParameterNumber.Type.Double, 120.0, minValue=10.0,
                                         maxValue=300.0)
        p.setHelp(self.tr("Beyond this, a cell has no path (NULL times)."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_CELLS, self.tr("Car versus transit, per cell"),
                                                            QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_ZONES, self.tr("Car versus transit, per zone"),
                                                            QgsProcessing.SourceType.TypeVectorPolygon, optional=True))
        self.addOutput(QgsProcessingOutputNumber("POOR_NOCAR_OVER", self.tr(
            "Poor households without a car beyond the threshold by transit")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        cells = self.source_or_raise(parameters, self.CELLS, context)
        sites = self.source_or_raise(parameters, self.SITES, context)
        if not parameters.get(tc.P_NETWORK):
            raise QgsProcessingException(self.tr("The car times need the road network (output of “Build a routable "
                                                 "network”)."))
        present = {f.name().lower(): f.name() for f in cells.fields()}
        if "men" not in present:
            raise QgsProcessingException(self.tr("The cells have no field men (households): give Filosofi cells "
                                                 "(output of “Load Filosofi grid (INSEE, any vintage)”)."))
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        max_time = self.parameterAsDouble(parameters, self.MAX_TIME, context) * 60.0
        site_field = self.parameterAsString(parameters, self.SITE_ID, context)
        out = compute(self, parameters, context, feedback, cells, sites, "", site_field, max_time)
        if out is None:
            return {}
        settings, walker, o_ids, s_ids, res, o_ok, _has_stop = out
        feedback.setProgress(70)
        # car times: one reverse search per site on the car costs
        net = walker.net
        tr_net = QgsCoordinateTransform(cells.sourceCrs(), net.crs, context.transformContext())
        _ids, o_pts = site_ids(cells, "", tr_net, feedback)
        tr_sites = QgsCoordinateTransform(sites.sourceCrs(), net.crs, context.transformContext())
        _sids, s_pts = site_ids(sites, site_field, tr_sites, feedback)
        o_car = ne.snap_points(net, o_pts, "car", settings.tolerance)
        s_car = ne.snap_points(net, s_pts, "car", settings.tolerance)
        graph = net.graph("car", reverse=True)
        car = np.full((len(o_ids), len(s_ids)), np.inf)
        for j, ss in enumerate(s_car):
            if feedback.isCanceled():
                return {}
            if not ss.ok:
                continue
            seeds = ne.seeds_for(net, "car", [ss], [j], walker.speed_ms, reverse=True)
            dist, lab, plen = routing.dijkstra(graph, seeds, max_time, track_length=True)
            for i, (t, _m, _label) in enumerate(origin_times(net, "car", o_car, dist, lab, plen, walker.speed_ms,
                                                             [ss], j)):
                car[i, j] = t if t <= max_time else np.inf
        transit_t = np.where(res.reachable, res.travel_s, np.inf)
        t_best = transit_t.min(axis=1) if len(s_ids) else np.full(len(o_ids), np.inf)
        c_best = car.min(axis=1) if len(s_ids) else np.full(len(o_ids), np.inf)
        lim = threshold * 60.0
        n_transit = (transit_t <= lim).sum(axis=1)
        n_car = (car <= lim).sum(axis=1)
        gap = modal_gap(n_transit, n_car)
        feedback.setProgress(85)
        # the cells' lattice for THE cell-to-zone rule (client_common.cell_zone_pairs): the census zones' share of
        # households without a car comes down to the cells, and the cells go up to the zones of the summary, by
        # the same shares as every other output of the diagnostic
        feats = list(cells.getFeatures(QgsFeatureRequest()))[:len(o_ids)]
        values = {n: np.zeros(len(o_ids)) for n in CELL_FIELDS}
        for i, f in enumerate(feats):
            for n in CELL_FIELDS:
                v = compat.py_value(f[present[n]]) if n in present else None
                try:
                    values[n][i] = float(v) if v is not None else 0.0
                except (TypeError, ValueError):
                    values[n][i] = 0.0
        cell_frame = cc.cells_of_geometries([f.geometry() for f in feats], cells.sourceCrs())
        cell_frame.values = values["men"]
        cell_frame.persons = values["ind"] if "ind" in present else None
        # households without a car: the census zones' share, by the cell-to-zone rule
        census = self.parameterAsSource(parameters, self.CENSUS, context)
        share = np.full(len(o_ids), np.nan)
        census_has = None
        vintage = ""
        census_zones = None
        if census is not None:
            rp, voit = census_fields([f.name() for f in census.fields()])
            if rp is None or voit is None:
                feedback.pushWarning(self.tr(
                    "The census layer lacks the main residences (P21_RP) or the households with a car "
                    "(P21_RP_VOIT1P): households without a car are not estimated. Join the table "
                    "base-ic-logement of the census to the communes or IRIS."))
                census = None
        if census is not None:
            m = RP_FIELD.match(rp)
            vintage = "20" + m.group(1) if m and m.group(1) else ""
            self.require_crs(census, self.tr("census"))
            geoms, attrs, rates = [], [], []
            for f in census.getFeatures():
                if feedback.isCanceled():
                    return {}
                g = f.geometry()
                geoms.append(None if g is None or g.isEmpty() else QgsGeometry(g))
                attrs.append(f.attributes())
                a, b = compat.py_value(f[rp]), compat.py_value(f[voit])
                try:
                    a, b = float(a), float(b)
                except (TypeError, ValueError):
                    a, b = math.nan, math.nan
                rates.append(max(0.0, 1.0 - b / a) if a > 0 else math.nan)
            census_pairs = cc.cell_zone_pairs(cell_frame, geoms, census.sourceCrs(), context, feedback)
            share, census_has = cell_shares(census_pairs, rates)
            census_zones = (census, geoms, attrs, census_pairs)
        nocar = values["men"] * share
        pauv_nocar = values["men_pauv"] * share
        over = ~(t_best <= lim)
        # where the inputs say nothing (outside the road network's and the timetables' area), a cell without a
        # transit path is not "beyond the threshold": it is unknown
        stops = [(s.x, s.y) for s in (getattr(walker, "stop_snaps", None) or []) if s is not None and s.ok]
        stops_xy = (np.array([xy[0] for xy in stops], dtype=float), np.array([xy[1] for xy in stops], dtype=float))
        ox = np.array([p[0] for p in o_pts], dtype=float)
        oy = np.array([p[1] for p in o_pts], dtype=float)
        in_area = ct.network_footprint(net).covers(ox, oy) & cov.near_hull(
            cov.convex_hull(*stops_xy), ox, oy, cov.GTFS_BUFFER)
        over_known = np.isfinite(t_best) | in_area
        cells_dest = self.write_cells(parameters, context, cells, feats, values, t_best, c_best,
                                      n_transit, n_car, gap, share, nocar, pauv_nocar, over, over_known)
        key = float(np.nansum(np.where(over & over_known, pauv_nocar, 0.0)))
        unknown = float(np.nansum(np.where(over_known, 0.0, pauv_nocar)))
        if census is not None and unknown > 0.05:
            feedback.pushWarning(self.tr(
                "About {:.0f} poor households without a car live where the road network or the public transport "
                "timetables say nothing (outside their area): they are not counted beyond the threshold.")
                .format(unknown))
        zones_dest, zone_meta = self.write_zones(parameters, context, feedback, cell_frame, census_zones,
                                                 census_has, net, stops_xy, values, t_best, c_best, gap, nocar,
                                                 pauv_nocar, over & over_known)
        meta = dict(settings.meta(), threshold_min=threshold, sites=len(s_ids),
                    sources="; ".join(s for s in (publishing.source_text(context, parameters.get(self.CELLS)),
                                                  settings.sources,
                                                  publishing.source_text(context, parameters.get(self.CENSUS)),
                                                  publishing.source_text(context, parameters.get(tc.P_NETWORK))) if s),
                    census_vintage=vintage,
                    # without the census, households without a car are unknown: no figure, not 0
                    poor_nocar_over=round(key, 1) if census is not None else None,
                    poor_nocar_over_rounded=int(round(key, -1)) if census is not None else None,
                    poor_nocar_unknown=round(unknown, 1) if census is not None else None,
                    **zone_meta)
        publishing.finish(self, context, feedback, cells_dest, "mobility_gap_cells", meta)
        if zones_dest:
            publishing.finish(self, context, feedback, zones_dest, "mobility_gap", meta)
        if census is not None:
            feedback.pushInfo(self.tr("About {:.0f} poor households without a car live more than {:g} minutes from "
                                      "a site by public transport.").format(key, threshold))
        return {self.OUTPUT_CELLS: cells_dest, self.OUTPUT_ZONES: zones_dest,
                "POOR_NOCAR_OVER": round(key, 1) if census is not None else None}

    def write_cells(self, parameters, context, cells, feats, values, t_best, c_best, n_transit, n_car, gap, share,
                    nocar, pauv_nocar, over, over_known):
        fields = QgsFields()
        for n in CELL_FIELDS:
            fields.append(compat.double_field(n))
        for n in ("transit_min", "car_min", "ratio", "diff_min"):
            fields.append(compat.double_field(n))
        fields.append(compat.int_field("sites_transit"))
        fields.append(compat.int_field("sites_car"))
        fields.append(compat.double_field("gap"))
        fields.append(compat.double_field("nocar_pct"))
        fields.append(compat.double_field("men_nocar"))
        fields.append(compat.double_field("pauv_nocar"))
        fields.append(compat.int_field("over"))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_CELLS, context, fields,
                                          QgsWkbTypes.Type.MultiPolygon, cells.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_CELLS))

        def num(v, digits=2):
            return round(float(v), digits) if v is not None and np.isfinite(v) else None

        for i, f in enumerate(feats):
            t = t_best[i] / 60.0
            c = c_best[i] / 60.0
            out = QgsFeature(fields)
            g = QgsGeometry(f.geometry())
            g.convertToMultiType()
            out.setGeometry(g)
            ratio = t / c if np.isfinite(t) and np.isfinite(c) and c > 0 else None
            out.setAttributes([num(values[n][i], 1) for n in CELL_FIELDS] + [
                num(t), num(c), num(ratio), num(t - c) if np.isfinite(t) and np.isfinite(c) else None,
                int(n_transit[i]), int(n_car[i]), num(gap[i], 3), num(100.0 * share[i], 1), num(nocar[i], 1),
                num(pauv_nocar[i], 1), int(bool(over[i])) if over_known[i] else None])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        del sink
        return dest

    def summary_zones(self, parameters, context, feedback, census_zones):
        """(source, geometries, attributes, ids, census pairs or None) of the zones of the summary: ZONES, else
        the census zones; None when there are none."""
        zones = self.parameterAsSource(parameters, self.ZONES, context)
        if zones is not None:
            self.require_crs(zones, self.tr("zones"))
            id_field = self.parameterAsString(parameters, self.ZONE_ID, context)
            if not id_field:  # the zones' INSEE code, found by name
                id_field = field_roles.detect_by_name(zones.fields().names(), field_roles.ALIASES["commune_code"]) \
                    or ""
            geoms, attrs, ids = [], [], []
            for f in zones.getFeatures():
                g = f.geometry()
                if g is None or g.isEmpty():
                    continue
                geoms.append(QgsGeometry(g))
                attrs.append(f.attributes())
                ids.append(str(compat.py_value(f[id_field])) if id_field else str(f.id()))
            return zones, geoms, attrs, ids, None
        if census_zones is not None:
            census, geoms, attrs, pairs = census_zones
            names = census.fields().names()
            id_field = field_roles.detect_by_name(names, field_roles.ALIASES["commune_code"]) or \
                field_roles.detect_by_name(names, field_roles.ALIASES["iris_code"]) or ""
            i = names.index(id_field) if id_field else -1
            ids = [str(compat.py_value(a[i])) if i >= 0 else str(k) for k, a in enumerate(attrs)]
            return census, geoms, attrs, ids, pairs
        return None

    def write_zones(self, parameters, context, feedback, cell_frame, census_zones, census_has, net, stops_xy,
                    values, t_best, c_best, gap, nocar, pauv_nocar, over):
        """(destination, metadata) of the per-zone summary: sums and household-weighted medians over THE
        cell-to-zone table (client_common.cell_zone_pairs); a value is NULL, never 0, where the Filosofi grid,
        the census, the road network or the timetables cover the zone only in part or not at all (coverage,
        status off_network: analysis/coverage.py), the zones named in the log. (None, {}) when not asked."""
        if self.OUTPUT_ZONES not in parameters or parameters[self.OUTPUT_ZONES] is None:
            return None, {}
        found = self.summary_zones(parameters, context, feedback, census_zones)
        if found is None:
            feedback.pushWarning(self.tr("No zones and no census layer: the per-zone output is not written."))
            return None, {}
        source, geoms, attrs, ids, pairs = found
        fields_in = source.fields()
        n = len(geoms)
        if pairs is None:
            pairs = cc.cell_zone_pairs(cell_frame, geoms, source.sourceCrs(), context, feedback)
        men = values["men"]
        persons = cell_frame.persons
        frame = ct.ZoneFrame(geoms, source.sourceCrs(), fields_in, attrs, context, pairs,
                             persons if persons is not None else men)
        # coverage of the zones by every input (analysis/coverage.py), the zones named in the log
        checks = ct.Statuses()
        filosofi = None
        if persons is not None:
            filosofi = ct.filosofi_coverage(pairs, cell_frame, fields_in, attrs, context)
            checks.add(filosofi)
            ct.report(feedback, filosofi, ct.input_label("filosofi"))
        else:
            feedback.pushWarning(self.tr("The cells have no field ind (persons): the coverage of the zones by the "
                                         "Filosofi grid is not measured."))
        census = None
        if census_has is not None:
            weights = pairs.share * np.nan_to_num(men, nan=0.0)[pairs.cell_idx]
            shares = cov.weighted_shares(pairs.zone_idx, weights, census_has[pairs.cell_idx], n)
            census = ct.CoverageResult("census", shares, cov.statuses(shares, cov.OK_SHARE), "households",
                                       frame.labels, cov.OK_SHARE)
            checks.add(census)
            ct.report(feedback, census, ct.input_label("census"))
        network = ct.network_coverage(frame, net)
        checks.add(network)
        ct.report(feedback, network, ct.input_label("network"))
        feed = ct.gtfs_coverage(frame, stops_xy[0], stops_xy[1], net.crs)
        checks.add(feed)
        ct.report(feedback, feed, ct.input_label("gtfs"))
        coverage_col = checks.worst(n)

        def ok(result):
            return np.array([result is None or ct.usable(result.statuses[z]) for z in range(n)], dtype=bool)

        pop_ok = ok(filosofi)
        census_ok = pop_ok & ok(census) & (census_has is not None)
        car_ok = pop_ok & ok(network)
        transit_ok = car_ok & ok(feed)

        men_z = pairs.aggregate(men)
        pauv_z = pairs.aggregate(values["men_pauv"])
        nocar_z = pairs.aggregate(nocar)
        pn_z = pairs.aggregate(pauv_nocar)
        pn_over_z = pairs.aggregate(np.where(over, pauv_nocar, 0.0))
        t_min = np.where(np.isfinite(t_best), t_best / 60.0, np.nan)
        c_min = np.where(np.isfinite(c_best), c_best / 60.0, np.nan)
        with np.errstate(invalid="ignore", divide="ignore"):
            ratio = np.where(np.isfinite(t_best) & np.isfinite(c_best) & (c_best > 0),
                             t_best / np.where(c_best > 0, c_best, 1.0), np.nan)
        tm = zone_medians(pairs, t_min, men)
        cm = zone_medians(pairs, c_min, men)
        rm = zone_medians(pairs, ratio, men)
        gm = zone_means(pairs, gap, men)

        fields = QgsFields()
        fields.append(compat.string_field("zone_id"))
        fields.append(compat.string_field("zone_name"))
        for name in ("men", "men_pauv", "men_nocar", "pauv_nocar", "pauv_nocar_over", "share_over", "transit_min",
                     "car_min", "ratio", "gap"):
            fields.append(compat.double_field(name))
        fields.append(compat.string_field("coverage"))
        fields.append(compat.string_field("status"))
        crs = net.crs
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_ZONES, context, fields,
                                          QgsWkbTypes.Type.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_ZONES))
        tr = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())

        def rounded(value, digits, known=True):
            if not known or value is None or not np.isfinite(value):
                return None
            return round(float(value), digits)

        for z in range(n):
            if feedback.isCanceled():
                break
            g = QgsGeometry(geoms[z])
            g.transform(tr)
            g.convertToMultiType()
            f = QgsFeature(fields)
            f.setGeometry(g)
            net_status = network.statuses[z]
            f.setAttributes([_plain(v) for v in [
                ids[z], frame.labels[z], rounded(men_z[z], 1, pop_ok[z]), rounded(pauv_z[z], 1, pop_ok[z]),
                rounded(nocar_z[z], 1, census_ok[z]), rounded(pn_z[z], 1, census_ok[z]),
                rounded(pn_over_z[z], 1, census_ok[z] and transit_ok[z]),
                rounded(100.0 * pn_over_z[z] / pn_z[z] if pn_z[z] > 0 else None, 1, census_ok[z] and transit_ok[z]),
                rounded(tm[z], 2, transit_ok[z]), rounded(cm[z], 2, car_ok[z]), rounded(rm[z], 2, transit_ok[z]),
                rounded(gm[z], 3, transit_ok[z]), coverage_col[z],
                cov.OFF_NETWORK if net_status == cov.MISSING else (net_status or cov.OK)]])
            sink.addFeature(f, QgsFeatureSink.Flag.FastInsert)
        del sink
        off = [frame.labels[z] for z in range(n) if network.statuses[z] == cov.MISSING]
        if off:
            feedback.pushWarning(self.tr("{} zone(s) off the road network (no road near their people): their "
                                         "times are left empty (NULL), not 0: {}.").format(len(off),
                                                                                          cov.join_labels(off)))
        empty = [frame.labels[z] for z in range(n) if not transit_ok[z]]
        if empty:
            feedback.pushInfo(self.tr("Car versus transit per zone: values left empty (NULL) for {} zone(s) the "
                                      "inputs do not fully cover: {}.").format(len(empty), cov.join_labels(empty)))
        meta = {"cell_zone_rule": pairs.rule, **checks.meta()}
        return dest, meta
