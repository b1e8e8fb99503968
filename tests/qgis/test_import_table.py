"""coodiag:importtable and coodiag:samplesiae: the sample SIAE, every bad input of issue 4, the online geocoder."""
from __future__ import annotations

import http.server
import threading

import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)

from coodiag.coodiag_plugin.toolbelt import compat

pytestmark = pytest.mark.usefixtures("coodiag_provider")


def _run(alg, params):
    from qgis import processing

    return processing.run(alg, params)


def _rows(layer):
    return [{f.name(): compat.py_value(feat[f.name()]) for f in layer.fields()} for feat in layer.getFeatures()]


@pytest.fixture(scope="module")
def paths(sample_dir):
    return {
        "ban": str(sample_dir / "ban" / "adresses-2A-capa.csv"),
        "communes": f"{sample_dir / 'territory.gpkg'}|layername=communes_around",
        "siae": sample_dir / "siae",
    }


def _import(path, **params):
    base = {"INPUT": str(path), "OUTPUT": "TEMPORARY_OUTPUT", "UNMATCHED": "TEMPORARY_OUTPUT"}
    base.update(params)
    return _run("coodiag:importtable", base)


def _write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return path


# ---- the sample SIAE ------------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "kind", "rows", "min_rate"), [
    ("clients.csv", 0, 300, 0.95), ("salaries.csv", 1, 150, 0.95), ("chantiers.csv", 2, 120, 0.95),
    ("antennes.csv", 3, 2, 1.0),
])
def test_sample_siae_files_geocode(paths, name, kind, rows, min_rate):
    res = _import(paths["siae"] / name, KIND=kind, BAN_FILE=paths["ban"], COMMUNES=paths["communes"])
    layer, unmatched = res["OUTPUT"], res["UNMATCHED"]
    assert res["INPUT_ROWS"] == rows
    assert layer.featureCount() + unmatched.featureCount() == rows == res["MATCHED"] + res["UNMATCHED_COUNT"]
    assert layer.crs().authid() == "EPSG:2154"
    got = _rows(layer)
    precise = sum(r["geo_type"] in ("housenumber", "street") for r in got)
    assert precise / rows >= min_rate and res["PRECISE_RATE"] == pytest.approx(precise / rows, abs=1e-4)
    assert all(r["reason"] and r["reason_code"] for r in _rows(unmatched))
    assert {r["geo_source"] for r in got} <= {"ban_file", "communes"}
    # every point is in Corsica (Lambert-93 box)
    ext = layer.extent()
    assert QgsRectangle(1150000, 6090000, 1210000, 6140000).contains(ext)


def test_employees_are_pseudonymised(paths):
    res = _import(paths["siae"] / "salaries.csv", KIND=1, BAN_FILE=paths["ban"], COMMUNES=paths["communes"])
    names = res["OUTPUT"].fields().names()
    for gone in ("nom", "prenom", "date_de_naissance", "telephone", "adresse", "geo_label"):
        assert gone not in names or all(r[gone] is None for r in _rows(res["OUTPUT"]))
    assert {"matricule", "age", "public_prioritaire", "code_insee", "geo_insee"} <= set(names)
    rows = _rows(res["OUTPUT"]) + _rows(res["UNMATCHED"])
    text = " ".join(str(v) for r in rows for v in r.values())
    assert "FICTIF" not in text and "S02000" not in text
    assert all(r["matricule"].startswith("p_") for r in rows)
    from coodiag.coodiag_plugin.toolbelt import secrets

    salt = secrets.read_salt(QgsProject.instance())
    assert len(salt) == 32 and salt not in text
    assert QgsProject.instance().readEntry("coodiag", "pseudonym_salt", "") == ("", False)  # never in the project
    # the same salt gives the same hashes on a second run
    again = _import(paths["siae"] / "salaries.csv", KIND=1, BAN_FILE=paths["ban"], COMMUNES=paths["communes"])
    assert sorted(r["matricule"] for r in _rows(again["OUTPUT"])) == sorted(
        r["matricule"] for r in _rows(res["OUTPUT"]))


def test_clients_keep_type_and_hours(paths):
    res = _import(paths["siae"] / "clients.csv", KIND=0, BAN_FILE=paths["ban"], COMMUNES=paths["communes"],
                  PSEUDONYMISE=2, KEEP_ADDRESS=True)
    rows = _rows(res["OUTPUT"])
    assert {"type_client", "heures_vendues", "adresse", "nom_raison_sociale"} <= set(rows[0])
    assert {r["type_client"] for r in rows} == {"Particulier", "Entreprise", "Collectivité"}
    assert all(isinstance(r["heures_vendues"], float) for r in rows)
    assert rows[1]["heures_vendues"] == 148.5  # "148,5" in the file


