"""Denominators (target populations) computed from the Filosofi gridded data (2019 INSEE names).

Field names are matched case-insensitively (2017 files use ``Ind``, ``Men``…). Each denominator is a
per-cell value, and this module stops there: it never assigns a cell to a zone. Zones get their
denominator through THE one cell-to-zone rule of every output (analysis/zones.py, applied on the QGIS side
by ``client_common.cell_zone_pairs``): by default each cell is split between the zones by the share of its
area in each (``"area"``: a border cell gives each commune its part, the part outside every zone goes
nowhere), or, when the setting ``coodiag/cell_zone_rule`` says so, given whole to the zone holding its
centre (``"centre"``) or most of its area (``"majority"``). So a cell's households are in the same commune
on every page; a zone the grid covers only in part gets a NULL denominator, not a smaller one
(analysis/coverage.py).

High-income households are approximated (Filosofi publishes no income distribution per cell): the
households of the cells whose mean standard of living ``ind_snv / ind`` is above the territory's median
cell mean, the median being weighted by households (so the "richer half" of the territory's households,
by cell). Cells with no person get no high-income household.
"""
from __future__ import annotations

from collections import OrderedDict
from typing import Dict, Mapping, Sequence

import numpy as np

# key → (English label, fields summed)
DENOMINATORS = OrderedDict(
    [
        ("men", ("Households", ("men",))),
        ("ind", ("Persons", ("ind",))),
        ("ind_65p", ("Persons aged 65 or more", ("ind_65_79", "ind_80p"))),
        ("ind_80p", ("Persons aged 80 or more", ("ind_80p",))),
        ("men_fmp", ("Single-parent families", ("men_fmp",))),
        ("men_prop", ("Owner households", ("men_prop",))),
        ("men_hinc", ("High-income households (approx.)", ("men", "ind", "ind_snv"))),
    ]
)
KEYS = list(DENOMINATORS)


def required_fields(key: str) -> Sequence[str]:
    return DENOMINATORS[key][1]


def weighted_median(values, weights) -> float:
    v = np.asarray(values, dtype=float)
    w = np.asarray(weights, dtype=float)
    ok = np.isfinite(v) & np.isfinite(w) & (w > 0)
    if not ok.any():
        return float("nan")
    v, w = v[ok], w[ok]
    order = np.argsort(v, kind="stable")
    v, w = v[order], w[order]
    cum = np.cumsum(w)
    return float(v[np.searchsorted(cum, cum[-1] / 2.0)])


def cell_values(key: str, columns: Mapping[str, Sequence]) -> np.ndarray:
    """Per-cell denominator from the Filosofi columns (dict field name → values, any case).

    Missing (None/NaN) values count as 0 in sums."""
    if key not in DENOMINATORS:
        raise KeyError("unknown denominator {!r}; choose one of {}".format(key, ", ".join(KEYS)))
    cols: Dict[str, np.ndarray] = {}
    for name, values in columns.items():
        cols[name.lower()] = np.asarray([np.nan if v is None else v for v in values], dtype=float)
    missing = [f for f in required_fields(key) if f not in cols]
    if missing:
        raise KeyError(", ".join(missing))
    if key == "men_hinc":
        men, ind, snv = np.nan_to_num(cols["men"]), np.nan_to_num(cols["ind"]), cols["ind_snv"]
        mean_snv = np.full(men.shape, np.nan)
        ok = (ind > 0) & np.isfinite(snv)
        mean_snv[ok] = snv[ok] / ind[ok]
        median = weighted_median(mean_snv, men)
        if not np.isfinite(median):
            return np.zeros(men.shape)
        return np.where(ok & (mean_snv > median), men, 0.0)
    total = None
    for f in required_fields(key):
        v = np.nan_to_num(cols[f])
        total = v if total is None else total + v
    return total
