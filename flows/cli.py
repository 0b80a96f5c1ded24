"""``ropa``: the command line, shaped like a linter.

Exit codes are a contract: 0 clean, 1 violations found, 2 usage or input error. Errors are one
line on stderr saying what happened and how to fix it: never a traceback, never a data value.
"""

from __future__ import annotations

import errno
import json
import math
import os
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any, Optional

import typer

# Typer >= 0.26 vendors its own click; its exception classes are the ones raised.
from typer._click.exceptions import ClickException, NoArgsIsHelpError, UsageError

from catalog.errors import DeclarationError, RopaError
from flows.outputs.escape import printable
from flows.sources.base import SourceError
from flows.sources.budget import DEFAULT_TIMEOUT
from flows.sources.limits import MAX_SCAN_ROWS

EXIT_CLEAN, EXIT_VIOLATIONS, EXIT_USAGE = 0, 1, 2

app = typer.Typer(
    name="ropa",
    help="Find personal data in warehouses and files, and where it departs from your privacy policy.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
gx_app = typer.Typer(help="Great Expectations suites from findings and declarations.", no_args_is_help=True)
app.add_typer(gx_app, name="gx")
export_app = typer.Typer(help="Export the catalog for other tools (Fides).", no_args_is_help=True)
app.add_typer(export_app, name="export")

CatalogOpt = typer.Option(Path("ropa.duckdb"), "--catalog", envvar="ROPA_CATALOG",
                          help="Catalog file (DuckDB); default $ROPA_CATALOG, else ./ropa.duckdb.")


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        import duckdb

        try:
            mine = version("ropa")
        except PackageNotFoundError:   # run from a checkout that was never installed
            mine = "0+unknown"
        typer.echo(f"ropa {mine} (DuckDB {duckdb.__version__}, Python {sys.version.split()[0]})")
        raise typer.Exit(EXIT_CLEAN)


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", is_eager=True, callback=_version,
                                 help="Print ropa's version (and its DuckDB's) and exit."),
) -> None:
    """Find personal data in warehouses and files, and where it departs from your privacy policy."""


def _err(message: str) -> None:
    # Messages name files and tables from the wild: no escape sequence reaches the terminal.
    typer.echo(f"ropa: error: {printable(message)}", err=True)


def _info(message: str) -> None:
    typer.echo(printable(message), err=True)


def _writable_folder(path: Path) -> tuple[Path, bool]:
    """The nearest existing folder at or above ``path``, and whether this user may write in it.

    ``os.access`` answers EROFS for a read-only filesystem even to root, so this also catches a
    catalog or report aimed at a read-only mount.
    """
    folder = path
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder, folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)


def _check_catalog(catalog: Path) -> None:
    """Refuse an unwritable catalog before scanning (the scan's work would be lost at the end)."""
    catalog = catalog.expanduser()
    if catalog.is_dir():
        raise RopaError(f"--catalog {catalog}: is a folder; give the path of a catalog file (--catalog ropa.duckdb)")
    folder, ok = _writable_folder(catalog.parent if str(catalog.parent) else Path("."))
    if not ok or (catalog.exists() and not os.access(catalog, os.W_OK)):
        raise RopaError(
            f"--catalog {catalog}: cannot write in {folder} (a read-only folder or filesystem, or no permission): "
            "pass --catalog with a path in a writable folder"
        )


def _check_output(output: Path | None, option: str = "--output") -> None:
    """Refuse an output path that cannot be written, before any scan runs."""
    if output is None:
        return
    output = output.expanduser()
    if output.is_dir():
        raise RopaError(f"{option} {output}: is a folder; give a file name")
    parent = output.parent if str(output.parent) else Path(".")
    if not parent.is_dir():
        raise RopaError(f"{option} {output}: the folder {parent} does not exist: create it first (mkdir -p {parent})")
    if not os.access(parent, os.W_OK | os.X_OK) or (output.exists() and not os.access(output, os.W_OK)):
        raise RopaError(
            f"{option} {output}: cannot write there (a read-only folder or filesystem, or no permission): choose another path"
        )


def _sample_rows(sample: int) -> int:
    """``--sample`` within bounds: at least 1; above MAX_SCAN_ROWS capped (``--full`` reads all)."""
    if sample < 1:
        raise typer.BadParameter("--sample must be at least 1", param_hint="--sample")
    if sample > MAX_SCAN_ROWS:
        _info(f"--sample {sample:,} is more than a sample: capped at {MAX_SCAN_ROWS:,} rows per asset "
              "(use --full to read every row)")
        return MAX_SCAN_ROWS
    return sample


# --- shared steps ---------------------------------------------------------------------------


def _declarations(policies: list[Path]) -> list[Any]:
    from catalog.declarations import load_declarations

    return load_declarations(policies)


def _engine(engine: str, dask: str | None) -> str:
    if dask:
        return "prefect"
    if engine == "auto":
        return "prefect" if os.environ.get("PREFECT_API_URL") else "local"
    if engine not in ("local", "prefect"):
        raise typer.BadParameter(f"{engine!r}: choose local, prefect or auto", param_hint="--engine")
    return engine


