"""open_source: which reader a SOURCE gets, and one-line errors for bad input."""

from __future__ import annotations

import os
import sqlite3

import duckdb
import pytest

from flows.sources import SourceConnectionError, open_source
from flows.sources.base import Source, SourceError
from flows.sources.duckdb_source import DuckDBSource
from flows.sources.errors import (
    SourceFormatError,
    SourceNotFound,
    SourcePermissionError,
    UnsupportedSource,
)
from flows.sources.files import FileSource
from flows.sources.sqlite_source import SQLiteSource


def _duckdb(path):
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE t AS SELECT 1 AS x")
    con.close()
    return path


def _sqlite(path):
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    return path


@pytest.mark.parametrize(
    ("make", "name", "expected"),
    [
        (_duckdb, "w.duckdb", DuckDBSource),
        (_duckdb, "w.db", DuckDBSource),  # .db: told apart by the header bytes
        (_sqlite, "w.db", SQLiteSource),
        (_sqlite, "w.sqlite", SQLiteSource),
        (_sqlite, "w.sqlite3", SQLiteSource),
        (lambda p: p.write_text("a,b\n1,2\n") and p, "x.csv", FileSource),
        (lambda p: p.write_text("hello") and p, "x.txt", FileSource),
    ],
)
def test_dispatch_by_content_and_extension(tmp_path, make, name, expected):
    path = make(tmp_path / name)
    source = open_source(str(path))
    try:
        assert isinstance(source, expected)
        assert isinstance(source, Source)  # the runtime-checkable protocol
        assert source.assets()
    finally:
        source.close()


def test_uri_forms(tmp_path, monkeypatch):
    _sqlite(tmp_path / "a.sqlite")
    _duckdb(tmp_path / "b.duckdb")
    monkeypatch.chdir(tmp_path)
    real = os.path.realpath(tmp_path)
    for uri, expected, canonical in [
        ("sqlite:///a.sqlite", SQLiteSource, f"sqlite:///{real}/a.sqlite"),
        (f"sqlite:///{tmp_path}/a.sqlite", SQLiteSource, f"sqlite:///{real}/a.sqlite"),  # four slashes: absolute
        ("a.sqlite", SQLiteSource, f"sqlite:///{real}/a.sqlite"),
        ("duckdb:///b.duckdb", DuckDBSource, f"{real}/b.duckdb"),
        ("./b.duckdb", DuckDBSource, f"{real}/b.duckdb"),
    ]:
        source = open_source(uri)
        assert isinstance(source, expected), uri
        assert source.uri == canonical, uri  # one identity whatever the spelling
        source.close()


def test_folder(tmp_path):
    (tmp_path / "a.csv").write_text("x\n1\n")
    assert isinstance(open_source(str(tmp_path)), FileSource)


@pytest.mark.parametrize(
    ("setup", "name", "error", "words"),
    [
        (None, "missing.csv", SourceNotFound, "no such file"),
        (lambda p: p.write_text("just some text, not a database"), "fake.duckdb", SourceFormatError, "not a DuckDB database"),
        (lambda p: p.write_text(""), "empty.duckdb", SourceFormatError, "empty"),
        (lambda p: p.write_text("CREATE TABLE x;"), "dump.sqlite", SourceFormatError, "not a SQLite database"),
        (lambda p: p.write_text("id,name"), "export.db", SourceFormatError, "DuckDB or SQLite"),
        (lambda p: p.write_bytes(b"\x89PNG\r\n"), "photo.png", UnsupportedSource, "unknown file type"),
        (lambda p: p.write_text("x"), "noext", UnsupportedSource, "no extension"),
    ],
)
def test_bad_input_is_one_line_with_cause_and_fix(tmp_path, setup, name, error, words):
    path = tmp_path / name
    if setup:
        setup(path)
    before = path.read_bytes() if path.exists() else None
    with pytest.raises(error) as info:
        open_source(str(path))
    message = str(info.value)
    assert words in message
    assert "\n" not in message
    assert str(path) in message
    assert message.count(":") >= 2  # what: cause: fix
    if before is not None:
        assert path.read_bytes() == before  # never created, overwritten or "repaired"


@pytest.mark.parametrize(
    ("uri", "error"),
    [
        ("ftp://host/data.csv", UnsupportedSource),
        ("nosuchdialect+driver://u@h/db", UnsupportedSource),
        ("mysql://u:pw@127.0.0.1:1/db", SourceConnectionError),
        ("sqlite://relative.sqlite", UnsupportedSource),
        ("sqlite:///nope/missing.sqlite", SourceNotFound),
        ("", SourceNotFound),
    ],
)
def test_bad_uris(uri, error):
    with pytest.raises(error) as info:
        open_source(uri)
    assert "\n" not in str(info.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file: permissions cannot be tested as root")
def test_unreadable_file(tmp_path):
    path = tmp_path / "locked.csv"
    path.write_text("a\n1\n")
    path.chmod(0)
    with pytest.raises(SourcePermissionError) as info:
        open_source(str(path))
    assert "permission denied" in str(info.value)


@pytest.mark.parametrize("mode", [0o600, 0o644])
def test_unreadable_file_as_other_user(mode):
    """As root, a forked child drops to uid nobody to meet the real refusal (or not, at 0644)."""
    if os.geteuid() != 0:
        pytest.skip("covered by test_unreadable_file")
    import shutil
    import tempfile
    from pathlib import Path

    folder = Path(tempfile.mkdtemp(prefix="ropa-perm-"))  # pytest's tmp dirs are 0700 to others
    os.chmod(folder, 0o755)
    path = folder / "locked.csv"
    path.write_text("a\n1\n")
    path.chmod(mode)
    pid = os.fork()
    if pid == 0:  # child: no pytest machinery past this point, only an exit code
        code = 3
        try:
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)  # nobody
            open_source(str(path))
            code = 1
        except SourcePermissionError as exc:
            code = 0 if ("permission denied" in str(exc) and "\n" not in str(exc)) else 2
        except BaseException:
            code = 4
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    shutil.rmtree(folder)
    assert os.waitstatus_to_exitcode(status) == (0 if mode == 0o600 else 1)


def test_all_errors_are_source_errors():
    for cls in (SourceNotFound, SourceFormatError, SourcePermissionError, UnsupportedSource):
        assert issubclass(cls, SourceError)
