"""Reconciliation: what the policies declare against what the scans found, as DuckDB views.

The gap is computed in SQL, inside the catalog, so that a notebook, the CLI and a report all read
the same answer from the same views, and a privacy person can ask their own question in SQL.

Inputs (written by the catalog core, ``catalog/store.py``)::

    scans(scan_id, started_at, finished_at, status, ...)
    assets(asset_id, source, asset, kind)                 asset = 'schema.table' or a file path
    asset_scans(scan_id, asset_id, status, error, rows_sampled, row_count, fingerprint)
    findings(scan_id, asset_id, column_name, entity, category, score, matched, sampled,
             evidence, examples, hashes)
    anchor_profile(scan_id, asset_id, column_name, day, rows)   per-day counts of anchor columns

Tables written here: ``taxonomy`` (rewritten from ``catalog/taxonomy.py`` on every install),
``reconcile_settings`` (``min_score``, default 0.5; ``as_of``, default today) and the ``decl_*``
tables (rewritten by :func:`load` from the declarations).

Views, in dependency order::

    reconcile_params     the min_score and as_of in force
    current_asset_scans  each asset's latest scan that scanned or skipped it (catalog core's;
                         created here only when absent)
    current_findings     findings of that scan, with source/asset/kind (likewise)
    counted_findings     current findings with score >= min_score
    asset_subjects       asset x binding, asset name matched by the binding's glob, ignoring case
    finding_checks       each counted finding with the subjects bound to its asset, and which of
                         them declare, mask or disclaim its category / entity
    undeclared           a finding in a bound asset whose category no bound subject declares
    special_category     special-category data no bound subject declares, an entity a subject
                         keeps masked found in clear, a category a subject says is not processed
    over_retained        rows whose retention anchor date is past every bound subject's period
    unbound              personal data in an asset that no binding names (one row per asset)
    violations           the four above, in one shape
    unmatched_bindings   bindings whose glob names no asset (a likely typo; not a violation)

Each counted finding lands in at most one of undeclared / special_category (the stronger claim
wins: not_processed, then masked_in_clear, then special); unbound is per asset and overlaps with
special_category only for special-category data. Special-category data that a bound subject
declares is not a violation (the declaration is where its art. 9 condition is reviewed).
``rows`` is the asset's row count at its current scan for the finding kinds, and the number of
rows past retention for over_retained. The ``detail`` sentences name columns, entities,
categories and counts, never a data value.

Errors::

    ReconcileError (RuntimeError)   the catalog core tables are missing (terminal: migrate first)
"""

from __future__ import annotations

from datetime import date
from typing import Any, Iterable

import duckdb

from catalog import taxonomy
from catalog.declarations import Declaration, to_rows

DEFAULT_MIN_SCORE = 0.5
CORE_TABLES = ("scans", "assets", "asset_scans", "findings", "anchor_profile")


class ReconcileError(RuntimeError):
    """The catalog is not in a state the reconciliation can be installed in."""


# Column order of the declaration tables; ``declarations.to_rows`` produces the same names.
DECL_COLUMNS: dict[str, tuple[str, ...]] = {
    "decl_policies": (
        "policy", "organisation", "jurisdiction", "language", "path", "document", "updated",
        "notes",
    ),
    "decl_subjects": (
        "policy", "organisation", "subject", "label", "retention_iso", "retention_years",
        "retention_months", "retention_days", "retention_from", "retention_rule",
        "retention_note", "recipients", "vague",
    ),
    "decl_purposes": ("policy", "subject", "ordinal", "purpose", "legal_basis", "categories"),
    "decl_categories": ("policy", "subject", "category"),
    "decl_masked": ("policy", "subject", "entity"),
    "decl_not_processed": ("policy", "subject", "category"),
    "decl_bindings": ("policy", "ordinal", "pattern", "subject", "retention_anchor"),
}

