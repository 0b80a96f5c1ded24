"""DuckDBSource on a real database file with several schemas and hostile names."""

from __future__ import annotations

import hashlib
import os
import time
from datetime import date, timedelta

import duckdb
import pytest

from flows.sources import open_source
from flows.sources.base import Asset
from flows.sources.errors import SourceNotFound, SourcePermissionError, SourceReadError
from flows.sources.limits import MAX_CELL_CHARS
from tests.flows.sources_support import asset_named as _asset

HOSTILE = 'we;ird "name'
BIG = 1_000_000


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    path = tmp_path_factory.mktemp("duck") / "warehouse.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE SCHEMA crm")
    con.execute('CREATE SCHEMA "Sales Ops"')
    con.execute(
        'CREATE TABLE "Sales Ops"."we;ird ""name" ("e mail" VARCHAR, "prénom ✓" VARCHAR, "DROP TABLE x; --" INTEGER, '
        '"quote\'s" VARCHAR)'
    )
    con.execute(
        'INSERT INTO "Sales Ops"."we;ird ""name" VALUES (\'a@b.fr\', \'Zoé\', 1, \'x\'), (\'c@d.fr\', \'Loïc\', 2, NULL)'
    )
    con.execute(
        "CREATE TABLE crm.customers (id INTEGER, email VARCHAR, born DATE, seen TIMESTAMP, created VARCHAR, "
        "contact STRUCT(phone VARCHAR, city VARCHAR), tags VARCHAR[], note VARCHAR, epoch BIGINT)"
    )
    con.execute(
        "INSERT INTO crm.customers SELECT i, 'u' || i || '@x.fr', DATE '1990-01-01' + i, "
        "TIMESTAMP '2024-02-01 23:30:00' + INTERVAL (i % 2) DAY, "
        "strftime(DATE '2024-03-01' + (i % 3), '%d/%m/%Y') || ' 10:00', "
        "{'phone': '06' || lpad(i::VARCHAR, 8, '0'), 'city': 'Lyon'}, ['a', 'b'], "
        "CASE WHEN i = 3 THEN repeat('y', 10 * 1000 * 1000) END, 1700000000 + i * 86400 FROM (SELECT range::INTEGER AS i FROM range(1, 7))"
    )
    con.execute(f"CREATE TABLE main.big AS SELECT range AS id, 'user' || range || '@example.fr' AS email FROM range({BIG})")
    con.execute("CREATE VIEW crm.lyon AS SELECT id, email FROM crm.customers WHERE contact.city = 'Lyon' AND id < 4")
    con.execute("CREATE VIEW main.peek AS SELECT * FROM read_csv('/etc/passwd')")
    con.close()
    return path


@pytest.fixture()
def source(warehouse):
    src = open_source(str(warehouse))
    yield src
    src.close()


def test_lists_tables_and_views_of_every_schema(source):
    names = [a.name for a in source.assets()]
    assert names == sorted(names)
    assert set(names) == {f"Sales Ops.{HOSTILE}", "crm.customers", "crm.lyon", "main.big", "main.peek"}
    weird = _asset(source, f"Sales Ops.{HOSTILE}")
    assert weird.location == ("Sales Ops", HOSTILE)  # original spelling kept as data


def test_hostile_identifiers_are_quoted_not_pasted(source):
    sample = source.sample(_asset(source, f"Sales Ops.{HOSTILE}"), 10)
    assert sample.table.column_names == ["e mail", "prénom ✓", "DROP TABLE x; --", "quote's"]
    assert sorted(sample.table.column("prénom ✓").to_pylist()) == ["Loïc", "Zoé"]
    assert sample.row_count == 2
    assert sample.dtypes["DROP TABLE x; --"] == "integer"
    assert source.date_histogram(_asset(source, f"Sales Ops.{HOSTILE}"), "e mail") == []


def test_nested_columns_are_flattened_and_long_cells_cut(source):
    sample = source.sample(_asset(source, "crm.customers"), 100)
    t = sample.table
    assert t.num_rows == 6 and sample.row_count == 6
    assert "contact.phone" in t.column_names and "contact.city" in t.column_names
    row = {r["id"]: r for r in t.to_pylist()}[2]
    assert row["contact.phone"] == "0600000002"
    assert row["tags[]"] == ["a", "b"]
    notes = [n for n in t.column("note").to_pylist() if n]
    assert [len(n) for n in notes] == [MAX_CELL_CHARS]
    assert sample.truncated_cells == 1


