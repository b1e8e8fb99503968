"""What happens to an output once written: one path for every algorithm, the pipelines and the dock.

``finish(alg, context, feedback, dest_id, table, meta)`` — call it once the sink of ``dest_id`` is closed
(``del sink``). When the output is a table of a GeoPackage it stores there, whoever runs the algorithm
(dialog, dock, pipeline, ``qgis_process``):

- the default style of the schema (``styling.style_layer``; legend labels in the user's language) in
  ``layer_styles``, so a layer dragged from the Browser looks the same as one loaded by Coodiag;
- the readable name (``gpkg_contents.identifier``) and, for individual layers, the personal mark;
- the metadata (algorithm, sources, vintage, threshold, mode, bands, target…) in ``coodiag_layers``.

When Processing will load the output (``context.willLoadLayerOnCompletion``), or when a pipeline asks for it
(``load``), the layer gets its French/English name, its style, its metadata and its place in the layer tree:
one group per question of the method ("1 · Structure et territoire"…), individual layers hidden in the
"personal data" group.

Layer tree and project changes happen in post-processors, which Processing calls in the main thread.
"""
from __future__ import annotations

import json
import os

from qgis.core import (
    QgsLayerMetadata,
    QgsProcessingContext,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
)

from ..coodiag_plugin.toolbelt import i18n, prefs
from . import diagnostic, schema, styling

META_PROPERTY = "coodiag/meta"
TABLE_PROPERTY = "coodiag/table"
SOURCES_PROPERTY = "coodiag/sources"


def ui_language() -> str:
    return "fr" if i18n.user_locale() == "fr" else "en"


def threshold() -> int:
    """The secrecy threshold k: one setting (Coodiag options), read by every algorithm and by the atlas."""
    try:
        return max(1, int(prefs.load().privacy_threshold))  # 1 = no secrecy (tests and development only)
    except (TypeError, ValueError):
        return 11


def gpkg_target(dest_id: str):
    """(GeoPackage path, table) when `dest_id` is a table of a GeoPackage, else None."""
    if not dest_id or not isinstance(dest_id, str):
        return None
    path, _sep, rest = dest_id.partition("|")
    if path.startswith("ogr:"):
        return None
    table = ""
    for part in rest.split("|"):
        if part.startswith("layername="):
            table = part.split("=", 1)[1]
    if not path.lower().endswith(".gpkg") or not diagnostic.is_geopackage(path):
        return None
    if not table:
        names = list(diagnostic.tables(path))
        table = names[0] if len(names) == 1 else ""
    return (path, table) if table else None


def sink_uri(gpkg: str, table: str, geometry: bool = True) -> str:
    """Destination string writing `table` into the GeoPackage `gpkg` (replacing a table of that name)."""
    return "ogr:dbname='{}' table=\"{}\"{}".format(gpkg.replace("'", "''"), table, " (geom)" if geometry else "")


def layer_uri(gpkg: str, table: str) -> str:
    return "{}|layername={}".format(gpkg, table)


def source_text(context, value) -> str:
    """The sources recorded for an input — a Coodiag table of a GeoPackage or a layer that carries them —, ''
    when unknown (so that a derived output can cite its data)."""
    if value is None:
        return ""
    layer = value if hasattr(value, "customProperty") else None
    if layer is None and isinstance(value, str):
        target = gpkg_target(value)
        if target is not None:
            return str(diagnostic.metadata(target[0], target[1]).get("sources") or "")
        try:
            layer = QgsProcessingUtils.mapLayerFromString(value, context, False)
        except Exception:  # noqa: BLE001
            layer = None
    if layer is None:
        if hasattr(value, "source") and hasattr(value.source, "staticValue"):  # QgsProcessingFeatureSourceDefinition
            return source_text(context, value.source.staticValue())
        return ""
    sources = layer.customProperty(SOURCES_PROPERTY, "") or ""
    if not sources and layer.providerType() == "ogr":
        target = gpkg_target(layer.source())  # a Coodiag table opened as a layer; any other file cites nothing
        if target is not None:
            return str(diagnostic.metadata(target[0], target[1]).get("sources") or "")
    return str(sources)


