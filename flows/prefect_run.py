"""Running ``ropa_scan`` from the CLI: one-off runs, ``ropa serve``, and the processes they start.

Two promises live here:

* Every process ropa starts ends with it. Without ``PREFECT_API_URL`` a Prefect flow needs an API
  server; Prefect would start a temporary one lazily (in this process, and again in every Dask
  worker that has no API address) and stop it only at interpreter exit, which a failing run or a
  killed worker skips, leaving an orphaned ``uvicorn … prefect.server.api.server``. So ropa starts
  that server itself, hands its address to the flow (Dask workers receive it with the task's
  settings) and stops it in a ``finally``, also on SIGTERM.
* ``ropa serve`` stops on SIGINT and SIGTERM within seconds, even when the API server is gone: the
  Prefect runner polls in a background thread; the main thread waits for a signal, asks the runner
  to stop (which pauses the schedule when the API answers), gives it a few seconds, then ends the
  flow-run processes the runner started and exits.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from flows.scan import ScanSummary

STOP_GRACE_SECONDS = 5.0


def absolute_sources(sources: Sequence[str]) -> list[str]:
    """Paths made absolute before they leave this machine's working directory (URIs kept as given)."""
    return [s if "://" in s else str(Path(s).expanduser().resolve()) for s in sources]


@contextmanager
def api_server() -> Iterator[str]:
    """The Prefect API to use: ``PREFECT_API_URL`` when set, else a temporary server this block owns."""
    from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS, temporary_settings

    configured = PREFECT_API_URL.value()
    if configured:
        yield configured
        return
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    previous = _terminate_as_exit()
    try:
        # Prefect's 20 s default is short for a first start, which migrates a fresh database.
        server.start(timeout=max(int(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS.value()), 120))
        with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
            yield server.api_url
    finally:
        _drain_prefect_workers()
        server.stop()
        _restore_term(previous)


def _drain_prefect_workers() -> None:
    """Send Prefect's queued logs and events while the server still answers (as Prefect's own
    test harness does); otherwise they are flushed at exit to a server that is gone, and the
    user's terminal gets "All connection attempts failed" after ropa's last line."""
    try:
        from prefect.events.worker import EventsWorker
        from prefect.logging.handlers import APILogWorker

        APILogWorker.drain_all(timeout=10)
        EventsWorker.drain_all(timeout=10)
    except Exception:  # noqa: BLE001 - best effort: nothing here may fail the scan
        pass


def _terminate_as_exit() -> Any:
    """Make SIGTERM unwind the stack (running ``finally`` blocks) instead of killing the process."""
    if threading.current_thread() is not threading.main_thread():
        return None

    def on_term(signum: int, frame: Any) -> None:
        raise SystemExit(128 + signum)

    return signal.signal(signal.SIGTERM, on_term)


def _restore_term(previous: Any) -> None:
    if previous is not None and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, previous)


def run_flow(dask_address: str | None, **parameters: Any) -> ScanSummary:
    """Run ``ropa_scan`` once and return its summary.

    A source that cannot be opened re-raises its ``SourceError`` (the CLI's exit 2); assets that
    could not be scanned come back in the summary's errors (the run itself is ``Failed``).
    """
    from flows.prefect_flow import make_flow

    if dask_address:
        # Workers run elsewhere, from another working directory: send them absolute paths.
        parameters["sources"] = absolute_sources(parameters["sources"])
    # A temporary server sends no telemetry (ropa runs offline); an operator's setting wins.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    with _quiet_console(), api_server():
        state = make_flow(dask_address)(**parameters, return_state=True)
        result = state.result(raise_on_failure=False)
    if isinstance(result, BaseException):
        raise result
    if not isinstance(result, dict):
        raise RuntimeError(f"the Prefect flow run ended {state.type.value} without a summary: {state.message}")
    return ScanSummary(**result)


