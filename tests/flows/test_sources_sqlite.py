"""SQLiteSource on a real SQLite file: stdlib sqlite3, read-only, dynamic types."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date

import pytest

from flows.sources import open_source
from flows.sources.base import Asset
from flows.sources.errors import SourceNotFound
from flows.sources.limits import MAX_CELL_CHARS
from tests.flows.sources_support import asset_named as _asset

HOSTILE = 'we;ird "t'
ROWS = 2_000


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    path = tmp_path_factory.mktemp("lite") / "app.sqlite"
    con = sqlite3.connect(path)
    con.execute(f'CREATE TABLE "{HOSTILE.replace(chr(34), chr(34) * 2)}" ("e mail" TEXT, "âge" INTEGER, created TEXT, at INTEGER, bio TEXT)')
    con.executemany(
        'INSERT INTO "we;ird ""t" VALUES (?, ?, ?, ?, ?)',
        [
            (f"u{i}@x.fr", "n/a" if i % 100 == 0 else i, f"{i % 5 + 1:02d}/01/2024 10:00", 1_700_000_000 + (i % 2) * 86_400,
             "z" * 20_000 if i == 10 else None)
            for i in range(ROWS)
        ],
    )
    con.execute("CREATE TABLE kv (k TEXT PRIMARY KEY, v BLOB) WITHOUT ROWID")
    con.executemany("INSERT INTO kv VALUES (?, ?)", [("a", b"\x00\xff"), ("b", b"x" * 20_000)])
    con.execute('CREATE VIEW recent AS SELECT "e mail" FROM "we;ird ""t" WHERE "âge" < 10')
    con.execute("CREATE VIRTUAL TABLE docs USING fts5(body)")
    con.execute("INSERT INTO docs VALUES ('Jean Dupont habite à Lyon')")
    con.commit()
    con.close()
    return path


@pytest.fixture()
def source(database):
    src = open_source(str(database))
    yield src
    src.close()


def test_lists_tables_views_and_virtual_tables_not_shadows(source):
    assert [a.name for a in source.assets()] == ["main.docs", "main.kv", "main.recent", f"main.{HOSTILE}"]


def test_hostile_table_dynamic_types_and_long_text(source):
    sample = source.sample(_asset(source, f"main.{HOSTILE}"), 5000)
    t = sample.table
    assert t.column_names == ["e mail", "âge", "created", "at", "bio"]
    assert t.num_rows == ROWS and sample.row_count == ROWS
    ages = t.column("âge").to_pylist()
    assert "n/a" in ages and "5" in ages  # an INTEGER column holding text becomes text, not an error
    assert sample.dtypes == {"e mail": "text", "âge": "integer", "created": "text", "at": "integer", "bio": "text"}
    assert [len(b) for b in t.column("bio").to_pylist() if b] == [MAX_CELL_CHARS]
    assert sample.truncated_cells == 1


def test_sample_is_spread_and_repeatable(source):
    asset = _asset(source, f"main.{HOSTILE}")
    first = source.sample(asset, 100).table.column("e mail").to_pylist()
    assert len(set(first)) == 100
    numbers = sorted(int(e[1:].split("@")[0]) for e in first)
    assert numbers[0] < ROWS // 10 and numbers[-1] > ROWS * 9 // 10  # not the first 100 rows
    assert source.sample(asset, 100).table.column("e mail").to_pylist() == first


def test_without_rowid_view_and_virtual_tables(source):
    kv = source.sample(_asset(source, "main.kv"), 10)
    assert sorted(kv.table.column("k").to_pylist()) == ["a", "b"]
    assert kv.truncated_cells == 1  # the 20,000-byte blob
    recent = source.sample(_asset(source, "main.recent"), 10)
    assert recent.table.num_rows == 9 and recent.row_count is None  # age 0 is 'n/a'
    docs = source.sample(_asset(source, "main.docs"), 10)
    assert docs.table.column("body").to_pylist() == ["Jean Dupont habite à Lyon"]


def test_batches(source):
    batches = list(source.batches(_asset(source, f"main.{HOSTILE}"), batch_rows=300))
    assert sum(b.num_rows for b in batches) == ROWS
    assert max(b.num_rows for b in batches) == 300


def test_date_histogram_text_and_epoch(source):
    asset = _asset(source, f"main.{HOSTILE}")
    assert source.date_histogram(asset, "created") == [(date(2024, 1, d), ROWS // 5) for d in range(1, 6)]
    assert source.date_histogram(asset, "at") == [(date(2023, 11, 14), ROWS // 2), (date(2023, 11, 15), ROWS // 2)]
    with pytest.raises(SourceNotFound):
        source.date_histogram(asset, "nope")


def test_fingerprint_and_read_only(database):
    digest = hashlib.sha256(database.read_bytes()).hexdigest()
    src = open_source(str(database))
    asset = _asset(src, f"main.{HOSTILE}")
    before = src.fingerprint(asset)
    assert src.fingerprint(asset) == before
    for a in src.assets():
        src.sample(a, 10)
        src.fingerprint(a)
    assert hashlib.sha256(database.read_bytes()).hexdigest() == digest
    con = sqlite3.connect(database)
    con.execute('INSERT INTO "we;ird ""t" ("e mail") VALUES (\'new@x.fr\')')
    con.commit()
    con.close()
    assert src.fingerprint(asset) != before
    with pytest.raises(SourceNotFound):
        src.sample(Asset(source=src.uri, name="main.gone", kind="table", location=("main", "gone")), 5)
