"""THE one field-alias table, field detection by name and by content, and the GeoPackage value sanitiser.

Pure Python (stdlib, pandas not needed). Three parts:

1. :data:`ALIASES` — for each *role* (``commune_code``, ``iris_code``, ``epci_code``, ``lat``, ``street``,
   ``siret``…) the field names seen in real files, best first. Names are compared after
   :func:`normalise_name` (lower case, no accents, any punctuation → ``_``), and also with the
   underscores removed, so ``Code INSEE``, ``code-insee``, ``CODE_INSEE`` and ``CodeInsee`` all match
   ``code_insee``. :data:`PATTERNS` adds regular expressions for names that carry a year
   (``P19_POP``, ``pop_2020``, ``PMUN21``).
2. Detection **by content** (:func:`detect_by_content`, :func:`find_field`, :func:`detect_coordinates`): a
   column whose values are mostly valid commune codes — also inside JSON lists, like OpenDataSoft's
   ``com_code`` = ``["97701"]`` — is a commune-code field whatever its name; longitude/latitude are
   recognised by their ranges and by falling in a French territory; projected x/y by the working-CRS
   box of a territory; e-mail and phone numbers by their patterns; addresses by French street words
   (rue, avenue, chemin, lieu-dit, morne, section…).
3. The **sanitiser** for values bound for a GeoPackage (:func:`plan_columns`, :func:`sanitize_value`): JSON
   maps and lists (OpenDataSoft ``geo_point_2d`` = ``{"lon": …, "lat": …}``, ``geo_shape``) become JSON
   text, or are dropped when they are a geometry; every column gets one type (int, double, bool or
   string), NaN becomes NULL, numpy scalars become Python values, and names become safe and unique.
"""
from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass

from . import insee_codes, territory_crs

