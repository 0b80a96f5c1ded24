"""The key of the keyed hashes, kept where the catalog does not travel.

Findings carry keyed hashes of a few matched values so that the same identifier can be recognised
across assets and scans without being stored. A hash is only as private as its key: a key that
sits beside the catalog leaves with every copy of the folder, and then a 9-digit BSN hash is
reversed by trying the 10^8 valid numbers. So the key lives with the *user*, not the catalog:

1. ``ROPA_HASH_KEY`` (hex, at least 16 bytes) when set: a CI secret, a vault, a shared team key;
2. else a legacy key file beside the catalog (``ropa.duckdb.key``, written by ropa before 0.2):
   still used, so that hashes of existing catalogs keep matching, with a warning saying how to
   move it out;
3. else the user key ``$XDG_CONFIG_HOME/ropa/hash.key`` (``~/.config/ropa/hash.key``), created on
   first use, one per user for all their catalogs (so one BSN hashes alike in two catalogs).

Key files are written atomically (temporary file, fsync, link into place, mode 0600), so a crash
never leaves an empty key; a key shorter than 16 bytes, from the environment or from a file, is
refused with one line saying what to do (exit 2), not a TypeError per asset.
"""

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path
from typing import Callable

from catalog.errors import CatalogError

MIN_KEY_BYTES = 16       # 128 bits: below that an HMAC key is itself guessable
NEW_KEY_BYTES = 32


class HashKeyError(CatalogError):
    """The hash key is missing, malformed or too weak (bad input: exit 2)."""


def legacy_key_path(catalog_path: str | Path) -> Path:
    """Where ropa before 0.2 kept the key: beside the catalog, so it travelled with it."""
    return Path(str(catalog_path) + ".key")


def config_dir() -> Path:
    """ropa's folder in the user's configuration directory (XDG base directory spec)."""
    base = os.environ.get("XDG_CONFIG_HOME") or ""
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".config"
    return root / "ropa"


def user_key_path() -> Path:
    return config_dir() / "hash.key"


def parse_key(text: str, origin: str) -> bytes:
    """Bytes of a hex key; ``origin`` names where it came from in the messages."""
    stripped = text.strip()
    if not stripped and origin == "ROPA_HASH_KEY":
        raise HashKeyError(
            f"ROPA_HASH_KEY is set but empty; unset it to use the key file {user_key_path()}, or set it "
            "to at least 32 hex digits (e.g. `openssl rand -hex 32`)"
        )
    if not stripped:
        raise HashKeyError(
            f"{origin} is empty (a crash while it was being created?); delete it to make a new key "
            "(hashes of earlier scans will no longer match) or restore it from your backup"
        )
    try:
        key = bytes.fromhex(stripped)
    except ValueError:
        raise HashKeyError(
            f"{origin} is not hex; write a key as hex digits, e.g. the output of `openssl rand -hex 32`"
        ) from None
    if len(key) < MIN_KEY_BYTES:
        raise HashKeyError(
            f"{origin} is too weak ({len(key)} bytes); use at least {MIN_KEY_BYTES} bytes "
            f"({2 * MIN_KEY_BYTES} hex digits), e.g. `openssl rand -hex 32`"
        )
    return key


def _read_key_file(path: Path) -> bytes:
    try:
        text = path.read_text(encoding="ascii", errors="replace")
    except OSError as exc:
        raise HashKeyError(f"cannot read the hash key {path}: {exc.strerror or exc}; check its permissions") from None
    return parse_key(text, f"hash key file {path}")


def write_key_file(path: Path, key: bytes) -> bool:
    """Write ``key`` to ``path`` atomically with mode 0600; False if another process made it first.

    The key goes to a temporary file in the same folder, is fsynced, then *linked* to its name:
    the name appears whole or not at all, and a concurrent creator's key is never overwritten.
    """
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w") as handle:
            handle.write(key.hex() + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            return False
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
        return True
    finally:
        tmp.unlink(missing_ok=True)


def _warn(message: str) -> None:
    print(f"ropa: warning: {message}", file=sys.stderr)


def load_key(catalog_path: str | Path, *, warn: Callable[[str], None] | None = None) -> bytes:
    """The hashing key for this catalog: environment, else legacy file, else the user key."""
    env = os.environ.get("ROPA_HASH_KEY")
    if env is not None:
        return parse_key(env, "ROPA_HASH_KEY")
    legacy = legacy_key_path(catalog_path)
    if legacy.is_file():
        key = _read_key_file(legacy)
        (warn or _warn)(
            f"the hash key {legacy} sits beside the catalog and travels with every copy of it; "
            f"move it out of the folder: `mv {legacy} {user_key_path()}` (if you have no user key "
            "yet) or export it as ROPA_HASH_KEY and delete the file"
        )
        return key
    path = user_key_path()
    if path.exists():
        return _read_key_file(path)
    try:
        write_key_file(path, secrets.token_bytes(NEW_KEY_BYTES))  # False: a racing process won; read its key
    except OSError as exc:
        raise HashKeyError(
            f"cannot create the hash key {path}: {exc.strerror or exc}; set ROPA_HASH_KEY "
            "(e.g. `export ROPA_HASH_KEY=$(openssl rand -hex 32)`) or XDG_CONFIG_HOME to a writable folder"
        ) from None
    return _read_key_file(path)
