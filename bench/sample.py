"""Read row samples of the labeled warehouse's assets through DuckDB, the same way for both tools.

Both the ropa run and the Presidio run get their rows from here, so that they see the same
values. Sampling happens in DuckDB (``USING SAMPLE reservoir(n ROWS) REPEATABLE (seed)``), not
after a full read. CSV files are read with every column as VARCHAR: a CSV holds text, and letting
DuckDB cast ``0612345678`` to an integer would strip the leading zero before any classifier sees
it. Parquet and NDJSON keep the types their writer gave them; nested JSON objects are flattened
into dotted column names (``customer.email``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq


@dataclass(frozen=True)
class Sample:
    """One asset's sampled rows: ``table`` (flat Arrow table), source type names, total rows."""

    name: str
    table: pa.Table
    dtypes: dict[str, str]
    total_rows: int | None


def quote(identifier: str) -> str:
    """Quote a DuckDB identifier: wrap in double quotes, double any inside."""
    return '"' + identifier.replace('"', '""') + '"'


def connect(root: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to ``root/warehouse.duckdb`` (files are read through it too)."""
    return duckdb.connect(str(root / "warehouse.duckdb"), read_only=True)


def _arrow_dtype(kind: pa.DataType) -> str:
    """Arrow type to the DuckDB-style lower-case name a ColumnSample carries."""
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        return "varchar"
    if pa.types.is_int64(kind):
        return "bigint"
    if pa.types.is_int32(kind):
        return "integer"
    if pa.types.is_integer(kind):
        return "smallint"
    if pa.types.is_floating(kind):
        return "double"
    if pa.types.is_decimal(kind):
        return f"decimal({kind.precision},{kind.scale})"
    if pa.types.is_date(kind):
        return "date"
    if pa.types.is_timestamp(kind):
        return "timestamp"
    if pa.types.is_boolean(kind):
        return "boolean"
    return str(kind).lower()


def _flatten(table: pa.Table) -> pa.Table:
    while any(pa.types.is_struct(field.type) for field in table.schema):
        table = table.flatten()
    return table


def relation(con: duckdb.DuckDBPyConnection, root: Path, asset: dict[str, Any],
             n: int | None, seed: int) -> duckdb.DuckDBPyRelation:
    """The DuckDB relation over ``asset`` (an entry of labels.json's ``tables``), sampled to n."""
    sampling = ""
    if n is not None:
        sampling = f" USING SAMPLE reservoir({int(n)} ROWS) REPEATABLE ({int(seed)})"
    fmt = asset["format"]
    if fmt == "duckdb":
        return con.sql(f"SELECT * FROM {quote(asset['schema'])}.{quote(asset['name'])}{sampling}")
    path = str(root / asset["asset"])
    if fmt == "csv":
        return con.sql("SELECT * FROM read_csv($path, all_varchar = true, header = true, "
                       f"delim = $delim){sampling}",
                       params={"path": path, "delim": asset["delimiter"]})
    if fmt == "parquet":
        return con.sql(f"SELECT * FROM read_parquet($path){sampling}", params={"path": path})
    if fmt == "ndjson":
        return con.sql("SELECT * FROM read_json($path, format = 'newline_delimited')"
                       f"{sampling}", params={"path": path})
    raise ValueError(f"asset {asset['asset']!r} has format {fmt!r}, which the bench cannot read;"
                     " rebuild the labeled warehouse with bench/labeled.py")


def total_rows(con: duckdb.DuckDBPyConnection, root: Path, asset: dict[str, Any]) -> int | None:
    """Row count when cheaply known (DuckDB table, Parquet footer), else None (CSV, NDJSON)."""
    if asset["format"] == "duckdb":
        rows = con.sql(f"SELECT count(*) FROM {quote(asset['schema'])}.{quote(asset['name'])}"
                       ).fetchall()
        return int(rows[0][0])
    if asset["format"] == "parquet":
        return pq.ParquetFile(root / asset["asset"]).metadata.num_rows
    return None


def read_sample(con: duckdb.DuckDBPyConnection, root: Path, asset: dict[str, Any], n: int,
                seed: int) -> Sample:
    """Up to ``n`` sampled rows of ``asset``, flattened, with source type names."""
    table = _flatten(relation(con, root, asset, n, seed).to_arrow_table())
    dtypes = {field.name: _arrow_dtype(field.type) for field in table.schema}
    return Sample(asset["table"], table, dtypes, total_rows(con, root, asset))
