"""Pure helpers of the public-data loaders: Filosofi schema and vintages, INSEE codes, census tables."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from coodiag.processing_algorithms.analysis import census, filosofi, insee_codes


# ---- Filosofi ----------------------------------------------------------------------------------------
def test_schema_is_the_2019_names_plus_ids_vintage_and_size():
    names = filosofi.FILOSOFI_FIELD_NAMES
    assert names[:4] == ("idcar", "idcar_200m", "idcar_1km", "i_est_200")
    assert names[-2:] == ("vintage", "cell_size")
    assert len(names) == 4 + 28 + 2
    assert {"ind", "men", "men_pauv", "ind_snv", "log_soc", "ind_80p", "ind_inc"} <= set(names)
    kinds = {n: k for n, k, _m in filosofi.FILOSOFI_SCHEMA}
    assert kinds["ind"] == "double" and kinds["i_est_200"] == "int" and kinds["idcar"] == "string"


@pytest.mark.parametrize(("fields", "cell_id", "flag"), [
    (["idcar_200m", "idcar_1km", "i_est_200", "ind", "men"], "idcar_200m", "i_est_200"),  # 2019
    (["Idcar_200m", "Idcar_1km", "I_est_200", "Ind", "Men_pauv"], "Idcar_200m", "I_est_200"),  # 2017
    (["IdINSPIRE", "Id_carr1km", "I_est_cr", "Groupe", "Ind"], "IdINSPIRE", "I_est_cr"),  # 2015
    (["idcar_1km", "i_est_1km", "ind"], "idcar_1km", "i_est_1km"),  # 1 km grid
    (["idcar_200m", "imputed", "ind", "ind_snv"], "idcar_200m", "imputed"),  # gridviz re-tiling
])
def test_map_fields_across_vintages(fields, cell_id, flag):
    mapping = filosofi.map_fields(fields)
    assert mapping.cell_id == cell_id
    assert mapping.flag_source == flag
    assert mapping.source["ind"].lower() == "ind"
    assert mapping.grid_1km == (cell_id == "idcar_1km")


def test_map_fields_rejects_a_table_that_is_not_filosofi():
    with pytest.raises(filosofi.NotFilosofiError) as err:
        filosofi.map_fields(["code_qp", "pop_mun"])
    assert len(err.value.missing) == 2 and "ind" in err.value.missing


@pytest.mark.parametrize(("fields", "name", "vintage", "mixed"), [
    (["IdINSPIRE", "I_est_cr", "Ind"], "carreaux.csv", 2015, False),
    (["Idcar_200m", "I_est_200", "Ind", "Men"], "Filosofi2017_carreaux_200m_met.csv", 2017, False),
    (["idcar_200m", "i_est_200", "ind", "men"], "filosofi2019_200m_ajaccio.gpkg", 2019, False),
    (["idcar_200m", "i_est_200", "ind", "men"], "carreaux_200m_met_2021.gpkg", 2021, False),
    (["idcar_200m", "i_est_200", "ind", "men"], "carreaux.gpkg", None, False),
    (["Idcar_200m", "I_est_200", "Ind", "Men"], "filosofi2019_200m.csv", 2019, True),
    (["IdINSPIRE", "I_est_cr", "Ind"], "filosofi_2021.csv", 2021, True),
])
def test_guess_vintage(fields, name, vintage, mixed):
    guess = filosofi.guess_vintage(fields, name)
    assert guess.vintage == vintage
    assert guess.mixed is mixed


def test_vintage_column_with_several_years_is_mixed():
    guess = filosofi.guess_vintage(["idcar_200m", "ind", "annee"], "x.csv", [2017, 2019, np.nan])
    assert guess.vintage == 2019 and guess.mixed


def test_inspire_ids_round_trip():
    assert filosofi.parse_inspire_id("CRS3035RES200mN2058600E4221400") == (3035, 200, 4221400.0, 2058600.0)
    assert filosofi.parse_inspire_id("CRS3035RES1000mN2058000E4221000")[1] == 1000
    assert filosofi.parse_inspire_id("CRS5490RES200mN1620000E700000")[0] == 5490
    assert filosofi.parse_inspire_id("nope") is None
    assert filosofi.inspire_id(3035, 200, 4221400, 2058600) == "CRS3035RES200mN2058600E4221400"
    frame = filosofi.parse_inspire_ids(["CRS3035RES200mN2058600E4221400", "bad", "crs3035res1kmN1E2"])
    assert frame["x"].iloc[0] == 4221400 and math.isnan(frame["x"].iloc[1])
    assert frame["size"].iloc[2] == 1000
    ids = filosofi.parent_1km_ids([3035], [4221400], [2058600])
    assert ids[0] == "CRS3035RES1000mN2058000E4221000"


def test_flags_and_numbers():
    assert filosofi.flag_values([1, 0, "1", "0", True, "oui", None, ""]).tolist() == [1, 0, 1, 0, 1, 1, -1, -1]
    values = filosofi.to_float(["3,5", "", "7", None])
    assert values[0] == 3.5 and math.isnan(values[1]) and values[2] == 7 and math.isnan(values[3])
    assert filosofi.source_label([2019, 2019]) == "Insee, Filosofi 2019"


def test_summary():
    s = filosofi.summary([10, 20], [4, 6], [1, 2], [1, 0])
    assert s == {"cells": 2, "imputed_cells": 1, "ind": 30.0, "men": 10.0, "men_pauv": 3.0, "poor_share": 30.0}


# ---- codes -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("raw", "expected"), [
    ("1004", "01004"), (1004, "01004"), (1004.0, "01004"), ("1004.0", "01004"), ("2a004", "2A004"),
    (" 75108 ", "75108"), ("97209", "97209"), (None, ""), (float("nan"), ""),
])
def test_commune_code(raw, expected):
    assert insee_codes.commune_code(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("10040101", "010040101"), ("010040101", "010040101"), ("2A0040101", "2A0040101"), ("01005", "010050000"),
    (10050000, "010050000"),
])
def test_iris_code(raw, expected):
    assert insee_codes.iris_code(raw) == expected


def test_other_codes():
    assert insee_codes.departement_code("1") == "01"
    assert insee_codes.departement_code("2a") == "2A"
    assert insee_codes.departement_of("97209") == "972"
    assert insee_codes.departement_of("2A004") == "2A"
    assert insee_codes.epci_code(242010056) == "242010056"
    assert insee_codes.split_codes("2A004, 2A001;2B033\n75056") == ["2A004", "2A001", "2B033", "75056"]
    assert insee_codes.arrondissement_parent("75108") == "75056"
    assert insee_codes.arrondissement_parent("69381") == "69123"
    assert insee_codes.arrondissement_parent("13216") == "13055"
    assert insee_codes.arrondissement_parent("75056") is None
    assert insee_codes.detect_field(["fid", "Insee_Com", "NOM"], insee_codes.COMMUNE_FIELDS) == "Insee_Com"
    assert insee_codes.detect_field(["SIREN_EPCI"], insee_codes.EPCI_FIELDS) == "SIREN_EPCI"
    assert insee_codes.looks_like_iris(["010040101", "10040102"]) is True
    assert insee_codes.looks_like_iris(["01004"]) is False


# ---- census ------------------------------------------------------------------------------------------
def test_year_prefix_is_stripped():
    cols, year, others = census.strip_year_prefix(["IRIS", "P19_POP", "P19_ACT1564", "C19_ACT1564", "P13_POP"])
    assert cols == ["IRIS", "P_POP", "P_ACT1564", "C_ACT1564", "P13_POP"]
    assert year == 2019 and others == [2013]
    assert census.strip_year_prefix(["CODGEO", "pop"])[1] is None


def test_read_delimited_latin1_and_title_rows():
    text = "Titre du fichier;;\nSource : Insee;;\nCODGEO;LIBGEO;P21_POP\n1004;Ambérieu;14000\n"
    df, encoding, sep = census.read_delimited(text.encode("cp1252"))
    assert list(df.columns) == ["CODGEO", "LIBGEO", "P21_POP"]
    assert df["LIBGEO"].iloc[0] == "Ambérieu" and encoding == "cp1252" and sep == ";"
    df, encoding, _sep = census.read_delimited("\ufeffIRIS,P19_POP\n010040101,\"1 200,5\"\n".encode())
    assert encoding == "utf-8-sig" and df.columns[0] == "IRIS"
    assert census.numeric_columns(df)["P19_POP"].iloc[0] == pytest.approx(1200.5)


def test_indicators_and_aggregation():
    df = pd.DataFrame({"COM": ["01004", "01004", "01005"], "P_ACT1564": [3000.0, 3500.0, 0.0],
                       "P_CHOM1564": [300.0, 350.0, 0.0], "P_POP": [9000.0, 1000.0, 50.0],
                       "P_POP1524": [900.0, 100.0, 5.0]})
    agg = census.aggregate(df, df["COM"])
    assert agg.loc["01004", "P_ACT1564"] == 6500 and agg.loc["01004", "n_rows"] == 2
    added = census.derive_indicators(agg)
    assert added == ["unemp_1564", "share_1524"]
    assert agg.loc["01004", "unemp_1564"] == pytest.approx(10.0)
    assert math.isnan(agg.loc["01005", "unemp_1564"])  # no active population: NULL, not 0
    assert agg.loc["01005", "share_1524"] == pytest.approx(10.0)


def test_old_no_diploma_columns():
    df = pd.DataFrame({"P_NSCOL15P": [100.0], "P_NSCOL15P_DIPL0": [20.0], "P_NSCOL15P_CEP": [10.0],
                       "P_NSCOL15P_BEPC": [5.0]})
    assert census.derive_indicators(df) == ["share_nodipl"]
    assert df["share_nodipl"].iloc[0] == pytest.approx(35.0)


def test_match_codes_rolls_arrondissements_up():
    got = census.match_codes(["75101", "75102", "92012", "69381", ""], {"75056", "92012", "69381"})
    assert got == {"75101": "75056", "75102": "75056", "92012": "92012", "69381": "69381"}


def test_levels_and_field_names():
    assert census.detect_level(["IRIS", "COM", "P19_POP"]) == "iris"
    assert census.detect_level(["CODGEO", "P19_POP"]) == "commune"
    assert census.detect_level(["foo"]) is None
    assert census.sanitize_field_name("P_POP 15-24 ans") == "P_POP_15_24_ans"
    assert census.sanitize_field_name("2019") == "f_2019"
