"""The record of processing activities (GDPR art. 30), built from a declaration and kept true by the scans.

The structure follows the CNIL's model register ("registre des activités de traitement", the
basic model the French supervisory authority publishes): a first page with the controller's and
the DPO's contact details and the list of activities, then one record ("fiche") per activity with
its purpose, legal basis, categories of data subjects and of personal data, recipients, transfers
outside the EU (recipient, country, safeguards), retention and security measures. ropa's
activity is a declared purpose of one subject.

What a paper register cannot say, the catalog adds to every activity: the assets that hold its
categories for that subject (last scan, row count), the categories found in those assets that the
declaration does not state, the declared categories no scan ever found (a stale declaration), and
the open violations. Those come from the reconciliation views of ``catalog/reconcile.py``
(``asset_subjects``, ``finding_checks``, ``undeclared``, ``special_category``, ``violations``),
read through a read-only connection: no SQL here repeats their logic, it only selects from them.
The declared side comes from the YAML file itself, so the register shows the declaration as it is
now, and the scan side the catalog as of its last ``ropa check``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb

from catalog import taxonomy
from catalog.declarations import Declaration, Transfer

LEGAL_BASIS_LABELS = {
    "consent": "Consent (art. 6(1)(a))",
    "contract": "Contract (art. 6(1)(b))",
    "legal_obligation": "Legal obligation (art. 6(1)(c))",
    "vital_interests": "Vital interests (art. 6(1)(d))",
    "public_task": "Public task (art. 6(1)(e))",
    "legitimate_interests": "Legitimate interests (art. 6(1)(f))",
}
SAFEGUARD_LABELS = {
    "adequacy_decision": "adequacy decision (art. 45)",
    "standard_contractual_clauses": "standard contractual clauses (art. 46)",
    "binding_corporate_rules": "binding corporate rules (art. 47)",
    "code_of_conduct": "code of conduct (art. 46)",
    "certification": "certification (art. 46)",
    "derogation": "derogation (art. 49)",
    "unspecified": "safeguard not stated",
}
RETENTION_FROM = {
    "end_of_relationship": "from the end of the relationship",
    "last_contact": "from the last contact",
    "collection": "from collection",
    "end_of_fiscal_year": "from the end of the fiscal year",
}


@dataclass(frozen=True)
class AssetEvidence:
    """One asset bound to a subject, as its current scan saw it."""

    source: str
    asset: str
    categories: tuple[str, ...]
    last_scan: datetime | None
    rows: int | None

    def text(self) -> str:
        scanned = self.last_scan.date().isoformat() if self.last_scan else "never scanned"
        rows = f"{self.rows:,} rows" if self.rows is not None else "rows not counted"
        return f"{self.asset} ({', '.join(self.categories)}; scanned {scanned}; {rows})"


@dataclass(frozen=True)
class Violation:
    kind: str
    asset: str
    column: str | None
    category: str | None
    detail: str

    def text(self) -> str:
        return f"{self.kind}: {self.asset}: {self.detail}"


@dataclass
class Activity:
    """One record of the register: a declared purpose of one subject, and what the scans show."""

    ref: str
    subject: str
    subject_label: str
    purpose: str
    legal_basis: str
    categories: list[str]
    special: list[str]
    recipients: list[str]
    transfers: list[str]
    retention: str
    security: list[str]
    scanned: bool = False
    assets: list[AssetEvidence] = field(default_factory=list)
    found_undeclared: list[str] = field(default_factory=list)
    never_found: list[str] = field(default_factory=list)
    violations: list[Violation] = field(default_factory=list)

    @property
    def last_scan(self) -> datetime | None:
        days = [a.last_scan for a in self.assets if a.last_scan]
        return max(days) if days else None

    @property
    def rows(self) -> int | None:
        counted = [a.rows for a in self.assets if a.rows is not None]
        return sum(counted) if counted else None


@dataclass
class Register:
    """The whole record of one controller."""

    policy: str
    organisation: str
    jurisdiction: str
    controller: dict[str, str | None]
    dpo: dict[str, str | None] | None
    document: str | None
    updated: date | None
    generated: date
    catalog: str | None
    scan_note: str
    activities: list[Activity]

    def subjects(self) -> list[str]:
        return list(dict.fromkeys(a.subject for a in self.activities))


# --------------------------------------------------------------------------------------------
# Declared side


def _retention_text(decl: Declaration, subject: str) -> str:
    r = decl.subjects[subject].retention
    if r.rule:
        text = "as long as necessary (no period stated)"
    elif r.duration.is_zero:  # P0D from end_of_relationship (FORMAT.md)
        text = "only while the relationship lasts (deleted at its end)"
    else:
        text = f"{_duration_words(r.duration.years, r.duration.months, r.duration.days)} " \
               f"{RETENTION_FROM.get(r.from_ or '', r.from_ or '')}"
    return text


def _duration_words(years: int, months: int, days: int) -> str:
    parts = [f"{n} {unit}{'s' if n != 1 else ''}" for n, unit in
             ((years, "year"), (months, "month"), (days, "day")) if n]
    return " ".join(parts)


def _transfer_text(t: Transfer) -> str:
    countries = ", ".join(t.countries) if t.countries else "countries not stated"
    safeguards = "; ".join(SAFEGUARD_LABELS[s] for s in t.safeguards)
    return f"{t.recipient} ({countries}; {safeguards})"


def _contact(c: Any) -> dict[str, str | None]:
    return {"name": c.name, "address": c.address, "email": c.email, "phone": c.phone}


def declared_activities(decl: Declaration) -> list[Activity]:
    """One activity per declared purpose, in the order of the file."""
    out: list[Activity] = []
    security = list(decl.security)
    n = 0
    for sid, s in decl.subjects.items():
        for p in s.purposes:
            n += 1
            cats = list(p.categories) if p.categories is not None else list(s.categories)
            out.append(Activity(
                ref=f"{decl.policy.upper()}-{n:02d}",
                subject=sid,
                subject_label=s.label or sid,
                purpose=p.name,
                legal_basis=p.legal_basis,
                categories=cats,
                special=[c for c in cats if taxonomy.is_special(c)],
                recipients=list(s.recipients),
                transfers=[_transfer_text(t) for t in decl.transfers_of(sid)],
                retention=_retention_text(decl, sid),
                security=security,
            ))
    return out


# --------------------------------------------------------------------------------------------
# Scan side: selects from the reconciliation views only


def _bound_assets(con: duckdb.DuckDBPyConnection, policy: str, subject: str) -> list[AssetEvidence]:
    rows = con.execute(
        """
        SELECT b.source, b.asset, c.scanned_at, c.row_count,
               coalesce((SELECT list(DISTINCT f.category ORDER BY f.category) FROM finding_checks f
                         WHERE f.asset_id = b.asset_id
                           AND list_contains(f.bound_to, ? || '/' || ?)), []) AS categories
        FROM (SELECT DISTINCT asset_id, source, asset FROM asset_subjects
              WHERE policy = ? AND subject = ?) b
        LEFT JOIN current_asset_scans c ON c.asset_id = b.asset_id
        ORDER BY b.asset, b.source
        """,
        [policy, subject, policy, subject],
    ).fetchall()
    return [AssetEvidence(source=r[0], asset=r[1], last_scan=r[2], rows=r[3],
                          categories=tuple(r[4] or ())) for r in rows]


def _undeclared(con: duckdb.DuckDBPyConnection, policy: str, subject: str) -> list[str]:
    """Categories found in the subject's assets that no bound subject declares (the
    ``undeclared`` view) or a special category no bound subject declares (``special_category``)."""
    rows = con.execute(
        """
        WITH mine AS (SELECT DISTINCT asset_id FROM asset_subjects WHERE policy = ? AND subject = ?)
        SELECT DISTINCT category FROM undeclared WHERE asset_id IN (SELECT asset_id FROM mine)
        UNION
        SELECT DISTINCT category FROM special_category
        WHERE reason = 'special' AND asset_id IN (SELECT asset_id FROM mine)
        ORDER BY 1
        """,
        [policy, subject],
    ).fetchall()
    return [r[0] for r in rows if r[0]]


def _violations(con: duckdb.DuckDBPyConnection, policy: str, subject: str) -> list[Violation]:
    rows = con.execute(
        """
        SELECT v.kind, v.asset, v.column_name, v.category, v.detail
        FROM violations v
        WHERE EXISTS (SELECT 1 FROM asset_subjects s
                      WHERE s.policy = ? AND s.subject = ?
                        AND s.source = v.source AND s.asset = v.asset)
        ORDER BY v.kind, v.asset, v.column_name NULLS FIRST
        """,
        [policy, subject],
    ).fetchall()
    return [Violation(*r) for r in rows]


def _policy_in_catalog(con: duckdb.DuckDBPyConnection, policy: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM decl_policies WHERE policy = ?", [policy]).fetchone()[0])


def enrich(con: duckdb.DuckDBPyConnection, policy: str, activities: list[Activity]) -> None:
    """Fill the scan columns of ``activities`` from the catalog's reconciliation views."""
    cache: dict[str, tuple[list[AssetEvidence], list[str], list[Violation]]] = {}
    for a in activities:
        if a.subject not in cache:
            cache[a.subject] = (_bound_assets(con, policy, a.subject),
                                _undeclared(con, policy, a.subject),
                                _violations(con, policy, a.subject))
        assets, undeclared, violations = cache[a.subject]
        a.scanned = True
        mine = set(a.categories)
        a.assets = [
            AssetEvidence(e.source, e.asset,
                          tuple(c for c in e.categories if any(taxonomy.covers(d, c) for d in mine)),
                          e.last_scan, e.rows)
            for e in assets
        ]
        a.assets = [e for e in a.assets if e.categories]
        found = {c for e in assets for c in e.categories}
        a.never_found = [d for d in a.categories if not any(taxonomy.covers(d, f) for f in found)]
        a.found_undeclared = list(undeclared)
        # A violation about a category belongs to the activities processing that category;
        # asset-wide ones (over-retention, unbound) and undeclared data to every activity.
        a.violations = [
            v for v in violations
            if v.category is None or v.kind == "undeclared"
            or any(taxonomy.covers(d, v.category) for d in mine)
        ]