def test_sample_generator_is_deterministic(paths, tmp_path):
    res = _run("coodiag:samplesiae", {"OUTPUT_FOLDER": str(tmp_path)})
    for key, name in [("CLIENTS", "clients.csv"), ("WORKSITES", "chantiers.csv"), ("ANTENNAS", "antennes.csv"),
                      ("EMPLOYEES", "salaries.csv")]:
        assert open(res[key], "rb").read() == (paths["siae"] / name).read_bytes(), name


# ---- bad input ------------------------------------------------------------------------------------
def test_empty_file(tmp_path):
    with pytest.raises(QgsProcessingException, match="empty"):
        _import(_write(tmp_path, "e.csv", ""))


def test_header_only(tmp_path):
    with pytest.raises(QgsProcessingException, match="no data row"):
        _import(_write(tmp_path, "h.csv", "Code INSEE;Commune\r\n"))


def test_undetectable_encoding(tmp_path):
    with pytest.raises(QgsProcessingException, match="encoding"):
        _import(_write(tmp_path, "x.csv", b"Code INSEE;Commune\n2A004;\x81\x8d\x90\n"))


def test_mixed_separators(tmp_path):
    text = "Code INSEE;Commune;CP\n2A004;Ajaccio;20000\n2A001,Afa,20167\n2A006,Alata,20167\n"
    with pytest.raises(QgsProcessingException, match="mixes separators.*3, 4"):
        _import(_write(tmp_path, "m.csv", text))


def test_mapped_column_missing(tmp_path, paths):
    path = _write(tmp_path, "c.csv", "Code INSEE;Commune\n2A004;Ajaccio\n")
    with pytest.raises(QgsProcessingException, match="“INSEE” .* not in the table.*Code INSEE, Commune"):
        _import(path, MODE=3, INSEE_FIELD="INSEE", COMMUNES=paths["communes"])


def test_duplicated_headers(tmp_path, paths):
    path = _write(tmp_path, "d.csv", "Code INSEE;Nom;Nom\n2A004;a;b\n2A001;c;d\n")
    res = _import(path, MODE=3, COMMUNES=paths["communes"], KIND=4)
    assert res["MATCHED"] == 2
    assert {"nom", "nom_2"} <= set(res["OUTPUT"].fields().names())
    with pytest.raises(QgsProcessingException, match="appears several times"):
        _import(path, MODE=3, INSEE_FIELD="Nom", COMMUNES=paths["communes"])


def test_non_numeric_coordinates(tmp_path):
    text = "id;longitude;latitude\n1;8,7386;41,9196\n2;abc;41.9\n3;;\n4;8.80;41.95\n"
    res = _import(_write(tmp_path, "n.csv", text), KIND=4)
    assert res["MATCHED"] == 2 and res["UNMATCHED_COUNT"] == 2
    reasons = {r["id"]: r["reason_code"] for r in _rows(res["UNMATCHED"])}
    assert reasons == {"2": "non_numeric_coordinates", "3": "missing_coordinates"}  # ids stay text
    assert {r["geo_type"] for r in _rows(res["OUTPUT"])} == {"coordinates"}


def test_lat_lon_swapped(tmp_path):
    text = "id;lon;lat\n1;41.9196;8.7386\n2;41.95;8.80\n3;41.92;8.74\n"
    with pytest.raises(QgsProcessingException, match="outside France.*swapped"):
        _import(_write(tmp_path, "s.csv", text), KIND=4)
    # a single swapped row among good ones goes to unmatched with its reason
    text = "id;lon;lat\n1;8.7386;41.9196\n2;41.95;8.80\n3;8.74;41.92\n"
    res = _import(_write(tmp_path, "s2.csv", text), KIND=4)
    assert [(r["id"], r["reason_code"]) for r in _rows(res["UNMATCHED"])] == [("2", "swapped")]


def test_wgs84_declared_as_lambert93(tmp_path):
    text = "id;x;y\n1;8.7386;41.9196\n2;8.80;41.95\n"
    with pytest.raises(QgsProcessingException, match="look like degrees"):
        _import(_write(tmp_path, "w.csv", text), KIND=4, COORD_CRS="EPSG:2154")
    text = "id;x;y\n1;1177000;6103000\n2;1178000;6104000\n"
    res = _import(_write(tmp_path, "l93.csv", text), KIND=4)  # x/y names → Lambert-93
    assert res["MATCHED"] == 2
    with pytest.raises(QgsProcessingException, match="look like metres"):
        _import(_write(tmp_path, "l93b.csv", text), KIND=4, COORD_CRS="EPSG:4326")


