"""A real Prefect server for the scheduling tests, started as a subprocess and torn down whole.

``prefect server start`` runs on a free loopback port with its own PREFECT_HOME and SQLite
database in a temporary folder, so the tests never touch a developer's Prefect profile. The
scheduler loop is shortened (the default visits deployments every 60 s) so a deployment on a
5-second interval gets its runs within the test's time.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import psutil

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def client_env(home: Path, api_url: str | None = None) -> dict[str, str]:
    """Environment for a process talking to the test server (or running its own, without api_url)."""
    env = dict(os.environ)
    env.pop("PREFECT_API_URL", None)
    env.update(
        PYTHONPATH=str(REPO),
        PREFECT_HOME=str(home),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_LOGGING_LEVEL="WARNING",
        PREFECT_RUNNER_POLL_FREQUENCY="1",
        PREFECT_WORKER_QUERY_SECONDS="1",
        PREFECT_WORKER_PREFETCH_SECONDS="5",
    )
    if api_url:
        env["PREFECT_API_URL"] = api_url
    return env


@dataclass
class PrefectServer:
    api_url: str
    home: Path
    process: subprocess.Popen
    log: Path
    children: list[subprocess.Popen] = field(default_factory=list)

    def env(self) -> dict[str, str]:
        return client_env(self.home, self.api_url)

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.api_url, timeout=60)

    def post(self, path: str, body: dict, tries: int = 3) -> list[dict]:
        """POST to the API; a busy server (a loaded CI machine) gets a few chances."""
        for attempt in range(tries):
            try:
                with self.client() as c:
                    response = c.post(path, json=body)
                    response.raise_for_status()
                    return response.json()
            except httpx.TimeoutException:
                if attempt == tries - 1:
                    raise
        raise AssertionError("unreachable")

    def flow_runs(self, deployment_id: str | None = None) -> list[dict]:
        body: dict = {"sort": "EXPECTED_START_TIME_ASC", "limit": 200}
        if deployment_id:
            body["deployments"] = {"id": {"any_": [deployment_id]}}
        return self.post("/flow_runs/filter", body)

    def deployments(self) -> list[dict]:
        return self.post("/deployments/filter", {})

    def stop(self) -> None:
        stop_tree(self.process)


def stop_tree(proc: subprocess.Popen, grace: float = 10.0) -> None:
    """SIGTERM a process and everything below it, SIGKILL what is left after ``grace`` seconds."""
    if proc.poll() is not None:
        return
    try:
        family = [psutil.Process(proc.pid), *psutil.Process(proc.pid).children(recursive=True)]
    except psutil.NoSuchProcess:
        return
    for p in family:
        try:
            p.send_signal(signal.SIGTERM)
        except psutil.NoSuchProcess:
            pass
    _, alive = psutil.wait_procs(family, timeout=grace)
    for p in alive:
        try:
            p.kill()
        except psutil.NoSuchProcess:
            pass
    psutil.wait_procs(alive, timeout=5)


@contextmanager
def prefect_server(tmp: Path, timeout: float = 180.0) -> Iterator[PrefectServer]:
    """Start ``prefect server start`` on a free port; yield once /api/health answers."""
    home = tmp / "prefect-home"
    home.mkdir(parents=True, exist_ok=True)
    log = tmp / "prefect-server.log"
    env = client_env(home)
    env.update(
        PREFECT_API_DATABASE_CONNECTION_URL=f"sqlite+aiosqlite:///{tmp / 'prefect.db'}",
        PREFECT_UI_ENABLED="false",
        PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS="2",
        PREFECT_SERVER_SERVICES_SCHEDULER_RECENT_DEPLOYMENTS_LOOP_SECONDS="1",
        PREFECT_SERVER_SERVICES_LATE_RUNS_ENABLED="false",
        PREFECT_SERVER_SERVICES_FOREMAN_LOOP_SECONDS="5",
        PREFECT_LOGGING_LEVEL="INFO",
    )
    port = free_port()
    with open(log, "wb") as out:
        # Migrate first: a fresh database migrated by the server's own startup races its services
        # (they query tables that do not exist yet) and on a loaded machine the startup fails.
        subprocess.run([sys.executable, "-m", "prefect", "server", "database", "upgrade", "-y"],
                       env=env, stdout=out, stderr=subprocess.STDOUT, cwd=tmp, check=True, timeout=timeout)
        proc = subprocess.Popen(
            [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
            env=env, stdout=out, stderr=subprocess.STDOUT, cwd=tmp, start_new_session=True,
        )
    server = PrefectServer(api_url=f"http://127.0.0.1:{port}/api", home=home, process=proc, log=log)
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"prefect server exited ({proc.returncode}): {log.read_text()[-2000:]}")
            try:
                if httpx.get(f"{server.api_url}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"prefect server did not answer in {timeout:.0f}s: {log.read_text()[-2000:]}")
            time.sleep(0.5)
        yield server
    finally:
        for child in server.children:
            stop_tree(child)
        server.stop()


def wait_for(predicate, timeout: float, every: float = 1.0, what: str = "condition"):
    """Poll ``predicate`` until it returns something truthy; that value, or AssertionError."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = predicate()
        if last:
            return last
        time.sleep(every)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what} (last: {last!r})")
