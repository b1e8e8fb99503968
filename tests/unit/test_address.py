import pytest

from coodiag.processing_algorithms.analysis import address as a


@pytest.mark.parametrize(("raw", "key"), [
    ("Av. du Maréchal Lyautey", "avenue marechal lyautey"),
    ("AV MAL LYAUTEY", "avenue marechal lyautey"),
    ("bd Pascal-Rossini", "boulevard pascal rossini"),
    ("Ch. de l'Église", "chemin eglise"),
    ("RTE DES SANGUINAIRES", "route sanguinaires"),
    ("pl. St-Nicolas", "place saint nicolas"),
    ("Imp. Ste Lucie", "impasse sainte lucie"),
    ("Rue  d’Italie ", "rue italie"),
    ("Cœur de ville", "coeur ville"),
])
def test_street_key(raw, key):
    assert a.street_key(raw) == key


def test_core_key_drops_street_type():
    assert a.street_core_key("Cours Napoléon") == "napoleon"
    assert a.street_core_key("napoleon") == "napoleon"


@pytest.mark.parametrize(("raw", "key"), [
    ("AJACCIO", "ajaccio"), ("Ajaccio Cedex 1", "ajaccio"), ("La Trinité", "trinite"),
    ("L'Île-Rousse", "ile rousse"), ("St-Étienne", "saint etienne"), ("Les Ulis", "ulis"),
    ("Paris 15e", "paris 15"), ("Marseille 1er arrondissement", "marseille 1"),
    ("Sarrola Carcopino", "sarrola carcopino"), ("Sarrola-Carcopino", "sarrola carcopino"),
])
def test_commune_key(raw, key):
    assert a.commune_key(raw) == key


@pytest.mark.parametrize(("raw", "expected"), [
    ("12", (12, "")), ("12 bis", (12, "bis")), ("12B", (12, "bis")), ("12 ter", (12, "ter")),
    ("7q", (7, "quater")), ("12-14", (12, "")), ("12.0", (12, "")), ("", (None, "")), ("s/n", (None, "")),
    ("4 A", (4, "a")),
])
def test_parse_number(raw, expected):
    assert a.parse_number(raw) == expected


def test_split_number_street():
    assert a.split_number_street("12 bis av. Foch") == (12, "bis", "av. Foch")
    assert a.split_number_street("Route du Village") == (None, "", "Route du Village")
    assert a.split_number_street("3, rue Fesch") == (3, "", "rue Fesch")


def test_parse_full_address():
    p = a.parse_full_address("12 bis av. du Premier Consul 20000 Ajaccio")
    assert p == {"number": 12, "rep": "bis", "street": "av. du Premier Consul", "postcode": "20000",
                 "city": "Ajaccio"}
    p = a.parse_full_address("5, rue Fesch, 20 000 AJACCIO")
    assert (p["number"], p["street"], p["postcode"], p["city"]) == (5, "rue Fesch", "20000", "AJACCIO")
    p = a.parse_full_address("Route du Village - Peri")
    assert (p["number"], p["street"], p["city"]) == (None, "Route du Village", "Peri")


@pytest.mark.parametrize(("raw", "code"), [
    (1004, "01004"), ("1004", "01004"), ("1004.0", "01004"), ("01004", "01004"), ("2a004", "2A004"),
    ("2B33", "2B033"), (" 75056 ", "75056"), ("abc", ""), ("", ""), (None, ""), ("123456", ""),
])
def test_normalize_insee(raw, code):
    assert a.normalize_insee(raw) == code


def test_old_corsican_code_needs_known_codes():
    assert a.normalize_insee("20004", known={"2A004", "2B033"}) == "2A004"
    assert a.normalize_insee("20033", known={"2A004", "2B033"}) == "2B033"
    assert a.normalize_insee("20004") == "20004"


def test_arrondissements():
    assert a.arrondissement_code("75056", "75015") == "75115"
    assert a.arrondissement_code("69123", "69003") == "69383"
    assert a.arrondissement_code("13055", "13008") == "13208"
    assert a.arrondissement_code("13055", "13100") == ""
    assert a.arrondissement_from_name("paris 15") == "75115"
    assert a.parent_commune("13208") == "13055"
    assert a.parent_commune("2A004") == "2A004"


def test_postcode():
    assert a.normalize_postcode("1000") == "01000"
    assert a.normalize_postcode(20000.0) == "20000"
    assert a.normalize_postcode("2A000") == ""
