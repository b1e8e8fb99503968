"""Company prospects: selection, client exclusion, hand-checked ranking."""
from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from coodiag.processing_algorithms.analysis import bmo, companies, sirene
from coodiag.processing_algorithms.analysis.siae_catalogue import load_catalogue

DATA = Path(__file__).resolve().parents[1] / "data"
SAMPLE = ["2A004", "2A001", "2A006", "2A017", "2A103", "2A209", "2A271", "2A323", "2A336", "2A351"]


def establishments() -> pd.DataFrame:
    rows = [  # siret, name, sign, naf, band, size_min, employer, commune, address, postcode
        ("11111111100011", "NET AZUR", "", "81.21Z", "12", 20, "O", "2A004", "12 CRS NAPOLEON, 20000 AJACCIO", "20000"),
        ("22222222200022", "", "CHEZ PAUL", "56.10A", "01", 1, "O", "2A001", "3 AV DU GENERAL LECLERC, 20167 AFA",
         "20167"),
        ("33333333300033", "INFO CORSE", "", "62.01Z", "22", 100, "O", "2A004", "1 RUE FESCH, 20000 AJACCIO", "20000"),
        ("44444444400044", "PROPRE ILE", "", "81.21Z", "11", 10, "O", "2A004", "5 BD SAMPIERO, 20000 AJACCIO", "20000"),
        ("55555555500055", "PEINTURES DU GOLFE", "", "43.34Z", "03", 6, "O", "2A271", "RTE DE MEZZAVIA, 20167 SARROLA",
         "20167"),
    ]
    cols = ["siret", "name", "sign", "naf", "size_band", "size_min", "employer", "commune", "address", "postcode"]
    frame = pd.DataFrame(rows, columns=cols)
    frame["siren"] = frame["siret"].str[:9]
    return frame


def basin_trades() -> pd.DataFrame:
    rows = [("9407", "T4X60", 100, 60), ("9407", "S1X20", 50, 40), ("9407", "S2X61", 10, 2), ("9407", "B2X36", 41, 41)]
    frame = pd.DataFrame(rows, columns=["basin", "trade_code", "met", "xmet"])
    frame["difficulty"] = frame["xmet"] / frame["met"]
    return frame


BASIN = {c: "9407" for c in SAMPLE}


def test_ranking_and_travel_times_hand_checked():
    result = companies.prospects(establishments(), basin_trades=basin_trades(), commune_basin=BASIN,
                                 travel_minutes=[10, 30, 5, 50, 20], max_minutes=45)
    p = result.prospects.set_index("siret")
    # served activities: cleaning (81.21Z), restaurants (56.10A), painting (43.34Z, building trade); IT not
    assert list(result.prospects["siret"]) == ["11111111100011", "55555555500055", "22222222200022"]
    assert result.counts["beyond_max_minutes"] == 1  # the 2nd cleaning firm, 50 min away
    size1, size2 = math.log(21) / math.log(251), math.log(2) / math.log(251)
    time1, time2 = 1 - 10 / 45, 1 - 30 / 45
    diff1, diff2 = 60 / 100, (40 + 2) / (50 + 10)  # 81.21Z → T4X60; 56.10A → S1X20 + S2X61
    assert p.loc["11111111100011", "difficulty"] == pytest.approx(diff1)
    assert p.loc["22222222200022", "difficulty"] == pytest.approx(diff2)
    assert p.loc["11111111100011", "score"] == pytest.approx(0.4 * size1 + 0.3 * time1 + 0.3 * diff1)
    assert p.loc["22222222200022", "score"] == pytest.approx(0.4 * size2 + 0.3 * time2 + 0.3 * diff2)
    size5, time5, diff5 = math.log(7) / math.log(251), 1 - 20 / 45, 41 / 41  # 43.34Z → B2X36
    assert p.loc["55555555500055", "score"] == pytest.approx(0.4 * size5 + 0.3 * time5 + 0.3 * diff5)
    assert list(p["rank"]) == [1, 2, 3]
    assert p.loc["11111111100011", "trade_ids"] == "cleaning" and p.loc["22222222200022", "trade_ids"] == "catering"
    assert p.loc["11111111100011", "size_class"] == "10-49"


