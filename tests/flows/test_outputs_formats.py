"""ropa check's renderers: text, json, JUnit XML and SARIF 2.1.0, and the exit-code rule.

JUnit and SARIF are validated against their published schemas, vendored in ``schemas/`` (see
SOURCES.md); a control test shows each validator rejects a broken document, so a pass means
something.
"""

from __future__ import annotations

import copy
import json
import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path
from urllib.parse import unquote

import jsonschema
import pytest
import xmlschema

from flows.outputs import views
from flows.outputs.errors import EXIT_USAGE, FormatError, OutputError
from flows.outputs.formats import (
    FAIL_KINDS,
    KINDS,
    ScannedAsset,
    artifact_location,
    exit_code,
    guess_asset_kind,
    parse_fail_on,
    render_findings,
    render_json,
    render_junit,
    render_sarif,
    render_text,
    render_violations,
)
from flows.outputs.sample_catalog import build_sample_catalog

SCHEMAS = Path(__file__).parent / "schemas"


@pytest.fixture(scope="module")
def junit_schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(SCHEMAS / "JUnit.xsd"))


@pytest.fixture(scope="module")
def sarif_validator() -> jsonschema.Draft7Validator:
    schema = json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)


def V(kind: str, asset: str, column: str | None = None, entity: str | None = None,
      category: str | None = None, *, source: str = "warehouse.duckdb", asset_kind: str = "table",
      rows: int | None = None, detail: str = "") -> dict:
    return {"kind": kind, "source": source, "asset": asset, "column": column, "entity": entity,
            "category": category, "subject": "customer", "rows": rows,
            "detail": detail or f"{kind} on {asset}", "policy": "policies/acme.yaml",
            "fideslang": None, "asset_kind": asset_kind}


VIOLATIONS = [
    V("undeclared", "main.customers", "iban", "IBAN_CODE", "financial.bank_account",
      detail="IBAN in 180 of 200 sampled values"),
    V("over_retained", "main.customers", "relationship_ended_at", rows=1257,
      detail="1257 rows ended more than 5 years ago"),
    V("special_category", "main.tickets", "body", "HEALTH_DATA", "special.health"),
    V("unbound", "main.prospects"),
    V("undeclared", "users.csv", "bsn", "NL_BSN", "government_id.national_id",
      source="fixtures", asset_kind="file"),
    V("undeclared", "contracts/offer.txt", None, "FR_NIR", "government_id.national_id",
      source="fixtures", asset_kind="document"),
]
SCANNED = [
    ScannedAsset("main.customers", "warehouse.duckdb", "table"),
    ScannedAsset("main.tickets", "warehouse.duckdb", "table"),
    ScannedAsset("main.prospects", "warehouse.duckdb", "table"),
    ScannedAsset("main.orders", "warehouse.duckdb", "table"),  # clean
    ScannedAsset("main.audit_log", "warehouse.duckdb", "table", status="skipped", carried=4),
    ScannedAsset("main.legacy", "warehouse.duckdb", "table", status="error",
                 error="permission denied for table; grant SELECT to the scanning role"),
    ScannedAsset("users.csv", "fixtures", "file"),
    ScannedAsset("contracts/offer.txt", "fixtures", "document"),
]


# ------------------------------------------------------------------------------ exit codes


@pytest.mark.parametrize(
    ("kinds", "fail_on", "expected"),
    [
        ([], None, 0),
        (["undeclared"], None, 1),
        (["over_retained"], None, 1),
        (["over_retained"], "undeclared", 0),
        (["over_retained", "undeclared"], "undeclared", 1),
        (["unbound"], "undeclared,special_category", 0),
        (["special_category"], "undeclared, special_category", 1),
        (["undeclared"], "none", 0),
        (["unbound"], "all", 1),
        (["unbound"], "", 1),
        (["error"], None, 1),  # an unreadable asset fails by default...
        (["error"], "undeclared", 0),  # ...unless --fail-on leaves it out
        (["error", "unbound"], "error", 1),
    ],
)
def test_exit_code_follows_fail_on(kinds: list[str], fail_on: str | None, expected: int) -> None:
    violations = [V(k, "main.t", "c") for k in kinds]
    assert exit_code(violations, parse_fail_on(fail_on)) == expected


