"""Great Expectations suites from ropa's violations: ``ropa gx export``.

Teams that already run Great Expectations in their pipelines get ropa's gap as expectations they
can run on every load, between two scans. There is one suite per (source, asset), named by
:func:`suite_name`; ``flows.outputs.gx_project`` wires them into a runnable GX project.

* a column that must hold no undeclared identifier (an ``undeclared`` or ``special_category``
  violation with an entity) gets ``ExpectColumnValuesToNotMatchRegex`` with the identifier's
  candidate pattern;
* a retention anchor gets ``ExpectColumnValuesToBeBetween(min_value=today - retention)``: every
  row's anchor date must lie inside the declared period (nulls, i.e. relationships still open,
  are ignored as GX ignores missing values).

The patterns (``DEFAULT_PATTERNS``) are *candidate* patterns: checksums (IBAN mod 97, Luhn, NIR
key) cannot be said in a regex. That is acceptable here because an expectation only ever guards a
column where ropa's classifier already confirmed the entity with its checksum; the regex keeps it
from coming back. They are written in the common subset of Python ``re``, RE2 (DuckDB) and
PostgreSQL ARE (no ``\\d``, ``\\b`` or look-arounds; non-capturing groups only) so an exported
suite runs on a SQL datasource too, and every repetition is bounded so no input makes them
backtrack for long. The classifiers package may expose its own map
(``classifiers.registry.candidate_patterns()``): when it exists it takes precedence
(``candidate_patterns``).

GX is imported lazily (it takes seconds) with its usage statistics switched off
(``GX_ANALYTICS_ENABLED=false``); the runner uses an ephemeral context: no project folder, no data
docs, no network. Results carry counts only: GX's ``partial_unexpected_list`` would hold raw
values, so it is neither requested nor returned.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import json
import os
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from flows.outputs.formats import column_of
from flows.outputs.retention import parse_duration, retention_cutoff

# Word edges without \b (absent from PostgreSQL): an identifier must not continue a longer token.
_B = "(?:^|[^A-Za-z0-9])"
_E = "(?:[^A-Za-z0-9]|$)"

#: entity -> candidate regex (search semantics: a match anywhere in the cell fails the row).
DEFAULT_PATTERNS: dict[str, str] = {
    "IBAN_CODE": _B + "[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?" + _E,
    "EMAIL_ADDRESS": _B + "[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){0,8}"
                          "\\.[A-Za-z]{2,24}" + _E,
    "PHONE_NUMBER": _B + "(?:(?:\\+|00)(?:31|32|33)[ .-]?(?:\\(0\\))?[ .-]?[1-9](?:[ .-]?[0-9]){7,8}"
                         "|0[1-9](?:[ .-]?[0-9]){7,8})" + _E,
    "CREDIT_CARD": _B + "[3-6][0-9]{3}(?:[ -]?[0-9]{4}){2}[ -]?[0-9]{1,7}" + _E,
    "FR_NIR": _B + "[12] ?[0-9]{2} ?(?:0[1-9]|1[0-2]|[2-9][0-9]) ?(?:2[ABab]|[0-9]{2}) ?[0-9]{3} ?"
                   "[0-9]{3}(?: ?[0-9]{2})?" + _E,
    "NL_BSN": _B + "[0-9]{4}\\.?[0-9]{2}\\.?[0-9]{3}" + _E,
    "BE_NATIONAL_NUMBER": _B + "[0-9]{2}\\.?[0-9]{2}\\.?[0-9]{2}[ -]?[0-9]{3}\\.?[0-9]{2}" + _E,
    "FR_SIREN": _B + "[0-9]{3} ?[0-9]{3} ?[0-9]{3}" + _E,
    "FR_SIRET": _B + "[0-9]{3} ?[0-9]{3} ?[0-9]{3} ?[0-9]{5}" + _E,
    "VAT_NUMBER": _B + "(?:FR[0-9A-HJ-NP-Z]{2} ?[0-9]{9}|NL[0-9]{9}B[0-9]{2}"
                       "|BE ?[01][0-9]{3}\\.?[0-9]{3}\\.?[0-9]{3})" + _E,
    "IP_ADDRESS": _B + "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
                       "(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}(?:[^A-Za-z0-9.]|$)",
}

#: Violation kinds whose entity a column must not hold.
_IDENTIFIER_KINDS = ("undeclared", "special_category")


@dataclass(frozen=True)
class RetentionAnchor:
    """A column whose date starts the retention clock, and the declared period (ISO 8601).

    Comes from a binding's ``retention_anchor`` and its subject's ``retention.duration``.
    """

    asset: str
    column: str
    retention: str
    source: str | None = None
    retention_from: str | None = None  # end_of_fiscal_year moves the clock to 31 December


@dataclass(frozen=True)
class ExpectationOutcome:
    """One expectation's verdict on one table: counts only, never the offending values."""

    expectation: str
    column: str | None
    rule: str | None
    entity: str | None
    status: str  # passed | failed | error
    element_count: int | None = None
    unexpected_count: int | None = None


