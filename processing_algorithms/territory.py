"""coodiag:territory — the study territory from INSEE codes (communes, an EPCI, a département)."""
from __future__ import annotations

from qgis.core import (
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
    QgsRectangle,
    QgsWkbTypes,
)

from ..coodiag_plugin.toolbelt import compat
from . import publishing, territory_tools
from .analysis import fields as field_table
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
            "Fields are detected by name (commune code INSEE_COM, insee, code_insee, codgeo, com_code…; EPCI "
            "EPCI, siren_epci, code_epci…; département DEP, insee_dep, code_dep…) and by content (a field whose "
            "values are mostly commune codes, also inside lists such as [\"97701\"], is the commune code). "
            "When there is no département field, the département is read from the commune code. Set them "
            "explicitly when the detection fails.\n\n"
            "Working CRS: empty = automatic, the legal projection of the territory found from the communes' "
            "codes (Lambert-93 in metropolitan France and Corsica; RGAF09 / UTM 20N for Guadeloupe, Martinique, "
            "Saint-Martin and Saint-Barthélemy; RGFG95 / UTM 22N Guyane; RGR92 / UTM 40S La Réunion; RGM04 / "
            "UTM 38S Mayotte; RGSPM06 / UTM 21N Saint-Pierre-et-Miquelon); the choice and its reason are "
            "logged.\n\n"
            "Outputs: the selected communes (reprojected; fields holding lists or JSON maps, as in OpenDataSoft "
            "files, written as text) and the dissolved territory outline; with a buffer distance, the outline is "
            "enlarged by that distance (to load data a little beyond the limits). Codes that match no commune "
            "are listed in the log."
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
        crs = QgsProcessingParameterCrs(self.OUTPUT_CRS, self.tr("Output CRS (empty: automatic)"),
                                        defaultValue=None, optional=True)
        crs.setHelp(self.tr("Projected CRS of the outputs; empty = the legal projection of the territory, chosen "
                            "from the communes' INSEE codes (EPSG:2154 in metropolitan France, EPSG:5490 in the "
                            "Antilles, EPSG:2975 in La Réunion…)."))
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
        self.addOutput(QgsProcessingOutputString("CRS", self.tr("Working CRS")))

    def _field(self, parameters, name, context, source, role, required: bool, label: str, feedback):
        chosen = self.parameterAsString(parameters, name, context)
        names = [f.name() for f in source.fields()]
        if chosen:
            if chosen not in names:
                raise QgsProcessingException(self.tr("The communes layer has no field {}.").format(chosen))
            return chosen
        found, how = territory_tools.find_field(source, role)
        if found is not None and how == "content":
            feedback.pushInfo(self.tr("The {} field was recognised by its values: {}.").format(label, found))
        if found is None and required:
            candidates = field_table.ALIASES[role]
            raise QgsProcessingException(self.tr(
                "Cannot find the {} field in the communes layer (looked for {}, and for values that look like "
                "codes); fields: {}. Choose it in the parameters.").format(
                    label, ", ".join(candidates[:8]), ", ".join(names)))
        return found

    def processAlgorithm(self, parameters, context, feedback):
        source = self.source_or_raise(parameters, self.INPUT, context)
        territory_tools.require_geometry(source, ("polygon",), self.tr("of communes"))
        src_crs = self.require_crs(source, self.tr("communes"))
        mode = MODES[self.parameterAsEnum(parameters, self.MODE, context)]
        raw_codes = insee_codes.split_codes(self.parameterAsString(parameters, self.CODES, context))
        if not raw_codes:
            raise QgsProcessingException(self.tr("Give at least one code (commune, EPCI or département)."))
        override = self.parameterAsCrs(parameters, self.OUTPUT_CRS, context)
        if override.isValid():
            self.require_projected(override, self.tr("the output"))
        buffer = self.parameterAsDouble(parameters, self.BUFFER, context)

        code_field = self._field(parameters, self.CODE_FIELD, context, source, "commune_code", True,
                                 self.tr("commune code"), feedback)
        if mode == "communes":
            wanted = {insee_codes.commune_code(c) for c in raw_codes} - {""}
            key_field, key_fn = code_field, insee_codes.commune_code
        elif mode == "epci":
            key_field = self._field(parameters, self.EPCI_FIELD, context, source, "epci_code", True,
                                    self.tr("EPCI"), feedback)
            wanted = {insee_codes.epci_code(c) for c in raw_codes} - {""}
            key_fn = insee_codes.epci_code
        else:
            key_field = self._field(parameters, self.DEP_FIELD, context, source, "departement_code", False,
                                    self.tr("département"), feedback)
            wanted = {insee_codes.departement_code(c) for c in raw_codes} - {""}
            key_fn = insee_codes.departement_code
        invalid_codes = [c for c in raw_codes if not key_fn(c)]
        if invalid_codes:
            feedback.pushWarning(self.tr("Not valid codes for this selection mode, ignored: {}.").format(
                ", ".join(invalid_codes)))
        if not wanted:
            raise QgsProcessingException(self.tr(
                "None of the codes {} is a valid {} code (a commune code has 5 characters, e.g. 2A004 or 97209; "
                "an EPCI code 9 digits; a département 01–95, 2A, 2B or 971–976).").format(
                    ", ".join(raw_codes), {"communes": self.tr("commune"), "epci": self.tr("EPCI"),
                                           "departement": self.tr("département")}[mode]))
        feedback.pushInfo(self.tr("Selecting by {} on field {}: {}.").format(
            mode, key_field or code_field, ", ".join(sorted(wanted))))

        key_index = source.fields().indexOf(key_field) if key_field else -1
        code_index = source.fields().indexOf(code_field)
        found = set()
        selected = []  # (attributes, geometry in the source CRS, commune code)
        total = source.featureCount() or 1
        for i, feat in enumerate(source.getFeatures(QgsFeatureRequest(), SKIP_CHECKS)):
            if feedback.isCanceled():
                return {}
            feedback.setProgress(int(60 * i / total))
            commune = insee_codes.commune_code(compat.py_value(feat.attributes()[code_index]))
            if key_index >= 0:
                key = key_fn(compat.py_value(feat.attributes()[key_index]))
            else:  # département read from the commune code
                key = insee_codes.departement_of(commune)
            if key not in wanted or not feat.hasGeometry():
                continue
            found.add(key)
            selected.append((feat.attributes(), QgsGeometry(feat.geometry()), commune))
        missing = sorted(wanted - found) + invalid_codes
        if not selected:
            raise QgsProcessingException(self.tr(
                "No commune matches the codes {} on field {}: check the selection mode (communes, EPCI, "
                "département) and the codes (e.g. 2A004 for Ajaccio, 242010056 for the CA du Pays Ajaccien)."
            ).format(", ".join(sorted(wanted)), key_field or code_field))
        if missing:
            feedback.pushWarning(self.tr("Codes not found in the communes layer: {}.").format(", ".join(missing)))

        extent = QgsRectangle()
        for _attrs, geom, _code in selected:
            extent.combineExtentWith(geom.boundingBox())
        out_crs = territory_tools.choose_crs([c for _a, _g, c in selected], extent, src_crs,
                                             override if override.isValid() else None, context, feedback)
        if out_crs.isGeographic():
            raise QgsProcessingException(self.tr("The working CRS {} is geographic: choose a projected CRS in "
                                                 "metres.").format(out_crs.authid()))
        transform = QgsCoordinateTransform(src_crs, out_crs, context.transformContext())
        sample = {f.name(): [compat.py_value(a[k]) for a, _g, _c in selected[:300]]
                  for k, f in enumerate(source.fields())}
        safe = territory_tools.SafeFields(source.fields(), sample)
        safe.report(feedback)
        fields = safe.fields
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             QgsWkbTypes.Type.MultiPolygon, out_crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        parts = []
        invalid = 0
        for n, (attrs, geom, _code) in enumerate(selected):
            if feedback.isCanceled():
                return {}
            feedback.setProgress(60 + int(20 * n / len(selected)))
            geom.transform(transform)
            if not geom.isGeosValid():
                geom = geom.makeValid()
                invalid += 1
            geom.convertToMultiType()
            out = QgsFeature(fields)
            out.setGeometry(geom)
            out.setAttributes(safe.values(attrs))
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
            parts.append(geom)
        if invalid:
            feedback.pushWarning(self.tr("{} invalid commune geometries were repaired.").format(invalid))

        outline = QgsGeometry.unaryUnion(parts)
        if buffer > 0:
            outline = outline.buffer(buffer, 16)
        outline.convertToMultiType()
        area_km2 = outline.area() / 1e6
        t_fields = QgsFields()
        for f in (compat.string_field("codes"), compat.int_field("n_communes"), compat.double_field("area_km2"),
                  compat.double_field("buffer_m"), compat.string_field("mode"), compat.string_field("crs")):
            t_fields.append(f)
        t_sink, t_id = self.parameterAsSink(parameters, self.TERRITORY, context, t_fields,
                                            QgsWkbTypes.Type.MultiPolygon, out_crs)
        if t_sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.TERRITORY))
        feat = QgsFeature(t_fields)
        feat.setGeometry(outline)
        feat.setAttributes([",".join(sorted(found)), len(parts), area_km2, buffer, mode, out_crs.authid()])
        t_sink.addFeature(feat, QgsFeatureSink.Flag.FastInsert)

        sources = self.parameterAsString(parameters, self.SOURCE_LABEL, context) or "IGN, Admin Express ; Insee, COG"
        del sink, t_sink  # flushed: the tables can now be styled and named
        meta = {"sources": sources, "codes": sorted(found), "territory_mode": mode, "crs": out_crs.authid()}
        publishing.finish(self, context, feedback, dest_id, "communes", meta)
        publishing.finish(self, context, feedback, t_id, "territory", meta)
        feedback.pushInfo(self.tr("{} communes, {:.1f} km² (in {}).").format(len(parts), area_km2,
                                                                             out_crs.authid()))
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id, self.TERRITORY: t_id, "N_COMMUNES": len(parts), "AREA_KM2": area_km2,
                "SOURCES": sources, "MISSING_CODES": ",".join(missing), "CRS": out_crs.authid()}
