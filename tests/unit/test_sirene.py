"""SIRENE establishments: streamed filters, partial diffusion, closed establishments, persons."""
from __future__ import annotations

import csv
import gzip
import json
import zipfile
from pathlib import Path

import pytest

from coodiag.processing_algorithms.analysis import sirene

DATA = Path(__file__).resolve().parents[1] / "data" / "sirene"
SCHEMA = Path(__file__).resolve().parents[3] / "shared" / "data" / "sirene-schema"
STOCK = DATA / "StockEtablissement_sample.csv"
GEOLOC = DATA / "GeolocalisationEtablissement_sample.csv"
GEO_SIRET = DATA / "geo_siret_2A_sample.csv.gz"
LEGAL = DATA / "StockUniteLegale_sample.csv"
EXPECTED = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))
CASES = EXPECTED["cases"]
SAMPLE = ["2A004", "2A001", "2A006", "2A017", "2A103", "2A209", "2A271", "2A323", "2A336", "2A351"]


@pytest.fixture(scope="module")
def stock():
    return sirene.read_establishments(STOCK, SAMPLE, geo_path=GEOLOC, legal_units_path=LEGAL)


@pytest.fixture(scope="module")
def geo_siret():
    return sirene.read_establishments(GEO_SIRET, SAMPLE)


@pytest.mark.skipif(not SCHEMA.exists(), reason="shared sirene-schema not available")
def test_fixture_follows_the_official_column_lists():
    with open(SCHEMA / "columns_stock_etablissement.csv", encoding="utf-8") as h:
        stock_cols = [r["name"] for r in csv.DictReader(h)]
    with open(SCHEMA / "columns_geolocalisation.csv", encoding="utf-8") as h:
        rows = list(csv.DictReader(h))
    geoloc_cols = [r["name"] for r in rows if r["file"].startswith("Geolocalisation")]
    extra = [r["name"] for r in rows if r["file"].startswith("geo_siret") and not r["name"].startswith("(")]
    assert len(stock_cols) == 54 and len(geoloc_cols) == 19
    assert STOCK.read_text(encoding="utf-8").splitlines()[0].split(",") == stock_cols
    assert GEOLOC.read_text(encoding="utf-8").splitlines()[0].split(";") == geoloc_cols
    with gzip.open(GEO_SIRET, "rt", encoding="utf-8") as h:
        assert h.readline().rstrip("\n").split(",") == stock_cols + extra


def test_active_establishments_of_the_communes(stock, geo_siret):
    for result in (stock, geo_siret):
        c = result.counts
        assert c["in_communes"] == EXPECTED["sample_all_states"]
        assert c["closed"] == EXPECTED["sample_closed"]
        assert c["kept"] == len(result.frame) == EXPECTED["sample_active"]
        assert (result.frame["state"] == "A").all()
        by_commune = result.frame["commune"].value_counts().to_dict()
        assert by_commune == {k: v for k, v in EXPECTED["sample_active_by_commune"].items() if v}
    assert stock.kind == "stock" and geo_siret.kind == "geo_siret"
    assert stock.counts["lines_read"] == EXPECTED["stock_rows"]
    assert CASES["decoy"] not in set(stock.frame["siret"])
    assert CASES["closed"] not in set(stock.frame["siret"])


def test_closed_establishments_kept_on_request():
    result = sirene.read_establishments(STOCK, SAMPLE, keep_closed=True)
    assert len(result.frame) == EXPECTED["sample_all_states"]
    closed = result.frame.set_index("siret").loc[CASES["closed"]]
    assert closed["state"] == "F"


def test_partial_diffusion_has_no_address_and_sits_at_its_commune(stock, geo_siret):
    for result in (stock, geo_siret):
        f = result.frame
        partial = f[f["diffusion"] == "P"]
        assert len(partial) == result.counts["partial"] == EXPECTED["sample_active_partial"]
        assert (partial["address"] == "").all() and (partial["postcode"] == "").all()
        assert (partial["name"] == "").all() and (partial["sign"] == "").all()
        assert (partial["location"] == "commune").all()
        assert partial["lon"].isna().all() and partial["x"].isna().all()
        assert not f["address"].str.contains(r"\[ND\]").any() and not f["name"].str.contains(r"\[ND\]").any()
    centres = {"2A001": (8.7947, 41.9822)}
    placed = sirene.read_establishments(STOCK, ["2A001"], geo_path=GEOLOC, commune_centres=centres).frame
    row = placed.set_index("siret").loc[CASES["partial"]]
    assert (row["lon"], row["lat"], row["location"], row["address"]) == (8.7947, 41.9822, "commune", "")


