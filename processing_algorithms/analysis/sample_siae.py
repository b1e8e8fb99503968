"""Generator of a FICTITIOUS SIAE's export files (an association intermédiaire of the CA du Pays Ajaccien).

Everything is invented: people are drawn from first-name and surname lists and every name starts with
"FICTIF"; phone numbers are in the ranges ARCEP reserves for fiction (01 99 00…, 06 39 98…); addresses
are drawn from the sample BAN-format file (resources/sample/ban/adresses-2A-capa.csv) — real street names
of the territory or derived ones, never a real person's home. Deterministic for a given seed.

Files are written the way an SIAE's management software exports them: `;` separator, CRLF line ends,
French column names, Windows-1252 ("Latin-1") for clients and employees, UTF-8 with BOM for work sites and
antennas, decimal commas, dd/mm/yyyy dates, and realistic dirt: abbreviated street types (Av., Bd, Ch.,
Rte, St…), missing accents, upper case, a few typos, postcodes left out, old or lower-case INSEE codes, a
few rows with only a commune code, and a few rows that no geocoder can place (reasons: see README of the
sample folder). Pure Python (stdlib, pandas).
"""
from __future__ import annotations

import datetime as dt
import random
import unicodedata
from pathlib import Path

import pandas as pd

DEFAULT_SEED = 20240501
FICTIF = "FICTIF"
SIAE_NAME = "FICTIF — Association intermédiaire « Aiutu Pays Ajaccien »"

FIRST_NAMES_F = ["Marie", "Julia", "Laetitia", "Sandra", "Vanina", "Sarah", "Léa", "Camille", "Emma", "Inès",
                 "Fatima", "Nadia", "Sophie", "Anne", "Chloé", "Manon", "Paula", "Francesca", "Jeanne",
                 "Aïcha", "Élodie", "Céline", "Nathalie", "Stéphanie", "Amandine", "Lisa", "Yasmina",
                 "Catherine", "Martine", "Monique", "Angèle", "Dominique", "Letizia", "Maria", "Rose"]
FIRST_NAMES_M = ["Jean", "Paul", "Pierre", "Antoine", "Ange", "Dominique", "François", "Pascal", "Xavier",
                 "Laurent", "Julien", "Thomas", "Lucas", "Hugo", "Mathieu", "Karim", "Mohamed", "Youssef",
                 "Nicolas", "Sébastien", "Jérôme", "Marc", "Philippe", "Michel", "Joseph", "Toussaint",
                 "Charles", "Baptiste", "Mattéu", "Ghjuvanni", "Orsu", "Petru", "Ahmed", "Samir", "Kévin"]
SURNAMES = ["Acquaviva", "Albertini", "Antonetti", "Bartoli", "Battesti", "Bianchi", "Casanova", "Castelli",
            "Cesari", "Colonna", "Cristofari", "Filippi", "Franceschi", "Giacomoni", "Giudicelli", "Leca",
            "Luciani", "Marchetti", "Mariani", "Martinetti", "Moretti", "Nicolai", "Orsini", "Ottavi",
            "Paoli", "Peretti", "Pietri", "Poli", "Quilichini", "Rocca", "Rossi", "Santoni", "Santucci",
            "Simeoni", "Susini", "Tomasi", "Vincensini", "Martin", "Bernard", "Dubois", "Durand", "Lefebvre",
            "Moreau", "Laurent", "Garcia", "Da Silva", "Ferreira", "Benali", "El Amrani", "Haddad", "Nguyen"]
COMPANY_WORDS = ["Boulangerie", "Hôtel", "Restaurant", "Garage", "SARL", "SAS", "Cabinet", "Pharmacie",
                 "Supérette", "Camping", "Résidence", "Agence", "Clinique", "Entreprise", "Menuiserie"]
