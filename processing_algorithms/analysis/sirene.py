"""SIRENE establishments of a territory, streamed from the national files (pure: stdlib, pandas).

Two inputs (column lists: ``../shared/data/sirene-schema/``; columns are read by name, never by position):

- the per-département geocoded file of Etalab ``geo_siret_<dep>.csv(.gz)``: the 54 StockEtablissement
  columns + ``longitude, latitude, geo_score, geo_type, geo_adresse, geo_id, geo_ligne, geo_l4, geo_l5``;
- INSEE's national ``StockEtablissement`` (CSV, or the ``.zip`` holding it; tens of millions of rows),
  optionally joined on ``siret`` with ``GeolocalisationEtablissement_Sirene_pour_etudes_statistiques``
  (``;``-separated: ``x, y`` in the row's ``epsg``, ``x_longitude``/``y_latitude`` in WGS 84,
  ``qualite_xy``). Without it the stock's own ``coordonneeLambert*`` columns are used (EPSG of the
  territory: Lambert-93 in mainland France and Corsica).

**Streaming.** A file is never loaded whole: it is read in binary chunks (32 MB by default) and each chunk
is pre-filtered at C speed with ``bytes.find`` on the commune codes as they appear between separators
(``,2A004,``; for many communes, the 3-character prefix or the département). Only the lines that hold such
a code are parsed, by pandas' C engine, and then filtered exactly on ``codeCommuneEtablissement`` — the
pre-filter can only let too many lines through, never too few. Memory stays flat (one chunk + the kept
rows); with more than 8 département prefixes the pre-filter is off and each chunk is parsed by pandas
(``usecols``, text dtype), which is slower. The geolocation and legal-unit files are joined the same way,
on their first column (``siret`` / ``siren``), against the set of kept identifiers.

**Rules.**

- Active establishments only (``etatAdministratifEtablissement == 'A'``; closed ``F`` ones are counted,
  kept only with ``keep_closed``).
- Optional filters on NAF codes (``88.99B``, ``8899B`` or a prefix such as ``56.10`` / ``56``) and size
  bands (``trancheEffectifsEtablissement`` codes; see :data:`SIZE_BANDS`).
- **Partial diffusion** (``statutDiffusionEtablissement == 'P'``): INSEE replaces the address and the
  names by ``[ND]``. Such an establishment gets no address, no name and no coordinates of its own: it
  is placed at its commune (``location = 'commune'``; at the commune centre when ``commune_centres`` is
  given, else without coordinates) — never geocoded.
- **Persons.** Individual entrepreneurs are natural persons: their names are not returned unless
  ``include_person_names``. An establishment's legal unit is a person when the StockUniteLegale file
  (``legal_units_path``) gives ``categorieJuridiqueUniteLegale == '1000'``; without that file the
  establishment is *presumed* a person when it is its unit's head office and not an employer
  (``caractereEmployeurEtablissement != 'O'`` and no salaried-staff band ≥ 01) — the profile of
  micro-entrepreneurs. ``person_source`` says which rule applied.
- Placement (``location``): ``address`` (a geocoded address or an INSEE point), ``commune`` (partial
  diffusion, geocoder fell back on the commune — ``geo_type == 'municipality'`` —, INSEE point drawn at
  random in the commune — ``qualite_xy == '33'`` —, or no coordinates but a commune centre given),
  ``none`` (no coordinates at all). ``lon``/``lat`` are WGS 84; ``x``/``y``/``epsg`` a projected position
  when the file has one (the QGIS side reprojects).
"""
from __future__ import annotations

import csv
import gzip
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from . import insee_codes, territory_crs
from .siae_catalogue import normalize_naf

CHUNK_BYTES = 32 << 20
ND = "[ND]"

