"""Reading the CSV/TXT exports of an SIAE's software into a table of strings, robustly.

Pure Python (stdlib, pandas). Handles:
- encodings: UTF-8, UTF-8 with BOM, UTF-16 with BOM, CP1252/Latin-1 (Excel's "CSV (séparateur : point-virgule)");
  bytes that fit none of them raise ``TabularError("encoding")``;
- separators ``;`` ``,`` tab ``|`` sniffed from the header and the first records (quotes respected);
  a file whose lines use different separators raises ``TabularError("mixed_separators")``;
- quoted fields with separators, quotes and line breaks inside;
- blank lines (skipped and counted), trailing empty fields (trimmed), short records (padded, counted);
- duplicated header names (renamed ``name_2``…, reported), empty header cells (``column_N``);
- empty file and header-only file → ``TabularError("empty")`` / ``TabularError("header_only")``.
Decimal commas are handled by ``to_number`` / ``numeric_column``, used when a column is converted.

Errors carry a code and details so that the QGIS algorithm can translate the message.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

import pandas as pd

SEPARATORS = (";", "\t", ",", "|")
SNIFF_RECORDS = 200
ENCODINGS = ("utf-8", "cp1252", "latin-1")
_CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


class TabularError(ValueError):
    """A file that cannot be read as a table. `code` is one of: empty, header_only, encoding,
    mixed_separators, no_separator, too_many_fields, unreadable."""

    def __init__(self, code: str, message: str, **details):
        super().__init__(message)
        self.code = code
        self.details = details


@dataclass
class Table:
    """Rows as strings (`frame`, dtype object, '' for empty cells) with what was found on the way."""

    frame: pd.DataFrame
    encoding: str
    separator: str
    line_numbers: list  # physical line (1-based) where each row starts
    original_columns: list
    duplicated_columns: dict = field(default_factory=dict)  # header name → [renamed names]
    blank_lines: int = 0
    padded_rows: list = field(default_factory=list)  # line numbers of records shorter than the header
    trimmed_rows: int = 0
    overlong_rows: list = field(default_factory=list)  # row indexes with more values than the header (set aside)

    @property
    def row_count(self) -> int:
        return len(self.frame)


# ---- encodings -----------------------------------------------------------------------------------
def decode_bytes(data: bytes, encoding: str = "auto") -> tuple:
    """Decode file bytes; returns (text, encoding name). `encoding` may force one ('utf-8', 'cp1252'…)."""
    if encoding and encoding != "auto":
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise TabularError("encoding", f"The file is not valid {encoding}: {exc}", encoding=encoding) from exc
        return text.lstrip("\ufeff"), encoding
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise TabularError("encoding", "UTF-8 BOM followed by invalid UTF-8", encoding="utf-8-sig") from exc
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise TabularError("encoding", "UTF-16 BOM followed by invalid UTF-16", encoding="utf-16") from exc
    if b"\x00" in data[:65536]:
        raise TabularError("encoding", "The file holds NUL bytes: it is binary or UTF-16 without BOM.")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    high = {b for b in data if b >= 0x80}
    if high & _CP1252_UNDEFINED:
        raise TabularError(
            "encoding",
            "The file is neither UTF-8 nor Windows-1252/Latin-1 text (bytes undefined in both).",
        )
    text = data.decode("cp1252")
    control = sum(1 for c in text if ord(c) < 32 and c not in "\r\n\t")
    if control > max(3, len(text) // 1000):
        raise TabularError("encoding", "The file holds control characters: it is not a text table.")
    return text, "cp1252"


# ---- separators ----------------------------------------------------------------------------------
def _records(text: str, sep: str, limit: int | None = None):
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep, quotechar='"', doublequote=True,
                        skipinitialspace=False, strict=False)
    start = 1
    for i, rec in enumerate(reader):
        yield start, rec
        start = reader.line_num + 1
        if limit is not None and i + 1 >= limit:
            break


def _is_blank(rec) -> bool:
    return all(not c.strip() for c in rec)


def _effective_len(rec) -> int:
    n = len(rec)
    while n > 0 and not rec[n - 1].strip():
        n -= 1
    return n


def sniff_separator(text: str) -> str:
    """The separator that splits the header into most consistent columns (see module doc)."""
    scores = []
    for sep in SEPARATORS:
        recs = [r for _, r in _records(text, sep, SNIFF_RECORDS) if not _is_blank(r)]
        if not recs:
            continue
        header_n = _effective_len(recs[0])
        if header_n < 2:
            continue
        data = recs[1:]
        consistent = sum(1 for r in data if _effective_len(r) <= header_n and len(r) >= header_n - 0) if data else 1
        frac = consistent / len(data) if data else 1.0
        scores.append((frac, header_n, -SEPARATORS.index(sep), sep))
    if not scores:
        return ""
    scores.sort(reverse=True)
    return scores[0][3]


# ---- reading -------------------------------------------------------------------------------------
def _dedupe_header(header: list) -> tuple:
    names, seen, dups = [], {}, {}
    for i, raw in enumerate(header):
        name = raw.strip().strip("\ufeff") or f"column_{i + 1}"
        base = name
        if base in seen:
            seen[base] += 1
            name = f"{base}_{seen[base]}"
            while name in seen:
                seen[base] += 1
                name = f"{base}_{seen[base]}"
            dups.setdefault(base, [base]).append(name)
        seen.setdefault(name, 1)
        names.append(name)
    return names, dups


def read_text_table(text: str, encoding: str = "", separator: str = "auto", flag_overlong: bool = False) -> Table:
    """Parse decoded text into a Table (see module doc for what is accepted and refused). A record with more
    values than the header is refused (too_many_fields), or, with `flag_overlong`, kept truncated and listed in
    `overlong_rows` for the caller to set aside — unless such records are many (a systematic fault: refused)."""
    if not text.strip():
        raise TabularError("empty", "The file is empty.")
    sep = sniff_separator(text) if separator in ("", "auto", None) else separator
    if not sep:
        first = text.strip().splitlines()[0] if text.strip() else ""
        raise TabularError("no_separator", "No separator found in the header.", header=first[:80])
    records = list(_records(text, sep))
    blank = 0
    header = None
    rows, lines = [], []
    for line, rec in records:
        if _is_blank(rec):
            blank += 1
            continue
        if header is None:
            header = rec[: _effective_len(rec)]
            continue
        rows.append(rec)
        lines.append(line)
    if header is None:
        raise TabularError("empty", "The file is empty.")
    if not rows:
        raise TabularError("header_only", "The file has a header line but no data row.",
                           header=";".join(header)[:120])
    n = len(header)
    # mixed separators: records whose field count disagrees and that another separator splits as the header
    bad = [(ln, r) for ln, r in zip(lines, rows) if _effective_len(r) != n]
    if bad:
        mixed = []
        for ln, r in bad:
            joined = sep.join(r)
            for other in SEPARATORS:
                if other != sep and other in joined:
                    parts = next(csv.reader([joined], delimiter=other))
                    if _effective_len(parts) == n:
                        mixed.append((ln, other))
                        break
        if mixed and len(mixed) >= max(1, len(bad) // 2):
            raise TabularError(
                "mixed_separators",
                "Lines use different separators.",
                separator=sep, other=mixed[0][1], lines=[ln for ln, _ in mixed[:10]], count=len(mixed),
            )
    padded, trimmed, overlong = [], 0, []
    long_lines = [(ln, r) for ln, r in zip(lines, rows) if _effective_len(r) > n]
    if long_lines and (not flag_overlong or len(long_lines) > max(2, len(rows) // 10)):
        ln, r = long_lines[0]
        raise TabularError(
            "too_many_fields",
            "A record has more fields than the header.",
            line=ln, fields=_effective_len(r), header_fields=n, separator=sep, count=len(long_lines),
        )
    fixed = []
    for index, (ln, r) in enumerate(zip(lines, rows)):
        if len(r) > n:
            if _effective_len(r) > n:
                overlong.append(index)
            else:
                trimmed += 1
            r = r[:n]
        elif len(r) < n:
            padded.append(ln)
            r = r + [""] * (n - len(r))
        fixed.append([c.strip() for c in r])
    names, dups = _dedupe_header(header)
    frame = pd.DataFrame(fixed, columns=names, dtype=object)
    return Table(frame=frame, encoding=encoding, separator=sep, line_numbers=lines, original_columns=header,
                 duplicated_columns=dups, blank_lines=blank, padded_rows=padded, trimmed_rows=trimmed,
                 overlong_rows=overlong)


def read_csv_file(path, encoding: str = "auto", separator: str = "auto", flag_overlong: bool = False) -> Table:
    """Read a CSV/TXT file (see module doc and read_text_table)."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise TabularError("unreadable", f"Cannot read {path}: {exc}", path=str(path)) from exc
    if not data.strip(b" \r\n\t\xef\xbb\xbf"):
        raise TabularError("empty", "The file is empty.")
    text, enc = decode_bytes(data, encoding)
    return read_text_table(text, enc, separator, flag_overlong)


