"""The loose phone test on real decoys: digit columns that are not phones stay clean, and phones
typed in many forms are caught.

The decoys and phone columns are those of ``bench/phone_chance.py`` (which prints the measured
rates): generated shapes of order and invoice numbers, timestamps as digits, postcodes, amounts,
ids, tracking and part numbers, EANs, and every ``NONE`` column of the dev half of the peer
benchmark (other projects' test data).
"""

from __future__ import annotations

import pytest

from bench import phone_chance
from classifiers.generic.phone import EuPhoneRecognizer

ROWS = 300
LOOSE = next(s for s in EuPhoneRecognizer.CELLS if s.validator == "is_possible_value")


def _decoys() -> dict[str, list[str]]:
    return {**phone_chance.generated_decoys(ROWS), **phone_chance.peer_decoys("dev")}


DECOYS = _decoys()
PHONES = phone_chance.phone_columns(ROWS)


@pytest.mark.parametrize("name", sorted(DECOYS))
def test_decoy_column_is_not_a_phone(name):
    assert not phone_chance.flags_phone(name.rsplit(".", 1)[-1], DECOYS[name])


def test_loose_rule_chance_rate_holds_on_decoys():
    """Among each decoy's phone-shaped cells, the share passing ``is_possible_value`` stays below the
    spec's declared ``chance_rate`` (the Bayes test relies on it), and pooled far below it. The
    table is a real test of the rule: many decoys are phone-shaped digit strings."""
    rates, shaped_total, passed_total = {}, 0, 0
    for name, values in DECOYS.items():
        shaped, passed = phone_chance.loose_rates(values)
        shaped_total, passed_total = shaped_total + shaped, passed_total + passed
        if shaped >= 50:
            rates[name] = passed / shaped
    assert len(rates) >= 15 and shaped_total >= 3000
    assert {name: rate for name, rate in rates.items() if rate > LOOSE.chance_rate} == {}
    assert passed_total / shaped_total <= LOOSE.chance_rate / 5


@pytest.mark.parametrize("name", [name for name, _ in phone_chance.PHONES])
def test_phone_column_in_typed_forms_is_caught(name):
    assert phone_chance.flags_phone(name, PHONES[name])


@pytest.mark.parametrize("value, possible", [
    ("+32(0)470 12 34 56", True),
    ("0031(0)612345678", True),
    ("(010)-4567890", True),
    ("223-456-7890", True),
    ("(415) 555-0132 x12", True),
    ("040 - 66662323, 66661313", True),
    ("2024-05-01", False),
    ("192.168.10.1", False),
    ("12:30:45", False),
    ("1714567890", False),  # bare digits need a phone column name
    ("ORD-2024-000123", False),
    ("1 234,56", False),
])
def test_possible_value_table(value, possible):
    assert EuPhoneRecognizer.is_possible_value(value) is possible
