"""SARIF that GitHub code scanning ingests, for every kind of source ``ropa check`` reads.

Each SARIF ``ropa check`` writes here goes through ``github_sarif.problems`` (GitHub's documented
ingestion rules and limits) as well as the SARIF 2.1.0 schema: a DuckDB warehouse outside the
checkout, files and an Excel workbook inside it, files outside it, and a real PostgreSQL.
"""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import jsonschema
import openpyxl
import psycopg
import pytest

from flows.cli import main
from tests.conftest import POLICIES, Demo
from tests.flows.github_sarif import assert_ingestible, problems

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json").read_text())

POLICY = """\
ropa: 1
organisation: Klantenservice BV
jurisdiction: NL
language: nl
subjects:
  customer:
    categories:
      - contact.email            # test policy: customers' email addresses
    purposes: [{name: Orders, legal_basis: contract}]
    retention: {rule: as_long_as_necessary}
bindings:
  - {assets: "*.csv", subject: customer}
  - {assets: "crm.*", subject: customer}
"""


def _checkout(tmp_path: Path, monkeypatch, policy_text: str = POLICY, name: str = "policy.yaml") -> Path:
    repo = tmp_path / "repo"
    (repo / "privacy").mkdir(parents=True)
    (repo / "privacy" / name).write_text(policy_text, encoding="utf-8")
    monkeypatch.chdir(repo)
    return repo


def _check_sarif(repo: Path, source: str, policy: str, catalog: Path, capsys) -> dict:
    code = main(["check", source, "--policy", policy, "--catalog", str(catalog), "--quiet",
                 "--format", "sarif", "-o", "ropa.sarif"])
    assert code == 1, capsys.readouterr().err
    text = (repo / "ropa.sarif").read_text(encoding="utf-8")
    log = assert_ingestible(text, repo)
    jsonschema.validate(log, SCHEMA)
    return log


def _line(repo: Path, loc: dict) -> str:
    phys = loc["physicalLocation"]
    path = repo / phys["artifactLocation"]["uri"]
    return path.read_text(encoding="utf-8").splitlines()[phys["region"]["startLine"] - 1]


def _exports(folder: Path) -> None:
    folder.mkdir(parents=True)
    rows = "\n".join(f"{i},klant{i}@voorbeeld.nl,NL91ABNA0417164300" for i in range(60))
    (folder / "clients.csv").write_text("id,email,iban\n" + rows + "\n", encoding="utf-8")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Contacts"
    ws.append(["naam", "email"])
    for i in range(60):
        ws.append([f"Contact {i}", f"contact{i}@voorbeeld.nl"])
    wb.save(folder / "contacts.xlsx")


# ------------------------------------------------------------------------------ the checker


def _good(repo: Path) -> dict:
    (repo / "a.csv").write_text("x\ny\n")
    return {
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "t", "rules": [
                {"id": "r", "shortDescription": {"text": "s"}, "fullDescription": {"text": "f"}}]}},
            "results": [{
                "ruleId": "r", "message": {"text": "m"}, "partialFingerprints": {"k/v1": "abc"},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": "a.csv", "uriBaseId": "%SRCROOT%"},
                    "region": {"startLine": 2}}}],
            }],
        }],
    }


def _break(log: dict, how: str, repo: Path) -> dict:
    log = copy.deepcopy(log)
    res = log["runs"][0]["results"][0]
    loc = res["locations"][0]
    if how == "logical only":
        res["locations"] = [{"logicalLocations": [{"name": "main.t", "kind": "table"}]}]
    elif how == "sheet uri":
        (repo / "contacts.xlsx").write_bytes(b"PK")
        loc["physicalLocation"]["artifactLocation"]["uri"] = "contacts.xlsx%23Contacts"
    elif how == "outside":
        loc["physicalLocation"]["artifactLocation"] = {"uri": "file:///etc/hostname"}
    elif how == "http uri":
        loc["physicalLocation"]["artifactLocation"] = {"uri": "postgresql://db/crm"}
    elif how == "no fingerprint":
        del res["partialFingerprints"]
    elif how == "past the end":
        loc["physicalLocation"]["region"]["startLine"] = 3
    elif how == "no region":
        del loc["physicalLocation"]["region"]
    elif how == "too many results":
        log["runs"][0]["results"] = [res] * 25_001
    elif how == "too many runs":
        log["runs"] = log["runs"] * 21
    elif how == "no message":
        res["message"] = {}
    elif how == "long description":
        log["runs"][0]["tool"]["driver"]["rules"][0]["fullDescription"]["text"] = "x" * 1025
    return log


@pytest.mark.parametrize("how", ["logical only", "sheet uri", "outside", "http uri", "no fingerprint",
                                 "past the end", "no region", "too many results", "too many runs",
                                 "no message", "long description"])
def test_the_checker_refuses_what_github_refuses(tmp_path: Path, how: str) -> None:
    good = _good(tmp_path)
    assert problems(good, tmp_path) == []
    assert problems(_break(good, how, tmp_path), tmp_path)