# ---- 1. the alias table -------------------------------------------------------------------------
#: role -> accepted field names (normalised form), best first.
ALIASES = {
    # codes of zones. The generic "code" and "cog" stay last (older callers slice them off).
    "commune_code": ("insee_com", "code_insee", "insee", "codgeo", "code_commune", "code_com", "com", "depcom",
                     "inseecom", "insee_cog", "codecommune", "com_code", "code_officiel_commune", "commune_code",
                     "code_commune_insee", "code_insee_commune", "insee_commune", "com_insee", "citycode",
                     "codecom", "code_geo", "code_insee_de_la_commune", "code", "cog"),
    "iris_code": ("code_iris", "iris", "dcomiris", "codeiris", "cod_iris", "iris_code", "code_officiel_iris",
                  "code_iris_insee", "code"),
    "epci_code": ("epci", "siren_epci", "code_epci", "epci_code", "codeepci", "siren", "epci_siren",
                  "code_siren_epci", "code_officiel_epci"),
    "departement_code": ("dep", "insee_dep", "code_dep", "code_departement", "departement", "code_dept", "dept",
                         "dep_code", "departement_code", "code_officiel_departement"),
    "region_code": ("reg", "insee_reg", "code_reg", "code_region", "region", "reg_code", "code_officiel_region"),
    "qpv_code": ("code_qp", "code_qpv", "qp", "qpv", "code_quartier", "cd_qp", "qp_code", "code_qpv_2024",
                 "code_qp_2024"),
    "cell_id": ("idcar_200m", "idcar", "idcar_1km", "idinspire", "id_inspire", "idcar200m", "id_carr200m",
                "id_car200m", "id_carr_1k", "id_carr1km", "idcar1km", "id_car1km", "id_carreau", "id_cell",
                "grd_id", "cell_id"),
    # the same, by Filosofi resolution (filosofi.map_fields), and the imputed-cell flags
    "cell_id_200m": ("idcar_200m", "idinspire", "id_inspire", "idcar200m", "id_carr200m", "id_car200m"),
    "cell_id_1km": ("idcar_1km", "id_carr1km", "idcar1km", "id_car1km", "id_carr_1k"),
    "cell_id_generic": ("idcar", "id_carreau", "id_cell", "cell_id", "grd_id"),
    "imputed_200m": ("i_est_200", "i_est_cr", "imputed", "i_est", "est_200"),
    "imputed_1km": ("i_est_1km",),
    "filosofi_ind": ("ind", "ind_c", "pop", "population"),
    "filosofi_men": ("men", "nbmen", "menages"),
    # names
    "zone_name": ("nom", "nom_com", "libgeo", "libcom", "nom_commune", "name", "libelle", "nom_qp", "nom_iris",
                  "libiris", "com_name", "nom_officiel"),
    "commune_name": ("nom_commune", "nom_com", "libcom", "libgeo", "com_name", "nom_de_la_commune",
                     "libelle_commune", "nom_officiel_commune", "commune", "ville", "localite", "nom", "name",
                     "city", "libelle"),
    "iris_name": ("nom_iris", "libiris", "lib_iris", "iris_name", "libelle_iris"),
    "qpv_name": ("nom_qp", "nom_qpv", "lib_qp", "libelle_qp", "qp_name"),
    "epci_name": ("nom_epci", "libepci", "lib_epci", "epci_nom", "epci_name", "libelle_epci"),
    "departement_name": ("nom_dep", "nom_departement", "libdep", "dep_name", "departement_nom"),
    # population
    "population": ("population", "pop", "ptot", "pmun", "pop_mun", "population_municipale", "pop_totale",
                   "population_totale", "pop_legale", "p_pop", "ind"),
    "households": ("men", "menages", "nb_menages", "nombre_menages", "p_men", "c_men"),
    # coordinates
    "lon": ("lon", "long", "lng", "longitude", "x_wgs84", "lon_wgs84", "longitude_wgs84", "geo_lon", "coord_lon",
            "x_gps", "lon_gps"),
    "lat": ("lat", "latitude", "y_wgs84", "lat_wgs84", "latitude_wgs84", "geo_lat", "coord_lat", "y_gps",
            "lat_gps"),
    "x": ("x", "coord_x", "coordonnee_x", "x_l93", "x_lambert", "x_lambert_93", "easting", "x_2154", "xcoord",
          "x_utm", "x_rgaf09", "x_5490", "x_proj"),
    "y": ("y", "coord_y", "coordonnee_y", "y_l93", "y_lambert", "y_lambert_93", "northing", "y_2154", "ycoord",
          "y_utm", "y_rgaf09", "y_5490", "y_proj"),
    "geo_point": ("geo_point_2d", "geo_point", "geopoint", "geolocalisation", "coordonnees", "coordonnees_gps",
                  "point_geo", "geoloc", "position"),
    "geo_shape": ("geo_shape", "geoshape", "geometry", "geom", "the_geom", "wkt", "geojson", "shape"),
    # addresses
    "house_number": ("numero", "num", "no", "numero_voie", "n_voie", "num_voie", "numero_de_voie", "numero_rue",
                     "housenumber", "house_number", "n"),
    "rep": ("rep", "indice", "indice_de_repetition", "bis_ter", "complement_numero", "suffixe"),
    "street": ("n_et_voie", "numero_et_voie", "voie", "rue", "libelle_voie", "nom_voie", "nom_de_voie", "adresse",
               "adresse_1", "adresse1", "adresse_ligne_1", "address", "adresse_postale", "street", "ligne_4",
               "l4"),
    "address": ("adresse_complete", "full_address", "adresse_entiere", "adresse_totale", "adresse_postale_complete",
                "libelle_adresse", "label"),
    "address_complement": ("complement", "complement_adresse", "complement_d_adresse", "adresse_2", "adresse2",
                           "adresse_ligne_2", "batiment", "residence", "ligne_3", "l3", "lieu_dit", "lieudit"),
    "postcode": ("cp", "code_postal", "codepostal", "postcode", "code_postal_commune", "zip", "code_post",
                 "postal_code", "zipcode", "cp_commune"),
    "city": ("commune", "ville", "localite", "nom_commune", "city", "libelle_commune", "nom_de_la_commune",
             "commune_de_residence", "ville_de_residence", "libelle_acheminement", "nom_com"),
    # companies and people
    "siret": ("siret", "num_siret", "numero_siret", "n_siret", "code_siret", "siret_etablissement"),
    "siren": ("siren", "num_siren", "numero_siren", "n_siren", "code_siren", "siren_entreprise"),
    "naf": ("naf", "code_naf", "ape", "code_ape", "activite_principale", "activiteprincipaleetablissement",
            "naf_code", "naf_rev2"),
    "email": ("email", "e_mail", "mail", "courriel", "adresse_mail", "adresse_email", "adresse_electronique",
              "mel"),
    "phone": ("telephone", "tel", "phone", "portable", "mobile", "num_tel", "numero_telephone", "tel_fixe",
              "tel_portable", "numero_de_telephone", "telephone_mobile"),
    "age": ("age", "age_ans", "age_annees", "age_years"),
    "public_category": ("public", "publics", "public_cible", "categorie", "category", "statut", "status"),
    "rsa_flag": ("rsa", "beneficiaire_rsa", "brsa", "is_rsa", "allocataire_rsa", "public_rsa"),
    "qpv_flag": ("qpv", "resident_qpv", "in_qpv", "is_qpv", "habite_qpv", "public_qpv"),
    "year": ("year", "annee", "millesime", "an", "vintage", "annee_reference", "date"),
    "birth_date": ("annee_naissance", "annee_nais", "birth_year", "date_naissance", "birth_date", "date_nais",
                   "naissance", "birthdate", "date_of_birth"),
}

