"""Acknowledged violations: ``ropa check --baseline FILE`` and ``ropa baseline``.

A team adopting ropa on an existing warehouse finds violations it cannot fix in one day. A
baseline lists the ones it knowingly accepts, each with a *reason* (required: an acknowledgement
nobody can explain is a silenced alarm) and an optional *expiry date*, after which the violation
fails the gate again and is reported as an expired acknowledgement. New violations still fail at
once: that is what makes a baseline safer than ``--fail-on none``.

```yaml
ropa_baseline: 1
entries:
  - kind: undeclared          # undeclared | special_category | over_retained | unbound
    asset: main.customers     # schema.table, or the file path as the scan reports it
    column: iban              # null for asset-level violations
    entity: IBAN_CODE         # null when the violation names no entity
    reason: "PRIV-142: IBANs move to the payments vault in Q3"
    expires: 2026-09-30       # optional; the entry holds through that day
    source: warehouse.duckdb  # optional; narrows the match to one source
```

An entry matches a violation when ``kind``, ``asset``, ``column`` and ``entity`` are equal (asset
and column compared case-insensitively, as DuckDB folds identifiers), and ``source`` too when the
entry names one. It matches exactly those violations, nothing broader: no globs.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence

import yaml

from flows.outputs.errors import BaselineError
from flows.outputs.formats import KINDS, column_of

BASELINE_VERSION = 1
_FIELDS = ("kind", "asset", "column", "entity", "reason", "expires", "source")


@dataclass(frozen=True)
class BaselineEntry:
    """One acknowledged violation. ``line`` is where it sits in its file, for messages."""

    kind: str
    asset: str
    column: str | None
    entity: str | None
    reason: str
    expires: date | None = None
    source: str | None = None
    line: int | None = None

    def key(self) -> tuple[str, str, str | None, str | None]:
        return (self.kind, self.asset.casefold(),
                self.column.casefold() if self.column else None, self.entity or None)

    def matches(self, v: Mapping[str, Any]) -> bool:
        if violation_key(v) != self.key():
            return False
        return self.source is None or v.get("source") == self.source

    def expired(self, today: date) -> bool:
        return self.expires is not None and today > self.expires

    def describe(self) -> str:
        where = f"{self.asset}:{self.column}" if self.column else self.asset
        return f"{where} {self.kind}{' ' + self.entity if self.entity else ''}"


@dataclass(frozen=True)
class Baseline:
    entries: tuple[BaselineEntry, ...]
    path: Path | None = None


@dataclass
class BaselineResult:
    """What a baseline did to one run of ``ropa check``.

    ``violations`` are still reported: unmatched ones, and those matched only by an expired entry
    (annotated ``baseline_expired``). ``suppressed`` matched a live entry (annotated
    ``baseline_reason``/``baseline_expires``). ``expired`` lists the entries past their date,
    ``unused`` those that matched nothing (the violation is gone: prune the entry).
    """

    violations: list[dict[str, Any]] = field(default_factory=list)
    suppressed: list[dict[str, Any]] = field(default_factory=list)
    expired: list[BaselineEntry] = field(default_factory=list)
    unused: list[BaselineEntry] = field(default_factory=list)

    def __iter__(self) -> Iterator[list[Any]]:
        """``violations, suppressed = apply_baseline(...)`` for callers that need only those."""
        return iter((self.violations, self.suppressed))

    def notes(self) -> list[str]:
        """One line each for the expired and the unused entries, for the CLI's stderr."""
        return ([f"baseline entry expired {e.expires}: {e.describe()} (line {e.line})"
                 for e in self.expired]
                + [f"baseline entry matches nothing, prune it: {e.describe()} (line {e.line})"
                   for e in self.unused if e not in self.expired])


def violation_key(v: Mapping[str, Any]) -> tuple[str, str, str | None, str | None]:
    col = column_of(v)
    return (str(v.get("kind")), str(v.get("asset")).casefold(),
            col.casefold() if col else None, v.get("entity") or None)


# --------------------------------------------------------------------------------------------
# reading


def load_baseline(path: str | Path) -> Baseline:
    """Read and validate a baseline file; every problem is a ``BaselineError`` naming file:line."""
    p = Path(path)
    if p.exists() and not p.is_file():   # a pipe would block, a device never end
        raise BaselineError(f"{p}: not a regular file (a folder, pipe or device): give the path of a baseline YAML")
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BaselineError(
            f"{p}: no such baseline file; write one with `ropa baseline --reason ...` "
            "or drop --baseline"
        ) from None
    except UnicodeDecodeError:
        raise BaselineError(f"{p}: not UTF-8 text; save the baseline as UTF-8") from None
    return parse_baseline(text, p)