def _ain_communes():
    layer = QgsVectorLayer("Polygon?crs=EPSG:2154&field=INSEE_COM:string&field=NOM:string", "c", "memory")
    feat = QgsFeature(layer.fields())
    feat.setGeometry(QgsGeometry.fromRect(QgsRectangle(880000, 6540000, 884000, 6544000)))
    feat.setAttributes(["01004", "Ambérieu-en-Bugey"])
    layer.dataProvider().addFeatures([feat])
    return layer


def test_insee_lost_leading_zero_and_unknown_code(tmp_path):
    text = "Matricule;Code commune\nA1;1004\nA2;01004\nA3;99999\nA4;zz\n"
    res = _import(_write(tmp_path, "z.csv", text, "cp1252"), KIND=4, MODE=3, COMMUNES=_ain_communes())
    placed = _rows(res["OUTPUT"])
    assert [(r["matricule"], r["geo_insee"], r["geo_type"]) for r in placed] == [
        ("A1", "01004", "municipality"), ("A2", "01004", "municipality")]
    assert placed[0]["geo_note"] == "insee_fixed"
    assert {r["matricule"]: r["reason_code"] for r in _rows(res["UNMATCHED"])} == {
        "A3": "unknown_insee", "A4": "invalid_insee"}
    pt = res["OUTPUT"].getFeature(1).geometry().asPoint()
    assert (880000 < pt.x() < 884000) and (6540000 < pt.y() < 6544000)


def test_hundred_thousand_rows(tmp_path, paths):
    codes = ["2A004", "2a001", "2A6", "20017", "2A103", "2A209", "2A271", "2A323", "2A336", "2A351"]
    lines = ["Matricule;Code INSEE;Heures"] + [f"S{i};{codes[i % 10]};{i % 7},5" for i in range(99_999)]
    lines.append("S99999;2A999;1")
    res = _import(_write(tmp_path, "big.csv", "\r\n".join(lines) + "\r\n"), KIND=4, COMMUNES=paths["communes"])
    assert res["INPUT_ROWS"] == 100_000
    assert (res["MATCHED"], res["UNMATCHED_COUNT"]) == (99_999, 1)
    first = next(res["OUTPUT"].getFeatures())
    assert first["heures"] == 0.5 and first["geo_insee"] == "2A004"


def test_xlsx_through_gdal(tmp_path, sample_dir):
    from osgeo import ogr

    path = tmp_path / "t.xlsx"
    ds = ogr.GetDriverByName("XLSX").CreateDataSource(str(path))
    lyr = ds.CreateLayer("Feuil1", geom_type=ogr.wkbNone)
    for name in ("Code INSEE", "Commune", "Heures"):
        lyr.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for code, name, hours in [("2A004", "Ajaccio", "12,5"), ("2A001", "Afa", "3")]:
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("Code INSEE", code)
        f.SetField("Commune", name)
        f.SetField("Heures", hours)
        lyr.CreateFeature(f)
    ds = None
    res = _import(path, KIND=4, MODE=3, COMMUNES=f"{sample_dir / 'territory.gpkg'}|layername=communes")
    rows = _rows(res["OUTPUT"])
    assert [(r["code_insee"], r["heures"]) for r in rows] == [("2A004", 12.5), ("2A001", 3.0)]


def test_address_mode_needs_ban_or_consent(tmp_path):
    path = _write(tmp_path, "a.csv", "Adresse;Code postal;Ville\n2 rue Fesch;20000;Ajaccio\n")
    with pytest.raises(QgsProcessingException, match="Nothing was sent"):
        _import(path, KIND=4)


# ---- online geocoder against a loopback server ----------------------------------------------------
class _BanHandler(http.server.BaseHTTPRequestHandler):
    answers: list = []  # status codes to return before a success
    requests: list = []

    def log_message(self, *args):
        pass

    def do_POST(self):  # noqa: N802
        length = int(self.headers["Content-Length"])
        body = self.rfile.read(length)
        type(self).requests.append(body)
        if type(self).answers:
            self.send_response(type(self).answers.pop(0))
            self.end_headers()
            return
        boundary = self.headers["Content-Type"].split("boundary=")[1].encode()
        part = [p for p in body.split(b"--" + boundary) if b'name="data"' in p][0]
        csv_text = part.split(b"\r\n\r\n", 1)[1].rsplit(b"\r\n", 1)[0].decode("utf-8")
        lines = csv_text.strip().split("\n")
        out = [lines[0] + ",latitude,longitude,result_label,result_score,result_score_next,result_type,result_id,"
               "result_housenumber,result_name,result_street,result_postcode,result_city,result_context,"
               "result_citycode,result_oldcitycode,result_oldcity,result_district,result_status"]
        for line in lines[1:]:
            if "fesch" in line.lower():
                out.append(line + ",41.9196,8.7386,2 Rue Fesch 20000 Ajaccio,0.93,,housenumber,2A004_0001_00002,2,"
                           "2 Rue Fesch,Rue Fesch,20000,Ajaccio,\"2A, Corse-du-Sud, Corse\",2A004,,,,ok")
            else:
                out.append(line + ",,,,,,,,,,,,,,,,,,not-found")
        data = ("\n".join(out) + "\n").encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/csv; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def ban_server(monkeypatch):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _BanHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _BanHandler.requests, _BanHandler.answers = [], []
    monkeypatch.setenv("QGIS_COODIAG_GEOCODER_URL", f"http://127.0.0.1:{server.server_address[1]}/search/csv/")
    monkeypatch.setenv("QGIS_COODIAG_GEOCODER_CHUNK_ROWS", "2")
    yield _BanHandler
    server.shutdown()
    server.server_close()


