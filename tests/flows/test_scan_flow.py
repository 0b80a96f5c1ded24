"""The scan as production software: Prefect runs, Dask, incremental skips, kills and locks."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from catalog.store import Catalog
from flows.classify import ScanSettings
from flows.scan import make_flow, run_scan

ROOT = Path(__file__).resolve().parents[2]


def _findings(catalog: Path) -> set[tuple]:
    rows = Catalog(catalog).query("SELECT asset, column_name, entity FROM current_findings")
    return {(r["asset"], r["column_name"], r["entity"]) for r in rows}


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of 30 small files: enough assets to watch a scan progress and to kill it mid-way."""
    root = tmp_path_factory.mktemp("exports")
    for i in range(30):
        df = pd.DataFrame({
            "email": [f"klant{i}.{j}@voorbeeld.nl" for j in range(1500)],
            "amount": [j * 1.25 for j in range(1500)],
            "status": ["open", "paid", "late"] * 500,
        })
        df.to_csv(root / f"batch_{i:02d}.csv", index=False)
    return root


@pytest.mark.slow
def test_prefect_flow_and_local_engine_agree(exports: Path, tmp_path: Path) -> None:
    local = tmp_path / "local.duckdb"
    run_scan(Catalog(local), [str(exports)], ScanSettings())
    via_prefect = tmp_path / "prefect.duckdb"
    result = make_flow()(sources=[str(exports)], catalog_path=str(via_prefect))
    assert result["scanned"] == 30 and result["errors"] == 0
    assert _findings(via_prefect) == _findings(local)
    assert len(_findings(local)) == 30


@pytest.mark.slow
def test_a_dask_cluster_of_two_workers_gives_the_same_findings(exports: Path, tmp_path: Path) -> None:
    from distributed import LocalCluster

    local = tmp_path / "local.duckdb"
    run_scan(Catalog(local), [str(exports)], ScanSettings())
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        on_dask = tmp_path / "dask.duckdb"
        result = make_flow(cluster.scheduler_address)(sources=[str(exports)], catalog_path=str(on_dask))
    assert result["scanned"] == 30
    assert _findings(on_dask) == _findings(local)


def test_a_second_scan_skips_unchanged_assets(exports: Path, tmp_path: Path) -> None:
    catalog = Catalog(tmp_path / "c.duckdb")
    first = run_scan(catalog, [str(exports)], ScanSettings())
    second = run_scan(catalog, [str(exports)], ScanSettings())
    assert (first.scanned, first.skipped) == (30, 0), first.error_assets[:3]
    assert (second.scanned, second.skipped) == (0, 30)
    assert second.seconds < first.seconds / 2, (first.seconds, second.seconds)
    assert _findings(catalog.path) == {(f"batch_{i:02d}.csv", "email", "EMAIL_ADDRESS") for i in range(30)}
    forced = run_scan(catalog, [str(exports)], ScanSettings(rescan=True))
    assert forced.scanned == 30


def test_a_changed_asset_is_scanned_again(tmp_path: Path) -> None:
    folder = tmp_path / "f"
    folder.mkdir()
    pd.DataFrame({"email": ["a@b.fr"] * 50}).to_csv(folder / "a.csv", index=False)
    pd.DataFrame({"n": range(50)}).to_csv(folder / "b.csv", index=False)
    catalog = Catalog(tmp_path / "c.duckdb")
    run_scan(catalog, [str(folder)], ScanSettings())
    time.sleep(0.01)
    pd.DataFrame({"n": range(50), "iban": ["NL91ABNA0417164300"] * 50}).to_csv(folder / "b.csv", index=False)
    again = run_scan(catalog, [str(folder)], ScanSettings())
    assert (again.scanned, again.skipped) == (1, 1)
    assert ("b.csv", "iban", "IBAN_CODE") in _findings(catalog.path)


