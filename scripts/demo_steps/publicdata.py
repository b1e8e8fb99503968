"""Demo step 3: the territory's public data through Coodiag's loaders.

Rebuilds `communes` with coodiag:territory (EPCI 242010056, CA du Pays Ajaccien, out of the 66 communes
around it), adds the dissolved `territory` outline, and loads the Filosofi 2019 grid with
coodiag:loadfilosofi clipped to the territory (cells whose centre is inside) into `filosofi_200m`.
"""
from __future__ import annotations


def save(ctx, layer, name: str, style: str, title: str) -> str:
    return ctx.save(layer, name, style=style, title=title)


def run(ctx) -> None:
    around = f"{ctx.sample / 'territory.gpkg'}|layername=communes_around"
    territory = ctx.run("coodiag:territory", {
        "INPUT": around, "MODE": 1, "CODES": "242010056", "BUFFER": 0, "OUTPUT_CRS": "EPSG:2154",
        "OUTPUT": "TEMPORARY_OUTPUT", "TERRITORY": "TEMPORARY_OUTPUT"})
    save(ctx, territory["OUTPUT"], "communes", "communes", "Communes du territoire")
    save(ctx, territory["TERRITORY"], "territory", "territory", "Territoire d'étude (CA du Pays Ajaccien)")

    cells = ctx.run("coodiag:loadfilosofi", {
        "INPUT": str(ctx.sample / "filosofi2019_200m_ajaccio.gpkg"), "TERRITORY": territory["TERRITORY"],
        "OUTPUT_CRS": "EPSG:2154", "OUTPUT": "TEMPORARY_OUTPUT"})
    save(ctx, cells["OUTPUT"], "filosofi_200m", "filosofi_population",
         "Population par carreau de 200 m (Insee, Filosofi 2019)")

    poor = sum(f["men_pauv"] or 0 for f in cells["OUTPUT"].getFeatures())
    ctx.facts["communes"] = territory["N_COMMUNES"]
    ctx.facts["territory area (km²)"] = round(territory["AREA_KM2"], 1)
    ctx.facts["population (Filosofi 2019, cells)"] = round(cells["SUM_IND"])
    ctx.facts["households (Filosofi 2019)"] = round(cells["SUM_MEN"])
    share = round(100 * poor / cells["SUM_MEN"], 1) if cells["SUM_MEN"] else None
    ctx.facts["poor households (Filosofi 2019, %)"] = share
    ctx.facts["Filosofi cells (imputed)"] = f"{cells['N_CELLS']} ({cells['N_IMPUTED']})"
    ctx.facts["sources (public data)"] = f"{cells['SOURCES']} ; {territory['SOURCES']}"
    ctx.log(f"{territory['N_COMMUNES']} communes, {territory['AREA_KM2']:.0f} km²; {cells['N_CELLS']} Filosofi "
            f"cells ({cells['N_IMPUTED']} imputed), {cells['SUM_IND']:.0f} persons — {cells['SOURCES']}")
