"""The CLI as a new user meets it: help, --version, grammar, skips, rejected rows, error lines,
and output that fits a terminal (run in a real pseudo-terminal) or suits a pipe."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib.metadata import version
from pathlib import Path

import pytest
import typer

from flows.cli import app, main

ROOT = Path(__file__).resolve().parents[2]
POLICY = ROOT / "policies" / "webcasso.yaml"


def _run(argv: list[str], capsys) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def _commands() -> list[list[str]]:
    """Every (sub)command path of the CLI, read from click's own tree."""
    root = typer.main.get_command(app)
    found: list[list[str]] = []

    def walk(cmd, path):
        found.append(path)
        for name, sub in getattr(cmd, "commands", {}).items():
            walk(sub, [*path, name])

    walk(root, [])
    return found


def test_the_command_tree_is_complete() -> None:
    names = {" ".join(p) for p in _commands()}
    assert {"scan", "findings", "sql", "check", "baseline", "demo", "report", "register", "locate",
            "gx", "gx export", "serve", "draft"} <= names


@pytest.mark.parametrize("path", _commands(), ids=lambda p: " ".join(p) or "ropa")
def test_every_option_has_help_and_no_python_types(path: list[str], capsys, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    code, out, _ = _run([*path, "--help"], capsys)
    assert code == 0 and "Usage" in out
    for leak in ("<bool>", "<list[", "<str>", "<path>", "<int>", "<float>", "{sources}", "{", "}"):
        assert leak not in out, (path, leak, out)
    assert max(len(line) for line in out.splitlines()) <= 100
    cmd = typer.main.get_command(app)
    for name in path:
        cmd = cmd.commands[name]
    for param in cmd.params:
        if param.param_type_name == "option":
            assert (param.help or "").strip(), (path, param.opts)
        else:
            assert (getattr(param, "help", "") or "").strip(), (path, param.name)


def test_version(capsys) -> None:
    code, out, _ = _run(["--version"], capsys)
    assert code == 0
    assert re.fullmatch(rf"ropa {re.escape(version('ropa'))} \(DuckDB [\d.]+, Python [\d.]+\)\n", out)


@pytest.fixture()
def one_file(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "klanten.csv").write_text(
        "email,iban\n" + "".join(f"k{i}@example.nl,NL91ABNA0417164300\n" for i in range(40))
        + "a,b,c,d\n" + '"broken,\n' + "x,y,z\n")
    return folder


def test_grammar_skips_and_rejected_rows(one_file: Path, tmp_path: Path, capsys) -> None:
    catalog = tmp_path / "ropa.duckdb"
    code, _, err = _run(["scan", str(one_file), "--catalog", str(catalog)], capsys)
    assert code == 0, err
    assert re.search(r": 1 asset — 1 scanned, 0 unchanged \(skipped\), 0 errors; 2 findings from 4\d rows", err), err
    rejected = [line for line in err.splitlines() if line.startswith("  rejected:")]
    assert len(rejected) == 1 and "klanten.csv: 2 malformed rows" in rejected[0], err
    code, _, err = _run(["scan", str(one_file), "--catalog", str(catalog)], capsys)
    assert code == 0
    assert "1 asset — 0 scanned, 1 unchanged (skipped, 2 findings carried forward), 0 errors; 0 findings" in err
    assert "rejected:" not in err    # a skip read nothing


def test_junit_skips_unchanged_assets_saying_how_many_findings_were_carried(
        one_file: Path, tmp_path: Path, capsys) -> None:
    (one_file / "notes.txt").write_text("Mail jan.devries@example.nl of bel 06 12 34 56 78.\n" * 3)
    catalog = tmp_path / "ropa.duckdb"
    argv = ["check", str(one_file), "--policy", str(POLICY), "--catalog", str(catalog), "--format", "junit"]
    code, first, _ = _run(argv, capsys)
    assert code == 1   # nothing there is bound: unbound violations
    assert "<skipped" not in first
    findings = json.loads(_run(["findings", "--catalog", str(catalog), "--format", "json"], capsys)[1])
    per_asset = {a: sum(1 for f in findings if f["asset"] == a) for a in ("klanten.csv", "notes.txt")}
    assert all(per_asset.values())
    code, second, err = _run(argv, capsys)
    assert code == 1       # carried violations still fail the gate
    root = ET.fromstring(second)
    scan = {c.get("name"): c for c in root.find("testsuite[@name='scan']").findall("testcase")}
    for asset, n in per_asset.items():
        message = scan[asset].find("skipped").get("message")
        assert message == f"unchanged since the last scan, not read again: {n} finding{'s' * (n != 1)} carried forward"
    unbound = {c.get("name"): c for c in root.find("testsuite[@name='unbound']").findall("testcase")}
    assert all(unbound[a].find("failure") is not None for a in per_asset)
    undeclared = {c.get("name"): c for c in root.find("testsuite[@name='undeclared']").findall("testcase")}
    assert all("carried forward" in undeclared[a].find("skipped").get("message") for a in per_asset)
    assert f"2 unchanged (skipped, {sum(per_asset.values())} findings carried forward)" in err


def test_an_error_names_its_path_once(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(os.urandom(3000))
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "bad.parquet").write_bytes(os.urandom(3000))
    code, _, err = _run(["scan", str(bad), "--catalog", str(tmp_path / "c.duckdb")], capsys)
    assert code == 2 and err.count("bad.parquet") == 1, err
    code, _, err = _run(["scan", str(folder), "--catalog", str(tmp_path / "c.duckdb")], capsys)
    line = next(line for line in err.splitlines() if line.startswith("  error:"))
    assert code == 2 and line.count("bad.parquet") == 1, err


# ------------------------------------------------------------------ terminal and pipe


def _in_terminal(argv: list[str], columns: int, cwd: Path) -> str:
    """Run ``ropa argv`` with stdout on a real pseudo-terminal ``columns`` wide."""
    controller, worker = pty.openpty()
    env = {**os.environ, "COLUMNS": str(columns), "PYTHONPATH": str(ROOT), "TERM": "dumb"}
    proc = subprocess.Popen([sys.executable, "-m", "flows.cli", *argv], stdout=worker,
                            stderr=subprocess.DEVNULL, cwd=cwd, env=env)
    os.close(worker)
    chunks = []
    while True:
        try:
            data = os.read(controller, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=600)
    os.close(controller)
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


@pytest.fixture(scope="module")
def demo_catalog(tmp_path_factory) -> tuple[Path, Path]:
    """One demo warehouse scanned against its policy (long asset names and details)."""
    from flows.demo import build_demo

    root = tmp_path_factory.mktemp("fit")
    built = build_demo(root / "demo")
    warehouse = built["webcasso"]
    catalog = root / "ropa.duckdb"
    assert main(["check", str(warehouse), "--policy", str(POLICY), "--catalog", str(catalog), "-q",
                 "-o", str(root / "first.txt")]) == 1
    return warehouse, catalog


@pytest.mark.parametrize("columns", [60, 90, 140])
def test_tables_and_text_fit_the_terminal(demo_catalog, columns: int) -> None:
    warehouse, catalog = demo_catalog
    findings = _in_terminal(["findings", "--catalog", str(catalog)], columns, catalog.parent)
    check = _in_terminal(["check", str(warehouse), "--policy", str(POLICY), "--catalog", str(catalog), "-q"],
                         columns, catalog.parent)
    for text in (findings, check):
        lines = text.splitlines()
        assert len(lines) > 5
        assert max(len(line) for line in lines) <= columns, "\n".join(line for line in lines if len(line) > columns)
    assert "OVER_RETAINED" in check and "violations in" in check.replace("\n", " ")


def test_piped_output_is_one_record_per_line(demo_catalog, capsys) -> None:
    warehouse, catalog = demo_catalog
    code, out, _ = _run(["findings", "--catalog", str(catalog)], capsys)
    rows = json.loads(_run(["findings", "--catalog", str(catalog), "--format", "json"], capsys)[1])
    lines = out.splitlines()
    assert code == 0 and lines[0].split("\t")[:3] == ["asset", "column", "entity"]
    assert len(lines) == len(rows) + 1 and all(line.count("\t") == 6 for line in lines)
    code, out, _ = _run(["check", str(warehouse), "--policy", str(POLICY), "--catalog", str(catalog), "-q"], capsys)
    violations = json.loads(_run(["check", str(warehouse), "--policy", str(POLICY), "--catalog", str(catalog),
                                  "-q", "--format", "json"], capsys)[1])
    records = [line for line in out.splitlines() if line.startswith("  ")]
    assert code == 1 and len(records) == len(violations)
