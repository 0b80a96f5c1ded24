"""The scan as a Prefect flow: ``ropa_scan``, what ``prefect.yaml``, ``ropa serve`` and ``--engine prefect`` run.

The flow composes the same steps as the local engine (:func:`flows.scan.run_scan`) with a Prefect
task per asset. What Prefect adds, and what the tests in ``tests/flows/test_prefect_server.py``
prove against a real server:

* task runs are named by asset (``classify crm.klanten``);
* each flow run publishes a markdown artifact (counts, violations, where the catalog is);
* a run with unreadable assets, or a source that cannot be opened, ends ``Failed`` with the reason;
* every task holds a slot of a Prefect global concurrency limit named after its source, so a
  warehouse is read by at most ``per_source`` tasks at once across all workers (Dask included);
  the limit is created when missing and left alone when a platform team has set its own.

Only the flow process writes the catalog: tasks return results (no values), the flow commits them.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import asdict
from pathlib import Path
from typing import Any, Iterator

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.states import Failed
from prefect.task_runners import ThreadPoolTaskRunner

from catalog.keys import load_key
from catalog.store import AssetResult, Catalog
from flows.classify import Previous, ScanSettings, classify_asset
from flows.scan import Mapper, ScanSummary, Work, bindings_of, run_scan
from flows.sources import canonical_sources
from flows.sources.base import Asset, SourceError
from flows.sources.budget import DEFAULT_TIMEOUT
from flows.sources.name_values import mask_name, mask_values

ARTIFACT_KEY = "ropa-scan-summary"
PER_SOURCE = 2   # default slots of a source's concurrency limit


def source_limit_name(uri: str) -> str:
    """The global concurrency limit of a source: readable, and free of the characters Prefect bans ('/')."""
    # Prefect keeps the name in its database: a file named by a value is masked (name_values)
    tail = re.sub(r"[^A-Za-z0-9._-]+", "-", mask_name(uri.rstrip("/").rsplit("/", 1)[-1])[0])[:40] or "source"
    digest = hashlib.sha1(uri.encode("utf-8")).hexdigest()[:10]
    return f"ropa-source:{tail}-{digest}"


def ensure_source_limits(sources: list[str], slots: int) -> dict[str, str]:
    """Create each source's limit when missing (a limit set by an operator is kept as it is)."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate
    from prefect.exceptions import ObjectNotFound

    names = {uri: source_limit_name(uri) for uri in sources}
    with get_client(sync_client=True) as client:
        for name in names.values():
            try:
                client.read_global_concurrency_limit_by_name(name)
            except ObjectNotFound:
                try:
                    client.create_global_concurrency_limit(GlobalConcurrencyLimitCreate(name=name, limit=max(1, slots)))
                except Exception:  # noqa: BLE001 - created concurrently by another run: fine
                    client.read_global_concurrency_limit_by_name(name)
    return names


def _transient_only(task_: Any, task_run: Any, state: Any) -> bool:
    """Retry a task only for a transient source error (a dropped connection), never for bad data."""
    try:
        state.result()
    except SourceError as exc:
        return exc.transient
    except Exception:  # noqa: BLE001
        return False
    return False


@task(
    name="classify",
    task_run_name="classify {asset.name}",
    retries=2,
    retry_delay_seconds=1,
    retry_condition_fn=_transient_only,
    persist_result=False,   # results hold no values, but nothing needs persisting either
    cache_policy=NO_CACHE,  # the hash key is a parameter: never hashed into a cache record
    log_prints=False,
)
def classify_task(
    source_uri: str,
    asset: Asset,
    settings: ScanSettings,
    hash_key: bytes | None,
    previous: Previous | None,
    limit_name: str | None = None,
) -> AssetResult:
    """One asset, holding a slot of its source's concurrency limit while it reads."""
    if limit_name is None:
        return classify_asset(source_uri, asset, settings, hash_key, previous)
    from prefect.concurrency.sync import concurrency

    with concurrency(limit_name, occupy=1):
        return classify_asset(source_uri, asset, settings, hash_key, previous)


def prefect_mapper(settings: ScanSettings, hash_key: bytes, limits: dict[str, str]) -> Mapper:
    """Submit one task per asset; yield results as they complete (the flow writes them)."""
    from prefect.futures import as_completed

    def run(items: list[Work]) -> Iterator[AssetResult]:
        futures = {}
        for uri, asset, prev in items:
            future = classify_task.submit(uri, asset, settings, hash_key, prev, limits.get(uri))
            futures[future] = (uri, asset)
        for future in as_completed(list(futures)):
            uri, asset = futures[future]
            try:
                yield future.result()
            except Exception as exc:  # noqa: BLE001 - a task that died (worker lost, retries spent)
                if isinstance(exc, SourceError):
                    message = mask_values(str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__)
                else:  # details withheld, as in classify_asset: they may quote data
                    message = f"{type(exc).__name__} on the worker while scanning this asset"
                yield AssetResult(source=uri, asset=asset.name, kind=asset.kind, status="error",
                                  error=message, error_type=type(exc).__name__)

    return run


