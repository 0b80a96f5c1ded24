"""DuckDB connections for reading, configured once so no reader forgets a safety setting.

* Extensions never auto-install or auto-load: ropa runs offline and nothing may download at run
  time; CSV, Parquet and JSON readers are built into the wheel.
* Connections opened on a user's database file are read-only and have external access off, so a
  view in that file defined as ``read_csv('/home/me/secrets.csv')`` cannot make ropa read files
  the user did not point it at.
* The session time zone is UTC, so a timestamp's day does not depend on the scanning machine.
* A memory limit well under the machine's keeps a hostile file from taking the machine with it;
  DuckDB spills or fails cleanly instead.
* Every connection opened while an asset is scanned is interrupted when the asset's time budget
  passes (``flows.sources.budget``): a view over ``range(1e12)`` stops instead of running on.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from flows.sources import budget
from flows.sources.sql import text_day_sql

_BASE_CONFIG: dict[str, Any] = {
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "memory_limit": "4GB",
    "threads": 2,
}


def memory_connection() -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB for reading files (external access on: reading files is its job)."""
    con = duckdb.connect(":memory:", config=dict(_BASE_CONFIG))
    con.execute("SET TimeZone = 'UTC'")
    budget.on_expiry(con.interrupt)
    return con


def read_only_connection(path: Path) -> duckdb.DuckDBPyConnection:
    """A user's DuckDB file, read-only, unable to reach any other file (see module doc)."""
    config = dict(_BASE_CONFIG, enable_external_access=False)
    con = duckdb.connect(str(path), read_only=True, config=config)
    con.execute("SET TimeZone = 'UTC'")
    return con


def days_from_keys(keys: Sequence[tuple[Any, int]]) -> list[tuple[date, int]]:
    """Per-day counts from ``(key, count)`` pairs grouped at the source.

    Databases group by a cheap key (a date, or the first token of a text value) so only distinct
    keys travel; the text keys are parsed here with the same rules as everywhere else
    (``sql.text_day_sql``) and counts of keys falling on the same day are summed.
    """
    dated: dict[date, int] = {}
    texts: list[str] = []
    text_counts: list[int] = []
    for key, count in keys:
        if key is None or not count:
            continue
        if isinstance(key, date):  # datetime is a date too
            day = key if type(key) is date else key.date()  # type: ignore[attr-defined]
            dated[day] = dated.get(day, 0) + int(count)
        else:
            texts.append(str(key))
            text_counts.append(int(count))
    if texts:
        table = pa.table({"k": pa.array(texts, pa.string()), "n": pa.array(text_counts, pa.int64())})
        con = memory_connection()
        try:
            con.register("day_keys", table)
            rows = con.sql(
                f"SELECT d, sum(n) FROM (SELECT {text_day_sql('k')} AS d, n FROM day_keys) "
                "WHERE d IS NOT NULL GROUP BY d"
            ).fetchall()
        finally:
            con.close()
        for day, count in rows:
            dated[day] = dated.get(day, 0) + int(count)
    return sorted(dated.items())
