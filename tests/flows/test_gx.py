"""ropa gx export: candidate patterns, suites per asset, and running them in an ephemeral GX context.

The patterns are checked against a table of real-looking identifiers and look-alikes, in Python
and in DuckDB's RE2 (the portability the module claims), and timed on pathological inputs. The
suites must fail on a planted violation and pass on a clean table.
"""

from __future__ import annotations

import json
import re
import time
from datetime import date

import duckdb
import pandas as pd
import pytest

from flows.outputs.errors import FormatError
from flows.outputs.gx import (
    DEFAULT_PATTERNS,
    RetentionAnchor,
    build_suites,
    candidate_patterns,
    export_suites,
    load_suite,
    parse_duration,
    retention_cutoff,
    suite_filename,
    suite_name,
    validate_dataframe,
)

TODAY = date(2026, 6, 1)

# entity, cell, should the candidate pattern match?
PATTERN_CASES = [
    ("IBAN_CODE", "FR7630006000011234567890189", True),
    ("IBAN_CODE", "FR76 3000 6000 0112 3456 7890 189", True),
    ("IBAN_CODE", "NL91ABNA0417164300", True),
    ("IBAN_CODE", "virement BE68539007547034 reçu", True),
    ("IBAN_CODE", "DE89370400440532013000", True),
    ("IBAN_CODE", "FR76 **** **** **** **** ***0 189", False),  # a masked example must pass
    ("IBAN_CODE", "SKU12ABCDEFGHIJK", False),  # inside a longer token
    ("IBAN_CODE", "ab12f3e4c5d6a7b8c9d0e1f2a3b4c5d6", False),  # a hex token replacing the IBAN
    ("IBAN_CODE", "order FR-2024-000123", False),
    ("EMAIL_ADDRESS", "jean.dupont@example.fr", True),
    ("EMAIL_ADDRESS", "contact: a_b+tag@sub.example.co.uk, merci", True),
    ("EMAIL_ADDRESS", "j***@e******.com", False),
    ("EMAIL_ADDRESS", "user@localhost", False),
    ("EMAIL_ADDRESS", "not an email", False),
    ("PHONE_NUMBER", "+33 6 12 34 56 78", True),
    ("PHONE_NUMBER", "06 12 34 56 78", True),
    ("PHONE_NUMBER", "0612345678", True),
    ("PHONE_NUMBER", "+31 20 123 4567", True),
    ("PHONE_NUMBER", "+32 470 12 34 56", True),
    ("PHONE_NUMBER", "0031 6 12345678", True),
    ("PHONE_NUMBER", "+33 6 ** ** ** 12", False),
    ("PHONE_NUMBER", "2024-06-01", False),
    ("PHONE_NUMBER", "12 34 56", False),
    ("PHONE_NUMBER", "order 1234567890", False),
    ("CREDIT_CARD", "4111 1111 1111 1111", True),
    ("CREDIT_CARD", "5500-0000-0000-0004", True),
    ("CREDIT_CARD", "378282246310005", True),
    ("CREDIT_CARD", "4*** **** **** 1111", False),
    ("CREDIT_CARD", "1234 5678 9012 3456", False),
    ("FR_NIR", "2 84 12 76 451 089 46", True),
    ("FR_NIR", "184127645108946", True),
    ("FR_NIR", "2 84 12 2A 451 089 46", True),
    ("FR_NIR", "2 ** ** ** *** *** 42", False),
    ("FR_NIR", "3 84 12 76 451 089 46", False),
    ("NL_BSN", "111222333", True),
    ("NL_BSN", "1112.22.333", True),
    ("NL_BSN", "*****1782", False),
    ("NL_BSN", "12345678", False),
    ("NL_BSN", "1234567890", False),
    ("BE_NATIONAL_NUMBER", "85.07.30-033.28", True),
    ("BE_NATIONAL_NUMBER", "85073003328", True),
    ("BE_NATIONAL_NUMBER", "85.07.30", False),
    ("FR_SIREN", "732 829 320", True),
    ("FR_SIREN", "73282932", False),
    ("FR_SIRET", "732 829 320 00074", True),
    ("FR_SIRET", "7328293200007", False),
    ("VAT_NUMBER", "FR40303265045", True),
    ("VAT_NUMBER", "NL123456789B01", True),
    ("VAT_NUMBER", "BE 0123.456.789", True),
    ("VAT_NUMBER", "FR4030326504", False),
    ("IP_ADDRESS", "192.168.1.20", True),
    ("IP_ADDRESS", "client 10.0.0.1 connected", True),
    ("IP_ADDRESS", "192.0.*.*", False),
    ("IP_ADDRESS", "999.1.1.1", False),
    ("IP_ADDRESS", "192.168.1.256", False),
]


