"""The peer: Presidio applied to tables the way its documentation shows, and nothing more.

presidio-structured's ``PandasAnalysisBuilder.generate_analysis`` runs Presidio's
``BatchAnalyzerEngine`` over every cell of a DataFrame sample and names one entity per column (the
most common one). The analyzer uses Presidio's default recognizer registry. Presidio's NLP engine
needs a spaCy model; the only one installed here is ``fr_core_news_sm`` (there is no English
model), and Presidio's default recognizers are registered for language ``en``. So the engine maps
language ``en`` to ``fr_core_news_sm``: every pattern recognizer (e-mail, IBAN, credit card,
phone, IP, ...) runs, and names and places come from the French NER model. That is what a user
on this machine could run; the bench prints it.

``tldextract`` (used by Presidio's e-mail recognizer) would try to download the public suffix
list on first use; the environment variable below makes it use its bundled snapshot instead, as
nothing in ropa may download at run time. It must be set before tldextract is imported.
"""

from __future__ import annotations

import logging
import os
from importlib.metadata import version
from typing import Any

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

SPACY_MODEL = "fr_core_news_sm"

# Presidio entity -> ropa entity. Everything else Presidio says (DATE_TIME, NRP, URL,
# US_BANK_NUMBER, UK_NHS, ...) is kept under its own name and so counts as a wrong entity.
# DATE_TIME is not mapped to DATE_OF_BIRTH: Presidio cannot tell a birth date from an order date.
PRESIDIO_TO_ROPA = {
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "IBAN_CODE": "IBAN_CODE",
    "CREDIT_CARD": "CREDIT_CARD",
    "IP_ADDRESS": "IP_ADDRESS",
    "PERSON": "PERSON",
    "LOCATION": "LOCATION",
}


def map_entity(presidio_entity: str | None) -> str | None:
    """ropa's name for a Presidio entity, or Presidio's own name when ropa has no equivalent."""
    if presidio_entity is None:
        return None
    return PRESIDIO_TO_ROPA.get(presidio_entity, presidio_entity)


def make_analyzer() -> Any:
    """Presidio's AnalyzerEngine with default recognizers, spaCy 'en' -> fr_core_news_sm."""
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": SPACY_MODEL}],
    })
    return AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])


def describe() -> str:
    """One line saying exactly which Presidio was run and how."""
    return (f"presidio-structured {version('presidio-structured')} PandasAnalysisBuilder "
            f"(most_common), presidio-analyzer {version('presidio-analyzer')} default "
            f"recognizers, spaCy model for 'en' = {SPACY_MODEL} (no English model installed)")
