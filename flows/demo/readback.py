"""Reading the demo back: the assets a scan sees, one column's values, and the planted identifier
values a catalog must never hold.

Read from what :func:`flows.demo.build.build_demo` wrote rather than from the generators, so the
tests check the data itself, as a scanner would meet it.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from catalog import duck
from catalog.sql import qualified, quote_identifier
from flows.demo.build import warehouse_path
from flows.demo.problems import PLANTED

# The one CSV written as an Excel export (cp1252, `;`); the others are UTF-8 with `,`.
_CP1252_EXPORTS = frozenset({"exports/crm_techniciens.csv"})
_TABLES_SQL = ("SELECT table_schema, table_name FROM information_schema.tables "
               "ORDER BY table_schema, table_name")


def read_column(warehouse: Path, asset: str, column: str) -> list[Any]:
    """Every value of one column of one demo asset, read back from what :func:`build_demo` wrote.

    ``asset`` is named as the catalog names it (``main.table`` or a path inside the folder);
    nested NDJSON fields use dotted paths (``contact.email``).
    """
    if warehouse.suffix == ".duckdb":
        schema, table = asset.split(".", 1)
        sql = f"SELECT {quote_identifier(column)} FROM {qualified(schema, table)}"
        rows = _fetch_all(warehouse, sql)
        return [r[0] for r in rows]
    path = warehouse / asset
    if path.suffix == ".parquet":
        return pq.read_table(path, columns=[column]).column(column).to_pylist()
    if path.suffix == ".ndjson":
        values = []
        for line in path.read_text(encoding="utf-8").splitlines():
            value: Any = json.loads(line)
            for key in column.split("."):
                value = value.get(key) if isinstance(value, dict) else None
            values.append(value)
        return values
    if path.suffix == ".csv":
        raw = path.read_bytes()
        text = raw.decode("cp1252") if asset in _CP1252_EXPORTS else raw.decode("utf-8-sig")
        first = text.split("\n", 1)[0]
        reader = csv.DictReader(io.StringIO(text), delimiter=";" if ";" in first else ",")
        return [row[column] or None for row in reader]
    raise ValueError(f"read_column: {asset} is not a demo asset type (duckdb, parquet, ndjson, csv)")


def planted_identifiers(root: Path) -> set[str]:
    """Every identifier value held in a planted column (or, for over-retained and unbound assets,
    in their identifier columns), as stored, plus the compact form of grouped card numbers.

    Read from the generated data, so a test can search a catalog for each one and find none.
    Dates of birth are given as ISO strings ('1984-03-12').
    """
    found: set[str] = set()
    for planted in PLANTED:
        warehouse = warehouse_path(root, planted.org)
        for column in planted.identifier_columns:
            for value in read_column(warehouse, planted.asset, column):
                if value is None:
                    continue
                text = value.isoformat() if isinstance(value, date) else str(value)
                found.add(text)
                # A card or IBAN written in groups is also given compact. Only long identifiers:
                # an 8-digit compact date could turn up by chance inside a hex hash.
                compact = "".join(text.split())
                if compact != text and len(compact) >= 12:
                    found.add(compact)
    return found


def assets_of(warehouse: Path) -> list[str]:
    """The asset names a scan of ``warehouse`` sees: ``schema.table`` or paths in the folder."""
    if warehouse.suffix == ".duckdb":
        rows = _fetch_all(warehouse, _TABLES_SQL)
        return [f"{schema}.{table}" for schema, table in rows]
    return sorted(p.relative_to(warehouse).as_posix() for p in warehouse.rglob("*") if p.is_file())


def _fetch_all(warehouse: Path, sql: str) -> list[tuple[Any, ...]]:
    """Run one query on a demo DuckDB file opened read-only, and close it again."""
    con = duck.connect(warehouse, read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()
