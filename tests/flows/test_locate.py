"""`ropa locate`: one person planted across demo warehouses and files under different spellings
is found everywhere and nowhere else, and the searched value never reaches output or catalog."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from catalog.requests import requests_for
from flows.cli import main

EMAIL = "zephyrine.quatremains@exemple.fr"
PHONE = "+33671234598"
IBAN = "FR7630004000031234567890143"
NAME = "Zéphyrine Quatremains"
# what must never appear in the output or the catalog, in any spelling planted
SECRETS = ("quatremains", "671234598", "71 23 45 98", "30004000031234567890143", "3000 4000 0312")


def _spaced(iban: str) -> str:
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


@dataclass(frozen=True)
class Planted:
    root: Path
    catalog: Path
    src: dict[str, str]


def _insert_like(path: Path, table: str, changes: dict[str, str]) -> None:
    """Append a copy of the table's first row with ``changes`` (values bound as parameters)."""
    con = duckdb.connect(str(path))
    try:
        cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
        select = ", ".join("?" if c in changes else f'"{c}"' for c in cols)
        params = [changes[c] for c in cols if c in changes]
        con.execute(f"INSERT INTO {table} SELECT {select} FROM {table} LIMIT 1", params)
    finally:
        con.close()


def _keyed_warehouses(root: Path) -> tuple[Path, Path]:
    """A SQLite and a DuckDB warehouse with primary keys, realistic values and the person."""
    rows = [(i, f"client{i}@exemple.fr", f"+33 6 12 34 {i // 100:02d} {i % 100:02d}",
             f"camille{i}@exemple.be") for i in range(300)]
    sqlite_path = root / "crm.sqlite"
    con = sqlite3.connect(sqlite_path)
    con.execute("CREATE TABLE clients (id INTEGER PRIMARY KEY, email TEXT, telephone TEXT, note TEXT)")
    con.executemany("INSERT INTO clients VALUES (?, ?, ?, ?)", [r[:3] + ("",) for r in rows])
    con.execute("INSERT INTO clients VALUES (4242, ?, ?, '')", [EMAIL.title(), "0671234598"])
    con.commit()
    con.close()
    duck_path = root / "accounts.duckdb"
    con = duckdb.connect(str(duck_path))
    con.execute("CREATE TABLE accounts (account_no VARCHAR PRIMARY KEY, email VARCHAR)")
    con.executemany("INSERT INTO accounts VALUES (?, ?)", [(f"A-{i:05d}", r[3]) for i, r in enumerate(rows)])
    con.execute("INSERT INTO accounts VALUES ('A-77777', ?)", [f"  {EMAIL}  "])
    con.execute("CREATE TABLE logins (email VARCHAR PRIMARY KEY, n INTEGER)")
    con.executemany("INSERT INTO logins VALUES (?, ?)", [(r[1], i) for i, r in enumerate(rows)])
    con.execute("INSERT INTO logins VALUES (?, 1)", [EMAIL])
    con.close()
    return sqlite_path, duck_path


