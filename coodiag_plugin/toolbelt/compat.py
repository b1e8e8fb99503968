"""Small shims so that the same code runs on QGIS 3.22 … 3.40+ and QGIS 4 (Qt6)."""
from __future__ import annotations

from qgis.core import Qgis, QgsField

try:
    from qgis.core import NULL as _NULL
except ImportError:  # pragma: no cover — Qt6 builds without the QVariant NULL
    _NULL = None

QGIS_VERSION_INT = Qgis.versionInt() if hasattr(Qgis, "versionInt") else Qgis.QGIS_VERSION_INT

if QGIS_VERSION_INT >= 33800:
    from qgis.PyQt.QtCore import QMetaType

    _INT = QMetaType.Type.Int
    _LONG = QMetaType.Type.LongLong
    _DOUBLE = QMetaType.Type.Double
    _STRING = QMetaType.Type.QString
    _BOOL = QMetaType.Type.Bool
    _DATE = QMetaType.Type.QDate
else:  # QGIS 3.22–3.36: QgsField takes QVariant.Type
    from qgis.PyQt.QtCore import QVariant

    _INT = QVariant.Int
    _LONG = QVariant.LongLong
    _DOUBLE = QVariant.Double
    _STRING = QVariant.String
    _BOOL = QVariant.Bool
    _DATE = QVariant.Date


def int_field(name: str) -> QgsField:
    return QgsField(name, _INT)


def long_field(name: str) -> QgsField:
    return QgsField(name, _LONG)


def double_field(name: str, length: int = 20, precision: int = 6) -> QgsField:
    return QgsField(name, _DOUBLE, "double", length, precision)


def string_field(name: str, length: int = 0) -> QgsField:
    return QgsField(name, _STRING, "string", length)


def bool_field(name: str) -> QgsField:
    return QgsField(name, _BOOL)


def date_field(name: str) -> QgsField:
    return QgsField(name, _DATE)


def is_numeric(field: QgsField) -> bool:
    return field.isNumeric()


def is_null(value) -> bool:
    """True for None and for QGIS's NULL QVariant (Qt5) — both appear depending on the version."""
    if value is None:
        return True
    if isinstance(value, (int, float, str)):  # the common case, without touching QVariant
        return False
    if _NULL is not None and value == _NULL:
        return True
    isnull = getattr(value, "isNull", None)
    return bool(isnull()) if callable(isnull) else False


def py_value(value):
    """Plain Python value: NULL → None, QVariant-likes unwrapped."""
    if is_null(value):
        return None
    return value


# Processing flags moved to Qgis.Processing*Flag in 3.36 (the old QgsProcessing*.Flag names go with QGIS 4)
if hasattr(Qgis, "ProcessingAlgorithmFlag"):
    ALG_NO_THREADING = Qgis.ProcessingAlgorithmFlag.NoThreading
    PARAM_ADVANCED = Qgis.ProcessingParameterFlag.Advanced
    PARAM_OPTIONAL = Qgis.ProcessingParameterFlag.Optional
else:  # QGIS 3.22–3.34
    from qgis.core import QgsProcessingAlgorithm, QgsProcessingParameterDefinition

    ALG_NO_THREADING = QgsProcessingAlgorithm.Flag.FlagNoThreading
    PARAM_ADVANCED = QgsProcessingParameterDefinition.Flag.FlagAdvanced
    PARAM_OPTIONAL = QgsProcessingParameterDefinition.Flag.FlagOptional