def test_sampling_is_pushed_down_and_quick(source):
    asset = _asset(source, "main.big")
    query = source.sample_query(asset, 1000)
    plan = source._con.sql("EXPLAIN " + query).fetchall()[0][1]
    assert "RESERVOIR_SAMPLE" in plan.upper().replace(" ", "_")
    started = time.perf_counter()
    sample = source.sample(asset, 1000)
    elapsed = time.perf_counter() - started
    assert sample.table.num_rows == 1000 and sample.row_count == BIG
    assert elapsed < 3, f"sampling 1000 of {BIG} rows took {elapsed:.2f}s"
    ids = sample.table.column("id").to_pylist()
    assert len(set(ids)) == 1000 and max(ids) > BIG // 2  # spread over the table, not its head
    again = source.sample(asset, 1000)
    assert again.table.column("id").to_pylist() == ids  # REPEATABLE: the same rows on a rescan


def test_views_are_assets(source):
    sample = source.sample(_asset(source, "crm.lyon"), 10)
    assert sorted(sample.table.column("id").to_pylist()) == [1, 2, 3]
    assert sample.row_count is None


def test_view_reaching_outside_files_is_refused(source):
    with pytest.raises(SourcePermissionError) as info:
        source.sample(_asset(source, "main.peek"), 5)
    assert "outside the database" in str(info.value)


def test_batches_stream_every_row(source):
    batches = list(source.batches(_asset(source, "main.big"), batch_rows=100_000))
    assert sum(b.num_rows for b in batches) == BIG
    assert max(b.num_rows for b in batches) <= 100_000


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        ("born", [(date(1990, 1, d), 1) for d in range(2, 8)]),
        ("seen", [(date(2024, 2, 1), 3), (date(2024, 2, 2), 3)]),
        ("created", [(date(2024, 3, 1), 2), (date(2024, 3, 2), 2), (date(2024, 3, 3), 2)]),
        ("epoch", [(date(2023, 11, 14) + timedelta(days=i), 1) for i in range(1, 7)]),  # 1700000000 + i days
    ],
)
def test_date_histogram(source, column, expected):
    assert source.date_histogram(_asset(source, "crm.customers"), column) == expected


def test_date_histogram_columns_by_their_sample_names(source):
    customers = _asset(source, "crm.customers")
    assert source.date_histogram(customers, "contact.city") == []  # a flattened struct field, text, no dates
    assert source.date_histogram(customers, "id") == []  # small numbers are not epoch seconds
    with pytest.raises(SourceReadError):
        source.date_histogram(customers, "tags")  # a list holds no day
    for missing in ("nope", "contact.nope", "email.x"):
        with pytest.raises(SourceNotFound):
            source.date_histogram(customers, missing)


def test_missing_table_is_not_found(source):
    with pytest.raises(SourceNotFound):
        source.sample(Asset(source=source.uri, name="crm.gone", kind="table", location=("crm", "gone")), 5)


def test_fingerprint_follows_data_and_never_writes(warehouse):
    digest = hashlib.sha256(warehouse.read_bytes()).hexdigest()
    mtime = os.stat(warehouse).st_mtime_ns
    src = open_source(str(warehouse))
    asset = _asset(src, "crm.customers")
    first = src.fingerprint(asset)
    assert src.fingerprint(asset) == first
    view_first = src.fingerprint(_asset(src, "crm.lyon"))
    for a in src.assets():
        try:
            src.sample(a, 10)
        except SourcePermissionError:
            pass
    src.close()
    assert hashlib.sha256(warehouse.read_bytes()).hexdigest() == digest  # scanning never writes
    assert os.stat(warehouse).st_mtime_ns == mtime

    con = duckdb.connect(str(warehouse))
    con.execute("UPDATE crm.customers SET email = 'changed@x.fr' WHERE id = 1")  # same count, same schema
    con.close()
    src = open_source(str(warehouse))
    try:
        assert src.fingerprint(_asset(src, "crm.customers")) != first
        assert src.fingerprint(_asset(src, "crm.lyon")) != view_first
        assert src.fingerprint(_asset(src, "main.big")) == src.fingerprint(_asset(src, "main.big"))
    finally:
        src.close()


def test_file_locked_by_a_writer_is_transient(tmp_path):
    import subprocess
    import sys

    from flows.sources.errors import SourceConnectionError

    path = tmp_path / "busy.duckdb"
    _ = duckdb.connect(str(path)).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, sys, time; c = duckdb.connect({str(path)!r}); print('held', flush=True); time.sleep(30)"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(SourceConnectionError) as info:
            open_source(str(path))
        assert info.value.transient and "locked" in str(info.value)
    finally:
        holder.kill()
        holder.wait()
