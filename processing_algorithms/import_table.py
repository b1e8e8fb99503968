"""coodiag:importtable — import an SIAE's table (CSV/TXT/XLSX/ODS) as points, losing no row, leaking no one."""
from __future__ import annotations

import csv
import io
import math

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsRectangle,
    QgsWkbTypes,
)

from ..coodiag_plugin.toolbelt import compat, network, prefs, secrets
from .analysis import fields as field_roles
from .analysis import spreadsheet, territory_crs
from .analysis import address as addr
from .analysis import geocoder, insee_codes, pseudonymise, tabular
from . import publishing, schema, territory_tools
from .base import CoodiagAlgorithm

KINDS = ["clients", "employees", "worksites", "antennas", "other"]
MODES = ["auto", "coordinates", "address", "commune"]
ENCODINGS = ["auto", "utf-8", "cp1252", "latin-1"]
SEPARATORS = ["auto", ";", ",", "\t", "|"]
PSEUDO_CHOICES = ["default", "yes", "no"]
PSEUDONYMISE_BY_DEFAULT = {"clients", "employees"}  # clients include private persons
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
MIN_ONLINE_SCORE = 0.4
PSEUDONYM_CELL = 200  # pseudonymised points are moved to the centre of their INSEE 200 m cell
# fields added by the algorithm (a source column with one of these names is renamed name_2)
RESERVED_FIELDS = ("row_num", "geo_score", "geo_type", "geo_source", "geo_method", "geo_insee", "geo_label",
                   "geo_note", "src_line", "reason_code", "reason")

# lon/lat boxes of France: metropolitan + Corsica, then overseas départements and collectivities
FRANCE_BOXES = [
    (-5.8, 41.2, 9.9, 51.3), (-61.9, 15.8, -60.9, 16.6), (-61.3, 14.3, -60.7, 14.95), (-54.7, 2.0, -51.5, 5.9),
    (55.1, -21.5, 55.9, -20.8), (44.9, -13.1, 45.4, -12.6), (-56.5, 46.7, -56.1, 47.2), (-63.2, 17.8, -62.7, 18.2),
    (-155.0, -28.0, -134.0, -7.0), (163.5, -23.0, 168.5, -19.5), (-178.3, -14.4, -176.1, -13.1),
]

# normalised header synonyms used by the automatic mapping
SYNONYMS = {
    "x": ["x", "coord x", "coordonnee x", "x l93", "x lambert", "x lambert 93", "easting", "x 2154"],
    "y": ["y", "coord y", "coordonnee y", "y l93", "y lambert", "y lambert 93", "northing", "y 2154"],
    "lon": ["lon", "long", "lng", "longitude", "x wgs84", "lon wgs84"],
    "lat": ["lat", "latitude", "y wgs84", "lat wgs84"],
    "number": ["numero", "num", "no", "numero voie", "n voie", "num voie", "numero de voie", "numero rue"],
    "rep": ["rep", "indice", "indice de repetition", "bis ter", "complement numero"],
    "street": ["n et voie", "numero et voie", "voie", "rue", "libelle voie", "nom voie", "nom de voie",
               "adresse", "adresse 1", "adresse1", "adresse ligne 1", "address", "adresse postale", "street"],
    "postcode": ["cp", "code postal", "codepostal", "postcode", "code postal commune", "zip", "code post"],
    "city": ["commune", "ville", "localite", "nom commune", "city", "libelle commune", "nom de la commune",
             "commune de residence", "ville de residence"],
    "insee": ["code insee", "insee", "code commune", "code commune insee", "codgeo", "depcom", "cog",
              "citycode", "code insee commune", "insee commune"],
}
REASON_TEXT_KEYS = list(geocoder.REASONS) + [
    "missing_coordinates", "non_numeric_coordinates", "outside_france", "swapped", "degrees_as_projected",
    "metres_as_degrees", "online_not_found",
]


def norm_header(name: str) -> str:
    return addr.normalize_text(name)


def read_spreadsheet(path: str, sheet: str = "") -> tabular.Table:
    """XLSX/ODS: analysis/spreadsheet.py (header row found below title and group rows, merged cells
    filled); legacy XLS through GDAL/OGR (first row as header). Every cell as text."""
    if not str(path).lower().endswith(".xls"):
        try:
            book = spreadsheet.read_sheet(path, sheet=sheet or None)
        except spreadsheet.SpreadsheetError as err:
            if err.code == "no_sheet":
                raise tabular.TabularError("no_sheet", str(err), sheet=sheet,
                                           sheets=err.details.get("sheets", [])) from err
            if err.code != "legacy_xls":
                raise tabular.TabularError("unreadable", str(err), path=str(path)) from err
        else:
            return _sheet_table(book)
    return _read_with_gdal(path, sheet)


def _sheet_table(book) -> tabular.Table:
    names, start = spreadsheet.find_header(book.rows, book.merged)
    if not names:
        raise tabular.TabularError("empty", "The sheet is empty.")
    header, dups = tabular._dedupe_header(list(names))  # noqa: SLF001 - the tabular module's own rule
    width = len(header)
    rows, lines, blank = [], [], 0
    for k, row in enumerate(book.rows[start:], start=start + 1):
        values = [str(v).strip() for v in (row[:width] + [""] * (width - len(row)))]
        if all(v == "" for v in values):
            blank += 1
            continue
        rows.append(values)
        lines.append(k)
    if not rows:
        raise tabular.TabularError("header_only", "The sheet has a header but no data row.", header=";".join(header))
    frame = pd.DataFrame(rows, columns=header, dtype=object)
    table = tabular.Table(frame=frame, encoding="xlsx/ods", separator="", line_numbers=lines,
                          original_columns=list(names), duplicated_columns=dups, blank_lines=blank)
    table.header_line = start  # 1-based line of the header row (title rows above it are skipped)
    return table


def _read_with_gdal(path: str, sheet: str = "") -> tabular.Table:
    """XLS (and anything spreadsheet.py cannot read) through GDAL/OGR: first row as header."""
    from osgeo import gdal, ogr

    options = {"OGR_XLSX_HEADERS": "FORCE", "OGR_XLSX_FIELD_TYPES": "STRING", "OGR_ODS_HEADERS": "FORCE",
               "OGR_ODS_FIELD_TYPES": "STRING", "OGR_XLS_HEADERS": "FORCE", "OGR_XLS_FIELD_TYPES": "STRING"}
    old = {k: gdal.GetConfigOption(k) for k in options}
    for k, v in options.items():
        gdal.SetConfigOption(k, v)
    try:
        ds = ogr.Open(str(path))
        if ds is None or ds.GetLayerCount() == 0:
            raise tabular.TabularError("unreadable", f"GDAL cannot open {path}", path=str(path))
        layer = ds.GetLayerByName(sheet) if sheet else ds.GetLayer(0)
        if layer is None:
            names = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]
            raise tabular.TabularError("no_sheet", f"No sheet {sheet}", sheet=sheet, sheets=names)
        defn = layer.GetLayerDefn()
        header = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        rows, blank = [], 0
        for feat in layer:
            values = ["" if not feat.IsFieldSetAndNotNull(i) else str(feat.GetField(i)).strip()
                      for i in range(len(header))]
            if all(v == "" for v in values):
                blank += 1
                continue
            rows.append(values)
    finally:
        for k, v in old.items():
            gdal.SetConfigOption(k, v)
    if not header:
        raise tabular.TabularError("empty", "The sheet is empty.")
    if not rows:
        raise tabular.TabularError("header_only", "The sheet has a header but no data row.", header=";".join(header))
    frame = pd.DataFrame(rows, columns=header, dtype=object)
    return tabular.Table(frame=frame, encoding="xlsx/ods", separator="", line_numbers=list(range(2, len(rows) + 2)),
                         original_columns=header, blank_lines=blank)


def in_france(lon: float, lat: float) -> bool:
    if not (math.isfinite(lon) and math.isfinite(lat)):
        return False
    return any(x0 <= lon <= x1 and y0 <= lat <= y1 for x0, y0, x1, y1 in FRANCE_BOXES)


