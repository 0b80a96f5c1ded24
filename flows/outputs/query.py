"""``ropa sql``: a read-only query on the catalog, printed as a table, CSV or JSON.

Why ropa carries this instead of pointing at the ``duckdb`` CLI: the catalog is written by the
pinned DuckDB (2.0, storage version 69), and the newest ``duckdb-cli`` on PyPI (1.5.6) reads
storage versions 64 to 68 only, so ``duckdb -readonly ropa.duckdb`` refuses the file. ropa's own
DuckDB reads it, and the guarantees come with it:

* **Read-only, twice over.** The file is opened ``read_only`` (DuckDB refuses INSERT, DROP...),
  and external access is switched off and the configuration locked before the user's text runs,
  so ``COPY … TO``, ``ATTACH``, ``read_csv('/etc/…')`` and ``INSTALL`` are refused too. The query
  can neither change the catalog nor read or write anything beside it.
* **One short session** (:meth:`catalog.store.Catalog.reader`): a scan waiting to commit is
  delayed only while the query runs.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb

from catalog.errors import RopaError
from catalog.store import Catalog
from flows.outputs.escape import json_safe, printable

SQL_FORMATS: tuple[str, ...] = ("table", "csv", "json")


class QueryError(RopaError):
    """The query was refused (a write) or failed in DuckDB; the message is DuckDB's first line."""


@dataclass(frozen=True)
class Result:
    """Column names and rows of one query (rows as tuples, in DuckDB's Python types)."""

    columns: list[str]
    rows: list[tuple[Any, ...]]


def run_query(catalog_path: Path, sql: str) -> Result:
    """Run ``sql`` on the catalog, read-only and sealed off from the file system."""
    catalog = Catalog(catalog_path)
    with catalog.reader() as con:
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
        try:
            cur = con.execute(sql)
            if cur.description is None:
                return Result([], [])
            return Result([d[0] for d in cur.description], cur.fetchall())
        except duckdb.Error as exc:
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            if "read-only mode" in first or "configuration has been locked" in first or (
                    "file system operations are disabled" in first):
                raise QueryError(
                    f"ropa sql only reads the catalog: {first.split(': ', 1)[-1]} "
                    "(scans write it; files outside it cannot be read or written from here)"
                ) from None
            raise QueryError(f"query failed: {first}") from None


def _cell(value: Any) -> Any:
    """A value as JSON can hold it (dates ISO 8601, decimals as numbers, lists kept)."""
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (list, tuple)):
        return [_cell(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _cell(v) for k, v in value.items()}
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    return value


def _text(value: Any) -> str:
    """A cell for the table and CSV: names from the wild with control characters escaped."""
    if value is None:
        return ""
    value = _cell(value)
    if isinstance(value, (list, dict)):
        return json_safe(json.dumps(value, ensure_ascii=False))
    return printable(str(value))


def render(result: Result, fmt: str, *, width: int = 100) -> str:
    """``table`` (rich, fitted to ``width`` columns), ``csv`` (header row, RFC 4180) or ``json``
    (a list of objects)."""
    if fmt == "json":
        return json_safe(json.dumps([{c: _cell(v) for c, v in zip(result.columns, row)} for row in result.rows],
                                    indent=2, ensure_ascii=False) + "\n")
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        if result.columns:
            writer.writerow(result.columns)
        writer.writerows([_text(v) for v in row] for row in result.rows)
        return buf.getvalue()
    if fmt != "table":
        raise QueryError(f"--format: unknown format {fmt!r}; use one of {', '.join(SQL_FORMATS)}")
    from flows.outputs.terminal import rich_table

    return rich_table(result.columns, [[_text(v) for v in row] for row in result.rows], width=width,
                      caption=f"{len(result.rows)} row{'' if len(result.rows) == 1 else 's'}",
                      right=_numeric_columns(result))


def _numeric_columns(result: Result) -> set[int]:
    return {i for i in range(len(result.columns))
            if any(isinstance(r[i], (int, float, Decimal)) and not isinstance(r[i], bool) for r in result.rows)}

