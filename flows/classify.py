"""Classify one asset: the unit of work every engine (local threads, Prefect, Dask) runs.

It opens the source itself (a connection cannot travel to a Dask worker), reads a sample, hands it
to the classifiers and returns an :class:`~catalog.store.AssetResult`: findings, counts and
retention profiles, never a sampled value, so that whatever an engine persists or logs (Prefect
stores task results) holds nothing personal. Errors become an ``error`` result for that asset;
only transient ones (a dropped connection) are raised, for the engine to retry.
"""

from __future__ import annotations

import fnmatch
import json
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable

import pyarrow as pa
import pyarrow.compute as pc

from catalog.store import AssetResult
from classifiers.column import ColumnProfiler, classify_document, classify_table
from classifiers.model import ColumnSample
from flows.sources import budget, open_source
from flows.sources.base import Asset, SourceError
from flows.sources.columns import name_values
from flows.sources.errors import SourceTimeout
from flows.sources.name_values import ASSET_NAME, mask_values, name_findings

ENGINE_VERSION = "2"  # bump when classification changes so incremental scans redo the work


@dataclass(frozen=True)
class Binding:
    """What the scan needs of a declaration binding: which assets, which retention anchor."""

    pattern: str
    anchor: str | None


@dataclass(frozen=True)
class ScanSettings:
    """Everything that decides what one asset's scan produces (and so whether it can be skipped)."""

    sample_rows: int = 2000
    full: bool = False
    rescan: bool = False
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    bindings: tuple[Binding, ...] = ()
    per_source: int = 2
    batch_rows: int = 100_000
    #: seconds one asset may take before it is interrupted and recorded as an error (0: no bound);
    #: not in ``params_for``: it changes whether a scan finishes, not what it finds
    timeout: float = budget.DEFAULT_TIMEOUT

    def params_for(self, anchors: list[str]) -> str:
        return json.dumps(
            {
                "engine": ENGINE_VERSION,
                "mode": "full" if self.full else "sample",
                "sample_rows": None if self.full else self.sample_rows,
                "anchors": sorted(anchors),
            },
            sort_keys=True,
        )


@dataclass(frozen=True)
class Previous:
    """The asset's last successful scan, for incremental skips."""

    scan_id: str
    fingerprint: str | None
    params: str | None


# Rows read so far of the asset being scanned, for the terminal's progress display. Process-wide
# (the local engine's threads share it); engines that run assets elsewhere (Dask) leave it unset.
RowsReporter = Callable[[str, str, int, "int | None"], None]   # (source, asset, rows so far, rows in all)
_rows_reporter: RowsReporter | None = None


def set_rows_reporter(reporter: RowsReporter | None) -> RowsReporter | None:
    """Install the progress callback (None removes it); returns the previous one."""
    global _rows_reporter
    previous, _rows_reporter = _rows_reporter, reporter
    return previous


def _report_rows(source: str, asset: str, rows: int, total: int | None) -> None:
    reporter = _rows_reporter
    if reporter is not None:
        try:
            reporter(source, asset, rows, total)
        except Exception:  # noqa: BLE001 - a display must never fail a scan
            pass


_limits: dict[str, threading.BoundedSemaphore] = {}
_limits_lock = threading.Lock()


def _source_slot(uri: str, size: int) -> threading.BoundedSemaphore:
    """A per-source concurrency limit: a warehouse is not hammered by every worker at once."""
    with _limits_lock:
        if uri not in _limits:
            _limits[uri] = threading.BoundedSemaphore(max(1, size))
        return _limits[uri]


def wanted_anchors(asset_name: str, bindings: tuple[Binding, ...]) -> list[str]:
    """Retention-anchor columns that bindings name for this asset.

    Matching mirrors the catalog's ``asset_subjects`` view: a case-insensitive glob on the name.
    """
    found: list[str] = []
    for b in bindings:
        if b.anchor and fnmatch.fnmatchcase(asset_name.lower(), b.pattern.lower()) and b.anchor not in found:
            found.append(b.anchor)
    return sorted(found)


def _elements(values: pa.ChunkedArray | pa.Array) -> pa.ChunkedArray | pa.Array:
    """A list column's elements (``emails[]``, ``contacts[].email``), else the column: the
    classifier judges the values a list holds like any column's."""
    t = values.type
    if pa.types.is_list(t) or pa.types.is_large_list(t) or pa.types.is_fixed_size_list(t):
        return pc.list_flatten(values)
    return values


class _Budgeted(list):
    """Column samples whose every iteration checks the asset's time budget between columns:
    classifying a 10,000-column file takes minutes, and the classifier knows no budget."""

    def __init__(self, items: list[ColumnSample], what: str) -> None:
        super().__init__(items)
        self.what = what

    def __iter__(self):
        for item in super().__iter__():
            budget.check(self.what)
            yield item


def _samples(table: pa.Table, asset: Asset, dtypes: dict[str, str], row_count: int | None) -> list[ColumnSample]:
    return _Budgeted([
        ColumnSample(
            name=name,
            values=_elements(table.column(name)),
            dtype=dtypes.get(name, str(table.schema.field(name).type)).lower(),
            table=asset.name,
            total_rows=row_count,
        )
        for name in table.column_names
    ], asset.name)