@pytest.mark.parametrize("bad", ["undeclard", "undeclared,retention", "ALL", "warn"])
def test_unknown_fail_on_kind_is_a_usage_error(bad: str) -> None:
    with pytest.raises(FormatError) as e:
        parse_fail_on(bad)
    assert isinstance(e.value, OutputError) and e.value.exit_code == EXIT_USAGE
    assert "undeclared" in str(e.value)  # the message lists what is allowed


def test_unknown_format_is_a_usage_error() -> None:
    with pytest.raises(FormatError, match="--format"):
        render_violations(VIOLATIONS, "xml")
    with pytest.raises(FormatError, match="--format"):
        render_findings([], "csv")


# ------------------------------------------------------------------------------ text and json


def test_text_groups_by_asset_like_a_linter() -> None:
    out = render_text(VIOLATIONS, fail_on=parse_fail_on(None), scanned=SCANNED)
    lines = out.splitlines()
    # each asset is a header followed by its indented violations
    assert lines[0] == "contracts/offer.txt"
    iban = next(line for line in lines if "main.customers:iban" in line)
    assert iban.startswith("  main.customers:iban")
    assert iban.split()[1:4] == ["UNDECLARED", "IBAN_CODE", "financial.bank_account"]
    assert iban.endswith("IBAN in 180 of 200 sampled values")
    unbound = next(line for line in lines if line.startswith("  main.prospects"))
    assert unbound.split()[1:4] == ["UNBOUND", "-", "-"]  # asset-level: no column, no entity
    headers = [line for line in lines if line and not line.startswith(" ")][:-1]
    assert headers == sorted(headers) and len(headers) == len({v["asset"] for v in VIOLATIONS})
    assert lines[-1] == ("6 violations in 5 assets of 8 checked (3 undeclared, 1 special_category, "
                         "1 over_retained, 1 unbound).")


def test_text_marks_kinds_outside_fail_on_as_warnings() -> None:
    out = render_text(VIOLATIONS, fail_on=parse_fail_on("undeclared,special_category"))
    assert "OVER_RETAINED (warning)" in out and "UNBOUND (warning)" in out
    assert "UNDECLARED (warning)" not in out
    assert out.rstrip().endswith("; 2 only warn (not in --fail-on).")


def test_text_when_clean() -> None:
    assert render_text([], scanned=SCANNED).strip() == "No violations in 8 checked assets."


def test_json_is_the_violation_list_in_report_order() -> None:
    rows = [dict(v, column_name=v.pop("column")) for v in copy.deepcopy(VIOLATIONS)]  # view spelling
    data = json.loads(render_json(rows))
    assert len(data) == len(VIOLATIONS)
    assert [d["asset"] for d in data] == sorted(d["asset"] for d in data)
    assert all("column" in d and "column_name" not in d for d in data)
    iban = next(d for d in data if d["entity"] == "IBAN_CODE")
    assert iban["column"] == "iban" and iban["category"] == "financial.bank_account"


# ------------------------------------------------------------------------------ JUnit


@pytest.mark.parametrize("fail_on", [None, "undeclared", "none"])
@pytest.mark.parametrize("violations", [VIOLATIONS, []], ids=["violations", "clean"])
@pytest.mark.parametrize("scanned", [SCANNED, []], ids=["scanned", "no-scanned"])
def test_junit_validates_against_the_ant_schema(junit_schema, fail_on, violations, scanned) -> None:
    xml = render_violations(violations, "junit", scanned=scanned, fail_on=fail_on)
    junit_schema.validate(xml)


