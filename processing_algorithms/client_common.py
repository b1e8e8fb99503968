"""QGIS helpers shared by the client algorithms (clientdensity, marketpenetration, prospectzones, hotspots).

Everything that talks to QGIS lives here: reading many points fast into numpy, bulk reprojection,
points in polygons, Filosofi denominators, grid-cell polygons, shared parameters. The arithmetic is in
``analysis/`` (grid, smoothing, hotspots, penetration, denominators, privacy).

Reading speed matters (the benchmark bins 1,000,000 points): when the point source is a plain
GeoPackage layer (no subset string, no selection or filter), its standard point blobs are read in one
SQLite statement (read-only), and the reprojection goes through a bilinear mesh of exactly transformed
nodes checked to 1 mm (like GDAL's approximate transformer); every other source is read feature by
feature through the QGIS API.
"""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProviderRegistry,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication as _Q  # noqa: N814 — short alias, pylupdate5 still sees .translate()

from ..coodiag_plugin.toolbelt import compat
from .analysis import denominators, grid, tabular
from .analysis import zones as zones_mod

GRID_CRS = QgsCoordinateReferenceSystem(grid.GRID_CRS)
CELL_SIZES = grid.CELL_SIZES  # 200, 500, 1000 m


def cell_size_labels() -> list:
    return [
        _Q.translate("ClientCommon", "200 m (INSEE grid)"),
        _Q.translate("ClientCommon", "500 m"),
        _Q.translate("ClientCommon", "1 km (INSEE grid)"),
    ]


def denominator_labels() -> list:
    labels = {
        "men": _Q.translate("ClientCommon", "Households (men)"),
        "ind": _Q.translate("ClientCommon", "Persons (ind)"),
        "ind_65p": _Q.translate("ClientCommon", "Persons aged 65 or more (ind_65_79 + ind_80p)"),
        "ind_80p": _Q.translate("ClientCommon", "Persons aged 80 or more (ind_80p)"),
        "men_fmp": _Q.translate("ClientCommon", "Single-parent families (men_fmp)"),
        "men_prop": _Q.translate("ClientCommon", "Owner households (men_prop)"),
        "men_hinc": _Q.translate(
            "ClientCommon", "High-income households (approx.: households of cells above the median standard of living)"
        ),
    }
    return [labels[k] for k in denominators.KEYS]


#: what the rates are "per 1,000 of": denominator key → (English, French) words for captions and legends
TARGET_WORDS = {
    "men": ("households", "ménages"),
    "ind": ("inhabitants", "habitants"),
    "ind_65p": ("persons aged 65 or more", "personnes de 65 ans ou plus"),
    "ind_80p": ("persons aged 80 or more", "personnes de 80 ans ou plus"),
    "men_fmp": ("single-parent families", "familles monoparentales"),
    "men_prop": ("owner households", "ménages propriétaires"),
    "men_hinc": ("high-income households", "ménages aisés"),
}


def target_meta(alg, parameters, context) -> dict:
    """Metadata of the target population of a run (what the rates are per 1,000 of, and where it comes from),
    for the captions and legends of the outputs."""
    field_name = alg.parameterAsString(parameters, "ZONE_DENOMINATOR_FIELD", context) \
        if alg.parameterDefinition("ZONE_DENOMINATOR_FIELD") is not None else ""
    if field_name:
        population = field_name.lower().startswith(("pop", "pmun", "ptot")) or "pop" in field_name.lower()
        en, fr = ("inhabitants", "habitants") if population else ("units of {}".format(field_name),
                                                                     "unités de {}".format(field_name))
        return {"target": field_name, "target_label_en": en, "target_label_fr": fr, "target_source": "zone_field"}
    if alg.parameterDefinition("DENOMINATOR") is None or parameters.get("FILOSOFI") in (None, ""):
        return {}
    key = denominators.KEYS[alg.parameterAsEnum(parameters, "DENOMINATOR", context)]
    en, fr = TARGET_WORDS.get(key, (key, key))
    return {"target": key, "target_label_en": en, "target_label_fr": fr, "target_source": "filosofi"}


# ---- shared parameters ---------------------------------------------------------------------------
def add_clients_parameter(alg, name="INPUT", weight=True):
    p = QgsProcessingParameterFeatureSource(name, _Q.translate("ClientCommon", "Client points"), [compat_point_type()])
    p.setHelp(
        _Q.translate(
            "ClientCommon",
            "One point per client (e.g. the layer “clients” made by the import algorithm). Individual "
            "points are never copied to the outputs.",
        )
    )
    alg.addParameter(p)
    if weight:
        w = QgsProcessingParameterField(
            "WEIGHT_FIELD",
            _Q.translate("ClientCommon", "Weight field (hours sold, revenue…)"),
            parentLayerParameterName=name,
            optional=True,
        )
        w.setHelp(
            _Q.translate(
                "ClientCommon",
                "Optional numeric field summed per cell or zone besides the number of clients. Text "
                "values that are not numbers stop the algorithm; empty values count as 0.",
            )
        )
        alg.addParameter(w)


