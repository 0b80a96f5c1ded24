"""The helpers every source shares: quoting, flattening, truncation, globs, date parsing."""

from __future__ import annotations

import time
from datetime import date, datetime

import duckdb
import pyarrow as pa
import pytest

from flows.sources.columns import flatten, rows_to_table, shape_sample, truncate_cells
from flows.sources.engine import days_from_keys, memory_connection
from flows.sources.errors import SourceReadError
from flows.sources.globs import selected
from flows.sources.sql import qualified_name, quote_identifier, string_literal, text_day_sql


@pytest.mark.parametrize(
    "name",
    ['we;ird "name', "spaces and ; semicolons", "prénom ✓", 'a""b', "DROP TABLE x; --", "'quote'", "?", "$1", "%s", "日本語"],
)
def test_quoted_identifiers_round_trip_through_duckdb(name):
    con = duckdb.connect()
    con.execute(f"CREATE TABLE {quote_identifier(name)} ({quote_identifier(name)} INTEGER)")
    con.execute(f"INSERT INTO {qualified_name('main', name)} VALUES (7)")
    result = con.sql(f"SELECT {quote_identifier(name)} FROM {qualified_name('main', name)}")
    assert result.columns == [name]
    assert result.fetchall() == [(7,)]
    assert con.sql(f"SELECT {string_literal(name)}").fetchall() == [(name,)]


def test_nul_in_a_name_is_refused():
    with pytest.raises(SourceReadError):
        quote_identifier("a\x00b")


def test_flatten_structs_lists_and_collisions():
    table = pa.table({
        "id": [1, 2],
        "contact": [{"email": "a@b.fr", "phone": {"mobile": "06"}}, None],
        "tags": [["a", None, "b"], []],
        "items": [[{"sku": "x"}], None],
        "contact.email": ["flat", "flat"],  # a real column named like a path
    })
    flat = flatten(table)
    assert flat.column_names == ["id", "contact.email (2)", "contact.phone.mobile", "tags[]", "items[].sku", "contact.email"]
    assert flat.to_pylist()[0] == {
        "id": 1, "contact.email (2)": "a@b.fr", "contact.phone.mobile": "06", "tags[]": ["a", None, "b"],
        "items[].sku": ["x"], "contact.email": "flat",
    }
    assert flat.to_pylist()[1]["contact.email (2)"] is None and flat.to_pylist()[1]["tags[]"] == []
    assert flat.to_pylist()[1]["items[].sku"] is None  # a null list stays null: no row is invented


def test_dtypes_follow_the_flattened_columns():
    table = pa.table({"a": [1], "s": [{"x": "y"}], "l": [[1, 2]]})
    _, _, dtypes = shape_sample(table, {"a": "INTEGER", "s": "STRUCT(x VARCHAR)"})
    assert dtypes == {"a": "integer", "s.x": "string", "l[]": "int64"}  # a list: its elements' type


@pytest.mark.parametrize(
    ("values", "limit", "cut", "lengths"),
    [
        (["x" * 20, "y", None], 10, 1, [10, 1, None]),
        (["é" * 11], 10, 1, [10]),  # characters, not bytes
        (["x" * 10], 10, 0, [10]),
    ],
)
def test_truncate_counts_cells(values, limit, cut, lengths):
    table, n = truncate_cells(pa.table({"v": values}), limit)
    assert n == cut
    assert [None if v is None else len(v) for v in table.column("v").to_pylist()] == lengths


def test_rows_to_table_falls_back_to_text_for_mixed_columns():
    table = rows_to_table(["a", "b", "c"], [(1, "x", b"\xff"), ("two", None, b"ok")])
    assert table.column("a").to_pylist() == ["1", "two"]
    assert table.schema.field("c").type == pa.binary()
    assert rows_to_table(["a"], []).num_rows == 0


@pytest.mark.parametrize(
    ("name", "include", "exclude", "also", "kept"),
    [
        ("crm.customers", None, None, (), True),
        ("crm.customers", ["crm.*"], None, (), True),
        ("crm.customers", ["public.*"], None, (), False),
        ("crm.customers", None, ["*.customers"], (), False),
        ("a/b/c.csv", ["*.csv"], None, (), True),  # * crosses folders
        ("c.csv", ["**/c.csv"], None, (), True),  # **/ matches zero folders
        ("a/c.csv", ["**/c.csv"], None, (), True),
        ("book.xlsx#S1", ["*.xlsx"], None, ("book.xlsx",), True),  # a sheet answers to its file's name
        ("book.xlsx#S1", ["*.xlsx"], ["*#S1"], ("book.xlsx",), False),
        ("A.CSV", ["*.csv"], None, (), False),  # case-sensitive
    ],
)
def test_globs(name, include, exclude, also, kept):
    assert selected(name, include, exclude, also=also) is kept


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2024-01-31", date(2024, 1, 31)),
        ("2024-01-31T23:59:59+02:00", date(2024, 1, 31)),
        ("31/01/2024", date(2024, 1, 31)),
        ("05/01/2024 10:00", date(2024, 1, 5)),  # day first: European data
        ("5/1/2024", date(2024, 1, 5)),
        ("31-01-2024", date(2024, 1, 31)),
        ("31.01.2024", date(2024, 1, 31)),
        ("2024/01/31", date(2024, 1, 31)),
        ("20240131", date(2024, 1, 31)),
        ("31/02/2024", None),  # no such day
        ("2024-13-01", None),
        ("01/31/2024", None),  # month-first is not guessed
        ("not a date", None),
        ("", None),
        ("1" * 100_000, None),
    ],
)
def test_text_dates(text, day):
    con = memory_connection()
    assert con.execute(f"SELECT {text_day_sql('$1')}", [text]).fetchall() == [(day,)]


def test_pathological_date_strings_are_quick():
    con = memory_connection()
    evil = pa.table({"v": ["1" * 50_000 + "/" * 50_000] * 200 + ["0" * 10 + "T" * 100_000] * 200})
    con.register("evil", evil)
    started = time.perf_counter()
    assert con.sql(f"SELECT count({text_day_sql('v')}) FROM evil").fetchall() == [(0,)]
    assert time.perf_counter() - started < 2


def test_days_from_keys_merges_native_and_text_keys():
    keys = [("2024-01-05", 3), ("05/01/2024", 2), (datetime(2024, 1, 6, 3), 1), (date(2024, 1, 5), 4), (None, 9), ("junk", 1)]
    assert days_from_keys(keys) == [(date(2024, 1, 5), 9), (date(2024, 1, 6), 1)]
