"""PHONE_NUMBER: phonenumbers' own matcher and validity rules for FR, NL, BE, GB and + numbers.

Two column tests. The strict one asks libphonenumber for a *valid* FR / NL / BE / GB number. The
loose one takes phones as people really type them, which libphonenumber does not validate: an
extra trunk prefix (``+32(0)470 12 34 56``, ``0031(0)6...``), old area codes, ``(010)-...``,
``00 ...``, several numbers in one cell (``040 - 66662323, 66661313``), extensions, US and other
regions' numbers (``223-456-7890``, ``(415) 555-0132``). It asks for a *possible* number
(``phonenumbers.is_possible_number``: the length fits the numbering plan) of any region, and for
a phone's shape: separators between digit groups, or a ``+`` / ``00`` / trunk-``0`` prefix. Bare
digit strings without a prefix (``8005552222``) count only under a phone-ish column name: a
random order number is a possible phone number of some region most of the time. Dates, IP
addresses and amounts are excluded by shape. Its chance rate is measured on the decoys of the
labeled warehouse and the peer benchmark (``tests/classifiers/test_chance_rates.py``).

A subclass of Presidio's ``PhoneRecognizer`` (which wraps ``phonenumbers.PhoneNumberMatcher``) with
the regions ropa scans (France, the Netherlands, Belgium, and the United Kingdom for English-language
sources) and context words in English, French and Dutch. For columns, a candidate
must carry an explicit prefix (``+``, ``00`` or a national trunk ``0``): a bare 9-digit number
parses as a valid French number 99 times in 100, so order numbers would all look like phones.
"""

from __future__ import annotations

import re

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
        CellSpec(
            # on the trimmed cell: digit groups with phone separators, maybe several numbers
            candidate=r"^[+(0-9][0-9 ()./\-]{5,24}[0-9]((, ?| ?/ ?|; ?)[0-9 ()./\-]{2,24}[0-9])*( ?(x|ext\.?|#) ?[0-9]{1,5})?$",
            compact=False,
            chance_rate=0.3,
            ceiling=0.9,
            hint_ceiling=0.97,
            method="shape+phonenumbers",
            length=(7, 80),
            validator="is_possible_value",
        ),
        CellSpec(
            # under a phone column name only: bare digit strings too (8005552222, 33612457898)
            candidate=r"^[0-9]{9,12}$",
            chance_rate=0.6,
            ceiling=0.9,
            hint_ceiling=0.95,
            method="name+phonenumbers",
            length=(9, 12),
            charset="digits",
            requires_hint=True,
            validator="is_possible_value_hinted",
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
        # No phone number has fewer than 6 digits; without them the matcher's scan is pure cost
        # (it grows faster than the text on long digit-free cells such as "a@a@a@...").
        if _DIGITS.search(text) is None:
            return []
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

    @staticmethod
    def is_possible_value(value: str) -> bool:
        """The cell is shaped like one or more phone numbers that are possible in some region."""
        return _possible_phone(value, bare_digits=False)

    @staticmethod
    def is_possible_value_hinted(value: str) -> bool:
        """As :meth:`is_possible_value`, bare digit strings included (under a phone column name)."""
        return _possible_phone(value, bare_digits=True)

    def validate_result(self, pattern_text: str) -> bool:
        """Same test as for a column cell (the matcher itself already validates in text)."""
        return self.is_valid_value(pattern_text)


# Loose test: shapes that are not phones although their digits could be.
_DIGITS = re.compile(r"(?:\d\D{0,3}){6}")  # six digits, each at most 3 characters from the next
_DATE = re.compile(r"^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})$")
_IPV4 = re.compile(r"^\d{1,3}(\.\d{1,3}){3}$")
_EXTENSION = re.compile(r" ?(x|ext\.?|#) ?[0-9]{1,5}$")
_SPLIT_NUMBERS = re.compile(r", ?| ?/ ?|; ?")
_TRUNK_IN_PARENS = re.compile(r"^(\+\d{1,3}) ?\(0\)")  # +32(0)470..., 0031(0)6...
_US_SHAPE = re.compile(r"^(\+?1[ .\-]?)?(\(\d{3}\) ?|\d{3}[ .\-])\d{3}[ .\-]\d{4}$")
_LOOSE_REGIONS = ("FR", "NL", "BE", "GB", "US", "DE", "IN", "IL")


def _possible_one(text: str, bare_digits: bool) -> bool:
    text = _TRUNK_IN_PARENS.sub(r"\1 ", text.strip())
    if text.startswith("00"):
        text = "+" + text[2:].lstrip()
    digits = sum(ch.isdigit() for ch in text)
    if not 7 <= digits <= 15:
        return False
    if _DATE.match(text) or _IPV4.match(text):
        return False
    separated = any(ch in text for ch in " ()./-")
    tries: list[tuple[str, str | None]] = []
    if text.startswith("+"):
        tries = [(text, None)]
    elif text.startswith(("0", "(0")):
        tries = [(text, region) for region in _LOOSE_REGIONS]  # a trunk prefix: national number
    elif _US_SHAPE.match(text):
        tries = [(text, "US")]
    elif bare_digits and not separated:
        if digits in (10, 11):
            tries.append((text, "US"))
        if digits in (9, 10, 11, 12):
            tries.append(("+" + text, None))  # 33612457898: a country code without its +
    for candidate, region in tries:
        try:
            parsed = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_possible_number(parsed):
            return True
    return False


def _possible_phone(value: str, bare_digits: bool) -> bool:
    text = _EXTENSION.sub("", value.strip())
    parts = [p for p in _SPLIT_NUMBERS.split(text) if p.strip()]
    if not parts or not _possible_one(parts[0], bare_digits):
        return False
    # later parts may be short continuations ("232123" after "03192 - 234101"): shape only
    return all(sum(ch.isdigit() for ch in p) >= 3 for p in parts[1:])