def add_denominator_parameters(alg, zones_param: Optional[str] = "ZONES", optional=True):
    fil = QgsProcessingParameterFeatureSource(
        "FILOSOFI",
        _Q.translate("ClientCommon", "Filosofi cells (target population)"),
        [compat_polygon_type()],
        optional=optional,
    )
    fil.setHelp(
        _Q.translate(
            "ClientCommon",
            "The normalised Filosofi 200 m or 1 km cells (fields ind, men, men_fmp, men_prop, ind_65_79, "
            "ind_80p, ind_snv…). Cell values are shared between the zones by the cell-to-zone rule every Coodiag "
            "output uses (the Coodiag settings: area shares by default).",
        )
    )
    alg.addParameter(fil)
    den = QgsProcessingParameterEnum(
        "DENOMINATOR",
        _Q.translate("ClientCommon", "Target population (denominator)"),
        options=denominator_labels(),
        defaultValue=0,
    )
    den.setHelp(
        _Q.translate(
            "ClientCommon",
            "Which population the rates are computed against: clients per 1,000 of it. High-income "
            "households are approximated by the households of the cells whose mean standard of living "
            "(ind_snv / ind) is above the territory's household-weighted median.",
        )
    )
    alg.addParameter(den)
    if zones_param:
        zf = QgsProcessingParameterField(
            "ZONE_DENOMINATOR_FIELD",
            _Q.translate("ClientCommon", "…or a numeric field of the zones"),
            parentLayerParameterName=zones_param,
            optional=True,
            type=numeric_field_type(),
        )
        zf.setHelp(
            _Q.translate(
                "ClientCommon",
                "Optional: take the target population of each zone from this field instead of the "
                "Filosofi cells (e.g. POP_2020).",
            )
        )
        alg.addParameter(zf)


def add_min_count_parameter(alg):
    p = QgsProcessingParameterNumber(
        "MIN_COUNT",
        _Q.translate("ClientCommon", "Minimum clients per published cell or zone (k)"),
        type=number_integer(),
        defaultValue=None,
        minValue=0,
        optional=True,
    )
    p.setHelp(
        _Q.translate(
            "ClientCommon",
            "Statistical secrecy: cells and zones with 1 to k−1 clients are flagged (secret = 1) and their "
            "counts and rates are left empty (NULL). Zero stays published. Empty: the threshold of the Coodiag "
            "settings (11 by default); a value below that setting is raised to it.",
        )
    )
    alg.addParameter(p)


def compat_point_type():
    from qgis.core import QgsProcessing

    return QgsProcessing.SourceType.TypeVectorPoint


def compat_polygon_type():
    from qgis.core import QgsProcessing

    return QgsProcessing.SourceType.TypeVectorPolygon


def numeric_field_type():
    return QgsProcessingParameterField.DataType.Numeric


def number_integer():
    return QgsProcessingParameterNumber.Type.Integer


def number_double():
    return QgsProcessingParameterNumber.Type.Double


# ---- bulk reprojection ---------------------------------------------------------------------------
def _linestring_wkb(x: np.ndarray, y: np.ndarray) -> bytes:
    head = np.zeros(9, dtype=np.uint8)
    head[0] = 1
    head[1:5] = np.frombuffer(np.uint32(2).tobytes(), np.uint8)
    head[5:9] = np.frombuffer(np.uint32(x.size).tobytes(), np.uint8)
    return head.tobytes() + np.column_stack([x, y]).astype("<f8").tobytes()


def exact_transform(src: QgsCoordinateReferenceSystem, dst: QgsCoordinateReferenceSystem, context):
    """Callable (xs, ys) → (Xs, Ys) transforming arrays exactly through PROJ, in bulk (one C++ call)."""
    ct = QgsCoordinateTransform(src, dst, context.transformContext())

    def run(xs, ys):
        xs = np.asarray(xs, dtype=float)
        ys = np.asarray(ys, dtype=float)
        if xs.size == 0:
            return xs.copy(), ys.copy()
        if xs.size == 1:
            p = ct.transform(float(xs[0]), float(ys[0]))
            return np.array([p.x()]), np.array([p.y()])
        geom = QgsGeometry()
        geom.fromWkb(_linestring_wkb(xs, ys))
        geom.transform(ct)
        out = np.frombuffer(bytes(geom.asWkb()), dtype="<f8", offset=9).reshape(-1, 2)
        return out[:, 0].copy(), out[:, 1].copy()

    return run


def transform_points(x, y, src, dst, context):
    """Reproject arrays of coordinates (identity when the CRS are equal); checked to 1 mm."""
    if src == dst:
        return np.asarray(x, float), np.asarray(y, float)
    try:
        X, Y, _approx = grid.approx_transform(x, y, exact_transform(src, dst, context))
    except Exception as exc:  # QgsCsException and friends
        raise QgsProcessingException(
            _Q.translate("ClientCommon", "Could not reproject the points from {} to {}: {}").format(
                src.authid(), dst.authid(), exc
            )
        ) from exc
    if X.size and not (np.isfinite(X).all() and np.isfinite(Y).all()):
        raise QgsProcessingException(
            _Q.translate(
                "ClientCommon", "Some points cannot be reprojected from {} to {}: check the layer's CRS."
            ).format(src.authid(), dst.authid())
        )
    return X, Y


# ---- reading points ------------------------------------------------------------------------------
@dataclass
class PointSet:
    x: np.ndarray
    y: np.ndarray
    crs: QgsCoordinateReferenceSystem
    weights: Optional[np.ndarray] = None
    rejected_fids: List[int] = field(default_factory=list)
    null_weights: int = 0
    fast: bool = False
    attributes: Optional[list] = None  # values of `extra_field` per point (when asked)
    geo_type: Optional[list] = None  # placement precision per point (analysis/precision.py), None: no field

    def __len__(self):
        return int(self.x.size)


