"""Working CRS and INSEE grid by French territory (pure Python).

**Working CRS** (the legal projection of each territory, decree n° 2019-165 of 5 March 2019 on the
national reference system; codes and areas of use as in the EPSG registry shipped with PROJ):

=====================  =========================  ==============================  ===========
territory              commune codes              working CRS                     EPSG
=====================  =========================  ==============================  ===========
metropolitan France    01–95 (but 20)             RGF93 v1 / Lambert-93           2154
Corsica                2A, 2B (old 20)            RGF93 v1 / Lambert-93           2154
Guadeloupe             971                        RGAF09 / UTM zone 20N           5490
Martinique             972                        RGAF09 / UTM zone 20N           5490
Guyane                 973                        RGFG95 / UTM zone 22N           2972
La Réunion             974                        RGR92 / UTM zone 40S            2975
Saint-Pierre-et-M.     975                        RGSPM06 / UTM zone 21N          4467
Mayotte                976                        RGM04 / UTM zone 38S            4471
Saint-Barthélemy       977                        RGAF09 / UTM zone 20N           5490
Saint-Martin           978                        RGAF09 / UTM zone 20N           5490
Wallis-et-Futuna       986                        RGWF96 / UTM zone 1S            8903
Polynésie française    987                        RGPF / UTM zone 5S, 6S or 7S    3296–3298
Nouvelle-Calédonie     988                        RGNC91-93 / Lambert NC          3163
TAAF, Clipperton       984, 989                   WGS 84 / UTM zone of the data   326xx/327xx
=====================  =========================  ==============================  ===========

The CRS is chosen (:func:`choose_crs`) from, in this order: an explicit override; the commune codes of
the data (the territory holding most codes); the data's longitude/latitude (the territory box holding
most points); else Lambert-93. The result carries a reason code for the log (:data:`REASONS`).

**INSEE grid** (« données carroyées », Filosofi). INSEE assigns a dwelling to a square by the integer part
of its projected coordinates divided by the cell size, so every cell's south-west corner lies on a
multiple of the cell size in the grid's CRS, and the cell id is the INSPIRE id
``CRS{epsg}RES{size}mN{y_sw}E{x_sw}``. The grid's CRS depends on the territory (INSEE, « Documentation
générale sur le carroyage », données carroyées RFL 2010,
http://www.insee.fr/fr/themes/detail.asp?reg_id=0&ref_id=donnees-carroyees&page=donnees-detaillees/donnees-carroyees/donnees_carroyees_doc.htm):
metropolitan France (with Corsica) in ETRS89-LAEA, EPSG:3035; Martinique in UTM 20N (EPSG:2973, Fort-Desaix,
in the 2010 files); La Réunion in RGR92 / UTM 40S (EPSG:2975); « les autres régions (Guyane, Guadeloupe et
Mayotte) ne peuvent actuellement pas être l'objet des traitements » — INSEE cannot rebuild fiscal
households there, so it publishes **no grid for Guadeloupe, Guyane and Mayotte** (nor for the
collectivités). The grid without data (https://www.insee.fr/fr/statistiques/6214726) likewise covers
« les trois zones géographiques du champ (France métropolitaine, Martinique et La Réunion) ». The
Filosofi 2015–2021 files name their Martinique cells ``CRS5490RES200m…`` (RGAF09 / UTM 20N) and their Réunion
cells ``CRS2975RES200m…``; the 2010 files pad the easting to 7 digits (``CRS2975RES200mN7634200E0359400``).
Because the id names its CRS, a file is always read in the CRS its ids state (:func:`parse_grid_id`),
and written back character for character (:func:`format_grid_id`). Where INSEE has no grid, Coodiag
builds its own lattice, aligned the same way, in the territory's working CRS (:func:`grid_crs_for`).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from . import insee_codes

LAMBERT93 = 2154
LAEA_EUROPE = 3035


@dataclass(frozen=True)
class Territory:
    """A French territory with its working CRS and the CRS of INSEE's grid there (None: no grid)."""

    key: str
    name: str  # French name, for logs and messages
    departements: tuple  # commune-code prefixes
    epsg: int | None  # working CRS (None: WGS 84 / UTM zone of the data)
    grid_epsg: int | None  # CRS of INSEE's Filosofi grid; None when INSEE publishes none
    boxes: tuple  # (west, south, east, north) lon/lat boxes
    projected_box: tuple | None = None  # (xmin, ymin, xmax, ymax) in `epsg`, for coordinates without a CRS


