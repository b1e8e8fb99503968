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
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..coodiag_plugin.toolbelt import compat
from . import network_engine as ne
from . import publishing
from . import transit_common as tc
from .analysis import fields as field_roles
from .analysis import routing
from .base import CoodiagAlgorithm
from .isochrones import site_ids
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
    v = np.asarray(values, float)
    w = np.asarray(weights, float)
    ok = np.isfinite(v) & (w > 0)
    if not ok.any():
        return None
    order = np.argsort(v[ok])
    cum = np.cumsum(w[ok][order])
    return float(v[ok][order][np.searchsorted(cum, cum[-1] / 2.0)])


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
            "its commune or IRIS, "
            "applied to its households and to its poor households (an estimate: it assumes poor households are "
            "as often without a car as the others, which understates them).\n\n"
            "Per commune: households, households without a car, poor households without a car, those of them "
            "more than the threshold from a site by public transport (the key figure of the atlas), and the "
            "household-weighted median times, ratio and gap. Every input is public data (Filosofi, census, "
            "GTFS, roads, the antennas' addresses): the outputs are public.")

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterFeatureSource(self.CELLS, self.tr("Population cells (Filosofi)"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon])
        p.setHelp(self.tr("Filosofi 200 m cells with men (households), men_pauv (poor households) and ind."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(self.SITES, self.tr("Sites"),
                                                [QgsProcessing.SourceType.TypeVectorPoint])
        p.setHelp(self.tr("Antennas, work sites… (points)."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.SITE_ID, self.tr("Site id field"), parentLayerParameterName=self.SITES,
                                        optional=True)
        p.setHelp(self.tr("Default: the feature id."))
        self.addParameter(p)
        tc.add_search_parameters(self)
        p = QgsProcessingParameterFeatureSource(self.CENSUS, self.tr("Census housing table joined to zones"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon], optional=True)
        p.setHelp(self.tr("Communes or IRIS with the main residences (P21_RP) and the households with at least one "
                          "car (P21_RP_VOIT1P), e.g. the output of “Join INSEE census table onto IRIS or communes” "
                          "with base-ic-logement."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(self.ZONES, self.tr("Zones of the summary (communes)"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon], optional=True)
        p.setHelp(self.tr("Communes (or any polygons) for the per-zone output; empty: the census zones."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.ZONE_ID, self.tr("Zone id field"), parentLayerParameterName=self.ZONES,
                                        optional=True)
        p.setHelp(self.tr("Code of the zones (e.g. INSEE_COM); empty = the feature id."))
        self.addParameter(p)
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
        # households without a car: share of the census zone holding the cell's centre
        census = self.parameterAsSource(parameters, self.CENSUS, context)
        share = np.full(len(o_ids), np.nan)
        vintage = ""
        census_polys = []
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
            tr_c = QgsCoordinateTransform(census.sourceCrs(), net.crs, context.transformContext())
            for f in census.getFeatures():
                g = QgsGeometry(f.geometry())
                if g.isEmpty():
                    continue
                g.transform(tr_c)
                a, b = compat.py_value(f[rp]), compat.py_value(f[voit])
                try:
                    a, b = float(a), float(b)
                except (TypeError, ValueError):
                    continue
                census_polys.append((g, max(0.0, 1.0 - b / a) if a > 0 else math.nan))
            zone_of = self.locate([QgsPointXY(x, y) for x, y in o_pts], [g for g, _s in census_polys])
            shares = np.array([s for _g, s in census_polys] + [math.nan])
            share = shares[zone_of]
        values = {n: np.zeros(len(o_ids)) for n in CELL_FIELDS}
        feats = list(cells.getFeatures(QgsFeatureRequest()))
        for i, f in enumerate(feats[:len(o_ids)]):
            for n in CELL_FIELDS:
                v = compat.py_value(f[present[n]]) if n in present else None
                values[n][i] = float(v) if v is not None else 0.0
        nocar = values["men"] * share
        pauv_nocar = values["men_pauv"] * share
        over = ~(t_best <= lim)
        cells_dest = self.write_cells(parameters, context, cells, feats[:len(o_ids)], values, t_best, c_best,
                                      n_transit, n_car, gap, share, nocar, pauv_nocar, over)
        key = float(np.nansum(np.where(over, pauv_nocar, 0.0)))
        zones_dest = self.write_zones(parameters, context, feedback, census, census_polys, net.crs, o_pts, values,
                                      t_best, c_best, gap, nocar, pauv_nocar, over)
        meta = dict(settings.meta(), threshold_min=threshold, sites=len(s_ids),
                    sources="; ".join(s for s in (publishing.source_text(context, parameters.get(self.CELLS)),
                                                  settings.sources,
                                                  publishing.source_text(context, parameters.get(self.CENSUS)),
                                                  publishing.source_text(context, parameters.get(tc.P_NETWORK))) if s),
                    census_vintage=vintage, poor_nocar_over=round(key, 1),
                    poor_nocar_over_rounded=int(round(key, -1)))
        publishing.finish(self, context, feedback, cells_dest, "mobility_gap_cells", meta)
        if zones_dest:
            publishing.finish(self, context, feedback, zones_dest, "mobility_gap", meta)
        if census is not None:
            feedback.pushInfo(self.tr("About {:.0f} poor households without a car live more than {:g} minutes from "
                                      "a site by public transport.").format(key, threshold))
        return {self.OUTPUT_CELLS: cells_dest, self.OUTPUT_ZONES: zones_dest,
                "POOR_NOCAR_OVER": round(key, 1) if census is not None else None}

    @staticmethod
    def locate(points, polygons) -> np.ndarray:
        """Index of the polygon holding each point (len(polygons) when none)."""
        out = np.full(len(points), len(polygons), np.int64)
        for k, g in enumerate(polygons):
            engine = QgsGeometry.createGeometryEngine(g.constGet())
            engine.prepareGeometry()
            box = g.boundingBox()
            for i, p in enumerate(points):
                if out[i] < len(polygons) or not box.contains(p):
                    continue
                probe = QgsGeometry.fromPointXY(p)
                if engine.intersects(probe.constGet()):
                    out[i] = k
        return out

    def write_cells(self, parameters, context, cells, feats, values, t_best, c_best, n_transit, n_car, gap, share,
                    nocar, pauv_nocar, over):
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
                num(pauv_nocar[i], 1), int(bool(over[i]))])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        del sink
        return dest

    def write_zones(self, parameters, context, feedback, census, census_polys, crs, o_pts, values, t_best, c_best,
                    gap, nocar, pauv_nocar, over):
        if self.OUTPUT_ZONES not in parameters or parameters[self.OUTPUT_ZONES] is None:
            return None
        zones = self.parameterAsSource(parameters, self.ZONES, context)
        id_field = self.parameterAsString(parameters, self.ZONE_ID, context)
        if not id_field and zones is not None:  # the zones' INSEE code, found by name then by content
            id_field = field_roles.detect_by_name(zones.fields().names(), field_roles.ALIASES["commune_code"]) or ""
        polys = []
        if zones is not None:
            tr = QgsCoordinateTransform(zones.sourceCrs(), crs, context.transformContext())
            for f in zones.getFeatures():
                g = QgsGeometry(f.geometry())
                if g.isEmpty():
                    continue
                g.transform(tr)
                polys.append((str(compat.py_value(f[id_field])) if id_field else str(f.id()), g))
        elif census_polys:
            polys = [(str(k), g) for k, (g, _s) in enumerate(census_polys)]
        else:
            feedback.pushWarning(self.tr("No zones and no census layer: the per-zone output is not written."))
            return None
        zone_of = self.locate([QgsPointXY(x, y) for x, y in o_pts], [g for _z, g in polys])
        fields = QgsFields()
        fields.append(compat.string_field("zone_id"))
        for n in ("men", "men_pauv", "men_nocar", "pauv_nocar", "pauv_nocar_over", "share_over", "transit_min",
                  "car_min", "ratio", "gap"):
            fields.append(compat.double_field(n))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_ZONES, context, fields,
                                          QgsWkbTypes.Type.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_ZONES))
        men = values["men"]
        for z, (zid, g) in enumerate(polys):
            sel = zone_of == z
            w = men[sel]
            pn = np.nansum(pauv_nocar[sel])
            pn_over = np.nansum(np.where(over[sel], pauv_nocar[sel], 0.0))
            with np.errstate(invalid="ignore", divide="ignore"):
                ratio = np.where(np.isfinite(t_best[sel]) & np.isfinite(c_best[sel]) & (c_best[sel] > 0),
                                 t_best[sel] / np.where(c_best[sel] > 0, c_best[sel], 1.0), np.nan)
            tm = weighted_median(np.where(np.isfinite(t_best[sel]), t_best[sel] / 60.0, np.nan), w)
            cm = weighted_median(np.where(np.isfinite(c_best[sel]), c_best[sel] / 60.0, np.nan), w)
            gm = np.nansum(gap[sel] * w) / np.nansum(np.where(np.isfinite(gap[sel]), w, 0.0)) \
                if np.nansum(np.where(np.isfinite(gap[sel]), w, 0.0)) > 0 else None
            has_census = np.isfinite(nocar[sel]).any()
            f = QgsFeature(fields)
            g = QgsGeometry(g)
            g.convertToMultiType()
            f.setGeometry(g)
            f.setAttributes([_plain(v) for v in [
                             zid, round(float(w.sum()), 1), round(float(values["men_pauv"][sel].sum()), 1),
                             round(float(np.nansum(nocar[sel])), 1) if has_census else None,
                             round(float(pn), 1) if has_census else None,
                             round(float(pn_over), 1) if has_census else None,
                             round(100.0 * pn_over / pn, 1) if has_census and pn > 0 else None,
                             round(tm, 2) if tm is not None else None, round(cm, 2) if cm is not None else None,
                             round(float(weighted_median(ratio, w)), 2) if weighted_median(ratio, w) is not None
                             else None, round(float(gm), 3) if gm is not None else None]])
            sink.addFeature(f, QgsFeatureSink.Flag.FastInsert)
        del sink
        return dest
