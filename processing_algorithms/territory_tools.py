"""QGIS side of « anywhere in France »: the working CRS of a territory, fields found by content, attribute
values made safe for a GeoPackage, and up-front checks of input layers (geometry type, CRS, fields).

The decisions are in ``analysis/territory_crs.py`` and ``analysis/fields.py`` (pure, unit-tested); this
module only reads QGIS layers into plain values and turns the results into QGIS objects and translated
log lines (context ``CoodiagTerritory``).
"""
from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsPointXY,
    QgsProcessingException,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication as _Q  # noqa: N814 — pylupdate5 still sees .translate()

from ..coodiag_plugin.toolbelt import compat
from .analysis import fields as field_table
from .analysis import territory_crs

WGS84 = "EPSG:4326"


def reason_text(reason: str) -> str:
    """The translated sentence of a territory_crs reason code."""
    texts = {
        "override": _Q.translate("CoodiagTerritory", "chosen in the parameters"),
        "codes": _Q.translate("CoodiagTerritory", "from the commune codes of the data"),
        "codes_mixed": _Q.translate(
            "CoodiagTerritory", "from the commune codes of the data, which belong to several territories "
                                "(the most frequent one wins)"),
        "extent": _Q.translate("CoodiagTerritory", "from the position of the data"),
        "extent_mixed": _Q.translate(
            "CoodiagTerritory", "from the position of the data, spread over several territories (the most "
                                "frequent one wins)"),
        "default": _Q.translate("CoodiagTerritory",
                                "no commune code or position recognised: Lambert-93 by default"),
        "utm_fallback": _Q.translate(
            "CoodiagTerritory", "no legal projection known for this territory: WGS 84 / UTM zone of the data"),
    }
    return texts.get(reason, reason)


# ---- the working CRS ---------------------------------------------------------------------------------
def lonlat_of_rectangle(rect: QgsRectangle, crs: QgsCoordinateReferenceSystem, context, n: int = 5) -> tuple:
    """Longitudes and latitudes of an n × n lattice of points over a rectangle (any CRS)."""
    if rect is None or rect.isEmpty() or not crs.isValid():
        return [], []
    tr = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem(WGS84), context.transformContext())
    lon, lat = [], []
    for i in range(n):
        for j in range(n):
            x = rect.xMinimum() + rect.width() * (i + 0.5) / n
            y = rect.yMinimum() + rect.height() * (j + 0.5) / n
            try:
                p = tr.transform(QgsPointXY(x, y))
            except Exception:  # noqa: BLE001 - a point outside the CRS's domain is just not a vote
                continue
            lon.append(p.x())
            lat.append(p.y())
    return lon, lat


def choose_crs(codes=(), rect: QgsRectangle | None = None, rect_crs: QgsCoordinateReferenceSystem | None = None,
               override: QgsCoordinateReferenceSystem | None = None, context=None, feedback=None,
               what: str = "") -> QgsCoordinateReferenceSystem:
    """The working CRS: ``override`` when valid, else from the commune codes, else from the extent.
    Logs « Working CRS EPSG:5490 (Martinique): from the commune codes of the data. »"""
    if override is not None and override.isValid():
        choice = territory_crs.CrsChoice(int(override.postgisSrid() or 0), "", "override")
        crs = override
    else:
        lon, lat = ([], [])
        if rect is not None and rect_crs is not None and context is not None:
            lon, lat = lonlat_of_rectangle(rect, rect_crs, context)
        choice = territory_crs.choose_crs(codes=list(codes), lon=lon, lat=lat)
        crs = QgsCoordinateReferenceSystem(choice.authid)
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem("EPSG:2154")
    if feedback is not None:
        where = f" ({choice.name})" if choice.name else ""
        feedback.pushInfo(_Q.translate("CoodiagTerritory", "Working CRS{} {}{}: {}.").format(
            f" {what}" if what else "", crs.authid(), where, reason_text(choice.reason)))
        if choice.reason in ("codes_mixed", "extent_mixed", "utm_fallback"):
            feedback.pushWarning(_Q.translate("CoodiagTerritory", "Check the working CRS {}: {}.").format(crs.authid(),
                                                                          reason_text(choice.reason)))
    return crs


def grid_epsg(crs: QgsCoordinateReferenceSystem, rect: QgsRectangle | None = None, context=None) -> tuple:
    """(EPSG code, reason) of the INSEE grid for data in ``crs`` (its territory guessed from the CRS, else
    from the extent): 3035 in metropolitan France, 5490 Martinique, 2975 La Réunion; elsewhere the
    working CRS (reason ``no_insee_grid``)."""
    epsg = int(crs.postgisSrid() or 0) if crs is not None and crs.isValid() else 0
    key = territory_crs.territory_of_epsg(epsg) if epsg else ""
    if (not key or epsg == 5490) and rect is not None and context is not None and crs is not None:
        lon, lat = lonlat_of_rectangle(rect, crs, context)
        key = territory_crs.choose_crs(lon=lon, lat=lat).territory or key
    if not key:
        return territory_crs.LAEA_EUROPE, "insee"
    return territory_crs.grid_crs_for(key)


