"""Readers for the places personal data lives: ``open_source(SOURCE)`` picks the right one.

SOURCE is one of:

* a DuckDB file (``.duckdb``, ``.ddb``, ``.db``) or ``duckdb:///path``;
* a SQLite file (``.sqlite``, ``.sqlite3``, ``.db``, ``.db3``) or ``sqlite:///path``
  (``sqlite:////abs/path`` for an absolute path, as SQLAlchemy spells it);
* ``postgresql://user@host:port/db`` (or ``postgres://``);
* ``mysql://user@host:port/db`` (or ``mariadb://``), read through PyMySQL;
* ``s3://bucket/prefix/``, objects read with the same readers as local files;
* a SQLAlchemy URL, ``dialect+driver://…`` (or a scheme naming an installed dialect), read through
  SQLAlchemy Core;
* a data file (CSV/TSV, Parquet, JSON/NDJSON, Excel, plain text; CSV/JSON/text may be
  ``.gz``/``.bz2``/``.xz`` compressed);
* a folder, walked recursively.

Database files are recognised by their first bytes, not only their name: a ``.db`` may be
either engine, and a text file named ``.duckdb`` is reported as "not a DuckDB database" instead
of being handed to a driver that would create or overwrite it. ``include``/``exclude`` are
globs over asset names (``flows.sources.globs``).

Every spelling of a source opens under one canonical, credential-free ``uri``
(:func:`canonical_source`, ``catalog.identity``): the real absolute path for files, folders and
DuckDB files, ``sqlite:////abs/path`` for SQLite, ``postgresql://user@host:port/db`` without its
password. That form is the only one stored in the catalog or shown anywhere.

Bad input raises a ``SourceError`` subclass (``flows.sources.errors``) with a one-line message
(what happened, likely cause, fix), which the CLI turns into exit code 2.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path

from catalog.identity import SourceId, SourceSpellingError, canonical

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
from flows.sources.secrets import remember, secrets_for

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
    "canonical_source",
    "canonical_sources",
    "open_source",
    "refuse_remote_credentials",
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


def _check_path(path: Path, shown: str, given: str) -> None:
    if not path.exists():
        hint = "check the spelling and the current directory" if not Path(given).is_absolute() else "check the spelling"
        if Path(os.path.expanduser(given)).is_symlink():
            hint = "it is a broken symbolic link"
        raise SourceNotFound(f"{shown}: no such file or folder: {hint}")
    need = os.R_OK | (os.X_OK if path.is_dir() else 0)
    if not os.access(path, need):
        raise SourcePermissionError(f"{shown}: permission denied: give this user read access or run as the owner")


def canonical_source(uri_or_path: str) -> SourceId:
    """The canonical identity of a source string, where it enters the program.

    Every spelling of one source gets one credential-free form (``catalog.identity``); a
    credential in the spelling is kept in this process's memory (``flows.sources.secrets``) for
    the reader to connect with, and appears nowhere else. Idempotent.
    """
    try:
        ident = canonical(uri_or_path)
    except SourceSpellingError as exc:
        raise (SourceNotFound if not str(uri_or_path).strip() else UnsupportedSource)(str(exc)) from None
    remember(ident.uri, ident.secrets)
    return ident


def canonical_sources(sources: Sequence[str]) -> list[str]:
    """The canonical URIs of ``sources``, in order, each once (two spellings of one source are one)."""
    out: list[str] = []
    for text in sources:
        uri = canonical_source(text).uri
        if uri not in out:
            out.append(uri)
    return out


#: Where each kind of source reads its credential from on the machine that does the work.
_CREDENTIAL_HOMES = {
    "postgresql": "PGPASSWORD, ~/.pgpass (host:port:database:user:password, chmod 600) or a PGSERVICE entry",
    "mysql": "MYSQL_PWD",
    "s3": "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or an AWS profile (AWS_PROFILE)",
    "sqlalchemy": "the database driver's own environment or configuration file",
}


def refuse_remote_credentials(sources: Sequence[str], option: str, where: str) -> None:
    """Refuse credentials given in a source spelling when the work runs outside this process.

    The credential lives only in this process's memory (``flows.sources.secrets``); a deployment
    stores its parameters on the Prefect server and a Dask worker is another process, so neither
    may receive it. They read it from libpq's environment on their own machine instead.
    """
    for text in sources:
        ident = canonical_source(text)
        if secrets_for(ident.uri) or ident.secrets:
            raise UnsupportedSource(
                f"{ident.uri}: {option} cannot take a password in the source URI: it would be stored or "
                f"sent in clear; remove it and give it to {where} through {_CREDENTIAL_HOMES.get(ident.kind, _CREDENTIAL_HOMES['postgresql'])}"
            )


def open_source(
    uri_or_path: str,
    *,
    include: list[str] | None = None,
    exclude: list[str] | None = None,
) -> Source:
    """The ``Source`` for ``uri_or_path`` (see module doc); raises ``SourceError`` subclasses.

    The source's ``uri`` is the canonical form (:func:`canonical_source`), whatever the spelling.
    """
    text = str(uri_or_path).strip()
    ident = canonical_source(text)
    uri = ident.uri
    if ident.kind == "postgresql":
        from flows.sources.postgres_source import PostgresSource

        return PostgresSource(uri, include=include, exclude=exclude, secrets=secrets_for(uri))
    if ident.kind == "mysql":
        from flows.sources.mysql_source import MySQLSource

        return MySQLSource(uri, include=include, exclude=exclude, secrets=secrets_for(uri))
    if ident.kind == "sqlalchemy":
        from flows.sources.sqlalchemy_source import SQLAlchemySource

        return SQLAlchemySource(uri, include=include, exclude=exclude, secrets=secrets_for(uri))
    if ident.kind == "s3":
        from flows.sources.s3_source import S3Source

        return S3Source(uri, include=include, exclude=exclude, secrets=dict(ident.secrets) or secrets_for(uri))
    if ident.kind == "other":
        scheme = uri.split("://", 1)[0]
        raise UnsupportedSource(
            f"{uri}: ropa cannot read {scheme}:// sources: use a postgresql:// or mysql:// URI, a SQLAlchemy URL "
            "(dialect+driver://, with the dialect's package installed), an s3:// URI, a database file, a data file or a folder"
        )
    path = ident.path
    assert path is not None
    given = text.split(":///", 1)[-1] if _SCHEME.match(text) else text
    _check_path(path, uri, given)
    if ident.kind == "sqlite" or _SCHEME.match(text):  # sqlite:///… or duckdb:///…: a database file
        if path.is_dir():
            raise SourceFormatError(f"{uri}: is a folder, not a database file: point at the database file")
        return _open_database_file(path, uri, "sqlite" if ident.kind == "sqlite" else "duckdb", include, exclude)
    if path.is_dir():
        from flows.sources.files import FileSource

        return FileSource(path, uri=uri, include=include, exclude=exclude)
    if not path.is_file():
        raise UnsupportedSource(f"{uri}: not a regular file (a device or pipe?): point at a file or a folder")
    suffix = path.suffix.lower()
    if suffix in _DUCKDB_SUFFIXES:
        return _open_database_file(path, uri, "duckdb", include, exclude)
    if suffix in _SQLITE_SUFFIXES:
        return _open_database_file(path, uri, "sqlite", include, exclude)
    if suffix in _EITHER_SUFFIXES:
        return _open_database_file(path, uri, "either", include, exclude)

    from flows.sources.files import FileSource, reader_for

    if reader_for(path) is None:
        if _database_kind(path) == "duckdb":  # duckdb:///x.data, whose canonical form is the bare path
            return _open_database_file(path, uri, "duckdb", include, exclude)
        raise UnsupportedSource(f"{uri}: unknown file type {suffix or '(no extension)'!r}: ropa reads {FileSource.supported()}")
    return FileSource(path, uri=uri, include=include, exclude=exclude)
