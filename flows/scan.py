"""The scan: discover assets, classify each, write findings, reconcile. Thin: it composes.

Two engines run the same steps and the same per-asset function (:func:`flows.classify.classify_asset`):

* ``local``: a thread pool in this process. No server to start, so ``ropa check`` in CI answers in
  seconds (Prefect's ephemeral API server alone takes ~20 s to boot).
* ``prefect``: the Prefect flow ``ropa_scan`` (:mod:`flows.prefect_flow`), a task per asset with
  retries on transient source errors; with ``dask_address`` the tasks run on a Dask cluster
  (prefect-dask). Scheduled by ``ropa serve`` or a ``prefect deploy`` of ``prefect.yaml``.

Either way, tasks *return* results and only this module's writer loop commits them to the
catalog, one asset per transaction, as they complete: a killed scan keeps what it finished, and
the next run skips what is unchanged.
"""

from __future__ import annotations

import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from catalog.errors import CatalogLocked
from catalog.keys import load_key
from catalog.spool import Spool, leftovers
from catalog.store import AssetResult, Catalog
from flows.classify import Binding, Previous, ScanSettings, classify_asset
from flows.sources import canonical_sources, open_source, refuse_remote_credentials
from flows.sources.base import Asset, SourceError
from flows.sources.name_values import mask_name, mask_values, shown_source

Work = tuple[str, Asset, Previous | None]
COMMIT_EVERY = 25        # assets per write session at most
COMMIT_SECONDS = 0.5     # ... or as soon as this long has passed since the last commit
COMMIT_WAIT = 2.0        # mid-scan, how long a commit waits for a held catalog before spooling
PATIENCE_STEP = 30.0     # at the end, the wait between two "still waiting" messages (no deadline)
Mapper = Callable[[list[Work]], Iterator[AssetResult]]


@dataclass
class ScanSummary:
    """What a scan did, for the CLI and for Prefect's flow result (counts only, no values)."""

    scan_id: str
    assets: int = 0
    scanned: int = 0
    skipped: int = 0
    errors: int = 0
    findings: int = 0
    rows_sampled: int = 0
    seconds: float = 0.0
    error_assets: list[tuple[str, str, str]] = field(default_factory=list)  # (source, asset, error)
    assets_seen: list[tuple[str, str]] = field(default_factory=list)       # (source, asset)
    skipped_files: list[tuple[str, str, str]] = field(default_factory=list)  # (source, file, why not read)


def discover(
    sources: Sequence[str], settings: ScanSettings, hash_key: bytes | None = None,
    skipped: list[tuple[str, str, str]] | None = None,
) -> list[tuple[str, Asset]]:
    """Every asset of every source. A source that cannot be opened at all raises SourceError.

    A name holding a value (a file named by an email) is masked here, before any output can
    show it (``name_values.mask_name``); the asset keeps the raw values for its finding.
    Files a folder holds but no reader reads (links, pipes, unknown extensions) are appended to
    ``skipped`` as ``(source, file, reason)``, so a check can say what it did not look at.
    """
    found: list[tuple[str, Asset]] = []
    for uri in sources:
        source = open_source(uri, include=list(settings.include) or None, exclude=list(settings.exclude) or None)
        try:
            for asset in source.assets():
                masked, values = mask_name(asset.name, hash_key)
                found.append((uri, replace(asset, name=masked, name_values=values) if values else asset))
            if skipped is not None:
                skipped.extend((uri, name, why) for name, why in getattr(source, "skipped", ()))
        finally:
            source.close()
    return found


def local_mapper(settings: ScanSettings, hash_key: bytes, workers: int = 2, retries: int = 2) -> Mapper:
    """Run the per-asset work on a thread pool, retrying transient source errors with backoff."""

    def one(work: Work) -> AssetResult:
        uri, asset, previous = work
        for attempt in range(retries + 1):
            try:
                return classify_asset(uri, asset, settings, hash_key, previous)
            except SourceError as exc:
                if attempt == retries:
                    return AssetResult(
                        source=uri, asset=asset.name, kind=asset.kind, status="error",
                        error=mask_values(str(exc).splitlines()[0]), error_type=type(exc).__name__,
                    )
                time.sleep(0.5 * 2**attempt)
        raise AssertionError("unreachable")

    def run(items: list[Work]) -> Iterator[AssetResult]:
        with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            futures = [pool.submit(one, w) for w in items]
            for future in as_completed(futures):
                yield future.result()

    return run


