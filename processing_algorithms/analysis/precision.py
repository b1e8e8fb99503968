"""Which placed points are precise enough for a map of a given scale.

Every point placed by the import (coodiag:importtable) carries its precision in ``geo_type``, the BAN's
vocabulary: ``housenumber`` (the address itself), ``street`` (a point of the street), ``locality`` (a lieu-dit,
a hamlet), ``municipality`` (the centre of the commune: the address was not found, or the file gave only a
commune), ``coordinates`` (coordinates given in the file — GPS or a previous geocoding: precise).

**Rule** (:func:`allowed_levels`): an output of scale *s* metres (its cell size; a smoothing takes the cell
of its grid, since it is computed from that grid) uses the points whose placement error is small against *s*:

- ``s < 1000`` m (200 m and 500 m cells, Gi* on them, smoothing of 200 m cells): house number, street and
  coordinates. A street point can be a few hundred metres off on a long street — still within one or two
  200 m cells; a lieu-dit point is not (hamlets spread over a kilometre);
- ``s ≥ 1000`` m (1 km cells): the lieu-dit too;
- never the commune centre: a client placed at the centroid of its commune is not in that cell; piling the
  commune's imprecise points on its centre draws a density disc and a "hot spot" that are artefacts.

Points left out of a fine output are still counted in every zone output (communes, IRIS): the commune centre
lies in its commune. The outputs report how many were left to the zone level (``left_to_zones``) and the
share placed precisely enough (``precise_share``). A layer without ``geo_type`` (points from another source)
is taken as precise, and the output says the precision is unknown (``precise_share`` = None).

Pure Python/numpy (no QGIS).
"""
from __future__ import annotations

from typing import Optional, Sequence

import numpy as np

FIELD = "geo_type"
LEVELS = ("housenumber", "street", "locality", "municipality", "coordinates")
PRECISE = ("housenumber", "street", "coordinates")
FINE_LIMIT = 1000.0  # metres: from this scale on, a lieu-dit placement is good enough


def allowed_levels(scale_m: float) -> tuple:
    """The geo_type values an output of `scale_m` metres uses (see the module docstring)."""
    return PRECISE + ("locality",) if float(scale_m) >= FINE_LIMIT else PRECISE


def mask(types: Optional[Sequence], scale_m: float, n: Optional[int] = None) -> np.ndarray:
    """True for the points precise enough for `scale_m`; every point when `types` is None (no geo_type field).
    Unknown or empty values are not precise."""
    if types is None:
        return np.ones(int(n or 0), dtype=bool)
    allowed = set(allowed_levels(scale_m))
    return np.array([str(t).strip().lower() in allowed if t is not None else False for t in types], dtype=bool)


def summary(types: Optional[Sequence], keep: np.ndarray, scale_m: float) -> dict:
    """Metadata of an output using the points `keep` of the layer: precise_share (None when the layer has no
    precision), left_to_zones, precision_levels, precision_scale."""
    keep = np.asarray(keep, dtype=bool)
    n = int(keep.size)
    return {
        "precise_share": (round(float(keep.mean()), 4) if n else None) if types is not None else None,
        "left_to_zones": int(n - keep.sum()),
        "precision_levels": list(allowed_levels(scale_m)),
        "precision_scale": float(scale_m),
        "precision_known": types is not None,
    }
