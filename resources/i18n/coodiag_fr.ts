<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>BeneficiaryPotentialAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="165" />
        <source>Potential beneficiaries</source>
        <translation>Bénéficiaires potentiels</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="74" />
        <source>All publics (general indicators)</source>
        <translation>Tous publics (indicateurs généraux)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="75" />
        <source>Young people 16-25</source>
        <translation>Jeunes de 16 à 25 ans</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="76" />
        <source>RSA recipients</source>
        <translation>Allocataires du RSA</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="77" />
        <source>Seniors 50+</source>
        <translation>Seniors de 50 ans et plus</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="78" />
        <source>QPV residents</source>
        <translation>Habitants des QPV</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="82" />
        <source>Estimates, per Filosofi grid cell (or per zone), the potential beneficiaries of work integration (IAE) as a transparent weighted sum of counts:
potential = Σ weight × indicator.

Indicators: any Filosofi count field of the cells (men_pauv poor households, men_fmp single-parent families, ind_18_24 … ind_55_64 persons by age band…), plus 'unemployed' (unemployed 15-64 from a census layer, IRIS or commune, field chosen), 'table' (RSA households or registered job seekers from a table by commune, joined on the INSEE code: leading zeros and 2A/2B are normalised, unmatched codes go to the Unmatched output and the log) and 'qpv' (persons of the cells whose centroid lies in a QPV).

Default weights by public: all publics: men_pauv=1; men_fmp=0.5; unemployed=1 and table=1 when those sources are given. Young people 16-25: ind_18_24 + 2/7 of ind_11_17 (ages 16-17) + 1/15 of ind_25_39 (age 25). RSA recipients: the commune table when given, otherwise men_pauv. Seniors 50+: ind_55_64 + 1/3 of ind_40_54 (ages 50-54). QPV residents: the general indicators, only in the cells whose centroid lies in a QPV. Age shares assume ages evenly spread inside a band. Write your own weights as 'indicator=weight; …' to replace the preset.

Zone counts (census, table) are spread down to the cells in proportion to the Filosofi population of each cell's part in the zone, which keeps every zone total; a zone with a count but no Filosofi population is spread by area (reported in the log).

The result is an index, not a head count (indicators overlap). The weights and the formula are written in the output layer's metadata (abstract) and returned as METHOD.</source>
        <translation>Estime, par carreau Filosofi (ou par zone), les bénéficiaires potentiels de l'insertion par l'activité économique (IAE) par une somme pondérée et transparente d'effectifs :
potentiel = Σ poids × indicateur.

