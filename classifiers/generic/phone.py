"""PHONE_NUMBER: phonenumbers' own matcher and validity rules for FR, NL, BE, GB and + numbers.

A subclass of Presidio's ``PhoneRecognizer`` (which wraps ``phonenumbers.PhoneNumberMatcher``) with
the regions ropa scans (France, the Netherlands, Belgium, and the United Kingdom for English-language
sources) and context words in English, French and Dutch. For columns, a candidate
must carry an explicit prefix (``+``, ``00`` or a national trunk ``0``): a bare 9-digit number
parses as a valid French number 99 times in 100, so order numbers would all look like phones.
"""

from __future__ import annotations

import phonenumbers
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import PhoneRecognizer

from classifiers.spec import CellSpec

REGIONS = ("FR", "NL", "BE", "GB")
MAX_TRIES = 500


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

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Presidio's PhoneRecognizer.analyze with a bound on phonenumbers' candidate tries.

        ``PhoneNumberMatcher`` tries up to 65,535 candidates per region by default; a 50,000-digit
        cell then costs seconds. ropa analyses text in pieces of at most 5,000 characters, where
        :data:`MAX_TRIES` candidates per region is more than any real text holds.
        """
        results = []
        for region in self.supported_regions:
            for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=self.leniency, max_tries=MAX_TRIES):
                try:
                    parsed = phonenumbers.parse(text[match.start : match.end])
                    found_region = phonenumbers.region_code_for_number(parsed)
                except phonenumbers.NumberParseException:
                    found_region = region
                results.append(self._get_recognizer_result(match, text, found_region, nlp_artifacts))
        return EntityRecognizer.remove_duplicates(results)

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
