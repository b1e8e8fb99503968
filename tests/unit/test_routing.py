"""Pure routing arrays: hand-built graphs with known times, bands, costs, snapping, rasters, summaries."""
from __future__ import annotations

import math

import numpy as np
import pytest

from coodiag.processing_algorithms.analysis import routing

# five nodes: A0 —100 s— B1 —50 s— C2 —100 s (oneway C→E)— E4 ; B1 —100 s— D3 —141.4 s— C2
FROM = [0, 1, 1, 2, 3]
TO = [1, 2, 3, 4, 2]
FW = [100.0, 50.0, 100.0, 100.0, 141.4]
BW = [100.0, 50.0, 100.0, np.nan, 141.4]
LEN = [1000.0, 1000.0, 1000.0, 1000.0, 1414.2]


def five():
    return routing.build_graph(5, FROM, TO, FW, BW, LEN)


def test_five_node_times_and_lengths():
    dist, lab, plen = routing.dijkstra(five(), [(0, 0.0, 7, 0.0)], track_length=True)
    assert dist.tolist() == pytest.approx([0, 100, 150, 200, 250])
    assert plen.tolist() == pytest.approx([0, 1000, 2000, 2000, 3000])
    assert set(lab.tolist()) == {7}


def test_oneway_street_blocks_the_way_back():
    dist, _lab, _ = routing.dijkstra(five(), [(4, 0.0, 0, 0.0)])
    assert dist[4] == 0 and all(math.isinf(d) for d in dist[:4])
    rev = routing.build_graph(5, FROM, TO, FW, BW, LEN, reverse=True)
    to_e, _l, _ = routing.dijkstra(rev, [(4, 0.0, 0, 0.0)])  # times *to* E
    assert to_e.tolist() == pytest.approx([250, 150, 100, 241.4, 0])


def test_limit_and_multi_source_labels():
    dist, lab, _ = routing.dijkstra(five(), [(0, 0.0, 0, 0.0), (4, 0.0, 1, 0.0)], limit=120)
    assert np.isinf(dist[2]) and np.isinf(dist[3]) and dist[1] == 100
    dist, lab, _ = routing.dijkstra(five(), [(0, 0.0, 0, 0.0), (3, 0.0, 1, 0.0)])
    assert lab.tolist() == [0, 0, 1, 1, 1]  # C is 141.4 s from D but 150 s from A; E follows C
    assert dist[2] == pytest.approx(141.4) and dist[4] == pytest.approx(241.4)


def test_disconnected_island_has_its_own_component():
    comp = routing.components(7, FROM + [5], TO + [6])
    assert comp[:5].tolist() == [0] * 5 and comp[5] == comp[6] == 1


@pytest.mark.parametrize(("text", "expected", "notes"), [
    ("10, 20, 30", (10, 20, 30), []),
    ("30;10 20", (10, 20, 30), ["sorted"]),
    ("10,10,5", (5, 10), ["sorted", "duplicates"]),
    ("", (5, 10, 15, 20), ["defaults"]),
])
def test_parse_bands(text, expected, notes):
    bands, got_notes = routing.parse_bands(text, "walk")
    assert bands == expected and got_notes == notes


@pytest.mark.parametrize(("text", "code"), [("200", "too_long"), ("0, 10", "non_positive"), ("ten", "not_number")])
def test_bad_bands(text, code):
    with pytest.raises(routing.BandError) as err:
        routing.parse_bands(text)
    assert err.value.code == code


def test_band_of():
    assert routing.band_of([0, 600, 601, 1200, 1201], (10, 20)).tolist() == [1, 1, 2, 2, 0]


def test_mode_costs_defaults_closures_and_oneway():
    out = routing.mode_costs([1000, 1000, 1000, 1000], ["motorway", "residential", "footway", "primary"],
                             [None, 0.0, 20.0, 36.0], car_forward=[True, True, True, True],
                             car_backward=[False, True, True, False])
    c = out["costs"]
    assert out["counts"]["default_speed"] == 2
    assert c["car_fw"][0] == pytest.approx(1000 / (90 / 3.6))      # NULL speed → motorway default
    assert c["car_fw"][1] == pytest.approx(1000 / (25 / 3.6))      # zero speed → residential default
    assert np.isnan(c["car_fw"][2])                                # footway closed to cars
    assert c["car_fw"][3] == pytest.approx(100.0) and np.isnan(c["car_bw"][3])
    assert np.isnan(c["walk_fw"][0]) and np.isnan(c["bike_fw"][0])  # motorway closed to walk/bike
    assert c["walk_bw"][3] == pytest.approx(800.0)                 # oneway ignored on foot
    assert np.isnan(c["bike_bw"][3])                               # … but not by bike


def test_urban_reduction_only_on_class_defaults():
    out = routing.mode_costs([1000, 1000], ["primary", "primary"], [np.nan, 80.0], urban=[True, True])
    assert out["costs"]["car_fw"][0] == pytest.approx(1000 / (50 * 0.7 / 3.6))
    assert out["costs"]["car_fw"][1] == pytest.approx(1000 / (80 / 3.6))


