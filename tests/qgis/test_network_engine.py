"""network_engine: isochrone polygons built WITHOUT a GEOS validity pass are valid (GEOS agrees) on random
code rasters, on randomised networks and on the sample network; the scipy and numpy paths give identical
rasters and polygons; the Arrow road reader and the GeoPackage writer agree with the QGIS paths."""
from __future__ import annotations

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsProcessingContext,
    QgsProcessingFeatureSource,
    QgsVectorLayer,
)

from coodiag.processing_algorithms import network_engine as ne
from coodiag.processing_algorithms.analysis import routing

L93 = QgsCoordinateReferenceSystem("EPSG:2154")


def assert_valid_polygons(polys: dict, result) -> None:
    cell2 = result.grid.cell ** 2
    assert set(polys) == set(np.unique(result.codes[result.codes > 0]).tolist())
    for code, geom in polys.items():
        assert geom.isGeosValid(), (code, geom.asWkt()[:200])
        assert geom.area() == pytest.approx(float((result.codes == code).sum()) * cell2, rel=1e-12)


def test_random_code_rasters_give_valid_polygons():
    rng = np.random.default_rng(21)
    for trial in range(150):
        ny, nx = (int(v) for v in rng.integers(1, 25, 2))
        codes = rng.integers(0, int(rng.integers(1, 5)) + 1, (ny, nx))
        if trial % 2:
            codes = np.where(rng.random((ny, nx)) < 0.6, codes, 0)
        grid = routing.Grid(float(rng.uniform(-1e5, 1e5)), float(rng.uniform(-1e5, 1e5)), 25.0, nx, ny)
        result = ne.IsoResult(grid, np.zeros((ny, nx)), np.zeros((ny, nx), dtype=np.int64), codes, 0)
        assert_valid_polygons(ne.code_polygons(result), result)


def random_network(rng, n: int = 30, spacing: float = 120.0) -> ne.Network:
    """A perturbed n × n grid with missing streets, one-way streets and random speeds."""
    x = np.arange(n)[None, :] * spacing + rng.uniform(-30, 30, (n, n)) + 900_000
    y = np.arange(n)[:, None] * spacing + rng.uniform(-30, 30, (n, n)) + 6_400_000
    node = np.arange(n * n).reshape(n, n)
    a = np.concatenate([node[:, :-1].ravel(), node[:-1, :].ravel()])
    b = np.concatenate([node[:, 1:].ravel(), node[1:, :].ravel()])
    keep = rng.random(len(a)) < 0.85
    a, b = a[keep], b[keep]
    xs, ys = x.ravel(), y.ravel()
    mid = np.column_stack([(xs[a] + xs[b]) / 2 + rng.uniform(-20, 20, len(a)),
                           (ys[a] + ys[b]) / 2 + rng.uniform(-20, 20, len(a))])
    xy = np.empty((3 * len(a), 2))
    xy[0::3] = np.column_stack([xs[a], ys[a]])
    xy[1::3] = mid
    xy[2::3] = np.column_stack([xs[b], ys[b]])
    offsets = np.arange(0, 3 * len(a) + 1, 3)
    length = np.hypot(*(xy[1::3] - xy[0::3]).T) + np.hypot(*(xy[2::3] - xy[1::3]).T)
    speed = rng.choice([15.0, 30.0, 50.0, 80.0], len(a)) / 3.6
    fw = length / speed
    bw = np.where(rng.random(len(a)) < 0.1, np.nan, fw)
    costs = {"car_fw": fw, "car_bw": bw, "walk_fw": length / 1.25, "walk_bw": length / 1.25,
             "bike_fw": length / 4.0, "bike_bw": length / 4.0}
    return ne.Network(a.astype(np.int64), b.astype(np.int64), length, costs, xy, offsets, L93)


def polygons_wkb(polys: dict) -> dict:
    return {code: bytes(g.asWkb()) for code, g in polys.items()}


@pytest.mark.parametrize("seed", range(3))
def test_randomised_networks_valid_and_scipy_numpy_identical(seed):
    rng = np.random.default_rng(100 + seed)
    net = random_network(rng)
    pts = [(float(rng.uniform(900_200, 903_200)), float(rng.uniform(6_400_200, 6_403_200))) for _ in range(4)]
    snaps = ne.snap_points(net, pts, "car", 300.0)
    bands = (2.0, 4.0, 6.0)
    cases = [(snaps, False), (snaps, True)] + [([s], False) for s in snaps[:2]]
    paths = (True, False) if routing.scipy_on(True) else (False,)
    for run, per_site in cases:
        results = [ne.isochrone_raster(net, "car", run, bands, per_site, 150.0, 4.5, 25.0, use_scipy=u)
                   for u in paths]
        first = results[0]
        assert first is not None
        for other in results[1:]:
            assert np.array_equal(first.times, other.times) and np.array_equal(first.labels, other.labels)
            assert np.array_equal(first.codes, other.codes) and first.grid == other.grid
        polys = ne.code_polygons(first)
        assert_valid_polygons(polys, first)
        for other in results[1:]:
            assert polygons_wkb(ne.code_polygons(other)) == polygons_wkb(polys)


