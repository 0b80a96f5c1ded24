"""Build the labeled warehouse the accuracy and speed benchmarks run on.

    python bench/labeled.py [OUTDIR] [--rows 5000] [--seed 20240501]

writes, deterministically for a given ``--rows`` / ``--seed``:

* ``OUTDIR/warehouse.duckdb``: DuckDB tables in schemas ``main`` and ``export``;
* ``OUTDIR/files/``: CSV (``,`` and ``;`` delimited), Parquet and NDJSON (with a nested object);
* ``OUTDIR/labels.json``: one entry per column: where it is, its label (the expected entity, or
  ``NONE``), the entity list (several for free text), its role (``pii``, ``decoy``, ``plain``) and
  where its values come from.

Why it looks the way it does: European warehouses name columns in French, Dutch and English
(``date_naissance``, ``geboortedatum``, ``rijksregisternummer``), or not at all (``c1``,
``x_nr``); they hold look-alikes that a regex-and-checksum classifier confuses with identifiers (a
random 9-digit order number passes the Dutch 11-proof about one time in eleven, a random 16-digit
batch number passes Luhn one time in ten, EAN-13 barcodes, ISINs, BICs); and their dates are
mostly not birth dates. Identifier columns mix real published examples (``bench/real_examples.py``
says where each comes from) with generated values whose check digits come from python-stdnum, so
every identifier value validates. Person-derived identifiers (French NIR, Belgian national
number) agree with the row's birth date and sex, as they do in real records.

Nothing here is personal data: names are common names combined at random, identifiers are
published examples or generated.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import decimal
import ipaddress
import json
import random
import shutil
import sys
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

import duckdb
import phonenumbers
import pyarrow as pa
import pyarrow.parquet as pq
from stdnum import ean, iban, isin, luhn
from stdnum.be import nn as be_nn
from stdnum.be import vat as be_vat
from stdnum.fr import nir, siren
from stdnum.nl import bsn

if __package__ in (None, ""):  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import real_examples as real  # noqa: E402
from bench import vocab  # noqa: E402

FORMAT_VERSION = 1
DEFAULT_ROWS = 5000
DEFAULT_SEED = 20240501
DEFAULT_OUT = Path(__file__).resolve().parent / "results" / "labeled"
TODAY = dt.date(2025, 6, 1)  # fixed, so that the build does not drift with the calendar

NONE = "NONE"


# --------------------------------------------------------------------------------------------
# People and rows


@dataclass(frozen=True)
class Person:
    """One fictitious person, from whom a row's person-derived columns are taken."""

    country: str
    first: str
    last: str
    sex: str  # "M" / "F", drives the NIR first digit and the Belgian counter parity
    dob: dt.date
    city: str
    postcode: str
    street: str
    house: int


@dataclass
class Row:
    """What a column generator sees: its own random stream, the row's person and index."""

    rng: random.Random
    p: Person
    i: int


def _rand_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def _postcode(rng: random.Random, country: str, base: str) -> str:
    if country == "FR":
        if len(base) == 3:  # Paris / Marseille arrondissements
            return base + f"{rng.randint(1, 16 if base == '130' else 20):02d}"
        if base == "6900":  # Lyon
            return base + str(rng.randint(1, 9))
        return base
    if country == "NL":
        letters = "ABCDEGHJKLMNPRTVWXZ"
        return f"{int(base) + rng.randint(0, 8)} {rng.choice(letters)}{rng.choice(letters)}"
    if country == "EN":
        return f"{base} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}" \
               f"{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    return base


def make_person(rng: random.Random, country: str, born: tuple[int, int] = (1935, 2006)) -> Person:
    city, base = rng.choice(vocab.CITIES[country])
    return Person(
        country=country,
        first=rng.choice(vocab.FIRST[country]),
        last=rng.choice(vocab.LAST[country]),
        sex=rng.choice("MF"),
        dob=_rand_date(rng, dt.date(born[0], 1, 1), dt.date(born[1], 12, 31)),
        city=city,
        postcode=_postcode(rng, country, base),
        street=rng.choice(vocab.STREETS[country]),
        house=rng.choice([rng.randint(1, 40), rng.randint(1, 250)]),
    )


# --------------------------------------------------------------------------------------------
# Value generators. Check digits come from python-stdnum wherever it offers a function; the few
# hand-written ones (RIB key, Belgian mod-97) are asserted valid by stdnum right after.