# --------------------------------------------------------------------------------------------


def build_register(
    decl: Declaration,
    catalog: Path | None,
    *,
    today: date | None = None,
) -> Register:
    """The register of ``decl``, enriched from ``catalog`` when it holds a check of that policy."""
    from flows.outputs.views import open_catalog

    activities = declared_activities(decl)
    note = "no catalog given: the scan columns are empty"
    shown = None
    if catalog is not None:
        shown = str(catalog)
        if not Path(catalog).exists():
            note = f"no catalog at {catalog}: the scan columns are empty"
        else:
            con = open_catalog(catalog)
            try:
                if _policy_in_catalog(con, decl.policy):
                    enrich(con, decl.policy, activities)
                    note = (f"scan columns from {catalog}, as of the last `ropa check` against "
                            f"policy '{decl.policy}'")
                else:
                    note = (f"the catalog {catalog} holds no check against policy '{decl.policy}': "
                            f"run `ropa check SOURCE --policy {decl.path or decl.policy} "
                            f"--catalog {catalog}` to fill the scan columns")
            finally:
                con.close()
    return Register(
        policy=decl.policy,
        organisation=decl.organisation,
        jurisdiction=decl.jurisdiction,
        controller=_contact(decl.controller) if decl.controller else {"name": decl.organisation,
                                                                      "address": None,
                                                                      "email": None,
                                                                      "phone": None},
        dpo=_contact(decl.dpo) if decl.dpo else None,
        document=decl.source.document if decl.source else None,
        updated=decl.source.updated if decl.source else None,
        generated=today or date.today(),
        catalog=shown,
        scan_note=note,
        activities=activities,
    )