def full_meta(alg, table: str, meta: dict | None, lang: str) -> dict:
    entry = schema.find(table)
    out = {"algorithm": alg.id() if alg is not None else "", "language": lang}
    if entry is not None and entry.privacy != schema.PUBLIC:
        out["threshold"] = threshold()
    out.update({k: v for k, v in (meta or {}).items() if v is not None})
    return out


def caption(table: str, meta: dict, lang: str) -> str:
    entry = schema.find(table)
    return schema.fill(entry.caption(lang), meta, lang) if entry is not None else ""


def finish(alg, context, feedback, dest_id: str, table: str, meta: dict | None = None,
           fingerprint: str = "") -> dict:
    """Style, name and record the output `dest_id` of schema table `table` (see the module docstring).
    `fingerprint`: diagnostic.blobs_fingerprint of what the algorithm has just written, when it has it (else
    the table is read back). Returns the metadata recorded. Never fails the run: problems are reported as
    warnings."""
    if not dest_id:
        return {}
    lang = ui_language()
    meta = full_meta(alg, table, meta, lang)
    entry = schema.find(table)
    target = gpkg_target(dest_id)
    try:
        if target is not None and entry is not None:
            store_in_geopackage(target[0], target[1], entry, meta, lang, fingerprint)
        elif entry is not None:
            layer = QgsProcessingUtils.mapLayerFromString(dest_id, context, False)
            if layer is not None and layer.providerType() == "memory":
                apply_metadata(layer, entry, meta, lang)
    except Exception as exc:  # noqa: BLE001 — the data are written; styling or naming must not fail the run
        if feedback is not None:
            feedback.reportError("{}: {}".format(table, exc))
    if context is not None and context.willLoadLayerOnCompletion(dest_id) and entry is not None:
        details = context.layerToLoadOnCompletionDetails(dest_id)
        details.name = entry.name(lang)
        details.setPostProcessor(LoadPostProcessor.create(entry.table, meta, lang, target is not None))
    return meta


def store_in_geopackage(gpkg: str, name: str, entry: schema.Layer, meta: dict, lang: str,
                        fingerprint: str = "") -> None:
    """Default style, readable name and registry row of table `name` (schema entry `entry`)."""
    if entry.geometry != "none" and entry.style:
        layer = QgsVectorLayer(layer_uri(gpkg, name), name, "ogr")
        if layer.isValid() and styling.style_layer(layer, entry.style, meta, lang):
            diagnostic.delete_styles(gpkg, name)
            layer.saveStyleToDatabase(name, entry.name(lang), True, "")
        del layer
    description = caption(entry.table, meta, lang) or entry.name(lang)
    if entry.privacy == schema.INDIVIDUAL:
        description = "{} {}".format(description, diagnostic.PERSONAL_MARK)
    diagnostic.set_identifier(gpkg, name, entry.name(lang), description)
    diagnostic.record(gpkg, name, entry.table, meta.get("algorithm", ""), entry.privacy, meta, fingerprint)


