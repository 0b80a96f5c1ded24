"""`count_matching`: the same answer from DuckDB, SQLite, PostgreSQL and files, for hostile names
and values, with the value bound as a parameter and the normalisation done at the source."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from classifiers.lookup import InvalidLookup, prepare
from flows.sources import open_source
from flows.sources.matching import count_matching

TABLE = 'we"ird %table'
EMAIL_COL = "e-mail 'adres'"
ROWS = [
    (1, "O'Brien@Exemple.fr", "06 71 23 45 98", "FR76 3000 4000 0312 3456 7890 143", "tel: 06.71.23.45.98 merci"),
    (2, " o'brien@exemple.fr ", "+33671234598", "fr7630004000031234567890143", "rien"),
    (3, "autre@exemple.fr", "0033 6 71 23 45 98", "NL91ABNA0417164300", "écrire à o'brien@exemple.fr"),
    (4, "obrien@exemple.fr", "06 71 23 45 99", None, None),
    (5, None, None, "FR7630004000031234567890144", "x"),
]
COLUMNS = ["id", EMAIL_COL, "phone", "iban", "note"]


def _duckdb(tmp_path: Path) -> Path:
    path = tmp_path / "m.duckdb"
    con = duckdb.connect(str(path))
    con.execute(f'CREATE TABLE "we""ird %table" (id INTEGER PRIMARY KEY, "{EMAIL_COL}" VARCHAR, '
                "phone VARCHAR, iban VARCHAR, note VARCHAR)")
    con.executemany('INSERT INTO "we""ird %table" VALUES (?, ?, ?, ?, ?)', ROWS)
    con.close()
    return path


def _sqlite(tmp_path: Path) -> Path:
    path = tmp_path / "m.sqlite"
    con = sqlite3.connect(path)
    con.execute(f'CREATE TABLE "we""ird %table" (id INTEGER PRIMARY KEY, "{EMAIL_COL}" TEXT, '
                "phone TEXT, iban TEXT, note TEXT)")
    con.executemany('INSERT INTO "we""ird %table" VALUES (?, ?, ?, ?, ?)', ROWS)
    con.commit()
    con.close()
    return path


def _csv(tmp_path: Path) -> Path:
    path = tmp_path / "files" / "m.csv"
    path.parent.mkdir()
    pd.DataFrame(ROWS, columns=COLUMNS).to_csv(path, index=False)
    return path.parent


CASES = [
    # option, value, column, contains, rows, keys
    ("email", "O'BRIEN@exemple.FR", EMAIL_COL, False, 2, [1, 2]),
    ("phone", "+33 6 71 23 45 98", "phone", False, 3, [1, 2, 3]),
    ("phone", "06 71 23 45 98", "phone", False, 3, [1, 2, 3]),
    ("iban", "FR7630004000031234567890143", "iban", False, 2, [1, 2]),
    ("email", "o'brien@exemple.fr", "note", True, 1, [3]),        # inside free text
    ("phone", "0671234598", "note", True, 1, [1]),
]


def _check(src, asset, file_rows: bool) -> None:
    for option, value, column, contains, rows, keys in CASES:
        result = count_matching(src, asset, [column], prepare(option, value), contains=contains, keys=True)
        assert result.rows == rows, (option, column)
        if file_rows:
            assert [k[0] for k in result.keys] == keys      # 1-based row numbers
        else:
            assert result.key_columns == ("id",) and [k[0] for k in result.keys] == keys
    withheld = count_matching(src, asset, ["id"], prepare("bsn", "111222333"), keys=True)
    assert withheld.rows == 0


@pytest.mark.parametrize("kind", ["duckdb", "sqlite", "files"])
def test_local_sources_agree(kind: str, tmp_path: Path) -> None:
    path = {"duckdb": _duckdb, "sqlite": _sqlite, "files": _csv}[kind](tmp_path)
    src = open_source(str(path))
    try:
        (asset,) = src.assets()
        _check(src, asset, kind == "files")
    finally:
        src.close()


def test_a_key_that_is_the_searched_column_is_withheld(tmp_path: Path) -> None:
    path = tmp_path / "k.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE logins (email VARCHAR PRIMARY KEY)")
    con.execute("INSERT INTO logins VALUES ('a@b.fr'), ('c@d.fr')")
    con.close()
    src = open_source(str(path))
    try:
        (asset,) = src.assets()
        result = count_matching(src, asset, ["email"], prepare("email", "A@B.fr"), keys=True)
    finally:
        src.close()
    assert result.rows == 1 and result.keys == [] and "withheld" in result.keys_note


def test_postgres_agrees(postgres_server) -> None:
    import psycopg

    admin = postgres_server.uri("postgres")
    with psycopg.connect(admin, autocommit=True) as con:
        con.execute("DROP DATABASE IF EXISTS ropa_match")
        con.execute("CREATE DATABASE ropa_match")
    uri = postgres_server.uri("ropa_match")
    with psycopg.connect(uri, autocommit=True) as con:
        con.execute(f'CREATE TABLE "we""ird %table" (id INTEGER PRIMARY KEY, "{EMAIL_COL}" TEXT, '
                    "phone TEXT, iban TEXT, note TEXT)")
        with con.cursor() as cur:
            cur.executemany('INSERT INTO "we""ird %%table" VALUES (%s, %s, %s, %s, %s)', ROWS)
    src = open_source(uri)
    try:
        (asset,) = [a for a in src.assets() if a.name.endswith("%table")]
        _check(src, asset, False)
    finally:
        src.close()


@pytest.mark.parametrize("option, value, message", [
    ("email", "not-an-email", "--email is not an email address"),
    ("iban", "FR7630004000031234567890144", "--iban is not an IBAN"),
    ("phone", "12", "--phone is not a valid phone number"),
    ("nir", "1850578006084 99", "--nir is not a French NIR"),
    ("bsn", "123456789", "--bsn is not a Dutch BSN"),
    ("be-nn", "85.07.30-033.62", "--be-nn is not a Belgian national number"),
])
def test_invalid_values_are_refused_without_echoing_them(option: str, value: str, message: str) -> None:
    with pytest.raises(InvalidLookup) as err:
        prepare(option, value)
    assert str(err.value).startswith(message)
    assert value not in str(err.value)


@pytest.mark.parametrize("option, spellings", [
    ("iban", ["FR76 3000 4000 0312 3456 7890 143", "fr7630004000031234567890143"]),
    ("phone", ["+33 6 71 23 45 98", "06 71 23 45 98", "0033671234598"]),
    ("nir", ["1 85 05 78 006 084 91", "185057800608491", "1.85.05.78.006.084.91"]),
    ("bsn", ["1112.22.333", "111222333"]),
])
def test_spellings_of_one_value_share_their_forms(option: str, spellings: list[str]) -> None:
    forms = {prepare(option, s).forms for s in spellings}
    assert len(forms) == 1
