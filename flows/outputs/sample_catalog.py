"""A small catalog with the published view names, for the reports' tests and a first look.

It holds what a real scan of a toy warehouse and a fixtures folder would leave: two scans (so
"latest scan per asset" is exercised), tables and files, one skipped and one unreadable asset,
violations of every kind, masked examples only, and a retention-anchor profile spanning eight
years so over-retention has something to show. The relations carry exactly the names and columns
of the catalog's views (``catalog_findings``, ``violations``, ``scans``, ``asset_scans``,
``assets``, ``anchor_profile``), so the notebook and the HTML report run unchanged on it and on
a real catalog.

Every number derives from ``today`` (default: the real today), so a test can pin it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

import duckdb

from catalog import duck
from flows.outputs.retention import parse_duration, retention_cutoff

_DDL = """
-- ropa's schema marker, as a real catalog carries it: a DuckDB file without it is refused as
-- someone else's database (catalog.store.refuse_foreign).
CREATE TABLE ropa_meta (key VARCHAR PRIMARY KEY, value VARCHAR);
INSERT INTO ropa_meta VALUES ('schema_version', '3');
CREATE TABLE scans (scan_id VARCHAR, started_at TIMESTAMP, finished_at TIMESTAMP, status VARCHAR);
CREATE TABLE assets (asset_id INTEGER, source VARCHAR, asset VARCHAR, kind VARCHAR);
CREATE TABLE asset_scans (scan_id VARCHAR, asset_id INTEGER, status VARCHAR, error VARCHAR,
                          rows_sampled BIGINT, row_count BIGINT, rows_rejected BIGINT,
                          rejected_lines BIGINT[]);
CREATE TABLE catalog_findings (scan_id VARCHAR, source VARCHAR, asset VARCHAR, kind VARCHAR,
                               column_name VARCHAR, entity VARCHAR, category VARCHAR,
                               score DOUBLE, matched INTEGER, sampled INTEGER,
                               examples VARCHAR[], evidence JSON, scanned_at TIMESTAMP);
CREATE TABLE violations (kind VARCHAR, source VARCHAR, asset VARCHAR, column_name VARCHAR,
                         entity VARCHAR, category VARCHAR, subject VARCHAR, policy VARCHAR,
                         rows BIGINT, detail VARCHAR, fideslang VARCHAR);
CREATE TABLE anchor_profile (scan_id VARCHAR, asset_id INTEGER, column_name VARCHAR, day DATE,
                             rows BIGINT);
"""

WAREHOUSE = "warehouse.duckdb"
FIXTURES = "fixtures"
POLICY = "policies/acme.yaml"

# asset_id, source, asset, kind, status in the latest scan, error
_ASSETS = [
    (1, WAREHOUSE, "main.customers", "table", "scanned", None),
    (2, WAREHOUSE, "main.orders", "table", "scanned", None),
    (3, WAREHOUSE, "main.support_tickets", "table", "scanned", None),
    (4, WAREHOUSE, "main.prospects", "table", "scanned", None),
    (5, WAREHOUSE, "main.audit_log", "table", "skipped", None),
    (6, WAREHOUSE, "main.legacy_export", "table", "error",
     "permission denied for table; grant SELECT on it to the scanning role"),
    (7, FIXTURES, "users.csv", "file", "scanned", None),
    (8, FIXTURES, "contracts/offer.txt", "document", "scanned", None),
]

# asset_id -> (malformed rows rejected, their first line numbers): the CSV export has two
_REJECTED = {7: (2, [14, 31])}

# asset_id -> (column, entity, category, score, matched, sampled, examples)
_FINDINGS = {
    1: [("email", "EMAIL_ADDRESS", "contact.email", 0.99, 196, 200, ["j***@e******.com", "m***@w*****.fr"]),
        ("full_name", "PERSON", "identity.name", 0.91, 188, 200, ["J*** D***", "M**** L*******"]),
        ("iban", "IBAN_CODE", "financial.bank_account", 0.98, 180, 200,
         ["FR76 **** **** **** **** ***0 189", "NL91 **** **** **43 00"]),
        ("phone", "PHONE_NUMBER", "contact.phone", 0.95, 170, 200, ["+33 6 ** ** ** 12"])],
    2: [("customer_email", "EMAIL_ADDRESS", "contact.email", 0.97, 150, 200, ["a***@e******.org"]),
        ("client_ip", "IP_ADDRESS", "online.ip_address", 0.96, 199, 200, ["192.0.*.*"]),
        ("card_number", "CREDIT_CARD", "financial.payment_card", 0.93, 120, 200,
         ["4*** **** **** 1111"])],
    3: [("body", "HEALTH_DATA", "special.health", 0.81, 23, 200, ["... d******* ...", "... a*****e ..."]),
        ("body", "PHONE_NUMBER", "contact.phone", 0.74, 31, 200, ["06 ** ** ** 78"]),
        ("author", "PERSON", "identity.name", 0.88, 190, 200, ["S***** B****"])],
    4: [("email", "EMAIL_ADDRESS", "contact.email", 0.99, 200, 200, ["p***@e******.be"])],
    7: [("email", "EMAIL_ADDRESS", "contact.email", 0.99, 48, 50, ["t***@e******.nl"]),
        ("bsn", "NL_BSN", "government_id.national_id", 0.97, 50, 50, ["*****1782"])],
    8: [(None, "PERSON", "identity.name", 0.86, 4, 4, ["J*** D***"]),
        (None, "FR_NIR", "government_id.national_id", 0.95, 1, 1, ["2 ** ** ** *** *** 42"])],
}

# retention anchors: asset_id -> (column, ISO 8601 retention, first day of data, every n days)
_ANCHORS = {1: ("relationship_ended_at", "P5Y", 8 * 365, 7),
            3: ("closed_at", "P2Y", 4 * 365, 5)}


@dataclass(frozen=True)
class SampleCatalog:
    """Where the sample catalog was written and the facts a test can check against."""

    path: Path
    today: date
    latest_scan: str
    cutoffs: dict[str, date]          # asset -> true retention cutoff
    over_retained_rows: dict[str, int]  # asset -> rows older than the cutoff


def _profile(asset_id: int, today: date) -> list[tuple[date, int]]:
    col, _, span, step = _ANCHORS[asset_id]
    start = today - timedelta(days=span)
    days = [start + timedelta(days=i) for i in range(0, span, step)]
    return [(d, 3 + (d.toordinal() * 7 + asset_id) % 11) for d in days]


# The reconciliation tables a real catalog also holds (catalog/reconcile.py), reduced to the
# columns the reports read: which binding anchors which column, with which retention.
_DECL_DDL = """
CREATE TABLE decl_subjects (policy VARCHAR, organisation VARCHAR, subject VARCHAR,
                            retention_iso VARCHAR, retention_years INTEGER,
                            retention_months INTEGER, retention_days INTEGER,
                            retention_from VARCHAR, retention_rule VARCHAR);
