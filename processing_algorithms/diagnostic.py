"""The diagnostic GeoPackage, read and annotated with sqlite3 (pure Python: no QGIS import).

What QGIS and GDAL see of a GeoPackage is its ``gpkg_contents`` table (one row per layer, with a readable
``identifier`` and a ``description``), its ``layer_styles`` table (default styles) and the layers themselves.
Coodiag adds one attribute table, ``coodiag_layers`` (schema.REGISTRY_TABLE), where every output records
which algorithm wrote it, its privacy class and its metadata (sources, vintage, secrecy threshold, mode,
bands, target…): the dock reads it to know which steps are done, the atlas to write its captions, the
shareable export to leave individual layers out.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from . import schema

PERSONAL_MARK = "[personal]"
SETTINGS_TABLE = "coodiag_settings"  # the diagnostic's own settings (SIAE name, territory, codes)


@dataclass
class TableInfo:
    name: str
    geometry: str  # POINT, MULTIPOLYGON… ("" for attribute tables)
    identifier: str  # readable name (gpkg_contents.identifier)
    description: str
    last_change: str

    @property
    def flagged_personal(self) -> bool:
        return PERSONAL_MARK in (self.description or "").lower()

    @property
    def is_point(self) -> bool:
        return "POINT" in (self.geometry or "").upper()


def _connect(path, write: bool = False) -> sqlite3.Connection:
    path = Path(path)
    if write:
        return sqlite3.connect(str(path), timeout=60)
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=60)


def is_geopackage(path) -> bool:
    path = Path(path) if path else None
    if path is None or not path.is_file():
        return False
    try:
        with open(path, "rb") as handle:
            return handle.read(16).startswith(b"SQLite format 3")
    except OSError:
        return False


def tables(path) -> dict:
    """{table: TableInfo} of the layers and tables of a GeoPackage ({} when it does not exist); Coodiag's
    own bookkeeping tables are left out."""
    if not is_geopackage(path):
        return {}
    try:
        connection = _connect(path)
        try:
            rows = connection.execute(
                "SELECT c.table_name, COALESCE(g.geometry_type_name, ''), COALESCE(c.identifier, ''), "
                "COALESCE(c.description, ''), COALESCE(c.last_change, '') FROM gpkg_contents c "
                "LEFT JOIN gpkg_geometry_columns g ON g.table_name = c.table_name"
            ).fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return {}
    hidden = {schema.REGISTRY_TABLE, SETTINGS_TABLE, "layer_styles"}
    return {row[0]: TableInfo(*row) for row in rows if row[0] not in hidden}


def columns(path, table: str) -> list:
    """Column names of a table of the GeoPackage ([] when it has no such table)."""
    if table not in tables(path):
        return []
    try:
        connection = _connect(path)
        try:
            return [row[1] for row in connection.execute('PRAGMA table_info("{}")'.format(table.replace('"', '""')))]
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return []


def _ensure_registry(connection: sqlite3.Connection) -> None:
    connection.execute(
        "CREATE TABLE IF NOT EXISTS {} (table_name TEXT PRIMARY KEY NOT NULL, schema_table TEXT, "
        "algorithm TEXT, privacy TEXT, metadata TEXT, written_at TEXT)".format(schema.REGISTRY_TABLE))
    exists = connection.execute("SELECT 1 FROM gpkg_contents WHERE table_name = ?",
                                (schema.REGISTRY_TABLE,)).fetchone()
    if not exists:
        connection.execute(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
            "VALUES (?, 'attributes', ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
            (schema.REGISTRY_TABLE, "Coodiag — métadonnées des couches / layer metadata",
             "Written by Coodiag: which algorithm wrote each layer, its privacy class and metadata."))


def fingerprint(path, table: str) -> str:
    """A hash of a layer's geometries (in fid order) and row count: a registry entry vouches for the
    content it was written with, not for whatever later takes the same table name."""
    digest = hashlib.sha1()
    try:
        connection = _connect(path)
        try:
            row = connection.execute("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?",
                                     (table,)).fetchone()
            if row is None:
                count = connection.execute('SELECT COUNT(*) FROM "{}"'.format(table.replace('"', '""'))).fetchone()
                return "rows:{}".format(count[0])
            cursor = connection.execute('SELECT "{}" FROM "{}" ORDER BY rowid'.format(
                row[0].replace('"', '""'), table.replace('"', '""')))
            n = 0
            while True:  # in batches: the same digest as blob by blob, without a Python step per row
                rows = cursor.fetchmany(65536)
                if not rows:
                    break
                n += len(rows)
                digest.update(b"".join([blob or b"" for (blob,) in rows]))
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return ""
    return "{}:{}".format(n, digest.hexdigest())


def blobs_fingerprint(blobs, background: bool = False):
    """fingerprint() of a table whose geometry blobs, in fid order, are `blobs`: for a writer that has them
    in memory (the same string as reading them back). `background=True` returns a function giving the string,
    the hash running meanwhile in a thread (hashlib releases the GIL): a writer calls it after its inserts."""
    joined = b"".join([blob or b"" for blob in blobs])
    digest = hashlib.sha1()
    n = len(blobs)
    if not background:
        digest.update(joined)
        return "{}:{}".format(n, digest.hexdigest())
    import threading

    worker = threading.Thread(target=digest.update, args=(joined,), daemon=True)
    worker.start()

    def result() -> str:
        worker.join()
        return "{}:{}".format(n, digest.hexdigest())

    return result


def record(path, table: str, schema_table: str, algorithm: str, privacy: str, metadata: dict,
           known_fingerprint: str = "") -> None:
    """Record (or replace) the metadata of `table` in the diagnostic's registry, with the fingerprint of its
    content (`known_fingerprint` when the caller has just written it and computed blobs_fingerprint)."""
    metadata = dict(metadata or {})
    metadata["fingerprint"] = known_fingerprint or fingerprint(path, table)
    text = json.dumps(metadata, ensure_ascii=False, sort_keys=True, default=str)
    now = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
    with _connect(path, write=True) as connection:
        _ensure_registry(connection)
        connection.execute(
            "INSERT OR REPLACE INTO {} (table_name, schema_table, algorithm, privacy, metadata, written_at) "
            "VALUES (?, ?, ?, ?, ?, ?)".format(schema.REGISTRY_TABLE),
            (table, schema_table, algorithm, privacy, text, now))


def registry(path) -> dict:
    """{table: {"schema_table", "algorithm", "privacy", "metadata": dict, "written_at"}} ({} without one)."""
    if not is_geopackage(path):
        return {}
    try:
        connection = _connect(path)
        try:
            rows = connection.execute(
                "SELECT table_name, schema_table, algorithm, privacy, metadata, written_at FROM {}".format(
                    schema.REGISTRY_TABLE)).fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError:  # no registry yet
        return {}
    out = {}
    for name, schema_table, algorithm, privacy, metadata, written in rows:
        try:
            meta = json.loads(metadata or "{}")
        except ValueError:
            meta = {}
        out[name] = {"schema_table": schema_table or "", "algorithm": algorithm or "", "privacy": privacy or "",
                     "metadata": meta, "written_at": written or ""}
    return out


def metadata(path, table: str) -> dict:
    return registry(path).get(table, {}).get("metadata", {})


def set_identifier(path, table: str, identifier: str, description: str | None = None) -> None:
    """Readable name (and description) of a layer, as QGIS's browser and legends show it. GeoPackage
    identifiers are unique: a second table of the same kind (``client_grid_2``) gets its table name appended."""
    with _connect(path, write=True) as connection:
        taken = connection.execute("SELECT 1 FROM gpkg_contents WHERE identifier = ? AND table_name <> ?",
                                   (identifier, table)).fetchone()
        if taken:
            identifier = "{} ({})".format(identifier, table)
        if description is None:
            connection.execute("UPDATE gpkg_contents SET identifier = ? WHERE table_name = ?", (identifier, table))
        else:
            connection.execute("UPDATE gpkg_contents SET identifier = ?, description = ? WHERE table_name = ?",
                               (identifier, description, table))


def delete_styles(path, table: str) -> None:
    """Remove the stored styles of `table` (QGIS 3.22 asks "overwrite?" in a dialog when saving over one)."""
    try:
        with _connect(path, write=True) as connection:
            connection.execute("DELETE FROM layer_styles WHERE f_table_name = ?", (table,))
    except sqlite3.DatabaseError:  # no layer_styles table yet
        pass


def has_default_style(path, table: str) -> bool:
    if not is_geopackage(path):
        return False
    try:
        connection = _connect(path)
        try:
            row = connection.execute(
                "SELECT COUNT(*) FROM layer_styles WHERE f_table_name = ? AND useAsDefault", (table,)).fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False
    return bool(row and row[0])


def privacy_of(path, table: str, info: TableInfo | None = None, entries: dict | None = None) -> str:
    """The privacy class of a table of the diagnostic, judged by CONTENT, not by its name: a point layer, a
    layer flagged personal or recorded as individual, or a layer holding rows imported from the SIAE's
    files (provenance mark) is individual; then the registry, then the schema; unknown polygons are
    'aggregate' (the cautious default for unknown derived data)."""
    entries = registry(path) if entries is None else entries
    info = info if info is not None else tables(path).get(table)
    entry = entries.get(table, {})
    meta = entry.get("metadata", {})
    tampered = bool(entry) and bool(meta.get("fingerprint")) and meta["fingerprint"] != fingerprint(path, table)
    if tampered:
        entry, meta = {}, {}  # the content is no longer what was recorded: judge it by its content alone
    if entry.get("privacy") == schema.INDIVIDUAL or meta.get("provenance") == "importtable":
        return schema.INDIVIDUAL
    if info is not None and (info.flagged_personal or info.is_point) and \
            entry.get("privacy") not in (schema.PUBLIC, schema.AGGREGATE):
        return schema.INDIVIDUAL  # points vouched for by no Coodiag writer: persons until proven otherwise
    if entry.get("privacy") in schema.PRIVACY_CLASSES:
        return entry["privacy"]
    if tampered:
        return schema.AGGREGATE  # never trust a table's name once its content has changed
    known = schema.find(table)
    if known is not None:
        return known.privacy  # a diagnostic written without the registry (older version, by hand)
    return schema.AGGREGATE  # unknown: the cautious class


def present_schema_tables(path) -> set:
    """Schema tables present in the GeoPackage (under their schema name or recorded as such)."""
    found = set()
    names = tables(path)
    entries = registry(path)
    for name in names:
        entry = entries.get(name)
        if entry and entry.get("schema_table"):
            found.add(entry["schema_table"])
        elif name in schema.BY_TABLE:
            found.add(name)
    return found



def save_settings(path, values: dict) -> None:
    """Keep the diagnostic's own settings (SIAE name, territory name, INSEE codes…) in its GeoPackage, so that
    opening the file restores them, whoever wrote it (dock, pipeline, qgis_process)."""
    if not is_geopackage(path):
        return
    with _connect(path, write=True) as connection:
        connection.execute("CREATE TABLE IF NOT EXISTS {} (key TEXT PRIMARY KEY NOT NULL, value TEXT)".format(
            SETTINGS_TABLE))
        if not connection.execute("SELECT 1 FROM gpkg_contents WHERE table_name = ?", (SETTINGS_TABLE,)).fetchone():
            connection.execute(
                "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
                "VALUES (?, 'attributes', ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
                (SETTINGS_TABLE, "Coodiag — réglages du diagnostic / diagnostic settings",
                 "Written by Coodiag: the SIAE's name, the territory and its INSEE codes."))
        for key, value in values.items():
            if value not in (None, ""):
                connection.execute("INSERT OR REPLACE INTO {} (key, value) VALUES (?, ?)".format(SETTINGS_TABLE),
                                   (key, str(value)))


def load_settings(path) -> dict:
    if not is_geopackage(path):
        return {}
    try:
        connection = _connect(path)
        try:
            rows = connection.execute("SELECT key, value FROM {}".format(SETTINGS_TABLE)).fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return {}
    return dict(rows)


def has_values(path, table: str, column: str) -> bool:
    """True when the column of the table holds at least one non-NULL value."""
    try:
        connection = _connect(path)
        try:
            row = connection.execute('SELECT 1 FROM "{}" WHERE "{}" IS NOT NULL LIMIT 1'.format(
                table.replace('"', '""'), column.replace('"', '""'))).fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False
    return row is not None


def records(path, table: str) -> list:
    """The rows of a table as dicts (geometry left out)."""
    try:
        connection = _connect(path)
        connection.row_factory = sqlite3.Row
        try:
            geometry = connection.execute("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?",
                                          (table,)).fetchone()
            rows = connection.execute('SELECT * FROM "{}"'.format(table.replace('"', '""'))).fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return []
    skip = {geometry[0]} if geometry else set()
    return [{k: row[k] for k in row.keys() if k not in skip} for row in rows]
