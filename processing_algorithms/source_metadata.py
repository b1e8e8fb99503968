"""Source and vintage of public-data outputs, written into the loaded layer's metadata.

Every public-data algorithm (coodiag:loadfilosofi, loadcensus, territory, tagzones) returns a ``SOURCES``
text such as "Insee, Filosofi 2019" and, when Processing loads the output, writes it into the layer's
QgsLayerMetadata (title, abstract, rights, keywords), its abstract and the custom property
``coodiag/sources`` — so that layouts can print "Sources : Insee, Filosofi 2019" with the expression
``'Sources : ' || layer_property(@layer, 'abstract')`` or from the custom property.
"""
from __future__ import annotations

from .postprocessors import SOURCES_PROPERTY, VINTAGE_PROPERTY, apply_metadata  # noqa: F401 (re-exported)
from .postprocessors import publish as _publish


def publish(context, dest_id: str, *, title: str, sources: str, abstract: str, style: str | None = None,
            licence: str = "", vintage=None, layer_name: str | None = None, recompute: bool = False) -> None:
    """Give output ``dest_id`` its source metadata: at once on a temporary (memory) layer owned by the
    context, and (style with quantile classes recomputed when `recompute`, metadata) when Processing loads it."""
    _publish(context, dest_id, style=style, layer_name=layer_name, quantiles=recompute, title=title,
             abstract=abstract, sources=sources, licence=licence, vintage=vintage)