COMPANY_NAMES = ["du Golfe", "des Îles Sanguinaires", "U Scogliu", "A Parata", "Le Grand Large", "Bella Vista",
                 "Terra Corsa", "Santa Lina", "Les Pins", "Le Diamant", "Impériale", "Méditerranée",
                 "U Fornu", "A Stella", "Gravona", "Prunelli", "du Cours", "de la Citadelle", "Libecciu"]
AUTHORITIES = ["Mairie", "CCAS", "Collège", "École élémentaire", "Office HLM", "Syndicat intercommunal",
               "EHPAD public", "Centre social"]
MISSIONS = {
    "Particulier": ["Ménage", "Repassage", "Jardinage", "Petits travaux", "Garde d'enfants", "Aide aux courses"],
    "Entreprise": ["Manutention", "Nettoyage de locaux", "Plonge", "Espaces verts", "Mise en rayon",
                   "Aide au déménagement"],
    "Collectivité": ["Entretien des espaces verts", "Nettoyage de bâtiments", "Service de cantine",
                     "Surveillance de cour", "Archivage", "Manutention"],
}
PUBLICS = ["Bénéficiaire RSA", "Jeune 16-25 ans", "Senior 50 ans et +", "Demandeur d'emploi longue durée",
           "Travailleur handicapé", "Réfugié / BPI", "Résident QPV"]
