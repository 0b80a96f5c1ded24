"""Demo warehouses for the five seed organisations, with planted problems.

``build_demo(root)`` writes, offline and deterministically, one warehouse per organisation whose
privacy policy is encoded in ``policies/<org>.yaml``::

    <root>/wecasa.duckdb      customers, partners, prospects (English table names)
    <root>/wemaintain/        a folder of files: Parquet, CSV (one a `;`-separated cp1252 Excel
                              export), NDJSON with nested objects (French names)
    <root>/wemind.duckdb      adhérents, ayants droit, contrats, transcriptions (French names)
    <root>/wegroup.duckdb     users, visitors, customer contacts, subscribers (English names)
    <root>/webcasso.duckdb    debiteuren, opdrachtgevers, sollicitanten (Dutch names)

Why generate rather than ship files: the retention problems must hold on any day the demo is run,
so every date is computed back from ``today``; and the identifiers carry real check digits
(python-stdnum's ``calc_check_digit(s)`` where it has one), so the classifiers must earn each
finding the way they would on production data.

Most tables are clean with respect to their organisation's policy: every column holds what the
bound subject declares. :data:`PLANTED` lists the exceptions, each a real breach of the encoded
policy (an IP address the policy never mentions, a BSN in clear where the policy promises it masked,
prospects kept past three years...). ``tests/catalog/expected/<org>.yaml`` states the violations a
check must report; ``tests/flows/test_demo.py`` checks that the data really holds them.

Determinism: every table draws from its own ``random.Random`` seeded by organisation and table
name, so two builds with the same ``today`` write the same rows, and a change to one table leaves
the others as they were. Names, streets and towns are small hand-written lists rather than Faker:
Faker's output for a seed changes between its releases, and the demo must not.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import shutil
import string
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any, Callable

import duckdb
import phonenumbers
import pyarrow as pa
import pyarrow.parquet as pq
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.fr import nir as fr_nir
from stdnum.nl import bsn as nl_bsn

ORGS: tuple[str, ...] = ("wecasa", "wemaintain", "wemind", "wegroup", "webcasso")

Columns = dict[str, list[Any]]


# --------------------------------------------------------------------------------------------
# What is planted


@dataclass(frozen=True)
class Planted:
    """One planted problem: where it is, what a check must call it, and which columns hold the
    identifier values that must never reach the catalog.

    ``column`` is the column holding the entity; for ``over_retained`` it is the retention anchor
    (the catalog's over_retained view reports the anchor column); for ``unbound`` it is None (one
    violation per asset). ``entity`` is None for ``over_retained``; for ``unbound`` it is the only
    entity the asset holds.
    """

    org: str
    kind: str
    asset: str
    column: str | None
    entity: str | None
    identifier_columns: tuple[str, ...]
    why: str
    rows: int | None = None


# Row counts of the over-retained plants (fixed: they do not depend on ``today``).
WECASA_STALE_PROSPECTS = 48
WEBCASSO_STALE_PAYMENTS = 120

PLANTED: tuple[Planted, ...] = (
    Planted("wecasa", "over_retained", "main.prospects", "last_contact_at", None,
            ("email", "siret"),
            "§6 keeps prospects three years from the last contact; these rows are 3-4.5 years old",
            rows=WECASA_STALE_PROSPECTS),
    Planted("wecasa", "undeclared", "main.customer_profiles", "date_of_birth", "DATE_OF_BIRTH",
            ("date_of_birth",),
            "§3.1 lists no date of birth for Customers (only §3.2 for Partners)"),
    Planted("wemaintain", "undeclared", "exports/crm_techniciens.csv", "Numéro de carte",
            "CREDIT_CARD", ("Numéro de carte",),
            "card numbers in the technicians' recruitment CRM; the policy declares no payment data"),
    Planted("wemaintain", "undeclared", "plateforme/connexions.parquet", "adresse_ip",
            "IP_ADDRESS", ("adresse_ip",),
            "Users' sign-in IP addresses; only Visiteurs' IP addresses are declared"),
    Planted("wemaintain", "unbound", "partage/contacts_salon_2019.csv", None, "EMAIL_ADDRESS",
            ("email",),
            "badge scans from a trade fair, about people the policy does not describe"),
    Planted("wemind", "special_category", "main.transcriptions_support", "transcription",
            "HEALTH_DATA", (),
            "members talk about illnesses and treatments; the policy says health data is handled by "
            "the insurers, not collected by Wemind"),
    Planted("wemind", "undeclared", "main.evenements_espace_membre", "adresse_ip", "IP_ADDRESS",
            ("adresse_ip",),
            "member activity logged with IP addresses; the policy says usage statistics are "
            "anonymous and not linked to the profile"),
    Planted("wemind", "unbound", "main.parrainages", None, "EMAIL_ADDRESS", ("filleul_email",),
            "emails of referred friends, who are not members; no subject covers them"),
    Planted("wegroup", "undeclared", "main.user_profiles", "national_number",
            "BE_NATIONAL_NUMBER", ("national_number",),
            "§3.1.3 profile data lists no national number"),
    Planted("wegroup", "undeclared", "main.web_sessions", "email", "EMAIL_ADDRESS", ("email",),
            "§3.1.1 usage data lists no email address: visitors' sessions joined to their emails"),
    Planted("wegroup", "unbound", "main.louise_conversations", None, "EMAIL_ADDRESS",
            ("customer_email",),
            "§11: data processed for the assistant Louise as a processor is outside the policy"),
    Planted("webcasso", "special_category", "main.deurwaarder_overdrachten", "bsn", "NL_BSN",
            ("bsn",),
            "BSN in clear for debtors; the policy says the BSN is kept masked (afgeschermd)"),
    Planted("webcasso", "undeclared", "main.sollicitanten", "bsn", "NL_BSN", ("bsn",),
            "applicants' BSN; the applicants' table of data lists none"),
    Planted("webcasso", "over_retained", "main.betalingen", "boekdatum", None,
            ("iban_tegenrekening",),
            "payments booked 9-10 fiscal years ago, past the 7-year fiscal duty",
            rows=WEBCASSO_STALE_PAYMENTS),
)


# --------------------------------------------------------------------------------------------
# Reference lists (small, hand-written; see the module docstring for why not Faker)

_FIRST_F = {
    "fr": ["Camille", "Léa", "Manon", "Chloé", "Emma", "Inès", "Sarah", "Julie", "Marie", "Claire",
           "Hélène", "Isabelle", "Nathalie", "Sophie", "Céline", "Aurélie", "Élodie", "Laure",
           "Anaïs", "Zoé", "Margaux", "Pauline", "Mathilde", "Juliette", "Agathe", "Françoise",
           "Sylvie", "Valérie", "Gaëlle", "Nadia", "Amina", "Lucie"],
    "nl": ["Emma", "Sophie", "Julia", "Anna", "Lisa", "Sanne", "Fleur", "Lotte", "Eva", "Anouk",
           "Iris", "Femke", "Noor", "Maud", "Ingrid", "Marieke", "Annelies", "Esther", "Yvonne",
           "Petra", "Fatima", "Sara"],
    "be": ["Emma", "Louise", "Marie", "Elise", "Lotte", "Julie", "Sarah", "Laura", "Charlotte",
           "Nathalie", "Sofie", "Els", "Griet", "Ann", "Chloé", "Manon", "Hanne", "Lien"],
}
_FIRST_M = {
    "fr": ["Thomas", "Nicolas", "Julien", "Maxime", "Antoine", "Alexandre", "Hugo", "Lucas",
           "Théo", "Louis", "Pierre", "Jean", "François", "Olivier", "Sébastien", "Guillaume",
           "Romain", "Benoît", "Jérôme", "Cédric", "Mathieu", "Loïc", "Yann", "Karim", "Mehdi",
           "Rachid", "Bruno", "Laurent", "Stéphane", "Arnaud"],
    "nl": ["Daan", "Sem", "Lucas", "Jesse", "Thijs", "Bram", "Lars", "Ruben", "Jeroen", "Pieter",
           "Sander", "Bas", "Koen", "Wouter", "Maarten", "Henk", "Kees", "Joost", "Mohamed",
           "Stefan"],
    "be": ["Lucas", "Louis", "Arthur", "Noah", "Liam", "Jules", "Thomas", "Wout", "Pieter", "Jan",
           "Tom", "Bart", "Koen", "Dirk", "Olivier", "Maxime", "Nicolas", "Senne"],
}
_LAST = {
    "fr": ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
           "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David",
           "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Lefèvre",
           "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier",
           "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Perrin",
           "Morin", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin",
           "Benali", "Nguyen", "Haddad", "Le Gall"],
    "nl": ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen",
           "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters",
           "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits",
           "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen",
           "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "van der Heijden",
           "Schouten", "van Beek", "Willems", "van Vliet", "Yilmaz", "El Amrani"],
    "be": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
           "Wouters", "De Smet", "Dubois", "Lambert", "Dupont", "Vermeulen", "Van den Broeck",
           "De Clercq", "Hermans", "Desmet", "Van Damme", "Martens", "Leclercq", "Michiels",
           "Coppens", "Verstraete", "Van de Velde"],
}
_EMAIL_DOMAINS = {
    "fr": ["gmail.com", "orange.fr", "free.fr", "hotmail.fr", "yahoo.fr", "laposte.net", "sfr.fr",
           "outlook.fr", "wanadoo.fr", "icloud.com"],
    "nl": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.com", "outlook.com", "xs4all.nl",
           "live.nl", "planet.nl"],
    "be": ["gmail.com", "telenet.be", "skynet.be", "hotmail.com", "outlook.be", "proximus.be"],
}
_STREETS = {
    "fr": ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Voltaire",
           "rue du Faubourg Saint-Antoine", "rue Nationale", "place de la Mairie", "rue des Lilas",
           "allée des Tilleuls", "chemin des Vignes", "rue Pasteur", "avenue de la Gare",
           "rue Gambetta", "rue de Paris", "impasse des Acacias", "rue du Moulin",
           "avenue Foch", "rue Lamartine", "rue des Écoles", "quai de la Loire"],
    "nl": ["Kerkstraat", "Dorpsstraat", "Schoolstraat", "Molenweg", "Stationsweg",
           "Julianastraat", "Beatrixlaan", "Wilhelminastraat", "Oranjestraat", "Hoofdweg",
           "Nieuwstraat", "Lindelaan", "Eikenlaan", "Kastanjelaan", "Parallelweg", "Markt",
           "Zuidsingel", "Burgemeester de Vlugtlaan"],
    "be": ["Kerkstraat", "Stationsstraat", "Veldstraat", "Nieuwstraat", "Dorpsstraat",
           "Molenstraat", "Kortrijksesteenweg", "Rue de la Station", "Chaussée de Bruxelles",
           "Avenue Louise", "Rue Haute", "Meir"],
}
# (postal code, town, latitude, longitude); Paris/Lyon/Marseille codes vary by arrondissement.
_FR_TOWNS = [
    ("750{:02d}", "Paris", 48.8566, 2.3522, 20), ("6900{}", "Lyon", 45.7640, 4.8357, 9),
    ("130{:02d}", "Marseille", 43.2965, 5.3698, 16), ("33000", "Bordeaux", 44.8378, -0.5792, 0),
    ("31000", "Toulouse", 43.6047, 1.4442, 0), ("44000", "Nantes", 47.2184, -1.5536, 0),
    ("59000", "Lille", 50.6292, 3.0573, 0), ("67000", "Strasbourg", 48.5734, 7.7521, 0),
    ("06000", "Nice", 43.7102, 7.2620, 0), ("35000", "Rennes", 48.1173, -1.6778, 0),
    ("34000", "Montpellier", 43.6108, 3.8767, 0),
    ("92100", "Boulogne-Billancourt", 48.8397, 2.2399, 0),
    ("92200", "Neuilly-sur-Seine", 48.8846, 2.2697, 0), ("78000", "Versailles", 48.8049, 2.1204, 0),
    ("38000", "Grenoble", 45.1885, 5.7245, 0), ("13100", "Aix-en-Provence", 43.5297, 5.4474, 0),
]
# (first and last postcode number, town)
_NL_TOWNS = [
    (3011, 3089, "Rotterdam"), (1011, 1109, "Amsterdam"), (2491, 2599, "Den Haag"),
    (3511, 3585, "Utrecht"), (5611, 5658, "Eindhoven"), (9711, 9747, "Groningen"),
    (5011, 5049, "Tilburg"), (4811, 4839, "Breda"), (3311, 3329, "Dordrecht"),
    (2991, 2994, "Barendrecht"), (2981, 2987, "Ridderkerk"), (2408, 2409, "Alphen aan den Rijn"),
]
_BE_TOWNS = [
    ("1000", "Brussel"), ("2000", "Antwerpen"), ("9000", "Gent"), ("3000", "Leuven"),
    ("8000", "Brugge"), ("2800", "Mechelen"), ("3500", "Hasselt"), ("4000", "Liège"),
    ("5000", "Namur"), ("1300", "Wavre"), ("9300", "Aalst"), ("8500", "Kortrijk"),
]
_NL_POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
# Bank codes whose IBANs python-stdnum accepts (FR: 5-digit bank code; NL: 4-letter; BE: 3-digit,
# checked against stdnum's table of Belgian banks).
_FR_BANKS = [("30004", "BNPAFRPP"), ("30003", "SOGEFRPP"), ("30002", "CRLYFRPP"),
             ("10278", "CMCIFR2A"), ("20041", "PSSTFRPP"), ("16606", "AGRIFRPP")]
_NL_BANKS = ["INGB", "ABNA", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]
_BE_BANKS = ["001", "063", "068", "363", "735", "734", "973", "143", "751"]
_CARD_PREFIXES = ["4970", "4974", "4561", "4539", "5131", "5355", "5412", "5168"]
_IPV4_FIRST = [78, 80, 81, 82, 83, 86, 88, 90, 91, 92, 109, 176, 185, 193, 195, 212, 213, 217]
_USER_AGENTS = [
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/126.0.0.0 Safari/537.36", "desktop", None, "Windows 11", "Chrome", "126"),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
     "Version/17.5 Safari/605.1.15", "desktop", "Apple", "macOS 14", "Safari", "17.5"),
    ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
     "Gecko) Version/17.5 Mobile/15E148 Safari/604.1", "mobile", "Apple", "iOS 17", "Safari",
     "17.5"),
    ("Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/126.0.0.0 Mobile Safari/537.36", "mobile", "Samsung", "Android 14", "Chrome", "126"),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
     "desktop", None, "Windows 10", "Firefox", "127"),
    ("Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
     "Version/17.5 Mobile/15E148 Safari/604.1", "tablette", "Apple", "iPadOS 17", "Safari",
     "17.5"),
]


# --------------------------------------------------------------------------------------------
# Value generation


class _Gen:
    """Values for one table: its own seeded random stream, dates counted back from ``today``."""

    def __init__(self, org: str, table: str, today: date) -> None:
        self.r = random.Random(f"ropa-demo/{org}/{table}")
        self.today = today

    # --- choices and dates
    def pick(self, items: list[Any] | tuple[Any, ...]) -> Any:
        return items[self.r.randrange(len(items))]

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def days_ago(self, lo: int, hi: int) -> date:
        return self.today - timedelta(days=self.r.randint(lo, hi))

    def moment(self, day: date) -> datetime:
        return datetime.combine(day, time(self.r.randint(7, 21), self.r.randint(0, 59),
                                          self.r.randint(0, 59)))

    def ts_ago(self, lo: int, hi: int) -> datetime:
        return self.moment(self.days_ago(lo, hi))

    def dob(self, min_age: int = 19, max_age: int = 72) -> date:
        """A date of birth of someone aged ``min_age`` to ``max_age`` on ``today``."""
        return self.days_ago(min_age * 366, max_age * 365)

    def amount(self, lo: float, hi: float) -> Decimal:
        return Decimal(self.r.randint(int(lo * 100), int(hi * 100))) / 100

    def digits(self, n: int) -> str:
        return f"{self.r.randrange(10 ** n):0{n}d}" if n > 0 else ""

    def code(self, prefix: str, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return prefix + "".join(self.r.choices(alphabet, k=n))

    # --- people
    def person(self, country: str) -> tuple[str, str, str]:
        """(sex 'F'|'M', first name, last name)."""
        sex = "F" if self.chance(0.52) else "M"
        first = self.pick((_FIRST_F if sex == "F" else _FIRST_M)[country])
        return sex, first, self.pick(_LAST[country])

    def email(self, first: str, last: str, country: str, domain: str | None = None) -> str:
        f, l = _ascii(first), _ascii(last)
        local = self.pick([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}", f"{f}.{l}{self.r.randint(1, 99)}",
                           f"{f}_{l}", f"{l}.{f}"])
        return f"{local}@{domain or self.pick(_EMAIL_DOMAINS[country])}"

    def phone(self, country: str, kind: str = "mobile",
              fmt: int = phonenumbers.PhoneNumberFormat.NATIONAL) -> str:
        """A number phonenumbers validates, formatted as the country writes it."""
        region = {"fr": "FR", "nl": "NL", "be": "BE"}[country]
        for _ in range(50):
            if country == "fr":
                national = (self.pick(["06", "07"]) if kind == "mobile"
                            else self.pick(["01", "02", "03", "04", "05", "09"])) + self.digits(8)
            elif country == "nl":
                # 061-065 and 068 are mobile ranges (066 is paging, 067 internet services)
                national = ("06" + self.pick("123458") + self.digits(7) if kind == "mobile"
                            else self.pick(["010", "020", "030", "070", "078", "0180"]))
                national += self.digits(10 - len(national))
            else:
                national = ("04" + self.pick("5789") + self.digits(7) if kind == "mobile"
                            else self.pick(["02", "03", "09"]) + self.digits(7))
            number = phonenumbers.parse(national, region)
            if phonenumbers.is_valid_number(number):
                return phonenumbers.format_number(number, fmt)
        raise RuntimeError(f"could not draw a valid {country} {kind} phone number")

    def fr_address(self) -> tuple[str, str, str, float, float]:
        """(street line, postal code, town, latitude, longitude)."""
        pattern, town, lat, lon, n = self.pick(_FR_TOWNS)
        postcode = pattern.format(self.r.randint(1, n)) if n else pattern
        street = f"{self.r.randint(1, 180)} {self.pick(_STREETS['fr'])}"
        return (street, postcode, town, round(lat + self.r.uniform(-0.04, 0.04), 5),
                round(lon + self.r.uniform(-0.05, 0.05), 5))

    def nl_address(self) -> tuple[str, str, str]:
        """(street line, postcode '3011 AB', town)."""
        lo, hi, town = self.pick(_NL_TOWNS)
        while True:
            letters = self.pick(_NL_POSTCODE_LETTERS) + self.pick(_NL_POSTCODE_LETTERS)
            if letters not in ("SA", "SD", "SS"):
                break
        street = f"{self.pick(_STREETS['nl'])} {self.r.randint(1, 250)}"
        if self.chance(0.15):
            street += self.pick(["A", "B", "-1", "-2", " bis"])
        return street, f"{self.r.randint(lo, hi)} {letters}", town

    def be_address(self) -> str:
        postcode, town = self.pick(_BE_TOWNS)
        return f"{self.pick(_STREETS['be'])} {self.r.randint(1, 220)}, {postcode} {town}"

    # --- identifiers, each with its real check digits
    def ipv4(self) -> str:
        return (f"{self.pick(_IPV4_FIRST)}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}."
                f"{self.r.randint(1, 254)}")

    def ipv6(self) -> str:
        return "2a01:cb{:02x}:{:x}:{:x}::{:x}".format(
            self.r.randint(0, 255), self.r.randint(0x1000, 0xffff), self.r.randint(0, 0xffff),
            self.r.randint(1, 0xfff))

    def card(self, spaced: bool = False) -> str:
        body = self.pick(_CARD_PREFIXES) + self.digits(11)
        number = body + luhn.calc_check_digit(body)
        return " ".join(number[i:i + 4] for i in range(0, 16, 4)) if spaced else number

    def siren(self) -> str:
        body = str(self.r.randint(1, 9)) + self.digits(7)
        return body + luhn.calc_check_digit(body)

    def siret(self, siren: str | None = None) -> str:
        body = (siren or self.siren()) + "000" + str(self.r.randint(1, 9))
        return body + luhn.calc_check_digit(body)

    @staticmethod
    def fr_vat(siren: str) -> str:
        # python-stdnum's fr.tva has no calc function; its validate() checks this same key.
        return f"FR{int(siren + '12') % 97:02d}{siren}"

    def rcs(self, siren: str, town: str) -> str:
        return f"RCS {town} {self.pick('AB')} {siren[:3]} {siren[3:6]} {siren[6:]}"

    def nir(self, sex: str, born: date) -> str:
        department = f"{self.r.randint(1, 95):02d}"
        if department == "20":          # Corsica is 2A/2B: keep the demo to plain digits
            department = "75"
        body = (("2" if sex == "F" else "1") + f"{born.year % 100:02d}{born.month:02d}"
                + department + f"{self.r.randint(1, 999):03d}{self.r.randint(1, 999):03d}")
        return body + fr_nir.calc_check_digits(body)

    def bsn(self) -> str:
        # python-stdnum's nl.bsn exposes checksum() but no calc function: draw 8 digits and take
        # the 11-test remainder as the check digit, redrawing when it would be 10.
        while True:
            body = str(self.r.randint(1, 9)) + self.digits(7)
            check = sum((9 - i) * int(d) for i, d in enumerate(body)) % 11
            if check < 10:
                number = body + str(check)
                if nl_bsn.checksum(number) == 0:
                    return number

    def nl_btw(self) -> str:
        return f"NL{self.bsn()}B{self.r.randint(1, 3):02d}"

    def be_national_number(self, sex: str, born: date) -> str:
        # python-stdnum's be.nn validates but has no calc function: the check is 97 - (n mod 97),
        # with a leading 2 for people born from 2000 on. Men have odd serials, women even.
        serial = self.r.randrange(1, 997, 2) if sex == "M" else self.r.randrange(2, 997, 2)
        body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{serial:03d}"
        base = int(("2" if born.year >= 2000 else "") + body)
        return f"{body}{97 - base % 97:02d}"

    def iban(self, country: str) -> str:
        if country == "fr":
            bank, _ = self.pick(_FR_BANKS)
            branch, account = self.digits(5), self.digits(11)
            # The French RIB key (python-stdnum has no fr.rib module): 97 - (89 b + 15 g + 3 c) % 97.
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
            bban = f"{bank}{branch}{account}{key:02d}"
        elif country == "nl":
            bban = self.pick(_NL_BANKS) + "0" + self.digits(9)
        else:
            first = self.pick(_BE_BANKS) + self.digits(7)
            bban = f"{first}{int(first) % 97 or 97:02d}"
        cc = country.upper()
        return cc + std_iban.calc_check_digits(f"{cc}00{bban}") + bban

    def fr_bic(self, iban: str) -> str:
        return dict(_FR_BANKS).get(iban[4:9], "BNPAFRPP") + "XXX"

    def fr_id_card(self) -> str:
        """A French identity card number in the 2021 format (9 letters and digits)."""
        alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") + "".join(self.pick(alphabet) for _ in range(8))

    def nl_document_number(self) -> str:
        letters = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
        return (self.pick(letters) + self.pick(letters)
                + "".join(self.pick(letters + string.digits) for _ in range(6)) + self.digits(1))


def _ascii(text: str) -> str:
    """Lower-case ASCII for email local parts: 'Hélène' -> 'helene', 'van den Berg' -> 'vandenberg'."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in folded.lower() if c.isalnum())