#: role -> regular expressions on normalised names (for names carrying a year).
PATTERNS = {
    "population": (re.compile(r"^[pc]\d{2}_?pop$"), re.compile(r"^pop(ulation)?(_?(mun|municipale|tot|totale|"
                                                                 r"legale))?_?\d{2,4}$"),
                   re.compile(r"^(pmun|ptot)_?\d{2,4}$")),
    "households": (re.compile(r"^[pc]\d{2}_?men$"), re.compile(r"^(nb_)?menages?_?\d{2,4}$")),
}

_ACCENTS = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "°": "", "º": ""})


def normalise_name(name) -> str:
    """``'Code INSEE'`` -> ``'code_insee'``, ``'N° de voie'`` -> ``'n_de_voie'``, ``'Libellé'`` -> ``'libelle'``."""
    text = unicodedata.normalize("NFKD", str(name or "").translate(_ACCENTS))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^0-9a-z]+", "_", text).strip("_")


def _aliases(candidates) -> tuple:
    if isinstance(candidates, str):
        return ALIASES.get(candidates, (candidates,))
    return tuple(candidates)


def detect_by_name(field_names, candidates, exclude=()) -> str | None:
    """First field whose normalised name is one of ``candidates`` (a role of :data:`ALIASES` or a list of
    names), in candidate order; then the same without underscores; then the role's :data:`PATTERNS`."""
    names = [n for n in field_names if n not in exclude]
    by_norm, by_squeezed = {}, {}
    for n in names:
        by_norm.setdefault(normalise_name(n), n)
        by_squeezed.setdefault(normalise_name(n).replace("_", ""), n)
    aliases = [normalise_name(a) for a in _aliases(candidates)]
    for a in aliases:
        if a in by_norm:
            return by_norm[a]
    for a in aliases:
        if a.replace("_", "") in by_squeezed:
            return by_squeezed[a.replace("_", "")]
    if isinstance(candidates, str):
        for pattern in PATTERNS.get(candidates, ()):
            for n in names:
                if pattern.match(normalise_name(n)):
                    return n
    return None


