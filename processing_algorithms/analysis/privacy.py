"""Superseded by :mod:`disclosure` (one disclosure-control module for every aggregate); kept as a thin
alias of its primary rule for old callers. New code: ``from .disclosure import …``.

Primary rule only: an aggregate of 1 to k−1 individuals is not shown; zero is publishable. On its own
this rule does NOT protect a table whose totals, shares or rates are published — use
:func:`disclosure.protect`.
"""
from __future__ import annotations

from .disclosure import DEFAULT_K, is_secret, secret_mask, suppress

__all__ = ["DEFAULT_K", "is_secret", "secret_mask", "suppress"]
