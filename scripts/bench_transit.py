"""Benchmark of the transit engine (analysis/gtfs.py + analysis/transit.py), pure numpy, one core.

Run by scripts/bench.py (`make bench`, main(report)) or alone: `.venv/bin/python scripts/bench_transit.py`.
Writes output/bench/transit.json. Every figure is the median of RUNS cold runs (everything rebuilt from the
files each time) with min–max.

(a) Ajaccio (Muvitarra feed, Tuesday 2020-03-10): every Filosofi 200 m cell centroid of the sample
    (1,738 cells, EPSG:3035 → WGS84 with GDAL/osr) to the sample SIAE's 2 antennas (BAN coordinates),
    arrive by 8:30 over a 60-minute window at 1-minute steps (60 deadlines), median travel time, transfers,
    walk and first departure per (cell, antenna); walking legs in straight line × 1.3 at 4.5 km/h (≤ 20 min),
    walking transfers ≤ 300 m + transfers.txt. End to end = read the zip + checks, network of the day,
    walking links, search. Also the path the QGIS algorithms take (compact tables → Timetable.from_frames)
    and, for information, the leave-at variant (reverse profile).
(b) Synthetic city: 60 × 60 stops 300 m apart, 240 line-directions, a bus every 15 min 05:00–24:00,
    1,076,160 connections; 10 sites, leave at 7:30–8:30 every minute (600 searches) and arrive by 8:30
    (600 reverse searches), travel times to every stop (the isochrone form), ≤ 3 transfers, ≤ 90 min.

Floors ("one plain scan over the connections"): (1) one earliest-arrival Connection Scan over the whole day
(a Python loop: what a sequential algorithm costs per departure in this language), (2) one vectorised numpy
pass over the connection arrays (reachability test + segmented minimum per arrival stop: the memory-bound
cost of touching every connection once). Ratios = time per departure (one search) / floor.
Also measured: the same searches done by the plain CSA loop (the algorithm choice of transit.py).
"""
from __future__ import annotations

import json
import os
import platform
import re
import sqlite3
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
SAMPLE = ROOT / "resources" / "sample"
GTFS = SAMPLE / "gtfs_muvitarra_ajaccio_2020.zip"
FILOSOFI = SAMPLE / "filosofi2019_200m_ajaccio.gpkg"
DATE = "2020-03-10"
ANTENNAS = ((8.738557, 41.919581), (8.738826, 41.924373))  # Antenne Ajaccio Centre, Antenne Mezzavia (BAN)
RUNS = int(os.environ.get("COODIAG_BENCH_RUNS", "3"))
OUT = ROOT / "output" / "bench" / "transit.json"


def _modules():
    from demo_context import register_package

    register_package()
    from coodiag.processing_algorithms.analysis import gtfs, transit

    return gtfs, transit


def machine() -> dict:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(), "numpy": np.__version__,
            "platform": platform.platform()}


def timed(fn, runs: int = RUNS):
    """(stats dict, last result) over `runs` calls."""
    secs, out = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        out = fn()
        secs.append(time.perf_counter() - t0)
    return {"median_s": round(float(np.median(secs)), 6), "min_s": round(min(secs), 6),
            "max_s": round(max(secs), 6), "runs": runs}, out


def cell_centroids():
    """Filosofi cell centroids (lon, lat): the SW corner is in the cell id, the centre is +100 m."""
    with sqlite3.connect(str(FILOSOFI)) as con:
        ids = [r[0] for r in con.execute("SELECT idcar_200m FROM carreaux_200m ORDER BY fid")]
    ne = [re.search(r"N(\d+)E(\d+)$", i).groups() for i in ids]
    ys = np.array([float(n) for n, _ in ne]) + 100
    xs = np.array([float(e) for _, e in ne]) + 100
    from osgeo import osr

    src, dst = osr.SpatialReference(), osr.SpatialReference()
    src.ImportFromEPSG(3035)
    dst.ImportFromEPSG(4326)
    dst.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    pts = osr.CoordinateTransformation(src, dst).TransformPoints(np.c_[xs, ys].tolist())
    ll = np.array(pts)[:, :2]
    return ll[:, 0], ll[:, 1]


