"""Generators of valid (and look-alike) values for the classifier tests.

Check digits come from python-stdnum's own ``calc_check_digit(s)`` functions, phone numbers are
kept only when phonenumbers says they are valid: the generated values are as real as published
ones, and a bug in ropa cannot hide in a bug of the generator.
"""

from __future__ import annotations

import datetime as dt
import random
import string
import uuid

import phonenumbers
from stdnum import ean, iban, isin, luhn
from stdnum.fr import nir, siren
from stdnum.nl import bsn

FIRST = ["Jean", "Marie", "Sophie", "Lucas", "Emma", "Pieter", "Sanne", "Daan", "Lotte", "Thomas",
         "Julie", "Noah", "Léa", "Hugo", "Anouk", "Wouter", "Elise", "James", "Olivia", "Mohamed"]
LAST = ["Dupont", "Martin", "Bernard", "de Vries", "Jansen", "Bakker", "Peeters", "Maes", "Janssens",
        "Dubois", "Moreau", "Visser", "Smith", "Taylor", "Lefebvre", "Mertens", "van Dijk", "Leroy"]
# Towns used as decoys; several are also first names (Florence, Nancy, Valence).
CITIES = ["Paris", "Lyon", "Marseille", "Toulouse", "Nice", "Nantes", "Strasbourg", "Montpellier",
          "Bordeaux", "Lille", "Rennes", "Reims", "Nancy", "Florence", "Valence", "Amsterdam",
          "Rotterdam", "Utrecht", "Eindhoven", "Groningen", "Gent", "Antwerpen", "Brugge", "Namur",
          "Liège", "Charleroi", "Leuven", "Mechelen", "Haarlem", "Delft", "Tilburg", "Breda", "Metz",
          "Dijon", "Angers", "Nîmes", "Brest", "Tours", "Limoges", "Amiens"]


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def gen_bsn(rng: random.Random, leading_zero: bool = False) -> str:
    while True:
        body = ("0" if leading_zero else str(rng.randint(1, 9))) + digits(rng, 7)
        check = sum((9 - i) * int(c) for i, c in enumerate(body)) % 11
        if check < 10 and bsn.is_valid(body + str(check)):
            return body + str(check)


def gen_siren(rng: random.Random) -> str:
    body = str(rng.randint(1, 9)) + digits(rng, 7)
    return body + luhn.calc_check_digit(body)


def gen_siret(rng: random.Random) -> str:
    body = gen_siren(rng) + digits(rng, 4)
    return body + luhn.calc_check_digit(body)


def gen_nir(rng: random.Random) -> str:
    dept = rng.choice(["75", "69", "13", "2A", "2B", "59", "33", "67", "99"])
    body = f"{rng.choice('12')}{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{dept}{digits(rng, 6)}"
    return body + nir.calc_check_digits(body)


def gen_be_nn(rng: random.Random, year: int | None = None) -> str:
    year = year or rng.randint(1940, 2015)
    born = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
    body = f"{born:%y%m%d}{rng.randint(1, 997):03d}"
    base = int(("2" + body) if year >= 2000 else body)
    return body + f"{97 - base % 97:02d}"


def gen_iban(rng: random.Random, country: str) -> str:
    if country == "NL":
        bban = rng.choice(["ABNA", "RABO", "INGB", "TRIO"]) + digits(rng, 10)
    elif country == "DE":
        bban = digits(rng, 18)
    elif country == "GB":
        bban = rng.choice(["NWBK", "BARC", "MIDL"]) + digits(rng, 14)
    elif country == "BE":
        account = rng.choice(["001", "363", "068", "735", "310"]) + digits(rng, 7)  # real bank codes
        bban = account + f"{int(account) % 97 or 97:02d}"
    elif country == "FR":
        bank, branch, account = digits(rng, 5), digits(rng, 5), digits(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
        bban = f"{bank}{branch}{account}{key:02d}"
    else:
        raise ValueError(country)
    number = country + "00" + bban
    number = country + iban.calc_check_digits(number) + bban
    assert iban.is_valid(number), number
    return number


def gen_card(rng: random.Random) -> str:
    prefix = rng.choice(["4", "51", "52", "55", "2221", "37", "6011"])
    length = 15 if prefix == "37" else 16
    body = prefix + digits(rng, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def gen_fr_vat(rng: random.Random) -> str:
    return "FR" + siren.to_tva(gen_siren(rng)).replace(" ", "")


def gen_phone(rng: random.Random, region: str) -> str:
    while True:
        if region == "FR":
            raw = "0" + rng.choice("67") + digits(rng, 8)
        elif region == "NL":
            raw = "06" + digits(rng, 8)
        else:  # BE mobile
            raw = "04" + rng.choice("789") + digits(rng, 7)
        parsed = phonenumbers.parse(raw, region)
        if phonenumbers.is_valid_number(parsed):
            style = rng.choice([phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                                phonenumbers.PhoneNumberFormat.E164])
            return phonenumbers.format_number(parsed, style)


def gen_email(rng: random.Random) -> str:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    local = f"{first}.{last}".lower().replace(" ", "").replace("é", "e")
    return f"{local}{rng.randint(1, 99)}@{rng.choice(['example.fr', 'mail.example.nl', 'example.be'])}"


def gen_ip(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return f"2001:db8:{rng.randint(0, 0xffff):x}::{rng.randint(1, 0xffff):x}"
    return ".".join(str(rng.randint(1, 254)) for _ in range(4))


def gen_dob(rng: random.Random, start: int = 1935, end: int = 2005) -> dt.date:
    return dt.date(start, 1, 1) + dt.timedelta(days=rng.randrange((end - start) * 365))


def gen_recent(rng: random.Random, start: dt.date = dt.date(2019, 1, 1)) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((dt.date.today() - start).days))


def gen_ean13(rng: random.Random) -> str:
    body = rng.choice(["40", "50", "54", "87", "76", "30"]) + digits(rng, 10)
    return body + ean.calc_check_digit(body)


def gen_isin(rng: random.Random) -> str:
    body = rng.choice(["FR", "NL", "BE", "US", "DE"]) + digits(rng, 9)
    return body + isin.calc_check_digit(body)


def gen_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def gen_fr_address(rng: random.Random) -> str:
    street = rng.choice(["rue de la Paix", "avenue Jean Jaurès", "boulevard Voltaire", "allée des Tilleuls",
                         "impasse des Lilas", "chemin du Moulin", "place de la République"])
    return f"{rng.randint(1, 120)}{rng.choice(['', '', ' bis'])} {street}, {rng.randint(10, 95)}0{rng.randint(10, 99)} {rng.choice(CITIES[:14])}"


def gen_nl_address(rng: random.Random) -> str:
    street = rng.choice(["Kerkstraat", "Dorpsstraat", "Stationsweg", "Prinsengracht", "Molenlaan", "Marktplein"])
    letters = rng.choice(["AB", "CD", "JS", "GV", "XK"])
    return f"{street} {rng.randint(1, 300)}, {rng.randint(1000, 9999)} {letters} {rng.choice(CITIES[15:21])}"


def gen_be_address(rng: random.Random) -> str:
    street = rng.choice(["Rue de la Loi", "Avenue Louise", "Chaussée de Wavre", "Wetstraat", "Grote Markt",
                         "Steenweg op Brussel", "Meir"])
    box = rng.choice(["", "", " bus 2", " bte 4"])
    return f"{street} {rng.randint(1, 200)}{box}, {rng.randint(1000, 9999)} {rng.choice(CITIES[21:29])}"