def test_junit_has_a_case_per_asset_and_rule(junit_schema) -> None:
    xml = render_junit(VIOLATIONS, scanned=SCANNED, fail_on=parse_fail_on(None),
                       timestamp=datetime(2026, 6, 1, 6, 0), hostname="ci-runner")
    junit_schema.validate(xml)
    root = ET.fromstring(xml)
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert list(suites) == ["scan", *KINDS]
    n_assets = len(SCANNED)
    for kind in KINDS:
        s = suites[kind]
        cases = {c.get("name"): c for c in s.findall("testcase")}
        assert len(cases) == n_assets and int(s.get("tests")) == n_assets
        failing = {v["asset"] for v in VIOLATIONS if v["kind"] == kind}
        assert {n for n, c in cases.items() if c.find("failure") is not None} == failing
        assert int(s.get("failures")) == len(failing)
        # the unreadable asset is skipped (nothing checked), and so is the asset skipped as
        # unchanged, saying how many findings it carried forward; clean pairs pass
        assert {n for n, c in cases.items() if c.find("skipped") is not None} == {"main.legacy", "main.audit_log"}
        assert cases["main.audit_log"].find("skipped").get("message") == (
            "unchanged since the last scan, not read again: 4 findings carried forward")
        assert cases["main.orders"].find("*") is None  # clean pair: a passing test case
    failure = suites["undeclared"].find("testcase[@name='main.customers']/failure")
    assert failure.get("type") == "undeclared"
    assert failure.get("message") == "1 undeclared violation: iban (IBAN_CODE)"
    assert "main.customers:iban" in failure.text
    scan = {c.get("name"): c for c in suites["scan"].findall("testcase")}
    assert scan["main.legacy"].find("error").get("message").startswith("permission denied")
    assert "4 findings carried forward" in scan["main.audit_log"].find("skipped").get("message")
    assert suites["scan"].get("errors") == "1" and suites["scan"].get("skipped") == "1"


def test_junit_an_unchanged_asset_with_a_carried_violation_still_fails(junit_schema) -> None:
    """Not reading a file again does not make it compliant: its carried violation fails the case."""
    scanned = [ScannedAsset("main.customers", "warehouse.duckdb", "table", status="skipped", carried=1),
               ScannedAsset("main.orders", "warehouse.duckdb", "table", status="skipped", carried=0)]
    xml = render_junit([V("undeclared", "main.customers", "iban", "IBAN_CODE", "financial.bank_account")],
                       scanned=scanned)
    junit_schema.validate(xml)
    und = {c.get("name"): c for c in ET.fromstring(xml).find("testsuite[@name='undeclared']").findall("testcase")}
    assert und["main.customers"].find("failure") is not None and und["main.customers"].find("skipped") is None
    assert und["main.orders"].find("skipped").get("message").endswith("0 findings carried forward")
    scan = {c.get("name"): c for c in ET.fromstring(xml).find("testsuite[@name='scan']").findall("testcase")}
    assert scan["main.customers"].find("skipped").get("message").endswith(": 1 finding carried forward")


def test_junit_kinds_outside_fail_on_pass_with_a_warning(junit_schema) -> None:
    xml = render_junit(VIOLATIONS, scanned=SCANNED, fail_on=parse_fail_on("undeclared"))
    root = ET.fromstring(xml)
    over = root.find("testsuite[@name='over_retained']")
    assert over.get("failures") == "0"
    assert "warning: main.customers:relationship_ended_at" in over.find("system-out").text
    assert root.find("testsuite[@name='undeclared']").get("failures") == "3"


def test_junit_validator_rejects_a_broken_report(junit_schema) -> None:
    root = ET.fromstring(render_junit(VIOLATIONS, scanned=SCANNED))
    del root.find("testsuite").attrib["hostname"]
    assert not junit_schema.is_valid(ET.tostring(root, encoding="unicode"))


# ------------------------------------------------------------------------------ SARIF