def _scan(
    sources: list[str],
    catalog_path: Path,
    policies: list[Path],
    *,
    sample: int = 2000,
    full: bool = False,
    rescan: bool = False,
    include: list[str] | tuple[str, ...] = (),
    exclude: list[str] | tuple[str, ...] = (),
    engine: str = "auto",
    dask: str | None = None,
    quiet: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
    refuse_unreadable: bool = True,
):
    """Scan ``sources`` into the catalog (loading ``policies`` for them); returns the summary.

    With ``refuse_unreadable``, a single data file named on the command line that cannot be read
    is bad input (``RopaError``); ``check`` turns it into an error row of its report instead.
    """
    from catalog.store import Catalog
    from flows.classify import ScanSettings
    from flows.scan import Progress, bindings_of, run_scan
    from flows.sources import canonical_sources, refuse_remote_credentials

    sample = _sample_rows(sample)
    if not math.isfinite(timeout) or timeout < 0:
        raise typer.BadParameter("must be 0 (no bound) or a finite number of seconds", param_hint="--timeout")
    _check_catalog(catalog_path)
    for s in sources:
        if "://" not in s and not Path(s).exists():
            raise RopaError(f"{s}: no such file or folder (check the path, or give a URI such as postgresql://…)")
    # Where source strings enter: one canonical, credential-free form from here on (flows.sources).
    sources = canonical_sources(sources)
    _refuse_catalog_as_source(sources, catalog_path)
    Catalog(catalog_path).refuse_unusable()   # someone's warehouse is refused before any write
    declarations = _declarations(policies)
    chosen = _engine(engine, dask)
    if dask:
        refuse_remote_credentials(sources, "--dask", "a Dask worker")
    if chosen == "prefect":
        from flows.prefect_run import run_flow

        summary = run_flow(
            dask, sources=list(sources), catalog_path=str(catalog_path), policies=[str(p) for p in policies],
            sample_rows=sample, full=full, rescan=rescan, include=list(include) or None, exclude=list(exclude) or None,
            timeout=timeout,
        )
        if refuse_unreadable:
            _refuse_unreadable_files(summary)
        return summary
    settings = ScanSettings(
        sample_rows=sample, full=full, rescan=rescan, include=tuple(include), exclude=tuple(exclude),
        bindings=bindings_of(declarations), timeout=timeout,
    )
    catalog = Catalog(catalog_path, on_wait=None if quiet else _info)
    progress = None if quiet else Progress()
    summary = run_scan(catalog, sources, settings, progress=progress, declarations=declarations)
    if refuse_unreadable:
        _refuse_unreadable_files(summary)
    return summary


def _refuse_catalog_as_source(sources: list[str], catalog_path: Path) -> None:
    """``scan X --catalog X`` would write the catalog's tables into the warehouse being read."""
    target = catalog_path.resolve()
    for source in sources:
        local = source.removeprefix("sqlite:///")
        if "://" not in local and Path(local).resolve() == target:
            raise RopaError(
                f"{catalog_path} is both a SOURCE and the --catalog; ropa will not write its catalog "
                "into a source. Give another --catalog (default ./ropa.duckdb)"
            )


def _error_line(source: str, asset: str, error: str) -> str:
    """An asset's error naming its place once: the readers' messages often start with the
    file's path already (``/x/bad.parquet: not a Parquet file``), so it is not prefixed again."""
    head = error.split(": ", 1)[0]
    if ": " in error and (head == source or head.endswith("/" + asset) or head == asset):
        return error
    if Path(source.removeprefix("sqlite:///")).name == asset or source.endswith(asset):
        return f"{source}: {error}"      # a single file: its source is its path
    return f"{asset} ({source}): {error}"


def _refuse_unreadable_files(summary: Any) -> None:
    """A data file named on the command line that cannot be read is bad input (exit 2), not a finding.

    Only a source that is itself the asset: a database file with one broken view among good
    tables still reports the others (its error is listed with them).
    """
    for source, asset, error in summary.error_assets:
        local = source.removeprefix("sqlite:///")  # canonical SQLite sources are sqlite:////abs/path
        if "://" not in local and Path(local).is_file() and asset == Path(local).name:
            raise RopaError(_error_line(source, asset, error))


def _report_skipped(summary: Any, limit: int = 20) -> None:
    """Say which files a folder held but the scan did not read, and why (never silently)."""
    skipped = getattr(summary, "skipped_files", None) or []
    for source, name, why in skipped[:limit]:
        _info(f"  skipped: {name} ({source}): {why}")
    if len(skipped) > limit:
        _info(f"  ... and {len(skipped) - limit} more files skipped")


def _refuse_empty(summary: Any, sources: list[str], include: list[str], allow_empty: bool) -> None:
    """Zero assets checked is a misconfiguration (exit 2) unless ``--allow-empty`` says otherwise."""
    if summary.assets or allow_empty:
        return
    skipped = getattr(summary, "skipped_files", None) or []
    if skipped:
        why = f"all {len(skipped)} files found were skipped (listed above)"
    elif include:
        why = f"--include {' '.join(include)} matches no asset of {' '.join(sources)} (globs match names such as main.users or data/users.csv)"
    else:
        why = f"{' '.join(sources)} holds no table or readable file"
    raise RopaError(f"nothing was checked: {why}; fix the sources or globs, or pass --allow-empty if that is expected")


