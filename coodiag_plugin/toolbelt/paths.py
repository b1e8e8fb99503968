"""Filesystem locations of the plugin's assets (no .qrc: there is no pyrcc for Qt6)."""
from __future__ import annotations

from pathlib import Path

PLUGIN_ROOT = Path(__file__).resolve().parents[2]
RESOURCES = PLUGIN_ROOT / "resources"
STYLES = PLUGIN_ROOT / "styles"


def icon(name: str) -> Path:
    """Path of an SVG icon; falls back to the plugin icon when a specific one is missing."""
    path = RESOURCES / "icons" / name
    return path if path.exists() else RESOURCES / "icons" / "coodiag.svg"


def style(name: str) -> Path:
    return STYLES / (name if name.endswith(".qml") else f"{name}.qml")


def layout(name: str) -> Path:
    return RESOURCES / "layouts" / (name if name.endswith(".qpt") else f"{name}.qpt")


def sample(name: str = "") -> Path:
    return RESOURCES / "sample" / name if name else RESOURCES / "sample"


def i18n_dir() -> Path:
    return RESOURCES / "i18n"
