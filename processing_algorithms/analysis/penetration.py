"""Market penetration, index, customer-derived areas and untapped potential (pure Python/numpy).

Definitions (per zone z, over a territory made of zones):
- penetration(z) = clients(z) / target(z) × 1,000 (clients per 1,000 households, persons…);
  None when the target is missing or zero (never a division error or an infinity).
- territory penetration = Σ clients / Σ target × 1,000 over the zones whose target is known and > 0.
- index(z) = penetration(z) / territory penetration × 100 (100 = territory average).
- share(z) = clients(z) / Σ clients × 100 (% of all the clients located in a zone).
- customer-derived area of an antenna at level L % = the smallest set of zones (or cells) holding at
  least L % of its clients: zones sorted by decreasing number of clients (ties: larger target first,
  then input order), taken until the cumulated share reaches L.
- untapped potential(z) = target(z) × max(0, territory penetration − penetration(z)) / 1,000
  = the number of additional clients the zone would have at the territory's average penetration.

Small denominators: a rate on a handful of households says nothing (1 client in 4 households = 250 ‰), so a
zone or cell whose target is below ``min_target`` (THE minimum denominator, client_common.min_denominator:
the secrecy threshold k by default) gets no penetration, index or potential (None) and no rank; it still
counts in the territory's penetration, which is a ratio of sums. We chose a minimum over shrinkage (empirical
Bayes toward the territory rate): a minimum is a rule a board understands and a map can state ("fewer than 11
households: not shown"); shrinkage would print a rate for every cell, mostly the territory's own.
"""
from __future__ import annotations

import math
from typing import List, Optional, Sequence

import numpy as np

PER = 1000.0
DEFAULT_LEVELS = (50, 75, 90)


def _num(value) -> Optional[float]:
    if value is None:
        return None
    try:
        v = float(value)
    except (TypeError, ValueError):
        return None
    return v if math.isfinite(v) else None


def penetration(clients, target, per: float = PER) -> Optional[float]:
    """clients / target × per; None when the target is missing, zero or negative."""
    c = _num(clients)
    t = _num(target)
    if c is None or t is None or t <= 0:
        return None
    return per * c / t


def territory_penetration(clients: Sequence, targets: Sequence, per: float = PER) -> Optional[float]:
    """Σ clients / Σ target × per over the zones with a known, positive target."""
    num = den = 0.0
    for c, t in zip(clients, targets):
        tv = _num(t)
        cv = _num(c)
        if tv is None or tv <= 0 or cv is None:
            continue
        num += cv
        den += tv
    return per * num / den if den > 0 else None


def penetration_table(clients: Sequence, targets: Sequence, per: float = PER, min_target: float = 0.0) -> List[dict]:
    """One dict per zone: clients, target, penetration, index, share (penetration and index None where the
    target is below `min_target`)."""
    total = float(sum(_num(c) or 0.0 for c in clients))
    terr = territory_penetration(clients, targets, per)
    rows = []
    for c, t in zip(clients, targets):
        tv = _num(t)
        pen = penetration(c, t, per) if tv is None or tv >= min_target else None
        idx = 100.0 * pen / terr if pen is not None and terr else None
        share = 100.0 * (_num(c) or 0.0) / total if total > 0 else None
        rows.append({"clients": _num(c) or 0.0, "target": _num(t), "penetration": pen, "index": idx,
                     "share": share})
    return rows