CREATE TABLE asset_subjects (asset_id INTEGER, source VARCHAR, asset VARCHAR, kind VARCHAR,
                             policy VARCHAR, subject VARCHAR, binding INTEGER, pattern VARCHAR,
                             retention_anchor VARCHAR);
CREATE TABLE reconcile_params (min_score DOUBLE, as_of DATE);
"""


def _declarations(con: duckdb.DuckDBPyConnection, today: date) -> None:
    """Customers kept P5Y, prospects P3Y (on the same column: the longer wins), tickets P2Y,
    orders as long as necessary (no cutoff)."""
    con.execute(_DECL_DDL)
    subjects = [("customer", "P5Y", "end_of_relationship", None),
                ("prospect", "P3Y", "last_contact", None),
                ("ticket_author", "P2Y", "end_of_relationship", None),
                ("buyer", None, None, "as_long_as_necessary")]
    rows = []
    for subject, iso, frm, rule in subjects:
        y, m, w, d = parse_duration(iso) if iso else (None, None, None, None)
        rows.append((POLICY, "Acme", subject, iso, y, m, (d + 7 * w) if iso else None, frm, rule))
    con.executemany("INSERT INTO decl_subjects VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    con.executemany("INSERT INTO asset_subjects VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
        (1, WAREHOUSE, "main.customers", "table", POLICY, "customer", 0, "main.customers",
         "relationship_ended_at"),
        (1, WAREHOUSE, "main.customers", "table", POLICY, "prospect", 1, "main.*",
         "Relationship_Ended_At"),
        (3, WAREHOUSE, "main.support_tickets", "table", POLICY, "ticket_author", 2,
         "main.support_tickets", "closed_at"),
        (2, WAREHOUSE, "main.orders", "table", POLICY, "buyer", 3, "main.orders", "ordered_at"),
    ])
    con.execute("INSERT INTO reconcile_params VALUES (0.5, ?)", [today])


def build_sample_catalog(path: str | Path, *, today: date | None = None,
                         declarations: bool = False) -> SampleCatalog:
    """Write the sample catalog to ``path`` (replacing any file there) and describe it.

    ``declarations`` adds the reconciliation tables a real catalog carries (retention periods
    and anchors), so the reports can compute exact cutoffs instead of inferring them.
    """
    today = today or date.today()
    p = Path(path)
    if p.exists():
        p.unlink()
    old, new = "scan-0001", "scan-0002"
    t_new = datetime.combine(today, time(6, 0))
    t_old = t_new - timedelta(days=30)
    con = duck.connect(p)
    try:
        con.execute(_DDL)
        con.executemany("INSERT INTO scans VALUES (?, ?, ?, ?)", [
            (old, t_old, t_old + timedelta(minutes=4), "finished"),
            (new, t_new, t_new + timedelta(minutes=5), "finished"),
        ])
        con.executemany("INSERT INTO assets VALUES (?, ?, ?, ?)",
                        [(a, s, n, k) for a, s, n, k, _, _ in _ASSETS])
        scans = []
        for a, _, _, kind, status, error in _ASSETS:
            sampled = 0 if status != "scanned" else (4 if kind == "document" else
                                                    50 if kind == "file" else 200)
            rows = None if status == "error" else (4 if kind == "document" else
                                                   50 if kind == "file" else 1000 * a + 250)
            rejected, lines = _REJECTED.get(a, (0, None))
            scans.append((new, a, status, error, sampled, rows, rejected, lines))
            if a in (1, 2):  # the older scan saw only two tables
                scans.append((old, a, "scanned", None, 200, 1000 * a, 0, None))
        con.executemany("INSERT INTO asset_scans VALUES (?, ?, ?, ?, ?, ?, ?, ?)", scans)

        findings = []
        by_id = {a: (s, n, k) for a, s, n, k, _, _ in _ASSETS}
        for a, rows in _FINDINGS.items():
            src, name, kind = by_id[a]
            for col, ent, cat, score, matched, sampled, ex in rows:
                ev = json.dumps({"match_rate": round(matched / sampled, 3), "sample_size": sampled,
                                 "method": "pattern+checksum" if ent not in ("PERSON", "HEALTH_DATA")
                                 else "ner"})
                findings.append((new, src, name, kind, col, ent, cat, score, matched, sampled, ex,
                                 ev, t_new))
                if a == 1:  # the older scan: lower scores, so "latest" visibly matters
                    findings.append((old, src, name, kind, col, ent, cat, round(score - 0.2, 2),
                                     matched // 2, sampled, ex[:1], ev, t_old))
        con.executemany("INSERT INTO catalog_findings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        findings)

        cutoffs, over = {}, {}
        profile = []
        for a, (col, retention, _, _) in _ANCHORS.items():
            cut = retention_cutoff(retention, today)
            days = _profile(a, today)
            cutoffs[by_id[a][1]] = cut
            over[by_id[a][1]] = sum(n for d, n in days if d < cut)
            profile += [(new, a, col, d, n) for d, n in days]
        # one statement for the ~700 profile rows (executemany goes row by row)
        import pyarrow as pa

        names = ("scan_id", "asset_id", "column_name", "day", "rows")
        con.register("profile_rows", pa.table({n: [r[i] for r in profile]
                                               for i, n in enumerate(names)}))
        con.execute("INSERT INTO anchor_profile SELECT * FROM profile_rows")
        con.unregister("profile_rows")

        v = [
            ("undeclared", WAREHOUSE, "main.customers", "iban", "IBAN_CODE", "financial.bank_account",
             "customer", POLICY, None,
             "IBAN in 180 of 200 sampled values; customer declares no financial.bank_account",
             "user.financial.bank_account"),
            ("undeclared", WAREHOUSE, "main.orders", "card_number", "CREDIT_CARD",
             "financial.payment_card", "customer", POLICY, None,
             "card numbers in 120 of 200 sampled values; customer declares no "
             "financial.payment_card", "user.financial.credit_card"),
            ("special_category", WAREHOUSE, "main.support_tickets", "body", "HEALTH_DATA",
             "special.health", "customer", POLICY, None,
             "health data in 23 of 200 sampled tickets; the policy says special.health is not "
             "processed", "user.health_and_medical"),
            ("undeclared", WAREHOUSE, "main.support_tickets", "body", "PHONE_NUMBER", "contact.phone",
             "customer", POLICY, None,
             "phone numbers in 31 of 200 sampled tickets; customer declares contact.phone only "
             "for main.customers", "user.contact.phone_number"),
            ("over_retained", WAREHOUSE, "main.customers", "relationship_ended_at", None, None,
             "customer", POLICY, over["main.customers"],
             f"{over['main.customers']} rows ended more than 5 years ago (P5Y from "
             "end_of_relationship)", None),
            ("over_retained", WAREHOUSE, "main.support_tickets", "closed_at", None, None,
             "customer", POLICY, over["main.support_tickets"],
             f"{over['main.support_tickets']} tickets closed more than 2 years ago (P2Y)", None),
            ("unbound", WAREHOUSE, "main.prospects", None, None, None, None, POLICY, None,
             "personal data found (contact.email) but no binding names a subject for this asset",
             None),
            ("undeclared", FIXTURES, "users.csv", "bsn", "NL_BSN", "government_id.national_id",
             "user", POLICY, None,
             "BSN in 50 of 50 sampled values; user declares no government_id.national_id",
             "user.government_id.national_identification_number"),
            ("undeclared", FIXTURES, "contracts/offer.txt", None, "FR_NIR",
             "government_id.national_id", "user", POLICY, None,
             "a NIR in the document; user declares no government_id.national_id",
             "user.government_id.national_identification_number"),
        ]
        con.executemany("INSERT INTO violations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", v)
        if declarations:
            _declarations(con, today)
    finally:
        con.close()
    return SampleCatalog(path=p, today=today, latest_scan=new, cutoffs=cutoffs,
                         over_retained_rows=over)


if __name__ == "__main__":  # python -m flows.outputs.sample_catalog [PATH]
    import sys

    built = build_sample_catalog(sys.argv[1] if len(sys.argv) > 1 else "sample.duckdb")
    print(f"wrote {built.path}")
