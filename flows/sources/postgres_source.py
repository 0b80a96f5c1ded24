"""A PostgreSQL database, read through psycopg 3 and never written.

Every session is read-only (``default_transaction_read_only``), in UTC, and every name is an
``psycopg.sql.Identifier``; values are bound parameters. Assets are the tables, partitioned
tables (not their partitions), views, materialized views and foreign tables of every schema but
the system ones, named ``schema.table``.

Sampling is pushed down. A table estimated (``pg_class.reltuples`` scaled to the current size)
at more than ``_SMALL_TABLE_ROWS`` rows is read with ``TABLESAMPLE SYSTEM (p) REPEATABLE (seed)``:
PostgreSQL picks whole pages at random and never reads the rest, ``p`` is chosen for about three
times the wanted rows, and ``ORDER BY random() LIMIT n`` (after ``setseed``) trims the surplus.
When stale statistics leave the sample short, ``p`` grows tenfold once. Smaller tables, views and
foreign tables use ``ORDER BY random() LIMIT n``: one scan, a top-n heap.

Full reads (``batches``) use a server-side named cursor on a connection of their own, so memory
holds one batch. Connection failures are ``SourceConnectionError(transient=True)`` and retried
by the flow; a refused password or a missing database is not transient.

``uri`` is the canonical form (``catalog.identity``): no password, defaults explicit. A password
given in the spelling, or through ``secrets`` (``flows.sources.secrets``), is passed to libpq as a
keyword argument and kept nowhere else; libpq's ``PGPASSWORD``, ``~/.pgpass`` and ``PGSERVICE``
work as usual. Errors carry ropa's words and the SQLSTATE, never the server's message text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from typing import Any

import psycopg
import psycopg.errors
import pyarrow as pa
from psycopg import sql

from catalog.identity import canonical
from flows.sources import budget
from flows.sources.base import Asset, AssetSample, SourceError
from flows.sources.columns import rows_to_table, shape_batches, shape_sample
from flows.sources.engine import days_from_keys
from flows.sources.errors import (
    SourceConnectionError,
    SourceNotFound,
    SourcePermissionError,
    SourceReadError,
    UnsupportedSource,
)
from flows.sources.limits import MAX_CELL_CHARS, SAMPLE_SEED
from flows.sources.tables import sample_size, table_assets, table_location

_SMALL_TABLE_ROWS = 100_000  # below this a full scan with a top-n heap costs milliseconds
_EXACT_COUNT_BYTES = 64 * 1024 * 1024  # count(*) is exact and cheap up to this relation size
_XMIN_BYTES = 8 * 1024 * 1024  # max(xmin) joins the fingerprint up to this size
_OVERSAMPLE = 3.0
_NATIVE = {"int2", "int4", "int8", "float4", "float8", "numeric", "bool", "oid"}
_TEMPORAL = {"date", "timestamp", "timestamptz"}
_AUTH_FAILURES = ("password authentication failed", "no pg_hba.conf entry", "role \"", "authentication failed")
_SYSTEM_SCHEMAS = (
    "n.nspname NOT IN ('pg_catalog', 'information_schema') "
    "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'"
)


#: SQLSTATE classes (the first two characters), named in ropa's words.
_SQLSTATE_CLASSES = {
    "08": "connection exception",
    "22": "data exception",
    "23": "integrity constraint violation",
    "25": "invalid transaction state",
    "28": "invalid authorization",
    "3D": "invalid catalog name",
    "3F": "invalid schema name",
    "40": "transaction rollback",
    "42": "syntax error or access rule violation",
    "53": "insufficient resources",
    "54": "program limit exceeded",
    "55": "object not in prerequisite state",
    "57": "operator intervention",
    "58": "system error",
    "P0": "PL/pgSQL error",
    "XX": "internal error",
}


def _sqlstate(exc: psycopg.Error) -> str:
    """``SQLSTATE 22P02 (data exception)``: the code and its class, never the server's text.

    A server message can quote a value: ``invalid input syntax for type integer: "jan@x.nl"``, or
    whatever a view's function put in ``RAISE EXCEPTION``, in any SQLSTATE class, connection
    class included. The code says what kind of failure it was; the text stays in the server log.
    """
    state = getattr(exc, "sqlstate", None)
    if not state:
        return "no SQLSTATE"
    return f"SQLSTATE {state} ({_SQLSTATE_CLASSES.get(state[:2], 'class ' + state[:2])})"


def _startup_failure(text: str) -> str:
    """Why libpq could not connect, in ropa's words, from the client-side text libpq gives.

    Startup failures often carry no SQLSTATE, only text; the text is matched, never shown.
    """
    lowered = text.lower()
    for needle, words in (
        ("connection refused", "connection refused: nothing listens on that host and port"),
        ("timeout expired", "no answer within the connect timeout"),
        ("could not translate host name", "the host name does not resolve"),
        ("name or service not known", "the host name does not resolve"),
        ("no such file or directory", "no server socket at that path"),
        ("too many connections", "the server has too many connections"),
        ("ssl", "the SSL negotiation failed (check sslmode and the certificates)"),
        ("the database system is starting up", "the server is starting up"),
        ("the database system is shutting down", "the server is shutting down"),
    ):
        if needle in lowered:
            return words
    return "the server refused or dropped the connection"


def _translate(exc: psycopg.Error, what: str) -> SourceError:
    """A psycopg error as a ``SourceError`` in ropa's words plus the SQLSTATE (:func:`_sqlstate`).

    Callers raise it ``from None``: a chained psycopg error would put the server's text back into
    every traceback an orchestrator logs.
    """
    state = _sqlstate(exc)
    if isinstance(exc, psycopg.errors.InsufficientPrivilege):
        return SourcePermissionError(f"{what}: permission denied for this user ({state}): GRANT SELECT on it, or exclude it")
    if isinstance(exc, (psycopg.errors.UndefinedTable, psycopg.errors.UndefinedColumn, psycopg.errors.InvalidSchemaName)):
        return SourceNotFound(f"{what}: not found ({state}); it was dropped or renamed since the scan listed it: rescan the source")
    if isinstance(exc, psycopg.errors.QueryCanceled) and budget.passed():
        return budget.timeout_error(what)
    if isinstance(exc, psycopg.errors.QueryCanceled):
        return SourceConnectionError(f"{what}: the query was cancelled ({state}; statement_timeout?); retry, or raise the timeout")
    if isinstance(exc, psycopg.OperationalError):
        return SourceConnectionError(f"{what}: the connection failed or the server gave up ({state}); retrying may help")
    return SourceReadError(f"{what}: PostgreSQL error, {state}: check the relation reads in psql")


class PostgresSource:
    """Relations of one PostgreSQL database (see module doc)."""

    def __init__(
        self,
        uri: str,
        *,
        include: Sequence[str] | None = None,
        exclude: Sequence[str] | None = None,
        connect_timeout: int = 10,
        secrets: Mapping[str, str] | None = None,
    ) -> None:
        ident = canonical(uri)  # the canonical, password-free form (idempotent)
        self.uri = ident.uri
        self._conninfo = ident.uri
        # Credentials as separate keyword arguments, never in a string that could be shown.
        self._secrets = {**dict(ident.secrets), **dict(secrets or {})}
        self._include = include
        self._exclude = exclude
        self._connect_timeout = connect_timeout
        self._con = self._connect(autocommit=True)

    # -- connections -------------------------------------------------------------------------

    def _connect(self, *, autocommit: bool) -> psycopg.Connection:
        kwargs: dict[str, Any] = {"autocommit": autocommit, "application_name": "ropa", **self._secrets}
        if "connect_timeout" not in self._conninfo:
            kwargs["connect_timeout"] = self._connect_timeout
        try:
            con = psycopg.connect(self._conninfo, **kwargs)
        except psycopg.OperationalError as exc:
            # libpq gives no SQLSTATE for a refused startup, only the server's FATAL text
            # (English unless the server's lc_messages says otherwise; unknown texts are retried).
            text = str(exc)
            if any(p in text for p in _AUTH_FAILURES):
                raise SourceConnectionError(
                    f"{self.uri}: authentication failed or role unknown: check the user and password "
                    "(PGPASSWORD, ~/.pgpass) and pg_hba.conf",
                    transient=False,
                ) from None
            if "database" in text and "does not exist" in text:
                raise SourceConnectionError(
                    f"{self.uri}: no such database: check the database name in the URI", transient=False
                ) from None
            raise SourceConnectionError(
                f"{self.uri}: cannot connect ({_startup_failure(text)}; {_sqlstate(exc)}): "
                "is the server running and reachable from here?"
            ) from None
        except psycopg.ProgrammingError:  # libpq refused the URI itself (its text may quote it)
            raise UnsupportedSource(
                f"{self.uri}: not a valid PostgreSQL connection URI (an unknown ?parameter, a bad "
                "percent-escape?): see libpq's 'Connection URIs' for the accepted form"
            ) from None
        except psycopg.Error as exc:
            raise _translate(exc, self.uri) from None
        try:
            con.execute("SET default_transaction_read_only = on")
            con.execute("SET TIME ZONE 'UTC'")
            left = budget.remaining()
            if left is not None:
                # Within an asset's time budget: the server stops a statement at what is left of
                # it, and the budget's timer cancels from here too (a pg_sleep view ends either way).
                con.execute(f"SET statement_timeout = {max(1, int(left * 1000))}")
                budget.on_expiry(con.cancel)
            if not autocommit:
                con.commit()
        except psycopg.Error as exc:
            con.close()
            raise _translate(exc, self.uri) from None
        return con

    def _rows(self, query: sql.Composable | str, params: Sequence[Any] | None = None) -> list[tuple]:
        """Rows of ``query``. ``params`` only for queries without identifiers: psycopg scans the
        text for ``%`` placeholders, and a quoted name may contain ``%``."""
        if self._con.closed or self._con.broken:
            self._con = self._connect(autocommit=True)
        with self._con.cursor() as cur:
            cur.execute(query if isinstance(query, sql.Composable) else sql.SQL(query), params)  # type: ignore[arg-type]
            return cur.fetchall() if cur.description else []

    # -- catalog lookups -----------------------------------------------------------------------

    def _where(self, asset: Asset) -> tuple[str, str]:
        return table_location(asset, "PostgreSQL")

    def _relation(self, schema: str, name: str) -> dict[str, Any]:
        """oid, relkind, estimated rows and on-disk bytes (partitioned: summed over leaves)."""
        rows = self._rows(
            "SELECT c.oid, c.relkind, c.reltuples, c.relpages, pg_relation_size(c.oid), "
            "current_setting('block_size')::int "
            "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s AND c.relname = %s",
            [schema, name],
        )
        if not rows:
            raise SourceNotFound(f"{self.uri}: {schema}.{name} not found; it was dropped or renamed: rescan the source")
        oid, relkind, reltuples, relpages, size, block = rows[0]
        estimate = self._estimate(float(reltuples), int(relpages), int(size), int(block))
        if relkind == "p":
            leaves = self._rows(
                "SELECT c.reltuples, c.relpages, pg_relation_size(c.oid) FROM pg_partition_tree(%s) t "
                "JOIN pg_class c ON c.oid = t.relid WHERE t.isleaf",
                [oid],
            )
            size = sum(int(s) for _, _, s in leaves)
            estimate = sum(self._estimate(float(t), int(p), int(s), int(block)) for t, p, s in leaves)
        return {"oid": oid, "relkind": str(relkind), "rows": estimate, "bytes": int(size)}

    @staticmethod
    def _estimate(reltuples: float, relpages: int, size: int, block: int) -> float:
        """Rows now: ANALYZE's density scaled to the current size, else a 100-bytes-a-row guess."""
        if reltuples > 0 and relpages > 0:
            return reltuples / relpages * (size / block)
        if reltuples > 0:
            return reltuples
        return size / 100.0

    def _columns(self, oid: int) -> list[tuple[str, str, str, str]]:
        """(name, declared type, base type name, type category) in column order."""
        return [
            (str(a), str(f), str(t), str(c))
            for a, f, t, c in self._rows(
                "SELECT a.attname, format_type(a.atttypid, a.atttypmod), "
                "coalesce(bt.typname, t.typname), coalesce(bt.typcategory, t.typcategory) "
                "FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid "
                "LEFT JOIN pg_type bt ON t.typtype = 'd' AND bt.oid = t.typbasetype "
                "WHERE a.attrelid = %s AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum",
                [oid],
            )
        ]

    @staticmethod
    def _select_list(columns: list[tuple[str, str, str, str]]) -> sql.Composable:
        """Each column as Python can load it, long text cut to ``MAX_CELL_CHARS + 1`` in the server.

        Numbers and booleans travel as themselves; dates and timestamps too, except values
        Python's datetime cannot hold (infinity, BC), which become NULL. Everything else (json,
        uuid, arrays, intervals, enums, network types...) travels as its text form.
        """
        cap = sql.Literal(MAX_CELL_CHARS + 1)
        parts: list[sql.Composable] = []
        for name, _, typname, _category in columns:
            col = sql.Identifier(name)
            if typname in _NATIVE:
                expr: sql.Composable = col
            elif typname in _TEMPORAL:
                expr = sql.SQL("CASE WHEN {c} BETWEEN '0001-01-01' AND '9999-12-31' THEN {c} END").format(c=col)
            elif typname == "bytea":
                expr = sql.SQL("substring({c} FROM 1 FOR {n})").format(c=col, n=cap)
            else:  # text types, and every other type as its text form
                expr = sql.SQL("left({c}::text, {n})").format(c=col, n=cap)
            parts.append(sql.SQL("{e} AS {c}").format(e=expr, c=col))
        return sql.SQL(", ").join(parts) if parts else sql.SQL("*")

    # -- Source protocol ---------------------------------------------------------------------

    def assets(self) -> list[Asset]:
        try:
            rows = self._rows(
                "SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                f"WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND NOT c.relispartition AND {_SYSTEM_SCHEMAS} "
                "ORDER BY 1, 2"
            )
        except psycopg.Error as exc:
            raise _translate(exc, self.uri) from None
        return table_assets(self.uri, rows, self._include, self._exclude)

    def _sample_plan(self, asset: Asset, n: int, percent: float | None = None) -> tuple[sql.Composable, dict[str, Any]]:
        schema, name = self._where(asset)
        n = sample_size(n)
        rel = self._relation(schema, name)
        columns = self._columns(rel["oid"])
        target = sql.SQL("{}.{}").format(sql.Identifier(schema), sql.Identifier(name))
        select = self._select_list(columns)
        samplable = rel["relkind"] in ("r", "m", "p")
        if percent is None and samplable and rel["rows"] > max(_SMALL_TABLE_ROWS, 4 * n):
            percent = min(100.0, 100.0 * _OVERSAMPLE * n / rel["rows"])
        rel["columns"] = columns
        rel["percent"] = percent
        # Values as sql.Literal, not %s parameters: psycopg scans the composed text for
        # placeholders, and an identifier such as "100% sûr" would read as a broken one.
        if percent is not None and samplable:
            query = sql.SQL(
                "SELECT {sel} FROM {t} TABLESAMPLE SYSTEM ({p}) REPEATABLE ({seed}) ORDER BY random() LIMIT {n}"
            ).format(sel=select, t=target, p=sql.Literal(float(percent)), seed=sql.Literal(SAMPLE_SEED), n=sql.Literal(n))
            return query, rel
        query = sql.SQL("SELECT {sel} FROM {t} ORDER BY random() LIMIT {n}").format(sel=select, t=target, n=sql.Literal(n))
        return query, rel

    def explain_sample(self, asset: Asset, n: int) -> str:
        """PostgreSQL's plan for the sample query: shows a ``Sample Scan`` on large tables."""
        try:
            query, _ = self._sample_plan(asset, n)
            rows = self._rows(sql.SQL("EXPLAIN ") + query)
        except psycopg.Error as exc:
            raise _translate(exc, f"{self.uri}: {asset.name}") from None
        return "\n".join(str(r[0]) for r in rows)

    def sample(self, asset: Asset, n: int) -> AssetSample:
        notes: list[str] = []
        try:
            query, rel = self._sample_plan(asset, n)
            self._rows("SELECT setseed(%s)", [SAMPLE_SEED / 100.0])
            rows, names = self._fetch(query)
            percent = rel["percent"]
            if percent is not None and percent < 100.0 and len(rows) < n:
                # Statistics older than the table: sample a larger share once.
                query, rel = self._sample_plan(asset, n, percent=min(100.0, percent * 10))
                self._rows("SELECT setseed(%s)", [SAMPLE_SEED / 100.0])
                rows, names = self._fetch(query)
            row_count = None
            if rel["relkind"] in ("r", "m", "p") and rel["bytes"] <= _EXACT_COUNT_BYTES:
                schema, name = self._where(asset)
                row_count = int(
                    self._rows(sql.SQL("SELECT count(*) FROM {}.{}").format(sql.Identifier(schema), sql.Identifier(name)))[0][0]
                )
            elif rel["relkind"] in ("r", "m", "p"):
                notes.append(f"row count not computed on a large table; about {int(rel['rows'])} rows estimated")
            else:
                notes.append("a view or foreign table: row count not computed (it may be expensive)")
        except psycopg.Error as exc:
            raise _translate(exc, f"{self.uri}: {asset.name}") from None
        table, cut, dtypes = shape_sample(rows_to_table(names, rows), {c: d for c, d, _, _ in rel["columns"]})
        return AssetSample(
            asset=asset,
            table=table,
            row_count=row_count,
            dtypes=dtypes,
            truncated_cells=cut,
            notes=tuple(notes),
        )

    def _fetch(self, query: sql.Composable) -> tuple[list[tuple], list[str]]:
        if self._con.closed or self._con.broken:
            self._con = self._connect(autocommit=True)
        with self._con.cursor() as cur:
            cur.execute(query)
            names = [d.name for d in cur.description or []]
            return cur.fetchall(), names

    def batches(self, asset: Asset, batch_rows: int = 100_000) -> Iterator[pa.RecordBatch]:
        schema, name = self._where(asset)
        try:
            rel = self._relation(schema, name)
            columns = self._columns(rel["oid"])
        except psycopg.Error as exc:
            raise _translate(exc, f"{self.uri}: {asset.name}") from None
        query = sql.SQL("SELECT {sel} FROM {s}.{t}").format(
            sel=self._select_list(columns), s=sql.Identifier(schema), t=sql.Identifier(name)
        )
        con = self._connect(autocommit=False)
        try:
            with con.transaction():
                with con.cursor(name="ropa_batches") as cur:
                    cur.itersize = batch_rows
                    cur.execute(query)
                    names = [c for c, _, _, _ in columns]
                    while rows := cur.fetchmany(batch_rows):
                        yield from shape_batches([rows_to_table(names, rows)])
        except psycopg.Error as exc:
            raise _translate(exc, f"{self.uri}: {asset.name}") from None
        finally:
            con.close()

    def date_histogram(self, asset: Asset, column: str) -> list[tuple[date, int]]:
        """Grouped in PostgreSQL: by day for dates and timestamps, by first token for text."""
        schema, name = self._where(asset)
        try:
            rel = self._relation(schema, name)
            types = {c: (t, cat) for c, _, t, cat in self._columns(rel["oid"])}
            if column not in types:
                raise SourceNotFound(f"{self.uri}: {asset.name} has no column {column!r}: check the column name")
            typname, category = types[column]
            col = sql.Identifier(column)
            if typname in _TEMPORAL:
                key: sql.Composable = sql.SQL(
                    "CASE WHEN {c} BETWEEN '0001-01-01' AND '9999-12-31' THEN {c}::date END"
                ).format(c=col)
            elif category == "S":
                key = sql.SQL("split_part(split_part(left(ltrim({c}::text), 40), ' ', 1), 'T', 1)").format(c=col)
            elif typname in ("int2", "int4", "int8", "float4", "float8", "numeric"):
                key = sql.SQL(
                    "CASE WHEN {c} >= 100000000 AND {c} < 100000000000 THEN to_timestamp({c}::float8)::date "
                    "WHEN {c} >= 100000000000 AND {c} < 100000000000000 THEN to_timestamp({c}::float8 / 1000)::date END"
                ).format(c=col)
            else:
                raise SourceReadError(
                    f"{self.uri}: {asset.name}: column {column!r} has type {typname}, which holds no date: "
                    "pick a date, timestamp, text or epoch-number column"
                )
            rows = self._rows(
                sql.SQL("SELECT k, count(*) FROM (SELECT {k} AS k FROM {s}.{t}) x WHERE k IS NOT NULL GROUP BY k").format(
                    k=key, s=sql.Identifier(schema), t=sql.Identifier(name)
                )
            )
        except psycopg.Error as exc:
            raise _translate(exc, f"{self.uri}: {asset.name}") from None
        return days_from_keys(rows)

    def fingerprint(self, asset: Asset) -> str:
        """Columns and types, storage identity and write counters; exact for small tables.

        For each table (each leaf partition of a partitioned one): ``relfilenode`` (changes on
        TRUNCATE, VACUUM FULL, REFRESH MATERIALIZED VIEW) and the cumulative
        ``n_tup_ins/upd/del`` counters, which no write escapes, read from cleared snapshots.
        Those counters reach the statistics system up to a second after a commit, so tables up to
        ``_XMIN_BYTES`` also hash ``count(*)`` and ``max(xmin)``: any committed insert or update
        leaves a newer xmin, any delete a smaller count. A view hashes its definition plus the
        counters of every table in the database (any write anywhere rescans views).
        """
        schema, name = self._where(asset)
        h = hashlib.sha256()
        try:
            rel = self._relation(schema, name)
            h.update(repr(self._columns(rel["oid"])).encode())
            self._rows("SELECT pg_stat_clear_snapshot()")
            if rel["relkind"] in ("r", "m", "p"):
                stats = self._rows(
                    "SELECT c.relfilenode, s.n_tup_ins, s.n_tup_upd, s.n_tup_del "
                    "FROM pg_partition_tree(%s) t JOIN pg_class c ON c.oid = t.relid "
                    "LEFT JOIN pg_stat_all_tables s ON s.relid = t.relid WHERE t.isleaf ORDER BY t.relid",
                    [rel["oid"]],
                )
                h.update(repr(stats).encode())
                if rel["bytes"] <= _XMIN_BYTES:
                    target = sql.SQL("{}.{}").format(sql.Identifier(schema), sql.Identifier(name))
                    h.update(
                        repr(self._rows(sql.SQL("SELECT count(*), max(xmin::text::bigint) FROM {}").format(target))).encode()
                    )
            else:
                h.update(repr(self._rows("SELECT pg_get_viewdef(%s)", [rel["oid"]]) if rel["relkind"] == "v" else rel["relkind"]).encode())
                h.update(
                    repr(
                        self._rows(
                            "SELECT sum(n_tup_ins), sum(n_tup_upd), sum(n_tup_del), "
                            "string_agg(c.relfilenode::text, ',' ORDER BY c.oid) "
                            "FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid"
                        )
                    ).encode()
                )
        except psycopg.Error as exc:
            raise _translate(exc, f"{self.uri}: {asset.name}") from None
        return h.hexdigest()

    def close(self) -> None:
        if not self._con.closed:
            self._con.close()
