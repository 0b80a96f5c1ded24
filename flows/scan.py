"""The scan: discover assets, classify each, write findings, reconcile. Thin: it composes.

Two engines run the same steps and the same per-asset function (:func:`flows.classify.classify_asset`):

* ``local``: a thread pool in this process. No server to start, so ``ropa check`` in CI answers in
  seconds (Prefect's ephemeral API server alone takes ~20 s to boot).
* ``prefect``: :func:`scan_flow`, a Prefect flow whose per-asset work is a mapped task with
  retries on transient source errors; with ``dask_address`` the tasks run on a Dask cluster
  (prefect-dask). Scheduled by ``ropa serve``.

Either way, tasks *return* results and only this module's writer loop commits them to the
catalog, one asset per transaction, as they complete: a killed scan keeps what it finished, and
the next run skips what is unchanged.
"""

from __future__ import annotations

import sys
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
from flows.sources import open_source
from flows.sources.base import Asset, SourceError
from flows.sources.name_values import mask_name, mask_values

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


def discover(sources: Sequence[str], settings: ScanSettings, hash_key: bytes | None = None) -> list[tuple[str, Asset]]:
    """Every asset of every source. A source that cannot be opened at all raises SourceError.

    A name holding a value (a file named by an email) is masked here, before any output can
    show it (``name_values.mask_name``); the asset keeps the raw values for its finding.
    """
    found: list[tuple[str, Asset]] = []
    for uri in sources:
        source = open_source(uri, include=list(settings.include) or None, exclude=list(settings.exclude) or None)
        try:
            for asset in source.assets():
                masked, values = mask_name(asset.name, hash_key)
                found.append((uri, replace(asset, name=masked, name_values=values) if values else asset))
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
    hash_key = load_key(catalog.path)
    scan_id = _patiently(catalog, lambda t: catalog.begin_scan(
        list(sources), "full" if settings.full else "sample",
        None if settings.full else settings.sample_rows, timeout=t), None)
    summary = ScanSummary(scan_id=scan_id)
    status = "failed"
    spool = Spool(catalog.path, scan_id)
    try:
        for old in leftovers(catalog.path, exclude=scan_id):   # a scan that died waiting for the lock
            _patiently(catalog, lambda t: catalog.record_many(old.scan_id, old.read(), timeout=t), old)
            old.remove()
        assets = discover(sources, settings, hash_key)
        summary.assets = len(assets)
        summary.assets_seen = [(uri, a.name) for uri, a in assets]
        known = catalog.previous_all(list(sources))
        work: list[Work] = []
        for uri, asset in assets:
            prev = known.get((uri, asset.name))
            work.append((uri, asset, Previous(*prev) if prev else None))
        run = mapper or local_mapper(settings, hash_key)
        if progress:
            progress.start(len(work))
        pending: list[AssetResult] = []
        last_commit = time.monotonic()
        for result in run(work):
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
            _patiently(catalog, lambda t: catalog.load_declarations(declarations, sources=list(sources),
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
    """A progress bar on the terminal (assets done of total, rows sampled); silent elsewhere."""

    def __init__(self, enabled: bool | None = None) -> None:
        import os

        if enabled is None:
            enabled = sys.stderr.isatty() and os.environ.get("CI", "").lower() not in ("1", "true")
        self.enabled = enabled
        self._bar = None
        self._task = None
        self._rows = 0

    def start(self, total: int) -> None:
        if not self.enabled:
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn, TimeElapsedColumn

        self._bar = Bar(
            TextColumn("scanning"), BarColumn(), MofNCompleteColumn(), TextColumn("assets"),
            TextColumn("· {task.fields[rows]:,} rows sampled"), TimeElapsedColumn(),
            transient=True,
        )
        self._bar.start()
        self._task = self._bar.add_task("scan", total=total, rows=0)

    def advance(self, result: AssetResult) -> None:
        if self._bar is None:
            return
        self._rows += result.rows_sampled or 0
        self._bar.update(self._task, advance=1, rows=self._rows)

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


def bindings_of(declarations: Iterable[object]) -> tuple[Binding, ...]:
    """The binding patterns and anchors of loaded declarations (catalog.declarations models)."""
    out: list[Binding] = []
    for declaration in declarations:
        for b in getattr(declaration, "bindings", None) or []:
            out.append(Binding(pattern=b.assets, anchor=b.retention_anchor))
    return tuple(out)


# --- Prefect -------------------------------------------------------------------------------


def _prefect_mapper(settings: ScanSettings, hash_key: bytes, retries: int = 2) -> Mapper:
    """Per-asset work as a mapped Prefect task; transient source errors are retried by Prefect."""
    from prefect import task
    from prefect.cache_policies import NO_CACHE
    from prefect.futures import as_completed as prefect_completed

    def transient_only(task_, task_run, state) -> bool:
        try:
            state.result()
        except SourceError as exc:
            return exc.transient
        except Exception:  # noqa: BLE001
            return False
        return False

    classify = task(
        classify_asset,
        name="classify-asset",
        retries=retries,
        retry_delay_seconds=1,
        retry_condition_fn=transient_only,
        persist_result=False,  # results hold no values, but nothing needs persisting either
        cache_policy=NO_CACHE,  # the hash key is a parameter: never hashed into a cache record
        log_prints=False,
    )

    def run(items: list[Work]) -> Iterator[AssetResult]:
        if not items:
            return iter(())
        futures = [classify.submit(uri, asset, settings, hash_key, prev) for uri, asset, prev in items]

        def gen() -> Iterator[AssetResult]:
            for future, (uri, asset, _) in _completed(futures, items, prefect_completed):
                try:
                    yield future.result()
                except SourceError as exc:
                    yield AssetResult(source=uri, asset=asset.name, kind=asset.kind, status="error",
                                      error=mask_values(str(exc).splitlines()[0]), error_type=type(exc).__name__)

        return gen()

    return run


def _completed(futures, items, prefect_completed):
    index = {id(f): i for i, f in enumerate(futures)}
    for future in prefect_completed(futures):
        yield future, items[index[id(future)]]


def scan_flow_fn(
    sources: list[str],
    catalog_path: str = "ropa.duckdb",
    policies: list[str] | None = None,
    sample_rows: int = 2000,
    full: bool = False,
    rescan: bool = False,
    include: list[str] | None = None,
    exclude: list[str] | None = None,
) -> dict:
    """Body of the Prefect flow (see :func:`scan_flow`); returns the summary as a dict."""
    from dataclasses import asdict

    from catalog.declarations import load_declarations

    declarations = load_declarations([Path(p) for p in policies or []])
    settings = ScanSettings(
        sample_rows=sample_rows, full=full, rescan=rescan,
        include=tuple(include or ()), exclude=tuple(exclude or ()),
        bindings=bindings_of(declarations),
    )
    catalog = Catalog(catalog_path)
    hash_key = load_key(catalog.path)
    summary = run_scan(catalog, sources, settings, mapper=_prefect_mapper(settings, hash_key),
                       declarations=declarations)
    return asdict(summary)


def make_flow(dask_address: str | None = None):
    """The Prefect flow object, with a Dask task runner when an address is given."""
    from prefect import flow
    from prefect.task_runners import ThreadPoolTaskRunner

    if dask_address:
        from prefect_dask import DaskTaskRunner

        runner = DaskTaskRunner(address=dask_address)
    else:
        runner = ThreadPoolTaskRunner(max_workers=2)
    return flow(scan_flow_fn, name="ropa-scan", task_runner=runner, log_prints=False,
                persist_result=False, validate_parameters=False)


def build_deployment(
    sources: Sequence[str],
    cron: str,
    catalog_path: str,
    policies: Sequence[str] = (),
    name: str = "ropa-scan",
):
    """A Prefect deployment of the scan flow on a cron schedule (what ``ropa serve`` serves).

    Paths are made absolute: the deployment runs later, from wherever the worker starts.
    """
    flow = make_flow()
    return flow.to_deployment(
        name=name,
        cron=cron,
        parameters={
            "sources": [s if "://" in s else str(Path(s).resolve()) for s in sources],
            "catalog_path": str(Path(catalog_path).resolve()),
            "policies": [str(Path(p).resolve()) for p in policies],
        },
    )
