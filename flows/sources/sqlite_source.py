"""A SQLite database file, read through the standard library and never written.

Why not DuckDB's sqlite scanner: it is an extension that ``INSTALL`` downloads, and ropa may not
download at run time. The stdlib ``sqlite3`` module is always there; the file is opened with a
``file:...?mode=ro`` URI plus ``PRAGMA query_only``, so no statement can write to it.

Assets are the tables, views and virtual tables of ``main`` (``PRAGMA table_list``; FTS shadow
tables and ``sqlite_*`` internals left out), named ``main.table``.

Sampling: SQLite has no TABLESAMPLE. Rowid tables are ordered by a multiplicative hash of the
rowid (Fibonacci hashing modulo the prime 2^31-1, offset by the sample seed) and the first n
taken: one pass in rowid order with a top-n heap, spread evenly over the table, and the same rows
on every run of an unchanged table. WITHOUT ROWID tables and views use ``ORDER BY random()``.

SQLite types values per cell, not per column: a column declared INTEGER may hold text. Values are
converted per column and a column Arrow cannot hold in one type becomes text
(``columns.rows_to_table``); ``dtypes`` report the declared type.
"""

from __future__ import annotations

import hashlib
import sqlite3
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pyarrow as pa

from flows.sources import budget
from flows.sources.base import Asset, AssetSample, PathSource, SourceError
from flows.sources.columns import rows_to_table, shape_batches, shape_sample
from flows.sources.engine import days_from_keys
from flows.sources.errors import (
    SourceConnectionError,
    SourceFormatError,
    SourceNotFound,
    SourcePermissionError,
    SourceReadError,
)
from flows.sources.limits import MAX_CELL_CHARS, SAMPLE_SEED
from flows.sources.sql import quote_identifier
from flows.sources.tables import VIEW_NOT_COUNTED, sample_size, table_assets, table_location

# Fibonacci hashing: 1327217885 / (2^31 - 1) is close to the golden ratio's fractional part, so
# consecutive rowids land far apart. Products stay below 2^62: no overflow to REAL in SQLite.
_PRIME = 2_147_483_647
_MULTIPLIER = 1_327_217_885


def _translate(exc: sqlite3.Error, what: str) -> SourceError:
    """A sqlite3 error as a ``SourceError`` (messages are SQLite's fixed texts, never values)."""
    text = str(exc).lower()
    if budget.passed():  # the progress handler stopped it (see _connect)
        return budget.timeout_error(what)
    if isinstance(exc, sqlite3.OperationalError) and ("locked" in text or "busy" in text):
        return SourceConnectionError(f"{what}: the database is locked by a writer; retry when it is done")
    if isinstance(exc, sqlite3.DatabaseError) and ("not a database" in text or "malformed" in text):
        return SourceFormatError(f"{what}: not a SQLite database, or a damaged one: check the file (sqlite3 FILE 'PRAGMA integrity_check')")
    if "no such table" in text or "no such column" in text:
        return SourceNotFound(f"{what}: not found; it was dropped or renamed since the scan listed it: rescan the source")
    if "unable to open" in text:
        return SourcePermissionError(f"{what}: cannot be opened read-only; check the file's and its folder's permissions")
    if "no such module" in text:
        return SourceReadError(f"{what}: a virtual table whose module this Python's SQLite lacks: exclude it")
    return SourceReadError(f"{what}: SQLite failed ({type(exc).__name__}): check the table opens in the sqlite3 CLI")


