"""POSTAL_ADDRESS (English): a house number, a street name and a street type ("12 High Street").

ropa's address recognizers are per country (``fr/``, ``nl/``, ``be/``); English-language sources
(a UK or international web shop) write addresses the English way, which none of them covers.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from classifiers.address import AddressRecognizer, street_cell
from classifiers.address_words import EN_TYPES_ALT
from classifiers.spec import LETTERS_RE2 as LETTERS


class EnAddressRecognizer(AddressRecognizer):
    """English street lines, optionally after "Flat 3," / "Apt 12,"."""

    PATTERNS = [
        Pattern(
            "EN street address",
            rf"(?<![\w])(?:(?:flat|apt|apartment|unit|suite)[ ]?[0-9A-Z]{{1,5}},?[ ]{{1,3}})?[0-9]{{1,5}}[A-Za-z]?,?[ ]{{1,3}}"
            rf"(?:[\w'’\-]{{1,40}}[ ]{{1,3}}){{1,5}}(?:{EN_TYPES_ALT})\.?(?![\w])",
            0.5,
        ),
    ]
    CELLS = (
        street_cell(
            rf"(?i)(^|[^0-9])[0-9]{{1,5}}[a-z]?,? +([{LETTERS}'’\-]+ +){{1,5}}({EN_TYPES_ALT})\.?"
            rf"([^{LETTERS}]|$)"
        ),
    )
