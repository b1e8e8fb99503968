"""DECP contracts: formats, place-of-execution filters, social considerations, buyer sums, rejects."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from coodiag.processing_algorithms.analysis import decp

DATA = Path(__file__).resolve().parents[1] / "data"
J2022 = DATA / "decp" / "decp_2022_corse.json"
J2019 = DATA / "decp" / "decp_2019_corse.json"
TAB = DATA / "decp" / "decp_tabular_corse.csv"
COG = DATA / "siae" / "communes_corse_cog.csv"
SHARED = Path(__file__).resolve().parents[3] / "shared" / "data" / "decp-sample"
SAMPLE = ["2A004", "2A001", "2A006", "2A017", "2A103", "2A209", "2A271", "2A323", "2A336", "2A351"]
B1, B2, B3 = "21200004600004", "24201005600008", "21200006100003"


@pytest.fixture(scope="module")
def territory():
    return decp.territory_from_cog(COG, SAMPLE)


@pytest.fixture(scope="module")
def j2022(territory):
    return decp.read_decp(J2022, territory)


def ids(result) -> set:
    return set(result.contracts["id"])


@pytest.mark.parametrize(("value", "status", "flags"), [
    (["Clause sociale"], "yes", (True, False, False)),
    (["Critère social", "Clause sociale"], "yes", (True, True, False)),
    (["Marché réservé"], "yes", (False, False, True)),
    ({"considerationSociale": ["Clause sociale", "Marché réservé", "Critère social"]}, "yes", (True, True, True)),
    ({"considerationSociale": "Clause sociale"}, "yes", (True, False, False)),
    ("Critère social, Clause sociale", "yes", (True, True, False)),  # tabular form
    ("CLAUSE  SOCIALE", "yes", (True, False, False)),
    (["Pas de considération sociale"], "no", (False, False, False)),
    ("Sans objet", "no", (False, False, False)),
    (None, "unknown", (None, None, None)),
    ("", "unknown", (None, None, None)),
    ({"considerationSociale": []}, "unknown", (None, None, None)),
])
def test_social_considerations_parse(value, status, flags):
    parsed = decp.parse_social(value)
    assert parsed["social"] == status
    assert (parsed["clause"], parsed["criterion"], parsed["reserved"]) == flags


def test_2019_format_is_unknown_never_no(territory):
    assert decp.parse_social(["Pas de considération sociale"], fmt="2019")["social"] == "unknown"
    result = decp.read_decp(J2019, territory)
    assert result.format == "2019" and ids(result) == {"2019-A1", "2019-A2"}
    assert set(result.contracts["social"]) == {"unknown"}
    assert result.contracts["social_clause"].isna().all()
    a2 = result.contracts.set_index("id").loc["2019-A2"]
    assert a2["buyer_id"] == B2  # the flattened "acheteur.id" key
    assert a2["duration_months"] is None or a2["duration_months"] != a2["duration_months"]  # "NC"


def test_each_place_type_filters(territory, j2022):
    got = j2022.contracts.set_index("id")
    # commune, postcode (20167 serves exactly the ten communes), postcode of one commune, département,
    # départemental arrondissement: in; region (not asked), Bastia, Paris, country, canton: out
    assert ids(j2022) == {"2024-001", "2024-002", "2024-003", "2024-004", "2024-005", "2024-006", "2024-014",
                          "2024-015", "2024-017"}
    assert got.loc["2024-001", "place_scope"] == "commune" and got.loc["2024-001", "place_commune"] == "2A004"
    assert got.loc["2024-002", "place_scope"] == "postcode" and got.loc["2024-002", "place_commune"] == ""
    assert got.loc["2024-003", "place_scope"] == "postcode" and got.loc["2024-003", "place_commune"] == "2A004"
    assert got.loc["2024-004", "place_scope"] == "departement"
    assert got.loc["2024-017", "place_scope"] == "arrondissement"
    with_region = decp.read_decp(J2022, territory, scopes=decp.DEFAULT_SCOPES + ("region",))
    assert ids(with_region) == ids(j2022) | {"2024-007"}
    communes_only = decp.read_decp(J2022, territory, scopes=("commune",))
    assert ids(communes_only) == {"2024-001", "2024-005", "2024-015"}
    # a smaller territory: 20167 also serves communes outside it -> kept but flagged partial
    ajaccio = decp.territory_from_cog(COG, ["2A004"])
    small = decp.read_decp(J2022, ajaccio).contracts.set_index("id")
    assert small.loc["2024-002", "place_scope"] == "postcode_partial"
    assert small.loc["2024-003", "place_scope"] == "postcode"
    assert "2024-015" not in small.index  # Afa
    assert j2022.counts["unplaceable"] == 2  # country and canton
    assert j2022.counts["concessions_skipped"] == 1


def test_malformed_records_are_returned_with_a_reason(j2022):
    rejected = j2022.rejected.set_index("id")["reason"].to_dict()
    assert rejected == {"2024-010": "missing_buyer", "2024-011": "amount_not_numeric",
                        "2024-012": "unknown_place_type"}
    assert j2022.counts["malformed"] == {"missing_buyer": 1, "amount_not_numeric": 1, "unknown_place_type": 1}
    assert j2022.counts["records"] == 18 and j2022.counts["rejected"] == 3
    got = j2022.contracts.set_index("id")
    assert got.loc["2024-005", "amount"] == 60000.0  # a numeric string is a number, not text
    assert bool(got.loc["2024-014", "amount_outlier"]) and got.loc["2024-014", "amount"] != got.loc[
        "2024-014", "amount"]
    assert j2022.counts["amount_outliers"] == 1
    assert got.loc["2024-001", "amount_modified"] == 130000.0 and got.loc["2024-001", "amount"] == 120000.0


def test_buyer_table_equals_hand_sums(j2022, territory):
    table = decp.buyer_table(j2022.contracts).set_index("buyer_id")
    b1, b2, b3 = table.loc[B1], table.loc[B2], table.loc[B3]
    # B1: 120,000 + 80,000 + 45,000.50 (+ the 1e17 outlier, left out); 3 with a social consideration, 1 "no"
    assert (b1["n_contracts"], b1["amount"], b1["n_amount_missing"]) == (4, 245000.5, 1)
    assert (b1["n_social_yes"], b1["n_social_no"], b1["n_social_unknown"]) == (3, 1, 0)
    assert b1["social_share"] == pytest.approx(0.75) and b1["social_amount"] == 245000.5
    assert (b1["n_siae_cpv"], b1["siae_cpv_amount"]) == (3, 245000.5)
    assert b1["siae_trades"] == "building:1,cleaning:1,green_spaces:1"
    # B2: 300,000 + 60,000 + 52,000 + 40,000; yes 2 (005, 015), no 1 (004), unknown 1 (006, field absent)
    assert (b2["n_contracts"], b2["amount"]) == (4, 452000.0)
    assert (b2["n_social_yes"], b2["n_social_no"], b2["n_social_unknown"]) == (2, 1, 1)
    assert b2["social_share"] == pytest.approx(2 / 3) and b2["social_amount"] == 100000.0
    assert b2["siae_trades"] == "catering:1,cleaning:1,home_help:1" and b2["siae_cpv_amount"] == 152000.0
    assert (b3["n_contracts"], b3["amount"], b3["siae_trades"]) == (1, 90000.0, "waste_recycling:1")
    assert list(table.index) == [B2, B1, B3]  # by amount descending
    holders = decp.holder_rows(j2022.contracts)
    assert len(holders) == 10  # 2024-006 has two holders
    assert set(holders.loc[holders["uid"] == B2 + "2024-006", "holder_id"]) == {"39258411600025", "99900000300007"}


def test_tabular_consolidated_file(territory):
    result = decp.read_decp(TAB, territory)
    assert result.format == "tabular" and result.counts["rows_read"] == 12
    got = result.contracts.set_index("uid")
    assert set(got.index) == {B1 + "T001", B1 + "T002", B1 + "T003", B2 + "T004", B1 + "T010"}
    two = got.loc[B1 + "T002"]
    assert two["n_holders"] == 2 and two["amount"] == 200000.0  # one contract, two holder rows: counted once
    assert (two["social"], two["social_clause"], two["social_criterion"]) == ("yes", True, True)
    mod = got.loc[B1 + "T003"]
    assert (mod["amount"], mod["amount_modified"], mod["social"]) == (50000.0, 65000.0, "no")  # « Sans objet »
    assert got.loc[B2 + "T004", "social"] == "unknown"  # empty cell
    assert got.loc[B1 + "T010", "place_commune"] == "2A004" and got.loc[B1 + "T010", "social_reserved"]
    assert got.loc[B1 + "T001", "buyer_lat"] == pytest.approx(41.9192)
    assert result.rejected.set_index("uid")["reason"].to_dict() == {
        "T006": "missing_buyer", B1 + "T007": "amount_not_numeric", B1 + "T008": "unknown_place_type"}
    table = decp.buyer_table(result.contracts).set_index("buyer_id")
    assert (table.loc[B1, "n_contracts"], table.loc[B1, "amount"]) == (4, 351500.5)
    assert table.loc[B1, "social_share"] == pytest.approx(3 / 4)
    assert table.loc[B1, "buyer_commune"] == "2A004"


def test_tabular_by_buyer_commune(territory):
    by_buyer = decp.read_decp(TAB, territory, by="buyer")
    assert set(by_buyer.contracts["uid"]) == {B1 + "T001", B1 + "T002", B1 + "T003", B1 + "T010", B3 + "T009"}
    assert by_buyer.contracts.set_index("uid").loc[B3 + "T009", "in_territory_by"] == "buyer"
    either = decp.read_decp(TAB, territory, by="either")
    assert set(either.contracts["uid"]) == set(by_buyer.contracts["uid"]) | {B2 + "T004"}
    # JSON files carry no buyer location: the caller gives SIRET → commune
    json_buyer = decp.read_decp(J2022, territory, by="buyer", buyer_communes={B3: "2A006"})
    assert ids(json_buyer) == {"2024-007", "2024-008", "2024-009", "2024-013", "2024-017"}


def test_streaming_reads_in_small_pieces(territory, j2022, tmp_path):
    records = list(decp.iter_json_records(J2022, chunk_chars=64))
    assert len(records) == 18 and all(fmt == "2022" for fmt, _r in records)
    chunked = decp.read_decp(TAB, territory, chunk_rows=2)
    assert chunked.contracts.equals(decp.read_decp(TAB, territory).contracts)
    plain = tmp_path / "list.json"
    plain.write_text(json.dumps([r for _f, r in records]), encoding="utf-8")
    assert ids(decp.read_decp(plain, territory)) == ids(j2022)
    broken = tmp_path / "broken.json"
    broken.write_text('{"marches": {"marche": [{"id": "1", "acheteur": {"id": "x"}', encoding="utf-8")
    with pytest.raises(decp.DecpError):
        decp.read_decp(broken, territory)
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(decp.DecpError):
        decp.read_decp(other, territory)


@pytest.mark.skipif(not SHARED.exists(), reason="shared DECP format fixtures not available")
def test_shared_format_fixtures():
    everywhere = decp.Territory(communes={"69123"}, postcodes={"97430": {"97424"}, "87000": {"87085"},
                                                               "03120": {"03138"}, "50340": {"50041"}},
                                departements={"69"})
    everywhere.communes |= {"97424", "87085", "03138", "50041"}
    r2022 = decp.read_decp(SHARED / "decp_test_2022.json", everywhere)
    assert r2022.format == "2022" and r2022.counts["records"] == 5 and len(r2022.contracts) == 5
    social = r2022.contracts.set_index("id")["social"].to_dict()
    assert social == {"2022VI2022.242": "no", "2020F00075": "no", "202401L04": "no", "2019K1209": "no",
                      "202207LOT03": "yes"}
    assert r2022.counts["amount_outliers"] == 1  # the 1e17 test amount
    r2019 = decp.read_decp(SHARED / "decp_test_2019.json", everywhere)
    assert r2019.format == "2019" and set(r2019.contracts["social"]) == {"unknown"}
    assert len(r2019.contracts) == 2


def test_buyers_located_by_siren_from_the_cog_table(territory):
    buyers = decp.buyer_communes_from_cog(COG, SAMPLE)
    assert buyers["212000046"] == "2A004" and buyers["212000061"] == "2A006"  # communes (column siren)
    assert buyers["242010056"] == "2A004"  # the CA du Pays Ajaccien: its most populous member commune
    assert decp.buyer_commune_of(buyers, B3) == "2A006" and decp.buyer_commune_of(buyers, "999") == ""
    by_buyer = decp.read_decp(J2022, territory, by="buyer", buyer_communes=buyers)
    assert {"2024-001", "2024-004", "2024-017", "2024-008", "2024-009"} <= ids(by_buyer)  # Bastia, Paris: by buyer