def parse_baseline(text: str, path: Path | None = None) -> Baseline:
    """Validate baseline YAML ``text``; ``path`` only names the file in messages."""
    name = str(path) if path else "<baseline>"
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(e, "problem", None) or "invalid YAML"
        raise BaselineError(f"{name}{line}: {problem}; fix the YAML syntax") from None

    def fail(line: int | None, fld: str, msg: str) -> BaselineError:
        return BaselineError(f"{name}:{line or 1}: {fld}: {msg}")

    if not isinstance(data, dict):
        raise fail(1, "ropa_baseline", "the file must be a mapping with `ropa_baseline: 1` "
                                       "and `entries:`")
    if "ropa_baseline" not in data:
        raise fail(1, "ropa_baseline", f"required: expected `ropa_baseline: {BASELINE_VERSION}` "
                                       "as the first key; is this a ropa baseline file?")
    if data["ropa_baseline"] != BASELINE_VERSION:
        raise fail(_key_line(root, "ropa_baseline"), "ropa_baseline",
                   f"expected `ropa_baseline: {BASELINE_VERSION}` (got "
                   f"{data['ropa_baseline']!r}); a newer ropa may have written this file")
    extra = sorted(set(data) - {"ropa_baseline", "entries"})
    if extra:
        raise fail(_key_line(root, extra[0]), extra[0], "unknown key; a baseline holds only "
                                                        "`ropa_baseline` and `entries`")
    items = data.get("entries") or []
    if not isinstance(items, list):
        raise fail(_key_line(root, "entries"), "entries", "must be a list of entries")
    item_nodes = _value_node(root, "entries")
    nodes = item_nodes.value if isinstance(item_nodes, yaml.SequenceNode) else []
    entries: list[BaselineEntry] = []
    seen: dict[tuple[Any, ...], BaselineEntry] = {}
    for i, item in enumerate(items):
        node = nodes[i] if i < len(nodes) else None
        line = node.start_mark.line + 1 if node is not None else None
        where = f"entries[{i}]"
        if not isinstance(item, dict):
            raise fail(line, where, "each entry is a mapping (kind, asset, column, entity, reason)")
        for k in item:
            if k not in _FIELDS:
                raise fail(_key_line(node, k) or line, f"{where}.{k}",
                           f"unknown key; allowed: {', '.join(_FIELDS)}")
        kind = item.get("kind")
        if kind not in KINDS:
            raise fail(_key_line(node, "kind") or line, f"{where}.kind",
                       f"must be one of {', '.join(KINDS)} (got {kind!r})")
        asset = item.get("asset")
        if not isinstance(asset, str) or not asset.strip():
            raise fail(_key_line(node, "asset") or line, f"{where}.asset",
                       "required: the asset (schema.table or file path) the violation is on")
        reason = item.get("reason")
        if not isinstance(reason, str) or not reason.strip():
            raise fail(_key_line(node, "reason") or line, f"{where}.reason",
                       "required: say why this violation is accepted (a ticket, a decision), "
                       "e.g. `reason: \"PRIV-142: moving to the vault in Q3\"`")
        for opt in ("column", "entity", "source"):
            if item.get(opt) is not None and not isinstance(item.get(opt), str):
                raise fail(_key_line(node, opt) or line, f"{where}.{opt}",
                           "must be a string or null")
        expires = item.get("expires")
        if isinstance(expires, datetime):
            expires = expires.date()
        if isinstance(expires, str):
            try:
                expires = date.fromisoformat(expires)
            except ValueError:
                expires = False
        if expires is not None and (not isinstance(expires, date) or isinstance(expires, bool)):
            raise fail(_key_line(node, "expires") or line, f"{where}.expires",
                       "must be a date written YYYY-MM-DD")
        entry = BaselineEntry(
            kind=kind, asset=asset.strip(), column=item.get("column") or None,
            entity=item.get("entity") or None, reason=reason.strip(), expires=expires,
            source=item.get("source") or None, line=line,
        )
        dup_key = (*entry.key(), entry.source)
        if dup_key in seen:
            raise fail(line, where, f"duplicates the entry at line {seen[dup_key].line}; "
                                    "keep one")
        seen[dup_key] = entry
        entries.append(entry)
    return Baseline(tuple(entries), path)


