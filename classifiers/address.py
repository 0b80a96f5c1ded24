"""What the POSTAL_ADDRESS recognizers (``fr/``, ``nl/``, ``be/``, ``generic/address.py``) share.

Each country keeps its own street regexes (word order, house-number and postcode forms differ);
this module holds the parts they have in common: the recognizer defaults, the town-name fragment of
the text patterns, and the two kinds of column test with their measured chance rates. The street
words themselves are in ``classifiers/address_words.py``.
"""

from __future__ import annotations

from classifiers.address_words import ADDRESS_CONTEXT
from classifiers.recognizer import RopaPatternRecognizer
from classifiers.spec import CellSpec

# Text patterns (Python ``regex``, matched case-insensitively by Presidio).
# A town name: one word, then up to three more that must be capitalised ("Saint-Denis", "Den Haag").
CITY = r"[\w'’\-]{1,40}(?:[ ](?-i:[A-Z])[\w'’\-]{0,39}){0,3}"


def postcode_city(postcode: str) -> str:
    """The optional ``, <postcode> <town>`` that may follow a street line (``postcode`` a regex)."""
    return rf"(?:,?[ ]{{1,3}}{postcode}[ ]{{1,3}}{CITY})?"


class AddressRecognizer(RopaPatternRecognizer):
    """A street-address recognizer: entity POSTAL_ADDRESS, the shared address context words."""

    ENTITY = "POSTAL_ADDRESS"
    CONTEXT = ADDRESS_CONTEXT


# Column tests (RE2 ``candidate`` patterns matched against the trimmed cell, no checksum).


def street_cell(candidate: str, min_length: int = 6) -> CellSpec:
    """A cell holding a street line: a match is the whole test."""
    return CellSpec(
        candidate=candidate,
        checksum=False,
        compact=False,
        chance_rate=0.005,
        ceiling=0.95,
        hint_ceiling=0.98,
        method="pattern",
        literal=" ",
        length=(min_length, 300),
    )


def street_name_cell(candidate: str) -> CellSpec:
    """A street named without a number ("rue de la Paix"): an address only in a column named so."""
    return CellSpec(
        candidate=candidate,
        checksum=False,
        compact=False,
        chance_rate=0.01,
        ceiling=0.85,
        hint_ceiling=0.9,
        method="name+values",
        requires_hint=True,
        length=(4, 300),
    )
