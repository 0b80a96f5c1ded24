"""POSTAL_ADDRESS (Belgium): street first, number after, in French ("Rue de la Loi 16") or Dutch
("Wetstraat 16"), optionally followed by a 4-digit postcode and a municipality."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from classifiers.address_words import ADDRESS_CONTEXT, FR_TYPES_ALT, NL_SUFFIXES_ALT
from classifiers.spec import LETTERS_RE2 as LETTERS
from classifiers.spec import CellSpec

_WORD = r"[\w'’\-]{1,40}"
_CITY_MORE = r"(?:[ ](?-i:[A-Z])[\w'’\-]{0,39}){0,3}"  # further words of a town name: capitalised
_TAIL = (
    rf"(?:,?[ ]{{1,3}}(?:bus|boîte|bte|b)[ ]?[0-9]{{1,4}})?"
    rf"(?:,?[ ]{{1,3}}[1-9][0-9]{{3}}[ ]{{1,3}}{_WORD}{_CITY_MORE})?"
)


class BeAddressRecognizer(PatternRecognizer):
    """Belgian street lines."""

    COUNTRY_CODE = "be"
    PATTERNS = [
        Pattern(
            "BE street address (FR)",
            rf"(?<![\w])(?:{FR_TYPES_ALT})\.?[ ]{{1,3}}[^0-9,\n]{{2,60}}?,?[ ]{{1,3}}[0-9]{{1,4}}(?:[ ]?[a-z](?![\w]))?{_TAIL}",
            0.5,
        ),
        Pattern(
            "BE street, number, postcode, municipality",
            rf"(?<![\w])[^\W\d_][^\W\d_'’\-]{{2,39}}(?:[ ][^\W\d_][^\W\d_'’\-]{{0,39}}){{0,4}}[ ][0-9]{{1,4}}"
            rf"(?:[ ]?[a-z](?![\w]))?(?:[ ]?(?:bus|boîte|bte|b)[ ]?[0-9]{{1,4}})?,?[ ]{{1,3}}[1-9][0-9]{{3}}"
            rf"[ ]{{1,3}}[^\W\d_][\w'’\-]{{1,40}}",
            0.3,
        ),
        Pattern(
            "BE street address (NL)",
            rf"(?<![\w])[\w'’\-]{{0,40}}(?:{NL_SUFFIXES_ALT})[ ]{{1,3}}[0-9]{{1,4}}(?:[ ]?[a-z](?![\w]))?{_TAIL}",
            0.5,
        ),
    ]
    CONTEXT = ADDRESS_CONTEXT
    CELLS = (
        CellSpec(
            candidate=rf"(?i)(^|[^{LETTERS}])({FR_TYPES_ALT})\.? +[^0-9,]{{2,60}},? +[0-9]{{1,4}}([^0-9]|$)",
            checksum=False,
            compact=False,
            chance_rate=0.005,
            ceiling=0.95,
            hint_ceiling=0.98,
            method="pattern",
            literal=" ",
            length=(6, 300),
        ),
        # Any street name ("Meir 12", "Grote Markt 3 bus 2") followed by a Belgian postcode and a
        # municipality: the canonical Belgian address line.
        CellSpec(
            candidate=(
                rf"(?i)[{LETTERS}]{{3,}}\.? +[0-9]{{1,4}}[a-z]?( *(bus|bte|boîte|b) *[0-9]{{1,4}})?,? +[1-9][0-9]{{3}} +[{LETTERS}]"
            ),
            checksum=False,
            compact=False,
            chance_rate=0.005,
            ceiling=0.95,
            hint_ceiling=0.98,
            method="pattern",
            literal=" ",
            length=(10, 300),
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
