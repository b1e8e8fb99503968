"""Public contracts (« données essentielles de la commande publique », DECP) of a territory (pure).

Inputs, detected from their content:

- DECP JSON **2022** format (arrêtés of 22 December 2022): ``{"marches": {"marche": [ … ]}}``; social
  considerations in ``considerationsSociales: {"considerationSociale": [values]}``;
- DECP JSON **2019** format: ``{"marches": [ … ]}``; it has no social-consideration field, so the social
  status of its contracts is ``unknown`` — never ``no``;
- the consolidated **tabular** CSV (fields of decp.info's ``schema_base.json``: ``uid, acheteur_id,
  titulaire_id, montant, codeCPV, considerationsSociales, lieuExecution_code, lieuExecution_typeCode,
  acheteur_commune_code, acheteur_latitude`` …), one row per contract × holder (× modification).

JSON files are streamed record by record (``json.JSONDecoder.raw_decode`` over a sliding text buffer);
the CSV is read by pandas in chunks of 50,000 rows and filtered vectorially, so a national file of a
million rows never sits in memory.

**Territory.** A contract belongs to the territory by its place of execution (``lieuExecution`` code and
``typeCode``: « Code commune », « Code arrondissement » (a municipal arrondissement's commune code, or a
départemental arrondissement such as ``2A1``), « Code postal » (through a postcode → communes table, e.g.
the ``codes_postaux`` column of the COG file; a postcode that also serves communes outside the territory
is kept with ``place_scope = 'postcode_partial'``), « Code département », « Code région » (kept when their
scope is asked for) — « Code canton » and « Code pays » cannot be placed in a territory) or by its buyer's
commune (tabular ``acheteur_commune_code``, or a SIRET → commune map given by the caller for JSON files).

**Social considerations** (:func:`parse_social`): « Clause sociale », « Critère social », « Marché
réservé » and their combinations (lists in JSON, ``", "``-joined text in the CSV) give ``social = 'yes'``
with the three flags; « Pas de considération sociale » (« Sans objet » in the CSV) gives ``'no'``; an
absent or empty field gives ``'unknown'`` (also in a 2022 record: absence is not a statement).

**Malformed records** (missing buyer, amount that is not a number, unknown ``typeCode``) are never
dropped silently: those of the territory — and those that cannot be placed at all — come back as
rejected rows with a reason; ``counts['malformed']`` counts them over the whole file. An amount above
``max_amount`` (default 10 bn €; the DECP hold test values such as 1e17) is kept as None with
``amount_outlier = True`` and left out of the sums.

**Amounts.** ``amount`` is the amount notified (``montant`` of the record, of the initial row in the CSV);
``amount_modified`` the amount of the latest amendment when there is one (JSON ``modifications[].montant``,
the CSV's current row ``donneesActuelles``). Sums use ``amount``. Holders are those of the current data.
"""
from __future__ import annotations

import csv
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from . import insee_codes
from .siae_catalogue import TradeCatalogue, load_catalogue, normalize_cpv

PLACE_TYPES = {"code postal": "postcode", "code commune": "commune", "code arrondissement": "arrondissement",
               "code canton": "canton", "code departement": "departement", "code region": "region",
               "code pays": "country"}
DEFAULT_SCOPES = ("commune", "arrondissement", "postcode", "postcode_partial", "departement")
SOCIAL_FLAGS = {"clause sociale": "clause", "critere social": "criterion", "marche reserve": "reserved"}
SOCIAL_NONE = {"pas de consideration sociale", "sans objet", "aucune", "non"}
MAX_AMOUNT = 1e10
REASONS = {
    "missing_buyer": "no buyer identifier (acheteur.id)",
    "amount_not_numeric": "amount (montant) is not a number",
    "unknown_place_type": "unknown place-of-execution type (lieuExecution.typeCode)",
}
CONTRACT_COLUMNS = ["uid", "id", "format", "nature", "buyer_id", "buyer_name", "object", "amount", "amount_outlier",
                    "amount_modified",
                    "cpv", "cpv_trade", "procedure", "date", "duration_months", "social", "social_clause",
                    "social_criterion", "social_reserved", "social_raw", "place_code", "place_type", "place_scope",
                    "place_commune", "buyer_commune", "buyer_lat", "buyer_lon", "holder_ids", "holder_names",
                    "holder_types", "n_holders", "in_territory_by"]


class DecpError(ValueError):
    """`code`: unreadable, not_decp."""

    def __init__(self, code: str, message: str, **details):
        super().__init__(message)
        self.code = code
        self.details = details


def _key(text) -> str:
    t = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9]+", " ", t)).strip()