def _plural(n: int, word: str) -> str:
    """``1 asset``, ``2 assets``: counts people read."""
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _scan_facts(catalog_path: Path, scan_id: str) -> tuple[int, list[tuple[str, int, list[int]]]]:
    """(findings the scan's skips carried forward, [(asset, rows rejected, first line numbers)])
    from the catalog."""
    from catalog.store import Catalog

    rows = Catalog(catalog_path).query(
        "SELECT a.asset, s.status, s.rows_rejected, s.rejected_lines, "
        "(SELECT count(*) FROM findings f WHERE f.scan_id = s.scan_id AND f.asset_id = s.asset_id) AS n "
        "FROM asset_scans s JOIN assets a USING (asset_id) WHERE s.scan_id = ? ORDER BY a.asset", [scan_id])
    carried = sum(r["n"] for r in rows if r["status"] == "skipped")
    rejected = [(r["asset"], int(r["rows_rejected"]), list(r["rejected_lines"] or [])) for r in rows
                if r["status"] == "scanned" and r["rows_rejected"]]
    return carried, rejected


def rejected_lines_text(count: int, lines: list[int]) -> str:
    """``line 4`` / ``lines 4, 9, 12`` / ``first lines 4, 9, … (10 of 37)``: where a file's
    malformed rows are, by number only (their text may be personal data)."""
    if not lines:
        return ""
    shown = ", ".join(str(n) for n in lines)
    if count > len(lines):
        return f"first lines {shown} ({len(lines)} of {count:,})"
    return f"line{'s' if len(lines) > 1 else ''} {shown}"


def _report_summary(summary: Any, quiet: bool, catalog_path: Path) -> None:
    if quiet:
        return
    carried, rejected = _scan_facts(catalog_path, summary.scan_id)
    skipped = f"{summary.skipped} unchanged (skipped"
    skipped += f", {_plural(carried, 'finding')} carried forward)" if summary.skipped else ")"
    _info(
        f"scan {summary.scan_id}: {_plural(summary.assets, 'asset')} — {summary.scanned} scanned, "
        f"{skipped}, {_plural(summary.errors, 'error')}; "
        f"{_plural(summary.findings, 'finding')} from {_plural(summary.rows_sampled, 'row')} "
        f"in {summary.seconds:.1f}s"
    )
    for asset, n, lines in rejected:
        where = f" at {rejected_lines_text(n, lines)}" if lines else ""
        _info(f"  rejected: {asset}: {_plural(n, 'malformed row')}{where} (wrong number of fields, bad quoting "
              "or not a JSON object) not classified; fix or remove those lines")
    for source, asset, error in summary.error_assets:
        _info(f"  error: {_error_line(source, asset, error)}")
    _report_skipped(summary)


# --- commands -------------------------------------------------------------------------------

SourcesArg = typer.Argument(..., help="A .duckdb file, a data file, a folder, or a URI (postgresql://…, sqlite:///…).")
TimeoutOpt = typer.Option(
    DEFAULT_TIMEOUT, "--timeout", metavar="SECONDS",
    help="Time budget per asset; a table or view still running past it is stopped and reported as an error (0: no bound).",
)
AllowEmptyOpt = typer.Option(
    False, "--allow-empty", help="Accept a run that finds no asset to check (otherwise exit 2).",
)


@app.command()
def scan(
    sources: list[str] = SourcesArg,
    catalog: Path = CatalogOpt,
    policy: list[Path] = typer.Option([], "--policy", help="Declaration YAML (repeatable)."),
    sample: int = typer.Option(2000, "--sample", help="Rows sampled per asset (pushed down to the source)."),
    full: bool = typer.Option(False, "--full", help="Read every row, streamed in batches."),
    rescan: bool = typer.Option(False, "--rescan", help="Scan unchanged assets again."),
    include: list[str] = typer.Option([], "--include", help="Glob of assets to include (repeatable)."),
    exclude: list[str] = typer.Option([], "--exclude", help="Glob of assets to exclude (repeatable)."),
    engine: str = typer.Option("auto", "--engine", help="local | prefect | auto (prefect when PREFECT_API_URL is set)."),
    dask: Optional[str] = typer.Option(None, "--dask", help="Run per-asset tasks on this Dask scheduler (via Prefect)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress or summary."),
    timeout: float = TimeoutOpt,
    allow_empty: bool = AllowEmptyOpt,
) -> None:
    """Scan SOURCE... and record findings in the catalog."""
    summary = _scan(sources, catalog, policy, sample=sample, full=full, rescan=rescan, include=include,
                    exclude=exclude, engine=engine, dask=dask, quiet=quiet, timeout=timeout)
    _report_summary(summary, quiet, catalog)
    _refuse_empty(summary, sources, include, allow_empty)
    if not quiet:
        _info(f"findings in {catalog}: `ropa findings --catalog {catalog}`")
    if summary.errors:
        raise typer.Exit(EXIT_USAGE)  # everything readable was recorded; the rest is an input error


