"""metadata.txt is complete and coherent for the official QGIS plugin repository."""
from __future__ import annotations

import configparser
import re

import pytest

REQUIRED = [
    "name", "qgisMinimumVersion", "qgisMaximumVersion", "description", "about", "version", "author",
    "email", "changelog", "tags", "homepage", "tracker", "repository", "category", "icon",
    "experimental", "hasProcessingProvider",
]


@pytest.fixture(scope="module")
def meta(repo_root):
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(repo_root / "metadata.txt", encoding="utf-8")
    return parser["general"]


def _version_tuple(text):
    return tuple(int(p) for p in text.split("."))


def test_required_fields_present(meta):
    missing = [k for k in REQUIRED if not meta.get(k, "").strip()]
    assert missing == []


def test_qgis_version_range(meta):
    low, high = _version_tuple(meta["qgisMinimumVersion"]), _version_tuple(meta["qgisMaximumVersion"])
    assert low == (3, 22)
    assert low <= high
    assert high >= (4, 0), "qgisMaximumVersion must not block QGIS 4"


def test_version_matches_changelog(meta):
    entries = re.findall(r"^\s*(\d+\.\d+\.\d+)\s*-", meta["changelog"], flags=re.M)
    assert entries, "the changelog lists no version"
    assert entries[0] == meta["version"]


def test_flags_and_icon(meta, repo_root):
    assert meta["hasProcessingProvider"] == "yes"
    assert meta["experimental"] == "True"
    assert (repo_root / meta["icon"]).is_file()
    assert meta["icon"].endswith(".svg")
    # about: English text with a French sentence
    assert "En français" in meta["about"]


def test_supports_qt6_only_when_declared_true(meta):
    # supportsQt6 is set only once the plugin really runs on Qt6; if present it must be a boolean
    value = meta.get("supportsQt6")
    assert value in (None, "True", "False")
