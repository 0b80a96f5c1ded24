"""CSV and TSV through DuckDB's built-in reader, after ``textio`` has settled the encoding.

* Every column is read as text (``all_varchar``): CSV has no types, and DuckDB's type sniffing
  would turn the postal code ``01000`` into 1000 and the phone number ``0612345678`` into an
  integer, destroying exactly what the classifier looks for; a column sniffed as integer would
  also reject the row where ``N/A`` first appears.
* The delimiter, quoting and header are DuckDB's sniffer's (it finds the ``;`` of French Excel
  exports); ``.tsv``/``.tab`` force a tab.
* Row accounting: malformed rows (too many or too few fields, a stray quote) are not dropped
  silently. The sample counts good rows and, from DuckDB's ``reject_errors`` table, distinct
  rejected lines, so ``row_count = read + rejected`` is every record in the file.
* DuckDB quotes the offending line in its errors; those are caught and rewritten without it.

Known limit: DuckDB takes the first line as a header when every column is text, so a headerless
file of names loses its first row to column names (that row then is not counted).
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa

from flows.sources.base import Asset, AssetSample, SourceError
from flows.sources.columns import shape_sample
from flows.sources.errors import SourceFormatError, SourceLimitError, SourceReadError
from flows.sources.files.base import PreparedTextReader
from flows.sources.files.textio import LineFilter, split_name
from flows.sources.limits import MAX_CELL_CHARS, MAX_LINE_BYTES, MAX_SAMPLE_BYTES, SAMPLE_SEED
from flows.sources.sql import string_literal


def csv_error(exc: duckdb.Error, path: Path) -> SourceError:
    """A DuckDB CSV error, classified from its text but never quoting it (it holds raw lines)."""
    text = str(exc)
    if "Maximum line size" in text:
        return SourceLimitError(
            f"{path}: a line is longer than {MAX_LINE_BYTES} bytes (a missing closing quote?): "
            "fix the quoting or split the file"
        )
    if "sniff" in text.lower() or "dialect" in text.lower():
        return SourceFormatError(
            f"{path}: DuckDB could not detect the CSV layout (delimiter, quoting): check it is a CSV export, not another format"
        )
    if isinstance(exc, duckdb.OutOfMemoryException):
        return SourceLimitError(f"{path}: reading it exceeded DuckDB's memory budget: split the file")
    if isinstance(exc, duckdb.IOException):
        return SourceReadError(f"{path}: could not be read (I/O error): check the disk and permissions")
    return SourceFormatError(f"{path}: not readable as CSV ({type(exc).__name__}): check the file opens in a spreadsheet")


class CSVReader(PreparedTextReader):
    suffixes = (".csv", ".tsv", ".tab")
    label = "CSV"
    _error = staticmethod(csv_error)

    @staticmethod
    def _options(path: Path, *, rejects: bool) -> str:
        fmt, _ = split_name(path)
        opts = [
            "all_varchar = true",
            f"max_line_size = {MAX_LINE_BYTES}",
            f"buffer_size = {2 * MAX_LINE_BYTES}",
            "store_rejects = true" if rejects else "ignore_errors = true",
        ]
        if fmt in (".tsv", ".tab"):
            opts.append(f"delim = {string_literal(chr(9))}")
        return ", ".join(opts)

    def sample(self, asset: Asset, path: Path, n: int) -> AssetSample:
        if path.stat().st_size == 0:
            return AssetSample(asset=asset, table=pa.table({}), row_count=0, notes=("empty file",))
        with self._prepared(path, max_bytes=MAX_SAMPLE_BYTES) as (prepared, con):
            if prepared.path.stat().st_size == 0:
                return AssetSample(asset=asset, table=pa.table({}), row_count=0, notes=tuple(prepared.notes))
            opts = self._options(path, rejects=True)
            target = str(prepared.path)
            read = int(con.execute(f"SELECT count(*) FROM read_csv(?, {opts})", [target]).fetchall()[0][0])  # type: ignore[index]
            try:
                rejected = int(
                    con.sql("SELECT count(*) FROM (SELECT DISTINCT file_id, line FROM reject_errors)").fetchall()[0][0]  # type: ignore[index]
                )
            except duckdb.CatalogException:
                rejected = 0
            raw = con.sql(
                f"SELECT * FROM (SELECT substr(COLUMNS(*), 1, {MAX_CELL_CHARS + 1}) FROM read_csv($path, {opts})) "
                f"USING SAMPLE reservoir({int(n)} ROWS) REPEATABLE ({SAMPLE_SEED})",
                params={"path": target},
            ).to_arrow_table()
        table, cut, _ = shape_sample(raw)
        notes = list(prepared.notes)
        if rejected:
            notes.append(f"{rejected} malformed rows rejected (wrong number of fields or bad quoting)")
        return AssetSample(
            asset=asset,
            table=table,
            row_count=read + rejected if prepared.complete else None,
            rejected=rejected,
            dtypes={c: "varchar" for c in table.column_names},
            truncated_cells=cut,
            notes=tuple(notes),
        )

    def _full_read(self, path: Path) -> tuple[str, LineFilter | None]:
        """Every good row; rows the sample reports as rejected are skipped (``ignore_errors``)."""
        query = f"SELECT substr(COLUMNS(*), 1, {MAX_CELL_CHARS + 1}) FROM read_csv($path, {self._options(path, rejects=False)})"
        return query, None
