"""Disclosure control for every aggregate Coodiag publishes (layers, atlas, key figures): ONE module.

No writer decides secrecy itself: it describes the tables it publishes to :class:`Table`, calls
:func:`protect`, and blanks or coarsens what the :class:`Protection` says is hidden (helpers below).

Design note
===========

Model (the "model matrix" of Langsrud's Gaussian suppression, sdcTable's ``makeProblem``)
    *Inner cells* are the finest counts the writer holds (a zone, a grid cell, a grid cell ∩ zone piece,
    an antenna × zone pair, a commune × geocoding-precision pair…), non-negative integers. Every
    *published cell* is the sum of a set of inner cells: a zone row, a grid cell, a zone total, the
    territory total ("Ensemble du territoire"), a row total, a nested customer area (50/75/90 % = a
    cumulative set of zones). Families of published cells are declared with :meth:`Table.add` (one cell
    per group of inner cells: a partition, e.g. zones, rows, the total) and :meth:`Table.add_sets`
    (arbitrary, possibly nested, sets). A published *derived* value that lets anyone compute a sum is a
    margin and must be declared as such: a share n / N, a territory rate N / ΣP, an "expected" R × P, a
    penetration index all publish the territory total N; an area's share publishes the antenna's total.

Guarantee ("protected")
    For every hidden published cell c, let F be the set of tables of non-negative *integer* inner cells
    that give exactly every published value. Then max_F c − min_F c ≥ k (τ-ARGUS calls this a sliding
    protection range of k; GaussSuppression a ``rangeMin``): no hidden count can be derived exactly, nor
    placed in an interval narrower than k, from the published values, their linear relations,
    non-negativity and integrality, whatever the attacker combines (totals minus shown cells, nested-area
    differencing, share × total, LP/ILP bounds). Zero is publishable ("nobody here" discloses nobody).
    What the attacker is assumed NOT to use: the secrecy rule itself ("a hidden cell is below k"): write a
    single secret flag (do not tell primary from secondary) — the flag :meth:`Protection.flags` gives.
    Hidden weights (e.g. hours, when a weight is published next to the count) get the same pattern and
    a relative range: max_F w − min_F w ≥ ``weight_protection`` × w.

Primary suppression
    A count cell is sensitive when 0 < n < k (k is the ``privacy_threshold`` setting, default 11). When a
    weight is published for a family (``weighted=True``), the dominance rule also applies: one unit
    (client) holding more than ``dominance`` (85 %) of the cell's weight makes it sensitive (the INSEE
    fiscal rule of DOMAIN.md).

Secondary suppression — what we took from τ-ARGUS and sdcTable, and why
    τ-ARGUS / sdcTable offer: HYPERCUBE (GHMITER: suppress a hypercube around every sensitive cell; fast,
    but only for n-dimensional hierarchical tables and it over-suppresses), MODULAR / HITAS (split a
    hierarchical table into sub-tables solved optimally; needs a table hierarchy), OPTIMAL (Fischetti &
    Salazar's mixed-integer model with attacker sub-problems; exact but exponential, for small tables)
    and sdcTable's SIMPLEHEURISTIC / SSBtools' GaussSuppression (greedy candidate order, then attacker
    problems — LP intervals — to fix risky cells). Our relations are not one hierarchical table (zones,
    grid cells, pieces, nested areas, antenna × zone pairs, several families at once), and sizes are a
    few hundred zones and a few thousand cells: we use the *constraint-based* family (GaussSuppression
    with interval protection, SIMPLEHEURISTIC), made exact by the attacker problem:

    1. Propagation (Gaussian elimination restricted to singletons): a published cell with a single
       unknown inner cell pins it; pins propagate (the "totals minus shown cells" attack, exactly).
    2. Certificate (cheap, exact on laminar/nested families): inner cells lying in exactly the same
       published cells are *twins*; moving units between twins changes no published value, so a hidden
       cell straddling a twin class can take every integer value between "all the class's units out" and
       "all in". That is an inner bound of F's range: if it reaches k, the cell is protected.
    3. Attacker problem (only when the certificate is short): min and max of the cell over the LP
       relaxation of F, per connected component of unknown inner cells. When the LP optimum is an
       integer vertex it is a member of F, so the bound is exact (always the case for the totally
       unimodular structures we publish: one partition + a total, two partitions, laminar sets, two
       laminar families). Otherwise: scipy.optimize.milp (exact integer bound) when scipy imports; the
       numpy fallback keeps the certificate's inner bound — still SAFE, it may suppress more.
    4. Repair (greedy, monotone): while a hidden cell's range is below k, hide one more published cell,
       chosen by (writer's priority — totals last; number of still-clean margins it would expose, as the
       hypercube method closes rectangles; relations shared with the risky cell; the smallest value that
       covers the shortfall, as τ-ARGUS' cell-value cost). Up to ``max_tries`` best candidates, and the
       best one of every other priority (a margin may be the only way out), are tried and the first that
       widens the range is kept, else the one leaving the fewest margins on the cell (2-D tables need
       several steps to close a cycle). New secondary cells join the queue (they must be protected too). Hiding
       more never narrows a range, so a cell once protected stays protected: one pass suffices.

    Scipy (``linprog``/``milp``, HiGHS) is an optional accelerator; without it a small dense simplex
    (Bland's rule) in numpy solves the same LPs. On the unimodular structures above both give the same
    pattern; elsewhere the fallback may hide more cells, never fewer than needed.

Complexity
    Propagation and twin classes: O(nnz) per change of the pattern (nnz = Σ published-cell sizes).
    Attacker LPs: two per hidden cell whose certificate falls short, on its component only (usually a
    few dozen unknowns); each repair step re-derives the pins (O(nnz)) for at most ``max_tries``
    candidates. Measured on this 2-core machine (both solvers alike): 300 zones + total, half of them
    below k: 10 ms; 3,500 grid cells + 100 zones + total: 0.1 s (twin certificates, no LP); a 12 × 5
    two-way table with row and column totals, half of its cells below k: 0.4–0.7 s (≈ 300 LPs). The
    dense numpy simplex is meant for components of a few hundred unknowns.

Blanked versus coarsened (derived values)
    * Blanked with the count (NULL): the count itself, its weight, density, rate/penetration, index,
      share, gap, ratio, potential (= target × rate − n), the zone's class (unmet zones) — every value
      that is a function of the hidden count alone: :func:`blank`, :func:`blank_class`.
    * Ranks: over the published zones only (:func:`rank_published`); a hidden zone gets no rank (the
      rank between two published potentials would bracket n).
    * Kept: values that depend on the zone only through public margins: target, potential
      beneficiaries, expected = R × P (R = published total / ΣP), the territory rate.
    * Coarsened (computed from the PUBLIC table): smoothed ratios (Stewart or kernel), Gi* z-scores,
      p-values and bins, and nested customer-area membership are computed on
      :meth:`Protection.public_values` — published counts as they are, hidden ones replaced by a
      deterministic estimate computed from published values only (iterative proportional fitting of the
      residual of every published margin over its hidden cells). Their inversion then returns that
      estimate, which anyone can compute, never the hidden counts (the inversion attacks of the tests
      check exactly that). Area membership computed from public values carries no hidden order; the
      areas' counts are themselves published sums, declared with :meth:`Table.add_sets` (second stage,
      :func:`protect` with ``hidden=`` the first stage's pattern and only the area cells as candidates).

Linked tables
    Several outputs publish the same counts per zone (clients: density, penetration, prospects, the atlas;
    employees: unmet zones, employees per zone, travel times). Each takes its zone pattern from
    :func:`protect_zones` (zones + total, then the territory-rate margin, hidden if need be) and only adds
    suppressions of its own cells (grid cells, areas, site × zone counts); otherwise two tables hiding
    different zones would give them away to a reader of both. Known limit: grids of different sizes
    (client grid, hot-spot cells, smoothing cells) are not linked to one another.

Atlas totals
    Publishing "Ensemble du territoire" is publishing a margin: declare it (:meth:`Table.add_total`) in
    the same table as the zone rows, or the zone rows' protection is void (total − shown = the hidden
    sum). Its priority is high (hidden last) and k is the same setting everywhere.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

try:
    from scipy.optimize import Bounds, LinearConstraint, linprog, milp

    HAVE_SCIPY = True
except ImportError:  # pragma: no cover - exercised by forcing solver="numpy"
    HAVE_SCIPY = False

DEFAULT_K = 11
DEFAULT_DOMINANCE = 0.85
DEFAULT_WEIGHT_PROTECTION = 0.3
TOTAL_PRIORITY = 100
MARGIN_PRIORITY = 50

PUBLISHED, PRIMARY, DOMINANCE, SECONDARY, FORCED = 0, 1, 2, 3, 4
SECRET_LABEL = "secret"
_TOL = 1e-7


# ---- simple rules (the former privacy.py API) -----------------------------------------------------
def is_secret(count, k: int = DEFAULT_K) -> bool:
    """True when a count of individuals is too small to be published (0 < count < k).

    Zero is publishable: "nobody here" discloses no one."""
    if count is None:
        return False
    try:
        value = float(count)
    except (TypeError, ValueError):
        return False
    return 0 < value < k


def secret_mask(counts, k: int = DEFAULT_K) -> np.ndarray:
    """Primary rule on an array: (0 < n < k)."""
    counts = np.asarray(counts, dtype=float)
    return (counts > 0) & (counts < k)


def suppress(values, counts, k: int = DEFAULT_K) -> list:
    """Copy of `values` with None where the matching count is secret (primary rule only)."""
    return blank(values, secret_mask(counts, k))


# ---- the published tables --------------------------------------------------------------------------
@dataclass
class _Family:
    name: str
    supports: List[np.ndarray]
    candidate: bool
    priority: int
    weighted: bool
    start: int = 0


class Table:
    """The inner cells and the published cells built on them.

    counts: non-negative integer count of every inner cell. weights: optional weight of every inner cell
    (e.g. hours sold); top_weights: the largest weight of a single unit (client) in every inner cell,
    needed by the dominance rule of weighted families.
    """

    def __init__(self, counts, weights=None, top_weights=None):
        c = np.asarray(counts, dtype=float).ravel()
        if c.size and (not np.all(np.isfinite(c)) or c.min() < 0 or np.any(c != np.round(c))):
            raise ValueError("inner counts must be non-negative integers")
        self.counts = c.astype(np.int64)
        self.n = int(c.size)
        self.weights = None if weights is None else np.asarray(weights, dtype=float).ravel()
        self.top_weights = None if top_weights is None else np.asarray(top_weights, dtype=float).ravel()
        for name, arr in (("weights", self.weights), ("top_weights", self.top_weights)):
            if arr is not None and arr.size != self.n:
                raise ValueError(f"{name} must have one value per inner cell")
        self.families: Dict[str, _Family] = {}

    # -- declaring published cells --
    def add(self, name: str, groups, size: Optional[int] = None, *, candidate: bool = True, priority: int = 0,
            weighted: bool = False) -> Table:
        """One published cell per group: ``groups[i]`` is the cell (0 … size−1) holding inner cell i, or −1.

        ``candidate`` False: never chosen as a secondary suppression (a cell that must stay published).
        ``priority``: higher = hidden later (totals: :data:`TOTAL_PRIORITY`). ``weighted``: the weight is
        published too (dominance rule, weight protection)."""
        g = np.asarray(groups, dtype=np.int64).ravel()
        if g.size != self.n:
            raise ValueError("groups must have one value per inner cell")
        n_cells = int(size) if size is not None else (int(g.max()) + 1 if g.size and g.max() >= 0 else 0)
        if g.size and g.max() >= n_cells:
            raise ValueError("a group number is not below size")
        inside = np.flatnonzero(g >= 0)
        order = inside[np.argsort(g[inside], kind="stable")]
        bounds = np.searchsorted(g[order], np.arange(n_cells + 1))
        supports = [order[bounds[i]:bounds[i + 1]] for i in range(n_cells)]
        return self._add(name, supports, candidate, priority, weighted)

    def add_sets(self, name: str, sets: Sequence, *, candidate: bool = True, priority: int = MARGIN_PRIORITY,
                 weighted: bool = False) -> Table:
        """One published cell per set of inner cells (sets may overlap or nest: customer areas)."""
        supports = []
        for s in sets:
            arr = np.unique(np.asarray(s, dtype=np.int64).ravel())
            if arr.size and (arr.min() < 0 or arr.max() >= self.n):
                raise ValueError("set members must be inner-cell positions")
            supports.append(arr)
        return self._add(name, supports, candidate, priority, weighted)

    def add_total(self, name: str = "total", *, candidate: bool = True, priority: int = TOTAL_PRIORITY,
                  weighted: bool = False) -> Table:
        """The sum of every inner cell ("Ensemble du territoire")."""
        return self.add(name, np.zeros(self.n, dtype=np.int64), 1, candidate=candidate, priority=priority,
                        weighted=weighted)

    def _add(self, name, supports, candidate, priority, weighted) -> Table:
        if name in self.families:
            raise ValueError(f"family {name!r} declared twice")
        if weighted and (self.weights is None or self.top_weights is None):
            raise ValueError("a weighted family needs weights and top_weights")
        self.families[name] = _Family(name, supports, bool(candidate), int(priority), bool(weighted))
        return self

    def values(self, name: str) -> np.ndarray:
        """True value of every cell of a family (for the writer, never for publication as is)."""
        return np.array([int(self.counts[s].sum()) for s in self.families[name].supports], dtype=np.int64)

    def extended(self, name: str, sets: Sequence, *, priority: int = MARGIN_PRIORITY) -> Table:
        """Second stage: a copy whose families are frozen (never chosen as secondary suppressions) plus a new
        family of sets (e.g. customer areas built on the first stage's public values); protect it with
        ``hidden=`` the first stage's :meth:`Protection.hidden_map`."""
        t = Table(self.counts, self.weights, self.top_weights)
        for f in self.families.values():
            t.families[f.name] = _Family(f.name, f.supports, False, f.priority, f.weighted)
        return t.add_sets(name, sets, priority=priority)

    def structure(self) -> Table:
        """A copy without the counts (what an attacker knows: the sets, not the values)."""
        t = Table(np.zeros(self.n))
        for f in self.families.values():
            t.families[f.name] = _Family(f.name, f.supports, f.candidate, f.priority, f.weighted)
        return t


# ---- result ------------------------------------------------------------------------------------------
@dataclass
class Protection:
    """Which published cells to hide, per family, and why."""

    k: int
    solver: str
    reasons: Dict[str, np.ndarray]       # PUBLISHED, PRIMARY, DOMINANCE, SECONDARY, FORCED per cell
    lower: Dict[str, np.ndarray]         # guaranteed-reachable range of hidden cells (NaN when published)
    upper: Dict[str, np.ndarray]
    values: Dict[str, np.ndarray]        # true values (for the writer)
    table: Table = field(repr=False)
    unprotected: List[Tuple[str, int]] = field(default_factory=list)

    def hidden(self, name: str) -> np.ndarray:
        return self.reasons[name] != PUBLISHED

    def primary(self, name: str) -> np.ndarray:
        return np.isin(self.reasons[name], (PRIMARY, DOMINANCE))

    def secondary(self, name: str) -> np.ndarray:
        return np.isin(self.reasons[name], (SECONDARY, FORCED))

    def hidden_map(self) -> Dict[str, np.ndarray]:
        """{family: hidden booleans}: the pattern to carry into a second stage (``protect(hidden=…)``)."""
        return {name: self.hidden(name) for name in self.reasons}

    def flags(self, name: str) -> np.ndarray:
        """The ``secret`` field to write: 1 for every hidden cell, whatever the reason."""
        return self.hidden(name).astype(np.int64)

    def published(self, name: str) -> np.ndarray:
        """Values with NaN where hidden."""
        return np.where(self.hidden(name), np.nan, self.values[name].astype(float))

    @property
    def ok(self) -> bool:
        return not self.unprotected

    def n_hidden(self, name: Optional[str] = None) -> int:
        names = [name] if name else list(self.reasons)
        return int(sum(int(self.hidden(n).sum()) for n in names))

    def public_inner(self, unconstrained: Optional[float] = None) -> np.ndarray:
        """Inner cells as anyone can estimate them from the published values (see public_estimate)."""
        published = {name: self.published(name) for name in self.reasons}
        return public_estimate(self.table, published, self.k if unconstrained is None else None,
                               unconstrained)

    def public_values(self, name: str, unconstrained: Optional[float] = None) -> np.ndarray:
        """Published values, and the public estimate where hidden: the input of every coarsened derived
        value (smoothing, Gi*, area membership)."""
        est = self.public_inner(unconstrained)
        out = self.values[name].astype(float)
        hid = self.hidden(name)
        for i in np.flatnonzero(hid):
            out[i] = float(est[self.table.families[name].supports[i]].sum())
        return out


# ---- the solver core ---------------------------------------------------------------------------------
class _Problem:
    def __init__(self, table: Table):
        self.table = table
        self.n = table.n
        supports, fam, local, cand, prio, weighted = [], [], [], [], [], []
        for f in table.families.values():
            f.start = len(supports)
            for i, s in enumerate(f.supports):
                supports.append(np.asarray(s, dtype=np.int64))
                fam.append(f.name)
                local.append(i)
                cand.append(f.candidate)
                prio.append(f.priority)
                weighted.append(f.weighted)
        self.supports = supports
        self.m = len(supports)
        self.fam = fam
        self.local = np.asarray(local, dtype=np.int64)
        self.cand = np.asarray(cand, dtype=bool)
        self.prio = np.asarray(prio, dtype=np.int64)
        self.weighted = np.asarray(weighted, dtype=bool)
        self.size = np.array([s.size for s in supports], dtype=np.int64)
        y = table.counts.astype(float)
        self.y = y
        self.val = np.array([y[s].sum() for s in supports]) if self.m else np.zeros(0)
        self.w = table.weights
        self.wval = (np.array([table.weights[s].sum() for s in supports]) if table.weights is not None
                     else None)
        # inner → published incidence (CSR)
        owners = np.repeat(np.arange(self.m, dtype=np.int64), self.size) if self.m else np.zeros(0, np.int64)
        members = np.concatenate(supports) if self.m else np.zeros(0, np.int64)
        order = np.argsort(members, kind="stable")
        self.inc_idx = owners[order]
        self.inc_ptr = np.searchsorted(members[order], np.arange(self.n + 1))
        self.flat_members = members
        self.flat_owner = owners
        self.single_member = np.array([s[0] if s.size == 1 else -1 for s in supports], dtype=np.int64)
        # pairs of published cells sharing an inner cell
        pairs = set()
        for j in range(self.n):
            cells = self.inc_idx[self.inc_ptr[j]:self.inc_ptr[j + 1]].tolist()
            for a in cells:
                for b in cells:
                    pairs.add((a, b))
        arr = np.array(sorted(pairs), dtype=np.int64).reshape(-1, 2)
        self.pair_q, self.pair_p = arr[:, 0], arr[:, 1]

    def cells_of(self, j: int) -> np.ndarray:
        return self.inc_idx[self.inc_ptr[j]:self.inc_ptr[j + 1]]


class _System:
    """What the published cells (hidden ones left out) pin, and the constraints left on unknown inner cells."""

    def __init__(self, prob: _Problem, hidden: np.ndarray):
        self.prob = prob
        n = prob.n
        pub = ~hidden
        pinned = np.zeros(n, dtype=bool)
        single = pub & (prob.size == 1)
        pinned[prob.single_member[single]] = True
        multi = pub & (prob.size >= 2)
        free_entries = multi[prob.flat_owner] & ~pinned[prob.flat_members]
        free_count = np.bincount(prob.flat_owner[free_entries], minlength=prob.m)
        queue = np.flatnonzero(multi & (free_count == 1)).tolist()
        while queue:
            p = queue.pop()
            members = prob.supports[p]
            left = members[~pinned[members]]
            if left.size != 1:
                continue
            j = int(left[0])
            pinned[j] = True
            for q in prob.cells_of(j).tolist():
                if multi[q]:
                    free_count[q] -= 1
                    if free_count[q] == 1:
                        queue.append(q)
        self.pinned = pinned
        cons = np.flatnonzero(multi & (free_count >= 2))
        self.cons = cons
        self.cons_members = {int(p): prob.supports[p][~pinned[prob.supports[p]]] for p in cons.tolist()}
        # components (union-find) and twin classes (identical constraint signatures)
        parent = {}

        def find(a):
            root = a
            while parent[root] != root:
                root = parent[root]
            while parent[a] != root:
                parent[a], a = root, parent[a]
            return root

        free = np.flatnonzero(~pinned)
        for j in free.tolist():
            parent[j] = j
        signature: Dict[int, list] = {j: [] for j in free.tolist()}
        for p, mem in self.cons_members.items():
            lst = mem.tolist()
            r0 = find(lst[0])
            for j in lst:
                signature[j].append(p)
                rj = find(j)
                if rj != r0:
                    parent[rj] = r0
        self.comp = np.full(n, -1, dtype=np.int64)
        self.twin = np.full(n, -1, dtype=np.int64)
        self.unconstrained = np.zeros(n, dtype=bool)
        roots: Dict[int, int] = {}
        classes: Dict[tuple, int] = {}
        for j in free.tolist():
            sig = tuple(signature[j])
            if not sig:
                self.unconstrained[j] = True
                continue
            r = find(j)
            self.comp[j] = roots.setdefault(r, len(roots))
            self.twin[j] = classes.setdefault(sig, len(classes))
        self.n_comp = len(roots)
        self.n_twin = len(classes)
        self.comp_cons: Dict[int, list] = {}
        for p, mem in self.cons_members.items():
            self.comp_cons.setdefault(int(self.comp[mem[0]]), []).append(p)
        self.comp_cells: Dict[int, np.ndarray] = {}
        if self.n_comp:
            idx = np.flatnonzero(self.comp >= 0)
            order = idx[np.argsort(self.comp[idx], kind="stable")]
            bounds = np.searchsorted(self.comp[order], np.arange(self.n_comp + 1))
            for c in range(self.n_comp):
                self.comp_cells[c] = order[bounds[c]:bounds[c + 1]]
        self._lp_cache: Dict[tuple, Tuple[float, float]] = {}
        self._matrix: Dict[int, tuple] = {}

    def matrix(self, comp: int):
        if comp not in self._matrix:
            cells = self.comp_cells[comp]
            pos = {int(j): i for i, j in enumerate(cells.tolist())}
            cons = self.comp_cons[comp]
            a = np.zeros((len(cons), cells.size))
            for r, p in enumerate(cons):
                for j in self.cons_members[p].tolist():
                    a[r, pos[j]] = 1.0
            self._matrix[comp] = (cells, pos, cons, a)
        return self._matrix[comp]


def _integral(x) -> bool:
    return bool(np.all(np.abs(x - np.round(x)) <= 1e-6))


def _simplex(c, a, b, max_iter: int = 50_000):
    """min c·x s.t. a x = b, x ≥ 0 (two-phase dense tableau, Bland's rule). Returns x, or None."""
    a = np.array(a, dtype=float)
    b = np.array(b, dtype=float)
    m, n = a.shape
    neg = b < 0
    a[neg] *= -1.0
    b[neg] *= -1.0
    t = np.zeros((m + 1, n + m + 1))
    t[:m, :n] = a
    t[:m, n:n + m] = np.eye(m)
    t[:m, -1] = b
    t[m, :n] = -a.sum(axis=0)
    t[m, -1] = -b.sum()
    basis = list(range(n, n + m))

    def pivot(r, e):
        nonlocal t
        row = t[r] / t[r, e]
        t -= np.outer(t[:, e], row)
        t[r] = row
        basis[r] = e

    def run(ncols):
        for _ in range(max_iter):
            row = t[m, :ncols]
            entering = np.flatnonzero(row < -1e-9)
            if entering.size == 0:
                return True
            e = int(entering[0])
            col = t[:m, e]
            ok = col > 1e-9
            if not ok.any():
                return False  # unbounded
            ratios = np.full(m, np.inf)
            ratios[ok] = t[:m, -1][ok] / col[ok]
            best = ratios.min()
            ties = np.flatnonzero(ratios <= best + 1e-12)
            leave = int(min(ties, key=lambda r: basis[r]))
            pivot(leave, e)
        return False

    if not run(n + m) or t[m, -1] < -1e-7:
        return None  # infeasible (cannot happen for a table the writer holds)
    # drive artificial variables out of the basis; drop redundant rows
    keep = []
    for r in range(m):
        if basis[r] >= n:
            nz = np.flatnonzero(np.abs(t[r, :n]) > 1e-9)
            if nz.size == 0:
                continue
            pivot(r, int(nz[0]))
        keep.append(r)
    t = np.vstack([t[keep][:, list(range(n)) + [n + m]], np.zeros((1, n + 1))])
    basis = [basis[r] for r in keep]
    m = len(keep)
    t[m, :n] = c
    for r, j in enumerate(basis):
        if t[m, j] != 0.0:
            t[m] -= t[m, j] * t[r]
    if not run(n):
        return None
    x = np.zeros(n)
    for r, j in enumerate(basis):
        x[j] = t[r, -1]
    return x


class _Auditor:
    def __init__(self, prob: _Problem, use_scipy: bool):
        self.prob = prob
        self.use_scipy = use_scipy

    def _lp(self, system: _System, comp: int, objective: np.ndarray, u: np.ndarray, integral: bool,
            sense: int) -> Optional[float]:
        """Exact optimum of sense × Σ objective cells over F restricted to one component, or None when
        only the LP relaxation (non-integer vertex, no MILP) is known."""
        cells, pos, cons, a = system.matrix(comp)
        b = np.array([u[system.cons_members[p]].sum() for p in cons])
        obj = np.zeros(cells.size)
        for j in objective.tolist():
            obj[pos[j]] = 1.0
        c = -obj if sense > 0 else obj
        x = None
        if self.use_scipy:
            res = linprog(c, A_eq=a, b_eq=b, bounds=(0, None), method="highs")
            if res.status == 0:
                x = res.x
        else:
            x = _simplex(c, a, b)
        if x is None:
            return None
        if integral and not _integral(x):
            if not self.use_scipy:
                return None
            res = milp(c=c, constraints=LinearConstraint(a, b, b), integrality=np.ones(cells.size),
                       bounds=Bounds(0, np.inf))
            if res.status != 0 or res.x is None:
                return None
            x = res.x
        value = float(obj @ x)
        return float(round(value)) if integral else value

    @staticmethod
    def _twin_totals(system: _System, u: np.ndarray):
        """Per twin class of the system: Σ u and the number of atoms (cached on the system)."""
        cache = system.__dict__.setdefault("_twin_cache", {})
        key = id(u)
        if key not in cache:
            sel = np.flatnonzero(system.twin >= 0)
            tw = system.twin[sel]
            cache[key] = (np.bincount(tw, weights=u[sel], minlength=system.n_twin),
                          np.bincount(tw, minlength=system.n_twin))
        return cache[key]

    def range(self, system: _System, cell: int, u: np.ndarray, integral: bool, need: float):
        """(down, up): how far the cell's value can provably move over F (inner bound; exact when the
        attacker problem has an integer optimum)."""
        prob = self.prob
        support = prob.supports[cell]
        free = support[~system.pinned[support]]
        if free.size == 0:
            return 0.0, 0.0
        loose = system.unconstrained[free]
        if loose.any():
            return float(u[free[loose]].sum()), math.inf
        down = up = 0.0
        per_comp = {}
        comps = system.comp[free]
        total_t, n_t = self._twin_totals(system, u)
        for comp in np.unique(comps).tolist():
            objective = free[comps == comp]
            # a twin class (atoms under the same constraints) partly inside the objective lets its content move
            # between the inside and the outside: only the classes the objective touches are looked at (the
            # totals of every class are computed once per system, not per cell)
            twins, inv = np.unique(system.twin[objective], return_inverse=True)
            n_in = np.bincount(inv, minlength=twins.size)
            t_in = np.bincount(inv, weights=u[objective], minlength=twins.size)
            straddle = n_in < n_t[twins]
            d = float(t_in[straddle].sum())
            up_c = float((total_t[twins] - t_in)[straddle].sum())
            per_comp[comp] = (objective, d, up_c)
            down += d
            up += up_c
        if down + up >= need:
            return down, up
        for comp, (objective, d, up_c) in per_comp.items():
            current = float(u[objective].sum())
            key = (comp, tuple(objective.tolist()), integral, id(u))
            if key not in system._lp_cache:
                hi = self._lp(system, comp, objective, u, integral, +1)
                lo = self._lp(system, comp, objective, u, integral, -1)
                system._lp_cache[key] = (lo, hi)
            lo, hi = system._lp_cache[key]
            if lo is not None:
                down += max(0.0, current - lo) - d
            if hi is not None:
                up += max(0.0, hi - current) - up_c
            if down + up >= need:
                break
        return down, up


def protect(table: Table, k: int = DEFAULT_K, *, dominance: Optional[float] = DEFAULT_DOMINANCE,
            weight_protection: float = DEFAULT_WEIGHT_PROTECTION, hidden: Optional[Dict[str, Sequence]] = None,
            solver: str = "auto", max_tries: int = 4) -> Protection:
    """Primary and secondary suppression of every published cell of `table` (see the module docstring).

    hidden: {family: booleans} cells to hide whatever their value (e.g. the pattern of a first stage).
    solver: "auto" (scipy when it imports), "scipy" or "numpy". k ≤ 1 means no secrecy (nor dominance)."""
    k = int(k)
    if solver not in ("auto", "scipy", "numpy"):
        raise ValueError("solver must be auto, scipy or numpy")
    if solver == "scipy" and not HAVE_SCIPY:
        raise ValueError("scipy is not available")
    use_scipy = HAVE_SCIPY and solver != "numpy"
    prob = _Problem(table)
    m = prob.m
    reason = np.zeros(m, dtype=np.int64)
    reason[(prob.val > 0) & (prob.val < k)] = PRIMARY
    if k > 1 and dominance is not None and prob.wval is not None and table.top_weights is not None:
        for p in np.flatnonzero(prob.weighted & (reason == PUBLISHED)).tolist():
            total = prob.wval[p]
            s = prob.supports[p]
            if total > 0 and s.size and float(table.top_weights[s].max()) > dominance * total:
                reason[p] = DOMINANCE
    for name, mask in (hidden or {}).items():
        f = table.families[name]
        mask = np.asarray(mask, dtype=bool)
        if mask.size != len(f.supports):
            raise ValueError(f"hidden[{name!r}] must have one value per cell")
        sel = f.start + np.flatnonzero(mask)
        reason[sel] = np.where(reason[sel] == PUBLISHED, FORCED, reason[sel])
    is_hidden = reason != PUBLISHED
    auditor = _Auditor(prob, use_scipy)
    lower = np.full(m, np.nan)
    upper = np.full(m, np.nan)
    unprotected: List[int] = []
    measures = [("count", prob.y, True)]
    if prob.w is not None and prob.weighted.any():
        measures.append(("weight", prob.w, False))

    def need_of(p, measure):
        if measure == "count":
            return float(k)
        return weight_protection * float(prob.wval[p])

    system = _System(prob, is_hidden)
    queue = sorted(np.flatnonzero(is_hidden).tolist(), key=lambda p: (prob.val[p], p))
    done = set()
    while queue:
        p = queue.pop(0)
        if p in done:
            continue
        done.add(p)
        for measure, u, integral in measures:
            if measure == "weight" and not prob.weighted[p]:
                continue
            need = need_of(p, measure)
            if need <= 0:
                continue
            while True:
                d, up = auditor.range(system, p, u, integral, need)
                if d + up >= need - 1e-9:
                    if measure == "count":
                        lower[p], upper[p] = prob.val[p] - d, prob.val[p] + up
                    break
                q, system = _repair(prob, auditor, system, is_hidden, p, u, integral, need, d + up, max_tries)
                if q is None:
                    unprotected.append(p)
                    if measure == "count":
                        lower[p], upper[p] = prob.val[p] - d, prob.val[p] + up
                    break
                reason[q] = SECONDARY
                queue.append(q)
                done.discard(q)
    reasons, lo_d, hi_d, values = {}, {}, {}, {}
    for name, f in table.families.items():
        sl = slice(f.start, f.start + len(f.supports))
        reasons[name] = reason[sl].copy()
        lo_d[name] = lower[sl].copy()
        hi_d[name] = upper[sl].copy()
        values[name] = prob.val[sl].astype(np.int64)
    bad = [(prob.fam[p], int(prob.local[p])) for p in sorted(set(unprotected))]
    return Protection(k=k, solver="scipy" if use_scipy else "numpy", reasons=reasons, lower=lo_d, upper=hi_d,
                      values=values, table=table, unprotected=bad)


def _repair(prob, auditor, system, is_hidden, cell, u, integral, need, width, max_tries):
    """Hide one more published cell to widen `cell`'s range; returns (cell hidden or None, new system)."""
    m = prob.m
    pool = np.flatnonzero(prob.cand & ~is_hidden)
    pool = pool[pool != cell]
    if pool.size == 0:
        return None, system
    # inner cells touched by a hidden cell → margins still "clean" (no hidden cell inside)
    touched = np.zeros(prob.n, dtype=bool)
    for h in np.flatnonzero(is_hidden).tolist():
        touched[prob.supports[h]] = True
    hit = np.bincount(prob.flat_owner[touched[prob.flat_members]], minlength=m)
    clean = (hit == 0) & ~is_hidden & (prob.size >= 2)
    pq, pp = prob.pair_q, prob.pair_p
    exposed = np.bincount(pq[clean[pp] & (pp != pq)], minlength=m)
    related = np.zeros(m, dtype=bool)
    related[pp[(pq == cell) & (pp != cell) & ~is_hidden[pp]]] = True
    shared = np.bincount(pq[related[pp] & (pp != pq)], minlength=m)
    direct = np.zeros(m, dtype=bool)   # parts of the risky cell (members of a hidden area, say)
    own = set(prob.supports[cell].tolist())
    for q in pp[pq == cell].tolist():
        direct[q] = q != cell and set(prob.supports[q].tolist()) <= own
    val = np.array([u[prob.supports[q]].sum() for q in range(m)]) if u is not prob.y else prob.val
    short = need - width - (float(val[cell]) if width <= 0 else 0.0)
    fit_class = np.where(val[pool] <= 0, 2, np.where(val[pool] >= short, 0, 1))
    fit_value = np.where(fit_class == 0, val[pool], -val[pool])
    keys = (pool, fit_value, fit_class, -shared[pool], -direct[pool].astype(np.int64), exposed[pool],
            prob.prio[pool])
    ranked = pool[np.lexsort(keys)]
    # the cheapest priority level that can protect the cell at all (hiding every candidate up to it): a
    # margin is only touched when no cell can do it (e.g. total − territory = two hidden zones)
    levels = np.unique(prob.prio[ranked]).tolist()
    for level in levels[:-1]:
        trial_hidden = is_hidden.copy()
        trial_hidden[ranked[prob.prio[ranked] <= level]] = True
        d, up = auditor.range(_System(prob, trial_hidden), cell, u, integral, need)
        if d + up >= need - 1e-9:
            ranked = ranked[prob.prio[ranked] <= level]
            break
    tries = ranked[:max_tries].tolist()
    top_level = int(prob.prio[ranked].max())
    first = int(ranked[np.flatnonzero(prob.prio[ranked] == top_level)[0]])
    if first not in tries:  # the best candidate of the level that makes protection possible
        tries.append(first)
    best, best_pins = None, None
    for q in tries:
        is_hidden[q] = True
        trial = _System(prob, is_hidden)
        d, up = auditor.range(trial, cell, u, integral, need)
        if d + up > width + 1e-9:
            return q, trial
        pins = _pins(prob, is_hidden, cell)
        if best is None or pins < best_pins:
            best, best_pins = q, pins
        is_hidden[q] = False
    # no single candidate widens the range (a 2-D cycle needs several): keep the one that leaves the
    # fewest published margins over the cell's unknown inner cells, first-ranked on ties
    is_hidden[best] = True
    return best, _System(prob, is_hidden)


def _pins(prob: _Problem, is_hidden: np.ndarray, cell: int) -> int:
    """Published margins (2+ inner cells) over the inner cells of `cell` not published one by one."""
    support = prob.supports[cell]
    single = np.flatnonzero(~is_hidden & (prob.size == 1))
    alone = np.zeros(prob.n, dtype=bool)
    alone[prob.single_member[single]] = True
    open_cells = support[~alone[support]]
    margins = set()
    for j in open_cells.tolist():
        for p in prob.cells_of(j).tolist():
            if not is_hidden[p] and prob.size[p] >= 2:
                margins.add(p)
    return len(margins)


# ---- public estimate (input of coarsened derived values) ---------------------------------------------
def public_estimate(table: Table, published: Dict[str, Sequence], k: Optional[int] = DEFAULT_K,
                    unconstrained: Optional[float] = None, sweeps: int = 500) -> np.ndarray:
    """Inner cells estimated from the published values ONLY (NaN = hidden): a deterministic function of
    what is published, hence safe to feed into smoothing, Gi* or area membership.

    Cells pinned by published cells (alone or by propagation) get their exact value; the residual of
    every published margin is spread over its unknown cells by iterative proportional fitting from a
    uniform start (twins get equal shares); cells in no published relation get `unconstrained`
    (default (k − 1) / 2)."""
    if unconstrained is None:
        unconstrained = (k - 1) / 2.0 if k else 0.0
    prob = _Problem(table.structure())
    m = prob.m
    pub_val = np.full(m, np.nan)
    for name, f in prob.table.families.items():
        vals = np.asarray(published[name], dtype=float) if name in published else np.full(len(f.supports), np.nan)
        pub_val[f.start:f.start + len(f.supports)] = vals
    is_pub = np.isfinite(pub_val)
    est = np.full(prob.n, np.nan)
    known = np.zeros(prob.n, dtype=bool)
    for p in np.flatnonzero(is_pub & (prob.size == 1)).tolist():
        j = prob.single_member[p]
        est[j] = max(0.0, pub_val[p])
        known[j] = True
    changed = True
    multi = np.flatnonzero(is_pub & (prob.size >= 2)).tolist()
    while changed:
        changed = False
        for p in multi:
            s = prob.supports[p]
            left = s[~known[s]]
            if left.size == 1:
                est[left[0]] = max(0.0, pub_val[p] - est[s[known[s]]].sum())
                known[left[0]] = True
                changed = True
    cons = []
    for p in multi:
        s = prob.supports[p]
        left = s[~known[s]]
        if left.size >= 2:
            cons.append((left, max(0.0, pub_val[p] - est[s[known[s]]].sum())))
    in_cons = np.zeros(prob.n, dtype=bool)
    for left, _r in cons:
        in_cons[left] = True
    free = ~known
    est[free & in_cons] = 1.0
    est[free & ~in_cons] = unconstrained
    for _ in range(sweeps):
        worst = 0.0
        for left, r in cons:
            s = est[left].sum()
            if r <= 0:
                est[left] = 0.0
            elif s > 0:
                worst = max(worst, abs(s - r) / r)
                est[left] *= r / s
            else:
                est[left] = r / left.size
                worst = 1.0
        if worst < 1e-10:
            break
    return est


# ---- derived values -----------------------------------------------------------------------------------
def blank(values, hidden) -> list:
    """Copy of `values` with None where `hidden` (booleans) is true."""
    hidden = np.asarray(hidden, dtype=bool)
    return [None if h else v for v, h in zip(list(values), hidden.tolist())]


def blank_class(classes, hidden, label: str = SECRET_LABEL) -> list:
    """Class of a zone (derived from its own count): replaced by `label` where hidden."""
    hidden = np.asarray(hidden, dtype=bool)
    return [label if h else c for c, h in zip(list(classes), hidden.tolist())]


def rank_published(values, hidden, tie_break=None, descending: bool = True) -> List[Optional[int]]:
    """Ranks over the published zones only (1 = largest when descending); hidden zones and None/NaN
    values get None. Ties: larger `tie_break` first, then input order."""
    hidden = np.asarray(hidden, dtype=bool)
    items = []
    for i, v in enumerate(values):
        if hidden[i] or v is None:
            continue
        fv = float(v)
        if not math.isfinite(fv):
            continue
        tb = 0.0 if tie_break is None or tie_break[i] is None else float(tie_break[i])
        items.append(((-fv if descending else fv), -tb, i))
    items.sort()
    ranks: List[Optional[int]] = [None] * len(hidden)
    for r, (_a, _b, i) in enumerate(items):
        ranks[i] = r + 1
    return ranks


def coarsen(values, hidden, step: float) -> list:
    """Round published values down to a multiple of `step` (a class); None where hidden."""
    hidden = np.asarray(hidden, dtype=bool)
    out = []
    for v, h in zip(list(values), hidden.tolist()):
        if h or v is None or not math.isfinite(float(v)):
            out.append(None)
        else:
            out.append(math.floor(float(v) / step) * step)
    return out


def protect_counts(counts, k: int = DEFAULT_K, *, total: bool = True, weights=None, top_weights=None,
                   solver: str = "auto") -> Protection:
    """The common case: one published cell per zone (family "zone") plus, when `total`, the territory
    total (family "total", published by shares, territory rates and the atlas' last row)."""
    counts = np.asarray(counts, dtype=float)
    table = Table(counts, weights=weights, top_weights=top_weights)
    table.add("zone", np.arange(counts.size), counts.size, weighted=weights is not None)
    if total:
        table.add_total(weighted=weights is not None)
    return protect(table, k, solver=solver)


def protect_zones(counts, k: int = DEFAULT_K, counted=None, solver: str = "auto") -> Protection:
    """THE canonical pattern of a count per zone (linked tables): every output publishing the same counts
    per zone (client density, penetration, prospects, atlas key figures; employees in unmet zones, travel
    times) takes its zone pattern from here, so that they hide the same zones — two tables hiding different
    zones of the same counts would give them away to anyone reading both.

    Families: "zone", "total" (published by shares and the atlas' last row) and, when `counted` (booleans:
    zones with a known, positive target) is given, "territory" — the margin a territory rate publishes (index,
    terr_pen). The zone pattern is :func:`protect_counts`'s; the territory margin is then hidden (the writers
    blank their territory rates) when, with the total, it would give away the zones outside it."""
    counts = np.asarray(counts, dtype=float)
    first = protect_counts(counts, k, solver=solver)
    if counted is None:
        return first
    counted = np.asarray(counted, dtype=bool)
    table = Table(counts)
    table.add("zone", np.arange(counts.size), counts.size, candidate=False)
    table.add_total(candidate=False)
    table.add("territory", np.where(counted, 0, -1), 1, priority=TOTAL_PRIORITY - 1)
    return protect(table, k, hidden={"zone": first.hidden("zone"), "total": first.hidden("total")}, solver=solver)


def coarsen_rate(rate, denominator_total, k: int = DEFAULT_K, per: float = 1000.0):
    """(rounded rate, step): a published rate coarsened so that the numerator it implies
    (rate × Σ denominator / per) is only known within an interval of at least k — the "coarsen" alternative to
    withholding a territory rate that, with the published total, would give away zones outside its
    denominator. The step is a "nice" value (1, 2 or 5 × 10^n) ≥ k × per / Σ denominator; values derived from
    the rate (potentials, gaps) must use the rounded rate. (None, None) when the rate is unknown."""
    if rate is None or not denominator_total or denominator_total <= 0:
        return None, None
    needed = k * per / float(denominator_total)
    exponent = math.floor(math.log10(needed))
    step = next(m * 10.0 ** exponent for m in (1, 2, 5, 10) if m * 10.0 ** exponent >= needed)
    return round(rate / step) * step, step