def digits(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


def gen_bsn(rng: random.Random) -> str:
    """A 9-digit number passing the 11-proof (rejection sampling on stdnum's own check)."""
    while True:
        candidate = str(rng.randint(100_000_000, 699_999_999))
        if bsn.is_valid(candidate):
            return candidate


def gen_siren(rng: random.Random) -> str:
    base = str(rng.randint(30_000_000, 99_999_999))
    return base + luhn.calc_check_digit(base)


def gen_siret(rng: random.Random, siren_number: str | None = None) -> str:
    base = (siren_number or gen_siren(rng)) + f"{rng.choice([1, 1, 2, 3, rng.randint(4, 999)]):04d}"
    return base + luhn.calc_check_digit(base)


def gen_fr_vat(rng: random.Random, siren_number: str | None = None) -> str:
    return "FR" + siren.to_tva(siren_number or gen_siren(rng))


def gen_be_vat(rng: random.Random) -> str:
    """A Belgian enterprise / VAT number: ``0`` + 7 digits + mod-97 check (validated by stdnum)."""
    base = "0" + str(rng.randint(2_000_000, 9_999_999))
    number = base + f"{97 - int(base) % 97:02d}"
    be_vat.validate(number)
    return number


def gen_nl_vat(rng: random.Random) -> str:
    return f"NL{gen_bsn(rng)}B{rng.choice(['01', '01', '01', '02'])}"


_FR_DEPTS = [f"{d:02d}" for d in range(1, 96) if d != 20] + ["2A", "2B", "75", "75", "69", "13"]


def gen_nir(rng: random.Random, p: Person) -> str:
    """A French NIR consistent with ``p``'s sex and birth month; key by stdnum."""
    dept = rng.choice(_FR_DEPTS + ["99"])
    commune = f"{rng.randint(1, 990):03d}" if dept != "99" else rng.choice(["350", "109", "131"])
    base = ("1" if p.sex == "M" else "2") + f"{p.dob.year % 100:02d}{p.dob.month:02d}" + dept \
        + commune + f"{rng.randint(1, 999):03d}"
    number = base + nir.calc_check_digits(base)
    nir.validate(number)
    return number


def gen_be_nn(rng: random.Random, p: Person) -> str:
    """A Belgian national number for ``p``: yymmdd, counter (odd = man), mod-97 check."""
    counter = rng.randrange(1 if p.sex == "M" else 2, 998, 2)
    base = f"{p.dob:%y%m%d}{counter:03d}"
    check = 97 - int(("2" if p.dob.year >= 2000 else "") + base) % 97
    number = base + f"{check:02d}"
    be_nn.validate(number)
    return number


_IBAN_BANKS = {
    "FR": ["30004", "30003", "30002", "20041", "10278", "17515", "10107", "30066", "18206"],
    "NL": ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"],
    "BE": ["001", "068", "310", "363", "143", "630", "734", "750", "973", "103"],
    "DE": ["37040044", "50010517", "10070000", "20050550", "70150000"],
    "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"],
}


def gen_iban(rng: random.Random, cc: str) -> str:
    """An IBAN whose BBAN is plausible for ``cc`` and whose check digits come from stdnum."""
    bank = rng.choice(_IBAN_BANKS[cc])
    if cc == "FR":
        branch, account = digits(rng, 5), digits(rng, 11)
        # RIB key (clé RIB): stdnum has no function for it; 97 - (89 b + 15 g + 3 c) mod 97.
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
        bban = f"{bank}{branch}{account}{key:02d}"
    elif cc == "NL":
        bban = bank + digits(rng, 10)
    elif cc == "BE":
        first10 = bank + digits(rng, 7)
        bban = first10 + f"{int(first10) % 97 or 97:02d}"  # as stdnum.be.iban checks it
    elif cc == "DE":
        bban = bank + digits(rng, 10)
    else:  # GB: bank, sort code, account
        bban = bank + digits(rng, 6) + digits(rng, 8)
    number = cc + iban.calc_check_digits(cc + "00" + bban) + bban
    iban.validate(number)
    return number


def gen_card(rng: random.Random) -> str:
    """A Luhn-valid card number with a real scheme prefix and length (check digit by stdnum)."""
    prefix, length = rng.choice([
        ("4", 16), ("4", 16), ("4", 16), (str(rng.randint(51, 55)), 16),
        (str(rng.randint(2221, 2720)), 16), (rng.choice(["34", "37"]), 15),
        ("6011", 16), (str(rng.randint(3528, 3589)), 16),
    ])
    base = prefix + digits(rng, length - len(prefix) - 1)
    return base + luhn.calc_check_digit(base)


def format_card(rng: random.Random, number: str) -> str:
    style = rng.random()
    if style < 0.6:
        return number
    sep = " " if style < 0.85 else "-"
    if len(number) == 15:
        return sep.join([number[:4], number[4:10], number[10:]])
    return sep.join(number[k:k + 4] for k in range(0, len(number), 4))


# Leading digits of national significant numbers, by region: fixed lines, then mobiles.
_PHONE_LEADS = {
    "FR": ("12345", "67"),
    "NL": ("123457", "6"),
    "BE": ("23456789", "4"),
    "GB": ("12", "7"),
}