def _current_findings(catalog_path: Path, seen: list[tuple[str, str]] | None = None) -> list[dict[str, Any]]:
    from catalog.store import Catalog

    rows = Catalog(catalog_path).query(
        "SELECT scan_id, source, asset, kind AS asset_kind, column_name AS column, entity, category, score, "
        "matched, sampled, examples FROM current_findings ORDER BY source, asset, column_name NULLS FIRST, entity"
    )
    wanted = set(seen) if seen is not None else None
    out = []
    for r in rows:
        if wanted is not None and (r["source"], r["asset"]) not in wanted:
            continue
        r["score"] = round(float(r["score"]), 4)
        r["examples"] = list(r["examples"] or [])
        out.append(r)
    return out


def _output_format(given: str, allowed: tuple[str, ...], *, piped: str) -> str:
    """``--format``'s choice; ``auto`` is a table for a person at a terminal and ``piped`` (a
    format a program parses) when the output goes to a pipe or file."""
    from flows.outputs.terminal import interactive

    chosen = ("table" if interactive() else piped) if given == "auto" else given
    if chosen not in allowed:
        raise typer.BadParameter(f"choose {', '.join(allowed)} or auto", param_hint="--format")
    return chosen


@app.command()
def findings(
    catalog: Path = CatalogOpt,
    format: str = typer.Option("auto", "--format",
                               help="table | tsv | json; auto: a table on a terminal, TSV when piped."),
) -> None:
    """List the current findings of the catalog (masked examples only)."""
    from flows.outputs import formats
    from flows.outputs.terminal import terminal_width

    chosen = _output_format(format, formats.FINDINGS_FORMATS, piped="tsv")
    text = formats.render_findings(_current_findings(catalog), chosen, width=terminal_width())
    typer.echo(text, nl=not text.endswith("\n"))


@app.command()
def sql(
    query: str = typer.Argument(..., help='A DuckDB query, e.g. "FROM current_findings" (read-only).'),
    catalog: Path = CatalogOpt,
    format: str = typer.Option("auto", "--format",
                               help="table | csv | json; auto: a table on a terminal, CSV when piped."),
) -> None:
    """Query the catalog read-only (views: current_findings, violations, assets, scans...)."""
    from flows.outputs import query as q
    from flows.outputs.terminal import terminal_width

    chosen = _output_format(format, q.SQL_FORMATS, piped="csv")
    text = q.render(q.run_query(catalog, query), chosen, width=terminal_width())
    typer.echo(text, nl=not text.endswith("\n"))


def _text_width(output: Path | None) -> int | None:
    """Wrap text to the terminal when a person reads it; a file or a pipe gets one line a record."""
    from flows.outputs.terminal import interactive, terminal_width

    return terminal_width() if output is None and interactive() else None


