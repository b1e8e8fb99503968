"""Benchmark of coodiag:isochrones (make bench). main(report) — report(name, seconds, extra).

Networks: the Corsica MATSim network (65,009 car links, ../shared/data) and a generated perturbed grid of
501,000 segments. For 1, 10 and 50 sites × 4 car bands (10/20/30/45 min), end to end (saved prepared
network in → polygons out, the session cache emptied before every run so each run reads the saved
network, never rebuilds it):
- ours: union rings (one polygon per band), per-site catchments (nearest site, no overlap) — both from
  one multi-source search — and per-site isochrones (each site on its own, overlapping: one search per
  site, the literal "one polygon per (site, band)");
- array lower bounds (scipy.sparse.csgraph.dijkstra with a limit, 50 m raster polygons; the network
  already in memory): "per site" = one search and one raster per site (overlapping, compared with our
  per-site isochrones), "multi-source" = one search from all sites with min_only (compared with our
  union and catchments);
- QGIS's native chain (serviceareafromlayer per band → singleparts → buffer 200 m → dissolve, per site)
  and a QNEAT3-manner baseline (graph through QgsVectorLayerDirector once, then per site a full Dijkstra,
  a TIN of the vertex costs rasterised at 50 m and contour polygons per band), timed per site under a
  budget (COODIAG_BENCH_BUDGET seconds) and extrapolated linearly to 10 and 50 sites (marked).
Network build time is reported separately, with the load time of the saved network (first run and
session cache). scipy is a benchmark-only dependency.
"""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
CORSICA = ROOT.parent / "shared" / "data" / "corse-road-network" / "corse_road_network_osm_matsim.gpkg"
BANDS = (10, 20, 30, 45)
BUDGET_S = float(os.environ.get("COODIAG_BENCH_BUDGET", "120"))
SITE_COUNTS = tuple(int(v) for v in os.environ.get("COODIAG_BENCH_SITES", "1,10,50").split(","))


def _processing():
    from qgis import processing
    from qgis.core import QgsApplication

    from coodiag.processing_algorithms.provider import CoodiagProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("coodiag") is None:
        _processing.provider = CoodiagProvider()
        registry.addProvider(_processing.provider)
    return processing


