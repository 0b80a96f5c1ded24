"""A MySQL or MariaDB database, read through PyMySQL and never written.

Every session is read-only (``SET SESSION TRANSACTION READ ONLY``), in UTC, with a per-statement
time limit (MariaDB ``max_statement_time``, MySQL ``max_execution_time``), and every name is
quoted with backticks by ``catalog.sql.quote_mysql_identifier``; values are bound parameters.
Assets are the base tables and views of the URI's database, or of every database the user can
see (system databases left out), named ``database.table``.

Sampling is pushed down and bounded whatever the table's size; ``ORDER BY RAND()`` never runs on
a large table (it reads and sorts every row). The strategy used is recorded in the asset's scan
parameters (``AssetSample.sampling``):

* ``pk-ranges``: a base table estimated at more than ``n`` rows with a one-column integer
  primary key. ``min`` and ``max`` of the key come from the index; ``_RANGES`` start points are
  drawn with a fixed seed between them, and each reads the next ``n / _RANGES`` rows in key order
  (``WHERE pk >= start ORDER BY pk LIMIT m``): index range scans, about ``n`` rows read whatever
  the table's size, spread over the key space, the same rows on every run of unchanged data.
* ``random-small``: a base table estimated at most ``_SMALL_TABLE_ROWS`` rows without such a key:
  ``ORDER BY RAND(seed) LIMIT n``, one scan of a small table.
* ``head``: anything else (views, large tables without an integer key): ``LIMIT n``, the first
  rows the server returns; bounded, not random (said in the sample's notes).

Errors keep the server's error number and ropa's words, never the server's message text, which
can quote a value (``Incorrect integer value: 'jan@x.nl'``). A password given in the spelling is
kept in this process's memory (``flows.sources.secrets``); otherwise ``MYSQL_PWD`` is used.
"""

from __future__ import annotations

import hashlib
import os
import random
import urllib.parse
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from typing import Any

import pyarrow as pa
import pymysql
import pymysql.cursors

from catalog.identity import canonical

from flows.sources.base import Asset, AssetSample, SourceError
from flows.sources.columns import rows_to_table, shape_batches, shape_sample
from flows.sources.engine import days_from_keys
from flows.sources.errors import (
    SourceConnectionError,
    SourceNotFound,
    SourcePermissionError,
    SourceReadError,
)
from flows.sources.limits import MAX_CELL_CHARS, SAMPLE_SEED
from flows.sources.sql import quote_mysql_identifier as _q
from flows.sources.tables import VIEW_NOT_COUNTED, sample_size, table_assets, table_location

_SMALL_TABLE_ROWS = 100_000
_EXACT_COUNT_BYTES = 64 * 1024 * 1024  # count(*) is exact and cheap up to this data size
_CHECKSUM_BYTES = 8 * 1024 * 1024  # CHECKSUM TABLE joins the fingerprint up to this size
_RANGES = 20
_STATEMENT_SECONDS = 300
_SYSTEM_DATABASES = ("mysql", "information_schema", "performance_schema", "sys")
_INTEGER = {"tinyint", "smallint", "mediumint", "int", "integer", "bigint"}
_NATIVE = _INTEGER | {"decimal", "numeric", "float", "double", "real"}
_TEMPORAL = {"date", "datetime", "timestamp"}
_TEXT = {"char", "varchar", "tinytext", "text", "mediumtext", "longtext"}
_BINARY = {"binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob"}

#: Server error numbers, in ropa's words.
_ERRORS: dict[int, tuple[type[SourceError], str]] = {
    1044: (SourcePermissionError, "access denied to this database for this user: GRANT SELECT on it, or exclude it"),
    1045: (SourceConnectionError, "authentication failed: check the user and password (MYSQL_PWD)"),
    1049: (SourceConnectionError, "no such database: check the database name in the URI"),
    1142: (SourcePermissionError, "permission denied for this user: GRANT SELECT on it, or exclude it"),
    1143: (SourcePermissionError, "permission denied on a column for this user: GRANT SELECT on it, or exclude it"),
    1146: (SourceNotFound, "not found; it was dropped or renamed since the scan listed it: rescan the source"),
    1356: (SourceReadError, "a view over a table or column that is gone, or that this user may not read: fix the view"),
    1054: (SourceNotFound, "a column is not there any more: rescan the source"),
    1644: (SourceReadError, "an error raised by the database's own code (SIGNAL in a view, function or trigger): "
                            "check the relation reads in the mysql client"),
    1969: (SourceConnectionError, "the query ran past the statement time limit: retry, or exclude it"),
    3024: (SourceConnectionError, "the query ran past the statement time limit: retry, or exclude it"),
}
_CONNECTION_ERRORS = {2002, 2003, 2005, 2006, 2013, 2055, 1040, 1053, 1077, 1152, 1184}


