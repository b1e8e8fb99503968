"""Apply a QML style and a readable name once an output layer is loaded (main thread only)."""
from __future__ import annotations

from qgis.core import QgsProcessingLayerPostProcessorInterface

from ..coodiag_plugin.toolbelt import paths


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    _alive: list = []  # QGIS keeps a raw pointer only: keep the Python objects alive

    def __init__(self, style_name: str):
        super().__init__()
        self.style_name = style_name

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        qml = paths.style(self.style_name)
        if layer is None or not qml.exists():
            return
        message, ok = layer.loadNamedStyle(str(qml))
        if not ok:
            feedback.reportError(message)
        layer.triggerRepaint()


def apply_style_on_load(context, dest_id: str, style_name: str, layer_name: str | None = None) -> None:
    """Ask Processing to style the output `dest_id` with styles/<style_name>.qml when it loads it."""
    if not dest_id or not context.willLoadLayerOnCompletion(dest_id):
        return
    details = context.layerToLoadOnCompletionDetails(dest_id)
    if layer_name:
        details.name = layer_name
    if paths.style(style_name).exists():
        processor = StylePostProcessor(style_name)
        StylePostProcessor._alive.append(processor)
        details.setPostProcessor(processor)