TERRITORIES = {
    t.key: t for t in (
        Territory("corse", "Corse", ("2A", "2B", "20"), LAMBERT93, LAEA_EUROPE, ((8.5, 41.3, 9.65, 43.05),),
                  (1_140_000, 6_030_000, 1_265_000, 6_250_000)),
        Territory("metropole", "France métropolitaine", tuple(d for d in insee_codes.METRO_DEPARTEMENTS
                                                              if d not in ("2A", "2B")),
                  LAMBERT93, LAEA_EUROPE, ((-5.8, 41.2, 9.9, 51.3),), (-50_000, 6_000_000, 1_300_000, 7_180_000)),
        Territory("guadeloupe", "Guadeloupe", ("971",), 5490, None, ((-61.9, 15.8, -60.9, 16.6),),
                  (610_000, 1_740_000, 730_000, 1_840_000)),
        Territory("martinique", "Martinique", ("972",), 5490, 5490, ((-61.3, 14.3, -60.7, 14.95),),
                  (680_000, 1_578_000, 752_000, 1_658_000)),
        Territory("guyane", "Guyane", ("973",), 2972, None, ((-54.7, 2.0, -51.5, 5.9),),
                  (80_000, 210_000, 450_000, 660_000)),
        Territory("reunion", "La Réunion", ("974",), 2975, 2975, ((55.1, -21.5, 55.9, -20.8),),
                  (295_000, 7_615_000, 390_000, 7_705_000)),
        Territory("saint_pierre_miquelon", "Saint-Pierre-et-Miquelon", ("975",), 4467, None,
                  ((-56.5, 46.7, -56.1, 47.2),), (535_000, 5_165_000, 575_000, 5_235_000)),
        Territory("mayotte", "Mayotte", ("976",), 4471, None, ((44.9, -13.1, 45.4, -12.6),),
                  (485_000, 8_545_000, 548_000, 8_612_000)),
        Territory("saint_barthelemy", "Saint-Barthélemy", ("977",), 5490, None, ((-62.95, 17.85, -62.75, 17.98),),
                  (500_000, 1_970_000, 530_000, 1_992_000)),
        Territory("saint_martin", "Saint-Martin", ("978",), 5490, None, ((-63.2, 17.98, -62.95, 18.15),),
                  (475_000, 1_985_000, 508_000, 2_010_000)),
        Territory("taaf", "Terres australes et antarctiques françaises", ("984",), None, None, ()),
        Territory("wallis_futuna", "Wallis-et-Futuna", ("986",), 8903, None, ((-178.3, -14.4, -176.1, -13.1),)),
        Territory("polynesie", "Polynésie française", ("987",), None, None, ((-155.0, -28.0, -134.0, -7.0),)),
        Territory("nouvelle_caledonie", "Nouvelle-Calédonie", ("988",), 3163, None, ((163.5, -23.0, 168.5, -19.5),)),
        Territory("clipperton", "Île de Clipperton", ("989",), None, None, ((-109.3, 10.25, -109.15, 10.35),)),
    )
}

#: Reason codes of :class:`CrsChoice` (English; the algorithms translate them).
REASONS = {
    "override": "chosen by the user",
    "codes": "from the commune codes of the data",
    "codes_mixed": "from the commune codes of the data, which belong to several territories (the most frequent wins)",
    "extent": "from the longitude/latitude of the data",
    "extent_mixed": "from the longitude/latitude of the data, spread over several territories (the most frequent wins)",
    "default": "no commune code or position recognised: Lambert-93 by default",
    "utm_fallback": "no legal projection for this territory in Coodiag: WGS 84 / UTM zone of the data",
}


@dataclass
class CrsChoice:
    """A working CRS with the reason it was chosen (see :data:`REASONS`)."""

    epsg: int
    territory: str  # Territory key, '' when unknown
    reason: str  # key of REASONS
    counts: dict = field(default_factory=dict)  # territory key -> number of codes / points

    @property
    def authid(self) -> str:
        return f"EPSG:{self.epsg}"

    @property
    def name(self) -> str:
        t = TERRITORIES.get(self.territory)
        return t.name if t else ""

    def message(self) -> str:
        """One English sentence for the log, e.g. 'EPSG:5490 (Martinique): from the commune codes of the data'."""
        where = f" ({self.name})" if self.name else ""
        return f"EPSG:{self.epsg}{where}: {REASONS.get(self.reason, self.reason)}"


# ---- territory of a code / a position -------------------------------------------------------------
def territory_of_departement(dep) -> str:
    """Territory key of a département code ('' when unknown)."""
    dep = insee_codes.departement_code(dep)
    if not dep:
        return ""
    for t in TERRITORIES.values():
        if dep in t.departements:
            return t.key
    return ""


