"""Render what ``ropa check`` and ``ropa findings`` found, for people and for CI.

``ropa check`` is shaped like a linter (presidio-cli, ruff): one line per violation grouped by
asset, a summary line, and a stable exit code. The machine formats are the two every CI already
reads: JUnit XML (GitLab, Jenkins, Azure DevOps test tabs) and SARIF 2.1.0 (GitHub code scanning,
so personal data committed in fixtures shows up as an alert on the file). Both validate against
their published schemas (``tests/flows/schemas/``).

A violation is a dict (see ``VIOLATION_KEYS``); the catalog's ``violations`` view spells the column
``column_name``, the Python contract ``column``: both are read. Nothing here sees a data value:
violations and findings carry locations, labels, counts and masked examples only.

Exit codes (``exit_code``): 0 clean, 1 at least one violation of a kind in ``--fail-on``
(the others are reported as warnings), 2 usage or input error (raised as ``OutputError``).
"""

from __future__ import annotations

import hashlib
import io
import json
import os.path
import socket
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime, timezone
from pathlib import Path, PurePosixPath
from typing import Any, Iterable, Mapping, Sequence
from urllib.parse import quote, urlsplit

from flows.outputs.errors import EXIT_CLEAN, EXIT_VIOLATIONS, FormatError
from flows.outputs.escape import json_safe, printable_rows

#: Rule kinds in the order reports list them (most actionable first).
KINDS: tuple[str, ...] = ("undeclared", "special_category", "over_retained", "unbound")
#: Not a rule: an asset the scan could not read. ``ropa check`` reports it like a violation
#: (the CLI adds one per unreadable asset) so that ``--fail-on`` decides whether it fails the gate.
SCAN_ERROR = "error"
#: What ``--fail-on`` accepts, and its default (every one).
FAIL_KINDS: tuple[str, ...] = (*KINDS, SCAN_ERROR)

VIOLATION_FORMATS: tuple[str, ...] = ("text", "json", "junit", "sarif")
FINDINGS_FORMATS: tuple[str, ...] = ("table", "tsv", "json")

#: Keys every violation carries (``column`` may arrive as ``column_name``).
VIOLATION_KEYS: tuple[str, ...] = (
    "kind", "source", "asset", "column", "entity", "category", "subject", "rows", "detail",
    "policy", "fideslang", "asset_kind",
)

SARIF_SCHEMA_URI = (
    "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json"
)
#: The uriBaseId GitHub code scanning and the SARIF viewers resolve against the checkout root.
SRCROOT = "%SRCROOT%"


@dataclass(frozen=True)
class Rule:
    """What one violation kind means and what to do about it (SARIF rule, JUnit suite)."""

    kind: str
    name: str
    short: str
    full: str


RULES: dict[str, Rule] = {
    "undeclared": Rule(
        "undeclared",
        "UndeclaredPersonalData",
        "Personal data of a category the privacy policy does not declare.",
        "The asset holds a category of personal data that no declaration of its data subject "
        "lists. Either the policy is incomplete (declare the category with its purpose and legal "
        "basis) or the data should not be there (remove it, mask it or stop collecting it).",
    ),
    "special_category": Rule(
        "special_category",
        "SpecialCategoryData",
        "Special category personal data (GDPR art. 9) the policy does not allow.",
        "The asset holds special category data (health, ...) that the policy does not declare or "
        "says is not processed. Processing it needs an art. 9(2) condition: document one, or "
        "remove the data.",
    ),
    "over_retained": Rule(
        "over_retained",
        "DataKeptPastRetention",
        "Rows kept longer than the declared retention period.",
        "Rows whose retention anchor (the date the retention clock starts) lies before today "
        "minus the declared retention. Delete or anonymise them, or correct the declared "
        "retention if the policy allows a longer period.",
    ),
    "unbound": Rule(
        "unbound",
        "AssetWithoutBinding",
        "Personal data in an asset no binding assigns to a data subject.",
        "No binding maps this asset to a data subject, so nothing it holds can be checked "
        "against a declaration. Add a binding (assets glob -> subject) to the policy file.",
    ),
    SCAN_ERROR: Rule(
        SCAN_ERROR,
        "AssetNotScanned",
        "An asset ropa could not read: nothing about it is known.",
        "The scan could not read this asset (permissions, encoding, a broken file); the detail "
        "says why and how to fix it. Until it is read, no finding or violation can be reported "
        "for it, which is not the same as it being clean.",
    ),
}


