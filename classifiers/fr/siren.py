"""FR_SIREN and FR_SIRET: French company (9 digits) and establishment (14 digits) numbers.

Both use the Luhn check, via ``stdnum.fr.siren`` / ``stdnum.fr.siret``; stdnum also applies La
Poste's exception (its establishments' SIRET do not pass Luhn; their digits sum to a multiple of 5).
Luhn passes one random number in ten, so a bare 9-digit number in text is only a SIREN with a
context word nearby: ``validate_result`` returns None (keep the low pattern score) rather than True.
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.fr import siren, siret

from classifiers.recognizer import ChecksumRecognizer
from classifiers.spec import CellSpec

_CONTEXT = [
    "company", "registration", "business",
    "siren", "siret", "entreprise", "société", "societe", "établissement", "etablissement", "rcs", "insee",
    "bedrijf", "onderneming", "vestiging",
]


class FrSirenRecognizer(ChecksumRecognizer):
    """SIREN: 9 digits, Luhn."""

    COUNTRY_CODE = "fr"
    ENTITY = "FR_SIREN"
    LANGUAGE = "fr"
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

    is_valid_value = staticmethod(siren.is_valid)
    VALID_MATCH = None  # Luhn passes 1 number in 10: a context word must lift the match


class FrSiretRecognizer(ChecksumRecognizer):
    """SIRET: SIREN + 5-digit establishment number, Luhn on both (La Poste excepted)."""

    COUNTRY_CODE = "fr"
    ENTITY = "FR_SIRET"
    LANGUAGE = "fr"
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

    is_valid_value = staticmethod(siret.is_valid)
