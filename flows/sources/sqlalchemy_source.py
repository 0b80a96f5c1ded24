"""Any database with an installed SQLAlchemy dialect: ``ropa scan 'dialect+driver://…'``.

Snowflake, BigQuery, MSSQL, Oracle or Redshift users install their dialect package
(``snowflake-sqlalchemy``, ``sqlalchemy-bigquery``…) and scan with its URL; ropa ships and tests
none of those, only the mechanism, through the dialects of the databases its tests start
(PostgreSQL through psycopg, MariaDB through PyMySQL) and SQLite.

Everything goes through SQLAlchemy Core and the inspector: relations are listed by
``inspect(engine)`` (tables and views of every schema but the system ones, named
``schema.table``), and every statement is built as a Core expression, so names are quoted by the
dialect's own identifier preparer (the counterpart of ``psycopg.sql.Identifier``), never pasted.
Every connection runs in a transaction that is rolled back, never committed.

Sampling is pushed down where the dialect has a sampling clause and bounded everywhere; the
strategy is recorded in the asset's scan parameters (``AssetSample.sampling``):

* ``tablesample``: PostgreSQL dialects, on a table estimated (``pg_class.reltuples``) above
  ``_SMALL_TABLE_ROWS`` rows: SQLAlchemy's ``tablesample(…, func.system(p), seed=…)``, which
  reads about ``p`` percent of the pages (about 3n rows) and never the rest, then
  ``ORDER BY random() LIMIT n`` after ``setseed``;
* ``limit``: every other dialect and relation: ``LIMIT n`` (``TOP n`` / ``FETCH FIRST`` as the
  dialect spells it), the first rows the database returns: bounded, not random.

A sample shorter than ``n`` is the whole relation, so its length is the row count; otherwise the
count is not computed for the sample (it may be a full scan). The fingerprint hashes the columns,
``count(*)`` and the max of the primary key, as the issue's contract for tables asks, so on a
huge table a fingerprint costs one count.

Errors name the driver's exception class and, where the driver gives one, the SQLSTATE or error
number, never the driver's message (which can quote a value or the URL).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from typing import Any

import pyarrow as pa
import sqlalchemy as sa
import sqlalchemy.exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from catalog.identity import canonical

from flows.sources.base import Asset, AssetSample, SourceError
from flows.sources.columns import rows_to_table, shape_batches, shape_sample
from flows.sources.errors import (
    SourceConnectionError,
    SourceNotFound,
    SourcePermissionError,
    SourceReadError,
    UnsupportedSource,
)
from flows.sources.limits import SAMPLE_SEED
from flows.sources.tables import sample_size, table_assets, table_location

_SMALL_TABLE_ROWS = 100_000
_OVERSAMPLE = 3.0
_TABLESAMPLE_DIALECTS = ("postgresql",)
_SYSTEM_SCHEMAS = {
    "information_schema", "pg_catalog", "pg_toast", "mysql", "performance_schema", "sys",
    "INFORMATION_SCHEMA", "guest", "db_owner", "db_accessadmin", "db_securityadmin", "db_ddladmin",
    "db_backupoperator", "db_datareader", "db_datawriter", "db_denydatareader", "db_denydatawriter",
}


def _code(exc: BaseException) -> str:
    """The driver's exception class and code (SQLSTATE, error number), never its message."""
    orig = getattr(exc, "orig", None) or exc
    parts = [type(orig).__name__]
    state = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    args = getattr(orig, "args", ())
    if args and isinstance(args[0], int):
        parts.append(f"error {args[0]}")
    if state:
        parts.append(f"SQLSTATE {state}")
    return ", ".join(parts)


