"""The catalog queries behind the notebook and the HTML report (flows/outputs/views.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from catalog.errors import CatalogError, CatalogLocked, NotACatalog
from flows.outputs import views
from flows.outputs.gx import build_suites, export_suites, load_suite
from flows.outputs.retention import cutoff_from_parts
from flows.outputs.sample_catalog import build_sample_catalog

TODAY = date(2026, 6, 1)


@pytest.fixture()
def sample(tmp_path: Path):
    return build_sample_catalog(tmp_path / "ropa.duckdb", today=TODAY)


def test_coverage_counts_the_latest_status_of_each_asset(sample) -> None:
    con = views.open_catalog(sample.path)
    status = views.asset_status(con)
    assert views.coverage_summary(status) == {
        "assets": 8, "scanned": 6, "skipped": 1, "error": 1, "never": 0,
        "rows_sampled": 6 * 0 + 200 * 4 + 50 + 4, "rows_total": 16304}
    legacy = status[status["asset"] == "main.legacy_export"].iloc[0]
    assert legacy["status"] == "error" and legacy["error"].startswith("permission denied")
    assert set(status["scan_id"]) == {sample.latest_scan}


def test_rejected_rows_are_listed_by_line_number(sample) -> None:
    """The CSV export's two malformed rows, by where they are; an asset whose scan kept a count
    but no line numbers (a catalog from before they were kept) says so."""
    con = views.open_catalog(sample.path)
    rejected = views.rejected_rows(views.asset_status(con))
    assert rejected[["label", "rows_rejected", "lines"]].to_dict("records") == [
        {"label": "users.csv", "rows_rejected": 2, "lines": "14, 31"}]
    con.close()
    con = duckdb.connect(str(sample.path))
    con.execute("UPDATE asset_scans SET rows_rejected = 30, rejected_lines = range(1, 11) WHERE asset_id = 7")
    con.execute("UPDATE asset_scans SET rows_rejected = 1, rejected_lines = NULL WHERE asset_id = 4")
    con.close()
    con = views.open_catalog(sample.path)
    rejected = views.rejected_rows(views.asset_status(con))
    assert dict(zip(rejected["label"], rejected["lines"])) == {
        "users.csv": "1, 2, 3, 4, 5, 6, 7, 8, 9, 10 … (10 of 30)", "main.prospects": "not recorded"}


def test_findings_come_from_each_assets_current_scan(sample) -> None:
    con = duckdb.connect(str(sample.path))
    t = datetime.combine(TODAY + timedelta(days=1), datetime.min.time())
    # a third scan: main.orders now reads clean, main.customers could not be read
    con.execute("INSERT INTO scans VALUES ('scan-0003', ?, ?, 'finished')", [t, t])
    con.execute("INSERT INTO asset_scans (scan_id, asset_id, status, error, rows_sampled, row_count) VALUES ('scan-0003', 2, 'scanned', NULL, 200, 2300), "
                "('scan-0003', 1, 'error', 'timeout; retry', 0, NULL)")
    con.close()
    con = views.open_catalog(sample.path)
    f = views.latest_findings(con)
    assert "main.orders" not in set(f["asset"])  # found clean now: old findings are history
    cust = f[f["asset"] == "main.customers"]
    assert set(cust["scan_id"]) == {sample.latest_scan}  # an error does not erase what was known
    assert len(cust) == 4 and cust["score"].min() > 0.9  # the older, lower-scored scan is gone
    assert views.asset_status(con).set_index("asset").loc["main.customers", "status"] == "error"


def test_inferred_cutoffs_land_on_the_first_day_inside_the_period(sample) -> None:
    con = views.open_catalog(sample.path)
    cut = views.retention_cutoffs(con).set_index("asset")
    for asset, true_cutoff in sample.cutoffs.items():
        row = cut.loc[asset]
        assert row["inferred"]
        assert row["over_rows"] == sample.over_retained_rows[asset]
        step = 7 if asset == "main.customers" else 5  # the profile's day spacing
        assert true_cutoff <= row["cutoff"] < true_cutoff + timedelta(days=step)


def test_declared_cutoffs_are_exact_and_the_longest_period_wins(tmp_path) -> None:
    cat = build_sample_catalog(tmp_path / "ropa.duckdb", today=TODAY, declarations=True)
    con = views.open_catalog(cat.path)
    assert views.as_of(con) == TODAY
    anchors = views.declared_anchors(con).set_index("asset")
    # customers: P5Y (customer) beats P3Y (prospect) on the same column, however it is spelt
    assert anchors.loc["main.customers", "retention"] == "P5Y"
    assert anchors.loc["main.customers", "cutoff"] == date(2021, 6, 1)
    assert "main.orders" not in anchors.index  # kept as long as necessary: no cutoff
    cut = views.retention_cutoffs(con).set_index("asset")
    for asset, true_cutoff in cat.cutoffs.items():
        assert cut.loc[asset, "cutoff"] == true_cutoff and not cut.loc[asset, "inferred"]
        assert cut.loc[asset, "over_rows"] == cat.over_retained_rows[asset]


@pytest.mark.parametrize(("parts", "frm", "today", "expected"), [
    ((5, 0, 0), "end_of_relationship", date(2026, 6, 1), date(2021, 6, 1)),
    ((5, 0, 0), "end_of_fiscal_year", date(2026, 6, 1), date(2021, 1, 1)),
    ((0, 18, 0), None, date(2026, 8, 31), date(2025, 2, 28)),
    ((0, 0, 90), None, date(2026, 6, 1), date(2026, 3, 3)),
])
def test_cutoff_arithmetic(parts, frm, today, expected) -> None:
    assert cutoff_from_parts(*parts, today=today, retention_from=frm) == expected


def test_fiscal_year_cutoff_agrees_with_the_views_rule() -> None:
    """over_retained: Dec 31 of the anchor's year + period < as_of. Kept iff on/after the cutoff."""
    today = date(2026, 6, 1)
    cut = cutoff_from_parts(5, 0, 0, today=today, retention_from="end_of_fiscal_year")
    for day in (date(2020, 12, 31), date(2021, 1, 1), date(2021, 6, 1), date(2021, 12, 31)):
        over = date(day.year, 12, 31).replace(year=day.year + 5) < today
        assert over == (day < cut), day


