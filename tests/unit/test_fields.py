"""The one field-alias table: detection by name and by content, and the GeoPackage value sanitiser."""
from __future__ import annotations

import csv
import json
import math
import random
from pathlib import Path

import numpy as np
import pytest

from coodiag.processing_algorithms.analysis import census, fields, filosofi, insee_codes

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"


# ---- by name ----------------------------------------------------------------------------------------
def test_names_normalised():
    assert fields.normalise_name("Code INSEE") == "code_insee"
    assert fields.normalise_name("N° de voie") == "n_de_voie"
    assert fields.normalise_name("Libellé") == "libelle"
    assert fields.normalise_name("  Cœur ") == "coeur"


@pytest.mark.parametrize(("names", "role", "found"), [
    (["fid", "Code INSEE", "nom"], "commune_code", "Code INSEE"),
    (["CodeCommune"], "commune_code", "CodeCommune"),
    (["code-insee"], "commune_code", "code-insee"),
    (["com_code", "com_name"], "commune_code", "com_code"),
    (["com_code", "com_name"], "commune_name", "com_name"),
    (["SIREN_EPCI"], "epci_code", "SIREN_EPCI"),
    (["Latitude", "Longitude"], "lat", "Latitude"),
    (["P19_POP"], "population", "P19_POP"),
    (["POP_2020"], "population", "POP_2020"),
    (["PMUN21"], "population", "PMUN21"),
    (["C19_MEN"], "households", "C19_MEN"),
    (["Courriel"], "email", "Courriel"),
    (["Téléphone"], "phone", "Téléphone"),
    (["IdINSPIRE"], "cell_id", "IdINSPIRE"),
    (["geo_point_2d", "geo_shape"], "geo_point", "geo_point_2d"),
    (["N° SIRET"], "siret", "N° SIRET"),
    (["x"], "commune_code", None),
])
def test_detect_by_name(names, role, found):
    assert fields.detect_by_name(names, role) == found


def test_roles_by_name_gives_each_field_once():
    roles = fields.roles_by_name(["code_insee", "nom_commune", "code_postal", "lat", "lon"],
                                 ["commune_code", "commune_name", "city", "postcode", "lat", "lon"])
    assert roles == {"commune_code": "code_insee", "commune_name": "nom_commune", "postcode": "code_postal",
                     "lat": "lat", "lon": "lon"}


def test_former_alias_lists_come_from_the_table():
    assert insee_codes.COMMUNE_FIELDS is fields.ALIASES["commune_code"]
    assert filosofi.ALIASES["idcar_200m"] == fields.ALIASES["cell_id_200m"]
    assert census.find_code_column(["LIBCOM", "CODGEO", "P19_POP"], "commune") == "CODGEO"
    assert census.find_code_column(["Iris", "COM"], "iris") == "Iris"
    assert census.header_row([["Titre"], [], ["CODGEO", "LIBGEO"], ["01001", "x"]]) == 2


# ---- by content -------------------------------------------------------------------------------------
def test_opendatasoft_commune_code_found_by_content():
    columns = {  # OpenDataSoft "georef-france-commune" style, oddly named code column
        "year": ["2023"] * 3,
        "reg_name": ["Saint-Barthélemy"] * 3,
        "identifiant": ['["97701"]', '["97801"]', '["97209"]'],
        "com_area_code": ["FXX", "FXX", "FXX"],
    }
    guess = fields.find_field(columns, "commune_code")
    assert guess.field == "identifiant" and guess.how == "content" and guess.share == 1.0
    assert [insee_codes.commune_code(v) for v in columns[guess.field]] == ["97701", "97801", "97209"]


def test_named_field_with_wrong_content_gives_way():
    columns = {"code": ["A", "B", "C", "D"], "ville": ["1004", "2A004", "75056", "97209"]}
    assert fields.find_field(columns, "commune_code").field == "ville"


def test_populations_and_postcodes_are_not_commune_codes():
    rng = random.Random(3)
    pops = [rng.randint(1000, 60000) for _ in range(200)]
    postcodes = ["20000", "20090", "20167", "20100", "20110", "20200", "20600", "20620", "20290", "20230"] * 10
    assert fields.detect_by_content({"valeur": pops}, "commune_code") is None
    assert fields.detect_by_content({"zone": postcodes}, "commune_code") is None
    assert fields.detect_by_content({"zone": postcodes}, "postcode").field == "zone"
    # a numeric code column of one territory (lost zeros) is recognised
    codes = [1004, 1053, 1173, 1283, 1033] * 20
    assert fields.detect_by_content({"valeur": codes}, "commune_code").field == "valeur"


def test_commune_codes_with_known_set():
    known = {"2A004", "2A001", "75056"}
    cols = {"a": ["2A004", "2a1", "75108", "2A004"], "b": ["20000", "20090", "20000", "20167"]}
    assert fields.detect_by_content(cols, "commune_code", known=known).field == "a"


def test_cog_table_columns_by_content():
    path = DATA / "communes-france-cog" / "communes_france_decoupage_administratif_6.0.0.csv"
    if not path.exists():
        pytest.skip("shared COG table not available")
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))[::40]
    renamed = {"c1": [r["code"] for r in rows], "c2": [r["siren"] for r in rows],
               "c3": [r["epci_code"] for r in rows if r["epci_code"]], "c4": [r["population"] for r in rows]}
    assert fields.find_field(renamed, "commune_code").field == "c1"
    assert fields.find_field(renamed, "siren").field in ("c2", "c3")
    assert fields.find_field(renamed, "epci_code").field == "c3"


