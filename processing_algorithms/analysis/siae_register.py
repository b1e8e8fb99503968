"""The inclusion landscape: registers of SIAE and other inclusive employers (pure: stdlib, pandas).

Reads, detected from the content:

- the **Plateforme de l'inclusion** export as GeoJSON (Point features, properties ``siret, name, brand,
  kind, naf, address, post_code, city, department``) or CSV (same columns + ``lon``/``lat``), as in
  ``../shared/data/siae-inclusion/``;
- an **ASP**-style list (CSV/XLSX/ODS; columns found by name: SIRET, raison sociale / dénomination,
  type de structure / mesure such as ``ACI_DC``, adresse, code postal, commune, code INSEE, longitude,
  latitude, NAF/APE);
- **data·inclusion** ``structure`` records (JSON list, ``{"items": […]}`` API pages or JSON lines) with
  ``siret, nom, commune, code_postal, code_insee, adresse, longitude, latitude`` and ``typologie`` or
  ``reseaux_porteurs`` (``siae``, ``geiq``, ``unea``…): only the inclusive employers are kept.

Every structure gets a normalised ``kind`` among :data:`KINDS` (AI, ACI, EI, ETTI, EITI, GEIQ, EA, EATT;
``SIAE`` when a source only says « SIAE »; ``''`` when unknown) with ``kind_source`` (``field``,
``network``, ``name``). :func:`resolve_communes` gives each structure its INSEE commune code (given, or
from postcode + commune name against a COG table), :func:`select_in_communes` keeps a territory, and
:func:`match_contract_holders` flags the structures that hold public contracts (DECP holders, on SIRET;
same SIREN flagged separately).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import insee_codes, spreadsheet, tabular
from .address import commune_key, normalize_text
from .siae_catalogue import normalize_naf

KINDS = ("AI", "ACI", "EI", "ETTI", "EITI", "GEIQ", "EA", "EATT")
SIAE_KINDS = ("AI", "ACI", "EI", "ETTI", "EITI")
KIND_LABELS = {
    "AI": ("Association intermédiaire", "Intermediary association"),
    "ACI": ("Atelier et chantier d'insertion", "Integration workshop and worksite"),
    "EI": ("Entreprise d'insertion", "Integration enterprise"),
    "ETTI": ("Entreprise de travail temporaire d'insertion", "Integration temporary-work agency"),
    "EITI": ("Entreprise d'insertion par le travail indépendant", "Integration through self-employment enterprise"),
    "GEIQ": ("Groupement d'employeurs pour l'insertion et la qualification",
             "Employers' group for integration and qualification"),
    "EA": ("Entreprise adaptée", "Adapted enterprise (disabled workers)"),
    "EATT": ("Entreprise adaptée de travail temporaire", "Adapted temporary-work agency"),
    "SIAE": ("SIAE (type non précisé)", "SIAE (kind not given)"),
}
#: data·inclusion reseaux_porteurs -> kind
NETWORK_KINDS = {"siae": "SIAE", "geiq": "GEIQ", "unea": "EA"}
_NAME_RULES = (  # (regex on the normalised name, kind), most specific first
    (r"\beatt\b|adaptee de travail temporaire", "EATT"),
    (r"\beiti\b|insertion par le travail independant", "EITI"),
    (r"\betti\b|travail temporaire d insertion|interim d insertion|interim insertion", "ETTI"),
    (r"\bgeiq\b|groupement d employeurs pour l insertion", "GEIQ"),
    (r"\baci\b|chantiers? d insertion|ateliers? chantiers?|atelier d insertion", "ACI"),
    (r"\bai\b|association intermediaire", "AI"),
    (r"\bei\b|entreprise d insertion", "EI"),
    (r"\bea\b|entreprise adaptee", "EA"),
)
COLUMNS = ["siret", "siren", "name", "brand", "kind", "kind_raw", "kind_source", "naf", "address", "postcode", "city",
           "commune", "department", "lon", "lat", "networks", "source_format"]

FIELD_PATTERNS = {
    "siret": [r"siret", r"n_?siret", r"numero_siret", r"siret_structure"],
    "name": [r"name", r"nom", r"raison_sociale", r"denomination(_sociale)?", r"nom_structure", r"structure"],
    "brand": [r"brand", r"enseigne", r"nom_commercial"],
    "kind": [r"kind", r"typologie", r"type(_de)?_structure", r"type_siae", r"mesure", r"type_mesure",
             r"type", r"nature"],
    "naf": [r"naf", r"code_naf", r"ape", r"code_ape", r"activite_principale"],
    "address": [r"address", r"adresse", r"adresse_ligne_1", r"adresse_1", r"voie"],
    "postcode": [r"post_code", r"code_postal", r"cp", r"postcode", r"codepostal"],
    "city": [r"city", r"commune", r"ville", r"libelle_commune", r"nom_commune"],
    "commune": [r"code_insee", r"code_commune", r"insee_com", r"codgeo", r"commune_code", r"code_commune_insee"],
    "department": [r"department", r"departement", r"dep", r"code_departement"],
    "lon": [r"lon", r"longitude", r"x_longitude", r"lng"],
    "lat": [r"lat", r"latitude", r"y_latitude"],
    "networks": [r"reseaux_porteurs", r"reseaux"],
}


class RegisterError(ValueError):
    """`code`: unreadable, no_columns."""

    def __init__(self, code: str, message: str, **details):
        super().__init__(message)
        self.code = code
        self.details = details


@dataclass
class Register:
    frame: pd.DataFrame
    source_format: str
    counts: dict = field(default_factory=dict)
    rejected: pd.DataFrame = None


# ---- kinds ---------------------------------------------------------------------------------------
def normalize_kind(value) -> str:
    """'ACI_DC' → 'ACI', 'ACIPHC' → 'ACI', 'Entreprise de travail temporaire d'insertion' → 'ETTI',
    'siae' → 'SIAE'; '' when not an inclusive-employer kind."""
    text = str(value or "").strip()
    if not text:
        return ""
    upper = re.sub(r"[^A-Z]", " ", text.upper()).split()
    if upper:
        head = upper[0]
        if head in KINDS:
            return head
        if head.startswith("ACI"):  # ACIPHC (premières heures en chantier)
            return "ACI"
        if head in ("SIAE", "IAE"):
            return "SIAE"
    return kind_from_name(text)


def kind_from_name(name) -> str:
    key = normalize_text(name)
    for rx, kind in _NAME_RULES:
        if re.search(rx, key):
            return kind
    return ""


def _norm(name) -> str:
    return re.sub(r"[^a-z0-9]+", "_", normalize_text(name).replace(" ", "_")).strip("_")


def _match_fields(header) -> dict:
    normed = [(_norm(h), h) for h in header]
    found, used = {}, set()
    for canonical, pats in FIELD_PATTERNS.items():
        for pat in pats:
            rx = re.compile(rf"^{pat}$")
            hit = next((h for n, h in normed if h not in used and rx.match(n)), None)
            if hit is not None:
                found[canonical] = hit
                used.add(hit)
                break
    return found


def _float(value):
    try:
        v = float(str(value).replace(",", "."))
    except (TypeError, ValueError):
        return None
    return v if v == v else None


# ---- readers -------------------------------------------------------------------------------------
def _records_from_json(data) -> tuple:
    """(list of flat dicts, format)."""
    if isinstance(data, dict) and data.get("type") == "FeatureCollection":
        out = []
        for feat in data.get("features") or []:
            props = dict(feat.get("properties") or {})
            geom = feat.get("geometry") or {}
            if geom.get("type") == "Point" and len(geom.get("coordinates") or []) >= 2:
                props["lon"], props["lat"] = geom["coordinates"][0], geom["coordinates"][1]
            out.append(props)
        return out, "geojson"
    if isinstance(data, dict):
        for key in ("items", "results", "data", "structures"):
            if isinstance(data.get(key), list):
                return data[key], "data_inclusion"
    if isinstance(data, list):
        return data, "data_inclusion"
    raise RegisterError("unreadable",
                        "Unknown JSON layout: expected a GeoJSON FeatureCollection or a list of structures.")


def _read_raw(path) -> tuple:
    """(list of dicts or DataFrame, format)."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix in (".geojson", ".json", ".jsonl", ".ndjson"):
        text = p.read_text(encoding="utf-8-sig")
        stripped = text.lstrip()
        if suffix in (".jsonl", ".ndjson") or (stripped.startswith("{") and "\n{" in stripped and
                                                not stripped.startswith('{"type"')):
            try:
                return [json.loads(line) for line in text.splitlines() if line.strip()], "data_inclusion"
            except json.JSONDecodeError:
                pass
        try:
            return _records_from_json(json.loads(text))
        except json.JSONDecodeError as exc:
            raise RegisterError("unreadable", f"{p.name}: invalid JSON ({exc}).") from exc
    if suffix in (".xlsx", ".xlsm", ".ods"):
        names, rows, _sheet = spreadsheet.read_table(p)
        return pd.DataFrame(rows, columns=names, dtype=object), "table"
    try:
        table = tabular.read_csv_file(p)
    except tabular.TabularError as exc:
        raise RegisterError("unreadable", str(exc)) from exc
    return table.frame, "table"