def test_sample_network_isochrones_valid_and_paths_identical(sample_dir):
    layer = QgsVectorLayer(str(sample_dir / "roads_capa.gpkg"), "roads", "ogr")
    net, how = ne.network_from_layer(layer)
    assert how in ("built", "cache") and net.n_links > 1000
    ext = layer.extent()
    rng = np.random.default_rng(4)
    pts = [(float(rng.uniform(ext.xMinimum(), ext.xMaximum())), float(rng.uniform(ext.yMinimum(), ext.yMaximum())))
           for _ in range(8)]
    snaps = [s for s in ne.snap_points(net, pts, "car", 2000.0) if s.ok][:5]
    assert snaps
    for per_site in (False, True):
        results = [ne.isochrone_raster(net, "car", snaps, (5.0, 10.0, 15.0), per_site, 200.0, 4.5, 50.0,
                                       use_scipy=u) for u in ((True, False) if routing.scipy_on(True) else (False,))]
        polys = ne.code_polygons(results[0])
        assert_valid_polygons(polys, results[0])
        for other in results[1:]:
            assert np.array_equal(results[0].codes, other.codes) and np.array_equal(results[0].times, other.times)
            assert polygons_wkb(ne.code_polygons(other)) == polygons_wkb(polys)


def test_arrow_road_reader_matches_the_feature_iterator(sample_dir):
    layer = QgsVectorLayer(str(sample_dir / "roads_capa.gpkg"), "roads", "ogr")
    schema = ne.detect_schema(layer.fields().names())
    fast = ne.read_roads(layer, schema, QgsFeatureRequest(), None)
    slow = ne.read_roads(QgsProcessingFeatureSource(layer, QgsProcessingContext()), schema, QgsFeatureRequest(),
                         None)
    assert isinstance(fast["_xy"], np.ndarray) and np.array_equal(fast["_xy"], slow["_xy"])
    a = ne.prepare(fast, schema, layer.crs())
    b = ne.prepare(slow, schema, layer.crs())
    assert np.array_equal(a.from_id, b.from_id) and np.array_equal(a.to_id, b.to_id)
    assert np.array_equal(a.xy, b.xy) and a.src_id == b.src_id and a.counts == b.counts
    for k in ne.COST_FIELDS:
        assert np.array_equal(a.costs[k], b.costs[k], equal_nan=True)


def test_prepared_geopackage_writer_round_trip(sample_dir, tmp_path):
    layer = QgsVectorLayer(str(sample_dir / "roads_capa.gpkg"), "roads", "ogr")
    schema = ne.detect_schema(layer.fields().names())
    prepared = ne.prepare(ne.read_roads(layer, schema, QgsFeatureRequest(), None), schema, layer.crs())
    path = tmp_path / "net.gpkg"
    uri, written = ne.write_prepared_gpkg(prepared, str(path), "network")
    from coodiag.processing_algorithms import diagnostic
    assert written == diagnostic.fingerprint(str(path), "network")  # the same string as reading it back
    out = QgsVectorLayer(uri, "network", "ogr")
    assert out.isValid() and out.featureCount() == prepared.counts["links"]
    assert out.hasSpatialIndex() == out.SpatialIndexPresent
    assert ne.is_prepared(out.fields().names()) and out.crs().authid() == layer.crs().authid()
    ne.clear_cache()
    net, cached = ne.load_prepared(out)
    assert not cached and np.array_equal(net.from_id, prepared.from_id) and np.array_equal(net.xy, prepared.xy)
    for k in ne.COST_FIELDS:
        assert np.array_equal(net.costs[k], prepared.costs[k], equal_nan=True)
    f = next(out.getFeatures(QgsFeatureRequest().setFilterRect(out.extent())))
    assert f["link_id"] is not None and f.geometry().length() > 0
    ne.write_prepared_gpkg(prepared, str(path), "network", spatial_index=False)  # replaces the layer
    again = QgsVectorLayer(f"{path}|layername=network", "n", "ogr")
    assert again.featureCount() == prepared.counts["links"]
    ne.clear_cache()


def test_gpkg_destination_parsing():
    from qgis.core import QgsProcessingOutputLayerDefinition

    assert ne.gpkg_destination("/data/net.gpkg") == ("/data/net.gpkg", "net")
    assert ne.gpkg_destination("/data/net.gpkg|layername=roads") == ("/data/net.gpkg", "roads")
    assert ne.gpkg_destination("ogr:dbname='/data/it''s.gpkg' table=\"network\" (geom)") == ("/data/it's.gpkg",
                                                                                          "network")
    assert ne.gpkg_destination(QgsProcessingOutputLayerDefinition("/data/c.gpkg")) == ("/data/c.gpkg", "c")
    for other in ("TEMPORARY_OUTPUT", "memory:", "/data/x.shp", None, "postgres://x"):
        assert ne.gpkg_destination(other) is None
