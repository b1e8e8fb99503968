"""Benchmark of antenna siting (analysis/siting.py): the travel-time matrix and the scenario solve, timed
separately (run by scripts/bench.py: `make bench` or `bench.py siting`; or alone:
`.venv/bin/python scripts/bench_siting.py`). Writes output/bench/siting.json.

Cases:
- sample: the Ajaccio territory — the car network prepared from resources/sample/roads_capa.gpkg, the
  1,738 Filosofi cells (demand = coodiag:beneficiarypotential's `potential` at the cell centroids), the two
  antennas of the sample structure fixed (their geocoded positions, as in the demo), 150 candidate sites
  (centroids of populated cells drawn with a fixed seed);
- synthetic: a 400 × 400 perturbed grid (160,000 nodes, 200 m, arterials every 5 and 25 lines, 5 % one-way),
  50,000 demand points clustered around 12 towns (log-normal weights), 500 candidates and 3 existing sites.
Service standard S = 15 min by car, matrix limit (largest useful time, the p-median horizon) 30 min,
p = 1–4, the three models.

End to end: coodiag:antennasiting on the sample (saved network read, snapping, matrix, the 13 scenarios,
the outputs and the catchment polygons).

Matrix: ours (one search per facility on the reverse graph, scipy path, and the numpy fallback on the
sample) against an independent lower bound — plain scipy.sparse.csgraph.dijkstra, one multi-source search
(min_only) per facility from its seed nodes with the same limit, graph already in memory, nothing read
back. Solve: solve_scenarios for the whole scenario set with scipy (HiGHS available) and with the numpy
fallback. Medians of 3 runs (min–max), the process pinned to one core. Results must be identical run to
run; the coverage must not decrease with p.
"""
from __future__ import annotations

import json
import os
import platform
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SAMPLE = ROOT / "resources" / "sample"
OUT = ROOT / "output" / "bench" / "siting.json"
S_MIN, LIMIT_MIN = 15.0, 30.0
P_VALUES = (1, 2, 3, 4)
RUNS = int(os.environ.get("COODIAG_BENCH_RUNS", "3"))
# the two antennas of the sample structure (resources/sample/siae/antennes.csv), geocoded (EPSG:2154)
ANTENNAS_2154 = ((1176660.92, 6108315.32), (1176644.49, 6108848.95))


def machine() -> dict:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import scipy

    return {"platform": platform.platform(), "cpu": cpu or platform.processor(), "cores": os.cpu_count(),
            "pinned_cores": sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
            "python": platform.python_version(), "numpy": np.__version__, "scipy": scipy.__version__}


def timed(fn, runs: int = RUNS) -> tuple:
    """(median seconds, min, max, last result) over `runs` cold calls."""
    times, out = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return float(np.median(times)), float(min(times)), float(max(times)), out


def bound_searches(n_nodes, tails, heads, costs, seed_nodes_per_facility, limit: float) -> float:
    """Independent lower bound: a CSR matrix of the reverse graph (parallel arcs → cheapest) and one
    scipy multi-source Dijkstra per facility (its seed nodes, no offsets, min_only). Returns seconds."""
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import dijkstra

    order = np.lexsort((costs, heads, tails))
    t, h, c = tails[order], heads[order], costs[order]
    first = np.ones(len(t), dtype=bool)
    first[1:] = (t[1:] != t[:-1]) | (h[1:] != h[:-1])
    m = csr_matrix((c[first], (t[first], h[first])), shape=(n_nodes, n_nodes))
    t0 = time.perf_counter()
    for nodes in seed_nodes_per_facility:
        dijkstra(m, directed=True, indices=np.unique(nodes), limit=limit, min_only=True)
    return time.perf_counter() - t0


def scenario_rows(result) -> list:
    rows = []
    for sc in [result.baseline, *result.scenarios]:
        rows.append({"model": sc.model, "p": sc.p, "sites": [s.facility for s in sc.sites],
                     "covered_pct": round(100 * sc.covered_share, 3), "newly_covered": round(sc.newly_covered, 1),
                     "mean_min": round(sc.mean_time_s / 60, 3), "p90_min": round(sc.p90_time_s / 60, 3),
                     "unreached": round(sc.unreached_weight, 1), "solver": sc.solver,
                     "bound_method": sc.bound_method, "gap": sc.gap, "proven_optimal": sc.proven_optimal})
    return rows