def floors(transit, net, runs: int = RUNS) -> dict:
    """One full-day Connection Scan (Python loop) and one numpy pass over the connections."""
    conns = transit.connection_arrays(net)
    dep, arr, fs, ts, trip, bok, aok = conns
    n = net.n_stops
    ready = np.full(n, transit.INF, np.int64)
    first = np.unique(fs)[:5]
    ready[first] = int(dep.min())  # from the first departure: every connection is scanned
    csa, _ = timed(lambda: transit.connection_scan(net, ready, conns), runs)
    order = np.argsort(ts, kind="stable")
    d2, a2, f2, t2, ok2 = dep[order], arr[order], fs[order], ts[order], aok[order] & bok[order]
    seg = np.flatnonzero(np.r_[True, t2[1:] != t2[:-1]])

    def one_pass():
        reach = (ready[f2] <= d2) & ok2
        return np.minimum.reduceat(np.where(reach, a2, transit.INF), seg)

    npass, _ = timed(one_pass, max(runs, 5))
    return {"connections": int(len(dep)), "csa_scan": csa, "numpy_pass": npass}


def bench_ajaccio(gtfs, transit) -> dict:
    lon_c, lat_c = cell_centroids()
    a_lon = np.array([a[0] for a in ANTENNAS])
    a_lat = np.array([a[1] for a in ANTENNAS])
    params = transit.SearchParams(max_transfers=3, max_access_s=1200, max_egress_s=1200, max_travel_s=7200)
    deadlines = transit.arrival_window(8 * 3600 + 1800, 3600, 60)
    stages = {}

    def links(tt):
        lon, lat = tt.stops["stop_lon"].to_numpy(), tt.stops["stop_lat"].to_numpy()
        acc = transit.straight_line_links(lon_c, lat_c, lon, lat, max_s=params.max_access_s)
        egr = transit.straight_line_links(a_lon, a_lat, lon, lat, max_s=params.max_egress_s)
        return acc, egr

    def end_to_end():
        t = [time.perf_counter()]
        tt, report = gtfs.read_gtfs(GTFS)
        t.append(time.perf_counter())
        net = transit.prepare_network(tt, DATE, transfer_max_m=300)
        t.append(time.perf_counter())
        acc, egr = links(tt)
        t.append(time.perf_counter())
        res = transit.origins_to_targets(net, acc, egr, deadlines, arrive_by=True, params=params)
        t.append(time.perf_counter())
        for name, a, b in (("read_gtfs", 0, 1), ("network", 1, 2), ("walk_links", 2, 3), ("search", 3, 4)):
            stages.setdefault(name, []).append(t[b] - t[a])
        return tt, net, acc, egr, res

    total, (tt, net, acc, egr, res) = timed(end_to_end)
    stage_stats = {k: {"median_s": round(float(np.median(v)), 4), "min_s": round(min(v), 4),
                       "max_s": round(max(v), 4)} for k, v in stages.items()}
    frames = tt.to_frames()

    def from_frames():
        tt2 = gtfs.Timetable.from_frames(frames)
        net2 = transit.prepare_network(tt2, DATE, transfer_max_m=300)
        a2, e2 = links(tt2)
        return transit.origins_to_targets(net2, a2, e2, deadlines, arrive_by=True, params=params)

    qgis_path, res2 = timed(from_frames)
    assert np.array_equal(np.nan_to_num(res2.travel_s, nan=-1), np.nan_to_num(res.travel_s, nan=-1))
    search, _ = timed(lambda: transit.origins_to_targets(net, acc, egr, deadlines, arrive_by=True, params=params))
    leave_at, _ = timed(lambda: transit.origins_to_targets(
        net, acc, egr, transit.departure_window(7 * 3600 + 30 * 60, 3600, 60), arrive_by=False, params=params))
    # algorithm choice: 120 forward searches (2 antennas × 60 departures), batched RAPTOR vs the plain CSA loop
    deps = transit.departure_window(7 * 3600 + 30 * 60, 3600, 60)
    p_inf = transit.SearchParams(max_transfers=50, max_access_s=1200, max_travel_s=10 ** 6)
    raptor, st = timed(lambda: transit.one_to_all(net, egr, deps, params=p_inf))
    conns = transit.connection_arrays(net)

    def csa_all():
        out = np.empty((2, len(deps), net.n_stops), np.int64)
        for j in range(2):
            s, w = egr.of(j)
            for m, t0 in enumerate(deps):
                r0 = np.full(net.n_stops, transit.INF, np.int64)
                r0[s] = t0 + w
                v = transit.connection_scan(net, r0, conns)
                out[j, m] = np.where(v >= transit.INF, transit.INF, v - t0)
        return out

    csa, csa_out = timed(csa_all)
    same = bool(np.array_equal(np.minimum(csa_out, int(transit.INF)), np.minimum(st.travel, int(transit.INF))))
    fl = floors(transit, net)
    per_dep = search["median_s"] / (len(deadlines) * 2)
    reach = res.reachable
    return {
        "feed": GTFS.name, "date": DATE, "trips": net.n_trips, "connections": net.n_connections,
        "patterns": net.n_patterns, "stops": net.n_stops, "cells": int(len(lon_c)), "antennas": 2,
        "window": "arrive by 08:30, 60 deadlines 07:31-08:30", "access_links": int(len(acc.row)),
        "end_to_end": total, "stages": stage_stats, "from_compact_tables": qgis_path, "search_only": search,
        "searches": int(len(deadlines) * 2), "seconds_per_departure": round(per_dep, 6),
        "ratio_to_csa_scan": round(per_dep / fl["csa_scan"]["median_s"], 3),
        "ratio_to_numpy_pass": round(per_dep / fl["numpy_pass"]["median_s"], 2), "floors": fl,
        "leave_at_profile_search": leave_at,
        "choice_120_forward_searches": {"batched_raptor": raptor, "plain_csa_loop": csa, "identical_times": same,
                                        "speedup": round(csa["median_s"] / raptor["median_s"], 1)},
        "results": {"cells_reaching_an_antenna": int(reach.any(1).sum()),
                    "median_minutes_nearest": round(float(np.nanmedian(res.nearest()[1])) / 60, 1),
                    "cells_with_transfer": int(((res.transfers > 0) & reach).any(1).sum())},
    }


