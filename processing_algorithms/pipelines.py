"""The diagnostic in one run: the whole method (``coodiag:fulldiagnostic``) and one pipeline per question
(``publicdata``, ``siaefiles``, ``q1clients``, ``q2beneficiaries``, ``q3mobility``).

A pipeline runs the stages of the diagnostic schema (schema.STAGES) as child algorithms, in the method's
order, into one diagnostic GeoPackage: every table gets the schema's name, style and metadata (each child
stores them through publishing.finish), so the dock, the pipelines and ``qgis_process`` write the same
tables. Inputs are optional where the method allows it: a stage whose inputs are missing is skipped with a
sentence saying why (no Filosofi grid → no smoothed rate, the target comes from a field of the communes; no
road network → no isochrones…), never a failure of the whole run.

The atlas (layouts: main thread only) is printed in postProcessAlgorithm, which Processing runs in the main
thread; the layers are then loaded into the project, grouped by question, and the atlas layouts added to
the project's Layout Manager.
"""
from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..coodiag_plugin.toolbelt import compat
from . import diagnostic, publishing, schema
from .analysis import tabular
from .base import CoodiagAlgorithm

# inputs naming a column of the imported SIAE files (the stages read the imported tables), and those tables
IMPORTED_COLUMN_INPUTS = {"WEIGHT_FIELD": ("clients",), "ANTENNA_FIELD": ("clients", "antennas")}
TR_CONTEXT = "CoodiagPipelines"  # the context of the _t("…") calls (scripts/i18n.py extracts them)