# ---- territory -----------------------------------------------------------------------------------
@dataclass
class Territory:
    communes: set
    postcodes: dict = field(default_factory=dict)  # postcode -> set of communes (whole table)
    departements: set = field(default_factory=set)
    regions: set = field(default_factory=set)
    arrondissements: set = field(default_factory=set)  # départemental arrondissements (e.g. '2A1')

    def postcode_scope(self, postcode: str) -> tuple:
        """('postcode' | 'postcode_partial' | '', commune when the postcode serves a single commune)."""
        served = self.postcodes.get(postcode)
        if not served:
            return "", ""
        inside = served & self.communes
        if not inside:
            return "", ""
        single = next(iter(served)) if len(served) == 1 else ""
        return ("postcode" if inside == served else "postcode_partial"), single


def territory_from_cog(cog, communes) -> Territory:
    """Territory of commune codes with the postcode, département, region and arrondissement tables of a
    COG communes file (path or DataFrame with columns code, departement, region, arrondissement,
    codes_postaux — « ; »-separated — as in @etalab/decoupage-administratif)."""
    frame = pd.read_csv(cog, dtype=str, keep_default_na=False) if not isinstance(cog, pd.DataFrame) else cog
    wanted = {insee_codes.commune_code(c) for c in communes} - {""}
    postcodes, deps, regs, arrs = {}, set(), set(), set()
    for row in frame.itertuples(index=False):
        code = insee_codes.commune_code(row.code)
        if not code:
            continue
        for pc in str(getattr(row, "codes_postaux", "") or "").replace(",", ";").split(";"):
            pc = pc.strip()
            if pc:
                postcodes.setdefault(pc.zfill(5), set()).add(code)
        if code in wanted:
            deps.add(insee_codes.departement_code(getattr(row, "departement", "")) or insee_codes.departement_of(code))
            if getattr(row, "region", ""):
                regs.add(str(row.region).zfill(2))
            if getattr(row, "arrondissement", ""):
                arrs.add(str(row.arrondissement).upper())
    deps.discard("")
    return Territory(communes=wanted, postcodes=postcodes, departements=deps, regions=regs, arrondissements=arrs)


def place_type(type_code) -> str:
    """Normalised place type ('' when empty, '?' when unknown)."""
    key = _key(type_code)
    if not key:
        return ""
    return PLACE_TYPES.get(key, "?")


def place_scope(code, ptype: str, territory: Territory) -> tuple:
    """(scope, commune): scope = the kind of match ('commune', 'arrondissement', 'postcode',
    'postcode_partial', 'departement', 'region') or '' when the place is outside or cannot be placed;
    commune = the commune code when the place is exactly one commune."""
    text = str(code or "").strip().upper().replace(" ", "")
    if not text:
        return "", ""
    if ptype == "commune" or (ptype == "arrondissement" and len(text) == 5):
        commune = insee_codes.commune_code(text)
        parent = insee_codes.parent_commune(commune) if commune else ""
        if commune in territory.communes or parent in territory.communes:
            return ptype, commune
        return "", commune
    if ptype == "arrondissement":
        return ("arrondissement", "") if text in territory.arrondissements else ("", "")
    if ptype == "postcode":
        digits = re.sub(r"\D", "", text)
        return territory.postcode_scope(digits.zfill(5)) if 4 <= len(digits) <= 5 else ("", "")
    if ptype == "departement":
        dep = insee_codes.departement_code(text)
        return ("departement", "") if dep and dep in territory.departements else ("", "")
    if ptype == "region":
        return ("region", "") if text.zfill(2) in territory.regions else ("", "")
    return "", ""


def buyer_commune_of(mapping, buyer_id) -> str:
    """The commune of a buyer from a {SIRET or SIREN: commune} map ('' when unknown)."""
    if not mapping or not buyer_id:
        return ""
    siret = re.sub(r"\s", "", str(buyer_id))
    return mapping.get(siret) or mapping.get(siret[:9]) or ""


def buyer_communes_from_cog(cog, communes=None) -> dict:
    """{SIREN: commune code} of the public bodies a COG table names: each commune (column ``siren``) and
    each EPCI (``epci_code``: mapped to its most populous member commune, within ``communes`` when given),
    the usual buyers of local contracts."""
    frame = pd.read_csv(cog, dtype=str, keep_default_na=False) if not isinstance(cog, pd.DataFrame) else cog
    wanted = {insee_codes.commune_code(c) for c in communes} - {""} if communes else None
    out, epci = {}, {}
    for row in frame.itertuples(index=False):
        code = insee_codes.commune_code(getattr(row, "code", ""))
        if not code:
            continue
        siren = re.sub(r"\D", "", str(getattr(row, "siren", "") or ""))
        if len(siren) == 9:
            out[siren] = code
        e = re.sub(r"\D", "", str(getattr(row, "epci_code", "") or ""))
        if len(e) == 9 and (wanted is None or code in wanted):
            try:
                pop = float(getattr(row, "population", 0) or 0)
            except ValueError:
                pop = 0.0
            if e not in epci or pop > epci[e][0]:
                epci[e] = (pop, code)
    for e, (_pop, code) in epci.items():
        out.setdefault(e, code)
    return out


