"""Benchmark of the routing engine (`make bench` topic `mobility`): coodiag:isochrones and coodiag:buildnetwork
against an independent array bound (scripts/bench_bound.py: plain scipy search + a plain raster
polygoniser, written without any Coodiag code).

Networks (scripts/bench_datasets.py, cached under output/bench/data/):
- rural: a synthetic rural grid, 499,000 segments over 75 × 75 km (built without the urban speed
  reduction: a rural département);
- urban: the real OpenStreetMap streets of the Monaco extract tiled by mirror images to ~540,000 segments.

Isochrones: 50 sites on random car links, car bands 5/10/15/20 min, 50 m cells, 200 m off-network walk.
For each output type, Coodiag runs end to end — ``processing.run("coodiag:isochrones")`` on the saved
prepared network with the session cache emptied (so it reads the file), polygons written to a GeoPackage —
paired with the bound, which also reads the same saved network from disk (GDAL Arrow stream), searches,
rasterises, polygonises with GDAL and writes a GeoPackage: the read is included on both sides.
- per-site isochrones (overlapping, one search per site) ↔ bound: one scipy search per site;
- per-site catchments and the union (one multi-source search) ↔ bound: one multi-source search.
Coodiag's phases are timed separately by calling the same engine functions the algorithm calls.

buildnetwork: ``processing.run("coodiag:buildnetwork")`` raw layer → prepared GeoPackage, paired with the
bound = reading the raw layer through GDAL's Arrow stream + node ids + a scipy CSR matrix; and the
engine's own build path (Arrow read + prepare + network_engine.write_prepared_gpkg) with and without the
R-tree index.

Optional (COODIAG_BENCH_NATIVE=1): QGIS's native chain per site (serviceareafromlayer per band →
multiparttosingleparts → buffer 200 m → dissolve) on the raw layer. A full run (50 sites) takes hours on
these networks, so it is timed on 3 sites (one per run) and extrapolated to 50 — marked "extrapolated".
"""
from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

import numpy as np

BANDS = (5, 10, 15, 20)
CELL = 50.0
OFFNET = 200.0
N_SITES = int(os.environ.get("COODIAG_BENCH_SITES", "50"))
OUTPUT_TYPES = (("per-site isochrones (overlapping)", 2, "per_site"), ("per-site catchments", 1, "catchments"),
                ("union rings", 0, "union"))


def _processing():
    from qgis import processing
    from qgis.core import QgsApplication

    if QgsApplication.processingRegistry().algorithmById("coodiag:isochrones") is None:
        from coodiag.processing_algorithms.provider import CoodiagProvider

        _processing.provider = CoodiagProvider()
        QgsApplication.processingRegistry().addProvider(_processing.provider)
    return processing


def write_sites(net_path: str, path: Path, k: int, seed: int = 1) -> list:
    """k sites 20 m beside the middle of the first segment of random car links (read without Coodiag)."""
    import bench_bound
    from osgeo import ogr, osr

    net = bench_bound.read_network(net_path)
    car = np.nonzero(np.isfinite(net["car_fw"]) | np.isfinite(net["car_bw"]))[0]
    links = np.random.default_rng(seed).choice(car, size=k, replace=False)
    xy, off = net["xy"], net["offsets"]
    pts = [((xy[off[e], 0] + xy[off[e] + 1, 0]) / 2 + 20.0, (xy[off[e], 1] + xy[off[e] + 1, 1]) / 2 + 10.0)
           for e in links]
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    layer = ds.CreateLayer("sites", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("sid", ogr.OFTString))
    for i, (x, y) in enumerate(pts):
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetField(0, f"s{i}")
        g = ogr.Geometry(ogr.wkbPoint)
        g.AddPoint_2D(float(x), float(y))
        f.SetGeometry(g)
        layer.CreateFeature(f)
    ds = None
    return pts


class Fresh:
    """A new output file name for every run (no run overwrites or appends to another one's output)."""

    def __init__(self, folder: Path, stem: str):
        self.folder, self.stem, self.n = folder, stem, 0

    def __call__(self) -> str:
        self.n += 1
        path = self.folder / f"{self.stem}_{self.n}.gpkg"
        if path.exists():
            path.unlink()
        return str(path)


