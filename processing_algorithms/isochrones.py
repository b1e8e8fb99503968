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
from .shared_parameters import add_sites_parameters, add_zones_parameters

POP_FIELDS = ("ind", "men", "men_pauv")



def site_ids(source, id_field: str, transform, feedback=None) -> tuple:
    """(ids as strings, [(x, y)] in the network CRS) of point features (multi-points: first point)."""
    id_field = CoodiagAlgorithm.field_of(source, id_field)
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


TR_CONTEXT = "CoodiagAccess"  # the context of the _t("…") calls of the module-level functions (scripts/i18n.py)


def _t(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


def reach_minutes(alg, parameters, context, mode: str) -> float:
    """The reach band asked for (parameter REACH_BAND), else the schema's reach band of the mode."""
    value = alg.parameterAsDouble(parameters, "REACH_BAND", context) \
        if alg.parameterDefinition("REACH_BAND") is not None else 0.0
    return float(value) if value and value > 0 else float(schema.REACH_MINUTES.get(mode, 20))


def add_reach_parameters(alg) -> None:
    """REACH_BAND, shared by the car/walk/bike and the transit isochrones."""
    p = QgsProcessingParameterNumber("REACH_BAND", _t("Reach band (minutes, 0 = the diagnostic's)"),
                                     QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0, maxValue=180.0)
    p.setHelp(_t("The access-by-zone output flags the zones in reach: at least half of their population (their "
                 "area without a population grid) within this band of any site. 0: the diagnostic's reach band "
                 "of the mode (20 min by car, on foot and by bike, 45 min by public transport); a value that is "
                 "not one of the bands takes the largest band below it."))
    alg.addParameter(p)


class IsochroneParameters:
    """The parameter names the car/walk/bike and the transit isochrones share (declared by
    shared_parameters.add_sites_parameters, add_output_type_parameter, add_offnet_parameter and
    add_access_parameters; BANDS and CELL_SIZE each algorithm declares its own way)."""

    SITES = "SITES"
    SITE_ID = "SITE_ID"
    BANDS = "BANDS"
    OUTPUT_TYPE = "OUTPUT_TYPE"
    OFFNET_DISTANCE = "OFFNET_DISTANCE"
    CELL_SIZE = "CELL_SIZE"
    POPULATION = "POPULATION"
    POP_METHOD = "POP_METHOD"
    ZONES = "ZONES"
    ZONE_ID = "ZONE_ID"
    OUTPUT = "OUTPUT"
    OUTPUT_ZONES = "OUTPUT_ZONES"


POP_METHODS = ("centroid", "area_share")  # the POP_METHOD options, in order
POP_METHOD_DEFAULT = 1  # area share: each cell split by the share of its 4 × 4 sample points in each band


def add_output_type_parameter(alg) -> None:
    """OUTPUT_TYPE (the options of OUTPUT_TYPES), shared by the car/walk/bike and the transit isochrones."""
    p = QgsProcessingParameterEnum(
        "OUTPUT_TYPE", _t("Output polygons"),
        options=[_t("Nested rings for all sites together (union)"), _t("Per-site catchments (nearest site)"),
                 _t("Per-site isochrones (overlapping)")], defaultValue=0)
    p.setHelp(_t("Union: one polygon per band. Catchments: one polygon per site and band, each place with its "
                 "fastest site (no overlap). Per-site isochrones: one polygon per site and band, each site on its "
                 "own (overlapping)."))
    alg.addParameter(p)


def add_offnet_parameter(alg) -> None:
    """OFFNET_DISTANCE (m), shared by the car/walk/bike and the transit isochrones."""
    p = QgsProcessingParameterNumber("OFFNET_DISTANCE", _t("Off-network walking distance (m)"),
                                     QgsProcessingParameterNumber.Type.Double, 200.0, minValue=0.0, maxValue=2000.0)
    p.setHelp(_t("How far from a reached road a place still counts as reached (walked)."))
    alg.addParameter(p)


def add_access_parameters(alg, output_label: str) -> None:
    """POPULATION, POP_METHOD, ZONES, ZONE_ID, REACH_BAND, OUTPUT (the polygons, labelled `output_label`) and
    OUTPUT_ZONES: the population per band (read by IsochronesAlgorithm.read_population) and the access by zone
    (read by :func:`access_by_zone`), shared by the car/walk/bike and the transit isochrones. ONE default for
    POP_METHOD: area share (POP_METHOD_DEFAULT)."""
    p = QgsProcessingParameterFeatureSource("POPULATION", _t("Population grid (Filosofi)"),
                                            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True)
    p.setHelp(_t("Normalised Filosofi cells with ind, men, men_pauv: their sums are added per band."))
    alg.addParameter(p)
    p = QgsProcessingParameterEnum("POP_METHOD", _t("Population counted by"),
                                   options=[_t("Cell centroid"), _t("Area share")], defaultValue=POP_METHOD_DEFAULT)
    p.setHelp(_t("Centroid: the whole cell goes to the band holding its centre. Area share: split by the share of "
                 "the cell in each band."))
    alg.addParameter(p)
    add_zones_parameters(alg, _t("Zones for the access summary (optional)"),
                         _t("Communes or any polygons: the access-by-zone output gets, for each zone, its population "
                            "within each band's limit (with a population grid), the SIAE's reach and the coverage of "
                            "the zone by the population grid, the road network and, for public transport, the "
                            "timetables."),
                         _t("Code of the zones (e.g. INSEE_COM); empty = the commune or IRIS code found by name, else "
                            "the feature id."))
    add_reach_parameters(alg)
    alg.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", output_label,
                                                       QgsProcessing.SourceType.TypeVectorPolygon))
    alg.addParameter(QgsProcessingParameterFeatureSink("OUTPUT_ZONES", _t("Access by zone"),
                                                       QgsProcessing.SourceType.TypeVectorPolygon, optional=True,
                                                       createByDefault=False))


