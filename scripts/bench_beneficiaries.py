"""Benchmarks of the beneficiaries topic (run by scripts/bench.py: `make bench` or `bench.py beneficiaries`).

- coodiag:beneficiarypotential on the sample (1,738 cells; cells level, then zones level with a commune
  table spread by population);
- coodiag:unmetzones with 2,000 synthetic employees, without and with Stewart smoothing;
- the numpy Stewart potential against a scipy cKDTree sparse-distance version on 20,000 points.
"""
from __future__ import annotations

import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "sample"


def _employees(n: int, communes):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    extent = communes.extent()
    layer = QgsVectorLayer("Point?crs=EPSG:2154&field=age:integer", "employees", "memory")
    rng = np.random.default_rng(0)
    feats = []
    for _ in range(n):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(rng.uniform(extent.xMinimum(), extent.xMaximum()),
                                                         rng.uniform(extent.yMinimum(), extent.yMaximum()))))
        f.setAttributes([int(rng.integers(18, 63))])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def main(report) -> None:
    from qgis import processing
    from qgis.core import QgsFeature, QgsVectorLayer

    from coodiag.processing_algorithms.analysis.stewart import stewart_potential

    cells = f"{SAMPLE / 'filosofi2019_200m_ajaccio.gpkg'}|layername=carreaux_200m"
    communes_uri = f"{SAMPLE / 'territory.gpkg'}|layername=communes"
    communes = QgsVectorLayer(communes_uri, "communes", "ogr")

    t0 = time.perf_counter()
    processing.run("coodiag:beneficiarypotential", {"INPUT": cells, "OUTPUT": "TEMPORARY_OUTPUT"})
    report("beneficiarypotential, 1,738 cells, default weights", time.perf_counter() - t0)

    table = QgsVectorLayer("None?field=code:string&field=n:integer", "t", "memory")
    for f in communes.getFeatures():
        row = QgsFeature(table.fields())
        row.setAttributes([f["INSEE_COM"], int(f["POP_2020"] * 0.05)])
        table.dataProvider().addFeature(row)
    t0 = time.perf_counter()
    zones = processing.run("coodiag:beneficiarypotential", {
        "INPUT": cells, "ZONES": communes_uri, "TABLE": table, "TABLE_CODE_FIELD": "code",
        "TABLE_COUNT_FIELD": "n", "LEVEL": 1, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    report("beneficiarypotential, zones level + commune table interpolation", time.perf_counter() - t0)

    employees = _employees(2000, communes)
    for smoothing in (0, 1):
        t0 = time.perf_counter()
        res = processing.run("coodiag:unmetzones", {"ZONES": zones, "EMPLOYEES": employees,
                                                    "SMOOTHING": smoothing, "OUTPUT": "TEMPORARY_OUTPUT"})
        report(f"unmetzones, 10 communes, 2,000 employees, smoothing={smoothing}", time.perf_counter() - t0,
               {"in_zones": res["N_IN_ZONES"]})

    rng = np.random.default_rng(1)
    n, span = 20_000, 500.0
    x, y = rng.uniform(0, 30_000, n), rng.uniform(0, 30_000, n)
    v = rng.poisson(5, n).astype(float)
    t0 = time.perf_counter()
    ours = stewart_potential(x, y, v, span, "exponential")
    numpy_s = time.perf_counter() - t0
    report("stewart numpy (binned), 20,000 points, span 500 m (limit 5 x span)", numpy_s)
    t0 = time.perf_counter()
    dense = stewart_potential(x[:5000], y[:5000], v[:5000], span, "exponential", limit=np.inf)
    report("stewart numpy dense (no limit), 5,000 points", time.perf_counter() - t0,
           {"max_value": round(float(dense.max()), 1)})
    try:
        from scipy.spatial import cKDTree
    except ImportError:
        return
    t0 = time.perf_counter()
    tree = cKDTree(np.column_stack([x, y]))
    pairs = tree.sparse_distance_matrix(tree, 5 * span, output_type="coo_matrix")
    off = pairs.row != pairs.col  # scipy keeps some zero distances of the diagonal: add it once below
    w = np.exp(-np.log(2.0) * pairs.data[off] / span)
    ref = np.bincount(pairs.row[off], weights=w * v[pairs.col[off]], minlength=n) + v
    scipy_s = time.perf_counter() - t0
    report("stewart scipy cKDTree reference, same points", scipy_s,
           {"max_abs_diff": float(np.max(np.abs(ours - ref))), "numpy_over_scipy": round(numpy_s / scipy_s, 2)})
