"""MySQLSource against a real MariaDB started by tests/flows/conftest.py (``mariadb_server``)."""

from __future__ import annotations

import json
import shutil
import tempfile
from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest

from flows.sources import open_source
from flows.sources.base import Asset, SourceError
from flows.sources.errors import SourceConnectionError, SourceNotFound, SourcePermissionError
from flows.sources.limits import MAX_CELL_CHARS
from flows.sources.mysql_source import MySQLSource
from tests.flows.sources_support import asset_named as _asset

pytestmark = pytest.mark.mariadb

HOSTILE_DB = "Ventes `EU` 100%"
HOSTILE_TABLE = 'we;ird `name" %s'
BIG_ROWS = 300_000
READER_PW = "R3ader-geheim-77"

SETUP = [
    "CREATE DATABASE crm CHARACTER SET utf8mb4",
    "USE crm",  # the sequence tables (seq_1_to_N) need a current database
    "CREATE DATABASE `Ventes ``EU`` 100%` CHARACTER SET utf8mb4",
    "CREATE TABLE crm.customers (id INT PRIMARY KEY, email VARCHAR(200), birth DATE, created DATETIME, "
    "profile JSON, amount DECIMAL(10,2), kind ENUM('a','b'), flags BIT(3), photo BLOB, note LONGTEXT)",
    "INSERT INTO crm.customers SELECT seq, CONCAT('user', seq, '@example.fr'), DATE '1980-01-01' + INTERVAL seq DAY, "
    "TIMESTAMP '2024-03-01 12:00:00' + INTERVAL (seq % 3) DAY, JSON_OBJECT('phone', CONCAT('06', LPAD(seq, 8, '0'))), "
    "seq * 1.5, IF(seq % 2, 'a', 'b'), b'101', x'00ff', IF(seq = 7, REPEAT('x', 50000), NULL) FROM seq_1_to_30",
    "CREATE TABLE `Ventes ``EU`` 100%`.`we;ird ``name\" %s` (`e mail` TEXT, `Prénom` TEXT, `select` INT, `100% sûr` DATE)",
    "INSERT INTO `Ventes ``EU`` 100%`.`we;ird ``name\" %s` VALUES ('a@b.fr', 'Zoé', 1, '2024-01-01'), ('c@d.fr', 'Loïc', 2, NULL)",
    "CREATE TABLE crm.events (id BIGINT PRIMARY KEY, at VARCHAR(40), payload VARCHAR(40))",
    f"INSERT INTO crm.events SELECT seq, CONCAT(DATE_FORMAT(DATE '2024-01-01' + INTERVAL (seq % 10) DAY, '%d/%m/%Y'), ' 08:00'), "
    f"MD5(seq) FROM seq_1_to_{BIG_ROWS}",
    "CREATE TABLE crm.logs (line VARCHAR(40), at DATE)",  # large and keyless: the head strategy
    f"INSERT INTO crm.logs SELECT CONCAT('line ', seq), DATE '2024-01-01' + INTERVAL (seq % 5) DAY FROM seq_1_to_{BIG_ROWS // 2}",
    "ANALYZE TABLE crm.events, crm.logs",
    "CREATE VIEW crm.adults AS SELECT id, email FROM crm.customers WHERE birth < DATE '1980-01-20'",
    "CREATE TABLE crm.secret (x INT)",
    f"CREATE USER 'reader'@'127.0.0.1' IDENTIFIED BY '{READER_PW}'",
    "GRANT SELECT ON crm.customers TO 'reader'@'127.0.0.1'",
]


@pytest.fixture(scope="module")
def my_uri(mariadb_server) -> str:
    con = mariadb_server.admin()
    with con.cursor() as cur:
        for statement in SETUP:
            cur.execute(statement)
    con.close()
    return mariadb_server.uri()


@pytest.fixture()
def source(my_uri, mariadb_server):
    src = open_source(mariadb_server.uri(password=True))
    yield src
    src.close()


def _handler_reads(src: MySQLSource) -> int:
    """Rows the server's storage engine handed over on this session so far (Handler_read_*)."""
    return sum(int(v) for _, v in src._rows("SHOW SESSION STATUS LIKE 'Handler_read%%'"))