class ImportTableAlgorithm(CoodiagAlgorithm):
    GROUP_ID = "data"
    INPUT, SHEET, ENCODING, SEPARATOR, KIND, MODE = "INPUT", "SHEET", "ENCODING", "SEPARATOR", "KIND", "MODE"
    X_FIELD, Y_FIELD, COORD_CRS = "X_FIELD", "Y_FIELD", "COORD_CRS"
    ADDRESS_FIELD, NUMBER_FIELD, STREET_FIELD = "ADDRESS_FIELD", "NUMBER_FIELD", "STREET_FIELD"
    POSTCODE_FIELD, CITY_FIELD, INSEE_FIELD = "POSTCODE_FIELD", "CITY_FIELD", "INSEE_FIELD"
    BAN_FILE, COMMUNES, COMMUNES_CODE_FIELD, COMMUNES_NAME_FIELD = (
        "BAN_FILE", "COMMUNES", "COMMUNES_CODE_FIELD", "COMMUNES_NAME_FIELD")
    ACCEPT_COMMUNE_LEVEL, ONLINE = "ACCEPT_COMMUNE_LEVEL", "ONLINE"
    PSEUDONYMISE, ID_FIELD = "PSEUDONYMISE", "ID_FIELD"
    PERSONAL_FIELDS, KEEP_ADDRESS = "PERSONAL_FIELDS", "KEEP_ADDRESS"
    TARGET_CRS, OUTPUT, UNMATCHED = "TARGET_CRS", "OUTPUT", "UNMATCHED"
    INPUT_ROWS, MATCHED, UNMATCHED_COUNT, PRECISE_RATE = "INPUT_ROWS", "MATCHED", "UNMATCHED_COUNT", "PRECISE_RATE"

    def name(self) -> str:
        return "importtable"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Import and geocode a table")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Imports one of the structure's exports (clients, employees, work sites, antennas) from CSV/TXT "
            "(separator, encoding and decimal comma detected) or XLSX/ODS, and places every row as a point.\n\n"
            "Placement, chosen automatically from the column names or forced by the mapping mode: "
            "x/y or longitude/latitude columns with their CRS; an address (number, street, postcode, commune, "
            "INSEE code, or one full-address column) geocoded against a Base Adresse Nationale file "
            "(adresses-NN.csv from adresse.data.gouv.fr: exact number, then nearest number on the street, then "
            "street, then commune centroid); or an INSEE commune code only (commune centroid).\n\n"
            "Every row ends either in the point layer (with geo_score, geo_type, geo_source, geo_method, "
            "geo_insee) or in the Unmatched table with its reason: input rows = points + unmatched, logged.\n\n"
            "Privacy: with pseudonymisation (default for clients and employees) the name, first name, phone, "
            "e-mail and birth-date columns are dropped (an age is kept) and the person id is replaced by a "
            "salted hash, and each point is moved to the centre of its INSEE 200 m grid cell (precision "
            "recorded as cell_200m): the 200 m cell is INSEE's own publication unit, so counts per cell, "
            "commune or zone stay right and travel times stay right to about 100 m, while no point shows a "
            "home. The hashing key is kept in QGIS's encrypted authentication database (Settings ▸ Options ▸ "
            "Authentication; when it cannot be unlocked, in a key file of the user profile), referenced from "
            "the project but never written in the project file nor in an output. Losing the key (another "
            "computer, a reset profile) only means that the next import gives new pseudonyms. Street and number "
            "columns are dropped unless 'Keep address columns' is ticked.\n\n"
            "Nothing is sent on the network unless 'Send these addresses to the online geocoder' is ticked: "
            "then only the address columns of the rows not placed offline are sent to the BAN batch service "
            "(URL in the Coodiag settings)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterFile(self.INPUT, self.tr("Table to import"),
                                       fileFilter="Tables (*.csv *.txt *.tsv *.xlsx *.ods *.xls);;All files (*)")
        p.setHelp(self.tr("CSV or text export (any of ; , tab | as separator) or an XLSX/ODS spreadsheet."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(
            self.KIND, self.tr("Kind of table"),
            [self.tr("Clients"), self.tr("Employees in insertion"), self.tr("Work sites / missions"),
             self.tr("Antennas"), self.tr("Other")], defaultValue=0)
        p.setHelp(self.tr("Sets sensible defaults: pseudonymisation is on for clients and employees."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(
            self.MODE, self.tr("How rows are placed"),
            [self.tr("Automatic (from the column names)"), self.tr("Coordinates (x/y or lon/lat columns)"),
             self.tr("Address"), self.tr("INSEE commune code only")], defaultValue=0)
        p.setHelp(self.tr("Automatic picks coordinates when x/y or lon/lat columns exist, else the address "
                          "columns, else the INSEE code column."))
        self.addParameter(p)
        p = QgsProcessingParameterFile(self.BAN_FILE, self.tr("Base Adresse Nationale file (adresses-NN.csv[.gz])"),
                                       optional=True, fileFilter="BAN (*.csv *.csv.gz *.gz);;All files (*)")
        p.setHelp(self.tr("The département file published on adresse.data.gouv.fr (columns numero, rep, "
                          "nom_voie, code_postal, code_insee, nom_commune, lon, lat…). Needed for address mode "
                          "unless the online geocoder is allowed. Empty: the BAN file of the Coodiag settings "
                          "(Settings ▸ Options ▸ Coodiag), if any."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(self.COMMUNES, self.tr("Communes layer (centroids)"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon], optional=True)
        p.setHelp(self.tr("Polygons of communes with their INSEE code: their centroids place the rows known "
                          "only by their commune."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.COMMUNES_CODE_FIELD, self.tr("Communes: INSEE code field"),
                                        defaultValue="INSEE_COM", parentLayerParameterName=self.COMMUNES,
                                        optional=True)
        p.setHelp(self.tr("Field of the communes layer holding the 5-character INSEE code."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.COMMUNES_NAME_FIELD, self.tr("Communes: name field"),
                                        defaultValue="NOM", parentLayerParameterName=self.COMMUNES, optional=True)
        p.setHelp(self.tr("Field of the communes layer holding the commune name."))
        self.addParameter(p)
        p = QgsProcessingParameterBoolean(
            self.ONLINE, self.tr("Send these addresses to the online geocoder (api-adresse.data.gouv.fr)"),
            defaultValue=False)
        p.setHelp(self.tr("Off by default. When ticked, the address columns (never names) of the rows not "
                          "placed offline are sent to the BAN batch service configured in the Coodiag settings."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(
            self.PSEUDONYMISE, self.tr("Pseudonymise persons"),
            [self.tr("Default for the kind of table"), self.tr("Yes"), self.tr("No")], defaultValue=0)
        p.setHelp(self.tr("Drops name, first name, phone, e-mail and birth-date columns, replaces the person "
                          "id by a salted hash (key kept in QGIS's authentication database, not in the project "
                          "file) and moves each point to the centre of its INSEE 200 m cell."))
        self.addParameter(p)
        p = QgsProcessingParameterBoolean(self.KEEP_ADDRESS, self.tr("Keep address columns in the outputs"),
                                          defaultValue=False)
        p.setHelp(self.tr("Street and number columns are personal data for private persons: they are dropped "
                          "from the outputs unless this is ticked."))
        self.addParameter(p)
        p = QgsProcessingParameterCrs(self.TARGET_CRS, self.tr("CRS of the point layer (empty: automatic)"),
                                      optional=True)
        p.setHelp(self.tr("Default: the communes layer's CRS when given, else the legal projection of the "
                          "territory of the rows (Lambert-93 in metropolitan France, EPSG:5490 in the Antilles, "
                          "EPSG:2975 in La Réunion…), from their commune codes or positions."))
        self.addParameter(p)
        advanced = []
        for name, label, help_text in [
            (self.SHEET, self.tr("Sheet (XLSX/ODS)"), self.tr("Sheet name; default: the first sheet.")),
            (self.X_FIELD, self.tr("X or longitude column"), self.tr("Column holding x (or longitude).")),
            (self.Y_FIELD, self.tr("Y or latitude column"), self.tr("Column holding y (or latitude).")),
            (self.ADDRESS_FIELD, self.tr("Full address column"),
             self.tr("One column holding the whole address, e.g. '12 bis av. Foch 20000 Ajaccio'.")),
            (self.NUMBER_FIELD, self.tr("House number column"), self.tr("Column holding the house number.")),
            (self.STREET_FIELD, self.tr("Street column"),
             self.tr("Column holding the street (possibly with its number).")),
            (self.POSTCODE_FIELD, self.tr("Postcode column"), self.tr("Column holding the postcode.")),
            (self.CITY_FIELD, self.tr("Commune name column"), self.tr("Column holding the commune name.")),
            (self.INSEE_FIELD, self.tr("INSEE code column"), self.tr("Column holding the INSEE commune code.")),
            (self.ID_FIELD, self.tr("Person id column"),
             self.tr("Column replaced by a salted hash when pseudonymising; default: detected (matricule, id…).")),
            (self.PERSONAL_FIELDS, self.tr("Other columns to drop (comma-separated)"),
             self.tr("Extra columns removed when pseudonymising, besides the detected ones.")),
        ]:
            p = QgsProcessingParameterString(name, label, optional=True)
            p.setHelp(help_text)
            advanced.append(p)
        p = QgsProcessingParameterCrs(self.COORD_CRS, self.tr("CRS of the coordinate columns"),
                                      defaultValue="EPSG:4326", optional=True)
        p.setHelp(self.tr("EPSG:4326 for longitude/latitude in degrees, EPSG:2154 for Lambert-93 metres."))
        advanced.append(p)
        p = QgsProcessingParameterEnum(self.ENCODING, self.tr("Encoding"),
                                       [self.tr("Automatic"), "UTF-8", "Windows-1252", "ISO-8859-1"], defaultValue=0)
        p.setHelp(self.tr("Automatic recognises UTF-8 (with or without BOM), UTF-16 with BOM and Windows-1252."))
        advanced.append(p)
        p = QgsProcessingParameterEnum(self.SEPARATOR, self.tr("Separator"),
                                       [self.tr("Automatic"), ";", ",", self.tr("Tab"), "|"], defaultValue=0)
        p.setHelp(self.tr("Automatic finds the separator that splits the header and the first rows evenly."))
        advanced.append(p)
        p = QgsProcessingParameterBoolean(self.ACCEPT_COMMUNE_LEVEL,
                                          self.tr("Place rows whose street is not found at the commune centroid"),
                                          defaultValue=True)
        p.setHelp(self.tr("When unticked, such rows go to the Unmatched table instead."))
        advanced.append(p)
        for p in advanced:
            p.setFlags(p.flags() | compat_advanced_flag())
            self.addParameter(p)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Placed rows"), QgsProcessing.SourceType.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.UNMATCHED, self.tr("Unmatched rows"), QgsProcessing.SourceType.TypeVector))
        self.addOutput(QgsProcessingOutputNumber(self.INPUT_ROWS, self.tr("Input rows")))
        self.addOutput(QgsProcessingOutputNumber(self.MATCHED, self.tr("Placed rows")))
        self.addOutput(QgsProcessingOutputNumber(self.UNMATCHED_COUNT, self.tr("Unmatched rows")))
        self.addOutput(QgsProcessingOutputNumber(self.PRECISE_RATE, self.tr("Share at housenumber or street level")))

    # ---- helpers --------------------------------------------------------------------------------
    def reason_text(self, code: str, **kw) -> str:
        texts = {
            "no_location": self.tr("no address, postcode, commune or INSEE code in the row"),
            "no_commune": self.tr("an address but no postcode, commune name or INSEE code to locate it"),
            "unknown_insee": self.tr("INSEE commune code not among the known communes (communes layer, address "
                                     "file): outside the area they cover, or no such code"),
            "invalid_insee": self.tr("the value is not an INSEE commune code"),
            "unknown_postcode": self.tr("postcode not found in the address file"),
            "postcode_only": self.tr("a postcode alone, and no address file to tell its communes: give the commune "
                                     "name or INSEE code, or the BAN file"),
            "unknown_city": self.tr("commune name not found among the known communes"),
            "ambiguous_commune": self.tr("postcode shared by several communes and street not found: "
                                         "give the commune name or INSEE code"),
            "street_not_found": self.tr("street not found in the commune"),
            "no_centroid": self.tr("commune known but without position: give a communes layer"),
            "too_many_fields": self.tr("more values than the header (a value holding the separator without "
                                       "quotes): fix the line"),
            "missing_coordinates": self.tr("empty coordinates"),
            "non_numeric_coordinates": self.tr("non-numeric coordinates"),
            "outside_france": self.tr("outside France: check the coordinate CRS"),
            "swapped": self.tr("outside France: latitude and longitude look swapped"),
            "degrees_as_projected": self.tr("outside France: the values look like degrees (WGS84) but the "
                                            "declared CRS is projected; declare EPSG:4326"),
            "metres_as_degrees": self.tr("outside France: the values look like metres (e.g. Lambert-93) but "
                                         "the declared CRS is in degrees; declare EPSG:2154"),
            "online_not_found": self.tr("not found by the online geocoder"),
        }
        return texts.get(code, code)

    def table_error(self, err: tabular.TabularError, path: str) -> QgsProcessingException:
        d = err.details
        messages = {
            "empty": self.tr("The file {} is empty: export the table again from your software.").format(path),
            "header_only": self.tr("The file {} has a header line ({}) but no data row.").format(
                path, d.get("header", "")),
            "encoding": self.tr("The encoding of {} cannot be recognised ({}). Save it again as CSV UTF-8 or "
                                "choose the encoding in the advanced parameters.").format(path, str(err)),
            "mixed_separators": self.tr("The file {} mixes separators: the header uses “{}” but lines {} use "
                                        "“{}”. Export the table again with one separator.").format(
                path, d.get("separator", ""), ", ".join(str(x) for x in d.get("lines", [])), d.get("other", "")),
            "no_separator": self.tr("No column separator (; , tab |) found in the header of {}: “{}”.").format(
                path, d.get("header", "")),
            "too_many_fields": self.tr("Line {} of {} has {} fields but the header has {}: a value probably "
                                       "holds an unquoted “{}”.").format(
                d.get("line"), path, d.get("fields"), d.get("header_fields"), d.get("separator")),
            "unreadable": self.tr("Cannot read {}: {}").format(path, str(err)),
            "no_sheet": self.tr("The workbook {} has no sheet “{}”; sheets: {}.").format(
                path, d.get("sheet"), ", ".join(d.get("sheets", []))),
        }
        return QgsProcessingException(messages.get(err.code, str(err)))

    @staticmethod
    def detect(columns, role: str) -> str:
        keys = {}
        for c in columns:
            keys.setdefault(norm_header(c), c)
        for name in SYNONYMS[role]:
            if name in keys:
                return keys[name]
        return ""

    def mapped(self, parameters, name, context, columns, table) -> str:
        value = (self.parameterAsString(parameters, name, context) or "").strip()
        if not value:
            return ""
        if value in columns:
            dup = [b for b, names in table.duplicated_columns.items() if value in names]
            if dup:
                raise QgsProcessingException(
                    self.tr("The column “{}” appears several times in the header ({}): rename the copies in the "
                            "file so that the mapping is unambiguous.").format(value, ", ".join(
                                table.duplicated_columns[dup[0]])))
            return value
        by_norm = {norm_header(c): c for c in columns}
        if norm_header(value) in by_norm:
            return by_norm[norm_header(value)]
        raise QgsProcessingException(
            self.tr("The column “{}” given for “{}” is not in the table. Columns found: {}.").format(
                value, name, ", ".join(columns)))

    # ---- main -----------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        path = self.parameterAsFile(parameters, self.INPUT, context)
        if not path:
            raise QgsProcessingException(self.tr("Choose the table to import."))
        kind = KINDS[self.parameterAsEnum(parameters, self.KIND, context)]
        mode = MODES[self.parameterAsEnum(parameters, self.MODE, context)]
        feedback.pushInfo(self.tr("Reading {}…").format(path))
        try:
            if path.lower().endswith((".xlsx", ".ods", ".xls")):
                table = read_spreadsheet(path, self.parameterAsString(parameters, self.SHEET, context) or "")
            else:
                table = tabular.read_csv_file(
                    path, ENCODINGS[self.parameterAsEnum(parameters, self.ENCODING, context)],
                    SEPARATORS[self.parameterAsEnum(parameters, self.SEPARATOR, context)], flag_overlong=True)
        except tabular.TabularError as err:
            raise self.table_error(err, path) from err
        if getattr(table, "header_line", 1) > 1:
            feedback.pushInfo(self.tr("Header row found on line {} of the sheet (title or group rows above it "
                                      "skipped, merged cells filled).").format(table.header_line))
        frame = table.frame
        columns = list(frame.columns)
        n = len(frame)
        feedback.pushInfo(self.tr("{} data rows, {} columns (encoding {}, separator “{}”).").format(
            n, len(columns), table.encoding, table.separator.replace("\t", "tab")))
        if table.blank_lines:
            feedback.pushInfo(self.tr("{} blank lines skipped (not data rows).").format(table.blank_lines))
        for base, names in table.duplicated_columns.items():
            feedback.pushWarning(self.tr("Duplicated column name “{}”: columns renamed {}.").format(
                base, ", ".join(names)))
        overlong = list(getattr(table, "overlong_rows", []) or [])
        if overlong:
            feedback.pushWarning(self.tr(
                "{} rows have more values than the header (lines {}): a value probably holds the separator without "
                "quotes. They are set aside in the unmatched table; fix them in the file.").format(
                    len(overlong), ", ".join(str(table.line_numbers[i]) for i in overlong[:5])))
        if table.padded_rows:
            feedback.pushWarning(self.tr("{} rows had fewer fields than the header (lines {}…): completed with "
                                         "empty values.").format(len(table.padded_rows),
                                                                 ", ".join(map(str, table.padded_rows[:5]))))
        feedback.setProgress(5)

        # ---- mapping
        m = {}
        for role, param in [("x", self.X_FIELD), ("y", self.Y_FIELD), ("address", self.ADDRESS_FIELD),
                            ("number", self.NUMBER_FIELD), ("street", self.STREET_FIELD),
                            ("postcode", self.POSTCODE_FIELD), ("city", self.CITY_FIELD),
                            ("insee", self.INSEE_FIELD)]:
            m[role] = self.mapped(parameters, param, context, columns, table)
        coord_crs = self.parameterAsCrs(parameters, self.COORD_CRS, context)
        explicit_crs = bool(parameters.get(self.COORD_CRS))
        if not (m["x"] and m["y"]) and mode in ("auto", "coordinates"):
            lon, lat = self.detect(columns, "lon"), self.detect(columns, "lat")
            x, y = self.detect(columns, "x"), self.detect(columns, "y")
            if lon and lat:
                m["x"], m["y"] = m["x"] or lon, m["y"] or lat
                if not explicit_crs:
                    coord_crs = WGS84
            elif x and y:
                m["x"], m["y"] = m["x"] or x, m["y"] or y
                if not explicit_crs:
                    coord_crs = QgsCoordinateReferenceSystem("EPSG:2154")
        for role in ("number", "street", "postcode", "city", "insee"):
            if not m[role] and mode != "coordinates":
                m[role] = self.detect(columns, role)
        # columns recognised by their values when their names say nothing ("Commune de résidence (code)" holding
        # 97209…, unnamed GPS columns): the one field detector of analysis/fields.py
        by_value = {c: frame[c].tolist() for c in columns}
        taken = [v for v in m.values() if v]
        for role, content_role in (("insee", "commune_code"), ("postcode", "postcode")):
            if not m[role] and mode != "coordinates":
                guess = field_roles.find_field(by_value, content_role, exclude=taken)
                if guess is not None and guess.how == "content":
                    m[role] = guess.field
                    taken.append(guess.field)
                    feedback.pushInfo(self.tr("The column “{}” was recognised by its values as the {}.").format(
                        guess.field, self.tr("INSEE code") if role == "insee" else self.tr("postcode")))
        if not (m["x"] and m["y"]) and mode in ("auto", "coordinates"):
            guess = field_roles.detect_coordinates(by_value, exclude=taken)
            if guess is not None:
                m["x"], m["y"] = guess.x, guess.y
                if not explicit_crs and guess.epsg:
                    coord_crs = QgsCoordinateReferenceSystem("EPSG:{}".format(guess.epsg))
                feedback.pushInfo(self.tr("Coordinates recognised by their values: {} and {}.").format(
                    guess.x, guess.y))
        if m["street"] and not m["address"] and not (m["postcode"] or m["city"] or m["insee"]):
            m["address"], m["street"] = m["street"], ""  # one column holding the whole address
        requested_mode = mode
        if mode == "auto":
            if m["x"] and m["y"]:
                mode = "coordinates"
            elif m["street"] or m["address"]:
                mode = "address"
            elif m["insee"] or m["postcode"] or m["city"]:
                mode = "commune"
            else:
                raise QgsProcessingException(
                    self.tr("No column to place the rows was recognised (x/y, longitude/latitude, address, "
                            "postcode, commune, INSEE code). Columns found: {}. Set the column names in the "
                            "advanced parameters.").format(", ".join(columns)))
        if mode == "coordinates" and not (m["x"] and m["y"]):
            raise QgsProcessingException(self.tr("Coordinates mode needs the x and y (or longitude and latitude) "
                                                 "columns. Columns found: {}.").format(", ".join(columns)))
        if mode == "address" and not (m["street"] or m["address"]):
            raise QgsProcessingException(self.tr("Address mode needs a street or full-address column. Columns "
                                                 "found: {}.").format(", ".join(columns)))
        if mode == "commune" and not (m["insee"] or m["city"] or m["postcode"]):
            raise QgsProcessingException(self.tr("Commune mode needs an INSEE code column. Columns found: {}.")
                                         .format(", ".join(columns)))
        feedback.pushInfo(self.tr("Placement: {}; columns used: {}.").format(
            mode, ", ".join(f"{k}={v}" for k, v in m.items() if v)))

        # ---- target CRS
        target = self.parameterAsCrs(parameters, self.TARGET_CRS, context)  # empty: chosen after placing

        # ---- geocode
        online = self.parameterAsBoolean(parameters, self.ONLINE, context)
        ban_path = self.parameterAsFile(parameters, self.BAN_FILE, context) or \
            (prefs.load().ban_file if mode == "address" else "")  # the setting: for addresses only
        communes_table, communes_src, polygons = self.communes(parameters, context, feedback)
        if mode == "coordinates":
            result = self.from_coordinates(frame, m, coord_crs, context)
            self.commune_fallback(frame, m, result, communes_table, feedback)
        else:
            if (mode == "address" and not ban_path and not online and requested_mode == "auto"
                    and communes_table is not None and (m["insee"] or m["postcode"] or m["city"])):
                # no address file and nothing to be sent: the rows are still placed, at their commune, and said
                mode = "commune"
                feedback.pushWarning(self.tr(
                    "No address file (BAN) given and the online geocoder is off: the addresses cannot be placed "
                    "at the street, so the rows are placed at the centre of their commune ({}). Give the "
                    "département's BAN file (adresses-NN.csv) to place them at the address.").format(
                        ", ".join(m[r] for r in ("postcode", "city", "insee") if m[r])))
            if mode == "address" and not ban_path and not online:
                raise QgsProcessingException(self.tr(
                    "Address mode needs a Base Adresse Nationale file (adresses-NN.csv from "
                    "adresse.data.gouv.fr) or the option 'Send these addresses to the online geocoder'. "
                    "Nothing was sent."))
            if mode == "commune" and not ban_path and communes_table is None:
                raise QgsProcessingException(self.tr("Commune mode needs a communes layer (or a BAN file) to "
                                                     "place the communes."))
            index = None
            if ban_path:
                feedback.pushInfo(self.tr("Loading the address file {}…").format(ban_path))
                try:
                    index = geocoder.BanIndex.from_frame(geocoder.read_ban_csv(ban_path))
                except geocoder.BanFormatError as err:
                    raise QgsProcessingException(self.tr(
                        "{} is not a BAN address file: columns {} are missing (found: {}).").format(
                        ban_path, ", ".join(err.missing), ", ".join(err.present[:12]))) from err
                except (OSError, ValueError, UnicodeDecodeError) as err:
                    raise QgsProcessingException(self.tr("Cannot read the address file {}: {}").format(
                        ban_path, err)) from err
                feedback.pushInfo(self.tr("{} addresses, {} streets.").format(index.rows, len(index.street_key)))
            q = pd.DataFrame(index=frame.index)
            roles = ("insee", "postcode", "city") if mode == "commune" else \
                ("number", "street", "postcode", "city", "insee", "address")
            for role in roles:
                if m.get(role):
                    q[role] = frame[m[role]]
            accept = self.parameterAsBoolean(parameters, self.ACCEPT_COMMUNE_LEVEL, context)
            if feedback.isCanceled():
                return {}
            result = geocoder.geocode(
                q, index, communes_table, accept_municipality=accept or mode == "commune",
                progress=lambda p: feedback.setProgress(10 + 0.6 * p), is_canceled=feedback.isCanceled)
            result["geo_source"] = np.where(result["geo_method"] == "commune_centroid",
                                            "communes" if communes_table is not None else "ban_file",
                                            np.where(result["geo_type"] != "", "ban_file", ""))
            if online and mode == "address":
                self.online(frame, m, result, feedback)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(75)

        if overlong:  # misaligned values: never placed, set aside with their reason
            rows = result.index[overlong]
            result.loc[rows, "reason"] = "too_many_fields"
            result.loc[rows, "geo_type"] = ""

        # ---- geo_insee of coordinate rows from the communes layer
        if mode == "coordinates" and communes_src is not None:
            self.assign_communes(result, communes_src, polygons, context)

        # ---- privacy
        pseudo_choice = PSEUDO_CHOICES[self.parameterAsEnum(parameters, self.PSEUDONYMISE, context)]
        do_pseudo = pseudo_choice == "yes" or (pseudo_choice == "default" and kind in PSEUDONYMISE_BY_DEFAULT)
        keep_address = self.parameterAsBoolean(parameters, self.KEEP_ADDRESS, context)
        out_frame = frame
        if do_pseudo:
            extra = [c.strip() for c in (self.parameterAsString(parameters, self.PERSONAL_FIELDS, context) or "")
                     .split(",") if c.strip()]
            missing = [c for c in extra if c not in columns]
            if missing:
                raise QgsProcessingException(self.tr("Columns to drop not found: {}. Columns found: {}.").format(
                    ", ".join(missing), ", ".join(columns)))
            id_col = self.mapped(parameters, self.ID_FIELD, context, columns, table) or \
                pseudonymise.detect_id_column(columns)
            drop = list(pseudonymise.detect_personal_columns(columns)) + extra
            salt = self.project_salt(context, feedback)
            out_frame, dropped, added = pseudonymise.pseudonymise(frame, salt, id_col, drop)
            if id_col:
                feedback.pushInfo(self.tr("Pseudonymised: dropped {}; id column {} replaced by a salted hash.")
                                  .format(", ".join(dropped) or "-", id_col))
            else:
                feedback.pushInfo(self.tr("Pseudonymised: dropped {}; no id column to hash.").format(
                    ", ".join(dropped) or "-"))
            self.coarsen(result, context, feedback, communes_src, polygons)
            coord_cols = [c for c in (m["x"], m["y"]) if c and c in out_frame.columns]
            if coord_cols and not keep_address:
                out_frame = out_frame.drop(columns=coord_cols)
                feedback.pushInfo(self.tr("Coordinate columns not copied to the outputs: {}.").format(
                    ", ".join(coord_cols)))
        if not keep_address:
            addr_cols = [c for c in (m["number"], m["street"], m["address"]) if c and c in out_frame.columns]
            if kind in PSEUDONYMISE_BY_DEFAULT or do_pseudo:
                # persons: no identity column leaves the import unless asked, whatever the placement mode —
                # recognised by header (names, phone, e-mail, birth date, address words) and by content
                # (e-mail and phone patterns, street words)
                addr_cols += [c for c in identity_columns(out_frame) if c not in addr_cols]
            if addr_cols:
                out_frame = out_frame.drop(columns=addr_cols)
                feedback.pushInfo(self.tr("Address columns not copied to the outputs: {}.").format(
                    ", ".join(addr_cols)))
        if not keep_address and mode == "address":
            result["geo_label"] = ""
        feedback.setProgress(80)
        if not target.isValid():
            target = self.target_crs(result, communes_src, context, feedback)
        return self.write(parameters, context, feedback, table, out_frame, result, target, kind, mode)

    def commune_fallback(self, frame, m, result, communes_table, feedback) -> int:
        """Rows of a coordinates file whose coordinates are empty but which give their commune (INSEE code,
        postcode or name) are placed at the commune's centroid — a coarser placement, said as a warning with
        its count (such rows count per commune, not on the fine maps)."""
        roles = [r for r in ("insee", "postcode", "city") if m.get(r)]
        if not roles or communes_table is None:
            return 0
        missing = result.index[result["reason"].isin(["missing_coordinates"])]
        if len(missing) == 0:
            return 0
        q = pd.DataFrame(index=missing)
        for role in roles:
            q[role] = frame.loc[missing, m[role]]
        placed = geocoder.geocode(q, None, communes_table, accept_municipality=True)
        ok = placed["geo_type"].ne("") & placed["reason"].eq("")
        if ok.any():
            rows = placed.index[ok]
            for column in placed.columns:
                if column in result.columns:
                    result.loc[rows, column] = placed.loc[rows, column]
            result.loc[rows, "geo_source"] = "communes"
            feedback.pushWarning(self.tr("{} rows without coordinates were placed at the centroid of their commune "
                                         "(they count per commune, not on the fine maps).").format(int(ok.sum())))
        return int(ok.sum())

    def target_crs(self, result, communes_src, context, feedback):
        """The communes layer's CRS when given (projected), else the legal projection of the territory of
        the placed rows (their commune codes, else their positions): Lambert-93, RGAF09 / UTM 20N…"""
        if communes_src is not None and communes_src.sourceCrs().isValid() \
                and not communes_src.sourceCrs().isGeographic():
            crs = communes_src.sourceCrs()
            feedback.pushInfo(self.tr("CRS of the point layer: {}, the communes layer's.").format(crs.authid()))
            return crs
        ok = result["reason"].eq("") & result["geo_type"].ne("")
        lon = result.loc[ok, "lon"].to_numpy(dtype=float)
        lat = result.loc[ok, "lat"].to_numpy(dtype=float)
        step = max(1, lon.size // 2000)
        codes = [c for c in result.loc[ok, "geo_insee"].tolist()[::step] if c]
        choice = territory_crs.choose_crs(codes=codes, lon=lon[::step], lat=lat[::step])
        crs = QgsCoordinateReferenceSystem(choice.authid)
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem(prefs.load().default_crs)
        feedback.pushInfo(self.tr("CRS of the point layer: {} ({}).").format(
            crs.authid(), territory_tools.reason_text(choice.reason)))
        return crs

    # ---- steps ----------------------------------------------------------------------------------
    def communes(self, parameters, context, feedback):
        """(CommuneTable of centroids and names, the source, [(code, polygon in the source CRS)]): the communes
        layer read once for every use of the run."""
        src = self.parameterAsSource(parameters, self.COMMUNES, context)
        if src is None:
            return None, None, []
        code_field = self.parameterAsString(parameters, self.COMMUNES_CODE_FIELD, context) or "INSEE_COM"
        name_field = self.parameterAsString(parameters, self.COMMUNES_NAME_FIELD, context) or ""
        self.require_fields(src, [code_field], self.tr("of communes"))
        names = {f.name() for f in src.fields()}
        if name_field and name_field not in names:
            name_field = ""
        tr = QgsCoordinateTransform(src.sourceCrs(), WGS84, context.transformContext())
        codes, labels, lons, lats, polygons = [], [], [], [], []
        for f in src.getFeatures():
            geom = f.geometry()
            if geom is None or geom.isEmpty():
                continue
            polygons.append((str(compat.py_value(f[code_field]) or ""), QgsGeometry(geom)))
            pt = geom.pointOnSurface().asPoint()
            try:
                ll = tr.transform(pt)
            except Exception:  # noqa: BLE001 — a failed transform leaves the commune without centroid
                continue
            codes.append(str(compat.py_value(f[code_field]) or ""))
            labels.append(str(compat.py_value(f[name_field]) or "") if name_field else "")
            lons.append(ll.x())
            lats.append(ll.y())
        feedback.pushInfo(self.tr("{} communes with a centroid.").format(len(codes)))
        return geocoder.CommuneTable(codes, labels, lons, lats), src, polygons

    def from_coordinates(self, frame, m, crs, context) -> pd.DataFrame:
        if not crs.isValid():
            raise QgsProcessingException(self.tr("Give the CRS of the coordinate columns (e.g. EPSG:4326)."))
        xs, xbad = tabular.numeric_column(frame[m["x"]])
        ys, ybad = tabular.numeric_column(frame[m["y"]])
        n = len(frame)
        res = pd.DataFrame({"lon": np.full(n, np.nan), "lat": np.full(n, np.nan), "geo_score": np.zeros(n),
                            "geo_type": [""] * n, "geo_method": [""] * n, "geo_insee": [""] * n,
                            "geo_label": [""] * n, "geo_note": [""] * n, "reason": [""] * n,
                            "geo_source": [""] * n}, index=frame.index)
        to_wgs = QgsCoordinateTransform(crs, WGS84, context.transformContext())
        reasons = res["reason"].to_numpy(dtype=object)
        lon, lat = res["lon"].to_numpy(), res["lat"].to_numpy()
        geographic = crs.isGeographic()
        for i in range(n):
            x, y = xs[i], ys[i]
            if xbad[i] or ybad[i]:
                reasons[i] = "non_numeric_coordinates"
                continue
            if not (math.isfinite(x) and math.isfinite(y)):
                reasons[i] = "missing_coordinates"
                continue
            try:
                p = to_wgs.transform(QgsPointXY(x, y))
                lo, la = p.x(), p.y()
            except Exception:  # noqa: BLE001 — out of the CRS's domain
                lo, la = float("nan"), float("nan")
            if in_france(lo, la):
                lon[i], lat[i] = lo, la
                continue
            if geographic and in_france(y, x):
                reasons[i] = "swapped"
            elif not geographic and abs(x) <= 180 and abs(y) <= 90:
                reasons[i] = "degrees_as_projected"
            elif geographic and (abs(x) > 1000 or abs(y) > 1000):
                reasons[i] = "metres_as_degrees"
            else:
                reasons[i] = "outside_france"
        res["reason"], res["lon"], res["lat"] = reasons, lon, lat
        ok = res["reason"] == ""
        res.loc[ok, "geo_type"] = "coordinates"
        res.loc[ok, "geo_method"] = "coordinates"
        res.loc[ok, "geo_source"] = "coordinates"
        res.loc[ok, "geo_score"] = 1.0
        outside = res["reason"].isin(["swapped", "degrees_as_projected", "metres_as_degrees", "outside_france"])
        numeric = ~res["reason"].isin(["non_numeric_coordinates", "missing_coordinates"])
        if numeric.sum() and outside.sum() >= 0.5 * numeric.sum():
            top = res.loc[outside, "reason"].value_counts().index[0]
            raise QgsProcessingException(self.tr(
                "{} of {} rows fall outside France with the columns {}/{} read in {}: {}. Fix the coordinate "
                "columns or their CRS in the parameters.").format(
                int(outside.sum()), int(numeric.sum()), m["x"], m["y"], crs.authid(), self.reason_text(top)))
        return res

    def assign_communes(self, result, src, polygons, context):
        """geo_insee of rows placed by their coordinates: the code of the commune holding them (the one
        point-in-polygon routine, client_common.assign_to_polygons)."""
        from .client_common import assign_to_polygons

        tr = QgsCoordinateTransform(WGS84, src.sourceCrs(), context.transformContext())
        lon = result["lon"].to_numpy(dtype=float)
        lat = result["lat"].to_numpy(dtype=float)
        ok = np.flatnonzero(np.isfinite(lon) & np.isfinite(lat))
        xs, ys = np.full(lon.size, np.nan), np.full(lon.size, np.nan)
        for i in ok.tolist():
            p = tr.transform(QgsPointXY(lon[i], lat[i]))
            xs[i], ys[i] = p.x(), p.y()
        owner = assign_to_polygons(xs, ys, [geom for _code, geom in polygons])
        codes = result["geo_insee"].to_numpy(dtype=object)
        for i in np.flatnonzero(owner >= 0).tolist():
            codes[i] = polygons[owner[i]][0]
        result["geo_insee"] = codes

    def pseudonymises(self, parameters, context) -> bool:
        choice = PSEUDO_CHOICES[self.parameterAsEnum(parameters, self.PSEUDONYMISE, context)]
        kind = KINDS[self.parameterAsEnum(parameters, self.KIND, context)]
        return choice == "yes" or (choice == "default" and kind in PSEUDONYMISE_BY_DEFAULT)

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """Runs in the thread of the context — the main thread when run from QGIS: the only place where the
        project's pseudonymisation key may be created (toolbelt/secrets.py); processAlgorithm only reads it."""
        project = context.project()
        if project is not None and self.pseudonymises(parameters, context):
            secrets.ensure_salt(project)
        return True

    def project_salt(self, context, feedback) -> str:
        """The project's pseudonymisation key (read only), or a one-off key with a warning."""
        project = context.project()
        if project is None:
            feedback.pushWarning(self.tr("No QGIS project: a one-off salt is used, so the hashed ids will not "
                                         "match those of another run. Open or save a project to keep the salt."))
            return pseudonymise.new_salt()
        salt = secrets.read_salt(project)
        if not salt:
            feedback.pushWarning(self.tr(
                "The project's pseudonymisation key could not be read (authentication database locked, or no key "
                "made yet because this run is not in QGIS's main thread): a one-off key is used, so the hashed "
                "ids will not match those of other runs. Run coodiag:importtable once from QGIS (toolbox or "
                "Coodiag dock) to create or unlock the key."))
            return pseudonymise.new_salt()
        place = {"auth": self.tr("QGIS's authentication database"),
                 "profile": self.tr("a key file of the user profile"),
                 "legacy": self.tr("the project file (earlier version; moved out at the next run from QGIS)")}
        feedback.pushInfo(self.tr("Pseudonymisation key: the project's, kept in {}.").format(
            place.get(secrets.storage(project), "?")))
        return salt

    def coarsen(self, result, context, feedback, communes_src=None, polygons=()) -> None:
        """Move every placed row to the centre of its INSEE 200 m grid cell (in the grid CRS of its territory:
        EPSG:3035 in metropolitan France, 5490 in Martinique, 2975 in La Réunion; elsewhere the territory's
        working CRS), in place; records result.attrs["precision"] = "cell_200m". With the communes layer, a
        cell centre that falls outside the row's commune (geo_insee: a cell on a border or a coast) is replaced
        by a point inside the part of the cell within that commune — the same point for every row of that cell
        and commune, so no finer position is revealed, and the row is still counted in its commune."""
        placed = result.index[result["reason"].eq("") & result["geo_type"].ne("")]
        result.attrs["precision"] = "cell_200m"
        if len(placed) == 0:
            return
        lon = result.loc[placed, "lon"].to_numpy(dtype=float)
        lat = result.loc[placed, "lat"].to_numpy(dtype=float)
        step = max(1, lon.size // 2000)
        codes = [c for c in result.loc[placed, "geo_insee"].tolist()[::step] if c]
        choice = territory_crs.choose_crs(codes=codes, lon=lon[::step], lat=lat[::step])
        epsg, _reason = territory_crs.grid_crs_for(choice.territory, choice.epsg)
        grid_crs = QgsCoordinateReferenceSystem("EPSG:{}".format(epsg))
        if not grid_crs.isValid() or grid_crs.isGeographic():
            grid_crs = QgsCoordinateReferenceSystem("EPSG:{}".format(territory_crs.LAEA_EUROPE))
        forward = QgsCoordinateTransform(WGS84, grid_crs, context.transformContext())
        backward = QgsCoordinateTransform(grid_crs, WGS84, context.transformContext())
        size = PSEUDONYM_CELL
        row_codes = result.loc[placed, "geo_insee"].fillna("").astype(str).tolist()
        row_codes = [insee_codes.commune_code(c) or c for c in row_codes]  # the one normaliser, both sides
        shapes = self.commune_shapes(communes_src, polygons, set(row_codes), grid_crs, context)
        cache: dict = {}
        inside: dict = {}  # (cell, commune) -> point within the cell's part of the commune
        moved_in = 0
        new_lon, new_lat = lon.copy(), lat.copy()
        for i, (lo, la, code) in enumerate(zip(lon, lat, row_codes)):
            key = (lo, la, code)
            if key not in cache:
                p = forward.transform(QgsPointXY(lo, la))
                cx, cy = math.floor(p.x() / size) * size, math.floor(p.y() / size) * size
                centre = QgsPointXY(cx + size / 2.0, cy + size / 2.0)
                shape = shapes.get(code)
                if shape is not None:
                    cell = (cx, cy, code)
                    if cell not in inside:  # once per cell and commune
                        point = QgsGeometry.fromPointXY(centre)  # kept alive while GEOS reads it
                        if shape.contains(point.constGet()):
                            inside[cell] = None
                        else:
                            square = QgsGeometry.fromRect(QgsRectangle(cx, cy, cx + size, cy + size))
                            part = QgsGeometry(shape.intersection(square.constGet()))
                            inside[cell] = part.pointOnSurface().asPoint() if not part.isEmpty() else None
                    if inside[cell] is not None:
                        centre = inside[cell]
                q = backward.transform(centre)
                cache[key] = (q.x(), q.y(), shape is not None and inside[(cx, cy, code)] is not None)
            new_lon[i], new_lat[i], moved = cache[key]
            moved_in += int(moved)
        result.loc[placed, "lon"] = new_lon
        result.loc[placed, "lat"] = new_lat
        feedback.pushInfo(self.tr("Pseudonymised points moved to the centre of their {} m INSEE grid cell ({}): {} "
                                  "distinct positions become {}.").format(
            size, grid_crs.authid(), len(cache), len({v[:2] for v in cache.values()})))
        if moved_in:
            feedback.pushInfo(self.tr("{} rows, in cells whose centre lies outside their commune (border, coast), "
                                      "placed inside the part of the cell within the commune.").format(
                moved_in))

    @staticmethod
    def commune_shapes(src, polygons, codes: set, crs, context) -> dict:
        """{INSEE code: prepared geometry engine of the commune polygon in `crs`} for the given codes ({} without a
        communes layer)."""
        if src is None or not polygons or not codes:
            return {}
        tr = QgsCoordinateTransform(src.sourceCrs(), crs, context.transformContext())
        shapes = {}
        for raw, polygon in polygons:
            code = insee_codes.commune_code(raw) or raw
            if code not in codes:
                continue
            geom = QgsGeometry(polygon)
            try:
                geom.transform(tr)
            except Exception:  # noqa: BLE001 — a commune the CRS cannot take keeps plain cell centres
                continue
            shapes[code] = geom if code not in shapes else shapes[code].combine(geom)
        engines = {}
        for code, shape in shapes.items():  # prepared GEOS engines: contains() once per cell
            engine = QgsGeometry.createGeometryEngine(shape.constGet())
            engine.prepareGeometry()
            engines[code] = engine
        return engines

    def online(self, frame, m, result, feedback) -> None:
        """Send the rows not placed at housenumber/street level to the BAN batch CSV service."""
        todo = result.index[~result["geo_type"].isin(["housenumber", "street", "locality"])]
        if len(todo) == 0:
            return
        settings = prefs.load()
        url = settings.geocoder_url
        chunk = max(1, int(settings.geocoder_chunk_rows))
        feedback.pushInfo(self.tr("Sending {} addresses (address columns only) to {} in chunks of {}…").format(
            len(todo), url, chunk))

        def col(role, rows):
            return frame.loc[rows, m[role]].astype(str).tolist() if m.get(role) else [""] * len(rows)

        found = 0
        for start in range(0, len(todo), chunk):
            if feedback.isCanceled():
                return
            rows = todo[start:start + chunk]
            numbers, streets, full = col("number", rows), col("street", rows), col("address", rows)
            lines = [" ".join(v for v in (a, b, c) if v and v != "nan").strip()
                     for a, b, c in zip(numbers, streets, full)]
            insee = [addr.normalize_insee(v) for v in col("insee", rows)]
            pcs = [addr.normalize_postcode(v) for v in col("postcode", rows)]
            cities = col("city", rows)
            buf = io.StringIO()
            w = csv.writer(buf, delimiter=",", lineterminator="\n")
            w.writerow(["coodiag_row", "adresse", "ville", "postcode", "citycode"])
            for r, a, c, pc, ic in zip(rows, lines, cities, pcs, insee):
                w.writerow([int(r), a, c if c != "nan" else "", pc, ic])
            body, ctype = network.multipart(
                {"columns": ["adresse", "ville"], "postcode": "postcode", "citycode": "citycode"},
                {"data": ("coodiag.csv", buf.getvalue().encode("utf-8"), "text/csv")})
            try:
                answer = network.post(url, body, ctype, feedback, retries=int(settings.geocoder_max_retries))
            except network.NetworkError as err:
                raise QgsProcessingException(self.tr(
                    "The online geocoder {} did not answer ({}). Check the network or the proxy settings, "
                    "or untick the online option and use a BAN file.").format(url, str(err))) from err
            found += self.apply_online(answer, result)
            feedback.setProgress(60 + 15 * min(1.0, (start + chunk) / len(todo)))
        feedback.pushInfo(self.tr("Online geocoder placed {} of {} rows.").format(found, len(todo)))

    def apply_online(self, answer: bytes, result: pd.DataFrame) -> int:
        text, _enc = tabular.decode_bytes(answer)
        try:
            table = tabular.read_text_table(text)
        except tabular.TabularError as err:
            raise QgsProcessingException(self.tr("The online geocoder answered something that is not a CSV "
                                                 "table: {}").format(str(err))) from err
        f = table.frame
        need = ["coodiag_row", "latitude", "longitude", "result_score", "result_type"]
        missing = [c for c in need if c not in f.columns]
        if missing:
            raise QgsProcessingException(self.tr("The online geocoder's answer lacks the columns {}.").format(
                ", ".join(missing)))
        placed = 0
        for _, r in f.iterrows():
            try:
                row = int(r["coodiag_row"])
            except ValueError:
                continue
            if row not in result.index:
                continue
            score = tabular.to_number(r["result_score"])
            lon, lat = tabular.to_number(r["longitude"]), tabular.to_number(r["latitude"])
            status = r.get("result_status", "ok") or "ok"
            rtype = r["result_type"]
            good = (status == "ok" and score is not None and lon is not None and lat is not None
                    and math.isfinite(score) and score >= MIN_ONLINE_SCORE
                    and rtype in ("housenumber", "street", "locality", "municipality"))
            if not good:
                if result.at[row, "reason"]:
                    result.at[row, "reason"] = "online_not_found"
                continue
            result.at[row, "lon"], result.at[row, "lat"] = lon, lat
            result.at[row, "geo_score"] = round(float(score), 3)
            result.at[row, "geo_type"] = rtype
            result.at[row, "geo_method"] = "online"
            result.at[row, "geo_source"] = "ban_online"
            result.at[row, "geo_insee"] = r.get("result_citycode", "") or ""
            result.at[row, "geo_label"] = r.get("result_label", "") or ""
            result.at[row, "geo_note"] = ""
            result.at[row, "reason"] = ""
            placed += 1
        return placed

    def write(self, parameters, context, feedback, table, out_frame, result, target, kind, mode):
        taken: set = set(RESERVED_FIELDS)
        specs = []  # (column, field name, kind)
        for c in out_frame.columns:
            specs.append((c, tabular.safe_field_name(c, taken), tabular.infer_kind(c, out_frame[c])))
        fields = QgsFields()
        make = {"int": compat.long_field, "double": compat.double_field, "string": compat.string_field}
        for _c, name, k in specs:
            fields.append(make[k](name))
        extra = [("row_num", compat.long_field), ("geo_score", compat.double_field),
                 ("geo_type", compat.string_field), ("geo_source", compat.string_field),
                 ("geo_method", compat.string_field), ("geo_insee", compat.string_field),
                 ("geo_label", compat.string_field), ("geo_note", compat.string_field)]
        point_fields = QgsFields(fields)
        for name, maker in extra:
            point_fields.append(maker(name))
        un_fields = QgsFields(fields)
        un_fields.append(compat.long_field("row_num"))
        un_fields.append(compat.long_field("src_line"))
        un_fields.append(compat.string_field("reason_code"))
        un_fields.append(compat.string_field("reason"))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, point_fields, QgsWkbTypes.Type.Point,
                                          target)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        usink, udest = self.parameterAsSink(parameters, self.UNMATCHED, context, un_fields,
                                            QgsWkbTypes.Type.NoGeometry, QgsCoordinateReferenceSystem())
        if usink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.UNMATCHED))
        converted = []
        for c, _name, k in specs:
            values = out_frame[c].tolist()
            if k == "double":
                converted.append([tabular.to_number(v) for v in values])
            elif k == "int":
                converted.append([None if v in ("", None) else int(tabular.to_number(v)) for v in values])
            else:
                converted.append([None if v in ("", None) else str(v) for v in values])
        rows = list(zip(*converted)) if converted else [()] * len(out_frame)
        to_target = QgsCoordinateTransform(WGS84, target, context.transformContext())
        cache: dict = {}
        n = len(result)
        placed = unmatched = 0
        by_type: dict = {}
        by_reason: dict = {}
        step = 20.0 / max(1, n)
        lines = table.line_numbers
        for i, r in enumerate(result.itertuples(index=False)):
            if feedback.isCanceled():
                return {}
            attrs = list(rows[i])
            if r.reason == "" and r.geo_type:
                key = (r.lon, r.lat)
                pt = cache.get(key)
                if pt is None:
                    pt = to_target.transform(QgsPointXY(r.lon, r.lat))
                    cache[key] = pt
                feat = QgsFeature(point_fields)
                feat.setGeometry(QgsGeometry.fromPointXY(pt))
                feat.setAttributes(attrs + [i + 1, float(r.geo_score), r.geo_type, r.geo_source, r.geo_method,
                                            r.geo_insee or None, r.geo_label or None, r.geo_note or None])
                sink.addFeature(feat, QgsFeatureSink.Flag.FastInsert)
                placed += 1
                by_type[r.geo_type] = by_type.get(r.geo_type, 0) + 1
            else:
                code = r.reason or "no_location"
                feat = QgsFeature(un_fields)
                feat.setAttributes(attrs + [i + 1, lines[i] if i < len(lines) else None, code,
                                            self.reason_text(code)])
                usink.addFeature(feat, QgsFeatureSink.Flag.FastInsert)
                unmatched += 1
                by_reason[code] = by_reason.get(code, 0) + 1
            if i % 1000 == 0:
                feedback.setProgress(80 + i * step)
        if placed + unmatched != n:  # the invariant this algorithm promises
            raise QgsProcessingException(self.tr("Internal error: {} input rows but {} placed + {} unmatched.")
                                         .format(n, placed, unmatched))
        feedback.pushInfo(self.tr("Input rows: {} = placed {} + unmatched {}.").format(n, placed, unmatched))
        feedback.pushInfo(self.tr("Placed by level: {}.").format(
            ", ".join(f"{k} {v}" for k, v in sorted(by_type.items())) or "-"))
        coarse = by_type.get("municipality", 0)
        if coarse:
            feedback.pushWarning(self.tr(
                "{} of {} rows were placed at the centroid of their commune only (no street or address found, or "
                "only a commune code): they count per commune but not on fine maps (200 m grid, smoothing, hot "
                "spots).").format(coarse, n))
        if by_reason:
            feedback.pushWarning(self.tr("Unmatched by reason: {}.").format(
                "; ".join(f"{self.reason_text(k)}: {v}" for k, v in sorted(by_reason.items()))))
        # placed precisely enough for fine-grained maps: at the address or by the file's own coordinates (GPS)
        precise = (by_type.get("housenumber", 0) + by_type.get("street", 0) + by_type.get("coordinates", 0)) / n \
            if n else 0.0
        del sink, usink  # flushed: the tables can now be styled, named and recorded
        table = kind if kind in schema.BY_TABLE else "points"
        # the provenance mark: rows of persons or private places (antennas are the structure's own premises)
        personal = schema.layer(table).privacy == schema.INDIVIDUAL
        meta = {"kind": kind, "provenance": "importtable" if personal else "", "precise_share": round(precise, 4),
                "precision": result.attrs.get("precision", "as_placed"),
                "placed_by_level": by_type, "input_rows": n, "unmatched": unmatched}
        publishing.finish(self, context, feedback, dest, kind if kind in schema.BY_TABLE else "points", meta)
        publishing.finish(self, context, feedback, udest, schema.unmatched_table(kind), meta)
        return {self.OUTPUT: dest, self.UNMATCHED: udest, self.INPUT_ROWS: n, self.MATCHED: placed,
                self.UNMATCHED_COUNT: unmatched, self.PRECISE_RATE: round(precise, 4)}


def compat_advanced_flag():
    """The "advanced parameter" flag: Qgis.ProcessingParameterFlag on 3.36+, the old scoped enum before."""
    from qgis.core import Qgis

    if hasattr(Qgis, "ProcessingParameterFlag"):
        return Qgis.ProcessingParameterFlag.Advanced
    return compat.PARAM_ADVANCED


def identity_columns(frame) -> list:
    """Columns of a table of persons that identify someone: by header (name, first name, phone, e-mail,
    birth date, social-security number, street or full address) or by content (most values are e-mail
    addresses, phone numbers or street addresses)."""
    from .analysis import fields

    columns = [str(c) for c in frame.columns]
    found = list(pseudonymise.detect_personal_columns(columns))
    address_headers = set(SYNONYMS["street"]) | set(SYNONYMS["number"])
    for col in columns:
        if col in found or col.startswith("geo_"):
            continue
        if tabular_norm(col) in address_headers:
            found.append(col)
            continue
        values = fields.sample(frame[col].tolist(), 200)
        if any(fields.content_share(values, role) >= 0.6 for role in ("email", "phone", "street", "address")):
            found.append(col)
    return found


def tabular_norm(name) -> str:
    from .analysis import fields

    return fields.normalise_name(name)