def _violations(catalog_path: Path, seen: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """Violations of the assets this scan saw (the catalog may hold other sources too)."""
    from catalog.store import Catalog

    rows = Catalog(catalog_path).query(
        "SELECT v.kind, v.source, v.asset, a.kind AS asset_kind, v.column_name AS column, v.entity, "
        "v.category, v.subject, v.policy, v.rows, v.detail, v.fideslang FROM violations v "
        "LEFT JOIN assets a ON a.source = v.source AND a.asset = v.asset "
        "ORDER BY v.kind, v.asset, v.column_name NULLS FIRST, v.entity"
    )
    wanted = set(seen)
    return [r for r in rows if (r["source"], r["asset"]) in wanted]


def _check_rows(catalog_path: Path, summary: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(violations + one `error` row per unreadable asset, the scanned assets with their status)."""
    from catalog.store import Catalog

    violations = _violations(catalog_path, summary.assets_seen)
    for source, asset, error in summary.error_assets:
        violations.append({
            "kind": "error", "source": source, "asset": asset, "asset_kind": None, "column": None,
            "entity": None, "category": None, "subject": None, "policy": None, "rows": None,
            "fideslang": None, "detail": f"asset could not be scanned: {error}",
        })
    scanned = Catalog(catalog_path).query(
        "SELECT a.source, a.asset, a.kind, s.status, s.error, "
        "(SELECT count(*) FROM findings f WHERE f.scan_id = s.scan_id AND f.asset_id = s.asset_id) AS carried "
        "FROM asset_scans s JOIN assets a USING (asset_id) WHERE s.scan_id = ? ORDER BY a.asset",
        [summary.scan_id]
    )
    return violations, scanned


@app.command()
def check(
    sources: list[str] = SourcesArg,
    policy: list[Path] = typer.Option(..., "--policy", help="Declaration YAML (repeatable)."),
    catalog: Path = CatalogOpt,
    format: str = typer.Option("text", "--format", help="text | json | junit | sarif"),
    fail_on: str = typer.Option("all", "--fail-on", help="Comma list of kinds that fail the check: undeclared, special_category, over_retained, unbound, error (or all / none)."),
    baseline: Optional[Path] = typer.Option(None, "--baseline", help="YAML of acknowledged violations."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report here instead of stdout."),
    sample: int = typer.Option(2000, "--sample", help="Rows sampled per asset (pushed down to the source)."),
    full: bool = typer.Option(False, "--full", help="Read every row, streamed in batches."),
    rescan: bool = typer.Option(False, "--rescan", help="Scan unchanged assets again."),
    include: list[str] = typer.Option([], "--include", help="Glob of assets to include (repeatable)."),
    exclude: list[str] = typer.Option([], "--exclude", help="Glob of assets to exclude (repeatable)."),
    engine: str = typer.Option("auto", "--engine", help="local | prefect | auto (prefect when PREFECT_API_URL is set)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress or summary."),
    timeout: float = TimeoutOpt,
    allow_empty: bool = AllowEmptyOpt,
) -> None:
    """Scan SOURCE... and check it against --policy: exit 0 clean, 1 violations, 2 unreadable asset or bad input.

    The report is written even when some assets could not be read (they are its error rows).
    """
    from flows.outputs import formats

    if format not in formats.VIOLATION_FORMATS:
        raise typer.BadParameter("choose text, json, junit or sarif", param_hint="--format")
    fail_kinds = formats.parse_fail_on(fail_on)
    _check_output(output)
    known = None
    if baseline is not None:
        from flows.outputs.baseline import load_baseline

        known = load_baseline(baseline)       # a broken baseline is refused before any scan
    summary = _scan(sources, catalog, policy, sample=sample, full=full, rescan=rescan, include=include,
                    exclude=exclude, engine=engine, quiet=quiet, timeout=timeout, refuse_unreadable=False)
    _report_summary(summary, quiet, catalog)
    if not summary.assets and not allow_empty:
        if quiet:
            _report_skipped(summary)
        _refuse_empty(summary, sources, include, allow_empty)
    violations, scanned = _check_rows(catalog, summary)
    suppressed: list[dict[str, Any]] = []
    if known is not None:
        from flows.outputs.baseline import apply_baseline

        applied = apply_baseline(violations, known)
        violations, suppressed = applied.violations, applied.suppressed
        if not quiet:
            for note in applied.notes():
                _info(note)
    text = formats.render(violations, format, scanned=scanned, fail_on=fail_kinds, root=Path.cwd(),
                          suppressed=suppressed, policies=policy, width=_text_width(output))
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        typer.echo(text, nl=not text.endswith("\n"))
    raise typer.Exit(check_exit_code(violations, fail_kinds))


def check_exit_code(violations: list[dict[str, Any]], fail_kinds: frozenset[str]) -> int:
    """``check``'s exit code: 2 if an asset could not be read (and ``error`` is in --fail-on),
    else 1 if a violation of a --fail-on kind was found, else 0. 2 wins over 1: a report with
    holes must not pass for a complete one; the report itself lists both."""
    from flows.outputs import formats

    if formats.SCAN_ERROR in fail_kinds and any(v.get("kind") == formats.SCAN_ERROR for v in violations):
        return EXIT_USAGE
    return formats.exit_code(violations, fail_kinds)


@app.command("baseline")
def baseline_cmd(
    sources: list[str] = SourcesArg,
    policy: list[Path] = typer.Option(..., "--policy", help="Declaration YAML (repeatable)."),
    output: Path = typer.Option(Path("ropa-baseline.yaml"), "--output", "-o", help="Baseline YAML to write."),
    reason: str = typer.Option(..., "--reason", help="Why these are acknowledged (recorded on every entry)."),
    expires: Optional[str] = typer.Option(None, "--expires", help="YYYY-MM-DD after which entries fail again."),
    catalog: Path = CatalogOpt,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress or summary."),
) -> None:
    """Write a baseline acknowledging the current violations of SOURCE... against --policy."""
    from flows.outputs.baseline import write_baseline

    _check_output(output)
    expiry = None
    if expires:
        try:
            expiry = date.fromisoformat(expires)
        except ValueError:
            raise typer.BadParameter("use YYYY-MM-DD", param_hint="--expires") from None
    summary = _scan(sources, catalog, policy, quiet=quiet)
    violations, _ = _check_rows(catalog, summary)
    write_baseline(violations, output, reason=reason, expires=expiry)
    _info(f"wrote {len(violations)} entries to {output}")


@app.command()
def demo(
    root: Path = typer.Option(Path("demo"), "--dir", help="Where to build the demo warehouses."),
    catalog: Path = typer.Option(Path("demo/ropa.duckdb"), "--catalog", help="Catalog the demo scans into."),
    format: str = typer.Option("text", "--format", help="text | json"),
) -> None:
    """Build the five demo warehouses, scan them and check each against its policy."""
    from flows.demo import build_demo
    from flows.outputs import formats
    from flows.outputs.terminal import terminal_width

    if format not in ("text", "json"):
        raise typer.BadParameter("choose text or json", param_hint="--format")
    policies_dir = _policies_dir()
    built = build_demo(root)
    _info(f"built {len(built)} demo warehouses in {root}/")
    total = 0
    for org, path in built.items():
        policy = policies_dir / f"{org}.yaml"
        summary = _scan([str(path)], catalog, [policy], rescan=True, engine="local", quiet=True)
        violations, scanned = _check_rows(catalog, summary)
        total += len(violations)
        typer.echo(f"\n== {org}: {path} against policies/{policy.name} — {summary.assets} assets, "
                   f"{summary.findings} findings, {len(violations)} violations ==")
        if format == "text":
            typer.echo(formats.render_findings(_current_findings(catalog, summary.assets_seen), "table",
                                               width=terminal_width()))
        typer.echo(formats.render(violations, format, scanned=scanned, fail_on=formats.FAIL_KINDS,
                                  width=_text_width(None)))
    typer.echo(f"{total} violations in all. Explore: ropa findings --catalog {catalog}; "
               f"ropa report --catalog {catalog} --html report.html")


def _policies_dir() -> Path:
    here = Path(__file__).resolve().parent.parent / "policies"
    if here.is_dir():
        return here
    return Path("policies")


@app.command()
def report(
    catalog: Path = CatalogOpt,
    html: Path = typer.Option(Path("ropa-report.html"), "--html", help="Output HTML file."),
) -> None:
    """Write a self-contained HTML report of the catalog."""
    from flows.outputs.html import render_html

    _check_output(html, "--html")
    render_html(catalog, html)
    _info(f"wrote {html}")


@app.command("register")
def register_cmd(
    policy: Path = typer.Option(..., "--policy", help="Declaration YAML of the controller."),
    catalog: Path = CatalogOpt,
    output: Path = typer.Option(..., "--output", "-o", help="register.xlsx, register.csv or register.md"),
) -> None:
    """Write the record of processing activities (GDPR art. 30) of --policy, enriched by the scans."""
    from flows.outputs.register import build_register
    from flows.outputs.register_write import FORMATS, write_register

    if output.suffix.lower().lstrip(".") not in FORMATS:
        raise typer.BadParameter("name the file .xlsx, .csv or .md (the suffix picks the format)",
                                 param_hint="--output")
    (declaration,) = _declarations([policy])
    register = build_register(declaration, catalog)
    write_register(register, output)
    _info(f"wrote {output}: {len(register.activities)} processing activities of "
          f"{register.organisation}; {register.scan_note}")


@app.command()
def locate(
    catalog: Path = CatalogOpt,
    email: Optional[str] = typer.Option(None, "--email", help="Email address (case ignored)."),
    phone: Optional[str] = typer.Option(None, "--phone", help="Phone number (national or +E.164)."),
    iban: Optional[str] = typer.Option(None, "--iban", help="IBAN (spaces ignored)."),
    nir: Optional[str] = typer.Option(None, "--nir", help="French NIR (social security number)."),
    bsn: Optional[str] = typer.Option(None, "--bsn", help="Dutch BSN."),
    be_nn: Optional[str] = typer.Option(None, "--be-nn", help="Belgian national number."),
    name: Optional[str] = typer.Option(None, "--name", help="Full name (case ignored)."),
    keys: bool = typer.Option(False, "--keys", help="Also list the primary keys of matching rows."),
    requester: Optional[str] = typer.Option(None, "--requester", help="Who handles the request (recorded)."),
) -> None:
    """Find where one person's data sits (access / erasure requests); never prints the value.

    Searches only the columns the catalog classified as that kind of identifier, at the source,
    and records the request in the catalog as a keyed hash with time and --requester.
    """
    from catalog.errors import CatalogError
    from classifiers.lookup import InvalidLookup
    from flows.locate import locate as run_locate, render

    given = {opt: v for opt, v in (("email", email), ("phone", phone), ("iban", iban), ("nir", nir),
                                   ("bsn", bsn), ("be-nn", be_nn), ("name", name)) if v is not None}
    if len(given) != 1:
        raise RopaError("give exactly one of --email, --phone, --iban, --nir, --bsn, --be-nn, --name")
    if not catalog.exists():
        raise CatalogError(f"no catalog at {catalog}; scan the sources first (ropa scan SOURCE --catalog {catalog})")
    ((option, value),) = given.items()
    try:
        report = run_locate(catalog, option, value, keys=keys, requester=requester)
    except InvalidLookup as exc:
        raise RopaError(str(exc)) from None
    typer.echo(render(report, keys))
    _info(f"request {report.request_id} recorded in {catalog} (keyed hash, time, requester; not the value)")
    for error in report.errors:
        _err(f"not searched: {error}")
    if report.errors:
        raise typer.Exit(EXIT_USAGE)


@gx_app.command("export")
def gx_export(
    catalog: Path = CatalogOpt,
    out: Optional[Path] = typer.Option(
        None, "--out", help="Folder for the expectation suites (JSON); default gx/ (not written "
        "with --checkpoint unless given)."),
    checkpoint: Optional[Path] = typer.Option(
        None, "--checkpoint", help="Also write a ready-to-run GX project here: per suite a data "
        "source, batch definition, validation definition and checkpoint, plus Data Docs. A new, "
        "empty or earlier --checkpoint folder."),
) -> None:
    """Export one GX expectation suite per (source, asset) with violations or retention anchors."""
    from flows.outputs.gx import export_suites

    if checkpoint is not None:
        from flows.outputs.gx_project import check_target, write_project

        check_target(checkpoint)      # refuse a folder ropa must not write into, before anything
    if out is not None or checkpoint is None:
        out = out or Path("gx")
        paths = export_suites(catalog, out)
        _info(f"wrote {len(paths)} suite{'' if len(paths) == 1 else 's'} to {out}/")
    if checkpoint is not None:
        report = write_project(catalog, checkpoint)
        n = len(report.checkpoints)
        _info(f"wrote GX project {checkpoint}/: {n} checkpoint{'' if n == 1 else 's'}, Data Docs in "
              f"{report.docs_index.relative_to(checkpoint)}")
        for name, why in sorted(report.not_wired.items()):
            _info(f"suite {name}: no checkpoint: {why}")
        if report.checkpoints:
            _info(f"run: python -c 'import great_expectations as gx; gx.get_context(mode=\"file\", "
                  f"project_root_dir=\"{checkpoint}\").checkpoints.get(\"{report.checkpoints[0]}\").run()'")


@export_app.command("fides")
def export_fides(
    catalog: Path = CatalogOpt,
    output: Path = typer.Option(Path("ropa.fides.yml"), "--output", "-o",
                                help="Manifest to write (YAML, as `fides push` reads it)."),
) -> None:
    """Write a fideslang dataset manifest: collections, fields, data categories, declared subjects."""
    from flows.outputs.fides import write_manifest

    manifest = write_manifest(catalog, output)
    datasets = manifest["dataset"]
    collections = sum(len(d["collections"]) for d in datasets)
    _info(f"wrote {output}: {len(datasets)} dataset{'' if len(datasets) == 1 else 's'}, "
          f"{collections} collection{'' if collections == 1 else 's'}, "
          f"{len(manifest['data_subject'])} declared data subject{'' if len(manifest['data_subject']) == 1 else 's'}")


@app.command()
def serve(
    sources: list[str] = SourcesArg,
    cron: str = typer.Option("0 2 * * *", "--cron", help="Cron schedule of the deployment."),
    interval: Optional[float] = typer.Option(None, "--interval", help="Run every N seconds instead of on --cron."),
    catalog: Path = CatalogOpt,
    policy: list[Path] = typer.Option([], "--policy", help="Declaration YAML (repeatable)."),
    name: str = typer.Option("ropa-scan", "--name", help="Deployment name."),
) -> None:
    """Serve the scan flow as a Prefect deployment on a schedule (blocks; Ctrl-C or SIGTERM stops).

    Set PREFECT_API_URL to register it with your Prefect server; runs are then visible there.
    """
    from flows.prefect_run import serve as serve_deployment
    from flows.scan import build_deployment   # canonical sources; a password in a URI is refused

    if interval is not None and interval <= 0:
        raise typer.BadParameter("must be a positive number of seconds", param_hint="--interval")
    try:
        deployment = build_deployment(sources, cron, str(catalog), [str(p) for p in policy], name, interval)
    except ValueError as exc:
        raise typer.BadParameter(f"not a valid cron expression ({str(exc).splitlines()[0]})",
                                 param_hint="--cron") from None
    _declarations(policy)  # refuse a broken policy now, not at 2 a.m.
    when = f"every {interval:g}s" if interval else f"'{cron}'"
    _info(f"serving deployment ropa-scan/{name} on {when}; Ctrl-C or SIGTERM stops")
    raise typer.Exit(serve_deployment(deployment, _info))


@app.command()
def draft(
    policy_text: Path = typer.Argument(..., help="A privacy policy: .txt, .md, .html, .htm or .pdf."),
    lang: str = typer.Option("auto", "--lang", help="auto | en | fr | nl"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the YAML here (default stdout)."),
) -> None:
    """Draft a declaration from a privacy policy's text; uncertain items are marked REVIEW."""
    from flows.draft import draft_policy
    from flows.draft.reader import read_policy

    if lang not in ("auto", "en", "fr", "nl"):
        raise typer.BadParameter("choose auto, en, fr or nl", param_hint="--lang")
    _check_output(output)
    text = read_policy(policy_text)   # HTML and PDF to text; a directory or unreadable file: exit 2
    result = draft_policy(text, lang=lang, source_name=policy_text.name)
    yaml_text = result.to_yaml()
    if output:
        output.write_text(yaml_text)
        _info(f"wrote {output}")
    else:
        typer.echo(yaml_text)


# --- help text --------------------------------------------------------------------------------


def _polish_help() -> None:
    """Help that names values as people do: ``--sample N``, ``SOURCE...``, no ``<bool>``.

    Typer 0.29 shows each option's Python type (``<bool>``, ``<list[Path]>``) and wraps a
    required argument in braces (``{sources}...``) unless told otherwise. Setting every
    parameter's metavar here, in one place, keeps the command signatures readable; the usage
    line's braces come from ``TyperArgument._usage_display_name`` and the type column from
    ``display_type_rich``, both replaced below by click's own convention (``SOURCE...``,
    ``[SOURCE]``, the metavar, nothing for a flag). ``tests/flows/test_cli_fit.py`` reads every
    command's help so a Typer change that brings them back fails there.
    """
    import inspect
    import typing

    from typer.models import ArgumentInfo, OptionInfo

    names = {"sources": "SOURCE", "query": "QUERY", "policy_text": "POLICY.txt"}
    by_type = {bool: "", int: "N", float: "SECONDS", Path: "PATH", str: "TEXT"}
    for group in (app, gx_app, export_app):
        for command in [*group.registered_commands, *([group.registered_callback] if group.registered_callback else [])]:
            hints = typing.get_type_hints(command.callback)
            for name, param in inspect.signature(command.callback).parameters.items():
                info = param.default
                if not isinstance(info, (OptionInfo, ArgumentInfo)) or info.metavar is not None:
                    continue
                hint = hints.get(name)
                inner = typing.get_args(hint)
                base = next((a for a in inner if a is not type(None)), hint) if inner else hint
                if typing.get_origin(hint) is list:
                    base = inner[0]
                if isinstance(info, ArgumentInfo):
                    info.metavar = names.get(name, name.upper())
                elif typing.get_origin(hint) is list or base is not bool:
                    info.metavar = {"--catalog": "PATH", "--policy": "FILE", "--output": "FILE",
                                    "--html": "FILE", "--format": "FORMAT"}.get(
                        info.param_decls[0] if info.param_decls else "", by_type.get(base, "TEXT"))
                else:
                    info.metavar = ""

    def usage_name(self: Any) -> str:
        name = self.display_name_raw
        name = name if self.required else f"[{name}]"
        return name + ("..." if self.nargs != 1 else "")

    from typer.core import TyperArgument, TyperOption

    shown_type = TyperOption.display_type_rich

    def option_type(self: Any, ctx: Any) -> str | None:
        if self.metavar is not None:
            return self.metavar or None
        return None if self.is_flag else shown_type(self, ctx)   # --help is a flag: no <bool>

    TyperArgument._usage_display_name = usage_name
    TyperArgument.display_type_rich = lambda self, ctx: None      # its name is the metavar
    TyperOption.display_type_rich = option_type


_polish_help()


# --- entry point ----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; map every error to a one-line message and the contract's exit code."""
    try:
        # With standalone_mode=False click returns a typer.Exit's code instead of raising it.
        code = app(args=argv, prog_name="ropa", standalone_mode=False)
        if code == 130:   # typer turns Ctrl-C into Exit(130), silently
            _err("interrupted")
        return code if isinstance(code, int) else EXIT_CLEAN
    except typer.Exit as exc:
        return exc.exit_code
    except typer.Abort:
        _err("aborted")
        return EXIT_USAGE
    except NoArgsIsHelpError as exc:
        typer.echo(exc.format_message() if hasattr(exc, "format_message") else str(exc), err=True)
        return EXIT_USAGE
    except UsageError as exc:
        hint = f" (see `ropa {exc.ctx.info_name} --help`)" if exc.ctx and exc.ctx.info_name != "ropa" else " (see `ropa --help`)"
        _err(exc.format_message().splitlines()[0] + hint)
        return EXIT_USAGE
    except ClickException as exc:
        _err(exc.format_message().splitlines()[0])
        return EXIT_USAGE
    except DeclarationError as exc:
        for line in str(exc).splitlines():   # one line per problem: file:line: field: message
            _err(line)
        return EXIT_USAGE
    except (RopaError, SourceError) as exc:
        _err(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        return EXIT_USAGE
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except OSError as exc:
        _err(_os_message(exc))
        return EXIT_USAGE
    except RecursionError:
        _err("the input is nested too deeply to process (a hostile or generated file?): flatten it")
        return EXIT_USAGE
    except MemoryError:
        _err("ran out of memory: scan fewer or smaller assets at a time (--include), or lower --sample")
        return EXIT_USAGE
    except Exception as exc:  # noqa: BLE001 - a person gets one line, not a traceback
        if os.environ.get("ROPA_DEBUG"):
            raise
        _err(f"unexpected {type(exc).__name__}; rerun with ROPA_DEBUG=1 for details, and report it")
        return EXIT_USAGE


def _os_message(exc: OSError) -> str:
    """An operating-system error met outside a source (catalog, key file, report) as one line."""
    where = exc.filename or "a file ropa writes"
    if exc.errno == errno.EROFS:
        return f"{where}: read-only filesystem: pass --catalog / --output paths on a writable disk"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"{where}: permission denied: give this user write access to the folder, or choose another path"
    if exc.errno == errno.ENOSPC:
        return f"{where}: no space left on the device: free some space or choose another disk"
    if exc.errno == errno.ENOENT:
        return f"{where}: no such file or folder: check the path (create missing folders first)"
    return f"{where}: {exc.strerror or type(exc).__name__}: check the path and the disk"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
