"""SQLAlchemySource through three real dialects: SQLite (a file), PostgreSQL through psycopg and
MariaDB through PyMySQL (the servers tests/flows/conftest.py starts)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import duckdb
import psycopg
import pytest
import sqlalchemy as sa

from flows.cli import main
from flows.sources import open_source
from flows.sources.base import Asset, SourceError
from flows.sources.errors import SourceConnectionError, SourceNotFound, UnsupportedSource
from flows.sources.sqlalchemy_source import SQLAlchemySource
from tests.flows.sources_support import asset_named as _asset

BIG_ROWS = 300_000


def _statements(source: SQLAlchemySource) -> list[str]:
    """Every SQL statement the source's engine sends from now on (appended as they go)."""
    sent: list[str] = []
    sa.event.listen(source._engine, "before_cursor_execute", lambda c, cur, stmt, *a: sent.append(stmt))
    return sent


# -- SQLite ---------------------------------------------------------------------------------------


@pytest.fixture()
def sqlite_file(tmp_path: Path) -> Path:
    path = tmp_path / "app.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT, joined TEXT)")
    con.executemany("INSERT INTO customers VALUES (?, ?, ?)",
                    [(i, f"user{i}@example.fr", f"2024-01-0{1 + i % 3}") for i in range(1, 41)])
    con.execute('CREATE TABLE "we;ird ""name" ("e mail" TEXT)')
    con.execute('INSERT INTO "we;ird ""name" VALUES (\'a@b.fr\')')
    con.execute("CREATE VIEW recent AS SELECT id, email FROM customers WHERE id > 30")
    con.commit()
    con.close()
    return path


def test_sqlite_through_sqlalchemy(sqlite_file: Path):
    src = open_source(f"sqlite+pysqlite:///{sqlite_file}")
    try:
        assert isinstance(src, SQLAlchemySource) and src.dialect == "sqlite"
        assert [a.name for a in src.assets()] == ["main.customers", "main.recent", 'main.we;ird "name']
        sample = src.sample(_asset(src, "main.customers"), 25)
        assert sample.table.num_rows == 25 and sample.row_count is None
        assert sample.sampling.startswith("limit: LIMIT 25")
        whole = src.sample(_asset(src, "main.customers"), 100)
        assert whole.row_count == 40  # shorter than asked: the whole table
        assert src.sample(_asset(src, "main.recent"), 100).table.num_rows == 10
        weird = src.sample(_asset(src, 'main.we;ird "name'), 5)
        assert weird.table.column("e mail").to_pylist() == ["a@b.fr"]
        assert sum(b.num_rows for b in src.batches(_asset(src, "main.customers"), batch_rows=7)) == 40
        assert src.date_histogram(_asset(src, "main.customers"), "joined") == [
            (date(2024, 1, 1), 13), (date(2024, 1, 2), 14), (date(2024, 1, 3), 13)]
        before = src.fingerprint(_asset(src, "main.customers"))
        assert src.fingerprint(_asset(src, "main.customers")) == before
        con = sqlite3.connect(sqlite_file)
        con.execute("INSERT INTO customers VALUES (41, 'x@y.fr', '2024-02-01')")
        con.commit()
        con.close()
        assert src.fingerprint(_asset(src, "main.customers")) != before
        with pytest.raises(SourceNotFound):
            src.sample(Asset(source=src.uri, name="main.gone", kind="table", location=("main", "gone")), 3)
        sqlite_file.unlink()  # the database goes away: an error, and no new empty file
        with pytest.raises(SourceError):
            src.sample(_asset_of(src.uri, "main.customers"), 3)
        assert not sqlite_file.exists()
    finally:
        src.close()


def _asset_of(uri: str, name: str) -> Asset:
    schema, table = name.split(".", 1)
    return Asset(source=uri, name=name, kind="table", location=(schema, table))


def test_a_dialect_that_is_not_installed_says_what_to_install():
    with pytest.raises(UnsupportedSource) as info:
        open_source("snowflakeish+connector://u:Secret-99@acct/db")
    assert "install" in str(info.value) and "Secret-99" not in str(info.value)


def test_sqlite_scan_records_the_strategy(sqlite_file: Path, tmp_path: Path):
    catalog = tmp_path / "c.duckdb"
    assert main(["scan", f"sqlite+pysqlite:///{sqlite_file}", "--catalog", str(catalog)]) == 0
    con = duckdb.connect(str(catalog), read_only=True)
    params = dict(con.execute("SELECT a.asset, s.scan_params FROM asset_scans s JOIN assets a USING (asset_id)").fetchall())
    con.close()
    assert '"sampling": "limit: LIMIT 2000' in params["main.customers"]
    assert main(["scan", f"sqlite+pysqlite:///{sqlite_file}", "--catalog", str(catalog)]) == 0
    con = duckdb.connect(str(catalog), read_only=True)
    statuses = [s for (s,) in con.execute("SELECT status FROM asset_scans").fetchall()]
    con.close()
    assert statuses.count("skipped") == 3  # the second scan skips the unchanged tables