def test_lists_tables_and_views_of_every_visible_database(source):
    names = [a.name for a in source.assets()]
    assert names == sorted(names)
    # (other test modules add databases to the same server: only this module's are compared)
    assert {n for n in names if n.split(".")[0] in ("crm", HOSTILE_DB)} == {
        "crm.customers", "crm.events", "crm.logs", "crm.adults", "crm.secret", f"{HOSTILE_DB}.{HOSTILE_TABLE}",
    }
    assert not {n.split(".")[0] for n in names} & {"mysql", "sys", "information_schema", "performance_schema"}


def test_a_database_in_the_uri_limits_the_listing(my_uri, mariadb_server):
    src = open_source(mariadb_server.uri("crm", password=True))
    try:
        assert {a.name for a in src.assets()} == {"crm.customers", "crm.events", "crm.logs", "crm.adults", "crm.secret"}
    finally:
        src.close()


def test_mariadb_scheme_and_spellings_are_one_source(mariadb_server):
    s = mariadb_server
    one = open_source(f"mariadb://{s.user}:{s.password}@127.0.0.1:{s.port}/crm")
    two = open_source(f"mysql://{s.user.upper().lower()}@127.0.0.1:{s.port}/crm")
    try:
        assert one.uri == two.uri == f"mysql://{s.user}@127.0.0.1:{s.port}/crm"
    finally:
        one.close()
        two.close()


def test_hostile_identifiers_are_quoted_with_backticks(source):
    asset = _asset(source, f"{HOSTILE_DB}.{HOSTILE_TABLE}")
    sample = source.sample(asset, 10)
    assert sample.table.column_names == ["e mail", "Prénom", "select", "100% sûr"]
    assert sample.row_count == 2
    assert sorted(sample.table.column("e mail").to_pylist()) == ["a@b.fr", "c@d.fr"]
    assert sample.dtypes["select"] == "int(11)" and sample.dtypes["100% sûr"] == "date"
    assert source.date_histogram(asset, "100% sûr") == [(date(2024, 1, 1), 1)]
    assert sum(b.num_rows for b in source.batches(asset)) == 2
    assert source.fingerprint(asset) == source.fingerprint(asset)


def test_types_convert_and_long_cells_are_cut(source):
    sample = source.sample(_asset(source, "crm.customers"), 100)
    assert sample.sampling.startswith("random-small")  # 30 rows, no reason to range-scan
    rows = {r["id"]: r for r in sample.table.to_pylist()}
    assert sample.row_count == 30 and len(rows) == 30
    assert rows[3]["email"] == "user3@example.fr"
    assert json.loads(rows[3]["profile"]) == {"phone": "0600000003"}
    assert rows[3]["birth"] == date(1980, 1, 4)
    assert rows[3]["created"] == datetime(2024, 3, 1, 12, 0)
    assert rows[3]["kind"] == "a" and rows[3]["flags"] == "5"
    assert len(rows[7]["note"]) == MAX_CELL_CHARS and sample.truncated_cells == 1
    assert sample.dtypes["amount"] == "decimal(10,2)"


def test_large_table_is_sampled_by_primary_key_ranges_without_reading_it(source):
    asset = _asset(source, "crm.events")
    before = _handler_reads(source)
    sample = source.sample(asset, 1000)
    read = _handler_reads(source) - before
    ids = sample.table.column("id").to_pylist()
    assert len(ids) == 1000 and len(set(ids)) == 1000
    assert sample.sampling.startswith("pk-ranges: 20 index range scans of 50 rows on primary key 'id'")
    # spread over the key space, not the first 1,000 rows
    assert max(ids) - min(ids) > BIG_ROWS // 2
    # bounded: a few thousand rows handed over (count(*) on the index is skipped above 64 MB only,
    # so it is measured apart), against 300,000 for one pass over the table
    counted = source._rows("SELECT COUNT(*) FROM crm.events")  # what sample() also ran
    assert counted[0][0] == BIG_ROWS
    baseline = _handler_reads(source)
    source._rows("SELECT COUNT(*) FROM crm.events")
    count_cost = _handler_reads(source) - baseline
    assert read - count_cost < 5_000, (read, count_cost)
    baseline = _handler_reads(source)
    source._rows("SELECT id FROM crm.events ORDER BY RAND(1) LIMIT 1000")
    assert _handler_reads(source) - baseline >= BIG_ROWS  # what ORDER BY RAND() costs
    # same seed, same rows
    assert sorted(source.sample(asset, 1000).table.column("id").to_pylist()) == sorted(ids)


