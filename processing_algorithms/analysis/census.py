"""INSEE census tables (RP, « bases infracommunales » and commune-level bases): read, normalise, derive.

Pure pandas. The year prefix of the columns changes with the vintage (``P17_``, ``P19_``, ``P21_``,
``C19_``…): :func:`strip_year_prefix` removes it so that every vintage gives the same generic names
(``P19_CHOM1564`` -> ``P_CHOM1564``, ``C19_ACT1564`` -> ``C_ACT1564``), the year going to
``census_year``. Derived indicators (percentages, NULL when the denominator is missing or zero):

========================  ===================================================================
``unemp_1564``            unemployment rate of the 15-64 = 100 × P_CHOM1564 / P_ACT1564
``unemp_1524``            unemployment rate of the 15-24 = 100 × P_CHOM1524 / P_ACT1524
``share_1524``            share of 15-24 year-olds in the population = 100 × P_POP1524 / P_POP
``share_1524_1564``       share of 15-24 among the 15-64 = 100 × P_POP1524 / P_POP1564
                          (base-ic-activite-residents has no P_POP)
``share_nodipl``          share without diploma (or at most the brevet) among people out of school
                          aged 15+ = 100 × P_NSCOL15P_DIPLMIN / P_NSCOL15P (older vintages:
                          P_NSCOL15P_DIPL0 + P_NSCOL15P_CEP + P_NSCOL15P_BEPC)
========================  ===================================================================
"""
from __future__ import annotations

import csv
import io
import re

import numpy as np
import pandas as pd

from . import fields, insee_codes

YEAR_PREFIX = re.compile(r"^([A-Z]{1,3})(\d{2})_(.+)$")
#: Code columns of INSEE tables, from the one alias table (:mod:`fields`), INSEE's own names first.
IRIS_COLUMNS = ("IRIS", "CODE_IRIS", "DCOMIRIS", "COD_IRIS") + tuple(
    a.upper() for a in fields.ALIASES["iris_code"] if a.upper() not in ("IRIS", "CODE_IRIS", "DCOMIRIS", "COD_IRIS",
                                                                         "CODE"))
COMMUNE_COLUMNS = ("COM", "CODGEO", "DEPCOM", "CODE_COMMUNE", "INSEE_COM", "CODE_INSEE", "CODECOM") + tuple(
    a.upper() for a in fields.ALIASES["commune_code"]
    if a.upper() not in ("COM", "CODGEO", "DEPCOM", "CODE_COMMUNE", "INSEE_COM", "CODE_INSEE", "CODECOM", "CODE",
                         "COG")) + ("CODE",)
TEXT_COLUMNS = {"IRIS", "REG", "DEP", "UU2010", "UU2020", "COM", "LIBCOM", "TRIRIS", "GRD_QUART", "LIBIRIS",
                "TYP_IRIS", "MODIF_IRIS", "LAB_IRIS", "CODGEO", "LIBGEO", "DEPCOM", "CODE_IRIS", "DCOMIRIS",
                "ARR", "CV", "ZE2010", "ZE2020", "EPCI", "BV2012", "BV2022"}
IRIS_ONLY_COLUMNS = {"IRIS", "LIBIRIS", "TYP_IRIS", "MODIF_IRIS", "LAB_IRIS", "TRIRIS", "GRD_QUART", "CODE_IRIS",
                     "DCOMIRIS"}
INDICATORS = (
    ("unemp_1564", "P_CHOM1564", "P_ACT1564"),
    ("unemp_1524", "P_CHOM1524", "P_ACT1524"),
    ("share_1524", "P_POP1524", "P_POP"),
    ("share_1524_1564", "P_POP1524", "P_POP1564"),
    ("share_nodipl", "P_NSCOL15P_DIPLMIN", "P_NSCOL15P"),
)
OLD_NODIPL = ("P_NSCOL15P_DIPL0", "P_NSCOL15P_CEP", "P_NSCOL15P_BEPC")


