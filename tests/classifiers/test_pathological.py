"""Every regular expression that faces user data returns quickly on pathological input.

Presidio's own test_url_recognizer pins a repeated-dot input so that a backtracking regex cannot
come back; the same here for every recognizer pattern (Python ``regex``), every column pattern (RE2
through pyarrow), and the helpers that parse cells (dates, names, masks).
"""

from __future__ import annotations

import time

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from classifiers.column import _templates, classify_column
from classifiers.dates import parse_date
from classifiers.masking import keyed_hash, mask
from classifiers.model import ColumnSample
from classifiers.names import hint_for
from classifiers.registry import load_registry
from classifiers.text.gazetteer import is_known_name

LIMIT = 1.0  # seconds; catastrophic backtracking takes minutes on these inputs

INPUTS = {
    "digits": "1" * 50_000,
    "digits and dots": "1." * 25_000,
    "digit groups": "1234 " * 10_000,
    "dashes": "12-" * 16_000,
    "colons": "1:" * 25_000,
    "hex colons": "ab:" * 16_000,
    "at signs": "a@" * 25_000,
    "dotted words": "a.b" * 16_000,
    "words": "rue de la " * 5_000,
    "street suffixes": "Kerkstraat " * 4_000,
    "letters": "A" * 50_000,
    "mixed": "FR76 3000 " * 5_000,
    "spaces": " " * 50_000,
}


def _recognizers():
    return load_registry(use_env=False).recognizers("fr", nlp=False)


@pytest.mark.parametrize("label", list(INPUTS))
def test_recognizer_patterns(label):
    text = INPUTS[label]
    for recognizer in _recognizers():
        start = time.perf_counter()
        recognizer.analyze(text, recognizer.supported_entities, None)
        elapsed = time.perf_counter() - start
        assert elapsed < LIMIT, (type(recognizer).__name__, label, elapsed)


@pytest.mark.parametrize("label", list(INPUTS))
def test_column_patterns(label):
    cells = pa.array([INPUTS[label], INPUTS[label][:1000], INPUTS[label][:40]])
    for template in _templates():
        for spec in template.specs:
            start = time.perf_counter()
            pc.match_substring_regex(cells, spec.candidate)
            assert time.perf_counter() - start < LIMIT, (template.entity, label)


@pytest.mark.parametrize("label", list(INPUTS))
def test_cell_helpers(label):
    text = INPUTS[label]
    start = time.perf_counter()
    parse_date(text)
    is_known_name(text)
    hint_for(text[:5000])
    for entity in ("IBAN_CODE", "POSTAL_ADDRESS", "PERSON", "DATE_OF_BIRTH", "IP_ADDRESS", "PHONE_NUMBER"):
        mask(entity, text)
    keyed_hash(b"k", text, "PHONE_NUMBER")
    assert time.perf_counter() - start < LIMIT, label


@pytest.mark.parametrize("label", ["digits", "digits and dots", "colons", "at signs", "letters", "dashes"])
def test_whole_column_of_pathological_cells(label):
    values = [INPUTS[label]] * 20 + [INPUTS[label][:30]] * 200
    start = time.perf_counter()
    classify_column(ColumnSample("c", values))
    assert time.perf_counter() - start < 2 * LIMIT, label
