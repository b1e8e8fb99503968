"""coodiag:exportatlas — the diagnostic's PDF atlas (cover, key figures, theme maps per zone), headless."""
from __future__ import annotations

import datetime as _dt
from pathlib import Path

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProject,
    QgsRectangle,
    QgsSpatialIndex,
    QgsVectorLayer,
)

from ..coodiag_plugin.toolbelt import compat, i18n, paths
from ..coodiag_plugin.toolbelt.compat import py_value
from . import atlas_layout as al
from .analysis import fields as field_table
from .analysis import atlas_plan as plan
from . import diagnostic, publishing, schema
from .base import CoodiagAlgorithm

NAME_FIELDS = field_table.ALIASES["zone_name"]  # the one alias table (analysis/fields.py)
CODE_FIELDS = tuple(a for a in field_table.ALIASES["commune_code"] if a not in ("code", "cog")) + \
    tuple(a for a in field_table.ALIASES["iris_code"] if a != "code") + ("code", "id")
KEY_ROWS_PER_PAGE = 18


class ExportAtlasAlgorithm(CoodiagAlgorithm):
    GROUP_ID = "cartography"

    INPUT = "INPUT"
    THEMES = "THEMES"
    ZONES = "ZONES"
    ZONE_NAME_FIELD = "ZONE_NAME_FIELD"
    TEMPLATE = "TEMPLATE"
    TITLE = "TITLE"
    SIAE_NAME = "SIAE_NAME"
    TERRITORY_NAME = "TERRITORY_NAME"
    LANGUAGE = "LANGUAGE"
    LOGO = "LOGO"
    THEME_FOLDER = "THEME_FOLDER"
    ADD_LAYOUTS = "ADD_LAYOUTS"
    OUTPUT = "OUTPUT"
    PAGE_COUNT = "PAGE_COUNT"
    THEMES_USED = "THEMES_USED"

    LANGUAGES = ("auto", "en", "fr")

    def name(self) -> str:
        return "exportatlas"

    def displayName(self) -> str:
        return self.tr("Export the diagnostic atlas (PDF)")

    def shortHelpString(self) -> str:
        return self.tr(
            "Builds the printable atlas of a diagnostic from its GeoPackage: a cover page, a key-figures "
            "page (a table of the main numbers per zone), then for each theme one map page per zone "
            "(communes by default; the other zones are greyed) or one page for the whole territory.\n\n"
            "Themes are described by the JSON files of resources/atlas/themes; a theme is used when all "
            "its layers exist in the GeoPackage. Layers keep the style stored in the GeoPackage. Pages "
            "never show individual client or employee points: a theme that would is refused.\n\n"
            "The result is a single PDF whose texts (sources, secrecy note) remain searchable text."
        )

    def flags(self):
        return super().flags() | compat.ALG_NO_THREADING

    def initAlgorithm(self, config=None):
        gpkg = QgsProcessingParameterFile(
            self.INPUT, self.tr("Diagnostic GeoPackage"), extension="gpkg")
        gpkg.setHelp(self.tr("The GeoPackage holding every layer of the diagnostic (communes, Filosofi "
                             "cells, analysis results)."))
        self.addParameter(gpkg)

        themes = QgsProcessingParameterString(self.THEMES, self.tr("Themes (comma-separated ids)"),
                                              defaultValue="", optional=True)
        themes.setHelp(self.tr("Ids of the themes to print, in resources/atlas/themes (e.g. "
                               "“population, clients”). Empty: every theme whose layers are in the "
                               "GeoPackage."))
        self.addParameter(themes)

        zones = QgsProcessingParameterString(self.ZONES, self.tr("Coverage zones layer (in the GeoPackage)"),
                                             defaultValue="communes")
        zones.setHelp(self.tr("Name of the polygon layer of the GeoPackage the atlas iterates over: one "
                              "page per feature for the per-zone themes (communes, EPCI, antenna areas)."))
        self.addParameter(zones)

        name_field = QgsProcessingParameterString(self.ZONE_NAME_FIELD, self.tr("Zone name field"),
                                                  defaultValue="", optional=True)
        name_field.setHelp(self.tr("Field holding the zone names; empty: detected (NOM, nom, libgeo…)."))
        self.addParameter(name_field)

        template = QgsProcessingParameterEnum(
            self.TEMPLATE, self.tr("Paper"), options=[self.tr("A4 landscape"), self.tr("A3 landscape")],
            defaultValue=0)
        template.setHelp(self.tr("Layout template of resources/layouts used for every page."))
        self.addParameter(template)

        for key, label, help_text in (
            (self.TITLE, self.tr("Atlas title"), self.tr("Title of the cover page; empty: “Territorial "
                                                         "diagnostic”.")),
            (self.SIAE_NAME, self.tr("SIAE name"), self.tr("Name of the structure, printed on every page.")),
            (self.TERRITORY_NAME, self.tr("Territory name"),
             self.tr("Name of the study territory, printed on every page.")),
        ):
            param = QgsProcessingParameterString(key, label, defaultValue="", optional=True)
            param.setHelp(help_text)
            self.addParameter(param)

        language = QgsProcessingParameterEnum(
            self.LANGUAGE, self.tr("Atlas language"),
            options=[self.tr("Same as QGIS"), self.tr("English"), self.tr("French")], defaultValue=0)
        language.setHelp(self.tr("Language of the printed texts (titles, key figures, notes)."))
        self.addParameter(language)

        logo = QgsProcessingParameterFile(self.LOGO, self.tr("Logo (SVG or image)"), optional=True,
                                          fileFilter="Images (*.svg *.png *.jpg *.jpeg)")
        logo.setHelp(self.tr("Logo of the SIAE or of the delegation, printed in the top-right frame."))
        self.addParameter(logo)

        folder = QgsProcessingParameterFile(
            self.THEME_FOLDER, self.tr("Theme folder"), behavior=QgsProcessingParameterFile.Behavior.Folder,
            optional=True)
        folder.setHelp(self.tr("Folder of theme JSON files to use instead of the themes shipped with "
                               "Coodiag (resources/atlas/themes)."))
        folder.setFlags(folder.flags() | compat.PARAM_ADVANCED)
        self.addParameter(folder)

        layouts = QgsProcessingParameterBoolean(self.ADD_LAYOUTS, self.tr("Also add the atlas layouts to the project"),
                                                defaultValue=False)
        layouts.setHelp(self.tr("When ticked, the diagnostic's layers are added to the current project (grouped "
                                "by question) and one print layout per theme appears in the Layout Manager, "
                                "ready to edit and print again."))
        self.addParameter(layouts)

        output = QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Atlas PDF"),
                                                       fileFilter="PDF (*.pdf)")
        output.setHelp(self.tr("The PDF file to write."))
        self.addParameter(output)
        self.addOutput(QgsProcessingOutputNumber(self.PAGE_COUNT, self.tr("Number of pages")))
        self.addOutput(QgsProcessingOutputString(self.THEMES_USED, self.tr("Themes printed")))

    # ------------------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        gpkg = Path(self.parameterAsFile(parameters, self.INPUT, context))
        if not gpkg.is_file():
            raise QgsProcessingException(
                self.tr("The GeoPackage {} does not exist: choose the diagnostic's .gpkg file.").format(gpkg))
        try:
            contents = al.gpkg_layers(gpkg)
        except Exception as exc:  # sqlite3.DatabaseError and friends
            raise QgsProcessingException(
                self.tr("{} is not a readable GeoPackage ({}).").format(gpkg, exc)) from exc

        lang = plan.resolve_language(self.LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)],
                                     i18n.user_locale())
        paper = al.PAPERS[self.parameterAsEnum(parameters, self.TEMPLATE, context)]
        title = self.parameterAsString(parameters, self.TITLE, context).strip() or plan.text("default_title", lang)
        siae = self.parameterAsString(parameters, self.SIAE_NAME, context).strip()
        territory = self.parameterAsString(parameters, self.TERRITORY_NAME, context).strip()
        logo = self.parameterAsFile(parameters, self.LOGO, context) or str(paths.icon("coodiag.svg"))
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)

        # zones ------------------------------------------------------------------------------
        zones_name = self.parameterAsString(parameters, self.ZONES, context).strip() or "communes"
        if zones_name not in contents:
            raise QgsProcessingException(
                self.tr("The GeoPackage has no layer “{}” for the coverage zones; layers available: {}.")
                .format(zones_name, ", ".join(sorted(contents))))
        if "polygon" not in contents[zones_name].geometry.lower():
            raise QgsProcessingException(
                self.tr("The coverage layer “{}” must hold polygons (communes, EPCI, antenna areas).")
                .format(zones_name))
        zones = al.load_layer(gpkg, zones_name)
        if not zones.isValid() or zones.featureCount() == 0:
            raise QgsProcessingException(
                self.tr("The coverage layer “{}” is empty or unreadable.").format(zones_name))
        field_names = [f.name() for f in zones.fields()]
        name_field = self.parameterAsString(parameters, self.ZONE_NAME_FIELD, context).strip()
        if name_field and name_field not in field_names:
            raise QgsProcessingException(
                self.tr("The coverage layer has no field “{}”; available fields: {}.")
                .format(name_field, ", ".join(field_names)))
        name_field = name_field or field_table.detect_by_name(field_names, NAME_FIELDS) or ""
        code_field = field_table.detect_by_name(field_names, CODE_FIELDS) or ""
        zone_list = self._zone_list(zones, name_field, code_field)
        feedback.pushInfo(self.tr("{} zones from “{}” (names: {}).").format(
            len(zone_list), zones_name, name_field or "feature id"))

        # themes -----------------------------------------------------------------------------
        try:
            folder = self.parameterAsFile(parameters, self.THEME_FOLDER, context)
            themes = plan.load_themes(Path(folder) if folder else paths.RESOURCES / "atlas" / "themes")
        except plan.ThemeError as exc:
            raise QgsProcessingException(self.tr("Unreadable theme file: {}").format(exc)) from exc
        requested = plan.parse_ids(self.parameterAsString(parameters, self.THEMES, context))
        selected, skipped = plan.select_themes(themes, requested, contents)
        for theme in list(selected):  # a page whose data are all empty is left out, with the reason
            empty = [f"{layer}.{name}" for layer, name in theme.requires.items()
                     if layer in contents and not diagnostic.has_values(gpkg, layer, name)]
            if empty:
                selected.remove(theme)
                skipped.append((theme.id, "empty", empty))
        titles = {t.id: t.label(publishing.ui_language()) for t in themes}
        for theme_id, why, names in skipped:
            message = self.tr("Theme “{}” left out: {}.").format(titles.get(theme_id, theme_id),
                                                                  self.skip_reason(why, names))
            if requested:
                feedback.reportError(message)
            else:
                feedback.pushInfo(message)
        if not selected:
            raise QgsProcessingException(
                self.tr("No theme can be printed from this GeoPackage. Themes known: {}; run the steps "
                        "that create their layers first.").format(
                    "; ".join("{} ({})".format(t.id, ", ".join(t.layers)) for t in themes) or "none"))
        entries = diagnostic.registry(gpkg)
        for theme in selected:
            for layer_name in theme.layers:
                info = contents[layer_name]
                if diagnostic.privacy_of(gpkg, layer_name, info, entries) == schema.INDIVIDUAL:
                    raise QgsProcessingException(
                        self.tr("Theme “{}” would print the layer “{}”, which holds individual clients or "
                                "employees: atlas pages only show aggregates (e.g. clients per 200 m cell). "
                                "Remove that layer from the theme.").format(theme.id, layer_name))

        # key figures --------------------------------------------------------------------------
        indicators = self._indicators(gpkg, contents, entries, lang)
        zone_values, totals = self._key_figures(gpkg, indicators, zones, zone_list, code_field, feedback)
        # secrecy threshold: the setting, or the highest one recorded by the layers' writers (never lower)
        k = atlas_threshold(entries)
        zone_values, totals = plan.protect_key_figures(indicators, zone_values, totals,
                                                       [c for c, _n, _f in zone_list], k)
        totals = plan.ratio_totals(indicators, totals, self._ratio_sums)
        key_chunks = plan.chunk(zone_list, KEY_ROWS_PER_PAGE)

        pages = plan.plan_pages(selected, [z[1] for z in zone_list], len(key_chunks))
        total = len(pages)
        feedback.pushInfo(self.tr("Atlas of {} pages: {} theme(s) ({}), {} zones.").format(
            total, len(selected), ", ".join(t.id for t in selected), len(zone_list)))

        # render ------------------------------------------------------------------------------
        today = plan.format_date(_dt.date.today(), lang)
        common = {
            "lang": lang, "title": title, "siae": siae, "territory": territory, "logo": logo,
            "today": today, "total": total, "paper": paper, "entries": entries, "k": k,
        }
        clip = QgsRectangle(zones.extent())
        clip.scale(1.6)  # every map of the atlas lies inside: whole territory (+6 %) and per-zone pages
        common["clip"] = clip
        common["zone_order"] = [fid for _code, _name, fid in zone_list]  # the key figures' order, for the atlas
        project = QgsProject()
        project.setCrs(zones.crs())
        project.addMapLayer(zones, False)
        outside = al.outside_mask(zones)
        project.addMapLayer(outside, False)
        common["outside"] = outside
        try:
            book = None
            page_number = 1
            cover = self._cover(project, common, selected, len(zone_list), len(key_chunks))
            width, height = al.page_size(cover)
            book = al.PdfBook(output, width, height, title=title)
            book.add(cover)
            for chunk in key_chunks:
                page_number += 1
                book.add(self._key_page(project, common, indicators, zone_values, totals, chunk,
                                        page_number, chunk is key_chunks[-1]))
            feedback.setProgress(int(100 * page_number / total))
            for theme in selected:
                if feedback.isCanceled():
                    break
                page_number = self._theme_pages(book, project, common, theme, gpkg, contents, zones,
                                                name_field, page_number, feedback)
        finally:
            if book is not None:
                book.close()
        if feedback.isCanceled():
            return {}
        feedback.pushInfo(self.tr("Wrote {} pages to {}.").format(book.pages, output))
        if self.parameterAsBoolean(parameters, self.ADD_LAYOUTS, context) and context.project() is not None:
            tables = list(dict.fromkeys(name for theme in selected for name in theme.layers))
            publishing.add_to_project(context.project(), str(gpkg), tables, publishing.ui_language())
            names = add_project_layouts(context.project(), gpkg, lang, siae, territory, paper)
            feedback.pushInfo(self.tr("{} layouts added to the project's Layout Manager.").format(len(names)))
        return {self.OUTPUT: output, self.PAGE_COUNT: book.pages,
                self.THEMES_USED: ",".join(t.id for t in selected)}

    # ------------------------------------------------------------------------------------------
    def skip_reason(self, why: str, names: list) -> str:
        """Why a theme is left out, in the user's language, its layers by their readable names."""
        lang = publishing.ui_language()

        def readable(name):
            table, _dot, field = name.partition(".")
            entry = schema.find(table)
            quoted = "« {} »" if lang == "fr" else "“{}”"
            label = quoted.format(entry.name(lang)) if entry is not None else table
            return "{} ({})".format(label, field) if field else label

        listed = ", ".join(readable(n) for n in names)
        if why == "missing":
            return self.tr("layer(s) not in the GeoPackage: {}").format(listed)
        if why == "empty":
            return self.tr("no value in {}").format(listed)
        return self.tr("unknown theme")

    @staticmethod
    def _zone_list(zones, name_field: str, code_field: str) -> list:
        """[(code, name, feature id)] sorted by name, like the atlas pages."""
        items = []
        for feature in zones.getFeatures():
            name = str(py_value(feature[name_field])) if name_field else str(feature.id())
            code = str(py_value(feature[code_field])) if code_field else str(feature.id())
            items.append((code, name, feature.id()))
        return sorted(items, key=lambda item: (plan.name_order(item[1]), item[0]))

    @staticmethod
    def _indicators(gpkg, contents, entries, lang) -> list:
        """The key-figures indicators this diagnostic can compute (resources/atlas/key_figures.json, candidate
        layers and fields resolved against the GeoPackage, labels filled from the layers' metadata)."""
        declared = plan.read_indicators(paths.RESOURCES / "atlas" / "key_figures.json")
        fields, metas = {}, {}
        for name, info in contents.items():
            if info.geometry:
                layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
                fields[name] = [f.name() for f in layer.fields()] if layer.isValid() else None
                metas[name] = entries.get(name, {}).get("metadata", {})
        fields = {k: v for k, v in fields.items() if v is not None}
        reach = diagnostic.load_settings(gpkg).get("reach_mode") or ""
        out = []
        for indicator in declared:
            if isinstance(indicator.layer, list) and reach and "access_" + reach in indicator.layer:
                indicator.layer = ["access_" + reach] + [t for t in indicator.layer if t != "access_" + reach]
            resolved = plan.resolve_indicator(indicator, fields, metas, lang)
            if resolved is not None:
                out.append(resolved)
        return out

    def _key_figures(self, gpkg, indicators, zones, zone_list, code_field, feedback):
        """{indicator id: {zone code: value}} and {indicator id: whole-territory value}. Ratios are Σ numerator /
        Σ denominator (never a mean of rates); a zone whose numerator is secret in its layer gets SECRET."""
        zone_geoms = {}
        index = QgsSpatialIndex()
        code_by_fid = {fid: code for code, _name, fid in zone_list}
        for feature in zones.getFeatures():
            zone_geoms[feature.id()] = QgsGeometry(feature.geometry())
            index.addFeature(feature)
        values, totals = {}, {}
        self._ratio_sums = {}
        for indicator in indicators:
            layer = QgsVectorLayer(f"{gpkg}|layername={indicator.layer}", indicator.layer, "ogr")
            if not layer.isValid():
                feedback.reportError(self.tr("Key figure “{}”: layer “{}” unreadable, left out.").format(
                    indicator.id, indicator.layer))
                continue
            fields = [f.name() for f in layer.fields()]
            has_secret = "secret" in fields
            has_coverage, has_status = "coverage" in fields, "status" in fields
            by_zone: dict = {}
            transform = None
            if layer.isSpatial() and layer.crs() != zones.crs():
                transform = QgsCoordinateTransform(layer.crs(), zones.crs(), QgsProject.instance())
            for feature in layer.getFeatures(QgsFeatureRequest()):
                if feedback.isCanceled():
                    break
                if not layer.isSpatial() or not feature.hasGeometry():
                    continue
                point = feature.geometry().pointOnSurface()
                if transform is not None:
                    point.transform(transform)
                code = None
                for fid in index.intersects(point.boundingBox()):
                    if zone_geoms[fid].intersects(point):
                        code = code_by_fid.get(fid)
                        break
                if code is None:
                    continue
                # an input that does not cover the zone: no value (never 0); no road near its people: off network
                flag = None
                if has_status and py_value(feature["status"]) == "off_network":
                    flag = plan.OFF_NETWORK
                elif has_coverage and py_value(feature["coverage"]) not in (None, "ok"):
                    flag = plan.NO_DATA
                if indicator.aggregate == "ratio":
                    num, den = py_value(feature[indicator.numerator]), py_value(feature[indicator.denominator])
                    secret = has_secret and bool(py_value(feature["secret"])) and num is None
                    by_zone.setdefault(code, []).append((num, den, secret, flag))
                else:
                    value = py_value(feature[indicator.field]) if indicator.field else 1
                    by_zone.setdefault(code, []).append(flag or value)
            if indicator.aggregate == "ratio":
                zone_ratio, num_all, den_all, any_secret, excluded = {}, 0.0, 0.0, False, 0.0
                for code, items in by_zone.items():
                    # Σ numerator / Σ denominator over the features with both; the others are left out of the
                    # zone's and the territory's sums alike (their numerators are remembered for the total)
                    used = [(n, d, sec) for n, d, sec, flag in items if flag is None and d is not None]
                    for n, d, sec, flag in items:
                        if not (flag is None and d is not None) and excluded is not None:
                            excluded = None if sec else excluded + float(n or 0)
                    if not used:
                        flags = [flag for *_rest, flag in items]
                        zone_ratio[code] = plan.OFF_NETWORK if flags and all(f == plan.OFF_NETWORK for f in flags) \
                            else (plan.NO_DATA if any(flags) else None)
                        continue
                    if any(sec for _n, _d, sec in used):
                        zone_ratio[code] = plan.SECRET
                        any_secret = True
                    n = sum(float(n) for n, _d, _s in used if n is not None)
                    d = sum(float(d) for _n, d, _s in used)
                    num_all += n
                    den_all += d
                    if code not in zone_ratio:
                        zone_ratio[code] = (n / d * indicator.scale) if d > 0 else None
                values[indicator.id] = zone_ratio
                self._ratio_sums[indicator.id] = (None if any_secret else num_all, den_all, excluded)
                totals[indicator.id] = None
            else:
                values[indicator.id] = {code: plan.aggregate_items(v, indicator.aggregate)
                                        for code, v in by_zone.items()}
                every = [v for items in by_zone.values() for v in items]
                totals[indicator.id] = plan.territory_aggregate(values[indicator.id], every, indicator.aggregate)
        kept = []
        for ind in indicators:
            if ind.id not in values:
                continue
            if all(v is None for v in values[ind.id].values()) and totals.get(ind.id) is None:
                # a column of dashes tells the reader nothing: left out, said in the log
                feedback.pushInfo(self.tr("Key figure “{}” left out: no zone has a value (e.g. no population "
                                          "data for the reach).").format(
                    ind.label_fr if publishing.ui_language() == "fr" and ind.label_fr else ind.label))
                continue
            kept.append(ind)
        indicators[:] = kept
        return values, totals

    # ---- pages -------------------------------------------------------------------------------
    def _frame(self, project, common, page_number, title, subtitle, sources, privacy):
        layout = al.load_template(project, common["paper"])
        lang = common["lang"]
        al.set_text(layout, "title", title)
        al.set_text(layout, "subtitle", subtitle)
        al.set_text(layout, "sources", sources)
        al.set_text(layout, "privacy", privacy)
        al.set_text(layout, "date", plan.text("printed_on", lang).format(common["today"]))
        al.set_text(layout, "page", plan.text("page", lang).format(page_number, common["total"]))
        al.set_logo(layout, common["logo"])
        return layout

    @staticmethod
    def _legend_title(common, name: str, theme, lang: str) -> str:
        """The schema's legend template (or that of the theme's style for the layer) filled with the layer's
        metadata — never a table name."""
        return legend_title(common["entries"], name, theme, lang)

    @staticmethod
    def _byline(common) -> str:
        return " · ".join(x for x in (common["siae"], common["territory"]) if x)

    def _cover(self, project, common, themes, n_zones, key_pages):
        lang = common["lang"]
        layout = self._frame(project, common, 1, plan.text("cover_kicker", lang), self._byline(common),
                             plan.text("made_with", lang), plan.text("cover_privacy", lang))
        map_box = al.item_box(layout, "map")
        al.remove_items(layout, al.MAP_ITEMS)
        x, y, w, _h = map_box
        s = al.page_size(layout)[0] / 297.0
        al.label(layout, (x, y + 22 * s, w * 0.62, 28 * s), common["title"], 30 * s, bold=True,
                 valign=al.Qt.AlignmentFlag.AlignBottom)
        lines = [v for v in (common["siae"], common["territory"]) if v]
        al.label(layout, (x, y + 52 * s, w * 0.62, 22 * s), "\n".join(lines), 15 * s, color=al.ACCENT)
        al.label(layout, (x, y + 78 * s, w * 0.62, 8 * s), common["today"], 11 * s, color=al.MUTED)
        # contents
        cx = x + w * 0.66
        cw = al.page_size(layout)[0] - cx - 12 * s
        al.label(layout, (cx, y + 22 * s, cw, 8 * s), plan.text("contents", lang), 13 * s, bold=True)
        rows = plan.contents(themes, n_zones, lang, key_pages,
                             {t.id: theme_title(common["entries"], t, lang) for t in themes})
        top = y + 33 * s
        # the contents fit above the footer: rows closer and smaller when the atlas has many themes
        footer = al.item_box(layout, "sources")[1] if layout.itemById("sources") is not None else y + 150 * s
        step = min(7.5 * s, (footer - 4 * s - top) / max(len(rows), 1))
        size = min(10.0, step / s * 10.0 / 7.5) * s
        for label, pages in rows:
            al.label(layout, (cx, top, cw * 0.7, step * 0.85), label, size)
            al.label(layout, (cx + cw * 0.7, top, cw * 0.3, step * 0.85), pages, size, color=al.MUTED,
                     align=al.Qt.AlignmentFlag.AlignRight)
            top += step
        return layout

    def _key_page(self, project, common, indicators, zone_values, totals, chunk, page_number, last):
        lang = common["lang"]
        subtitle = " · ".join(x for x in (plan.text("key_figures_sub", lang), self._byline(common)) if x)
        layout = self._frame(project, common, page_number, plan.text("key_figures", lang), subtitle,
                             plan.text("key_sources", lang, k=common["k"]),
                             plan.privacy_footer([schema.AGGREGATE], common["k"], lang))
        x, y, _w, _h = al.item_box(layout, "map")
        panel = al.item_box(layout, "panel")
        al.remove_items(layout, al.MAP_ITEMS)
        s = al.page_size(layout)[0] / 297.0
        width = panel[0] + panel[2] - x
        if not indicators:
            al.label(layout, (x, y + 10 * s, width, 10 * s), plan.text("no_indicator", lang), 11 * s,
                     color=al.MUTED)
            return layout
        headers = [plan.text("zone", lang)] + [ind.header(lang) for ind in indicators]
        rows = plan.key_figures_rows(indicators, zone_values, totals, [(c, n) for c, n, _f in chunk], lang,
                                     common["k"])
        if not last:
            rows = rows[:-1]
        al.key_figures_table(layout, (x, y + 4 * s, width, 150 * s), headers, rows, s, last_is_total=last)
        marks = {plan.text("no_data_cell", lang), plan.text("off_network_cell", lang)}
        if any(cell in marks for row in rows for cell in row[1:]):  # say what « n.d. » and « h.r. » mean
            bottom = y + _h
            note = al.label(layout, (x, bottom - 9 * s, width, 8 * s), "", 7.5 * s, color=al.MUTED,
                            valign=al.Qt.AlignmentFlag.AlignBottom)
            al.fit_text(note, plan.text("key_no_data", lang), max_lines=2)
        return layout

    def _table_page(self, book, project, common, theme, gpkg, page_number):
        """A page holding a table of a layer (scenarios, trades, buyers), its texts generated like a map's."""
        lang = common["lang"]
        source = theme.table.get("layer") or theme.layers[0]
        entry = common["entries"].get(source, {})
        headers, rows = plan.table_rows(theme.table, diagnostic.records(gpkg, source), lang)
        headers = [schema.fill(h, entry.get("metadata", {}), lang) or h.split("{")[0].strip() for h in headers]
        drawn = {diagnostic.privacy_of(gpkg, name, None, common["entries"]) for name in theme.layers}
        subtitle = " · ".join(x for x in (theme_caption(common["entries"], theme, lang), self._byline(common)) if x)
        footer = plan.privacy_footer(drawn, common["k"], lang)
        layout = self._frame(project, common, page_number + 1, theme_title(common["entries"], theme, lang), subtitle,
                             theme_sources(common["entries"], theme, lang), footer)
        x, y, _w, _h = al.item_box(layout, "map")
        panel = al.item_box(layout, "panel")
        al.remove_items(layout, al.MAP_ITEMS)
        s = al.page_size(layout)[0] / 297.0
        width = panel[0] + panel[2] - x
        if not rows:
            al.label(layout, (x, y + 10 * s, width, 10 * s), plan.text("no_data_table", lang), 11 * s, color=al.MUTED)
        else:
            aligns, widths = plan.table_layout(theme.table, headers, rows)
            al.key_figures_table(layout, (x, y + 4 * s, width, 150 * s), headers, rows, s, last_is_total=False,
                                 aligns=aligns, widths=widths)
        book.add(layout)
        return page_number + 1

    def _theme_pages(self, book, project, common, theme, gpkg, contents, zones, name_field, page_number,
                     feedback):
        lang = common["lang"]
        if theme.table:
            return self._table_page(book, project, common, theme, gpkg, page_number)
        layers = []
        for name in theme.layers:
            layer = al.load_layer(gpkg, name, theme.styles.get(name), lang, common["entries"])
            if not layer.isValid():
                raise QgsProcessingException(
                    self.tr("Theme “{}”: the layer “{}” of the GeoPackage cannot be read.").format(theme.id, name))
            layer = al.clipped_copy(layer, common["clip"], zones.crs())
            project.addMapLayer(layer, False)
            layers.append(layer)
        by_name = dict(zip(theme.layers, layers))
        legend = []
        for name in theme.legend:
            if name in by_name:
                legend.append((by_name[name], self._legend_title(common, name, theme, lang)))
        drawn = {diagnostic.privacy_of(gpkg, name, contents.get(name), common["entries"]) for name in theme.layers}
        privacy = plan.privacy_footer(drawn, common["k"], lang)
        subtitle = " · ".join(x for x in (theme_caption(common["entries"], theme, lang), self._byline(common)) if x)
        layout = self._frame(project, common, page_number + 1, theme_title(common["entries"], theme, lang), subtitle,
                             theme_sources(common["entries"], theme, lang), privacy)
        al.set_legend(layout, legend, plan.text("legend", lang))
        metas = [common["entries"].get(name, {}).get("metadata", {}) for name in theme.layers]
        zone_values = any("coverage" in by_name[name].fields().names() for name in theme.legend if name in by_name)
        al.panel_note(layout, plan.page_note(metas, lang, common["k"], zone_values))

        if not theme.per_zone:
            extent = zones.extent()
            focus = by_name.get(theme.extent)
            if focus is not None and not focus.extent().isEmpty():  # e.g. a walking isochrone: zoom on it
                transform = QgsCoordinateTransform(focus.crs(), zones.crs(), project.transformContext())
                extent = transform.transformBoundingBox(focus.extent())
            al.setup_map(layout, [common["outside"]] + layers, zones.crs(), extent, None)
            al.fit_scalebar(layout, lang)
            page_number += 1
            book.add(layout)
            return page_number

        overlay = al.zone_overlay(zones)
        project.addMapLayer(overlay, False)
        al.setup_map(layout, [overlay, common["outside"]] + layers, zones.crs(), None, 0.12)
        atlas = layout.atlas()
        atlas.setCoverageLayer(zones)
        atlas.setEnabled(True)
        atlas.setHideCoverage(False)
        if name_field:
            atlas.setPageNameExpression(f'"{name_field}"')
            atlas.setSortFeatures(True)
            atlas.setSortAscending(True)
            # the key figures' order (accents and case aside: Bénouville before Bretteville), by feature id
            atlas.setSortExpression("array_find(array({}), $id)".format(",".join(map(str, common["zone_order"]))))
        main = by_name.get(theme.legend[0]) if theme.legend else None
        data_index = QgsSpatialIndex(main.getFeatures(QgsFeatureRequest().setNoAttributes().setDestinationCrs(
            zones.crs(), project.transformContext())), None, QgsSpatialIndex.Flag.FlagStoreFeatureGeometries) \
            if main is not None else None
        box = al.item_box(layout, "map")
        s = al.page_size(layout)[0] / 297.0
        no_data = al.label(layout, (box[0] + 10 * s, box[1] + box[3] / 2 - 6 * s, box[2] - 20 * s, 12 * s),
                           plan.text("no_data_zone", lang), 16 * s, color=al.MUTED,
                           align=al.Qt.AlignmentFlag.AlignHCenter, valign=al.Qt.AlignmentFlag.AlignVCenter)
        if not atlas.beginRender():
            raise QgsProcessingException(self.tr("The atlas over “{}” could not start.").format(zones.name()))
        try:
            for i in range(atlas.count()):
                if feedback.isCanceled():
                    break
                atlas.seekTo(i)
                page_number += 1
                zone_name = atlas.nameForPage(i) if name_field else str(i + 1)
                zone_geometry = atlas.layout().reportContext().feature().geometry()
                empty = data_index is not None and not any(
                    data_index.geometry(fid).intersects(zone_geometry)
                    for fid in data_index.intersects(zone_geometry.boundingBox()))
                no_data.setVisibility(bool(empty))  # a commune without data says so, not an empty map
                al.set_text(layout, "title", "{} — {}".format(theme_title(common["entries"], theme, lang), zone_name))
                al.set_text(layout, "page", plan.text("page", lang).format(page_number, common["total"]))
                al.fit_scalebar(layout, lang)
                book.add(layout)
                feedback.setProgress(int(100 * page_number / common["total"]))
        finally:
            atlas.endRender()
        return page_number