# ---- social considerations -----------------------------------------------------------------------
def _social_values(value) -> list:
    if value is None:
        return []
    if isinstance(value, dict):
        out = []
        for v in value.values():
            out += _social_values(v)
        return out
    if isinstance(value, (list, tuple)):
        out = []
        for v in value:
            out += _social_values(v)
        return out
    text = str(value).strip()
    if not text or text.lower() in ("nan", "none", "null"):
        return []
    return [p.strip() for p in re.split(r"[,;|]", text) if p.strip()]


def parse_social(value, fmt: str = "2022") -> dict:
    """{'social': 'yes'|'no'|'unknown', 'clause', 'criterion', 'reserved' (bool or None when unknown),
    'raw': joined values}. ``fmt='2019'`` always gives 'unknown' (that format has no such field)."""
    values = [] if fmt == "2019" else _social_values(value)
    flags = {"clause": False, "criterion": False, "reserved": False}
    explicit_none, other = False, []
    for v in values:
        k = _key(v)
        if k in SOCIAL_FLAGS:
            flags[SOCIAL_FLAGS[k]] = True
        elif k in SOCIAL_NONE:
            explicit_none = True
        else:
            other.append(v)
    if any(flags.values()):
        status = "yes"
    elif explicit_none:
        status = "no"
    else:
        status = "unknown"
    out = {k: (flags[k] if status != "unknown" else None) for k in flags}
    out.update(social=status, raw=", ".join(values), other=", ".join(other))
    return out


# ---- value helpers -------------------------------------------------------------------------------
def parse_amount(value) -> tuple:
    """(amount float or None, problem '' | 'missing' | 'not_numeric'). JSON numbers and numeric strings
    ('12000.50', '12 000,50') are accepted."""
    if value is None or (isinstance(value, float) and value != value):
        return None, "missing"
    if isinstance(value, bool):
        return None, "not_numeric"
    if isinstance(value, (int, float)):
        return float(value), ""
    text = str(value).strip().replace("\u00a0", "").replace(" ", "").replace("€", "")
    if not text:
        return None, "missing"
    if re.fullmatch(r"[+-]?\d+([.,]\d+)?([eE][+-]?\d+)?", text):
        return float(text.replace(",", ".")), ""
    return None, "not_numeric"


def _siret(value) -> str:
    text = re.sub(r"\s", "", str(value or ""))
    return text


def _holders(value) -> list:
    """Holders of a JSON record: [{'id', 'type', 'name'}] from the 2022 (``{"titulaire": {…}}``) and 2019
    (bare objects, nested lists) forms."""
    out = []

    def walk(v):
        if isinstance(v, list):
            for item in v:
                walk(item)
        elif isinstance(v, dict):
            if "titulaire" in v and isinstance(v["titulaire"], dict):
                walk(v["titulaire"])
            elif "id" in v:
                out.append({"id": _siret(v.get("id")), "type": str(v.get("typeIdentifiant") or ""),
                            "name": str(v.get("denominationSociale") or v.get("nom") or "")})

    walk(value)
    seen, unique = set(), []
    for h in out:
        if h["id"] and h["id"] not in seen:
            seen.add(h["id"])
            unique.append(h)
    return unique


# ---- JSON streaming ------------------------------------------------------------------------------
_ARRAY_2022 = re.compile(r'"marches"\s*:\s*\{\s*"marche"\s*:\s*\[')
_ARRAY_2019 = re.compile(r'"marches"\s*:\s*\[')
_ARRAY_PLAIN = re.compile(r"^\s*\[")


def iter_json_records(path, chunk_chars: int = 1 << 20):
    """Yield (container_format, record) for every record of a DECP JSON file ('2022', '2019' or 'list'
    for a bare JSON array), reading the file piece by piece."""
    decoder = json.JSONDecoder()
    with open(path, encoding="utf-8-sig") as handle:
        buf = handle.read(chunk_chars)
        eof = len(buf) < chunk_chars
        fmt, pos = None, 0
        while fmt is None:
            for name, rx in (("2022", _ARRAY_2022), ("2019", _ARRAY_2019), ("list", _ARRAY_PLAIN)):
                m = rx.search(buf)
                if m:
                    fmt, pos = name, m.end() if name != "list" else m.end()
                    break
            if fmt is None:
                if eof or len(buf) > 64 * chunk_chars:
                    raise DecpError("not_decp", f"{Path(path).name}: no 'marches' array found.")
                more = handle.read(chunk_chars)
                eof = len(more) < chunk_chars
                buf += more
        while True:
            while True:
                while pos < len(buf) and buf[pos] in " \t\r\n,":
                    pos += 1
                if pos < len(buf) or eof:
                    break
                buf, pos = handle.read(chunk_chars), 0
                eof = len(buf) < chunk_chars
            if pos >= len(buf) or buf[pos] == "]":
                return
            try:
                record, end = decoder.raw_decode(buf, pos)
            except json.JSONDecodeError as exc:
                if eof:
                    raise DecpError("not_decp", f"{Path(path).name}: malformed JSON near character {exc.pos}.") from exc
                more = handle.read(chunk_chars)
                eof = len(more) < chunk_chars
                buf, pos = buf[pos:] + more, 0
                continue
            pos = end
            if pos > chunk_chars:
                buf, pos = buf[pos:], 0
            yield fmt, record


