"""CSV and TSV through DuckDB's built-in reader, after ``textio`` has settled the encoding.

* Every column is read as text (``all_varchar``): CSV has no types, and DuckDB's type sniffing
  would turn the postal code ``01000`` into 1000 and the phone number ``0612345678`` into an
  integer, destroying exactly what the classifier looks for; a column sniffed as integer would
  also reject the row where ``N/A`` first appears.
* The delimiter and quoting are DuckDB's sniffer's (it finds the ``;`` of French Excel
  exports); ``.tsv``/``.tab`` force a tab.
* The header: DuckDB's sniffer says a first row is a header unless its types differ from the
  rows below, and with every column text it always says header, so a header-less file of
  IBANs and emails would give its first row as column names, and those values would then be
  printed in every output. ropa reads the first rows without a header and asks
  ``name_values.header_is_data`` (a cell that is a value on its own, or shaped like its
  column's values); a first row of data makes the columns ``column_1``... and is scanned.
* Row accounting: malformed rows (too many or too few fields, a stray quote) are not dropped
  silently. The sample counts good rows and, from DuckDB's ``reject_errors`` table, distinct
  rejected lines, so ``row_count = read + rejected`` is every record in the file. The first
  rejected lines are located by number: ``reject_errors.line`` counts records (a quoted field
  spanning two lines is one), so the physical line is counted from ``line_byte_position``
  instead. Only positions are read from that table, never its ``csv_line`` (the raw line).
* DuckDB quotes the offending line in its errors; those are caught and rewritten without it.

* Shape first: the first line of the prepared copy is read before DuckDB sees the file. A first
  line longer than ``MAX_LINE_BYTES`` is refused at once (DuckDB's sniffer would spend minutes
  on it and cannot be interrupted), as is a file of more than ``MAX_CSV_COLUMNS`` columns. A
  file wider than ``WIDE_COLUMNS`` is read by Python's ``csv`` module instead (``wide_sample``,
  ``wide_batches``): DuckDB's reader costs seconds per pass per 10,000 columns and its sample of
  such a file overflowed its memory budget, while ``csv`` reads a row as one list whatever its
  width. The delimiter is then the most frequent of ``, ; TAB |`` in the first line.

Known limit: a header-less file whose first row holds no value ropa recognises and whose
columns have no shape (free words that are not listed names) still gives that row as names.
"""

from __future__ import annotations

import csv
import random
import re
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pyarrow as pa

from flows.sources import budget
from flows.sources.base import Asset, AssetSample, SourceError
from flows.sources.columns import shape_batches, shape_sample
from flows.sources.errors import SourceFormatError, SourceLimitError, SourceReadError
from flows.sources.files.base import PreparedTextReader
from flows.sources.files.textio import LineFilter, split_name
from flows.sources.name_values import header_is_data, positional_names
from flows.sources.limits import (MAX_CELL_CHARS, MAX_LINE_BYTES, MAX_REJECTED_LINES, MAX_SAMPLE_BYTES,
                                  SAMPLE_SEED)
from flows.sources.sql import string_literal