def ours_phases(net_uri: str, sites_uri: str, output_type: int, out_path: str) -> dict:
    """Coodiag's engine, phase by phase, as coodiag:isochrones calls it (cache emptied: reads the file)."""
    from qgis.core import (
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsFields,
        QgsVectorFileWriter,
        QgsVectorLayer,
        QgsWkbTypes,
    )

    from coodiag.coodiag_plugin.toolbelt import compat
    from coodiag.processing_algorithms import network_engine as ne

    phases = {}
    t = time.perf_counter()

    def lap(name):
        nonlocal t
        now = time.perf_counter()
        phases[name] = phases.get(name, 0.0) + now - t
        t = now

    ne.clear_cache()
    net, _how = ne.network_from_layer(QgsVectorLayer(net_uri, "net", "ogr"))
    lap("read")
    sites = QgsVectorLayer(sites_uri, "sites", "ogr")
    pts = [(f.geometry().asPoint().x(), f.geometry().asPoint().y()) for f in sites.getFeatures()]
    snaps = ne.snap_points(net, pts, "car", 500.0)
    lap("snap")
    runs = [(i, [s]) for i, s in enumerate(snaps) if s.ok] if output_type == 2 else [(None, snaps)]
    polys = {}
    for site, run in runs:
        result = ne.isochrone_raster(net, "car", run, BANDS, output_type == 1, OFFNET, 4.5, CELL)
        lap("search+raster")
        shift = site * len(BANDS) if site is not None else 0
        for code, geom in ne.code_polygons(result).items():
            polys[code + shift] = geom
        lap("polygons")
    fields = QgsFields()
    fields.append(compat.int_field("code"))
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = "GPKG"
    writer = QgsVectorFileWriter.create(out_path, fields, QgsWkbTypes.Type.MultiPolygon, net.crs,
                                        QgsCoordinateTransformContext(), opts)
    for code in sorted(polys):
        f = QgsFeature(fields)
        f.setGeometry(polys[code])
        f.setAttributes([int(code)])
        writer.addFeature(f)
    del writer
    lap("write")
    return {"phases": {k: round(v, 3) for k, v in phases.items()}, "polygons": len(polys)}


def _phase_medians(row: dict) -> dict:
    runs = [x.get("phases", {}) for x in row.get("run_extras", [])]
    keys = dict.fromkeys(k for r in runs for k in r)
    return {k: round(float(np.median([r.get(k, 0.0) for r in runs])), 3) for k in keys}


def _build(report, processing, tmp: Path, name: str, raw_uri: str, urban: bool) -> str:
    """buildnetwork paired with the bound; returns the last prepared network written."""
    import bench_bound

    from coodiag.processing_algorithms import network_engine as ne

    raw_path, raw_layer = raw_uri.split("|layername=")
    fresh_net = Fresh(tmp, f"{name}_net")
    built = {}

    def build():
        ne.clear_cache()
        out = fresh_net()
        res = processing.run("coodiag:buildnetwork", {"INPUT": raw_uri, "URBAN": urban, "OUTPUT": out})
        built["path"] = out
        return {"links": res["LINKS"], "nodes": res["NODES"]}

    row = report.compare(f"{name}: buildnetwork (raw layer → prepared GeoPackage)", build,
                         lambda: bench_bound.build_network(raw_path, raw_layer),
                         "Arrow read + node ids + CSR (bound)", target=3.0)
    report.note(f"{name}: {row['run_extras'][0].get('links')} links, {row['run_extras'][0].get('nodes')} nodes; "
                f"bound phases {row['reference']['run_extras'][0].get('phases')}")
    fresh_engine = Fresh(tmp, f"{name}_engine_net")
    for index in (True, False):
        row = report.compare(f"{name}: network build by the engine (Arrow read + prepare + GeoPackage writer, "
                             f"{'with' if index else 'without'} R-tree)",
                             lambda index=index: engine_build(raw_uri, urban, fresh_engine(), index),
                             lambda: bench_bound.build_network(raw_path, raw_layer),
                             "Arrow read + node ids + CSR (bound)", target=3.0)
        report.note(f"engine build phases (median s): {_phase_medians(row)}")
    return built["path"]


