"""Values inside structures (lists, lists of records, maps, keys that are values) and
header-less files, from real files read by the real readers to the findings of a scan."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pyarrow as pa
import pytest

from catalog.store import Catalog
from flows.classify import ScanSettings, classify_asset
from flows.scan import discover, run_scan
from flows.sources import open_source
from flows.sources.columns import name_values, shape_batches, shape_sample

KEY = b"s" * 32
IBANS = ["FR7630006000011234567890189", "NL91ABNA0417164300", "DE89370400440532013000"]
EMAILS = ["jan.jansen@example.nl", "piet@voorbeeld.nl", "anna@exemple.fr"]


def test_lists_of_scalars_and_of_records_become_list_columns_per_row():
    table = pa.table({
        "id": [1, 2, 3],
        "emails": [["a@x.fr", "b@y.fr"], None, []],
        "contacts": [
            [{"kind": "work", "email": "c@x.fr", "phones": ["0612345678"]}],
            [{"kind": "home", "email": "d@x.fr", "phones": []}, {"kind": "w", "email": None, "phones": ["0698765432", "0611111111"]}],
            None,
        ],
    })
    for part in (table, table.slice(1)):  # a sliced batch (offsets not from 0) regroups the same
        flat, _, dtypes = shape_sample(part)
        assert flat.num_rows == part.num_rows  # no row invented: row accounting holds
        assert flat.column_names == ["id", "emails[]", "contacts[].kind", "contacts[].email", "contacts[].phones[]"]
        assert dtypes["contacts[].email"] == "string"
    rows = shape_sample(table)[0].to_pylist()
    assert rows[0]["emails[]"] == ["a@x.fr", "b@y.fr"] and rows[1]["emails[]"] is None and rows[2]["emails[]"] == []
    assert rows[1]["contacts[].email"] == ["d@x.fr", None]
    assert rows[1]["contacts[].phones[]"] == ["0698765432", "0611111111"]  # a list in a list: one list per row
    assert rows[2]["contacts[].kind"] is None


def test_maps_give_keys_and_values_as_data():
    table = pa.table({"attrs": pa.array([[("mail", "a@x.fr")], [("k", "v"), ("x", "y")]], type=pa.map_(pa.string(), pa.string()))})
    rows = shape_sample(table.slice(1))[0].to_pylist()
    assert rows == [{"attrs.<key>": ["k", "x"], "attrs.<value>": ["v", "y"]}]


def test_keys_that_are_values_collapse_into_key_and_never_become_names():
    table = pa.table({
        EMAILS[0]: [{"iban": IBANS[0], "n": 1}],
        EMAILS[1]: [{"iban": IBANS[1], "n": 2}],
        "meta": [{"scores": {EMAILS[2]: 3}}],
    })
    flat, _, _ = shape_sample(table)
    assert flat.column_names == ["meta.scores.<key>.<value>", "<key>.iban", "<key>.n"]
    assert flat.to_pylist()[0]["<key>.iban"] == IBANS[:2]
    assert name_values(flat) == {"meta.scores.<key>": [EMAILS[2]], "<key>": EMAILS[:2]}
    assert not any(e in " ".join(flat.column_names) for e in EMAILS)
    batches = list(shape_batches([table]))  # full reads shape the same way
    assert batches[0].schema.names == flat.column_names


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    root.mkdir()
    rows = [f"{i},{e},0612345{n:03d}" for n, (i, e) in enumerate(zip(IBANS, EMAILS))]
    (root / "headerless.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (root / "with_header.csv").write_text("iban,email\n" + "\n".join(f"{i},{e}" for i, e in zip(IBANS, EMAILS)) + "\n")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    for i, e in zip(IBANS, EMAILS):
        sheet.append([e, i])
    book.save(root / "book.xlsx")
    (root / "keyed.json").write_text(json.dumps({e: {"iban": i} for e, i in zip(EMAILS, IBANS)}))
    lines = [
        {"id": n, "emails": [EMAILS[n], EMAILS[(n + 1) % 3]], "contacts": [{"kind": "work", "email": EMAILS[n]}]}
        for n in range(3)
    ]
    (root / "lists.ndjson").write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    (root / f"{EMAILS[0]}.csv").write_text("id,amount\n1,2\n")
    return root


def _results(folder: Path) -> dict:
    settings = ScanSettings(sample_rows=100)
    out = {}
    for uri, asset in discover([str(folder)], settings, KEY):
        result = classify_asset(uri, asset, settings, KEY, None)
        out[asset.name] = result
    return out


def test_header_less_csv_and_sheet_give_positional_columns_and_scan_their_first_row(folder):
    source = open_source(str(folder))
    assets = {a.name: a for a in source.assets()}
    csv = source.sample(assets["headerless.csv"], 100)
    assert csv.table.column_names == ["column_1", "column_2", "column_3"]
    assert csv.row_count == 3 and sorted(csv.table.column("column_1").to_pylist()) == sorted(IBANS)
    assert [b.schema.names for b in source.batches(assets["headerless.csv"])] == [["column_1", "column_2", "column_3"]]
    assert sum(b.num_rows for b in source.batches(assets["headerless.csv"])) == 3
    sheet = source.sample(assets["book.xlsx#Sheet1"], 100)
    assert sheet.table.column_names == ["column_1", "column_2"] and sheet.row_count == 3
    kept = source.sample(assets["with_header.csv"], 100)
    assert kept.table.column_names == ["iban", "email"] and kept.row_count == 3


def test_scan_findings_for_lists_keys_and_names_hold_no_raw_value(folder):
    results = _results(folder)
    masked_file = next(n for n in results if n.endswith(".csv") and "@" in n)
    assert masked_file.startswith("j***@example.nl~")
    found = {(name, f.column, f.entity) for name, r in results.items() for f in r.findings}
    assert {
        ("headerless.csv", "column_1", "IBAN_CODE"),
        ("headerless.csv", "column_2", "EMAIL_ADDRESS"),
        ("book.xlsx#Sheet1", "column_1", "EMAIL_ADDRESS"),
        ("book.xlsx#Sheet1", "column_2", "IBAN_CODE"),
        ("keyed.json", "<key>", "EMAIL_ADDRESS"),
        ("keyed.json", "<key>.iban", "IBAN_CODE"),
        ("lists.ndjson", "emails[]", "EMAIL_ADDRESS"),
        ("lists.ndjson", "contacts[].email", "EMAIL_ADDRESS"),
        (masked_file, "<asset name>", "EMAIL_ADDRESS"),
    } <= found
    text = repr([(n, r.columns, r.findings, r.error) for n, r in results.items()])
    for value in EMAILS + IBANS:
        assert value not in text


def test_full_scans_classify_list_elements_too(folder, tmp_path):
    catalog = Catalog(tmp_path / "c.duckdb")
    summary = run_scan(catalog, [str(folder / "lists.ndjson")], ScanSettings(full=True))
    assert summary.errors == 0
    rows = {(r["column_name"], r["entity"]) for r in catalog.query("SELECT column_name, entity FROM current_findings")}
    assert {("emails[]", "EMAIL_ADDRESS"), ("contacts[].email", "EMAIL_ADDRESS")} <= rows
