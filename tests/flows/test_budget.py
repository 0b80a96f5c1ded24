"""The per-asset time budget: a view that never ends becomes an error row, the scan goes on.

Each source is stopped by its own means (SQLite progress handler, DuckDB interrupt, PostgreSQL
statement_timeout + cancel), on real databases. The budget is 2 s here; the assertion on time is
relative (well under what the runaway query would take: forever), not a speed floor.
"""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import duckdb
import psycopg
import pytest

from flows.cli import main

POLICY = """\
ropa: 1
organisation: Test
jurisdiction: NL
language: nl
subjects:
  customer:
    categories: [contact.email]
    purposes: [{name: Orders, legal_basis: contract}]
    retention: {rule: as_long_as_necessary}
bindings:
  - {assets: "*", subject: customer}
"""


def _people_rows() -> list[tuple[str]]:
    return [(f"klant{i}@voorbeeld.nl",) for i in range(60)]


def _check(tmp_path: Path, source: str, capsys, *extra: str) -> tuple[int, list[dict], str, float]:
    policy = tmp_path / "p.yaml"
    policy.write_text(POLICY)
    report = tmp_path / "report.json"
    started = time.monotonic()
    code = main(["check", source, "--policy", str(policy), "--catalog", str(tmp_path / "c.duckdb"),
                 "--format", "json", "-o", str(report), "--timeout", "2", *extra])
    took = time.monotonic() - started
    _, err = capsys.readouterr()
    return code, json.loads(report.read_text()), err, took


def _errors(rows: list[dict]) -> dict[str, str]:
    return {r["asset"]: r["detail"] for r in rows if r["kind"] == "error"}


def test_a_recursive_sqlite_view_is_stopped_and_the_other_tables_still_checked(tmp_path: Path, capsys) -> None:
    db = tmp_path / "crm.sqlite"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE people (email TEXT)")
    con.executemany("INSERT INTO people VALUES (?)", _people_rows())
    con.execute("CREATE VIEW forever AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n FROM r")
    con.commit()
    con.close()
    code, rows, err, took = _check(tmp_path, str(db), capsys)
    assert code == 2, err  # an asset could not be read: 2 wins
    assert "per-asset time budget" in _errors(rows)["main.forever"]
    assert "Traceback" not in err and "unexpected" not in err
    assert took < 60


def test_a_duckdb_view_over_a_trillion_rows_is_interrupted(tmp_path: Path, capsys) -> None:
    db = tmp_path / "wh.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE people AS SELECT 'klant' || i || '@voorbeeld.nl' AS email FROM range(60) t(i)")
    con.execute("CREATE VIEW huge AS SELECT * FROM range(1000000000000)")
    con.close()
    code, rows, err, took = _check(tmp_path, str(db), capsys)
    assert code == 2, err
    assert "per-asset time budget" in _errors(rows)["main.huge"]
    assert "main.people" not in _errors(rows)
    assert took < 60


def test_without_a_runaway_asset_the_budget_changes_nothing(tmp_path: Path, capsys) -> None:
    db = tmp_path / "ok.sqlite"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE people (email TEXT)")
    con.executemany("INSERT INTO people VALUES (?)", _people_rows())
    con.commit()
    con.close()
    code, rows, err, _ = _check(tmp_path, str(db), capsys)
    assert code == 0, err
    assert rows == []


@pytest.mark.postgres
def test_a_postgres_view_calling_pg_sleep_is_cancelled(postgres_server, tmp_path: Path, capsys) -> None:
    admin = postgres_server.uri()
    with psycopg.connect(admin, autocommit=True) as con:
        con.execute("DROP DATABASE IF EXISTS sleepy")
        con.execute("CREATE DATABASE sleepy")
    uri = postgres_server.uri("sleepy")
    with psycopg.connect(uri, autocommit=True) as con:
        con.execute("CREATE TABLE people (email text)")
        con.cursor().executemany("INSERT INTO people VALUES (%s)", _people_rows())
        con.execute("CREATE VIEW slow AS SELECT pg_sleep(600)::text AS z, 'x' AS email")
    code, rows, err, took = _check(tmp_path, uri, capsys)
    assert code == 2, err
    assert "per-asset time budget" in _errors(rows)["public.slow"]
    assert "public.people" not in _errors(rows)
    assert took < 120
