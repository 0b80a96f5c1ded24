"""``ropa gx export --checkpoint DIR``: a ready-to-run Great Expectations project.

``DIR`` becomes a file-backed GX 1.x project (``DIR/gx/great_expectations.yml``) that plain GX
runs with no ropa code::

    import great_expectations as gx
    ctx = gx.get_context(mode="file", project_root_dir="DIR")
    ctx.checkpoints.get("main.customers@1a2b3c4d5e").run()

For each exported suite (``flows.outputs.gx.suite_name``) it holds the suite, a data source for
the suite's source, a batch definition for the asset, a validation definition and a checkpoint
of the suite's name whose action rebuilds Data Docs; Data Docs are built once at export, so
``DIR/gx/uncommitted/data_docs/local_site/index.html`` lists the suites before any run.

Data sources, by the source's canonical identity (``catalog.identity``):

* a folder or a file: GX's pandas filesystem data source on the folder, a CSV (encoding and
  delimiter probed as ropa's reader does; retention columns parsed as dates, identifier columns
  read as text), Parquet (DATE columns as datetimes) or Excel-sheet asset and a batch
  definition on the file's path;
* ``postgresql://…``: GX's PostgreSQL data source with the canonical URI (``postgresql+psycopg``)
  and a table asset;
* ``sqlite:///…``: GX's SQLite data source and a table asset.

An asset or source whose name ropa masked (it holds personal data, and the catalog keeps only the
masked form), a file gone since the scan, and anything else (a DuckDB file: GX has no DuckDB data source without the ``duckdb-engine``
SQLAlchemy dialect, which ropa does not install; JSON files, whose nested fields ropa flattens and
pandas does not; MySQL, S3) keeps its suite in the project but gets no checkpoint: the marker
file and the command's output say which and why.

Runs store counts only (``result_format`` BASIC with ``partial_unexpected_count: 0``): GX's
default would copy up to 20 offending values, raw personal data, into the validation results and
Data Docs.

No credential is written. Canonical identities hold none, and the PostgreSQL connection string
has no password: libpq reads it at run time from ``PGPASSWORD``, ``~/.pgpass`` or a service file,
as ropa's own scans do. So nothing ever needs GX's ``${VAR}`` substitution, and a project folder
can be committed or shared.

Adding a data source or an asset in GX normally connects to it (``test_connection``). The export
must not need the database (CI exports from a catalog, the run happens where the data is), so the
checks are switched off while the project is written (:func:`_offline`); the user's first
checkpoint run is the connection test.

``DIR`` must be new, empty, or a project this command wrote before (``ropa-gx.json`` in it): that
one is replaced. Anything else is refused with exit code 2 before a byte is written.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import shutil
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Iterator, Mapping

from flows.outputs.errors import OutputError
from flows.outputs.gx import _gx, build_suites, inputs_from_catalog

#: Written last in DIR: says the folder is ropa's (so a later export may replace it) and lists
#: what was wired. Credential-free: sources are canonical identities.
MARKER = "ropa-gx.json"
_CSV = (".csv", ".tsv", ".tab")
_PARQUET = (".parquet", ".pq")
_EXCEL = (".xlsx", ".xlsm")


@dataclass
class ProjectReport:
    """What ``--checkpoint`` wrote: checkpoint names, and suites left without one (and why)."""

    root: Path
    checkpoints: list[str] = field(default_factory=list)
    not_wired: dict[str, str] = field(default_factory=dict)

    @property
    def docs_index(self) -> Path:
        return self.root / "gx" / "uncommitted" / "data_docs" / "local_site" / "index.html"


def check_target(root: Path) -> bool:
    """Refuse a ``DIR`` ropa must not write into; True when it is an earlier ropa project."""
    if root.exists() and not root.is_dir():
        raise OutputError(f"{root}: exists and is not a folder: give --checkpoint a new or empty folder")
    if not root.exists() or not any(root.iterdir()):
        return False
    if (root / MARKER).is_file():
        return True
    raise OutputError(
        f"{root}: the folder is not empty and is not a GX project ropa wrote (no {MARKER} in it): "
        "give --checkpoint a new or empty folder, or the folder of an earlier `ropa gx export --checkpoint`"
    )


def write_project(catalog: str | Path, root: str | Path, *, today: date | None = None) -> ProjectReport:
    """Write the GX project for ``catalog``'s suites into ``root`` (see the module doc)."""
    root = Path(root)
    earlier = check_target(root)
    violations, anchors = inputs_from_catalog(catalog, today=today)
    suites = build_suites(violations, anchors=anchors, today=today)
    gx = _gx()
    if earlier:  # only what ropa wrote there: the GX folder and the marker
        shutil.rmtree(root / "gx", ignore_errors=True)
        (root / MARKER).unlink()
    root.mkdir(parents=True, exist_ok=True)
    report = ProjectReport(root)
    ctx = gx.get_context(mode="file", project_root_dir=str(root))
    ctx.variables.analytics_enabled = False  # no usage statistics from the user's runs either
    ctx.variables.save()
    sources: dict[str, Any] = {}
    with _offline():
        for name, suite in sorted(suites.items()):
            meta = suite.meta["ropa"]
            saved = ctx.suites.add(suite)
            try:
                batch = _batch_definition(ctx, sources, meta["source"], meta["asset"], suite)
            except _NotWired as why:
                report.not_wired[name] = str(why)
                continue
            validation = ctx.validation_definitions.add(
                gx.ValidationDefinition(name=name, data=batch, suite=saved))
            ctx.checkpoints.add(gx.Checkpoint(
                name=name, validation_definitions=[validation],
                actions=[gx.checkpoint.UpdateDataDocsAction(name="update_data_docs")],
                # counts only: GX's partial_unexpected_list would put raw personal values into the
                # stored results and Data Docs
                result_format={"result_format": "BASIC", "partial_unexpected_count": 0},
            ))
            report.checkpoints.append(name)
    ctx.build_data_docs()
    marker = {
        "written_by": "ropa gx export --checkpoint",
        "generated": (today or date.today()).isoformat(),
        "checkpoints": {n: {"asset": suites[n].meta["ropa"]["asset"],
                            "source": suites[n].meta["ropa"]["source"]} for n in report.checkpoints},
        "not_wired": report.not_wired,
    }
    (root / MARKER).write_text(json.dumps(marker, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return report


class _NotWired(Exception):
    """This suite's source has no GX data source here; the message says why (one line)."""


#: A name whose personal value ropa masked (``flows.sources.name_values.mask_name``): stars, then
#: the keyed digest ``~3fa2c1``. GX needs the real name, which the catalog never holds.
_MASKED = re.compile(r"\*.*~[0-9a-f]{6}")


def _batch_definition(ctx: Any, sources: dict[str, Any], source: str | None, asset: str, suite: Any) -> Any:
    if not source:
        raise _NotWired("no source recorded for the asset")
    if _MASKED.search(asset) or _MASKED.search(source):
        raise _NotWired("its name holds personal data, masked in the catalog; GX needs the real "
                        "name: add this suite's data source by hand")
    if source.startswith("postgresql://"):
        ds = sources.get(source) or sources.setdefault(source, ctx.data_sources.add_postgres(
            _source_name("postgresql", source),
            connection_string="postgresql+psycopg://" + source[len("postgresql://"):]))
        return _table(ds, asset)
    if source.startswith("sqlite:///"):
        ds = sources.get(source) or sources.setdefault(source, ctx.data_sources.add_sqlite(
            _source_name("sqlite", source), connection_string=source))
        return _table(ds, asset)
    if "://" in source:
        raise _NotWired(f"GX data sources are wired for files, PostgreSQL and SQLite; not {source.split(':')[0]}")
    path = Path(source)
    # a .db that is SQLite is canonicalised as sqlite:///, so a .db path here is DuckDB
    if path.suffix.lower() in (".duckdb", ".db", ".ddb"):
        raise _NotWired("GX has no DuckDB data source without the duckdb-engine dialect, which ropa does not install")
    if not path.exists():
        raise _NotWired(f"{path} is no longer where the scan found it: rescan, then export again")
    # a folder's assets are paths inside it; a single file's asset is its name (+ "#sheet")
    folder, relative = (path.parent, asset) if path.is_file() else (path, asset)
    file = folder / relative.split("#", 1)[0]
    if not file.is_file():
        raise _NotWired("the file is no longer where the scan found it: rescan, then export again")
    ds = sources.get(str(folder)) or sources.setdefault(str(folder), ctx.data_sources.add_pandas_filesystem(
        _source_name("files", str(folder)), base_directory=folder))
    from flows.sources.files.textio import split_name

    kind = split_name(file)[0]
    columns = _columns_by_rule(suite)
    if kind in _CSV:
        data_asset = ds.add_csv_asset(asset, **_csv_options(file, columns))
    elif kind in _PARQUET:
        # pyarrow hands a DATE column to pandas as datetime.date objects, which GX compares with
        # the suite's datetime bound by failing silently (no exception, no counts): datetime64.
        data_asset = ds.add_parquet_asset(asset, to_pandas_kwargs={"date_as_object": False})
    elif kind in _EXCEL and "#" in relative:
        data_asset = ds.add_excel_asset(asset, sheet_name=relative.split("#", 1)[1],
                                        **_typed(columns))
    else:
        raise _NotWired(f"no GX file asset wired for {kind or 'this'} files (CSV, Parquet and Excel sheets are)")
    return data_asset.add_batch_definition_path("all", path=str(file.relative_to(folder)))


def _table(ds: Any, asset: str) -> Any:
    schema, _, table = asset.rpartition(".")
    return ds.add_table_asset(asset, table_name=table, schema_name=schema or None
                              ).add_batch_definition_whole_table("all")


def _source_name(kind: str, source: str) -> str:
    return f"{kind}@{hashlib.sha256(source.encode('utf-8')).hexdigest()[:10]}"


def _columns_by_rule(suite: Any) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"retention": [], "no_undeclared_identifier": []}
    for exp in suite.expectations:
        rule = ((exp.meta or {}).get("ropa") or {}).get("rule")
        if rule in out and exp.column not in out[rule]:
            out[rule].append(exp.column)
    return out


def _typed(columns: Mapping[str, list[str]]) -> dict[str, Any]:
    """pandas read options GX's comparisons need: dates as datetimes, identifiers as text."""
    options: dict[str, Any] = {}
    if columns["retention"]:
        options["parse_dates"] = list(columns["retention"])
    if columns["no_undeclared_identifier"]:
        options["dtype"] = {c: "string" for c in columns["no_undeclared_identifier"]}
    return options


def _csv_options(file: Path, columns: Mapping[str, list[str]]) -> dict[str, Any]:
    """Encoding and delimiter as ropa's CSV reader settles them (a French Excel export is cp1252
    with ``;``), written into the asset so pandas reads the file the same way at every run."""
    import codecs

    from flows.sources.files.textio import open_bytes, probe, split_name

    _, compression = split_name(file)
    encoding = probe(file, compression, "CSV").encoding
    if encoding == "utf-8":  # the head was UTF-8; a cp1252 byte further down makes it cp1252
        decoder = codecs.getincrementaldecoder("utf-8")("strict")
        try:
            with open_bytes(file, compression) as f:
                while chunk := f.read(1 << 20):
                    decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            encoding = "cp1252"
    with open_bytes(file, compression) as f:
        head = f.read(64 * 1024).decode(encoding, errors="replace")
    lines = head.splitlines()[:50]
    try:
        sep = csv.Sniffer().sniff("\n".join(lines), delimiters=",;\t|").delimiter
    except csv.Error:
        sep = "\t" if split_name(file)[0] in (".tsv", ".tab") else ","
    return {"sep": sep, "encoding": encoding, **_typed(columns)}


@contextmanager
def _offline() -> Iterator[None]:
    """GX's ``test_connection`` switched off on every data source and asset class, then restored.

    Why: adding a data source or asset connects to it, and the export must not need the data
    (see the module doc). Only the classes that define the method are patched, and only here.
    """
    from great_expectations.datasource.fluent.interfaces import DataAsset, Datasource

    saved: list[tuple[type, Any]] = []

    def walk(cls: type) -> Iterator[type]:
        yield cls
        for sub in cls.__subclasses__():
            yield from walk(sub)

    for base in (Datasource, DataAsset):
        for cls in set(walk(base)):
            if "test_connection" in cls.__dict__:
                saved.append((cls, cls.__dict__["test_connection"]))
                setattr(cls, "test_connection", lambda self, *a, **k: None)
    try:
        yield
    finally:
        for cls, fn in saved:
            setattr(cls, "test_connection", fn)


__all__ = ["MARKER", "ProjectReport", "check_target", "write_project"]