def _plain_gpkg(alg, parameters, name, context, source):
    """(path, table, geometry column) when the source is a whole GeoPackage layer; None otherwise."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        if value.selectedFeaturesOnly or value.featureLimit not in (-1, None) or getattr(value, "filterExpression", ""):
            return None
    layer = alg.parameterAsVectorLayer(parameters, name, context)
    if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr" or layer.subsetString():
        return None
    if layer.featureCount() != source.featureCount():
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path") or ""
    if not path.lower().endswith(".gpkg") or not Path(path).is_file():
        return None
    if parts.get("layerId") not in (None, "") or parts.get("subset"):
        return None
    table = parts.get("layerName") or ""
    try:
        con = sqlite3.connect("file:{}?mode=ro".format(Path(path).as_posix()), uri=True)
    except sqlite3.Error:
        return None
    try:
        if not table:
            rows = con.execute("select table_name from gpkg_contents where data_type = 'features'").fetchall()
            if len(rows) != 1:
                return None
            table = rows[0][0]
        row = con.execute(
            "select column_name, geometry_type_name, z, m from gpkg_geometry_columns "
            "where lower(table_name) = lower(?)",
            (table,),
        ).fetchone()
    except sqlite3.Error:
        return None
    finally:
        con.close()
    if row is None or str(row[1]).upper() != "POINT" or row[2] == 1 or row[3] == 1:
        return None
    return path, table, row[0]


def _quote(identifier: str) -> str:
    return '"{}"'.format(identifier.replace('"', '""'))


def _read_gpkg_fast(info, weight_field: str, type_field: str = ""):
    """Coordinates (and weights, and precisions) of a GeoPackage point table in one SQL statement; None to fall
    back."""
    path, table, geom = info
    g = _quote(geom)
    t = _quote(table)
    select = [
        "group_concat(substr({g}, -16, 16), '')".format(g=g),
        "count(*)",
        "sum(substr({g}, -21, 5) <> x'0101000000')".format(g=g),
    ]
    if weight_field:
        w = _quote(weight_field)
        select += [
            "group_concat(coalesce({w}, 'nan'), ',')".format(w=w),
            "sum(typeof({w}) not in ('integer', 'real', 'null'))".format(w=w),
            "sum({w} is null)".format(w=w),
        ]
    if type_field:  # last column: the precision of each point, in the same row order
        select.append("group_concat(coalesce(cast({f} as text), ''), char(31))".format(f=_quote(type_field)))
    try:
        con = sqlite3.connect("file:{}?mode=ro".format(Path(path).as_posix()), uri=True)
        con.text_factory = bytes
        try:
            row = con.execute("select {} from {} where {} is not null".format(", ".join(select), t, g)).fetchone()
            nulls = (
                [r[0] for r in con.execute("select fid from {} where {} is null".format(t, g)).fetchall()]
                if _has_fid(con, table)
                else None
            )
        finally:
            con.close()
    except sqlite3.Error:
        return None
    if nulls is None:
        return None
    blob, count, odd = row[0], row[1], row[2]
    if count and (odd or blob is None or len(blob) != 16 * count):
        return None
    types = None
    if type_field:
        raw = row[-1]
        types = (raw.decode("utf-8", "replace").split("\x1f") if raw is not None else []) if count else []
        if len(types) != count:
            return None
        row = row[:-1]
    xy = np.frombuffer(blob or b"", dtype="<f8").reshape(-1, 2)
    if not np.isfinite(xy).all():  # empty points: let the general path sort them out
        return None
    weights = None
    null_weights = 0
    if weight_field:
        if row[4]:
            return None  # text values stored: the general path reports them
        text = (row[3] or b"").decode("ascii", "replace")
        weights = np.array(text.split(","), dtype=float) if count else np.zeros(0)
        if weights.size != count:
            return None
        null_weights = int(row[5] or 0)
        weights = np.nan_to_num(weights, nan=0.0)
    return xy[:, 0].copy(), xy[:, 1].copy(), weights, list(nulls), null_weights, types


def _has_fid(con, table) -> bool:
    cols = con.execute("pragma table_info({})".format(_quote(table))).fetchall()
    return any((c[1].decode() if isinstance(c[1], bytes) else c[1]).lower() == "fid" for c in cols)


def parse_weight(value, field_name: str, fid) -> Optional[float]:
    """Float of a weight value; None when empty; QgsProcessingException for text that is not a number."""
    value = compat.py_value(value)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, (int, float)):
        v = float(value)
    else:
        v = tabular.to_number(value)  # the one reader of numbers written by people (1 234,50 €, 12.5…)
        if v is None:
            return None
        if math.isnan(v):
            raise QgsProcessingException(
                _Q.translate(
                    "ClientCommon",
                    "The weight field “{}” holds a text value that is not a number (“{}”, feature {}). Choose "
                    "a numeric field, or fix the value (decimal separator . or ,).",
                ).format(field_name, value, fid)
            ) from None
    if not math.isfinite(v):
        raise QgsProcessingException(
            _Q.translate("ClientCommon", "The weight field “{}” holds a value that is not finite (feature {}).").format(
                field_name, fid
            )
        )
    return v


def read_points(
    alg, parameters, name, context, feedback, weight_field: str = "", extra_field: str = "", label: str = "",
    precision: bool = False,
) -> PointSet:
    """All points of a source as numpy arrays in the source CRS (see module docstring for the fast path).

    Features without a usable point (NULL/empty geometry, multipoint of several parts) are listed in
    `rejected_fids`, never silently dropped. Raises QgsProcessingException when the layer has no CRS or
    when the weight field holds text values. `precision`: also read the placement precision of each point
    (field geo_type of the import, analysis/precision.py) into ``geo_type`` (None when the layer has none)."""
    source = alg.source_or_raise(parameters, name, context)
    from .territory_tools import require_geometry

    require_geometry(source, ("point",), label or name)
    crs = alg.require_crs(source, label or name)
    if weight_field:
        weight_field = alg.field_of(source, weight_field, label or name)
    if extra_field:
        alg.require_fields(source, [extra_field], label or name)
    type_field = ""
    if precision:
        from .analysis import precision as precision_mod

        index = source.fields().lookupField(precision_mod.FIELD)
        type_field = source.fields().at(index).name() if index >= 0 else ""
    info = None if extra_field else _plain_gpkg(alg, parameters, name, context, source)
    if info is not None and weight_field:
        if not source.fields().at(source.fields().lookupField(weight_field)).isNumeric():
            info = None
    if info is not None:
        fast = _read_gpkg_fast(info, weight_field, type_field)
        if fast is not None:
            x, y, w, nulls, null_w, types = fast
            feedback.pushInfo(
                _Q.translate("ClientCommon", "Read {} points directly from the GeoPackage.").format(x.size)
            )
            return PointSet(x, y, crs, w, nulls, null_w, True, geo_type=types if type_field else None)
    request = QgsFeatureRequest()
    attrs = [source.fields().lookupField(f) for f in (weight_field, extra_field, type_field) if f]
    request.setSubsetOfAttributes(attrs)
    n = source.featureCount()
    xs = np.empty(max(n, 0))
    ys = np.empty(max(n, 0))
    ws: list = []
    extra: list = []
    rejected: list = []
    null_w = 0
    i = 0
    step = 100.0 / n if n > 0 else 0
    wi = source.fields().lookupField(weight_field) if weight_field else -1
    ei = source.fields().lookupField(extra_field) if extra_field else -1
    ti = source.fields().lookupField(type_field) if type_field else -1
    types: list = []
    for k, feature in enumerate(source.getFeatures(request)):
        if k % 10000 == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(k * step)
        geom = feature.geometry()
        pt = None
        if geom is not None and not geom.isNull() and not geom.isEmpty():
            if geom.isMultipart():
                parts = geom.asMultiPoint()
                if len(parts) == 1:
                    pt = parts[0]
            else:
                pt = geom.asPoint()
        if pt is None or not (math.isfinite(pt.x()) and math.isfinite(pt.y())):
            rejected.append(feature.id())
            continue
        if wi >= 0:
            v = parse_weight(feature.attribute(wi), weight_field, feature.id())
            if v is None:
                null_w += 1
                v = 0.0
            ws.append(v)
        if ei >= 0:
            extra.append(compat.py_value(feature.attribute(ei)))
        if ti >= 0:
            value = compat.py_value(feature.attribute(ti))
            types.append("" if value is None else str(value))
        if i >= xs.size:
            xs = np.resize(xs, 2 * i + 16)
            ys = np.resize(ys, 2 * i + 16)
        xs[i] = pt.x()
        ys[i] = pt.y()
        i += 1
    return PointSet(
        xs[:i].copy(),
        ys[:i].copy(),
        crs,
        np.array(ws, dtype=float) if wi >= 0 else None,
        rejected,
        null_w,
        False,
        extra if ei >= 0 else None,
        types if ti >= 0 else None,
    )


def report_points(feedback, points: PointSet, label: str):
    feedback.pushInfo(_Q.translate("ClientCommon", "{}: {} points read.").format(label, len(points)))
    if points.rejected_fids:
        feedback.reportError(
            _Q.translate(
                "ClientCommon",
                "{}: {} features have no usable point geometry (empty or multi-part) and are not counted; "
                "they are listed in the rejected output if you asked for it.",
            ).format(label, len(points.rejected_fids))
        )
    if points.null_weights:
        feedback.pushWarning(
            _Q.translate("ClientCommon", "{}: {} points have an empty weight, counted as 0.").format(
                label, points.null_weights
            )
        )


def level_label(level: str) -> str:
    """A placement precision (analysis/precision.py vocabulary) in the user's language."""
    labels = {"housenumber": _Q.translate("ClientCommon", "house number"),
              "street": _Q.translate("ClientCommon", "street"),
              "locality": _Q.translate("ClientCommon", "lieu-dit"),
              "municipality": _Q.translate("ClientCommon", "commune centre"),
              "coordinates": _Q.translate("ClientCommon", "coordinates")}
    return labels.get(level, level)


