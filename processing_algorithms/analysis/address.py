"""Normalisation of French addresses and commune codes, as SIAE spreadsheets write them.

Pure Python (stdlib only). Everything here turns free text into comparison keys:
- ``normalize_text``: lower case, no accents, apostrophes/hyphens/punctuation → spaces;
- ``street_key``: normalize_text + abbreviations expanded (av → avenue, bd → boulevard, st → saint…)
  + French articles and prepositions removed ("rue de la Paix" and "RUE PAIX" share a key);
- ``commune_key``: normalize_text + leading article removed ("L'Île-Rousse" → "ile rousse"), "CEDEX" and
  arrondissement suffixes removed;
- ``parse_number``: "12 bis", "12B", "12-14" → (12, "bis"/"b"/"");
- ``parse_full_address``: "12 bis av. du Premier Consul 20000 Ajaccio" → parts;
- ``normalize_insee``: :func:`insee_codes.commune_code`, the one normaliser (1004 → 01004, "2a4" → 2A004,
  Excel's "1004.0" → 01004, old Corsican 20004 → 2A004 when the known codes say so); Paris/Lyon/Marseille
  arrondissement codes from the postcode.
"""
from __future__ import annotations

import re
import unicodedata

from . import insee_codes

# Street-type and title abbreviations seen in French address files (key → full word).
ABBREVIATIONS = {
    "av": "avenue", "ave": "avenue", "aven": "avenue", "avn": "avenue",
    "bd": "boulevard", "bld": "boulevard", "blvd": "boulevard", "boul": "boulevard", "bvd": "boulevard",
    "ch": "chemin", "chem": "chemin", "che": "chemin", "chm": "chemin",
    "rte": "route", "rt": "route",
    "pl": "place", "plc": "place",
    "imp": "impasse", "impa": "impasse",
    "st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes",
    "r": "rue",
    "all": "allee", "al": "allee",
    "crs": "cours", "co": "cours",
    "fbg": "faubourg", "fg": "faubourg",
    "lot": "lotissement", "lotis": "lotissement",
    "res": "residence", "resid": "residence",
    "sq": "square", "qu": "quai", "qua": "quai",
    "pte": "porte", "prom": "promenade", "pass": "passage", "sen": "sentier", "sent": "sentier",
    "mte": "montee", "cite": "cite", "ham": "hameau", "hle": "halle", "esp": "esplanade",
    "za": "zone activite", "zi": "zone industrielle", "zac": "zone amenagement concerte",
    "gal": "general", "gen": "general", "mal": "marechal", "mar": "marechal",
    "dr": "docteur", "doct": "docteur", "pr": "professeur", "prof": "professeur",
    "pdt": "president", "pres": "president", "cdt": "commandant", "cmdt": "commandant",
    "lt": "lieutenant", "ltn": "lieutenant", "cap": "capitaine", "cne": "capitaine",
    "sgt": "sergent", "mgr": "monseigneur", "abb": "abbe",
    "ier": "premier", "1er": "premier", "1ere": "premiere",
}

# Street types: removed to make a "core" key ("cours napoleon" → "napoleon").
STREET_TYPES = frozenset({
    "rue", "avenue", "boulevard", "chemin", "route", "place", "impasse", "allee", "cours", "faubourg",
    "lotissement", "residence", "square", "quai", "porte", "promenade", "passage", "sentier", "montee",
    "cite", "hameau", "esplanade", "voie", "ruelle", "traverse", "rocade", "rond", "point", "lieu", "dit",
    "quartier", "zone", "parc", "domaine", "hlm", "village",
})

# Articles and prepositions dropped from street keys.
STOP_WORDS = frozenset({"de", "du", "des", "la", "le", "les", "l", "d", "au", "aux", "et", "a", "en", "sur"})

# Leading articles of commune names ("Le Mans", "La Trinité", "Les Ulis", "L'Île-Rousse").
COMMUNE_ARTICLES = frozenset({"le", "la", "les", "l"})

REPETITIONS = {
    "b": "bis", "bis": "bis", "t": "ter", "ter": "ter", "q": "quater", "qua": "quater", "quater": "quater",
    "quinquies": "quinquies", "c": "c", "a": "a", "d": "d", "e": "e", "f": "f",
}

