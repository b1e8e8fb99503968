"""Potential IAE beneficiaries as a transparent weighted sum of indicator counts (pure Python/numpy).

    potential(cell) = Σ_i  w_i × count_i(cell)

Each ``count_i`` is a count of households or persons in the cell: a Filosofi 2019 field (``men_pauv``,
``men_fmp``, ``ind_18_24``…), or one of the derived keys below, spread down to the cells beforehand by
:mod:`interpolation` when it comes from a coarser source:

- ``unemployed``: unemployed 15-64 from a census layer (IRIS or commune; field chosen by the user);
- ``table``: RSA households or registered job seekers from a table by commune (join by INSEE code);
- ``qpv``: persons (``ind``) of the cells whose centroid lies in a QPV.

The result is an index in "persons or households", not a head count: indicators overlap (a poor
single-parent household counts twice with the default weights). Its virtue is that it is explicit:
the weights are parameters and are written in the output's metadata.

Specific publics switch the indicators (:func:`preset_weights`). Age shares assume ages spread evenly
inside a Filosofi age band:

- ``youth`` (16-25): ``ind_18_24`` + 2/7 of ``ind_11_17`` (ages 16 and 17) + 1/15 of ``ind_25_39`` (age 25);
- ``rsa``: the commune table when given (RSA households), otherwise ``men_pauv`` (poor households);
- ``senior`` (50+ of working age): ``ind_55_64`` + 1/3 of ``ind_40_54`` (ages 50-54);
- ``qpv``: the general indicators, kept only in the cells whose centroid is in a QPV.
"""
from __future__ import annotations

import re

import numpy as np

from . import insee_codes

PUBLICS = ("all", "youth", "rsa", "senior", "qpv")

DERIVED_KEYS = ("unemployed", "table", "qpv")

# Shares of a Filosofi age band, ages assumed evenly spread inside the band.
SHARE_16_17_OF_11_17 = 2.0 / 7.0
SHARE_25_OF_25_39 = 1.0 / 15.0
SHARE_50_54_OF_40_54 = 5.0 / 15.0

FILOSOFI_COUNT_FIELDS = (
    "ind", "men", "men_pauv", "men_1ind", "men_5ind", "men_prop", "men_fmp",
    "ind_0_3", "ind_4_5", "ind_6_10", "ind_11_17", "ind_18_24", "ind_25_39", "ind_40_54",
    "ind_55_64", "ind_65_79", "ind_80p", "ind_inc", "log_soc", "men_coll", "men_mais",
)

DEFAULT_GENERAL = {"men_pauv": 1.0, "men_fmp": 0.5, "unemployed": 1.0, "table": 1.0}


class WeightsError(ValueError):
    """A weights text that cannot be read; the message says which part and why."""


def preset_weights(public: str, has_unemployed: bool = False, has_table: bool = False) -> dict:
    """Default weights {indicator: weight} of a public; derived keys only when their source is given."""
    if public not in PUBLICS:
        raise WeightsError(f"unknown public {public!r}; expected one of {', '.join(PUBLICS)}")
    if public == "youth":
        weights = {"ind_18_24": 1.0, "ind_11_17": SHARE_16_17_OF_11_17, "ind_25_39": SHARE_25_OF_25_39}
    elif public == "senior":
        weights = {"ind_55_64": 1.0, "ind_40_54": SHARE_50_54_OF_40_54}
    elif public == "rsa":
        weights = {"table": 1.0} if has_table else {"men_pauv": 1.0}
    else:  # "all" and "qpv" (qpv = the same indicators, masked to the QPV cells)
        weights = dict(DEFAULT_GENERAL)
    if not has_unemployed:
        weights.pop("unemployed", None)
    if not has_table:
        weights.pop("table", None)
    return weights


