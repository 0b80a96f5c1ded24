"""What goes into a classifier and what comes out of it.

Classifiers are pure: a sample of values (and the name of the column and table they came from) goes
in; findings come out. A finding says *where* personal data sits and *why we think so* (match rate,
chance rate, name hint, sample size), never *what* it is: like Presidio's ``RecognizerResult`` it
carries no raw value. The only traces of values a finding may hold are masked examples
(``FR76 **** **** 0189``) and keyed hashes, so that the catalog built from findings cannot become a
new store of the personal data it describes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence


@dataclass(frozen=True)
class ColumnSample:
    """A sample of one column, as read from a source.

    ``values`` are the sampled cells as Python objects (``str``, numbers, dates, ``None``); the
    classifier normalises them itself. ``path`` is the dotted path for nested JSON
    (``contact.email``), else the column name. ``dtype`` is the source's type name, lower case
    (``varchar``, ``bigint``, ``date``, ``timestamp``...), used only as a hint.
    """

    name: str
    values: Sequence[Any]
    dtype: str = "varchar"
    table: str = ""
    total_rows: int | None = None


@dataclass(frozen=True)
class Finding:
    """One entity found in one column (or in one whole document when ``column`` is None).

    ``score`` is calibrated to 0..1: the probability that the column really holds ``entity``.
    ``matched`` of ``sampled`` values carried it. ``evidence`` explains the decision
    (``match_rate``, ``chance_rate``, ``name_hint``, ``sample_size``, ``method``...) and holds only
    numbers and short labels, never values. ``examples`` are masked, ``hashes`` keyed.
    """

    column: str | None
    entity: str
    score: float
    matched: int
    sampled: int
    evidence: dict[str, Any] = field(default_factory=dict)
    examples: tuple[str, ...] = ()
    hashes: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"score must lie in [0, 1], got {self.score}")
        if self.matched > self.sampled:
            raise ValueError("matched cannot exceed sampled")
