"""Print-layout helpers of coodiag:exportatlas (main thread only: layouts are not thread safe).

Templates come from resources/layouts/atlas_<paper>_landscape.qpt (built by scripts/make_layouts.py); the
item ids title, subtitle, map, legend, scalebar, north, sources, privacy, logo, date, page are a contract
with that script. Pages of several layouts are rendered one after the other into a single QPdfWriter
through QgsLayoutExporter.renderPage, so the atlas is one PDF whose texts stay text.
"""
from __future__ import annotations

import math
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsBasicNumericFormat,
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayerTreeLayer,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMapLayerLegendUtils,
    QgsPrintLayout,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsScaleBarSettings,
    QgsSingleSymbolRenderer,
    QgsTableCell,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QMarginsF, QSizeF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QPageSize, QPainter, QPdfWriter
from qgis.PyQt.QtXml import QDomDocument

from . import diagnostic, schema, styling
from .analysis.atlas_plan import typeset
from ..coodiag_plugin.toolbelt import paths

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
PAPERS = ("a4", "a3")
INK = QColor("#1d2b3a")
MUTED = QColor("#5b6775")
ACCENT = QColor("#2a6f97")
ZEBRA = QColor("#eef2f6")
MAP_ITEMS = ("map", "legend", "scalebar", "north", "panel")


# ---- GeoPackage layers --------------------------------------------------------------------------------------
def gpkg_layers(path: Path) -> dict:
    """{table: diagnostic.TableInfo} of the diagnostic GeoPackage."""
    return diagnostic.tables(path)


def load_layer(gpkg: Path, name: str, style: str | None = None, lang: str = "en",
               entries: dict | None = None) -> QgsVectorLayer:
    """A layer of the diagnostic with the schema's default style in the atlas language (the same styling path
    as the map and the GeoPackage: styling.style_layer), or `style` when a theme asks for another one."""
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    if not layer.isValid():
        return layer
    no_simplify(layer)
    entries = diagnostic.registry(gpkg) if entries is None else entries
    entry = entries.get(name, {})
    spec = schema.find(entry.get("schema_table") or name)
    style_id = style or (spec.style if spec is not None else "")
    if style_id:
        styling.style_layer(layer, style_id, entry.get("metadata", {}), lang)
    elif diagnostic.has_default_style(gpkg, name):
        layer.loadDefaultStyle()
    return layer


# ---- layouts ---------------------------------------------------------------------------------------
def load_template(project, paper: str) -> QgsPrintLayout:
    path = paths.layout(f"atlas_{paper}_landscape")
    document = QDomDocument()
    if not document.setContent(path.read_text(encoding="utf-8")):
        raise OSError(f"cannot read the layout template {path}")
    layout = QgsPrintLayout(project)
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise OSError(f"cannot load the layout template {path}")
    layout.renderContext().setTextRenderFormat(Qgis.TextRenderFormat.AlwaysText)
    disable_ligatures(layout)
    north = layout.itemById("north")
    if north is not None and not north.picturePath():
        north.setPicturePath(str(paths.icon("north_arrow.svg")), QgsLayoutItemPicture.Format.FormatSVG)
    return layout


def plain(font: QFont) -> QFont:
    """The font without shaping: no “ﬁ”/“ﬀ” ligatures, so that the PDF text reads back as typed
    (pdftotext, search, copy-paste, screen readers)."""
    font = QFont(font)
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    return font


def _plain_format(fmt: QgsTextFormat) -> QgsTextFormat:
    fmt = QgsTextFormat(fmt)
    fmt.setFont(plain(fmt.font()))
    return fmt


