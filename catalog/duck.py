"""Every DuckDB connection ropa opens, with extension auto-install and auto-load off.

DuckDB, asked to open a file it does not recognise (a SQLite database passed as ``--catalog``),
or to run a function of an extension it has not loaded, downloads and loads the extension on its
own. ropa runs offline and must never execute code fetched at run time, so every connection goes
through :func:`connect`, which turns both off; a test greps the code for any other
``duckdb.connect``. (``flows/sources/engine.py`` adds read-side limits on top of the same options.)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

SAFE_CONFIG: dict[str, Any] = {
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
}

SQLITE_MAGIC = b"SQLite format 3\x00"


def connect(database: str | Path = ":memory:", *, read_only: bool = False,
            config: dict[str, Any] | None = None) -> duckdb.DuckDBPyConnection:
    """``duckdb.connect`` with :data:`SAFE_CONFIG` (extra ``config`` entries are added to it)."""
    return duckdb.connect(str(database), read_only=read_only, config={**(config or {}), **SAFE_CONFIG})


def is_sqlite(path: str | Path) -> bool:
    """True when the file starts with SQLite's header (DuckDB would reach for its sqlite extension)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False
