"""Pseudonymisation of an SIAE's person files (employees, private clients).

Drops the columns that identify a person directly (name, first name, phone, e-mail, birth date, social
security number) and replaces the person id with a salted hash: the same person gets the same token in
every file hashed with the same salt (so files can still be joined), but the token cannot be reversed
without the salt. The salt is kept by the caller (Coodiag stores it in the QGIS project) and never written
to an output. Pure Python (stdlib, pandas).
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import hmac
import re
import secrets

import pandas as pd

from .address import normalize_text

# normalised header → role. Matched on whole normalised header or as its leading words.
PERSONAL_HEADERS = {
    "name": ["nom", "nom de famille", "nom usage", "nom d usage", "nom de naissance", "nom salarie",
             "nom du salarie", "nom client", "nom prenom", "nom et prenom", "name", "last name", "surname",
             "family name", "nom raison sociale", "nom ou raison sociale", "contact", "nom contact"],
    "first_name": ["prenom", "prenoms", "first name", "given name", "prenom salarie", "prenom du salarie",
                   "prenom contact"],
    "phone": ["tel", "telephone", "tel portable", "telephone portable", "portable", "mobile", "tel fixe",
              "telephone fixe", "phone", "gsm", "num tel", "numero de telephone", "n tel"],
    "email": ["email", "e mail", "mail", "courriel", "adresse mail", "adresse email", "adresse e mail"],
    "birth_date": ["date de naissance", "date naissance", "ddn", "ne le", "nee le", "ne e le", "naissance",
                   "birth date", "date of birth", "dob", "birthdate"],
    "ssn": ["nir", "numero de securite sociale", "n securite sociale", "num secu", "numero secu", "secu"],
}
ID_HEADERS = ["matricule", "id", "identifiant", "id salarie", "n salarie", "numero salarie", "n client",
              "num client", "numero client", "code client", "id client", "n dossier", "dossier",
              "id personne", "code salarie"]


def _norm(header: str) -> str:
    return normalize_text(header)


def detect_personal_columns(columns) -> dict:
    """{column: role} for columns whose header names a direct identifier."""
    found = {}
    for col in columns:
        key = _norm(col)
        for role, names in PERSONAL_HEADERS.items():
            if key in names:
                found[col] = role
                break
    return found


def detect_id_column(columns) -> str:
    keys = {_norm(c): c for c in columns}
    for name in ID_HEADERS:
        if name in keys:
            return keys[name]
    return ""


def new_salt() -> str:
    return secrets.token_hex(16)


def pseudonym(value, salt: str, prefix: str = "p_") -> str:
    """HMAC-SHA256 of the id with the salt, 16 hex characters; '' stays ''."""
    text = "" if value is None else str(value).strip()
    if not text or text.lower() == "nan":
        return ""
    digest = hmac.new(salt.encode("utf-8"), text.encode("utf-8"), hashlib.sha256).hexdigest()
    return prefix + digest[:16]


_DATE_PATTERNS = (
    (re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})"), ("d", "m", "y")),
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})"), ("y", "m", "d")),
    (re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})$"), ("d", "m", "yy")),
)


def parse_date(value):
    """'31/12/1980', '1980-12-31', '31.12.80' → date; None when unreadable."""
    if value is None:
        return None
    text = str(value).strip()
    for regex, order in _DATE_PATTERNS:
        m = regex.match(text)
        if not m:
            continue
        parts = dict(zip(order, (int(g) for g in m.groups())))
        year = parts.get("y")
        if year is None:
            yy = parts["yy"]
            year = 1900 + yy if yy > 30 else 2000 + yy
        try:
            return _dt.date(year, parts["m"], parts["d"])
        except ValueError:
            return None
    return None


def age_at(birth, reference: _dt.date):
    if birth is None:
        return None
    years = reference.year - birth.year - ((reference.month, reference.day) < (birth.month, birth.day))
    return years if 0 <= years < 130 else None


def pseudonymise(frame: pd.DataFrame, salt: str, id_column: str = "", drop_columns=None,
                 derive_age: bool = True, reference_date: _dt.date | None = None) -> tuple:
    """Return (new frame, dropped column list, added column list).

    - `drop_columns`: columns to drop (default: detect_personal_columns);
    - `id_column`: replaced in place by its salted hash (default: detect_id_column; '' → none);
    - `derive_age`: when a birth-date column is dropped and the frame has no age column, add `age`
      (whole years at `reference_date`, default today) before dropping it."""
    if not salt:
        raise ValueError("A non-empty salt is required.")
    out = frame.copy()
    roles = detect_personal_columns(out.columns)
    drop = list(drop_columns) if drop_columns is not None else list(roles)
    drop = [c for c in drop if c in out.columns]
    added = []
    if derive_age:
        has_age = any(_norm(c) in ("age", "age annees", "age ans") for c in out.columns)
        births = [c for c in drop if roles.get(c) == "birth_date"
                  or _norm(c) in PERSONAL_HEADERS["birth_date"]]
        if births and not has_age:
            ref = reference_date or _dt.date.today()
            ages = [age_at(parse_date(v), ref) for v in out[births[0]]]
            out["age"] = ["" if a is None else str(a) for a in ages]
            added.append("age")
    if id_column and id_column in out.columns and id_column not in drop:
        out[id_column] = [pseudonym(v, salt) for v in out[id_column]]
    out = out.drop(columns=drop)
    return out, drop, added