# ---- values --------------------------------------------------------------------------------------
_NUM_RE = re.compile(r"^[+-]?(\d{1,3}([ \u00a0\u202f.]\d{3})+|\d+)?([.,]\d+)?$")
_CURRENCY = re.compile(r"^(?:€|EUR\b)?\s*(.*?)\s*(?:€|EUR|euros?)?$", re.IGNORECASE)


def _without_currency(text: str) -> str:
    """'1 234,50 €' → '1 234,50'; 'EUR 12' → '12' (amounts of a French export)."""
    return _CURRENCY.match(text).group(1) if text else text


def to_number(value):
    """'12,5' → 12.5; '1 234,5' → 1234.5; '1.234,5' → 1234.5; '12.5' → 12.5; '1 234,50 €' → 1234.5; '' → None;
    'abc' → nan. The one reader of numbers written by people (imports, weights)."""
    if value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value)
    text = _without_currency(str(value).strip().replace("\u00a0", " ").replace("\u202f", " "))
    if not text:
        return None
    if not _NUM_RE.match(text) or text in ("+", "-", ".", ","):
        try:
            return float(text)  # 1e5 and such
        except ValueError:
            return float("nan")
    if "," in text and "." in text:
        text = text.replace(".", "").replace(",", ".")
    elif "," in text:
        text = text.replace(",", ".")
    elif text.count(".") > 1:
        text = text.replace(".", "")
    return float(text.replace(" ", ""))