@dataclass(frozen=True)
class ScannedAsset:
    """One asset the scan looked at; JUnit needs them to report clean asset x rule pairs.

    ``status`` is the catalog's ``asset_scans.status``: ``scanned``, ``skipped`` or ``error``.
    ``error`` is the catalog's one-line, data-free explanation of an ``error``.
    """

    asset: str
    source: str | None = None
    kind: str | None = None
    status: str = "scanned"
    error: str | None = None
    carried: int | None = None   # a skip: how many findings it carried forward from the last scan


# --------------------------------------------------------------------------------------------
# small helpers


def column_of(v: Mapping[str, Any]) -> str | None:
    """The violation's column, whichever spelling it came with."""
    col = v.get("column", v.get("column_name"))
    return None if col in (None, "") else str(col)


def parse_fail_on(value: str | Iterable[str] | None) -> frozenset[str]:
    """``--fail-on`` as a set of kinds: ``None``/``""``/``all`` means every kind (scan errors
    included), ``none`` none.

    >>> sorted(parse_fail_on("undeclared, special_category"))
    ['special_category', 'undeclared']
    """
    if value is None:
        return frozenset(FAIL_KINDS)
    items = [p.strip() for p in value.split(",")] if isinstance(value, str) else list(value)
    items = [p for p in items if p]
    if not items or items == ["all"]:
        return frozenset(FAIL_KINDS)
    if items == ["none"]:
        return frozenset()
    unknown = sorted(set(items) - set(FAIL_KINDS))
    if unknown:
        raise FormatError(
            f"--fail-on: unknown kind {', '.join(unknown)}; "
            f"use a comma list of {', '.join(FAIL_KINDS)} (or 'all' / 'none')"
        )
    return frozenset(items)


def exit_code(violations: Iterable[Mapping[str, Any]], fail_on: Iterable[str] | None = None) -> int:
    """0 when no violation is of a kind in ``fail_on`` (default: every kind), else 1.

    Exit code 2 is not decided here: it is raised as an ``OutputError`` (bad option, bad
    baseline) before anything is rendered.
    """
    failing = parse_fail_on(None) if fail_on is None else frozenset(fail_on)
    return EXIT_VIOLATIONS if any(v.get("kind") in failing for v in violations) else EXIT_CLEAN


def _kind_rank(kind: Any) -> int:
    return FAIL_KINDS.index(kind) if kind in FAIL_KINDS else len(FAIL_KINDS)


def _sort_key(v: Mapping[str, Any]) -> tuple[Any, ...]:
    return (
        str(v.get("asset") or ""),
        str(v.get("source") or ""),
        column_of(v) or "",
        _kind_rank(v.get("kind")),
        str(v.get("entity") or ""),
        str(v.get("category") or ""),
    )


