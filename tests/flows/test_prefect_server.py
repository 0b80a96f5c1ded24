"""ropa against a real Prefect server: schedules that fire, a worker pool, failed runs, concurrency.

One server (``prefect server start``, own PREFECT_HOME and SQLite database) serves the module.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from catalog.store import Catalog
from tests.flows.prefect_support import REPO, PrefectServer, prefect_server, stop_tree, wait_for

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    with prefect_server(tmp_path_factory.mktemp("prefect")) as running:
        yield running


def _folder(root: Path, files: int = 3, rows: int = 200) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(files):
        pd.DataFrame({
            "email": [f"klant{i}.{j}@voorbeeld.nl" for j in range(rows)],
            "amount": [j * 1.5 for j in range(rows)],
        }).to_csv(root / f"part_{i}.csv", index=False)
    return root


def _scans(catalog: Path) -> list[dict]:
    return Catalog(catalog).query("SELECT scan_id, status FROM scans ORDER BY started_at")


def _ropa(server: PrefectServer, *args: str, cwd: Path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "flows.cli", *args], cwd=cwd, env=server.env(),
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    server.children.append(proc)
    return proc


def test_served_deployment_runs_on_its_schedule(server: PrefectServer, tmp_path: Path) -> None:
    data = _folder(tmp_path / "exports")
    catalog = tmp_path / "ropa.duckdb"
    serve = _ropa(server, "serve", "exports", "--interval", "5", "--catalog", "ropa.duckdb",
                  "--name", "every-5s", cwd=tmp_path)

    def deployment_id():
        return next((d["id"] for d in server.deployments() if d["name"] == "every-5s"), None)

    dep = wait_for(deployment_id, 60, what="the served deployment to register")

    def completed_scheduled():
        runs = server.flow_runs(dep)
        done = [r for r in runs if r["state_type"] == "COMPLETED" and r["auto_scheduled"]]
        return done if len(done) >= 2 else None

    try:
        runs = wait_for(completed_scheduled, 120, every=2, what="two scheduled runs to complete")
    finally:
        serve.send_signal(signal.SIGTERM)
        out, _ = serve.communicate(timeout=20)
    assert serve.returncode == 0, out
    assert "SIGTERM received: stopping" in out and "serve stopped" in out
    # Created by the deployment's schedule, not triggered by hand.
    assert all(r["auto_scheduled"] and r["created_by"]["type"] == "SCHEDULE" for r in runs)
    assert len({r["expected_start_time"] for r in runs}) == len(runs)
    # Every completed run is a completed scan of the folder, with its findings, in the catalog.
    scans = _scans(catalog)
    assert len([s for s in scans if s["status"] == "completed"]) >= 2
    rows = Catalog(catalog).query("SELECT DISTINCT source, asset, entity FROM current_findings ORDER BY asset")
    assert [(r["source"], r["asset"], r["entity"]) for r in rows] == [
        (str(data.resolve()), f"part_{i}.csv", "EMAIL_ADDRESS") for i in range(3)
    ]


def _api(server: PrefectServer):
    from prefect.settings import PREFECT_API_URL, temporary_settings

    return temporary_settings(updates={PREFECT_API_URL: server.api_url})


def _post(server: PrefectServer, path: str, body: dict) -> list[dict]:
    return server.post(path, body)


def test_a_run_with_unreadable_assets_fails_with_the_reason_names_tasks_and_publishes_an_artifact(
        server: PrefectServer, tmp_path: Path, capfd) -> None:
    from flows.cli import main

    data = _folder(tmp_path / "mixed", files=2)
    (data / "corrupt.parquet").write_bytes(b"PAR1" + bytes(range(256)) * 8 + b"PAR1")
    catalog = tmp_path / "ropa.duckdb"
    with _api(server):
        code = main(["scan", str(data), "--catalog", str(catalog), "--engine", "prefect", "--quiet"])
    assert code == 2
    runs = [r for r in server.flow_runs() if r["parameters"].get("catalog_path") == str(catalog)]
    assert len(runs) == 1 and runs[0]["state_type"] == "FAILED"
    assert runs[0]["state"]["message"].startswith("1 of 3 assets could not be scanned (first: corrupt.parquet")
    tasks = _post(server, "/task_runs/filter", {"flow_runs": {"id": {"any_": [runs[0]["id"]]}}})
    assert sorted(t["name"] for t in tasks) == ["classify corrupt.parquet", "classify part_0.csv", "classify part_1.csv"]
    artifacts = _post(server, "/artifacts/filter", {"flow_runs": {"id": {"any_": [runs[0]["id"]]}}})
    assert [a["key"] for a in artifacts] == ["ropa-scan-summary"] and artifacts[0]["type"] == "markdown"
    text = artifacts[0]["data"]
    assert "| 3 | 2 | 0 | 1 | 2 |" in text                       # assets, scanned, skipped, errors, findings
    assert "corrupt.parquet" in text and f"Catalog: `{catalog}`" in text and "ropa report" in text
    # The scanned assets are in the catalog all the same.
    assert {r["asset"] for r in Catalog(catalog).query("SELECT asset FROM current_findings")} == {"part_0.csv", "part_1.csv"}


def test_a_source_that_cannot_be_opened_fails_the_run_and_the_cli_says_why(
        server: PrefectServer, tmp_path: Path, capfd) -> None:
    from flows.cli import main

    fake = tmp_path / "warehouse.duckdb"
    fake.write_text("id,email\n1,a@b.fr\n")
    catalog = tmp_path / "ropa.duckdb"
    with _api(server):
        code = main(["scan", str(fake), "--catalog", str(catalog), "--engine", "prefect", "--quiet"])
    err = capfd.readouterr().err.strip().splitlines()
    assert code == 2
    assert err[-1].startswith(f"ropa: error: {fake}: not a DuckDB database"), err
    runs = [r for r in server.flow_runs() if r["parameters"].get("catalog_path") == str(catalog)]
    assert len(runs) == 1 and runs[0]["state_type"] == "FAILED"
    assert "not a DuckDB database" in runs[0]["state"]["message"]


def test_a_source_concurrency_limit_bounds_reads_of_that_source(
        server: PrefectServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from flows import prefect_flow

    a = _folder(tmp_path / "a", files=4, rows=50)
    b = _folder(tmp_path / "b", files=4, rows=50)
    spans: list[tuple[str, float, float]] = []
    lock = threading.Lock()
    real = prefect_flow.classify_asset

    def timed(uri, asset, *args):
        start = time.monotonic()
        time.sleep(0.6)                       # long enough for overlaps to show
        result = real(uri, asset, *args)
        with lock:
            spans.append((uri, start, time.monotonic()))
        return result

    monkeypatch.setattr(prefect_flow, "classify_asset", timed)
    with _api(server):
        state = prefect_flow.ropa_scan(sources=[str(a), str(b)], catalog_path=str(tmp_path / "c.duckdb"),
                                       per_source=1, return_state=True)
        assert state.is_completed(), state.message
        limits = {prefect_flow.source_limit_name(str(s)) for s in (a, b)}
        found = {g["name"]: g["limit"] for g in _post(server, "/v2/concurrency_limits/filter", {})}
    assert len(spans) == 8
    assert {name: found.get(name) for name in limits} == {name: 1 for name in limits}

    def most_at_once(items: list[tuple[str, float, float]]) -> int:
        edges = sorted([(s, 1) for _, s, _ in items] + [(e, -1) for _, _, e in items], key=lambda x: (x[0], x[1]))
        now = peak = 0
        for _, step in edges:
            now += step
            peak = max(peak, now)
        return peak

    assert most_at_once([s for s in spans if s[0] == str(a)]) == 1
    assert most_at_once([s for s in spans if s[0] == str(b)]) == 1
    # Across the two sources at most two at once. Whether the two sources did overlap depends on
    # when Prefect's slot polling wakes on a loaded machine (a CI run saw them 9 s apart), so it
    # is not asserted: the bound per source is the behaviour under test.
    assert most_at_once(spans) <= 2


def test_prefect_deploy_to_a_process_pool_and_a_worker_run_the_scan(server: PrefectServer, tmp_path: Path) -> None:
    data = _folder(tmp_path / "exports", files=2)
    catalog = tmp_path / "worker.duckdb"
    env = server.env()
    subprocess.run([sys.executable, "-m", "prefect", "work-pool", "create", "ropa-test", "--type", "process"],
                   env=env, check=True, capture_output=True, timeout=180)
    params = json.dumps({"sources": [str(data)], "catalog_path": str(catalog)})
    deployed = subprocess.run(
        [sys.executable, "-m", "prefect", "--no-prompt", "deploy", "--name", "nightly", "--pool", "ropa-test",
         "--interval", "5", "--params", params],
        env=env, cwd=REPO, capture_output=True, text=True, timeout=300)
    assert deployed.returncode == 0, deployed.stdout[-2000:] + deployed.stderr[-2000:]
    worker = subprocess.Popen([sys.executable, "-m", "prefect", "worker", "start", "--pool", "ropa-test", "--limit", "1"],
                              env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    server.children.append(worker)
    dep = next(d["id"] for d in server.deployments() if d["name"] == "nightly")
    try:
        done = wait_for(lambda: [r for r in server.flow_runs(dep) if r["state_type"] == "COMPLETED"
                                 and r["auto_scheduled"]], 180, every=2, what="a worker run to complete")
    finally:
        stop_tree(worker)
    assert done[0]["work_pool_name"] == "ropa-test"
    rows = Catalog(catalog).query("SELECT DISTINCT asset, entity FROM current_findings ORDER BY asset")
    assert [(r["asset"], r["entity"]) for r in rows] == [("part_0.csv", "EMAIL_ADDRESS"), ("part_1.csv", "EMAIL_ADDRESS")]


def test_serve_stops_on_sigterm_after_the_api_server_went_away(server: PrefectServer, tmp_path: Path) -> None:
    """Last in the module: it stops the module's server."""
    _folder(tmp_path / "exports", files=1)
    log = tmp_path / "serve.log"
    with open(log, "w") as out_file:
        serve = subprocess.Popen([sys.executable, "-m", "flows.cli", "serve", "exports", "--cron", "0 2 * * *",
                                  "--catalog", "ropa.duckdb", "--name", "orphaned"], cwd=tmp_path, env=server.env(),
                                 stdout=out_file, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    server.children.append(serve)
    wait_for(lambda: "runner started" in log.read_text(), 120, what="the runner to start")
    kids = psutil_children(serve.pid)
    server.stop()
    time.sleep(2)
    started = time.monotonic()
    serve.send_signal(signal.SIGTERM)
    serve.wait(timeout=30)
    took = time.monotonic() - started
    out = log.read_text()
    assert serve.returncode == 0, out
    assert took < 15, (took, out)
    assert "SIGTERM received: stopping" in out and "serve stopped" in out
    assert not [k for k in kids if k.is_running() and k.status() != "zombie"]


def psutil_children(pid: int) -> list:
    import psutil

    try:
        return psutil.Process(pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []
