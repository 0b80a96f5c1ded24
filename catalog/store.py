"""The catalog: one DuckDB file holding scans, assets, findings and declarations; ropa's one writer.

Why it is shaped this way:

* **Short write sessions.** DuckDB lets one process write and then blocks every other process,
  readers included. So ropa never keeps the catalog open during a scan: each asset's results are
  committed in a connection opened for that commit and closed right after (dlt's connection pool
  idea, reduced to what a CLI needs). A notebook open on the catalog only delays a commit; the
  writer waits, says who holds the lock, and retries until ``lock_timeout`` (a scan spools what it
  cannot commit meanwhile and waits without deadline at the end, see :mod:`catalog.spool`).
* **Created atomically.** A new catalog is built and migrated under a temporary name, then linked
  into place: a kill during the first migration leaves no schema-less file at the catalog's path.
* **Atomic per asset.** An asset's scan row, columns, findings and retention profile go in one
  transaction: a scan killed mid-way leaves every asset either whole or absent.
* **Versioned schema, migrated on open.** ``ropa_meta.schema_version`` names the schema; a catalog
  written by a newer ropa is refused rather than half-understood.
* **No raw values.** No column here can hold a sampled value: findings carry masked examples and
  keyed hashes (the key lives outside the catalog, see :mod:`catalog.keys`).
"""

from __future__ import annotations

import hashlib
import os
import json
import re
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

import duckdb
import pyarrow as pa

from catalog import duck
from catalog.errors import CatalogError, CatalogLocked, CatalogTooNew, NotACatalog
from classifiers.model import Finding

SCHEMA_VERSION = 3


def _merge_source_spellings(con: duckdb.DuckDBPyConnection, catalog: "Catalog") -> None:
    """Version 2: canonical, credential-free sources, duplicates merged (catalog.source_merge)."""
    from catalog.source_merge import merge_source_spellings

    merge_source_spellings(con, [Path.cwd(), catalog.path.resolve().parent])


# Each entry migrates the schema from version i to i + 1: a SQL script, or a function of the
# connection and the catalog for data that SQL alone cannot rewrite. Append, never edit a
# shipped entry.
MIGRATIONS: list[str | Callable[[duckdb.DuckDBPyConnection, "Catalog"], None]] = [
    """
    CREATE TABLE scans (
        scan_id      VARCHAR PRIMARY KEY,
        started_at   TIMESTAMP NOT NULL,
        finished_at  TIMESTAMP,
        status       VARCHAR NOT NULL,          -- running | completed | failed | aborted
        mode         VARCHAR NOT NULL,          -- sample | full
        sample_rows  BIGINT,
        sources      VARCHAR[],
        pid          INTEGER,
        ropa_version VARCHAR
    );
    CREATE TABLE assets (
        asset_id   VARCHAR PRIMARY KEY,         -- stable hash of (source, asset)
        source     VARCHAR NOT NULL,
        asset      VARCHAR NOT NULL,            -- schema.table, or the file's path
        kind       VARCHAR NOT NULL,            -- table | file | document
        first_seen TIMESTAMP NOT NULL
    );
    CREATE TABLE asset_scans (
        scan_id       VARCHAR NOT NULL,
        asset_id      VARCHAR NOT NULL,
        status        VARCHAR NOT NULL,         -- scanned | skipped | error
        error         VARCHAR,                  -- one line, no data values
        error_type    VARCHAR,
        rows_sampled  BIGINT,
        row_count     BIGINT,
        rows_rejected BIGINT,
        fingerprint   VARCHAR,
        scan_params   VARCHAR,                  -- what must match for an incremental skip
        carried_from  VARCHAR,                  -- the scan whose findings a skip carried forward
        duration_s    DOUBLE,
        scanned_at    TIMESTAMP NOT NULL,
        PRIMARY KEY (scan_id, asset_id)
    );
    CREATE TABLE columns (
        scan_id     VARCHAR NOT NULL,
        asset_id    VARCHAR NOT NULL,
        column_name VARCHAR NOT NULL,
        dtype       VARCHAR,
        position    INTEGER
    );
    CREATE TABLE findings (
        scan_id     VARCHAR NOT NULL,
        asset_id    VARCHAR NOT NULL,
        column_name VARCHAR,                    -- NULL: the whole document
        entity      VARCHAR NOT NULL,
        category    VARCHAR NOT NULL,
        score       DOUBLE NOT NULL,
        matched     BIGINT NOT NULL,
        sampled     BIGINT NOT NULL,
        evidence    JSON,                       -- numbers and labels only
        examples    VARCHAR[],                  -- masked
        hashes      VARCHAR[]                   -- keyed HMAC, key outside the catalog
    );
    CREATE TABLE anchor_profile (
        scan_id     VARCHAR NOT NULL,
        asset_id    VARCHAR NOT NULL,
        column_name VARCHAR NOT NULL,
        day         DATE NOT NULL,
        rows        BIGINT NOT NULL
    );
    """,
    _merge_source_spellings,
    # Version 3: where a file's malformed rows are (their first line numbers), not only how many.
    # Numbers only: the rejected line's text (DuckDB's reject_errors.csv_line) is never copied.
    "ALTER TABLE asset_scans ADD COLUMN rejected_lines BIGINT[];",
]

