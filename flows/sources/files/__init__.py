"""A folder (walked recursively) or a single data file, one reader per format.

Formats and readers (all DuckDB built-ins where DuckDB has one; nothing is downloaded):

=========================  ============================  =====================================
extension                  reader                        asset
=========================  ============================  =====================================
.csv .tsv .tab (+.gz...)   ``csv_reader.CSVReader``       rows, every column text
.json .ndjson .jsonl (+)   ``json_reader.JSONReader``     rows, nested fields as dotted columns
.parquet .pq               ``parquet_reader``             rows, Parquet types
.xlsx .xlsm                ``excel_reader.ExcelReader``   one asset per sheet: ``book.xlsx#S1``
.txt .md .log (+.gz...)    ``text_reader.TextReader``     a document (``AssetSample.text``)
=========================  ============================  =====================================

Walking a folder: files and folders whose name starts with ``.`` are skipped (``.git``,
editor swap files), symbolic links are not followed (no loops, no escaping the folder), and
files with no reader are listed in ``FileSource.skipped`` with the reason, not silently ignored.
Asset names are paths relative to the folder, with ``/``; for a single file, its name (the
source, its canonical absolute path, says where it is).

Errors belong to one file: listing never fails on a broken file; its ``sample`` raises the
``SourceError`` (binary content, bad Parquet footer, bomb) and the other files still scan.

Fingerprint: resolved path + size + mtime_ns (+ sheet): no byte is read.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pyarrow as pa

from flows.sources.base import Asset, AssetSample, PathSource
from flows.sources.errors import SourceNotFound, SourcePermissionError, SourceReadError
from flows.sources.files.base import FileReader
from flows.sources.files.csv_reader import CSVReader
from flows.sources.files.excel_reader import ExcelReader
from flows.sources.files.json_reader import JSONReader
from flows.sources.files.parquet_reader import ParquetReader
from flows.sources.files.text_reader import TextReader
from flows.sources.files.textio import split_name
from flows.sources.globs import selected
from flows.sources.name_values import mask_values

__all__ = ["FileSource", "reader_for"]

READERS: tuple[FileReader, ...] = (CSVReader(), JSONReader(), ParquetReader(), ExcelReader(), TextReader())


def reader_for(path: Path) -> FileReader | None:
    """The reader for ``path``'s extension (``x.csv.gz`` is CSV), or None."""
    fmt, compression = split_name(path)
    for reader in READERS:
        if fmt in reader.suffixes and (compression is None or reader.compressible):
            return reader
    return None


def _os_error(asset: Asset, exc: OSError) -> SourceReadError | SourcePermissionError | SourceNotFound:
    """An operating-system error met mid-read, as a one-line ``SourceError``."""
    if isinstance(exc, PermissionError):
        return SourcePermissionError(f"{asset.name}: permission denied while reading: give this user read access")
    if isinstance(exc, FileNotFoundError):
        return SourceNotFound(f"{asset.name}: the file disappeared while being read: rescan the folder")
    return SourceReadError(f"{asset.name}: the system could not read it ({exc.strerror or type(exc).__name__}): check the disk")


class FileSource(PathSource):
    """A folder or one file (see module doc); ``path`` is the root that is walked."""

    #: (relative path, reason) of files found but not read
    skipped: list[tuple[str, str]]

    def _open(self) -> None:
        """Nothing is opened (readers open and close per call); no file has been skipped yet."""
        self.skipped = []

    @staticmethod
    def supported() -> str:
        """The readable extensions, for messages."""
        names = sorted({s for r in READERS for s in r.suffixes})
        return ", ".join(names) + " (CSV, JSON and text also .gz/.bz2/.xz)"

    def _files(self) -> Iterator[tuple[str, Path]]:
        """(asset name, path) of every regular file under the root, in a stable order."""
        root = self.path
        if root.is_file():
            # The file's name, not the path as typed: the source (its canonical path) says where
            # it is, and the asset keeps one name however the path was spelled.
            yield root.name, root
            return

        def on_error(exc: OSError) -> None:
            where = os.path.relpath(exc.filename, root) if exc.filename else "?"
            self.skipped.append((mask_values(where), f"cannot be listed ({exc.strerror})"))

        for folder, dirs, files in os.walk(root, onerror=on_error, followlinks=False):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for file in sorted(files):
                if file.startswith("."):
                    continue
                path = Path(folder) / file
                name = path.relative_to(root).as_posix()
                if path.is_symlink() or not path.is_file():
                    self.skipped.append((mask_values(name), "not a regular file (a link, pipe or device)"))
                    continue
                try:
                    name.encode("utf-8")
                except UnicodeEncodeError:  # undecodable bytes arrive as lone surrogates
                    self.skipped.append((mask_values(name), "its name is not valid UTF-8: rename it"))
                    continue
                yield name, path

    def assets(self) -> list[Asset]:
        self.skipped = []
        out: list[Asset] = []
        for name, path in self._files():
            reader = reader_for(path)
            if reader is None:
                self.skipped.append((mask_values(name), f"no reader for {''.join(path.suffixes[-2:]) or 'files without extension'}"))
                continue
            if not reader.multi_asset:
                if selected(name, self._include, self._exclude):
                    out.extend(reader.assets(self.uri, name, path))
                continue
            if not selected(name, None, self._exclude):
                continue  # an excluded workbook is not even opened
            # Sheets answer to their own name (book.xlsx#S1) and to their file's.
            out.extend(
                a for a in reader.assets(self.uri, name, path) if selected(a.name, self._include, self._exclude, also=(name,))
            )
        return sorted(out, key=lambda a: a.name)

    def _resolve(self, asset: Asset) -> tuple[FileReader, Path]:
        if not asset.location:
            raise SourceReadError(f"{asset.name}: not an asset of a folder (no path)")
        path = Path(asset.location[0])
        if not path.exists():
            raise SourceNotFound(f"{asset.name}: the file is gone; it was moved or deleted since listing: rescan the folder")
        if not os.access(path, os.R_OK):
            raise SourcePermissionError(f"{asset.name}: permission denied: give this user read access, or exclude it")
        reader = reader_for(path)
        if reader is None:
            raise SourceReadError(f"{asset.name}: no reader for this file type")
        return reader, path

    def sample(self, asset: Asset, n: int) -> AssetSample:
        reader, path = self._resolve(asset)
        try:
            return reader.sample(asset, path, int(n))
        except OSError as exc:
            raise _os_error(asset, exc) from exc

    def batches(self, asset: Asset, batch_rows: int = 100_000) -> Iterator[pa.RecordBatch]:
        reader, path = self._resolve(asset)
        try:
            yield from reader.batches(asset, path, batch_rows)
        except OSError as exc:
            raise _os_error(asset, exc) from exc

    def date_histogram(self, asset: Asset, column: str) -> list[tuple[date, int]]:
        reader, path = self._resolve(asset)
        try:
            return reader.date_histogram(asset, path, column)
        except OSError as exc:
            raise _os_error(asset, exc) from exc

    def fingerprint(self, asset: Asset) -> str:
        if not asset.location:
            raise SourceReadError(f"{asset.name}: not an asset of a folder (no path)")
        path = Path(asset.location[0])
        try:
            st = path.stat()
        except FileNotFoundError as exc:
            raise SourceNotFound(f"{asset.name}: the file is gone: rescan the folder") from exc
        parts = [str(path.resolve()), str(st.st_size), str(st.st_mtime_ns), *asset.location[1:]]
        return hashlib.sha256("\x00".join(parts).encode()).hexdigest()

    def close(self) -> None:
        """Nothing held open: readers open and close per call."""