Indicateurs : tout champ d'effectif Filosofi des carreaux (men_pauv ménages pauvres, men_fmp familles monoparentales, ind_18_24 … ind_55_64 personnes par tranche d'âge…), plus « unemployed » (chômeurs de 15 à 64 ans d'une couche du recensement, IRIS ou commune, champ au choix), « table » (foyers allocataires du RSA ou demandeurs d'emploi d'une table par commune, jointe sur le code Insee : zéros initiaux et 2A/2B normalisés, codes non appariés dans la sortie « Lignes non appariées » et le journal) et « qpv » (personnes des carreaux dont le centroïde est dans un QPV).

Poids par défaut selon le public : tous publics : men_pauv=1 ; men_fmp=0.5 ; unemployed=1 et table=1 si ces sources sont fournies. Jeunes de 16 à 25 ans : ind_18_24 + 2/7 de ind_11_17 (16-17 ans) + 1/15 de ind_25_39 (25 ans). Allocataires du RSA : la table par commune si elle est fournie, sinon men_pauv. Seniors de 50 ans et plus : ind_55_64 + 1/3 de ind_40_54 (50-54 ans). Habitants des QPV : les indicateurs généraux, seulement dans les carreaux dont le centroïde est dans un QPV. Les parts d'âge supposent des âges uniformément répartis dans chaque tranche. Écrivez vos propres poids sous la forme « indicateur=poids ; … » pour remplacer le préréglage.

Les effectifs de zone (recensement, table) sont répartis sur les carreaux au prorata de la population Filosofi de la partie de chaque carreau située dans la zone, ce qui conserve chaque total de zone ; une zone ayant un effectif mais aucune population Filosofi est répartie à la surface (signalé dans le journal).

Le résultat est un indice, pas un dénombrement (les indicateurs se recouvrent). Les poids et la formule sont écrits dans les métadonnées de la couche produite (résumé) et renvoyés dans METHOD.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="107" />
        <source>Filosofi grid cells</source>
        <translation>Carreaux Filosofi</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="109" />
        <source>Filosofi cells with the 2019 lower-case field names (ind, men_pauv, men_fmp, ind_18_24…), e.g. the output of the Filosofi loader; projected CRS.</source>
        <translation>Carreaux Filosofi avec les noms de champs 2019 en minuscules (ind, men_pauv, men_fmp, ind_18_24…), par exemple la sortie du chargeur Filosofi ; SCR projeté.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="112" />
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="114" />
        <source>The public sets the default indicators and weights (see the help).</source>
        <translation>Le public fixe les indicateurs et les poids par défaut (voir l'aide).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="116" />
        <source>Weights (replace the public's preset)</source>
        <translation>Poids (remplacent le préréglage du public)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="118" />
        <source>'indicator=weight' pairs separated by ';', e.g. 'men_pauv=1; men_fmp=0.5; unemployed=1'. Empty: the preset of the chosen public.</source>
        <translation>Paires « indicateur=poids » séparées par « ; », par exemple « men_pauv=1; men_fmp=0.5; unemployed=1 ». Vide : le préréglage du public choisi.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="121" />
        <source>Zones (communes or IRIS)</source>
        <translation>Zones (communes ou IRIS)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="124" />
        <source>Needed to join a commune table and to output one row per zone.</source>
        <translation>Nécessaires pour joindre une table par commune et pour produire une ligne par zone.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="126" />
        <source>Zone INSEE code field</source>
        <translation>Champ du code Insee des zones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="128" />
        <source>Empty: detected (INSEE_COM, code_insee, codgeo, code_iris…).</source>
        <translation>Vide : détecté (INSEE_COM, code_insee, codgeo, code_iris…).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="130" />
        <source>Census layer (unemployed 15-64)</source>
        <translation>Couche du recensement (chômeurs de 15 à 64 ans)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="133" />
        <source>IRIS or commune polygons with a count of unemployed persons aged 15-64 (e.g. P19_CHOM1564); spread to the cells by population.</source>
        <translation>Polygones IRIS ou communes avec un effectif de chômeurs de 15 à 64 ans (par exemple P19_CHOM1564) ; réparti sur les carreaux selon la population.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="136" />
        <source>Unemployed 15-64 field</source>
        <translation>Champ des chômeurs de 15 à 64 ans</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="139" />
        <source>Numeric field of the census layer (indicator 'unemployed').</source>
        <translation>Champ numérique de la couche du recensement (indicateur « unemployed »).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="141" />
        <source>Table by commune (RSA households or job seekers)</source>
        <translation>Table par commune (foyers RSA ou demandeurs d'emploi)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="144" />
        <source>A table (CSV, spreadsheet, layer) with an INSEE commune code and a count (indicator 'table'); joined to the zones by code.</source>
        <translation>Une table (CSV, tableur, couche) avec un code commune Insee et un effectif (indicateur « table ») ; jointe aux zones par le code.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="147" />
        <source>Table INSEE code field</source>
        <translation>Champ du code Insee de la table</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="149" />
        <source>Empty: detected (code_insee, codgeo, insee_com…).</source>
        <translation>Vide : détecté (code_insee, codgeo, insee_com…).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="151" />
        <source>Table count field</source>
        <translation>Champ de l'effectif de la table</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="153" />
        <source>Field holding the count per commune (RSA households, job seekers…).</source>
        <translation>Champ contenant l'effectif par commune (foyers RSA, demandeurs d'emploi…).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="155" />
        <source>QPV polygons</source>
        <translation>Polygones des QPV</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="157" />
        <source>Quartiers prioritaires (ANCT contours): a cell is in a QPV when its centroid is. Required for the public 'QPV residents' and the indicator 'qpv'.</source>
        <translation>Quartiers prioritaires (contours ANCT) : un carreau est dans un QPV si son centroïde y est. Obligatoire pour le public « Habitants des QPV » et l'indicateur « qpv ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="160" />
        <source>Output level</source>
        <translation>Niveau de sortie</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="160" />
        <source>Grid cells</source>
        <translation>Carreaux</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="160" />
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="162" />
        <source>Grid cells: one row per Filosofi cell. Zones: cell values summed per zone (a straddling cell split by area).</source>
        <translation>Carreaux : une ligne par carreau Filosofi. Zones : valeurs des carreaux sommées par zone (un carreau à cheval partagé selon la surface).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="174" />
        <source>Unmatched table rows</source>
        <translation>Lignes de table non appariées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="169" />
        <source>Rows of the commune table whose code matches no zone, with the reason.</source>
        <translation>Lignes de la table par commune dont le code ne correspond à aucune zone, avec la raison.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="171" />
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="172" />
        <source>Weights used</source>
        <translation>Poids utilisés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="173" />
        <source>Total potential</source>
        <translation>Potentiel total</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="175" />
        <source>Zone counts outside the grid</source>
        <translation>Effectifs de zone hors de la grille</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="222" />
        <source>of grid cells</source>
        <translation>des carreaux</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="181" />
        <source>the grid cells</source>
        <translation>les carreaux</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="191" />
        <source>A census layer is given but no unemployed field: choose the field holding the unemployed 15-64 (e.g. P19_CHOM1564).</source>
        <translation>Une couche du recensement est fournie sans champ des chômeurs : choisissez le champ des chômeurs de 15 à 64 ans (par exemple P19_CHOM1564).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="195" />
        <source>A commune table is given but no zones: add the communes layer (Zones) so that the table can be joined on the INSEE code.</source>
        <translation>Une table par commune est fournie sans zones : ajoutez la couche des communes (Zones) pour joindre la table sur le code Insee.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="199" />
        <source>The output level 'Zones' needs a zones layer.</source>
        <translation>Le niveau de sortie « Zones » nécessite une couche de zones.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="201" />
        <source>The public 'QPV residents' needs the QPV polygons layer (ANCT contours).</source>
        <translation>Le public « Habitants des QPV » nécessite la couche des polygones QPV (contours ANCT).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="209" />
        <source>The weights cannot be read: {}. Write them as 'men_pauv=1; men_fmp=0.5'.</source>
        <translation>Les poids sont illisibles : {}. Écrivez-les sous la forme « men_pauv=1; men_fmp=0.5 ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="218" />
        <source>The indicator '{}' is weighted but its source layer is not given (unemployed: census layer, table: commune table, qpv: QPV polygons).</source>
        <translation>L'indicateur « {} » est pondéré mais sa couche source n'est pas fournie (unemployed : couche du recensement, table : table par commune, qpv : polygones QPV).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="223" />
        <source>Public: {}; {}</source>
        <translation>Public : {} ; {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="231" />
        <source>{} cell(s) without geometry: they get no zone count.</source>
        <translation>{} carreau(x) sans géométrie : ils ne reçoivent aucun effectif de zone.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="251" />
        <source>No INSEE code field found in the zones: choose it in 'Zone INSEE code field'.</source>
        <translation>Aucun champ de code Insee trouvé dans les zones : choisissez-le dans « Champ du code Insee des zones ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="259" />
        <source>Spreading the unemployed 15-64 of the census layer to the cells…</source>
        <translation>Répartition des chômeurs de 15 à 64 ans du recensement sur les carreaux…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="264" />
        <source>census</source>
        <translation>recensement</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="271" />
        <source>Choose the INSEE code field and the count field of the commune table.</source>
        <translation>Choisissez le champ du code Insee et le champ de l'effectif de la table par commune.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="292" />
        <source>commune table</source>
        <translation>table par commune</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="284" />
        <source>{} row(s) of the commune table match no zone (e.g. {}): check the codes (5 characters, 2A/2B in Corsica) and that the table covers the same communes; they are listed in the Unmatched output.</source>
        <translation>{} ligne(s) de la table par commune ne correspondent à aucune zone (par exemple {}) : vérifiez les codes (5 caractères, 2A/2B en Corse) et que la table couvre les mêmes communes ; elles sont listées dans la sortie « Lignes de table non appariées ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="289" />
        <source>No row of the commune table matches a zone: the indicator 'table' is 0 everywhere.</source>
        <translation>Aucune ligne de la table par commune ne correspond à une zone : l'indicateur « table » vaut 0 partout.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="302" />
        <source>{} cell(s) have their centroid in a QPV.</source>
        <translation>{} carreau(x) ont leur centroïde dans un QPV.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="310" />
        <source>The potential is zero in every cell: check the weights and that the indicator fields hold counts.</source>
        <translation>Le potentiel est nul dans tous les carreaux : vérifiez les poids et que les champs des indicateurs contiennent des effectifs.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="346" />
        <source>{}: {} zone(s) hold a count but no Filosofi population; spread by area instead.</source>
        <translation>{} : {} zone(s) ont un effectif mais aucune population Filosofi ; réparti à la surface.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="351" />
        <source>{}: {} zone(s) overlap no grid cell; their count ({:.1f}) is left out of the grid.</source>
        <translation>{} : {} zone(s) ne recouvrent aucun carreau ; leur effectif ({:.1f}) reste hors de la grille.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="354" />
        <source>{}: {:.1f} of {:.1f} spread to the cells.</source>
        <translation>{} : {:.1f} sur {:.1f} réparti sur les carreaux.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="360" />
        <source>Potential IAE beneficiaries, public: {}.</source>
        <translation>Bénéficiaires potentiels de l'IAE, public : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="361" />
        <source>Method: transparent weighted sum of counts per Filosofi cell, {}.</source>
        <translation>Méthode : somme pondérée et transparente d'effectifs par carreau Filosofi, {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="363" />
        <source>Weights: {}.</source>
        <translation>Poids : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="365" />
        <source>Zone counts (census, commune table) are spread to the cells in proportion to the Filosofi population of each cell's part in the zone (totals kept; zones without population spread by area).</source>
        <translation>Les effectifs de zone (recensement, table par commune) sont répartis sur les carreaux au prorata de la population Filosofi de la partie de chaque carreau située dans la zone (totaux conservés ; zones sans population réparties à la surface).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="370" />
        <source>Only the cells whose centroid lies in a QPV are counted.</source>
        <translation>Seuls les carreaux dont le centroïde est dans un QPV sont comptés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="372" />
        <source>QPV: the cells whose centroid lies in a QPV are flagged (in_qpv).</source>
        <translation>QPV : les carreaux dont le centroïde est dans un QPV sont signalés (in_qpv).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="374" />
        <source>Cell values summed per zone, a straddling cell split by area; the commune table keeps its exact count per zone.</source>
        <translation>Valeurs des carreaux sommées par zone, un carreau à cheval partagé selon la surface ; la table par commune garde son effectif exact par zone.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="376" />
        <source>An index, not a head count: indicators overlap.</source>
        <translation>Un indice, pas un dénombrement : les indicateurs se recouvrent.</translation>
    </message>
</context>
<context>
    <name>BuildNetworkAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="49" />
        <source>Build a routable network</source>
        <translation>Construire un réseau routable</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="52" />
        <source>Prepares a road network once for the isochrone and travel-time algorithms: one line per link with node ids (from_id, to_id), its length and its cost in seconds in each direction for car, walk and bike (car_fw, car_bw, walk_fw … ; empty = closed). Save it in a GeoPackage and give that layer to the other algorithms: they recognise it by its fields and never rebuild it.

Inputs: an OpenStreetMap .osm.pbf file (highway, oneway, maxspeed, access, junction=roundabout), an IGN BD TOPO troncon_de_route layer (nature, sens_de_circulation, vitesse_moyenne_vl, acces_vehicule_leger), or any line layer with a road class, a speed (km/h), a direction field and optionally from/to node ids (fields are detected automatically; set them to override). Lines without node ids are split where they share a vertex. A modes field (MATSim) keeps only the links open to cars.

Default speeds: car by road class (motorway 90, trunk 85, primary 65, secondary 55, tertiary 40, residential and unclassified 25, service 15 km/h); a speed field replaces them (NULL or zero → class default, counted in the log); an OSM maxspeed only lowers them. Urban reduction: in dense street grids (at least 8 junctions in a 500 m cell) class defaults are capped at 50 km/h and multiplied by 0.7. Walk 4.5 km/h and bike 15 km/h on every road except motorways and trunk roads (closed to both) and steps (closed to bikes); one-way streets are ignored on foot.

A geographic CRS is reprojected (to the target CRS, by default Lambert-93 in France or the UTM zone elsewhere).</source>
        <translation>Prépare une seule fois un réseau routier pour les algorithmes d'isochrones et de temps de trajet : une ligne par tronçon avec les identifiants de nœuds (from_id, to_id), sa longueur et son coût en secondes dans chaque sens pour la voiture, la marche et le vélo (car_fw, car_bw, walk_fw… ; vide = fermé). Enregistrez-le dans un GeoPackage et donnez cette couche aux autres algorithmes : ils la reconnaissent à ses champs et ne la reconstruisent jamais.

Entrées : un fichier OpenStreetMap .osm.pbf (highway, oneway, maxspeed, access, junction=roundabout), une couche IGN BD TOPO troncon_de_route (nature, sens_de_circulation, vitesse_moyenne_vl, acces_vehicule_leger), ou toute couche de lignes avec une classe de route, une vitesse (km/h), un champ de sens et éventuellement des identifiants de nœuds de départ et d'arrivée (champs détectés automatiquement ; indiquez-les pour forcer). Les lignes sans identifiants de nœuds sont coupées là où elles partagent un sommet. Un champ modes (MATSim) ne garde que les tronçons ouverts aux voitures.

Vitesses par défaut : voiture selon la classe de route (autoroute 90, voie rapide 85, primaire 65, secondaire 55, tertiaire 40, résidentielle et non classée 25, service 15 km/h) ; un champ de vitesse les remplace (NULL ou zéro → valeur de la classe, compté dans le journal) ; un maxspeed OSM ne peut que les abaisser. Réduction urbaine : dans les trames de rues denses (au moins 8 carrefours dans une cellule de 500 m), les valeurs de classe sont plafonnées à 50 km/h et multipliées par 0,7. Marche 4,5 km/h et vélo 15 km/h sur toutes les routes sauf les autoroutes et voies rapides (fermées aux deux) et les escaliers (fermés aux vélos) ; les sens uniques sont ignorés à pied.

Un SCR géographique est reprojeté (dans le SCR cible, par défaut Lambert-93 en France ou la zone UTM ailleurs).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="74" />
        <source>Road lines</source>
        <translation>Lignes de routes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="76" />
        <source>A line layer of roads (BD TOPO troncon_de_route, MATSim links, any roads). Leave empty to read an OSM file instead.</source>
        <translation>Couche de lignes de routes (BD TOPO troncon_de_route, liens MATSim, toute route). Laisser vide pour lire un fichier OSM.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="79" />
        <source>OpenStreetMap file (.osm.pbf / .osm)</source>
        <translation>Fichier OpenStreetMap (.osm.pbf / .osm)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="81" />
        <source>Read through GDAL's OSM driver (lines layer, highway=*).</source>
        <translation>Lu par le pilote OSM de GDAL (couche lines, highway=*).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="83" />
        <source>Territory extent</source>
        <translation>Emprise du territoire</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="84" />
        <source>Keep only the roads crossing this extent (recommended for OSM extracts).</source>
        <translation>Ne garder que les routes qui traversent cette emprise (conseillé pour les extraits OSM).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="86" />
        <source>Target CRS (when the input is geographic)</source>
        <translation>SCR cible (si l'entrée est géographique)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="88" />
        <source>Projected CRS in metres of the output. Default: the input CRS if projected, else Lambert-93 in France or the UTM zone.</source>
        <translation>SCR projeté en mètres de la sortie. Par défaut : le SCR d'entrée s'il est projeté, sinon Lambert-93 en France ou la zone UTM.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="91" />
        <source>Road class field</source>
        <translation>Champ de classe de route</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="91" />
        <source>OSM-like highway class or BD TOPO nature.</source>
        <translation>Classe highway de type OSM ou nature BD TOPO.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="91" />
        <source>Speed field (km/h)</source>
        <translation>Champ de vitesse (km/h)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="91" />
        <source>Car speed; NULL or 0 → class default.</source>
        <translation>Vitesse voiture ; NULL ou 0 → valeur par défaut de la classe.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="91" />
        <source>Direction field</source>
        <translation>Champ de sens</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="91" />
        <source>yes/1/Sens direct = digitising direction only; -1/Sens inverse = reverse only; anything else = both ways.</source>
        <translation>yes/1/Sens direct = sens de numérisation seulement ; -1/Sens inverse = sens inverse seulement ; toute autre valeur = double sens.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="91" />
        <source>From-node id field</source>
        <translation>Champ du nœud de départ</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="91" />
        <source>With the to-node field: use these ids as the graph topology.</source>
        <translation>Avec le champ du nœud d'arrivée : utiliser ces identifiants comme topologie du graphe.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="91" />
        <source>To-node id field</source>
        <translation>Champ du nœud d'arrivée</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="91" />
        <source>Node id at the end of each line.</source>
        <translation>Identifiant du nœud à la fin de chaque ligne.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="104" />
        <source>Apply the urban speed reduction</source>
        <translation>Appliquer la réduction de vitesse urbaine</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="105" />
        <source>Class-default car speeds are capped at 50 km/h and multiplied by 0.7 in dense street grids. Speeds read from a field are never changed.</source>
        <translation>Dans les trames de rues denses, les vitesses voiture par défaut de la classe sont plafonnées à 50 km/h et multipliées par 0,7. Les vitesses lues dans un champ ne sont jamais modifiées.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="108" />
        <source>Prepared network</source>
        <translation>Réseau préparé</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="130" />
        <source>road lines</source>
        <translation>lignes de routes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="134" />
        <source>Cannot read the OpenStreetMap file {}: check that it is an .osm.pbf or .osm file.</source>
        <translation>Impossible de lire le fichier OpenStreetMap {} : vérifiez qu'il s'agit d'un fichier .osm.pbf ou .osm.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="138" />
        <source>The OpenStreetMap file {} has no highway tag in its lines layer.</source>
        <translation>Le fichier OpenStreetMap {} n'a pas de clé highway dans sa couche de lignes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="143" />
        <source>Give either a road line layer or an OpenStreetMap file.</source>
        <translation>Indiquez une couche de lignes de routes ou un fichier OpenStreetMap.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="157" />
        <source>Give both the from-node and the to-node fields, or neither.</source>
        <translation>Indiquez à la fois le champ du nœud de départ et celui du nœud d'arrivée, ou aucun des deux.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="158" />
        <source>Input read as: {} (class {}, speed {}, direction {}, nodes {} → {}).</source>
        <translation>Entrée lue comme : {} (classe {}, vitesse {}, sens {}, nœuds {} → {}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="178" />
        <source>target CRS</source>
        <translation>SCR cible</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="174" />
        <source>Geographic input: reprojected to {}.</source>
        <translation>Entrée géographique : reprojetée en {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="186" />
        <source>The OpenStreetMap file has no road (highway=*) in the territory extent: check the extent or use an extract that covers the territory.</source>
        <translation>Le fichier OpenStreetMap ne contient aucune route (highway=*) dans l'emprise du territoire : vérifiez l'emprise ou utilisez un extrait qui couvre le territoire.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="189" />
        <source>No road line in the input (or in the territory extent).</source>
        <translation>Aucune ligne de route en entrée (ou dans l'emprise du territoire).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="193" />
        <source>No road open to car, walk or bike remains after filtering: check the class, modes and access fields.</source>
        <translation>Aucune route ouverte à la voiture, à la marche ou au vélo ne reste après filtrage : vérifiez les champs de classe, de modes et d'accès.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="196" />
        <source>{} input lines → {} links, {} nodes; {} lines dropped (not roads, not open to any mode or without car mode).</source>
        <translation>{} lignes en entrée → {} tronçons, {} nœuds ; {} lignes écartées (pas des routes, fermées à tous les modes ou sans mode voiture).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="200" />
        <source>{} links had a NULL or zero speed: the class default speed was used (speed_src = default).</source>
        <translation>{} tronçons avaient une vitesse NULL ou nulle : la vitesse par défaut de la classe a été utilisée (speed_src = default).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="202" />
        <source>Closed: {} links to cars, {} to walkers, {} to bikes; {} links in dense urban areas.</source>
        <translation>Fermés : {} tronçons aux voitures, {} aux piétons, {} aux vélos ; {} tronçons en zone urbaine dense.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="227" />
        <source>Network built in {:.1f} s.</source>
        <translation>Réseau construit en {:.1f} s.</translation>
    </message>
</context>
<context>
    <name>ClientCommon</name>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="52" />
        <source>200 m (INSEE grid)</source>
        <translation>200 m (grille Insee)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="53" />
        <source>500 m</source>
        <translation>500 m</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="54" />
        <source>1 km (INSEE grid)</source>
        <translation>1 km (grille Insee)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="60" />
        <source>Households (men)</source>
        <translation>Ménages (men)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="61" />
        <source>Persons (ind)</source>
        <translation>Personnes (ind)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="62" />
        <source>Persons aged 65 or more (ind_65_79 + ind_80p)</source>
        <translation>Personnes de 65 ans ou plus (ind_65_79 + ind_80p)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="63" />
        <source>Persons aged 80 or more (ind_80p)</source>
        <translation>Personnes de 80 ans ou plus (ind_80p)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="64" />
        <source>Single-parent families (men_fmp)</source>
        <translation>Familles monoparentales (men_fmp)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="65" />
        <source>Owner households (men_prop)</source>
        <translation>Ménages propriétaires (men_prop)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="66" />
        <source>High-income households (approx.: households of cells above the median standard of living)</source>
        <translation>Ménages aisés (approx. : ménages des carreaux au-dessus du niveau de vie médian)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="104" />
        <source>Client points</source>
        <translation>Points clients</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="114" />
        <source>Weight field (hours sold, revenue…)</source>
        <translation>Champ de poids (heures vendues, chiffre d'affaires…)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="131" />
        <source>Filosofi cells (target population)</source>
        <translation>Carreaux Filosofi (population cible)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="145" />
        <source>Target population (denominator)</source>
        <translation>Population cible (dénominateur)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="161" />
        <source>…or a numeric field of the zones</source>
        <translation>…ou un champ numérique des zones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="179" />
        <source>Minimum clients per published cell or zone (k)</source>
        <translation>Minimum de clients par carreau ou zone publié (k)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="259" />
        <source>Could not reproject the points from {} to {}: {}</source>
        <translation>Impossible de reprojeter les points de {} vers {} : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="265" />
        <source>Some points cannot be reprojected from {} to {}: check the layer's CRS.</source>
        <translation>Certains points ne peuvent pas être reprojetés de {} vers {} : vérifiez le SCR de la couche.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="417" />
        <source>The weight field “{}” holds a value that is not finite (feature {}).</source>
        <translation>Le champ de poids « {} » contient une valeur non finie (entité {}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="448" />
        <source>Read {} points directly from the GeoPackage.</source>
        <translation>{} points lus directement dans le GeoPackage.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="510" />
        <source>{}: {} points read.</source>
        <translation>{} : {} points lus.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="520" />
        <source>{}: {} points have an empty weight, counted as 0.</source>
        <translation>{} : {} points ont un poids vide, compté comme 0.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="582" />
        <source>{}: {} polygons have an empty or unusable geometry: no point is counted in them.</source>
        <translation>{} : {} polygones ont une géométrie vide ou inutilisable : aucun point n'y est compté.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="861" />
        <source>{} Filosofi cells lie outside the zones (not counted).</source>
        <translation>{} carreaux Filosofi sont hors des zones (non comptés).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="921" />
        <source>{} clients lie outside every zone and are not counted in any zone.</source>
        <translation>{} clients sont hors de toute zone et ne sont comptés dans aucune zone.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="767" />
        <source>Grid in {}: {}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="767" />
        <source>the INSEE grid of this territory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="767" />
        <source>INSEE publishes no grid for this territory; cells aligned the same way in its legal projection</source>
        <translation type="unfinished" />
    </message>
<message><source>None of the {} clients lies inside the zones: check that the clients and the zones cover the same territory (and that their CRS are right).</source><translation>Aucun des {} clients ne se trouve dans les zones : vérifiez que les clients et les zones couvrent le même territoire (et que leurs SCR sont justes).</translation></message><message><source>One point per client (e.g. the layer “clients” made by the import algorithm). Individual points are never copied to the outputs.</source><translation>Un point par client (par exemple la couche « clients » produite par l'algorithme d'import). Les points individuels ne sont jamais copiés dans les sorties.</translation></message><message><source>Optional numeric field summed per cell or zone besides the number of clients. Text values that are not numbers stop the algorithm; empty values count as 0.</source><translation>Champ numérique facultatif, additionné par carreau ou par zone en plus du nombre de clients. Une valeur texte qui n'est pas un nombre arrête l'algorithme ; une valeur vide compte pour 0.</translation></message><message><source>Optional: take the target population of each zone from this field instead of the Filosofi cells (e.g. POP_2020).</source><translation>Facultatif : prendre la population cible de chaque zone dans ce champ plutôt que dans les carreaux Filosofi (par exemple POP_2020).</translation></message><message><source>Statistical secrecy: cells and zones with 1 to k−1 clients are flagged (secret = 1) and their counts and rates are left empty (NULL). Zero stays published. Empty: the threshold of the Coodiag settings (11 by default); a value below that setting is raised to it.</source><translation>Secret statistique : les carreaux et zones de 1 à k−1 clients sont signalés (secret = 1) et leurs effectifs et taux laissés vides (NULL). Zéro reste publié. Vide : le seuil des réglages Coodiag (11 par défaut) ; une valeur inférieure à ce réglage est relevée.</translation></message><message><source>The Filosofi layer lacks the field(s) {} needed for this target population; available fields: {}. Load it with the Filosofi algorithm (normalised 2019 names) or choose another target.</source><translation>Il manque à la couche Filosofi le ou les champs {} nécessaires à cette population cible ; champs disponibles : {}. Chargez-la avec l'algorithme Filosofi (noms normalisés 2019) ou choisissez une autre cible.</translation></message><message><source>The normalised Filosofi 200 m or 1 km cells (fields ind, men, men_fmp, men_prop, ind_65_79, ind_80p, ind_snv…). Cell values are summed into zones by cell centroid.</source><translation>Les carreaux Filosofi normalisés de 200 m ou 1 km (champs ind, men, men_fmp, men_prop, ind_65_79, ind_80p, ind_snv…). Les valeurs des carreaux sont additionnées dans les zones selon leur centroïde.</translation></message><message><source>The weight field “{}” holds a text value that is not a number (“{}”, feature {}). Choose a numeric field, or fix the value (decimal separator . or ,).</source><translation>Le champ de pondération « {} » contient un texte qui n'est pas un nombre (« {} », entité {}). Choisissez un champ numérique ou corrigez la valeur (séparateur décimal . ou ,).</translation></message><message><source>Which population the rates are computed against: clients per 1,000 of it. High-income households are approximated by the households of the cells whose mean standard of living (ind_snv / ind) is above the territory's household-weighted median.</source><translation>Population de référence des taux : clients pour 1 000 de cette population. Les ménages aisés sont approchés par les ménages des carreaux dont le niveau de vie moyen (ind_snv / ind) dépasse la médiane du territoire pondérée par les ménages.</translation></message><message><source>{}: {} features have no usable point geometry (empty or multi-part) and are not counted; they are listed in the rejected output if you asked for it.</source><translation>{} : {} entités n'ont pas de géométrie ponctuelle utilisable (vide ou multiple) et ne sont pas comptées ; elles figurent dans la sortie des rejets si vous l'avez demandée.</translation></message></context>
<context>
    <name>ClientDensityAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="55" />
        <source>Client density (grid, zones, smoothed)</source>
        <translation>Densité de clientèle (carreaux, zones, lissage)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="87" />
        <source>Grid cell size</source>
        <translation>Taille des carreaux</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="92" />
        <source>Zones (communes, IRIS, QPV…)</source>
        <translation>Zones (communes, IRIS, QPV…)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="94" />
        <source>Optional polygons: clients are counted per zone (a client in overlapping zones is counted once).</source>
        <translation>Polygones facultatifs : les clients sont comptés par zone (un client situé dans des zones qui se chevauchent n'est compté qu'une fois).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="98" />
        <source>Smoothing bandwidth (m, 0 = no smoothing)</source>
        <translation>Rayon de lissage (m, 0 = pas de lissage)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="100" />
        <source>Radius of the bisquare kernel in metres (INSEE often uses 400 m to 2 km).</source>
        <translation>Rayon du noyau bicarré en mètres (l'Insee utilise souvent de 400 m à 2 km).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="103" />
        <source>CRS of the grid outputs</source>
        <translation>SCR des sorties en carreaux</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="107" />
        <source>Clients per grid cell</source>
        <translation>Clients par carreau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="108" />
        <source>Clients per zone</source>
        <translation>Clients par zone</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="110" />
        <source>Smoothed clients</source>
        <translation>Clients (lissage)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="112" />
        <source>Rejected client features</source>
        <translation>Clients rejetés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="123" />
        <source>Reading the clients…</source>
        <translation>Lecture des clients…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="124" />
        <source>clients</source>
        <translation>clients</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="125" />
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="127" />
        <source>No client has a usable point geometry: nothing to count.</source>
        <translation>Aucun client n'a de géométrie ponctuelle utilisable : rien à compter.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="130" />
        <source>zones</source>
        <translation>zones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="140" />
        <source>Counting the clients per zone…</source>
        <translation>Comptage des clients par zone…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="146" />
        <source>None of the {} clients lies inside the zones: check that the clients and the zones cover the same territory (and that their CRS are right).</source>
        <translation>Aucun des {} clients ne se trouve dans les zones : vérifiez que les clients et les zones couvrent le même territoire (et que leurs SCR sont justes).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="150" />
        <source>{} clients lie outside every zone: they are counted on the grid but in no zone.</source>
        <translation>{} clients sont hors de toute zone : ils sont comptés sur la grille mais dans aucune zone.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="161" />
        <source>Binning the clients on the {} m grid…</source>
        <translation>Comptage des clients sur la grille de {} m…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="181" />
        <source>Smoothing (bisquare kernel, bandwidth {} m)…</source>
        <translation>Lissage (noyau bicarré, rayon {} m)…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="186" />
        <source>no usable point geometry</source>
        <translation>pas de géométrie ponctuelle utilisable</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="336" />
        <source>The smoothing grid would have {} cells: use larger cells or check that the clients are all in the territory.</source>
        <translation>La grille de lissage aurait {} carreaux : prenez des carreaux plus grands ou vérifiez que tous les clients sont dans le territoire.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="341" />
        <source>Smoothing mass balance: {:.3f} clients in, {:.3f} out (relative difference {:.2e}).</source>
        <translation>Bilan de masse du lissage : {:.3f} clients en entrée, {:.3f} en sortie (écart relatif {:.2e}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="58" />
        <source>Where are my clients? Counts the client points (and sums an optional weight such as hours sold) on a square grid aligned on the INSEE grid (cells of 200 m, 500 m or 1 km in EPSG:3035, ids CRS3035RES200mN…E…, south-west corner; overseas, the territory's own grid: CRS5490… in the Antilles, CRS2975… in La Réunion), per zone (communes, IRIS, QPV or any polygons), and as a smoothed surface.

Rates: clients per 1,000 of a target population taken from the Filosofi cells (households, persons, 65+, 80+, single-parent families, owners, or high-income households — approximated by the households of the cells whose mean standard of living ind_snv / ind is above the territory's household-weighted median) or from a numeric field of the zones. A missing or zero target gives an empty (NULL) rate, never an error. Zones also get an index (100 = the territory's average rate) and their share of all clients.

Smoothing: conservative kernel smoothing in the spirit of INSEE's « lissage »: each client spreads its mass over the centres of the cells within the bandwidth with a bisquare kernel, renormalised so that the total is preserved; the target population is smoothed the same way and the smoothed rate is their ratio (NULL where the smoothed target is below 1). The smoothing frame covers every client plus the bandwidth, so no mass is lost at the edges; the log reports the mass balance. Bandwidth 0 skips the smoothed output.

Privacy: no output carries individual client points. Cells and zones holding 1 to k−1 clients (k = the secrecy threshold of the Coodiag settings, 11 by default), those where one client holds more than 85 % of the weight, and the cells or zones hidden with them so that no count can be worked back from the other cells, zones and totals, are flagged secret = 1 and their counts, weights and rates are NULL. The smoothed surface is computed from the published grid (hidden cells enter with an estimate computed from the published figures, at their cell centre), so it reveals no hidden count. Features without a point geometry are counted in the log and can be written to the optional rejected output.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="89" />
        <source>Cells of the INSEE grid (EPSG:3035 in metropolitan France, the territory's grid overseas); 200 m matches the Filosofi cells one to one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="104" />
        <source>Default: the CRS of the zones, else that of the clients. Cells are built in the INSEE grid's CRS of the territory (EPSG:3035 in metropolitan France) and reprojected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="316" />
        <source>{} grid cells written, {} of them secret (fewer than {} clients, or hidden with such a cell).</source>
        <translation>{} carreaux écrits, dont {} secrets (moins de {} clients, ou masqués avec un tel carreau).</translation>
    </message>
</context>
<context>
    <name>CoodiagAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/base.py" line="83" />
        <source>The layer given for “{}” is empty: it has no feature to process.</source>
        <translation>La couche fournie pour « {} » est vide : elle ne contient aucune entité à traiter.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="95" />
        <source>The layer {} lacks the field(s) {}; available fields: {}.</source>
        <translation>Il manque à la couche {} le ou les champs {} ; champs disponibles : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="105" />
        <source>The layer {} has no coordinate reference system: set its CRS (Layer properties ▸ Source) before running this algorithm.</source>
        <translation>La couche {} n'a pas de système de coordonnées : définissez son SCR (Propriétés de la couche ▸ Source) avant de lancer cet algorithme.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="117" />
        <source>The CRS of {} ({}) is geographic (degrees); choose a projected CRS in metres such as EPSG:2154 (Lambert-93).</source>
        <translation>Le SCR de {} ({}) est géographique (degrés) ; choisissez un SCR projeté en mètres, par exemple EPSG:2154 (Lambert-93).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="71" />
        <source>Secrecy threshold {} raised to the Coodiag setting {}.</source>
        <translation>Seuil de secret {} relevé au réglage Coodiag {}.</translation>
    </message>
</context>
<context>
    <name>CoodiagGroups</name>
    <message>
        <location filename="../../processing_algorithms/base.py" line="20" />
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="21" />
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="22" />
        <source>Cartography</source>
        <translation>Cartographie</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="23" />
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
</context>
<context>
    <name>CoodiagNetwork</name>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="69" />
        <source>The network layer is not a prepared network: it was prepared in memory with automatic settings. Run “Build a routable network” once and use its output to save this step.</source>
        <translation>La couche réseau n'est pas un réseau préparé : elle a été préparée en mémoire avec des réglages automatiques. Lancez une fois « Construire un réseau routable » et utilisez sa sortie pour éviter cette étape.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="74" />
        <source>Prepared network reused from this session's cache (not rebuilt).</source>
        <translation>Réseau préparé réutilisé depuis le cache de la session (non reconstruit).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="77" />
        <source>Prepared network read in {:.2f} s ({} links).</source>
        <translation>Réseau préparé lu en {:.2f} s ({} tronçons).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="81" />
        <source>The network layer has no link.</source>
        <translation>La couche réseau n'a aucun tronçon.</translation>
    </message>
</context>
<context>
    <name>CoodiagPlugin</name>
    <message>
        <location filename="../../coodiag_plugin/plugin.py" line="45" />
        <source>Coodiag diagnostic</source>
        <translation>Diagnostic Coodiag</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/plugin.py" line="46" />
        <source>Show or hide the Coodiag guided diagnostic</source>
        <translation>Afficher ou masquer le diagnostic guidé Coodiag</translation>
    </message>
</context>
<context>
    <name>CoodiagProvider</name>
    <message>
        <location filename="../../processing_algorithms/provider.py" line="58" />
        <source>Coodiag – territorial diagnostic for SIAE</source>
        <translation>Coodiag – diagnostic territorial des SIAE</translation>
    </message>
</context>
<context>
    <name>DownloadDataAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/download_data.py" line="71" />
        <source>Download public data file</source>
        <translation>Télécharger un fichier de données publiques</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/download_data.py" line="74" />
        <source>Downloads a national file of the Coodiag catalogue (resources/data_sources.json: Filosofi grids, census tables…) through QGIS's network settings (proxy, authentication) and keeps it in a cache folder: the next run returns the cached file without any network access.

Downloads are OFF by default: enable them in the Coodiag settings (downloads_enabled) or with the environment variable QGIS_COODIAG_DOWNLOADS_ENABLED=1. The cache folder is the setting download_cache_dir, else the QGIS cache folder (…/cache/coodiag). Zip archives are extracted and the first data file inside is returned; INSEE zips that hold a .7z archive must be extracted with 7-Zip.

National files are large (hundreds of MB): you can also download them from the landing page given in the catalogue and load them directly.</source>
        <translation>Télécharge un fichier national du catalogue de Coodiag (resources/data_sources.json : données carroyées Filosofi, tables du recensement…) en passant par les réglages réseau de QGIS (proxy, authentification) et le garde dans un dossier de cache : l'exécution suivante renvoie le fichier du cache sans accès au réseau.

Les téléchargements sont DÉSACTIVÉS par défaut : activez-les dans les réglages de Coodiag (downloads_enabled) ou avec la variable d'environnement QGIS_COODIAG_DOWNLOADS_ENABLED=1. Le dossier de cache est le réglage download_cache_dir, sinon le dossier de cache de QGIS (…/cache/coodiag). Les archives zip sont décompressées et le premier fichier de données qu'elles contiennent est renvoyé ; les zip de l'Insee qui contiennent une archive .7z doivent être décompressés avec 7-Zip.

Les fichiers nationaux sont volumineux (des centaines de Mo) : vous pouvez aussi les télécharger depuis la page indiquée dans le catalogue et les charger directement.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/download_data.py" line="89" />
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/download_data.py" line="90" />
        <source>An entry of resources/data_sources.json.</source>
        <translation>Une entrée de resources/data_sources.json.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/download_data.py" line="92" />
        <source>Other URL (empty: the catalogue's)</source>
        <translation>Autre URL (vide : celle du catalogue)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/download_data.py" line="93" />
        <source>Direct URL of the file when the catalogue has none or INSEE moved it.</source>
        <translation>URL directe du fichier quand le catalogue n'en a pas ou que l'Insee l'a déplacé.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/download_data.py" line="95" />
        <source>Download again even if cached</source>
        <translation>Télécharger à nouveau même si le fichier est en cache</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/download_data.py" line="96" />
        <source>Ignore the cached copy.</source>
        <translation>Ignorer la copie en cache.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/download_data.py" line="98" />
        <source>Extract zip archives</source>
        <translation>Décompresser les archives zip</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/download_data.py" line="99" />
        <source>Unzip the file in the cache folder and return the data file inside.</source>
        <translation>Décompresser le fichier dans le dossier de cache et renvoyer le fichier de données qu'il contient.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/download_data.py" line="101" />
        <source>Downloaded file</source>
        <translation>Fichier téléchargé</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/download_data.py" line="102" />
        <source>Taken from the cache</source>
        <translation>Pris dans le cache</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/download_data.py" line="103" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/download_data.py" line="112" />
        <source>The catalogue has no direct download link for {}: download it from {} and load it, or give its URL.</source>
        <translation>Le catalogue n'a pas de lien de téléchargement direct pour {} : téléchargez-le depuis {} puis chargez-le, ou indiquez son URL.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/download_data.py" line="122" />
        <source>Cached copy used: {}.</source>
        <translation>Copie en cache utilisée : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/download_data.py" line="125" />
        <source>Downloads are disabled. Enable them in the Coodiag settings (downloads_enabled) or set QGIS_COODIAG_DOWNLOADS_ENABLED=1; or download the file yourself from {}.</source>
        <translation>Les téléchargements sont désactivés. Activez-les dans les réglages de Coodiag (downloads_enabled) ou définissez QGIS_COODIAG_DOWNLOADS_ENABLED=1 ; ou téléchargez vous-même le fichier depuis {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/download_data.py" line="129" />
        <source>Downloading {}…</source>
        <translation>Téléchargement de {}…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/download_data.py" line="133" />
        <source>Download of {} failed: {}</source>
        <translation>Le téléchargement de {} a échoué : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/download_data.py" line="137" />
        <source>The server returned an empty file for {}.</source>
        <translation>Le serveur a renvoyé un fichier vide pour {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/download_data.py" line="141" />
        <source>{} bytes saved to {}.</source>
        <translation>{} octets enregistrés dans {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/download_data.py" line="146" />
        <source>The archive holds no data file Coodiag reads directly (a .7z inside?): extract it with 7-Zip from {}.</source>
        <translation>L'archive ne contient aucun fichier que Coodiag lit directement (un .7z à l'intérieur ?) : décompressez-la avec 7-Zip depuis {}.</translation>
    </message>
</context>
<context>
    <name>ExportAtlasAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="61" />
        <source>Export the diagnostic atlas (PDF)</source>
        <translation>Exporter l'atlas du diagnostic (PDF)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="64" />
        <source>Builds the printable atlas of a diagnostic from its GeoPackage: a cover page, a key-figures page (a table of the main numbers per zone), then for each theme one map page per zone (communes by default; the other zones are greyed) or one page for the whole territory.

Themes are described by the JSON files of resources/atlas/themes; a theme is used when all its layers exist in the GeoPackage. Layers keep the style stored in the GeoPackage. Pages never show individual client or employee points: a theme that would is refused.

The result is a single PDF whose texts (sources, secrecy note) remain searchable text.</source>
        <translation>Construit l'atlas imprimable d'un diagnostic à partir de son GeoPackage : une page de couverture, une page de chiffres clés (un tableau des principaux chiffres par zone), puis pour chaque thème une page de carte par zone (les communes par défaut ; les autres zones sont grisées) ou une page pour l'ensemble du territoire.

Les thèmes sont décrits par les fichiers JSON de resources/atlas/themes ; un thème est retenu quand toutes ses couches existent dans le GeoPackage. Les couches gardent le style enregistré dans le GeoPackage. Les pages ne montrent jamais de points individuels de clients ou de salariés : un thème qui le ferait est refusé.

Le résultat est un PDF unique dont les textes (sources, mention du secret statistique) restent du texte consultable.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="78" />
        <source>Diagnostic GeoPackage</source>
        <translation>GeoPackage du diagnostic</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="80" />
        <source>The GeoPackage holding every layer of the diagnostic (communes, Filosofi cells, analysis results).</source>
        <translation>Le GeoPackage qui contient toutes les couches du diagnostic (communes, carreaux Filosofi, résultats des analyses).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="84" />
        <source>Themes (comma-separated ids)</source>
        <translation>Thèmes (identifiants séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="86" />
        <source>Ids of the themes to print, in resources/atlas/themes (e.g. “population, clients”). Empty: every theme whose layers are in the GeoPackage.</source>
        <translation>Identifiants des thèmes à imprimer, dans resources/atlas/themes (par exemple « population, clients »). Vide : tous les thèmes dont les couches sont dans le GeoPackage.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="91" />
        <source>Coverage zones layer (in the GeoPackage)</source>
        <translation>Couche des zones de l'atlas (dans le GeoPackage)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="93" />
        <source>Name of the polygon layer of the GeoPackage the atlas iterates over: one page per feature for the per-zone themes (communes, EPCI, antenna areas).</source>
        <translation>Nom de la couche de polygones du GeoPackage parcourue par l'atlas : une page par entité pour les thèmes par zone (communes, EPCI, secteurs d'antenne).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="97" />
        <source>Zone name field</source>
        <translation>Champ du nom de zone</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="99" />
        <source>Field holding the zone names; empty: detected (NOM, nom, libgeo…).</source>
        <translation>Champ qui contient le nom des zones ; vide : détecté automatiquement (NOM, nom, libgeo…).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="102" />
        <source>Paper</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="102" />
        <source>A4 landscape</source>
        <translation>A4 paysage</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="102" />
        <source>A3 landscape</source>
        <translation>A3 paysage</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="105" />
        <source>Layout template of resources/layouts used for every page.</source>
        <translation>Modèle de mise en page de resources/layouts utilisé pour toutes les pages.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="108" />
        <source>Atlas title</source>
        <translation>Titre de l'atlas</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="108" />
        <source>Title of the cover page; empty: “Territorial diagnostic”.</source>
        <translation>Titre de la page de couverture ; vide : « Diagnostic territorial ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="108" />
        <source>SIAE name</source>
        <translation>Nom de la SIAE</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="108" />
        <source>Name of the structure, printed on every page.</source>
        <translation>Nom de la structure, imprimé sur chaque page.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="108" />
        <source>Territory name</source>
        <translation>Nom du territoire</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="108" />
        <source>Name of the study territory, printed on every page.</source>
        <translation>Nom du territoire d'étude, imprimé sur chaque page.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="119" />
        <source>Atlas language</source>
        <translation>Langue de l'atlas</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="119" />
        <source>Same as QGIS</source>
        <translation>Comme QGIS</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="119" />
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="119" />
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="122" />
        <source>Language of the printed texts (titles, key figures, notes).</source>
        <translation>Langue des textes imprimés (titres, chiffres clés, mentions).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="125" />
        <source>Logo (SVG or image)</source>
        <translation>Logo (SVG ou image)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="127" />
        <source>Logo of the SIAE or of the delegation, printed in the top-right frame.</source>
        <translation>Logo de la SIAE ou de la délégation, imprimé dans le cadre en haut à droite.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="130" />
        <source>Theme folder</source>
        <translation>Dossier des thèmes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="133" />
        <source>Folder of theme JSON files to use instead of the themes shipped with Coodiag (resources/atlas/themes).</source>
        <translation>Dossier de fichiers JSON de thèmes à utiliser à la place des thèmes fournis avec Coodiag (resources/atlas/themes).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="145" />
        <source>Atlas PDF</source>
        <translation>Atlas PDF</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="147" />
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="149" />
        <source>Number of pages</source>
        <translation>Nombre de pages</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="150" />
        <source>Themes printed</source>
        <translation>Thèmes imprimés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="156" />
        <source>The GeoPackage {} does not exist: choose the diagnostic's .gpkg file.</source>
        <translation>Le GeoPackage {} n'existe pas : choisissez le fichier .gpkg du diagnostic.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="161" />
        <source>{} is not a readable GeoPackage ({}).</source>
        <translation>{} n'est pas un GeoPackage lisible ({}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="176" />
        <source>The GeoPackage has no layer “{}” for the coverage zones; layers available: {}.</source>
        <translation>Le GeoPackage n'a pas de couche « {} » pour les zones de l'atlas ; couches disponibles : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="180" />
        <source>The coverage layer “{}” must hold polygons (communes, EPCI, antenna areas).</source>
        <translation>La couche des zones « {} » doit contenir des polygones (communes, EPCI, secteurs d'antenne).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="185" />
        <source>The coverage layer “{}” is empty or unreadable.</source>
        <translation>La couche des zones « {} » est vide ou illisible.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="190" />
        <source>The coverage layer has no field “{}”; available fields: {}.</source>
        <translation>La couche des zones n'a pas de champ « {} » ; champs disponibles : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="196" />
        <source>{} zones from “{}” (names: {}).</source>
        <translation>{} zones dans « {} » (noms : {}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="204" />
        <source>Unreadable theme file: {}</source>
        <translation>Fichier de thème illisible : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="208" />
        <source>Theme “{}” left out: {}.</source>
        <translation>Thème « {} » écarté : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="214" />
        <source>No theme can be printed from this GeoPackage. Themes known: {}; run the steps that create their layers first.</source>
        <translation>Aucun thème ne peut être imprimé à partir de ce GeoPackage. Thèmes connus : {} ; lancez d'abord les étapes qui créent leurs couches.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="223" />
        <source>Theme “{}” would print the layer “{}”, which holds individual clients or employees: atlas pages only show aggregates (e.g. clients per 200 m cell). Remove that layer from the theme.</source>
        <translation>Le thème « {} » imprimerait la couche « {} », qui contient des clients ou des salariés individuels : les pages de l'atlas ne montrent que des agrégats (par exemple les clients par carreau de 200 m). Retirez cette couche du thème.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="240" />
        <source>Atlas of {} pages: {} theme(s) ({}), {} zones.</source>
        <translation>Atlas de {} pages : {} thème(s) ({}), {} zones.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="277" />
        <source>Wrote {} pages to {}.</source>
        <translation>{} pages écrites dans {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="309" />
        <source>Key figure “{}”: layer “{}” unreadable, left out.</source>
        <translation>Chiffre clé « {} » : couche « {} » illisible, écarté.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="314" />
        <source>Key figure “{}”: layer “{}” has no field “{}”, left out.</source>
        <translation>Chiffre clé « {} » : la couche « {} » n'a pas de champ « {} », écarté.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="434" />
        <source>Theme “{}”: the layer “{}” of the GeoPackage cannot be read.</source>
        <translation>Thème « {} » : la couche « {} » du GeoPackage est illisible.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="474" />
        <source>The atlas over “{}” could not start.</source>
        <translation>L'atlas sur « {} » n'a pas pu démarrer.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="138" />
        <source>Also add the atlas layouts to the project</source>
        <translation>Ajouter aussi les mises en page de l'atlas au projet</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="140" />
        <source>When ticked, the diagnostic's layers are added to the current project (grouped by question) and one print layout per theme appears in the Layout Manager, ready to edit and print again.</source>
        <translation>Si la case est cochée, les couches du diagnostic sont ajoutées au projet (rangées par question) et une mise en page par thème apparaît dans le gestionnaire de mises en page, prête à être retouchée et réimprimée.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="282" />
        <source>{} layouts added to the project's Layout Manager.</source>
        <translation>{} mises en page ajoutées au gestionnaire de mises en page du projet.</translation>
    </message>
</context>
<context>
    <name>GeocodingQualityAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/geocoding_quality.py" line="68" />
        <source>Placement precision per zone</source>
        <translation>Précision du placement par zone</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/geocoding_quality.py" line="41" />
        <source>Where do the SIAE's data come from, and how precisely were they placed? Counts, per commune (or any zone), the rows of the imported layers (clients, employees, work sites, antennas: outputs of “Import and geocode a table”) by placement level — house number, street, locality, commune centroid, coordinates given in the file — and the share placed precisely (house number, street or the file's own coordinates). Counts of 1 to k−1 rows (k = the secrecy threshold of the Coodiag settings), and those hidden with them so that none can be worked back from the row totals, the rate and the number of rows read, are suppressed (NULL, secret); the rate is NULL when it would give one away.

A row is counted in the commune whose INSEE code it was placed with (geo_insee) when the zones have a commune code, otherwise in the zone that contains it.</source>
        <translation>D'où viennent les données de la SIAE, et avec quelle précision ont-elles été placées ? Compte, par commune (ou toute zone), les lignes des couches importées (clients, salariés, chantiers, antennes : sorties de « Importer et géocoder une table ») par niveau de placement — numéro, rue, lieu-dit, centroïde de la commune, coordonnées données dans le fichier — et la part placée précisément (numéro, rue ou coordonnées du fichier). Les effectifs de 1 à k−1 lignes (k = seuil de secret des réglages Coodiag), et ceux masqués avec eux pour qu'aucun ne puisse être recalculé à partir des totaux de ligne, du taux et du nombre de lignes lues, sont masqués (NULL, secret) ; le taux est NULL quand il en trahirait un.

Une ligne est comptée dans la commune dont le code INSEE lui a été attribué au placement (geo_insee) quand les zones ont un code commune, sinon dans la zone qui la contient.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/geocoding_quality.py" line="54" />
        <source>Imported point layers</source>
        <translation>Couches de points importées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/geocoding_quality.py" line="56" />
        <source>Outputs of “Import and geocode a table” (they carry the fields geo_type and geo_insee).</source>
        <translation>Sorties de « Importer et géocoder une table » (elles portent les champs geo_type et geo_insee).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/geocoding_quality.py" line="59" />
        <source>Zones (communes)</source>
        <translation>Zones (communes)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/geocoding_quality.py" line="61" />
        <source>The communes of the territory (or any polygons).</source>
        <translation>Les communes du territoire (ou d'autres polygones).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/geocoding_quality.py" line="63" />
        <source>Commune code field of the zones</source>
        <translation>Champ du code commune des zones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/geocoding_quality.py" line="65" />
        <source>Empty: detected (INSEE_COM, code_insee…); without one, rows are assigned spatially.</source>
        <translation>Vide : détecté (INSEE_COM, code_insee…) ; sans code, les lignes sont affectées par leur position.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/geocoding_quality.py" line="74" />
        <source>Give at least one imported point layer.</source>
        <translation>Indiquez au moins une couche de points importée.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/geocoding_quality.py" line="94" />
        <source>The layer {} has no field geo_type: give the outputs of “Import and geocode a table”.</source>
        <translation>La couche {} n'a pas de champ geo_type : indiquez les sorties de « Importer et géocoder une table ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/geocoding_quality.py" line="159" />
        <source>{} rows lie outside every zone and are not counted.</source>
        <translation>{} lignes sont hors de toute zone et ne sont pas comptées.</translation>
    </message>
</context>
<context>
    <name>GuidedDock</name>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="345" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="269" />
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="271" />
        <source>Open the algorithm's dialog, pre-filled with the diagnostic's layers</source>
        <translation>Ouvrir la boîte de dialogue de l'algorithme, pré-remplie avec les couches du diagnostic</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="276" />
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="278" />
        <source>Run in the background with the diagnostic's layers</source>
        <translation>Lancer en arrière-plan avec les couches du diagnostic</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="449" />
        <source>Algorithm {} is not available</source>
        <translation>L'algorithme {} n'est pas disponible</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="455" />
        <source>An algorithm is already running.</source>
        <translation>Un algorithme est déjà en cours.</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="479" />
        <source>{} finished.</source>
        <translation>{} : terminé.</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="523" />
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="523" />
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="533" />
        <source>State: {}</source>
        <translation>État : {}</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="95" />
        <source>Coodiag – territorial diagnostic</source>
        <translation>Coodiag – diagnostic territorial</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="228" />
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="177" />
        <source>Diagnostic</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="180" />
        <source>e.g. AI du Pays Ajaccien</source>
        <translation>p. ex. AI du Pays Ajaccien</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="184" />
        <source>e.g. CA du Pays Ajaccien</source>
        <translation>p. ex. CA du Pays Ajaccien</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="191" />
        <source>INSEE codes</source>
        <translation>Codes Insee</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="188" />
        <source>e.g. 242010056</source>
        <translation>p. ex. 242010056</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="239" />
        <source>Algorithms</source>
        <translation>Algorithmes</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="232" />
        <source>Every Coodiag algorithm, by group. Double-click to open its dialog.</source>
        <translation>Tous les algorithmes Coodiag, par groupe. Double-cliquez pour ouvrir leur boîte de dialogue.</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="246" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="137" />
        <source>A territorial diagnostic in a few steps: choose the diagnostic's GeoPackage, then follow the steps — or try the sample territory first.</source>
        <translation>Un diagnostic territorial en quelques étapes : choisissez le GeoPackage du diagnostic, puis suivez les étapes — ou essayez d'abord le territoire exemple.</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="144" />
        <source>Open the Coodiag help (in your browser)</source>
        <translation>Ouvrir l'aide de Coodiag (dans votre navigateur)</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="149" />
        <source>Try with the sample territory</source>
        <translation>Essayer avec le territoire exemple</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="151" />
        <source>Runs the whole diagnostic on the bundled sample (CA du Pays Ajaccien, a fictitious association intermédiaire) and adds every layer to the map.</source>
        <translation>Lance tout le diagnostic sur l'exemple fourni (CA du Pays Ajaccien, une association intermédiaire fictive) et ajoute toutes les couches à la carte.</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="558" />
        <source>No diagnostic chosen</source>
        <translation>Aucun diagnostic choisi</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="168" />
        <source>Open an existing diagnostic (.gpkg): its steps and layers are restored</source>
        <translation>Ouvrir un diagnostic existant (.gpkg) : ses étapes et ses couches sont restaurées</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="170" />
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="172" />
        <source>Start a new diagnostic in a new .gpkg file</source>
        <translation>Commencer un nouveau diagnostic dans un nouveau fichier .gpkg</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="181" />
        <source>SIAE</source>
        <translation>SIAE</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="185" />
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="189" />
        <source>INSEE codes of the communes, the EPCI (SIREN) or the départements of the territory, separated by commas</source>
        <translation>Codes Insee des communes, de l'EPCI (SIREN) ou des départements du territoire, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="215" />
        <source>Open the atlas (PDF)</source>
        <translation>Ouvrir l'atlas (PDF)</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="334" />
        <source>Open a diagnostic</source>
        <translation>Ouvrir un diagnostic</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="353" />
        <source>Coodiag</source>
        <translation>Coodiag</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="338" />
        <source>{} is not a GeoPackage.</source>
        <translation>{} n'est pas un GeoPackage.</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="345" />
        <source>New diagnostic</source>
        <translation>Nouveau diagnostic</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="353" />
        <source>A file {} already exists. Open it as the diagnostic (its layers are kept)?</source>
        <translation>Un fichier {} existe déjà. L'ouvrir comme diagnostic (ses couches sont conservées) ?</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="417" />
        <source>Choose the diagnostic's GeoPackage first (Open… or New…).</source>
        <translation>Choisissez d'abord le GeoPackage du diagnostic (Ouvrir… ou Nouveau…).</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="444" />
        <source>Running: {}…</source>
        <translation>En cours : {}…</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="465" />
        <source>the sample territory's diagnostic</source>
        <translation>le diagnostic du territoire exemple</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="470" />
        <source>The sample territory's diagnostic</source>
        <translation>Le diagnostic du territoire exemple</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="482" />
        <source>Left out: {}</source>
        <translation>Laissé de côté : {}</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="485" />
        <source>{} failed: {}</source>
        <translation>{} a échoué : {}</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="485" />
        <source>see the Processing log (View ▸ Panels ▸ Log Messages).</source>
        <translation>voir le journal des traitements (Vue ▸ Panneaux ▸ Journal des messages).</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="509" />
        <source>No atlas yet: print it first (step 9).</source>
        <translation>Pas encore d'atlas : imprimez-le d'abord (étape 9).</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="523" />
        <source>partly done</source>
        <translation>en partie</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="535" />
        <source>missing: {}</source>
        <translation>manque : {}</translation>
    </message>
</context>
<context>
    <name>HotSpotsAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="50" />
        <source>Client hot spots (Getis-Ord Gi*)</source>
        <translation>Points chauds de clientèle (Getis-Ord Gi*)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="78" />
        <source>Grid cell size</source>
        <translation>Taille des carreaux</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="83" />
        <source>Study area (polygons)</source>
        <translation>Zone d'étude (polygones)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="85" />
        <source>Cells whose centre lies in these polygons form the study area (e.g. the territory's communes). Clients outside it are not counted (reported in the log).</source>
        <translation>Les carreaux dont le centre est dans ces polygones forment la zone d'étude (par exemple les communes du territoire). Les clients situés hors de celle-ci ne sont pas comptés (signalé dans le journal).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="88" />
        <source>Neighbourhood</source>
        <translation>Voisinage</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="88" />
        <source>Queen contiguity (8 neighbours)</source>
        <translation>Contiguïté « reine » (8 voisins)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="88" />
        <source>Distance band</source>
        <translation>Bande de distance</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="91" />
        <source>Which cells are the neighbours of a cell (the cell itself always counts).</source>
        <translation>Quels carreaux sont les voisins d'un carreau (le carreau lui-même compte toujours).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="93" />
        <source>Distance band (m)</source>
        <translation>Bande de distance (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="95" />
        <source>For the distance band: cells whose centres are at most this far apart (≥ cell size).</source>
        <translation>Pour la bande de distance : carreaux dont les centres sont au plus à cette distance (≥ taille des carreaux).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="97" />
        <source>Permutations (0 = analytical p-value only)</source>
        <translation>Permutations (0 = p-valeur analytique seule)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="99" />
        <source>Number of random permutations for the pseudo p-value (99, 499 or 999 are usual).</source>
        <translation>Nombre de permutations aléatoires pour la pseudo p-valeur (99, 499 ou 999 sont usuels).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="101" />
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="103" />
        <source>Seed of the permutations, for reproducible results.</source>
        <translation>Graine des permutations, pour des résultats reproductibles.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="106" />
        <source>CRS of the output cells</source>
        <translation>SCR des carreaux en sortie</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="107" />
        <source>Default: the CRS of the study area, else that of the clients.</source>
        <translation>Par défaut : le SCR de la zone d'étude, sinon celui des clients.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="109" />
        <source>Client hot spots</source>
        <translation>Points chauds de clientèle</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="122" />
        <source>The distance band ({} m) must be at least the cell size ({} m).</source>
        <translation>La bande de distance ({} m) doit être au moins égale à la taille des carreaux ({} m).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="125" />
        <source>clients</source>
        <translation>clients</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="126" />
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="128" />
        <source>No client has a usable point geometry: nothing to analyse.</source>
        <translation>Aucun client n'a de géométrie ponctuelle utilisable : rien à analyser.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="132" />
        <source>study area</source>
        <translation>zone d'étude</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="142" />
        <source>The study area has no usable polygon.</source>
        <translation>La zone d'étude n'a aucun polygone utilisable.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="155" />
        <source>The study area would need {} cells of {} m: choose larger cells or a smaller study area.</source>
        <translation>La zone d'étude demanderait {} carreaux de {} m : choisissez des carreaux plus grands ou une zone d'étude plus petite.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="165" />
        <source>The study area holds fewer than 3 cells of {} m: choose smaller cells.</source>
        <translation>La zone d'étude compte moins de 3 carreaux de {} m : choisissez des carreaux plus petits.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="172" />
        <source>None of the {} clients lies in the study area: check the layers and their CRS.</source>
        <translation>Aucun des {} clients ne se trouve dans la zone d'étude : vérifiez les couches et leurs SCR.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="175" />
        <source>{} clients lie outside the study area and are not counted.</source>
        <translation>{} clients sont hors de la zone d'étude et ne sont pas comptés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="201" />
        <source>Computing Gi* on {} cells…</source>
        <translation>Calcul de Gi* sur {} carreaux…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="241" />
        <source>{} cells in the study area: {} hot-spot and {} cold-spot cells (90 % or more).</source>
        <translation>{} carreaux dans la zone d'étude : {} carreaux en point chaud et {} en point froid (90 % ou plus).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="53" />
        <source>Where do clients cluster more (hot spots) or less (cold spots) than chance would give? Counts the clients (or sums a weight) on the INSEE grid (200 m, 500 m or 1 km; EPSG:3035 in metropolitan France, the territory's own grid overseas) and computes the Getis-Ord Gi* statistic of every cell of the study area.

Gi* compares the sum over a cell and its neighbours (queen contiguity: the 8 surrounding cells; or every cell within a distance band), the cell itself included, with the mean of the study area; it is a z-score: Gi* = (Σ x_j − x̄ W_i) / (S √((n W_i − W_i²)/(n − 1))). The analytical p-value is two-sided from the normal distribution. With permutations &gt; 0 a pseudo p-value is added by conditional randomisation (the cell stays, its neighbours are drawn at random among the other cells): p_sim = (M + 1)/(P + 1), one-sided in the direction of the observed value. gi_bin = ±3, ±2, ±1 for hot (+) or cold (−) spots at 99, 95, 90 % confidence (from p_sim when computed), 0 otherwise. Many cells are tested at once: read isolated significant cells with caution.

Study area: the cells whose centre lies in the study-area polygons (e.g. the communes); without it, every cell of the clients' bounding box. Cells of the study area without clients count as 0, which matters for Gi*.

Privacy: cells with 1 to k−1 clients (k = the secrecy threshold of the Coodiag settings), those where one client holds more than 85 % of the weight, and the cells hidden with them so that no count can be worked back from the others and the total, are flagged secret = 1 and their count and weight are NULL. Gi* is computed on the published grid (hidden cells enter with an estimate computed from the published figures), so the scores reveal no hidden count. No client point is copied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="80" />
        <source>Cells of the INSEE grid (EPSG:3035 in metropolitan France, the territory's grid overseas).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportTableAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="148" />
        <source>Import and geocode a table</source>
        <translation>Importer et géocoder un tableau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="151" />
        <source>Imports one of the structure's exports (clients, employees, work sites, antennas) from CSV/TXT (separator, encoding and decimal comma detected) or XLSX/ODS, and places every row as a point.

Placement, chosen automatically from the column names or forced by the mapping mode: x/y or longitude/latitude columns with their CRS; an address (number, street, postcode, commune, INSEE code, or one full-address column) geocoded against a Base Adresse Nationale file (adresses-NN.csv from adresse.data.gouv.fr: exact number, then nearest number on the street, then street, then commune centroid); or an INSEE commune code only (commune centroid).

Every row ends either in the point layer (with geo_score, geo_type, geo_source, geo_method, geo_insee) or in the Unmatched table with its reason: input rows = points + unmatched, logged.

Privacy: with pseudonymisation (default for clients and employees) the name, first name, phone, e-mail and birth-date columns are dropped (an age is kept) and the person id is replaced by a salted hash; the salt is stored in the QGIS project, never in an output. Street and number columns are dropped unless 'Keep address columns' is ticked.

Nothing is sent on the network unless 'Send these addresses to the online geocoder' is ticked: then only the address columns of the rows not placed offline are sent to the BAN batch service (URL in the Coodiag settings).</source>
        <translation>Importe l'un des exports de la structure (clients, salariés, chantiers, antennes) depuis un CSV/TXT (séparateur, encodage et virgule décimale détectés) ou un XLSX/ODS, et place chaque ligne comme un point.

Placement, choisi automatiquement d'après les noms de colonnes ou imposé par le mode : colonnes x/y ou longitude/latitude avec leur SCR ; une adresse (numéro, voie, code postal, commune, code INSEE, ou une seule colonne d'adresse complète) géocodée avec un fichier de la Base Adresse Nationale (adresses-NN.csv d'adresse.data.gouv.fr : numéro exact, puis numéro le plus proche dans la voie, puis voie, puis centroïde de la commune) ; ou un code commune INSEE seul (centroïde de la commune).

Chaque ligne finit soit dans la couche de points (avec geo_score, geo_type, geo_source, geo_method, geo_insee), soit dans la table des lignes non placées avec sa raison : lignes en entrée = points + non placées, consigné dans le journal.

Confidentialité : avec la pseudonymisation (par défaut pour les clients et les salariés), les colonnes nom, prénom, téléphone, courriel et date de naissance sont supprimées (l'âge est conservé) et l'identifiant de la personne est remplacé par une empreinte salée ; le sel est conservé dans le projet QGIS, jamais dans une sortie. Les colonnes de voie et de numéro sont supprimées sauf si « Conserver les colonnes d'adresse » est cochée.

Rien n'est envoyé sur le réseau tant que « Envoyer ces adresses au géocodeur en ligne » n'est pas cochée : seules les colonnes d'adresse des lignes non placées hors ligne sont alors envoyées au service de géocodage par lot de la BAN (URL dans les paramètres de Coodiag).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="171" />
        <source>Table to import</source>
        <translation>Tableau à importer</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="173" />
        <source>CSV or text export (any of ; , tab | as separator) or an XLSX/ODS spreadsheet.</source>
        <translation>Export CSV ou texte (séparateur ; , tabulation ou |) ou classeur XLSX/ODS.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="175" />
        <source>Kind of table</source>
        <translation>Type de tableau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="175" />
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="175" />
        <source>Employees in insertion</source>
        <translation>Salariés en insertion</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="175" />
        <source>Work sites / missions</source>
        <translation>Chantiers / missions</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="175" />
        <source>Antennas</source>
        <translation>Antennes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="175" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="179" />
        <source>Sets sensible defaults: pseudonymisation is on for clients and employees.</source>
        <translation>Fixe des réglages adaptés : la pseudonymisation est activée pour les clients et les salariés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="181" />
        <source>How rows are placed</source>
        <translation>Placement des lignes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="181" />
        <source>Automatic (from the column names)</source>
        <translation>Automatique (d'après les noms de colonnes)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="181" />
        <source>Coordinates (x/y or lon/lat columns)</source>
        <translation>Coordonnées (colonnes x/y ou lon/lat)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="181" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="181" />
        <source>INSEE commune code only</source>
        <translation>Code commune INSEE seul</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="185" />
        <source>Automatic picks coordinates when x/y or lon/lat columns exist, else the address columns, else the INSEE code column.</source>
        <translation>Automatique choisit les coordonnées quand des colonnes x/y ou lon/lat existent, sinon les colonnes d'adresse, sinon la colonne de code INSEE.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="188" />
        <source>Base Adresse Nationale file (adresses-NN.csv[.gz])</source>
        <translation>Fichier de la Base Adresse Nationale (adresses-NN.csv[.gz])</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="190" />
        <source>The département file published on adresse.data.gouv.fr (columns numero, rep, nom_voie, code_postal, code_insee, nom_commune, lon, lat…). Needed for address mode unless the online geocoder is allowed.</source>
        <translation>Le fichier départemental publié sur adresse.data.gouv.fr (colonnes numero, rep, nom_voie, code_postal, code_insee, nom_commune, lon, lat…). Nécessaire au mode adresse sauf si le géocodeur en ligne est autorisé.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="194" />
        <source>Communes layer (centroids)</source>
        <translation>Couche des communes (centroïdes)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="196" />
        <source>Polygons of communes with their INSEE code: their centroids place the rows known only by their commune.</source>
        <translation>Polygones des communes avec leur code INSEE : leurs centroïdes placent les lignes connues seulement par leur commune.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="199" />
        <source>Communes: INSEE code field</source>
        <translation>Communes : champ du code INSEE</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="202" />
        <source>Field of the communes layer holding the 5-character INSEE code.</source>
        <translation>Champ de la couche des communes contenant le code INSEE à 5 caractères.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="204" />
        <source>Communes: name field</source>
        <translation>Communes : champ du nom</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="206" />
        <source>Field of the communes layer holding the commune name.</source>
        <translation>Champ de la couche des communes contenant le nom de la commune.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="208" />
        <source>Send these addresses to the online geocoder (api-adresse.data.gouv.fr)</source>
        <translation>Envoyer ces adresses au géocodeur en ligne (api-adresse.data.gouv.fr)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="211" />
        <source>Off by default. When ticked, the address columns (never names) of the rows not placed offline are sent to the BAN batch service configured in the Coodiag settings.</source>
        <translation>Désactivé par défaut. Coché, les colonnes d'adresse (jamais les noms) des lignes non placées hors ligne sont envoyées au service de géocodage par lot de la BAN configuré dans les paramètres de Coodiag.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="214" />
        <source>Pseudonymise persons</source>
        <translation>Pseudonymiser les personnes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="214" />
        <source>Default for the kind of table</source>
        <translation>Par défaut selon le type de tableau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="214" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="214" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="217" />
        <source>Drops name, first name, phone, e-mail and birth-date columns and replaces the person id by a salted hash (salt kept in the QGIS project).</source>
        <translation>Supprime les colonnes nom, prénom, téléphone, courriel et date de naissance et remplace l'identifiant de la personne par une empreinte salée (sel conservé dans le projet QGIS).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="220" />
        <source>Keep address columns in the outputs</source>
        <translation>Conserver les colonnes d'adresse dans les sorties</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="222" />
        <source>Street and number columns are personal data for private persons: they are dropped from the outputs unless this is ticked.</source>
        <translation>Pour les particuliers, la voie et le numéro sont des données personnelles : ces colonnes sont retirées des sorties sauf si cette case est cochée.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="225" />
        <source>CRS of the point layer</source>
        <translation>SCR de la couche de points</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="226" />
        <source>Default: the project CRS, else EPSG:2154 (Lambert-93).</source>
        <translation>Par défaut : le SCR du projet, sinon EPSG:2154 (Lambert-93).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="230" />
        <source>Sheet (XLSX/ODS)</source>
        <translation>Feuille (XLSX/ODS)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="230" />
        <source>Sheet name; default: the first sheet.</source>
        <translation>Nom de la feuille ; par défaut : la première feuille.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="231" />
        <source>X or longitude column</source>
        <translation>Colonne x ou longitude</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="231" />
        <source>Column holding x (or longitude).</source>
        <translation>Colonne contenant x (ou la longitude).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="232" />
        <source>Y or latitude column</source>
        <translation>Colonne y ou latitude</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="232" />
        <source>Column holding y (or latitude).</source>
        <translation>Colonne contenant y (ou la latitude).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="233" />
        <source>Full address column</source>
        <translation>Colonne d'adresse complète</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="233" />
        <source>One column holding the whole address, e.g. '12 bis av. Foch 20000 Ajaccio'.</source>
        <translation>Une colonne contenant toute l'adresse, par ex. « 12 bis av. Foch 20000 Ajaccio ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="235" />
        <source>House number column</source>
        <translation>Colonne du numéro</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="235" />
        <source>Column holding the house number.</source>
        <translation>Colonne contenant le numéro dans la voie.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="236" />
        <source>Street column</source>
        <translation>Colonne de la voie</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="236" />
        <source>Column holding the street (possibly with its number).</source>
        <translation>Colonne contenant la voie (éventuellement avec son numéro).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="238" />
        <source>Postcode column</source>
        <translation>Colonne du code postal</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="238" />
        <source>Column holding the postcode.</source>
        <translation>Colonne contenant le code postal.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="239" />
        <source>Commune name column</source>
        <translation>Colonne du nom de commune</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="239" />
        <source>Column holding the commune name.</source>
        <translation>Colonne contenant le nom de la commune.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="240" />
        <source>INSEE code column</source>
        <translation>Colonne du code INSEE</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="240" />
        <source>Column holding the INSEE commune code.</source>
        <translation>Colonne contenant le code commune INSEE.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="241" />
        <source>Person id column</source>
        <translation>Colonne de l'identifiant de la personne</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="241" />
        <source>Column replaced by a salted hash when pseudonymising; default: detected (matricule, id…).</source>
        <translation>Colonne remplacée par une empreinte salée lors de la pseudonymisation ; par défaut : détectée (matricule, id…).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="243" />
        <source>Other columns to drop (comma-separated)</source>
        <translation>Autres colonnes à supprimer (séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="243" />
        <source>Extra columns removed when pseudonymising, besides the detected ones.</source>
        <translation>Colonnes supplémentaires retirées lors de la pseudonymisation, en plus de celles détectées.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="249" />
        <source>CRS of the coordinate columns</source>
        <translation>SCR des colonnes de coordonnées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="251" />
        <source>EPSG:4326 for longitude/latitude in degrees, EPSG:2154 for Lambert-93 metres.</source>
        <translation>EPSG:4326 pour une longitude/latitude en degrés, EPSG:2154 pour des mètres en Lambert-93.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="253" />
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="257" />
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="255" />
        <source>Automatic recognises UTF-8 (with or without BOM), UTF-16 with BOM and Windows-1252.</source>
        <translation>Automatique reconnaît l'UTF-8 (avec ou sans BOM), l'UTF-16 avec BOM et le Windows-1252.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="257" />
        <source>Separator</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="257" />
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="259" />
        <source>Automatic finds the separator that splits the header and the first rows evenly.</source>
        <translation>Automatique trouve le séparateur qui découpe régulièrement l'en-tête et les premières lignes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="261" />
        <source>Place rows whose street is not found at the commune centroid</source>
        <translation>Placer au centroïde de la commune les lignes dont la voie est introuvable</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="264" />
        <source>When unticked, such rows go to the Unmatched table instead.</source>
        <translation>Décochée, ces lignes vont dans la table des lignes non placées.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="274" />
        <source>Placed rows</source>
        <translation>Lignes placées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="275" />
        <source>Unmatched rows</source>
        <translation>Lignes non placées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="273" />
        <source>Input rows</source>
        <translation>Lignes en entrée</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="276" />
        <source>Share at housenumber or street level</source>
        <translation>Part au numéro ou à la voie</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="281" />
        <source>no address, postcode, commune or INSEE code in the row</source>
        <translation>ni adresse, ni code postal, ni commune, ni code INSEE dans la ligne</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="282" />
        <source>an address but no postcode, commune name or INSEE code to locate it</source>
        <translation>une adresse mais ni code postal, ni nom de commune, ni code INSEE pour la situer</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="283" />
        <source>unknown INSEE commune code</source>
        <translation>code commune INSEE inconnu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="284" />
        <source>the value is not an INSEE commune code</source>
        <translation>la valeur n'est pas un code commune INSEE</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="285" />
        <source>postcode not found in the address file</source>
        <translation>code postal absent du fichier d'adresses</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="286" />
        <source>commune name not found</source>
        <translation>nom de commune introuvable</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="287" />
        <source>postcode shared by several communes and street not found: give the commune name or INSEE code</source>
        <translation>code postal commun à plusieurs communes et voie introuvable : indiquez le nom de la commune ou son code INSEE</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="289" />
        <source>street not found in the commune</source>
        <translation>voie introuvable dans la commune</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="290" />
        <source>commune known but without position: give a communes layer</source>
        <translation>commune connue mais sans position : fournissez une couche des communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="291" />
        <source>empty coordinates</source>
        <translation>coordonnées vides</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="292" />
        <source>non-numeric coordinates</source>
        <translation>coordonnées non numériques</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="293" />
        <source>outside France: check the coordinate CRS</source>
        <translation>hors de France : vérifiez le SCR des coordonnées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="294" />
        <source>outside France: latitude and longitude look swapped</source>
        <translation>hors de France : latitude et longitude semblent inversées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="295" />
        <source>outside France: the values look like degrees (WGS84) but the declared CRS is projected; declare EPSG:4326</source>
        <translation>hors de France : les valeurs ressemblent à des degrés (WGS84) mais le SCR déclaré est projeté ; déclarez EPSG:4326</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="297" />
        <source>outside France: the values look like metres (e.g. Lambert-93) but the declared CRS is in degrees; declare EPSG:2154</source>
        <translation>hors de France : les valeurs ressemblent à des mètres (par ex. Lambert-93) mais le SCR déclaré est en degrés ; déclarez EPSG:2154</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="299" />
        <source>not found by the online geocoder</source>
        <translation>introuvable par le géocodeur en ligne</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="306" />
        <source>The file {} is empty: export the table again from your software.</source>
        <translation>Le fichier {} est vide : exportez de nouveau le tableau depuis votre logiciel.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="307" />
        <source>The file {} has a header line ({}) but no data row.</source>
        <translation>Le fichier {} a une ligne d'en-tête ({}) mais aucune ligne de données.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="309" />
        <source>The encoding of {} cannot be recognised ({}). Save it again as CSV UTF-8 or choose the encoding in the advanced parameters.</source>
        <translation>L'encodage de {} n'est pas reconnu ({}). Enregistrez-le de nouveau en CSV UTF-8 ou choisissez l'encodage dans les paramètres avancés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="311" />
        <source>The file {} mixes separators: the header uses “{}” but lines {} use “{}”. Export the table again with one separator.</source>
        <translation>Le fichier {} mélange les séparateurs : l'en-tête utilise « {} » mais les lignes {} utilisent « {} ». Exportez de nouveau le tableau avec un seul séparateur.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="314" />
        <source>No column separator (; , tab |) found in the header of {}: “{}”.</source>
        <translation>Aucun séparateur de colonnes (; , tabulation |) trouvé dans l'en-tête de {} : « {} ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="316" />
        <source>Line {} of {} has {} fields but the header has {}: a value probably holds an unquoted “{}”.</source>
        <translation>La ligne {} de {} a {} champs mais l'en-tête en a {} : une valeur contient sans doute un « {} » sans guillemets.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="319" />
        <source>Cannot read {}: {}</source>
        <translation>Impossible de lire {} : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="320" />
        <source>The workbook {} has no sheet “{}”; sheets: {}.</source>
        <translation>Le classeur {} n'a pas de feuille « {} » ; feuilles : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="342" />
        <source>The column “{}” appears several times in the header ({}): rename the copies in the file so that the mapping is unambiguous.</source>
        <translation>La colonne « {} » apparaît plusieurs fois dans l'en-tête ({}) : renommez les copies dans le fichier pour que la correspondance soit sans ambiguïté.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="350" />
        <source>The column “{}” given for “{}” is not in the table. Columns found: {}.</source>
        <translation>La colonne « {} » indiquée pour « {} » n'est pas dans le tableau. Colonnes trouvées : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="358" />
        <source>Choose the table to import.</source>
        <translation>Choisissez le tableau à importer.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="361" />
        <source>Reading {}…</source>
        <translation>Lecture de {}…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="374" />
        <source>{} data rows, {} columns (encoding {}, separator “{}”).</source>
        <translation>{} lignes de données, {} colonnes (encodage {}, séparateur « {} »).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="377" />
        <source>{} blank lines skipped (not data rows).</source>
        <translation>{} lignes vides ignorées (ce ne sont pas des lignes de données).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="379" />
        <source>Duplicated column name “{}”: columns renamed {}.</source>
        <translation>Nom de colonne en double « {} » : colonnes renommées {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="382" />
        <source>{} rows had fewer fields than the header (lines {}…): completed with empty values.</source>
        <translation>{} lignes avaient moins de champs que l'en-tête (lignes {}…) : complétées par des valeurs vides.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="420" />
        <source>No column to place the rows was recognised (x/y, longitude/latitude, address, postcode, commune, INSEE code). Columns found: {}. Set the column names in the advanced parameters.</source>
        <translation>Aucune colonne permettant de placer les lignes n'a été reconnue (x/y, longitude/latitude, adresse, code postal, commune, code INSEE). Colonnes trouvées : {}. Indiquez les noms de colonnes dans les paramètres avancés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="425" />
        <source>Coordinates mode needs the x and y (or longitude and latitude) columns. Columns found: {}.</source>
        <translation>Le mode coordonnées nécessite les colonnes x et y (ou longitude et latitude). Colonnes trouvées : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="428" />
        <source>Address mode needs a street or full-address column. Columns found: {}.</source>
        <translation>Le mode adresse nécessite une colonne de voie ou d'adresse complète. Colonnes trouvées : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="431" />
        <source>Commune mode needs an INSEE code column. Columns found: {}.</source>
        <translation>Le mode commune nécessite une colonne de code INSEE. Colonnes trouvées : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="433" />
        <source>Placement: {}; columns used: {}.</source>
        <translation>Placement : {} ; colonnes utilisées : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="451" />
        <source>Address mode needs a Base Adresse Nationale file (adresses-NN.csv from adresse.data.gouv.fr) or the option 'Send these addresses to the online geocoder'. Nothing was sent.</source>
        <translation>Le mode adresse nécessite un fichier de la Base Adresse Nationale (adresses-NN.csv d'adresse.data.gouv.fr) ou l'option « Envoyer ces adresses au géocodeur en ligne ». Rien n'a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="456" />
        <source>Commune mode needs a communes layer (or a BAN file) to place the communes.</source>
        <translation>Le mode commune nécessite une couche des communes (ou un fichier BAN) pour placer les communes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="460" />
        <source>Loading the address file {}…</source>
        <translation>Chargement du fichier d'adresses {}…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="464" />
        <source>{} is not a BAN address file: columns {} are missing (found: {}).</source>
        <translation>{} n'est pas un fichier d'adresses BAN : il manque les colonnes {} (trouvées : {}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="468" />
        <source>Cannot read the address file {}: {}</source>
        <translation>Impossible de lire le fichier d'adresses {} : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="470" />
        <source>{} addresses, {} streets.</source>
        <translation>{} adresses, {} voies.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="506" />
        <source>Columns to drop not found: {}. Columns found: {}.</source>
        <translation>Colonnes à supprimer introuvables : {}. Colonnes trouvées : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="513" />
        <source>Pseudonymised: dropped {}; id column {} replaced by a salted hash.</source>
        <translation>Pseudonymisé : colonnes supprimées {} ; colonne d'identifiant {} remplacée par une empreinte salée.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="519" />
        <source>Address columns not copied to the outputs: {}.</source>
        <translation>Colonnes d'adresse non copiées dans les sorties : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="533" />
        <source>of communes</source>
        <translation>des communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="552" />
        <source>{} communes with a centroid.</source>
        <translation>{} communes avec un centroïde.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="557" />
        <source>Give the CRS of the coordinate columns (e.g. EPSG:4326).</source>
        <translation>Indiquez le SCR des colonnes de coordonnées (par ex. EPSG:4326).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="603" />
        <source>{} of {} rows fall outside France with the columns {}/{} read in {}: {}. Fix the coordinate columns or their CRS in the parameters.</source>
        <translation>{} lignes sur {} tombent hors de France avec les colonnes {}/{} lues en {} : {}. Corrigez les colonnes de coordonnées ou leur SCR dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="630" />
        <source>No QGIS project: a one-off salt is used, so the hashed ids will not match those of another run. Open or save a project to keep the salt.</source>
        <translation>Pas de projet QGIS : un sel à usage unique est utilisé, les identifiants pseudonymisés ne correspondront donc pas à ceux d'une autre exécution. Ouvrez ou enregistrez un projet pour conserver le sel.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="637" />
        <source>A pseudonymisation salt was created and stored in the project: save the project to reuse it.</source>
        <translation>Un sel de pseudonymisation a été créé et conservé dans le projet : enregistrez le projet pour le réutiliser.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="649" />
        <source>Sending {} addresses (address columns only) to {} in chunks of {}…</source>
        <translation>Envoi de {} adresses (colonnes d'adresse seulement) à {} par lots de {}…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="677" />
        <source>The online geocoder {} did not answer ({}). Check the network or the proxy settings, or untick the online option and use a BAN file.</source>
        <translation>Le géocodeur en ligne {} n'a pas répondu ({}). Vérifiez le réseau ou les paramètres du proxy, ou décochez l'option en ligne et utilisez un fichier BAN.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="682" />
        <source>Online geocoder placed {} of {} rows.</source>
        <translation>Le géocodeur en ligne a placé {} lignes sur {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="689" />
        <source>The online geocoder answered something that is not a CSV table: {}</source>
        <translation>Le géocodeur en ligne a répondu autre chose qu'un tableau CSV : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="695" />
        <source>The online geocoder's answer lacks the columns {}.</source>
        <translation>Il manque à la réponse du géocodeur en ligne les colonnes {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="803" />
        <source>Internal error: {} input rows but {} placed + {} unmatched.</source>
        <translation>Erreur interne : {} lignes en entrée mais {} placées + {} non placées.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="805" />
        <source>Input rows: {} = placed {} + unmatched {}.</source>
        <translation>Lignes en entrée : {} = placées {} + non placées {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="806" />
        <source>Placed by level: {}.</source>
        <translation>Placées par niveau : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="809" />
        <source>Unmatched by reason: {}.</source>
        <translation>Lignes non placées par raison : {}.</translation>
    </message>
</context>
<context>
    <name>IsochronesAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="115" />
        <source>Isochrones (travel-time bands)</source>
        <translation>Isochrones (tranches de temps de trajet)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="145" />
        <source>Road network</source>
        <translation>Réseau routier</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="147" />
        <source>A prepared network (from “Build a routable network”), or a raw road layer prepared on the fly with automatic settings.</source>
        <translation>Un réseau préparé (par « Construire un réseau routable »), ou une couche de routes brute préparée à la volée avec des réglages automatiques.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="150" />
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="152" />
        <source>Antennas, work sites… (points, any CRS: reprojected to the network CRS).</source>
        <translation>Antennes, chantiers… (points, tout SCR : reprojetés dans le SCR du réseau).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="154" />
        <source>Site id field</source>
        <translation>Champ identifiant du site</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="156" />
        <source>Identifier copied to the outputs (default: the feature id).</source>
        <translation>Identifiant recopié dans les sorties (par défaut : l'identifiant de l'entité).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="158" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="158" />
        <source>Car</source>
        <translation>Voiture</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="158" />
        <source>Walk</source>
        <translation>Marche</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="158" />
        <source>Bike</source>
        <translation>Vélo</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="160" />
        <source>Which costs of the prepared network are used.</source>
        <translation>Quels coûts du réseau préparé sont utilisés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="162" />
        <source>Bands (minutes)</source>
        <translation>Tranches (minutes)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="163" />
        <source>Comma-separated upper limits in minutes; blank = defaults of the mode.</source>
        <translation>Limites hautes en minutes séparées par des virgules ; vide = valeurs par défaut du mode.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="165" />
        <source>Output polygons</source>
        <translation>Polygones en sortie</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="165" />
        <source>Nested rings for all sites together (union)</source>
        <translation>Anneaux emboîtés pour tous les sites ensemble (union)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="165" />
        <source>Per-site catchments (nearest site)</source>
        <translation>Aires de desserte par site (site le plus proche)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="174" />
        <source>Snapping tolerance (m)</source>
        <translation>Tolérance d'accrochage (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="176" />
        <source>Sites farther than this from any road open to the mode are reported, not snapped.</source>
        <translation>Les sites plus éloignés que cela de toute route ouverte au mode sont signalés, pas accrochés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="178" />
        <source>Off-network walking distance (m)</source>
        <translation>Distance de marche hors réseau (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="181" />
        <source>How far from a reached road a place still counts as reached (walked).</source>
        <translation>Jusqu'à quelle distance d'une route atteinte un lieu compte encore comme atteint (à pied).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="183" />
        <source>Off-network walking speed (km/h)</source>
        <translation>Vitesse de marche hors réseau (km/h)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="185" />
        <source>Speed of the walk between a site or a place and the road.</source>
        <translation>Vitesse de la marche entre un site ou un lieu et la route.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="187" />
        <source>Grid cell size (m, 0 = automatic)</source>
        <translation>Taille des cellules de la grille (m, 0 = automatique)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="189" />
        <source>Resolution of the polygons: 0 = 50 m by car, 25 m on foot or by bike.</source>
        <translation>Résolution des polygones : 0 = 50 m en voiture, 25 m à pied ou à vélo.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="191" />
        <source>Population grid (Filosofi)</source>
        <translation>Grille de population (Filosofi)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="193" />
        <source>Normalised Filosofi cells with ind, men, men_pauv: their sums are added per band.</source>
        <translation>Carreaux Filosofi normalisés avec ind, men, men_pauv : leurs sommes sont ajoutées par tranche.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="195" />
        <source>Population counted by</source>
        <translation>Population comptée par</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="195" />
        <source>Cell centroid</source>
        <translation>Centroïde du carreau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="195" />
        <source>Area share</source>
        <translation>Part de surface</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="197" />
        <source>Centroid: the whole cell goes to the band holding its centre. Area share: split by the share of the cell in each band.</source>
        <translation>Centroïde : tout le carreau va à la tranche qui contient son centre. Part de surface : réparti selon la part du carreau dans chaque tranche.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="209" />
        <source>Isochrones</source>
        <translation>Isochrones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="214" />
        <source>Site report</source>
        <translation>Rapport des sites</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="222" />
        <source>Band {} min is over 3 hours (180 min): isochrones that far are not meaningful on a local network.</source>
        <translation>La tranche {} min dépasse 3 heures (180 min) : des isochrones aussi lointaines n'ont pas de sens sur un réseau local.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="225" />
        <source>Band “{}” is not a positive number of minutes: write the limits like 10, 20, 30.</source>
        <translation>La tranche « {} » n'est pas un nombre de minutes positif : écrivez les limites comme 10, 20, 30.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="228" />
        <source>No band given: defaults of the mode used ({}).</source>
        <translation>Aucune tranche indiquée : valeurs par défaut du mode utilisées ({}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="231" />
        <source>Bands sorted and de-duplicated: {} min.</source>
        <translation>Tranches triées et dédoublonnées : {} min.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="248" />
        <source>sites</source>
        <translation>sites</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="275" />
        <source>{} site(s) farther than {:g} m from any road open to this mode, not computed: {}.</source>
        <translation>{} site(s) à plus de {:g} m de toute route ouverte à ce mode, non calculé(s) : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="278" />
        <source>{} site(s) on a network piece not joined to the main network (their isochrones stay small): {}.</source>
        <translation>{} site(s) sur un morceau de réseau non relié au réseau principal (leurs isochrones restent petites) : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="282" />
        <source>No site is within {:g} m of the network: check the CRS of the sites and the network, or raise the snapping tolerance.</source>
        <translation>Aucun site n'est à moins de {:g} m du réseau : vérifiez le SCR des sites et du réseau, ou augmentez la tolérance d'accrochage.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="347" />
        <source>{} polygons for {} site(s) in {:.1f} s ({} links reached).</source>
        <translation>{} polygones pour {} site(s) en {:.1f} s ({} tronçons atteints).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="432" />
        <source>The population layer has none of the fields {} (normalised Filosofi 2019 names).</source>
        <translation>La couche de population n'a aucun des champs {} (noms Filosofi 2019 normalisés).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="165" />
        <source>Per-site isochrones (overlapping)</source>
        <translation>Isochrones par site (avec recouvrements)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="170" />
        <source>Union: one polygon per band. Catchments: one polygon per site and band, without overlap. Per-site isochrones: one polygon per site and band, each site on its own (overlapping).</source>
        <translation>Union : un polygone par tranche. Aires de desserte : un polygone par site et par tranche, sans recouvrement. Isochrones par site : un polygone par site et par tranche, chaque site pris à part (avec recouvrements).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="118" />
        <source>Polygons of the places reached from one or many sites within each travel-time band, on a road network (best: the output of “Build a routable network”, read once and cached for the session).

Output: nested non-overlapping rings for all sites together (“within X minutes of any site”: band 2 = between the first and the second limit), per-site catchments (each place assigned to the site that reaches it first, cut into the same bands), or per-site isochrones (what each site reaches on its own: one ring per site and band, rings of different sites overlap). Union and catchments come from ONE multi-source shortest-path search; per-site isochrones need one search per site. Partly reached links are interpolated.

Bands in minutes, e.g. 10, 20, 30, 45. Blank = defaults of the mode (car 10/20/30/45, walk 5/10/15/20, bike 10/20/30). Unsorted lists are sorted and duplicates removed (with a warning); values must be positive and at most 180 minutes.

Each site joins the nearest link open to the mode within the snapping tolerance; the distance to it is walked at the off-network speed. Sites farther than the tolerance are not snapped: they are listed in the site report (status too_far) and the log. Sites on a network piece not joined to the main network are computed but flagged (status disconnected). Places off the network are reached by walking up to the off-network distance from the nearest reached road.

Polygons are built on a grid (cell size: 50 m by car, 25 m on foot and by bike, or as set), dissolved and made valid.

Population (optional): a Filosofi grid layer with ind, men, men_pauv (2019 names); a cell counts in the band holding its centroid, or is shared by area (estimated on 4 × 4 points per cell).

Access by zone (optional output, with zones and a population grid): for each zone (e.g. commune), its population (ind_total) and the population within each band's limit of any site (ind_le_20 = persons within 20 minutes) with its share in % (share_le_20).</source>
        <translation>Polygones des lieux atteints depuis un ou plusieurs sites dans chaque tranche de temps de trajet, sur un réseau routier (idéalement la sortie de « Construire un réseau routable », lue une fois et gardée en cache pour la session).

Sortie : des anneaux emboîtés sans recouvrement pour tous les sites ensemble (« à moins de X minutes d'un site » : la tranche 2 est entre la première et la deuxième limite), des aires de desserte par site (chaque lieu rattaché au site qui l'atteint le premier, découpées selon les mêmes tranches), ou des isochrones par site (ce que chaque site atteint à lui seul : un anneau par site et par tranche, les anneaux de sites différents se recouvrent). L'union et les aires de desserte viennent d'UNE seule recherche de plus courts chemins multi-sources ; les isochrones par site demandent une recherche par site. Les tronçons atteints en partie sont interpolés.

Tranches en minutes, par exemple 10, 20, 30, 45. Vide = valeurs par défaut du mode (voiture 10/20/30/45, marche 5/10/15/20, vélo 10/20/30). Une liste non triée est triée et dédoublonnée (avec un avertissement) ; les valeurs doivent être positives et d'au plus 180 minutes.

Chaque site rejoint le tronçon ouvert au mode le plus proche dans la tolérance d'accrochage ; la distance jusqu'à lui se fait à pied à la vitesse hors réseau. Les sites plus éloignés que la tolérance ne sont pas accrochés : ils figurent dans le rapport des sites (statut too_far) et le journal. Les sites situés sur un morceau de réseau non relié au réseau principal sont calculés mais signalés (statut disconnected). Les lieux hors réseau sont atteints à pied jusqu'à la distance hors réseau depuis la route atteinte la plus proche.

Les polygones sont construits sur une grille (cellules de 50 m en voiture, 25 m à pied et à vélo, ou selon le réglage), fusionnés et rendus valides.

Population (facultatif) : une couche de carreaux Filosofi avec ind, men, men_pauv (noms 2019) ; un carreau compte dans la tranche qui contient son centroïde, ou est réparti selon la surface (estimée sur 4 × 4 points par carreau).

Accès par zone (sortie facultative, avec des zones et une grille de population) : pour chaque zone (par exemple la commune), sa population (ind_total) et la population à moins de la limite de chaque tranche d'au moins un site (ind_le_20 = personnes à moins de 20 minutes) avec sa part en % (share_le_20).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="200" />
        <source>Zones for the access summary (optional)</source>
        <translation>Zones du bilan d'accès (facultatif)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="202" />
        <source>Communes or any polygons: with a population grid, the population of each zone within each band's limit is written to the access-by-zone output.</source>
        <translation>Communes ou tout autre polygone : avec une grille de population, la population de chaque zone à moins de la limite de chaque tranche est écrite dans la sortie « Accès par zone ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="205" />
        <source>Zone id field</source>
        <translation>Champ identifiant de zone</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="207" />
        <source>Code of the zones (e.g. INSEE_COM); empty = the feature id.</source>
        <translation>Code des zones (par exemple INSEE_COM) ; vide = l'identifiant de l'entité.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="211" />
        <source>Access by zone</source>
        <translation>Accès par zone</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="361" />
        <source>The access-by-zone output needs the population grid (Filosofi cells) parameter.</source>
        <translation>La sortie « Accès par zone » a besoin de la grille de population (carreaux Filosofi).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="364" />
        <source>The access-by-zone output counts the population within reach of any site: choose the union or the catchment output type.</source>
        <translation>La sortie « Accès par zone » compte la population à portée d'au moins un site : choisissez le type de sortie union ou aires d'attraction.</translation>
    </message>
</context>
<context>
    <name>LoadCensusAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="80" />
        <source>Join INSEE census table onto IRIS or communes</source>
        <translation>Joindre une table du recensement Insee aux IRIS ou aux communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="83" />
        <source>Joins an INSEE census table (RP: base-ic-activite-residents, base-ic-evol-struct-pop, base-ic-diplomes-formation… at IRIS or commune level; CSV separated by ; or , in UTF-8 or Latin-1, or XLSX read through GDAL, title rows above the header skipped) onto IRIS or commune polygons.

Column names lose their year prefix: P19_CHOM1564 becomes P_CHOM1564 (P17_, P21_, C19_… alike) and the year goes to census_year, so that the same map works on every vintage; columns of another year (evolution tables) keep their prefix.

Codes are normalised on both sides: 5-character commune codes (lost leading zeros restored, 2a → 2A, 1004.0 → 01004), 9-character IRIS codes. An IRIS table joined onto communes is summed per commune. Arrondissements municipaux (Paris 75101–75120, Lyon 69381–69389, Marseille 13201–13216) are summed into their commune (75056, 69123, 13055) when the polygons hold the whole city.

Derived indicators (%, NULL when the denominator is missing or zero): unemp_1564 = 100 × P_CHOM1564 / P_ACT1564; unemp_1524 = 100 × P_CHOM1524 / P_ACT1524; share_1524 = 100 × P_POP1524 / P_POP; share_1524_1564 = 100 × P_POP1524 / P_POP1564; share_nodipl = 100 × P_NSCOL15P_DIPLMIN / P_NSCOL15P (people out of school aged 15+ without diploma or with the brevet at most).

Table codes matching no polygon go to the unjoined codes output and are counted in the log; polygons without a table row keep NULL values.</source>
        <translation>Joint une table du recensement de l'Insee (RP : base-ic-activite-residents, base-ic-evol-struct-pop, base-ic-diplomes-formation… à l'IRIS ou à la commune ; CSV séparé par ; ou , en UTF-8 ou Latin-1, ou XLSX lu par GDAL, lignes de titre au-dessus de l'en-tête ignorées) aux polygones des IRIS ou des communes.

Les noms de colonnes perdent leur préfixe d'année : P19_CHOM1564 devient P_CHOM1564 (de même pour P17_, P21_, C19_…) et l'année va dans census_year, pour qu'une même carte serve à tous les millésimes ; les colonnes d'une autre année (tables d'évolution) gardent leur préfixe.

Les codes sont normalisés des deux côtés : codes communes à 5 caractères (zéros initiaux perdus rétablis, 2a → 2A, 1004.0 → 01004), codes IRIS à 9 caractères. Une table IRIS jointe aux communes est sommée par commune. Les arrondissements municipaux (Paris 75101–75120, Lyon 69381–69389, Marseille 13201–13216) sont sommés dans leur commune (75056, 69123, 13055) quand les polygones portent la ville entière.

Indicateurs dérivés (%, NULL quand le dénominateur manque ou vaut zéro) : unemp_1564 = 100 × P_CHOM1564 / P_ACT1564 ; unemp_1524 = 100 × P_CHOM1524 / P_ACT1524 ; share_1524 = 100 × P_POP1524 / P_POP ; share_1524_1564 = 100 × P_POP1524 / P_POP1564 ; share_nodipl = 100 × P_NSCOL15P_DIPLMIN / P_NSCOL15P (personnes non scolarisées de 15 ans ou plus sans diplôme ou avec au plus le brevet).

Les codes de la table sans polygone vont dans la sortie des codes non joints et sont comptés dans le journal ; les polygones sans ligne dans la table gardent des valeurs NULL.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="105" />
        <source>Census table (CSV or XLSX)</source>
        <translation>Table du recensement (CSV ou XLSX)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="105" />
        <source>Census tables (*.csv *.txt *.xlsx *.xls *.ods);;All files (*.*)</source>
        <translation>Tables du recensement (*.csv *.txt *.xlsx *.xls *.ods);;Tous les fichiers (*.*)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="108" />
        <source>An INSEE table as downloaded, e.g. base-ic-activite-residents-2019.CSV.</source>
        <translation>Une table de l'Insee telle que téléchargée, par ex. base-ic-activite-residents-2019.CSV.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="110" />
        <source>Sheet (XLSX; empty: detect)</source>
        <translation>Feuille (XLSX ; vide : détecter)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="111" />
        <source>Name of the sheet holding the data; by default the first one with a code column.</source>
        <translation>Nom de la feuille des données ; par défaut la première qui a une colonne de codes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="113" />
        <source>Code column of the table (empty: detect)</source>
        <translation>Colonne des codes de la table (vide : détecter)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="115" />
        <source>IRIS, COM or CODGEO are detected.</source>
        <translation>IRIS, COM ou CODGEO sont détectées.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="117" />
        <source>IRIS or commune polygons</source>
        <translation>Polygones des IRIS ou des communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="119" />
        <source>IRIS contours (CODE_IRIS) or communes (INSEE_COM), e.g. from coodiag:territory.</source>
        <translation>Contours IRIS (CODE_IRIS) ou communes (INSEE_COM), par ex. issues de coodiag:territory.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="121" />
        <source>Code field of the polygons (empty: detect)</source>
        <translation>Champ des codes des polygones (vide : détecter)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="123" />
        <source>Field holding the IRIS or commune code of each polygon.</source>
        <translation>Champ portant le code IRIS ou commune de chaque polygone.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="125" />
        <source>Polygons are</source>
        <translation>Les polygones sont des</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="125" />
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="125" />
        <source>IRIS</source>
        <translation>IRIS</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="125" />
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="128" />
        <source>Level of the polygons; Detect looks at the field names and the codes.</source>
        <translation>Niveau des polygones ; « Détecter » regarde les noms des champs et les codes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="130" />
        <source>Zones with census data</source>
        <translation>Zones avec les données du recensement</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="132" />
        <source>Unjoined codes</source>
        <translation>Codes non joints</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="134" />
        <source>Zones joined</source>
        <translation>Zones jointes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="135" />
        <source>Table codes matching no zone</source>
        <translation>Codes de la table sans zone</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="136" />
        <source>Zones without data</source>
        <translation>Zones sans données</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="137" />
        <source>Census year</source>
        <translation>Année du recensement</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="138" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="139" />
        <source>Derived indicators</source>
        <translation>Indicateurs dérivés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="151" />
        <source>Cannot read the census table {}: {}</source>
        <translation>Impossible de lire la table du recensement {} : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="156" />
        <source>The census table {} does not exist.</source>
        <translation>La table du recensement {} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="158" />
        <source>zones</source>
        <translation>zones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="161" />
        <source>The census table {} has no data row.</source>
        <translation>La table du recensement {} n'a aucune ligne de données.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="165" />
        <source>Census year {}: prefixes removed (P{}_X → P_X).</source>
        <translation>Recensement {} : préfixes retirés (P{}_X → P_X).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="167" />
        <source>Columns of other years kept with their prefix: {}.</source>
        <translation>Colonnes d'autres années gardées avec leur préfixe : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="175" />
        <source>The table has no column {}; columns: {}.</source>
        <translation>La table n'a pas de colonne {} ; colonnes : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="181" />
        <source>Cannot find the code column of the table (IRIS, COM, CODGEO…); columns: {}. Give it in the parameters.</source>
        <translation>Colonne des codes introuvable dans la table (IRIS, COM, CODGEO…) ; colonnes : {}. Indiquez-la dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="197" />
        <source>Cannot find the code field of the polygons (CODE_IRIS, INSEE_COM, insee, codgeo…); fields: {}. Choose it in the parameters.</source>
        <translation>Champ des codes introuvable dans les polygones (CODE_IRIS, INSEE_COM, insee, codgeo…) ; champs : {}. Choisissez-le dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="207" />
        <source>The table is at commune level ({}) but the polygons are IRIS: join it onto commune polygons, or use an IRIS-level table (base-ic-…).</source>
        <translation>La table est au niveau communal ({}) mais les polygones sont des IRIS : joignez-la à des polygones de communes, ou utilisez une table à l'IRIS (base-ic-…).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="210" />
        <source>Joining table column {} ({} level) onto polygon field {} ({} level).</source>
        <translation>Jointure de la colonne {} de la table (niveau {}) au champ {} des polygones (niveau {}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="220" />
        <source>IRIS rows summed per commune.</source>
        <translation>Lignes IRIS sommées par commune.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="227" />
        <source>{} codes appear on several rows of the table: their rows were summed.</source>
        <translation>{} codes apparaissent sur plusieurs lignes de la table : leurs lignes ont été sommées.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="232" />
        <source>{} arrondissements municipaux summed into their commune.</source>
        <translation>{} arrondissements municipaux sommés dans leur commune.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="237" />
        <source>No code of the table matches a polygon: table codes look like {} (column {}), polygon codes like {} (field {}). Check that both cover the same area and the same level (IRIS or communes).</source>
        <translation>Aucun code de la table ne correspond à un polygone : les codes de la table ressemblent à {} (colonne {}), ceux des polygones à {} (champ {}). Vérifiez que les deux couvrent le même territoire et le même niveau (IRIS ou communes).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="306" />
        <source>no polygon with this code</source>
        <translation>aucun polygone n'a ce code</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="310" />
        <source>{} table codes match no polygon (see the unjoined codes output): {}…</source>
        <translation>{} codes de la table ne correspondent à aucun polygone (voir la sortie des codes non joints) : {}…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="313" />
        <source>{} table rows have an empty code and were not joined.</source>
        <translation>{} lignes de la table ont un code vide et n'ont pas été jointes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="315" />
        <source>{} polygons have no row in the table (NULL values).</source>
        <translation>{} polygones n'ont pas de ligne dans la table (valeurs NULL).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="322" />
        <source>{} polygons joined; indicators: {}.</source>
        <translation>{} polygones joints ; indicateurs : {}.</translation>
    </message>
</context>
<context>
    <name>LoadFilosofiAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="84" />
        <source>Load Filosofi grid (INSEE, any vintage)</source>
        <translation>Charger les données carroyées Filosofi (Insee, tout millésime)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="110" />
        <source>Filosofi file (GeoPackage, Shapefile or CSV)</source>
        <translation>Fichier Filosofi (GeoPackage, Shapefile ou CSV)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="110" />
        <source>Filosofi grid (*.gpkg *.shp *.csv *.txt *.geojson *.fgb);;All files (*.*)</source>
        <translation>Données carroyées Filosofi (*.gpkg *.shp *.csv *.txt *.geojson *.fgb);;Tous les fichiers (*.*)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="115" />
        <source>The INSEE file as downloaded (e.g. carreaux_200m_met.gpkg or Filosofi2017_carreaux_200m_csv). For a GeoPackage holding several layers, append |layername=&lt;name&gt;.</source>
        <translation>Le fichier de l'Insee tel que téléchargé (par ex. carreaux_200m_met.gpkg ou Filosofi2017_carreaux_200m_csv). Pour un GeoPackage de plusieurs couches, ajouter |layername=&lt;nom&gt;.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="150" />
        <source>Vintage</source>
        <translation>Millésime</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="120" />
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="124" />
        <source>Detect reads a vintage column, the year in the file name or the field names.</source>
        <translation>« Détecter » lit une colonne de millésime, l'année dans le nom du fichier ou les noms des champs.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="126" />
        <source>Clip to territory (cells whose centre is inside)</source>
        <translation>Découper selon le territoire (carreaux dont le centre est à l'intérieur)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="130" />
        <source>Polygons of the study territory (e.g. the TERRITORY output of coodiag:territory). Leave empty to keep every cell.</source>
        <translation>Polygones du territoire d'étude (par ex. la sortie TERRITORY de coodiag:territory). Laisser vide pour garder tous les carreaux.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="141" />
        <source>Filosofi cells</source>
        <translation>Carreaux Filosofi</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="143" />
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="147" />
        <source>Rows that could not become a cell, with the reason.</source>
        <translation>Lignes qui n'ont pas pu devenir un carreau, avec la raison.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="149" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="151" />
        <source>Number of cells</source>
        <translation>Nombre de carreaux</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="152" />
        <source>Number of imputed cells</source>
        <translation>Nombre de carreaux imputés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="153" />
        <source>Persons (sum of ind)</source>
        <translation>Individus (somme de ind)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="154" />
        <source>Households (sum of men)</source>
        <translation>Ménages (somme de men)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="155" />
        <source>Number of rejected rows</source>
        <translation>Nombre de lignes rejetées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="162" />
        <source>Cannot read {}: {}</source>
        <translation>Impossible de lire {} : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="168" />
        <source>Cannot read {} as a CSV table: {}</source>
        <translation>Impossible de lire {} comme table CSV : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="174" />
        <source>territory</source>
        <translation>territoire</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="178" />
        <source>The territory layer has no polygon: nothing to clip with.</source>
        <translation>La couche du territoire n'a aucun polygone : rien pour découper.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="189" />
        <source>Cannot open {} as a vector layer or table: check the path (and |layername=… for a GeoPackage with several layers).</source>
        <translation>Impossible d'ouvrir {} comme couche vecteur ou table : vérifiez le chemin (et |layername=… pour un GeoPackage de plusieurs couches).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="208" />
        <source>No spatial pre-filter ({}); reading the whole file.</source>
        <translation>Pas de pré-filtre spatial ({}) ; lecture du fichier entier.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="229" />
        <source>This file is not a Filosofi grid: it lacks {}. Fields found: {}. Expected an INSEE « données carroyées » file (idcar_200m, ind, men…).</source>
        <translation>Ce fichier n'est pas un fichier de données carroyées Filosofi : il lui manque {}. Champs trouvés : {}. Attendu : un fichier Insee de « données carroyées » (idcar_200m, ind, men…).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="240" />
        <source>The Filosofi file {} does not exist.</source>
        <translation>Le fichier Filosofi {} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="245" />
        <source>Reading {}…</source>
        <translation>Lecture de {}…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="269" />
        <source>The Filosofi file {} has no row.</source>
        <translation>Le fichier Filosofi {} n'a aucune ligne.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="270" />
        <source>{} rows read; cell id field: {}.</source>
        <translation>{} lignes lues ; champ d'identifiant des carreaux : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="273" />
        <source>Fields absent from this file (left NULL): {}.</source>
        <translation>Champs absents de ce fichier (laissés NULL) : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="275" />
        <source>No imputed-cell flag (i_est_200, I_est_cr…) in this file: i_est_200 is NULL, cells under 11 households cannot be told apart.</source>
        <translation>Pas d'indicateur de carreau imputé (i_est_200, I_est_cr…) dans ce fichier : i_est_200 est NULL, les carreaux de moins de 11 ménages ne peuvent pas être distingués.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="289" />
        <source>Mixed vintages: you chose {} but the file points to {} ({}).</source>
        <translation>Millésimes mélangés : vous avez choisi {} mais le fichier indique {} ({}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="294" />
        <source>Mixed vintages: {}. Check the file, or set the vintage.</source>
        <translation>Millésimes mélangés : {}. Vérifiez le fichier ou précisez le millésime.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="296" />
        <source>The vintage could not be detected (no vintage column, no year in the file name): set the Vintage parameter; the vintage field is left NULL.</source>
        <translation>Le millésime n'a pas pu être détecté (pas de colonne de millésime, pas d'année dans le nom du fichier) : renseignez le paramètre Millésime ; le champ vintage reste NULL.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="300" />
        <source>Vintage: {}.</source>
        <translation>Millésime : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="313" />
        <source>duplicate cell id (first row kept)</source>
        <translation>identifiant de carreau en double (première ligne gardée)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="329" />
        <source>the cell id is not an INSPIRE id (CRS3035RES200mN…E…) and the row has no usable geometry</source>
        <translation>l'identifiant du carreau n'est pas un identifiant INSPIRE (CRS3035RES200mN…E…) et la ligne n'a pas de géométrie utilisable</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="332" />
        <source>{} rows have no INSPIRE id: their geometry from the file is used.</source>
        <translation>{} lignes n'ont pas d'identifiant INSPIRE : leur géométrie du fichier est utilisée.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="350" />
        <source>unknown CRS code in the cell id</source>
        <translation>code de SCR inconnu dans l'identifiant du carreau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="368" />
        <source>{} cells whose centre lies outside the territory were left out.</source>
        <translation>{} carreaux dont le centre est hors du territoire ont été écartés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="470" />
        <source>{} rows rejected (see the rejected rows output).</source>
        <translation>{} lignes rejetées (voir la sortie des lignes rejetées).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="492" />
        <source>{} cells written ({} imputed), {:.1f} persons, {:.1f} households.</source>
        <translation>{} carreaux écrits ({} imputés), {:.1f} individus, {:.1f} ménages.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="87" />
        <source>Reads the INSEE Filosofi gridded data (« données carroyées », 200 m or 1 km squares) from a GeoPackage, a Shapefile or the CSV-only form, and writes it with one documented schema whatever the vintage (2015, 2017, 2019, 2021): the 2019 lower-case names idcar, idcar_200m, idcar_1km, i_est_200, ind, men, men_pauv, men_1ind, men_5ind, men_prop, men_fmp, ind_snv, men_surf, men_coll, men_mais, log_av45, log_45_70, log_70_90, log_ap90, log_inc, log_soc, ind_0_3 … ind_80p, ind_inc, plus vintage and cell_size (metres). Field case does not matter (Ind, Men_pauv in 2017; Idcar_200m, I_est_cr in 2015); fields a vintage lacks are NULL.

Each square is rebuilt from its INSPIRE cell id CRS3035RES200mN{Y}E{X} (south-west corner, EPSG:3035; RES1000m for 1 km cells; overseas grids name their own CRS: CRS5490… in Martinique, CRS2975… in La Réunion), so the CSV form needs no geometry; the file's own geometry is used only for rows whose id is not an INSPIRE id. Ids are written back exactly as read.

i_est_200 = 1 marks cells of fewer than 11 households whose values INSEE imputed (statistical secrecy): do not read them one by one.

Clip: when a territory is given, a cell is kept when its CENTRE lies inside the territory; cells are never cut, so counts and sums stay those of whole cells.

The vintage is read from a vintage column, else from a year in the file name, else from the field names; contradicting signals raise a mixed-vintage warning. Rows that cannot be used (no valid id, duplicate cell) go to the rejected rows output. The source line (e.g. « Insee, Filosofi 2019 ») is returned and written into the layer metadata.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="135" />
        <source>Output CRS (empty: automatic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="137" />
        <source>CRS of the output squares; empty = the territory layer's CRS when it is projected, else the legal projection of the grid's territory (Lambert-93 for the metropolitan grid, EPSG:5490 for Martinique, EPSG:2975 for La Réunion).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="264" />
        <source>The Filosofi file {} has {} rows, but none in the territory's extent: the file covers another territory (grid CRS {}, territory in {}). Take the file of the territory's region (the metropolitan, Martinique or La Réunion grid).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="372" />
        <source>No cell of the Filosofi file {} ({} rows) has its centre inside the territory: the grid (cells in {}) and the territory (in {}) do not overlap. Check that the Filosofi file covers the territory (the metropolitan file for a mainland territory, the Martinique or La Réunion grid overseas; INSEE publishes none for Guadeloupe, Guyane and Mayotte) and that the territory layer's CRS is correct.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="509" />
        <source>Output CRS: {}, the territory layer's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="516" />
        <source>Output CRS: {}, the legal projection of the grid's territory (cells in EPSG:{}).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MarketPenetrationAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="60" />
        <source>Market penetration and customer areas</source>
        <translation>Taux de pénétration et aires de clientèle</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="87" />
        <source>Zones (communes, IRIS, QPV…)</source>
        <translation>Zones (communes, IRIS, QPV…)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="89" />
        <source>Polygons in which clients and target population are counted.</source>
        <translation>Polygones dans lesquels les clients et la population cible sont comptés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="92" />
        <source>Antennas (points)</source>
        <translation>Antennes (points)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="94" />
        <source>The SIAE's antennas or offices; each client goes to the nearest one unless a client field says which antenna serves it.</source>
        <translation>Les antennes ou bureaux de la SIAE ; chaque client va à la plus proche, sauf si un champ des clients indique l'antenne qui le sert.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="97" />
        <source>Antenna name field</source>
        <translation>Champ du nom de l'antenne</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="99" />
        <source>Field naming each antenna (default: its feature id).</source>
        <translation>Champ donnant le nom de chaque antenne (par défaut : son identifiant d'entité).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="101" />
        <source>Client field giving the antenna</source>
        <translation>Champ des clients indiquant l'antenne</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="103" />
        <source>Optional: field of the clients holding the antenna that serves them (same values as the antenna name field). Empty values go to the nearest antenna.</source>
        <translation>Facultatif : champ des clients contenant l'antenne qui les sert (mêmes valeurs que le champ du nom de l'antenne). Les valeurs vides vont à l'antenne la plus proche.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="106" />
        <source>Customer areas made of</source>
        <translation>Aires de clientèle formées de</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="106" />
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="106" />
        <source>Grid cells</source>
        <translation>Carreaux</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="108" />
        <source>Build the customer-derived areas from the zones or from cells of the INSEE grid.</source>
        <translation>Construire les aires de clientèle à partir des zones ou des carreaux de la grille de l'Insee.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="110" />
        <source>Grid cell size (for areas made of cells)</source>
        <translation>Taille des carreaux (pour les aires en carreaux)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="115" />
        <source>Area levels (% of clients)</source>
        <translation>Niveaux des aires (% des clients)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="117" />
        <source>Comma-separated percentages of an antenna's clients held by each area.</source>
        <translation>Pourcentages des clients d'une antenne réunis par chaque aire, séparés par des virgules.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="120" />
        <source>Market penetration per zone</source>
        <translation>Taux de pénétration par zone</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="121" />
        <source>Customer-derived areas</source>
        <translation>Aires de clientèle</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="130" />
        <source>Area levels must be percentages between 0 and 100, e.g. 50,75,90 (got “{}”).</source>
        <translation>Les niveaux des aires doivent être des pourcentages entre 0 et 100, par exemple 50,75,90 (reçu « {} »).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="133" />
        <source>clients</source>
        <translation>clients</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="135" />
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="137" />
        <source>No client has a usable point geometry: nothing to count.</source>
        <translation>Aucun client n'a de géométrie ponctuelle utilisable : rien à compter.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="138" />
        <source>zones</source>
        <translation>zones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="142" />
        <source>Give the target population: a Filosofi cells layer or a numeric field of the zones.</source>
        <translation>Indiquez la population cible : une couche de carreaux Filosofi ou un champ numérique des zones.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="146" />
        <source>{} zones have no or a zero target population: their rates are NULL.</source>
        <translation>{} zones n'ont pas de population cible ou une cible nulle : leurs taux sont NULL.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="150" />
        <source>Territory penetration: {} clients per 1,000 ({}).</source>
        <translation>Taux de pénétration du territoire : {} clients pour 1 000 ({}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="262" />
        <source>all clients</source>
        <translation>tous les clients</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="263" />
        <source>no antenna</source>
        <translation>sans antenne</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="265" />
        <source>antennas</source>
        <translation>antennes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="280" />
        <source>The antennas layer has no usable point.</source>
        <translation>La couche des antennes n'a aucun point utilisable.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="293" />
        <source>Client antenna values not found among the antennas: {}.</source>
        <translation>Valeurs d'antenne des clients absentes des antennes : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="336" />
        <source>Customer-derived areas written for {} antenna(s).</source>
        <translation>Aires de clientèle écrites pour {} antenne(s).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="63" />
        <source>Per zone: number of clients, target population, penetration = clients / target × 1,000, index against the territory's average (100 = average; the territory's rate is Σ clients / Σ target over the zones whose target is known), and share of all clients (%). A zone with a missing or zero target gets NULL rates (never an error). The target comes from the Filosofi cells summed into the zones by cell centroid (households, persons, 65+, 80+, single-parent families, owners, high-income households approximated as the households of cells above the median standard of living) or from a numeric field of the zones.

Customer-derived areas: for each antenna, the smallest set of zones (or grid cells) holding 50, 75 and 90 % of its clients — units taken by decreasing number of clients until the share is reached. Clients are given to an antenna by a field of the clients when given, else to the nearest antenna (straight line); without antennas all clients form one group.

Privacy (statistical secrecy, threshold k of the Coodiag settings): zones with 1 to k−1 clients, and the zones hidden with them so that no count can be worked back from the total, the shares or the areas, are flagged secret = 1 with NULL counts and rates. The areas are built on the published counts (hidden zones enter with an estimate computed from the published figures), so that their outline reveals no hidden count (the share printed is the one the area truly holds, which may differ a little from its level); an area count that would give one away (fewer than k clients, or one level minus another) is NULL with its share, and a secret area made of grid cells has no geometry. No client point is copied.</source>
        <translation>Par zone : nombre de clients, population cible, taux de pénétration = clients / cible × 1 000, indice par rapport à la moyenne du territoire (100 = moyenne ; le taux du territoire est Σ clients / Σ cible sur les zones dont la cible est connue) et part de l'ensemble des clients (%). Une zone dont la cible est manquante ou nulle reçoit des taux NULL (jamais une erreur). La cible provient des carreaux Filosofi additionnés dans les zones selon le centroïde du carreau (ménages, personnes, 65 ans ou plus, 80 ans ou plus, familles monoparentales, propriétaires, ménages aisés approchés par les ménages des carreaux au-dessus du niveau de vie médian) ou d'un champ numérique des zones.

Aires de clientèle : pour chaque antenne, le plus petit ensemble de zones (ou de carreaux) réunissant 50, 75 et 90 % de ses clients — unités prises par nombre décroissant de clients jusqu'à atteindre la part. Les clients sont rattachés à une antenne par un champ des clients s'il est donné, sinon à l'antenne la plus proche (à vol d'oiseau) ; sans antennes, tous les clients forment un seul groupe.

Confidentialité (secret statistique, seuil k des réglages Coodiag) : les zones de 1 à k−1 clients, et celles masquées avec elles pour qu'aucun effectif ne puisse être recalculé à partir du total, des parts ou des aires, sont signalées secret = 1 avec effectifs et taux NULL. Les aires sont construites sur les effectifs publiés (les zones masquées y entrent avec une estimation calculée à partir des chiffres publiés), de sorte que leur contour ne révèle aucun effectif masqué (la part indiquée est celle que l'aire réunit réellement, qui peut différer un peu de son niveau) ; un effectif d'aire qui en trahirait un (moins de k clients, ou un niveau moins un autre) est NULL avec sa part, et une aire secrète faite de carreaux n'a pas de géométrie. Aucun point client n'est copié.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="112" />
        <source>Cells of the INSEE grid (EPSG:3035 in metropolitan France, the territory's grid overseas).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProspectZonesAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="39" />
        <source>Prospect zones (untapped potential)</source>
        <translation>Zones à prospecter (potentiel inexploité)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="64" />
        <source>Zones (communes, IRIS, QPV…)</source>
        <translation>Zones (communes, IRIS, QPV…)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="66" />
        <source>Polygons to rank.</source>
        <translation>Polygones à classer.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="69" />
        <source>Travel-time polygons (optional)</source>
        <translation>Polygones de temps de trajet (facultatif)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="71" />
        <source>Only zones inside these polygons (e.g. isochrones) are ranked.</source>
        <translation>Seules les zones situées dans ces polygones (par exemple des isochrones) sont classées.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="73" />
        <source>Keep the N best zones (0 = all)</source>
        <translation>Garder les N meilleures zones (0 = toutes)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="75" />
        <source>0 writes every zone, ranked or not.</source>
        <translation>0 écrit toutes les zones, classées ou non.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="78" />
        <source>Prospect zones</source>
        <translation>Zones à prospecter</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="84" />
        <source>clients</source>
        <translation>clients</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="85" />
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="87" />
        <source>No client has a usable point geometry: nothing to count.</source>
        <translation>Aucun client n'a de géométrie ponctuelle utilisable : rien à compter.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="88" />
        <source>zones</source>
        <translation>zones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="92" />
        <source>Give the target population: a Filosofi cells layer or a numeric field of the zones.</source>
        <translation>Indiquez la population cible : une couche de carreaux Filosofi ou un champ numérique des zones.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="96" />
        <source>travel-time polygons</source>
        <translation>polygones de temps de trajet</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="110" />
        <source>{} of {} zones are in reach of the travel-time polygons.</source>
        <translation>{} zones sur {} sont dans les polygones de temps de trajet.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="122" />
        <source>Territory penetration: {} clients per 1,000 ({}).</source>
        <translation>Taux de pénétration du territoire : {} clients pour 1 000 ({}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="150" />
        <source>{} zones written; total untapped potential of the ranked zones: {:.0f} clients.</source>
        <translation>{} zones écrites ; potentiel inexploité total des zones classées : {:.0f} clients.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="42" />
        <source>Where could new clients be? Ranks the zones by untapped potential = target population × max(0, territory penetration − zone penetration) / 1,000, i.e. the number of additional clients a zone would have if it reached the territory's average penetration (penetrations in clients per 1,000 of the target; the territory's rate is computed over all zones with a known target). Rank 1 = the largest potential; ties go to the larger target. The output keeps every number behind the rank: n_clients, target, penetration, terr_pen, gap, potential, rank.

Optionally, only the zones inside a travel-time polygon layer (e.g. 20 minutes from an antenna) are ranked: a zone is in reach when a point inside it (point on surface) lies in one of the polygons; the others keep their numbers, in_reach = 0 and no rank. A top-N limit keeps only the N best-ranked zones.

The target is taken from the Filosofi cells summed into the zones by centroid, or from a numeric field of the zones; zero or missing targets give NULL penetrations (a zone with a zero target has a zero potential).

Privacy (statistical secrecy, threshold k of the Coodiag settings): zones with 1 to k−1 clients, and the zones hidden with them so that no count can be worked back from the territory's rate, are flagged secret = 1; their count, penetration, gap and potential are NULL and they get no rank (ranks are given over the published zones only).</source>
        <translation>Où pourraient être de nouveaux clients ? Classe les zones selon le potentiel inexploité = population cible × max(0, taux de pénétration du territoire − taux de la zone) / 1 000, c'est-à-dire le nombre de clients supplémentaires qu'aurait une zone si elle atteignait le taux moyen du territoire (taux en clients pour 1 000 personnes de la cible ; le taux du territoire est calculé sur toutes les zones dont la cible est connue). Rang 1 = le plus fort potentiel ; à égalité, la cible la plus grande passe devant. La sortie garde tous les chiffres qui fondent le rang : n_clients, target, penetration, terr_pen, gap, potential, rank.

Facultativement, seules les zones situées dans une couche de polygones de temps de trajet (par exemple 20 minutes autour d'une antenne) sont classées : une zone est accessible quand un point intérieur (point sur la surface) se trouve dans l'un des polygones ; les autres gardent leurs chiffres, in_reach = 0 et pas de rang. Une limite « N premières » ne garde que les N zones les mieux classées.

La cible provient des carreaux Filosofi additionnés dans les zones selon leur centroïde, ou d'un champ numérique des zones ; une cible nulle ou manquante donne un taux NULL (une zone de cible nulle a un potentiel nul).

Confidentialité (secret statistique, seuil k des réglages Coodiag) : les zones de 1 à k−1 clients, et les zones masquées avec elles pour qu'aucun effectif ne puisse être recalculé à partir du taux du territoire, sont signalées secret = 1 ; leurs effectif, taux, écart et potentiel sont NULL et elles n'ont pas de rang (les rangs ne portent que sur les zones publiées).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="118" />
        <source>The territory rate would reveal hidden zones (with the total): it is not published, and neither are the potentials.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SampleSiaeAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/sample_siae.py" line="30" />
        <source>Generate a fictitious SIAE's files</source>
        <translation>Générer les fichiers d'une SIAE fictive</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sample_siae.py" line="33" />
        <source>Writes the export files of a FICTITIOUS association intermédiaire of the sample territory (CA du Pays Ajaccien): clients.csv (private persons, companies, local authorities, with hours sold), chantiers.csv (work sites and missions), antennes.csv (two antennas) and salaries.csv (employees in insertion, with age and public). They look like a real software export: ';' separator, Windows-1252 or UTF-8 with BOM, French column names, decimal commas, abbreviated or misspelt streets, a few rows with only a commune code and a few that cannot be placed.

Nobody in them is real: names come from first-name and surname lists and start with FICTIF; phone numbers are in ranges reserved for fiction; addresses are drawn from the BAN-format file of the sample. The same seed always gives the same files.</source>
        <translation>Écrit les fichiers d'export d'une association intermédiaire FICTIVE du territoire d'exemple (CA du Pays Ajaccien) : clients.csv (particuliers, entreprises, collectivités, avec les heures vendues), chantiers.csv (chantiers et missions), antennes.csv (deux antennes) et salaries.csv (salariés en insertion, avec âge et public). Ils ressemblent à un véritable export de logiciel : séparateur « ; », Windows-1252 ou UTF-8 avec BOM, noms de colonnes en français, virgules décimales, voies abrégées ou mal orthographiées, quelques lignes avec un simple code commune et quelques-unes impossibles à placer.

Personne n'y est réel : les noms viennent de listes de prénoms et de noms et commencent par FICTIF ; les numéros de téléphone appartiennent à des plages réservées à la fiction ; les adresses sont tirées du fichier au format BAN de l'exemple. La même graine donne toujours les mêmes fichiers.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sample_siae.py" line="50" />
        <source>BAN-format address file</source>
        <translation>Fichier d'adresses au format BAN</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sample_siae.py" line="53" />
        <source>Addresses are drawn from this file (default: the sample territory's extract).</source>
        <translation>Les adresses sont tirées de ce fichier (par défaut : l'extrait du territoire d'exemple).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sample_siae.py" line="55" />
        <source>Communes (INSEE_COM, NOM, POP_2020)</source>
        <translation>Communes (INSEE_COM, NOM, POP_2020)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sample_siae.py" line="59" />
        <source>Communes of the territory; the population weights where people live.</source>
        <translation>Communes du territoire ; la population pondère les lieux de résidence.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sample_siae.py" line="61" />
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sample_siae.py" line="63" />
        <source>Same seed, same files.</source>
        <translation>Même graine, mêmes fichiers.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sample_siae.py" line="65" />
        <source>Number of clients</source>
        <translation>Nombre de clients</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sample_siae.py" line="66" />
        <source>Number of work sites / missions</source>
        <translation>Nombre de chantiers / missions</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sample_siae.py" line="67" />
        <source>Number of employees in insertion</source>
        <translation>Nombre de salariés en insertion</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sample_siae.py" line="70" />
        <source>Rows written in the corresponding file.</source>
        <translation>Lignes écrites dans le fichier correspondant.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sample_siae.py" line="72" />
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sample_siae.py" line="73" />
        <source>Clients file</source>
        <translation>Fichier des clients</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sample_siae.py" line="74" />
        <source>Work sites file</source>
        <translation>Fichier des chantiers</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sample_siae.py" line="75" />
        <source>Antennas file</source>
        <translation>Fichier des antennes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sample_siae.py" line="76" />
        <source>Employees file</source>
        <translation>Fichier des salariés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sample_siae.py" line="84" />
        <source>{} is not a BAN address file: columns {} are missing.</source>
        <translation>{} n'est pas un fichier d'adresses BAN : il manque les colonnes {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sample_siae.py" line="87" />
        <source>Cannot read the address file {}: {}</source>
        <translation>Impossible de lire le fichier d'adresses {} : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sample_siae.py" line="91" />
        <source>of communes</source>
        <translation>des communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sample_siae.py" line="95" />
        <source>No commune of the layer has addresses in the BAN file: give the BAN file of the same territory.</source>
        <translation>Aucune commune de la couche n'a d'adresse dans le fichier BAN : fournissez le fichier BAN du même territoire.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sample_siae.py" line="108" />
        <source>{}: {} rows (FICTITIOUS data).</source>
        <translation>{} : {} lignes (données FICTIVES).</translation>
    </message>
</context>
<context>
    <name>TagZonesAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="79" />
        <source>Tag points with commune, IRIS, QPV and Filosofi cell</source>
        <translation>Rattacher les points à leur commune, IRIS, QPV et carreau Filosofi</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="82" />
        <source>Adds to every point of a layer (clients, work sites, employees' homes…) the code of the zone it falls in, for each zone layer given: com_code (communes), iris_code (IRIS), qpv_code and in_qpv (0/1, QPV contours), cell_id (Filosofi cells) and zone_id (any other polygon layer: EPCI, custom sectors…). All zone layers are optional; each is put in a spatial index once and the points are read in a single pass. Zone layers in another CRS are reprojected on the fly.

Code fields are detected by name (INSEE_COM/insee/codgeo…, CODE_IRIS/iris…, code_qp…, idcar_200m…) or chosen explicitly. A point outside every zone of a layer gets NULL; points without geometry are kept with NULL codes; both are counted in the log. A point on a shared boundary takes the first zone found.</source>
        <translation>Ajoute à chaque point d'une couche (clients, chantiers, domiciles des salariés…) le code de la zone où il se trouve, pour chaque couche de zones donnée : com_code (communes), iris_code (IRIS), qpv_code et in_qpv (0/1, contours des QPV), cell_id (carreaux Filosofi) et zone_id (toute autre couche de polygones : EPCI, secteurs sur mesure…). Toutes les couches de zones sont facultatives ; chacune est mise une fois dans un index spatial et les points sont lus en une seule passe. Les couches de zones dans un autre SCR sont reprojetées à la volée.

Les champs de codes sont détectés par leur nom (INSEE_COM/insee/codgeo…, CODE_IRIS/iris…, code_qp…, idcar_200m…) ou choisis explicitement. Un point hors de toute zone d'une couche reçoit NULL ; les points sans géométrie sont gardés avec des codes NULL ; les deux cas sont comptés dans le journal. Un point sur une limite commune prend la première zone trouvée.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="95" />
        <source>Points to tag</source>
        <translation>Points à rattacher</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="97" />
        <source>Any point layer; its fields are kept and the zone codes appended.</source>
        <translation>Toute couche de points ; ses champs sont gardés et les codes des zones ajoutés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="99" />
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="99" />
        <source>Commune polygons (INSEE code).</source>
        <translation>Polygones des communes (code Insee).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="99" />
        <source>IRIS</source>
        <translation>IRIS</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="99" />
        <source>IRIS polygons (9-character IRIS code).</source>
        <translation>Polygones des IRIS (code IRIS à 9 caractères).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="99" />
        <source>QPV (priority neighbourhoods)</source>
        <translation>QPV (quartiers prioritaires)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="99" />
        <source>QPV contours (code_qp).</source>
        <translation>Contours des QPV (code_qp).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="99" />
        <source>Filosofi cells</source>
        <translation>Carreaux Filosofi</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="99" />
        <source>Filosofi squares, e.g. the output of coodiag:loadfilosofi (idcar_200m).</source>
        <translation>Carreaux Filosofi, par ex. la sortie de coodiag:loadfilosofi (idcar_200m).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="99" />
        <source>Other zones</source>
        <translation>Autres zones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="99" />
        <source>Any polygon layer serving as zones (EPCI, sectors, antennas' areas…).</source>
        <translation>Toute couche de polygones servant de zones (EPCI, secteurs, zones des antennes…).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="113" />
        <source>{} code field (empty: detect)</source>
        <translation>Champ de code de {} (vide : détecter)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="116" />
        <source>Field whose value is copied onto the points.</source>
        <translation>Champ dont la valeur est recopiée sur les points.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="118" />
        <source>Tagged points</source>
        <translation>Points rattachés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="120" />
        <source>Number of points</source>
        <translation>Nombre de points</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="121" />
        <source>Points outside a zone layer (total)</source>
        <translation>Points hors d'une couche de zones (total)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="144" />
        <source>Cannot find the code field of the {} layer (looked for {}); fields: {}. Choose it in the parameters.</source>
        <translation>Champ de code introuvable dans la couche {} (cherché : {}) ; champs : {}. Choisissez-le dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="147" />
        <source>{}: field {} → {}.</source>
        <translation>{} : champ {} → {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="153" />
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="156" />
        <source>Give at least one zone layer (communes, IRIS, QPV, Filosofi cells or other zones).</source>
        <translation>Donnez au moins une couche de zones (communes, IRIS, QPV, carreaux Filosofi ou autres zones).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="208" />
        <source>{} points fall in no zone of {} (NULL).</source>
        <translation>{} points ne tombent dans aucune zone de {} (NULL).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="210" />
        <source>{} points have no geometry: kept with NULL codes.</source>
        <translation>{} points n'ont pas de géométrie : gardés avec des codes NULL.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="211" />
        <source>{} points tagged.</source>
        <translation>{} points rattachés.</translation>
    </message>
</context>
<context>
    <name>TerritoryAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="55" />
        <source>Build study territory from INSEE codes</source>
        <translation>Construire le territoire d'étude à partir des codes Insee</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="79" />
        <source>Communes layer</source>
        <translation>Couche des communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="81" />
        <source>Polygons of communes carrying the INSEE code (and ideally the EPCI and département).</source>
        <translation>Polygones des communes portant le code Insee (et si possible l'EPCI et le département).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="83" />
        <source>Select by</source>
        <translation>Sélectionner par</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="83" />
        <source>Commune codes</source>
        <translation>Codes communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="83" />
        <source>EPCI (SIREN)</source>
        <translation>EPCI (SIREN)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="83" />
        <source>Département codes</source>
        <translation>Codes de départements</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="87" />
        <source>What the codes below are.</source>
        <translation>Nature des codes ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="89" />
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="90" />
        <source>One or more codes separated by commas, spaces or semicolons.</source>
        <translation>Un ou plusieurs codes séparés par des virgules, des espaces ou des points-virgules.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="92" />
        <source>Commune code field (empty: detect)</source>
        <translation>Champ du code commune (vide : détecter)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="92" />
        <source>Field holding the 5-character INSEE commune code.</source>
        <translation>Champ portant le code commune Insee à 5 caractères.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="92" />
        <source>EPCI field (empty: detect)</source>
        <translation>Champ de l'EPCI (vide : détecter)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="92" />
        <source>Field holding the EPCI SIREN.</source>
        <translation>Champ portant le SIREN de l'EPCI.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="92" />
        <source>Département field (empty: detect)</source>
        <translation>Champ du département (vide : détecter)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="92" />
        <source>Field holding the département code.</source>
        <translation>Champ portant le code du département.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="102" />
        <source>Buffer around the territory</source>
        <translation>Tampon autour du territoire</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="104" />
        <source>Distance in metres added around the territory outline (0 = none).</source>
        <translation>Distance en mètres ajoutée autour du contour du territoire (0 = aucune).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="112" />
        <source>Source of the communes layer</source>
        <translation>Source de la couche des communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="114" />
        <source>Written into the outputs' metadata, printed on maps after « Sources : ».</source>
        <translation>Écrite dans les métadonnées des sorties, imprimée sur les cartes après « Sources : ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="116" />
        <source>Territory communes</source>
        <translation>Communes du territoire</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="118" />
        <source>Territory outline</source>
        <translation>Contour du territoire</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="120" />
        <source>Number of communes</source>
        <translation>Nombre de communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="121" />
        <source>Area (km²)</source>
        <translation>Superficie (km²)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="122" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="123" />
        <source>Codes not found</source>
        <translation>Codes introuvables</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="131" />
        <source>The communes layer has no field {}.</source>
        <translation>La couche des communes n'a pas de champ {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="147" />
        <source>communes</source>
        <translation>communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="151" />
        <source>Give at least one code (commune, EPCI or département).</source>
        <translation>Donnez au moins un code (commune, EPCI ou département).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="154" />
        <source>the output</source>
        <translation>la sortie</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="157" />
        <source>commune code</source>
        <translation>code commune</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="177" />
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="177" />
        <source>département</source>
        <translation>département</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="182" />
        <source>Selecting by {} on field {}: {}.</source>
        <translation>Sélection par {} sur le champ {} : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="205" />
        <source>No commune matches the codes {} on field {}: check the selection mode (communes, EPCI, département) and the codes (e.g. 2A004 for Ajaccio, 242010056 for the CA du Pays Ajaccien).</source>
        <translation>Aucune commune ne correspond aux codes {} sur le champ {} : vérifiez le mode de sélection (communes, EPCI, département) et les codes (par ex. 2A004 pour Ajaccio, 242010056 pour la CA du Pays Ajaccien).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="210" />
        <source>Codes not found in the communes layer: {}.</source>
        <translation>Codes introuvables dans la couche des communes : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="247" />
        <source>{} invalid commune geometries were repaired.</source>
        <translation>{} géométries de communes invalides ont été réparées.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="58" />
        <source>Selects the communes of the study territory on a communes layer (ADMIN EXPRESS, a COG file…) from INSEE codes: a list of commune codes, the SIREN of an EPCI (e.g. 242010056), or one or more département codes (2A, 13, 971). Codes are normalised (lost leading zeros, 2a → 2A).

Fields are detected by name (commune code INSEE_COM, insee, code_insee, codgeo, com_code…; EPCI EPCI, siren_epci, code_epci…; département DEP, insee_dep, code_dep…) and by content (a field whose values are mostly commune codes, also inside lists such as ["97701"], is the commune code). When there is no département field, the département is read from the commune code. Set them explicitly when the detection fails.

Working CRS: empty = automatic, the legal projection of the territory found from the communes' codes (Lambert-93 in metropolitan France and Corsica; RGAF09 / UTM 20N for Guadeloupe, Martinique, Saint-Martin and Saint-Barthélemy; RGFG95 / UTM 22N Guyane; RGR92 / UTM 40S La Réunion; RGM04 / UTM 38S Mayotte; RGSPM06 / UTM 21N Saint-Pierre-et-Miquelon); the choice and its reason are logged.

Outputs: the selected communes (reprojected; fields holding lists or JSON maps, as in OpenDataSoft files, written as text) and the dissolved territory outline; with a buffer distance, the outline is enlarged by that distance (to load data a little beyond the limits). Codes that match no commune are listed in the log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="106" />
        <source>Output CRS (empty: automatic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="108" />
        <source>Projected CRS of the outputs; empty = the legal projection of the territory, chosen from the communes' INSEE codes (EPSG:2154 in metropolitan France, EPSG:5490 in the Antilles, EPSG:2975 in La Réunion…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="124" />
        <source>Working CRS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="135" />
        <source>The {} field was recognised by its values: {}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="138" />
        <source>Cannot find the {} field in the communes layer (looked for {}, and for values that look like codes); fields: {}. Choose it in the parameters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="146" />
        <source>of communes</source>
        <translation>des communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="174" />
        <source>Not valid codes for this selection mode, ignored: {}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="177" />
        <source>None of the codes {} is a valid {} code (a commune code has 5 characters, e.g. 2A004 or 97209; an EPCI code 9 digits; a département 01–95, 2A, 2B or 971–976).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="177" />
        <source>commune</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="218" />
        <source>The working CRS {} is geographic: choose a projected CRS in metres.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="272" />
        <source>{} communes, {:.1f} km² (in {}).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TravelTimesAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="94" />
        <source>Travel times to sites</source>
        <translation>Temps de trajet vers les sites</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="115" />
        <source>Road network</source>
        <translation>Réseau routier</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="117" />
        <source>A prepared network (from “Build a routable network”).</source>
        <translation>Un réseau préparé (par « Construire un réseau routable »).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="119" />
        <source>Origins (employees, clients)</source>
        <translation>Origines (salariés, clients)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="121" />
        <source>Home points; only the id field below is copied to the outputs.</source>
        <translation>Points de domicile ; seul le champ identifiant ci-dessous est recopié dans les sorties.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="123" />
        <source>Origin id field</source>
        <translation>Champ identifiant de l'origine</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="125" />
        <source>A pseudonymous id (default: the feature id). Never a name.</source>
        <translation>Un identifiant pseudonyme (par défaut : l'identifiant de l'entité). Jamais un nom.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="127" />
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="129" />
        <source>Antennas or work sites.</source>
        <translation>Antennes ou chantiers.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="131" />
        <source>Site id field</source>
        <translation>Champ identifiant du site</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="133" />
        <source>Identifier of the sites in the outputs (default: the feature id).</source>
        <translation>Identifiant des sites dans les sorties (par défaut : l'identifiant de l'entité).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="135" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="135" />
        <source>Car</source>
        <translation>Voiture</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="135" />
        <source>Walk</source>
        <translation>Marche</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="135" />
        <source>Bike</source>
        <translation>Vélo</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="137" />
        <source>Which costs of the prepared network are used.</source>
        <translation>Quels coûts du réseau préparé sont utilisés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="139" />
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="139" />
        <source>Nearest site</source>
        <translation>Site le plus proche</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="139" />
        <source>Every site</source>
        <translation>Chaque site</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="141" />
        <source>Nearest site: one row per origin. Every site: one row per origin and site.</source>
        <translation>Site le plus proche : une ligne par origine. Chaque site : une ligne par origine et par site.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="143" />
        <source>Alert threshold (minutes)</source>
        <translation>Seuil d'alerte (minutes)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="145" />
        <source>Trips longer than this are flagged (over = 1).</source>
        <translation>Les trajets plus longs sont signalés (over = 1).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="147" />
        <source>Snapping tolerance (m)</source>
        <translation>Tolérance d'accrochage (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="149" />
        <source>Points farther than this from any road open to the mode are reported, not snapped.</source>
        <translation>Les points plus éloignés que cela de toute route ouverte au mode sont signalés, pas accrochés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="151" />
        <source>Minimum count shown (k)</source>
        <translation>Effectif minimal affiché (k)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="156" />
        <source>Zones for the map summary</source>
        <translation>Zones pour la synthèse cartographique</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="158" />
        <source>E.g. communes: origins are counted in the zone that holds them.</source>
        <translation>Par exemple les communes : les origines sont comptées dans la zone qui les contient.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="160" />
        <source>Zone id field</source>
        <translation>Champ identifiant de zone</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="162" />
        <source>Zone code copied to the zone summary (e.g. INSEE_COM).</source>
        <translation>Code de zone recopié dans la synthèse par zone (par exemple INSEE_COM).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="164" />
        <source>Origin–destination table</source>
        <translation>Table origine–destination</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="166" />
        <source>Summary by site</source>
        <translation>Synthèse par site</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="168" />
        <source>Summary by zone</source>
        <translation>Synthèse par zone</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="181" />
        <source>origins</source>
        <translation>origines</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="182" />
        <source>sites</source>
        <translation>sites</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="197" />
        <source>{} site(s) farther than {:g} m from the network, left out: {}.</source>
        <translation>{} site(s) à plus de {:g} m du réseau, écarté(s) : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="200" />
        <source>No site is within {:g} m of the network: check the CRS or raise the snapping tolerance.</source>
        <translation>Aucun site n'est à moins de {:g} m du réseau : vérifiez le SCR ou augmentez la tolérance d'accrochage.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="259" />
        <source>{} origin row(s) farther than {:g} m from the network (status too_far).</source>
        <translation>{} ligne(s) d'origine à plus de {:g} m du réseau (statut too_far).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="262" />
        <source>{} origin row(s) cannot reach the site on the network (status unreachable).</source>
        <translation>{} ligne(s) d'origine ne peuvent pas atteindre le site par le réseau (statut unreachable).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="307" />
        <source>{} origins reach a site: median {:.1f} min, {:.1f} % over {:g} min.</source>
        <translation>{} origines atteignent un site : médiane {:.1f} min, {:.1f} % au-delà de {:g} min.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="315" />
        <source>Travel times computed in {:.1f} s.</source>
        <translation>Temps de trajet calculés en {:.1f} s.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="97" />
        <source>Travel time and distance on the road network from each origin (employees, clients) to its nearest site or to every site, by car, on foot or by bike; trips over the threshold (default 45 min) are flagged.

Outputs: the origin–destination table (no geometry, no name or address: only the chosen origin id, the site id, minutes, km, over-threshold flag and status) — for the cartographer, not for maps; a per-site summary (number of origins, median minutes, share over the threshold) and an optional per-zone summary (e.g. communes), both under statistical secrecy so they can be mapped: a site or zone with 1 to k−1 origins (k = the secrecy threshold of the Coodiag settings), and those hidden with it so that no count can be worked back from the totals, is NULL with secret = 1; the share over the threshold is NULL too when 1 to k−1 origins are over (or under) it.

Origins or sites farther than the snapping tolerance from the network, or that cannot reach any site, are kept in the table with their status (too_far, unreachable) and counted in the log. “Nearest site” runs one search for all sites (on the reversed network, so one-way streets are respected from the origin to the site); “every site” runs one search per site.</source>
        <translation>Temps et distance de trajet sur le réseau routier depuis chaque origine (salariés, clients) vers le site le plus proche ou vers chaque site, en voiture, à pied ou à vélo ; les trajets au-delà du seuil (45 min par défaut) sont signalés.

Sorties : la table origine–destination (sans géométrie, sans nom ni adresse : seulement l'identifiant d'origine choisi, l'identifiant du site, les minutes, les km, l'indicateur de dépassement et le statut) — pour le cartographe, pas pour les cartes ; une synthèse par site (nombre d'origines, médiane en minutes, part au-delà du seuil) et une synthèse facultative par zone (par exemple les communes), toutes deux sous secret statistique pour pouvoir être cartographiées : un site ou une zone de 1 à k−1 origines (k = seuil de secret des réglages Coodiag), et ceux masqués avec lui pour qu'aucun effectif ne puisse être recalculé à partir des totaux, est NULL avec secret = 1 ; la part au-delà du seuil est aussi NULL quand 1 à k−1 origines sont au-delà (ou en deçà).

Les origines ou sites plus éloignés du réseau que la tolérance d'accrochage, ou qui ne peuvent atteindre aucun site, restent dans la table avec leur statut (too_far, unreachable) et sont comptés dans le journal. « Site le plus proche » fait une seule recherche pour tous les sites (sur le réseau inversé, de sorte que les sens uniques sont respectés de l'origine vers le site) ; « chaque site » fait une recherche par site.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="153" />
        <source>Summaries of fewer origins than this are suppressed (statistical secrecy). Empty: the threshold of the Coodiag settings (11 by default).</source>
        <translation>Les résumés portant sur moins d'origines que ce nombre sont masqués (secret statistique). Vide : le seuil des réglages Coodiag (11 par défaut).</translation>
    </message>
</context>
<context>
    <name>UnmetZonesAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="222" />
        <source>Unmet-beneficiary zones</source>
        <translation>Zones de bénéficiaires non atteints</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="95" />
        <source>All employees</source>
        <translation>Tous les salariés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="96" />
        <source>Young people 16-25</source>
        <translation>Jeunes de 16 à 25 ans</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="97" />
        <source>RSA recipients</source>
        <translation>Allocataires du RSA</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="98" />
        <source>Seniors 50+</source>
        <translation>Seniors de 50 ans et plus</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="99" />
        <source>QPV residents</source>
        <translation>Habitants des QPV</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="130" />
        <source>Zones with potential</source>
        <translation>Zones avec potentiel</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="132" />
        <source>Communes, IRIS or grid cells with a potential field (output of 'Potential beneficiaries').</source>
        <translation>Communes, IRIS ou carreaux avec un champ de potentiel (sortie de « Bénéficiaires potentiels »).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="135" />
        <source>Potential field</source>
        <translation>Champ du potentiel</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="140" />
        <source>Zone code field</source>
        <translation>Champ du code de zone</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="142" />
        <source>INSEE code (or cell id) used to join an employee table and employees without geometry. Empty: detected.</source>
        <translation>Code Insee (ou identifiant de carreau) utilisé pour joindre une table de salariés et les salariés sans géométrie. Vide : détecté.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="145" />
        <source>Employees (points)</source>
        <translation>Salariés (points)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="148" />
        <source>One point per employee in insertion at the home address (e.g. the imported 'employees' layer). Give this or an employee table.</source>
        <translation>Un point par salarié en insertion à l'adresse du domicile (par exemple la couche importée « employees »). Fournissez ceci ou une table de salariés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="151" />
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="153" />
        <source>Count only the employees of this public (points only).</source>
        <translation>Ne compter que les salariés de ce public (points seulement).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="155" />
        <source>Public field (age, flag or category)</source>
        <translation>Champ du public (âge, indicateur ou catégorie)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="157" />
        <source>Age, birth year or birth date (16-25, 50+); yes/no or category text (RSA, QPV). Empty: detected (age, date_naissance, rsa, qpv, public…).</source>
        <translation>Âge, année ou date de naissance (16-25 ans, 50 ans et plus) ; oui/non ou texte de catégorie (RSA, QPV). Vide : détecté (age, date_naissance, rsa, qpv, public…).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="160" />
        <source>Employees per commune (table)</source>
        <translation>Salariés par commune (table)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="163" />
        <source>Instead of points: a table with an INSEE code and a number of employees.</source>
        <translation>À la place des points : une table avec un code Insee et un nombre de salariés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="165" />
        <source>Table code field</source>
        <translation>Champ du code de la table</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="167" />
        <source>INSEE code of the commune. Empty: detected.</source>
        <translation>Code Insee de la commune. Vide : détecté.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="169" />
        <source>Table count field</source>
        <translation>Champ de l'effectif de la table</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="172" />
        <source>Number of employees living in the commune (for the chosen public).</source>
        <translation>Nombre de salariés habitant la commune (pour le public choisi).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="174" />
        <source>Travel-time polygons (reach of the SIAE)</source>
        <translation>Polygones de temps de trajet (zone d'accès de la SIAE)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="177" />
        <source>Isochrones of the SIAE's sites; zones mostly outside them are classed outside_reach. Filter the band you want beforehand (all polygons are merged).</source>
        <translation>Isochrones des sites de la SIAE ; les zones surtout situées en dehors sont classées outside_reach. Filtrez au préalable la tranche voulue (tous les polygones sont fusionnés).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="180" />
        <source>Minimum share of a zone inside the reach</source>
        <translation>Part minimale d'une zone dans la zone d'accès</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="183" />
        <source>A zone is within reach when at least this share of its area lies inside the travel-time polygons.</source>
        <translation>Une zone est accessible si au moins cette part de sa surface se trouve dans les polygones de temps de trajet.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="186" />
        <source>Smoothing</source>
        <translation>Lissage</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="186" />
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="186" />
        <source>Stewart potential</source>
        <translation>Potentiel de Stewart</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="189" />
        <source>Stewart potential of the potential and of the employees before classifying, to avoid zone-edge effects.</source>
        <translation>Potentiel de Stewart du potentiel et des salariés avant la classification, pour éviter les effets de bord des zones.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="192" />
        <source>Smoothing span (m)</source>
        <translation>Portée du lissage (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="194" />
        <source>Distance at which the weight of a neighbour is halved.</source>
        <translation>Distance à laquelle le poids d'un voisin est divisé par deux.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="196" />
        <source>Smoothing function</source>
        <translation>Fonction de lissage</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="196" />
        <source>Exponential</source>
        <translation>Exponentielle</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="196" />
        <source>Gaussian</source>
        <translation>Gaussienne</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="199" />
        <source>Exponential: long tail; Gaussian: flat near 0 then a fast decay.</source>
        <translation>Exponentielle : longue traîne ; gaussienne : plate près de 0 puis décroissance rapide.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="201" />
        <source>Under-reached ratio</source>
        <translation>Ratio sous-atteint</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="204" />
        <source>A zone is under-reached below this ratio of employees to expected.</source>
        <translation>Une zone est sous-atteinte en dessous de ce ratio entre salariés et attendus.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="206" />
        <source>Not-reached ratio</source>
        <translation>Ratio non atteint</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="209" />
        <source>A zone is not reached below this ratio (a zone without employees is always below).</source>
        <translation>Une zone est non atteinte en dessous de ce ratio (une zone sans salarié est toujours en dessous).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="212" />
        <source>Minimum gap (employees)</source>
        <translation>Écart minimal (salariés)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="215" />
        <source>Shortfalls smaller than this number of employees are classed reached (noise).</source>
        <translation>Les déficits inférieurs à ce nombre de salariés sont classés atteints (bruit).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="217" />
        <source>Secrecy threshold k</source>
        <translation>Seuil de secret k</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="225" />
        <source>Unmatched employee table rows</source>
        <translation>Lignes de la table des salariés non appariées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="228" />
        <source>Rows of the employee table whose code matches no zone.</source>
        <translation>Lignes de la table des salariés dont le code ne correspond à aucune zone.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="230" />
        <source>Territory rate (employees per potential)</source>
        <translation>Taux du territoire (salariés par bénéficiaire potentiel)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="230" />
        <source>Employees read</source>
        <translation>Salariés lus</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="230" />
        <source>Employees in the zones</source>
        <translation>Salariés dans les zones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="230" />
        <source>Employees outside the zones</source>
        <translation>Salariés hors des zones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="230" />
        <source>Employees without location</source>
        <translation>Salariés sans localisation</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="230" />
        <source>Employees of another public</source>
        <translation>Salariés d'un autre public</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="230" />
        <source>Secret zones</source>
        <translation>Zones secrètes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="230" />
        <source>Unmatched table rows</source>
        <translation>Lignes de table non appariées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="244" />
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="251" />
        <source>of zones</source>
        <translation>des zones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="257" />
        <source>the zones (needed for smoothing distances)</source>
        <translation>les zones (nécessaire pour les distances du lissage)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="262" />
        <source>Give the employees: a point layer (one point per employee) or a table of employees per commune.</source>
        <translation>Fournissez les salariés : une couche de points (un point par salarié) ou une table de salariés par commune.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="266" />
        <source>Give either employee points or an employee table, not both (they would be counted twice).</source>
        <translation>Fournissez soit des points de salariés soit une table de salariés, pas les deux (ils seraient comptés deux fois).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="294" />
        <source>The travel-time layer has no usable polygon: check it or leave it empty.</source>
        <translation>La couche de temps de trajet n'a aucun polygone utilisable : vérifiez-la ou laissez-la vide.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="298" />
        <source>{} of {} zone(s) within the SIAE's reach.</source>
        <translation>{} zone(s) sur {} dans la zone d'accès de la SIAE.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="338" />
        <source>Territory rate: {:.2f} employees per 1,000 potential beneficiaries.</source>
        <translation>Taux du territoire : {:.2f} salariés pour 1 000 bénéficiaires potentiels.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="340" />
        <source>Zones by class: {}</source>
        <translation>Zones par classe : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="344" />
        <source>{} zone(s) suppressed (fewer than {} employees or secondary secret).</source>
        <translation>{} zone(s) masquée(s) (moins de {} salariés ou secret secondaire).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="369" />
        <source>The employees layer or table is empty: import the employees first (one point per employee or one row per commune).</source>
        <translation>La couche ou la table des salariés est vide : importez d'abord les salariés (un point par salarié ou une ligne par commune).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="375" />
        <source>No employee belongs to the chosen public: check the public field (age, birth date, RSA or QPV flag) or choose 'All employees'.</source>
        <translation>Aucun salarié n'appartient au public choisi : vérifiez le champ du public (âge, date de naissance, indicateur RSA ou QPV) ou choisissez « Tous les salariés ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="379" />
        <source>None of the {} employee(s) lives inside the zones ({} outside, {} without location): check that the employees and the zones cover the same territory and that both layers have the right CRS.</source>
        <translation>Aucun des {} salarié(s) n'habite dans les zones ({} hors des zones, {} sans localisation) : vérifiez que les salariés et les zones couvrent le même territoire et que les deux couches ont le bon SCR.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="384" />
        <source>No code of the employee table matches a zone (e.g. {}): check the code field (5-character INSEE codes, 2A/2B in Corsica) and the zone code field.</source>
        <translation>Aucun code de la table des salariés ne correspond à une zone (par exemple {}) : vérifiez le champ du code (codes Insee à 5 caractères, 2A/2B en Corse) et le champ du code de zone.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="388" />
        <source>The potential is zero in every zone: check the potential field, or the weights and indicators of 'Potential beneficiaries'.</source>
        <translation>Le potentiel est nul dans toutes les zones : vérifiez le champ du potentiel, ou les poids et les indicateurs de « Bénéficiaires potentiels ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="392" />
        <source>The potential is negative in some zones: check the weights of 'Potential beneficiaries'.</source>
        <translation>Le potentiel est négatif dans certaines zones : vérifiez les poids de « Bénéficiaires potentiels ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="415" />
        <source>The employees layer has no field telling the public '{}' (age or birth date for 16-25 and 50+, a yes/no field rsa or qpv, or a category text 'public'); available fields: {}. Choose it in 'Public field'.</source>
        <translation>La couche des salariés n'a aucun champ indiquant le public « {} » (âge ou date de naissance pour les 16-25 ans et les 50 ans et plus, champ oui/non rsa ou qpv, ou texte de catégorie « public ») ; champs disponibles : {}. Choisissez-le dans « Champ du public ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="478" />
        <source>{} employee(s) live outside the zones: they are not counted (nor in the territory rate).</source>
        <translation>{} salarié(s) habitent hors des zones : ils ne sont pas comptés (ni dans le taux du territoire).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="482" />
        <source>{} employee(s) have neither a geometry nor a commune code matching a zone: not counted.</source>
        <translation>{} salarié(s) n'ont ni géométrie ni code commune correspondant à une zone : non comptés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="486" />
        <source>{} employee(s) do not belong to the chosen public.</source>
        <translation>{} salarié(s) n'appartiennent pas au public choisi.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="492" />
        <source>An employee table needs a code field in the zones: choose it in 'Zone code field'.</source>
        <translation>Une table de salariés nécessite un champ de code dans les zones : choisissez-le dans « Champ du code de zone ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="498" />
        <source>Choose the code field and the count field of the employee table.</source>
        <translation>Choisissez le champ du code et le champ de l'effectif de la table des salariés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="499" />
        <source>employee table</source>
        <translation>table des salariés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="501" />
        <source>Employee table: the count field is assumed to count the chosen public.</source>
        <translation>Table des salariés : le champ d'effectif est supposé compter le public choisi.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="516" />
        <source>{} row(s) of the employee table match no zone (e.g. {}); listed in the Unmatched output.</source>
        <translation>{} ligne(s) de la table des salariés ne correspondent à aucune zone (par exemple {}) ; listées dans la sortie des lignes non appariées.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="524" />
        <source>Employees in insertion ({}) compared with the potential beneficiaries per zone.</source>
        <translation>Salariés en insertion ({}) comparés aux bénéficiaires potentiels par zone.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="525" />
        <source>Territory rate R = {:.3f} employees per 1,000 potential beneficiaries; expected = R × potential; gap = expected − reached; ratio = reached / expected.</source>
        <translation>Taux du territoire R = {:.3f} salariés pour 1 000 bénéficiaires potentiels ; attendu = R × potentiel ; écart = attendu − atteints ; ratio = atteints / attendu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="528" />
        <source>Classes: not reached below a ratio of {}, under-reached below {}, only when the gap is at least {} employee(s).</source>
        <translation>Classes : non atteinte sous un ratio de {}, sous-atteinte sous {}, seulement si l'écart est d'au moins {} salarié(s).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="535" />
        <source>Classes computed on Stewart potentials (span {:.0f} m, {} function).</source>
        <translation>Classes calculées sur des potentiels de Stewart (portée {:.0f} m, fonction {}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="538" />
        <source>Zones with less than {:.0%} of their area inside the travel-time polygons are outside the reach.</source>
        <translation>Les zones dont moins de {:.0%} de la surface se trouve dans les polygones de temps de trajet sont hors d'atteinte.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="541" />
        <source>Privacy: zones with fewer than {} employees are suppressed (secret).</source>
        <translation>Confidentialité : les zones de moins de {} salariés sont masquées (secret).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="138" />
        <source>Numeric field holding the potential beneficiaries of each zone (empty: 'potential').</source>
        <translation>Champ numérique contenant les bénéficiaires potentiels de chaque zone (vide : « potential »).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="230" />
        <source>Zones reached</source>
        <translation>Zones atteintes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="230" />
        <source>Zones under-reached</source>
        <translation>Zones sous-atteintes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="230" />
        <source>Zones not reached</source>
        <translation>Zones non atteintes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="230" />
        <source>Zones outside the reach</source>
        <translation>Zones hors d'atteinte</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="230" />
        <source>Zones without potential</source>
        <translation>Zones sans potentiel</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="103" />
        <source>Compares where the employees in insertion live with the potential beneficiaries of each zone (commune, IRIS or grid cell; the potential usually comes from 'Potential beneficiaries').

Per zone: potential P, reached E (employees living there: points counted in the zone, or a count per commune from a table joined on the INSEE code), territory rate R = ΣE / ΣP, rate = 1000 × E / P (employees per 1,000 potential beneficiaries), expected = R × P, gap = expected − E (positive: fewer employees than expected), ratio = E / expected (1 = territory average).

Class: outside_reach when a travel-time layer is given and less than the 'minimum share' of the zone lies inside it; no_potential when P = 0; not_reached when ratio &lt; 'not reached ratio' (default 0.1) and gap ≥ 'minimum gap' (default 1 employee); under_reached when ratio &lt; 'under-reached ratio' (default 0.75) and gap ≥ minimum gap; reached otherwise.

Smoothing (optional): Stewart potential of P and E on the zones' inner points (span in metres = distance at which the weight halves; exponential or Gaussian); the class then uses the smoothed values, which removes zone-edge effects (ratio_s).

Specific publics: only the employees of the chosen public are counted (age or birth date for 16-25 and 50+, a yes/no field or a category text for RSA and QPV; detected or chosen in 'Public field'). Use the potential computed for the same public.

Privacy: employees are personal data; no individual is written. A zone with 1 to k−1 employees (k = the secrecy threshold of the Coodiag settings, 11 by default) is secret, and so are the zones hidden with it so that no count can be worked back from the territory rate (which gives the total): reached, rate, gap, ratio and class are NULL and secret = 1. With smoothing, hidden zones enter the smoothed values with an estimate computed from the published figures only. Maps show the secret zones as such (the styles hatch them).</source>
        <translation>Compare les lieux de résidence des salariés en insertion aux bénéficiaires potentiels de chaque zone (commune, IRIS ou carreau ; le potentiel vient en général de « Bénéficiaires potentiels »).

Par zone : potentiel P, atteints E (salariés qui y habitent : points comptés dans la zone, ou effectif par commune d'une table jointe sur le code Insee), taux du territoire R = ΣE / ΣP, taux = 1000 × E / P (salariés pour 1 000 bénéficiaires potentiels), attendu = R × P, écart = attendu − E (positif : moins de salariés qu'attendu), ratio = E / attendu (1 = moyenne du territoire).

Classe : outside_reach si une couche de temps de trajet est fournie et que moins que la « part minimale » de la zone s'y trouve ; no_potential si P = 0 ; not_reached si ratio &lt; « ratio non atteint » (0,1 par défaut) et écart ≥ « écart minimal » (1 salarié par défaut) ; under_reached si ratio &lt; « ratio sous-atteint » (0,75 par défaut) et écart ≥ écart minimal ; reached sinon.

Lissage (facultatif) : potentiel de Stewart de P et de E sur les points intérieurs des zones (portée en mètres = distance à laquelle le poids est divisé par deux ; exponentielle ou gaussienne) ; la classe utilise alors les valeurs lissées, ce qui supprime les effets de bord des zones (ratio_s).

Publics spécifiques : seuls les salariés du public choisi sont comptés (âge ou date de naissance pour les 16-25 ans et les 50 ans et plus, champ oui/non ou texte de catégorie pour le RSA et les QPV ; détecté ou choisi dans « Champ du public »). Utilisez le potentiel calculé pour le même public.

Confidentialité : les salariés sont des données personnelles ; aucun individu n'est écrit. Une zone de 1 à k−1 salariés (k = seuil de secret des réglages Coodiag, 11 par défaut) est secrète, ainsi que les zones masquées avec elle pour qu'aucun effectif ne puisse être recalculé à partir du taux du territoire (qui donne le total) : atteints, taux, écart, ratio et classe sont NULL et secret = 1. Avec le lissage, les zones masquées entrent dans les valeurs lissées avec une estimation calculée à partir des seuls chiffres publiés. Les cartes montrent les zones secrètes comme telles (les styles les hachurent).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="219" />
        <source>Zones with fewer than k employees (but more than 0) are suppressed in the output. Empty: the threshold of the Coodiag settings (11 by default).</source>
        <translation>Les zones de moins de k salariés (mais plus de 0) sont masquées dans la sortie. Vide : le seuil des réglages Coodiag (11 par défaut).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="223" />
        <source>Employees in insertion per zone</source>
        <translation>Salariés en insertion par zone</translation>
    </message>
</context>
<context><name>CoodiagPipelines</name><message><source>A polygon layer of communes with their INSEE code (and EPCI code for an EPCI territory), covering the territory: IGN ADMIN EXPRESS, a COG file, an open-data portal export.</source><translation>Une couche de polygones des communes avec leur code Insee (et le code de l'EPCI pour un territoire intercommunal), couvrant le territoire : IGN ADMIN EXPRESS, un fichier du COG, un export d'un portail open data.</translation></message><message><source>Add the layers to the map, grouped by question</source><translation>Ajouter les couches à la carte, rangées par question</translation></message><message><source>An INSEE census table at commune level (base-ic-…), joined to the communes.</source><translation>Une table du recensement de l'Insee à la commune (base-ic-…), jointe aux communes.</translation></message><message><source>Antenna column (clients and antennas files)</source><translation>Colonne de l'antenne (fichiers des clients et des antennes)</translation></message><message><source>Antennas file</source><translation>Fichier des antennes</translation></message><message><source>Atlas (PDF)</source><translation>Atlas (PDF)</translation></message><message><source>Atlas pages</source><translation>Pages de l'atlas</translation></message><message><source>Atlas: {}</source><translation>Atlas : {}</translation></message><message><source>BAN address file of the département</source><translation>Fichier d'adresses BAN du département</translation></message><message><source>Base Adresse Nationale file adresses-&lt;département&gt;.csv(.gz), to place addresses offline. Without it, rows are placed by their coordinates or at their commune.</source><translation>Fichier de la Base Adresse Nationale adresses-&lt;département&gt;.csv(.gz), pour placer les adresses hors ligne. Sans lui, les lignes sont placées par leurs coordonnées ou à leur commune.</translation></message><message><source>Builds the study territory from INSEE codes (communes, EPCI or départements) out of a communes layer, then loads the INSEE Filosofi grid (any vintage) and, when given, a census table, into the diagnostic GeoPackage (layers communes, territory, filosofi_200m, census_communes).</source><translation>Construit le territoire d'étude à partir de codes Insee (communes, EPCI ou départements) dans une couche de communes, puis charge les carreaux Filosofi de l'Insee (tout millésime) et, si elle est fournie, une table du recensement, dans le GeoPackage du diagnostic (couches communes, territory, filosofi_200m, census_communes).</translation></message><message><source>CSV or spreadsheet (*.csv *.txt *.tsv *.xlsx *.ods *.xls);;All files (*)</source><translation>CSV ou tableur (*.csv *.txt *.tsv *.xlsx *.ods *.xls);;Tous les fichiers (*)</translation></message><message><source>Car bands (minutes)</source><translation>Tranches en voiture (minutes)</translation></message><message><source>Census table (INSEE, optional)</source><translation>Table du recensement (Insee, facultative)</translation></message><message><source>Choose the diagnostic GeoPackage (.gpkg) to write into.</source><translation>Choisissez le GeoPackage du diagnostic (.gpkg) où écrire.</translation></message><message><source>Client weight field (e.g. hours sold)</source><translation>Champ de pondération des clients (ex. heures vendues)</translation></message><message><source>Clients file</source><translation>Fichier des clients</translation></message><message><source>Codes separated by commas, e.g. 242010056 for the CA du Pays Ajaccien, or 2A004, 2A006 for two communes.</source><translation>Codes séparés par des virgules, par ex. 242010056 pour la CA du Pays Ajaccien, ou 2A004, 2A006 pour deux communes.</translation></message><message><source>Commune codes</source><translation>Codes communes</translation></message><message><source>Communes layer (Admin Express, COG…)</source><translation>Couche des communes (Admin Express, COG…)</translation></message><message><source>Diagnostic GeoPackage</source><translation>GeoPackage du diagnostic</translation></message><message><source>Département codes</source><translation>Codes de départements</translation></message><message><source>EPCI (SIREN number)</source><translation>EPCI (numéro SIREN)</translation></message><message><source>Employees in insertion file</source><translation>Fichier des salariés en insertion</translation></message><message><source>English</source><translation>Anglais</translation></message><message><source>Filosofi 200 m grid file (INSEE)</source><translation>Fichier des carreaux Filosofi de 200 m (Insee)</translation></message><message><source>French</source><translation>Français</translation></message><message><source>INSEE codes of the territory</source><translation>Codes Insee du territoire</translation></message><message><source>Imports and places the SIAE's antennas, clients, employees and work sites (CSV or spreadsheet exports) into the diagnostic GeoPackage, with the rows that could not be placed in their own tables. Names, phones, e-mails and addresses are not kept; employees are pseudonymised. Uses the communes of the diagnostic, when present, to place rows known only by their commune.</source><translation>Importe et place les antennes, clients, salariés et chantiers de la SIAE (exports CSV ou tableur) dans le GeoPackage du diagnostic, avec les lignes qui n'ont pu être placées dans leurs propres tables. Les noms, téléphones, courriels et adresses ne sont pas conservés ; les salariés sont pseudonymisés. Utilise les communes du diagnostic, si elles y sont, pour placer les lignes connues seulement par leur commune.</translation></message><message><source>Language of the atlas</source><translation>Langue de l'atlas</translation></message><message><source>Language of the printed atlas (titles, legends, figures).</source><translation>Langue de l'atlas imprimé (titres, légendes, chiffres).</translation></message><message><source>Layers written</source><translation>Couches écrites</translation></message><message><source>Name of the SIAE</source><translation>Nom de la SIAE</translation></message><message><source>Name of the territory</source><translation>Nom du territoire</translation></message><message><source>Nothing could be computed: {}</source><translation>Rien n'a pu être calculé : {}</translation></message><message><source>Optional column naming the antenna in both the clients and the antennas files: customer areas are then drawn per antenna.</source><translation>Colonne facultative donnant l'antenne, à la fois dans le fichier des clients et dans celui des antennes : les aires de clientèle sont alors tracées par antenne.</translation></message><message><source>Optional column of the clients file weighting each client; empty = one per client.</source><translation>Colonne facultative du fichier des clients pondérant chaque client ; vide = un par client.</translation></message><message><source>Optional: the work sites or missions (address or coordinates).</source><translation>Facultatif : les chantiers ou missions (adresse ou coordonnées).</translation></message><message><source>Printed on the atlas pages, e.g. « AI du Pays Ajaccien ».</source><translation>Imprimé sur les pages de l'atlas, par ex. « AI du Pays Ajaccien ».</translation></message><message><source>Printed on the atlas pages, e.g. « CA du Pays Ajaccien ».</source><translation>Imprimé sur les pages de l'atlas, par ex. « CA du Pays Ajaccien ».</translation></message><message><source>Public data: territory and Filosofi grid</source><translation>Données publiques : territoire et carreaux Filosofi</translation></message><message><source>Q1 Clients: density, penetration, prospects</source><translation>Q1 Clients : densité, pénétration, prospection</translation></message><message><source>Q2 Beneficiaries: potential and unmet zones</source><translation>Q2 Bénéficiaires : potentiel et zones non atteintes</translation></message><message><source>Q3 Mobility: isochrones and travel times</source><translation>Q3 Mobilité : isochrones et temps de trajet</translation></message><message><source>Question 1 — where are the clients, where could new ones be? From the clients and communes of the diagnostic GeoPackage: clients per cell and per commune, smoothed rate, market penetration and customer areas, prospect zones and hot spots, all under the statistical secret.</source><translation>Question 1 — où sont les clients, où pourraient être les nouveaux ? À partir des clients et des communes du GeoPackage du diagnostic : clients par carreau et par commune, taux lissé, taux de pénétration et aires de clientèle, zones à prospecter et points chauds, sous secret statistique.</translation></message><message><source>Question 2 — where are the potential beneficiaries the SIAE does not reach? From the Filosofi grid, the communes and the employees of the diagnostic GeoPackage: potential per cell and per commune, unmet zones and employees per commune, under the statistical secret.</source><translation>Question 2 — où sont les bénéficiaires potentiels que la SIAE n'atteint pas ? À partir des carreaux Filosofi, des communes et des salariés du GeoPackage du diagnostic : potentiel par carreau et par commune, zones non atteintes et salariés par commune, sous secret statistique.</translation></message><message><source>Question 3 — how far is the SIAE, by car and on foot? Prepares the road network, computes the isochrones of the antennas with the population reached per band and commune (when the Filosofi grid is in the diagnostic) and the employees' travel times to their antenna.</source><translation>Question 3 — à quelle distance est la SIAE, en voiture et à pied ? Prépare le réseau routier, calcule les isochrones des antennes avec la population atteinte par tranche et par commune (quand les carreaux Filosofi sont dans le diagnostic) et les temps de trajet des salariés vers leur antenne.</translation></message><message><source>Road lines (OpenStreetMap, BD TOPO or already prepared by Coodiag). Without them the travel-time maps are left out.</source><translation>Lignes du réseau routier (OpenStreetMap, BD TOPO ou déjà préparées par Coodiag). Sans elles, les cartes de temps de trajet sont laissées de côté.</translation></message><message><source>Road network</source><translation>Réseau routier</translation></message><message><source>Same as QGIS</source><translation>Comme QGIS</translation></message><message><source>Steps left out, and why</source><translation>Étapes laissées de côté, et pourquoi</translation></message><message><source>Target population field of the communes</source><translation>Champ de population cible des communes</translation></message><message><source>The INSEE Filosofi gridded data (any vintage). Without it, rates use a population field of the communes and the population maps are left out.</source><translation>Les données carroyées Filosofi de l'Insee (tout millésime). Sans elles, les taux utilisent un champ de population des communes et les cartes de population sont laissées de côté.</translation></message><message><source>The atlas could not be printed: {}</source><translation>L'atlas n'a pas pu être imprimé : {}</translation></message><message><source>The clients export (one row per client, with an address, coordinates or a commune). Names, phones and e-mails are not kept.</source><translation>L'export des clients (une ligne par client, avec une adresse, des coordonnées ou une commune). Les noms, téléphones et courriels ne sont pas conservés.</translation></message><message><source>The diagnostic GeoPackage {} does not exist yet: run the earlier steps (or the whole diagnostic) first.</source><translation>Le GeoPackage du diagnostic {} n'existe pas encore : lancez d'abord les étapes précédentes (ou tout le diagnostic).</translation></message><message><source>The diagnostic's .gpkg file, holding the layers of the earlier steps; this run adds or replaces its own layers.</source><translation>Le fichier .gpkg du diagnostic, qui contient les couches des étapes précédentes ; ce traitement ajoute ou remplace ses propres couches.</translation></message><message><source>The diagnostic's .gpkg file: created when it does not exist; otherwise its layers of the same name are replaced and the others kept.</source><translation>Le fichier .gpkg du diagnostic : créé s'il n'existe pas ; sinon ses couches de même nom sont remplacées et les autres conservées.</translation></message><message><source>The employees in insertion export (address or commune of residence). Pseudonymised on import; never printed individually.</source><translation>L'export des salariés en insertion (adresse ou commune de résidence). Pseudonymisé à l'import ; jamais imprimé individuellement.</translation></message><message><source>The file given for “{}” does not exist: {}</source><translation>Le fichier indiqué pour « {} » n'existe pas : {}</translation></message><message><source>The structure's antennas or premises (CSV or spreadsheet, with an address or coordinates).</source><translation>Les antennes ou locaux de la structure (CSV ou tableur, avec une adresse ou des coordonnées).</translation></message><message><source>The structure's files: import and placing</source><translation>Les fichiers de la structure : import et placement</translation></message><message><source>The territory is given by</source><translation>Le territoire est défini par</translation></message><message><source>The whole Coodiag diagnostic in one run, from the SIAE's files and the public data to the PDF atlas:
1. the study territory (communes from INSEE codes);
2. the SIAE's files (antennas, clients, employees, work sites) imported and placed;
3. public data (Filosofi 200 m grid, census);
4. mobility (road network, isochrones by car and on foot, employees' travel times);
5. clients (density, penetration, customer areas, prospect zones, hot spots);
6. beneficiaries (potential, unmet zones, employees per commune);
7. the atlas (PDF) and its layouts in the project.

Every layer is written into the diagnostic GeoPackage with its style and name, then added to the map in one group per question (personal data hidden, in their own group). Optional inputs are optional: a step whose data are missing is left out with a message saying why.

To try Coodiag, use the button « Try with the sample territory » of the Coodiag dock: it fills every input with the bundled sample (CA du Pays Ajaccien).</source><translation>Tout le diagnostic Coodiag en une fois, des fichiers de la SIAE et des données publiques jusqu'à l'atlas PDF :
1. le territoire d'étude (communes à partir des codes Insee) ;
2. les fichiers de la SIAE (antennes, clients, salariés, chantiers) importés et placés ;
3. les données publiques (carreaux Filosofi de 200 m, recensement) ;
4. la mobilité (réseau routier, isochrones en voiture et à pied, temps de trajet des salariés) ;
5. les clients (densité, pénétration, aires de clientèle, zones à prospecter, points chauds) ;
6. les bénéficiaires (potentiel, zones non atteintes, salariés par commune) ;
7. l'atlas (PDF) et ses mises en page dans le projet.

Chaque couche est écrite dans le GeoPackage du diagnostic avec son style et son nom, puis ajoutée à la carte dans un groupe par question (données personnelles masquées, dans leur propre groupe). Les données facultatives le sont vraiment : une étape dont les données manquent est laissée de côté avec un message qui dit pourquoi.

Pour essayer Coodiag, utilisez le bouton « Essayer avec le territoire exemple » du panneau Coodiag : il remplit toutes les entrées avec l'exemple fourni (CA du Pays Ajaccien).</translation></message><message><source>Travel-time bands, e.g. 10, 20, 30, 45; empty = the usual bands of the mode.</source><translation>Tranches de temps de trajet, par ex. 10, 20, 30, 45 ; vide = les tranches habituelles du mode.</translation></message><message><source>Used when no Filosofi grid is given: a numeric field of the communes (e.g. POP_2020) as the target population of the client rates.</source><translation>Utilisé quand aucun carreau Filosofi n'est fourni : un champ numérique des communes (ex. POP_2020) comme population cible des taux de clients.</translation></message><message><source>Walking bands (minutes)</source><translation>Tranches à pied (minutes)</translation></message><message><source>What the codes below are: INSEE commune codes, the SIREN number of an EPCI, or département codes.</source><translation>Ce que sont les codes ci-dessous : codes Insee de communes, numéro SIREN d'un EPCI ou codes de départements.</translation></message><message><source>When ticked, every layer written is added to the current project with its style and name, in one group per question; personal data are added hidden.</source><translation>Si la case est cochée, chaque couche écrite est ajoutée au projet avec son style et son nom, dans un groupe par question ; les données personnelles sont ajoutées masquées.</translation></message><message><source>Where to write the printed atlas; by default next to the GeoPackage.</source><translation>Où écrire l'atlas imprimé ; par défaut à côté du GeoPackage.</translation></message><message><source>Whole diagnostic (files to atlas)</source><translation>Tout le diagnostic (des fichiers à l'atlas)</translation></message><message><source>Work sites file</source><translation>Fichier des chantiers</translation></message><message><source>its input (the existing layers are kept)</source><translation>son entrée (les couches existantes sont conservées)</translation></message><message><source>no input given</source><translation>aucune donnée fournie</translation></message><message><source>{} exists and is not a GeoPackage: choose another file.</source><translation>{} existe et n'est pas un GeoPackage : choisissez un autre fichier.</translation></message><message><source>{} layers written into {}.</source><translation>{} couches écrites dans {}.</translation></message><message><source>{}: failed — {}</source><translation>{} : échec — {}</translation></message><message><source>{}: left out, missing {}</source><translation>{} : laissé de côté, il manque {}</translation></message><message><source>— {} ({})</source><translation>— {} ({})</translation></message></context><context><name>GuidedSteps</name><message><source>Generate the files of a fictitious SIAE (training)</source><translation>Générer les fichiers d'une SIAE fictive (formation)</translation></message><message><source>How do mobility difficulties shape access to my sites? Road network, isochrones by car and on foot, employees' travel times, public transport.</source><translation>Comment les difficultés de mobilité pèsent-elles sur l'accès à mes sites ? Réseau routier, isochrones en voiture et à pied, temps de trajet des salariés, transports en commun.</translation></message><message><source>Print the atlas (PDF)</source><translation>Imprimer l'atlas (PDF)</translation></message><message><source>Print the atlas for the meeting with the SIAE's director and board: a cover, the key figures and one map page per theme and commune. Its layouts are also added to the project (Layout Manager) to edit before printing.</source><translation>Imprimez l'atlas pour la réunion avec la direction et le conseil d'administration de la SIAE : une couverture, les chiffres clés et une carte par thème et par commune. Ses mises en page sont aussi ajoutées au projet (gestionnaire de mises en page) pour être retouchées avant impression.</translation></message><message><source>The whole diagnostic in one run, from the files to the atlas</source><translation>Tout le diagnostic en une fois, des fichiers à l'atlas</translation></message><message><source>Where are my clients, and where could new clients be? Density, market penetration, customer areas, prospect zones and hot spots.</source><translation>Où sont mes clients, et où pourraient être de nouveaux clients ? Densité, taux de pénétration, aires de clientèle, zones à prospecter et points chauds.</translation></message><message><source>Where do my employees live, and which zones hold potential beneficiaries I do not reach?</source><translation>Où habitent mes salariés, et quelles zones comptent des bénéficiaires potentiels que je n'atteins pas ?</translation></message><message><source>Where should a new antenna open to reach the most people the SIAE does not reach?</source><translation>Où ouvrir une nouvelle antenne pour atteindre le plus de personnes que la SIAE n'atteint pas ?</translation></message><message><source>Which public buyers use social clauses, and which other inclusion actors work here?</source><translation>Quels acheteurs publics utilisent des clauses sociales, et quels autres acteurs de l'inclusion travaillent ici ?</translation></message><message><source>Which trades struggle to recruit here, and which companies could become clients?</source><translation>Quels métiers peinent à recruter ici, et quelles entreprises pourraient devenir clientes ?</translation></message><message><source>Who is the SIAE, and which territory does the diagnostic cover? Build the territory from its INSEE codes and import the structure's files (antennas, clients, employees, work sites) — or run the whole diagnostic at once.</source><translation>Qui est la SIAE, et quel territoire couvre le diagnostic ? Construisez le territoire à partir de ses codes Insee et importez les fichiers de la structure (antennes, clients, salariés, chantiers) — ou lancez tout le diagnostic d'un coup.</translation></message><message><source>Who lives on the territory? Load the INSEE Filosofi 200 m grid and, if you have them, census tables.</source><translation>Qui vit sur le territoire ? Chargez les carreaux Filosofi de 200 m de l'Insee et, si vous en avez, des tables du recensement.</translation></message></context></TS>