"""Fixtures of the classifier tests: one random generator per test, spaCy loaded once."""

from __future__ import annotations

import random

import pytest


@pytest.fixture
def rng() -> random.Random:
    return random.Random(20240501)


@pytest.fixture(scope="session")
def analyzer():
    """Presidio's AnalyzerEngine with ropa's registry and spaCy, loaded once per session."""
    from classifiers.text.analyzer import analyzer as shared

    return shared()
