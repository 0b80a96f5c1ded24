"""Presidio's AnalyzerEngine over free text: messages, notes, transcripts, whole text files.

Built once per process and only when free text first appears (loading the spaCy model takes a few
seconds), from ropa's registry (``classifiers/registry.yaml``) and the spaCy NLP engine of
``classifiers/text/ner.py``. Texts go through spaCy in batches (``nlp.pipe``), then every
recognizer runs on each text with the NLP artifacts, so context words lift weak patterns.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Sequence

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine

# Presidio scores below this are dropped. Weak patterns (a bare 9-digit BSN, a date) score 0.05-0.3
# and reach it only with a context word (Presidio adds 0.35 and floors at 0.4).
SCORE_THRESHOLD = 0.4
MAX_TEXT_CHARS = 5000  # longer cells are cut into pieces of this size (spaCy cost is linear)

_lock = threading.Lock()
_engine: "AnalyzerEngine | None" = None


@dataclass(frozen=True)
class Detection:
    """One entity found in one text; ``text_index`` says which. The span stays in the caller."""

    text_index: int
    entity: str
    start: int
    end: int
    score: float


def analyzer() -> "AnalyzerEngine":
    """The shared AnalyzerEngine (thread-safe lazy construction)."""
    global _engine
    if _engine is None:
        with _lock:
            if _engine is None:
                from presidio_analyzer import AnalyzerEngine

                from classifiers.registry import default_registry
                from classifiers.text.ner import create_nlp_engine

                registry = default_registry()
                language = registry.text_language
                nlp_engine = create_nlp_engine(registry.nlp_models[language], language)
                _engine = AnalyzerEngine(
                    registry=registry.presidio_registry([language]),
                    nlp_engine=nlp_engine,
                    supported_languages=[language],
                )
    return _engine


def _pieces(texts: Sequence[str]) -> tuple[list[str], list[tuple[int, int]]]:
    pieces, owners = [], []
    for index, text in enumerate(texts):
        for offset in range(0, max(len(text), 1), MAX_TEXT_CHARS):
            pieces.append(text[offset : offset + MAX_TEXT_CHARS])
            owners.append((index, offset))
    return pieces, owners


def analyze_texts(texts: Sequence[str], entities: Iterable[str] | None = None) -> list[Detection]:
    """Every detection at or above :data:`SCORE_THRESHOLD` in ``texts``."""
    if not texts:
        return []
    engine = analyzer()
    language = engine.supported_languages[0]
    wanted = list(entities) if entities is not None else None
    pieces, owners = _pieces(texts)
    detections: list[Detection] = []
    artifacts = engine.nlp_engine.process_batch(pieces, language, batch_size=32)
    for (index, offset), (piece, nlp_artifacts) in zip(owners, artifacts):
        results = engine.analyze(
            piece,
            language=language,
            entities=wanted,
            nlp_artifacts=nlp_artifacts,
            score_threshold=SCORE_THRESHOLD,
        )
        for result in results:
            detections.append(
                Detection(index, result.entity_type, offset + result.start, offset + result.end, result.score)
            )
    return detections