def disable_ligatures(layout) -> None:
    for item in layout.items():
        if isinstance(item, QgsLayoutItemLabel):
            if hasattr(item, "textFormat"):  # QGIS ≥ 3.24
                item.setTextFormat(_plain_format(item.textFormat()))
            else:
                item.setFont(plain(item.font()))
        elif isinstance(item, QgsLayoutItemLegend):
            for style in (QgsLegendStyle.Style.Title, QgsLegendStyle.Style.Group,
                          QgsLegendStyle.Style.Subgroup, QgsLegendStyle.Style.SymbolLabel):
                legend_style = item.rstyle(style)
                if hasattr(legend_style, "textFormat"):
                    legend_style.setTextFormat(_plain_format(legend_style.textFormat()))
                legend_style.setFont(plain(legend_style.font()))
        elif isinstance(item, QgsLayoutItemScaleBar):
            item.setTextFormat(_plain_format(item.textFormat()))


def fit_scalebar(layout, lang: str) -> None:
    """Two round segments (1, 2 or 5 × 10ⁿ m, in m or km) about a fifth of the map width; decimal comma
    in French."""
    bar = layout.itemById("scalebar")
    map_item = layout.itemById("map")
    if not isinstance(bar, QgsLayoutItemScaleBar) or not isinstance(map_item, QgsLayoutItemMap):
        return
    extent = map_item.extent()
    width_mm = map_item.rect().width()
    if extent.isEmpty() or width_mm <= 0:
        return
    target = extent.width() * 0.11  # metres per segment
    magnitude = 10 ** math.floor(math.log10(target))
    segment = max(m * magnitude for m in (1, 2, 2.5, 5) if m * magnitude <= target)
    if segment >= 1000:
        bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
        bar.setUnitLabel("km")
        bar.setUnitsPerSegment(segment / 1000)
    else:
        bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceMeters)
        bar.setUnitLabel("m")
        bar.setUnitsPerSegment(segment)
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFixed)
    bar.setNumberOfSegments(2)
    bar.setNumberOfSegmentsLeft(0)
    number_format = QgsBasicNumericFormat()
    number_format.setShowTrailingZeros(False)
    number_format.setNumberDecimalPlaces(2)
    if lang == "fr":
        number_format.setDecimalSeparator(",")
        number_format.setThousandsSeparator("\u202f")
    bar.setNumericFormat(number_format)
    bar.update()


def page_size(layout: QgsPrintLayout) -> tuple:
    size = layout.pageCollection().page(0).pageSize()
    return size.width(), size.height()


def set_text(layout, item_id: str, value: str) -> None:
    item = layout.itemById(item_id)
    if not isinstance(item, QgsLayoutItemLabel):
        return
    if item_id == "title":
        fit_text(item, value, max_lines=1)
    elif item_id == "subtitle":
        fit_text(item, value, max_lines=2)
    elif item_id in ("sources", "privacy"):  # footers: smaller, on two lines if need be, never over the date
        fit_text(item, value, max_lines=2, min_scale=0.72)
    else:
        item.setText(value)


PT_MM = 25.4 / 72.0
LINE_SPACING = 1.22  # line height / font size of the labels (Qt's default leading, measured)


def _label_font(item) -> QFont:
    return QFont(item.textFormat().font()) if hasattr(item, "textFormat") else QFont(item.font())


def _label_size(item) -> float:
    if hasattr(item, "textFormat"):
        return item.textFormat().size()
    return item.font().pointSizeF()


def _set_label_size(item, size: float) -> None:
    if hasattr(item, "textFormat"):  # QGIS ≥ 3.24
        fmt = item.textFormat()
        fmt.setSize(size)
        item.setTextFormat(fmt)
    else:
        font = item.font()
        font.setPointSizeF(size)
        item.setFont(font)


def text_width_mm(text: str, font: QFont, size_pt: float) -> float:
    """Width of `text` in millimetres at `size_pt` (measured at a large size, scaled: exact for outline fonts)."""
    from qgis.PyQt.QtGui import QFontInfo, QFontMetricsF

    probe = QFont(font)
    probe.setPointSizeF(100.0)
    metrics = QFontMetricsF(probe)
    em = QFontInfo(probe).pixelSize() or metrics.height()
    advance = metrics.horizontalAdvance(text) if hasattr(metrics, "horizontalAdvance") else metrics.width(text)
    return advance / em * size_pt * PT_MM


