"""Benchmark of the offline BAN geocoder: 100,000 addresses against a generated ~500,000-row BAN file.

The BAN file is synthetic (a département-sized copy of the sample extract's shape: 300 communes × ~60
streets × ~28 numbers); the addresses are drawn from it with the dirt the sample SIAE files have
(abbreviations, upper case, missing accents, 3 % typos, 5 % numbers absent, 2 % unknown streets).
The timing covers reading the CSV, building the index and geocoding. Target: < 60 s on 2 cores.
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
    from coodiag.processing_algorithms.analysis import geocoder

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "adresses-99.csv"
        t0 = time.perf_counter()
        n_ban = make_ban(path)
        report("generate BAN file", time.perf_counter() - t0, {"rows": n_ban})
        t0 = time.perf_counter()
        frame = geocoder.read_ban_csv(path)
        t_read = time.perf_counter() - t0
        t1 = time.perf_counter()
        index = geocoder.BanIndex.from_frame(frame)
        t_index = time.perf_counter() - t1
        queries = make_queries(frame)
        t2 = time.perf_counter()
        out = geocoder.geocode(queries, index)
        t_geo = time.perf_counter() - t2
        total = t_read + t_index + t_geo
        levels = out["geo_type"].value_counts().to_dict()
        report("read BAN csv", t_read, {"rows": len(frame)})
        report("build index", t_index, {"streets": len(index.street_key)})
        report("geocode 100,000 addresses", t_geo, {"rows_per_s": int(len(queries) / t_geo), **levels})
        report("total (read + index + geocode)", total,
               {"rows_per_s": int(len(queries) / total), "target_s": 60, "ok": total < 60})
        print(f"  offline geocoder: {len(queries) / total:,.0f} rows/s end to end, "
              f"{len(queries) / t_geo:,.0f} rows/s geocoding only")


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from demo_context import register_package

    register_package()
    main(lambda name, s, extra=None: print(f"{name:<40} {s:8.2f} s  {extra or ''}"))
