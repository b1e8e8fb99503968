"""The Coodiag Processing provider (id ``coodiag``): lists its algorithms explicitly."""
from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..coodiag_plugin.__about__ import __version__
from ..coodiag_plugin.toolbelt import paths


def algorithm_classes() -> list:
    """Every algorithm class of the provider, in toolbox order (imported lazily: importing the provider
    module stays cheap)."""
    from .antenna_siting import AntennaSitingAlgorithm
    from .beneficiary_potential import BeneficiaryPotentialAlgorithm
    from .build_network import BuildNetworkAlgorithm
    from .client_density import ClientDensityAlgorithm
    from .download_data import DownloadDataAlgorithm
    from .export_atlas import ExportAtlasAlgorithm
    from .export_shareable import ExportShareableAlgorithm
    from .geocoding_quality import GeocodingQualityAlgorithm
    from .hot_spots import HotSpotsAlgorithm
    from .import_table import ImportTableAlgorithm
    from .isochrones import IsochronesAlgorithm
    from .load_census import LoadCensusAlgorithm
    from .load_filosofi import LoadFilosofiAlgorithm
    from .load_gtfs import LoadGtfsAlgorithm
    from .market_penetration import MarketPenetrationAlgorithm
    from .mobility_gap import MobilityGapAlgorithm
    from .prospect_zones import ProspectZonesAlgorithm
    from .sample_siae import SampleSiaeAlgorithm
    from .tag_zones import TagZonesAlgorithm
    from .territory import TerritoryAlgorithm
    from .transit_isochrones import TransitIsochronesAlgorithm
    from .transit_times import TransitTimesAlgorithm
    from .travel_times import TravelTimesAlgorithm
    from .unmet_zones import UnmetZonesAlgorithm
    from .company_prospects import CompanyProspectsAlgorithm
    from .load_bmo import LoadBmoAlgorithm
    from .load_decp import LoadDecpAlgorithm
    from .load_siae_list import LoadSiaeListAlgorithm
    from .load_sirene import LoadSireneAlgorithm
    from .pipelines import PIPELINES

    return [
        # Data
        SampleSiaeAlgorithm, ImportTableAlgorithm, GeocodingQualityAlgorithm, TerritoryAlgorithm, LoadFilosofiAlgorithm,
        LoadCensusAlgorithm, TagZonesAlgorithm, DownloadDataAlgorithm, LoadGtfsAlgorithm,
        LoadBmoAlgorithm, LoadSireneAlgorithm, LoadDecpAlgorithm, LoadSiaeListAlgorithm,
        # Analysis
        ClientDensityAlgorithm, MarketPenetrationAlgorithm, ProspectZonesAlgorithm, HotSpotsAlgorithm,
        BeneficiaryPotentialAlgorithm, UnmetZonesAlgorithm,
        BuildNetworkAlgorithm, IsochronesAlgorithm, TravelTimesAlgorithm, TransitIsochronesAlgorithm,
        TransitTimesAlgorithm, MobilityGapAlgorithm, AntennaSitingAlgorithm, CompanyProspectsAlgorithm,
        # Cartography
        ExportAtlasAlgorithm, ExportShareableAlgorithm,
        # Models: the whole diagnostic and one pipeline per question
        *PIPELINES,
    ]


class CoodiagProvider(QgsProcessingProvider):
    def id(self) -> str:
        return "coodiag"

    def name(self) -> str:
        return "Coodiag"

    def longName(self) -> str:  # noqa: N802
        return QCoreApplication.translate("CoodiagProvider", "Coodiag – territorial diagnostic for SIAE")

    def versionInfo(self) -> str:  # noqa: N802
        return __version__

    def icon(self) -> QIcon:
        return QIcon(str(paths.icon("coodiag.svg")))

    def svgIconPath(self) -> str:  # noqa: N802
        return str(paths.icon("coodiag.svg"))

    def loadAlgorithms(self) -> None:  # noqa: N802
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
