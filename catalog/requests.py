"""Data-subject requests handled by ``ropa locate``: which columns to search, and the record kept.

Which columns: those the current scans classified as the searched entity (``counted_findings``,
the reconciliation's view of findings above the minimum score), plus the free-text columns and
documents where it was found inside text. Nothing else is read: that is what makes a lookup
answer in seconds on a large warehouse.

The record: a privacy team must show that a request was handled (when, by whom, where the data
was found), but the request must not become one more copy of the person's identifier. So the
catalog keeps the value only as a keyed hash (``classifiers.masking.keyed_hash``: scrypt for
enumerable identifiers, HMAC otherwise, under a key that lives outside the catalog, see
:mod:`catalog.keys`; the same construction as the findings' hashes, so a
request can be tied to the findings of the same value by whoever holds the key), with the time,
the requester and the places found (asset, column, row count: no value).

The table is created here on first use (``CREATE TABLE IF NOT EXISTS``) rather than by a schema
migration: it is written only by this module, and a catalog that never served a request does
not carry it.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Sequence

from catalog.keys import load_key
from catalog.store import Catalog
from classifiers.masking import keyed_hash

REQUESTS_TABLE = """
CREATE TABLE IF NOT EXISTS locate_requests (
    request_id    VARCHAR PRIMARY KEY,
    requested_at  TIMESTAMP NOT NULL,
    requester     VARCHAR,
    entity        VARCHAR NOT NULL,        -- EMAIL_ADDRESS, PHONE_NUMBER, IBAN_CODE...
    value_hash    VARCHAR NOT NULL,        -- keyed hash of the normalised value, never the value
    assets        INTEGER NOT NULL,        -- assets searched
    places        JSON NOT NULL,           -- [{source, asset, column, rows}], no values
    rows_found    BIGINT NOT NULL
)"""


@dataclass(frozen=True)
class Place:
    """A column (or column pair, or document) of an asset to search for the entity."""

    source: str
    asset: str
    kind: str
    columns: tuple[str, ...]     # () for a document, searched line by line
    free_text: bool              # found inside text: the value is searched as a substring


def places_to_search(catalog: Catalog, entity: str) -> list[Place]:
    """The columns the current scans classified as ``entity`` (free text and documents included),
    grouped so that a name split over two columns of one asset is also searched as a pair."""
    rows = catalog.query(
        "SELECT source, asset, kind, column_name, "
        "coalesce(try_cast(json_extract(evidence, '$.free_text') AS BOOLEAN), false) AS free_text "
        "FROM counted_findings WHERE entity = ? "
        "ORDER BY source, asset, column_name NULLS FIRST",
        [entity],
    )
    out: list[Place] = []
    per_asset: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in rows:
        per_asset.setdefault((r["source"], r["asset"]), []).append(r)
    for (source, asset), found in per_asset.items():
        # pseudo-columns (``<key>``, ``<asset name>``: values found in names) hold no rows to count
        found = [r for r in found if not (r["column_name"] or "").startswith("<")]
        if not found:
            continue
        for r in found:
            column = r["column_name"]
            out.append(Place(source, asset, r["kind"], (column,) if column else (),
                             bool(r["free_text"]) or column is None))
        structured = [r["column_name"] for r in found if r["column_name"] and not r["free_text"]]
        if entity == "PERSON" and len(structured) >= 2:
            # first name + last name columns: the full name is their values joined, either order
            for i, a in enumerate(structured):
                for b in structured[i + 1:]:
                    kind = found[0]["kind"]
                    out.append(Place(source, asset, kind, (a, b), False))
                    out.append(Place(source, asset, kind, (b, a), False))
    return out


def record_request(
    catalog: Catalog,
    *,
    entity: str,
    value: str,
    requester: str | None,
    assets: int,
    places: Sequence[dict[str, Any]],
) -> str:
    """Record that a request for ``value`` was handled; only its keyed hash is stored.

    ``places`` holds source, asset, column and rows of every match (no values).
    Returns the request id.
    """
    key = load_key(catalog.path)
    digest = keyed_hash(key, value, entity)
    request_id = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    with catalog.writer() as con:
        con.execute(REQUESTS_TABLE)
        con.execute(
            "INSERT INTO locate_requests VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [request_id, datetime.now(timezone.utc).replace(tzinfo=None), requester, entity, digest,
             assets, json.dumps(list(places)), sum(int(p["rows"]) for p in places)],
        )
    return request_id


def requests_for(catalog_path: str | Path, entity: str, value: str) -> list[dict[str, Any]]:
    """The recorded requests for ``value`` (found by its keyed hash), oldest first."""
    catalog = Catalog(catalog_path)
    digest = keyed_hash(load_key(catalog.path), value, entity)
    tables = catalog.query("SELECT table_name FROM information_schema.tables "
                           "WHERE table_name = 'locate_requests'")
    if not tables:
        return []
    return catalog.query("SELECT * FROM locate_requests WHERE entity = ? AND value_hash = ? "
                         "ORDER BY requested_at", [entity, digest])