def _t(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


def table_files() -> str:
    return _t("CSV or spreadsheet (*.csv *.txt *.tsv *.xlsx *.ods *.xls);;All files (*)")


ECONOMY_FILES = {  # pipeline input → (label, help, file filter, advanced)
    "BMO_FILE": lambda: (_t("BMO survey file (France Travail)"),
                         _t("The Besoins en Main-d'Œuvre open-data file (Base_open_data_BMO_<year>.xlsx) or a CSV "
                            "extract: recruitment projects and difficulties by employment basin and trade."),
                         "BMO (*.xlsx *.ods *.csv);;All files (*)", False),
    "BMO_BASINS": lambda: (_t("Commune → BMO basin table"),
                           _t("The table giving the BMO employment basin of each commune (INSEE code, basin code)."),
                           "CSV, XLSX (*.csv *.xlsx);;All files (*)", False),
    "SIRENE_FILE": lambda: (_t("SIRENE establishments file"),
                            _t("INSEE's SIRENE establishments: the geocoded file of the département "
                               "(geo_siret_<dep>.csv.gz) or the national StockEtablissement (streamed, never loaded "
                               "whole)."),
                            "SIRENE (*.csv *.gz *.zip);;All files (*)", False),
    "SIRENE_GEOLOC": lambda: (_t("SIRENE geolocation file (with the national stock)"),
                              _t("GeolocalisationEtablissement_Sirene_pour_etudes_statistiques, joined on the SIRET "
                                 "when the establishments file is the national stock."),
                              "CSV (*.csv *.gz *.zip);;All files (*)", True),
    "SIRENE_LEGAL_UNITS": lambda: (_t("SIRENE legal units file (optional)"),
                                   _t("StockUniteLegale: company names, and which establishments belong to "
                                      "individual entrepreneurs (persons, whose names are never printed)."),
                                   "CSV (*.csv *.gz *.zip);;All files (*)", True),
    "DECP_FILE": lambda: (_t("Public contracts file (DECP)"),
                          _t("The données essentielles de la commande publique: JSON (2019 or 2022 format) or the "
                             "consolidated CSV."),
                          "DECP (*.json *.csv);;All files (*)", False),
    "COMMUNES_TABLE": lambda: (_t("Communes table with postcodes (COG)"),
                               _t("A table of the communes with their postcodes and SIREN (e.g. the "
                                  "decoupage-administratif communes table), to place contracts and structures "
                                  "given by postcode."),
                               "CSV (*.csv);;All files (*)", True),
    "SIAE_REGISTER": lambda: (_t("SIAE register"),
                              _t("The list of the SIAE (Plateforme de l'inclusion export, ASP list or data·inclusion "
                                 "structures), to map the other inclusion actors."),
                              "SIAE (*.geojson *.json *.csv *.xlsx);;All files (*)", False),
}


def input_parameter(name: str):
    """The definition of a pipeline input (labels and help in the user's language). Inputs are listed in
    the order of the method: who, where, the SIAE's files, public data, roads, settings, where to write."""
    kinds = {"polygon": [QgsProcessing.SourceType.TypeVectorPolygon],
             "line": [QgsProcessing.SourceType.TypeVectorLine]}
    if name == "SIAE_NAME":
        p = QgsProcessingParameterString(name, _t("Name of the SIAE"), optional=True)
        p.setHelp(_t("Printed on the atlas pages, e.g. « AI du Pays Ajaccien »."))
    elif name == "TERRITORY_NAME":
        p = QgsProcessingParameterString(name, _t("Name of the territory"), optional=True)
        p.setHelp(_t("Printed on the atlas pages, e.g. « CA du Pays Ajaccien »."))
    elif name == "COMMUNES":
        p = QgsProcessingParameterFeatureSource(name, _t("Communes layer (Admin Express, COG…)"), kinds["polygon"])
        p.setHelp(_t("A polygon layer of communes with their INSEE code (and EPCI code for an EPCI territory), "
                     "covering the territory: IGN ADMIN EXPRESS, a COG file, an open-data portal export."))
    elif name == "TERRITORY_MODE":
        p = QgsProcessingParameterEnum(name, _t("The territory is given by"),
                                       [_t("Commune codes"), _t("EPCI (SIREN number)"), _t("Département codes")],
                                       defaultValue=1)
        p.setHelp(_t("What the codes below are: INSEE commune codes, the SIREN number of an EPCI, or "
                     "département codes."))
    elif name == "CODES":
        p = QgsProcessingParameterString(name, _t("INSEE codes of the territory"))
        p.setHelp(_t("Codes separated by commas, e.g. 242010056 for the CA du Pays Ajaccien, or "
                     "2A004, 2A006 for two communes."))
    elif name in ("ANTENNAS", "CLIENTS", "EMPLOYEES", "WORKSITES"):
        labels = {"ANTENNAS": _t("Antennas file"), "CLIENTS": _t("Clients file"),
                  "EMPLOYEES": _t("Employees in insertion file"), "WORKSITES": _t("Work sites file")}
        helps = {
            "ANTENNAS": _t("The structure's antennas or premises (CSV or spreadsheet, with an address or "
                           "coordinates)."),
            "CLIENTS": _t("The clients export (one row per client, with an address, coordinates or a commune). "
                          "Names, phones and e-mails are not kept."),
            "EMPLOYEES": _t("The employees in insertion export (address or commune of residence). Pseudonymised "
                            "on import; never printed individually."),
            "WORKSITES": _t("Optional: the work sites or missions (address or coordinates)."),
        }
        p = QgsProcessingParameterFile(name, labels[name], fileFilter=table_files(), optional=True)
        p.setHelp(helps[name])
    elif name == "BAN_FILE":
        p = QgsProcessingParameterFile(name, _t("BAN address file of the département"),
                                       fileFilter="BAN (*.csv *.csv.gz);;All files (*)", optional=True)
        p.setHelp(_t("Base Adresse Nationale file adresses-<département>.csv(.gz), to place addresses offline. "
                     "Without it, rows are placed by their coordinates or at their commune."))
    elif name == "FILOSOFI":
        p = QgsProcessingParameterFile(name, _t("Filosofi 200 m grid file (INSEE)"),
                                       fileFilter="GeoPackage, CSV (*.gpkg *.csv *.zip *.shp);;All files (*)",
                                       optional=True)
        p.setHelp(_t("The INSEE Filosofi gridded data (any vintage). Without it, rates use a population field "
                     "of the communes and the population maps are left out."))
    elif name == "CENSUS":
        p = QgsProcessingParameterFile(name, _t("Census table (INSEE, optional)"), fileFilter=table_files(),
                                       optional=True)
        p.setHelp(_t("An INSEE census table at commune level (base-ic-…), joined to the communes."))
    elif name == "ROADS":
        p = QgsProcessingParameterFeatureSource(name, _t("Road network"), kinds["line"], optional=True)
        p.setHelp(_t("Road lines (OpenStreetMap, BD TOPO or already prepared by Coodiag). Without them the "
                     "travel-time maps are left out."))
    elif name == "WEIGHT_FIELD":
        p = QgsProcessingParameterString(name, _t("Client weight field (e.g. hours sold)"), optional=True)
        p.setHelp(_t("Optional column of the clients file weighting each client; empty = one per client."))
        p.setFlags(p.flags() | compat.PARAM_ADVANCED)
    elif name == "ANTENNA_FIELD":
        p = QgsProcessingParameterString(name, _t("Antenna column (clients and antennas files)"), optional=True)
        p.setHelp(_t("Optional column naming the antenna in both the clients and the antennas files: customer "
                     "areas are then drawn per antenna."))
        p.setFlags(p.flags() | compat.PARAM_ADVANCED)
    elif name == "ZONE_TARGET_FIELD":
        p = QgsProcessingParameterString(name, _t("Target population field of the communes"), optional=True)
        p.setHelp(_t("Used when no Filosofi grid is given: a numeric field of the communes (e.g. POP_2020) as "
                     "the target population of the client rates."))
        p.setFlags(p.flags() | compat.PARAM_ADVANCED)
    elif name in ("BANDS_CAR", "BANDS_WALK", "BANDS_BIKE", "BANDS_TRANSIT"):
        p = QgsProcessingParameterString(name, {"BANDS_CAR": _t("Car bands (minutes)"),
                                                "BANDS_WALK": _t("Walking bands (minutes)"),
                                                "BANDS_BIKE": _t("Cycling bands (minutes)"),
                                                "BANDS_TRANSIT": _t("Public transport bands (minutes)")}[name],
                                         optional=True)
        p.setHelp(_t("Travel-time bands, e.g. 10, 20, 30, 45; empty = the usual bands of the mode."))
        p.setFlags(p.flags() | compat.PARAM_ADVANCED)
    elif name == "GTFS":
        p = QgsProcessingParameterMultipleLayers(name, _t("Public transport timetables (GTFS zip)"),
                                                 QgsProcessing.SourceType.TypeFile, optional=True)
        p.setHelp(_t("GTFS files of the networks serving the territory (transport.data.gouv.fr); several feeds "
                     "(urban, coach, TER) are combined. Without them the public transport maps are left out."))
    elif name == "GTFS_DATE":
        p = QgsProcessingParameterString(name, _t("Date studied for public transport (YYYY-MM-DD)"), optional=True)
        p.setHelp(_t("Empty: the next Tuesday covered by the feeds."))
        p.setFlags(p.flags() | compat.PARAM_ADVANCED)
    elif name == "TRANSIT_TIME":
        p = QgsProcessingParameterString(name, _t("Arrival time at the antennas"), defaultValue="08:30",
                                         optional=True)
        p.setHelp(_t("Public transport searches arrive by this time, over the hour before (median of the window)."))
        p.setFlags(p.flags() | compat.PARAM_ADVANCED)
    elif name in ECONOMY_FILES:
        label, help_text, filters, advanced = ECONOMY_FILES[name]()
        p = QgsProcessingParameterFile(name, label, fileFilter=filters, optional=True)
        p.setHelp(help_text)
        if advanced:
            p.setFlags(p.flags() | compat.PARAM_ADVANCED)
    elif name == "SIAE_KIND":
        p = QgsProcessingParameterEnum(name, _t("Kind of the SIAE"),
                                       ["AI", "ACI", "EI", "ETTI", "EITI", "GEIQ", "EA", "EATT"], defaultValue=0)
        p.setHelp(_t("Kind of the SIAE (association intermédiaire, chantier, entreprise d'insertion…), for the "
                     "catchment overlap with the other structures of the same kind."))
        p.setFlags(p.flags() | compat.PARAM_ADVANCED)
    elif name == "REACH_MODE":
        p = QgsProcessingParameterEnum(name, _t("Travel mode that defines the SIAE's reach"),
                                       [_t("Car"), _t("On foot"), _t("By bike")], defaultValue=0)
        p.setHelp(_t("The isochrones of this mode say which zones are within the SIAE's reach (prospect zones, "
                     "unmet zones, key figures)."))
        p.setFlags(p.flags() | compat.PARAM_ADVANCED)
    elif name == "LANGUAGE":
        p = QgsProcessingParameterEnum(name, _t("Language of the atlas"),
                                       [_t("Same as QGIS"), _t("English"), _t("French")], defaultValue=0)
        p.setHelp(_t("Language of the printed atlas (titles, legends, figures)."))
    else:  # pragma: no cover — a programming error
        raise KeyError(name)
    return p


def input_label(name: str) -> str:
    """The label of a pipeline input (its name when this pipeline does not define it)."""
    try:
        return input_parameter(name).description()
    except KeyError:
        return name


class PipelineAlgorithm(CoodiagAlgorithm):
    """Base of the pipelines: STAGE_IDS (schema stages, run in that order), INPUTS (pipeline inputs, in the
    dialog's order), CREATES (the GeoPackage may be new) and ATLAS (prints the atlas at the end)."""

    GROUP_ID = "models"
    STAGE_IDS: tuple = ()
    INPUTS: tuple = ()
    CREATES = False
    ATLAS = False

    GEOPACKAGE, PDF, LOAD = "GEOPACKAGE", "PDF", "LOAD"
    TABLES, SKIPPED, PAGE_COUNT = "TABLES", "SKIPPED", "PAGE_COUNT"

    def initAlgorithm(self, config=None):  # noqa: N802
        for name in self.INPUTS:
            self.addParameter(input_parameter(name))
        gpkg = QgsProcessingParameterFile(self.GEOPACKAGE, _t("Diagnostic GeoPackage"), extension="gpkg")
        gpkg.setHelp(_t("The diagnostic's .gpkg file: created when it does not exist; otherwise its layers of the "
                        "same name are replaced and the others kept.") if self.CREATES else
                     _t("The diagnostic's .gpkg file, holding the layers of the earlier steps; this run adds or "
                        "replaces its own layers."))
        self.addParameter(gpkg)
        if self.ATLAS:
            pdf = QgsProcessingParameterFileDestination(self.PDF, _t("Atlas (PDF)"), fileFilter="PDF (*.pdf)",
                                                        optional=True, createByDefault=True)
            pdf.setHelp(_t("Where to write the printed atlas; by default next to the GeoPackage."))
            self.addParameter(pdf)
        load = QgsProcessingParameterBoolean(self.LOAD, _t("Add the layers to the map, grouped by question"),
                                             defaultValue=True)
        load.setHelp(_t("When ticked, every layer written is added to the current project with its style and "
                        "name, in one group per question; personal data are added hidden."))
        self.addParameter(load)
        self.addOutput(QgsProcessingOutputString(self.TABLES, _t("Layers written")))
        self.addOutput(QgsProcessingOutputString(self.SKIPPED, _t("Steps left out, and why")))
        if self.ATLAS:
            self.addOutput(QgsProcessingOutputNumber(self.PAGE_COUNT, _t("Atlas pages")))

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """Main thread (for the dialog and the dock): create the project's pseudonymisation key before the
        imports run in a worker thread, without a password prompt (it moves into the encrypted authentication
        database when that is unlocked)."""
        if context.project() is not None and any(s.algorithm == "coodiag:importtable" for s in self.stages()):
            from ..coodiag_plugin.toolbelt import secrets

            try:
                secrets.ensure_salt(context.project(), prompt=False)
            except Exception as exc:  # noqa: BLE001 — the import then uses a one-off key and says so
                feedback.pushWarning(str(exc))
        return True

    # ------------------------------------------------------------------------------------------------
    def stages(self) -> list:
        return [schema.BY_STAGE[s] for s in self.STAGE_IDS]

    def tables_written(self) -> list:
        return [t for stage in self.stages() for t in stage.tables()]

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        gpkg = self.parameterAsFile(parameters, self.GEOPACKAGE, context).strip()
        if not gpkg:
            raise QgsProcessingException(_t("Choose the diagnostic GeoPackage (.gpkg) to write into."))
        if not gpkg.lower().endswith(".gpkg"):
            gpkg += ".gpkg"
        path = Path(gpkg)
        if path.exists() and not diagnostic.is_geopackage(path):
            raise QgsProcessingException(_t("{} exists and is not a GeoPackage: choose another file.").format(gpkg))
        if not self.CREATES and not path.exists():
            raise QgsProcessingException(
                _t("The diagnostic GeoPackage {} does not exist yet: run the earlier steps (or the whole "
                   "diagnostic) first.").format(gpkg))
        path.parent.mkdir(parents=True, exist_ok=True)
        values = self.input_values(parameters, context)
        stages = self.stages()
        steps = QgsProcessingMultiStepFeedback(len(stages) + 1, feedback)
        written, skipped, failed = [], [], []
        not_given_tables: set = set()  # tables of the stages left out because an optional input was not given
        self._column_notes: dict = {}
        from qgis import processing

        for index, stage in enumerate(stages):
            if feedback.isCanceled():
                break
            steps.setCurrentStep(index)
            params, missing = self.stage_parameters(stage, values, str(path), not_given_tables)
            for key, note in list(self._column_notes.items()):
                if note:
                    feedback.pushWarning(note)
                    self._column_notes[key] = ""  # said once
            if missing:
                not_given = all(m.startswith("@") for m in missing)
                if not_given:
                    not_given_tables.update(stage.tables())
                reason = _t("{}: left out, missing {}").format(stage.label(self.lang()),
                                                               ", ".join(m.lstrip("@") for m in missing))
                if not_given:  # an optional input the user did not give: said, not a problem
                    feedback.pushInfo(reason)
                else:
                    feedback.pushWarning(reason)
                    skipped.append(reason)
                continue
            feedback.pushInfo(_t("— {} ({})").format(stage.label(self.lang()), stage.algorithm))
            try:
                processing.run(stage.algorithm, params, context=context, feedback=steps, is_child_algorithm=True)
            except QgsProcessingException as exc:
                if feedback.isCanceled():
                    break
                reason = _t("{}: failed — {}").format(stage.label(self.lang()), str(exc).strip().splitlines()[0])
                feedback.reportError(reason)
                failed.append(reason)
                continue
            written += [t for t in stage.tables() if t in diagnostic.tables(path)]
            if stage.id == "territory":
                values["_CRS"] = self.territory_crs(path)
        if feedback.isCanceled():
            return {}
        self._run = {"gpkg": str(path), "written": written, "skipped": skipped + failed,
                     "load": self.parameterAsBoolean(parameters, self.LOAD, context),
                     "pdf": (self.parameterAsFileOutput(parameters, self.PDF, context) if self.ATLAS else ""),
                     "values": values}
        diagnostic.save_settings(path, {"siae": values.get("SIAE_NAME"), "territory": values.get("TERRITORY_NAME"),
                                        "codes": values.get("CODES"), "territory_mode": values.get("TERRITORY_MODE"),
                                        "reach_mode": values.get("_REACH_MODE")})
        if not written:
            raise QgsProcessingException(
                _t("Nothing could be computed: {}").format("; ".join(skipped + failed) or _t("no input given")))
        feedback.pushInfo(_t("{} layers written into {}.").format(len(written), path))
        return {self.GEOPACKAGE: str(path), self.TABLES: ",".join(written), self.SKIPPED: " | ".join(skipped + failed)}

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        """Main thread: print the atlas, then load the layers into the project (grouped, styled)."""
        run = getattr(self, "_run", None)
        if not run:
            return {}
        results = {self.GEOPACKAGE: run["gpkg"], self.TABLES: ",".join(run["written"]),
                   self.SKIPPED: " | ".join(run["skipped"])}
        lang = self.atlas_language(run["values"])
        if self.ATLAS:
            pdf = run["pdf"] or str(Path(run["gpkg"]).with_name("atlas.pdf"))
            results[self.PDF] = ""
            try:
                from qgis import processing

                out = processing.run("coodiag:exportatlas", {
                    "INPUT": run["gpkg"], "ZONES": "communes", "SIAE_NAME": run["values"].get("SIAE_NAME", ""),
                    "TERRITORY_NAME": run["values"].get("TERRITORY_NAME", ""),
                    "LANGUAGE": {"en": 1, "fr": 2}.get(lang, 0), "OUTPUT": pdf,
                }, context=context, feedback=feedback, is_child_algorithm=True)
                results[self.PDF] = out.get("OUTPUT", pdf)
                results[self.PAGE_COUNT] = out.get("PAGE_COUNT", 0)
                feedback.pushInfo(_t("Atlas: {}").format(results[self.PDF]))
            except QgsProcessingException as exc:
                feedback.reportError(_t("The atlas could not be printed: {}").format(exc))
        if run["load"] and context.project() is not None:
            written = list(dict.fromkeys(run["written"]))
            publishing.load_on_completion(context, run["gpkg"], written, publishing.ui_language(),
                                          done=self._layouts_hook(run, lang, context.project()))
        return results

    def _layouts_hook(self, run, lang, project):
        if not self.ATLAS:
            return None

        def done(_batch):
            try:
                from .export_atlas import add_project_layouts

                add_project_layouts(project, run["gpkg"], lang, run["values"].get("SIAE_NAME", ""),
                                    run["values"].get("TERRITORY_NAME", ""))
            except Exception:  # noqa: BLE001 — the layouts are a convenience: the PDF is already written
                return
        return done

    # ------------------------------------------------------------------------------------------------
    def lang(self) -> str:
        return publishing.ui_language()

    def atlas_language(self, values: dict) -> str:
        choice = values.get("LANGUAGE", 0)
        return {1: "en", 2: "fr"}.get(choice, self.lang())

    def input_values(self, parameters, context) -> dict:
        values = {"_REACH_MODE": "car"}
        for name in self.INPUTS:
            definition = self.parameterDefinition(name)
            if isinstance(definition, QgsProcessingParameterFeatureSource):
                if parameters.get(name) not in (None, ""):
                    source = self.parameterAsSource(parameters, name, context)
                    if source is None:
                        raise QgsProcessingException(self.invalidSourceError(parameters, name))
                    values[name] = parameters[name]
            elif isinstance(definition, QgsProcessingParameterMultipleLayers):
                files = [f for f in (self.parameterAsFileList(parameters, name, context) or []) if f]
                for value in files:
                    if not Path(value.split("|")[0]).exists():
                        raise QgsProcessingException(
                            _t("The file given for “{}” does not exist: {}").format(definition.description(), value))
                if files:
                    values[name] = files
            elif isinstance(definition, QgsProcessingParameterEnum):
                values[name] = self.parameterAsEnum(parameters, name, context)
                if name == "REACH_MODE":
                    values["_REACH_MODE"] = ("car", "walk", "bike")[values[name]]
            elif isinstance(definition, QgsProcessingParameterFile):
                value = self.parameterAsFile(parameters, name, context)
                if value:
                    if not Path(value).exists():
                        raise QgsProcessingException(
                            _t("The file given for “{}” does not exist: {}").format(definition.description(), value))
                    values[name] = value
            else:
                value = self.parameterAsString(parameters, name, context).strip()
                if value and name in IMPORTED_COLUMN_INPUTS:  # as the import names it: « Heures vendues » →
                    values["_typed_" + name] = value           # heures_vendues (the typed name for messages)
                    value = tabular.safe_field_name(value)
                if value:
                    values[name] = value
        return values

    def column_present(self, input_name: str, column: str, gpkg: str, present, typed: str | None = None) -> bool:
        """Whether a column named by the user (weight, antenna) is in every imported table it is read from; when
        it is not, the stages run without it (one client = one, customer areas of the whole clientele) and the
        run says so once, rather than failing."""
        missing = [t for t in IMPORTED_COLUMN_INPUTS.get(input_name, ()) if t in present
                   and column.lower() not in {c.lower() for c in diagnostic.columns(gpkg, t)}]
        notes = getattr(self, "_column_notes", None)
        if notes is None:
            notes = self._column_notes = {}
        if missing and (input_name, column) not in notes:
            notes[(input_name, column)] = _t(
                "The column “{}” ({}) is not in the imported table(s) {}: the steps run without it.").format(
                    typed or column, input_label(input_name),
                    ", ".join(schema.layer(t).name(self.lang()) for t in missing))
        return not missing

    @staticmethod
    def territory_crs(gpkg: Path) -> str:
        layer = QgsVectorLayer(publishing.layer_uri(str(gpkg), "communes"), "communes", "ogr")
        return layer.crs().authid() if layer.isValid() else ""

    def stage_parameters(self, stage: schema.Stage, values: dict, gpkg: str, not_given: set = frozenset()) -> tuple:
        """(parameters of the child algorithm, [what is missing]) for `stage`; a missing item starting with "@"
        is an optional input not given (or a table that only such an input would have produced)."""
        present = diagnostic.tables(gpkg)
        params, missing = {}, []
        if all(t in present for t in stage.tables()) and any(
                n.isupper() and n not in values for n in stage.needs):
            return {}, ["@" + _t("its input (the existing layers are kept)")]
        for need in stage.needs:
            if need.isupper():
                if need not in values:  # "@": an input not given (optional by design), not a failure
                    missing.append("@" + input_label(need))
            elif need not in present:
                missing.append(("@" if need in not_given else "") + schema.layer(need).name(self.lang()))
        if missing:
            return {}, missing
        for name, value in stage.params.items():
            if isinstance(value, schema.First):  # the first alternative available
                value = next((o for o in value.options if (isinstance(o, schema.Input) and o.name in values) or
                              (isinstance(o, schema.Ref) and o.resolve(values) in present)), None)
                if value is None:
                    continue
            if isinstance(value, list):
                items = [publishing.layer_uri(gpkg, v.resolve(values)) for v in value
                         if isinstance(v, schema.Ref) and v.resolve(values) in present]
                if items:
                    params[name] = items
            elif isinstance(value, schema.Ref):
                table = value.resolve(values)
                if table in present:
                    params[name] = publishing.layer_uri(gpkg, table)
                elif not value.optional:
                    missing.append(schema.layer(table).name(self.lang()))
            elif isinstance(value, schema.Input):
                if value.name in values and self.column_present(value.name, values[value.name], gpkg, present,
                                                                values.get("_typed_" + value.name)):
                    params[name] = values[value.name]
            else:
                params[name] = value
        for name, table in stage.outputs.items():
            params[name] = publishing.sink_uri(gpkg, table, schema.layer(table).geometry != "none")
        alg = QgsApplication.processingRegistry().algorithmById(stage.algorithm)
        for definition in (alg.destinationParameterDefinitions() if alg is not None else []):
            if definition.name() not in params:  # outputs the diagnostic does not keep
                optional = bool(definition.flags() & compat.PARAM_OPTIONAL)
                params[definition.name()] = None if optional else "TEMPORARY_OUTPUT"
        crs = values.get("_CRS")
        if crs and stage.algorithm in ("coodiag:importtable",):
            params["TARGET_CRS"] = crs
        if crs and stage.algorithm in ("coodiag:loadfilosofi",):
            params["OUTPUT_CRS"] = crs
        if "ZONE_DENOMINATOR_FIELD" in stage.params and "filosofi_200m" not in present \
                and "ZONE_DENOMINATOR_FIELD" not in params and "communes" in present:
            field = population_field(gpkg)
            if field:
                params["ZONE_DENOMINATOR_FIELD"] = field
        return params, missing


def population_field(gpkg: str) -> str:
    """A population field of the diagnostic's communes (POP_2020, population, PMUN…), the target of the client
    rates when no Filosofi grid is loaded; '' when there is none."""
    layer = QgsVectorLayer(publishing.layer_uri(gpkg, "communes"), "communes", "ogr")
    if not layer.isValid():
        return ""
    for f in layer.fields():
        name = f.name().lower()
        if f.isNumeric() and (name.startswith("pop") or name in ("pmun", "ptot", "p_pop", "nb_hab", "habitants")
                              or name.endswith("_pop")):
            return f.name()
    return ""


# ---- the pipelines ---------------------------------------------------------------------------------------------
ALL_STAGES = tuple(s.id for s in schema.STAGES)
STRUCTURE_INPUTS = ("SIAE_NAME", "TERRITORY_NAME", "COMMUNES", "TERRITORY_MODE", "CODES")
FILE_INPUTS = ("ANTENNAS", "CLIENTS", "EMPLOYEES", "WORKSITES", "BAN_FILE")


class FullDiagnosticAlgorithm(PipelineAlgorithm):
    STAGE_IDS = ALL_STAGES
    INPUTS = STRUCTURE_INPUTS + FILE_INPUTS + ("FILOSOFI", "CENSUS", "ROADS", "GTFS", "GTFS_DATE", "TRANSIT_TIME",
                                               "BMO_FILE", "BMO_BASINS", "SIRENE_FILE", "SIRENE_GEOLOC",
                                               "SIRENE_LEGAL_UNITS", "DECP_FILE", "COMMUNES_TABLE", "SIAE_REGISTER",
                                               "SIAE_KIND", "WEIGHT_FIELD", "ANTENNA_FIELD", "ZONE_TARGET_FIELD",
                                               "REACH_MODE", "BANDS_CAR", "BANDS_WALK", "BANDS_BIKE", "BANDS_TRANSIT",
                                               "LANGUAGE")
    CREATES = True
    ATLAS = True

    def name(self):
        return "fulldiagnostic"

    def displayName(self):  # noqa: N802
        return _t("Whole diagnostic (files to atlas)")

    def shortHelpString(self):  # noqa: N802
        return _t(
            "The whole Coodiag diagnostic in one run, from the SIAE's files and the public data to the PDF "
            "atlas:\n"
            "1. the study territory (communes from INSEE codes);\n"
            "2. the SIAE's files (antennas, clients, employees, work sites) imported and placed;\n"
            "3. public data (Filosofi 200 m grid, census);\n"
            "4. mobility (road network, isochrones by car, on foot and by bike, employees' travel times; public "
            "transport from GTFS timetables and the car-versus-transit gap);\n"
            "5. clients (density, penetration, customer areas, prospect zones, hot spots);\n"
            "6. beneficiaries (potential, unmet zones, employees per commune);\n"
            "7. where to open an antenna (scenarios of new antennas);\n"
            "8. jobs and companies (BMO recruitment difficulties, SIRENE prospects) and public procurement (DECP, "
            "the other inclusion actors), when their files are given;\n"
            "9. the atlas (PDF) and its layouts in the project.\n\n"
            "Every layer is written into the diagnostic GeoPackage with its style and name, then added to the map "
            "in one group per question (personal data hidden, in their own group). Optional inputs are optional: "
            "a step whose data are missing is left out with a message saying why.\n\n"
            "To try Coodiag, use the button « Try with the sample territory » of the Coodiag dock: it fills "
            "every input with the bundled sample (CA du Pays Ajaccien)."
        )


class PublicDataAlgorithm(PipelineAlgorithm):
    STAGE_IDS = ("territory", "filosofi", "census")
    INPUTS = ("COMMUNES", "TERRITORY_MODE", "CODES", "FILOSOFI", "CENSUS")
    CREATES = True

    def name(self):
        return "publicdata"

    def displayName(self):  # noqa: N802
        return _t("Public data: territory and Filosofi grid")

    def shortHelpString(self):  # noqa: N802
        return _t("Builds the study territory from INSEE codes (communes, EPCI or départements) out of a communes "
                  "layer, then loads the INSEE Filosofi grid (any vintage) and, when given, a census table, "
                  "into the diagnostic GeoPackage (layers communes, territory, filosofi_200m, census_communes).")


class SiaeFilesAlgorithm(PipelineAlgorithm):
    STAGE_IDS = tuple("import_" + k for k in ("antennas", "clients", "employees", "worksites")) + ("quality",)
    INPUTS = FILE_INPUTS
    CREATES = True

    def name(self):
        return "siaefiles"

    def displayName(self):  # noqa: N802
        return _t("The structure's files: import and placing")

    def shortHelpString(self):  # noqa: N802
        return _t("Imports and places the SIAE's antennas, clients, employees and work sites (CSV or spreadsheet "
                  "exports) into the diagnostic GeoPackage, with the rows that could not be placed in their own "
                  "tables. Names, phones, e-mails and addresses are not kept; employees are pseudonymised. Uses "
                  "the communes of the diagnostic, when present, to place rows known only by their commune.")


class Q1ClientsAlgorithm(PipelineAlgorithm):
    STAGE_IDS = ("client_density", "client_smoothed", "penetration", "prospects", "hotspots")
    INPUTS = ("WEIGHT_FIELD", "ANTENNA_FIELD", "ZONE_TARGET_FIELD", "REACH_MODE")

    def name(self):
        return "q1clients"

    def displayName(self):  # noqa: N802
        return _t("Q1 Clients: density, penetration, prospects")

    def shortHelpString(self):  # noqa: N802
        return _t("Question 1 — where are the clients, where could new ones be? From the clients and communes of "
                  "the diagnostic GeoPackage: clients per cell and per commune, smoothed rate, market penetration "
                  "and customer areas, prospect zones and hot spots, all under the statistical secret.")


class Q2BeneficiariesAlgorithm(PipelineAlgorithm):
    STAGE_IDS = ("potential_cells", "potential_zones", "unmet")
    INPUTS = ("REACH_MODE",)

    def name(self):
        return "q2beneficiaries"

    def displayName(self):  # noqa: N802
        return _t("Q2 Beneficiaries: potential and unmet zones")

    def shortHelpString(self):  # noqa: N802
        return _t("Question 2 — where are the potential beneficiaries the SIAE does not reach? From the Filosofi "
                  "grid, the communes and the employees of the diagnostic GeoPackage: potential per cell and per "
                  "commune, unmet zones and employees per commune, under the statistical secret.")


class Q3MobilityAlgorithm(PipelineAlgorithm):
    STAGE_IDS = ("network", "isochrones_car", "isochrones_walk", "isochrones_bike", "traveltimes", "gtfs",
                 "isochrones_transit", "mobility_gap")
    INPUTS = ("ROADS", "GTFS", "GTFS_DATE", "TRANSIT_TIME", "BANDS_CAR", "BANDS_WALK", "BANDS_BIKE",
              "BANDS_TRANSIT")

    def name(self):
        return "q3mobility"

    def displayName(self):  # noqa: N802
        return _t("Q3 Mobility: isochrones and travel times")

    def shortHelpString(self):  # noqa: N802
        return _t("Question 3 — how far is the SIAE, by car, on foot, by bike and by public transport? Prepares the "
                  "road network, computes the isochrones of the antennas with the population reached per band and "
                  "commune (when the Filosofi grid is in the diagnostic), the employees' travel times to their "
                  "antenna and, with GTFS timetables, public transport isochrones and the car-versus-transit gap.")


class Q4SitingAlgorithm(PipelineAlgorithm):
    STAGE_IDS = ("siting",)
    INPUTS = ("ANTENNA_FIELD",)

    def name(self):
        return "q4siting"

    def displayName(self):  # noqa: N802
        return _t("Q4 Antennas: where to open a new one")

    def shortHelpString(self):  # noqa: N802
        return _t("Question 4 — where should a new antenna open? From the road network, the potential "
                  "beneficiaries and the antennas of the diagnostic GeoPackage: scenarios of 1 to 3 new antennas "
                  "chosen among the commune centres to reach the most potential beneficiaries within 20 minutes by "
                  "car (maximal coverage), with the p-median and set-covering answers for comparison. Open "
                  "“Where to open an antenna” in the toolbox for other candidates, modes or standards.")


class Q5EconomyAlgorithm(PipelineAlgorithm):
    STAGE_IDS = ("bmo", "sirene", "company_prospects")
    INPUTS = ("BMO_FILE", "BMO_BASINS", "SIRENE_FILE", "SIRENE_GEOLOC", "SIRENE_LEGAL_UNITS", "ANTENNA_FIELD")

    def name(self):
        return "q5economy"

    def displayName(self):  # noqa: N802
        return _t("Q5 Jobs and companies: recruitment tension, companies to approach")

    def shortHelpString(self):  # noqa: N802
        return _t("Question 5 — which trades struggle to recruit here, and which companies could become clients? "
                  "Loads the France Travail BMO survey for the basins of the territory and the SIRENE "
                  "establishments of its communes, then ranks the companies to approach (activities the SIAE "
                  "serves or tense trades, within reach of the antennas, not already clients).")


class Q6ProcurementAlgorithm(PipelineAlgorithm):
    STAGE_IDS = ("decp", "siae_list")
    INPUTS = ("DECP_FILE", "COMMUNES_TABLE", "SIAE_REGISTER", "SIAE_KIND", "ANTENNA_FIELD")

    def name(self):
        return "q6procurement"

    def displayName(self):  # noqa: N802
        return _t("Q6 Public procurement and inclusion actors")

    def shortHelpString(self):  # noqa: N802
        return _t("Question 6 — which public buyers use social clauses, and who else works here? Loads the public "
                  "contracts (DECP) executed in or bought by the territory, with their social considerations, and "
                  "the other SIAE of the territory with their catchment overlap with the SIAE's antennas.")


PIPELINES = (FullDiagnosticAlgorithm, PublicDataAlgorithm, SiaeFilesAlgorithm, Q1ClientsAlgorithm,
             Q2BeneficiariesAlgorithm, Q3MobilityAlgorithm, Q4SitingAlgorithm, Q5EconomyAlgorithm,
             Q6ProcurementAlgorithm)
