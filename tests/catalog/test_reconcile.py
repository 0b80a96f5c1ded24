"""The reconciliation views on tiny hand-built catalogs: each view's exact output.

The catalog core tables are created here as the contract states them (catalog/store.py owns the
real ones); declarations come from real YAML files through the loader.
"""

from __future__ import annotations

import itertools
import textwrap
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pytest

from catalog import reconcile, taxonomy
from catalog.declarations import load_declaration, matches

CORE = """
CREATE TABLE scans (scan_id VARCHAR PRIMARY KEY, started_at TIMESTAMP, finished_at TIMESTAMP,
                    status VARCHAR);
CREATE TABLE assets (asset_id VARCHAR PRIMARY KEY, source VARCHAR, asset VARCHAR, kind VARCHAR);
CREATE TABLE asset_scans (scan_id VARCHAR, asset_id VARCHAR, status VARCHAR, error VARCHAR,
                          rows_sampled BIGINT, row_count BIGINT, fingerprint VARCHAR);
CREATE TABLE findings (scan_id VARCHAR, asset_id VARCHAR, column_name VARCHAR, entity VARCHAR,
                       category VARCHAR, score DOUBLE, matched BIGINT, sampled BIGINT,
                       evidence JSON, examples VARCHAR[], hashes VARCHAR[]);
CREATE TABLE anchor_profile (scan_id VARCHAR, asset_id VARCHAR, column_name VARCHAR, day DATE,
                             rows BIGINT);
"""

SHOP = """\
ropa: 1
organisation: Shop
jurisdiction: NL
language: en
subjects:
  customer:
    categories: [identity.name, contact, financial.bank_account]
    purposes: [{name: Orders, legal_basis: contract}]
    retention: {duration: P5Y, from: end_of_relationship}
    masked: [NL_BSN]
    not_processed: [special.health]
  prospect:
    categories: [contact.email]
    purposes: [{name: Newsletter, legal_basis: consent}]
    retention: {duration: P3Y, from: last_contact}
  debtor:
    categories: [identity.name, financial]
    purposes: [{name: Collection, legal_basis: legitimate_interests}]
    retention: {duration: P7Y, from: end_of_fiscal_year}
  visitor:
    categories: [online.ip_address]
    purposes: [{name: Statistics, legal_basis: consent}]
    retention: {rule: as_long_as_necessary}
  applicant:
    categories: [identity.name, contact.email]
    purposes: [{name: Hiring, legal_basis: contract}]
    retention: {duration: P1Y6M, from: collection}
bindings:
  - {assets: "Main.Customers", subject: customer, retention_anchor: Ended_At}
  - {assets: "crm.*", subject: prospect, retention_anchor: last_contact_at}
  - {assets: "finance.debtors", subject: debtor, retention_anchor: closed_on}
  - {assets: "exports/*.csv", subject: customer}
  - {assets: "web.visits", subject: visitor, retention_anchor: seen_at}
  - {assets: "hr.applicants", subject: applicant, retention_anchor: applied_on}
"""

CLINIC = """\
ropa: 1
organisation: Clinic
jurisdiction: BE
language: fr
subjects:
  patient:
    categories: [identity.name, special.health]
    purposes: [{name: Care, legal_basis: vital_interests}]
    retention: {duration: P20Y, from: end_of_relationship}
  caller:
    categories: [contact.phone, communication]
    purposes: [{name: Support, legal_basis: contract}]
    retention: {duration: P90D, from: collection}
bindings:
  - {assets: "care.*", subject: patient}
  - {assets: "care.calls", subject: caller, retention_anchor: called_at}
"""

AS_OF = date(2025, 6, 15)


