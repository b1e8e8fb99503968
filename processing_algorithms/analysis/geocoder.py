"""Offline geocoder against a Base Adresse Nationale file (``adresses-NN.csv[.gz]``), on pandas/numpy.

Strategy, for each input row (results are cached per distinct commune/street/number, so a file of
100,000 rows with repeated streets costs little more than its distinct values):

1. **Commune**: the INSEE code (normalised: lost leading zero, 2A/2B, old Corsican 20xxx, Paris/Lyon/
   Marseille arrondissements from the postcode), else the postcode (one postcode may serve several
   communes) crossed with the commune name (articles, "CEDEX", hyphens ignored; a name that starts
   another one — "Cuttoli" → "Cuttoli-Corticchiato" — is accepted when unambiguous).
2. **Street** in the candidate communes: exact key (abbreviations expanded, articles dropped), then the
   key without street type ("Napoléon" → "Cours Napoléon"), then fuzzy trigram similarity (Dice ≥ 0.75).
3. **Number**: exact number and repetition (bis/ter…), else the nearest number on the same street
   (same side preferred), else the street's middle address, else — when the street is a *lieu-dit* —
   its position as a locality.
4. **Commune centroid** when no street is given or found (from the communes layer when given, else the
   mean of the commune's BAN addresses).

Scores (``geo_score``, 0–1) = street-name similarity × level factor: housenumber 1.0, nearest number 0.85,
street 0.75, locality 0.6, municipality 0.4. ``geo_type`` follows the BAN's vocabulary: housenumber /
street / locality / municipality. Rows that cannot be placed get a ``reason`` code (see REASONS).
Positions are WGS84 lon/lat (the BAN's ``lon``/``lat``); the caller reprojects.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import address as addr
from . import insee_codes

BAN_COLUMNS = [
    "id", "id_fantoir", "numero", "rep", "nom_voie", "code_postal", "code_insee", "nom_commune",
    "code_insee_ancienne_commune", "nom_ancienne_commune", "x", "y", "lon", "lat", "type_position", "alias",
    "nom_ld", "libelle_acheminement", "nom_afnor", "source_position", "source_nom_voie",
    "certification_commune", "cad_parcelles",
]
BAN_REQUIRED = ["numero", "nom_voie", "code_postal", "code_insee", "nom_commune", "lon", "lat"]

LEVEL_FACTOR = {"housenumber": 1.0, "nearest_number": 0.85, "street": 0.75, "locality": 0.6,
                "municipality": 0.4}
MIN_FUZZY = 0.75

# reason codes for rows that are not placed (translated by the algorithm)
REASONS = {
    "no_location": "no address, postcode, commune or INSEE code in the row",
    "no_commune": "an address but no postcode, commune name or INSEE code to locate it",
    "unknown_insee": "INSEE commune code not among the known communes (communes layer, address file): outside the "
                     "area they cover, or no such code",
    "invalid_insee": "value is not an INSEE commune code",
    "unknown_postcode": "postcode not found in the address file",
    "postcode_only": "a postcode alone, and no address file to tell its communes: give the commune name or INSEE "
                     "code, or the BAN file",
    "unknown_city": "commune name not found among the known communes",
    "ambiguous_commune": "postcode/name shared by several communes and the street was not found",
    "street_not_found": "street not found in the commune (commune-level placement not accepted)",
    "no_centroid": "commune known but no position for it (give a communes layer)",
}
# notes on placed rows (geo_note)
NOTES = ("street_not_found", "number_not_found", "postcode_city_mismatch", "fuzzy_street", "insee_fixed")


class BanFormatError(ValueError):
    def __init__(self, missing: list, present: list):
        super().__init__("BAN file lacks columns: " + ", ".join(missing))
        self.missing = missing
        self.present = present


@dataclass
class CommuneTable:
    """Commune codes with names and centroids (lon/lat), e.g. from a communes layer."""

    codes: list
    names: list
    lon: list
    lat: list

    def as_dict(self) -> dict:
        return {c: (n, x, y) for c, n, x, y in zip(self.codes, self.names, self.lon, self.lat)}


def read_ban_csv(path) -> pd.DataFrame:
    """Read a BAN CSV (plain or .gz) as strings; raises BanFormatError when required columns miss."""
    frame = pd.read_csv(path, sep=";", dtype=str, keep_default_na=False, na_values=[],
                        compression="infer", encoding="utf-8", low_memory=False)
    missing = [c for c in BAN_REQUIRED if c not in frame.columns]
    if missing:
        raise BanFormatError(missing, list(frame.columns))
    return frame


@dataclass
class _CommuneStreets:
    sids: np.ndarray
    keys: list
    ntri: np.ndarray
    postings: dict


@dataclass
class BanIndex:
    """Lookup structures built once from a BAN frame (see module doc)."""

    street_insee: np.ndarray
    street_name: list
    street_key: list
    street_locality: np.ndarray
    street_lon: np.ndarray
    street_lat: np.ndarray
    num_start: np.ndarray  # per street: slice of the number arrays
    num_end: np.ndarray
    num_value: np.ndarray
    num_rep: np.ndarray
    num_lon: np.ndarray
    num_lat: np.ndarray
    exact: dict  # (insee, key) → sid
    core: dict  # (insee, core key) → sid, -1 when ambiguous
    numbers: dict  # (sid, number, rep) → index in number arrays
    postcodes: dict  # postcode → tuple of insee
    commune_names: dict  # commune key → set of insee
    commune_label: dict  # insee → name
    commune_lon: dict
    commune_lat: dict
    by_commune: dict  # insee → list of sids
    _fuzzy: dict = field(default_factory=dict)
    rows: int = 0

    @classmethod
    def from_frame(cls, frame: pd.DataFrame) -> BanIndex:
        missing = [c for c in BAN_REQUIRED if c not in frame.columns]
        if missing:
            raise BanFormatError(missing, list(frame.columns))
        f = pd.DataFrame({
            "insee": frame["code_insee"].astype(str).str.strip().str.upper(),
            "voie": frame["nom_voie"].astype(str).str.strip(),
            "pc": frame["code_postal"].astype(str).str.strip(),
            "commune": frame["nom_commune"].astype(str).str.strip(),
            "lon": pd.to_numeric(frame["lon"], errors="coerce"),
            "lat": pd.to_numeric(frame["lat"], errors="coerce"),
            "num": pd.to_numeric(frame["numero"], errors="coerce").fillna(-1).astype(np.int64),
            "rep": frame["rep"].astype(str) if "rep" in frame.columns else "",
            "ld": frame["nom_ld"].astype(str).str.strip() if "nom_ld" in frame.columns else "",
        })
        f = f[f["lon"].notna() & f["lat"].notna() & (f["voie"] != "")].reset_index(drop=True)
        voies = pd.unique(f["voie"])
        keymap = {v: addr.street_key(v) for v in voies}
        f["key"] = f["voie"].map(keymap)
        reps = pd.unique(f["rep"])
        f["rep"] = f["rep"].map({r: addr.normalize_rep(r) for r in reps})
        f["sid"] = f.groupby(["insee", "key"], sort=False).ngroup()
        f = f.sort_values(["sid", "num", "rep"], kind="stable").reset_index(drop=True)
        sid = f["sid"].to_numpy()
        nstreets = int(sid.max()) + 1 if len(sid) else 0
        starts = np.searchsorted(sid, np.arange(nstreets), side="left")
        ends = np.searchsorted(sid, np.arange(nstreets), side="right")
        first = f.iloc[starts] if nstreets else f.iloc[:0]
        mid = ((starts + ends - 1) // 2) if nstreets else starts
        ld_flag = (f["ld"] != "") & (f["ld"] == f["voie"])
        loc = ld_flag.groupby(f["sid"]).all().to_numpy() if nstreets else np.zeros(0, bool)
        street_insee = first["insee"].to_numpy()
        street_key = first["key"].tolist()
        exact = {(i, k): s for s, (i, k) in enumerate(zip(street_insee, street_key))}
        core = {}
        by_commune: dict = {}
        for s, (i, name) in enumerate(zip(street_insee, first["voie"].tolist())):
            ck = addr.street_core_key(name)
            if ck:
                core[(i, ck)] = s if (i, ck) not in core or core[(i, ck)] == s else -1
            by_commune.setdefault(i, []).append(s)
        num_value = f["num"].to_numpy()
        num_rep = f["rep"].to_numpy()
        numbers = dict(zip(zip(sid.tolist(), num_value.tolist(), num_rep.tolist()), range(len(f))))
        pairs = f[["pc", "insee"]].drop_duplicates()
        postcodes: dict = {}
        for pc, ins in zip(pairs["pc"], pairs["insee"]):
            postcodes.setdefault(pc, set()).add(ins)
        names: dict = {}
        label = {}
        cpairs = f[["commune", "insee"]].drop_duplicates()
        for name, ins in zip(cpairs["commune"], cpairs["insee"]):
            names.setdefault(addr.commune_key(name), set()).add(ins)
            label.setdefault(ins, name)
        if "nom_ancienne_commune" in frame.columns:
            old = frame[["nom_ancienne_commune", "code_insee"]].drop_duplicates()
            for name, ins in zip(old["nom_ancienne_commune"], old["code_insee"]):
                if str(name).strip():
                    names.setdefault(addr.commune_key(name), set()).add(str(ins).upper())
        means = f.groupby("insee")[["lon", "lat"]].mean()
        num_lon, num_lat = f["lon"].to_numpy(), f["lat"].to_numpy()
        return cls(
            street_insee=street_insee, street_name=first["voie"].tolist(), street_key=street_key,
            street_locality=loc, street_lon=num_lon[mid] if nstreets else np.zeros(0),
            street_lat=num_lat[mid] if nstreets else np.zeros(0), num_start=starts, num_end=ends,
            num_value=num_value, num_rep=num_rep, num_lon=num_lon, num_lat=num_lat, exact=exact, core=core,
            numbers=numbers, postcodes={k: tuple(sorted(v)) for k, v in postcodes.items()},
            commune_names=names, commune_label=label, commune_lon=means["lon"].to_dict(),
            commune_lat=means["lat"].to_dict(), by_commune=by_commune, rows=len(f),
        )

    # ---- fuzzy street matching ----------------------------------------------------------------
    def _fuzzy_table(self, insee: str) -> _CommuneStreets | None:
        if insee in self._fuzzy:
            return self._fuzzy[insee]
        sids = self.by_commune.get(insee)
        if not sids:
            self._fuzzy[insee] = None
            return None
        keys = [self.street_key[s] for s in sids]
        postings: dict = {}
        ntri = np.zeros(len(keys))
        for j, k in enumerate(keys):
            tris = set(addr.trigrams(k))
            ntri[j] = len(tris)
            for t in tris:
                postings.setdefault(t, []).append(j)
        table = _CommuneStreets(np.asarray(sids), keys, ntri,
                                {t: np.asarray(v, dtype=np.int64) for t, v in postings.items()})
        self._fuzzy[insee] = table
        return table

    def fuzzy_street(self, insee: str, key: str) -> tuple:
        """Best (sid, Dice similarity) among the commune's streets, (-1, 0.0) when none."""
        table = self._fuzzy_table(insee)
        if table is None or not key:
            return -1, 0.0
        tris = set(addr.trigrams(key))
        hits = [table.postings[t] for t in tris if t in table.postings]
        if not hits:
            return -1, 0.0
        counts = np.bincount(np.concatenate(hits), minlength=len(table.keys))
        dice = 2.0 * counts / (len(tris) + table.ntri)
        j = int(np.argmax(dice))
        return int(table.sids[j]), float(dice[j])

    def find_street(self, communes: tuple, key: str, core_key: str, min_fuzzy: float = MIN_FUZZY) -> tuple:
        """(sid, similarity, method) of the best street among candidate communes; (-1, 0, '') if none."""
        for c in communes:
            s = self.exact.get((c, key))
            if s is not None:
                return s, 1.0, "exact"
        if core_key:
            for c in communes:
                s = self.core.get((c, core_key))
                if s is not None and s >= 0:
                    return s, 0.9, "core"
        best = (-1, 0.0, "")
        for c in communes:
            s, sim = self.fuzzy_street(c, key)
            if s >= 0 and sim >= min_fuzzy and sim > best[1]:
                best = (s, sim, "fuzzy")
        return best

    def find_number(self, sid: int, number, rep: str) -> tuple:
        """(index in number arrays, method) with method exact / exact_no_rep / nearest / '' (none)."""
        if number is None:
            return -1, ""
        i = self.numbers.get((sid, number, rep))
        if i is not None:
            return i, "exact"
        if rep:
            i = self.numbers.get((sid, number, ""))
            if i is not None:
                return i, "exact_no_rep"
        a, b = int(self.num_start[sid]), int(self.num_end[sid])
        values = self.num_value[a:b]
        valid = values >= 0
        if not valid.any():
            return -1, ""
        gaps = np.abs(values - number).astype(float)
        gaps[~valid] = np.inf
        same_side = (values % 2) == (number % 2)
        gaps[~same_side] += 1000.0  # prefer the same side of the street
        j = int(np.argmin(gaps))
        return a + j, "nearest"


