"""The per-asset time budget: past it, whatever the source is running is interrupted.

A recursive SQLite view, a PostgreSQL view calling ``pg_sleep`` or a DuckDB view over
``range(1e12)`` never finishes on its own. ``flows.classify`` runs each asset inside
``asset_budget(seconds)``; every source connection opened in that thread hooks itself to the
budget with the means its engine offers to stop a running statement:

* SQLite: a progress handler that aborts the statement once the deadline has passed;
* DuckDB: ``interrupt()``, called from the budget's timer thread (thread-safe by design);
* PostgreSQL: ``statement_timeout`` set to the time left, plus ``cancel()`` from the timer.

The interrupted source raises ``SourceTimeout`` (see ``timeout_error``); the asset becomes an
``error`` row and the scan goes on. The budget lives in a thread-local because one asset runs
wholly in one worker thread (local pool, Prefect's thread runner or a Dask worker alike).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from flows.sources.errors import SourceTimeout

#: Seconds per asset unless ``--timeout`` says otherwise: generous for a real table sample,
#: short enough that one runaway view cannot hold a nightly scan for hours.
DEFAULT_TIMEOUT = 300.0

_local = threading.local()


class Budget:
    """A deadline and the hooks that stop running work when it passes."""

    def __init__(self, seconds: float) -> None:
        self.seconds = float(seconds)
        self.deadline = time.monotonic() + self.seconds
        self.expired = False
        self._hooks: list[Callable[[], object]] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(self.seconds, self._fire)
        self._timer.daemon = True

    def remaining(self) -> float:
        return max(0.0, self.deadline - time.monotonic())

    def passed(self) -> bool:
        return self.expired or time.monotonic() >= self.deadline

    def on_expiry(self, hook: Callable[[], object]) -> None:
        """Call ``hook`` (an interrupt/cancel) when the deadline passes; now if it has."""
        with self._lock:
            if not self.expired:
                self._hooks.append(hook)
                return
        _call(hook)

    def _fire(self) -> None:
        with self._lock:
            self.expired = True
            hooks, self._hooks = self._hooks, []
        for hook in hooks:
            _call(hook)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.cancel()
        with self._lock:
            self._hooks = []


def _call(hook: Callable[[], object]) -> None:
    try:
        hook()
    except Exception:  # noqa: BLE001 - the connection may be closed already: nothing to stop
        pass


def current() -> Budget | None:
    """The budget of the asset this thread is scanning, if any."""
    return getattr(_local, "budget", None)


@contextmanager
def asset_budget(seconds: float | None) -> Iterator[Budget | None]:
    """Run the body under a budget of ``seconds`` (None or <= 0: unbounded)."""
    if not seconds or seconds <= 0:
        yield None
        return
    budget = Budget(seconds)
    previous = current()
    _local.budget = budget
    budget.start()
    try:
        yield budget
    finally:
        budget.stop()
        _local.budget = previous


def on_expiry(hook: Callable[[], object]) -> None:
    """Register ``hook`` with the current budget (no budget: nothing to do)."""
    budget = current()
    if budget is not None:
        budget.on_expiry(hook)


def passed() -> bool:
    budget = current()
    return budget is not None and budget.passed()


def remaining() -> float | None:
    budget = current()
    return None if budget is None else budget.remaining()


def timeout_error(what: str) -> SourceTimeout:
    """The one message of an asset stopped at its budget."""
    budget = current()
    seconds = f"{budget.seconds:g} s" if budget is not None else "its"
    return SourceTimeout(
        f"{what}: stopped after {seconds} (the per-asset time budget); a recursive or very slow view "
        "or query? exclude it (--exclude), or raise --timeout"
    )


def check(what: str) -> None:
    """Raise ``SourceTimeout`` if the budget has passed (between steps a source cannot interrupt)."""
    if passed():
        raise timeout_error(what)
