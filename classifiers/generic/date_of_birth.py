"""DATE_OF_BIRTH: a date is a birth date only with evidence.

In running text the evidence is a context word ("né le", "born on", "geboren op"...): the date
patterns score 0.1, below the 0.4 threshold ropa analyses text with, and Presidio's context enhancer
lifts them above it only when a context word precedes the date. In columns the evidence is the
column name or an age-like distribution of years; both use :func:`classifiers.dates.parse_date`.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from classifiers.dates import MONTHS, parse_date, plausible_birth_date
from classifiers.recognizer import ChecksumRecognizer

_MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))


class DateOfBirthRecognizer(ChecksumRecognizer):
    """Dates preceded by a birth context word, in English, French or Dutch."""

    ENTITY = "DATE_OF_BIRTH"
    PATTERNS = [
        Pattern(
            "date (numeric)",
            r"(?<![0-9/.\-])(?:[0-3]?[0-9][/.\-][01]?[0-9][/.\-](?:19|20)[0-9]{2}"
            r"|(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9])(?![0-9])",
            0.1,
        ),
        Pattern(
            "date (month name)",
            rf"(?<!\w)(?:[0-3]?[0-9](?:er|st|nd|rd|th|e)?\.?\s{{1,3}}(?:{_MONTH_ALT})\.?\s{{1,3}}(?:19|20)[0-9]{{2}}"
            rf"|(?:{_MONTH_ALT})\.?\s{{1,3}}[0-3]?[0-9](?:st|nd|rd|th)?,?\s{{1,3}}(?:19|20)[0-9]{{2}})(?![0-9])",
            0.1,
        ),
    ]
    CELLS = ()  # columns of dates are judged by their distribution: classifiers/dates.py
    CONTEXT = [
        "birth", "born", "birthday", "dob",
        "naissance", "naître", "naitre", "anniversaire",
        "geboren", "geboorte", "geboortedatum", "verjaardag", "jarig",
    ]
    # A plausible date keeps its low pattern score (only a context word makes it a birth date); an
    # impossible one is dropped.
    VALID_MATCH = None

    @staticmethod
    def is_valid_value(value: str) -> bool:
        """A real calendar date that could be someone's birth date."""
        day = parse_date(value)
        return day is not None and plausible_birth_date(day)