HEADER_PROBE_ROWS = 200  # rows below the first one that ``header_is_data`` compares it with
#: wider than this, a file is read by Python's csv module (see module doc)
WIDE_COLUMNS = 2_000
#: wider than this, a file is refused: no export has that many fields; a data dump on one line does
MAX_CSV_COLUMNS = 100_000
_DUCKDB_POSITIONAL = re.compile(r"^column[0-9]+$")


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
    def _options(path: Path, *, rejects: bool, header: str = "") -> str:
        fmt, _ = split_name(path)
        opts = [
            "all_varchar = true",
            f"max_line_size = {MAX_LINE_BYTES}",
            f"buffer_size = {2 * MAX_LINE_BYTES}",
            "store_rejects = true" if rejects else "ignore_errors = true",
        ]
        if fmt in (".tsv", ".tab"):
            opts.append(f"delim = {string_literal(chr(9))}")
        if header:
            opts.append(header)
        return ", ".join(opts)

    def _header_option(self, path: Path, target: str, con: duckdb.DuckDBPyConnection) -> str:
        """``""`` when the first row is a header, else ``header = false, names = [column_1...]``."""
        plain = self._options(path, rejects=False)
        names = [row[0] for row in con.execute(f"DESCRIBE SELECT * FROM read_csv(?, {plain})", [target]).fetchall()]
        if names and not all(_DUCKDB_POSITIONAL.match(str(n)) for n in names):
            rows = con.execute(
                f"SELECT * FROM read_csv(?, {plain}, header = false) LIMIT {HEADER_PROBE_ROWS + 1}", [target]
            ).fetchall()
            if not rows or not header_is_data(rows[0], rows[1:]):
                return ""
            width = len(rows[0])
        else:
            width = len(names)
        listed = ", ".join(string_literal(n) for n in positional_names(width))
        return f"header = false, names = [{listed}]"

    def sample(self, asset: Asset, path: Path, n: int) -> AssetSample:
        if path.stat().st_size == 0:
            return AssetSample(asset=asset, table=pa.table({}), row_count=0, notes=("empty file",))
        with self._prepared(path, max_bytes=MAX_SAMPLE_BYTES) as (prepared, con):
            if prepared.path.stat().st_size == 0:
                return AssetSample(asset=asset, table=pa.table({}), row_count=0, notes=tuple(prepared.notes))
            delimiter = _wide_delimiter(path, prepared.path)
            if delimiter is not None:
                return wide_sample(asset, prepared.path, n, delimiter, prepared.complete, prepared.notes)
            target = str(prepared.path)
            opts = self._options(path, rejects=True, header=self._header_option(path, target, con))
            read = int(con.execute(f"SELECT count(*) FROM read_csv(?, {opts})", [target]).fetchall()[0][0])  # type: ignore[index]
            try:
                rejected = int(
                    con.sql("SELECT count(*) FROM (SELECT DISTINCT file_id, line FROM reject_errors)").fetchall()[0][0]  # type: ignore[index]
                )
                positions = [int(r[0]) for r in con.sql(
                    "SELECT min(line_byte_position) AS p FROM reject_errors GROUP BY file_id, line "
                    f"ORDER BY p LIMIT {MAX_REJECTED_LINES}").fetchall()]
            except duckdb.CatalogException:
                rejected, positions = 0, []
            lines = line_numbers(prepared.path, positions)
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
            rejected_lines=lines,
            dtypes={c: "varchar" for c in table.column_names},
            truncated_cells=cut,
            notes=tuple(notes),
        )

    def _full_read(self, path: Path) -> tuple[str, LineFilter | None]:
        """Every good row; rows the sample reports as rejected are skipped (``ignore_errors``)."""
        query = f"SELECT substr(COLUMNS(*), 1, {MAX_CELL_CHARS + 1}) FROM read_csv($path, {{options}})"
        return query, None

    def batches(self, asset: Asset, path: Path, batch_rows: int) -> Iterator[pa.RecordBatch]:
        if path.stat().st_size == 0:
            return
        with self._prepared(path, max_bytes=MAX_LINE_BYTES + 1) as (head, _):   # the head settles the width
            delimiter = _wide_delimiter(path, head.path) if head.path.stat().st_size else None
        if delimiter is None:
            yield from super().batches(asset, path, batch_rows)
            return
        with self._prepared(path, max_bytes=None) as (prepared, _):
            yield from shape_batches(wide_batches(prepared.path, delimiter, batch_rows))

    def _finish_query(self, query: str, path: Path, prepared: Path, con: duckdb.DuckDBPyConnection) -> str:
        """The full read decides the header the way the sample did."""
        header = self._header_option(path, str(prepared), con)
        return query.replace("{options}", self._options(path, rejects=False, header=header))


def line_numbers(path: Path, positions: list[int]) -> tuple[int, ...]:
    """The 1-based line of each byte position in ``path`` (ascending, distinct): one streamed
    pass that counts newlines, reading no further than the last position."""
    found: list[int] = []
    wanted = sorted(set(positions))
    if not wanted:
        return ()
    newlines = offset = 0
    with open(path, "rb") as fh:
        while wanted:
            chunk = fh.read(1 << 20)
            if not chunk:
                break
            end = offset + len(chunk)
            while wanted and wanted[0] < end:
                newlines_before = newlines + chunk.count(b"\n", 0, wanted.pop(0) - offset)
                found.append(newlines_before + 1)
            newlines += chunk.count(b"\n")
            offset = end
    return tuple(sorted(set(found)))


# --- wide files (see module doc) -------------------------------------------------------------


def _first_line(prepared: Path) -> bytes:
    with open(prepared, "rb") as fh:
        return fh.readline(MAX_LINE_BYTES + 1)