def _company_surname(last: str) -> str:
    """'van den Berg' -> 'Van den Berg', as it reads at the start of a company name."""
    return last[:1].upper() + last[1:]


def _nl_phone(g: _Gen, kind: str = "mobile") -> str:
    """Dutch numbers as Dutch databases hold them: '06-12345678', '010-1234567'."""
    national = g.phone("nl", kind)
    head, _, tail = national.partition(" ")
    return f"{head}-{tail.replace(' ', '')}"


def _columns(rows: list[dict[str, Any]]) -> Columns:
    """Row dicts (all with the same keys, in order) to columns."""
    return {key: [row[key] for row in rows] for key in rows[0]}


# --------------------------------------------------------------------------------------------
# Wecasa (FR, English policy): customers, partners, prospects


_WECASA_SERVICES = ["coiffure", "coupe homme", "brushing", "manucure", "maquillage", "épilation",
                    "ménage"]
_WECASA_CHATS = [
    "Client : Bonjour, ma prestation de coiffure prévue à 10h n'a pas eu lieu. Agent : Bonjour "
    "{first}, toutes nos excuses, nous vous remboursons intégralement sur votre carte.",
    "Client : Est-il possible de décaler mon rendez-vous de brushing à jeudi ? Agent : Bien sûr "
    "{first}, c'est fait, vous recevrez une confirmation par e-mail.",
    "Client : Je n'arrive pas à ajouter ma nouvelle carte bancaire dans l'application. Agent : "
    "Bonjour {first}, pouvez-vous mettre à jour l'application et réessayer ?",
    "Client : Ma manucure était parfaite, merci ! Agent : Merci {first}, nous transmettons à votre "
    "partenaire.",
    "Client : Je souhaite supprimer mon compte. Agent : C'est noté {first}, la suppression sera "
    "effective sous 48 heures.",
    "Client : Le code promo de bienvenue ne fonctionne pas. Agent : Bonjour {first}, je l'ai "
    "appliqué manuellement sur votre réservation.",
]
_WECASA_DEVICES = ["iPhone 14 / iOS 17.5", "iPhone 12 / iOS 16.7", "Galaxy S23 / Android 14",
                   "Pixel 7 / Android 14", "Chrome 126 / Windows 11", "Safari 17 / macOS 14"]