def apply_metadata(layer, entry: schema.Layer, meta: dict, lang: str) -> None:
    """Title, abstract, rights and keywords in the layer's QgsLayerMetadata and Coodiag's custom properties."""
    if layer is None:
        return
    title = entry.name(lang)
    abstract = caption(entry.table, meta, lang) or title
    sources = meta.get("sources") or ""
    if sources and sources not in abstract:
        abstract = ("{}. Sources : {}" if lang == "fr" else "{}. Sources: {}").format(abstract.rstrip("."), sources)
    metadata = layer.metadata() if hasattr(layer, "metadata") else QgsLayerMetadata()
    metadata.setTitle(title)
    metadata.setAbstract(abstract)
    if sources:
        metadata.setRights([("Sources : {}" if lang == "fr" else "Sources: {}").format(sources)])
        metadata.setKeywords({"source": [sources], **({"vintage": [str(meta["vintage"])]}
                                                       if meta.get("vintage") else {})})
    layer.setMetadata(metadata)
    layer.setCustomProperty(META_PROPERTY, json.dumps(meta, ensure_ascii=False, default=str))
    layer.setCustomProperty(TABLE_PROPERTY, entry.table)
    if sources:
        layer.setCustomProperty(SOURCES_PROPERTY, sources)
    if hasattr(layer, "setTitle"):
        layer.setTitle(title)
    if hasattr(layer, "setAbstract"):
        layer.setAbstract(abstract)