DIPLOMAS = ["Sans diplôme", "CAP/BEP", "Baccalauréat", "Bac+2", "Niveau collège", "Bac+3 et plus"]
ANTENNAS = [
    # name, commune code, preferred street word, opening date
    ("Antenne Ajaccio Centre", "2A004", "Cours Napoléon", "02/09/2008"),
    ("Antenne Mezzavia", "2A004", "Route de Mezzavia", "15/03/2016"),
]
# abbreviations a person typing an address uses (full → variants)
ABBREV = {
    "Avenue": ["Av.", "AV", "av", "Ave"], "Boulevard": ["Bd", "BD", "Bld", "bd"], "Chemin": ["Ch.", "Chem.", "CH"],
    "Route": ["Rte", "RTE", "rte"], "Place": ["Pl.", "PL"], "Impasse": ["Imp.", "IMP"], "Allée": ["All.", "Allee"],
    "Cours": ["Crs", "Cours"], "Résidence": ["Res.", "Résid."], "Lotissement": ["Lot.", "Lotis."],
    "Saint": ["St"], "Sainte": ["Ste"], "Maréchal": ["Mal", "Mar."], "Général": ["Gal", "Gén."],
    "Docteur": ["Dr"], "Colonel": ["Col."],
}
# commune spellings seen in files (code → variants besides the official name)
COMMUNE_VARIANTS = {
    "2A271": ["SARROLA CARCOPINO", "Sarrola", "Sarrola Carcopino"],
    "2A103": ["Cuttoli", "CUTTOLI CORTICCHIATO", "Cuttoli Corticchiato"],
    "2A336": ["Valle di Mezzana", "VALLE DI MEZZANA"],
    "2A004": ["AJACCIO", "ajaccio", "Ajaccio"],
}
# outside the CA but in the "communes_around" layer: placed at the commune (no street in the BAN extract)
OUTSIDE = [("2A032", "Bastelicaccia", "20129"), ("2A130", "Grosseto-Prugna", "20128"),
           ("2A062", "Carbuccia", "20133")]


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class _Gen:
    def __init__(self, ban: pd.DataFrame, communes: pd.DataFrame, seed: int):
        self.rnd = random.Random(seed)
        self.ban = ban.copy()
        self.ban["numero_i"] = pd.to_numeric(self.ban["numero"], errors="coerce").fillna(-1).astype(int)
        street_rows = self.ban[(self.ban["nom_ld"] == "") & (self.ban["numero_i"] > 0)]
        self.streets = {code: sorted(g["nom_voie"].unique()) for code, g in street_rows.groupby("code_insee")}
        self.numbers = {k: g[["numero", "rep", "code_postal"]].values.tolist()
                        for k, g in street_rows.groupby(["code_insee", "nom_voie"])}
        self.communes = communes[communes["code"].isin(self.streets)].reset_index(drop=True)
        self.weights = self.communes["population"].astype(float).tolist()
        self.names = dict(zip(communes["code"], communes["name"]))
        self.phone_n = 0

    # -- people and values ------------------------------------------------------------------------
    def person(self, sex=None):
        sex = sex or self.rnd.choice("FM")
        first = self.rnd.choice(FIRST_NAMES_F if sex == "F" else FIRST_NAMES_M)
        return sex, f"{FICTIF} {self.rnd.choice(SURNAMES)}", first

    def phone(self):
        self.phone_n += 1
        prefix = self.rnd.choice(["06 39 98", "01 99 00", "04 65 71"])
        n = self.phone_n % 10000
        return f"{prefix} {n // 100:02d} {n % 100:02d}"

    def date(self, start: dt.date, end: dt.date) -> dt.date:
        return start + dt.timedelta(days=self.rnd.randint(0, (end - start).days))

    def hours(self, low, high) -> str:
        value = round(self.rnd.uniform(low, high) * 2) / 2
        text = f"{value:.1f}".replace(".", ",")
        return text[:-2] if text.endswith(",0") else text

    def commune(self) -> str:
        return self.rnd.choices(self.communes["code"].tolist(), weights=self.weights)[0]

    # -- addresses --------------------------------------------------------------------------------
    def real_address(self, code: str, street: str | None = None):
        """(number text, street as typed, postcode, city as typed) of an existing BAN address."""
        if street is None or (code, street) not in self.numbers:
            street = self.rnd.choice(self.streets[code])
        numero, rep, pc = self.rnd.choice(self.numbers[(code, street)])
        number = numero
        if rep:
            number = self.rnd.choice([f"{numero} {rep}", f"{numero}{rep[0].upper()}", f"{numero}{rep}"])
        elif self.rnd.random() < 0.05:
            number = str(int(numero) + 2 * self.rnd.randint(20, 40))  # not in the BAN: nearest number
        typed = self.dirty_street(street)
        city = self.dirty_city(code)
        if self.rnd.random() < 0.04 and code == "2A004":
            pc = ""  # forgotten postcode: the commune name is enough
        return number, typed, pc, city

    def dirty_street(self, name: str) -> str:
        r = self.rnd
        words = name.split(" ")
        if r.random() < 0.4:
            words = [r.choice(ABBREV[w]) if w in ABBREV and r.random() < 0.8 else w for w in words]
        text = " ".join(words)
        if r.random() < 0.03:
            text = self.typo(text)
        if r.random() < 0.25:
            text = strip_accents(text)
        if r.random() < 0.3:
            text = text.upper()
        elif r.random() < 0.05:
            text = text.lower()
        return text

    def typo(self, text: str) -> str:
        words = text.split(" ")
        long_words = [i for i, w in enumerate(words) if len(w) >= 7 and w[0].isupper()]
        if not long_words:
            return text
        i = self.rnd.choice(long_words)
        w = words[i]
        j = self.rnd.randint(2, len(w) - 3)
        kind = self.rnd.choice(["swap", "drop", "double"])
        if kind == "swap":
            w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        elif kind == "drop":
            w = w[:j] + w[j + 1:]
        else:
            w = w[:j] + w[j] + w[j:]
        words[i] = w
        return " ".join(words)

    def dirty_city(self, code: str) -> str:
        name = self.names[code]
        variants = COMMUNE_VARIANTS.get(code)
        if variants and self.rnd.random() < 0.5:
            return self.rnd.choice(variants)
        if self.rnd.random() < 0.3:
            return strip_accents(name).upper()
        return name


def _fmt(d: dt.date) -> str:
    return d.strftime("%d/%m/%Y")


