"""Base classes of ropa's pattern recognizers: declare patterns and a validator, inherit the rest.

Each recognizer is a plain Presidio ``PatternRecognizer`` subclass, usable in a Presidio
``RecognizerRegistry`` without ropa and built with Presidio's usual keywords (``patterns``,
``context``, ``supported_language``, ``supported_entity``, ``name``). What differs between them is
data, so a subclass declares it as class attributes, in the style of Presidio's predefined
recognizers:

* ``ENTITY`` and ``LANGUAGE``: the defaults of ``supported_entity`` and ``supported_language``;
* ``PATTERNS`` and ``CONTEXT``: the defaults of ``patterns`` and ``context``;
* ``CELLS``: how the column classifier applies it to a whole column (``classifiers/spec.py``);
* ``is_valid_value``: the one validator (python-stdnum, ``ipaddress``...), for :class:`ChecksumRecognizer`.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern, PatternRecognizer

from classifiers.spec import CellSpec


class RopaPatternRecognizer(PatternRecognizer):
    """A ``PatternRecognizer`` whose constructor defaults come from class attributes."""

    ENTITY: ClassVar[str]
    LANGUAGE: ClassVar[str] = "en"
    PATTERNS: ClassVar[list[Pattern]] = []
    CONTEXT: ClassVar[list[str]] = []
    # No default: a recognizer without CELLS gets the column classifier's generic test instead.
    CELLS: ClassVar[tuple[CellSpec, ...]]

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        supported_language: str | None = None,
        supported_entity: str | None = None,
        name: str | None = None,
    ):
        super().__init__(
            supported_entity=self.ENTITY if supported_entity is None else supported_entity,
            patterns=patterns if patterns else self.default_patterns(),
            context=context if context else self.CONTEXT,
            supported_language=self.LANGUAGE if supported_language is None else supported_language,
            name=name,
        )

    def default_patterns(self) -> list[Pattern]:
        """Fresh copies of ``PATTERNS``: Presidio caches the compiled regex on each ``Pattern``, so
        instances with different regex flags must not share them."""
        return [Pattern(p.name, p.regex, p.score) for p in self.PATTERNS]


class ChecksumRecognizer(RopaPatternRecognizer):
    """A pattern recognizer with a validator, used for column cells and text matches alike.

    Subclasses set ``is_valid_value`` (a static method, or ``staticmethod(stdnum_module.is_valid)``);
    the column classifier calls it on candidate cells, and :meth:`validate_result` on text matches.
    """

    #: What a text match that passes ``is_valid_value`` becomes: True confirms it (Presidio lifts the
    #: score to the maximum); None keeps the pattern's low score, for checks that pass about one
    #: random number in ten (Luhn, the 11-proef), so that only a context word nearby makes it count.
    #: A match that fails the check is dropped either way.
    VALID_MATCH: ClassVar[bool | None] = True

    @staticmethod
    def is_valid_value(value: str) -> bool:
        """Whether ``value`` as a whole is the entity (checksum, format, parse)."""
        raise NotImplementedError("set is_valid_value on the recognizer class")

    def validate_result(self, pattern_text: str) -> bool | None:  # noqa: D102
        return self.VALID_MATCH if self.is_valid_value(pattern_text) else False
