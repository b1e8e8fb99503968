#!/usr/bin/env python3
"""Build the atlas print layout templates (resources/layouts/atlas_a4_landscape.qpt and atlas_a3_landscape.qpt).

The templates are generated, not hand-edited: change this script and run it again

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_layouts.py [--preview DIR]

Item ids are a contract with ``coodiag:exportatlas`` (processing_algorithms/atlas_layout.py), which fills
them: title, subtitle, map, legend, scalebar, north, sources, privacy, logo, date, page (+ header_rule,
footer_rule, panel decorations). Geometry is designed on A4 landscape in millimetres and scaled for A3.
"""
from __future__ import annotations

import argparse
import base64
import sys
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsSimpleFillSymbolLayer,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

ROOT = Path(__file__).resolve().parents[1]
MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
FONT = "Arial"  # resolved to Liberation Sans / DejaVu Sans by fontconfig on Linux
INK = QColor("#1d2b3a")  # titles
MUTED = QColor("#5b6775")  # secondary text
ACCENT = QColor("#2a6f97")  # rules and accents
LINE = QColor("#b8c2cc")  # frames

# (id, x, y, w, h) on A4 landscape, millimetres
A4 = {
    "title": (12, 8, 228, 11),
    "subtitle": (12, 19.2, 228, 8),
    "logo": (250, 7.5, 35, 18),
    "header_rule": (12, 27.5, 273, 0.7),
    "map": (12, 31, 200, 160),
    "panel": (216, 31, 69, 160),
    "legend": (219, 34, 63, 118),
    "north": (220, 168, 11, 18),
    "scalebar": (235, 172, 47, 14),
    "footer_rule": (12, 193.5, 273, 0.3),
    "sources": (12, 195, 200, 4.5),
    "privacy": (12, 199.5, 200, 4.5),
    "date": (216, 195, 69, 4.5),
    "page": (216, 199.5, 69, 4.5),
}
PAGE_SIZES = {"a4": (297.0, 210.0), "a3": (420.0, 297.0)}