# -- PostgreSQL -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pg_sa_uri(postgres_server) -> str:
    with psycopg.connect(postgres_server.uri(), autocommit=True) as con:
        con.execute("DROP DATABASE IF EXISTS ropa_sa")
        con.execute("CREATE DATABASE ropa_sa")
    with psycopg.connect(postgres_server.uri("ropa_sa"), autocommit=True) as con:
        con.execute("CREATE SCHEMA crm")
        con.execute("CREATE TABLE crm.events (id bigint PRIMARY KEY, email text, at date)")
        con.execute(f"INSERT INTO crm.events SELECT i, 'user' || i || '@example.fr', date '2024-01-01' + (i % 5) "
                    f"FROM generate_series(1, {BIG_ROWS}) i")
        con.execute("ANALYZE crm.events")
        con.execute("CREATE TABLE public.small (id int PRIMARY KEY, email text)")
        con.execute("INSERT INTO public.small SELECT i, 'p' || i || '@example.fr' FROM generate_series(1, 10) i")
        con.execute("CREATE VIEW crm.v AS SELECT id FROM crm.events WHERE id < 100")
    s = postgres_server
    return f"postgresql+psycopg://{s.user}:Pg-sa-secret@{s.host}:{s.port}/ropa_sa"


@pytest.mark.postgres
def test_postgresql_pushes_tablesample_down(pg_sa_uri, postgres_server):
    src = open_source(pg_sa_uri)
    try:
        assert "Pg-sa-secret" not in src.uri
        assert {a.name for a in src.assets()} == {"crm.events", "crm.v", "public.small"}
        sent = _statements(src)
        sample = src.sample(_asset(src, "crm.events"), 1000)
        ids = sample.table.column("id").to_pylist()
        assert len(ids) == 1000 and len(set(ids)) == 1000
        assert sample.sampling.startswith("tablesample: TABLESAMPLE SYSTEM (")
        query = next(q for q in sent if "TABLESAMPLE" in q)
        assert "TABLESAMPLE system(" in query and "REPEATABLE" in query
        # the same clause, as this dialect compiles it, is a Sample Scan: only sampled pages are read
        clause = sa.select(sa.literal_column("1")).select_from(
            sa.tablesample(sa.table("events", schema="crm"), sa.func.system(1.0), seed=sa.literal_column("42")))
        with psycopg.connect(postgres_server.uri("ropa_sa")) as con:
            plan = "\n".join(r[0] for r in con.execute(
                "EXPLAIN " + str(clause.compile(dialect=src._engine.dialect, compile_kwargs={"literal_binds": True}))
            ).fetchall())
        assert "Sample Scan" in plan
        assert max(ids) - min(ids) > BIG_ROWS // 2  # pages from all over the table
        small = src.sample(_asset(src, "public.small"), 100)
        assert small.sampling.startswith("limit") and small.row_count == 10
        assert src.sample(_asset(src, "crm.v"), 500).table.num_rows == 99
        assert src.date_histogram(_asset(src, "crm.events"), "at")[0] == (date(2024, 1, 1), BIG_ROWS // 5)
    finally:
        src.close()


@pytest.mark.postgres
def test_postgresql_refused_login_is_not_transient(postgres_server):
    s = postgres_server
    with pytest.raises(SourceError) as info:
        SQLAlchemySource(f"postgresql+psycopg://{s.user}@{s.host}:{s.port}/no_such_db")
    assert not info.value.transient and "does not exist" not in str(info.value)


def test_unreachable_database_is_transient():
    with pytest.raises(SourceConnectionError) as info:
        SQLAlchemySource("postgresql+psycopg://u:Sekr3t-1@127.0.0.1:1/db?connect_timeout=2")
    assert info.value.transient and "Sekr3t-1" not in str(info.value)


# -- MariaDB ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def my_sa_uri(mariadb_server) -> str:
    con = mariadb_server.admin()
    with con.cursor() as cur:
        cur.execute("CREATE DATABASE sa_shop")
        cur.execute("USE sa_shop")
        cur.execute("CREATE TABLE `we;ird ``t` (id INT PRIMARY KEY, `e mail` TEXT)")
        cur.execute("INSERT INTO `we;ird ``t` SELECT seq, CONCAT('m', seq, '@example.nl') FROM seq_1_to_500")
        cur.execute("CREATE USER 'sa_reader'@'127.0.0.1' IDENTIFIED BY 'Sa-pw-8841'")
        cur.execute("GRANT SELECT ON sa_shop.* TO 'sa_reader'@'127.0.0.1'")
    con.close()
    return f"mysql+pymysql://sa_reader:Sa-pw-8841@127.0.0.1:{mariadb_server.port}/sa_shop"


@pytest.mark.mariadb
def test_mariadb_through_sqlalchemy(my_sa_uri, tmp_path: Path, capsys):
    src = open_source(my_sa_uri)
    try:
        assert "Sa-pw-8841" not in src.uri and src.dialect == "mysql"
        assert [a.name for a in src.assets()] == ["sa_shop.we;ird `t"]
        sent = _statements(src)
        sample = src.sample(_asset(src, "sa_shop.we;ird `t"), 100)
        assert sample.table.num_rows == 100 and sample.sampling.startswith("limit: LIMIT 100")
        assert any("`we;ird ``t`" in q and "LIMIT" in q for q in sent)  # the dialect's backticks
    finally:
        src.close()
    catalog = tmp_path / "c.duckdb"
    assert main(["scan", my_sa_uri, "--catalog", str(catalog)]) == 0
    out = capsys.readouterr()
    assert "Sa-pw-8841" not in out.out + out.err
    assert b"Sa-pw-8841" not in catalog.read_bytes()
    con = duckdb.connect(str(catalog), read_only=True)
    sources = {s for (s,) in con.execute("SELECT DISTINCT source FROM assets").fetchall()}
    con.close()
    assert sources == {my_sa_uri.replace(":Sa-pw-8841", "")}


@pytest.mark.mariadb
def test_a_database_that_goes_away_mid_scan_gives_error_rows(tmp_path: Path, monkeypatch, capsys):
    """Through SQLAlchemy: a private MariaDB stopped after the scan listed its tables; its
    tables become error rows and a folder in the same scan is scanned."""
    import shutil
    import tempfile

    import pymysql

    import flows.scan
    from tests.flows.conftest import _mariadb_binaries, start_mariadb, stop_mariadb

    if _mariadb_binaries() is None:
        pytest.skip("no MariaDB server binaries")
    workdir = Path(tempfile.mkdtemp(prefix="ropa-mariadb-sa-gone-"))
    proc, port = start_mariadb(workdir)
    try:
        root = pymysql.connect(unix_socket=str(workdir / "mysqld.sock"), user="root", autocommit=True)
        with root.cursor() as cur:
            cur.execute("CREATE USER 'gone'@'127.0.0.1' IDENTIFIED BY 'G0ne-sa-pw'")
            cur.execute("GRANT ALL ON *.* TO 'gone'@'127.0.0.1'")
            cur.execute("CREATE DATABASE shop")
            cur.execute("CREATE TABLE shop.a (id INT PRIMARY KEY, email TEXT)")
            cur.execute("CREATE TABLE shop.b (id INT PRIMARY KEY, email TEXT)")
        root.close()
        folder = tmp_path / "exports"
        folder.mkdir()
        (folder / "people.csv").write_text("email\n" + "".join(f"q{i}@example.nl\n" for i in range(20)))
        real = flows.scan.discover

        def discover_then_stop(*args, **kwargs):
            found = real(*args, **kwargs)
            stop_mariadb(proc)
            return found

        monkeypatch.setattr(flows.scan, "discover", discover_then_stop)
        catalog = tmp_path / "c.duckdb"
        uri = f"mysql+pymysql://gone:G0ne-sa-pw@127.0.0.1:{port}/shop"
        assert main(["scan", uri, str(folder), "--catalog", str(catalog)]) == 2
        out = capsys.readouterr()
        assert "G0ne-sa-pw" not in out.out + out.err
        con = duckdb.connect(str(catalog), read_only=True)
        rows = dict(con.execute(
            "SELECT a.asset, s.status || ':' || coalesce(s.error, '') FROM asset_scans s JOIN assets a USING (asset_id)"
        ).fetchall())
        con.close()
        assert rows["people.csv"].startswith("scanned:")
        assert rows["shop.a"].startswith("error:") and rows["shop.b"].startswith("error:"), rows
        assert all("G0ne-sa-pw" not in v for v in rows.values())
    finally:
        stop_mariadb(proc)
        shutil.rmtree(workdir, ignore_errors=True)