# ---- texts generated from the run ---------------------------------------------------------------------------
def _spec_and_meta(entries: dict, name: str):
    entry = entries.get(name, {})
    return schema.find(entry.get("schema_table") or name), entry.get("metadata", {}), entry.get("privacy", "")


def legend_title(entries: dict, name: str, theme, lang: str) -> str:
    spec, meta, _privacy = _spec_and_meta(entries, name)
    style = theme.styles.get(name) if theme is not None else None
    if style in schema.STYLE_TEXTS:
        return schema.fill(schema.STYLE_TEXTS[style][3 if lang == "fr" else 2], meta, lang)
    if spec is not None:
        return schema.fill(spec.legend(lang), meta, lang) or spec.name(lang)
    return (theme.legend_title(name, lang) if theme is not None else "") or name


def theme_title(entries: dict, theme, lang: str) -> str:
    """The theme's title, its {placeholders} filled from its first legend layer's metadata."""
    title = theme.label(lang)
    if "{" not in title:
        return title
    _spec, meta, _privacy = _spec_and_meta(entries, theme.legend[0] if theme.legend else theme.layers[0])
    return schema.fill(title, meta, lang) or title.split("{")[0].strip()


def theme_caption(entries: dict, theme, lang: str) -> str:
    """The page's subtitle: the captions of the theme's legend layers, filled from their metadata (what was
    computed, with which settings), in `lang`; the theme's own subtitle only when no layer has a caption."""
    parts = []
    for name in theme.legend:
        spec, meta, _privacy = _spec_and_meta(entries, name)
        style = theme.styles.get(name)
        if style in schema.STYLE_TEXTS:
            template = schema.STYLE_TEXTS[style][1 if lang == "fr" else 0]
        else:
            template = spec.caption(lang) if spec is not None else ""
        text = schema.fill(template, meta, lang)
        if text:
            parts.append(text)
    if not parts:
        return theme.sub(lang)
    text = (" ; " if lang == "fr" else "; ").join(parts)
    return text[0].upper() + text[1:]