def _font(size: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    font.setItalic(italic)
    return font


def _text_format(size: float, color: QColor, bold: bool = False) -> QgsTextFormat:
    fmt = QgsTextFormat()
    fmt.setFont(_font(size, bold))
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    fmt.setColor(color)
    return fmt


def _place(item, box, scale: float) -> None:
    x, y, w, h = box
    # size first: moving a map item that has no size yet corrupts its extent (NaN)
    item.attemptResize(QgsLayoutSize(w * scale, h * scale, MM))
    item.attemptMove(QgsLayoutPoint(x * scale, y * scale, MM))


def _label(layout, item_id, text, size, color, scale, bold=False, italic=False, align=Qt.AlignmentFlag.AlignLeft):
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(text)
    if hasattr(label, "setTextFormat"):  # QGIS ≥ 3.24
        fmt = _text_format(size * scale, color, bold)
        fmt.setFont(_font(size * scale, bold, italic))
        label.setTextFormat(fmt)
    else:
        label.setFont(_font(size * scale, bold, italic))
        label.setFontColor(color)
    label.setHAlign(align)
    label.setVAlign(Qt.AlignmentFlag.AlignVCenter)
    label.setMarginX(0)
    label.setMarginY(0)
    layout.addLayoutItem(label)
    _place(label, A4[item_id], scale)
    return label


def _rectangle(layout, item_id, fill: QColor, stroke: QColor | None, scale: float, stroke_width=0.0):
    shape = QgsLayoutItemShape(layout)
    shape.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
    shape.setId(item_id)
    layer = QgsSimpleFillSymbolLayer()
    layer.setFillColor(fill)
    if stroke is None:
        layer.setStrokeStyle(Qt.PenStyle.NoPen)
    else:
        layer.setStrokeColor(stroke)
        layer.setStrokeWidth(stroke_width)
        layer.setStrokeWidthUnit(QgsUnitTypes.RenderUnit.RenderMillimeters)
    shape.setSymbol(QgsFillSymbol([layer]))
    layout.addLayoutItem(shape)
    _place(shape, A4[item_id], scale)
    return shape


def build_layout(project: QgsProject, paper: str) -> QgsPrintLayout:
    width, height = PAGE_SIZES[paper]
    scale = width / PAGE_SIZES["a4"][0]
    font_scale = 1.0 + (scale - 1.0) * 0.6  # A3 text grows less than the paper

    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(f"Coodiag atlas {paper.upper()} landscape")
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(width, height, MM))
    layout.renderContext().setTextRenderFormat(Qgis.TextRenderFormat.AlwaysText)

    _rectangle(layout, "panel", QColor("#f4f6f8"), None, scale)
    _rectangle(layout, "header_rule", ACCENT, None, scale)
    _rectangle(layout, "footer_rule", LINE, None, scale)

    _label(layout, "title", "Atlas title", 20 * font_scale, INK, 1.0, bold=True)
    _place(layout.itemById("title"), A4["title"], scale)
    _label(layout, "subtitle", "SIAE · territory · date", 11 * font_scale, MUTED, 1.0).setVAlign(
        Qt.AlignmentFlag.AlignTop)
    _place(layout.itemById("subtitle"), A4["subtitle"], scale)

    logo = QgsLayoutItemPicture(layout)
    logo.setId("logo")
    logo.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    logo.setPictureAnchor(QgsLayoutItemPicture.ReferencePoint.Middle)
    logo.setFrameEnabled(False)
    layout.addLayoutItem(logo)
    _place(logo, A4["logo"], scale)

    map_item = QgsLayoutItemMap(layout)
    map_item.setId("map")
    map_item.setFrameEnabled(True)
    map_item.setFrameStrokeColor(LINE)
    map_item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3, MM))
    map_item.setBackgroundColor(QColor("#ffffff"))
    map_item.setCrs(project.crs())
    layout.addLayoutItem(map_item)
    _place(map_item, A4["map"], scale)
    map_item.zoomToExtent(QgsRectangle(1170000, 6100000, 1200000, 6125000))  # placeholder (Lambert-93)

    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setTitle("Legend")
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    legend.setResizeToContents(False)
    legend.setBackgroundEnabled(False)
    legend.setFrameEnabled(False)
    legend.setSymbolWidth(6 * scale)
    legend.setSymbolHeight(3.5 * scale)
    legend.setWrapString("")
    legend.setColumnSpace(2 * scale)
    for style, size, bold in (
        (QgsLegendStyle.Style.Title, 11 * font_scale, True),
        (QgsLegendStyle.Style.Group, 9 * font_scale, True),
        (QgsLegendStyle.Style.Subgroup, 8.5 * font_scale, True),
        (QgsLegendStyle.Style.SymbolLabel, 7.5 * font_scale, False),
    ):
        legend_style = legend.rstyle(style)
        legend_style.setFont(_font(size, bold))
        if hasattr(legend_style, "setTextFormat"):
            legend_style.setTextFormat(_text_format(size, INK, bold))
    legend.rstyle(QgsLegendStyle.Style.Title).setMargin(QgsLegendStyle.Side.Bottom, 3 * scale)
    legend.rstyle(QgsLegendStyle.Style.Subgroup).setMargin(QgsLegendStyle.Side.Top, 3 * scale)
    legend.setFontColor(INK)
    layout.addLayoutItem(legend)
    _place(legend, A4["legend"], scale)

    north = QgsLayoutItemPicture(layout)
    north.setId("north")
    # embedded (base64) so that the template stays self-contained wherever it is copied
    svg = (ROOT / "resources" / "icons" / "north_arrow.svg").read_bytes()
    north.setPicturePath("base64:" + base64.b64encode(svg).decode("ascii"), QgsLayoutItemPicture.Format.FormatSVG)
    north.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    north.setLinkedMap(map_item)
    north.setNorthMode(QgsLayoutItemPicture.NorthMode.GridNorth)
    north.setSvgFillColor(INK)
    north.setSvgStrokeColor(INK)
    layout.addLayoutItem(north)
    _place(north, A4["north"], scale)

    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId("scalebar")
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(map_item)
    scalebar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
    scalebar.setUnitLabel("km")
    scalebar.setNumberOfSegments(2)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth)
    scalebar.setMinimumBarWidth(22 * scale)
    scalebar.setMaximumBarWidth(42 * scale)
    scalebar.setUnitsPerSegment(1)
    scalebar.setHeight(1.8 * scale)
    scalebar.setLabelBarSpace(1.2 * scale)
    scalebar.setBoxContentSpace(0.5 * scale)
    scalebar.setTextFormat(_text_format(7 * font_scale, INK))
    scalebar.setBackgroundEnabled(False)
    layout.addLayoutItem(scalebar)
    _place(scalebar, A4["scalebar"], scale)

    _label(layout, "sources", "Sources : …", 6.5 * font_scale, MUTED, 1.0)
    _place(layout.itemById("sources"), A4["sources"], scale)
    _label(layout, "privacy", "Secret statistique : …", 6.5 * font_scale, MUTED, 1.0, italic=True)
    _place(layout.itemById("privacy"), A4["privacy"], scale)
    _label(layout, "date", "[% format_date(now(), 'dd/MM/yyyy') %]", 6.5 * font_scale, MUTED, 1.0,
           align=Qt.AlignmentFlag.AlignRight)
    _place(layout.itemById("date"), A4["date"], scale)
    _label(layout, "page", "[% @layout_page %]", 6.5 * font_scale, MUTED, 1.0, bold=True,
           align=Qt.AlignmentFlag.AlignRight)
    _place(layout.itemById("page"), A4["page"], scale)
    return layout


