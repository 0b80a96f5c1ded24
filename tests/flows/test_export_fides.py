"""``ropa export fides`` on the demo catalog: a fideslang manifest that fideslang's schema accepts,
whose categories are what the scan found and whose subjects are what the policies bind."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from catalog import duck
from flows.cli import main

SCHEMAS = Path(__file__).parent / "schemas"
FIDES_KEY = re.compile(r"^[a-zA-Z0-9_.<>-]+$")   # fideslang/validation.py FIDES_KEY_PATTERN


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> tuple[dict, Path]:
    root = tmp_path_factory.mktemp("fides")
    catalog = root / "ropa.duckdb"
    assert main(["demo", "--dir", str(root / "demo"), "--catalog", str(catalog)]) == 0
    out = root / "ropa.fides.yml"
    assert main(["export", "fides", "--catalog", str(catalog), "-o", str(out)]) == 0
    text = out.read_text()
    assert "&id" not in text and "*id" not in text    # no YAML anchors
    return yaml.safe_load(text), catalog


def _keys(manifest: dict):
    for ds in manifest["dataset"]:
        yield ds["fides_key"]
        for col in ds["collections"]:
            yield from col.get("data_categories", [])
            yield from col.get("data_subjects", [])
            for f in col["fields"]:
                yield from f.get("data_categories", [])
    for s in manifest["data_subject"]:
        yield s["fides_key"]


def test_the_manifest_validates_against_fideslang(exported) -> None:
    manifest, _ = exported
    schema = json.loads((SCHEMAS / "fideslang-3.1.4-manifest.schema.json").read_text())
    jsonschema.validate(manifest, schema)
    assert all(FIDES_KEY.match(k) for k in _keys(manifest))
    default = set(json.loads((SCHEMAS / "fideslang-3.1.4-data-categories.json").read_text()))
    used = {c for ds in manifest["dataset"] for col in ds["collections"]
            for c in [*col.get("data_categories", []), *(x for f in col["fields"] for x in f.get("data_categories", []))]}
    assert used and used <= default, used - default
    declared = {s["fides_key"] for s in manifest["data_subject"]}
    referenced = {k for ds in manifest["dataset"] for col in ds["collections"] for k in col.get("data_subjects", [])}
    assert referenced and referenced == declared    # every custom subject is defined, none unused
    assert len({ds["fides_key"] for ds in manifest["dataset"]}) == len(manifest["dataset"]) == 5


def test_the_schema_rejects_what_fideslang_rejects(exported) -> None:
    """The vendored schema is not a rubber stamp: a collection without fields, a field without a
    name, a dataset without a key are refused."""
    manifest, _ = exported
    schema = json.loads((SCHEMAS / "fideslang-3.1.4-manifest.schema.json").read_text())
    broken = json.loads(json.dumps(manifest))
    del broken["dataset"][0]["collections"][0]["fields"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)
    broken = json.loads(json.dumps(manifest))
    del broken["dataset"][0]["fides_key"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)
    broken = json.loads(json.dumps(manifest))
    broken["dataset"][0]["collections"][0]["fields"][0] = {"data_categories": ["user"]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_categories_and_subjects_match_the_catalog(exported) -> None:
    manifest, catalog = exported
    con = duck.connect(catalog, read_only=True)
    try:
        expected = {(r[0], r[1], r[2]) for r in con.execute(
            "SELECT f.asset, f.column_name, t.fideslang FROM current_findings f JOIN taxonomy t ON t.key = f.category "
            "WHERE f.column_name IS NOT NULL").fetchall()}
        bound = {(r[0], r[1]) for r in con.execute("SELECT DISTINCT asset, subject FROM asset_subjects").fetchall()}
        columns = con.execute("SELECT count(*) FROM columns c JOIN current_asset_scans s USING (scan_id, asset_id)").fetchone()[0]
    finally:
        con.close()
    got = {(col["name"], f["name"], c) for ds in manifest["dataset"] for col in ds["collections"]
           for f in col["fields"] for c in f.get("data_categories", [])}
    assert got == expected
    names = {s["fides_key"]: s for s in manifest["data_subject"]}
    got_bound = set()
    for ds in manifest["dataset"]:
        for col in ds["collections"]:
            for key in col.get("data_subjects", []):
                subject = re.match(r"Data subject '(.+?)' declared by policy ", names[key]["description"]).group(1)
                got_bound.add((col["name"], subject))
    assert got_bound == bound
    assert sum(len(col["fields"]) for ds in manifest["dataset"] for col in ds["collections"]) >= columns
    debtors = next(col for ds in manifest["dataset"] for col in ds["collections"] if col["name"] == "main.debiteuren")
    fields = {f["name"]: f.get("data_categories") for f in debtors["fields"]}
    assert fields["iban"] == ["user.financial.bank_account"] and fields["status"] is None


def test_a_missing_catalog_is_one_line_exit_2(tmp_path: Path, capsys) -> None:
    assert main(["export", "fides", "--catalog", str(tmp_path / "none.duckdb"), "-o", str(tmp_path / "x.yml")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "no catalog at" in err and not (tmp_path / "x.yml").exists()
