"""``ropa locate``: where one person's data sits, for an access, rectification or erasure request.

Composes the three layers: ``classifiers.lookup`` turns the searched value into its normalised
forms; ``catalog.requests`` picks the columns the scans classified as that entity and records
the request (as a keyed hash); ``flows.sources.matching`` counts the matching rows at each source
with a parameterised query (a streamed filter for files). The result names asset, column and
row count (and primary keys with ``keys``), never the searched value or a matched value.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from catalog.keys import load_key
from catalog.requests import Place, places_to_search, record_request
from catalog.store import Catalog
from classifiers.lookup import ENTITIES, prepare
from flows.sources import open_source
from flows.sources.base import SourceError
from flows.sources.matching import count_matching, streams_files
from flows.sources.name_values import ASSET_NAME, KEY, mask_name, mask_values


@dataclass(frozen=True)
class Hit:
    source: str
    asset: str
    column: str           # "first_name + last_name" for a pair; "(text)" for a document
    rows: int
    key_columns: tuple[str, ...] = ()
    keys: tuple[tuple, ...] = ()
    keys_note: str | None = None


@dataclass
class LocateReport:
    entity: str
    searched: int                                   # columns (and pairs, documents) searched
    assets: int
    hits: list[Hit] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    request_id: str | None = None
    seconds: float = 0.0

    @property
    def rows(self) -> int:
        return sum(h.rows for h in self.hits)


def _label(place: Place) -> str:
    return " + ".join(place.columns) if place.columns else "(text)"


def locate(
    catalog_path: str | Path,
    option: str,
    value: str,
    *,
    keys: bool = False,
    requester: str | None = None,
    record: bool = True,
) -> LocateReport:
    """Search every place the catalog classified as ``option``'s entity for ``value``."""
    started = time.perf_counter()
    lookup = prepare(option, value)
    catalog = Catalog(catalog_path)
    hash_key = load_key(catalog.path)
    places = places_to_search(catalog, ENTITIES[option])
    report = LocateReport(entity=lookup.entity, searched=len(places),
                          assets=len({(p.source, p.asset) for p in places}))
    by_source: dict[str, list[Place]] = defaultdict(list)
    for p in places:
        by_source[p.source].append(p)
    seen_pairs: set[tuple[str, str, frozenset[str]]] = set()
    for source_uri, wanted in by_source.items():
        try:
            source = open_source(source_uri)
        except SourceError as exc:
            report.errors.append(mask_values(f"{source_uri}: {str(exc).splitlines()[0]}"))
            continue
        try:
            try:
                # the catalog holds asset names with their values masked (flows.scan.discover)
                assets = {}
                for a in source.assets():
                    masked = mask_name(a.name, hash_key)[0]
                    assets[masked] = replace(a, name=masked)  # messages name the asset masked too
            except SourceError as exc:
                report.errors.append(mask_values(f"{source_uri}: {str(exc).splitlines()[0]}"))
                continue
            for place in wanted:
                if any(c == ASSET_NAME or c.endswith(KEY) for c in place.columns):
                    continue  # a name that was a value (flows.sources.name_values): not a column to read
                if not streams_files(source) and any("<" in c or "[]" in c for c in place.columns):
                    continue  # list elements and collapsed keys of a database column: not searched yet
                asset = assets.get(place.asset)
                if asset is None:
                    report.errors.append(f"{source_uri}: {place.asset}: not found any more; "
                                         "it was moved or dropped since the scan: rescan the source")
                    continue
                pair_key = (place.source, place.asset, frozenset(place.columns))
                try:
                    columns = place.columns or ("text",)
                    result = count_matching(source, asset, columns, lookup,
                                            contains=place.free_text, keys=keys)
                except SourceError as exc:
                    report.errors.append(mask_values(f"{source_uri}: {str(exc).splitlines()[0]}"))
                    continue
                if result.rows:
                    if len(place.columns) > 1:
                        if pair_key in seen_pairs:
                            continue      # "a b" and "b a" both matched: one row set, shown once
                        seen_pairs.add(pair_key)
                    report.hits.append(Hit(source_uri, place.asset, _label(place), result.rows,
                                           result.key_columns, tuple(result.keys), result.keys_note))
        finally:
            source.close()
    report.seconds = time.perf_counter() - started
    if record:
        report.request_id = record_request(
            catalog, entity=lookup.entity, value=value, requester=requester, assets=report.assets,
            places=[{"source": h.source, "asset": h.asset, "column": h.column, "rows": h.rows}
                    for h in report.hits],
        )
    return report


def render(report: LocateReport, keys: bool) -> str:
    """A text table of the places found; keys when asked. No searched or matched value."""
    lines: list[str] = []
    if report.hits:
        width_a = max(len(h.asset) for h in report.hits)
        width_c = max(len(h.column) for h in report.hits)
        for h in report.hits:
            line = f"{h.source}  {h.asset:<{width_a}}  {h.column:<{width_c}}  {h.rows:>8,} rows"
            lines.append(line)
            if keys:
                if h.keys_note:
                    lines.append(f"    keys: {h.keys_note}")
                elif h.keys:
                    shown = ", ".join(_key_text(h.key_columns, k) for k in h.keys)
                    more = f" (first {len(h.keys)} of {h.rows})" if h.rows > len(h.keys) else ""
                    lines.append(f"    keys{more}: {shown}")
    lines.append(
        f"{report.entity}: searched {report.searched} columns in {report.assets} assets; "
        f"found in {len(report.hits)} places, {report.rows:,} rows ({report.seconds:.2f}s)"
    )
    return "\n".join(lines)


def _key_text(columns: tuple[str, ...], key: tuple[Any, ...]) -> str:
    if len(columns) == 1:
        return str(key[0])
    return "(" + ", ".join(f"{c}={v}" for c, v in zip(columns, key)) + ")"