def access_by_zone(alg, parameters, context, feedback, net, mode, result, bands, per_site, overlapping,
                   stops_xy=None):
    """(destination, metadata) of the access-by-zone output: per zone, its population (THE cell-to-zone rule
    of client_common.cell_zone_pairs), the population within each band's limit of any site and its share, and
    THE reach of analysis/reach.py (reach_share, reach_basis, in_reach for the reach band); the coverage of
    the zone by the population grid, the road network and the GTFS feeds (analysis/coverage.py): values of a
    zone not fully covered are NULL, never 0; a zone off the network gets status off_network.
    (None, {}) when the output is not asked for."""
    from . import client_common as cc
    from . import coverage_tools as ct
    from .analysis import coverage as cov
    from .analysis import reach as reach_mod

    zones = alg.parameterAsSource(parameters, "ZONES", context)
    if zones is None or parameters.get("OUTPUT_ZONES") in (None, ""):
        return None, {}
    if overlapping:
        raise QgsProcessingException(_t("The access-by-zone output counts the population within reach of any "
                                        "site: choose the union or the catchment output type."))
    alg.require_crs(zones, _t("zones"))
    id_field = alg.parameterAsString(parameters, "ZONE_ID", context)
    fields = zones.fields()
    names = fields.names()
    if not id_field:
        from .analysis import fields as field_roles

        id_field = field_roles.detect_by_name(names, field_roles.ALIASES["commune_code"]) or \
            field_roles.detect_by_name(names, field_roles.ALIASES["iris_code"]) or ""
    feats = [f for f in zones.getFeatures() if f.hasGeometry() and not f.geometry().isEmpty()]
    geometries = [QgsGeometry(f.geometry()) for f in feats]
    attributes = [f.attributes() for f in feats]
    ids = [str(compat.py_value(f[id_field])) if id_field else str(f.id()) for f in feats]
    n = len(feats)

    cells = None
    if parameters.get("POPULATION") not in (None, ""):
        source = alg.parameterAsSource(parameters, "POPULATION", context)
        if source is not None and "ind" in [f.name().lower() for f in source.fields()]:
            cells = cc.read_filosofi(alg, parameters, context, feedback, "ind", name="POPULATION")
        else:
            feedback.pushWarning(_t("The population grid has no field ind (persons): reach is measured on the "
                                    "zones' area."))
    pairs = cc.cell_zone_pairs(cells, geometries, zones.sourceCrs(), context, feedback) \
        if cells is not None and cells.values.size else None
    frame = ct.ZoneFrame(geometries, zones.sourceCrs(), fields, attributes, context, pairs,
                         cells.values if pairs is not None else None)
    if feedback.isCanceled():
        return None, {}
    checks = ct.Statuses()
    filosofi = ct.filosofi_coverage(pairs, cells, fields, attributes, context) if pairs is not None else None
    checks.add(filosofi)
    ct.report(feedback, filosofi, ct.input_label("filosofi"))
    network = ct.network_coverage(frame, net)
    checks.add(network)
    ct.report(feedback, network, ct.input_label("network"))
    feed = None
    if stops_xy is not None:
        sx, sy = stops_xy
        feed = ct.gtfs_coverage(frame, sx, sy, net.crs)
        checks.add(feed)
        ct.report(feedback, feed, ct.input_label("gtfs"))

    nb = len(bands)
    steps = np.arange(nb)

    def band_flags(x, y):
        codes = ne.codes_at(result, x, y) if result is not None else np.zeros(len(x), dtype=np.int64)
        band = np.where(codes > 0, ((codes - 1) % nb) if per_site else codes - 1, nb)
        return band[:, None] <= steps[None, :]

    within = total = None
    if pairs is not None:
        within, total = frame.population_shares(band_flags, net.crs)
    area = frame.area_shares(band_flags, net.crs)
    band = reach_mod.reach_band(bands, reach_minutes(alg, parameters, context, mode))
    j = [float(b) for b in bands].index(band)
    filo_status = filosofi.statuses if filosofi is not None else [None] * n
    pop_ok = np.array([pairs is not None and ct.usable(filo_status[z]) and total[z] > 0 for z in range(n)],
                      dtype=bool)
    routing_status = cov.worst(network.statuses, feed.statuses if feed is not None else None)
    with np.errstate(divide="ignore", invalid="ignore"):
        pop_share = np.where(pop_ok, within[:, j] / np.where(pop_ok, total, 1.0), np.nan) if within is not None \
            else np.full(n, np.nan)
    floor = ceiling = None
    if within is not None:  # zones the grid covers in part: the share bounded with their legal population
        partial = np.array([filo_status[z] == cov.PARTIAL for z in range(n)], dtype=bool)
        floor, ceiling = reach_mod.share_bounds(within[:, j], total, np.where(partial, frame.legal, np.nan))
    shares, bases, flags = reach_mod.zone_reach(pop_share, area[:, j], pop_ok, routing_status, floor=floor,
                                                ceiling=ceiling)
    coverage_col = checks.worst(n)

    out_fields = QgsFields()
    out_fields.append(compat.string_field("zone_id"))
    out_fields.append(compat.string_field("zone_name"))
    out_fields.append(compat.double_field("ind_total"))
    for b in bands:
        out_fields.append(compat.double_field(f"ind_le_{b:g}"))
        out_fields.append(compat.double_field(f"share_le_{b:g}"))
    for f in (compat.double_field("reach_min"), compat.double_field("reach_share"),
              compat.string_field("reach_basis"), compat.int_field("in_reach"), compat.string_field("coverage"),
              compat.string_field("status")):
        out_fields.append(f)
    crs = net.crs
    tr = QgsCoordinateTransform(zones.sourceCrs(), crs, context.transformContext())
    sink, dest = alg.parameterAsSink(parameters, "OUTPUT_ZONES", context, out_fields, QgsWkbTypes.Type.MultiPolygon,
                                     crs)
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, "OUTPUT_ZONES"))
    for z in range(n):
        g = QgsGeometry(geometries[z])
        g.transform(tr)
        g.convertToMultiType()
        f = QgsFeature(out_fields)
        f.setGeometry(g)
        known_routes = routing_status[z] in (None, cov.OK)
        row = [ids[z], frame.labels[z], round(float(total[z]), 1) if pop_ok[z] else None]
        for b in range(nb):
            ok = pop_ok[z] and known_routes
            row += [round(float(within[z, b]), 1) if ok else None,
                    round(float(100.0 * within[z, b] / total[z]), 1) if ok else None]
        net_status = network.statuses[z]
        row += [float(band), reach_mod.as_percent(shares[z]), bases[z], flags[z], coverage_col[z],
                cov.OFF_NETWORK if net_status == cov.MISSING else (net_status or cov.OK)]
        f.setAttributes(row)
        sink.addFeature(f, QgsFeatureSink.Flag.FastInsert)
    del sink
    in_reach = [frame.labels[z] for z in range(n) if flags[z] == 1]
    by_area = [frame.labels[z] for z in range(n) if bases[z] == reach_mod.AREA]
    unknown = [frame.labels[z] for z in range(n) if flags[z] is None]
    feedback.pushInfo(_t("{} of {} zone(s) in reach (at least {:.0%} of their population within {:g} min): {}.")
                      .format(len(in_reach), n, reach_mod.DEFAULT_SHARE, band, cov.join_labels(in_reach) or "–"))
    if by_area:
        feedback.pushWarning(_t("Reach measured on the area of {} zone(s), their population being unknown: {}.")
                             .format(len(by_area), cov.join_labels(by_area)))
    if unknown:
        feedback.pushWarning(_t("Reach unknown (off the network or not covered by it) for {} zone(s): {}.")
                             .format(len(unknown), cov.join_labels(unknown)))
    meta = {"reach_band": float(band), "reach_share_min": reach_mod.DEFAULT_SHARE,
            "reach_rule": "population_share", "reach_basis": "population" if pairs is not None else "area",
            "in_reach_zones": len(in_reach), "cell_zone_rule": pairs.rule if pairs is not None else cc.cell_zone_rule(),
            **checks.meta()}
    return dest, meta