def roles_by_name(field_names, roles=None) -> dict:
    """role -> field found by name, each field given to one role at most (roles in the order asked)."""
    out, taken = {}, set()
    for role in roles or ALIASES:
        found = detect_by_name(field_names, role, exclude=taken)
        if found is not None:
            out[role] = found
            taken.add(found)
    return out


# ---- 2. detection by content ---------------------------------------------------------------------
_EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
_PHONE_CLEAN = re.compile(r"[\s.\-/()\u00a0]")
_PHONE = re.compile(r"^(?:(?:\+|00)(?:33|590|594|596|262|269|508|687|689|681)\d{8,9}|0[1-9]\d{8})$")
_POSTCODE = re.compile(r"^(?:0[1-9]|[1-8]\d|9[0-5]|97|98)\d{3}$")
#: French street words (normalised), also overseas ones (morne, section, habitation, ravine, quartier).
STREET_WORDS = frozenset({
    "rue", "avenue", "av", "ave", "boulevard", "bd", "bld", "chemin", "ch", "chem", "route", "rte", "impasse",
    "imp", "allee", "all", "place", "pl", "cours", "quai", "square", "sq", "lotissement", "lot", "residence",
    "res", "cite", "hameau", "lieu", "lieudit", "ld", "quartier", "qrt", "faubourg", "fbg", "passage",
    "sentier", "montee", "traverse", "rocade", "esplanade", "promenade", "parvis", "voie", "ruelle", "zone",
    "za", "zi", "zac", "domaine", "parc", "morne", "section", "habitation", "ravine", "bp", "rn", "rd",
    "village", "mas", "chez", "plateau", "anse", "pointe", "lotis",
})
_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?(?:[eE][+-]?\d+)?$")


def sample(values, n: int = 500) -> list:
    """Up to ``n`` non-empty values, spread over the column (first, last and evenly between)."""
    vals = [v for v in values if not _is_empty(v)]
    if len(vals) <= n:
        return vals
    step = len(vals) / float(n)
    return [vals[int(i * step)] for i in range(n)]


def _is_empty(v) -> bool:
    if v is None:
        return True
    if isinstance(v, float) and math.isnan(v):
        return True
    if isinstance(v, str) and v.strip().upper() in ("", "NULL", "NAN", "NONE", "NA", "<NA>"):
        return True
    return str(v) in ("NULL", "<NA>", "NaT")


