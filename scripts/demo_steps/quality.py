"""Demo, after the model: the "where the structure's data comes from" layer (geocoding quality per commune,
an aggregate with the k = 11 secrecy) from the imported layers, then every layer of the GeoPackage gets its
readable name and its style stored as its default style (it opens in QGIS as on the atlas)."""
from __future__ import annotations

from . import siae


def run(ctx) -> None:
    from coodiag.processing_algorithms import atlas_layout

    counts: dict = {}
    for name in ("clients", "employees", "antennas", "worksites"):
        layer = ctx.layer(name) if ctx.has(name) else None
        if layer is None:
            continue
        for feat in layer.getFeatures():
            key = (feat["geo_insee"] or "", feat["geo_type"])
            counts[key] = counts.get(key, 0) + 1
        del layer
    ctx.save(siae.quality_layer(ctx, counts), "geocoding_quality", style="geocoding_quality",
             title="Qualité du géocodage par commune")
    ctx.log(f"geocoding quality: {sum(counts.values())} placed rows in {len({k[0] for k in counts})} communes")
    stored = atlas_layout.style_geopackage(ctx.gpkg, getattr(ctx, "lang", "fr"))
    ctx.log(f"{stored} default styles stored in the GeoPackage")