def territory_of_code(code) -> str:
    """Territory key of a commune or IRIS code as found in a file ('' when not a code)."""
    text = insee_codes.code_text(code)
    commune = insee_codes.commune_code(text[:5] if len(text) == 9 else text)
    if not commune and len(text) == 8 and text.isdigit():  # IRIS code with a lost zero
        commune = insee_codes.commune_code(text[:4])
    return territory_of_departement(insee_codes.departement_of(commune)) if commune else ""


def territory_of_lonlat(lon: float, lat: float) -> str:
    """Territory key of a longitude/latitude point ('' outside every box)."""
    try:
        lon, lat = float(lon), float(lat)
    except (TypeError, ValueError):
        return ""
    if not (math.isfinite(lon) and math.isfinite(lat)):
        return ""
    for t in TERRITORIES.values():  # Corsica is listed before the mainland box that contains it
        for west, south, east, north in t.boxes:
            if west <= lon <= east and south <= lat <= north:
                return t.key
    return ""


def territory_of_projected(x: float, y: float) -> list:
    """Territory keys whose working-CRS box holds (x, y): a guess for coordinates given without a CRS."""
    out = []
    for t in TERRITORIES.values():
        if t.projected_box:
            x0, y0, x1, y1 = t.projected_box
            if x0 <= x <= x1 and y0 <= y <= y1:
                out.append(t.key)
    return out


def in_france(lon: float, lat: float) -> bool:
    return bool(territory_of_lonlat(lon, lat))


def utm_epsg(lon: float, lat: float) -> int:
    """EPSG code of the WGS 84 / UTM zone holding (lon, lat): 326zz north, 327zz south."""
    zone = int(math.floor((float(lon) + 180.0) / 6.0)) % 60 + 1
    return (32600 if lat >= 0 else 32700) + zone


def _polynesie_epsg(lon: float) -> int:
    """RGPF / UTM 5S (west of 150° W), 6S (150–144° W) or 7S (east of 144° W)."""
    if lon < -150.0:
        return 3296
    return 3297 if lon < -144.0 else 3298


# ---- choosing the working CRS ---------------------------------------------------------------------
def parse_epsg(value) -> int | None:
    """EPSG code from 2154, '2154', 'EPSG:2154', 'epsg: 5490' (None when empty or not such a text)."""
    if value is None or value == "":
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value if value > 0 else None
    m = re.fullmatch(r"\s*(?:EPSG\s*:\s*)?(\d{4,6})\s*", str(value), flags=re.IGNORECASE)
    return int(m.group(1)) if m else None


def _count(keys) -> dict:
    counts = {}
    for k in keys:
        if k:
            counts[k] = counts.get(k, 0) + 1
    return counts


def _winner(counts: dict) -> str:
    order = list(TERRITORIES)
    return max(counts, key=lambda k: (counts[k], -order.index(k)))


def _epsg_of(key: str, lon=None, lat=None) -> tuple:
    t = TERRITORIES[key]
    if t.epsg is not None:
        return t.epsg, None
    if key == "polynesie" and lon is not None:
        return _polynesie_epsg(lon), None
    if lon is not None and lat is not None:
        return utm_epsg(lon, lat), "utm_fallback"
    return None, "utm_fallback"