#: trancheEffectifsEtablissement codes (INSEE): code -> (min, max or None, French label, English label)
SIZE_BANDS = {
    "NN": (0, 0, "Non employeur", "Non-employer"),
    "00": (0, 0, "0 salarié", "0 employees"),
    "01": (1, 2, "1 ou 2 salariés", "1 or 2 employees"),
    "02": (3, 5, "3 à 5 salariés", "3 to 5 employees"),
    "03": (6, 9, "6 à 9 salariés", "6 to 9 employees"),
    "11": (10, 19, "10 à 19 salariés", "10 to 19 employees"),
    "12": (20, 49, "20 à 49 salariés", "20 to 49 employees"),
    "21": (50, 99, "50 à 99 salariés", "50 to 99 employees"),
    "22": (100, 199, "100 à 199 salariés", "100 to 199 employees"),
    "31": (200, 249, "200 à 249 salariés", "200 to 249 employees"),
    "32": (250, 499, "250 à 499 salariés", "250 to 499 employees"),
    "41": (500, 999, "500 à 999 salariés", "500 to 999 employees"),
    "42": (1000, 1999, "1 000 à 1 999 salariés", "1,000 to 1,999 employees"),
    "51": (2000, 4999, "2 000 à 4 999 salariés", "2,000 to 4,999 employees"),
    "52": (5000, 9999, "5 000 à 9 999 salariés", "5,000 to 9,999 employees"),
    "53": (10000, None, "10 000 salariés et plus", "10,000 employees or more"),
}
#: size classes used for aggregates (Coodiag convention, close to INSEE's TPE/PME/ETI thresholds)
SIZE_CLASSES = (("0", 0, 0), ("1-9", 1, 9), ("10-49", 10, 49), ("50-249", 50, 249), ("250+", 250, None))

STOCK_FIELDS = {
    "siret": "siret", "siren": "siren", "nic": "nic", "diffusion": "statutDiffusionEtablissement",
    "created": "dateCreationEtablissement", "size_band": "trancheEffectifsEtablissement",
    "size_year": "anneeEffectifsEtablissement", "head_office": "etablissementSiege",
    "complement": "complementAdresseEtablissement", "number": "numeroVoieEtablissement",
    "repetition": "indiceRepetitionEtablissement", "street_type": "typeVoieEtablissement",
    "street": "libelleVoieEtablissement", "postcode": "codePostalEtablissement",
    "commune_name": "libelleCommuneEtablissement", "commune": "codeCommuneEtablissement",
    "lambert_x": "coordonneeLambertAbscisseEtablissement", "lambert_y": "coordonneeLambertOrdonneeEtablissement",
    "state": "etatAdministratifEtablissement", "sign1": "enseigne1Etablissement",
    "sign2": "enseigne2Etablissement", "sign3": "enseigne3Etablissement",
    "usual_name": "denominationUsuelleEtablissement", "naf": "activitePrincipaleEtablissement",
    "naf_nomenclature": "nomenclatureActivitePrincipaleEtablissement",
    "employer": "caractereEmployeurEtablissement",
}
GEO_SIRET_FIELDS = {"longitude": "longitude", "latitude": "latitude", "geo_score": "geo_score",
                    "geo_type": "geo_type"}
GEOLOC_FIELDS = {"siret": "siret", "x": "x", "y": "y", "qualite_xy": "qualite_xy", "epsg": "epsg",
                 "lat": "y_latitude", "lon": "x_longitude"}
LEGAL_UNIT_FIELDS = {"siren": "siren", "category": "categorieJuridiqueUniteLegale",
                     "denomination": "denominationUniteLegale", "usual1": "denominationUsuelle1UniteLegale",
                     "acronym": "sigleUniteLegale", "size_category": "categorieEntreprise",
                     "ess": "economieSocialeSolidaireUniteLegale", "lu_diffusion": "statutDiffusionUniteLegale"}
PERSON_CATEGORY = "1000"  # catégorie juridique « Entrepreneur individuel »

