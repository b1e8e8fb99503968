#!/usr/bin/env python3
"""Build resources/sample/ban/adresses-2A-capa.csv: a BAN-format address file for the sample territory.

No real BAN extract was available offline, so this file is DERIVED and PARTLY SYNTHETIC (see
resources/sample/ban/SOURCE.md): road geometry from the OSM network of the sample (roads_capa.gpkg),
street names assigned to OSM ways (real Ajaccio street names placed on ways of the town centre, names
built from the Muvitarra GTFS stop names near those stops, invented names elsewhere), house numbers
interpolated along each way (odd on the left, even on the right, 6 m off the axis). Deterministic (seeded).

Run from the repo root: `.venv/bin/python scripts/make_sample_ban.py`. Needs GDAL/OGR (osgeo) only.
"""
from __future__ import annotations

import csv
import io
import math
import random
import zipfile
from pathlib import Path

from osgeo import ogr, osr

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "sample"
OUT = SAMPLE / "ban" / "adresses-2A-capa.csv"
SEED = 2024
COLUMNS = [
    "id", "id_fantoir", "numero", "rep", "nom_voie", "code_postal", "code_insee", "nom_commune",
    "code_insee_ancienne_commune", "nom_ancienne_commune", "x", "y", "lon", "lat", "type_position", "alias",
    "nom_ld", "libelle_acheminement", "nom_afnor", "source_position", "source_nom_voie",
    "certification_commune", "cad_parcelles",
]
HIGHWAYS = {"primary", "secondary", "tertiary", "residential", "unclassified", "living_street"}
QUOTA = {"2A004": 470}  # ways per commune; others: OTHER_QUOTA
OTHER_QUOTA = 32
PLACE_FOCH = (8.7386, 41.9196)

# Real street names of Ajaccio (placed on arbitrary ways near the centre, NOT at their real location).
AJACCIO_REAL = [
    "Cours Napoléon", "Cours Grandval", "Cours Lucien Bonaparte", "Cours Général Leclerc",
    "Boulevard Pascal Rossini", "Boulevard Sampiero", "Boulevard Madame Mère", "Boulevard du Roi Jérôme",
    "Boulevard Fred Scamaroni", "Boulevard Albert 1er", "Boulevard Lantivy", "Boulevard Dominique Paoli",
    "Boulevard Sylvestre Marcaggi", "Boulevard Abbé Recco", "Boulevard Louis Campi",
    "Boulevard Danielle Casanova", "Boulevard Jean Nicoli", "Avenue du Premier Consul",
    "Avenue Maréchal Lyautey", "Avenue Noël Franchini", "Avenue Eugène Macchini", "Avenue Impératrice Eugénie",
    "Avenue Beverini Vico", "Avenue Colonel Colonna d'Ornano", "Avenue de Paris", "Avenue Napoléon III",
    "Avenue du Mont Thabor", "Avenue Kennedy", "Avenue Maréchal Juin", "Avenue Antoine Serafini",
    "Rue Fesch", "Rue Bonaparte", "Rue du Roi de Rome", "Rue Forcioli Conti", "Rue Emmanuel Arène",
    "Rue Sergent Casalonga", "Rue Général Campi", "Rue Maréchal Ornano", "Rue des Halles", "Rue Notre-Dame",
    "Rue Saint-Charles", "Rue Docteur Del Pellegrino", "Rue Paul Colonna d'Istria", "Rue Comte de Marbeuf",
    "Rue Zevaco Maire", "Rue Stéphanopoli", "Rue Chanoine Leschi", "Route des Sanguinaires", "Route d'Alata",
    "Route de Mezzavia", "Route du Salario", "Quai l'Herminier", "Place Foch", "Place du Général de Gaulle",
    "Place Abbatucci", "Place Miot", "Chemin de la Pietrina", "Chemin de Biancarello", "Chemin de Saint-Joseph",
    "Chemin de Loreto", "Chemin des Crêtes", "Montée Saint-Jean",
]
STOP_EXCLUDE = ("caf", "cpam", "collège", "lep", "gare", "hôpital", "hopital", "centre", "préfecture", "mairie",
                "stade", "piscine", "institut", "chambre", "zone", "atrium", "leclerc", "rond point", "place",
                "pont", "aeroport", "apf", "creps", "esat", "cnfpt", "cimetière", "espace", "rocade", "lycée",
                "maréchal", "empereur", "prince", "kennedy", "abbatucci", "cathédrale", "corse", "mont thabor",
                "sacré", "moncey", "verdun", "fontaine", "chapelle", "terre", "ariadne", "nausicaa", "neptune",
                "fabiani", "battesti", "trottel", "maxime", "marcaggi", "grandval")
