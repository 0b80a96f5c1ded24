"""What every per-format file reader provides, and the parts they share.

A ``FileReader`` knows one family of formats. ``FileSource`` lists files, picks a reader by
extension and hands it the path; readers never walk folders. Each reader works from a fresh
in-memory DuckDB per call (``engine.memory_connection``), so two files never share state such
as DuckDB's ``reject_errors`` table.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import duckdb
import pyarrow as pa

from flows.sources.base import Asset, AssetSample
from flows.sources.engine import memory_connection
from flows.sources.errors import SourceNotFound
from flows.sources.sql import duckdb_day_sql


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
        totals: dict[date, int] = {}
        con = memory_connection()
        try:
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
        except duckdb.Error as exc:
            from flows.sources.duckdb_source import translate_duckdb_error

            raise translate_duckdb_error(exc, asset.name) from exc
        finally:
            con.close()
        return sorted(totals.items())
