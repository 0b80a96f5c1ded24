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
TOTAL_CHARS = 400_000  # characters analysed per call at most (about 5 s of spaCy on 2 cores)

_lock = threading.Lock()
_analysis_lock = threading.Lock()  # spaCy pipelines are not documented as thread-safe
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
    """Cut texts into pieces; past :data:`TOTAL_CHARS`, later texts are only read in part: every
    text keeps at least its first piece, so a column of huge cells still gets all its cells looked
    at."""
    pieces, owners, total = [], [], 0
    for index, text in enumerate(texts):
        for offset in range(0, max(len(text), 1), MAX_TEXT_CHARS):
            if offset and total >= TOTAL_CHARS:
                break
            piece = text[offset : offset + MAX_TEXT_CHARS]
            pieces.append(piece)
            owners.append((index, offset))
            total += len(piece)
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
    with _analysis_lock:
        analysed = list(_analyse(engine, language, wanted, pieces))
    for (index, offset), results in zip(owners, analysed):
        for result in results:
            detections.append(
                Detection(index, result.entity_type, offset + result.start, offset + result.end, result.score)
            )
    return detections


def _analyse(engine: "AnalyzerEngine", language: str, wanted: list[str] | None, pieces: list[str]):
    """spaCy over all pieces in batches (nlp.pipe), then every recognizer on each piece."""
    artifacts = engine.nlp_engine.process_batch(pieces, language, batch_size=32)
    for piece, nlp_artifacts in artifacts:
        yield engine.analyze(
            piece,
            language=language,
            entities=wanted,
            nlp_artifacts=nlp_artifacts,
            score_threshold=SCORE_THRESHOLD,
        )