def test_individual_entrepreneurs_names_only_on_request(stock):
    f = stock.frame.set_index("siret")
    assert stock.counts["persons"] == EXPECTED["sample_active_persons"]
    person = f.loc[CASES["person_sign"]]
    assert bool(person["person"]) and person["person_source"] == "legal_unit"
    assert person["name"] == "" and person["sign"] == "" and bool(person["name_withheld"])
    assert (f.loc[f["person"], "name"] == "").all()
    asked = sirene.read_establishments(STOCK, ["2A271"], legal_units_path=LEGAL, include_person_names=True)
    signed = asked.frame.set_index("siret").loc[CASES["person_sign"]]
    assert signed["sign"] != "" and not bool(signed["name_withheld"])
    company = f.loc[CASES["cleaning_big"]]
    assert (company["name"], company["sign"]) == ("LOGISTIQUE JARDINS", "NET AZUR")  # legal name, usual name
    assert not bool(company["person"])


def test_presumed_persons_without_the_legal_unit_file(geo_siret):
    f = geo_siret.frame
    assert geo_siret.counts["persons"] == EXPECTED["sample_active_presumed_persons"]
    assert (f.loc[f["person"], "person_source"] == "presumed").all()
    presumed = f[f["person"]]
    assert presumed["head_office"].all() and (presumed["employer"] != "O").all()
    assert (presumed["name"] == "").all()
    assert any("presumed" in n for n in geo_siret.notes)


def test_positions_and_flags(stock, geo_siret):
    f = stock.frame.set_index("siret")
    big = f.loc[CASES["cleaning_big"]]
    assert big["location"] == "address" and big["epsg"] == "2154"
    assert big["address"] == "12 CRS NAPOLEON, 20000 AJACCIO"
    assert 8.7 < big["lon"] < 8.8 and 1.17e6 < big["x"] < 1.19e6 and 6.10e6 < big["y"] < 6.12e6
    assert f.loc[CASES["random_in_commune"], "location"] == "commune"  # qualite_xy 33
    assert f.loc[CASES["random_in_commune"], "geo_quality"] == "33"
    none = f.loc[CASES["no_position"]]
    assert none["location"] == "none" and none["lon"] != none["lon"]  # NaN
    no_pos = f[(f["location"] == "none")]
    assert len(no_pos) == EXPECTED["sample_active_no_position"]
    g = geo_siret.frame.set_index("siret")
    assert g.loc[CASES["random_in_commune"], "location"] == "commune"  # geo_type municipality
    assert g.loc[CASES["cleaning_big"], "geo_quality"] == "0.87"


def test_stock_alone_uses_lambert_columns():
    result = sirene.read_establishments(STOCK, SAMPLE)
    f = result.frame.set_index("siret")
    big = f.loc[CASES["cleaning_big"]]
    assert big["epsg"] == "2154" and big["location"] == "address" and big["lon"] != big["lon"]
    assert any("Lambert" in n for n in result.notes)


def test_naf_and_size_filters(stock):
    cleaning = sirene.read_establishments(STOCK, SAMPLE, naf=["81.21Z"])
    assert len(cleaning.frame) == EXPECTED["sample_active_naf_8121Z"]
    assert set(cleaning.frame["naf_code"]) == {"8121Z"}
    same = sirene.read_establishments(STOCK, SAMPLE, naf=["8121z"])
    assert len(same.frame) == len(cleaning.frame)
    prefix = sirene.read_establishments(STOCK, SAMPLE, naf=["81"])
    assert len(prefix.frame) == int(stock.frame["naf"].str.startswith("81.").sum())
    big = sirene.read_establishments(STOCK, SAMPLE, sizes=sirene.bands_at_least(10))
    assert len(big.frame) == EXPECTED["sample_active_band_11_plus"]
    assert big.counts["size_excluded"] == EXPECTED["sample_active"] - EXPECTED["sample_active_band_11_plus"]


