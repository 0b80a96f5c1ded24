"""Retention arithmetic shared by the GX export and the reports: where "kept too long" begins.

The catalog's ``over_retained`` view says a row is past retention when its anchor date plus the
declared period (from the end of its year for ``end_of_fiscal_year``) lies before the as-of date.
Turned around, that is a *cutoff*: rows whose anchor is on or after it are inside the period.
Both readings must agree, so both live here and nowhere else in this package.
"""

from __future__ import annotations

import re
from datetime import date

from flows.outputs.errors import FormatError

_DURATION = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")


def parse_duration(value: str) -> tuple[int, int, int, int]:
    """``P5Y`` / ``P18M`` / ``P90D`` / ``P2W`` (date parts only) -> (years, months, weeks, days)."""
    m = _DURATION.match(value.strip()) if isinstance(value, str) else None
    # "P0D" is a real period (FORMAT.md: deleted when the relationship ends); "P" is not
    if not m or not any(g is not None for g in m.groups()):
        raise FormatError(f"retention {value!r}: not an ISO 8601 duration of years, months, weeks "
                          "or days; write it like P5Y, P18M or P90D")
    return tuple(int(g or 0) for g in m.groups())  # type: ignore[return-value]


def cutoff_from_parts(years: int, months: int, days: int, *, today: date,
                      retention_from: str | None = None) -> date:
    """The first anchor date still inside the period, calendar-aware (29 Feb -> 28 Feb).

    With ``end_of_fiscal_year`` the clock starts on 31 December of the anchor's year, so every
    date of a year is kept as long as its last day is: the cutoff is 1 January of the year of
    ``today - period``.
    """
    from dateutil.relativedelta import relativedelta  # pandas' dependency: month arithmetic

    cut = today - relativedelta(years=years, months=months, days=days)
    if retention_from == "end_of_fiscal_year":
        return date(cut.year, 1, 1)
    return cut


def retention_cutoff(retention: str, today: date | None = None,
                     retention_from: str | None = None) -> date:
    """``retention_cutoff("P5Y", date(2026, 6, 1)) == date(2021, 6, 1)``."""
    years, months, weeks, days = parse_duration(retention)
    return cutoff_from_parts(years, months, weeks * 7 + days, today=today or date.today(),
                             retention_from=retention_from)