def read_register(path) -> Register:
    """Read an SIAE register (module doc) into :data:`COLUMNS`. Records of data·inclusion that are not
    inclusive employers are left out and counted (``counts['not_inclusive']``); rows without a name and a
    SIRET are rejected with a reason."""
    raw, fmt = _read_raw(path)
    if isinstance(raw, list):
        frame = pd.DataFrame([{k: (json.dumps(v) if isinstance(v, (dict, list)) and k != "reseaux_porteurs" else v)
                               for k, v in r.items()} for r in raw if isinstance(r, dict)])
    else:
        frame = raw
    if frame.empty:
        return Register(pd.DataFrame(columns=COLUMNS), fmt, {"rows": 0, "kept": 0}, pd.DataFrame(columns=COLUMNS))
    mapping = _match_fields(list(frame.columns))
    if "siret" not in mapping and "name" not in mapping:
        raise RegisterError("no_columns", "Neither a SIRET nor a name column was found.", header=list(frame.columns))
    if fmt == "table" and {"kind", "post_code"} <= set(frame.columns):
        fmt = "plateforme_csv"

    def col(key):
        name = mapping.get(key)
        return frame[name] if name is not None else pd.Series([None] * len(frame), index=frame.index)

    out = pd.DataFrame(index=frame.index)
    out["siret"] = col("siret").map(lambda v: insee_codes.siret_code(v) or "")
    out["siren"] = out["siret"].str[:9]
    out["name"] = col("name").fillna("").astype(str).str.strip()
    out["brand"] = col("brand").fillna("").astype(str).str.strip()
    networks = col("networks").map(_networks)
    out["networks"] = networks.map(lambda n: ",".join(n))
    kind_raw = col("kind").fillna("").astype(str).str.strip()
    out["kind_raw"] = kind_raw
    kinds, sources = [], []
    for raw_kind, nets, name in zip(kind_raw, networks, out["name"]):
        kind = normalize_kind(raw_kind)
        source = "field" if kind else ""
        if kind in ("", "SIAE"):
            net_kind = next((NETWORK_KINDS[n] for n in nets if n in NETWORK_KINDS), "")
            trust_name = fmt != "data_inclusion" or bool(net_kind) or kind == "SIAE"
            name_kind = kind_from_name(name) if trust_name else ""
            if name_kind:
                kind, source = name_kind, "name"
            elif not kind and net_kind:
                kind, source = net_kind, "network"
        kinds.append(kind)
        sources.append(source)
    out["kind"] = kinds
    out["kind_source"] = sources
    out["naf"] = col("naf").map(normalize_naf)
    out["address"] = col("address").fillna("").astype(str).str.strip()
    out["postcode"] = col("postcode").fillna("").astype(str).str.strip().str.replace(r"\.0$", "", regex=True)
    out["postcode"] = out["postcode"].map(lambda v: v.zfill(5) if v.isdigit() and len(v) == 4 else v)
    out["city"] = col("city").fillna("").astype(str).str.strip()
    out["commune"] = col("commune").map(lambda v: insee_codes.commune_code(v) if v not in (None, "") else "")
    dep = col("department").map(lambda v: insee_codes.departement_code(v) if v not in (None, "") else "")
    out["department"] = dep.where(dep != "", out["commune"].map(insee_codes.departement_of))
    out["lon"] = col("lon").map(_float)
    out["lat"] = col("lat").map(_float)
    out["source_format"] = fmt
    counts = {"rows": int(len(out))}
    inclusive = out["kind"].ne("") | networks.map(lambda n: any(k in NETWORK_KINDS for k in n))
    if fmt == "data_inclusion":
        counts["not_inclusive"] = int((~inclusive).sum())
        out = out[inclusive]
    bad = out["siret"].eq("") & out["name"].eq("")
    rejected = out[bad].assign(reason="no_siret_no_name")
    out = out[~bad].reset_index(drop=True)
    counts.update(kept=int(len(out)), rejected=int(bad.sum()),
                  no_position=int((out["lon"].isna() | out["lat"].isna()).sum()),
                  unknown_kind=int(out["kind"].eq("").sum()),
                  by_kind={k: int(n) for k, n in out["kind"].value_counts().sort_index().items()})
    return Register(out[COLUMNS], fmt, counts, rejected.reset_index(drop=True))


