"""`ropa locate` on the sources added after it: MySQL/MariaDB, any SQLAlchemy dialect (SQLite
file, PostgreSQL through psycopg) and S3 prefixes, each against a real server the tests start.

One person is planted in each under another spelling than the one searched, beside a few hundred
realistic rows and decoys that a case- or accent-blind comparison would confuse with them; the
source is scanned, then searched. Every place must be found with its row count and keys, no
decoy counted, and no spelling of the value printed.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from stdnum import iban

from flows.cli import _scan, main
from tests.flows.sources_support import start_moto, stop_process

EMAIL = "zephyrine.quatremains@exemple.fr"
IBAN = "FR7630004000031234567890143"
SECRETS = ("quatremains", "671234598", "30004000031234567890143", "3000 4000 0312")
CUSTOMERS = 240


def _spaced(iban: str) -> str:
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def _iban(i: int) -> str:
    """A valid German IBAN (check digits by python-stdnum), spaced as printed."""
    bban = f"370400440{i:09d}"
    return iban.format("DE" + iban.calc_check_digits("DE00" + bban) + bban)


def _rows() -> list[tuple]:
    """(id, email, phone, first name, last name, iban) of ordinary customers."""
    first = ["Camille", "Lucas", "Léa", "Hugo", "Chloé", "Louis", "Emma", "Jules"]
    last = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand"]
    return [(i, f"client{i}@exemple.fr", f"06 12 34 {i // 100:02d} {i % 100:02d}", first[i % 8],
             last[(i // 8) % 8], _iban(i)) for i in range(1, CUSTOMERS)]


def _locate(catalog: Path, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["locate", "--catalog", str(catalog), *args])
    out, err = capsys.readouterr()
    for text in (out, err):
        for secret in SECRETS:
            assert secret not in text.lower()
    return code, out, err


def _places(out: str) -> dict[tuple[str, str], tuple[int, str]]:
    """{(asset, column): (rows, the keys line under it or '')} of `ropa locate`'s table."""
    places: dict[tuple[str, str], tuple[int, str]] = {}
    lines = out.splitlines()
    for i, line in enumerate(lines):
        if line.startswith(" ") or ": searched " in line:
            continue
        _, asset, column, rows = re.split(r"\s{2,}", line.strip())   # fields are two spaces apart
        after = lines[i + 1].strip() if i + 1 < len(lines) and lines[i + 1].startswith(" ") else ""
        places[(asset, column)] = (int(rows.split()[0].replace(",", "")), after)
    return places


def _scanned(tmp_path: Path, uri: str) -> Path:
    catalog = tmp_path / "ropa.duckdb"
    _scan([uri], catalog, [], engine="local", quiet=True)
    return catalog


# -- A SQLite file, natively and through SQLAlchemy ------------------------------------------------


@pytest.mark.parametrize("spelling", ["{path}", "sqlite+pysqlite:///{path}"], ids=["native", "sqlalchemy"])
def test_sqlite_file(spelling: str, tmp_path: Path, capsys) -> None:
    path = tmp_path / "shop.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE clients (id INTEGER PRIMARY KEY, email TEXT, telephone TEXT, prenom TEXT, "
                "nom TEXT, iban TEXT)")
    con.executemany("INSERT INTO clients VALUES (?, ?, ?, ?, ?, ?)", _rows())
    con.execute("INSERT INTO clients VALUES (9001, ?, '+33 6 71 23 45 98', 'ZÉPHYRINE', 'quatremains', ?)",
                [f"  {EMAIL.upper()} ", IBAN.lower()])
    con.execute("INSERT INTO clients VALUES (9002, ?, '06 71 23 45 99', 'Zéphyr', 'Quatremain', NULL)",
                ["zephyrine.quatremains@exemple.fr.invalid"])   # near misses: never counted
    con.commit()
    con.close()
    catalog = _scanned(tmp_path, spelling.format(path=path))

    code, out, err = _locate(catalog, capsys, "--email", EMAIL, "--keys")
    assert code == 0, err
    assert _places(out) == {("main.clients", "email"): (1, "keys: 9001")}
    code, out, err = _locate(catalog, capsys, "--phone", "06 71 23 45 98")
    assert code == 0, err
    assert _places(out) == {("main.clients", "telephone"): (1, "")}
    code, out, err = _locate(catalog, capsys, "--iban", _spaced(IBAN))
    assert code == 0, err
    assert _places(out) == {("main.clients", "iban"): (1, "")}
    # SQLite's own lower() folds ASCII only: 'ZÉPHYRINE' must still be found
    code, out, err = _locate(catalog, capsys, "--name", "Zéphyrine Quatremains")
    assert code == 0, err
    assert _places(out) == {("main.clients", "prenom + nom"): (1, "")}


# -- PostgreSQL, natively and through SQLAlchemy (psycopg) ------------------------------------------


