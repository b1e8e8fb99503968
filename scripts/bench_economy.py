"""Benchmarks of the economy topic (SIRENE streaming, DECP filtering). No QGIS needed.

    .venv/bin/python scripts/bench_economy.py          # standalone: writes output/bench/economy.json
    (also run by scripts/bench.py: `make bench` or `bench.py economy`)

1. **SIRENE**: a generated StockEtablissement of 5,000,000 rows (the 54 official columns; communes drawn
   from the COG table weighted by population, postcodes of the commune, ~230 bytes a row, 1.1 GB) is
   streamed by ``sirene.read_establishments`` for the ten communes of the sample territory (Corsica),
   and for the sixteen arrondissements of Marseille (a dense département: the byte pre-filter lets ~4 %
   of the lines through). Each run is a fresh process pinned to one core (``sched_setaffinity``); the
   peak memory is that process's ``ru_maxrss``. Bounds measured the same way on the same file:
   *raw read* (read the file in 32 MB chunks and count the line ends: no reader can be faster) and
   *naive pandas* (``read_csv`` in chunks of 200,000 rows with ``usecols`` of the 27 needed columns,
   text dtype, then the commune filter — the straightforward implementation). Memory flatness: the same
   run on a 1,000,000-row file.
2. **DECP**: a generated consolidated tabular file of 1,000,000 rows (the 58 columns of decp.info's
   schema; buyers and places spread over every département) filtered to one département (Corse-du-Sud)
   end to end by ``decp.read_decp`` (place of execution, social considerations, one row per contract);
   bound: ``read_csv`` of the same columns with nothing else.

Median of 3 runs with min–max; the files are generated once (page cache warm for every run alike).
"""
from __future__ import annotations

import csv
import io
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
COG = SHARED / "communes-france-cog" / "communes_france_decoupage_administratif_6.0.0.csv"
SAMPLE = ["2A004", "2A001", "2A006", "2A017", "2A103", "2A209", "2A271", "2A323", "2A336", "2A351"]
MARSEILLE = [f"132{n:02d}" for n in range(1, 17)]
RUNS = 3
SIRENE_ROWS = int(os.environ.get("BENCH_SIRENE_ROWS", 5_000_000))  # smaller values: quick checks only
DECP_ROWS = int(os.environ.get("BENCH_DECP_ROWS", 1_000_000))


def _bootstrap():
    """Import the plugin package as 'coodiag' without QGIS (like tests/conftest.py)."""
    import importlib.util

    if "coodiag" not in sys.modules:
        spec = importlib.util.spec_from_file_location("coodiag", ROOT / "__init__.py",
                                                      submodule_search_locations=[str(ROOT)])
        module = importlib.util.module_from_spec(spec)
        sys.modules["coodiag"] = module
        spec.loader.exec_module(module)