_SALON_WORDS = ["Salon", "Studio", "Atelier", "Institut", "Maison"]
_SALON_NAMES = ["Élégance", "Beauté Divine", "Coiff'Style", "Belle Mèche", "L'Ongle d'Or",
                "Ciseaux d'Argent", "Zen Attitude", "Éclat", "Nuance", "Pure Beauté"]


def _wecasa(today: date) -> dict[str, Columns]:
    g = _Gen("wecasa", "customers", today)
    customers = []
    for i in range(1200):
        sex, first, last = g.person("fr")
        street, postcode, town, lat, lon = g.fr_address()
        created = g.ts_ago(60, 6 * 365)
        ended = g.days_ago(10, 4 * 365 + 100) if g.chance(0.25) else None
        if ended is not None and ended < created.date():
            ended = created.date() + timedelta(days=30)
        customers.append({
            "customer_id": 100001 + i, "title": "Mme" if sex == "F" else "M.",
            "first_name": first, "last_name": last, "email": g.email(first, last, "fr"),
            "phone": g.phone("fr"), "street_address": street, "postal_code": postcode,
            "city": town, "latitude": lat, "longitude": lon, "signup_ip": g.ipv4(),
            "device": g.pick(_WECASA_DEVICES), "marketing_opt_in": g.chance(0.4),
            "created_at": created, "relationship_ended_at": ended,
        })
    first_names = {c["customer_id"]: c["first_name"] for c in customers}
    customer_ids = list(first_names)

    g = _Gen("wecasa", "customer_profiles", today)
    profiles = [{
        "customer_id": cid, "date_of_birth": g.dob(19, 80),
        "preferred_service": g.pick(_WECASA_SERVICES),
        "newsletter_frequency": g.pick(["weekly", "monthly", "never"]),
        "updated_at": g.ts_ago(1, 900),
    } for cid in customer_ids]

    g = _Gen("wecasa", "partners", today)
    partners = []
    for i in range(300):
        sex, first, last = g.person("fr")
        street, postcode, town, lat, lon = g.fr_address()
        siren = g.siren()
        iban = g.iban("fr")
        created = g.ts_ago(200, 7 * 365)
        partners.append({
            "partner_id": 5001 + i, "title": "Mme" if sex == "F" else "M.", "first_name": first,
            "last_name": last, "date_of_birth": g.dob(20, 64), "id_card_number": g.fr_id_card(),
            "siret": g.siret(siren), "vat_number": g.fr_vat(siren), "iban": iban,
            "bic": g.fr_bic(iban), "email": g.email(first, last, "fr"), "phone": g.phone("fr"),
            "street_address": street, "postal_code": postcode, "city": town, "latitude": lat,
            "longitude": lon, "services": ", ".join(sorted({g.pick(_WECASA_SERVICES)
                                                            for _ in range(2)})),
            "score": g.amount(3.2, 5.0), "certified": g.chance(0.7), "created_at": created,
            "relationship_ended_at": g.days_ago(10, 4 * 365 + 100) if g.chance(0.2) else None,
        })
    partner_ids = [p["partner_id"] for p in partners]

    g = _Gen("wecasa", "bookings", today)
    bookings = []
    for i in range(3000):
        when = g.ts_ago(-30, 3 * 365)
        bookings.append({
            "booking_id": f"BK-{2000000 + i * 7}", "customer_id": g.pick(customer_ids),
            "partner_id": g.pick(partner_ids), "service": g.pick(_WECASA_SERVICES),
            "booked_for": when, "duration_min": g.pick([30, 45, 60, 90, 120]),
            "price_eur": g.amount(25, 180),
            "status": ("scheduled" if when.date() > today
                       else g.pick(["completed"] * 8 + ["cancelled", "no_show"])),
            "created_at": when - timedelta(days=g.r.randint(1, 20), hours=g.r.randint(0, 12)),
        })

    g = _Gen("wecasa", "payments", today)
    payments = []
    for b in bookings:
        if b["status"] not in ("completed", "no_show"):
            continue
        payments.append({
            "payment_id": g.code("ch_", 24), "booking_id": b["booking_id"],
            "customer_id": b["customer_id"], "card_number": g.card(),
            "card_brand": g.pick(["visa", "mastercard", "cb"]), "amount_eur": b["price_eur"],
            "currency": "EUR", "status": g.pick(["succeeded"] * 12 + ["refunded", "failed"]),
            "paid_at": b["booked_for"] + timedelta(hours=2),
        })

    g = _Gen("wecasa", "customer_chats", today)
    chats = []
    for i in range(400):
        cid = g.pick(customer_ids)
        chats.append({
            "chat_id": 70001 + i, "customer_id": cid, "channel": g.pick(["chat", "chat", "phone"]),
            "started_at": g.ts_ago(1, 2 * 365),
            "transcript": g.pick(_WECASA_CHATS).format(first=first_names[cid]),
            "resolved": g.chance(0.9),
        })

    g = _Gen("wecasa", "partner_payouts", today)
    ibans = {p["partner_id"]: p["iban"] for p in partners}
    payouts = []
    for i in range(1500):
        pid = g.pick(partner_ids)
        end = g.days_ago(1, 3 * 365)
        payouts.append({
            "payout_id": g.code("po_", 20), "partner_id": pid, "iban": ibans[pid],
            "amount_eur": g.amount(80, 2400), "period_start": end - timedelta(days=13),
            "period_end": end, "paid_at": g.moment(end + timedelta(days=2)),
            "status": g.pick(["paid"] * 15 + ["pending", "failed"]),
        })

    g = _Gen("wecasa", "prospects", today)
    stale_rows = set(g.r.sample(range(600), WECASA_STALE_PROSPECTS))
    prospects = []
    for i in range(600):
        sex, first, last = g.person("fr")
        street, postcode, town, _, _ = g.fr_address()
        siren = g.siren()
        if i in stale_rows:   # §6: three years from the last contact; these are 3y4m to 4y6m old
            last_contact = g.days_ago(3 * 365 + 120, 4 * 365 + 180)
        else:       # at most 2y5m old: never near the 3-year line, whatever the day
            last_contact = g.days_ago(2, 2 * 365 + 150)
        collected = last_contact - timedelta(days=g.r.randint(0, 400))
        company = (f"{g.pick(_SALON_WORDS)} {g.pick(_SALON_NAMES)}" if g.chance(0.7)
                   else f"{last} Coiffure")
        prospects.append({
            "prospect_id": 900001 + i, "title": "Mme" if sex == "F" else "M.",
            "first_name": first, "last_name": last, "company_name": company,
            "rcs_number": g.rcs(siren, town.split("-")[0]), "siret": g.siret(siren),
            "email": g.email(first, last, "fr"), "phone": g.phone("fr"),
            "postal_address": f"{street}, {postcode} {town}",
            "source": g.pick(["PagesJaunes", "Planity", "Google Maps", "Salon professionnel"]),
            "status": g.pick(["new", "contacted", "contacted", "not_interested"]),
            "collected_at": collected, "last_contact_at": last_contact,
        })
    return {
        "customers": _columns(customers), "customer_profiles": _columns(profiles),
        "bookings": _columns(bookings), "payments": _columns(payments),
        "customer_chats": _columns(chats), "partners": _columns(partners),
        "partner_payouts": _columns(payouts), "prospects": _columns(prospects),
    }