def wrap_words(text: str, font: QFont, size_pt: float, width_mm: float) -> list:
    lines, current = [], ""
    for word in text.split():
        attempt = (current + " " + word).strip()
        if current and text_width_mm(attempt, font, size_pt) > width_mm:
            lines.append(current)
            current = word
        else:
            current = attempt
    if current:
        lines.append(current)
    return lines


def fit_text(item, value: str, max_lines: int = 1, min_scale: float = 0.62) -> None:
    """Set a label's text so that it fits its box: same size when it fits, else a smaller size (down to
    `min_scale` of the template's) over at most `max_lines` lines; never clipped (the last resort shortens the
    last line with an ellipsis)."""
    value = typeset(value)
    base = item.property("coodiag_base_size") or _label_size(item)
    item.setProperty("coodiag_base_size", base)
    font = _label_font(item)
    width, height = item.rect().width(), item.rect().height()
    lines = [value]
    size = base
    steps = 12
    for i in range(steps + 1):
        size = base * (1.0 - (1.0 - min_scale) * i / steps)
        lines = wrap_words(value, font, size, width * 0.985)
        if len(lines) <= max_lines and len(lines) * size * PT_MM * LINE_SPACING <= height + 0.01:
            break
    if len(lines) > max_lines:
        kept = lines[:max_lines]
        last = kept[-1]
        while last and text_width_mm(last + " …", font, size) > width * 0.985:
            last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
        kept[-1] = last + " …"
        lines = kept
    _set_label_size(item, size)
    item.setText("\n".join(lines))


def set_logo(layout, logo: str) -> None:
    item = layout.itemById("logo")
    if item is None:
        return
    if logo and Path(logo).exists():
        fmt = (QgsLayoutItemPicture.Format.FormatSVG if logo.lower().endswith(".svg")
               else QgsLayoutItemPicture.Format.FormatRaster)
        item.setPicturePath(logo, fmt)
    else:
        item.setVisibility(False)


def remove_items(layout, ids) -> None:
    for item_id in ids:
        item = layout.itemById(item_id)
        if item is not None:
            layout.removeLayoutItem(item)


def label(layout, box, value, size, color=INK, bold=False, italic=False, align=Qt.AlignmentFlag.AlignLeft,
          valign=Qt.AlignmentFlag.AlignTop):
    """A new text label in a box (x, y, w, h) in millimetres."""
    item = QgsLayoutItemLabel(layout)
    item.setText(typeset(value))
    font = QFont("Arial")
    font.setPointSizeF(size)
    font.setBold(bold)
    font.setItalic(italic)
    font = plain(font)
    if hasattr(item, "setTextFormat"):  # QGIS ≥ 3.24
        fmt = QgsTextFormat.fromQFont(font)
        fmt.setSize(size)
        fmt.setColor(color)
        item.setTextFormat(fmt)
    else:
        item.setFont(font)
        item.setFontColor(color)
    item.setHAlign(align)
    item.setVAlign(valign)
    item.setMarginX(0)
    item.setMarginY(0)
    layout.addLayoutItem(item)
    place(item, box)
    return item


def place(item, box) -> None:
    x, y, w, h = box
    item.attemptResize(QgsLayoutSize(w, h, MM))  # size first (see scripts/make_layouts.py)
    item.attemptMove(QgsLayoutPoint(x, y, MM))


def item_box(layout, item_id: str) -> tuple:
    item = layout.itemById(item_id)
    rect = item.sceneBoundingRect() if item is not None else None
    if rect is None:
        return 0, 0, 0, 0
    position, size = item.positionWithUnits(), item.sizeWithUnits()
    return position.x(), position.y(), size.width(), size.height()