def run_scan(
    catalog: Catalog,
    sources: Sequence[str],
    settings: ScanSettings,
    *,
    mapper: Mapper | None = None,
    progress: "Progress | None" = None,
    declarations: Sequence[object] = (),
) -> ScanSummary:
    """Scan ``sources`` into ``catalog``; returns counts. Every asset ends scanned, skipped or error."""
    started = time.perf_counter()
    sources = canonical_sources(sources)  # one identity per source, whatever the spelling
    hash_key = load_key(catalog.path)
    # The catalog and every output know a source by its shown form (values in path segments
    # masked); the readers keep the real one.
    shown = {uri: shown_source(uri, hash_key) for uri in sources}
    scan_id = _patiently(catalog, lambda t: catalog.begin_scan(
        list(shown.values()), "full" if settings.full else "sample",
        None if settings.full else settings.sample_rows, timeout=t), None)
    summary = ScanSummary(scan_id=scan_id)
    status = "failed"
    spool = Spool(catalog.path, scan_id)
    try:
        for old in leftovers(catalog.path, exclude=scan_id):   # a scan that died waiting for the lock
            _patiently(catalog, lambda t: catalog.record_many(old.scan_id, old.read(), timeout=t), old)
            old.remove()
        assets = discover(sources, settings, hash_key, summary.skipped_files)
        summary.assets = len(assets)
        summary.assets_seen = [(shown[uri], a.name) for uri, a in assets]
        known = catalog.previous_all(list(shown.values()))
        work: list[Work] = []
        for uri, asset in assets:
            prev = known.get((shown[uri], asset.name))
            work.append((uri, asset, Previous(*prev) if prev else None))
        run = mapper or local_mapper(settings, hash_key)
        if progress:
            progress.start(len(work), full=settings.full)
        pending: list[AssetResult] = []
        last_commit = time.monotonic()
        for result in run(work):
            result = replace(result, source=shown.get(result.source, result.source))
            pending.append(result)
            _count(summary, result)
            if progress:
                progress.advance(result)
            # Commit in short sessions: right away for slow assets, in small groups for fast ones
            # (skips), so the write lock is held briefly and rarely.
            if len(pending) >= COMMIT_EVERY or time.monotonic() - last_commit >= COMMIT_SECONDS:
                _commit_or_spool(catalog, scan_id, spool, pending)
                pending, last_commit = [], time.monotonic()
        if progress:
            progress.stop()
        # The end: what is spooled and pending is written however long the catalog stays held.
        spool.append(pending)
        _patiently(catalog, lambda t: catalog.record_many(scan_id, spool.read(), timeout=t), spool)
        spool.remove()
        if declarations:
            _patiently(catalog, lambda t: catalog.load_declarations(declarations, sources=list(shown.values()),
                                                                    timeout=t), None)
        status = "completed"
        _patiently(catalog, lambda t: catalog.finish_scan(scan_id, status, timeout=t), None)
    finally:
        if progress:
            progress.stop()
        if status != "completed":
            try:   # briefly: a later scan marks a scan whose process is gone as aborted anyway
                catalog.finish_scan(scan_id, status, timeout=COMMIT_WAIT)
            except CatalogLocked:
                pass
            if spool.count:
                _tell(catalog, f"{spool.count} finished assets are kept in {spool.path}; the next "
                               "`ropa scan` on this catalog writes them")
        summary.seconds = round(time.perf_counter() - started, 3)
    return summary


def _tell(catalog: Catalog, message: str) -> None:
    if catalog.on_wait is not None:
        catalog.on_wait(message)


def _commit_or_spool(catalog: Catalog, scan_id: str, spool: Spool, results: list[AssetResult]) -> None:
    """Commit ``results`` (after what is spooled); if the catalog stays held, spool them instead."""
    if not results:
        return
    try:
        catalog.record_many(scan_id, spool.read() + results, timeout=COMMIT_WAIT)
    except CatalogLocked:
        first = spool.count == 0
        spool.append(results)
        if first:
            _tell(catalog, f"catalog {catalog.path} is held by another process; finished assets are "
                           f"kept in {spool.path} until it lets go, and the scan goes on")
        return
    spool.remove()


def _patiently(catalog: Catalog, write: Callable[[float], object], spool: Spool | None) -> object:
    """Run ``write(timeout)`` until the catalog lets go, saying every PATIENCE_STEP s that it waits.

    No deadline: a notebook left open for an hour delays the end of the scan by an hour, it does
    not throw the scan away (Ctrl-C does stop it; spooled results then wait for the next scan).
    """
    waited = 0.0
    while True:
        try:
            return write(PATIENCE_STEP)
        except CatalogLocked as exc:
            waited += PATIENCE_STEP
            kept = f"; {spool.count} finished assets are kept in {spool.path}" if spool and spool.count else ""
            _tell(catalog, f"still waiting after {waited:.0f} s: {str(exc).split(';')[0]}{kept}; "
                           "close the notebook (or its connection) to let the scan finish")


def _count(summary: ScanSummary, result: AssetResult) -> None:
    if result.status == "skipped":
        summary.skipped += 1
    elif result.status == "error":
        summary.errors += 1
        summary.error_assets.append((result.source, result.asset, result.error or ""))
    else:
        summary.scanned += 1
        summary.findings += len(result.findings)
        summary.rows_sampled += result.rows_sampled or 0


