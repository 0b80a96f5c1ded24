"""Why a source could not be read, as types the flow and the CLI can act on.

The tree (httpx's ``_exceptions.py`` habit: draw it where it is defined)::

    SourceError                      base.py; ``transient`` marks what a retry may fix
    ├── SourceNotFound               a path, database object or table that is not there
    ├── SourcePermissionError        there, but this user may not read it
    ├── UnsupportedSource            a URI scheme or file extension ropa has no reader for
    ├── SourceFormatError            the bytes are not what the name says (a text file named
    │                                .duckdb, a binary file named .csv, a corrupt Parquet footer)
    ├── SourceLimitError             hostile input stopped at a bound (a compression bomb, a line
    │                                longer than the reader accepts)
    ├── SourceReadError              the source is fine but reading one asset failed (a view over
    │                                a dropped table, a type the driver cannot convert)
    ├── SourceTimeout                the asset ran past its time budget (``flows.sources.budget``)
    └── SourceConnectionError        a server or lock that may answer later; transient by default

Every message is one line: what happened, the likely cause, the fix. Messages name paths, tables
and columns but never carry a data value: drivers quote raw lines and values in their own errors
(DuckDB's CSV reader prints the offending line), so readers catch those and write their own.
"""

from __future__ import annotations

from flows.sources.base import SourceError

__all__ = [
    "SourceConnectionError",
    "SourceError",
    "SourceFormatError",
    "SourceLimitError",
    "SourceNotFound",
    "SourcePermissionError",
    "SourceReadError",
    "SourceTimeout",
    "UnsupportedSource",
]


class SourceNotFound(SourceError):
    """The path, schema or table does not exist (any more)."""


class SourcePermissionError(SourceError):
    """The operating system or the database refuses to let this user read it."""


class UnsupportedSource(SourceError):
    """No reader for this kind of source (an unknown extension or URI scheme)."""


class SourceFormatError(SourceError):
    """The content is not the format its name claims, or is damaged."""


class SourceLimitError(SourceError):
    """Reading stopped at a safety bound (decompression ratio, line size) to protect the machine."""


class SourceReadError(SourceError):
    """Reading one asset failed for a reason other than the ones above."""


class SourceTimeout(SourceError):
    """The asset ran past its time budget and was interrupted; not retried (it would run as long)."""


class SourceConnectionError(SourceError):
    """The server or database file cannot be reached now; retried when ``transient``."""

    def __init__(self, message: str, *, transient: bool = True) -> None:
        super().__init__(message, transient=transient)
