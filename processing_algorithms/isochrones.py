"""coodiag:isochrones — travel-time bands around sites as clean polygons, with the population inside."""
from __future__ import annotations

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
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)

from qgis.PyQt.QtCore import QCoreApplication

from ..coodiag_plugin.toolbelt import compat
from . import network_engine as ne
from .analysis import routing
from .base import CoodiagAlgorithm
from . import publishing, schema

POP_FIELDS = ("ind", "men", "men_pauv")



def site_ids(source, id_field: str, transform, feedback=None) -> tuple:
    """(ids as strings, [(x, y)] in the network CRS) of point features (multi-points: first point)."""
    ids, pts = [], []
    for f in source.getFeatures():
        if feedback is not None and feedback.isCanceled():
            break
        ids.append(str(f[id_field]) if id_field else str(f.id()))
        g = f.geometry()
        if g is None or g.isEmpty():
            pts.append((float("nan"), float("nan")))
            continue
        if g.type() != QgsWkbTypes.GeometryType.PointGeometry:
            g = g.pointOnSurface()
        p = g.asMultiPoint()[0] if g.isMultipart() else g.asPoint()
        if transform is not None:
            p = transform.transform(QgsPointXY(p))
        pts.append((p.x(), p.y()))
    return ids, pts


def read_network(alg, parameters, name, context, feedback):
    """The Network of a NETWORK parameter, reporting whether it came from the cache, a saved prepared
    layer or a raw layer prepared on the fly."""
    layer = alg.parameterAsVectorLayer(parameters, name, context)
    if layer is None:
        raise QgsProcessingException(alg.invalidSourceError(parameters, name))
    from .territory_tools import require_geometry

    require_geometry(layer, ("line",), QCoreApplication.translate("CoodiagNetwork", "of the road network"))
    if layer.featureCount() == 0:
        raise QgsProcessingException(QCoreApplication.translate(
            "CoodiagNetwork", "The road network layer {} is empty.").format(layer.name()))
    crs = alg.require_crs(layer, layer.name())
    t0 = time.perf_counter()
    net, how = ne.network_from_layer(layer, feedback)
    if how == "built":
        feedback.pushWarning(QCoreApplication.translate(
            "CoodiagNetwork", "The network layer is not a prepared network: it was prepared in memory with "
                                    "automatic settings. Run “Build a routable network” once and use its output "
                                    "to save this step."))
    elif how == "cache":
        feedback.pushInfo(QCoreApplication.translate(
            "CoodiagNetwork", "Prepared network reused from this session's cache (not rebuilt)."))
    else:
        feedback.pushInfo(QCoreApplication.translate(
            "CoodiagNetwork", "Prepared network read in {:.2f} s ({} links).").format(
            time.perf_counter() - t0, net.n_links))
    if net.n_links == 0:
        raise QgsProcessingException(QCoreApplication.translate("CoodiagNetwork", "The network layer has no link."))
    if not net.crs.isValid():
        net.crs = crs
    alg.require_projected(net.crs, layer.name())
    return net, how


OUTPUT_TYPES = ("union", "catchments", "per_site")