FLORA = ["Oliviers", "Lentisques", "Arbousiers", "Myrtes", "Eucalyptus", "Chênes verts", "Cistes", "Orangers",
         "Citronniers", "Amandiers", "Figuiers", "Mimosas", "Lauriers", "Pins", "Cyprès", "Bruyères",
         "Romarins", "Immortelles", "Châtaigniers", "Palmiers", "Agaves", "Lavandes", "Vignes", "Jasmins"]
PLACES = ["la Fontaine", "l'Église", "la Chapelle", "la Mairie", "l'École", "la Plage", "la Source", "la Tour",
          "la Crête", "la Vallée", "du Moulin", "du Couvent", "du Stade", "la Poste", "du Lavoir", "du Four",
          "la Gravona", "Saint-Antoine", "Sainte-Lucie", "Saint-Pierre", "Saint-Roch", "San Ghjuvanni",
          "Capo di Feno", "Monte Gozzi", "Punta di Lisa", "Campo dell'Oro", "Candia", "Bodiccione", "Finosello",
          "Castelvecchio", "Suartello", "Pietralba", "Baléone", "Caldaniccia", "Vignola", "Ricanto", "Scudo",
          "Aspretto", "Vazzio", "Effrico", "Stiletto", "Bacciochi", "Barbicaja", "Saint-Jean", "Cannes"]
LIEUX_DITS = ["Casabianca", "Ponte Bonellu", "Funtanella", "Pratu", "Piscia", "Vignale", "Chiosu", "Orsaja",
              "Sarra", "Tralavettu", "Valdu", "Pianu", "Mulinu", "Petra Rossa", "Castagnetu", "Capanna",
              "Acqua Doria", "Arburettu", "Cerasa", "Morte"]


def _transform(src: int, dst: int):
    a, b = osr.SpatialReference(), osr.SpatialReference()
    a.ImportFromEPSG(src)
    b.ImportFromEPSG(dst)
    a.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    b.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(a, b)


def load_communes():
    ds = ogr.Open(str(SAMPLE / "territory.gpkg"))
    out = []
    for f in ds.GetLayerByName("communes"):
        out.append((f.GetField("INSEE_COM"), f.GetField("NOM"), f.GetGeometryRef().Clone()))
    return out


def load_ways():
    """osm_way_id → (highway, ordered list of (x, y)) — one direction of the longest chain of its links."""
    ds = ogr.Open(str(SAMPLE / "roads_capa.gpkg"))
    segs: dict = {}
    for f in ds.GetLayerByName("road_links"):
        hw = f.GetField("highway")
        if hw not in HIGHWAYS or "car" not in (f.GetField("modes") or ""):
            continue
        g = f.GetGeometryRef()
        pts = [(g.GetX(i), g.GetY(i)) for i in range(g.GetPointCount())]
        segs.setdefault(f.GetField("osm_way_id"), (hw, []))[1].append(
            (f.GetField("from_node"), f.GetField("to_node"), pts))
    ways = {}
    for wid, (hw, links) in segs.items():
        nxt, pts_of = {}, {}
        for a, b, pts in links:
            if (b, a) in pts_of:
                continue  # two-way street: keep one direction
            nxt.setdefault(a, []).append(b)
            pts_of[(a, b)] = pts
        has_in = {b for (_a, b) in pts_of}
        starts = [a for (a, _b) in pts_of if a not in has_in] or [next(iter(pts_of))[0]]
        best = []
        for s in starts:
            path, node, seen = [], s, set()
            while node in nxt and node not in seen:
                seen.add(node)
                b = nxt[node][0]
                seg = pts_of[(node, b)]
                path.extend(seg if not path else seg[1:])
                node = b
            if len(path) > len(best):
                best = path
        if len(best) >= 2:
            ways[wid] = (hw, best)
    return ways


def length(pts):
    return sum(math.dist(pts[i], pts[i + 1]) for i in range(len(pts) - 1))


