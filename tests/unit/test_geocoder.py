import numpy as np
import pandas as pd
import pytest

from coodiag.processing_algorithms.analysis import geocoder as g


def _ban():
    rows = [
        # numero, rep, nom_voie, cp, insee, commune, lon, lat, nom_ld
        ("1", "", "Cours Napoléon", "20000", "2A004", "Ajaccio", 8.7300, 41.9200, ""),
        ("3", "", "Cours Napoléon", "20000", "2A004", "Ajaccio", 8.7302, 41.9202, ""),
        ("3", "bis", "Cours Napoléon", "20000", "2A004", "Ajaccio", 8.7303, 41.9203, ""),
        ("10", "", "Cours Napoléon", "20000", "2A004", "Ajaccio", 8.7310, 41.9210, ""),
        ("2", "", "Avenue du Maréchal Lyautey", "20090", "2A004", "Ajaccio", 8.7500, 41.9300, ""),
        ("4", "", "Avenue du Maréchal Lyautey", "20090", "2A004", "Ajaccio", 8.7502, 41.9302, ""),
        ("1", "", "Route du Village", "20167", "2A001", "Afa", 8.8000, 41.9800, ""),
        ("2", "", "Route du Village", "20167", "2A001", "Afa", 8.8002, 41.9802, ""),
        ("1", "", "Route du Village", "20167", "2A006", "Alata", 8.7400, 41.9700, ""),
        ("5", "", "Chemin des Oliviers", "20167", "2A006", "Alata", 8.7410, 41.9710, ""),
        ("5001", "", "Casabianca", "20167", "2A006", "Alata", 8.7420, 41.9720, "Casabianca"),
        ("12", "", "Rue de Rivoli", "75001", "75101", "Paris 1er Arrondissement", 2.34, 48.86, ""),
        ("7", "", "Rue de la Paix", "01000", "01004", "Ambérieu-en-Bugey", 5.36, 45.96, ""),
        ("2", "", "Rue du Cardinal Fesch", "20000", "2A004", "Ajaccio", 8.7380, 41.9190, ""),
        ("4", "", "Rue du Cardinal Fesch", "20000", "2A004", "Ajaccio", 8.7382, 41.9192, ""),
    ]
    cols = ["numero", "rep", "nom_voie", "code_postal", "code_insee", "nom_commune", "lon", "lat", "nom_ld"]
    return pd.DataFrame(rows, columns=cols).astype(str)


@pytest.fixture(scope="module")
def index():
    return g.BanIndex.from_frame(_ban())


def _one(index, communes=None, **query):
    return g.geocode(pd.DataFrame([query]), index, communes).iloc[0]


def test_exact_housenumber_with_abbreviations(index):
    r = _one(index, number="3 bis", street="CRS NAPOLEON", postcode="20000", city="AJACCIO")
    assert (r.geo_type, r.geo_method, r.geo_insee, r.reason) == ("housenumber", "exact_number", "2A004", "")
    assert (r.lon, r.lat) == (8.7303, 41.9203)
    assert r.geo_score == pytest.approx(1.0)


def test_full_address_column(index):
    r = _one(index, address="4 av. du Mal Lyautey 20090 Ajaccio")
    assert (r.geo_type, r.lon) == ("housenumber", 8.7502)


def test_nearest_number_same_side(index):
    r = _one(index, number="7", street="Cours Napoleon", insee="2A004")
    assert (r.geo_type, r.geo_method, r.geo_note) == ("street", "nearest_number", "number_not_found")
    assert r.lon == 8.7302  # 3 is the nearest odd number (not 10)
    assert r.geo_score == pytest.approx(0.85)


def test_street_without_number_and_core_key(index):
    r = _one(index, street="Napoléon", postcode="20000")
    assert (r.geo_type, r.geo_method) == ("street", "street_centroid")
    assert r.geo_score == pytest.approx(0.9 * 0.75)


def test_typo_fuzzy(index):
    r = _one(index, number="4", street="Rue Cardinal Fech", city="Ajaccio")
    assert (r.geo_type, r.geo_note) == ("housenumber", "fuzzy_street")
    assert 0.75 <= r.geo_score < 1


def test_shared_postcode_resolved_by_city_or_street(index):
    afa = _one(index, number="2", street="Route du Village", postcode="20167", city="Afa")
    assert afa.geo_insee == "2A001"
    alata = _one(index, number="5", street="Chemin des Oliviers", postcode="20167")
    assert alata.geo_insee == "2A006"  # street exists in one commune of the postcode only
    amb = _one(index, postcode="20167")
    assert amb.reason == "ambiguous_commune"


