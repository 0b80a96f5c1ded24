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

# Catastrophic backtracking is quadratic or worse: a pattern that is linear on an input takes
# about 8 times as long on one 8 times longer. Each test times an eighth and the whole input
# (best of three, so a busy machine's pauses do not count) and bounds the growth, not the time:
# an absolute limit fails on a loaded machine and passes a slow pattern on a fast one.
GROWTH = 24.0     # allowed time(8n) / time(n): linear gives 8, quadratic 64, exponential far more
NOISE = 0.05      # seconds: below this for the whole input, timing says nothing

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


def _best(run, text) -> float:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        run(text)
        times.append(time.perf_counter() - start)
    return min(times)


def assert_linear(run, text: str, what) -> None:
    """``run`` on an eighth of ``text`` and on all of it grows no faster than linearly (see GROWTH)."""
    whole = _best(run, text)
    if whole < NOISE:
        return
    run(text[: len(text) // 8])  # warm caches on the eighth too, so both are timed warm
    eighth = _best(run, text[: len(text) // 8])
    assert whole / max(eighth, NOISE / 8) < GROWTH, (what, eighth, whole)


def test_the_guard_catches_superlinear_work():
    """The guard itself can fail: work that grows with the cube of the input (clear of noise)."""

    def cubic(text: str) -> None:
        for _ in range((len(text) // 100) ** 3 * 2):
            pass

    with pytest.raises(AssertionError):
        assert_linear(cubic, "1" * 20_000, "cubic")
    assert_linear(lambda t: [c for c in t], "1" * 4_000_000, "linear")


def _recognizers():
    return load_registry(use_env=False).recognizers("fr", nlp=False)


@pytest.mark.parametrize("label", list(INPUTS))
def test_recognizer_patterns(label):
    text = INPUTS[label]
    for recognizer in _recognizers():
        assert_linear(lambda t: recognizer.analyze(t, recognizer.supported_entities, None), text,
                      (type(recognizer).__name__, label))


@pytest.mark.parametrize("label", list(INPUTS))
def test_column_patterns(label):
    for template in _templates():
        for spec in template.specs:
            assert_linear(lambda t: pc.match_substring_regex(pa.array([t, t[:1000], t[:40]]), spec.candidate),
                          INPUTS[label], (template.entity, label))


@pytest.mark.parametrize("label", list(INPUTS))
def test_cell_helpers(label):
    def helpers(text: str) -> None:
        parse_date(text)
        is_known_name(text)
        hint_for(text[:5000])
        for entity in ("IBAN_CODE", "POSTAL_ADDRESS", "PERSON", "DATE_OF_BIRTH", "IP_ADDRESS", "PHONE_NUMBER"):
            mask(entity, text)
        keyed_hash(b"k", text, "PHONE_NUMBER")

    assert_linear(helpers, INPUTS[label], label)


@pytest.mark.parametrize("label", ["digits", "digits and dots", "colons", "at signs", "letters", "dashes"])
def test_whole_column_of_pathological_cells(label):
    def column(text: str) -> None:
        classify_column(ColumnSample("c", [text] * 20 + [text[:30]] * 200))

    assert_linear(column, INPUTS[label], label)