def _translate(exc: sa_exc.SQLAlchemyError, what: str) -> SourceError:
    """A SQLAlchemy error as a ``SourceError`` in ropa's words; raised ``from None`` by callers."""
    code = _code(exc)
    if isinstance(exc, sa_exc.NoSuchTableError):
        return SourceNotFound(f"{what}: not found; it was dropped or renamed since the scan listed it: rescan the source")
    orig = getattr(exc, "orig", None)
    state = str(getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None) or "")
    number = orig.args[0] if orig is not None and getattr(orig, "args", ()) and isinstance(orig.args[0], int) else None
    if state == "42501" or number in (1142, 1143, 1044):
        return SourcePermissionError(f"{what}: permission denied for this user ({code}): GRANT SELECT on it, or exclude it")
    if state in ("42P01", "42S02") or number == 1146:
        return SourceNotFound(f"{what}: not found ({code}); it was dropped or renamed: rescan the source")
    if isinstance(exc, (sa_exc.OperationalError, sa_exc.InterfaceError)) or (
        isinstance(exc, sa_exc.DBAPIError) and exc.connection_invalidated
    ):
        return SourceConnectionError(f"{what}: the connection failed or the server went away ({code}); retrying may help")
    return SourceReadError(f"{what}: database error ({code}): check the relation reads in the database's own client")


