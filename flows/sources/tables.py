"""What the database sources (DuckDB, SQLite, PostgreSQL) share about their tables.

Each engine lists its relations and samples them in its own SQL; these are the rules that must
not drift between them: a relation is the asset ``schema.table`` (kept only when it passes the
``--include``/``--exclude`` globs), its ``Asset.location`` is the ``(schema, table)`` pair, and a
sample asks for at least one row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from flows.sources.base import Asset
from flows.sources.errors import SourceReadError
from flows.sources.globs import selected

#: ``AssetSample.notes`` entry for a view, whose row count would cost a full evaluation.
VIEW_NOT_COUNTED = "a view: row count not computed (it may be expensive)"


def table_assets(
    source: str,
    relations: Iterable[tuple[str, str]],
    include: Sequence[str] | None,
    exclude: Sequence[str] | None,
) -> list[Asset]:
    """The ``(schema, table)`` pairs that pass the globs as table assets, in the order given."""
    out = []
    for schema, name in relations:
        asset_name = f"{schema}.{name}"
        if selected(asset_name, include, exclude):
            out.append(Asset(source=source, name=asset_name, kind="table", location=(str(schema), str(name))))
    return out


def table_location(asset: Asset, engine: str) -> tuple[str, str]:
    """``(schema, table)`` of an asset listed by ``table_assets``; ``engine`` names the database
    in the error raised for an asset that came from another kind of source."""
    if len(asset.location) != 2:
        raise SourceReadError(f"{asset.name}: not an asset of a {engine} database (location {asset.location!r})")
    return asset.location[0], asset.location[1]


def sample_size(n: int) -> int:
    """``n`` as an int; ``ValueError`` unless positive (a caller's mistake, not a source error)."""
    n = int(n)
    if n <= 0:
        raise ValueError("sample size must be positive")
    return n