def parse_weights(text: str) -> dict:
    """Read "men_pauv=1; men_fmp=0,5" (separators ; or new lines, decimal point or comma; keys
    case-insensitive)."""
    weights: dict = {}
    if text is None:
        return weights
    for part in re.split(r"[;\n]+", str(text)):
        part = part.strip()
        if not part:
            continue
        if "=" not in part and ":" not in part:
            raise WeightsError(f"“{part}” is not of the form indicator=weight")
        key, _sep, value = re.split(r"([=:])", part, maxsplit=1)
        key = key.strip().lower()
        if not re.fullmatch(r"[a-z_][a-z0-9_]*", key):
            raise WeightsError(f"“{key}” is not a valid indicator name")
        try:
            weight = float(value.strip().replace(",", "."))
        except ValueError as exc:
            raise WeightsError(f"the weight of “{key}” is not a number: “{value.strip()}”") from exc
        if not np.isfinite(weight):
            raise WeightsError(f"the weight of “{key}” is not finite")
        weights[key] = weight
    return weights


def format_weights(weights: dict) -> str:
    """The weights as text readable back by :func:`parse_weights` (stable order, short floats)."""
    return "; ".join(f"{key}={_short(value)}" for key, value in weights.items())


def formula(weights: dict) -> str:
    """Human-readable formula, e.g. "potential = 1 × men_pauv + 0.5 × men_fmp"."""
    if not weights:
        return "potential = 0"
    return "potential = " + " + ".join(f"{_short(w)} × {key}" for key, w in weights.items())


def _short(value: float) -> str:
    return f"{value:.4g}"


def weighted_sum(columns: dict, weights: dict, mask=None) -> np.ndarray:
    """Σ w_i × columns[i] (NaN/None counted as 0); cells where `mask` is False get 0.

    Raises KeyError naming the indicators missing from `columns`."""
    missing = [key for key in weights if key not in columns]
    if missing:
        raise KeyError(", ".join(missing))
    n = len(next(iter(columns.values()))) if columns else 0
    total = np.zeros(n, dtype=float)
    for key, weight in weights.items():
        values = np.asarray(columns[key], dtype=float)
        total += weight * np.nan_to_num(values, nan=0.0)
    if mask is not None:
        total = np.where(np.asarray(mask, dtype=bool), total, 0.0)
    return total


def normalise_insee_code(value) -> str | None:
    """Canonical 5-character INSEE commune code (or a 9-character IRIS code), or None when empty:
    :mod:`insee_codes`, the one normaliser (lost leading zeros, floats, ``2a4`` → ``2A004``, lists from
    open-data portals). Anything else is returned stripped and upper case so that it is reported as
    unmatched rather than silently changed."""
    text = insee_codes.code_text(value)
    if not text:
        return None
    if len(text) in (8, 9):
        return insee_codes.iris_code(text) or text
    return insee_codes.commune_code(text) or text


def join_by_code(zone_codes, table_codes, table_values):
    """Sum table values per zone by normalised INSEE code.

    Returns (per_zone array, unmatched list of (raw code, value, reason))."""
    index = {}
    for i, code in enumerate(zone_codes):
        norm = normalise_insee_code(code)
        if norm is not None:
            index.setdefault(norm, i)
    per_zone = np.zeros(len(zone_codes), dtype=float)
    unmatched = []
    for raw, value in zip(table_codes, table_values):
        norm = normalise_insee_code(raw)
        number = _as_float(value)
        if norm is None:
            unmatched.append((raw, number, "empty code"))
        elif number is None:
            unmatched.append((raw, None, "value not a number"))
        elif norm not in index:
            unmatched.append((raw, number, "no zone with this code"))
        else:
            per_zone[index[norm]] += number
    return per_zone, unmatched


def matched_zones(zone_codes, table_codes, table_values=None) -> np.ndarray:
    """True for the zones that some row of the table joins (normalised INSEE codes, a usable value): the
    zones without a row have no data from the table (coverage "missing"), not a count of 0."""
    index = {}
    for i, code in enumerate(zone_codes):
        norm = normalise_insee_code(code)
        if norm is not None:
            index.setdefault(norm, i)
    out = np.zeros(len(zone_codes), dtype=bool)
    values = table_values if table_values is not None else [0] * len(table_codes)
    for raw, value in zip(table_codes, values):
        norm = normalise_insee_code(raw)
        if norm in index and _as_float(value) is not None:
            out[index[norm]] = True
    return out


def _as_float(value):
    if value is None:
        return None
    try:
        number = float(str(value).strip().replace(",", ".")) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        return None
    return number if np.isfinite(number) else None
