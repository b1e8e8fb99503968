"""Benchmark of the offline BAN geocoder: 100,000 addresses against a generated ~500,000-row BAN file.

The BAN file is synthetic (a département-sized copy of the sample extract's shape: 300 communes × ~60
streets × ~28 numbers); the addresses are drawn from it with the dirt the sample SIAE files have
(abbreviations, upper case, missing accents, 3 % typos, 5 % numbers absent, 2 % unknown streets).
Timed end to end — coodiag:importtable from the CSV on disk to the GeoPackage written (reading both files,
building the index, matching, writing the points and the unmatched rows) — and, for information, the
geocoder's own phases in memory. Every figure a median of ≥ 3 runs. Target: < 60 s on 2 cores.
"""
from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

import pandas as pd

TYPES = ["Rue", "Avenue", "Boulevard", "Chemin", "Route", "Impasse", "Place", "Allée"]
WORDS = ["Napoléon", "Fesch", "Général Leclerc", "Maréchal Lyautey", "des Oliviers", "de la Fontaine", "Saint-Jean",
         "Pascal Paoli", "des Écoles", "du Stade", "de l'Église", "Jean Jaurès", "Victor Hugo", "des Lilas",
         "Sainte-Lucie", "du Moulin", "de la Gare", "des Pins", "du Docteur Roux", "Émile Zola"]


def make_ban(path: Path, communes=300, streets=60, numbers=28) -> int:
    rows = []
    for c in range(communes):
        insee = f"99{c:03d}"
        pc = f"99{(c // 3):03d}"  # postcodes shared by 3 communes
        lon0, lat0 = 2 + c * 0.01, 45 + c * 0.005
        for s in range(streets):
            name = f"{TYPES[s % len(TYPES)]} {WORDS[(s * 7 + c) % len(WORDS)]} {s // len(WORDS) + 1}"
            for n in range(1, numbers + 1):
                rows.append((f"{insee}_{s:04d}_{n:05d}", n, "", name, pc, insee, f"Commune {c}",
                             lon0 + s * 1e-4 + n * 1e-6, lat0 + n * 1e-6))
    frame = pd.DataFrame(rows, columns=["id", "numero", "rep", "nom_voie", "code_postal", "code_insee",
                                        "nom_commune", "lon", "lat"])
    for col in ["id_fantoir", "code_insee_ancienne_commune", "nom_ancienne_commune", "x", "y", "type_position",
                "alias", "nom_ld", "libelle_acheminement", "nom_afnor", "source_position", "source_nom_voie",
                "certification_commune", "cad_parcelles"]:
        frame[col] = ""
    frame.to_csv(path, sep=";", index=False)
    return len(frame)


def make_queries(ban: pd.DataFrame, n=100_000, seed=2) -> pd.DataFrame:
    import unicodedata

    rnd = random.Random(seed)
    abbrev = {"Avenue": "av.", "Boulevard": "BD", "Chemin": "ch", "Route": "rte", "Place": "pl", "Impasse": "imp",
              "Saint": "St", "Sainte": "Ste", "Général": "Gal", "Maréchal": "Mal"}
    picks = ban.sample(n=n, random_state=seed, replace=True)
    streets, numbers = [], []
    for name, num in zip(picks["nom_voie"], picks["numero"]):
        words = name.split(" ")
        if rnd.random() < 0.4:
            words = [abbrev.get(w, w) for w in words]
        s = " ".join(words)
        r = rnd.random()
        if r < 0.03 and len(s) > 10:
            j = rnd.randint(4, len(s) - 3)
            s = s[:j] + s[j + 1:]
        elif r < 0.05:
            s = "Rue Inconnue " + str(rnd.randint(1, 99))
        if rnd.random() < 0.25:
            s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
        if rnd.random() < 0.3:
            s = s.upper()
        numbers.append(str(int(num) + (60 if rnd.random() < 0.05 else 0)))
        streets.append(s)
    return pd.DataFrame({"number": numbers, "street": streets, "postcode": picks["code_postal"].tolist(),
                         "city": picks["nom_commune"].tolist()})


def main(report) -> None:
    from qgis import processing
    from qgis.core import QgsVectorLayer

    from coodiag.processing_algorithms.analysis import geocoder

    quick = getattr(report, "quick", False)
    n_queries = 20_000 if quick else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ban_path = folder / "adresses-99.csv"
        n_ban = make_ban(ban_path, communes=60 if quick else 300)
        frame = geocoder.read_ban_csv(ban_path)
        csv_path = folder / "clients.csv"
        make_queries(frame, n=n_queries).to_csv(csv_path, sep=";", index=False)
        report.note(f"synthetic BAN file: {n_ban:,} rows; {n_queries:,} addresses in a CSV on disk")
        outputs = iter(range(1_000_000))

        def end_to_end():
            k = next(outputs)
            out, unmatched = folder / f"geocoded_{k}.gpkg", folder / f"unmatched_{k}.gpkg"
            res = processing.run("coodiag:importtable", {
                "INPUT": str(csv_path), "KIND": 4, "MODE": 2, "BAN_FILE": str(ban_path), "NUMBER_FIELD": "number",
                "STREET_FIELD": "street", "POSTCODE_FIELD": "postcode", "CITY_FIELD": "city", "PSEUDONYMISE": 2,
                "OUTPUT": str(out), "UNMATCHED": str(unmatched)})
            return {"matched": res.get("MATCHED"), "unmatched": res.get("UNMATCHED_COUNT"),
                    "written": QgsVectorLayer(str(out), "g", "ogr").featureCount()}

        row = report.measure(f"{n_queries:,} addresses geocoded offline: CSV on disk → GeoPackage written "
                             "(coodiag:importtable, address mode)", end_to_end)
        med = row["seconds"]["median"]
        report.note(f"end to end: {n_queries / med:,.0f} rows/s; matched {row['run_extras'][0].get('matched')}, "
                    f"unmatched {row['run_extras'][0].get('unmatched')} (target: 100,000 rows under 60 s)")
        queries = make_queries(frame, n=n_queries)

        def phases():
            t0 = time.perf_counter()
            ban = geocoder.read_ban_csv(ban_path)
            t1 = time.perf_counter()
            index = geocoder.BanIndex.from_frame(ban)
            t2 = time.perf_counter()
            geocoder.geocode(queries, index)
            t3 = time.perf_counter()
            return {"phases": {"read BAN": round(t1 - t0, 3), "index": round(t2 - t1, 3),
                               "geocode": round(t3 - t2, 3)}}

        row = report.measure(f"{n_queries:,} addresses: the geocoder alone (read BAN + index + match, in memory)",
                             phases)
        report.note(f"geocoder phases: {row['run_extras'][0].get('phases')}")


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_common import standalone

    standalone(main)
