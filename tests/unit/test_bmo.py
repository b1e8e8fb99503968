"""BMO reader, commune → basin lookup and basin aggregates (secret cells stay None)."""
from __future__ import annotations

import csv
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from coodiag.processing_algorithms.analysis import bmo
from coodiag.processing_algorithms.analysis.siae_catalogue import load_catalogue

DATA = Path(__file__).resolve().parents[1] / "data" / "bmo"
AJACCIO = DATA / "bmo2024_be9407_ajaccio.csv"
BASINS = DATA / "bassin_emploi_communes_corse.csv"
SHARED_XLSX = Path(__file__).resolve().parents[3] / "shared" / "data" / "bmo-2024" / "Base_open_data_BMO_2024.xlsx"

#: CA du Pays Ajaccien (COG 2026; the brief's list had four wrong codes: 2A008 is Albitreccia, 2A228
#: Pietrosella, 2A322 Tasso, 2A348 Vico)
SAMPLE = ["2A004", "2A001", "2A006", "2A017", "2A103", "2A209", "2A271", "2A323", "2A336", "2A351"]


def hand_sums(path):
    """Sums of the published cells and counts of '*' with the csv module, independently of bmo.py."""
    sums, secret = {"met": 0, "xmet": 0, "smet": 0}, {"met": 0, "xmet": 0, "smet": 0}
    pair = {"xmet": [0, 0], "smet": [0, 0]}
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter=";"):
            for k in sums:
                if row[k] == "*":
                    secret[k] += 1
                else:
                    sums[k] += int(row[k])
            for k in pair:
                if row["met"] != "*" and row[k] != "*":
                    pair[k][0] += int(row[k])
                    pair[k][1] += int(row["met"])
    return sums, secret, pair