@pytest.fixture(scope="module")
def planted(demo, tmp_path_factory: pytest.TempPathFactory) -> Planted:
    from flows.cli import _scan

    root = tmp_path_factory.mktemp("locate")
    for org in ("webcasso", "wemind", "wecasa"):
        shutil.copy(demo.warehouses[org], root / f"{org}.duckdb")
    shutil.copytree(demo.warehouses["wemaintain"], root / "wemaintain")
    # DuckDB warehouses, each spelling the person differently
    _insert_like(root / "webcasso.duckdb", "main.debiteuren",
                 {"email": EMAIL.upper(), "telefoon": "06 71 23 45 98", "iban": _spaced(IBAN)})
    _insert_like(root / "wemind.duckdb", "main.adherents",
                 {"email": EMAIL, "telephone": PHONE, "prenom": "Zéphyrine", "nom": "Quatremains"})
    _insert_like(root / "wemind.duckdb", "main.paiements", {"iban": IBAN.lower()})
    _insert_like(root / "wecasa.duckdb", "main.customers",
                 {"email": " Zephyrine.Quatremains@Exemple.fr ", "phone": "0033 6 71 23 45 98",
                  "first_name": "ZÉPHYRINE", "last_name": "quatremains"})
    _insert_like(root / "wecasa.duckdb", "main.customer_chats",
                 {"transcript": f"Client: bonjour, c'est {NAME}, je voudrais annuler ma réservation."})
    # files: CSV (cp1252, ';'), NDJSON (nested), Parquet
    csv_path = root / "wemaintain" / "exports" / "crm_techniciens.csv"
    with open(csv_path, "a", encoding="cp1252", newline="") as handle:
        handle.write(f"TECH-9999;Zéphyrine;Quatremains;06.71.23.45.98;{EMAIL.upper()};3;Otis;"
                     "Entretien planifié;10/09/2025;\r\n")
    ndjson = root / "wemaintain" / "intercom" / "conversations.ndjson"
    with open(ndjson, "a", encoding="utf-8") as handle:
        handle.write(json.dumps({"conversation_id": "2199999999", "created_at": "2025-06-07T17:38:06Z",
                                 "contact": {"name": NAME, "email": EMAIL, "phone": "+33 6 71 23 45 98"},
                                 "source": {"channel": "chatbot", "url": "https://x"},
                                 "first_message": "Bonjour", "state": "closed"}) + "\n")
    parquet = root / "wemaintain" / "plateforme" / "utilisateurs.parquet"
    frame = pd.read_parquet(parquet)
    extra = frame.iloc[:1].copy()
    extra["telephone"] = "0671234598"
    pd.concat([frame, extra], ignore_index=True).to_parquet(parquet)
    # a file named after the person: its name is masked in the catalog and in the output
    named = root / "wemaintain" / "partage" / f"{EMAIL}.csv"
    pd.DataFrame({"email": [f"contact{i}@exemple.fr" for i in range(150)] + [EMAIL.upper()],
                  "n": range(151)}).to_csv(named, index=False)
    sqlite_path, duck_path = _keyed_warehouses(root)

    catalog = root / "ropa.duckdb"
    src = {name: str(root / name) for name in ("webcasso.duckdb", "wemind.duckdb", "wecasa.duckdb",
                                               "wemaintain", "crm.sqlite", "accounts.duckdb")}
    _scan(list(src.values()), catalog, [], engine="local", quiet=True)
    return Planted(root, catalog, src)


