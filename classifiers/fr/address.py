"""POSTAL_ADDRESS (France): a house number followed by a street type ("12 bis rue de la Paix").

A street line is what makes an address personal; a postcode with a city ("75002 Paris") names a
place thousands of people share and is not flagged on its own (see ``classifiers/column.py``).
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from classifiers.address import AddressRecognizer, postcode_city, street_cell, street_name_cell
from classifiers.address_words import FR_TYPES_ALT
from classifiers.spec import LETTERS_RE2 as LETTERS

# a word of a street name: capitalised, a number, or a particle ("rue de la Paix", "rue du 8 Mai")
_STREET_WORD = (
    r"(?:(?-i:[A-Z0-9À-Ý])[\w'’\-]{0,39}|(?:de|du|des|la|le|les|l['’]|d['’]|à|au|aux|et|en|sur|sous)(?![\w]))"
)


class FrAddressRecognizer(AddressRecognizer):
    """French street addresses, optionally followed by a 5-digit postcode and a city."""

    COUNTRY_CODE = "fr"
    LANGUAGE = "fr"
    PATTERNS = [
        Pattern(
            "FR street address",
            rf"(?<![\w])[0-9]{{1,4}}(?:[ ]?(?:bis|ter|[a-d]))?,?[ ]{{1,3}}(?:{FR_TYPES_ALT})\.?[ ]{{1,3}}"
            rf"{_STREET_WORD}(?:[ ]{{0,3}}{_STREET_WORD}){{0,6}}{postcode_city('[0-9]{5}')}",
            0.5,
        ),
    ]
    CELLS = (
        street_cell(rf"(?i)(^|[^0-9])[0-9]{{1,4}}( ?(bis|ter|[a-d]))?,? +({FR_TYPES_ALT})\.? +[{LETTERS}]"),
        street_name_cell(rf"(?i)(^|[^{LETTERS}])({FR_TYPES_ALT})\.? +[{LETTERS}]"),
    )
