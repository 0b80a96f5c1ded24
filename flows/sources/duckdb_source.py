"""A DuckDB database file, read in place and never written.

The file is opened read-only with external access off (``engine.read_only_connection``): a
scan can neither modify the user's database nor be steered by a view into reading other files.
Tables and views of every schema are assets named ``schema.table``; names are kept as the
catalog spells them and quoted on every use (``sql.quote_identifier``).

Sampling is pushed down: ``USING SAMPLE reservoir(n ROWS) REPEATABLE (seed)`` on the table, so
DuckDB streams the table once through a fixed-size reservoir instead of handing ropa every row.
Text columns are cut at the source to ``MAX_CELL_CHARS + 1`` characters (the extra character
tells ``columns.truncate_cells`` a cut happened).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import duckdb
import pyarrow as pa

from flows.sources import budget
from flows.sources.base import Asset, AssetSample, PathSource, SourceError
from flows.sources.columns import shape_batches, shape_sample
from flows.sources.engine import read_only_connection
from flows.sources.errors import (
    SourceConnectionError,
    SourceFormatError,
    SourceNotFound,
    SourcePermissionError,
    SourceReadError,
)
from flows.sources.limits import MAX_CELL_CHARS, SAMPLE_SEED
from flows.sources.sql import duckdb_day_sql, qualified_name, quote_identifier, string_literal
from flows.sources.tables import VIEW_NOT_COUNTED, sample_size, table_assets, table_location

_TEXT_TYPES = ("VARCHAR", "JSON")


def translate_duckdb_error(exc: duckdb.Error, what: str) -> SourceError:
    """A DuckDB error as a ``SourceError`` whose message carries no data value.

    DuckDB's own messages can quote rows (the CSV reader prints the offending line), so only the
    error's class decides the message; the original stays chained for a debugger, not printed.
    """
    if isinstance(exc, duckdb.CatalogException):
        return SourceNotFound(f"{what}: not found; it was dropped or renamed since the scan listed it: rescan the source")
    if isinstance(exc, duckdb.PermissionException):
        return SourcePermissionError(
            f"{what}: reads files outside the database (a view over read_csv/read_parquet?); "
            "ropa opens databases without external file access: scan those files as their own source"
        )
    if isinstance(exc, duckdb.OutOfMemoryException):
        return SourceReadError(f"{what}: DuckDB ran out of its memory budget; the asset is too wide or a cell too large")
    if isinstance(exc, duckdb.InterruptException) and budget.passed():
        return budget.timeout_error(what)
    if isinstance(exc, duckdb.InterruptException):
        return SourceConnectionError(f"{what}: the query was interrupted; retry the scan")
    return SourceReadError(f"{what}: DuckDB failed with {type(exc).__name__}: check the asset opens in the duckdb CLI")


class DuckDBSource(PathSource):
    """Tables and views of a DuckDB file (see module doc)."""

    _con: duckdb.DuckDBPyConnection
    _database: object

    def _open(self) -> None:
        path = self.path
        try:
            self._con = read_only_connection(path)
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                raise SourceConnectionError(
                    f"{path}: locked by another process writing to it; wait for it to finish or scan a copy"
                ) from exc
            raise SourceFormatError(
                f"{path}: not a DuckDB database (or one written by a newer DuckDB): check the file and the extension"
            ) from exc
        except duckdb.ConnectionException as exc:
            raise SourceConnectionError(
                f"{path}: already open in this process with other settings (a read-write connection?); "
                "close it or scan a copy"
            ) from exc
        except duckdb.Error as exc:
            raise translate_duckdb_error(exc, str(path)) from exc
        self._database = self._scalar("SELECT current_database()")

    # -- helpers ---------------------------------------------------------------------------

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor per call: DuckDB cursors are the per-thread handle on one connection.

        Each is interrupted when the asset's time budget passes (``flows.sources.budget``).
        """
        cur = self._con.cursor()
        budget.on_expiry(cur.interrupt)
        return cur

    def _scalar(self, query: str, params: list[object] | None = None) -> object:
        cur = self._cursor()
        try:
            rows = cur.execute(query, params or []).fetchall()
        finally:
            cur.close()
        return rows[0][0] if rows else None

    def _rows(self, query: str, params: list[object] | None = None) -> list[tuple]:
        cur = self._cursor()
        try:
            return cur.execute(query, params or []).fetchall()
        finally:
            cur.close()

    def _relation_kind(self, schema: str, name: str) -> str:
        """``table`` or ``view``; SourceNotFound when neither exists any more."""
        rows = self._rows(
            "SELECT 'table' FROM duckdb_tables() WHERE database_name = ? AND schema_name = ? AND table_name = ? "
            "UNION ALL SELECT 'view' FROM duckdb_views() WHERE database_name = ? AND schema_name = ? AND view_name = ?",
            [self._database, schema, name] * 2,
        )
        if not rows:
            raise SourceNotFound(f"{self.uri}: {schema}.{name} not found; it was dropped or renamed: rescan the source")
        return str(rows[0][0])

    def _columns(self, schema: str, name: str) -> list[tuple[str, str]]:
        return [
            (str(c), str(t))
            for c, t in self._rows(
                "SELECT column_name, data_type FROM duckdb_columns() "
                "WHERE database_name = ? AND schema_name = ? AND table_name = ? ORDER BY column_index",
                [self._database, schema, name],
            )
        ]

    @staticmethod
    def _select_list(columns: list[tuple[str, str]]) -> str:
        parts = []
        for col, dtype in columns:
            q = quote_identifier(col)
            if dtype.upper() in _TEXT_TYPES:
                parts.append(f"substr({q}, 1, {MAX_CELL_CHARS + 1}) AS {q}")
            else:
                parts.append(q)
        return ", ".join(parts) if parts else "*"

    def _where(self, asset: Asset) -> tuple[str, str]:
        return table_location(asset, "DuckDB")

    # -- Source protocol ---------------------------------------------------------------------

    def assets(self) -> list[Asset]:
        rows = self._rows(
            "SELECT schema_name, table_name FROM duckdb_tables() WHERE database_name = ? AND NOT temporary "
            "UNION ALL "
            "SELECT schema_name, view_name FROM duckdb_views() WHERE database_name = ? AND NOT temporary AND NOT internal",
            [self._database, self._database],
        )
        return table_assets(self.uri, sorted((str(s), str(n)) for s, n in rows), self._include, self._exclude)

    def sample_query(self, asset: Asset, n: int) -> str:
        """The SQL ``sample`` runs: shows (and lets tests EXPLAIN) that sampling is at the source."""
        schema, name = self._where(asset)
        columns = self._columns(schema, name)
        n = sample_size(n)
        return (
            f"SELECT {self._select_list(columns)} FROM {qualified_name(schema, name)} "
            f"USING SAMPLE reservoir({n} ROWS) REPEATABLE ({SAMPLE_SEED})"
        )

    def sample(self, asset: Asset, n: int) -> AssetSample:
        schema, name = self._where(asset)
        try:
            kind = self._relation_kind(schema, name)
            columns = self._columns(schema, name)
            cur = self._cursor()
            try:
                raw = cur.sql(self.sample_query(asset, n)).to_arrow_table()
            finally:
                cur.close()
            row_count = None
            if kind == "table":
                row_count = int(self._scalar(f"SELECT count(*) FROM {qualified_name(schema, name)}"))  # type: ignore[arg-type]
        except duckdb.Error as exc:
            raise translate_duckdb_error(exc, f"{self.uri}: {asset.name}") from exc
        table, cut, dtypes = shape_sample(raw, dict(columns))
        notes = () if kind == "table" else (VIEW_NOT_COUNTED,)
        return AssetSample(
            asset=asset,
            table=table,
            row_count=row_count,
            dtypes=dtypes,
            truncated_cells=cut,
            notes=notes,
        )

    def batches(self, asset: Asset, batch_rows: int = 100_000) -> Iterator[pa.RecordBatch]:
        schema, name = self._where(asset)
        cur = self._cursor()  # a cursor of its own: the stream holds it until drained
        try:
            columns = self._columns(schema, name)
            query = f"SELECT {self._select_list(columns)} FROM {qualified_name(schema, name)}"
            yield from shape_batches(cur.sql(query).to_arrow_reader(batch_rows))
        except duckdb.Error as exc:
            raise translate_duckdb_error(exc, f"{self.uri}: {asset.name}") from exc
        finally:
            cur.close()

    def date_histogram(self, asset: Asset, column: str) -> list[tuple[date, int]]:
        schema, name = self._where(asset)
        try:
            expr, dtype = self._column_expression(schema, name, column)
            day = duckdb_day_sql(expr, dtype, column)
            rows = self._rows(
                f"SELECT d, count(*) FROM (SELECT {day} AS d FROM {qualified_name(schema, name)}) "
                "WHERE d IS NOT NULL GROUP BY d ORDER BY d"
            )
        except duckdb.Error as exc:
            raise translate_duckdb_error(exc, f"{self.uri}: {asset.name}") from exc
        return [(d, int(c)) for d, c in rows]

    def _column_expression(self, schema: str, name: str, column: str) -> tuple[str, str]:
        """SQL and DuckDB type for ``column``: a top-level column, or a flattened struct path.

        ``sample`` names struct fields ``contact.email``; the same name must reach the field
        here. The longest top-level column that prefixes the path wins, the rest is walked
        with ``struct_extract`` (field names as string literals, never pasted identifiers).
        """
        types = dict(self._columns(schema, name))
        if column in types:
            return quote_identifier(column), types[column]
        parts = column.split(".")
        for i in range(len(parts) - 1, 0, -1):
            top = ".".join(parts[:i])
            if top in types and types[top].upper().startswith("STRUCT"):
                expr = quote_identifier(top)
                for field_name in parts[i:]:
                    expr = f"struct_extract({expr}, {string_literal(field_name)})"
                try:
                    described = self._rows(f"DESCRIBE SELECT {expr} AS v FROM {qualified_name(schema, name)}")
                except duckdb.BinderException:
                    break
                return expr, str(described[0][1])
        raise SourceNotFound(f"{self.uri}: {schema}.{name} has no column {column!r}: check the column name")

    def fingerprint(self, asset: Asset) -> str:
        """Columns and types, row count, and the table's storage layout.

        ``pragma_storage_info`` lists each column segment's block, row count and pending-update
        flag from metadata alone (no data scan); any committed write moves or flags a segment, so
        the hash changes when the data does. A view has no storage: its definition plus the
        database file's size and mtime stand in (any write to the file rescans its views).
        """
        schema, name = self._where(asset)
        h = hashlib.sha256()
        try:
            kind = self._relation_kind(schema, name)
            h.update(repr(self._columns(schema, name)).encode())
            if kind == "table":
                qualified = qualified_name(schema, name)
                h.update(repr(self._scalar(f"SELECT count(*) FROM {qualified}")).encode())
                layout = self._rows(
                    "SELECT row_group_id, column_id, segment_id, start, count, block_id, block_offset, has_updates "
                    "FROM pragma_storage_info(?) ORDER BY ALL",
                    [f"{quote_identifier(self._database)}.{qualified}"],
                )
                h.update(repr(layout).encode())
            else:
                h.update(
                    repr(
                        self._rows(
                            "SELECT sql FROM duckdb_views() WHERE database_name = ? AND schema_name = ? AND view_name = ?",
                            [self._database, schema, name],
                        )
                    ).encode()
                )
                for path in (self.path, Path(str(self.path) + ".wal")):
                    try:
                        st = os.stat(path)
                        h.update(f"{st.st_size}:{st.st_mtime_ns}".encode())
                    except FileNotFoundError:
                        pass
        except duckdb.Error as exc:
            raise translate_duckdb_error(exc, f"{self.uri}: {asset.name}") from exc
        return h.hexdigest()

    def close(self) -> None:
        self._con.close()
