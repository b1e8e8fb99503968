"""Demo step 1: the study territory (CA du Pays Ajaccien) and its Filosofi 2019 grid, as shipped.

The public-data step later rebuilds both layers through coodiag:territory and coodiag:loadfilosofi."""
from __future__ import annotations


def run(ctx) -> None:
    communes = ctx.run("native:reprojectlayer", {
        "INPUT": f"{ctx.sample / 'territory.gpkg'}|layername=communes",
        "TARGET_CRS": "EPSG:2154", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    ctx.save(communes, "communes", style="communes", title="Communes du territoire")
    cells = ctx.run("native:reprojectlayer", {
        "INPUT": f"{ctx.sample / 'filosofi2019_200m_ajaccio.gpkg'}|layername=carreaux_200m",
        "TARGET_CRS": "EPSG:2154", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    ctx.save(cells, "filosofi_200m", style="filosofi_population", title="Population par carreau de 200 m")
    ctx.facts["communes"] = communes.featureCount()
    ctx.facts["population (Filosofi 2019, cells)"] = round(sum(f["ind"] or 0 for f in cells.getFeatures()))
    ctx.log(f"{communes.featureCount()} communes, {cells.featureCount()} Filosofi cells")
