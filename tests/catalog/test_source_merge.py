"""Migration 2: a catalog written with source spellings as typed is rewritten canonically.

The old catalog is built as ropa's schema version 1 wrote it (its migration script, its asset
ids), with what users produced: one warehouse under three spellings, SQLite as URI and as path,
a single CSV file named by the path as typed, and a PostgreSQL URL holding its password.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from catalog import reconcile
from catalog.store import MIGRATIONS, SCHEMA_VERSION, Catalog, asset_id
from flows.classify import ScanSettings
from flows.scan import run_scan
from flows.sources import open_source

PASSWORD = "Zq8-secret-Pw"
PG_OLD = f"postgresql://ana:{PASSWORD}@DB.example.com/crm?sslmode=require"
PG_NEW = "postgresql://ana@db.example.com:5432/crm?sslmode=require"


@pytest.fixture()
def old(tmp_path: Path, monkeypatch) -> tuple[Path, Path]:
    """(work folder, catalog path) of a version-1 catalog holding duplicate spellings."""
    work = tmp_path / "work"
    (work / "data").mkdir(parents=True)
    con = duckdb.connect(str(work / "wh.duckdb"))
    con.execute("CREATE TABLE customers AS SELECT 'a' || i || '@x.nl' AS email FROM range(50) t(i)")
    con.close()
    lite = sqlite3.connect(work / "app.sqlite")
    lite.execute("CREATE TABLE users (email TEXT)")
    lite.commit()
    lite.close()
    (work / "data" / "export.csv").write_text("email\na@x.nl\n")
    monkeypatch.chdir(work)

    source = open_source("wh.duckdb")
    [asset] = source.assets()
    fingerprint = source.fingerprint(asset)
    params = ScanSettings().params_for([])
    path = work / "ropa.duckdb"
    db = duckdb.connect(str(path))
    db.execute("CREATE TABLE ropa_meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    db.execute(MIGRATIONS[0])
    db.execute("INSERT INTO ropa_meta VALUES ('schema_version', '1')")
    reconcile.install(db)
    t0 = datetime(2026, 1, 5, 10, 0)
    scans = [  # (scan id, sources as typed, [(source, asset, kind, status)])
        ("s1", ["wh.duckdb", PG_OLD], [("wh.duckdb", "main.customers", "table", "scanned"),
                                       (PG_OLD, "crm.klanten", "table", "scanned")]),
        ("s2", ["./wh.duckdb", "wh.duckdb"], [("./wh.duckdb", "main.customers", "table", "scanned"),
                                              ("wh.duckdb", "main.customers", "table", "skipped")]),
        ("s3", [str(work / "wh.duckdb"), "sqlite:///app.sqlite", "postgresql://ana:other@db.example.com:5432/crm?sslmode=require"],
         [(str(work / "wh.duckdb"), "main.customers", "table", "error"),
          ("sqlite:///app.sqlite", "main.users", "table", "scanned")]),
        ("s4", ["app.sqlite", "data/export.csv", "./data/export.csv"],
         [("app.sqlite", "main.users", "table", "scanned"), ("data/export.csv", "data/export.csv", "file", "scanned"),
          ("./data/export.csv", "./data/export.csv", "file", "scanned")]),
    ]
    for n, (scan_id, sources, assets) in enumerate(scans):
        when = t0 + timedelta(hours=n)
        db.execute("INSERT INTO scans VALUES (?, ?, ?, 'completed', 'sample', 2000, ?, 1, '0.1')",
                   [scan_id, when, when, sources])
        for src, name, kind, status in assets:
            aid = asset_id(src, name)
            db.execute("INSERT INTO assets VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", [aid, src, name, kind, when])
            error = f"{src}: cannot connect" if status == "error" else None
            db.execute("INSERT INTO asset_scans VALUES (?, ?, ?, ?, NULL, 50, 50, 0, ?, ?, NULL, 0.1, ?)",
                       [scan_id, aid, status, error, fingerprint, params, when])
            if status == "scanned":
                column = "email"
                db.execute("INSERT INTO columns VALUES (?, ?, ?, 'varchar', 0)", [scan_id, aid, column])
                db.execute("INSERT INTO findings VALUES (?, ?, ?, 'EMAIL_ADDRESS', 'contact', 0.9, 50, 50, '{}', "
                           "['a***@x.nl'], ['h'])", [scan_id, aid, column])
    db.execute("INSERT INTO decl_scopes VALUES ('p1', 'wh.duckdb'), ('p1', './wh.duckdb'), ('p1', ?)", [PG_OLD])
    db.close()
    return Path(os.path.realpath(work)), path


def _all_text(path: Path) -> str:
    """Every value of every table of the catalog, as text."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        out = []
        for (table,) in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'"
        ).fetchall():
            out.extend(str(row) for row in con.execute(f'SELECT * FROM "{table}"').fetchall())
        return "\n".join(out)
    finally:
        con.close()


