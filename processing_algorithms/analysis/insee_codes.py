"""INSEE geographic codes: normalisation and field detection (pure Python).

Spreadsheets mangle codes: ``1004`` for ``01004`` (leading zero lost), ``1004.0`` (read as a float),
``2a004`` for ``2A004`` (Corsica), 8-digit IRIS codes. These helpers give back the canonical text:
commune = 5 characters, IRIS = 9 characters (commune code + 4 digits), département = 2 or 3 characters
(``01``, ``2A``, ``971``), EPCI = 9-digit SIREN.
"""
from __future__ import annotations

import math
import re

#: Arrondissements municipaux -> the commune they belong to (Paris, Lyon, Marseille).
ARRONDISSEMENTS = {
    **{f"751{n:02d}": "75056" for n in range(1, 21)},
    **{f"6938{n}": "69123" for n in range(1, 10)},
    **{f"132{n:02d}": "13055" for n in range(1, 17)},
}

#: Candidate field names (compared case-insensitively), best first.
COMMUNE_FIELDS = ("insee_com", "code_insee", "insee", "codgeo", "code_commune", "code_com", "com", "depcom",
                  "inseecom", "insee_cog", "codecommune", "code", "cog")
IRIS_FIELDS = ("code_iris", "iris", "dcomiris", "codeiris", "cod_iris", "code")
EPCI_FIELDS = ("epci", "siren_epci", "code_epci", "epci_code", "codeepci", "siren", "epci_siren")
DEP_FIELDS = ("dep", "insee_dep", "code_dep", "code_departement", "departement", "code_dept", "dept")
QPV_FIELDS = ("code_qp", "code_qpv", "qp", "qpv", "code_quartier", "cd_qp")
NAME_FIELDS = ("nom", "nom_com", "libgeo", "libcom", "nom_commune", "name", "libelle", "nom_qp", "nom_iris",
               "libiris")

_FLOAT_TAIL = re.compile(r"\.0+$")


def detect_field(field_names, candidates, exclude=()) -> str | None:
    """First field whose lower-case name is in ``candidates`` (in candidate order), else None."""
    lower = {}
    for name in field_names:
        lower.setdefault(str(name).strip().lower(), name)
    for candidate in candidates:
        if candidate in lower and lower[candidate] not in exclude:
            return lower[candidate]
    return None


def _clean(code) -> str:
    if code is None:
        return ""
    if isinstance(code, float):
        if math.isnan(code):
            return ""
        if code.is_integer():
            code = int(code)
    text = str(code).strip().upper().replace(" ", "")
    if text in {"NAN", "NONE", "NULL"}:
        return ""
    return _FLOAT_TAIL.sub("", text)


def commune_code(code) -> str:
    """Canonical 5-character INSEE commune code ("" when empty). ``1004`` -> ``01004``, ``2a004`` -> ``2A004``."""
    text = _clean(code)
    if not text:
        return ""
    if text.isdigit() and len(text) < 5:
        return text.zfill(5)
    return text


def iris_code(code) -> str:
    """Canonical 9-character IRIS code. ``10040101`` -> ``010040101``; a bare commune code gets ``0000``
    (the IRIS code INSEE gives to communes not split into IRIS)."""
    text = _clean(code)
    if not text:
        return ""
    if text.isdigit() and len(text) < 9:
        text = text.zfill(9) if len(text) > 5 else text.zfill(5) + "0000"
    elif len(text) == 5:
        text = text + "0000"
    elif len(text) == 8 and text[1:2] in {"A", "B"}:  # "2A0040101" can't lose a zero; keep as is
        pass
    return text


def departement_code(code) -> str:
    """``1`` -> ``01``, ``2a`` -> ``2A``, ``971`` stays."""
    text = _clean(code)
    if text.isdigit() and len(text) < 2:
        return text.zfill(2)
    return text


def departement_of(commune: str) -> str:
    """Département of a commune code: 3 characters overseas (97x/98x), 2 otherwise."""
    c = commune_code(commune)
    if not c:
        return ""
    return c[:3] if c.startswith(("97", "98")) else c[:2]


def epci_code(code) -> str:
    text = _clean(code)
    return text.zfill(9) if text.isdigit() and len(text) < 9 else text


def split_codes(text: str) -> list:
    """Codes typed by a user: separated by commas, semicolons, spaces or new lines."""
    return [t for t in re.split(r"[\s,;]+", text or "") if t]


def arrondissement_parent(code: str) -> str | None:
    """``75108`` -> ``75056`` (Paris); None when the code is not an arrondissement municipal."""
    return ARRONDISSEMENTS.get(commune_code(code))


def looks_like_iris(codes) -> bool:
    """True when most non-empty codes have 9 characters (or 8 digits: a lost leading zero)."""
    sample = [_clean(c) for c in codes if _clean(c)][:500]
    if not sample:
        return False
    n = sum(1 for c in sample if len(c) == 9 or (len(c) == 8 and c.isdigit()))
    return n * 2 > len(sample)
