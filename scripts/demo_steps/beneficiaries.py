"""Demo step 5: where do the employees in insertion live, and which zones hold unreached potential?

Uses the GeoPackage layers `employees` (imported points), `communes` and `filosofi_200m`; the travel-time
layers `isochrones_car` / `isochrones_walk` when they already exist (otherwise no reach class). Writes
`beneficiary_potential` (per 200 m cell), `unmet_zones` and `employees_by_zone` (per commune, secret
zones suppressed), and the key figures.
"""
from __future__ import annotations


def _employees(ctx):
    """The imported employees, or (when the import step has not run) a reproducible synthetic set."""
    if ctx.has("employees"):
        return ctx.uri("employees")
    import numpy as np
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    ctx.log("no 'employees' layer yet: using synthetic employees (demo only)")
    cells = ctx.layer("filosofi_200m") if ctx.has("filosofi_200m") else None
    if cells is None:
        cells = QgsVectorLayer(f"{ctx.sample / 'filosofi2019_200m_ajaccio.gpkg'}|layername=carreaux_200m",
                               "cells", "ogr")
    layer = QgsVectorLayer(f"Point?crs={cells.crs().authid()}&field=age:integer", "employees", "memory")
    rng = np.random.default_rng(2026)
    features = []
    for cell in cells.getFeatures():
        n = rng.poisson(0.04 * (cell["men_pauv"] or 0))
        box = cell.geometry().boundingBox()
        for _ in range(n):
            feature = QgsFeature(layer.fields())
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(
                rng.uniform(box.xMinimum(), box.xMaximum()), rng.uniform(box.yMinimum(), box.yMaximum()))))
            feature.setAttributes([int(rng.integers(18, 63))])
            features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer




def run(ctx) -> None:
    communes = ctx.uri("communes") if ctx.has("communes") else f"{ctx.sample / 'territory.gpkg'}|layername=communes"
    cells = (ctx.uri("filosofi_200m") if ctx.has("filosofi_200m")
             else f"{ctx.sample / 'filosofi2019_200m_ajaccio.gpkg'}|layername=carreaux_200m")
    employees = _employees(ctx)

    per_cell = ctx.run("coodiag:beneficiarypotential", {"INPUT": cells, "ZONES": communes, "LEVEL": 0,
                                                        "OUTPUT": "TEMPORARY_OUTPUT"})
    # the style's quantile classes are recomputed on this layer before being stored in the GeoPackage
    ctx.save(per_cell["OUTPUT"], "beneficiary_potential", style="beneficiarypotential",
             title="Bénéficiaires potentiels (indice) par carreau de 200 m")
    per_commune = ctx.run("coodiag:beneficiarypotential", {"INPUT": cells, "ZONES": communes, "LEVEL": 1,
                                                           "OUTPUT": "TEMPORARY_OUTPUT"})

    params = {"ZONES": per_commune["OUTPUT"], "POTENTIAL_FIELD": "potential", "ZONE_ID_FIELD": "INSEE_COM",
              "EMPLOYEES": employees, "OUTPUT": "TEMPORARY_OUTPUT"}
    reach = next((name for name in ("isochrones_car", "isochrones_walk") if ctx.has(name)), None)
    if reach:
        params["ISOCHRONES"] = ctx.uri(reach)
        ctx.log(f"reach of the SIAE: {reach}")
    else:
        ctx.log("no travel-time layer yet: zones are not classed by reach")
    result = ctx.run("coodiag:unmetzones", params)
    ctx.save(result["OUTPUT"], "unmet_zones", style="unmetzones", title="Zones à potentiel non atteint")
    slim = ctx.run("native:retainfields", {"INPUT": result["OUTPUT"],
                                           "FIELDS": ["INSEE_COM", "NOM", "reached", "secret"],
                                           "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    ctx.save(slim, "employees_by_zone", style="employees_zones",
             title="Salariés en insertion par commune (secret < 11)")

    counts = {key: result.get(f"N_{key.upper()}", 0) for key in ("not_reached", "under_reached")}
    ctx.facts["potential beneficiaries (index, Filosofi cells)"] = round(per_cell["TOTAL_POTENTIAL"])
    ctx.facts["employees living in the territory"] = result["N_IN_ZONES"]
    ctx.facts["employees reach rate (per 1,000 potential)"] = round(1000 * result["TERRITORY_RATE"], 1)
    ctx.facts["communes not reached / under-reached"] = f"{counts['not_reached']} / {counts['under_reached']}"
    ctx.facts["communes under statistical secrecy (< 11 employees)"] = result["N_SECRET"]
    ctx.log(f"{result['N_IN_ZONES']} employees in the territory ({result['N_OUTSIDE']} outside), "
            f"{result['N_SECRET']} secret commune(s)")