TABLES = (
    """
    CREATE TABLE IF NOT EXISTS taxonomy (
        key        VARCHAR PRIMARY KEY,
        parent     VARCHAR,
        label      VARCHAR NOT NULL,
        fideslang  VARCHAR NOT NULL,
        special    BOOLEAN NOT NULL
    )""",
    """
    CREATE TABLE IF NOT EXISTS reconcile_settings (
        min_score  DOUBLE NOT NULL CHECK (min_score BETWEEN 0 AND 1),
        as_of      DATE            -- NULL: current_date
    )""",
    """
    CREATE TABLE IF NOT EXISTS decl_policies (
        policy        VARCHAR PRIMARY KEY,
        organisation  VARCHAR NOT NULL,
        jurisdiction  VARCHAR NOT NULL,
        language      VARCHAR NOT NULL,
        path          VARCHAR,
        document      VARCHAR,
        updated       DATE,
        notes         VARCHAR
    )""",
    """
    CREATE TABLE IF NOT EXISTS decl_subjects (
        policy            VARCHAR NOT NULL,
        organisation      VARCHAR NOT NULL,
        subject           VARCHAR NOT NULL,
        label             VARCHAR,
        retention_iso     VARCHAR,    -- 'P5Y'; NULL when retention_rule is set
        retention_years   INTEGER,
        retention_months  INTEGER,
        retention_days    INTEGER,
        retention_from    VARCHAR,    -- end_of_relationship | last_contact | collection |
                                      -- end_of_fiscal_year
        retention_rule    VARCHAR,    -- as_long_as_necessary
        retention_note    VARCHAR,
        recipients        VARCHAR[],
        vague             VARCHAR,
        PRIMARY KEY (policy, subject)
    )""",
    """
    CREATE TABLE IF NOT EXISTS decl_purposes (
        policy       VARCHAR NOT NULL,
        subject      VARCHAR NOT NULL,
        ordinal      INTEGER NOT NULL,
        purpose      VARCHAR NOT NULL,
        legal_basis  VARCHAR NOT NULL,
        categories   VARCHAR[],       -- NULL: all of the subject's categories
        PRIMARY KEY (policy, subject, ordinal)
    )""",
    """
    CREATE TABLE IF NOT EXISTS decl_categories (
        policy    VARCHAR NOT NULL,
        subject   VARCHAR NOT NULL,
        category  VARCHAR NOT NULL,
        PRIMARY KEY (policy, subject, category)
    )""",
    """
    CREATE TABLE IF NOT EXISTS decl_masked (
        policy   VARCHAR NOT NULL,
        subject  VARCHAR NOT NULL,
        entity   VARCHAR NOT NULL,
        PRIMARY KEY (policy, subject, entity)
    )""",
    """
    CREATE TABLE IF NOT EXISTS decl_not_processed (
        policy    VARCHAR NOT NULL,
        subject   VARCHAR NOT NULL,
        category  VARCHAR NOT NULL,
        PRIMARY KEY (policy, subject, category)
    )""",
    """
    CREATE TABLE IF NOT EXISTS decl_scopes (
        policy  VARCHAR NOT NULL,     -- a policy with scope rows binds only these sources' assets;
        source  VARCHAR NOT NULL,     -- one without binds every source's (tests, single-org use)
        PRIMARY KEY (policy, source)
    )""",
    """
    CREATE TABLE IF NOT EXISTS decl_bindings (
        policy            VARCHAR NOT NULL,
        ordinal           INTEGER NOT NULL,
        pattern           VARCHAR NOT NULL,
        subject           VARCHAR NOT NULL,
        retention_anchor  VARCHAR,
        PRIMARY KEY (policy, ordinal)
    )""",
)

