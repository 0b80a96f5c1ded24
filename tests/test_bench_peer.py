"""The peer benchmark's manifest (bench/peer/manifest.yaml) and the tables built from it.

What is checked: the split is by source repository and every table sits in the half of its
repository; there are at least 100 scored columns in all, with decoys in both halves; every
hand-transcribed identifier example is valid by python-stdnum (a typo would turn a labeled column
into a decoy); generated identifiers validate; the build is deterministic.
"""

from __future__ import annotations

import pytest
from stdnum import iban
from stdnum.be import nn as be_nn
from stdnum.be import vat as be_vat
from stdnum.fr import nir, siren, siret
from stdnum.nl import bsn

from bench import peer_bench

VALIDATORS = {"NL_BSN": bsn.is_valid, "FR_NIR": nir.is_valid, "FR_SIREN": siren.is_valid,
              "FR_SIRET": siret.is_valid, "IBAN_CODE": iban.is_valid,
              "BE_NATIONAL_NUMBER": be_nn.is_valid, "BE_ENTERPRISE_NUMBER": be_vat.is_valid}


@pytest.fixture(scope="module")
def manifest():
    return peer_bench.load_manifest()


def test_split_is_by_repository(manifest):
    dev, heldout = set(manifest["splits"]["dev"]), set(manifest["splits"]["heldout"])
    assert dev and heldout and not dev & heldout
    for table in manifest["tables"]:
        assert table["source"]["repo"] in manifest["splits"][table["split"]], table["name"]
        assert table["source"]["path"], table["name"]


def test_enough_scored_columns_and_decoys_in_both_halves(manifest):
    cols = peer_bench.label_rows(manifest)
    scored = [c for c in cols if c["label"] != peer_bench.NOT_SCORED]
    assert len(scored) >= 100
    for split in ("dev", "heldout"):
        half = [c for c in scored if c["split"] == split]
        assert sum(c["role"] == "decoy" for c in half) >= 10, split
        assert sum(bool(c["entities"]) for c in half) >= 30, split


def test_identifier_examples_and_generated_values_validate(manifest):
    checked = 0
    for table in manifest["tables"]:
        built = peer_bench.build_table(table, rows=60)
        for col in table["columns"]:
            valid = VALIDATORS.get(col["label"])
            if valid is None:
                continue
            for value in col.get("examples", []) + built[col["name"]]:
                assert valid(str(value).replace("-", "")), (table["name"], col["name"], value)
                checked += 1
    assert checked > 500


def test_build_is_deterministic(manifest):
    table = manifest["tables"][0]
    assert peer_bench.build_table(table, rows=30) == peer_bench.build_table(table, rows=30)
