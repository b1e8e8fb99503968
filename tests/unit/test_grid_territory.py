"""The INSEE-aligned grid in the territory's grid CRS (metropolitan output unchanged by default)."""
from __future__ import annotations

import numpy as np
import pytest

from coodiag.processing_algorithms.analysis import grid, territory_crs as tc


def test_default_is_the_metropolitan_grid():
    assert grid.GRID_CRS == "EPSG:3035" and grid.GRID_EPSG == 3035
    assert grid.cell_id(4221400, 2058600, 200) == "CRS3035RES200mN2058600E4221400"
    assert grid.cell_ids(np.array([21107]), np.array([10293]), 200) == ["CRS3035RES200mN2058600E4221400"]
    assert grid.bin_points([4221401.0], [2058601.0], 200).ids() == ["CRS3035RES200mN2058600E4221400"]


@pytest.mark.parametrize(("epsg", "x", "y"), [(5490, 728800, 1592600), (2975, 359400, 7634200)])
def test_overseas_grid_ids(epsg, x, y):
    cid = grid.cell_id(x, y, 200, crs=epsg)
    assert cid == f"CRS{epsg}RES200mN{y}E{x}"
    assert grid.parse_cell_id(cid, crs=epsg) == (x, y, 200)
    assert grid.parse_cell_id(cid, crs=None) == (x, y, 200)
    assert grid.parse_cell_id_crs(cid) == (x, y, 200, epsg)
    with pytest.raises(ValueError):
        grid.parse_cell_id(cid)  # the default expects the metropolitan grid
    ix, iy = grid.cell_indices([x + 10.0], [y + 199.0], 200)
    assert grid.cell_ids(ix, iy, 200, crs=epsg) == [cid]
    counts = grid.bin_points([x + 10.0, x + 250.0], [y + 5.0, y + 5.0], 200, crs=epsg)
    assert counts.crs == epsg and counts.ids()[0] == cid
    assert tc.parse_grid_id(cid).text() == cid


def test_empty_overseas_binning_keeps_its_crs():
    counts = grid.bin_points(np.zeros(0), np.zeros(0), 200, crs=5490)
    assert len(counts) == 0 and counts.crs == 5490 and counts.ids() == []


def test_cells_are_aligned_on_the_grid_origin():
    for value in (728899.9, 728800.0, -0.1, 1592600.0):
        x = tc.align(value, 200)
        assert x % 200 == 0 and x <= value < x + 200
