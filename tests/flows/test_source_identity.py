"""One identity per source: spellings of one source scan as one, and skip as one.

Issue 16: ``warehouse.duckdb``, ``./warehouse.duckdb``, its absolute path and
``work/warehouse.duckdb`` were four sources, so findings showed four times and incremental skips
never happened; ``serve`` stored absolute paths, so scheduled scans duplicated manual ones.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import duckdb
import pytest

from catalog.store import Catalog
from flows.classify import ScanSettings
from flows.cli import main
from flows.scan import build_deployment, run_scan


@pytest.fixture()
def work(tmp_path: Path, monkeypatch) -> Path:
    """tmp/work/warehouse.duckdb (crm.klanten with emails), tmp/work/app.sqlite, tmp/work/export.csv."""
    root = tmp_path / "work"
    root.mkdir()
    con = duckdb.connect(str(root / "warehouse.duckdb"))
    con.execute("CREATE SCHEMA crm")
    con.execute("CREATE TABLE crm.klanten AS SELECT i AS id, 'klant' || i || '@voorbeeld.nl' AS email "
                "FROM range(300) t(i)")
    con.close()
    lite = sqlite3.connect(root / "app.sqlite")
    lite.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT)")
    lite.executemany("INSERT INTO users (email) VALUES (?)", [(f"u{i}@exemple.fr",) for i in range(200)])
    lite.commit()
    lite.close()
    (root / "export.csv").write_text("email\n" + "".join(f"c{i}@voorbeeld.nl\n" for i in range(100)))
    monkeypatch.chdir(root)
    return Path(os.path.realpath(root))


def _rows(catalog: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(catalog), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.mark.parametrize(
    ("spellings", "canonical"),
    [
        (["warehouse.duckdb", "./warehouse.duckdb", "{w}/warehouse.duckdb", "../work/warehouse.duckdb",
          "duckdb:///warehouse.duckdb"], "{w}/warehouse.duckdb"),
        (["sqlite:///app.sqlite", "app.sqlite", "sqlite:///{w}/app.sqlite"], "sqlite:///{w}/app.sqlite"),
        (["export.csv", "./export.csv", "{w}/export.csv"], "{w}/export.csv"),
    ],
)
def test_every_spelling_after_the_first_is_skipped(work: Path, spellings: list[str], canonical: str) -> None:
    catalog = Catalog(work.parent / "c.duckdb")
    first = run_scan(catalog, [spellings[0].format(w=work)], ScanSettings())
    assert (first.scanned, first.skipped, first.errors) == (1, 0, 0)
    for spelling in spellings[1:]:
        again = run_scan(catalog, [spelling.format(w=work)], ScanSettings())
        assert (again.scanned, again.skipped) == (0, 1), spelling  # the fingerprint matched
    expected = canonical.format(w=work)
    assert _rows(catalog.path, "SELECT DISTINCT source FROM assets") == [(expected,)]
    assert {s for (row,) in _rows(catalog.path, "SELECT sources FROM scans") for s in row} == {expected}
    findings = _rows(catalog.path, "SELECT source, asset, column_name, entity FROM current_findings")
    assert findings and len(findings) == len(set(findings)) == 1  # one email column, listed once
    assert findings[0][0] == expected


def test_two_spellings_in_one_scan_are_one_source(work: Path) -> None:
    catalog = Catalog(work.parent / "c.duckdb")
    summary = run_scan(catalog, ["warehouse.duckdb", "./warehouse.duckdb", str(work / "warehouse.duckdb")],
                       ScanSettings())
    assert (summary.assets, summary.scanned) == (1, 1)


def test_cli_scans_from_another_folder_are_skipped_too(work: Path, capsys, monkeypatch) -> None:
    catalog = work.parent / "c.duckdb"
    monkeypatch.chdir(work.parent)
    assert main(["scan", "work/warehouse.duckdb", "--catalog", str(catalog), "-q"]) == 0
    monkeypatch.chdir(work)
    assert main(["scan", "./warehouse.duckdb", "--catalog", str(catalog)]) == 0
    assert "1 unchanged (skipped, " in capsys.readouterr().err   # "…, N findings carried forward)"
    assert main(["findings", "--catalog", str(catalog), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["source"], r["asset"], r["column"]) for r in rows] == [
        (str(work / "warehouse.duckdb"), "crm.klanten", "email")]


def test_serve_stores_the_form_manual_scans_store(work: Path) -> None:
    catalog = Catalog(work.parent / "c.duckdb")
    manual = run_scan(catalog, ["./warehouse.duckdb", "sqlite:///app.sqlite"], ScanSettings())
    deployment = build_deployment(["warehouse.duckdb", "app.sqlite", "postgresql://ro@db/crm"], "0 2 * * *",
                                  str(catalog.path))
    assert deployment.parameters["sources"] == [
        str(work / "warehouse.duckdb"), f"sqlite:///{work}/app.sqlite", "postgresql://ro@db:5432/crm"]
    assert {s for s, _ in manual.assets_seen} == set(deployment.parameters["sources"][:2])


@pytest.mark.parametrize(
    "argv",
    [
        ["serve", "postgresql://ro:Hunter2-pw@db/crm"],
        ["serve", "postgresql://ro@db/crm?password=Hunter2-pw"],
        ["scan", "postgresql://ro:Hunter2-pw@127.0.0.1:1/crm", "--dask", "tcp://127.0.0.1:1"],
    ],
)
def test_work_that_leaves_this_process_refuses_a_password_in_the_uri(work: Path, capsys, argv: list[str]) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "Hunter2-pw" not in err
    assert "PGPASSWORD" in err and ".pgpass" in err and len(err.strip().splitlines()) == 1
