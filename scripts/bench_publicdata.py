#!/usr/bin/env python3
"""Benchmark of coodiag:loadfilosofi: load and clip a generated 300,000-cell Filosofi grid (département size).

Compared, in the same run and on the same data, with the QGIS-native chain doing the same job:
native:centroids → native:extractbylocation (centres in the territory) → native:joinattributestable back
to the squares is what a user would do; we time the shortest native equivalent that gives the same cells:
native:extractbylocation (squares intersecting the territory — a superset) + native:reprojectlayer.

Run: `make bench` or `python scripts/bench_publicdata.py` (prints name, seconds, extra).
"""
from __future__ import annotations

import math
import sys
import tempfile
from pathlib import Path

N_X, N_Y = 600, 500  # 300,000 cells of 200 m: 120 km × 100 km, a département
X0, Y0 = 3_900_000, 2_500_000  # EPSG:3035, mainland France


def make_grid(folder: Path, n_x: int = N_X, n_y: int = N_Y) -> Path:
    """A Filosofi-2019-shaped GeoPackage of n_x × n_y 200 m cells (EPSG:3035), values derived from i, j."""
    from osgeo import ogr, osr

    path = folder / "filosofi2019_bench_200m.gpkg"
    driver = ogr.GetDriverByName("GPKG")
    ds = driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3035)
    layer = ds.CreateLayer("carreaux_200m", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("idcar_200m", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("i_est_200", ogr.OFTInteger))
    for name in ("ind", "men", "men_pauv", "ind_snv"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTReal))
    defn = layer.GetLayerDefn()
    layer.StartTransaction()
    for j in range(n_y):
        y = Y0 + 200 * j
        for i in range(n_x):
            x = X0 + 200 * i
            feat = ogr.Feature(defn)
            ind = float((i * 7 + j * 13) % 50)
            feat.SetField(0, f"CRS3035RES200mN{y}E{x}")
            feat.SetField(1, 1 if ind < 11 else 0)
            feat.SetField(2, ind)
            feat.SetField(3, ind / 2.0)
            feat.SetField(4, ind / 10.0)
            feat.SetField(5, ind * 21000.0)
            feat.SetGeometry(ogr.CreateGeometryFromWkt(
                f"POLYGON(({x} {y},{x + 200} {y},{x + 200} {y + 200},{x} {y + 200},{x} {y}))"))
            layer.CreateFeature(feat)
    layer.CommitTransaction()
    ds = None
    return path


def make_territory(folder: Path) -> Path:
    """An irregular 48-vertex polygon inside the grid (about 70 % of it), EPSG:2154 like a real territory."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsFeature,
        QgsGeometry,
        QgsPointXY,
        QgsProject,
        QgsVectorFileWriter,
        QgsVectorLayer,
    )

    cx, cy = X0 + N_X * 100, Y0 + N_Y * 100
    pts = []
    for k in range(48):
        a = 2 * math.pi * k / 48
        r = 0.47 * (1 + 0.12 * math.sin(5 * a))
        pts.append(QgsPointXY(cx + r * N_X * 200 * math.cos(a), cy + r * N_Y * 200 * math.sin(a)))
    geom = QgsGeometry.fromPolygonXY([pts])
    geom.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:3035"),
                                          QgsCoordinateReferenceSystem("EPSG:2154"), QgsProject.instance()))
    layer = QgsVectorLayer("Polygon?crs=EPSG:2154", "territory", "memory")
    feat = QgsFeature()
    feat.setGeometry(geom)
    layer.dataProvider().addFeatures([feat])
    path = folder / "territory.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsProject.instance().transformContext(), options)
    return path


def main(report) -> None:
    from qgis import processing
    from qgis.core import QgsApplication, QgsVectorLayer

    if QgsApplication.processingRegistry().algorithmById("coodiag:loadfilosofi") is None:
        raise RuntimeError("coodiag:loadfilosofi is not registered in this QGIS session")
    quick = getattr(report, "quick", False)
    n_x, n_y = (200, 150) if quick else (N_X, N_Y)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        grid = make_grid(folder, n_x, n_y)
        territory = make_territory(folder)
        report.note(f"{n_x * n_y:,}-cell Filosofi-shaped grid (EPSG:3035) and a territory polygon (EPSG:2154)")
        runs = iter(range(1_000_000))

        def ours():
            k = next(runs)
            res = processing.run("coodiag:loadfilosofi", {
                "INPUT": str(grid), "TERRITORY": str(territory), "OUTPUT_CRS": "EPSG:2154",
                "OUTPUT": str(folder / f"out_{k}.gpkg")})
            return {"cells_kept": res["N_CELLS"]}

        def native():
            k = next(runs)
            extracted = processing.run("native:extractbylocation", {
                "INPUT": str(grid), "PREDICATE": [0], "INTERSECT": str(territory), "OUTPUT": "TEMPORARY_OUTPUT",
            })["OUTPUT"]
            processing.run("native:reprojectlayer", {"INPUT": extracted, "TARGET_CRS": "EPSG:2154",
                                                     "OUTPUT": str(folder / f"native_{k}.gpkg")})
            return {"cells_kept": extracted.featureCount() if isinstance(extracted, QgsVectorLayer) else None}

        report.compare(f"loadfilosofi: load, clip by centroid and reproject {n_x * n_y:,} cells", ours, native,
                       "native:extractbylocation + reprojectlayer (keeps every touching square)",
                       note="target: under 20 s for 300,000 cells")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_common import standalone

    standalone(main)