def test_tense_trades_and_weights_without_travel_times():
    result = companies.prospects(establishments(), mode="tense", basin_trades=basin_trades(), commune_basin=BASIN,
                                 min_difficulty=0.65)
    # tense: employers whose trades have a difficulty share >= 0.65: restaurant (0.70), painter (1.0)
    assert set(result.prospects["siret"]) == {"22222222200022", "55555555500055"}
    assert result.counts["weights_used"] == {"size": 0.4, "difficulty": 0.3}
    painter = result.prospects.set_index("siret").loc["55555555500055"]
    assert painter["score"] == pytest.approx((0.4 * math.log(7) / math.log(251) + 0.3 * 1.0) / 0.7)
    assert painter["reason"] == "both"  # also served (building trade)
    both = companies.prospects(establishments(), mode="both", basin_trades=basin_trades(), commune_basin=BASIN,
                               min_difficulty=0.65)
    assert set(both.prospects["siret"]) == {"11111111100011", "22222222200022", "44444444400044", "55555555500055"}
    assert both.prospects.set_index("siret").loc["22222222200022", "reason"] == "both"


def test_clients_are_never_prospects():
    clients = pd.DataFrame({
        "SIRET": ["11111111100011", "", "444444444"],
        "Raison sociale": ["Net Azur", "SARL Chez Paul", "Propre Île (siège)"],
        "Adresse": ["12 cours Napoléon", "3 avenue du Gal Leclerc 20167 Afa", "8 rue Fesch"],
        "Code INSEE": ["2A004", "", "2A004"],
    })
    columns = {"siret": "SIRET", "name": "Raison sociale", "address": "Adresse", "commune": "Code INSEE"}
    result = companies.prospects(establishments(), clients=clients, client_columns=columns, mode="both",
                                 basin_trades=basin_trades(), commune_basin=BASIN, min_difficulty=0.0)
    found = result.clients_found.set_index("siret")["client_match"].to_dict()
    assert found == {"11111111100011": "siret", "22222222200022": "name_address"}
    assert not set(found) & set(result.prospects["siret"])
    other = result.prospects.set_index("siret").loc["44444444400044"]  # same SIREN as a client: a lead, flagged
    assert bool(other["same_company_as_client"]) and other["client_match"] == ""


def test_a_client_with_the_same_siret_is_never_a_prospect_on_the_fixture():
    est = sirene.read_establishments(DATA / "sirene" / "StockEtablissement_sample.csv", SAMPLE,
                                     legal_units_path=DATA / "sirene" / "StockUniteLegale_sample.csv").frame
    rng = np.random.default_rng(3)
    chosen = est["siret"].to_numpy()[rng.choice(len(est), 60, replace=False)]
    clients = pd.DataFrame({"siret": chosen, "name": "x", "address": ""})
    trades = bmo.basin_trades(bmo.read_bmo(DATA / "bmo" / "bmo2024_be9407_ajaccio.csv"), ["9407"])
    minutes = rng.uniform(0, 60, len(est))
    for mode in ("served", "tense", "both"):
        result = companies.prospects(est, clients=clients, mode=mode, basin_trades=trades, commune_basin=BASIN,
                                     travel_minutes=minutes, max_minutes=45)
        assert not set(chosen) & set(result.prospects["siret"])
        assert set(result.clients_found["siret"]) <= set(chosen)
        assert (result.prospects["minutes"] <= 45).all()
        assert list(result.prospects["rank"]) == list(range(1, len(result.prospects) + 1))
        assert result.prospects["score"].is_monotonic_decreasing
    table = companies.aggregate(result.prospects)
    assert int(table["n"].sum()) == len(result.prospects)
    assert "name" not in table.columns


def test_keys_and_errors():
    assert companies.name_key("SARL Net Azur") == companies.name_key("net  AZUR") == "azur net"
    assert companies.address_key("12 cours Napoléon, 20000 Ajaccio") == companies.address_key("12 CRS NAPOLEON")
    assert companies.address_key("") == ""
    with pytest.raises(ValueError):
        companies.prospects(establishments(), travel_minutes=[1, 2])
    with pytest.raises(ValueError):
        companies.prospects(establishments(), mode="all")
    cat = load_catalogue()
    assert cat.fap_for_naf("81.21Z") == ["T4X60"] and cat.fap_for_naf("5610D") == ["S1X20", "S2X61"]
    assert cat.cpv_match("90911200-8")["trade"] == "cleaning" and cat.cpv_match("71000000") is None