# --------------------------------------------------------------------------------------------
# WeMaintain (FR, French policy): a folder of files


_WM_COMPANIES = ["Gestion Habitat", "Syndic Parisien", "Immo Centre", "Résidences Lyonnaises",
                 "Foncière du Parc", "Cabinet Lemoine", "Habitat Sud", "Copro Services",
                 "Patrimoine & Gestion", "Atlantique Syndic"]
_WM_ROLES = ["Gestionnaire de copropriété", "Directeur technique", "Responsable maintenance",
             "Property manager", "Syndic bénévole", "Asset manager"]
_WM_MAKERS = ["Otis", "Schindler", "Kone", "TK Elevator", "Soretex", "Orona"]
_WM_REPORTS = [
    "Visite préventive : graissage des guides, contrôle des câbles et des freins, RAS.",
    "Dépannage : porte palière bloquée au 3e étage, réglage du verrou, appareil remis en service.",
    "Remplacement du bouton d'appel cabine, essais conformes.",
    "Pré-visite : relevé des caractéristiques de l'appareil pour proposition commerciale.",
    "Appareil à l'arrêt : défaut variateur, commande de pièce en cours.",
    "Contrôle semestriel du parachute, essais conformes.",
]
_WM_QUESTIONS = [
    "Bonjour, nous gérons une copropriété de 40 lots et souhaitons un devis de maintenance pour "
    "deux ascenseurs.",
    "Notre ascenseur est en panne depuis hier, pouvez-vous intervenir rapidement ?",
    "Je voudrais savoir si vous assurez la modernisation d'un monte-charge de 1985.",
    "Bonjour, quel est le délai moyen d'intervention en cas de panne ?",
    "Pouvez-vous me rappeler au sujet de votre contrat de maintenance ?",
    "Je suis technicien ascensoriste et je cherche un poste, à qui m'adresser ?",
]
_WM_CSV_HEADER = ["ID", "Prénom", "Nom", "Téléphone", "E-mail", "Années d’expérience",
                  "Entreprise actuelle", "Statut", "Date du premier contact", "Numéro de carte"]