class SQLiteSource(PathSource):
    """Tables and views of a SQLite file (see module doc)."""

    _open_uri: str

    def _open(self) -> None:
        self._open_uri = "file:" + urllib.parse.quote(str(self.path.resolve())) + "?mode=ro"
        with self._connect() as con:  # fail now, at open, on a file that is not a database
            try:
                con.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            except sqlite3.Error as exc:
                raise _translate(exc, str(self.path)) from exc

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """A fresh read-only connection per call: cheap, and safe whichever thread calls."""
        try:
            con = sqlite3.connect(self._open_uri, uri=True, timeout=5.0)
        except sqlite3.Error as exc:
            raise _translate(exc, str(self.path)) from exc
        try:
            con.execute("PRAGMA query_only = ON")
            if budget.current() is not None:
                # Every 10,000 VM steps SQLite asks whether to go on: not past the asset's budget.
                # A recursive view never ends on its own; this ends it ("interrupted").
                con.set_progress_handler(budget.passed, 10_000)
            yield con
        finally:
            con.close()

    def _where(self, asset: Asset) -> str:
        return table_location(asset, "SQLite")[1]

    @staticmethod
    def _kind(con: sqlite3.Connection, name: str) -> tuple[str, bool]:
        """(``table``/``view``/``virtual``, has a rowid) of ``name``; SourceNotFound if gone."""
        row = con.execute("SELECT type, wr FROM pragma_table_list WHERE schema = 'main' AND name = ?", [name]).fetchone()
        if row is None:
            raise SourceNotFound(f"{name}: not found in the database; it was dropped or renamed: rescan the source")
        kind, without_rowid = str(row[0]), bool(row[1])
        return kind, kind in ("table", "virtual") and not without_rowid

    @staticmethod
    def _columns(con: sqlite3.Connection, name: str) -> list[tuple[str, str]]:
        return [(str(c), str(t or "")) for c, t in con.execute("SELECT name, type FROM pragma_table_info(?)", [name])]

    @staticmethod
    def _select_list(columns: list[tuple[str, str]]) -> str:
        # Cut long text and blobs in SQLite itself: only MAX_CELL_CHARS + 1 characters travel.
        cap = MAX_CELL_CHARS + 1
        parts = []
        for col, _ in columns:
            q = quote_identifier(col)
            parts.append(
                f"CASE WHEN typeof({q}) IN ('text', 'blob') AND length({q}) > {MAX_CELL_CHARS} "
                f"THEN substr({q}, 1, {cap}) ELSE {q} END AS {q}"
            )
        return ", ".join(parts) if parts else "*"

    # -- Source protocol ---------------------------------------------------------------------

    def assets(self) -> list[Asset]:
        with self._connect() as con:
            try:
                rows = con.execute(
                    "SELECT name FROM pragma_table_list WHERE schema = 'main' "
                    "AND type IN ('table', 'view', 'virtual') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                ).fetchall()
            except sqlite3.Error as exc:
                raise _translate(exc, self.uri) from exc
        return table_assets(self.uri, (("main", name) for (name,) in sorted(rows)), self._include, self._exclude)

    def sample_query(self, asset: Asset, n: int) -> str:
        """The SQL ``sample`` runs (see module doc for the ordering)."""
        name = self._where(asset)
        n = sample_size(n)
        with self._connect() as con:
            try:
                _, has_rowid = self._kind(con, name)
                columns = self._columns(con, name)
            except sqlite3.Error as exc:
                raise _translate(exc, f"{self.uri}: {asset.name}") from exc
        order = (
            f"((rowid % {_PRIME}) * {_MULTIPLIER} + {SAMPLE_SEED}) % {_PRIME}" if has_rowid else "random()"
        )
        return f"SELECT {self._select_list(columns)} FROM {quote_identifier(name)} ORDER BY {order} LIMIT {n}"

    def sample(self, asset: Asset, n: int) -> AssetSample:
        name = self._where(asset)
        query = self.sample_query(asset, n)
        with self._connect() as con:
            try:
                kind, _ = self._kind(con, name)
                columns = self._columns(con, name)
                rows = con.execute(query).fetchall()
                row_count = None
                if kind != "view":
                    row_count = int(con.execute(f"SELECT count(*) FROM {quote_identifier(name)}").fetchone()[0])
            except sqlite3.Error as exc:
                raise _translate(exc, f"{self.uri}: {asset.name}") from exc
        table, cut, dtypes = shape_sample(rows_to_table([c for c, _ in columns], rows), dict(columns))
        return AssetSample(
            asset=asset,
            table=table,
            row_count=row_count,
            dtypes=dtypes,
            truncated_cells=cut,
            notes=(VIEW_NOT_COUNTED,) if kind == "view" else (),
        )

    def batches(self, asset: Asset, batch_rows: int = 100_000) -> Iterator[pa.RecordBatch]:
        name = self._where(asset)
        with self._connect() as con:
            try:
                columns = self._columns(con, name)
                cur = con.execute(f"SELECT {self._select_list(columns)} FROM {quote_identifier(name)}")
                names = [c for c, _ in columns]
                while rows := cur.fetchmany(batch_rows):
                    yield from shape_batches([rows_to_table(names, rows)])
            except sqlite3.Error as exc:
                raise _translate(exc, f"{self.uri}: {asset.name}") from exc

    def date_histogram(self, asset: Asset, column: str) -> list[tuple[date, int]]:
        """Grouped in SQLite by a cheap key, parsed once per distinct key.

        Numbers are Unix epoch seconds or milliseconds when in range (as everywhere in ropa);
        text is grouped by its first token (``2024-01-05`` of ``2024-01-05 10:00``), then parsed
        with the shared date rules (``engine.days_from_keys``).
        """
        name = self._where(asset)
        with self._connect() as con:
            try:
                if column not in dict(self._columns(con, name)):
                    raise SourceNotFound(f"{self.uri}: {asset.name} has no column {column!r}: check the column name")
                q = quote_identifier(column)
                # v: the value; t: its first 40 characters (a date is shorter; a 10 MB cell costs nothing)
                key = (
                    "CASE WHEN typeof(v) IN ('integer', 'real') THEN "
                    "  CASE WHEN v >= 100000000 AND v < 100000000000 THEN date(v, 'unixepoch') "
                    "       WHEN v >= 100000000000 AND v < 100000000000000 THEN date(v / 1000, 'unixepoch') END "
                    "WHEN typeof(v) = 'text' THEN "
                    "  CASE WHEN instr(t, ' ') > 0 THEN substr(t, 1, instr(t, ' ') - 1) ELSE t END END"
                )
                rows = con.execute(
                    f"SELECT k, count(*) FROM (SELECT {key} AS k FROM "
                    f"(SELECT {q} AS v, substr(ltrim({q}), 1, 40) AS t FROM {quote_identifier(name)})) "
                    "WHERE k IS NOT NULL GROUP BY k"
                ).fetchall()
            except sqlite3.Error as exc:
                raise _translate(exc, f"{self.uri}: {asset.name}") from exc
        return days_from_keys(rows)

    def fingerprint(self, asset: Asset) -> str:
        """Definition, columns and types, row count and the highest rowid.

        SQLite keeps no per-table change counter, so an in-place UPDATE that leaves the row count
        and the highest rowid alone is not seen; ``--full`` rescans catch those.
        """
        name = self._where(asset)
        h = hashlib.sha256()
        with self._connect() as con:
            try:
                kind, has_rowid = self._kind(con, name)
                h.update(repr(con.execute("SELECT sql FROM sqlite_schema WHERE name = ?", [name]).fetchall()).encode())
                h.update(repr(self._columns(con, name)).encode())
                if kind != "view":
                    agg = "count(*), max(rowid)" if has_rowid else "count(*)"
                    h.update(repr(con.execute(f"SELECT {agg} FROM {quote_identifier(name)}").fetchone()).encode())
            except sqlite3.Error as exc:
                raise _translate(exc, f"{self.uri}: {asset.name}") from exc
        return h.hexdigest()

    def close(self) -> None:
        """Nothing held open between calls."""
