"""Dask scale-out vs the local engine: N tables × M rows, a 2-worker cluster, one catalog writer.

    python bench/dask_bench.py                         # the issue's size: 200 tables × 100,000 rows
    python bench/dask_bench.py --tables 40 --rows 50000

Builds one DuckDB warehouse of N tables (ids, e-mail addresses, IBANs, amounts), then scans it
twice with the real CLI, each into a fresh catalog:

* ``ropa scan --engine local`` (threads in one process);
* ``ropa scan --dask ADDRESS`` against a scheduler and two single-threaded workers started here as
  separate processes, from another working directory.

It prints, side by side: wall time of the command, the scan's own time (the summary line; the
Dask run's wall time also holds Prefect's temporary API server start), peak RSS of the client and
of each worker, and which processes ever had the catalog file open, polled every 0.1 s: the proof
that exactly one process (the client) writes the catalog. Findings of both runs must agree.
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import duckdb
import psutil

ROOT = Path(__file__).resolve().parents[1]


def build(path: Path, tables: int, rows: int) -> None:
    con = duckdb.connect(str(path))
    for t in range(tables):
        con.execute(
            f"CREATE TABLE klanten_{t:03d} AS SELECT i AS id, 'klant' || i || '@voorbeeld.nl' AS email, "
            f"'NL91ABNA0417164300' AS iban, (i * 7 % 1000) / 10.0 AS amount FROM range({rows}) r(i)"
        )
    con.close()


class Watch:
    """Polls a process tree: peak RSS per process, and which processes hold the catalog open."""

    def __init__(self, roots: list[int], catalog: Path) -> None:
        self.roots, self.catalog = roots, str(catalog)
        self.peak: dict[int, int] = {}
        self.names: dict[int, str] = {}
        self.writers: set[int] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _family(self) -> list[psutil.Process]:
        out = []
        for pid in self.roots:
            try:
                root = psutil.Process(pid)
                out += [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                continue
        return out

    def _run(self) -> None:
        while not self._stop.is_set():
            for proc in self._family():
                try:
                    self.peak[proc.pid] = max(self.peak.get(proc.pid, 0), proc.memory_info().rss)
                    self.names.setdefault(proc.pid, " ".join(proc.cmdline()[1:4]))
                    if any(f.path.startswith(self.catalog) for f in proc.open_files()):
                        self.writers.add(proc.pid)
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    continue
            time.sleep(0.1)

    def __enter__(self) -> "Watch":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_cli(args: list[str], cwd: Path, watch_pids: list[int], catalog: Path) -> tuple[float, float, Watch, int]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PREFECT_LOGGING_LEVEL": "WARNING",
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    env.pop("PREFECT_API_URL", None)
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "flows.cli", *args], cwd=cwd, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with Watch([proc.pid, *watch_pids], catalog) as watch:
        out, err = proc.communicate()
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"scan failed ({proc.returncode}): {err[-2000:]}")
    match = re.search(r"rows in ([0-9.]+)s", err)
    return wall, float(match.group(1)) if match else float("nan"), watch, proc.pid


def findings(catalog: Path) -> set[tuple]:
    con = duckdb.connect(str(catalog), read_only=True)
    try:
        return set(con.execute("SELECT asset, column_name, entity FROM current_findings").fetchall())
    finally:
        con.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=int, default=200)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="ropa-dask-bench-") as tmp:
        work = Path(tmp)
        client, elsewhere = work / "client", work / "elsewhere"
        client.mkdir()
        elsewhere.mkdir()
        t0 = time.perf_counter()
        build(client / "warehouse.duckdb", args.tables, args.rows)
        print(f"built {args.tables} tables × {args.rows:,} rows in {time.perf_counter() - t0:.1f}s")

        local_cat = client / "local.duckdb"
        l_wall, l_scan, l_watch, l_pid = run_cli(
            ["scan", "warehouse.duckdb", "--engine", "local", "--catalog", "local.duckdb"], client, [], local_cat)

        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        port = free_port()
        address = f"tcp://127.0.0.1:{port}"
        cluster = [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
                                     "--port", str(port), "--no-dashboard"], cwd=elsewhere, env=env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
        for i in range(args.workers):
            cluster.append(subprocess.Popen(
                [sys.executable, "-m", "distributed.cli.dask_worker", address, "--nthreads", "1", "--nworkers", "1",
                 "--no-dashboard", "--no-nanny", "--name", f"w{i}", "--local-directory", str(elsewhere / f"w{i}")],
                cwd=elsewhere, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        try:
            from distributed import Client

            deadline = time.monotonic() + 180
            while True:
                try:
                    with Client(address, timeout=5) as c:
                        if len(c.scheduler_info()["workers"]) == args.workers:
                            break
                except OSError:
                    pass
                if time.monotonic() > deadline:
                    sys.exit("the dask workers did not start")
                time.sleep(1)
            worker_pids = [p.pid for p in cluster[1:]]
            dask_cat = client / "dask.duckdb"
            d_wall, d_scan, d_watch, d_pid = run_cli(
                ["scan", "warehouse.duckdb", "--dask", address, "--catalog", "dask.duckdb"], client, worker_pids,
                dask_cat)
        finally:
            for p in cluster:
                p.terminate()
            for p in cluster:
                try:
                    p.wait(10)
                except subprocess.TimeoutExpired:
                    p.kill()

        mib = 1024 * 1024
        same = findings(local_cat) == findings(dask_cat)
        print(f"\n{'engine':<8} {'wall s':>8} {'scan s':>8}  peak RSS (MiB)")
        print(f"{'local':<8} {l_wall:8.1f} {l_scan:8.1f}  client {l_watch.peak.get(l_pid, 0) / mib:.0f}")
        workers = ", ".join(f"worker {i} {d_watch.peak.get(pid, 0) / mib:.0f}" for i, pid in enumerate(worker_pids))
        print(f"{'dask':<8} {d_wall:8.1f} {d_scan:8.1f}  client {d_watch.peak.get(d_pid, 0) / mib:.0f}; {workers}")
        print(f"\nfindings agree: {same} ({len(findings(dask_cat))} findings)")
        writers = sorted(d_watch.writers)
        who = ["the client" if pid == d_pid else f"pid {pid} ({d_watch.names.get(pid, '?')})" for pid in writers]
        print(f"processes that opened the catalog during the dask run: {len(writers)} — {', '.join(who) or 'none seen'}")
        if writers != [d_pid] or not same:
            sys.exit(1)


if __name__ == "__main__":
    main()