def _record_fields(fmt: str, rec: dict) -> dict:
    """One JSON record → flat fields (before territory and validation)."""
    buyer = rec.get("acheteur")
    buyer_id = _siret(buyer.get("id")) if isinstance(buyer, dict) else _siret(rec.get("acheteur.id"))
    buyer_name = str(buyer.get("nom") or "") if isinstance(buyer, dict) else str(rec.get("acheteur.nom") or "")
    place = rec.get("lieuExecution") or {}
    if not isinstance(place, dict):
        place = {}
    record_fmt = "2022" if "considerationsSociales" in rec or fmt == "2022" else "2019"
    holders = _holders(rec.get("titulaires"))
    uid = str(rec.get("uid") or (buyer_id + str(rec.get("id") or "")))
    modified = None
    for mod in rec.get("modifications") or []:
        if isinstance(mod, dict):
            mod = mod.get("modification", mod)
        if isinstance(mod, dict) and "montant" in mod:
            value, problem = parse_amount(mod.get("montant"))
            if not problem:
                modified = value
    return {
        "uid": uid, "id": str(rec.get("id") or ""), "format": record_fmt, "nature": str(rec.get("nature") or ""),
        "buyer_id": buyer_id, "buyer_name": buyer_name, "object": str(rec.get("objet") or ""),
        "amount_raw": rec.get("montant"), "cpv_raw": rec.get("codeCPV"), "procedure": str(rec.get("procedure") or ""),
        "date": str(rec.get("dateNotification") or ""), "duration_raw": rec.get("dureeMois"),
        "social_raw_value": rec.get("considerationsSociales"), "place_code": str(place.get("code") or "").strip(),
        "place_type_raw": str(place.get("typeCode") or ""), "buyer_commune": "", "buyer_lat": None,
        "buyer_lon": None, "holders": holders, "amount_modified": modified,
    }


# ---- result --------------------------------------------------------------------------------------
@dataclass
class DecpResult:
    contracts: pd.DataFrame
    rejected: pd.DataFrame
    counts: dict
    format: str


def _duration(value):
    try:
        v = float(str(value).replace(",", "."))
        return int(v) if v == v and v >= 0 else None
    except (TypeError, ValueError):
        return None


def _finish(fields: dict, territory: Territory, by: str, scopes, buyer_communes, catalogue, max_amount) -> tuple:
    """(contract dict or None, rejection reason or '', in-territory flag)."""
    ptype = place_type(fields["place_type_raw"])
    scope, commune = ("", "")
    if ptype not in ("", "?"):
        scope, commune = place_scope(fields["place_code"], ptype, territory)
        if scope and scope not in scopes:
            scope = ""
    buyer_commune = fields["buyer_commune"] or buyer_commune_of(buyer_communes, fields["buyer_id"])
    buyer_commune = insee_codes.commune_code(buyer_commune) if buyer_commune else ""
    buyer_in = bool(buyer_commune) and (buyer_commune in territory.communes
                                        or insee_codes.parent_commune(buyer_commune) in territory.communes)
    place_in = bool(scope)
    if by == "place":
        inside = place_in
    elif by == "buyer":
        inside = buyer_in
    else:
        inside = place_in or buyer_in
    amount, problem = parse_amount(fields["amount_raw"])
    reason = ""
    if not fields["buyer_id"]:
        reason = "missing_buyer"
    elif problem == "not_numeric":
        reason = "amount_not_numeric"
    elif ptype == "?":
        reason = "unknown_place_type"
    undetermined = ptype == "?" and not (by != "place" and buyer_in)
    if not inside and not (reason and undetermined):
        return None, reason, False
    social = parse_social(fields["social_raw_value"], fields["format"])
    outlier = amount is not None and amount > max_amount
    cpv = normalize_cpv(fields["cpv_raw"])
    match = catalogue.cpv_match(cpv) if catalogue is not None else None
    holders = fields["holders"]
    contract = {
        "uid": fields["uid"], "id": fields["id"], "format": fields["format"], "nature": fields["nature"],
        "buyer_id": fields["buyer_id"], "buyer_name": fields["buyer_name"], "object": fields["object"],
        "amount": None if outlier else amount, "amount_outlier": outlier,
        "amount_modified": fields["amount_modified"] if (fields["amount_modified"] or 0) <= max_amount else None,
        "cpv": cpv, "cpv_trade": match["trade"] if match else "", "procedure": fields["procedure"],
        "date": fields["date"][:10],
        "duration_months": _duration(fields["duration_raw"]), "social": social["social"],
        "social_clause": social["clause"], "social_criterion": social["criterion"],
        "social_reserved": social["reserved"], "social_raw": social["raw"], "place_code": fields["place_code"],
        "place_type": ptype, "place_scope": scope, "place_commune": commune, "buyer_commune": buyer_commune,
        "buyer_lat": fields["buyer_lat"], "buyer_lon": fields["buyer_lon"],
        "holder_ids": ",".join(h["id"] for h in holders), "holder_names": "|".join(h["name"] for h in holders),
        "holder_types": ",".join(h["type"] for h in holders), "n_holders": len(holders),
        "in_territory_by": "+".join(k for k, v in (("place", place_in), ("buyer", buyer_in)) if v),
    }
    return contract, reason, inside


