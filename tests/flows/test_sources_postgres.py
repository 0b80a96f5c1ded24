"""PostgresSource against a real server started by tests/flows/conftest.py."""

from __future__ import annotations

import time
from datetime import date

import psycopg
import pytest

from flows.sources import open_source
from flows.sources.base import SourceError
from flows.sources.errors import SourceConnectionError, SourceNotFound, SourcePermissionError
from flows.sources.limits import MAX_CELL_CHARS
from flows.sources.postgres_source import PostgresSource
from tests.flows.sources_support import asset_named as _asset

pytestmark = pytest.mark.postgres

HOSTILE_SCHEMA = 'Ventes "EU"'
HOSTILE_TABLE = 'we;ird "name %s'
BIG_ROWS = 300_000

SETUP = [
    "CREATE SCHEMA crm",
    'CREATE SCHEMA "Ventes ""EU"""',
    "CREATE TABLE crm.customers (id int PRIMARY KEY, email text, birth date, created timestamptz, "
    "profile jsonb, tags text[], ref uuid, ip inet, amount numeric(10, 2), active boolean, note text)",
    "INSERT INTO crm.customers SELECT i, 'user' || i || '@example.fr', date '1980-01-01' + i, "
    "timestamptz '2024-03-01 12:00+00' + (i % 3) * interval '1 day', "
    "jsonb_build_object('phone', '06' || lpad(i::text, 8, '0')), ARRAY['a', 'b'], gen_random_uuid(), "
    "'10.0.0.1', i * 1.5, i % 2 = 0, CASE WHEN i = 7 THEN repeat('x', 50000) END FROM generate_series(1, 30) i",
    "INSERT INTO crm.customers (id, created) VALUES (31, 'infinity')",
    'CREATE TABLE "Ventes ""EU"""."we;ird ""name %s" ("e mail" text, "Prénom" text, "prénom" text, "select" int, '
    '"100% sûr" date)',
    'INSERT INTO "Ventes ""EU"""."we;ird ""name %s" VALUES (\'a@b.fr\', \'Zoé\', \'zoé\', 1, \'2024-01-01\'), '
    '(\'c@d.fr\', \'Loïc\', \'loïc\', 2, NULL)',
    "CREATE TABLE public.events (id bigint, at text, payload text)",
    f"INSERT INTO public.events SELECT i, to_char(date '2024-01-01' + (i % 10), 'DD/MM/YYYY') || ' 08:00', md5(i::text) "
    f"FROM generate_series(1, {BIG_ROWS}) i",
    "ANALYZE public.events",
    "CREATE VIEW crm.adults AS SELECT id, email FROM crm.customers WHERE birth < date '1980-01-20'",
    "CREATE TABLE public.measures (at date, v int) PARTITION BY RANGE (at)",
    "CREATE TABLE public.measures_2023 PARTITION OF public.measures FOR VALUES FROM ('2023-01-01') TO ('2024-01-01')",
    "CREATE TABLE public.measures_2024 PARTITION OF public.measures FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
    "INSERT INTO public.measures VALUES ('2023-05-01', 1), ('2024-05-01', 2), ('2024-05-01', 3)",
    "CREATE MATERIALIZED VIEW crm.emails AS SELECT email FROM crm.customers",
    "CREATE ROLE reader LOGIN",
    "CREATE TABLE public.secret (x int)",
    "GRANT USAGE ON SCHEMA crm TO reader",
    "GRANT SELECT ON crm.customers TO reader",
]


@pytest.fixture(scope="module")
def pg_uri(postgres_server) -> str:
    admin = postgres_server.uri("postgres")
    with psycopg.connect(admin, autocommit=True) as con:
        con.execute("DROP DATABASE IF EXISTS ropa_src")
        con.execute("DROP ROLE IF EXISTS reader")
        con.execute("CREATE DATABASE ropa_src")
    uri = postgres_server.uri("ropa_src")
    with psycopg.connect(uri, autocommit=True) as con:
        for statement in SETUP:
            con.execute(statement)
    return uri


@pytest.fixture()
def source(pg_uri):
    src = open_source(pg_uri)
    yield src
    src.close()


def test_lists_every_user_relation_once(source):
    from flows.sources.base import Source

    assert isinstance(source, Source)
    names = [a.name for a in source.assets()]
    assert names == sorted(names)
    expected = {
        "crm.customers", "crm.adults", "crm.emails", "public.events", "public.measures", "public.secret",
        f"{HOSTILE_SCHEMA}.{HOSTILE_TABLE}",
    }
    assert set(names) == expected  # partitions are read through their parent, system schemas left out
    assert all(a.kind == "table" for a in source.assets())


def test_hostile_identifiers_read_back_with_original_names(source):
    asset = _asset(source, f"{HOSTILE_SCHEMA}.{HOSTILE_TABLE}")
    sample = source.sample(asset, 10)
    # PostgreSQL keeps "Prénom" and "prénom" apart; so must we. "%" must not read as a placeholder.
    assert sample.table.column_names == ["e mail", "Prénom", "prénom", "select", "100% sûr"]
    assert sample.row_count == 2
    assert sorted(sample.table.column("e mail").to_pylist()) == ["a@b.fr", "c@d.fr"]
    assert sample.dtypes == {"e mail": "text", "Prénom": "text", "prénom": "text", "select": "integer", "100% sûr": "date"}
    assert source.date_histogram(asset, "100% sûr") == [(date(2024, 1, 1), 1)]
    assert sum(b.num_rows for b in source.batches(asset)) == 2
    assert source.fingerprint(asset) == source.fingerprint(asset)
    assert "Seq Scan" in source.explain_sample(asset, 1)