class Catalog:
    """An in-memory catalog with the core tables, the reconciliation and some declarations."""

    def __init__(self, tmp_path: Path, **policies: str) -> None:
        self.con = duckdb.connect()
        self.con.execute(CORE)
        paths = []
        for name, text in policies.items():
            path = tmp_path / f"{name}.yaml"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        reconcile.load(self.con, [load_declaration(p) for p in paths])
        reconcile.set_as_of(self.con, AS_OF)
        self.scan("s1", datetime(2025, 6, 1))

    def scan(self, scan_id: str, started_at: datetime) -> None:
        self.con.execute("INSERT INTO scans VALUES (?, ?, ?, 'finished')",
                         [scan_id, started_at, started_at])

    def asset(self, asset: str, *, scan_id: str = "s1", status: str = "scanned",
              row_count: int = 1000, source: str = "wh") -> str:
        asset_id = f"{source}:{asset}"
        kind = "file" if "/" in asset else "table"
        self.con.execute("INSERT INTO assets VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                         [asset_id, source, asset, kind])
        self.con.execute("INSERT INTO asset_scans VALUES (?, ?, ?, NULL, 50, ?, 'fp')",
                         [scan_id, asset_id, status, row_count])
        return asset_id

    def finding(self, asset: str, column: str | None, entity: str, *, score: float = 0.9,
                matched: int = 45, sampled: int = 50, scan_id: str = "s1",
                source: str = "wh") -> None:
        self.con.execute(
            "INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?, '{}', [], [])",
            [scan_id, f"{source}:{asset}", column, entity, taxonomy.ENTITY_CATEGORY[entity],
             score, matched, sampled],
        )

    def anchor(self, asset: str, column: str, days: list[tuple[date, int]], *,
               scan_id: str = "s1", source: str = "wh") -> None:
        for day, rows in days:
            self.con.execute("INSERT INTO anchor_profile VALUES (?, ?, ?, ?, ?)",
                             [scan_id, f"{source}:{asset}", column, day, rows])

    def rows(self, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
        return self.con.execute(sql, params or []).fetchall()

    def violations(self, *columns: str) -> list[tuple[Any, ...]]:
        return [tuple(v[c] for c in columns) for v in reconcile.fetch_violations(self.con)]


@pytest.fixture
def cat(tmp_path: Path) -> Catalog:
    return Catalog(tmp_path, shop=SHOP, clinic=CLINIC)


# --------------------------------------------------------------------------------------------
# One finding in, which violations out: (id, asset, column, entity, score, expected)

U, S, UB = "undeclared", "special_category", "unbound"
OUTCOMES = [
    ("parent covers child", "main.customers", "email", "EMAIL_ADDRESS", 0.9, []),
    ("parent covers another child", "main.customers", "phone", "PHONE_NUMBER", 0.9, []),
    ("exact key", "main.customers", "iban", "IBAN_CODE", 0.9, []),
    ("sibling of a declared key", "main.customers", "card", "CREDIT_CARD", 0.9,
     [(U, "customer", "shop")]),
    ("undeclared category", "main.customers", "ip", "IP_ADDRESS", 0.9, [(U, "customer", "shop")]),
    ("glob ignores case (asset)", "MAIN.CUSTOMERS", "email", "EMAIL_ADDRESS", 0.9, []),
    ("glob ignores case (asset, undeclared)", "MAIN.CUSTOMERS", "card", "CREDIT_CARD", 0.9,
     [(U, "customer", "shop")]),
    ("glob wildcard", "crm.leads", "email", "EMAIL_ADDRESS", 0.9, []),
    ("a child does not cover its sibling", "crm.leads", "phone", "PHONE_NUMBER", 0.9,
     [(U, "prospect", "shop")]),
    ("parent declared, child found", "finance.debtors", "card", "CREDIT_CARD", 0.9, []),
    ("glob is anchored at both ends", "main.customers_archive", "email", "EMAIL_ADDRESS", 0.9,
     [(UB, None, None)]),
    ("masked entity found in clear", "main.customers", "bsn", "NL_BSN", 0.9,
     [(S, "customer", "shop")]),
    ("masked by another subject only", "crm.leads", "bsn", "NL_BSN", 0.9,
     [(U, "prospect", "shop")]),
    ("category said not processed", "main.customers", "notes", "HEALTH_DATA", 0.9,
     [(S, "customer", "shop")]),
    ("special category not declared", "crm.leads", "notes", "HEALTH_DATA", 0.9,
     [(S, "prospect", "shop")]),
    ("special category declared", "care.patients", "diagnosis", "HEALTH_DATA", 0.9, []),
    ("special category in an unbound asset", "hr.staff", "sick_leave", "HEALTH_DATA", 0.9,
     [(S, None, None), (UB, None, None)]),
    ("unbound asset", "hr.staff", "email", "EMAIL_ADDRESS", 0.9, [(UB, None, None)]),
    ("below the threshold", "main.customers", "card", "CREDIT_CARD", 0.49, []),
    ("at the threshold", "main.customers", "card", "CREDIT_CARD", 0.5, [(U, "customer", "shop")]),
    ("below the threshold, unbound", "hr.staff", "email", "EMAIL_ADDRESS", 0.3, []),
    ("document under a path glob", "exports/2024/customers.csv", None, "EMAIL_ADDRESS", 0.9, []),
    ("document, undeclared", "exports/x.csv", None, "CREDIT_CARD", 0.9,
     [(U, "customer", "shop")]),
    ("path glob checks the extension", "exports/x.json", None, "EMAIL_ADDRESS", 0.9,
     [(UB, None, None)]),
    ("two subjects on one asset", "care.calls", "phone", "PHONE_NUMBER", 0.9, []),
    ("two subjects on one asset, neither declares", "care.calls", "iban", "IBAN_CODE", 0.9,
     [(U, "caller, patient", "clinic")]),
]


@pytest.mark.parametrize(
    ("asset", "column", "entity", "score", "expected"),
    [case[1:] for case in OUTCOMES],
    ids=[case[0] for case in OUTCOMES],
)
def test_one_finding(cat: Catalog, asset: str, column: str | None, entity: str, score: float,
                     expected: list[tuple[str, str | None, str | None]]) -> None:
    cat.asset(asset)
    cat.finding(asset, column, entity, score=score)
    assert cat.violations("kind", "subject", "policy") == expected


# --------------------------------------------------------------------------------------------
# Exact rows of each view


def test_asset_subjects(cat: Catalog) -> None:
    for asset in ("MAIN.CUSTOMERS", "crm.leads", "crm.events", "care.calls", "exports/a/b.csv",
                  "exports/x.json", "main.customers_archive"):
        cat.asset(asset)
    assert cat.rows(
        "SELECT asset, policy, subject, pattern, retention_anchor FROM asset_subjects "
        "ORDER BY asset, policy, subject"
    ) == [
        ("MAIN.CUSTOMERS", "shop", "customer", "Main.Customers", "Ended_At"),
        ("care.calls", "clinic", "caller", "care.calls", "called_at"),
        ("care.calls", "clinic", "patient", "care.*", None),
        ("crm.events", "shop", "prospect", "crm.*", "last_contact_at"),
        ("crm.leads", "shop", "prospect", "crm.*", "last_contact_at"),
        ("exports/a/b.csv", "shop", "customer", "exports/*.csv", None),
    ]


def test_undeclared_row(cat: Catalog) -> None:
    cat.asset("main.customers", row_count=1234)
    cat.finding("main.customers", "card_no", "CREDIT_CARD", score=0.934, matched=47, sampled=50)
    assert cat.rows(
        "SELECT asset_id, source, asset, column_name, entity, category, score, matched, sampled, "
        "subject, policy, \"rows\", detail, fideslang FROM undeclared"
    ) == [(
        "wh:main.customers", "wh", "main.customers", "card_no", "CREDIT_CARD",
        "financial.payment_card", 0.934, 47, 50, "customer", "shop", 1234,
        "column card_no holds CREDIT_CARD (financial.payment_card; 47 of 50 sampled values, "
        "score 0.93), which no subject bound to this asset declares (bound: shop/customer)",
        "user.financial.credit_card",
    )]


def test_special_category_rows(cat: Catalog) -> None:
    for asset in ("main.customers", "crm.leads", "hr.staff"):
        cat.asset(asset, row_count=10)
    cat.finding("main.customers", "bsn", "NL_BSN", score=0.99, matched=50, sampled=50)
    cat.finding("main.customers", "notes", "HEALTH_DATA", score=0.7, matched=12, sampled=50)
    cat.finding("crm.leads", "notes", "HEALTH_DATA", score=0.8, matched=20, sampled=50)
    cat.finding("hr.staff", None, "HEALTH_DATA", score=0.6, matched=3, sampled=5)
    assert cat.rows(
        "SELECT asset, column_name, entity, category, reason, subject, policy, detail, fideslang "
        "FROM special_category ORDER BY asset, column_name"
    ) == [
        ("crm.leads", "notes", "HEALTH_DATA", "special.health", "special", "prospect", "shop",
         "column notes holds HEALTH_DATA (special.health, a special category under GDPR art. 9; "
         "20 of 50 sampled values, score 0.80), which no subject bound to this asset declares "
         "(bound: shop/prospect)", "user.health_and_medical"),
        ("hr.staff", None, "HEALTH_DATA", "special.health", "special", None, None,
         "the document holds HEALTH_DATA (special.health, a special category under GDPR art. 9; "
         "3 of 5 sampled values, score 0.60) in an asset no binding names",
         "user.health_and_medical"),
        ("main.customers", "bsn", "NL_BSN", "government_id.national_id", "masked_in_clear",
         "customer", "shop",
         "column bsn holds NL_BSN in clear (50 of 50 sampled values, score 0.99), which "
         "shop/customer says is kept masked",
         "user.government_id.national_identification_number"),
        ("main.customers", "notes", "HEALTH_DATA", "special.health", "not_processed", "customer",
         "shop",
         "column notes holds HEALTH_DATA (special.health; 12 of 50 sampled values, score 0.70), "
         "which shop/customer says is not processed", "user.health_and_medical"),
    ]
    # Each finding is reported once: none of them is also "undeclared".
    assert cat.rows("SELECT count(*) FROM undeclared") == [(0,)]


def test_unbound_row(cat: Catalog) -> None:
    cat.asset("hr.staff", row_count=77)
    cat.finding("hr.staff", "email", "EMAIL_ADDRESS")
    cat.finding("hr.staff", "mail2", "EMAIL_ADDRESS")
    cat.finding("hr.staff", "name", "PERSON")
    cat.finding("hr.staff", "iban", "IBAN_CODE", score=0.2)  # not counted
    assert cat.rows(
        "SELECT asset, entities, categories, fideslang, findings, \"rows\", detail FROM unbound"
    ) == [(
        "hr.staff", ["EMAIL_ADDRESS", "PERSON"], ["contact.email", "identity.name"],
        ["user.contact.email", "user.name"], 3, 77,
        "personal data (contact.email, identity.name) in an asset no binding names; bind it to "
        "the subject it belongs to, in that subject's policy",
    )]


def test_violations_one_of_each_kind(cat: Catalog) -> None:
    cat.asset("main.customers", row_count=500)
    cat.finding("main.customers", "card", "CREDIT_CARD")
    cat.finding("main.customers", "bsn", "NL_BSN")
    cat.asset("hr.staff", row_count=8)
    cat.finding("hr.staff", "phone", "PHONE_NUMBER")
    cat.anchor("main.customers", "ended_at", [(date(2019, 1, 1), 40), (date(2024, 1, 1), 60)])
    assert reconcile.fetch_violations(cat.con) == [
        {"kind": "over_retained", "source": "wh", "asset": "main.customers",
         "column_name": "ended_at", "entity": None, "category": None, "subject": "customer",
         "policy": "shop", "rows": 40,
         "detail": "40 rows have ended_at past the retention period "
                   "(shop/customer: P5Y from end_of_relationship)",
         "fideslang": None},
        {"kind": "special_category", "source": "wh", "asset": "main.customers",
         "column_name": "bsn", "entity": "NL_BSN", "category": "government_id.national_id",
         "subject": "customer", "policy": "shop", "rows": 500,
         "detail": "column bsn holds NL_BSN in clear (45 of 50 sampled values, score 0.90), "
                   "which shop/customer says is kept masked",
         "fideslang": "user.government_id.national_identification_number"},
        {"kind": "unbound", "source": "wh", "asset": "hr.staff", "column_name": None,
         "entity": "PHONE_NUMBER", "category": "contact.phone", "subject": None, "policy": None,
         "rows": 8,
         "detail": "personal data (contact.phone) in an asset no binding names; bind it to the "
                   "subject it belongs to, in that subject's policy",
         "fideslang": "user.contact.phone_number"},
        {"kind": "undeclared", "source": "wh", "asset": "main.customers", "column_name": "card",
         "entity": "CREDIT_CARD", "category": "financial.payment_card", "subject": "customer",
         "policy": "shop", "rows": 500,
         "detail": "column card holds CREDIT_CARD (financial.payment_card; 45 of 50 sampled "
                   "values, score 0.90), which no subject bound to this asset declares "
                   "(bound: shop/customer)",
         "fideslang": "user.financial.credit_card"},
    ]
    columns = [d[0] for d in cat.con.execute("SELECT * FROM violations").description]
    assert tuple(columns) == reconcile.VIOLATION_COLUMNS


# --------------------------------------------------------------------------------------------
# Retention: (id, asset, profiled column, as_of, [(day, rows)], (rows, oldest, expired_since))

D = date
RETENTION = [
    ("P5Y from end of relationship", "main.customers", "ended_at", D(2025, 6, 15),
     [(D(2019, 1, 1), 3), (D(2020, 6, 14), 4), (D(2020, 6, 15), 5), (D(2024, 1, 1), 6)],
     (7, D(2019, 1, 1), D(2024, 1, 1))),
    ("the last day of the period is still allowed", "main.customers", "ended_at", D(2025, 6, 14),
     [(D(2020, 6, 14), 4)], None),
    ("anchor column compared ignoring case", "main.customers", "ENDED_AT", D(2025, 6, 15),
     [(D(2019, 1, 1), 3)], (3, D(2019, 1, 1), D(2024, 1, 1))),
    ("another column is no anchor", "main.customers", "created_at", D(2025, 6, 15),
     [(D(1990, 1, 1), 9)], None),
    ("P7Y from the end of the fiscal year", "finance.debtors", "closed_on", D(2025, 6, 15),
     [(D(2017, 1, 1), 2), (D(2017, 12, 31), 3), (D(2018, 1, 1), 4)],
     (5, D(2017, 1, 1), D(2024, 12, 31))),
    ("fiscal year: the day after expiry", "finance.debtors", "closed_on", D(2025, 1, 1),
     [(D(2017, 6, 30), 1), (D(2018, 12, 31), 2)], (1, D(2017, 6, 30), D(2024, 12, 31))),
    ("fiscal year: the expiry day itself", "finance.debtors", "closed_on", D(2024, 12, 31),
     [(D(2017, 6, 30), 1)], None),
    ("P3Y from last contact, through a glob", "crm.leads", "last_contact_at", D(2025, 3, 1),
     [(D(2022, 2, 28), 1), (D(2022, 3, 1), 2)], (1, D(2022, 2, 28), D(2025, 2, 28))),
    ("leap day plus whole years", "crm.leads", "last_contact_at", D(2023, 3, 1),
     [(D(2020, 2, 29), 1)], (1, D(2020, 2, 29), D(2023, 2, 28))),
    ("P1Y6M from collection", "hr.applicants", "applied_on", D(2025, 8, 1),
     [(D(2024, 1, 31), 1), (D(2024, 2, 1), 2)], (1, D(2024, 1, 31), D(2025, 7, 31))),
    ("P90D from collection", "care.calls", "called_at", D(2025, 4, 2),
     [(D(2025, 1, 1), 1), (D(2025, 1, 2), 1)], (1, D(2025, 1, 1), D(2025, 4, 1))),
    ("as long as necessary never expires", "web.visits", "seen_at", D(2025, 6, 15),
     [(D(1990, 1, 1), 100)], None),
    ("a binding without an anchor", "exports/old.csv", "ended_at", D(2025, 6, 15),
     [(D(1990, 1, 1), 100)], None),
    ("an unbound asset", "hr.staff", "ended_at", D(2025, 6, 15), [(D(1990, 1, 1), 100)], None),
]


@pytest.mark.parametrize(
    ("asset", "column", "as_of", "days", "expected"),
    [case[1:] for case in RETENTION],
    ids=[case[0] for case in RETENTION],
)
def test_over_retained(cat: Catalog, asset: str, column: str, as_of: date,
                       days: list[tuple[date, int]],
                       expected: tuple[int, date, date] | None) -> None:
    cat.asset(asset)
    cat.anchor(asset, column, days + [(None, 1000)])  # a NULL anchor date is never over-retained
    reconcile.set_as_of(cat.con, as_of)
    got = cat.rows('SELECT asset, column_name, "rows", oldest, expired_since FROM over_retained')
    assert got == ([] if expected is None else [(asset, column, *expected)])


def test_over_retained_row(cat: Catalog) -> None:
    cat.asset("finance.debtors")
    cat.anchor("finance.debtors", "closed_on", [(D(2016, 5, 1), 12), (D(2017, 3, 3), 30)])
    assert cat.rows(
        'SELECT asset_id, source, asset, column_name, policy, subject, retention, "rows", oldest, '
        "expired_since, detail FROM over_retained"
    ) == [(
        "wh:finance.debtors", "wh", "finance.debtors", "closed_on", "shop", "debtor",
        "shop/debtor: P7Y from end_of_fiscal_year", 42, D(2016, 5, 1), D(2023, 12, 31),
        "42 rows have closed_on past the retention period (shop/debtor: P7Y from "
        "end_of_fiscal_year)",
    )]


PARTNER = """\
ropa: 1
organisation: Partner
jurisdiction: FR
language: fr
subjects:
  lead:
    categories: [contact.phone]
    purposes: [{name: Resale, legal_basis: consent}]
    retention: {duration: P5Y, from: last_contact}
bindings:
  - {assets: "CRM.LEADS", subject: lead, retention_anchor: LAST_CONTACT_AT}
"""


def test_several_policies_on_one_asset(tmp_path: Path) -> None:
    cat = Catalog(tmp_path, shop=SHOP, partner=PARTNER)
    cat.asset("crm.leads", row_count=9)
    cat.finding("crm.leads", "email", "EMAIL_ADDRESS")  # declared by shop/prospect
    cat.finding("crm.leads", "phone", "PHONE_NUMBER")  # declared by partner/lead
    cat.finding("crm.leads", "name", "PERSON")  # by neither
    # 3 years for shop's prospects, 5 for partner's leads: only rows past both are over-retained.
    cat.anchor("crm.leads", "last_contact_at",
               [(D(2019, 1, 1), 1), (D(2021, 1, 1), 2), (D(2024, 1, 1), 4)])
    assert cat.violations("kind", "column_name", "subject", "policy", "rows", "detail") == [
        ("over_retained", "last_contact_at", "lead, prospect", "partner, shop", 1,
         "1 rows have last_contact_at past the retention period (partner/lead: P5Y from "
         "last_contact, shop/prospect: P3Y from last_contact)"),
        ("undeclared", "name", "lead, prospect", "partner, shop", 9,
         "column name holds PERSON (identity.name; 45 of 50 sampled values, score 0.90), which "
         "no subject bound to this asset declares (bound: partner/lead, shop/prospect)"),
    ]


def test_as_long_as_necessary_on_a_shared_anchor_wins(tmp_path: Path) -> None:
    open_ended = PARTNER.replace("{duration: P5Y, from: last_contact}",
                                 "{rule: as_long_as_necessary}")
    cat = Catalog(tmp_path, shop=SHOP, partner=open_ended)
    cat.asset("crm.leads")
    cat.anchor("crm.leads", "last_contact_at", [(D(2000, 1, 1), 5)])
    assert cat.rows("SELECT * FROM over_retained") == []


# --------------------------------------------------------------------------------------------
# Which scan counts, the threshold, and the SQL twin of taxonomy.covers


def test_the_latest_scan_that_scanned_an_asset_counts(cat: Catalog) -> None:
    cat.asset("main.customers")
    cat.finding("main.customers", "card", "CREDIT_CARD")
    cat.anchor("main.customers", "ended_at", [(D(2010, 1, 1), 3)])
    assert [k for (k,) in cat.violations("kind")] == ["over_retained", "undeclared"]

    cat.scan("s2", datetime(2025, 6, 2))  # scanned again: the card column is gone, dates fresh
    cat.asset("main.customers", scan_id="s2")
    cat.finding("main.customers", "iban", "IBAN_CODE", scan_id="s2")
    cat.anchor("main.customers", "ended_at", [(D(2024, 1, 1), 3)], scan_id="s2")
    assert cat.violations("kind") == []

    cat.scan("s3", datetime(2025, 6, 3))  # a later scan that failed on the asset changes nothing
    cat.asset("main.customers", scan_id="s3", status="error")
    cat.finding("main.customers", "card", "CREDIT_CARD", scan_id="s3")
    assert cat.violations("kind") == []
    assert cat.rows("SELECT scan_id FROM current_asset_scans") == [("s2",)]

    # A skip carries the findings forward under the new scan (the catalog core copies them).
    cat.scan("s4", datetime(2025, 6, 4))
    cat.asset("main.customers", scan_id="s4", status="skipped")
    cat.finding("main.customers", "phone", "PHONE_NUMBER", scan_id="s4")
    cat.finding("main.customers", "ip", "IP_ADDRESS", scan_id="s4")
    cat.anchor("main.customers", "ended_at", [(D(2000, 1, 1), 8)], scan_id="s4")
    assert cat.violations("kind", "column_name", "rows") == [
        ("over_retained", "ended_at", 8), ("undeclared", "ip", 1000)
    ]
    assert cat.rows("SELECT scan_id FROM current_asset_scans") == [("s4",)]


def test_min_score_is_a_setting(cat: Catalog) -> None:
    cat.asset("main.customers")
    cat.finding("main.customers", "card", "CREDIT_CARD", score=0.9)
    assert len(cat.violations("kind")) == 1
    reconcile.set_min_score(cat.con, 0.95)
    assert cat.violations("kind") == []
    reconcile.set_min_score(cat.con, 0.0)
    assert len(cat.violations("kind")) == 1
    with pytest.raises(ValueError, match=r"min_score must lie in \[0, 1\]"):
        reconcile.set_min_score(cat.con, 1.5)


def test_sql_covers_agrees_with_python(cat: Catalog) -> None:
    pairs = list(itertools.product(taxonomy.KEYS + ("contacts", "special.healthy"), repeat=2))
    got = cat.rows(
        "SELECT d, f, ropa_covers(d, f) FROM (SELECT unnest(?) AS d, unnest(?) AS f)",
        [[d for d, _ in pairs], [f for _, f in pairs]],
    )
    assert got == [(d, f, taxonomy.covers(d, f)) for d, f in pairs]
    assert sum(covered for _, _, covered in got) > len(taxonomy.KEYS)  # parents do cover


def test_taxonomy_table_mirrors_the_module(cat: Catalog) -> None:
    assert sorted(cat.rows("SELECT * FROM taxonomy")) == sorted(taxonomy.rows())


# --------------------------------------------------------------------------------------------
# install / load


def test_install_and_load_are_idempotent_and_load_replaces(cat: Catalog, tmp_path: Path) -> None:
    counts = "SELECT (SELECT count(*) FROM decl_subjects), (SELECT count(*) FROM decl_bindings)"
    assert cat.rows(counts) == [(7, 8)]
    reconcile.install(cat.con)
    reconcile.install(cat.con)
    assert cat.rows(counts) == [(7, 8)]
    assert cat.rows("SELECT min_score, as_of FROM reconcile_settings") == [(0.5, AS_OF)]
    (tmp_path / "only.yaml").write_text(CLINIC, encoding="utf-8")
    reconcile.load(cat.con, [load_declaration(tmp_path / "only.yaml")])
    assert cat.rows(counts) == [(2, 2)]
    assert cat.rows("SELECT DISTINCT policy FROM decl_categories") == [("only",)]


def test_a_failed_load_leaves_the_previous_declarations(
    cat: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = reconcile.to_rows

    def broken(declarations: Any) -> dict[str, list[dict[str, Any]]]:
        rows = real(declarations)
        rows["decl_bindings"][0]["pattern"] = None  # NOT NULL: fails after the deletes ran
        return rows

    before = cat.rows("SELECT * FROM decl_subjects ORDER BY policy, subject")
    paths = [Path(p) for (p,) in cat.rows("SELECT path FROM decl_policies ORDER BY policy")]
    monkeypatch.setattr(reconcile, "to_rows", broken)
    with pytest.raises(duckdb.ConstraintException):
        reconcile.load(cat.con, [load_declaration(paths[0])])
    assert cat.rows("SELECT * FROM decl_subjects ORDER BY policy, subject") == before


def test_install_needs_the_core_tables() -> None:
    con = duckdb.connect()
    con.execute("CREATE TABLE scans (scan_id VARCHAR)")
    with pytest.raises(reconcile.ReconcileError) as err:
        reconcile.install(con)
    assert "no assets, asset_scans, findings, anchor_profile table(s)" in str(err.value)
    assert "catalog/store.py" in str(err.value)


def test_install_joins_the_callers_transaction() -> None:
    # The catalog core runs install() inside its migration transaction.
    con = duckdb.connect()
    con.execute(CORE)
    con.execute("BEGIN TRANSACTION")
    reconcile.install(con)
    con.execute("ROLLBACK")
    assert con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'decl_%'"
    ).fetchone() == (0,)
    con.execute("BEGIN TRANSACTION")
    reconcile.install(con)
    con.execute("COMMIT")
    assert con.execute("SELECT count(*) FROM violations").fetchone() == (0,)


def test_install_keeps_the_core_current_findings_view() -> None:
    con = duckdb.connect()
    con.execute(CORE)
    con.execute(
        "CREATE VIEW current_findings AS SELECT f.*, a.source, a.asset, a.kind, 'core' AS owner "
        "FROM findings f JOIN assets a USING (asset_id)"
    )
    reconcile.install(con)
    names = [d[0] for d in con.execute("SELECT * FROM current_findings").description]
    assert names[-1] == "owner"


def test_install_creates_current_findings_when_absent() -> None:
    con = duckdb.connect()
    con.execute(CORE)
    reconcile.install(con)
    names = [d[0] for d in con.execute("SELECT * FROM current_findings").description]
    assert names == ["scan_id", "asset_id", "column_name", "entity", "category", "score",
                     "matched", "sampled", "evidence", "examples", "hashes", "source", "asset",
                     "kind"]


def test_a_finding_without_a_category_is_undeclared(cat: Catalog) -> None:
    cat.asset("main.customers")
    cat.con.execute("INSERT INTO findings VALUES ('s1', 'wh:main.customers', 'x', 'NEW_THING', "
                    "NULL, 0.9, 5, 5, '{}', [], [])")
    assert cat.violations("kind", "entity", "category", "fideslang") == [
        ("undeclared", "NEW_THING", None, None)
    ]
    assert "(no category;" in cat.rows("SELECT detail FROM undeclared")[0][0]


def test_the_base_yaml_helper_is_dedented() -> None:
    # The policies above are written flush left; a stray indent would make every test vacuous.
    assert textwrap.dedent(SHOP) == SHOP and SHOP.startswith("ropa: 1")


@pytest.mark.parametrize(
    ("pattern", "asset"),
    [
        ("main.customers", "main.customers"),
        ("Main.Customers", "MAIN.customers"),
        ("main.*", "main.customers"),
        ("main.*", "main2.customers"),
        ("exports/*.csv", "exports/2024/q1/customers.csv"),
        ("exports/*.csv", "exports/customers.csv.gz"),
        ("*", "a/b.c"),
        ("a?c", "a/c"),
        ("a?c", "ac"),
        ("main.customer_[0-9]", "main.customer_7"),
        ("main.customer_[0-9]", "main.customer_x"),
        ("a[!b]c", "axc"),
        ("a[!b]c", "abc"),
        ("[]x]", "]"),
        ("[*]", "*"),
        ("[*]", "a"),
        ("x[.]y", "x.y"),
        ("crm.*", "CRM.LEADS"),
    ],
)
def test_python_glob_agrees_with_sql(pattern: str, asset: str) -> None:
    con = duckdb.connect()
    assert matches(pattern, asset) is con.execute(
        "SELECT lower(?) GLOB lower(?)", [asset, pattern]
    ).fetchone()[0]


def test_unmatched_bindings(cat: Catalog) -> None:
    for asset in ("main.customers", "crm.leads", "finance.debtors", "exports/a.csv"):
        cat.asset(asset)
    assert cat.rows("SELECT policy, binding, pattern, subject FROM unmatched_bindings "
                    "ORDER BY policy, binding") == [
        ("clinic", 0, "care.*", "patient"),
        ("clinic", 1, "care.calls", "caller"),
        ("shop", 4, "web.visits", "visitor"),
        ("shop", 5, "hr.applicants", "applicant"),
    ]


def test_a_declaration_table_of_another_shape_is_recreated(cat: Catalog) -> None:
    cat.con.execute("DROP TABLE decl_masked")
    cat.con.execute("CREATE TABLE decl_masked (policy VARCHAR, entity VARCHAR)")
    cat.con.execute("INSERT INTO decl_masked VALUES ('old', 'NL_BSN')")
    reconcile.install(cat.con)
    assert [d[0] for d in cat.con.execute("SELECT * FROM decl_masked").description] == [
        "policy", "subject", "entity"
    ]
    assert cat.rows("SELECT count(*) FROM decl_masked") == [(0,)]
    assert cat.rows("SELECT count(*) FROM decl_subjects") == [(7,)]  # same shape: kept


MEMBERS = """\
ropa: 1
organisation: Club
jurisdiction: NL
language: nl
subjects:
  member:
    categories: [contact.email]
    purposes: [{name: Ledenadministratie, legal_basis: contract}]
    retention: {duration: P0D, from: end_of_relationship}
bindings:
  - {assets: "club.members", subject: member, retention_anchor: left_on}
"""


def test_kept_only_while_a_member_flags_every_row_whose_membership_ended(tmp_path: Path) -> None:
    """P0D from end_of_relationship: a member who left yesterday is past the period; a member
    who has not left (no end date) never is."""
    cat = Catalog(tmp_path, club=MEMBERS)
    cat.asset("club.members")
    cat.anchor("club.members", "left_on", [(D(2024, 6, 1), 3), (D(2024, 6, 30), 2), (None, 40)])
    reconcile.set_as_of(cat.con, D(2024, 6, 30))
    assert cat.rows('SELECT "rows", oldest, expired_since, retention FROM over_retained') == [
        (3, D(2024, 6, 1), D(2024, 6, 1), "club/member: P0D from end_of_relationship")]
