"""Anywhere in France (issue 15): the territory's legal CRS, overseas INSEE grids, OpenDataSoft schemas."""
from __future__ import annotations

import json

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)

from coodiag.processing_algorithms import diagnostic
from coodiag.processing_algorithms.analysis import territory_crs as tc

pytestmark = pytest.mark.usefixtures("coodiag_provider")
TMP = "TEMPORARY_OUTPUT"


@pytest.fixture(scope="module")
def processing():
    from qgis import processing as qgis_processing

    return qgis_processing


@pytest.fixture(scope="module")
def mtq(repo_root):
    path = repo_root.parent / "shared" / "data" / "martinique-insee-communes" / "mtq.gpkg"
    if not path.exists():
        pytest.skip("shared Martinique sample not available")
    return f"{path}|layername=polygons"


def _territory(processing, params):
    return processing.run("coodiag:territory", {"OUTPUT": TMP, "TERRITORY": TMP, **params})


def test_martinique_territory_in_rgaf09(processing, mtq, tmp_path):
    gpkg = tmp_path / "d.gpkg"
    result = _territory(processing, {
        "INPUT": mtq, "MODE": 2, "CODES": "972",
        "OUTPUT": f"ogr:dbname='{gpkg}' table=\"communes\" (geom)"})
    assert result["CRS"] == "EPSG:5490"
    assert result["TERRITORY"].crs().authid() == "EPSG:5490"
    # area in the chosen CRS within 0.5 % of the true area (an equal-area projection centred on the island)
    laea = QgsCoordinateReferenceSystem.fromProj("+proj=laea +lat_0=14.65 +lon_0=-61 +ellps=GRS80 +units=m")
    outline = QgsGeometry(next(result["TERRITORY"].getFeatures()).geometry())
    outline.transform(QgsCoordinateTransform(result["TERRITORY"].crs(), laea, QgsProject.instance()))
    assert abs(result["AREA_KM2"] * 1e6 / outline.area() - 1) < 0.005
    assert 1090 < result["AREA_KM2"] < 1120
    assert "communes" in diagnostic.registry(str(gpkg))
    # overridable
    forced = _territory(processing, {"INPUT": mtq, "MODE": 2, "CODES": "972", "OUTPUT_CRS": "EPSG:32620"})
    assert forced["CRS"] == "EPSG:32620"


def _ods_layer(tmp_path):
    """An OpenDataSoft-style commune file: list-valued code, JSON map geo_point_2d, GeoJSON geo_shape."""
    ring = [[-62.88, 17.87], [-62.78, 17.87], [-62.78, 17.93], [-62.88, 17.93], [-62.88, 17.87]]
    feats = []
    for code, name, dx in (("97701", "Saint-Barthélemy", 0.0), ("97801", "Saint-Martin", -0.2)):
        r = [[x + dx, y + 0.2 * (dx != 0)] for x, y in ring]
        feats.append({"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [r]}, "properties": {
            "year": "2023", "identifiant": [code], "com_name": [name],
            "geo_point_2d": {"lon": r[0][0] + 0.05, "lat": r[0][1] + 0.03},
            "geo_shape": {"type": "Polygon", "coordinates": [r]}}})
    path = tmp_path / "georef-france-commune.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": feats}), encoding="utf-8")
    return str(path)


def test_opendatasoft_schema_through_territory(processing, tmp_path):
    gpkg = tmp_path / "ods.gpkg"
    result = _territory(processing, {
        "INPUT": _ods_layer(tmp_path), "MODE": 0, "CODES": "97701",
        "OUTPUT": f"ogr:dbname='{gpkg}' table=\"communes\" (geom)"})
    assert result["N_COMMUNES"] == 1 and result["CRS"] == "EPSG:5490"
    layer = QgsVectorLayer(f"{gpkg}|layername=communes", "c", "ogr")
    names = [f.name() for f in layer.fields()]
    assert "geo_shape" not in names and "geo_point_2d" in names
    feat = next(layer.getFeatures())
    point = json.loads(feat["geo_point_2d"])
    assert point == pytest.approx({"lat": 17.9, "lon": -62.83})
    assert json.loads(feat["identifiant"]) == ["97701"]
    assert 20 < result["AREA_KM2"] < 90