def _wemaintain(today: date) -> dict[str, Callable[[Path], None]]:
    """Each file as a writer (relative path -> function writing it)."""
    g = _Gen("wemaintain", "utilisateurs", today)
    users = []
    for i in range(260):
        sex, first, last = g.person("fr")
        street, postcode, town, _, _ = g.fr_address()
        company = g.pick(_WM_COMPANIES)
        domain = _ascii(company) + g.pick([".fr", ".com"])
        users.append({
            "utilisateur_id": 3001 + i, "prenom": first, "nom": last, "sexe": sex,
            "role_societe": g.pick(_WM_ROLES), "email": g.email(first, last, "fr", domain),
            "telephone": g.phone("fr", g.pick(["mobile", "fixe"])), "societe_nom": company,
            "societe_type": g.pick(["Agence", "Siège"]), "societe_adresse": street,
            "code_postal": postcode, "ville": town, "pays": "France",
            "cree_le": g.ts_ago(100, 5 * 365), "derniere_connexion": g.ts_ago(0, 90),
        })
    user_ids = [u["utilisateur_id"] for u in users]

    g = _Gen("wemaintain", "appareils", today)
    devices = []
    for i in range(900):
        street, postcode, town, _, _ = g.fr_address()
        devices.append({
            "appareil_id": f"ASC-{i + 1:06d}", "utilisateur_id": g.pick(user_ids),
            "type": g.pick(["ascenseur"] * 6 + ["monte-charge", "monte-personne"]),
            "fabricant": g.pick(_WM_MAKERS), "adresse_batiment": street, "code_postal": postcode,
            "ville": town, "etage_max": g.r.randint(3, 18), "mise_en_service": g.r.randint(1965, 2023),
            "statut": g.pick(["en service"] * 8 + ["à l'arrêt", "en maintenance"]),
        })

    g = _Gen("wemaintain", "interventions", today)
    interventions = []
    for i in range(2500):
        start = g.ts_ago(-14, 3 * 365)
        interventions.append({
            "intervention_id": f"INT-{i + 1:07d}",
            "appareil_id": g.pick(devices)["appareil_id"],
            "technicien_code": f"T-{g.r.randint(1, 85):03d}",
            "type": g.pick(["visite préventive"] * 5 + ["dépannage", "dépannage", "réparation",
                                                         "pré-visite"]),
            "debut": start.isoformat(timespec="seconds"),
            "fin": (start + timedelta(minutes=g.r.randint(20, 240))).isoformat(timespec="seconds"),
            "statut": "planifiée" if start.date() > today else g.pick(["terminée"] * 9 + ["annulée"]),
            "rapport": g.pick(_WM_REPORTS),
        })

    g = _Gen("wemaintain", "connexions", today)
    logins = [{
        "connexion_id": 500001 + i, "utilisateur_id": g.pick(user_ids), "adresse_ip": g.ipv4(),
        "connecte_le": g.ts_ago(0, 2 * 365), "succes": g.chance(0.94),
        "methode": g.pick(["mot de passe", "mot de passe", "lien magique"]),
    } for i in range(2000)]

    g = _Gen("wemaintain", "crm_techniciens", today)
    crm = []
    for i in range(180):
        sex, first, last = g.person("fr")
        crm.append([
            f"TECH-{i + 1:04d}", first, last, g.phone("fr"), g.email(first, last, "fr"),
            str(g.r.randint(1, 30)), g.pick(_WM_MAKERS + ["Indépendant"]),
            g.pick(["À rappeler", "Entretien planifié", "Embauché", "Refusé"]),
            g.days_ago(5, 3 * 365).strftime("%d/%m/%Y"), g.card(spaced=True),
        ])

    g = _Gen("wemaintain", "typeform", today)
    typeform = []
    for i in range(320):
        sex, first, last = g.person("fr")
        typeform.append({
            "response_id": g.code("tf_", 16, string.ascii_lowercase + string.digits),
            "submitted_at": g.ts_ago(1, 3 * 365).isoformat(timespec="seconds") + "Z",
            "form_id": "rejoindre-wemaintain-techniciens",
            "answers": {
                "prenom": first, "nom": last, "telephone": g.phone("fr"),
                "email": g.email(first, last, "fr"), "annees_experience": g.r.randint(0, 35),
                "entreprise_actuelle": g.pick(_WM_MAKERS + ["Indépendant", "En recherche"]),
            },
            "hidden": {"utm_source": g.pick(["indeed", "linkedin", "site", "bouche-a-oreille"])},
        })

    g = _Gen("wemaintain", "visites", today)
    visits = []
    for i in range(3000):
        ua, kind, maker, os_name, _, _ = g.pick(_USER_AGENTS)
        visits.append({
            "visite_id": 1_000_001 + i, "adresse_ip": g.ipv6() if g.chance(0.15) else g.ipv4(),
            "navigateur": ua, "url": "https://www.wemaintain.com" + g.pick(
                ["/fr", "/fr/contact", "/fr/maintenance", "/fr/modernisation", "/fr/carrieres",
                 "/fr/blog/ascenseur-panne", "/fr/tarifs"]),
            "horodatage": g.ts_ago(0, 400), "type_appareil": kind, "fabricant": maker,
            "systeme_exploitation": os_name,
        })

    g = _Gen("wemaintain", "intercom", today)
    conversations = []
    for i in range(400):
        sex, first, last = g.person("fr")
        conversations.append({
            "conversation_id": str(2_100_000_000 + i * 37),
            "created_at": g.ts_ago(1, 2 * 365).isoformat(timespec="seconds") + "Z",
            "contact": {"name": f"{first} {last}", "email": g.email(first, last, "fr"),
                        "phone": g.phone("fr", fmt=phonenumbers.PhoneNumberFormat.INTERNATIONAL)},
            "source": {"channel": "chatbot", "url": "https://www.wemaintain.com" + g.pick(
                ["/fr", "/fr/contact", "/fr/tarifs"])},
            "first_message": g.pick(_WM_QUESTIONS),
            "state": g.pick(["closed", "closed", "open"]),
        })

    g = _Gen("wemaintain", "contacts_salon_2019", today)
    fair = [{
        "email": g.email(*g.person("fr")[1:], "fr"),
        "salon": "Salon de la copropriété 2019", "stand": g.pick(["B12", "B14"]),
        "date_scan": date(2019, 11, g.r.randint(13, 14)).isoformat(),
        "souhaite_rdv": g.pick(["oui", "non", "non"]),
        "interet": g.pick(["modernisation", "contrat de maintenance", "dépannage"]),
    } for _ in range(150)]

    return {
        "plateforme/utilisateurs.parquet": lambda p: _write_parquet(p, _columns(users)),
        "plateforme/appareils.parquet": lambda p: _write_parquet(p, _columns(devices)),
        "plateforme/interventions.csv": lambda p: _write_csv(
            p, list(interventions[0]), [list(r.values()) for r in interventions]),
        "plateforme/connexions.parquet": lambda p: _write_parquet(p, _columns(logins)),
        "exports/crm_techniciens.csv": lambda p: _write_csv(
            p, _WM_CSV_HEADER, crm, delimiter=";", encoding="cp1252", lineterminator="\r\n"),
        "typeform/candidatures_techniciens.ndjson": lambda p: _write_ndjson(p, typeform),
        "web/visites.parquet": lambda p: _write_parquet(p, _columns(visits)),
        "intercom/conversations.ndjson": lambda p: _write_ndjson(p, conversations),
        "partage/contacts_salon_2019.csv": lambda p: _write_csv(
            p, list(fair[0]), [list(r.values()) for r in fair], encoding="utf-8-sig"),
    }


# --------------------------------------------------------------------------------------------
# Wemind (FR, French policy): members, their family, contracts, support


_WEMIND_HEALTH = [
    "Adhérent : Bonjour, j'ai été hospitalisé cinq jours pour une appendicite, est-ce que mes "
    "indemnités journalières vont être versées ? Conseiller : Oui, envoyez-nous le bulletin "
    "d'hospitalisation et l'avis d'arrêt de travail.",
    "Adhérent : Mon médecin m'a prescrit un arrêt maladie de trois semaines pour un burn-out, que "
    "dois-je transmettre ? Conseiller : L'avis d'arrêt de travail suffit, nous le transmettons à "
    "l'assureur.",
    "Adhérent : Je suis suivie pour un diabète de type 2, est-ce que cela change ma cotisation "
    "prévoyance ? Conseiller : Non, votre cotisation ne dépend pas de votre état de santé.",
    "Adhérent : Suite à mon opération du genou, le kinésithérapeute me prescrit vingt séances de "
    "rééducation. Conseiller : Je transmets votre ordonnance au service prestations de l'assureur.",
    "Adhérent : On m'a diagnostiqué un cancer du sein en mars et je commence une chimiothérapie. "
    "Conseiller : Nous sommes désolés, nous déclarons votre arrêt de travail à l'assureur dès "
    "aujourd'hui.",
    "Adhérent : J'ai une fracture du poignet et je ne peux plus travailler pendant six semaines. "
    "Conseiller : Envoyez-nous le certificat médical, le délai de carence est de trois jours.",
    "Adhérent : Ma fille est asthmatique et son traitement coûte cher, est-il remboursé ? "
    "Conseiller : Les remboursements de frais de santé sont gérés par l'assureur.",
    "Adhérent : Je suis en congé pathologique pour une grossesse à risque, comment déclarer mon "
    "arrêt ? Conseiller : Transmettez-nous le certificat médical de votre gynécologue.",
    "Adhérent : Je sors d'une hospitalisation pour dépression, puis-je reprendre en mi-temps "
    "thérapeutique ? Conseiller : Oui, le mi-temps thérapeutique est couvert par votre contrat.",
]
_WEMIND_OTHER = [
    "Adhérent : Je viens de déménager, pouvez-vous mettre à jour mon adresse ? Conseiller : C'est "
    "fait, votre nouvelle adresse apparaît dans votre espace membre.",
    "Adhérent : Pouvez-vous m'envoyer une attestation d'assurance RC Pro pour un client ? "
    "Conseiller : Je vous l'envoie par e-mail dans la journée.",
    "Adhérent : Je voudrais décaler le prélèvement de ma cotisation au 10 du mois. Conseiller : "
    "C'est noté, le changement prendra effet le mois prochain.",
    "Adhérent : Comment parrainer une amie qui travaille en freelance ? Conseiller : Partagez "
    "votre code de parrainage depuis votre espace membre.",
    "Adhérent : Je passe de micro-entrepreneur à SASU, faut-il modifier mon contrat ? Conseiller : "
    "Oui, nous allons adapter votre contrat à votre nouveau statut.",
    "Adhérent : Je n'arrive plus à me connecter à mon espace membre. Conseiller : Je vous renvoie "
    "un lien de connexion par e-mail.",
    "Adhérent : Mon chiffre d'affaires a augmenté, dois-je changer de formule ? Conseiller : La "
    "formule Confort serait plus adaptée, je vous envoie une simulation.",
]
_WEMIND_ACTIVITIES = [("Conseil en systèmes informatiques", "6202A"),
                      ("Programmation informatique", "6201Z"), ("Activités de design", "7410Z"),
                      ("Traduction et interprétation", "7430Z"),
                      ("Activités photographiques", "7420Z"),
                      ("Conseil en communication", "7021Z"),
                      ("Conseil de gestion", "7022Z")]


