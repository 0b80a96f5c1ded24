"""The catalog file: schema migration, refusal of foreign files, atomic commits, lock waits."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import duckdb
import pytest

from catalog import store
from catalog.errors import CatalogLocked, CatalogTooNew, NotACatalog
from catalog.store import SCHEMA_VERSION, AssetResult, Catalog
from classifiers.model import Finding


def _finding(column: str, entity: str = "EMAIL_ADDRESS") -> Finding:
    return Finding(column=column, entity=entity, score=0.99, matched=95, sampled=100,
                   evidence={"match_rate": 0.95}, examples=("j***@example.fr",), hashes=("ab12",))


def _result(asset: str = "main.customers", findings: list[Finding] | None = None, **kw) -> AssetResult:
    return AssetResult(source="wh.duckdb", asset=asset, kind="table", fingerprint="fp1", scan_params="p",
                       rows_sampled=100, row_count=100, rows_rejected=0,
                       columns=[("email", "varchar"), ("signup", "date")],
                       findings=findings if findings is not None else [_finding("email")], **kw)


def test_open_migrates_a_new_catalog(tmp_path: Path) -> None:
    cat = Catalog(tmp_path / "c.duckdb")
    scan_id = cat.begin_scan(["wh.duckdb"], "sample", 2000)
    with duckdb.connect(str(cat.path), read_only=True) as con:
        version = con.execute("SELECT value FROM ropa_meta WHERE key = 'schema_version'").fetchone()[0]
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert int(version) == SCHEMA_VERSION
    assert {"scans", "assets", "asset_scans", "columns", "findings", "anchor_profile"} <= tables
    assert {"current_findings", "catalog_findings", "violations"} <= tables  # views are listed too
    assert cat.query("SELECT status FROM scans WHERE scan_id = ?", [scan_id]) == [{"status": "running"}]


def test_a_catalog_from_a_newer_ropa_is_refused(tmp_path: Path) -> None:
    cat = Catalog(tmp_path / "c.duckdb")
    cat.begin_scan([], "sample", 10)
    with duckdb.connect(str(cat.path)) as con:
        con.execute("UPDATE ropa_meta SET value = '99' WHERE key = 'schema_version'")
    for opener in (Catalog(cat.path).reader, Catalog(cat.path).writer):
        with pytest.raises(CatalogTooNew, match="schema version 99.*upgrade ropa"):
            with opener():
                pass


def test_a_text_file_is_not_a_catalog(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("these are my notes, not a database\n" * 20)
    with pytest.raises(NotACatalog, match="not a DuckDB database"):
        Catalog(path).begin_scan([], "sample", 10)


def test_record_commits_an_asset_whole(tmp_path: Path) -> None:
    cat = Catalog(tmp_path / "c.duckdb")
    scan_id = cat.begin_scan(["wh.duckdb"], "sample", 2000)
    cat.record(scan_id, _result(anchors={"signup": [(date(2020, 1, 1), 3), (date(2021, 6, 1), 2)]}))
    rows = cat.query("SELECT asset, column_name, entity, category, examples FROM current_findings")
    assert rows == [{"asset": "main.customers", "column_name": "email", "entity": "EMAIL_ADDRESS",
                     "category": "contact.email", "examples": ["j***@example.fr"]}]
    assert cat.query("SELECT sum(rows) AS n FROM anchor_profile") == [{"n": 5}]


def test_record_is_all_or_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cat = Catalog(tmp_path / "c.duckdb")
    scan_id = cat.begin_scan(["wh.duckdb"], "sample", 2000)
    calls = {"n": 0}
    real = store.category_of

    def failing(entity: str) -> str:
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk full")
        return real(entity)

    monkeypatch.setattr(store, "category_of", failing)
    with pytest.raises(RuntimeError):
        cat.record(scan_id, _result(findings=[_finding("email"), _finding("email2")]))
    for table in ("assets", "asset_scans", "columns", "findings"):
        assert cat.query(f"SELECT count(*) AS n FROM {table}") == [{"n": 0}], table


def test_a_skip_carries_findings_forward(tmp_path: Path) -> None:
    cat = Catalog(tmp_path / "c.duckdb")
    first = cat.begin_scan(["wh.duckdb"], "sample", 2000)
    cat.record(first, _result())
    cat.finish_scan(first)
    assert cat.previous("wh.duckdb", "main.customers") == (first, "fp1", "p")
    second = cat.begin_scan(["wh.duckdb"], "sample", 2000)
    cat.record(second, AssetResult(source="wh.duckdb", asset="main.customers", kind="table",
                                   status="skipped", carried_from=first, fingerprint="fp1", scan_params="p"))
    rows = cat.query("SELECT scan_id, entity FROM current_findings")
    assert rows == [{"scan_id": second, "entity": "EMAIL_ADDRESS"}]


def test_stale_running_scans_are_marked_aborted(tmp_path: Path) -> None:
    cat = Catalog(tmp_path / "c.duckdb")
    stale = cat.begin_scan([], "sample", 10)
    with duckdb.connect(str(cat.path)) as con:  # as if the process that ran it had been killed
        con.execute("UPDATE scans SET pid = 2147483000 WHERE scan_id = ?", [stale])
    cat.begin_scan([], "sample", 10)
    assert cat.query("SELECT status FROM scans WHERE scan_id = ?", [stale]) == [{"status": "aborted"}]


HOLDER = textwrap.dedent(
    """
    import duckdb, sys, time
    con = duckdb.connect(sys.argv[1], read_only=True)   # an analyst's notebook
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
    con.close()
    """
)


def _hold(path: Path, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "holding"
    return proc


def test_a_writer_waits_for_a_reader_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "c.duckdb"
    Catalog(path).begin_scan([], "sample", 10)
    proc = _hold(path, 2.0)
    messages: list[str] = []
    started = time.monotonic()
    try:
        Catalog(path, on_wait=messages.append).begin_scan([], "sample", 10)
    finally:
        proc.wait(10)
    assert time.monotonic() - started >= 1.0
    assert len(messages) == 1 and f"process {proc.pid}" in messages[0] and "waiting" in messages[0]


def test_a_writer_gives_up_with_the_lock_holder_named(tmp_path: Path) -> None:
    path = tmp_path / "c.duckdb"
    Catalog(path).begin_scan([], "sample", 10)
    proc = _hold(path, 5.0)
    try:
        with pytest.raises(CatalogLocked, match=f"locked by process {proc.pid}"):
            Catalog(path, lock_timeout=0.5).begin_scan([], "sample", 10)
    finally:
        proc.kill()
        proc.wait(10)