def gen_phone(rng: random.Random, region: str, style: str = "mixed",
              mobile: bool | None = None) -> str:
    """A valid ``region`` number of the wanted type, in one of the region's usual styles.

    Lengths come from libphonenumber's example numbers; candidates are drawn at random after a
    plausible leading digit and kept when libphonenumber says they are valid numbers of the
    wanted type (fixed line or mobile).
    """
    fixed_example, mobile_example = real.phone_examples(region)[:2]
    want_mobile = rng.random() < 0.5 if mobile is None else mobile
    example = mobile_example if want_mobile else fixed_example
    lead = _PHONE_LEADS[region][1 if want_mobile else 0]
    wanted = {phonenumbers.PhoneNumberType.MOBILE if want_mobile
              else phonenumbers.PhoneNumberType.FIXED_LINE,
              phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
    length = len(str(example.national_number))
    while True:
        candidate = rng.choice(lead) + digits(rng, length - 1)
        number = phonenumbers.parse(f"+{example.country_code}{candidate}")
        if phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in wanted:
            break
    if style == "mixed":
        style = rng.choices(["national", "international", "e164", "compact"], [5, 3, 1, 1])[0]
    fmt = phonenumbers.PhoneNumberFormat
    if style == "national":
        text = phonenumbers.format_number(number, fmt.NATIONAL)
        if region == "NL" and rng.random() < 0.4:
            text = text.replace(" ", "-", 1)
        return text
    if style == "international":
        return phonenumbers.format_number(number, fmt.INTERNATIONAL)
    if style == "e164":
        return phonenumbers.format_number(number, fmt.E164)
    return phonenumbers.format_number(number, fmt.NATIONAL).replace(" ", "").replace("-", "")


def _ascii(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in text.lower() if ch.isalnum() or ch in ".-_")


def gen_email(rng: random.Random, p: Person) -> str:
    first, last = _ascii(p.first), _ascii(p.last.replace(" ", ""))
    local = rng.choice([
        f"{first}.{last}", f"{first[0]}{last}", f"{first}{last}{p.dob.year % 100:02d}",
        f"{first}_{last}", f"{last}.{first}", f"{first}.{last}{rng.randint(1, 99)}",
    ])
    return f"{local}@{rng.choice(vocab.EMAIL_DOMAINS[p.country])}"


def gen_ip(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.12:
        groups = ["2a01", "2a02", "2001", "2a00", "2a03"]
        return str(ipaddress.IPv6Address(int(rng.choice(groups), 16) << 112
                                         | rng.getrandbits(112)))
    if kind < 0.3:
        return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])
    first = rng.choice([n for n in range(1, 224) if n not in (10, 127, 169, 172, 192)])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def gen_address(rng: random.Random, p: Person) -> str:
    if p.country == "FR":
        prefix = rng.choice(["", "", "", f"Appt {rng.randint(1, 60)}, ", "Bât. B, "])
        return f"{prefix}{p.house} {p.street}, {p.postcode} {p.city}"
    if p.country == "NL":
        suffix = rng.choice(["", "", "", "a", "-2", " bis"])
        return f"{p.street} {p.house}{suffix}, {p.postcode} {p.city}"
    if p.country == "BE":
        box = rng.choice(["", "", f" bus {rng.randint(1, 12)}", f" bte {rng.randint(1, 12)}"])
        return f"{p.street} {p.house}{box}, {p.postcode} {p.city}"
    flat = rng.choice(["", "", "", f"Flat {rng.randint(1, 30)}, "])
    return f"{flat}{p.house} {p.street}, {p.city} {p.postcode}"


def gen_ean13(rng: random.Random) -> str:
    base = rng.choice(["30", "34", "37", "54", "87", "40", "50", "80"]) + digits(rng, 10)
    return base + ean.calc_check_digit(base)


def gen_isin(rng: random.Random) -> str:
    cc = rng.choice(["FR", "NL", "BE", "DE", "US", "LU", "IE"])
    if rng.random() < 0.85:  # most NSINs are national numbers: FR0000120271, NL0010273215
        base = cc + "00" + digits(rng, 7)
    else:  # some are alphanumeric, as Irish and British SEDOL-based ones: IE00B4BNMY34
        base = cc + "00B" + "".join(rng.choice("0123456789BCDFGHJKLMNPQRSTVWXYZ") for _ in range(6))
    return base + isin.calc_check_digit(base)


def gen_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _stamp(rng: random.Random, start: dt.date, end: dt.date) -> dt.datetime:
    day = _rand_date(rng, start, end)
    return dt.datetime(day.year, day.month, day.day, rng.randint(0, 23), rng.randint(0, 59),
                       rng.randint(0, 59))


def _company(rng: random.Random, country: str) -> str:
    if country == "FR":
        return f"{rng.choice(vocab.COMPANY_WORDS)} {rng.choice(vocab.COMPANY_TAILS)} " \
               f"{rng.choice(vocab.COMPANY_FORMS)}"
    return f"{rng.choice(vocab.NL_COMPANY)} {rng.choice(vocab.NL_COMPANY_TAILS)} " \
           f"{rng.choice(vocab.BE_FORMS if country == 'BE' else ['BV', 'B.V.', 'VOF'])}"


def _money(rng: random.Random, low: float, high: float) -> decimal.Decimal:
    return decimal.Decimal(f"{rng.uniform(low, high):.2f}")


def gen_ticket(rng: random.Random, p: Person) -> str:
    template, _slots = rng.choice(vocab.TICKET_TEMPLATES)
    cc = rng.choice(["FR", "NL", "BE", "DE", "GB"])
    region = rng.choice(["FR", "NL", "BE", "GB"])
    return template.format(
        email=gen_email(rng, p),
        iban=iban.format(gen_iban(rng, cc)) if rng.random() < 0.7 else gen_iban(rng, cc),
        phone=gen_phone(rng, region),
        order=f"#{digits(rng, 8)}",
    )


def gen_health_note(rng: random.Random) -> str:
    return rng.choice(vocab.HEALTH_NOTES).format(n=rng.randint(2, 12))


# --------------------------------------------------------------------------------------------
# The warehouse, declared


