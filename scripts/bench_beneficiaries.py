"""Benchmarks of the beneficiaries topic (run by scripts/bench.py: `make bench` or `bench.py beneficiaries`).

- coodiag:beneficiarypotential on the sample (1,738 cells; cells level, then zones level with a commune
  table spread by population);
- coodiag:unmetzones with 2,000 synthetic employees, without and with Stewart smoothing;
- the numpy Stewart potential against a scipy cKDTree sparse-distance version on 20,000 points.
"""
from __future__ import annotations

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

    report.measure("beneficiarypotential, 1,738 cells, default weights",
                   lambda: processing.run("coodiag:beneficiarypotential",
                                          {"INPUT": cells, "OUTPUT": "TEMPORARY_OUTPUT"}))

    table = QgsVectorLayer("None?field=code:string&field=n:integer", "t", "memory")
    for f in communes.getFeatures():
        row = QgsFeature(table.fields())
        row.setAttributes([f["INSEE_COM"], int(f["POP_2020"] * 0.05)])
        table.dataProvider().addFeature(row)
    zone_params = {"INPUT": cells, "ZONES": communes_uri, "TABLE": table, "TABLE_CODE_FIELD": "code",
                   "TABLE_COUNT_FIELD": "n", "LEVEL": 1, "OUTPUT": "TEMPORARY_OUTPUT"}
    report.measure("beneficiarypotential, zones level + commune table interpolation",
                   lambda: processing.run("coodiag:beneficiarypotential", zone_params))
    zones = processing.run("coodiag:beneficiarypotential", zone_params)["OUTPUT"]

    employees = _employees(2000, communes)
    for smoothing in (0, 1):
        report.measure(f"unmetzones, 10 communes, 2,000 employees, smoothing={smoothing}",
                       lambda smoothing=smoothing: processing.run("coodiag:unmetzones", {
                           "ZONES": zones, "EMPLOYEES": employees, "SMOOTHING": smoothing,
                           "OUTPUT": "TEMPORARY_OUTPUT"}))

    rng = np.random.default_rng(1)
    n, span = 20_000, 500.0
    x, y = rng.uniform(0, 30_000, n), rng.uniform(0, 30_000, n)
    v = rng.poisson(5, n).astype(float)
    try:
        from scipy.spatial import cKDTree
    except ImportError:
        report.measure("stewart numpy (binned), 20,000 points, span 500 m (limit 5 x span)",
                       lambda: stewart_potential(x, y, v, span, "exponential"))
        return

    def reference():
        tree = cKDTree(np.column_stack([x, y]))
        pairs = tree.sparse_distance_matrix(tree, 5 * span, output_type="coo_matrix")
        off = pairs.row != pairs.col  # scipy keeps some zero distances of the diagonal: add it once below
        w = np.exp(-np.log(2.0) * pairs.data[off] / span)
        return np.bincount(pairs.row[off], weights=w * v[pairs.col[off]], minlength=n) + v

    diff = float(np.max(np.abs(stewart_potential(x, y, v, span, "exponential") - reference())))
    report.compare("stewart numpy (binned), 20,000 points, span 500 m (limit 5 x span)",
                   lambda: stewart_potential(x, y, v, span, "exponential"), reference,
                   "scipy cKDTree sparse distances, same sum", extra={"max_abs_diff": diff})


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_common import standalone

    standalone(main)
