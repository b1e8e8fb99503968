"""Benchmark of coodiag:isochrones (make bench). main(report) — report(name, seconds, extra).

Networks: the Corsica MATSim network (65,034 links, ../shared/data) and a generated perturbed grid of
≥ 500,000 segments. For 1, 10 and 50 sites × 4 car bands, end to end (layer in → polygons out):
- ours, per-site catchments and union rings (one multi-source search each);
- array lower bound (scipy.sparse.csgraph Dijkstra with a limit, one search per site, 50 m raster);
- QGIS native chain (serviceareafromlayer per band → singleparts → buffer → dissolve) and a per-site
  full-Dijkstra + TIN baseline in the QNEAT3 manner, under a time budget (extrapolated, marked as such).
Network build time is reported separately. scipy is a benchmark-only dependency.
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
    """Perturbed n×n grid (2·n·(n−1) segments) written to a GeoPackage with highway/oneway fields."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorFileWriter, QgsVectorLayer

    rng = np.random.default_rng(seed)
    x = np.arange(n)[None, :] * spacing + rng.uniform(-25, 25, (n, n)) + 1150000
    y = np.arange(n)[:, None] * spacing + rng.uniform(-25, 25, (n, n)) + 6080000
    layer = QgsVectorLayer("LineString?crs=EPSG:2154&field=highway:string&field=oneway:string", "grid", "memory")
    classes = np.array(["residential", "tertiary", "secondary", "primary"])
    feats = []
    for r in range(n):
        for c in range(n):
            for dr, dc in ((0, 1), (1, 0)):
                r2, c2 = r + dr, c + dc
                if r2 >= n or c2 >= n:
                    continue
                f = QgsFeature(layer.fields())
                f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x[r, c], y[r, c]),
                                                          QgsPointXY(x[r2, c2], y[r2, c2])]))
                k = 3 if (r % 50 == 0 or c % 50 == 0) else 2 if (r % 10 == 0 or c % 10 == 0) \
                    else int(rng.integers(0, 2))
                f.setAttributes([str(classes[k]), "yes" if rng.random() < 0.05 else "no"])
                feats.append(f)
    layer.dataProvider().addFeatures(feats)
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName, opts.layerName = "GPKG", "grid"
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsProject.instance().transformContext(), opts)
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


def lower_bound(net, site_layer, cell: float = 50.0, offnet: float = 200.0) -> float:
    """scipy Dijkstra with a limit per site + 50 m raster polygons per (site, band): the array floor."""
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import dijkstra

    from coodiag.processing_algorithms import network_engine as ne
    from coodiag.processing_algorithms.analysis import routing

    t0 = time.perf_counter()
    g = net.graph("car")
    m = csr_matrix((g.costs + 1e-9, g.heads, g.indptr), shape=(g.n_nodes, g.n_nodes))
    pts = [(f.geometry().asPoint().x(), f.geometry().asPoint().y()) for f in site_layer.getFeatures()]
    snaps = ne.snap_points(net, pts, "car", 500)
    fw, bw = net.cost("car")
    limit = BANDS[-1] * 60.0
    for s in snaps:
        node = int(net.to_id[s.link])
        dist = dijkstra(m, indices=node, limit=limit)
        keep = np.isfinite(dist)[net.from_id] | np.isfinite(dist)[net.to_id]
        px, py, pl, pf = routing.sample_segments(net.segments, cell / 2, keep)
        t, lab = routing.point_times(pl, pf, net.from_id, net.to_id, fw, bw, dist, np.zeros(net.n_nodes, np.int64))
        ok = t <= limit
        grid = routing.Grid.around(px[ok], py[ok], cell, offnet + 2 * cell)
        T, L = routing.rasterise_min(grid, px[ok], py[ok], t[ok], lab[ok])
        T, L = routing.spread_off_network(T, L, cell, offnet, routing.WALK_KMH / 3.6)
        codes = routing.zone_codes(T, L, BANDS, False, 1)
        ne.code_polygons(ne.IsoResult(grid, T, L, codes, 0))
    return time.perf_counter() - t0


def ours(processing, net_uri, site_layer, output_type: int) -> float:
    t0 = time.perf_counter()
    processing.run("coodiag:isochrones", {"NETWORK": net_uri, "SITES": site_layer, "MODE": 0, "BANDS": "10,20,30,45",
                                          "OUTPUT_TYPE": output_type, "CELL_SIZE": 50, "OUTPUT": "TEMPORARY_OUTPUT",
                                          "SITES_REPORT": "TEMPORARY_OUTPUT"})
    return time.perf_counter() - t0


def native_chain(processing, raw_uri, site_layer, budget: float, speed_field: str, direction: tuple):
    """serviceareafromlayer per band → singleparts → buffer → dissolve, per site; extrapolated if over budget."""
    from qgis.core import QgsFeatureRequest, QgsProcessingContext, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    feats = list(site_layer.getFeatures())
    t0 = time.perf_counter()
    done = 0
    for f in feats:
        one = site_layer.materialize(QgsFeatureRequest().setFilterFid(f.id()))
        for band in BANDS:
            lines = processing.run("native:serviceareafromlayer", {
                "INPUT": raw_uri, "STRATEGY": 1, "DIRECTION_FIELD": direction[0], "VALUE_FORWARD": direction[1],
                "VALUE_BACKWARD": "", "VALUE_BOTH": "", "DEFAULT_DIRECTION": 2, "SPEED_FIELD": speed_field,
                "DEFAULT_SPEED": 50, "TOLERANCE": 0, "START_POINTS": one, "TRAVEL_COST2": band / 60.0,
                "INCLUDE_BOUNDS": False, "OUTPUT_LINES": "TEMPORARY_OUTPUT"}, context=context)["OUTPUT_LINES"]
            single = processing.run("native:multiparttosingleparts", {"INPUT": lines, "OUTPUT": "TEMPORARY_OUTPUT"},
                                    context=context)["OUTPUT"]
            buf = processing.run("native:buffer", {"INPUT": single, "DISTANCE": 200, "SEGMENTS": 4,
                                                   "OUTPUT": "TEMPORARY_OUTPUT"}, context=context)["OUTPUT"]
            processing.run("native:dissolve", {"INPUT": buf, "OUTPUT": "TEMPORARY_OUTPUT"}, context=context)
        done += 1
        if time.perf_counter() - t0 > budget:
            break
    elapsed = time.perf_counter() - t0
    return elapsed * len(feats) / done, done < len(feats)