def _centre(lon, lat, key: str):
    pts = [(float(a), float(b)) for a, b in zip(lon, lat) if territory_of_lonlat(a, b) == key]
    if not pts:
        return None, None
    pts.sort()
    return pts[len(pts) // 2]


def choose_crs(codes=None, lon=None, lat=None, override=None) -> CrsChoice:
    """The working CRS of some data.

    ``codes``: commune (or IRIS) codes as found in the data, any form; ``lon``/``lat``: positions in degrees
    (points, vertices or the corners of an extent); ``override``: an EPSG code or 'EPSG:nnnn' that wins.
    Mixed territories: the one with most codes (then points) wins and the reason says ``*_mixed``."""
    epsg = parse_epsg(override)
    if epsg:
        return CrsChoice(epsg, "", "override")
    lon = list(lon) if lon is not None else []
    lat = list(lat) if lat is not None else []
    counts = _count(territory_of_code(c) for c in (codes if codes is not None else []))
    reason = "codes"
    if not counts and lon:
        counts = _count(territory_of_lonlat(a, b) for a, b in zip(lon, lat))
        reason = "extent"
    if not counts:
        return CrsChoice(LAMBERT93, "", "default")
    key = _winner(counts)
    if len(counts) > 1 and not set(counts) <= {"metropole", "corse"}:
        reason += "_mixed"
    c_lon, c_lat = _centre(lon, lat, key) if lon else (None, None)
    epsg, fallback = _epsg_of(key, c_lon, c_lat)
    if epsg is None:  # a territory without legal CRS and no position to pick a UTM zone
        box = TERRITORIES[key].boxes[0] if TERRITORIES[key].boxes else None
        epsg = utm_epsg((box[0] + box[2]) / 2, (box[1] + box[3]) / 2) if box else LAMBERT93
    return CrsChoice(epsg, key, fallback or reason, counts)


def territory_of_epsg(epsg) -> str:
    """Territory whose working or grid CRS is ``epsg`` ('' when several or none: 2154 and 3035 give
    'metropole', 5490 gives '' since four territories share it)."""
    epsg = parse_epsg(epsg)
    keys = [t.key for t in TERRITORIES.values() if epsg in (t.epsg, t.grid_epsg)]
    if epsg in (LAMBERT93, LAEA_EUROPE):
        return "metropole"
    return keys[0] if len(keys) == 1 else ""


# ---- the INSEE grid ---------------------------------------------------------------------------------
def grid_crs_for(territory: str, working_epsg: int | None = None) -> tuple:
    """``(epsg, reason)`` of the grid to build for a territory: INSEE's grid CRS where INSEE publishes a
    grid (reason ``insee``), else the working CRS (reason ``no_insee_grid``: a Coodiag lattice aligned the
    same way, whose ids will match no INSEE file)."""
    t = TERRITORIES.get(territory)
    if t is None:
        return (LAEA_EUROPE, "insee") if working_epsg in (None, LAMBERT93) else (working_epsg, "no_insee_grid")
    if t.grid_epsg is not None:
        return t.grid_epsg, "insee"
    return (working_epsg or t.epsg or LAEA_EUROPE), "no_insee_grid"


_GRID_ID = re.compile(r"^(CRS)(\d{4,5})(RES)(\d+)(m|km)(N)(-?\d+)(E)(-?\d+)$", re.IGNORECASE)


@dataclass(frozen=True)
class GridId:
    """A parsed INSPIRE cell id; :meth:`text` writes the same characters back."""

    crs: int
    size: int  # metres
    x: int  # south-west corner (easting)
    y: int  # south-west corner (northing)
    res_text: str = ""  # '200m', '1000m', '1km' as written
    n_width: int = 0  # digits of the northing as written (zero padding kept)
    e_width: int = 0
    upper: bool = True

    def text(self) -> str:
        return format_grid_id(self.crs, self.size, self.x, self.y, self.res_text, self.n_width, self.e_width,
                              self.upper)

    def centre(self) -> tuple:
        return self.x + self.size / 2.0, self.y + self.size / 2.0


def _padded(value: int, width: int) -> str:
    sign = "-" if value < 0 else ""
    return sign + str(abs(int(value))).zfill(max(0, width))


def format_grid_id(crs: int, size: int, x_sw: int, y_sw: int, res_text: str = "", n_width: int = 0,
                   e_width: int = 0, upper: bool = True) -> str:
    """``CRS{crs}RES{size}mN{y}E{x}``; ``res_text``/widths reproduce a parsed id's exact writing."""
    res = res_text or f"{int(size)}m"
    text = f"CRS{int(crs)}RES{res}N{_padded(y_sw, n_width)}E{_padded(x_sw, e_width)}"
    return text if upper else text.lower()


def parse_grid_id(text) -> GridId | None:
    """Parse an INSPIRE cell id in any CRS (``CRS5490RES200mN1592600E728800``); None when not one."""
    if text is None:
        return None
    raw = str(text).strip()
    m = _GRID_ID.match(raw)
    if not m:
        return None
    _crs_word, crs, _res_word, res, unit, _n, north, _e, east = m.groups()
    size = int(res) * (1000 if unit.lower() == "km" else 1)
    digits = lambda s: len(s.lstrip("-"))  # noqa: E731
    return GridId(int(crs), size, int(east), int(north), res_text=f"{res}{unit}",
                  n_width=digits(north) if north.lstrip("-").startswith("0") else 0,
                  e_width=digits(east) if east.lstrip("-").startswith("0") else 0,
                  upper=raw[:3] == "CRS")


def align(value: float, size: int) -> int:
    """South-west corner coordinate of the cell holding ``value`` (INSEE's « partie entière »)."""
    return int(math.floor(float(value) / int(size)) * int(size))