class Gazetteer:
    """Communes known from the BAN index and/or a communes table (centroids, names, codes)."""

    def __init__(self, index: BanIndex | None = None, communes: CommuneTable | None = None):
        self.index = index
        self.names: dict = {}
        self.label: dict = {}
        self.lon: dict = {}
        self.lat: dict = {}
        self.postcodes: dict = dict(index.postcodes) if index is not None else {}
        if index is not None:
            for k, v in index.commune_names.items():
                self.names.setdefault(k, set()).update(v)
            self.label.update(index.commune_label)
        self.has_layer_centroid: set = set()
        if communes is not None:
            for code, name, x, y in zip(communes.codes, communes.names, communes.lon, communes.lat):
                code = addr.normalize_insee(code)
                if not code:
                    continue
                self.names.setdefault(addr.commune_key(name), set()).add(code)
                self.label.setdefault(code, name)
                if x is not None and y is not None and np.isfinite(x) and np.isfinite(y):
                    self.lon[code], self.lat[code] = float(x), float(y)
                    self.has_layer_centroid.add(code)
        if index is not None:
            for code in index.commune_lon:
                if code not in self.lon:
                    self.lon[code], self.lat[code] = index.commune_lon[code], index.commune_lat[code]
        self.known = set(self.label) | set(self.lon)
        self._name_keys = sorted(self.names)

    def centroid(self, code: str):
        if code in self.lon:
            return self.lon[code], self.lat[code]
        parent = addr.parent_commune(code)
        if parent in self.lon:
            return self.lon[parent], self.lat[parent]
        return None

    def _by_name(self, key: str, within: tuple | None) -> set:
        if not key:
            return set()
        arr = addr.arrondissement_from_name(key)
        if arr:
            return {arr}
        found = set(self.names.get(key, set()))
        if not found:  # "cuttoli" → "cuttoli corticchiato", "sarrola" → "sarrola carcopino"
            for k in self._name_keys:
                if k.startswith(key + " ") or key.startswith(k + " "):
                    found |= self.names[k]
            if within is not None and found:
                found &= set(within)
            if len(found) > 1:
                found = set()
        return found

    def resolve(self, insee_raw, postcode_raw, city_raw) -> tuple:
        """(candidate codes tuple, reason code or '', note code or '')."""
        note = ""
        raw = "" if insee_raw is None else str(insee_raw).strip()
        code = addr.normalize_insee(raw, self.known) if raw else ""
        pc = addr.normalize_postcode(postcode_raw)
        if code:
            if code in ("75056", "69123", "13055"):
                arr = addr.arrondissement_code(code, pc)
                if arr and (arr in self.known or self.index is None):
                    code = arr
            if code != raw.upper():
                note = "insee_fixed"
            if code in self.known or addr.parent_commune(code) in self.known:
                return (code,), "", note
        pc_set = self.postcodes.get(pc, ()) if pc else ()
        city = addr.commune_key(city_raw)
        name_set = self._by_name(city, pc_set or None) if city else set()
        if len(name_set) > 1 and pc and not pc_set:  # homonyms (Ifs 14, Ifs 76) told apart by the postcode's
            deps = insee_codes.departements_of_postcode(pc)  # département when no address file gives postcodes
            narrowed = {c for c in name_set if insee_codes.departement_of(c) in deps}
            if narrowed:
                name_set = narrowed
        if pc_set and name_set:
            inter = tuple(sorted(set(pc_set) & name_set))
            if inter:
                return inter, "", note
            return tuple(pc_set), "", "postcode_city_mismatch"
        if pc_set:
            return tuple(pc_set), "", note
        if name_set:
            return tuple(sorted(name_set)), "", note
        if raw:
            _code, why = insee_codes.commune_code_reason(raw)
            # a code-shaped value (99999: no such département) is unknown; anything else is no code at all
            return (), ("unknown_insee" if why in ("", "bad_departement") else "invalid_insee"), note
        if city:
            return (), "unknown_city", note
        if pc:
            return (), ("unknown_postcode" if self.postcodes else "postcode_only"), note
        return (), "no_location", note