class SQLAlchemySource:
    """Tables and views of any database SQLAlchemy reaches (see module doc)."""

    def __init__(
        self,
        uri: str,
        *,
        include: Sequence[str] | None = None,
        exclude: Sequence[str] | None = None,
        secrets: Mapping[str, str] | None = None,
    ) -> None:
        ident = canonical(uri)
        self.uri = ident.uri
        given = {**dict(ident.secrets), **dict(secrets or {})}
        url = make_url(self.uri)
        if "password" in given:
            url = url.set(password=given.pop("password"))
        if given:  # credential-like query parameters (token=…), put back for the driver only
            url = url.update_query_dict(given)
        self._include = include
        self._exclude = exclude
        options: dict[str, Any] = {}
        if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
            # pysqlite creates a missing file on connect: open read-only so nothing is ever written
            # and a file deleted mid-scan is an error, not a new empty database.
            import sqlite3
            import urllib.parse as _up

            path = url.database
            options["creator"] = lambda: sqlite3.connect(f"file:{_up.quote(path)}?mode=ro", uri=True)
        try:
            self._engine = sa.create_engine(url, poolclass=NullPool, **options)
        except sa_exc.NoSuchModuleError:
            scheme = self.uri.split("://", 1)[0]
            raise UnsupportedSource(
                f"{self.uri}: no SQLAlchemy dialect {scheme!r} is installed: install the dialect's package "
                "(snowflake-sqlalchemy, sqlalchemy-bigquery…) in ropa's environment"
            ) from None
        except ImportError as exc:
            raise UnsupportedSource(
                f"{self.uri}: the driver of this dialect is not installed ({exc.name or 'a module'} missing): install it"
            ) from None
        except sa_exc.ArgumentError:
            raise UnsupportedSource(f"{self.uri}: SQLAlchemy cannot use this URL: check its form") from None
        self.dialect = self._engine.dialect.name
        try:
            with self._engine.connect() as con:
                self._inspect_default = sa.inspect(con).default_schema_name
        except sa_exc.SQLAlchemyError as exc:
            self._engine.dispose()
            raise SourceConnectionError(
                f"{self.uri}: cannot connect ({_code(exc)}): is the database running and reachable, and the login right?",
                transient=isinstance(exc, sa_exc.OperationalError) and not _refused(exc),
            ) from None

    # -- helpers ---------------------------------------------------------------------------------

    def _table(self, asset: Asset, con: sa.Connection) -> tuple[sa.TableClause, list[dict[str, Any]], list[str]]:
        """A Core table clause for the asset (quoted by the dialect), its columns and primary key."""
        schema, name = table_location(asset, self.dialect)
        schema_arg = None if schema == self._schema_label(None) else schema
        inspector = sa.inspect(con)
        try:
            columns = inspector.get_columns(name, schema=schema_arg)
        except sa_exc.NoSuchTableError:
            raise SourceNotFound(f"{self.uri}: {asset.name} not found; it was dropped or renamed: rescan the source") from None
        if not columns:
            raise SourceNotFound(f"{self.uri}: {asset.name} not found, or this user may not see its columns: rescan the source")
        try:
            pk = list(inspector.get_pk_constraint(name, schema=schema_arg).get("constrained_columns") or [])
        except (sa_exc.SQLAlchemyError, NotImplementedError):
            pk = []
        table = sa.table(name, *(sa.column(c["name"]) for c in columns), schema=schema_arg)
        return table, columns, pk

    def _schema_label(self, schema: str | None) -> str:
        return schema if schema is not None else (self._inspect_default or "main")

    def _is_view(self, asset: Asset, con: sa.Connection) -> bool:
        schema, name = table_location(asset, self.dialect)
        schema_arg = None if schema == self._schema_label(None) else schema
        try:
            return name in sa.inspect(con).get_view_names(schema=schema_arg)
        except (sa_exc.SQLAlchemyError, NotImplementedError):
            return False

    # -- Source protocol ---------------------------------------------------------------------

    def assets(self) -> list[Asset]:
        relations: list[tuple[str, str]] = []
        try:
            with self._engine.connect() as con:
                inspector = sa.inspect(con)
                schemas = [s for s in inspector.get_schema_names() if s not in _SYSTEM_SCHEMAS and not s.startswith("pg_")]
                for schema in schemas:
                    schema_arg = None if schema == self._inspect_default else schema
                    names = set(inspector.get_table_names(schema=schema_arg)) | set(inspector.get_view_names(schema=schema_arg))
                    relations.extend((self._schema_label(schema), n) for n in names)
        except sa_exc.SQLAlchemyError as exc:
            raise _translate(exc, self.uri) from None
        return table_assets(self.uri, sorted(relations), self._include, self._exclude)

    def _estimate(self, con: sa.Connection, table: sa.TableClause) -> float:
        """PostgreSQL's row estimate for the table (``pg_class.reltuples``), 0 when unknown."""
        qualified = self._engine.dialect.identifier_preparer.format_table(table)
        row = con.execute(
            sa.text("SELECT reltuples FROM pg_class WHERE oid = to_regclass(:t)"), {"t": qualified}
        ).first()
        return float(row[0]) if row and row[0] and row[0] > 0 else 0.0

    def sample(self, asset: Asset, n: int) -> AssetSample:
        n = sample_size(n)
        notes: list[str] = []
        try:
            with self._engine.connect() as con:
                table, columns, _ = self._table(asset, con)
                cols = [table.c[c["name"]] for c in columns]
                strategy = "limit"
                source: Any = table
                if self.dialect in _TABLESAMPLE_DIALECTS and not self._is_view(asset, con):
                    estimate = self._estimate(con, table)
                    if estimate > max(_SMALL_TABLE_ROWS, 4 * n):
                        percent = min(100.0, 100.0 * _OVERSAMPLE * n / estimate)
                        source = sa.tablesample(table, sa.func.system(percent), name="ropa_sample", seed=sa.literal_column(str(SAMPLE_SEED)))
                        cols = [source.c[c["name"]] for c in columns]
                        strategy = f"tablesample: TABLESAMPLE SYSTEM ({percent:.4g}) REPEATABLE ({SAMPLE_SEED}) ORDER BY random() LIMIT {n}"
                if strategy == "limit":
                    strategy = f"limit: LIMIT {n} as the {self.dialect} dialect spells it, the first rows returned"
                    notes.append("sampled the first rows the database returned (no sampling clause used): not random")
                query = sa.select(*cols).select_from(source).limit(n)
                if strategy.startswith("tablesample"):
                    # The sampled pages hold about 3n rows, in page order: a seeded shuffle of
                    # those (a sort of 3n rows, not of the table) keeps all of them eligible.
                    con.execute(sa.select(sa.func.setseed(SAMPLE_SEED / 100.0)))
                    query = query.order_by(sa.func.random())
                result = con.execute(query)
                names = list(result.keys())
                rows = [tuple(r) for r in result]
                con.rollback()
        except sa_exc.SQLAlchemyError as exc:
            raise _translate(exc, f"{self.uri}: {asset.name}") from None
        row_count = len(rows) if len(rows) < n and strategy.startswith("limit") else None
        if row_count is None:
            notes.append("row count not computed (it may cost a full scan)")
        table_out, cut, dtypes = shape_sample(rows_to_table(names, rows), {c["name"]: str(c["type"]).lower() for c in columns})
        return AssetSample(asset=asset, table=table_out, row_count=row_count, dtypes=dtypes, truncated_cells=cut,
                           notes=tuple(notes), sampling=strategy)

    def batches(self, asset: Asset, batch_rows: int = 100_000) -> Iterator[pa.RecordBatch]:
        yield from self._stream(asset, None, batch_rows)

    def _stream(self, asset: Asset, only: str | None, batch_rows: int) -> Iterator[pa.RecordBatch]:
        try:
            with self._engine.connect() as con:
                table, columns, _ = self._table(asset, con)
                names = [c["name"] for c in columns]
                if only is not None:
                    if only not in names:
                        raise SourceNotFound(f"{self.uri}: {asset.name} has no column {only!r}: check the column name")
                    names = [only]
                result = con.execution_options(stream_results=True, yield_per=batch_rows).execute(
                    sa.select(*(table.c[c] for c in names))
                )
                for part in result.partitions(batch_rows):
                    yield from shape_batches([rows_to_table(names, [tuple(r) for r in part])])
                con.rollback()
        except sa_exc.SQLAlchemyError as exc:
            raise _translate(exc, f"{self.uri}: {asset.name}") from None

    def date_histogram(self, asset: Asset, column: str) -> list[tuple[date, int]]:
        """Per-day counts of one column, streamed in batches and grouped by DuckDB with the
        rules every source shares (``sql.duckdb_day_sql``): no dialect-specific date SQL."""
        from flows.sources.engine import memory_connection
        from flows.sources.sql import duckdb_day_sql

        totals: dict[date, int] = {}
        con = memory_connection()
        try:
            for batch in self._stream(asset, column, 100_000):
                con.register("day_part", pa.table({"v": batch.column(0)}))
                dtype = con.sql("SELECT column_type FROM (DESCRIBE day_part)").fetchall()[0][0]
                day = duckdb_day_sql("v", str(dtype), column)
                for d, c in con.sql(f"SELECT {day} AS d, count(*) FROM day_part WHERE d IS NOT NULL GROUP BY d").fetchall():
                    totals[d] = totals.get(d, 0) + int(c)
                con.unregister("day_part")
        finally:
            con.close()
        return sorted(totals.items())

    def fingerprint(self, asset: Asset) -> str:
        """Columns and types, ``count(*)`` and the max of the primary key (see module doc)."""
        h = hashlib.sha256()
        try:
            with self._engine.connect() as con:
                table, columns, pk = self._table(asset, con)
                h.update(repr([(c["name"], str(c["type"])) for c in columns]).encode())
                measures = [sa.func.count()] + [sa.func.max(table.c[k]) for k in pk]
                h.update(repr(tuple(con.execute(sa.select(*measures).select_from(table)).one())).encode())
                con.rollback()
        except sa_exc.SQLAlchemyError as exc:
            raise _translate(exc, f"{self.uri}: {asset.name}") from None
        return h.hexdigest()

    def close(self) -> None:
        self._engine.dispose()


def _refused(exc: sa_exc.SQLAlchemyError) -> bool:
    """A login or database name refused: retrying cannot fix it (matched on the code, not shown)."""
    orig = getattr(exc, "orig", None)
    state = str(getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None) or "")
    number = orig.args[0] if orig is not None and getattr(orig, "args", ()) and isinstance(orig.args[0], int) else None
    text = str(orig or "").lower()
    return state.startswith("28") or state == "3D000" or number in (1045, 1049, 1044) or (
        "password authentication failed" in text or "does not exist" in text
    )