@dataclass(frozen=True)
class SuiteRun:
    suite: str
    success: bool
    outcomes: tuple[ExpectationOutcome, ...]


# --------------------------------------------------------------------------------------------
# patterns


def candidate_patterns(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The entity -> regex map suites use: ours, then the classifiers' (hook), then ``extra``."""
    patterns = dict(DEFAULT_PATTERNS)
    patterns.update(_classifier_patterns())
    if extra:
        patterns.update(extra)
    return patterns


def _classifier_patterns() -> dict[str, str]:
    """Hook for ``classifiers.registry.candidate_patterns()``; empty until that exists.

    Only a missing module is tolerated: an import error inside an existing registry propagates.
    """
    try:
        spec = importlib.util.find_spec("classifiers.registry")
    except ModuleNotFoundError:
        return {}
    if spec is None:
        return {}
    fn = getattr(importlib.import_module("classifiers.registry"), "candidate_patterns", None)
    return {str(k): str(v) for k, v in fn().items()} if callable(fn) else {}


# --------------------------------------------------------------------------------------------
# building suites


def _gx() -> Any:
    """Import Great Expectations with usage statistics off (read at import and context time)."""
    os.environ["GX_ANALYTICS_ENABLED"] = "false"
    import great_expectations as gx

    return gx


def suite_name(asset: str, source: str | None) -> str:
    """The suite's name: the asset's name made safe, then ``@`` and a hash of (source, asset).

    Two sources can hold an asset of the same name (``customers`` in a DuckDB file and in
    PostgreSQL, ``customers.csv`` in two folders); named after the asset alone, one suite would
    overwrite the other. The hash is of the source's canonical identity (``catalog.identity``:
    the only form the catalog stores, credential-free) and the exact asset name, so the name is
    unique per catalog key and the same on every export. The readable part keeps ASCII letters,
    digits, ``.``, ``_`` and ``-`` (GX's file store refuses ``/`` in a suite name, and its data
    docs link pages by name); the hash keeps names apart that this folds together.
    """
    readable = re.sub(r"[^A-Za-z0-9._-]+", "_", asset).strip("._") or "asset"
    digest = hashlib.sha256(f"{source or ''}\x1f{asset}".encode("utf-8")).hexdigest()[:10]
    return f"{readable}@{digest}"


def build_suites(
    violations: Iterable[Mapping[str, Any]],
    *,
    anchors: Iterable[RetentionAnchor] = (),
    patterns: Mapping[str, str] | None = None,
    today: date | None = None,
) -> dict[str, Any]:
    """One ``gx.ExpectationSuite`` per (source, asset), keyed by :func:`suite_name`.

    Identifier violations on a column become not-match-regex expectations; violations GX cannot
    express (no column, or an entity without a pattern such as PERSON) are listed in the suite's
    ``meta["ropa"]["not_expressible"]`` so the export says what it leaves out. An
    ``over_retained`` violation that carries a ``retention`` duration counts as an anchor too.
    ``meta["ropa"]`` names the ``asset`` and its ``source`` (canonical form): what to run it on.
    """
    gx = _gx()
    import great_expectations.expectations as gxe

    pats = candidate_patterns(patterns)
    today = today or date.today()
    Key = tuple[str | None, str]
    expectations: dict[Key, list[Any]] = {}
    left_out: dict[Key, list[dict[str, Any]]] = {}
    seen: set[tuple[Any, ...]] = set()

    def add(key: Key, expectation: Any | None = None) -> None:
        expectations.setdefault(key, [])
        left_out.setdefault(key, [])
        if expectation is not None:
            expectations[key].append(expectation)

    def source_of(value: Any) -> str | None:
        return str(value) if value not in (None, "") else None

    anchor_list = list(anchors)
    for v in violations:
        kind, asset, col, entity = v.get("kind"), str(v.get("asset")), column_of(v), v.get("entity")
        if kind == "over_retained" and col and v.get("retention"):
            anchor_list.append(RetentionAnchor(asset, col, str(v["retention"]), v.get("source")))
            continue
        if kind not in _IDENTIFIER_KINDS or v.get("asset_kind") == "document":
            continue
        key: Key = (source_of(v.get("source")), asset)
        add(key)
        if not col or not entity or entity not in pats:
            left_out[key].append({"kind": kind, "column": col, "entity": entity,
                                  "category": v.get("category"),
                                  "why": "no column" if not col else "no candidate pattern"})
            continue
        if ("regex", key, col, entity) in seen:
            continue
        seen.add(("regex", key, col, entity))
        add(key, gxe.ExpectColumnValuesToNotMatchRegex(
            column=col, regex=pats[entity],
            meta={"ropa": {"rule": "no_undeclared_identifier", "kind": kind, "entity": entity,
                           "category": v.get("category"), "subject": v.get("subject")}},
        ))
    for a in anchor_list:
        key = (source_of(a.source), a.asset)
        if ("retention", key, a.column) in seen:
            continue
        seen.add(("retention", key, a.column))
        cutoff = retention_cutoff(a.retention, today, a.retention_from)
        # A datetime, not a date: GX 1.x parses an ISO date into ``datetime.date``, which a
        # pandas datetime64 column cannot be compared with ("Cannot compare Timestamp with
        # datetime.date"); midnight of the cutoff day compares with datetime64 columns in pandas
        # and with DATE and TIMESTAMP columns in SQL alike.
        add(key, gxe.ExpectColumnValuesToBeBetween(
            column=a.column, min_value=datetime.combine(cutoff, time()).isoformat(),
            meta={"ropa": {"rule": "retention", "retention": a.retention,
                           "retention_from": a.retention_from, "cutoff": cutoff.isoformat()}},
        ))
    # Built whole (not with add_expectation, which needs an active GX project to save into).
    suites = {}
    for (source, asset), exps in expectations.items():
        name = suite_name(asset, source)
        suites[name] = gx.ExpectationSuite(
            name=name, expectations=exps,
            meta={"ropa": {"generated": today.isoformat(), "asset": asset, "source": source,
                           "not_expressible": left_out[(source, asset)]}},
        )
    return suites


def suite_filename(name: str) -> str:
    """A portable file name for a suite; a hash keeps sanitised names distinct.

    A :func:`suite_name` is already safe and is used as is.
    """
    safe = re.sub(r"[^A-Za-z0-9._@-]+", "_", name).strip("._") or "asset"
    if safe != name:
        safe += "-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]
    return safe + ".json"


def inputs_from_catalog(catalog_path: str | Path, *, today: date | None = None
                        ) -> tuple[list[dict[str, Any]], list[RetentionAnchor]]:
    """The violations and the declared retention anchors of a catalog (opened read-only)."""
    from flows.outputs import views  # views imports formats; imported here to keep gx light

    con = views.open_catalog(catalog_path)
    try:
        violations = views.violation_dicts(con)
        declared = views.declared_anchors(con, today)
    finally:
        con.close()
    anchors = [RetentionAnchor(r.asset, r.column_name, r.retention, r.source, r.retention_from)
               for r in declared.itertuples() if isinstance(r.retention, str) and r.retention]
    return violations, anchors


def export_suites(
    violations: Iterable[Mapping[str, Any]] | str | Path,
    out_dir: str | Path,
    *,
    anchors: Iterable[RetentionAnchor] = (),
    patterns: Mapping[str, str] | None = None,
    today: date | None = None,
) -> list[Path]:
    """``ropa gx export``: write each (source, asset)'s suite as GX suite JSON in ``out_dir``.

    ``violations`` is a list of violation dicts, or a catalog path: then the catalog's
    violations and the retention anchors of its loaded declarations are used. A suite's
    retention bound is a date fixed at export: re-export after each scan (the nightly flow) so
    it moves with the calendar.
    """
    anchor_list = list(anchors)
    if isinstance(violations, (str, Path)):
        violations, declared = inputs_from_catalog(violations, today=today)
        anchor_list += declared
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, suite in sorted(build_suites(violations, anchors=anchor_list, patterns=patterns,
                                           today=today).items()):
        path = out / suite_filename(name)
        path.write_text(json.dumps(suite.to_json_dict(), indent=2, ensure_ascii=False,
                                   default=str) + "\n", encoding="utf-8")
        written.append(path)
    return written


def load_suite(path: str | Path) -> Any:
    """Read a suite JSON written by ``export_suites`` (or by GX itself)."""
    gx = _gx()
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return gx.ExpectationSuite(**data)


# --------------------------------------------------------------------------------------------
# running a suite on a DataFrame


def validate_dataframe(suite: Any, df: Any) -> SuiteRun:
    """Run ``suite`` on a pandas DataFrame in an ephemeral GX context; counts only come back.

    Pandas needs typed operands where SQL casts: retention columns are parsed to datetimes and
    compared with a datetime cutoff (the suite JSON keeps the ISO datetime SQL sources compare
    natively), identifier columns are read as strings (a BSN stored as an integer still matches).
    A column that cannot be prepared, or an expectation GX cannot evaluate, is ``error``: never a
    silent pass.
    """
    import pandas as pd

    gx = _gx()
    from great_expectations.data_context.types.base import (
        DataContextConfig,
        InMemoryStoreBackendDefaults,
        ProgressBarsConfig,
    )

    frame = df.copy()
    prepared, broken = [], []
    for exp in suite.expectations:
        conf = exp.configuration.to_json_dict()
        kwargs, meta = dict(conf["kwargs"]), conf.get("meta") or {}
        rule = (meta.get("ropa") or {}).get("rule")
        col = kwargs.get("column")
        try:
            if rule == "retention" and col in frame.columns:
                series = pd.to_datetime(frame[col], errors="raise")
                frame[col] = series
                bound = pd.Timestamp(kwargs["min_value"])
                tz = getattr(series.dt, "tz", None)
                bound = bound.tz_localize(tz) if tz is not None else bound
                kwargs["min_value"] = bound.to_pydatetime()
            elif rule == "no_undeclared_identifier" and col in frame.columns:
                frame[col] = frame[col].astype("string")
        except (ValueError, TypeError, OverflowError):
            broken.append((exp, conf))
            continue
        prepared.append(type(exp)(**kwargs, meta=meta))

    # In memory, no temporary data-docs site, no usage statistics.
    ctx = gx.get_context(mode="ephemeral", project_config=DataContextConfig(
        store_backend_defaults=InMemoryStoreBackendDefaults(init_temp_docs_sites=False),
        analytics_enabled=False,
    ))
    ctx.variables.progress_bars = ProgressBarsConfig(globally=False)
    source = ctx.data_sources.add_pandas(name="ropa")
    batch = source.add_dataframe_asset(name="frame").add_batch_definition_whole_dataframe("all")
    run_suite = ctx.suites.add(gx.ExpectationSuite(name=suite.name, expectations=prepared))
    definition = ctx.validation_definitions.add(
        gx.ValidationDefinition(name=f"ropa:{suite.name}", data=batch, suite=run_suite))
    result = definition.run(batch_parameters={"dataframe": frame},
                            result_format={"result_format": "BASIC",
                                           "partial_unexpected_count": 0})
    outcomes = [_outcome(r.expectation_config.to_json_dict(), r.success, r.exception_info,
                         r.result) for r in result.results]
    outcomes += [_outcome(conf, False, {"raised_exception": True}, {}) for _, conf in broken]
    return SuiteRun(suite=suite.name, success=all(o.status == "passed" for o in outcomes),
                    outcomes=tuple(outcomes))


def _raised(info: Any) -> bool:
    if isinstance(info, Mapping):
        if "raised_exception" in info:
            return bool(info["raised_exception"])
        return any(_raised(v) for v in info.values())
    return False


def _outcome(conf: Mapping[str, Any], success: bool | None, info: Any,
             result: Mapping[str, Any] | None) -> ExpectationOutcome:
    meta = (conf.get("meta") or {}).get("ropa") or {}
    result = result or {}
    status = "error" if _raised(info) else ("passed" if success else "failed")
    return ExpectationOutcome(
        expectation=str(conf.get("type")),
        column=(conf.get("kwargs") or {}).get("column"),
        rule=meta.get("rule"),
        entity=meta.get("entity"),
        status=status,
        element_count=result.get("element_count"),
        unexpected_count=result.get("unexpected_count"),
    )


def run_suites(suites: Mapping[str, Any], frames: Mapping[str, Any]) -> list[SuiteRun]:
    """Run each suite on its DataFrame, looked up by suite name, else by the suite's asset name
    (suites without a frame are skipped)."""
    runs = []
    for name, s in sorted(suites.items()):
        asset = ((s.meta or {}).get("ropa") or {}).get("asset")
        frame = frames[name] if name in frames else frames.get(asset) if asset else None
        if frame is not None:
            runs.append(validate_dataframe(s, frame))
    return runs


__all__: Sequence[str] = (
    "DEFAULT_PATTERNS", "RetentionAnchor", "ExpectationOutcome", "SuiteRun", "candidate_patterns",
    "parse_duration", "retention_cutoff", "build_suites", "export_suites", "load_suite",
    "suite_name", "suite_filename", "validate_dataframe", "run_suites", "inputs_from_catalog",
)