class IsochronesAlgorithm(CoodiagAlgorithm):
    GROUP_ID = "analysis"
    NETWORK = "NETWORK"
    SITES = "SITES"
    SITE_ID = "SITE_ID"
    MODE = "MODE"
    BANDS = "BANDS"
    OUTPUT_TYPE = "OUTPUT_TYPE"
    TOLERANCE = "TOLERANCE"
    OFFNET_DISTANCE = "OFFNET_DISTANCE"
    OFFNET_SPEED = "OFFNET_SPEED"
    CELL_SIZE = "CELL_SIZE"
    POPULATION = "POPULATION"
    POP_METHOD = "POP_METHOD"
    ZONES = "ZONES"
    ZONE_ID = "ZONE_ID"
    OUTPUT = "OUTPUT"
    OUTPUT_ZONES = "OUTPUT_ZONES"
    SITES_REPORT = "SITES_REPORT"

    def name(self) -> str:
        return "isochrones"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Isochrones (travel-time bands)")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Polygons of the places reached from one or many sites within each travel-time band, on a road "
            "network (best: the output of “Build a routable network”, read once and cached for the session).\n\n"
            "Output: nested non-overlapping rings for all sites together (“within X minutes of any site”: "
            "band 2 = between the first and the second limit), per-site catchments (each place assigned to "
            "the site that reaches it first, cut into the same bands), or per-site isochrones (what each site "
            "reaches on its own: one ring per site and band, rings of different sites overlap). Union and "
            "catchments come from ONE multi-source shortest-path search; per-site isochrones need one search "
            "per site. Partly reached links are interpolated.\n\n"
            "Bands in minutes, e.g. 10, 20, 30, 45. Blank = defaults of the mode (car 10/20/30/45, walk "
            "5/10/15/20, bike 10/20/30). Unsorted lists are sorted and duplicates removed (with a warning); "
            "values must be positive and at most 180 minutes.\n\n"
            "Each site joins the nearest link open to the mode within the snapping tolerance; the distance "
            "to it is walked at the off-network speed. Sites farther than the tolerance are not snapped: they "
            "are listed in the site report (status too_far) and the log. Sites on a network piece not joined to "
            "the main network are computed but flagged (status disconnected). Places off the network are "
            "reached by walking up to the off-network distance from the nearest reached road.\n\n"
            "Polygons are built on a grid (cell size: 50 m by car, 25 m on foot and by bike, or as set), "
            "dissolved and made valid.\n\n"
            "Population (optional): a Filosofi grid layer with ind, men, men_pauv (2019 names); a cell "
            "is shared by area between the bands and the zones (estimated on 4 × 4 points per cell; the "
            "default, the cell-to-zone rule every Coodiag output shares), or counts where its centroid is.\n\n"
            "Access by zone (optional output, with zones and a population grid): for each zone (e.g. commune), "
            "its population (ind_total) and the population within each band's limit of any site "
            "(ind_le_20 = persons within 20 minutes) with its share in % (share_le_20)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterVectorLayer(self.NETWORK, self.tr("Road network"),
                                              [QgsProcessing.SourceType.TypeVectorLine])
        p.setHelp(self.tr("A prepared network (from “Build a routable network”), or a raw road layer prepared "
                          "on the fly with automatic settings."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(self.SITES, self.tr("Sites"),
                                                [QgsProcessing.SourceType.TypeVectorPoint])
        p.setHelp(self.tr("Antennas, work sites… (points, any CRS: reprojected to the network CRS)."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.SITE_ID, self.tr("Site id field"), parentLayerParameterName=self.SITES,
                                        optional=True)
        p.setHelp(self.tr("Identifier copied to the outputs (default: the feature id)."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(self.MODE, self.tr("Mode"), options=[self.tr("Car"), self.tr("Walk"),
                                                                            self.tr("Bike")], defaultValue=0)
        p.setHelp(self.tr("Which costs of the prepared network are used."))
        self.addParameter(p)
        p = QgsProcessingParameterString(self.BANDS, self.tr("Bands (minutes)"), defaultValue="", optional=True)
        p.setHelp(self.tr("Comma-separated upper limits in minutes; blank = defaults of the mode."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(
            self.OUTPUT_TYPE, self.tr("Output polygons"),
            options=[self.tr("Nested rings for all sites together (union)"),
                     self.tr("Per-site catchments (nearest site)"),
                     self.tr("Per-site isochrones (overlapping)")], defaultValue=0)
        p.setHelp(self.tr("Union: one polygon per band. Catchments: one polygon per site and band, without "
                          "overlap. Per-site isochrones: one polygon per site and band, each site on its own "
                          "(overlapping)."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.TOLERANCE, self.tr("Snapping tolerance (m)"),
                                         QgsProcessingParameterNumber.Type.Double, 500.0, minValue=0.0)
        p.setHelp(self.tr("Sites farther than this from any road open to the mode are reported, not snapped."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.OFFNET_DISTANCE, self.tr("Off-network walking distance (m)"),
                                         QgsProcessingParameterNumber.Type.Double, 200.0, minValue=0.0,
                                         maxValue=2000.0)
        p.setHelp(self.tr("How far from a reached road a place still counts as reached (walked)."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.OFFNET_SPEED, self.tr("Off-network walking speed (km/h)"),
                                         QgsProcessingParameterNumber.Type.Double, routing.WALK_KMH, minValue=0.5)
        p.setHelp(self.tr("Speed of the walk between a site or a place and the road."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.CELL_SIZE, self.tr("Grid cell size (m, 0 = automatic)"),
                                         QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0)
        p.setHelp(self.tr("Resolution of the polygons: 0 = 50 m by car, 25 m on foot or by bike."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(self.POPULATION, self.tr("Population grid (Filosofi)"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon], optional=True)
        p.setHelp(self.tr("Normalised Filosofi cells with ind, men, men_pauv: their sums are added per band."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(self.POP_METHOD, self.tr("Population counted by"),
                                       options=[self.tr("Cell centroid"), self.tr("Area share")], defaultValue=1)
        p.setHelp(self.tr("Centroid: the whole cell goes to the band holding its centre. Area share: split "
                          "by the share of the cell in each band."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(self.ZONES, self.tr("Zones for the access summary (optional)"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon], optional=True)
        p.setHelp(self.tr("Communes or any polygons: with a population grid, the population of each zone "
                          "within each band's limit is written to the access-by-zone output."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.ZONE_ID, self.tr("Zone id field"), parentLayerParameterName=self.ZONES,
                                        optional=True)
        p.setHelp(self.tr("Code of the zones (e.g. INSEE_COM); empty = the feature id."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Isochrones"),
                                                            QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_ZONES, self.tr("Access by zone"), QgsProcessing.SourceType.TypeVectorPolygon,
            optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFeatureSink(self.SITES_REPORT, self.tr("Site report"),
                                                            QgsProcessing.SourceType.TypeVectorPoint))

    def bands(self, text: str, mode: str, feedback) -> tuple:
        try:
            bands, notes = routing.parse_bands(text, mode)
        except routing.BandError as err:
            if err.code == "too_long":
                message = self.tr("Band {} min is over 3 hours (180 min): isochrones that far are not meaningful on "
                                  "a local network.")
                raise QgsProcessingException(message.format(err.value)) from None
            raise QgsProcessingException(self.tr("Band “{}” is not a positive number of minutes: write the "
                                                 "limits like 10, 20, 30.").format(err.value)) from None
        if "defaults" in notes:
            feedback.pushInfo(self.tr("No band given: defaults of the mode used ({}).").format(
                ", ".join(f"{b:g}" for b in bands)))
        if "sorted" in notes or "duplicates" in notes:
            feedback.pushWarning(self.tr("Bands sorted and de-duplicated: {} min.").format(
                ", ".join(f"{b:g}" for b in bands)))
        return bands

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        t0 = time.perf_counter()
        mode = routing.MODES[self.parameterAsEnum(parameters, self.MODE, context)]
        bands = self.bands(self.parameterAsString(parameters, self.BANDS, context), mode, feedback)
        output_type = self.parameterAsEnum(parameters, self.OUTPUT_TYPE, context)
        per_site = output_type == 1
        overlapping = output_type == 2
        tolerance = self.parameterAsDouble(parameters, self.TOLERANCE, context)
        offnet = self.parameterAsDouble(parameters, self.OFFNET_DISTANCE, context)
        offspeed = self.parameterAsDouble(parameters, self.OFFNET_SPEED, context)
        cell = self.parameterAsDouble(parameters, self.CELL_SIZE, context) or (50.0 if mode == "car" else 25.0)
        sites = self.source_or_raise(parameters, self.SITES, context)
        id_field = self.parameterAsString(parameters, self.SITE_ID, context)
        site_crs = self.require_crs(sites, self.tr("sites"))
        net, _how = read_network(self, parameters, self.NETWORK, context, feedback)
        feedback.setProgress(10)
        transform = None if site_crs == net.crs else QgsCoordinateTransform(site_crs, net.crs,
                                                                            context.transformContext())
        ids, pts = site_ids(sites, id_field, transform, feedback)
        snaps = ne.snap_points(net, pts, mode, tolerance)
        report_fields = QgsFields()
        report_fields.append(compat.string_field("site_id"))
        report_fields.append(compat.string_field("status"))
        report_fields.append(compat.double_field("snap_m"))
        report_fields.append(compat.double_field("access_min"))
        report_fields.append(compat.int_field("component"))
        rsink, rdest = self.parameterAsSink(parameters, self.SITES_REPORT, context, report_fields,
                                            QgsWkbTypes.Type.Point, net.crs)
        offnet_ms = offspeed / 3.6
        for sid, (x, y), s in zip(ids, pts, snaps):
            if rsink is None:
                break
            f = QgsFeature(report_fields)
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
            f.setAttributes([sid, s.status, None if not s.ok else round(s.dist, 1),
                             None if not s.ok else round(s.dist / offnet_ms / 60.0, 2), s.component if s.ok else None])
            rsink.addFeature(f, QgsFeatureSink.Flag.FastInsert)
        too_far = [sid for sid, s in zip(ids, snaps) if s.status == "too_far"]
        disconnected = [sid for sid, s in zip(ids, snaps) if s.status == "disconnected"]
        if too_far:
            feedback.reportError(self.tr("{} site(s) farther than {:g} m from any road open to this mode, not "
                                         "computed: {}.").format(len(too_far), tolerance, ", ".join(too_far)))
        if disconnected:
            feedback.pushWarning(self.tr("{} site(s) on a network piece not joined to the main network (their "
                                         "isochrones stay small): {}.").format(len(disconnected),
                                                                              ", ".join(disconnected)))
        if not any(s.ok for s in snaps):
            raise QgsProcessingException(self.tr("No site is within {:g} m of the network: check the CRS of the "
                                                 "sites and the network, or raise the snapping tolerance.")
                                         .format(tolerance))
        feedback.setProgress(20)
        population = self.read_population(parameters, context, net.crs, feedback)
        if overlapping:  # one search per site: [(site index, result)]
            runs = [(i, [s]) for i, s in enumerate(snaps) if s.ok]
        else:
            runs = [(None, snaps)]
        polys, pops, n_reached = {}, {} if population is not None else None, 0
        last_result = None
        nb = len(bands)
        for k, (site, run_snaps) in enumerate(runs):
            if feedback.isCanceled():
                return {}
            result = ne.isochrone_raster(net, mode, run_snaps, bands, per_site, offnet, offspeed, cell, feedback)
            if result is None:
                continue
            n_reached = max(n_reached, result.n_reached_links)
            shift = site * nb if site is not None else 0  # per-site isochrones: code = site × bands + band
            for code, geom in ne.code_polygons(result, feedback).items():
                polys[code + shift] = geom
            if population is not None:
                for code, sums in self.sum_population(result, population).items():
                    pops[code + shift] = sums
                if not overlapping:
                    last_result = result
            feedback.setProgress(20 + 70.0 * (k + 1) / len(runs))
        if feedback.isCanceled():
            return {}

        fields = QgsFields()
        fields.append(compat.string_field("site_id"))
        fields.append(compat.string_field("mode"))
        fields.append(compat.int_field("band"))
        fields.append(compat.double_field("min_from"))
        fields.append(compat.double_field("minutes"))
        fields.append(compat.double_field("area_km2"))
        for name in POP_FIELDS:
            fields.append(compat.double_field(name))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             QgsWkbTypes.Type.MultiPolygon, net.crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for code in sorted(polys):
            site, band = routing.decode(code, nb, per_site or overlapping)
            geom = polys[code]
            pop = pops.get(code, {}) if pops is not None else {}
            f = QgsFeature(fields)
            f.setGeometry(geom)
            f.setAttributes([ids[site] if per_site or overlapping else "all", mode, band + 1,
                             float(bands[band - 1]) if band else 0.0, float(bands[band]), round(geom.area() / 1e6, 4),
                             *[round(pop.get(n, 0.0), 1) if pops is not None else None for n in POP_FIELDS]])
            sink.addFeature(f, QgsFeatureSink.Flag.FastInsert)
        del sink
        if rsink is not None:
            del rsink
        zones_dest = self.access_by_zone(parameters, context, feedback, net.crs, population, last_result, bands,
                                         per_site, overlapping)
        meta = {"mode": mode, "bands": [float(b) for b in bands], "output_type": OUTPUT_TYPES[output_type],
                "sites": len(ids), "population": population is not None,
                "population_source": publishing.source_text(context, parameters.get(self.POPULATION))
                if population is not None else "",
                "sources": publishing.source_text(context, parameters.get(self.NETWORK))}
        publishing.finish(self, context, feedback, dest_id, schema.isochrone_table(mode), meta)
        if zones_dest:
            publishing.finish(self, context, feedback, zones_dest, schema.access_table(mode), meta)
        feedback.pushInfo(self.tr("{} polygons for {} site(s) in {:.1f} s ({} links reached).").format(
            len(polys), sum(s.ok for s in snaps), time.perf_counter() - t0, n_reached))
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id, self.SITES_REPORT: rdest, self.OUTPUT_ZONES: zones_dest, "TOO_FAR": len(too_far),
                "DISCONNECTED": len(disconnected)}

    def access_by_zone(self, parameters, context, feedback, crs, population, result, bands, per_site,
                       overlapping):
        """Per zone: population within each band's limit of any site (ind_le_<minutes>, share_le_<minutes> %)
        and the zone's population (ind_total). Needs a population grid and union or catchment output."""
        zones = self.parameterAsSource(parameters, self.ZONES, context)
        if zones is None or self.OUTPUT_ZONES not in parameters or parameters[self.OUTPUT_ZONES] is None:
            return None
        if population is None:
            raise QgsProcessingException(self.tr("The access-by-zone output needs the population grid "
                                                 "(Filosofi cells) parameter."))
        if overlapping:
            raise QgsProcessingException(self.tr("The access-by-zone output counts the population within reach "
                                                 "of any site: choose the union or the catchment output type."))
        id_field = self.parameterAsString(parameters, self.ZONE_ID, context)
        tr = QgsCoordinateTransform(zones.sourceCrs(), crs, context.transformContext())
        feats = []
        for f in zones.getFeatures():
            g = QgsGeometry(f.geometry())
            if g.isEmpty():
                continue
            g.transform(tr)
            feats.append((f[id_field] if id_field else f.id(), g))
        xs, ys, ws, vals = population
        xs, ys = np.asarray(xs), np.asarray(ys)
        if feedback.isCanceled():
            return None
        from .client_common import assign_to_polygons  # the one point-in-polygon routine (analysis/zones.py)

        zone_of_point = assign_to_polygons(xs, ys, [g for _zid, g in feats], feedback)
        codes = ne.codes_at(result, xs, ys) if result is not None else np.zeros(len(xs), dtype=np.int64)
        persons = np.asarray(vals["ind"], dtype=float) * np.asarray(ws, dtype=float) if "ind" in vals \
            else np.zeros(len(xs))
        within, total = routing.population_within_by_zone(codes, len(bands), per_site, zone_of_point, len(feats),
                                                          persons)
        fields = QgsFields()
        fields.append(compat.string_field("zone_id"))
        fields.append(compat.double_field("ind_total"))
        for b in bands:
            fields.append(compat.double_field(f"ind_le_{b:g}"))
            fields.append(compat.double_field(f"share_le_{b:g}"))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_ZONES, context, fields,
                                          QgsWkbTypes.Type.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_ZONES))
        for z, (zid, g) in enumerate(feats):
            f = QgsFeature(fields)
            f.setGeometry(g)
            row = [str(zid), round(float(total[z]), 1)]
            for b in range(len(bands)):
                row += [round(float(within[z, b]), 1),
                        round(float(100.0 * within[z, b] / total[z]), 1) if total[z] > 0 else None]
            f.setAttributes(row)
            sink.addFeature(f, QgsFeatureSink.Flag.FastInsert)
        del sink
        return dest

    @staticmethod
    def sum_population(result, population) -> dict:
        """{code: {ind, men, men_pauv}} of the population points falling in each zone of a raster result."""
        xs, ys, ws, vals = population
        return routing.sum_by_code(ne.codes_at(result, xs, ys), ws, vals)

    def read_population(self, parameters, context, crs, feedback):
        """(x, y, weight, {field: values}) sample points of the Filosofi cells in the network CRS, or None
        without a population layer."""
        source = self.parameterAsSource(parameters, self.POPULATION, context)
        if source is None:
            return None
        present = {f.name().lower(): f.name() for f in source.fields()}
        names = [n for n in POP_FIELDS if n in present]
        if not names:
            raise QgsProcessingException(self.tr("The population layer has none of the fields {} (normalised "
                                                 "Filosofi 2019 names).").format(", ".join(POP_FIELDS)))
        area_share = self.parameterAsEnum(parameters, self.POP_METHOD, context) == 1
        tr = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        offsets = routing.sample_square_offsets(4) if area_share else None
        xs, ys, ws, vals = [], [], [], {n: [] for n in names}
        request = QgsFeatureRequest().setSubsetOfAttributes([present[n] for n in names], source.fields())
        for f in source.getFeatures(request):
            if feedback.isCanceled():
                break
            g = f.geometry()
            if g is None or g.isEmpty():
                continue
            if area_share:
                box = g.boundingBox()
                pts = [QgsPointXY(box.xMinimum() + ox * box.width(), box.yMinimum() + oy * box.height())
                       for ox, oy in offsets]
                engine = QgsGeometry.createGeometryEngine(g.constGet())
                engine.prepareGeometry()
                probes = [QgsGeometry.fromPointXY(p) for p in pts]  # kept alive while the engine reads them
                pts = [p for p, g in zip(pts, probes) if engine.contains(g.constGet())] or \
                    [g.centroid().asPoint()]
            else:
                pts = [g.centroid().asPoint()]
            w = 1.0 / len(pts)
            for p in pts:
                q = tr.transform(p)
                xs.append(q.x())
                ys.append(q.y())
                ws.append(w)
                for n in names:
                    v = compat.py_value(f[present[n]])
                    vals[n].append(float(v) if v is not None else 0.0)
        return np.asarray(xs, dtype=float), np.asarray(ys, dtype=float), ws, vals
