"""INSEE geographic codes: THE one normaliser (pure Python).

Every module that reads a commune, IRIS, département, EPCI or SIREN/SIRET code from a file goes through
these functions, so that a code means the same thing on every page of a diagnostic.

Canonical forms (INSEE « Code officiel géographique »):

==============  ==================================================================================
commune         5 characters: département (2 characters, ``01``–``95``, ``2A``/``2B``) + 3 digits, or
                overseas département / collectivité (3 digits, ``971``–``978``, ``984``, ``986``–``989``)
                + 2 digits. Arrondissements municipaux (Paris ``75101``–``75120``, Lyon ``69381``–``69389``,
                Marseille ``13201``–``13216``) are commune codes of the same form.
IRIS            9 characters: commune code + 4 digits (``0000`` for a commune not split into IRIS).
département     ``01``–``95``, ``2A``, ``2B``, ``971``–``978``, ``984``, ``986``–``989``.
EPCI            9-digit SIREN (``242010056``).
SIRET           14 digits (SIREN + 5-digit NIC).
==============  ==================================================================================

Values as they come from real files:

- **lost leading zeros**: a spreadsheet that stores a code as a number drops the leading zero of the
  départements ``01``–``09``: ``1004`` → ``01004``, IRIS ``10040101`` → ``010040101``;
- **floats**: ``1004.0``, ``1004.00``, ``9.7701E4``, and Python floats → the integer text;
- **Corsica** in any case and with lost zeros: ``2a4``, ``2A04``, ``2a004`` → ``2A004``; the pre-1976
  codes ``20xxx`` are kept (``20004``) unless a set of known codes says which of ``2A``/``2B`` holds the
  number (Corsican communes kept their number when the département was split);
- **lists** from open-data portals (OpenDataSoft ``com_code`` = ``["97701"]``, ``['97701', '97801']``,
  ``97701,97801``, a Python list): the first code is read;
- **spaces** anywhere, including no-break spaces (U+00A0, U+202F), tabs and a byte-order mark.

**Why a 1-, 2- or 3-digit value gives ``''``, not ``00123``.** In a commune code only the first character
can be a zero (départements ``01``–``09``); the second character of a département is never a zero
after a leading zero (there is no département ``00``). A value read as a number therefore loses at most
one digit, and every real commune code keeps at least 4 significant digits (the smallest, ``01001``,
becomes ``1001``). A 3-digit value such as ``123`` cannot come from a commune code; padding it to
``00123`` would invent a code in a département that does not exist, and the row would then silently
match nothing. The normaliser returns ``''`` with the reason ``too_short`` so that the caller reports it
(see :func:`commune_code_reason`). The same argument makes a 4-digit value starting with ``0`` invalid.
"""
from __future__ import annotations

import json
import math
import re

#: Arrondissements municipaux -> the commune they belong to (Paris, Lyon, Marseille).
ARRONDISSEMENTS = {
    **{f"751{n:02d}": "75056" for n in range(1, 21)},
    **{f"6938{n}": "69123" for n in range(1, 10)},
    **{f"132{n:02d}": "13055" for n in range(1, 17)},
}

#: Overseas départements (DROM) and collectivités with commune codes in the COG.
OVERSEAS_DEPARTEMENTS = ("971", "972", "973", "974", "975", "976", "977", "978", "984", "986", "987", "988", "989")
METRO_DEPARTEMENTS = tuple(f"{n:02d}" for n in range(1, 96) if n != 20) + ("2A", "2B")
DEPARTEMENTS = frozenset(METRO_DEPARTEMENTS + OVERSEAS_DEPARTEMENTS)

#: Reason codes returned with an empty code (for the caller's rejected-rows output and log).
REASONS = {
    "empty": "empty value",
    "too_short": "too short to be a code (a number keeps at least 4 digits of a commune code)",
    "too_long": "too long for this kind of code",
    "not_a_code": "not made of the characters of a code",
    "bad_departement": "the first characters are no French département",
}

_SPACES = re.compile(r"[\s\u00a0\u202f\u2007\u2009\ufeff]+")
_FLOAT_TAIL = re.compile(r"^(\d+)[.,]0+$")
_DECIMAL = re.compile(r"^-?\d+[.,]\d{1,3}$")  # 6161,77 (an amount with a decimal comma): one number, no code
_SCIENTIFIC = re.compile(r"^\d+(\.\d+)?E\+?\d+$")
_LIST_SEPARATORS = re.compile(r"[,;|]")
_NULLS = frozenset({"", "NAN", "NONE", "NULL", "NA", "N/A", "<NA>", "NAT", "[]", "NIL", "-"})


# ---- raw values -----------------------------------------------------------------------------------
def _scalar_text(value) -> str:
    """Text of one scalar value: None/NaN -> '', integral floats -> integer text, bytes decoded."""
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    if isinstance(value, float) or type(value).__name__ in ("float32", "float64", "float16"):
        value = float(value)
        if not math.isfinite(value):
            return ""
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if type(value).__name__ in ("int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"):
        return str(int(value))
    text = str(value)
    if text in ("<NA>", "NaT"):
        return ""
    return text