def generate(ban: pd.DataFrame, communes: pd.DataFrame, seed: int = DEFAULT_SEED, n_clients: int = 300,
             n_worksites: int = 120, n_employees: int = 150, reference_date: dt.date = dt.date(2024, 12, 31)) -> dict:
    """Generate the four tables. `ban`: BAN-format frame (strings); `communes`: columns code, name, population.

    Returns {"clients", "chantiers", "antennes", "salaries": DataFrame (strings)}."""
    for col in ("nom_ld",):
        if col not in ban.columns:
            ban = ban.assign(**{col: ""})
    g = _Gen(ban, communes, seed)
    r = g.rnd
    year_start = dt.date(reference_date.year, 1, 1)

    # antennas
    antennas = []
    for name, code, street, opened in ANTENNAS:
        number, typed, pc, _city = g.real_address(code, street if (code, street) in g.numbers else None)
        antennas.append({"Antenne": name, "Adresse": f"{number} {typed}", "Code postal": pc or "20000",
                         "Ville": g.names[code], "Téléphone": g.phone(), "Ouverture": opened})
    antenna_names = [a["Antenne"] for a in antennas]

    # clients
    clients = []
    kinds = ["Particulier"] * 72 + ["Entreprise"] * 20 + ["Collectivité"] * 8
    special = {7: "commune_only", 77: "commune_only", 41: "outside", 163: "outside", 233: "outside",
               120: "unplaceable_pc", 271: "unplaceable_city"}
    for i in range(n_clients):
        kind = r.choice(kinds)
        code = g.commune()
        _sex, surname, first = g.person()
        if kind == "Particulier":
            name, prenom, hours = surname, first, g.hours(8, 220)
        elif kind == "Entreprise":
            name = f"{FICTIF} {r.choice(COMPANY_WORDS)} {r.choice(COMPANY_NAMES)}"
            prenom, hours = "", g.hours(40, 1600)
        else:
            name = f"{FICTIF} {r.choice(AUTHORITIES)} de {g.names[code]}"
            prenom, hours = "", g.hours(100, 3200)
        number, street, pc, city = g.real_address(code)
        adresse = f"{number} {street}"
        case = special.get(i)
        if case == "commune_only":
            adresse, pc = "", ""
        elif case == "outside":
            ocode, oname, opc = OUTSIDE[i % len(OUTSIDE)]
            adresse, pc, city = f"{r.randint(1, 30)} Route du Village", opc, oname
        elif case == "unplaceable_pc":
            adresse, pc, city = "Lieu-dit Sconosciutu", "20167", ""
        elif case == "unplaceable_city":
            adresse, pc, city = "12 Chemin Inesistente", "", "Ajacio-les-Pins"
        clients.append({
            "N° client": f"C{10001 + i}", "Type client": kind, "Nom / Raison sociale": name, "Prénom": prenom,
            "Adresse": adresse, "Code postal": pc, "Ville": city, "Téléphone": g.phone(),
            "Antenne": r.choice(antenna_names), "Heures vendues": hours,
            "Date 1re mission": _fmt(g.date(dt.date(2015, 1, 1), reference_date)),
        })

    # work sites / missions (company and authority sites have their own address; private ones at home)
    worksites = []
    by_kind = {k: [c for c in clients if c["Type client"] == k] for k in MISSIONS}
    for i in range(n_worksites):
        kind = r.choices(list(MISSIONS), weights=[50, 35, 15])[0]
        client = r.choice(by_kind[kind] or clients)
        mission = r.choice(MISSIONS[kind])
        code = g.commune()
        number, street, pc, city = g.real_address(code)
        voie = f"{number} {street}"
        if i == 17:
            voie, pc = "", ""  # only the commune is known
        if i == 88:
            voie, pc, city = "Route de la Carrière (chantier)", "20167", ""  # postcode shared: unplaceable
        start = g.date(year_start, reference_date - dt.timedelta(days=30))
        worksites.append({
            "Code chantier": f"CH{reference_date.year}-{i + 1:03d}", "Intitulé": f"{FICTIF} {mission}",
            "N° client": client["N° client"], "Type de mission": mission, "N° et voie": voie, "CP": pc,
            "Commune": city, "Heures réalisées": g.hours(4, 400), "Date début": _fmt(start),
            "Date fin": _fmt(min(reference_date, start + dt.timedelta(days=r.randint(1, 120)))),
            "Antenne": r.choice(antenna_names),
        })

    # employees in insertion
    employees = []
    for i in range(n_employees):
        sex, surname, first = g.person()
        age = r.choices([r.randint(18, 25), r.randint(26, 49), r.randint(50, 64)], weights=[25, 50, 25])[0]
        birth = reference_date.replace(year=reference_date.year - age) - dt.timedelta(days=r.randint(1, 360))
        code = g.commune()
        number, street, pc, city = g.real_address(code)
        adresse = f"{number} {street}"
        insee = code
        roll = r.random()
        if roll < 0.08:
            insee = code.lower()
        elif roll < 0.14:
            insee = "20" + code[2:]  # the pre-1976 Corsican code
        if i in (5, 48, 97, 131):
            adresse, pc = "", ""  # only a commune code (e.g. housed by a shelter, address withheld)
            city = "" if i != 48 else city
        if i == 140:
            adresse, pc, city, insee = "Chez M. FICTIF", "", "", ""  # nothing to place
        rsa = r.random() < (0.45 if 26 <= age < 50 else 0.25)
        qpv = code == "2A004" and r.random() < 0.3
        publics = []
        if age <= 25:
            publics.append(PUBLICS[1])
        if age >= 50:
            publics.append(PUBLICS[2])
        if rsa:
            publics.append(PUBLICS[0])
        if r.random() < 0.25:
            publics.append(PUBLICS[3])
        if r.random() < 0.08:
            publics.append(PUBLICS[4])
        if r.random() < 0.05:
            publics.append(PUBLICS[5])
        if qpv:
            publics.append(PUBLICS[6])
        main_public = publics[0] if publics else "Demandeur d'emploi"
        employees.append({
            "Matricule": f"S{2000 + i:05d}", "Nom": surname, "Prénom": first, "Sexe": sex,
            "Date de naissance": _fmt(birth), "Âge": str(age), "Adresse": adresse, "Code postal": pc,
            "Commune": city, "Code INSEE": insee, "Téléphone": g.phone(), "Public prioritaire": main_public,
            "Bénéficiaire RSA": "Oui" if rsa else "Non", "Résident QPV": "Oui" if qpv else "Non",
            "Niveau de formation": r.choice(DIPLOMAS),
            "Date d'entrée": _fmt(g.date(dt.date(reference_date.year - 2, 1, 1), reference_date)),
            "Antenne": r.choice(antenna_names), "Heures travaillées": g.hours(60, 1200),
        })
    return {
        "clients": pd.DataFrame(clients, dtype=object),
        "chantiers": pd.DataFrame(worksites, dtype=object),
        "antennes": pd.DataFrame(antennas, dtype=object),
        "salaries": pd.DataFrame(employees, dtype=object),
    }


# file name → encoding written (as the SIAE's software does)
FILES = {
    "clients": ("clients.csv", "cp1252"),
    "chantiers": ("chantiers.csv", "utf-8-sig"),
    "antennes": ("antennes.csv", "utf-8-sig"),
    "salaries": ("salaries.csv", "cp1252"),
}


def write(tables: dict, folder) -> dict:
    """Write the tables as `;` CSV with CRLF; returns {table: Path}."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for key, frame in tables.items():
        name, encoding = FILES[key]
        path = folder / name
        frame.to_csv(path, sep=";", index=False, encoding=encoding, lineterminator="\r\n")
        out[key] = path
    return out
