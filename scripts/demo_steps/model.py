"""Demo, model engine: the whole diagnostic through the shipped Processing model coodiag:fulldiagnostic
(what an analyst runs with one qgis_process command), on the sample territory's raw files."""
from __future__ import annotations

import sqlite3


def run(ctx) -> None:
    s = ctx.sample
    results = ctx.run("coodiag:fulldiagnostic", {
        "COMMUNES": f"{s / 'territory.gpkg'}|layername=communes_around", "TERRITORY_MODE": 1, "CODES": "242010056",
        "FILOSOFI": str(s / "filosofi2019_200m_ajaccio.gpkg"),
        "CLIENTS": str(s / "siae" / "clients.csv"), "EMPLOYEES": str(s / "siae" / "salaries.csv"),
        "ANTENNAS": str(s / "siae" / "antennes.csv"), "BAN_FILE": str(s / "ban" / "adresses-2A-capa.csv"),
        "ROADS": f"{s / 'roads_capa.gpkg'}|layername=road_links",
        "WEIGHT_FIELD": "heures_vendues", "ANTENNA_FIELD": "antenne",
        "SIAE_NAME": "AI Fictive du Pays Ajaccien", "TERRITORY_NAME": "CA du Pays Ajaccien",
        "LANGUAGE": {"en": 1, "fr": 2}.get(getattr(ctx, "lang", "fr"), 0),
        "GEOPACKAGE": str(ctx.gpkg), "atlas:PDF": str(ctx.tmp / "model_atlas.pdf"),
    })
    with sqlite3.connect(ctx.gpkg) as db:
        layers = [r[0] for r in db.execute("SELECT table_name FROM gpkg_contents ORDER BY table_name")]

        def one(sql):
            row = db.execute(sql).fetchone()
            return row[0] if row else None

        ctx.facts["layers in the diagnostic GeoPackage"] = len(layers)
        ctx.facts["communes"] = one("SELECT COUNT(*) FROM communes")
        ctx.facts["population (Filosofi 2019, cells)"] = round(one("SELECT SUM(ind) FROM filosofi_200m") or 0)
        for table in ("clients", "employees", "antennas"):
            placed = one(f"SELECT COUNT(*) FROM {table}")
            unmatched = one(f"SELECT COUNT(*) FROM siae_unmatched_{table}")
            precise = one(f"SELECT COUNT(*) FROM {table} WHERE geo_type IN ('housenumber', 'street')")
            ctx.facts[f"{table}: placed / unmatched"] = f"{placed} / {unmatched}"
            ctx.facts[f"{table}: housenumber or street (%)"] = round(100.0 * precise / max(1, placed + unmatched), 1)
        within = one("SELECT SUM(ind_le_20) FROM access_car")
        ctx.facts["population within 20 min by car of an antenna"] = round(within or 0)
        ctx.facts["potential beneficiaries (index)"] = round(one("SELECT SUM(potential) FROM beneficiary_potential")
                                                             or 0)
    ctx.log(f"coodiag:fulldiagnostic: {len(layers)} layers, model atlas {results.get('atlas:PDF', '')}")
