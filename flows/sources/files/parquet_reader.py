"""Parquet through DuckDB's built-in reader, checked against its own footer first.

The footer (``parquet_metadata``) gives the exact row count and each column chunk's compressed
and uncompressed size without reading data. A file whose pages expand more than
``MAX_EXPANSION`` times (past ``EXPANSION_FLOOR``) is refused as a compression bomb before a
page is decompressed. A sample reads at most ``MAX_SCAN_ROWS`` rows (``LIMIT`` stops DuckDB's
scan) through a reservoir; text is cut at ``MAX_CELL_CHARS + 1`` in the scan. Parquet has no
row-level parse errors: a damaged file fails whole, as a ``SourceFormatError``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pyarrow as pa

from flows.sources.base import Asset, AssetSample, SourceError
from flows.sources.columns import shape_batches, shape_sample
from flows.sources.errors import SourceFormatError, SourceLimitError, SourceReadError
from flows.sources.files.base import FileReader, duckdb_reading
from flows.sources.limits import EXPANSION_FLOOR, MAX_CELL_CHARS, MAX_EXPANSION, MAX_SCAN_ROWS, SAMPLE_SEED
from flows.sources.sql import quote_identifier


def parquet_error(exc: duckdb.Error, path: Path) -> SourceError:
    if isinstance(exc, duckdb.OutOfMemoryException):
        return SourceLimitError(f"{path}: reading it exceeded DuckDB's memory budget: rewrite it with smaller row groups")
    if isinstance(exc, duckdb.IOException):
        return SourceReadError(f"{path}: could not be read (I/O error): check the disk and permissions")
    return SourceFormatError(
        f"{path}: not a valid Parquet file (damaged or truncated footer?): re-export it, or exclude it"
    )


class ParquetReader(FileReader):
    suffixes = (".parquet", ".pq")
    label = "Parquet"

    def _check(self, con: duckdb.DuckDBPyConnection, path: Path) -> tuple[int, list[tuple[str, str]]]:
        """(rows, [(column, DuckDB type)]) from the footer, refusing compression bombs."""
        head = path.open("rb").read(4)
        if head != b"PAR1":
            raise SourceFormatError(f"{path}: not a Parquet file (no PAR1 magic): rename it to its real format or exclude it")
        rows = int(con.execute("SELECT num_rows FROM parquet_file_metadata(?)", [str(path)]).fetchall()[0][0])  # type: ignore[index]
        compressed, uncompressed = con.execute(
            "SELECT coalesce(sum(total_compressed_size), 0), coalesce(sum(total_uncompressed_size), 0) FROM parquet_metadata(?)",
            [str(path)],
        ).fetchall()[0]
        if uncompressed > EXPANSION_FLOOR and uncompressed > MAX_EXPANSION * max(1, compressed):
            raise SourceLimitError(
                f"{path}: its pages expand {uncompressed // max(1, compressed)}-fold when decompressed "
                f"({compressed} to {uncompressed} bytes): likely a compression bomb; exclude it or rewrite it"
            )
        columns = [
            (str(name), str(dtype))
            for name, dtype, *_ in con.execute("DESCRIBE SELECT * FROM read_parquet(?)", [str(path)]).fetchall()
        ]
        return rows, columns

    @staticmethod
    def _select(columns: list[tuple[str, str]]) -> str:
        parts = []
        for name, dtype in columns:
            q = quote_identifier(name)
            parts.append(f"substr({q}, 1, {MAX_CELL_CHARS + 1}) AS {q}" if dtype.upper() == "VARCHAR" else q)
        return ", ".join(parts) if parts else "*"

    def sample(self, asset: Asset, path: Path, n: int) -> AssetSample:
        with duckdb_reading(path, parquet_error) as con:
            rows, columns = self._check(con, path)
            raw = con.sql(
                f"SELECT * FROM (SELECT {self._select(columns)} FROM read_parquet($path) LIMIT {MAX_SCAN_ROWS}) "
                f"USING SAMPLE reservoir({int(n)} ROWS) REPEATABLE ({SAMPLE_SEED})",
                params={"path": str(path)},
            ).to_arrow_table()
        table, cut, dtypes = shape_sample(raw, dict(columns))
        notes = (f"sampled from the first {MAX_SCAN_ROWS} of {rows} rows",) if rows > MAX_SCAN_ROWS else ()
        return AssetSample(
            asset=asset,
            table=table,
            row_count=rows,
            dtypes=dtypes,
            truncated_cells=cut,
            notes=notes,
        )

    def batches(self, asset: Asset, path: Path, batch_rows: int) -> Iterator[pa.RecordBatch]:
        with duckdb_reading(path, parquet_error) as con:
            _, columns = self._check(con, path)
            reader = con.sql(
                f"SELECT {self._select(columns)} FROM read_parquet($path)", params={"path": str(path)}
            ).to_arrow_reader(batch_rows)
            yield from shape_batches(reader)
