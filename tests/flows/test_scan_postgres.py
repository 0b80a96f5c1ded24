"""`ropa scan` / `ropa check` end to end against a real PostgreSQL (started by tests/flows/conftest.py)."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest

from flows.cli import main

pytestmark = pytest.mark.postgres

POLICY = """\
ropa: 1
organisation: Klantenservice BV
jurisdiction: NL
language: nl
subjects:
  customer:
    categories:
      - contact.email            # test policy: customers' email addresses
      - identity.name            # and names
    purposes: [{name: Orders, legal_basis: contract}]
    retention: {rule: as_long_as_necessary}
bindings:
  - {assets: "crm.*", subject: customer}
  - {assets: "Ventes*", subject: customer}
"""

HOSTILE = '"Ventes ""EU"""."we;ird ""naam"" %s"'


@pytest.fixture(scope="module")
def crm(postgres_server) -> str:
    admin = postgres_server.uri()
    with psycopg.connect(admin, autocommit=True) as con:
        con.execute("DROP DATABASE IF EXISTS ropa_e2e")
        con.execute("CREATE DATABASE ropa_e2e")
    uri = postgres_server.uri("ropa_e2e")
    with psycopg.connect(uri, autocommit=True) as con:
        con.execute("CREATE SCHEMA crm")
        con.execute('CREATE SCHEMA "Ventes ""EU"""')
        con.execute(
            "CREATE TABLE crm.klanten AS SELECT i AS id, 'klant' || i || '@voorbeeld.nl' AS email, "
            "'NL91ABNA0417164300' AS rekeningnummer FROM generate_series(1, 500) i"
        )
        con.execute(f'CREATE TABLE {HOSTILE} ("e-mail adres" text, "Prénom" text)')
        con.execute(
            f"INSERT INTO {HOSTILE} SELECT 'v' || i || '@exemple.fr', 'Zoé' FROM generate_series(1, 200) i"
        )
        con.execute(
            "CREATE TABLE public.orders AS SELECT i AS order_no, (i * 7919) % 1000000000 AS batch, "
            "i * 1.5 AS amount FROM generate_series(1, 2000) i"
        )
    return uri


def _findings(catalog: Path, capsys) -> set[tuple]:
    assert main(["findings", "--catalog", str(catalog), "--format", "json"]) == 0
    return {(r["asset"], r["column"], r["entity"]) for r in json.loads(capsys.readouterr().out)}


def test_scan_a_postgres_database_with_hostile_names(crm: str, tmp_path: Path, capsys) -> None:
    catalog = tmp_path / "c.duckdb"
    assert main(["scan", crm, "--catalog", str(catalog), "--quiet"]) == 0
    got = _findings(catalog, capsys)
    assert ("crm.klanten", "email", "EMAIL_ADDRESS") in got
    assert ("crm.klanten", "rekeningnummer", "IBAN_CODE") in got
    assert ('Ventes "EU".we;ird "naam" %s', "e-mail adres", "EMAIL_ADDRESS") in got
    assert not [f for f in got if f[0] == "public.orders"]

    assert main(["scan", crm, "--catalog", str(catalog)]) == 0
    assert "3 unchanged (skipped, " in capsys.readouterr().err   # "…, N findings carried forward)"


def test_check_a_postgres_database_against_a_policy(crm: str, tmp_path: Path, capsys) -> None:
    policy = tmp_path / "klantenservice.yaml"
    policy.write_text(POLICY, encoding="utf-8")
    code = main(["check", crm, "--policy", str(policy), "--catalog", str(tmp_path / "c.duckdb"),
                 "--format", "json", "--quiet"])
    violations = json.loads(capsys.readouterr().out)
    assert code == 1
    assert [(v["kind"], v["asset"], v["column"], v["entity"]) for v in violations] == [
        ("undeclared", "crm.klanten", "rekeningnummer", "IBAN_CODE")
    ]
    assert "NL91ABNA0417164300" not in json.dumps(violations)
