"""The Bayes test of match rate against chance rate."""

from __future__ import annotations

import math

import pytest

from classifiers import stats


@pytest.mark.parametrize(
    ("valid", "checked", "chance", "sign"),
    [
        (2000, 2000, 0.095, +1),  # a real BSN column
        (1900, 2000, 0.095, +1),  # with 5 % typos
        (190, 2000, 0.095, -1),  # random 9-digit numbers
        (220, 2000, 0.095, -1),  # a decoy slightly above nominal chance: still not the entity
        (20, 2000, 0.01, -1),  # 1 % of 14-digit numbers pass SIRET by chance
        (5, 5, 0.01, +1),  # five valid IBANs are not luck
    ],
)
def test_log_bayes_factor_sign(valid, checked, chance, sign):
    assert math.copysign(1, stats.log_bayes_factor(valid, checked, chance)) == sign


def test_one_weak_match_proves_little():
    """One Luhn-valid number is weak evidence: not enough to lift a no-hint prior past 0.5."""
    log_bf = stats.log_bayes_factor(1, 1, 0.1)
    assert 0 < log_bf < math.log(10)
    assert stats.posterior(stats.PRIOR_NONE, log_bf) < 0.5


def test_free_text_prior_finds_sparse_entities():
    """One IBAN in 200 messages matters for free text (log-uniform prior on f)."""
    assert stats.log_bayes_factor(3, 200, 1e-4, f_min=1e-3, log_uniform=True) > 5
    assert stats.log_bayes_factor(3, 200, 1e-4) < stats.log_bayes_factor(3, 200, 1e-4, f_min=1e-3, log_uniform=True)


def test_calibrated_score_bounds():
    assert stats.calibrated_score(0.1, 1000, 0.9) == 0.9
    assert stats.calibrated_score(0.75, -1000, 0.99) == 0.0
    assert 0.0 < stats.calibrated_score(0.1, 0.0, 1.0) == pytest.approx(0.1)


def test_genuine_fraction():
    assert stats.genuine_fraction(100, 100, 0.1) == 1.0
    assert stats.genuine_fraction(10, 100, 0.1) == 0.0
    assert stats.genuine_fraction(55, 100, 0.1) == pytest.approx(0.5)
