"""A user's own recognizer, loaded by dotted path in test_registry.py (not part of ropa)."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer


class KvkRecognizer(PatternRecognizer):
    """Dutch Chamber of Commerce number (8 digits), as a user would add it."""

    ROPA_CATEGORIES = {"NL_KVK": "professional.company_id"}

    def __init__(self, supported_language: str = "nl"):
        super().__init__(
            supported_entity="NL_KVK",
            patterns=[Pattern("KvK", r"(?<![0-9])KVK[ ]?[0-9]{8}(?![0-9])", 0.6)],
            supported_language=supported_language,
        )


class NotARecognizer:
    """Refused by the registry: not a Presidio recognizer."""