@pytest.mark.parametrize("dialect", ["postgresql", "postgresql+psycopg"], ids=["native", "sqlalchemy"])
def test_postgres(dialect: str, postgres_server, tmp_path: Path, capsys) -> None:
    import psycopg

    database = "locate_" + dialect.replace("+", "_")
    with psycopg.connect(postgres_server.uri(), autocommit=True) as con:
        con.execute(f"DROP DATABASE IF EXISTS {database}")
        con.execute(f"CREATE DATABASE {database}")
    with psycopg.connect(postgres_server.uri(database), autocommit=True) as con:
        con.execute('CREATE SCHEMA "Ventes 100%"')
        con.execute('CREATE TABLE "Ventes 100%".paiements (ref text PRIMARY KEY, iban text, email text)')
        with con.cursor() as cur:
            cur.executemany('INSERT INTO "Ventes 100%%".paiements VALUES (%s, %s, %s)',
                            [(f"P-{r[0]:05d}", r[5], r[1]) for r in _rows()])
            cur.execute('INSERT INTO "Ventes 100%%".paiements VALUES (%s, %s, %s), (%s, %s, %s)',
                        ["P-77777", _spaced(IBAN), EMAIL.title(), "P-88888", IBAN, "autre@exemple.fr"])
    uri = postgres_server.uri(database).replace("postgresql://", f"{dialect}://", 1)
    catalog = _scanned(tmp_path, uri)

    code, out, err = _locate(catalog, capsys, "--iban", IBAN.lower(), "--keys")
    assert code == 0, err
    assert _places(out) == {("Ventes 100%.paiements", "iban"): (2, "keys: P-77777, P-88888")}
    code, out, err = _locate(catalog, capsys, "--email", EMAIL)
    assert code == 0, err
    assert _places(out) == {("Ventes 100%.paiements", "email"): (1, "")}


# -- MySQL / MariaDB, native -------------------------------------------------------------------------


@pytest.fixture()
def mysql_pwd(mariadb_server, monkeypatch) -> None:
    """`locate` reopens the source from its stored, password-free URI: the password comes from
    MYSQL_PWD, as a scheduled job would give it."""
    monkeypatch.setenv("MYSQL_PWD", mariadb_server.password)


@pytest.mark.mariadb
def test_mysql(mariadb_server, mysql_pwd, tmp_path: Path, capsys) -> None:
    con = mariadb_server.admin()
    with con.cursor() as cur:
        cur.execute("DROP DATABASE IF EXISTS `locate 100%`")
        cur.execute("CREATE DATABASE `locate 100%` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci")
        cur.execute("CREATE TABLE `locate 100%`.members (member_id INT PRIMARY KEY, email VARCHAR(200), "
                    "telephone VARCHAR(40), prenom VARCHAR(40), nom VARCHAR(40), iban VARCHAR(60))")
        cur.executemany("INSERT INTO `locate 100%%`.members VALUES (%s, %s, %s, %s, %s, %s)", _rows())
        cur.execute("INSERT INTO `locate 100%%`.members VALUES (5001, %s, '0033 6 71 23 45 98', 'zéphyrine', "
                    "'QUATREMAINS', %s)", [EMAIL.upper(), _spaced(IBAN)])
        # equal to the person's values under the table's case- and accent-blind collation, but
        # other values: a search must not count them
        cur.execute("INSERT INTO `locate 100%%`.members VALUES (5002, %s, NULL, 'Zephyrine', 'Quatremains', NULL)",
                    ["zéphyrine.quatremains@exemple.fr"])
    con.close()
    catalog = _scanned(tmp_path, mariadb_server.uri("locate 100%", password=True))

    code, out, err = _locate(catalog, capsys, "--email", EMAIL, "--keys")
    assert code == 0, err
    assert _places(out) == {("locate 100%.members", "email"): (1, "keys: 5001")}
    code, out, err = _locate(catalog, capsys, "--phone", "+33671234598")
    assert code == 0, err
    assert _places(out) == {("locate 100%.members", "telephone"): (1, "")}
    code, out, err = _locate(catalog, capsys, "--iban", IBAN)
    assert code == 0, err
    assert _places(out) == {("locate 100%.members", "iban"): (1, "")}
    code, out, err = _locate(catalog, capsys, "--name", "ZÉPHYRINE Quatremains")
    assert code == 0, err
    assert _places(out) == {("locate 100%.members", "prenom + nom"): (1, "")}


# -- S3 (moto in server mode) -------------------------------------------------------------------------


def test_s3_prefix(tmp_path: Path, capsys, monkeypatch) -> None:
    import boto3

    proc, endpoint = start_moto(tmp_path / "moto.log")
    for name, value in (("AWS_ENDPOINT_URL", endpoint), ("AWS_ACCESS_KEY_ID", "testing"),
                        ("AWS_SECRET_ACCESS_KEY", "testing"), ("AWS_REGION", "us-east-1")):
        monkeypatch.setenv(name, value)
    try:
        client = boto3.client("s3", endpoint_url=endpoint)
        client.create_bucket(Bucket="crm-exports")
        lines = ["id,email,telephone,iban"] + [f"{r[0]},{r[1]},{r[2]},{r[5]}" for r in _rows()]
        lines.insert(100, f"8001,{EMAIL.upper()},06.71.23.45.98,{IBAN}")
        client.put_object(Bucket="crm-exports", Key="exports/clients.csv", Body="\n".join(lines).encode())
        events = [f'{{"user": {{"emails": ["{r[1]}", "alt{r[0]}@exemple.be"]}}, "n": {r[0]}}}' for r in _rows()]
        events.insert(7, f'{{"user": {{"emails": ["old@exemple.be", "{EMAIL}"]}}, "n": 0}}')
        client.put_object(Bucket="crm-exports", Key="exports/events.ndjson", Body="\n".join(events).encode())
        catalog = _scanned(tmp_path, "s3://crm-exports/exports/")

        code, out, err = _locate(catalog, capsys, "--email", EMAIL, "--keys")
        assert code == 0, err
        places = _places(out)
        assert places[("clients.csv", "email")] == (1, "keys: 100")       # the file's row number
        assert [k for k in places if k[0] == "events.ndjson"] and all(
            rows == 1 for (asset, _), (rows, _) in places.items())
        assert set(places) <= {("clients.csv", "email"), ("events.ndjson", "user.emails[]")}
        code, out, err = _locate(catalog, capsys, "--iban", _spaced(IBAN))
        assert code == 0, err
        assert _places(out) == {("clients.csv", "iban"): (1, "")}
    finally:
        stop_process(proc)