def test_large_keyless_table_reads_only_its_head(source):
    asset = _asset(source, "crm.logs")
    before = _handler_reads(source)
    sample = source.sample(asset, 500)
    assert sample.table.num_rows == 500
    assert sample.sampling.startswith("head: LIMIT 500")
    assert any("not random" in n for n in sample.notes)
    read = _handler_reads(source) - before
    baseline = _handler_reads(source)
    source._rows("SELECT COUNT(*) FROM crm.logs")  # what sample() also ran for the row count
    count_cost = _handler_reads(source) - baseline
    assert read - count_cost <= 1_000, (read, count_cost)


def test_views_are_read(source):
    sample = source.sample(_asset(source, "crm.adults"), 100)
    assert sample.table.num_rows == 18 and sample.row_count is None
    assert sample.sampling.startswith("head")


def test_batches_stream_every_row(source):
    batches = list(source.batches(_asset(source, "crm.events"), batch_rows=50_000))
    assert sum(b.num_rows for b in batches) == BIG_ROWS
    assert max(b.num_rows for b in batches) <= 50_000


def test_date_histogram_text_and_datetime(source):
    events = source.date_histogram(_asset(source, "crm.events"), "at")
    assert len(events) == 10 and sum(c for _, c in events) == BIG_ROWS
    assert events[0] == (date(2024, 1, 1), BIG_ROWS // 10)
    created = source.date_histogram(_asset(source, "crm.customers"), "created")
    assert created == [(date(2024, 3, 1), 10), (date(2024, 3, 2), 10), (date(2024, 3, 3), 10)]


def test_fingerprint_changes_with_data_not_without(mariadb_server, source):
    asset = _asset(source, "crm.customers")
    before = source.fingerprint(asset)
    assert source.fingerprint(asset) == before
    con = mariadb_server.admin()
    with con.cursor() as cur:
        cur.execute("UPDATE crm.customers SET email = 'changed@example.fr' WHERE id = 1")  # same count, same max key
    con.close()
    after = source.fingerprint(asset)
    assert after != before
    prints = {a.name: source.fingerprint(a) for a in source.assets()}
    assert len(set(prints.values())) == len(prints)


def test_source_never_writes(source):
    import pymysql

    with pytest.raises(pymysql.Error) as info:
        source._rows("INSERT INTO crm.secret VALUES (1)")
    assert info.value.args[0] == 1792  # cannot execute statement in a READ ONLY transaction


def test_permission_denied_is_reported_per_asset(my_uri, mariadb_server):
    s = mariadb_server
    src = MySQLSource(f"mysql://reader:{READER_PW}@127.0.0.1:{s.port}/crm")
    try:
        assert {a.name for a in src.assets()} == {"crm.customers"}  # only what this user may see
        assert src.sample(_asset(src, "crm.customers"), 3).table.num_rows == 3
        with pytest.raises(SourcePermissionError) as info:
            src.sample(Asset(source=src.uri, name="crm.secret", kind="table", location=("crm", "secret")), 3)
        assert "error 1142, SQLSTATE 42000" in str(info.value)
    finally:
        src.close()


def test_dropped_table_is_not_found(source):
    with pytest.raises(SourceNotFound):
        source.sample(Asset(source=source.uri, name="crm.gone", kind="table", location=("crm", "gone")), 3)


def test_wrong_password_is_not_transient_and_not_shown(my_uri, mariadb_server):
    s = mariadb_server
    with pytest.raises(SourceError) as info:
        MySQLSource(f"mysql://reader:Wr0ng-pw-1234@127.0.0.1:{s.port}/crm")
    assert not info.value.transient
    assert "authentication failed" in str(info.value) and "error 1045" in str(info.value)
    assert "Wr0ng-pw-1234" not in str(info.value) and "Access denied" not in str(info.value)


def test_unreachable_server_is_transient():
    with pytest.raises(SourceConnectionError) as info:
        MySQLSource("mysql://nobody:s3cret@127.0.0.1:1/db", connect_timeout=2)
    assert info.value.transient
    assert "s3cret" not in str(info.value) and "\n" not in str(info.value)


def test_a_server_that_goes_away_mid_scan_gives_error_rows_and_the_rest_completes(tmp_path, monkeypatch):
    """A private server, stopped after the scan listed its tables: its assets become error rows,
    a folder scanned in the same run is scanned."""
    import flows.scan
    from flows.cli import main
    from tests.flows.conftest import _mariadb_binaries, start_mariadb, stop_mariadb

    if _mariadb_binaries() is None:
        pytest.skip("no MariaDB server binaries")
    import pymysql

    workdir = Path(tempfile.mkdtemp(prefix="ropa-mariadb-gone-"))
    proc, port = start_mariadb(workdir)
    try:
        root = pymysql.connect(unix_socket=str(workdir / "mysqld.sock"), user="root", autocommit=True)
        with root.cursor() as cur:
            cur.execute("CREATE USER 'gone'@'127.0.0.1' IDENTIFIED BY 'G0ne-pw'")
            cur.execute("GRANT ALL ON *.* TO 'gone'@'127.0.0.1'")
            cur.execute("CREATE DATABASE shop")
            cur.execute("USE shop")
            for t in ("a", "b", "c"):
                cur.execute(f"CREATE TABLE shop.{t} (id INT PRIMARY KEY, email TEXT)")
                cur.execute(f"INSERT INTO shop.{t} SELECT seq, CONCAT('p', seq, '@example.nl') FROM seq_1_to_50")
        root.close()
        folder = tmp_path / "exports"
        folder.mkdir()
        (folder / "people.csv").write_text("email\n" + "".join(f"q{i}@example.nl\n" for i in range(50)))

        real = flows.scan.discover

        def discover_then_stop(*args, **kwargs):
            found = real(*args, **kwargs)
            stop_mariadb(proc)  # the server goes away between listing and reading
            return found

        monkeypatch.setattr(flows.scan, "discover", discover_then_stop)
        catalog = tmp_path / "c.duckdb"
        code = main(["scan", f"mysql://gone:G0ne-pw@127.0.0.1:{port}/shop", str(folder), "--catalog", str(catalog)])
        assert code == 2
        con = duckdb.connect(str(catalog), read_only=True)
        rows = dict(con.execute(
            "SELECT a.asset, s.status || ':' || coalesce(s.error, '') FROM asset_scans s JOIN assets a USING (asset_id)"
        ).fetchall())
        con.close()
        assert rows["people.csv"].startswith("scanned:")
        for t in ("a", "b", "c"):
            assert rows[f"shop.{t}"].startswith("error:"), rows
            assert "cannot connect" in rows[f"shop.{t}"] or "connection" in rows[f"shop.{t}"]
            assert "G0ne-pw" not in rows[f"shop.{t}"]
    finally:
        stop_mariadb(proc)
        shutil.rmtree(workdir, ignore_errors=True)


def test_a_statement_past_the_time_limit_is_stopped_by_the_server(my_uri, mariadb_server, monkeypatch):
    import flows.sources.mysql_source as mysql_source

    con = mariadb_server.admin("crm")
    with con.cursor() as cur:
        cur.execute("CREATE OR REPLACE VIEW crm.slow AS SELECT COUNT(*) AS n FROM seq_1_to_100000 a, seq_1_to_100000 b")
    con.close()
    monkeypatch.setattr(mysql_source, "_STATEMENT_SECONDS", 1)
    src = MySQLSource(mariadb_server.uri("crm", password=True))
    try:
        with pytest.raises(SourceConnectionError) as info:
            src.sample(_asset(src, "crm.slow"), 10)
        assert "statement time limit" in str(info.value) and "error 1969" in str(info.value)
        assert info.value.transient  # retried by the flow, then an error row
        assert src.sample(_asset(src, "crm.customers"), 5).table.num_rows == 5  # the session still works
    finally:
        src.close()
    con = mariadb_server.admin("crm")
    with con.cursor() as cur:
        cur.execute("DROP VIEW crm.slow")
    con.close()
