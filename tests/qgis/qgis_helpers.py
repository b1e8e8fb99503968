"""Helpers shared by the QGIS tests (imported with the tests/qgis folder on sys.path)."""
from __future__ import annotations


def run_with_threshold(alg: str, params: dict, threshold_param: str):
    """processing.run with the Coodiag secrecy setting set to the run's own k parameter (a per-run k may only
    raise the setting: tests that want k < 11 lower the setting itself, as a user would in the options)."""
    import os

    from qgis import processing

    value = params.get(threshold_param)
    if value in (None, ""):
        return processing.run(alg, params)
    old = os.environ.get("QGIS_COODIAG_PRIVACY_THRESHOLD")
    os.environ["QGIS_COODIAG_PRIVACY_THRESHOLD"] = str(int(value))
    try:
        return processing.run(alg, params)
    finally:
        if old is None:
            os.environ.pop("QGIS_COODIAG_PRIVACY_THRESHOLD", None)
        else:
            os.environ["QGIS_COODIAG_PRIVACY_THRESHOLD"] = old


def write_layer(path, name, geom_type, fields, rows, crs="EPSG:2154"):
    """Rows [(wkt or None, {field: value})] written as layer `name` of the GeoPackage `path`; its uri."""
    from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsVectorFileWriter, QgsVectorLayer

    spec = "&".join(f"field={n}:{t}" for n, t in fields)
    mem = QgsVectorLayer(f"{geom_type}?crs={crs}&{spec}", name, "memory")
    feats = []
    for wkt, attrs in rows:
        f = QgsFeature(mem.fields())
        if wkt:
            f.setGeometry(QgsGeometry.fromWkt(wkt))
        for k, v in attrs.items():
            f[k] = v
        feats.append(f)
    mem.dataProvider().addFeatures(feats)
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = "GPKG"
    opts.layerName = name
    if path.exists():
        opts.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    err = QgsVectorFileWriter.writeAsVectorFormatV3(mem, str(path), QgsProject.instance().transformContext(), opts)
    assert err[0] == QgsVectorFileWriter.WriterError.NoError, err
    return f"{path}|layername={name}"


def sink(gpkg, table, geometry=True):
    """A Processing sink string writing `table` into the GeoPackage `gpkg`."""
    return "ogr:dbname='{}' table=\"{}\"{}".format(gpkg, table, " (geom)" if geometry else "")
