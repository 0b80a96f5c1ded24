"""Readers for the places personal data lives: ``open_source(SOURCE)`` picks the right one.

SOURCE is one of:

* a DuckDB file (``.duckdb``, ``.ddb``, ``.db``) or ``duckdb:///path``;
* a SQLite file (``.sqlite``, ``.sqlite3``, ``.db``, ``.db3``) or ``sqlite:///path``
  (``sqlite:////abs/path`` for an absolute path, as SQLAlchemy spells it);
* ``postgresql://user@host:port/db`` (or ``postgres://``);
* a data file (CSV/TSV, Parquet, JSON/NDJSON, Excel, plain text; CSV/JSON/text may be
  ``.gz``/``.bz2``/``.xz`` compressed);
* a folder, walked recursively.

Database files are recognised by their first bytes, not only their name: a ``.db`` may be
either engine, and a text file named ``.duckdb`` is reported as "not a DuckDB database" instead
of being handed to a driver that would create or overwrite it. ``include``/``exclude`` are
globs over asset names (``flows.sources.globs``).

Bad input raises a ``SourceError`` subclass (``flows.sources.errors``) with a one-line message
(what happened, likely cause, fix), which the CLI turns into exit code 2.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from flows.sources.base import Asset, AssetSample, Source, SourceError
from flows.sources.errors import (
    SourceConnectionError,
    SourceFormatError,
    SourceLimitError,
    SourceNotFound,
    SourcePermissionError,
    SourceReadError,
    UnsupportedSource,
)

__all__ = [
    "Asset",
    "AssetSample",
    "Source",
    "SourceConnectionError",
    "SourceError",
    "SourceFormatError",
    "SourceLimitError",
    "SourceNotFound",
    "SourcePermissionError",
    "SourceReadError",
    "UnsupportedSource",
    "open_source",
]

_DUCKDB_SUFFIXES = (".duckdb", ".ddb")
_SQLITE_SUFFIXES = (".sqlite", ".sqlite3", ".db3")
_EITHER_SUFFIXES = (".db",)
_SQLITE_MAGIC = b"SQLite format 3\x00"
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


def _database_kind(path: Path) -> str | None:
    """``duckdb``, ``sqlite`` or None, from the file's first bytes (DuckDB: ``DUCK`` at 8)."""
    try:
        with open(path, "rb") as f:
            head = f.read(16)
    except PermissionError as exc:
        raise SourcePermissionError(f"{path}: permission denied: give this user read access (chmod o+r) or run as the owner") from exc
    except OSError as exc:
        raise SourceReadError(f"{path}: cannot be read ({exc.strerror}): check the disk and the path") from exc
    if head.startswith(_SQLITE_MAGIC):
        return "sqlite"
    if head[8:12] == b"DUCK":
        return "duckdb"
    return None


def _open_database_file(path: Path, uri: str, expected: str, include, exclude) -> Source:
    kind = _database_kind(path)
    if kind is None:
        size = path.stat().st_size
        what = {"duckdb": "a DuckDB database", "sqlite": "a SQLite database"}.get(expected, "a DuckDB or SQLite database")
        cause = "it is empty" if size == 0 else "its first bytes are not a database header (a text or export file renamed?)"
        raise SourceFormatError(f"{path}: not {what}: {cause}: point ropa at the real database file, or rename the file to its format")
    if kind == "duckdb":
        from flows.sources.duckdb_source import DuckDBSource

        return DuckDBSource(path, uri=uri, include=include, exclude=exclude)
    from flows.sources.sqlite_source import SQLiteSource

    return SQLiteSource(path, uri=uri, include=include, exclude=exclude)


def _check_path(path: Path, shown: str) -> None:
    if not path.exists():
        hint = "check the spelling and the current directory" if not path.is_absolute() else "check the spelling"
        if path.is_symlink():
            hint = "it is a broken symbolic link"
        raise SourceNotFound(f"{shown}: no such file or folder: {hint}")
    need = os.R_OK | (os.X_OK if path.is_dir() else 0)
    if not os.access(path, need):
        raise SourcePermissionError(f"{shown}: permission denied: give this user read access or run as the owner")


def open_source(
    uri_or_path: str,
    *,
    include: list[str] | None = None,
    exclude: list[str] | None = None,
) -> Source:
    """The ``Source`` for ``uri_or_path`` (see module doc); raises ``SourceError`` subclasses."""
    text = str(uri_or_path).strip()
    if not text:
        raise SourceNotFound("no source given: pass a file, a folder or a postgresql:// URI")
    scheme_match = _SCHEME.match(text)
    if scheme_match:
        scheme = scheme_match.group(1).lower()
        if scheme in ("postgresql", "postgres"):
            from flows.sources.postgres_source import PostgresSource

            return PostgresSource(text, include=include, exclude=exclude)
        if scheme in ("sqlite", "duckdb"):
            rest = text[len(scheme_match.group(0)) :]
            if not rest.startswith("/"):
                raise UnsupportedSource(f"{text}: a {scheme} URI has three slashes: {scheme}:///relative/path or {scheme}:////absolute/path")
            path = Path(rest[1:])
            _check_path(path, text)
            if path.is_dir():
                raise SourceFormatError(f"{text}: is a folder, not a {scheme} database file: point at the database file")
            return _open_database_file(path, text, scheme, include, exclude)
        raise UnsupportedSource(
            f"{text}: ropa cannot read {scheme}:// sources: use a postgresql:// URI, a database file, a data file or a folder "
            "(copy remote files locally first)"
        )

    path = Path(text).expanduser()
    _check_path(path, text)
    if path.is_dir():
        from flows.sources.files import FileSource

        return FileSource(path, uri=text, include=include, exclude=exclude)
    if not path.is_file():
        raise UnsupportedSource(f"{text}: not a regular file (a device or pipe?): point at a file or a folder")
    suffix = path.suffix.lower()
    if suffix in _DUCKDB_SUFFIXES:
        return _open_database_file(path, text, "duckdb", include, exclude)
    if suffix in _SQLITE_SUFFIXES:
        return _open_database_file(path, text, "sqlite", include, exclude)
    if suffix in _EITHER_SUFFIXES:
        return _open_database_file(path, text, "either", include, exclude)

    from flows.sources.files import FileSource, reader_for

    if reader_for(path) is None:
        raise UnsupportedSource(f"{text}: unknown file type {suffix or '(no extension)'!r}: ropa reads {FileSource.supported()}")
    return FileSource(path, uri=text, include=include, exclude=exclude)