def _networks(value) -> list:
    if value is None or (isinstance(value, float) and value != value):
        return []
    if isinstance(value, (list, tuple)):
        return [str(v).strip().lower() for v in value if str(v).strip()]
    text = str(value).strip()
    if text.startswith("["):
        try:
            return [str(v).strip().lower() for v in json.loads(text)]
        except json.JSONDecodeError:
            pass
    return [t.strip().lower() for t in re.split(r"[,;|]", text) if t.strip()]


# ---- communes ------------------------------------------------------------------------------------
def commune_lookup(cog) -> dict:
    """{'postcodes': {postcode: [codes]}, 'names': {(département, commune_key): [codes]}} from a COG
    communes table (path or DataFrame with code, nom, departement, codes_postaux)."""
    frame = pd.read_csv(cog, dtype=str, keep_default_na=False) if not isinstance(cog, pd.DataFrame) else cog
    postcodes, names = {}, {}
    for row in frame.itertuples(index=False):
        code = insee_codes.commune_code(row.code)
        if not code:
            continue
        for pc in str(getattr(row, "codes_postaux", "") or "").replace(",", ";").split(";"):
            if pc.strip():
                postcodes.setdefault(pc.strip().zfill(5), []).append(code)
        dep = insee_codes.departement_of(code)
        names.setdefault((dep, commune_key(row.nom)), []).append(code)
    return {"postcodes": postcodes, "names": names}