def _wide_delimiter(path: Path, prepared: Path) -> str | None:
    """The delimiter when the file must be read as a wide file, None for DuckDB's reader;
    raises ``SourceLimitError`` for a first line or a width no reader should attempt."""
    line = _first_line(prepared)
    if len(line) > MAX_LINE_BYTES:
        raise SourceLimitError(
            f"{path}: the first line is longer than {MAX_LINE_BYTES} bytes (not a CSV export, or a "
            "missing line break?): split the file"
        )
    fmt, _ = split_name(path)
    if fmt in (".tsv", ".tab"):
        delimiter = "\t"
    else:
        counts = {d: line.count(d.encode()) for d in (",", ";", "\t", "|")}
        delimiter = max(counts, key=lambda d: counts[d])
    fields = line.count(delimiter.encode()) + 1   # an upper bound (quoted delimiters count too)
    if fields <= WIDE_COLUMNS:
        return None
    if fields > MAX_CSV_COLUMNS:
        raise SourceLimitError(
            f"{path}: the first line holds {fields:,} fields, more than the {MAX_CSV_COLUMNS:,} ropa reads "
            "(a data dump on one line?): split the file"
        )
    return delimiter


def _wide_rows(prepared: Path, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(line number where the record starts, its cells): a quoted field may span lines."""
    csv.field_size_limit(MAX_LINE_BYTES)
    with open(prepared, encoding="utf-8", errors="replace", newline="") as fh:
        reader = csv.reader(fh, delimiter=delimiter)
        i = 0
        while True:
            start = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            if i % 256 == 0:
                budget.check(str(prepared))
            i += 1
            yield start, [cell[: MAX_CELL_CHARS + 1] for cell in row]


def _wide_header(rows: Iterator[tuple[int, list[str]]]) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """(column names, the rows read ahead to decide them, first row included when it is data)."""
    ahead = [r for _, r in zip(range(HEADER_PROBE_ROWS + 1), rows)]
    if not ahead:
        return [], []
    first = ahead[0][1]
    if header_is_data(tuple(first), [tuple(r) for _, r in ahead[1:]]):
        return positional_names(len(first)), ahead
    names: list[str] = []
    seen: set[str] = set()
    for i, cell in enumerate(first):
        name = cell.strip() or f"column_{i + 1}"
        base, k = name, 2
        while name in seen:
            name = f"{base}_{k}"
            k += 1
        seen.add(name)
        names.append(name)
    return names, ahead[1:]


def _wide_table(names: list[str], rows: list[list[str]]) -> pa.Table:
    return pa.table({name: pa.array([r[i] or None for r in rows], pa.string()) for i, name in enumerate(names)})


def wide_sample(asset: Asset, prepared: Path, n: int, delimiter: str, complete: bool,
                notes: list[str]) -> AssetSample:
    """A seeded reservoir of ``n`` rows of a wide file; rows of another width are rejected."""
    rows = _wide_rows(prepared, delimiter)
    names, ahead = _wide_header(rows)
    rng = random.Random(SAMPLE_SEED)
    kept: list[list[str]] = []
    read = rejected = 0
    lines: list[int] = []
    for line, row in _chain(ahead, rows):
        if len(row) != len(names):
            rejected += 1
            if len(lines) < MAX_REJECTED_LINES:
                lines.append(line)
            continue
        read += 1
        if len(kept) < n:
            kept.append(row)
        else:
            j = rng.randrange(read)
            if j < n:
                kept[j] = row
    table, cut, _ = shape_sample(_wide_table(names, kept))
    shown = [*notes, f"read by Python's csv module: {len(names):,} columns is too wide for DuckDB's reader"]
    if rejected:
        shown.append(f"{rejected} malformed rows rejected (wrong number of fields)")
    return AssetSample(asset=asset, table=table, row_count=read + rejected if complete else None, rejected=rejected,
                       rejected_lines=tuple(lines), dtypes={c: "varchar" for c in table.column_names}, truncated_cells=cut, notes=tuple(shown))


def wide_batches(prepared: Path, delimiter: str, batch_rows: int) -> Iterator[pa.RecordBatch]:
    rows = _wide_rows(prepared, delimiter)
    names, ahead = _wide_header(rows)
    batch: list[list[str]] = []
    for _, row in _chain(ahead, rows):
        if len(row) != len(names):
            continue
        batch.append(row)
        if len(batch) >= batch_rows:
            yield from _wide_table(names, batch).to_batches()
            batch = []
    if batch:
        yield from _wide_table(names, batch).to_batches()


def _chain(first: list[tuple[int, list[str]]], rest: Iterator[tuple[int, list[str]]]) -> Iterator[tuple[int, list[str]]]:
    yield from first
    yield from rest
