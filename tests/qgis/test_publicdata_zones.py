"""coodiag:territory and coodiag:tagzones on the sample territory, Corsica, Martinique and Occitanie QPV."""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest
from qgis.core import NULL, QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from publicdata_helpers import square_layer  # noqa: E402

CAPA = ["2A001", "2A004", "2A006", "2A017", "2A103", "2A209", "2A271", "2A323", "2A336", "2A351"]


@pytest.fixture(scope="module")
def processing(coodiag_provider):
    from qgis import processing as qgis_processing

    return qgis_processing


@pytest.fixture(scope="module")
def shared_data(repo_root):
    path = repo_root.parent / "shared" / "data"
    if not path.is_dir():
        pytest.skip("../shared/data is not available beside the repository")
    return path


def territory(processing, params):
    return processing.run("coodiag:territory", {"OUTPUT": "TEMPORARY_OUTPUT", "TERRITORY": "TEMPORARY_OUTPUT",
                                                **params})


def points_layer(points, crs="EPSG:2154"):
    layer = QgsVectorLayer(f"Point?crs={crs}&field=name:string", "pts", "memory")
    feats = []
    for name, xy in points:
        feat = QgsFeature(layer.fields())
        if xy is not None:
            feat.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*xy)))
        feat.setAttributes([name])
        feats.append(feat)
    layer.dataProvider().addFeatures(feats)
    return layer


# ---- territory -------------------------------------------------------------------------------------
def test_territory_from_epci(processing, sample_dir):
    result = territory(processing, {"INPUT": f"{sample_dir / 'territory.gpkg'}|layername=communes_around",
                                    "MODE": 1, "CODES": "242010056"})
    communes = result["OUTPUT"]
    assert result["N_COMMUNES"] == communes.featureCount() == 10
    assert sorted(f["INSEE_COM"] for f in communes.getFeatures()) == CAPA
    assert communes.crs().authid() == "EPSG:2154"
    outline = result["TERRITORY"]
    assert outline.featureCount() == 1
    total = sum(f.geometry().area() for f in communes.getFeatures())
    assert result["AREA_KM2"] == pytest.approx(total / 1e6, rel=1e-3)
    assert result["AREA_KM2"] == pytest.approx(268.75, rel=0.01)  # sum of SUPERF_2023 (IGN areas)
    assert result["MISSING_CODES"] == ""
    assert "IGN" in outline.metadata().abstract()


def test_territory_buffer_enlarges_the_outline(processing, sample_dir):
    base = territory(processing, {"INPUT": f"{sample_dir / 'territory.gpkg'}|layername=communes_around",
                                  "MODE": 1, "CODES": "242010056"})
    buffered = territory(processing, {"INPUT": f"{sample_dir / 'territory.gpkg'}|layername=communes_around",
                                      "MODE": 1, "CODES": "242010056", "BUFFER": 1000})
    assert buffered["N_COMMUNES"] == 10  # the buffer widens the outline, not the commune list
    geom = next(buffered["TERRITORY"].getFeatures()).geometry()
    inner = next(base["TERRITORY"].getFeatures()).geometry()
    assert geom.contains(inner.pointOnSurface())
    grown = buffered["AREA_KM2"] - base["AREA_KM2"]
    assert grown > 0.9 * inner.length() / 1000 * 1.0 / 1.5  # at least ~ perimeter × 1 km (coastline folds)
    assert next(buffered["TERRITORY"].getFeatures())["buffer_m"] == 1000


def test_territory_departement_and_communes_codes(processing, shared_data):
    corsica = str(shared_data / "corse-communes" / "corse_communes_2023_pop2020.geojson")
    dep = territory(processing, {"INPUT": corsica, "MODE": 2, "CODES": "2a"})
    assert dep["N_COMMUNES"] == 124  # Corse-du-Sud
    assert dep["OUTPUT"].crs().authid() == "EPSG:2154"
    picked = territory(processing, {"INPUT": corsica, "MODE": 0, "CODES": "2a004; 2A001 2B033 99999"})
    assert picked["N_COMMUNES"] == 3
    assert picked["MISSING_CODES"] == "99999"