class CensusTableError(ValueError):
    """The table cannot be used (no code column, unreadable); the message says why."""


# ---- reading ------------------------------------------------------------------------------------
def decode(data: bytes) -> tuple:
    """(text, encoding): UTF-8 (with or without BOM) when it decodes, else Latin-1 (Windows-1252)."""
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1", errors="replace"), "latin-1"


def sniff_delimiter(lines) -> str:
    """The most frequent of ; , TAB | over the first lines (INSEE uses ;)."""
    best, count = ";", -1
    for sep in (";", ",", "\t", "|"):
        n = min((line.count(sep) for line in lines if line.strip()), default=0)
        if n > count:
            best, count = sep, n
    return best


def header_row(rows, max_scan: int = 20) -> int:
    """Index of the row naming the columns: INSEE xlsx files start with a few title lines."""
    wanted = IRIS_COLUMNS + COMMUNE_COLUMNS
    for i, row in enumerate(rows[:max_scan]):
        cells = [str(c).strip() for c in row if c is not None and str(c).strip()]
        if fields.detect_by_name(cells, wanted) is not None:
            return i
    return 0


def frame_from_rows(rows) -> pd.DataFrame:
    """DataFrame of text cells from a list of rows, the header row found by :func:`header_row`."""
    rows = [list(r) for r in rows]
    if not rows:
        raise CensusTableError("the table is empty")
    h = header_row(rows)
    header = [str(c).strip() if c is not None and str(c).strip() else f"col{i + 1}" for i, c in enumerate(rows[h])]
    width = len(header)
    body = [(r + [None] * width)[:width] for r in rows[h + 1:] if any(c not in (None, "") for c in r)]
    return pd.DataFrame(body, columns=header, dtype="object")


def read_delimited(data: bytes) -> tuple:
    """(DataFrame of text cells, encoding, delimiter) of a CSV/TXT census table."""
    text, encoding = decode(data)
    lines = text.splitlines()[:40]
    sep = sniff_delimiter(lines[1:] or lines)
    rows = list(csv.reader(io.StringIO(text), delimiter=sep))
    return frame_from_rows(rows), encoding, sep


# ---- columns --------------------------------------------------------------------------------------
def strip_year_prefix(columns) -> tuple:
    """(renamed columns, main year or None, other years).

    The most frequent 2-digit year among ``X99_`` prefixes is the table's year: its prefix is removed
    (``P19_POP`` -> ``P_POP``). Columns of other years (evolution tables) keep their prefix."""
    years = {}
    for c in columns:
        m = YEAR_PREFIX.match(str(c).strip().upper())
        if m:
            years[m.group(2)] = years.get(m.group(2), 0) + 1
    if not years:
        return [str(c).strip() for c in columns], None, []
    main = max(years, key=lambda y: (years[y], y))
    renamed = []
    for c in columns:
        name = str(c).strip()
        m = YEAR_PREFIX.match(name.upper())
        renamed.append(f"{m.group(1)}_{m.group(3)}" if m and m.group(2) == main else name)
    others = sorted(2000 + int(y) for y in years if y != main)
    return renamed, 2000 + int(main), others


def find_code_column(columns, level: str) -> str | None:
    """Code column of the table for level "iris" or "commune"."""
    return fields.detect_by_name(list(columns), IRIS_COLUMNS if level == "iris" else COMMUNE_COLUMNS)


def detect_level(columns) -> str | None:
    """"iris" when the table has an IRIS column, "commune" when it has a commune code column."""
    if find_code_column(columns, "iris"):
        return "iris"
    if find_code_column(columns, "commune"):
        return "commune"
    return None


