"""Credentials removed from source spellings, kept in this process's memory and nowhere else.

``ropa scan postgresql://u:PASSWORD@host/db`` works, but the password must not reach the
catalog, an output, a log or an orchestrator's stored parameters. So the source string is made
canonical where it enters (:func:`flows.sources.canonical_source`), which records any credential
here, keyed by the canonical URI; the PostgreSQL reader asks for it when it connects.

This registry lives in one process. Work that runs elsewhere (a ``ropa serve`` deployment's flow
runs, a Dask worker) never sees it: there the credential comes from libpq's own environment on
that machine (``PGPASSWORD``, ``~/.pgpass``, ``PGSERVICE`` and ``~/.pg_service.conf``), which is
why ``ropa serve`` and ``--dask`` refuse a source URI that carries a password.
"""

from __future__ import annotations

import threading
from typing import Mapping

_lock = threading.Lock()
_secrets: dict[str, dict[str, str]] = {}


def remember(uri: str, secrets: Mapping[str, str]) -> None:
    """Keep ``secrets`` (libpq keyword -> value) for the canonical ``uri``; empty ones are ignored,
    so re-canonicalising a credential-free spelling never forgets a credential given earlier."""
    if secrets:
        with _lock:
            _secrets.setdefault(uri, {}).update(secrets)


def secrets_for(uri: str) -> dict[str, str]:
    """The credentials given for ``uri`` in this process (a copy), or an empty dict."""
    with _lock:
        return dict(_secrets.get(uri, {}))


def forget(uri: str | None = None) -> None:
    """Drop the credentials of ``uri``, or all of them (tests, long-lived processes)."""
    with _lock:
        if uri is None:
            _secrets.clear()
        else:
            _secrets.pop(uri, None)
