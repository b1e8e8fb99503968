"""Jobs, companies, public contracts and inclusion actors (issues 18–19): the five algorithms on the fixtures
with hand-checked numbers, GeoPackage publishing, and clear errors on bad inputs."""
from __future__ import annotations

import json
import math
import re

import pytest
from qgis.core import (
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

from qgis_helpers import sink, write_layer
from coodiag.processing_algorithms import diagnostic

SAMPLE = ["2A001", "2A004", "2A006", "2A017", "2A103", "2A209", "2A271", "2A323", "2A336", "2A351"]
B1, B2, B3 = "21200004600004", "24201005600008", "21200006100003"


def table(gpkg, name):
    return QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")


def by(layer, key):
    return {f[key]: f for f in layer.getFeatures()}


def null(value):
    return value is None or str(value) == "NULL"


@pytest.fixture(scope="module")
def run(coodiag_provider):
    from qgis import processing

    def _run(alg, params):
        return processing.run(alg, params)
    return _run


@pytest.fixture(scope="module")
def communes(sample_dir):
    return f"{sample_dir / 'territory.gpkg'}|layername=communes"


# ---- BMO -------------------------------------------------------------------------------------------
def test_loadbmo_basin_totals_secret_cells_and_publishing(run, data_dir, communes, tmp_path):
    out = tmp_path / "d.gpkg"
    result = run("coodiag:loadbmo", {"INPUT": str(data_dir / "bmo" / "bmo2024_be9407_ajaccio.csv"),
                                     "BASINS": str(data_dir / "bmo" / "bassin_emploi_communes_corse.csv"),
                                     "ZONES": communes, "OUTPUT": sink(out, "bmo_basins"),
                                     "OUTPUT_TRADES": sink(out, "bmo_trades", False)})
    assert (result["N_BASINS"], result["YEAR"]) == (1, 2024)
    basin = next(table(out, "bmo_basins").getFeatures())
    assert (basin["basin"], basin["basin_name"], basin["n_communes"], basin["n_communes_basin"]) == (
        "9407", "AJACCIO", 10, 77)
    # sums of the published cells (hand sums in tests/unit/test_bmo.py) and secret cells counted beside them
    assert (basin["met"], basin["xmet"], basin["smet"]) == (6619, 4566, 3249)
    assert (basin["met_secret"], basin["xmet_secret"], basin["smet_secret"]) == (19, 40, 79)
    assert basin["difficulty"] == pytest.approx(4566 / 6239, abs=0.02) and basin["difficulty_base"] == 6239
    total = sum(f.geometry().area() for f in QgsVectorLayer(communes, "c", "ogr").getFeatures())
    assert QgsGeometry(basin.geometry()).area() == pytest.approx(total, rel=1e-6)  # the ten CAPA communes
    trades = by(table(out, "bmo_trades"), "trade_code")
    assert len(trades) == 140
    t4 = trades["T4X60"]
    assert (t4["met"], t4["xmet"], t4["smet"], t4["siae_trade"], t4["siae_trade_id"]) == (126, 20, 92, True,
                                                                                         "cleaning")
    assert t4["difficulty"] == pytest.approx(20 / 126)
    gardeners = trades["A1X41"]  # 82 / 34 / * : the secret cell stays NULL, never 0
    assert null(gardeners["smet"]) and gardeners["smet_secret"] and null(gardeners["seasonal"])
    assert trades["S2X61"]["siae_rank"] == 1  # the SIAE trade with the most hiring projects (743)
    assert null(trades["V1X80"]["siae_rank"]) and not trades["V1X80"]["siae_trade"]
    registry = diagnostic.registry(str(out))
    assert registry["bmo_basins"]["metadata"]["sources"] == "France Travail, enquête BMO 2024"
    assert registry["bmo_trades"]["schema_table"] == "bmo_trades"
    assert diagnostic.has_default_style(str(out), "bmo_basins")


# ---- SIRENE ----------------------------------------------------------------------------------------
def test_loadsirene_partial_diffusion_persons_and_filters(run, data_dir, communes, tmp_path):
    import json

    from coodiag.processing_algorithms.analysis import sirene
    from coodiag.processing_algorithms.analysis.siae_catalogue import load_catalogue

    expected = json.loads((data_dir / "sirene" / "expected.json").read_text(encoding="utf-8"))
    out = tmp_path / "d.gpkg"
    result = run("coodiag:loadsirene", {"INPUT": str(data_dir / "sirene" / "geo_siret_2A_sample.csv.gz"),
                                        "ZONES": communes, "OUTPUT": sink(out, "sirene_establishments")})
    assert result["N_ESTABLISHMENTS"] == expected["sample_active"]
    assert result["N_PARTIAL"] == expected["sample_active_partial"]
    layer = table(out, "sirene_establishments")
    assert layer.crs().authid() == "EPSG:2154" and layer.featureCount() == expected["sample_active"]
    zones = {f["INSEE_COM"]: f.geometry() for f in QgsVectorLayer(communes, "c", "ogr").getFeatures()}
    feats = by(layer, "siret")
    for f in feats.values():
        assert f.hasGeometry()
        if f["location"] == "commune" and f["diffusion"] == "P":  # placed by Coodiag: inside its commune
            assert zones[f["commune"]].contains(f.geometry()), f["siret"]
        if f["diffusion"] == "P":
            assert f["location"] == "commune" and not f["address"] and not f["name"] and not f["sign"]
        if f["person"]:
            assert not f["name"] and not f["sign"]
    assert feats[expected["cases"]["cleaning_big"]]["location"] == "address"
    assert feats[expected["cases"]["no_position"]]["location"] == "commune"
    # activities served by the cleaning trade, 10 employees or more: same rows as the pure reader
    catalogue = load_catalogue()
    index = [t["id"] for t in catalogue.trades].index("cleaning")
    filtered = run("coodiag:loadsirene", {"INPUT": str(data_dir / "sirene" / "geo_siret_2A_sample.csv.gz"),
                                          "ZONES": communes, "TRADES": [index], "MIN_SIZE": 4,
                                          "OUTPUT": "TEMPORARY_OUTPUT"})
    pure = sirene.read_establishments(data_dir / "sirene" / "geo_siret_2A_sample.csv.gz", SAMPLE,
                                      naf=catalogue.naf_codes(["cleaning"]), sizes=sirene.bands_at_least(10))
    assert filtered["N_ESTABLISHMENTS"] == len(pure.frame) > 0
    assert {f["siret"] for f in filtered["OUTPUT"].getFeatures()} == set(pure.frame["siret"])
    named = run("coodiag:loadsirene", {"INPUT": str(data_dir / "sirene" / "StockEtablissement_sample.csv"),
                                       "LEGAL_UNITS": str(data_dir / "sirene" / "StockUniteLegale_sample.csv"),
                                       "ZONES": communes, "PERSON_NAMES": True, "OUTPUT": "TEMPORARY_OUTPUT"})
    person = by(named["OUTPUT"], "siret")[expected["cases"]["person_sign"]]
    assert person["person"] and person["sign"]  # asked for: the entrepreneur's sign is written
    assert diagnostic.has_default_style(str(out), "sirene_establishments")


# ---- company prospects -----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def road(run, tmp_path_factory):
    """A 12 km straight road at 36 km/h (100 s per km) from (1,170,000, 6,100,000) eastwards, one commune
    around it, an antenna at its west end."""
    folder = tmp_path_factory.mktemp("road")
    gpkg = folder / "in.gpkg"
    x0, y0 = 1170000, 6100000
    links = [(f"LINESTRING({x0 + x} {y0}, {x0 + x + 1000} {y0})", {"speed": 36.0}) for x in range(0, 12000, 1000)]
    roads = write_layer(gpkg, "roads", "LineString", [("speed", "double")], links)
    net = run("coodiag:buildnetwork", {"INPUT": roads, "SPEED_FIELD": "speed", "URBAN": False,
                                       "OUTPUT": sink(folder / "net.gpkg", "network")})["OUTPUT"]
    commune = write_layer(gpkg, "communes", "MultiPolygon", [("INSEE_COM", "string")],
                          [(f"MULTIPOLYGON((({x0 - 2000} {y0 - 3000}, {x0 + 14000} {y0 - 3000}, "
                            f"{x0 + 14000} {y0 + 3000}, {x0 - 2000} {y0 + 3000}, {x0 - 2000} {y0 - 3000})))",
                            {"INSEE_COM": "2A004"})])
    antenna = write_layer(gpkg, "antennas", "Point", [("antenne", "string")],
                          [(f"POINT({x0} {y0})", {"antenne": "Centre"})])
    return {"gpkg": gpkg, "net": net, "communes": commune, "antennas": antenna, "x0": x0, "y0": y0}


def establishments(road, rows):
    fields = [("siret", "string"), ("siren", "string"), ("name", "string"), ("sign", "string"), ("naf", "string"),
              ("size_band", "string"), ("size_min", "integer"), ("employer", "string"), ("commune", "string"),
              ("address", "string"), ("postcode", "string"), ("person", "boolean")]
    data = []
    for siret, km, naf, band, size, name, person in rows:
        data.append((f"POINT({road['x0'] + km * 1000} {road['y0']})",
                     {"siret": siret, "siren": siret[:9], "name": name, "sign": "", "naf": naf, "size_band": band,
                      "size_min": size, "employer": "O", "commune": "2A004", "address": f"{km} RUE TEST, 20000 AJACCIO",
                      "postcode": "20000", "person": person}))
    return write_layer(road["gpkg"], "est", "Point", fields, data)


def test_companyprospects_ranking_travel_times_and_clients(run, road, tmp_path):
    est = establishments(road, [
        ("11111111100011", 1, "81.21Z", "12", 20, "NET AZUR", False),       # cleaning, 20 employees, 1 km
        ("22222222200022", 3, "56.10A", "01", 1, "CHEZ PAUL", False),       # restaurant, 1 employee, 3 km
        ("33333333300033", 8, "81.21Z", "11", 10, "PROPRE ILE", False),     # 8 km = 13.3 min: beyond 10 min
        ("44444444400044", 2, "62.01Z", "22", 100, "INFO CORSE", False),    # IT: not served
        ("55555555500055", 5, "43.34Z", "03", 6, "DUPONT PEINTURE", True),  # a person: served, no name written
        ("66666666600066", 4, "81.21Z", "31", 200, "CLIENTE SA", False),    # already a client (same SIRET)
    ])
    clients = write_layer(road["gpkg"], "clients", "Point", [("siret", "string"), ("nom", "string")],
                          [(f"POINT({road['x0']} {road['y0']})", {"siret": "66666666600066", "nom": "Cliente"})])
    out = tmp_path / "d.gpkg"
    result = run("coodiag:companyprospects", {
        "INPUT": est, "ZONES": road["communes"], "CLIENTS": clients, "ANTENNAS": road["antennas"],
        "ANTENNA_ID_FIELD": "antenne", "NETWORK": road["net"], "MAX_MINUTES": 10, "MODE": 0,
        "OUTPUT": sink(out, "company_prospects"), "OUTPUT_ZONES": sink(out, "company_prospects_by_zone")})
    assert (result["N_PROSPECTS"], result["N_CLIENTS_FOUND"]) == (3, 1)
    rows = by(table(out, "company_prospects"), "siret")
    assert set(rows) == {"11111111100011", "22222222200022", "55555555500055"}
    for siret, km in (("11111111100011", 1), ("22222222200022", 3), ("55555555500055", 5)):
        assert rows[siret]["minutes"] == pytest.approx(km * 100 / 60, abs=0.05)  # 100 s per km
        assert rows[siret]["antenna"] == "Centre"

    def score(size, km):  # no BMO table: size and proximity only, weights 0.4 and 0.3 renormalised
        return (0.4 * math.log1p(size) / math.log1p(250) + 0.3 * (1 - km * 100 / 60 / 10)) / 0.7

    for siret, size, km in (("11111111100011", 20, 1), ("22222222200022", 1, 3), ("55555555500055", 6, 5)):
        assert rows[siret]["score"] == pytest.approx(score(size, km), abs=0.005)
    assert [rows[s]["rank"] for s in ("11111111100011", "22222222200022", "55555555500055")] == [1, 2, 3]
    assert not rows["55555555500055"]["name"]  # an individual entrepreneur: never named
    zone = next(table(out, "company_prospects_by_zone").getFeatures())
    assert (zone["commune"], zone["n"], zone["n_10_49"], zone["n_1_9"], zone["best_rank"]) == ("2A004", 3, 1, 2, 1)
    assert diagnostic.has_default_style(str(out), "company_prospects_by_zone")
    assert diagnostic.registry(str(out))["company_prospects"]["metadata"]["selection"] == "served"


def test_companyprospects_tense_trades_from_the_bmo_table(run, road, tmp_path):
    est = establishments(road, [("11111111100011", 1, "81.21Z", "12", 20, "NET AZUR", False),
                                ("22222222200022", 3, "56.10A", "01", 1, "CHEZ PAUL", False),
                                ("44444444400044", 2, "62.01Z", "22", 100, "INFO CORSE", False)])
    trades = write_layer(road["gpkg"], "bmo_trades", "None",
                         [("basin", "string"), ("trade_code", "string"), ("met", "integer"), ("xmet", "integer"),
                          ("difficulty", "double")],
                         [(None, {"basin": "9407", "trade_code": c, "met": m, "xmet": x, "difficulty": x / m})
                          for c, m, x in (("T4X60", 126, 20), ("S1X20", 468, 334), ("S2X61", 743, 504))])
    result = run("coodiag:companyprospects", {"INPUT": est, "ZONES": road["communes"], "BMO_TRADES": trades,
                                              "MODE": 1, "MIN_DIFFICULTY": 0.5, "OUTPUT": "TEMPORARY_OUTPUT",
                                              "OUTPUT_ZONES": "TEMPORARY_OUTPUT"})
    rows = by(result["OUTPUT"], "siret")
    assert set(rows) == {"22222222200022"}  # restaurant: (334 + 504) / (468 + 743) ≥ 0.5; cleaning 20/126 is not
    assert rows["22222222200022"]["difficulty"] == pytest.approx((334 + 504) / (468 + 743))
    assert rows["22222222200022"]["basin"] == "9407"  # the table's only basin


# ---- DECP ------------------------------------------------------------------------------------------
def test_loaddecp_contracts_buyers_and_rejects(run, data_dir, communes, tmp_path):
    out = tmp_path / "d.gpkg"
    result = run("coodiag:loaddecp", {"INPUT": str(data_dir / "decp" / "decp_2022_corse.json"), "ZONES": communes,
                                      "COMMUNES_TABLE": str(data_dir / "siae" / "communes_corse_cog.csv"),
                                      "OUTPUT": sink(out, "decp_contracts"), "OUTPUT_BUYERS": sink(out, "decp_buyers"),
                                      "REJECTED": sink(out, "decp_rejected", False)})
    assert (result["N_CONTRACTS"], result["N_REJECTED"]) == (9, 3)
    contracts = by(table(out, "decp_contracts"), "id")
    assert set(contracts) == {"2024-001", "2024-002", "2024-003", "2024-004", "2024-005", "2024-006", "2024-014",
                              "2024-015", "2024-017"}
    assert contracts["2024-001"]["location"] == "place_commune" and contracts["2024-002"]["location"] == \
        "place_postcode"
    assert contracts["2024-004"]["location"] == "buyer_commune"  # département-wide: drawn at its buyer
    assert (contracts["2024-002"]["social_clause"], contracts["2024-002"]["social_criterion"]) == (True, True)
    assert contracts["2024-006"]["social"] == "unknown" and null(contracts["2024-014"]["amount"])
    buyers = by(table(out, "decp_buyers"), "buyer_id")
    assert (buyers[B1]["n_contracts"], buyers[B1]["amount"], buyers[B1]["social_share"]) == (4, 245000.5, 0.75)
    assert (buyers[B2]["n_contracts"], buyers[B2]["amount"]) == (4, 452000.0)
    assert buyers[B2]["social_share"] == pytest.approx(2 / 3)
    assert buyers[B3]["buyer_commune"] == "2A006" and buyers[B3]["siae_trades"] == "waste_recycling:1"
    assert all(f.hasGeometry() for f in buyers.values())
    rejected = {f["id"]: f["reason"] for f in table(out, "decp_rejected").getFeatures()}
    assert rejected == {"2024-010": "missing_buyer", "2024-011": "amount_not_numeric",
                        "2024-012": "unknown_place_type"}
    assert diagnostic.has_default_style(str(out), "decp_buyers")
    # every record of the file is accounted for in the log: territory + rejected + concessions + elsewhere
    from qgis import processing
    from qgis.core import QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.infos = []

        def pushInfo(self, text):  # noqa: N802
            self.infos.append(text)

    log = Log()
    processing.run("coodiag:loaddecp", {"INPUT": str(data_dir / "decp" / "decp_2022_corse.json"), "ZONES": communes,
                                        "COMMUNES_TABLE": str(data_dir / "siae" / "communes_corse_cog.csv"),
                                        "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_BUYERS": "TEMPORARY_OUTPUT",
                                        "REJECTED": "TEMPORARY_OUTPUT"}, feedback=log)
    line = next(t for t in log.infos if "records read" in t)
    numbers = [int(n) for n in re.findall(r"(?<![\w(])(\d+)(?![\w)])", line)]
    total, parts = numbers[0], numbers[1:]
    records = len(json.loads((data_dir / "decp" / "decp_2022_corse.json").read_text(encoding="utf-8"))["marches"]
                  ["marche"])
    assert total == records == sum(parts) and parts[:2] == [9, 3], line
    tabular = run("coodiag:loaddecp", {"INPUT": str(data_dir / "decp" / "decp_tabular_corse.csv"),
                                       "ZONES": communes, "PLACE_AT": 1, "OUTPUT": "TEMPORARY_OUTPUT",
                                       "OUTPUT_BUYERS": "TEMPORARY_OUTPUT"})
    drawn = {f["uid"]: f["location"] for f in tabular["OUTPUT"].getFeatures()}
    assert drawn[B1 + "T001"] == "buyer" and drawn[B2 + "T004"] == "buyer"  # the buyer's coordinates of the CSV
    old = run("coodiag:loaddecp", {"INPUT": str(data_dir / "decp" / "decp_2019_corse.json"), "ZONES": communes,
                                   "COMMUNES_TABLE": str(data_dir / "siae" / "communes_corse_cog.csv"),
                                   "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_BUYERS": "TEMPORARY_OUTPUT"})
    assert {f["social"] for f in old["OUTPUT"].getFeatures()} == {"unknown"}


# ---- SIAE register ---------------------------------------------------------------------------------
def test_loadsiaelist_territory_contracts_and_overlap(run, data_dir, communes, road, tmp_path):
    decp_out = run("coodiag:loaddecp", {"INPUT": str(data_dir / "decp" / "decp_2022_corse.json"), "ZONES": communes,
                                        "COMMUNES_TABLE": str(data_dir / "siae" / "communes_corse_cog.csv"),
                                        "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_BUYERS": "TEMPORARY_OUTPUT"})["OUTPUT"]
    out = tmp_path / "d.gpkg"
    run("coodiag:loadsiaelist", {"INPUT": str(data_dir / "siae" / "siae_corse.csv"), "ZONES": communes,
                                 "COMMUNES_TABLE": str(data_dir / "siae" / "communes_corse_cog.csv"),
                                 "CONTRACTS": decp_out, "OUTPUT": sink(out, "siae_register"),
                                 "OUTPUT_OVERLAP": sink(out, "siae_overlap")})
    rows = by(table(out, "siae_register"), "siret")
    assert len(rows) == 11 and {f["commune"] for f in rows.values()} == {"2A004"}  # the Ajaccio SIAE
    assert rows["32614240300079"]["location"] == "commune"  # no coordinates: at its commune
    holders = {s for s, f in rows.items() if f["holds_social_contracts"]}
    assert holders == {"39258411600025", "48432793700021", "83118979000023", "43969385400028"}
    assert (rows["39258411600025"]["n_contracts"], rows["39258411600025"]["social_amount"]) == (2, 120000.0)
    assert diagnostic.has_default_style(str(out), "siae_register")
    # overlap on the test road: the SIAE's antenna at 0 km, another ACI at 2 km, 5 min = 3 km
    register = tmp_path / "register.csv"
    lon_lat = {}
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY

    tr = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:2154"), QgsCoordinateReferenceSystem("EPSG:4326"),
                                QgsProject.instance())
    for key, km in (("other", 2), ("far", 11)):
        p = tr.transform(QgsPointXY(road["x0"] + km * 1000, road["y0"]))
        lon_lat[key] = (p.x(), p.y())
    register.write_text("siret;name;kind;naf;post_code;city;department;lon;lat\n"
                        "11111111100011;ACI VOISIN;ACI;8899B;20000;Ajaccio;2A;{:.7f};{:.7f}\n"
                        "22222222200022;ACI LOINTAIN;ACI;8899B;20000;Ajaccio;2A;{:.7f};{:.7f}\n"
                        "33333333300033;EI VOISINE;EI;8121Z;20000;Ajaccio;2A;{:.7f};{:.7f}\n".format(
                            *lon_lat["other"], *lon_lat["far"], *lon_lat["other"]), encoding="utf-8")
    overlap = run("coodiag:loadsiaelist", {"INPUT": str(register), "ZONES": road["communes"],
                                           "ANTENNAS": road["antennas"], "ANTENNA_ID_FIELD": "antenne",
                                           "NETWORK": road["net"], "MAX_MINUTES": 5, "OWN_KIND": 1,
                                           "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_OVERLAP": "TEMPORARY_OUTPUT"})
    structures = by(overlap["OUTPUT"], "name")
    assert structures["ACI VOISIN"]["minutes"] == pytest.approx(200 / 60, abs=0.05)
    assert structures["ACI VOISIN"]["min_centre"] == pytest.approx(200 / 60, abs=0.05)
    assert structures["ACI LOINTAIN"]["minutes"] == pytest.approx(1100 / 60, abs=0.05)
    parts = {f["n_other"]: f for f in overlap["OUTPUT_OVERLAP"].getFeatures()}
    assert set(parts) == {0, 1}  # the SIAE alone (west of −1 km… and the start), shared with ACI VOISIN
    assert parts[1]["others"] == "ACI VOISIN"
    # the neighbour reaches [−1 km, 5 km] of the road, the SIAE [−3 km, 3 km]: the shared part is ~2/3 of the
    # SIAE's catchment along the road (the road starts at 0 km: the SIAE's own part is [0, 3 km] ∩ …)
    shared, alone = parts[1]["area_km2"], parts[0]["area_km2"]
    assert structures["ACI VOISIN"]["overlap_km2"] == pytest.approx(shared, rel=0.02)
    assert structures["EI VOISINE"]["overlap_km2"] == 0  # another kind
    assert shared > alone > 0