def key_figures_table(layout, box, headers: list, rows: list, scale: float = 1.0, last_is_total: bool = True,
                      aligns: list | None = None, widths: list | None = None):
    """A manual table (text, not an image) in a frame at box; first column left, numbers right."""
    table = QgsLayoutItemManualTable.create(layout)
    layout.addMultiFrame(table)
    left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
    aligns = [left if (a == "left" if aligns else i == 0) else right
              for i, a in enumerate(aligns or ["left"] + ["right"] * (len(headers) - 1))]
    columns = []
    for i, title in enumerate(headers):
        column = QgsLayoutTableColumn(typeset(title))
        column.setHAlignment(aligns[i])
        columns.append(column)
    table.setHeaders(columns)
    table.setIncludeTableHeader(True)
    body = []
    last = len(rows) - 1
    for r, row in enumerate(rows):
        cells = []
        for c, value in enumerate(row):
            cell = QgsTableCell(typeset(value) if isinstance(value, str) else value)
            cell.setHorizontalAlignment(aligns[c])
            if r == last and last_is_total:  # the whole-territory row
                fmt = _format(8.5 * scale, INK, bold=True)
                cell.setTextFormat(fmt)
                cell.setBackgroundColor(QColor("#dbe5ee"))
            elif r % 2:
                cell.setBackgroundColor(ZEBRA)
            cells.append(cell)
        body.append(cells)
    table.setTableContents(body)
    table.setHeaderTextFormat(_format(8.5 * scale, QColor("#ffffff"), bold=True))
    table.setContentTextFormat(_format(8.5 * scale, INK))
    table.setHeaderHAlignment(table.HeaderHAlignment.FollowColumn)
    table.setCellMargin(1.6 * scale)
    table.setGridStrokeWidth(0.15)
    table.setGridColor(QColor("#c9d3dc"))
    table.setHorizontalGrid(True)
    table.setVerticalGrid(False)
    table.setBackgroundColor(QColor("#ffffff"))
    from qgis.core import QgsLayoutTable, QgsLayoutTableStyle

    header_style = QgsLayoutTableStyle()
    header_style.enabled = True
    header_style.cellBackgroundColor = ACCENT
    table.setCellStyle(QgsLayoutTable.CellStyleGroup.HeaderRow, header_style)
    table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)  # long headers break over two lines
    if widths:
        total = sum(widths)
        usable = box[2] - 2 * 1.6 * scale * len(headers)
        table.setColumnWidths([usable * w / total for w in widths])
    else:
        first_width = max(40.0, box[2] * 0.20)
        other = (box[2] - first_width) / max(1, len(headers) - 1)
        table.setColumnWidths([first_width] + [other - 2 * 1.6 * scale] * (len(headers) - 1))
    frame = QgsLayoutFrame(layout, table)
    place(frame, box)
    table.addFrame(frame)
    return table


def _format(size, color, bold=False) -> QgsTextFormat:
    font = QFont("Arial")
    font.setPointSizeF(size)
    font.setBold(bold)
    fmt = QgsTextFormat.fromQFont(plain(font))
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    fmt.setColor(color)
    return fmt


def set_legend(layout, entries: list, title: str) -> None:
    """Legend listing exactly `entries` [(layer, title)], in that order."""
    legend = layout.itemById("legend")
    if legend is None:
        return
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    style = legend.rstyle(QgsLegendStyle.Style.Subgroup)
    font = QFont(style.textFormat().font()) if hasattr(style, "textFormat") else QFont(style.font())
    size = style.textFormat().size() if hasattr(style, "textFormat") else font.pointSizeF()
    width = legend.rect().width() * 0.95
    legend.setWrapString(WRAP)
    label_style = legend.rstyle(QgsLegendStyle.Style.SymbolLabel)
    label_font = QFont(label_style.textFormat().font()) if hasattr(label_style, "textFormat") \
        else QFont(label_style.font())
    label_size = label_style.textFormat().size() if hasattr(label_style, "textFormat") else label_font.pointSizeF()
    # beside the symbol: the legend's width less the symbol and the gap after it
    label_width = width - legend.symbolWidth() - label_style.margin(QgsLegendStyle.Side.Left) - 2.0
    model = legend.model()
    for layer, name in entries:
        node = QgsLayerTreeLayer(layer)
        node.setUseLayerName(False)
        node.setName(WRAP.join(wrap_words(name, font, size, width)))  # long titles wrap, never cut
        root.addChildNode(node)
        model.refreshLayerLegend(node)
        changed = False
        for index, legend_node in enumerate(model.layerLegendNodes(node)):  # long class labels wrap too
            text = legend_node.data(Qt.ItemDataRole.DisplayRole) or ""
            if text and text_width_mm(text, label_font, label_size) > label_width:
                QgsMapLayerLegendUtils.setLegendNodeUserLabel(
                    node, index, WRAP.join(wrap_words(text, label_font, label_size, label_width)))
                changed = True
        if changed:
            model.refreshLayerLegend(node)
    legend.setTitle(title)
    legend.updateLegend()