@pytest.mark.parametrize(("entity", "cell", "expected"), PATTERN_CASES,
                         ids=[f"{e}-{i}" for i, (e, _, _) in enumerate(PATTERN_CASES)])
def test_candidate_patterns(entity: str, cell: str, expected: bool) -> None:
    assert bool(re.search(DEFAULT_PATTERNS[entity], cell)) is expected


def test_patterns_mean_the_same_in_duckdb_re2() -> None:
    """Exported suites may run on SQL sources: RE2 must agree with Python on every case."""
    con = duckdb.connect()
    for entity, cell, expected in PATTERN_CASES:
        got = con.execute("SELECT regexp_matches(?, ?)", [cell, DEFAULT_PATTERNS[entity]]).fetchone()[0]
        assert got is expected, (entity, cell)
    assert set(DEFAULT_PATTERNS) == {e for e, _, _ in PATTERN_CASES}  # every pattern has rows


@pytest.mark.parametrize("unit", ["1 ", "1.", "1-", "A1", "a.", "a@", "+33 ", "0", "FR76 ", "2A"])
def test_patterns_do_not_backtrack_on_pathological_cells(unit: str) -> None:
    cell = unit * (100_000 // len(unit))
    for entity, pattern in DEFAULT_PATTERNS.items():
        start = time.perf_counter()
        re.search(pattern, cell)
        assert time.perf_counter() - start < 1.0, entity


def test_classifier_patterns_and_extra_take_precedence() -> None:
    pats = candidate_patterns({"IBAN_CODE": "X", "CUSTOM": "Y"})
    assert pats["IBAN_CODE"] == "X" and pats["CUSTOM"] == "Y"
    assert pats["EMAIL_ADDRESS"] == DEFAULT_PATTERNS["EMAIL_ADDRESS"]


@pytest.mark.parametrize(("text", "parts", "cutoff"), [
    ("P5Y", (5, 0, 0, 0), date(2021, 6, 1)),
    ("P18M", (0, 18, 0, 0), date(2024, 12, 1)),
    ("P90D", (0, 0, 0, 90), date(2026, 3, 3)),
    ("P2W", (0, 0, 2, 0), date(2026, 5, 18)),
    ("P1Y6M", (1, 6, 0, 0), date(2024, 12, 1)),
    ("P0D", (0, 0, 0, 0), TODAY),  # kept only while the relationship lasts: ended before today
])
def test_retention_durations(text, parts, cutoff) -> None:
    assert parse_duration(text) == parts
    assert retention_cutoff(text, TODAY) == cutoff


def test_leap_day_cutoff_is_calendar_aware() -> None:
    assert retention_cutoff("P1Y", date(2028, 2, 29)) == date(2027, 2, 28)


@pytest.mark.parametrize("bad", ["5Y", "P", "PT5H", "P5 Y", "five years", "P-1Y"])
def test_bad_durations_are_refused(bad) -> None:
    with pytest.raises(FormatError, match="ISO 8601"):
        parse_duration(bad)


# ------------------------------------------------------------------------------ suites

VIOLATIONS = [
    {"kind": "undeclared", "source": "warehouse.duckdb", "asset": "main.customers",
     "column": "iban", "entity": "IBAN_CODE", "category": "financial.bank_account",
     "subject": "customer", "asset_kind": "table"},
    {"kind": "undeclared", "source": "warehouse.duckdb", "asset": "main.customers",
     "column": "full_name", "entity": "PERSON", "category": "identity.name",
     "subject": "customer", "asset_kind": "table"},
    {"kind": "unbound", "source": "warehouse.duckdb", "asset": "main.prospects", "column": None,
     "entity": None, "asset_kind": "table"},
    {"kind": "undeclared", "source": "fixtures", "asset": "contracts/offer.txt", "column": None,
     "entity": "FR_NIR", "asset_kind": "document"},
]
ANCHOR = RetentionAnchor("main.customers", "relationship_ended_at", "P5Y", "warehouse.duckdb")
CUSTOMERS = suite_name("main.customers", "warehouse.duckdb")

PLANTED = ["FR7630006000011234567890189", "NL91 ABNA 0417 1643 00", "BE68539007547034"]


def _customers(ibans: list[str | None], ended: list[str | None]) -> pd.DataFrame:
    return pd.DataFrame({"id": range(len(ibans)), "iban": ibans, "relationship_ended_at": ended})


@pytest.fixture(scope="module")
def suites() -> dict:
    return build_suites(VIOLATIONS, anchors=[ANCHOR], today=TODAY)


def test_one_suite_per_asset_with_what_it_leaves_out(suites) -> None:
    assert set(suites) == {CUSTOMERS}  # unbound and document violations have no column
    suite = suites[CUSTOMERS]
    assert (suite.meta["ropa"]["asset"], suite.meta["ropa"]["source"]) == ("main.customers", "warehouse.duckdb")
    kinds = [(e.expectation_type, e.column) for e in suite.expectations]
    assert kinds == [("expect_column_values_to_not_match_regex", "iban"),
                     ("expect_column_values_to_be_between", "relationship_ended_at")]
    assert str(suite.expectations[1].min_value) == "2021-06-01 00:00:00"
    left_out = suite.meta["ropa"]["not_expressible"]
    assert [(x["column"], x["entity"]) for x in left_out] == [("full_name", "PERSON")]


def test_the_suite_fails_on_a_planted_undeclared_iban(suites) -> None:
    df = _customers(["n/a", PLANTED[0], None, PLANTED[1], "withdrawn", PLANTED[2]],
                    ["2024-01-01"] * 6)
    run = validate_dataframe(suites[CUSTOMERS], df)
    assert not run.success
    iban = next(o for o in run.outcomes if o.column == "iban")
    assert (iban.status, iban.unexpected_count, iban.element_count) == ("failed", 3, 6)
    assert iban.entity == "IBAN_CODE" and iban.rule == "no_undeclared_identifier"
    assert next(o for o in run.outcomes if o.rule == "retention").status == "passed"
    assert not any(p.split()[0] in repr(run) for p in PLANTED)  # counts only, never values


def test_the_suite_passes_on_a_clean_table(suites) -> None:
    df = _customers(["n/a", None, "FR76 **** **** **** **** ***0 189",
                     "ab12f3e4c5d6a7b8c9d0e1f2a3b4c5d6"],
                    ["2021-06-01", None, "2025-12-31", "2023-03-03"])
    run = validate_dataframe(suites[CUSTOMERS], df)
    assert run.success, run
    assert [o.status for o in run.outcomes] == ["passed", "passed"]


def test_the_suite_fails_on_rows_kept_past_retention(suites) -> None:
    ended = ["2019-12-31", "2021-05-31", "2021-06-01", None, "2026-01-01"]
    run = validate_dataframe(suites[CUSTOMERS], _customers(["n/a"] * 5, ended))
    ret = next(o for o in run.outcomes if o.rule == "retention")
    assert (ret.status, ret.unexpected_count) == ("failed", 2)  # the cutoff day itself is kept
    assert not run.success


def test_retention_on_timezone_aware_timestamps(suites) -> None:
    ended = pd.to_datetime(["2020-01-01T10:00", "2025-01-01T10:00"]).tz_localize("Europe/Paris")
    run = validate_dataframe(suites[CUSTOMERS],
                             pd.DataFrame({"iban": ["n/a", "n/a"], "relationship_ended_at": ended}))
    ret = next(o for o in run.outcomes if o.rule == "retention")
    assert (ret.status, ret.unexpected_count) == ("failed", 1)


def test_an_unusable_column_is_an_error_not_a_pass(suites) -> None:
    run = validate_dataframe(suites[CUSTOMERS],
                             _customers(["n/a"], ["not a date"]))
    assert next(o for o in run.outcomes if o.rule == "retention").status == "error"
    assert not run.success
    missing = validate_dataframe(suites[CUSTOMERS], pd.DataFrame({"other": [1]}))
    assert {o.status for o in missing.outcomes} == {"error"} and not missing.success


def test_export_writes_suite_json_that_gx_reads_back(tmp_path) -> None:
    over = {"kind": "over_retained", "source": "warehouse.duckdb", "asset": "main.tickets",
            "column": "closed_at", "entity": None, "retention": "P2Y", "asset_kind": "table"}
    paths = export_suites(VIOLATIONS + [over], tmp_path / "gx", anchors=[ANCHOR], today=TODAY)
    assert [p.name for p in paths] == sorted([f"{CUSTOMERS}.json",
                                              suite_name("main.tickets", "warehouse.duckdb") + ".json"])
    assert paths[0].name.startswith("main.customers@")
    data = json.loads(paths[0].read_text(encoding="utf-8"))
    assert data["name"] == CUSTOMERS
    assert {e["type"] for e in data["expectations"]} == {
        "expect_column_values_to_not_match_regex", "expect_column_values_to_be_between"}
    suite = load_suite(paths[0])
    bad = _customers([PLANTED[0]], ["2024-01-01"])
    assert not validate_dataframe(suite, bad).success
    assert validate_dataframe(suite, _customers(["n/a"], ["2024-01-01"])).success
    assert data["expectations"][1]["kwargs"]["min_value"] == "2021-06-01T00:00:00"  # ISO in the JSON
    tickets = load_suite(paths[1])
    assert str(tickets.expectations[0].min_value) == "2024-06-01 00:00:00"  # from the violation's P2Y


def test_suite_file_names_are_safe_and_distinct() -> None:
    names = [suite_filename(a) for a in ("main.customers", "data/users.csv", "data_users.csv",
                                         "../../etc/passwd", "Données clients.xlsx")]
    assert names[0] == "main.customers.json"
    assert len(set(names)) == len(names)
    assert all(re.fullmatch(r"[A-Za-z0-9._-]+\.json", n) and not n.startswith(".") for n in names)


def test_suite_names_are_unique_per_source_and_stable() -> None:
    pg = "postgresql://alice@db.example:5432/crm"
    duck, csv_a, csv_b = "/data/warehouse.duckdb", "/exports/fr", "/exports/nl"
    names = {suite_name("main.customers", duck), suite_name("main.customers", pg),
             suite_name("customers.csv", csv_a), suite_name("customers.csv", csv_b),
             suite_name("data/users.csv", csv_a), suite_name("data_users.csv", csv_a)}
    assert len(names) == 6                                   # same asset, other source: other suite
    assert suite_name("main.customers", pg) == suite_name("main.customers", pg)   # stable
    assert re.fullmatch(r"main\.customers@[0-9a-f]{10}", suite_name("main.customers", pg))
    assert suite_name("data/users.csv", csv_a).startswith("data_users.csv@")  # no / for GX's store
    assert all(suite_filename(n) == n + ".json" for n in names)


def test_same_asset_in_two_sources_gets_two_suites() -> None:
    pg = "postgresql://alice@db.example:5432/crm"
    other = [dict(v, source=pg) for v in VIOLATIONS]
    built = build_suites(VIOLATIONS + other, anchors=[ANCHOR], today=TODAY)
    assert set(built) == {CUSTOMERS, suite_name("main.customers", pg)}
    assert len(built[CUSTOMERS].expectations) == 2                 # its own retention anchor
    assert len(built[suite_name("main.customers", pg)].expectations) == 1  # no anchor declared there
