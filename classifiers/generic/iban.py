"""IBAN_CODE: every country python-stdnum knows, with or without spaces."""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum import iban

from classifiers.recognizer import ChecksumRecognizer
from classifiers.spec import CellSpec


class IbanRecognizer(ChecksumRecognizer):
    """IBANs of all countries: weak pattern, ``stdnum.iban`` (ISO 7064 mod 97 plus each country's
    length and format) as the checksum."""

    ENTITY = "IBAN_CODE"
    PATTERNS = [
        # country, check digits, then 11-30 characters in optional groups of four
        Pattern(
            "IBAN",
            r"(?<![A-Z0-9])[A-Z]{2}[0-9]{2}(?:[ \-]?[A-Z0-9]{4}){2,7}(?:[ \-]?[A-Z0-9]{1,4})?(?![A-Z0-9])",
            0.3,
        ),
    ]
    CONTEXT = [
        "iban", "bank", "account", "transfer", "payment",
        "compte", "bancaire", "virement", "rib", "banque", "prélèvement",
        "rekening", "rekeningnummer", "bankrekening", "overschrijving", "betaling", "bank",
    ]
    CELLS = (
        CellSpec(
            candidate=r"(?i)^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$",
            chance_rate=1 / 97,  # mod 97 check; country formats only lower it
            ceiling=0.99,
            hint_ceiling=0.995,
            charset="alnum",
            length=(15, 34),
        ),
    )

    is_valid_value = staticmethod(iban.is_valid)
