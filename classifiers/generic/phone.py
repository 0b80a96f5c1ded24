"""PHONE_NUMBER: phonenumbers' own matcher and validity rules for FR, NL, BE, GB and + numbers.

A subclass of Presidio's ``PhoneRecognizer`` (which wraps ``phonenumbers.PhoneNumberMatcher``) with
the regions ropa scans (France, the Netherlands, Belgium, and the United Kingdom for English-language
sources) and context words in English, French and Dutch. For columns, a candidate
must carry an explicit prefix (``+``, ``00`` or a national trunk ``0``): a bare 9-digit number
parses as a valid French number 99 times in 100, so order numbers would all look like phones.
"""

from __future__ import annotations

import phonenumbers
from presidio_analyzer.predefined_recognizers import PhoneRecognizer

from classifiers.spec import CellSpec

REGIONS = ("FR", "NL", "BE", "GB")


class EuPhoneRecognizer(PhoneRecognizer):
    """Phone numbers valid in France, the Netherlands, Belgium, the UK, or in international form."""

    CONTEXT = [
        "phone", "telephone", "mobile", "cell", "call", "fax", "number",
        "téléphone", "telephone", "portable", "tél", "tel", "appeler", "numéro", "joindre",
        "telefoon", "telefoonnummer", "mobiel", "gsm", "bellen", "nummer",
    ]
    DEFAULT_SUPPORTED_REGIONS = REGIONS
    CELLS = (
        CellSpec(
            # after removing spaces, dots, dashes, slashes and parentheses
            candidate=r"^(\+|00)[1-9][0-9]{6,14}$|^0[1-9][0-9]{7,9}$",
            chance_rate=0.9,  # measured: ~90 % of random 0+9-digit strings are valid FR/NL/BE/GB numbers
            ceiling=0.95,
            hint_ceiling=0.99,
            method="pattern+phonenumbers",
            length=(8, 16),
        ),
    )

    def __init__(
        self,
        context: list[str] | None = None,
        supported_language: str = "en",
        supported_entity: str = "PHONE_NUMBER",
        supported_regions=REGIONS,
        leniency: int | None = 1,
        name: str | None = None,
    ):
        super().__init__(
            context=context if context else self.CONTEXT,
            supported_language=supported_language,
            supported_entity=supported_entity,
            supported_regions=supported_regions,
            leniency=leniency,
            name=name,
        )

    @staticmethod
    def is_valid_value(value: str) -> bool:
        """The whole value is one valid number (FR, NL, BE or GB national format, or international)."""
        text = value.strip()
        if text.startswith("00"):
            text = "+" + text[2:]
        for region in REGIONS:
            try:
                parsed = phonenumbers.parse(text, region)
            except phonenumbers.NumberParseException:
                return False
            if phonenumbers.is_valid_number(parsed):
                return True
            if text.startswith("+"):
                return False  # the region does not matter for international numbers
        return False

    def validate_result(self, pattern_text: str) -> bool:
        """Same test as for a column cell (the matcher itself already validates in text)."""
        return self.is_valid_value(pattern_text)