def classify_asset(
    source_uri: str,
    asset: Asset,
    settings: ScanSettings,
    hash_key: bytes | None,
    previous: Previous | None,
) -> AssetResult:
    """Scan one asset. Returns a result for every outcome but a transient source error."""
    started = time.perf_counter()
    result = AssetResult(source=source_uri, asset=asset.name, kind=asset.kind)
    try:
        with _source_slot(source_uri, settings.per_source), budget.asset_budget(settings.timeout) as bound:
            try:
                source = open_source(source_uri, include=list(settings.include) or None, exclude=list(settings.exclude) or None)
                try:
                    result.fingerprint = source.fingerprint(asset)
                    _scan_into(result, source, asset, settings, hash_key, previous)
                finally:
                    source.close()
            except Exception as exc:
                # Whatever an interrupted driver raised, past the budget it is the budget's error.
                if bound is not None and bound.passed() and not isinstance(exc, SourceTimeout):
                    raise budget.timeout_error(asset.name) from exc
                raise
    except SourceError as exc:
        if exc.transient:
            raise
        result.status, result.error, result.error_type = "error", mask_values(_one_line(exc)), type(exc).__name__
    except RecursionError:   # a JSON/YAML/XML value nested thousands deep (hostile or generated)
        result.status, result.error_type, result.findings = "error", "RecursionError", []
        result.error = ("nested too deeply to read (thousands of levels: a hostile or generated file?): "
                        "flatten it, or exclude it")
    except MemoryError:
        result.status, result.error_type, result.findings = "error", "MemoryError", []
        result.error = "ran out of memory reading this asset: lower --sample, or exclude it"
    except Exception as exc:  # noqa: BLE001 - one asset's failure must not end the scan
        result.status = "error"
        result.error = f"{type(exc).__name__} while scanning this asset (details withheld: they may quote data)"
        result.error_type = type(exc).__name__
        result.findings = []
    result.duration_s = round(time.perf_counter() - started, 4)
    return result


def _scan_into(
    result: AssetResult,
    source: Any,
    asset: Asset,
    settings: ScanSettings,
    hash_key: bytes | None,
    previous: Previous | None,
) -> None:
    # Decide the skip before reading anything: a fingerprint is cheap, a sample is not.
    wanted = wanted_anchors(asset.name, settings.bindings)
    params = settings.params_for(wanted)
    result.scan_params = params
    if _unchanged(previous, result.fingerprint, params, settings):
        result.status = "skipped"
        result.carried_from = previous.scan_id if previous else None
        return

    sample = source.sample(asset, settings.sample_rows)
    budget.check(asset.name)  # a reader that cannot be interrupted (Excel, text) stops here
    if sample.sampling:  # how the source pushed the sample down, beside what the skip compares
        result.scan_params = json.dumps({**json.loads(params), "sampling": sample.sampling}, sort_keys=True)
    result.row_count = sample.row_count
    result.rows_rejected = sample.rejected
    result.rejected_lines = list(sample.rejected_lines)
    named = name_findings(ASSET_NAME, asset.name_values, hash_key, "asset name") if asset.name_values else []
    if asset.kind == "document":
        result.findings = classify_document(sample.text or "", hash_key=hash_key,
                                            checkpoint=lambda: budget.check(asset.name)) + named
        result.rows_sampled = 1
        return

    table = sample.table if sample.table is not None else pa.table({})
    result.columns = [(c, sample.dtypes.get(c, str(table.schema.field(c).type)).lower()) for c in table.column_names]
    if settings.full:
        result.findings, result.rows_sampled = _full_scan(source, asset, result.columns, hash_key,
                                                          settings.batch_rows, result.source, sample.row_count)
    else:
        _report_rows(result.source, asset.name, table.num_rows, table.num_rows)
        result.findings = classify_table(_samples(table, asset, sample.dtypes, sample.row_count), hash_key=hash_key)
        result.rows_sampled = table.num_rows
    for column, keys in name_values(table).items():
        named += name_findings(column, keys, hash_key, "keys")
    result.findings = list(result.findings) + named
    present = {c.lower(): c for c in table.column_names}
    for anchor in wanted:
        column = present.get(anchor.lower())
        if column is not None:
            budget.check(asset.name)
            result.anchors[column] = source.date_histogram(asset, column)


def _full_scan(source: Any, asset: Asset, columns: list[tuple[str, str]], hash_key: bytes | None,
               batch_rows: int = 100_000, source_uri: str = "", total: int | None = None):
    profilers = {name: ColumnProfiler(name, dtype, asset.name, hash_key=hash_key) for name, dtype in columns}
    rows = 0
    _report_rows(source_uri, asset.name, 0, total)
    for batch in source.batches(asset, batch_rows):
        budget.check(asset.name)
        for name in batch.schema.names:
            if name in profilers:
                profilers[name].update(_elements(batch.column(name)))
        rows += batch.num_rows
        _report_rows(source_uri, asset.name, rows, total)
    findings = [f for p in profilers.values() for f in p.finish()]
    return findings, rows


def _without_sampling(params: str | None) -> str | None:
    """Stored scan parameters less the sampling strategy, which the source reports after the
    sample and so cannot be part of what an incremental skip compares beforehand."""
    if not params or '"sampling"' not in params:
        return params
    try:
        data = json.loads(params)
    except ValueError:
        return params
    data.pop("sampling", None)
    return json.dumps(data, sort_keys=True)


def _unchanged(previous: Previous | None, fingerprint: str | None, params: str, settings: ScanSettings) -> bool:
    return (
        not settings.rescan
        and previous is not None
        and fingerprint is not None
        and previous.fingerprint == fingerprint
        and _without_sampling(previous.params) == params
    )


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
