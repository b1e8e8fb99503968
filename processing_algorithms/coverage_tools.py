"""QGIS side of coverage (analysis/coverage.py) and reach (analysis/reach.py): zones sampled once, inputs'
footprints, statuses per zone, the log lines naming the zones and the metadata the atlas prints.

:class:`ZoneFrame` holds the zones of a run with their labels (name, else code), their legal population when
the layer has one (``POP_2020``, ``P21_POP``… — analysis/atlas_plan.population_field), and, with a
population grid, THE cell-to-zone table (client_common.cell_zone_pairs). It gives sample points in any CRS:
n × n points per cell (each with its cell and zone) for population-weighted shares, and a lattice of points
per zone for area shares. Every share of a zone within something (a travel-time band, a network footprint, a
feed's area) is computed from these samples, by population when the zone's population is known, else by
area — the basis is said.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, List, Optional

import numpy as np
from qgis.core import QgsCoordinateReferenceSystem
from qgis.PyQt.QtCore import QCoreApplication as _Q  # noqa: N814

from ..coodiag_plugin.toolbelt import compat
from .analysis import atlas_plan
from .analysis import coverage as cov
from .analysis import fields as field_table
from .analysis import reach as reach_mod

usable = cov.usable

def input_label(name: str) -> str:
    labels = {
        "filosofi": _Q.translate("CoodiagCoverage", "Filosofi grid"),
        "census": _Q.translate("CoodiagCoverage", "census table"),
        "network": _Q.translate("CoodiagCoverage", "road network"),
        "gtfs": _Q.translate("CoodiagCoverage", "public transport timetables (GTFS)"),
    }
    return labels.get(name, name)


# ---- zones -----------------------------------------------------------------------------------------------
def _names(fields) -> list:
    return [f.name() for f in fields] if not isinstance(fields, (list, tuple)) else list(fields)


def legal_population(fields, attributes) -> tuple:
    """(array of the zones' legal population, NaN when unknown; the field name or "")."""
    names = _names(fields)
    name = atlas_plan.population_field(names)
    out = np.full(len(attributes), np.nan)
    if not name:
        return out, ""
    i = names.index(name)
    for z, attrs in enumerate(attributes):
        v = compat.py_value(attrs[i])
        try:
            out[z] = float(v) if v is not None else np.nan
        except (TypeError, ValueError):
            out[z] = np.nan
    return out, name


def zone_codes(fields, attributes) -> list:
    """The commune (or IRIS) code of each zone as text, None when the layer has no code field."""
    names = _names(fields)
    name = (field_table.detect_by_name(names, field_table.ALIASES["commune_code"])
            or field_table.detect_by_name(names, field_table.ALIASES["iris_code"]))
    if not name:
        return [None] * len(attributes)
    i = names.index(name)
    return [None if compat.py_value(a[i]) is None else str(compat.py_value(a[i])) for a in attributes]


def zone_labels(fields, attributes) -> list:
    """A label per zone for logs and the atlas: its name, else its code, else « #n »."""
    names = _names(fields)
    name_field = field_table.detect_by_name(names, field_table.ALIASES["zone_name"])
    codes = zone_codes(fields, attributes)
    out = []
    for z, attrs in enumerate(attributes):
        label = compat.py_value(attrs[names.index(name_field)]) if name_field else None
        label = label if label not in (None, "") else codes[z]
        out.append(str(label) if label not in (None, "") else "#{}".format(z + 1))
    return out


@dataclass
class CoverageResult:
    """Coverage of the zones by one input."""

    input: str
    shares: np.ndarray
    statuses: list
    basis: str  # population | legal_population | area | rows
    labels: list
    ok_share: float

    @property
    def lists(self) -> dict:
        return cov.lists(self.statuses, self.labels)

    def meta(self) -> dict:
        lists = self.lists
        return {"coverage": lists, "coverage_inputs": {self.input: {"basis": self.basis, "ok_share": self.ok_share,
                                                                     **lists}}}


def merged_meta(*results) -> dict:
    """The metadata of an output using several inputs: ``coverage`` (the union of the lists, a zone missing
    in one input is missing) and ``coverage_inputs`` (per input)."""
    results = [r for r in results if r is not None]
    inputs = {}
    for r in results:
        inputs.update(r.meta()["coverage_inputs"])
    return {"coverage": cov.merge_lists(*[r.lists for r in results]), "coverage_inputs": inputs}


def report(feedback, result: Optional[CoverageResult], label: str) -> None:
    """Log lines naming the zones an input does not cover (never « 1 zones … » without their names)."""
    if result is None or feedback is None:
        return
    lists = result.lists
    if lists["missing"]:
        feedback.pushWarning(_Q.translate(
            "CoodiagCoverage", "No data from the {} for {} zone(s): {}. Their values are left empty (NULL), not 0.")
            .format(label, len(lists["missing"]), cov.join_labels(lists["missing"])))
    if lists["partial"]:
        feedback.pushWarning(_Q.translate(
            "CoodiagCoverage", "The {} covers only part of {} zone(s): {}. Their values are left empty (NULL).")
            .format(label, len(lists["partial"]), cov.join_labels(lists["partial"])))


class ZoneFrame:
    """The zones of a run, sampled once for coverage and reach (see the module docstring)."""

    def __init__(self, geometries, crs, fields, attributes, context, pairs=None, cell_pop=None):
        from . import client_common as cc

        self.geometries = list(geometries)
        self.crs = crs
        self.context = context
        self.n = len(self.geometries)
        self.labels = zone_labels(fields, attributes)
        self.codes = zone_codes(fields, attributes)
        self.legal, self.legal_field = legal_population(fields, attributes)
        self.pairs = pairs
        self.cell_pop = None if cell_pop is None else np.nan_to_num(np.asarray(cell_pop, dtype=float), nan=0.0)
        self._cc = cc
        self._prepared = None
        self._lattice = None
        self._samples = None
        self._cache = {}

    # -- sample points ---------------------------------------------------------------------------------
    def _zones_prepared(self):
        """Zones prepared for the pure routines, in their own CRS (or the grid CRS of the pairs)."""
        if self.pairs is not None:
            return self.pairs.prepared, self.pairs.grid_crs
        if self._prepared is None:
            self._prepared = self._cc.zones_of(self.geometries)
        return self._prepared, self.crs

    def lattice(self, dest_crs: QgsCoordinateReferenceSystem):
        """(x, y, zone) of a regular lattice of points in each zone, in `dest_crs`."""
        if self._lattice is None:
            prepared, crs = self._zones_prepared()
            x, y, z = reach_mod.zone_lattice(prepared)
            self._lattice = (x, y, z, crs)
        x, y, z, crs = self._lattice
        key = ("lattice", dest_crs.authid() or dest_crs.toWkt())
        if key not in self._cache:
            self._cache[key] = self._cc.transform_points(x, y, crs, dest_crs, self.context) if x.size else (x, y)
        X, Y = self._cache[key]
        return X, Y, z

    def cell_samples(self, dest_crs: QgsCoordinateReferenceSystem):
        """(x, y, cell, zone) of n × n sample points per cell, in `dest_crs` (None without a population)."""
        if self.pairs is None:
            return None
        if self._samples is None:
            p = self.pairs
            x, y, c = reach_mod.cell_samples(p.x_sw, p.y_sw, p.size)
            ok = np.isfinite(x) & np.isfinite(y)
            x, y, c = x[ok], y[ok], c[ok]
            z = self._cc.zones_mod.points_in_zones(p.prepared, x, y) if x.size else np.zeros(0, dtype=np.int64)
            self._samples = (x, y, c, z)
        x, y, c, z = self._samples
        key = ("cells", dest_crs.authid() or dest_crs.toWkt())
        if key not in self._cache:
            self._cache[key] = self._cc.transform_points(x, y, self.pairs.grid_crs, dest_crs, self.context) \
                if x.size else (x, y)
        X, Y = self._cache[key]
        return X, Y, c, z

    # -- shares ----------------------------------------------------------------------------------------
    @property
    def has_population(self) -> bool:
        return self.pairs is not None and self.cell_pop is not None

    def population(self) -> np.ndarray:
        """THE population of each zone (cells by the cell-to-zone rule); zeros without a grid."""
        if not self.has_population:
            return np.zeros(self.n)
        return self.pairs.aggregate(self.cell_pop)

    def pair_fractions(self, flags_of: Callable, dest_crs) -> np.ndarray:
        """(n_pairs, k) fraction of each (cell, zone) piece where `flags_of(x, y)` (in `dest_crs`) holds."""
        X, Y, c, z = self.cell_samples(dest_crs)
        flags = flags_of(X, Y)
        p = self.pairs
        return reach_mod.pair_fractions(p.cell_idx, p.zone_idx, c, z, flags, whole_cell=p.whole_cell)

    def population_shares(self, flags_of: Callable, dest_crs) -> tuple:
        """(within (n, k), total (n,)): the zones' population where `flags_of` holds, and in all."""
        fr = self.pair_fractions(flags_of, dest_crs)
        p = self.pairs
        return reach_mod.population_within(p.cell_idx, p.zone_idx, p.share, self.n, self.cell_pop, fr)

    def area_shares(self, flags_of: Callable, dest_crs) -> np.ndarray:
        """(n, k) share of each zone's area where `flags_of` holds (NaN for a zone without lattice point)."""
        X, Y, z = self.lattice(dest_crs)
        flags = np.asarray(flags_of(X, Y), dtype=float)
        if flags.ndim == 1:
            flags = flags[:, None]
        out = np.full((self.n, flags.shape[1]), np.nan)
        for j in range(flags.shape[1]):
            out[:, j] = cov.weighted_shares(z, np.ones(z.size), flags[:, j], self.n)
        return out

    def footprint_coverage(self, name: str, flags_of: Callable, dest_crs, ok: float = cov.OK_SHARE) -> CoverageResult:
        """Coverage of the zones by an input whose footprint is `flags_of` (points in `dest_crs` → booleans):
        the zones' population inside it when known, else their area."""
        if self.has_population:
            within, total = self.population_shares(flags_of, dest_crs)
            shares = np.where(total > 0, within[:, 0] / np.where(total > 0, total, 1.0), np.nan)
            basis = "population"
            area = None
            if np.isnan(shares).any():  # zones without people in the grid: their area
                area = self.area_shares(flags_of, dest_crs)[:, 0]
                shares = np.where(np.isnan(shares), area, shares)
        else:
            shares = self.area_shares(flags_of, dest_crs)[:, 0]
            basis = "area"
        return CoverageResult(name, shares, cov.statuses(shares, ok), basis, self.labels, ok)


# ---- inputs ----------------------------------------------------------------------------------------------
def filosofi_coverage(pairs, cells, fields, attributes, context) -> CoverageResult:
    """Coverage of the zones by a Filosofi grid (analysis/coverage.py): persons of the grid over the legal
    population where the zones carry it, else the share of the zone's area within 1 km of the hull of the
    cells. `pairs`: client_common.cell_zone_pairs of the cells in the zones."""
    labels = zone_labels(fields, attributes)
    legal, _name = legal_population(fields, attributes)
    n = len(attributes)
    persons = cells.persons if cells.persons is not None else cells.values
    grid_pop = pairs.aggregate(persons) if persons is not None and persons.size else np.zeros(n)
    shares = cov.ratio_shares(grid_pop, legal)
    statuses = cov.statuses(shares, cov.FILOSOFI_OK)
    basis = "legal_population"
    unknown = np.flatnonzero(np.isnan(shares))
    if unknown.size:
        cx, cy = pairs.centres()
        ok = np.isfinite(cx)
        hull = cov.convex_hull(cx[ok], cy[ok])
        lx, ly, lz = reach_mod.zone_lattice(pairs.prepared)
        flags = cov.near_hull(hull, lx, ly, cov.FILOSOFI_HULL_BUFFER)
        area = cov.weighted_shares(lz, np.ones(lz.size), flags, n)
        for z in unknown.tolist():
            shares[z] = area[z]
            statuses[z] = cov.status_of(area[z], cov.OK_SHARE)
        basis = "area" if unknown.size == n else "legal_population+area"
    return CoverageResult("filosofi", shares, statuses, basis, labels,
                          cov.FILOSOFI_OK if basis != "area" else cov.OK_SHARE)


def network_footprint(net, cell: float = cov.FOOTPRINT_CELL) -> cov.Occupancy:
    """The footprint of a prepared network (network_engine.Network): cells of `cell` m holding a link,
    dilated by one cell (a link within about 1 km), in the network's CRS."""
    key = ("coverage_footprint", float(cell))
    cache = getattr(net, "_cache", None)
    if isinstance(cache, dict) and key in cache:
        return cache[key]
    x, y = cov.segment_samples(net.xy, net.offsets, cell / 2.0)
    footprint = cov.Occupancy(x, y, cell, dilate=1)
    if isinstance(cache, dict):
        cache[key] = footprint
    return footprint


def network_hull(net) -> np.ndarray:
    cache = getattr(net, "_cache", None)
    if isinstance(cache, dict) and "coverage_hull" in cache:
        return cache["coverage_hull"]
    hull = cov.convex_hull(net.xy[:, 0], net.xy[:, 1]) if len(net.xy) else np.zeros((0, 2))
    if isinstance(cache, dict):
        cache["coverage_hull"] = hull
    return hull


def network_coverage(frame: ZoneFrame, net) -> CoverageResult:
    """Coverage of the zones by a road network (analysis/coverage.py): the share of each zone's population
    within about 1 km of a link (:func:`network_footprint`); for a zone without known people, the share of
    its area inside the network's extent (convex hull + 1 km: mountains and forests far from any road are
    not "uncovered"), and 0 when no link comes within about 1 km of any part of it (the network misses it)."""
    footprint = network_footprint(net)
    hull = network_hull(net)

    def area_rule():
        both = frame.area_shares(lambda x, y: np.column_stack(
            [cov.near_hull(hull, x, y, cov.FILOSOFI_HULL_BUFFER), footprint.covers(x, y)]), net.crs)
        return np.where(both[:, 1] < cov.MISSING_SHARE, 0.0, both[:, 0])

    if frame.has_population:
        within, total = frame.population_shares(footprint.covers, net.crs)
        shares = np.where(total > 0, within[:, 0] / np.where(total > 0, total, 1.0), np.nan)
        basis = "population"
        if np.isnan(shares).any():
            shares = np.where(np.isnan(shares), area_rule(), shares)
            basis = "population+area"
    else:
        shares = area_rule()
        basis = "area"
    return CoverageResult("network", shares, cov.statuses(shares, cov.OK_SHARE), basis, frame.labels,
                          cov.OK_SHARE)


def gtfs_coverage(frame: ZoneFrame, stop_x, stop_y, crs, buffer: float = cov.GTFS_BUFFER) -> CoverageResult:
    """Coverage of the zones by GTFS feeds: inside (or within `buffer` m of) the convex hull of the stops."""
    hull = cov.convex_hull(stop_x, stop_y)
    return frame.footprint_coverage("gtfs", lambda x, y: cov.near_hull(hull, x, y, buffer), crs)


@dataclass
class Statuses:
    """Statuses of several inputs per zone and the resulting coverage."""

    results: List[CoverageResult] = field(default_factory=list)

    def add(self, result: Optional[CoverageResult]) -> None:
        if result is not None:
            self.results.append(result)

    def worst(self, n: int) -> list:
        return cov.worst(*[r.statuses for r in self.results]) if self.results else [None] * n

    def get(self, name: str) -> Optional[CoverageResult]:
        return next((r for r in self.results if r.input == name), None)

    def meta(self) -> dict:
        return merged_meta(*self.results) if self.results else {"coverage": {"partial": [], "missing": []}}