def test_types_convert_and_long_cells_are_cut(source):
    sample = source.sample(_asset(source, "crm.customers"), 100)
    t = sample.table
    assert sample.row_count == 31 and t.num_rows == 31
    rows = {r["id"]: r for r in t.to_pylist()}
    assert rows[3]["email"] == "user3@example.fr"
    assert rows[3]["profile"] == '{"phone": "0600000003"}'  # jsonb as its text
    assert rows[3]["tags"] == "{a,b}"
    assert rows[3]["birth"] == date(1980, 1, 4)
    assert rows[31]["created"] is None  # 'infinity' cannot be a Python datetime
    assert len(rows[7]["note"]) == MAX_CELL_CHARS
    assert sample.truncated_cells == 1
    assert sample.dtypes["amount"] == "numeric(10,2)"
    assert sample.dtypes["created"] == "timestamp with time zone"


def test_large_table_is_sampled_with_tablesample(source):
    asset = _asset(source, "public.events")
    plan = source.explain_sample(asset, 1000)
    assert "Sample Scan" in plan
    started = time.perf_counter()
    sample = source.sample(asset, 1000)
    assert time.perf_counter() - started < 5
    assert sample.table.num_rows == 1000
    assert len(set(sample.table.column("id").to_pylist())) == 1000
    assert sample.row_count is not None or any("estimated" in n for n in sample.notes)
    # Same seed, same rows: a rescan of unchanged data reads the same sample.
    again = source.sample(asset, 1000)
    assert sorted(again.table.column("id").to_pylist()) == sorted(sample.table.column("id").to_pylist())


def test_small_table_uses_random_order_not_tablesample(source):
    assert "Sample Scan" not in source.explain_sample(_asset(source, "crm.customers"), 10)


def test_views_partitions_and_materialized_views(source):
    assert source.sample(_asset(source, "crm.adults"), 100).table.num_rows == 18
    measures = source.sample(_asset(source, "public.measures"), 100)
    assert measures.table.num_rows == 3 and measures.row_count == 3
    assert source.sample(_asset(source, "crm.emails"), 5).table.num_rows == 5


def test_batches_stream_every_row(source):
    batches = list(source.batches(_asset(source, "public.events"), batch_rows=50_000))
    assert sum(b.num_rows for b in batches) == BIG_ROWS
    assert max(b.num_rows for b in batches) <= 50_000


def test_date_histogram_text_and_timestamp(source):
    events = source.date_histogram(_asset(source, "public.events"), "at")
    assert len(events) == 10
    assert sum(c for _, c in events) == BIG_ROWS
    assert events[0] == (date(2024, 1, 1), BIG_ROWS // 10)
    created = source.date_histogram(_asset(source, "crm.customers"), "created")
    assert created == [(date(2024, 3, 1), 10), (date(2024, 3, 2), 10), (date(2024, 3, 3), 10)]


def test_fingerprint_changes_with_data_not_without(pg_uri, source):
    asset = _asset(source, "crm.customers")
    before = source.fingerprint(asset)
    assert source.fingerprint(asset) == before
    with psycopg.connect(pg_uri, autocommit=True) as con:
        con.execute("UPDATE crm.customers SET email = 'changed@example.fr' WHERE id = 1")
    assert source.fingerprint(asset) != before  # same row count: max(xmin) moved


def test_source_never_writes(source):
    with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
        source._con.execute("CREATE TABLE public.oops (x int)")


def test_permission_denied_is_reported_per_asset(postgres_server, pg_uri):
    src = PostgresSource(pg_uri.replace(postgres_server.user, "reader", 1))
    try:
        assert src.sample(_asset(src, "crm.customers"), 3).table.num_rows == 3
        with pytest.raises(SourcePermissionError):
            src.sample(_asset(src, "public.secret"), 3)
    finally:
        src.close()


def test_dropped_table_is_not_found(source):
    from flows.sources.base import Asset

    with pytest.raises(SourceNotFound):
        source.sample(Asset(source=source.uri, name="crm.gone", kind="table", location=("crm", "gone")), 3)


def test_unreachable_server_is_transient():
    with pytest.raises(SourceConnectionError) as info:
        PostgresSource("postgresql://nobody:s3cret@127.0.0.1:1/db", connect_timeout=2)
    assert info.value.transient
    assert "s3cret" not in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(("database", "user", "words"), [("no_such_db", None, "no such database"), ("postgres", "nobody", "authentication")])
def test_refused_startup_is_not_transient(postgres_server, database, user, words):
    uri = postgres_server.uri(database)
    if user:
        uri = uri.replace(postgres_server.user, user, 1)
    with pytest.raises(SourceError) as info:
        PostgresSource(uri)
    assert not info.value.transient  # retrying cannot fix a name
    assert words in str(info.value)


def test_password_is_used_to_connect_but_never_shown(postgres_server):
    """Trust auth accepts any password: the connection works, and ``uri`` holds no password."""
    uri = postgres_server.uri("postgres").replace("@", ":Pw-s3cret-42@", 1) + "?sslmode=disable"
    source = PostgresSource(uri)
    try:
        assert "Pw-s3cret-42" not in source.uri and "password" not in source.uri
        assert source.uri == (f"postgresql://{postgres_server.user}@{postgres_server.host}:{postgres_server.port}"
                              "/postgres?sslmode=disable")
        assert source.assets() is not None
    finally:
        source.close()


def test_every_relation_kind_has_a_stable_fingerprint(source):
    prints = {}
    for asset in source.assets():
        prints[asset.name] = source.fingerprint(asset)
        assert source.fingerprint(asset) == prints[asset.name], asset.name
    assert len(set(prints.values())) == len(prints)