def to_float(value):
    """Number of a cell: floats/ints as they are, '12,5' and '-61.07' parsed; None when not a number."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)) or type(value).__name__.startswith(("float", "int", "uint")):
        f = float(value)
        return f if math.isfinite(f) else None
    text = str(value).strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if not _NUMBER.match(text):
        return None
    f = float(text.replace(",", "."))
    return f if math.isfinite(f) else None


def _share(values, test) -> float:
    vals = sample(values)
    if not vals:
        return 0.0
    return sum(1 for v in vals if test(v)) / float(len(vals))


def _commune_like(v) -> bool:
    if isinstance(v, float) and not float(v).is_integer():
        return False
    return bool(insee_codes.commune_code(v))


def _iris_like(v) -> bool:
    text = insee_codes.code_text(v)
    return len(text) >= 8 and bool(insee_codes.iris_code(text))


def _siren_like(v, width: int) -> bool:
    code = insee_codes.siren_code(v) if width == 9 else insee_codes.siret_code(v)
    return bool(code) and insee_codes.luhn_ok(code)


def _postcode_like(v) -> bool:
    text = insee_codes.code_text(v)
    if text.isdigit() and len(text) == 4:
        text = "0" + text
    return bool(_POSTCODE.match(text))


def _phone_like(v) -> bool:
    text = _PHONE_CLEAN.sub("", str(v))
    if text.isdigit() and len(text) == 9:  # lost leading zero of 0612345678
        text = "0" + text
    return bool(_PHONE.match(text))


def street_word_count(value) -> int:
    words = normalise_name(value).split("_")
    return sum(1 for w in words if w in STREET_WORDS)


def _street_like(v) -> bool:
    return isinstance(v, str) and street_word_count(v) > 0 and len(v) >= 5


def _address_like(v) -> bool:
    """A full address line: street words and a postcode (« 12 rue Fesch 20000 Ajaccio »)."""
    return _street_like(v) and bool(re.search(r"(?<!\d)(\d{5}|\d{2}\s\d{3})(?!\d)", v))


def _cell_id_like(v) -> bool:
    return territory_crs.parse_grid_id(v) is not None


def _geo_point_like(v) -> bool:
    return geo_point_lonlat(v) is not None


def _geo_shape_like(v) -> bool:
    return json_kind(v) == "geometry"


#: role -> test of one value (roles without a test are detected by name only).
CONTENT_TESTS = {
    "commune_code": _commune_like,
    "iris_code": _iris_like,
    "epci_code": lambda v: _siren_like(v, 9) and insee_codes.siren_code(v).startswith("2"),
    "siren": lambda v: _siren_like(v, 9),
    "siret": lambda v: _siren_like(v, 14),
    "postcode": _postcode_like,
    "email": lambda v: isinstance(v, str) and bool(_EMAIL.match(v.strip())),
    "phone": _phone_like,
    "street": _street_like,
    "address": _address_like,
    "cell_id": _cell_id_like,
    "geo_point": _geo_point_like,
    "geo_shape": _geo_shape_like,
}


def content_share(values, role: str, known=None) -> float:
    """Share of the (sampled, non-empty) values that fit ``role``. With ``known`` codes (a set), a code
    role counts only values whose normalised code is known (arrondissements count for their commune)."""
    if known is not None and role in ("commune_code", "iris_code"):
        known = set(known)
        norm = insee_codes.commune_code if role == "commune_code" else insee_codes.iris_code

        def test(v):
            code = norm(v)
            return bool(code) and (code in known or insee_codes.ARRONDISSEMENTS.get(code) in known)
        return _share(values, test)
    test = CONTENT_TESTS.get(role)
    return _share(values, test) if test else 0.0


def _postcode_signature(values) -> float:
    """Share of 5-digit values ending in 0: about half of French postcodes (the distribution offices
    ``xx000``, ``xx100``…), about a tenth of commune codes. Used to tell the two apart by content."""
    vals = [insee_codes.code_text(v) for v in sample(values)]
    vals = [v for v in vals if v.isdigit() and len(v) in (4, 5)]
    if not vals:
        return 0.0
    return sum(1 for v in vals if v.endswith("0")) / float(len(vals))


def _codes_plausible(values) -> bool:
    """Numbers such as populations also normalise to commune codes (1004 -> 01004). A column is taken
    for codes when its values are mostly texts (codes are written as text) or, for numbers, when they
    concentrate in a few départements (a territory's data do; populations spread over all of them)."""
    vals = sample(values)
    if not vals:
        return False
    if sum(1 for v in vals if isinstance(v, str)) * 2 > len(vals):
        return True
    deps = {}
    for v in vals:
        d = insee_codes.departement_of(v)
        if d:
            deps[d] = deps.get(d, 0) + 1
    top = sorted(deps.values(), reverse=True)[:3]
    return sum(top) >= 0.8 * len(vals)


@dataclass
class FieldGuess:
    """A field chosen for a role: how (``name`` or ``content``) and the share of values that fit."""

    field: str
    role: str
    how: str
    share: float


def detect_by_content(columns, role: str, exclude=(), min_share: float = 0.8, known=None) -> FieldGuess | None:
    """The column (of a mapping name -> values) whose values best fit ``role``, when at least
    ``min_share`` of them do. Ties go to the column whose name matches the role's aliases, then to the
    most varied column. A commune-code column that looks like postcodes (:func:`_postcode_signature` > 0.45)
    is not taken without ``known`` codes; columns named like another role are skipped."""
    best = None
    other_roles = [r for r in ("postcode", "siret", "siren", "phone", "population", "households", "x", "y",
                               "year") if r != role]
    for name, values in columns.items():
        if name in exclude:
            continue
        if role in ("commune_code", "iris_code") and known is None:
            if any(detect_by_name([name], r) for r in other_roles):
                continue
        share = content_share(values, role, known)
        if share < min_share:
            continue
        if role == "commune_code" and known is None and (_postcode_signature(values) > 0.45
                                                          or not _codes_plausible(values)):
            continue
        named = detect_by_name([name], role) is not None
        key = (share, named, len({str(v) for v in sample(values, 200)}))
        if best is None or key > best[0]:
            best = (key, name)
    if best is None:
        return None
    return FieldGuess(best[1], role, "content", best[0][0])


def find_field(columns, role: str, exclude=(), known=None, min_share: float = 0.8) -> FieldGuess | None:
    """The field for ``role`` in ``columns`` (a mapping name -> values): by name, checked by content when
    the role has a content test (a named field whose values do not fit, under half, gives way to a
    field whose values do); else by content alone. None when nothing fits."""
    named = detect_by_name(list(columns), role, exclude)
    if named is not None and role not in CONTENT_TESTS:
        return FieldGuess(named, role, "name", 1.0)
    share = content_share(columns[named], role, known) if named is not None else 0.0
    if named is not None and share >= 0.5:
        return FieldGuess(named, role, "name", share)
    by_content = detect_by_content(columns, role, exclude, min_share, known)
    if by_content is not None:
        return by_content
    if named is not None:
        return FieldGuess(named, role, "name", share)
    return None


@dataclass
class CoordGuess:
    """Coordinate columns found by content: ``kind`` 'lonlat' (degrees) or 'projected' (metres)."""

    x: str
    y: str
    kind: str
    territory: str  # most frequent territory of the points
    share: float  # share of rows placed in a French territory
    epsg: int | None = None  # 4326 for lon/lat, the territory's working CRS for projected values


def _numeric_columns(columns, exclude=()) -> dict:
    out = {}
    for name, values in columns.items():
        if name in exclude:
            continue
        vals = sample(values, 300)
        if not vals:
            continue
        nums = [to_float(v) for v in vals]
        if sum(1 for n in nums if n is not None) >= 0.9 * len(vals):
            out[name] = [to_float(v) for v in values]
    return out


def detect_coordinates(columns, exclude=(), min_share: float = 0.8) -> CoordGuess | None:
    """Longitude/latitude (or projected x/y) columns recognised by their values.

    Every pair of numeric columns is tried both ways; a pair wins when at least ``min_share`` of its rows
    fall in a French territory (lon/lat boxes, or a territory's working-CRS box for metres). Pairs named
    like lon/lat or x/y win ties. Swapped columns are reported the right way round."""
    nums = _numeric_columns(columns, exclude)
    names = list(nums)
    best = None
    for a in names:
        for b in names:
            if a == b:
                continue
            rows = [(x, y) for x, y in zip(nums[a], nums[b]) if x is not None and y is not None]
            if not rows:
                continue
            step = max(1, len(rows) // 400)
            rows = rows[::step]
            terr = [territory_crs.territory_of_lonlat(x, y) if -180 <= x <= 180 and -90 <= y <= 90 else ""
                    for x, y in rows]
            kind = "lonlat"
            if not any(terr):
                terr = [(territory_crs.territory_of_projected(x, y) or [""])[0] for x, y in rows]
                kind = "projected"
            share = sum(1 for t in terr if t) / float(len(rows))
            if share < min_share:
                continue
            counts = {}
            for t in terr:
                if t:
                    counts[t] = counts.get(t, 0) + 1
            key = max(counts, key=counts.get)
            named = int(detect_by_name([a], "lon" if kind == "lonlat" else "x") is not None) + \
                int(detect_by_name([b], "lat" if kind == "lonlat" else "y") is not None)
            score = (share, named)
            if best is None or score > best[0]:
                epsg = 4326 if kind == "lonlat" else territory_crs.TERRITORIES[key].epsg
                best = (score, CoordGuess(a, b, kind, key, share, epsg))
    return best[1] if best else None


# ---- 3. values bound for a GeoPackage -----------------------------------------------------------
def _parse_json(value):
    if isinstance(value, (dict, list, tuple)):
        return value
    if isinstance(value, str):
        text = value.strip()
        if len(text) >= 2 and text[0] in "[{" and text[-1] in "]}":
            try:
                return json.loads(text)
            except ValueError:
                return None
    return None


def json_kind(value) -> str:
    """'' for a scalar; 'geometry' for a GeoJSON geometry (or Feature); 'point' for a {lon, lat} map;
    'map' for another map; 'list' for a list. Accepts Python objects and their JSON text."""
    obj = _parse_json(value)
    if obj is None:
        return ""
    if isinstance(obj, dict):
        keys = {str(k).lower() for k in obj}
        if "coordinates" in keys and "type" in keys or keys >= {"type", "geometry"}:
            return "geometry"
        if keys & {"lon", "lng", "longitude"} and keys & {"lat", "latitude"}:
            return "point"
        return "map"
    return "list"


def geo_point_lonlat(value):
    """(lon, lat) of an OpenDataSoft-style point: ``{"lon": -61.07, "lat": 14.6}`` (map or its JSON),
    ``"14.6, -61.07"`` (lat, lon text of ODS CSV exports), ``[14.6, -61.07]``; a GeoJSON Point. The order
    of an unlabelled pair is the one that falls in a French territory (lat first when both do). None
    when the value is not a point."""
    obj = _parse_json(value)
    if isinstance(obj, dict):
        low = {str(k).lower(): v for k, v in obj.items()}
        lon = next((low[k] for k in ("lon", "lng", "longitude") if k in low), None)
        lat = next((low[k] for k in ("lat", "latitude") if k in low), None)
        if lon is not None and lat is not None:
            lon, lat = to_float(lon), to_float(lat)
            return (lon, lat) if lon is not None and lat is not None else None
        if str(low.get("type", "")).lower() == "point" and isinstance(low.get("coordinates"), (list, tuple)):
            c = low["coordinates"]
            if len(c) >= 2 and to_float(c[0]) is not None and to_float(c[1]) is not None:
                return to_float(c[0]), to_float(c[1])
        return None
    if isinstance(obj, (list, tuple)):
        pair = [to_float(v) for v in obj]
    elif isinstance(value, str) and value.count(",") == 1:
        pair = [to_float(v) for v in value.split(",")]
    else:
        return None
    if len(pair) != 2 or pair[0] is None or pair[1] is None:
        return None
    a, b = pair
    if territory_crs.territory_of_lonlat(b, a):
        return b, a
    if territory_crs.territory_of_lonlat(a, b):
        return a, b
    return None


def sanitize_value(value):
    """A value a GeoPackage field accepts: None for empty/NaN, Python int/float/bool/str, JSON text for
    maps and lists (never the raw object), text for bytes and anything else."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (dict, list, tuple, set)):
        obj = sorted(value, key=str) if isinstance(value, set) else value
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=str)
    type_name = type(value).__name__
    if type_name.startswith("bool"):
        return bool(value)
    if isinstance(value, int) or type_name.startswith(("int", "uint")):
        return int(value)
    if isinstance(value, float) or type_name.startswith("float"):
        f = float(value)
        return f if math.isfinite(f) else None
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    if isinstance(value, str):
        return value
    if type_name in ("NAType", "NaTType"):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    text = str(value)
    return None if text in ("NULL", "<NA>") else text


@dataclass
class ColumnPlan:
    """How a source column goes into a GeoPackage: ``action`` 'keep' (typed values), 'text' (JSON or
    mixed values written as text) or 'drop'; ``reason`` says why for the log."""

    name: str
    out_name: str
    action: str
    type: str  # 'int', 'double', 'bool' or 'string'
    reason: str = ""


#: Names a GeoPackage layer reserves (the feature id and geometry columns of OGR/QGIS).
RESERVED_NAMES = frozenset({"fid", "ogc_fid", "geom", "geometry", "the_geom"})


def safe_field_name(name, taken=None, lower: bool = True, default: str = "field") -> str:
    """ASCII field name: 'N° client' -> 'n_client', 'Libellé' -> 'libelle', '2019' -> 'f_2019'; with
    ``taken`` (a set, updated), unique without regard to case (SQLite compares names case-blind)."""
    text = unicodedata.normalize("NFKD", str(name if name is not None else "").strip().translate(_ACCENTS))
    text = "".join(c for c in text if not unicodedata.combining(c))
    if lower:
        text = text.lower()
    text = re.sub(r"[^0-9A-Za-z_]+", "_", text).strip("_") or default
    if text[0].isdigit():
        text = f"f_{text}"
    if taken is not None:
        lowered = {t.lower() for t in taken}
        base, i = text, 2
        while text.lower() in lowered:
            text = f"{base}_{i}"
            i += 1
        taken.add(text)
    return text


def _column_type(values) -> tuple:
    """(type, all values JSON-like kind) of the non-empty sanitised values."""
    kinds = set()
    for v in values:
        if v is None:
            continue
        if isinstance(v, bool):
            kinds.add("bool")
        elif isinstance(v, int):
            kinds.add("int" if -2 ** 63 <= v < 2 ** 63 else "big")
        elif isinstance(v, float):
            kinds.add("double")
        else:
            kinds.add("string")
    if not kinds or "string" in kinds or "big" in kinds:
        return "string"
    if kinds == {"bool"}:
        return "bool"
    if kinds <= {"int"}:
        return "int"
    if kinds <= {"int", "double"}:
        return "double"
    return "string"


def plan_columns(columns, drop_geometry: bool = True, taken=None) -> list:
    """A :class:`ColumnPlan` for each column of a mapping name -> values.

    Columns holding GeoJSON geometries (``geo_shape``) are dropped when ``drop_geometry`` (the layer has
    its own geometry); other JSON maps and lists become JSON text; mixed types become text; ``fid`` and
    geometry column names are renamed (``fid_2``); names are made safe and unique."""
    taken = set(RESERVED_NAMES) if taken is None else taken
    plans = []
    for name, values in columns.items():
        vals = list(values)
        kinds = {json_kind(v) for v in sample(vals, 200) if isinstance(v, (dict, list, tuple, str))}
        kinds.discard("")
        out_name = safe_field_name(name, taken)
        if drop_geometry and kinds == {"geometry"}:
            taken.discard(out_name)
            plans.append(ColumnPlan(name, out_name, "drop", "string", "geometry"))
            continue
        if kinds:
            plans.append(ColumnPlan(name, out_name, "text", "string", "json"))
            continue
        col_type = _column_type([sanitize_value(v) for v in vals])
        raw_types = {type(v).__name__ for v in vals if not _is_empty(v)}
        reason = "mixed" if col_type == "string" and len(raw_types) > 1 and "str" in raw_types else ""
        plans.append(ColumnPlan(name, out_name, "text" if reason else "keep", col_type, reason))
    return plans


def apply_plan(columns, plans) -> dict:
    """out_name -> list of sanitised values, for the kept columns of :func:`plan_columns`."""
    out = {}
    for plan in plans:
        if plan.action == "drop":
            continue
        values = [sanitize_value(v) for v in columns[plan.name]]
        if plan.type == "string":
            values = [None if v is None else (v if isinstance(v, str) else _scalar_text(v)) for v in values]
        elif plan.type == "double":
            values = [None if v is None else float(v) for v in values]
        out[plan.out_name] = values
    return out


def _scalar_text(v) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)