def _wemind(today: date) -> dict[str, Columns]:
    g = _Gen("wemind", "adherents", today)
    members = []
    for i in range(1500):
        sex, first, last = g.person("fr")
        born = g.dob(21, 66)
        street, postcode, town, _, _ = g.fr_address()
        joined = g.days_ago(30, 6 * 365)
        left = g.days_ago(1, 700) if g.chance(0.15) else None
        if left is not None and left <= joined:
            left = None
        members.append({
            "adherent_id": 10001 + i, "prenom": first, "nom": last, "date_de_naissance": born,
            "email": g.email(first, last, "fr"),
            "telephone": g.phone("fr", fmt=phonenumbers.PhoneNumberFormat.E164),
            "adresse": street, "code_postal": postcode, "ville": town, "nir": g.nir(sex, born),
            "situation_familiale": g.pick(["célibataire", "marié(e)", "pacsé(e)", "divorcé(e)"]),
            "nombre_enfants": g.pick([0, 0, 0, 1, 1, 2, 2, 3]), "date_adhesion": joined,
            "date_resiliation": left, "statut": "résilié" if left else "actif",
        })
    member_ids = [m["adherent_id"] for m in members]

    g = _Gen("wemind", "entreprises", today)
    companies = []
    for m in members:
        activity, naf = g.pick(_WEMIND_ACTIVITIES)
        siren = g.siren()
        companies.append({
            "entreprise_id": m["adherent_id"] + 50000, "adherent_id": m["adherent_id"],
            "raison_sociale": g.pick([f"{m['prenom']} {m['nom']} Conseil",
                                      f"{m['nom']} Studio", f"{m['prenom'][0]}{m['nom'][0]} Digital"]),
            "siren": siren, "siret": g.siret(siren),
            "forme_juridique": g.pick(["Micro-entreprise", "Micro-entreprise", "EURL", "SASU", "EI"]),
            "code_naf": naf, "activite": activity,
            "chiffre_affaires_annuel": g.amount(12000, 180000),
            "date_creation": g.days_ago(200, 12 * 365),
        })

    g = _Gen("wemind", "contrats", today)
    contracts = []
    for i in range(2400):
        start = g.days_ago(30, 5 * 365)
        contracts.append({
            "contrat_id": f"WMD-{start.year}-{i + 1:06d}", "adherent_id": g.pick(member_ids),
            "produit": g.pick(["Prévoyance", "Protection Revenu", "RC Pro", "Multirisque Bureau"]),
            "formule": g.pick(["Essentielle", "Confort", "Premium"]),
            "options": g.pick(["", "Option famille", "Rachat de franchise"]),
            "cotisation_mensuelle": g.amount(14, 160), "date_effet": start,
            "date_resiliation": g.days_ago(1, 300) if g.chance(0.1) else None,
            "assureur": g.pick(["Generali", "AXA", "Allianz", "Hiscox", "MMA"]),
        })

    g = _Gen("wemind", "paiements", today)
    member_iban = {mid: g.iban("fr") for mid in member_ids}
    payments = []
    for i in range(4000):
        c = g.pick(contracts)
        payments.append({
            "paiement_id": 800001 + i, "contrat_id": c["contrat_id"],
            "adherent_id": c["adherent_id"],
            "iban": std_iban.format(member_iban[c["adherent_id"]]),
            "mandat_sepa": f"WMD-MDT-{c['adherent_id']:08d}", "montant": c["cotisation_mensuelle"],
            "date_prelevement": g.days_ago(1, 3 * 365),
            "statut": g.pick(["payé"] * 18 + ["rejeté", "en attente"]),
        })

    g = _Gen("wemind", "ayants_droit", today)
    family = []
    for i in range(900):
        m = g.pick(members)
        child = g.chance(0.6)
        sex, first, _ = g.person("fr")
        born = g.dob(1, 17) if child else g.dob(22, 65)
        family.append({
            "ayant_droit_id": 20001 + i, "adherent_id": m["adherent_id"],
            "lien": "enfant" if child else "conjoint", "prenom": first,
            "nom": m["nom"] if child or g.chance(0.5) else g.pick(_LAST["fr"]),
            "date_de_naissance": born, "nir": g.nir(sex, born),
        })

    g = _Gen("wemind", "evenements_espace_membre", today)
    events = [{
        "evenement_id": 3_000_001 + i, "adherent_id": g.pick(member_ids),
        "action": g.pick(["connexion", "connexion", "consultation_offre",
                          "telechargement_attestation", "parrainage_envoye",
                          "modification_coordonnees"]),
        "horodatage": g.ts_ago(0, 2 * 365), "adresse_ip": g.ipv4(),
        "navigateur": g.pick(["Chrome 126", "Safari 17", "Firefox 127", "Edge 126"]),
    } for i in range(3000)]

    g = _Gen("wemind", "transcriptions_support", today)
    transcripts = [{
        "appel_id": 40001 + i, "adherent_id": g.pick(member_ids),
        "canal": g.pick(["téléphone", "messagerie"]), "debut": g.ts_ago(1, 2 * 365),
        "duree_secondes": g.r.randint(60, 1500),
        "transcription": g.pick(_WEMIND_HEALTH) if g.chance(0.4) else g.pick(_WEMIND_OTHER),
    } for i in range(500)]

    g = _Gen("wemind", "parrainages", today)
    referrals = [{
        "parrainage_id": 60001 + i, "parrain_adherent_id": g.pick(member_ids),
        "filleul_email": g.email(*g.person("fr")[1:], "fr"),
        "code_parrainage": g.code("WEMIND-", 6, string.ascii_uppercase + string.digits),
        "invite_le": g.days_ago(1, 3 * 365),
        "statut": g.pick(["invité", "inscrit", "expiré"]),
    } for i in range(200)]

    return {
        "adherents": _columns(members), "entreprises": _columns(companies),
        "contrats": _columns(contracts), "paiements": _columns(payments),
        "ayants_droit": _columns(family), "evenements_espace_membre": _columns(events),
        "transcriptions_support": _columns(transcripts), "parrainages": _columns(referrals),
    }


# --------------------------------------------------------------------------------------------
# WeGroup (BE, English policy): users, visitors, customer contacts, subscribers


# Checked against the French NER model: none of these reads as a place (customer contacts and
# correspondents declare no geolocation); "Assurances Dubois" did.
_WG_BROKERS = ["Verzekeringen Peeters", "Assurances Leclercq", "Makelaarskantoor Claes",
               "Insurance Partners", "Kantoor Maes", "Courtage Lambert", "Verzekeringen Wouters"]
_WG_SURVEY = [
    "Louise saves our office a lot of time on claim intake.",
    "The quote comparison module is great but the PDF export could be faster.",
    "We would like an integration with our broker management system.",
    "Onboarding was smooth, support answered within the hour.",
    "Please add more insurers to the comparison.",
]
_WG_NOTES = [
    "Demo of the claims module scheduled.", "Asked for pricing of the Enterprise plan.",
    "Renewal discussed, decision expected next quarter.",
    "Interested in the WhatsApp channel for Louise.", "Sent the onboarding guide.",
]
_WG_MESSAGES = [
    ("Pricing question", "Hello, could you send me the pricing of your platform for an office of five "
                "brokers?"),
    ("Partnership proposal", "We are an insurer interested in connecting our products to your comparison "
                    "tool."),
    ("Login problem", "I cannot log in since this morning, could you help?"),
    ("Demo request", "Could we schedule a demo next week?"),
]


def _wegroup(today: date) -> dict[str, Columns]:
    g = _Gen("wegroup", "users", today)
    users = []
    for i in range(420):
        sex, first, last = g.person("be")
        employer = g.pick(_WG_BROKERS)
        users.append({
            "user_id": 7001 + i, "first_name": first, "last_name": last,
            "email": g.email(first, last, "be", _ascii(employer) + ".be"), "employer": employer,
            "role": g.pick(["broker", "broker", "account manager", "admin"]),
            "created_at": g.ts_ago(30, 4 * 365), "last_login_at": g.ts_ago(0, 120),
            "_sex": sex,
        })
    user_ids = [u["user_id"] for u in users]

    g = _Gen("wegroup", "user_profiles", today)
    profiles = []
    for u in users:
        born = g.dob(23, 64)
        profiles.append({
            "user_id": u["user_id"], "gender": u["_sex"], "date_of_birth": born,
            "phone": g.phone("be"), "address": g.be_address(),
            "avatar_url": f"https://cdn.wegroup.be/avatars/u_{u['user_id']}.png",
            "job_title": g.pick(["Insurance broker", "Office manager", "Claims handler"]),
            "national_number": g.be_national_number(u["_sex"], born),
            "updated_at": g.ts_ago(0, 500),
        })
    for u in users:
        del u["_sex"]

    g = _Gen("wegroup", "transactions", today)
    emails = {u["user_id"]: u["email"] for u in users}
    transactions = []
    for i in range(1200):
        uid = g.pick(user_ids)
        plan, price = g.pick([("Louise Starter", 49), ("Louise Pro", 149), ("Enterprise", 590)])
        transactions.append({
            "transaction_id": f"TX-{today.year - 3}-{i + 1:06d}", "user_id": uid, "plan": plan,
            "amount_eur": Decimal(price), "card_number": g.card(),
            "card_expiry": f"{g.r.randint(1, 12):02d}/{(today.year + g.r.randint(0, 4)) % 100:02d}",
            "billing_email": emails[uid], "status": g.pick(["paid"] * 10 + ["failed"]),
            "created_at": g.ts_ago(1, 3 * 365),
        })

    g = _Gen("wegroup", "survey_responses", today)
    surveys = [{
        "response_id": 30001 + i, "user_id": g.pick(user_ids), "submitted_at": g.ts_ago(1, 700),
        "nps_score": g.r.randint(3, 10), "answer": g.pick(_WG_SURVEY),
    } for i in range(300)]

    g = _Gen("wegroup", "web_sessions", today)
    sessions = []
    for i in range(3000):
        _, kind, _, os_name, browser, version = g.pick(_USER_AGENTS)
        postcode, town = g.pick(_BE_TOWNS)
        identified = g.chance(0.6)
        sessions.append({
            "session_id": g.code("s_", 18, string.ascii_lowercase + string.digits),
            "ip_address": g.ipv4(), "country": "BE", "city": town, "browser": browser,
            "browser_version": version, "os": os_name,
            "referrer": g.pick(["google.com", "linkedin.com", "direct", "wegroup.be/blog"]),
            "duration_s": g.r.randint(5, 1800), "page_views": g.r.randint(1, 25),
            "started_at": g.ts_ago(0, 365),
            "email": g.email(*g.person("be")[1:], "be") if identified else None,
        })

    g = _Gen("wegroup", "customer_contacts", today)
    contacts = []
    for i in range(350):
        sex, first, last = g.person("be")
        employer = g.pick(_WG_BROKERS)
        contacts.append({
            "contact_id": 40001 + i, "full_name": f"{first} {last}", "employer": employer,
            "position": g.pick(["zaakvoerder", "office manager", "gérant", "broker"]),
            "email": g.email(first, last, "be", _ascii(employer) + ".be"), "phone": g.phone("be"),
            "last_interaction_at": g.ts_ago(0, 600), "notes": g.pick(_WG_NOTES),
        })

    g = _Gen("wegroup", "newsletter_subscribers", today)
    subscribers = []
    for i in range(900):
        subscribed = g.ts_ago(10, 4 * 365)
        subscribers.append({
            "subscriber_id": 50001 + i, "email": g.email(*g.person("be")[1:], "be"),
            "subscribed_at": subscribed,
            "consent_source": g.pick(["website footer", "webinar", "whitepaper download"]),
            "unsubscribed_at": g.ts_ago(1, 9) if g.chance(0.1) else None,
        })

    g = _Gen("wegroup", "contact_form_messages", today)
    messages = []
    for i in range(250):
        sex, first, last = g.person("be")
        subject, body = g.pick(_WG_MESSAGES)
        messages.append({
            "message_id": 60001 + i, "sender_name": f"{first} {last}",
            "sender_email": g.email(first, last, "be"), "subject": subject, "body": body,
            "received_at": g.ts_ago(0, 700),
            "page_url": g.pick(["https://www.wegroup.be/contact", "https://www.wegroup.be/pricing"]),
        })

    g = _Gen("wegroup", "louise_conversations", today)
    louise = [{
        "conversation_id": g.code("lc_", 16, string.ascii_lowercase + string.digits),
        "broker_user_id": g.pick(user_ids), "customer_email": g.email(*g.person("be")[1:], "be"),
        "channel": g.pick(["whatsapp", "web", "email"]),
        "intent": g.pick(["claim_report", "quote_request", "policy_question"]),
        "started_at": g.ts_ago(0, 500), "message_count": g.r.randint(2, 40),
    } for _ in range(300)]

    return {
        "users": _columns(users), "user_profiles": _columns(profiles),
        "transactions": _columns(transactions), "survey_responses": _columns(surveys),
        "web_sessions": _columns(sessions), "customer_contacts": _columns(contacts),
        "newsletter_subscribers": _columns(subscribers),
        "contact_form_messages": _columns(messages), "louise_conversations": _columns(louise),
    }


