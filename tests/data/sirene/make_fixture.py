"""Generate the SIRENE test fixture (seeded, fictitious establishments in the sample territory).

    python tests/data/sirene/make_fixture.py      # rewrites the files next to this script

No real SIRENE extract exists offline. These files follow the official layouts exactly (column names
and order as listed in ../shared/data/sirene-schema/: 54 StockEtablissement columns; the 19 columns of
GeolocalisationEtablissement_Sirene_pour_etudes_statistiques, ``;``-separated; geo_siret = the 54 stock
columns + 9 geocoding columns, gzip), with values of the right form: Luhn-valid SIRETs, NAF rév. 2 codes
with a dot, size-band codes, ``[ND]`` in the address/name columns of partial-diffusion rows, Lambert-93
coordinates consistent with the WGS 84 ones. Names of persons are invented.

Files written:
- ``StockEtablissement_sample.csv``   — every establishment (sample communes + other Corsican and
  mainland communes + one abroad), active and closed;
- ``GeolocalisationEtablissement_sample.csv`` — one row per establishment that has a position;
- ``geo_siret_2A_sample.csv.gz``     — the establishments of Corse-du-Sud (2A) with geocoding columns;
- ``StockUniteLegale_sample.csv``     — the legal units (a subset of INSEE's StockUniteLegale columns:
  siren, statutDiffusionUniteLegale, categorieEntreprise, etatAdministratifUniteLegale, nomUniteLegale,
  denominationUniteLegale, sigleUniteLegale, prenom1UniteLegale, categorieJuridiqueUniteLegale,
  activitePrincipaleUniteLegale, economieSocialeSolidaireUniteLegale — names as in INSEE's stock file,
  not checked offline);
- ``expected.json``                   — counts computed here from the generated records, for the tests.
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import math
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20240607

STOCK_COLUMNS = [
    "siren", "nic", "siret", "statutDiffusionEtablissement", "dateCreationEtablissement",
    "trancheEffectifsEtablissement", "anneeEffectifsEtablissement", "activitePrincipaleRegistreMetiersEtablissement",
    "dateDernierTraitementEtablissement", "etablissementSiege", "nombrePeriodesEtablissement",
    "complementAdresseEtablissement", "numeroVoieEtablissement", "indiceRepetitionEtablissement",
    "dernierNumeroVoieEtablissement", "indiceRepetitionDernierNumeroVoieEtablissement", "typeVoieEtablissement",
    "libelleVoieEtablissement", "codePostalEtablissement", "libelleCommuneEtablissement",
    "libelleCommuneEtrangerEtablissement", "distributionSpecialeEtablissement", "codeCommuneEtablissement",
    "codeCedexEtablissement", "libelleCedexEtablissement", "codePaysEtrangerEtablissement",
    "libellePaysEtrangerEtablissement", "identifiantAdresseEtablissement", "coordonneeLambertAbscisseEtablissement",
    "coordonneeLambertOrdonneeEtablissement", "complementAdresse2Etablissement", "numeroVoie2Etablissement",
    "indiceRepetition2Etablissement", "typeVoie2Etablissement", "libelleVoie2Etablissement",
    "codePostal2Etablissement", "libelleCommune2Etablissement", "libelleCommuneEtranger2Etablissement",
    "distributionSpeciale2Etablissement", "codeCommune2Etablissement", "codeCedex2Etablissement",
    "libelleCedex2Etablissement", "codePaysEtranger2Etablissement", "libellePaysEtranger2Etablissement",
    "dateDebut", "etatAdministratifEtablissement", "enseigne1Etablissement", "enseigne2Etablissement",
    "enseigne3Etablissement", "denominationUsuelleEtablissement", "activitePrincipaleEtablissement",
    "nomenclatureActivitePrincipaleEtablissement", "caractereEmployeurEtablissement",
    "activitePrincipaleNAF25Etablissement",
]
GEOLOC_COLUMNS = ["siret", "x", "y", "qualite_xy", "epsg", "plg_qp24", "plg_iris", "plg_zus", "plg_qp15", "plg_qva",
                  "plg_code_commune", "distance_precision", "qualite_qp24", "qualite_iris", "qualite_zus",
                  "qualite_qp15", "qualite_qva", "y_latitude", "x_longitude"]
GEO_SIRET_EXTRA = ["longitude", "latitude", "geo_score", "geo_type", "geo_adresse", "geo_id", "geo_ligne", "geo_l4",
                   "geo_l5"]
LEGAL_UNIT_COLUMNS = ["siren", "statutDiffusionUniteLegale", "categorieEntreprise", "etatAdministratifUniteLegale",
                      "nomUniteLegale", "denominationUniteLegale", "sigleUniteLegale", "prenom1UniteLegale",
                      "categorieJuridiqueUniteLegale", "activitePrincipaleUniteLegale",
                      "economieSocialeSolidaireUniteLegale"]
#: columns INSEE fills with [ND] for partial diffusion (sirene-schema notes)
ND_COLUMNS = ["complementAdresseEtablissement", "numeroVoieEtablissement", "indiceRepetitionEtablissement",
              "dernierNumeroVoieEtablissement", "indiceRepetitionDernierNumeroVoieEtablissement",
              "typeVoieEtablissement", "libelleVoieEtablissement", "codePostalEtablissement",
              "identifiantAdresseEtablissement", "coordonneeLambertAbscisseEtablissement",
              "coordonneeLambertOrdonneeEtablissement", "enseigne1Etablissement", "enseigne2Etablissement",
              "enseigne3Etablissement", "denominationUsuelleEtablissement"]

#: code -> (name as in SIRENE, postcodes, centre lon, centre lat, weight) — CA du Pays Ajaccien first
SAMPLE = {
    "2A004": ("AJACCIO", ["20000", "20090"], 8.7386, 41.9267, 60),
    "2A001": ("AFA", ["20167"], 8.7947, 41.9822, 5),
    "2A006": ("ALATA", ["20167"], 8.7428, 41.9708, 5),
    "2A017": ("APPIETTO", ["20167"], 8.7642, 42.0125, 4),
    "2A103": ("CUTTOLI-CORTICCHIATO", ["20167"], 8.8972, 41.9847, 4),
    "2A209": ("PERI", ["20167"], 8.9197, 42.0042, 4),
    "2A271": ("SARROLA-CARCOPINO", ["20167"], 8.8436, 42.0275, 6),
    "2A323": ("TAVACO", ["20167"], 8.9011, 42.0356, 2),
    "2A336": ("VALLE-DI-MEZZANA", ["20167"], 8.8128, 42.0311, 2),
    "2A351": ("VILLANOVA", ["20167"], 8.6631, 41.9561, 2),
}
OTHERS = {
    "2A247": ("PORTO-VECCHIO", ["20137"], 9.2794, 41.5911, 1),
    "2A008": ("ALBITRECCIA", ["20128"], 8.9347, 41.8633, 1),
    "2B033": ("BASTIA", ["20200", "20600"], 9.4500, 42.7028, 1),
    "13201": ("MARSEILLE 1ER ARRONDISSEMENT", ["13001"], 5.3811, 43.2999, 1),
}
NAF = ["81.21Z", "81.22Z", "81.30Z", "56.10A", "56.10C", "56.21Z", "55.10Z", "43.34Z", "43.99C", "41.20A",
       "52.10B", "49.42Z", "38.11Z", "47.11D", "68.32A", "88.10A", "87.10A", "62.01Z", "47.73Z", "86.21Z",
       "69.20Z", "70.22Z", "96.02A", "43.21A", "45.20A", "01.13Z", "84.11Z", "94.99Z"]
BANDS = ["NN", "00", "01", "02", "03", "11", "12", "21", "22", "31"]
STREET_TYPES = ["RUE", "AV", "BD", "CRS", "CHE", "RTE", "LD", "PL", "IMP", "AVENUE", "LIEU DIT"]
STREETS = ["FESCH", "DU GENERAL LECLERC", "NAPOLEON", "DES PALMIERS", "DE LA GRAVONA", "DU SALARIO", "DES MILELLI",
           "DE MEZZAVIA", "DU VAZZIO", "SAINT JOSEPH", "DU STILETTO", "DE LA RIVE SUD", "DES CRETES", "DU LAVOIR"]
SURNAMES = ["ROSSETTI", "CASANOVELLI", "MARTINACCI", "ORSONI-TEST", "PAOLINETTI", "LUCIANACCI", "SANTONIMI",
            "BARTOLETTI", "GRIMALDONI", "FILIPPINELLI"]
FIRST_NAMES = ["PAUL", "MARIE", "JEAN", "ANTOINE", "LAETITIA", "DOMINIQUE", "FRANCOIS", "JULIE"]
COMPANY_WORDS = ["CORSE", "SERVICES", "PROPRETE", "JARDINS", "BATIMENT", "LOGISTIQUE", "RESTAURATION", "NETTOYAGE",
                 "AZUR", "MAQUIS", "GOLFE", "ILE"]
CATEGORIES = ["5499", "5710", "5499", "5710", "9220", "5720", "6540", "7210"]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def make_siren(rng: random.Random, taken: set) -> str:
    while True:
        base = str(rng.randint(30000000, 99999999))
        for check in "0123456789":
            siren = base + check
            if luhn_ok(siren) and siren not in taken:
                taken.add(siren)
                return siren


def make_nic(siren: str, start: int) -> str:
    n = start
    while True:
        nic = f"{n:05d}"
        if luhn_ok(siren + nic):
            return nic
        n += 1


def lambert93(lon: float, lat: float) -> tuple:
    """Lambert-93 (EPSG:2154) forward projection on GRS80 (two standard parallels 44° and 49°)."""
    a, f = 6378137.0, 1 / 298.257222101
    e = math.sqrt(f * (2 - f))
    phi1, phi2, phi0, lam0 = map(math.radians, (49.0, 44.0, 46.5, 3.0))

    def m(phi):
        return math.cos(phi) / math.sqrt(1 - (e * math.sin(phi)) ** 2)

    def t(phi):
        return math.tan(math.pi / 4 - phi / 2) / ((1 - e * math.sin(phi)) / (1 + e * math.sin(phi))) ** (e / 2)

    n = (math.log(m(phi1)) - math.log(m(phi2))) / (math.log(t(phi1)) - math.log(t(phi2)))
    big_f = m(phi1) / (n * t(phi1) ** n)
    rho0 = a * big_f * t(phi0) ** n
    rho = a * big_f * t(math.radians(lat)) ** n
    theta = n * (math.radians(lon) - lam0)
    return 700000 + rho * math.sin(theta), 6600000 + rho0 - rho * math.cos(theta)


def generate():
    rng = random.Random(SEED)
    taken = set()
    units, establishments = [], []
    places = [(c, v) for c, v in SAMPLE.items()]
    weights = [v[4] for _c, v in places]

    def add_unit(person: bool):
        siren = make_siren(rng, taken)
        if person:
            unit = {"siren": siren, "category": "1000", "nom": rng.choice(SURNAMES), "prenom": rng.choice(FIRST_NAMES),
                    "denomination": "", "diffusion": "P" if rng.random() < 0.2 else "O", "ess": "N"}
        else:
            cat = rng.choice(CATEGORIES)
            words = rng.sample(COMPANY_WORDS, 2)
            prefix = "ASSOCIATION " if cat == "9220" else "SARL " if cat == "5499" else ""
            unit = {"siren": siren, "category": cat, "nom": "", "prenom": "",
                    "denomination": prefix + " ".join(words),
                    "diffusion": "O", "ess": "O" if cat == "9220" else "N"}
        units.append(unit)
        return unit

    def add_establishment(unit, commune, info, head: bool, nic_start: int, **force):
        name, postcodes, lon0, lat0, _w = info
        person = unit["category"] == "1000"
        state = force.get("state", "F" if rng.random() < 0.12 else "A")
        diffusion = force.get("diffusion", unit["diffusion"] if person else ("P" if rng.random() < 0.04 else "O"))
        if person:
            band = rng.choice(["NN", "NN", "", "00", "01"]) if "band" not in force else force["band"]
        else:
            band = force.get("band", rng.choice(BANDS))
        employer = "O" if band not in ("NN", "00", "") else rng.choice(["N", "N", ""])
        naf = force.get("naf", rng.choice(NAF))
        has_position = force.get("has_position", rng.random() > 0.07)
        lon = round(lon0 + rng.uniform(-0.012, 0.012), 6)
        lat = round(lat0 + rng.uniform(-0.009, 0.009), 6)
        x, y = lambert93(lon, lat)
        nic = make_nic(unit["siren"], nic_start)
        sign = ""
        if person and rng.random() < 0.6:
            sign = rng.choice(["BOULANGERIE ", "TAXI ", "PLOMBERIE ", "ATELIER "]) + unit["nom"]
        elif not person and rng.random() < 0.4:
            sign = rng.choice(["CHEZ ", "LE ", "L'"]) + rng.choice(["MAQUIS", "GOLFE", "PORT", "CITADELLE"])
        row = {c: "" for c in STOCK_COLUMNS}
        row.update({
            "siren": unit["siren"], "nic": nic, "siret": unit["siren"] + nic,
            "statutDiffusionEtablissement": diffusion,
            "dateCreationEtablissement": f"{rng.randint(1975, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "trancheEffectifsEtablissement": band, "anneeEffectifsEtablissement": "2022" if band else "",
            "dateDernierTraitementEtablissement": "2025-11-03T10:21:45.000",
            "etablissementSiege": "true" if head else "false", "nombrePeriodesEtablissement": str(rng.randint(1, 4)),
            "numeroVoieEtablissement": str(rng.randint(1, 180)) if rng.random() < 0.85 else "",
            "indiceRepetitionEtablissement": "B" if rng.random() < 0.05 else "",
            "typeVoieEtablissement": rng.choice(STREET_TYPES), "libelleVoieEtablissement": rng.choice(STREETS),
            "codePostalEtablissement": rng.choice(postcodes), "libelleCommuneEtablissement": name,
            "codeCommuneEtablissement": commune,
            "identifiantAdresseEtablissement": f"{commune}_{rng.randint(1000, 9999)}_{rng.randint(1, 200):05d}_B",
            "coordonneeLambertAbscisseEtablissement": f"{x:.1f}" if has_position else "",
            "coordonneeLambertOrdonneeEtablissement": f"{y:.1f}" if has_position else "",
            "dateDebut": "2020-01-01", "etatAdministratifEtablissement": state,
            "enseigne1Etablissement": sign,
            "denominationUsuelleEtablissement": "" if person or rng.random() < 0.7 else unit["denomination"][:20],
            "activitePrincipaleEtablissement": naf, "nomenclatureActivitePrincipaleEtablissement": "NAFRev2",
            "caractereEmployeurEtablissement": employer, "activitePrincipaleNAF25Etablissement": naf,
        })
        row.update(force.get("overrides", {}))
        if diffusion == "P":
            for c in ND_COLUMNS:
                row[c] = "[ND]"
        est = {"row": row, "lon": lon, "lat": lat, "x": x, "y": y, "has_position": has_position,
               "quality": force.get("quality", "33" if rng.random() < 0.05 else rng.choice(["11", "12", "21"])),
               "geo_type": force.get("geo_type", "municipality" if rng.random() < 0.05 else "housenumber"),
               "person": person, "commune": commune}
        establishments.append(est)
        return est

    # sample communes: 230 legal units (some with 2-3 establishments), a third of them persons
    for _ in range(230):
        person = rng.random() < 0.33
        unit = add_unit(person)
        commune, info = rng.choices(places, weights)[0]
        add_establishment(unit, commune, info, True, 10)
        if not person and rng.random() < 0.25:
            for k in range(rng.randint(1, 2)):
                commune, info = rng.choices(places, weights)[0]
                add_establishment(unit, commune, info, False, 30 + 20 * k)
    # other communes (filtered out, some in 2A so that they pass the byte pre-filter)
    for commune, info in OTHERS.items():
        for _ in range(12):
            add_establishment(add_unit(rng.random() < 0.3), commune, info, True, 10)
    # hand-checked cases
    cases = {}
    u = add_unit(False)
    cases["cleaning_big"] = add_establishment(u, "2A004", SAMPLE["2A004"], True, 10, state="A", diffusion="O",
                                              band="12", naf="81.21Z", has_position=True, quality="11",
                                              geo_type="housenumber",
                                              overrides={"numeroVoieEtablissement": "12",
                                                         "typeVoieEtablissement": "CRS",
                                                         "libelleVoieEtablissement": "NAPOLEON",
                                                         "codePostalEtablissement": "20000",
                                                         "denominationUsuelleEtablissement": "NET AZUR"})
    u = add_unit(True)
    u["diffusion"] = "O"
    cases["person_sign"] = add_establishment(u, "2A271", SAMPLE["2A271"], True, 10, state="A", diffusion="O",
                                             band="NN", naf="43.34Z", has_position=True, quality="11")
    u = add_unit(False)
    cases["partial"] = add_establishment(u, "2A001", SAMPLE["2A001"], True, 10, state="A", diffusion="P", band="02",
                                         naf="81.30Z", has_position=True, quality="11")
    u = add_unit(False)
    cases["closed"] = add_establishment(u, "2A004", SAMPLE["2A004"], True, 10, state="F", diffusion="O", band="03",
                                        naf="56.10A", has_position=True)
    u = add_unit(False)
    cases["no_position"] = add_establishment(u, "2A006", SAMPLE["2A006"], True, 10, state="A", diffusion="O",
                                             band="01", naf="55.10Z", has_position=False)
    u = add_unit(False)
    cases["random_in_commune"] = add_establishment(u, "2A017", SAMPLE["2A017"], True, 10, state="A", diffusion="O",
                                                   band="11", naf="52.10B", has_position=True, quality="33",
                                                   geo_type="municipality")
    # a Bastia establishment whose address complement starts like a 2A code (passes the pre-filter only)
    u = add_unit(False)
    cases["decoy"] = add_establishment(u, "2B033", OTHERS["2B033"], True, 10, state="A", diffusion="O", band="01",
                                       naf="81.21Z", has_position=True,
                                       overrides={"complementAdresseEtablissement": "2A004 RESIDENCE BAT B"})
    # an establishment abroad: no commune code
    u = add_unit(False)
    abroad = add_establishment(u, "", ("", ["", ""], 7.44, 46.95, 1), True, 10, state="A", diffusion="O",
                               band="01", naf="70.10Z", has_position=False,
                               overrides={"codePostalEtablissement": "", "libelleCommuneEtablissement": "",
                                          "libelleCommuneEtrangerEtablissement": "BERNE",
                                          "codePaysEtrangerEtablissement": "99140",
                                          "libellePaysEtrangerEtablissement": "SUISSE"})
    abroad["row"]["codeCommuneEtablissement"] = ""
    return units, establishments, cases


def write_csv(path: Path, columns, rows, sep=","):
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=sep, lineterminator="\n")
    writer.writerow(columns)
    for r in rows:
        writer.writerow([r.get(c, "") for c in columns])
    data = buf.getvalue().encode("utf-8")
    if path.suffix == ".gz":
        with gzip.GzipFile(path, "wb", mtime=0) as handle:  # mtime=0: same bytes at every run
            handle.write(data)
    else:
        path.write_bytes(data)


def main():
    units, ests, cases = generate()
    write_csv(HERE / "StockEtablissement_sample.csv", STOCK_COLUMNS, [e["row"] for e in ests])
    geo_rows = []
    for e in ests:
        if not e["has_position"]:
            continue
        partial = e["row"]["statutDiffusionEtablissement"] == "P"
        geo_rows.append({
            "siret": e["row"]["siret"],
            "x": "[ND]" if partial else f"{e['x']:.1f}", "y": "[ND]" if partial else f"{e['y']:.1f}",
            "qualite_xy": e["quality"], "epsg": "2154", "plg_qp24": "HZ", "plg_iris": "0000",
            "plg_code_commune": e["commune"], "distance_precision": "5",
            "y_latitude": "[ND]" if partial else f"{e['lat']:.6f}",
            "x_longitude": "[ND]" if partial else f"{e['lon']:.6f}",
        })
    write_csv(HERE / "GeolocalisationEtablissement_sample.csv", GEOLOC_COLUMNS, geo_rows, sep=";")
    geo_siret = []
    for e in ests:
        if not e["row"]["codeCommuneEtablissement"].startswith("2A"):
            continue
        row = dict(e["row"])
        centre = SAMPLE.get(e["commune"]) or OTHERS.get(e["commune"])
        partial = row["statutDiffusionEtablissement"] == "P"
        if not e["has_position"]:
            row.update({"longitude": "", "latitude": "", "geo_score": "0", "geo_type": ""})
        elif partial or e["geo_type"] == "municipality":
            row.update({"longitude": f"{centre[2]:.6f}", "latitude": f"{centre[3]:.6f}", "geo_score": "0",
                        "geo_type": "municipality", "geo_id": e["commune"], "geo_adresse": centre[0].title()})
        else:
            row.update({"longitude": f"{e['lon']:.6f}", "latitude": f"{e['lat']:.6f}", "geo_score": "0.87",
                        "geo_type": "housenumber", "geo_ligne": "G",
                        "geo_adresse": f"{row['numeroVoieEtablissement']} {row['libelleVoieEtablissement'].title()} "
                                       f"{row['codePostalEtablissement']} {centre[0].title()}".strip()})
        geo_siret.append(row)
    write_csv(HERE / "geo_siret_2A_sample.csv.gz", STOCK_COLUMNS + GEO_SIRET_EXTRA, geo_siret)
    write_csv(HERE / "StockUniteLegale_sample.csv", LEGAL_UNIT_COLUMNS, [{
        "siren": u["siren"], "statutDiffusionUniteLegale": u["diffusion"], "categorieEntreprise": "PME",
        "etatAdministratifUniteLegale": "A", "nomUniteLegale": u["nom"] if u["diffusion"] == "O" else "[ND]",
        "prenom1UniteLegale": u["prenom"] if u["diffusion"] == "O" else "[ND]",
        "denominationUniteLegale": u["denomination"], "categorieJuridiqueUniteLegale": u["category"],
        "economieSocialeSolidaireUniteLegale": u["ess"]} for u in units])

    sample = [e for e in ests if e["commune"] in SAMPLE]
    active = [e for e in sample if e["row"]["etatAdministratifEtablissement"] == "A"]

    def presumed(e):
        r = e["row"]
        return (r["etablissementSiege"] == "true" and r["caractereEmployeurEtablissement"] != "O"
                and r["trancheEffectifsEtablissement"] in ("", "NN", "00"))

    expected = {
        "seed": SEED,
        "stock_rows": len(ests), "geoloc_rows": len(geo_rows), "geo_siret_rows": len(geo_siret),
        "legal_units": len(units),
        "sample_all_states": len(sample), "sample_active": len(active),
        "sample_closed": len(sample) - len(active),
        "sample_active_partial": sum(e["row"]["statutDiffusionEtablissement"] == "P" for e in active),
        "sample_active_persons": sum(e["person"] for e in active),
        "sample_active_presumed_persons": sum(presumed(e) for e in active),
        "sample_active_by_commune": {c: sum(e["commune"] == c for e in active) for c in SAMPLE},
        "sample_active_naf_8121Z": sum(e["row"]["activitePrincipaleEtablissement"] == "81.21Z" for e in active),
        "sample_active_band_11_plus": sum(e["row"]["trancheEffectifsEtablissement"] in
                                          ("11", "12", "21", "22", "31") for e in active),
        "sample_active_no_position": sum(not e["has_position"] and e["row"]["statutDiffusionEtablissement"] != "P"
                                         for e in active),
        "cases": {k: v["row"]["siret"] for k, v in cases.items()},
    }
    (HERE / "expected.json").write_text(json.dumps(expected, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in expected.items() if k != "cases"}, indent=1))


if __name__ == "__main__":
    main()