def legend_content_height(legend) -> float:
    """Height (mm) of what the legend draws, whatever its box."""
    return QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize().height()


WRAP = "¶"  # the legend's wrap marker (never in a title of ours)


def panel_note(layout, value: str) -> None:
    """A note in the side panel, under the legend's content and above the north arrow and scale bar: what the
    page cannot show (zones without data, points placed too coarsely). Smaller type when it is long."""
    legend, north = layout.itemById("legend"), layout.itemById("north")
    if not value or legend is None:
        return
    s = page_size(layout)[0] / 297.0
    lx, ly, lw, lh = item_box(layout, "legend")
    top = ly + min(legend_content_height(legend), lh) + 3 * s
    bottom = (item_box(layout, "north")[1] if north is not None else ly + 130 * s) - 3 * s
    if bottom - top < 12 * s:  # a long legend: the note takes the last lines of the panel
        top = bottom - 12 * s
    item = label(layout, (lx, top, lw, bottom - top), "", 7.5 * s, color=MUTED,
                 valign=Qt.AlignmentFlag.AlignBottom)
    item.setId("note")
    lines = max(1, int((bottom - top) / (7.5 * s * PT_MM * LINE_SPACING)))
    fit_text(item, value, max_lines=lines, min_scale=0.8)


def zone_overlay(zones: QgsVectorLayer) -> QgsVectorLayer:
    """The coverage layer drawn on top on per-zone pages: the current zone outlined, the others greyed."""
    overlay = zones.clone()
    overlay.setName("zone")
    root = QgsRuleBasedRenderer.Rule(None)
    others = QgsRuleBasedRenderer.Rule(
        QgsFillSymbol.createSimple({"color": "255,255,255,165", "outline_color": "140,148,156,255",
                                    "outline_width": "0.2", "outline_width_unit": "MM"}),
        0, 0, "$id <> @atlas_featureid", "other zones")
    current = QgsRuleBasedRenderer.Rule(
        QgsFillSymbol.createSimple({"style": "no", "outline_color": "29,43,58,255", "outline_width": "0.8",
                                    "outline_width_unit": "MM", "joinstyle": "round"}),
        0, 0, "$id = @atlas_featureid", "current zone")
    root.appendChild(others)
    root.appendChild(current)
    overlay.setRenderer(QgsRuleBasedRenderer(root))
    overlay.setLabelsEnabled(False)
    return overlay


def outside_mask(zones: QgsVectorLayer) -> QgsVectorLayer:
    """A memory layer veiling everything outside the study territory (data beyond it stays faint)."""
    geometries = [f.geometry() for f in zones.getFeatures() if f.hasGeometry()]
    territory = QgsGeometry.unaryUnion(geometries)
    frame = QgsRectangle(zones.extent())
    frame.scale(4.0)
    veil = QgsGeometry.fromRect(frame).difference(territory)
    layer = QgsVectorLayer(f"MultiPolygon?crs={zones.crs().authid()}", "outside", "memory")
    if not zones.crs().authid():
        layer.setCrs(zones.crs())
    feature = QgsFeature()
    feature.setGeometry(veil)
    layer.dataProvider().addFeatures([feature])
    layer.updateExtents()
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "255,255,255,190", "outline_style": "no"})))
    return layer