ARRONDISSEMENT_PARENTS = {"75056": "Paris", "69123": "Lyon", "13055": "Marseille"}

_APOSTROPHES = "'’‘`´ʼ"
_PUNCT_RE = re.compile(r"[^0-9a-z]+")
_SPACE_RE = re.compile(r"\s+")
_NUMBER_RE = re.compile(
    r"^\s*(\d{1,5})\s*(?:[-/]\s*\d{1,5})?\s*(bis|ter|quater|quinquies|b|t|q|[a-f])?\b[\s,.]*(.*)$",
    re.IGNORECASE,
)
_POSTCODE_RE = re.compile(r"(?<!\d)(\d{5}|\d{2}\s\d{3})(?!\d)")
_CEDEX_RE = re.compile(r"\bcedex\b(\s*\d+)?")
_ARR_SUFFIX_RE = re.compile(r"^(paris|lyon|marseille)\s+(\d{1,2})\s*(e|er|eme|ieme|arrondissement|arr)?\b.*$")


def strip_accents(text: str) -> str:
    text = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE").replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalize_text(value) -> str:
    """Lower case ASCII words separated by single spaces ('' for None/NaN)."""
    if value is None:
        return ""
    text = str(value)
    if text.lower() in ("nan", "none", "null"):
        return ""
    text = strip_accents(text).lower()
    for a in _APOSTROPHES:
        text = text.replace(a, " ")
    text = _PUNCT_RE.sub(" ", text)
    return _SPACE_RE.sub(" ", text).strip()


def expand_abbreviations(words: list) -> list:
    out = []
    for w in words:
        full = ABBREVIATIONS.get(w)
        out.extend(full.split() if full else [w])
    return out


def street_words(value) -> list:
    return [w for w in expand_abbreviations(normalize_text(value).split()) if w not in STOP_WORDS]


def street_key(value) -> str:
    """Comparison key of a street name: 'Av. du Mal Lyautey' → 'avenue marechal lyautey'."""
    return " ".join(street_words(value))


def street_core_key(value) -> str:
    """street_key without street-type words: 'Cours Napoléon' → 'napoleon'."""
    words = [w for w in street_words(value) if w not in STREET_TYPES]
    return " ".join(words)


def commune_key(value) -> str:
    """Comparison key of a commune name: 'AJACCIO CEDEX 1' → 'ajaccio', 'St-Étienne' → 'saint etienne',
    'La Trinité' → 'trinite', 'Paris 15e' → 'paris 15'."""
    text = normalize_text(value)
    if not text:
        return ""
    text = _CEDEX_RE.sub("", text).strip()
    m = _ARR_SUFFIX_RE.match(text)
    if m:
        return f"{m.group(1)} {int(m.group(2))}"
    words = expand_abbreviations(text.split())
    if len(words) > 1 and words[0] in COMMUNE_ARTICLES:
        words = words[1:]
    return " ".join(words)


def normalize_rep(value) -> str:
    """Repetition index: 'B' → 'bis', 'ter' → 'ter', '' → ''."""
    text = normalize_text(value)
    if not text:
        return ""
    return REPETITIONS.get(text, text)


def parse_number(value) -> tuple:
    """House number and repetition index from '12', '12 bis', '12B', '12-14', '12.0' (Excel).

    Returns (number or None, rep)."""
    if value is None:
        return None, ""
    text = str(value).strip()
    if not text or text.lower() in ("nan", "none", "null"):
        return None, ""
    if re.fullmatch(r"\d+\.0+", text):
        text = text.split(".")[0]
    m = _NUMBER_RE.match(text)
    if not m:
        return None, ""
    return int(m.group(1)), normalize_rep(m.group(2) or "")


def split_number_street(value) -> tuple:
    """'12 bis av. Foch' → (12, 'bis', 'av. Foch'); 'Route du Village' → (None, '', 'Route du Village')."""
    if value is None:
        return None, "", ""
    text = str(value).strip()
    m = _NUMBER_RE.match(text)
    if m and m.group(3):
        return int(m.group(1)), normalize_rep(m.group(2) or ""), m.group(3).strip(" ,.")
    return None, "", text.strip(" ,")