@pytest.mark.parametrize("fail_on", [None, "undeclared", "none"])
@pytest.mark.parametrize("violations", [VIOLATIONS, []], ids=["violations", "clean"])
def test_sarif_validates_against_the_2_1_0_schema(sarif_validator, fail_on, violations, tmp_path,
                                                  monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    log = json.loads(render_violations(violations, "sarif", fail_on=fail_on, root=tmp_path))
    errors = sorted(sarif_validator.iter_errors(log), key=str)
    assert not errors, errors[0].message


def test_sarif_rules_levels_and_locations(sarif_validator, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "fixtures" / "contracts").mkdir(parents=True)
    log = json.loads(render_sarif(VIOLATIONS, fail_on=parse_fail_on("undeclared,special_category"),
                                  root=tmp_path))
    sarif_validator.validate(log)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == list(FAIL_KINDS)  # four rules and "asset not scanned"
    results = run["results"]
    assert len(results) == len(VIOLATIONS)
    for r in results:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        assert r["level"] == ("error" if r["ruleId"] in ("undeclared", "special_category")
                              else "warning")
    csv = next(r for r in results if r["properties"].get("entity") == "NL_BSN")
    phys = csv["locations"][0]["physicalLocation"]
    # relative to the checkout, as GitHub code scanning needs, on the header line
    assert phys["artifactLocation"] == {"uri": "fixtures/users.csv", "uriBaseId": "%SRCROOT%"}
    assert phys["region"] == {"startLine": 1}
    doc = next(r for r in results if r["properties"].get("entity") == "FR_NIR")
    assert doc["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == \
        "fixtures/contracts/offer.txt"
    table = next(r for r in results if r["properties"].get("entity") == "IBAN_CODE")
    assert "physicalLocation" not in table["locations"][0]  # no policy given, no file in the repo
    assert table["locations"][0]["logicalLocations"] == [
        {"name": "main.customers", "fullyQualifiedName": "main.customers", "kind": "table"},
        {"name": "iban", "fullyQualifiedName": "main.customers.iban", "kind": "column"}]
    fps = [r["partialFingerprints"]["ropaViolation/v2"] for r in results]
    assert len(set(fps)) == len(fps)


@pytest.mark.parametrize(
    ("source", "asset", "expected_uri", "base"),
    [
        ("fixtures", "users.csv", "fixtures/users.csv", "%SRCROOT%"),
        ("fixtures", "données clients/été 2024.csv",
         "fixtures/donn%C3%A9es%20clients/%C3%A9t%C3%A9%202024.csv", "%SRCROOT%"),
        ("fixtures", "a#b?.csv", "fixtures/a%23b%3F.csv", "%SRCROOT%"),
        ("data/users.csv", "data/users.csv", "data/users.csv", "%SRCROOT%"),  # a single file
        ("s3://bucket/exports", "2024/users.csv", "s3://bucket/exports/2024/users.csv", None),
    ],
)
def test_artifact_uris_are_relative_and_encoded(source, asset, expected_uri, base, tmp_path,
                                                monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "fixtures").mkdir()
    loc = artifact_location(source, asset, tmp_path)
    assert loc["uri"] == expected_uri
    assert loc.get("uriBaseId") == base
    if base:
        assert unquote(loc["uri"]).endswith(asset)


def test_a_file_outside_the_root_gets_an_absolute_file_uri(tmp_path, monkeypatch) -> None:
    inside, outside = tmp_path / "repo", tmp_path / "elsewhere"
    inside.mkdir()
    outside.mkdir()
    monkeypatch.chdir(inside)
    loc = artifact_location(str(outside), "users.csv", inside)
    assert loc == {"uri": (outside / "users.csv").as_uri()}


def test_a_database_file_in_the_checkout_is_the_tables_physical_location(tmp_path,
                                                                         monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "warehouse.duckdb").write_bytes(b"")
    log = json.loads(render_sarif(VIOLATIONS[:1], root=tmp_path))
    loc = log["runs"][0]["results"][0]["locations"][0]
    assert loc["physicalLocation"]["artifactLocation"] == {"uri": "warehouse.duckdb",
                                                           "uriBaseId": "%SRCROOT%"}


def test_sarif_validator_rejects_a_broken_log(sarif_validator, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    log = json.loads(render_sarif(VIOLATIONS, root=tmp_path))
    del log["runs"][0]["results"][0]["message"]
    assert not sarif_validator.is_valid(log)
    log = json.loads(render_sarif(VIOLATIONS, root=tmp_path))
    log["runs"][0]["results"][0]["level"] = "fatal"
    assert not sarif_validator.is_valid(log)


# ------------------------------------------------------------------------------ the catalog


def test_every_format_renders_the_catalogs_violations(tmp_path, junit_schema, sarif_validator,
                                                      monkeypatch) -> None:
    """The view -> dict path the CLI uses, on a catalog with every kind of violation."""
    cat = build_sample_catalog(tmp_path / "ropa.duckdb", today=date(2026, 6, 1))
    con = views.open_catalog(cat.path)
    try:
        violations, scanned = views.violation_dicts(con), views.scanned_assets(con)
    finally:
        con.close()
    assert {v["kind"] for v in violations} == set(KINDS)
    monkeypatch.chdir(tmp_path)
    junit_schema.validate(render_violations(violations, "junit", scanned=scanned))
    sarif_validator.validate(json.loads(render_violations(violations, "sarif", root=tmp_path)))
    text = render_violations(violations, "text", scanned=scanned)
    assert text.splitlines()[-1].startswith(f"{len(violations)} violations in ")
    assert "of 8 checked" in text
    assert len(json.loads(render_violations(violations, "json"))) == len(violations)


# ------------------------------------------------------------------------------ findings


FINDINGS = [
    {"scan_id": "s2", "source": "warehouse.duckdb", "asset": "main.customers", "column": "iban",
     "entity": "IBAN_CODE", "category": "financial.bank_account", "score": 0.98, "matched": 180,
     "sampled": 200, "examples": ["FR76 **** **** **** **** ***0 189", "NL91 **** **** **43 00"]},
    {"scan_id": "s2", "source": "warehouse.duckdb", "asset": "main.customers", "column": "email",
     "entity": "EMAIL_ADDRESS", "category": "contact.email", "score": 0.99, "matched": 196,
     "sampled": 200, "examples": ["j***@e******.com"]},
]


def test_findings_table_and_json() -> None:
    table = render_findings(FINDINGS, "table", width=200)
    assert "2 findings" in table
    assert "FR76 **** **** **** **** ***0 189" in table and "180/200" in table and "0.98" in table
    assert table.index("email") < table.index("iban")  # sorted by asset, column
    data = json.loads(render_findings(FINDINGS, "json"))
    assert [d["column"] for d in data] == ["email", "iban"]
    assert data[1]["examples"] == FINDINGS[0]["examples"]


# ------------------------------------------------------------------------------ the CLI's shapes


def _cli_violations() -> list[dict]:
    """What ``ropa check`` passes: no asset_kind, and a pseudo-violation per unreadable asset."""
    rows = [{k: v for k, v in x.items() if k != "asset_kind"} for x in VIOLATIONS]
    rows.append({"kind": "error", "source": "warehouse.duckdb", "asset": "main.legacy",
                 "column": None, "entity": None, "category": None, "subject": None,
                 "policy": None, "rows": None, "fideslang": None,
                 "detail": "asset could not be scanned: permission denied for table"})
    return rows


def test_scan_errors_render_in_every_format(junit_schema, sarif_validator, tmp_path,
                                            monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "fixtures").mkdir()
    rows = _cli_violations()
    seen = [(a.source, a.asset) for a in SCANNED]  # summary.assets_seen
    xml = render_violations(rows, "junit", assets=seen, fail_on="all")
    junit_schema.validate(xml)
    root = ET.fromstring(xml)
    scan = {c.get("name"): c for c in root.find("testsuite[@name='scan']").findall("testcase")}
    assert scan["main.legacy"].find("error").get("message").startswith("asset could not be scanned")
    und = {c.get("name"): c for c in root.find("testsuite[@name='undeclared']").findall("testcase")}
    assert und["main.legacy"].find("skipped") is not None
    # without "error" in --fail-on the scan case is skipped, not errored
    quiet = ET.fromstring(render_violations(rows, "junit", assets=seen, fail_on="undeclared"))
    legacy = quiet.find("testsuite[@name='scan']/testcase[@name='main.legacy']")
    assert legacy.find("error") is None and legacy.find("skipped") is not None
    log = json.loads(render_violations(rows, "sarif", fail_on="all", root=tmp_path))
    sarif_validator.validate(log)
    err = [r for r in log["runs"][0]["results"] if r["ruleId"] == "error"]
    assert len(err) == 1 and err[0]["level"] == "error"
    # without asset_kind, files are still recognised and get their physical location
    bsn = next(r for r in log["runs"][0]["results"] if r["properties"].get("entity") == "NL_BSN")
    assert bsn["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "fixtures/users.csv"
    text = render_violations(rows, "text", assets=seen)
    legacy_line = next(line for line in text.splitlines() if line.startswith("  main.legacy"))
    assert legacy_line.split()[1] == "ERROR" and "permission denied" in legacy_line
    assert text.splitlines()[-1].endswith("1 error).")


@pytest.mark.parametrize(
    ("source", "asset", "kind"),
    [
        ("fixtures", "users.csv", "file"),  # an existing folder
        ("warehouse.duckdb", "main.customers", "table"),  # an existing database file
        ("data.csv", "data.csv", "file"),  # an existing single file
        ("postgresql://ropa@db/app", "public.users", "table"),
        ("s3://bucket/exports", "2024/users.parquet", "file"),
        ("gone/folder", "export.xlsx", "file"),  # no longer on disk: the suffix decides
        ("gone.duckdb", "main.orders", "table"),
    ],
)
def test_guess_asset_kind(source, asset, kind, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "fixtures").mkdir()
    (tmp_path / "warehouse.duckdb").write_bytes(b"")
    (tmp_path / "data.csv").write_text("a\n1\n")
    assert guess_asset_kind(source, asset) == kind


def test_every_result_gets_a_physical_location_github_ingests(tmp_path, monkeypatch) -> None:
    """Tables and the scan error point at the policy lines, files at themselves."""
    from tests.flows.github_sarif import assert_ingestible

    monkeypatch.chdir(tmp_path)
    (tmp_path / "fixtures" / "contracts").mkdir(parents=True)
    (tmp_path / "fixtures" / "users.csv").write_text("bsn\n111222333\n")
    (tmp_path / "fixtures" / "contracts" / "offer.txt").write_text("NIR ...\n")
    policy = tmp_path / "acme.yaml"
    policy.write_text("ropa: 1\norganisation: Acme\njurisdiction: FR\nlanguage: fr\nsubjects:\n"
                      "  customer:\n    categories: [contact.email]\nbindings:\n"
                      "  - {assets: \"main.customers\", subject: customer}\n")
    for fail_on in ("all", "undeclared"):
        log = assert_ingestible(render_violations(_cli_violations(), "sarif", fail_on=fail_on,
                                                  root=tmp_path, policies=[policy]), tmp_path)
    lines = policy.read_text().splitlines()
    at = {(r["ruleId"], r["locations"][0]["logicalLocations"][0]["name"]):
          lines[r["locations"][0]["physicalLocation"]["region"]["startLine"] - 1]
          for r in log["runs"][0]["results"] if r["properties"].get("asset_kind") != "file"
          and r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "acme.yaml"}
    assert at[("undeclared", "main.customers")] == '  - {assets: "main.customers", subject: customer}'
    assert at[("special_category", "main.tickets")] == "  customer:"   # declared, not bound
    assert at[("unbound", "main.prospects")] == "bindings:"
    assert at[("error", "main.legacy")] == "bindings:"


def test_ropa_catalog_names_the_default_catalog(tmp_path, monkeypatch, capsys) -> None:
    """The error messages say --catalog / ROPA_CATALOG: the variable is honoured."""
    from flows.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "users.csv").write_text("email\n" + "".join(f"u{i}@example.fr\n" for i in range(30)))
    monkeypatch.setenv("ROPA_CATALOG", str(tmp_path / "elsewhere.duckdb"))
    assert main(["scan", "users.csv", "--quiet"]) == 0
    assert (tmp_path / "elsewhere.duckdb").exists() and not (tmp_path / "ropa.duckdb").exists()
    capsys.readouterr()
    assert main(["findings", "--format", "json"]) == 0
    assert [f["entity"] for f in json.loads(capsys.readouterr().out)] == ["EMAIL_ADDRESS"]