class Progress:
    """Progress on the terminal: assets done of total, rows read (``--full``) or sampled, and the
    asset being read with its rows so far and an ETA when its row count is known. Updated during
    an asset, from the rows each batch adds, not only when an asset ends. Silent off a terminal and
    in CI, so piped output stays clean."""

    def __init__(self, enabled: bool | None = None, console: object | None = None) -> None:
        import os

        if enabled is None:
            enabled = sys.stderr.isatty() and os.environ.get("CI", "").lower() not in ("1", "true")
        self.enabled = enabled
        self.console = console
        self._bar = None
        self._task = None
        self._rows_done = 0                                   # rows of finished assets
        self._current: dict[tuple[str, str], object] = {}     # (source, asset) -> bar task
        self._current_rows: dict[tuple[str, str], int] = {}
        self._lock = threading.Lock()
        self._previous_reporter = None
        self._verb = "sampled"
        self._total = self._done = 0

    def start(self, total: int, full: bool = False) -> None:
        if not self.enabled:
            return
        from rich.console import Console
        from rich.progress import BarColumn, Progress as Bar, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        from flows.classify import set_rows_reporter

        verb = "read" if full else "sampled"
        self._bar = Bar(
            TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[counts]}"),
            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
            console=self.console or Console(stderr=True), transient=True, refresh_per_second=4,
        )
        self._verb = verb
        self._bar.start()
        self._total, self._done = total, 0
        self._task = self._bar.add_task("scanning", total=total, counts=self._overall())
        self._previous_reporter = set_rows_reporter(self.rows)

    def _overall(self) -> str:
        return f"{self._done}/{self._total} assets · {self._rows_done + sum(self._current_rows.values()):,} rows {self._verb}"

    def rows(self, source: str, asset: str, rows: int, total: int | None) -> None:
        """Rows read so far of one asset (called from the scanning threads)."""
        if self._bar is None:
            return
        key = (source, asset)
        with self._lock:
            task = self._current.get(key)
            counts = f"{rows:,}/{total:,} rows {self._verb}" if total else f"{rows:,} rows {self._verb}"
            if task is None:
                task = self._bar.add_task(f"  {asset}", total=total or None, counts=counts)
                self._current[key] = task
            self._bar.update(task, completed=rows, counts=counts)
            self._current_rows[key] = rows
            self._bar.update(self._task, counts=self._overall())

    def advance(self, result: AssetResult) -> None:
        if self._bar is None:
            return
        key = (result.source, result.asset)
        with self._lock:
            task = self._current.pop(key, None)
            self._current_rows.pop(key, None)
            if task is not None:
                self._bar.remove_task(task)
            self._rows_done += result.rows_sampled or 0
            self._done += 1
            self._bar.update(self._task, advance=1, counts=self._overall())

    def snapshot(self, width: int = 160) -> str:
        """What the display shows right now, as plain text (for tests and logs)."""
        if self._bar is None:
            return ""
        from io import StringIO

        from rich.console import Console

        out = StringIO()
        with self._lock:
            Console(file=out, width=width, color_system=None).print(self._bar.get_renderable())
        return out.getvalue()

    def stop(self) -> None:
        if self._bar is not None:
            from flows.classify import set_rows_reporter

            set_rows_reporter(self._previous_reporter)
            self._bar.stop()
            self._bar = None


def bindings_of(declarations: Iterable[object]) -> tuple[Binding, ...]:
    """The binding patterns and anchors of loaded declarations (catalog.declarations models)."""
    out: list[Binding] = []
    for declaration in declarations:
        for b in getattr(declaration, "bindings", None) or []:
            out.append(Binding(pattern=b.assets, anchor=b.retention_anchor))
    return tuple(out)


# --- Prefect (flows/prefect_flow.py, flows/prefect_run.py; imported lazily: Prefect is slow to import) ---


def make_flow(dask_address: str | None = None):
    """The Prefect flow ``ropa_scan``, on a Dask cluster when an address is given."""
    from flows.prefect_flow import make_flow as _make_flow

    return _make_flow(dask_address)


def build_deployment(sources: Sequence[str], cron: str | None, catalog_path: str, policies: Sequence[str] = (),
                     name: str = "ropa-scan", interval: float | None = None):
    """A deployment of ``ropa_scan`` on a schedule (see :func:`flows.prefect_run.build_deployment`)."""
    from flows.prefect_run import build_deployment as _build

    # Deployment parameters are stored on the Prefect server: a password in a source URI is refused
    # there, and runs read it from libpq's environment (PGPASSWORD, ~/.pgpass, PGSERVICE).
    refuse_remote_credentials(sources, "ropa serve", "the process that runs the deployment")
    return _build(canonical_sources(sources), cron, catalog_path, policies, name, interval)