def test_email_phone_address_columns():
    cols = {
        "contact": ["a.b@asso.fr", "jean.dupont@orange.fr", "", "x@y.re"],
        "num": ["06 12 34 56 78", "0596 12 34 56", "+262 692 12 34 56", "612345678"],
        "ligne": ["12 rue Fesch", "Lieu-dit Chiosura", "Morne Rouge", "3 chemin des Crêtes"],
        "full": ["12 rue Fesch 20000 Ajaccio", "3 av. Foch 97200 Fort-de-France", "Impasse Bel Air 97231 Le Robert",
                 "5 bd Pascal Paoli 20200 Bastia"],
    }
    assert fields.detect_by_content(cols, "email").field == "contact"
    assert fields.detect_by_content(cols, "phone").field == "num"
    assert fields.detect_by_content(cols, "address").field == "full"
    assert fields.detect_by_content(cols, "street", exclude=("full",)).field == "ligne"


def test_coordinates_by_value_ranges():
    rng = np.random.default_rng(5)
    lat = rng.uniform(14.45, 14.85, 50)
    lon = rng.uniform(-61.2, -60.85, 50)
    cols = {"a": [f"{v:.6f}".replace(".", ",") for v in lat], "b": list(lon), "n": list(range(50))}
    g = fields.detect_coordinates(cols)
    assert (g.x, g.y, g.kind, g.territory, g.epsg) == ("b", "a", "lonlat", "martinique", 4326)
    proj = {"X": list(rng.uniform(690000, 740000, 30)), "Y": list(rng.uniform(1600000, 1640000, 30))}
    g = fields.detect_coordinates(proj)
    assert (g.x, g.y, g.kind, g.epsg) == ("X", "Y", "projected", 5490)
    assert fields.detect_coordinates({"u": [1, 2], "v": [3, 4]}) is None


# ---- the sanitiser ------------------------------------------------------------------------------------
def test_geo_point_forms():
    assert fields.geo_point_lonlat({"lon": -62.85, "lat": 17.9}) == (-62.85, 17.9)
    assert fields.geo_point_lonlat('{"lon": -62.85, "lat": 17.9}') == (-62.85, 17.9)
    assert fields.geo_point_lonlat("17.9, -62.85") == (-62.85, 17.9)
    assert fields.geo_point_lonlat([17.9, -62.85]) == (-62.85, 17.9)
    assert fields.geo_point_lonlat({"type": "Point", "coordinates": [8.74, 41.93]}) == (8.74, 41.93)
    assert fields.geo_point_lonlat("rue Fesch, Ajaccio") is None
    assert fields.json_kind({"type": "Polygon", "coordinates": []}) == "geometry"
    assert fields.json_kind('["97701"]') == "list" and fields.json_kind("97701") == ""


def test_sanitize_values():
    assert fields.sanitize_value({"lon": 1.5, "lat": 2}) == '{"lon":1.5,"lat":2}'
    assert fields.sanitize_value(["97701"]) == '["97701"]'
    assert fields.sanitize_value(float("nan")) is None
    assert fields.sanitize_value(np.int64(3)) == 3 and type(fields.sanitize_value(np.int64(3))) is int
    assert type(fields.sanitize_value(np.float32(0.5))) is float
    assert fields.sanitize_value(np.bool_(True)) is True
    assert fields.sanitize_value(b"caf\xc3\xa9") == "café"


def test_plan_opendatasoft_columns():
    geo_shape = {"type": "Polygon", "coordinates": [[[-62.9, 17.9], [-62.8, 17.9], [-62.8, 18.0], [-62.9, 17.9]]]}
    columns = {
        "com_code": ['["97701"]'],
        "geo_point_2d": [{"lon": -62.85, "lat": 17.9}],
        "geo_shape": [geo_shape],
        "population": [np.int64(10660)],
        "surface": [24.4],
        "mixed": ["a"],
        "fid": [7],
        "Code Officiel": ["97701"],
        "code officiel": ["x"],
    }
    plans = {p.name: p for p in fields.plan_columns(columns)}
    assert plans["geo_shape"].action == "drop"
    assert plans["geo_point_2d"].action == "text" and plans["geo_point_2d"].type == "string"
    assert plans["com_code"].action == "text"
    assert (plans["population"].type, plans["surface"].type) == ("int", "double")
    assert plans["fid"].out_name == "fid_2"
    assert {plans["Code Officiel"].out_name.lower(), plans["code officiel"].out_name.lower()} == \
        {"code_officiel", "code_officiel_2"}
    out = fields.apply_plan(columns, list(plans.values()))
    assert "geo_shape" not in out
    assert json.loads(out["geo_point_2d"][0]) == {"lon": -62.85, "lat": 17.9}
    assert out["population"] == [10660] and type(out["population"][0]) is int
    for values in out.values():
        for v in values:
            assert v is None or isinstance(v, (int, float, str, bool))
            assert not (isinstance(v, float) and math.isnan(v))


def test_safe_field_names_shared():
    taken = set()
    assert fields.safe_field_name("N° client", taken) == "n_client"
    assert fields.safe_field_name("n_CLIENT", taken) == "n_client_2"
    assert fields.safe_field_name("2019") == "f_2019"
    assert census.sanitize_field_name("P19_POP") == "P19_POP"
