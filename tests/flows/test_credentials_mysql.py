"""Issue 14: a password in a MySQL / MariaDB source URI reaches no output, and no server message
reaches one either. Against the real MariaDB of tests/flows/conftest.py, with real grant tables:
the scan connects as a user whose password is the one in the URI.

Every output ropa writes is produced from one scan (catalog, ``check`` in every format, baseline,
findings JSON, HTML report, GX suites, stdout and stderr) and searched for the password and for
the data value that two views' error messages carry (``SIGNAL … SET MESSAGE_TEXT = <value>``).
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from flows.cli import main
from tests.flows.leak_support import every_output
from tests.flows.test_credentials_postgres import POLICY

pytestmark = pytest.mark.mariadb

PASSWORD = "My-4711-geheim"
LEAKED_VALUE = "marker-7741@voorbeeld.nl"  # a data value that a server error message quotes


def _secrets_in(text: str) -> list[str]:
    return [s for s in (PASSWORD, LEAKED_VALUE, LEAKED_VALUE.split("@")[0]) if s in text]


@pytest.fixture(scope="module")
def leaky(mariadb_server) -> str:
    con = mariadb_server.admin()
    with con.cursor() as cur:
        cur.execute("CREATE DATABASE crm_leak")
        cur.execute("USE crm_leak")
        cur.execute("CREATE TABLE klanten (id INT PRIMARY KEY, email VARCHAR(100))")
        cur.execute("INSERT INTO klanten SELECT seq, CONCAT('klant', seq, '@voorbeeld.nl') FROM seq_1_to_300")
        cur.execute(f"INSERT INTO klanten VALUES (0, '{LEAKED_VALUE}')")
        for name, state in (("fail_connection", "08000"), ("fail_data", "22000")):
            cur.execute(f"""
                CREATE FUNCTION {name}() RETURNS TEXT READS SQL DATA
                BEGIN
                  DECLARE m VARCHAR(128);
                  SELECT email INTO m FROM klanten WHERE id = 0;
                  SIGNAL SQLSTATE '{state}' SET MESSAGE_TEXT = m;
                  RETURN m;
                END""")
        cur.execute("CREATE VIEW broken_connection AS SELECT fail_connection() AS x")
        cur.execute("CREATE VIEW broken_data AS SELECT fail_data() AS x")
        cur.execute(f"CREATE USER 'leaky'@'127.0.0.1' IDENTIFIED BY '{PASSWORD}'")
        cur.execute("GRANT SELECT, EXECUTE, SHOW VIEW ON crm_leak.* TO 'leaky'@'127.0.0.1'")
    con.close()
    return f"mysql://leaky:{PASSWORD}@127.0.0.1:{mariadb_server.port}/crm_leak"


def test_no_output_holds_the_password_or_a_server_message(leaky: str, mariadb_server, tmp_path: Path, capsys) -> None:
    catalog = tmp_path / "ropa.duckdb"
    policy = tmp_path / "policy.yaml"
    policy.write_text(POLICY.replace('"crm.*"', '"crm_leak.*"'))
    canonical = f"mysql://leaky@127.0.0.1:{mariadb_server.port}/crm_leak"
    outputs = every_output(leaky, policy, catalog, tmp_path, capsys)

    leaks = {name: found for name, text in outputs.items() if (found := _secrets_in(text))}
    assert leaks == {}

    findings = json.loads(outputs["findings stdout"])
    assert {(f["source"], f["asset"], f["column"]) for f in findings} == {(canonical, "crm_leak.klanten", "email")}
    assert canonical in outputs["report file"]
    con = duckdb.connect(str(catalog), read_only=True)
    errors = {r[0]: r[1] for r in con.execute(
        "SELECT a.asset, s.error FROM asset_scans s JOIN assets a USING (asset_id) WHERE s.status = 'error'"
    ).fetchall()}
    params = [json.loads(p) for (p,) in con.execute(
        "SELECT s.scan_params FROM asset_scans s JOIN assets a USING (asset_id) WHERE a.asset = 'crm_leak.klanten' AND s.status = 'scanned'"
    ).fetchall()]
    skipped = con.execute(
        "SELECT count(*) FROM asset_scans s JOIN assets a USING (asset_id) WHERE a.asset = 'crm_leak.klanten' "
        "AND s.status = 'skipped'"
    ).fetchone()[0]
    con.close()
    assert skipped >= 1  # the recorded strategy does not stop later runs skipping the unchanged table
    assert set(errors) == {"crm_leak.broken_connection", "crm_leak.broken_data"}
    assert "SQLSTATE 08000" in errors["crm_leak.broken_connection"]
    assert "SQLSTATE 22000" in errors["crm_leak.broken_data"]
    # the source as recorded (its IP address masked in error lines, like any value), then the asset
    assert all(e.startswith("mysql://leaky@") and ": crm_leak.broken_" in e for e in errors.values()), errors
    assert all("raised by the database's own code" in e for e in errors.values()), errors
    # the sampling strategy is recorded with the scan parameters (301 rows: one small table)
    assert params and all(p["sampling"].startswith("random-small") for p in params)


def test_a_refused_password_says_why_without_the_server_text(leaky: str, tmp_path: Path, capsys) -> None:
    wrong = leaky.replace(PASSWORD, "Wrong-" + PASSWORD[::-1])
    assert main(["scan", wrong, "--catalog", str(tmp_path / "c.duckdb")]) == 2
    err = capsys.readouterr().err
    assert "authentication failed" in err and len(err.strip().splitlines()) == 1
    assert PASSWORD[::-1] not in err and "Access denied" not in err and "leaky'@" not in err


def test_serve_and_dask_refuse_a_password_in_a_mysql_uri(leaky: str) -> None:
    from flows.sources import UnsupportedSource, refuse_remote_credentials

    with pytest.raises(UnsupportedSource) as info:
        refuse_remote_credentials([leaky], "ropa serve", "the flow-run process")
    assert "MYSQL_PWD" in str(info.value) and PASSWORD not in str(info.value)