# ---- styles used by the atlas themes (styles/<name>.qml, QGIS 3.22 format) ----------------------
POPULATION_CLASSES = [  # inhabitants per 200 m cell; YlOrRd-like, colour-blind safe sequential
    (0, 10, "#ffffcc", "0 – 10"),
    (10, 50, "#fed976", "10 – 50"),
    (50, 100, "#feb24c", "50 – 100"),
    (100, 200, "#fd8d3c", "100 – 200"),
    (200, 400, "#f03b20", "200 – 400"),
    (400, 100000, "#bd0026", "> 400"),
]


def build_styles(folder: Path) -> list:
    """Write styles/communes.qml and styles/filosofi_population.qml; returns the written paths."""
    from qgis.core import (
        QgsGraduatedSymbolRenderer,
        QgsPalLayerSettings,
        QgsRendererRange,
        QgsSingleSymbolRenderer,
        QgsTextBufferSettings,
        QgsVectorLayer,
        QgsVectorLayerSimpleLabeling,
    )

    folder.mkdir(parents=True, exist_ok=True)
    written = []

    cells = QgsVectorLayer("Polygon?crs=EPSG:2154&field=ind:double", "filosofi_200m", "memory")
    renderer = QgsGraduatedSymbolRenderer("ind")
    for low, high, colour, label in POPULATION_CLASSES:
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_style": "no"})
        renderer.addClassRange(QgsRendererRange(low, high, symbol, label))
    cells.setRenderer(renderer)
    written.append(_save_style(cells, folder / "filosofi_population.qml"))

    communes = QgsVectorLayer("MultiPolygon?crs=EPSG:2154&field=NOM:string", "communes", "memory")
    outline = QgsSimpleFillSymbolLayer()
    outline.setFillColor(QColor(0, 0, 0, 0))
    outline.setBrushStyle(Qt.BrushStyle.NoBrush)
    outline.setStrokeColor(QColor("#4a4f55"))
    outline.setStrokeWidth(0.35)
    outline.setStrokeWidthUnit(QgsUnitTypes.RenderUnit.RenderMillimeters)
    communes.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol([outline])))
    settings = QgsPalLayerSettings()
    settings.fieldName = "NOM"
    settings.isExpression = False
    fmt = _text_format(7.5, QColor("#2b2f33"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor(255, 255, 255, 220))
    fmt.setBuffer(buffer)
    settings.setFormat(fmt)
    settings.placement = QgsPalLayerSettings.Placement.OverPoint
    communes.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    communes.setLabelsEnabled(True)
    written.append(_save_style(communes, folder / "communes.qml"))
    return written


def _save_style(layer, path: Path) -> Path:
    message, ok = layer.saveNamedStyle(str(path))
    if not ok:
        raise RuntimeError(f"cannot write {path}: {message}")
    print(f"wrote {path}")
    return path


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "resources" / "layouts")
    parser.add_argument("--styles", type=Path, default=ROOT / "styles")
    parser.add_argument("--preview", type=Path, help="also render each template to PNG in this folder")
    args = parser.parse_args(argv)

    app = QgsApplication([], False)
    app.initQgis()
    project = QgsProject.instance()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
    args.output.mkdir(parents=True, exist_ok=True)
    for paper in ("a4", "a3"):
        layout = build_layout(project, paper)
        path = args.output / f"atlas_{paper}_landscape.qpt"
        if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
            print(f"could not write {path}", file=sys.stderr)
            return 1
        print(f"wrote {path}")
        if args.preview:
            args.preview.mkdir(parents=True, exist_ok=True)
            settings = QgsLayoutExporter.ImageExportSettings()
            settings.dpi = 60
            QgsLayoutExporter(layout).exportToImage(str(args.preview / f"{path.stem}.png"), settings)
    build_styles(args.styles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
