"""What ``ropa draft`` finds: items, each with the sentence it came from and a confidence.

A draft is a proposal for a person to review, never a declaration to trust blindly; so every item
keeps its evidence (the policy's own sentence and line) and a confidence in [0, 1]. Items below
:data:`INCLUDE_AT` are left out of the declaration (listed as comments for the reviewer); items
below :data:`REVIEW_BELOW` are kept but marked ``# REVIEW``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Items at or above this confidence go into the declaration.
INCLUDE_AT = 0.5
#: Items below this confidence are marked ``# REVIEW (0.55): "sentence"`` in the YAML.
REVIEW_BELOW = 0.75


@dataclass(frozen=True)
class Evidence:
    """Where an item comes from: the sentence (whitespace-normalised), its line, its heading."""

    sentence: str
    line: int
    section: str | None = None


@dataclass(frozen=True)
class Item:
    """One drafted statement.

    ``kind`` is one of ``subject``, ``category``, ``not_processed``, ``masked``, ``purpose``,
    ``retention``, ``organisation``, ``jurisdiction``. ``value`` is the category key, the entity,
    a :class:`Purpose`, a :class:`Retention` or a plain string; ``phrase`` is the policy's wording
    that triggered it ("email address", "trois ans").
    """

    kind: str
    subject: str | None
    value: Any
    confidence: float
    evidence: Evidence
    phrase: str = ""

    @property
    def included(self) -> bool:
        return self.confidence >= INCLUDE_AT

    @property
    def needs_review(self) -> bool:
        return self.confidence < REVIEW_BELOW


@dataclass(frozen=True)
class Purpose:
    name: str
    legal_basis: str
    categories: tuple[str, ...] = ()


@dataclass(frozen=True)
class Retention:
    """``duration`` + ``start`` (ISO 8601 and a FORMAT.md event) or ``rule`` (as_long_as_necessary)."""

    duration: str | None = None
    start: str | None = None
    rule: str | None = None
    note: str | None = None
    vague: str | None = None
    #: the policy names the starting event ("after the end of the contract"), not assumed
    explicit_start: bool = False
    #: the data categories the period's own clause names ("Données de santé : 30 ans"): a period
    #: said of everyone reaches only the people who hold such data
    data: tuple[str, ...] = ()

    def key(self) -> tuple[str, ...]:
        """A comparable form: ``("P5Y", "end_of_relationship")`` or ``("as_long_as_necessary",)``."""
        if self.rule:
            return (self.rule,)
        return (self.duration or "", self.start or "")


@dataclass
class SubjectDraft:
    """Everything drafted for one data subject (e.g. ``customer``)."""

    id: str
    label: str | None
    subject_item: Item
    categories: list[Item] = field(default_factory=list)
    not_processed: list[Item] = field(default_factory=list)
    masked: list[Item] = field(default_factory=list)
    purposes: list[Item] = field(default_factory=list)
    retention: Item | None = None

    def category_keys(self) -> list[str]:
        return [i.value for i in self.categories if i.included]