# --------------------------------------------------------------------------------------------
# Webcasso (NL, Dutch policy): debiteuren, opdrachtgevers, prospects, leveranciers, sollicitanten


_WC_SUMMARIES = [
    "Debiteur belt over openstaande factuur, betalingsregeling van drie termijnen afgesproken.",
    "Uitgaand gesprek: herinnering gestuurd, debiteur zegt toe binnen veertien dagen te betalen.",
    "Debiteur betwist de vordering, kopie van de factuur per e-mail verstuurd.",
    "Voicemail ingesproken met verzoek om terug te bellen.",
    "Debiteur vraagt om uitstel van betaling, verzoek voorgelegd aan opdrachtgever.",
    "Betaling bevestigd, dossier kan worden gesloten.",
]
_WC_CLIENT_WORDS = ["Installatietechniek", "Energie", "Verhuisservice", "Telecom",
                    "Woningverhuur", "Sportscholen", "Webwinkel", "Kinderopvang", "Autolease"]


def _webcasso(today: date) -> dict[str, Columns]:
    g = _Gen("webcasso", "debiteuren", today)
    debtors = []
    for i in range(2000):
        sex, first, last = g.person("nl")
        street, postcode, town = g.nl_address()
        opened = g.days_ago(20, 4 * 365)
        closed = g.days_ago(1, (today - opened).days) if g.chance(0.45) else None
        debtors.append({
            "debiteurnummer": f"D{1_000_000 + i * 3}", "voornaam": first, "achternaam": last,
            "geslacht": "V" if sex == "F" else "M", "geboortedatum": g.dob(19, 85),
            "straat_huisnummer": street, "postcode": postcode, "woonplaats": town,
            "email": g.email(first, last, "nl"), "telefoon": _nl_phone(g),
            "iban": g.iban("nl"), "kvk_nummer": g.digits(8) if g.chance(0.2) else None,
            "openstaand_bedrag": Decimal(0) if closed else g.amount(35, 4800),
            "status": ("gesloten" if closed else
                       g.pick(["open", "open", "betalingsregeling", "overgedragen aan deurwaarder"])),
            "dossier_geopend_op": opened, "dossier_gesloten_op": closed,
        })
    debtor_ids = [d["debiteurnummer"] for d in debtors]

    g = _Gen("webcasso", "betalingen", today)
    total = 4000 + WEBCASSO_STALE_PAYMENTS
    stale_rows = set(g.r.sample(range(total), WEBCASSO_STALE_PAYMENTS))
    payments = []
    for i in range(total):
        if i in stale_rows:   # booked 9 or 10 fiscal years ago: past 7 years after that year's end
            booked = date(today.year - g.pick([9, 10]), g.r.randint(1, 12), g.r.randint(1, 28))
            debtor = f"D{g.r.randint(100_000, 900_000)}"     # master record long deleted
        else:                 # at most 5 years ago: inside the 7 years whatever the day
            booked = g.days_ago(1, 5 * 365)
            debtor = g.pick(debtor_ids)
        payments.append({
            "betaling_id": 2_000_001 + i, "debiteurnummer": debtor,
            "dossiernummer": f"WC-{booked.year}-{g.r.randint(1, 99999):05d}",
            "bedrag": g.amount(10, 1500), "boekdatum": booked,
            "betaalwijze": g.pick(["iDEAL", "overboeking", "overboeking", "incasso"]),
            "iban_tegenrekening": g.iban("nl"),
        })

    g = _Gen("webcasso", "telefoongesprekken", today)
    calls = []
    for i in range(800):
        start = g.ts_ago(1, 2 * 365)
        calls.append({
            "gesprek_id": 90001 + i, "debiteurnummer": g.pick(debtor_ids),
            "richting": g.pick(["inkomend", "uitgaand"]), "gestart_op": start,
            "duur_sec": g.r.randint(30, 900),
            "opname_bestand": f"opnames/{start:%Y/%m}/gesprek_{90001 + i}.wav",
            "samenvatting": g.pick(_WC_SUMMARIES),
        })

    g = _Gen("webcasso", "identiteitsbewijzen", today)
    ids = []
    for i in range(150):
        received = g.ts_ago(1, 3 * 365)
        ids.append({
            "id": i + 1, "debiteurnummer": g.pick(debtor_ids),
            "documentsoort": g.pick(["paspoort", "identiteitskaart", "rijbewijs"]),
            "documentnummer": g.nl_document_number(), "bsn_afgeschermd": True,
            "ontvangen_op": received,
            "vernietigd_op": received + timedelta(days=g.r.randint(1, 10)) if g.chance(0.8) else None,
        })

    g = _Gen("webcasso", "deurwaarder_overdrachten", today)
    transfers = [{
        "overdracht_id": 11001 + i, "debiteurnummer": g.pick(debtor_ids),
        "deurwaarderskantoor": g.pick(["Gerechtsdeurwaarders Zuid-Holland",
                                       "Deurwaarderskantoor Van Dam & Partners",
                                       "Incasso- en Gerechtsdeurwaarderskantoor Maas"]),
        "bsn": g.bsn(), "vordering": g.amount(150, 9000), "overgedragen_op": g.days_ago(1, 3 * 365),
        "status": g.pick(["lopend", "beslag gelegd", "afgerond"]),
    } for i in range(120)]

    g = _Gen("webcasso", "opdrachtgevers", today)
    clients = []
    for i in range(150):
        sex, first, last = g.person("nl")
        street, postcode, town = g.nl_address()
        name = f"{_company_surname(g.pick(_LAST['nl']))} {g.pick(_WC_CLIENT_WORDS)} B.V."
        clients.append({
            "opdrachtgever_id": 401 + i, "bedrijfsnaam": name, "contactpersoon": f"{first} {last}",
            "kvk_nummer": g.digits(8), "btw_nummer": g.nl_btw(), "iban": g.iban("nl"),
            "email": g.email(first, last, "nl", _ascii(name.removesuffix(" B.V.")) + ".nl"),
            "telefoon": _nl_phone(g, "fixed"), "adres": street, "postcode": postcode,
            "plaats": town, "klant_sinds": g.days_ago(100, 12 * 365),
            "contract_beeindigd_op": g.days_ago(1, 3 * 365) if g.chance(0.12) else None,
        })
    client_ids = [c["opdrachtgever_id"] for c in clients]
    client_iban = {c["opdrachtgever_id"]: c["iban"] for c in clients}

    g = _Gen("webcasso", "uitbetalingen", today)
    payouts = []
    for i in range(900):
        cid = g.pick(client_ids)
        paid = g.days_ago(1, 5 * 365)
        payouts.append({
            "uitbetaling_id": 300001 + i, "opdrachtgever_id": cid, "bedrag": g.amount(100, 25000),
            "iban": client_iban[cid],
            "omschrijving": f"Afdracht incasso's week {paid.isocalendar().week}",
            "uitbetaald_op": paid,
        })

    g = _Gen("webcasso", "prospects", today)
    prospects = []
    for i in range(200):
        sex, first, last = g.person("nl")
        street, postcode, town = g.nl_address()
        name = f"{_company_surname(g.pick(_LAST['nl']))} {g.pick(_WC_CLIENT_WORDS)} B.V."
        prospects.append({
            "prospect_id": 8001 + i, "naam": f"{first} {last}", "bedrijfsnaam": name,
            "email": g.email(first, last, "nl", _ascii(name.removesuffix(" B.V.")) + ".nl"),
            "telefoon": _nl_phone(g, "fixed"), "adres": street, "postcode": postcode,
            "plaats": town, "laatste_contact": g.days_ago(1, 2 * 365),
            "status": g.pick(["nieuw", "offerte verstuurd", "geen interesse"]),
        })

    g = _Gen("webcasso", "leveranciers_contactpersonen", today)
    suppliers = []
    for i in range(60):
        sex, first, last = g.person("nl")
        street, postcode, town = g.nl_address()
        company = g.pick(["Drukkerij", "Schoonmaakbedrijf", "ICT Beheer", "Archiefopslag"])
        suppliers.append({
            "contactpersoon_id": 601 + i, "naam": f"{first} {last}",
            "leverancier": f"{company} {_company_surname(g.pick(_LAST['nl']))}",
            "email": g.email(first, last, "nl", _ascii(company) + ".nl"),
            "telefoon": _nl_phone(g, "fixed"), "adres": f"{street}, {postcode} {town}",
        })

    g = _Gen("webcasso", "sollicitanten", today)
    applicants = []
    for i in range(140):
        sex, first, last = g.person("nl")
        street, postcode, town = g.nl_address()
        applicants.append({
            "sollicitant_id": 1201 + i, "voornaam": first, "achternaam": last,
            "geslacht": "V" if sex == "F" else "M", "geboortedatum": g.dob(18, 60),
            "geboorteplaats": g.pick(_NL_TOWNS)[2], "email": g.email(first, last, "nl"),
            "telefoon": _nl_phone(g), "adres": street, "postcode": postcode, "woonplaats": town,
            "vacature": g.pick(["Incassomedewerker", "Juridisch medewerker",
                                "Klantenservicemedewerker", "Financieel administratief medewerker"]),
            "cv_bestand": f"cv/{today.year}/sollicitant_{1201 + i}.pdf",
            "status": g.pick(["ontvangen", "uitgenodigd", "afgewezen", "aangenomen"]),
            "gesolliciteerd_op": g.days_ago(1, 500), "bsn": g.bsn(),
        })

    return {
        "debiteuren": _columns(debtors), "betalingen": _columns(payments),
        "telefoongesprekken": _columns(calls), "identiteitsbewijzen": _columns(ids),
        "deurwaarder_overdrachten": _columns(transfers), "opdrachtgevers": _columns(clients),
        "uitbetalingen": _columns(payouts), "prospects": _columns(prospects),
        "leveranciers_contactpersonen": _columns(suppliers), "sollicitanten": _columns(applicants),
    }