def _locate(planted: Planted, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["locate", "--catalog", str(planted.catalog), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _hits(out: str) -> set[tuple[str, str, str, int]]:
    """(source, asset, column, rows) of the table lines of `ropa locate`."""
    hits = set()
    for line in out.splitlines():
        if line.startswith(" ") or ": searched " in line:
            continue
        source, asset, *column, rows, _ = line.split()
        hits.add((Path(source).name, asset, " ".join(column), int(rows.replace(",", ""))))
    return hits


def _no_secret(*texts: str) -> None:
    for text in texts:
        low = text.lower()
        for secret in SECRETS:
            assert secret not in low


EXPECTED = {
    "email": {
        ("webcasso.duckdb", "main.debiteuren", "email", 1),
        ("wemind.duckdb", "main.adherents", "email", 1),
        ("wecasa.duckdb", "main.customers", "email", 1),
        ("wemaintain", "exports/crm_techniciens.csv", "E-mail", 1),
        ("wemaintain", "intercom/conversations.ndjson", "contact.email", 1),
        ("crm.sqlite", "main.clients", "email", 1),
        ("accounts.duckdb", "main.accounts", "email", 1),
        ("accounts.duckdb", "main.logins", "email", 1),
    },
    "phone": {
        ("webcasso.duckdb", "main.debiteuren", "telefoon", 1),
        ("wemind.duckdb", "main.adherents", "telephone", 1),
        ("wecasa.duckdb", "main.customers", "phone", 1),
        ("wemaintain", "exports/crm_techniciens.csv", "Téléphone", 1),
        ("wemaintain", "intercom/conversations.ndjson", "contact.phone", 1),
        ("wemaintain", "plateforme/utilisateurs.parquet", "telephone", 1),
        ("crm.sqlite", "main.clients", "telephone", 1),
    },
    "iban": {
        ("webcasso.duckdb", "main.debiteuren", "iban", 1),
        ("wemind.duckdb", "main.paiements", "iban", 1),
    },
}


def _named_file() -> str:
    """The catalog's (masked) name of the file named after the person."""
    import os

    from flows.sources.name_values import mask_name

    return mask_name(f"partage/{EMAIL}.csv", bytes.fromhex(os.environ["ROPA_HASH_KEY"]))[0]


@pytest.mark.parametrize("option, value", [
    ("email", EMAIL), ("email", EMAIL.upper()),
    ("phone", PHONE), ("phone", "06 71 23 45 98"),
    ("iban", _spaced(IBAN)), ("iban", IBAN),
])
def test_every_place_is_found_and_no_other(planted: Planted, capsys, option: str, value: str) -> None:
    code, out, err = _locate(planted, capsys, f"--{option}", value, "--requester", "dpo@example.fr")
    assert code == 0, err
    expected = set(EXPECTED[option])
    if option == "email":
        expected.add(("wemaintain", _named_file(), "email", 1))
    assert _hits(out) == expected
    _no_secret(out, err)


def test_a_name_is_found_in_split_columns_free_text_and_nested_files(planted: Planted, capsys) -> None:
    code, out, err = _locate(planted, capsys, "--name", "zéphyrine  QUATREMAINS")
    assert code == 0, err
    hits = {(s, a, c) for s, a, c, _ in _hits(out)}
    assert ("wemind.duckdb", "main.adherents", "prenom + nom") in hits
    assert ("wecasa.duckdb", "main.customers", "first_name + last_name") in hits
    assert ("wecasa.duckdb", "main.customer_chats", "transcript") in hits     # inside free text
    assert ("wemaintain", "intercom/conversations.ndjson", "contact.name") in hits
    assert ("wemaintain", "exports/crm_techniciens.csv", "Prénom + Nom") in hits
    assert all(rows == 1 for *_, rows in _hits(out))
    _no_secret(out, err)


def test_keys_of_matching_rows_and_a_key_that_is_the_value_is_withheld(planted: Planted, capsys) -> None:
    code, out, err = _locate(planted, capsys, "--email", EMAIL, "--keys")
    assert code == 0, err
    lines = out.splitlines()

    def keys_after(asset: str) -> str:
        i = next(i for i, line in enumerate(lines) if f" {asset} " in line)
        return lines[i + 1].strip()

    assert keys_after("main.clients") == "keys: 4242"                    # SQLite INTEGER PRIMARY KEY
    assert keys_after("main.accounts") == "keys: A-77777"                # DuckDB PRIMARY KEY
    assert keys_after("main.logins") == "keys: the primary key is the searched column: withheld"
    assert keys_after("intercom/conversations.ndjson").startswith("keys: ")   # a file's row number
    _no_secret(out, err)


def test_the_request_is_recorded_as_a_keyed_hash_only(planted: Planted, capsys) -> None:
    before = requests_for(planted.catalog, "IBAN_CODE", IBAN)
    code, _, err = _locate(planted, capsys, "--iban", _spaced(IBAN).lower(), "--requester", "alice (DPO)")
    assert code == 0, err
    records = requests_for(planted.catalog, "IBAN_CODE", IBAN)   # found again by the compact spelling
    assert len(records) == len(before) + 1
    last = records[-1]
    assert last["requester"] == "alice (DPO)" and last["rows_found"] == 2
    assert {p["asset"] for p in json.loads(last["places"])} == {"main.debiteuren", "main.paiements"}
    assert len(last["value_hash"]) == 16
    # no table of the catalog holds any spelling of the searched values
    con = duckdb.connect(str(planted.catalog), read_only=True)
    try:
        columns = con.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE data_type IN ('VARCHAR', 'JSON', 'VARCHAR[]') AND table_schema = 'main' "
            "AND table_name IN (SELECT table_name FROM information_schema.tables "
            "WHERE table_type = 'BASE TABLE')").fetchall()
        assert ("locate_requests", "value_hash") in columns
        for table, column in columns:
            text = "\n".join(str(v) for (v,) in con.execute(f'SELECT "{column}" FROM "{table}"').fetchall())
            _no_secret(text)
    finally:
        con.close()


def test_bad_input(planted: Planted, capsys, tmp_path: Path) -> None:
    code, out, err = _locate(planted, capsys, "--iban", "FR76 3000 4000 0312 3456 7890 144")
    assert code == 2 and "--iban is not an IBAN" in err
    _no_secret(out, err)
    code, _, err = _locate(planted, capsys, "--email", EMAIL, "--phone", PHONE)
    assert code == 2 and "exactly one of" in err
    code = main(["locate", "--catalog", str(tmp_path / "none.duckdb"), "--email", EMAIL])
    out, err = capsys.readouterr()
    assert code == 2 and "no catalog at" in err
    _no_secret(out, err)


def test_an_unreachable_source_is_reported_not_skipped(planted: Planted, capsys) -> None:
    gone = Path(planted.src["crm.sqlite"])
    hidden = gone.with_suffix(".hidden")
    gone.rename(hidden)
    try:
        code, out, err = _locate(planted, capsys, "--email", EMAIL)
    finally:
        hidden.rename(gone)
    assert code == 2
    assert "not searched:" in err and "crm.sqlite" in err
    assert ("webcasso.duckdb", "main.debiteuren", "email", 1) in _hits(out)   # the rest was searched
    _no_secret(out, err)