def collect_polygons(polys: dict, pops, result, site, nb: int, population, feedback) -> None:
    """Adds the band polygons of one search `result` to `polys` {code: geometry} and, with a `population`
    (IsochronesAlgorithm.read_population), their sums to `pops` {code: {ind, men, men_pauv}}. `site`: the site
    index of a per-site isochrone (code = site × nb + band, read back by routing.decode), None for the union and
    the catchments (codes of the result as they are)."""
    shift = site * nb if site is not None else 0
    for code, geom in ne.code_polygons(result, feedback).items():
        polys[code + shift] = geom
    if population is not None:
        for code, sums in IsochronesAlgorithm.sum_population(result, population).items():
            pops[code + shift] = sums


def write_isochrones(alg, parameters, context, crs, polys: dict, pops, ids: list, bands, by_site: bool,
                     mode: str) -> str:
    """Writes the isochrone polygons {code: geometry} in `crs` to the OUTPUT sink of `alg`, one feature per band
    (and site when `by_site`: catchments and per-site isochrones) with its population sums `pops` {code: {ind,
    men, men_pauv}} (None without a population grid: NULL values); returns the destination. Shared by the
    car/walk/bike and the transit isochrones (table schema.isochrone_table)."""
    fields = QgsFields()
    fields.append(compat.string_field("site_id"))
    fields.append(compat.string_field("mode"))
    fields.append(compat.int_field("band"))
    fields.append(compat.double_field("min_from"))
    fields.append(compat.double_field("minutes"))
    fields.append(compat.double_field("area_km2"))
    for name in POP_FIELDS:
        fields.append(compat.double_field(name))
    sink, dest = alg.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.MultiPolygon, crs)
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, "OUTPUT"))
    nb = len(bands)
    for code in sorted(polys):
        site, band = routing.decode(code, nb, by_site)
        geom = polys[code]
        pop = pops.get(code, {}) if pops is not None else {}
        f = QgsFeature(fields)
        f.setGeometry(geom)
        f.setAttributes([ids[site] if by_site else "all", mode, band + 1, float(bands[band - 1]) if band else 0.0,
                         float(bands[band]), round(geom.area() / 1e6, 4),
                         *[round(pop.get(n, 0.0), 1) if pops is not None else None for n in POP_FIELDS]])
        sink.addFeature(f, QgsFeatureSink.Flag.FastInsert)
    del sink
    return dest


