"""Is a column's match rate more than chance? A Bayes factor, turned into a calibrated score.

A column of random 9-digit order numbers passes the BSN 11-proef about 1 time in 11 and the SIREN
Luhn check 1 time in 10, so "many values validate" proves nothing by itself. The honest question is
whether the *rate* at which candidates validate is higher than the rate at which non-entities
validate by chance. We compare two binomial models of ``valid`` successes among ``checked`` trials:

* H0 (not the entity): every candidate validates with the chance rate ``p0``.
* H1 (the entity): a fraction ``f`` of candidates are genuine and always validate, the rest are
  noise and validate by chance: ``rate = f + (1 - f) * p0``. ``f`` is unknown; we average the
  likelihood over a prior on ``f``.

For structured columns the prior on ``f`` is uniform on ``[f_min, 1]`` with ``f_min = 0.25``: a
column "holds" an entity when at least a quarter of its candidates are genuine. The lower bound is
what makes the test robust: a decoy whose real pass rate is 11 % instead of the nominal 9 % gives a
*significant* but *tiny* excess, which no ``f >= 0.25`` explains, so the Bayes factor stays small
however large the sample. For free text, where one IBAN in 200 messages matters, ``f`` gets a
log-uniform prior on ``[1e-3, 1]`` instead.

The Bayes factor multiplies prior odds (raised or lowered by the column name) into a posterior
probability, which a per-entity ceiling then bounds (model uncertainty the binomial test cannot
see, such as another identifier sharing the same checksum).
"""

from __future__ import annotations

import math

import numpy as np

# Priors on "this column holds entity E": without any hint, with a column name that names E, and
# with a column name that names something else (order_no, batch, created_at...).
PRIOR_NONE = 0.10
PRIOR_HINT = 0.75
PRIOR_CONTRA = 0.02

STRUCTURED_F_MIN = 0.25
_GRID = 256


def _grid(f_min: float, log_uniform: bool) -> np.ndarray:
    if log_uniform:
        return np.exp(np.linspace(math.log(f_min), 0.0, _GRID))
    return np.linspace(f_min, 1.0, _GRID)


def log_bayes_factor(
    valid: int,
    checked: int,
    chance: float,
    *,
    f_min: float = STRUCTURED_F_MIN,
    log_uniform: bool = False,
) -> float:
    """Natural log of P(data | H1) / P(data | H0) for ``valid`` of ``checked`` candidates.

    >>> log_bayes_factor(180, 2000, 0.09) < -10        # random 9-digit numbers vs BSN
    True
    >>> log_bayes_factor(2000, 2000, 0.09) > 100       # a real BSN column
    True
    >>> log_bayes_factor(0, 0, 0.09)                   # no data, no evidence
    0.0
    """
    if checked <= 0:
        return 0.0
    if not 0 <= valid <= checked:
        raise ValueError("valid must lie in [0, checked]")
    p0 = min(max(chance, 1e-9), 1 - 1e-9)
    f = _grid(f_min, log_uniform)
    rate = np.clip(f + (1.0 - f) * p0, 1e-12, 1.0 - 1e-12)
    misses = checked - valid
    ll1 = valid * np.log(rate) + misses * np.log1p(-rate)
    top = float(ll1.max())
    log_marginal_1 = top + math.log(float(np.mean(np.exp(ll1 - top))))
    log_l0 = valid * math.log(p0) + misses * math.log1p(-p0)
    return log_marginal_1 - log_l0


def posterior(prior: float, log_bf: float) -> float:
    """Posterior probability from a prior probability and a natural-log Bayes factor."""
    logit = math.log(prior / (1.0 - prior)) + log_bf
    if logit > 40:
        return 1.0
    if logit < -40:
        return 0.0
    return 1.0 / (1.0 + math.exp(-logit))


def calibrated_score(prior: float, log_bf: float, ceiling: float) -> float:
    """Posterior bounded by ``ceiling``, rounded for stable output."""
    return round(min(1.0, max(0.0, posterior(prior, log_bf) * ceiling)), 4)


def genuine_fraction(valid: int, checked: int, chance: float) -> float:
    """Point estimate of ``f``: the share of candidates that are the entity, chance removed."""
    if checked <= 0:
        return 0.0
    rate = valid / checked
    return max(0.0, min(1.0, (rate - chance) / (1.0 - chance)))
