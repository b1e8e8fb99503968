"""Shared helpers of the public-data QGIS tests (generated Filosofi files, feedback that records warnings)."""
from __future__ import annotations

import csv
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

# 2019 names -> the 2017 (capitalised) and 2015 (capitalised, other ids) spellings
VALUES_2019 = ["ind", "men", "men_pauv", "men_1ind", "men_5ind", "men_prop", "men_fmp", "ind_snv", "men_surf",
               "men_coll", "men_mais", "log_av45", "log_45_70", "log_70_90", "log_ap90", "log_inc", "log_soc",
               "ind_0_3", "ind_4_5", "ind_6_10", "ind_11_17", "ind_18_24", "ind_25_39", "ind_40_54", "ind_55_64",
               "ind_65_79", "ind_80p", "ind_inc"]


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps warnings and errors so that tests can assert on them."""

    def __init__(self):
        super().__init__()
        self.warnings = []
        self.infos = []

    def pushWarning(self, warning):  # noqa: N802
        self.warnings.append(warning)

    def reportError(self, error, fatalError=False):  # noqa: N802,N803
        self.warnings.append(error)

    def pushInfo(self, info):  # noqa: N802
        self.infos.append(info)


def cells(n_x: int = 4, n_y: int = 3, x0: int = 4_210_000, y0: int = 2_090_000, size: int = 200) -> list:
    """Cells of a small block: dicts with the 2019 names; ind = 10 + i + 10 j; cell (0, 0) imputed."""
    out = []
    res = "200m" if size == 200 else "1000m"
    for j in range(n_y):
        for i in range(n_x):
            x, y = x0 + i * size, y0 + j * size
            ind = 10.0 + i + 10 * j
            out.append({
                "idcar": f"CRS3035RES{res}N{y}E{x}",
                "idcar_1km": f"CRS3035RES1000mN{y // 1000 * 1000}E{x // 1000 * 1000}",
                "x": x, "y": y,
                "imputed": 1 if (i, j) == (0, 0) else 0,
                **{name: ind / (k + 1) for k, name in enumerate(VALUES_2019)},
            })
    return out


def write_csv(path: Path, header: list, rows: list, sep: str = ";", encoding: str = "utf-8") -> Path:
    with open(path, "w", newline="", encoding=encoding) as handle:
        writer = csv.writer(handle, delimiter=sep)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def square_layer(polygons: dict, crs: str = "EPSG:2154", field: str = "code", name: str = "zones") -> QgsVectorLayer:
    """Memory polygon layer: {code: (xmin, ymin, xmax, ymax)}."""
    uri = f"Polygon?crs={crs}&field={field}:string" if crs else f"Polygon?field={field}:string"
    layer = QgsVectorLayer(uri, name, "memory")
    if not crs:
        layer.setCrs(QgsCoordinateReferenceSystem())  # memory layers default to EPSG:4326
    feats = []
    for code, (x1, y1, x2, y2) in polygons.items():
        feat = QgsFeature(layer.fields())
        feat.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x1} {y1},{x2} {y1},{x2} {y2},{x1} {y2},{x1} {y1}))"))
        feat.setAttributes([code])
        feats.append(feat)
    layer.dataProvider().addFeatures(feats)
    return layer
