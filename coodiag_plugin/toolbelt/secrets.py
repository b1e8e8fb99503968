"""The pseudonymisation key of a project, kept out of the project file.

coodiag:importtable replaces the person ids of the SIAE's files (clients, employees) by a salted hash: the same
person gets the same token in every file hashed with the same key, so files can still be joined, but nobody
without the key can recompute a token from a name or an id. The key must therefore never travel with what is
shared: earlier versions kept it in clear in the .qgz (project entry ``coodiag/pseudonym_salt``).

Where the key lives now:

1. **QGIS's encrypted authentication database** (QgsAuthManager, ``qgis-auth.db`` of the user profile,
   encrypted with the master password): one authentication configuration per project, method "Basic", user
   ``coodiag-pseudonym-key``, the key as its password. The project only keeps its id
   (entry ``coodiag/pseudonym_key`` = ``auth:<id>``), which is useless without the profile and the password.
2. **Fallback — a key file in the user's QGIS profile** (``<profile>/coodiag/keys/<uuid>.key``, readable by the
   user only), referenced from the project as ``profile:<uuid>``, when the authentication database cannot be
   used: disabled (no Qt crypto plugin), or locked and nobody can unlock it (qgis_process and scripts, which have
   no master-password dialog, unless ``QGIS_AUTH_PASSWORD_FILE`` is set; or the user declined the dialog). Like
   the database, the file stays on this computer and out of the .qgz, which is what matters when the project or
   the GeoPackage is sent to someone; unlike it, it is not encrypted at rest. It moves into the database on the
   next run where the database is unlocked.

The key is created (and a clear key of an earlier version moved out of the project) only in the main thread,
by :func:`ensure_salt`: the dock and coodiag:importtable's ``prepareAlgorithm`` call it before a run; in a worker
thread it only reads. :func:`read_salt` never writes and never asks for the master password.

Losing the key (another computer, a reset authentication database, a deleted profile) only means that the next
import gives new pseudonyms that do not match the earlier ones: nothing else depends on it.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path

from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QThread

SCOPE = "coodiag"
KEY_ENTRY = "pseudonym_key"  # project entry: "auth:<authcfg id>" or "profile:<uuid>"
LEGACY_ENTRY = "pseudonym_salt"  # the clear key of earlier versions: moved out, then removed
AUTH_METHOD = "Basic"
AUTH_USER = "coodiag-pseudonym-key"
AUTH_URI = "coodiag:pseudonym-key"


def new_salt() -> str:
    """32 hexadecimal characters (128 random bits), like analysis.pseudonymise.new_salt()."""
    return os.urandom(16).hex()


# ---- where the key is ---------------------------------------------------------------------------------
def reference(project=None) -> str:
    """The project's reference to its key ("auth:…", "profile:…") or ''."""
    project = project if project is not None else QgsProject.instance()
    value, _ok = project.readEntry(SCOPE, KEY_ENTRY, "")
    return str(value or "")


def storage(project=None) -> str:
    """'auth', 'profile', 'legacy' (clear key in the project, not moved yet) or '' (no key yet)."""
    project = project if project is not None else QgsProject.instance()
    ref = reference(project)
    if ref.startswith("auth:"):
        return "auth"
    if ref.startswith("profile:"):
        return "profile"
    return "legacy" if _legacy(project) else ""


def keys_dir() -> Path:
    return Path(QgsApplication.qgisSettingsDirPath()) / "coodiag" / "keys"


def _legacy(project) -> str:
    value, ok = project.readEntry(SCOPE, LEGACY_ENTRY, "")
    return str(value or "") if ok else ""


def _main_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() == app.thread()


def _interactive() -> bool:
    """QGIS desktop, main thread: QGIS can show its master-password dialog."""
    app = QgsApplication.instance()
    return _main_thread() and app is not None and app.platform() == "desktop"


def _manager():
    manager = QgsApplication.authManager()
    if manager is None or manager.isDisabled():
        return None
    return manager


def auth_ready(prompt: bool = False) -> bool:
    """The authentication database can be used now: enabled and unlocked — after asking the user for the
    master password when `prompt` (main thread of QGIS desktop only; elsewhere QGIS cannot ask)."""
    manager = _manager()
    if manager is None:
        return False
    if manager.masterPasswordIsSet():
        return True
    if prompt and _interactive():
        return bool(manager.setMasterPassword(True)) and manager.masterPasswordIsSet()
    return False


# ---- reading (any thread, no prompt, no write) --------------------------------------------------------
def _read_auth(config_id: str) -> str:
    manager = _manager()
    if manager is None or not manager.masterPasswordIsSet():
        return ""
    config = QgsAuthMethodConfig()
    loaded = manager.loadAuthenticationConfig(config_id, config, True)
    ok = loaded[0] if isinstance(loaded, tuple) else loaded
    if isinstance(loaded, tuple) and len(loaded) > 1 and isinstance(loaded[1], QgsAuthMethodConfig):
        config = loaded[1]
    return str(config.config("password", "") or "") if ok else ""


