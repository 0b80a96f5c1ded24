"""Dates of birth only on evidence: a name, or an age-like distribution of years."""

from __future__ import annotations

import datetime as dt
import random

import pyarrow as pa
import pytest

from classifiers.column import classify_column
from classifiers.dates import DateStats, parse_date
from classifiers.model import ColumnSample

from . import gen

TODAY = dt.date(2026, 1, 15)


def _stats(years: list[int], timed: int = 0) -> DateStats:
    stats = DateStats()
    for year in years:
        stats.years[year] += 1
    stats.dates = len(years)
    stats.timed = timed
    return stats


@pytest.mark.parametrize(
    ("years", "verdict"),
    [
        (list(range(1940, 2006)) * 3, "age_like"),
        (list(range(1950, 1990)) * 2, "age_like"),
        (list(range(2019, 2026)) * 20, "not_birth_like"),  # order dates
        (list(range(2024, 2027)) * 20, "not_birth_like"),
        (list(range(1995, 2026)) * 5, "neutral"),  # hire dates: not age-like, not impossible either
        (list(range(2008, 2019)) * 10, "neutral"),  # children: a name hint is needed
        ([1985] * 3, "too_few"),
    ],
)
def test_distribution_verdict(years, verdict):
    assert _stats(years).log_bayes_factor(TODAY)[1] == verdict


def test_times_of_day_contradict_a_birth_date():
    years = list(range(1940, 2006)) * 3
    assert _stats(years, timed=len(years) // 2).log_bayes_factor(TODAY)[1] == "not_birth_like"


def test_features_hold_no_single_value():
    features = _stats(list(range(1940, 2006)) * 3).features(TODAY)
    assert set(features) >= {"in_1920_2010", "last_two_years", "year_std", "median_age", "timed_share"}
    assert all(isinstance(v, (int, float)) for v in features.values())


def test_midnight_timestamps_of_birth():
    rng = random.Random(1)
    values = pa.array([dt.datetime.combine(gen.gen_dob(rng), dt.time()) for _ in range(400)], pa.timestamp("us"))
    assert [f.entity for f in classify_column(ColumnSample("geboortedatum", values))] == ["DATE_OF_BIRTH"]


def test_compact_dates_need_a_name_hint():
    rng = random.Random(2)
    values = pa.array([int(f"{gen.gen_dob(rng):%Y%m%d}") for _ in range(400)], pa.int64())
    assert [f.entity for f in classify_column(ColumnSample("geb_datum", values))] == ["DATE_OF_BIRTH"]
    assert classify_column(ColumnSample("c1", values)) == []


def test_method_and_score_reflect_the_evidence():
    rng = random.Random(3)
    values = pa.array([gen.gen_dob(rng) for _ in range(400)], pa.date32())
    (named,) = classify_column(ColumnSample("date_naissance", values))
    (opaque,) = classify_column(ColumnSample("col_10", values))
    assert named.evidence["method"] == "name+dates" and opaque.evidence["method"] == "date-distribution"
    assert named.score > opaque.score >= 0.5
    assert classify_column(ColumnSample("created_at", values)) == []  # the name says otherwise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30/07/1985", dt.date(1985, 7, 30)),
        ("30-07-1985", dt.date(1985, 7, 30)),
        ("1985-07-30T00:00:00", dt.date(1985, 7, 30)),
        ("19850730", dt.date(1985, 7, 30)),
        ("1er janvier 1990", dt.date(1990, 1, 1)),
        ("12 maart 1975", dt.date(1975, 3, 12)),
        ("12/25/1990", dt.date(1990, 12, 25)),  # month-first only when day-first is impossible
        ("29/02/2001", None),
        ("30/07/85", None),
        ("hello", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected
