"""Demo step 2: the fictitious SIAE's files, imported and geocoded against the BAN-format sample file.

Writes `clients`, `worksites`, `antennas`, `employees` (points, EPSG:2154), their unmatched rows
(`siae_unmatched_<table>`) and `geocoding_quality` (communes with the count of placed rows by level —
an aggregate, counts under k = 11 suppressed) for the atlas page "Where the structure's data comes from".
"""
from __future__ import annotations

K = 11
LEVELS = ("housenumber", "street", "locality", "municipality", "coordinates")
# table → (file, kind index of coodiag:importtable, extra parameters)
TABLES = {
    "clients": ("clients.csv", 0, {}),
    "worksites": ("chantiers.csv", 2, {"PSEUDONYMISE": 1, "ID_FIELD": "N° client"}),  # same hash as clients
    "antennas": ("antennes.csv", 3, {}),
    "employees": ("salaries.csv", 1, {}),
}
TITLES = {"clients": "Clients (FICTIFS)", "worksites": "Chantiers et missions (FICTIFS)",
          "antennas": "Antennes (FICTIVES)", "employees": "Salariés en insertion (FICTIFS, pseudonymisés)"}


def run(ctx) -> None:
    folder = ctx.tmp / "siae"
    files = ctx.run("coodiag:samplesiae", {"OUTPUT_FOLDER": str(folder)})
    ban = str(ctx.sample / "ban" / "adresses-2A-capa.csv")
    communes = f"{ctx.sample / 'territory.gpkg'}|layername=communes_around"
    counts: dict = {}
    total_rows = total_precise = 0
    for name, (filename, kind, extra) in TABLES.items():
        params = {"INPUT": str(folder / filename), "KIND": kind, "BAN_FILE": ban, "COMMUNES": communes,
                  "TARGET_CRS": "EPSG:2154", "OUTPUT": "TEMPORARY_OUTPUT", "UNMATCHED": "TEMPORARY_OUTPUT", **extra}
        res = ctx.run("coodiag:importtable", params)
        ctx.save(res["OUTPUT"], name, style="importtable", title=TITLES[name])
        ctx.save(res["UNMATCHED"], f"siae_unmatched_{name}", title=f"Lignes non placées : {name}")
        rows, placed, rate = int(res["INPUT_ROWS"]), int(res["MATCHED"]), float(res["PRECISE_RATE"])
        total_rows += rows
        total_precise += round(rate * rows)
        ctx.facts[f"{name}: rows imported"] = rows
        ctx.facts[f"{name}: housenumber or street (%)"] = round(100 * rate, 1)
        ctx.facts[f"{name}: unmatched rows"] = int(res["UNMATCHED_COUNT"])
        for feat in res["OUTPUT"].getFeatures():
            key = (feat["geo_insee"] or "", feat["geo_type"])
            counts[key] = counts.get(key, 0) + 1
        ctx.log(f"{name}: {rows} rows → {placed} placed ({100 * rate:.1f} % at housenumber/street), "
                f"{res['UNMATCHED_COUNT']} unmatched")
    ctx.facts["SIAE files: housenumber or street (%)"] = round(100 * total_precise / max(1, total_rows), 1)
    ctx.save(quality_layer(ctx, counts), "geocoding_quality", style="geocoding_quality",
             title="Qualité du géocodage par commune")
    del files


def quality_layer(ctx, counts: dict):
    """Communes of the territory with n_rows, n_<level> and precise_rate (share housenumber + street);
    counts under K are suppressed (NULL) and the rate too when the commune has fewer than K rows."""
    from qgis.core import QgsFeature, QgsFields, QgsVectorLayer

    from coodiag.coodiag_plugin.toolbelt import compat
    from coodiag.processing_algorithms.analysis import privacy

    src = QgsVectorLayer(f"{ctx.sample / 'territory.gpkg'}|layername=communes", "communes", "ogr")
    fields = QgsFields()
    fields.append(compat.string_field("INSEE_COM"))
    fields.append(compat.string_field("NOM"))
    fields.append(compat.int_field("n_rows"))
    for level in LEVELS:
        fields.append(compat.int_field(f"n_{level}"))
    fields.append(compat.double_field("precise_rate"))
    fields.append(compat.bool_field("secret"))
    out = QgsVectorLayer(f"MultiPolygon?crs={src.crs().authid()}", "geocoding_quality", "memory")
    out.dataProvider().addAttributes(fields.toList())
    out.updateFields()
    feats = []
    for com in src.getFeatures():
        code = com["INSEE_COM"]
        by_level = [counts.get((code, level), 0) for level in LEVELS]
        n = sum(by_level)
        secret = privacy.is_secret(n, K)
        shown = privacy.suppress(by_level, by_level, K)
        rate = None if secret or n == 0 else (by_level[0] + by_level[1]) / n
        feat = QgsFeature(out.fields())
        feat.setGeometry(com.geometry())
        feat.setAttributes([code, com["NOM"], None if secret else n, *shown, rate, secret])
        feats.append(feat)
    out.dataProvider().addFeatures(feats)
    return out