def code_list(value) -> list:
    """Every code held in one cell, as raw upper-case texts without spaces.

    Accepts lists and tuples, JSON lists (``'["97701"]'``), Python-style lists (``"['97701', '97801']"``)
    and texts separated by commas, semicolons or bars (``'97701,97801'``). A French decimal comma followed
    by zeros (``'1004,0'``) is a number, not a list; so is an amount (``'6161,77'``: 1 to 3 decimals), which is
    then no code at all."""
    if isinstance(value, (list, tuple)):
        out = []
        for item in value:
            out.extend(code_list(item))
        return out
    text = _scalar_text(value).strip()
    if not text:
        return []
    if text[0] in "[(" and text[-1] in "])":
        try:
            parsed = json.loads(text)
        except ValueError:
            parsed = None
        if isinstance(parsed, list):
            return code_list(parsed)
        text = text[1:-1]
    upper = _SPACES.sub("", text).upper()
    if _FLOAT_TAIL.match(upper) or _DECIMAL.match(upper):
        return [upper]
    parts = [p.strip().strip("'\"").strip() for p in _LIST_SEPARATORS.split(text)]
    out = []
    for part in parts:
        part = _SPACES.sub("", part).upper()
        if part.upper() not in _NULLS:
            out.append(part)
    return out


def code_text(value) -> str:
    """The first code of a cell, upper case, without any space, float tail or list punctuation."""
    items = code_list(value)
    if not items:
        return ""
    text = items[0]
    if text in _NULLS:
        return ""
    m = _FLOAT_TAIL.match(text)
    if m:
        return m.group(1)
    if _SCIENTIFIC.match(text):
        number = float(text)
        if number.is_integer():
            return str(int(number))
    return text


# ---- communes -----------------------------------------------------------------------------------
def _valid_commune(text: str) -> bool:
    if len(text) != 5:
        return False
    if text[:2] in ("2A", "2B"):
        return text[2:].isdigit()
    if not text.isdigit():
        return False
    if text[:2] in ("97", "98"):
        return text[:3] in OVERSEAS_DEPARTEMENTS
    return text[:2] in DEPARTEMENTS or text[:2] == "20"  # 20xxx: pre-1976 Corsican code


def commune_code_reason(value, known=None) -> tuple:
    """``(code, reason)``: the canonical commune code and ``''``, or ``''`` and a reason code of
    :data:`REASONS` (``empty``, ``too_short``, ``too_long``, ``not_a_code``, ``bad_departement``).

    ``known`` (optional set of valid codes) turns a pre-1976 Corsican code ``20xxx`` into the ``2A``/``2B``
    code holding that number."""
    text = code_text(value)
    if not text:
        return "", "empty"
    m = re.fullmatch(r"0?2([AB])(\d{1,3})", text)
    if m:
        return f"2{m.group(1)}{m.group(2).zfill(3)}", ""
    if not text.isdigit():
        return "", ("too_long" if len(text) > 5 and re.fullmatch(r"[0-9AB]+", text) else "not_a_code")
    if len(text) < 4:
        return "", "too_short"
    if len(text) > 5:
        return "", "too_long"
    if len(text) == 4:
        if text[0] == "0":
            return "", "too_short"
        text = "0" + text
    if not _valid_commune(text):
        return "", "bad_departement"
    if known is not None and text.startswith("20") and text not in known:
        for dep in ("2A", "2B"):
            if dep + text[2:] in known:
                return dep + text[2:], ""
    return text, ""


def commune_code(value, known=None) -> str:
    """Canonical 5-character commune code, ``''`` when the value is empty or cannot be one.

    ``1004`` / ``1004.0`` / ``'1004.0'`` -> ``01004``; ``'2a4'`` -> ``2A004``; ``'["97701"]'`` -> ``97701``;
    ``'123'`` -> ``''`` (see the module docstring)."""
    return commune_code_reason(value, known)[0]


def commune_codes(value) -> list:
    """Every valid commune code of a cell that may hold a list (duplicates removed, order kept)."""
    out = []
    for item in code_list(value):
        code = commune_code(item)
        if code and code not in out:
            out.append(code)
    return out


def is_commune_code(value) -> bool:
    """True when the value (as found in a file) normalises to a commune code."""
    return bool(commune_code(value))


def arrondissement_parent(code) -> str | None:
    """``75108`` -> ``75056`` (Paris); None when the code is not an arrondissement municipal."""
    return ARRONDISSEMENTS.get(commune_code(code))


def parent_commune(code) -> str:
    """Arrondissement -> its commune (``75115`` -> ``75056``); any other code is returned normalised."""
    c = commune_code(code)
    return ARRONDISSEMENTS.get(c, c)