def test_territory_on_martinique_in_its_own_crs(processing, shared_data):
    mtq = f"{shared_data / 'martinique-insee-communes' / 'mtq.gpkg'}|layername=polygons"
    result = territory(processing, {"INPUT": mtq, "MODE": 2, "CODES": "972", "OUTPUT_CRS": "EPSG:5490"})
    assert result["N_COMMUNES"] == 34  # the département code read from the commune codes (no DEP field)
    assert result["OUTPUT"].crs().authid() == "EPSG:5490"
    assert 1050 < result["AREA_KM2"] < 1150  # Martinique ≈ 1,128 km²


def test_territory_codes_matching_nothing_raise(processing, sample_dir):
    with pytest.raises(QgsProcessingException, match="No commune matches"):
        territory(processing, {"INPUT": f"{sample_dir / 'territory.gpkg'}|layername=communes_around",
                               "MODE": 1, "CODES": "200054781"})


# ---- tagzones -----------------------------------------------------------------------------------------
def test_tagzones_cells_and_communes(processing, sample_dir):
    centres = processing.run("native:centroids", {
        "INPUT": str(sample_dir / "filosofi2019_200m_ajaccio.gpkg"), "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    result = processing.run("coodiag:tagzones", {
        "INPUT": centres, "COMMUNES": f"{sample_dir / 'territory.gpkg'}|layername=communes",
        "FILOSOFI": str(sample_dir / "filosofi2019_200m_ajaccio.gpkg"), "OUTPUT": "TEMPORARY_OUTPUT"})
    layer = result["OUTPUT"]
    assert result["N_POINTS"] == 1738
    counts = Counter(f["com_code"] for f in layer.getFeatures())
    assert counts["2A004"] == 466  # Ajaccio: same cells as coodiag:loadfilosofi clipped to Ajaccio
    assert sum(v for k, v in counts.items() if k not in (None, NULL)) == 1052
    assert all(f["cell_id"] == f["idcar_200m"] for f in layer.getFeatures())
    assert result["N_UNTAGGED"] == 1738 - 1052


def test_tagzones_qpv_and_generic_zones(processing, shared_data):
    qpv = str(shared_data / "occitanie-qpv" / "qp.geojson")
    qp_layer = QgsVectorLayer(qpv, "qp", "ogr")
    inside = []
    for feat in qp_layer.getFeatures():
        geom = feat.geometry().makeValid()
        inside.append((feat["code_qp"], geom.pointOnSurface().asPoint()))
    pts = points_layer([(code, (p.x(), p.y())) for code, p in inside] + [("far", (0.5, 43.0)), ("nogeom", None)],
                       crs="EPSG:4326")
    sectors = square_layer({"west": (-1, 42, 2.5, 45), "east": (2.5, 42, 5, 45)}, crs="EPSG:4326", field="sector")
    result = processing.run("coodiag:tagzones", {"INPUT": pts, "QPV": qpv, "ZONES": sectors,
                                                 "ZONES_FIELD": "sector", "OUTPUT": "TEMPORARY_OUTPUT"})
    tagged = {f["name"]: f for f in result["OUTPUT"].getFeatures()}
    assert len(tagged) == 107
    assert all(tagged[code]["qpv_code"] == code and tagged[code]["in_qpv"] == 1 for code, _p in inside)
    assert tagged["far"]["qpv_code"] in (None, NULL) and tagged["far"]["in_qpv"] == 0
    assert tagged["nogeom"]["qpv_code"] in (None, NULL)
    assert tagged["far"]["zone_id"] == "west"
    toulouse = next(code for code, p in inside if p.x() < 1.6 and p.y() > 43.5)
    assert tagged[toulouse]["zone_id"] == "west"


def test_tagzones_points_without_crs_raise(processing, sample_dir):
    pts = points_layer([("a", (1180000, 6110000))])
    from qgis.core import QgsCoordinateReferenceSystem

    pts.setCrs(QgsCoordinateReferenceSystem())
    with pytest.raises(QgsProcessingException, match="coordinate reference system"):
        processing.run("coodiag:tagzones", {
            "INPUT": pts, "COMMUNES": f"{sample_dir / 'territory.gpkg'}|layername=communes",
            "OUTPUT": "TEMPORARY_OUTPUT"})
