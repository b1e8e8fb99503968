#!/usr/bin/env python3
"""Benchmark of coodiag:clientdensity on 1,000,000 client points, against QGIS doing the same work.

Equal work, cold against cold (every run reads the points from disk and writes new files), paired runs
(median and min–max of ≥ 3, ratio run by run; scripts/bench_common.py):
- the smoothed surface (bisquare kernel, 1 km bandwidth, 200 m cells), without and with the hours weights
  and Filosofi rates ↔ ``qgis:heatmapkerneldensityestimation`` (quartic = bisquare kernel, radius 1 km,
  200 m pixels); target: ours at most the heatmap's time;
- the counts on the 200 m grid ↔ ``native:countpointsinpolygon`` on the same cells.

The points are drawn in the sample territory (CA du Pays Ajaccien) with probabilities proportional to the
Filosofi households of each 200 m cell, uniformly inside the cell, and stored as a GeoPackage in
EPSG:2154 (like an imported client layer).

Run: `make bench`, `python scripts/bench.py density` or `python scripts/bench_density.py`.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
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


class Fresh:
    """A new output path for every run (cold: no run reuses another one's file)."""

    def __init__(self, folder: Path, stem: str, ext: str = "gpkg"):
        self.folder, self.stem, self.ext, self.n = folder, stem, ext, 0

    def __call__(self) -> str:
        self.n += 1
        return str(self.folder / f"{self.stem}_{self.n}.{self.ext}")


def main(report) -> None:
    from qgis import processing
    from qgis.core import QgsVectorLayer

    ensure_provider()
    quick = getattr(report, "quick", False)
    n = 200_000 if quick else N_POINTS
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        gpkg = make_points(folder, n)
        points = f"{gpkg}|layername=clients"
        report.note(f"{n:,} client points (GeoPackage, EPSG:2154) drawn from the Filosofi households of the "
                    "sample territory; every run reads them from disk and writes new files (cold against cold)")
        grid_out, smooth_out = Fresh(folder, "grid"), Fresh(folder, "smoothed")
        heat_out, count_out = Fresh(folder, "heatmap", "tif"), Fresh(folder, "count")

        def smoothed(rates: bool):
            params = {"INPUT": points, "CELL_SIZE": 0, "BANDWIDTH": 1000, "OUTPUT_GRID": grid_out(),
                      "OUTPUT_ZONES": None, "OUTPUT_SMOOTHED": smooth_out()}
            if rates:
                params.update({"WEIGHT_FIELD": "heures", "FILOSOFI": FILOSOFI, "DENOMINATOR": 0})
            processing.run("coodiag:clientdensity", params)

        def heatmap():
            processing.run("qgis:heatmapkerneldensityestimation", {
                "INPUT": points, "RADIUS": 1000, "PIXEL_SIZE": 200, "KERNEL": 0, "OUTPUT": heat_out()})

        note = ("ours also bins, protects (disclosure control) and writes the 200 m count grid, which the "
                "smoothed surface is computed from; the heatmap writes a raster")
        report.compare(f"{n:,} points: smoothed surface, bisquare 1 km on 200 m cells", lambda: smoothed(False),
                       heatmap, "qgis:heatmapkerneldensityestimation quartic r 1 km, 200 m pixels", target=1.0,
                       note=note)
        report.compare(f"{n:,} points: smoothed surface with hours and Filosofi rates, 1 km / 200 m",
                       lambda: smoothed(True), heatmap,
                       "qgis:heatmapkerneldensityestimation quartic r 1 km, 200 m pixels", target=1.0, note=note)
        # counts on the same grid: the cells Coodiag publishes, counted by QGIS natively
        cells = grid_out()
        processing.run("coodiag:clientdensity", {"INPUT": points, "CELL_SIZE": 0, "BANDWIDTH": 0, "OUTPUT_GRID": cells,
                                                 "OUTPUT_ZONES": None, "OUTPUT_SMOOTHED": None})
        n_cells = QgsVectorLayer(cells, "cells", "ogr").featureCount()

        def counts():
            processing.run("coodiag:clientdensity", {"INPUT": points, "CELL_SIZE": 0, "BANDWIDTH": 0,
                                                     "OUTPUT_GRID": grid_out(), "OUTPUT_ZONES": None,
                                                     "OUTPUT_SMOOTHED": None})

        def native_counts():
            processing.run("native:countpointsinpolygon", {"POLYGONS": cells, "POINTS": points, "FIELD": "NUMPOINTS",
                                                            "OUTPUT": count_out()})

        report.compare(f"{n:,} points: counts on the 200 m grid ({n_cells:,} cells)", counts, native_counts,
                       "native:countpointsinpolygon on the same cells", target=1.0,
                       note="ours builds the grid and protects it too; the native count is given the cells")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    from bench_common import standalone

    standalone(main)