def point_at(pts, d):
    """Point at distance d along the line and the unit direction there."""
    for i in range(len(pts) - 1):
        seg = math.dist(pts[i], pts[i + 1])
        if d <= seg or i == len(pts) - 2:
            t = 0 if seg == 0 else min(1.0, d / seg)
            x = pts[i][0] + t * (pts[i + 1][0] - pts[i][0])
            y = pts[i][1] + t * (pts[i + 1][1] - pts[i][1])
            ux, uy = ((pts[i + 1][0] - pts[i][0]) / seg, (pts[i + 1][1] - pts[i][1]) / seg) if seg else (1, 0)
            return x, y, ux, uy
        d -= seg
    return pts[-1][0], pts[-1][1], 1.0, 0.0


def stop_names():
    with zipfile.ZipFile(SAMPLE / "gtfs_muvitarra_ajaccio_2020.zip") as z:
        rows = list(csv.DictReader(io.TextIOWrapper(z.open("stops.txt"), encoding="utf-8-sig")))
    out = {}
    for r in rows:
        name = r["stop_name"].strip()
        if any(w in name.lower() for w in STOP_EXCLUDE) or len(name) < 4:
            continue
        out.setdefault(name, (float(r["stop_lon"]), float(r["stop_lat"])))
    return out


def afnor(name: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).upper().replace("'", " ").replace("-", " ")
    return " ".join(text.split())[:32]