def _text(series, n):
    if series is None:
        return [""] * n
    return ["" if (v is None or (isinstance(v, float) and np.isnan(v))) else str(v) for v in series]


def geocode(queries: pd.DataFrame, index: BanIndex | None = None, communes: CommuneTable | None = None,
            accept_municipality: bool = True, min_fuzzy: float = MIN_FUZZY, gazetteer: Gazetteer | None = None,
            progress=None, is_canceled=None) -> pd.DataFrame:
    """Geocode rows. `queries` may hold columns number, rep, street, postcode, city, insee, address (full
    address in one column); missing columns are treated as empty.

    Returns a frame aligned on `queries` with lon, lat, geo_score, geo_type, geo_method, geo_insee,
    geo_label, geo_note, reason ('' when placed)."""
    n = len(queries)
    gaz = gazetteer or Gazetteer(index, communes)
    col = {c: _text(queries[c] if c in queries.columns else None, n)
           for c in ("number", "rep", "street", "postcode", "city", "insee", "address")}
    out_lon = np.full(n, np.nan)
    out_lat = np.full(n, np.nan)
    score = np.zeros(n)
    gtype = [""] * n
    method = [""] * n
    ginsee = [""] * n
    label = [""] * n
    notes = [""] * n
    reason = [""] * n
    parse_cache: dict = {}
    commune_cache: dict = {}
    street_cache: dict = {}
    step = max(1, n // 100)
    for i in range(n):
        if i % step == 0:
            if is_canceled is not None and is_canceled():
                break
            if progress is not None:
                progress(100.0 * i / max(1, n))
        number_raw, rep_raw, street_raw = col["number"][i], col["rep"][i], col["street"][i]
        pc_raw, city_raw, insee_raw, full = col["postcode"][i], col["city"][i], col["insee"][i], col["address"][i]
        pkey = (number_raw, rep_raw, street_raw, full)
        parsed = parse_cache.get(pkey)
        if parsed is None:
            number, rep = addr.parse_number(number_raw) if number_raw else (None, "")
            street = street_raw
            fpc = fcity = ""
            if full and not street:
                parts = addr.parse_full_address(full)
                number = parts["number"] if number is None else number
                rep = rep or parts["rep"]
                street, fpc, fcity = parts["street"], parts["postcode"], parts["city"]
            elif street and number is None:
                n2, r2, s2 = addr.split_number_street(street)
                if n2 is not None:
                    number, rep, street = n2, r2, s2
            if rep_raw:
                rep = addr.normalize_rep(rep_raw)
            parsed = (number, rep, addr.street_key(street), addr.street_core_key(street), fpc, fcity)
            parse_cache[pkey] = parsed
        number, rep, skey, ckey, fpc, fcity = parsed
        ckey3 = (insee_raw, pc_raw or fpc, city_raw or fcity)
        resolved = commune_cache.get(ckey3)
        if resolved is None:
            resolved = gaz.resolve(*ckey3)
            commune_cache[ckey3] = resolved
        cands, why, note = resolved
        if not cands:
            reason[i] = "no_commune" if (why == "no_location" and skey) else why
            continue
        sid, sim, smethod = -1, 0.0, ""
        if skey and index is not None:
            skk = (cands, skey)
            found = street_cache.get(skk)
            if found is None:
                found = index.find_street(cands, skey, ckey, min_fuzzy)
                street_cache[skk] = found
            sid, sim, smethod = found
        if sid >= 0:
            ginsee[i] = index.street_insee[sid]
            label[i] = index.street_name[sid]
            if smethod == "fuzzy" and not note:
                note = "fuzzy_street"
            j, nmethod = index.find_number(sid, number, rep)
            if index.street_locality[sid]:
                level, m = "locality", "locality"
                out_lon[i], out_lat[i] = index.street_lon[sid], index.street_lat[sid]
                if j >= 0 and nmethod.startswith("exact"):
                    out_lon[i], out_lat[i] = index.num_lon[j], index.num_lat[j]
            elif j >= 0 and nmethod.startswith("exact"):
                level, m = "housenumber", "exact_number"
                out_lon[i], out_lat[i] = index.num_lon[j], index.num_lat[j]
                label[i] = f"{index.num_value[j]}{' ' + index.num_rep[j] if index.num_rep[j] else ''} {label[i]}"
            elif j >= 0:
                level, m = "nearest_number", "nearest_number"
                out_lon[i], out_lat[i] = index.num_lon[j], index.num_lat[j]
                label[i] = f"{index.num_value[j]} {label[i]}"
                note = note or "number_not_found"
            else:
                level, m = "street", "street_centroid"
                out_lon[i], out_lat[i] = index.street_lon[sid], index.street_lat[sid]
            score[i] = round(sim * LEVEL_FACTOR[level], 3)
            gtype[i] = "street" if level == "nearest_number" else level
            method[i] = m
            notes[i] = note
            continue
        # commune level
        if skey and not accept_municipality:
            reason[i] = "street_not_found"
            continue
        if len(cands) > 1:
            reason[i] = "ambiguous_commune"
            continue
        code = cands[0]
        pos = gaz.centroid(code)
        if pos is None:
            reason[i] = "no_centroid"
            continue
        out_lon[i], out_lat[i] = pos
        score[i] = LEVEL_FACTOR["municipality"]
        gtype[i] = "municipality"
        method[i] = "commune_centroid"
        ginsee[i] = code
        label[i] = gaz.label.get(code, gaz.label.get(addr.parent_commune(code), ""))
        notes[i] = "street_not_found" if skey else note
    return pd.DataFrame({
        "lon": out_lon, "lat": out_lat, "geo_score": score, "geo_type": gtype, "geo_method": method,
        "geo_insee": ginsee, "geo_label": label, "geo_note": notes, "reason": reason,
    }, index=queries.index)
