"""FR_NIR: the French social security number (numéro de sécurité sociale, INSEE number).

15 characters: sex, year, month, department (``2A`` / ``2B`` for Corsica), commune, serial, and a
mod-97 key, checked by ``stdnum.fr.nir`` (which maps 2A/2B to 19/18 before the mod 97).
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.fr import nir

from classifiers.recognizer import ChecksumRecognizer
from classifiers.spec import CellSpec


class FrNirRecognizer(ChecksumRecognizer):
    """NIR with its key: weak pattern, ``stdnum.fr.nir`` checksum."""

    COUNTRY_CODE = "fr"
    ENTITY = "FR_NIR"
    LANGUAGE = "fr"
    PATTERNS = [
        Pattern(
            "NIR",
            r"(?<![0-9A-Z])[1-478][ .]?[0-9]{2}[ .]?(?:0[1-9]|1[0-2]|[2-9][0-9])[ .]?(?:[0-9]{2}|2[AB])"
            r"[ .]?[0-9]{3}[ .]?[0-9]{3}[ .]?[0-9]{2}(?![0-9A-Z])",
            0.5,
        ),
    ]
    CONTEXT = [
        "social", "security", "ssn",
        "sécurité", "securite", "sociale", "sécu", "secu", "nir", "insee", "vitale", "assuré", "immatriculation",
        "sociaal", "verzekeringsnummer",
    ]
    CELLS = (
        CellSpec(
            candidate=r"(?i)^[1-478][0-9]{2}(0[1-9]|1[0-2]|[2-9][0-9])([0-9]{2}|2[AB])[0-9]{6}[0-9]{2}$",
            chance_rate=1 / 97,
            ceiling=0.98,
            hint_ceiling=0.995,
            charset="alnum",
            length=(15, 15),
        ),
    )

    is_valid_value = staticmethod(nir.is_valid)
