"""Source and vintage of public-data outputs, written into the loaded layer's metadata.

Every public-data algorithm (coodiag:loadfilosofi, loadcensus, territory, tagzones) returns a ``SOURCES``
text such as "Insee, Filosofi 2019" and, when Processing loads the output, writes it into the layer's
QgsLayerMetadata (title, abstract, rights, keywords), its abstract and the custom property
``coodiag/sources`` — so that layouts can print "Sources : Insee, Filosofi 2019" with the expression
``'Sources : ' || layer_property(@layer, 'abstract')`` or from the custom property.
"""
from __future__ import annotations

from qgis.core import (
    QgsLayerMetadata,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingUtils,
)

from ..coodiag_plugin.toolbelt import paths

SOURCES_PROPERTY = "coodiag/sources"
VINTAGE_PROPERTY = "coodiag/vintage"


def apply_metadata(layer, title: str, sources: str, abstract: str, licence: str = "", vintage=None) -> None:
    """Write title/abstract/rights/keywords into the layer's metadata and its custom properties."""
    if layer is None:
        return
    metadata = layer.metadata() if hasattr(layer, "metadata") else QgsLayerMetadata()
    metadata.setTitle(title)
    metadata.setAbstract(abstract)
    if licence:
        metadata.setLicenses([licence])
        metadata.setRights([f"Sources : {sources} — {licence}"])
    else:
        metadata.setRights([f"Sources : {sources}"])
    keywords = {"source": [sources]}
    if vintage:
        keywords["vintage"] = [str(vintage)]
    metadata.setKeywords(keywords)
    layer.setMetadata(metadata)
    if hasattr(layer, "setAbstract"):
        layer.setAbstract(abstract)
    if hasattr(layer, "setTitle"):
        layer.setTitle(title)
    layer.setCustomProperty(SOURCES_PROPERTY, sources)
    if vintage:
        layer.setCustomProperty(VINTAGE_PROPERTY, str(vintage))


class SourcePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Style (optional QML; graduated quantile classes recomputed on the layer) + source metadata."""

    _alive: list = []  # noqa: RUF012 — QGIS keeps a raw pointer only: keep the Python objects alive

    def __init__(self, style_name, title, sources, abstract, licence="", vintage=None, recompute=False):
        super().__init__()
        self.style_name = style_name
        self.info = (title, sources, abstract, licence, vintage)
        self.recompute = recompute

    def postProcessLayer(self, layer, context, feedback):
        if layer is None:
            return
        if self.style_name:
            qml = paths.style(self.style_name)
            if qml.exists():
                message, ok = layer.loadNamedStyle(str(qml))
                if not ok and feedback is not None:
                    feedback.reportError(message)
                if self.recompute:
                    _recompute_quantiles(layer)
        apply_metadata(layer, *self.info)
        layer.triggerRepaint()


def _recompute_quantiles(layer) -> None:
    """Quantile classes of a graduated style describe the data it was made on: recompute them here."""
    renderer = layer.renderer()
    if renderer is None or renderer.type() != "graduatedSymbol":
        return
    n = len(renderer.ranges()) or 5
    try:
        from qgis.core import QgsClassificationQuantile

        renderer.setClassificationMethod(QgsClassificationQuantile())
        renderer.updateClasses(layer, n)
    except Exception:  # noqa: BLE001 — keep the stored classes when recomputing is not possible
        return


def publish(context, dest_id: str, *, title: str, sources: str, abstract: str, style: str | None = None,
            licence: str = "", vintage=None, layer_name: str | None = None, recompute: bool = False) -> None:
    """Give output ``dest_id`` its source metadata: at once on a temporary (memory) layer owned by the
    context, and through a post-processor (style + metadata) when Processing loads the output."""
    if not dest_id:
        return
    layer = QgsProcessingUtils.mapLayerFromString(dest_id, context, False)
    if layer is not None and layer.providerType() == "memory":
        apply_metadata(layer, title, sources, abstract, licence, vintage)
    if not context.willLoadLayerOnCompletion(dest_id):
        return
    details = context.layerToLoadOnCompletionDetails(dest_id)
    if layer_name:
        details.name = layer_name
    processor = SourcePostProcessor(style, title, sources, abstract, licence, vintage, recompute)
    SourcePostProcessor._alive.append(processor)
    details.setPostProcessor(processor)
