"""France Travail « Besoins en Main-d'Œuvre » (BMO): recruitment projects by employment basin and trade.

Reads the open-data workbook ``Base_open_data_BMO_<year>.xlsx`` (any recent year; the data sheet is
found by its header) or a CSV extract of it, and the commune → BMO basin table. Columns are found by
pattern, so a year whose basin columns are ``BE23``/``NOMBE23`` (or ``code_bassin``/``nom_bassin``)
loads as well as ``BE24``/``NOMBE24``.

Statistical secret: ``*`` in ``met`` (hiring projects), ``xmet`` (projects judged difficult) or ``smet``
(seasonal projects) means "not published". Such a cell stays **None** with a ``*_secret`` flag — never
zero. Totals are sums over the published cells only, with the number of secret cells beside them; the
difficulty share ``xmet / met`` (and the seasonal share ``smet / met``) is computed over the rows where
both cells are published, so a secret ``xmet`` does not drag the share down.

A basin that straddles départements has one row per département and trade: trade values are summed
over them; when some of the parts are secret the sum is kept but flagged ``*_partial`` (a lower bound)
and no share is computed for it.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from . import insee_codes, spreadsheet, tabular
from .siae_catalogue import TradeCatalogue, load_catalogue, normalize_fap

VALUES = ("met", "xmet", "smet")

#: canonical column -> patterns matched against normalised header names (lower case ASCII, "_" separators)
COLUMN_PATTERNS = {
    "year": [r"annee", r"year", r"millesime"],
    "trade_code": [r"code_metier_bmo", r"code_metier", r"code_fap(_\d+)?", r"metier_code", r"fap"],
    "trade_name": [r"nom_metier_bmo", r"nom_metier", r"lib(elle)?_metier(_bmo)?", r"intitule_metier", r"metier_bmo",
                   r"metier"],
    "family": [r"famille_met(ier)?", r"code_famille(_met(ier)?)?", r"fam_met"],
    "family_name": [r"lbl_fam_met", r"lib(elle)?_fam(ille)?(_met(ier)?)?", r"nom_famille"],
    "region": [r"reg", r"code_reg(ion)?", r"region"],
    "region_name": [r"nom_reg(ion)?", r"lib(elle)?_reg(ion)?"],
    "dep": [r"dept?", r"code_dep(t|artement)?", r"departement"],
    "dep_name": [r"nom_?dept?", r"nom_departement", r"lib(elle)?_dep(t|artement)?"],
    "basin": [r"be\d{2}", r"be\d{4}", r"be", r"code_bassin(_bmo|_emploi)?", r"code_be", r"bassin(_bmo|_emploi)?"],
    "basin_name": [r"nom_?be\d{2}", r"nom_?be\d{4}", r"nom_?be", r"nom_bassin(_bmo|_emploi)?",
                   r"lib(elle)?_bassin(_bmo|_emploi)?", r"lbl_be"],
    "met": [r"met", r"nb_met", r"projets?_recrutement"],
    "xmet": [r"xmet", r"nb_xmet", r"projets?_difficiles?"],
    "smet": [r"smet", r"nb_smet", r"projets?_saisonniers?"],
}
REQUIRED = ("trade_code", "basin", "met")

COMMUNE_PATTERNS = [r"code_commune(_insee)?", r"insee_com", r"code_insee", r"codgeo", r"depcom", r"com",
                    r"code_com"]
BASIN_PATTERNS = [r"code_bassin(_bmo|_emploi)?", r"be\d{2}", r"be\d{4}", r"bassin(_bmo|_emploi)?", r"code_be"]
BASIN_NAME_PATTERNS = [r"lib(elle)?_bassin(_bmo|_emploi)?", r"nom_bassin(_bmo|_emploi)?", r"nom_?be\d{2}",
                       r"nom_?be\d{4}"]


class BmoError(ValueError):
    """A BMO file that cannot be used. `code`: unreadable, no_data_sheet, missing_columns, empty."""

    def __init__(self, code: str, message: str, **details):
        super().__init__(message)
        self.code = code
        self.details = details


@dataclass
class BmoData:
    """BMO rows with canonical columns (see COLUMN_PATTERNS) plus ``*_secret`` flags."""

    frame: pd.DataFrame
    year: int | None
    columns: dict  # canonical -> original header
    sheet: str = ""
    invalid_values: int = 0  # cells neither a number, '*' nor empty (kept as None, not flagged secret)
    notes: list = field(default_factory=list)


def _norm(name) -> str:
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


def match_columns(header, patterns: dict = None) -> dict:
    """canonical -> original header name, each header used at most once, patterns tried in order."""
    patterns = COLUMN_PATTERNS if patterns is None else patterns
    normed = [(_norm(h), h) for h in header]
    found, used = {}, set()
    for canonical, pats in patterns.items():
        for pat in pats:
            rx = re.compile(rf"^{pat}$")
            hit = next((orig for n, orig in normed if orig not in used and rx.match(n)), None)
            if hit is not None:
                found[canonical] = hit
                used.add(hit)
                break
    return found


def _parse_counts(series: pd.Series) -> tuple:
    """(values as nullable Int64, secret mask, number of invalid cells)."""
    text = series.fillna("").astype(str).str.strip().str.replace("\u00a0", "", regex=False).str.replace(
        " ", "", regex=False)
    secret = text.eq("*")
    empty = text.eq("")
    numbers = pd.to_numeric(text.where(~secret & ~empty).str.replace(",", ".", regex=False), errors="coerce")
    invalid = int((numbers.isna() & ~secret & ~empty).sum())
    return numbers.round().astype("Int64"), secret.to_numpy(), invalid


def _basin_code(value) -> str:
    text = str(value if value is not None else "").strip()
    if re.fullmatch(r"\d+\.0+", text):
        text = text.split(".")[0]
    return text.lstrip("0") or text


def _read_rows(path, sheet=None) -> tuple:
    """(header, rows, sheet name) of a BMO xlsx/ods (data sheet found by its columns) or CSV file."""
    suffix = Path(path).suffix.lower()
    if suffix in (".xlsx", ".xlsm", ".ods"):
        try:
            names = spreadsheet.sheet_names(path)
        except spreadsheet.SpreadsheetError as exc:
            raise BmoError("unreadable", str(exc)) from exc
        candidates = [sheet] if sheet not in (None, "") else sorted(
            range(len(names)), key=lambda i: (0 if re.search(r"open.?data|bmo_\d{4}", names[i], re.I) else 1, i))
        for cand in candidates:
            head = spreadsheet.read_sheet(path, sheet=cand, max_rows=40)
            header, start = spreadsheet.find_header(head.rows, head.merged)
            if all(k in match_columns(header) for k in REQUIRED):
                full = spreadsheet.read_sheet(path, sheet=cand)
                return header, full.rows[start:], full.name
        raise BmoError("no_data_sheet", f"No sheet of {Path(path).name} has the BMO columns "
                       "(code métier, bassin, met).", sheets=names)
    try:
        table = tabular.read_csv_file(path)
    except tabular.TabularError as exc:
        raise BmoError("unreadable", str(exc)) from exc
    header = list(table.frame.columns)
    return header, table.frame.to_numpy().tolist(), ""


def read_bmo(path, sheet=None) -> BmoData:
    """Read a BMO open-data file (xlsx/ods workbook or CSV extract) into canonical columns:
    year, trade_code, trade_name, family, family_name, region, region_name, dep, dep_name, basin,
    basin_name, met, xmet, smet (nullable integers; None = secret or missing) and met_secret,
    xmet_secret, smet_secret (bool)."""
    header, rows, sheet_name = _read_rows(path, sheet)
    mapping = match_columns(header)
    missing = [k for k in REQUIRED if k not in mapping]
    if missing:
        raise BmoError("missing_columns", f"Columns not found: {', '.join(missing)}.", missing=missing,
                       header=header)
    width = len(header)
    rows = [r + [""] * (width - len(r)) if len(r) < width else r[:width]
            for r in rows if any(str(v).strip() for v in r)]
    if not rows:
        raise BmoError("empty", "The BMO file has no data row.")
    raw = pd.DataFrame(rows, columns=header, dtype=object)
    out = pd.DataFrame(index=raw.index)
    for canonical in COLUMN_PATTERNS:
        if canonical in VALUES:
            continue
        col = mapping.get(canonical)
        out[canonical] = raw[col].fillna("").astype(str).str.strip() if col else ""
    out["basin"] = out["basin"].map(_basin_code)
    out["trade_code"] = out["trade_code"].map(normalize_fap)
    out["dep"] = out["dep"].map(insee_codes.departement_code)
    invalid = 0
    for value in VALUES:
        col = mapping.get(value)
        if col is None:
            out[value] = pd.array([pd.NA] * len(out), dtype="Int64")
            out[f"{value}_secret"] = False
            continue
        numbers, secret, bad = _parse_counts(raw[col])
        out[value] = numbers
        out[f"{value}_secret"] = secret
        invalid += bad
    year = None
    years = pd.to_numeric(out["year"], errors="coerce").dropna()
    if len(years):
        year = int(years.mode().iloc[0])
    else:
        m = re.match(r"^be(\d{2})$", _norm(mapping["basin"]))
        if m:
            year = 2000 + int(m.group(1))
    notes = []
    if invalid:
        notes.append(f"{invalid} cells are neither numbers nor '*': kept as missing")
    return BmoData(frame=out, year=year, columns=mapping, sheet=sheet_name, invalid_values=invalid, notes=notes)


# ---- commune → basin -----------------------------------------------------------------------------
@dataclass
class BasinTable:
    commune_basin: dict  # commune code -> basin code
    basin_names: dict  # basin code -> name
    columns: dict = field(default_factory=dict)


def read_basin_table(path) -> BasinTable:
    """The commune → BMO basin table (CSV, or xlsx/ods). Columns found by pattern (code_commune_insee,
    code_bassin_BMO, lib_bassin_BMO in France Travail's table)."""
    suffix = Path(path).suffix.lower()
    if suffix in (".xlsx", ".xlsm", ".ods"):
        header, rows, _book = spreadsheet.read_table(path)
    else:
        try:
            table = tabular.read_csv_file(path)
        except tabular.TabularError as exc:
            raise BmoError("unreadable", str(exc)) from exc
        header, rows = list(table.frame.columns), table.frame.to_numpy().tolist()
    mapping = match_columns(header, {"commune": COMMUNE_PATTERNS, "basin": BASIN_PATTERNS,
                                     "basin_name": BASIN_NAME_PATTERNS})
    if "commune" not in mapping or "basin" not in mapping:
        raise BmoError("missing_columns", "The commune → basin table needs a commune code and a basin code column.",
                       header=header)
    ic, ib = header.index(mapping["commune"]), header.index(mapping["basin"])
    iname = header.index(mapping["basin_name"]) if "basin_name" in mapping else None
    communes, names = {}, {}
    for row in rows:
        if len(row) <= max(ic, ib):
            continue
        code = insee_codes.commune_code(row[ic])
        basin = _basin_code(row[ib])
        if not code or not basin:
            continue
        communes[code] = basin
        if iname is not None and iname < len(row) and str(row[iname]).strip():
            names.setdefault(basin, str(row[iname]).strip())
    return BasinTable(commune_basin=communes, basin_names=names, columns=mapping)


def basins_for_communes(communes, table: BasinTable) -> tuple:
    """({basin: [communes of the list in it]}, [communes not found]). Paris/Lyon/Marseille: a commune
    code absent from the table is looked up through its arrondissements, an arrondissement through its
    commune."""
    by_basin, unmatched = {}, []
    arr_children = {}
    for child, parent in insee_codes.ARRONDISSEMENTS.items():
        arr_children.setdefault(parent, []).append(child)
    for raw in communes:
        code = insee_codes.commune_code(raw)
        basins = []
        if code in table.commune_basin:
            basins = [table.commune_basin[code]]
        elif code in arr_children:
            basins = sorted({table.commune_basin[c] for c in arr_children[code] if c in table.commune_basin})
        elif insee_codes.arrondissement_parent(code) in table.commune_basin:
            basins = [table.commune_basin[insee_codes.arrondissement_parent(code)]]
        if not basins:
            unmatched.append(code or str(raw).strip())
        for b in basins:
            members = by_basin.setdefault(b, [])
            if code not in members:
                members.append(code)
    return by_basin, unmatched


# ---- aggregates ----------------------------------------------------------------------------------
def _share(num, den):
    return float(num) / float(den) if den and den > 0 else None


def basin_totals(data, basins=None) -> pd.DataFrame:
    """One row per basin: basin, basin_name, deps, n_rows, n_trades, met, xmet, smet (sums of the
    published cells), met_secret, xmet_secret, smet_secret (numbers of secret cells), difficulty
    (Σxmet/Σmet over rows where both are published), seasonal (same with smet), difficulty_base and
    seasonal_base (the Σmet those shares are computed on)."""
    frame = data.frame if isinstance(data, BmoData) else data
    if basins is not None:
        frame = frame[frame["basin"].isin([_basin_code(b) for b in basins])]
    rows = []
    for basin, group in frame.groupby("basin", sort=True):
        met = group["met"]
        row = {"basin": basin,
               "basin_name": next((n for n in group["basin_name"] if n), ""),
               "deps": ",".join(sorted({d for d in group["dep"] if d})),
               "n_rows": int(len(group)),
               "n_trades": int(group["trade_code"].nunique())}
        for value in VALUES:
            published = group[value].dropna()
            row[value] = int(published.sum()) if len(published) else None
            row[f"{value}_secret"] = int(group[f"{value}_secret"].sum())
        for share, value in (("difficulty", "xmet"), ("seasonal", "smet")):
            both = met.notna() & group[value].notna()
            base = int(met[both].sum())
            row[f"{share}_base"] = base
            row[share] = _share(int(group.loc[both, value].sum()), base)
        rows.append(row)
    columns = ["basin", "basin_name", "deps", "n_rows", "n_trades", "met", "xmet", "smet", "met_secret", "xmet_secret",
               "smet_secret", "difficulty", "seasonal", "difficulty_base", "seasonal_base"]
    return pd.DataFrame(rows, columns=columns)


def basin_trades(data, basins=None, catalogue: TradeCatalogue | None = None, siae_fap=None) -> pd.DataFrame:
    """One row per basin × trade: basin, basin_name, trade_code, trade_name, family, n_parts (département
    rows summed), met, xmet, smet (None when every part is secret), met_secret, … (True when the value is
    None because of the secret), met_partial, … (True when some parts are secret: the sum is a lower bound),
    difficulty (xmet/met when both are complete), seasonal, siae_trade (the FAP code is in the SIAE trades
    list), siae_trade_id (the catalogue trade). Sorted by basin, then SIAE trades first, then met descending."""
    frame = data.frame if isinstance(data, BmoData) else data
    if basins is not None:
        frame = frame[frame["basin"].isin([_basin_code(b) for b in basins])]
    if siae_fap is None:
        catalogue = catalogue or load_catalogue()
        siae_fap = catalogue.siae_fap()
    siae_fap = {normalize_fap(c) for c in siae_fap}
    rows = []
    for (basin, trade), group in frame.groupby(["basin", "trade_code"], sort=True):
        row = {"basin": basin,
               "basin_name": next((n for n in group["basin_name"] if n), ""),
               "trade_code": trade,
               "trade_name": next((n for n in group["trade_name"] if n), ""),
               "family": next((n for n in group["family"] if n), ""),
               "n_parts": int(len(group))}
        for value in VALUES:
            published = group[value].dropna()
            n_secret = int(group[f"{value}_secret"].sum())
            row[value] = int(published.sum()) if len(published) else None
            row[f"{value}_secret"] = row[value] is None and n_secret > 0
            row[f"{value}_partial"] = row[value] is not None and n_secret > 0
        for share, value in (("difficulty", "xmet"), ("seasonal", "smet")):
            complete = (row["met"] is not None and row[value] is not None and not row["met_partial"]
                        and not row[f"{value}_partial"])
            row[share] = _share(row[value], row["met"]) if complete else None
        row["siae_trade"] = trade in siae_fap
        row["siae_trade_id"] = catalogue.fap_trade(trade) if (catalogue and row["siae_trade"]) else ""
        rows.append(row)
    columns = ["basin", "basin_name", "trade_code", "trade_name", "family", "n_parts", "met", "xmet", "smet",
               "met_secret", "xmet_secret", "smet_secret", "met_partial", "xmet_partial", "smet_partial",
               "difficulty", "seasonal", "siae_trade", "siae_trade_id"]
    out = pd.DataFrame(rows, columns=columns)
    if len(out):
        order = np.lexsort((-out["met"].fillna(-1).astype(float).to_numpy(), ~out["siae_trade"].to_numpy(bool),
                            out["basin"].to_numpy()))
        out = out.iloc[order].reset_index(drop=True)
    for value in VALUES:
        out[value] = out[value].astype("Int64")
    return out


def trade_difficulty(trades: pd.DataFrame, basin: str, fap_codes) -> tuple:
    """(Σxmet / Σmet over the given FAP codes of one basin, Σmet used) on complete published rows;
    (None, 0) when none is published. Used to give an employer the difficulty of the trades it employs."""
    codes = {normalize_fap(c) for c in fap_codes}
    sel = trades[(trades["basin"] == _basin_code(basin)) & trades["trade_code"].isin(codes)
                 & trades["difficulty"].notna()]
    if sel.empty:
        return None, 0
    met = int(sel["met"].sum())
    return _share(int(sel["xmet"].sum()), met), met