# ---- loading into the project ------------------------------------------------------------------------------
class LoadPostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Style, metadata and layer-tree group of a Coodiag output once Processing has added it to a project."""

    _alive: list = []  # QGIS keeps a raw pointer only: keep the Python objects alive

    def __init__(self, table: str, meta: dict, lang: str, from_gpkg: bool, batch=None):
        super().__init__()
        self.table, self.meta, self.lang, self.from_gpkg, self.batch = table, meta, lang, from_gpkg, batch

    @classmethod
    def create(cls, table, meta, lang, from_gpkg, batch=None):
        processor = cls(table, meta, lang, from_gpkg, batch)
        cls._alive.append(processor)
        return processor

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if layer is None:
            return
        project = (context.project() if context is not None else None) or QgsProject.instance()
        try:
            dress(layer, project, self.table, self.meta, self.lang, self.from_gpkg)
        except Exception as exc:  # noqa: BLE001 — never break the loading of the other layers
            if feedback is not None:
                feedback.reportError("{}: {}".format(self.table, exc))
        if self.batch is not None:
            self.batch.loaded(layer)


def dress(layer, project, table: str, meta: dict, lang: str, from_gpkg: bool) -> None:
    """Style (the GeoPackage's default style, else the schema's), metadata and layer-tree group of a layer
    already added to `project`."""
    entry = schema.find(table)
    if entry is None:
        return
    styled = False
    if from_gpkg:
        _message, styled = layer.loadDefaultStyle()
    if not styled:
        styling.style_layer(layer, entry.style, meta, lang)
    apply_metadata(layer, entry, meta, lang)
    place_in_tree(project, layer, entry, lang)


def group_node(project, step: schema.Step, lang: str):
    """The layer-tree group of a question (created in the method's order; personal data last)."""
    root = project.layerTreeRoot()
    name = step.group_name(lang)
    group = root.findGroup(name)
    if group is not None:
        return group
    order = {s.group_name(lang): s.number for s in schema.STEPS}
    order[schema.PERSONAL_GROUP.group_name(lang)] = 1000
    mine = order.get(name, 999)
    index = len(root.children())
    for i, child in enumerate(root.children()):
        if child.nodeType() == child.NodeType.NodeGroup and order.get(child.name(), -1) > mine:
            index = i
            break
    group = root.insertGroup(index, name)
    if step.id == schema.PERSONAL_GROUP.id:
        group.setExpanded(False)
        group.setItemVisibilityChecked(False)
    return group


def place_in_tree(project, layer, entry: schema.Layer, lang: str) -> None:
    root = project.layerTreeRoot()
    node = root.findLayer(layer.id())
    if node is None:
        return
    step = schema.PERSONAL_GROUP if entry.privacy == schema.INDIVIDUAL else schema.step(entry.step)
    group = group_node(project, step, lang)
    if node.parent() is not group:
        order = [e.table for e in schema.LAYERS]
        rank = order.index(entry.table) if entry.table in order else len(order)
        index = 0  # schema order, top to bottom (points and lines of a step come first in the schema)
        for i, child in enumerate(group.children()):
            other = child.layer().customProperty(TABLE_PROPERTY, "") if hasattr(child, "layer") and child.layer() \
                else ""
            if other in order and order.index(other) < rank:
                index = i + 1
        clone = node.clone()
        group.insertChildNode(index, clone)
        node.parent().removeChildNode(node)
        node = clone
    node.setItemVisibilityChecked(entry.privacy != schema.INDIVIDUAL and entry.table in SHOWN)
    node.setExpanded(False)


#: layers visible when a diagnostic is loaded (the others are one click away in their group)
SHOWN = {"communes", "antennas", "client_penetration"}


class LoadBatch:
    """Counts the layers of one run as Processing loads them and calls `done(project)` after the last one
    (e.g. to add the atlas layouts, which need every layer in the project)."""

    _alive: list = []

    def __init__(self, expected: int, done=None):
        self.expected, self.count, self.done, self.layers = expected, 0, done, []
        LoadBatch._alive.append(self)

    def loaded(self, layer) -> None:
        self.count += 1
        self.layers.append(layer)
        if self.count >= self.expected and self.done is not None:
            callback, self.done = self.done, None
            try:
                callback(self)
            finally:
                if self in LoadBatch._alive:
                    LoadBatch._alive.remove(self)


def recorded_meta(layer) -> dict:
    """The metadata Coodiag recorded for an input layer when it is a table of a diagnostic GeoPackage (what an
    output inherits from its input: e.g. the zones a Filosofi extract does not cover), else {}."""
    from .network_engine import layer_file

    path, name = layer_file(layer)
    if not path or not path.lower().endswith(".gpkg"):
        return {}
    if not name:
        name = os.path.splitext(os.path.basename(path))[0]
    try:
        return dict(diagnostic.registry(path).get(name, {}).get("metadata", {}) or {})
    except Exception:  # noqa: BLE001 — an unreadable registry only means nothing is inherited
        return {}


def load_on_completion(context, gpkg: str, tables: list, lang: str | None = None, done=None) -> LoadBatch | None:
    """Ask Processing to load `tables` of the GeoPackage into the context's project when the run completes
    (styled, named, grouped); `done(batch)` is called once they are all loaded."""
    project = context.project() if context is not None else None
    if project is None or not tables:
        return None
    lang = lang or ui_language()
    entries = diagnostic.registry(gpkg)
    batch = LoadBatch(len(tables), done)
    for table in tables:
        entry = schema.find(entries.get(table, {}).get("schema_table") or table)
        if entry is None or entry.internal:
            batch.expected -= 1
            continue
        meta = entries.get(table, {}).get("metadata", {})
        details = QgsProcessingContext.LayerDetails(entry.name(lang), project, table)
        details.setPostProcessor(LoadPostProcessor.create(entry.table, meta, lang, True, batch))
        context.addLayerToLoadOnCompletion(layer_uri(gpkg, table), details)
    return batch


def add_to_project(project, gpkg: str, tables: list, lang: str | None = None) -> list:
    """Add `tables` of the GeoPackage to `project` now (main thread), styled, named and grouped; tables
    already in the project (same source) are reloaded in place. Returns the layers added."""
    lang = lang or ui_language()
    entries = diagnostic.registry(gpkg)
    existing = {layer.source(): layer for layer in project.mapLayers().values()}
    added = []
    for table in tables:
        entry = schema.find(entries.get(table, {}).get("schema_table") or table)
        if entry is None or entry.internal:
            continue
        uri = layer_uri(gpkg, table)
        old = existing.get(uri)
        if old is not None:
            old.reload()
            old.loadDefaultStyle()
            old.triggerRepaint()
            continue
        layer = QgsVectorLayer(uri, entry.name(lang), "ogr")
        if not layer.isValid():
            continue
        project.addMapLayer(layer)
        dress(layer, project, entry.table, entries.get(table, {}).get("metadata", {}), lang, True)
        added.append(layer)
    return added