def engine_build(raw_uri: str, urban: bool, out_path: str, spatial_index: bool) -> dict:
    """What coodiag:buildnetwork does once it hands its input layer to the engine and writes a GeoPackage
    with network_engine.write_prepared_gpkg (see the report on build_network.py), phase by phase."""
    from qgis.core import QgsFeatureRequest, QgsVectorLayer

    from coodiag.processing_algorithms import network_engine as ne

    t0 = time.perf_counter()
    layer = QgsVectorLayer(raw_uri, "raw", "ogr")
    schema = ne.detect_schema(layer.fields().names())
    rows = ne.read_roads(layer, schema, QgsFeatureRequest(), None)
    t1 = time.perf_counter()
    prepared = ne.prepare(rows, schema, layer.crs(), use_urban=urban)
    t2 = time.perf_counter()
    ne.write_prepared_gpkg(prepared, out_path, "network", spatial_index=spatial_index)
    t3 = time.perf_counter()
    return {"phases": {"read": round(t1 - t0, 3), "prepare": round(t2 - t1, 3), "write": round(t3 - t2, 3)},
            "links": prepared.counts["links"]}


def _isochrones(report, processing, tmp: Path, name: str, net_path: str, sites_uri: str, pts: list,
                label: str, output_type: int, bound_mode: str) -> None:
    import bench_bound
    from qgis.core import QgsVectorLayer

    from coodiag.processing_algorithms import network_engine as ne

    fresh_ours, fresh_ref = Fresh(tmp, f"{name}_{bound_mode}_ours"), Fresh(tmp, f"{name}_{bound_mode}_ref")

    def ours():
        ne.clear_cache()
        out = fresh_ours()
        processing.run("coodiag:isochrones", {
            "NETWORK": net_path, "SITES": sites_uri, "SITE_ID": "sid", "MODE": 0,
            "BANDS": ",".join(str(b) for b in BANDS), "OUTPUT_TYPE": output_type, "CELL_SIZE": CELL,
            "OFFNET_DISTANCE": OFFNET, "OUTPUT": out, "SITES_REPORT": "TEMPORARY_OUTPUT"})
        return {"polygons": QgsVectorLayer(out, "iso", "ogr").featureCount()}

    def ref():
        return bench_bound.isochrones(net_path, pts, BANDS, bound_mode, fresh_ref(), CELL, OFFNET)

    row = report.compare(f"{name}: {label}, {len(pts)} sites × {len(BANDS)} bands, end to end", ours, ref,
                         "scipy + raster bound", target=2.0)
    _isochrones.last = row
    bound_phases = _phase_medians(row["reference"])
    phase_row = report.measure(f"{name}: {label}, Coodiag phases (engine called directly)",
                               lambda: ours_phases(net_path, sites_uri, output_type, fresh_ours()))
    ours_ph = _phase_medians(phase_row)
    row["extra"] = {"bound_phases_median": bound_phases, "ours_phases_median": ours_ph}
    report.note(f"phases (median s) — Coodiag: {ours_ph}; bound: {bound_phases}; polygons: Coodiag "
                f"{row['run_extras'][0].get('polygons')} multipolygons, bound "
                f"{row['reference']['run_extras'][0].get('features')} polygon features")


def native_site(processing, raw_uri: str, site_layer, direction: tuple) -> None:
    """QGIS's native chain for one site: a service area per band, then singleparts → buffer → dissolve."""
    from qgis.core import QgsFeatureRequest, QgsProcessingContext, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    for band in BANDS:
        lines = processing.run("native:serviceareafromlayer", {
            "INPUT": raw_uri, "STRATEGY": 1, "DIRECTION_FIELD": direction[0], "VALUE_FORWARD": direction[1],
            "VALUE_BACKWARD": "", "VALUE_BOTH": "", "DEFAULT_DIRECTION": 2, "SPEED_FIELD": "",
            "DEFAULT_SPEED": 30, "TOLERANCE": 0, "START_POINTS": site_layer, "TRAVEL_COST2": band / 60.0,
            "INCLUDE_BOUNDS": False, "OUTPUT_LINES": "TEMPORARY_OUTPUT"}, context=context)["OUTPUT_LINES"]
        single = processing.run("native:multiparttosingleparts", {"INPUT": lines, "OUTPUT": "TEMPORARY_OUTPUT"},
                                context=context)["OUTPUT"]
        buf = processing.run("native:buffer", {"INPUT": single, "DISTANCE": OFFNET, "SEGMENTS": 4,
                                               "OUTPUT": "TEMPORARY_OUTPUT"}, context=context)["OUTPUT"]
        processing.run("native:dissolve", {"INPUT": buf, "OUTPUT": "TEMPORARY_OUTPUT"}, context=context)


