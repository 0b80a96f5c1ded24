"""Baselines: acknowledged violations stop failing the gate, exactly those, until they expire."""

from __future__ import annotations

import json
import textwrap
from datetime import date
from pathlib import Path

import jsonschema
import pytest

from flows.outputs.baseline import apply_baseline, load_baseline, parse_baseline, write_baseline
from flows.outputs.errors import EXIT_USAGE, BaselineError
from flows.outputs.formats import exit_code, parse_fail_on, render_sarif, render_text

TODAY = date(2026, 6, 1)
SCHEMAS = Path(__file__).parent / "schemas"


def V(kind: str, asset: str, column: str | None = None, entity: str | None = None,
      source: str = "warehouse.duckdb") -> dict:
    return {"kind": kind, "source": source, "asset": asset, "column": column, "entity": entity,
            "category": None, "subject": "customer", "rows": None, "detail": f"{kind} {asset}",
            "policy": None, "fideslang": None, "asset_kind": "table"}


VIOLATIONS = [
    V("undeclared", "main.customers", "iban", "IBAN_CODE"),
    V("undeclared", "main.customers", "email", "EMAIL_ADDRESS"),
    V("over_retained", "main.customers", "relationship_ended_at"),
    V("special_category", "main.tickets", "body", "HEALTH_DATA"),
    V("unbound", "main.prospects"),
]

BASELINE = """\
ropa_baseline: 1
entries:
  - kind: undeclared
    asset: main.customers
    column: iban
    entity: IBAN_CODE
    reason: "PRIV-142: IBANs move to the payments vault in Q3"
    expires: 2026-09-30
  - kind: unbound
    asset: main.prospects
    column: null
    entity: null
    reason: prospects table is being dropped (PRIV-150)
"""


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "baseline.yaml"
    p.write_text(textwrap.dedent(text), encoding="utf-8")
    return p


def test_a_baseline_suppresses_exactly_the_violations_it_lists(tmp_path) -> None:
    res = apply_baseline(VIOLATIONS, load_baseline(_write(tmp_path, BASELINE)), today=TODAY)
    assert sorted((v["asset"], v["kind"]) for v in res.suppressed) == [
        ("main.customers", "undeclared"), ("main.prospects", "unbound")]
    assert {v["column"] for v in res.suppressed} == {"iban", None}
    assert len(res.violations) == 3 and not res.expired and not res.unused
    iban = next(v for v in res.suppressed if v["column"] == "iban")
    assert iban["baseline_reason"].startswith("PRIV-142") and iban["baseline_expires"] == "2026-09-30"
    # the email column of the same table and kind is NOT covered by the iban entry
    assert any(v["column"] == "email" for v in res.violations)
    assert exit_code(res.violations, parse_fail_on("undeclared")) == 1
    assert exit_code(res.violations, parse_fail_on("unbound")) == 0


@pytest.mark.parametrize(
    ("violation", "suppressed"),
    [
        (V("undeclared", "main.customers", "iban", "IBAN_CODE"), True),
        (V("undeclared", "MAIN.Customers", "IBAN", "IBAN_CODE"), True),  # DuckDB folds case
        (V("undeclared", "main.customers", "iban", "IBAN_CODE", source="other.duckdb"), True),
        (V("special_category", "main.customers", "iban", "IBAN_CODE"), False),  # other kind
        (V("undeclared", "main.customers", "iban2", "IBAN_CODE"), False),  # other column
        (V("undeclared", "main.customers", "iban", "CREDIT_CARD"), False),  # other entity
        (V("undeclared", "main.customers", None, "IBAN_CODE"), False),  # asset-level
        (V("undeclared", "main.customers_archive", "iban", "IBAN_CODE"), False),  # no globbing
        (V("undeclared", "main.custom", "iban", "IBAN_CODE"), False),
    ],
)
def test_near_misses_are_not_suppressed(tmp_path, violation, suppressed) -> None:
    res = apply_baseline([violation], load_baseline(_write(tmp_path, BASELINE)), today=TODAY)
    assert (len(res.suppressed) == 1) is suppressed


