"""Excel workbooks (``.xlsx``, ``.xlsm``) through openpyxl's streaming read-only mode.

Each worksheet is an asset named ``book.xlsx#Sheet1``. DuckDB's ``excel`` extension would have
to be downloaded, and pandas would load a whole sheet; openpyxl read-only streams rows from the
zip without building the sheet in memory.

* An .xlsx is a zip: before openpyxl opens it, the members' declared sizes are checked, and a
  workbook that expands more than ``MAX_EXPANSION`` times past ``EXPANSION_FLOOR`` is refused
  as a zip bomb.
* The first non-empty row is the header (blank header cells become ``column_N``, repeats get a
  suffix), unless ``name_values.header_is_data`` says it is data (a cell that is an email, an
  IBAN... on its own, or shaped like its column's values): then every column is ``column_N``
  and that row is scanned. Wholly empty rows (formatting leftovers) are not records and are
  not counted.
* A sample is a seeded reservoir over at most ``MAX_SCAN_ROWS`` rows / ``MAX_SCAN_CELLS``
  cells. Columns keep the cells' types (numbers, dates, text); a column mixing types is text.
* ``batches`` gives text columns (a column's type is only known after its last row; dates print
  as ISO). A row wider than the header adds ``column_N`` columns from that batch on.
"""

from __future__ import annotations

import random
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time
from itertools import chain, islice
from pathlib import Path
from typing import Any

import pyarrow as pa

from flows.sources.base import Asset, AssetSample, SourceError
from flows.sources.columns import column_to_array, shape_batches, shape_sample
from flows.sources.errors import SourceFormatError, SourceLimitError, SourceNotFound
from flows.sources.files.base import FileReader
from flows.sources.limits import EXPANSION_FLOOR, MAX_EXPANSION, MAX_SCAN_CELLS, MAX_SCAN_ROWS, SAMPLE_SEED
from flows.sources.name_values import header_is_data, positional_names

HEADER_PROBE_ROWS = 200  # rows below the first one that ``header_is_data`` compares it with


def _header(row: tuple[Any, ...]) -> list[str]:
    names: list[str] = []
    seen: set[str] = set()
    for i, value in enumerate(row):
        name = str(value).strip() if value is not None and str(value).strip() else f"column_{i + 1}"
        base, k = name, 2
        while name in seen:
            name = f"{base}_{k}"
            k += 1
        seen.add(name)
        names.append(name)
    return names


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    return str(value)


def _guarded(rows: Iterator[tuple[Any, ...]], path: Path) -> Iterator[tuple[Any, ...]]:
    """openpyxl's rows, its parse failures (damaged sheet XML, bad shared strings) as one
    ``SourceFormatError`` whose message names the failure's type only: parser messages can
    quote the damaged cell."""
    try:
        yield from rows
    except (SourceError, GeneratorExit):
        raise
    except Exception as exc:  # noqa: BLE001 - openpyxl and its XML parser raise many types
        raise SourceFormatError(
            f"{path}: a worksheet could not be parsed ({type(exc).__name__}): re-save the workbook from Excel/LibreOffice"
        ) from exc