# ---- bad inputs ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("alg", "params", "message"), [
    ("coodiag:loadbmo", {"INPUT": "/nope.xlsx", "BASINS": "/nope.csv"}, "not found"),
    ("coodiag:loadsirene", {"INPUT": "BMO"}, "cannot be used"),
    ("coodiag:loaddecp", {"INPUT": "SIAE"}, "cannot be used"),
    ("coodiag:loadsiaelist", {"INPUT": "BMO"}, "Neither a SIRET nor a name"),
])
def test_bad_files_give_clear_messages(run, data_dir, communes, alg, params, message):
    files = {"BMO": str(data_dir / "bmo" / "bmo2024_be9407_ajaccio.csv"),
             "SIAE": str(data_dir / "siae" / "siae_corse.csv")}
    params = {k: files.get(v, v) for k, v in params.items()}
    base = {"ZONES": communes, **{name: "TEMPORARY_OUTPUT" for name in ("OUTPUT", "OUTPUT_TRADES", "OUTPUT_BUYERS",
                                                                         "OUTPUT_OVERLAP")}}
    with pytest.raises(QgsProcessingException, match=message):
        run(alg, {**base, **params})


def test_zones_without_commune_codes_and_wrong_layers(run, data_dir, road, tmp_path):
    gpkg = tmp_path / "bad.gpkg"
    zones = write_layer(gpkg, "zones", "Polygon", [("label", "string")],
                        [("POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))", {"label": "x"})])
    with pytest.raises(QgsProcessingException, match="INSEE commune code"):
        run("coodiag:loadsirene", {"INPUT": str(data_dir / "sirene" / "geo_siret_2A_sample.csv.gz"), "ZONES": zones,
                                   "OUTPUT": "TEMPORARY_OUTPUT"})
    points = write_layer(gpkg, "points", "Point", [("label", "string")], [("POINT(1 1)", {"label": "x"})])
    with pytest.raises(QgsProcessingException, match="siret and naf"):
        run("coodiag:companyprospects", {"INPUT": points, "ZONES": road["communes"], "OUTPUT": "TEMPORARY_OUTPUT",
                                         "OUTPUT_ZONES": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException):
        run("coodiag:loadbmo", {"INPUT": str(data_dir / "bmo" / "bmo2024_be9407_ajaccio.csv"),
                                "BASINS": str(data_dir / "bmo" / "bassin_emploi_communes_corse.csv"), "ZONES": points,
                                "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_TRADES": "TEMPORARY_OUTPUT"})