@dataclass(frozen=True)
class Col:
    """One labeled column: how to generate it and what a classifier should say about it.

    ``label`` is an entity name, ``NONE``, or a tuple of entities (free text). ``real`` returns
    published example values, of which up to ``real_share`` of the rows are replaced with (each
    example at most once), formatted by ``real_fmt``. ``regions`` are the phone-number regions
    whose national formats the column may hold (numbers in international format need none).
    """

    name: str
    label: str | tuple[str, ...]
    gen: Callable[[Row], Any]
    arrow: pa.DataType = field(default_factory=pa.string)
    role: str = "pii"
    null_rate: float = 0.0
    real: Callable[[], Sequence[str]] | None = None
    real_fmt: Callable[[str], Any] | None = None
    real_share: float = 0.25
    regions: tuple[str, ...] = ()
    note: str = ""

    @property
    def entities(self) -> list[str]:
        if isinstance(self.label, tuple):
            return list(self.label)
        return [] if self.label == NONE else [self.label]

    @property
    def label_text(self) -> str:
        return "+".join(self.label) if isinstance(self.label, tuple) else self.label


@dataclass(frozen=True)
class Table:
    """One asset: a DuckDB table (``fmt="duckdb"``) or a file under ``files/``."""

    name: str
    fmt: str
    country: str
    columns: tuple[Col, ...]
    schema: str = "main"
    delimiter: str = ","
    rows: int | None = None  # fixed size (reference tables), else the build's --rows
    born: tuple[int, int] = (1935, 2006)

    @property
    def asset(self) -> str:
        return "warehouse.duckdb" if self.fmt == "duckdb" else f"files/{self.name}"

    @property
    def display(self) -> str:
        """The table name a classifier is told (``schema.table`` or the file name)."""
        return f"{self.schema}.{self.name}" if self.fmt == "duckdb" else self.name


def decoy(name: str, gen: Callable[[Row], Any], arrow: pa.DataType | None = None,
          note: str = "", real: Callable[[], Sequence[str]] | None = None) -> Col:
    return Col(name, NONE, gen, arrow or pa.string(), role="decoy", note=note, real=real)


def plain(name: str, gen: Callable[[Row], Any], arrow: pa.DataType | None = None) -> Col:
    return Col(name, NONE, gen, arrow or pa.string(), role="plain")


def styled(rng: random.Random, value: str, fmt: Callable[[str], str], share: float) -> str:
    """``value`` as stored, or in its printed form (``fmt``) for about ``share`` of the rows."""
    return fmt(value) if rng.random() < share else value


def _be_vat_printed(number: str) -> str:
    return f"BE {number[:4]}.{number[4:7]}.{number[7:]}"


def _compact(value: str) -> str:
    return "".join(ch for ch in value if ch.isalnum()).upper()


def _iban_real(*countries: str) -> Callable[[], list[str]]:
    def pool() -> list[str]:
        found = real.lines(real.STDNUM_TESTS_IBAN) + list(real.docstring_examples("stdnum.iban"))
        return [v for v in found if not countries or _compact(v)[:2] in countries]
    return pool


def _fmt_iban(value: str) -> str:
    return iban.format(value)


def _vat_real(block: str, module: str, prefix: str) -> Callable[[], list[str]]:
    def pool() -> list[str]:
        docs = [v if v[:2].isalpha() and v[:2].upper() == prefix else prefix + v
                for v in real.docstring_examples(module)]
        return real.lines(block) + docs
    return pool


DATE = pa.date32()
STAMP = pa.timestamp("s")
MONEY = pa.decimal128(10, 2)
ALL_CITIES = [c for cc in ("FR", "NL", "BE") for c, _ in vocab.CITIES[cc]]

