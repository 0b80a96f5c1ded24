"""PERSON and LOCATION in running text: spaCy NER through Presidio's NLP engine.

ropa ships one spaCy model, ``fr_core_news_sm``. It is French, but person names in English and
Dutch sentences are capitalised words in the same positions, and it tags many of them too; ropa
analyses all free text with it (``text_language: fr`` in ``registry.yaml``). Its false positives on
short capitalised words ("Bonjour", "IBAN", "Merci") are filtered here, in the recognizer, so a
plain Presidio user of :class:`SpacyNerRecognizer` gets the same behaviour.

Presidio's ``SpacyNlpEngine.load`` downloads a missing model; ropa must never download at run time,
so :func:`create_nlp_engine` checks that the model is installed first and says how to install it.

Only the components ropa uses are loaded (:data:`EXCLUDED`). NER has its own embedding layer in
``fr_core_news_sm`` (the shared ``tok2vec`` feeds only the morphologizer and the parser), the
morphologizer and attribute ruler give the part of speech :func:`_has_noun` reads; the dependency
parser and the rule lemmatizer serve nothing here, and the lemmatizer's tables are most of the
model's load time (about 1.5 s of CPU of the 2 s). Presidio matches context words against lemmas,
as substrings ("numéro" in "numéros"), so the lower-cased word stands in for the lemma
(:data:`LEMMA_COMPONENT`); plural nouns and most inflections still contain the context word. The
exceptions are the conjugated forms of the French verbs among the context words ("né" for
"naître", "appelez" for "appeler"): :data:`CONTEXT_LEMMAS` gives those the lemma spaCy's own
lemmatizer gives them (``tests/classifiers/test_freetext.py`` checks that it does).
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from spacy.language import Language
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from classifiers.text.gazetteer import is_first_name

DEFAULT_MODEL = "fr_core_news_sm"
ENTITY_MAPPING = {"PER": "PERSON", "PERSON": "PERSON", "LOC": "LOCATION", "GPE": "LOCATION"}

_CAPITALISED = re.compile(r"^[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*$")
_HAS_DIGIT = re.compile(r"\d")

# Loaded components of the model: tok2vec, morphologizer, attribute_ruler, ner (see module doc).
EXCLUDED = ("parser", "lemmatizer")
LEMMA_COMPONENT = "ropa_lower_lemma"


def _forms(lemma: str, *forms: str) -> dict[str, str]:
    return {form: lemma for form in forms}


# Conjugated forms of the verbs that are context words (naître, appeler, rappeler, joindre), which do
# not contain their infinitive; every other word's lemma is its lower-cased form.
CONTEXT_LEMMAS: dict[str, str] = {
    **_forms("naître", "né", "née", "nés", "nées", "naît", "naissent", "naquit"),
    **_forms("appeler", "appelle", "appelez", "appelons", "appellent", "appelé",
             "appelée", "appellerai", "appellerez"),
    **_forms("rappeler", "rappelle", "rappelez", "rappelons", "rappellent", "rappelé",
             "rappelée", "rappellerai", "rappellerez"),
    **_forms("joindre", "joint", "joignez", "joignons", "joignent"),
}


@Language.component(LEMMA_COMPONENT)
def _lower_lemma(doc):
    """The lower-cased word as its lemma: what Presidio's context words are matched against."""
    for token in doc:
        lower = token.lower_
        token.lemma_ = CONTEXT_LEMMAS.get(lower, lower)
    return doc



# Moved to a module of its own (no Presidio import) so ``ropa draft`` can use it; re-exported here.
from classifiers.text.token_match import (  # noqa: E402,F401
    _ALTERNATIVE, _BIG_PATTERN, factor_alternatives, factored_token_match,
)


class ModelNotInstalledError(RuntimeError):
    """The spaCy model ropa needs for free text is not installed (and will not be downloaded)."""


def create_nlp_engine(model: str = DEFAULT_MODEL, language: str = "fr") -> SpacyNlpEngine:
    """A loaded Presidio ``SpacyNlpEngine`` for ``model``, or a clear error if it is missing."""
    import spacy
    import spacy.util

    if not spacy.util.is_package(model):
        raise ModelNotInstalledError(
            f"spaCy model {model!r} is not installed, and ropa does not download models at run "
            f"time. Install it with `pip install {model.replace('_', '-')}` (it is a dependency of "
            f"ropa; `pip install -e .` installs it), then run again."
        )
    engine = SpacyNlpEngine(
        models=[{"lang_code": language, "model_name": model}],
        ner_model_configuration=NerModelConfiguration(
            model_to_presidio_entity_mapping=ENTITY_MAPPING,
            labels_to_ignore=["MISC", "ORG"],
        ),
    )
    # Presidio's own load() would load every component (and download a missing model).
    with factored_token_match():
        nlp = spacy.load(model, exclude=list(EXCLUDED))
    nlp.add_pipe(LEMMA_COMPONENT, last=True)
    engine.nlp = {language: nlp}
    return engine


def plausible_person(span: str) -> bool:
    """Two or more capitalised words ("Marie Dupont"), or one listed first name ("Marie")."""
    if _HAS_DIGIT.search(span) or len(span) > 60:
        return False
    words = span.split()
    if any(is_first_name(w) for w in words):
        return True
    capitalised = [w for w in words if _CAPITALISED.match(w) and w[0].isupper() and not w.isupper()]
    return len(capitalised) >= 2


def plausible_location(span: str) -> bool:
    """A capitalised place name: no digits, not an acronym, at least three letters."""
    text = span.strip()
    return (
        len(text) >= 3
        and not _HAS_DIGIT.search(text)
        and text[0].isupper()
        and not (text.isupper() and len(text) <= 5)
    )


class SpacyNerRecognizer(SpacyRecognizer):
    """Presidio's spaCy recognizer for PERSON and LOCATION, with the spans checked for shape."""

    ENTITIES = ["PERSON", "LOCATION"]

    def __init__(
        self,
        supported_language: str = "fr",
        supported_entities: list[str] | None = None,
        ner_strength: float = 0.85,
        context: list[str] | None = None,
        name: str | None = None,
    ):
        super().__init__(
            supported_language=supported_language,
            supported_entities=supported_entities if supported_entities else list(self.ENTITIES),
            ner_strength=ner_strength,
            context=context,
            name=name,
        )

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """spaCy's spans, minus those whose shape cannot be a person or a place."""
        kept = []
        doc = getattr(nlp_artifacts, "tokens", None)
        for result in super().analyze(text, entities, nlp_artifacts):
            span = text[result.start : result.end]
            if result.entity_type == "PERSON" and not plausible_person(span):
                continue
            if result.entity_type == "LOCATION" and not plausible_location(span):
                continue
            if doc is not None and not _has_noun(doc, result.start, result.end):
                continue  # "Appelez", "Merci": a capitalised verb or interjection, not a name
            kept.append(result)
        return kept


def _has_noun(doc, start: int, end: int) -> bool:
    """The span holds a proper or common noun according to spaCy's tagger."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    return any(token.pos_ in ("PROPN", "NOUN") for token in span)