def _violation_counts(catalog: Catalog, seen: list[tuple[str, str]]) -> dict[str, int]:
    wanted = set(seen)
    counts: dict[str, int] = {}
    for row in catalog.query("SELECT kind, source, asset FROM violations"):
        if (row["source"], row["asset"]) in wanted:
            counts[row["kind"]] = counts.get(row["kind"], 0) + 1
    return counts


def summary_markdown(summary: ScanSummary, catalog_path: str, violations: dict[str, int]) -> str:
    """The artifact a flow run publishes: counts, violations, and where to look next (no values)."""
    lines = [
        f"# ropa scan `{summary.scan_id}`",
        "",
        "| assets | scanned | unchanged (skipped) | errors | findings | rows |",
        "|---:|---:|---:|---:|---:|---:|",
        f"| {summary.assets} | {summary.scanned} | {summary.skipped} | {summary.errors} | {summary.findings} "
        f"| {summary.rows_sampled:,} |",
        "",
        "## Violations",
        "",
    ]
    if violations:
        lines += ["| kind | count |", "|---|---:|"] + [f"| {k} | {n} |" for k, n in sorted(violations.items())]
    else:
        lines.append("none in the assets of this scan" + (" (no policy loaded)" if not violations else ""))
    if summary.error_assets:
        lines += ["", "## Assets that could not be scanned", ""]
        lines += [f"- `{asset}` ({source}): {error}" for source, asset, error in summary.error_assets[:50]]
    lines += [
        "",
        f"Catalog: `{catalog_path}`",
        "",
        f"Explore: `ropa findings --catalog {catalog_path}`; report: `ropa report --catalog {catalog_path} --html report.html`",
    ]
    return "\n".join(lines)


def failure_reason(summary: ScanSummary) -> str:
    first = summary.error_assets[0] if summary.error_assets else ("", "?", "")
    return (f"{summary.errors} of {summary.assets} assets could not be scanned "
            f"(first: {first[1]} in {first[0]}: {first[2]}); the others are in the catalog")


@flow(name="ropa-scan", task_runner=ThreadPoolTaskRunner(max_workers=4), log_prints=False,
      persist_result=False, validate_parameters=False)
def ropa_scan(
    sources: list[str],
    catalog_path: str = "ropa.duckdb",
    policies: list[str] | None = None,
    sample_rows: int = 2000,
    full: bool = False,
    rescan: bool = False,
    include: list[str] | None = None,
    exclude: list[str] | None = None,
    per_source: int = PER_SOURCE,
    timeout: float = DEFAULT_TIMEOUT,
):
    """Scan ``sources`` into the catalog at ``catalog_path``; Failed when any asset could not be scanned."""
    from prefect.artifacts import create_markdown_artifact

    from catalog.declarations import load_declarations

    declarations = load_declarations([Path(p) for p in policies or []])
    settings = ScanSettings(
        sample_rows=sample_rows, full=full, rescan=rescan,
        include=tuple(include or ()), exclude=tuple(exclude or ()),
        bindings=bindings_of(declarations), per_source=max(1, per_source), timeout=timeout,
    )
    catalog = Catalog(catalog_path)
    hash_key = load_key(catalog.path)
    sources = canonical_sources(sources)  # the form the tasks are given, so each finds its limit
    limits = ensure_source_limits(list(sources), settings.per_source)
    summary = run_scan(catalog, sources, settings, mapper=prefect_mapper(settings, hash_key, limits),
                       declarations=declarations)
    violations = _violation_counts(catalog, summary.assets_seen)
    create_markdown_artifact(
        summary_markdown(summary, str(catalog.path), violations), key=ARTIFACT_KEY,
        description=f"ropa scan {summary.scan_id}: {summary.scanned} scanned, {summary.errors} errors",
    )
    result = asdict(summary)
    if summary.errors:
        return Failed(message=failure_reason(summary), data=result)
    return result


def make_flow(dask_address: str | None = None):
    """``ropa_scan``, on a Dask cluster when an address is given (prefect-dask)."""
    if not dask_address:
        return ropa_scan
    from prefect_dask import DaskTaskRunner

    return ropa_scan.with_options(task_runner=DaskTaskRunner(address=dask_address))