TABLES: tuple[Table, ...] = (
    Table("klanten", "duckdb", "NL", (
        plain("klantnummer", lambda r: 100_001 + r.i, pa.int64()),
        Col("naam", "PERSON", lambda r: f"{r.p.first} {r.p.last}", null_rate=0.01),
        Col("geboortedatum", "DATE_OF_BIRTH", lambda r: r.p.dob, DATE, null_rate=0.03),
        Col("bsn", "NL_BSN",
            lambda r: styled(r.rng, gen_bsn(r.rng), bsn.format, 0.15),
            null_rate=0.05, real=lambda: ["111222333", *real.docstring_examples("stdnum.nl.bsn")]),
        Col("rekeningnummer", "IBAN_CODE",
            lambda r: styled(r.rng, gen_iban(r.rng, "NL"), iban.format, 0.4),
            null_rate=0.04, real=_iban_real("NL")),
        Col("telefoon", "PHONE_NUMBER", lambda r: gen_phone(r.rng, "NL"), null_rate=0.08,
            regions=("NL",)),
        Col("emailadres", "EMAIL_ADDRESS", lambda r: gen_email(r.rng, r.p), null_rate=0.05),
        Col("woonplaats", "LOCATION", lambda r: r.p.city, null_rate=0.02,
            note="customer's town of residence"),
        decoy("klant_sinds", lambda r: _rand_date(r.rng, dt.date(2005, 1, 1), TODAY), DATE,
              note="customer-since date, not a birth date"),
    )),
    Table("assures", "duckdb", "FR", (
        decoy("id_assure", lambda r: gen_uuid(r.rng), note="UUID"),
        Col("nom", "PERSON", lambda r: r.p.last.upper(), note="surname only, upper case"),
        Col("prenom", "PERSON", lambda r: r.p.first, note="first name only"),
        Col("num_secu", "FR_NIR",
            lambda r: styled(r.rng, gen_nir(r.rng, r.p), nir.format, 0.3),
            null_rate=0.02, real=lambda: real.docstring_examples("stdnum.fr.nir")),
        Col("date_naissance", "DATE_OF_BIRTH", lambda r: f"{r.p.dob:%d/%m/%Y}"),
        Col("courriel", "EMAIL_ADDRESS", lambda r: gen_email(r.rng, r.p), null_rate=0.1),
        Col("tel_portable", "PHONE_NUMBER", lambda r: gen_phone(r.rng, "FR", mobile=True),
            null_rate=0.1, regions=("FR",)),
        Col("adresse", "POSTAL_ADDRESS", lambda r: gen_address(r.rng, r.p)),
        Col("iban", "IBAN_CODE", lambda r: gen_iban(r.rng, "FR"), null_rate=0.05,
            real=_iban_real("FR")),
        decoy("date_adhesion", lambda r: _rand_date(r.rng, dt.date(1998, 1, 1), TODAY), DATE,
              note="membership start date"),
        decoy("cotisation_mensuelle", lambda r: _money(r.rng, 18, 240), MONEY, note="amount"),
        Col("observations", ("HEALTH_DATA",), lambda r: gen_health_note(r.rng), null_rate=0.2,
            note="free text: notes of a mutual insurer, most about a health condition"),
    )),
    Table("fournisseurs", "duckdb", "FR", (
        Col("siret", "FR_SIRET", lambda r: gen_siret(r.rng),
            real=lambda: real.lines(real.STDNUM_TESTS_SIRET)
            + list(real.docstring_examples("stdnum.fr.siret")), real_fmt=_compact),
        Col("siren", "FR_SIREN", lambda r: gen_siren(r.rng),
            real=lambda: real.lines(real.STDNUM_TESTS_SIREN)
            + list(real.docstring_examples("stdnum.fr.siren")), real_fmt=_compact),
        Col("num_tva", "VAT_NUMBER", lambda r: gen_fr_vat(r.rng), null_rate=0.05,
            real=_vat_real(real.STDNUM_TESTS_VAT_FR, "stdnum.fr.tva", "FR"),
            note="real values kept as published (spaces, lower case)"),
        plain("raison_sociale", lambda r: _company(r.rng, "FR")),
        decoy("code_naf", lambda r: r.rng.choice(vocab.NAF_CODES), note="activity code"),
        decoy("bic", lambda r: r.rng.choice(real.lines(real.BIC_PUBLISHED)),
              note="bank BIC (published)"),
        decoy("ca_annuel", lambda r: r.rng.randint(50_000, 90_000_000), pa.int64(),
              note="annual revenue"),
    )),
    Table("ref_villes", "duckdb", "FR", (
        decoy("code_insee", lambda r: f"{r.rng.randint(1000, 95999):05d}",
              note="5-digit commune code"),
        decoy("nom_ville", lambda r: ALL_CITIES[r.i], note="reference list of cities"),
        plain("population", lambda r: r.rng.randint(20_000, 2_100_000), pa.int64()),
    ), rows=len(ALL_CITIES)),
    Table("depots", "duckdb", "EN", (
        plain("depot_code", lambda r: f"DEP-{r.i + 1:03d}"),
        decoy("site_city", lambda r: r.rng.choice(ALL_CITIES), note="cities of company depots"),
        plain("capacity_m3", lambda r: r.rng.randint(500, 40_000), pa.int32()),
    ), rows=60),
    Table("orders", "duckdb", "EN", (
        decoy("order_id", lambda r: r.rng.randint(100_000_000, 999_999_999), pa.int64(),
              note="random 9-digit number (~9% pass the BSN 11-proof, ~10% Luhn)"),
        decoy("order_date", lambda r: _stamp(r.rng, dt.date(2021, 1, 1), TODAY), STAMP),
        Col("customer_email", "EMAIL_ADDRESS", lambda r: gen_email(r.rng, r.p)),
        Col("card_number", "CREDIT_CARD", lambda r: format_card(r.rng, gen_card(r.rng)),
            null_rate=0.15, real=lambda: real.lines(real.CARD_TEST_NUMBERS)),
        decoy("amount_eur", lambda r: _money(r.rng, 4, 900), MONEY),
        decoy("batch_no", lambda r: str(r.rng.randint(10**15, 10**16 - 1)),
              note="random 16-digit batch number (~10% pass Luhn)"),
        decoy("ean", lambda r: gen_ean13(r.rng), note="EAN-13 barcode",
              real=lambda: [_compact(v) for v in real.docstring_examples("stdnum.ean")
                            if len(_compact(v)) == 13]),
        decoy("product_code", lambda r: f"{r.rng.choice(vocab.PRODUCTS)}-"
              f"{r.rng.randint(1, 99999):05d}-{r.rng.choice(vocab.SIZES)}"),
        Col("shipping_address", "POSTAL_ADDRESS", lambda r: gen_address(r.rng, r.p)),
        Col("ip_address", "IP_ADDRESS", lambda r: gen_ip(r.rng), null_rate=0.02,
            real=lambda: real.lines(real.IP_DOCUMENTATION)),
        decoy("tracking_id", lambda r: gen_uuid(r.rng), note="UUID"),
    )),
    Table("burgers", "duckdb", "BE", (
        Col("rijksregisternummer", "BE_NATIONAL_NUMBER",
            lambda r: styled(r.rng, gen_be_nn(r.rng, r.p), be_nn.format, 0.6),
            real=lambda: real.lines(real.STDNUM_TESTS_BE_NN)
            + list(real.docstring_examples("stdnum.be.nn"))),
        Col("naam", "PERSON", lambda r: f"{r.p.last} {r.p.first}",
            note="Belgian order: last first"),
        Col("geboortedatum", "DATE_OF_BIRTH", lambda r: f"{r.p.dob:%d/%m/%Y}"),
        Col("gsm", "PHONE_NUMBER", lambda r: gen_phone(r.rng, "BE", mobile=True), null_rate=0.06,
            regions=("BE",)),
        Col("adres", "POSTAL_ADDRESS", lambda r: gen_address(r.rng, r.p)),
        decoy("datum_inschrijving", lambda r: _rand_date(r.rng, dt.date(2010, 1, 1), TODAY), DATE,
              note="registration date"),
    )),
    Table("t_export", "duckdb", "FR", (
        Col("c1", "EMAIL_ADDRESS", lambda r: gen_email(r.rng, r.p)),
        Col("c2", "IBAN_CODE",
            lambda r: gen_iban(r.rng, r.rng.choice(["FR", "NL", "BE", "DE", "GB"])),
            real=_iban_real(), real_fmt=_compact, note="IBANs of many countries"),
        Col("x_nr", "NL_BSN", lambda r: int(gen_bsn(r.rng)), pa.int64(),
            note="BSN stored as an integer"),
        Col("col_7", "FR_NIR", lambda r: gen_nir(r.rng, r.p),
            real=lambda: real.docstring_examples("stdnum.fr.nir"), real_fmt=_compact),
        decoy("c5", lambda r: digits(r.rng, 9), note="random 9-digit string"),
        Col("col_8", "PHONE_NUMBER",
            lambda r: gen_phone(r.rng, r.rng.choice(["FR", "NL", "BE"]), style="e164")),
        decoy("c9", lambda r: gen_isin(r.rng), note="ISIN",
              real=lambda: real.lines(real.ISIN_LISTED)),
        Col("col_10", "DATE_OF_BIRTH", lambda r: r.p.dob, DATE,
            note="birth dates under an opaque name"),
        decoy("x_code", lambda r: gen_ean13(r.rng), note="EAN-13"),
        plain("c_amt", lambda r: round(r.rng.uniform(1, 5000), 2), pa.float64()),
    ), schema="export", born=(1940, 2005)),
    Table("crm_contacts.csv", "csv", "EN", (
        Col("contact_name", "PERSON", lambda r: f"{r.p.first} {r.p.last}"),
        Col("email", "EMAIL_ADDRESS", lambda r: gen_email(r.rng, r.p), null_rate=0.03),
        Col("phone", "PHONE_NUMBER", lambda r: gen_phone(r.rng, "GB"), null_rate=0.1,
            regions=("GB",)),
        Col("date_of_birth", "DATE_OF_BIRTH", lambda r: r.p.dob.isoformat(), null_rate=0.1),
        Col("city", "LOCATION", lambda r: r.p.city, note="contact's town"),
        decoy("signup_ts",
              lambda r: f"{_stamp(r.rng, dt.date(2019, 1, 1), TODAY):%Y-%m-%d %H:%M:%S}"),
        plain("newsletter_opt_in", lambda r: r.rng.choice(["true", "false"])),
    )),
    Table("hr_export.parquet", "parquet", "FR", (
        plain("matricule", lambda r: f"E{r.i + 1:06d}"),
        Col("nom_complet", "PERSON", lambda r: f"{r.p.first} {r.p.last}"),
        Col("date_de_naissance", "DATE_OF_BIRTH", lambda r: r.p.dob, DATE),
        Col("numero_securite_sociale", "FR_NIR", lambda r: gen_nir(r.rng, r.p)),
        Col("iban", "IBAN_CODE", lambda r: iban.format(gen_iban(r.rng, "FR")),
            real=_iban_real("FR"), real_fmt=_fmt_iban),
        decoy("salaire_brut", lambda r: round(r.rng.uniform(1800, 9500), 2), pa.float64()),
        decoy("date_embauche", lambda r: _rand_date(r.rng, dt.date(1995, 1, 1), TODAY), DATE,
              note="hire date"),
        plain("service", lambda r: r.rng.choice(vocab.DEPARTMENTS)),
        plain("poste", lambda r: r.rng.choice(vocab.JOB_TITLES)),
    ), born=(1960, 2004)),
    Table("support_tickets.ndjson", "ndjson", "FR", (
        decoy("ticket_id", lambda r: gen_uuid(r.rng), note="UUID"),
        decoy("created_at", lambda r: _stamp(r.rng, dt.date(2023, 1, 1), TODAY).isoformat()),
        plain("channel", lambda r: r.rng.choice(vocab.CHANNELS)),
        Col("customer.email", "EMAIL_ADDRESS", lambda r: gen_email(r.rng, r.p),
            note="nested object"),
        Col("customer.phone", "PHONE_NUMBER",
            lambda r: gen_phone(r.rng, r.rng.choice(["FR", "NL", "BE", "GB"]),
                                style="international"), null_rate=0.3, note="nested object"),
        Col("message", ("EMAIL_ADDRESS", "IBAN_CODE", "PHONE_NUMBER"),
            lambda r: gen_ticket(r.rng, make_person(r.rng, r.rng.choice(["FR", "NL", "EN"]))),
            note="free text; ~30% of messages carry an email, ~23% an IBAN, ~23% a phone"),
        plain("priority", lambda r: r.rng.choice(vocab.PRIORITIES)),
    )),
    Table("leveranciers.csv", "csv", "BE", (
        plain("leverancier_id", lambda r: str(5000 + r.i)),
        plain("bedrijfsnaam", lambda r: _company(r.rng, r.rng.choice(["BE", "NL"]))),
        Col("btw_nummer", "VAT_NUMBER",
            lambda r: r.rng.choice([
                lambda: "BE" + gen_be_vat(r.rng), lambda: _be_vat_printed(gen_be_vat(r.rng)),
                lambda: gen_nl_vat(r.rng)])(),
            real=lambda: real.lines(real.STDNUM_TESTS_VAT_BE) + real.lines(real.STDNUM_TESTS_VAT_NL)
            + ["BE" + v.removeprefix("BE ").removeprefix("BE")
               for v in real.docstring_examples("stdnum.be.vat")]
            + [v if v.startswith("NL") else "NL" + v
               for v in real.docstring_examples("stdnum.nl.btw")],
            note="Belgian and Dutch VAT numbers; real ones as published"),
        Col("rekeningnummer", "IBAN_CODE",
            lambda r: iban.format(gen_iban(r.rng, r.rng.choice(["BE", "BE", "NL"]))),
            real=_iban_real("BE", "NL"), real_fmt=_fmt_iban),
        decoy("bic", lambda r: r.rng.choice(real.lines(real.BIC_PUBLISHED)[5:12])),
        Col("telefoon", "PHONE_NUMBER",
            lambda r: gen_phone(r.rng, r.rng.choice(["BE", "BE", "NL"]), style="national",
                                mobile=False), note="BE and NL fixed lines, national format",
            regions=("BE", "NL")),
    ), delimiter=";"),
    Table("web_logs.parquet", "parquet", "EN", (
        decoy("ts", lambda r: _stamp(r.rng, dt.date(2025, 5, 1), TODAY), STAMP),
        Col("client_ip", "IP_ADDRESS", lambda r: gen_ip(r.rng),
            real=lambda: real.lines(real.IP_DOCUMENTATION)),
        plain("method", lambda r: r.rng.choice(["GET", "GET", "GET", "POST", "PUT", "DELETE"])),
        plain("path", lambda r: r.rng.choice(vocab.HTTP_PATHS).format(n=r.rng.randint(1, 9999))),
        plain("status", lambda r: r.rng.choice([200, 200, 200, 201, 204, 301, 304, 404, 500]),
              pa.int32()),
        plain("bytes_sent", lambda r: r.rng.randint(0, 2_000_000), pa.int64()),
        plain("user_agent", lambda r: r.rng.choice(vocab.USER_AGENTS)),
        decoy("session_id", lambda r: f"{r.rng.getrandbits(128):032x}", note="hex token"),
    )),
    Table("transactions.csv", "csv", "EN", (
        plain("trade_id", lambda r: f"TX-{r.i + 1:07d}"),
        decoy("isin", lambda r: gen_isin(r.rng), real=lambda: real.lines(real.ISIN_LISTED)),
        decoy("bic", lambda r: r.rng.choice(real.lines(real.BIC_PUBLISHED))),
        decoy("trade_date", lambda r: _rand_date(r.rng, dt.date(2020, 1, 1), TODAY).isoformat()),
        plain("quantity", lambda r: str(r.rng.randint(1, 5000))),
        decoy("amount", lambda r: f"{r.rng.uniform(10, 250000):.2f}"),
        Col("counterparty_iban", "IBAN_CODE",
            lambda r: gen_iban(r.rng, r.rng.choice(["FR", "NL", "BE", "DE", "GB"])),
            real=_iban_real(), real_fmt=_compact),
    )),
)


