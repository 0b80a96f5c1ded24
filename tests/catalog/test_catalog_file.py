"""The catalog file: no extension ever auto-loads, a SQLite file is refused, creation is atomic."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from catalog import duck
from catalog.errors import CatalogError
from catalog.store import Catalog
from flows.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path: Path) -> dict[str, str]:
    # HOME decides DuckDB's extension folder (~/.duckdb/extensions): a fresh one shows any download
    return {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(tmp_path / "home"),
            "ROPA_HASH_KEY": "cd" * 32}


def _cli(args: list[str], tmp_path: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "flows.cli", *args], cwd=tmp_path, env=_env(tmp_path),
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture()
def people(tmp_path: Path) -> Path:
    path = tmp_path / "people.csv"
    path.write_text("email,n\n" + "".join(f"user{i}@example.nl,{i}\n" for i in range(60)))
    return path


def test_every_duckdb_connection_goes_through_the_safe_helper():
    """Static guard: no module of ropa opens DuckDB but through catalog/duck.py (or the source engine)."""
    offenders = []
    for folder in ("catalog", "classifiers", "flows", "notebooks"):
        for path in (ROOT / folder).rglob("*"):
            if path.suffix not in (".py", ".ipynb") or path.name == "duck.py":
                continue
            if re.search(r"\bduckdb\.connect\(", path.read_text(encoding="utf-8")):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == ["flows/sources/engine.py"]
    from flows.sources.engine import _BASE_CONFIG

    assert _BASE_CONFIG["autoinstall_known_extensions"] is False
    assert _BASE_CONFIG["autoload_known_extensions"] is False


def test_catalog_connections_have_extension_autoloading_off(tmp_path: Path):
    cat = Catalog(tmp_path / "ropa.duckdb")
    cat.begin_scan(["x"], "sample", 10)
    settings = "SELECT current_setting('autoinstall_known_extensions'), current_setting('autoload_known_extensions')"
    with cat.writer() as con:
        assert con.execute(settings).fetchone() == (False, False)
    with cat.reader() as con:
        assert con.execute(settings).fetchone() == (False, False)
    from flows.outputs.views import open_catalog

    con = open_catalog(cat.path)
    try:
        assert con.execute(settings).fetchone() == (False, False)
    finally:
        con.close()


def test_a_sqlite_file_as_catalog_is_refused_and_nothing_downloads(tmp_path: Path, people: Path):
    sqlite_path = tmp_path / "app.sqlite"
    db = sqlite3.connect(sqlite_path)
    db.execute("CREATE TABLE t (x)")
    db.commit()
    db.close()
    before = sqlite_path.read_bytes()
    for args in (["scan", str(people), "--catalog", str(sqlite_path)],
                 ["findings", "--catalog", str(sqlite_path)],
                 ["report", "--html", str(tmp_path / "r.html"), "--catalog", str(sqlite_path)]):
        proc = _cli(args, tmp_path)
        assert proc.returncode == 2, (args, proc.stderr)
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1 and "SQLite database" in lines[0] and "not a ropa catalog" in lines[0], lines
        assert "unexpected" not in proc.stderr and "Traceback" not in proc.stderr
    assert sqlite_path.read_bytes() == before
    assert not (tmp_path / "home" / ".duckdb").exists()   # no extension installed


_SLOW_MIGRATION = """
import sys, time
from catalog import reconcile
from catalog.store import Catalog
real = reconcile.install
def slow(con):
    real(con)
    print("migrating", flush=True)
    time.sleep(120)