def test_the_checker_refuses_an_upload_over_10_mb_compressed(tmp_path: Path) -> None:
    import base64
    import os

    good = _good(tmp_path)
    assert problems(good, tmp_path, json.dumps(good).encode()) == []
    good["runs"][0]["results"][0]["message"]["text"] = base64.b64encode(os.urandom(12 << 20)).decode()
    assert any("10 MB" in p for p in problems(good, tmp_path))   # ~12 MB once compressed


# ------------------------------------------------------------------------------ ropa check


def test_a_duckdb_warehouse_outside_the_checkout_points_at_the_policy_lines(
        demo: Demo, tmp_path: Path, monkeypatch, capsys) -> None:
    repo = _checkout(tmp_path, monkeypatch, (POLICIES / "webcasso.yaml").read_text(), "webcasso.yaml")
    catalog = tmp_path / "c.duckdb"
    log = _check_sarif(repo, str(demo.warehouses["webcasso"]), "privacy/webcasso.yaml", catalog, capsys)
    results = log["runs"][0]["results"]
    assert len(results) == 3
    for r in results:
        (loc,) = r["locations"]
        assert loc["physicalLocation"]["artifactLocation"] == {"uri": "privacy/webcasso.yaml",
                                                               "uriBaseId": "%SRCROOT%"}
        table = loc["logicalLocations"][0]
        assert table["kind"] == "table"
        # the binding of this table: where the fix (declare, or re-bind) goes
        assert f'assets: "{table["name"]}"' in _line(repo, loc)
    # stable: the second run skips the unchanged tables and carries their findings forward
    first = sorted(r["partialFingerprints"]["ropaViolation/v2"] for r in results)
    again = _check_sarif(repo, str(demo.warehouses["webcasso"]), "privacy/webcasso.yaml", catalog, capsys)
    assert sorted(r["partialFingerprints"]["ropaViolation/v2"] for r in again["runs"][0]["results"]) == first
    assert len(set(first)) == len(first)


def test_files_and_an_excel_sheet_in_the_checkout_point_at_the_files(tmp_path: Path, monkeypatch,
                                                                      capsys) -> None:
    repo = _checkout(tmp_path, monkeypatch)
    _exports(repo / "exports")
    log = _check_sarif(repo, "exports", "privacy/policy.yaml", tmp_path / "c.duckdb", capsys)
    by_uri: dict[str, list[dict]] = {}
    for r in log["runs"][0]["results"]:
        by_uri.setdefault(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], []).append(r)
    assert set(by_uri) == {"exports/clients.csv", "exports/contacts.xlsx"}
    (sheet,) = by_uri["exports/contacts.xlsx"]            # unbound: no binding names the workbook
    assert sheet["ruleId"] == "unbound"
    names = [(x["kind"], x["name"]) for x in sheet["locations"][0]["logicalLocations"]]
    assert ("sheet", "Contacts") in names
    assert {r["properties"]["entity"] for r in by_uri["exports/clients.csv"]} == {"IBAN_CODE"}


def test_files_outside_the_checkout_point_at_the_policy(tmp_path: Path, monkeypatch, capsys) -> None:
    repo = _checkout(tmp_path, monkeypatch)
    _exports(tmp_path / "outside")
    log = _check_sarif(repo, str(tmp_path / "outside"), "privacy/policy.yaml", tmp_path / "c.duckdb", capsys)
    lines = {r["ruleId"]: _line(repo, r["locations"][0]) for r in log["runs"][0]["results"]}
    assert lines == {"undeclared": '  - {assets: "*.csv", subject: customer}',  # the csv's binding
                     "unbound": "bindings:"}                                  # where one would go


@pytest.mark.postgres
def test_a_postgresql_database_points_at_the_policy(postgres_server, tmp_path: Path, monkeypatch,
                                                     capsys) -> None:
    admin = postgres_server.uri()
    with psycopg.connect(admin, autocommit=True) as con:
        con.execute("DROP DATABASE IF EXISTS ropa_sarif")
        con.execute("CREATE DATABASE ropa_sarif")
    uri = postgres_server.uri("ropa_sarif")
    with psycopg.connect(uri, autocommit=True) as con:
        con.execute("CREATE SCHEMA crm")
        con.execute("CREATE TABLE crm.klanten AS SELECT i AS id, 'klant' || i || '@voorbeeld.nl' AS email, "
                    "'NL91ABNA0417164300' AS rekeningnummer FROM generate_series(1, 300) i")
        con.execute("CREATE TABLE public.leads AS SELECT 'lead' || i || '@voorbeeld.nl' AS email "
                    "FROM generate_series(1, 300) i")
    repo = _checkout(tmp_path, monkeypatch)
    log = _check_sarif(repo, uri, "privacy/policy.yaml", tmp_path / "c.duckdb", capsys)
    got = {(r["ruleId"], r["locations"][0]["logicalLocations"][0]["name"]): _line(repo, r["locations"][0])
           for r in log["runs"][0]["results"]}
    assert got == {("undeclared", "crm.klanten"): '  - {assets: "crm.*", subject: customer}',
                   ("unbound", "public.leads"): "bindings:"}
    assert all("@" not in (r["properties"].get("source") or "").split("//")[-1].split("/")[0]
               for r in log["runs"][0]["results"])   # no user info in the report
