"""What happens to an output once Processing loads it (main thread only): a QML style from styles/ with
its graduated classes recomputed on the data, a readable layer name and the layer's metadata (title,
abstract, sources and vintage, so that maps can print « Sources : … »)."""
from __future__ import annotations

from qgis.core import (
    QgsLayerMetadata,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingUtils,
)

from ..coodiag_plugin.toolbelt import paths

SOURCES_PROPERTY = "coodiag/sources"
VINTAGE_PROPERTY = "coodiag/vintage"


def recompute_graduated(layer, quantiles: bool = False) -> None:
    """A graduated QML stores the class limits of the data it was made on: recompute them for `layer`
    (same number of classes; with `quantiles`, switch the method to quantiles). Never fails a run."""
    renderer = layer.renderer() if layer is not None else None
    if renderer is None or renderer.type() != "graduatedSymbol":
        return
    n = len(renderer.ranges()) or 5
    try:
        if quantiles:
            from qgis.core import QgsClassificationQuantile

            renderer.setClassificationMethod(QgsClassificationQuantile())
        renderer.updateClasses(layer, n)
    except Exception:  # noqa: BLE001 — keep the stored classes when they cannot be recomputed
        return


def apply_metadata(layer, title: str, abstract: str = "", sources: str = "", licence: str = "", vintage=None,
                   keywords: dict | None = None) -> None:
    """Title, abstract, rights and keywords in the layer's QgsLayerMetadata (the Information panel), plus
    the custom properties coodiag/sources and coodiag/vintage read by the atlas."""
    if layer is None:
        return
    metadata = layer.metadata() if hasattr(layer, "metadata") else QgsLayerMetadata()
    metadata.setTitle(title)
    metadata.setAbstract(abstract)
    words = dict(keywords or {})
    if sources:
        metadata.setRights([f"Sources : {sources}" + (f" — {licence}" if licence else "")])
        words["source"] = [sources]
        layer.setCustomProperty(SOURCES_PROPERTY, sources)
    if licence:
        metadata.setLicenses([licence])
    if vintage:
        words["vintage"] = [str(vintage)]
        layer.setCustomProperty(VINTAGE_PROPERTY, str(vintage))
    if words:
        metadata.setKeywords(words)
    layer.setMetadata(metadata)
    if hasattr(layer, "setTitle"):
        layer.setTitle(title)
    if hasattr(layer, "setAbstract"):
        layer.setAbstract(abstract)


class OutputPostProcessor(QgsProcessingLayerPostProcessorInterface):
    _alive: list = []  # QGIS keeps a raw pointer only: keep the Python objects alive

    def __init__(self, style_name: str | None, quantiles: bool = False, metadata: dict | None = None):
        super().__init__()
        self.style_name, self.quantiles, self.metadata = style_name, quantiles, metadata

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if layer is None:
            return
        qml = paths.style(self.style_name) if self.style_name else None
        if qml is not None and qml.exists():
            message, ok = layer.loadNamedStyle(str(qml))
            if not ok and feedback is not None:
                feedback.reportError(message)
            recompute_graduated(layer, self.quantiles)
        if self.metadata:
            apply_metadata(layer, **self.metadata)
        layer.triggerRepaint()


def publish(context, dest_id: str, style: str | None = None, layer_name: str | None = None,
            quantiles: bool = False, **metadata) -> None:
    """Give output `dest_id` its metadata at once when it is a temporary (memory) layer, and its style,
    name and metadata when Processing loads it. `metadata`: title, abstract, sources, licence, vintage,
    keywords (see apply_metadata)."""
    if not dest_id:
        return
    if metadata:
        layer = QgsProcessingUtils.mapLayerFromString(dest_id, context, False)
        if layer is not None and layer.providerType() == "memory":
            apply_metadata(layer, **metadata)
    if not context.willLoadLayerOnCompletion(dest_id):
        return
    details = context.layerToLoadOnCompletionDetails(dest_id)
    if layer_name:
        details.name = layer_name
    processor = OutputPostProcessor(style, quantiles, metadata or None)
    OutputPostProcessor._alive.append(processor)
    details.setPostProcessor(processor)


def apply_style_on_load(context, dest_id: str, style_name: str, layer_name: str | None = None) -> None:
    """Style the output `dest_id` with styles/<style_name>.qml (classes recomputed) when Processing loads it."""
    publish(context, dest_id, style=style_name, layer_name=layer_name)
