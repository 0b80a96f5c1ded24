"""`ropa check` as a CI gate on the demo warehouses: formats, --fail-on, baselines, drafted policies."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import jsonschema
import pytest
import xmlschema
import yaml

from flows.cli import main
from tests.conftest import POLICIES, Demo
from tests.flows.github_sarif import assert_ingestible

SCHEMAS = Path(__file__).parent / "schemas"
SEEDS = POLICIES / "seeds"


def check(demo: Demo, tmp_path: Path, capsys, org: str, *extra: str) -> tuple[int, str]:
    code = main(["check", str(demo.warehouses[org]), "--policy", str(POLICIES / f"{org}.yaml"),
                 "--catalog", str(tmp_path / "c.duckdb"), "--quiet", *extra])
    return code, capsys.readouterr().out


def test_json_lists_the_contract_fields(demo: Demo, tmp_path: Path, capsys) -> None:
    code, out = check(demo, tmp_path, capsys, "webcasso", "--format", "json")
    rows = json.loads(out)
    assert code == 1 and len(rows) == 3
    for r in rows:
        assert {"kind", "asset", "column", "entity", "category", "subject", "rows", "detail"} <= set(r)


def test_junit_and_sarif_validate_against_their_schemas(demo: Demo, tmp_path: Path, capsys,
                                                        monkeypatch) -> None:
    monkeypatch.chdir(POLICIES.parent)   # the checkout: the policies are in it, the warehouses not
    code, junit = check(demo, tmp_path, capsys, "wemaintain", "--format", "junit")
    assert code == 1
    xmlschema.XMLSchema(str(SCHEMAS / "JUnit.xsd")).validate(junit.encode())
    code, sarif = check(demo, tmp_path, capsys, "wemaintain", "--format", "sarif")
    log = json.loads(sarif)
    jsonschema.validate(log, json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text()))
    assert_ingestible(sarif, POLICIES.parent)
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"]
            for r in log["runs"][0]["results"] for loc in r["locations"] if "physicalLocation" in loc}
    assert "policies/wemaintain.yaml" in uris


def test_fail_on_limits_what_fails(demo: Demo, tmp_path: Path, capsys) -> None:
    # Wecasa's violations are one undeclared column and one over-retained table.
    assert check(demo, tmp_path, capsys, "wecasa", "--fail-on", "special_category")[0] == 0
    assert check(demo, tmp_path, capsys, "wecasa", "--fail-on", "over_retained")[0] == 1
    assert main(["check", "x", "--policy", "y", "--fail-on", "bogus"]) == 2


def test_a_baseline_suppresses_exactly_its_entries_until_they_expire(demo: Demo, tmp_path: Path, capsys) -> None:
    baseline = tmp_path / "baseline.yaml"
    assert main(["baseline", str(demo.warehouses["wecasa"]), "--policy", str(POLICIES / "wecasa.yaml"),
                 "--catalog", str(tmp_path / "c.duckdb"), "-o", str(baseline), "--quiet",
                 "--reason", "known; ticket PRIV-12"]) == 0
    capsys.readouterr()
    assert check(demo, tmp_path, capsys, "wecasa", "--baseline", str(baseline))[0] == 0

    data = yaml.safe_load(baseline.read_text())
    entries = data["entries"] if isinstance(data, dict) else data
    assert len(entries) == 2
    expired = (date.today() - timedelta(days=1)).isoformat()
    entries[0]["expires"] = expired
    baseline.write_text(yaml.safe_dump(data if isinstance(data, dict) else entries))
    code, out = check(demo, tmp_path, capsys, "wecasa", "--baseline", str(baseline), "--format", "json")
    assert code == 1
    assert [(v["kind"], v["asset"]) for v in json.loads(out)] == [(entries[0]["kind"], entries[0]["asset"])]


@pytest.mark.parametrize("seed, org", [("000_e06cb08e164c6003.txt", "wecasa"),
                                       ("004_2d155cfde7331291.txt", "webcasso")])
def test_a_drafted_policy_is_accepted_by_check(demo: Demo, tmp_path: Path, capsys, seed: str, org: str) -> None:
    drafted = tmp_path / "drafted.yaml"
    assert main(["draft", str(SEEDS / seed), "-o", str(drafted)]) == 0
    code = main(["check", str(demo.warehouses[org]), "--policy", str(drafted),
                 "--catalog", str(tmp_path / "c.duckdb"), "--quiet", "--format", "json"])
    assert code in (0, 1), capsys.readouterr().err   # accepted as a policy: not a usage error


def test_gx_export_writes_a_suite_per_asset_with_violations(demo: Demo, tmp_path: Path, capsys) -> None:
    out = tmp_path / "gx"
    assert main(["gx", "export", "--catalog", str(demo.catalog), "--out", str(out)]) == 0
    suites = sorted(out.rglob("*.json"))
    assert suites, capsys.readouterr().err
    text = " ".join(p.read_text() for p in suites)
    assert "deurwaarder_overdrachten" in text and "expect_column_values_to_not_match" in text
