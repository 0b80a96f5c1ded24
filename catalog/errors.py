"""Errors raised by the catalog, as a tree so callers key retries and exit codes off the type.

    RopaError                      every error ropa reports to a person (one line, no data values)
    ├── CatalogError               the catalog file cannot be used
    │   ├── CatalogLocked          another process holds the write lock   (transient: wait, retry)
    │   ├── CatalogTooNew          written by a newer ropa                (terminal: upgrade ropa)
    │   └── NotACatalog            not a DuckDB database, or not ropa's   (terminal: check the path)
    └── DeclarationError           a policy file is invalid               (terminal: fix the file)

Transient errors carry ``transient = True`` (dlt's TransientException idea): the flow retries
them; terminal ones are reported at once.
"""

from __future__ import annotations


class RopaError(Exception):
    """Base of every error ropa explains to its user: the message is one line, free of data."""

    transient: bool = False


class CatalogError(RopaError):
    """The catalog file cannot be opened or used."""


class CatalogLocked(CatalogError):
    """Another process (a scan, a notebook) holds the catalog; DuckDB allows one writer at a time."""

    transient = True


class CatalogTooNew(CatalogError):
    """The catalog's schema is newer than this ropa knows; opening it could corrupt it."""


class NotACatalog(CatalogError):
    """The path exists but is not a DuckDB database, or is one with tables and no ropa schema."""


class DeclarationError(RopaError):
    """A declaration (policy YAML) is invalid: the message names the file, the line and the field."""