def _errno(exc: pymysql.Error) -> int | None:
    args = getattr(exc, "args", ())
    return args[0] if args and isinstance(args[0], int) else None


def _code(exc: pymysql.Error) -> str:
    """``error 1146, SQLSTATE 42S02``: the server's number and SQLSTATE, never its text."""
    number = _errno(exc)
    state = getattr(exc, "sqlstate", None)
    if number is None:
        return type(exc).__name__
    return f"error {number}" + (f", SQLSTATE {state}" if state else "")


def _translate(exc: pymysql.Error, what: str) -> SourceError:
    """A PyMySQL error as a ``SourceError`` in ropa's words plus its number (see module doc).

    Callers raise it ``from None``: a chained driver error would carry the server's text into
    every traceback an orchestrator logs.
    """
    number = _errno(exc)
    code = _code(exc)
    if number in _ERRORS:
        kind, words = _ERRORS[number]
        return kind(f"{what}: {words} ({code})", transient=number in (1969, 3024))
    if number in _CONNECTION_ERRORS or isinstance(exc, (pymysql.err.InterfaceError,)):
        return SourceConnectionError(f"{what}: the connection failed or the server went away ({code}); retrying may help")
    if isinstance(exc, pymysql.err.DataError):
        return SourceReadError(f"{what}: the server could not convert a value ({code}): check the relation reads in the mysql client")
    return SourceReadError(f"{what}: MySQL error, {code}: check the relation reads in the mysql client")