# --------------------------------------------------------------------------------------------
# Building


def _rng(seed: int, *parts: str) -> random.Random:
    # A str seed is hashed with SHA-512 by random.seed (version 2): stable across runs and
    # unaffected by PYTHONHASHSEED.
    return random.Random(":".join([str(seed), *parts]))


def column_values(table: Table, col: Col, people: list[Person], seed: int) -> list[Any]:
    """Generate one column: values, then published examples, then nulls (each its own stream)."""
    rng = _rng(seed, table.name, col.name, "values")
    values = [col.gen(Row(rng, p, i)) for i, p in enumerate(people)]
    n = len(values)
    if col.real is not None:
        pool = list(dict.fromkeys(col.real()))
        rng_real = _rng(seed, table.name, col.name, "real")
        take = min(len(pool), int(n * col.real_share))
        chosen = rng_real.sample(pool, take)
        for pos, value in zip(rng_real.sample(range(n), take), chosen):
            values[pos] = col.real_fmt(value) if col.real_fmt else value
            if col.arrow == pa.int64():
                values[pos] = int(_compact(values[pos]))
    if col.null_rate:
        rng_null = _rng(seed, table.name, col.name, "nulls")
        values = [None if rng_null.random() < col.null_rate else v for v in values]
    return values


def table_data(table: Table, rows: int, seed: int) -> dict[str, list[Any]]:
    n = table.rows or rows
    rng = _rng(seed, table.name, "people")
    people = [make_person(rng, table.country, table.born) for _ in range(n)]
    return {col.name: column_values(table, col, people, seed) for col in table.columns}