@pytest.mark.parametrize("strategy", ["departement", "prefix3", "exact", "column"])
def test_every_prefilter_strategy_gives_the_same_rows(stock, strategy):
    forced = sirene.read_establishments(STOCK, SAMPLE, geo_path=GEOLOC, legal_units_path=LEGAL, prefilter=strategy)
    assert forced.counts["prefilter"] == strategy
    assert forced.frame.equals(stock.frame)
    if strategy in ("departement", "prefix3"):  # ",2A" / ",2A2" let other 2A communes (and the decoy) through
        assert forced.counts["candidates"] > forced.counts["in_communes"]
    else:
        assert forced.counts["candidates"] == forced.counts["in_communes"] == EXPECTED["sample_all_states"]


def test_streaming_variants_give_the_same_rows(stock, tmp_path):
    small_chunks = sirene.read_establishments(STOCK, SAMPLE, geo_path=GEOLOC, legal_units_path=LEGAL,
                                              chunk_bytes=2048)
    assert small_chunks.frame.equals(stock.frame)
    # the adaptive strategy drops a pattern set that lets more than 5 % of a chunk through: on this small
    # all-Corsican file ",2A", ",2A0"… and the exact codes all do, so the commune column is read
    assert stock.counts["prefilter"] == "departement+prefix3+exact+column"
    scattered = SAMPLE + ["01001", "02001", "03001", "04001", "05001", "06001", "07001", "08001", "09001"]
    spread = sirene.read_establishments(STOCK, scattered, geo_path=GEOLOC, legal_units_path=LEGAL)
    # 19 codes in 10 départements: département then 3-character patterns are tried and dropped (too many
    # matches); 19 exact codes would need more than 16 passes: the commune column is read
    assert spread.counts["prefilter"] == "departement+prefix3+column"
    assert spread.frame.sort_values("siret").reset_index(drop=True).equals(
        stock.frame.sort_values("siret").reset_index(drop=True))
    archive = tmp_path / "StockEtablissement_utf8.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(STOCK, "StockEtablissement_utf8.csv")
    zipped = sirene.read_establishments(archive, SAMPLE, geo_path=GEOLOC, legal_units_path=LEGAL)
    assert zipped.frame.equals(stock.frame)
    two = sirene.read_establishments(STOCK, ["2A004", "2b033"], prefilter="exact")
    assert set(two.frame["commune"]) == {"2A004", "2B033"}
    assert two.counts["candidates"] == two.counts["in_communes"]  # ",2A004," skips the decoy's "2A004 RES…"


def test_cancel_and_errors(tmp_path):
    result = sirene.read_establishments(STOCK, SAMPLE, is_canceled=lambda: True)
    assert result.counts["canceled"] and result.frame.empty
    with pytest.raises(sirene.SireneError) as err:
        sirene.read_establishments(STOCK, ["xx"])
    assert err.value.code == "no_communes"
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(sirene.SireneError) as err:
        sirene.read_establishments(bad, SAMPLE)
    assert err.value.code == "not_sirene"
    with pytest.raises(sirene.SireneError):
        sirene.read_establishments(STOCK, SAMPLE, geo_path=LEGAL)  # first column is siren, not siret


def test_size_helpers_and_aggregates(stock):
    assert sirene.size_class("NN") == "0" and sirene.size_class("03") == "1-9"
    assert sirene.size_class("12") == "10-49" and sirene.size_class("32") == "250+" and sirene.size_class("") == ""
    assert sirene.bands_at_least(50) == {"21", "22", "31", "32", "41", "42", "51", "52", "53"}
    agg = sirene.aggregate_by_commune(stock.frame)
    assert int(agg["n"].sum()) == EXPECTED["sample_active"]
    assert int(agg["n_partial"].sum()) == EXPECTED["sample_active_partial"]
    by_commune = sirene.aggregate_by_commune(stock.frame, by_size=False).set_index("commune")["n"].to_dict()
    assert by_commune == {k: v for k, v in EXPECTED["sample_active_by_commune"].items() if v}
