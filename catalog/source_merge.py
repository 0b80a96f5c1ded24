"""Schema migration 2: rewrite every stored source in its canonical form and merge duplicates.

Catalogs written before ``catalog.identity`` hold each source as it was typed: ``wh.duckdb`` and
``./wh.duckdb`` as two sources (so two asset ids, findings listed twice), ``sqlite:///app.sqlite``
beside ``app.sqlite``, and PostgreSQL URLs with their password, in clear, in ``scans.sources``,
``assets.source`` and ``decl_scopes.source``. This step, run once inside the migration's
transaction:

* maps every stored spelling to :func:`catalog.identity.canonical` (a password is dropped with
  the rest of the spelling: it is not kept anywhere);
* renames single-file assets, formerly named by the path as typed, to the file's name, as scans
  now name them;
* merges the assets that now share ``(source, asset)`` under one id (the earliest ``first_seen``),
  and when one scan recorded two spellings of one asset, keeps one row for it: scanned before
  skipped before error, then the latest, with that row's columns, findings and profile.

A relative path is resolved against the first of ``bases`` in which it exists (the working
directory, then the catalog's folder), else the first: the folder it was typed in was never
recorded, and those are where ropa is run from.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Sequence

import duckdb

from catalog.identity import SourceSpellingError, canonical, redact
from catalog.sql import quote_identifier

_STATUS_RANK = "CASE status WHEN 'scanned' THEN 0 WHEN 'skipped' THEN 1 ELSE 2 END"


def canonical_stored(text: str, bases: Sequence[Path]) -> str:
    """The canonical form of a source spelling read from an old catalog (see module doc)."""
    if "://" in text:
        try:
            return canonical(text).uri
        except SourceSpellingError:
            return redact(text)  # malformed and unreadable anyway; at least credential-free
    path = Path(os.path.expanduser(text))
    if not path.is_absolute():
        for base in bases:
            if (base / path).exists():
                return canonical(text, base=base).uri
    return canonical(text, base=bases[0] if bases else None).uri


def merge_source_spellings(con: duckdb.DuckDBPyConnection, bases: Sequence[Path]) -> None:
    """Rewrite sources canonically and merge the duplicates (see module doc); no COMMIT here."""
    from catalog.store import asset_id  # the one definition of an asset's id

    spellings = {s for (s,) in con.execute("SELECT DISTINCT source FROM assets").fetchall()}
    spellings |= {s for (s,) in con.execute(
        "SELECT DISTINCT unnest(sources) FROM scans WHERE sources IS NOT NULL").fetchall()}
    scopes = _exists(con, "decl_scopes")
    if scopes:
        spellings |= {s for (s,) in con.execute("SELECT DISTINCT source FROM decl_scopes").fetchall()}
    mapping = {s: canonical_stored(s, bases) for s in spellings if s is not None}

    # assets: old id -> (new id, source, asset)
    rows = con.execute("SELECT asset_id, source, asset FROM assets").fetchall()
    amap = []
    for old_id, source, asset in rows:
        new_source = mapping.get(source, source)
        new_asset = asset
        if asset == source or asset.startswith(source + "#"):  # a single file named as typed
            new_asset = Path(new_source.removeprefix("sqlite:///")).name + asset[len(source):]
        amap.append((old_id, asset_id(new_source, new_asset), new_source, new_asset))
    con.execute("CREATE TEMP TABLE _amap (old_id VARCHAR, new_id VARCHAR, source VARCHAR, asset VARCHAR)")
    if amap:
        con.executemany("INSERT INTO _amap VALUES (?, ?, ?, ?)", amap)

    # one surviving old asset per (scan, new asset)
    con.execute(f"""
        CREATE TEMP TABLE _keep AS
        SELECT s.scan_id, s.asset_id AS old_id, m.new_id
        FROM asset_scans s JOIN _amap m ON m.old_id = s.asset_id
        QUALIFY row_number() OVER (PARTITION BY s.scan_id, m.new_id
                                   ORDER BY {_STATUS_RANK}, s.scanned_at DESC, s.asset_id) = 1
    """)
    con.execute("""
        CREATE TEMP TABLE _assets AS
        SELECT m.new_id AS asset_id, any_value(m.source) AS source, any_value(m.asset) AS asset,
               any_value(a.kind ORDER BY a.first_seen) AS kind, min(a.first_seen) AS first_seen
        FROM assets a JOIN _amap m ON m.old_id = a.asset_id GROUP BY m.new_id
    """)
    con.execute("DELETE FROM assets")
    con.execute("INSERT INTO assets SELECT asset_id, source, asset, kind, first_seen FROM _assets")
    for table in ("asset_scans", "columns", "findings", "anchor_profile"):
        names = [r[0] for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? AND table_schema = 'main' "
            "ORDER BY ordinal_position", [table]).fetchall()]
        select = ", ".join("k.new_id" if n == "asset_id" else f"t.{quote_identifier(n)}" for n in names)
        con.execute(f"CREATE TEMP TABLE _t AS SELECT {select} FROM {table} t "
                    "JOIN _keep k ON k.scan_id = t.scan_id AND k.old_id = t.asset_id")
        con.execute(f"DELETE FROM {table}")
        con.execute(f"INSERT INTO {table} SELECT * FROM _t")
        con.execute("DROP TABLE _t")

    for scan_id, sources in con.execute("SELECT scan_id, sources FROM scans WHERE sources IS NOT NULL").fetchall():
        merged: list[str] = []
        for s in sources:
            c = mapping.get(s, s)
            if c not in merged:
                merged.append(c)
        con.execute("UPDATE scans SET sources = ? WHERE scan_id = ?", [merged, scan_id])
    if scopes:
        pairs = {(p, mapping.get(s, s)) for p, s in con.execute("SELECT policy, source FROM decl_scopes").fetchall()}
        con.execute("DELETE FROM decl_scopes")
        if pairs:
            con.executemany("INSERT INTO decl_scopes VALUES (?, ?)", sorted(pairs))
    for temp in ("_amap", "_keep", "_assets"):
        con.execute(f"DROP TABLE {temp}")


def _exists(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    return bool(con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ? AND table_schema = 'main'", [table]
    ).fetchone()[0])

