<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>AntennaSitingAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="100" />
        <source>Where to open an antenna (location-allocation)</source>
        <translation>Où ouvrir une antenne (localisation-affectation)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="146" />
        <source>Road network</source>
        <translation>Réseau routier</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="146" />
        <source>A prepared network (from “Build a routable network”), or a raw road layer prepared on the fly.</source>
        <translation>Un réseau préparé (sortie de « Construire un réseau routable »), ou une couche de routes brute préparée à la volée.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="149" />
        <source>Demand (potential beneficiaries)</source>
        <translation>Demande (bénéficiaires potentiels)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="149" />
        <source>Points or polygons with a weight: “Potential beneficiaries” per cell or per commune, “Zones with unmet potential”, or any weighted layer. Polygons count at their point on surface.</source>
        <translation>Points ou polygones pondérés : « Bénéficiaires potentiels » par carreau ou par commune, « Zones à potentiel non atteint », ou toute couche pondérée. Les polygones comptent en un point intérieur.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="154" />
        <source>Demand weight field</source>
        <translation>Champ de poids de la demande</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="159" />
        <source>Demand measure</source>
        <translation>Mesure de la demande</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="159" />
        <source>The weight field</source>
        <translation>Le champ de poids</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="159" />
        <source>Unmet potential (output of “Zones with unmet potential”)</source>
        <translation>Potentiel non atteint (sortie de « Zones à potentiel non atteint »)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="159" />
        <source>Unmet potential = potential × (1 − ratio), secret zones at their full potential; it derives from the SIAE's employees, so the outputs are aggregates of personal data.</source>
        <translation>Potentiel non atteint = potential × (1 − ratio), les zones secrètes à leur potentiel entier ; il découle des salariés de la SIAE, les sorties sont donc des agrégats de données personnelles.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="165" />
        <source>Existing antennas</source>
        <translation>Antennes existantes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="165" />
        <source>Kept open in every scenario. Empty: no antenna yet.</source>
        <translation>Gardées ouvertes dans tous les scénarios. Vide : pas encore d'antenne.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="168" />
        <source>Antenna name field</source>
        <translation>Champ du nom de l'antenne</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="168" />
        <source>Name copied to the catchments (default: antenne, name, nom, else the feature id).</source>
        <translation>Nom recopié dans les aires (par défaut : antenne, name, nom, sinon l'identifiant de l'entité).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="171" />
        <source>Candidate sites</source>
        <translation>Sites candidats</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="171" />
        <source>A point layer</source>
        <translation>Une couche de points</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="171" />
        <source>Commune centres</source>
        <translation>Centres des communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="171" />
        <source>QPV (priority neighbourhoods)</source>
        <translation>QPV (quartiers prioritaires)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="171" />
        <source>Busiest public transport stops</source>
        <translation>Arrêts de transport en commun les plus desservis</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="171" />
        <source>Most populated demand cells</source>
        <translation>Carreaux de demande les plus peuplés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="171" />
        <source>Where a new antenna may open. Generated candidates come from the layer given below.</source>
        <translation>Où une nouvelle antenne peut ouvrir. Les candidats générés viennent de la couche donnée plus bas.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="177" />
        <source>Candidate points</source>
        <translation>Points candidats</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="177" />
        <source>For “A point layer”: premises on offer, partners' offices…</source>
        <translation>Pour « Une couche de points » : locaux disponibles, bureaux de partenaires…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="180" />
        <source>Candidate name field</source>
        <translation>Champ du nom du site candidat</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="180" />
        <source>Name copied to the outputs (default: a name field, else the feature id).</source>
        <translation>Nom recopié dans les sorties (par défaut : un champ de nom, sinon l'identifiant de l'entité).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="183" />
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="183" />
        <source>For “Commune centres”: one candidate per commune, at its point on surface.</source>
        <translation>Pour « Centres des communes » : un candidat par commune, en un point intérieur.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="360" />
        <source>QPV</source>
        <translation>QPV</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="186" />
        <source>For “QPV”: the quartiers prioritaires (ANCT contours), one candidate each.</source>
        <translation>Pour « QPV » : les quartiers prioritaires (contours ANCT), un candidat chacun.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="189" />
        <source>Public transport stops</source>
        <translation>Arrêts de transport en commun</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="189" />
        <source>For “Busiest public transport stops”: the stops of “Load a GTFS feed” (field departures).</source>
        <translation>Pour « Arrêts de transport en commun les plus desservis » : les arrêts de « Charger un flux GTFS » (champ departures).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="192" />
        <source>Number of generated candidates</source>
        <translation>Nombre de candidats générés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="192" />
        <source>For the busiest stops and the most populated cells: how many become candidates.</source>
        <translation>Pour les arrêts les plus desservis et les carreaux les plus peuplés : combien deviennent candidats.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="195" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="195" />
        <source>Car</source>
        <translation>Voiture</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="195" />
        <source>Walk</source>
        <translation>Marche</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="195" />
        <source>Bike</source>
        <translation>Vélo</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="195" />
        <source>Which costs of the prepared network are used.</source>
        <translation>Quels coûts du réseau préparé sont utilisés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="198" />
        <source>Service standard S (minutes)</source>
        <translation>Délai visé S (minutes)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="198" />
        <source>A potential beneficiary is covered when an antenna is within S minutes.</source>
        <translation>Un bénéficiaire potentiel est couvert quand une antenne est à moins de S minutes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="202" />
        <source>Fewest new antennas</source>
        <translation>Nombre minimal de nouvelles antennes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="202" />
        <source>Scenarios are computed for every number of new antennas from this one…</source>
        <translation>Les scénarios sont calculés pour chaque nombre de nouvelles antennes à partir de celui-ci…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="205" />
        <source>Most new antennas</source>
        <translation>Nombre maximal de nouvelles antennes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="205" />
        <source>…to this one (at most the number of candidates).</source>
        <translation>…jusqu'à celui-ci (au plus le nombre de candidats).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="208" />
        <source>Model of the proposed sites</source>
        <translation>Modèle des sites proposés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="208" />
        <source>Maximal coverage</source>
        <translation>Couverture maximale</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="208" />
        <source>p-median (mean travel time)</source>
        <translation>p-médiane (temps de trajet moyen)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="208" />
        <source>Set covering (fewest antennas to cover everyone)</source>
        <translation>Couverture totale (le moins d'antennes pour couvrir tout le monde)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="208" />
        <source>The scenario table always compares the three models; the sites and catchments follow this one.</source>
        <translation>La table des scénarios compare toujours les trois modèles ; les sites et les aires suivent celui-ci.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="213" />
        <source>Horizon (minutes, 0 = 2 × S)</source>
        <translation>Horizon (minutes, 0 = 2 × S)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="213" />
        <source>Largest travel time computed; p-median counts places beyond it at this time.</source>
        <translation>Temps de trajet maximal calculé ; la p-médiane compte les lieux au-delà à ce temps.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="216" />
        <source>Snapping tolerance (m)</source>
        <translation>Tolérance d'accrochage (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="216" />
        <source>Places and sites farther than this from a road open to the mode are not reached.</source>
        <translation>Les lieux et sites plus éloignés que cela d'une route ouverte au mode ne sont pas atteints.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="219" />
        <source>Off-network walking distance (m)</source>
        <translation>Distance de marche hors réseau (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="219" />
        <source>Catchment polygons: how far from a reached road a place still counts as reached.</source>
        <translation>Polygones des aires : jusqu'à quelle distance d'une route atteinte un lieu compte encore comme atteint.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="223" />
        <source>Off-network walking speed (km/h)</source>
        <translation>Vitesse de marche hors réseau (km/h)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="223" />
        <source>Speed of the walk between a place or a site and the road.</source>
        <translation>Vitesse de la marche entre un lieu ou un site et la route.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="226" />
        <source>Proposed antenna sites</source>
        <translation>Sites d'antenne proposés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="228" />
        <source>Siting scenarios</source>
        <translation>Scénarios d'implantation</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="230" />
        <source>Catchments of the best scenario</source>
        <translation>Aires d'attraction du meilleur scénario</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="280" />
        <source>demand</source>
        <translation>demande</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="250" />
        <source>Choose the demand weight field: the layer has no field potential or ind (numeric fields: {}).</source>
        <translation>Choisissez le champ de poids de la demande : la couche n'a pas de champ potential ni ind (champs numériques : {}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="275" />
        <source>The demand field {} holds a non-numeric value ({}).</source>
        <translation>Le champ de demande {} contient une valeur non numérique ({}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="286" />
        <source>The demand field {} has {} negative or invalid value(s): the demand must be a count of people (0 or more).</source>
        <translation>Le champ de demande {} a {} valeur(s) négative(s) ou invalide(s) : la demande doit être un nombre de personnes (0 ou plus).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="290" />
        <source>{} demand feature(s) without geometry ignored.</source>
        <translation>{} entité(s) de demande sans géométrie ignorées.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="322" />
        <source>antennas</source>
        <translation>antennes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="322" />
        <source>antenna {}</source>
        <translation>antenne {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="331" />
        <source>A point of the {} layer cannot be reprojected to the network's CRS: check the layer's CRS (Layer properties ▸ Source).</source>
        <translation>Un point de la couche {} ne peut pas être reprojeté dans le SCR du réseau : vérifiez le SCR de la couche (Propriétés de la couche ▸ Source).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="359" />
        <source>candidate points</source>
        <translation>points candidats</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="360" />
        <source>communes</source>
        <translation>communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="361" />
        <source>public transport stops</source>
        <translation>arrêts de transport en commun</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="364" />
        <source>The candidate sites are “{}”: give the layer {}.</source>
        <translation>Les sites candidats sont « {} » : donnez la couche {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="367" />
        <source>The layer of the candidate sites ({}) is empty.</source>
        <translation>La couche des sites candidats ({}) est vide.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="372" />
        <source>site {}</source>
        <translation>site {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="375" />
        <source>commune {}</source>
        <translation>commune {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="378" />
        <source>QPV {}</source>
        <translation>QPV {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="382" />
        <source>The stops layer has no field departures: give the stops written by “Load a GTFS feed”.</source>
        <translation>La couche des arrêts n'a pas de champ departures : donnez les arrêts écrits par « Charger un flux GTFS ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="401" />
        <source>No candidate site has a geometry ({}).</source>
        <translation>Aucun site candidat n'a de géométrie ({}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="435" />
        <source>No candidate site reaches, within {:g} min {}, potential beneficiaries that the existing antennas leave uncovered, nor serves anyone faster than they do: add candidates closer to the uncovered demand, raise the service standard, or check the network and the CRS.</source>
        <translation>Aucun site candidat n'atteint, à moins de {:g} min {}, des bénéficiaires potentiels que les antennes existantes laissent sans couverture, ni ne dessert quelqu'un plus vite qu'elles : ajoutez des candidats plus proches de la demande non couverte, allongez le délai, ou vérifiez le réseau et le SCR.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="440" />
        <source>You ask for up to {} new antennas but only {} candidate site(s) could be placed on the network: lower “Most new antennas” or add candidates.</source>
        <translation>Vous demandez jusqu'à {} nouvelles antennes mais seuls {} site(s) candidat(s) ont pu être placés sur le réseau : baissez « Nombre maximal de nouvelles antennes » ou ajoutez des candidats.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="443" />
        <source>The demand sums to zero: no potential beneficiary to reach. Check the weight field (and, for the unmet potential, that some zone is under-reached).</source>
        <translation>La demande totale est nulle : aucun bénéficiaire potentiel à atteindre. Vérifiez le champ de poids (et, pour le potentiel non atteint, qu'une zone au moins est sous-atteinte).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="446" />
        <source>Every potential beneficiary is already within {:g} min {} of an existing antenna: a new antenna would add nothing at this service standard (try a shorter one).</source>
        <translation>Tous les bénéficiaires potentiels sont déjà à moins de {:g} min {} d'une antenne existante : une nouvelle antenne n'apporterait rien avec ce délai (essayez un délai plus court).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="450" />
        <source>The demand has negative or invalid weights: it must be a count of people.</source>
        <translation>La demande a des poids négatifs ou invalides : ce doit être un nombre de personnes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="452" />
        <source>The numbers of new antennas must be whole numbers of at least 1.</source>
        <translation>Les nombres de nouvelles antennes doivent être des entiers d'au moins 1.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="453" />
        <source>The service standard must be positive and within the horizon.</source>
        <translation>Le délai visé doit être positif et ne pas dépasser l'horizon.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="464" />
        <source>“Most new antennas” ({}) is below “Fewest new antennas” ({}).</source>
        <translation>« Nombre maximal de nouvelles antennes » ({}) est inférieur à « Nombre minimal de nouvelles antennes » ({}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="469" />
        <source>The horizon ({:g} min) is shorter than the service standard ({:g} min).</source>
        <translation>L'horizon ({:g} min) est plus court que le délai visé ({:g} min).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="487" />
        <source>{} existing antenna(s) farther than {:g} m from a road open to this mode cannot serve anyone: {}.</source>
        <translation>{} antenne(s) existante(s) à plus de {:g} m d'une route ouverte à ce mode ne peuvent desservir personne : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="491" />
        <source>{} candidate site(s) farther than {:g} m from a road open to this mode are left out: {}.</source>
        <translation>{} site(s) candidat(s) à plus de {:g} m d'une route ouverte à ce mode sont écartés : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="500" />
        <source>No candidate site is within {:g} m of a road open to this mode: check the CRS of the candidates or raise the snapping tolerance.</source>
        <translation>Aucun site candidat n'est à moins de {:g} m d'une route ouverte à ce mode : vérifiez le SCR des candidats ou augmentez la tolérance d'accrochage.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="506" />
        <source>{} demand place(s) ({:.0f} potential beneficiaries, {:.1%}) are farther than {:g} m from a road open to this mode: never reached.</source>
        <translation>{} lieu(x) de demande ({:.0f} bénéficiaires potentiels, {:.1%}) sont à plus de {:g} m d'une route ouverte à ce mode : jamais atteints.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="529" />
        <source>Travel times: {} place–site pairs within {:g} min ({} sites, {} places) in {:.1f} s.</source>
        <translation>Temps de trajet : {} paires lieu–site à moins de {:g} min ({} sites, {} lieux) en {:.1f} s.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="545" />
        <source>Scenarios solved in {:.1f} s (SciPy/HiGHS {}).</source>
        <translation>Scénarios résolus en {:.1f} s (SciPy/HiGHS {}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="545" />
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="545" />
        <source>not installed: numpy heuristic</source>
        <translation>non installé : heuristique numpy</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="550" />
        <source>{:.0f} potential beneficiaries are within {:g} min of no site at all (existing or candidate): no scenario can cover them.</source>
        <translation>{:.0f} bénéficiaires potentiels ne sont à moins de {:g} min d'aucun site (existant ou candidat) : aucun scénario ne peut les couvrir.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="583" />
        <source>Done in {:.1f} s.</source>
        <translation>Terminé en {:.1f} s.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="624" />
        <source>Existing antennas only: {:.1f} % of the potential within {:g} min, mean {:.1f} min.</source>
        <translation>Antennes existantes seules : {:.1f} % du potentiel à moins de {:g} min, moyenne {:.1f} min.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="629" />
        <source>{} p={}: {:.1f} % covered (+{:.0f}), mean {:.1f} min, 90th percentile {:.1f} min — sites: {} — solver {}, bound {}, proven gap {:.4%}{}</source>
        <translation>{} p={} : {:.1f} % couverts (+{:.0f}), moyenne {:.1f} min, 90e centile {:.1f} min — sites : {} — solveur {}, borne {}, écart prouvé {:.4%}{}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="629" />
        <source> (not proven optimal)</source>
        <translation> (optimalité non prouvée)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="103" />
        <source>Where would one, two or more new antennas reach the most potential beneficiaries that the existing antennas do not reach? Ranks candidate sites on real travel times over the road network (never straight lines), the existing antennas staying open in every scenario.

Models: maximal coverage (default: the share of the potential beneficiaries within S minutes of an antenna, as large as possible), p-median (the mean travel time of the potential beneficiaries, as small as possible; a place no antenna reaches within the horizon counts the horizon time) and set covering (information: the fewest new antennas so that everyone some site can reach within S is covered). The scenario table gives every model for every number of new antennas p side by side; the sites and the catchments are those of the chosen model.

Demand: points or polygons (their point on surface) with a weight — the potential beneficiaries per Filosofi cell or per commune (field potential of “Potential beneficiaries”), any weighted layer, or the unmet potential of “Zones with unmet potential”: potential × (1 − ratio), i.e. the potential beneficiaries the SIAE's employees do not yet represent (zones whose ratio is secret count at their full potential). A demand built from the SIAE's employees (the unmet potential, or a table the diagnostic records as such) makes the outputs aggregates of personal data (recorded as such). A place whose weight is unknown (NULL: a zone the population data cover only in part or not at all, class no_data of “Zones with unmet potential”) is left out of the demand, never counted as 0: such places are counted and named in the log and in the outputs' metadata (demand_no_data), and every covered share is a share of the known demand.

Candidate sites: a point layer, or generated: the communes' centres (point on surface), the QPV (point on surface), the busiest public transport stops (“Load a GTFS feed” stops: most departures, one per stop name) or the most populated demand cells.

Travel times: one shortest-path search per site on the reversed network (home → antenna), up to the horizon (default 2 × S); places and sites join the nearest road open to the mode within the snapping tolerance, the gap walked at the off-network speed.

Solvers: exact integer programming (HiGHS, through SciPy) when SciPy is installed; otherwise, and for large p-median instances, a heuristic (greedy + vertex substitution, several starts) whose gap to a proven lower bound (Lagrangian or linear relaxation) is computed. The log and the scenario table say which solver ran and the proven gap (0 = optimal).

Outputs: the proposed sites (rank = order of selection, added = potential beneficiaries newly within S when the site is added in that order, served = those for whom it is the nearest antenna), the scenario table (covered share, mean and 90th-percentile time, beneficiaries newly covered, solver, gap) and the catchments (within S) of the antennas of the best scenario (the largest p of the chosen model).</source>
        <translation>Où une, deux nouvelles antennes ou davantage atteindraient-elles le plus de bénéficiaires potentiels que les antennes existantes n'atteignent pas ? Classe des sites candidats sur les vrais temps de trajet du réseau routier (jamais à vol d'oiseau), les antennes existantes restant ouvertes dans tous les scénarios.

Modèles : couverture maximale (par défaut : la part des bénéficiaires potentiels à moins de S minutes d'une antenne, la plus grande possible), p-médiane (le temps de trajet moyen des bénéficiaires potentiels, le plus court possible ; un lieu qu'aucune antenne n'atteint dans l'horizon compte pour le temps de l'horizon) et couverture totale (à titre d'information : le moins de nouvelles antennes pour couvrir tous ceux qu'un site peut atteindre en moins de S). La table des scénarios donne chaque modèle pour chaque nombre p de nouvelles antennes, côte à côte ; les sites et les aires sont ceux du modèle choisi.

Demande : points ou polygones (en un point intérieur) pondérés — les bénéficiaires potentiels par carreau Filosofi ou par commune (champ potential de « Bénéficiaires potentiels »), toute couche pondérée, ou le potentiel non atteint de « Zones à potentiel non atteint » : potential × (1 − ratio), c'est-à-dire les bénéficiaires potentiels que les salariés de la SIAE ne représentent pas encore (les zones dont le ratio est secret comptent pour leur potentiel entier). Une demande construite à partir des salariés de la SIAE (le potentiel non atteint, ou une table que le diagnostic enregistre comme telle) fait des sorties des agrégats de données personnelles (enregistrés comme tels). Un lieu dont le poids est inconnu (NULL : une zone que les données de population ne couvrent qu'en partie ou pas du tout, classe no_data de « Zones à potentiel non atteint ») est écarté de la demande, jamais compté pour 0 : ces lieux sont comptés et nommés dans le journal et dans les métadonnées des sorties (demand_no_data), et chaque part couverte est une part de la demande connue.

Sites candidats : une couche de points, ou générés : les centres des communes (point intérieur), les QPV (point intérieur), les arrêts de transport en commun les plus desservis (arrêts de « Charger un flux GTFS » : le plus de départs, un par nom d'arrêt) ou les carreaux de demande les plus peuplés.

Temps de trajet : une recherche de plus court chemin par site sur le réseau inversé (domicile → antenne), jusqu'à l'horizon (2 × S par défaut) ; lieux et sites rejoignent la route la plus proche ouverte au mode dans la tolérance d'accrochage, l'écart parcouru à pied à la vitesse hors réseau.

Solveurs : programmation linéaire en nombres entiers exacte (HiGHS, via SciPy) quand SciPy est installé ; sinon, et pour les grandes instances de p-médiane, une heuristique (glouton + substitution de sommets, plusieurs départs) dont l'écart à une borne inférieure prouvée (relaxation lagrangienne ou linéaire) est calculé. Le journal et la table des scénarios indiquent le solveur utilisé et l'écart prouvé (0 = optimal).

Sorties : les sites proposés (rang = ordre de choix, added = bénéficiaires potentiels nouvellement à moins de S quand le site est ajouté dans cet ordre, served = ceux dont il est l'antenne la plus proche), la table des scénarios (part couverte, temps moyen et 90e centile, bénéficiaires nouvellement couverts, solveur, écart) et les aires (à moins de S) des antennes du meilleur scénario (le plus grand p du modèle choisi).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="154" />
        <source>Empty: potential, else ind. A NULL weight (no data) leaves the place out of the demand, listed in the log, never counted as 0; negative values are refused.</source>
        <translation>Vide : potential, sinon ind. Un poids NULL (pas de données) écarte le lieu de la demande, cité dans le journal, jamais compté pour 0 ; les valeurs négatives sont refusées.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="292" />
        <source>The weight ({}) of every demand place is unknown (NULL: the population data do not cover them): there is no demand to serve. Check the coverage of the Filosofi grid and the census over the zones, or choose another weight field.</source>
        <translation>Le poids ({}) de chaque lieu de demande est inconnu (NULL : les données de population ne les couvrent pas) : il n'y a aucune demande à servir. Vérifiez la couverture des zones par la grille Filosofi et le recensement, ou choisissez un autre champ de poids.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/antenna_siting.py" line="297" />
        <source>No data for {} demand place(s) (NULL {}: the population data cover them only in part or not at all): left out of the demand, not counted as 0 — the covered shares are shares of the known demand: {}.</source>
        <translation>Pas de données pour {} lieu(x) de demande ({} NULL : les données de population ne les couvrent qu'en partie ou pas du tout) : écartés de la demande, pas comptés pour 0 — les parts couvertes sont des parts de la demande connue : {}.</translation>
    </message>
</context>
<context>
    <name>BeneficiaryPotentialAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="170" />
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
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="110" />
        <source>Filosofi grid cells</source>
        <translation>Carreaux Filosofi</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="112" />
        <source>Filosofi cells with the 2019 lower-case field names (ind, men_pauv, men_fmp, ind_18_24…), e.g. the output of the Filosofi loader; projected CRS.</source>
        <translation>Carreaux Filosofi avec les noms de champs 2019 en minuscules (ind, men_pauv, men_fmp, ind_18_24…), par exemple la sortie du chargeur Filosofi ; SCR projeté.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="115" />
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="117" />
        <source>The public sets the default indicators and weights (see the help).</source>
        <translation>Le public fixe les indicateurs et les poids par défaut (voir l'aide).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="119" />
        <source>Weights (replace the public's preset)</source>
        <translation>Poids (remplacent le préréglage du public)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="121" />
        <source>'indicator=weight' pairs separated by ';', e.g. 'men_pauv=1; men_fmp=0.5; unemployed=1'. Empty: the preset of the chosen public.</source>
        <translation>Paires « indicateur=poids » séparées par « ; », par exemple « men_pauv=1; men_fmp=0.5; unemployed=1 ». Vide : le préréglage du public choisi.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="124" />
        <source>Zones (communes or IRIS)</source>
        <translation>Zones (communes ou IRIS)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="127" />
        <source>Needed to join a commune table and to output one row per zone.</source>
        <translation>Nécessaires pour joindre une table par commune et pour produire une ligne par zone.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="129" />
        <source>Zone INSEE code field</source>
        <translation>Champ du code Insee des zones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="131" />
        <source>Empty: detected (INSEE_COM, code_insee, codgeo, code_iris…).</source>
        <translation>Vide : détecté (INSEE_COM, code_insee, codgeo, code_iris…).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="133" />
        <source>Census layer (unemployed 15-64)</source>
        <translation>Couche du recensement (chômeurs de 15 à 64 ans)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="136" />
        <source>IRIS or commune polygons with a count of unemployed persons aged 15-64 (e.g. P19_CHOM1564); spread to the cells by population.</source>
        <translation>Polygones IRIS ou communes avec un effectif de chômeurs de 15 à 64 ans (par exemple P19_CHOM1564) ; réparti sur les carreaux selon la population.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="139" />
        <source>Unemployed 15-64 field</source>
        <translation>Champ des chômeurs de 15 à 64 ans</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="142" />
        <source>Numeric field of the census layer (indicator 'unemployed').</source>
        <translation>Champ numérique de la couche du recensement (indicateur « unemployed »).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="144" />
        <source>Table by commune (RSA households or job seekers)</source>
        <translation>Table par commune (foyers RSA ou demandeurs d'emploi)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="147" />
        <source>A table (CSV, spreadsheet, layer) with an INSEE commune code and a count (indicator 'table'); joined to the zones by code.</source>
        <translation>Une table (CSV, tableur, couche) avec un code commune Insee et un effectif (indicateur « table ») ; jointe aux zones par le code.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="150" />
        <source>Table INSEE code field</source>
        <translation>Champ du code Insee de la table</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="152" />
        <source>Empty: detected (code_insee, codgeo, insee_com…).</source>
        <translation>Vide : détecté (code_insee, codgeo, insee_com…).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="154" />
        <source>Table count field</source>
        <translation>Champ de l'effectif de la table</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="156" />
        <source>Field holding the count per commune (RSA households, job seekers…).</source>
        <translation>Champ contenant l'effectif par commune (foyers RSA, demandeurs d'emploi…).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="158" />
        <source>QPV polygons</source>
        <translation>Polygones des QPV</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="160" />
        <source>Quartiers prioritaires (ANCT contours): a cell is in a QPV when its centroid is. Required for the public 'QPV residents' and the indicator 'qpv'.</source>
        <translation>Quartiers prioritaires (contours ANCT) : un carreau est dans un QPV si son centroïde y est. Obligatoire pour le public « Habitants des QPV » et l'indicateur « qpv ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="163" />
        <source>Output level</source>
        <translation>Niveau de sortie</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="163" />
        <source>Grid cells</source>
        <translation>Carreaux</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="163" />
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="179" />
        <source>Unmatched table rows</source>
        <translation>Lignes de table non appariées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="174" />
        <source>Rows of the commune table whose code matches no zone, with the reason.</source>
        <translation>Lignes de la table par commune dont le code ne correspond à aucune zone, avec la raison.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="176" />
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="177" />
        <source>Weights used</source>
        <translation>Poids utilisés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="178" />
        <source>Total potential</source>
        <translation>Potentiel total</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="180" />
        <source>Zone counts outside the grid</source>
        <translation>Effectifs de zone hors de la grille</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="227" />
        <source>of grid cells</source>
        <translation>des carreaux</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="186" />
        <source>the grid cells</source>
        <translation>les carreaux</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="196" />
        <source>A census layer is given but no unemployed field: choose the field holding the unemployed 15-64 (e.g. P19_CHOM1564).</source>
        <translation>Une couche du recensement est fournie sans champ des chômeurs : choisissez le champ des chômeurs de 15 à 64 ans (par exemple P19_CHOM1564).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="200" />
        <source>A commune table is given but no zones: add the communes layer (Zones) so that the table can be joined on the INSEE code.</source>
        <translation>Une table par commune est fournie sans zones : ajoutez la couche des communes (Zones) pour joindre la table sur le code Insee.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="204" />
        <source>The output level 'Zones' needs a zones layer.</source>
        <translation>Le niveau de sortie « Zones » nécessite une couche de zones.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="206" />
        <source>The public 'QPV residents' needs the QPV polygons layer (ANCT contours).</source>
        <translation>Le public « Habitants des QPV » nécessite la couche des polygones QPV (contours ANCT).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="214" />
        <source>The weights cannot be read: {}. Write them as 'men_pauv=1; men_fmp=0.5'.</source>
        <translation>Les poids sont illisibles : {}. Écrivez-les sous la forme « men_pauv=1; men_fmp=0.5 ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="223" />
        <source>The indicator '{}' is weighted but its source layer is not given (unemployed: census layer, table: commune table, qpv: QPV polygons).</source>
        <translation>L'indicateur « {} » est pondéré mais sa couche source n'est pas fournie (unemployed : couche du recensement, table : table par commune, qpv : polygones QPV).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="228" />
        <source>Public: {}; {}</source>
        <translation>Public : {} ; {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="236" />
        <source>{} cell(s) without geometry: they get no zone count.</source>
        <translation>{} carreau(x) sans géométrie : ils ne reçoivent aucun effectif de zone.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="262" />
        <source>No INSEE code field found in the zones: choose it in 'Zone INSEE code field'.</source>
        <translation>Aucun champ de code Insee trouvé dans les zones : choisissez-le dans « Champ du code Insee des zones ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="271" />
        <source>Spreading the unemployed 15-64 of the census layer to the cells…</source>
        <translation>Répartition des chômeurs de 15 à 64 ans du recensement sur les carreaux…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="277" />
        <source>census</source>
        <translation>recensement</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="293" />
        <source>Choose the INSEE code field and the count field of the commune table.</source>
        <translation>Choisissez le champ du code Insee et le champ de l'effectif de la table par commune.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="402" />
        <source>commune table</source>
        <translation>table par commune</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="307" />
        <source>{} row(s) of the commune table match no zone (e.g. {}): check the codes (5 characters, 2A/2B in Corsica) and that the table covers the same communes; they are listed in the Unmatched output.</source>
        <translation>{} ligne(s) de la table par commune ne correspondent à aucune zone (par exemple {}) : vérifiez les codes (5 caractères, 2A/2B en Corse) et que la table couvre les mêmes communes ; elles sont listées dans la sortie « Lignes de table non appariées ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="312" />
        <source>No row of the commune table matches a zone: the indicator 'table' is 0 everywhere.</source>
        <translation>Aucune ligne de la table par commune ne correspond à une zone : l'indicateur « table » vaut 0 partout.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="326" />
        <source>{} cell(s) have their centroid in a QPV.</source>
        <translation>{} carreau(x) ont leur centroïde dans un QPV.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="334" />
        <source>The potential is zero in every cell: check the weights and that the indicator fields hold counts.</source>
        <translation>Le potentiel est nul dans tous les carreaux : vérifiez les poids et que les champs des indicateurs contiennent des effectifs.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="423" />
        <source>{}: {:.1f} of {:.1f} spread to the cells.</source>
        <translation>{} : {:.1f} sur {:.1f} réparti sur les carreaux.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="429" />
        <source>Potential IAE beneficiaries, public: {}.</source>
        <translation>Bénéficiaires potentiels de l'IAE, public : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="430" />
        <source>Method: transparent weighted sum of counts per Filosofi cell, {}.</source>
        <translation>Méthode : somme pondérée et transparente d'effectifs par carreau Filosofi, {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="432" />
        <source>Weights: {}.</source>
        <translation>Poids : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="434" />
        <source>Zone counts (census, commune table) are spread to the cells in proportion to the Filosofi population of each cell's part in the zone (totals kept; zones without population spread by area).</source>
        <translation>Les effectifs de zone (recensement, table par commune) sont répartis sur les carreaux au prorata de la population Filosofi de la partie de chaque carreau située dans la zone (totaux conservés ; zones sans population réparties à la surface).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="439" />
        <source>Only the cells whose centroid lies in a QPV are counted.</source>
        <translation>Seuls les carreaux dont le centroïde est dans un QPV sont comptés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="441" />
        <source>QPV: the cells whose centroid lies in a QPV are flagged (in_qpv).</source>
        <translation>QPV : les carreaux dont le centroïde est dans un QPV sont signalés (in_qpv).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="446" />
        <source>An index, not a head count: indicators overlap.</source>
        <translation>Un indice, pas un dénombrement : les indicateurs se recouvrent.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="82" />
        <source>Estimates, per Filosofi grid cell (or per zone), the potential beneficiaries of work integration (IAE) as a transparent weighted sum of counts:
potential = Σ weight × indicator.

Indicators: any Filosofi count field of the cells (men_pauv poor households, men_fmp single-parent families, ind_18_24 … ind_55_64 persons by age band…), plus 'unemployed' (unemployed 15-64 from a census layer, IRIS or commune, field chosen), 'table' (RSA households or registered job seekers from a table by commune, joined on the INSEE code: leading zeros and 2A/2B are normalised, unmatched codes go to the Unmatched output and the log) and 'qpv' (persons of the cells whose centroid lies in a QPV).

Default weights by public: all publics: men_pauv=1; men_fmp=0.5; unemployed=1 and table=1 when those sources are given. Young people 16-25: ind_18_24 + 2/7 of ind_11_17 (ages 16-17) + 1/15 of ind_25_39 (age 25). RSA recipients: the commune table when given, otherwise men_pauv. Seniors 50+: ind_55_64 + 1/3 of ind_40_54 (ages 50-54). QPV residents: the general indicators, only in the cells whose centroid lies in a QPV. Age shares assume ages evenly spread inside a band. Write your own weights as 'indicator=weight; …' to replace the preset.

Zone counts (census, table) are spread down to the cells in proportion to the Filosofi population of each cell's part in the zone, which keeps every zone total; a zone with a count but no Filosofi population is spread by area (reported in the log).

Coverage: per zone, the output says whether the Filosofi grid (persons against the zones' legal population), the census layer and the commune table cover it (coverage = ok, partial or missing); a zone not fully covered gets NULL values, never 0, and is named in the log.

The result is an index, not a head count (indicators overlap). The weights and the formula are written in the output layer's metadata (abstract) and returned as METHOD.</source>
        <translation>Estime, par carreau Filosofi (ou par zone), les bénéficiaires potentiels de l'insertion par l'activité économique (IAE) par une somme pondérée et transparente d'effectifs :
potentiel = Σ poids × indicateur.

Indicateurs : tout champ d'effectif Filosofi des carreaux (men_pauv ménages pauvres, men_fmp familles monoparentales, ind_18_24 … ind_55_64 personnes par tranche d'âge…), plus « unemployed » (chômeurs de 15 à 64 ans d'une couche du recensement, IRIS ou commune, champ au choix), « table » (foyers allocataires du RSA ou demandeurs d'emploi d'une table par commune, jointe sur le code Insee : zéros initiaux et 2A/2B normalisés, codes non appariés dans la sortie « Lignes non appariées » et le journal) et « qpv » (personnes des carreaux dont le centroïde est dans un QPV).

Poids par défaut selon le public : tous publics : men_pauv=1 ; men_fmp=0.5 ; unemployed=1 et table=1 si ces sources sont fournies. Jeunes de 16 à 25 ans : ind_18_24 + 2/7 de ind_11_17 (16-17 ans) + 1/15 de ind_25_39 (25 ans). Allocataires du RSA : la table par commune si elle est fournie, sinon men_pauv. Seniors de 50 ans et plus : ind_55_64 + 1/3 de ind_40_54 (50-54 ans). Habitants des QPV : les indicateurs généraux, seulement dans les carreaux dont le centroïde est dans un QPV. Les parts d'âge supposent des âges uniformément répartis dans chaque tranche. Écrivez vos propres poids sous la forme « indicateur=poids ; … » pour remplacer le préréglage.

Les effectifs de zone (recensement, table) sont répartis sur les carreaux au prorata de la population Filosofi de la partie de chaque carreau située dans la zone, ce qui conserve chaque total de zone ; une zone ayant un effectif mais aucune population Filosofi est répartie à la surface (signalé dans le journal).

Couverture : pour chaque zone, la sortie indique si les carreaux Filosofi (personnes rapportées à la population légale des zones), la couche du recensement et la table par commune la couvrent (coverage = ok, partial ou missing) ; une zone couverte en partie seulement reçoit des valeurs NULL, jamais 0, et est nommée dans le journal.

Le résultat est un indice, pas un dénombrement (les indicateurs se recouvrent). Les poids et la formule sont écrits dans les métadonnées de la couche produite (résumé) et renvoyés dans METHOD.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="165" />
        <source>Grid cells: one row per Filosofi cell. Zones: cell values summed per zone by the cell-to-zone rule every Coodiag output shares (a straddling cell split by area by default); a zone the inputs cover only in part gets NULL values and coverage = partial or missing.</source>
        <translation>Carreaux : une ligne par carreau Filosofi. Zones : valeurs des carreaux additionnées par zone selon la règle carreau-zone commune à toutes les sorties Coodiag (un carreau à cheval partagé à la surface par défaut) ; une zone que les données ne couvrent qu'en partie reçoit des valeurs NULL et coverage = partial ou missing.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="415" />
        <source>{}: {} zone(s) hold a count but no Filosofi population; spread by area instead: {}.</source>
        <translation>{} : {} zone(s) ont un effectif mais aucune population Filosofi ; réparties à la surface : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="420" />
        <source>{}: {} zone(s) overlap no grid cell; their count ({:.1f}) is left out of the grid: {}.</source>
        <translation>{} : {} zone(s) ne recouvrent aucun carreau ; leur effectif ({:.1f}) reste hors de la grille : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/beneficiary_potential.py" line="443" />
        <source>Cell values summed per zone by the cell-to-zone rule of the diagnostic; the commune table keeps its exact count per zone; zones that the grid, the census or the table cover only in part are left empty (coverage partial or missing).</source>
        <translation>Valeurs des carreaux additionnées par zone selon la règle carreau-zone du diagnostic ; la table par commune garde son effectif exact par zone ; les zones que les carreaux, le recensement ou la table ne couvrent qu'en partie restent vides (couverture partielle ou absente).</translation>
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
        <location filename="../../processing_algorithms/build_network.py" line="115" />
        <source>Prepared network</source>
        <translation>Réseau préparé</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="137" />
        <source>road lines</source>
        <translation>lignes de routes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="141" />
        <source>Cannot read the OpenStreetMap file {}: check that it is an .osm.pbf or .osm file.</source>
        <translation>Impossible de lire le fichier OpenStreetMap {} : vérifiez qu'il s'agit d'un fichier .osm.pbf ou .osm.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="145" />
        <source>The OpenStreetMap file {} has no highway tag in its lines layer.</source>
        <translation>Le fichier OpenStreetMap {} n'a pas de clé highway dans sa couche de lignes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="150" />
        <source>Give either a road line layer or an OpenStreetMap file.</source>
        <translation>Indiquez une couche de lignes de routes ou un fichier OpenStreetMap.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="167" />
        <source>Give both the from-node and the to-node fields, or neither.</source>
        <translation>Indiquez à la fois le champ du nœud de départ et celui du nœud d'arrivée, ou aucun des deux.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="168" />
        <source>Input read as: {} (class {}, speed {}, direction {}, nodes {} → {}).</source>
        <translation>Entrée lue comme : {} (classe {}, vitesse {}, sens {}, nœuds {} → {}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="197" />
        <source>target CRS</source>
        <translation>SCR cible</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="193" />
        <source>Geographic input: reprojected to {}.</source>
        <translation>Entrée géographique : reprojetée en {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="206" />
        <source>The OpenStreetMap file has no road (highway=*) in the territory extent: check the extent or use an extract that covers the territory.</source>
        <translation>Le fichier OpenStreetMap ne contient aucune route (highway=*) dans l'emprise du territoire : vérifiez l'emprise ou utilisez un extrait qui couvre le territoire.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="209" />
        <source>No road line in the input (or in the territory extent).</source>
        <translation>Aucune ligne de route en entrée (ou dans l'emprise du territoire).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="213" />
        <source>No road open to car, walk or bike remains after filtering: check the class, modes and access fields.</source>
        <translation>Aucune route ouverte à la voiture, à la marche ou au vélo ne reste après filtrage : vérifiez les champs de classe, de modes et d'accès.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="216" />
        <source>{} input lines → {} links, {} nodes; {} lines dropped (not roads, not open to any mode or without car mode).</source>
        <translation>{} lignes en entrée → {} tronçons, {} nœuds ; {} lignes écartées (pas des routes, fermées à tous les modes ou sans mode voiture).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="220" />
        <source>{} links had a NULL or zero speed: the class default speed was used (speed_src = default).</source>
        <translation>{} tronçons avaient une vitesse NULL ou nulle : la vitesse par défaut de la classe a été utilisée (speed_src = default).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="222" />
        <source>Closed: {} links to cars, {} to walkers, {} to bikes; {} links in dense urban areas.</source>
        <translation>Fermés : {} tronçons aux voitures, {} aux piétons, {} aux vélos ; {} tronçons en zone urbaine dense.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="250" />
        <source>Network built in {:.1f} s.</source>
        <translation>Réseau construit en {:.1f} s.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="154" />
        <source>The road layer {} is empty: no road to prepare.</source>
        <translation>La couche de routes {} est vide : aucune route à préparer.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="173" />
        <source>no road class nor speed field: every road gets the speed of an unclassified road by car, and the walking and cycling speeds</source>
        <translation>ni classe de route ni champ de vitesse : chaque route reçoit la vitesse d'une route non classée en voiture, et les vitesses de la marche et du vélo</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="176" />
        <source>no one-way field: every road is open both ways</source>
        <translation>pas de champ de sens unique : chaque route est ouverte dans les deux sens</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="178" />
        <source>Automatic settings used: {}. Set the fields in the parameters if the layer has them under other names.</source>
        <translation>Réglages automatiques utilisés : {}. Indiquez les champs dans les paramètres si la couche les a sous d'autres noms.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="108" />
        <source>Write a spatial index</source>
        <translation>Écrire un index spatial</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/build_network.py" line="109" />
        <source>The prepared network is read by Coodiag's algorithms as a whole, which needs no spatial index; tick to pan and zoom a large network faster in QGIS (writing the index of 500,000 links takes a few seconds more; QGIS can also build it later: Layer properties ▸ Source).</source>
        <translation>Les algorithmes de Coodiag lisent le réseau préparé en entier, sans index spatial ; cochez pour déplacer et zoomer plus vite sur un grand réseau dans QGIS (l'index de 500 000 tronçons prend quelques secondes de plus ; QGIS peut aussi le construire plus tard : Propriétés de la couche ▸ Source).</translation>
    </message>
</context>
<context>
    <name>ClientCommon</name>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="53" />
        <source>200 m (INSEE grid)</source>
        <translation>200 m (grille Insee)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="54" />
        <source>500 m</source>
        <translation>500 m</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="55" />
        <source>1 km (INSEE grid)</source>
        <translation>1 km (grille Insee)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="61" />
        <source>Households (men)</source>
        <translation>Ménages (men)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="62" />
        <source>Persons (ind)</source>
        <translation>Personnes (ind)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="63" />
        <source>Persons aged 65 or more (ind_65_79 + ind_80p)</source>
        <translation>Personnes de 65 ans ou plus (ind_65_79 + ind_80p)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="64" />
        <source>Persons aged 80 or more (ind_80p)</source>
        <translation>Personnes de 80 ans ou plus (ind_80p)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="65" />
        <source>Single-parent families (men_fmp)</source>
        <translation>Familles monoparentales (men_fmp)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="66" />
        <source>Owner households (men_prop)</source>
        <translation>Ménages propriétaires (men_prop)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="67" />
        <source>High-income households (approx.: households of cells above the median standard of living)</source>
        <translation>Ménages aisés (approx. : ménages des carreaux au-dessus du niveau de vie médian)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="105" />
        <source>Client points</source>
        <translation>Points clients</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="115" />
        <source>Weight field (hours sold, revenue…)</source>
        <translation>Champ de poids (heures vendues, chiffre d'affaires…)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="132" />
        <source>Filosofi cells (target population)</source>
        <translation>Carreaux Filosofi (population cible)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="147" />
        <source>Target population (denominator)</source>
        <translation>Population cible (dénominateur)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="163" />
        <source>…or a numeric field of the zones</source>
        <translation>…ou un champ numérique des zones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="181" />
        <source>Minimum clients per published cell or zone (k)</source>
        <translation>Minimum de clients par carreau ou zone publié (k)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="261" />
        <source>Could not reproject the points from {} to {}: {}</source>
        <translation>Impossible de reprojeter les points de {} vers {} : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="267" />
        <source>Some points cannot be reprojected from {} to {}: check the layer's CRS.</source>
        <translation>Certains points ne peuvent pas être reprojetés de {} vers {} : vérifiez le SCR de la couche.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="428" />
        <source>The weight field “{}” holds a value that is not finite (feature {}).</source>
        <translation>Le champ de poids « {} » contient une valeur non finie (entité {}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="470" />
        <source>Read {} points directly from the GeoPackage.</source>
        <translation>{} points lus directement dans le GeoPackage.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="538" />
        <source>{}: {} points read.</source>
        <translation>{} : {} points lus.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="548" />
        <source>{}: {} points have an empty weight, counted as 0.</source>
        <translation>{} : {} points ont un poids vide, compté comme 0.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="651" />
        <source>{}: {} polygons have an empty or unusable geometry: no point is counted in them.</source>
        <translation>{} : {} polygones ont une géométrie vide ou inutilisable : aucun point n'y est compté.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="1001" />
        <source>{} Filosofi cells lie outside the zones (not counted).</source>
        <translation>{} carreaux Filosofi sont hors des zones (non comptés).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="1074" />
        <source>{} clients lie outside every zone and are not counted in any zone.</source>
        <translation>{} clients sont hors de toute zone et ne sont comptés dans aucune zone.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="708" />
        <source>Grid in {}: {}.</source>
        <translation>Grille en {} : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="708" />
        <source>the INSEE grid of this territory</source>
        <translation>la grille de l'Insee de ce territoire</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="708" />
        <source>INSEE publishes no grid for this territory; cells aligned the same way in its legal projection</source>
        <translation>l'Insee ne publie pas de grille pour ce territoire ; carreaux alignés de la même façon dans sa projection légale</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="571" />
        <source>The points carry no placement precision (no geo_type field): all are taken as precise.</source>
        <translation>Les points ne portent pas de précision de placement (pas de champ geo_type) : tous sont pris pour précis.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="581" />
        <source>{} of {} points are not placed precisely enough for {:g} m cells ({}): they are counted in their commune but left out of the grid, the smoothing and the hot spots.</source>
        <translation>{} points sur {} ne sont pas placés assez précisément pour des carreaux de {:g} m ({}) : ils sont comptés dans leur commune mais écartés de la grille, du lissage et des points chauds.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="587" />
        <source>All {} points are placed precisely enough for {:g} m cells ({}).</source>
        <translation>Les {} points sont tous placés assez précisément pour des carreaux de {:g} m ({}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="557" />
        <source>house number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="558" />
        <source>street</source>
        <translation>voie</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="559" />
        <source>lieu-dit</source>
        <translation>lieu-dit</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="560" />
        <source>commune centre</source>
        <translation>centre de la commune</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="561" />
        <source>coordinates</source>
        <translation>coordonnées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_common.py" line="581" />
        <source>{}: {}</source>
        <translation>{} : {}</translation>
    </message>
<message><source>None of the {} clients lies inside the zones: check that the clients and the zones cover the same territory (and that their CRS are right).</source><translation>Aucun des {} clients ne se trouve dans les zones : vérifiez que les clients et les zones couvrent le même territoire (et que leurs SCR sont justes).</translation></message><message><source>One point per client (e.g. the layer “clients” made by the import algorithm). Individual points are never copied to the outputs.</source><translation>Un point par client (par exemple la couche « clients » produite par l'algorithme d'import). Les points individuels ne sont jamais copiés dans les sorties.</translation></message><message><source>Optional numeric field summed per cell or zone besides the number of clients. Text values that are not numbers stop the algorithm; empty values count as 0.</source><translation>Champ numérique facultatif, additionné par carreau ou par zone en plus du nombre de clients. Une valeur texte qui n'est pas un nombre arrête l'algorithme ; une valeur vide compte pour 0.</translation></message><message><source>Optional: take the target population of each zone from this field instead of the Filosofi cells (e.g. POP_2020).</source><translation>Facultatif : prendre la population cible de chaque zone dans ce champ plutôt que dans les carreaux Filosofi (par exemple POP_2020).</translation></message><message><source>Statistical secrecy: cells and zones with 1 to k−1 clients are flagged (secret = 1) and their counts and rates are left empty (NULL). Zero stays published. Empty: the threshold of the Coodiag settings (11 by default); a value below that setting is raised to it.</source><translation>Secret statistique : les carreaux et zones de 1 à k−1 clients sont signalés (secret = 1) et leurs effectifs et taux laissés vides (NULL). Zéro reste publié. Vide : le seuil des réglages Coodiag (11 par défaut) ; une valeur inférieure à ce réglage est relevée.</translation></message><message><source>The Filosofi layer lacks the field(s) {} needed for this target population; available fields: {}. Load it with the Filosofi algorithm (normalised 2019 names) or choose another target.</source><translation>Il manque à la couche Filosofi le ou les champs {} nécessaires à cette population cible ; champs disponibles : {}. Chargez-la avec l'algorithme Filosofi (noms normalisés 2019) ou choisissez une autre cible.</translation></message><message><source>The normalised Filosofi 200 m or 1 km cells (fields ind, men, men_fmp, men_prop, ind_65_79, ind_80p, ind_snv…). Cell values are shared between the zones by the cell-to-zone rule every Coodiag output uses (the Coodiag settings: area shares by default).</source><translation>Les carreaux Filosofi normalisés de 200 m ou 1 km (champs ind, men, men_fmp, men_prop, ind_65_79, ind_80p, ind_snv…). Les valeurs des carreaux sont partagées entre les zones selon la règle carreau-zone commune à toutes les sorties Coodiag (réglages Coodiag : partage à la surface par défaut).</translation></message><message><source>The weight field “{}” holds a text value that is not a number (“{}”, feature {}). Choose a numeric field, or fix the value (decimal separator . or ,).</source><translation>Le champ de pondération « {} » contient un texte qui n'est pas un nombre (« {} », entité {}). Choisissez un champ numérique ou corrigez la valeur (séparateur décimal . ou ,).</translation></message><message><source>Which population the rates are computed against: clients per 1,000 of it. High-income households are approximated by the households of the cells whose mean standard of living (ind_snv / ind) is above the territory's household-weighted median.</source><translation>Population de référence des taux : clients pour 1 000 de cette population. Les ménages aisés sont approchés par les ménages des carreaux dont le niveau de vie moyen (ind_snv / ind) dépasse la médiane du territoire pondérée par les ménages.</translation></message><message><source>{}: {} features have no usable point geometry (empty or multi-part) and are not counted; they are listed in the rejected output if you asked for it.</source><translation>{} : {} entités n'ont pas de géométrie ponctuelle utilisable (vide ou multiple) et ne sont pas comptées ; elles figurent dans la sortie des rejets si vous l'avez demandée.</translation></message></context>
<context>
    <name>ClientDensityAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="55" />
        <source>Client density (grid, zones, smoothed)</source>
        <translation>Densité de clientèle (carreaux, zones, lissage)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="97" />
        <source>Grid cell size</source>
        <translation>Taille des carreaux</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="102" />
        <source>Zones (communes, IRIS, QPV…)</source>
        <translation>Zones (communes, IRIS, QPV…)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="104" />
        <source>Optional polygons: clients are counted per zone (a client in overlapping zones is counted once).</source>
        <translation>Polygones facultatifs : les clients sont comptés par zone (un client situé dans des zones qui se chevauchent n'est compté qu'une fois).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="108" />
        <source>Smoothing bandwidth (m, 0 = no smoothing)</source>
        <translation>Rayon de lissage (m, 0 = pas de lissage)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="110" />
        <source>Radius of the bisquare kernel in metres (INSEE often uses 400 m to 2 km).</source>
        <translation>Rayon du noyau bicarré en mètres (l'Insee utilise souvent de 400 m à 2 km).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="113" />
        <source>CRS of the grid outputs</source>
        <translation>SCR des sorties en carreaux</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="117" />
        <source>Clients per grid cell</source>
        <translation>Clients par carreau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="118" />
        <source>Clients per zone</source>
        <translation>Clients par zone</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="120" />
        <source>Smoothed clients</source>
        <translation>Clients (lissage)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="122" />
        <source>Rejected client features</source>
        <translation>Clients rejetés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="133" />
        <source>Reading the clients…</source>
        <translation>Lecture des clients…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="134" />
        <source>clients</source>
        <translation>clients</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="136" />
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="138" />
        <source>No client has a usable point geometry: nothing to count.</source>
        <translation>Aucun client n'a de géométrie ponctuelle utilisable : rien à compter.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="146" />
        <source>zones</source>
        <translation>zones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="156" />
        <source>Counting the clients per zone…</source>
        <translation>Comptage des clients par zone…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="162" />
        <source>None of the {} clients lies inside the zones: check that the clients and the zones cover the same territory (and that their CRS are right).</source>
        <translation>Aucun des {} clients ne se trouve dans les zones : vérifiez que les clients et les zones couvrent le même territoire (et que leurs SCR sont justes).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="166" />
        <source>{} clients lie outside every zone: they are counted on the grid but in no zone.</source>
        <translation>{} clients sont hors de toute zone : ils sont comptés sur la grille mais dans aucune zone.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="178" />
        <source>Binning the clients on the {} m grid…</source>
        <translation>Comptage des clients sur la grille de {} m…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="216" />
        <source>Smoothing (bisquare kernel, bandwidth {} m)…</source>
        <translation>Lissage (noyau bicarré, rayon {} m)…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="221" />
        <source>no usable point geometry</source>
        <translation>pas de géométrie ponctuelle utilisable</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="391" />
        <source>The smoothing grid would have {} cells: use larger cells or check that the clients are all in the territory.</source>
        <translation>La grille de lissage aurait {} carreaux : prenez des carreaux plus grands ou vérifiez que tous les clients sont dans le territoire.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="396" />
        <source>Smoothing mass balance: {:.3f} clients in, {:.3f} out (relative difference {:.2e}).</source>
        <translation>Bilan de masse du lissage : {:.3f} clients en entrée, {:.3f} en sortie (écart relatif {:.2e}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="99" />
        <source>Cells of the INSEE grid (EPSG:3035 in metropolitan France, the territory's grid overseas); 200 m matches the Filosofi cells one to one.</source>
        <translation>Carreaux de la grille de l'Insee (EPSG:3035 en métropole, la grille du territoire outre-mer) ; 200 m correspond un à un aux carreaux Filosofi.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="114" />
        <source>Default: the CRS of the zones, else that of the clients. Cells are built in the INSEE grid's CRS of the territory (EPSG:3035 in metropolitan France) and reprojected.</source>
        <translation>Par défaut : le SCR des zones, sinon celui des clients. Les carreaux sont construits dans le SCR de la grille de l'Insee du territoire (EPSG:3035 en métropole) puis reprojetés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="359" />
        <source>{} grid cells written, {} of them secret (fewer than {} clients, or hidden with such a cell).</source>
        <translation>{} carreaux écrits, dont {} secrets (moins de {} clients, ou masqués avec un tel carreau).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="363" />
        <source>The statistical secret hides {} of the {} cells holding clients: the map will say little. Use larger cells (1 km) or the smoothed surface (a bandwidth), which publish what this grid must hide.</source>
        <translation>Le secret statistique masque {} des {} carreaux qui comptent des clients : la carte dira peu de choses. Prenez des carreaux plus grands (1 km) ou la surface lissée (un rayon de lissage), qui publient ce que cette grille doit masquer.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="58" />
        <source>Where are my clients? Counts the client points (and sums an optional weight such as hours sold) on a square grid aligned on the INSEE grid (cells of 200 m, 500 m or 1 km in EPSG:3035, ids CRS3035RES200mN…E…, south-west corner; overseas, the territory's own grid: CRS5490… in the Antilles, CRS2975… in La Réunion), per zone (communes, IRIS, QPV or any polygons), and as a smoothed surface.

Rates: clients per 1,000 of a target population taken from the Filosofi cells (households, persons, 65+, 80+, single-parent families, owners, or high-income households — approximated by the households of the cells whose mean standard of living ind_snv / ind is above the territory's household-weighted median) or from a numeric field of the zones. A missing or zero target gives an empty (NULL) rate, never an error. Zones also get an index (100 = the territory's average rate) and their share of all clients. Filosofi targets are shared between the zones by the cell-to-zone rule every Coodiag output uses; a zone the grid covers only in part or not at all gets a NULL target and rate (coverage = partial / missing, named in the log), never a false 0.

Small denominators: a cell, zone or smoothed cell whose target is below the minimum denominator (a setting; the secrecy threshold k by default — 11 households) gets no rate (NULL), and its maps draw it in a class of its own: the top class is never made of near-empty cells.

Placement precision: the grid, the smoothing and every output finer than a commune use only the clients placed precisely enough for their cell size (house number, street or coordinates; from 1 km cells on, lieu-dit too; never the commune centre): a client placed at the centre of its commune would draw a false cluster there. Zones count every client. The log and the metadata say how many were left to the zone level (left_to_zones) and the share placed precisely (precise_share).

Smoothing: conservative kernel smoothing in the spirit of INSEE's « lissage »: each client spreads its mass over the centres of the cells within the bandwidth with a bisquare kernel, renormalised so that the total is preserved; the target population is smoothed the same way and the smoothed rate is their ratio (NULL where the smoothed target is below the minimum denominator). The smoothing frame covers every client plus the bandwidth, so no mass is lost at the edges; the log reports the mass balance. Bandwidth 0 skips the smoothed output.

Privacy: no output carries individual client points. Cells and zones holding 1 to k−1 clients (k = the secrecy threshold of the Coodiag settings, 11 by default), those where one client holds more than 85 % of the weight, and the cells or zones hidden with them so that no count can be worked back from the other cells, zones and totals, are flagged secret = 1 and their counts, weights and rates are NULL. The smoothed surface is computed from the published grid (hidden cells enter with an estimate computed from the published figures, at their cell centre), so it reveals no hidden count. Features without a point geometry are counted in the log and can be written to the optional rejected output.</source>
        <translation>Où sont mes clients ? Compte les points clients (et additionne un poids facultatif, par exemple les heures vendues) sur une grille carrée alignée sur la grille de l'Insee (carreaux de 200 m, 500 m ou 1 km en EPSG:3035, identifiants CRS3035RES200mN…E…, coin sud-ouest ; outre-mer, la grille du territoire : CRS5490… aux Antilles, CRS2975… à La Réunion), par zone (communes, IRIS, QPV ou tout polygone) et en surface lissée.

Taux : clients pour 1 000 personnes d'une population cible tirée des carreaux Filosofi (ménages, personnes, 65 ans ou plus, 80 ans ou plus, familles monoparentales, propriétaires, ou ménages aisés — approchés par les ménages des carreaux dont le niveau de vie moyen ind_snv / ind dépasse la médiane du territoire pondérée par les ménages) ou d'un champ numérique des zones. Une cible manquante ou nulle donne un taux vide (NULL), jamais une erreur. Les zones reçoivent aussi un indice (100 = taux moyen du territoire) et leur part de l'ensemble des clients. Les cibles Filosofi sont partagées entre les zones selon la règle carreau-zone commune à toutes les sorties Coodiag ; une zone que les carreaux ne couvrent qu'en partie ou pas du tout reçoit une cible et un taux NULL (coverage = partial / missing, nommée dans le journal), jamais un faux 0.

Petits dénominateurs : un carreau, une zone ou un carreau lissé dont la cible est sous le dénominateur minimal (un réglage ; par défaut le seuil de secret k — 11 ménages) n'a pas de taux (NULL), et ses cartes le dessinent dans une classe à part : la classe supérieure n'est jamais faite de carreaux presque vides.

Précision du placement : la grille, le lissage et toute sortie plus fine que la commune n'utilisent que les clients placés assez précisément pour leur taille de carreau (numéro, rue ou coordonnées ; à partir des carreaux de 1 km, aussi le lieu-dit ; jamais le centre de la commune) : un client placé au centre de sa commune y dessinerait un faux regroupement. Les zones comptent tous les clients. Le journal et les métadonnées indiquent combien ont été laissés au niveau des zones (left_to_zones) et la part placée précisément (precise_share).

Lissage : lissage à noyau conservatif dans l'esprit du « lissage » de l'Insee : chaque client répartit sa masse sur les centres des carreaux situés dans le rayon de lissage avec un noyau bicarré, renormalisé pour conserver le total ; la population cible est lissée de la même façon et le taux lissé est leur rapport (NULL là où la cible lissée est sous le dénominateur minimal). Le cadre du lissage couvre tous les clients plus le rayon, si bien qu'aucune masse n'est perdue sur les bords ; le journal donne le bilan de masse. Un rayon de 0 supprime la sortie lissée.

Confidentialité : aucune sortie ne contient les points des clients. Les carreaux et zones comptant de 1 à k−1 clients (k = seuil de secret des réglages Coodiag, 11 par défaut), ceux où un client détient plus de 85 % du poids, et les carreaux ou zones masqués avec eux pour qu'aucun effectif ne puisse être recalculé à partir des autres carreaux, zones et totaux, sont signalés secret = 1 et leurs effectifs, poids et taux sont NULL. La surface lissée est calculée à partir de la grille publiée (les carreaux masqués y entrent avec une estimation calculée à partir des chiffres publiés, au centre de leur carreau) : elle ne révèle aucun effectif masqué. Les entités sans géométrie ponctuelle sont comptées dans le journal et peuvent être écrites dans la sortie facultative des rejets.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="183" />
        <source>None of the {} clients is placed precisely enough for {} m cells (all at a commune centre or a lieu-dit): count them per commune (zones) or choose 1 km cells.</source>
        <translation>Aucun des {} clients n'est placé assez précisément pour des carreaux de {} m (tous au centre d'une commune ou à un lieu-dit) : comptez-les par commune (zones) ou choisissez des carreaux de 1 km.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="371" />
        <source>{} cells have fewer than {:g} of the target population: no rate (too few for a rate).</source>
        <translation>{} carreaux comptent moins de {:g} de la population cible : pas de taux (trop peu pour un taux).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/client_density.py" line="187" />
        <source>None of the {} clients is placed precisely enough for {} m cells (all at a commune centre or a lieu-dit): they are counted per zone; the grid and the smoothed surface stay empty. Geocode their addresses (a BAN file) for the fine maps.</source>
        <translation>Aucun des {} clients n'est placé assez précisément pour des carreaux de {} m (tous au centre d'une commune ou à un lieu-dit) : ils sont comptés par zone ; la grille et la surface lissée restent vides. Géocodez leurs adresses (un fichier BAN) pour les cartes fines.</translation>
    </message>
</context>
<context>
    <name>CompanyProspectsAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="135" />
        <source>Companies to approach</source>
        <translation>Entreprises à prospecter</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="63" />
        <source>Which companies could become clients, or hire the SIAE's employees after their path? From the SIRENE establishments (output of “Load SIRENE establishments”) keeps:
- served: the activities the SIAE's trades serve (the catalogue's NAF codes per trade: a cleaning SIAE serves cleaning firms, hotels, care homes, property managers…);
- tense: employers whose trades (an approximate NAF → FAP correspondence of the catalogue) have a difficulty share of at least the chosen minimum in their BMO basin (bmo_trades table of “Load the BMO survey”);
- or both.
Establishments that are already clients are left out: same SIRET, else same normalised name and address (house number, street, commune) as a client; a same-name establishment in a client's commune is flagged possible_client. With the antennas and a prepared road network, the car time to the nearest antenna is computed and the establishments beyond the maximum are left out.

Ranking: score = 0.4 × size (log scale, 250 employees and more = 1) + 0.3 × proximity (1 − minutes / maximum) + 0.3 × the basin's difficulty share for the trades the establishment employs, over the components available. The second output counts the prospects per commune and size class, for the atlas. Names of individual entrepreneurs are never written (they are persons).</source>
        <translation>Quelles entreprises pourraient devenir clientes, ou embaucher les salariés de la SIAE après leur parcours ? Parmi les établissements SIRENE (sortie de « Charger les établissements SIRENE »), garde :
- servies : les activités que servent les métiers de la SIAE (codes NAF du catalogue par métier : une SIAE de propreté sert les entreprises de nettoyage, les hôtels, les maisons de retraite, les syndics…) ;
- en tension : les employeurs dont les métiers (correspondance NAF → FAP approximative du catalogue) ont une part de projets difficiles au moins égale au minimum choisi dans leur bassin BMO (table bmo_trades de « Charger l'enquête BMO ») ;
- ou les deux.
Les établissements déjà clients sont écartés : même SIRET, sinon mêmes nom et adresse normalisés (numéro, voie, commune) qu'un client ; un établissement de même nom dans la commune d'un client est signalé possible_client. Avec les antennes et un réseau routier préparé, le temps en voiture jusqu'à l'antenne la plus proche est calculé et les établissements au-delà du maximum sont écartés.

Classement : score = 0,4 × taille (échelle logarithmique, 250 salariés et plus = 1) + 0,3 × proximité (1 − minutes / maximum) + 0,3 × part de projets difficiles du bassin pour les métiers qu'emploie l'établissement, sur les composantes disponibles. La seconde sortie compte les entreprises à prospecter par commune et classe de taille, pour l'atlas. Les noms des entrepreneurs individuels ne sont jamais écrits (ce sont des personnes).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="82" />
        <source>SIRENE establishments</source>
        <translation>Établissements SIRENE</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="84" />
        <source>Output of “Load SIRENE establishments” (fields siret, naf, size_min, commune…).</source>
        <translation>Sortie de « Charger les établissements SIRENE » (champs siret, naf, size_min, commune…).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="86" />
        <source>For the counts per commune (second output).</source>
        <translation>Pour les comptages par commune (seconde sortie).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="87" />
        <source>The SIAE's clients (optional)</source>
        <translation>Clients de la SIAE (facultatif)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="89" />
        <source>Imported clients: establishments that are already clients are left out.</source>
        <translation>Clients importés : les établissements déjà clients sont écartés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="91" />
        <source>Client SIRET field</source>
        <translation>Champ du SIRET des clients</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="91" />
        <source>Empty: detected (siret…).</source>
        <translation>Vide : détecté (siret…).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="91" />
        <source>Client name field</source>
        <translation>Champ du nom des clients</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="91" />
        <source>Empty: detected (raison sociale, nom…).</source>
        <translation>Vide : détecté (raison sociale, nom…).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="91" />
        <source>Client address field</source>
        <translation>Champ de l'adresse des clients</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="91" />
        <source>Empty: detected (adresse…).</source>
        <translation>Vide : détecté (adresse…).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="100" />
        <source>Antennas (optional)</source>
        <translation>Antennes (facultatif)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="100" />
        <source>The SIAE's antennas: car times are measured from the nearest.</source>
        <translation>Les antennes de la SIAE : les temps en voiture sont mesurés depuis la plus proche.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="100" />
        <source>Maximum car time (minutes, 0 = no limit)</source>
        <translation>Temps maximal en voiture (minutes, 0 = sans limite)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="100" />
        <source>Establishments farther from every antenna (or unreachable) are left out.</source>
        <translation>Les établissements plus éloignés de toutes les antennes (ou inaccessibles) sont écartés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="106" />
        <source>BMO trades per basin (optional)</source>
        <translation>Métiers BMO par bassin (facultatif)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="108" />
        <source>Table written by “Load the BMO survey” (bmo_trades).</source>
        <translation>Table écrite par « Charger l'enquête BMO » (bmo_trades).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="110" />
        <source>BMO basins (optional)</source>
        <translation>Bassins BMO (facultatif)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="112" />
        <source>Polygons written by “Load the BMO survey” (bmo_basins): the basin of each establishment. Empty: the only basin of the table.</source>
        <translation>Polygones écrits par « Charger l'enquête BMO » (bmo_basins) : le bassin de chaque établissement. Vide : l'unique bassin de la table.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="115" />
        <source>Which establishments</source>
        <translation>Quels établissements</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="115" />
        <source>Activities served by the SIAE's trades</source>
        <translation>Activités servies par les métiers de la SIAE</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="115" />
        <source>Employers in trades that struggle to recruit</source>
        <translation>Employeurs de métiers qui peinent à recruter</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="115" />
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="119" />
        <source>Served activities, tense trades (needs the BMO table), or either.</source>
        <translation>Activités servies, métiers en tension (demande la table BMO), ou l'un ou l'autre.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="127" />
        <source>The SIAE's trades</source>
        <translation>Métiers de la SIAE</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="129" />
        <source>Empty: every trade of the catalogue.</source>
        <translation>Vide : tous les métiers du catalogue.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="131" />
        <source>Minimum difficulty share (tense trades)</source>
        <translation>Part minimale de projets difficiles (métiers en tension)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="133" />
        <source>Share of hiring projects judged difficult (xmet / met) in the basin.</source>
        <translation>Part des projets de recrutement jugés difficiles (xmet / met) dans le bassin.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="137" />
        <source>Companies to approach, per commune</source>
        <translation>Entreprises à prospecter, par commune</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="140" />
        <source>Prospects</source>
        <translation>Entreprises à prospecter</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="141" />
        <source>Establishments already clients</source>
        <translation>Établissements déjà clients</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="147" />
        <source>The establishments layer lacks the fields siret and naf: give the output of “Load SIRENE establishments”.</source>
        <translation>Il manque les champs siret et naf à la couche des établissements : donnez la sortie de « Charger les établissements SIRENE ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="195" />
        <source>The clients layer has neither a SIRET nor a name field (names are often removed at import): clients cannot be recognised among the establishments.</source>
        <translation>La couche des clients n'a ni champ SIRET ni champ nom (les noms sont souvent retirés à l'import) : les clients ne peuvent pas être reconnus parmi les établissements.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="202" />
        <source>Clients matched on: {}.</source>
        <translation>Clients reconnus par : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="213" />
        <source>The BMO basins layer has no field basin: give the output of “Load the BMO survey”.</source>
        <translation>La couche des bassins BMO n'a pas de champ basin : donnez la sortie de « Charger l'enquête BMO ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="243" />
        <source>The BMO trades table lacks {}: give the table written by “Load the BMO survey”.</source>
        <translation>Il manque {} à la table des métiers BMO : donnez la table écrite par « Charger l'enquête BMO ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="256" />
        <source>of the establishments</source>
        <translation>des établissements</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="266" />
        <source>Employers in tense trades need the BMO trades table (output of “Load the BMO survey”): only the activities served by the SIAE's trades are kept.</source>
        <translation>Les employeurs de métiers en tension demandent la table des métiers BMO (sortie de « Charger l'enquête BMO ») : seules les activités servies par les métiers de la SIAE sont gardées.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="280" />
        <source>Car times computed for {} establishments ({} unreachable or off the network).</source>
        <translation>Temps en voiture calculés pour {} établissements ({} inaccessibles ou hors du réseau).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="283" />
        <source>Travel times need both the antennas and the prepared network: not computed.</source>
        <translation>Les temps de trajet demandent les antennes et le réseau préparé : non calculés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/company_prospects.py" line="329" />
        <source>{} prospects ranked; {} establishments recognised as clients and left out.</source>
        <translation>{} entreprises classées ; {} établissements reconnus comme clients et écartés.</translation>
    </message>
</context>
<context>
    <name>CoodiagAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/base.py" line="125" />
        <source>The layer given for “{}” is empty: it has no feature to process.</source>
        <translation>La couche fournie pour « {} » est vide : elle ne contient aucune entité à traiter.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="137" />
        <source>The layer {} lacks the field(s) {}; available fields: {}.</source>
        <translation>Il manque à la couche {} le ou les champs {} ; champs disponibles : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="156" />
        <source>The layer {} has no coordinate reference system: set its CRS (Layer properties ▸ Source) before running this algorithm.</source>
        <translation>La couche {} n'a pas de système de coordonnées : définissez son SCR (Propriétés de la couche ▸ Source) avant de lancer cet algorithme.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="168" />
        <source>The CRS of {} ({}) is geographic (degrees); choose a projected CRS in metres such as EPSG:2154 (Lambert-93).</source>
        <translation>Le SCR de {} ({}) est géographique (degrés) ; choisissez un SCR projeté en mètres, par exemple EPSG:2154 (Lambert-93).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="113" />
        <source>Secrecy threshold {} raised to the Coodiag setting {}.</source>
        <translation>Seuil de secret {} relevé au réglage Coodiag {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="47" />
        <source>“{}” ran out of memory. Close other programs, reduce the extent or the number of sites, or use a larger cell size, then run it again.</source>
        <translation>« {} » a manqué de mémoire. Fermez d'autres programmes, réduisez l'emprise ou le nombre de sites, ou prenez des carreaux plus grands, puis relancez.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="54" />
        <source>“{}” stopped on an unexpected error ({}: {}). This is a defect of Coodiag, not of your data: please report it with this run's log (Processing ▸ History), which holds the technical details.</source>
        <translation>« {} » s'est arrêté sur une erreur inattendue ({} : {}). C'est un défaut de Coodiag, pas de vos données : merci de le signaler avec le journal de ce traitement (Traitement ▸ Historique), qui en contient le détail technique.</translation>
    </message>
</context>
<context>
    <name>CoodiagCoverage</name>
    <message>
        <location filename="../../processing_algorithms/coverage_tools.py" line="31" />
        <source>Filosofi grid</source>
        <translation>carreaux Filosofi</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/coverage_tools.py" line="122" />
        <source>No data from the {} for {} zone(s): {}. Their values are left empty (NULL), not 0.</source>
        <translation>Aucune donnée ({}) pour {} zone(s) : {}. Leurs valeurs restent vides (NULL), pas 0.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/coverage_tools.py" line="126" />
        <source>The {} covers only part of {} zone(s): {}. Their values are left empty (NULL).</source>
        <translation>Couverture partielle ({}) de {} zone(s) : {}. Leurs valeurs restent vides (NULL).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/coverage_tools.py" line="32" />
        <source>census table</source>
        <translation>table du recensement</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/coverage_tools.py" line="34" />
        <source>public transport timetables (GTFS)</source>
        <translation>horaires de transport en commun (GTFS)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/coverage_tools.py" line="33" />
        <source>road network</source>
        <translation>réseau routier</translation>
    </message>
</context>
<context>
    <name>CoodiagGroups</name>
    <message>
        <location filename="../../processing_algorithms/base.py" line="23" />
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="24" />
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="25" />
        <source>Cartography</source>
        <translation>Cartographie</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="26" />
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
</context>
<context>
    <name>CoodiagNetwork</name>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="76" />
        <source>The network layer is not a prepared network: it was prepared in memory with automatic settings. Run “Build a routable network” once and use its output to save this step.</source>
        <translation>La couche réseau n'est pas un réseau préparé : elle a été préparée en mémoire avec des réglages automatiques. Lancez une fois « Construire un réseau routable » et utilisez sa sortie pour éviter cette étape.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="81" />
        <source>Prepared network reused from this session's cache (not rebuilt).</source>
        <translation>Réseau préparé réutilisé depuis le cache de la session (non reconstruit).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="84" />
        <source>Prepared network read in {:.2f} s ({} links).</source>
        <translation>Réseau préparé lu en {:.2f} s ({} tronçons).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="88" />
        <source>The network layer has no link.</source>
        <translation>La couche réseau n'a aucun tronçon.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="68" />
        <source>of the road network</source>
        <translation>du réseau routier</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="70" />
        <source>The road network layer {} is empty.</source>
        <translation>La couche du réseau routier {} est vide.</translation>
    </message>
</context>
<context>
    <name>CoodiagPlugin</name>
    <message>
        <location filename="../../coodiag_plugin/plugin.py" line="46" />
        <source>Coodiag diagnostic</source>
        <translation>Diagnostic Coodiag</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/plugin.py" line="47" />
        <source>Show or hide the Coodiag guided diagnostic</source>
        <translation>Afficher ou masquer le diagnostic guidé Coodiag</translation>
    </message>
</context>
<context>
    <name>CoodiagProvider</name>
    <message>
        <location filename="../../processing_algorithms/provider.py" line="71" />
        <source>Coodiag – territorial diagnostic for SIAE</source>
        <translation>Coodiag – diagnostic territorial des SIAE</translation>
    </message>
</context>
<context>
    <name>CoodiagTerritory</name>
    <message>
        <location filename="../../processing_algorithms/territory_tools.py" line="33" />
        <source>chosen in the parameters</source>
        <translation>choisi dans les paramètres</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory_tools.py" line="34" />
        <source>from the commune codes of the data</source>
        <translation>d'après les codes communes des données</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory_tools.py" line="35" />
        <source>from the commune codes of the data, which belong to several territories (the most frequent one wins)</source>
        <translation>d'après les codes communes des données, qui relèvent de plusieurs territoires (le plus fréquent l'emporte)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory_tools.py" line="38" />
        <source>from the position of the data</source>
        <translation>d'après la position des données</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory_tools.py" line="39" />
        <source>from the position of the data, spread over several territories (the most frequent one wins)</source>
        <translation>d'après la position des données, réparties sur plusieurs territoires (le plus fréquent l'emporte)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory_tools.py" line="42" />
        <source>no commune code or position recognised: Lambert-93 by default</source>
        <translation>aucun code commune ni aucune position reconnus : Lambert-93 par défaut</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory_tools.py" line="44" />
        <source>no legal projection known for this territory: WGS 84 / UTM zone of the data</source>
        <translation>aucune projection légale connue pour ce territoire : WGS 84 / UTM du fuseau des données</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory_tools.py" line="88" />
        <source>Working CRS{} {}{}: {}.</source>
        <translation>SCR de travail{} {}{} : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory_tools.py" line="91" />
        <source>Check the working CRS {}: {}.</source>
        <translation>Vérifiez le SCR de travail {} : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory_tools.py" line="187" />
        <source>Fields holding lists or JSON maps written as text: {}.</source>
        <translation>Champs contenant des listes ou des objets JSON écrits en texte : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory_tools.py" line="191" />
        <source>Fields holding a geometry as text dropped (the layer has its own geometry): {}.</source>
        <translation>Champs contenant une géométrie sous forme de texte supprimés (la couche a sa propre géométrie) : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory_tools.py" line="220" />
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory_tools.py" line="221" />
        <source>lines</source>
        <translation>lignes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory_tools.py" line="222" />
        <source>polygons</source>
        <translation>polygones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory_tools.py" line="223" />
        <source>no geometry</source>
        <translation>entités sans géométrie</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory_tools.py" line="225" />
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory_tools.py" line="226" />
        <source>The layer {} holds {}, but {} are expected: choose another layer.</source>
        <translation>La couche {} contient des {}, mais des {} sont attendus : choisissez une autre couche.</translation>
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
        <location filename="../../processing_algorithms/export_atlas.py" line="64" />
        <source>Export the diagnostic atlas (PDF)</source>
        <translation>Exporter l'atlas du diagnostic (PDF)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="67" />
        <source>Builds the printable atlas of a diagnostic from its GeoPackage: a cover page, a key-figures page (a table of the main numbers per zone), then for each theme one map page per zone (communes by default; the other zones are greyed) or one page for the whole territory.

Themes are described by the JSON files of resources/atlas/themes; a theme is used when all its layers exist in the GeoPackage. Layers keep the style stored in the GeoPackage. Pages never show individual client or employee points: a theme that would is refused.

The result is a single PDF whose texts (sources, secrecy note) remain searchable text.</source>
        <translation>Construit l'atlas imprimable d'un diagnostic à partir de son GeoPackage : une page de couverture, une page de chiffres clés (un tableau des principaux chiffres par zone), puis pour chaque thème une page de carte par zone (les communes par défaut ; les autres zones sont grisées) ou une page pour l'ensemble du territoire.

Les thèmes sont décrits par les fichiers JSON de resources/atlas/themes ; un thème est retenu quand toutes ses couches existent dans le GeoPackage. Les couches gardent le style enregistré dans le GeoPackage. Les pages ne montrent jamais de points individuels de clients ou de salariés : un thème qui le ferait est refusé.

Le résultat est un PDF unique dont les textes (sources, mention du secret statistique) restent du texte consultable.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="81" />
        <source>Diagnostic GeoPackage</source>
        <translation>GeoPackage du diagnostic</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="83" />
        <source>The GeoPackage holding every layer of the diagnostic (communes, Filosofi cells, analysis results).</source>
        <translation>Le GeoPackage qui contient toutes les couches du diagnostic (communes, carreaux Filosofi, résultats des analyses).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="87" />
        <source>Themes (comma-separated ids)</source>
        <translation>Thèmes (identifiants séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="89" />
        <source>Ids of the themes to print, in resources/atlas/themes (e.g. “population, clients”). Empty: every theme whose layers are in the GeoPackage.</source>
        <translation>Identifiants des thèmes à imprimer, dans resources/atlas/themes (par exemple « population, clients »). Vide : tous les thèmes dont les couches sont dans le GeoPackage.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="94" />
        <source>Coverage zones layer (in the GeoPackage)</source>
        <translation>Couche des zones de l'atlas (dans le GeoPackage)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="96" />
        <source>Name of the polygon layer of the GeoPackage the atlas iterates over: one page per feature for the per-zone themes (communes, EPCI, antenna areas).</source>
        <translation>Nom de la couche de polygones du GeoPackage parcourue par l'atlas : une page par entité pour les thèmes par zone (communes, EPCI, secteurs d'antenne).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="100" />
        <source>Zone name field</source>
        <translation>Champ du nom de zone</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="102" />
        <source>Field holding the zone names; empty: detected (NOM, nom, libgeo…).</source>
        <translation>Champ qui contient le nom des zones ; vide : détecté automatiquement (NOM, nom, libgeo…).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="105" />
        <source>Paper</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="105" />
        <source>A4 landscape</source>
        <translation>A4 paysage</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="105" />
        <source>A3 landscape</source>
        <translation>A3 paysage</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="108" />
        <source>Layout template of resources/layouts used for every page.</source>
        <translation>Modèle de mise en page de resources/layouts utilisé pour toutes les pages.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="111" />
        <source>Atlas title</source>
        <translation>Titre de l'atlas</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="111" />
        <source>Title of the cover page; empty: “Territorial diagnostic”.</source>
        <translation>Titre de la page de couverture ; vide : « Diagnostic territorial ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="111" />
        <source>SIAE name</source>
        <translation>Nom de la SIAE</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="111" />
        <source>Name of the structure, printed on every page.</source>
        <translation>Nom de la structure, imprimé sur chaque page.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="111" />
        <source>Territory name</source>
        <translation>Nom du territoire</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="111" />
        <source>Name of the study territory, printed on every page.</source>
        <translation>Nom du territoire d'étude, imprimé sur chaque page.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="122" />
        <source>Atlas language</source>
        <translation>Langue de l'atlas</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="122" />
        <source>Same as QGIS</source>
        <translation>Comme QGIS</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="122" />
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="122" />
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="125" />
        <source>Language of the printed texts (titles, key figures, notes).</source>
        <translation>Langue des textes imprimés (titres, chiffres clés, mentions).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="128" />
        <source>Logo (SVG or image)</source>
        <translation>Logo (SVG ou image)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="130" />
        <source>Logo of the SIAE or of the delegation, printed in the top-right frame.</source>
        <translation>Logo de la SIAE ou de la délégation, imprimé dans le cadre en haut à droite.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="133" />
        <source>Theme folder</source>
        <translation>Dossier des thèmes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="136" />
        <source>Folder of theme JSON files to use instead of the themes shipped with Coodiag (resources/atlas/themes).</source>
        <translation>Dossier de fichiers JSON de thèmes à utiliser à la place des thèmes fournis avec Coodiag (resources/atlas/themes).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="148" />
        <source>Atlas PDF</source>
        <translation>Atlas PDF</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="150" />
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="152" />
        <source>Number of pages</source>
        <translation>Nombre de pages</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="153" />
        <source>Themes printed</source>
        <translation>Thèmes imprimés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="159" />
        <source>The GeoPackage {} does not exist: choose the diagnostic's .gpkg file.</source>
        <translation>Le GeoPackage {} n'existe pas : choisissez le fichier .gpkg du diagnostic.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="164" />
        <source>{} is not a readable GeoPackage ({}).</source>
        <translation>{} n'est pas un GeoPackage lisible ({}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="179" />
        <source>The GeoPackage has no layer “{}” for the coverage zones; layers available: {}.</source>
        <translation>Le GeoPackage n'a pas de couche « {} » pour les zones de l'atlas ; couches disponibles : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="183" />
        <source>The coverage layer “{}” must hold polygons (communes, EPCI, antenna areas).</source>
        <translation>La couche des zones « {} » doit contenir des polygones (communes, EPCI, secteurs d'antenne).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="188" />
        <source>The coverage layer “{}” is empty or unreadable.</source>
        <translation>La couche des zones « {} » est vide ou illisible.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="193" />
        <source>The coverage layer has no field “{}”; available fields: {}.</source>
        <translation>La couche des zones n'a pas de champ « {} » ; champs disponibles : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="199" />
        <source>{} zones from “{}” (names: {}).</source>
        <translation>{} zones dans « {} » (noms : {}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="207" />
        <source>Unreadable theme file: {}</source>
        <translation>Fichier de thème illisible : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="218" />
        <source>Theme “{}” left out: {}.</source>
        <translation>Thème « {} » écarté : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="225" />
        <source>No theme can be printed from this GeoPackage. Themes known: {}; run the steps that create their layers first.</source>
        <translation>Aucun thème ne peut être imprimé à partir de ce GeoPackage. Thèmes connus : {} ; lancez d'abord les étapes qui créent leurs couches.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="234" />
        <source>Theme “{}” would print the layer “{}”, which holds individual clients or employees: atlas pages only show aggregates (e.g. clients per 200 m cell). Remove that layer from the theme.</source>
        <translation>Le thème « {} » imprimerait la couche « {} », qui contient des clients ou des salariés individuels : les pages de l'atlas ne montrent que des agrégats (par exemple les clients par carreau de 200 m). Retirez cette couche du thème.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="251" />
        <source>Atlas of {} pages: {} theme(s) ({}), {} zones.</source>
        <translation>Atlas de {} pages : {} thème(s) ({}), {} zones.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="292" />
        <source>Wrote {} pages to {}.</source>
        <translation>{} pages écrites dans {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="366" />
        <source>Key figure “{}”: layer “{}” unreadable, left out.</source>
        <translation>Chiffre clé « {} » : couche « {} » illisible, écarté.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="567" />
        <source>Theme “{}”: the layer “{}” of the GeoPackage cannot be read.</source>
        <translation>Thème « {} » : la couche « {} » du GeoPackage est illisible.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="622" />
        <source>The atlas over “{}” could not start.</source>
        <translation>L'atlas sur « {} » n'a pas pu démarrer.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="141" />
        <source>Also add the atlas layouts to the project</source>
        <translation>Ajouter aussi les mises en page de l'atlas au projet</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="143" />
        <source>When ticked, the diagnostic's layers are added to the current project (grouped by question) and one print layout per theme appears in the Layout Manager, ready to edit and print again.</source>
        <translation>Si la case est cochée, les couches du diagnostic sont ajoutées au projet (rangées par question) et une mise en page par thème apparaît dans le gestionnaire de mises en page, prête à être retouchée et réimprimée.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="297" />
        <source>{} layouts added to the project's Layout Manager.</source>
        <translation>{} mises en page ajoutées au gestionnaire de mises en page du projet.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="315" />
        <source>layer(s) not in the GeoPackage: {}</source>
        <translation>couche(s) absente(s) du GeoPackage : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="317" />
        <source>no value in {}</source>
        <translation>aucune valeur dans {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="318" />
        <source>unknown theme</source>
        <translation>thème inconnu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="441" />
        <source>Key figure “{}” left out: no zone has a value (e.g. no population data for the reach).</source>
        <translation>Chiffre clé « {} » écarté : aucune zone n'a de valeur (par exemple, pas de données de population pour la portée).</translation>
    </message>
</context>
<context>
    <name>ExportShareableAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/export_shareable.py" line="41" />
        <source>Export a shareable diagnostic</source>
        <translation>Exporter un diagnostic partageable</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_shareable.py" line="44" />
        <source>Writes a new GeoPackage holding what can be sent to the SIAE, its board or a funder: the aggregate and public layers of the diagnostic (counts per commune or per grid cell after statistical secrecy, public data, isochrones…) with their default styles, readable names, metadata and the diagnostic's settings. No individual layer is ever copied: the clients', employees' and work sites' points, the unplaced rows and the one-row-per-employee travel times stay in the working GeoPackage.

Layers are judged by their content, not by their name: a point layer, a layer imported from the SIAE's files, or a layer whose content changed since Coodiag wrote it (or that Coodiag did not write) is left out, whatever it is called. The output « Left out » lists every layer left out and why.</source>
        <translation>Écrit un nouveau GeoPackage contenant ce qui peut être envoyé à la SIAE, à son conseil d'administration ou à un financeur : les couches agrégées et publiques du diagnostic (effectifs par commune ou par carreau après secret statistique, données publiques, isochrones…) avec leurs styles par défaut, leurs noms lisibles, leurs métadonnées et les réglages du diagnostic. Aucune couche individuelle n'est jamais copiée : les points des clients, des salariés et des chantiers, les lignes non placées et les temps de trajet ligne par salarié restent dans le GeoPackage de travail.

Les couches sont jugées sur leur contenu, pas sur leur nom : une couche de points, une couche importée des fichiers de la SIAE, ou une couche dont le contenu a changé depuis que Coodiag l'a écrite (ou que Coodiag n'a pas écrite) est écartée, quel que soit son nom. La sortie « Écartées » liste chaque couche écartée et pourquoi.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_shareable.py" line="55" />
        <source>Diagnostic GeoPackage</source>
        <translation>GeoPackage du diagnostic</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_shareable.py" line="56" />
        <source>The diagnostic's working GeoPackage (the one the dock and the pipelines write).</source>
        <translation>Le GeoPackage de travail du diagnostic (celui qu'écrivent le panneau et les chaînes de traitement).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_shareable.py" line="58" />
        <source>Shareable GeoPackage</source>
        <translation>GeoPackage partageable</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_shareable.py" line="60" />
        <source>A new GeoPackage (replaced when it exists). Empty: &lt;diagnostic&gt;_partageable.gpkg next to the diagnostic.</source>
        <translation>Un nouveau GeoPackage (remplacé s'il existe). Vide : &lt;diagnostic&gt;_partageable.gpkg à côté du diagnostic.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_shareable.py" line="63" />
        <source>Layers copied</source>
        <translation>Couches copiées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_shareable.py" line="64" />
        <source>Layers left out</source>
        <translation>Couches écartées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_shareable.py" line="65" />
        <source>Left out (one line per layer: why)</source>
        <translation>Écartées (une ligne par couche : pourquoi)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_shareable.py" line="70" />
        <source>individual data: a point layer (one point per person or place)</source>
        <translation>données individuelles : une couche de points (un point par personne ou par lieu)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_shareable.py" line="71" />
        <source>individual data: rows imported from the SIAE's files</source>
        <translation>données individuelles : lignes importées des fichiers de la SIAE</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_shareable.py" line="73" />
        <source>not written by Coodiag: its content cannot be vouched for</source>
        <translation>non écrite par Coodiag : son contenu ne peut pas être garanti</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_shareable.py" line="74" />
        <source>changed since Coodiag wrote it: its content cannot be vouched for</source>
        <translation>modifiée depuis que Coodiag l'a écrite : son contenu ne peut pas être garanti</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_shareable.py" line="114" />
        <source>{} is not a GeoPackage: choose the diagnostic's .gpkg file.</source>
        <translation>{} n'est pas un GeoPackage : choisissez le fichier .gpkg du diagnostic.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_shareable.py" line="118" />
        <source>The shareable GeoPackage must be a new file, not the diagnostic itself.</source>
        <translation>Le GeoPackage partageable doit être un nouveau fichier, pas le diagnostic lui-même.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_shareable.py" line="124" />
        <source>Left out: {} — {}.</source>
        <translation>Écartée : {} — {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_shareable.py" line="126" />
        <source>Nothing in {} can be shared: no aggregate or public layer written by Coodiag. Run the diagnostic's steps first.</source>
        <translation>Rien dans {} ne peut être partagé : aucune couche agrégée ou publique écrite par Coodiag. Exécutez d'abord les étapes du diagnostic.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_shareable.py" line="135" />
        <source>Cannot replace {}: {}</source>
        <translation>Impossible de remplacer {} : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_shareable.py" line="146" />
        <source>Could not write {}: {}</source>
        <translation>Impossible d'écrire {} : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_shareable.py" line="147" />
        <source>{} layers copied to {} with their styles and metadata; {} left out.</source>
        <translation>{} couches copiées dans {} avec leurs styles et leurs métadonnées ; {} écartées.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_shareable.py" line="157" />
        <source>OGR cannot open {}.</source>
        <translation>OGR ne peut pas ouvrir {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_shareable.py" line="160" />
        <source>OGR cannot create {}.</source>
        <translation>OGR ne peut pas créer {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_shareable.py" line="167" />
        <source>OGR cannot read the layer {} of {}.</source>
        <translation>OGR ne peut pas lire la couche {} de {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_shareable.py" line="179" />
        <source>OGR could not copy the layer {}.</source>
        <translation>OGR n'a pas pu copier la couche {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_shareable.py" line="235" />
        <source>Internal error: the copy held individual layers ({}); it was deleted.</source>
        <translation>Erreur interne : la copie contenait des couches individuelles ({}) ; elle a été supprimée.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_shareable.py" line="72" />
        <source>individual data (one row per person or private place)</source>
        <translation>données individuelles (une ligne par personne ou par lieu privé)</translation>
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
        <location filename="../../processing_algorithms/geocoding_quality.py" line="95" />
        <source>The layer {} has no field geo_type: give the outputs of “Import and geocode a table”.</source>
        <translation>La couche {} n'a pas de champ geo_type : indiquez les sorties de « Importer et géocoder une table ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/geocoding_quality.py" line="160" />
        <source>{} rows lie outside every zone and are not counted.</source>
        <translation>{} lignes sont hors de toute zone et ne sont pas comptées.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/geocoding_quality.py" line="77" />
        <source>of zones</source>
        <translation>des zones</translation>
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
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="454" />
        <source>Algorithm {} is not available</source>
        <translation>L'algorithme {} n'est pas disponible</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="460" />
        <source>An algorithm is already running.</source>
        <translation>Un algorithme est déjà en cours.</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="484" />
        <source>{} finished.</source>
        <translation>{} : terminé.</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="528" />
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="528" />
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="538" />
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
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="563" />
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
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="421" />
        <source>Choose the diagnostic's GeoPackage first (Open… or New…).</source>
        <translation>Choisissez d'abord le GeoPackage du diagnostic (Ouvrir… ou Nouveau…).</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="449" />
        <source>Running: {}…</source>
        <translation>En cours : {}…</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="470" />
        <source>the sample territory's diagnostic</source>
        <translation>le diagnostic du territoire exemple</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="475" />
        <source>The sample territory's diagnostic</source>
        <translation>Le diagnostic du territoire exemple</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="487" />
        <source>Left out: {}</source>
        <translation>Laissé de côté : {}</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="490" />
        <source>{} failed: {}</source>
        <translation>{} a échoué : {}</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="490" />
        <source>see the Processing log (View ▸ Panels ▸ Log Messages).</source>
        <translation>voir le journal des traitements (Vue ▸ Panneaux ▸ Journal des messages).</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="514" />
        <source>No atlas yet: print it first (step 9).</source>
        <translation>Pas encore d'atlas : imprimez-le d'abord (étape 9).</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="528" />
        <source>partly done</source>
        <translation>en partie</translation>
    </message>
    <message>
        <location filename="../../coodiag_plugin/gui/guided_dock.py" line="540" />
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
        <location filename="../../processing_algorithms/hot_spots.py" line="83" />
        <source>Grid cell size</source>
        <translation>Taille des carreaux</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="88" />
        <source>Study area (polygons)</source>
        <translation>Zone d'étude (polygones)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="90" />
        <source>Cells whose centre lies in these polygons form the study area (e.g. the territory's communes). Clients outside it are not counted (reported in the log).</source>
        <translation>Les carreaux dont le centre est dans ces polygones forment la zone d'étude (par exemple les communes du territoire). Les clients situés hors de celle-ci ne sont pas comptés (signalé dans le journal).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="93" />
        <source>Neighbourhood</source>
        <translation>Voisinage</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="93" />
        <source>Queen contiguity (8 neighbours)</source>
        <translation>Contiguïté « reine » (8 voisins)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="93" />
        <source>Distance band</source>
        <translation>Bande de distance</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="96" />
        <source>Which cells are the neighbours of a cell (the cell itself always counts).</source>
        <translation>Quels carreaux sont les voisins d'un carreau (le carreau lui-même compte toujours).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="98" />
        <source>Distance band (m)</source>
        <translation>Bande de distance (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="100" />
        <source>For the distance band: cells whose centres are at most this far apart (≥ cell size).</source>
        <translation>Pour la bande de distance : carreaux dont les centres sont au plus à cette distance (≥ taille des carreaux).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="102" />
        <source>Permutations (0 = analytical p-value only)</source>
        <translation>Permutations (0 = p-valeur analytique seule)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="104" />
        <source>Number of random permutations for the pseudo p-value (99, 499 or 999 are usual).</source>
        <translation>Nombre de permutations aléatoires pour la pseudo p-valeur (99, 499 ou 999 sont usuels).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="106" />
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="108" />
        <source>Seed of the permutations, for reproducible results.</source>
        <translation>Graine des permutations, pour des résultats reproductibles.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="111" />
        <source>CRS of the output cells</source>
        <translation>SCR des carreaux en sortie</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="112" />
        <source>Default: the CRS of the study area, else that of the clients.</source>
        <translation>Par défaut : le SCR de la zone d'étude, sinon celui des clients.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="114" />
        <source>Client hot spots</source>
        <translation>Points chauds de clientèle</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="127" />
        <source>The distance band ({} m) must be at least the cell size ({} m).</source>
        <translation>La bande de distance ({} m) doit être au moins égale à la taille des carreaux ({} m).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="130" />
        <source>clients</source>
        <translation>clients</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="132" />
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="134" />
        <source>No client has a usable point geometry: nothing to analyse.</source>
        <translation>Aucun client n'a de géométrie ponctuelle utilisable : rien à analyser.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="146" />
        <source>study area</source>
        <translation>zone d'étude</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="156" />
        <source>The study area has no usable polygon.</source>
        <translation>La zone d'étude n'a aucun polygone utilisable.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="169" />
        <source>The study area would need {} cells of {} m: choose larger cells or a smaller study area.</source>
        <translation>La zone d'étude demanderait {} carreaux de {} m : choisissez des carreaux plus grands ou une zone d'étude plus petite.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="179" />
        <source>The study area holds fewer than 3 cells of {} m: choose smaller cells.</source>
        <translation>La zone d'étude compte moins de 3 carreaux de {} m : choisissez des carreaux plus petits.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="195" />
        <source>None of the {} clients lies in the study area: check the layers and their CRS.</source>
        <translation>Aucun des {} clients ne se trouve dans la zone d'étude : vérifiez les couches et leurs SCR.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="198" />
        <source>{} clients lie outside the study area and are not counted.</source>
        <translation>{} clients sont hors de la zone d'étude et ne sont pas comptés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="224" />
        <source>Computing Gi* on {} cells…</source>
        <translation>Calcul de Gi* sur {} carreaux…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="264" />
        <source>{} cells in the study area: {} hot-spot and {} cold-spot cells (90 % or more).</source>
        <translation>{} carreaux dans la zone d'étude : {} carreaux en point chaud et {} en point froid (90 % ou plus).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="85" />
        <source>Cells of the INSEE grid (EPSG:3035 in metropolitan France, the territory's grid overseas).</source>
        <translation>Carreaux de la grille de l'Insee (EPSG:3035 en métropole, la grille du territoire outre-mer).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="53" />
        <source>Where do clients cluster more (hot spots) or less (cold spots) than chance would give? Counts the clients (or sums a weight) on the INSEE grid (200 m, 500 m or 1 km; EPSG:3035 in metropolitan France, the territory's own grid overseas) and computes the Getis-Ord Gi* statistic of every cell of the study area.

Gi* compares the sum over a cell and its neighbours (queen contiguity: the 8 surrounding cells; or every cell within a distance band), the cell itself included, with the mean of the study area; it is a z-score: Gi* = (Σ x_j − x̄ W_i) / (S √((n W_i − W_i²)/(n − 1))). The analytical p-value is two-sided from the normal distribution. With permutations &gt; 0 a pseudo p-value is added by conditional randomisation (the cell stays, its neighbours are drawn at random among the other cells): p_sim = (M + 1)/(P + 1), one-sided in the direction of the observed value. gi_bin = ±3, ±2, ±1 for hot (+) or cold (−) spots at 99, 95, 90 % confidence (from p_sim when computed), 0 otherwise. Many cells are tested at once: read isolated significant cells with caution.

Study area: the cells whose centre lies in the study-area polygons (e.g. the communes); without it, every cell of the clients' bounding box. Cells of the study area without clients count as 0, which matters for Gi*.

Placement precision: only the clients placed precisely enough for the cell size are counted (house number, street or coordinates; on 1 km cells, lieu-dit too; never the commune centre): clients piled on the centre of their commune would make a false hot spot there. The log and the metadata say how many were left out (left_to_zones; they are counted in the per-commune outputs) and the share placed precisely (precise_share).

Privacy: cells with 1 to k−1 clients (k = the secrecy threshold of the Coodiag settings), those where one client holds more than 85 % of the weight, and the cells hidden with them so that no count can be worked back from the others and the total, are flagged secret = 1 and their count and weight are NULL. Gi* is computed on the published grid (hidden cells enter with an estimate computed from the published figures), so the scores reveal no hidden count. No client point is copied.</source>
        <translation>Où les clients se regroupent-ils plus (points chauds) ou moins (points froids) que le hasard ne le donnerait ? Compte les clients (ou additionne un poids) sur la grille de l'Insee (200 m, 500 m ou 1 km ; EPSG:3035 en métropole, la grille du territoire outre-mer) et calcule la statistique Gi* de Getis-Ord de chaque carreau de la zone d'étude.

Gi* compare la somme sur un carreau et ses voisins (contiguïté « reine » : les 8 carreaux autour ; ou tous les carreaux dans une bande de distance), le carreau lui-même compris, à la moyenne de la zone d'étude ; c'est un score z : Gi* = (Σ x_j − x̄ W_i) / (S √((n W_i − W_i²)/(n − 1))). La p-valeur analytique est bilatérale, tirée de la loi normale. Avec des permutations &gt; 0, une pseudo p-valeur est ajoutée par randomisation conditionnelle (le carreau reste en place, ses voisins sont tirés au hasard parmi les autres carreaux) : p_sim = (M + 1)/(P + 1), unilatérale dans le sens de la valeur observée. gi_bin = ±3, ±2, ±1 pour les points chauds (+) ou froids (−) à 99, 95, 90 % de confiance (d'après p_sim s'il est calculé), 0 sinon. De nombreux carreaux sont testés à la fois : lisez avec prudence les carreaux significatifs isolés.

Zone d'étude : les carreaux dont le centre est dans les polygones de la zone d'étude (par exemple les communes) ; sans elle, tous les carreaux de l'emprise des clients. Les carreaux de la zone d'étude sans client comptent pour 0, ce qui importe pour Gi*.

Précision du placement : seuls les clients placés assez précisément pour la taille des carreaux sont comptés (numéro, rue ou coordonnées ; sur des carreaux de 1 km, aussi le lieu-dit ; jamais le centre de la commune) : des clients empilés au centre de leur commune y feraient un faux point chaud. Le journal et les métadonnées indiquent combien ont été écartés (left_to_zones ; ils sont comptés dans les sorties par commune) et la part placée précisément (precise_share).

Confidentialité : les carreaux de 1 à k−1 clients (k = seuil de secret des réglages Coodiag), ceux où un client détient plus de 85 % du poids, et les carreaux masqués avec eux pour qu'aucun effectif ne puisse être recalculé à partir des autres et du total, sont signalés secret = 1 et leurs effectif et poids sont NULL. Gi* est calculé sur la grille publiée (les carreaux masqués y entrent avec une estimation calculée à partir des chiffres publiés) : les scores ne révèlent aucun effectif masqué. Aucun point client n'est copié.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/hot_spots.py" line="139" />
        <source>None of the {} clients is placed precisely enough for {} m cells (all at a commune centre or a lieu-dit): hot spots need addresses; choose 1 km cells or count the clients per commune.</source>
        <translation>Aucun des {} clients n'est placé assez précisément pour des carreaux de {} m (tous au centre d'une commune ou à un lieu-dit) : les points chauds demandent des adresses ; choisissez des carreaux de 1 km ou comptez les clients par commune.</translation>
    </message>
</context>
<context>
    <name>ImportTableAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="190" />
        <source>Import and geocode a table</source>
        <translation>Importer et géocoder un tableau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="219" />
        <source>Table to import</source>
        <translation>Tableau à importer</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="221" />
        <source>CSV or text export (any of ; , tab | as separator) or an XLSX/ODS spreadsheet.</source>
        <translation>Export CSV ou texte (séparateur ; , tabulation ou |) ou classeur XLSX/ODS.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="223" />
        <source>Kind of table</source>
        <translation>Type de tableau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="223" />
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="223" />
        <source>Employees in insertion</source>
        <translation>Salariés en insertion</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="223" />
        <source>Work sites / missions</source>
        <translation>Chantiers / missions</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="223" />
        <source>Antennas</source>
        <translation>Antennes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="223" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="227" />
        <source>Sets sensible defaults: pseudonymisation is on for clients and employees.</source>
        <translation>Fixe des réglages adaptés : la pseudonymisation est activée pour les clients et les salariés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="229" />
        <source>How rows are placed</source>
        <translation>Placement des lignes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="229" />
        <source>Automatic (from the column names)</source>
        <translation>Automatique (d'après les noms de colonnes)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="229" />
        <source>Coordinates (x/y or lon/lat columns)</source>
        <translation>Coordonnées (colonnes x/y ou lon/lat)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="229" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="229" />
        <source>INSEE commune code only</source>
        <translation>Code commune INSEE seul</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="233" />
        <source>Automatic picks coordinates when x/y or lon/lat columns exist, else the address columns, else the INSEE code column.</source>
        <translation>Automatique choisit les coordonnées quand des colonnes x/y ou lon/lat existent, sinon les colonnes d'adresse, sinon la colonne de code INSEE.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="236" />
        <source>Base Adresse Nationale file (adresses-NN.csv[.gz])</source>
        <translation>Fichier de la Base Adresse Nationale (adresses-NN.csv[.gz])</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="243" />
        <source>Communes layer (centroids)</source>
        <translation>Couche des communes (centroïdes)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="245" />
        <source>Polygons of communes with their INSEE code: their centroids place the rows known only by their commune.</source>
        <translation>Polygones des communes avec leur code INSEE : leurs centroïdes placent les lignes connues seulement par leur commune.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="248" />
        <source>Communes: INSEE code field</source>
        <translation>Communes : champ du code INSEE</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="251" />
        <source>Field of the communes layer holding the 5-character INSEE code.</source>
        <translation>Champ de la couche des communes contenant le code INSEE à 5 caractères.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="253" />
        <source>Communes: name field</source>
        <translation>Communes : champ du nom</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="255" />
        <source>Field of the communes layer holding the commune name.</source>
        <translation>Champ de la couche des communes contenant le nom de la commune.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="257" />
        <source>Send these addresses to the online geocoder (api-adresse.data.gouv.fr)</source>
        <translation>Envoyer ces adresses au géocodeur en ligne (api-adresse.data.gouv.fr)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="260" />
        <source>Off by default. When ticked, the address columns (never names) of the rows not placed offline are sent to the BAN batch service configured in the Coodiag settings.</source>
        <translation>Désactivé par défaut. Coché, les colonnes d'adresse (jamais les noms) des lignes non placées hors ligne sont envoyées au service de géocodage par lot de la BAN configuré dans les paramètres de Coodiag.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="263" />
        <source>Pseudonymise persons</source>
        <translation>Pseudonymiser les personnes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="263" />
        <source>Default for the kind of table</source>
        <translation>Par défaut selon le type de tableau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="263" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="263" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="270" />
        <source>Keep address columns in the outputs</source>
        <translation>Conserver les colonnes d'adresse dans les sorties</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="272" />
        <source>Street and number columns are personal data for private persons: they are dropped from the outputs unless this is ticked.</source>
        <translation>Pour les particuliers, la voie et le numéro sont des données personnelles : ces colonnes sont retirées des sorties sauf si cette case est cochée.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="283" />
        <source>Sheet (XLSX/ODS)</source>
        <translation>Feuille (XLSX/ODS)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="283" />
        <source>Sheet name; default: the first sheet.</source>
        <translation>Nom de la feuille ; par défaut : la première feuille.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="284" />
        <source>X or longitude column</source>
        <translation>Colonne x ou longitude</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="284" />
        <source>Column holding x (or longitude).</source>
        <translation>Colonne contenant x (ou la longitude).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="285" />
        <source>Y or latitude column</source>
        <translation>Colonne y ou latitude</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="285" />
        <source>Column holding y (or latitude).</source>
        <translation>Colonne contenant y (ou la latitude).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="286" />
        <source>Full address column</source>
        <translation>Colonne d'adresse complète</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="286" />
        <source>One column holding the whole address, e.g. '12 bis av. Foch 20000 Ajaccio'.</source>
        <translation>Une colonne contenant toute l'adresse, par ex. « 12 bis av. Foch 20000 Ajaccio ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="288" />
        <source>House number column</source>
        <translation>Colonne du numéro</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="288" />
        <source>Column holding the house number.</source>
        <translation>Colonne contenant le numéro dans la voie.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="289" />
        <source>Street column</source>
        <translation>Colonne de la voie</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="289" />
        <source>Column holding the street (possibly with its number).</source>
        <translation>Colonne contenant la voie (éventuellement avec son numéro).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="291" />
        <source>Postcode column</source>
        <translation>Colonne du code postal</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="291" />
        <source>Column holding the postcode.</source>
        <translation>Colonne contenant le code postal.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="292" />
        <source>Commune name column</source>
        <translation>Colonne du nom de commune</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="292" />
        <source>Column holding the commune name.</source>
        <translation>Colonne contenant le nom de la commune.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="293" />
        <source>INSEE code column</source>
        <translation>Colonne du code INSEE</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="293" />
        <source>Column holding the INSEE commune code.</source>
        <translation>Colonne contenant le code commune INSEE.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="294" />
        <source>Person id column</source>
        <translation>Colonne de l'identifiant de la personne</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="294" />
        <source>Column replaced by a salted hash when pseudonymising; default: detected (matricule, id…).</source>
        <translation>Colonne remplacée par une empreinte salée lors de la pseudonymisation ; par défaut : détectée (matricule, id…).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="296" />
        <source>Other columns to drop (comma-separated)</source>
        <translation>Autres colonnes à supprimer (séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="296" />
        <source>Extra columns removed when pseudonymising, besides the detected ones.</source>
        <translation>Colonnes supplémentaires retirées lors de la pseudonymisation, en plus de celles détectées.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="302" />
        <source>CRS of the coordinate columns</source>
        <translation>SCR des colonnes de coordonnées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="304" />
        <source>EPSG:4326 for longitude/latitude in degrees, EPSG:2154 for Lambert-93 metres.</source>
        <translation>EPSG:4326 pour une longitude/latitude en degrés, EPSG:2154 pour des mètres en Lambert-93.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="306" />
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="310" />
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="308" />
        <source>Automatic recognises UTF-8 (with or without BOM), UTF-16 with BOM and Windows-1252.</source>
        <translation>Automatique reconnaît l'UTF-8 (avec ou sans BOM), l'UTF-16 avec BOM et le Windows-1252.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="310" />
        <source>Separator</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="310" />
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="312" />
        <source>Automatic finds the separator that splits the header and the first rows evenly.</source>
        <translation>Automatique trouve le séparateur qui découpe régulièrement l'en-tête et les premières lignes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="314" />
        <source>Place rows whose street is not found at the commune centroid</source>
        <translation>Placer au centroïde de la commune les lignes dont la voie est introuvable</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="317" />
        <source>When unticked, such rows go to the Unmatched table instead.</source>
        <translation>Décochée, ces lignes vont dans la table des lignes non placées.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="327" />
        <source>Placed rows</source>
        <translation>Lignes placées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="328" />
        <source>Unmatched rows</source>
        <translation>Lignes non placées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="326" />
        <source>Input rows</source>
        <translation>Lignes en entrée</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="329" />
        <source>Share at housenumber or street level</source>
        <translation>Part au numéro ou à la voie</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="334" />
        <source>no address, postcode, commune or INSEE code in the row</source>
        <translation>ni adresse, ni code postal, ni commune, ni code INSEE dans la ligne</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="335" />
        <source>an address but no postcode, commune name or INSEE code to locate it</source>
        <translation>une adresse mais ni code postal, ni nom de commune, ni code INSEE pour la situer</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="338" />
        <source>the value is not an INSEE commune code</source>
        <translation>la valeur n'est pas un code commune INSEE</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="339" />
        <source>postcode not found in the address file</source>
        <translation>code postal absent du fichier d'adresses</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="343" />
        <source>postcode shared by several communes and street not found: give the commune name or INSEE code</source>
        <translation>code postal commun à plusieurs communes et voie introuvable : indiquez le nom de la commune ou son code INSEE</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="345" />
        <source>street not found in the commune</source>
        <translation>voie introuvable dans la commune</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="346" />
        <source>commune known but without position: give a communes layer</source>
        <translation>commune connue mais sans position : fournissez une couche des communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="349" />
        <source>empty coordinates</source>
        <translation>coordonnées vides</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="350" />
        <source>non-numeric coordinates</source>
        <translation>coordonnées non numériques</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="351" />
        <source>outside France: check the coordinate CRS</source>
        <translation>hors de France : vérifiez le SCR des coordonnées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="352" />
        <source>outside France: latitude and longitude look swapped</source>
        <translation>hors de France : latitude et longitude semblent inversées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="353" />
        <source>outside France: the values look like degrees (WGS84) but the declared CRS is projected; declare EPSG:4326</source>
        <translation>hors de France : les valeurs ressemblent à des degrés (WGS84) mais le SCR déclaré est projeté ; déclarez EPSG:4326</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="355" />
        <source>outside France: the values look like metres (e.g. Lambert-93) but the declared CRS is in degrees; declare EPSG:2154</source>
        <translation>hors de France : les valeurs ressemblent à des mètres (par ex. Lambert-93) mais le SCR déclaré est en degrés ; déclarez EPSG:2154</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="357" />
        <source>not found by the online geocoder</source>
        <translation>introuvable par le géocodeur en ligne</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="364" />
        <source>The file {} is empty: export the table again from your software.</source>
        <translation>Le fichier {} est vide : exportez de nouveau le tableau depuis votre logiciel.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="365" />
        <source>The file {} has a header line ({}) but no data row.</source>
        <translation>Le fichier {} a une ligne d'en-tête ({}) mais aucune ligne de données.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="367" />
        <source>The encoding of {} cannot be recognised ({}). Save it again as CSV UTF-8 or choose the encoding in the advanced parameters.</source>
        <translation>L'encodage de {} n'est pas reconnu ({}). Enregistrez-le de nouveau en CSV UTF-8 ou choisissez l'encodage dans les paramètres avancés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="369" />
        <source>The file {} mixes separators: the header uses “{}” but lines {} use “{}”. Export the table again with one separator.</source>
        <translation>Le fichier {} mélange les séparateurs : l'en-tête utilise « {} » mais les lignes {} utilisent « {} ». Exportez de nouveau le tableau avec un seul séparateur.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="372" />
        <source>No column separator (; , tab |) found in the header of {}: “{}”.</source>
        <translation>Aucun séparateur de colonnes (; , tabulation |) trouvé dans l'en-tête de {} : « {} ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="374" />
        <source>Line {} of {} has {} fields but the header has {}: a value probably holds an unquoted “{}”.</source>
        <translation>La ligne {} de {} a {} champs mais l'en-tête en a {} : une valeur contient sans doute un « {} » sans guillemets.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="377" />
        <source>Cannot read {}: {}</source>
        <translation>Impossible de lire {} : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="378" />
        <source>The workbook {} has no sheet “{}”; sheets: {}.</source>
        <translation>Le classeur {} n'a pas de feuille « {} » ; feuilles : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="400" />
        <source>The column “{}” appears several times in the header ({}): rename the copies in the file so that the mapping is unambiguous.</source>
        <translation>La colonne « {} » apparaît plusieurs fois dans l'en-tête ({}) : renommez les copies dans le fichier pour que la correspondance soit sans ambiguïté.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="408" />
        <source>The column “{}” given for “{}” is not in the table. Columns found: {}.</source>
        <translation>La colonne « {} » indiquée pour « {} » n'est pas dans le tableau. Colonnes trouvées : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="416" />
        <source>Choose the table to import.</source>
        <translation>Choisissez le tableau à importer.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="419" />
        <source>Reading {}…</source>
        <translation>Lecture de {}…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="435" />
        <source>{} data rows, {} columns (encoding {}, separator “{}”).</source>
        <translation>{} lignes de données, {} colonnes (encodage {}, séparateur « {} »).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="438" />
        <source>{} blank lines skipped (not data rows).</source>
        <translation>{} lignes vides ignorées (ce ne sont pas des lignes de données).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="440" />
        <source>Duplicated column name “{}”: columns renamed {}.</source>
        <translation>Nom de colonne en double « {} » : colonnes renommées {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="449" />
        <source>{} rows had fewer fields than the header (lines {}…): completed with empty values.</source>
        <translation>{} lignes avaient moins de champs que l'en-tête (lignes {}…) : complétées par des valeurs vides.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="508" />
        <source>No column to place the rows was recognised (x/y, longitude/latitude, address, postcode, commune, INSEE code). Columns found: {}. Set the column names in the advanced parameters.</source>
        <translation>Aucune colonne permettant de placer les lignes n'a été reconnue (x/y, longitude/latitude, adresse, code postal, commune, code INSEE). Colonnes trouvées : {}. Indiquez les noms de colonnes dans les paramètres avancés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="513" />
        <source>Coordinates mode needs the x and y (or longitude and latitude) columns. Columns found: {}.</source>
        <translation>Le mode coordonnées nécessite les colonnes x et y (ou longitude et latitude). Colonnes trouvées : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="516" />
        <source>Address mode needs a street or full-address column. Columns found: {}.</source>
        <translation>Le mode adresse nécessite une colonne de voie ou d'adresse complète. Colonnes trouvées : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="519" />
        <source>Commune mode needs an INSEE code column. Columns found: {}.</source>
        <translation>Le mode commune nécessite une colonne de code INSEE. Colonnes trouvées : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="521" />
        <source>Placement: {}; columns used: {}.</source>
        <translation>Placement : {} ; colonnes utilisées : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="546" />
        <source>Address mode needs a Base Adresse Nationale file (adresses-NN.csv from adresse.data.gouv.fr) or the option 'Send these addresses to the online geocoder'. Nothing was sent.</source>
        <translation>Le mode adresse nécessite un fichier de la Base Adresse Nationale (adresses-NN.csv d'adresse.data.gouv.fr) ou l'option « Envoyer ces adresses au géocodeur en ligne ». Rien n'a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="551" />
        <source>Commune mode needs a communes layer (or a BAN file) to place the communes.</source>
        <translation>Le mode commune nécessite une couche des communes (ou un fichier BAN) pour placer les communes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="555" />
        <source>Loading the address file {}…</source>
        <translation>Chargement du fichier d'adresses {}…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="559" />
        <source>{} is not a BAN address file: columns {} are missing (found: {}).</source>
        <translation>{} n'est pas un fichier d'adresses BAN : il manque les colonnes {} (trouvées : {}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="563" />
        <source>Cannot read the address file {}: {}</source>
        <translation>Impossible de lire le fichier d'adresses {} : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="565" />
        <source>{} addresses, {} streets.</source>
        <translation>{} adresses, {} voies.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="606" />
        <source>Columns to drop not found: {}. Columns found: {}.</source>
        <translation>Colonnes à supprimer introuvables : {}. Colonnes trouvées : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="614" />
        <source>Pseudonymised: dropped {}; id column {} replaced by a salted hash.</source>
        <translation>Pseudonymisé : colonnes supprimées {} ; colonne d'identifiant {} remplacée par une empreinte salée.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="634" />
        <source>Address columns not copied to the outputs: {}.</source>
        <translation>Colonnes d'adresse non copiées dans les sorties : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="696" />
        <source>of communes</source>
        <translation>des communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="715" />
        <source>{} communes with a centroid.</source>
        <translation>{} communes avec un centroïde.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="720" />
        <source>Give the CRS of the coordinate columns (e.g. EPSG:4326).</source>
        <translation>Indiquez le SCR des colonnes de coordonnées (par ex. EPSG:4326).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="766" />
        <source>{} of {} rows fall outside France with the columns {}/{} read in {}: {}. Fix the coordinate columns or their CRS in the parameters.</source>
        <translation>{} lignes sur {} tombent hors de France avec les colonnes {}/{} lues en {} : {}. Corrigez les colonnes de coordonnées ou leur SCR dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="809" />
        <source>No QGIS project: a one-off salt is used, so the hashed ids will not match those of another run. Open or save a project to keep the salt.</source>
        <translation>Pas de projet QGIS : un sel à usage unique est utilisé, les identifiants pseudonymisés ne correspondront donc pas à ceux d'une autre exécution. Ouvrez ou enregistrez un projet pour conserver le sel.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="922" />
        <source>Sending {} addresses (address columns only) to {} in chunks of {}…</source>
        <translation>Envoi de {} adresses (colonnes d'adresse seulement) à {} par lots de {}…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="950" />
        <source>The online geocoder {} did not answer ({}). Check the network or the proxy settings, or untick the online option and use a BAN file.</source>
        <translation>Le géocodeur en ligne {} n'a pas répondu ({}). Vérifiez le réseau ou les paramètres du proxy, ou décochez l'option en ligne et utilisez un fichier BAN.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="955" />
        <source>Online geocoder placed {} of {} rows.</source>
        <translation>Le géocodeur en ligne a placé {} lignes sur {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="962" />
        <source>The online geocoder answered something that is not a CSV table: {}</source>
        <translation>Le géocodeur en ligne a répondu autre chose qu'un tableau CSV : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="968" />
        <source>The online geocoder's answer lacks the columns {}.</source>
        <translation>Il manque à la réponse du géocodeur en ligne les colonnes {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="1076" />
        <source>Internal error: {} input rows but {} placed + {} unmatched.</source>
        <translation>Erreur interne : {} lignes en entrée mais {} placées + {} non placées.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="1078" />
        <source>Input rows: {} = placed {} + unmatched {}.</source>
        <translation>Lignes en entrée : {} = placées {} + non placées {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="1079" />
        <source>Placed by level: {}.</source>
        <translation>Placées par niveau : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="1088" />
        <source>Unmatched by reason: {}.</source>
        <translation>Lignes non placées par raison : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="193" />
        <source>Imports one of the structure's exports (clients, employees, work sites, antennas) from CSV/TXT (separator, encoding and decimal comma detected) or XLSX/ODS, and places every row as a point.

Placement, chosen automatically from the column names or forced by the mapping mode: x/y or longitude/latitude columns with their CRS; an address (number, street, postcode, commune, INSEE code, or one full-address column) geocoded against a Base Adresse Nationale file (adresses-NN.csv from adresse.data.gouv.fr: exact number, then nearest number on the street, then street, then commune centroid); or an INSEE commune code only (commune centroid).

Every row ends either in the point layer (with geo_score, geo_type, geo_source, geo_method, geo_insee) or in the Unmatched table with its reason: input rows = points + unmatched, logged.

Privacy: with pseudonymisation (default for clients and employees) the name, first name, phone, e-mail and birth-date columns are dropped (an age is kept) and the person id is replaced by a salted hash, and each point is moved to the centre of its INSEE 200 m grid cell (precision recorded as cell_200m): the 200 m cell is INSEE's own publication unit, so counts per cell, commune or zone stay right and travel times stay right to about 100 m, while no point shows a home. The hashing key is kept in QGIS's encrypted authentication database (Settings ▸ Options ▸ Authentication; when it cannot be unlocked, in a key file of the user profile), referenced from the project but never written in the project file nor in an output. Losing the key (another computer, a reset profile) only means that the next import gives new pseudonyms. Street and number columns are dropped unless 'Keep address columns' is ticked.

Nothing is sent on the network unless 'Send these addresses to the online geocoder' is ticked: then only the address columns of the rows not placed offline are sent to the BAN batch service (URL in the Coodiag settings).</source>
        <translation>Importe l'un des exports de la structure (clients, salariés, chantiers, antennes) depuis un CSV/TXT (séparateur, encodage et virgule décimale détectés) ou un XLSX/ODS, et place chaque ligne comme un point.

Placement, choisi automatiquement d'après les noms de colonnes ou imposé par le mode : colonnes x/y ou longitude/latitude avec leur SCR ; une adresse (numéro, voie, code postal, commune, code INSEE, ou une seule colonne d'adresse complète) géocodée avec un fichier de la Base Adresse Nationale (adresses-NN.csv d'adresse.data.gouv.fr : numéro exact, puis numéro le plus proche dans la voie, puis voie, puis centroïde de la commune) ; ou un code commune INSEE seul (centroïde de la commune).

Chaque ligne finit soit dans la couche de points (avec geo_score, geo_type, geo_source, geo_method, geo_insee), soit dans la table des lignes non placées avec sa raison : lignes en entrée = points + non placées, consigné dans le journal.

Confidentialité : avec la pseudonymisation (par défaut pour les clients et les salariés), les colonnes nom, prénom, téléphone, courriel et date de naissance sont supprimées (l'âge est conservé), l'identifiant de la personne est remplacé par une empreinte salée et chaque point est déplacé au centre de son carreau INSEE de 200 m (précision notée cell_200m) : le carreau de 200 m est l'unité de diffusion de l'INSEE lui-même, si bien que les effectifs par carreau, commune ou zone restent justes et les temps de trajet justes à 100 m près environ, sans qu'aucun point ne montre un domicile. La clé de l'empreinte est conservée dans la base d'authentification chiffrée de QGIS (Préférences ▸ Options ▸ Authentification ; à défaut de pouvoir la déverrouiller, dans un fichier de clé du profil utilisateur), référencée par le projet mais jamais écrite dans le fichier du projet ni dans une sortie. Perdre la clé (autre ordinateur, profil réinitialisé) signifie seulement que l'import suivant donne de nouveaux pseudonymes. Les colonnes de voie et de numéro sont supprimées sauf si « Conserver les colonnes d'adresse » est cochée.

Rien n'est envoyé sur le réseau tant que « Envoyer ces adresses au géocodeur en ligne » n'est pas cochée : seules les colonnes d'adresse des lignes non placées hors ligne sont alors envoyées au service de géocodage par lot de la BAN (URL dans les paramètres de Coodiag).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="238" />
        <source>The département file published on adresse.data.gouv.fr (columns numero, rep, nom_voie, code_postal, code_insee, nom_commune, lon, lat…). Needed for address mode unless the online geocoder is allowed. Empty: the BAN file of the Coodiag settings (Settings ▸ Options ▸ Coodiag), if any.</source>
        <translation>Le fichier départemental publié sur adresse.data.gouv.fr (colonnes numero, rep, nom_voie, code_postal, code_insee, nom_commune, lon, lat…). Nécessaire au mode adresse sauf si le géocodeur en ligne est autorisé. Vide : le fichier BAN des réglages de Coodiag (Préférences ▸ Options ▸ Coodiag), s'il y en a un.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="266" />
        <source>Drops name, first name, phone, e-mail and birth-date columns, replaces the person id by a salted hash (key kept in QGIS's authentication database, not in the project file) and moves each point to the centre of its INSEE 200 m cell.</source>
        <translation>Supprime les colonnes nom, prénom, téléphone, courriel et date de naissance, remplace l'identifiant de la personne par une empreinte salée (clé conservée dans la base d'authentification de QGIS, pas dans le fichier du projet) et déplace chaque point au centre de son carreau INSEE de 200 m.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="275" />
        <source>CRS of the point layer (empty: automatic)</source>
        <translation>SCR de la couche de points (vide : automatique)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="277" />
        <source>Default: the communes layer's CRS when given, else the legal projection of the territory of the rows (Lambert-93 in metropolitan France, EPSG:5490 in the Antilles, EPSG:2975 in La Réunion…), from their commune codes or positions.</source>
        <translation>Par défaut : le SCR de la couche des communes si elle est donnée, sinon la projection légale du territoire des lignes (Lambert-93 en métropole, EPSG:5490 aux Antilles, EPSG:2975 à La Réunion…), d'après leurs codes communes ou leurs positions.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="430" />
        <source>Header row found on line {} of the sheet (title or group rows above it skipped, merged cells filled).</source>
        <translation>Ligne d'en-tête trouvée à la ligne {} de la feuille (lignes de titre ou de groupe au-dessus ignorées, cellules fusionnées remplies).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="623" />
        <source>Coordinate columns not copied to the outputs: {}.</source>
        <translation>Colonnes de coordonnées non copiées dans les sorties : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="674" />
        <source>CRS of the point layer: {}, the communes layer's.</source>
        <translation>SCR de la couche de points : {}, celui de la couche des communes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="685" />
        <source>CRS of the point layer: {} ({}).</source>
        <translation>SCR de la couche de points : {} ({}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="814" />
        <source>The project's pseudonymisation key could not be read (authentication database locked, or no key made yet because this run is not in QGIS's main thread): a one-off key is used, so the hashed ids will not match those of other runs. Run coodiag:importtable once from QGIS (toolbox or Coodiag dock) to create or unlock the key.</source>
        <translation>La clé de pseudonymisation du projet n'a pas pu être lue (base d'authentification verrouillée, ou aucune clé encore créée car ce traitement ne s'exécute pas dans le fil principal de QGIS) : une clé à usage unique est utilisée, si bien que les identifiants hachés ne correspondront pas à ceux d'autres traitements. Lancez une fois coodiag:importtable depuis QGIS (boîte à outils ou panneau Coodiag) pour créer ou déverrouiller la clé.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="820" />
        <source>QGIS's authentication database</source>
        <translation>la base d'authentification de QGIS</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="821" />
        <source>a key file of the user profile</source>
        <translation>un fichier de clé du profil utilisateur</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="822" />
        <source>the project file (earlier version; moved out at the next run from QGIS)</source>
        <translation>le fichier du projet (version antérieure ; elle en sortira au prochain traitement lancé depuis QGIS)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="823" />
        <source>Pseudonymisation key: the project's, kept in {}.</source>
        <translation>Clé de pseudonymisation : celle du projet, conservée dans {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="881" />
        <source>Pseudonymised points moved to the centre of their {} m INSEE grid cell ({}): {} distinct positions become {}.</source>
        <translation>Points pseudonymisés déplacés au centre de leur carreau INSEE de {} m ({}) : {} positions distinctes deviennent {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="1083" />
        <source>{} of {} rows were placed at the centroid of their commune only (no street or address found, or only a commune code): they count per commune but not on fine maps (200 m grid, smoothing, hot spots).</source>
        <translation>{} lignes sur {} ont été placées seulement au centroïde de leur commune (voie ou adresse introuvable, ou seul le code commune) : elles comptent par commune mais pas sur les cartes fines (grille de 200 m, lissage, points chauds).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="487" />
        <source>The column “{}” was recognised by its values as the {}.</source>
        <translation>La colonne « {} » a été reconnue à ses valeurs comme {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="487" />
        <source>INSEE code</source>
        <translation>le code Insee</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="487" />
        <source>postcode</source>
        <translation>le code postal</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="495" />
        <source>Coordinates recognised by their values: {} and {}.</source>
        <translation>Coordonnées reconnues à leurs valeurs : {} et {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="664" />
        <source>{} rows without coordinates were placed at the centroid of their commune (they count per commune, not on the fine maps).</source>
        <translation>{} lignes sans coordonnées ont été placées au centroïde de leur commune (elles comptent par commune, pas sur les cartes fines).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="336" />
        <source>INSEE commune code not among the known communes (communes layer, address file): outside the area they cover, or no such code</source>
        <translation>code commune INSEE absent des communes connues (couche des communes, fichier d'adresses) : hors de la zone couverte, ou code inexistant</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="885" />
        <source>{} rows, in cells whose centre lies outside their commune (border, coast), placed inside the part of the cell within the commune.</source>
        <translation>{} lignes, dans des carreaux dont le centre est hors de leur commune (limite, littoral), placées dans la partie du carreau située dans la commune.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="540" />
        <source>No address file (BAN) given and the online geocoder is off: the addresses cannot be placed at the street, so the rows are placed at the centre of their commune ({}). Give the département's BAN file (adresses-NN.csv) to place them at the address.</source>
        <translation>Aucun fichier d'adresses (BAN) et géocodeur en ligne désactivé : les adresses ne peuvent pas être placées à la voie, les lignes sont donc placées au centre de leur commune ({}). Donnez le fichier BAN du département (adresses-NN.csv) pour les placer à l'adresse.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="340" />
        <source>a postcode alone, and no address file to tell its communes: give the commune name or INSEE code, or the BAN file</source>
        <translation>un code postal seul, sans fichier d'adresses pour en connaître les communes : donnez le nom de la commune ou son code INSEE, ou le fichier BAN</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="342" />
        <source>commune name not found among the known communes</source>
        <translation>nom de commune absent des communes connues</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="347" />
        <source>more values than the header (a value holding the separator without quotes): fix the line</source>
        <translation>plus de valeurs que l'en-tête (une valeur contient le séparateur sans guillemets) : corrigez la ligne</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="444" />
        <source>{} rows have more values than the header (lines {}): a value probably holds the separator without quotes. They are set aside in the unmatched table; fix them in the file.</source>
        <translation>{} lignes ont plus de valeurs que l'en-tête (lignes {}) : une valeur contient sans doute le séparateur sans guillemets. Elles sont mises de côté dans la table des lignes non placées ; corrigez-les dans le fichier.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_table.py" line="617" />
        <source>Pseudonymised: dropped {}; no id column to hash.</source>
        <translation>Pseudonymisé : colonnes supprimées {} ; aucune colonne d'identifiant à remplacer par une empreinte.</translation>
    </message>
</context>
<context>
    <name>IsochronesAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="397" />
        <source>Isochrones (travel-time bands)</source>
        <translation>Isochrones (tranches de temps de trajet)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="435" />
        <source>Road network</source>
        <translation>Réseau routier</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="437" />
        <source>A prepared network (from “Build a routable network”), or a raw road layer prepared on the fly with automatic settings.</source>
        <translation>Un réseau préparé (par « Construire un réseau routable »), ou une couche de routes brute préparée à la volée avec des réglages automatiques.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="441" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="441" />
        <source>Car</source>
        <translation>Voiture</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="441" />
        <source>Walk</source>
        <translation>Marche</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="441" />
        <source>Bike</source>
        <translation>Vélo</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="443" />
        <source>Which costs of the prepared network are used.</source>
        <translation>Quels coûts du réseau préparé sont utilisés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="445" />
        <source>Bands (minutes)</source>
        <translation>Tranches (minutes)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="446" />
        <source>Comma-separated upper limits in minutes; blank = defaults of the mode.</source>
        <translation>Limites hautes en minutes séparées par des virgules ; vide = valeurs par défaut du mode.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="449" />
        <source>Snapping tolerance (m)</source>
        <translation>Tolérance d'accrochage (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="451" />
        <source>Sites farther than this from any road open to the mode are reported, not snapped.</source>
        <translation>Les sites plus éloignés que cela de toute route ouverte au mode sont signalés, pas accrochés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="454" />
        <source>Off-network walking speed (km/h)</source>
        <translation>Vitesse de marche hors réseau (km/h)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="456" />
        <source>Speed of the walk between a site or a place and the road.</source>
        <translation>Vitesse de la marche entre un site ou un lieu et la route.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="458" />
        <source>Grid cell size (m, 0 = automatic)</source>
        <translation>Taille des cellules de la grille (m, 0 = automatique)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="460" />
        <source>Resolution of the polygons: 0 = 50 m by car, 25 m on foot or by bike.</source>
        <translation>Résolution des polygones : 0 = 50 m en voiture, 25 m à pied ou à vélo.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="462" />
        <source>Isochrones</source>
        <translation>Isochrones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="463" />
        <source>Site report</source>
        <translation>Rapport des sites</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="471" />
        <source>Band {} min is over 3 hours (180 min): isochrones that far are not meaningful on a local network.</source>
        <translation>La tranche {} min dépasse 3 heures (180 min) : des isochrones aussi lointaines n'ont pas de sens sur un réseau local.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="474" />
        <source>Band “{}” is not a positive number of minutes: write the limits like 10, 20, 30.</source>
        <translation>La tranche « {} » n'est pas un nombre de minutes positif : écrivez les limites comme 10, 20, 30.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="477" />
        <source>No band given: defaults of the mode used ({}).</source>
        <translation>Aucune tranche indiquée : valeurs par défaut du mode utilisées ({}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="480" />
        <source>Bands sorted and de-duplicated: {} min.</source>
        <translation>Tranches triées et dédoublonnées : {} min.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="497" />
        <source>sites</source>
        <translation>sites</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="524" />
        <source>{} site(s) farther than {:g} m from any road open to this mode, not computed: {}.</source>
        <translation>{} site(s) à plus de {:g} m de toute route ouverte à ce mode, non calculé(s) : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="527" />
        <source>{} site(s) on a network piece not joined to the main network (their isochrones stay small): {}.</source>
        <translation>{} site(s) sur un morceau de réseau non relié au réseau principal (leurs isochrones restent petites) : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="531" />
        <source>No site is within {:g} m of the network: check the CRS of the sites and the network, or raise the snapping tolerance.</source>
        <translation>Aucun site n'est à moins de {:g} m du réseau : vérifiez le SCR des sites et du réseau, ou augmentez la tolérance d'accrochage.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="571" />
        <source>{} polygons for {} site(s) in {:.1f} s ({} links reached).</source>
        <translation>{} polygones pour {} site(s) en {:.1f} s ({} tronçons atteints).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="598" />
        <source>The population layer has none of the fields {} (normalised Filosofi 2019 names).</source>
        <translation>La couche de population n'a aucun des champs {} (noms Filosofi 2019 normalisés).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/isochrones.py" line="400" />
        <source>Polygons of the places reached from one or many sites within each travel-time band, on a road network (best: the output of “Build a routable network”, read once and cached for the session).

Output: nested non-overlapping rings for all sites together (“within X minutes of any site”: band 2 = between the first and the second limit), per-site catchments (each place assigned to the site that reaches it first, cut into the same bands), or per-site isochrones (what each site reaches on its own: one ring per site and band, rings of different sites overlap). Union and catchments come from ONE multi-source shortest-path search; per-site isochrones need one search per site. Partly reached links are interpolated.

Bands in minutes, e.g. 10, 20, 30, 45. Blank = defaults of the mode (car 10/20/30/45, walk 5/10/15/20, bike 10/20/30). Unsorted lists are sorted and duplicates removed (with a warning); values must be positive and at most 180 minutes.

Each site joins the nearest link open to the mode within the snapping tolerance; the distance to it is walked at the off-network speed. Sites farther than the tolerance are not snapped: they are listed in the site report (status too_far) and the log. Sites on a network piece not joined to the main network are computed but flagged (status disconnected). Places off the network are reached by walking up to the off-network distance from the nearest reached road.

Polygons are built on a grid (cell size: 50 m by car, 25 m on foot and by bike, or as set), dissolved and made valid.

Population (optional): a Filosofi grid layer with ind, men, men_pauv (2019 names); the population of each band is estimated on 4 × 4 points per cell (area share, the default) or counted where the cell's centroid is.

Access by zone (optional output, with zones): for each zone (e.g. commune), its population (ind_total: the Filosofi cells given to the zone by the cell-to-zone rule every Coodiag output shares), the population within each band's limit of any site (ind_le_20 = persons within 20 minutes) and its share in % (share_le_20), and the SIAE's reach: a zone is in reach (in_reach = 1) when at least half of its population lives within the reach band (reach_min; 20 min by car, on foot and by bike by default); reach_share is that share and reach_basis says whether it was measured on the population or, without a usable population, on the zone's area. Coverage: a zone that the population grid, the road network (or the public transport feeds) cover only in part or not at all gets coverage = partial or missing and NULL values (never 0), and is named in the log; a zone with no road near its people gets status = off_network and no travel-time value.</source>
        <translation>Polygones des lieux atteints depuis un ou plusieurs sites dans chaque tranche de temps de trajet, sur un réseau routier (au mieux : la sortie de « Préparer un réseau routable », lue une fois et gardée en cache pour la session).

Sortie : anneaux emboîtés sans recouvrement pour l'ensemble des sites (« à moins de X minutes d'un site » : tranche 2 = entre la première et la deuxième limite), aires par site (chaque lieu rattaché au site qui l'atteint le premier, découpées selon les mêmes tranches) ou isochrones par site (ce que chaque site atteint seul : un anneau par site et par tranche, les anneaux de sites différents se recouvrent). L'union et les aires par site viennent d'UNE seule recherche de plus courts chemins multi-sources ; les isochrones par site demandent une recherche par site. Les tronçons atteints en partie sont interpolés.

Tranches en minutes, par exemple 10, 20, 30, 45. Vide = valeurs par défaut du mode (voiture 10/20/30/45, marche 5/10/15/20, vélo 10/20/30). Les listes non triées sont triées et les doublons retirés (avec un avertissement) ; les valeurs doivent être positives et d'au plus 180 minutes.

Chaque site rejoint le tronçon ouvert au mode le plus proche dans la tolérance d'accrochage ; la distance jusqu'à lui est parcourue à pied à la vitesse hors réseau. Les sites plus éloignés que la tolérance ne sont pas accrochés : ils figurent dans le rapport des sites (statut too_far) et le journal. Les sites sur un morceau de réseau non relié au réseau principal sont calculés mais signalés (statut disconnected). Les lieux hors réseau sont atteints à pied jusqu'à la distance hors réseau depuis la route atteinte la plus proche.

Les polygones sont construits sur une grille (pas : 50 m en voiture, 25 m à pied et à vélo, ou la valeur choisie), fusionnés et rendus valides.

Population (facultatif) : une couche de carreaux Filosofi avec ind, men, men_pauv (noms 2019) ; la population de chaque tranche est estimée sur 4 × 4 points par carreau (part de surface, par défaut) ou comptée là où se trouve le centroïde du carreau.

Accès par zone (sortie facultative, avec des zones) : pour chaque zone (par exemple une commune), sa population (ind_total : les carreaux Filosofi attribués à la zone par la règle carreau-zone commune à toutes les sorties Coodiag), la population à moins de la limite de chaque tranche d'un site quelconque (ind_le_20 = personnes à moins de 20 minutes) et sa part en % (share_le_20), et la portée de la SIAE : une zone est à portée (in_reach = 1) quand au moins la moitié de sa population habite dans la bande de portée (reach_min ; 20 min en voiture, à pied et à vélo par défaut) ; reach_share est cette part et reach_basis indique si elle a été mesurée sur la population ou, faute de population utilisable, sur la surface de la zone. Couverture : une zone que la grille de population, le réseau routier (ou les horaires de transport en commun) ne couvrent qu'en partie ou pas du tout reçoit coverage = partial ou missing et des valeurs NULL (jamais 0), et est nommée dans le journal ; une zone sans route près de ses habitants reçoit status = off_network (« hors réseau ») et aucune valeur de temps de trajet.</translation>
    </message>
</context>
<context>
    <name>LoadBmoAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/load_bmo.py" line="46" />
        <source>Load the BMO survey (recruitment difficulties)</source>
        <translation>Charger l'enquête BMO (difficultés de recrutement)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_bmo.py" line="49" />
        <source>Which trades struggle to recruit in the territory's employment basins? Reads France Travail's « Besoins en Main-d'Œuvre » open-data file (Base_open_data_BMO_&lt;year&gt;.xlsx, any recent year, or a CSV extract of it: columns found by name, the basin columns BE&lt;yy&gt;/NOMBE&lt;yy&gt; of any year) and the commune → BMO basin table, finds the basins that cover the territory's communes and writes:
- the basins (the territory's communes dissolved by basin) with the basin's totals — hiring projects (met), projects judged difficult (xmet), seasonal projects (smet) — summed over the PUBLISHED cells only, the number of secret cells ('*' in the file) beside each, and the difficulty share xmet/met computed on the rows where both are published; the same for the trades SIAE typically place people in (siae_*);
- a table basin × trade: met, xmet, smet (NULL when secret, never 0, with a flag; a basin over several départements sums its parts and flags a partial sum), difficulty and seasonal shares, and a flag for the SIAE trades of the catalogue (resources/catalogues/siae_trades.json: cleaning, home help, green spaces, building maintenance, kitchen help, handling… — editable), ranked by hiring projects.

The totals are those of the whole basin, which may extend beyond the territory (n_communes_basin).</source>
        <translation>Quels métiers peinent à recruter dans les bassins d'emploi du territoire ? Lit le fichier open data « Besoins en Main-d'Œuvre » de France Travail (Base_open_data_BMO_&lt;année&gt;.xlsx, toute année récente, ou un extrait CSV : colonnes reconnues par leur nom, colonnes de bassin BE&lt;aa&gt;/NOMBE&lt;aa&gt; de toute année) et la table commune → bassin BMO, trouve les bassins qui couvrent les communes du territoire et écrit :
- les bassins (communes du territoire fusionnées par bassin) avec les totaux du bassin — projets de recrutement (met), projets jugés difficiles (xmet), projets saisonniers (smet) — sommés sur les seules cellules PUBLIÉES, avec à côté le nombre de cellules secrètes (« * » dans le fichier), et la part de projets difficiles xmet/met calculée sur les lignes où les deux sont publiés ; de même pour les métiers où les SIAE placent habituellement leurs salariés (siae_*) ;
- une table bassin × métier : met, xmet, smet (NULL si secret, jamais 0, avec un indicateur ; un bassin sur plusieurs départements additionne ses parties et signale une somme partielle), parts de projets difficiles et saisonniers, et un indicateur des métiers des SIAE du catalogue (resources/catalogues/siae_trades.json : propreté, aide à domicile, espaces verts, entretien du bâtiment, aide de cuisine, manutention… — modifiable), classés par nombre de projets.

Les totaux sont ceux du bassin entier, qui peut déborder du territoire (n_communes_basin).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_bmo.py" line="66" />
        <source>BMO file (xlsx, ods or csv)</source>
        <translation>Fichier BMO (xlsx, ods ou csv)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_bmo.py" line="68" />
        <source>Base_open_data_BMO_&lt;year&gt;.xlsx of France Travail (statistiques.francetravail.org/bmo) or a CSV extract with the same columns.</source>
        <translation>Base_open_data_BMO_&lt;année&gt;.xlsx de France Travail (statistiques.francetravail.org/bmo) ou un extrait CSV aux mêmes colonnes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_bmo.py" line="71" />
        <source>Commune → BMO basin table (csv or xlsx)</source>
        <translation>Table commune → bassin BMO (csv ou xlsx)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_bmo.py" line="73" />
        <source>One row per commune: INSEE code and BMO basin code (code_commune_insee, code_bassin_BMO, lib_bassin_BMO).</source>
        <translation>Une ligne par commune : code Insee et code du bassin BMO (code_commune_insee, code_bassin_BMO, lib_bassin_BMO).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_bmo.py" line="76" />
        <source>Communes of the territory</source>
        <translation>Communes du territoire</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_bmo.py" line="78" />
        <source>Commune polygons with their INSEE code (the output of “Build the territory”).</source>
        <translation>Polygones des communes avec leur code Insee (la sortie de « Construire le territoire »).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_bmo.py" line="80" />
        <source>Commune code field</source>
        <translation>Champ du code commune</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_bmo.py" line="82" />
        <source>Empty: detected (INSEE_COM, code_insee…).</source>
        <translation>Vide : détecté (INSEE_COM, code_insee…).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_bmo.py" line="84" />
        <source>SIAE trades catalogue (optional)</source>
        <translation>Catalogue des métiers des SIAE (facultatif)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_bmo.py" line="86" />
        <source>An edited copy of resources/catalogues/siae_trades.json; empty: the shipped one.</source>
        <translation>Une copie modifiée de resources/catalogues/siae_trades.json ; vide : celui livré avec l'extension.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_bmo.py" line="88" />
        <source>BMO basins</source>
        <translation>Bassins BMO</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_bmo.py" line="90" />
        <source>BMO trades per basin</source>
        <translation>Métiers BMO par bassin</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_bmo.py" line="92" />
        <source>Basins</source>
        <translation>Bassins</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_bmo.py" line="93" />
        <source>Survey year</source>
        <translation>Année de l'enquête</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_bmo.py" line="98" />
        <source>BMO file</source>
        <translation>fichier BMO</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_bmo.py" line="98" />
        <source>commune → basin table</source>
        <translation>tableau commune → bassin</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_bmo.py" line="100" />
        <source>The {} was not found: {}.</source>
        <translation>Le {} est introuvable : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_bmo.py" line="105" />
        <source>The SIAE trades catalogue cannot be read: {}</source>
        <translation>Le catalogue des métiers des SIAE ne peut pas être lu : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_bmo.py" line="110" />
        <source>The commune → basin table cannot be used: {}</source>
        <translation>La table commune → bassin n'est pas utilisable : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_bmo.py" line="113" />
        <source>None of the territory's {} communes is in the commune → basin table: check that the table covers this département and that the codes match.</source>
        <translation>Aucune des {} communes du territoire n'est dans la table commune → bassin : vérifiez que la table couvre ce département et que les codes correspondent.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_bmo.py" line="117" />
        <source>Communes missing from the basin table (left out): {}.</source>
        <translation>Communes absentes de la table des bassins (écartées) : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_bmo.py" line="119" />
        <source>Basins of the territory: {}.</source>
        <translation>Bassins du territoire : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_bmo.py" line="124" />
        <source>The BMO file cannot be read: {}</source>
        <translation>Le fichier BMO ne peut pas être lu : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_bmo.py" line="133" />
        <source>Basins absent from the BMO file (different vintage of the basin table?): {}.</source>
        <translation>Bassins absents du fichier BMO (autre millésime de la table des bassins ?) : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_bmo.py" line="137" />
        <source>The BMO file has no row for the territory's basins ({}).</source>
        <translation>Le fichier BMO n'a aucune ligne pour les bassins du territoire ({}).</translation>
    </message>
</context>
<context>
    <name>LoadCensusAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="102" />
        <source>Join INSEE census table onto IRIS or communes</source>
        <translation>Joindre une table du recensement Insee aux IRIS ou aux communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="131" />
        <source>Census table (CSV or XLSX)</source>
        <translation>Table du recensement (CSV ou XLSX)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="131" />
        <source>Census tables (*.csv *.txt *.xlsx *.xls *.ods);;All files (*.*)</source>
        <translation>Tables du recensement (*.csv *.txt *.xlsx *.xls *.ods);;Tous les fichiers (*.*)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="134" />
        <source>An INSEE table as downloaded, e.g. base-ic-activite-residents-2019.CSV.</source>
        <translation>Une table de l'Insee telle que téléchargée, par ex. base-ic-activite-residents-2019.CSV.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="136" />
        <source>Sheet (XLSX; empty: detect)</source>
        <translation>Feuille (XLSX ; vide : détecter)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="137" />
        <source>Name of the sheet holding the data; by default the first one with a code column.</source>
        <translation>Nom de la feuille des données ; par défaut la première qui a une colonne de codes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="139" />
        <source>Code column of the table (empty: detect)</source>
        <translation>Colonne des codes de la table (vide : détecter)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="141" />
        <source>IRIS, COM or CODGEO are detected.</source>
        <translation>IRIS, COM ou CODGEO sont détectées.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="143" />
        <source>IRIS or commune polygons</source>
        <translation>Polygones des IRIS ou des communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="145" />
        <source>IRIS contours (CODE_IRIS) or communes (INSEE_COM), e.g. from coodiag:territory.</source>
        <translation>Contours IRIS (CODE_IRIS) ou communes (INSEE_COM), par ex. issues de coodiag:territory.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="147" />
        <source>Code field of the polygons (empty: detect)</source>
        <translation>Champ des codes des polygones (vide : détecter)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="149" />
        <source>Field holding the IRIS or commune code of each polygon.</source>
        <translation>Champ portant le code IRIS ou commune de chaque polygone.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="151" />
        <source>Polygons are</source>
        <translation>Les polygones sont des</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="151" />
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="151" />
        <source>IRIS</source>
        <translation>IRIS</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="151" />
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="154" />
        <source>Level of the polygons; Detect looks at the field names and the codes.</source>
        <translation>Niveau des polygones ; « Détecter » regarde les noms des champs et les codes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="156" />
        <source>Zones with census data</source>
        <translation>Zones avec les données du recensement</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="158" />
        <source>Unjoined codes</source>
        <translation>Codes non joints</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="160" />
        <source>Zones joined</source>
        <translation>Zones jointes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="161" />
        <source>Table codes matching no zone</source>
        <translation>Codes de la table sans zone</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="162" />
        <source>Zones without data</source>
        <translation>Zones sans données</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="163" />
        <source>Census year</source>
        <translation>Année du recensement</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="164" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="165" />
        <source>Derived indicators</source>
        <translation>Indicateurs dérivés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="177" />
        <source>Cannot read the census table {}: {}</source>
        <translation>Impossible de lire la table du recensement {} : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="182" />
        <source>The census table {} does not exist.</source>
        <translation>La table du recensement {} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="185" />
        <source>zones</source>
        <translation>zones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="188" />
        <source>The census table {} has no data row.</source>
        <translation>La table du recensement {} n'a aucune ligne de données.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="192" />
        <source>Census year {}: prefixes removed (P{}_X → P_X).</source>
        <translation>Recensement {} : préfixes retirés (P{}_X → P_X).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="194" />
        <source>Columns of other years kept with their prefix: {}.</source>
        <translation>Colonnes d'autres années gardées avec leur préfixe : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="202" />
        <source>The table has no column {}; columns: {}.</source>
        <translation>La table n'a pas de colonne {} ; colonnes : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="208" />
        <source>Cannot find the code column of the table (IRIS, COM, CODGEO…); columns: {}. Give it in the parameters.</source>
        <translation>Colonne des codes introuvable dans la table (IRIS, COM, CODGEO…) ; colonnes : {}. Indiquez-la dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="228" />
        <source>Cannot find the code field of the polygons (CODE_IRIS, INSEE_COM, insee, codgeo…); fields: {}. Choose it in the parameters.</source>
        <translation>Champ des codes introuvable dans les polygones (CODE_IRIS, INSEE_COM, insee, codgeo…) ; champs : {}. Choisissez-le dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="238" />
        <source>The table is at commune level ({}) but the polygons are IRIS: join it onto commune polygons, or use an IRIS-level table (base-ic-…).</source>
        <translation>La table est au niveau communal ({}) mais les polygones sont des IRIS : joignez-la à des polygones de communes, ou utilisez une table à l'IRIS (base-ic-…).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="241" />
        <source>Joining table column {} ({} level) onto polygon field {} ({} level).</source>
        <translation>Jointure de la colonne {} de la table (niveau {}) au champ {} des polygones (niveau {}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="252" />
        <source>IRIS rows summed per commune.</source>
        <translation>Lignes IRIS sommées par commune.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="259" />
        <source>{} codes appear on several rows of the table: their rows were summed.</source>
        <translation>{} codes apparaissent sur plusieurs lignes de la table : leurs lignes ont été sommées.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="264" />
        <source>{} arrondissements municipaux summed into their commune.</source>
        <translation>{} arrondissements municipaux sommés dans leur commune.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="269" />
        <source>No code of the table matches a polygon: table codes look like {} (column {}), polygon codes like {} (field {}). Check that both cover the same area and the same level (IRIS or communes).</source>
        <translation>Aucun code de la table ne correspond à un polygone : les codes de la table ressemblent à {} (colonne {}), ceux des polygones à {} (champ {}). Vérifiez que les deux couvrent le même territoire et le même niveau (IRIS ou communes).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="357" />
        <source>no polygon with this code</source>
        <translation>aucun polygone n'a ce code</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="361" />
        <source>{} table codes match no polygon (see the unjoined codes output): {}…</source>
        <translation>{} codes de la table ne correspondent à aucun polygone (voir la sortie des codes non joints) : {}…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="364" />
        <source>{} table rows have an empty code and were not joined.</source>
        <translation>{} lignes de la table ont un code vide et n'ont pas été jointes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="366" />
        <source>{} polygons have no row in the table (NULL values).</source>
        <translation>{} polygones n'ont pas de ligne dans la table (valeurs NULL).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="378" />
        <source>{} polygons joined; indicators: {}.</source>
        <translation>{} polygones joints ; indicateurs : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="184" />
        <source>of zones</source>
        <translation>des zones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="223" />
        <source>Commune code field recognised by its values: {}.</source>
        <translation>Champ du code commune reconnu d'après ses valeurs : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_census.py" line="105" />
        <source>Joins an INSEE census table (RP: base-ic-activite-residents, base-ic-evol-struct-pop, base-ic-diplomes-formation… at IRIS or commune level; CSV separated by ; or , in UTF-8 or Latin-1, or XLSX read through GDAL, title rows above the header skipped) onto IRIS or commune polygons.

Column names lose their year prefix: P19_CHOM1564 becomes P_CHOM1564 (P17_, P21_, C19_… alike) and the year goes to census_year, so that the same map works on every vintage; columns of another year (evolution tables) keep their prefix.

Codes are normalised on both sides: 5-character commune codes (lost leading zeros restored, 2a → 2A, 1004.0 → 01004), 9-character IRIS codes. An IRIS table joined onto communes is summed per commune. Arrondissements municipaux (Paris 75101–75120, Lyon 69381–69389, Marseille 13201–13216) are summed into their commune (75056, 69123, 13055) when the polygons hold the whole city.

Derived indicators (%, NULL when the denominator is missing or zero): unemp_1564 = 100 × P_CHOM1564 / P_ACT1564; unemp_1524 = 100 × P_CHOM1524 / P_ACT1524; share_1524 = 100 × P_POP1524 / P_POP; share_1524_1564 = 100 × P_POP1524 / P_POP1564; share_nodipl = 100 × P_NSCOL15P_DIPLMIN / P_NSCOL15P (people out of school aged 15+ without diploma or with the brevet at most).

Table codes matching no polygon go to the unjoined codes output and are counted in the log; polygons without a table row keep NULL values (never 0).

Coverage: each polygon gets coverage = missing when the table has no row for it, partial when the census population of its rows (P_POP) is under 90 % of the polygon's legal population (POP_2020, P21_POP… — an IRIS table missing some IRIS of a commune), ok otherwise; the log and the layer's metadata name the polygons not fully covered.</source>
        <translation>Joint une table du recensement de l'Insee (RP : base-ic-activite-residents, base-ic-evol-struct-pop, base-ic-diplomes-formation… à l'IRIS ou à la commune ; CSV séparé par ; ou , en UTF-8 ou Latin-1, ou XLSX lu par GDAL, lignes de titre au-dessus de l'en-tête ignorées) aux polygones des IRIS ou des communes.

Les noms de colonnes perdent leur préfixe d'année : P19_CHOM1564 devient P_CHOM1564 (de même pour P17_, P21_, C19_…) et l'année va dans census_year, pour qu'une même carte serve à tous les millésimes ; les colonnes d'une autre année (tables d'évolution) gardent leur préfixe.

Les codes sont normalisés des deux côtés : codes communes à 5 caractères (zéros initiaux perdus rétablis, 2a → 2A, 1004.0 → 01004), codes IRIS à 9 caractères. Une table IRIS jointe aux communes est sommée par commune. Les arrondissements municipaux (Paris 75101–75120, Lyon 69381–69389, Marseille 13201–13216) sont sommés dans leur commune (75056, 69123, 13055) quand les polygones portent la ville entière.

Indicateurs dérivés (%, NULL quand le dénominateur manque ou vaut zéro) : unemp_1564 = 100 × P_CHOM1564 / P_ACT1564 ; unemp_1524 = 100 × P_CHOM1524 / P_ACT1524 ; share_1524 = 100 × P_POP1524 / P_POP ; share_1524_1564 = 100 × P_POP1524 / P_POP1564 ; share_nodipl = 100 × P_NSCOL15P_DIPLMIN / P_NSCOL15P (personnes non scolarisées de 15 ans ou plus sans diplôme ou avec au plus le brevet).

Les codes de la table sans polygone vont dans la sortie des codes non joints et sont comptés dans le journal ; les polygones sans ligne dans la table gardent des valeurs NULL (jamais 0).

Couverture : chaque polygone reçoit coverage = missing quand la table n'a pas de ligne pour lui, partial quand la population du recensement de ses lignes (P_POP) est inférieure à 90 % de la population légale du polygone (POP_2020, P21_POP… — une table IRIS à laquelle manquent des IRIS d'une commune), ok sinon ; le journal et les métadonnées de la couche nomment les polygones incomplètement couverts.</translation>
    </message>
</context>
<context>
    <name>LoadDecpAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="56" />
        <source>Load public contracts (DECP)</source>
        <translation>Charger les marchés publics (DECP)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="59" />
        <source>Which public buyers of the territory use social clauses, for which trades and amounts? Reads the « données essentielles de la commande publique »: the JSON files of the 2019 and 2022 formats and the consolidated tabular CSV of decp.info (streamed: a national file of a million rows is fine). Keeps the contracts of the territory by their place of execution (commune code, postal code — through the postcodes of the communes table —, département or region when asked) or by their buyer's commune, and reads their social considerations: « Clause sociale », « Critère social », « Marché réservé » and their combinations give social = yes; « Pas de considération sociale » (« Sans objet ») gives no; the 2019 format, which has no such field, and an absent field give unknown — never no.

Outputs: the contracts as points (at the place of execution or at the buyer: the buyer's coordinates of the tabular file, else the centroid of the commune of the place or of the buyer, with a flag location); the buyers (number and amount of contracts, share with a social consideration among the contracts that say, amount in the CPV families of SIAE trades); an optional table of the rejected records with their reason — missing buyer, amount that is not a number, unknown place type, or a contract that cannot be placed on the map (a département-wide place without a located buyer). Amounts above 10 billion € are test values of the DECP: kept as NULL and flagged.</source>
        <translation>Quels acheteurs publics du territoire utilisent des clauses sociales, pour quels métiers et quels montants ? Lit les « données essentielles de la commande publique » : les fichiers JSON des formats 2019 et 2022 et le CSV tabulaire consolidé de decp.info (lu en continu : un fichier national d'un million de lignes passe). Garde les marchés du territoire selon leur lieu d'exécution (code commune, code postal — grâce aux codes postaux de la table des communes —, département ou région si demandé) ou selon la commune de l'acheteur, et lit leurs considérations sociales : « Clause sociale », « Critère social », « Marché réservé » et leurs combinaisons donnent social = yes ; « Pas de considération sociale » (« Sans objet ») donne no ; le format 2019, qui n'a pas ce champ, et un champ absent donnent unknown — jamais no.

Sorties : les marchés en points (au lieu d'exécution ou à l'acheteur : coordonnées de l'acheteur du fichier tabulaire, sinon centre de la commune du lieu ou de l'acheteur, avec un indicateur location) ; les acheteurs (nombre et montant des marchés, part avec une considération sociale parmi les marchés qui le disent, montant dans les familles CPV des métiers des SIAE) ; une table facultative des enregistrements rejetés avec leur motif — acheteur manquant, montant qui n'est pas un nombre, type de lieu inconnu, ou marché impossible à placer sur la carte (lieu à l'échelle du département sans acheteur localisé). Les montants de plus de 10 milliards d'euros sont des valeurs de test des DECP : gardés à NULL et signalés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="78" />
        <source>DECP file (JSON or tabular CSV)</source>
        <translation>Fichier DECP (JSON ou CSV tabulaire)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="80" />
        <source>A DECP JSON file (2019 or 2022 format) or the consolidated tabular CSV of decp.info.</source>
        <translation>Un fichier JSON des DECP (format 2019 ou 2022) ou le CSV tabulaire consolidé de decp.info.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="82" />
        <source>Commune polygons with their INSEE code; the outputs are in their CRS.</source>
        <translation>Polygones des communes avec leur code Insee ; les sorties sont dans leur SCR.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="82" />
        <source>COG communes table (code, codes_postaux, siren, epci_code, departement, region, arrondissement) of @etalab/decoupage-administratif: places given as postal codes and buyers known by their SIREN. Without it postal codes cannot be placed.</source>
        <translation>Table des communes du COG (code, codes_postaux, siren, epci_code, departement, region, arrondissement) de @etalab/decoupage-administratif : lieux donnés en code postal et acheteurs connus par leur SIREN. Sans elle, les codes postaux ne peuvent pas être placés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="87" />
        <source>Contracts of the territory by</source>
        <translation>Marchés du territoire selon</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="87" />
        <source>Place of execution</source>
        <translation>Lieu d'exécution</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="87" />
        <source>Buyer's commune</source>
        <translation>Commune de l'acheteur</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="87" />
        <source>Either</source>
        <translation>L'un ou l'autre</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="90" />
        <source>Place of execution (lieuExecution), the buyer's commune, or either.</source>
        <translation>Lieu d'exécution (lieuExecution), commune de l'acheteur, ou l'un ou l'autre.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="92" />
        <source>Keep contracts executed département-wide</source>
        <translation>Garder les marchés exécutés à l'échelle du département</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="94" />
        <source>A place of execution given as the territory's département (or arrondissement).</source>
        <translation>Un lieu d'exécution donné comme le département (ou l'arrondissement) du territoire.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="96" />
        <source>Keep contracts executed region-wide</source>
        <translation>Garder les marchés exécutés à l'échelle de la région</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="98" />
        <source>A place of execution given as the territory's region (needs the communes table).</source>
        <translation>Un lieu d'exécution donné comme la région du territoire (demande la table des communes).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="100" />
        <source>Draw the contracts at</source>
        <translation>Dessiner les marchés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="100" />
        <source>The place of execution</source>
        <translation>Au lieu d'exécution</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="100" />
        <source>The buyer</source>
        <translation>À l'acheteur</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="103" />
        <source>Where each contract point goes; the other location is the fallback.</source>
        <translation>Où placer le point de chaque marché ; l'autre lieu sert de repli.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="105" />
        <source>Public contracts (DECP)</source>
        <translation>Marchés publics (DECP)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="107" />
        <source>Public buyers</source>
        <translation>Acheteurs publics</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="109" />
        <source>Rejected contracts</source>
        <translation>Marchés rejetés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="113" />
        <source>Contracts</source>
        <translation>Marchés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="114" />
        <source>Rejected records</source>
        <translation>Enregistrements rejetés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="119" />
        <source>The DECP file was not found: {}.</source>
        <translation>Le fichier DECP est introuvable : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="129" />
        <source>The communes table cannot be used (expected the COG columns code, codes_postaux…): {}</source>
        <translation>La table des communes n'est pas utilisable (colonnes du COG attendues : code, codes_postaux…) : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="135" />
        <source>No communes table: contracts whose place is a postal code cannot be placed in the territory.</source>
        <translation>Pas de table des communes : les marchés dont le lieu est un code postal ne peuvent pas être placés dans le territoire.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="149" />
        <source>The DECP file cannot be used: {}</source>
        <translation>Le fichier DECP n'est pas utilisable : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="151" />
        <source>Reading the DECP file failed: {}</source>
        <translation>La lecture du fichier DECP a échoué : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="161" />
        <source>Malformed records in the whole file: {}.</source>
        <translation>Enregistrements mal formés dans l'ensemble du fichier : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="204" />
        <source>no place of execution or buyer location in the territory to draw it at</source>
        <translation>aucun lieu d'exécution ni lieu de l'acheteur dans le territoire où le dessiner</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="231" />
        <source>{} buyers could not be located (no coordinates, commune or SIREN in the communes table): written without geometry.</source>
        <translation>{} acheteurs n'ont pas pu être localisés (pas de coordonnées, de commune ni de SIREN dans la table des communes) : écrits sans géométrie.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="244" />
        <source>{} contracts of the territory could not be drawn (département-wide place and no located buyer): counted with their buyer, listed in the rejected table.</source>
        <translation>{} marchés du territoire n'ont pas pu être dessinés (lieu à l'échelle du département et acheteur non localisé) : comptés avec leur acheteur, listés dans la table des rejets.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_decp.py" line="156" />
        <source>{} records read ({}) = {} contracts of the territory + {} rejected (rejected table) + {} concessions (not contracts) + {} not in the territory.</source>
        <translation>{} enregistrements lus ({}) = {} marchés du territoire + {} rejetés (table des rejets) + {} concessions (pas des marchés) + {} hors du territoire.</translation>
    </message>
</context>
<context>
    <name>LoadFilosofiAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="85" />
        <source>Load Filosofi grid (INSEE, any vintage)</source>
        <translation>Charger les données carroyées Filosofi (Insee, tout millésime)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="111" />
        <source>Filosofi file (GeoPackage, Shapefile or CSV)</source>
        <translation>Fichier Filosofi (GeoPackage, Shapefile ou CSV)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="111" />
        <source>Filosofi grid (*.gpkg *.shp *.csv *.txt *.geojson *.fgb);;All files (*.*)</source>
        <translation>Données carroyées Filosofi (*.gpkg *.shp *.csv *.txt *.geojson *.fgb);;Tous les fichiers (*.*)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="116" />
        <source>The INSEE file as downloaded (e.g. carreaux_200m_met.gpkg or Filosofi2017_carreaux_200m_csv). For a GeoPackage holding several layers, append |layername=&lt;name&gt;.</source>
        <translation>Le fichier de l'Insee tel que téléchargé (par ex. carreaux_200m_met.gpkg ou Filosofi2017_carreaux_200m_csv). Pour un GeoPackage de plusieurs couches, ajouter |layername=&lt;nom&gt;.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="161" />
        <source>Vintage</source>
        <translation>Millésime</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="121" />
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="125" />
        <source>Detect reads a vintage column, the year in the file name or the field names.</source>
        <translation>« Détecter » lit une colonne de millésime, l'année dans le nom du fichier ou les noms des champs.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="127" />
        <source>Clip to territory (cells whose centre is inside)</source>
        <translation>Découper selon le territoire (carreaux dont le centre est à l'intérieur)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="131" />
        <source>Polygons of the study territory (e.g. the TERRITORY output of coodiag:territory). Leave empty to keep every cell.</source>
        <translation>Polygones du territoire d'étude (par ex. la sortie TERRITORY de coodiag:territory). Laisser vide pour garder tous les carreaux.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="152" />
        <source>Filosofi cells</source>
        <translation>Carreaux Filosofi</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="154" />
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="158" />
        <source>Rows that could not become a cell, with the reason.</source>
        <translation>Lignes qui n'ont pas pu devenir un carreau, avec la raison.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="160" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="162" />
        <source>Number of cells</source>
        <translation>Nombre de carreaux</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="163" />
        <source>Number of imputed cells</source>
        <translation>Nombre de carreaux imputés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="164" />
        <source>Persons (sum of ind)</source>
        <translation>Individus (somme de ind)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="165" />
        <source>Households (sum of men)</source>
        <translation>Ménages (somme de men)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="166" />
        <source>Number of rejected rows</source>
        <translation>Nombre de lignes rejetées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="173" />
        <source>Cannot read {}: {}</source>
        <translation>Impossible de lire {} : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="179" />
        <source>Cannot read {} as a CSV table: {}</source>
        <translation>Impossible de lire {} comme table CSV : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="185" />
        <source>territory</source>
        <translation>territoire</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="189" />
        <source>The territory layer has no polygon: nothing to clip with.</source>
        <translation>La couche du territoire n'a aucun polygone : rien pour découper.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="200" />
        <source>Cannot open {} as a vector layer or table: check the path (and |layername=… for a GeoPackage with several layers).</source>
        <translation>Impossible d'ouvrir {} comme couche vecteur ou table : vérifiez le chemin (et |layername=… pour un GeoPackage de plusieurs couches).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="219" />
        <source>No spatial pre-filter ({}); reading the whole file.</source>
        <translation>Pas de pré-filtre spatial ({}) ; lecture du fichier entier.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="240" />
        <source>This file is not a Filosofi grid: it lacks {}. Fields found: {}. Expected an INSEE « données carroyées » file (idcar_200m, ind, men…).</source>
        <translation>Ce fichier n'est pas un fichier de données carroyées Filosofi : il lui manque {}. Champs trouvés : {}. Attendu : un fichier Insee de « données carroyées » (idcar_200m, ind, men…).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="251" />
        <source>The Filosofi file {} does not exist.</source>
        <translation>Le fichier Filosofi {} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="256" />
        <source>Reading {}…</source>
        <translation>Lecture de {}…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="280" />
        <source>The Filosofi file {} has no row.</source>
        <translation>Le fichier Filosofi {} n'a aucune ligne.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="281" />
        <source>{} rows read; cell id field: {}.</source>
        <translation>{} lignes lues ; champ d'identifiant des carreaux : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="284" />
        <source>Fields absent from this file (left NULL): {}.</source>
        <translation>Champs absents de ce fichier (laissés NULL) : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="286" />
        <source>No imputed-cell flag (i_est_200, I_est_cr…) in this file: i_est_200 is NULL, cells under 11 households cannot be told apart.</source>
        <translation>Pas d'indicateur de carreau imputé (i_est_200, I_est_cr…) dans ce fichier : i_est_200 est NULL, les carreaux de moins de 11 ménages ne peuvent pas être distingués.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="300" />
        <source>Mixed vintages: you chose {} but the file points to {} ({}).</source>
        <translation>Millésimes mélangés : vous avez choisi {} mais le fichier indique {} ({}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="305" />
        <source>Mixed vintages: {}. Check the file, or set the vintage.</source>
        <translation>Millésimes mélangés : {}. Vérifiez le fichier ou précisez le millésime.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="307" />
        <source>The vintage could not be detected (no vintage column, no year in the file name): set the Vintage parameter; the vintage field is left NULL.</source>
        <translation>Le millésime n'a pas pu être détecté (pas de colonne de millésime, pas d'année dans le nom du fichier) : renseignez le paramètre Millésime ; le champ vintage reste NULL.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="311" />
        <source>Vintage: {}.</source>
        <translation>Millésime : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="324" />
        <source>duplicate cell id (first row kept)</source>
        <translation>identifiant de carreau en double (première ligne gardée)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="340" />
        <source>the cell id is not an INSPIRE id (CRS3035RES200mN…E…) and the row has no usable geometry</source>
        <translation>l'identifiant du carreau n'est pas un identifiant INSPIRE (CRS3035RES200mN…E…) et la ligne n'a pas de géométrie utilisable</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="343" />
        <source>{} rows have no INSPIRE id: their geometry from the file is used.</source>
        <translation>{} lignes n'ont pas d'identifiant INSPIRE : leur géométrie du fichier est utilisée.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="361" />
        <source>unknown CRS code in the cell id</source>
        <translation>code de SCR inconnu dans l'identifiant du carreau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="379" />
        <source>{} cells whose centre lies outside the territory were left out.</source>
        <translation>{} carreaux dont le centre est hors du territoire ont été écartés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="489" />
        <source>{} rows rejected (see the rejected rows output).</source>
        <translation>{} lignes rejetées (voir la sortie des lignes rejetées).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="514" />
        <source>{} cells written ({} imputed), {:.1f} persons, {:.1f} households.</source>
        <translation>{} carreaux écrits ({} imputés), {:.1f} individus, {:.1f} ménages.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="88" />
        <source>Reads the INSEE Filosofi gridded data (« données carroyées », 200 m or 1 km squares) from a GeoPackage, a Shapefile or the CSV-only form, and writes it with one documented schema whatever the vintage (2015, 2017, 2019, 2021): the 2019 lower-case names idcar, idcar_200m, idcar_1km, i_est_200, ind, men, men_pauv, men_1ind, men_5ind, men_prop, men_fmp, ind_snv, men_surf, men_coll, men_mais, log_av45, log_45_70, log_70_90, log_ap90, log_inc, log_soc, ind_0_3 … ind_80p, ind_inc, plus vintage and cell_size (metres). Field case does not matter (Ind, Men_pauv in 2017; Idcar_200m, I_est_cr in 2015); fields a vintage lacks are NULL.

Each square is rebuilt from its INSPIRE cell id CRS3035RES200mN{Y}E{X} (south-west corner, EPSG:3035; RES1000m for 1 km cells; overseas grids name their own CRS: CRS5490… in Martinique, CRS2975… in La Réunion), so the CSV form needs no geometry; the file's own geometry is used only for rows whose id is not an INSPIRE id. Ids are written back exactly as read.

i_est_200 = 1 marks cells of fewer than 11 households whose values INSEE imputed (statistical secrecy): do not read them one by one.

Clip: when a territory is given, a cell is kept when its CENTRE lies inside the territory; cells are never cut, so counts and sums stay those of whole cells.

The vintage is read from a vintage column, else from a year in the file name, else from the field names; contradicting signals raise a mixed-vintage warning. Rows that cannot be used (no valid id, duplicate cell) go to the rejected rows output. The source line (e.g. « Insee, Filosofi 2019 ») is returned and written into the layer metadata.</source>
        <translation>Lit les données carroyées Filosofi de l'Insee (carreaux de 200 m ou de 1 km) depuis un GeoPackage, un Shapefile ou la version CSV seule, et les écrit avec un schéma unique et documenté quel que soit le millésime (2015, 2017, 2019, 2021) : les noms en minuscules de 2019 idcar, idcar_200m, idcar_1km, i_est_200, ind, men, men_pauv, men_1ind, men_5ind, men_prop, men_fmp, ind_snv, men_surf, men_coll, men_mais, log_av45, log_45_70, log_70_90, log_ap90, log_inc, log_soc, ind_0_3 … ind_80p, ind_inc, plus vintage (millésime) et cell_size (côté en mètres). La casse des champs est indifférente (Ind, Men_pauv en 2017 ; Idcar_200m, I_est_cr en 2015) ; les champs absents d'un millésime sont NULL.

Chaque carreau est reconstruit à partir de son identifiant INSPIRE CRS3035RES200mN{Y}E{X} (coin sud-ouest, EPSG:3035 ; RES1000m pour les carreaux de 1 km ; les grilles d'outre-mer nomment leur propre SCR : CRS5490… en Martinique, CRS2975… à La Réunion) : la version CSV n'a donc pas besoin de géométrie ; la géométrie du fichier ne sert qu'aux lignes dont l'identifiant n'est pas un identifiant INSPIRE. Les identifiants sont réécrits tels qu'ils ont été lus.

i_est_200 = 1 signale les carreaux de moins de 11 ménages dont l'Insee a imputé les valeurs (secret statistique) : ne pas les lire un par un.

Découpage : si un territoire est donné, un carreau est gardé quand son CENTRE est dans le territoire ; les carreaux ne sont jamais coupés, les effectifs et les sommes restent ceux de carreaux entiers.

Le millésime est lu dans une colonne de millésime, sinon dans l'année du nom du fichier, sinon d'après les noms des champs ; des indices contradictoires déclenchent un avertissement de millésimes mélangés. Les lignes inutilisables (identifiant invalide, carreau en double) vont dans la sortie des lignes rejetées. La ligne de source (par ex. « Insee, Filosofi 2019 ») est renvoyée et écrite dans les métadonnées de la couche.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="146" />
        <source>Output CRS (empty: automatic)</source>
        <translation>SCR de sortie (vide : automatique)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="148" />
        <source>CRS of the output squares; empty = the territory layer's CRS when it is projected, else the legal projection of the grid's territory (Lambert-93 for the metropolitan grid, EPSG:5490 for Martinique, EPSG:2975 for La Réunion).</source>
        <translation>SCR des carreaux en sortie ; vide = le SCR de la couche du territoire s'il est projeté, sinon la projection légale du territoire de la grille (Lambert-93 pour la grille de métropole, EPSG:5490 pour la Martinique, EPSG:2975 pour La Réunion).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="275" />
        <source>The Filosofi file {} has {} rows, but none in the territory's extent: the file covers another territory (grid CRS {}, territory in {}). Take the file of the territory's region (the metropolitan, Martinique or La Réunion grid).</source>
        <translation>Le fichier Filosofi {} a {} lignes, mais aucune dans l'emprise du territoire : le fichier couvre un autre territoire (grille en {}, territoire en {}). Prenez le fichier de la région du territoire (grille de métropole, de la Martinique ou de La Réunion).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="383" />
        <source>No cell of the Filosofi file {} ({} rows) has its centre inside the territory: the grid (cells in {}) and the territory (in {}) do not overlap. Check that the Filosofi file covers the territory (the metropolitan file for a mainland territory, the Martinique or La Réunion grid overseas; INSEE publishes none for Guadeloupe, Guyane and Mayotte) and that the territory layer's CRS is correct.</source>
        <translation>Aucun carreau du fichier Filosofi {} ({} lignes) n'a son centre dans le territoire : la grille (carreaux en {}) et le territoire (en {}) ne se recouvrent pas. Vérifiez que le fichier Filosofi couvre le territoire (le fichier de métropole pour un territoire métropolitain, la grille de la Martinique ou de La Réunion outre-mer ; l'Insee n'en publie pas pour la Guadeloupe, la Guyane et Mayotte) et que le SCR de la couche du territoire est juste.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="552" />
        <source>Output CRS: {}, the territory layer's.</source>
        <translation>SCR de sortie : {}, celui de la couche du territoire.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="559" />
        <source>Output CRS: {}, the legal projection of the grid's territory (cells in EPSG:{}).</source>
        <translation>SCR de sortie : {}, la projection légale du territoire de la grille (carreaux en EPSG:{}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="136" />
        <source>Communes for the coverage report (optional)</source>
        <translation>Communes pour le bilan de couverture (facultatif)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="140" />
        <source>Communes (with their legal population, e.g. POP_2020): the log and the layer's metadata name the communes the file covers only in part or not at all (persons of the grid against the legal population), which every map of the population then reports.</source>
        <translation>Communes (avec leur population légale, par exemple POP_2020) : le journal et les métadonnées de la couche nomment les communes que le fichier ne couvre qu'en partie ou pas du tout (personnes des carreaux rapportées à la population légale), ce que reprend ensuite toute carte de la population.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_filosofi.py" line="535" />
        <source>communes</source>
        <translation>communes</translation>
    </message>
</context>
<context>
    <name>LoadGtfsAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/load_gtfs.py" line="49" />
        <source>Load a GTFS timetable</source>
        <translation>Charger des horaires GTFS</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_gtfs.py" line="52" />
        <source>Reads one or several GTFS feeds (zip files from transport.data.gouv.fr: urban network, regional coaches, TER…), checks them and writes what the transit algorithms need.

Checks: missing files or columns, stop times that are not times (25:61:00), unknown stops or trips, trips without service day, times going backwards, stops without coordinates… Each problem is reported with its count and a few examples; rows or trips that cannot be used are left out; a feed that cannot be used at all stops the run with the reason. Times after 24:00:00 (trips past midnight) are normal and kept.

Date: the day whose departures are counted (YYYY-MM-DD). Empty: the next Tuesday covered by the feeds, or the first Tuesday (the first date) of their period; the log says which. The transit algorithms can study another day of the same timetable.

Outputs: the stops (points, with their departures per hour on that day and the number of lines), the lines (one per line and direction, drawn from shapes.txt or from the stops, with their frequency at the busiest hour), and the compact timetable: the table of stop times and, next to it in the same GeoPackage, the tables of stops, trips, routes, services and their dates, and transfers, read by “Transit isochrones”, “Transit travel times” and “Car versus transit gap” without the zip files. Save the timetable in the diagnostic GeoPackage.

Several feeds are combined: their ids are prefixed with the file name; walking transfers between them are computed at search time.</source>
        <translation>Lit un ou plusieurs flux GTFS (fichiers zip de transport.data.gouv.fr : réseau urbain, cars régionaux, TER…), les contrôle et écrit ce dont les algorithmes de transport ont besoin.

Contrôles : fichiers ou colonnes manquants, heures de passage qui ne sont pas des heures (25:61:00), arrêts ou courses inconnus, courses sans jour de service, heures qui reculent, arrêts sans coordonnées… Chaque problème est signalé avec son nombre et quelques exemples ; les lignes ou courses inutilisables sont écartées ; un flux entièrement inutilisable arrête le traitement avec la raison. Les heures après 24:00:00 (courses passant minuit) sont normales et gardées.

Date : le jour dont les départs sont comptés (AAAA-MM-JJ). Vide : le prochain mardi couvert par les flux, ou le premier mardi (la première date) de leur période ; le journal dit lequel. Les algorithmes de transport peuvent étudier un autre jour des mêmes horaires.

Sorties : les arrêts (points, avec leurs départs par heure ce jour-là et le nombre de lignes), les lignes (une par ligne et sens, tracée d'après shapes.txt ou les arrêts, avec sa fréquence à l'heure la plus chargée) et les horaires compacts : la table des horaires de passage et, à côté dans le même GeoPackage, les tables des arrêts, courses, lignes, services et leurs dates, et correspondances, lues par « Isochrones en transports en commun », « Temps de trajet en transports en commun » et « Écart voiture / transports en commun » sans les fichiers zip. Enregistrez les horaires dans le GeoPackage du diagnostic.

Plusieurs flux se combinent : leurs identifiants sont préfixés par le nom du fichier ; les correspondances à pied entre eux sont calculées lors de la recherche.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_gtfs.py" line="73" />
        <source>GTFS feeds (zip)</source>
        <translation>Flux GTFS (zip)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_gtfs.py" line="75" />
        <source>One or several GTFS zip files (or folders of .txt files).</source>
        <translation>Un ou plusieurs fichiers zip GTFS (ou dossiers de fichiers .txt).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_gtfs.py" line="77" />
        <source>Date studied (YYYY-MM-DD)</source>
        <translation>Date étudiée (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_gtfs.py" line="78" />
        <source>Empty: the next Tuesday covered by the feeds (or the first covered date).</source>
        <translation>Vide : le prochain mardi couvert par les flux (ou la première date couverte).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_gtfs.py" line="80" />
        <source>Territory (keep the stops nearby)</source>
        <translation>Territoire (garder les arrêts proches)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_gtfs.py" line="82" />
        <source>Communes or territory polygons: only the stops within the buffer distance are kept (useful for regional feeds). Empty: every stop.</source>
        <translation>Communes ou polygones du territoire : seuls les arrêts à moins de la marge sont gardés (utile pour les flux régionaux). Vide : tous les arrêts.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_gtfs.py" line="85" />
        <source>Buffer around the territory</source>
        <translation>Marge autour du territoire</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_gtfs.py" line="87" />
        <source>Stops up to this distance outside the territory are kept (people cross borders).</source>
        <translation>Les arrêts jusqu'à cette distance hors du territoire sont gardés (les trajets franchissent les limites).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_gtfs.py" line="89" />
        <source>Working CRS of the outputs</source>
        <translation>SCR de travail des sorties</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_gtfs.py" line="90" />
        <source>Empty: the CRS of the territory layer, else the legal CRS of the region of the stops (Lambert-93 in mainland France and Corsica).</source>
        <translation>Vide : le SCR de la couche du territoire, sinon le SCR légal de la région des arrêts (Lambert-93 en métropole et en Corse).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_gtfs.py" line="93" />
        <source>Transit stops</source>
        <translation>Arrêts de transport en commun</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_gtfs.py" line="95" />
        <source>Transit lines</source>
        <translation>Lignes de transport en commun</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_gtfs.py" line="97" />
        <source>Compact timetable</source>
        <translation>Horaires compacts</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_gtfs.py" line="99" />
        <source>Date studied</source>
        <translation>Date étudiée</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_gtfs.py" line="100" />
        <source>Trips running that day</source>
        <translation>Courses circulant ce jour-là</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_gtfs.py" line="101" />
        <source>Stops written</source>
        <translation>Arrêts écrits</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_gtfs.py" line="105" />
        <source>Reading and checking the feeds…</source>
        <translation>Lecture et contrôle des flux…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_gtfs.py" line="119" />
        <source>Working CRS: {} (region of the stops).</source>
        <translation>SCR de travail : {} (région des arrêts).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_gtfs.py" line="120" />
        <source>the outputs</source>
        <translation>les sorties</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_gtfs.py" line="126" />
        <source>No stop of the feeds lies within {:g} m of the territory: check that the feeds serve this territory, or raise the buffer.</source>
        <translation>Aucun arrêt des flux n'est à moins de {:g} m du territoire : vérifiez que les flux desservent ce territoire, ou augmentez la marge.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_gtfs.py" line="133" />
        <source>{} stop(s) far from the territory left out; {} kept.</source>
        <translation>{} arrêt(s) loin du territoire écarté(s) ; {} gardé(s).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_gtfs.py" line="137" />
        <source>No trip serving the territory runs on {}: choose another date.</source>
        <translation>Aucune course desservant le territoire ne circule le {} : choisissez une autre date.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_gtfs.py" line="140" />
        <source>{}: {} trip(s) of the day (+ {} of the day before still running after midnight), {} stop(s) served.</source>
        <translation>{} : {} course(s) du jour (+ {} de la veille circulant encore après minuit), {} arrêt(s) desservi(s).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_gtfs.py" line="173" />
        <source>The territory layer has no polygon.</source>
        <translation>La couche du territoire n'a aucun polygone.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_gtfs.py" line="261" />
        <source>Writing the compact timetable ({} stop times)…</source>
        <translation>Écriture des horaires compacts ({} horaires de passage)…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_gtfs.py" line="278" />
        <source>The compact timetable is complete only in a GeoPackage (its other tables are written next to the stop times): save this output in the diagnostic GeoPackage, or give the GTFS files to the transit algorithms.</source>
        <translation>Les horaires compacts ne sont complets que dans un GeoPackage (leurs autres tables sont écrites à côté des horaires de passage) : enregistrez cette sortie dans le GeoPackage du diagnostic, ou donnez les fichiers GTFS aux algorithmes de transport.</translation>
    </message>
</context>
<context>
    <name>LoadSiaeListAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/load_siae_list.py" line="59" />
        <source>Load the inclusion actors (SIAE register)</source>
        <translation>Charger les acteurs de l'inclusion (liste des SIAE)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_siae_list.py" line="62" />
        <source>Who else works here? Reads the register of SIAE and inclusive employers — the Plateforme de l'inclusion export (GeoJSON or CSV), the ASP list, or data·inclusion structures (JSON, with reseaux_porteurs) — and keeps those of the territory's communes (code given, or postal code + commune name resolved with the communes table, or their position) and, with the antennas and a prepared road network, those within the maximum car time of an antenna. Each gets its kind (AI, ACI, EI, ETTI, EITI, GEIQ, EA, EATT), activity (NAF), the car time from each of the SIAE's antennas (min_&lt;antenna&gt;) and from the nearest, and — with the public contracts layer of “Load public contracts (DECP)” — the contracts it holds (SIRET match with the holders) and whether some carry a social consideration.

Catchment overlap: the places within the maximum time of the SIAE's antennas, split by the number of other structures of the same kind that reach them within the same time (0 = served by the SIAE alone). Same raster construction as the isochrones (50 m cells, 200 m walked off the network).</source>
        <translation>Qui d'autre travaille ici ? Lit la liste des SIAE et des employeurs inclusifs — l'export de la Plateforme de l'inclusion (GeoJSON ou CSV), la liste de l'ASP, ou les structures de data·inclusion (JSON, avec reseaux_porteurs) — et garde celles des communes du territoire (code donné, ou code postal + nom de commune résolus avec la table des communes, ou leur position) et, avec les antennes et un réseau routier préparé, celles à moins du temps maximal en voiture d'une antenne. Chacune reçoit son type (AI, ACI, EI, ETTI, EITI, GEIQ, EA, EATT), son activité (NAF), le temps en voiture depuis chacune des antennes de la SIAE (min_&lt;antenne&gt;) et depuis la plus proche, et — avec la couche des marchés publics de « Charger les marchés publics (DECP) » — les marchés dont elle est titulaire (SIRET des titulaires) et si certains portent une considération sociale.

Recouvrement des aires : les lieux à moins du temps maximal des antennes de la SIAE, découpés selon le nombre d'autres structures du même type qui les atteignent dans le même temps (0 = desservis par la SIAE seule). Même construction par grille que les isochrones (cellules de 50 m, 200 m à pied hors réseau).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_siae_list.py" line="77" />
        <source>SIAE register (GeoJSON, JSON, CSV or spreadsheet)</source>
        <translation>Liste des SIAE (GeoJSON, JSON, CSV ou tableur)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_siae_list.py" line="79" />
        <source>Plateforme de l'inclusion export, ASP list or data·inclusion structures.</source>
        <translation>Export de la Plateforme de l'inclusion, liste de l'ASP ou structures de data·inclusion.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_siae_list.py" line="81" />
        <source>Commune polygons with their INSEE code; the outputs are in their CRS.</source>
        <translation>Polygones des communes avec leur code Insee ; les sorties sont dans leur SCR.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_siae_list.py" line="81" />
        <source>COG communes table (code, nom, codes_postaux): gives a commune code to structures known by postal code and city only.</source>
        <translation>Table des communes du COG (code, nom, codes_postaux) : donne un code commune aux structures connues seulement par leur code postal et leur ville.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_siae_list.py" line="85" />
        <source>Kinds of structures</source>
        <translation>Types de structures</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_siae_list.py" line="87" />
        <source>Empty: every kind.</source>
        <translation>Vide : tous les types.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_siae_list.py" line="89" />
        <source>The SIAE's antennas (optional)</source>
        <translation>Antennes de la SIAE (facultatif)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_siae_list.py" line="89" />
        <source>For the travel times and the catchment overlap.</source>
        <translation>Pour les temps de trajet et le recouvrement des aires.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_siae_list.py" line="89" />
        <source>Maximum car time (minutes, 0 = territory only)</source>
        <translation>Temps maximal en voiture (minutes, 0 = territoire seul)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_siae_list.py" line="89" />
        <source>Structures outside the territory but within this time of an antenna are kept; the catchments of the overlap use the same time.</source>
        <translation>Les structures hors du territoire mais à moins de ce temps d'une antenne sont gardées ; les aires du recouvrement utilisent le même temps.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_siae_list.py" line="96" />
        <source>Kind of the SIAE (for the overlap)</source>
        <translation>Type de la SIAE (pour le recouvrement)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_siae_list.py" line="98" />
        <source>The overlap counts the other structures of this kind.</source>
        <translation>Le recouvrement compte les autres structures de ce type.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_siae_list.py" line="100" />
        <source>SIRET of the SIAE (optional)</source>
        <translation>SIRET de la SIAE (facultatif)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_siae_list.py" line="101" />
        <source>The SIAE itself is left out of the other structures of the overlap.</source>
        <translation>La SIAE elle-même est exclue des autres structures du recouvrement.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_siae_list.py" line="103" />
        <source>Public contracts (optional)</source>
        <translation>Marchés publics (facultatif)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_siae_list.py" line="105" />
        <source>Output of “Load public contracts (DECP)”: holders matched on SIRET.</source>
        <translation>Sortie de « Charger les marchés publics (DECP) » : titulaires reconnus par leur SIRET.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_siae_list.py" line="107" />
        <source>Inclusion actors</source>
        <translation>Acteurs de l'inclusion</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_siae_list.py" line="109" />
        <source>Catchment overlap with other SIAE</source>
        <translation>Recouvrement des aires avec les autres SIAE</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_siae_list.py" line="112" />
        <source>Structures</source>
        <translation>Structures</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_siae_list.py" line="121" />
        <source>The contracts layer lacks holder_ids and social: give the output of “Load public contracts (DECP)”.</source>
        <translation>Il manque holder_ids et social à la couche des marchés : donnez la sortie de « Charger les marchés publics (DECP) ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_siae_list.py" line="135" />
        <source>The register file was not found: {}.</source>
        <translation>Le fichier de la liste est introuvable : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_siae_list.py" line="141" />
        <source>The register cannot be read: {}</source>
        <translation>La liste ne peut pas être lue : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_siae_list.py" line="148" />
        <source>The communes table cannot be used: {}</source>
        <translation>La table des communes n'est pas utilisable : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_siae_list.py" line="153" />
        <source>{} structures read ({}).</source>
        <translation>{} structures lues ({}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_siae_list.py" line="190" />
        <source>Travel times and the overlap need both the antennas and the prepared network: not computed.</source>
        <translation>Les temps de trajet et le recouvrement demandent les antennes et le réseau préparé : non calculés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_siae_list.py" line="208" />
        <source>{} structures in the territory or within reach.</source>
        <translation>{} structures dans le territoire ou à portée.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_siae_list.py" line="255" />
        <source>No catchment overlap: it needs the antennas, the network and a maximum time.</source>
        <translation>Pas de recouvrement des aires : il demande les antennes, le réseau et un temps maximal.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_siae_list.py" line="269" />
        <source>No antenna lies within 500 m of the network: no catchment overlap.</source>
        <translation>Aucune antenne n'est à moins de 500 m du réseau : pas de recouvrement des aires.</translation>
    </message>
</context>
<context>
    <name>LoadSireneAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/load_sirene.py" line="49" />
        <source>Load SIRENE establishments</source>
        <translation>Charger les établissements SIRENE</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_sirene.py" line="52" />
        <source>The establishments of the territory's communes from INSEE's SIRENE register: the per-département geocoded file of Etalab (geo_siret_&lt;dep&gt;.csv.gz) or the national StockEtablissement (csv or the zip holding it) with, optionally, its geolocation file (GeolocalisationEtablissement_Sirene_pour_etudes_statistiques, joined on siret) and the legal-units file StockUniteLegale (company names, legal category). The files are streamed, never loaded whole: a national stock of tens of millions of rows is read in chunks with a byte pre-filter on the commune codes.

Only active establishments are kept; optional filters on activities (the NAF codes served by chosen SIAE trades, or NAF codes typed in) and on the salaried-staff size band. Positions: the file's coordinates (WGS 84, or x/y in the row's EPSG), reprojected to the communes' CRS. Establishments whose diffusion status is partial (P) have no address and no name and are placed at their commune (location = commune), like those without coordinates and INSEE points drawn at random in the commune (quality 33).

Individual entrepreneurs are persons: their names are NOT written unless you tick the option. They are told apart by the legal category of StockUniteLegale (1000); without that file, a head office without employees is presumed a person (person_source = presumed).</source>
        <translation>Les établissements des communes du territoire, tirés du répertoire SIRENE de l'Insee : le fichier géocodé par département d'Etalab (geo_siret_&lt;dep&gt;.csv.gz) ou le StockEtablissement national (csv ou le zip qui le contient) avec, au choix, son fichier de géolocalisation (GeolocalisationEtablissement_Sirene_pour_etudes_statistiques, joint sur le siret) et le fichier des unités légales StockUniteLegale (raisons sociales, catégorie juridique). Les fichiers sont lus en continu, jamais chargés en entier : un stock national de dizaines de millions de lignes est lu par blocs avec un préfiltre sur les octets des codes communes.

Seuls les établissements actifs sont gardés ; filtres facultatifs sur les activités (codes NAF servis par des métiers des SIAE choisis, ou codes NAF saisis) et sur la tranche d'effectifs salariés. Positions : les coordonnées du fichier (WGS 84, ou x/y dans l'EPSG de la ligne), reprojetées dans le SCR des communes. Les établissements en diffusion partielle (P) n'ont ni adresse ni nom et sont placés à leur commune (location = commune), comme ceux sans coordonnées et les points de l'Insee tirés au hasard dans la commune (qualité 33).

Les entrepreneurs individuels sont des personnes : leurs noms ne sont PAS écrits sauf si vous cochez l'option. Ils sont reconnus par la catégorie juridique du StockUniteLegale (1000) ; sans ce fichier, un siège sans salarié est présumé être une personne (person_source = presumed).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_sirene.py" line="70" />
        <source>SIRENE establishments file</source>
        <translation>Fichier des établissements SIRENE</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_sirene.py" line="72" />
        <source>geo_siret_&lt;dep&gt;.csv.gz (Etalab) or StockEtablissement (INSEE, csv or zip).</source>
        <translation>geo_siret_&lt;dep&gt;.csv.gz (Etalab) ou StockEtablissement (Insee, csv ou zip).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_sirene.py" line="74" />
        <source>Geolocation file (optional, with the stock)</source>
        <translation>Fichier de géolocalisation (facultatif, avec le stock)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_sirene.py" line="76" />
        <source>GeolocalisationEtablissement_Sirene_pour_etudes_statistiques (INSEE), joined on siret. Without it the stock's Lambert coordinates are used.</source>
        <translation>GeolocalisationEtablissement_Sirene_pour_etudes_statistiques (Insee), joint sur le siret. Sans lui, les coordonnées Lambert du stock sont utilisées.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_sirene.py" line="79" />
        <source>Legal units file (optional)</source>
        <translation>Fichier des unités légales (facultatif)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_sirene.py" line="81" />
        <source>StockUniteLegale (INSEE): company names and legal categories (individual entrepreneurs).</source>
        <translation>StockUniteLegale (Insee) : raisons sociales et catégories juridiques (entrepreneurs individuels).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_sirene.py" line="84" />
        <source>Commune polygons with their INSEE code; the output is in their CRS.</source>
        <translation>Polygones des communes avec leur code Insee ; la sortie est dans leur SCR.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_sirene.py" line="85" />
        <source>Keep the activities served by these SIAE trades</source>
        <translation>Garder les activités servies par ces métiers des SIAE</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_sirene.py" line="87" />
        <source>Empty: every activity. The NAF codes of each trade are in resources/catalogues/siae_trades.json.</source>
        <translation>Vide : toutes les activités. Les codes NAF de chaque métier sont dans resources/catalogues/siae_trades.json.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_sirene.py" line="90" />
        <source>Other NAF codes to keep (optional)</source>
        <translation>Autres codes NAF à garder (facultatif)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_sirene.py" line="91" />
        <source>Codes or prefixes separated by commas: 81.21Z, 56.10, 43.</source>
        <translation>Codes ou préfixes séparés par des virgules : 81.21Z, 56.10, 43.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_sirene.py" line="93" />
        <source>Minimum salaried staff</source>
        <translation>Effectif salarié minimal</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_sirene.py" line="93" />
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_sirene.py" line="93" />
        <source>{} or more</source>
        <translation>{} ou plus</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_sirene.py" line="96" />
        <source>Lower bound of the INSEE size band (trancheEffectifsEtablissement).</source>
        <translation>Borne basse de la tranche d'effectifs Insee (trancheEffectifsEtablissement).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_sirene.py" line="98" />
        <source>Write the names of individual entrepreneurs</source>
        <translation>Écrire les noms des entrepreneurs individuels</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_sirene.py" line="100" />
        <source>Off by default: individual entrepreneurs are persons.</source>
        <translation>Désactivé par défaut : les entrepreneurs individuels sont des personnes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_sirene.py" line="102" />
        <source>SIRENE establishments</source>
        <translation>Établissements SIRENE</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_sirene.py" line="104" />
        <source>Establishments</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_sirene.py" line="105" />
        <source>Partial diffusion (at the commune)</source>
        <translation>Diffusion partielle (à la commune)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_sirene.py" line="118" />
        <source>The SIRENE file was not found: {}.</source>
        <translation>Le fichier SIRENE est introuvable : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_sirene.py" line="123" />
        <source>File not found: {}.</source>
        <translation>Fichier introuvable : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_sirene.py" line="145" />
        <source>The SIRENE file cannot be used: {}</source>
        <translation>Le fichier SIRENE n'est pas utilisable : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_sirene.py" line="147" />
        <source>Reading the SIRENE file failed: {}</source>
        <translation>La lecture du fichier SIRENE a échoué : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_sirene.py" line="151" />
        <source>{} lines read, {} establishments in the communes ({} closed left out), {} kept after the filters.</source>
        <translation>{} lignes lues, {} établissements dans les communes ({} fermés écartés), {} gardés après les filtres.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_sirene.py" line="204" />
        <source>{} establishments placed at their commune (partial diffusion or no position).</source>
        <translation>{} établissements placés à leur commune (diffusion partielle ou sans position).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/load_sirene.py" line="207" />
        <source>{} establishments without any position.</source>
        <translation>{} établissements sans aucune position.</translation>
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
        <location filename="../../processing_algorithms/market_penetration.py" line="91" />
        <source>Zones (communes, IRIS, QPV…)</source>
        <translation>Zones (communes, IRIS, QPV…)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="93" />
        <source>Polygons in which clients and target population are counted.</source>
        <translation>Polygones dans lesquels les clients et la population cible sont comptés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="96" />
        <source>Antennas (points)</source>
        <translation>Antennes (points)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="98" />
        <source>The SIAE's antennas or offices; each client goes to the nearest one unless a client field says which antenna serves it.</source>
        <translation>Les antennes ou bureaux de la SIAE ; chaque client va à la plus proche, sauf si un champ des clients indique l'antenne qui le sert.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="101" />
        <source>Antenna name field</source>
        <translation>Champ du nom de l'antenne</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="103" />
        <source>Field naming each antenna (default: its feature id).</source>
        <translation>Champ donnant le nom de chaque antenne (par défaut : son identifiant d'entité).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="105" />
        <source>Client field giving the antenna</source>
        <translation>Champ des clients indiquant l'antenne</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="107" />
        <source>Optional: field of the clients holding the antenna that serves them (same values as the antenna name field). Empty values go to the nearest antenna.</source>
        <translation>Facultatif : champ des clients contenant l'antenne qui les sert (mêmes valeurs que le champ du nom de l'antenne). Les valeurs vides vont à l'antenne la plus proche.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="110" />
        <source>Customer areas made of</source>
        <translation>Aires de clientèle formées de</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="110" />
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="110" />
        <source>Grid cells</source>
        <translation>Carreaux</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="112" />
        <source>Build the customer-derived areas from the zones or from cells of the INSEE grid.</source>
        <translation>Construire les aires de clientèle à partir des zones ou des carreaux de la grille de l'Insee.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="114" />
        <source>Grid cell size (for areas made of cells)</source>
        <translation>Taille des carreaux (pour les aires en carreaux)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="119" />
        <source>Area levels (% of clients)</source>
        <translation>Niveaux des aires (% des clients)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="121" />
        <source>Comma-separated percentages of an antenna's clients held by each area.</source>
        <translation>Pourcentages des clients d'une antenne réunis par chaque aire, séparés par des virgules.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="124" />
        <source>Market penetration per zone</source>
        <translation>Taux de pénétration par zone</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="125" />
        <source>Customer-derived areas</source>
        <translation>Aires de clientèle</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="134" />
        <source>Area levels must be percentages between 0 and 100, e.g. 50,75,90 (got “{}”).</source>
        <translation>Les niveaux des aires doivent être des pourcentages entre 0 et 100, par exemple 50,75,90 (reçu « {} »).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="137" />
        <source>clients</source>
        <translation>clients</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="139" />
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="141" />
        <source>No client has a usable point geometry: nothing to count.</source>
        <translation>Aucun client n'a de géométrie ponctuelle utilisable : rien à compter.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="142" />
        <source>zones</source>
        <translation>zones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="146" />
        <source>Give the target population: a Filosofi cells layer or a numeric field of the zones.</source>
        <translation>Indiquez la population cible : une couche de carreaux Filosofi ou un champ numérique des zones.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="161" />
        <source>Territory penetration: {} clients per 1,000 ({}).</source>
        <translation>Taux de pénétration du territoire : {} clients pour 1 000 ({}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="278" />
        <source>all clients</source>
        <translation>tous les clients</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="279" />
        <source>no antenna</source>
        <translation>sans antenne</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="283" />
        <source>antennas</source>
        <translation>antennes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="297" />
        <source>The antennas layer has no usable point.</source>
        <translation>La couche des antennes n'a aucun point utilisable.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="310" />
        <source>Client antenna values not found among the antennas: {}.</source>
        <translation>Valeurs d'antenne des clients absentes des antennes : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="353" />
        <source>Customer-derived areas written for {} antenna(s).</source>
        <translation>Aires de clientèle écrites pour {} antenne(s).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="116" />
        <source>Cells of the INSEE grid (EPSG:3035 in metropolitan France, the territory's grid overseas).</source>
        <translation>Carreaux de la grille de l'Insee (EPSG:3035 en métropole, la grille du territoire outre-mer).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="63" />
        <source>Per zone: number of clients, target population, penetration = clients / target × 1,000, index against the territory's average (100 = average; the territory's rate is Σ clients / Σ target over the zones whose target is known), and share of all clients (%). A zone with a missing or zero target gets NULL rates (never an error). The target comes from the Filosofi cells shared between the zones by the cell-to-zone rule every Coodiag output uses (households, persons, 65+, 80+, single-parent families, owners, high-income households approximated as the households of cells above the median standard of living) or from a numeric field of the zones. A zone the grid covers only in part or not at all gets a NULL target (coverage = partial / missing, named in the log); a zone whose target is below the minimum denominator (the secrecy threshold by default) gets no rate (too few for a rate).

Customer-derived areas: for each antenna, the smallest set of zones (or grid cells) holding 50, 75 and 90 % of its clients — units taken by decreasing number of clients until the share is reached. Clients are given to an antenna by a field of the clients when given, else to the nearest antenna (straight line); without antennas all clients form one group. Areas made of grid cells use only the clients placed precisely enough for the cell size (not those placed at the commune centre).

Privacy (statistical secrecy, threshold k of the Coodiag settings): zones with 1 to k−1 clients, and the zones hidden with them so that no count can be worked back from the total, the shares or the areas, are flagged secret = 1 with NULL counts and rates. The areas are built on the published counts (hidden zones enter with an estimate computed from the published figures), so that their outline reveals no hidden count (the share printed is the one the area truly holds, which may differ a little from its level); an area count that would give one away (fewer than k clients, or one level minus another) is NULL with its share, and a secret area made of grid cells has no geometry. No client point is copied.</source>
        <translation>Par zone : nombre de clients, population cible, taux de pénétration = clients / cible × 1 000, indice par rapport à la moyenne du territoire (100 = moyenne ; le taux du territoire est Σ clients / Σ cible sur les zones dont la cible est connue) et part de l'ensemble des clients (%). Une zone dont la cible est manquante ou nulle reçoit des taux NULL (jamais une erreur). La cible provient des carreaux Filosofi partagés entre les zones selon la règle carreau-zone commune à toutes les sorties Coodiag (ménages, personnes, 65 ans ou plus, 80 ans ou plus, familles monoparentales, propriétaires, ménages aisés approchés par les ménages des carreaux au-dessus du niveau de vie médian) ou d'un champ numérique des zones. Une zone que les carreaux ne couvrent qu'en partie ou pas du tout reçoit une cible NULL (coverage = partial / missing, nommée dans le journal) ; une zone dont la cible est sous le dénominateur minimal (par défaut le seuil de secret) n'a pas de taux (trop peu pour un taux).

Aires de clientèle : pour chaque antenne, le plus petit ensemble de zones (ou de carreaux) réunissant 50, 75 et 90 % de ses clients — unités prises par nombre décroissant de clients jusqu'à atteindre la part. Les clients sont rattachés à une antenne par un champ des clients s'il est donné, sinon à l'antenne la plus proche (à vol d'oiseau) ; sans antennes, tous les clients forment un seul groupe. Les aires faites de carreaux n'utilisent que les clients placés assez précisément pour la taille des carreaux (pas ceux placés au centre de la commune).

Confidentialité (secret statistique, seuil k des réglages Coodiag) : les zones de 1 à k−1 clients, et celles masquées avec elles pour qu'aucun effectif ne puisse être recalculé à partir du total, des parts ou des aires, sont signalées secret = 1 avec effectifs et taux NULL. Les aires sont construites sur les effectifs publiés (les zones masquées y entrent avec une estimation calculée à partir des chiffres publiés), de sorte que leur contour ne révèle aucun effectif masqué (la part indiquée est celle que l'aire réunit réellement, qui peut différer un peu de son niveau) ; un effectif d'aire qui en trahirait un (moins de k clients, ou un niveau moins un autre) est NULL avec sa part, et une aire secrète faite de carreaux n'a pas de géométrie. Aucun point client n'est copié.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="152" />
        <source>{} zone(s) have no or a zero target population: their rates are NULL: {}.</source>
        <translation>{} zone(s) n'ont pas de population cible, ou une cible nulle : leurs taux sont NULL : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/market_penetration.py" line="157" />
        <source>{} zone(s) with fewer than {:g} of the target population: no rate (too few for a rate): {}.</source>
        <translation>{} zone(s) comptent moins de {:g} de la population cible : pas de taux (trop peu pour un taux) : {}.</translation>
    </message>
</context>
<context>
    <name>MobilityGapAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/mobility_gap.py" line="152" />
        <source>Car versus transit gap</source>
        <translation>Écart voiture / transports en commun</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mobility_gap.py" line="180" />
        <source>Population cells (Filosofi)</source>
        <translation>Carreaux de population (Filosofi)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mobility_gap.py" line="182" />
        <source>Filosofi 200 m cells with men (households), men_pauv (poor households) and ind.</source>
        <translation>Carreaux Filosofi de 200 m avec men (ménages), men_pauv (ménages pauvres) et ind.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mobility_gap.py" line="186" />
        <source>Census housing table joined to zones</source>
        <translation>Table logement du recensement jointe aux zones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mobility_gap.py" line="188" />
        <source>Communes or IRIS with the main residences (P21_RP) and the households with at least one car (P21_RP_VOIT1P), e.g. the output of “Join INSEE census table onto IRIS or communes” with base-ic-logement.</source>
        <translation>Communes ou IRIS avec les résidences principales (P21_RP) et les ménages disposant d'au moins une voiture (P21_RP_VOIT1P), par exemple la sortie de « Joindre une table du recensement Insee aux IRIS ou aux communes » avec base-ic-logement.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mobility_gap.py" line="192" />
        <source>Zones of the summary (communes)</source>
        <translation>Zones du bilan (communes)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mobility_gap.py" line="192" />
        <source>Communes (or any polygons) for the per-zone output; empty: the census zones.</source>
        <translation>Communes (ou tout polygone) pour la sortie par zone ; vide : les zones du recensement.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mobility_gap.py" line="192" />
        <source>Code of the zones (e.g. INSEE_COM); empty = the feature id.</source>
        <translation>Code des zones (par exemple INSEE_COM) ; vide = l'identifiant de l'entité.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mobility_gap.py" line="195" />
        <source>Threshold (minutes)</source>
        <translation>Seuil (minutes)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mobility_gap.py" line="197" />
        <source>Sites reached within this time are counted; households farther by transit are flagged.</source>
        <translation>Les sites atteints dans ce temps sont comptés ; les ménages plus loin en transports sont signalés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mobility_gap.py" line="199" />
        <source>Maximum travel time (minutes)</source>
        <translation>Temps de trajet maximal (minutes)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mobility_gap.py" line="202" />
        <source>Beyond this, a cell has no path (NULL times).</source>
        <translation>Au-delà, un carreau n'a pas de trajet (temps NULL).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mobility_gap.py" line="204" />
        <source>Car versus transit, per cell</source>
        <translation>Voiture et transports, par carreau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mobility_gap.py" line="206" />
        <source>Car versus transit, per zone</source>
        <translation>Voiture et transports, par zone</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mobility_gap.py" line="208" />
        <source>Poor households without a car beyond the threshold by transit</source>
        <translation>Ménages pauvres sans voiture au-delà du seuil en transports</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mobility_gap.py" line="215" />
        <source>The car times need the road network (output of “Build a routable network”).</source>
        <translation>Les temps en voiture ont besoin du réseau routier (sortie de « Construire un réseau routable »).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mobility_gap.py" line="219" />
        <source>The cells have no field men (households): give Filosofi cells (output of “Load Filosofi grid (INSEE, any vintage)”).</source>
        <translation>Les carreaux n'ont pas de champ men (ménages) : donnez des carreaux Filosofi (sortie de « Charger les données carroyées Filosofi (Insee, tout millésime) »).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mobility_gap.py" line="281" />
        <source>The census layer lacks the main residences (P21_RP) or the households with a car (P21_RP_VOIT1P): households without a car are not estimated. Join the table base-ic-logement of the census to the communes or IRIS.</source>
        <translation>La couche du recensement n'a pas les résidences principales (P21_RP) ou les ménages disposant d'une voiture (P21_RP_VOIT1P) : les ménages sans voiture ne sont pas estimés. Joignez la table base-ic-logement du recensement aux communes ou aux IRIS.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mobility_gap.py" line="345" />
        <source>About {:.0f} poor households without a car live more than {:g} minutes from a site by public transport.</source>
        <translation>Environ {:.0f} ménages pauvres sans voiture vivent à plus de {:g} minutes d'un site en transports en commun.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mobility_gap.py" line="427" />
        <source>No zones and no census layer: the per-zone output is not written.</source>
        <translation>Ni zones ni couche du recensement : la sortie par zone n'est pas écrite.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mobility_gap.py" line="155" />
        <source>Where is the car indispensable? For every populated 200 m cell (Filosofi), the travel time to the nearest site (antennas, work sites) by public transport (walk + transit + walk, a percentile over the time window, as in “Transit travel times”) and by car on the road network; their ratio and difference; the number of sites reached within the threshold (45 minutes) by each mode and the modal accessibility gap (transit − car) / (transit + car), from −1 (only the car) to +1.

Households without a car: main residences minus households with at least one car, from an INSEE census table (base-ic-logement, fields P21_RP and P21_RP_VOIT1P or any vintage; joined to the communes or IRIS with “Join INSEE census table onto IRIS or communes”). Each cell gets the share of the communes or IRIS it lies in (a cell on a border: the mean of their shares, weighted by the part of the cell in each), applied to its households and to its poor households (an estimate: it assumes poor households are as often without a car as the others, which understates them). A cell without a transit path where the road network or the timetables say nothing (outside their area) is not counted beyond the threshold: over is empty.

Per commune: households, households without a car, poor households without a car, those of them more than the threshold from a site by public transport (the key figure of the atlas), and the household-weighted median times, ratio and gap. The cells go to the communes by the cell-to-zone rule every Coodiag output shares (by default a border cell is split by the share of its area in each commune), so a commune has the same households here as on every other page. A commune that the Filosofi grid, the census, the road network or the timetables cover only in part or not at all gets empty values (NULL, never 0) and coverage = partial or missing (status = off_network when no road comes near its people); these communes are named in the log. Every input is public data (Filosofi, census, GTFS, roads, the antennas' addresses): the outputs are public.</source>
        <translation>Où la voiture est-elle indispensable ? Pour chaque carreau habité de 200 m (Filosofi), le temps d'accès au site le plus proche (antennes, chantiers) en transports en commun (marche + transports + marche, un centile sur la fenêtre horaire, comme dans « Temps de trajet en transports en commun ») et en voiture sur le réseau routier ; leur rapport et leur différence ; le nombre de sites atteints dans le seuil (45 minutes) par chaque mode et l'écart d'accessibilité modal (transports − voiture) / (transports + voiture), de −1 (la voiture seule) à +1.

Ménages sans voiture : résidences principales moins ménages disposant d'au moins une voiture, d'après une table du recensement Insee (base-ic-logement, champs P21_RP et P21_RP_VOIT1P ou tout millésime ; jointe aux communes ou aux IRIS avec « Joindre une table du recensement Insee aux IRIS ou aux communes »). Chaque carreau reçoit la part des communes ou des IRIS où il se trouve (un carreau à cheval sur une limite : la moyenne de leurs parts, pondérée par la part du carreau dans chacune), appliquée à ses ménages et à ses ménages pauvres (une estimation : elle suppose que les ménages pauvres sont aussi souvent sans voiture que les autres, ce qui les sous-estime). Un carreau sans trajet en transports là où le réseau routier ou les horaires ne disent rien (hors de leur zone) n'est pas compté au-delà du seuil : over est vide.

Par commune : ménages, ménages sans voiture, ménages pauvres sans voiture, ceux d'entre eux à plus du seuil d'un site en transports en commun (le chiffre clé de l'atlas), et les médianes pondérées par les ménages des temps, du rapport et de l'écart. Les carreaux vont aux communes selon la règle carreau-zone que partagent toutes les sorties de Coodiag (par défaut, un carreau à cheval sur une limite est partagé selon la part de sa surface dans chaque commune) : une commune a ici les mêmes ménages que sur toutes les autres pages. Une commune que la grille Filosofi, le recensement, le réseau routier ou les horaires ne couvrent qu'en partie ou pas du tout reçoit des valeurs vides (NULL, jamais 0) et coverage = partial ou missing (status = off_network quand aucune route ne passe près de ses habitants) ; ces communes sont nommées dans le journal. Toutes les entrées sont des données publiques (Filosofi, recensement, GTFS, routes, adresses des antennes) : les sorties sont publiques.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mobility_gap.py" line="289" />
        <source>census</source>
        <translation>recensement</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mobility_gap.py" line="323" />
        <source>About {:.0f} poor households without a car live where the road network or the public transport timetables say nothing (outside their area): they are not counted beyond the threshold.</source>
        <translation>Environ {:.0f} ménages pauvres sans voiture vivent là où le réseau routier ou les horaires de transports en commun ne disent rien (hors de leur zone) : ils ne sont pas comptés au-delà du seuil.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mobility_gap.py" line="393" />
        <source>zones</source>
        <translation>zones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mobility_gap.py" line="446" />
        <source>The cells have no field ind (persons): the coverage of the zones by the Filosofi grid is not measured.</source>
        <translation>Les carreaux n'ont pas de champ ind (personnes) : la couverture des zones par la grille Filosofi n'est pas mesurée.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mobility_gap.py" line="528" />
        <source>{} zone(s) off the road network (no road near their people): their times are left empty (NULL), not 0: {}.</source>
        <translation>{} zone(s) hors réseau (aucune route près de leurs habitants) : leurs temps sont laissés vides (NULL), pas 0 : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mobility_gap.py" line="533" />
        <source>Car versus transit per zone: values left empty (NULL) for {} zone(s) the inputs do not fully cover: {}.</source>
        <translation>Voiture et transports par zone : valeurs laissées vides (NULL) pour {} zone(s) que les entrées ne couvrent pas entièrement : {}.</translation>
    </message>
</context>
<context>
    <name>ProspectZonesAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="38" />
        <source>Prospect zones (untapped potential)</source>
        <translation>Zones à prospecter (potentiel inexploité)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="70" />
        <source>Zones (communes, IRIS, QPV…)</source>
        <translation>Zones (communes, IRIS, QPV…)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="72" />
        <source>Polygons to rank.</source>
        <translation>Polygones à classer.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="82" />
        <source>Keep the N best zones (0 = all)</source>
        <translation>Garder les N meilleures zones (0 = toutes)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="84" />
        <source>0 writes every zone, ranked or not.</source>
        <translation>0 écrit toutes les zones, classées ou non.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="87" />
        <source>Prospect zones</source>
        <translation>Zones à prospecter</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="93" />
        <source>clients</source>
        <translation>clients</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="94" />
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="96" />
        <source>No client has a usable point geometry: nothing to count.</source>
        <translation>Aucun client n'a de géométrie ponctuelle utilisable : rien à compter.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="97" />
        <source>zones</source>
        <translation>zones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="101" />
        <source>Give the target population: a Filosofi cells layer or a numeric field of the zones.</source>
        <translation>Indiquez la population cible : une couche de carreaux Filosofi ou un champ numérique des zones.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="127" />
        <source>Territory penetration: {} clients per 1,000 ({}).</source>
        <translation>Taux de pénétration du territoire : {} clients pour 1 000 ({}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="159" />
        <source>{} zones written; total untapped potential of the ranked zones: {:.0f} clients.</source>
        <translation>{} zones écrites ; potentiel inexploité total des zones classées : {:.0f} clients.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="117" />
        <source>The territory rate is rounded to {} clients per 1,000 so that, with the total, it gives no hidden zone away; the potentials use the rounded rate.</source>
        <translation>Le taux du territoire est arrondi à {} clients pour 1 000 pour qu'avec le total il ne révèle aucune zone masquée ; les potentiels utilisent ce taux arrondi.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="41" />
        <source>Where could new clients be? Ranks the zones by untapped potential = target population × max(0, territory penetration − zone penetration) / 1,000, i.e. the number of additional clients a zone would have if it reached the territory's average penetration (penetrations in clients per 1,000 of the target; the territory's rate is computed over all zones with a known target). Rank 1 = the largest potential; ties go to the larger target. The output keeps every number behind the rank: n_clients, target, penetration, terr_pen, gap, potential, rank.

Optionally, only the zones within the SIAE's reach are ranked (one definition for every Coodiag output: at least half of the zone's population within the reach band of an antenna, 20 min by car by default). Give the access-by-zone output of the isochrones (access_car…: its in_reach flags are used as they are, so that unmet zones, prospects and the atlas agree), or travel-time polygons (the share is then computed on the Filosofi population, or on the zones' area without it: reach_basis says which). The others keep their numbers, in_reach = 0 (NULL when unknown: off the network) and no rank. A top-N limit keeps only the N best-ranked zones.

The target is taken from the Filosofi cells shared between the zones by the cell-to-zone rule every Coodiag output uses (area shares by default), or from a numeric field of the zones; zero or missing targets give NULL penetrations (a zone with a zero target has a zero potential). A zone the Filosofi grid covers only in part or not at all gets a NULL target (coverage = partial / missing, named in the log), never a false 0. A zone whose target is below the minimum denominator (the secrecy threshold by default: a rate on a handful of households says nothing) gets no penetration and no rank.

Privacy (statistical secrecy, threshold k of the Coodiag settings): zones with 1 to k−1 clients, and the zones hidden with them so that no count can be worked back from the territory's rate, are flagged secret = 1; their count, penetration, gap and potential are NULL and they get no rank (ranks are given over the published zones only).</source>
        <translation>Où pourraient être de nouveaux clients ? Classe les zones selon le potentiel inexploité = population cible × max(0, taux de pénétration du territoire − taux de la zone) / 1 000, c'est-à-dire le nombre de clients supplémentaires qu'aurait une zone si elle atteignait le taux moyen du territoire (taux en clients pour 1 000 personnes de la cible ; le taux du territoire est calculé sur toutes les zones dont la cible est connue). Rang 1 = le plus fort potentiel ; à égalité, la cible la plus grande passe devant. La sortie garde tous les chiffres qui fondent le rang : n_clients, target, penetration, terr_pen, gap, potential, rank.

Facultativement, seules les zones à portée de la SIAE sont classées (une seule définition pour toutes les sorties Coodiag : au moins la moitié de la population de la zone dans la bande de portée d'une antenne, 20 min en voiture par défaut). Donnez la sortie d'accès par zone des isochrones (access_car… : ses indicateurs in_reach sont repris tels quels, pour que zones non atteintes, zones à prospecter et atlas concordent), ou des polygones de temps de trajet (la part est alors calculée sur la population Filosofi, ou à défaut sur la surface des zones : reach_basis l'indique). Les autres gardent leurs chiffres, in_reach = 0 (NULL si la portée est inconnue : hors réseau) et pas de rang. Une limite « N premières » ne garde que les N zones les mieux classées.

La cible provient des carreaux Filosofi partagés entre les zones selon la règle carreau-zone commune à toutes les sorties Coodiag (partage à la surface par défaut), ou d'un champ numérique des zones ; une cible nulle ou manquante donne un taux NULL (une zone de cible nulle a un potentiel nul). Une zone que les carreaux Filosofi ne couvrent qu'en partie ou pas du tout reçoit une cible NULL (coverage = partial / missing, nommée dans le journal), jamais un faux 0. Une zone dont la cible est sous le dénominateur minimal (par défaut le seuil de secret : un taux sur une poignée de ménages ne dit rien) n'a ni taux ni rang.

Confidentialité (secret statistique, seuil k des réglages Coodiag) : les zones de 1 à k−1 clients, et les zones masquées avec elles pour qu'aucun effectif ne puisse être recalculé à partir du taux du territoire, sont signalées secret = 1 ; leurs effectif, taux, écart et potentiel sont NULL et elles n'ont pas de rang (les rangs ne portent que sur les zones publiées).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="75" />
        <source>Reach of the SIAE: access by zone or travel-time polygons (optional)</source>
        <translation>Portée de la SIAE : accès par zone ou polygones de temps de trajet (facultatif)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="78" />
        <source>Only the zones in reach are ranked. Best: the access-by-zone output of the isochrones (access_car…); or isochrones (the polygons of the reach band when they carry minutes).</source>
        <translation>Seules les zones à portée sont classées. Au mieux : la sortie d'accès par zone des isochrones (access_car…) ; ou des isochrones (les polygones de la bande de portée quand ils portent les minutes).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/prospect_zones.py" line="124" />
        <source>{} zone(s) with fewer than {:g} of the target population: no penetration and no rank (too few for a rate).</source>
        <translation>{} zone(s) comptent moins de {:g} de la population cible : ni taux ni rang (trop peu pour un taux).</translation>
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
        <location filename="../../processing_algorithms/tag_zones.py" line="73" />
        <source>Tag points with commune, IRIS, QPV and Filosofi cell</source>
        <translation>Rattacher les points à leur commune, IRIS, QPV et carreau Filosofi</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="76" />
        <source>Adds to every point of a layer (clients, work sites, employees' homes…) the code of the zone it falls in, for each zone layer given: com_code (communes), iris_code (IRIS), qpv_code and in_qpv (0/1, QPV contours), cell_id (Filosofi cells) and zone_id (any other polygon layer: EPCI, custom sectors…). All zone layers are optional; each is put in a spatial index once and the points are read in a single pass. Zone layers in another CRS are reprojected on the fly.

Code fields are detected by name (INSEE_COM/insee/codgeo…, CODE_IRIS/iris…, code_qp…, idcar_200m…) or chosen explicitly. A point outside every zone of a layer gets NULL; points without geometry are kept with NULL codes; both are counted in the log. A point on a shared boundary takes the first zone found.</source>
        <translation>Ajoute à chaque point d'une couche (clients, chantiers, domiciles des salariés…) le code de la zone où il se trouve, pour chaque couche de zones donnée : com_code (communes), iris_code (IRIS), qpv_code et in_qpv (0/1, contours des QPV), cell_id (carreaux Filosofi) et zone_id (toute autre couche de polygones : EPCI, secteurs sur mesure…). Toutes les couches de zones sont facultatives ; chacune est mise une fois dans un index spatial et les points sont lus en une seule passe. Les couches de zones dans un autre SCR sont reprojetées à la volée.

Les champs de codes sont détectés par leur nom (INSEE_COM/insee/codgeo…, CODE_IRIS/iris…, code_qp…, idcar_200m…) ou choisis explicitement. Un point hors de toute zone d'une couche reçoit NULL ; les points sans géométrie sont gardés avec des codes NULL ; les deux cas sont comptés dans le journal. Un point sur une limite commune prend la première zone trouvée.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="89" />
        <source>Points to tag</source>
        <translation>Points à rattacher</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="91" />
        <source>Any point layer; its fields are kept and the zone codes appended.</source>
        <translation>Toute couche de points ; ses champs sont gardés et les codes des zones ajoutés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="93" />
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="93" />
        <source>Commune polygons (INSEE code).</source>
        <translation>Polygones des communes (code Insee).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="93" />
        <source>IRIS</source>
        <translation>IRIS</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="93" />
        <source>IRIS polygons (9-character IRIS code).</source>
        <translation>Polygones des IRIS (code IRIS à 9 caractères).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="93" />
        <source>QPV (priority neighbourhoods)</source>
        <translation>QPV (quartiers prioritaires)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="93" />
        <source>QPV contours (code_qp).</source>
        <translation>Contours des QPV (code_qp).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="93" />
        <source>Filosofi cells</source>
        <translation>Carreaux Filosofi</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="93" />
        <source>Filosofi squares, e.g. the output of coodiag:loadfilosofi (idcar_200m).</source>
        <translation>Carreaux Filosofi, par ex. la sortie de coodiag:loadfilosofi (idcar_200m).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="93" />
        <source>Other zones</source>
        <translation>Autres zones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="93" />
        <source>Any polygon layer serving as zones (EPCI, sectors, antennas' areas…).</source>
        <translation>Toute couche de polygones servant de zones (EPCI, secteurs, zones des antennes…).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="107" />
        <source>{} code field (empty: detect)</source>
        <translation>Champ de code de {} (vide : détecter)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="110" />
        <source>Field whose value is copied onto the points.</source>
        <translation>Champ dont la valeur est recopiée sur les points.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="112" />
        <source>Tagged points</source>
        <translation>Points rattachés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="114" />
        <source>Number of points</source>
        <translation>Nombre de points</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="115" />
        <source>Points outside a zone layer (total)</source>
        <translation>Points hors d'une couche de zones (total)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="140" />
        <source>Cannot find the code field of the {} layer (looked for {}); fields: {}. Choose it in the parameters.</source>
        <translation>Champ de code introuvable dans la couche {} (cherché : {}) ; champs : {}. Choisissez-le dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="143" />
        <source>{}: field {} → {}.</source>
        <translation>{} : champ {} → {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="149" />
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="152" />
        <source>Give at least one zone layer (communes, IRIS, QPV, Filosofi cells or other zones).</source>
        <translation>Donnez au moins une couche de zones (communes, IRIS, QPV, carreaux Filosofi ou autres zones).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="217" />
        <source>{} points fall in no zone of {} (NULL).</source>
        <translation>{} points ne tombent dans aucune zone de {} (NULL).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="219" />
        <source>{} points have no geometry: kept with NULL codes.</source>
        <translation>{} points n'ont pas de géométrie : gardés avec des codes NULL.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/tag_zones.py" line="220" />
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
        <translation>Sélectionne les communes du territoire d'étude dans une couche de communes (ADMIN EXPRESS, un fichier du COG…) à partir de codes Insee : une liste de codes communes, le SIREN d'un EPCI (par ex. 242010056) ou un ou plusieurs codes de département (2A, 13, 971). Les codes sont normalisés (zéros initiaux perdus, 2a → 2A).

Les champs sont détectés par leur nom (code commune INSEE_COM, insee, code_insee, codgeo, com_code… ; EPCI EPCI, siren_epci, code_epci… ; département DEP, insee_dep, code_dep…) et par leur contenu (un champ dont les valeurs sont en majorité des codes communes, y compris dans des listes comme ["97701"], est le code commune). À défaut de champ département, le département est lu dans le code commune. Précisez-les si la détection échoue.

SCR de travail : vide = automatique, la projection légale du territoire trouvée d'après les codes des communes (Lambert-93 en métropole et en Corse ; RGAF09 / UTM 20N pour la Guadeloupe, la Martinique, Saint-Martin et Saint-Barthélemy ; RGFG95 / UTM 22N en Guyane ; RGR92 / UTM 40S à La Réunion ; RGM04 / UTM 38S à Mayotte ; RGSPM06 / UTM 21N à Saint-Pierre-et-Miquelon) ; le choix et sa raison sont écrits dans le journal.

Sorties : les communes sélectionnées (reprojetées ; les champs contenant des listes ou des objets JSON, comme dans les fichiers OpenDataSoft, écrits en texte) et le contour fusionné du territoire ; avec une distance de tampon, le contour est élargi de cette distance (pour charger des données un peu au-delà des limites). Les codes sans commune sont listés dans le journal.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="106" />
        <source>Output CRS (empty: automatic)</source>
        <translation>SCR de sortie (vide : automatique)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="108" />
        <source>Projected CRS of the outputs; empty = the legal projection of the territory, chosen from the communes' INSEE codes (EPSG:2154 in metropolitan France, EPSG:5490 in the Antilles, EPSG:2975 in La Réunion…).</source>
        <translation>SCR projeté des sorties ; vide = la projection légale du territoire, choisie d'après les codes Insee des communes (EPSG:2154 en métropole, EPSG:5490 aux Antilles, EPSG:2975 à La Réunion…).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="124" />
        <source>Working CRS</source>
        <translation>SCR de travail</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="135" />
        <source>The {} field was recognised by its values: {}.</source>
        <translation>Le champ {} a été reconnu d'après ses valeurs : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="138" />
        <source>Cannot find the {} field in the communes layer (looked for {}, and for values that look like codes); fields: {}. Choose it in the parameters.</source>
        <translation>Impossible de trouver le champ {} dans la couche des communes (noms cherchés : {}, et valeurs ressemblant à des codes) ; champs : {}. Choisissez-le dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="146" />
        <source>of communes</source>
        <translation>des communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="174" />
        <source>Not valid codes for this selection mode, ignored: {}.</source>
        <translation>Codes non valides pour ce mode de sélection, ignorés : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="177" />
        <source>None of the codes {} is a valid {} code (a commune code has 5 characters, e.g. 2A004 or 97209; an EPCI code 9 digits; a département 01–95, 2A, 2B or 971–976).</source>
        <translation>Aucun des codes {} n'est un code {} valide (un code commune a 5 caractères, par ex. 2A004 ou 97209 ; un code d'EPCI 9 chiffres ; un département 01–95, 2A, 2B ou 971–976).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="177" />
        <source>commune</source>
        <translation>commune</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="218" />
        <source>The working CRS {} is geographic: choose a projected CRS in metres.</source>
        <translation>Le SCR de travail {} est géographique : choisissez un SCR projeté en mètres.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/territory.py" line="272" />
        <source>{} communes, {:.1f} km² (in {}).</source>
        <translation>{} communes, {:.1f} km² (en {}).</translation>
    </message>
</context>
<context>
    <name>TransitIsochronesAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/transit_isochrones.py" line="102" />
        <source>Transit isochrones</source>
        <translation>Isochrones en transports en commun</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/transit_isochrones.py" line="75" />
        <source>Polygons of the places from which the sites (antennas, work sites) are reached by public transport — arrive by a time, e.g. 08:30 for a start of work — or that are reached from them (leave at a time), in bands of minutes (default 15, 30, 45, 60).

A journey walks on the road network to a stop, rides (with transfers), and walks on; walking all the way counts too. The search is repeated every step over the window (e.g. every minute from 07:30 to 08:30), and each place gets a percentile of its travel times over the window (the median by default, like R5/r5py): computed minute by minute for every place, then the percentile.

Output like “Isochrones”: nested rings for all sites together (union), per-site catchments (nearest site) or per-site isochrones (overlapping), with the population per band when a Filosofi layer is given, and the access by zone (population within each band, per commune).

Needs the compact timetable of “Load a GTFS timetable” (or GTFS files) and the prepared road network of “Build a routable network”.</source>
        <translation>Polygones des lieux d'où les sites (antennes, chantiers) sont atteints en transports en commun — en arrivant avant une heure, par exemple 08:30 pour une embauche — ou qui sont atteints depuis eux (en partant à une heure), par tranches de minutes (15, 30, 45, 60 par défaut).

Un trajet marche sur le réseau routier jusqu'à un arrêt, voyage (avec correspondances), puis marche ; la marche de bout en bout compte aussi. La recherche est répétée à chaque pas sur la fenêtre (par exemple chaque minute de 07:30 à 08:30), et chaque lieu reçoit un centile de ses temps de trajet sur la fenêtre (la médiane par défaut, comme R5/r5py) : calculé minute par minute pour chaque lieu, puis le centile.

Sortie comme « Isochrones » : anneaux emboîtés pour tous les sites ensemble (union), aires de desserte par site (site le plus proche) ou isochrones par site (avec recouvrements), avec la population par tranche quand une couche Filosofi est donnée, et l'accès par zone (population dans chaque tranche, par commune).

Nécessite les horaires compacts de « Charger des horaires GTFS » (ou des fichiers GTFS) et le réseau routier préparé par « Construire un réseau routable ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/transit_isochrones.py" line="92" />
        <source>Bands (minutes)</source>
        <translation>Tranches (minutes)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/transit_isochrones.py" line="94" />
        <source>Comma-separated upper limits in minutes (at most 180).</source>
        <translation>Limites hautes en minutes séparées par des virgules (180 au plus).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/transit_isochrones.py" line="98" />
        <source>Grid cell size (m)</source>
        <translation>Taille des cellules de la grille (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/transit_isochrones.py" line="100" />
        <source>Resolution of the polygons.</source>
        <translation>Résolution des polygones.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/transit_isochrones.py" line="107" />
        <source>Transit isochrones need the road network (output of “Build a routable network”) for the walks to and from the stops.</source>
        <translation>Les isochrones en transports en commun ont besoin du réseau routier (sortie de « Construire un réseau routable ») pour les marches vers et depuis les arrêts.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/transit_isochrones.py" line="113" />
        <source>Band “{}” is not a positive number of minutes up to 180: write the limits like 15, 30, 45, 60.</source>
        <translation>La tranche « {} » n'est pas un nombre positif de minutes jusqu'à 180 : écrivez les limites comme 15, 30, 45, 60.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/transit_isochrones.py" line="123" />
        <source>sites</source>
        <translation>des sites</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/transit_isochrones.py" line="129" />
        <source>{} site(s) farther than {:g} m from a walkable road, not computed: {}.</source>
        <translation>{} site(s) à plus de {:g} m d'une voie praticable à pied, non calculé(s) : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/transit_isochrones.py" line="132" />
        <source>No site is within {:g} m of the road network: check the CRS of the sites and the network, or raise the snapping tolerance.</source>
        <translation>Aucun site n'est à moins de {:g} m du réseau routier : vérifiez le SCR des sites et du réseau, ou augmentez la tolérance d'accrochage.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/transit_isochrones.py" line="138" />
        <source>Walking between the sites and the stops…</source>
        <translation>Marche entre les sites et les arrêts…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/transit_isochrones.py" line="140" />
        <source>Searching the timetable…</source>
        <translation>Recherche dans les horaires…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/transit_isochrones.py" line="147" />
        <source>Walking from the {} stops reached…</source>
        <translation>Marche depuis les {} arrêts atteints…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/transit_isochrones.py" line="222" />
        <source>{} polygons for {} site(s) in {:.1f} s.</source>
        <translation>{} polygones pour {} site(s) en {:.1f} s.</translation>
    </message>
</context>
<context>
    <name>TransitTimesAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/transit_times.py" line="146" />
        <source>Transit travel times</source>
        <translation>Temps de trajet en transports en commun</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/transit_times.py" line="97" />
        <source>Travel times by public transport from origins (employees' homes, Filosofi cell centroids…) to the nearest site or to every site: walk to a stop, ride (with transfers), walk to the site — or walk all the way when it is faster.

“Arrive by 08:30” over a 60-minute window finds, for every minute of the window, the latest departure that still arrives in time, and reports a percentile of these travel times (the median by default, like R5/r5py); “leave at” does the same for departures. Reported with it: the number of transfers, the walking time, the departure of the first vehicle, when to leave, and the share of the window's minutes with a path. Origins with no path within the maximum time are kept with status no_path (too_far: farther than the snapping tolerance from the road network).

Walks follow the prepared road network when given (walking costs, at the walking speed), else straight lines × 1.3. Walking transfers join stops closer than the transfer distance; transfers.txt is used too.

Output: one row per origin (nearest site) or per origin and site, with the origin's geometry. Point origins are persons: the table is personal data (not for maps). Polygon origins (Filosofi cells) give a public table that can be mapped.</source>
        <translation>Temps de trajet en transports en commun depuis des origines (domiciles des salariés, centres des carreaux Filosofi…) vers le site le plus proche ou vers chaque site : marche jusqu'à un arrêt, trajet (avec correspondances), marche jusqu'au site — ou marche de bout en bout quand c'est plus rapide.

« Arriver avant 08:30 » sur une fenêtre de 60 minutes cherche, pour chaque minute de la fenêtre, le départ le plus tardif qui arrive encore à l'heure, et retient un centile de ces temps de trajet (la médiane par défaut, comme R5/r5py) ; « partir à » fait de même pour les départs. Sont donnés avec lui : le nombre de correspondances, le temps de marche, le départ du premier véhicule, l'heure à laquelle partir et la part des minutes de la fenêtre qui ont un trajet. Les origines sans trajet dans le temps maximal sont gardées avec le statut no_path (too_far : plus loin que la tolérance d'accrochage du réseau routier).

Les marches suivent le réseau routier préparé quand il est donné (coûts piétons, à la vitesse de marche), sinon des lignes droites × 1,3. Les correspondances à pied relient les arrêts plus proches que la distance de correspondance ; transfers.txt est aussi utilisé.

Sortie : une ligne par origine (site le plus proche) ou par origine et site, avec la géométrie de l'origine. Des origines ponctuelles sont des personnes : la table est une donnée personnelle (pas pour les cartes). Des origines polygonales (carreaux Filosofi) donnent une table publique, cartographiable.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/transit_times.py" line="115" />
        <source>Origins</source>
        <translation>Origines</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/transit_times.py" line="118" />
        <source>Employees' homes (points) or Filosofi cells (polygons, from their centre).</source>
        <translation>Domiciles des salariés (points) ou carreaux Filosofi (polygones, depuis leur centre).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/transit_times.py" line="120" />
        <source>Origin id field</source>
        <translation>Champ identifiant de l'origine</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/transit_times.py" line="130" />
        <source>Copied to the output (default: the feature id).</source>
        <translation>Recopié dans la sortie (par défaut : l'identifiant de l'entité).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/transit_times.py" line="124" />
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/transit_times.py" line="126" />
        <source>Antennas, work sites (points).</source>
        <translation>Antennes, chantiers (points).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/transit_times.py" line="128" />
        <source>Site id field</source>
        <translation>Champ identifiant du site</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/transit_times.py" line="132" />
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/transit_times.py" line="132" />
        <source>Nearest site (by transit)</source>
        <translation>Site le plus proche (en transports)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/transit_times.py" line="132" />
        <source>Every site</source>
        <translation>Chaque site</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/transit_times.py" line="135" />
        <source>Nearest: one row per origin; every site: one row per origin and site.</source>
        <translation>Le plus proche : une ligne par origine ; chaque site : une ligne par origine et par site.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/transit_times.py" line="138" />
        <source>Maximum travel time (minutes)</source>
        <translation>Temps de trajet maximal (minutes)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/transit_times.py" line="140" />
        <source>Beyond this, an origin has no path (status no_path).</source>
        <translation>Au-delà, une origine n'a pas de trajet (statut no_path).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/transit_times.py" line="142" />
        <source>Alert threshold (minutes)</source>
        <translation>Seuil d'alerte (minutes)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/transit_times.py" line="144" />
        <source>over = 1 when the travel time is longer (45 minutes: the usual alert).</source>
        <translation>over = 1 quand le temps de trajet est plus long (45 minutes : l'alerte habituelle).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/transit_times.py" line="209" />
        <source>{} origin(s) without a transit path within {:g} minutes ({} without any stop within walking range).</source>
        <translation>{} origine(s) sans trajet en transports en moins de {:g} minutes (dont {} sans aucun arrêt à distance de marche).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/transit_times.py" line="213" />
        <source>{} origin(s) farther than {:g} m from the road network (status too_far).</source>
        <translation>{} origine(s) à plus de {:g} m du réseau routier (statut too_far).</translation>
    </message>
</context>
<context>
    <name>TravelTimesAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="93" />
        <source>Travel times to sites</source>
        <translation>Temps de trajet vers les sites</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="114" />
        <source>Road network</source>
        <translation>Réseau routier</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="116" />
        <source>A prepared network (from “Build a routable network”).</source>
        <translation>Un réseau préparé (par « Construire un réseau routable »).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="118" />
        <source>Origins (employees, clients)</source>
        <translation>Origines (salariés, clients)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="118" />
        <source>Home points; only the id field below is copied to the outputs.</source>
        <translation>Points de domicile ; seul le champ identifiant ci-dessous est recopié dans les sorties.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="118" />
        <source>Origin id field</source>
        <translation>Champ identifiant de l'origine</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="118" />
        <source>A pseudonymous id (default: the feature id). Never a name.</source>
        <translation>Un identifiant pseudonyme (par défaut : l'identifiant de l'entité). Jamais un nom.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="123" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="123" />
        <source>Car</source>
        <translation>Voiture</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="123" />
        <source>Walk</source>
        <translation>Marche</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="123" />
        <source>Bike</source>
        <translation>Vélo</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="125" />
        <source>Which costs of the prepared network are used.</source>
        <translation>Quels coûts du réseau préparé sont utilisés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="127" />
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="127" />
        <source>Nearest site</source>
        <translation>Site le plus proche</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="127" />
        <source>Every site</source>
        <translation>Chaque site</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="129" />
        <source>Nearest site: one row per origin. Every site: one row per origin and site.</source>
        <translation>Site le plus proche : une ligne par origine. Chaque site : une ligne par origine et par site.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="131" />
        <source>Alert threshold (minutes)</source>
        <translation>Seuil d'alerte (minutes)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="133" />
        <source>Trips longer than this are flagged (over = 1).</source>
        <translation>Les trajets plus longs sont signalés (over = 1).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="135" />
        <source>Snapping tolerance (m)</source>
        <translation>Tolérance d'accrochage (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="137" />
        <source>Points farther than this from any road open to the mode are reported, not snapped.</source>
        <translation>Les points plus éloignés que cela de toute route ouverte au mode sont signalés, pas accrochés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="139" />
        <source>Minimum count shown (k)</source>
        <translation>Effectif minimal affiché (k)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="144" />
        <source>Zones for the map summary</source>
        <translation>Zones pour la synthèse cartographique</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="144" />
        <source>E.g. communes: origins are counted in the zone that holds them.</source>
        <translation>Par exemple les communes : les origines sont comptées dans la zone qui les contient.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="144" />
        <source>Zone code copied to the zone summary (e.g. INSEE_COM).</source>
        <translation>Code de zone recopié dans la synthèse par zone (par exemple INSEE_COM).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="147" />
        <source>Origin–destination table</source>
        <translation>Table origine–destination</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="149" />
        <source>Summary by site</source>
        <translation>Synthèse par site</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="151" />
        <source>Summary by zone</source>
        <translation>Synthèse par zone</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="164" />
        <source>origins</source>
        <translation>origines</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="165" />
        <source>sites</source>
        <translation>sites</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="180" />
        <source>{} site(s) farther than {:g} m from the network, left out: {}.</source>
        <translation>{} site(s) à plus de {:g} m du réseau, écarté(s) : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="183" />
        <source>No site is within {:g} m of the network: check the CRS or raise the snapping tolerance.</source>
        <translation>Aucun site n'est à moins de {:g} m du réseau : vérifiez le SCR ou augmentez la tolérance d'accrochage.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="242" />
        <source>{} origin row(s) farther than {:g} m from the network (status too_far).</source>
        <translation>{} ligne(s) d'origine à plus de {:g} m du réseau (statut too_far).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="245" />
        <source>{} origin row(s) cannot reach the site on the network (status unreachable).</source>
        <translation>{} ligne(s) d'origine ne peuvent pas atteindre le site par le réseau (statut unreachable).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="290" />
        <source>{} origins reach a site: median {:.1f} min, {:.1f} % over {:g} min.</source>
        <translation>{} origines atteignent un site : médiane {:.1f} min, {:.1f} % au-delà de {:g} min.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="299" />
        <source>Travel times computed in {:.1f} s.</source>
        <translation>Temps de trajet calculés en {:.1f} s.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="96" />
        <source>Travel time and distance on the road network from each origin (employees, clients) to its nearest site or to every site, by car, on foot or by bike; trips over the threshold (default 45 min) are flagged.

Outputs: the origin–destination table (no geometry, no name or address: only the chosen origin id, the site id, minutes, km, over-threshold flag and status) — for the cartographer, not for maps; a per-site summary (number of origins, median minutes, share over the threshold) and an optional per-zone summary (e.g. communes), both under statistical secrecy so they can be mapped: a site or zone with 1 to k−1 origins (k = the secrecy threshold of the Coodiag settings), and those hidden with it so that no count can be worked back from the totals, is NULL with secret = 1; the share over the threshold is NULL too when 1 to k−1 origins are over (or under) it.

Origins or sites farther than the snapping tolerance from the network, or that cannot reach any site, are kept in the table with their status (too_far, unreachable) and counted in the log. “Nearest site” runs one search for all sites (on the reversed network, so one-way streets are respected from the origin to the site); “every site” runs one search per site.</source>
        <translation>Temps et distance de trajet sur le réseau routier depuis chaque origine (salariés, clients) vers le site le plus proche ou vers chaque site, en voiture, à pied ou à vélo ; les trajets au-delà du seuil (45 min par défaut) sont signalés.

Sorties : la table origine–destination (sans géométrie, sans nom ni adresse : seulement l'identifiant d'origine choisi, l'identifiant du site, les minutes, les km, l'indicateur de dépassement et le statut) — pour le cartographe, pas pour les cartes ; une synthèse par site (nombre d'origines, médiane en minutes, part au-delà du seuil) et une synthèse facultative par zone (par exemple les communes), toutes deux sous secret statistique pour pouvoir être cartographiées : un site ou une zone de 1 à k−1 origines (k = seuil de secret des réglages Coodiag), et ceux masqués avec lui pour qu'aucun effectif ne puisse être recalculé à partir des totaux, est NULL avec secret = 1 ; la part au-delà du seuil est aussi NULL quand 1 à k−1 origines sont au-delà (ou en deçà).

Les origines ou sites plus éloignés du réseau que la tolérance d'accrochage, ou qui ne peuvent atteindre aucun site, restent dans la table avec leur statut (too_far, unreachable) et sont comptés dans le journal. « Site le plus proche » fait une seule recherche pour tous les sites (sur le réseau inversé, de sorte que les sens uniques sont respectés de l'origine vers le site) ; « chaque site » fait une recherche par site.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/travel_times.py" line="141" />
        <source>Summaries of fewer origins than this are suppressed (statistical secrecy). Empty: the threshold of the Coodiag settings (11 by default).</source>
        <translation>Les résumés portant sur moins d'origines que ce nombre sont masqués (secret statistique). Vide : le seuil des réglages Coodiag (11 par défaut).</translation>
    </message>
</context>
<context>
    <name>UnmetZonesAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="234" />
        <source>Unmet-beneficiary zones</source>
        <translation>Zones de bénéficiaires non atteints</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="91" />
        <source>All employees</source>
        <translation>Tous les salariés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="92" />
        <source>Young people 16-25</source>
        <translation>Jeunes de 16 à 25 ans</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="93" />
        <source>RSA recipients</source>
        <translation>Allocataires du RSA</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="94" />
        <source>Seniors 50+</source>
        <translation>Seniors de 50 ans et plus</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="95" />
        <source>QPV residents</source>
        <translation>Habitants des QPV</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="134" />
        <source>Zones with potential</source>
        <translation>Zones avec potentiel</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="136" />
        <source>Communes, IRIS or grid cells with a potential field (output of 'Potential beneficiaries').</source>
        <translation>Communes, IRIS ou carreaux avec un champ de potentiel (sortie de « Bénéficiaires potentiels »).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="139" />
        <source>Potential field</source>
        <translation>Champ du potentiel</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="144" />
        <source>Zone code field</source>
        <translation>Champ du code de zone</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="146" />
        <source>INSEE code (or cell id) used to join an employee table and employees without geometry. Empty: detected.</source>
        <translation>Code Insee (ou identifiant de carreau) utilisé pour joindre une table de salariés et les salariés sans géométrie. Vide : détecté.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="149" />
        <source>Employees (points)</source>
        <translation>Salariés (points)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="152" />
        <source>One point per employee in insertion at the home address (e.g. the imported 'employees' layer). Give this or an employee table.</source>
        <translation>Un point par salarié en insertion à l'adresse du domicile (par exemple la couche importée « employees »). Fournissez ceci ou une table de salariés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="155" />
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="157" />
        <source>Count only the employees of this public (points only).</source>
        <translation>Ne compter que les salariés de ce public (points seulement).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="159" />
        <source>Public field (age, flag or category)</source>
        <translation>Champ du public (âge, indicateur ou catégorie)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="161" />
        <source>Age, birth year or birth date (16-25, 50+); yes/no or category text (RSA, QPV). Empty: detected (age, date_naissance, rsa, qpv, public…).</source>
        <translation>Âge, année ou date de naissance (16-25 ans, 50 ans et plus) ; oui/non ou texte de catégorie (RSA, QPV). Vide : détecté (age, date_naissance, rsa, qpv, public…).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="164" />
        <source>Employees per commune (table)</source>
        <translation>Salariés par commune (table)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="167" />
        <source>Instead of points: a table with an INSEE code and a number of employees.</source>
        <translation>À la place des points : une table avec un code Insee et un nombre de salariés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="169" />
        <source>Table code field</source>
        <translation>Champ du code de la table</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="171" />
        <source>INSEE code of the commune. Empty: detected.</source>
        <translation>Code Insee de la commune. Vide : détecté.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="173" />
        <source>Table count field</source>
        <translation>Champ de l'effectif de la table</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="176" />
        <source>Number of employees living in the commune (for the chosen public).</source>
        <translation>Nombre de salariés habitant la commune (pour le public choisi).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="191" />
        <source>Minimum share of a zone inside the reach</source>
        <translation>Part minimale d'une zone dans la zone d'accès</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="198" />
        <source>Smoothing</source>
        <translation>Lissage</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="198" />
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="198" />
        <source>Stewart potential</source>
        <translation>Potentiel de Stewart</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="201" />
        <source>Stewart potential of the potential and of the employees before classifying, to avoid zone-edge effects.</source>
        <translation>Potentiel de Stewart du potentiel et des salariés avant la classification, pour éviter les effets de bord des zones.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="204" />
        <source>Smoothing span (m)</source>
        <translation>Portée du lissage (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="206" />
        <source>Distance at which the weight of a neighbour is halved.</source>
        <translation>Distance à laquelle le poids d'un voisin est divisé par deux.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="208" />
        <source>Smoothing function</source>
        <translation>Fonction de lissage</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="208" />
        <source>Exponential</source>
        <translation>Exponentielle</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="208" />
        <source>Gaussian</source>
        <translation>Gaussienne</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="211" />
        <source>Exponential: long tail; Gaussian: flat near 0 then a fast decay.</source>
        <translation>Exponentielle : longue traîne ; gaussienne : plate près de 0 puis décroissance rapide.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="213" />
        <source>Under-reached ratio</source>
        <translation>Ratio sous-atteint</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="216" />
        <source>A zone is under-reached below this ratio of employees to expected.</source>
        <translation>Une zone est sous-atteinte en dessous de ce ratio entre salariés et attendus.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="218" />
        <source>Not-reached ratio</source>
        <translation>Ratio non atteint</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="221" />
        <source>A zone is not reached below this ratio (a zone without employees is always below).</source>
        <translation>Une zone est non atteinte en dessous de ce ratio (une zone sans salarié est toujours en dessous).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="224" />
        <source>Minimum gap (employees)</source>
        <translation>Écart minimal (salariés)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="227" />
        <source>Shortfalls smaller than this number of employees are classed reached (noise).</source>
        <translation>Les déficits inférieurs à ce nombre de salariés sont classés atteints (bruit).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="229" />
        <source>Secrecy threshold k</source>
        <translation>Seuil de secret k</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="237" />
        <source>Unmatched employee table rows</source>
        <translation>Lignes de la table des salariés non appariées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="240" />
        <source>Rows of the employee table whose code matches no zone.</source>
        <translation>Lignes de la table des salariés dont le code ne correspond à aucune zone.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="242" />
        <source>Territory rate (employees per potential)</source>
        <translation>Taux du territoire (salariés par bénéficiaire potentiel)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="242" />
        <source>Employees read</source>
        <translation>Salariés lus</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="242" />
        <source>Employees in the zones</source>
        <translation>Salariés dans les zones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="242" />
        <source>Employees outside the zones</source>
        <translation>Salariés hors des zones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="242" />
        <source>Employees without location</source>
        <translation>Salariés sans localisation</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="242" />
        <source>Employees of another public</source>
        <translation>Salariés d'un autre public</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="242" />
        <source>Secret zones</source>
        <translation>Zones secrètes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="242" />
        <source>Unmatched table rows</source>
        <translation>Lignes de table non appariées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="258" />
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="265" />
        <source>of zones</source>
        <translation>des zones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="271" />
        <source>the zones (needed for smoothing distances)</source>
        <translation>les zones (nécessaire pour les distances du lissage)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="276" />
        <source>Give the employees: a point layer (one point per employee) or a table of employees per commune.</source>
        <translation>Fournissez les salariés : une couche de points (un point par salarié) ou une table de salariés par commune.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="280" />
        <source>Give either employee points or an employee table, not both (they would be counted twice).</source>
        <translation>Fournissez soit des points de salariés soit une table de salariés, pas les deux (ils seraient comptés deux fois).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="378" />
        <source>Territory rate: {:.2f} employees per 1,000 potential beneficiaries.</source>
        <translation>Taux du territoire : {:.2f} salariés pour 1 000 bénéficiaires potentiels.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="380" />
        <source>Zones by class: {}</source>
        <translation>Zones par classe : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="384" />
        <source>{} zone(s) suppressed (fewer than {} employees or secondary secret).</source>
        <translation>{} zone(s) masquée(s) (moins de {} salariés ou secret secondaire).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="409" />
        <source>The employees layer or table is empty: import the employees first (one point per employee or one row per commune).</source>
        <translation>La couche ou la table des salariés est vide : importez d'abord les salariés (un point par salarié ou une ligne par commune).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="415" />
        <source>No employee belongs to the chosen public: check the public field (age, birth date, RSA or QPV flag) or choose 'All employees'.</source>
        <translation>Aucun salarié n'appartient au public choisi : vérifiez le champ du public (âge, date de naissance, indicateur RSA ou QPV) ou choisissez « Tous les salariés ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="419" />
        <source>None of the {} employee(s) lives inside the zones ({} outside, {} without location): check that the employees and the zones cover the same territory and that both layers have the right CRS.</source>
        <translation>Aucun des {} salarié(s) n'habite dans les zones ({} hors des zones, {} sans localisation) : vérifiez que les salariés et les zones couvrent le même territoire et que les deux couches ont le bon SCR.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="424" />
        <source>No code of the employee table matches a zone (e.g. {}): check the code field (5-character INSEE codes, 2A/2B in Corsica) and the zone code field.</source>
        <translation>Aucun code de la table des salariés ne correspond à une zone (par exemple {}) : vérifiez le champ du code (codes Insee à 5 caractères, 2A/2B en Corse) et le champ du code de zone.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="428" />
        <source>The potential is zero in every zone: check the potential field, or the weights and indicators of 'Potential beneficiaries'.</source>
        <translation>Le potentiel est nul dans toutes les zones : vérifiez le champ du potentiel, ou les poids et les indicateurs de « Bénéficiaires potentiels ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="432" />
        <source>The potential is negative in some zones: check the weights of 'Potential beneficiaries'.</source>
        <translation>Le potentiel est négatif dans certaines zones : vérifiez les poids de « Bénéficiaires potentiels ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="455" />
        <source>The employees layer has no field telling the public '{}' (age or birth date for 16-25 and 50+, a yes/no field rsa or qpv, or a category text 'public'); available fields: {}. Choose it in 'Public field'.</source>
        <translation>La couche des salariés n'a aucun champ indiquant le public « {} » (âge ou date de naissance pour les 16-25 ans et les 50 ans et plus, champ oui/non rsa ou qpv, ou texte de catégorie « public ») ; champs disponibles : {}. Choisissez-le dans « Champ du public ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="518" />
        <source>{} employee(s) live outside the zones: they are not counted (nor in the territory rate).</source>
        <translation>{} salarié(s) habitent hors des zones : ils ne sont pas comptés (ni dans le taux du territoire).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="522" />
        <source>{} employee(s) have neither a geometry nor a commune code matching a zone: not counted.</source>
        <translation>{} salarié(s) n'ont ni géométrie ni code commune correspondant à une zone : non comptés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="526" />
        <source>{} employee(s) do not belong to the chosen public.</source>
        <translation>{} salarié(s) n'appartiennent pas au public choisi.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="532" />
        <source>An employee table needs a code field in the zones: choose it in 'Zone code field'.</source>
        <translation>Une table de salariés nécessite un champ de code dans les zones : choisissez-le dans « Champ du code de zone ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="538" />
        <source>Choose the code field and the count field of the employee table.</source>
        <translation>Choisissez le champ du code et le champ de l'effectif de la table des salariés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="539" />
        <source>employee table</source>
        <translation>table des salariés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="541" />
        <source>Employee table: the count field is assumed to count the chosen public.</source>
        <translation>Table des salariés : le champ d'effectif est supposé compter le public choisi.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="556" />
        <source>{} row(s) of the employee table match no zone (e.g. {}); listed in the Unmatched output.</source>
        <translation>{} ligne(s) de la table des salariés ne correspondent à aucune zone (par exemple {}) ; listées dans la sortie des lignes non appariées.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="573" />
        <source>Employees in insertion ({}) compared with the potential beneficiaries per zone.</source>
        <translation>Salariés en insertion ({}) comparés aux bénéficiaires potentiels par zone.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="574" />
        <source>Territory rate R = {:.3f} employees per 1,000 potential beneficiaries; expected = R × potential; gap = expected − reached; ratio = reached / expected.</source>
        <translation>Taux du territoire R = {:.3f} salariés pour 1 000 bénéficiaires potentiels ; attendu = R × potentiel ; écart = attendu − atteints ; ratio = atteints / attendu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="577" />
        <source>Classes: not reached below a ratio of {}, under-reached below {}, only when the gap is at least {} employee(s).</source>
        <translation>Classes : non atteinte sous un ratio de {}, sous-atteinte sous {}, seulement si l'écart est d'au moins {} salarié(s).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="584" />
        <source>Classes computed on Stewart potentials (span {:.0f} m, {} function).</source>
        <translation>Classes calculées sur des potentiels de Stewart (portée {:.0f} m, fonction {}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="588" />
        <source>Privacy: zones with fewer than {} employees are suppressed (secret).</source>
        <translation>Confidentialité : les zones de moins de {} salariés sont masquées (secret).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="142" />
        <source>Numeric field holding the potential beneficiaries of each zone (empty: 'potential').</source>
        <translation>Champ numérique contenant les bénéficiaires potentiels de chaque zone (vide : « potential »).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="242" />
        <source>Zones reached</source>
        <translation>Zones atteintes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="242" />
        <source>Zones under-reached</source>
        <translation>Zones sous-atteintes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="242" />
        <source>Zones not reached</source>
        <translation>Zones non atteintes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="242" />
        <source>Zones outside the reach</source>
        <translation>Zones hors d'atteinte</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="242" />
        <source>Zones without potential</source>
        <translation>Zones sans potentiel</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="231" />
        <source>Zones with fewer than k employees (but more than 0) are suppressed in the output. Empty: the threshold of the Coodiag settings (11 by default).</source>
        <translation>Les zones de moins de k salariés (mais plus de 0) sont masquées dans la sortie. Vide : le seuil des réglages Coodiag (11 par défaut).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="235" />
        <source>Employees in insertion per zone</source>
        <translation>Salariés en insertion par zone</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="99" />
        <source>Compares where the employees in insertion live with the potential beneficiaries of each zone (commune, IRIS or grid cell; the potential usually comes from 'Potential beneficiaries').

Per zone: potential P, reached E (employees living there: points counted in the zone, or a count per commune from a table joined on the INSEE code), territory rate R = ΣE / ΣP, rate = 1000 × E / P (employees per 1,000 potential beneficiaries), expected = R × P, gap = expected − E (positive: fewer employees than expected), ratio = E / expected (1 = territory average).

Class: no_data when the potential of the zone is unknown (NULL: the population data cover it only in part or not at all; the zone is left out of the territory rate); outside_reach when the zone is out of the SIAE's reach; no_potential when P = 0; not_reached when ratio &lt; 'not reached ratio' (default 0.1) and gap ≥ 'minimum gap' (default 1 employee); under_reached when ratio &lt; 'under-reached ratio' (default 0.75) and gap ≥ minimum gap; low_potential when no employee lives there and the gap is below the minimum gap (too small to judge: neither a shortfall nor reached); reached otherwise.

Reach (one definition for every Coodiag output): a zone is in reach when at least half of its population lives within the reach band of an antenna (20 min by car by default). Give the access-by-zone output of the isochrones (access_car…: its in_reach flags are used as they are, so that every output agrees), or travel-time polygons with a population grid (the share is then computed the same way; without a grid, on the zones' area — said in reach_basis). A zone of unknown reach (off the network) is classed on its figures.

Smoothing (optional): Stewart potential of P and E on the zones' inner points (span in metres = distance at which the weight halves; exponential or Gaussian); the class then uses the smoothed values, which removes zone-edge effects (ratio_s).

Specific publics: only the employees of the chosen public are counted (age or birth date for 16-25 and 50+, a yes/no field or a category text for RSA and QPV; detected or chosen in 'Public field'). Use the potential computed for the same public.

Privacy: employees are personal data; no individual is written. A zone with 1 to k−1 employees (k = the secrecy threshold of the Coodiag settings, 11 by default) is secret, and so are the zones hidden with it so that no count can be worked back from the territory rate (which gives the total): reached, rate, gap, ratio and class are NULL and secret = 1. With smoothing, hidden zones enter the smoothed values with an estimate computed from the published figures only. Maps show the secret zones as such (the styles hatch them).</source>
        <translation>Compare les lieux de résidence des salariés en insertion aux bénéficiaires potentiels de chaque zone (commune, IRIS ou carreau ; le potentiel vient en général de « Bénéficiaires potentiels »).

Par zone : potentiel P, atteints E (salariés qui y habitent : points comptés dans la zone, ou effectif par commune d'une table jointe sur le code Insee), taux du territoire R = ΣE / ΣP, taux = 1000 × E / P (salariés pour 1 000 bénéficiaires potentiels), attendu = R × P, écart = attendu − E (positif : moins de salariés qu'attendu), ratio = E / attendu (1 = moyenne du territoire).

Classe : no_data si le potentiel de la zone est inconnu (NULL : les données de population ne la couvrent qu'en partie ou pas du tout ; la zone est exclue du taux du territoire) ; outside_reach si la zone est hors de portée de la SIAE ; no_potential si P = 0 ; not_reached si ratio &lt; « ratio non atteint » (0,1 par défaut) et écart ≥ « écart minimal » (1 salarié par défaut) ; under_reached si ratio &lt; « ratio sous-atteint » (0,75 par défaut) et écart ≥ écart minimal ; low_potential si aucun salarié n'y habite et que l'écart est sous l'écart minimal (trop faible pour conclure : ni déficit ni zone atteinte) ; reached sinon.

Portée (une seule définition pour toutes les sorties Coodiag) : une zone est à portée quand au moins la moitié de sa population habite dans la bande de portée d'une antenne (20 min en voiture par défaut). Donnez la sortie d'accès par zone des isochrones (access_car… : ses indicateurs in_reach sont repris tels quels, pour que toutes les sorties concordent), ou des polygones de temps de trajet avec une grille de population (la part est alors calculée de la même façon ; sans grille, sur la surface des zones — indiqué dans reach_basis). Une zone de portée inconnue (hors réseau) est classée sur ses chiffres.

Lissage (facultatif) : potentiel de Stewart de P et de E sur les points intérieurs des zones (portée en mètres = distance à laquelle le poids est divisé par deux ; exponentielle ou gaussienne) ; la classe utilise alors les valeurs lissées, ce qui supprime les effets de bord des zones (ratio_s).

Publics spécifiques : seuls les salariés du public choisi sont comptés (âge ou date de naissance pour les 16-25 ans et les 50 ans et plus, champ oui/non ou texte de catégorie pour le RSA et les QPV ; détecté ou choisi dans « Champ du public »). Utilisez le potentiel calculé pour le même public.

Confidentialité : les salariés sont des données personnelles ; aucun individu n'est écrit. Une zone de 1 à k−1 salariés (k = seuil de secret des réglages Coodiag, 11 par défaut) est secrète, ainsi que les zones masquées avec elle pour qu'aucun effectif ne puisse être recalculé à partir du taux du territoire (qui donne le total) : atteints, taux, écart, ratio et classe sont NULL et secret = 1. Avec le lissage, les zones masquées entrent dans les valeurs lissées avec une estimation calculée à partir des seuls chiffres publiés. Les cartes montrent les zones secrètes comme telles (les styles les hachurent).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="178" />
        <source>Reach of the SIAE (access by zone or travel-time polygons)</source>
        <translation>Portée de la SIAE (accès par zone ou polygones de temps de trajet)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="181" />
        <source>Best: the access-by-zone output of the isochrones (access_car…), whose in_reach flags are used as they are. Or travel-time polygons: those of the reach band (20 min by car by default) when they carry minutes, else all of them.</source>
        <translation>Au mieux : la sortie d'accès par zone des isochrones (access_car…), dont les indicateurs in_reach sont repris tels quels. Ou des polygones de temps de trajet : ceux de la bande de portée (20 min en voiture par défaut) quand ils portent les minutes, sinon tous.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="185" />
        <source>Population grid for the reach (Filosofi, with travel-time polygons)</source>
        <translation>Grille de population pour la portée (Filosofi, avec des polygones de temps de trajet)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="188" />
        <source>Filosofi cells (field ind): with travel-time polygons, the share of each zone's population within them decides its reach; without it, the share of its area.</source>
        <translation>Carreaux Filosofi (champ ind) : avec des polygones de temps de trajet, la part de la population de chaque zone qui s'y trouve décide de sa portée ; sans eux, la part de sa surface.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="194" />
        <source>With travel-time polygons: a zone is within reach when at least this share of its population (of its area without a population grid) lies inside them. An access-by-zone table keeps the threshold it was made with (one half).</source>
        <translation>Avec des polygones de temps de trajet : une zone est à portée quand au moins cette part de sa population (de sa surface sans grille de population) s'y trouve. Une table d'accès par zone garde le seuil avec lequel elle a été faite (la moitié).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="242" />
        <source>Zones with too small a potential</source>
        <translation>Zones de potentiel trop faible</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="242" />
        <source>Zones without data</source>
        <translation>Zones sans données</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="290" />
        <source>The potential of {} zone(s) is unknown (NULL: the population data cover them only in part or not at all): class no_data, left out of the territory rate: {}.</source>
        <translation>Le potentiel de {} zone(s) est inconnu (NULL : les données de population ne les couvrent qu'en partie ou pas du tout) : classe no_data, exclues du taux du territoire : {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="309" />
        <source>No zone has a known potential (the field {} is empty everywhere: the population data cover none of the zones). Check the Filosofi grid and the zones of “Potential beneficiaries”.</source>
        <translation>Aucune zone n'a de potentiel connu (le champ {} est vide partout : les données de population ne couvrent aucune des zones). Vérifiez les carreaux Filosofi et les zones de « Bénéficiaires potentiels ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="331" />
        <source>The territory rate is withheld: over the zones of known potential it would give hidden zones away, and rounding it enough would make it 0. The zones are not classed.</source>
        <translation>Le taux du territoire est masqué : calculé sur les zones de potentiel connu, il trahirait des zones masquées, et l'arrondir assez le ramènerait à 0. Les zones ne sont pas classées.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="336" />
        <source>The territory rate is rounded to {:g} employees per 1,000 potential beneficiaries so that it gives no hidden zone away.</source>
        <translation>Le taux du territoire est arrondi à {:g} salariés pour 1 000 bénéficiaires potentiels pour ne trahir aucune zone masquée.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/unmet_zones.py" line="587" />
        <source>Reach of the zones: {}.</source>
        <translation>Portée des zones : {}.</translation>
    </message>
</context>
<context><name>CoodiagAccess</name><message><source>Access by zone</source><translation>Accès par zone</translation></message><message><source>Area share</source><translation>Part de surface</translation></message><message><source>Cell centroid</source><translation>Centroïde du carreau</translation></message><message><source>Centroid: the whole cell goes to the band holding its centre. Area share: split by the share of the cell in each band.</source><translation>Centroïde : tout le carreau va à la tranche qui contient son centre. Part de surface : réparti selon la part du carreau dans chaque tranche.</translation></message><message><source>Code of the zones (e.g. INSEE_COM); empty = the commune or IRIS code found by name, else the feature id.</source><translation>Code des zones (par exemple INSEE_COM) ; vide = le code de commune ou d'IRIS trouvé par son nom, sinon l'identifiant de l'entité.</translation></message><message><source>Communes or any polygons: the access-by-zone output gets, for each zone, its population within each band's limit (with a population grid), the SIAE's reach and the coverage of the zone by the population grid, the road network and, for public transport, the timetables.</source><translation>Communes ou tout autre polygone : la sortie « Accès par zone » donne, pour chaque zone, sa population à moins de la limite de chaque tranche (avec une grille de population), la portée de la SIAE et la couverture de la zone par la grille de population, le réseau routier et, pour les transports en commun, les horaires.</translation></message><message><source>How far from a reached road a place still counts as reached (walked).</source><translation>Jusqu'à quelle distance d'une route atteinte un lieu compte encore comme atteint (à pied).</translation></message><message><source>Nested rings for all sites together (union)</source><translation>Anneaux emboîtés pour tous les sites ensemble (union)</translation></message><message><source>Normalised Filosofi cells with ind, men, men_pauv: their sums are added per band.</source><translation>Carreaux Filosofi normalisés avec ind, men, men_pauv : leurs sommes sont ajoutées par tranche.</translation></message><message><source>Off-network walking distance (m)</source><translation>Distance de marche hors réseau (m)</translation></message><message><source>Output polygons</source><translation>Polygones en sortie</translation></message><message><source>Per-site catchments (nearest site)</source><translation>Aires de desserte par site (site le plus proche)</translation></message><message><source>Per-site isochrones (overlapping)</source><translation>Isochrones par site (avec recouvrements)</translation></message><message><source>Population counted by</source><translation>Population comptée par</translation></message><message><source>Population grid (Filosofi)</source><translation>Grille de population (Filosofi)</translation></message><message><source>Reach band (minutes, 0 = the diagnostic's)</source><translation>Bande de portée (minutes, 0 = celle du diagnostic)</translation></message><message><source>Reach measured on the area of {} zone(s), their population being unknown: {}.</source><translation>Portée mesurée sur la surface de {} zone(s), leur population étant inconnue : {}.</translation></message><message><source>Reach unknown (off the network or not covered by it) for {} zone(s): {}.</source><translation>Portée inconnue (hors réseau ou réseau incomplet) pour {} zone(s) : {}.</translation></message><message><source>The access-by-zone output counts the population within reach of any site: choose the union or the catchment output type.</source><translation>La sortie d'accès par zone compte la population à portée d'un site quelconque : choisissez la sortie « union » ou « aires par site ».</translation></message><message><source>The access-by-zone output flags the zones in reach: at least half of their population (their area without a population grid) within this band of any site. 0: the diagnostic's reach band of the mode (20 min by car, on foot and by bike, 45 min by public transport); a value that is not one of the bands takes the largest band below it.</source><translation>La sortie d'accès par zone signale les zones à portée : au moins la moitié de leur population (de leur surface sans grille de population) à moins de cette durée d'un site. 0 : la bande de portée du diagnostic pour le mode (20 min en voiture, à pied et à vélo, 45 min en transports en commun) ; une valeur qui n'est pas une des bandes prend la plus grande bande inférieure.</translation></message><message><source>The population grid has no field ind (persons): reach is measured on the zones' area.</source><translation>La grille de population n'a pas de champ ind (personnes) : la portée est mesurée sur la surface des zones.</translation></message><message><source>Union: one polygon per band. Catchments: one polygon per site and band, each place with its fastest site (no overlap). Per-site isochrones: one polygon per site and band, each site on its own (overlapping).</source><translation>Union : un polygone par tranche. Aires de desserte : un polygone par site et par tranche, chaque lieu rattaché à son site le plus rapide (sans recouvrement). Isochrones par site : un polygone par site et par tranche, chaque site pris à part (avec recouvrements).</translation></message><message><source>Zones for the access summary (optional)</source><translation>Zones du bilan d'accès (facultatif)</translation></message><message><source>zones</source><translation>zones</translation></message><message><source>{} of {} zone(s) in reach (at least {:.0%} of their population within {:g} min): {}.</source><translation>{} zone(s) sur {} à portée (au moins {:.0%} de leur population à moins de {:g} min) : {}.</translation></message></context><context><name>CoodiagEconomy</name><message><source>Commune codes read from the field {}.</source><translation>Codes communes lus dans le champ {}.</translation></message><message><source>No feature of the communes layer has a valid INSEE code in the field {}.</source><translation>Aucune entité de la couche des communes n'a de code Insee valide dans le champ {}.</translation></message><message><source>The communes layer has no INSEE commune code field (INSEE_COM, code_insee…): choose it in “Commune code field”.</source><translation>La couche des communes n'a pas de champ de code commune Insee (INSEE_COM, code_insee…) : choisissez-le dans « Champ du code commune ».</translation></message><message><source>communes</source><translation>communes</translation></message><message><source>of the communes</source><translation>des communes</translation></message><message><source>{} commune feature(s) without a valid code or geometry were left out.</source><translation>{} entité(s) commune sans code ou géométrie valide écartée(s).</translation></message></context><context><name>CoodiagOptionsPage</name><message><source> people</source><translation> personnes</translation></message><message><source>A rate on a grid cell or a zone (clients per 1,000 households…) is shown only when its denominator reaches this number of households or persons: a rate on a handful of households says nothing, and would fill the top class of a map. 0: the secrecy threshold k.</source><translation>Un taux sur un carreau ou une zone (clients pour 1 000 ménages…) n'est montré que si son dénominateur atteint ce nombre de ménages ou de personnes : un taux sur une poignée de ménages ne dit rien et remplirait la classe supérieure d'une carte. 0 : le seuil de secret k.</translation></message><message><source>Addresses and geocoding</source><translation>Adresses et géocodage</translation></message><message><source>Allow Coodiag to download public data (INSEE, IGN, data.gouv.fr)</source><translation>Autoriser Coodiag à télécharger des données publiques (INSEE, IGN, data.gouv.fr)</translation></message><message><source>Base Adresse Nationale file</source><translation>Fichier de la Base Adresse Nationale</translation></message><message><source>Below 11 (INSEE's threshold), small counts of people may be printed: use it for tests only.</source><translation>En dessous de 11 (le seuil de l'INSEE), de petits effectifs de personnes peuvent être imprimés : à réserver aux essais.</translation></message><message><source>CRS of imported points when their territory cannot be recognised.</source><translation>SCR des points importés quand leur territoire ne peut pas être reconnu.</translation></message><message><source>Coodiag</source><translation>Coodiag</translation></message><message><source>Default CRS</source><translation>SCR par défaut</translation></message><message><source>Download cache folder</source><translation>Dossier de cache des téléchargements</translation></message><message><source>Downloads (online services)</source><translation>Téléchargements (services en ligne)</translation></message><message><source>Every count of 1 to k−1 clients or employees is hidden in every layer, in the atlas and in its key figures, and so are the counts hidden with them so that none can be worked back. 11 is INSEE's threshold.</source><translation>Tout effectif de 1 à k−1 clients ou salariés est masqué dans chaque couche, dans l'atlas et dans ses chiffres clés, ainsi que les effectifs masqués avec lui pour qu'aucun ne puisse être recalculé. 11 est le seuil de l'INSEE.</translation></message><message><source>Grid cells in zones</source><translation>Carreaux dans les zones</translation></message><message><source>How the people of a 200 m cell are counted in communes and other zones.</source><translation>Comment les personnes d'un carreau de 200 m sont comptées dans les communes et les autres zones.</translation></message><message><source>Kept in QGIS's encrypted authentication database (Authentication tab); the project only references it.</source><translation>Conservée dans la base d'authentification chiffrée de QGIS (onglet Authentification) ; le projet ne fait que la référencer.</translation></message><message><source>Kept in a key file of your QGIS profile (the authentication database could not be unlocked); it moves into the database at the next import where it is unlocked.</source><translation>Conservée dans un fichier de clé de votre profil QGIS (la base d'authentification n'a pas pu être déverrouillée) ; elle passera dans la base au prochain import où celle-ci sera déverrouillée.</translation></message><message><source>Losing it only means that later imports get new pseudonyms.</source><translation>La perdre signifie seulement que les imports suivants recevront de nouveaux pseudonymes.</translation></message><message><source>Make or unlock the key now</source><translation>Créer ou déverrouiller la clé maintenant</translation></message><message><source>Maps</source><translation>Cartes</translation></message><message><source>Minimum denominator of a rate</source><translation>Dénominateur minimal d'un taux</translation></message><message><source>None yet: the first import of clients or employees makes one.</source><translation>Aucune pour l'instant : le premier import de clients ou de salariés en crée une.</translation></message><message><source>Off by default: nothing is downloaded unless this is ticked.</source><translation>Désactivé par défaut : rien n'est téléchargé tant que cette case n'est pas cochée.</translation></message><message><source>Online geocoder URL</source><translation>URL du géocodeur en ligne</translation></message><message><source>Pseudonymisation key of the current project</source><translation>Clé de pseudonymisation du projet courant</translation></message><message><source>Retries</source><translation>Nouvelles tentatives</translation></message><message><source>Retries after a busy answer (HTTP 429 or 5xx), waiting 1, 2, 4… s. The timeout is QGIS's network timeout (Settings ▸ Options ▸ Network).</source><translation>Nouvelles tentatives après une réponse « occupé » (HTTP 429 ou 5xx), en attendant 1, 2, 4… s. Le délai d'expiration est celui du réseau de QGIS (Préférences ▸ Options ▸ Réseau).</translation></message><message><source>Rows per request</source><translation>Lignes par requête</translation></message><message><source>Rows sent per request (the service accepts files up to 50 MB).</source><translation>Lignes envoyées par requête (le service accepte des fichiers jusqu'à 50 Mo).</translation></message><message><source>Secrecy threshold k</source><translation>Seuil de secret k</translation></message><message><source>Set by the environment variable {}: change it there.</source><translation>Fixé par la variable d'environnement {} : modifiez-la là.</translation></message><message><source>Share of the cell's area in each zone</source><translation>Part de la surface du carreau dans chaque zone</translation></message><message><source>Statistical secrecy</source><translation>Secret statistique</translation></message><message><source>Still in clear in the project file (earlier version): it moves out at the next import or with the button below.</source><translation>Encore en clair dans le fichier du projet (version antérieure) : elle en sortira au prochain import ou avec le bouton ci-dessous.</translation></message><message><source>The BAN batch geocoding service (/search/csv/). Addresses are sent only when an import ticks « Send these addresses to the online geocoder ».</source><translation>Le service de géocodage par lot de la BAN (/search/csv/). Les adresses ne sont envoyées que si un import coche « Envoyer ces adresses au géocodeur en ligne ».</translation></message><message><source>The département file adresses-NN.csv of adresse.data.gouv.fr, used when an import in address mode is given no address file.</source><translation>Le fichier départemental adresses-NN.csv d'adresse.data.gouv.fr, utilisé quand un import en mode adresse ne reçoit pas de fichier d'adresses.</translation></message><message><source>Where downloaded files are kept and looked for first. Empty: the QGIS cache folder (…/cache/coodiag).</source><translation>Où les fichiers téléchargés sont conservés et cherchés en premier. Vide : le dossier de cache de QGIS (…/cache/coodiag).</translation></message><message><source>Whole cell to the zone holding its centre</source><translation>Carreau entier à la zone qui contient son centre</translation></message><message><source>Whole cell to the zone holding most of it</source><translation>Carreau entier à la zone qui en contient la plus grande part</translation></message><message><source>the secrecy threshold k</source><translation>le seuil de secret k</translation></message></context><context><name>CoodiagParameters</name><message><source>Antenna name field</source><translation>Champ du nom de l'antenne</translation></message><message><source>Antennas, work sites… (points, any CRS: reprojected to the network CRS).</source><translation>Antennes, chantiers… (points, tout SCR : reprojetés dans le SCR du réseau).</translation></message><message><source>Commune code field</source><translation>Champ du code commune</translation></message><message><source>Communes of the territory</source><translation>Communes du territoire</translation></message><message><source>Communes table with postcodes (optional)</source><translation>Table des communes avec codes postaux (facultatif)</translation></message><message><source>Empty: detected (INSEE_COM, code_insee…).</source><translation>Vide : détecté (INSEE_COM, code_insee…).</translation></message><message><source>Empty: the feature id.</source><translation>Vide : l'identifiant de l'entité.</translation></message><message><source>Identifier copied to the outputs (default: the feature id).</source><translation>Identifiant recopié dans les sorties (par défaut : l'identifiant de l'entité).</translation></message><message><source>Output of “Build a routable network”.</source><translation>Sortie de « Préparer un réseau routable ».</translation></message><message><source>Prepared road network (optional)</source><translation>Réseau routier préparé (facultatif)</translation></message><message><source>Site id field</source><translation>Champ identifiant du site</translation></message><message><source>Sites</source><translation>Sites</translation></message><message><source>Zone id field</source><translation>Champ identifiant de zone</translation></message><message><source>of the antennas</source><translation>des antennes</translation></message></context><context><name>CoodiagPipelines</name><message><source>A polygon layer of communes with their INSEE code (and EPCI code for an EPCI territory), covering the territory: IGN ADMIN EXPRESS, a COG file, an open-data portal export.</source><translation>Une couche de polygones des communes avec leur code Insee (et le code de l'EPCI pour un territoire intercommunal), couvrant le territoire : IGN ADMIN EXPRESS, un fichier du COG, un export d'un portail open data.</translation></message><message><source>A table of the communes with their postcodes and SIREN (e.g. the decoupage-administratif communes table), to place contracts and structures given by postcode.</source><translation>Une table des communes avec leurs codes postaux et leur SIREN (par ex. la table des communes de decoupage-administratif), pour placer les marchés et les structures connus par leur code postal.</translation></message><message><source>Add the layers to the map, grouped by question</source><translation>Ajouter les couches à la carte, rangées par question</translation></message><message><source>An INSEE census table at commune level (base-ic-…), joined to the communes.</source><translation>Une table du recensement de l'Insee à la commune (base-ic-…), jointe aux communes.</translation></message><message><source>Antenna column (clients and antennas files)</source><translation>Colonne de l'antenne (fichiers des clients et des antennes)</translation></message><message><source>Antennas file</source><translation>Fichier des antennes</translation></message><message><source>Arrival time at the antennas</source><translation>Heure d'arrivée aux antennes</translation></message><message><source>Atlas (PDF)</source><translation>Atlas (PDF)</translation></message><message><source>Atlas pages</source><translation>Pages de l'atlas</translation></message><message><source>Atlas: {}</source><translation>Atlas : {}</translation></message><message><source>BAN address file of the département</source><translation>Fichier d'adresses BAN du département</translation></message><message><source>BMO survey file (France Travail)</source><translation>Fichier de l'enquête BMO (France Travail)</translation></message><message><source>Base Adresse Nationale file adresses-&lt;département&gt;.csv(.gz), to place addresses offline. Without it, rows are placed by their coordinates or at their commune.</source><translation>Fichier de la Base Adresse Nationale adresses-&lt;département&gt;.csv(.gz), pour placer les adresses hors ligne. Sans lui, les lignes sont placées par leurs coordonnées ou à leur commune.</translation></message><message><source>Builds the study territory from INSEE codes (communes, EPCI or départements) out of a communes layer, then loads the INSEE Filosofi grid (any vintage) and, when given, a census table, into the diagnostic GeoPackage (layers communes, territory, filosofi_200m, census_communes).</source><translation>Construit le territoire d'étude à partir de codes Insee (communes, EPCI ou départements) dans une couche de communes, puis charge les carreaux Filosofi de l'Insee (tout millésime) et, si elle est fournie, une table du recensement, dans le GeoPackage du diagnostic (couches communes, territory, filosofi_200m, census_communes).</translation></message><message><source>By bike</source><translation>À vélo</translation></message><message><source>CSV or spreadsheet (*.csv *.txt *.tsv *.xlsx *.ods *.xls);;All files (*)</source><translation>CSV ou tableur (*.csv *.txt *.tsv *.xlsx *.ods *.xls);;Tous les fichiers (*)</translation></message><message><source>Car</source><translation>Voiture</translation></message><message><source>Car bands (minutes)</source><translation>Tranches en voiture (minutes)</translation></message><message><source>Census table (INSEE, optional)</source><translation>Table du recensement (Insee, facultative)</translation></message><message><source>Choose the diagnostic GeoPackage (.gpkg) to write into.</source><translation>Choisissez le GeoPackage du diagnostic (.gpkg) où écrire.</translation></message><message><source>Client weight field (e.g. hours sold)</source><translation>Champ de pondération des clients (ex. heures vendues)</translation></message><message><source>Clients file</source><translation>Fichier des clients</translation></message><message><source>Codes separated by commas, e.g. 242010056 for the CA du Pays Ajaccien, or 2A004, 2A006 for two communes.</source><translation>Codes séparés par des virgules, par ex. 242010056 pour la CA du Pays Ajaccien, ou 2A004, 2A006 pour deux communes.</translation></message><message><source>Commune codes</source><translation>Codes communes</translation></message><message><source>Commune → BMO basin table</source><translation>Table commune → bassin BMO</translation></message><message><source>Communes layer (Admin Express, COG…)</source><translation>Couche des communes (Admin Express, COG…)</translation></message><message><source>Communes table with postcodes (COG)</source><translation>Table des communes avec codes postaux (COG)</translation></message><message><source>Cycling bands (minutes)</source><translation>Tranches à vélo (minutes)</translation></message><message><source>Date studied for public transport (YYYY-MM-DD)</source><translation>Date étudiée pour les transports en commun (AAAA-MM-JJ)</translation></message><message><source>Diagnostic GeoPackage</source><translation>GeoPackage du diagnostic</translation></message><message><source>Département codes</source><translation>Codes de départements</translation></message><message><source>EPCI (SIREN number)</source><translation>EPCI (numéro SIREN)</translation></message><message><source>Employees in insertion file</source><translation>Fichier des salariés en insertion</translation></message><message><source>Empty: the next Tuesday covered by the feeds.</source><translation>Vide : le prochain mardi couvert par les fichiers.</translation></message><message><source>English</source><translation>Anglais</translation></message><message><source>Filosofi 200 m grid file (INSEE)</source><translation>Fichier des carreaux Filosofi de 200 m (Insee)</translation></message><message><source>French</source><translation>Français</translation></message><message><source>GTFS files of the networks serving the territory (transport.data.gouv.fr); several feeds (urban, coach, TER) are combined. Without them the public transport maps are left out.</source><translation>Fichiers GTFS des réseaux qui desservent le territoire (transport.data.gouv.fr) ; plusieurs réseaux (urbain, cars, TER) sont combinés. Sans eux, les cartes des transports en commun sont laissées de côté.</translation></message><message><source>GeolocalisationEtablissement_Sirene_pour_etudes_statistiques, joined on the SIRET when the establishments file is the national stock.</source><translation>GeolocalisationEtablissement_Sirene_pour_etudes_statistiques, joint sur le SIRET quand le fichier des établissements est le stock national.</translation></message><message><source>INSEE codes of the territory</source><translation>Codes Insee du territoire</translation></message><message><source>INSEE's SIRENE establishments: the geocoded file of the département (geo_siret_&lt;dep&gt;.csv.gz) or the national StockEtablissement (streamed, never loaded whole).</source><translation>Les établissements SIRENE de l'Insee : le fichier géocodé du département (geo_siret_&lt;dep&gt;.csv.gz) ou le StockEtablissement national (lu au fil de l'eau, jamais chargé en entier).</translation></message><message><source>Imports and places the SIAE's antennas, clients, employees and work sites (CSV or spreadsheet exports) into the diagnostic GeoPackage, with the rows that could not be placed in their own tables. Names, phones, e-mails and addresses are not kept; employees are pseudonymised. Uses the communes of the diagnostic, when present, to place rows known only by their commune.</source><translation>Importe et place les antennes, clients, salariés et chantiers de la SIAE (exports CSV ou tableur) dans le GeoPackage du diagnostic, avec les lignes qui n'ont pu être placées dans leurs propres tables. Les noms, téléphones, courriels et adresses ne sont pas conservés ; les salariés sont pseudonymisés. Utilise les communes du diagnostic, si elles y sont, pour placer les lignes connues seulement par leur commune.</translation></message><message><source>Kind of the SIAE</source><translation>Type de SIAE</translation></message><message><source>Kind of the SIAE (association intermédiaire, chantier, entreprise d'insertion…), for the catchment overlap with the other structures of the same kind.</source><translation>Type de la SIAE (association intermédiaire, chantier, entreprise d'insertion…), pour le recouvrement des aires avec les autres structures du même type.</translation></message><message><source>Language of the atlas</source><translation>Langue de l'atlas</translation></message><message><source>Language of the printed atlas (titles, legends, figures).</source><translation>Langue de l'atlas imprimé (titres, légendes, chiffres).</translation></message><message><source>Layers written</source><translation>Couches écrites</translation></message><message><source>Name of the SIAE</source><translation>Nom de la SIAE</translation></message><message><source>Name of the territory</source><translation>Nom du territoire</translation></message><message><source>Nothing could be computed: {}</source><translation>Rien n'a pu être calculé : {}</translation></message><message><source>On foot</source><translation>À pied</translation></message><message><source>Optional column naming the antenna in both the clients and the antennas files: customer areas are then drawn per antenna.</source><translation>Colonne facultative donnant l'antenne, à la fois dans le fichier des clients et dans celui des antennes : les aires de clientèle sont alors tracées par antenne.</translation></message><message><source>Optional column of the clients file weighting each client; empty = one per client.</source><translation>Colonne facultative du fichier des clients pondérant chaque client ; vide = un par client.</translation></message><message><source>Optional: the work sites or missions (address or coordinates).</source><translation>Facultatif : les chantiers ou missions (adresse ou coordonnées).</translation></message><message><source>Printed on the atlas pages, e.g. « AI du Pays Ajaccien ».</source><translation>Imprimé sur les pages de l'atlas, par ex. « AI du Pays Ajaccien ».</translation></message><message><source>Printed on the atlas pages, e.g. « CA du Pays Ajaccien ».</source><translation>Imprimé sur les pages de l'atlas, par ex. « CA du Pays Ajaccien ».</translation></message><message><source>Public contracts file (DECP)</source><translation>Fichier des marchés publics (DECP)</translation></message><message><source>Public data: territory and Filosofi grid</source><translation>Données publiques : territoire et carreaux Filosofi</translation></message><message><source>Public transport bands (minutes)</source><translation>Tranches en transports en commun (minutes)</translation></message><message><source>Public transport searches arrive by this time, over the hour before (median of the window).</source><translation>Les trajets en transports en commun arrivent à cette heure, sur l'heure qui précède (médiane de la fenêtre).</translation></message><message><source>Public transport timetables (GTFS zip)</source><translation>Horaires de transport en commun (zip GTFS)</translation></message><message><source>Q1 Clients: density, penetration, prospects</source><translation>Q1 Clients : densité, pénétration, prospection</translation></message><message><source>Q2 Beneficiaries: potential and unmet zones</source><translation>Q2 Bénéficiaires : potentiel et zones non atteintes</translation></message><message><source>Q3 Mobility: isochrones and travel times</source><translation>Q3 Mobilité : isochrones et temps de trajet</translation></message><message><source>Q4 Antennas: where to open a new one</source><translation>Q4 Antennes : où en ouvrir une nouvelle</translation></message><message><source>Q5 Jobs and companies: recruitment tension, companies to approach</source><translation>Q5 Emploi et entreprises : tensions de recrutement, entreprises à prospecter</translation></message><message><source>Q6 Public procurement and inclusion actors</source><translation>Q6 Commande publique et acteurs de l'inclusion</translation></message><message><source>Question 1 — where are the clients, where could new ones be? From the clients and communes of the diagnostic GeoPackage: clients per cell and per commune, smoothed rate, market penetration and customer areas, prospect zones and hot spots, all under the statistical secret.</source><translation>Question 1 — où sont les clients, où pourraient être les nouveaux ? À partir des clients et des communes du GeoPackage du diagnostic : clients par carreau et par commune, taux lissé, taux de pénétration et aires de clientèle, zones à prospecter et points chauds, sous secret statistique.</translation></message><message><source>Question 2 — where are the potential beneficiaries the SIAE does not reach? From the Filosofi grid, the communes and the employees of the diagnostic GeoPackage: potential per cell and per commune, unmet zones and employees per commune, under the statistical secret.</source><translation>Question 2 — où sont les bénéficiaires potentiels que la SIAE n'atteint pas ? À partir des carreaux Filosofi, des communes et des salariés du GeoPackage du diagnostic : potentiel par carreau et par commune, zones non atteintes et salariés par commune, sous secret statistique.</translation></message><message><source>Question 3 — how far is the SIAE, by car, on foot, by bike and by public transport? Prepares the road network, computes the isochrones of the antennas with the population reached per band and commune (when the Filosofi grid is in the diagnostic), the employees' travel times to their antenna and, with GTFS timetables, public transport isochrones and the car-versus-transit gap.</source><translation>Question 3 — à quelle distance est la SIAE, en voiture, à pied, à vélo et en transports en commun ? Prépare le réseau routier, calcule les isochrones des antennes avec la population atteinte par tranche et par commune (quand les carreaux Filosofi sont dans le diagnostic), les temps de trajet des salariés vers leur antenne et, avec des horaires GTFS, les isochrones en transports en commun et l'écart entre voiture et transports.</translation></message><message><source>Question 4 — where should a new antenna open? From the road network, the potential beneficiaries and the antennas of the diagnostic GeoPackage: scenarios of 1 to 3 new antennas chosen among the commune centres to reach the most potential beneficiaries within 20 minutes by car (maximal coverage), with the p-median and set-covering answers for comparison. Open “Where to open an antenna” in the toolbox for other candidates, modes or standards.</source><translation>Question 4 — où ouvrir une nouvelle antenne ? À partir du réseau routier, des bénéficiaires potentiels et des antennes du GeoPackage du diagnostic : scénarios de 1 à 3 nouvelles antennes choisies parmi les centres des communes pour atteindre le plus de bénéficiaires potentiels à moins de 20 minutes en voiture (couverture maximale), avec les réponses p-médiane et couverture d'ensemble pour comparaison. Ouvrez « Où ouvrir une antenne » dans la boîte à outils pour d'autres sites candidats, modes ou normes.</translation></message><message><source>Question 5 — which trades struggle to recruit here, and which companies could become clients? Loads the France Travail BMO survey for the basins of the territory and the SIRENE establishments of its communes, then ranks the companies to approach (activities the SIAE serves or tense trades, within reach of the antennas, not already clients).</source><translation>Question 5 — quels métiers peinent à recruter ici, et quelles entreprises pourraient devenir clientes ? Charge l'enquête BMO de France Travail pour les bassins du territoire et les établissements SIRENE de ses communes, puis classe les entreprises à prospecter (activités que sert la SIAE ou métiers en tension, à portée des antennes, pas déjà clientes).</translation></message><message><source>Question 6 — which public buyers use social clauses, and who else works here? Loads the public contracts (DECP) executed in or bought by the territory, with their social considerations, and the other SIAE of the territory with their catchment overlap with the SIAE's antennas.</source><translation>Question 6 — quels acheteurs publics utilisent des clauses sociales, et qui d'autre travaille ici ? Charge les marchés publics (DECP) exécutés sur le territoire ou passés par ses acheteurs, avec leurs considérations sociales, et les autres SIAE du territoire avec le recouvrement de leurs aires avec celles des antennes de la SIAE.</translation></message><message><source>Road lines (OpenStreetMap, BD TOPO or already prepared by Coodiag). Without them the travel-time maps are left out.</source><translation>Lignes du réseau routier (OpenStreetMap, BD TOPO ou déjà préparées par Coodiag). Sans elles, les cartes de temps de trajet sont laissées de côté.</translation></message><message><source>Road network</source><translation>Réseau routier</translation></message><message><source>SIAE register</source><translation>Liste des SIAE</translation></message><message><source>SIRENE establishments file</source><translation>Fichier des établissements SIRENE</translation></message><message><source>SIRENE geolocation file (with the national stock)</source><translation>Fichier de géolocalisation SIRENE (avec le stock national)</translation></message><message><source>SIRENE legal units file (optional)</source><translation>Fichier des unités légales SIRENE (facultatif)</translation></message><message><source>Same as QGIS</source><translation>Comme QGIS</translation></message><message><source>Steps left out, and why</source><translation>Étapes laissées de côté, et pourquoi</translation></message><message><source>StockUniteLegale: company names, and which establishments belong to individual entrepreneurs (persons, whose names are never printed).</source><translation>StockUniteLegale : noms des entreprises, et établissements des entrepreneurs individuels (des personnes, dont le nom n'est jamais imprimé).</translation></message><message><source>Target population field of the communes</source><translation>Champ de population cible des communes</translation></message><message><source>The Besoins en Main-d'Œuvre open-data file (Base_open_data_BMO_&lt;year&gt;.xlsx) or a CSV extract: recruitment projects and difficulties by employment basin and trade.</source><translation>Le fichier open data Besoins en Main-d'Œuvre (Base_open_data_BMO_&lt;année&gt;.xlsx) ou un extrait CSV : projets de recrutement et difficultés par bassin d'emploi et par métier.</translation></message><message><source>The INSEE Filosofi gridded data (any vintage). Without it, rates use a population field of the communes and the population maps are left out.</source><translation>Les données carroyées Filosofi de l'Insee (tout millésime). Sans elles, les taux utilisent un champ de population des communes et les cartes de population sont laissées de côté.</translation></message><message><source>The atlas could not be printed: {}</source><translation>L'atlas n'a pas pu être imprimé : {}</translation></message><message><source>The clients export (one row per client, with an address, coordinates or a commune). Names, phones and e-mails are not kept.</source><translation>L'export des clients (une ligne par client, avec une adresse, des coordonnées ou une commune). Les noms, téléphones et courriels ne sont pas conservés.</translation></message><message><source>The column “{}” ({}) is not in the imported table(s) {}: the steps run without it.</source><translation>La colonne « {} » ({}) n'est pas dans la ou les tables importées {} : les étapes sont lancées sans elle.</translation></message><message><source>The diagnostic GeoPackage {} does not exist yet: run the earlier steps (or the whole diagnostic) first.</source><translation>Le GeoPackage du diagnostic {} n'existe pas encore : lancez d'abord les étapes précédentes (ou tout le diagnostic).</translation></message><message><source>The diagnostic's .gpkg file, holding the layers of the earlier steps; this run adds or replaces its own layers.</source><translation>Le fichier .gpkg du diagnostic, qui contient les couches des étapes précédentes ; ce traitement ajoute ou remplace ses propres couches.</translation></message><message><source>The diagnostic's .gpkg file: created when it does not exist; otherwise its layers of the same name are replaced and the others kept.</source><translation>Le fichier .gpkg du diagnostic : créé s'il n'existe pas ; sinon ses couches de même nom sont remplacées et les autres conservées.</translation></message><message><source>The données essentielles de la commande publique: JSON (2019 or 2022 format) or the consolidated CSV.</source><translation>Les données essentielles de la commande publique : JSON (format 2019 ou 2022) ou le CSV consolidé.</translation></message><message><source>The employees in insertion export (address or commune of residence). Pseudonymised on import; never printed individually.</source><translation>L'export des salariés en insertion (adresse ou commune de résidence). Pseudonymisé à l'import ; jamais imprimé individuellement.</translation></message><message><source>The file given for “{}” does not exist: {}</source><translation>Le fichier indiqué pour « {} » n'existe pas : {}</translation></message><message><source>The isochrones of this mode say which zones are within the SIAE's reach (prospect zones, unmet zones, key figures).</source><translation>Les isochrones de ce mode disent quelles zones sont à portée de la SIAE (zones à prospecter, zones non atteintes, chiffres clés).</translation></message><message><source>The list of the SIAE (Plateforme de l'inclusion export, ASP list or data·inclusion structures), to map the other inclusion actors.</source><translation>La liste des SIAE (export de la Plateforme de l'inclusion, liste de l'ASP ou structures data·inclusion), pour cartographier les autres acteurs de l'inclusion.</translation></message><message><source>The structure's antennas or premises (CSV or spreadsheet, with an address or coordinates).</source><translation>Les antennes ou locaux de la structure (CSV ou tableur, avec une adresse ou des coordonnées).</translation></message><message><source>The structure's files: import and placing</source><translation>Les fichiers de la structure : import et placement</translation></message><message><source>The table giving the BMO employment basin of each commune (INSEE code, basin code).</source><translation>La table donnant le bassin d'emploi BMO de chaque commune (code Insee, code du bassin).</translation></message><message><source>The territory is given by</source><translation>Le territoire est défini par</translation></message><message><source>The whole Coodiag diagnostic in one run, from the SIAE's files and the public data to the PDF atlas:
1. the study territory (communes from INSEE codes);
2. the SIAE's files (antennas, clients, employees, work sites) imported and placed;
3. public data (Filosofi 200 m grid, census);
4. mobility (road network, isochrones by car, on foot and by bike, employees' travel times; public transport from GTFS timetables and the car-versus-transit gap);
5. clients (density, penetration, customer areas, prospect zones, hot spots);
6. beneficiaries (potential, unmet zones, employees per commune);
7. where to open an antenna (scenarios of new antennas);
8. jobs and companies (BMO recruitment difficulties, SIRENE prospects) and public procurement (DECP, the other inclusion actors), when their files are given;
9. the atlas (PDF) and its layouts in the project.

Every layer is written into the diagnostic GeoPackage with its style and name, then added to the map in one group per question (personal data hidden, in their own group). Optional inputs are optional: a step whose data are missing is left out with a message saying why.

To try Coodiag, use the button « Try with the sample territory » of the Coodiag dock: it fills every input with the bundled sample (CA du Pays Ajaccien).</source><translation>Tout le diagnostic Coodiag en une fois, des fichiers de la SIAE et des données publiques jusqu'à l'atlas PDF :
1. le territoire d'étude (communes à partir des codes Insee) ;
2. les fichiers de la SIAE (antennes, clients, salariés, chantiers) importés et placés ;
3. les données publiques (carreaux Filosofi de 200 m, recensement) ;
4. la mobilité (réseau routier, isochrones en voiture, à pied et à vélo, temps de trajet des salariés ; transports en commun à partir des horaires GTFS et écart entre voiture et transports) ;
5. les clients (densité, pénétration, aires de clientèle, zones à prospecter, points chauds) ;
6. les bénéficiaires (potentiel, zones non atteintes, salariés par commune) ;
7. où ouvrir une antenne (scénarios de nouvelles antennes) ;
8. emploi et entreprises (difficultés de recrutement BMO, entreprises à prospecter SIRENE) et commande publique (DECP, autres acteurs de l'inclusion), quand leurs fichiers sont fournis ;
9. l'atlas (PDF) et ses mises en page dans le projet.

Chaque couche est écrite dans le GeoPackage du diagnostic avec son style et son nom, puis ajoutée à la carte dans un groupe par question (données personnelles masquées, dans leur propre groupe). Les données facultatives le sont vraiment : une étape dont les données manquent est laissée de côté avec un message qui dit pourquoi.

Pour essayer Coodiag, utilisez le bouton « Essayer avec le territoire exemple » du panneau Coodiag : il remplit toutes les entrées avec l'exemple fourni (CA du Pays Ajaccien).</translation></message><message><source>Travel mode that defines the SIAE's reach</source><translation>Mode de déplacement qui définit la portée de la SIAE</translation></message><message><source>Travel-time bands, e.g. 10, 20, 30, 45; empty = the usual bands of the mode.</source><translation>Tranches de temps de trajet, par ex. 10, 20, 30, 45 ; vide = les tranches habituelles du mode.</translation></message><message><source>Used when no Filosofi grid is given: a numeric field of the communes (e.g. POP_2020) as the target population of the client rates.</source><translation>Utilisé quand aucun carreau Filosofi n'est fourni : un champ numérique des communes (ex. POP_2020) comme population cible des taux de clients.</translation></message><message><source>Walking bands (minutes)</source><translation>Tranches à pied (minutes)</translation></message><message><source>What the codes below are: INSEE commune codes, the SIREN number of an EPCI, or département codes.</source><translation>Ce que sont les codes ci-dessous : codes Insee de communes, numéro SIREN d'un EPCI ou codes de départements.</translation></message><message><source>When ticked, every layer written is added to the current project with its style and name, in one group per question; personal data are added hidden.</source><translation>Si la case est cochée, chaque couche écrite est ajoutée au projet avec son style et son nom, dans un groupe par question ; les données personnelles sont ajoutées masquées.</translation></message><message><source>Where to write the printed atlas; by default next to the GeoPackage.</source><translation>Où écrire l'atlas imprimé ; par défaut à côté du GeoPackage.</translation></message><message><source>Whole diagnostic (files to atlas)</source><translation>Tout le diagnostic (des fichiers à l'atlas)</translation></message><message><source>Work sites file</source><translation>Fichier des chantiers</translation></message><message><source>its input (the existing layers are kept)</source><translation>son entrée (les couches existantes sont conservées)</translation></message><message><source>no input given</source><translation>aucune donnée fournie</translation></message><message><source>{} exists and is not a GeoPackage: choose another file.</source><translation>{} existe et n'est pas un GeoPackage : choisissez un autre fichier.</translation></message><message><source>{} layers written into {}.</source><translation>{} couches écrites dans {}.</translation></message><message><source>{}: failed — {}</source><translation>{} : échec — {}</translation></message><message><source>{}: left out, missing {}</source><translation>{} : laissé de côté, il manque {}</translation></message><message><source>— {} ({})</source><translation>— {} ({})</translation></message></context><context><name>CoodiagReach</name><message><source> of {:g} min</source><translation> de {:g} min</translation></message><message><source>Reach unknown for {} zone(s) (no travel time: off the network or outside the data).</source><translation>Portée inconnue pour {} zone(s) (pas de temps de trajet : hors réseau ou hors des données).</translation></message><message><source>The travel-time layer has no usable polygon: check it or leave it empty.</source><translation>La couche de temps de trajet n'a aucun polygone utilisable : vérifiez-la ou laissez ce paramètre vide.</translation></message><message><source>This access-by-zone table has no reach flags (in_reach): it was made by an older version. Run the isochrones again, or give the isochrone polygons.</source><translation>Cette table d'accès par zone n'a pas d'indicateur de portée (in_reach) : elle a été faite par une version antérieure. Relancez les isochrones, ou donnez les polygones des isochrones.</translation></message><message><source>area</source><translation>surface</translation></message><message><source>at least {:.0%} of the population within {} min, from the access table</source><translation>au moins {:.0%} de la population à moins de {} min, d'après la table d'accès</translation></message><message><source>at least {:.0%} of the {} within the travel-time polygons{}</source><translation>au moins {:.0%} de la {} dans les polygones de temps de trajet{}</translation></message><message><source>population</source><translation>population</translation></message><message><source>travel-time layer</source><translation>couche de temps de trajet</translation></message><message><source>{} of {} zone(s) within the SIAE's reach ({}).</source><translation>{} zone(s) sur {} à portée de la SIAE ({}).</translation></message></context><context><name>CoodiagTransit</name><message><source>50 = the median over the window; 80 = a time met 4 times out of 5; 100 = the worst.</source><translation>50 = la médiane sur la fenêtre ; 80 = un temps tenu 4 fois sur 5 ; 100 = le pire.</translation></message><message><source>A margin required at every change of vehicle (a connection tighter than this is missed).</source><translation>Marge exigée à chaque changement de véhicule (une correspondance plus serrée est manquée).</translation></message><message><source>Arrival deadline (arrive by) or departure time (leave at); times after 24:00 are the night after the date.</source><translation>Heure limite d'arrivée (arriver avant) ou heure de départ (partir à) ; une heure après 24:00 désigne la nuit suivant la date.</translation></message><message><source>Arrive by (at the sites)</source><translation>Arriver avant (aux sites)</translation></message><message><source>Arrive by: the latest arrival at the sites, e.g. 08:30 for a start of work. Leave at: the departure time.</source><translation>Arriver avant : l'heure limite d'arrivée aux sites, par exemple 08:30 pour une embauche. Partir à : l'heure de départ.</translation></message><message><source>Compact timetable</source><translation>Horaires compacts</translation></message><message><source>Date (YYYY-MM-DD)</source><translation>Date (AAAA-MM-JJ)</translation></message><message><source>Date studied: {} (as given).</source><translation>Date étudiée : {} (celle donnée).</translation></message><message><source>Date studied: {} (the date chosen when the timetable was loaded).</source><translation>Date étudiée : {} (celle choisie au chargement des horaires).</translation></message><message><source>Date studied: {} (the first Tuesday covered by the feeds: today is outside their period; set the date parameter to choose another day).</source><translation>Date étudiée : {} (le premier mardi couvert par les flux : aujourd'hui est hors de leur période ; renseignez la date pour étudier un autre jour).</translation></message><message><source>Date studied: {} (the first date covered by the feeds; set the date parameter to choose another day).</source><translation>Date étudiée : {} (la première date couverte par les flux ; renseignez la date pour étudier un autre jour).</translation></message><message><source>Date studied: {} (the next Tuesday covered by the feeds; set the date parameter to choose another day).</source><translation>Date étudiée : {} (le prochain mardi couvert par les flux ; renseignez la date pour étudier un autre jour).</translation></message><message><source>Empty: the date chosen when the timetable was loaded, else the next Tuesday covered by the feeds.</source><translation>Vide : la date choisie au chargement des horaires, sinon le prochain mardi couvert par les flux.</translation></message><message><source>Extra time at each transfer (minutes)</source><translation>Marge à chaque correspondance (minutes)</translation></message><message><source>GTFS feeds (instead of the timetable)</source><translation>Flux GTFS (à la place des horaires compacts)</translation></message><message><source>GTFS file not found: {}.</source><translation>Fichier GTFS introuvable : {}.</translation></message><message><source>GTFS zip files read directly when no compact timetable is given.</source><translation>Fichiers zip GTFS lus directement quand aucun horaire compact n'est donné.</translation></message><message><source>Give at least one GTFS file (a .zip from transport.data.gouv.fr).</source><translation>Donnez au moins un fichier GTFS (un .zip de transport.data.gouv.fr).</translation></message><message><source>Give the timetable (output of “Load a GTFS timetable”) or GTFS files.</source><translation>Donnez les horaires compacts (sortie de « Charger des horaires GTFS ») ou des fichiers GTFS.</translation></message><message><source>Leave at (from the origins or sites)</source><translation>Partir à (des origines ou des sites)</translation></message><message><source>Maximum transfers</source><translation>Nombre maximal de correspondances</translation></message><message><source>Maximum walk from the last stop (minutes)</source><translation>Marche maximale depuis le dernier arrêt (minutes)</translation></message><message><source>Maximum walk to the first stop (minutes)</source><translation>Marche maximale jusqu'au premier arrêt (minutes)</translation></message><message><source>No road network: walks in straight line × 1.3 at {:g} km/h.</source><translation>Pas de réseau routier : marches en ligne droite × 1,3 à {:g} km/h.</translation></message><message><source>No site is within {:g} m of the road network: check the CRS of the sites and the network, or raise the snapping tolerance.</source><translation>Aucun site n'est à moins de {:g} m du réseau routier : vérifiez le SCR des sites et du réseau, ou augmentez la tolérance d'accrochage.</translation></message><message><source>No trip is left after the checks ({file}).</source><translation>Aucune course ne reste après les contrôles ({file}).</translation></message><message><source>No trip of the GTFS feeds runs on any day: check calendar.txt and calendar_dates.txt.</source><translation>Aucune course des flux GTFS ne circule, quel que soit le jour : vérifiez calendar.txt et calendar_dates.txt.</translation></message><message><source>No trip runs on {} in these GTFS feeds (they cover {}; nearest dates with service: {}). Choose a date in that period.</source><translation>Aucune course ne circule le {} dans ces flux GTFS (ils couvrent {} ; dates desservies les plus proches : {}). Choisissez une date dans cette période.</translation></message><message><source>No trip runs on {}: choose another date.</source><translation>Aucune course ne circule le {} : choisissez une autre date.</translation></message><message><source>None of the stop ids of stop_times.txt exists in stops.txt (e.g. {examples}): the files do not belong to the same feed.</source><translation>Aucun identifiant d'arrêt de stop_times.txt n'existe dans stops.txt (par exemple {examples}) : les fichiers ne viennent pas du même flux.</translation></message><message><source>Number of changes of vehicle allowed (0 = direct lines only).</source><translation>Nombre de changements de véhicule permis (0 = lignes directes seulement).</translation></message><message><source>One search every step minutes over the window (1 = every minute, like R5).</source><translation>Une recherche toutes les « pas » minutes sur la fenêtre (1 = chaque minute, comme R5).</translation></message><message><source>Percentile of the travel times</source><translation>Centile des temps de trajet</translation></message><message><source>Places and stops farther than this from a walkable road are not joined to the network.</source><translation>Les lieux et arrêts plus éloignés que cela d'une voie praticable à pied ne sont pas raccordés au réseau.</translation></message><message><source>Road network (walking legs)</source><translation>Réseau routier (trajets à pied)</translation></message><message><source>Searching the timetable…</source><translation>Recherche dans les horaires…</translation></message><message><source>Snapping tolerance to the road network (m)</source><translation>Tolérance d'accrochage au réseau routier (m)</translation></message><message><source>Speed of the walks to, from and between the stops (4.5 km/h suggested for people in insertion).</source><translation>Vitesse des marches vers les arrêts, depuis les arrêts et entre arrêts (4,5 km/h conseillés pour les personnes en insertion).</translation></message><message><source>Step (minutes)</source><translation>Pas (minutes)</translation></message><message><source>Stops closer than this (straight line) are joined by a walk (× 1.3 at the walking speed); transfers.txt is always used.</source><translation>Les arrêts plus proches que cela (à vol d'oiseau) sont reliés par une marche (× 1,3 à la vitesse de marche) ; transfers.txt est toujours utilisé.</translation></message><message><source>Stops farther than this on foot are not used to board.</source><translation>Les arrêts plus loin que cela à pied ne servent pas à monter.</translation></message><message><source>Stops farther than this on foot from the destination are not used to alight.</source><translation>Les arrêts plus loin que cela à pied de la destination ne servent pas à descendre.</translation></message><message><source>The GTFS feed cannot be used: {}</source><translation>Le flux GTFS est inutilisable : {}</translation></message><message><source>The GeoPackage {} cannot be opened for writing.</source><translation>Le GeoPackage {} ne peut pas être ouvert en écriture.</translation></message><message><source>The date “{}” is not a date: write it as 2024-03-12 (year-month-day).</source><translation>« {} » n'est pas une date : écrivez-la 2024-03-12 (année-mois-jour).</translation></message><message><source>The feed has neither calendar.txt nor calendar_dates.txt: no day of service is known.</source><translation>Le flux n'a ni calendar.txt ni calendar_dates.txt : aucun jour de service n'est connu.</translation></message><message><source>The file {file} is missing from the feed.</source><translation>Le fichier {file} manque dans le flux.</translation></message><message><source>The layer {} is not a compact timetable (or a layer next to one) of a GeoPackage: give the “transit_timetable” table written by “Load a GTFS timetable”, or the GTFS files.</source><translation>La couche {} n'est pas un horaire compact (ni une couche voisine d'un horaire compact) d'un GeoPackage : donnez la table « transit_timetable » écrite par « Charger des horaires GTFS », ou les fichiers GTFS.</translation></message><message><source>The prepared network of “Build a routable network”: walks to and from the stops follow its walking costs. Empty: straight lines × 1.3 at the walking speed.</source><translation>Le réseau préparé par « Construire un réseau routable » : les marches vers et depuis les arrêts suivent ses coûts piétons. Vide : lignes droites × 1,3 à la vitesse de marche.</translation></message><message><source>The search is repeated every step over this window (arrive by: the window ends at the time; leave at: it starts at the time), and a percentile of the travel times is reported.</source><translation>La recherche est répétée à chaque pas sur cette fenêtre (arriver avant : la fenêtre se termine à l'heure donnée ; partir à : elle commence à l'heure donnée), et un centile des temps de trajet est retenu.</translation></message><message><source>The table “transit_timetable” written by “Load a GTFS timetable” in the diagnostic GeoPackage (or its stops layer). Empty: give the GTFS files.</source><translation>La table « transit_timetable » écrite par « Charger des horaires GTFS » dans le GeoPackage du diagnostic (ou sa couche d'arrêts). Vide : donnez les fichiers GTFS.</translation></message><message><source>The timetable of {} is incomplete (missing: {}): run “Load a GTFS timetable” again with a GeoPackage output.</source><translation>Les horaires de {} sont incomplets (manquent : {}) : relancez « Charger des horaires GTFS » avec une sortie GeoPackage.</translation></message><message><source>The timetable tables of {} are not readable ({}): run “Load a GTFS timetable” again.</source><translation>Les tables d'horaires de {} sont illisibles ({}) : relancez « Charger des horaires GTFS ».</translation></message><message><source>The {} “{}” is not a time of day: write it as 08:30.</source><translation>{} : « {} » n'est pas une heure : écrivez-la 08:30.</translation></message><message><source>Time (HH:MM)</source><translation>Heure (HH:MM)</translation></message><message><source>Time is</source><translation>L'heure est</translation></message><message><source>Time window (minutes)</source><translation>Fenêtre horaire (minutes)</translation></message><message><source>Timetable read from {} ({} trips, {} stops).</source><translation>Horaires lus dans {} ({} courses, {} arrêts).</translation></message><message><source>Transit network of {}: {} trips, {} connections, {} stops; {} search(es) per site ({} every {} min).</source><translation>Réseau de transport du {} : {} courses, {} liaisons, {} arrêts ; {} recherche(s) par site ({} toutes les {} min).</translation></message><message><source>Walking links: stop {} of {}</source><translation>Liens piétons : arrêt {} sur {}</translation></message><message><source>Walking speed (km/h)</source><translation>Vitesse de marche (km/h)</translation></message><message><source>Walking to the stops…</source><translation>Marche jusqu'aux arrêts…</translation></message><message><source>Walking transfers between stops up to (m)</source><translation>Correspondances à pied entre arrêts jusqu'à (m)</translation></message><message><source>deadlines</source><translation>heures limites</translation></message><message><source>departures</source><translation>départs</translation></message><message><source>stop_times.txt holds no row: the feed has no timetable.</source><translation>stop_times.txt n'a aucune ligne : le flux n'a pas d'horaires.</translation></message><message><source>time</source><translation>Heure</translation></message><message><source>{code}: {count} ({file}) {examples}</source><translation>{code} : {count} ({file}) {examples}</translation></message><message><source>{count} line(s) of {file} with more fields than the header (extra fields cut), e.g. {examples}.</source><translation>{count} ligne(s) de {file} avec plus de champs que l'en-tête (champs en trop coupés), par exemple {examples}.</translation></message><message><source>{count} repeated id(s) in {file} (the first kept), e.g. {examples}.</source><translation>{count} identifiant(s) répété(s) dans {file} (le premier gardé), par exemple {examples}.</translation></message><message><source>{count} row(s) of frequencies.txt with invalid times or headway (left out), e.g. {examples}.</source><translation>{count} ligne(s) de frequencies.txt aux heures ou intervalle invalides (écartées), par exemple {examples}.</translation></message><message><source>{count} row(s) of {file} for an unknown stop (left out), e.g. {examples}.</source><translation>{count} ligne(s) de {file} pour un arrêt inconnu (écartées), par exemple {examples}.</translation></message><message><source>{count} row(s) of {file} for an unknown trip (left out), e.g. {examples}.</source><translation>{count} ligne(s) de {file} pour une course inconnue (écartées), par exemple {examples}.</translation></message><message><source>{count} row(s) of {file} with a date not written YYYYMMDD (left out), e.g. {examples}.</source><translation>{count} ligne(s) de {file} avec une date non écrite AAAAMMJJ (écartées), par exemple {examples}.</translation></message><message><source>{count} row(s) of {file} with an invalid time such as 25:61:00 (left out), e.g. {examples}.</source><translation>{count} ligne(s) de {file} avec une heure invalide comme 25:61:00 (écartées), par exemple {examples}.</translation></message><message><source>{count} row(s) of {file} with an invalid value (left out), e.g. {examples}.</source><translation>{count} ligne(s) de {file} avec une valeur invalide (écartées), par exemple {examples}.</translation></message><message><source>{count} row(s) with a time after 24:00:00 (trips running past midnight: normal).</source><translation>{count} ligne(s) avec une heure après 24:00:00 (courses passant minuit : normal).</translation></message><message><source>{count} service(s) active on no day, e.g. {examples}.</source><translation>{count} service(s) actif(s) aucun jour, par exemple {examples}.</translation></message><message><source>{count} stop(s) without valid coordinates in {file} (not mapped, no walking link), e.g. {examples}.</source><translation>{count} arrêt(s) sans coordonnées valides dans {file} (ni cartographiés ni reliés à pied), par exemple {examples}.</translation></message><message><source>{count} trip(s) generated from frequencies.txt.</source><translation>{count} course(s) générée(s) depuis frequencies.txt.</translation></message><message><source>{count} trip(s) left with fewer than two stops (left out), e.g. {examples}.</source><translation>{count} course(s) réduite(s) à moins de deux arrêts (écartées), par exemple {examples}.</translation></message><message><source>{count} trip(s) of an unknown route, e.g. {examples}.</source><translation>{count} course(s) d'une ligne inconnue, par exemple {examples}.</translation></message><message><source>{count} trip(s) whose times go backwards (left out), e.g. {examples}.</source><translation>{count} course(s) dont les heures reculent (écartées), par exemple {examples}.</translation></message><message><source>{count} trip(s) with a repeated stop_sequence (left out), e.g. {examples}.</source><translation>{count} course(s) avec un stop_sequence répété (écartées), par exemple {examples}.</translation></message><message><source>{count} trip(s) with a service_id found in no calendar file (never run), e.g. {examples}.</source><translation>{count} course(s) dont le service_id n'est dans aucun fichier de calendrier (ne circulent jamais), par exemple {examples}.</translation></message><message><source>{count} trip(s) without a time at their first or last stop (left out), e.g. {examples}.</source><translation>{count} course(s) sans heure au premier ou au dernier arrêt (écartées), par exemple {examples}.</translation></message><message><source>{count} trip(s) without any stop time (left out), e.g. {examples}.</source><translation>{count} course(s) sans aucun horaire de passage (écartées), par exemple {examples}.</translation></message><message><source>{file} cannot be read (not a zip or folder, or not text): {examples}.</source><translation>{file} est illisible (ni zip ni dossier, ou pas du texte) : {examples}.</translation></message><message><source>{file} is not UTF-8: read as Windows-1252.</source><translation>{file} n'est pas en UTF-8 : lu en Windows-1252.</translation></message><message><source>{file} lacks the required column(s) {examples}.</source><translation>Il manque à {file} la ou les colonnes obligatoires {examples}.</translation></message><message><source>{} origin(s) × {} site(s) × {} minute(s) searched in {:.2f} s.</source><translation>{} origine(s) × {} site(s) × {} minute(s) calculées en {:.2f} s.</translation></message><message><source>{} site(s) farther than {:g} m from a walkable road, left out: {}.</source><translation>{} site(s) à plus de {:g} m d'une voie praticable à pied, écarté(s) : {}.</translation></message></context><context><name>GuidedSteps</name><message><source>Export a shareable diagnostic (no personal data)</source><translation>Exporter un diagnostic partageable (sans données personnelles)</translation></message><message><source>Generate the files of a fictitious SIAE (training)</source><translation>Générer les fichiers d'une SIAE fictive (formation)</translation></message><message><source>How do mobility difficulties shape access to my sites? Road network, isochrones by car and on foot, employees' travel times, public transport.</source><translation>Comment les difficultés de mobilité pèsent-elles sur l'accès à mes sites ? Réseau routier, isochrones en voiture et à pied, temps de trajet des salariés, transports en commun.</translation></message><message><source>Print the atlas (PDF)</source><translation>Imprimer l'atlas (PDF)</translation></message><message><source>Print the atlas for the meeting with the SIAE's director and board: a cover, the key figures and one map page per theme and commune. Its layouts are also added to the project (Layout Manager) to edit before printing.</source><translation>Imprimez l'atlas pour la réunion avec la direction et le conseil d'administration de la SIAE : une couverture, les chiffres clés et une carte par thème et par commune. Ses mises en page sont aussi ajoutées au projet (gestionnaire de mises en page) pour être retouchées avant impression.</translation></message><message><source>The whole diagnostic in one run, from the files to the atlas</source><translation>Tout le diagnostic en une fois, des fichiers à l'atlas</translation></message><message><source>Where are my clients, and where could new clients be? Density, market penetration, customer areas, prospect zones and hot spots.</source><translation>Où sont mes clients, et où pourraient être de nouveaux clients ? Densité, taux de pénétration, aires de clientèle, zones à prospecter et points chauds.</translation></message><message><source>Where do my employees live, and which zones hold potential beneficiaries I do not reach?</source><translation>Où habitent mes salariés, et quelles zones comptent des bénéficiaires potentiels que je n'atteins pas ?</translation></message><message><source>Where should a new antenna open to reach the most people the SIAE does not reach?</source><translation>Où ouvrir une nouvelle antenne pour atteindre le plus de personnes que la SIAE n'atteint pas ?</translation></message><message><source>Which public buyers use social clauses, and which other inclusion actors work here?</source><translation>Quels acheteurs publics utilisent des clauses sociales, et quels autres acteurs de l'inclusion travaillent ici ?</translation></message><message><source>Which trades struggle to recruit here, and which companies could become clients?</source><translation>Quels métiers peinent à recruter ici, et quelles entreprises pourraient devenir clientes ?</translation></message><message><source>Who is the SIAE, and which territory does the diagnostic cover? Build the territory from its INSEE codes and import the structure's files (antennas, clients, employees, work sites) — or run the whole diagnostic at once.</source><translation>Qui est la SIAE, et quel territoire couvre le diagnostic ? Construisez le territoire à partir de ses codes Insee et importez les fichiers de la structure (antennes, clients, salariés, chantiers) — ou lancez tout le diagnostic d'un coup.</translation></message><message><source>Who lives on the territory? Load the INSEE Filosofi 200 m grid and, if you have them, census tables.</source><translation>Qui vit sur le territoire ? Chargez les carreaux Filosofi de 200 m de l'Insee et, si vous en avez, des tables du recensement.</translation></message></context></TS>