def sort_violations(violations: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Stable report order: asset, column, rule kind, entity."""
    return sorted(violations, key=_sort_key)


def _location(v: Mapping[str, Any]) -> str:
    col = column_of(v)
    return f"{v.get('asset')}:{col}" if col else str(v.get("asset"))


def _detail(v: Mapping[str, Any]) -> str:
    detail = str(v.get("detail") or RULES.get(str(v.get("kind")), RULES["undeclared"]).short)
    if v.get("baseline_expired"):
        detail += f" (baseline entry expired {v['baseline_expired']})"
    return detail


def _json_default(o: Any) -> Any:
    if isinstance(o, (date, datetime)):
        return o.isoformat()
    if isinstance(o, (set, frozenset, tuple)):
        return list(o)
    return str(o)


def fingerprint(v: Mapping[str, Any], root: Path | str | None = None) -> str:
    """A stable id for "the same violation" across runs: kind, place and entity, no values.

    The source is normalised so that the id survives a change of machine: a local path is made
    relative to ``root`` (the checkout) when it lies under it, and a URI loses its credentials.
    """
    key = "\x1f".join(
        str(x or "")
        for x in (v.get("kind"), stable_source(v.get("source"), root), v.get("asset"),
                  column_of(v), v.get("entity"), v.get("category"))
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def stable_source(source: Any, root: Path | str | None = None) -> str | None:
    """``source`` as it may be shown and hashed: a URI without user info (no password in a
    report), a local path relative to ``root`` when under it."""
    if source in (None, ""):
        return None
    s = str(source)
    if _is_uri(s):
        parts = urlsplit(s)
        if parts.username is None and parts.password is None:
            return s
        host = parts.hostname or ""
        netloc = host + (f":{parts.port}" if parts.port else "")
        return parts._replace(netloc=netloc).geturl()
    base = Path(root) if root is not None else Path.cwd()
    try:
        return Path(_normpath(Path(s).absolute())).relative_to(_normpath(base.absolute())).as_posix()
    except ValueError:
        return s


def _normalise_scanned(
    scanned: Iterable[str | tuple[str, str] | Mapping[str, Any] | ScannedAsset],
) -> list[ScannedAsset]:
    """Accept asset names, ``(source, asset)`` pairs, catalog rows or ``ScannedAsset``."""
    out: list[ScannedAsset] = []
    for s in scanned:
        if isinstance(s, ScannedAsset):
            out.append(s)
        elif isinstance(s, str):
            out.append(ScannedAsset(asset=s))
        elif isinstance(s, (tuple, list)):
            source, asset = s[0], s[1]
            out.append(ScannedAsset(asset=str(asset), source=source))
        else:
            out.append(
                ScannedAsset(
                    asset=str(s["asset"]),
                    source=s.get("source"),
                    kind=s.get("kind", s.get("asset_kind")),
                    status=str(s.get("status") or "scanned"),
                    error=s.get("error"),
                    carried=s.get("carried"),
                )
            )
    return out


def _cases(
    violations: Sequence[Mapping[str, Any]], scanned: Sequence[ScannedAsset]
) -> tuple[list[ScannedAsset], dict[int, list[Mapping[str, Any]]]]:
    """Assets to report (scanned ones, then any only violations name) and each one's violations.

    A scan-error pseudo-violation marks its asset ``error`` (with its detail as the reason).
    """
    assets = list(scanned)
    by_case: dict[int, list[Mapping[str, Any]]] = defaultdict(list)
    for v in violations:
        name, src = str(v.get("asset")), v.get("source")
        idx = next(
            (i for i, a in enumerate(assets)
             if a.asset == name and (a.source is None or src is None or a.source == src)),
            None,
        )
        if idx is None:
            assets.append(ScannedAsset(asset=name, source=src, kind=v.get("asset_kind")))
            idx = len(assets) - 1
        if v.get("kind") == SCAN_ERROR:
            assets[idx] = replace(assets[idx], status="error",
                                  error=assets[idx].error or str(v.get("detail") or ""))
        by_case[idx].append(v)
    return assets, by_case


# --------------------------------------------------------------------------------------------
# text


def render_text(
    violations: Sequence[Mapping[str, Any]],
    *,
    fail_on: Iterable[str] | None = None,
    scanned: Iterable[str | Mapping[str, Any] | ScannedAsset] = (),
    suppressed: Sequence[Mapping[str, Any]] = (),
    width: int | None = None,
) -> str:
    """Human output: ``asset:column  KIND  ENTITY  category  detail`` lines under each asset.

    ``width`` (a terminal's columns) wraps the detail under its own column, or on the next
    lines indented when the first columns leave it too little room; ``None`` (a pipe, a file)
    keeps one line per violation for grep and awk.
    """
    failing = parse_fail_on(None) if fail_on is None else frozenset(fail_on)
    ordered = sort_violations(violations)
    rows: list[tuple[str, str, str, str, str]] = []
    groups: list[tuple[str, list[int]]] = []
    for v in ordered:
        header = str(v.get("asset"))
        if not groups or groups[-1][0] != header:
            groups.append((header, []))
        kind = str(v.get("kind")).upper() + ("" if v.get("kind") in failing else " (warning)")
        groups[-1][1].append(len(rows))
        rows.append((_location(v), kind, str(v.get("entity") or "-"),
                     str(v.get("category") or "-"), _detail(v)))
    widths = [max((len(r[i]) for r in rows), default=0) for i in range(4)]
    lines: list[str] = []
    for header, idxs in groups:
        lines.append(header)
        for i in idxs:
            r = rows[i]
            lead = "  " + "  ".join(r[c].ljust(widths[c]) for c in range(4)) + "  "
            lines.extend(_wrapped(lead, r[4], width))
        lines.append("")
    summary = summary_line(ordered, fail_on=failing, scanned=scanned, suppressed=suppressed)
    if width is not None and len(summary) > width:
        import textwrap

        lines.extend(textwrap.wrap(summary, width, break_on_hyphens=False))
    else:
        lines.append(summary)
    return "\n".join(lines) + "\n"


def _wrapped(lead: str, detail: str, width: int | None) -> list[str]:
    """``lead + detail`` as one line (no width), or wrapped to ``width``: under the detail's
    column when it keeps 30 characters, else the detail on its own lines indented by 6."""
    if width is None or len(lead) + len(detail) <= width:
        return [(lead + detail).rstrip()]
    import textwrap

    lead = lead.rstrip()
    if len(lead) <= width and width - len(lead) - 2 >= 30:
        pad = " " * (len(lead) + 2)
        body = textwrap.wrap(detail, width - len(pad), break_on_hyphens=False)
        return [lead + "  " + body[0], *(pad + more for more in body[1:])]
    out = textwrap.wrap(lead.strip(), width - 2, break_on_hyphens=False, initial_indent="  ",
                        subsequent_indent="    ")
    return out + textwrap.wrap(detail, width - 6, break_on_hyphens=False, initial_indent=" " * 6,
                               subsequent_indent=" " * 6)


def summary_line(
    violations: Sequence[Mapping[str, Any]],
    *,
    fail_on: Iterable[str] | None = None,
    scanned: Iterable[str | Mapping[str, Any] | ScannedAsset] = (),
    suppressed: Sequence[Mapping[str, Any]] = (),
) -> str:
    """One line a person reads first: how many, where, of which kinds, how many only warn."""
    failing = parse_fail_on(None) if fail_on is None else frozenset(fail_on)
    scanned_list = _normalise_scanned(scanned)
    n_assets = len({(v.get("source"), v.get("asset")) for v in violations})
    of = f" of {len(scanned_list)} checked" if scanned_list else ""
    tail = f"; {len(suppressed)} acknowledged in the baseline" if suppressed else ""
    if not violations:
        checked = f" in {len(scanned_list)} checked assets" if scanned_list else ""
        return f"No violations{checked}{tail}."
    counts = Counter(v.get("kind") for v in violations)
    by_kind = ", ".join(f"{counts[k]} {k}" for k in sorted(counts, key=_kind_rank))
    warnings = sum(c for k, c in counts.items() if k not in failing)
    warn = f"; {warnings} only warn (not in --fail-on)" if warnings else ""
    plural = "s" if len(violations) != 1 else ""
    aplural = "s" if n_assets != 1 else ""
    return (f"{len(violations)} violation{plural} in {n_assets} asset{aplural}{of} "
            f"({by_kind}){warn}{tail}.")


# --------------------------------------------------------------------------------------------
# json


def render_json(violations: Sequence[Mapping[str, Any]]) -> str:
    """The violations as a JSON list, in report order, every key kept."""
    out = []
    for v in sort_violations(violations):
        d = dict(v)
        if "column" not in d:
            d["column"] = column_of(v)
            d.pop("column_name", None)
        out.append(d)
    return json.dumps(out, indent=2, ensure_ascii=False, default=_json_default) + "\n"


# --------------------------------------------------------------------------------------------
# JUnit XML


def carried_note(a: ScannedAsset) -> str:
    """Why an unchanged asset is a skip: it was not read again, its earlier findings stand."""
    n = a.carried
    what = (f"{n} finding{'' if n == 1 else 's'} carried forward" if n is not None
            else "its findings carried forward")
    return f"unchanged since the last scan, not read again: {what}"


def render_junit(
    violations: Sequence[Mapping[str, Any]],
    *,
    scanned: Iterable[str | Mapping[str, Any] | ScannedAsset] = (),
    fail_on: Iterable[str] | None = None,
    timestamp: datetime | None = None,
    hostname: str | None = None,
) -> str:
    """JUnit XML: one ``testsuite`` per rule kind, one ``testcase`` per asset in each.

    A test case fails when the asset has violations of that kind and the kind is in
    ``fail_on``; violations of other kinds are listed in the suite's ``system-out`` as warnings
    and the case passes. A first ``scan`` suite reports coverage: an unreadable asset is an
    ``error`` there (``skipped`` if ``error`` is not in ``fail_on``) and ``skipped`` in the rule
    suites, since nothing about it was checked. An asset the scan skipped as unchanged is
    ``skipped`` in the scan suite and in every rule suite where it raises nothing, with a message
    saying how many findings were carried forward; a violation its carried findings raise still
    fails (the gate's exit code says the same), since not reading a file again does not make it
    compliant. The document follows the Apache Ant
    schema (windyroad JUnit.xsd), which every CI's JUnit reader accepts.
    """
    failing = parse_fail_on(None) if fail_on is None else frozenset(fail_on)
    scanned_list = _normalise_scanned(scanned)
    assets, by_case = _cases(sort_violations(violations), scanned_list)
    names = Counter(a.asset for a in assets)
    stamp = (timestamp or datetime.now(timezone.utc)).strftime("%Y-%m-%dT%H:%M:%S")
    host = hostname or socket.gethostname() or "localhost"
    root = ET.Element("testsuites")

    def case_name(a: ScannedAsset) -> str:
        return f"{a.asset} ({a.source})" if names[a.asset] > 1 and a.source else a.asset

    def suite(name: str, sid: int) -> ET.Element:
        s = ET.SubElement(root, "testsuite", {
            "name": name, "package": "ropa", "id": str(sid), "timestamp": stamp,
            "hostname": host, "tests": "0", "failures": "0", "errors": "0", "skipped": "0",
            "time": "0",
        })
        props = ET.SubElement(s, "properties")
        ET.SubElement(props, "property", {"name": "fail_on",
                                          "value": ",".join(sorted(failing, key=_kind_rank))})
        return s

    def close(s: ET.Element, out_lines: list[str]) -> None:
        cases = s.findall("testcase")
        s.set("tests", str(len(cases)))
        s.set("failures", str(sum(1 for c in cases if c.find("failure") is not None)))
        s.set("errors", str(sum(1 for c in cases if c.find("error") is not None)))
        s.set("skipped", str(sum(1 for c in cases if c.find("skipped") is not None)))
        ET.SubElement(s, "system-out").text = "\n".join(out_lines)
        ET.SubElement(s, "system-err").text = ""

    sid = 0
    if scanned_list or any(a.status == "error" for a in assets):
        s = suite("scan", sid)
        sid += 1
        notes: list[str] = []
        for a in assets:
            c = ET.SubElement(s, "testcase", {"name": case_name(a), "classname": "ropa.scan",
                                              "time": "0"})
            if a.status == "skipped":  # unchanged since an earlier scan, whose findings hold
                ET.SubElement(c, "skipped", {"message": carried_note(a)})
            elif a.status == "error":
                reason = a.error or "the asset could not be read"
                if SCAN_ERROR in failing:
                    e = ET.SubElement(c, "error", {"type": "scan_error", "message": reason})
                    e.text = reason
                else:
                    ET.SubElement(c, "skipped")
                    notes.append(f"warning: {a.asset}: {reason}")
        close(s, notes)

    for kind in KINDS:
        s = suite(kind, sid)
        sid += 1
        warnings: list[str] = []
        for i, a in enumerate(assets):
            c = ET.SubElement(s, "testcase", {"name": case_name(a), "classname": f"ropa.{kind}",
                                              "time": "0"})
            mine = [v for v in by_case.get(i, []) if v.get("kind") == kind]
            if not mine:
                if a.status == "error":  # not read: nothing was checked
                    ET.SubElement(c, "skipped", {"message": "not checked: the asset could not be read"})
                elif a.status == "skipped":   # not read again: its carried findings raised nothing
                    ET.SubElement(c, "skipped", {"message": carried_note(a)})
                continue
            lines = [f"{_location(v)}  {v.get('entity') or '-'}  {v.get('category') or '-'}  "
                     f"{_detail(v)}" for v in mine]
            if kind in failing:
                what = ", ".join(
                    f"{column_of(v) or a.asset} ({v.get('entity') or v.get('category') or kind})"
                    for v in mine
                )
                msg = f"{len(mine)} {kind} violation{'s' if len(mine) != 1 else ''}: {what}"
                f = ET.SubElement(c, "failure", {"type": kind,
                                                 "message": msg if len(msg) <= 300 else msg[:297] + "..."})
                f.text = "\n".join(lines)
            else:
                warnings.extend(f"warning: {line}" for line in lines)
        close(s, warnings)

    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


# --------------------------------------------------------------------------------------------
# SARIF 2.1.0


def _is_uri(s: str) -> bool:
    scheme = urlsplit(s).scheme
    return len(scheme) > 1  # one letter is a Windows drive, not a scheme


def artifact_location(
    source: str | None, asset: str, root: Path | str | None = None
) -> dict[str, str]:
    """Where a file asset lives, as a SARIF artifactLocation.

    A path under ``root`` (the checkout or scan root; default: the working directory) becomes a
    relative, percent-encoded ``uri`` with ``uriBaseId: %SRCROOT%``: GitHub code scanning matches
    it against the repository. A path outside ``root`` becomes an absolute ``file:`` URI, and a
    source that is a URI (``s3://bucket/prefix``) is joined with the asset.
    """
    base = Path(root) if root is not None else Path.cwd()
    if source and _is_uri(source):
        return {"uri": source.rstrip("/") + "/" + quote(asset.lstrip("/"), safe="/")}
    a = Path(asset)
    if a.is_absolute():
        full = a
    elif source and (Path(source).is_dir() or (not Path(source).exists() and not Path(source).suffix)):
        full = Path(source) / asset  # asset relative to the scanned folder
    elif source and Path(source).is_file():
        full = Path(source)  # a single file: the source is its path, the asset its name (#sheet)
    else:
        full = a  # a single file scanned by an older ropa: the asset is the path as given
    full = full if full.is_absolute() else Path.cwd() / full
    try:
        rel = PurePosixPath(Path(_normpath(full)).relative_to(_normpath(base.resolve())).as_posix())
    except ValueError:
        return {"uri": Path(_normpath(full)).as_uri()}
    return {"uri": quote(str(rel), safe="/"), "uriBaseId": SRCROOT}


_DB_SCHEMES = {"postgresql", "postgres", "mysql", "mariadb", "sqlite", "duckdb", "md",
               "snowflake", "bigquery", "mssql", "oracle", "clickhouse", "trino"}
_DB_SUFFIXES = {".duckdb", ".ddb", ".db", ".sqlite", ".sqlite3"}
_FILE_SUFFIXES = {".csv", ".tsv", ".txt", ".json", ".jsonl", ".ndjson", ".parquet", ".xlsx",
                  ".xls", ".ods", ".xml", ".yaml", ".yml", ".md", ".log", ".pdf", ".docx", ".eml"}


def guess_asset_kind(source: str | None, asset: str) -> str:
    """``table`` or ``file`` when a violation does not say (``asset_kind`` missing).

    A folder, a non-database file or an object-store URI holds files; a database file or a
    database URI holds tables. For a path that no longer exists, the asset's suffix decides.
    """
    if source and _is_uri(source):
        return "table" if urlsplit(source).scheme.lower().split("+")[0] in _DB_SCHEMES else "file"  # mysql+pymysql
    if source:
        src = Path(source)
        if src.is_dir():
            return "file"
        if src.is_file():
            return "table" if src.suffix.lower() in _DB_SUFFIXES else "file"
    return "file" if PurePosixPath(asset).suffix.lower() in _FILE_SUFFIXES else "table"


def _normpath(p: Path) -> str:
    return os.path.normpath(str(p.resolve() if p.exists() else p))


#: Spreadsheet files whose sheets are assets named ``book.xlsx#Sheet``.
_SHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}


def split_sheet(asset: str) -> tuple[str, str | None]:
    """``book.xlsx#Clients`` -> (``book.xlsx``, ``Clients``): the file a sheet lives in, so a
    SARIF URI names a file that exists (not ``book.xlsx%23Clients``)."""
    head, sep, sheet = asset.partition("#")
    if sep and PurePosixPath(head).suffix.lower() in _SHEET_SUFFIXES:
        return head, sheet
    return asset, None


def render_sarif(
    violations: Sequence[Mapping[str, Any]],
    *,
    fail_on: Iterable[str] | None = None,
    root: Path | str | None = None,
    suppressed: Sequence[Mapping[str, Any]] = (),
    tool_version: str | None = None,
    policies: Sequence[Path | str] = (),
) -> str:
    """SARIF 2.1.0: one rule per kind, one result per violation.

    Level ``error`` for kinds in ``fail_on``, ``warning`` for the rest. GitHub code scanning
    refuses a result without a physical location, so every result gets one that means something:

    - a file under ``root`` (the checkout): the file itself, line 1 (the header row of a table
      file, the start of a document; ropa locates columns, not lines); a spreadsheet's sheet
      points at its workbook, the sheet staying in the logical location;
    - a table (or a file outside the checkout, or an object-store file): the line of the policy
      file (``policies``) where the fix goes: the binding that assigns the asset to the subject,
      else the subject's declaration, else the ``bindings:`` list an unbound asset should join.

    The asset and column stay as logical locations. ``partialFingerprints`` hash kind, place
    and entity (source made relative to ``root``), so an alert keeps its identity across runs and
    machines. Baseline-acknowledged violations (``suppressed``) are included with an external,
    accepted suppression carrying the baseline's reason.
    """
    from flows.outputs.policy_lines import PolicyIndex

    failing = parse_fail_on(None) if fail_on is None else frozenset(fail_on)
    index_of_policy = PolicyIndex(policies)
    rules = [
        {
            "id": r.kind,
            "name": r.name,
            "shortDescription": {"text": r.short},
            "fullDescription": {"text": r.full},
            "help": {"text": r.full},
            "defaultConfiguration": {"level": "error"},
            "properties": {"tags": ["privacy", "gdpr", "personal-data"]},
        }
        for r in RULES.values()
    ]
    index = {r.kind: i for i, r in enumerate(RULES.values())}

    def result(v: Mapping[str, Any]) -> dict[str, Any]:
        return _sarif_result(v, failing, index, root, index_of_policy)

    results = [result(v) for v in sort_violations(violations)]
    for v in sort_violations(suppressed):
        res = result(v)
        res["suppressions"] = [{
            "kind": "external",
            "state": "accepted",
            "justification": str(v.get("baseline_reason") or "acknowledged in the ropa baseline"),
        }]
        results.append(res)
    log = {
        "$schema": SARIF_SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "ropa", "version": tool_version or _version(),
                                "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    return json.dumps(log, indent=2, ensure_ascii=False, default=_json_default) + "\n"


def _sarif_result(
    v: Mapping[str, Any], failing: frozenset[str], index: Mapping[str, int],
    root: Path | str | None, policies: Any = None,
) -> dict[str, Any]:
    kind = str(v.get("kind"))
    asset, col, source = str(v.get("asset")), column_of(v), v.get("source")
    what = " ".join(str(x) for x in (v.get("entity"), f"({v['category']})" if v.get("category")
                                     else None) if x)
    text = f"{_location(v)}: {what + ': ' if what else ''}{_detail(v)}"
    location: dict[str, Any] = {}
    asset_kind = v.get("asset_kind") or guess_asset_kind(source, asset)
    physical: dict[str, Any] | None = None
    if asset_kind in ("file", "document"):
        path, sheet = split_sheet(asset)
        loc = artifact_location(source, path, root)
        if "uriBaseId" in loc:  # a file inside the checkout: the alert sits on the file
            physical = {"artifactLocation": loc, "region": {"startLine": 1}}
        logical = [{"name": PurePosixPath(path).name, "fullyQualifiedName": path, "kind": "file"}]
        if sheet is not None:
            logical.append({"name": sheet, "fullyQualifiedName": asset, "kind": "sheet"})
        if col:
            logical.append({"name": col, "fullyQualifiedName": f"{asset}:{col}", "kind": "column"})
    else:
        logical = [{"name": asset, "fullyQualifiedName": asset, "kind": "table"}]
        if col:
            logical.append({"name": col, "fullyQualifiedName": f"{asset}.{col}", "kind": "column"})
    if physical is None and policies:
        where = policies.locate(v)
        if where is not None:
            policy_path, line = where
            physical = {"artifactLocation": artifact_location(None, str(policy_path), root),
                        "region": {"startLine": line}}
    if physical is None and asset_kind not in ("file", "document") and source \
            and not _is_uri(source) and Path(source).is_file():
        loc = artifact_location(None, source, root)
        if "uriBaseId" in loc:  # no policy given: a database file inside the checkout will do
            physical = {"artifactLocation": loc, "region": {"startLine": 1}}
    if physical is not None:
        location["physicalLocation"] = physical
    location["logicalLocations"] = logical
    props = {k: v[k] for k in ("asset_kind", "entity", "category", "subject", "policy",
                               "fideslang", "rows", "baseline_expired") if v.get(k) is not None}
    if source:
        props["source"] = stable_source(source, root)
    result: dict[str, Any] = {
        "ruleId": kind,
        "level": "error" if kind in failing else "warning",
        "message": {"text": text},
        "locations": [location],
        "partialFingerprints": {"ropaViolation/v2": fingerprint(v, root)},
        "properties": props,
    }
    if kind in index:
        result["ruleIndex"] = index[kind]
    return result


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("ropa")
    except Exception:  # not installed (run from the checkout)
        return "0.0.0+local"


# --------------------------------------------------------------------------------------------
# dispatch


def render_violations(
    violations: Sequence[Mapping[str, Any]],
    fmt: str = "text",
    *,
    scanned: Iterable[str | tuple[str, str] | Mapping[str, Any] | ScannedAsset] = (),
    assets: Iterable[str | tuple[str, str] | Mapping[str, Any] | ScannedAsset] = (),
    fail_on: str | Iterable[str] | None = None,
    root: Path | str | None = None,
    suppressed: Sequence[Mapping[str, Any]] = (),
    policies: Sequence[Path | str] = (),
    width: int | None = None,
) -> str:
    """``ropa check --format FMT``: one entry point for the CLI.

    ``fail_on`` may be the raw ``--fail-on`` string or a set of kinds. ``scanned`` (alias
    ``assets``) lists the assets the check covered, as names, ``(source, asset)`` pairs or catalog
    rows with a ``status``, so JUnit reports the clean asset x rule pairs too. ``root`` anchors
    SARIF file URIs (default: the working directory); ``suppressed`` are baseline-acknowledged
    violations (text counts them, SARIF lists them as suppressed); ``policies`` are the policy
    files, where SARIF places the results that have no file of their own (tables); ``width``
    wraps text for a terminal (``None``: one line per violation).
    """
    failing = parse_fail_on(fail_on) if (fail_on is None or isinstance(fail_on, str)) \
        else frozenset(fail_on)
    covered = [*scanned, *assets]
    # Names come from the wild: escaped for people and XML, \u-escaped in JSON (flows.outputs.escape).
    if fmt == "text":
        return render_text(printable_rows(violations), fail_on=failing, scanned=printable_rows(covered),
                           suppressed=printable_rows(suppressed), width=width)
    if fmt == "json":
        return json_safe(render_json(violations))
    if fmt == "junit":
        return render_junit(printable_rows(violations), scanned=printable_rows(covered), fail_on=failing)
    if fmt == "sarif":
        return json_safe(render_sarif(violations, fail_on=failing, root=root, suppressed=suppressed,
                                      policies=policies))
    raise FormatError(f"--format: unknown format {fmt!r}; use one of {', '.join(VIOLATION_FORMATS)}")


#: The name the CLI calls.
render = render_violations


# --------------------------------------------------------------------------------------------
# findings


def render_findings(findings: Sequence[Mapping[str, Any]], fmt: str = "table",
                    *, width: int = 100) -> str:
    """``ropa findings --format table|tsv|json``. Examples are already masked by the classifier.

    ``table`` is for a terminal ``width`` columns wide (long cells fold in their column); ``tsv``
    is one finding per line for pipes (what ``findings`` prints when stdout is not a terminal).
    """
    ordered = sorted(findings, key=lambda f: (str(f.get("asset") or ""), column_of(f) or "",
                                              -float(f.get("score") or 0.0)))
    if fmt == "json":
        return json_safe(json.dumps([dict(f) for f in ordered], indent=2, ensure_ascii=False,
                                    default=_json_default) + "\n")
    if fmt not in FINDINGS_FORMATS:
        raise FormatError(f"--format: unknown format {fmt!r}; use one of {', '.join(FINDINGS_FORMATS)}")
    from flows.outputs.terminal import rich_table, tsv

    columns = ["asset", "column", "entity", "category", "score", "matched", "examples (masked)"]
    rows = []
    for f in printable_rows(ordered):
        examples = list(f.get("examples") or [])
        rows.append([
            str(f.get("asset") or ""), column_of(f) or "-", str(f.get("entity") or "-"),
            str(f.get("category") or "-"), f"{float(f.get('score') or 0.0):.2f}",
            f"{f.get('matched', '?')}/{f.get('sampled', '?')}",
            ", ".join(str(e) for e in examples[:3]) + (" ..." if len(examples) > 3 else ""),
        ])
    if fmt == "tsv":
        return tsv(columns, rows)
    return rich_table(columns, rows, width=width, right={4, 5},
                      title=f"{len(ordered)} finding{'s' if len(ordered) != 1 else ''}")
