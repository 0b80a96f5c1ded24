"""HEALTH_DATA: a lexicon of health terms in English, French and Dutch (GDPR art. 9).

Health data is a special category: a transcript saying "I'm off sick with depression" or a column
of diagnoses must surface even though no pattern or checksum describes it. Terms live in
``health_terms.yaml``: *strong* terms (a condition, a treatment, a health status) score 0.5 alone;
*weak* ones (doctor, hospital) score 0.15 and count only with a context word nearby. Presidio's
``deny_list`` gives one score for all terms, so the two lists become two ``Pattern``s instead.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

import regex
import yaml
from presidio_analyzer import Pattern

from classifiers.recognizer import RopaPatternRecognizer
from classifiers.spec import LETTERS_RE2 as LETTERS
from classifiers.spec import CellSpec

_TERMS_FILE = Path(__file__).with_name("health_terms.yaml")


def _ascii(term: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", term) if not unicodedata.combining(ch)
    )


@lru_cache(maxsize=1)
def terms() -> dict[str, tuple[str, ...]]:
    """``{"strong": (...), "weak": (...)}``, accent-free variants included, longest first."""
    from classifiers.registry import SAFE_LOADER

    data = yaml.load(_TERMS_FILE.read_text(encoding="utf-8"), Loader=SAFE_LOADER)  # noqa: S506 (safe)
    out: dict[str, tuple[str, ...]] = {}
    for strength in ("strong", "weak"):
        words: set[str] = set()
        for language_terms in data[strength].values():
            for term in language_terms:
                words.update({str(term).lower(), _ascii(str(term)).lower()})
        out[strength] = tuple(sorted(words, key=len, reverse=True))
    return out


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(regex.escape(w) for w in words)


_RE2_SPECIAL = set(r"\.^$*+?()[]{}|-")


def _re2_alternation(words: tuple[str, ...]) -> str:
    """Literal alternation for RE2: escape its metacharacters only (RE2 rejects ``\\ ``)."""
    return "|".join("".join("\\" + ch if ch in _RE2_SPECIAL else ch for ch in w) for w in words)


def health_cell_spec() -> CellSpec:
    """Column test: a cell mentioning a strong health term (a diagnosis column, a notes column)."""
    return CellSpec(
        candidate=rf"(?i)(^|[^{LETTERS}])({_re2_alternation(terms()['strong'])})([^{LETTERS}]|$)",
        checksum=False,
        compact=False,
        chance_rate=0.01,
        ceiling=0.9,
        hint_ceiling=0.95,
        method="lexicon",
    )


class HealthTermRecognizer(RopaPatternRecognizer):
    """Mentions of health conditions, treatments and care."""

    ENTITY = "HEALTH_DATA"
    CONTEXT = [
        "health", "medical", "diagnosis", "condition", "treatment", "sick",
        "santé", "médical", "maladie", "diagnostic", "traitement", "soins", "malade",
        "gezondheid", "medisch", "ziekte", "diagnose", "behandeling", "ziek", "zorg",
    ]

    def default_patterns(self) -> list[Pattern]:
        """Built from ``health_terms.yaml`` when first needed, not at import."""
        return [
            Pattern("health term", rf"(?<!\w)(?:{_alternation(terms()['strong'])})(?!\w)", 0.5),
            Pattern("health care word", rf"(?<!\w)(?:{_alternation(terms()['weak'])})(?!\w)", 0.15),
        ]

    @property
    def CELLS(self) -> tuple[CellSpec, ...]:  # noqa: N802 - same name as the other recognizers' attribute
        return (health_cell_spec(),)
