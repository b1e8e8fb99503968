"""Areal interpolation from zones down to cells: totals kept within 0.1 %, fallbacks reported."""
from __future__ import annotations

import numpy as np
import pytest
from coodiag.processing_algorithms.analysis.interpolation import (
    aggregate,
    interpolate,
    main_zone,
)


def _two_zones_four_cells():
    # cells 0,1 in zone 0; cell 2 straddles (half in each); cell 3 in zone 1. Cell area 4.
    zone_idx = [0, 0, 0, 1, 1]
    cell_idx = [0, 1, 2, 2, 3]
    overlap = [4.0, 4.0, 2.0, 2.0, 4.0]
    area = [4.0, 4.0, 4.0, 4.0]
    pop = [100.0, 300.0, 200.0, 0.0]
    return zone_idx, cell_idx, overlap, area, pop


def test_population_weights_by_hand():
    zone_idx, cell_idx, overlap, area, pop = _two_zones_four_cells()
    res = interpolate([50.0, 30.0], zone_idx, cell_idx, overlap, area, pop)
    # zone 0: pop weights 100, 300, 100 (half of cell 2) → 10, 30, 10
    # zone 1: pop weights 100 (half of cell 2), 0 → all 30 to cell 2
    assert res.values.tolist() == pytest.approx([10.0, 30.0, 40.0, 0.0])
    assert res.fallback_zones == [] and res.unallocated == 0.0


def test_area_fallback_when_zone_has_no_population():
    zone_idx, cell_idx, overlap, area, _ = _two_zones_four_cells()
    pop = [100.0, 300.0, 0.0, 0.0]
    res = interpolate([50.0, 30.0], zone_idx, cell_idx, overlap, area, pop)
    # zone 1 has no Filosofi population: its 30 are spread by area (2 and 4) → 10 and 20
    assert res.values.tolist() == pytest.approx([12.5, 37.5, 10.0, 20.0])
    assert res.fallback_zones == [1]


def test_zone_without_cells_is_reported():
    res = interpolate([50.0, 7.0], [0], [0], [4.0], [4.0], [10.0])
    assert res.values.tolist() == pytest.approx([50.0])
    assert res.unallocated_zones == [1] and res.unallocated == 7.0


def test_random_overlay_conserves_totals_within_0_1_percent():
    rng = np.random.default_rng(42)
    n_zones, n_cells = 40, 3000
    cell_zone = rng.integers(0, n_zones, n_cells)
    # a third of the cells straddle a second zone
    straddle = rng.random(n_cells) < 0.33
    other = (cell_zone + 1) % n_zones
    part = rng.uniform(0.1, 0.9, n_cells)
    zone_idx = np.concatenate([cell_zone, other[straddle]])
    cell_idx = np.concatenate([np.arange(n_cells), np.flatnonzero(straddle)])
    overlap = np.concatenate([np.where(straddle, part, 1.0) * 40_000, (1 - part[straddle]) * 40_000])
    pop = rng.poisson(30, n_cells) * (rng.random(n_cells) > 0.2)
    counts = rng.uniform(0, 5000, n_zones)
    res = interpolate(counts, zone_idx, cell_idx, overlap, np.full(n_cells, 40_000.0), pop)
    assert res.values.sum() == pytest.approx(counts.sum(), rel=1e-3)
    assert res.values.min() >= 0
    back = aggregate(res.values, zone_idx, cell_idx, overlap, np.full(n_cells, 40_000.0), n_zones)
    assert back.sum() == pytest.approx(counts.sum(), rel=1e-3)


def test_aggregate_and_main_zone():
    zone_idx, cell_idx, overlap, area, _ = _two_zones_four_cells()
    back = aggregate([1.0, 2.0, 4.0, 8.0], zone_idx, cell_idx, overlap, area, 2)
    assert back.tolist() == pytest.approx([5.0, 10.0])
    assert main_zone(zone_idx, cell_idx, overlap, 5).tolist() == [0, 0, 0, 1, -1]


def test_bad_arrays():
    with pytest.raises(ValueError):
        interpolate([1.0], [0, 0], [0], [1.0], [1.0], [1.0])
    with pytest.raises(ValueError):
        interpolate([1.0], [0], [0], [-1.0], [1.0], [1.0])
