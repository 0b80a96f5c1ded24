"""Fixtures shared across the suite: the demo warehouses, scanned once per session."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
# Prefect logs "Stopping temporary server" at interpreter exit, after pytest closed its streams.
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
# The user hash key (catalog/keys.py) goes to $XDG_CONFIG_HOME/ropa: never the developer's own.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="ropa-test-config-")
# Prefect's temporary server gets 20 s to start by default; a loaded CI machine needs more.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")

POLICIES = Path(__file__).resolve().parent.parent / "policies"
ORGS = ("wecasa", "wemaintain", "wemind", "wegroup", "webcasso")


@dataclass(frozen=True)
class Demo:
    root: Path
    catalog: Path
    warehouses: dict[str, Path]
    violations: dict[str, list[dict]]     # per organisation, as `ropa check --format json` lists them


def scan_and_check(catalog: Path, source: Path, policy: Path) -> list[dict]:
    """Run the real scan; the violations (and unreadable assets) as `ropa check --format json` lists them."""
    from flows.cli import _check_rows, _scan

    summary = _scan([str(source)], catalog, [policy], engine="local", quiet=True)
    return _check_rows(catalog, summary)[0]


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    from flows.demo import build_demo

    root = tmp_path_factory.mktemp("demo")
    os.environ["ROPA_HASH_KEY"] = "00" * 16 + "ab" * 16   # a fixed key: the tests are reproducible
    built = build_demo(root, today=date.today())
    catalog = root / "ropa.duckdb"
    violations = {org: scan_and_check(catalog, path, POLICIES / f"{org}.yaml") for org, path in built.items()}
    return Demo(root=root, catalog=catalog, warehouses=built, violations=violations)
