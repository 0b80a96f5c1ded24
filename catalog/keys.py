"""The key of the keyed hashes, kept outside the catalog.

Findings may carry HMACs of matched values so that the same identifier can be recognised across
assets and scans without being stored. An HMAC is only as private as its key, so the key never
enters the catalog: it comes from ``ROPA_HASH_KEY`` (hex) or from a file beside the catalog
(``ropa.duckdb.key``, mode 0600), created on first use. Share the catalog, not the key.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from catalog.errors import CatalogError


def key_path(catalog_path: str | Path) -> Path:
    return Path(str(catalog_path) + ".key")


def load_key(catalog_path: str | Path) -> bytes:
    """The hashing key for this catalog: from the environment, else its key file (created if absent)."""
    env = os.environ.get("ROPA_HASH_KEY")
    if env:
        try:
            key = bytes.fromhex(env)
        except ValueError:
            raise CatalogError("ROPA_HASH_KEY must be hex (e.g. the output of `openssl rand -hex 32`)") from None
        if len(key) < 16:
            raise CatalogError("ROPA_HASH_KEY is too short: use at least 16 bytes (32 hex digits)")
        return key
    path = key_path(catalog_path)
    if path.exists():
        return bytes.fromhex(path.read_text().strip())
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(key.hex() + "\n")
    return key