# Views are code, not data: recreated by every writer so they follow the installed ropa.
CORE_VIEWS = """
CREATE OR REPLACE VIEW latest_asset_scans AS
SELECT s.*, a.source, a.asset, a.kind
FROM asset_scans s JOIN assets a USING (asset_id)
QUALIFY row_number() OVER (PARTITION BY s.asset_id ORDER BY s.scanned_at DESC, s.scan_id DESC) = 1;

CREATE OR REPLACE VIEW current_asset_scans AS
SELECT s.*, a.source, a.asset, a.kind
FROM asset_scans s JOIN assets a USING (asset_id)
WHERE s.status IN ('scanned', 'skipped')
QUALIFY row_number() OVER (PARTITION BY s.asset_id ORDER BY s.scanned_at DESC, s.scan_id DESC) = 1;

CREATE OR REPLACE VIEW current_findings AS
SELECT f.*, c.source, c.asset, c.kind
FROM findings f JOIN current_asset_scans c USING (scan_id, asset_id);

CREATE OR REPLACE VIEW current_anchor_profile AS
SELECT p.*, c.source, c.asset, c.kind
FROM anchor_profile p JOIN current_asset_scans c USING (scan_id, asset_id);

CREATE OR REPLACE VIEW catalog_findings AS
SELECT f.scan_id, a.source, a.asset, a.kind, f.column_name, f.entity, f.category, f.score,
       f.matched, f.sampled, f.examples, f.evidence, s.scanned_at
FROM findings f
JOIN asset_scans s USING (scan_id, asset_id)
JOIN assets a USING (asset_id);
"""

_PID = re.compile(r"\(PID (\d+)\)")


def asset_id(source: str, asset: str) -> str:
    """Stable id of an asset: the same table in the same source keeps its history."""
    return hashlib.sha256(f"{source}\x00{asset}".encode()).hexdigest()[:20]


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


@dataclass
class AssetResult:
    """Everything a scan learned about one asset, committed as one transaction.

    Built by the flow from what classification tasks return; holds findings (masked), never values.
    """

    source: str
    asset: str
    kind: str
    status: str = "scanned"                     # scanned | skipped | error
    error: str | None = None
    error_type: str | None = None
    fingerprint: str | None = None
    scan_params: str | None = None
    rows_sampled: int | None = None
    row_count: int | None = None
    rows_rejected: int | None = None
    rejected_lines: list[int] = field(default_factory=list)   # first line numbers, never content
    columns: list[tuple[str, str]] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    anchors: dict[str, list[tuple[date, int]]] = field(default_factory=dict)
    duration_s: float | None = None
    carried_from: str | None = None


