"""The hash key lives with the user, not beside the catalog; weak or half-written keys are refused."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from catalog.keys import HashKeyError, legacy_key_path, load_key, user_key_path, write_key_file

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A fresh config directory and no ROPA_HASH_KEY."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("ROPA_HASH_KEY", raising=False)
    return tmp_path


def test_default_key_is_created_in_the_config_dir_not_beside_the_catalog(home):
    catalog = home / "data" / "ropa.duckdb"
    key = load_key(catalog)
    path = home / "config" / "ropa" / "hash.key"
    assert user_key_path() == path and path.is_file()
    assert len(key) == 32 and bytes.fromhex(path.read_text()) == key
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not legacy_key_path(catalog).exists() and not (home / "data").exists()
    assert load_key(home / "elsewhere" / "other.duckdb") == key   # one user key for all catalogs
    assert [p.name for p in path.parent.iterdir()] == ["hash.key"]  # no temporary file left


def test_env_key_wins_and_must_be_strong(home, monkeypatch):
    monkeypatch.setenv("ROPA_HASH_KEY", "ab" * 16)
    assert load_key(home / "ropa.duckdb") == b"\xab" * 16
    for bad, words in [("ab" * 15, r"too weak \(15 bytes\)"), ("zz" * 16, "not hex"), ("", "set but empty")]:
        monkeypatch.setenv("ROPA_HASH_KEY", bad)
        with pytest.raises(HashKeyError, match=words):
            load_key(home / "ropa.duckdb")
    assert not user_key_path().exists()


@pytest.mark.parametrize(("content", "words"), [
    ("", "is empty .a crash"),                     # the file a crash between create and write left
    ("\n", "is empty"),
    ("ab\n", r"too weak \(1 bytes\)"),             # accepted at 1 byte before
    ("ab" * 15 + "\n", r"too weak \(15 bytes\)"),
    ("not a key\n", "not hex"),
])
def test_weak_key_files_are_refused_the_same_way(home, content, words):
    for path in (user_key_path(), legacy_key_path(home / "ropa.duckdb")):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content)
        with pytest.raises(HashKeyError, match=words):
            load_key(home / "ropa.duckdb")
        path.unlink()


def test_legacy_key_beside_the_catalog_is_still_used_with_a_warning(home):
    catalog = home / "ropa.duckdb"
    legacy_key_path(catalog).write_text("cd" * 32 + "\n")
    told: list[str] = []
    assert load_key(catalog, warn=told.append) == b"\xcd" * 32
    assert len(told) == 1 and "travels with every copy" in told[0] and str(user_key_path()) in told[0]
    assert not user_key_path().exists()


def test_write_key_file_never_overwrites_a_racing_key(home):
    path = home / "k" / "hash.key"
    assert write_key_file(path, b"\x01" * 32)
    assert not write_key_file(path, b"\x02" * 32)
    assert path.read_text().strip() == "01" * 32
    assert sorted(p.name for p in path.parent.iterdir()) == ["hash.key"]


def _run(args, env, cwd):
    return subprocess.run([sys.executable, "-m", "flows.cli", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def test_cli_refuses_a_weak_key_with_exit_2_and_one_line(home, tmp_path):
    data = tmp_path / "people.csv"
    data.write_text("name,bsn\nJan,111222333\nPiet,123456782\n")
    env = {k: v for k, v in os.environ.items() if k != "ROPA_HASH_KEY"}
    env.update(PYTHONPATH=str(ROOT), XDG_CONFIG_HOME=str(home / "config"))
    user_key_path().parent.mkdir(parents=True)
    user_key_path().write_text("")
    proc = _run(["scan", str(data), "--catalog", str(tmp_path / "c.duckdb")], env, tmp_path)
    assert proc.returncode == 2, proc.stderr
    lines = [l for l in proc.stderr.splitlines() if l.strip()]
    assert len(lines) == 1 and "is empty" in lines[0] and "Traceback" not in proc.stderr
    assert "TypeError" not in proc.stderr
