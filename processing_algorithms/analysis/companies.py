"""Company prospects for an SIAE: who could buy its services, who struggles to recruit (pure: pandas).

Input: the establishments of the territory (:func:`sirene.read_establishments`' frame), the SIAE's
imported clients, the BMO basin × trade table (:func:`bmo.basin_trades`) with the commune → basin table,
and travel times from the antennas (computed on the network by the QGIS side, passed in as an array in
the order of the establishments).

**Selection** (``mode``):

- ``served``: establishments whose NAF code is one of the activities the SIAE's trades serve (the
  catalogue's NAF list per trade: a cleaning SIAE serves cleaning firms, hotels, care homes, property
  managers…);
- ``tense``: employers (size band ≥ 1 employee, or ``caractereEmployeur = O``) whose NAF code maps to FAP
  trades (the catalogue's approximate NAF → FAP map) with a difficulty share ≥ ``min_difficulty`` in their
  basin — where the SIAE's employees could be placed or hired after their path;
- ``both``: either.

**Not already clients.** An establishment is a client when its SIRET is a client's SIRET; else when its
normalised name *and* normalised address (house number + street words without the street type + commune
or postcode) equal a client's. Matched clients are removed and returned apart (``client_match`` =
``siret`` or ``name_address``); a same-name establishment in the client's commune stays but is flagged
``possible_client``; a client's SIREN (9 digits) flags its other establishments ``same_company_as_client``.

**Ranking.** ``score`` = weighted mean of three components in [0, 1] — size (log scale of the band's
lower bound, 250+ employees = 1), proximity (1 − minutes / max_minutes), the basin's difficulty share for
the trades the establishment employs — over the components available for the run (a component missing
for one establishment counts 0). Default weights 0.4 / 0.3 / 0.3 (a Coodiag convention; parameters).
``rank`` 1 = best; ties broken by SIRET.

Persons: the establishments' names come from :mod:`sirene`, which already withholds individual
entrepreneurs' names unless asked; the aggregates by commune and size class carry no name at all.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import insee_codes
from .address import normalize_text, split_number_street, street_core_key
from .bmo import trade_difficulty
from .siae_catalogue import TradeCatalogue, load_catalogue, normalize_naf
from .sirene import size_class

DEFAULT_WEIGHTS = {"size": 0.4, "time": 0.3, "difficulty": 0.3}
LEGAL_FORMS = {"sarl", "sas", "sasu", "eurl", "sa", "sci", "snc", "scop", "scic", "ei", "eirl", "selarl", "sc",
               "gie", "association", "assoc", "asso", "ste", "societe", "ets", "etablissements", "cie", "et", "the",
               "le", "la", "les", "l", "de", "du", "des", "d"}


@dataclass
class ProspectResult:
    prospects: pd.DataFrame
    clients_found: pd.DataFrame
    counts: dict = field(default_factory=dict)


def name_key(value) -> str:
    """Comparison key of a company name: lower-case ASCII words without legal forms and articles:
    'SARL Net Azur' → 'azur net', 'Association « Le Relais »' → 'relais'."""
    words = [w for w in normalize_text(value).split() if w not in LEGAL_FORMS]
    return " ".join(sorted(words))


def address_key(address) -> str:
    """'12 cours Napoléon, 20000 Ajaccio' → '12|napoleon' (house number and street words without the
    street type); '' when the street is missing. The commune is compared apart (code or postcode)."""
    first = re.split(r"\b\d{5}\b", str(address or "").split(",")[0])[0]
    number, _rep, rest = split_number_street(first)
    core = street_core_key(rest)
    return f"{number or ''}|{core}" if core else ""


def _postcode_of(address, postcode="") -> str:
    if postcode:
        digits = re.sub(r"\D", "", str(postcode))
        return digits.zfill(5) if 4 <= len(digits) <= 5 else ""
    m = re.search(r"\b(\d{5})\b", str(address or ""))
    return m.group(1) if m else ""


def _client_keys(clients: pd.DataFrame, columns: dict) -> tuple:
    def col(key):
        name = columns.get(key)
        if name and name in clients:
            return clients[name].fillna("").astype(str)
        return pd.Series("", index=clients.index)

    sirets = col("siret").map(lambda v: re.sub(r"\D", "", v))
    siret_set = {s for s in sirets if len(s) == 14}
    siren_set = {s[:9] for s in sirets if len(s) in (9, 14)}
    names = col("name").map(name_key)
    communes = col("commune").map(lambda v: insee_codes.commune_code(v) if v else "")
    postcodes = [_postcode_of(a, p) for a, p in zip(col("address"), col("postcode"))]
    pairs, name_places = {}, set()
    for n, a, c, p in zip(names, col("address").map(address_key), communes, postcodes):
        if n and a:
            pairs.setdefault((n, a), []).append((c, p))
        if n:
            name_places.update({(n, c)} if c else set())
            name_places.update({(n, p)} if p else set())
    return siret_set, siren_set, pairs, name_places


def _same_place(places, commune: str, postcode: str) -> bool:
    for c, p in places:
        if (not c and not p) or (c and c == commune) or (p and p == postcode):
            return True
    return False


def _size_score(size_min) -> float:
    if size_min is None or (isinstance(size_min, float) and math.isnan(size_min)) or pd.isna(size_min):
        return 0.0
    return min(1.0, math.log1p(float(size_min)) / math.log1p(250.0))


def prospects(establishments: pd.DataFrame, *, clients: pd.DataFrame | None = None, client_columns=None,
              trades=None, mode: str = "served", catalogue: TradeCatalogue | None = None,
              basin_trades: pd.DataFrame | None = None, commune_basin=None, basins=None,
              min_difficulty: float = 0.5, travel_minutes=None, max_minutes: float | None = None,
              weights=None) -> ProspectResult:
    """Rank potential client companies (module doc).

    ``clients``: the SIAE's clients; ``client_columns`` maps ``siret``, ``name``, ``address``, ``commune``
    (INSEE code), ``postcode`` to its column names (defaults: those names). ``trades``: catalogue trade
    ids the SIAE works in (all by default). ``basin_trades`` + ``commune_basin`` ({commune: basin}) give
    the difficulty component (``basins``: one basin code per establishment instead, e.g. from a spatial
    join). ``travel_minutes``: one value per establishment (NaN = unreachable); with ``max_minutes`` the
    establishments beyond it (or unreachable) are left out. The output keeps ``source_index``, the
    establishment's position in the input."""
    if mode not in ("served", "tense", "both"):
        raise ValueError("mode must be 'served', 'tense' or 'both'")
    catalogue = catalogue if catalogue is not None else load_catalogue()
    weights = dict(DEFAULT_WEIGHTS if weights is None else weights)
    frame = establishments.reset_index(drop=True).copy()
    frame["source_index"] = np.arange(len(frame))
    counts = {"establishments": int(len(frame))}
    if travel_minutes is not None:
        minutes = pd.to_numeric(pd.Series(np.asarray(travel_minutes, dtype=float)), errors="coerce")
        if len(minutes) != len(frame):
            raise ValueError(f"travel_minutes has {len(minutes)} values for {len(frame)} establishments")
        frame["minutes"] = minutes.to_numpy()
    else:
        frame["minutes"] = np.nan
    naf = frame["naf"].map(normalize_naf) if "naf" in frame else pd.Series("", index=frame.index)
    served_codes = catalogue.naf_codes(trades)
    frame["served"] = naf.map(lambda c: bool(c) and any(c.startswith(k) for k in served_codes))
    trade_of_naf = {}
    for t in catalogue.trades:
        if trades and t["id"] not in set(trades):
            continue
        for code in t["naf"]:
            trade_of_naf.setdefault(normalize_naf(code), []).append(t["id"])
    frame["trade_ids"] = naf.map(lambda c: ",".join(trade_of_naf.get(c, [])))
    frame["fap_codes"] = naf.map(lambda c: ",".join(catalogue.fap_for_naf(c)))

    # difficulty of the trades employed, in the establishment's basin
    if basins is not None:
        if len(basins) != len(frame):
            raise ValueError(f"basins has {len(basins)} values for {len(frame)} establishments")
        frame["basin"] = ["" if b is None else str(b) for b in basins]
    else:
        by_commune = {insee_codes.commune_code(k): str(v) for k, v in (commune_basin or {}).items()}
        frame["basin"] = frame["commune"].map(lambda c: by_commune.get(c, "")) if "commune" in frame else ""
    diff, base = [], []
    cache = {}
    for b, faps in zip(frame["basin"], frame["fap_codes"]):
        key = (b, faps)
        if key not in cache:
            cache[key] = trade_difficulty(basin_trades, b, faps.split(",")) if (
                basin_trades is not None and b and faps) else (None, 0)
        diff.append(cache[key][0])
        base.append(cache[key][1])
    frame["difficulty"] = pd.Series(diff, dtype=float)
    frame["difficulty_base"] = base
    size_min = frame["size_min"] if "size_min" in frame else pd.Series(np.nan, index=frame.index)
    employer = (pd.to_numeric(size_min, errors="coerce").fillna(0) >= 1) | (
        frame["employer"].eq("O") if "employer" in frame else False)
    frame["tense"] = employer & frame["difficulty"].ge(min_difficulty)
    if mode == "served":
        keep = frame["served"]
    elif mode == "tense":
        keep = frame["tense"]
    else:
        keep = frame["served"] | frame["tense"]
    counts["selected"] = int(keep.sum())
    frame = frame[keep]
    if max_minutes is not None and travel_minutes is not None:
        near = frame["minutes"].le(max_minutes)
        counts["beyond_max_minutes"] = int((~near).sum())
        frame = frame[near]

    # clients
    cols = {k: k for k in ("siret", "name", "address", "commune", "postcode")}
    cols.update(client_columns or {})
    frame["client_match"] = ""
    frame["possible_client"] = False
    frame["same_company_as_client"] = False
    if clients is not None and len(clients):
        siret_set, siren_set, pairs, name_places = _client_keys(clients, cols)
        blank = pd.Series("", index=frame.index)
        names = frame.get("name", blank).map(name_key)
        signs = frame.get("sign", blank).map(name_key)
        addrs = frame.get("address", blank).map(address_key)
        where = frame.get("commune", blank).fillna("")
        pcs = [_postcode_of(a, p) for a, p in zip(frame.get("address", blank), frame.get("postcode", blank))]
        by_siret = frame["siret"].isin(siret_set)
        by_pair = pd.Series([bool(a) and any(_same_place(pairs.get((n, a), []), c, p) for n in (nm, sg) if n)
                             for nm, sg, a, c, p in zip(names, signs, addrs, where, pcs)], index=frame.index)
        frame.loc[by_siret, "client_match"] = "siret"
        frame.loc[~by_siret & by_pair, "client_match"] = "name_address"
        frame["possible_client"] = [any(n and ((n, c) in name_places or (n, p) in name_places) for n in (nm, sg))
                                    for nm, sg, c, p in zip(names, signs, where, pcs)]
        frame["same_company_as_client"] = frame["siren"].isin(siren_set) & frame["client_match"].eq("")
    found = frame[frame["client_match"] != ""].reset_index(drop=True)
    frame = frame[frame["client_match"] == ""].copy()
    counts["clients_found"] = int(len(found))

    # score
    comps = {"size": frame["size_min"].map(_size_score) if "size_min" in frame else None,
             "time": None, "difficulty": None}
    if travel_minutes is not None:
        if max_minutes:
            span = float(max_minutes)
        else:
            span = float(np.nanmax(frame["minutes"])) if frame["minutes"].notna().any() else 0.0
        comps["time"] = (1.0 - frame["minutes"] / span).clip(0, 1).fillna(0.0) if span > 0 else None
    if basin_trades is not None and frame["difficulty"].notna().any():
        comps["difficulty"] = frame["difficulty"].fillna(0.0).clip(0, 1)
    used = {k: w for k, w in weights.items() if comps.get(k) is not None and w > 0}
    total = sum(used.values())
    score = pd.Series(0.0, index=frame.index)
    for k, w in used.items():
        score += w * comps[k].astype(float)
        frame[f"score_{k}"] = comps[k].astype(float)
    frame["score"] = score / total if total else 0.0
    frame["size_class"] = frame["size_band"].map(size_class) if "size_band" in frame else ""
    frame = frame.sort_values(["score", "siret"], ascending=[False, True]).reset_index(drop=True)
    frame["rank"] = np.arange(1, len(frame) + 1)
    frame["reason"] = np.where(frame["served"] & frame["tense"], "both",
                               np.where(frame["served"], "served", "tense"))
    counts.update(prospects=int(len(frame)), weights_used=used)
    return ProspectResult(frame, found, counts)


def aggregate(prospect_frame: pd.DataFrame, by_size: bool = True) -> pd.DataFrame:
    """Counts of prospects per commune (and size class) for the atlas: commune, size_class, n, n_served,
    n_tense, mean_minutes, best_rank. No names."""
    keys = ["commune", "size_class"] if by_size else ["commune"]
    cols = keys + ["n", "n_served", "n_tense", "mean_minutes", "best_rank"]
    if prospect_frame.empty:
        return pd.DataFrame(columns=cols)
    g = prospect_frame.groupby(keys, sort=True)
    out = g.agg(n=("siret", "size"), n_served=("served", "sum"), n_tense=("tense", "sum"),
                mean_minutes=("minutes", "mean"), best_rank=("rank", "min")).reset_index()
    return out.astype({"n": int, "n_served": int, "n_tense": int, "best_rank": int})[cols]
