"""`ropa check` when the input fights back (issue 10, items 4, 8 and 9).

* one unreadable asset does not hide the report: every format is written, with an error row,
  and the exit code says both (2 wins over 1; ``--fail-on`` decides what counts);
* names holding ANSI escapes, control characters or bidi marks cannot reach a terminal raw,
  cannot make JUnit invalid XML, and come back unchanged from JSON;
* a check that checks nothing (includes matching nothing, every file skipped) says what it
  skipped and exits 2 unless ``--allow-empty``;
* each of the issue's vague errors now has its own message, found before any scan runs.
"""

from __future__ import annotations

import json
import os
import sqlite3
import zipfile
from pathlib import Path

import jsonschema
import pytest
import xmlschema

from flows.cli import main

SCHEMAS = Path(__file__).parent / "schemas"

POLICY = """\
ropa: 1
organisation: Test
jurisdiction: NL
language: nl
subjects:
  customer:
    categories: [identity.name]
    purposes: [{name: Orders, legal_basis: contract}]
    retention: {rule: as_long_as_necessary}
bindings:
  - {assets: "*", subject: customer}
"""
EMAILS = "email\n" + "".join(f"klant{i}@voorbeeld.nl\n" for i in range(40))


@pytest.fixture()
def policy(tmp_path: Path) -> Path:
    path = tmp_path / "policy.yaml"
    path.write_text(POLICY)
    return path


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


# --- item 4: one broken asset must not hide the report -------------------------------------


@pytest.fixture()
def half_broken(tmp_path: Path) -> Path:
    """A SQLite file: a table of undeclared emails and a view over a dropped table."""
    db = tmp_path / "crm.sqlite"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE people (email TEXT)")
    con.executemany("INSERT INTO people VALUES (?)", [(f"klant{i}@voorbeeld.nl",) for i in range(40)])
    con.execute("CREATE TABLE gone (x)")
    con.execute("CREATE VIEW broken AS SELECT * FROM gone")
    con.commit()
    con.execute("DROP TABLE gone")
    con.commit()
    con.close()
    return db


@pytest.mark.parametrize("fmt", ["text", "json", "junit", "sarif"])
def test_the_report_is_written_with_the_error_row_in_every_format(half_broken, policy, tmp_path, capsys, fmt) -> None:
    report = tmp_path / f"report.{fmt}"
    code, _, err = run(["check", str(half_broken), "--policy", str(policy), "--catalog", str(tmp_path / "c.duckdb"),
                        "--format", fmt, "-o", str(report)], capsys)
    assert code == 2, err  # something could not be read: 2 wins over the violations' 1
    text = report.read_text()
    assert "main.broken" in text and "main.people" in text
    if fmt == "json":
        kinds = {(r["asset"], r["kind"]) for r in json.loads(text)}
        assert {("main.broken", "error"), ("main.people", "undeclared")} <= kinds
    if fmt == "junit":
        xmlschema.XMLSchema(str(SCHEMAS / "JUnit.xsd")).validate(text.encode())
        assert 'type="scan_error"' in text
    if fmt == "sarif":
        log = json.loads(text)
        jsonschema.validate(log, json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text()))


def test_fail_on_decides_what_the_exit_code_counts(half_broken, policy, tmp_path, capsys) -> None:
    base = ["check", str(half_broken), "--policy", str(policy), "--catalog", str(tmp_path / "c.duckdb"), "-q"]
    sarif = tmp_path / "r.sarif"
    code, _, _ = run([*base, "--format", "sarif", "--fail-on", "none", "-o", str(sarif)], capsys)
    assert code == 0
    results = json.loads(sarif.read_text())["runs"][0]["results"]
    assert {r["ruleId"] for r in results} >= {"error", "undeclared"} or len(results) >= 2
    assert all(r["level"] == "warning" for r in results)
    assert run([*base, "--fail-on", "undeclared"], capsys)[0] == 1       # the error only warns
    assert run([*base, "--fail-on", "error"], capsys)[0] == 2
    assert run([*base, "--fail-on", "special_category"], capsys)[0] == 0


