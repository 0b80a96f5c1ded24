"""What every per-format file reader provides, and the parts they share.

A ``FileReader`` knows one family of formats. ``FileSource`` lists files, picks a reader by
extension and hands it the path; readers never walk folders. Each reader works from a fresh
in-memory DuckDB per call (``duckdb_reading``), so two files never share state such as
DuckDB's ``reject_errors`` table. CSV and JSON share more: both are text that ``textio.prepare``
makes bounded UTF-8 first, and both stream it back the same way (``PreparedTextReader``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import duckdb
import pyarrow as pa

from flows.sources import budget
from flows.sources.base import Asset, AssetSample, SourceError
from flows.sources.columns import shape_batches
from flows.sources.engine import memory_connection
from flows.sources.errors import SourceNotFound
from flows.sources.files.textio import LineFilter, Prepared, prepare, split_name
from flows.sources.sql import duckdb_day_sql

#: A format's translation of a DuckDB error on a file into its own one-line ``SourceError``.
DuckDBErrorMap = Callable[[duckdb.Error, Path], SourceError]


@contextmanager
def duckdb_reading(path: Path, error: DuckDBErrorMap) -> Iterator[duckdb.DuckDBPyConnection]:
    """A fresh in-memory DuckDB for one read of ``path``, closed afterwards.

    A DuckDB error leaves as ``error(exc, path)``: DuckDB's own text can quote the data (the
    CSV reader prints the offending line), so it stays chained, never shown.
    """
    con = memory_connection()
    try:
        yield con
    except duckdb.Error as exc:
        if isinstance(exc, duckdb.InterruptException) and budget.passed():
            raise budget.timeout_error(str(path)) from exc
        raise error(exc, path) from exc
    finally:
        con.close()


class FileReader:
    """Base of the per-format readers (see module doc)."""

    #: lower-case suffixes handled, format part only (``.csv`` also covers ``.csv.gz``)
    suffixes: tuple[str, ...] = ()
    #: whether ``.gz``/``.bz2``/``.xz`` variants are read
    compressible: bool = False
    #: ``file`` (rows and columns) or ``document`` (text classified as a whole)
    kind: str = "file"
    #: the format's name in messages
    label: str = "file"
    #: whether one file holds several assets (workbook sheets)
    multi_asset: bool = False

    def assets(self, source: str, name: str, path: Path) -> list[Asset]:
        """The assets in one file; most formats hold exactly one."""
        return [Asset(source=source, name=name, kind=self.kind, location=(str(path),))]

    def sample(self, asset: Asset, path: Path, n: int) -> AssetSample:
        raise NotImplementedError

    def batches(self, asset: Asset, path: Path, batch_rows: int) -> Iterator[pa.RecordBatch]:
        raise NotImplementedError

    def date_histogram(self, asset: Asset, path: Path, column: str) -> list[tuple[date, int]]:
        """Per-day counts of ``column`` over every row, from the streamed batches.

        Each batch's one column is grouped by day in DuckDB with the shared parsing rules
        (``sql.duckdb_day_sql``) and the counts summed, so memory holds one batch and a
        column whose type drifts between batches (spreadsheets) still counts.
        """
        from flows.sources.duckdb_source import translate_duckdb_error

        totals: dict[date, int] = {}
        with duckdb_reading(path, lambda exc, _path: translate_duckdb_error(exc, asset.name)) as con:
            for batch in self.batches(asset, path, 100_000):
                if column not in batch.schema.names:
                    raise SourceNotFound(
                        f"{asset.name}: no column {column!r}: check the column name (nested fields are dotted: a.b)"
                    )
                part = pa.table({"v": batch.column(batch.schema.get_field_index(column))})
                con.register("day_part", part)
                dtype = con.sql("SELECT column_type FROM (DESCRIBE day_part)").fetchall()[0][0]  # type: ignore[index]
                day = duckdb_day_sql("v", str(dtype), column)
                for d, c in con.sql(f"SELECT {day} AS d, count(*) FROM day_part WHERE d IS NOT NULL GROUP BY d").fetchall():
                    totals[d] = totals.get(d, 0) + int(c)
                con.unregister("day_part")
        return sorted(totals.items())


class PreparedTextReader(FileReader):
    """Base of the CSV and JSON readers: text made bounded UTF-8 by ``textio.prepare``, then
    read by DuckDB.

    ``_prepared`` is the one place that prepares (decodes, decompresses, bounds, line-filters)
    a file, opens the DuckDB that reads the prepared copy and removes that copy whatever
    happens. ``batches`` is the same for both formats; a subclass says how to translate DuckDB
    errors (``_error``) and which query reads every row (``_full_read``).
    """

    compressible = True

    @staticmethod
    def _error(exc: duckdb.Error, path: Path) -> SourceError:
        """The format's ``SourceError`` for a DuckDB failure on ``path`` (see ``duckdb_reading``)."""
        raise NotImplementedError

    def _full_read(self, path: Path) -> tuple[str, LineFilter | None]:
        """The query that reads every row of the prepared copy (bound as ``$path``), and the
        line filter ``prepare`` applies on the way."""
        raise NotImplementedError

    def _finish_query(self, query: str, path: Path, prepared: Path, con: duckdb.DuckDBPyConnection) -> str:
        """``_full_read``'s query completed from the prepared copy (the CSV header decision)."""
        return query

    @contextmanager
    def _prepared(
        self, path: Path, *, max_bytes: int | None, line_filter: LineFilter | None = None
    ) -> Iterator[tuple[Prepared, duckdb.DuckDBPyConnection]]:
        """``path`` prepared (see ``textio.prepare``) and a DuckDB to read it; both released after."""
        _, compression = split_name(path)
        prepared = prepare(path, compression, self.label, max_bytes=max_bytes, line_filter=line_filter)
        try:
            with duckdb_reading(path, self._error) as con:
                yield prepared, con
        finally:
            prepared.cleanup()

    def batches(self, asset: Asset, path: Path, batch_rows: int) -> Iterator[pa.RecordBatch]:
        if path.stat().st_size == 0:
            return
        query, line_filter = self._full_read(path)
        with self._prepared(path, max_bytes=None, line_filter=line_filter) as (prepared, con):
            if prepared.path.stat().st_size == 0:
                return
            query = self._finish_query(query, path, prepared.path, con)
            reader = con.sql(query, params={"path": str(prepared.path)}).to_arrow_reader(batch_rows)
            yield from shape_batches(reader)
