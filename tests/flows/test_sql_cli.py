"""``ropa sql``: read-only queries on a real catalog, as a table, CSV and JSON; writes refused."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from catalog import duck
from flows.cli import main


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("sqlcat")
    data = root / "data"
    data.mkdir()
    (data / "people.csv").write_text(
        "email,iban,n\n" + "".join(f"user{i}@example.nl,NL91ABNA0417164300,{i}\n" for i in range(80)))
    (data / "notes.txt").write_text("Bel me op 06 12 34 56 78 of mail jan.devries@example.nl\n" * 5)
    path = root / "ropa.duckdb"
    assert main(["scan", str(data), "--catalog", str(path), "-q"]) == 0
    return path


def _direct(catalog: Path, sql: str) -> list[tuple]:
    con = duck.connect(catalog, read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


QUERY = "SELECT asset, column_name, entity, score, matched, examples FROM current_findings ORDER BY ALL"


def test_csv_and_json_hold_what_duckdb_returns(catalog: Path, capsys) -> None:
    expected = _direct(catalog, QUERY)
    assert len(expected) >= 3
    assert main(["sql", QUERY, "--catalog", str(catalog), "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["asset", "column_name", "entity", "score", "matched", "examples"]
    assert [(r[0], r[1] or None, r[2], float(r[3]), int(r[4])) for r in rows[1:]] == \
        [(e[0], e[1], e[2], e[3], e[4]) for e in expected]
    assert [json.loads(r[5]) for r in rows[1:]] == [list(e[5]) for e in expected]

    assert main(["sql", QUERY, "--catalog", str(catalog), "--format", "json"]) == 0
    objects = json.loads(capsys.readouterr().out)
    assert [(o["asset"], o["column_name"], o["entity"], o["score"], o["matched"], o["examples"])
            for o in objects] == [(*e[:5], list(e[5])) for e in expected]


def test_piped_output_defaults_to_csv(catalog: Path, capsys) -> None:
    """capsys is not a terminal: the default (auto) is CSV, one record per line, no box."""
    assert main(["sql", "SELECT count(*) AS n FROM current_findings", "--catalog", str(catalog)]) == 0
    out = capsys.readouterr().out
    assert out == f"n\n{_direct(catalog, 'SELECT count(*) FROM current_findings')[0][0]}\n"


@pytest.mark.parametrize("columns", [60, 90, 200])
def test_table_fits_the_terminal(catalog: Path, capsys, monkeypatch, columns: int) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    assert main(["sql", "FROM catalog_findings", "--catalog", str(catalog), "--format", "table"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= columns
    assert "EMAIL_ADDRESS" in out   # no value folded mid-word at any width
    n = _direct(catalog, "SELECT count(*) FROM catalog_findings")[0][0]
    assert f"{n} rows" in out
    if columns < 13 * 11:   # 13 columns cannot get 8 characters each: one block per row
        assert out.count("─[ ") == n


WRITES = [
    "INSERT INTO ropa_meta VALUES ('x', 'y')",
    "DROP TABLE findings",
    "DELETE FROM findings",
    "CREATE TABLE main.t AS SELECT 1",
    "COPY findings TO '{tmp}/out.csv'",
    "ATTACH '{tmp}/other.duckdb' AS other",
    "SELECT * FROM read_csv('{tmp}/secret.csv')",
    "SET enable_external_access = true",
    "INSTALL httpfs",
    "EXPORT DATABASE '{tmp}/dump'",
]


@pytest.mark.parametrize("statement", WRITES)
def test_writes_and_file_access_are_refused(catalog: Path, tmp_path: Path, capsys, statement: str) -> None:
    (tmp_path / "secret.csv").write_text("a\n1\n")
    before = catalog.read_bytes()
    code = main(["sql", statement.format(tmp=tmp_path), "--catalog", str(catalog)])
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.strip()]
    assert code == 2 and len(lines) == 1 and lines[0].startswith("ropa: error: ropa sql only reads"), err
    assert catalog.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["secret.csv"]


def test_bad_queries_and_catalogs_are_one_line_exit_2(catalog: Path, tmp_path: Path, capsys) -> None:
    cases = [
        (["sql", "SELEC 1", "--catalog", str(catalog)], "query failed: Parser Error"),
        (["sql", "FROM nowhere", "--catalog", str(catalog)], "query failed: Catalog Error"),
        (["sql", "SELECT 1", "--catalog", str(tmp_path / "none.duckdb")], "no catalog at"),
        (["sql", "SELECT 1", "--catalog", str(catalog), "--format", "xml"], "--format"),
    ]
    for argv, message in cases:
        assert main(argv) == 2
        err = capsys.readouterr().err.strip()
        assert err.count("\n") == 0 and message in err, err


def test_the_readme_command_works(catalog: Path, capsys, monkeypatch) -> None:
    """The tour's line, as typed, from the catalog's folder (default ./ropa.duckdb)."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    assert 'ropa sql "FROM current_findings"' in readme and "duckdb -readonly" not in readme
    monkeypatch.chdir(catalog.parent)
    monkeypatch.delenv("ROPA_CATALOG", raising=False)
    assert main(["sql", "FROM current_findings"]) == 0
    assert "EMAIL_ADDRESS" in capsys.readouterr().out