def read_decp(path, territory: Territory, *, by: str = "place", scopes=DEFAULT_SCOPES, buyer_communes=None,
              catalogue: TradeCatalogue | None = None, max_amount: float = MAX_AMOUNT, chunk_rows: int = 50_000,
              progress=None, is_canceled=None) -> DecpResult:
    """Contracts of the territory from a DECP JSON (2019/2022) or tabular CSV file (see module doc).

    ``by``: 'place' (place of execution), 'buyer' (buyer commune) or 'either'. ``scopes``: the place
    matches accepted (see :data:`DEFAULT_SCOPES`; add 'region' to keep regional contracts).
    ``buyer_communes``: {buyer SIRET or SIREN: commune code} for JSON files (which carry no buyer location)
    and CSV rows without ``acheteur_commune_code`` (see :func:`buyer_communes_from_cog`).
    Returns contracts (one row per contract, columns :data:`CONTRACT_COLUMNS`), rejected rows (with
    ``reason``) and counts. ``progress(rows_done)`` / ``is_canceled()`` are called once per chunk."""
    if by not in ("place", "buyer", "either"):
        raise ValueError("by must be 'place', 'buyer' or 'either'")
    catalogue = catalogue if catalogue is not None else load_catalogue()
    scopes = set(scopes)
    suffix = Path(path).suffix.lower()
    with open(path, "rb") as handle:
        head = handle.read(4096).lstrip(b"\xef\xbb\xbf").lstrip()
    if head[:1] in (b"{", b"["):
        return _read_json(path, territory, by, scopes, buyer_communes, catalogue, max_amount, progress, is_canceled)
    if suffix in (".csv", ".txt", ".gz", ".zip") or b"," in head or b";" in head:
        return _read_tabular(path, territory, by, scopes, buyer_communes, catalogue, max_amount, chunk_rows,
                             progress, is_canceled)
    raise DecpError("not_decp", f"{Path(path).name} is neither DECP JSON nor the tabular CSV.")


def _empty_counts() -> dict:
    return {"rows_read": 0, "records": 0, "contracts": 0, "in_territory": 0, "rejected": 0,
            "malformed": {k: 0 for k in REASONS}, "amount_outliers": 0, "concessions_skipped": 0, "unplaceable": 0,
            "formats": {}, "canceled": False}


def _frames(contracts: list, rejected: list) -> tuple:
    cframe = pd.DataFrame(contracts, columns=CONTRACT_COLUMNS)
    rframe = pd.DataFrame(rejected, columns=CONTRACT_COLUMNS + ["reason", "reason_text"])
    for frame in (cframe, rframe):
        frame["amount"] = pd.to_numeric(frame["amount"], errors="coerce")
        frame["amount_modified"] = pd.to_numeric(frame["amount_modified"], errors="coerce")
        frame["buyer_lat"] = pd.to_numeric(frame["buyer_lat"], errors="coerce")
        frame["buyer_lon"] = pd.to_numeric(frame["buyer_lon"], errors="coerce")
    return cframe, rframe


def _read_json(path, territory, by, scopes, buyer_communes, catalogue, max_amount, progress, is_canceled):
    counts = _empty_counts()
    contracts, rejected, container = [], [], ""
    for fmt, rec in iter_json_records(path):
        container = container or fmt
        counts["rows_read"] += 1
        counts["records"] += 1
        if is_canceled is not None and counts["records"] % 1000 == 0:
            if is_canceled():
                counts["canceled"] = True
                break
            if progress is not None:
                progress(counts["records"])
        if not isinstance(rec, dict):
            continue
        if str(rec.get("nature") or "").lower().startswith("concession") or "concessionnaires" in rec and not rec.get(
                "titulaires"):
            counts["concessions_skipped"] += 1
            continue
        fields = _record_fields(fmt, rec)
        counts["formats"][fields["format"]] = counts["formats"].get(fields["format"], 0) + 1
        counts["unplaceable"] += int(place_type(fields["place_type_raw"]) in ("canton", "country"))
        contract, reason, inside = _finish(fields, territory, by, scopes, buyer_communes, catalogue, max_amount)
        if reason:
            counts["malformed"][reason] += 1
        if contract is None:
            continue
        if reason:
            contract.update(reason=reason, reason_text=REASONS[reason])
            rejected.append(contract)
            continue
        counts["amount_outliers"] += int(contract["amount_outlier"])
        contracts.append(contract)
    cframe, rframe = _frames(contracts, rejected)
    counts.update(contracts=len(cframe), in_territory=len(cframe), rejected=len(rframe))
    return DecpResult(cframe, rframe, counts, container)