def _value_node(mapping: Any, key: str) -> Any:
    if isinstance(mapping, yaml.MappingNode):
        for k, v in mapping.value:
            if getattr(k, "value", None) == key:
                return v
    return None


def _key_line(mapping: Any, key: str) -> int | None:
    if isinstance(mapping, yaml.MappingNode):
        for k, _ in mapping.value:
            if getattr(k, "value", None) == key:
                return k.start_mark.line + 1
    return None


# --------------------------------------------------------------------------------------------
# applying


def apply_baseline(
    violations: Iterable[Mapping[str, Any]], baseline: Baseline, *, today: date | None = None
) -> BaselineResult:
    """Split ``violations`` into still-reported and acknowledged, per the rules in the docstring."""
    today = today or date.today()
    result = BaselineResult()
    used: set[int] = set()
    for v in violations:
        live = [(i, e) for i, e in enumerate(baseline.entries) if e.matches(v)]
        used.update(i for i, _ in live)
        current = [e for _, e in live if not e.expired(today)]
        if current:
            e = current[0]
            d = dict(v)
            d["baseline_reason"] = e.reason
            if e.expires:
                d["baseline_expires"] = e.expires.isoformat()
            result.suppressed.append(d)
        elif live:
            e = live[0][1]
            d = dict(v)
            d["baseline_expired"] = e.expires.isoformat() if e.expires else None
            d["baseline_reason"] = e.reason
            result.violations.append(d)
        else:
            result.violations.append(dict(v))
    result.expired = [e for e in baseline.entries if e.expired(today)]
    result.unused = [e for i, e in enumerate(baseline.entries) if i not in used]
    return result


# --------------------------------------------------------------------------------------------
# writing


def write_baseline(
    violations: Sequence[Mapping[str, Any]],
    path: str | Path,
    reason: str,
    *,
    expires: date | None = None,
    keep_existing: bool = True,
) -> Baseline:
    """``ropa baseline``: acknowledge every current violation in ``path``.

    ``reason`` applies to the new entries. Scan errors (kind ``error``) are not written: an
    unreadable asset is fixed, not acknowledged. When ``path`` already holds a valid baseline and
    ``keep_existing`` is true, entries for violations still present keep their own reason and
    expiry (re-running does not erase curated reasons); entries for violations that are gone are
    dropped. An invalid existing file is an error rather than silently overwritten.
    """
    if not isinstance(reason, str) or not reason.strip():
        raise BaselineError("--reason: required: say why these violations are accepted "
                            "(a ticket, a decision); it is written into every new entry")
    p = Path(path)
    old: dict[tuple[Any, ...], BaselineEntry] = {}
    if keep_existing and p.exists():
        old = {e.key(): e for e in load_baseline(p).entries if e.source is None}
    entries: dict[tuple[Any, ...], BaselineEntry] = {}
    for v in violations:
        if v.get("kind") not in KINDS:  # a scan error is fixed, not acknowledged
            continue
        k = violation_key(v)
        if k in entries:
            continue
        if k in old:
            entries[k] = replace(old[k], line=None)
        else:
            entries[k] = BaselineEntry(
                kind=str(v.get("kind")), asset=str(v.get("asset")), column=column_of(v),
                entity=v.get("entity") or None, reason=reason.strip(), expires=expires,
            )
    ordered = sorted(entries.values(), key=lambda e: (e.asset, e.column or "", KINDS.index(e.kind)
                                                       if e.kind in KINDS else 99, e.entity or ""))
    doc = {
        "ropa_baseline": BASELINE_VERSION,
        "entries": [
            {k: val for k, val in (("kind", e.kind), ("asset", e.asset), ("column", e.column),
                                   ("entity", e.entity), ("reason", e.reason),
                                   ("expires", e.expires)) if k != "expires" or val is not None}
            for e in ordered
        ],
    }
    header = (
        "# ropa baseline: violations this team knowingly accepts, each with its reason.\n"
        "# `ropa check --baseline FILE` stops failing on exactly these; an entry past its\n"
        "# `expires` date fails again. Written by `ropa baseline`; edit reasons freely.\n"
    )
    p.write_text(header + yaml.dump(doc, Dumper=_PlainDumper, sort_keys=False, allow_unicode=True,
                                    default_flow_style=False), encoding="utf-8")
    return Baseline(tuple(ordered), p)


class _PlainDumper(yaml.SafeDumper):
    """Writes a shared value (one ``expires`` date on every entry) in full each time: a person
    edits this file, and ``&id001`` / ``*id001`` anchors would tie entries together."""

    def ignore_aliases(self, data: object) -> bool:
        return True