def resolve_communes(register: pd.DataFrame, lookup: dict) -> pd.DataFrame:
    """Fill ``commune`` where it is empty: the commune of the postcode whose name matches ``city``
    (a postcode often serves several communes: 20167 = ten communes around Ajaccio), else the only
    commune of the postcode, else the commune of that name in the département. Adds
    ``commune_source`` ('given', 'postcode_name', 'postcode', 'name', '')."""
    out = register.copy()
    sources = []
    communes = []
    for row in out.itertuples(index=False):
        if row.commune:
            communes.append(row.commune)
            sources.append("given")
            continue
        key = commune_key(row.city)
        candidates = lookup["postcodes"].get(str(row.postcode).zfill(5) if row.postcode else "", [])
        dep = row.department or (insee_codes.departement_of(candidates[0]) if candidates else "")
        named = lookup["names"].get((dep, key), [])
        both = [c for c in candidates if c in named]
        if len(both) == 1:
            communes.append(both[0])
            sources.append("postcode_name")
        elif len(candidates) == 1:
            communes.append(candidates[0])
            sources.append("postcode")
        elif len(named) == 1:
            communes.append(named[0])
            sources.append("name")
        else:
            communes.append("")
            sources.append("")
    out["commune"] = communes
    out["commune_source"] = sources
    return out


def select_in_communes(register: pd.DataFrame, communes, kinds=None) -> pd.DataFrame:
    """Structures whose commune is one of ``communes`` (arrondissements count for their commune),
    optionally of the given kinds."""
    wanted = {insee_codes.commune_code(c) for c in communes} - {""}
    code = register["commune"].fillna("")
    inside = code.isin(wanted) | code.map(lambda c: insee_codes.parent_commune(c) if c else "").isin(wanted)
    if kinds:
        inside &= register["kind"].isin({str(k).upper() for k in kinds})
    return register[inside].reset_index(drop=True)


# ---- public contracts ----------------------------------------------------------------------------
def match_contract_holders(register: pd.DataFrame, holders: pd.DataFrame) -> pd.DataFrame:
    """Add to each structure: n_contracts / n_social_contracts / contracts_amount / social_amount (DECP
    contracts it holds, matched on SIRET), holds_social_contracts (bool), and n_contracts_same_siren (held
    by another establishment of the same SIREN: a lead, not a match). ``holders`` = decp.holder_rows()."""
    out = register.copy()
    if holders is None or holders.empty:
        for c in ("n_contracts", "n_social_contracts", "n_contracts_same_siren"):
            out[c] = 0
        out["contracts_amount"] = 0.0
        out["social_amount"] = 0.0
        out["holds_social_contracts"] = False
        return out
    h = holders.copy()
    h["holder_id"] = h["holder_id"].map(lambda v: insee_codes.siret_code(v) or str(v))
    h["_social"] = h["social"].eq("yes")
    per_siret = h.groupby("holder_id").agg(n_contracts=("uid", "nunique"),
                                           n_social_contracts=("_social", "sum"),
                                           contracts_amount=("amount", "sum"))
    social_amount = h[h["_social"]].groupby("holder_id")["amount"].sum()
    h["_siren"] = h["holder_id"].str[:9]
    per_siren = h.groupby("_siren")["uid"].nunique()
    sirets = out["siret"]
    out["n_contracts"] = sirets.map(per_siret["n_contracts"]).fillna(0).astype(int)
    out["n_social_contracts"] = sirets.map(per_siret["n_social_contracts"]).fillna(0).astype(int)
    out["contracts_amount"] = sirets.map(per_siret["contracts_amount"]).fillna(0.0).astype(float)
    out["social_amount"] = sirets.map(social_amount).fillna(0.0).astype(float)
    out["holds_social_contracts"] = out["n_social_contracts"] > 0
    same = out["siren"].map(per_siren).fillna(0).astype(int) - out["n_contracts"]
    out["n_contracts_same_siren"] = same.clip(lower=0).where(out["siren"] != "", 0)
    return out
