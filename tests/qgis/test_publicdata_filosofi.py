"""coodiag:loadfilosofi on the real Ajaccio extract and on generated 2015/2017/2021/1 km files."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from qgis.core import NULL, QgsProcessingException, QgsVectorLayer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from publicdata_helpers import VALUES_2019, RecordingFeedback, cells, square_layer, write_csv  # noqa: E402

from coodiag.processing_algorithms.analysis.filosofi import FILOSOFI_FIELD_NAMES  # noqa: E402


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


def run(processing, params, feedback=None):
    params = {"OUTPUT": "TEMPORARY_OUTPUT", **params}
    return processing.run("coodiag:loadfilosofi", params, feedback=feedback)


def values(layer, name):
    return [f[name] for f in layer.getFeatures()]


# ---- the real sample ------------------------------------------------------------------------------
def test_sample_gpkg_clipped_to_capa(processing, sample_dir):
    result = run(processing, {
        "INPUT": str(sample_dir / "filosofi2019_200m_ajaccio.gpkg"),
        "TERRITORY": f"{sample_dir / 'territory.gpkg'}|layername=communes",
        "OUTPUT_CRS": "EPSG:2154",
    })
    layer = result["OUTPUT"]
    # expectations cross-checked with native:centroids + native:extractbylocation
    assert result["N_CELLS"] == layer.featureCount() == 1052
    assert result["N_IMPUTED"] == 712
    assert result["SUM_IND"] == pytest.approx(60396.5)
    assert result["SUM_MEN"] == pytest.approx(29604.9)
    assert sum(values(layer, "men_pauv")) == pytest.approx(4311.6)
    assert sum(values(layer, "i_est_200")) == 712
    assert [f.name() for f in layer.fields()] == list(FILOSOFI_FIELD_NAMES)
    assert layer.crs().authid() == "EPSG:2154"
    assert set(values(layer, "vintage")) == {2019}
    assert set(values(layer, "cell_size")) == {200}
    feat = next(layer.getFeatures())
    assert feat.geometry().area() == pytest.approx(40000, rel=0.01)  # a 200 m square seen in Lambert-93
    assert feat["idcar"] == feat["idcar_200m"]
    assert result["SOURCES"] == "Insee, Filosofi 2019"
    assert "Insee, Filosofi 2019" in layer.metadata().abstract()
    assert layer.customProperty("coodiag/sources") == "Insee, Filosofi 2019"


def test_sample_csv_gives_the_same_cells(processing, sample_dir):
    common = {"TERRITORY": f"{sample_dir / 'territory.gpkg'}|layername=communes", "OUTPUT_CRS": "EPSG:2154"}
    from_csv = run(processing, {"INPUT": str(sample_dir / "filosofi2019_200m_ajaccio.csv"), **common})
    from_gpkg = run(processing, {"INPUT": str(sample_dir / "filosofi2019_200m_ajaccio.gpkg"), **common})
    assert from_csv["N_CELLS"] == 1052
    assert set(values(from_csv["OUTPUT"], "idcar")) == set(values(from_gpkg["OUTPUT"], "idcar"))
    assert from_csv["SUM_IND"] == pytest.approx(from_gpkg["SUM_IND"])
    # squares rebuilt from the id: same area as the file's own squares
    a = {f["idcar"]: f.geometry().area() for f in from_csv["OUTPUT"].getFeatures()}
    b = {f["idcar"]: f.geometry().area() for f in from_gpkg["OUTPUT"].getFeatures()}
    cid = next(iter(a))
    assert a[cid] == pytest.approx(b[cid], rel=1e-6)


def test_real_full_extract_and_corsica_communes(processing, shared_data):
    full = shared_data / "ajaccio-filosofi-200m" / "filosofi2019_200m_ajaccio_full.gpkg"
    corsica = shared_data / "corse-communes" / "corse_communes_2023_pop2020.geojson"
    whole = run(processing, {"INPUT": str(full)})
    assert whole["N_CELLS"] == 1738
    assert whole["N_IMPUTED"] == 1294
    assert whole["SUM_IND"] == pytest.approx(68304.5)
    assert whole["SUM_MEN"] == pytest.approx(33444.0)
    assert sum(values(whole["OUTPUT"], "men_pauv")) == pytest.approx(4773.8, abs=0.05)
    ajaccio = processing.run("coodiag:territory", {
        "INPUT": str(corsica), "MODE": 0, "CODES": "2a004", "OUTPUT": "TEMPORARY_OUTPUT",
        "TERRITORY": "TEMPORARY_OUTPUT"})["TERRITORY"]
    clipped = run(processing, {"INPUT": str(full), "TERRITORY": ajaccio})
    assert clipped["N_CELLS"] == 466
    assert clipped["N_IMPUTED"] == 245
    assert clipped["SUM_IND"] == pytest.approx(50081.5)
    assert clipped["SUM_MEN"] == pytest.approx(25353.2)


# ---- other vintages --------------------------------------------------------------------------------
def test_2015_shape_capitalised_with_idinspire(processing, tmp_path):
    data = cells()
    header = ["IdINSPIRE", "Id_carr1km", "I_est_cr", "Id_carr_n", "Groupe", "Depcom", "I_pauv", "Id_car2010",
              *[n.capitalize() for n in VALUES_2019], "I_est_1km"]
    rows = [[c["idcar"], c["idcar_1km"], c["imputed"], "x", 1, "2A004", 0, "y",
             *[c[n] for n in VALUES_2019], 0] for c in data]
    path = write_csv(tmp_path / "carreaux_200m_metropole.csv", header, rows, sep=",")
    feedback = RecordingFeedback()
    result = run(processing, {"INPUT": str(path)}, feedback)
    layer = result["OUTPUT"]
    assert result["VINTAGE_FOUND"] == 2015  # from the field names alone
    assert result["N_CELLS"] == 12 and result["N_IMPUTED"] == 1
    assert result["SUM_IND"] == pytest.approx(sum(c["ind"] for c in data))
    assert sum(values(layer, "men_pauv")) == pytest.approx(sum(c["men_pauv"] for c in data))
    assert sum(values(layer, "ind_80p")) == pytest.approx(sum(c["ind_80p"] for c in data))
    assert not [w for w in feedback.warnings if "Mixed" in w]


def test_2017_shape_capitalised_idcar(processing, tmp_path):
    data = cells()
    header = ["Idcar_200m", "Idcar_1km", "Idcar_nat", "I_est_200", "I_est_1km", "lcog_geo", "Groupe",
              *[n.capitalize() for n in VALUES_2019 if n != "log_soc"]]
    rows = [[c["idcar"], c["idcar_1km"], "n", c["imputed"], 0, "2A004", 3,
             *[c[n] for n in VALUES_2019 if n != "log_soc"]] for c in data]
    path = write_csv(tmp_path / "Filosofi2017_carreaux_200m_met.csv", header, rows)
    feedback = RecordingFeedback()
    result = run(processing, {"INPUT": str(path)}, feedback)
    layer = result["OUTPUT"]
    assert result["VINTAGE_FOUND"] == 2017
    assert result["SOURCES"] == "Insee, Filosofi 2017"
    assert set(values(layer, "vintage")) == {2017}
    assert values(layer, "log_soc") == [NULL] * 12  # absent from this file: NULL
    assert any("log_soc" in w for w in feedback.warnings)
    assert sum(values(layer, "men")) == pytest.approx(sum(c["men"] for c in data))
    assert not [w for w in feedback.warnings if "Mixed" in w]


def test_2021_shape_geopackage_without_groupe(processing, tmp_path):
    from osgeo import ogr, osr

    path = tmp_path / "filosofi2021_carreaux_200m.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3035)
    lyr = ds.CreateLayer("carreaux_200m", srs, ogr.wkbPolygon)
    for name, kind in (("idcar_200m", ogr.OFTString), ("i_est_200", ogr.OFTInteger),
                       *((n, ogr.OFTReal) for n in VALUES_2019)):
        lyr.CreateField(ogr.FieldDefn(name, kind))
    data = cells()
    for c in data:
        feat = ogr.Feature(lyr.GetLayerDefn())
        feat.SetField("idcar_200m", c["idcar"])
        feat.SetField("i_est_200", c["imputed"])
        for n in VALUES_2019:
            feat.SetField(n, c[n])
        x, y = c["x"], c["y"]
        feat.SetGeometry(ogr.CreateGeometryFromWkt(
            f"POLYGON(({x} {y},{x + 200} {y},{x + 200} {y + 200},{x} {y + 200},{x} {y}))"))
        lyr.CreateFeature(feat)
    ds = None
    result = run(processing, {"INPUT": str(path), "OUTPUT_CRS": "EPSG:3035"})
    layer = result["OUTPUT"]
    assert result["VINTAGE_FOUND"] == 2021
    assert result["N_CELLS"] == 12
    # idcar_1km derived from the 200 m id when the file lacks it
    first = next(f for f in layer.getFeatures() if f["idcar"] == "CRS3035RES200mN2090200E4210400")
    assert first["idcar_1km"] == "CRS3035RES1000mN2090000E4210000"
    assert first.geometry().boundingBox().xMinimum() == pytest.approx(4210400)
    assert first.geometry().area() == pytest.approx(40000)


def test_1km_grid(processing, tmp_path):
    data = cells(size=1000)
    header = ["idcar_1km", "i_est_1km", "ind", "men"]
    rows = [[c["idcar"], c["imputed"], c["ind"], c["men"]] for c in data]
    path = write_csv(tmp_path / "filosofi2019_carreaux_1km.csv", header, rows)
    result = run(processing, {"INPUT": str(path), "OUTPUT_CRS": "EPSG:3035"})
    layer = result["OUTPUT"]
    assert result["N_CELLS"] == 12 and result["N_IMPUTED"] == 1
    assert set(values(layer, "cell_size")) == {1000}
    assert values(layer, "idcar_200m") == [NULL] * 12
    assert values(layer, "idcar") == values(layer, "idcar_1km")
    assert next(layer.getFeatures()).geometry().area() == pytest.approx(1e6)


def test_rejected_rows_are_listed(processing, tmp_path):
    data = cells()
    header = ["idcar_200m", "i_est_200", "ind"]
    rows = [[c["idcar"], c["imputed"], c["ind"]] for c in data]
    rows += [["not-a-cell-id", 0, 5.0], [data[0]["idcar"], 1, 10.0]]  # broken id, duplicate
    path = write_csv(tmp_path / "filosofi2019_bad_rows.csv", header, rows)
    result = run(processing, {"INPUT": str(path), "REJECTED": "TEMPORARY_OUTPUT"})
    assert result["N_CELLS"] == 12
    assert result["N_REJECTED"] == 2
    rejected = {f["row"]: f["reason"] for f in result["REJECTED"].getFeatures()}
    assert set(rejected) == {13, 14}
    assert "INSPIRE" in rejected[13] and "duplicate" in rejected[14]


# ---- bad input -------------------------------------------------------------------------------------
def test_not_filosofi_names_the_missing_fields(processing, tmp_path):
    path = write_csv(tmp_path / "clients.csv", ["nom", "adresse", "code_postal"], [["A", "1 rue", "20000"]])
    with pytest.raises(QgsProcessingException) as err:
        run(processing, {"INPUT": str(path)})
    message = str(err.value)
    assert "not a Filosofi grid" in message
    assert "cell id" in message and "ind" in message and "code_postal" in message


def test_mixed_vintages_warn(processing, tmp_path):
    data = cells()
    # a vintage column holding two years
    header = ["idcar_200m", "i_est_200", "ind", "annee"]
    rows = [[c["idcar"], c["imputed"], c["ind"], 2017 if k < 6 else 2019] for k, c in enumerate(data)]
    path = write_csv(tmp_path / "carreaux_merged.csv", header, rows)
    feedback = RecordingFeedback()
    result = run(processing, {"INPUT": str(path)}, feedback)
    assert any("Mixed vintages" in w and "several years" in w for w in feedback.warnings)
    assert sorted(values(result["OUTPUT"], "vintage")) == [2017] * 6 + [2019] * 6
    assert result["SOURCES"] == "Insee, Filosofi 2017, 2019"
    # a file named 2019 whose fields are those of the 2017 file
    header = ["Idcar_200m", "I_est_200", "Ind", "Men"]
    path = write_csv(tmp_path / "filosofi2019_200m.csv", header, [[c["idcar"], 0, 1.0, 1.0] for c in data])
    feedback = RecordingFeedback()
    run(processing, {"INPUT": str(path)}, feedback)
    assert any("Mixed vintages" in w and "2017" in w for w in feedback.warnings)


def test_clip_leaving_nothing_raises(processing, sample_dir):
    far_away = square_layer({"martinique": (700000, 1600000, 720000, 1620000)}, crs="EPSG:5490")
    with pytest.raises(QgsProcessingException, match="No cell"):
        run(processing, {"INPUT": str(sample_dir / "filosofi2019_200m_ajaccio.csv"), "TERRITORY": far_away})


def test_territory_without_crs_raises(processing, sample_dir):
    no_crs = square_layer({"x": (1170000, 6100000, 1180000, 6110000)}, crs="")
    assert not no_crs.crs().isValid()
    with pytest.raises(QgsProcessingException, match="coordinate reference system"):
        run(processing, {"INPUT": str(sample_dir / "filosofi2019_200m_ajaccio.csv"), "TERRITORY": no_crs})


def test_shapefile_without_prj_uses_the_cell_ids(processing, sample_dir, tmp_path):
    # a Filosofi layer with no CRS (lost .prj) still loads: the CRS is in the INSPIRE id
    src = QgsVectorLayer(str(sample_dir / "filosofi2019_200m_ajaccio.gpkg"), "c", "ogr")
    from qgis.core import QgsVectorFileWriter

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "ESRI Shapefile"
    options.attributes = [src.fields().indexOf(n) for n in ("idcar_200m", "i_est_200", "ind", "men")]
    target = tmp_path / "filosofi2019_200m.shp"
    QgsVectorFileWriter.writeAsVectorFormatV3(src, str(target), src.transformContext(), options)
    target.with_suffix(".prj").unlink()
    result = run(processing, {"INPUT": str(target),
                              "TERRITORY": f"{sample_dir / 'territory.gpkg'}|layername=communes"})
    assert result["N_CELLS"] == 1052
    assert result["SUM_IND"] == pytest.approx(60396.5)