OUTPUT_COLUMNS = ["siret", "siren", "nic", "name", "sign", "naf", "naf_code", "size_band", "size_min", "size_class",
                  "employer", "head_office", "created", "state", "commune", "commune_name", "address", "postcode",
                  "diffusion", "person", "person_source", "name_withheld", "legal_category", "ess", "lon", "lat",
                  "x", "y", "epsg", "location", "geo_quality"]


class SireneError(ValueError):
    """`code`: unreadable, not_sirene (required columns missing), no_communes."""

    def __init__(self, code: str, message: str, **details):
        super().__init__(message)
        self.code = code
        self.details = details


@dataclass
class SireneResult:
    frame: pd.DataFrame
    kind: str  # 'geo_siret' | 'stock'
    counts: dict = field(default_factory=dict)
    notes: list = field(default_factory=list)


class _CanceledError(Exception):
    pass


# ---- file access ---------------------------------------------------------------------------------
def open_binary(path):
    """A binary stream over a CSV, a .gz or the first .csv inside a .zip."""
    p = Path(path)
    try:
        if p.suffix.lower() == ".gz":
            return gzip.open(p, "rb")
        if p.suffix.lower() == ".zip" or zipfile.is_zipfile(p):
            zf = zipfile.ZipFile(p)
            names = [n for n in zf.namelist() if n.lower().endswith((".csv", ".txt"))]
            if not names:
                raise SireneError("unreadable", f"{p.name} holds no CSV file.")
            return zf.open(sorted(names, key=lambda n: -zf.getinfo(n).file_size)[0])
        return open(p, "rb")
    except OSError as exc:
        raise SireneError("unreadable", f"Cannot read {p}: {exc}") from exc


def _header(stream) -> tuple:
    """(raw header line without EOL, separator, column names, quoted?)."""
    line = stream.readline()
    if line.startswith(b"\xef\xbb\xbf"):
        line = line[3:]
    text = line.decode("utf-8", "replace").rstrip("\r\n")
    sep = max((",", ";", "\t", "|"), key=text.count)
    names = next(csv.reader([text], delimiter=sep)) if text else []
    return line.rstrip(b"\r\n"), sep, [n.strip() for n in names], text.startswith('"')


def _chunks(stream, size: int):
    """Binary chunks ending at a line end (the last one may not)."""
    rest = b""
    while True:
        block = stream.read(size)
        if not block:
            if rest:
                yield rest
            return
        block = rest + block
        cut = block.rfind(b"\n")
        if cut < 0:
            rest = block
            continue
        rest = block[cut + 1:]
        yield block[: cut + 1]


def _parse(header: bytes, lines: bytes, sep: str, usecols) -> pd.DataFrame:
    if not lines.strip():
        return pd.DataFrame(columns=list(usecols))
    data = header + b"\n" + lines
    return pd.read_csv(io.BytesIO(data), sep=sep, dtype=str, usecols=lambda c: c in usecols, keep_default_na=False,
                       na_filter=False, engine="c", encoding="utf-8", encoding_errors="replace",
                       quoting=csv.QUOTE_MINIMAL)


def _lines_with(chunk: bytes, patterns: list, limit: int | None = None):
    """The lines of `chunk` (which starts with b'\\n') containing one of the byte patterns; None when more
    than `limit` matches were found (the patterns are not selective on this chunk)."""
    spans = set()
    found = 0
    for pat in patterns:
        find = chunk.find
        pos = find(pat)
        while pos != -1:
            found += 1
            if limit is not None and found > limit:
                return None
            start = chunk.rfind(b"\n", 0, pos) + 1
            end = chunk.find(b"\n", pos + 1)
            end = len(chunk) if end == -1 else end + 1
            spans.add((start, end))
            pos = find(pat, end - 1)
    if not spans:
        return b""
    parts = [chunk[s:e] for s, e in sorted(spans)]
    if not parts[-1].endswith(b"\n"):
        parts[-1] += b"\n"
    return b"".join(parts)


