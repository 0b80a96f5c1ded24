"""The seam between ropa and the outside world: a ``Source`` lists assets and reads samples.

Everything the scan flow needs from a warehouse or a folder goes through this protocol, so the
classifiers are tested on in-memory tables and each real source (DuckDB, SQLite, PostgreSQL,
files) is tested for real once (httpx's ``MockTransport`` idea).

Reads return Arrow data: it is what DuckDB, Parquet and psycopg's binary copy produce without a
Python object per cell, and it is what the classifier's vectorized candidate filter consumes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterator, Protocol, runtime_checkable

import pyarrow as pa


@dataclass(frozen=True)
class Asset:
    """One table or file found in a source.

    ``name`` is what users see and globs match: ``schema.table`` for tables, the path relative to
    the scanned folder (or the file's name, for a single file) for files. ``kind`` is ``table``,
    ``file`` or ``document`` (plain text, classified as a whole). ``location`` is what the source
    needs to reach it again (a path, a ``(schema, table)`` pair); never pasted into SQL.

    A name that holds a value (``jan.jansen@example.nl.csv``) is masked before it is shown
    (``flows.scan.discover``, ``name_values.mask_name``); ``name_values`` then keeps the raw
    values, in memory only, for the finding that reports them.
    """

    source: str
    name: str
    kind: str
    location: tuple[str, ...] = field(default=())
    name_values: tuple[str, ...] = field(default=(), repr=False, compare=False)


@dataclass(frozen=True)
class AssetSample:
    """What a source hands the classifier for one asset.

    ``table`` holds up to n sampled rows, columns flattened (nested JSON as dotted paths) and every
    column left in its source type. ``text`` is set instead for documents. ``row_count`` is the
    asset's total rows when cheaply known, else ``None``. ``rejected`` counts rows the reader could
    not parse (never silently dropped); ``rejected_lines`` are the first of them by line number in
    the file (1-based, at most ``MAX_REJECTED_LINES``): where to look, never what the line holds.
    ``dtypes`` are the source's type names, lower case.

    ``truncated_cells`` counts text cells cut to ``flows.sources.limits.MAX_CELL_CHARS`` for
    classification (a 10 MB cell is evidence of nothing a 10,000-character prefix does not show).
    ``notes`` are one-line remarks for the report, never data values: the encoding a file was read
    in, that only the head of a huge file was sampled, that undecodable bytes were replaced.

    ``sampling`` says how the sample was pushed down to the source (``pk-ranges: 20 index range
    scans…``, ``TABLESAMPLE SYSTEM``, ``byte range 0-…``), for the sources that choose a strategy;
    the scan records it in the asset's scan parameters.
    """

    asset: Asset
    table: pa.Table | None = None
    text: str | None = None
    row_count: int | None = None
    rejected: int = 0
    rejected_lines: tuple[int, ...] = ()
    dtypes: dict[str, str] = field(default_factory=dict)
    truncated_cells: int = 0
    notes: tuple[str, ...] = ()
    sampling: str | None = None


class SourceError(Exception):
    """A source could not be read. ``transient`` errors (a dropped connection) are retried."""

    transient: bool = False

    def __init__(self, message: str, *, transient: bool = False) -> None:
        super().__init__(message)
        self.transient = transient


@runtime_checkable
class Source(Protocol):
    """A place holding assets: a DuckDB or SQLite file, a PostgreSQL database, a folder."""

    uri: str

    def assets(self) -> list[Asset]:
        """Every asset, in a stable order."""
        ...

    def fingerprint(self, asset: Asset) -> str:
        """A cheap signature (schema + row count, or size + mtime) that changes when data does."""
        ...

    def sample(self, asset: Asset, n: int) -> AssetSample:
        """Up to ``n`` rows, sampled at the source (TABLESAMPLE / USING SAMPLE), not after a scan."""
        ...

    def batches(self, asset: Asset, batch_rows: int = 100_000) -> Iterator[pa.RecordBatch]:
        """Every row, streamed in batches with bounded memory (``--full``)."""
        ...

    def date_histogram(self, asset: Asset, column: str) -> list[tuple[date, int]]:
        """Row counts per day of ``column`` over the whole asset (retention checks); NULLs left out."""
        ...

    def close(self) -> None:
        ...


class PathSource:
    """What the sources read from a local path share: the path, the URI shown, the globs.

    ``open_source`` builds the DuckDB, SQLite and folder sources from the same arguments, so the
    constructor is written once, here. A subclass does its own setup (connect, check the file
    is a database) in ``_open``, which runs last and raises ``SourceError`` on bad input.
    """

    def __init__(
        self,
        path: Path,
        *,
        uri: str | None = None,
        include: Sequence[str] | None = None,
        exclude: Sequence[str] | None = None,
    ) -> None:
        self.path = path
        self.uri = uri or str(path)
        self._include = include
        self._exclude = exclude
        self._open()

    def _open(self) -> None:
        """Connect to or check the source, once the fields above are set; nothing by default."""