MACROS = (
    # The parent-covers-child rule of catalog/taxonomy.covers, in SQL (a test checks both agree).
    """
    CREATE OR REPLACE MACRO ropa_covers(declared, found) AS
        found = declared OR starts_with(found, declared || '.')""",
    """
    CREATE OR REPLACE MACRO ropa_where(column_name) AS
        CASE WHEN column_name IS NULL THEN 'the document' ELSE 'column ' || column_name END""",
    """
    CREATE OR REPLACE MACRO ropa_join(xs) AS array_to_string(list_sort(list_distinct(xs)), ', ')""",
)

VIEWS = (
    """
    CREATE OR REPLACE VIEW reconcile_params AS
    SELECT coalesce(max(min_score), {default_min_score}) AS min_score,
           coalesce(max(as_of), current_date)            AS as_of
    FROM reconcile_settings""",
    # The catalog core owns these two views; they are defined here only when absent (tests, or a
    # catalog core that predates them), with the same meaning: an asset's current scan is the
    # latest that scanned it or skipped it unchanged (a skip carries the findings forward).
    """
    CREATE VIEW IF NOT EXISTS current_asset_scans AS
    SELECT a.*, t.source, t.asset, t.kind
    FROM asset_scans a
    JOIN scans s ON s.scan_id = a.scan_id
    JOIN assets t ON t.asset_id = a.asset_id
    WHERE a.status IN ('scanned', 'skipped')
    QUALIFY row_number() OVER (
        PARTITION BY a.asset_id ORDER BY s.started_at DESC NULLS LAST, a.scan_id DESC) = 1""",
    """
    CREATE VIEW IF NOT EXISTS current_findings AS
    SELECT f.*, c.source, c.asset, c.kind
    FROM findings f JOIN current_asset_scans c USING (scan_id, asset_id)""",
    """
    CREATE OR REPLACE VIEW counted_findings AS
    SELECT f.*
    FROM current_findings f, reconcile_params p
    WHERE f.score >= p.min_score""",
    """
    CREATE OR REPLACE VIEW asset_subjects AS
    SELECT a.asset_id, a.source, a.asset, a.kind,
           b.policy, b.subject, b.ordinal AS binding, b.pattern, b.retention_anchor
    FROM assets a
    JOIN decl_bindings b ON lower(a.asset) GLOB lower(b.pattern)
    WHERE NOT EXISTS (SELECT 1 FROM decl_scopes x WHERE x.policy = b.policy)
       OR EXISTS (SELECT 1 FROM decl_scopes x WHERE x.policy = b.policy AND x.source = a.source)""",
    """
    CREATE OR REPLACE VIEW finding_checks AS
    WITH declared AS (      -- per bound subject: what it declares, masks and disclaims
        SELECT s.asset_id, s.policy, s.subject, s.policy || '/' || s.subject AS bound,
               coalesce(c.categories, []) AS categories,
               coalesce(m.entities, []) AS masked,
               coalesce(n.categories, []) AS not_processed
        FROM (SELECT DISTINCT asset_id, policy, subject FROM asset_subjects) s
        LEFT JOIN (SELECT policy, subject, list(category) AS categories
                   FROM decl_categories GROUP BY policy, subject) c
               ON c.policy = s.policy AND c.subject = s.subject
        LEFT JOIN (SELECT policy, subject, list(entity) AS entities
                   FROM decl_masked GROUP BY policy, subject) m
               ON m.policy = s.policy AND m.subject = s.subject
        LEFT JOIN (SELECT policy, subject, list(category) AS categories
                   FROM decl_not_processed GROUP BY policy, subject) n
               ON n.policy = s.policy AND n.subject = s.subject
    ),
    judged AS (             -- one row per (finding, bound subject); one per finding if unbound
        SELECT f.scan_id, f.asset_id, f.source, f.asset, f.kind, f.column_name, f.entity,
               f.category, f.score, f.matched, f.sampled, d.policy, d.subject, d.bound,
               list_bool_or([ropa_covers(x, f.category) FOR x IN d.categories]) AS declares,
               list_contains(d.masked, f.entity) AS masks,
               list_bool_or([ropa_covers(x, f.category) FOR x IN d.not_processed]) AS disclaims
        FROM counted_findings f
        LEFT JOIN declared d ON d.asset_id = f.asset_id
    )
    SELECT j.scan_id, j.asset_id, j.source, j.asset, j.kind, j.column_name, j.entity, j.category,
           j.score, j.matched, j.sampled,
           any_value(t.fideslang) AS fideslang,
           coalesce(any_value(t.special), starts_with(j.category, 'special.'), false) AS special,
           any_value(l.row_count) AS row_count,
           coalesce(list(DISTINCT j.policy) FILTER (WHERE j.bound IS NOT NULL), []) AS policies,
           coalesce(list(DISTINCT j.subject) FILTER (WHERE j.bound IS NOT NULL), []) AS subjects,
           coalesce(list(DISTINCT j.bound) FILTER (WHERE j.bound IS NOT NULL), []) AS bound_to,
           coalesce(list(DISTINCT j.bound) FILTER (WHERE j.declares), []) AS declared_by,
           coalesce(list(DISTINCT j.bound) FILTER (WHERE j.masks), []) AS masked_by,
           coalesce(list(DISTINCT j.bound) FILTER (WHERE j.disclaims), []) AS not_processed_by
    FROM judged j
    LEFT JOIN taxonomy t ON t.key = j.category
    LEFT JOIN current_asset_scans l ON l.scan_id = j.scan_id AND l.asset_id = j.asset_id
    GROUP BY j.scan_id, j.asset_id, j.source, j.asset, j.kind, j.column_name, j.entity,
             j.category, j.score, j.matched, j.sampled""",
    """
    CREATE OR REPLACE VIEW undeclared AS
    SELECT asset_id, source, asset, column_name, entity, category, score, matched, sampled,
           ropa_join(subjects) AS subject,
           ropa_join(policies) AS policy,
           row_count AS "rows",
           format('{{}} holds {{}} ({{}}; {{}} of {{}} sampled values, score {{:.2f}}), which no '
                  'subject bound to this asset declares (bound: {{}})',
                  ropa_where(column_name), entity, coalesce(category, 'no category'),
                  matched, sampled, score, ropa_join(bound_to)) AS detail,
           fideslang
    FROM finding_checks
    WHERE len(bound_to) > 0 AND NOT special AND len(declared_by) = 0
      AND len(masked_by) = 0 AND len(not_processed_by) = 0""",
    """
    CREATE OR REPLACE VIEW special_category AS
    WITH judged AS (
        SELECT *,
               CASE WHEN len(not_processed_by) > 0 THEN 'not_processed'
                    WHEN len(masked_by) > 0 THEN 'masked_in_clear'
                    WHEN special AND len(declared_by) = 0 THEN 'special'
               END AS reason
        FROM finding_checks
    )
    SELECT asset_id, source, asset, column_name, entity, category, score, matched, sampled,
           reason,
           CASE reason WHEN 'not_processed' THEN ropa_join(
                           [split_part(x, '/', 2) FOR x IN not_processed_by])
                       WHEN 'masked_in_clear' THEN ropa_join(
                           [split_part(x, '/', 2) FOR x IN masked_by])
                       ELSE nullif(ropa_join(subjects), '') END AS subject,
           CASE reason WHEN 'not_processed' THEN ropa_join(
                           [split_part(x, '/', 1) FOR x IN not_processed_by])
                       WHEN 'masked_in_clear' THEN ropa_join(
                           [split_part(x, '/', 1) FOR x IN masked_by])
                       ELSE nullif(ropa_join(policies), '') END AS policy,
           row_count AS "rows",
           CASE
             WHEN reason = 'not_processed' THEN format(
                 '{{}} holds {{}} ({{}}; {{}} of {{}} sampled values, score {{:.2f}}), which {{}} '
                 'says is not processed', ropa_where(column_name), entity, category, matched,
                 sampled, score, ropa_join(not_processed_by))
             WHEN reason = 'masked_in_clear' THEN format(
                 '{{}} holds {{}} in clear ({{}} of {{}} sampled values, score {{:.2f}}), which {{}} '
                 'says is kept masked', ropa_where(column_name), entity, matched, sampled, score,
                 ropa_join(masked_by))
             WHEN len(bound_to) > 0 THEN format(
                 '{{}} holds {{}} ({{}}, a special category under GDPR art. 9; {{}} of {{}} sampled '
                 'values, score {{:.2f}}), which no subject bound to this asset declares '
                 '(bound: {{}})', ropa_where(column_name), entity, category, matched, sampled,
                 score, ropa_join(bound_to))
             ELSE format(
                 '{{}} holds {{}} ({{}}, a special category under GDPR art. 9; {{}} of {{}} sampled '
                 'values, score {{:.2f}}) in an asset no binding names', ropa_where(column_name),
                 entity, category, matched, sampled, score)
           END AS detail,
           fideslang
    FROM judged
    WHERE reason IS NOT NULL""",
    # A table may hold several subjects (customers and prospects), and the rows cannot be told
    # apart: a row is over-retained only when it is past the period of every binding that anchors
    # on the same column, and never when one of them keeps data as long as necessary.
    """
    CREATE OR REPLACE VIEW over_retained AS
    WITH anchored AS (
        SELECT s.asset_id, s.source, s.asset, lower(s.retention_anchor) AS anchor_key,
               s.policy, s.subject, d.retention_years, d.retention_months, d.retention_days,
               d.retention_from, d.retention_rule,
               s.policy || '/' || s.subject || ': ' || coalesce(d.retention_iso || ' from '
                   || d.retention_from, d.retention_rule) AS retention
        FROM asset_subjects s
        JOIN decl_subjects d ON d.policy = s.policy AND d.subject = s.subject
        WHERE s.retention_anchor IS NOT NULL
    ),
    anchors AS (
        SELECT asset_id, any_value(source) AS source, any_value(asset) AS asset, anchor_key,
               bool_or(retention_years IS NULL) AS open_ended,
               list(DISTINCT policy) AS policies, list(DISTINCT subject) AS subjects,
               list(DISTINCT retention) AS retentions
        FROM anchored
        GROUP BY asset_id, anchor_key
    ),
    profile AS (
        SELECT p.asset_id, p.column_name, lower(p.column_name) AS anchor_key, p.day, p."rows"
        FROM anchor_profile p
        JOIN current_asset_scans l ON l.scan_id = p.scan_id AND l.asset_id = p.asset_id
        WHERE p.day IS NOT NULL
    ),
    expiry AS (
        SELECT p.asset_id, p.anchor_key, p.column_name, p.day, any_value(p."rows") AS "rows",
               max(CAST(CASE WHEN a.retention_from = 'end_of_fiscal_year'
                             THEN make_date(year(p.day), 12, 31) ELSE p.day END
                        + to_years(a.retention_years) + to_months(a.retention_months)
                        + to_days(a.retention_days) AS DATE)) AS expires
        FROM profile p
        JOIN anchored a ON a.asset_id = p.asset_id AND a.anchor_key = p.anchor_key
        GROUP BY p.asset_id, p.anchor_key, p.column_name, p.day
    )
    SELECT n.asset_id, n.source, n.asset, e.column_name,
           ropa_join(n.policies) AS policy, ropa_join(n.subjects) AS subject,
           ropa_join(n.retentions) AS retention,
           sum(e."rows")::BIGINT AS "rows", min(e.day) AS oldest, min(e.expires) AS expired_since,
           format('{{}} rows have {{}} past the retention period ({{}})', sum(e."rows")::BIGINT,
                  e.column_name, ropa_join(n.retentions)) AS detail
    FROM expiry e
    JOIN anchors n ON n.asset_id = e.asset_id AND n.anchor_key = e.anchor_key
    CROSS JOIN reconcile_params r
    WHERE NOT n.open_ended AND e.expires < r.as_of
    GROUP BY n.asset_id, n.source, n.asset, e.column_name, n.policies, n.subjects, n.retentions""",
    """
    CREATE OR REPLACE VIEW unbound AS
    SELECT asset_id, any_value(source) AS source, any_value(asset) AS asset,
           list_sort(list(DISTINCT entity)) AS entities,
           list_sort(list(DISTINCT category) FILTER (WHERE category IS NOT NULL)) AS categories,
           list_sort(list(DISTINCT fideslang) FILTER (WHERE fideslang IS NOT NULL)) AS fideslang,
           count(*) AS findings,
           max(row_count) AS "rows",
           format('personal data ({{}}) in an asset no binding names; bind it to the subject it '
                  'belongs to, in that subject''s policy', ropa_join(list(category))) AS detail
    FROM finding_checks
    WHERE len(bound_to) = 0
      -- judged only where some policy applies: an unscoped one, or one scoped to this source
      AND (EXISTS (SELECT 1 FROM decl_policies p
                   WHERE NOT EXISTS (SELECT 1 FROM decl_scopes x WHERE x.policy = p.policy))
           OR source IN (SELECT source FROM decl_scopes))
    GROUP BY asset_id""",
    # Not a violation, a likely typo: a binding whose glob names no asset of the catalog.
    """
    CREATE OR REPLACE VIEW unmatched_bindings AS
    SELECT b.policy, b.ordinal AS binding, b.pattern, b.subject
    FROM decl_bindings b
    WHERE NOT EXISTS (SELECT 1 FROM assets a WHERE lower(a.asset) GLOB lower(b.pattern))""",
    """
    CREATE OR REPLACE VIEW violations AS
    SELECT 'undeclared' AS kind, source, asset, column_name, entity, category, subject, policy,
           "rows", detail, fideslang
    FROM undeclared
    UNION ALL
    SELECT 'special_category', source, asset, column_name, entity, category, subject, policy,
           "rows", detail, fideslang
    FROM special_category
    UNION ALL
    SELECT 'over_retained', source, asset, column_name, NULL, NULL, subject, policy,
           "rows", detail, NULL
    FROM over_retained
    UNION ALL
    SELECT 'unbound', source, asset, NULL, array_to_string(entities, ', '),
           array_to_string(categories, ', '), NULL, NULL, "rows", detail,
           array_to_string(fideslang, ', ')
    FROM unbound""",
)

