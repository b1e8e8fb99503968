#!/usr/bin/env bash
# Rebuild resources/sample from ../shared/data (real open data extracts). Run from the repo root.
set -euo pipefail
S=${1:-../shared/data}
D=resources/sample
rm -f $D/territory.gpkg $D/roads_capa.gpkg
ogr2ogr -f GPKG $D/territory.gpkg $S/corse-communes/corse_communes_2023_pop2020.geojson -nln communes \
  -t_srs EPSG:2154 -where "EPCI='242010056'" -nlt PROMOTE_TO_MULTI
ogr2ogr -f GPKG -update $D/territory.gpkg $S/corse-communes/corse_communes_2023_pop2020.geojson \
  -nln communes_around -t_srs EPSG:2154 -nlt PROMOTE_TO_MULTI \
  -spat 1154115 6095553 1205754 6134249 -spat_srs EPSG:2154
ogr2ogr -f GPKG $D/roads_capa.gpkg $S/corse-road-network/corse_road_network_osm_matsim.gpkg road_links \
  -spat 1156115 6097553 1203754 6132249 -nln road_links
cp $S/ajaccio-filosofi-200m/filosofi2019_200m_ajaccio_full.gpkg $D/filosofi2019_200m_ajaccio.gpkg
cp $S/ajaccio-filosofi-200m/filosofi2019_200m_ajaccio_full.csv $D/filosofi2019_200m_ajaccio.csv
cp $S/ajaccio-gtfs/gtfs_muvitarra_ajaccio_2020.zip $D/
