"""SIAE register: formats, kinds, communes of the territory, SIRET matching with DECP holders."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from coodiag.processing_algorithms.analysis import decp, siae_register as sr

DATA = Path(__file__).resolve().parents[1] / "data"
CORSE = DATA / "siae" / "siae_corse.csv"
COG = DATA / "siae" / "communes_corse_cog.csv"
SHARED_GEOJSON = Path(__file__).resolve().parents[3] / "shared" / "data" / "siae-inclusion" / "siae_france.geojson"
SAMPLE = ["2A004", "2A001", "2A006", "2A017", "2A103", "2A209", "2A271", "2A323", "2A336", "2A351"]
AJACCIO_SIAE = {"32614240300079", "43969385400028", "84518732700018", "41803371800036", "39208404200028",
                "39258411600025", "48432793700021", "83118979000023", "50274202600037", "83004061400075",
                "49901947900033"}  # the 11 rows of siae_corse.csv whose city is Ajaccio (SOURCE.md table)


@pytest.fixture(scope="module")
def corse():
    register = sr.read_register(CORSE)
    return sr.resolve_communes(register.frame, sr.commune_lookup(COG)), register


@pytest.mark.parametrize(("raw", "kind"), [
    ("ACI", "ACI"), ("aci", "ACI"), ("ACI_DC", "ACI"), ("ACIPHC", "ACI"), ("EI_MP", "EI"), ("ETTI", "ETTI"),
    ("EITI", "EITI"), ("GEIQ", "GEIQ"), ("EA", "EA"), ("EATT", "EATT"), ("AI", "AI"),
    ("Association intermédiaire", "AI"), ("Entreprise de travail temporaire d'insertion", "ETTI"),
    ("Atelier et chantier d'insertion", "ACI"), ("Entreprise adaptée", "EA"), ("siae", "SIAE"), ("CCAS", ""),
    ("", ""),
])
def test_normalize_kind(raw, kind):
    assert sr.normalize_kind(raw) == kind


def test_corsica_extract_ajaccio_siae_are_in_the_sample_territory(corse):
    frame, register = corse
    assert register.source_format == "plateforme_csv" and register.counts["kept"] == 34
    assert register.counts["by_kind"] == {"ACI": 22, "AI": 1, "EI": 7, "ETTI": 3, "GEIQ": 1}
    assert register.counts["no_position"] == 2
    assert (frame["commune_source"] == "postcode_name").all()  # 20167 alone serves ten communes
    inside = sr.select_in_communes(frame, SAMPLE)
    assert set(inside["siret"]) == AJACCIO_SIAE
    assert set(inside["commune"]) == {"2A004"}
    assert "49139845900017" not in set(inside["siret"])  # Olmeto
    etti = sr.select_in_communes(frame, SAMPLE, kinds=["etti"])
    assert set(etti["siret"]) == {"50274202600037", "83004061400075"}
    no_coords = inside[inside["lon"].isna()]
    assert list(no_coords["siret"]) == ["32614240300079"]  # kept: located by its commune, not by a point


def test_geojson_and_asp_list(tmp_path):
    collection = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"siret": "43969385400028", "name": "ASSOC DEFI", "kind": "ACI",
                                           "naf": "3811Z", "post_code": "20000", "city": "Ajaccio",
                                           "department": "2A"},
         "geometry": {"type": "Point", "coordinates": [8.738096, 41.921297]}},
        {"type": "Feature", "properties": {"siret": "", "name": "", "kind": "EI"}, "geometry": None}]}
    path = tmp_path / "siae.geojson"
    path.write_text(json.dumps(collection), encoding="utf-8")
    reg = sr.read_register(path)
    assert reg.source_format == "geojson" and reg.counts["kept"] == 1 and reg.counts["rejected"] == 1
    row = reg.frame.iloc[0]
    assert (row["kind"], row["naf"], row["lon"], row["lat"]) == ("ACI", "3811Z", 8.738096, 41.921297)
    asp = tmp_path / "asp.csv"
    asp.write_text("N° SIRET;Raison sociale;Mesure;Adresse;Code postal;Commune;Code INSEE\n"
                   "39258411600025;ASSOC EI MIEUX VIVRE;EI_DC;Av Napoléon;20090;Ajaccio;2A004\n"
                   "48432793700021;ASSOC FALEPA;ACI_DC;;20090;Ajaccio;\n"
                   "1234567890123;ATELIER CHANTIER D'INSERTION DU GOLFE;;;20167;Afa;\n", encoding="utf-8")
    reg = sr.read_register(asp)
    assert list(reg.frame["kind"]) == ["EI", "ACI", "ACI"]
    assert list(reg.frame["kind_source"]) == ["field", "field", "name"]
    assert reg.frame.iloc[2]["siret"] == "01234567890123"  # lost leading zero restored
    resolved = sr.resolve_communes(reg.frame, sr.commune_lookup(COG))
    assert list(resolved["commune"]) == ["2A004", "2A004", "2A001"]
    assert list(resolved["commune_source"]) == ["given", "postcode_name", "postcode_name"]


def test_data_inclusion_structures(tmp_path):
    items = [
        {"id": "1", "source": "emplois-de-linclusion", "nom": "Chantier d'insertion du Golfe",
         "siret": "48432793700021",
         "commune": "Ajaccio", "code_postal": "20090", "code_insee": "2A004", "longitude": 8.73, "latitude": 41.93,
         "reseaux_porteurs": ["siae"]},
        {"id": "2", "source": "dora", "nom": "GEIQ BTP Corse", "siret": "41463847800050", "commune": "Bastia",
         "code_postal": "20200", "code_insee": "2B033", "reseaux_porteurs": ["geiq"]},
        {"id": "3", "source": "dora", "nom": "Mission locale d'Ajaccio", "siret": "13000000000017",
         "code_insee": "2A004", "reseaux_porteurs": ["mission-locale"]},
        {"id": "4", "source": "emplois-de-linclusion", "nom": "Intérim Solidaire", "siret": "50274202600037",
         "code_insee": "2A004", "typologie": "ETTI", "reseaux_porteurs": ["siae", "coorace"]},
        {"id": "5", "source": "dora", "nom": "EA du Cap", "siret": "", "code_insee": "2B033",
         "reseaux_porteurs": ["unea"]},
    ]
    api = tmp_path / "structures.json"
    api.write_text(json.dumps({"items": items, "total": 5}), encoding="utf-8")
    reg = sr.read_register(api)
    assert reg.source_format == "data_inclusion" and reg.counts["not_inclusive"] == 1
    got = reg.frame.set_index("name")[["kind", "kind_source", "commune", "networks"]]
    assert got.loc["Chantier d'insertion du Golfe"].tolist() == ["ACI", "name", "2A004", "siae"]
    assert got.loc["GEIQ BTP Corse"].tolist()[:2] == ["GEIQ", "name"]
    assert got.loc["Intérim Solidaire"].tolist()[:2] == ["ETTI", "field"]
    assert got.loc["EA du Cap"].tolist()[:2] == ["EA", "name"]
    lines = tmp_path / "structures.jsonl"
    lines.write_text("\n".join(json.dumps(i) for i in items), encoding="utf-8")
    assert sr.read_register(lines).frame.equals(reg.frame)
    assert list(sr.select_in_communes(reg.frame, SAMPLE)["siret"]) == ["48432793700021", "50274202600037"]


def test_siret_matching_with_decp_holders(corse):
    frame, _register = corse
    territory = decp.territory_from_cog(COG, SAMPLE)
    contracts = decp.read_decp(DATA / "decp" / "decp_2022_corse.json", territory).contracts
    holders = decp.holder_rows(contracts)
    matched = sr.match_contract_holders(sr.select_in_communes(frame, SAMPLE), holders).set_index("siret")
    mieux = matched.loc["39258411600025"]  # 2024-001 (clause, 120,000) and 2024-006 (unknown, 52,000)
    assert (mieux["n_contracts"], mieux["n_social_contracts"]) == (2, 1)
    assert (mieux["contracts_amount"], mieux["social_amount"]) == (172000.0, 120000.0)
    assert bool(mieux["holds_social_contracts"])
    assert set(matched.index[matched["holds_social_contracts"]]) == {
        "39258411600025", "48432793700021", "83118979000023", "43969385400028"}
    assert matched.loc["84518732700018", "n_contracts"] == 0
    # another establishment of the same company holds a contract: a lead, not a match
    other = pd.DataFrame([{"uid": "u1", "holder_id": "84518732700026", "social": "yes", "amount": 5.0}])
    lead = sr.match_contract_holders(sr.select_in_communes(frame, SAMPLE), other).set_index("siret")
    assert lead.loc["84518732700018", "n_contracts"] == 0 and lead.loc["84518732700018", "n_contracts_same_siren"] == 1
    empty = sr.match_contract_holders(frame, pd.DataFrame())
    assert not empty["holds_social_contracts"].any()


@pytest.mark.skipif(not SHARED_GEOJSON.exists(), reason="shared SIAE register not available")
def test_france_register():
    reg = sr.read_register(SHARED_GEOJSON)
    assert reg.counts["kept"] == 3815
    assert reg.counts["by_kind"] == {"ACI": 1797, "AI": 619, "EA": 2, "EI": 931, "ETTI": 296, "GEIQ": 170}