def test_gx_export_from_a_catalog_uses_the_declared_anchors(tmp_path) -> None:
    cat = build_sample_catalog(tmp_path / "ropa.duckdb", today=TODAY, declarations=True)
    paths = {p.name.split("@")[0]: p for p in export_suites(cat.path, tmp_path / "gx", today=TODAY)}
    customers = load_suite(paths["main.customers"])
    types = {(e.expectation_type, e.column) for e in customers.expectations}
    assert ("expect_column_values_to_not_match_regex", "iban") in types
    ret = [e for e in customers.expectations if e.meta["ropa"]["rule"] == "retention"]
    assert len(ret) == 1 and str(ret[0].min_value).startswith("2021-06-01")
    assert "main.orders" in paths  # its card_number violation, but no retention check
    orders = load_suite(paths["main.orders"])
    assert all(e.meta["ropa"]["rule"] != "retention" for e in orders.expectations)
    assert not any(n.startswith("contracts") for n in paths)  # a document has no columns
    without = build_suites([], today=TODAY)
    assert without == {}


def test_violation_dicts_are_what_the_renderers_take(sample) -> None:
    con = views.open_catalog(sample.path)
    rows = views.violation_dicts(con)
    assert len(rows) == 9
    csv = next(r for r in rows if r["asset"] == "users.csv")
    assert csv["column"] == "bsn" and csv["asset_kind"] == "file" and "column_name" not in csv
    over = next(r for r in rows if r["kind"] == "over_retained" and r["asset"] == "main.customers")
    assert over["rows"] == sample.over_retained_rows["main.customers"] and isinstance(over["rows"], int)
    assert {r["status"] for r in views.scanned_assets(con)} == {"scanned", "skipped", "error"}


def test_open_catalog_refuses_what_is_not_a_catalog(tmp_path) -> None:
    with pytest.raises(CatalogError, match="no catalog there"):
        views.open_catalog(tmp_path / "missing.duckdb")
    text = tmp_path / "notes.duckdb"
    text.write_text("not a database\n" * 100)
    with pytest.raises(NotACatalog, match="not a DuckDB database"):
        views.open_catalog(text)
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).execute("CREATE TABLE t (x INTEGER)").close()
    with pytest.raises(NotACatalog, match="with 1 table but not a ropa catalog"):
        views.open_catalog(other)
    empty = tmp_path / "empty.duckdb"
    duckdb.connect(str(empty)).close()
    with pytest.raises(NotACatalog, match="missing catalog_findings"):
        views.open_catalog(empty)


def test_a_catalog_being_written_is_reported_as_locked(sample) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import duckdb, sys, time
            con = duckdb.connect({str(sample.path)!r})
            print("ready", flush=True)
            sys.stdin.readline()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(CatalogLocked, match="another process is writing"):
            views.open_catalog(sample.path)
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
    time.sleep(0.05)
    views.open_catalog(sample.path).close()  # free again once the writer is gone


def test_assets_of_the_same_name_in_two_sources_are_told_apart(sample) -> None:
    con = duckdb.connect(str(sample.path))
    con.execute("INSERT INTO assets VALUES (9, 'other/warehouse.duckdb', 'main.customers', 'table'),"
                " (10, 's3://bucket/exports', 'users.csv', 'file')")
    con.execute("INSERT INTO asset_scans (scan_id, asset_id, status, error, rows_sampled, row_count) VALUES (?, 9, 'scanned', NULL, 200, 300)",
                [sample.latest_scan])
    con.execute("INSERT INTO catalog_findings SELECT scan_id, 'other/warehouse.duckdb', asset, "
                "kind, column_name, entity, category, score, matched, sampled, examples, "
                "evidence, scanned_at FROM catalog_findings "
                "WHERE asset = 'main.customers' AND scan_id = ?", [sample.latest_scan])
    con.close()
    con = views.open_catalog(sample.path)
    labels = views.asset_labels(con)
    # same file name in both sources: the full source disambiguates
    assert labels[("warehouse.duckdb", "main.customers")] == "warehouse.duckdb:main.customers"
    assert labels[("other/warehouse.duckdb", "main.customers")] == \
        "other/warehouse.duckdb:main.customers"
    assert labels[("fixtures", "users.csv")] == "fixtures:users.csv"
    assert labels[("s3://bucket/exports", "users.csv")] == "exports:users.csv"
    assert labels[("warehouse.duckdb", "main.orders")] == "main.orders"  # unique: plain name
    matrix = views.category_matrix(views.latest_findings(con))
    assert {"warehouse.duckdb:main.customers", "other/warehouse.duckdb:main.customers"} <= \
        set(matrix.index)
    ex = views.examples_for(views.latest_findings(con), "other/warehouse.duckdb:main.customers")
    assert len(ex) == 4
