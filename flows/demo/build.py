"""``build_demo``: write the five demo warehouses, each swapped in only once fully built."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path
from typing import Callable

from flows.demo import webcasso, wecasa, wegroup, wemaintain, wemind
from flows.demo.writers import Columns, replace, write_duckdb, write_folder

ORGS: tuple[str, ...] = ("wecasa", "wemaintain", "wemind", "wegroup", "webcasso")

# The organisations whose warehouse is one DuckDB file (WeMaintain's is a folder of files).
_DUCKDB_ORGS: dict[str, Callable[[date], dict[str, Columns]]] = {
    "wecasa": wecasa.tables, "wemind": wemind.tables, "wegroup": wegroup.tables,
    "webcasso": webcasso.tables,
}


def warehouse_path(root: Path, org: str) -> Path:
    """Where :func:`build_demo` writes ``org``'s warehouse under ``root``."""
    return Path(root) / ("wemaintain" if org == "wemaintain" else f"{org}.duckdb")


def build_demo(root: Path, today: date | None = None) -> dict[str, Path]:
    """Write the five demo warehouses under ``root``; return organisation -> warehouse path.

    Deterministic for a given ``today`` (default: the current date); the planted over-retention
    is counted back from ``today``, so it holds whatever day the demo runs. Existing demo
    warehouses under ``root`` are replaced; nothing else there is touched. Takes about a second.
    """
    today = today or date.today()
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    built: dict[str, Path] = {}
    for org in ORGS:
        target = warehouse_path(root, org)
        if org == "wemaintain":
            replace(target, partial(write_folder, files=wemaintain.files(today)))
        else:
            replace(target, partial(write_duckdb, tables=_DUCKDB_ORGS[org](today)))
        built[org] = target
    return built
