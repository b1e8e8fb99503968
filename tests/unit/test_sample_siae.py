import pandas as pd
import pytest

from coodiag.processing_algorithms.analysis import geocoder, sample_siae, tabular

COMMUNES = pd.DataFrame({
    "code": ["2A001", "2A004", "2A006", "2A017", "2A103", "2A209", "2A271", "2A323", "2A336", "2A351"],
    "name": ["Afa", "Ajaccio", "Alata", "Appietto", "Cuttoli-Corticchiato", "Peri", "Sarrola-Carcopino", "Tavaco",
             "Valle-di-Mezzana", "Villanova"],
    "population": [3277, 72647, 3562, 1795, 2032, 2038, 3309, 405, 522, 403],
})


@pytest.fixture(scope="module")
def ban(sample_dir):
    return geocoder.read_ban_csv(sample_dir / "ban" / "adresses-2A-capa.csv")


@pytest.fixture(scope="module")
def tables(ban):
    return sample_siae.generate(ban, COMMUNES)


def test_ban_extract_has_the_ban_columns(ban, sample_dir):
    assert list(ban.columns) == geocoder.BAN_COLUMNS
    assert set(ban["code_insee"]) == set(COMMUNES["code"])
    assert (sample_dir / "ban" / "adresses-2A-capa.csv").stat().st_size < 3_000_000


def test_shapes_and_columns(tables):
    assert {k: len(v) for k, v in tables.items()} == {"clients": 300, "chantiers": 120, "antennes": 2,
                                                        "salaries": 150}
    assert list(tables["clients"].columns)[:2] == ["N° client", "Type client"]
    assert "Heures vendues" in tables["clients"] and "Public prioritaire" in tables["salaries"]
    assert set(tables["clients"]["Type client"]) == {"Particulier", "Entreprise", "Collectivité"}


def test_everyone_is_fictitious(tables):
    assert tables["salaries"]["Nom"].str.startswith("FICTIF ").all()
    clients = tables["clients"]
    assert clients["Nom / Raison sociale"].str.startswith("FICTIF ").all()
    assert tables["chantiers"]["Intitulé"].str.startswith("FICTIF ").all()


def test_deterministic_and_seeded(ban, tables):
    again = sample_siae.generate(ban, COMMUNES)
    assert all(again[k].equals(tables[k]) for k in tables)
    other = sample_siae.generate(ban, COMMUNES, seed=1)
    assert not other["clients"].equals(tables["clients"])


def test_written_like_an_export(tables, tmp_path):
    paths = sample_siae.write(tables, tmp_path)
    raw = paths["clients"].read_bytes()
    assert b"\r\n" in raw and "N° client".encode("cp1252") in raw
    assert paths["chantiers"].read_bytes().startswith(b"\xef\xbb\xbf")
    table = tabular.read_csv_file(paths["salaries"])
    assert (table.encoding, table.separator, table.row_count) == ("cp1252", ";", 150)


def test_geocodes_at_95_percent(ban, tables):
    index = geocoder.BanIndex.from_frame(ban)
    maps = {"clients": ("Adresse", "Code postal", "Ville", None), "chantiers": ("N° et voie", "CP", "Commune", None),
            "salaries": ("Adresse", "Code postal", "Commune", "Code INSEE")}
    for key, (street, pc, city, insee) in maps.items():
        f = tables[key]
        q = pd.DataFrame({"street": f[street], "postcode": f[pc], "city": f[city]})
        if insee:
            q["insee"] = f[insee]
        out = geocoder.geocode(q, index)
        assert out["geo_type"].isin(["housenumber", "street"]).mean() >= 0.95, key