def numeric_columns(df: pd.DataFrame) -> pd.DataFrame:
    """Convert the value columns to float (French decimal commas and thousands spaces accepted); code and
    label columns stay text.

    A column is numeric when at least 90 % of its non-empty cells parse as numbers."""
    out = df.copy()
    for col in df.columns:
        if str(col).strip().upper() in TEXT_COLUMNS:
            continue
        text = df[col].astype(str).str.strip().str.replace(r"[\s\u00a0\u202f]", "", regex=True)
        text = text.str.replace(",", ".", regex=False)
        values = pd.to_numeric(text.where(~text.isin({"", "None", "nan", "s", "nd", "NA"})), errors="coerce")
        filled = (~text.isin({"", "None", "nan"})).sum()
        if filled == 0 or values.notna().sum() >= 0.9 * filled:
            out[col] = values.astype(float)
    return out


def normalise_codes(values, level: str) -> list:
    """Canonical IRIS or commune codes (:mod:`insee_codes`); a value that is no such code (``99999``, a
    QPV code ``QP009001``, any zone id) is kept as its cleaned text, so that it still joins an identical
    code or is reported as unjoined — never silently dropped."""
    fn = insee_codes.iris_code if level == "iris" else insee_codes.commune_code
    return [fn(v) or insee_codes.code_text(v) for v in values]


# ---- joining ----------------------------------------------------------------------------------------
def match_codes(table_codes, zone_codes) -> dict:
    """table code -> zone code. Direct match first; an arrondissement municipal (75101…, 69381…,
    13201…) whose own code is not a zone goes to its commune (75056, 69123, 13055) when that is one.
    IRIS codes of arrondissements (751010101…) follow the same rule on their first 5 characters."""
    zones = set(zone_codes)
    out = {}
    for code in table_codes:
        if not code:
            continue
        if code in zones:
            out[code] = code
            continue
        parent = insee_codes.arrondissement_parent(code[:5])
        if parent and len(code) == 5 and parent in zones:
            out[code] = parent
    return out


def aggregate(df: pd.DataFrame, keys, how_text: str = "first") -> pd.DataFrame:
    """Sum the numeric columns of rows sharing a key (counts are additive); text columns keep the first."""
    df = df.reset_index(drop=True)
    df["_key"] = list(keys)
    df = df[df["_key"] != ""]
    numeric = [c for c in df.columns if c != "_key" and pd.api.types.is_float_dtype(df[c])]
    text = [c for c in df.columns if c != "_key" and c not in numeric]
    grouped = df.groupby("_key", sort=False)
    parts = []
    if numeric:
        parts.append(grouped[numeric].sum(min_count=1))
    if text:
        parts.append(grouped[text].agg(how_text))
    result = pd.concat(parts, axis=1) if parts else pd.DataFrame(index=grouped.size().index)
    result["n_rows"] = grouped.size()
    result.index.name = None
    return result[[c for c in df.columns if c != "_key"] + ["n_rows"]]


def ratio(num, den) -> np.ndarray:
    num = np.asarray(num, dtype=float)
    den = np.asarray(den, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = 100.0 * num / den
    out[~np.isfinite(out)] = np.nan
    out[(den <= 0) | np.isnan(den)] = np.nan
    return out


def derive_indicators(df: pd.DataFrame) -> list:
    """Add the documented indicators the table's columns allow; returns their names."""
    cols = {str(c).upper(): c for c in df.columns}
    added = []
    for name, num, den in INDICATORS:
        numerator = cols.get(num)
        if name == "share_nodipl" and numerator is None:
            old = [cols[c] for c in OLD_NODIPL if c in cols]
            if old and den in cols:
                df[name] = ratio(df[old].sum(axis=1, min_count=1), df[cols[den]])
                added.append(name)
            continue
        if numerator is not None and den in cols:
            df[name] = ratio(df[numerator], df[cols[den]])
            added.append(name)
    return added


def sanitize_field_name(name: str) -> str:
    """A field name GeoPackage/shapefile writers accept (ASCII letters, digits, underscore; case kept):
    :func:`fields.safe_field_name`."""
    return fields.safe_field_name(name, lower=False, default="col")
