"""POSTAL_ADDRESS (Netherlands): "Kerkstraat 12a", and full postcodes "1012 AB".

A Dutch 6-character postcode covers one side of one street (about 17 addresses on average), so,
unlike a French or Belgian 4-5 digit postcode, it locates a household nearly as well as the street
line does, and counts as an address on its own. ``stdnum.nl.postcode`` is the validator.
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.nl import postcode

from classifiers.address import CITY, AddressRecognizer, street_cell, street_name_cell
from classifiers.address_words import ADDRESS_CONTEXT, NL_SUFFIXES_ALT
from classifiers.spec import LETTERS_RE2 as LETTERS
from classifiers.spec import CellSpec

_POSTCODE = r"(?-i:[1-9][0-9]{3}[ ]?[A-Z]{2})"  # "1012 AB": capitals even in case-insensitive text


class NlAddressRecognizer(AddressRecognizer):
    """Dutch street lines and postcodes."""

    COUNTRY_CODE = "nl"
    LANGUAGE = "nl"
    PATTERNS = [
        Pattern(
            "NL street address",
            rf"(?<![\w])[\w'’\-]{{0,40}}(?:{NL_SUFFIXES_ALT})\.?[ ]{{1,3}}[0-9]{{1,5}}(?:[ ]?[a-z]{{1,2}}(?![\w])|[ ]?-[ ]?[0-9]{{1,4}})?"
            rf"(?:,?[ ]{{1,3}}{_POSTCODE}(?:[ ]{{1,3}}{CITY})?)?",
            0.5,
        ),
        Pattern("NL postcode", rf"(?<![\w]){_POSTCODE}(?![\w])", 0.2),
    ]
    CONTEXT = ADDRESS_CONTEXT + ["postcode"]
    CELLS = (
        street_cell(rf"(?i)[{LETTERS}]{{2,}}({NL_SUFFIXES_ALT})\.? +[0-9]{{1,5}}"),
        # Any street name followed by a house number and a full postcode ("Dam 1, 1012 JS ...").
        street_cell(
            rf"(?i:[{LETTERS}]{{2,}}\.? +[0-9]{{1,5}}[a-z]?(-[0-9]{{1,4}})?,? +)[1-9][0-9]{{3}} ?[A-Z]{{2}}([^A-Za-z]|$)",
            min_length=10,
        ),
        CellSpec(
            candidate=r"^(NL-?)?[1-9][0-9]{3} ?[A-Z]{2}$",
            checksum=True,  # stdnum.nl.postcode rejects the banned letter pairs (SA, SD, SS)
            compact=False,
            chance_rate=0.05,
            ceiling=0.8,
            hint_ceiling=0.9,
            method="pattern",
            length=(6, 10),
        ),
        street_name_cell(rf"(?i)[{LETTERS}]{{2,}}({NL_SUFFIXES_ALT})([^{LETTERS}]|$)"),
    )

    @staticmethod
    def is_valid_value(value: str) -> bool:
        """Used for the postcode cell spec: a real Dutch postcode."""
        return postcode.is_valid(value)
