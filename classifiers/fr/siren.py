"""FR_SIREN and FR_SIRET: French company (9 digits) and establishment (14 digits) numbers.

Both use the Luhn check, via ``stdnum.fr.siren`` / ``stdnum.fr.siret``; stdnum also applies La
Poste's exception (its establishments' SIRET do not pass Luhn; their digits sum to a multiple of 5).
Luhn passes one random number in ten, so a bare 9-digit number in text is only a SIREN with a
context word nearby: ``validate_result`` returns None (keep the low pattern score) rather than True.
"""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer
from stdnum.fr import siren, siret

from classifiers.spec import CellSpec

_CONTEXT = [
    "company", "registration", "business",
    "siren", "siret", "entreprise", "société", "societe", "établissement", "etablissement", "rcs", "insee",
    "bedrijf", "onderneming", "vestiging",
]


class FrSirenRecognizer(PatternRecognizer):
    """SIREN: 9 digits, Luhn."""

    COUNTRY_CODE = "fr"
    PATTERNS = [
        Pattern("SIREN (grouped)", r"(?<![0-9])[0-9]{3}[ .][0-9]{3}[ .][0-9]{3}(?![0-9]|[ .][0-9])", 0.2),
        Pattern("SIREN", r"(?<![0-9])[0-9]{9}(?![0-9])", 0.1),
    ]
    CONTEXT = _CONTEXT
    CELLS = (
        CellSpec(
            candidate=r"^[0-9]{9}$",
            chance_rate=0.1,
            ceiling=0.85,  # other Luhn-checked 9-digit codes exist; a name hint settles it
            hint_ceiling=0.99,
            charset="digits",
            length=(9, 9),
        ),
    )

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        supported_language: str = "fr",
        supported_entity: str = "FR_SIREN",
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
    def is_valid_value(value: str) -> bool:  # noqa: D102
        return siren.is_valid(value)

    def validate_result(self, pattern_text: str) -> bool | None:  # noqa: D102
        return None if siren.is_valid(pattern_text) else False


class FrSiretRecognizer(PatternRecognizer):
    """SIRET: SIREN + 5-digit establishment number, Luhn on both (La Poste excepted)."""

    COUNTRY_CODE = "fr"
    PATTERNS = [
        Pattern(
            "SIRET",
            r"(?<![0-9])[0-9]{3}[ .]?[0-9]{3}[ .]?[0-9]{3}[ .]?[0-9]{5}(?![0-9])",
            0.4,
        ),
    ]
    CONTEXT = _CONTEXT
    CELLS = (
        CellSpec(
            candidate=r"^[0-9]{14}$", chance_rate=0.011, ceiling=0.97, hint_ceiling=0.99,
            charset="digits", length=(14, 14),
        ),
    )

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        supported_language: str = "fr",
        supported_entity: str = "FR_SIRET",
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
    def is_valid_value(value: str) -> bool:  # noqa: D102
        return siret.is_valid(value)

    def validate_result(self, pattern_text: str) -> bool:  # noqa: D102
        return siret.is_valid(pattern_text)
