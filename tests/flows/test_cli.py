"""The CLI contract: commands, JSON shapes, exit codes, one-line errors on bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from flows.cli import main

ROOT = Path(__file__).resolve().parents[2]
POLICIES = ROOT / "policies"


def run(argv: list[str], capsys: pytest.CaptureFixture) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def warehouse(tmp_path: Path) -> Path:
    path = tmp_path / "crm.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE SCHEMA sales")
    con.execute(
        """CREATE TABLE sales.contacts AS SELECT
             'client' || i || '@exemple.fr' AS courriel,
             'FR76 3000 6000 0112 3456 7890 189' AS iban,
             i AS id
           FROM range(300) t(i)"""
    )
    con.execute("CREATE TABLE main.orders AS SELECT i AS order_no, i * 1.5 AS amount FROM range(300) t(i)")
    con.close()
    return path


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "exports"
    (root / "nested").mkdir(parents=True)
    pd.DataFrame({"email": [f"user{i}@example.nl" for i in range(200)], "n": range(200)}).to_csv(
        root / "users.csv", index=False
    )
    pd.DataFrame({"telefoon": [f"+31 6 1234 {5000 + i:04d}" for i in range(200)]}).to_parquet(
        root / "nested" / "phones.parquet"
    )
    with open(root / "events.ndjson", "w") as handle:
        for i in range(200):
            handle.write(json.dumps({"id": i, "contact": {"email": f"p{i}@example.be"}}) + "\n")
    (root / "nested" / "notes.txt").write_text(
        "Bonjour, merci de verser le remboursement sur mon compte FR76 3000 6000 0112 3456 7890 189.\n"
        "Vous pouvez me joindre à camille.martin@exemple.fr ou au 06 12 34 56 78.\n", encoding="utf-8")
    return root


def test_scan_a_duckdb_file_records_findings_per_asset(warehouse: Path, tmp_path: Path, capsys) -> None:
    catalog = tmp_path / "cat.duckdb"
    code, _, err = run(["scan", str(warehouse), "--catalog", str(catalog)], capsys)
    assert code == 0, err
    code, out, _ = run(["findings", "--catalog", str(catalog), "--format", "json"], capsys)
    rows = json.loads(out)
    got = {(r["asset"], r["column"], r["entity"]) for r in rows}
    assert ("sales.contacts", "courriel", "EMAIL_ADDRESS") in got
    assert ("sales.contacts", "iban", "IBAN_CODE") in got
    assert not any(r["asset"] == "main.orders" for r in rows)
    for r in rows:
        assert {"scan_id", "source", "asset", "column", "entity", "category", "score", "matched", "sampled"} <= set(r)
        assert 0 <= r["score"] <= 1
        assert "FR76 3000 6000 0112 3456 7890 189" not in json.dumps(r)


def test_scan_a_folder_of_csv_parquet_ndjson(folder: Path, tmp_path: Path, capsys) -> None:
    catalog = tmp_path / "cat.duckdb"
    code, _, err = run(["scan", str(folder), "--catalog", str(catalog)], capsys)
    assert code == 0, err
    rows = json.loads(run(["findings", "--catalog", str(catalog), "--format", "json"], capsys)[1])
    got = {(r["asset"], r["column"], r["entity"]) for r in rows}
    assert ("users.csv", "email", "EMAIL_ADDRESS") in got
    assert ("nested/phones.parquet", "telefoon", "PHONE_NUMBER") in got
    assert ("events.ndjson", "contact.email", "EMAIL_ADDRESS") in got
    # a plain-text document is classified as a whole: no column
    assert {("nested/notes.txt", None, "IBAN_CODE"), ("nested/notes.txt", None, "EMAIL_ADDRESS")} <= got


BAD_INPUT = [
    # (argv, with {t} for the test's folder; what the one-line error must mention)
    ("scan {t}/missing.duckdb --catalog {t}/c.duckdb", "no such file"),
    ("scan {t}/notes.duckdb --catalog {t}/c.duckdb", "not a DuckDB"),
    ("scan {t}/broken.parquet --catalog {t}/c.duckdb", "broken.parquet"),
    ("scan --frobnicate {t}", "No such option"),
    ("check {t}/notes.duckdb", "--policy"),
    ("check {t}/notes.duckdb --policy {t}/nope.yaml --catalog {t}/c.duckdb", "nope.yaml"),
    ("findings --catalog {t}/none.duckdb", "no catalog"),
    ("check {t} --policy {t}/p.yaml --format pdf", "--format"),
]


@pytest.mark.parametrize("argv, message", BAD_INPUT)
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, capsys, argv: str, message: str) -> None:
    (tmp_path / "notes.duckdb").write_text("not a database\n" * 50)
    (tmp_path / "broken.parquet").write_bytes(b"PAR1" + os.urandom(2000) + b"PAR1")
    (tmp_path / "p.yaml").write_text((POLICIES / "wecasa.yaml").read_text())
    code, _, err = run(argv.format(t=tmp_path).split(), capsys)
    lines = [line for line in err.splitlines() if line.strip()]
    assert code == 2, err
    assert len(lines) == 1 and lines[0].startswith("ropa: error:"), err
    assert message in lines[0]


def test_console_script_exit_codes_are_real(tmp_path: Path) -> None:
    """The installed `ropa` entry point maps errors to exit code 2 in a real process."""
    result = subprocess.run([sys.executable, "-m", "flows.cli", "scan", str(tmp_path / "absent")],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "no such file" in result.stderr


def test_every_command_has_help(capsys) -> None:
    for command in ("scan", "findings", "check", "baseline", "demo", "report", "serve", "draft"):
        code, out, _ = run([command, "--help"], capsys)
        assert code == 0 and "Usage" in out, command


def test_full_scan_reads_every_row(warehouse: Path, tmp_path: Path, capsys) -> None:
    catalog = tmp_path / "cat.duckdb"
    code, _, err = run(["scan", str(warehouse), "--catalog", str(catalog), "--full", "--sample", "10"], capsys)
    assert code == 0, err
    rows = json.loads(run(["findings", "--catalog", str(catalog), "--format", "json"], capsys)[1])
    email = [r for r in rows if r["column"] == "courriel"]
    assert email and email[0]["sampled"] == 300 and email[0]["matched"] == 300