def category_of(entity: str) -> str:
    """The data category of an entity, as the classifier registry maps it."""
    try:
        from classifiers.registry import entity_category
    except ImportError:  # pragma: no cover - registry always ships; taxonomy is the fallback
        entity_category = None
    if entity_category is not None:
        try:
            return entity_category(entity)
        except KeyError:
            pass
    from catalog.taxonomy import ENTITY_CATEGORY

    return ENTITY_CATEGORY.get(entity, "unknown")


def refuse_foreign(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Refuse a DuckDB file with tables but no ``ropa_meta``: someone's data (say the warehouse
    being scanned), not a catalog, so ropa must not add its tables to it. An empty file is adopted."""
    if con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'ropa_meta'").fetchone()[0]:
        return
    tables = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_catalog = current_database()"
    ).fetchone()[0]
    if tables:
        raise NotACatalog(
            f"{path} is a DuckDB database with {tables} table{'' if tables == 1 else 's'} "
            "but not a ropa catalog; ropa will not write into it. Point --catalog at a new path "
            "(or an existing ropa catalog); to scan this file, name it as a SOURCE"
        )


class Catalog:
    """A ropa catalog file. Cheap to construct; connections are opened per operation."""

    def __init__(
        self,
        path: str | Path,
        *,
        lock_timeout: float = 120.0,
        on_wait: Callable[[str], None] | None = None,
    ) -> None:
        self.path = Path(path)
        self.lock_timeout = lock_timeout
        self.on_wait = on_wait
        self._migrated = False
        self._told = False

    # -- connections -------------------------------------------------------------------------

    def _raw_connect(self, read_only: bool, timeout: float | None = None) -> duckdb.DuckDBPyConnection:
        if self.path.exists() and self.path.is_dir():
            raise NotACatalog(f"{self.path} is a folder; give the path of a catalog file (--catalog ropa.duckdb)")
        if duck.is_sqlite(self.path):
            raise NotACatalog(
                f"{self.path} is a SQLite database, not a ropa catalog; point --catalog at a .duckdb "
                "file (a new path creates one); to scan the SQLite file, name it as a SOURCE"
            )
        deadline = time.monotonic() + (self.lock_timeout if timeout is None else timeout)
        delay = 0.05
        while True:
            try:
                return duck.connect(self.path, read_only=read_only)
            except duckdb.IOException as exc:
                text = str(exc)
                if "lock" not in text.lower():
                    if "not a valid DuckDB database" in text or "not a DuckDB" in text.lower():
                        raise NotACatalog(
                            f"{self.path} is not a DuckDB database; point --catalog at a ropa catalog "
                            "or at a new path"
                        ) from None
                    raise CatalogError(f"cannot open catalog {self.path}: {text.splitlines()[0]}") from None
                pid = _PID.search(text)
                who = f"process {pid.group(1)}" if pid else "another process"
                if time.monotonic() >= deadline:
                    raise CatalogLocked(
                        f"catalog {self.path} is locked by {who} (a scan or an open notebook); "
                        "close it or wait, then retry"
                    ) from None
                if not self._told and self.on_wait is not None:   # once per Catalog: no chatter
                    self.on_wait(f"catalog {self.path} is in use by {who}; waiting for it to let go…")
                    self._told = True
                time.sleep(delay)
                delay = min(delay * 2, 1.0)
            except duckdb.Error as exc:
                raise CatalogError(f"cannot open catalog {self.path}: {str(exc).splitlines()[0]}") from None

    @contextmanager
    def writer(self, timeout: float | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
        """A short write session: migrate if needed, yield, close (releasing the lock).

        ``timeout`` overrides ``lock_timeout`` for this session (a scan tries briefly mid-way and
        spools what it cannot commit, see :mod:`catalog.spool`).
        """
        if not self.path.exists():
            self._create()
        con = self._raw_connect(read_only=False, timeout=timeout)
        try:
            if not self._migrated:
                rewrite = self._migrate(con)
                self._migrated = True
                if rewrite:
                    con = self._rewrite(con)
            yield con
        finally:
            con.close()

    def _rewrite(self, con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
        """Copy the catalog into a fresh file that replaces it; returns a connection to the new file.

        DuckDB leaves deleted rows' bytes in the file's free blocks: after a migration rewrote
        rows that held credentials (an old catalog's PostgreSQL URLs), ``strings ropa.duckdb``
        would still show them. A copy holds only the live rows. The copy is made and moved into
        place while this connection holds the file's lock, so no other process sees a half state.
        """
        fresh = self.path.with_name(self.path.name + ".rewrite")
        fresh.unlink(missing_ok=True)
        from catalog.sql import quote_identifier, quote_literal

        name = con.execute("SELECT current_database()").fetchone()[0]
        con.execute("CHECKPOINT")
        con.execute(f"ATTACH {quote_literal(str(fresh))} AS ropa_rewrite")
        try:
            con.execute(f"COPY FROM DATABASE {quote_identifier(name)} TO ropa_rewrite")
        finally:
            con.execute("DETACH ropa_rewrite")
        os.replace(fresh, self.path)
        con.close()
        return self._raw_connect(read_only=False)

    def refuse_unusable(self) -> None:
        """Raise now if an existing file at the path cannot serve as this ropa's catalog (not
        DuckDB, someone else's database, a newer schema): called before a scan writes anything."""
        if not self.path.exists():
            return
        con = self._raw_connect(read_only=True)
        try:
            self._check_version(con)
        finally:
            con.close()

    @contextmanager
    def reader(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-only session; refuses a catalog whose schema is newer than this ropa."""
        if not self.path.exists():
            raise CatalogError(f"no catalog at {self.path}; run `ropa scan SOURCE --catalog {self.path}` first")
        con = self._raw_connect(read_only=True)
        try:
            self._check_version(con)
            yield con
        finally:
            con.close()

    def _create(self) -> None:
        """Make a new catalog atomically: built and migrated under a temporary name, then linked.

        A process killed during the first migration leaves at most a ``.creating`` file (removed by
        the next creator), never a catalog without a schema at ``self.path``. ``os.link`` rather
        than a rename: if another process created the catalog meanwhile, its file is kept.
        """
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._remove_dead_temporaries()
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.creating")
        try:
            con = duck.connect(tmp)
            try:
                self._migrate(con)
                con.execute("CHECKPOINT")
            finally:
                con.close()
            fd = os.open(tmp, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
            try:
                os.link(tmp, self.path)
            except FileExistsError:
                return
            self._migrated = True
        except duckdb.Error as exc:
            raise CatalogError(f"cannot create catalog {self.path}: {str(exc).splitlines()[0]}") from None
        except OSError as exc:
            raise CatalogError(
                f"cannot create catalog {self.path}: {exc.strerror or exc}; check that its folder is writable"
            ) from None
        finally:
            for leftover in (tmp, Path(str(tmp) + ".wal")):
                leftover.unlink(missing_ok=True)

    def _remove_dead_temporaries(self) -> None:
        for leftover in self.path.parent.glob(f".{self.path.name}.*.creating*"):
            parts = leftover.name[len(self.path.name) + 2:].split(".")
            if parts and parts[0].isdigit() and not _alive(int(parts[0])):
                leftover.unlink(missing_ok=True)

    # -- schema ------------------------------------------------------------------------------

    @staticmethod
    def _version(con: duckdb.DuckDBPyConnection) -> int:
        exists = con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'ropa_meta'"
        ).fetchone()[0]
        if not exists:
            return 0
        row = con.execute("SELECT value FROM ropa_meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    def _check_version(self, con: duckdb.DuckDBPyConnection) -> int:
        version = self._version(con)
        if version == 0:
            refuse_foreign(con, self.path)
        if version > SCHEMA_VERSION:
            raise CatalogTooNew(
                f"catalog {self.path} has schema version {version}, newer than this ropa understands "
                f"({SCHEMA_VERSION}); upgrade ropa (pip install -U ropa) or use another --catalog"
            )
        return version

    def _migrate(self, con: duckdb.DuckDBPyConnection) -> bool:
        """Bring the schema to ``SCHEMA_VERSION``; True when stored data was rewritten (so the
        file should be too, see :meth:`_rewrite`)."""
        version = self._check_version(con)
        from catalog import reconcile

        con.execute("BEGIN")
        try:
            con.execute("CREATE TABLE IF NOT EXISTS ropa_meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
            for step in MIGRATIONS[version:]:
                if callable(step):
                    step(con, self)
                else:
                    con.execute(step)
            con.execute(
                "INSERT OR REPLACE INTO ropa_meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
            )
            con.execute(CORE_VIEWS)
            reconcile.install(con)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        return 0 < version < SCHEMA_VERSION and any(callable(step) for step in MIGRATIONS[version:])

    # -- scans -------------------------------------------------------------------------------

    def begin_scan(self, sources: Sequence[str], mode: str, sample_rows: int | None,
                   *, timeout: float | None = None) -> str:
        """Register a scan; scans left 'running' by a process that died are marked aborted."""
        scan_id = _now().strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
        with self.writer(timeout) as con:
            for stale_id, pid in con.execute(
                "SELECT scan_id, pid FROM scans WHERE status = 'running'"
            ).fetchall():
                if pid is None or not _alive(pid):
                    con.execute(
                        "UPDATE scans SET status = 'aborted', finished_at = ? WHERE scan_id = ?",
                        [_now(), stale_id],
                    )
            con.execute(
                "INSERT INTO scans VALUES (?, ?, NULL, 'running', ?, ?, ?, ?, ?)",
                [scan_id, _now(), mode, sample_rows, list(sources), os.getpid(), _ropa_version()],
            )
        return scan_id

    def finish_scan(self, scan_id: str, status: str = "completed", *, timeout: float | None = None) -> None:
        with self.writer(timeout) as con:
            con.execute(
                "UPDATE scans SET status = ?, finished_at = ? WHERE scan_id = ?",
                [status, _now(), scan_id],
            )

    def previous(self, source: str, asset: str) -> tuple[str, str | None, str | None] | None:
        """(scan_id, fingerprint, scan_params) of the asset's last successful scan, if any."""
        return self.previous_all([source]).get((source, asset))

    def previous_all(self, sources: Sequence[str]) -> dict[tuple[str, str], tuple[str, str | None, str | None]]:
        """Last successful scan of every known asset of ``sources``, in one read."""
        if not self.path.exists():
            return {}
        with self.reader() as con:
            if self._version(con) == 0:
                return {}
            rows = con.execute(
                "SELECT source, asset, scan_id, fingerprint, scan_params FROM current_asset_scans "
                "WHERE list_contains(?, source)",
                [list(sources)],
            ).fetchall()
        return {(r[0], r[1]): (r[2], r[3], r[4]) for r in rows}

    def record(self, scan_id: str, result: AssetResult) -> None:
        """Commit one asset's results whole, or not at all."""
        self.record_many(scan_id, [result])

    def record_many(self, scan_id: str, results: Sequence[AssetResult], *, timeout: float | None = None) -> None:
        """Commit several assets in one short write session; each asset in its own transaction.

        Idempotent per asset (its rows are replaced), so a spool may be replayed after a partial commit.
        """
        if not results:
            return
        with self.writer(timeout) as con:
            for result in results:
                self._record(con, scan_id, result)

    def _record(self, con: duckdb.DuckDBPyConnection, scan_id: str, result: AssetResult) -> None:
        aid = asset_id(result.source, result.asset)
        now = _now()
        # One transaction per asset: a kill leaves every asset whole or absent.
        con.execute("BEGIN")
        try:
            con.execute(
                "INSERT INTO assets VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                [aid, result.source, result.asset, result.kind, now],
            )
            con.execute(
                "INSERT OR REPLACE INTO asset_scans (scan_id, asset_id, status, error, error_type, rows_sampled, "
                "row_count, rows_rejected, fingerprint, scan_params, carried_from, duration_s, scanned_at, "
                "rejected_lines) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [scan_id, aid, result.status, result.error, result.error_type, result.rows_sampled,
                 result.row_count, result.rows_rejected, result.fingerprint, result.scan_params,
                 result.carried_from, result.duration_s, now, [int(n) for n in result.rejected_lines] or None],
            )
            for table in ("columns", "findings", "anchor_profile"):
                con.execute(f"DELETE FROM {table} WHERE scan_id = ? AND asset_id = ?", [scan_id, aid])
            if result.status == "skipped" and result.carried_from:
                for table in ("columns", "findings", "anchor_profile"):
                    cols = _COPY_COLUMNS[table]
                    con.execute(
                        f"INSERT INTO {table} SELECT ?, asset_id, {cols} FROM {table} "
                        "WHERE scan_id = ? AND asset_id = ?",
                        [scan_id, result.carried_from, aid],
                    )
            if result.columns:
                con.executemany(
                    "INSERT INTO columns VALUES (?, ?, ?, ?, ?)",
                    [[scan_id, aid, name, dtype, i] for i, (name, dtype) in enumerate(result.columns)],
                )
            if result.findings:
                con.executemany(
                    "INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        [scan_id, aid, f.column, f.entity, category_of(f.entity), float(f.score),
                         f.matched, f.sampled, json.dumps(f.evidence, default=str),
                         list(f.examples), list(f.hashes)]
                        for f in result.findings
                    ],
                )
            days = [(column, day, count) for column, histogram in result.anchors.items() for day, count in histogram]
            if days:  # thousands of rows: one Arrow insert, not a statement per day
                profile = pa.table({
                    "scan_id": [scan_id] * len(days), "asset_id": [aid] * len(days),
                    "column_name": [d[0] for d in days], "day": pa.array([d[1] for d in days], pa.date32()),
                    "rows": pa.array([d[2] for d in days], pa.int64()),
                })
                con.register("_ropa_profile", profile)
                con.execute("INSERT INTO anchor_profile SELECT * FROM _ropa_profile")
                con.unregister("_ropa_profile")
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise

    def load_declarations(self, declarations: Sequence[Any], sources: Sequence[str] | None = None,
                          *, timeout: float | None = None) -> None:
        """Load declarations for the reconciliation views, scoped to ``sources`` when given."""
        from catalog import reconcile

        with self.writer(timeout) as con:
            reconcile.load(con, declarations, sources=sources)

    # -- reads -------------------------------------------------------------------------------

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows of a read-only query as dicts (for the CLI and reports)."""
        with self.reader() as con:
            if self._version(con) == 0:   # e.g. an empty file, or one left by a pre-0.2 kill
                raise CatalogError(
                    f"{self.path} holds no ropa schema (an empty file, or a catalog whose creation was "
                    f"interrupted); run `ropa scan SOURCE --catalog {self.path}` to build it"
                )
            cur = con.execute(sql, list(params))
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row)) for row in cur.fetchall()]


_COPY_COLUMNS = {
    "columns": "column_name, dtype, position",
    "findings": "column_name, entity, category, score, matched, sampled, evidence, examples, hashes",
    "anchor_profile": "column_name, day, rows",
}


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _ropa_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("ropa")
    except PackageNotFoundError:
        return "0+unknown"
