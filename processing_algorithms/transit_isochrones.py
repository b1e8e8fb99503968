"""coodiag:transitisochrones — places that reach (or are reached from) the sites by walk + public transport,
in bands of minutes, built on the road isochrones' raster → polygon path."""
from __future__ import annotations

import math
import time

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsProcessingException,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from . import network_engine as ne
from . import publishing, schema
from . import transit_common as tc
from .analysis import routing, transit
from .base import CoodiagAlgorithm
from .isochrones import (
    OUTPUT_TYPES,
    IsochroneParameters,
    IsochronesAlgorithm,
    access_by_zone,
    add_access_parameters,
    add_offnet_parameter,
    add_output_type_parameter,
    collect_polygons,
    site_ids,
    write_isochrones,
)
from .shared_parameters import add_sites_parameters

DEFAULT_BANDS = (15, 30, 45, 60)


def raster_from_node_times(net, dist, lab, site_snaps, site_times, bands_min, per_site, offnet_m, offnet_ms, cell,
                           scale=1.0, extra=None):
    """The tail of network_engine.isochrone_raster with the node times given (here: walk + transit + walk):
    points along the reached links (interpolated on the walking costs), cell minimum, the sites' own cells,
    the off-network walk, band codes. `extra` = (sample indexes, times, labels) computed directly (the
    samples of the links holding a stop). Returns an IsoResult or None."""
    fw, bw = net.cost("walk")
    fw, bw = fw * scale, bw * scale
    limit = float(max(bands_min)) * 60.0
    reached = np.isfinite(dist) & (dist <= limit)
    keep = reached[net.from_id] | reached[net.to_id]
    samples = ne.link_samples(net, cell)
    if extra is not None and len(extra[0]):
        keep[samples.link[extra[0][np.isfinite(extra[1])]]] = True
    sel = np.flatnonzero(keep[samples.link])
    t, tl = routing.point_times(samples.link[sel], samples.frac[sel], net.from_id, net.to_id, fw, bw, dist, lab)
    if extra is not None and len(extra[0]):
        pos = np.searchsorted(sel, extra[0])
        inside = (pos < len(sel)) & (sel[np.minimum(pos, len(sel) - 1)] == extra[0])
        pos, et, el = pos[inside], extra[1][inside], extra[2][inside]
        better = et < t[pos]
        t[pos[better]] = et[better]
        tl[pos[better]] = el[better]
    return ne.raster_from_points(samples, sel, t, tl, site_snaps, site_times, limit, per_site, cell, offnet_m,
                                 offnet_ms, bands_min, int(keep.sum()))