def test_duplicates_merge_and_passwords_go(old: tuple[Path, Path]) -> None:
    work, path = old
    assert PASSWORD in _all_text(path)  # the old catalog did hold it
    catalog = Catalog(path)
    with catalog.writer():  # opening for writing migrates
        pass
    text = _all_text(path)
    assert PASSWORD not in text and ":other@" not in text
    raw = path.read_bytes()  # nor in the file's free blocks: the migrated catalog is a fresh copy
    assert PASSWORD.encode() not in raw and b"ana:other@" not in raw
    assert not path.with_name(path.name + ".rewrite").exists()
    wh, app, csv = str(work / "wh.duckdb"), f"sqlite:///{work}/app.sqlite", str(work / "data" / "export.csv")
    rows = catalog.query("SELECT asset_id, source, asset, kind, first_seen FROM assets ORDER BY source, asset")
    assert [(r["source"], r["asset"], r["kind"]) for r in rows] == sorted([
        (wh, "main.customers", "table"), (csv, "export.csv", "file"), (PG_NEW, "crm.klanten", "table"),
        (app, "main.users", "table")])
    assert all(r["asset_id"] == asset_id(r["source"], r["asset"]) for r in rows)
    assert {r["source"]: r["first_seen"] for r in rows}[wh] == datetime(2026, 1, 5, 10, 0)  # the earliest
    # s2 recorded the warehouse twice (scanned and skipped): the scanned row stays, with its finding
    s2 = catalog.query("SELECT status FROM asset_scans WHERE scan_id = 's2'")
    assert [r["status"] for r in s2] == ["scanned"]
    assert catalog.query("SELECT count(*) AS n FROM findings WHERE scan_id = 's2'")[0]["n"] == 1
    # s4 named the CSV file twice: one asset, one finding
    assert catalog.query("SELECT count(*) AS n FROM findings WHERE scan_id = 's4'")[0]["n"] == 2  # users + csv
    current = catalog.query("SELECT source, asset, column_name FROM current_findings ORDER BY 1, 2")
    assert len(current) == len({tuple(r.values()) for r in current}) == 4
    sources = {r["scan_id"]: list(r["sources"]) for r in catalog.query("SELECT scan_id, sources FROM scans")}
    assert sources == {"s1": [wh, PG_NEW], "s2": [wh], "s3": [wh, app, PG_NEW], "s4": [app, csv]}
    scopes = catalog.query("SELECT policy, source FROM decl_scopes ORDER BY source")
    assert [(r["policy"], r["source"]) for r in scopes] == sorted([("p1", wh), ("p1", PG_NEW)], key=lambda x: x[1])
    assert catalog.query("SELECT value FROM ropa_meta WHERE key = 'schema_version'")[0]["value"] == str(SCHEMA_VERSION)


def test_after_migration_a_new_spelling_skips_the_unchanged_asset(old: tuple[Path, Path]) -> None:
    work, path = old
    summary = run_scan(Catalog(path), ["./wh.duckdb"], ScanSettings())
    assert (summary.scanned, summary.skipped, summary.errors) == (0, 1, 0)
    assert [r[0] for r in duckdb.connect(str(path), read_only=True).execute(
        "SELECT DISTINCT source FROM assets WHERE asset = 'main.customers'").fetchall()] == [str(work / "wh.duckdb")]


def test_relative_spellings_resolve_in_the_catalog_folder_when_not_in_the_working_one(
    old: tuple[Path, Path], tmp_path: Path, monkeypatch
) -> None:
    work, path = old
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # wh.duckdb is not here, but beside the catalog
    Catalog(path).query("SELECT 1")  # a reader does not migrate
    with Catalog(path).writer():
        pass
    sources = {r[0] for r in duckdb.connect(str(path), read_only=True).execute("SELECT source FROM assets").fetchall()}
    assert str(work / "wh.duckdb") in sources