def main() -> None:
    rnd = random.Random(SEED)
    communes = load_communes()
    ways = load_ways()
    to_wgs = _transform(2154, 4326)
    to_l93 = _transform(4326, 2154)
    # assign each way to the commune of its middle point
    by_commune: dict = {c[0]: [] for c in communes}
    for wid in sorted(ways):
        hw, pts = ways[wid]
        L = length(pts)
        if L < 60:
            continue
        x, y, _, _ = point_at(pts, L / 2)
        p = ogr.Geometry(ogr.wkbPoint)
        p.AddPoint_2D(x, y)
        for code, _name, geom in communes:
            if geom.Contains(p):
                by_commune[code].append((wid, hw, pts, L, x, y))
                break
    foch = to_l93.TransformPoint(*PLACE_FOCH)[:2]
    stops = {n: to_l93.TransformPoint(lon, lat)[:2] for n, (lon, lat) in stop_names().items()}
    streets = []  # (code, name, pts, is_locality)
    for code, cname, _geom in communes:
        cand = by_commune[code]
        quota = QUOTA.get(code, OTHER_QUOTA)
        used_names, used_ways = set(), set()
        chosen = []
        if code == "2A004":
            central = sorted((w for w in cand if w[1] in {"primary", "secondary", "tertiary", "residential"}),
                             key=lambda w: math.dist((w[4], w[5]), foch))
            for name, w in zip(AJACCIO_REAL, central):
                chosen.append((name, w))
                used_ways.add(w[0])
                used_names.add(name)
        for stop, (sx, sy) in sorted(stops.items()):
            near = [w for w in cand if w[0] not in used_ways and math.dist((w[4], w[5]), (sx, sy)) < 400]
            if not near:
                continue
            w = min(near, key=lambda w: math.dist((w[4], w[5]), (sx, sy)))
            kind = {"primary": "Route", "secondary": "Avenue", "tertiary": "Rue"}.get(w[1], "Chemin")
            core = stop if stop.split()[0].lower() not in ("les", "le", "la") else stop
            article = "des" if core.lower().startswith("les ") else "de"
            if core.lower().startswith("les "):
                core = core[4:]
            elif core.lower().startswith(("la ", "le ")):
                article, core = ("de la" if core.lower().startswith("la ") else "du"), core[3:]
            elif core[0].lower() in "aeiouyh":
                article = "d'"
            name = f"{kind} {article}{'' if article.endswith(chr(39)) else ' '}{core}"
            if stop.split()[0] in ("Allée", "Résidence", "Résidences", "Route", "Rue", "Chemin", "Avenue"):
                name = stop  # the stop is named after its street
            elif " " not in stop and stop.endswith("s"):
                name = f"{kind} des {stop}"
            if name in used_names:
                continue
            chosen.append((name, w))
            used_ways.add(w[0])
            used_names.add(name)
        rest = [w for w in cand if w[0] not in used_ways]
        rnd.shuffle(rest)
        for w in rest:
            if len(chosen) >= quota:
                break
            for _ in range(20):
                kind = rnd.choice(["Rue", "Chemin", "Impasse", "Allée", "Route", "Lotissement", "Résidence"]
                                  if w[1] in ("residential", "unclassified", "living_street")
                                  else ["Route", "Avenue", "Rue", "Boulevard"])
                if kind in ("Lotissement", "Résidence"):
                    proper = [p for p in PLACES if not p.startswith(("la ", "l'", "du "))]
                    if rnd.random() < 0.5:
                        name = f"{kind} Les {rnd.choice(FLORA)}"
                    else:
                        place = rnd.choice(proper)
                        prefix = rnd.choice(["Les Hauts", "Les Jardins", "Le Clos", ""])
                        if not prefix:
                            name = f"{kind} {place}"
                        elif place[0].lower() in "aeiouyhé":
                            name = f"{kind} {prefix} d'{place}"
                        else:
                            name = f"{kind} {prefix} de {place}"
                elif rnd.random() < 0.5:
                    name = f"{kind} des {rnd.choice(FLORA)}"
                else:
                    place = rnd.choice(PLACES)
                    if place.startswith(("la ", "l'")):
                        name = f"{kind} de {place}"
                    elif place.startswith("du "):
                        name = f"{kind} {place}"
                    elif place[0].lower() in "aeiouyhé":
                        name = f"{kind} d'{place}"
                    else:
                        name = f"{kind} de {place}"
                if name not in used_names:
                    break
            used_names.add(name)
            chosen.append((name, w))
        for name, w in chosen:
            streets.append((code, cname, name, w, False))
        # a few lieux-dits (localities) in every commune but Ajaccio
        if code != "2A004":
            spare = [w for w in rest if w[0] not in {c[1][0] for c in chosen}][:3]
            for w in spare:
                ld = rnd.choice([n for n in LIEUX_DITS if n not in used_names])
                used_names.add(ld)
                streets.append((code, cname, ld, w, True))
    rows = []
    for k, (code, cname, name, w, is_ld) in enumerate(sorted(streets, key=lambda s: (s[0], s[2]))):
        wid, hw, pts, L, mx, my = w
        voie = f"Z{k % 1000:03d}" if k < 1000 else f"Y{k % 1000:03d}"
        fantoir = f"{code}_{voie}"
        cx, cy = mx, my
        lon, lat = to_wgs.TransformPoint(cx, cy)[:2]
        if code == "2A004":
            pc = "20167" if lat > 41.952 else ("20090" if lon > 8.765 else "20000")
        else:
            pc = "20167"
        base = {"id_fantoir": fantoir, "nom_voie": name, "code_postal": pc, "code_insee": code,
                "nom_commune": cname, "code_insee_ancienne_commune": "", "nom_ancienne_commune": "",
                "alias": "", "nom_ld": name if is_ld else "", "libelle_acheminement": cname.upper(),
                "nom_afnor": afnor(name), "source_position": "commune", "source_nom_voie": "commune",
                "certification_commune": "0", "cad_parcelles": "", "type_position": "segment"}
        if is_ld:
            numbers = [(5000 + i + 1, "", mx + 25 * i, my) for i in range(rnd.randint(1, 3))]
        else:
            per_side = max(2, min(22, int(L // 35)))
            numbers = []
            for side in (1, 2):
                for j in range(per_side):
                    d = L * (j + 0.5) / per_side
                    x, y, ux, uy = point_at(pts, d)
                    off = 6.0 if side == 1 else -6.0  # odd on the left (normal = (-uy, ux))
                    numbers.append((side + 2 * j, "", x - uy * off, y + ux * off))
                    if rnd.random() < 0.04:
                        numbers.append((side + 2 * j, "bis", x - uy * off + ux * 4, y + ux * off + uy * 4))
        for num, rep, x, y in numbers:
            lon, lat = to_wgs.TransformPoint(x, y)[:2]
            row = dict(base)
            row.update(id=f"{fantoir}_{num:05d}" + (f"_{rep}" if rep else ""), numero=str(num), rep=rep,
                       x=f"{x:.2f}", y=f"{y:.2f}", lon=f"{lon:.6f}", lat=f"{lat:.6f}")
            rows.append(row)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS, delimiter=";", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{OUT}: {len(rows)} rows, {len(streets)} streets, {OUT.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
