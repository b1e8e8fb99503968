"""coodiag:buildnetwork — a routable network with per-mode costs, built once and saved."""
from __future__ import annotations

import time

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..coodiag_plugin.toolbelt import compat
from . import network_engine as ne
from . import publishing, territory_tools
from .base import CoodiagAlgorithm


class BuildNetworkAlgorithm(CoodiagAlgorithm):
    GROUP_ID = "analysis"
    INPUT = "INPUT"
    OSM_FILE = "OSM_FILE"
    EXTENT = "EXTENT"
    TARGET_CRS = "TARGET_CRS"
    CLASS_FIELD = "CLASS_FIELD"
    SPEED_FIELD = "SPEED_FIELD"
    DIRECTION_FIELD = "DIRECTION_FIELD"
    FROM_FIELD = "FROM_FIELD"
    TO_FIELD = "TO_FIELD"
    URBAN = "URBAN"
    SPATIAL_INDEX = "SPATIAL_INDEX"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "buildnetwork"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Build a routable network")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Prepares a road network once for the isochrone and travel-time algorithms: one line per link with "
            "node ids (from_id, to_id), its length and its cost in seconds in each direction for car, walk and "
            "bike (car_fw, car_bw, walk_fw … ; empty = closed). Save it in a GeoPackage and give that layer to "
            "the other algorithms: they recognise it by its fields and never rebuild it.\n\n"
            "Inputs: an OpenStreetMap .osm.pbf file (highway, oneway, maxspeed, access, junction=roundabout), "
            "an IGN BD TOPO troncon_de_route layer (nature, sens_de_circulation, vitesse_moyenne_vl, "
            "acces_vehicule_leger), or any line layer with a road class, a speed (km/h), a direction field "
            "and optionally from/to node ids (fields are detected automatically; set them to override). Lines "
            "without node ids are split where they share a vertex. A modes field (MATSim) keeps only the "
            "links open to cars.\n\n"
            "Default speeds: car by road class (motorway 90, trunk 85, primary 65, secondary 55, tertiary 40, "
            "residential and unclassified 25, service 15 km/h); a speed field replaces them (NULL or zero → "
            "class default, counted in the log); an OSM maxspeed only lowers them. Urban reduction: in dense "
            "street grids (at least 8 junctions in a 500 m cell) class defaults are capped at 50 km/h and "
            "multiplied by 0.7. Walk 4.5 km/h and bike 15 km/h on every road except motorways and trunk roads "
            "(closed to both) and steps (closed to bikes); one-way streets are ignored on foot.\n\n"
            "A geographic CRS is reprojected (to the target CRS, by default Lambert-93 in France or the UTM "
            "zone elsewhere)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Road lines"), [QgsProcessing.SourceType.TypeVectorLine], optional=True)
        p.setHelp(self.tr("A line layer of roads (BD TOPO troncon_de_route, MATSim links, any roads). Leave "
                          "empty to read an OSM file instead."))
        self.addParameter(p)
        p = QgsProcessingParameterFile(self.OSM_FILE, self.tr("OpenStreetMap file (.osm.pbf / .osm)"),
                                       optional=True, fileFilter="OSM (*.osm.pbf *.pbf *.osm)")
        p.setHelp(self.tr("Read through GDAL's OSM driver (lines layer, highway=*)."))
        self.addParameter(p)
        p = QgsProcessingParameterExtent(self.EXTENT, self.tr("Territory extent"), optional=True)
        p.setHelp(self.tr("Keep only the roads crossing this extent (recommended for OSM extracts)."))
        self.addParameter(p)
        p = QgsProcessingParameterCrs(self.TARGET_CRS, self.tr("Target CRS (when the input is geographic)"),
                                      optional=True)
        p.setHelp(self.tr("Projected CRS in metres of the output. Default: the input CRS if projected, else "
                          "Lambert-93 in France or the UTM zone."))
        self.addParameter(p)
        for name, label, help_text in (
            (self.CLASS_FIELD, self.tr("Road class field"), self.tr("OSM-like highway class or BD TOPO nature.")),
            (self.SPEED_FIELD, self.tr("Speed field (km/h)"), self.tr("Car speed; NULL or 0 → class default.")),
            (self.DIRECTION_FIELD, self.tr("Direction field"),
             self.tr("yes/1/Sens direct = digitising direction only; -1/Sens inverse = reverse only; anything "
                     "else = both ways.")),
            (self.FROM_FIELD, self.tr("From-node id field"), self.tr("With the to-node field: use these ids as "
                                                                    "the graph topology.")),
            (self.TO_FIELD, self.tr("To-node id field"), self.tr("Node id at the end of each line.")),
        ):
            p = QgsProcessingParameterField(name, label, parentLayerParameterName=self.INPUT, optional=True)
            p.setHelp(help_text)
            self.addParameter(p)
        p = QgsProcessingParameterBoolean(self.URBAN, self.tr("Apply the urban speed reduction"), defaultValue=True)
        p.setHelp(self.tr("Class-default car speeds are capped at 50 km/h and multiplied by 0.7 in dense street "
                          "grids. Speeds read from a field are never changed."))
        self.addParameter(p)
        p = QgsProcessingParameterBoolean(self.SPATIAL_INDEX, self.tr("Write a spatial index"), defaultValue=False)
        p.setHelp(self.tr("The prepared network is read by Coodiag's algorithms as a whole, which needs no spatial "
                          "index; tick to pan and zoom a large network faster in QGIS (writing the index of 500,000 "
                          "links takes a few seconds more; QGIS can also build it later: Layer properties ▸ "
                          "Source)."))
        p.setFlags(p.flags() | compat.PARAM_ADVANCED)
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Prepared network"), QgsProcessing.SourceType.TypeVectorLine))

    @staticmethod
    def output_fields() -> QgsFields:
        fields = QgsFields()
        fields.append(compat.long_field("link_id"))
        fields.append(compat.string_field("src_id"))
        fields.append(compat.long_field("from_id"))
        fields.append(compat.long_field("to_id"))
        fields.append(compat.double_field("length_m"))
        fields.append(compat.string_field("class"))
        fields.append(compat.double_field("speed_kmh"))
        fields.append(compat.string_field("speed_src"))
        for name in ne.COST_FIELDS:
            fields.append(compat.double_field(name))
        return fields

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        t0 = time.perf_counter()
        osm_path = self.parameterAsFile(parameters, self.OSM_FILE, context)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        label = self.tr("road lines")
        if osm_path:
            layer = QgsVectorLayer(f"{osm_path}|layername=lines", "osm_lines", "ogr")
            if not layer.isValid():
                raise QgsProcessingException(
                    self.tr("Cannot read the OpenStreetMap file {}: check that it is an .osm.pbf or .osm file.")
                    .format(osm_path))
            if layer.fields().lookupField("highway") < 0:
                raise QgsProcessingException(self.tr("The OpenStreetMap file {} has no highway tag in its lines "
                                                     "layer.").format(osm_path))
            source = layer
            label = osm_path
        elif source is None:
            raise QgsProcessingException(
                self.tr("Give either a road line layer or an OpenStreetMap file."))
        territory_tools.require_geometry(source, ("line",), label)
        if source.featureCount() == 0:
            raise QgsProcessingException(self.tr("The road layer {} is empty: no road to prepare.").format(label))
        src_crs = self.require_crs(source, label)
        target = self.parameterAsCrs(parameters, self.TARGET_CRS, context)
        extent = self.parameterAsExtent(parameters, self.EXTENT, context, src_crs)
        schema = ne.detect_schema(source.fields().names())
        for key, param in (("class", self.CLASS_FIELD), ("speed_kmh", self.SPEED_FIELD),
                           ("direction", self.DIRECTION_FIELD), ("from", self.FROM_FIELD), ("to", self.TO_FIELD)):
            value = self.parameterAsString(parameters, param, context) if not osm_path else ""
            if value:
                schema[key] = value
                if key == "speed_kmh":
                    schema["speed_ms"] = ""
        if bool(schema["from"]) != bool(schema["to"]):
            raise QgsProcessingException(self.tr("Give both the from-node and the to-node fields, or neither."))
        feedback.pushInfo(self.tr("Input read as: {} (class {}, speed {}, direction {}, nodes {} → {}).").format(
            schema["kind"], schema["class"] or "-", schema["speed_kmh"] or schema["speed_ms"] or "-",
            schema["direction"] or "-", schema["from"] or "-", schema["to"] or "-"))
        guessed = []
        if not schema["class"] and not (schema["speed_kmh"] or schema["speed_ms"]):
            guessed.append(self.tr("no road class nor speed field: every road gets the speed of an unclassified "
                                   "road by car, and the walking and cycling speeds"))
        if not schema["direction"]:
            guessed.append(self.tr("no one-way field: every road is open both ways"))
        if guessed:
            feedback.pushWarning(self.tr("Automatic settings used: {}. Set the fields in the parameters if the "
                                         "layer has them under other names.").format("; ".join(guessed)))

        request = QgsFeatureRequest()
        if osm_path:
            request.setFilterExpression('"highway" IS NOT NULL')
        if extent is not None and not extent.isNull() and not extent.isEmpty():
            request.setFilterRect(extent)
        if src_crs.isGeographic():
            if not target.isValid():
                ext4326 = extent if (extent is not None and not extent.isNull() and not extent.isEmpty()) \
                    else source.sourceExtent()
                target = ne.auto_projected_crs(ext4326)
            if target.isGeographic():
                self.require_projected(target, self.tr("target CRS"))
            feedback.pushInfo(self.tr("Geographic input: reprojected to {}.").format(target.authid()))
        elif not target.isValid():
            target = src_crs
        elif target.isGeographic():
            self.require_projected(target, self.tr("target CRS"))
        transform = None if target == src_crs else QgsCoordinateTransform(src_crs, target,
                                                                          context.transformContext())
        layer = None if osm_path else ne.plain_source_layer(self, parameters, self.INPUT, context)
        rows = ne.read_roads(source, schema, request, transform, feedback, layer=layer)
        if feedback.isCanceled():
            return {}
        if len(rows["_offsets"]) <= 1:
            if osm_path:
                raise QgsProcessingException(self.tr(
                    "The OpenStreetMap file has no road (highway=*) in the territory extent: check the extent "
                    "or use an extract that covers the territory."))
            raise QgsProcessingException(self.tr("No road line in the input (or in the territory extent)."))
        prepared = ne.prepare(rows, schema, target, use_urban=self.parameterAsBoolean(parameters, self.URBAN,
                                                                                       context))
        if prepared.counts["links"] == 0:
            raise QgsProcessingException(self.tr("No road open to car, walk or bike remains after filtering: "
                                                 "check the class, modes and access fields."))
        c = prepared.counts
        feedback.pushInfo(self.tr("{} input lines → {} links, {} nodes; {} lines dropped (not roads, not open "
                                  "to any mode or without car mode).").format(c["input_links"], c["links"],
                                                                              c["nodes"], c["dropped_links"]))
        if c.get("default_speed"):
            feedback.pushWarning(self.tr("{} links had a NULL or zero speed: the class default speed was used "
                                         "(speed_src = default).").format(c["default_speed"]))
        feedback.pushInfo(self.tr("Closed: {} links to cars, {} to walkers, {} to bikes; {} links in dense urban "
                                  "areas.").format(c["car_closed"], c["walk_closed"], c["bike_closed"],
                                                   c.get("urban_links", 0)))
        fields = self.output_fields()
        n = c["links"]
        gpkg = ne.gpkg_destination(parameters.get(self.OUTPUT))
        written = ""
        if gpkg is not None:  # a GeoPackage file: bulk-written rows (and R-tree index when asked)
            self.parameterAsOutputLayer(parameters, self.OUTPUT, context)  # registers the layer to load
            dest_id, written = ne.write_prepared_gpkg(prepared, gpkg[0], gpkg[1], feedback=feedback,
                                             spatial_index=self.parameterAsBoolean(parameters, self.SPATIAL_INDEX,
                                                                                   context))
        else:
            sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                                 QgsWkbTypes.Type.LineString, target)
            if sink is None:
                raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
            batch = []
            for i, f in enumerate(ne.prepared_features(prepared, fields)):
                batch.append(f)
                if len(batch) == 20000:
                    if feedback.isCanceled():
                        break
                    feedback.setProgress(50 + 50.0 * i / max(n, 1))
                    sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
                    batch = []
            sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
            del sink
        feedback.pushInfo(self.tr("Network built in {:.1f} s.").format(time.perf_counter() - t0))
        origin = publishing.source_text(context, parameters.get(self.INPUT)) or {
            "osm": "© OpenStreetMap contributors (ODbL)", "bdtopo": "IGN, BD TOPO"}.get(schema["kind"], "")
        publishing.finish(self, context, feedback, dest_id, "network", {
            "sources": origin, "network_kind": schema["kind"], "links": int(n),
            "default_speed_links": int(c.get("default_speed", 0))}, fingerprint=written)
        return {self.OUTPUT: dest_id, "LINKS": n, "NODES": c["nodes"], "DEFAULT_SPEED": c.get("default_speed", 0)}

