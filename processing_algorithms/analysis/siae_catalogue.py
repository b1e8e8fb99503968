"""The SIAE trades catalogue (resources/catalogues/siae_trades.json) and code normalisation helpers.

The catalogue lists the trades SIAE typically place people in, each with FAP 2021 trade codes (BMO),
NAF rév. 2 codes of the establishments that buy these services or employ these trades (SIRENE), CPV
families of public contracts (DECP), plus an approximate NAF → FAP map. Every analysis module takes an
optional ``path`` to an edited copy; the default is the shipped file.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "resources" / "catalogues" / "siae_trades.json"

_NAF_RE = re.compile(r"[^0-9A-Z]")


def normalize_naf(code) -> str:
    """NAF code without dot or spaces, upper case: '88.99B' / '8899b' / '88.99 B' → '8899B' ('' when empty)."""
    if code is None:
        return ""
    text = _NAF_RE.sub("", str(code).upper())
    return "" if text in ("ND", "NAN", "NONE") else text


def dotted_naf(code) -> str:
    """'8899B' → '88.99B' (the SIRENE form); other lengths returned normalised."""
    text = normalize_naf(code)
    return f"{text[:2]}.{text[2:]}" if len(text) == 5 else text


def normalize_cpv(code) -> str:
    """The 8 digits of a CPV code: '45316110-9' → '45316110', ' 71631300 ' → '71631300'; '' if not a CPV."""
    if code is None:
        return ""
    digits = re.match(r"\s*(\d{8})", str(code))
    return digits.group(1) if digits else ""


def cpv_prefix(code) -> str:
    """Significant prefix of a CPV family: trailing zeros dropped, at least the 2-digit division:
    '90910000' → '9091', '55300000' → '553', '45000000' → '45'."""
    digits = normalize_cpv(code) or re.sub(r"\D", "", str(code or ""))
    stripped = digits.rstrip("0")
    return stripped if len(stripped) >= 2 else digits[:2]


def normalize_fap(code) -> str:
    return str(code or "").strip().upper()


@dataclass
class TradeCatalogue:
    trades: list
    fap: dict = field(default_factory=dict)  # code -> entry
    naf: dict = field(default_factory=dict)  # normalised code -> entry
    cpv: list = field(default_factory=list)  # entries, longest prefix first
    naf_to_fap: dict = field(default_factory=dict)  # normalised NAF -> [FAP codes]
    path: str = ""

    @property
    def trade_ids(self) -> list:
        return [t["id"] for t in self.trades]

    def trade(self, trade_id: str) -> dict:
        for t in self.trades:
            if t["id"] == trade_id:
                return t
        raise KeyError(trade_id)

    def siae_fap(self, trades=None) -> set:
        """FAP codes of the given trades (all trades by default)."""
        wanted = set(trades) if trades else None
        return {normalize_fap(c) for t in self.trades if wanted is None or t["id"] in wanted for c in t["fap"]}

    def fap_trade(self, code) -> str:
        """Trade id of a FAP code ('' when the code is not an SIAE trade)."""
        entry = self.fap.get(normalize_fap(code))
        return entry["trade"] if entry else ""

    def naf_codes(self, trades=None) -> set:
        """Normalised NAF codes of the establishments the given trades serve (all trades by default)."""
        wanted = set(trades) if trades else None
        return {normalize_naf(c) for t in self.trades if wanted is None or t["id"] in wanted for c in t["naf"]}

    def fap_for_naf(self, naf) -> list:
        """FAP trades an establishment of this NAF code employs (approximate map; [] when unknown).
        A sub-class absent from the map falls back on the listed sub-classes of its class ('5610D' → the
        FAP of 5610A, 5610B, 5610C)."""
        code = normalize_naf(naf)
        if code in self.naf_to_fap:
            return list(self.naf_to_fap[code])
        merged = []
        if len(code) >= 4:
            for n, faps in self.naf_to_fap.items():
                if n[:4] == code[:4]:
                    merged += [f for f in faps if f not in merged]
        return merged

    def cpv_match(self, code) -> dict | None:
        """The catalogue CPV family (longest prefix) a contract's CPV code falls in, else None."""
        digits = normalize_cpv(code)
        if not digits:
            return None
        for entry in self.cpv:
            if digits.startswith(entry["prefix"]):
                return entry
        return None

    def label(self, kind: str, code, lang: str = "fr") -> str:
        table = {"fap": self.fap, "naf": self.naf}.get(kind, {})
        key = normalize_fap(code) if kind == "fap" else normalize_naf(code)
        entry = table.get(key)
        return entry.get(f"label_{lang}", "") if entry else ""


def load_catalogue(path=None) -> TradeCatalogue:
    """Read the catalogue (``path`` or the shipped resources/catalogues/siae_trades.json)."""
    source = Path(path) if path else DEFAULT_PATH
    with open(source, encoding="utf-8") as handle:
        data = json.load(handle)
    trades = data.get("trades", [])
    ids = [t.get("id") for t in trades]
    if len(ids) != len(set(ids)) or not all(ids):
        raise ValueError(f"{source}: trade ids must be unique and non-empty")
    fap = {normalize_fap(e["code"]): e for e in data.get("fap", [])}
    for t in trades:  # codes listed only in a trade still know their trade
        for c in t.get("fap", []):
            fap.setdefault(normalize_fap(c), {"code": c, "trade": t["id"], "label_fr": "", "label_en": ""})
    naf = {normalize_naf(e["code"]): e for e in data.get("naf", [])}
    cpv = []
    for e in data.get("cpv", []):
        entry = dict(e)
        entry["prefix"] = cpv_prefix(e["code"])
        cpv.append(entry)
    for t in trades:
        for c in t.get("cpv", []):
            if not any(e["code"] == c for e in cpv):
                cpv.append({"code": c, "prefix": cpv_prefix(c), "trade": t["id"], "label_fr": "", "label_en": ""})
    cpv.sort(key=lambda e: -len(e["prefix"]))
    naf_to_fap = {normalize_naf(e["naf"]): [normalize_fap(f) for f in e["fap"]] for e in data.get("naf_to_fap", [])}
    return TradeCatalogue(trades=trades, fap=fap, naf=naf, cpv=cpv, naf_to_fap=naf_to_fap, path=str(source))