# --------------------------------------------------------------------------------------------
# Writers


def _quote(name: str) -> str:
    # The demo's own constant table names; quoted all the same (catalog/sql.py belongs to the
    # catalog layer, which flows may use, but this module must work before a catalog exists).
    return '"' + name.replace('"', '""') + '"'


def _write_duckdb(path: Path, tables: dict[str, Columns]) -> None:
    con = duckdb.connect(str(path))
    try:
        for name, columns in tables.items():
            con.register("_demo_rows", pa.table(columns))
            con.execute(f"CREATE TABLE main.{_quote(name)} AS SELECT * FROM _demo_rows")
            con.unregister("_demo_rows")
        con.execute("CHECKPOINT")
    finally:
        con.close()


def _write_parquet(path: Path, columns: Columns) -> None:
    pq.write_table(pa.table(columns), path, compression="zstd")


def _write_csv(path: Path, header: list[str], rows: list[list[Any]], *, delimiter: str = ",",
               encoding: str = "utf-8", lineterminator: str = "\n") -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=lineterminator)
    writer.writerow(header)
    writer.writerows(["" if v is None else v for v in row] for row in rows)
    path.write_bytes(buffer.getvalue().encode(encoding))


def _write_ndjson(path: Path, records: list[dict[str, Any]]) -> None:
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    path.write_text(text, encoding="utf-8")


def _write_folder(folder: Path, files: dict[str, Callable[[Path], None]]) -> None:
    for relative, write in files.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        write(path)


def _replace(target: Path, build: Callable[[Path], None]) -> None:
    """Build next to ``target`` and swap it in, so an interrupted build leaves no half warehouse."""
    staging = target.with_name(target.name + ".building")
    _remove(staging)
    _remove(staging.with_name(staging.name + ".wal"))
    build(staging)
    _remove(target)
    _remove(target.with_name(target.name + ".wal"))
    os.replace(staging, target)


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()


# --------------------------------------------------------------------------------------------
# Entry points


# The organisations whose warehouse is one DuckDB file (WeMaintain's is a folder of files).
_DUCKDB_ORGS: dict[str, Callable[[date], dict[str, Columns]]] = {
    "wecasa": _wecasa, "wemind": _wemind, "wegroup": _wegroup, "webcasso": _webcasso,
}


def build_demo(root: Path, today: date | None = None) -> dict[str, Path]:
    """Write the five demo warehouses under ``root``; return organisation -> warehouse path.

    Deterministic for a given ``today`` (default: the current date); the planted over-retention
    is counted back from ``today``, so it holds whatever day the demo runs. Existing demo
    warehouses under ``root`` are replaced; nothing else there is touched. Takes about a second.
    """
    today = today or date.today()
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    built: dict[str, Path] = {}
    for org in ORGS:
        if org == "wemaintain":
            target = root / "wemaintain"
            _replace(target, partial(_write_folder, files=_wemaintain(today)))
        else:
            target = root / f"{org}.duckdb"
            _replace(target, partial(_write_duckdb, tables=_DUCKDB_ORGS[org](today)))
        built[org] = target
    return built


def read_column(warehouse: Path, asset: str, column: str) -> list[Any]:
    """Every value of one column of one demo asset, read back from what :func:`build_demo` wrote.

    ``asset`` is named as the catalog names it (``main.table`` or a path inside the folder);
    nested NDJSON fields use dotted paths (``contact.email``).
    """
    if warehouse.suffix == ".duckdb":
        schema, table = asset.split(".", 1)
        con = duckdb.connect(str(warehouse), read_only=True)
        try:
            rows = con.execute(
                f"SELECT {_quote(column)} FROM {_quote(schema)}.{_quote(table)}").fetchall()
        finally:
            con.close()
        return [r[0] for r in rows]
    path = warehouse / asset
    if path.suffix == ".parquet":
        return pq.read_table(path, columns=[column]).column(column).to_pylist()
    if path.suffix == ".ndjson":
        values = []
        for line in path.read_text(encoding="utf-8").splitlines():
            value: Any = json.loads(line)
            for key in column.split("."):
                value = value.get(key) if isinstance(value, dict) else None
            values.append(value)
        return values
    if path.suffix == ".csv":
        raw = path.read_bytes()
        text = raw.decode("cp1252") if _is_cp1252_export(asset) else raw.decode("utf-8-sig")
        first = text.split("\n", 1)[0]
        reader = csv.DictReader(io.StringIO(text), delimiter=";" if ";" in first else ",")
        return [row[column] or None for row in reader]
    raise ValueError(f"read_column: {asset} is not a demo asset type (duckdb, parquet, ndjson, csv)")


def _is_cp1252_export(asset: str) -> bool:
    return asset == "exports/crm_techniciens.csv"


def planted_identifiers(root: Path) -> set[str]:
    """Every identifier value held in a planted column (or, for over-retained and unbound assets,
    in their identifier columns), as stored, plus the compact form of grouped card numbers.

    Read from the generated data, so a test can search a catalog for each one and find none.
    Dates of birth are given as ISO strings ('1984-03-12').
    """
    root = Path(root)
    found: set[str] = set()
    for planted in PLANTED:
        warehouse = root / "wemaintain" if planted.org == "wemaintain" else root / f"{planted.org}.duckdb"
        for column in planted.identifier_columns:
            for value in read_column(warehouse, planted.asset, column):
                if value is None:
                    continue
                text = value.isoformat() if isinstance(value, date) else str(value)
                found.add(text)
                # A card or IBAN written in groups is also given compact. Only long identifiers:
                # an 8-digit compact date could turn up by chance inside a hex hash.
                compact = "".join(text.split())
                if compact != text and len(compact) >= 12:
                    found.add(compact)
    return found


def planted(org: str | None = None) -> list[Planted]:
    """The planted problems, of one organisation or all."""
    return [p for p in PLANTED if org is None or p.org == org]


def assets_of(warehouse: Path) -> list[str]:
    """The asset names a scan of ``warehouse`` sees: ``schema.table`` or paths in the folder."""
    if warehouse.suffix == ".duckdb":
        con = duckdb.connect(str(warehouse), read_only=True)
        try:
            rows = con.execute(
                "SELECT table_schema, table_name FROM information_schema.tables "
                "ORDER BY table_schema, table_name").fetchall()
        finally:
            con.close()
        return [f"{schema}.{table}" for schema, table in rows]
    return sorted(p.relative_to(warehouse).as_posix() for p in warehouse.rglob("*") if p.is_file())