def report_precision(feedback, points: PointSet, keep, scale_m: float) -> None:
    """Log how many points an output finer than a commune leaves to the zone level (analysis/precision.py)."""
    from .analysis import precision

    keep = np.asarray(keep, dtype=bool)
    if points.geo_type is None:
        feedback.pushInfo(_Q.translate(
            "ClientCommon", "The points carry no placement precision (no geo_type field): all are taken as precise."))
        return
    left = int(keep.size - keep.sum())
    if left:
        by_level = {}
        for t, k in zip(points.geo_type, keep.tolist()):
            if not k:
                key = str(t or "?")
                by_level[key] = by_level.get(key, 0) + 1
        feedback.pushWarning(_Q.translate(
            "ClientCommon", "{} of {} points are not placed precisely enough for {:g} m cells ({}): they are "
            "counted in their commune but left out of the grid, the smoothing and the hot spots.").format(
                left, keep.size, scale_m, ", ".join(_Q.translate("ClientCommon", "{}: {}").format(level_label(k), n)
                                                    for k, n in sorted(by_level.items()))))
    else:
        feedback.pushInfo(_Q.translate("ClientCommon", "All {} points are placed precisely enough for {:g} m cells "
                                                       "({}).").format(keep.size, scale_m,
                                                                       ", ".join(level_label(x) for x in
                                                                                 precision.allowed_levels(scale_m))))