def qneat_like(raw_layer_net, site_layer, budget: float):
    """Per site: full QgsGraphAnalyzer.dijkstra (no limit) + TIN of reached vertices (QNEAT3 manner)."""
    from qgis.analysis import QgsGraph, QgsGraphAnalyzer
    from qgis.core import QgsGeometry, QgsPointXY

    net = raw_layer_net
    t0 = time.perf_counter()
    g = QgsGraph()
    node_xy = np.zeros((net.n_nodes, 2))
    node_xy[net.from_id] = net.xy[net.offsets[:-1]]
    node_xy[net.to_id] = net.xy[net.offsets[1:] - 1]
    for x, y in node_xy.tolist():
        g.addVertex(QgsPointXY(x, y))
    fw, bw = net.cost("car")
    for a, b, c, d in zip(net.from_id.tolist(), net.to_id.tolist(), fw.tolist(), bw.tolist()):
        if c == c:
            g.addEdge(a, b, [c])
        if d == d:
            g.addEdge(b, a, [d])
    feats = list(site_layer.getFeatures())
    done = 0
    for f in feats:
        p = f.geometry().asPoint()
        start = int(np.argmin(np.hypot(node_xy[:, 0] - p.x(), node_xy[:, 1] - p.y())))
        _tree, cost = QgsGraphAnalyzer.dijkstra(g, start, 0)
        cost = np.asarray(cost)
        for band in BANDS:
            sel = np.nonzero(cost <= band * 60)[0]
            pts = QgsGeometry.fromMultiPointXY([QgsPointXY(*node_xy[i]) for i in sel])
            pts.delaunayTriangulation()
        done += 1
        if time.perf_counter() - t0 > budget:
            break
    elapsed = time.perf_counter() - t0
    return elapsed * len(feats) / done, done < len(feats)


def main(report) -> None:
    from qgis.core import QgsVectorLayer

    from coodiag.processing_algorithms import network_engine as ne

    processing = _processing()
    tmp = Path(tempfile.mkdtemp(prefix="bench_mobility_"))
    cases = []
    if CORSICA.exists():
        cases.append(("corsica", f"{CORSICA}|layername=road_links", "freespeed_kmh", ("oneway", "1")))
    else:
        print(f"  Corsica network absent ({CORSICA}): skipped")
    if os.environ.get("COODIAG_BENCH_GRID", "1") != "0":
        t0 = time.perf_counter()
        cases.append(("grid500k", make_grid(tmp / "grid.gpkg"), "", ("oneway", "yes")))
        report("mobility/generate grid (501×501, 501,000 segments)", time.perf_counter() - t0, {})
    for name, raw, speed_field, direction in cases:
        ne.clear_cache()
        t0 = time.perf_counter()
        built = processing.run("coodiag:buildnetwork", {"INPUT": raw, "OUTPUT": str(tmp / f"{name}_net.gpkg")})
        report(f"mobility/{name}/buildnetwork (separate, once)", time.perf_counter() - t0, {"links": built["LINKS"]})
        net_uri = built["OUTPUT"]
        t0 = time.perf_counter()
        net, _ = ne.network_from_layer(QgsVectorLayer(net_uri, "n", "ogr"))
        report(f"mobility/{name}/load prepared network (first run)", time.perf_counter() - t0, {})
        ne.clear_cache()
        for k in (1, 10, 50):
            sites = sites_layer(net, k)
            ne.clear_cache()  # end to end: include reading the prepared network
            t_cat = ours(processing, net_uri, sites, 1)
            ne.clear_cache()
            t_uni = ours(processing, net_uri, sites, 0)
            t_lb = lower_bound(net, sites)
            report(f"mobility/{name}/{k} sites/ours per-site catchments", t_cat,
                   {"ratio_to_lower_bound": round(t_cat / t_lb, 2)})
            report(f"mobility/{name}/{k} sites/ours union rings", t_uni,
                   {"ratio_to_lower_bound": round(t_uni / t_lb, 2)})
            report(f"mobility/{name}/{k} sites/array lower bound (scipy, per site)", t_lb, {})
            t_nat, extrap = native_chain(processing, raw, sites, BUDGET_S, speed_field, direction)
            report(f"mobility/{name}/{k} sites/QGIS native chain", t_nat,
                   {"extrapolated": extrap, "ratio_to_ours": round(t_nat / t_cat, 1)})
            t_q, extrap = qneat_like(net, sites, BUDGET_S)
            report(f"mobility/{name}/{k} sites/full Dijkstra + TIN (QNEAT3 manner)", t_q,
                   {"extrapolated": extrap, "ratio_to_ours": round(t_q / t_cat, 1)})