def customer_area(counts: Sequence, levels: Sequence = DEFAULT_LEVELS, tie_break: Optional[Sequence] = None):
    """Smallest set of units holding each level (%) of the clients.

    Returns a dict: ``order`` (unit positions by decreasing count), ``rank`` (1 = most clients, per unit,
    None for units without clients), ``cum_share`` (cumulated % after adding the unit, per unit),
    ``level`` (smallest level whose area contains the unit, None if none), ``members`` {level: [unit
    positions]}, ``reached`` {level: share actually held by the area}.
    """
    c = np.asarray([_num(v) or 0.0 for v in counts], dtype=float)
    n = c.size
    levels = sorted(float(v) for v in levels)
    for lv in levels:
        if not 0 < lv <= 100:
            raise ValueError("levels are percentages in ]0, 100]")
    tb = np.zeros(n) if tie_break is None else np.asarray([_num(v) or 0.0 for v in tie_break], float)
    order = np.lexsort((np.arange(n), -tb, -c))  # last key sorts first
    total = c.sum()
    rank: List[Optional[int]] = [None] * n
    cum: List[Optional[float]] = [None] * n
    level: List[Optional[float]] = [None] * n
    members = {lv: [] for lv in levels}
    reached = {lv: 0.0 for lv in levels}
    if total <= 0:
        return {"order": order.tolist(), "rank": rank, "cum_share": cum, "level": level, "members": members,
                "reached": reached}
    running = 0.0
    for r, pos in enumerate(order.tolist()):
        if c[pos] <= 0:
            break
        before = 100.0 * running / total
        running += c[pos]
        after = 100.0 * running / total
        rank[pos] = r + 1
        cum[pos] = after
        for lv in levels:
            if before < lv - 1e-9:  # the area at this level still needed this unit
                members[lv].append(pos)
                reached[lv] = after
                if level[pos] is None:
                    level[pos] = lv
    return {"order": order.tolist(), "rank": rank, "cum_share": cum, "level": level, "members": members,
            "reached": reached}


def untapped_potential(target, zone_penetration, territory_pen, per: float = PER) -> Optional[float]:
    """target × max(0, territory − zone penetration) / per; None when target or a penetration is unknown.

    A zone with a zero target has a zero potential."""
    t = _num(target)
    if t is None:
        return None
    if t <= 0:
        return 0.0
    terr = _num(territory_pen)
    zp = _num(zone_penetration)
    if terr is None or zp is None:
        return None
    return t * max(0.0, terr - zp) / per


def rank_desc(values: Sequence, tie_break: Optional[Sequence] = None) -> List[Optional[int]]:
    """Rank 1 = largest value; None values are not ranked; ties broken by `tie_break` (larger first)
    then input order."""
    items = []
    for i, v in enumerate(values):
        nv = _num(v)
        if nv is None:
            continue
        tb = _num(tie_break[i]) if tie_break is not None else 0.0
        items.append((-nv, -(tb or 0.0), i))
    items.sort()
    ranks: List[Optional[int]] = [None] * len(values)
    for r, (_a, _b, i) in enumerate(items):
        ranks[i] = r + 1
    return ranks


def prospect_table(clients: Sequence, targets: Sequence, per: float = PER, eligible: Optional[Sequence] = None,
                   hidden: Optional[Sequence] = None, territory_rate: Optional[float] = None,
                   min_target: float = 0.0):
    """Zones ranked by untapped potential. The territory penetration is computed over all zones;
    `territory_rate` replaces the exact rate (a coarsened one, see disclosure.coarsen_rate); `eligible`
    (booleans) limits which zones are ranked (others get rank None, potential kept); `hidden`
    (booleans, statistical secrecy) zones are not ranked either: ranks are over the published zones only
    (a hidden zone's rank between two published potentials would bracket its count); zones whose target is
    below `min_target` have no penetration, hence no potential and no rank."""
    table = penetration_table(clients, targets, per, min_target)
    terr = territory_rate if territory_rate is not None else territory_penetration(clients, targets, per)
    for row in table:
        row["terr_pen"] = terr
        row["gap"] = (terr - row["penetration"]) if terr is not None and row["penetration"] is not None else None
        small = row["target"] is not None and 0 < row["target"] < min_target
        row["potential"] = None if small else untapped_potential(row["target"], row["penetration"], terr, per)
    pots = [row["potential"] if (eligible is None or eligible[i]) and (hidden is None or not hidden[i]) else None
            for i, row in enumerate(table)]
    ranks = rank_desc(pots, [row["target"] for row in table])
    for row, rk in zip(table, ranks):
        row["rank"] = rk
    return table
