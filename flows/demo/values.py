"""Value generators for the demo tables: one seeded random stream per table, dates counted back
from ``today``, and identifiers that carry their real check digits.

The check digits come from python-stdnum's ``calc_check_digit(s)`` where it has one; where it has
none (French VAT key, BSN, Belgian national number, French RIB key) the computation is written out
with a comment saying so, and the tests validate the result with stdnum. The classifiers must then
earn each finding the way they would on production data. Phone numbers are drawn until
phonenumbers accepts them, then formatted as the country writes them.

Every call draws from ``self.r`` in a fixed order: changing the order of draws inside a method (or
adding one) changes every value drawn after it in that table.
"""

from __future__ import annotations

import random
import string
import unicodedata
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.fr import nir as fr_nir
from stdnum.nl import bsn as nl_bsn

from flows.demo.vocab import (
    BE_BANKS,
    BE_TOWNS,
    CARD_PREFIXES,
    EMAIL_DOMAINS,
    FIRST_F,
    FIRST_M,
    FR_BANKS,
    FR_TOWNS,
    IPV4_FIRST,
    LAST,
    NL_BANKS,
    NL_POSTCODE_LETTERS,
    NL_TOWNS,
    STREETS,
)


class Gen:
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
        first = self.pick((FIRST_F if sex == "F" else FIRST_M)[country])
        return sex, first, self.pick(LAST[country])

    def email(self, first: str, last: str, country: str, domain: str | None = None) -> str:
        f, l = ascii_fold(first), ascii_fold(last)
        local = self.pick([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}", f"{f}.{l}{self.r.randint(1, 99)}",
                           f"{f}_{l}", f"{l}.{f}"])
        return f"{local}@{domain or self.pick(EMAIL_DOMAINS[country])}"

    def someone_email(self, country: str) -> str:
        """The email of a person drawn for nothing else (a referred friend, a badge scan...)."""
        return self.email(*self.person(country)[1:], country)

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

    def nl_phone(self, kind: str = "mobile") -> str:
        """Dutch numbers as Dutch databases hold them: '06-12345678', '010-1234567'."""
        national = self.phone("nl", kind)
        head, _, tail = national.partition(" ")
        return f"{head}-{tail.replace(' ', '')}"

    def fr_address(self) -> tuple[str, str, str, float, float]:
        """(street line, postal code, town, latitude, longitude)."""
        pattern, town, lat, lon, n = self.pick(FR_TOWNS)
        postcode = pattern.format(self.r.randint(1, n)) if n else pattern
        street = f"{self.r.randint(1, 180)} {self.pick(STREETS['fr'])}"
        return (street, postcode, town, round(lat + self.r.uniform(-0.04, 0.04), 5),
                round(lon + self.r.uniform(-0.05, 0.05), 5))

    def nl_address(self) -> tuple[str, str, str]:
        """(street line, postcode '3011 AB', town)."""
        lo, hi, town = self.pick(NL_TOWNS)
        while True:
            letters = self.pick(NL_POSTCODE_LETTERS) + self.pick(NL_POSTCODE_LETTERS)
            if letters not in ("SA", "SD", "SS"):
                break
        street = f"{self.pick(STREETS['nl'])} {self.r.randint(1, 250)}"
        if self.chance(0.15):
            street += self.pick(["A", "B", "-1", "-2", " bis"])
        return street, f"{self.r.randint(lo, hi)} {letters}", town

    def be_address(self) -> str:
        postcode, town = self.pick(BE_TOWNS)
        return f"{self.pick(STREETS['be'])} {self.r.randint(1, 220)}, {postcode} {town}"

    # --- identifiers, each with its real check digits
    def ipv4(self) -> str:
        return (f"{self.pick(IPV4_FIRST)}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}."
                f"{self.r.randint(1, 254)}")

    def ipv6(self) -> str:
        return "2a01:cb{:02x}:{:x}:{:x}::{:x}".format(
            self.r.randint(0, 255), self.r.randint(0x1000, 0xffff), self.r.randint(0, 0xffff),
            self.r.randint(1, 0xfff))

    def card(self, spaced: bool = False) -> str:
        body = self.pick(CARD_PREFIXES) + self.digits(11)
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
            bank, _ = self.pick(FR_BANKS)
            branch, account = self.digits(5), self.digits(11)
            # The French RIB key (python-stdnum has no fr.rib module): 97 - (89 b + 15 g + 3 c) % 97.
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
            bban = f"{bank}{branch}{account}{key:02d}"
        elif country == "nl":
            bban = self.pick(NL_BANKS) + "0" + self.digits(9)
        else:
            first = self.pick(BE_BANKS) + self.digits(7)
            bban = f"{first}{int(first) % 97 or 97:02d}"
        cc = country.upper()
        return cc + std_iban.calc_check_digits(f"{cc}00{bban}") + bban

    def fr_bic(self, iban: str) -> str:
        return dict(FR_BANKS).get(iban[4:9], "BNPAFRPP") + "XXX"

    def fr_id_card(self) -> str:
        """A French identity card number in the 2021 format (9 letters and digits)."""
        alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") + "".join(self.pick(alphabet) for _ in range(8))

    def nl_document_number(self) -> str:
        letters = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
        return (self.pick(letters) + self.pick(letters)
                + "".join(self.pick(letters + string.digits) for _ in range(6)) + self.digits(1))


def ascii_fold(text: str) -> str:
    """Lower-case ASCII for email local parts and domains: 'Hélène' -> 'helene',
    'van den Berg' -> 'vandenberg'."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in folded.lower() if c.isalnum())


def company_surname(last: str) -> str:
    """'van den Berg' -> 'Van den Berg', as it reads at the start of a company name."""
    return last[:1].upper() + last[1:]


def company_domain(company: str, tld: str) -> str:
    """A company's mail domain: ('Syndic Parisien', '.fr') -> 'syndicparisien.fr'. A trailing
    ' B.V.' (the Dutch legal form) is not part of the domain."""
    return ascii_fold(company.removesuffix(" B.V.")) + tld