def test_broken_files_are_recorded_and_the_rest_completes(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "corrupt.parquet").write_bytes(b"PAR1" + os.urandom(4096) + b"PAR1")
    (folder / "binary.csv").write_bytes(os.urandom(4096))
    # A French Excel export: ';'-separated, cp1252 ("é" is one byte 0xE9), a header with accents.
    lines = ["Prénom;Téléphone;Numéro"] + [f"Hélène;06 12 34 {i:02d} {i:02d};{i}" for i in range(10, 99)]
    (folder / "export_excel.csv").write_bytes("\r\n".join(lines).encode("cp1252"))
    with open(folder / "events.ndjson", "w", encoding="utf-8") as handle:
        for i in range(100):
            handle.write(json.dumps({"id": i, "contact": {"email": f"p{i}@example.be", "tel": None}}) + "\n")
    catalog = Catalog(tmp_path / "c.duckdb")
    summary = run_scan(catalog, [str(folder)], ScanSettings())
    assert (summary.scanned, summary.errors) == (2, 2)
    errors = catalog.query("SELECT asset, error FROM latest_asset_scans WHERE status = 'error' ORDER BY asset")
    assert [e["asset"] for e in errors] == ["binary.csv", "corrupt.parquet"]
    assert all(e["error"] and "\n" not in e["error"] for e in errors)
    assert _findings(catalog.path) == {("export_excel.csv", "Téléphone", "PHONE_NUMBER"),
                                       ("export_excel.csv", "Prénom", "PERSON"),
                                       ("events.ndjson", "contact.email", "EMAIL_ADDRESS")}
    rows = catalog.query("SELECT asset, row_count, rows_rejected FROM latest_asset_scans WHERE status = 'scanned' "
                         "ORDER BY asset")
    assert rows == [{"asset": "events.ndjson", "row_count": 100, "rows_rejected": 0},
                    {"asset": "export_excel.csv", "row_count": 89, "rows_rejected": 0}]


KILLABLE = textwrap.dedent(
    """
    import sys
    from flows.cli import main
    sys.exit(main(["scan", sys.argv[1], "--catalog", sys.argv[2], "--quiet", "--engine", "local"]))
    """
)


def _count_assets(path: Path, scan_id: str | None = None) -> int:
    con = duckdb.connect(str(path), read_only=True)
    try:
        if scan_id is None:
            return con.execute("SELECT count(*) FROM asset_scans").fetchone()[0]
        return con.execute("SELECT count(*) FROM asset_scans WHERE scan_id = ?", [scan_id]).fetchone()[0]
    finally:
        con.close()


def test_a_scan_killed_mid_way_leaves_a_consistent_catalog(exports: Path, tmp_path: Path) -> None:
    catalog = tmp_path / "c.duckdb"
    earlier = tmp_path / "earlier"
    earlier.mkdir()
    pd.DataFrame({"email": ["a@b.fr"] * 20}).to_csv(earlier / "old.csv", index=False)
    run_scan(Catalog(catalog), [str(earlier)], ScanSettings())

    proc = subprocess.Popen([sys.executable, "-c", KILLABLE, str(exports), str(catalog)], cwd=ROOT)
    deadline = time.monotonic() + 120
    done = 0
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            done = _count_assets(catalog) - 1
        except duckdb.IOException:
            done = done  # the scan is committing right now
        if done >= 3:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the scan finished before it could be killed; make the fixture bigger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)

    cat = Catalog(catalog)
    killed = cat.query("SELECT scan_id, status FROM scans ORDER BY started_at")
    assert [k["status"] for k in killed] == ["completed", "running"]
    partial = _count_assets(catalog, killed[1]["scan_id"])
    assert 3 <= partial < 30
    # Every committed asset is whole: its findings are there (one email column per file).
    per_asset = cat.query(
        "SELECT s.asset_id, count(f.entity) AS n FROM asset_scans s LEFT JOIN findings f USING (scan_id, asset_id) "
        "WHERE s.scan_id = ? GROUP BY ALL", [killed[1]["scan_id"]])
    assert all(r["n"] == 1 for r in per_asset)
    assert ("old.csv", "email", "EMAIL_ADDRESS") in _findings(catalog)

    rerun = run_scan(cat, [str(exports)], ScanSettings())
    assert rerun.skipped == partial and rerun.scanned == 30 - partial
    statuses = [r["status"] for r in cat.query("SELECT status FROM scans ORDER BY started_at")]
    assert statuses == ["completed", "aborted", "completed"]


NOTEBOOK = textwrap.dedent(
    """
    import duckdb, sys, time
    con = duckdb.connect(sys.argv[1], read_only=True)
    con.execute("SELECT count(*) FROM current_findings").fetchall()
    print("open", flush=True)
    time.sleep(3)
    con.close()
    """
)


def test_a_scan_waits_for_a_notebook_holding_the_catalog(tmp_path: Path, capfd) -> None:
    folder = tmp_path / "f"
    folder.mkdir()
    pd.DataFrame({"email": ["a@b.fr"] * 20}).to_csv(folder / "a.csv", index=False)
    catalog = tmp_path / "c.duckdb"
    run_scan(Catalog(catalog), [str(folder)], ScanSettings())
    reader = subprocess.Popen([sys.executable, "-c", NOTEBOOK, str(catalog)], stdout=subprocess.PIPE, text=True)
    assert reader.stdout is not None and reader.stdout.readline().strip() == "open"
    from flows.cli import main

    started = time.monotonic()
    code = main(["scan", str(folder), "--catalog", str(catalog), "--rescan"])
    reader.wait(10)
    err = capfd.readouterr().err
    assert code == 0
    assert time.monotonic() - started >= 1.5
    assert f"in use by process {reader.pid}; waiting" in err