class MySQLSource:
    """Base tables and views of a MySQL or MariaDB server (see module doc)."""

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
        parts = urllib.parse.urlsplit(self.uri)
        self._params = dict(urllib.parse.parse_qsl(parts.query))
        self._host = parts.hostname or "localhost"
        self._port = parts.port or 3306
        self._user = urllib.parse.unquote(parts.username or "")
        self._database = urllib.parse.unquote(parts.path.lstrip("/")) or None
        secret = {**dict(ident.secrets), **dict(secrets or {})}.get("password")
        self._password = secret if secret is not None else os.environ.get("MYSQL_PWD", "")
        self._include = include
        self._exclude = exclude
        self._connect_timeout = connect_timeout
        self._mariadb = False
        self._con = self._connect()

    # -- connections -------------------------------------------------------------------------

    def _connect(self, *, streaming: bool = False) -> pymysql.connections.Connection:
        kwargs: dict[str, Any] = {
            "host": self._host,
            "port": self._port,
            "user": self._user,
            "password": self._password,
            "connect_timeout": self._connect_timeout,
            "charset": self._params.get("charset", "utf8mb4"),
            "autocommit": True,
            "cursorclass": pymysql.cursors.SSCursor if streaming else pymysql.cursors.Cursor,
        }
        if "unix_socket" in self._params:
            kwargs["unix_socket"] = self._params["unix_socket"]
        ssl = {k[4:]: v for k, v in self._params.items() if k.startswith("ssl_") and k != "ssl_mode"}
        if ssl:
            kwargs["ssl"] = ssl
        try:
            con = pymysql.connect(**kwargs)
        except pymysql.Error as exc:
            error = _translate(exc, self.uri)
            if _errno(exc) in (2003, 2002, 2013, 2006) or _errno(exc) is None:
                error = SourceConnectionError(
                    f"{self.uri}: cannot connect ({_code(exc)}): is the server running and reachable from here?"
                )
            elif isinstance(error, SourceConnectionError):
                error.transient = False  # a refused password or a missing database: retrying cannot fix it
            raise error from None
        try:
            with con.cursor(pymysql.cursors.Cursor) as cur:  # buffered, even on a streaming connection
                cur.execute("SELECT VERSION()")
                self._mariadb = "mariadb" in str(cur.fetchone()[0]).lower()
                cur.execute("SET SESSION TRANSACTION READ ONLY")
                cur.execute("SET time_zone = '+00:00'")
                if self._mariadb:
                    cur.execute(f"SET SESSION max_statement_time = {int(_STATEMENT_SECONDS)}")
                else:
                    cur.execute(f"SET SESSION max_execution_time = {int(_STATEMENT_SECONDS * 1000)}")
                if self._database:
                    cur.execute(f"USE {_q(self._database)}")
        except pymysql.Error as exc:
            con.close()
            error = _translate(exc, self.uri)
            error.transient = False
            raise error from None
        return con

    def _rows(self, query: str, params: Sequence[Any] | None = None) -> list[tuple]:
        if not self._con.open:
            self._con = self._connect()
        with self._con.cursor() as cur:
            cur.execute(query, params)
            return list(cur.fetchall()) if cur.description else []

    def _fetch(self, query: str, params: Sequence[Any] | None = None) -> tuple[list[tuple], list[str]]:
        if not self._con.open:
            self._con = self._connect()
        with self._con.cursor() as cur:
            cur.execute(query, params)
            return list(cur.fetchall()), [d[0] for d in cur.description or []]

    # -- catalog lookups -----------------------------------------------------------------------

    def _relation(self, schema: str, name: str) -> dict[str, Any]:
        rows = self._rows(
            "SELECT TABLE_TYPE, COALESCE(TABLE_ROWS, 0), COALESCE(DATA_LENGTH, 0), UPDATE_TIME "
            "FROM information_schema.TABLES WHERE TABLE_SCHEMA = %s AND TABLE_NAME = %s",
            [schema, name],
        )
        if not rows:
            # information_schema hides what this user may not read: ask the table itself, so a
            # refusal (error 1142) is told apart from a table that is gone (1146).
            self._rows(f"SELECT 1 FROM {_q(schema)}.{_q(name)} LIMIT 0")
            raise SourceNotFound(f"{self.uri}: {schema}.{name} not found; it was dropped or renamed: rescan the source")
        kind, estimate, size, updated = rows[0]
        columns = [
            (str(c), str(t), str(d).lower(), str(k))
            for c, t, d, k in self._rows(
                "SELECT COLUMN_NAME, COLUMN_TYPE, DATA_TYPE, COLUMN_KEY FROM information_schema.COLUMNS "
                "WHERE TABLE_SCHEMA = %s AND TABLE_NAME = %s ORDER BY ORDINAL_POSITION",
                [schema, name],
            )
        ]
        keys = [
            str(c)
            for (c,) in self._rows(
                "SELECT COLUMN_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = %s AND TABLE_NAME = %s "
                "AND INDEX_NAME = 'PRIMARY' ORDER BY SEQ_IN_INDEX",
                [schema, name],
            )
        ]
        types = {c: d for c, _, d, _ in columns}
        int_key = keys[0] if len(keys) == 1 and types.get(keys[0]) in _INTEGER else None
        return {
            "view": str(kind).upper() == "VIEW",
            "rows": int(estimate),
            "bytes": int(size),
            "updated": updated,
            "columns": columns,
            "int_key": int_key,
        }

    @staticmethod
    def _select_list(columns: list[tuple[str, str, str, str]]) -> str:
        """Each column as Python can load it, long text cut to ``MAX_CELL_CHARS + 1`` in the server.

        Numbers travel as themselves; dates and timestamps too, except MySQL's zero dates, which
        become NULL; text and binary are cut with ``LEFT``; everything else (json, enum, set,
        time, year, bit, spatial) travels as its text form.
        """
        cap = MAX_CELL_CHARS + 1
        parts = []
        for name, _, dtype, _ in columns:
            col = _q(name)
            if dtype in _NATIVE:
                expr = col
            elif dtype in _TEMPORAL:
                expr = f"CASE WHEN {col} >= '0001-01-01' THEN {col} END"
            elif dtype in _TEXT or dtype in _BINARY:
                expr = f"LEFT({col}, {cap})"
            elif dtype == "bit":
                expr = f"CAST({col} + 0 AS CHAR)"
            elif dtype in ("geometry", "point", "linestring", "polygon", "multipoint", "multilinestring",
                           "multipolygon", "geometrycollection"):
                expr = f"LEFT(ST_AsText({col}), {cap})"
            else:
                expr = f"LEFT(CAST({col} AS CHAR), {cap})"
            parts.append(f"{expr} AS {col}")
        return ", ".join(parts) if parts else "*"

    # -- Source protocol ---------------------------------------------------------------------

    def assets(self) -> list[Asset]:
        placeholders = ", ".join(["%s"] * len(_SYSTEM_DATABASES))
        query = (
            "SELECT TABLE_SCHEMA, TABLE_NAME FROM information_schema.TABLES "
            f"WHERE TABLE_TYPE IN ('BASE TABLE', 'VIEW', 'SYSTEM VERSIONED') AND TABLE_SCHEMA NOT IN ({placeholders})"
        )
        params: list[Any] = list(_SYSTEM_DATABASES)
        if self._database:
            query += " AND TABLE_SCHEMA = %s"
            params.append(self._database)
        try:
            rows = sorted((str(s), str(t)) for s, t in self._rows(query, params))
        except pymysql.Error as exc:
            raise _translate(exc, self.uri) from None
        return table_assets(self.uri, rows, self._include, self._exclude)

    def sample_plan(self, asset: Asset, n: int) -> tuple[str, dict[str, Any]]:
        """The strategy (see module doc) and what it needs, without reading a row."""
        schema, name = table_location(asset, "MySQL")
        n = sample_size(n)
        rel = self._relation(schema, name)
        if not rel["view"] and rel["int_key"] and rel["rows"] > n:
            return "pk-ranges", rel
        if not rel["view"] and rel["rows"] <= _SMALL_TABLE_ROWS:
            return "random-small", rel
        return "head", rel

    def sample(self, asset: Asset, n: int) -> AssetSample:
        schema, name = table_location(asset, "MySQL")
        n = sample_size(n)
        target = f"{_q(schema)}.{_q(name)}"
        notes: list[str] = []
        try:
            strategy, rel = self.sample_plan(asset, n)
            select = self._select_list(rel["columns"])
            if strategy == "pk-ranges":
                rows, description = self._pk_ranges(target, select, rel["int_key"], n)
                names = [c for c, _, _, _ in rel["columns"]]
            elif strategy == "random-small":
                rows, names = self._fetch(f"SELECT {select} FROM {target} ORDER BY RAND({SAMPLE_SEED}) LIMIT {n}")
                description = f"random-small: ORDER BY RAND({SAMPLE_SEED}) LIMIT {n} on a table of at most {_SMALL_TABLE_ROWS} estimated rows"
            else:
                rows, names = self._fetch(f"SELECT {select} FROM {target} LIMIT {n}")
                description = f"head: LIMIT {n}, the first rows the server returns"
                notes.append("sampled the first rows (a view, or a large table without an integer primary key): not random")
            row_count = None
            if not rel["view"] and rel["bytes"] <= _EXACT_COUNT_BYTES:
                row_count = int(self._rows(f"SELECT COUNT(*) FROM {target}")[0][0])
            elif not rel["view"]:
                notes.append(f"row count not computed on a large table; about {rel['rows']} rows estimated")
            else:
                notes.append(VIEW_NOT_COUNTED)
        except pymysql.Error as exc:
            raise _translate(exc, f"{self.uri}: {asset.name}") from None
        table, cut, dtypes = shape_sample(rows_to_table(names, rows), {c: t for c, t, _, _ in rel["columns"]})
        return AssetSample(
            asset=asset, table=table, row_count=row_count, dtypes=dtypes, truncated_cells=cut,
            notes=tuple(notes), sampling=description,
        )

    def _pk_ranges(self, target: str, select: str, key: str, n: int) -> tuple[list[tuple], str]:
        """Up to ``n`` rows from ``_RANGES`` index range scans at seeded random key positions."""
        col = _q(key)
        lo, hi = self._rows(f"SELECT MIN({col}), MAX({col}) FROM {target}")[0]
        if lo is None:
            return [], "pk-ranges: empty table"
        ranges = min(_RANGES, n)
        per = -(-n // ranges)
        rng = random.Random(SAMPLE_SEED)
        starts = sorted(rng.randint(int(lo), int(hi)) for _ in range(ranges))
        seen: dict[Any, tuple] = {}
        for start in starts:
            rows = self._rows(
                f"SELECT {select}, {col} FROM {target} WHERE {col} >= %s ORDER BY {col} LIMIT {per}", [start]
            )
            for row in rows:
                seen.setdefault(row[-1], row[:-1])
        if len(seen) < n:  # ranges overlapped or ran off the end: top up from the start of the key
            rows = self._rows(f"SELECT {select}, {col} FROM {target} ORDER BY {col} LIMIT {n}")
            for row in rows:
                if len(seen) >= n:
                    break
                seen.setdefault(row[-1], row[:-1])
        picked = [seen[k] for k in sorted(seen)][:n]
        return picked, (
            f"pk-ranges: {ranges} index range scans of {per} rows on primary key {key!r} from seeded random starts"
        )

    def batches(self, asset: Asset, batch_rows: int = 100_000) -> Iterator[pa.RecordBatch]:
        schema, name = table_location(asset, "MySQL")
        try:
            rel = self._relation(schema, name)
        except pymysql.Error as exc:
            raise _translate(exc, f"{self.uri}: {asset.name}") from None
        query = f"SELECT {self._select_list(rel['columns'])} FROM {_q(schema)}.{_q(name)}"
        con = self._connect(streaming=True)
        try:
            with con.cursor() as cur:
                cur.execute(query)
                names = [d[0] for d in cur.description or []]
                while rows := cur.fetchmany(batch_rows):
                    yield from shape_batches([rows_to_table(names, rows)])
        except pymysql.Error as exc:
            raise _translate(exc, f"{self.uri}: {asset.name}") from None
        finally:
            con.close()

    def date_histogram(self, asset: Asset, column: str) -> list[tuple[date, int]]:
        """Grouped in the server: by day for dates and timestamps, by first token for text."""
        schema, name = table_location(asset, "MySQL")
        try:
            rel = self._relation(schema, name)
            types = {c: d for c, _, d, _ in rel["columns"]}
            if column not in types:
                raise SourceNotFound(f"{self.uri}: {asset.name} has no column {column!r}: check the column name")
            dtype = types[column]
            col = _q(column)
            if dtype in _TEMPORAL:
                key = f"CASE WHEN {col} >= '0001-01-01' THEN DATE({col}) END"
            elif dtype in _TEXT:
                key = f"SUBSTRING_INDEX(SUBSTRING_INDEX(LEFT(LTRIM({col}), 40), ' ', 1), 'T', 1)"
            elif dtype in _NATIVE:
                key = (
                    f"CASE WHEN {col} >= 100000000 AND {col} < 100000000000 THEN DATE(FROM_UNIXTIME({col})) "
                    f"WHEN {col} >= 100000000000 AND {col} < 100000000000000 THEN DATE(FROM_UNIXTIME({col} / 1000)) END"
                )
            else:
                raise SourceReadError(
                    f"{self.uri}: {asset.name}: column {column!r} has type {dtype}, which holds no date: "
                    "pick a date, timestamp, text or epoch-number column"
                )
            rows = self._rows(
                f"SELECT k, COUNT(*) FROM (SELECT {key} AS k FROM {_q(schema)}.{_q(name)}) x WHERE k IS NOT NULL GROUP BY k"
            )
        except pymysql.Error as exc:
            raise _translate(exc, f"{self.uri}: {asset.name}") from None
        return days_from_keys(rows)

    def fingerprint(self, asset: Asset) -> str:
        """Columns and types, row count, max primary key and update time; a checksum when small.

        A table hashes its row count (exact up to ``_EXACT_COUNT_BYTES``, else the estimate),
        ``max`` of its integer primary key, ``UPDATE_TIME`` (kept in memory by InnoDB, unset
        after a restart) and, up to ``_CHECKSUM_BYTES``, ``CHECKSUM TABLE``, which catches an
        in-place update that moves neither count nor key. A view hashes its definition plus the
        row estimates and update times of every table of its database.
        """
        schema, name = table_location(asset, "MySQL")
        h = hashlib.sha256()
        target = f"{_q(schema)}.{_q(name)}"
        try:
            rel = self._relation(schema, name)
            h.update(repr(rel["columns"]).encode())
            if not rel["view"]:
                count = self._rows(f"SELECT COUNT(*) FROM {target}")[0][0] if rel["bytes"] <= _EXACT_COUNT_BYTES else rel["rows"]
                top = self._rows(f"SELECT MAX({_q(rel['int_key'])}) FROM {target}")[0][0] if rel["int_key"] else None
                h.update(repr((count, top, str(rel["updated"]))).encode())
                if rel["bytes"] <= _CHECKSUM_BYTES:
                    h.update(repr(self._rows(f"CHECKSUM TABLE {target}")[0][1]).encode())
            else:
                h.update(repr(self._rows(
                    "SELECT VIEW_DEFINITION FROM information_schema.VIEWS WHERE TABLE_SCHEMA = %s AND TABLE_NAME = %s",
                    [schema, name],
                )).encode())
                h.update(repr(self._rows(
                    "SELECT TABLE_NAME, TABLE_ROWS, UPDATE_TIME FROM information_schema.TABLES "
                    "WHERE TABLE_SCHEMA = %s AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME",
                    [schema],
                )).encode())
        except pymysql.Error as exc:
            raise _translate(exc, f"{self.uri}: {asset.name}") from None
        return h.hexdigest()

    def close(self) -> None:
        if self._con.open:
            self._con.close()
