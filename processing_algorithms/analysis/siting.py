"""Where to open an antenna: network location-allocation of a weighted demand on real travel times.

Pure numpy (scipy is an optional accelerator: compiled Dijkstra, HiGHS through scipy.optimize.milp and
linprog). Two parts:

1. ``travel_time_matrix`` — the sparse demand × facility travel-time matrix ("home → antenna") from a
   routing.Graph built REVERSED (``Network.graph(mode, reverse=True)``): one search per facility from its
   seeds (``network_engine.seeds_for(..., reverse=True)``), limited to the largest useful time, read at the
   demand points' attachment nodes (``seeds_for(..., reverse=False)``: node + off-network seconds). Only
   pairs within the limit are kept. scipy.sparse.csgraph.dijkstra (a virtual source per facility) when scipy
   imports, routing.dijkstra otherwise: the same sums in the same order, identical results. Never straight
   lines. Travel along a shared link between a demand point and a facility is counted through the link's
   end nodes (an overestimate of at most one link).

2. ``solve_scenarios`` — the existing antennas are open in every model; p new antennas among the candidates:
   - ``coverage`` (maximal covering, the default): maximise the demand within S seconds of an open antenna;
   - ``pmedian``: minimise the demand-weighted travel time; a demand point with no open antenna within the
     matrix limit counts the PENALTY time (default: the matrix limit — times are censored at the largest
     useful time), and its weight is reported as ``unreached_weight``;
   - ``setcover`` (information): the fewest new antennas so that every demand point that some antenna can
     reach within S is covered.
   Solvers (every result names the one that produced it, the bound method and the proven gap):
   - exact integer programming (scipy.optimize.milp, HiGHS) when scipy imports: first for instances up to
     MILP_FIRST_PAIRS useful (demand, candidate) pairs; for larger ones after the heuristic when the
     Lagrangian bound leaves a gap (up to MILP_MAX_PAIRS; p-median is kept small: its formulation has one
     variable per pair);
   - the numpy heuristic — greedy, then best-improvement vertex substitution (every swap of an open site
     for a closed one priced at once, Whitaker's fast interchange), multi-start (greedy, the previous p's
     sites + greedy; seeded random starts only when those are not proven optimal) — with a lower bound:
     the Lagrangian relaxation of the assignment constraints (subgradient, column elimination; it equals
     the LP bound at convergence), then the LP relaxation (scipy.optimize.linprog) when a gap remains and
     the instance fits (LP_MAX_PAIRS);
   - exhaustive enumeration (numpy) when a gap remains and every subset fits in ENUM_MAX_WORK.
   A solution counts as proven optimal when its relative gap is ≤ GAP_TOL. Set covering drops rows that
   contain another row first, then runs greedy + Lagrangian heuristic + one-fewer repair, LP bound,
   HiGHS, enumeration, in that order, until the bound meets the cover.

Degenerate inputs raise ``SitingError`` with a ``code`` (see ERROR_CODES) that the QGIS side words.
Results are deterministic: ties go to the lowest facility index, random starts use a fixed seed.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from itertools import combinations

import numpy as np

from . import routing

try:
    from scipy.optimize import Bounds, LinearConstraint, linprog, milp
    from scipy.sparse import bmat, csr_matrix, eye
    from scipy.sparse.csgraph import dijkstra as _csgraph_dijkstra

    HAVE_SCIPY = True
except ImportError:  # pragma: no cover - exercised by forcing use_scipy=False
    HAVE_SCIPY = False

MODELS = ("coverage", "pmedian", "setcover")
ERROR_CODES = ("no_candidate_reachable", "p_too_large", "zero_demand", "all_covered", "bad_p", "bad_standard",
               "bad_weights", "cancelled")
MILP_FIRST_PAIRS = 20_000         # useful (demand, candidate) pairs up to which HiGHS runs first
MILP_MAX_PAIRS = {"coverage": 400_000, "pmedian": 60_000}  # HiGHS after the heuristic when a gap remains
LP_MAX_PAIRS = 150_000            # the LP bound (linprog) when a gap remains and the MILP is too large
GAP_TOL = 1e-7                    # relative gap under which a solution counts as proven optimal
ENUM_MAX_WORK = 30_000_000        # subsets × rows × p evaluated by exhaustive enumeration, at most
MILP_NODE_LIMIT = 20_000          # deterministic branch-and-bound budget (HiGHS nodes)
MILP_TIME_LIMIT = 120.0           # safety net only (seconds)
DIJKSTRA_BATCH_VALUES = 8_000_000  # scipy path: searches per call × nodes kept in memory at once


class SitingError(ValueError):
    """Degenerate input. ``code`` is one of ERROR_CODES; ``value`` gives the detail:

    - no_candidate_reachable: no candidate can improve any requested model — none reaches, within S, demand
      the existing antennas leave uncovered (coverage, setcover), nor serves demand faster than they do
      within the matrix limit (pmedian);
    - p_too_large: a p above the number of candidates (value = p); bad_p: p not a positive integer;
    - zero_demand: the weights sum to 0; bad_weights: negative or missing weights (value = their count);
    - all_covered: coverage or setcover requested and every weighted demand point is already within S of
      an existing antenna;
    - bad_standard: S ≤ 0 or above the matrix limit, or a penalty below S (value = the number);
    - cancelled: the progress callback asked to stop."""

    def __init__(self, code: str, value=None):
        super().__init__(code if value is None else f"{code}: {value}")
        self.code, self.value = code, value


# ---- the travel-time matrix ---------------------------------------------------------------------------
@dataclass
class TravelMatrix:
    """Sparse demand × facility travel times (seconds), stored by facility (CSC: one search per facility):
    facility f reaches the demand rows ``rows[ptr[f]:ptr[f + 1]]`` (ascending, unique) in ``times[...]``.
    Only pairs within ``limit`` are stored; a missing pair means "beyond the limit"."""

    ptr: np.ndarray
    rows: np.ndarray
    times: np.ndarray
    n_demand: int
    limit: float

    @property
    def n_facilities(self) -> int:
        return len(self.ptr) - 1

    @property
    def nnz(self) -> int:
        return len(self.rows)

    def cols(self) -> np.ndarray:
        """Facility column of every stored pair."""
        return np.repeat(np.arange(self.n_facilities, dtype=np.int64), np.diff(self.ptr))

    def column(self, f: int) -> tuple:
        """(demand rows, seconds) reached by facility f."""
        s = slice(self.ptr[f], self.ptr[f + 1])
        return self.rows[s], self.times[s]

    def dense(self, fill: float = math.inf) -> np.ndarray:
        out = np.full((self.n_demand, self.n_facilities), fill)
        out[self.rows, self.cols()] = self.times
        return out

    def with_pairs(self, rows, cols, times) -> TravelMatrix:
        """A copy with extra (demand row, facility, seconds) pairs merged (minimum; beyond the limit
        ignored): e.g. trips along the link a demand point and a facility share, which the node-based
        search counts through the link's ends."""
        r = np.asarray(rows, dtype=np.int64)
        c = np.asarray(cols, dtype=np.int64)
        t = np.asarray(times, dtype=float)
        ok = np.isfinite(t) & (t <= self.limit)
        extra = TravelMatrix.from_triplets(r[ok], c[ok], t[ok], self.n_demand, self.n_facilities, self.limit)
        out_rows, out_times = self.rows.copy(), self.times.copy()
        new_pos, new_cols, new_rows, new_times = [], [], [], []
        for f in np.nonzero(np.diff(extra.ptr))[0].tolist():
            er, et = extra.column(f)
            lo, hi = int(self.ptr[f]), int(self.ptr[f + 1])
            pos = lo + np.searchsorted(self.rows[lo:hi], er)
            found = (pos < hi) & (self.rows[np.minimum(pos, len(self.rows) - 1)] == er) if len(self.rows) else \
                np.zeros(len(er), dtype=bool)
            out_times[pos[found]] = np.minimum(out_times[pos[found]], et[found])
            new_pos.append(pos[~found])
            new_cols.append(np.full(int((~found).sum()), f, dtype=np.int64))
            new_rows.append(er[~found])
            new_times.append(et[~found])
        if not new_pos or not sum(len(x) for x in new_pos):
            return TravelMatrix(self.ptr.copy(), out_rows, out_times, self.n_demand, self.limit)
        pos = np.concatenate(new_pos)  # np.insert is stable for equal positions: rows stay sorted
        added = np.bincount(np.concatenate(new_cols), minlength=self.n_facilities)
        ptr = self.ptr.copy()
        ptr[1:] += np.cumsum(added)
        return TravelMatrix(ptr, np.insert(out_rows, pos, np.concatenate(new_rows)),
                            np.insert(out_times, pos, np.concatenate(new_times)), self.n_demand, self.limit)

    @classmethod
    def from_triplets(cls, rows, cols, times, n_demand: int, n_facilities: int, limit: float) -> TravelMatrix:
        """Keep finite times ≤ limit; duplicates (row, col) keep their minimum."""
        r = np.asarray(rows, dtype=np.int64)
        c = np.asarray(cols, dtype=np.int64)
        t = np.asarray(times, dtype=float)
        ok = np.isfinite(t) & (t <= limit)
        r, c, t = r[ok], c[ok], t[ok]
        order = np.lexsort((t, r, c))
        r, c, t = r[order], c[order], t[order]
        first = np.ones(len(r), dtype=bool)
        first[1:] = (r[1:] != r[:-1]) | (c[1:] != c[:-1])
        r, c, t = r[first], c[first], t[first]
        ptr = np.zeros(n_facilities + 1, dtype=np.int64)
        np.cumsum(np.bincount(c, minlength=n_facilities), out=ptr[1:])
        return cls(ptr, r, t, int(n_demand), float(limit))

    @classmethod
    def from_dense(cls, times, limit: float = math.inf) -> TravelMatrix:
        """From a dense (demand × facility) array (inf/NaN = unreachable). For tests and small inputs."""
        a = np.asarray(times, dtype=float)
        r, c = np.nonzero(np.isfinite(a))
        lim = float(limit) if math.isfinite(limit) else float(a[r, c].max(initial=0.0))
        return cls.from_triplets(r, c, a[r, c], a.shape[0], a.shape[1], lim)