class ExcelReader(FileReader):
    suffixes = (".xlsx", ".xlsm")
    label = "Excel"
    multi_asset = True

    # -- opening -----------------------------------------------------------------------------

    def _check_zip(self, path: Path) -> None:
        try:
            with zipfile.ZipFile(path) as z:
                infos = z.infolist()
        except zipfile.BadZipFile as exc:
            raise SourceFormatError(
                f"{path}: not a valid .xlsx workbook (not a zip archive; an old .xls or a renamed file?): "
                "re-save it as .xlsx, or exclude it"
            ) from exc
        expanded = sum(i.file_size for i in infos)
        packed = max(1, sum(i.compress_size for i in infos))
        if expanded > EXPANSION_FLOOR and expanded > MAX_EXPANSION * packed:
            raise SourceLimitError(
                f"{path}: expands {expanded // packed}-fold when unzipped ({packed} to {expanded} bytes): "
                "likely a zip bomb; exclude it"
            )

    def _open(self, path: Path):  # -> openpyxl Workbook
        import openpyxl

        self._check_zip(path)
        try:
            return openpyxl.load_workbook(path, read_only=True, data_only=True)
        except SourceError:
            raise
        except Exception as exc:  # noqa: BLE001 - openpyxl and its XML parsers raise many types
            # (InvalidFileException, BadZipFile, KeyError, XMLSyntaxError...): the type is named,
            # the parser's message is not (it can quote the damaged cell).
            raise SourceFormatError(
                f"{path}: not a readable .xlsx workbook ({type(exc).__name__}): re-save it from Excel/LibreOffice"
            ) from exc

    def assets(self, source: str, name: str, path: Path) -> list[Asset]:
        """One asset per worksheet; a workbook that cannot be opened stays one asset whose
        ``sample`` raises, so the scan reports it instead of losing it."""
        try:
            wb = self._open(path)
        except (SourceFormatError, SourceLimitError):
            return [Asset(source=source, name=name, kind="file", location=(str(path),))]
        try:
            sheets = [ws.title for ws in wb.worksheets]
        finally:
            wb.close()
        return [Asset(source=source, name=f"{name}#{s}", kind="file", location=(str(path), s)) for s in sheets]

    def _rows(self, asset: Asset, path: Path) -> Iterator[tuple[list[str], tuple[Any, ...]]]:
        """(header, row) for every non-empty data row of the asset's sheet."""
        wb = self._open(path)
        try:
            if len(asset.location) < 2:
                sheets = [ws.title for ws in wb.worksheets]
                raise SourceFormatError(f"{path}: open as sheets, not as a whole workbook ({len(sheets)} sheets)")
            sheet = asset.location[1]
            if sheet not in wb.sheetnames:
                raise SourceNotFound(f"{path}: no sheet {sheet!r}; it was renamed or deleted: rescan the folder")
            ws = wb[sheet]
            ws.reset_dimensions()  # declared dimensions can be wrong; read what is there
            rows = (
                row
                for row in _guarded(ws.iter_rows(values_only=True), path)
                if not all(v is None or (isinstance(v, str) and not v.strip()) for v in row)
            )
            first = next(rows, None)
            if first is None:
                return
            probe = list(islice(rows, HEADER_PROBE_ROWS))
            if header_is_data(first, probe):
                header, body = positional_names(len(first)), chain([first], probe, rows)
            else:
                header, body = _header(first), chain(probe, rows)
            for row in body:
                if len(row) > len(header):
                    header = header + [f"column_{i + 1}" for i in range(len(header), len(row))]
                yield header, row
        finally:
            wb.close()

    # -- reading -----------------------------------------------------------------------------

    def sample(self, asset: Asset, path: Path, n: int) -> AssetSample:
        rng = random.Random(SAMPLE_SEED)
        reservoir: list[tuple[Any, ...]] = []
        header: list[str] = []
        seen = 0
        cells = 0
        complete = True
        for header, row in self._rows(asset, path):
            if seen >= MAX_SCAN_ROWS or cells >= MAX_SCAN_CELLS:
                complete = False
                break
            seen += 1
            cells += len(row)
            if len(reservoir) < n:  # Algorithm R: every row kept with probability n / seen
                reservoir.append(row)
            else:
                j = rng.randrange(seen)
                if j < n:
                    reservoir[j] = row
        width = len(header)
        columns = [[(r[i] if i < len(r) else None) for r in reservoir] for i in range(width)]
        raw = pa.Table.from_arrays([column_to_array(c) for c in columns], names=header) if width else pa.table({})
        table, cut, dtypes = shape_sample(raw)
        notes = () if complete else (f"sampled from the first {seen} rows of the sheet",)
        return AssetSample(
            asset=asset,
            table=table,
            row_count=seen if complete else None,
            dtypes=dtypes,
            truncated_cells=cut,
            notes=notes,
        )

    def batches(self, asset: Asset, path: Path, batch_rows: int) -> Iterator[pa.RecordBatch]:
        pending: list[tuple[Any, ...]] = []
        current: list[str] = []

        def flush(names: list[str]) -> Iterator[pa.RecordBatch]:
            arrays = [pa.array([_text(r[i]) if i < len(r) else None for r in pending], pa.string()) for i in range(len(names))]
            yield from shape_batches([pa.Table.from_arrays(arrays, names=names)])

        for header, row in self._rows(asset, path):
            if header is not current and pending:
                # A row wider than the header widened it: finish the batch in the old schema.
                yield from flush(current)
                pending = []
            current = header
            pending.append(row)
            if len(pending) >= batch_rows:
                yield from flush(current)
                pending = []
        if pending:
            yield from flush(current)