# ---- tabular -------------------------------------------------------------------------------------
TABULAR_FIELDS = ["uid", "id", "nature", "acheteur_id", "acheteur_nom", "titulaire_id", "titulaire_typeIdentifiant",
                  "titulaire_nom", "objet", "montant", "codeCPV", "procedure", "dureeMois", "dateNotification",
                  "considerationsSociales", "lieuExecution_code", "lieuExecution_typeCode", "acheteur_commune_code",
                  "acheteur_latitude", "acheteur_longitude", "modification_id", "donneesActuelles"]


def _sniff_sep(path) -> str:
    with open(path, "rb") as handle:
        line = handle.readline().decode("utf-8", "replace")
    return max((",", ";", "\t"), key=line.count)


def _map_unique(series: pd.Series, func) -> pd.Series:
    """series.map(func) computed once per distinct value (codes repeat a lot in a national file)."""
    return series.map({v: func(v) for v in series.unique()})


def _commune_codes(series: pd.Series) -> pd.Series:
    """Vectorised insee_codes.commune_code: 5-character upper-case codes kept as they are (a wrong one
    simply matches no commune), the others ('2a4', '1004', ' 2A004 ') normalised once per distinct value."""
    text = series.str.upper()
    plain = text.str.len().eq(5) & ~text.str.contains(" ", regex=False)
    if plain.all():
        return text
    fixed = _map_unique(text[~plain], lambda c: insee_codes.commune_code(c) if c.strip() else "")
    return text.where(plain, fixed)


def _in_communes(codes: pd.Series, communes: set) -> pd.Series:
    """Canonical commune codes in the set, arrondissements counted for their commune."""
    parents = codes.map(insee_codes.ARRONDISSEMENTS)
    return codes.isin(communes) | parents.isin(communes)


def _vector_place(codes: pd.Series, types: pd.Series, territory: Territory, scopes: set) -> tuple:
    """Vectorised place scope for a chunk: (scope Series, commune Series, ptype Series)."""
    ptype = _map_unique(types, place_type)
    scope = pd.Series("", index=codes.index, dtype=object)
    commune = pd.Series("", index=codes.index, dtype=object)
    text = codes.str.strip().str.upper().str.replace(" ", "", regex=False)
    municipal = (ptype.eq("commune") | (ptype.eq("arrondissement") & text.str.len().eq(5))) & text.ne("")
    if municipal.any():
        code = _commune_codes(text[municipal])
        commune[municipal] = code
        scope[municipal] = ptype[municipal].where(_in_communes(code, territory.communes), "")
    for kind in ("arrondissement", "postcode", "departement", "region"):
        sel = ptype.eq(kind) & text.ne("") & ~municipal
        if not sel.any():
            continue
        uniq = {t: place_scope(t, kind, territory) for t in text[sel].unique()}
        scope[sel] = text[sel].map({t: v[0] for t, v in uniq.items()})
        commune[sel] = text[sel].map({t: v[1] for t, v in uniq.items()})
    scope = scope.where(scope.isin(scopes), "")
    return scope, commune, ptype


