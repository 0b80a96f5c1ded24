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