def make_grid(path: Path, n: int = 501, spacing: float = 100.0, seed: int = 0) -> str:
    """Perturbed n×n grid (2·n·(n−1) segments) written through OGR to a GeoPackage (highway, oneway)."""
    from osgeo import ogr, osr

    rng = np.random.default_rng(seed)
    x = np.arange(n)[None, :] * spacing + rng.uniform(-25, 25, (n, n)) + 1150000
    y = np.arange(n)[:, None] * spacing + rng.uniform(-25, 25, (n, n)) + 6080000
    classes = ("residential", "tertiary", "secondary", "primary")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    layer = ds.CreateLayer("grid", srs, ogr.wkbLineString)
    layer.CreateField(ogr.FieldDefn("highway", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("oneway", ogr.OFTString))
    defn = layer.GetLayerDefn()
    layer.StartTransaction()
    for r in range(n):
        for c in range(n):
            for dr, dc in ((0, 1), (1, 0)):
                r2, c2 = r + dr, c + dc
                if r2 >= n or c2 >= n:
                    continue
                k = 3 if (r % 50 == 0 or c % 50 == 0) else 2 if (r % 10 == 0 or c % 10 == 0) \
                    else int(rng.integers(0, 2))
                f = ogr.Feature(defn)
                f.SetField(0, classes[k])
                f.SetField(1, "yes" if rng.random() < 0.05 else "no")
                f.SetGeometry(ogr.CreateGeometryFromWkt(
                    f"LINESTRING({x[r, c]:.2f} {y[r, c]:.2f}, {x[r2, c2]:.2f} {y[r2, c2]:.2f})"))
                layer.CreateFeature(f)
    layer.CommitTransaction()
    ds = None
    return f"{path}|layername=grid"


def sites_layer(net, k: int, seed: int = 1):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    rng = np.random.default_rng(seed)
    nodes = rng.choice(net.n_links, size=k, replace=False)
    layer = QgsVectorLayer("Point?crs=EPSG:2154&field=sid:string", "sites", "memory")
    feats = []
    for i, e in enumerate(nodes):
        x, y = net.xy[net.offsets[e]]
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        f.setAttributes([f"s{i}"])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer



def _snapped_nodes(net, site_layer):
    from coodiag.processing_algorithms import network_engine as ne

    pts = [(f.geometry().asPoint().x(), f.geometry().asPoint().y()) for f in site_layer.getFeatures()]
    return [int(net.to_id[s.link]) for s in ne.snap_points(net, pts, "car", 500) if s.ok]


def _raster_polygons(net, dist, lab, per_site: bool, n_sites: int, cell: float, offnet: float) -> int:
    from coodiag.processing_algorithms import network_engine as ne
    from coodiag.processing_algorithms.analysis import routing

    fw, bw = net.cost("car")
    limit = BANDS[-1] * 60.0
    reached = np.isfinite(dist)
    keep = reached[net.from_id] | reached[net.to_id]
    px, py, pl, pf = routing.sample_segments(net.segments, cell / 2, keep)
    t, tl = routing.point_times(pl, pf, net.from_id, net.to_id, fw, bw, dist, lab)
    ok = t <= limit
    if not ok.any():
        return 0
    grid = routing.Grid.around(px[ok], py[ok], cell, offnet + 2 * cell)
    T, L = routing.rasterise_min(grid, px[ok], py[ok], t[ok], tl[ok])
    T, L = routing.spread_off_network(T, L, cell, offnet, routing.WALK_KMH / 3.6)
    codes = routing.zone_codes(T, L, BANDS, per_site, n_sites)
    return len(ne.code_polygons(ne.IsoResult(grid, T, L, codes, 0)))


def lower_bounds(net, site_layer, cell: float = 50.0, offnet: float = 200.0) -> dict:
    """Array floors with the network in memory: scipy Dijkstra with a limit + 50 m raster polygons.

    per_site: one search and one raster per site (overlapping rings: one polygon per (site, band));
    multi: one multi-source search (min_only) and one raster (catchments by nearest site)."""
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import dijkstra

    g = net.graph("car")
    m = csr_matrix((g.costs + 1e-9, g.heads, g.indptr), shape=(g.n_nodes, g.n_nodes))
    nodes = _snapped_nodes(net, site_layer)
    limit = BANDS[-1] * 60.0
    out = {}
    t0 = time.perf_counter()
    n_poly = 0
    zero = np.zeros(net.n_nodes, np.int64)
    for node in nodes:
        dist = dijkstra(m, indices=node, limit=limit)
        n_poly += _raster_polygons(net, dist, zero, False, 1, cell, offnet)
    out["per_site"] = (time.perf_counter() - t0, n_poly)
    t0 = time.perf_counter()
    dist, _pred, src = dijkstra(m, indices=nodes, limit=limit, min_only=True, return_predecessors=True)
    lab = np.full(net.n_nodes, -1, np.int64)
    ok = src >= 0
    lab[ok] = np.searchsorted(np.sort(nodes), src[ok])
    n_poly = _raster_polygons(net, dist, lab, True, len(nodes), cell, offnet)
    out["multi"] = (time.perf_counter() - t0, n_poly)
    return out


def ours(processing, net_uri, site_layer, output_type: int) -> tuple:
    from coodiag.processing_algorithms import network_engine as ne

    ne.clear_cache()  # end to end: read the saved prepared network (never rebuilt)
    t0 = time.perf_counter()
    res = processing.run("coodiag:isochrones", {"NETWORK": net_uri, "SITES": site_layer, "MODE": 0,
                                                "BANDS": "10,20,30,45", "OUTPUT_TYPE": output_type, "CELL_SIZE": 50,
                                                "OUTPUT": "TEMPORARY_OUTPUT", "SITES_REPORT": "TEMPORARY_OUTPUT"})
    return time.perf_counter() - t0, res["OUTPUT"].featureCount()


def native_per_site(processing, raw_uri, site_layer, budget: float, speed_field: str, direction: tuple):
    """QGIS chain per site: serviceareafromlayer per band → singleparts → buffer → dissolve. Returns
    (mean seconds per site, sites timed)."""
    from qgis.core import QgsFeatureRequest, QgsProcessingContext, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    t0 = time.perf_counter()
    done = 0
    for f in site_layer.getFeatures():
        one = site_layer.materialize(QgsFeatureRequest().setFilterFid(f.id()))
        for band in BANDS:
            lines = processing.run("native:serviceareafromlayer", {
                "INPUT": raw_uri, "STRATEGY": 1, "DIRECTION_FIELD": direction[0], "VALUE_FORWARD": direction[1],
                "VALUE_BACKWARD": "", "VALUE_BOTH": "", "DEFAULT_DIRECTION": 2, "SPEED_FIELD": speed_field,
                "DEFAULT_SPEED": 30, "TOLERANCE": 0, "START_POINTS": one, "TRAVEL_COST2": band / 60.0,
                "INCLUDE_BOUNDS": False, "OUTPUT_LINES": "TEMPORARY_OUTPUT"}, context=context)["OUTPUT_LINES"]
            single = processing.run("native:multiparttosingleparts", {"INPUT": lines, "OUTPUT": "TEMPORARY_OUTPUT"},
                                    context=context)["OUTPUT"]
            buf = processing.run("native:buffer", {"INPUT": single, "DISTANCE": 200, "SEGMENTS": 4,
                                                   "OUTPUT": "TEMPORARY_OUTPUT"}, context=context)["OUTPUT"]
            processing.run("native:dissolve", {"INPUT": buf, "OUTPUT": "TEMPORARY_OUTPUT"}, context=context)
        done += 1
        if time.perf_counter() - t0 > budget:
            break
    return (time.perf_counter() - t0) / max(done, 1), done


def qneat_per_site(raw_uri, site_layer, budget: float, speed_field: str, direction: tuple, cell: float = 50.0):
    """QNEAT3 manner: graph through QgsVectorLayerDirector (once), then per site a full Dijkstra, a TIN
    of the vertex costs written as a 50 m grid and GDAL contour polygons per band. Returns (graph build
    seconds, mean seconds per site, sites timed)."""
    from osgeo import gdal, ogr
    from qgis.analysis import (
        QgsGraphAnalyzer,
        QgsGraphBuilder,
        QgsGridFileWriter,
        QgsInterpolator,
        QgsNetworkSpeedStrategy,
        QgsTinInterpolator,
        QgsVectorLayerDirector,
    )
    from qgis.core import QgsFeature, QgsGeometry, QgsRectangle, QgsVectorLayer

    layer = QgsVectorLayer(raw_uri, "raw", "ogr")
    t0 = time.perf_counter()
    director = QgsVectorLayerDirector(layer, layer.fields().lookupField(direction[0]), direction[1], "", "",
                                      QgsVectorLayerDirector.Direction.DirectionBoth)
    director.addStrategy(QgsNetworkSpeedStrategy(layer.fields().lookupField(speed_field) if speed_field else -1,
                                                 30.0, 1000.0 / 3600.0))
    builder = QgsGraphBuilder(layer.crs(), True, 0)
    points = [f.geometry().asPoint() for f in site_layer.getFeatures()]
    tied = director.makeGraph(builder, points)
    graph = builder.graph()
    t_build = time.perf_counter() - t0
    limit = BANDS[-1] * 60.0
    tmp = Path(tempfile.mkdtemp(prefix="qneat_"))
    t0 = time.perf_counter()
    done = 0
    for p in tied:
        _tree, costs = QgsGraphAnalyzer.dijkstra(graph, graph.findVertex(p), 0)
        mem = QgsVectorLayer("Point?crs=EPSG:2154&field=cost:double", "pts", "memory")
        feats = []
        for i, c in enumerate(costs):
            if c <= limit * 1.2:
                f = QgsFeature(mem.fields())
                f.setGeometry(QgsGeometry.fromPointXY(graph.vertex(i).point()))
                f.setAttributes([c])
                feats.append(f)
        mem.dataProvider().addFeatures(feats)
        data = QgsInterpolator.LayerData()
        data.source = mem
        data.valueSource = QgsInterpolator.ValueSource.ValueAttribute
        data.interpolationAttribute = 0
        data.sourceType = QgsInterpolator.SourceType.SourcePoints
        tin = QgsTinInterpolator([data], QgsTinInterpolator.TinInterpolation.Linear)
        ext = mem.extent()
        ext = QgsRectangle(ext.xMinimum(), ext.yMinimum(), ext.xMaximum(), ext.yMaximum())
        cols, rows = max(1, int(ext.width() / cell)), max(1, int(ext.height() / cell))
        asc = tmp / f"tin_{done}.asc"
        QgsGridFileWriter(tin, str(asc), ext, cols, rows).writeFile()
        src = gdal.Open(str(asc))
        out = ogr.GetDriverByName("Memory").CreateDataSource("c")
        lyr = out.CreateLayer("contours", geom_type=ogr.wkbMultiPolygon)
        lyr.CreateField(ogr.FieldDefn("id", ogr.OFTInteger))
        lyr.CreateField(ogr.FieldDefn("lo", ogr.OFTReal))
        lyr.CreateField(ogr.FieldDefn("hi", ogr.OFTReal))
        levels = ",".join(str(b * 60) for b in BANDS)
        gdal.ContourGenerateEx(src.GetRasterBand(1), lyr, options=[
            "ID_FIELD=0", "ELEV_FIELD_MIN=1", "ELEV_FIELD_MAX=2", f"FIXED_LEVELS=0,{levels}", "POLYGONIZE=YES"])
        src = out = None
        done += 1
        if time.perf_counter() - t0 > budget:
            break
    return t_build, (time.perf_counter() - t0) / max(done, 1), done


def _print(text: str) -> None:
    print(f"  {text}", flush=True)


def main(report) -> None:
    from qgis.core import QgsVectorLayer

    from coodiag.processing_algorithms import network_engine as ne

    processing = _processing()
    tmp = Path(tempfile.mkdtemp(prefix="bench_mobility_"))
    cases = []
    if CORSICA.exists() and os.environ.get("COODIAG_BENCH_CORSICA", "1") != "0":
        cases.append(("corsica", f"{CORSICA}|layername=road_links", "freespeed_kmh", ("oneway", "1")))
    elif not CORSICA.exists():
        _print(f"Corsica network absent ({CORSICA}): skipped")
    if os.environ.get("COODIAG_BENCH_GRID", "1") != "0":
        t0 = time.perf_counter()
        cases.append(("grid500k", make_grid(tmp / "grid.gpkg"), "", ("oneway", "yes")))
        report("mobility/generate grid (501×501 nodes, 501,000 segments)", time.perf_counter() - t0, {})
    _print("ours = coodiag:isochrones end to end (saved network read from disk, never rebuilt; 4 car bands).")
    _print("lower bound = scipy Dijkstra + the same 50 m rasters, network already in memory (a floor).")
    _print("Fair pairs: per-site isochrones (overlapping) ↔ lower bound per site; union and catchments "
           "(one multi-source search) ↔ lower bound multi-source.")
    for name, raw, speed_field, direction in cases:
        ne.clear_cache()
        t0 = time.perf_counter()
        built = processing.run("coodiag:buildnetwork", {"INPUT": raw, "OUTPUT": str(tmp / f"{name}_net.gpkg")})
        report(f"mobility/{name}/buildnetwork (separate, once)", time.perf_counter() - t0,
               {"links": built["LINKS"], "nodes": built["NODES"]})
        net_uri = built["OUTPUT"]
        ne.clear_cache()
        t0 = time.perf_counter()
        net, how = ne.network_from_layer(QgsVectorLayer(net_uri, "n", "ogr"))
        report(f"mobility/{name}/second run: read saved network", time.perf_counter() - t0, {"how": how})
        t0 = time.perf_counter()
        _net2, how = ne.network_from_layer(QgsVectorLayer(net_uri, "n", "ogr"))
        report(f"mobility/{name}/third run: session cache", time.perf_counter() - t0, {"how": how})
        per_native = per_qneat = None
        for k in SITE_COUNTS:
            sites = sites_layer(net, k)
            lb = lower_bounds(net, sites)
            t_uni, n_uni = ours(processing, net_uri, sites, 0)
            t_cat, n_cat = ours(processing, net_uri, sites, 1)
            t_own, n_own = ours(processing, net_uri, sites, 2)
            pre = f"mobility/{name}/{k} sites"
            report(f"{pre}/lower bound per site (scipy)", lb["per_site"][0], {"polygons": lb["per_site"][1]})
            report(f"{pre}/lower bound multi-source (scipy)", lb["multi"][0], {"polygons": lb["multi"][1]})
            report(f"{pre}/ours per-site isochrones (overlapping)", t_own,
                   {"polygons": n_own, "ratio_to_lower_bound": round(t_own / lb["per_site"][0], 2)})
            report(f"{pre}/ours per-site catchments", t_cat,
                   {"polygons": n_cat, "ratio_to_lower_bound": round(t_cat / lb["multi"][0], 2)})
            report(f"{pre}/ours union rings", t_uni,
                   {"polygons": n_uni, "ratio_to_lower_bound": round(t_uni / lb["multi"][0], 2)})
            if per_native is None and BUDGET_S > 0:
                per_native = native_per_site(processing, raw, sites, BUDGET_S, speed_field, direction)
            if per_native is not None:
                t_nat = per_native[0] * k
                report(f"{pre}/QGIS native chain", t_nat, {"extrapolated": per_native[1] < k,
                                                           "sites_timed": per_native[1],
                                                           "ratio_to_ours": round(t_nat / t_own, 1)})
            if per_qneat is None and BUDGET_S > 0:
                per_qneat = qneat_per_site(raw, sites, BUDGET_S, speed_field, direction)
            if per_qneat is not None:
                t_q = per_qneat[0] + per_qneat[1] * k
                report(f"{pre}/full Dijkstra + TIN (QNEAT3 manner)", t_q,
                       {"extrapolated": per_qneat[2] < k, "sites_timed": per_qneat[2],
                        "graph_build_s": round(per_qneat[0], 1), "ratio_to_ours": round(t_q / t_own, 1)})