# ---- data generation -----------------------------------------------------------------------------
def _communes():
    """[(code, postcode, weight, departement)] of current communes (COG), else a synthetic France."""
    if COG.exists():
        out = []
        with open(COG, encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if row["type"] in ("commune-actuelle", "arrondissement-municipal") and row["code"][:2] not in ("98",):
                    if row["code"] in ("75056", "69123", "13055"):
                        continue  # their arrondissements carry the establishments
                    pc = (row["codes_postaux"] or "").split(";")[0]
                    out.append((row["code"], pc, int(row["population"] or 0) + 30, row["departement"]))
        return out
    rng = random.Random(0)
    deps = [f"{d:02d}" for d in range(1, 96) if d != 20] + ["2A", "2B"]
    return [(f"{d}{n:03d}", f"{d if d[1] not in 'AB' else '20'}{n:03d}"[:5], rng.randint(50, 5000), d)
            for d in deps for n in range(1, 360)]


def make_sirene(path: Path, rows: int, block_rows: int = 100_000) -> None:
    sys.path.insert(0, str(ROOT / "tests" / "data" / "sirene"))
    import make_fixture as mf  # the official column list and value forms of the test fixture

    rng = random.Random(1)
    communes = _communes()
    picks = rng.choices(communes, [c[2] for c in communes], k=block_rows)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for code, pc, _w, _d in picks:
        siren = str(rng.randint(100000000, 999999999))
        nic = f"{rng.randint(10, 99999):05d}"
        row = dict.fromkeys(mf.STOCK_COLUMNS, "")
        row.update({
            "siren": siren, "nic": nic, "siret": siren + nic, "statutDiffusionEtablissement": "O" if rng.random() > .05
            else "P",
            "dateCreationEtablissement": f"{rng.randint(1970, 2024)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
            "trancheEffectifsEtablissement": rng.choice(mf.BANDS), "anneeEffectifsEtablissement": "2022",
            "dateDernierTraitementEtablissement": "2025-11-03T10:21:45.000", "etablissementSiege": rng.choice(
                ["true", "false"]), "nombrePeriodesEtablissement": str(rng.randint(1, 5)),
            "numeroVoieEtablissement": str(rng.randint(1, 200)), "typeVoieEtablissement": rng.choice(mf.STREET_TYPES),
            "libelleVoieEtablissement": rng.choice(mf.STREETS), "codePostalEtablissement": pc,
            "libelleCommuneEtablissement": "COMMUNE", "codeCommuneEtablissement": code,
            "identifiantAdresseEtablissement": f"{code}_{rng.randint(1000, 9999)}_00012_B",
            "coordonneeLambertAbscisseEtablissement": f"{rng.uniform(1e5, 1.2e6):.1f}",
            "coordonneeLambertOrdonneeEtablissement": f"{rng.uniform(6.0e6, 7.1e6):.1f}", "dateDebut": "2020-01-01",
            "etatAdministratifEtablissement": "A" if rng.random() > .3 else "F",
            "activitePrincipaleEtablissement": rng.choice(mf.NAF), "nomenclatureActivitePrincipaleEtablissement":
                "NAFRev2", "caractereEmployeurEtablissement": rng.choice("ON"),
        })
        row["activitePrincipaleNAF25Etablissement"] = row["activitePrincipaleEtablissement"]
        writer.writerow([row[c] for c in mf.STOCK_COLUMNS])
    block = buf.getvalue().encode("utf-8")
    with open(path, "wb") as out:
        out.write((",".join(mf.STOCK_COLUMNS) + "\n").encode())
        for _ in range(rows // block_rows):
            out.write(block)


def make_decp(path: Path, rows: int, block_rows: int = 50_000) -> None:
    fields = ["uid", "id", "nature", "acheteur_id", "acheteur_nom", "titulaire_id", "titulaire_typeIdentifiant",
              "titulaire_nom", "objet", "montant", "type", "codeCPV", "procedure", "techniques", "dureeMois",
              "dureeRestanteMois", "offresRecues", "dateNotification", "datePublicationDonnees", "formePrix",
              "typesPrix", "attributionAvance", "tauxAvance", "marcheInnovant", "modalitesExecution",
              "considerationsSociales", "considerationsEnvironnementales", "ccag", "sousTraitanceDeclaree",
              "typeGroupementOperateurs", "origineUE", "origineFrance", "lieuExecution_code", "lieuExecution_typeCode",
              "idAccordCadre", "titulaire_distance", "acheteur_categorie", "acheteur_commune_code",
              "acheteur_commune_nom", "acheteur_departement_code", "acheteur_departement_nom", "acheteur_region_code",
              "acheteur_region_nom", "acheteur_latitude", "acheteur_longitude", "titulaire_categorie",
              "titulaire_commune_code", "titulaire_commune_nom", "titulaire_departement_code",
              "titulaire_departement_nom", "titulaire_region_code", "titulaire_region_nom", "titulaire_latitude",
              "titulaire_longitude", "modification_id", "donneesActuelles", "sourceDataset", "sourceFile"]
    rng = random.Random(2)
    communes = _communes()
    social = ["Sans objet"] * 6 + ["Clause sociale", "Critère social, Clause sociale", "Marché réservé", ""]
    cpvs = ["90910000", "77310000", "45000000", "71000000", "55520000", "30192000", "79620000", "45442100"]
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(fields)
        n = 0
        while n < rows:
            picks = rng.choices(communes, [c[2] for c in communes], k=block_rows)
            lines = []
            for code, pc, _w, dep in picks:
                n += 1
                kind = rng.random()
                place = ((code, "Code commune") if kind < .4 else (pc, "Code postal") if kind < .9
                         else (dep, "Code département"))
                buyer = f"2{rng.randint(10000000, 99999999)}{rng.randint(10000, 99999)}"
                row = dict.fromkeys(fields, "")
                row.update({"uid": f"{buyer}{n}", "id": str(n), "nature": "Marché", "acheteur_id": buyer,
                            "acheteur_nom": "ACHETEUR", "titulaire_id": str(rng.randint(10 ** 13, 10 ** 14 - 1)),
                            "titulaire_typeIdentifiant": "SIRET", "titulaire_nom": "TITULAIRE",
                            "objet": "Objet du marché",
                            "montant": f"{rng.uniform(4e4, 2e6):.2f}", "codeCPV": rng.choice(cpvs),
                            "procedure": "Procédure adaptée", "dureeMois": "12", "dateNotification": "2024-05-02",
                            "considerationsSociales": rng.choice(social), "lieuExecution_code": place[0],
                            "lieuExecution_typeCode": place[1], "acheteur_commune_code": code,
                            "acheteur_departement_code": dep, "acheteur_latitude": "46.5", "acheteur_longitude": "2.5",
                            "modification_id": "0", "donneesActuelles": "true", "sourceDataset": "bench"})
                lines.append([row[f] for f in fields])
            writer.writerows(lines)


# ---- measured tasks (each in its own process) ----------------------------------------------------
def _child(task: str, args: list) -> dict:
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    except (AttributeError, OSError):
        pass
    _bootstrap()
    import pandas as pd

    path = Path(args[0])
    t0 = time.perf_counter()
    out = {}
    if task in ("sirene", "sirene_marseille"):
        from coodiag.processing_algorithms.analysis import sirene

        communes = SAMPLE if task == "sirene" else MARSEILLE
        result = sirene.read_establishments(path, communes)
        out = {"rows": result.counts["lines_read"], "kept": result.counts["kept"],
               "candidates": result.counts["candidates"], "prefilter": result.counts["prefilter"]}
    elif task == "raw":
        rows = 0
        with open(path, "rb") as handle:
            while True:
                block = handle.read(32 << 20)
                if not block:
                    break
                rows += block.count(b"\n")
        out = {"rows": rows - 1}
    elif task == "naive":
        from coodiag.processing_algorithms.analysis import sirene

        usecols = set(sirene.STOCK_FIELDS.values())
        rows, kept = 0, 0
        for chunk in pd.read_csv(path, dtype=str, usecols=lambda c: c in usecols, keep_default_na=False,
                                 chunksize=200_000):
            rows += len(chunk)
            sel = chunk[chunk["codeCommuneEtablissement"].isin(SAMPLE)
                        & chunk["etatAdministratifEtablissement"].eq("A")]
            kept += len(sel)
        out = {"rows": rows, "kept": kept}
    elif task == "decp":
        from coodiag.processing_algorithms.analysis import decp

        communes = [c[0] for c in _communes() if c[3] == "2A"]
        territory = decp.territory_from_cog(COG, communes) if COG.exists() else decp.Territory(set(communes))
        result = decp.read_decp(path, territory)
        out = {"rows": result.counts["rows_read"], "contracts": len(result.contracts),
               "rejected": len(result.rejected)}
    elif task == "decp_bound":
        from coodiag.processing_algorithms.analysis import decp

        rows = 0
        for chunk in pd.read_csv(path, dtype=str, usecols=decp.TABULAR_FIELDS, keep_default_na=False,
                                 na_filter=False, chunksize=100_000):
            rows += len(chunk)
        out = {"rows": rows}
    out["seconds"] = time.perf_counter() - t0
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def _run(task: str, path: Path, runs: int = RUNS) -> dict:
    results = []
    for _ in range(runs):
        proc = subprocess.run([sys.executable, __file__, "--child", task, str(path)], capture_output=True, text=True,
                              check=True)
        results.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    secs = [r["seconds"] for r in results]
    med = statistics.median(secs)
    summary = {k: v for k, v in results[0].items() if k not in ("seconds", "peak_mb")}
    summary.update(seconds_median=round(med, 3), seconds_min=round(min(secs), 3), seconds_max=round(max(secs), 3),
                   rows_per_s=int(results[0]["rows"] / med) if med else None,
                   peak_mb=round(max(r["peak_mb"] for r in results), 1), runs=runs)
    return summary


def machine() -> dict:
    cpu = ""
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
    except (OSError, StopIteration):
        cpu = platform.processor()
    import numpy
    import pandas

    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(), "pandas": pandas.__version__,
            "numpy": numpy.__version__, "platform": platform.platform(),
            "load_average_1_5_15min": [round(x, 2) for x in os.getloadavg()]}


def run_all(report=None, runs: int = RUNS) -> dict:
    results = {"machine": machine()}
    print("machine:", results["machine"], flush=True)
    with tempfile.TemporaryDirectory(prefix="coodiag_bench_economy_") as tmp:
        tmp = Path(tmp)
        stock, small = tmp / "StockEtablissement.csv", tmp / "StockEtablissement_1M.csv"
        t0 = time.perf_counter()
        make_sirene(stock, SIRENE_ROWS)
        make_sirene(small, min(1_000_000, SIRENE_ROWS))
        print(f"generated SIRENE files in {time.perf_counter() - t0:.0f} s ({stock.stat().st_size / 1e9:.2f} GB)",
              flush=True)
        sirene_res = {
            "rows": SIRENE_ROWS, "bytes": stock.stat().st_size,
            "sample_territory": _run("sirene", stock, runs),
            "marseille_16_arrondissements": _run("sirene_marseille", stock, runs),
            "memory_flatness_1M_rows": _run("sirene", small, 1),
            "bound_raw_read": _run("raw", stock, runs),
            "baseline_naive_pandas": _run("naive", stock, runs),
        }
        ours = sirene_res["sample_territory"]["seconds_median"]
        sirene_res["ratio_vs_naive_pandas"] = round(sirene_res["baseline_naive_pandas"]["seconds_median"] / ours, 2)
        sirene_res["ratio_vs_raw_read"] = round(ours / sirene_res["bound_raw_read"]["seconds_median"], 2)
        sirene_res["target_rows_per_s"] = 500_000
        results["sirene"] = sirene_res
        stock.unlink()
        small.unlink()
        table = tmp / "decp_tabular.csv"
        t0 = time.perf_counter()
        make_decp(table, DECP_ROWS)
        print(f"generated DECP file in {time.perf_counter() - t0:.0f} s ({table.stat().st_size / 1e6:.0f} MB)",
              flush=True)
        decp_res = {"rows": DECP_ROWS, "bytes": table.stat().st_size, "territory": "département 2A",
                    "read_decp": _run("decp", table, runs), "bound_read_csv": _run("decp_bound", table, runs)}
        decp_res["ratio_vs_read_csv"] = round(decp_res["read_decp"]["seconds_median"]
                                              / decp_res["bound_read_csv"]["seconds_median"], 2)
        results["decp"] = decp_res
    results["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    if report is not None:
        s, d = results["sirene"], results["decp"]
        for name, key in (("SIRENE 5M rows, sample territory", "sample_territory"),
                          ("SIRENE 5M rows, Marseille", "marseille_16_arrondissements"),
                          ("SIRENE 5M rows, naive pandas baseline", "baseline_naive_pandas"),
                          ("SIRENE 5M rows, raw read bound", "bound_raw_read")):
            r = s[key]
            report(name, r["seconds_median"], {"rows_per_s": r["rows_per_s"], "peak_mb": r["peak_mb"],
                                               "min": r["seconds_min"], "max": r["seconds_max"]})
        report("DECP tabular 1M rows → one département", d["read_decp"]["seconds_median"],
               {"rows_per_s": d["read_decp"]["rows_per_s"], "ratio_vs_read_csv": d["ratio_vs_read_csv"]})
    out = ROOT / "output" / "bench"
    out.mkdir(parents=True, exist_ok=True)
    (out / "economy.json").write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    print(json.dumps(results, indent=1, ensure_ascii=False))
    return results


def main(report) -> None:
    """Entry point of scripts/bench.py."""
    run_all(report)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        print(json.dumps(_child(sys.argv[2], sys.argv[3:])))
    else:
        run_all(runs=int(os.environ.get("BENCH_RUNS", RUNS)))