def _lines_by_column(chunk: bytes, sep: str, column_index: int, communes: set) -> bytes:
    """The lines of `chunk` whose field number `column_index` is one of the communes: pandas reads that
    single column, numpy finds the line ends. A chunk whose quoted fields hold line breaks is returned
    whole (the caller parses it fully)."""
    if not chunk.endswith(b"\n"):
        chunk += b"\n"
    values = pd.read_csv(io.BytesIO(chunk), sep=sep, header=None, usecols=[column_index], dtype=str,
                         keep_default_na=False, na_filter=False, engine="c", encoding="utf-8",
                         encoding_errors="replace", skip_blank_lines=False)[column_index]
    ends = np.flatnonzero(np.frombuffer(chunk, dtype=np.uint8) == 10)
    if len(values) != len(ends):
        return chunk
    keep = np.flatnonzero(values.str.strip().isin(communes).to_numpy())
    if not len(keep):
        return b""
    starts = np.concatenate(([0], ends[:-1] + 1))
    return b"".join(chunk[starts[i]:ends[i] + 1] for i in keep)


def commune_patterns(communes, column_index: int, n_columns: int, sep: str, quoted: bool, level: str = "exact"):
    """Byte patterns of the commune codes as they appear after their separator, for the pre-filter.

    ``level``: ``exact`` (``,2A004,``: the whole field), ``prefix3`` (``,132``: the first three characters,
    one pass for Marseille's sixteen arrondissements) or ``departement`` (``,2A``: one pass for a whole
    département). Prefix patterns let other communes (and other fields starting alike) through: the
    caller filters the parsed lines exactly."""
    codes = sorted({c for c in communes if c})
    if not codes:
        return None
    lead = b"\n" if column_index == 0 else sep.encode()
    last = column_index == n_columns - 1
    quote = b'"' if quoted else b""
    if level == "departement":
        keys = sorted({insee_codes.departement_of(c) or c[:2] for c in codes})
    elif level == "prefix3":
        keys = sorted({c[:3] for c in codes})
    else:
        keys = codes
    tail = (quote + sep.encode()) if level == "exact" and not last else b""
    return [lead + quote + k.encode() + tail for k in keys]


# ---- helpers -------------------------------------------------------------------------------------
def _clean(series: pd.Series) -> pd.Series:
    """[ND] and blanks → ''."""
    s = series.astype(str).str.strip()
    return s.where(s != ND, "")


def _float(series: pd.Series) -> pd.Series:
    s = _clean(series).str.replace(",", ".", regex=False)
    return pd.to_numeric(s.where(s != "", None), errors="coerce")


def size_min(band) -> int | None:
    entry = SIZE_BANDS.get(str(band or "").strip())
    return entry[0] if entry else None


def size_class(band) -> str:
    """'0', '1-9', '10-49', '50-249', '250+' or '' (unknown) for a trancheEffectifs code."""
    low = size_min(band)
    if low is None:
        return ""
    for name, lo, hi in SIZE_CLASSES:
        if low >= lo and (hi is None or low <= hi):
            return name
    return ""


def bands_at_least(employees: int) -> set:
    """Size-band codes whose lower bound is at least ``employees``."""
    return {code for code, (low, _hi, _fr, _en) in SIZE_BANDS.items() if low >= employees and code != "NN"}


def _naf_filter(naf) -> tuple | None:
    if not naf:
        return None
    codes = {normalize_naf(c) for c in naf if normalize_naf(c)}
    return tuple(sorted(codes)) if codes else None


def _address(frame: pd.DataFrame) -> pd.Series:
    parts = []
    for key in ("number", "repetition", "street_type", "street"):
        parts.append(_clean(frame[key]) if key in frame else pd.Series("", index=frame.index))
    line = parts[0]
    for p in parts[1:]:
        line = (line + " " + p).str.strip()
    tail = (_clean(frame["postcode"]) + " " + _clean(frame["commune_name"])).str.strip()
    return (line + ", " + tail).str.strip(", ").str.replace(r"\s+", " ", regex=True)


