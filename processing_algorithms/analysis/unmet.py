"""Unmet potential per zone: where do potential beneficiaries live whom the SIAE does not reach?

For every zone z (commune, IRIS or grid cell), with P(z) the potential beneficiaries and E(z) the
employees in insertion living there ("reached"):

- territory rate       R = Σ E / Σ P  (over every zone given);
- reach rate           rate(z) = 1000 × E(z) / P(z)   (employees per 1,000 potential beneficiaries);
- expected             X(z) = R × P(z)  (employees the zone would have at the territory rate);
- gap                  G(z) = X(z) − E(z)  (positive: fewer employees than expected);
- reach index          I(z) = E(z) / X(z)  (1 = the territory average).

Class of a zone (parameters in brackets, defaults documented in :func:`compute_unmet`):

- ``no_data``: the potential of the zone is unknown (NULL: the population data cover it only in part or not
  at all — analysis/coverage.py); the zone is left out of the territory rate;
- ``outside_reach``: the zone is out of the SIAE's reach (analysis/reach.py: less than half of its
  population within the reach band; a zone of unknown reach is classed on its figures);
- ``no_potential``: P(z) = 0 — nothing to reach;
- ``not_reached``: I(z) < ``not_ratio`` (0.1; a zone without any employee is always here) and
  G(z) ≥ ``min_gap``;
- ``under_reached``: I(z) < ``under_ratio`` (0.75) and G(z) ≥ ``min_gap`` (1 employee);
- ``low_potential``: no employee lives there and the gap is below ``min_gap``: the potential is too small for
  one employee at the territory rate — neither a shortfall nor "reached" (nobody is);
- ``reached``: otherwise — employees live there and the zone is near or above the average, or short of it by
  less than ``min_gap``.

``min_gap`` keeps zones with a tiny potential out of the alarm classes (an expected 0.3 employee is
no shortfall); "reached" needs someone reached. With smoothing, the class is computed on the smoothed
potentials (Stewart, see :mod:`stewart`), which removes zone-edge effects; the raw values stay in the output.

Privacy (employees are personal data; :mod:`disclosure` decides): a zone with 0 < E(z) < k is
*secret*, and so are the zones :func:`disclosure.protect` hides with it, because the territory rate
(hence the expected values) publishes the total ΣE: then no hidden E can be worked back, exactly or
within fewer than k. A hidden zone has E, rate, gap and ratio suppressed (NaN → NULL), ``secret`` = 1
(primary and secondary alike) and no class (None: the class with the expected value would bracket E).
The expected value stays (R × P: public). With smoothing, the smoothed employees are computed by the
caller on :meth:`disclosure.Protection.public_values` (hidden zones enter with an estimate from the
published figures), so ratio_s and the smoothed classes reveal no hidden count.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from . import disclosure
from .disclosure import DEFAULT_K

REACHED = "reached"
UNDER_REACHED = "under_reached"
NOT_REACHED = "not_reached"
OUTSIDE_REACH = "outside_reach"
NO_POTENTIAL = "no_potential"
LOW_POTENTIAL = "low_potential"
NO_DATA = "no_data"
CLASSES = (REACHED, UNDER_REACHED, NOT_REACHED, OUTSIDE_REACH, NO_POTENTIAL, LOW_POTENTIAL, NO_DATA)
#: classes that depend on the zone's data only through public figures (never hidden with a secret count)
PUBLIC_CLASSES = (OUTSIDE_REACH, NO_POTENTIAL, NO_DATA)

DEFAULT_UNDER_RATIO = 0.75
DEFAULT_NOT_RATIO = 0.1
DEFAULT_MIN_GAP = 1.0


class UnmetInputError(ValueError):
    """Inputs that make the comparison meaningless (no potential, no employee)."""


@dataclass
class UnmetResult:
    potential: np.ndarray
    reached: np.ndarray          # published values: NaN where secret
    secret: np.ndarray           # 0 published, 1 hidden (fewer than k, or hidden with such a zone)
    rate: np.ndarray             # per 1,000 potential beneficiaries (NaN where secret or P = 0)
    expected: np.ndarray
    gap: np.ndarray              # NaN where secret
    ratio: np.ndarray            # reach index E / X (NaN where secret or X = 0)
    ratio_smoothed: np.ndarray | None
    classes: list
    territory_rate: float
    total_reached: float
    total_potential: float

    def class_counts(self) -> dict:
        return {c: int(sum(1 for x in self.classes if x == c)) for c in CLASSES}


def territory_rate(potential, reached, known=None) -> float:
    """Σ E / Σ P over the zones of known potential (all zones when `known` is None)."""
    potential = np.asarray(potential, dtype=float)
    reached = np.asarray(reached, dtype=float)
    keep = np.ones(potential.size, dtype=bool) if known is None else np.asarray(known, dtype=bool)
    total_p = float(np.nansum(potential[keep]))
    if total_p <= 0:
        raise UnmetInputError("the potential is zero in every zone")
    return float(np.nansum(reached[keep])) / total_p


def _outside(in_reach, i) -> bool:
    """Out of reach: a flag 0 (1 = in reach, None or NaN = unknown: classed on the zone's figures)."""
    if in_reach is None:
        return False
    flag = in_reach[i]
    if flag is None:
        return False
    try:
        flag = float(flag)
    except (TypeError, ValueError):
        return False
    return math.isfinite(flag) and flag == 0


def classify(potential, reached, rate_r: float, under_ratio: float = DEFAULT_UNDER_RATIO,
             not_ratio: float = DEFAULT_NOT_RATIO, min_gap: float = DEFAULT_MIN_GAP, in_reach=None,
             known=None, employees=None) -> list:
    """Class of every zone from (possibly smoothed) potential and reached values. `known`: zones of known
    potential (the others are no_data); `employees`: the raw employees of each zone (the low_potential rule
    looks at them; default: `reached`)."""
    known = np.ones(np.asarray(potential).size, dtype=bool) if known is None else np.asarray(known, dtype=bool)
    potential = np.nan_to_num(np.asarray(potential, dtype=float), nan=0.0)
    reached = np.nan_to_num(np.asarray(reached, dtype=float), nan=0.0)
    raw = reached if employees is None else np.nan_to_num(np.asarray(employees, dtype=float), nan=0.0)
    expected = rate_r * potential
    gap = expected - reached
    with np.errstate(divide="ignore", invalid="ignore"):
        index = np.where(expected > 0, reached / expected, np.inf)
    classes = []
    for i in range(potential.size):
        if not known[i]:
            classes.append(NO_DATA)
        elif _outside(in_reach, i):
            classes.append(OUTSIDE_REACH)
        elif potential[i] <= 0:
            classes.append(NO_POTENTIAL)
        elif gap[i] >= min_gap and index[i] < not_ratio:
            classes.append(NOT_REACHED)
        elif gap[i] >= min_gap and index[i] < under_ratio:
            classes.append(UNDER_REACHED)
        elif raw[i] <= 0:
            classes.append(LOW_POTENTIAL)
        else:
            classes.append(REACHED)
    return classes


def protect(reached, k: int = DEFAULT_K, known=None) -> disclosure.Protection:
    """Disclosure control of the employees per zone with the territory total as a margin, and — when some
    zones have no known potential (`known` False) — the margin the territory rate publishes (Σ E over the
    known zones), as :func:`disclosure.protect_zones` declares it. Counts are rounded to integers."""
    reached = np.nan_to_num(np.asarray(reached, dtype=float), nan=0.0)
    counts = np.rint(np.maximum(reached, 0.0))
    if known is None or bool(np.all(known)):
        return disclosure.protect_counts(counts, k, total=True)
    return disclosure.protect_zones(counts, k, np.asarray(known, dtype=bool))


def secrecy(reached, k: int = DEFAULT_K, secondary: bool = True) -> np.ndarray:
    """1 where the zone is hidden (primary or secondary), 0 where published. `secondary` is kept for old
    callers and ignored: secondary secrecy is always applied."""
    return protect(reached, k).flags("zone")


def compute_unmet(potential, reached, *, k: int = DEFAULT_K, under_ratio: float = DEFAULT_UNDER_RATIO,
                  not_ratio: float = DEFAULT_NOT_RATIO, min_gap: float = DEFAULT_MIN_GAP, in_reach=None,
                  smoothed_potential=None, smoothed_reached=None, secondary: bool = True,
                  protection: disclosure.Protection | None = None,
                  coarse_rate: float | None = None) -> UnmetResult:
    """Everything of the module docstring for arrays of potential and reached (one value per zone). A NaN
    potential is unknown (class no_data, left out of the territory rate).

    `protection`: the result of :func:`protect` when the caller already has it (it smoothed the public
    values); `smoothed_reached` must then come from ``protection.public_values("zone")``. `coarse_rate`: the
    territory rate coarsened by the caller (:func:`disclosure.coarsen_rate`) when the protection withholds the
    margin it publishes: it is then used instead of the exact rate, and the classes are kept."""
    potential = np.asarray(potential, dtype=float)
    known = np.isfinite(potential)
    potential = np.nan_to_num(potential, nan=0.0)
    reached = np.nan_to_num(np.asarray(reached, dtype=float), nan=0.0)
    if potential.shape != reached.shape:
        raise ValueError("potential and reached must have the same length")
    if np.any(potential < 0):
        raise UnmetInputError("the potential is negative in some zones: check the weights")
    rate_r = territory_rate(potential, reached, known) if coarse_rate is None else float(coarse_rate)
    if reached.sum() <= 0:
        raise UnmetInputError("no employee lives in any zone")
    expected = np.where(known, rate_r * potential, np.nan)
    gap = expected - reached
    with np.errstate(divide="ignore", invalid="ignore"):
        rate = np.where(known & (potential > 0), 1000.0 * reached / potential, np.nan)
        ratio = np.where(known & (expected > 0), reached / expected, np.nan)

    ratio_s = None
    if smoothed_potential is not None and smoothed_reached is not None:
        sp = np.nan_to_num(np.asarray(smoothed_potential, dtype=float), nan=0.0)
        sr = np.nan_to_num(np.asarray(smoothed_reached, dtype=float), nan=0.0)
        rate_s = float(sr.sum() / sp.sum()) if sp.sum() > 0 else 0.0
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio_s = np.where((sp > 0) & (rate_s > 0), sr / (rate_s * sp), np.nan)
        classes = classify(sp, sr, rate_s, under_ratio, not_ratio, min_gap, in_reach, known)
        # a zone without potential of its own stays "no potential" whatever its neighbours hold
        classes = [NO_POTENTIAL if potential[i] <= 0 and c not in (OUTSIDE_REACH, NO_DATA) else c
                   for i, c in enumerate(classes)]
    else:
        classes = classify(potential, reached, rate_r, under_ratio, not_ratio, min_gap, in_reach, known)

    if protection is None:
        protection = protect(reached, k, known)
    flag = protection.flags("zone")
    hidden = flag > 0
    margin_hidden = "territory" in protection.reasons and bool(protection.hidden("territory")[0]) \
        and coarse_rate is None
    if protection.hidden("total")[0] or margin_hidden:
        # the territory rate (hence every expected value and class) would publish the total, or the sum over
        # the zones of known potential, and give hidden zones away
        expected = np.full(expected.shape, np.nan)
        gap = ratio = expected
        rate_r = float("nan")
        classes = [c if c in PUBLIC_CLASSES else None for c in classes]
    published = np.where(hidden, np.nan, reached)
    classes = [c if not h or c in PUBLIC_CLASSES else None for c, h in zip(classes, hidden.tolist())]
    return UnmetResult(
        potential=np.where(known, potential, np.nan),
        reached=published,
        secret=np.where(hidden, 1, 0).astype(np.int64),
        rate=np.where(hidden, np.nan, rate),
        expected=expected,
        gap=np.where(hidden, np.nan, gap),
        ratio=np.where(hidden, np.nan, ratio),
        ratio_smoothed=ratio_s,
        classes=classes,
        territory_rate=rate_r,
        total_reached=float(reached.sum()),
        total_potential=float(potential[known].sum()),
    )


# ---- specific publics: which employees count ------------------------------------------------------
#: The public each employee must belong to, and the ages it implies (inclusive bounds).
PUBLIC_AGES = {"youth": (16, 25), "senior": (50, 200)}
PUBLIC_WORDS = {
    "youth": ("jeune", "young", "youth", "16-25", "moins de 26", "-26"),
    "senior": ("senior", "50+", "50 ans", "plus de 50"),
    "rsa": ("rsa",),
    "qpv": ("qpv", "quartier prioritaire"),
}
_TRUE = {"1", "true", "yes", "oui", "o", "y", "x", "vrai", "t"}


def is_true(value) -> bool:
    """Spreadsheet-style booleans: 1, True, "oui", "yes", "x"…"""
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return not math.isnan(value) and value != 0
    return str(value).strip().lower() in _TRUE


def age_of(value, reference_year: int) -> float | None:
    """An age from an age (0-130), a birth year (1900-…) or an ISO date "1999-04-02" / "02/04/1999"."""
    if value is None:
        return None
    if hasattr(value, "year") and not isinstance(value, (int, float, str)):
        return float(reference_year - int(value.year))
    text = str(value).strip()
    if not text:
        return None
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        number = None
    if number is not None and not math.isnan(number):
        if 0 <= number <= 130:
            return number
        if 1900 <= number <= reference_year:
            return float(reference_year - int(number))
        return None
    for sep in ("-", "/", "."):
        parts = text.split("T")[0].split(" ")[0].split(sep)
        if len(parts) == 3 and all(p.isdigit() for p in parts):
            year = int(parts[0]) if len(parts[0]) == 4 else int(parts[2]) if len(parts[2]) == 4 else None
            if year is not None:
                return float(reference_year - year)
    return None


def belongs_to(public: str, age=None, flag=None, text=None) -> bool:
    """Whether one employee counts for `public`, from whichever of age / flag / category text is known.

    "all" keeps everyone; "youth" and "senior" use the age when known, else the text; "rsa" and "qpv"
    use the flag when known, else the text."""
    if public == "all":
        return True
    if public in PUBLIC_AGES and age is not None:
        low, high = PUBLIC_AGES[public]
        return low <= age <= high
    if public in ("rsa", "qpv") and flag is not None:
        return is_true(flag)
    if text is not None:
        lowered = str(text).lower()
        return any(word in lowered for word in PUBLIC_WORDS.get(public, ()))
    return False