# ---- fields ------------------------------------------------------------------------------------------
def sample_columns(source, names=None, limit: int = 500) -> dict:
    """field name -> up to ``limit`` plain values (the first features), for detection by content."""
    all_names = [f.name() for f in source.fields()]
    names = [n for n in (names or all_names) if n in all_names]
    idx = [all_names.index(n) for n in names]
    cols = {n: [] for n in names}
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setLimit(limit)
    for feat in source.getFeatures(request):
        attrs = feat.attributes()
        for n, i in zip(names, idx):
            cols[n].append(compat.py_value(attrs[i]))
    return cols


def find_field(source, role: str, chosen: str = "", known=None):
    """The field for ``role`` (see analysis/fields.py): the chosen one when given (checked), else by name
    checked by content, else by content. Returns (field name or None, how: 'chosen'/'name'/'content')."""
    names = [f.name() for f in source.fields()]
    if chosen:
        return (chosen, "chosen") if chosen in names else (None, "missing")
    guess = field_table.find_field(sample_columns(source), role, known=known)
    return (guess.field, guess.how) if guess else (None, "")


# ---- values bound for a GeoPackage -------------------------------------------------------------------
_COMPLEX_TYPES = {"QVariantMap", "QVariantList", "QStringList", "Map", "List", "StringList"}


def _type_name(field: QgsField) -> str:
    try:
        return field.typeName() or ""
    except Exception:  # noqa: BLE001
        return ""


def _is_complex(field: QgsField) -> bool:
    return int(field.type()) in (8, 9, 11) or _type_name(field) in _COMPLEX_TYPES  # Map, List, StringList


class SafeFields:
    """The fields of a source made safe for a GeoPackage: map/list/JSON fields become text (``geo_point_2d``,
    ``com_code`` lists), GeoJSON geometries in attributes (``geo_shape``) are dropped. ``values(attrs)``
    converts one feature's attributes."""

    def __init__(self, source_fields: QgsFields, sample: dict | None = None):
        self.source_fields = source_fields
        self.fields = QgsFields()
        self.keep = []  # (source index, as_text)
        self.dropped = []
        self.as_text = []
        plans = {p.name: p for p in field_table.plan_columns(sample or {}, taken=set())} if sample else {}
        for i, f in enumerate(source_fields):
            plan = plans.get(f.name())
            if plan is not None and plan.action == "drop":
                self.dropped.append(f.name())
                continue
            if _is_complex(f) or (plan is not None and plan.reason == "json"):
                self.fields.append(compat.string_field(f.name()))
                self.keep.append((i, True))
                self.as_text.append(f.name())
            else:
                self.fields.append(QgsField(f))
                self.keep.append((i, False))

    def values(self, attrs) -> list:
        out = []
        for i, as_text in self.keep:
            v = compat.py_value(attrs[i])
            if as_text and v is not None:
                v = field_table.sanitize_value(_plain(v))
                v = v if isinstance(v, str) or v is None else str(v)
            out.append(v)
        return out

    def report(self, feedback) -> None:
        if self.as_text:
            feedback.pushInfo(_Q.translate(
                "CoodiagTerritory", "Fields holding lists or JSON maps written as text: {}.").format(
                    ", ".join(self.as_text)))
        if self.dropped:
            feedback.pushInfo(_Q.translate(
                "CoodiagTerritory", "Fields holding a geometry as text dropped (the layer has its own "
                                    "geometry): {}.").format(", ".join(self.dropped)))


def _plain(value):
    """QVariant maps/lists (PyQt gives dicts/lists) -> plain Python containers."""
    if isinstance(value, dict):
        return {str(k): _plain(compat.py_value(v)) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(compat.py_value(v)) for v in value]
    return value


# ---- up-front checks ---------------------------------------------------------------------------------
GEOMETRY_NAMES = {
    QgsWkbTypes.GeometryType.PointGeometry: "point",
    QgsWkbTypes.GeometryType.LineGeometry: "line",
    QgsWkbTypes.GeometryType.PolygonGeometry: "polygon",
}


def require_geometry(source, kinds, label: str) -> None:
    """QgsProcessingException unless the source's geometry type is one of ``kinds`` ('point', 'line',
    'polygon'); says which type the layer has and which is expected."""
    gtype = GEOMETRY_NAMES.get(QgsWkbTypes.geometryType(source.wkbType()), "none")
    if gtype in kinds:
        return
    names = {
        "point": _Q.translate("CoodiagTerritory", "points"),
        "line": _Q.translate("CoodiagTerritory", "lines"),
        "polygon": _Q.translate("CoodiagTerritory", "polygons"),
        "none": _Q.translate("CoodiagTerritory", "no geometry"),
    }
    expected = _Q.translate("CoodiagTerritory", " or ").join(names[k] for k in kinds)
    raise QgsProcessingException(_Q.translate(
        "CoodiagTerritory", "The layer {} holds {}, but {} are expected: choose another layer.").format(
            label, names[gtype], expected))
