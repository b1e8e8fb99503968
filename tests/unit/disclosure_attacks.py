"""Differencing attacks on published aggregates (helpers for the disclosure tests; numpy/pandas/scipy).

Each attack plays an outsider who reads the published values (hidden ones are NaN/None) and knows the
method; it returns ``{key: (lo, hi)}``: the tightest interval it found for every hidden count (keys are
the positions of the hidden cells, or what the attack says). Intervals are closed; ``math.inf`` = no
upper bound. :func:`integer_width` turns one into the number of integer steps it leaves open, and
:func:`pinned` lists the hidden counts an attack places closer than k — the test of protection:

    protected ⟺ floor(hi) − ceil(lo) ≥ k   for every hidden count and every attack

(the same definition as ``disclosure.protect``'s guarantee: the hidden count can move over at least k
integer steps).
"""
from __future__ import annotations

import math
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

import numpy as np

Interval = Tuple[float, float]
EPS = 1e-6


# ---- interval arithmetic -------------------------------------------------------------------------------
def integer_width(interval: Interval) -> float:
    lo, hi = interval
    if math.isinf(hi):
        return math.inf
    return math.floor(hi + EPS) - math.ceil(lo - EPS)


def pinned(intervals: Dict, k: int) -> Dict:
    """The hidden counts an attack pins closer than k (integer width below k)."""
    return {key: iv for key, iv in intervals.items() if integer_width(iv) < k}


def exact(intervals: Dict) -> Dict:
    """The hidden counts recovered exactly (a single integer left)."""
    return {key: iv for key, iv in intervals.items() if integer_width(iv) == 0}


def _meet(a: Interval, b: Interval) -> Interval:
    return max(a[0], b[0]), min(a[1], b[1])


def _hidden(values) -> np.ndarray:
    v = np.array([np.nan if x is None else float(x) for x in values], dtype=float)
    return ~np.isfinite(v)


def _floats(values) -> np.ndarray:
    return np.array([np.nan if x is None else float(x) for x in values], dtype=float)


# ---- 1. totals minus shown cells ------------------------------------------------------------------------
def totals_minus_shown(values, relations: Iterable[Tuple[Sequence[int], float]]) -> Dict[int, Interval]:
    """values: published counts (NaN hidden); relations: (positions, published total) pairs — a row and
    its total, the zones and the territory total. One hidden cell in a relation = total − shown; several
    share the residual (each in [0, residual])."""
    v = _floats(values)
    hid = ~np.isfinite(v)
    out: Dict[int, Interval] = {int(i): (0.0, math.inf) for i in np.flatnonzero(hid)}
    changed = True
    while changed:  # a recovered cell becomes shown for the other relations
        changed = False
        for members, total in relations:
            if total is None or not math.isfinite(float(total)):
                continue
            members = np.asarray(members, dtype=np.int64)
            known = np.isfinite(v[members])
            residual = float(total) - float(v[members[known]].sum())
            unknown = members[~known]
            if unknown.size == 1:
                j = int(unknown[0])
                out[j] = (residual, residual)
                v[j] = residual
                changed = True
            for j in unknown.tolist():
                out[j] = _meet(out[j], (0.0, residual))
    return out


# ---- 2. share × total ---------------------------------------------------------------------------------------
def total_from_shares(counts, shares, percent: bool = True) -> Optional[float]:
    """The total N = n / share of any published (count, share > 0) pair (None when there is none)."""
    scale = 100.0 if percent else 1.0
    found = [float(n) * scale / float(s) for n, s in zip(counts, shares)
             if n is not None and s is not None and math.isfinite(float(n)) and math.isfinite(float(s))
             and float(s) > 0]
    if not found:
        return None
    return float(np.median(found))


def total_from_rate(rate, denominators, per: float = 1.0) -> float:
    """A territory rate R = N / ΣP × per gives N = R × ΣP / per (penetration, unmet's territory rate)."""
    return float(rate) * float(np.nansum(np.asarray(denominators, dtype=float))) / per


def share_times_total(counts, shares, percent: bool = True) -> Dict[int, Interval]:
    """Every hidden zone whose share is still published: n = share × N; and N − shown for the rest."""
    total = total_from_shares(counts, shares, percent)
    v = _floats(counts)
    hid = ~np.isfinite(v)
    out: Dict[int, Interval] = {}
    if total is None:
        return {int(i): (0.0, math.inf) for i in np.flatnonzero(hid)}
    scale = 100.0 if percent else 1.0
    s = _floats(shares)
    for i in np.flatnonzero(hid).tolist():
        if math.isfinite(s[i]):
            x = s[i] * total / scale
            out[i] = (x, x)
    rest = totals_minus_shown(np.where(np.isfinite(s) & hid, s * total / scale, v),
                              [(np.arange(v.size), round(total))])
    for i in np.flatnonzero(hid).tolist():
        out[i] = _meet(out.get(i, (0.0, math.inf)), rest.get(i, (0.0, math.inf)))
    return out


