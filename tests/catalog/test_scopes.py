"""Policies loaded for a source bind only that source's assets (one catalog, several organisations)."""

from __future__ import annotations

from pathlib import Path

from catalog import reconcile
from catalog.declarations import load_declaration
from tests.catalog.test_reconcile import CLINIC, SHOP, Catalog


def _load(cat: Catalog, tmp_path: Path, name: str, text: str, source: str) -> None:
    path = tmp_path / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    reconcile.load(cat.con, [load_declaration(path)], sources=[source])


def test_each_source_is_judged_by_its_own_policy(tmp_path: Path) -> None:
    cat = Catalog(tmp_path)                      # no policy yet
    _load(cat, tmp_path, "shop", SHOP, "shop.duckdb")
    _load(cat, tmp_path, "clinic", CLINIC, "clinic.duckdb")
    # The same asset name in both warehouses: a card number is undeclared for Shop's customers;
    # Clinic binds nothing to main.customers, so there it is unbound personal data.
    for source in ("shop.duckdb", "clinic.duckdb"):
        cat.asset("main.customers", source=source)
        cat.finding("main.customers", "card", "CREDIT_CARD", source=source)
    got = sorted((v["source"], v["kind"], v["policy"]) for v in reconcile.fetch_violations(cat.con))
    assert got == [("clinic.duckdb", "unbound", None), ("shop.duckdb", "undeclared", "shop")]


def test_reloading_a_policy_replaces_only_that_policy(tmp_path: Path) -> None:
    cat = Catalog(tmp_path)
    _load(cat, tmp_path, "shop", SHOP, "shop.duckdb")
    _load(cat, tmp_path, "clinic", CLINIC, "clinic.duckdb")
    _load(cat, tmp_path, "shop", SHOP, "shop-eu.duckdb")
    scopes = cat.rows("SELECT policy, source FROM decl_scopes ORDER BY ALL")
    assert scopes == [("clinic", "clinic.duckdb"), ("shop", "shop-eu.duckdb")]
    assert cat.rows("SELECT DISTINCT policy FROM decl_subjects ORDER BY 1") == [("clinic",), ("shop",)]


def test_a_source_no_policy_covers_is_not_judged(tmp_path: Path) -> None:
    cat = Catalog(tmp_path)
    _load(cat, tmp_path, "shop", SHOP, "shop.duckdb")
    cat.asset("hr.staff", source="elsewhere.duckdb")
    cat.finding("hr.staff", "email", "EMAIL_ADDRESS", source="elsewhere.duckdb")
    assert reconcile.fetch_violations(cat.con) == []