# ---- IRIS ---------------------------------------------------------------------------------------
def iris_code(value) -> str:
    """Canonical 9-character IRIS code, ``''`` when the value cannot be one.

    ``10040101`` -> ``010040101`` (lost zero); ``2a0040101`` -> ``2A0040101``; a bare commune code gets
    ``0000`` (the IRIS code INSEE gives to communes not split into IRIS): ``1005`` -> ``010050000``."""
    text = code_text(value)
    if not text:
        return ""
    if text.isdigit() and len(text) == 8 and text[0] != "0":
        text = "0" + text
    if len(text) == 9:
        commune, rest = commune_code(text[:5]), text[5:]
        return commune + rest if commune == text[:5] and rest.isdigit() else ""
    if len(text) <= 5:
        commune = commune_code(text)
        return commune + "0000" if commune else ""
    return ""


def looks_like_iris(codes) -> bool:
    """True when most non-empty codes have 9 characters (or 8 digits: a lost leading zero)."""
    sample = [t for t in (code_text(c) for c in list(codes)[:2000]) if t][:500]
    if not sample:
        return False
    n = sum(1 for c in sample if len(c) == 9 or (len(c) == 8 and c.isdigit()))
    return n * 2 > len(sample)


# ---- départements -------------------------------------------------------------------------------
def departement_code(value) -> str:
    """``1`` -> ``01``, ``2a`` -> ``2A``, ``971`` stays; ``''`` when no French département has that code."""
    text = code_text(value)
    if text.isdigit() and len(text) == 1 and text != "0":
        text = "0" + text
    if text in DEPARTEMENTS or text == "20":
        return text
    return ""


def departement_of(commune) -> str:
    """Département of a commune code: 3 characters overseas (97x/98x), 2 otherwise."""
    c = commune_code(commune)
    if not c:
        return ""
    return c[:3] if c.startswith(("97", "98")) else c[:2]


def departements_of_postcode(postcode) -> set:
    """Départements a 5-digit postcode points to: its first 2 digits (3 overseas: 971…988; 20 = 2A or 2B);
    empty when the value is no postcode. A clue, not a rule: a few postcodes serve communes of a neighbouring
    département."""
    text = code_text(postcode)
    if not (text.isdigit() and len(text) == 5):
        return set()
    if text.startswith(("97", "98")):
        return {text[:3]}
    if text.startswith("20"):
        return {"2A", "2B"}
    return {text[:2]}


# ---- SIREN / SIRET / EPCI -----------------------------------------------------------------------
def _digits(value, width: int) -> str:
    text = code_text(value)
    if not text.isdigit() or len(text) > width:
        return ""
    return text.zfill(width)


def siren_code(value) -> str:
    """9-digit SIREN (leading zeros restored), ``''`` when the value cannot be one."""
    text = code_text(value)
    return _digits(value, 9) if text.isdigit() and len(text) >= 6 else ""


def epci_code(value) -> str:
    """EPCI code = the SIREN of the intercommunality (``242010056``); ``''`` when not 9 digits."""
    return siren_code(value)


def siret_code(value) -> str:
    """14-digit SIRET (leading zeros restored), ``''`` when the value cannot be one."""
    text = code_text(value)
    return _digits(value, 14) if text.isdigit() and len(text) >= 11 else ""


def luhn_ok(digits: str) -> bool:
    """Luhn checksum of a SIREN or SIRET (La Poste's establishments, SIREN 356000000, are the known
    exception: their SIRET digit sum is a multiple of 5)."""
    if not digits or not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    if total % 10 == 0:
        return True
    return digits.startswith("356000000") and sum(int(c) for c in digits) % 5 == 0


# ---- typed lists --------------------------------------------------------------------------------
def split_codes(text: str) -> list:
    """Codes typed by a user: separated by commas, semicolons, spaces or new lines."""
    return [t for t in re.split(r"[\s,;]+", text or "") if t]


# ---- field names (the table lives in fields.py) -------------------------------------------------
def detect_field(field_names, candidates, exclude=()) -> str | None:
    """First field whose name matches one of ``candidates`` (in candidate order), else None.

    Kept here for the algorithms that import it; the matching is :func:`fields.detect_by_name`'s."""
    from . import fields

    return fields.detect_by_name(field_names, candidates, exclude)


_FIELD_TABLES = {
    "COMMUNE_FIELDS": "commune_code", "IRIS_FIELDS": "iris_code", "EPCI_FIELDS": "epci_code",
    "DEP_FIELDS": "departement_code", "QPV_FIELDS": "qpv_code", "NAME_FIELDS": "zone_name",
}


def __getattr__(name):  # PEP 562: the alias tuples come from fields.py (no import cycle)
    if name in _FIELD_TABLES:
        from . import fields

        return fields.ALIASES[_FIELD_TABLES[name]]
    raise AttributeError(name)
