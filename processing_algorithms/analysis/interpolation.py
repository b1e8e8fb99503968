"""Areal interpolation of zone counts (commune, IRIS) down to grid cells, weighted by population.

Input is the overlay of zones and cells as three parallel arrays — one row per (zone, cell) pair that
overlaps: ``zone_idx``, ``cell_idx`` and ``overlap`` (area of zone ∩ cell, any unit) — plus the area
and the Filosofi population (``ind``) of every cell.

Method (dasymetric, pycnophylactic in the sense that zone totals are kept):

1. The population of a cell is shared between the zones it overlaps in proportion to the overlap
   area: ``pop(z, c) = ind(c) × overlap(z, c) / area(c)``.
2. The count of zone z is spread over its pieces in proportion to that population:
   ``value(z, c) = count(z) × pop(z, c) / Σ_c pop(z, c)``.
3. Fallback: a zone with a positive count but no Filosofi population at all (every overlapping cell
   has ``ind = 0``; Filosofi omits empty cells) is spread in proportion to the overlap area instead.
   Such zones are listed in ``fallback_zones``.
4. A zone that overlaps no cell keeps its count out of the grid: it is listed in ``unallocated_zones``
   and its count summed in ``unallocated``. Nothing is dropped silently.

So ``values.sum() + unallocated == counts.sum()`` up to floating-point error.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass
class InterpolationResult:
    values: np.ndarray                      # one value per cell
    fallback_zones: list = field(default_factory=list)     # zone indices spread by area
    unallocated_zones: list = field(default_factory=list)  # zone indices that overlap no cell
    unallocated: float = 0.0                # sum of the counts that could not be placed

    @property
    def allocated(self) -> float:
        return float(self.values.sum())


def _pairs(zone_idx, cell_idx, overlap):
    zone_idx = np.asarray(zone_idx, dtype=np.int64)
    cell_idx = np.asarray(cell_idx, dtype=np.int64)
    overlap = np.asarray(overlap, dtype=float)
    if not (zone_idx.shape == cell_idx.shape == overlap.shape):
        raise ValueError("zone_idx, cell_idx and overlap must have the same length")
    if np.any(overlap < 0):
        raise ValueError("overlap areas must be non-negative")
    return zone_idx, cell_idx, overlap


def interpolate(counts, zone_idx, cell_idx, overlap, cell_area, cell_pop) -> InterpolationResult:
    """Spread `counts` (one per zone) down to the cells; see the module docstring for the method."""
    counts = np.nan_to_num(np.asarray(counts, dtype=float), nan=0.0)
    cell_area = np.asarray(cell_area, dtype=float)
    cell_pop = np.nan_to_num(np.asarray(cell_pop, dtype=float), nan=0.0)
    zone_idx, cell_idx, overlap = _pairs(zone_idx, cell_idx, overlap)
    n_zones, n_cells = len(counts), len(cell_area)
    values = np.zeros(n_cells, dtype=float)
    if zone_idx.size == 0:
        unallocated = [int(z) for z in np.flatnonzero(counts != 0)]
        return InterpolationResult(values, [], unallocated, float(counts.sum()))

    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(cell_area[cell_idx] > 0, overlap / cell_area[cell_idx], 0.0)
    pop_weight = np.clip(cell_pop[cell_idx], 0.0, None) * share
    pop_total = np.bincount(zone_idx, weights=pop_weight, minlength=n_zones)
    area_total = np.bincount(zone_idx, weights=overlap, minlength=n_zones)

    use_area = (pop_total <= 0) & (area_total > 0)
    weight = np.where(use_area[zone_idx], overlap, pop_weight)
    total = np.where(use_area, area_total, pop_total)
    with np.errstate(divide="ignore", invalid="ignore"):
        fraction = np.where(total[zone_idx] > 0, weight / total[zone_idx], 0.0)
    np.add.at(values, cell_idx, counts[zone_idx] * fraction)

    placed = total > 0
    fallback = [int(z) for z in np.flatnonzero(use_area & (counts != 0))]
    unallocated_zones = [int(z) for z in np.flatnonzero(~placed & (counts != 0))]
    unallocated = float(counts[~placed].sum())
    return InterpolationResult(values, fallback, unallocated_zones, unallocated)


def aggregate(cell_values, zone_idx, cell_idx, overlap, cell_area, n_zones: int) -> np.ndarray:
    """Sum cell values up to zones, a straddling cell split in proportion to its overlap area."""
    cell_values = np.nan_to_num(np.asarray(cell_values, dtype=float), nan=0.0)
    cell_area = np.asarray(cell_area, dtype=float)
    zone_idx, cell_idx, overlap = _pairs(zone_idx, cell_idx, overlap)
    if zone_idx.size == 0:
        return np.zeros(n_zones, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(cell_area[cell_idx] > 0, np.minimum(overlap / cell_area[cell_idx], 1.0), 0.0)
    return np.bincount(zone_idx, weights=cell_values[cell_idx] * share, minlength=n_zones)


def main_zone(zone_idx, cell_idx, overlap, n_cells: int) -> np.ndarray:
    """For each cell, the zone it overlaps most (−1 when none): :func:`zones.main_zone_of_pairs`."""
    from .zones import main_zone_of_pairs

    zone_idx, cell_idx, overlap = _pairs(zone_idx, cell_idx, overlap)
    return main_zone_of_pairs(zone_idx, cell_idx, overlap, n_cells)