def _native(report, processing, name: str, raw_uri: str, sites_uri: str, n_sites: int, ours_row: dict) -> None:
    from qgis.core import QgsFeatureRequest, QgsVectorLayer

    sites = QgsVectorLayer(sites_uri, "sites", "ogr")
    fids = [f.id() for f in sites.getFeatures()][:3]
    raw = QgsVectorLayer(raw_uri, "raw", "ogr")
    direction = ("oneway", "yes") if raw.fields().lookupField("oneway") >= 0 else ("", "")
    single = []
    for fid in fids:  # one site per run, each a fresh Processing context: cold
        one = sites.materialize(QgsFeatureRequest().setFilterFid(fid))
        t0 = time.perf_counter()
        native_site(processing, raw_uri, one, direction)
        single.append(time.perf_counter() - t0)
    per_site = {"median": float(np.median(single)), "min": min(single), "max": max(single)}
    ours = ours_row["seconds"]
    est = {k: round(per_site[k] * n_sites, 3) for k in ("median", "min", "max")}
    report.record({"name": f"{name}: per-site isochrones vs QGIS native chain ({n_sites} sites = per-site "
                           f"time of {len(single)} single-site runs × {n_sites})",
                   "kind": "compare", "runs": len(single), "seconds": ours,
                   "reference": {"name": "QGIS native service-area chain",
                                 "seconds": {**est, "values": [round(v * n_sites, 3) for v in single]}},
                   "ratio": {"median": round(ours["median"] / est["median"], 4),
                             "min": round(ours["min"] / est["max"], 4), "max": round(ours["max"] / est["min"], 4),
                             "values": []},
                   "extrapolated": True,
                   "note": "speeds differ (native: 30 km/h everywhere): a baseline of what QGIS offers, not the bound"})


def main(report) -> None:
    import bench_datasets as data

    from coodiag.processing_algorithms import network_engine as ne

    processing = _processing()
    quick = getattr(report, "quick", False)
    tmp = Path(tempfile.mkdtemp(prefix="bench_mobility_"))
    k_sites = 10 if quick else N_SITES
    cases = [("rural", data.rural_grid(n=160 if quick else 500), False),
             ("urban", data.urban_tiles(60_000 if quick else 500_000), True)]
    try:
        for name, raw_uri, urban in cases:
            _case(report, processing, tmp, name, raw_uri, urban, k_sites)
    finally:
        ne.clear_cache()
        shutil.rmtree(tmp, ignore_errors=True)


def _case(report, processing, tmp: Path, name: str, raw_uri: str, urban: bool, k_sites: int) -> None:
    from coodiag.processing_algorithms import network_engine as ne

    net_path = _build(report, processing, tmp, name, raw_uri, urban)
    sites_path = tmp / f"{name}_sites.gpkg"
    pts = write_sites(net_path, sites_path, k_sites)
    per_site_row = None
    for label, output_type, bound_mode in OUTPUT_TYPES:
        _isochrones(report, processing, tmp, name, net_path, f"{sites_path}|layername=sites", pts, label,
                    output_type, bound_mode)
        if output_type == 2:
            per_site_row = _isochrones.last
    if os.environ.get("COODIAG_BENCH_NATIVE") == "1" and per_site_row is not None:
        _native(report, processing, name, raw_uri, f"{sites_path}|layername=sites", k_sites, per_site_row)
    ne.clear_cache()


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_common import standalone

    standalone(main)