def write_rejected(alg, parameters, name, context, source_param, fids, reason: str):
    """Optional sink of the features that could not be used (copy of their attributes + reason)."""
    if not fids or parameters.get(name) in (None, ""):
        return None
    source = alg.parameterAsSource(parameters, source_param, context)
    fields = source.fields()
    out_fields = type(fields)(fields)
    out_fields.append(compat.string_field("reason"))
    sink, dest = alg.parameterAsSink(parameters, name, context, out_fields, source.wkbType(), source.sourceCrs())
    if sink is None:
        return None
    for feature in source.getFeatures(QgsFeatureRequest().setFilterFids(list(fids))):
        out = QgsFeature(out_fields)
        out.setGeometry(feature.geometry())
        out.setAttributes(feature.attributes() + [reason])
        sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
    return dest


# ---- polygons ------------------------------------------------------------------------------------
@dataclass
class Zones:
    geometries: list
    attributes: list
    fields: object
    crs: QgsCoordinateReferenceSystem
    wkb_type: int
    invalid: List[int] = field(default_factory=list)


def read_zones(alg, parameters, name, context, feedback, dest_crs=None, label="") -> Zones:
    source = alg.source_or_raise(parameters, name, context)
    from .territory_tools import require_geometry

    require_geometry(source, ("polygon",), label or name)
    crs = alg.require_crs(source, label or name)
    request = QgsFeatureRequest()
    if dest_crs is not None and dest_crs != crs:
        request.setDestinationCrs(dest_crs, context.transformContext())
        crs = dest_crs
    geoms, attrs, invalid = [], [], []
    for feature in source.getFeatures(request):
        if feedback.isCanceled():
            break
        g = feature.geometry()
        if g is None or g.isNull() or g.isEmpty():
            invalid.append(feature.id())
            g = None
        elif not g.isGeosValid():
            fixed = g.makeValid()
            if fixed.isNull() or fixed.isEmpty():
                invalid.append(feature.id())
                g = None
            else:
                g = fixed
        geoms.append(g)
        attrs.append(feature.attributes())
    if invalid:
        feedback.reportError(
            _Q.translate(
                "ClientCommon", "{}: {} polygons have an empty or unusable geometry: no point is counted in them."
            ).format(label or name, len(invalid))
        )
    return Zones(geoms, attrs, source.fields(), crs, source.wkbType(), invalid)


def _flat_code(wkb_type) -> int:
    """Flat WKB code (1 point, 4 multipoint…) of a QgsWkbTypes/Qgis.WkbType value, on every version."""
    flat = QgsWkbTypes.flatType(wkb_type)
    try:
        return int(flat) % 1000
    except TypeError:  # Qt6 enums
        return int(flat.value) % 1000