def test_segments_snapping_and_sampling():
    xy = np.array([[0, 0], [500, 0], [1000, 0], [1000, 0], [1000, 1000]], dtype=float)
    segs = routing.Segments.from_vertices(xy, np.array([0, 3, 5]))
    assert segs.f1.tolist() == pytest.approx([0.5, 1.0, 1.0])
    index = routing.SegmentIndex(segs, cell=250)
    seg, dist, frac, px, py = index.nearest(750, 30, 100)
    assert segs.link[seg] == 0 and dist == pytest.approx(30) and frac == pytest.approx(0.75)
    assert index.nearest(3000, 3000, 500) is None
    px, py, link, fr = routing.sample_segments(segs, 100.0)
    assert fr[(link == 1)].min() == 0 and fr[(link == 1)].max() == 1


def test_point_times_interpolate_partly_reached_links():
    dist = np.array([0.0, 100.0, np.inf])
    t, lab = routing.point_times(np.array([0, 0, 1]), np.array([0.25, 0.75, 0.5]), np.array([0, 1]),
                                 np.array([1, 2]), np.array([100.0, 100.0]), np.array([100.0, np.nan]),
                                 dist, np.array([0, 0, -1]))
    assert t.tolist() == pytest.approx([25, 75, 150])


def test_raster_spread_and_rectangles():
    grid = routing.Grid(0.0, 100.0, 10.0, 10, 10)
    T, L = routing.rasterise_min(grid, [55.0, 55.0], [45.0, 45.0], [30.0, 10.0], [1, 2])
    assert T[5, 5] == 10 and L[5, 5] == 2
    T2, L2 = routing.spread_off_network(T, L, 10.0, 20.0, 1.0)
    assert T2[5, 7] == pytest.approx(30.0) and T2[6, 6] == pytest.approx(10 + 10 * math.sqrt(2))
    assert np.isinf(T2[5, 8])
    codes = routing.zone_codes(T2, L2, (0.5, 1.0), per_site=False, n_sites=1)
    rects = routing.runs_to_rectangles(codes)
    area = sum(((r[:, 2] - r[:, 0]) * (r[:, 3] - r[:, 1])).sum() for r in rects.values())
    assert area == int((codes > 0).sum())


def test_sum_by_code_and_summary_privacy():
    sums = routing.sum_by_code([1, 1, 2, 0], [1.0, 0.5, 1.0, 1.0], {"ind": [10, 10, 3, 99]})
    assert sums == {1: {"ind": 15.0}, 2: {"ind": 3.0}}
    s = routing.summarise_times(["a"] * 12 + ["b"] * 3, [10] * 6 + [50] * 6 + [1, 2, 3], 45, k=11)
    assert s["a"]["n"] == 12 and s["a"]["share_over"] == pytest.approx(50.0) and s["a"]["median"] == 30
    assert s["b"]["secret"] and s["b"]["median"] is None


def test_bucket_search_matches_heap_search_and_components():
    rng = np.random.default_rng(3)
    for _ in range(20):
        n = int(rng.integers(5, 300))
        m = int(rng.integers(n, 4 * n))
        a, b = rng.integers(0, n, m), rng.integers(0, n, m)
        fw = rng.uniform(0, 50, m)
        bw = np.where(rng.random(m) < 0.3, np.nan, rng.uniform(0, 50, m))
        g = routing.build_graph(n, a, b, fw, bw)
        seeds = [(int(rng.integers(0, n)), float(rng.uniform(0, 20)), i, 0.0) for i in range(3)]
        limit = float(rng.uniform(10, 300))
        d1, _l1, _ = routing.dijkstra(g, seeds, limit)
        d2, _l2 = routing.dijkstra_buckets(g, seeds, limit, delta=float(rng.uniform(0.5, 80)))
        assert np.array_equal(np.isinf(d1), np.isinf(d2)) and np.allclose(d1[np.isfinite(d1)], d2[np.isfinite(d2)])
    dist, lab = routing.dijkstra_buckets(five(), [(0, 0.0, 0, 0.0), (3, 0.0, 1, 0.0)], 1000)
    assert lab.tolist() == [0, 0, 1, 1, 1] and dist[4] == pytest.approx(241.4)
    comp = routing.components(9, [0, 1, 5, 7], [1, 2, 6, 8])
    assert comp[0] == comp[1] == comp[2] == 0 and comp[5] == comp[6] != comp[7] and len(set(comp.tolist())) == 5


def test_population_within_by_zone_cumulates_bands():
    from coodiag.processing_algorithms.analysis.routing import population_within_by_zone

    # five cells: zone 0 holds cells reached in band 1 (10 p.), band 2 (5 p.) and not reached (7 p.);
    # zone 1 one cell in band 2 (3 p.); one cell outside every zone (100 p.)
    codes = [1, 2, 0, 2, 1]
    zones = [0, 0, 0, 1, -1]
    vals = [10.0, 5.0, 7.0, 3.0, 100.0]
    within, total = population_within_by_zone(codes, 2, False, zones, 2, vals)
    assert total.tolist() == [22.0, 3.0]
    assert within.tolist() == [[10.0, 15.0], [0.0, 3.0]]
    # per-site catchment codes (site × bands + band + 1) give the same bands
    within_ps, _ = population_within_by_zone([3, 4, 0, 2, 1], 2, True, zones, 2, vals)
    assert within_ps.tolist() == [[10.0, 15.0], [0.0, 3.0]]
