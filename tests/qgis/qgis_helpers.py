"""Helpers shared by the QGIS tests (imported with the tests/qgis folder on sys.path)."""
from __future__ import annotations


def run_with_threshold(alg: str, params: dict, threshold_param: str):
    """processing.run with the Coodiag secrecy setting set to the run's own k parameter (a per-run k may only
    raise the setting: tests that want k < 11 lower the setting itself, as a user would in the options)."""
    import os

    from qgis import processing

    value = params.get(threshold_param)
    if value in (None, ""):
        return processing.run(alg, params)
    old = os.environ.get("QGIS_COODIAG_PRIVACY_THRESHOLD")
    os.environ["QGIS_COODIAG_PRIVACY_THRESHOLD"] = str(int(value))
    try:
        return processing.run(alg, params)
    finally:
        if old is None:
            os.environ.pop("QGIS_COODIAG_PRIVACY_THRESHOLD", None)
        else:
            os.environ["QGIS_COODIAG_PRIVACY_THRESHOLD"] = old