def _read_tabular(path, territory, by, scopes, buyer_communes, catalogue, max_amount, chunk_rows, progress,
                  is_canceled):
    counts = _empty_counts()
    sep = _sniff_sep(path)
    with open(path, encoding="utf-8-sig", errors="replace") as handle:
        header = next(csv.reader([handle.readline()], delimiter=sep))
    header = [h.strip() for h in header]
    if "acheteur_id" not in header or "montant" not in header:
        raise DecpError("not_decp", f"{Path(path).name}: not the DECP tabular format (acheteur_id, montant…).",
                        header=header[:20])
    usecols = [c for c in TABULAR_FIELDS if c in header]
    kept = []
    reader = pd.read_csv(path, sep=sep, dtype=str, usecols=usecols, keep_default_na=False, na_filter=False,
                         chunksize=chunk_rows, encoding="utf-8", encoding_errors="replace")
    for chunk in reader:
        if is_canceled is not None and is_canceled():
            counts["canceled"] = True
            break
        counts["rows_read"] += len(chunk)
        for c in TABULAR_FIELDS:
            if c not in chunk:
                chunk[c] = ""
        scope, commune, ptype = _vector_place(chunk["lieuExecution_code"], chunk["lieuExecution_typeCode"], territory,
                                              scopes)
        bc = chunk["acheteur_commune_code"].str.strip()
        if buyer_communes:
            looked_up = _map_unique(chunk["acheteur_id"].str.strip(), lambda v: buyer_commune_of(buyer_communes, v))
            bc = bc.where(bc != "", looked_up)
        bc_norm = _commune_codes(bc)
        buyer_in = _in_communes(bc_norm, territory.communes) & bc_norm.ne("")
        place_in = scope.ne("")
        inside = place_in if by == "place" else buyer_in if by == "buyer" else (place_in | buyer_in)
        amount = pd.to_numeric(chunk["montant"], errors="coerce")
        retry = amount.isna() & chunk["montant"].ne("")
        if retry.any():  # "1 500,50", " 12000 ": cleaned only where the fast parse failed
            cleaned = chunk.loc[retry, "montant"].str.replace(r"[\s\u00a0€]", "", regex=True).str.replace(
                ",", ".", regex=False)
            amount[retry] = pd.to_numeric(cleaned, errors="coerce")
        amount_text = chunk["montant"].str.strip()
        missing_buyer = chunk["acheteur_id"].str.strip().eq("")
        bad_amount = amount.isna() & amount_text.ne("")
        bad_type = ptype.eq("?")
        reason = pd.Series("", index=chunk.index, dtype=object)
        reason[bad_type] = "unknown_place_type"
        reason[bad_amount] = "amount_not_numeric"
        reason[missing_buyer] = "missing_buyer"
        for key, n in reason[reason.ne("")].value_counts().items():
            counts["malformed"][key] += int(n)
        undetermined = bad_type & ~(buyer_in if by != "place" else pd.Series(False, index=chunk.index))
        take = inside | (reason.ne("") & undetermined)
        if not take.any():
            if progress is not None:
                progress(counts["rows_read"])
            continue
        part = chunk[take].copy()
        part["_scope"], part["_commune"], part["_ptype"] = scope[take], commune[take], ptype[take]
        part["_buyer_commune"], part["_amount"], part["_reason"] = bc_norm[take], amount[take], reason[take]
        part["_place_in"], part["_buyer_in"] = place_in[take], buyer_in[take]
        kept.append(part)
        if progress is not None:
            progress(counts["rows_read"])
    rows = pd.concat(kept, ignore_index=True) if kept else pd.DataFrame(columns=TABULAR_FIELDS)
    contracts, rejected = _contracts_from_rows(rows, catalogue, max_amount, counts)
    cframe, rframe = _frames(contracts, rejected)
    counts.update(contracts=len(cframe), in_territory=len(cframe), rejected=len(rframe), records=counts["rows_read"])
    counts["formats"] = {"tabular": counts["rows_read"]}
    return DecpResult(cframe, rframe, counts, "tabular")


def _float_or_none(value):
    try:
        v = float(str(value).replace(",", ".")) if value not in (None, "") else None
    except ValueError:
        return None
    return None if v is None or v != v else v


def _contracts_from_rows(rows: pd.DataFrame, catalogue, max_amount, counts) -> tuple:
    """Tabular rows (contract × holder × modification) → one contract each: amount from the initial rows
    (smallest modification_id), holders and amount_modified from the current rows (donneesActuelles,
    else the largest modification_id). Plain Python over the territory's rows (few)."""
    if rows.empty:
        return [], []
    groups: dict = {}
    for rec in rows.to_dict("records"):
        uid = rec["uid"] if str(rec["uid"]).strip() else str(rec["acheteur_id"]) + str(rec["id"])
        rec["_mod"] = _float_or_none(rec["modification_id"]) or 0.0
        rec["_current"] = str(rec["donneesActuelles"]).lower() in ("true", "1", "oui", "t")
        groups.setdefault(uid, []).append(rec)
    contracts, rejected = [], []
    for uid, group in groups.items():
        low = min(r["_mod"] for r in group)
        initial = [r for r in group if r["_mod"] == low]
        latest = [r for r in group if r["_current"]] or [r for r in group if r["_mod"] == max(x["_mod"] for x in group)]
        first, now = initial[0], latest[0]
        holders = []
        for h in latest:
            hid = _siret(h["titulaire_id"])
            if hid and all(hid != x["id"] for x in holders):
                holders.append({"id": hid, "type": h["titulaire_typeIdentifiant"], "name": h["titulaire_nom"]})
        amount = first["_amount"]
        amount = None if amount is None or amount != amount else float(amount)
        outlier = amount is not None and amount > max_amount
        modified = None
        now_amount = now["_amount"]
        if now["_mod"] > first["_mod"] and now_amount is not None and now_amount == now_amount \
                and now_amount <= max_amount:
            modified = float(now_amount)
        social = parse_social(now["considerationsSociales"], "tabular")
        cpv = normalize_cpv(first["codeCPV"])
        match = catalogue.cpv_match(cpv) if catalogue is not None else None
        contract = {
            "uid": uid, "id": first["id"], "format": "tabular", "nature": first["nature"],
            "buyer_id": _siret(first["acheteur_id"]), "buyer_name": first["acheteur_nom"], "object": first["objet"],
            "amount": None if outlier else amount, "amount_outlier": outlier, "amount_modified": modified,
            "cpv": cpv, "cpv_trade": match["trade"] if match else "", "procedure": first["procedure"],
            "date": str(first["dateNotification"])[:10], "duration_months": _duration(now["dureeMois"]),
            "social": social["social"], "social_clause": social["clause"], "social_criterion": social["criterion"],
            "social_reserved": social["reserved"], "social_raw": social["raw"],
            "place_code": str(first["lieuExecution_code"]).strip(), "place_type": first["_ptype"],
            "place_scope": first["_scope"], "place_commune": first["_commune"],
            "buyer_commune": first["_buyer_commune"], "buyer_lat": _float_or_none(first["acheteur_latitude"]),
            "buyer_lon": _float_or_none(first["acheteur_longitude"]),
            "holder_ids": ",".join(h["id"] for h in holders), "holder_names": "|".join(h["name"] for h in holders),
            "holder_types": ",".join(h["type"] for h in holders), "n_holders": len(holders),
            "in_territory_by": "+".join(k for k, v in (("place", first["_place_in"]), ("buyer", first["_buyer_in"]))
                                        if v),
        }
        reason = next((r["_reason"] for r in group if r["_reason"]), "")
        if reason:
            contract.update(reason=reason, reason_text=REASONS[reason])
            rejected.append(contract)
        else:
            counts["amount_outliers"] += int(outlier)
            contracts.append(contract)
    return contracts, rejected


