"""THE definition of reach (analysis/reach.py): population share within the reach band, area as a fallback,
unknown off the network — hand-computed values on square zones and 200 m cells."""
from __future__ import annotations

import math

import numpy as np
import pytest

from coodiag.processing_algorithms.analysis import coverage as cov
from coodiag.processing_algorithms.analysis import reach, zones

SQUARE = [(0, 0), (2000, 0), (2000, 2000), (0, 2000)]
EAST = [(2000, 0), (4000, 0), (4000, 2000), (2000, 2000)]


def test_reach_band_choice():
    assert reach.reach_band([10, 20, 30, 45], 20) == 20
    assert reach.reach_band([15, 30, 45, 60], 45) == 45
    assert reach.reach_band([10, 30], 20) == 10  # the largest band below
    assert reach.reach_band([30, 60], 20) == 30  # none below: the smallest
    assert reach.reach_band([], 20) is None


def test_cell_samples_and_zone_lattice():
    x, y, c = reach.cell_samples([0.0, 200.0, 50.0], [0.0, 0.0, 50.0], [200.0, 200.0, float("nan")], n=4)
    assert x.size == 4 * 4 * 2 + 1 and np.bincount(c).tolist() == [16, 16, 1]
    assert x[c == 0].min() == 25.0 and x[c == 0].max() == 175.0 and (x[c == 2], y[c == 2]) == ([50.0], [50.0])
    z = zones.Zones.from_rings([SQUARE, EAST])
    lx, ly, lz = reach.zone_lattice(z, per_zone=400)
    assert 360 <= (lz == 0).sum() <= 440 and 360 <= (lz == 1).sum() <= 440
    assert (lx[lz == 0] < 2000).all() and (lx[lz == 1] > 2000).all()


def test_pair_fractions_area_and_whole_cell():
    # one cell [1900, 2100] × [0, 200] straddles the two zones; the band holds x < 2050
    z = zones.Zones.from_rings([SQUARE, EAST])
    table = zones.cell_zone_table(z, [1900.0], [0.0], 200.0)
    assert table.share.tolist() == pytest.approx([0.5, 0.5])
    x, y, c = reach.cell_samples([1900.0], [0.0], [200.0], n=8)
    sz = zones.points_in_zones(z, x, y)
    flags = x < 2050
    fr = reach.pair_fractions(table.cell_idx, table.zone_idx, c, sz, flags)
    assert fr[:, 0].tolist() == pytest.approx([1.0, 0.5])  # the west piece is all in the band, the east half
    whole = reach.pair_fractions(table.cell_idx, table.zone_idx, c, sz, flags, whole_cell=True)
    assert whole[:, 0].tolist() == pytest.approx([0.75, 0.75])
    within, total = reach.population_within(table.cell_idx, table.zone_idx, table.share, 2, [100.0], fr)
    assert total.tolist() == pytest.approx(table.aggregate([100.0]).tolist())  # THE zone population
    assert within[:, 0].tolist() == pytest.approx([50.0, 25.0])


def test_people_along_the_roads_are_in_reach():
    """A commune of 2 × 2 km whose people live in a 400 m strip along its road, which the isochrone hugs: 20 % of
    its area but all of its people within the band — in reach by population, out of reach by area."""
    z = zones.Zones.from_rings([SQUARE])
    ix, iy = np.meshgrid(np.arange(10) * 200.0, np.arange(10) * 200.0)
    ix, iy = ix.ravel(), iy.ravel()
    pop = np.where((iy >= 800) & (iy < 1200), 120.0, 0.0)  # two rows of cells along y = 1000
    table = zones.cell_zone_table(z, ix, iy, 200.0)

    def band(px, py):
        return (np.abs(py - 1000.0) <= 200.0)[:, None]

    x, y, c = reach.cell_samples(ix, iy, np.full(ix.size, 200.0))
    fr = reach.pair_fractions(table.cell_idx, table.zone_idx, c, zones.points_in_zones(z, x, y), band(x, y))
    within, total = reach.population_within(table.cell_idx, table.zone_idx, table.share, 1, pop, fr)
    lx, ly, lz = reach.zone_lattice(z)
    area = cov.weighted_shares(lz, np.ones(lz.size), band(lx, ly)[:, 0], 1)
    assert area[0] == pytest.approx(0.2, abs=0.02)
    pop_share = within[:, 0] / total
    assert pop_share[0] == pytest.approx(1.0)
    shares, bases, flags = reach.zone_reach(pop_share, area, [True])
    assert (bases, flags) == (["population"], [1])
    shares, bases, flags = reach.zone_reach(pop_share, area, [False])  # population unknown: the area decides
    assert (bases, flags) == (["area"], [0]) and shares[0] == pytest.approx(0.2, abs=0.02)


def test_unknown_reach_and_bounds():
    pop = np.array([0.9, 0.3, 0.3, np.nan, np.nan, np.nan])
    area = np.array([0.1, 0.6, 0.6, 0.7, 0.2, 0.4])
    usable = [True, True, True, False, False, False]
    status = [cov.MISSING, cov.PARTIAL, cov.OK, cov.OK, cov.OK, None]
    # zones 4 and 5: grid partial, legal population known: floor 0.6 → in reach; ceiling 0.2 → out of reach
    floor, ceiling = reach.share_bounds([60.0, 10.0, np.nan, np.nan, 600.0, 10.0], [80.0, 90.0, 0, 0, 700.0, 40.0],
                                        [np.nan, np.nan, np.nan, np.nan, 1000.0, 100.0])
    assert floor[4] == pytest.approx(0.6) and ceiling[4] == pytest.approx(0.9)
    assert floor[5] == pytest.approx(0.1) and ceiling[5] == pytest.approx(0.7)
    shares, bases, flags = reach.zone_reach(pop, area, usable, status, floor=floor, ceiling=ceiling)
    assert flags[0] is None and math.isnan(shares[0])  # off the network: unknown, never "0 within 20 min"
    assert flags[1] is None and bases[1] is None  # partial network, below the threshold: unknown
    assert flags[2] == 0 and bases[2] == "population"
    assert flags[3] == 1 and bases[3] == "area"
    assert flags[4] == 1 and bases[4] == "population" and shares[4] == pytest.approx(0.6)
    assert flags[5] == 0 and bases[5] == "area"  # ceiling 0.7 ≥ 0.5: undecided by population, the area decides
    assert reach.as_percent(0.9076) == 90.8 and reach.as_percent(float("nan")) is None