def solve_block(name: str, matrix, weights, existing, report) -> dict:
    from coodiag.processing_algorithms.analysis import siting

    out = {}
    for label, use_scipy in (("scipy", True), ("numpy", False)):
        runs = RUNS if use_scipy else 1

        def run(use_scipy=use_scipy):
            return siting.solve_scenarios(matrix, weights, existing, S_MIN * 60, P_VALUES, use_scipy=use_scipy)

        med, lo, hi, res = timed(run, runs)
        again = siting.solve_scenarios(matrix, weights, existing, S_MIN * 60, P_VALUES, use_scipy=use_scipy)
        stable = [s.as_dict() for s in again.scenarios] == [s.as_dict() for s in res.scenarios]
        cov = [res.scenario("coverage", p).covered_weight for p in P_VALUES]
        monotone = all(b >= a - 1e-9 for a, b in zip(cov, cov[1:]))
        worst = max(s.gap for s in res.scenarios)
        out[label] = {"median_s": med, "min_s": lo, "max_s": hi, "runs": runs, "stable": stable,
                      "coverage_non_decreasing": monotone, "max_gap": worst, "scenarios": scenario_rows(res)}
        report(f"siting/{name}/solve 12+1 scenarios ({label})", med,
               {"min": round(lo, 3), "max": round(hi, 3), "max_gap": f"{worst:.2e}", "stable": stable,
                "monotone": monotone})
        for sc in res.scenarios:
            print(f"    {label:5} {sc.model:8} p={sc.p:<2} covered {100 * sc.covered_share:6.2f} %  "
                  f"+{sc.newly_covered:9.1f}  mean {sc.mean_time_s / 60:5.2f} min  p90 {sc.p90_time_s / 60:5.2f} min  "
                  f"{sc.solver}/{sc.bound_method} gap {sc.gap:.1e}", flush=True)
    return out


def matrix_block(name: str, graph, fseeds, dseeds, n_fac: int, n_dem: int, report, with_numpy: bool) -> tuple:
    from coodiag.processing_algorithms.analysis import siting

    limit = LIMIT_MIN * 60
    med, lo, hi, mat = timed(lambda: siting.travel_time_matrix(graph, fseeds, dseeds, n_fac, n_dem, limit))
    tails = np.repeat(np.arange(graph.n_nodes, dtype=np.int64), np.diff(graph.indptr))
    per_fac = [[] for _ in range(n_fac)]
    for node, _c, f, *_ in fseeds:
        per_fac[f].append(node)
    bounds = [bound_searches(graph.n_nodes, tails, graph.heads, graph.costs, per_fac, limit) for _ in range(RUNS)]
    b_med = float(np.median(bounds))
    out = {"median_s": med, "min_s": lo, "max_s": hi, "nnz": mat.nnz, "demand": n_dem, "facilities": n_fac,
           "bound_median_s": b_med, "bound_min_s": min(bounds), "bound_max_s": max(bounds),
           "ratio_to_bound": med / b_med}
    report(f"siting/{name}/lower bound: scipy dijkstra per facility", b_med,
           {"min": round(min(bounds), 3), "max": round(max(bounds), 3)})
    report(f"siting/{name}/matrix ({n_dem} × {n_fac}, ours, scipy)", med,
           {"min": round(lo, 3), "max": round(hi, 3), "pairs": mat.nnz, "ratio_to_bound": round(med / b_med, 2)})
    if with_numpy:
        t0 = time.perf_counter()
        slow = siting.travel_time_matrix(graph, fseeds, dseeds, n_fac, n_dem, limit, use_scipy=False)
        t_np = time.perf_counter() - t0
        same = (np.array_equal(slow.ptr, mat.ptr) and np.array_equal(slow.rows, mat.rows)
                and np.array_equal(slow.times, mat.times))
        out.update({"numpy_s": t_np, "numpy_identical": same})
        report(f"siting/{name}/matrix (numpy fallback, routing.dijkstra)", t_np, {"identical": same})
    return mat, out