def theme_sources(entries: dict, theme, lang: str) -> str:
    """« Sources : … » of a page: the sources recorded by the algorithms that wrote its layers, the SIAE's
    files when a layer is built from them, and the computation."""
    items = []
    for name in theme.layers:
        spec, meta, privacy = _spec_and_meta(entries, name)
        for source in str(meta.get("sources") or "").replace(";", "|").split("|"):
            if source.strip():
                items.append(source.strip())
        if privacy == schema.AGGREGATE:
            items.append(plan.text("siae_files_aggregated", lang))
    items.append(plan.text("coodiag_computation", lang))
    unique = list(dict.fromkeys(items))
    return plan.text("sources_prefix", lang) + (" ; " if lang == "fr" else "; ").join(unique)


# ---- the atlas as layouts of the project ---------------------------------------------------------------------
LAYOUT_PREFIX = "Coodiag — "


def add_project_layouts(project, gpkg, lang: str, siae: str = "", territory: str = "", paper: str = "a4") -> list:
    """Add to `project`'s Layout Manager one print layout per atlas theme, drawing the project's own layers of
    the diagnostic (so the cartographer can edit them before printing); per-zone themes are atlases driven by
    the communes layer of the project. Layouts of an earlier run (same names) are replaced. Main thread only.
    Returns the names of the layouts added."""
    from qgis.core import QgsProject

    project = project or QgsProject.instance()
    gpkg = Path(gpkg)
    contents = al.gpkg_layers(gpkg)
    entries = diagnostic.registry(gpkg)
    by_table = {}
    for layer in project.mapLayers().values():
        source = layer.source()
        if "|layername=" in source and Path(source.split("|")[0]).resolve() == gpkg.resolve():
            by_table[source.split("|layername=")[1].split("|")[0]] = layer
    zones = by_table.get("communes")
    if zones is None:
        return []
    themes = plan.load_themes(paths.RESOURCES / "atlas" / "themes")
    selected, _skipped = plan.select_themes(themes, [], [t for t in contents if t in by_table])
    alg = ExportAtlasAlgorithm()
    common = {"lang": lang, "title": plan.text("default_title", lang), "siae": siae, "territory": territory,
              "logo": str(paths.icon("coodiag.svg")), "today": plan.format_date(_dt.date.today(), lang),
              "total": len(selected), "paper": paper, "entries": entries, "k": atlas_threshold(entries)}
    manager = project.layoutManager()
    names = []
    for number, theme in enumerate(selected, start=1):
        if any(diagnostic.privacy_of(gpkg, name, contents.get(name), entries) == schema.INDIVIDUAL
               for name in theme.layers):
            continue
        layers = [by_table[name] for name in theme.layers]
        legend = [(by_table[name], alg._legend_title(common, name, theme, lang)) for name in theme.legend
                  if name in by_table]
        subtitle = " · ".join(x for x in (theme_caption(entries, theme, lang), alg._byline(common)) if x)
        drawn = {diagnostic.privacy_of(gpkg, name, contents.get(name), entries) for name in theme.layers}
        privacy = plan.privacy_footer(drawn, common["k"], lang)
        layout = alg._frame(project, common, number, theme_title(entries, theme, lang), subtitle,
                            theme_sources(entries, theme, lang), privacy)
        al.set_legend(layout, legend, plan.text("legend", lang))
        zone_values = any("coverage" in by_table[name].fields().names() for name in theme.legend
                          if name in by_table)
        al.panel_note(layout, plan.page_note([entries.get(name, {}).get("metadata", {}) for name in theme.layers],
                                             lang, common["k"], zone_values))
        if theme.per_zone:
            al.setup_map(layout, layers, zones.crs(), None, 0.12)
            atlas = layout.atlas()
            atlas.setCoverageLayer(zones)
            atlas.setEnabled(True)
            atlas.setHideCoverage(False)
        else:
            al.setup_map(layout, layers, zones.crs(), zones.extent(), None)
        al.fit_scalebar(layout, lang)
        name = LAYOUT_PREFIX + theme_title(entries, theme, lang)
        old = manager.layoutByName(name)
        if old is not None:
            manager.removeLayout(old)
        layout.setName(name)
        manager.addLayout(layout)
        names.append(name)
    return names


def atlas_threshold(entries: dict) -> int:
    """k for the atlas: the Coodiag setting, or the highest threshold recorded in the layers' metadata."""
    values = [publishing.threshold()]
    for entry in (entries or {}).values():
        try:
            values.append(int((entry.get("metadata") or {}).get("threshold") or 0))
        except (TypeError, ValueError):
            continue
    return max(values)