def _seed_arrays(seeds, n_labels: int, what: str) -> tuple:
    nodes, offs, labs = [], [], []
    for s in seeds:
        nodes.append(int(s[0]))
        offs.append(float(s[1]))
        labs.append(int(s[2]))
    nodes = np.asarray(nodes, dtype=np.int64)
    offs = np.asarray(offs, dtype=float)
    labs = np.asarray(labs, dtype=np.int64)
    if len(labs) and (labs.min() < 0 or labs.max() >= n_labels):
        raise ValueError(f"{what} seed labels must be in 0..{n_labels - 1}")
    ok = np.isfinite(offs) & (offs >= 0)
    return nodes[ok], offs[ok], labs[ok]


def _dedupe_min(tails, heads, costs) -> tuple:
    order = np.lexsort((costs, heads, tails))
    tails, heads, costs = tails[order], heads[order], costs[order]
    first = np.ones(len(tails), dtype=bool)
    first[1:] = (tails[1:] != tails[:-1]) | (heads[1:] != heads[:-1])
    return tails[first], heads[first], costs[first]


def travel_time_matrix(graph: routing.Graph, facility_seeds, demand_seeds, n_facilities: int, n_demand: int,
                       limit: float, use_scipy: bool | None = None, progress=None) -> TravelMatrix:
    """Sparse "home → facility" travel times within ``limit`` seconds, never straight lines.

    graph: the REVERSE routing graph (routing.build_graph(..., reverse=True), Network.graph(mode, True)),
    so that one search from a facility gives every node's time *to* it;
    facility_seeds: (node, seconds, facility index, …) tuples, several per facility (both ends of the
    snapped link), as from network_engine.seeds_for(net, mode, snaps, range(n), offnet_ms, reverse=True);
    demand_seeds: (node, seconds, demand index, …) tuples: where each demand point enters the network and
    the off-network + along-link seconds to get there (seeds_for(..., reverse=False)); a point with none
    is unreachable (an empty row);
    use_scipy: None = when it imports, False = routing.dijkstra (same result), True = require it;
    progress: optional callable(fraction) returning True to cancel (raises SitingError('cancelled')).

    One search per facility, limited to ``limit`` minus the smallest demand access time; the time of a
    pair is min over the point's attachments of (access seconds + node time)."""
    if use_scipy and not HAVE_SCIPY:
        raise ImportError("scipy is not available")
    scipy_path = HAVE_SCIPY if use_scipy is None else bool(use_scipy)
    limit = float(limit)
    fnode, foff, flab = _seed_arrays(facility_seeds, n_facilities, "facility")
    dnode, doff, drow = _seed_arrays(demand_seeds, n_demand, "demand")
    keep = foff <= limit
    fnode, foff, flab = fnode[keep], foff[keep], flab[keep]
    keep = doff <= limit
    dnode, doff, drow = dnode[keep], doff[keep], drow[keep]
    if len(fnode) == 0 or len(dnode) == 0:
        return TravelMatrix.from_triplets([], [], [], n_demand, n_facilities, limit)
    search_limit = limit - float(doff.min())
    order = np.argsort(drow, kind="stable")  # attachments grouped by demand row
    dnode, doff, drow = dnode[order], doff[order], drow[order]
    row_start = np.concatenate([[0], np.nonzero(np.diff(drow))[0] + 1])
    att_rows = drow[row_start]
    several = len(row_start) < len(drow)
    facilities = np.unique(flab)
    order = np.argsort(flab, kind="stable")
    starts = np.searchsorted(flab[order], facilities, side="left")
    ends = np.searchsorted(flab[order], facilities, side="right")
    counts = np.zeros(n_facilities, dtype=np.int64)
    parts_r, parts_t = [], []

    def collect(fac_ids, dist_rows):
        g = dist_rows[:, dnode]
        g[g > search_limit] = np.inf
        g += doff
        if several:
            g = np.minimum.reduceat(g, row_start, axis=1)
        bi, ri = np.nonzero(g <= limit)  # facility-major, rows ascending within a facility
        counts[np.asarray(fac_ids, dtype=np.int64)] = np.bincount(bi, minlength=len(fac_ids))
        parts_r.append(att_rows[ri])
        parts_t.append(g[bi, ri])

    n = graph.n_nodes
    if scipy_path:
        tails = np.repeat(np.arange(n, dtype=np.int64), np.diff(graph.indptr))
        vt = n + np.searchsorted(facilities, flab)
        t_all = np.concatenate([tails, vt])
        h_all = np.concatenate([np.asarray(graph.heads, dtype=np.int64), fnode])
        c_all = np.concatenate([np.asarray(graph.costs, dtype=float), foff])
        t_all, h_all, c_all = _dedupe_min(t_all, h_all, c_all)
        size = n + len(facilities)
        indptr = np.zeros(size + 1, dtype=np.int64)
        np.cumsum(np.bincount(t_all, minlength=size), out=indptr[1:])
        m = csr_matrix((c_all, h_all, indptr), shape=(size, size))
        cs_limit = float(np.nextafter(search_limit, math.inf))
        batch = max(1, min(len(facilities), DIJKSTRA_BATCH_VALUES // size))
        for b0 in range(0, len(facilities), batch):
            sel = np.arange(b0, min(b0 + batch, len(facilities)))
            dist = _csgraph_dijkstra(m, directed=True, indices=n + sel, limit=cs_limit)
            collect(facilities[sel], dist[:, :n])
            if progress is not None and progress(min(1.0, (b0 + len(sel)) / len(facilities))):
                raise SitingError("cancelled")
    else:
        for k, fac in enumerate(facilities.tolist()):
            idx = order[starts[k]:ends[k]]
            seeds = [(int(v), float(c), fac, 0.0) for v, c in zip(fnode[idx], foff[idx])]
            dist, _lab, _len = routing.dijkstra(graph, seeds, limit=search_limit)
            collect([fac], dist[None, :])
            if progress is not None and progress((k + 1) / len(facilities)):
                raise SitingError("cancelled")
    ptr = np.zeros(n_facilities + 1, dtype=np.int64)
    np.cumsum(counts, out=ptr[1:])
    return TravelMatrix(ptr, np.concatenate(parts_r), np.concatenate(parts_t), int(n_demand), limit)


def nearest_open(matrix: TravelMatrix, facilities) -> tuple:
    """(owner, seconds) per demand row: the open facility (of `facilities`, in that order of priority on
    ties) with the smallest time within the matrix limit, −1 / inf when none reaches it."""
    owner = np.full(matrix.n_demand, -1, dtype=np.int64)
    best = np.full(matrix.n_demand, np.inf)
    for f in [int(f) for f in facilities]:
        r, t = matrix.column(f)
        better = t < best[r]
        best[r[better]] = t[better]
        owner[r[better]] = f
    return owner, best


# ---- results ------------------------------------------------------------------------------------------
@dataclass
class Site:
    """A new antenna of a scenario. gain: what it adds to the model's objective when added in rank order
    (coverage/setcover: weight newly within S; pmedian: weighted seconds saved); added_covered: weight newly
    within S in rank order (every model); allocated: weight whose nearest open antenna it is (within the
    matrix limit; ties go to existing antennas, then to the better rank); allocated_covered: the part of it
    within S."""

    facility: int
    rank: int
    gain: float
    added_covered: float
    allocated: float
    allocated_covered: float


@dataclass
class Scenario:
    """One model × p (setcover: p = the number of new antennas it needs).

    objective: coverage → covered weight (larger is better); pmedian → total weighted time in seconds,
    unreached points at the penalty (smaller is better); setcover → the number of new antennas.
    bound: the proven bound on the optimum (upper for coverage, lower for pmedian and setcover);
    gap_abs = |bound − objective| in objective units, gap = gap_abs / |objective| (0 = optimal; proven_optimal
    when ≤ GAP_TOL). covered_weight/share: demand within S of an open antenna; newly_covered: beyond the
    existing antennas alone; mean/p90 times: weighted over all the demand, unreached points at the penalty
    (p90_beyond_limit when more than 10 % of the weight is at the penalty, so the 90th percentile is the
    penalty itself). saturated: fewer useful sites than p (the others would add nothing); note "no_gain":
    no candidate improves this model."""

    model: str
    p: int
    sites: list = field(default_factory=list)
    n_sites: int = 0
    covered_weight: float = 0.0
    covered_share: float = 0.0
    newly_covered: float = 0.0
    mean_time_s: float = 0.0
    p90_time_s: float = 0.0
    p90_beyond_limit: bool = False
    unreached_weight: float = 0.0
    objective: float = 0.0
    bound: float = 0.0
    gap: float = 0.0
    gap_abs: float = 0.0
    solver: str = ""
    bound_method: str = ""
    proven_optimal: bool = False
    saturated: bool = False
    note: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class SitingResult:
    """baseline: the existing antennas alone (model "existing", p = 0); scenarios: coverage and pmedian for
    each p, then setcover; uncoverable_weight: demand neither covered by the existing antennas nor within S
    of any candidate (no scenario can cover it; setcover ignores it)."""

    baseline: Scenario
    scenarios: list
    total_weight: float
    standard_s: float
    penalty_s: float
    uncoverable_weight: float = 0.0

    def scenario(self, model: str, p: int | None = None) -> Scenario | None:
        for s in self.scenarios:
            if s.model == model and (p is None or s.p == p):
                return s
        return None


# ---- the reduced problem: minimise sum_r w_r · min(base_r, min_{c ∈ S} cost_rc), |S| ≤ p --------------
class _MinCost:
    """Rows with positive weight, candidate columns 0..n_cols−1, one entry per useful (row, column) pair
    (cost < base). Coverage is the case base = 1, cost = 0 (objective = uncovered weight)."""

    def __init__(self, w, base, rows, cols, costs, n_cols: int):
        self.w = np.asarray(w, dtype=float)
        self.base = np.asarray(base, dtype=float)
        rows = np.asarray(rows, dtype=np.int64)
        cols = np.asarray(cols, dtype=np.int64)
        costs = np.asarray(costs, dtype=float)
        if len(cols) > 1 and (np.diff(cols) < 0).any():
            order = np.argsort(cols, kind="stable")
            rows, cols, costs = rows[order], cols[order], costs[order]
        self.rows, self.cols, self.costs = rows, cols, costs
        self.n_cols = int(n_cols)
        self.col_ptr = np.zeros(self.n_cols + 1, dtype=np.int64)
        np.cumsum(np.bincount(self.cols, minlength=self.n_cols), out=self.col_ptr[1:])
        self.wr = self.w[self.rows]
        self._by_row = None

    @property
    def n_rows(self) -> int:
        return len(self.w)

    @property
    def nnz(self) -> int:
        return len(self.rows)

    def column(self, c: int) -> tuple:
        s = slice(self.col_ptr[c], self.col_ptr[c + 1])
        return self.rows[s], self.costs[s]

    def dist(self, sites) -> np.ndarray:
        d = self.base.copy()
        for c in sites:
            r, a = self.column(int(c))
            d[r] = np.minimum(d[r], a)
        return d

    def value(self, d) -> float:
        return float(np.dot(self.w, d))

    def gains(self, d) -> np.ndarray:
        contrib = self.wr * np.maximum(d[self.rows] - self.costs, 0.0)
        return np.bincount(self.cols, weights=contrib, minlength=self.n_cols)

    def useful_cols(self) -> np.ndarray:
        return np.nonzero(np.diff(self.col_ptr) > 0)[0]

    def by_row(self) -> tuple:
        """(rows, cols, costs, row_ptr) of the pairs in row order (built once)."""
        if self._by_row is None:
            o = np.argsort(self.rows, kind="stable")
            ptr = np.zeros(self.n_rows + 1, dtype=np.int64)
            np.cumsum(np.bincount(self.rows, minlength=self.n_rows), out=ptr[1:])
            self._by_row = (self.rows[o], self.cols[o], self.costs[o], ptr)
        return self._by_row

    def first_second(self, sites) -> tuple:
        """Per row: the best cost d1 (base included), the second best d2 and the index in `sites` of the
        site giving d1 (−1 = the base; on ties the earlier site keeps the row and d2 = d1)."""
        d1, d2 = self.base.copy(), self.base.copy()
        who = np.full(self.n_rows, -1, dtype=np.int64)
        for k, c in enumerate(sites):
            r, a = self.column(int(c))
            better = a < d1[r]
            rb, ab = r[better], a[better]
            d2[rb], d1[rb], who[rb] = d1[rb], ab, k
            rn = r[~better]
            d2[rn] = np.minimum(d2[rn], a[~better])
        return d1, d2, who


def _tol(f: float) -> float:
    return 1e-9 * max(1.0, abs(f))


def _greedy(prob: _MinCost, p: int, start=()) -> list:
    sites = [int(c) for c in start]
    d = prob.dist(sites)
    while len(sites) < p:
        g = prob.gains(d)
        if sites:
            g[sites] = -1.0
        c = int(np.argmax(g))
        if g[c] <= _tol(prob.value(d)):
            break
        sites.append(c)
        r, a = prob.column(c)
        d[r] = np.minimum(d[r], a)
    return sites


def _local_search(prob: _MinCost, sites, max_iter: int = 200) -> tuple:
    """Best-improvement vertex substitution: swap one open site for one closed column while it pays.

    Every swap (remove the k-th site, add column i) is priced at once, Whitaker's way: with d1/d2 the
    best and second-best cost of each row and `who` the site giving d1, the value after the swap is
    f + loss_k − gain_i(d1) − correction_k,i, where loss_k prices the rows losing their site and the
    correction re-prices, for those rows only, what column i saves against d2 instead of d1. One pass
    over the pairs plus one over the pairs of the assigned rows per iteration, whatever p."""
    sites = sorted(int(c) for c in sites)
    rrows, rcols, rcosts, row_ptr = prob.by_row()
    w = prob.w
    f = prob.value(prob.dist(sites))
    for _ in range(max_iter):
        if not sites:
            break
        d1, d2, who = prob.first_second(sites)
        g = prob.gains(d1)
        assigned = np.nonzero(who >= 0)[0]
        loss = np.bincount(who[assigned], weights=w[assigned] * (d2[assigned] - d1[assigned]),
                           minlength=len(sites))
        ent = _ranges(row_ptr, assigned)
        ej, ec, ea = rrows[ent], rcols[ent], rcosts[ent]
        delta = w[ej] * (np.maximum(d2[ej] - ea, 0.0) - np.maximum(d1[ej] - ea, 0.0))
        corr = np.bincount(who[ej] * prob.n_cols + ec, weights=delta,
                           minlength=len(sites) * prob.n_cols).reshape(len(sites), prob.n_cols)
        val = (f + loss)[:, None] - (g[None, :] + corr)
        val[:, sites] = math.inf
        k, i = np.unravel_index(int(np.argmin(val)), val.shape)
        if not val[k, i] < f - _tol(f):
            break
        new = sorted([c for j, c in enumerate(sites) if j != k] + [int(i)])
        f_new = prob.value(prob.dist(new))
        if not f_new < f - _tol(f):
            break
        sites, f = new, f_new
    return sites, f


def _heuristic(prob: _MinCost, p: int, seed: int = 0, n_random: int = 2, warm=None, deterministic: bool = True
               ) -> tuple:
    """Multi-start greedy + vertex substitution. Starts: greedy and the warm sites completed greedily
    (deterministic=True), then n_random random p-subsets of the useful columns (generator seeded by seed
    and p). Returns (sites, value) of the best (ties: the smallest sorted site tuple)."""
    useful = prob.useful_cols()
    if len(useful) == 0:
        return [], prob.value(prob.base)
    k = min(p, len(useful))
    starts = []
    if deterministic:
        starts.append(_greedy(prob, k))
        if warm is not None:
            starts.append(_greedy(prob, k, start=[c for c in warm][:k]))
    rng = np.random.default_rng(seed * 1000 + p)
    for _ in range(max(0, n_random)):
        starts.append(rng.choice(useful, size=k, replace=False).tolist())
    best = None
    for s in starts:
        sites, f = _local_search(prob, s)
        key = (f, tuple(sites))
        if best is None or f < best[0] - _tol(f) or (abs(f - best[0]) <= _tol(f) and key[1] < best[1]):
            best = (f, tuple(sites))
    if best is None:
        return [], prob.value(prob.base)
    return list(best[1]), best[0]


def _lagrangian(prob: _MinCost, p: int, ub: float, lam=None, max_iter: int = 300, abs_tol: float = 0.0,
                keep=()) -> tuple:
    """Lower bound by relaxing the assignment constraints (subgradient, Polyak steps towards the heuristic's
    value ub). Returns (bound, λ).

    Column elimination (as in Beasley's Lagrangian p-median heuristic): a column whose forced opening
    lifts this iteration's bound above ub belongs to no solution better than ub, so its pairs are dropped
    and later iterations are cheaper; the bound of the reduced problem then bounds the optimum (the
    incumbent's columns `keep` are never dropped)."""
    wb = prob.w * prob.base
    lam = wb.copy() if lam is None else lam.copy()
    best, best_lam = -math.inf, lam.copy()
    theta, stall = 2.0, 0
    rows, cols, wa = prob.rows, prob.cols, prob.wr * prob.costs
    protected = np.zeros(prob.n_cols, dtype=bool)
    protected[list(keep)] = True
    safety = _tol(ub)
    for it in range(max_iter):
        lam_r = lam[rows]
        red = np.minimum(wa - lam_r, 0.0)
        rho = np.bincount(cols, weights=red, minlength=prob.n_cols)
        chosen = np.argsort(rho, kind="stable")[:p]
        chosen = chosen[rho[chosen] < 0]
        value = float(lam.sum() + np.minimum(0.0, wb - lam).sum() + rho[chosen].sum())
        if value > best + _tol(best if math.isfinite(best) else value):
            best, best_lam, stall = value, lam.copy(), 0
        else:
            stall += 1
        if ub - best <= max(abs_tol, _tol(ub)):
            break
        if it % 5 == 0:  # column elimination
            drop_max = rho[chosen].max() if len(chosen) == p else 0.0
            forced = value + rho - drop_max
            forced[chosen] = value
            dead = (forced > ub + safety) & ~protected
            if dead[cols].any():
                alive = ~dead[cols]
                rows, cols, wa = rows[alive], cols[alive], wa[alive]
                lam_r, red = lam_r[alive], red[alive]
        g = 1.0 - (wb < lam).astype(float)
        if len(chosen):
            in_chosen = np.zeros(prob.n_cols, dtype=bool)
            in_chosen[chosen] = True
            hit = (red < 0) & in_chosen[cols]
            g -= np.bincount(rows[hit], minlength=prob.n_rows)
        norm = float(g @ g)
        if norm == 0.0:  # the relaxed solution is feasible: optimal
            break
        lam = lam + theta * (ub - value) / norm * g
        if stall >= 15:
            theta, stall = theta / 2.0, 0
            lam = best_lam.copy()
            if theta < 1e-3:
                break
    return best, best_lam


def _enumerate(prob: _MinCost, p: int, budget: float | None = None):
    """Exact optimum over every subset of min(p, useful) useful columns (None when over budget, default
    ENUM_MAX_WORK subsets × rows × p)."""
    budget = ENUM_MAX_WORK if budget is None else budget
    useful = prob.useful_cols()
    k = min(p, len(useful))
    if k == 0:
        return [], prob.value(prob.base)
    n_sub = math.comb(len(useful), k)
    if n_sub * prob.n_rows * k > budget:
        return None
    dense = np.repeat(prob.base[:, None], len(useful), axis=1)
    pos = np.full(prob.n_cols, -1, dtype=np.int64)
    pos[useful] = np.arange(len(useful))
    dense[prob.rows, pos[prob.cols]] = np.minimum(dense[prob.rows, pos[prob.cols]], prob.costs)
    chunk = max(1, 4_000_000 // max(1, prob.n_rows * k))
    best = (math.inf, None)
    it = combinations(range(len(useful)), k)
    while True:
        block = list(_take(it, chunk))
        if not block:
            break
        idx = np.asarray(block, dtype=np.int64)
        vals = prob.w @ dense[:, idx].min(axis=2)
        i = int(np.argmin(vals))
        if vals[i] < best[0] - _tol(vals[i]):
            best = (float(vals[i]), idx[i])
    return sorted(useful[best[1]].tolist()), best[0]


def _take(it, n: int):
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return


# ---- exact integer programming (scipy / HiGHS) ------------------------------------------------------------
def _milp_options() -> dict:
    return {"disp": False, "mip_rel_gap": 1e-9, "node_limit": MILP_NODE_LIMIT, "time_limit": MILP_TIME_LIMIT}


def _cover_matrix(prob: _MinCost):
    """rows × columns 0/1 sparse matrix of a coverage problem."""
    return csr_matrix((np.ones(prob.nnz), (prob.rows, prob.cols)), shape=(prob.n_rows, prob.n_cols))


def _coverage_model(prob: _MinCost, p: int):
    """min −Σ w z  s.t.  z_r − Σ_{c ∋ r} y_c ≤ 0,  Σ y ≤ p;  y ∈ {0,1}, z ∈ [0,1] (x = [y, z])."""
    nc, nr = prob.n_cols, prob.n_rows
    a = bmat([[-_cover_matrix(prob), eye(nr)],
              [csr_matrix(np.ones((1, nc))), None]], format="csr")
    ub = np.concatenate([np.zeros(nr), [float(p)]])
    c = np.concatenate([np.zeros(nc), -prob.w])
    return c, a, ub, nc + nr


def _pmedian_model(prob: _MinCost, p: int):
    """min Σ w base − Σ w (base − cost) x_e  s.t.  Σ_{e ∈ r} x_e ≤ 1,  x_e − y_c ≤ 0,  Σ y ≤ p (x = [y, x])."""
    nc, ne, nr = prob.n_cols, prob.nnz, prob.n_rows
    row_sum = csr_matrix((np.ones(ne), (prob.rows, np.arange(ne))), shape=(nr, ne))
    link = csr_matrix((-np.ones(ne), (np.arange(ne), prob.cols)), shape=(ne, nc))
    a = bmat([[None, row_sum], [link, eye(ne)], [csr_matrix(np.ones((1, nc))), None]], format="csr")
    ub = np.concatenate([np.ones(nr), np.zeros(ne), [float(p)]])
    c = np.concatenate([np.zeros(nc), -prob.wr * (prob.base[prob.rows] - prob.costs)])
    return c, a, ub, nc + ne


def _solve_milp(prob: _MinCost, p: int, kind: str) -> tuple:
    """(sites, value, bound on value, proven) for the min-cost problem (value = Σ w·min(...))."""
    c, a, ub, nvar = (_coverage_model if kind == "coverage" else _pmedian_model)(prob, p)
    integrality = np.zeros(nvar)
    integrality[:prob.n_cols] = 1
    const = prob.value(prob.base)
    res = milp(c, integrality=integrality, bounds=Bounds(0.0, 1.0),
               constraints=[LinearConstraint(a, -np.inf, ub)], options=_milp_options())
    if res.x is None:
        return None
    sites = sorted(np.nonzero(res.x[:prob.n_cols] > 0.5)[0].tolist())
    value = prob.value(prob.dist(sites))
    proven = res.status == 0  # optimal within mip_rel_gap = 1e-9
    db = res.mip_dual_bound
    bound = value if proven else (const + float(db) if db is not None and np.isfinite(db) else -math.inf)
    return sites, value, min(bound, value), proven


def _lp_bound(prob: _MinCost, p: int, kind: str) -> float:
    c, a, ub, _nvar = (_coverage_model if kind == "coverage" else _pmedian_model)(prob, p)
    res = linprog(c, A_ub=a, b_ub=ub, bounds=(0.0, 1.0), method="highs")
    if res.status != 0:
        return -math.inf
    return prob.value(prob.base) + float(res.fun) - _tol(prob.value(prob.base))


# ---- set covering ------------------------------------------------------------------------------------------
def _unit(prob: _MinCost) -> _MinCost:
    """The same rows and columns with unit weights: set covering counts rows, not people."""
    return _MinCost(np.ones(prob.n_rows), np.ones(prob.n_rows), prob.rows, prob.cols, prob.costs, prob.n_cols)


def _ranges(ptr, idx) -> np.ndarray:
    """Concatenated positions ptr[i]..ptr[i + 1] − 1 of every i in idx."""
    lo, n = ptr[idx], ptr[np.asarray(idx) + 1] - ptr[idx]
    return np.repeat(lo - np.cumsum(n) + n, n) + np.arange(int(n.sum()))


def _minimal_rows(unit: _MinCost, budget: float = 30_000_000) -> np.ndarray:
    """Rows to keep for set covering: a row whose column set contains another row's set is covered
    whenever that row is, so it is dropped. Rows are taken by increasing size and checked against the
    minimal rows found so far through a column → rows index; past `budget` pair checks the remaining
    rows are kept (still exact, just less reduced)."""
    order = np.lexsort((unit.cols, unit.rows))
    r, c = unit.rows[order], unit.cols[order]
    n = unit.n_rows
    size = np.bincount(r, minlength=n)
    row_ptr = np.concatenate([[0], np.cumsum(size)])
    keep = np.ones(n, dtype=bool)
    mcol = np.zeros(0, dtype=np.int64)
    mrow = np.zeros(0, dtype=np.int64)
    work = 0
    for s in np.unique(size[size > 0]).tolist():
        grp = np.nonzero(size == s)[0]
        if len(mrow):
            o = np.argsort(mcol, kind="stable")
            bc, br = mcol[o], mrow[o]
            bptr = np.concatenate([[0], np.cumsum(np.bincount(bc, minlength=unit.n_cols))])
            ent = _ranges(row_ptr, grp)
            ec, el = c[ent], r[ent]
            work += int((bptr[ec + 1] - bptr[ec]).sum())
            if work > budget:
                break
            pk = br[_ranges(bptr, ec)]
            pl = np.repeat(el, bptr[ec + 1] - bptr[ec])
            key, hits = np.unique(pl * n + pk, return_counts=True)
            keep[(key // n)[hits == size[key % n]]] = False
        new = grp[keep[grp]]
        ent = _ranges(row_ptr, new)
        mcol = np.concatenate([mcol, c[ent]])
        mrow = np.concatenate([mrow, r[ent]])
    return keep


def _subproblem(prob: _MinCost, keep_rows) -> _MinCost:
    pos = np.full(prob.n_rows, -1, dtype=np.int64)
    pos[keep_rows] = np.arange(int(np.count_nonzero(keep_rows)))
    e = keep_rows[prob.rows]
    return _MinCost(prob.w[keep_rows], prob.base[keep_rows], pos[prob.rows[e]], prob.cols[e], prob.costs[e],
                    prob.n_cols)


def _complete_cover(unit: _MinCost, start) -> list:
    """Greedy completion (most uncovered rows first) of `start` to a cover, then redundant columns dropped
    (smallest first; ties: highest index first)."""
    sites = _greedy(unit, unit.n_cols, start=[int(c) for c in start])
    count = np.zeros(unit.n_rows, dtype=np.int64)
    for c in sites:
        count[unit.column(c)[0]] += 1
    size = np.diff(unit.col_ptr)
    for c in sorted(sites, key=lambda c: (size[c], -c)):
        r = unit.column(c)[0]
        if (count[r] >= 2).all():
            count[r] -= 1
            sites.remove(c)
    return sorted(sites)


def _setcover_lagrangian(unit: _MinCost, sites, max_iter: int = 600) -> tuple:
    """Lower bound on the number of columns covering every row (covering rows relaxed, u ≥ 0, subgradient)
    with a Lagrangian heuristic every 10 iterations (the columns of negative reduced cost completed to a
    cover). Returns (bound, best cover found)."""
    rows, cols = unit.rows, unit.cols
    size = np.maximum(np.diff(unit.col_ptr), 1).astype(float)
    u = np.full(unit.n_rows, np.inf)
    np.minimum.at(u, rows, 1.0 / size[cols])  # Beasley's start: min over the row's columns of cost / size
    u[~np.isfinite(u)] = 0.0
    best, best_u, theta, stall = -math.inf, u.copy(), 2.0, 0
    sites = sorted(sites)
    for it in range(max_iter):
        red = 1.0 - np.bincount(cols, weights=u[rows], minlength=unit.n_cols)
        chosen = red < 0
        value = float(u.sum() + red[chosen].sum())
        if value > best + 1e-12:
            best, best_u, stall = value, u.copy(), 0
        else:
            stall += 1
        if math.ceil(best - 1e-6) >= len(sites):
            break
        if it % 10 == 0:
            cover = _complete_cover(unit, np.nonzero(chosen)[0])
            if len(cover) < len(sites):
                sites = cover
        g = 1.0 - np.bincount(rows[chosen[cols]], minlength=unit.n_rows)
        g[(u <= 0) & (g < 0)] = 0.0
        norm = float(g @ g)
        if norm == 0.0:
            break
        u = np.maximum(0.0, u + theta * (len(sites) - value) / norm * g)
        if stall >= 20:
            theta, stall, u = theta / 2.0, 0, best_u.copy()
            if theta < 5e-3:
                break
    return best, sites


def _setcover_milp(unit: _MinCost):
    """(sites, proven lower bound) from HiGHS, or None."""
    a = _cover_matrix(unit)
    res = milp(np.ones(unit.n_cols), integrality=np.ones(unit.n_cols), bounds=Bounds(0.0, 1.0),
               constraints=[LinearConstraint(a, 1.0, np.inf)], options=_milp_options())
    if res.x is None:
        return None
    sites = sorted(np.nonzero(res.x > 0.5)[0].tolist())
    if res.status == 0:
        return sites, len(sites)
    db = res.mip_dual_bound
    return sites, (math.ceil(float(db) - 1e-6) if db is not None and np.isfinite(db) else 0)


def _setcover_solve(prob: _MinCost, scipy_ok: bool, milp_first: bool, seed: int = 0, n_starts: int = 4) -> tuple:
    """Fewest columns covering every row. Returns (sites, lower bound, bound method, solver).

    Rows containing another row are dropped first (_minimal_rows). Small instances go to HiGHS first.
    Otherwise: greedy cover, the Lagrangian bound and its heuristic, then one column fewer at a time
    repaired by the coverage heuristic; when a gap remains, the LP bound and an LP-guided cover (scipy),
    HiGHS, and exhaustive enumeration of the smaller sizes when affordable."""
    unit = _unit(prob)
    unit = _subproblem(unit, _minimal_rows(unit))
    if scipy_ok and milp_first:
        out = _setcover_milp(unit)
        if out is not None and out[1] >= len(out[0]):
            return out[0], out[1], "milp", "milp"
    sites = _complete_cover(unit, [])
    solver = "heuristic"
    lb_f, cover = _setcover_lagrangian(unit, sites)
    sites = cover
    lb, method = max(1, math.ceil(lb_f - 1e-6)), "lagrangian"
    while lb < len(sites) > 1:  # one column fewer, repaired by the coverage heuristic (unit weights)
        trial, uncovered = _heuristic(unit, len(sites) - 1, seed=seed, n_random=n_starts, warm=sites[:-1])
        if uncovered > 0:
            break
        sites = sorted(trial)
    if lb < len(sites) and scipy_ok:
        a = _cover_matrix(unit)
        res = linprog(np.ones(unit.n_cols), A_ub=-a, b_ub=-np.ones(unit.n_rows), bounds=(0.0, 1.0), method="highs")
        if res.status == 0:
            if math.ceil(float(res.fun) - 1e-6) > lb:
                lb, method = math.ceil(float(res.fun) - 1e-6), "lp"
            order = np.argsort(-res.x, kind="stable")
            cover = _complete_cover(unit, order[res.x[order] >= 0.5])
            if len(cover) < len(sites):
                sites = cover
    if lb < len(sites) and scipy_ok:
        out = _setcover_milp(unit)
        if out is not None:
            if len(out[0]) < len(sites):
                sites, solver = out[0], "milp"
            if out[1] > lb:
                lb, method = out[1], "milp"
    if lb < len(sites):
        for k in range(lb, len(sites)):
            e = _enumerate(unit, k)
            if e is None:
                break
            if e[1] <= 0:
                sites, solver = sorted(e[0]), "enumeration"
                break
            lb, method = k + 1, "enumeration"
    return sorted(sites), min(lb, len(sites)), method, solver


# ---- scenarios ----------------------------------------------------------------------------------------------
def weighted_quantile(values, weights, q: float) -> float:
    """Smallest value v with (weight of values ≤ v) ≥ q × total weight (inverted CDF, no interpolation)."""
    v = np.asarray(values, dtype=float)
    w = np.asarray(weights, dtype=float)
    keep = w > 0
    v, w = v[keep], w[keep]
    if len(v) == 0:
        return math.nan
    order = np.argsort(v, kind="stable")
    cw = np.cumsum(w[order])
    k = int(np.searchsorted(cw, q * cw[-1], side="left"))
    return float(v[order][min(k, len(v) - 1)])


class _Data:
    """Validated inputs and the per-demand times to the existing antennas."""

    def __init__(self, matrix: TravelMatrix, weights, existing, standard_s: float, penalty_s: float | None):
        w = np.asarray(weights, dtype=float)
        if w.shape != (matrix.n_demand,):
            raise ValueError(f"weights: {matrix.n_demand} values expected, got {w.shape}")
        if not np.all(np.isfinite(w)) or (w < 0).any():
            raise SitingError("bad_weights", int((~np.isfinite(w) | (w < 0)).sum()))
        ex = np.asarray(existing, dtype=bool)
        if ex.shape != (matrix.n_facilities,):
            raise ValueError(f"existing: {matrix.n_facilities} flags expected, got {ex.shape}")
        s = float(standard_s)
        if not (s > 0) or s > matrix.limit * (1 + 1e-12):
            raise SitingError("bad_standard", s)
        self.m, self.w, self.existing, self.s = matrix, w, ex, s
        self.penalty = float(matrix.limit if penalty_s is None else penalty_s)
        if not (self.penalty >= s):
            raise SitingError("bad_standard", self.penalty)
        self.total = float(w.sum())
        if not self.total > 0:
            raise SitingError("zero_demand")
        self.rows = matrix.rows
        self.cols = matrix.cols()
        self.times = matrix.times
        self.candidates = np.nonzero(~ex)[0]
        self.local = np.full(matrix.n_facilities, -1, dtype=np.int64)
        self.local[self.candidates] = np.arange(len(self.candidates))
        self.e = self.open_times([])

    def open_times(self, facilities) -> np.ndarray:
        """Per demand: the time to the nearest open antenna (existing + `facilities`), inf beyond the limit."""
        t = np.full(self.m.n_demand, np.inf)
        is_open = self.existing.copy()
        is_open[np.asarray(facilities, dtype=np.int64)] = True
        for f in np.nonzero(is_open)[0].tolist():  # rows are unique within a column
            r, tt = self.m.column(f)
            t[r] = np.minimum(t[r], tt)
        return t

    def coverage_problem(self) -> tuple:
        """(problem with rows = distinct candidate sets within S of uncovered demand, weight of the uncovered
        demand no candidate reaches within S)."""
        w, s = self.w, self.s
        open_rows = (w > 0) & ~(self.e <= s)
        sel = (~self.existing[self.cols]) & (self.times <= s) & open_rows[self.rows]
        r, c = self.rows[sel], self.local[self.cols[sel]]
        order = np.lexsort((c, r))
        r, c = r[order], c[order]
        has = np.zeros(self.m.n_demand, dtype=bool)
        has[r] = True
        unreachable = float(w[open_rows & ~has].sum())
        if len(r) == 0:
            return _MinCost(np.zeros(0), np.zeros(0), [], [], [], len(self.candidates)), unreachable
        bounds = np.concatenate([[0], np.nonzero(np.diff(r))[0] + 1, [len(r)]])
        groups, gid, gw = {}, np.empty(len(bounds) - 1, dtype=np.int64), []
        for k in range(len(bounds) - 1):
            key = c[bounds[k]:bounds[k + 1]].tobytes()
            g = groups.setdefault(key, len(groups))
            if g == len(gw):
                gw.append(0.0)
            gid[k] = g
            gw[g] += float(w[r[bounds[k]]])
        first = np.zeros(len(groups), dtype=np.int64)
        seen = np.zeros(len(groups), dtype=bool)
        for k, g in enumerate(gid.tolist()):
            if not seen[g]:
                seen[g], first[g] = True, k
        er, ec = [], []
        for g, k in enumerate(first.tolist()):
            cols = c[bounds[k]:bounds[k + 1]]
            er.append(np.full(len(cols), g, dtype=np.int64))
            ec.append(cols)
        er, ec = np.concatenate(er), np.concatenate(ec)
        prob = _MinCost(np.asarray(gw), np.ones(len(gw)), er, ec, np.zeros(len(er)), len(self.candidates))
        return prob, unreachable

    def pmedian_problem(self) -> tuple:
        """(problem on the demand a candidate can serve faster than the existing antennas, constant part)."""
        base_all = np.minimum(self.e, self.penalty)
        cand = ~self.existing[self.cols]
        sel = cand & (self.times < base_all[self.rows]) & (self.w[self.rows] > 0)
        r = self.rows[sel]
        keep_rows = np.unique(r)
        pos = np.full(self.m.n_demand, -1, dtype=np.int64)
        pos[keep_rows] = np.arange(len(keep_rows))
        others = np.ones(self.m.n_demand, dtype=bool)
        others[keep_rows] = False
        const = float(np.dot(self.w[others], base_all[others]))
        prob = _MinCost(self.w[keep_rows], base_all[keep_rows], pos[r], self.local[self.cols[sel]],
                        self.times[sel], len(self.candidates))
        return prob, const

    def metrics(self, model: str, p: int, facilities) -> Scenario:
        t = self.open_times(facilities)
        w, s = self.w, self.s
        capped = np.minimum(t, self.penalty)
        sc = Scenario(model=model, p=int(p))
        sc.covered_weight = float(w[t <= s].sum())
        sc.covered_share = sc.covered_weight / self.total
        sc.unreached_weight = float(w[~np.isfinite(t)].sum())
        sc.mean_time_s = float(np.dot(w, capped) / self.total)
        sc.p90_time_s = weighted_quantile(capped, w, 0.9)
        sc.p90_beyond_limit = bool(sc.p90_time_s >= self.penalty and
                                   float(w[~(t < self.penalty)].sum()) > 0.1 * self.total)
        return sc

    def ranked_sites(self, model: str, facilities) -> list:
        """Chosen facilities in greedy order of their gain to the model's objective (ties: lowest index)."""
        rest = sorted(int(f) for f in facilities)
        t = self.e.copy()
        w, s = self.w, self.s
        sites = []
        cols = {f: np.arange(self.m.ptr[f], self.m.ptr[f + 1]) for f in rest}
        while rest:
            best = None
            for f in rest:
                idx = cols[f]
                r, tt = self.rows[idx], self.times[idx]
                if model == "pmedian":
                    g = float(np.dot(w[r], np.maximum(np.minimum(t[r], self.penalty) - np.minimum(tt, self.penalty),
                                                      0.0)))
                else:
                    g = float(w[r][(tt <= s) & ~(t[r] <= s)].sum())
                if best is None or g > best[0] + _tol(best[0]):
                    best = (g, f)
            g, f = best
            idx = cols[f]
            r, tt = self.rows[idx], self.times[idx]
            added = float(w[r][(tt <= s) & ~(t[r] <= s)].sum())
            t[r] = np.minimum(t[r], tt)
            sites.append(Site(facility=f, rank=len(sites) + 1, gain=g, added_covered=added, allocated=0.0,
                              allocated_covered=0.0))
            rest.remove(f)
        # allocation: nearest open antenna, existing first on ties, then the better rank
        best_t = self.e.copy()
        owner = np.full(self.m.n_demand, -1, dtype=np.int64)
        for k, site in enumerate(sites):
            idx = cols[site.facility]
            r, tt = self.rows[idx], self.times[idx]
            better = tt < best_t[r]
            best_t[r[better]] = tt[better]
            owner[r[better]] = k
        for k, site in enumerate(sites):
            mine = owner == k
            site.allocated = float(w[mine].sum())
            site.allocated_covered = float(w[mine & (best_t <= s)].sum())
        return sites


def _check_p(p_values, n_candidates: int) -> list:
    out = []
    for p in p_values:
        if isinstance(p, bool) or int(p) != p or int(p) < 1:
            raise SitingError("bad_p", p)
        p = int(p)
        if p > n_candidates:
            raise SitingError("p_too_large", p)
        out.append(p)
    if not out:
        raise SitingError("bad_p", None)
    return sorted(dict.fromkeys(out))


def solve_scenarios(matrix: TravelMatrix, weights, existing, standard_s: float, p_values=(1, 2, 3, 4),
                    models=("coverage", "pmedian", "setcover"), penalty_s: float | None = None,
                    use_scipy: bool | None = None, seed: int = 0, n_starts: int = 3, progress=None,
                    milp_first_pairs: int | None = None, milp_max_pairs: dict | None = None) -> SitingResult:
    """Every (model, p) scenario with the existing antennas open (setcover: one scenario, its own p).

    matrix: demand × facility times (seconds) within matrix.limit; weights: demand (potential beneficiaries),
    ≥ 0; existing: True for the existing antennas (open in every model), False for the candidate sites;
    standard_s: the service standard S in seconds (≤ matrix.limit); penalty_s: p-median time of a demand
    point no open antenna reaches within the limit (default the limit); use_scipy: None = when it imports,
    False = the numpy heuristic and bounds only; seed, n_starts: the heuristic's random starts (run only
    when its deterministic starts are not proven optimal); progress: callable(fraction) → True to cancel;
    milp_first_pairs / milp_max_pairs ({model: pairs}): size thresholds (defaults MILP_FIRST_PAIRS and
    MILP_MAX_PAIRS) of the solver strategy (see _solve_one).
    Raises SitingError (codes: bad_weights, zero_demand, bad_standard, bad_p, p_too_large,
    no_candidate_reachable, all_covered, cancelled)."""
    if use_scipy and not HAVE_SCIPY:
        raise ImportError("scipy is not available")
    scipy_ok = HAVE_SCIPY if use_scipy is None else bool(use_scipy)
    milp_first_pairs = MILP_FIRST_PAIRS if milp_first_pairs is None else int(milp_first_pairs)
    milp_max_pairs = {**MILP_MAX_PAIRS, **(milp_max_pairs or {})}
    models = [m for m in dict.fromkeys(models)]
    for m in models:
        if m not in MODELS:
            raise ValueError(f"unknown model {m!r}")
    data = _Data(matrix, weights, existing, standard_s, penalty_s)
    ps = _check_p(p_values, len(data.candidates))
    baseline = data.metrics("existing", 0, [])
    baseline.objective = baseline.covered_weight
    baseline.solver = "none"
    baseline.proven_optimal = True
    cov, unreachable = data.coverage_problem() if ("coverage" in models or "setcover" in models) else (None, 0.0)
    pmed, const = data.pmedian_problem() if "pmedian" in models else (None, 0.0)
    if cov is not None and cov.n_rows == 0 and float(data.w[~(data.e <= data.s)].sum()) == 0.0:
        raise SitingError("all_covered")
    can_cov = cov is not None and cov.nnz > 0
    can_pmed = pmed is not None and pmed.nnz > 0
    if not can_cov and not can_pmed:
        raise SitingError("no_candidate_reachable")
    steps = len(ps) * sum(m in models for m in ("coverage", "pmedian")) + ("setcover" in models)
    done = [0]

    def tick():
        done[0] += 1
        if progress is not None and progress(done[0] / max(1, steps)):
            raise SitingError("cancelled")

    scenarios = []
    fixed_cov = float(data.w[data.e <= data.s].sum())
    for model in ("coverage", "pmedian"):
        if model not in models:
            continue
        prob = cov if model == "coverage" else pmed
        if model == "coverage":  # covered = fixed + coverable − uncovered (the reduced value)
            total = fixed_cov + float(prob.w.sum())

            def objective_of(v, total=total):
                return total - v
        else:
            def objective_of(v, const=const):
                return const + v
        warm = None
        for p in ps:  # λ is not carried from one p to the next: cold starts converged faster (measured)
            sc = _solve_one(prob, model, p, scipy_ok, seed, n_starts, warm, None, objective_of,
                            milp_first_pairs, milp_max_pairs[model])
            warm = sc.pop("_sites")
            sc.pop("_lam")
            facilities = data.candidates[warm].tolist()
            scen = data.metrics(model, p, facilities)
            scen.sites = [s for s in data.ranked_sites(model, facilities) if s.gain > _tol(s.gain)]
            for k, s in enumerate(scen.sites):
                s.rank = k + 1
            scen.n_sites = len(scen.sites)
            scen.saturated = scen.n_sites < p
            scen.newly_covered = scen.covered_weight - baseline.covered_weight
            scen.objective = objective_of(sc["value"])
            scen.bound = objective_of(sc["bound"])
            scen.gap_abs = max(0.0, sc["value"] - sc["bound"])
            scen.gap = scen.gap_abs / abs(scen.objective) if scen.objective else 0.0
            scen.solver, scen.bound_method, scen.proven_optimal = sc["solver"], sc["method"], sc["proven"]
            if not scen.sites:
                scen.note = "no_gain"
            scenarios.append(scen)
            tick()
    if "setcover" in models:
        scenarios.append(_setcover(data, cov, baseline, scipy_ok, milp_first_pairs, seed, n_starts))
        tick()
    return SitingResult(baseline, scenarios, data.total, data.s, data.penalty, unreachable)


def _solve_one(prob: _MinCost, model: str, p: int, scipy_ok: bool, seed: int, n_starts: int, warm, lam,
               objective_of, milp_first_pairs: int, milp_max_pairs: int) -> dict:
    """Solve the reduced problem: {'_sites', 'value', 'bound', 'proven', 'solver', 'method', '_lam'}.

    Small instances (≤ milp_first_pairs pairs) go to HiGHS directly. Otherwise the heuristic runs first
    and the Lagrangian bound tries to prove it (cheap, numpy); when a gap remains, HiGHS (≤ milp_max_pairs
    pairs), else the LP bound (≤ LP_MAX_PAIRS), and exhaustive enumeration when affordable."""
    if prob.nnz == 0:
        v = prob.value(prob.base)
        return {"_sites": [], "value": v, "bound": v, "proven": True, "solver": "none", "method": "trivial",
                "_lam": None}
    sites, value, bound, solver, method = None, math.inf, -math.inf, "", ""

    def take(s_new, v_new, b_new, name, how):
        nonlocal sites, value, bound, solver, method
        if sites is None or v_new < value - _tol(value):
            sites, value, solver = s_new, v_new, name
        if b_new > bound:
            bound, method = b_new, how

    def closed() -> bool:
        return sites is not None and value - bound <= GAP_TOL * max(abs(objective_of(value)), 1e-300)

    if scipy_ok and prob.nnz <= milp_first_pairs:
        out = _solve_milp(prob, p, model)
        if out is not None:
            take(out[0], out[1], out[2], "milp", "milp")
    if not closed():
        h_sites, h_val = _heuristic(prob, p, seed, 0, warm)
        take(h_sites, h_val, -math.inf, "heuristic", "")
        lb, lam = _lagrangian(prob, p, value, lam, abs_tol=GAP_TOL * abs(objective_of(value)), keep=sites)
        take(sites, value, lb, solver, "lagrangian")
        if not closed() and n_starts > 0:  # random starts only when the deterministic ones are not proven
            h_sites, h_val = _heuristic(prob, p, seed, n_starts, warm, deterministic=False)
            take(h_sites, h_val, -math.inf, "heuristic", "")
    if not closed() and scipy_ok and milp_first_pairs < prob.nnz <= milp_max_pairs:
        out = _solve_milp(prob, p, model)
        if out is not None:
            take(out[0], out[1], out[2], "milp", "milp")
    if not closed() and scipy_ok and prob.nnz <= LP_MAX_PAIRS and method != "milp":
        take(sites, value, _lp_bound(prob, p, model), solver, "lp")
    if not closed():
        e = _enumerate(prob, p)
        if e is not None:
            take(e[0], e[1], e[1], "enumeration", "enumeration")
            bound = value
    bound = value if value - bound <= _tol(value) else bound  # float noise: a tie is a proof
    return {"_sites": sites, "value": value, "bound": bound, "proven": closed(), "solver": solver,
            "method": method, "_lam": lam}


def _setcover(data, prob: _MinCost, baseline: Scenario, scipy_ok: bool, milp_first_pairs: int, seed: int,
              n_starts: int) -> Scenario:
    if prob.nnz == 0:
        sites, lb, method, solver = [], 0, "trivial", "none"
    else:
        sites, lb, method, solver = _setcover_solve(prob, scipy_ok, prob.nnz <= milp_first_pairs, seed, n_starts)
    facilities = data.candidates[sites].tolist()
    scen = data.metrics("setcover", len(sites), facilities)
    scen.sites = data.ranked_sites("setcover", facilities)
    scen.n_sites = len(scen.sites)
    scen.newly_covered = scen.covered_weight - baseline.covered_weight
    scen.objective, scen.bound = float(len(sites)), float(lb)
    scen.gap_abs = float(len(sites) - lb)
    scen.gap = scen.gap_abs / len(sites) if sites else 0.0
    scen.proven_optimal = scen.gap_abs == 0
    scen.solver, scen.bound_method = solver, method
    return scen