# --- item 8: output injection --------------------------------------------------------------

HOSTILE_NAMES = ["red\x1b[31mALERT\x1b[0m.csv", "invoice\u202efdp.csv", "bell\x07tab\tnl.csv", "zw\u200bj\ufeff.csv"]


@pytest.fixture()
def hostile_folder(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    for name in HOSTILE_NAMES:
        (root / name).write_text(EMAILS)
    return root


def test_hostile_names_are_escaped_in_text_and_junit_and_exact_in_json(hostile_folder, policy, tmp_path, capsys) -> None:
    base = ["check", str(hostile_folder), "--policy", str(policy), "--catalog", str(tmp_path / "c.duckdb")]
    code, out, err = run([*base, "--format", "text"], capsys)
    assert code == 1, err
    for stream in (out, err):
        assert "\x1b" not in stream and "\u202e" not in stream and "\x07" not in stream and "\u200b" not in stream
    assert "red\\x1b[31mALERT" in out and "invoice\\u202efdp.csv" in out

    code, junit, _ = run([*base, "--format", "junit"], capsys)
    xmlschema.XMLSchema(str(SCHEMAS / "JUnit.xsd")).validate(junit.encode())  # XML 1.0 forbids \x1b, \x07
    assert "\u202e" not in junit

    for fmt in ("json", "sarif"):
        code, doc, _ = run([*base, "--format", fmt], capsys)
        assert "\u202e" not in doc and "\x1b" not in doc and "\u200b" not in doc
        parsed = json.loads(doc)
        if fmt == "json":
            assert {r["asset"] for r in parsed} == set(HOSTILE_NAMES)  # escaped, not altered

    code, table, _ = run(["findings", "--catalog", str(tmp_path / "c.duckdb")], capsys)
    assert code == 0 and "\x1b" not in table and "\u202e" not in table
    html = tmp_path / "r.html"
    assert run(["report", "--catalog", str(tmp_path / "c.duckdb"), "--html", str(html)], capsys)[0] == 0
    page = html.read_text()
    assert "\x1b" not in page and "\u202e" not in page and "invoice\\u202efdp.csv" in page


def test_a_column_named_like_rich_markup_is_printed_as_text(tmp_path, capsys) -> None:
    data = tmp_path / "m.csv"
    data.write_text("[/bold]email[red]\n" + "".join(f"klant{i}@voorbeeld.nl\n" for i in range(40)))
    assert run(["scan", str(data), "--catalog", str(tmp_path / "c.duckdb"), "-q"], capsys)[0] == 0
    code, out, err = run(["findings", "--catalog", str(tmp_path / "c.duckdb")], capsys)
    assert code == 0, err
    assert "[/bold]email[red]" in out


# --- item 8: checks that check nothing -----------------------------------------------------


@pytest.fixture()
def unreadable_folder(tmp_path: Path) -> Path:
    root = tmp_path / "nothing"
    root.mkdir()
    (root / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    with zipfile.ZipFile(root / "bundle.zip", "w") as z:
        z.writestr("inner.csv", EMAILS)
    (root / "data.weird").write_text(EMAILS)
    os.symlink(root / "data.weird", root / "link.csv")
    os.mkfifo(root / "pipe.csv")
    return root


def test_a_check_where_every_file_is_skipped_says_why_and_exits_2(unreadable_folder, policy, tmp_path, capsys) -> None:
    base = ["check", str(unreadable_folder), "--policy", str(policy), "--catalog", str(tmp_path / "c.duckdb")]
    code, out, err = run(base, capsys)
    assert code == 2
    assert "No violations" not in out
    for name in ("old.xls", "bundle.zip", "data.weird", "link.csv", "pipe.csv"):
        assert f"skipped: {name}" in err, err
    assert "link, pipe or device" in err and "no reader for .zip" in err
    assert "nothing was checked" in err and "--allow-empty" in err
    code, out, err = run([*base, "--allow-empty"], capsys)
    assert code == 0 and "No violations" in out


def test_includes_that_match_nothing_exit_2(hostile_folder, policy, tmp_path, capsys) -> None:
    code, out, err = run(["check", str(hostile_folder), "--policy", str(policy), "--catalog", str(tmp_path / "c.duckdb"),
                          "--include", "*.parquet"], capsys)
    assert code == 2 and "--include *.parquet matches no asset" in err and out == ""


# --- item 9: each vague error gets its own message -----------------------------------------


def test_output_into_a_missing_folder_is_refused_before_the_scan(hostile_folder, policy, tmp_path, capsys) -> None:
    catalog = tmp_path / "c.duckdb"
    code, _, err = run(["check", str(hostile_folder), "--policy", str(policy), "--catalog", str(catalog),
                        "-o", str(tmp_path / "no" / "such" / "r.sarif")], capsys)
    assert code == 2 and "does not exist: create it first" in err
    assert not catalog.exists()  # refused before anything was scanned


def test_a_huge_sample_is_capped_not_a_csv_error(tmp_path, capsys) -> None:
    data = tmp_path / "good.csv"
    data.write_text(EMAILS)
    code, _, err = run(["scan", str(data), "--catalog", str(tmp_path / "c.duckdb"), "--sample", "99999999999999"], capsys)
    assert code == 0, err
    assert "capped at 1,000,000 rows" in err and "1 scanned" in err
    code, _, err = run(["scan", str(data), "--catalog", str(tmp_path / "c.duckdb"), "--sample", "1" + "0" * 24], capsys)
    assert code == 0, err
    code, _, err = run(["scan", str(data), "--catalog", str(tmp_path / "c.duckdb"), "--sample", "1e24"], capsys)
    assert code == 2 and "--sample" in err and "unexpected" not in err


@pytest.mark.parametrize("uri, words", [
    ("postgresql://[::1", "not a valid PostgreSQL URI"),
    ("postgresql://u@db.example:notaport/crm", "not a valid PostgreSQL URI"),
    ("postgresql://u@db.example:99999/crm", "port out of range"),
    ("postgresql://db.example/crm?frobnicate=1", "parameters as libpq names them"),
])
def test_a_malformed_postgres_url_is_named_as_such(tmp_path, capsys, uri, words) -> None:
    code, _, err = run(["scan", uri, "--catalog", str(tmp_path / "c.duckdb")], capsys)
    assert code == 2 and words in err and "unexpected" not in err


def _unwritable_folder(tmp_path: Path) -> Path:
    """A folder this process really cannot create files in.

    As a normal user a mode-555 folder; as root (who ignores modes) procfs's /proc/sys, where
    no file can be created either.
    """
    if os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o555)
        return locked
    candidate = Path("/proc/sys")
    if not candidate.is_dir() or os.access(candidate, os.W_OK):
        pytest.skip("running as root with no unwritable folder to aim at")
    return candidate


def test_an_unwritable_catalog_folder_is_named_before_the_scan(tmp_path: Path, capsys) -> None:
    data = tmp_path / "good.csv"
    data.write_text(EMAILS)
    folder = _unwritable_folder(tmp_path)
    code, _, err = run(["scan", str(data), "--catalog", str(folder / "c.duckdb")], capsys)
    assert code == 2, err
    assert "cannot write in" in err and "read-only folder or filesystem" in err
    assert "unexpected" not in err and "scan " not in err  # refused before scanning
    code, _, err = run(["check", str(data), "--policy", "x.yaml", "--catalog", str(tmp_path / "c.duckdb"),
                        "-o", str(folder / "r.sarif")], capsys)
    assert code == 2 and "cannot write there" in err
