"""Which of English, French and Dutch a policy is written in (``ropa draft --lang auto``).

A stop-word ratio, using spaCy's own stop-word lists: function words ("the", "les", "het") make up
a third to a half of any running text and are nearly disjoint between the three languages, so the
share of a text's words found in each list separates them reliably on a paragraph or more. No
model, no download, no extra dependency (langdetect/fastText would add both). The price: a single
short line can be ambiguous; :func:`detect` then refuses rather than guesses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from catalog.errors import RopaError
from classifiers.text.token_match import factored_token_match

SUPPORTED: tuple[str, ...] = ("en", "fr", "nl")
#: Fewer words than this and the ratios are noise.
MIN_WORDS = 6
#: The winner must hold at least this share of the words...
MIN_RATIO = 0.25
#: ...and beat the runner-up by this factor, else the text is not clearly one of the three.
MIN_MARGIN = 1.25

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


class LanguageError(RopaError, ValueError):
    """The policy's language could not be determined or is not supported (terminal)."""


@dataclass(frozen=True)
class Detection:
    """The detected language and the stop-word ratio of each candidate (for reports and tests)."""

    language: str
    ratios: dict[str, float]
    words: int


@lru_cache(maxsize=None)
def _stop_words(lang: str) -> frozenset[str]:
    # Import the stop-word module only: building a pipeline is not needed to read a word list.
    # Importing it imports ``spacy.lang.fr``, which compiles the French TOKEN_MATCH: factored.
    with factored_token_match():
        if lang == "en":
            from spacy.lang.en.stop_words import STOP_WORDS
        elif lang == "fr":
            from spacy.lang.fr.stop_words import STOP_WORDS
        elif lang == "nl":
            from spacy.lang.nl.stop_words import STOP_WORDS
        else:  # pragma: no cover - guarded by SUPPORTED
            raise LanguageError(f"unsupported language {lang!r}")
    return frozenset(w.lower() for w in STOP_WORDS)


def _words(text: str) -> list[str]:
    words = []
    for w in _WORD.findall(text.lower()):
        # "l'adresse" / "d’expérience": the elided article is the stop word that tells French.
        head, sep, _tail = w.replace("’", "'").partition("'")
        words.append(head + sep if sep else w)
        if sep:
            words.append(head)
    return words


def ratios(text: str) -> tuple[dict[str, float], int]:
    """Share of the text's words that are stop words of each supported language."""
    words = _words(text)
    if not words:
        return {lang: 0.0 for lang in SUPPORTED}, 0
    return {
        lang: sum(1 for w in words if w in _stop_words(lang)) / len(words) for lang in SUPPORTED
    }, len(words)


def detect(text: str) -> Detection:
    """The language of ``text`` among :data:`SUPPORTED`; :class:`LanguageError` when unclear."""
    scores, n = ratios(text)
    if n < MIN_WORDS:
        raise LanguageError(
            f"cannot tell the language of a text of {n} words; "
            "pass --lang en|fr|nl to say which it is"
        )
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < MIN_RATIO or top < second * MIN_MARGIN:
        shown = ", ".join(f"{lang} {r:.2f}" for lang, r in ranked)
        raise LanguageError(
            f"the policy does not read clearly as English, French or Dutch (stop-word ratios: "
            f"{shown}); pass --lang en|fr|nl if it is one of them"
        )
    return Detection(language=best, ratios=scores, words=n)
