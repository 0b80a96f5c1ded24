"""POSTAL_ADDRESS (France): a house number followed by a street type ("12 bis rue de la Paix").

A street line is what makes an address personal; a postcode with a city ("75002 Paris") names a
place thousands of people share and is not flagged on its own (see ``classifiers/column.py``).
"""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from classifiers.address_words import ADDRESS_CONTEXT, FR_TYPES_ALT
from classifiers.spec import LETTERS_RE2 as LETTERS
from classifiers.spec import CellSpec

_WORD = r"[\w'’\-]{1,40}"
_CITY_MORE = r"(?:[ ](?-i:[A-Z])[\w'’\-]{0,39}){0,3}"  # further words of a town name: capitalised
# a word of a street name: capitalised, a number, or a particle ("rue de la Paix", "rue du 8 Mai")
_STREET_WORD = (
    r"(?:(?-i:[A-Z0-9À-Ý])[\w'’\-]{0,39}|(?:de|du|des|la|le|les|l['’]|d['’]|à|au|aux|et|en|sur|sous)(?![\w]))"
)


class FrAddressRecognizer(PatternRecognizer):
    """French street addresses, optionally followed by a 5-digit postcode and a city."""

    COUNTRY_CODE = "fr"
    PATTERNS = [
        Pattern(
            "FR street address",
            rf"(?<![\w])[0-9]{{1,4}}(?:[ ]?(?:bis|ter|[a-d]))?,?[ ]{{1,3}}(?:{FR_TYPES_ALT})\.?[ ]{{1,3}}"
            rf"{_STREET_WORD}(?:[ ]{{0,3}}{_STREET_WORD}){{0,6}}(?:,?[ ]{{1,3}}[0-9]{{5}}[ ]{{1,3}}{_WORD}{_CITY_MORE})?",
            0.5,
        ),
    ]
    CONTEXT = ADDRESS_CONTEXT
    CELLS = (
        CellSpec(
            candidate=rf"(?i)(^|[^0-9])[0-9]{{1,4}}( ?(bis|ter|[a-d]))?,? +({FR_TYPES_ALT})\.? +[{LETTERS}]",
            checksum=False,
            compact=False,
            chance_rate=0.005,
            ceiling=0.95,
            hint_ceiling=0.98,
            method="pattern",
            literal=" ",
            length=(6, 300),
        ),
        # A street without its number ("rue de la Paix") is an address only in a column named so.
        CellSpec(
            candidate=rf"(?i)(^|[^{LETTERS}])({FR_TYPES_ALT})\.? +[{LETTERS}]",
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
        supported_language: str = "fr",
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
