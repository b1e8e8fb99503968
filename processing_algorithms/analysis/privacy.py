"""Statistical-secrecy rules applied to the SIAE's personal data (employees, private clients).

Convention (in the spirit of INSEE's secret statistique, see DOMAIN.md): an aggregate of fewer than k
individuals (default 11) is not shown on a map. Pure Python/numpy: no QGIS import.
"""
from __future__ import annotations

import numpy as np

DEFAULT_K = 11


def is_secret(count, k: int = DEFAULT_K) -> bool:
    """True when a count of individuals is too small to be published (0 < count < k).

    Zero is publishable: "nobody here" discloses no one."""
    if count is None:
        return False
    return 0 < count < k


def secret_mask(counts, k: int = DEFAULT_K) -> np.ndarray:
    counts = np.asarray(counts, dtype=float)
    return (counts > 0) & (counts < k)


def suppress(values, counts, k: int = DEFAULT_K) -> list:
    """Copy of `values` with None where the matching count is secret."""
    mask = secret_mask(counts, k)
    return [None if m else v for v, m in zip(values, mask)]