def test_online_geocoder_with_retry(tmp_path, ban_server):
    path = _write(tmp_path, "o.csv", "Nom;Adresse;Code postal;Ville\nFICTIF A;2 rue Fesch;20000;Ajaccio\n"
                                     "FICTIF B;Lieu inconnu;20167;Afa\nFICTIF C;2 r. Fesch;20000;AJACCIO\n")
    ban_server.answers = [429]
    res = _import(path, KIND=0, ONLINE=True)
    assert (res["MATCHED"], res["UNMATCHED_COUNT"]) == (2, 1)
    placed = _rows(res["OUTPUT"])
    assert {(r["geo_source"], r["geo_type"], r["geo_score"]) for r in placed} == {("ban_online", "housenumber", 0.93)}
    assert _rows(res["UNMATCHED"])[0]["reason_code"] == "online_not_found"
    assert len(ban_server.requests) == 3  # 429, then two chunks of 2 and 1 rows
    sent = b"".join(ban_server.requests)
    assert b"FICTIF" not in sent and b'name="columns"' in sent and b"rue Fesch" in sent


def test_online_refused_when_not_ticked(tmp_path, ban_server):
    path = _write(tmp_path, "o.csv", "Adresse;Code postal;Ville\n2 rue Fesch;20000;Ajaccio\n")
    with pytest.raises(QgsProcessingException, match="Nothing was sent"):
        _import(path, KIND=4, ONLINE=False)
    assert ban_server.requests == []


def test_online_geocoder_offline(tmp_path, monkeypatch):
    monkeypatch.setenv("QGIS_COODIAG_GEOCODER_URL", "http://127.0.0.1:9/search/csv/")
    monkeypatch.setenv("QGIS_COODIAG_GEOCODER_MAX_RETRIES", "0")
    path = _write(tmp_path, "o.csv", "Adresse;Code postal;Ville\n2 rue Fesch;20000;Ajaccio\n")
    with pytest.raises(QgsProcessingException, match="did not answer"):
        _import(path, KIND=4, ONLINE=True)


def test_addresses_without_ban_file_are_placed_at_their_commune(paths, tmp_path):
    """Antennas with street, postcode and commune but no BAN file (and no online geocoder): in automatic mode
    every row is still placed, at the centre of its commune, with a warning; forcing the address mode keeps the
    actionable refusal. The street column stays out of the outputs."""
    path = _write(tmp_path, "antennes.csv", "Antenne,Adresse,CP,Ville\nCentre,12 cours Napoléon,20000,Ajaccio\n"
                  "Nord,1 route de Mezzavia,20167,Afa\n")
    res = _import(path, KIND=3, COMMUNES=paths["communes"])
    got = _rows(res["OUTPUT"])
    assert res["MATCHED"] == 2 and res["UNMATCHED_COUNT"] == 0
    assert sorted(r["geo_insee"] for r in got) == ["2A001", "2A004"]
    assert {r["geo_type"] for r in got} == {"municipality"} and "adresse" not in got[0]
    with pytest.raises(QgsProcessingException, match="Base Adresse Nationale"):
        _import(path, KIND=3, MODE=2, COMMUNES=paths["communes"])


def test_a_line_with_a_stray_separator_is_set_aside(paths, tmp_path):
    """One address written with an unquoted « ; » among good lines: that row goes to the unmatched table with its
    reason and line number, the others are placed; input rows = placed + unmatched."""
    lines = ["Antenne;CP;Ville"] + [f"A{i};20000;Ajaccio" for i in range(12)] + ["B;20167;Afa;Mezzavia"]
    path = _write(tmp_path, "antennes.csv", "\n".join(lines) + "\n")
    res = _import(path, KIND=3, MODE=3, COMMUNES=paths["communes"])
    assert (res["INPUT_ROWS"], res["MATCHED"], res["UNMATCHED_COUNT"]) == (13, 12, 1)
    rejected = _rows(res["UNMATCHED"])
    assert [(r["reason_code"], r["src_line"]) for r in rejected] == [("too_many_fields", 14)]
