"""POSTAL_ADDRESS (Belgium): street first, number after, in French ("Rue de la Loi 16") or Dutch
("Wetstraat 16"), optionally followed by a 4-digit postcode and a municipality."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from classifiers.address_words import ADDRESS_CONTEXT, FR_TYPES_ALT, NL_SUFFIXES_ALT
from classifiers.spec import LETTERS_RE2 as LETTERS
from classifiers.spec import CellSpec

_WORD = r"[\w'’\-]{1,40}"
_TAIL = rf"(?:,?[ ]{{1,3}}(?:(?:bus|boîte|bte|b)[ ]?[0-9]{{1,4}})?(?:,?[ ]{{1,3}}[1-9][0-9]{{3}}[ ]{{1,3}}{_WORD}(?:[ \-]{_WORD}){{0,3}})?)?"


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
