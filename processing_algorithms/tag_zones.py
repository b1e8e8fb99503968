"""coodiag:tagzones — give every point its commune, IRIS, QPV, Filosofi cell (and any zone) in one pass."""
from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

import numpy as np

from ..coodiag_plugin.toolbelt import compat
from . import publishing, territory_tools
from .analysis import fields as field_table
from .analysis import zones as zones_mod
from .client_common import zones_of
from .base import CoodiagAlgorithm

CELL_FIELDS = field_table.ALIASES["cell_id"]  # the one alias table


class _ZoneIndex:
    """Polygons of one zone layer (in the points' CRS) prepared for the one zone tagger (analysis/zones.py)."""

    def __init__(self, source, field: str, crs, transform_context, feedback):
        request = QgsFeatureRequest().setDestinationCrs(crs, transform_context)
        request.setSubsetOfAttributes([field], source.fields())
        idx = source.fields().indexOf(field)
        self.codes = []
        geoms = []
        for feat in source.getFeatures(request, QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks):
            if feedback.isCanceled():
                return
            if not feat.hasGeometry():
                continue
            geom = feat.geometry()
            if not geom.isGeosValid():
                geom = geom.makeValid()
            value = compat.py_value(feat.attributes()[idx])
            self.codes.append(None if value is None else str(value))
            geoms.append(geom)
        self.zones = zones_of(geoms)

    def lookup_many(self, x, y) -> list:
        """Code of the zone holding each point (None outside; half-open borders: one zone per point)."""
        owner = zones_mod.points_in_zones(self.zones, x, y)
        return [self.codes[z] if z >= 0 else None for z in owner.tolist()]


