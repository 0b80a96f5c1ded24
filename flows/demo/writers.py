"""Writing the demo tables out: DuckDB files, Parquet, CSV (UTF-8 or a cp1252 Excel export),
NDJSON, and the swap that replaces a warehouse only once it is fully built.

Each format is written the way the systems the demo imitates write it, because the scanners must
cope with each: a ``;``-separated cp1252 export with CRLF line ends, a UTF-8 CSV with a BOM, NDJSON
with nested objects and non-ASCII text left as is.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from pathlib import Path
from typing import Any, Callable

import pyarrow as pa
import pyarrow.parquet as pq

from catalog import duck
from catalog.sql import qualified

Columns = dict[str, list[Any]]


def to_columns(rows: list[dict[str, Any]]) -> Columns:
    """Row dicts (all with the same keys, in order) to columns."""
    return {key: [row[key] for row in rows] for key in rows[0]}


def write_duckdb(path: Path, tables: dict[str, Columns]) -> None:
    """One DuckDB file, each table in ``main``, checkpointed so no WAL is left beside it."""
    con = duck.connect(path)
    try:
        for name, columns in tables.items():
            con.register("_demo_rows", pa.table(columns))
            # The demo's own constant names, quoted all the same.
            con.execute(f"CREATE TABLE {qualified('main', name)} AS SELECT * FROM _demo_rows")
            con.unregister("_demo_rows")
        con.execute("CHECKPOINT")
    finally:
        con.close()


def write_parquet(path: Path, columns: Columns) -> None:
    pq.write_table(pa.table(columns), path, compression="zstd")


def write_csv(path: Path, header: list[str], rows: list[list[Any]], *, delimiter: str = ",",
              encoding: str = "utf-8", lineterminator: str = "\n") -> None:
    """A CSV file; None is written as an empty field. The text is encoded as a whole, so an
    encoding such as cp1252 fails loudly on a character it cannot hold."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=lineterminator)
    writer.writerow(header)
    writer.writerows(["" if v is None else v for v in row] for row in rows)
    path.write_bytes(buffer.getvalue().encode(encoding))


def write_csv_records(path: Path, records: list[dict[str, Any]], *,
                      encoding: str = "utf-8") -> None:
    """A CSV file from row dicts (all with the same keys, in order): the keys are the header."""
    write_csv(path, list(records[0]), [list(r.values()) for r in records], encoding=encoding)


def write_ndjson(path: Path, records: list[dict[str, Any]]) -> None:
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    path.write_text(text, encoding="utf-8")


def write_folder(folder: Path, files: dict[str, Callable[[Path], None]]) -> None:
    """A folder of files: relative path -> function writing that file."""
    for relative, write in files.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        write(path)


def replace(target: Path, build: Callable[[Path], None]) -> None:
    """Build next to ``target`` and swap it in, so an interrupted build leaves no half warehouse."""
    staging = target.with_name(target.name + ".building")
    _remove_with_wal(staging)
    build(staging)
    _remove_with_wal(target)
    os.replace(staging, target)


def _remove_with_wal(path: Path) -> None:
    """Remove a warehouse (file or folder) and the DuckDB write-ahead log a crash may leave."""
    _remove(path)
    _remove(path.with_name(path.name + ".wal"))


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()