def _key_file(key_id: str) -> Path:
    safe = "".join(c for c in key_id if c.isalnum() or c == "-")
    return keys_dir() / f"{safe}.key"


def _read_file(key_id: str) -> str:
    try:
        return _key_file(key_id).read_text(encoding="ascii").strip()
    except (OSError, ValueError):
        return ""


def read_salt(project=None) -> str:
    """The project's key, '' when it has none or it cannot be read now (locked database, other computer).
    Never writes, never asks for the master password: safe in a worker thread."""
    project = project if project is not None else QgsProject.instance()
    ref = reference(project)
    if ref.startswith("auth:"):
        return _read_auth(ref[5:])
    if ref.startswith("profile:"):
        return _read_file(ref[8:])
    return _legacy(project)


# ---- creating (main thread) ---------------------------------------------------------------------------
def _project_label(project) -> str:
    return project.title() or Path(project.fileName() or "").stem or "sans nom"


def _store_auth(project, salt: str) -> str:
    """Store `salt` in a new authentication configuration; its id, '' on failure."""
    manager = _manager()
    if manager is None:
        return ""
    config = QgsAuthMethodConfig(AUTH_METHOD)
    config.setName("Coodiag — clé de pseudonymisation ({})".format(_project_label(project)))
    config.setUri(AUTH_URI)
    config.setConfig("username", AUTH_USER)
    config.setConfig("password", salt)
    stored = manager.storeAuthenticationConfig(config)
    ok = stored[0] if isinstance(stored, tuple) else stored
    if isinstance(stored, tuple) and len(stored) > 1 and isinstance(stored[1], QgsAuthMethodConfig):
        config = stored[1]
    return config.id() if ok and config.id() else ""


def _store_file(salt: str) -> str:
    """Write `salt` to a new key file of the profile (owner-only permissions); its id, '' on failure."""
    key_id = str(uuid.uuid4())
    folder = keys_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        try:
            os.chmod(folder, 0o700)
        except OSError:
            pass
        path = _key_file(key_id)
        descriptor = os.open(str(path), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="ascii") as handle:
            handle.write(salt)
    except OSError:
        return ""
    return key_id


def _store(project, salt: str, prompt: bool) -> str:
    """Keep `salt` for `project` (database first, else the profile file) and reference it from the project;
    the storage used ('auth' / 'profile'), '' when neither worked."""
    if auth_ready(prompt):
        config_id = _store_auth(project, salt)
        if config_id:
            project.writeEntry(SCOPE, KEY_ENTRY, "auth:" + config_id)
            return "auth"
    key_id = _store_file(salt)
    if key_id:
        project.writeEntry(SCOPE, KEY_ENTRY, "profile:" + key_id)
        return "profile"
    return ""


def ensure_salt(project=None, prompt: bool | None = None) -> str:
    """Get or create the project's key (main thread; in another thread it only reads, like
    :func:`read_salt`). Moves a clear key of an earlier version out of the project file, and a profile key
    file into the authentication database when that is unlocked. `prompt`: may QGIS ask for the master
    password (default: yes in QGIS desktop). Returns the key, '' when it exists but cannot be read now
    (locked database): then no new key is made, so that the existing pseudonyms stay valid."""
    project = project if project is not None else QgsProject.instance()
    if not _main_thread():
        return read_salt(project)
    prompt = _interactive() if prompt is None else bool(prompt)
    ref = reference(project)
    if ref.startswith("auth:"):
        if not auth_ready(prompt):
            return ""
        salt = _read_auth(ref[5:])
        if salt:
            return salt
        ref = ""  # the configuration was deleted: a new key (new pseudonyms)
    if ref.startswith("profile:"):
        salt = _read_file(ref[8:])
        if salt and auth_ready(False):  # the database is unlocked now: move the key there
            old = _key_file(ref[8:])
            if _store(project, salt, False) == "auth":
                try:
                    old.unlink()
                except OSError:
                    pass
            return salt
        if salt:
            return salt
    salt = _legacy(project) or new_salt()
    if not _store(project, salt, prompt):
        return ""
    project.removeEntry(SCOPE, LEGACY_ENTRY)
    return salt


def forget(project=None) -> None:
    """Delete the project's key and its reference (the next import makes new pseudonyms)."""
    project = project if project is not None else QgsProject.instance()
    ref = reference(project)
    if ref.startswith("auth:"):
        manager = _manager()
        if manager is not None and manager.masterPasswordIsSet():
            manager.removeAuthenticationConfig(ref[5:])
    elif ref.startswith("profile:"):
        try:
            _key_file(ref[8:]).unlink()
        except OSError:
            pass
    project.removeEntry(SCOPE, KEY_ENTRY)
    project.removeEntry(SCOPE, LEGACY_ENTRY)