class IsochronesAlgorithm(IsochroneParameters, CoodiagAlgorithm):
    GROUP_ID = "analysis"
    NETWORK = "NETWORK"
    MODE = "MODE"
    TOLERANCE = "TOLERANCE"
    OFFNET_SPEED = "OFFNET_SPEED"
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
            "Population (optional): a Filosofi grid layer with ind, men, men_pauv (2019 names); the population of "
            "each band is estimated on 4 × 4 points per cell (area share, the default) or counted where the "
            "cell's centroid is.\n\n"
            "Access by zone (optional output, with zones): for each zone (e.g. commune), its population "
            "(ind_total: the Filosofi cells given to the zone by the cell-to-zone rule every Coodiag output shares), "
            "the population within each band's limit of any site (ind_le_20 = persons within 20 minutes) and its "
            "share in % (share_le_20), and the SIAE's reach: a zone is in reach (in_reach = 1) when at least half "
            "of its population lives within the reach band (reach_min; 20 min by car, on foot and by bike by "
            "default); reach_share is that share and reach_basis says whether it was measured on the population "
            "or, without a usable population, on the zone's area. Coverage: a zone that the population grid, the "
            "road network (or the public transport feeds) cover only in part or not at all gets coverage = "
            "partial or missing and NULL values (never 0), and is named in the log; a zone with no road near its "
            "people gets status = off_network and no travel-time value."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterVectorLayer(self.NETWORK, self.tr("Road network"),
                                              [QgsProcessing.SourceType.TypeVectorLine])
        p.setHelp(self.tr("A prepared network (from “Build a routable network”), or a raw road layer prepared "
                          "on the fly with automatic settings."))
        self.addParameter(p)
        add_sites_parameters(self)
        p = QgsProcessingParameterEnum(self.MODE, self.tr("Mode"), options=[self.tr("Car"), self.tr("Walk"),
                                                                            self.tr("Bike")], defaultValue=0)
        p.setHelp(self.tr("Which costs of the prepared network are used."))
        self.addParameter(p)
        p = QgsProcessingParameterString(self.BANDS, self.tr("Bands (minutes)"), defaultValue="", optional=True)
        p.setHelp(self.tr("Comma-separated upper limits in minutes; blank = defaults of the mode."))
        self.addParameter(p)
        add_output_type_parameter(self)
        p = QgsProcessingParameterNumber(self.TOLERANCE, self.tr("Snapping tolerance (m)"),
                                         QgsProcessingParameterNumber.Type.Double, 500.0, minValue=0.0)
        p.setHelp(self.tr("Sites farther than this from any road open to the mode are reported, not snapped."))
        self.addParameter(p)
        add_offnet_parameter(self)
        p = QgsProcessingParameterNumber(self.OFFNET_SPEED, self.tr("Off-network walking speed (km/h)"),
                                         QgsProcessingParameterNumber.Type.Double, routing.WALK_KMH, minValue=0.5)
        p.setHelp(self.tr("Speed of the walk between a site or a place and the road."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.CELL_SIZE, self.tr("Grid cell size (m, 0 = automatic)"),
                                         QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0)
        p.setHelp(self.tr("Resolution of the polygons: 0 = 50 m by car, 25 m on foot or by bike."))
        self.addParameter(p)
        add_access_parameters(self, self.tr("Isochrones"))
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
            collect_polygons(polys, pops, result, site, nb, population, feedback)
            if not overlapping:
                last_result = result  # the access by zone reads its bands (with or without a population grid)
            feedback.setProgress(20 + 70.0 * (k + 1) / len(runs))
        if feedback.isCanceled():
            return {}

        dest_id = write_isochrones(self, parameters, context, net.crs, polys, pops, ids, bands,
                                   per_site or overlapping, mode)
        if rsink is not None:
            del rsink
        zones_dest, access_meta = self.access_by_zone(parameters, context, feedback, net, mode, last_result, bands,
                                                      per_site, overlapping)
        meta = {"mode": mode, "bands": [float(b) for b in bands], "output_type": OUTPUT_TYPES[output_type],
                "sites": len(ids), "population": population is not None,
                "population_source": publishing.source_text(context, parameters.get(self.POPULATION))
                if population is not None else "",
                "sources": publishing.source_text(context, parameters.get(self.NETWORK))}
        publishing.finish(self, context, feedback, dest_id, schema.isochrone_table(mode), meta)
        if zones_dest:
            publishing.finish(self, context, feedback, zones_dest, schema.access_table(mode), {**meta, **access_meta})
        feedback.pushInfo(self.tr("{} polygons for {} site(s) in {:.1f} s ({} links reached).").format(
            len(polys), sum(s.ok for s in snaps), time.perf_counter() - t0, n_reached))
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id, self.SITES_REPORT: rdest, self.OUTPUT_ZONES: zones_dest, "TOO_FAR": len(too_far),
                "DISCONNECTED": len(disconnected)}

    def access_by_zone(self, parameters, context, feedback, net, mode, result, bands, per_site, overlapping,
                       stops_xy=None):
        """The access-by-zone output (see :func:`access_by_zone`)."""
        return access_by_zone(self, parameters, context, feedback, net, mode, result, bands, per_site, overlapping,
                              stops_xy)

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
        area_share = POP_METHODS[self.parameterAsEnum(parameters, self.POP_METHOD, context)] == "area_share"
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
