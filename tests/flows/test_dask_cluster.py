"""``--dask`` against a real cluster: a scheduler and workers started as separate processes, in
another working directory than the client's, as a platform team would run them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import psutil
import pytest

from catalog.store import Catalog
from tests.flows.prefect_support import REPO, client_env, free_port, stop_tree, wait_for

pytestmark = pytest.mark.slow

BREAK_READS = '''
"""Dask worker preload: this worker cannot read any source (as a worker without the mount would)."""
from flows import classify
from flows.sources.errors import SourcePermissionError


def _denied(uri, **kwargs):
    raise SourcePermissionError(f"{uri}: permission denied on this worker")


classify.open_source = _denied
'''


@contextmanager
def dask_cluster(workdir: Path, workers: int = 2, preload: str | None = None) -> Iterator[str]:
    """A scheduler and ``workers`` single-threaded workers, each its own process, run from ``workdir``."""
    workdir.mkdir(parents=True, exist_ok=True)
    env = client_env(workdir / "prefect-home")
    env["DASK_DISTRIBUTED__WORKER__DAEMON"] = "false"
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    procs = [subprocess.Popen(
        [sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", str(port),
         "--no-dashboard"],
        cwd=workdir, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)]
    extra = []
    if preload:
        (workdir / "ropa_preload.py").write_text(preload)
        extra = ["--preload", "ropa_preload"]
        env["PYTHONPATH"] = f"{workdir}{os.pathsep}{env['PYTHONPATH']}"
    for i in range(workers):
        procs.append(subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_worker", address, "--nthreads", "1", "--nworkers", "1",
             "--no-dashboard", "--name", f"w{i}", "--local-directory", str(workdir / f"w{i}"), *extra],
            cwd=workdir, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True))
    try:
        from distributed import Client

        def ready() -> bool:
            try:
                with Client(address, timeout=5) as client:
                    return len(client.scheduler_info()["workers"]) == workers
            except OSError:
                return False

        wait_for(ready, 180, every=1, what=f"{workers} dask workers")
        yield address
    finally:
        for p in reversed(procs):
            stop_tree(p)


def _exports(root: Path, files: int = 4) -> Path:
    root.mkdir(parents=True)
    for i in range(files):
        pd.DataFrame({"email": [f"k{i}.{j}@voorbeeld.nl" for j in range(300)], "n": range(300)}).to_csv(
            root / f"part_{i}.csv", index=False)
    return root


def _ropa(args: list[str], cwd: Path, tag: str) -> subprocess.CompletedProcess:
    env = client_env(cwd / "prefect-home")
    env["ROPA_TEST_TAG"] = tag
    return subprocess.run([sys.executable, "-m", "flows.cli", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=600)


def _tagged_servers(tag: str) -> list[psutil.Process]:
    """Prefect API servers still running that a process of this test started (they inherit the tag)."""
    found = []
    for proc in psutil.process_iter(["cmdline"]):
        try:
            if "prefect.server.api.server" not in " ".join(proc.info["cmdline"] or []):
                continue
            if proc.environ().get("ROPA_TEST_TAG") == tag and proc.status() != psutil.STATUS_ZOMBIE:
                found.append(proc)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return found


def test_workers_in_another_directory_scan_relative_paths(tmp_path: Path) -> None:
    client_dir = tmp_path / "client"
    client_dir.mkdir()
    _exports(client_dir / "exports")
    tag = uuid.uuid4().hex
    with dask_cluster(tmp_path / "elsewhere") as address:
        run = _ropa(["scan", "exports", "--dask", address, "--catalog", "ropa.duckdb"], client_dir, tag)
        assert run.returncode == 0, run.stderr[-3000:]
        assert not _tagged_servers(tag)
    rows = Catalog(client_dir / "ropa.duckdb").query("SELECT DISTINCT asset, entity FROM current_findings ORDER BY asset")
    assert [(r["asset"], r["entity"]) for r in rows] == [(f"part_{i}.csv", "EMAIL_ADDRESS") for i in range(4)]
    # The catalog is written by the client alone: no worker folder holds a catalog.
    assert not list((tmp_path / "elsewhere").rglob("*.duckdb"))


def test_a_worker_side_failure_fails_the_run_the_cli_and_leaves_no_server(tmp_path: Path) -> None:
    client_dir = tmp_path / "client"
    client_dir.mkdir()
    _exports(client_dir / "exports", files=2)
    tag = uuid.uuid4().hex
    with dask_cluster(tmp_path / "elsewhere", workers=1, preload=BREAK_READS) as address:
        run = _ropa(["scan", "exports", "--dask", address, "--catalog", "ropa.duckdb"], client_dir, tag)
        leftovers = _tagged_servers(tag)
    assert run.returncode == 2, run.stderr[-3000:]
    assert "permission denied on this worker" in run.stderr
    assert "Traceback" not in run.stderr
    assert not leftovers, [p.pid for p in leftovers]
    scans = Catalog(client_dir / "ropa.duckdb").query("SELECT status FROM scans")
    errors = Catalog(client_dir / "ropa.duckdb").query("SELECT count(*) AS n FROM asset_scans WHERE status = 'error'")
    assert [s["status"] for s in scans] == ["completed"] and errors == [{"n": 2}]


def test_a_failing_prefect_scan_leaves_no_temporary_server(tmp_path: Path) -> None:
    fake = tmp_path / "warehouse.duckdb"
    fake.write_text("not a database\n")
    tag = uuid.uuid4().hex
    run = _ropa(["scan", "warehouse.duckdb", "--engine", "prefect", "--catalog", "ropa.duckdb"], tmp_path, tag)
    assert run.returncode == 2, run.stderr[-3000:]
    last = run.stderr.strip().splitlines()[-1]
    assert last.startswith("ropa: error: ") and f"{fake.resolve()}: not a DuckDB database" in last, last
    assert not _tagged_servers(tag)


def test_ctrl_c_during_a_prefect_scan_leaves_no_temporary_server(tmp_path: Path) -> None:
    import signal
    import time

    _exports(tmp_path / "exports", files=40)
    tag = uuid.uuid4().hex
    env = client_env(tmp_path / "prefect-home")
    env["ROPA_TEST_TAG"] = tag
    # As from a terminal, where Ctrl-C has its default action: a runner that starts the tests as a
    # background job hands them SIGINT ignored, and a child keeps it ignored (seen on 2026-12-06:
    # the scan ran to its end and exited 0).
    proc = subprocess.Popen([sys.executable, "-m", "flows.cli", "scan", "exports", "--engine", "prefect",
                             "--catalog", "ropa.duckdb"], cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        servers = wait_for(lambda: _tagged_servers(tag), 180, every=0.5, what="the temporary server to start")
        time.sleep(3)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        stop_tree(proc)
    assert proc.returncode == 130, err[-2000:]
    assert err.strip().splitlines()[-1] == "ropa: error: interrupted"
    assert not any(s.is_running() and s.status() != psutil.STATUS_ZOMBIE for s in servers)
    assert not _tagged_servers(tag)