class TagZonesAlgorithm(CoodiagAlgorithm):
    GROUP_ID = "data"
    INPUT = "INPUT"
    COMMUNES, COMMUNE_FIELD = "COMMUNES", "COMMUNE_FIELD"
    IRIS, IRIS_FIELD = "IRIS", "IRIS_FIELD"
    QPV, QPV_FIELD = "QPV", "QPV_FIELD"
    FILOSOFI, FILOSOFI_FIELD = "FILOSOFI", "FILOSOFI_FIELD"
    ZONES, ZONES_FIELD = "ZONES", "ZONES_FIELD"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "tagzones"

    def displayName(self) -> str:
        return self.tr("Tag points with commune, IRIS, QPV and Filosofi cell")

    def shortHelpString(self) -> str:
        return self.tr(
            "Adds to every point of a layer (clients, work sites, employees' homes…) the code of the zone it "
            "falls in, for each zone layer given: com_code (communes), iris_code (IRIS), qpv_code and in_qpv "
            "(0/1, QPV contours), cell_id (Filosofi cells) and zone_id (any other polygon layer: EPCI, "
            "custom sectors…). All zone layers are optional; each is put in a spatial index once and the "
            "points are read in a single pass. Zone layers in another CRS are reprojected on the fly.\n\n"
            "Code fields are detected by name (INSEE_COM/insee/codgeo…, CODE_IRIS/iris…, code_qp…, "
            "idcar_200m…) or chosen explicitly. A point outside every zone of a layer gets NULL; points "
            "without geometry are kept with NULL codes; both are counted in the log. A point on a shared "
            "boundary takes the first zone found."
        )

    def initAlgorithm(self, config=None):
        points = QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Points to tag"), [QgsProcessing.SourceType.TypeVectorPoint])
        points.setHelp(self.tr("Any point layer; its fields are kept and the zone codes appended."))
        self.addParameter(points)
        for layer_name, field_name, label, help_text in (
            (self.COMMUNES, self.COMMUNE_FIELD, self.tr("Communes"), self.tr("Commune polygons (INSEE code).")),
            (self.IRIS, self.IRIS_FIELD, self.tr("IRIS"), self.tr("IRIS polygons (9-character IRIS code).")),
            (self.QPV, self.QPV_FIELD, self.tr("QPV (priority neighbourhoods)"),
             self.tr("QPV contours (code_qp).")),
            (self.FILOSOFI, self.FILOSOFI_FIELD, self.tr("Filosofi cells"),
             self.tr("Filosofi squares, e.g. the output of coodiag:loadfilosofi (idcar_200m).")),
            (self.ZONES, self.ZONES_FIELD, self.tr("Other zones"),
             self.tr("Any polygon layer serving as zones (EPCI, sectors, antennas' areas…).")),
        ):
            layer = QgsProcessingParameterFeatureSource(
                layer_name, label, [QgsProcessing.SourceType.TypeVectorPolygon], optional=True)
            layer.setHelp(help_text)
            self.addParameter(layer)
            field = QgsProcessingParameterField(
                field_name, self.tr("{} code field (empty: detect)").format(label),
                parentLayerParameterName=layer_name, optional=True)
            field.setHelp(self.tr("Field whose value is copied onto the points."))
            self.addParameter(field)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Tagged points"), QgsProcessing.SourceType.TypeVectorPoint))
        self.addOutput(QgsProcessingOutputNumber("N_POINTS", self.tr("Number of points")))
        self.addOutput(QgsProcessingOutputNumber("N_UNTAGGED", self.tr("Points outside a zone layer (total)")))

    def _zone_layers(self, parameters, context, crs, feedback):
        specs = (
            (self.COMMUNES, self.COMMUNE_FIELD, "com_code", "commune_code"),
            (self.IRIS, self.IRIS_FIELD, "iris_code", "iris_code"),
            (self.QPV, self.QPV_FIELD, "qpv_code", "qpv_code"),
            (self.FILOSOFI, self.FILOSOFI_FIELD, "cell_id", "cell_id"),
            (self.ZONES, self.ZONES_FIELD, "zone_id", ""),
        )
        zones = []
        for layer_name, field_name, out_name, role in specs:
            source = self.parameterAsSource(parameters, layer_name, context)
            if source is None:
                continue
            territory_tools.require_geometry(source, ("polygon",), layer_name)
            self.require_crs(source, layer_name)
            names = [f.name() for f in source.fields()]
            field = self.parameterAsString(parameters, field_name, context)
            candidates = field_table.ALIASES.get(role, ()) if role else ()
            if not field:
                field = territory_tools.find_field(source, role)[0] if role else None
                if field is None and layer_name == self.ZONES and names:
                    field = names[0]
            if not field or field not in names:
                raise QgsProcessingException(self.tr(
                    "Cannot find the code field of the {} layer (looked for {}); fields: {}. Choose it in the "
                    "parameters.").format(layer_name, ", ".join(candidates[:6]), ", ".join(names)))
            feedback.pushInfo(self.tr("{}: field {} → {}.").format(layer_name, field, out_name))
            zones.append((out_name, _ZoneIndex(source, field, crs, context.transformContext(), feedback)))
        return zones

    def processAlgorithm(self, parameters, context, feedback):
        points = self.source_or_raise(parameters, self.INPUT, context)
        crs = self.require_crs(points, self.tr("points"))
        zones = self._zone_layers(parameters, context, crs, feedback)
        if not zones:
            raise QgsProcessingException(self.tr(
                "Give at least one zone layer (communes, IRIS, QPV, Filosofi cells or other zones)."))
        if feedback.isCanceled():
            return {}
        fields = QgsFields(points.fields())
        existing = {f.name().lower() for f in points.fields()}
        out_names = []
        for out_name, _index in zones:
            name = out_name
            while name.lower() in existing:
                name += "_2"
            existing.add(name.lower())
            out_names.append(name)
            fields.append(compat.string_field(name))
            if out_name == "qpv_code":
                flag = "in_qpv"
                while flag.lower() in existing:
                    flag += "_2"
                existing.add(flag.lower())
                fields.append(compat.int_field(flag))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, points.wkbType(), crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        untagged = [0] * len(zones)
        no_geom = 0
        xs, ys = [], []
        for feat in points.getFeatures(QgsFeatureRequest().setNoAttributes()):
            geom = feat.geometry() if feat.hasGeometry() else None
            if geom is None or geom.isEmpty():
                xs.append(np.nan)
                ys.append(np.nan)
                continue
            p = geom.pointOnSurface().asPoint() if geom.type() != QgsWkbTypes.GeometryType.PointGeometry \
                or geom.isMultipart() else geom.asPoint()
            xs.append(p.x())
            ys.append(p.y())
        xs = np.asarray(xs, dtype=float)
        ys = np.asarray(ys, dtype=float)
        codes = [index.lookup_many(xs, ys) for _out_name, index in zones]
        total = points.featureCount() or 1
        n = 0
        for i, feat in enumerate(points.getFeatures()):
            if i % 1000 == 0:
                if feedback.isCanceled():
                    return {}
                feedback.setProgress(int(100 * i / total))
            extra = []
            has_point = i < xs.size and np.isfinite(xs[i])
            if not has_point:
                no_geom += 1
            for k, (out_name, _index) in enumerate(zones):
                code = codes[k][i] if has_point else None
                if code is None and has_point:
                    untagged[k] += 1
                extra.append(code)
                if out_name == "qpv_code":
                    extra.append(None if not has_point else int(code is not None))
            out = QgsFeature(fields)
            if feat.hasGeometry():
                out.setGeometry(feat.geometry())
            out.setAttributes(feat.attributes() + extra)
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
            n += 1
        for (out_name, _index), count in zip(zones, untagged):
            if count:
                feedback.pushInfo(self.tr("{} points fall in no zone of {} (NULL).").format(count, out_name))
        if no_geom:
            feedback.pushWarning(self.tr("{} points have no geometry: kept with NULL codes.").format(no_geom))
        feedback.pushInfo(self.tr("{} points tagged.").format(n))
        del sink
        # a copy of the input points: recorded as individual rows (the cautious class) in a GeoPackage
        publishing.finish(self, context, feedback, dest_id, "points", {"zones": [z for z, _i in zones]})
        return {self.OUTPUT: dest_id, "N_POINTS": n, "N_UNTAGGED": sum(untagged)}