# ---- aggregates ----------------------------------------------------------------------------------
def buyer_table(contracts: pd.DataFrame, catalogue: TradeCatalogue | None = None) -> pd.DataFrame:
    """One row per buyer: buyer_id, buyer_name, buyer_commune, buyer_lat, buyer_lon, n_contracts, amount
    (sum of valid amounts), n_amount_missing (no amount or outlier), n_social_yes, n_social_no,
    n_social_unknown, social_share (yes / (yes + no); None when no contract says), social_amount,
    n_siae_cpv (contracts whose CPV falls in an SIAE trade family), siae_cpv_amount, siae_trades
    ('cleaning:3,green_spaces:1', most frequent first). Sorted by amount descending."""
    cols = ["buyer_id", "buyer_name", "buyer_commune", "buyer_lat", "buyer_lon", "n_contracts", "amount",
            "n_amount_missing", "n_social_yes", "n_social_no", "n_social_unknown", "social_share", "social_amount",
            "n_siae_cpv", "siae_cpv_amount", "siae_trades"]
    if contracts.empty:
        return pd.DataFrame(columns=cols)
    rows = []
    for buyer, g in contracts.groupby("buyer_id", sort=False):
        yes, no = int((g["social"] == "yes").sum()), int((g["social"] == "no").sum())
        siae = g[g["cpv_trade"] != ""]
        trades = siae["cpv_trade"].value_counts()
        amounts = g["amount"].dropna()
        rows.append({
            "buyer_id": buyer, "buyer_name": next((n for n in g["buyer_name"] if n), ""),
            "buyer_commune": next((n for n in g["buyer_commune"] if n), ""),
            "buyer_lat": g["buyer_lat"].dropna().iloc[0] if g["buyer_lat"].notna().any() else None,
            "buyer_lon": g["buyer_lon"].dropna().iloc[0] if g["buyer_lon"].notna().any() else None,
            "n_contracts": int(len(g)), "amount": float(amounts.sum()),
            "n_amount_missing": int(g["amount"].isna().sum()), "n_social_yes": yes, "n_social_no": no,
            "n_social_unknown": int((g["social"] == "unknown").sum()),
            "social_share": yes / (yes + no) if yes + no else None,
            "social_amount": float(g.loc[g["social"] == "yes", "amount"].dropna().sum()),
            "n_siae_cpv": int(len(siae)), "siae_cpv_amount": float(siae["amount"].dropna().sum()),
            "siae_trades": ",".join(f"{t}:{n}" for t, n in sorted(trades.items(), key=lambda kv: (-kv[1], kv[0]))),
        })
    out = pd.DataFrame(rows, columns=cols)
    order = np.lexsort((out["buyer_id"].to_numpy(), -out["amount"].to_numpy(float)))
    return out.iloc[order].reset_index(drop=True)


def holder_rows(contracts: pd.DataFrame) -> pd.DataFrame:
    """One row per contract × holder: uid, holder_id, holder_type, holder_name, social, amount, cpv_trade."""
    out = []
    for rec in contracts.itertuples(index=False):
        ids = [h for h in str(rec.holder_ids or "").split(",") if h]
        names = str(rec.holder_names or "").split("|")
        types = str(rec.holder_types or "").split(",")
        for i, hid in enumerate(ids):
            out.append({"uid": rec.uid, "holder_id": hid, "holder_type": types[i] if i < len(types) else "",
                        "holder_name": names[i] if i < len(names) else "", "social": rec.social,
                        "amount": rec.amount, "cpv_trade": rec.cpv_trade, "buyer_id": rec.buyer_id})
    return pd.DataFrame(out, columns=["uid", "holder_id", "holder_type", "holder_name", "social", "amount",
                                      "cpv_trade", "buyer_id"])
