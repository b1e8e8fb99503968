"""coodiag:loadcensus on generated INSEE-like tables (with their usual quirks) and real Martinique/QPV data."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from qgis.core import NULL, QgsProcessingException, QgsVectorLayer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from publicdata_helpers import square_layer, write_csv  # noqa: E402


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
    return processing.run("coodiag:loadcensus", {"OUTPUT": "TEMPORARY_OUTPUT", "UNJOINED": "TEMPORARY_OUTPUT",
                                                 **params}, feedback=feedback)


def by_code(layer, field="code"):
    return {f[field]: f for f in layer.getFeatures()}


COMMUNES = {"01004": (0, 0, 1000, 1000), "01005": (1000, 0, 2000, 1000), "2A004": (0, 1000, 1000, 2000)}


def test_commune_table_latin1_semicolon_lost_zeros(processing, tmp_path):
    header = ["CODGEO", "LIBGEO", "P19_POP", "P19_POP1564", "P19_POP1524", "P19_ACT1564", "P19_CHOM1564",
              "P19_ACT1524", "P19_CHOM1524"]
    rows = [
        [1004, "Ambérieu-en-Bugey", "14000", "9000", "1800", "6500", "650", "900", "180"],
        ["1005.0", "Ambérieux-en-Dombes", "1700", "1100", "200", "800", "40", "100", "0"],
        ["2a004", "Ajaccio", "72000", "47000", "8000", "33000", "3300", "3000", "0"],
        ["99999", "Nulle-part", "10", "5", "1", "4", "1", "0", "0"],
    ]
    path = write_csv(tmp_path / "base-cc-activite-2019.csv", header, rows, sep=";", encoding="latin-1")
    zones = square_layer(COMMUNES, field="INSEE_COM")
    result = run(processing, {"INPUT": str(path), "ZONES": zones})
    assert result["YEAR"] == 2019
    assert result["SOURCES"] == "Insee, RP 2019"
    assert result["N_JOINED"] == 3 and result["N_UNJOINED"] == 1
    out = by_code(result["OUTPUT"], "INSEE_COM")
    assert out["01004"]["P_POP"] == 14000 and out["01004"]["census_year"] == 2019
    assert out["01004"]["LIBGEO"] == "Ambérieu-en-Bugey"  # Latin-1 decoded
    assert out["01004"]["unemp_1564"] == pytest.approx(10.0)  # 650 / 6500
    assert out["01005"]["unemp_1564"] == pytest.approx(5.0)
    assert out["01004"]["share_1524"] == pytest.approx(100 * 1800 / 14000)
    assert out["01004"]["share_1524_1564"] == pytest.approx(20.0)
    assert out["2A004"]["unemp_1524"] == pytest.approx(0.0)
    assert out["01005"]["unemp_1524"] == pytest.approx(0.0)
    assert [f["code"] for f in result["UNJOINED"].getFeatures()] == ["99999"]
    assert "P19_POP" not in [f.name() for f in result["OUTPUT"].fields()]


def test_iris_table_onto_iris_and_onto_communes(processing, tmp_path):
    header = ["IRIS", "REG", "DEP", "COM", "LIBCOM", "LIBIRIS", "P21_POP1564", "P21_ACT1564", "P21_CHOM1564",
              "P21_NSCOL15P", "P21_NSCOL15P_DIPLMIN"]
    rows = [
        ["10040101", "84", "01", "1004", "Ambérieu", "Centre", "4000", "3000", "300", "5000", "1500"],
        ["10040102", "84", "01", "1004", "Ambérieu", "Gare", "5000", "3500", "350", "6000", "1200"],
        ["010050000", "84", "01", "01005", "Ambérieux", "Ambérieux", "1100", "800", "40", "1300", "260"],
    ]
    path = write_csv(tmp_path / "base-ic-activite-residents-2021.csv", header, rows, sep=",")
    iris = square_layer({"010040101": (0, 0, 500, 1000), "010040102": (500, 0, 1000, 1000),
                         "010050000": (1000, 0, 2000, 1000)}, field="CODE_IRIS")
    result = run(processing, {"INPUT": str(path), "ZONES": iris})
    out = by_code(result["OUTPUT"], "CODE_IRIS")
    assert result["N_JOINED"] == 3 and result["N_UNJOINED"] == 0
    assert out["010040101"]["unemp_1564"] == pytest.approx(10.0)
    assert out["010040102"]["share_nodipl"] == pytest.approx(20.0)
    assert out["010040101"]["census_year"] == 2021
    # the same table onto communes: IRIS rows summed per commune
    communes = square_layer(COMMUNES, field="INSEE_COM")
    result = run(processing, {"INPUT": str(path), "ZONES": communes})
    out = by_code(result["OUTPUT"], "INSEE_COM")
    assert out["01004"]["P_ACT1564"] == 6500
    assert out["01004"]["unemp_1564"] == pytest.approx(10.0)  # (300 + 350) / (3000 + 3500)
    assert out["01004"]["share_nodipl"] == pytest.approx(100 * 2700 / 11000)
    assert out["2A004"]["P_ACT1564"] in (None, NULL)
    assert result["N_ZONES_WITHOUT_DATA"] == 1
    assert "LIBIRIS" not in [f.name() for f in result["OUTPUT"].fields()]


def test_arrondissements_summed_into_paris(processing, tmp_path):
    header = ["CODGEO", "P17_ACT1564", "P17_CHOM1564"]
    rows = [[f"751{n:02d}", 1000 * n, 100 * n] for n in range(1, 21)] + [["92012", 500, 25]]
    path = write_csv(tmp_path / "base-cc-2017.csv", header, rows)
    zones = square_layer({"75056": (0, 0, 10, 10), "92012": (10, 0, 20, 10)}, field="insee")
    result = run(processing, {"INPUT": str(path), "ZONES": zones})
    out = by_code(result["OUTPUT"], "insee")
    assert result["N_UNJOINED"] == 0
    assert out["75056"]["P_ACT1564"] == 1000 * 210
    assert out["75056"]["unemp_1564"] == pytest.approx(10.0)
    assert out["92012"]["unemp_1564"] == pytest.approx(5.0)
    assert result["YEAR"] == 2017


def test_martinique_communes_xlsx_through_gdal(processing, shared_data, tmp_path):
    from osgeo import ogr

    mtq = QgsVectorLayer(f"{shared_data / 'martinique-insee-communes' / 'mtq.gpkg'}|layername=polygons", "m", "ogr")
    expected = {f["INSEE_COM"]: 100 * f["CHOM"] / f["ACT"] for f in mtq.getFeatures()}
    path = tmp_path / "base-cc-emploi-2015.xlsx"
    ds = ogr.GetDriverByName("XLSX").CreateDataSource(str(path))
    sheet = ds.CreateLayer("COM")
    for name in ("CODGEO", "LIBGEO", "P15_ACT1564", "P15_CHOM1564"):
        sheet.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for feat in mtq.getFeatures():
        row = ogr.Feature(sheet.GetLayerDefn())
        row.SetField("CODGEO", feat["INSEE_COM"])
        row.SetField("LIBGEO", feat["LIBGEO"])
        row.SetField("P15_ACT1564", str(feat["ACT"]).replace(".", ","))  # French decimal comma
        row.SetField("P15_CHOM1564", str(feat["CHOM"]))
        sheet.CreateFeature(row)
    ds = None
    result = run(processing, {"INPUT": str(path),
                              "ZONES": f"{shared_data / 'martinique-insee-communes' / 'mtq.gpkg'}|layername=polygons"})
    assert result["N_JOINED"] == 34 and result["YEAR"] == 2015
    got = {f["INSEE_COM"]: f["unemp_1564"] for f in result["OUTPUT"].getFeatures()}
    assert got == pytest.approx(expected)
    assert result["OUTPUT"].crs().authid() == "EPSG:32620"


def test_any_polygon_layer_as_zones_qpv_indicators(processing, shared_data):
    qpv = shared_data / "occitanie-qpv"
    result = run(processing, {"INPUT": str(qpv / "qp.csv"), "TABLE_FIELD": "code_qp",
                              "ZONES": str(qpv / "qp.geojson"), "ZONE_FIELD": "code_qp", "LEVEL": 2})
    assert result["N_JOINED"] == 105 and result["N_UNJOINED"] == 0
    out = by_code(result["OUTPUT"], "code_qp")
    assert out["QP009001"]["tp60"] == pytest.approx(40.2)
    assert out["QP009001"]["pop_mun"] == 1177


def test_codes_matching_no_zone_raise(processing, tmp_path):
    path = write_csv(tmp_path / "base-cc-2019.csv", ["CODGEO", "P19_POP"], [["75056", 100], ["13055", 50]])
    zones = square_layer(COMMUNES, field="INSEE_COM")
    with pytest.raises(QgsProcessingException, match="No code of the table matches"):
        run(processing, {"INPUT": str(path), "ZONES": zones})