VIOLATION_COLUMNS = (
    "kind", "source", "asset", "column_name", "entity", "category", "subject", "policy", "rows",
    "detail", "fideslang",
)


def install(con: duckdb.DuckDBPyConnection) -> None:
    """Create the declaration tables and the reconciliation views (idempotent).

    Needs the catalog core tables (:data:`CORE_TABLES`): DuckDB binds a view when it is created.
    Opens no transaction of its own, so that the catalog core can run it inside its migration
    transaction (DuckDB has no nested transactions, and a refused BEGIN aborts the open one).
    The ``taxonomy`` table is rewritten from ``catalog/taxonomy.py`` so that SQL and Python agree.
    """
    present = {
        row[0]
        for row in con.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema()"
        ).fetchall()
    }
    missing = [t for t in CORE_TABLES if t not in present]
    if missing:
        raise ReconcileError(
            f"the catalog has no {', '.join(missing)} table(s); the catalog core (catalog/store.py) "
            "creates them: open the catalog through it before installing the reconciliation"
        )
    _drop_stale_declaration_tables(con)
    for statement in TABLES + MACROS:
        con.execute(statement)
    for statement in VIEWS:
        con.execute(statement.format(default_min_score=float(DEFAULT_MIN_SCORE)))
    con.execute("DELETE FROM taxonomy")
    con.executemany("INSERT INTO taxonomy VALUES (?, ?, ?, ?, ?)", taxonomy.rows())
    if con.execute("SELECT count(*) FROM reconcile_settings").fetchone()[0] == 0:
        con.execute("INSERT INTO reconcile_settings VALUES (?, NULL)", [DEFAULT_MIN_SCORE])


