"""Demo step: routable network, car/walk isochrones of the antennas with population, employee travel times."""
from __future__ import annotations

FALLBACK_ANTENNAS = [("Ajaccio", 1177600.0, 6106900.0), ("Afa", 1183900.0, 6115600.0)]  # EPSG:2154


# A compact agglomeration (CA du Pays Ajaccien): by car everything is within 20-30 minutes, so the demo
# uses finer car bands than the algorithm's defaults (10/20/30/45); walk keeps its defaults.
BANDS = {"car": "5, 10, 15, 20, 30", "walk": "5, 10, 15, 20"}
VIRIDIS = ("#fde725", "#7ad151", "#22a884", "#2a788e", "#414487", "#440154")


def _thousands(value) -> str:
    return f"{round(float(value or 0)):,}".replace(",", "\u202f")


def _band_legend(ctx, name: str, title: str) -> None:
    """Re-style a saved isochrone layer by band, with the population of each ring in the legend labels
    (e.g. « 5–10 min : 9 169 hab. »), and store it as the layer's default style in the GeoPackage."""
    from qgis.core import (
        QgsCategorizedSymbolRenderer,
        QgsFillSymbol,
        QgsRendererCategory,
        QgsVectorLayer,
    )

    layer = QgsVectorLayer(ctx.uri(name), name, "ogr")
    feats = sorted(layer.getFeatures(), key=lambda f: f["band"])
    if not feats:
        return
    has_pop = "ind" in layer.fields().names() and any(f["ind"] not in (None, 0) and str(f["ind"]) != "NULL"
                                                       for f in feats)
    step = (len(VIRIDIS) - 1) / max(len(feats) - 1, 1)
    cats = []
    for i, f in enumerate(feats):
        label = f"{f['min_from']:g}–{f['minutes']:g} min"
        if has_pop:
            label += f" : {_thousands(f['ind'])} hab."
        symbol = QgsFillSymbol.createSimple({"color": VIRIDIS[round(i * step)], "outline_style": "no"})
        symbol.setOpacity(0.8)
        cats.append(QgsRendererCategory(f["band"], symbol, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer("band", cats))
    ctx.store_style(layer, title)
    del layer


def _layer_exists(ctx, name: str) -> bool:
    from qgis.core import QgsVectorLayer

    return ctx.gpkg.exists() and QgsVectorLayer(ctx.uri(name), name, "ogr").isValid()


def run(ctx) -> None:
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    built = ctx.run("coodiag:buildnetwork", {"INPUT": f"{ctx.sample / 'roads_capa.gpkg'}|layername=road_links",
                                             "OUTPUT": str(ctx.tmp / "network.gpkg")})
    network = ctx.save(built["OUTPUT"], "network", title="Road network (prepared)")
    ctx.log(f"network: {built['LINKS']} links, {built['NODES']} nodes")
    if _layer_exists(ctx, "antennas"):
        antennas = ctx.uri("antennas")
    else:
        ctx.log("no 'antennas' layer in the GeoPackage: two fixed points in Ajaccio and Afa are used instead")
        mem = QgsVectorLayer("Point?crs=EPSG:2154&field=name:string", "antennas", "memory")
        feats = []
        for name, x, y in FALLBACK_ANTENNAS:
            f = QgsFeature(mem.fields())
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
            f["name"] = name
            feats.append(f)
        mem.dataProvider().addFeatures(feats)
        antennas = ctx.save(mem, "mobility_antennas_fallback")
    population = ctx.uri("filosofi_200m") if _layer_exists(ctx, "filosofi_200m") else None
    for mode, index in (("car", 0), ("walk", 1)):
        params = {"NETWORK": network, "SITES": antennas, "MODE": index, "OUTPUT_TYPE": 0, "BANDS": BANDS[mode],
                  "OUTPUT": "TEMPORARY_OUTPUT", "SITES_REPORT": "TEMPORARY_OUTPUT"}
        if population:
            params["POPULATION"] = population
            if _layer_exists(ctx, "communes"):
                params.update({"ZONES": ctx.uri("communes"), "ZONE_ID": "INSEE_COM",
                               "OUTPUT_ZONES": "TEMPORARY_OUTPUT"})
        res = ctx.run("coodiag:isochrones", params)
        name = f"isochrones_{mode}"
        ctx.save(res["OUTPUT"], name, style="isochrones", title=f"Isochrones ({mode})")
        if res.get("OUTPUT_ZONES"):
            ctx.save(res["OUTPUT_ZONES"], f"access_{mode}", title=f"Population within reach by commune ({mode})")
        _band_legend(ctx, name, f"Isochrones ({mode})")
        if population:
            total = 0.0
            for f in sorted(res["OUTPUT"].getFeatures(), key=lambda f: f["band"]):
                total += float(f["ind"] or 0)
                ctx.facts[f"population_within_{int(f['minutes'])}min_{mode}"] = round(total)
    if _layer_exists(ctx, "employees"):
        params = {"NETWORK": network, "ORIGINS": ctx.uri("employees"), "SITES": antennas, "MODE": 0,
                  "THRESHOLD": 45, "OUTPUT": "TEMPORARY_OUTPUT", "SUMMARY": "TEMPORARY_OUTPUT",
                  "BY_ZONE": "TEMPORARY_OUTPUT"}
        if _layer_exists(ctx, "communes"):
            params.update({"ZONES": ctx.uri("communes"), "ZONE_ID": "INSEE_COM"})
        res = ctx.run("coodiag:traveltimes", params)
        if res.get("BY_ZONE"):
            ctx.save(res["BY_ZONE"], "traveltimes_by_zone", style="traveltimes_summary",
                     title="Employees over 45 min (by commune)")
        if "SHARE_OVER" in res:
            ctx.facts["employees_share_over_45min_car"] = round(res["SHARE_OVER"], 1)
            ctx.facts["employees_median_minutes_car"] = round(res["MEDIAN_MIN"], 1)
    else:
        ctx.log("no 'employees' layer: travel times skipped")