def _stream_filter(path, communes: set, wanted_fields: dict, required: tuple, chunk_bytes: int, counts: dict,
                   progress=None, is_canceled=None, prefilter: str = "auto") -> tuple:
    """Stream a stock-like file; return (frame of the rows in the communes with canonical columns, header names).

    Per chunk, the cheapest selective strategy is used: département patterns (one ``bytes.find`` pass per
    département), exact-code patterns, or the commune column read alone; a strategy that lets more than
    5 % of a chunk's lines through is dropped for the next one (on the rest of the file)."""
    stream = open_binary(path)
    with stream:
        header, sep, names, quoted = _header(stream)
        missing = [wanted_fields[k] for k in required if wanted_fields[k] not in names]
        if missing:
            raise SireneError("not_sirene", f"{Path(path).name}: columns not found: {', '.join(missing)}.",
                              missing=missing)
        present = {k: v for k, v in wanted_fields.items() if v in names}
        usecols = set(present.values())
        commune_col = wanted_fields["commune"]
        index = names.index(commune_col)
        strategies = []
        if prefilter in ("departement", "prefix3", "exact"):
            strategies.append((prefilter, commune_patterns(communes, index, len(names), sep, quoted, prefilter)))
        elif prefilter == "column":
            strategies.append(("column", None))
        else:
            # fewest byte passes first (ties: the more selective level); when a level lets too many lines
            # through, the next more selective one; at most 16 passes
            levels = []
            for rank, level in enumerate(("exact", "prefix3", "departement")):
                pats = commune_patterns(communes, index, len(names), sep, quoted, level)
                if len(pats) <= 16:
                    levels.append((len(pats), rank, level, pats))
            best_rank = 3
            for _n, rank, level, pats in sorted(levels, key=lambda t: (t[0], t[1])):
                if rank < best_rank:
                    strategies.append((level, pats))
                    best_rank = rank
            strategies.append(("column", None))
        forced = prefilter != "auto"
        used = []
        pieces, done = [], 0
        for chunk in _chunks(stream, chunk_bytes):
            if is_canceled is not None and is_canceled():
                raise _CanceledError
            n_lines = chunk.count(b"\n")
            counts["lines_read"] += n_lines
            lines = None
            while lines is None:
                level, pats = strategies[0]
                if pats is None:
                    lines = _lines_by_column(chunk, sep, index, communes)
                else:
                    lines = _lines_with(b"\n" + chunk, pats, limit=None if forced else max(64, n_lines // 20))
                    if lines is None:
                        strategies.pop(0)
                if level not in used:
                    used.append(level)
            if lines:
                part = _parse(header, lines, sep, usecols)
                counts["candidates"] += len(part)
                part = part[part[commune_col].str.strip().isin(communes)]
                if len(part):
                    pieces.append(part)
            done += len(chunk)
            if progress is not None:
                progress(done)
        counts["prefilter"] = "+".join(used) if used else strategies[0][0]
    frame = pd.concat(pieces, ignore_index=True) if pieces else pd.DataFrame(columns=sorted(usecols))
    frame = frame.rename(columns={v: k for k, v in present.items()})
    for k in wanted_fields:
        if k not in frame:
            frame[k] = ""
    return frame, names


def _join_by_first_column(path, keys: set, fields: dict, key_field: str, chunk_bytes: int, is_canceled=None):
    """Rows of a file whose first column is in `keys` (set of str), with canonical columns; None if the
    first column is not `key_field`."""
    stream = open_binary(path)
    with stream:
        header, sep, names, quoted = _header(stream)
        if not names or names[0] != fields[key_field]:
            return None, names
        present = {k: v for k, v in fields.items() if v in names}
        usecols = set(present.values())
        width = len(next(iter(keys))) if keys else 0
        bkeys = {k.encode() for k in keys}
        off = 1 if quoted else 0
        pieces = []
        for chunk in _chunks(stream, chunk_bytes):
            if is_canceled is not None and is_canceled():
                raise _CanceledError
            if not bkeys:
                continue
            kept = [ln for ln in chunk.split(b"\n") if ln[off:off + width] in bkeys]
            if kept:
                part = _parse(header, b"\n".join(kept) + b"\n", sep, usecols)
                pieces.append(part[part[fields[key_field]].str.strip().isin(keys)])
    frame = pd.concat(pieces, ignore_index=True) if pieces else pd.DataFrame(columns=sorted(usecols))
    frame = frame.rename(columns={v: k for k, v in present.items()})
    for k in fields:
        if k not in frame:
            frame[k] = ""
    return frame, names


# ---- main entry ----------------------------------------------------------------------------------
def read_establishments(path, communes, *, geo_path=None, legal_units_path=None, naf=None, sizes=None,
                        include_person_names: bool = False, keep_closed: bool = False, commune_centres=None,
                        lambert_epsg: int | None = None, chunk_bytes: int = CHUNK_BYTES, progress=None,
                        is_canceled=None, prefilter: str = "auto") -> SireneResult:
    """Establishments of the given communes from a geo_siret file or the StockEtablissement (module doc).

    ``communes``: commune codes (normalised with insee_codes). ``naf``: NAF codes or prefixes to keep.
    ``sizes``: trancheEffectifs codes to keep (see :func:`bands_at_least`). ``commune_centres``: optional
    {commune: (lon, lat)} to place establishments without their own position. ``progress(bytes_done)``
    and ``is_canceled()`` are called once per chunk; a cancel returns an empty result with
    ``counts['canceled'] = True``. ``prefilter``: ``auto`` (adaptive, see :func:`_stream_filter`) or a
    forced ``departement``/``prefix3``/``exact``/``column`` strategy (tests, benchmarks); ``counts['prefilter']`` lists
    the strategies that ran. Returns a :class:`SireneResult` (columns :data:`OUTPUT_COLUMNS`)."""
    wanted = {insee_codes.commune_code(c) for c in communes}
    wanted.discard("")
    if not wanted:
        raise SireneError("no_communes", "No valid commune code was given.")
    counts = {"lines_read": 0, "candidates": 0, "in_communes": 0, "closed": 0, "kept": 0, "naf_excluded": 0,
              "size_excluded": 0, "partial": 0, "persons": 0, "names_withheld": 0, "placed_at_commune": 0,
              "no_position": 0, "geo_joined": 0, "canceled": False}
    notes = []
    fields = dict(STOCK_FIELDS)
    fields.update(GEO_SIRET_FIELDS)
    try:
        if prefilter not in ("auto", "departement", "prefix3", "exact", "column"):
            raise ValueError("prefilter must be auto, departement, prefix3, exact or column")
        frame, names = _stream_filter(path, wanted, fields, ("siret", "commune", "state"), chunk_bytes, counts,
                                      progress, is_canceled, prefilter)
    except _CanceledError:
        counts["canceled"] = True
        return SireneResult(pd.DataFrame(columns=OUTPUT_COLUMNS), "", counts, notes)
    kind = "geo_siret" if "longitude" in names and "latitude" in names else "stock"
    for col in frame.columns:
        frame[col] = frame[col].astype(str).str.strip()
    counts["in_communes"] = len(frame)
    closed = frame["state"] != "A"
    counts["closed"] = int(closed.sum())
    if not keep_closed:
        frame = frame[~closed]
    codes = _naf_filter(naf)
    if codes is not None:
        naf_norm = frame["naf"].map(normalize_naf)
        keep = naf_norm.map(lambda c: any(c.startswith(k) for k in codes))
        counts["naf_excluded"] = int((~keep).sum())
        frame = frame[keep]
    if sizes:
        bands = {str(s).strip() for s in sizes}
        keep = frame["size_band"].isin(bands)
        counts["size_excluded"] = int((~keep).sum())
        frame = frame[keep]
    frame = frame.reset_index(drop=True)
    n = len(frame)
    siret = frame["siret"]

    # positions
    lon = pd.Series(np.nan, index=frame.index)
    lat = pd.Series(np.nan, index=frame.index)
    x = pd.Series(np.nan, index=frame.index)
    y = pd.Series(np.nan, index=frame.index)
    epsg = pd.Series("", index=frame.index, dtype=object)
    location = pd.Series("none", index=frame.index, dtype=object)
    quality = pd.Series("", index=frame.index, dtype=object)
    if kind == "geo_siret":
        lon, lat = _float(frame["longitude"]), _float(frame["latitude"])
        has = lon.notna() & lat.notna()
        location[has] = np.where(frame.loc[has, "geo_type"].str.lower().eq("municipality"), "commune", "address")
        quality = frame["geo_score"].where(has, "")
    else:
        geo = None
        if geo_path is not None and n:
            try:
                geo, geo_names = _join_by_first_column(geo_path, set(siret), GEOLOC_FIELDS, "siret", chunk_bytes,
                                                       is_canceled)
            except _CanceledError:
                counts["canceled"] = True
                return SireneResult(pd.DataFrame(columns=OUTPUT_COLUMNS), kind, counts, notes)
            if geo is None:
                raise SireneError("not_sirene", f"{Path(geo_path).name}: the first column is not 'siret'.",
                                  header=geo_names)
        if geo is not None and len(geo):
            geo = geo.drop_duplicates("siret").set_index("siret")
            counts["geo_joined"] = int(siret.isin(geo.index).sum())
            g = geo.reindex(siret.to_numpy())
            g.index = frame.index
            lon, lat = _float(g["lon"]), _float(g["lat"])
            x, y = _float(g["x"]), _float(g["y"])
            epsg = _clean(g["epsg"].fillna("")).where(x.notna() & y.notna(), "")
            quality = _clean(g["qualite_xy"].fillna(""))
            has = (lon.notna() & lat.notna()) | (x.notna() & y.notna() & (epsg != ""))
            location[has] = np.where(quality[has].eq("33"), "commune", "address")
        lx, ly = _float(frame["lambert_x"]), _float(frame["lambert_y"])
        fallback = (location == "none") & lx.notna() & ly.notna()
        if fallback.any():
            x[fallback], y[fallback] = lx[fallback], ly[fallback]
            if lambert_epsg:
                epsg[fallback] = str(lambert_epsg)
            else:
                epsg[fallback] = frame.loc[fallback, "commune"].map(_territory_epsg)
            location[fallback & (epsg != "")] = "address"

    # partial diffusion: no address, no name, no own position
    partial = frame["diffusion"].eq("P")
    counts["partial"] = int(partial.sum())
    for series in (lon, lat, x, y):
        series[partial] = np.nan
    epsg[partial] = ""
    quality[partial] = ""
    location[partial] = "commune"
    if commune_centres:
        centres = {insee_codes.commune_code(k): v for k, v in commune_centres.items()}
        need = (location == "none") | (partial & lon.isna())
        for i in np.flatnonzero(need.to_numpy()):
            c = centres.get(frame.at[i, "commune"])
            if c is not None:
                lon.iat[i], lat.iat[i] = float(c[0]), float(c[1])
                location.iat[i] = "commune"
    counts["placed_at_commune"] = int((location == "commune").sum())
    counts["no_position"] = int(((location == "none") | (lon.isna() & x.isna())).sum())

    # legal units: persons, company names
    legal = None
    if legal_units_path is not None and n:
        try:
            legal, lu_names = _join_by_first_column(legal_units_path, set(frame["siren"]), LEGAL_UNIT_FIELDS,
                                                    "siren", chunk_bytes, is_canceled)
        except _CanceledError:
            counts["canceled"] = True
            return SireneResult(pd.DataFrame(columns=OUTPUT_COLUMNS), kind, counts, notes)
        if legal is None:
            raise SireneError("not_sirene", f"{Path(legal_units_path).name}: the first column is not 'siren'.",
                              header=lu_names)
    if legal is not None:
        legal = legal.drop_duplicates("siren").set_index("siren")
        lu = legal.reindex(frame["siren"].to_numpy())
        lu.index = frame.index
        category = _clean(lu["category"].fillna(""))
        known = lu["category"].notna() & (category != "")
        person = category.eq(PERSON_CATEGORY)
        source = pd.Series(np.where(known, "legal_unit", "presumed"), index=frame.index)
        denomination = _clean(lu["denomination"].fillna(""))
        ess = lu["ess"].fillna("").astype(str).str.strip().map({"O": True, "N": False})
    else:
        category = pd.Series("", index=frame.index)
        known = pd.Series(False, index=frame.index)
        person = pd.Series(False, index=frame.index)
        source = pd.Series("presumed", index=frame.index)
        denomination = pd.Series("", index=frame.index)
        ess = pd.Series(None, index=frame.index, dtype=object)
    head = frame["head_office"].str.lower().isin(("true", "1", "o", "oui"))
    low = frame["size_band"].map(size_min)
    presumed = head & frame["employer"].ne("O") & ~(low.fillna(0) >= 1)
    person = person.where(known, presumed)
    counts["persons"] = int(person.sum())

    own_name = _clean(frame["usual_name"])
    for key in ("sign1", "sign2", "sign3"):
        own_name = own_name.where(own_name != "", _clean(frame[key]))
    name = denomination.where(denomination != "", own_name)
    hide = partial | (person & (not include_person_names))
    withheld = hide & ((name != "") | (own_name != ""))
    name = name.where(~hide, "")
    sign = own_name.where(~hide, "")
    counts["names_withheld"] = int(withheld.sum())
    address = _address(frame).where(~partial, "")
    postcode = _clean(frame["postcode"]).where(~partial, "")

    out = pd.DataFrame({
        "siret": siret, "siren": frame["siren"], "nic": frame["nic"], "name": name, "sign": sign,
        "naf": frame["naf"], "naf_code": frame["naf"].map(normalize_naf),
        "size_band": frame["size_band"], "size_min": low.astype("Int64"),
        "size_class": frame["size_band"].map(size_class),
        "employer": frame["employer"], "head_office": head, "created": frame["created"], "state": frame["state"],
        "commune": frame["commune"], "commune_name": frame["commune_name"], "address": address,
        "postcode": postcode, "diffusion": frame["diffusion"], "person": person.astype(bool),
        "person_source": source, "name_withheld": withheld.astype(bool), "legal_category": category,
        "ess": ess, "lon": lon, "lat": lat, "x": x, "y": y, "epsg": epsg, "location": location,
        "geo_quality": quality,
    }, columns=OUTPUT_COLUMNS)
    counts["kept"] = len(out)
    if legal is None:
        notes.append("no legal-unit file: persons presumed (head office without employees)")
    if kind == "stock" and geo_path is None:
        notes.append("no geolocation file: positions from the stock's Lambert coordinates")
    return SireneResult(out, kind, counts, notes)


def _territory_epsg(commune: str) -> str:
    key = territory_crs.territory_of_code(commune)
    t = territory_crs.TERRITORIES.get(key)
    return str(t.epsg) if t is not None and t.epsg else ""


def aggregate_by_commune(frame: pd.DataFrame, by_size: bool = True) -> pd.DataFrame:
    """Counts of establishments per commune (and size class): commune, size_class, n, n_partial, n_persons."""
    keys = ["commune", "size_class"] if by_size else ["commune"]
    if frame.empty:
        return pd.DataFrame(columns=keys + ["n", "n_partial", "n_persons"])
    grouped = frame.assign(_p=frame["diffusion"].eq("P"), _q=frame["person"].astype(bool)).groupby(keys, sort=True)
    out = grouped.agg(n=("siret", "size"), n_partial=("_p", "sum"), n_persons=("_q", "sum")).reset_index()
    return out.astype({"n": int, "n_partial": int, "n_persons": int})