def _overseas_grid_csv(tmp_path, x0, y0, n=6):
    rows = ["idcar_200m,i_est_200,ind,men,men_pauv"]
    ids = []
    for i in range(n):
        for j in range(n):
            cid = tc.format_grid_id(5490, 200, x0 + 200 * i, y0 + 200 * j)
            ids.append(cid)
            rows.append(f"{cid},0,{10 + i + j},{4 + i},{1}")
    path = tmp_path / "filosofi2019_carreaux_200m_mart.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return str(path), ids


def test_overseas_filosofi_grid_loaded_in_its_crs(processing, tmp_path):
    x0, y0 = 708000, 1612000  # Fort-de-France
    path, ids = _overseas_grid_csv(tmp_path, x0, y0)
    result = processing.run("coodiag:loadfilosofi", {"INPUT": path, "OUTPUT": TMP})
    layer = result["OUTPUT"]
    assert layer.crs().authid() == "EPSG:5490" and result["N_CELLS"] == 36
    areas = [f.geometry().area() for f in layer.getFeatures()]
    assert min(areas) == max(areas) == 40000.0
    assert sorted(f["idcar_200m"] for f in layer.getFeatures()) == sorted(ids)
    # clipped by a territory in another CRS: the grid's ids are still written back identical
    square = QgsVectorLayer("Polygon?crs=EPSG:5490", "t", "memory")
    feat = QgsFeature()
    feat.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x0} {y0},{x0 + 601} {y0},{x0 + 601} {y0 + 601},"
                                         f"{x0} {y0 + 601},{x0} {y0}))"))
    square.dataProvider().addFeatures([feat])
    clipped = processing.run("coodiag:loadfilosofi", {"INPUT": path, "TERRITORY": square, "OUTPUT": TMP})
    assert clipped["N_CELLS"] == 9
    assert {f["idcar_200m"] for f in clipped["OUTPUT"].getFeatures()} <= set(ids)


def test_filosofi_of_another_territory_says_so(processing, tmp_path, sample_dir):
    far = QgsVectorLayer("Polygon?crs=EPSG:5490", "t", "memory")
    feat = QgsFeature()
    feat.setGeometry(QgsGeometry.fromWkt("POLYGON((700000 1600000,720000 1600000,720000 1620000,700000 1620000,"
                                         "700000 1600000))"))
    far.dataProvider().addFeatures([feat])
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="1738 rows"):
        processing.run("coodiag:loadfilosofi", {"INPUT": str(sample_dir / "filosofi2019_200m_ajaccio.csv"),
                                                "TERRITORY": far, "OUTPUT": TMP})


def test_client_density_uses_the_overseas_grid(processing):
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "clients", "memory")
    rng = np.random.default_rng(3)
    feats = []
    for lon, lat in zip(rng.uniform(-61.09, -61.05, 60), rng.uniform(14.60, 14.62, 60)):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        f.setAttributes(["c"])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    result = processing.run("coodiag:clientdensity", {"INPUT": layer, "CELL_SIZE": 0, "OUTPUT_GRID": TMP,
                                                      "OUTPUT_ZONES": None, "OUTPUT_SMOOTHED": None,
                                                      "OUTPUT_CRS": "EPSG:5490"})
    grid_layer = result["OUTPUT_GRID"]
    ids = [f["cell_id"] for f in grid_layer.getFeatures()]
    assert ids and all(i.startswith("CRS5490RES200mN") for i in ids)
    for f in grid_layer.getFeatures():
        parsed = tc.parse_grid_id(f["cell_id"])
        assert parsed.text() == f["cell_id"]
        assert abs(f.geometry().area() - 40000.0) < 1e-6
        bbox = f.geometry().boundingBox()
        assert (bbox.xMinimum(), bbox.yMinimum()) == (parsed.x, parsed.y)


def test_buildnetwork_projection_overseas():
    from coodiag.processing_algorithms import network_engine as ne
    from qgis.core import QgsRectangle

    assert ne.auto_projected_crs(QgsRectangle(-61.2, 14.4, -60.8, 14.9)).authid() == "EPSG:5490"
    assert ne.auto_projected_crs(QgsRectangle(55.2, -21.4, 55.8, -20.9)).authid() == "EPSG:2975"
    assert ne.auto_projected_crs(QgsRectangle(8.6, 41.8, 8.9, 42.0)).authid() == "EPSG:2154"
    assert ne.auto_projected_crs(QgsRectangle(13.3, 52.4, 13.5, 52.6)).authid() == "EPSG:32633"  # Berlin