class _Schedule:
    """DaySchedule-like arrays of the synthetic city."""


def synthetic(transit, n: int = 60, spacing: float = 300.0, headway: int = 900, seed: int = 0):
    rng = np.random.default_rng(seed)
    lat0, lon0 = 48.80, 2.25
    dlat = spacing / 111195.0
    dlon = spacing / (111195.0 * np.cos(np.radians(lat0)))
    gy, gx = np.mgrid[0:n, 0:n]
    lat = lat0 + gy.ravel() * dlat
    lon = lon0 + gx.ravel() * dlon
    lines = [np.arange(r * n, (r + 1) * n) for r in range(n)] + [np.arange(c, n * n, n) for c in range(n)]
    lines = lines + [ln[::-1] for ln in lines]
    stops, arr, dep, counts = [], [], [], []
    for ln in lines:
        hop = int(rng.integers(55, 85))
        dwell = int(rng.integers(0, 2)) * 20
        starts = np.arange(5 * 3600 + int(rng.integers(0, headway)), 24 * 3600, headway)
        rel_a = np.arange(len(ln)) * (hop + dwell)
        for t0 in starts:
            stops.append(ln)
            arr.append(t0 + rel_a)
            dep.append(t0 + rel_a + np.where(np.arange(len(ln)) > 0, dwell, 0))
            counts.append(len(ln))
    s = _Schedule()
    s.n_stops = n * n
    s.ptr = np.r_[0, np.cumsum(counts)].astype(np.int64)
    s.stop = np.concatenate(stops)
    s.arr = np.concatenate(arr)
    s.dep = np.concatenate(dep)
    s.pickup = np.ones(len(s.stop), bool)
    s.dropoff = np.ones(len(s.stop), bool)
    return s, lon, lat