def write_xlsx(path, sheets):
    """Minimal workbook (inline strings): sheets = [(name, rows)]."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w") as z:
        tags = "".join(f'<sheet name="{n}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (n, _r) in enumerate(sheets))
        z.writestr("xl/workbook.xml", f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>{tags}</sheets></workbook>')
        rels = "".join(f'<Relationship Id="rId{i + 1}" Type="{rel}/worksheet" Target="worksheets/s{i + 1}.xml"/>'
                       for i in range(len(sheets)))
        z.writestr("xl/_rels/workbook.xml.rels",
                   f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}'
                   "</Relationships>")
        for i, (_n, rows) in enumerate(sheets):
            body = []
            for r, row in enumerate(rows):
                cells = "".join(
                    f'<c r="{chr(65 + c)}{r + 1}"><v>{v}</v></c>' if isinstance(v, int) else
                    f'<c r="{chr(65 + c)}{r + 1}" t="inlineStr"><is><t>{escape(v)}</t></is></c>'
                    for c, v in enumerate(row) if v != "")
                body.append(f'<row r="{r + 1}">{cells}</row>')
            z.writestr(f"xl/worksheets/s{i + 1}.xml",
                       f'<worksheet xmlns="{main}"><sheetData>{"".join(body)}</sheetData></worksheet>')
    return path


@pytest.fixture(scope="module")
def ajaccio():
    return bmo.read_bmo(AJACCIO)


def test_ajaccio_totals_equal_hand_sums(ajaccio):
    sums, secret, pair = hand_sums(AJACCIO)
    assert sums == {"met": 6619, "xmet": 4566, "smet": 3249}  # the shared SOURCE.md's figures
    assert secret == {"met": 19, "xmet": 40, "smet": 79}
    totals = bmo.basin_totals(ajaccio)
    assert len(totals) == 1
    row = totals.iloc[0]
    assert (row["basin"], row["basin_name"], row["deps"], row["n_rows"]) == ("9407", "AJACCIO", "2A", 140)
    assert (row["met"], row["xmet"], row["smet"]) == (6619, 4566, 3249)
    assert (row["met_secret"], row["xmet_secret"], row["smet_secret"]) == (19, 40, 79)
    assert row["difficulty"] == pytest.approx(pair["xmet"][0] / pair["xmet"][1])
    assert row["difficulty_base"] == pair["xmet"][1]
    assert row["seasonal"] == pytest.approx(pair["smet"][0] / pair["smet"][1])
    assert ajaccio.year == 2024 and ajaccio.invalid_values == 0


def test_secret_cells_stay_none_never_zero(ajaccio):
    frame = ajaccio.frame
    eleveurs = frame[frame["trade_code"] == "A0X41"].iloc[0]  # 13 / 7 / *
    assert (eleveurs["met"], eleveurs["xmet"]) == (13, 7)
    assert eleveurs["smet"] is None or str(eleveurs["smet"]) == "<NA>"
    assert bool(eleveurs["smet_secret"]) is True
    with open(AJACCIO, encoding="utf-8") as handle:
        zeros = sum(1 for r in csv.DictReader(handle, delimiter=";") if r["met"] == "0")
    assert int((frame["met"] == 0).sum()) == zeros
    assert int(frame["met"].isna().sum()) == int(frame["met_secret"].sum()) == 19
    trades = bmo.basin_trades(ajaccio, ["9407"])
    secret_rows = trades[trades["xmet_secret"]]
    assert len(secret_rows) == 40 and secret_rows["xmet"].isna().all() and secret_rows["difficulty"].isna().all()


def test_basin_trades_flags_siae_trades(ajaccio):
    cat = load_catalogue()
    trades = bmo.basin_trades(ajaccio, ["9407"], catalogue=cat)
    t4 = trades[trades["trade_code"] == "T4X60"].iloc[0]
    assert (t4["met"], t4["xmet"], t4["smet"]) == (126, 20, 92)
    assert t4["difficulty"] == pytest.approx(20 / 126)
    assert bool(t4["siae_trade"]) and t4["siae_trade_id"] == "cleaning"
    assert not trades[trades["trade_code"] == "V1X80"].iloc[0]["siae_trade"]  # nurses
    flags = trades["siae_trade"].tolist()
    assert flags == sorted(flags, reverse=True)  # SIAE trades first
    siae = trades[trades["siae_trade"]]
    assert siae["met"].fillna(-1).tolist() == sorted(siae["met"].fillna(-1).tolist(), reverse=True)
    assert set(siae["trade_code"]) <= cat.siae_fap()
    custom = bmo.basin_trades(ajaccio, ["9407"], siae_fap={"v1x80"})
    assert custom[custom["siae_trade"]]["trade_code"].tolist() == ["V1X80"]
    share, base = bmo.trade_difficulty(trades, "9407", ["T4X60", "T1X60", "A1X41"])
    assert share == pytest.approx((20 + 93 + 34) / (126 + 117 + 82)) and base == 325


def test_straddling_basin_sums_parts_and_flags_partial(tmp_path):
    path = tmp_path / "two_deps.csv"
    path.write_text(
        "annee;Code métier BMO;Nom métier BMO;Famille_met;Lbl_fam_met;REG;NOM_REG;Dept;NomDept;BE24;NOMBE24;"
        "met;xmet;smet\n"
        "2024;T4X60;Agents d'entretien de locaux;V;x;11;IDF;77;SM;1119;Roissy;10;4;*\n"
        "2024;T4X60;Agents d'entretien de locaux;V;x;11;IDF;93;SSD;1119;Roissy;20;6;*\n"
        "2024;J0X30;Manutentionnaires;Z;x;11;IDF;77;SM;1119;Roissy;30;*;5\n"
        "2024;J0X30;Manutentionnaires;Z;x;11;IDF;95;VO;1119;Roissy;*;*;1\n", encoding="utf-8")
    data = bmo.read_bmo(path)
    trades = bmo.basin_trades(data, siae_fap={"T4X60", "J0X30"}).set_index("trade_code")
    assert (trades.loc["T4X60", "met"], trades.loc["T4X60", "xmet"]) == (30, 10)
    assert trades.loc["T4X60", "difficulty"] == pytest.approx(1 / 3)
    assert bool(trades.loc["T4X60", "smet_secret"]) and str(trades.loc["T4X60", "smet"]) == "<NA>"
    assert trades.loc["J0X30", "met"] == 30 and bool(trades.loc["J0X30", "met_partial"])
    assert bool(trades.loc["J0X30", "xmet_secret"]) and str(trades.loc["J0X30", "difficulty"]) == "nan"
    total = bmo.basin_totals(data).iloc[0]
    assert total["deps"] == "77,93,95" and total["met"] == 60 and total["met_secret"] == 1
    assert total["difficulty"] == pytest.approx(10 / 30)  # only the T4X60 rows have met and xmet published


def test_another_year_with_renamed_basin_columns_loads(tmp_path):
    rows = [["Enquête BMO 2023 — données open data"], [],
            ["annee", "Code métier BMO", "Nom métier BMO", "Famille_met", "Lbl_fam_met", "REG", "NOM_REG", "Dept",
             "NomDept", "BE23", "NOMBE23", "met", "xmet", "smet"],
            [2023, "T4X60", "Agents d'entretien de locaux", "V", "Vente", "94", "Corse", "2A", "Corse-du-Sud", 9407,
             "AJACCIO", 110, 15, "*"],
            [2023, "S1X20", "Aides de cuisine", "V", "Vente", "94", "Corse", "2A", "Corse-du-Sud", 9407, "AJACCIO",
             "*", "*", "*"],
            [2023, "T4X60", "Agents d'entretien de locaux", "V", "Vente", "94", "Corse", "2A", "Corse-du-Sud", 9408,
             "PORTO VECCHIO", 40, 12, 30]]
    path = write_xlsx(tmp_path / "Base_open_data_BMO_2023.xlsx",
                      [("Description des variables", [["Variables", "Description"], ["met", "projets"]]),
                       ("BMO_2023_open_data", rows)])
    data = bmo.read_bmo(path)
    assert data.sheet == "BMO_2023_open_data" and data.year == 2023
    assert data.columns["basin"] == "BE23" and data.columns["basin_name"] == "NOMBE23"
    totals = bmo.basin_totals(data).set_index("basin")
    assert totals.loc["9407", "met"] == 110 and totals.loc["9407", "met_secret"] == 1
    assert totals.loc["9408", "basin_name"] == "PORTO VECCHIO"
    # other spellings, no year column: the year comes from BE<yy>; commas as separators
    other = tmp_path / "extract.csv"
    other.write_text("code_metier,nom_metier,be22,nombe22,met,xmet,smet\nA1X41,Jardiniers,9407,AJACCIO,12,*,3\n",
                     encoding="utf-8")
    data = bmo.read_bmo(other)
    assert data.year == 2022 and data.frame.iloc[0]["met"] == 12 and bool(data.frame.iloc[0]["xmet_secret"])
    named = tmp_path / "bassins.csv"
    named.write_text("Code FAP;Code bassin;Nom bassin;met;xmet;smet\nA1X41;9407;AJACCIO;5;2;0\n", encoding="utf-8")
    assert bmo.basin_totals(bmo.read_bmo(named)).iloc[0]["smet"] == 0  # a published zero stays zero


def test_missing_columns_and_empty_files(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("a;b\n1;2\n", encoding="utf-8")
    with pytest.raises(bmo.BmoError) as err:
        bmo.read_bmo(bad)
    assert err.value.code == "missing_columns" and "trade_code" in err.value.details["missing"]
    book = write_xlsx(tmp_path / "nothing.xlsx", [("S", [["x", "y"], ["1", "2"]])])
    with pytest.raises(bmo.BmoError) as err:
        bmo.read_bmo(book)
    assert err.value.code == "no_data_sheet"


def test_basins_for_the_sample_communes():
    table = bmo.read_basin_table(BASINS)
    assert len(table.commune_basin) == 360
    found, unmatched = bmo.basins_for_communes(SAMPLE, table)
    assert found == {"9407": SAMPLE} and unmatched == []
    assert table.basin_names["9407"] == "AJACCIO"
    found, unmatched = bmo.basins_for_communes(["2a004", "2B033", "2A247", "75056", "xx"], table)
    assert found == {"9407": ["2A004"], "9409": ["2B033"], "9408": ["2A247"]}
    assert unmatched == ["75056", "xx"]  # Paris is not in the Corsican extract; 'xx' is no code


@pytest.mark.skipif(not SHARED_XLSX.exists(), reason="shared BMO workbook not available")
def test_real_workbook_matches_the_extract(ajaccio):
    data = bmo.read_bmo(SHARED_XLSX)
    assert data.sheet == "BMO_2024_open_data" and len(data.frame) == 53443 and data.year == 2024
    assert data.frame["basin"].nunique() == 406
    whole = bmo.basin_totals(data, ["9407"]).iloc[0]
    extract = bmo.basin_totals(ajaccio).iloc[0]
    assert whole.to_dict() == extract.to_dict()


def test_catalogue_is_consistent():
    cat = load_catalogue()
    fap_file = SHARED_XLSX.parent / "dares_nomenclature_fap2021.csv"
    for trade in cat.trades:
        assert trade["label_fr"] and trade["label_en"] and trade["source"]
        for code in trade["naf"]:
            assert len(code) == 6 and code[2] == "." and cat.fap_for_naf(code), code  # NN.NNL with a FAP map
    for entry in list(cat.fap.values()) + list(cat.naf.values()) + cat.cpv:
        assert entry["label_fr"] and entry["label_en"] and entry["source"], entry
    assert all(f in cat.fap for faps in cat.naf_to_fap.values() for f in faps)
    if fap_file.exists():  # every FAP code of the catalogue is a BMO trade (FAP 2021, 228-code level)
        with open(fap_file, encoding="utf-8") as handle:
            labels = {r["code_fap_228"]: r["intitule_fap_228"].strip() for r in csv.DictReader(handle)}
        assert all(cat.fap[c]["label_fr"] == labels[c] for c in cat.fap)