# ---- 3. rank bracketing ----------------------------------------------------------------------------------
def rank_bracketing(targets, terr_rate, potentials, ranks, per: float = 1000.0) -> Dict[int, Interval]:
    """Prospect zones: potential = max(0, target × territory rate / per − n). A hidden zone that keeps a
    rank lies between the potentials of the published zones ranked just above and below it."""
    pot = _floats(potentials)
    rk = _floats(ranks)
    t = _floats(targets)
    out: Dict[int, Interval] = {}
    pub = np.isfinite(pot) & np.isfinite(rk)
    for i in np.flatnonzero(~np.isfinite(pot)).tolist():
        if not math.isfinite(rk[i]) or not math.isfinite(t[i]):
            continue
        above = pub & (rk < rk[i])
        below = pub & (rk > rk[i])
        p_hi = float(pot[above][np.argmax(rk[above])]) if above.any() else math.inf
        p_lo = float(pot[below][np.argmin(rk[below])]) if below.any() else 0.0
        expected = t[i] * float(terr_rate) / per
        lo = max(0.0, expected - p_hi)
        hi = math.inf if p_lo <= 0 else expected - p_lo
        out[i] = (lo, hi)
    return out


# ---- 4. nested-area differencing ---------------------------------------------------------------------------
def nested_differencing(values, levels: Sequence[Tuple[Sequence[int], Optional[float]]]) -> Dict[int, Interval]:
    """Nested areas (50 ⊂ 75 ⊂ 90 %): each published area count is a margin over its member zones; each
    ring (one level minus the previous) has the difference as its total. `values`: the zones' counts
    for the same population as the areas (NaN hidden)."""
    relations = []
    previous: Optional[Tuple[set, float]] = None
    for members, held in levels:
        if held is None or not math.isfinite(float(held)):
            previous = None
            continue
        members = set(int(m) for m in members)
        relations.append((sorted(members), float(held)))
        if previous is not None and previous[0] <= members:
            relations.append((sorted(members - previous[0]), float(held) - previous[1]))
        previous = (members, float(held))
    return totals_minus_shown(values, relations)


