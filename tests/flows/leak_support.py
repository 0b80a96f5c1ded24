"""Every output ropa writes, produced from one source, for the leak tests to search
(``test_credentials_postgres.py``, ``test_credentials_mysql.py``); no tests of its own."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from flows.cli import main


def catalog_text(path: Path) -> str:
    """Every row of every table and view of a catalog, as text."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        out = []
        for (table,) in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
        ).fetchall():  # tables and views
            out.extend(str(r) for r in con.execute(f'SELECT * FROM "{table}"').fetchall())
        return "\n".join(out)
    finally:
        con.close()


def every_output(source: str, policy: Path, catalog: Path, tmp_path: Path,
                 capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    """Scan ``source`` (two of its views fail), then run ``check`` in every format, ``baseline``,
    ``findings``, ``report`` and ``gx export``; {output name: its text}, the stdout and stderr
    of each command, the files they wrote, the catalog's rows and its raw bytes included."""
    outputs: dict[str, str] = {}

    def run(name: str, argv: list[str]) -> int:
        code = main(argv)
        captured = capsys.readouterr()
        outputs[f"{name} stdout"], outputs[f"{name} stderr"] = captured.out, captured.err
        return code

    assert run("scan", ["scan", source, "--catalog", str(catalog)]) == 2  # two views failed
    for fmt in ("text", "json", "junit", "sarif"):
        out = tmp_path / f"check.{fmt}"
        assert run(f"check {fmt}", ["check", source, "--policy", str(policy), "--catalog", str(catalog),
                                    "--format", fmt, "-o", str(out)]) in (1, 2)
        outputs[f"check {fmt} file"] = out.read_text()
    assert run("baseline", ["baseline", source, "--policy", str(policy), "--catalog", str(catalog),
                            "--reason", "PRIV-1", "-o", str(tmp_path / "baseline.yaml")]) == 0
    outputs["baseline file"] = (tmp_path / "baseline.yaml").read_text()
    assert run("findings", ["findings", "--catalog", str(catalog), "--format", "json"]) == 0
    assert run("report", ["report", "--catalog", str(catalog), "--html", str(tmp_path / "r.html")]) == 0
    outputs["report file"] = (tmp_path / "r.html").read_text()
    assert run("gx", ["gx", "export", "--catalog", str(catalog), "--out", str(tmp_path / "gx")]) == 0
    for suite in sorted((tmp_path / "gx").glob("**/*.json")):
        outputs[f"gx {suite.name}"] = suite.read_text()
    outputs["catalog tables and views"] = catalog_text(catalog)
    outputs["catalog file bytes"] = catalog.read_bytes().decode("latin-1")
    return outputs