reconcile.install = slow
Catalog(sys.argv[1]).begin_scan(["x"], "sample", 10)
"""


def test_a_kill_during_the_first_migration_leaves_no_half_made_catalog(tmp_path: Path, people: Path):
    catalog = tmp_path / "ropa.duckdb"
    proc = subprocess.Popen([sys.executable, "-c", _SLOW_MIGRATION, str(catalog)], env=_env(tmp_path),
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "migrating"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    assert not catalog.exists()                                   # nothing at the catalog's path
    leftovers = list(tmp_path.glob(".ropa.duckdb.*.creating*"))
    assert leftovers                                              # the kill left its temporary file
    found = _cli(["findings", "--catalog", str(catalog)], tmp_path)
    assert found.returncode == 2 and "no catalog at" in found.stderr and "unexpected" not in found.stderr
    scan = _cli(["scan", str(people), "--catalog", str(catalog)], tmp_path)
    assert scan.returncode == 0, scan.stderr
    assert not list(tmp_path.glob(".ropa.duckdb.*.creating*"))   # the next creator removed it
    found = _cli(["findings", "--catalog", str(catalog), "--format", "json"], tmp_path)
    assert found.returncode == 0 and "EMAIL_ADDRESS" in found.stdout


def test_a_schema_less_catalog_is_explained_then_rebuilt(tmp_path: Path, people: Path):
    """An empty DuckDB file at the path (what a kill left before creation was atomic)."""
    catalog = tmp_path / "ropa.duckdb"
    duck.connect(catalog).close()
    with pytest.raises(CatalogError, match="holds no ropa schema"):
        Catalog(catalog).query("FROM current_findings")
    found = _cli(["findings", "--catalog", str(catalog)], tmp_path)
    assert found.returncode == 2 and "holds no ropa schema" in found.stderr and "unexpected" not in found.stderr
    scan = _cli(["scan", str(people), "--catalog", str(catalog)], tmp_path)
    assert scan.returncode == 0, scan.stderr
    assert Catalog(catalog).query("SELECT count(*) AS n FROM current_findings")[0]["n"] >= 1


def test_concurrent_creators_agree_on_one_catalog(tmp_path: Path):
    """Two creators: the second keeps the first's file (link, not rename) and both can write."""
    path = tmp_path / "ropa.duckdb"
    a, b = Catalog(path), Catalog(path)
    a._create()
    first = path.stat().st_ino
    b._create()
    assert path.stat().st_ino == first
    b.begin_scan(["x"], "sample", 1)
    assert len(a.query("SELECT * FROM scans")) == 1
    assert not list(tmp_path.glob(".*.creating*"))


def _warehouse(path: Path) -> Path:
    con = duck.connect(path)
    con.execute("CREATE SCHEMA sales")
    con.execute("CREATE TABLE sales.contacts AS SELECT 'user' || i || '@example.nl' AS email FROM range(50) t(i)")
    con.execute("CREATE VIEW main.v AS SELECT 1 AS one")
    con.close()
    return path


def _state(path: Path) -> tuple[bytes, list[tuple]]:
    con = duck.connect(path, read_only=True)
    try:
        tables = sorted(con.execute("SELECT table_schema, table_name FROM information_schema.tables").fetchall())
    finally:
        con.close()
    return path.read_bytes(), tables


def _one_error(capsys) -> str:
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("ropa: error:"), err
    assert "unexpected" not in err and "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize("command", [
    ["scan", "{people}"],
    ["check", "{people}", "--policy", str(ROOT / "policies" / "wecasa.yaml")],
    ["baseline", "{people}", "--policy", str(ROOT / "policies" / "wecasa.yaml"), "--reason", "r", "-o", "{tmp}/b.yaml"],
    ["findings"],
    ["report", "--html", "{tmp}/r.html"],
    ["gx", "export", "--out", "{tmp}/gx"],
])
def test_a_foreign_duckdb_file_as_catalog_is_refused_untouched(tmp_path: Path, people: Path, capsys, command):
    """The user's warehouse given as --catalog: exit 2, one line, not one byte or table changed."""
    warehouse = _warehouse(tmp_path / "warehouse.duckdb")
    before = _state(warehouse)
    argv = [a.format(people=people, tmp=tmp_path) for a in command] + ["--catalog", str(warehouse)]
    assert main(argv) == 2
    line = _one_error(capsys)
    assert "warehouse.duckdb is a DuckDB database with 2 tables but not a ropa catalog" in line
    assert line.count("warehouse.duckdb") == 1
    assert _state(warehouse) == before
    assert not (tmp_path / "b.yaml").exists() and not (tmp_path / "r.html").exists()


def test_scanning_a_file_into_itself_is_refused_untouched(tmp_path: Path, people: Path, capsys):
    """`scan X --catalog X`, for a warehouse and for a ropa catalog, whatever the spelling."""
    warehouse = _warehouse(tmp_path / "warehouse.duckdb")
    catalog = tmp_path / "ropa.duckdb"
    assert main(["scan", str(people), "--catalog", str(catalog), "-q"]) == 0
    capsys.readouterr()
    for target, spelling in ((warehouse, f"duckdb:///{warehouse}"), (catalog, str(catalog)),
                             (warehouse, str(warehouse))):
        before = _state(target)
        assert main(["scan", spelling, "--catalog", str(target)]) == 2
        line = _one_error(capsys)
        assert "is both a SOURCE and the --catalog" in line, line
        assert _state(target) == before
