"""Demo step 4: where are the clients, and where could new ones be?

Uses the GeoPackage layers `clients` and `antennas` (imported points, EPSG:2154), `communes` and
`filosofi_200m` (falls back to the sample territory, and to reproducible synthetic clients when the import
step has not run). Field names are detected case-insensitively (e.g. `Type client` / `type_client`,
`Heures vendues` / `heures`, `Antenne`). Writes only aggregated layers: `client_grid` (1 km cells),
`client_zones`, `client_smoothed` (200 m cells, bandwidth 1 km), `client_penetration`, `client_areas`,
`prospect_zones`, `client_hotspots`; and the key figures.
"""
from __future__ import annotations

import re
import unicodedata


def _norm(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


def detect(layer, *prefixes) -> str:
    """First field whose normalised name starts with one of the prefixes ("" when none)."""
    if layer is None:
        return ""
    for prefix in prefixes:
        for field in layer.fields():
            if _norm(field.name()).startswith(prefix):
                return field.name()
    return ""


def _synthetic_clients(ctx, cells_uri: str):
    import numpy as np
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    ctx.log("no 'clients' layer yet: using synthetic clients (demo only)")
    cells = QgsVectorLayer(cells_uri, "cells", "ogr")
    layer = QgsVectorLayer(f"Point?crs={cells.crs().authid()}&field=type_client:string&field=heures:double",
                           "clients", "memory")
    rng = np.random.default_rng(2026)
    feats = []
    for cell in cells.getFeatures():
        n = rng.poisson(0.012 * (cell["men"] or 0))
        box = cell.geometry().boundingBox()
        for _ in range(n):
            f = QgsFeature(layer.fields())
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(rng.uniform(box.xMinimum(), box.xMaximum()),
                                                             rng.uniform(box.yMinimum(), box.yMaximum()))))
            f.setAttributes(["particulier" if rng.random() < 0.8 else "entreprise", float(rng.integers(2, 120))])
            feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer




def run(ctx) -> None:
    from coodiag.coodiag_plugin.toolbelt import compat

    communes = ctx.uri("communes") if ctx.has("communes") else f"{ctx.sample / 'territory.gpkg'}|layername=communes"
    cells = (ctx.uri("filosofi_200m") if ctx.has("filosofi_200m")
             else f"{ctx.sample / 'filosofi2019_200m_ajaccio.gpkg'}|layername=carreaux_200m")
    clients = ctx.uri("clients") if ctx.has("clients") else _synthetic_clients(ctx, cells)
    clients_layer = ctx.layer("clients") if isinstance(clients, str) else clients
    hours = detect(clients_layer, "heures_vendues", "heures", "hours", "nb_heures")
    kind = detect(clients_layer, "type_client", "type")
    antenna_of_client = detect(clients_layer, "antenne", "antenna")
    antennas = ctx.uri("antennas") if ctx.has("antennas") else None
    antenna_name = detect(ctx.layer("antennas"), "nom", "antenne", "name", "libelle") if antennas else ""
    ctx.log(f"client fields: type={kind or '-'}, hours={hours or '-'}, antenna={antenna_of_client or '-'}")

    common = {"INPUT": clients, "FILOSOFI": cells, "DENOMINATOR": 0}
    dens = ctx.run("coodiag:clientdensity", {**common, "WEIGHT_FIELD": hours, "ZONES": communes, "CELL_SIZE": 2,
                                             "BANDWIDTH": 0, "OUTPUT_GRID": "TEMPORARY_OUTPUT",
                                             "OUTPUT_ZONES": "TEMPORARY_OUTPUT"})
    ctx.save(dens["OUTPUT_GRID"], "client_grid", style="clientdensity_grid",
             title="Clients par carreau de 1 km (secret < 11)")
    ctx.save(dens["OUTPUT_ZONES"], "client_zones", style="clientdensity_zones",
             title="Clients par commune (pour 1 000 ménages)")
    smooth = ctx.run("coodiag:clientdensity", {**common, "WEIGHT_FIELD": hours, "CELL_SIZE": 0, "BANDWIDTH": 1000,
                                               "OUTPUT_GRID": "TEMPORARY_OUTPUT",
                                               "OUTPUT_SMOOTHED": "TEMPORARY_OUTPUT"})
    ctx.save(smooth["OUTPUT_SMOOTHED"], "client_smoothed", style="smoothed",
             title="Clients pour 1 000 ménages, lissage 1 km")

    pen_params = {**common, "ZONES": communes, "AREA_UNIT": 0, "OUTPUT": "TEMPORARY_OUTPUT",
                  "OUTPUT_AREAS": "TEMPORARY_OUTPUT"}
    if antennas:
        pen_params.update(ANTENNAS=antennas, ANTENNA_ID_FIELD=antenna_name)
    if antenna_of_client:
        pen_params["CLIENT_ANTENNA_FIELD"] = antenna_of_client
    pen = ctx.run("coodiag:marketpenetration", pen_params)
    ctx.save(pen["OUTPUT"], "client_penetration", style="marketpenetration",
             title="Taux de pénétration (clients pour 1 000 ménages)")
    ctx.save(pen["OUTPUT_AREAS"], "client_areas", style="customerareas",
             title="Aires de clientèle (50, 75, 90 % des clients)")

    pros_params = {**common, "ZONES": communes, "OUTPUT": "TEMPORARY_OUTPUT"}
    if ctx.has("isochrones_car"):
        pros_params["REACH"] = ctx.uri("isochrones_car")
    pros = ctx.run("coodiag:prospectzones", pros_params)
    ctx.save(pros["OUTPUT"], "prospect_zones", style="prospectzones", title="Zones à prospecter (potentiel)")

    hot = ctx.run("coodiag:hotspots", {"INPUT": clients, "STUDY_AREA": communes, "CELL_SIZE": 1,
                                       "PERMUTATIONS": 499, "SEED": 1, "OUTPUT": "TEMPORARY_OUTPUT"})
    ctx.save(hot["OUTPUT"], "client_hotspots", style="hotspots", title="Points chauds de clientèle (Gi*)")


    # key figures (aggregates only)
    zones = [{f.name(): compat.py_value(feat[f.name()]) for f in feat.fields()}
             for feat in ctx.layer("client_penetration").getFeatures()]
    n_clients = clients_layer.featureCount() if clients_layer is not None else 0
    known = [z for z in zones if z.get("n_clients") is not None and (z.get("target") or 0) > 0]
    inside = sum(z["n_clients"] for z in zones if z.get("n_clients") is not None)
    target = sum(z["target"] for z in known)
    ctx.facts["clients: located points"] = n_clients
    if target:
        ctx.facts["clients per 1,000 households"] = round(1000.0 * sum(z["n_clients"] for z in known) / target, 2)
    ctx.facts["clients in communes of 11 clients or more"] = inside
    prospects = sorted((dict(zip([f.name() for f in feat.fields()], [compat.py_value(v) for v in feat.attributes()]))
                        for feat in ctx.layer("prospect_zones").getFeatures()),
                       key=lambda r: (r.get("rank") is None, r.get("rank") or 0))
    if prospects and prospects[0].get("rank") == 1:
        top = prospects[0]
        ctx.facts["prospects: first commune"] = top.get("NOM") or top.get("nom") or ""
        if top.get("potential") is not None:
            ctx.facts["prospects: additional clients in the first commune"] = round(top["potential"], 1)
    hot_cells = sum(1 for feat in ctx.layer("client_hotspots").getFeatures()
                    if compat.py_value(feat["gi_bin"]) is not None and feat["gi_bin"] >= 2)
    ctx.facts["client hot-spot cells (500 m, 95 %)"] = hot_cells
    ctx.log(f"{n_clients} clients; {hot_cells} hot-spot cells (95 %); top prospect: "
            f"{ctx.facts.get('prospects: first commune', '-')}")
