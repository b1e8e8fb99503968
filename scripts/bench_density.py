#!/usr/bin/env python3
"""Benchmark of coodiag:clientdensity: 1,000,000 client points to the 200 m INSEE grid and to zones.

Compared, in the same run and on the same points, with ``qgis:heatmapkerneldensityestimation`` at 200 m
pixels (radius 1,000 m, the default smoothing bandwidth). Target: clientdensity (grid + zones) takes at
most one fifth of the heatmap's time; the ratio is printed. Also timed for information: the smoothed
surface with rates, and Gi* hot spots on the same points.

The points are drawn in the sample territory (CA du Pays Ajaccien) with probabilities proportional to the
Filosofi households of each 200 m cell, uniformly inside the cell, and stored as a GeoPackage in
EPSG:2154 (like an imported client layer). Each timed run is repeated and the best time kept.

Run: `make bench` or `python scripts/bench_density.py`.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
N_POINTS = 1_000_000
SAMPLE = ROOT / "resources" / "sample"
COMMUNES = f"{SAMPLE / 'territory.gpkg'}|layername=communes"
FILOSOFI = f"{SAMPLE / 'filosofi2019_200m_ajaccio.gpkg'}|layername=carreaux_200m"


def make_points(folder: Path, n: int = N_POINTS, seed: int = 6) -> Path:
    """GeoPackage `clients` of n points (EPSG:2154) with an integer `heures` field."""
    import numpy as np
    from qgis.core import QgsVectorLayer

    cells = QgsVectorLayer(FILOSOFI, "cells", "ogr")
    x0, y0, w = [], [], []
    for f in cells.getFeatures():
        box = f.geometry().boundingBox()
        x0.append(box.xMinimum())
        y0.append(box.yMinimum())
        w.append(max(float(f["men"] or 0.0), 0.0))
    x0, y0, w = np.array(x0), np.array(y0), np.array(w)
    rng = np.random.default_rng(seed)
    pick = rng.choice(w.size, size=n, p=w / w.sum())
    x = x0[pick] + rng.uniform(0, 200, n)
    y = y0[pick] + rng.uniform(0, 200, n)
    hours = rng.integers(1, 200, n)
    csv = folder / "clients.csv"
    with csv.open("w") as out:
        out.write("x,y,heures\n")
        np.savetxt(out, np.column_stack([x, y, hours]), fmt=["%.2f", "%.2f", "%d"], delimiter=",")
    gpkg = folder / "clients.gpkg"
    subprocess.run(["ogr2ogr", "-q", "-f", "GPKG", str(gpkg), str(csv), "-oo", "X_POSSIBLE_NAMES=x", "-oo",
                    "Y_POSSIBLE_NAMES=y", "-oo", "AUTODETECT_TYPE=YES", "-s_srs", "EPSG:3035", "-t_srs",
                    "EPSG:2154", "-nln", "clients", "-nlt", "POINT", "-gt", "200000"], check=True)
    csv.unlink()
    return gpkg


_PROVIDER = []


def ensure_provider() -> None:
    """Register the Coodiag provider if it is missing (and keep a Python reference to it)."""
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    if registry.algorithmById("coodiag:clientdensity") is not None:
        return
    from coodiag.processing_algorithms.provider import CoodiagProvider

    old = registry.providerById("coodiag")
    if old is not None:
        registry.removeProvider(old)
    provider = CoodiagProvider()
    _PROVIDER.append(provider)
    registry.addProvider(provider)


def best_of(fn, repeat: int = 2) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main(report) -> None:
    from qgis import processing

    ensure_provider()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        gpkg = make_points(folder)
        points = f"{gpkg}|layername=clients"
        report("generate 1,000,000 client points (not compared)", time.perf_counter() - t0, {})

        def density():
            processing.run("coodiag:clientdensity", {
                "INPUT": points, "CELL_SIZE": 0, "ZONES": COMMUNES, "BANDWIDTH": 0,
                "OUTPUT_GRID": "TEMPORARY_OUTPUT", "OUTPUT_ZONES": "TEMPORARY_OUTPUT"})

        def heatmap():
            processing.run("qgis:heatmapkerneldensityestimation", {
                "INPUT": points, "RADIUS": 1000, "PIXEL_SIZE": 200, "KERNEL": 0,
                "OUTPUT": str(folder / f"heatmap_{time.perf_counter_ns()}.tif")})

        # warm-up on both (imports, provider caches), then best of two
        density()
        t_density = best_of(density)
        t_heatmap = best_of(heatmap, repeat=1)
        ratio = t_density / t_heatmap if t_heatmap else float("nan")
        report("coodiag:clientdensity 1M points → 200 m grid + 10 communes", t_density, {})
        report("qgis:heatmapkerneldensityestimation 1M points, 200 m pixels, r = 1 km", t_heatmap, {})
        report("ratio clientdensity / heatmap (target ≤ 0.20)", t_density,
               {"ratio": round(ratio, 3), "heatmap_s": round(t_heatmap, 3), "target_met": bool(ratio <= 0.2)})
        print(f"  ratio clientdensity / heatmap = {ratio:.3f} (target ≤ 0.20)", flush=True)

        t_smooth = best_of(lambda: processing.run("coodiag:clientdensity", {
            "INPUT": points, "CELL_SIZE": 0, "ZONES": COMMUNES, "FILOSOFI": FILOSOFI, "DENOMINATOR": 0,
            "WEIGHT_FIELD": "heures", "BANDWIDTH": 1000, "OUTPUT_GRID": "TEMPORARY_OUTPUT",
            "OUTPUT_ZONES": "TEMPORARY_OUTPUT", "OUTPUT_SMOOTHED": "TEMPORARY_OUTPUT"}), repeat=1)
        report("coodiag:clientdensity 1M, weights + Filosofi rates + smoothing 1 km", t_smooth, {})
        t_hot = best_of(lambda: processing.run("coodiag:hotspots", {
            "INPUT": points, "CELL_SIZE": 0, "STUDY_AREA": COMMUNES, "PERMUTATIONS": 99,
            "OUTPUT": "TEMPORARY_OUTPUT"}), repeat=1)
        report("coodiag:hotspots 1M points, 200 m cells, Gi* + 99 permutations", t_hot, {})


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    from demo_context import start_qgis

    app = start_qgis()

    def _print(name, seconds, extra=None):
        print(f"  {name:<70} {seconds:9.3f} s  {extra or ''}", flush=True)

    main(_print)
    app.exitQgis()
