"""POSTAL_ADDRESS (Netherlands): "Kerkstraat 12a", and full postcodes "1012 AB".

A Dutch 6-character postcode covers one side of one street (about 17 addresses on average), so,
unlike a French or Belgian 4-5 digit postcode, it locates a household nearly as well as the street
line does, and counts as an address on its own. ``stdnum.nl.postcode`` is the validator.
"""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer
from stdnum.nl import postcode

from classifiers.address_words import ADDRESS_CONTEXT, NL_SUFFIXES_ALT
from classifiers.spec import LETTERS_RE2 as LETTERS
from classifiers.spec import CellSpec

_WORD = r"[\w'’\-]{1,40}"
_CITY_MORE = r"(?:[ ](?-i:[A-Z])[\w'’\-]{0,39}){0,3}"  # further words of a town name: capitalised


class NlAddressRecognizer(PatternRecognizer):
    """Dutch street lines and postcodes."""

    COUNTRY_CODE = "nl"
    PATTERNS = [
        Pattern(
            "NL street address",
            rf"(?<![\w])[\w'’\-]{{0,40}}(?:{NL_SUFFIXES_ALT})\.?[ ]{{1,3}}[0-9]{{1,5}}(?:[ ]?[a-z]{{1,2}}(?![\w])|[ ]?-[ ]?[0-9]{{1,4}})?"
            rf"(?:,?[ ]{{1,3}}(?-i:[1-9][0-9]{{3}}[ ]?[A-Z]{{2}})(?:[ ]{{1,3}}{_WORD}{_CITY_MORE})?)?",
            0.5,
        ),
        Pattern("NL postcode", r"(?<![\w])(?-i:[1-9][0-9]{3}[ ]?[A-Z]{2})(?![\w])", 0.2),
    ]
    CONTEXT = ADDRESS_CONTEXT + ["postcode"]
    CELLS = (
        CellSpec(
            candidate=rf"(?i)[{LETTERS}]{{2,}}({NL_SUFFIXES_ALT})\.? +[0-9]{{1,5}}",
            checksum=False,
            compact=False,
            chance_rate=0.005,
            ceiling=0.95,
            hint_ceiling=0.98,
            method="pattern",
            literal=" ",
            length=(6, 300),
        ),
        # Any street name followed by a house number and a full postcode ("Dam 1, 1012 JS ...").
        CellSpec(
            candidate=rf"(?i:[{LETTERS}]{{2,}}\.? +[0-9]{{1,5}}[a-z]?(-[0-9]{{1,4}})?,? +)[1-9][0-9]{{3}} ?[A-Z]{{2}}([^A-Za-z]|$)",
            checksum=False,
            compact=False,
            chance_rate=0.005,
            ceiling=0.95,
            hint_ceiling=0.98,
            method="pattern",
            literal=" ",
            length=(10, 300),
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
        CellSpec(
            candidate=rf"(?i)[{LETTERS}]{{2,}}({NL_SUFFIXES_ALT})([^{LETTERS}]|$)",
            checksum=False,
            compact=False,
            chance_rate=0.01,
            ceiling=0.85,
            hint_ceiling=0.9,
            method="name+values",
            requires_hint=True,
            length=(4, 300),
        ),
    )

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        supported_language: str = "nl",
        supported_entity: str = "POSTAL_ADDRESS",
        name: str | None = None,
    ):
        super().__init__(
            supported_entity=supported_entity,
            patterns=patterns if patterns else [Pattern(p.name, p.regex, p.score) for p in self.PATTERNS],
            context=context if context else self.CONTEXT,
            supported_language=supported_language,
            name=name,
        )

    @staticmethod
    def is_valid_value(value: str) -> bool:
        """Used for the postcode cell spec: a real Dutch postcode."""
        return postcode.is_valid(value)