def numeric_column(series: pd.Series):
    """Convert a column of strings; returns (float array with nan for empty, bool mask of non-numeric)."""
    values = [to_number(v) for v in series]
    empty = [v is None for v in values]
    arr = pd.array([float("nan") if v is None else v for v in values], dtype="float64").to_numpy()
    bad = pd.isna(arr) & ~pd.Series(empty).to_numpy()
    return arr, bad


_CODE_HINT = re.compile(r"(code|cp\b|insee|postal|siret|siren|tel|phone|portable|mobile|matricule|^id|_id$|"
                        r"^n[°o]?\b|num|numero|identifiant|date|naiss)")


def infer_kind(name: str, series: pd.Series) -> str:
    """'int', 'double' or 'string' for an output field (codes and numbers with leading zeros stay text)."""
    from .address import normalize_text

    if _CODE_HINT.search(normalize_text(name).replace(" ", "_")) or _CODE_HINT.search(name.lower()):
        return "string"
    values = [v for v in series if v not in ("", None)]
    if not values:
        return "string"
    has_decimal = False
    for v in values:
        text = _without_currency(str(v).strip().replace("\u00a0", " ").replace("\u202f", " "))
        if len(text) > 1 and text[0] == "0" and text[1].isdigit():
            return "string"
        if not _NUM_RE.match(text):
            return "string"
        if "," in text or "." in text:
            has_decimal = True
    return "double" if has_decimal else "int"


def safe_field_name(name: str, taken: set | None = None) -> str:
    """ASCII snake_case field name: 'N° client' → 'n_client', 'Heures vendues' → 'heures_vendues'
    (:func:`fields.safe_field_name`, unique in `taken` when given)."""
    from .fields import safe_field_name as _safe

    return _safe(name, taken)