def _drop_stale_declaration_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Declaration rows are derived data, rewritten from the YAML files by every :func:`load`;
    a ``decl_*`` table written by another ropa version is dropped and recreated rather than
    migrated (the next load fills it again)."""
    for table, columns in DECL_COLUMNS.items():
        found = tuple(
            name
            for (name,) in con.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position",
                [table],
            ).fetchall()
        )
        if found and found != columns:
            con.execute(f"DROP TABLE {table}")  # this module's constant, not a name from the wild


def load(
    con: duckdb.DuckDBPyConnection,
    declarations: Iterable[Declaration],
    sources: Iterable[str] | None = None,
) -> None:
    """Load ``declarations`` in one transaction of its own (which also runs :func:`install`): a
    reader sees the old set of policies or the new one, never half of each. Call it with no
    transaction open on ``con``.

    Without ``sources`` every declaration row is replaced and the policies apply to every asset.
    With ``sources`` (what ``ropa check SOURCE --policy P`` does) only the rows of the policies
    given are replaced, and they bind only those sources' assets: one catalog can then hold the
    warehouses of several organisations, each judged by its own policy.
    """
    declarations = list(declarations)
    rows = to_rows(declarations)
    scoped = sources is not None
    policies = sorted({r["policy"] for r in rows["decl_policies"]})
    con.execute("BEGIN TRANSACTION")
    try:
        install(con)
        if scoped:
            con.execute("DELETE FROM decl_scopes WHERE list_contains(?, policy)", [policies])
            con.executemany("INSERT OR IGNORE INTO decl_scopes VALUES (?, ?)",
                            [[p, s] for p in policies for s in sorted(set(sources or ()))])
        else:
            con.execute("DELETE FROM decl_scopes")
        for table, columns in DECL_COLUMNS.items():
            # table names are this module's constants
            if scoped:
                con.execute(f"DELETE FROM {table} WHERE list_contains(?, policy)", [policies])
            else:
                con.execute(f"DELETE FROM {table}")
            records = [[record[c] for c in columns] for record in rows[table]]
            if records:
                con.executemany(
                    f"INSERT INTO {table} ({', '.join(columns)}) "
                    f"VALUES ({', '.join('?' for _ in columns)})",
                    records,
                )
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def set_min_score(con: duckdb.DuckDBPyConnection, min_score: float) -> None:
    """Count only findings scored at least ``min_score`` (0..1; default 0.5)."""
    if not 0.0 <= min_score <= 1.0:
        raise ValueError(f"min_score must lie in [0, 1], got {min_score}")
    con.execute("UPDATE reconcile_settings SET min_score = ?", [min_score])


def set_as_of(con: duckdb.DuckDBPyConnection, as_of: date | None) -> None:
    """Judge retention as of ``as_of`` (None: today). Lets a test, or a privacy team asking
    "what will be over-retained at the end of the quarter", fix the date."""
    con.execute("UPDATE reconcile_settings SET as_of = ?", [as_of])


def fetch_violations(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Every violation as a dict of :data:`VIOLATION_COLUMNS`, in a stable order."""
    cursor = con.execute(
        f"SELECT {', '.join(_q(c) for c in VIOLATION_COLUMNS)} FROM violations "
        "ORDER BY kind, source, asset, column_name NULLS FIRST, entity, policy, subject"
    )
    return [dict(zip(VIOLATION_COLUMNS, row)) for row in cursor.fetchall()]


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