def bench_synthetic(transit) -> dict:
    sched, lon, lat = synthetic(transit)

    def build():
        f, t, w = transit.walking_transfers(lon, lat, 310)
        k = np.arange(sched.n_stops)
        return transit.Network.build(sched, np.r_[f, k], np.r_[t, k], np.r_[w, np.zeros_like(k)])

    build_t, net = timed(build)
    rng = np.random.default_rng(1)
    sites = rng.choice(sched.n_stops, 10, replace=False)
    links = transit.straight_line_links(lon[sites] + 0.001, lat[sites], lon, lat, max_s=600)
    params = transit.SearchParams(max_transfers=3, max_access_s=600, max_egress_s=600, max_travel_s=5400)
    deps = transit.departure_window(7 * 3600 + 1800, 3600, 60)
    dls = transit.arrival_window(8 * 3600 + 1800, 3600, 60)
    leave, st = timed(lambda: transit.one_to_all(net, links, deps, params=params))
    arrive, st2 = timed(lambda: transit.one_to_all(net, links, dls, arrive_by=True, params=params))
    fl = floors(transit, net)
    n_search = 10 * len(deps)
    per_l = leave["median_s"] / n_search
    per_a = arrive["median_s"] / n_search
    return {
        "stops": int(sched.n_stops), "trips": net.n_trips, "connections": net.n_connections,
        "patterns": net.n_patterns, "footpaths": int(len(net.footpaths[0])), "sites": 10,
        "network_build": build_t,
        "leave_at_7h30_8h30_every_min": leave, "arrive_by_8h30_60_deadlines": arrive, "searches_each": n_search,
        "seconds_per_departure_leave_at": round(per_l, 5), "seconds_per_departure_arrive_by": round(per_a, 5),
        "ratio_to_csa_scan_leave_at": round(per_l / fl["csa_scan"]["median_s"], 3),
        "ratio_to_numpy_pass_leave_at": round(per_l / fl["numpy_pass"]["median_s"], 2),
        "ratio_to_csa_scan_arrive_by": round(per_a / fl["csa_scan"]["median_s"], 3),
        "ratio_to_numpy_pass_arrive_by": round(per_a / fl["numpy_pass"]["median_s"], 2),
        "floors": fl,
        "stops_reached_median_leave_at": int(np.isfinite(st.percentile()).sum(1).mean()),
        "stops_reached_median_arrive_by": int(np.isfinite(st2.percentile()).sum(1).mean()),
    }


def main(report=None) -> dict:
    gtfs, transit = _modules()
    out = {"machine": machine(), "runs": RUNS}
    out["ajaccio"] = aj = bench_ajaccio(gtfs, transit)
    out["synthetic"] = sy = bench_synthetic(transit)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(out, indent=2), encoding="utf-8")
    if report is not None:
        report("transit: Ajaccio 1,738 cells → 2 antennas, arrive-by window, end to end",
               aj["end_to_end"]["median_s"], {"search_s": aj["search_only"]["median_s"],
                                              "per_departure_s": aj["seconds_per_departure"],
                                              "ratio_csa_scan": aj["ratio_to_csa_scan"]})
        report("transit: synthetic 1.08 M connections, 10 sites, 60 departures",
               sy["leave_at_7h30_8h30_every_min"]["median_s"],
               {"arrive_by_s": sy["arrive_by_8h30_60_deadlines"]["median_s"],
                "per_departure_s": sy["seconds_per_departure_leave_at"],
                "ratio_csa_scan": sy["ratio_to_csa_scan_leave_at"]})
    return out


if __name__ == "__main__":
    result = main()
    print(json.dumps({k: v for k, v in result.items()}, indent=1))
