"""INSEE Filosofi gridded data ("données carroyées"): one schema for every vintage (pure Python).

INSEE publishes the Filosofi grid (200 m and 1 km squares, EPSG:3035 in mainland France) for the
vintages 2015, 2017, 2019 and 2021 (the last one: the taxe d'habitation ended). The field names change
between vintages (``Idcar_200m``/``IdINSPIRE`` in 2015, capitalised ``Ind``/``Men_pauv`` in 2017,
lower case from 2019; ``groupe`` dropped in 2021; the imputed-cell flag is ``I_est_cr`` in 2015 and
``i_est_200``/``I_est_200`` later). This module maps any of them onto :data:`FILOSOFI_SCHEMA`, the 2019
lower-case names, which every Coodiag algorithm reads.

Cell ids follow INSPIRE: ``CRS3035RES200mN2058600E4221400`` = the square of 200 m whose south-west corner
is (x=4,221,400, y=2,058,600) in EPSG:3035 (overseas files use their own CRS code, e.g. ``CRS5490``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import fields, territory_crs

#: Value fields (doubles; INSEE imputes fractional values in cells under 11 households). Meaning, 2019:
FILOSOFI_VALUE_FIELDS = (
    ("ind", "persons (fiscal households' members)"),
    ("men", "households"),
    ("men_pauv", "poor households (standard of living < 60 % of the national median)"),
    ("men_1ind", "one-person households"),
    ("men_5ind", "households of 5 persons or more"),
    ("men_prop", "owner households"),
    ("men_fmp", "single-parent households"),
    ("ind_snv", "sum of the persons' winsorised standard of living (EUR); ind_snv / ind = mean"),
    ("men_surf", "sum of the dwellings' floor area (m2)"),
    ("men_coll", "households in flats"),
    ("men_mais", "households in houses"),
    ("log_av45", "dwellings built before 1945"),
    ("log_45_70", "dwellings built 1945-1969"),
    ("log_70_90", "dwellings built 1970-1989"),
    ("log_ap90", "dwellings built since 1990"),
    ("log_inc", "dwellings of unknown period"),
    ("log_soc", "social housing dwellings"),
    ("ind_0_3", "persons aged 0-3"),
    ("ind_4_5", "persons aged 4-5"),
    ("ind_6_10", "persons aged 6-10"),
    ("ind_11_17", "persons aged 11-17"),
    ("ind_18_24", "persons aged 18-24"),
    ("ind_25_39", "persons aged 25-39"),
    ("ind_40_54", "persons aged 40-54"),
    ("ind_55_64", "persons aged 55-64"),
    ("ind_65_79", "persons aged 65-79"),
    ("ind_80p", "persons aged 80 or more"),
    ("ind_inc", "persons of unknown age"),
)

#: The normalised schema written by ``coodiag:loadfilosofi`` (name, type, meaning), in output order.
#: Types: "string", "int", "double". Value fields are NULL when the vintage lacks them.
FILOSOFI_SCHEMA = (
    ("idcar", "string", "id of this cell, whatever its size (INSPIRE CRS3035RES200mN…E…)"),
    ("idcar_200m", "string", "id of the 200 m cell (NULL in a 1 km grid)"),
    ("idcar_1km", "string", "id of the 1 km cell containing the cell (derived from the id when absent)"),
    ("i_est_200", "int", ("1 = values imputed by INSEE (cell of fewer than 11 households), 0 = observed; "
                          "for a 1 km grid: the 1 km imputation flag")),
) + tuple((name, "double", meaning) for name, meaning in FILOSOFI_VALUE_FIELDS) + (
    ("vintage", "int", "Filosofi vintage (2015, 2017, 2019, 2021)"),
    ("cell_size", "int", "cell side in metres (200 or 1000)"),
)

FILOSOFI_FIELD_NAMES = tuple(name for name, _type, _meaning in FILOSOFI_SCHEMA)
VALUE_FIELD_NAMES = tuple(name for name, _meaning in FILOSOFI_VALUE_FIELDS)
KNOWN_VINTAGES = (2015, 2017, 2019, 2021)

#: Source field names accepted for each normalised field (compared case-insensitively), best first.
#: The cell-id, flag, ``ind`` and ``men`` entries are those of the one alias table (:mod:`fields`).
ALIASES = {
    "idcar_200m": fields.ALIASES["cell_id_200m"],
    "idcar_1km": fields.ALIASES["cell_id_1km"],
    "idcar_generic": fields.ALIASES["cell_id_generic"],
    "i_est_200": fields.ALIASES["imputed_200m"],
    "i_est_1km": fields.ALIASES["imputed_1km"],
}
for _name in VALUE_FIELD_NAMES:
    ALIASES[_name] = (_name,)
ALIASES["ind"] = fields.ALIASES["filosofi_ind"]
ALIASES["men"] = fields.ALIASES["filosofi_men"]

#: Fields a Filosofi file must have (one of the aliases each).
REQUIRED = ("cell id (idcar_200m, idcar_1km, IdINSPIRE or idcar)", "ind")

VINTAGE_COLUMNS = ("vintage", "annee", "millesime", "year", "an")

INSPIRE_RE = re.compile(r"^CRS(\d{4,5})RES(\d+)(m|km)N(-?\d+(?:\.\d+)?)E(-?\d+(?:\.\d+)?)$", re.IGNORECASE)
_INSPIRE_PATTERN = r"^CRS(\d{4,5})RES(\d+)(m|km)N(-?\d+(?:\.\d+)?)E(-?\d+(?:\.\d+)?)$"


class NotFilosofiError(ValueError):
    """The table lacks the fields of a Filosofi grid; ``missing`` lists them, ``available`` the fields."""

    def __init__(self, missing: list, available: list):
        super().__init__(f"missing Filosofi fields: {', '.join(missing)}")
        self.missing = missing
        self.available = available


@dataclass
class FieldMapping:
    """Which source field feeds which normalised field."""

    source: dict  # normalised name -> source field name
    cell_id: str  # source field holding the cell id of each row
    grid_1km: bool  # True when the file is a 1 km grid (no 200 m id)
    flag_source: str | None  # source field of the imputed flag
    vintage_column: str | None

    def missing_values(self) -> list:
        """Normalised value fields this file lacks (they will be NULL)."""
        return [n for n in VALUE_FIELD_NAMES if n not in self.source]


def _find(names_lower: dict, aliases) -> str | None:
    for alias in aliases:
        if alias in names_lower:
            return names_lower[alias]
    return None


def map_fields(field_names) -> FieldMapping:
    """Map the source fields of a Filosofi table onto the normalised schema (case-insensitive).

    Raises :class:`NotFilosofiError` naming what is missing when there is no cell id or no ``ind``."""
    names = list(field_names)
    lower = {}
    for name in names:
        lower.setdefault(str(name).strip().lower(), name)
    source = {}
    id200 = _find(lower, ALIASES["idcar_200m"])
    id1k = _find(lower, ALIASES["idcar_1km"])
    generic = _find(lower, ALIASES["idcar_generic"])
    if id200:
        source["idcar_200m"] = id200
    if id1k:
        source["idcar_1km"] = id1k
    cell_id = id200 or generic or id1k
    grid_1km = id200 is None and generic is None and id1k is not None
    flag = _find(lower, ALIASES["i_est_1km"]) if grid_1km else None
    flag = flag or _find(lower, ALIASES["i_est_200"])
    for name in VALUE_FIELD_NAMES:
        found = _find(lower, ALIASES[name])
        if found:
            source[name] = found
    missing = []
    if cell_id is None:
        missing.append(REQUIRED[0])
    if "ind" not in source:
        missing.append(REQUIRED[1])
    if missing:
        raise NotFilosofiError(missing, names)
    return FieldMapping(source, cell_id, grid_1km, flag, _find(lower, VINTAGE_COLUMNS))


# ---- vintages ----------------------------------------------------------------------------------
@dataclass
class VintageGuess:
    vintage: int | None
    evidence: list  # (signal, vintage) pairs, e.g. ("file name", 2019)
    conflicts: list  # human-readable descriptions of disagreeing signals

    @property
    def mixed(self) -> bool:
        return bool(self.conflicts)


def year_in_name(name: str) -> int | None:
    """A known vintage written in a file or layer name (``Filosofi2017_carreaux_200m`` -> 2017)."""
    found = [int(y) for y in re.findall(r"(?<!\d)(20\d\d)(?!\d)", name or "")]
    known = [y for y in found if y in KNOWN_VINTAGES]
    if known:
        return known[-1]
    short = re.findall(r"(?i)(?:filo|filosofi)[_-]?(\d\d)(?!\d)", name or "")
    for yy in short:
        if 2000 + int(yy) in KNOWN_VINTAGES:
            return 2000 + int(yy)
    return None


def vintage_from_fields(field_names) -> tuple:
    """(vintage or None, family) from the field names alone.

    Family: "capitalised" (2015/2017 files: ``Ind``, ``Men_pauv``) or "lower" (2019/2021). Rules:
    ``I_est_cr``/``IdINSPIRE``/``Id_carr1km`` -> 2015; capitalised ``I_est_200``/``Idcar_200m`` -> 2017;
    lower case with ``groupe`` -> 2019; lower case without ``groupe`` -> 2019 or 2021 (None)."""
    names = [str(n) for n in field_names]
    lower = {n.lower() for n in names}
    values = [n for n in names if n.lower() in VALUE_FIELD_NAMES]
    capitalised = sum(1 for n in values if n[:1].isupper())
    family = "capitalised" if values and capitalised * 2 > len(values) else "lower"
    if lower & {"i_est_cr", "idinspire", "id_carr1km", "id_carr_n"}:
        return 2015, family
    if family == "capitalised":
        return 2017, family
    if "groupe" in lower:
        return 2019, family
    return None, family


def guess_vintage(field_names, file_name: str = "", column_values=None) -> VintageGuess:
    """Combine three signals: a vintage column, a year in the file/layer name, the field names.

    The vintage is the first available of: the latest year of the vintage column, the year in the name,
    the year the field names point to (None when nothing tells). Disagreeing signals (a vintage column
    holding several years, a file named 2019 whose fields are capitalised like the 2017 file...) are
    listed in ``conflicts``: the caller warns about mixed vintages."""
    evidence = []
    conflicts = []
    if column_values is not None:
        years = sorted({int(v) for v in column_values if v is not None and not pd.isna(v)})
        if len(years) > 1:
            conflicts.append("the vintage column holds several years: " + ", ".join(map(str, years)))
        if years:
            evidence.append(("vintage column", years[-1]))
    named = year_in_name(file_name)
    if named:
        evidence.append(("file name", named))
    by_fields, family = vintage_from_fields(field_names)
    vintage = evidence[0][1] if evidence else by_fields
    for signal, year in evidence:
        if by_fields and by_fields != year:
            conflicts.append(
                f"the {signal} says {year} but the field names are those of the {by_fields} file ({family} case)"
            )
    if len(evidence) == 2 and evidence[0][1] != evidence[1][1]:
        conflicts.append(f"the vintage column says {evidence[0][1]} but the file name says {evidence[1][1]}")
    if by_fields:
        evidence.append(("field names", by_fields))
    return VintageGuess(vintage, evidence, conflicts)


# ---- cell ids ------------------------------------------------------------------------------------
def parse_inspire_id(cell_id: str):
    """``CRS3035RES200mN2058600E4221400`` -> (3035, 200, x_sw, y_sw); None when it is not an INSPIRE id.
    Any CRS (``CRS5490…`` Martinique, ``CRS2975…`` La Réunion): see :func:`territory_crs.parse_grid_id`."""
    parsed = territory_crs.parse_grid_id(cell_id)
    if parsed is not None:
        return parsed.crs, parsed.size, float(parsed.x), float(parsed.y)
    m = INSPIRE_RE.match(str(cell_id).strip()) if cell_id is not None else None
    if not m:
        return None
    crs, res, unit, north, east = m.groups()
    size = int(res) * (1000 if unit.lower() == "km" else 1)
    return int(crs), size, float(east), float(north)


def inspire_id(crs: int, size: int, x_sw: float, y_sw: float) -> str:
    """The INSPIRE id of a cell (inverse of :func:`parse_inspire_id`)."""
    return territory_crs.format_grid_id(int(crs), int(size), round(x_sw), round(y_sw))


def parse_inspire_ids(ids) -> pd.DataFrame:
    """Vectorised :func:`parse_inspire_id`: columns crs, size, x, y (NaN where the id does not parse)."""
    series = pd.Series(ids, dtype="object").astype(str).str.strip()
    parts = series.str.extract(_INSPIRE_PATTERN, flags=re.IGNORECASE)
    out = pd.DataFrame(index=series.index)
    out["crs"] = pd.to_numeric(parts[0], errors="coerce")
    factor = np.where(parts[2].str.lower() == "km", 1000.0, 1.0)
    out["size"] = pd.to_numeric(parts[1], errors="coerce") * factor
    out["y"] = pd.to_numeric(parts[3], errors="coerce")
    out["x"] = pd.to_numeric(parts[4], errors="coerce")
    return out


def parent_1km_ids(crs, x, y) -> np.ndarray:
    """Ids of the 1 km cells containing the SW corners (x, y) (arrays), e.g. for 200 m cells."""
    crs = np.asarray(crs, dtype=np.int64)
    xs = (np.floor(np.asarray(x, dtype=float) / 1000.0) * 1000).astype(np.int64)
    ys = (np.floor(np.asarray(y, dtype=float) / 1000.0) * 1000).astype(np.int64)
    return np.array([f"CRS{c}RES1000mN{b}E{a}" for c, a, b in zip(crs, xs, ys)], dtype=object)


def flag_values(values) -> np.ndarray:
    """Imputed flags as 0/1 ints (accepts 0/1, "0"/"1", booleans, "true"/"oui"); NaN stays -1."""
    series = pd.Series(values, dtype="object")
    text = series.astype(str).str.strip().str.lower()
    ones = text.isin({"1", "1.0", "true", "t", "yes", "oui", "y", "o"})
    nulls = series.isna() | text.isin({"", "nan", "none", "null"})
    out = np.where(ones, 1, 0)
    return np.where(nulls, -1, out).astype(np.int64)


def to_float(values) -> np.ndarray:
    """Numbers from a column that may hold French decimals ("3,5") or blanks (-> NaN)."""
    series = pd.Series(values, dtype="object")
    if series.map(lambda v: isinstance(v, str)).any():
        series = series.astype(str).str.strip().str.replace(",", ".", regex=False)
    return pd.to_numeric(series, errors="coerce").to_numpy(dtype=float)


def source_label(vintages, cell_sizes=()) -> str:
    """The source line maps print after "Sources : ", e.g. "Insee, Filosofi 2019"."""
    years = sorted({int(v) for v in vintages if v})
    text = "Insee, Filosofi " + (", ".join(map(str, years)) if years else "(vintage unknown)")
    return text


def summary(ind, men, men_pauv, imputed) -> dict:
    """Totals of a set of cells: n cells, imputed cells, persons, households, poor households share (%)."""
    ind = np.asarray(ind, dtype=float)
    men = np.asarray(men, dtype=float)
    pauv = np.asarray(men_pauv, dtype=float)
    imputed = np.asarray(imputed)
    tot_men = float(np.nansum(men)) if men.size else 0.0
    tot_pauv = float(np.nansum(pauv)) if pauv.size else 0.0
    return {
        "cells": int(ind.size),
        "imputed_cells": int(np.sum(imputed == 1)),
        "ind": float(np.nansum(ind)),
        "men": tot_men,
        "men_pauv": tot_pauv,
        "poor_share": (100.0 * tot_pauv / tot_men) if tot_men > 0 else None,
    }
