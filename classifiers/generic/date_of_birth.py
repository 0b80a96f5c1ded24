"""DATE_OF_BIRTH: a date is a birth date only with evidence.

In running text the evidence is a context word ("né le", "born on", "geboren op"...): the date
patterns score 0.1, below the 0.4 threshold ropa analyses text with, and Presidio's context enhancer
lifts them above it only when a context word precedes the date. In columns the evidence is the
column name or an age-like distribution of years (``classifiers/dates.py``); both use
:func:`parse_date` here.
"""

from __future__ import annotations

import datetime as dt
import re

from presidio_analyzer import Pattern, PatternRecognizer

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "janvier january jan januari janv",
        "février fevrier february feb februari fév fev févr",
        "mars march mar maart mrt",
        "avril april apr avr",
        "mai may mei",
        "juin june jun juni",
        "juillet july jul juli juil",
        "août aout august aug augustus",
        "septembre september sep sept",
        "octobre october oct oktober okt",
        "novembre november nov",
        "décembre decembre december dec déc",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number

_MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_NUMERIC = re.compile(
    r"(?P<d>[0-3]?[0-9])[/.\-](?P<m>[0-3]?[0-9])[/.\-](?P<y>(?:19|20)[0-9]{2})"
    r"|(?P<y2>(?:19|20)[0-9]{2})[\-/.](?P<m2>[01]?[0-9])[\-/.](?P<d2>[0-3]?[0-9])"
    r"|(?P<y3>(?:19|20)[0-9]{2})(?P<m3>[01][0-9])(?P<d3>[0-3][0-9])"
)
_TEXTUAL = re.compile(
    rf"(?P<d>[0-3]?[0-9])(?:er|st|nd|rd|th|e)?\.?\s+(?P<mon>{_MONTH_ALT})\.?\s+(?P<y>(?:19|20)[0-9]{{2}})"
    rf"|(?P<mon2>{_MONTH_ALT})\.?\s+(?P<d2>[0-3]?[0-9])(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)[0-9]{{2}})",
    re.IGNORECASE,
)


def _make(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def parse_date(text: str) -> dt.date | None:
    """Parse a date written the European way (day first), ISO, compact or with a month name.

    >>> parse_date("30/07/1985"), parse_date("1985-07-30"), parse_date("30 juillet 1985")
    (datetime.date(1985, 7, 30), datetime.date(1985, 7, 30), datetime.date(1985, 7, 30))
    >>> parse_date("31/02/1985") is None
    True
    """
    value = text.strip()
    match = _NUMERIC.match(value)
    if match and (match.end() == len(value) or value[match.end()] in " T"):
        groups = match.groupdict()
        if groups["y"]:
            return _make(groups["y"], groups["m"], groups["d"]) or _make(
                groups["y"], groups["d"], groups["m"]  # month-first (US) as a fallback
            )
        if groups["y2"]:
            return _make(groups["y2"], groups["m2"], groups["d2"])
        return _make(groups["y3"], groups["m3"], groups["d3"])
    match = _TEXTUAL.fullmatch(value)
    if match:
        groups = match.groupdict()
        if groups["y"]:
            return _make(groups["y"], str(MONTHS[groups["mon"].lower()]), groups["d"])
        return _make(groups["y2"], str(MONTHS[groups["mon2"].lower()]), groups["d2"])
    return None


def plausible_birth_date(day: dt.date, today: dt.date | None = None) -> bool:
    """Born after 1900 and not in the future."""
    today = today or dt.date.today()
    return dt.date(1900, 1, 1) <= day <= today


class DateOfBirthRecognizer(PatternRecognizer):
    """Dates preceded by a birth context word, in English, French or Dutch."""

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

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        supported_language: str = "en",
        supported_entity: str = "DATE_OF_BIRTH",
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
    def is_valid_value(value: str) -> bool:
        """A real calendar date that could be someone's birth date."""
        day = parse_date(value)
        return day is not None and plausible_birth_date(day)

    def validate_result(self, pattern_text: str) -> bool | None:
        """False for impossible dates; None (keep the low pattern score) otherwise, so that only a
        context word can make a date a birth date."""
        return None if self.is_valid_value(pattern_text) else False