class TransitIsochronesAlgorithm(IsochroneParameters, CoodiagAlgorithm):
    GROUP_ID = "analysis"

    def name(self):
        return "transitisochrones"

    def displayName(self):  # noqa: N802
        return self.tr("Transit isochrones")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Polygons of the places from which the sites (antennas, work sites) are reached by public transport "
            "— arrive by a time, e.g. 08:30 for a start of work — or that are reached from them (leave at a "
            "time), in bands of minutes (default 15, 30, 45, 60).\n\n"
            "A journey walks on the road network to a stop, rides (with transfers), and walks on; walking all the "
            "way counts too. The search is repeated every step over the window (e.g. every minute from 07:30 to "
            "08:30), and each place gets a percentile of its travel times over the window (the median by "
            "default, like R5/r5py): computed minute by minute for every place, then the percentile.\n\n"
            "Output like “Isochrones”: nested rings for all sites together (union), per-site catchments "
            "(nearest site) or per-site isochrones (overlapping), with the population per band when a Filosofi "
            "layer is given, and the access by zone (population within each band, per commune).\n\n"
            "Needs the compact timetable of “Load a GTFS timetable” (or GTFS files) and the prepared road "
            "network of “Build a routable network”.")

    def initAlgorithm(self, config=None):  # noqa: N802
        add_sites_parameters(self)
        tc.add_search_parameters(self)
        p = QgsProcessingParameterString(self.BANDS, self.tr("Bands (minutes)"),
                                         defaultValue=", ".join(str(b) for b in DEFAULT_BANDS))
        p.setHelp(self.tr("Comma-separated upper limits in minutes (at most 180)."))
        self.addParameter(p)
        add_output_type_parameter(self)
        add_offnet_parameter(self)
        p = QgsProcessingParameterNumber(self.CELL_SIZE, self.tr("Grid cell size (m)"),
                                         QgsProcessingParameterNumber.Type.Double, 50.0, minValue=5.0)
        p.setHelp(self.tr("Resolution of the polygons."))
        self.addParameter(p)
        add_access_parameters(self, self.tr("Transit isochrones"))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        t0 = time.perf_counter()
        if not parameters.get(tc.P_NETWORK):
            raise QgsProcessingException(self.tr("Transit isochrones need the road network (output of “Build a "
                                                 "routable network”) for the walks to and from the stops."))
        try:
            bands, _notes = routing.parse_bands(self.parameterAsString(parameters, self.BANDS, context) or
                                                ", ".join(str(b) for b in DEFAULT_BANDS), "walk")
        except routing.BandError as err:
            raise QgsProcessingException(self.tr("Band “{}” is not a positive number of minutes up to 180: write "
                                                 "the limits like 15, 30, 45, 60.").format(err.value)) from None
        output_type = self.parameterAsEnum(parameters, self.OUTPUT_TYPE, context)
        per_site, overlapping = output_type == 1, output_type == 2
        sites = self.source_or_raise(parameters, self.SITES, context)
        limit = float(max(bands)) * 60.0
        settings = tc.read_settings(self, parameters, context, feedback, limit)
        walker = tc.Walker(self, parameters, context, feedback, settings)
        net = walker.net
        feedback.setProgress(15)
        s_crs = self.require_crs(sites, self.tr("sites"))
        transform = None if s_crs == net.crs else QgsCoordinateTransform(s_crs, net.crs, context.transformContext())
        ids, pts = site_ids(sites, self.parameterAsString(parameters, self.SITE_ID, context), transform, feedback)
        snaps = walker.points(pts)
        bad = [sid for sid, s in zip(ids, snaps) if not s.ok]
        if bad:
            feedback.reportError(self.tr("{} site(s) farther than {:g} m from a walkable road, not computed: {}.")
                                 .format(len(bad), settings.tolerance, ", ".join(bad)))
        if not any(s.ok for s in snaps):
            raise QgsProcessingException(self.tr("No site is within {:g} m of the road network: check the CRS of the "
                                                 "sites and the network, or raise the snapping tolerance.").format(
                settings.tolerance))
        p = settings.params
        site_walk = p.max_egress_s if settings.arrive_by else p.max_access_s
        place_walk = p.max_access_s if settings.arrive_by else p.max_egress_s
        feedback.setProgressText(self.tr("Walking between the sites and the stops…"))
        site_links = walker.links(snaps, site_walk)
        feedback.setProgressText(self.tr("Searching the timetable…"))
        stop_times = transit.one_to_all(settings.net, site_links, settings.times, arrive_by=settings.arrive_by,
                                        params=p)
        feedback.setProgress(40)
        reached_stops = np.flatnonzero((stop_times.travel < int(transit.INF)).any(axis=(0, 1)))
        mask = np.zeros(settings.tt.n_stops, bool)
        mask[reached_stops] = True
        feedback.setProgressText(self.tr("Walking from the {} stops reached…").format(len(reached_stops)))
        cell = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        samples = ne.link_samples(net, cell)
        stop_links = sorted({e for s in reached_stops.tolist() for e, _f in walker.stop_snaps[s].places()})
        s_idx = np.flatnonzero(np.isin(samples.link, stop_links))
        pseudo = [ne.Snap(True, "ok", int(samples.link[i]), float(samples.frac[i]), 0.0) for i in s_idx.tolist()]
        pt_links, nodes = tc.walk_links(net, walker.stop_snaps, pseudo, place_walk / walker.scale, walker.speed_ms,
                                        feedback, want_nodes=True, stop_filter=mask)
        pt_links = walker._scaled(pt_links)
        feedback.setProgress(60)
        n_nodes = net.n_nodes
        links = transit.Links.make((nodes[0], nodes[1], np.ceil(nodes[2] * walker.scale)), n_rows=n_nodes)
        # walking all the way between the sites and the places (the same every minute: combined after the
        # percentile, which is exact)
        walk_nodes = np.full((len(snaps), n_nodes), np.inf)
        graph = net.graph("walk")
        for j, snap in enumerate(snaps):
            if snap.ok:
                seeds = ne.seeds_for(net, "walk", [snap], [0], walker.speed_ms)
                dist, _lab = routing.search(graph, seeds, limit / walker.scale, labels=False)
                walk_nodes[j] = dist * walker.scale
        site_times = [s.dist / walker.speed_ms if s.ok else math.inf for s in snaps]
        offnet = self.parameterAsDouble(parameters, self.OFFNET_DISTANCE, context)
        population = IsochronesAlgorithm.read_population(self, parameters, context, net.crs, feedback)
        runs = []
        zeros_s = np.zeros(len(pseudo), np.int64)
        if overlapping or per_site:
            per = np.fmin(stop_times.spread(links, max_travel_s=limit), walk_nodes.T)  # (nodes, sites)
            per = np.where(np.isnan(per), np.inf, per)
            ex = stop_times.spread(pt_links, max_travel_s=limit) if pseudo else np.zeros((0, len(snaps)))
            ex = np.where(np.isnan(ex), np.inf, ex)
            if overlapping:
                for j in range(len(snaps)):
                    if snaps[j].ok:
                        runs.append((j, per[:, j], np.zeros(n_nodes, np.int64), [snaps[j]], [site_times[j]],
                                     (s_idx, ex[:, j], zeros_s)))
            else:
                best = per.min(axis=1)
                lab = np.where(np.isfinite(best), per.argmin(axis=1), -1)
                ex_best = ex.min(axis=1) if ex.size else np.zeros(0)
                ex_lab = ex.argmin(axis=1) if ex.size else zeros_s
                runs.append((None, best, lab, snaps, site_times, (s_idx, ex_best, ex_lab)))
        else:
            best = np.fmin(stop_times.spread(links, combine="min", max_travel_s=limit), walk_nodes.min(axis=0))
            ex = stop_times.spread(pt_links, combine="min", max_travel_s=limit) if pseudo else np.zeros(0)
            runs.append((None, best, np.zeros(n_nodes, np.int64), snaps, site_times,
                         (s_idx, np.where(np.isnan(ex), np.inf, ex), zeros_s)))
        polys, pops, last = {}, {} if population is not None else None, None
        nb = len(bands)
        for k, (site, dist, lab, run_snaps, run_times, extra) in enumerate(runs):
            if feedback.isCanceled():
                return {}
            dist = np.where(np.isnan(dist), np.inf, dist)
            result = raster_from_node_times(net, dist, lab, run_snaps, run_times, bands, per_site, offnet,
                                            walker.speed_ms, cell, walker.scale, extra)
            if result is None:
                continue
            collect_polygons(polys, pops, result, site, nb, population, feedback)
            if not overlapping:
                last = result
            feedback.setProgress(60 + 30.0 * (k + 1) / len(runs))
        dest = write_isochrones(self, parameters, context, net.crs, polys, pops, ids, bands, per_site or overlapping,
                                "transit")
        stops = [(s.x, s.y) for s in walker.stop_snaps if s is not None and s.ok]
        stops_xy = (np.array([xy[0] for xy in stops], dtype=float), np.array([xy[1] for xy in stops], dtype=float))
        zones_dest, access_meta = access_by_zone(self, parameters, context, feedback, net, "transit", last, bands,
                                                 per_site, overlapping, stops_xy)
        meta = dict(settings.meta(), bands=[float(b) for b in bands], output_type=OUTPUT_TYPES[output_type],
                    sites=len(ids), population=population is not None,
                    sources="; ".join(s for s in (settings.sources, publishing.source_text(
                        context, parameters.get(tc.P_NETWORK))) if s))
        publishing.finish(self, context, feedback, dest, schema.isochrone_table("transit"), meta)
        if zones_dest:
            publishing.finish(self, context, feedback, zones_dest, schema.access_table("transit"),
                              {**meta, **access_meta})
        feedback.pushInfo(self.tr("{} polygons for {} site(s) in {:.1f} s.").format(
            len(polys), sum(s.ok for s in snaps), time.perf_counter() - t0))
        return {self.OUTPUT: dest, self.OUTPUT_ZONES: zones_dest}
