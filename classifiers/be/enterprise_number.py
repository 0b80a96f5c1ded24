"""BE_ENTERPRISE_NUMBER: the Belgian enterprise number (KBO / BCE), 10 digits, mod 97.

It identifies a company, not a person (``professional.company_id``): 0 or 1, then 9 digits whose
last two are 97 minus the first eight mod 97, written ``0403.170.701``. The same digits, prefixed
with ``BE``, are the company's VAT number (``VAT_NUMBER``); a bare 10-digit column is the
enterprise number unless its name says VAT (``btw``, ``tva``, ``vat``), where the VAT recognizer's
hint wins. It is not a national number (``BE_NATIONAL_NUMBER`` has 11 digits and a birth date).
The check is python-stdnum's ``be.vat``.
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.be import vat as be_vat

from classifiers.recognizer import ChecksumRecognizer
from classifiers.spec import CellSpec


class BeEnterpriseNumberRecognizer(ChecksumRecognizer):
    """KBO/BCE number: [01] + 9 digits, mod 97 (stdnum.be.vat)."""

    COUNTRY_CODE = "be"
    ENTITY = "BE_ENTERPRISE_NUMBER"
    LANGUAGE = "nl"
    PATTERNS = [
        Pattern("BE enterprise number (dotted)", r"(?<![0-9.])[01][0-9]{3}\.[0-9]{3}\.[0-9]{3}(?![0-9])", 0.3),
    ]
    CONTEXT = [
        "enterprise", "company", "ondernemingsnummer", "onderneming", "kbo", "bce", "entreprise",
        "numéro d'entreprise", "kruispuntbank",
    ]
    CELLS = (
        CellSpec(
            candidate=r"^[01][0-9]{9}$",
            chance_rate=0.011,  # mod 97: 1 random number in 97 passes
            ceiling=0.96,  # above VAT_NUMBER's 0.95: a bare 10-digit column is the KBO number
            hint_ceiling=0.99,
            charset="digits",
            length=(10, 10),
        ),
    )

    @staticmethod
    def is_valid_value(value: str) -> bool:  # noqa: D102
        return len(value) == 10 and be_vat.is_valid(value)
