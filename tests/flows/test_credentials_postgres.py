"""Issue 10, item 1: a password in a PostgreSQL source URI reaches no output, and no server
message reaches one either. Against the real server of tests/flows/conftest.py (trust auth: the
password is accepted and ignored, so the scan really runs with a password-bearing URI).

Every output ropa writes is produced from one scan (catalog, ``check`` in every format, baseline,
findings JSON, HTML report, GX suites, stdout and stderr) and searched for the password, the SSL
key password, and the data value a view's error message carries.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import psycopg
import pytest

from flows.cli import main
from tests.flows.leak_support import every_output

pytestmark = pytest.mark.postgres

PASSWORD = "Pw-4711-geheim"
SSL_PASSWORD = "Ssl-0815-geheim"
LEAKED_VALUE = "marker-9932@voorbeeld.nl"  # a data value that a server error message quotes

POLICY = """\
ropa: 1
organisation: Klantenservice BV
jurisdiction: NL
language: nl
subjects:
  customer:
    categories:
      - identity.name            # customers' names only: their email addresses are undeclared
    purposes: [{name: Orders, legal_basis: contract}]
    retention: {rule: as_long_as_necessary}
bindings:
  - {assets: "crm.*", subject: customer}
"""


@pytest.fixture(scope="module")
def leaky(postgres_server) -> str:
    """A database with personal data and two views whose errors quote a value; returns a URI
    with a password and an ``sslpassword`` in it."""
    with psycopg.connect(postgres_server.uri(), autocommit=True) as con:
        con.execute("DROP DATABASE IF EXISTS ropa_leak")
        con.execute("CREATE DATABASE ropa_leak")
    with psycopg.connect(postgres_server.uri("ropa_leak"), autocommit=True) as con:
        con.execute("CREATE SCHEMA crm")
        con.execute("CREATE TABLE crm.klanten AS SELECT i AS id, 'klant' || i || '@voorbeeld.nl' AS email "
                    "FROM generate_series(1, 300) i")
        con.execute(f"INSERT INTO crm.klanten VALUES (0, '{LEAKED_VALUE}')")
        # SQLSTATE class 08 (connection exception), raised with a data value as its message
        con.execute("""
            CREATE FUNCTION crm.fail_with_value() RETURNS text LANGUAGE plpgsql AS $$
            BEGIN
              RAISE EXCEPTION '%', (SELECT email FROM crm.klanten WHERE id = 0) USING ERRCODE = 'connection_exception';
            END $$""")
        con.execute("CREATE VIEW crm.broken_connection AS SELECT crm.fail_with_value() AS x")
        # SQLSTATE class 22: the server's own message quotes the value
        con.execute("CREATE VIEW crm.broken_cast AS SELECT email::int AS n FROM crm.klanten WHERE id = 0")
    s = postgres_server
    return (f"postgresql://{s.user}:{PASSWORD}@{s.host}:{s.port}/ropa_leak"
            f"?sslmode=disable&sslpassword={SSL_PASSWORD}")


def _secrets_in(text: str) -> list[str]:
    return [s for s in (PASSWORD, SSL_PASSWORD, LEAKED_VALUE, LEAKED_VALUE.split("@")[0]) if s in text]


def test_no_output_holds_the_password_or_a_server_message(leaky: str, postgres_server, tmp_path: Path, capsys) -> None:
    catalog = tmp_path / "ropa.duckdb"
    policy = tmp_path / "policy.yaml"
    policy.write_text(POLICY)
    canonical = f"postgresql://{postgres_server.user}@{postgres_server.host}:{postgres_server.port}/ropa_leak?sslmode=disable"
    outputs = every_output(leaky, policy, catalog, tmp_path, capsys)

    leaks = {name: found for name, text in outputs.items() if (found := _secrets_in(text))}
    assert leaks == {}

    # the outputs did run and name the source canonically
    findings = json.loads(outputs["findings stdout"])
    assert {(f["source"], f["asset"], f["column"]) for f in findings} == {(canonical, "crm.klanten", "email")}
    # SARIF names the source without its user, so fingerprints agree across the people who run it
    assert canonical.replace("ropa_test@", "") in outputs["check sarif file"]
    assert canonical in outputs["report file"]
    # the errors keep the SQLSTATE and ropa's words
    errors = {r[0]: r[1] for r in duckdb.connect(str(catalog), read_only=True).execute(
        "SELECT a.asset, s.error FROM asset_scans s JOIN assets a USING (asset_id) WHERE s.status = 'error'"
    ).fetchall()}
    assert set(errors) == {"crm.broken_connection", "crm.broken_cast"}
    assert "SQLSTATE 08000 (connection exception)" in errors["crm.broken_connection"]
    assert "SQLSTATE 22P02 (data exception)" in errors["crm.broken_cast"]
    assert all(e.startswith("postgresql://ropa_test@") and ": crm.broken_" in e for e in errors.values()), errors
    assert "SQLSTATE 08000" in outputs["scan stderr"] and "SQLSTATE 22P02" in outputs["scan stderr"]


def test_a_refused_connection_says_why_without_the_server_text(postgres_server, tmp_path: Path, capsys) -> None:
    s = postgres_server
    uri = f"postgresql://{s.user}:{PASSWORD}@{s.host}:{s.port}/no_such_{LEAKED_VALUE.split('@')[0].replace('-', '_')}"
    assert main(["scan", uri, "--catalog", str(tmp_path / "c.duckdb")]) == 2
    err = capsys.readouterr().err
    assert "no such database" in err and len(err.strip().splitlines()) == 1
    assert PASSWORD not in err and "does not exist" not in err  # the server's FATAL text is not echoed


@pytest.mark.slow
def test_prefect_run_stores_no_password(leaky: str, postgres_server, tmp_path: Path) -> None:
    """``--engine prefect`` hands the flow its parameters through the Prefect API, which keeps them
    (and the run's logs) in its database: every byte of that database is searched."""
    import os
    import subprocess
    import sys

    home = tmp_path / "prefect-home"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env.update(PREFECT_HOME=str(home), PREFECT_LOGGING_LEVEL="INFO", PYTHONPATH=str(Path(__file__).parents[2]))
    proc = subprocess.run(
        [sys.executable, "-m", "flows.cli", "scan", leaky, "--engine", "prefect", "--catalog", str(tmp_path / "c.duckdb")],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 2, proc.stderr[-2000:]  # the two broken views
    stored = b"".join(p.read_bytes() for p in home.rglob("*") if p.is_file())
    assert stored, "the temporary Prefect server kept no database under PREFECT_HOME"
    s = postgres_server
    # the run and its parameters are there, under the credential-free name ...
    assert f"{s.user}@{s.host}:{s.port}/ropa_leak".encode() in stored
    # ... and no secret is, in the database, the logs or the terminal
    for secret in (PASSWORD, SSL_PASSWORD, LEAKED_VALUE, LEAKED_VALUE.split("@")[0]):
        assert secret.encode() not in stored, secret
        assert secret not in proc.stdout + proc.stderr, secret
