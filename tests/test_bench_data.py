"""The labeled benchmark warehouse builds, and its values are what its labels say.

A small build (200 rows per table) is made once per module. Every value of an identifier column
must validate with python-stdnum / phonenumbers; decoys must be what they claim (valid ISINs,
EAN-13s, BICs) and must include look-alikes (order numbers that pass the 11-proof), or the
benchmark would not test what it says it tests.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import re
import uuid
from pathlib import Path
from typing import Any, Callable

import duckdb
import phonenumbers
import pytest
from stdnum import bic, ean, iban, isin, luhn
from stdnum.be import nn as be_nn
from stdnum.eu import vat
from stdnum.fr import nir, siren, siret
from stdnum.nl import bsn

from bench import labeled, real_examples, sample, vocab

ROWS = 200
ENTITIES = {
    "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD", "IP_ADDRESS", "PERSON",
    "LOCATION", "POSTAL_ADDRESS", "DATE_OF_BIRTH", "FR_NIR", "FR_SIRET", "FR_SIREN", "NL_BSN",
    "BE_NATIONAL_NUMBER", "VAT_NUMBER", "HEALTH_DATA",
}
EMAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}$")
ALL_CITIES = {city for cities in vocab.CITIES.values() for city, _ in cities}


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.date):
        return value
    if "/" in value:
        return dt.datetime.strptime(value, "%d/%m/%Y").date()
    return dt.date.fromisoformat(value)


def _phone(value: str, entry: dict[str, Any]) -> bool:
    regions = entry["regions"] or [None]
    for region in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(value, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


VALIDATORS: dict[str, Callable[[Any, dict[str, Any]], bool]] = {
    "EMAIL_ADDRESS": lambda v, e: bool(EMAIL.match(v)),
    "PHONE_NUMBER": _phone,
    "IBAN_CODE": lambda v, e: iban.is_valid(v),
    "CREDIT_CARD": lambda v, e: luhn.is_valid(re.sub(r"[ -]", "", v))
    and 13 <= len(re.sub(r"[ -]", "", v)) <= 19,
    "IP_ADDRESS": lambda v, e: bool(ipaddress.ip_address(v)),
    "FR_NIR": lambda v, e: nir.is_valid(v),
    "FR_SIRET": lambda v, e: siret.is_valid(v),
    "FR_SIREN": lambda v, e: siren.is_valid(v),
    "NL_BSN": lambda v, e: bsn.is_valid(f"{v:09d}" if isinstance(v, int) else v),
    "BE_NATIONAL_NUMBER": lambda v, e: be_nn.is_valid(v),
    "VAT_NUMBER": lambda v, e: vat.is_valid(v),
    "DATE_OF_BIRTH": lambda v, e: 1935 <= _date(v).year <= 2006,
    "PERSON": lambda v, e: any(ch.isalpha() for ch in v) and not any(ch.isdigit() for ch in v),
    "LOCATION": lambda v, e: v in ALL_CITIES,
    "POSTAL_ADDRESS": lambda v, e: any(ch.isdigit() for ch in v)
    and any(city in v for city in ALL_CITIES),
}

# Decoys that claim to be a specific kind of non-personal identifier.
DECOY_KINDS: dict[tuple[str, str], Callable[[Any], bool]] = {
    ("main.orders", "ean"): lambda v: len(v) == 13 and ean.is_valid(v),
    ("export.t_export", "x_code"): lambda v: len(v) == 13 and ean.is_valid(v),
    ("export.t_export", "c9"): isin.is_valid,
    ("transactions.csv", "isin"): isin.is_valid,
    ("main.fournisseurs", "bic"): bic.is_valid,
    ("transactions.csv", "bic"): bic.is_valid,
    ("leveranciers.csv", "bic"): bic.is_valid,
    ("main.orders", "tracking_id"): lambda v: uuid.UUID(v).version == 4,
    ("main.assures", "id_assure"): lambda v: uuid.UUID(v).version == 4,
    ("main.orders", "order_id"): lambda v: 100_000_000 <= v <= 999_999_999,
    ("export.t_export", "c5"): lambda v: len(v) == 9 and v.isdigit(),
    ("main.orders", "batch_no"): lambda v: len(v) == 16 and v.isdigit(),
}

# Look-alike decoys: some of their values must pass the check of the identifier they imitate.
LOOKALIKES = [
    ("main.orders", "order_id", lambda v: bsn.is_valid(f"{v:09d}")),
    ("export.t_export", "c5", bsn.is_valid),
    ("main.orders", "batch_no", luhn.is_valid),
]

COLUMNS = [(t.display, c.name, c.label) for t in labeled.TABLES for c in t.columns]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    root = tmp_path_factory.mktemp("labeled")
    labels_path = labeled.build(root, rows=ROWS, seed=labeled.DEFAULT_SEED)
    return root, json.loads(labels_path.read_text(encoding="utf-8"))


def _values(built: tuple[Path, dict[str, Any]], table: str, column: str) -> list[Any]:
    root, labels = built
    asset = next(a for a in labels["tables"] if a["table"] == table)
    con = sample.connect(root)
    try:
        data = sample._flatten(sample.relation(con, root, asset, None, 0).to_arrow_table())
    finally:
        con.close()
    return data.column(column).to_pylist()


def _entry(built: tuple[Path, dict[str, Any]], table: str, column: str) -> dict[str, Any]:
    return next(c for c in built[1]["columns"] if (c["table"], c["column"]) == (table, column))


def test_warehouse_shape(built: tuple[Path, dict[str, Any]]) -> None:
    root, labels = built
    columns = labels["columns"]
    assert len(columns) >= 40
    assert {a["format"] for a in labels["tables"]} == {"duckdb", "csv", "parquet", "ndjson"}
    names = {c["column"] for c in columns}
    for wanted in ("geboortedatum", "date_naissance", "num_secu", "rekeningnummer", "courriel",
                   "telefoon", "iban", "siret", "naam", "rijksregisternummer", "c1", "x_nr",
                   "col_7", "customer.email"):
        assert wanted in names, wanted
    for c in columns:
        assert c["label"] == "NONE" or set(c["entities"]) <= ENTITIES, c
        assert (c["label"] == "NONE") == (not c["entities"])
    roles = {c["role"] for c in columns}
    assert roles == {"pii", "decoy", "plain"}
    assert sum(1 for c in columns if c["role"] == "decoy") >= 15
    assert all(c["entities"] for c in columns if c["role"] == "pii")
    assert all(a["rows"] == ROWS for a in labels["tables"]
               if a["name"] not in ("ref_villes", "depots"))
    assert (root / "warehouse.duckdb").exists()


@pytest.mark.parametrize(("table", "column", "label"),
                         [c for c in COLUMNS if isinstance(c[2], str) and c[2] in VALIDATORS])
def test_labeled_values_are_valid(built: tuple[Path, dict[str, Any]], table: str, column: str,
                                  label: str) -> None:
    entry = _entry(built, table, column)
    values = [v for v in _values(built, table, column) if v is not None]
    assert len(values) >= ROWS * 0.5, "column is mostly empty"
    invalid = [v for v in values if not VALIDATORS[label](v, entry)]
    assert not invalid, f"{len(invalid)} of {len(values)} values of {table}.{column} are not " \
                        f"valid {label}, e.g. {invalid[:3]}"


@pytest.mark.parametrize(("table", "column"), list(DECOY_KINDS))
def test_decoys_are_what_they_claim(built: tuple[Path, dict[str, Any]], table: str,
                                    column: str) -> None:
    assert _entry(built, table, column)["label"] == "NONE"
    values = [v for v in _values(built, table, column) if v is not None]
    check = DECOY_KINDS[(table, column)]
    assert values and all(check(v) for v in values)


@pytest.mark.parametrize(("table", "column", "imitates"), LOOKALIKES)
def test_lookalike_decoys_pass_checksums_by_chance(built: tuple[Path, dict[str, Any]],
                                                   table: str, column: str,
                                                   imitates: Callable[[Any], bool]) -> None:
    values = _values(built, table, column)
    passing = sum(1 for v in values if imitates(v))
    # about 1 in 10 by chance: the decoy is only a decoy if some of it passes
    assert 0.03 * len(values) < passing < 0.2 * len(values)


def test_non_birth_dates_are_not_birth_dates(built: tuple[Path, dict[str, Any]]) -> None:
    for table, column in (("main.orders", "order_date"), ("main.klanten", "klant_sinds"),
                          ("main.burgers", "datum_inschrijving")):
        years = {_date(v).year if not isinstance(v, dt.datetime) else v.year
                 for v in _values(built, table, column) if v is not None}
        assert min(years) >= 2005, (table, column)


@pytest.mark.parametrize(("table", "column"), [
    (t.display, c.name) for t in labeled.TABLES for c in t.columns
    if c.real is not None and c.role == "pii"])
def test_published_examples_are_mixed_in(built: tuple[Path, dict[str, Any]], table: str,
                                         column: str) -> None:
    col = next(c for t in labeled.TABLES if t.display == table for c in t.columns
               if c.name == column)
    assert col.real is not None
    pool = {re.sub(r"[^0-9A-Z]", "", str(v).upper()) for v in col.real()}
    present = {re.sub(r"[^0-9A-Z]", "", str(v).upper())
               for v in _values(built, table, column) if v is not None}
    assert pool & present, f"no published example in {table}.{column}"
    assert _entry(built, table, column)["real_examples"] >= 1


def test_every_published_example_validates() -> None:
    pools: list[tuple[str, Callable[[str], bool]]] = [
        (real_examples.STDNUM_TESTS_SIRET, siret.is_valid),
        (real_examples.STDNUM_TESTS_SIREN, siren.is_valid),
        (real_examples.STDNUM_TESTS_VAT_FR, vat.is_valid),
        (real_examples.STDNUM_TESTS_VAT_BE, vat.is_valid),
        (real_examples.STDNUM_TESTS_VAT_NL, vat.is_valid),
        (real_examples.STDNUM_TESTS_IBAN, iban.is_valid),
        (real_examples.STDNUM_TESTS_BE_NN, be_nn.is_valid),
        (real_examples.CARD_TEST_NUMBERS, luhn.is_valid),
        (real_examples.ISIN_LISTED, isin.is_valid),
        (real_examples.BIC_PUBLISHED, bic.is_valid),
    ]
    for block, check in pools:
        invalid = [v for v in real_examples.lines(block) if not check(v)]
        assert not invalid
    assert real_examples.docstring_examples("stdnum.fr.nir")  # harvested, not empty
    assert all(nir.is_valid(v) for v in real_examples.docstring_examples("stdnum.fr.nir"))


def test_free_text_carries_its_labeled_entities(built: tuple[Path, dict[str, Any]]) -> None:
    entry = _entry(built, "support_tickets.ndjson", "message")
    assert set(entry["entities"]) == {"EMAIL_ADDRESS", "IBAN_CODE", "PHONE_NUMBER"}
    messages = [m for m in _values(built, "support_tickets.ndjson", "message") if m]
    with_email = [m for m in messages if re.search(r"\S+@\S+\.[a-z]{2,}", m)]
    ibans = [re.sub(" ", "", m_.group(0)) for m in messages
             for m_ in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?", m)]
    assert len(with_email) >= 0.1 * len(messages)
    assert len(ibans) >= 0.1 * len(messages)
    assert all(iban.is_valid(v) for v in ibans)


def test_build_is_deterministic(built: tuple[Path, dict[str, Any]],
                                tmp_path: Path) -> None:
    root, labels = built
    again = json.loads(labeled.build(tmp_path, rows=ROWS, seed=labeled.DEFAULT_SEED)
                       .read_text(encoding="utf-8"))
    assert again == labels
    for asset in labels["tables"]:
        if asset["format"] != "duckdb":
            assert (root / asset["asset"]).read_bytes() == (tmp_path / asset["asset"]).read_bytes()
    first, second = (duckdb.connect(str(p / "warehouse.duckdb"), read_only=True)
                     for p in (root, tmp_path))
    try:
        for asset in (a for a in labels["tables"] if a["format"] == "duckdb"):
            query = (f"SELECT * FROM {sample.quote(asset['schema'])}."
                     f"{sample.quote(asset['name'])}")
            assert first.sql(query).fetchall() == second.sql(query).fetchall()
    finally:
        first.close()
        second.close()