def _quote(identifier: str) -> str:
    """Quote a DuckDB identifier (the names here are ours, but quoting is the rule)."""
    return '"' + identifier.replace('"', '""') + '"'


def _arrow_table(table: Table, data: dict[str, list[Any]]) -> pa.Table:
    return pa.table({col.name: pa.array(data[col.name], type=col.arrow) for col in table.columns})


def _write_csv(path: Path, table: Table, data: dict[str, list[Any]]) -> None:
    names = [col.name for col in table.columns]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=table.delimiter, lineterminator="\n")
        writer.writerow(names)
        for row in zip(*(data[name] for name in names)):
            writer.writerow("" if v is None else v for v in row)


def _write_ndjson(path: Path, table: Table, data: dict[str, list[Any]]) -> None:
    names = [col.name for col in table.columns]
    with path.open("w", encoding="utf-8") as handle:
        for row in zip(*(data[name] for name in names)):
            record: dict[str, Any] = {}
            for name, value in zip(names, row):
                target = record
                *parents, leaf = name.split(".")
                for parent in parents:
                    target = target.setdefault(parent, {})
                target[leaf] = value
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def _label_entry(table: Table, col: Col, data: dict[str, list[Any]]) -> dict[str, Any]:
    real_values = set()
    if col.real is not None:
        real_values = {col.real_fmt(v) if col.real_fmt else v for v in col.real()}
        if col.arrow == pa.int64():
            real_values = {int(_compact(str(v))) for v in real_values}
    return {
        "asset": table.asset,
        "format": table.fmt,
        "table": table.display,
        "column": col.name,
        "label": col.label_text,
        "entities": col.entities,
        "role": col.role,
        "dtype": str(col.arrow),
        "real_examples": sum(1 for v in data[col.name] if v in real_values),
        "regions": list(col.regions),
        "note": col.note,
    }