# ---- sample ----------------------------------------------------------------------------------------------
def sample_case(report) -> dict:
    from qgis import processing
    from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY, QgsVectorLayer

    from coodiag.processing_algorithms import network_engine as ne

    roads = QgsVectorLayer(f"{SAMPLE / 'roads_capa.gpkg'}|layername=road_links", "roads", "ogr")
    ne.clear_cache()
    t0 = time.perf_counter()
    net, how = ne.network_from_layer(roads)
    report("siting/sample/network prepared in memory (separate)", time.perf_counter() - t0,
           {"how": how, "links": net.n_links, "nodes": net.n_nodes})
    cells = f"{SAMPLE / 'filosofi2019_200m_ajaccio.gpkg'}|layername=carreaux_200m"
    pot = processing.run("coodiag:beneficiarypotential", {"INPUT": cells, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    feats = list(pot.getFeatures())
    weights = np.array([float(f["potential"] or 0.0) for f in feats])
    cent = [f.geometry().centroid().asPoint() for f in feats]
    pts = ne.transform_points([QgsPointXY(p) for p in cent], pot.crs(), net.crs)
    offnet_ms = 4.5 / 3.6
    t0 = time.perf_counter()
    d_snaps = ne.snap_points(net, pts, "car", 500.0)  # cells beyond the clipped network stay unreached
    rng = np.random.default_rng(0)
    usable = np.nonzero((weights > 0) & np.array([s.ok for s in d_snaps]))[0]
    cand = rng.choice(usable, size=150, replace=False)
    antennas = ne.transform_points([QgsPointXY(x, y) for x, y in ANTENNAS_2154],
                                   QgsCoordinateReferenceSystem("EPSG:2154"), net.crs)
    fac_pts = list(antennas) + [pts[i] for i in cand]
    existing = np.zeros(len(fac_pts), dtype=bool)
    existing[:2] = True
    f_snaps = ne.snap_points(net, fac_pts, "car", 500.0)
    fseeds = ne.seeds_for(net, "car", [s for s in f_snaps if s.ok], [i for i, s in enumerate(f_snaps) if s.ok],
                          offnet_ms, reverse=True)
    dseeds = ne.seeds_for(net, "car", [s for s in d_snaps if s.ok], [i for i, s in enumerate(d_snaps) if s.ok],
                          offnet_ms, reverse=False)
    graph = net.graph("car", reverse=True)
    report("siting/sample/snapping + seeds + reverse graph (separate)", time.perf_counter() - t0,
           {"demand_snapped": sum(s.ok for s in d_snaps), "facilities_snapped": sum(s.ok for s in f_snaps)})
    mat, m_out = matrix_block("sample", graph, fseeds, dseeds, len(fac_pts), len(pts), report, with_numpy=True)
    out = {"matrix": m_out, "total_weight": float(weights.sum()), "existing": 2, "candidates": 150,
           "demand_not_on_network_weight": float(weights[[not s.ok for s in d_snaps]].sum())}
    out["solve"] = solve_block("sample", mat, weights, existing, report)
    out["algorithm"] = algorithm_end_to_end(report, [fac_pts[k] for k in range(2, len(fac_pts))], net.crs)
    return out


def algorithm_end_to_end(report, candidate_pts, crs) -> dict:
    """coodiag:antennasiting end to end on the sample (saved prepared network, the 1,738 cells of
    beneficiarypotential, the two antennas, the same 150 candidates; S = 15 min, p = 1–4; outputs in memory)."""
    import tempfile

    from qgis import processing
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    from coodiag.processing_algorithms import network_engine as ne

    tmp = Path(tempfile.mkdtemp(prefix="bench_siting_"))
    gpkg = tmp / "d.gpkg"

    def sink(table):
        return "ogr:dbname='{}' table=\"{}\" (geom)".format(gpkg, table)

    net = processing.run("coodiag:buildnetwork", {"INPUT": f"{SAMPLE / 'roads_capa.gpkg'}|layername=road_links",
                                                  "OUTPUT": sink("network")})["OUTPUT"]
    cells = f"{SAMPLE / 'filosofi2019_200m_ajaccio.gpkg'}|layername=carreaux_200m"
    demand = processing.run("coodiag:beneficiarypotential", {"INPUT": cells,
                                                             "OUTPUT": sink("beneficiary_potential")})["OUTPUT"]
    authid = crs.authid()
    antennas = QgsVectorLayer(f"Point?crs={authid}&field=antenne:string", "antennas", "memory")
    cands = QgsVectorLayer(f"Point?crs={authid}&field=name:string", "candidates", "memory")
    for layer, pts in ((antennas, ANTENNAS_2154), (cands, candidate_pts)):
        feats = []
        for i, (x, y) in enumerate(pts):
            f = QgsFeature(layer.fields())
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
            f.setAttributes([f"s{i}"])
            feats.append(f)
        layer.dataProvider().addFeatures(feats)
    params = {"NETWORK": net, "DEMAND": demand, "ANTENNAS": antennas, "CANDIDATE_SOURCE": 0, "CANDIDATES": cands,
              "MODE": 0, "STANDARD": S_MIN, "P_MIN": P_VALUES[0], "P_MAX": P_VALUES[-1],
              "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_SCENARIOS": "TEMPORARY_OUTPUT",
              "OUTPUT_CATCHMENTS": "TEMPORARY_OUTPUT"}

    def run():
        ne.clear_cache()  # the saved network is read again every run
        return processing.run("coodiag:antennasiting", params)

    med, lo, hi, res = timed(run)
    report("siting/sample/coodiag:antennasiting end to end (150 candidates, p 1–4)", med,
           {"min": round(lo, 3), "max": round(hi, 3), "best_covered_pct": res["BEST_COVERED_PCT"],
            "max_gap": res["MAX_GAP"]})
    return {"median_s": med, "min_s": lo, "max_s": hi, "best_covered_pct": res["BEST_COVERED_PCT"],
            "baseline_covered_pct": res["BASELINE_COVERED_PCT"], "max_gap": res["MAX_GAP"]}


# ---- synthetic ---------------------------------------------------------------------------------------------
def synthetic_network(n: int = 400, spacing: float = 200.0, n_dem: int = 50_000, n_cand: int = 500,
                      n_exist: int = 3, seed: int = 0):
    """Perturbed grid, clustered demand attached to the nearest node (+ walking seconds), sites on nodes."""
    from coodiag.processing_algorithms.analysis import routing

    rng = np.random.default_rng(seed)
    ids = np.arange(n * n).reshape(n, n)
    a = np.concatenate([ids[:, :-1].ravel(), ids[:-1, :].ravel()])
    b = np.concatenate([ids[:, 1:].ravel(), ids[1:, :].ravel()])
    r = np.concatenate([np.repeat(np.arange(n), n - 1), np.repeat(np.arange(n - 1), n)])
    c = np.concatenate([np.tile(np.arange(n - 1), n), np.tile(np.arange(n), n - 1)])
    kmh = np.where((r % 25 == 0) | (c % 25 == 0), 80.0, np.where((r % 5 == 0) | (c % 5 == 0), 50.0, 30.0))
    cost = spacing * rng.uniform(1.0, 1.3, len(a)) / (kmh / 3.6)
    bw = cost.copy()
    bw[rng.random(len(a)) < 0.05] = np.nan
    x, y = (ids % n).ravel() * spacing, (ids // n).ravel() * spacing
    towns = rng.uniform(0.1, 0.9, (12, 2)) * n * spacing
    k = rng.choice(12, n_dem, p=rng.dirichlet(np.ones(12)))
    px = np.clip(towns[k, 0] + rng.normal(0, 4000, n_dem), 0, (n - 1) * spacing)
    py = np.clip(towns[k, 1] + rng.normal(0, 4000, n_dem), 0, (n - 1) * spacing)
    node = (np.round(py / spacing) * n + np.round(px / spacing)).astype(np.int64)
    off = np.hypot(px - x[node], py - y[node]) / (4.5 / 3.6)
    weights = rng.lognormal(1.0, 1.0, n_dem)
    fac = rng.choice(n * n, n_cand + n_exist, replace=False)
    fac[:n_exist] = node[rng.choice(n_dem, n_exist, replace=False)]
    existing = np.zeros(n_cand + n_exist, dtype=bool)
    existing[:n_exist] = True
    graph = routing.build_graph(n * n, a, b, cost, bw, reverse=True)
    fseeds = [(int(v), 0.0, f, 0.0) for f, v in enumerate(fac)]
    dseeds = [(int(v), float(o), j, 0.0) for j, (v, o) in enumerate(zip(node, off))]
    return graph, fseeds, dseeds, weights, existing


def synthetic_case(report) -> dict:
    t0 = time.perf_counter()
    graph, fseeds, dseeds, weights, existing = synthetic_network()
    report("siting/synthetic/generate (160,000 nodes, 50,000 points, 503 sites)", time.perf_counter() - t0, {})
    mat, m_out = matrix_block("synthetic", graph, fseeds, dseeds, len(existing), len(weights), report,
                              with_numpy=False)
    out = {"matrix": m_out, "total_weight": float(weights.sum()), "existing": int(existing.sum()),
           "candidates": int((~existing).sum())}
    out["solve"] = solve_block("synthetic", mat, weights, existing, report)
    return out


def main(report) -> None:
    pinned = None
    if hasattr(os, "sched_setaffinity"):
        pinned = os.sched_getaffinity(0)
        os.sched_setaffinity(0, {min(pinned)})  # one core, as the issue asks
    try:
        results = {"machine": machine(), "standard_min": S_MIN, "limit_min": LIMIT_MIN, "p": list(P_VALUES),
                   "runs": RUNS}
        print(f"  machine: {results['machine']}", flush=True)
        if os.environ.get("COODIAG_BENCH_SAMPLE", "1") != "0":
            results["sample"] = sample_case(report)
        results["synthetic"] = synthetic_case(report)
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(json.dumps(results, indent=2), encoding="utf-8")
        print(f"  wrote {OUT}", flush=True)
    finally:
        if pinned is not None:
            os.sched_setaffinity(0, pinned)


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    from demo_context import start_qgis

    app = start_qgis()

    def _report(name: str, seconds: float, extra: dict | None = None) -> None:
        extras = ", ".join(f"{k}={v}" for k, v in (extra or {}).items())
        print(f"  {name:<60} {seconds:9.3f} s  {extras}", flush=True)

    main(_report)
    app.exitQgis()
