"""``ropa export fides`` on the demo catalog: a fideslang manifest that fideslang's own pydantic
models accept, whose categories are fideslang default data categories and what the scan found, and
whose subjects are what the policies bind."""

from __future__ import annotations

import re
from pathlib import Path

import pydantic
import pytest
import yaml
from fideslang import DEFAULT_TAXONOMY
from fideslang.models import Dataset, DatasetField, Taxonomy
from fideslang.parse import load_manifests_into_taxonomy

from catalog import duck
from flows.cli import main


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


def _sorted_fields(dataset: dict) -> dict:
    return {**dataset, "collections": [{**c, "fields": sorted(c["fields"], key=lambda f: f["name"])}
                                       for c in dataset["collections"]]}


def _fields(fields: list[DatasetField] | None):
    for f in fields or []:
        yield f
        yield from _fields(f.fields)


def _categories(taxonomy: Taxonomy) -> set[str]:
    """Every data category the parsed datasets use (dataset, collection and nested fields).
    fideslang's own ``get_referenced_missing_keys`` does not reach these (it skips
    ``Optional[List[FidesKey]]`` attributes), so they are gathered here from the models."""
    used: set[str] = set()
    for ds in taxonomy.dataset:
        used.update(ds.data_categories or [])
        for col in ds.collections:
            used.update(col.data_categories or [])
            for f in _fields(col.fields):
                used.update(f.data_categories or [])
    return used


def test_fideslang_models_parse_the_manifest(exported) -> None:
    """fideslang's loader (what ``fides`` runs on a manifest) parses every resource with its
    pydantic models: FidesKey patterns, required names and fields, types."""
    manifest, _ = exported
    taxonomy = load_manifests_into_taxonomy(manifest)
    assert len(taxonomy.dataset) == len(manifest["dataset"]) == 5
    assert len({ds.fides_key for ds in taxonomy.dataset}) == 5
    assert len(taxonomy.data_subject) == len(manifest["data_subject"]) > 0
    # Nothing was silently dropped: the models hold every key ropa wrote (fideslang sorts a
    # collection's fields by name, so both sides are compared sorted).
    for raw, parsed in zip(manifest["dataset"], taxonomy.dataset):
        assert _sorted_fields(parsed.model_dump(exclude_unset=True, exclude_none=True)) == _sorted_fields(raw)
    for raw, parsed in zip(manifest["data_subject"], taxonomy.data_subject):
        assert parsed.model_dump(exclude_unset=True, exclude_none=True) == raw


def test_every_reference_resolves_in_fideslang_default_taxonomy(exported) -> None:
    """Each data category is one of fideslang's default data categories; each data subject is
    defined in the manifest (custom) or in fideslang's defaults; the organization exists."""
    manifest, _ = exported
    taxonomy = load_manifests_into_taxonomy(manifest)
    default_categories = {c.fides_key for c in DEFAULT_TAXONOMY.data_category}
    used = _categories(taxonomy)
    assert used and used <= default_categories, used - default_categories
    declared = {s.fides_key for s in taxonomy.data_subject}
    referenced = {k for ds in taxonomy.dataset for col in ds.collections for k in col.data_subjects or []}
    assert referenced and referenced == declared    # every custom subject is defined, none unused
    assert not declared & {s.fides_key for s in DEFAULT_TAXONOMY.data_subject}   # no clash with a default
    organizations = {o.fides_key for o in DEFAULT_TAXONOMY.organization}
    assert {ds.organization_fides_key for ds in taxonomy.dataset} <= organizations
    assert {s.organization_fides_key for s in taxonomy.data_subject} <= organizations


def test_fideslang_rejects_what_it_should(exported) -> None:
    """The models are not a rubber stamp: a collection without fields, a field without a name,
    a dataset without a key, a key with a space are refused, and an unknown category fails the
    default-taxonomy check."""
    manifest, _ = exported

    def broken(edit) -> dict:
        ds = yaml.safe_load(yaml.safe_dump(manifest["dataset"][0]))
        edit(ds)
        return ds

    for edit in (
        lambda ds: ds["collections"][0].pop("fields"),
        lambda ds: ds.pop("fides_key"),
        lambda ds: ds.__setitem__("fides_key", "has space"),
        lambda ds: ds["collections"][0]["fields"].__setitem__(0, {"data_categories": ["user"]}),
        lambda ds: ds["collections"][0]["fields"][0].__setitem__("data_categories", ["user contact"]),
    ):
        with pytest.raises(pydantic.ValidationError):
            Dataset.model_validate(broken(edit))
    unknown = broken(lambda ds: ds["collections"][0]["fields"][0].__setitem__("data_categories", ["user.bsn"]))
    used = _categories(Taxonomy(dataset=[Dataset.model_validate(unknown)]))
    assert "user.bsn" in used and not used <= {c.fides_key for c in DEFAULT_TAXONOMY.data_category}


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
