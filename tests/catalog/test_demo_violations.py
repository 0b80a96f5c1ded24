"""Each demo warehouse, checked against its organisation's policy, shows exactly its planted problems.

The expectations are golden files (tests/catalog/expected/<org>.yaml) written with the demo data:
adding a planted problem means adding a row there, not a test.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
import yaml

from tests.conftest import ORGS, Demo

EXPECTED = Path(__file__).parent / "expected"


def _key(v: dict) -> tuple:
    return (v["kind"], v["asset"], v.get("column"), v.get("entity"))


@pytest.mark.parametrize("org", ORGS)
def test_check_lists_exactly_the_planted_violations(demo: Demo, org: str) -> None:
    expected = yaml.safe_load((EXPECTED / f"{org}.yaml").read_text())
    if isinstance(expected, dict):
        expected = expected.get("violations", [])
    got = demo.violations[org]
    assert sorted(map(_key, got), key=str) == sorted(map(_key, expected), key=str)
    for want in expected:
        if want.get("rows") is not None:
            match = [v for v in got if _key(v) == _key(want)]
            assert match and match[0]["rows"] == want["rows"], want


def test_the_catalog_holds_no_planted_value(demo: Demo) -> None:
    """Search every text cell of every catalog table, through SQL, for every planted identifier."""
    from flows.demo import planted_identifiers

    planted = sorted(planted_identifiers(demo.root))
    assert len(planted) > 20
    con = duckdb.connect(str(demo.catalog), read_only=True)
    try:
        hits = []
        con.execute("CREATE TEMP TABLE needles(v VARCHAR)")
        con.executemany("INSERT INTO needles VALUES (?)", [[p] for p in planted])
        tables = con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' "
            "AND table_schema = 'main'"
        ).fetchall()
        for (table,) in tables:
            columns = con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'main' AND table_name = ?",
                [table],
            ).fetchall()
            for (column,) in columns:
                q_table = '"' + table.replace('"', '""') + '"'
                q_col = '"' + column.replace('"', '""') + '"'
                n = con.execute(
                    f"SELECT count(*) FROM {q_table} t, needles n "
                    f"WHERE contains(CAST(t.{q_col} AS VARCHAR), n.v)"
                ).fetchone()[0]
                if n:
                    hits.append((table, column, n))
        assert hits == []
    finally:
        con.close()


def test_the_search_would_find_a_value(demo: Demo, tmp_path: Path) -> None:
    """The needle search above is not vacuous: the same SQL finds a planted value in the warehouse."""
    from flows.demo import planted_identifiers

    planted = sorted(planted_identifiers(demo.root))
    duck = [p for p in demo.warehouses.values() if str(p).endswith(".duckdb")][0]
    con = duckdb.connect(str(duck), read_only=True)
    try:
        found = 0
        for (schema, table) in con.execute(
            "SELECT table_schema, table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'"
        ).fetchall():
            q = '"' + schema + '"."' + table.replace('"', '""') + '"'
            row = con.execute(f"SELECT * FROM {q} LIMIT 50").fetchall()
            text = " ".join(str(c) for r in row for c in r)
            found += sum(1 for p in planted if p in text)
        assert found > 0
    finally:
        con.close()
