#!/usr/bin/env python3
"""Rebuild the QML styles of the client outputs (QGIS 3.22 format, loads on every later version).

styles/clientdensity_grid.qml, clientdensity_zones.qml, smoothed.qml, marketpenetration.qml,
customerareas.qml, prospectzones.qml, hotspots.qml. The classes stored in the QML are placeholders:
processing_algorithms/client_styles.py recomputes them on the data whenever an output is loaded.

Run headless: QT_QPA_PLATFORM=offscreen python3 scripts/build_styles_clients.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

FIELDS = {
    "clientdensity_grid": "field=cell_id:string&field=n_clients:integer&field=dens_km2:double&field=rate:double"
                          "&field=secret:integer",
    "clientdensity_zones": "field=n_clients:integer&field=dens_km2:double&field=rate:double&field=secret:integer",
    "smoothed": "field=cell_id:string&field=clients_s:double&field=rate_s:double&field=secret:integer",
    "marketpenetration": "field=n_clients:integer&field=penetration:double&field=index:double&field=secret:integer",
    "customerareas": "field=antenna:string&field=level:integer&field=share:double",
    "prospectzones": "field=potential:double&field=rank:integer&field=secret:integer",
    "hotspots": "field=cell_id:string&field=gi_z:double&field=gi_bin:integer&field=secret:integer",
}


def build(styles_dir: Path = ROOT / "styles") -> list:
    from qgis.core import QgsFeature, QgsVectorLayer

    from coodiag.processing_algorithms.client_styles import style_layer

    written = []
    for name, fields in FIELDS.items():
        layer = QgsVectorLayer(f"Polygon?crs=EPSG:2154&{fields}", name, "memory")
        feats = []
        for v in range(1, 11):  # placeholder values 1…10 (classes are recomputed on load)
            f = QgsFeature(layer.fields())
            f.setAttributes([v if fld.isNumeric() else str(v) for fld in layer.fields()])
            feats.append(f)
        layer.dataProvider().addFeatures(feats)
        style_layer(layer, name)
        path = styles_dir / f"{name}.qml"
        message, ok = layer.saveNamedStyle(str(path))
        if not ok:
            raise RuntimeError(message)
        written.append(path)
    return written


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    from demo_context import start_qgis

    app = start_qgis()
    for p in build():
        print(p.relative_to(ROOT))
    app.exitQgis()