def build(out: Path = DEFAULT_OUT, rows: int = DEFAULT_ROWS, seed: int = DEFAULT_SEED) -> Path:
    """Build the warehouse under ``out`` (replacing a previous build there); return labels.json."""
    out.mkdir(parents=True, exist_ok=True)
    db_path, files, labels_path = out / "warehouse.duckdb", out / "files", out / "labels.json"
    for stale in (db_path, Path(str(db_path) + ".wal"), labels_path):
        stale.unlink(missing_ok=True)
    shutil.rmtree(files, ignore_errors=True)
    files.mkdir()

    entries: list[dict[str, Any]] = []
    tables: list[dict[str, Any]] = []
    con = duckdb.connect(str(db_path))
    try:
        for table in TABLES:
            data = table_data(table, rows, seed)
            if table.fmt == "duckdb":
                con.execute(f"CREATE SCHEMA IF NOT EXISTS {_quote(table.schema)}")
                src = _arrow_table(table, data)  # noqa: F841  (read by DuckDB's replacement scan)
                con.execute(f"CREATE TABLE {_quote(table.schema)}.{_quote(table.name)} AS "
                            "SELECT * FROM src")
            elif table.fmt == "csv":
                _write_csv(files / table.name, table, data)
            elif table.fmt == "parquet":
                pq.write_table(_arrow_table(table, data), files / table.name)
            elif table.fmt == "ndjson":
                _write_ndjson(files / table.name, table, data)
            else:
                raise ValueError(f"unknown format {table.fmt!r} for {table.name}")
            tables.append({"asset": table.asset, "format": table.fmt, "table": table.display,
                           "schema": table.schema if table.fmt == "duckdb" else None,
                           "name": table.name, "rows": len(next(iter(data.values()))),
                           "delimiter": table.delimiter if table.fmt == "csv" else None})
            entries.extend(_label_entry(table, col, data) for col in table.columns)
        con.execute("CHECKPOINT")
    finally:
        con.close()

    labels = {
        "version": FORMAT_VERSION,
        "rows": rows,
        "seed": seed,
        "tables": tables,
        "columns": entries,
    }
    labels_path.write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n",
                           encoding="utf-8")
    return labels_path


def ensure_built(out: Path = DEFAULT_OUT, rows: int = DEFAULT_ROWS,
                 seed: int = DEFAULT_SEED) -> dict[str, Any]:
    """Load labels.json from ``out``, building first when missing or built with other settings."""
    labels_path = out / "labels.json"
    if labels_path.exists():
        labels = json.loads(labels_path.read_text(encoding="utf-8"))
        if (labels.get("version"), labels.get("rows"), labels.get("seed")) == (
                FORMAT_VERSION, rows, seed) and (out / "warehouse.duckdb").exists():
            return labels
    build(out, rows, seed)
    return json.loads(labels_path.read_text(encoding="utf-8"))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", type=Path, default=DEFAULT_OUT,
                        help=f"output directory (default: {DEFAULT_OUT})")
    parser.add_argument("--rows", type=int, default=DEFAULT_ROWS, help="rows per table")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    labels_path = build(args.out, args.rows, args.seed)
    labels = json.loads(labels_path.read_text(encoding="utf-8"))
    columns = labels["columns"]
    by_role: dict[str, int] = {}
    for entry in columns:
        by_role[entry["role"]] = by_role.get(entry["role"], 0) + 1
    print(f"built {len(labels['tables'])} assets, {len(columns)} labeled columns "
          f"({', '.join(f'{k}: {v}' for k, v in sorted(by_role.items()))}) under {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