def test_an_entry_with_a_source_matches_only_that_source(tmp_path) -> None:
    base = parse_baseline(BASELINE.replace("    expires: 2026-09-30\n",
                                           "    expires: 2026-09-30\n    source: warehouse.duckdb\n"))
    res = apply_baseline([V("undeclared", "main.customers", "iban", "IBAN_CODE"),
                          V("undeclared", "main.customers", "iban", "IBAN_CODE", "other.duckdb")],
                         base, today=TODAY)
    assert [v["source"] for v in res.suppressed] == ["warehouse.duckdb"]
    assert [v["source"] for v in res.violations] == ["other.duckdb"]


@pytest.mark.parametrize(("today", "expired"), [
    (date(2026, 9, 29), False), (date(2026, 9, 30), False),  # holds through its expiry day
    (date(2026, 10, 1), True), (date(2027, 1, 1), True)])
def test_an_expired_entry_fails_again_and_says_so(tmp_path, today, expired) -> None:
    res = apply_baseline(VIOLATIONS, load_baseline(_write(tmp_path, BASELINE)), today=today)
    iban = [v for v in res.violations if v["column"] == "iban"]
    assert bool(iban) is expired
    assert [e.column for e in res.expired] == (["iban"] if expired else [])
    if expired:
        assert iban[0]["baseline_expired"] == "2026-09-30"
        assert exit_code(res.violations, parse_fail_on("undeclared")) == 1
        assert "(baseline entry expired 2026-09-30)" in render_text(res.violations)


def test_entries_that_match_nothing_are_reported_unused(tmp_path) -> None:
    res = apply_baseline(VIOLATIONS[1:3], load_baseline(_write(tmp_path, BASELINE)), today=TODAY)
    assert sorted(e.asset for e in res.unused) == ["main.customers", "main.prospects"]
    assert not res.suppressed


INVALID = [
    ("missing reason", """\
        ropa_baseline: 1
        entries:
          - kind: undeclared
            asset: main.customers
            column: iban
            entity: IBAN_CODE
        """, 3, "entries[0].reason: required"),
    ("blank reason", """\
        ropa_baseline: 1
        entries:
          - kind: undeclared
            asset: main.customers
            column: iban
            entity: IBAN_CODE
            reason: "   "
        """, 7, "entries[0].reason: required"),
    ("unknown kind", """\
        ropa_baseline: 1
        entries:
          - kind: undeclard
            asset: main.customers
            reason: typo
        """, 3, "entries[0].kind: must be one of"),
    ("unknown key", """\
        ropa_baseline: 1
        entries:
          - kind: unbound
            asset: main.prospects
            reson: typo in the key
        """, 5, "entries[0].reson: unknown key"),
    ("bad date", """\
        ropa_baseline: 1
        entries:
          - kind: unbound
            asset: main.prospects
            reason: r
            expires: next year
        """, 6, "entries[0].expires: must be a date"),
    ("no version", """\
        entries: []
        """, 1, "ropa_baseline: required: expected `ropa_baseline: 1`"),
    ("duplicate", """\
        ropa_baseline: 1
        entries:
          - {kind: unbound, asset: main.prospects, reason: a}
          - {kind: unbound, asset: MAIN.prospects, reason: b}
        """, 4, "duplicates the entry at line 3"),
    ("not a list", """\
        ropa_baseline: 1
        entries: {kind: unbound}
        """, 2, "entries: must be a list"),
    ("bad yaml", """\
        ropa_baseline: 1
        entries:
          - kind: unbound
           asset: [
        """, None, "fix the YAML syntax"),
]


@pytest.mark.parametrize(("text", "line", "message"), [i[1:] for i in INVALID],
                         ids=[i[0] for i in INVALID])
def test_an_invalid_baseline_is_refused_with_file_line_and_field(tmp_path, text, line,
                                                                 message) -> None:
    p = _write(tmp_path, text)
    with pytest.raises(BaselineError) as e:
        load_baseline(p)
    assert e.value.exit_code == EXIT_USAGE
    msg = str(e.value)
    assert msg.startswith(f"{p}:")
    if line is not None:
        assert msg.startswith(f"{p}:{line}: ")
    assert message in msg


def test_a_missing_baseline_file_is_a_usage_error(tmp_path) -> None:
    with pytest.raises(BaselineError, match="no such baseline file"):
        load_baseline(tmp_path / "nope.yaml")


