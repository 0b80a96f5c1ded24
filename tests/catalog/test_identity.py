"""catalog.identity: every spelling of a source has one canonical, credential-free form."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import duckdb
import pytest

from catalog.identity import SourceSpellingError, canonical, redact


@pytest.fixture()
def work(tmp_path: Path, monkeypatch) -> Path:
    """tmp/work/{warehouse.duckdb, app.sqlite, legacy.db (SQLite), wh.db (DuckDB), exports/},
    a symlink tmp/link.duckdb -> work/warehouse.duckdb, cwd = tmp."""
    root = tmp_path / "work"
    root.mkdir()
    duckdb.connect(str(root / "warehouse.duckdb")).close()
    duckdb.connect(str(root / "wh.db")).close()
    for name in ("app.sqlite", "legacy.db"):
        con = sqlite3.connect(root / name)
        con.execute("CREATE TABLE t (x)")
        con.commit()
        con.close()
    (root / "exports").mkdir()
    (root / "exports" / "a.csv").write_text("x\n1\n")
    (tmp_path / "link.duckdb").symlink_to(root / "warehouse.duckdb")
    monkeypatch.chdir(tmp_path)
    for var in ("PGHOST", "PGPORT", "PGUSER", "PGDATABASE", "PGSERVICE", "PGPASSWORD"):
        monkeypatch.delenv(var, raising=False)
    return Path(os.path.realpath(root))


@pytest.mark.parametrize(
    ("spelling", "expected"),
    [
        ("work/warehouse.duckdb", "{w}/warehouse.duckdb"),
        ("./work/warehouse.duckdb", "{w}/warehouse.duckdb"),
        ("work/../work/./warehouse.duckdb", "{w}/warehouse.duckdb"),
        ("{w}/warehouse.duckdb", "{w}/warehouse.duckdb"),
        ("link.duckdb", "{w}/warehouse.duckdb"),  # a symlink resolves to its target
        ("duckdb:///work/warehouse.duckdb", "{w}/warehouse.duckdb"),
        ("duckdb:///{w}/warehouse.duckdb", "{w}/warehouse.duckdb"),
        ("  work/warehouse.duckdb  ", "{w}/warehouse.duckdb"),
        ("work/app.sqlite", "sqlite:///{w}/app.sqlite"),
        ("sqlite:///work/app.sqlite", "sqlite:///{w}/app.sqlite"),
        ("sqlite:///{w}/app.sqlite", "sqlite:///{w}/app.sqlite"),  # four slashes: absolute
        ("work/legacy.db", "sqlite:///{w}/legacy.db"),  # .db told apart by its header
        ("work/wh.db", "{w}/wh.db"),
        ("work/exports", "{w}/exports"),
        ("work/exports/", "{w}/exports"),
        ("work/exports/a.csv", "{w}/exports/a.csv"),
        ("work/not-yet.csv", "{w}/not-yet.csv"),  # existence is the reader's business
    ],
)
def test_local_spellings(work: Path, spelling: str, expected: str) -> None:
    ident = canonical(spelling.format(w=work))
    assert ident.uri == expected.format(w=work)
    assert not ident.secrets
    assert canonical(ident.uri) == ident  # idempotent


def test_relative_paths_resolve_against_base(work: Path) -> None:
    assert canonical("warehouse.duckdb", base=work).uri == f"{work}/warehouse.duckdb"
    assert canonical("warehouse.duckdb", base=work) == canonical(str(work / "warehouse.duckdb"))


@pytest.mark.parametrize(
    ("spelling", "expected", "secrets"),
    [
        ("postgresql://ana:s3cr%40t@db.example.com/crm", "postgresql://ana@db.example.com:5432/crm",
         {"password": "s3cr@t"}),
        ("postgres://ana@DB.example.com:5432/crm", "postgresql://ana@db.example.com:5432/crm", {}),
        ("postgresql://ana@db.example.com/crm?password=pw&sslmode=require",
         "postgresql://ana@db.example.com:5432/crm?sslmode=require", {"password": "pw"}),
        ("postgresql://ana@db.example.com/crm?sslpassword=k3y&application_name=x&sslmode=verify-full",
         "postgresql://ana@db.example.com:5432/crm?application_name=x&sslmode=verify-full", {"sslpassword": "k3y"}),
        ("postgresql://ana@db.example.com:6432/crm", "postgresql://ana@db.example.com:6432/crm", {}),
        ("postgresql://ana@db.example.com", "postgresql://ana@db.example.com:5432/ana", {}),  # dbname = user
        ("postgresql://ana@[::1]/crm", "postgresql://ana@[::1]:5432/crm", {}),
        ("postgresql://ana@h1,h2:6432/crm", "postgresql://ana@h1:5432,h2:6432/crm", {}),
        ("postgresql://ana@%2Ftmp%2Fpg/crm", "postgresql://ana@%2Ftmp%2Fpg:5432/crm", {}),  # socket folder
        ("postgresql://?service=prod&password=pw", "postgresql://?service=prod", {"password": "pw"}),
    ],
)
def test_postgres_spellings(work: Path, spelling: str, expected: str, secrets: dict) -> None:
    ident = canonical(spelling)
    assert ident.kind == "postgresql"
    assert ident.uri == expected
    assert dict(ident.secrets) == secrets
    for value in secrets.values():
        assert value not in ident.uri and value not in repr(ident)
    assert canonical(ident.uri) == ident  # idempotent


def test_postgres_defaults_come_from_libpq_environment(work: Path, monkeypatch) -> None:
    monkeypatch.setenv("PGHOST", "pg.internal")
    monkeypatch.setenv("PGPORT", "6543")
    monkeypatch.setenv("PGUSER", "scanner")
    assert canonical("postgresql:///crm").uri == "postgresql://scanner@pg.internal:6543/crm"
    monkeypatch.setenv("PGDATABASE", "sales")
    assert canonical("postgresql://").uri == "postgresql://scanner@pg.internal:6543/sales"
    # an explicit spelling of the same thing is the same source
    assert canonical("postgresql://scanner@pg.internal:6543/sales").uri == canonical("postgresql://").uri


def test_postgres_without_host_names_libpq_socket_folder(work: Path) -> None:
    uri = canonical("postgresql://ana@/crm").uri
    assert uri.startswith("postgresql://ana@%2F") and uri.endswith(":5432/crm"), uri


@pytest.mark.parametrize(
    "spelling",
    [
        "postgresql://ana:pw@h/crm?token=abc",  # libpq knows no such parameter
        "postgresql://ana:pw@h/crm?sslmode=require&bogus=1",
        "postgresql://ana:pw@/crm?host=h1,h2,h3&port=1,2",  # three hosts, two ports
    ],
)
def test_malformed_postgres_uri_is_refused_without_its_secrets(spelling: str) -> None:
    with pytest.raises(SourceSpellingError) as info:
        canonical(spelling)
    message = str(info.value)
    assert "pw" not in message.replace("postgresql", "") and "abc" not in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("https://h/p?token=t&access_key=a&api_key=b&secret=s&page=2", "https://h/p?page=2"),
        ("snowflake://u:pw@acct/db?authenticator=x&private_key=pk", "snowflake://u@acct/db"),
    ],
)
def test_unsupported_uris_are_redacted(text: str, shown: str) -> None:
    assert redact(text) == shown
    ident = canonical(text)
    assert (ident.kind, ident.uri) == ("other", shown)


@pytest.mark.parametrize(
    ("text", "kind", "uri", "secrets"),
    [
        ("mysql://u:pw@H/db", "mysql", "mysql://u@h:3306/db", {"password": "pw"}),
        ("mariadb://u@h:3306/db?password=pw&ssl_ca=/ca.pem", "mysql", "mysql://u@h:3306/db?ssl_ca=%2Fca.pem", {"password": "pw"}),
        ("mssql+pyodbc://u:pw@H/db?token=t&driver=x", "sqlalchemy", "mssql+pyodbc://u@h/db?driver=x", {"password": "pw", "token": "t"}),
        ("s3://bucket/x.csv?X-Amz-Signature=abc&region=eu-west-1", "s3", "s3://bucket/x.csv?region=eu-west-1",
         {"X-Amz-Signature": "abc"}),
    ],
)
def test_new_schemes_are_canonical_and_credential_free(text, kind, uri, secrets, monkeypatch) -> None:
    for name in ("AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3"):
        monkeypatch.delenv(name, raising=False)
    ident = canonical(text)
    assert (ident.kind, ident.uri, dict(ident.secrets)) == (kind, uri, secrets)
    assert canonical(ident.uri).uri == ident.uri  # idempotent


def test_empty_is_refused() -> None:
    with pytest.raises(SourceSpellingError):
        canonical("  ")