def zones_of(geometries) -> zones_mod.Zones:
    """The polygons (QgsGeometry, None allowed) prepared for analysis/zones.py (curves made linear)."""
    blobs = []
    for g in geometries:
        flat = QgsWkbTypes.flatType(g.wkbType()) if g is not None else None
        if g is None or g.isNull() or g.isEmpty() or not (
                QgsWkbTypes.geometryType(g.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
                or flat == QgsWkbTypes.Type.GeometryCollection):
            blobs.append(None)  # not a polygon: holds nothing
            continue
        g = QgsGeometry(g)
        g.convertToStraightSegment()
        blobs.append(bytes(g.asWkb()))
    return zones_mod.Zones.from_wkb(blobs)


def assign_to_polygons(x, y, geometries, feedback=None, levels: int = 4, start: int = 64) -> np.ndarray:
    """Index of the polygon holding each point (-1: none); a point lying in overlapping polygons is given
    to the one of lowest index. The one point-in-polygon routine (analysis/zones.py: crossing number with a
    block index; a point on the border of two zones belongs to exactly one). ``levels``/``start`` are kept
    for compatibility and ignored."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.size == 0 or not any(g is not None for g in geometries):
        return np.full(x.size, -1, dtype=np.int64)
    return zones_mod.points_in_zones(zones_of(geometries), x, y)


def points_grid_crs(points, context, feedback=None) -> QgsCoordinateReferenceSystem:
    """The INSEE grid CRS of the points' territory (EPSG:3035 in metropolitan France, 5490 Martinique,
    2975 La Réunion; elsewhere the territory's working CRS, said in the log): see analysis/territory_crs."""
    from . import territory_tools

    rect = QgsRectangle()
    if len(points):
        rect = QgsRectangle(float(points.x.min()), float(points.y.min()), float(points.x.max()),
                            float(points.y.max()))
    epsg, why = territory_tools.grid_epsg(points.crs, rect, context)
    crs = QgsCoordinateReferenceSystem(f"EPSG:{epsg}")
    if feedback is not None and epsg != grid.GRID_EPSG:
        feedback.pushInfo(_Q.translate("ClientCommon", "Grid in {}: {}.").format(
            crs.authid(), _Q.translate("ClientCommon", "the INSEE grid of this territory") if why == "insee" else
            _Q.translate("ClientCommon", "INSEE publishes no grid for this territory; cells aligned the same way "
                         "in its legal projection")))
    return crs


# ---- Filosofi denominators -----------------------------------------------------------------------
@dataclass
class CellDenominator:
    x3035: np.ndarray
    y3035: np.ndarray
    values: np.ndarray
    source_crs: QgsCoordinateReferenceSystem
    x_src: np.ndarray
    y_src: np.ndarray
    size: Optional[np.ndarray] = None  # side of each square cell (m), NaN for point features
    persons: Optional[np.ndarray] = None  # Filosofi ``ind`` of each cell (coverage), None when absent


def read_filosofi(alg, parameters, context, feedback, key: str, name: str = "FILOSOFI",
                  grid_crs: Optional[QgsCoordinateReferenceSystem] = None) -> Optional[CellDenominator]:
    """Per-cell denominator of the Filosofi layer (cell centroids in the grid CRS — EPSG:3035 by default,
    the territory's INSEE grid overseas — in ``x3035``/``y3035``, and in the layer CRS), with the persons
    (``ind``) of each cell when the layer has them (coverage of the zones, analysis/coverage.py)."""
    if parameters.get(name) in (None, ""):
        return None
    source = alg.source_or_raise(parameters, name, context)
    crs = alg.require_crs(source, name)
    names = {f.name().lower(): f.name() for f in source.fields()}
    needed = denominators.required_fields(key)
    missing = [f for f in needed if f not in names]
    if missing:
        raise QgsProcessingException(
            _Q.translate(
                "ClientCommon",
                "The Filosofi layer lacks the field(s) {} needed for this target population; available fields: "
                "{}. Load it with the Filosofi algorithm (normalised 2019 names) or choose another target.",
            ).format(", ".join(missing), ", ".join(names.values()))
        )
    wanted = list(needed) + (["ind"] if "ind" in names and "ind" not in needed else [])
    idx = [source.fields().lookupField(names[f]) for f in wanted]
    request = QgsFeatureRequest().setSubsetOfAttributes(idx)
    cols = {f: [] for f in wanted}
    xs, ys, sides = [], [], []
    for k, feature in enumerate(source.getFeatures(request)):
        if k % 5000 == 0 and feedback.isCanceled():
            break
        g = feature.geometry()
        if g is None or g.isNull() or g.isEmpty():
            continue
        is_point = _flat_code(g.wkbType()) == 1
        c = g.asPoint() if is_point else g.centroid().asPoint()
        xs.append(c.x())
        ys.append(c.y())
        sides.append(float("nan") if is_point else math.sqrt(max(g.area(), 0.0)))
        for f, i in zip(wanted, idx):
            cols[f].append(_float_or_nan(feature.attribute(i)))
    x = np.array(xs, dtype=float)
    y = np.array(ys, dtype=float)
    values = denominators.cell_values(key, {f: cols[f] for f in needed}) if x.size else np.zeros(0)
    persons = np.nan_to_num(np.array(cols["ind"], dtype=float), nan=0.0) if "ind" in cols else None
    X, Y = transform_points(x, y, crs, grid_crs if grid_crs is not None else GRID_CRS, context)
    return CellDenominator(X, Y, np.asarray(values, dtype=float), crs, x, y, _standard_sizes(np.array(sides)),
                           persons)


def cells_of_geometries(geometries, crs: QgsCoordinateReferenceSystem) -> CellDenominator:
    """The centroids and standard sizes of grid-cell polygons (QgsGeometry, in `crs`) as a CellDenominator
    without values, for :func:`cell_zone_pairs`."""
    xs, ys, sides = [], [], []
    for g in geometries:
        if g is None or g.isNull() or g.isEmpty():
            xs.append(float("nan"))
            ys.append(float("nan"))
            sides.append(float("nan"))
            continue
        is_point = _flat_code(g.wkbType()) == 1
        c = g.asPoint() if is_point else g.centroid().asPoint()
        xs.append(c.x())
        ys.append(c.y())
        sides.append(float("nan") if is_point else math.sqrt(max(g.area(), 0.0)))
    x = np.array(xs, dtype=float)
    y = np.array(ys, dtype=float)
    return CellDenominator(x, y, np.zeros(x.size), crs, x, y, _standard_sizes(np.array(sides)))


def _standard_sizes(sides: np.ndarray) -> np.ndarray:
    """Measured sides of the cells (in the layer CRS) rounded to the INSEE sizes 200 m / 1 km (500 m for
    Coodiag's own grids); NaN when no size is within 5 %."""
    out = np.full(sides.shape, np.nan)
    for size in (200.0, 500.0, 1000.0):
        out[np.abs(sides - size) <= 0.05 * size] = size
    return out


def cell_zone_rule() -> str:
    """THE cell-to-zone rule of every output (issue 21): ``area`` (the default: a cell's people split by
    the share of its area in each zone) or ``centre`` (the whole cell to the zone holding its centre),
    from the setting ``coodiag/cell_zone_rule``."""
    from qgis.core import QgsSettings

    value = str(QgsSettings().value("coodiag/cell_zone_rule", zones_mod.DEFAULT_RULE) or "").strip().lower()
    return value if value in zones_mod.RULES else zones_mod.DEFAULT_RULE


def min_denominator(k: int) -> float:
    """THE minimum denominator of a rate on a grid cell or a zone (households or persons, whatever the
    rate is per 1,000 of): the setting ``coodiag/min_denominator``, 0 (the default) meaning the secrecy
    threshold k — INSEE publishes no Filosofi cell of fewer than 11 households, and a rate on a handful of
    households (1 client in 4 households = 250 ‰) says nothing about the place. Rates whose denominator is
    below it are NULL and drawn in their own "too few" class (styling.py)."""
    from ..coodiag_plugin.toolbelt import prefs

    try:
        value = float(prefs.load().min_denominator or 0)
    except (TypeError, ValueError):
        value = 0.0
    return value if value > 0 else float(k)


@dataclass
class CellZonePairs:
    """THE cell-to-zone table of a run (analysis/zones.py): cell ``cell_idx[i]`` gives ``share[i]`` of its
    values to zone ``zone_idx[i]``, by :func:`cell_zone_rule`; with the cells' lattice in the grid CRS (SW
    corners, sizes — NaN for point features, whose (x_sw, y_sw) is the point) and the zones prepared in that
    CRS, so that sample points of the cells can be tested against the zones (analysis/reach.py)."""

    cell_idx: np.ndarray
    zone_idx: np.ndarray
    share: np.ndarray
    n_cells: int
    n_zones: int
    rule: str
    grid_crs: QgsCoordinateReferenceSystem
    x_sw: np.ndarray
    y_sw: np.ndarray
    size: np.ndarray
    prepared: zones_mod.Zones

    @property
    def whole_cell(self) -> bool:
        """True when every cell goes whole to one zone (centre and majority rules)."""
        return self.rule != "area"

    def aggregate(self, values) -> np.ndarray:
        """Per-zone sums of a per-cell value (NaN counts as 0)."""
        v = np.nan_to_num(np.asarray(values, dtype=float), nan=0.0)
        if self.cell_idx.size == 0:
            return np.zeros(self.n_zones)
        return np.bincount(self.zone_idx, weights=v[self.cell_idx] * self.share, minlength=self.n_zones)

    def placed(self) -> np.ndarray:
        """True for the cells given (in part) to some zone."""
        out = np.zeros(self.n_cells, dtype=bool)
        out[self.cell_idx[self.share > 0]] = True
        return out

    def main_zone(self) -> np.ndarray:
        """The zone receiving the largest share of each cell (-1 for a cell in no zone)."""
        return zones_mod.main_zone_of_pairs(self.zone_idx, self.cell_idx, self.share, self.n_cells)

    def centres(self) -> tuple:
        """Cell centres in the grid CRS (the point itself for point features)."""
        half = np.where(np.isfinite(self.size), self.size / 2.0, 0.0)
        return self.x_sw + half, self.y_sw + half


def cell_zone_pairs(cells: CellDenominator, geometries, zones_crs, context, feedback=None,
                    rule: Optional[str] = None) -> CellZonePairs:
    """THE cell-to-zone table of `cells` in the zones `geometries` (QgsGeometry in `zones_crs`, None allowed),
    by :func:`cell_zone_rule`: exact area shares of the squares in the INSEE grid's CRS of the territory
    (analysis/zones.py); cells without a known size (points) go by their position. Every output that sums
    cells into zones goes through here, so that a cell's people are in the same commune on every page."""
    from . import territory_tools

    rule = rule or cell_zone_rule()
    nz = len(geometries)
    n = int(cells.x_src.size)
    ok_xy = np.isfinite(cells.x_src) & np.isfinite(cells.y_src)
    if n and ok_xy.any():
        rect = QgsRectangle(float(cells.x_src[ok_xy].min()), float(cells.y_src[ok_xy].min()),
                            float(cells.x_src[ok_xy].max()), float(cells.y_src[ok_xy].max()))
    else:
        rect = QgsRectangle()
    epsg, _why = territory_tools.grid_epsg(cells.source_crs, rect, context)
    gcrs = QgsCoordinateReferenceSystem(f"EPSG:{epsg}")
    X = np.full(n, np.nan)
    Y = np.full(n, np.nan)
    if ok_xy.any():
        X[ok_xy], Y[ok_xy] = transform_points(cells.x_src[ok_xy], cells.y_src[ok_xy], cells.source_crs, gcrs, context)
    geoms = []
    tr = QgsCoordinateTransform(zones_crs, gcrs, context.transformContext()) if zones_crs != gcrs else None
    for g in geometries:
        if g is None or g.isEmpty():
            geoms.append(None)
            continue
        g = QgsGeometry(g)
        if tr is not None:
            g.transform(tr)
        geoms.append(g)
    prepared = zones_of(geoms)
    sizes = cells.size if cells.size is not None else np.full(n, np.nan)
    sizes = np.where(ok_xy, sizes, np.nan)
    x_sw = X.copy()
    y_sw = Y.copy()
    parts_c, parts_z, parts_s = [], [], []
    for size in np.unique(sizes[np.isfinite(sizes)]):
        sel = np.flatnonzero(sizes == size)
        x_sw[sel] = np.round((X[sel] - size / 2.0) / size) * size
        y_sw[sel] = np.round((Y[sel] - size / 2.0) / size) * size
        table = zones_mod.cell_zone_table(prepared, x_sw[sel], y_sw[sel], size, rule=rule, feedback=feedback)
        parts_c.append(sel[table.cell_idx])
        parts_z.append(table.zone_idx)
        parts_s.append(table.share)
    rest = np.flatnonzero(~np.isfinite(sizes) & ok_xy)
    if rest.size:
        owner = zones_mod.points_in_zones(prepared, X[rest], Y[rest])
        keep = owner >= 0
        parts_c.append(rest[keep])
        parts_z.append(owner[keep])
        parts_s.append(np.ones(int(keep.sum())))
    def cat(parts, dt):
        return np.concatenate(parts).astype(dt) if parts else np.zeros(0, dtype=dt)

    c, z, sh = cat(parts_c, np.int64), cat(parts_z, np.int64), cat(parts_s, float)
    order = np.lexsort((z, c))
    return CellZonePairs(c[order], z[order], sh[order], n, nz, rule, gcrs, x_sw, y_sw, sizes, prepared)


def cells_to_zones(cells: CellDenominator, zones: Zones, context, feedback=None, rule: Optional[str] = None):
    """(per-zone sums of the cells' values, cells in no zone) by :func:`cell_zone_rule` (see
    :func:`cell_zone_pairs`)."""
    nz = len(zones.geometries)
    if cells.values.size == 0:
        return np.zeros(nz), 0
    pairs = cell_zone_pairs(cells, zones.geometries, zones.crs, context, feedback, rule)
    return pairs.aggregate(cells.values), int((~pairs.placed()).sum())


def _float_or_nan(value) -> float:
    value = compat.py_value(value)
    try:
        return float(value) if value is not None else float("nan")
    except (TypeError, ValueError):
        return float("nan")


def zone_field_values(zones: Zones, field_name: str) -> List[Optional[float]]:
    i = zones.fields.lookupField(field_name)
    out = []
    for attrs in zones.attributes:
        v = compat.py_value(attrs[i])
        try:
            v = float(v) if v is not None else None
        except (TypeError, ValueError):
            v = None
        out.append(v if v is not None and math.isfinite(v) else None)
    return out


@dataclass
class ZoneTargets:
    """Target population per zone and what it stands on: ``values`` (None where unknown — no data, or a zone
    the Filosofi grid does not cover enough), the raw sums, the description (field or key), and the coverage
    of the Filosofi grid per zone (analysis/coverage.py; None per zone when the target is a field)."""

    values: list
    raw: list
    description: str
    coverage: list
    lists: dict
    meta: dict


def zone_targets_full(alg, parameters, context, feedback, zones: Zones, key: str) -> Optional[ZoneTargets]:
    """Target population per zone: the zones' field when given, else the Filosofi cells shared between the
    zones by :func:`cell_zone_rule` (area shares by default), NULL where the grid covers the zone only in part
    or not at all (coverage_tools.filosofi_coverage, named in the log). None when there is no denominator."""
    from . import coverage_tools

    field_name = alg.parameterAsString(parameters, "ZONE_DENOMINATOR_FIELD", context)
    n = len(zones.geometries)
    if field_name:
        values = zone_field_values(zones, field_name)
        return ZoneTargets(values, values, field_name, [None] * n, {"partial": [], "missing": []}, {})
    cells = read_filosofi(alg, parameters, context, feedback, key)
    if cells is None:
        return None
    pairs = cell_zone_pairs(cells, zones.geometries, zones.crs, context, feedback)
    sums = pairs.aggregate(cells.values) if cells.values.size else np.zeros(n)
    outside = int((~pairs.placed()).sum()) if cells.values.size else 0
    if outside:
        feedback.pushInfo(
            _Q.translate("ClientCommon", "{} Filosofi cells lie outside the zones (not counted).").format(outside)
        )
    result = coverage_tools.filosofi_coverage(pairs, cells, zones.fields, zones.attributes, context)
    coverage_tools.report(feedback, result, coverage_tools.input_label("filosofi"))
    raw = [float(v) for v in sums]
    values = [v if coverage_tools.usable(s) else None for v, s in zip(raw, result.statuses)]
    return ZoneTargets(values, raw, key, result.statuses, result.lists, result.meta())


def zone_targets(alg, parameters, context, feedback, zones: Zones, key: str):
    """(targets list with None for unknown, description) or (None, "") when no denominator: see
    :func:`zone_targets_full`."""
    full = zone_targets_full(alg, parameters, context, feedback, zones, key)
    if full is None:
        return None, ""
    return full.values, full.description


# ---- cell polygons -------------------------------------------------------------------------------
def cell_geometries(ix, iy, size, dest_crs, context, grid_crs: Optional[QgsCoordinateReferenceSystem] = None) -> list:
    """Square cells (lattice of the grid CRS, EPSG:3035 by default) as QgsGeometry in `dest_crs` (corners
    reprojected in bulk)."""
    grid_crs = grid_crs if grid_crs is not None else GRID_CRS
    ix = np.asarray(ix, dtype=np.int64)
    iy = np.asarray(iy, dtype=np.int64)
    n = ix.size
    if n == 0:
        return []
    x0 = (ix * size).astype(float)
    y0 = (iy * size).astype(float)
    cx = np.stack([x0, x0 + size, x0 + size, x0, x0], axis=1)
    cy = np.stack([y0, y0, y0 + size, y0 + size, y0], axis=1)
    if dest_crs != grid_crs:
        X, Y = exact_transform(grid_crs, dest_crs, context)(cx.ravel(), cy.ravel())
        cx = X.reshape(n, 5)
        cy = Y.reshape(n, 5)
    rec = np.zeros(n, dtype=[("o", "u1"), ("t", "<u4"), ("r", "<u4"), ("p", "<u4"), ("xy", "<f8", (10,))])
    rec["o"] = 1
    rec["t"] = 3
    rec["r"] = 1
    rec["p"] = 5
    rec["xy"][:, 0::2] = cx
    rec["xy"][:, 1::2] = cy
    raw = rec.tobytes()
    width = rec.dtype.itemsize
    out = []
    for i in range(n):
        g = QgsGeometry()
        g.fromWkb(raw[i * width : (i + 1) * width])
        out.append(g)
    return out


def polygon_wkb_type():
    return QgsWkbTypes.Type.Polygon


def count_in_zones(points: PointSet, zones: Zones, context, feedback, label: str = ""):
    """(owner index per point, counts per zone); QgsProcessingException when no point is in any zone."""
    zx, zy = transform_points(points.x, points.y, points.crs, zones.crs, context)
    owner = assign_to_polygons(zx, zy, zones.geometries, feedback)
    inside = owner >= 0
    if not inside.any():
        raise QgsProcessingException(
            _Q.translate(
                "ClientCommon",
                "None of the {} clients lies inside the zones: check that the clients and the zones cover the same "
                "territory (and that their CRS are right).",
            ).format(len(points))
        )
    n_out = int((~inside).sum())
    if n_out:
        feedback.pushWarning(
            _Q.translate("ClientCommon", "{} clients lie outside every zone and are not counted in any zone.").format(
                n_out
            )
        )
    return owner, np.bincount(owner[inside], minlength=len(zones.geometries))
