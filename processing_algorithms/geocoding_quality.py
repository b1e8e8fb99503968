"""coodiag:geocodingquality — how precisely the SIAE's rows were placed, per commune (an aggregate)."""
from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ..coodiag_plugin.toolbelt import compat
from . import publishing, territory_tools
from .analysis import disclosure, insee_codes
from .base import CoodiagAlgorithm

LEVELS = ("housenumber", "street", "locality", "municipality", "coordinates")
PRECISE = ("housenumber", "street", "coordinates")


class GeocodingQualityAlgorithm(CoodiagAlgorithm):
    GROUP_ID = "data"
    LAYERS, ZONES, ZONE_ID_FIELD, OUTPUT = "LAYERS", "ZONES", "ZONE_ID_FIELD", "OUTPUT"

    def name(self):
        return "geocodingquality"

    def displayName(self):  # noqa: N802
        return self.tr("Placement precision per zone")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Where do the SIAE's data come from, and how precisely were they placed? Counts, per commune (or any "
            "zone), the rows of the imported layers (clients, employees, work sites, antennas: outputs of "
            "“Import and geocode a table”) by placement level — house number, street, locality, commune "
            "centroid, coordinates given in the file — and the share placed precisely (house number, street or "
            "the file's own coordinates). Counts of 1 to k−1 rows (k = the secrecy threshold of the Coodiag "
            "settings), and those hidden with them so that none can be worked back from the row totals, the rate "
            "and the number of rows read, are suppressed (NULL, secret); the rate is NULL when it would give one "
            "away.\n\n"
            "A row is counted in the commune whose INSEE code it was placed with (geo_insee) when the zones have "
            "a commune code, otherwise in the zone that contains it.")

    def initAlgorithm(self, config=None):  # noqa: N802
        layers = QgsProcessingParameterMultipleLayers(self.LAYERS, self.tr("Imported point layers"),
                                                      QgsProcessing.SourceType.TypeVectorPoint)
        layers.setHelp(self.tr("Outputs of “Import and geocode a table” (they carry the fields geo_type and "
                               "geo_insee)."))
        self.addParameter(layers)
        zones = QgsProcessingParameterFeatureSource(self.ZONES, self.tr("Zones (communes)"),
                                                    [QgsProcessing.SourceType.TypeVectorPolygon])
        zones.setHelp(self.tr("The communes of the territory (or any polygons)."))
        self.addParameter(zones)
        field = QgsProcessingParameterField(self.ZONE_ID_FIELD, self.tr("Commune code field of the zones"),
                                            parentLayerParameterName=self.ZONES, optional=True)
        field.setHelp(self.tr("Empty: detected (INSEE_COM, code_insee…); without one, rows are assigned "
                              "spatially."))
        self.addParameter(field)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Placement precision per zone"),
                                                            QgsProcessing.SourceType.TypeVectorPolygon))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layers = self.parameterAsLayerList(parameters, self.LAYERS, context)
        if not layers:
            raise QgsProcessingException(self.tr("Give at least one imported point layer."))
        zones = self.source_or_raise(parameters, self.ZONES, context)
        territory_tools.require_geometry(zones, ("polygon",), self.tr("of zones"))
        code_field = self.field_of(zones, self.parameterAsString(parameters, self.ZONE_ID_FIELD, context),
                                   self.tr("of zones")) or \
            territory_tools.find_field(zones, "commune_code")[0]  # by name, else by content
        zone_feats = list(zones.getFeatures())
        code_of = {}
        index = QgsSpatialIndex()
        for feat in zone_feats:
            code_of[feat.id()] = insee_codes.commune_code(compat.py_value(feat[code_field])) if code_field else \
                str(feat.id())
            index.addFeature(feat)
        geoms = {f.id(): f.geometry() for f in zone_feats}
        by_code = {code: fid for fid, code in code_of.items()}
        k = publishing.threshold()
        counts: dict = {}
        outside = total = 0
        for layer in layers:
            fields = [f.name() for f in layer.fields()]
            if "geo_type" not in fields:
                raise QgsProcessingException(self.tr(
                    "The layer {} has no field geo_type: give the outputs of “Import and geocode a table”.").format(
                    layer.name()))
            transform = QgsCoordinateTransform(layer.crs(), zones.sourceCrs(), context.transformContext())
            has_code = "geo_insee" in fields
            for feat in layer.getFeatures(QgsFeatureRequest()):
                if feedback.isCanceled():
                    return {}
                total += 1
                level = compat.py_value(feat["geo_type"]) or ""
                fid = None
                if code_field and has_code:
                    fid = by_code.get(insee_codes.commune_code(compat.py_value(feat["geo_insee"])))
                if fid is None and feat.hasGeometry():
                    geom = feat.geometry()
                    geom.transform(transform)
                    for candidate in index.intersects(geom.boundingBox()):
                        if geoms[candidate].intersects(geom):
                            fid = candidate
                            break
                if fid is None:
                    outside += 1
                    continue
                counts.setdefault(fid, {}).setdefault(level, 0)
                counts[fid][level] += 1
        fields = QgsFields(zones.fields())
        fields.append(compat.int_field("n_rows"))
        for level in LEVELS:
            fields.append(compat.int_field("n_" + level))
        fields.append(compat.double_field("precise_rate"))
        fields.append(compat.bool_field("secret"))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.MultiPolygon,
                                          zones.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        # disclosure control (analysis/disclosure.py): the zone × level table, its row totals (n_rows), the
        # precise rows of each zone (precise_rate × n_rows) and the number of rows counted (metadata)
        nl = len(LEVELS)
        table = np.array([[counts.get(feat.id(), {}).get(level, 0) for level in LEVELS] for feat in zone_feats],
                         dtype=np.int64).reshape(-1, nl)
        row_of = np.repeat(np.arange(len(zone_feats)), nl)
        precise = np.tile([level in PRECISE for level in LEVELS], len(zone_feats))
        spec = disclosure.Table(table.ravel())
        spec.add("cell", np.arange(table.size), table.size)
        spec.add("row", row_of, len(zone_feats), priority=disclosure.MARGIN_PRIORITY)
        spec.add("precise", np.where(precise, row_of, -1), len(zone_feats), priority=disclosure.MARGIN_PRIORITY)
        spec.add_total(candidate=False)
        protection = disclosure.protect(spec, k)
        cell_hidden = protection.hidden("cell").reshape(-1, nl)
        row_hidden = protection.hidden("row")
        rate_hidden = row_hidden | protection.hidden("precise")
        for z, feat in enumerate(zone_feats):
            by_level = table[z].tolist()
            n = sum(by_level)
            secret = bool(row_hidden[z] or cell_hidden[z].any())
            shown = [None if h else int(c) for c, h in zip(by_level, cell_hidden[z].tolist())]
            rate = None if rate_hidden[z] or n == 0 else 100.0 * sum(
                c for level, c in zip(LEVELS, by_level) if level in PRECISE) / n
            out = QgsFeature(fields)
            geom = feat.geometry()
            geom.convertToMultiType()
            out.setGeometry(geom)
            out.setAttributes(feat.attributes() + [None if row_hidden[z] else n, *shown, rate, secret])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        if outside:
            feedback.pushWarning(self.tr("{} rows lie outside every zone and are not counted.").format(outside))
        del sink
        publishing.finish(self, context, feedback, dest, "geocoding_quality",
                          {"rows": total, "outside": outside, "levels": list(LEVELS)})
        return {self.OUTPUT: dest}
