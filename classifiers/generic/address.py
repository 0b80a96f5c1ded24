"""POSTAL_ADDRESS (English): a house number, a street name and a street type ("12 High Street").

ropa's address recognizers are per country (``fr/``, ``nl/``, ``be/``); English-language sources
(a UK or international web shop) write addresses the English way, which none of them covers.
"""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from classifiers.address_words import ADDRESS_CONTEXT, EN_TYPES_ALT
from classifiers.spec import LETTERS_RE2 as LETTERS
from classifiers.spec import CellSpec


class EnAddressRecognizer(PatternRecognizer):
    """English street lines, optionally after "Flat 3," / "Apt 12,"."""

    PATTERNS = [
        Pattern(
            "EN street address",
            rf"(?<![\w])(?:(?:flat|apt|apartment|unit|suite)[ ]?[0-9A-Z]{{1,5}},?[ ]{{1,3}})?[0-9]{{1,5}}[A-Za-z]?,?[ ]{{1,3}}"
            rf"(?:[\w'’\-]{{1,40}}[ ]{{1,3}}){{1,5}}(?:{EN_TYPES_ALT})\.?(?![\w])",
            0.5,
        ),
    ]
    CONTEXT = ADDRESS_CONTEXT
    CELLS = (
        CellSpec(
            candidate=(
                rf"(?i)(^|[^0-9])[0-9]{{1,5}}[a-z]?,? +([{LETTERS}'’\-]+ +){{1,5}}({EN_TYPES_ALT})\.?"
                rf"([^{LETTERS}]|$)"
            ),
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
        supported_language: str = "en",
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
