"""POSTAL_ADDRESS (Belgium): street first, number after, in French ("Rue de la Loi 16") or Dutch
("Wetstraat 16"), optionally followed by a 4-digit postcode and a municipality."""

from __future__ import annotations

from presidio_analyzer import Pattern

from classifiers.address import AddressRecognizer, postcode_city, street_cell
from classifiers.address_words import FR_TYPES_ALT, NL_SUFFIXES_ALT
from classifiers.spec import LETTERS_RE2 as LETTERS

_NUMBER = r"[0-9]{1,4}(?:[ ]?[a-z](?![\w]))?"  # house number, maybe with a letter ("16", "12a")
_BOX = r"(?:bus|boîte|bte|b)[ ]?[0-9]{1,4}"  # letter box within a building ("bus 2", "bte 3")
_TAIL = rf"(?:,?[ ]{{1,3}}{_BOX})?{postcode_city('[1-9][0-9]{3}')}"


class BeAddressRecognizer(AddressRecognizer):
    """Belgian street lines."""

    COUNTRY_CODE = "be"
    LANGUAGE = "fr"
    PATTERNS = [
        Pattern(
            "BE street address (FR)",
            rf"(?<![\w])(?:{FR_TYPES_ALT})\.?[ ]{{1,3}}[^0-9,\n]{{2,60}}?,?[ ]{{1,3}}{_NUMBER}{_TAIL}",
            0.5,
        ),
        Pattern(
            "BE street, number, postcode, municipality",
            rf"(?<![\w])[^\W\d_][^\W\d_'’\-]{{2,39}}(?:[ ][^\W\d_][^\W\d_'’\-]{{0,39}}){{0,4}}[ ]{_NUMBER}"
            rf"(?:[ ]?{_BOX})?,?[ ]{{1,3}}[1-9][0-9]{{3}}[ ]{{1,3}}[^\W\d_][\w'’\-]{{1,40}}",
            0.3,
        ),
        Pattern(
            "BE street address (NL)",
            rf"(?<![\w])[\w'’\-]{{0,40}}(?:{NL_SUFFIXES_ALT})[ ]{{1,3}}{_NUMBER}{_TAIL}",
            0.5,
        ),
    ]
    CELLS = (
        street_cell(rf"(?i)(^|[^{LETTERS}])({FR_TYPES_ALT})\.? +[^0-9,]{{2,60}},? +[0-9]{{1,4}}([^0-9]|$)"),
        # Any street name ("Meir 12", "Grote Markt 3 bus 2") followed by a Belgian postcode and a
        # municipality: the canonical Belgian address line.
        street_cell(
            rf"(?i)[{LETTERS}]{{3,}}\.? +[0-9]{{1,4}}[a-z]?( *(bus|bte|boîte|b) *[0-9]{{1,4}})?,? +[1-9][0-9]{{3}} +[{LETTERS}]",
            min_length=10,
        ),
    )
