"""The chance rates the column classifier relies on, measured by simulation.

``CellSpec.chance_rate`` is the probability that a random candidate (a string of the right shape
that is not the entity) still validates. The Bayes test of ``classifiers/stats.py`` is only as
honest as these numbers: each is checked here against random candidates. A constant may be
conservative (higher than measured), never lower.
"""

from __future__ import annotations

import math
import random
import string

import pytest

from classifiers.be.national_number import BeNationalNumberRecognizer
from classifiers.fr.nir import FrNirRecognizer
from classifiers.fr.siren import FrSirenRecognizer, FrSiretRecognizer
from classifiers.generic.credit_card import CardRecognizer
from classifiers.generic.iban import IbanRecognizer
from classifiers.generic.phone import EuPhoneRecognizer
from classifiers.generic.vat import VatRecognizer
from classifiers.nl.bsn import NlBsnRecognizer
from classifiers.text.gazetteer import NAME_CELL, is_known_name

from .gen import CITIES

N = 4000


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


IBAN_LENGTHS = {"FR": 27, "NL": 18, "BE": 16, "DE": 22, "GB": 22, "ES": 24, "IT": 27, "LU": 20}

GENERATORS = {
    # recognizer: (random candidate, is the checksum the only test, i.e. chance ~ constant?)
    NlBsnRecognizer: (lambda r: _d(r, 9), True),
    FrSirenRecognizer: (lambda r: _d(r, 9), True),
    FrSiretRecognizer: (lambda r: _d(r, 14), True),
    CardRecognizer: (lambda r: (lambda p: p + _d(r, 16 - len(p)))(r.choice(["4", "51", "2221", "6011", "3530"])), True),
    FrNirRecognizer: (
        lambda r: r.choice("12") + _d(r, 2) + f"{r.randint(1, 12):02d}" + r.choice(["75", "13", "2A", "2B", "59"]) + _d(r, 8),
        True,
    ),
    BeNationalNumberRecognizer: (lambda r: _d(r, 11), False),
    IbanRecognizer: (lambda r: (lambda c: c + _d(r, IBAN_LENGTHS[c] - 2))(r.choice(list(IBAN_LENGTHS))), False),
    VatRecognizer: (
        lambda r: r.choice([lambda: "FR" + _d(r, 11), lambda: "NL" + _d(r, 9) + "B" + _d(r, 2), lambda: "BE0" + _d(r, 9)])(),
        False,
    ),
    EuPhoneRecognizer: (lambda r: "0" + _d(r, 9), False),
}


@pytest.mark.parametrize("recognizer", list(GENERATORS), ids=lambda c: c.__name__)
def test_chance_rate_is_not_optimistic(recognizer, rng):
    make, pure = GENERATORS[recognizer]
    spec = recognizer.CELLS[0]
    candidates = [make(rng) for _ in range(N)]
    import pyarrow as pa
    import pyarrow.compute as pc

    shaped = pc.match_substring_regex(pa.array(candidates), spec.candidate).to_pylist()
    assert sum(shaped) > 0.9 * N, "the generator must produce candidates the spec's regex accepts"
    candidates = [c for c, ok in zip(candidates, shaped) if ok]
    measured = sum(recognizer.is_valid_value(c) for c in candidates) / len(candidates)
    sigma = math.sqrt(spec.chance_rate * (1 - spec.chance_rate) / len(candidates))
    assert measured <= spec.chance_rate + 3 * sigma, (recognizer.__name__, measured, spec.chance_rate)
    if pure:  # a plain checksum: the constant is the measured rate, not a loose bound
        assert measured >= 0.6 * spec.chance_rate, (recognizer.__name__, measured, spec.chance_rate)


def test_name_gazetteer_chance_rate_on_towns():
    """Towns are name-shaped; the share that hits the name lists stays under NAME_CELL's chance."""
    hits = sum(is_known_name(city) for city in CITIES)
    assert hits / len(CITIES) <= NAME_CELL.chance_rate
    assert hits >= 1  # Nancy, Florence: the decoy is a real one