@contextmanager
def _quiet_console() -> Iterator[None]:
    """Keep Prefect's run logs (tracebacks included) off the terminal during a CLI scan: the CLI
    prints its own one-line errors and summary; the logs still go to the Prefect API."""
    import logging

    from prefect.logging.handlers import PrefectConsoleHandler

    changed: list[tuple[logging.Handler, int]] = []
    for name in ("", "prefect", "prefect.flow_runs", "prefect.task_runs"):   # "" is where Prefect puts it
        for handler in logging.getLogger(name).handlers:
            if isinstance(handler, PrefectConsoleHandler):
                changed.append((handler, handler.level))
                handler.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for handler, level in changed:
            handler.setLevel(level)


def build_deployment(
    sources: Sequence[str],
    cron: str | None,
    catalog_path: str,
    policies: Sequence[str] = (),
    name: str = "ropa-scan",
    interval: float | None = None,
):
    """A deployment of ``ropa_scan`` on a cron (or interval, in seconds) schedule: what ``ropa serve`` serves.

    Paths are made absolute: the deployment runs later, from wherever the runner starts.
    """
    from flows.prefect_flow import ropa_scan

    schedule: dict[str, Any] = {"interval": interval} if interval else {"cron": cron}
    return ropa_scan.to_deployment(
        name=name,
        parameters={
            "sources": absolute_sources(sources),
            "catalog_path": str(Path(catalog_path).resolve()),
            "policies": [str(Path(p).resolve()) for p in policies],
        },
        **schedule,
    )


def serve(deployment: Any, say: Callable[[str], None]) -> int:
    """Serve ``deployment`` until SIGINT or SIGTERM; returns the exit code (0 on a signal)."""
    from prefect.runner import Runner

    # One run at a time: scheduled scans of one catalog would only queue on its write lock.
    runner = Runner(pause_on_shutdown=True, limit=1)
    runner.add_deployment(deployment)
    state: dict[str, Any] = {}

    async def main() -> None:
        state["loop"] = asyncio.get_running_loop()
        await runner.start(webserver=False)

    def target() -> None:
        try:
            asyncio.run(main())
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            state["error"] = exc

    received: list[int] = []
    woke = threading.Event()

    def on_signal(signum: int, frame: Any) -> None:
        received.append(signum)
        woke.set()

    old = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    thread = threading.Thread(target=target, name="ropa-serve-runner", daemon=True)
    thread.start()
    announced = False
    try:
        while not woke.wait(0.5):
            if not thread.is_alive():
                break
            if not announced and getattr(runner, "started", False):
                say("ropa: runner started; waiting for scheduled runs")
                announced = True
        if not received:
            error = state.get("error")
            say(f"ropa: error: the Prefect runner stopped: {error or 'no reason given'}")
            return 2
        return _stop(runner, thread, state, received[0], say)
    finally:
        # Restored only now: a second signal during the shutdown must not kill us half-way.
        for s, handler in old.items():
            signal.signal(s, handler)


def _stop(runner: Any, thread: threading.Thread, state: dict[str, Any], signum: int,
          say: Callable[[str], None]) -> int:
    name = signal.Signals(signum).name
    say(f"ropa: {name} received: stopping (waiting up to {STOP_GRACE_SECONDS:.0f}s for the runner)")
    loop = state.get("loop")
    if loop is not None and thread.is_alive():
        try:
            asyncio.run_coroutine_threadsafe(runner.astop(), loop)
        except RuntimeError:
            pass  # the loop already closed
        thread.join(STOP_GRACE_SECONDS)
    clean = not thread.is_alive()
    _end_children()
    say("ropa: serve stopped" if clean else
        "ropa: serve stopped (the Prefect API did not answer, so the schedule was not paused)")
    sys.stdout.flush()
    sys.stderr.flush()
    if not clean:
        # The runner's thread is stuck retrying an API that is gone; nothing of ours is left in it.
        os._exit(0)
    return 0


def _end_children(grace: float = 5.0) -> None:
    """Terminate the processes this one started (flow runs, a temporary server), then kill stragglers."""
    import psutil

    try:
        children = psutil.Process().children(recursive=True)
    except psutil.Error:
        return
    for child in children:
        try:
            child.terminate()
        except psutil.Error:
            pass
    _, alive = psutil.wait_procs(children, timeout=grace)
    for child in alive:
        try:
            child.kill()
        except psutil.Error:
            pass