def parse_full_address(value) -> dict:
    """Split one free-text address into number, rep, street, postcode and city.

    Accepts '12 bis av. du Premier Consul 20000 Ajaccio', '12, rue X, 20000 AJACCIO', 'Rue X - Ajaccio'
    (no postcode: the city is what follows the last comma or dash when there is one)."""
    out = {"number": None, "rep": "", "street": "", "postcode": "", "city": ""}
    if value is None:
        return out
    text = str(value).replace("\n", " ").strip()
    if not text or text.lower() == "nan":
        return out
    matches = list(_POSTCODE_RE.finditer(text))
    if matches:
        m = matches[-1]
        out["postcode"] = m.group(1).replace(" ", "")
        before, after = text[: m.start()], text[m.end():]
        out["city"] = after.strip(" ,-;")
        if not out["city"]:  # "Ajaccio 20000" style: city before the postcode after a comma
            parts = [p for p in re.split(r",", before) if p.strip()]
            if len(parts) > 1:
                out["city"] = parts[-1].strip()
                before = ",".join(parts[:-1])
        text = before
    else:
        parts = re.split(r",|\s-\s", text)
        if len(parts) > 1:
            out["city"] = parts[-1].strip()
            text = ",".join(parts[:-1])
    number, rep, street = split_number_street(text.strip(" ,;-"))
    out.update(number=number, rep=rep, street=street.strip(" ,;-"))
    return out


def normalize_postcode(value) -> str:
    """'20000', 20000.0, '1000' (lost zero), '20\u00a0000' → '01000'/'20000'; '' when not a postcode."""
    text = insee_codes.code_text(value)
    if re.fullmatch(r"\d{4}", text):
        text = "0" + text
    return text if re.fullmatch(r"\d{5}", text) else ""


def normalize_insee(value, known=None) -> str:
    """Normalise an INSEE commune code: :func:`insee_codes.commune_code` (the one normaliser).

    - 1004, '1004', '1004.0' → '01004' (spreadsheets lose the leading zero);
    - '2a004', '2a4' → '2A004'; with `known` codes, the pre-1976 Corsican '20004' → '2A004' (Corsican communes
      kept their number when the département was split, so it is unambiguous);
    - '["97701"]' (open-data list) → '97701';
    - returns '' for values that cannot be a code, '123' included (the caller reports them)."""
    return insee_codes.commune_code(value, known)


def arrondissement_code(insee: str, postcode: str) -> str:
    """The arrondissement code of Paris/Lyon/Marseille for a commune-level code and a postcode.

    BAN files use arrondissement codes (75115, 69383, 13208); many spreadsheets hold 75056/69123/13055.
    Returns '' when the postcode does not give one."""
    pc = normalize_postcode(postcode)
    if not pc:
        return ""
    n = int(pc[-2:]) if pc[-2:].isdigit() else 0
    if insee == "75056" and pc.startswith("75") and 1 <= n <= 20:
        return f"751{n:02d}"
    if insee == "75056" and pc == "75116":
        return "75116"
    if insee == "69123" and pc.startswith("6900") and 1 <= n <= 9:
        return f"6938{n}"
    if insee == "13055" and pc.startswith("130") and 1 <= n <= 16:
        return f"132{n:02d}"
    return ""


def arrondissement_from_name(key: str) -> str:
    """'paris 15' → '75115', 'lyon 3' → '69383', 'marseille 8' → '13208' ('' otherwise)."""
    m = re.fullmatch(r"(paris|lyon|marseille) (\d{1,2})", key or "")
    if not m:
        return ""
    city, n = m.group(1), int(m.group(2))
    if city == "paris" and 1 <= n <= 20:
        return f"751{n:02d}"
    if city == "lyon" and 1 <= n <= 9:
        return f"6938{n}"
    if city == "marseille" and 1 <= n <= 16:
        return f"132{n:02d}"
    return ""


def parent_commune(insee: str) -> str:
    """Arrondissement → its commune (75115 → 75056); other codes unchanged."""
    return insee_codes.ARRONDISSEMENTS.get(insee, insee)


def trigrams(key: str) -> list:
    """Character trigrams of ' key ' (used by the fuzzy street matcher)."""
    padded = f"  {key} "
    return [padded[i:i + 3] for i in range(len(padded) - 2)]