# ---- 5/6. inversion of linear smoothers (Gi*, smoothed ratios) ----------------------------------------------
def linear_inversion(a: np.ndarray, b: np.ndarray, n_hidden: int, tol: float = 1e-7):
    """Least-squares solution of a u = b and which unknowns the system determines (null space ≈ 0 on
    them). Returns (u, determined booleans)."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    u, *_ = np.linalg.lstsq(a, b, rcond=None)
    _s, sv, vt = np.linalg.svd(a, full_matrices=True)
    rank = int((sv > tol * max(1.0, sv[0] if sv.size else 1.0)).sum())
    null = vt[rank:]
    determined = np.all(np.abs(null) < 1e-6, axis=0) if null.size else np.ones(a.shape[1], dtype=bool)
    return u, determined


def _as_count_interval(x: float) -> Interval:
    r = round(x)
    if abs(x - r) < 1e-4:
        return float(r), float(r)
    return math.floor(x), math.ceil(x)


def gi_star_inversion(z, counts, neighbours: List[np.ndarray]) -> Dict[int, Interval]:
    """Getis-Ord Gi* with binary weights (self included) over the n cells of the study area:
    z_i · S · c_i = Σ_{j∈N(i)} x_j − m W_i with c_i = √((n W_i − W_i²)/(n − 1)) and m = Σx / n.
    Unknowns: the hidden counts, m and S; every published z gives one linear equation, the mean one
    more. Counts that the system determines are recovered (rounded when integral)."""
    x = _floats(counts)
    zz = _floats(z)
    n = x.size
    hid = np.flatnonzero(~np.isfinite(x))
    col = {int(j): i for i, j in enumerate(hid.tolist())}
    n_u = hid.size + 2  # hidden counts, m, S
    rows, rhs = [], []
    for i in np.flatnonzero(np.isfinite(zz)).tolist():
        nb = np.asarray(neighbours[i], dtype=np.int64)
        w = float(nb.size)
        c = math.sqrt(max(0.0, (n * w - w * w) / (n - 1)))
        row = np.zeros(n_u)
        known = 0.0
        for j in nb.tolist():
            if j in col:
                row[col[j]] += 1.0
            else:
                known += x[j]
        row[-2] = -w
        row[-1] = -zz[i] * c
        rows.append(row)
        rhs.append(-known)
    row = np.zeros(n_u)
    row[:hid.size] = -1.0
    row[-2] = n
    rows.append(row)
    rhs.append(float(np.nansum(x)))
    u, determined = linear_inversion(np.array(rows), np.array(rhs), hid.size)
    out: Dict[int, Interval] = {}
    for j, i in col.items():
        out[j] = _as_count_interval(u[i]) if determined[i] else (0.0, math.inf)
    return out


def smoothed_inversion(smoothed, kernel: np.ndarray, counts, total: Optional[float] = None,
                       unknown_scale: bool = True) -> Dict[int, Interval]:
    """Published smoothed values s_i = λ Σ_j K_ij x_j (λ unknown when `unknown_scale`: a smoothed ratio
    divided by its territory rate) with a known kernel K: unknowns are the hidden counts (and λ); a
    published total adds Σx = N."""
    x = _floats(counts)
    s = _floats(smoothed)
    kernel = np.asarray(kernel, dtype=float)
    hid = np.flatnonzero(~np.isfinite(x))
    shown = np.flatnonzero(np.isfinite(x))
    n_u = hid.size + (1 if unknown_scale else 0)
    rows, rhs = [], []
    for i in np.flatnonzero(np.isfinite(s)).tolist():
        row = np.zeros(n_u)
        row[:hid.size] = kernel[i, hid]
        known = float(kernel[i, shown] @ x[shown])
        if unknown_scale:
            row[-1] = -s[i]  # Σ K x − μ s = 0 with μ = 1/λ
            rows.append(row)
            rhs.append(-known)
        else:
            rows.append(row)
            rhs.append(s[i] - known)
    if total is not None:
        row = np.zeros(n_u)
        row[:hid.size] = 1.0
        rows.append(row)
        rhs.append(float(total) - float(x[shown].sum()))
    u, determined = linear_inversion(np.array(rows), np.array(rhs), hid.size)
    return {int(j): (_as_count_interval(u[i]) if determined[i] else (0.0, math.inf))
            for i, j in enumerate(hid.tolist())}


# ---- 7. class bracketing (unmet zones) ----------------------------------------------------------------------
def class_bracketing(classes, expected, hidden, under_ratio: float = 0.75, not_ratio: float = 0.1,
                     min_gap: float = 1.0) -> Dict[int, Interval]:
    """unmet zones: a class kept on a hidden zone with its expected value X brackets E:
    not_reached → E < not_ratio·X and E ≤ X − min_gap; under_reached → not_ratio·X ≤ E < under_ratio·X
    and E ≤ X − min_gap; reached → E ≥ min(under_ratio·X, X − min_gap)."""
    out: Dict[int, Interval] = {}
    for i, (c, x, h) in enumerate(zip(classes, expected, hidden)):
        if not h or x is None or not math.isfinite(float(x)):
            continue
        x = float(x)
        if c == "not_reached":
            out[i] = (0.0, min(math.ceil(not_ratio * x) - 1, x - min_gap))
        elif c == "under_reached":
            out[i] = (not_ratio * x, min(math.ceil(under_ratio * x) - 1, x - min_gap))
        elif c == "reached":
            out[i] = (min(under_ratio * x, x - min_gap), math.inf)
    return out


# ---- 8. the LP/ILP bound from every published linear relation ---------------------------------------------
def lp_bounds(n_vars: int, equalities: Iterable[Tuple[Sequence[int], float]], targets: Dict,
              inequalities: Iterable[Tuple[Sequence[int], Sequence[float], float]] = (),
              integrality: bool = True, upper: Optional[Sequence[float]] = None) -> Dict:
    """min and max of Σ_{j∈target} y_j over y ≥ 0 (integer when `integrality`) with Σ_{j∈S} y_j = v for
    every published (S, v) and Σ coeff·y ≤ rhs for every (S, coeff, rhs). targets: {key: positions}."""
    from scipy.optimize import Bounds, LinearConstraint, milp

    equalities = list(equalities)
    inequalities = list(inequalities)
    cons = []
    if equalities:
        a = np.zeros((len(equalities), n_vars))
        b = np.zeros(len(equalities))
        for r, (members, v) in enumerate(equalities):
            a[r, np.asarray(members, dtype=np.int64)] = 1.0
            b[r] = v
        cons.append(LinearConstraint(a, b, b))
    if inequalities:
        a = np.zeros((len(inequalities), n_vars))
        b = np.zeros(len(inequalities))
        for r, (members, coeffs, rhs) in enumerate(inequalities):
            a[r, np.asarray(members, dtype=np.int64)] = coeffs
            b[r] = rhs
        cons.append(LinearConstraint(a, -np.inf, b))
    ub = np.full(n_vars, np.inf) if upper is None else np.asarray(upper, dtype=float)
    bounds = Bounds(np.zeros(n_vars), ub)
    integ = np.ones(n_vars) if integrality else np.zeros(n_vars)
    out = {}
    for key, members in targets.items():
        c = np.zeros(n_vars)
        c[np.asarray(members, dtype=np.int64)] = 1.0
        lo_res = milp(c=c, constraints=cons, integrality=integ, bounds=bounds)
        hi_res = milp(c=-c, constraints=cons, integrality=integ, bounds=bounds)
        lo = float(lo_res.fun) if lo_res.status == 0 else 0.0
        hi = float(-hi_res.fun) if hi_res.status == 0 else math.inf
        out[key] = (lo, hi)
    return out


def table_lp_attack(structure, published: Dict[str, Sequence], integrality: bool = True) -> Dict:
    """The LP/ILP attack on a table described like ``disclosure.Table`` (families of sets of inner
    cells): every published value is an equality; returns {(family, cell): interval} for hidden cells."""
    equalities, targets = [], {}
    for name, fam in structure.families.items():
        vals = _floats(published[name])
        for i, members in enumerate(fam.supports):
            if math.isfinite(vals[i]):
                equalities.append((members, vals[i]))
            else:
                targets[(name, i)] = members
    return lp_bounds(structure.n, equalities, targets, integrality=integrality)