def test_write_baseline_round_trips_and_requires_a_reason(tmp_path) -> None:
    p = tmp_path / "ropa-baseline.yaml"
    with pytest.raises(BaselineError, match="--reason"):
        write_baseline(VIOLATIONS, p, reason=" ")
    assert not p.exists()
    written = write_baseline(VIOLATIONS + VIOLATIONS[:1], p, reason="accepted at adoption (PRIV-1)",
                             expires=date(2026, 12, 31))
    assert len(written.entries) == len(VIOLATIONS)  # one entry per distinct violation
    res = apply_baseline(VIOLATIONS, load_baseline(p), today=TODAY)
    assert not res.violations and len(res.suppressed) == len(VIOLATIONS)
    assert {v["baseline_reason"] for v in res.suppressed} == {"accepted at adoption (PRIV-1)"}
    new = V("undeclared", "main.orders", "card", "CREDIT_CARD")
    assert apply_baseline(VIOLATIONS + [new], load_baseline(p), today=TODAY).violations == [new]


def test_rewriting_keeps_curated_reasons_and_drops_fixed_violations(tmp_path) -> None:
    p = _write(tmp_path, BASELINE)
    write_baseline(VIOLATIONS[:2], p, reason="second pass")
    entries = {(e.column, e.kind): e for e in load_baseline(p).entries}
    assert set(entries) == {("iban", "undeclared"), ("email", "undeclared")}
    assert entries[("iban", "undeclared")].reason.startswith("PRIV-142")  # kept
    assert entries[("iban", "undeclared")].expires == date(2026, 9, 30)
    assert entries[("email", "undeclared")].reason == "second pass"


def test_suppressed_violations_appear_in_sarif_as_accepted_suppressions(tmp_path,
                                                                        monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    res = apply_baseline(VIOLATIONS, load_baseline(_write(tmp_path, BASELINE)), today=TODAY)
    log = json.loads(render_sarif(res.violations, suppressed=res.suppressed, root=tmp_path))
    schema = json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(schema).validate(log)
    sup = [r for r in log["runs"][0]["results"] if "suppressions" in r]
    assert len(sup) == 2
    assert {s["suppressions"][0]["justification"] for s in sup} == {
        "PRIV-142: IBANs move to the payments vault in Q3",
        "prospects table is being dropped (PRIV-150)"}
    assert "2 acknowledged in the baseline" in render_text(res.violations,
                                                           suppressed=res.suppressed)


def test_the_result_unpacks_and_explains_itself(tmp_path) -> None:
    res = apply_baseline(VIOLATIONS[1:], load_baseline(_write(tmp_path, BASELINE)),
                         today=date(2026, 10, 1))
    violations, suppressed = res  # the CLI's shape
    assert violations is res.violations and suppressed is res.suppressed
    notes = res.notes()
    assert notes[0] == "baseline entry expired 2026-09-30: main.customers:iban undeclared IBAN_CODE (line 3)"
    assert len(notes) == 1  # the expired entry is not listed again as unused


def test_scan_errors_are_never_written_to_a_baseline(tmp_path) -> None:
    error = {"kind": "error", "source": "w.duckdb", "asset": "main.legacy", "column": None,
             "entity": None, "detail": "asset could not be scanned: timeout"}
    written = write_baseline(VIOLATIONS + [error], tmp_path / "b.yaml", reason="adoption")
    assert {e.kind for e in written.entries} == {"undeclared", "over_retained",
                                                 "special_category", "unbound"}
    res = apply_baseline([error], load_baseline(tmp_path / "b.yaml"), today=TODAY)
    assert res.violations == [error] and exit_code(res.violations) == 1


def test_a_written_baseline_has_no_yaml_anchors(tmp_path) -> None:
    from datetime import date as _date

    from flows.outputs.baseline import load_baseline, write_baseline

    rows = [{"kind": "undeclared", "source": "w", "asset": f"main.t{i}", "column": "iban",
             "entity": "IBAN_CODE"} for i in range(3)]
    out = tmp_path / "b.yaml"
    write_baseline(rows, out, reason="known", expires=_date(2030, 1, 1))
    text = out.read_text()
    assert "&id" not in text and "*id" not in text and text.count("2030-01-01") == 3
    assert len(load_baseline(out).entries) == 3
