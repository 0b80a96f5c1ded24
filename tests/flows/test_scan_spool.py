"""Waiting for a reader must not throw away work: finished assets are spooled, then written.

A real second process holds the catalog (a read-only DuckDB connection, as a notebook does) while
the scan runs; the times are short, the knobs (COMMIT_WAIT, PATIENCE_STEP, lock_timeout) shorter.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pandas as pd
import pytest

from catalog.spool import Spool, leftovers, spool_dir
from catalog.store import Catalog
from flows import scan
from flows.classify import ScanSettings
from flows.scan import local_mapper, run_scan

HOLDER = textwrap.dedent(
    """
    import duckdb, os, sys, time
    con = duckdb.connect(sys.argv[1], read_only=True)   # an analyst's notebook
    print("holding", flush=True)
    deadline = time.monotonic() + 60
    while not os.path.exists(sys.argv[2]) and time.monotonic() < deadline:   # until told to let go
        time.sleep(0.05)
    con.close()
    """
)
EMAILS = [f"planted.person{j}@voorbeeld.nl" for j in range(40)]
BSNS = ["111222333", "123456782", "999999990", "100000009"]


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "exports"
    root.mkdir()
    for i in range(8):
        pd.DataFrame({"email": EMAILS * 5, "bsn": BSNS * 50, "n": range(200)}).to_csv(
            root / f"part_{i}.csv", index=False)
    return root


@pytest.fixture()
def short_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scan, "COMMIT_WAIT", 0.2)
    monkeypatch.setattr(scan, "PATIENCE_STEP", 0.5)
    monkeypatch.setattr(scan, "COMMIT_SECONDS", 0.0)   # every finished asset tries to commit at once


def _hold(path: Path, release: Path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), str(release)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "holding"
    return proc


def _no_raw_values(text: str) -> None:
    for value in EMAILS + BSNS:
        assert value not in text


def test_a_scan_spools_while_a_notebook_holds_the_catalog_and_completes_after(
        folder: Path, tmp_path: Path, short_waits: None) -> None:
    catalog_path = tmp_path / "ropa.duckdb"
    messages: list[str] = []
    catalog = Catalog(catalog_path, lock_timeout=1.0, on_wait=messages.append)   # gave up after 1 s before
    settings = ScanSettings()
    release = tmp_path / "release"
    seen: dict[str, object] = {}
    inner = local_mapper(settings, b"k" * 32, workers=1)

    def mapper(items):
        for n, result in enumerate(inner(items)):
            if n == 1:   # after the first asset is committed, a notebook opens the catalog
                seen["holder"] = _hold(catalog_path, release)
                seen["held_at"] = time.monotonic()
            yield result
        holder = seen["holder"]
        assert holder.poll() is None                  # still held when the last asset is finished
        spooled = list(spool_dir(catalog_path).glob("*.jsonl"))
        assert len(spooled) == 1
        text = spooled[0].read_text()
        seen["spooled_lines"] = len(text.splitlines())
        _no_raw_values(text)                          # masked examples and hashes only
        assert "*********" in text and "EMAIL_ADDRESS" in text
        threading.Timer(4.0, release.touch).start()   # the analyst closes the notebook 4 s later

    summary = run_scan(catalog, [str(folder)], settings, mapper=mapper)
    waited = time.monotonic() - seen["held_at"]
    seen["holder"].wait(10)
    assert release.exists()
    assert summary.scanned == 8 and summary.errors == 0
    assert waited >= 4.0                              # it waited for the notebook, far past lock_timeout
    assert seen["spooled_lines"] >= 5                 # the assets finished while held were spooled
    rows = catalog.query("SELECT asset, status FROM asset_scans JOIN assets USING (asset_id) WHERE scan_id = ?", [summary.scan_id])
    assert len(rows) == 8 and {r["status"] for r in rows} == {"scanned"}
    assert catalog.query("SELECT status FROM scans WHERE scan_id = ?", [summary.scan_id]) == [{"status": "completed"}]
    assert len(catalog.query("SELECT * FROM current_findings WHERE entity = 'NL_BSN'")) == 8
    assert not spool_dir(catalog_path).exists()       # written, then removed
    assert any("kept in" in m and "scan goes on" in m for m in messages)
    assert any(m.startswith("still waiting") for m in messages)


def test_a_spool_left_by_a_dead_scan_is_written_by_the_next_one(folder: Path, tmp_path: Path) -> None:
    catalog_path = tmp_path / "ropa.duckdb"
    catalog = Catalog(catalog_path)
    settings = ScanSettings()
    first = run_scan(catalog, [str(folder / "part_0.csv")], settings)
    # A scan that classified two assets, spooled them while waiting, and was killed (its pid is gone).
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)
    killed_scan = catalog.begin_scan([str(folder)], "sample", 2000)
    results = list(local_mapper(settings, b"k" * 32)([(str(folder), a, None) for a in _assets(folder)[1:3]]))
    Spool(catalog_path, killed_scan, dead_pid).append(results)
    _no_raw_values(next(spool_dir(catalog_path).glob("*.jsonl")).read_text())
    assert [s.scan_id for s in leftovers(catalog_path)] == [killed_scan]

    run_scan(catalog, [str(folder / "part_0.csv")], settings)
    rows = catalog.query("SELECT asset FROM asset_scans JOIN assets USING (asset_id) WHERE scan_id = ? ORDER BY asset", [killed_scan])
    assert [Path(r["asset"]).name for r in rows] == ["part_1.csv", "part_2.csv"]
    assert not spool_dir(catalog_path).exists()
    assert first.scanned == 1


def test_a_torn_last_line_is_ignored(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "c.duckdb", "s1")
    from catalog.store import AssetResult
    from classifiers.model import Finding

    spool.append([AssetResult("src", "a", "file", findings=[Finding("c", "NL_BSN", 0.9, 3, 4, {"m": 1},
                                                                     ("*********",), ("ab",))],
                              anchors={"d": [(__import__("datetime").date(2020, 1, 2), 5)]})])
    with open(spool.path, "a") as handle:
        handle.write('{"source": "src", "asset": "b", "ki')   # a kill mid-append
    (result,) = spool.read()
    assert result.asset == "a" and result.findings[0].examples == ("*********",)
    assert result.anchors["d"][0][1] == 5


def _assets(folder: Path):
    from flows.sources import open_source

    source = open_source(str(folder))
    try:
        return sorted(source.assets(), key=lambda a: a.name)
    finally:
        source.close()


SCANNER = textwrap.dedent(
    """
    import sys, time
    from catalog.store import Catalog
    from flows import scan
    from flows.classify import ScanSettings
    scan.COMMIT_WAIT, scan.PATIENCE_STEP, scan.COMMIT_SECONDS = 0.2, 0.5, 0.0
    settings = ScanSettings()
    inner = scan.local_mapper(settings, b"k" * 32, workers=1)
    def mapper(items):
        for n, result in enumerate(inner(items)):
            yield result
            if n == 0:
                print("first", flush=True)   # the test opens the "notebook" now
                sys.stdin.readline()         # ... and says when it holds the catalog
    scan.run_scan(Catalog(sys.argv[1]), [sys.argv[2]], settings, mapper=mapper)
    """
)


def test_a_scan_killed_while_waiting_keeps_its_work_for_the_next(folder: Path, tmp_path: Path) -> None:
    """A real scanner process spools while a real notebook process holds the catalog, and is killed."""
    catalog_path = tmp_path / "ropa.duckdb"
    release = tmp_path / "release"
    scanner = subprocess.Popen([sys.executable, "-c", SCANNER, str(catalog_path), str(folder)],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                               env={**__import__("os").environ, "ROPA_HASH_KEY": "ef" * 32})
    holder = None
    try:
        assert scanner.stdout is not None and scanner.stdout.readline().strip() == "first"
        holder = _hold(catalog_path, release)
        scanner.stdin.write("go\n")
        scanner.stdin.flush()
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:   # all 7 other assets spooled: the scanner now only waits
            spooled = list(spool_dir(catalog_path).glob("*.jsonl"))
            if spooled and len(spooled[0].read_text().splitlines()) == 7:
                break
            time.sleep(0.2)
        else:
            pytest.fail("the scanner never spooled its finished assets")
        assert scanner.poll() is None
        scanner.kill()
        scanner.wait(30)
    finally:
        release.touch()
        if holder is not None:
            holder.wait(30)
        if scanner.poll() is None:
            scanner.kill()
    killed_scan = spooled[0].name.split(".")[0]
    catalog = Catalog(catalog_path)
    before = catalog.query("SELECT count(*) AS n FROM asset_scans WHERE scan_id = ?", [killed_scan])[0]["n"]
    assert before == 1                                   # only the asset committed before the notebook
    run_scan(catalog, [str(folder / "part_0.csv")], ScanSettings())   # the next scan, of anything
    after = catalog.query("SELECT count(*) AS n FROM asset_scans WHERE scan_id = ?", [killed_scan])[0]["n"]
    assert after == 8 and not spool_dir(catalog_path).exists()
    rerun = run_scan(catalog, [str(folder)], ScanSettings())
    assert rerun.skipped == 8 and rerun.scanned == 0     # nothing the killed scan finished is redone
