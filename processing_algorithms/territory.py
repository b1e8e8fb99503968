"""coodiag:territory — the study territory from INSEE codes (communes, an EPCI, a département)."""
from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..coodiag_plugin.toolbelt import compat
from . import publishing
from .analysis import insee_codes
from .base import CoodiagAlgorithm

SKIP_CHECKS = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
MODES = ("communes", "epci", "departement")


class TerritoryAlgorithm(CoodiagAlgorithm):
    GROUP_ID = "data"
    INPUT = "INPUT"
    MODE = "MODE"
    CODES = "CODES"
    CODE_FIELD = "CODE_FIELD"
    EPCI_FIELD = "EPCI_FIELD"
    DEP_FIELD = "DEP_FIELD"
    BUFFER = "BUFFER"
    OUTPUT_CRS = "OUTPUT_CRS"
    SOURCE_LABEL = "SOURCE_LABEL"
    OUTPUT = "OUTPUT"
    TERRITORY = "TERRITORY"

    def name(self) -> str:
        return "territory"

    def displayName(self) -> str:
        return self.tr("Build study territory from INSEE codes")

    def shortHelpString(self) -> str:
        return self.tr(
            "Selects the communes of the study territory on a communes layer (ADMIN EXPRESS, a COG file…) "
            "from INSEE codes: a list of commune codes, the SIREN of an EPCI (e.g. 242010056), or one or more "
            "département codes (2A, 13, 971). Codes are normalised (lost leading zeros, 2a → 2A).\n\n"
            "Fields are detected by name: commune code INSEE_COM, insee, code_insee, codgeo, code…; EPCI "
            "EPCI, siren_epci, code_epci…; département DEP, insee_dep, code_dep… (when there is none, the "
            "département is read from the commune code). Set them explicitly when the detection fails.\n\n"
            "Outputs: the selected communes (reprojected, EPSG:2154 by default) and the dissolved territory "
            "outline; with a buffer distance, the outline is enlarged by that distance (to load data a little "
            "beyond the limits). Codes that match no commune are listed in the log."
        )

    def initAlgorithm(self, config=None):
        layer = QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Communes layer"), [QgsProcessing.SourceType.TypeVectorPolygon])
        layer.setHelp(self.tr("Polygons of communes carrying the INSEE code (and ideally the EPCI and département)."))
        self.addParameter(layer)
        mode = QgsProcessingParameterEnum(
            self.MODE, self.tr("Select by"),
            options=[self.tr("Commune codes"), self.tr("EPCI (SIREN)"), self.tr("Département codes")],
            defaultValue=1)
        mode.setHelp(self.tr("What the codes below are."))
        self.addParameter(mode)
        codes = QgsProcessingParameterString(self.CODES, self.tr("Codes"), defaultValue="242010056")
        codes.setHelp(self.tr("One or more codes separated by commas, spaces or semicolons."))
        self.addParameter(codes)
        for name, label, help_text in (
            (self.CODE_FIELD, self.tr("Commune code field (empty: detect)"),
             self.tr("Field holding the 5-character INSEE commune code.")),
            (self.EPCI_FIELD, self.tr("EPCI field (empty: detect)"), self.tr("Field holding the EPCI SIREN.")),
            (self.DEP_FIELD, self.tr("Département field (empty: detect)"),
             self.tr("Field holding the département code.")),
        ):
            param = QgsProcessingParameterField(name, label, parentLayerParameterName=self.INPUT, optional=True)
            param.setHelp(help_text)
            self.addParameter(param)
        buffer = QgsProcessingParameterDistance(self.BUFFER, self.tr("Buffer around the territory"),
                                                defaultValue=0.0, parentParameterName=self.OUTPUT_CRS, minValue=0.0)
        buffer.setHelp(self.tr("Distance in metres added around the territory outline (0 = none)."))
        self.addParameter(buffer)
        crs = QgsProcessingParameterCrs(self.OUTPUT_CRS, self.tr("Output CRS"), defaultValue="EPSG:2154",
                                        optional=True)
        crs.setHelp(self.tr("Projected CRS of the outputs; empty = Lambert-93 (EPSG:2154)."))
        self.addParameter(crs)
        label = QgsProcessingParameterString(self.SOURCE_LABEL, self.tr("Source of the communes layer"),
                                             defaultValue="IGN, Admin Express ; Insee, COG", optional=True)
        label.setHelp(self.tr("Written into the outputs' metadata, printed on maps after « Sources : »."))
        self.addParameter(label)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Territory communes"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.TERRITORY, self.tr("Territory outline"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addOutput(QgsProcessingOutputNumber("N_COMMUNES", self.tr("Number of communes")))
        self.addOutput(QgsProcessingOutputNumber("AREA_KM2", self.tr("Area (km²)")))
        self.addOutput(QgsProcessingOutputString("SOURCES", self.tr("Sources")))
        self.addOutput(QgsProcessingOutputString("MISSING_CODES", self.tr("Codes not found")))

    def _field(self, parameters, name, context, source, candidates, required: bool, label: str):
        chosen = self.parameterAsString(parameters, name, context)
        names = [f.name() for f in source.fields()]
        if chosen:
            if chosen not in names:
                raise QgsProcessingException(self.tr("The communes layer has no field {}.").format(chosen))
            return chosen
        found = insee_codes.detect_field(names, candidates)
        if found is None and required:
            raise QgsProcessingException(self.tr(
                "Cannot find the {} field in the communes layer (looked for {}); fields: {}. Choose it in the "
                "parameters.").format(label, ", ".join(candidates[:8]), ", ".join(names)))
        return found

    def processAlgorithm(self, parameters, context, feedback):
        source = self.source_or_raise(parameters, self.INPUT, context)
        src_crs = self.require_crs(source, self.tr("communes"))
        mode = MODES[self.parameterAsEnum(parameters, self.MODE, context)]
        raw_codes = insee_codes.split_codes(self.parameterAsString(parameters, self.CODES, context))
        if not raw_codes:
            raise QgsProcessingException(self.tr("Give at least one code (commune, EPCI or département)."))
        out_crs = self.parameterAsCrs(parameters, self.OUTPUT_CRS, context)
        if not out_crs.isValid():
            out_crs = QgsCoordinateReferenceSystem("EPSG:2154")
        self.require_projected(out_crs, self.tr("the output"))
        buffer = self.parameterAsDouble(parameters, self.BUFFER, context)

        code_field = self._field(parameters, self.CODE_FIELD, context, source, insee_codes.COMMUNE_FIELDS,
                                 True, self.tr("commune code"))
        if mode == "communes":
            wanted = {insee_codes.commune_code(c) for c in raw_codes}
            key_field, key_fn = code_field, insee_codes.commune_code
        elif mode == "epci":
            key_field = self._field(parameters, self.EPCI_FIELD, context, source, insee_codes.EPCI_FIELDS,
                                    True, self.tr("EPCI"))
            wanted = {insee_codes.epci_code(c) for c in raw_codes}
            key_fn = insee_codes.epci_code
        else:
            key_field = self._field(parameters, self.DEP_FIELD, context, source, insee_codes.DEP_FIELDS,
                                    False, self.tr("département"))
            wanted = {insee_codes.departement_code(c) for c in raw_codes}
            key_fn = insee_codes.departement_code
        feedback.pushInfo(self.tr("Selecting by {} on field {}: {}.").format(
            mode, key_field or code_field, ", ".join(sorted(wanted))))

        transform = QgsCoordinateTransform(src_crs, out_crs, context.transformContext())
        fields = QgsFields(source.fields())
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             QgsWkbTypes.Type.MultiPolygon, out_crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        key_index = source.fields().indexOf(key_field) if key_field else -1
        code_index = source.fields().indexOf(code_field)
        found = set()
        parts = []
        codes = []
        invalid = 0
        total = source.featureCount() or 1
        for i, feat in enumerate(source.getFeatures(QgsFeatureRequest(), SKIP_CHECKS)):
            if feedback.isCanceled():
                return {}
            feedback.setProgress(int(80 * i / total))
            commune = insee_codes.commune_code(compat.py_value(feat.attributes()[code_index]))
            if key_index >= 0:
                key = key_fn(compat.py_value(feat.attributes()[key_index]))
            else:  # département read from the commune code
                key = insee_codes.departement_of(commune)
            if key not in wanted or not feat.hasGeometry():
                continue
            found.add(key)
            geom = QgsGeometry(feat.geometry())
            geom.transform(transform)
            if not geom.isGeosValid():
                geom = geom.makeValid()
                invalid += 1
            geom.convertToMultiType()
            out = QgsFeature(fields)
            out.setGeometry(geom)
            out.setAttributes(feat.attributes())
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
            parts.append(geom)
            codes.append(commune)
        missing = sorted(wanted - found)
        if not parts:
            raise QgsProcessingException(self.tr(
                "No commune matches the codes {} on field {}: check the selection mode (communes, EPCI, "
                "département) and the codes (e.g. 2A004 for Ajaccio, 242010056 for the CA du Pays Ajaccien)."
            ).format(", ".join(sorted(wanted)), key_field or code_field))
        if missing:
            feedback.pushWarning(self.tr("Codes not found in the communes layer: {}.").format(", ".join(missing)))
        if invalid:
            feedback.pushWarning(self.tr("{} invalid commune geometries were repaired.").format(invalid))

        outline = QgsGeometry.unaryUnion(parts)
        if buffer > 0:
            outline = outline.buffer(buffer, 16)
        outline.convertToMultiType()
        area_km2 = outline.area() / 1e6
        t_fields = QgsFields()
        for f in (compat.string_field("codes"), compat.int_field("n_communes"), compat.double_field("area_km2"),
                  compat.double_field("buffer_m"), compat.string_field("mode")):
            t_fields.append(f)
        t_sink, t_id = self.parameterAsSink(parameters, self.TERRITORY, context, t_fields,
                                            QgsWkbTypes.Type.MultiPolygon, out_crs)
        if t_sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.TERRITORY))
        feat = QgsFeature(t_fields)
        feat.setGeometry(outline)
        feat.setAttributes([",".join(sorted(found)), len(parts), area_km2, buffer, mode])
        t_sink.addFeature(feat, QgsFeatureSink.Flag.FastInsert)

        sources = self.parameterAsString(parameters, self.SOURCE_LABEL, context) or "IGN, Admin Express ; Insee, COG"
        del sink, t_sink  # flushed: the tables can now be styled and named
        meta = {"sources": sources, "codes": sorted(found), "territory_mode": mode}
        publishing.finish(self, context, feedback, dest_id, "communes", meta)
        publishing.finish(self, context, feedback, t_id, "territory", meta)
        feedback.pushInfo(self.tr("{} communes, {:.1f} km².").format(len(parts), area_km2))
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id, self.TERRITORY: t_id, "N_COMMUNES": len(parts), "AREA_KM2": area_km2,
                "SOURCES": sources, "MISSING_CODES": ",".join(missing)}