def no_simplify(layer) -> None:
    """Print geometries as they are: render-time simplification collapses small holes (the isochrones have
    hundreds) into empty sub-paths, which PDF readers report as "No current point in closepath"."""
    from qgis.core import QgsVectorSimplifyMethod

    method = QgsVectorSimplifyMethod()
    method.setSimplifyHints(QgsVectorSimplifyMethod.SimplifyHint.NoSimplification)
    layer.setSimplifyMethod(method)


def clipped_copy(layer, rect: QgsRectangle, crs):
    """A memory copy of a polygon layer clipped to `rect` (in `crs`), same fields, renderer and name — when the
    layer reaches beyond it. Rings left entirely outside the map otherwise reach the PDF as empty sub-paths,
    which poppler reports as "No current point in closepath"."""
    from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsProject, QgsWkbTypes

    if layer is None or not layer.isSpatial() or layer.geometryType() != QgsWkbTypes.GeometryType.PolygonGeometry:
        return layer
    to_layer = QgsCoordinateTransform(crs, layer.crs(), QgsProject.instance())
    box = to_layer.transformBoundingBox(rect)
    if box.contains(layer.extent()):
        return layer
    copy = QgsVectorLayer("MultiPolygon?crs={}".format(layer.crs().authid()), layer.name(), "memory")
    copy.dataProvider().addAttributes(layer.fields().toList())
    copy.updateFields()
    features = []
    for feature in layer.getFeatures(QgsFeatureRequest().setFilterRect(box)):
        geometry = feature.geometry().clipped(box)
        if geometry.isEmpty():
            continue
        if not geometry.isGeosValid():
            geometry = geometry.makeValid()
        geometry.convertToMultiType()
        out = QgsFeature(copy.fields())
        out.setAttributes(feature.attributes())
        out.setGeometry(geometry)
        features.append(out)
    copy.dataProvider().addFeatures(features)
    copy.setRenderer(layer.renderer().clone())
    copy.setOpacity(layer.opacity())
    no_simplify(copy)
    return copy


def setup_map(layout, layers: list, crs, extent: QgsRectangle | None, atlas_margin: float | None) -> None:
    map_item = layout.itemById("map")
    if not isinstance(map_item, QgsLayoutItemMap):
        return
    map_item.setCrs(crs)
    map_item.setLayers(layers)
    map_item.setKeepLayerSet(True)
    map_item.setKeepLayerStyles(False)
    if atlas_margin is not None:
        map_item.setAtlasDriven(True)
        map_item.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
        map_item.setAtlasMargin(atlas_margin)
    elif extent is not None:
        grown = QgsRectangle(extent)
        grown.scale(1.06)
        map_item.zoomToExtent(grown)


# ---- one PDF from many layouts -----------------------------------------------------------------
class PdfBook:
    """Renders layout pages one after the other into a single PDF (vector, texts kept as text)."""

    def __init__(self, path: str, width_mm: float, height_mm: float, dpi: int = 300, title: str = ""):
        self.writer = QPdfWriter(path)
        self.writer.setResolution(dpi)
        self.writer.setPageSize(QPageSize(QSizeF(width_mm, height_mm), QPageSize.Unit.Millimeter))
        self.writer.setPageMargins(QMarginsF(0, 0, 0, 0))
        self.writer.setTitle(title)
        self.writer.setCreator("Coodiag (QGIS)")
        self.dpi = dpi
        self.painter = None
        self.pages = 0

    def add(self, layout: QgsPrintLayout, page: int = 0) -> None:
        layout.renderContext().setDpi(self.dpi)
        layout.renderContext().setTextRenderFormat(Qgis.TextRenderFormat.AlwaysText)
        if self.painter is None:
            self.painter = QPainter(self.writer)
        else:
            self.writer.newPage()
        QgsLayoutExporter(layout).renderPage(self.painter, page)
        self.pages += 1

    def close(self) -> None:
        if self.painter is not None:
            self.painter.end()
            self.painter = None