def test_locality(index):
    r = _one(index, street="casabianca", city="Alata")
    assert r.geo_type == "locality"


def test_commune_centroid_fallback_and_refusal(index):
    r = _one(index, number="1", street="Rue Inconnue", insee="2A004")
    assert (r.geo_type, r.geo_note) == ("municipality", "street_not_found")
    strict = g.geocode(pd.DataFrame([{"street": "Rue Inconnue", "insee": "2A004"}]), index,
                       accept_municipality=False).iloc[0]
    assert strict.reason == "street_not_found"


def test_commune_table_centroid_preferred(index):
    table = g.CommuneTable(codes=["2A004"], names=["Ajaccio"], lon=[8.70], lat=[41.93])
    r = _one(index, table, insee="2A004")
    assert (r.lon, r.lat, r.geo_type) == (8.70, 41.93, "municipality")


def test_insee_lost_zero_and_old_corsican_code(index):
    r = _one(index, number="7", street="rue de la paix", insee="1004")
    assert (r.geo_insee, r.geo_type) == ("01004", "housenumber")
    r = _one(index, insee="20004")
    assert (r.geo_insee, r.geo_note) == ("2A004", "insee_fixed")


def test_paris_arrondissement(index):
    r = _one(index, number="12", street="rue de rivoli", insee="75056", postcode="75001")
    assert (r.geo_insee, r.geo_type) == ("75101", "housenumber")
    r = _one(index, number="12", street="rue de rivoli", city="Paris 1er")
    assert r.geo_insee == "75101"


def test_reasons(index):
    q = pd.DataFrame([{"insee": "99999"}, {"insee": "abc"}, {"postcode": "99000"}, {"city": "Nowhere"}, {}])
    assert g.geocode(q, index)["reason"].tolist() == [
        "unknown_insee", "invalid_insee", "unknown_postcode", "unknown_city", "no_location"]


def test_commune_only_without_ban():
    table = g.CommuneTable(codes=["2A004", "2A001"], names=["Ajaccio", "Afa"], lon=[8.7, 8.8], lat=[41.9, 42.0])
    out = g.geocode(pd.DataFrame({"insee": ["2A004", "2a001", "2A999", "1004"]}), None, table)
    assert out["geo_type"].tolist()[:2] == ["municipality", "municipality"]
    assert out["reason"].tolist() == ["", "", "unknown_insee", "unknown_insee"]


def test_homonyms_told_apart_by_the_postcode_without_ban():
    """A regional communes layer holds Ifs (14) and Ifs (76): without an address file the postcode's département
    picks the commune; without a postcode the name stays ambiguous (a reason, not a guess)."""
    table = g.CommuneTable(codes=["14341", "76371", "14215", "27194", "76206"],
                           names=["Ifs", "Ifs", "Cuverville", "Cuverville", "Cuverville"],
                           lon=[-0.35, 1.0, -0.26, 1.4, 0.3], lat=[49.14, 49.7, 49.24, 49.2, 49.7])
    gaz = g.Gazetteer(None, table)
    assert gaz.resolve("", "14123", "IFS")[0] == ("14341",)
    assert gaz.resolve("", "14840", "Cuverville")[0] == ("14215",)
    assert gaz.resolve("", "", "Cuverville")[0] == ("14215", "27194", "76206")
    assert gaz.resolve("", "33000", "Ifs")[0] == ("14341", "76371")  # a postcode pointing elsewhere: no pick
    # without an address file a postcode alone places nothing, and says why; an unknown name is named as such
    assert gaz.resolve("", "14000", "")[1] == "postcode_only"
    assert gaz.resolve("", "75011", "PARIS")[1] == "unknown_city"


def test_missing_ban_columns():
    with pytest.raises(g.BanFormatError) as err:
        g.BanIndex.from_frame(pd.DataFrame({"numero": ["1"]}))
    assert "nom_voie" in err.value.missing


def test_vectorised_many_rows(index):
    q = pd.DataFrame({"number": ["1", "3", "99"] * 1000, "street": ["cours napoleon"] * 3000,
                      "city": ["Ajaccio"] * 3000})
    out = g.geocode(q, index)
    assert (out["reason"] == "").all()
    assert np.isfinite(out["lon"]).all()
    assert out["geo_type"].value_counts().to_dict() == {"housenumber": 2000, "street": 1000}
