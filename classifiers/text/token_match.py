"""spaCy's French TOKEN_MATCH compiled factored: the same words, compiled about 3x faster.

Importing ``spacy.lang.fr`` compiles one 1.4-million-character expression (about 2 s of CPU). Both
the scanner's model (:mod:`classifiers.text.ner`) and ``ropa draft`` (whose language detection and
French pipeline import ``spacy.lang.fr``) pay it once per process; this module holds no heavy
import, so the drafter can use it without loading Presidio.
"""

from __future__ import annotations

import contextlib
import re
from collections import OrderedDict
from typing import Iterator

_BIG_PATTERN = 100_000  # characters: only spaCy's French TOKEN_MATCH is this long
_ALTERNATIVE = re.compile(r"\^([^\[\\(]*)(.*)$", re.S)


def factor_alternatives(pattern: str) -> str | None:
    """The same language as ``pattern``, compiled 2-3 times faster; None if not of the expected form.

    spaCy's French tokenizer keeps words such as ``sous-sol`` or ``Saint-Étienne`` whole with one
    expression of 266 alternatives ``(?:^<word><tail>)``, each repeating the same letter classes
    (1.4 million characters, ``(?iu)``). Python compiles it in about 3 s, every time the model
    loads. Alternatives that share their tail are grouped, ``^(?:<word1>|<word2>)<tail>``: the
    same set of strings matches (spaCy only asks *whether* a token matches), and the classes are
    compiled 96 times instead of 266. ``tests/classifiers/test_freetext.py`` checks the two on
    every tokenizer exception and thousands of generated words.
    """
    head = "(?iu)(?:"
    if not (pattern.startswith(head) and pattern.endswith(")")):
        return None
    alternatives = pattern[len(head) : -1].split(")|(?:")
    if "(?iu)" + "|".join(f"(?:{a})" for a in alternatives) != pattern:
        return None
    groups: OrderedDict[str, list[str]] = OrderedDict()
    for alternative in alternatives:
        match = _ALTERNATIVE.match(alternative)
        if match is None:
            return None
        groups.setdefault(match.group(2), []).append(match.group(1))
    return "(?iu)" + "|".join(f"(?:^(?:{'|'.join(words)}){tail})" for tail, words in groups.items())


@contextlib.contextmanager
def factored_token_match() -> Iterator[None]:
    """While spaCy's French language and model load, compile its TOKEN_MATCH factored.

    The expression is compiled where spaCy imports ``spacy.lang.fr`` and again where the model's
    tokenizer is read from disk; ``re.compile`` is wrapped for that time only, and passes every
    other pattern through unchanged (other models' languages included). If ``spacy.lang.fr`` was
    imported earlier in the process, its TOKEN_MATCH was compiled the slow way then; only the
    model's copy is factored.
    """
    original = re.compile

    def compile_factored(pattern, flags=0):  # type: ignore[no-untyped-def]
        if isinstance(pattern, str) and len(pattern) > _BIG_PATTERN and not flags:
            factored = factor_alternatives(pattern)
            if factored is not None:
                return original(factored)
        return original(pattern, flags)

    re.compile = compile_factored  # type: ignore[assignment]
    try:
        yield  # spacy.load imports spacy.lang.<lang> here, whose module body compiles TOKEN_MATCH
    finally:
        re.compile = original  # type: ignore[assignment]
