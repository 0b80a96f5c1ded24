"""Is a date column a date of birth? Only on evidence, never because it holds dates.

Order dates, ``created_at``, contract starts and birth dates are all dates. What sets birth dates
apart is their distribution: people alive and in a customer or staff table were born between about
1920 and 2010, spread over decades, at midnight (no time of day), and almost never in the last year
or two. Event dates cluster on recent years, carry times, or fall in the future.

The distribution yields a Bayes factor (``classifiers/stats.py``) that the column name's prior
multiplies:

* age-like (95 % of years in 1920..2010, spread >= 8 years, many distinct years, < 2 % in the last
  two years, no times of day): factor 25, enough without a name hint (score about 0.65) and
  decisive with one;
* contradicting (median year within the last 5 years, > 20 % in the last two years, future dates,
  years before 1900, times of day on > 20 % of values): factor e^-6, so even a ``date_naissance``
  column of order dates is not called a birth date;
* anything else (children's birth dates, too few values): neutral, the name decides.

Memory is bounded: a histogram of years, a few counters.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc


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


# extract_regex wants every group named: the others are (?:...)
_ISO = r"^(?P<y>(?:19|20)[0-9]{2})-[01][0-9]-[0-3][0-9](?:[ T].*)?$"
_DMY = r"^[0-3]?[0-9][/.\-][0-3]?[0-9][/.\-](?P<y>(?:19|20)[0-9]{2})$"
_YMD_SLASH = r"^(?P<y>(?:19|20)[0-9]{2})/[01][0-9]/[0-3][0-9]$"
_COMPACT = r"^(?P<y>(?:19|20)[0-9]{2})(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])$"
_TIME_OF_DAY = r"[ T](0[1-9]|1[0-9]|2[0-3]):|[ T]00:(0[1-9]|[1-5][0-9])|[ T]00:00:(0[1-9]|[1-5][0-9])"

AGE_LIKE_LOG_BF = math.log(25.0)
CONTRA_LOG_BF = -6.0
VALIDATION_CAP = 2000


@dataclass
class DateStats:
    """Running statistics of the dates in one column."""

    dates: int = 0  # cells that are (or parse as) dates
    timed: int = 0  # of which carry a time of day other than midnight
    years: Counter = field(default_factory=Counter)
    checked: int = 0  # string dates passed through parse_date
    valid: int = 0
    examples: list = field(default_factory=list)  # raw, kept in memory only; masked on output

    def update_temporal(self, array: pa.Array) -> None:
        """Dates or timestamps from a typed column."""
        present = pc.drop_null(array)
        if not len(present):
            return
        self.dates += len(present)
        counts = pc.value_counts(pc.year(present))
        for item in counts.to_pylist():
            self.years[item["values"]] += item["counts"]
        if pa.types.is_timestamp(present.type):
            timed = pc.or_(
                pc.or_(pc.not_equal(pc.hour(present), 0), pc.not_equal(pc.minute(present), 0)),
                pc.not_equal(pc.second(present), 0),
            )
            self.timed += pc.sum(timed).as_py() or 0
        if len(self.examples) < 3:
            for value in present.slice(0, 3 - len(self.examples)).to_pylist():
                self.examples.append(value.isoformat() if hasattr(value, "isoformat") else str(value))

    def update_strings(self, text: pa.Array, weights: np.ndarray | None, *, compact_allowed: bool) -> None:
        """Dates written as text (``weights``: counts of distinct cells, or None for one each);
        8-digit ``yyyymmdd`` only when ``compact_allowed`` (a birth-date name hint)."""
        length = pc.utf8_length(text)
        gate = pc.and_(
            pc.and_(pc.greater_equal(length, 8), pc.less_equal(length, 35)),
            pc.utf8_is_digit(pc.utf8_slice_codeunits(text, 0, 1)),
        ).to_numpy(zero_copy_only=False)
        if not gate.any():
            return
        rows = np.flatnonzero(gate)
        text = text.take(pa.array(rows))
        weights = np.ones(len(rows), dtype=np.int64) if weights is None else weights[rows]
        patterns = [_ISO, _DMY, _YMD_SLASH] + ([_COMPACT] if compact_allowed else [])
        for pattern in patterns:
            mask = pc.match_substring_regex(text, pattern).to_numpy(zero_copy_only=False)
            if not mask.any():
                continue
            hit_rows = np.flatnonzero(mask)
            matched = text.take(pa.array(hit_rows))
            hit_weights = weights[hit_rows]
            self.dates += int(hit_weights.sum())
            years = pc.struct_field(pc.extract_regex(matched, pattern), "y")
            years = pc.cast(years, pa.int32()).to_numpy(zero_copy_only=False)
            sums = np.bincount(years - 1800, weights=hit_weights, minlength=1)
            for offset in np.flatnonzero(sums):
                self.years[int(offset) + 1800] += int(sums[offset])
            if pattern == _ISO:
                timed = pc.match_substring_regex(matched, _TIME_OF_DAY).to_numpy(zero_copy_only=False)
                self.timed += int(hit_weights[timed].sum())
            room = VALIDATION_CAP - self.checked
            if room > 0:
                for value, weight in zip(matched.slice(0, room).to_pylist(), hit_weights[:room]):
                    ok = parse_date(value) is not None
                    self.checked += int(weight)
                    self.valid += int(weight) * ok
                    if ok and len(self.examples) < 3:
                        self.examples.append(value)

    def features(self, today: dt.date | None = None) -> dict[str, float]:
        """Shares and spread of the birth years, rounded (no single value survives)."""
        today = today or dt.date.today()
        total = sum(self.years.values())
        if not total:
            return {}
        mean = sum(y * c for y, c in self.years.items()) / total
        variance = sum(c * (y - mean) ** 2 for y, c in self.years.items()) / total
        ordered = sorted(self.years.items())
        running, median = 0, ordered[-1][0]
        for year, count in ordered:
            running += count
            if running * 2 >= total:
                median = year
                break
        share = lambda cond: sum(c for y, c in self.years.items() if cond(y)) / total  # noqa: E731
        return {
            "in_1920_2010": round(share(lambda y: 1920 <= y <= 2010), 4),
            "last_two_years": round(share(lambda y: y >= today.year - 1), 4),
            "future": round(share(lambda y: y > today.year), 4),
            "before_1900": round(share(lambda y: y < 1900), 4),
            "year_std": round(math.sqrt(variance), 2),
            "distinct_years": len(self.years),
            "median_age": today.year - median,
            "timed_share": round(self.timed / self.dates, 4) if self.dates else 0.0,
            "parse_rate": round(self.valid / self.checked, 4) if self.checked else 1.0,
        }

    def log_bayes_factor(self, today: dt.date | None = None) -> tuple[float, str]:
        """(natural-log Bayes factor for DATE_OF_BIRTH, verdict label)."""
        f = self.features(today)
        if not f or self.dates < 5:
            return 0.0, "too_few"
        if (
            f["median_age"] < 5
            or f["last_two_years"] > 0.2
            or f["future"] > 0.01
            or f["before_1900"] > 0.01
            or f["timed_share"] > 0.2
            or f["parse_rate"] < 0.9
        ):
            return CONTRA_LOG_BF, "not_birth_like"
        if (
            self.dates >= 20
            and f["in_1920_2010"] >= 0.95
            and f["year_std"] >= 8
            and f["distinct_years"] >= min(15, self.dates // 4)
            and f["last_two_years"] <= 0.02
            and f["timed_share"] <= 0.05
        ):
            return AGE_LIKE_LOG_BF, "age_like"
        return 0.0, "neutral"
