"""Is a short cell a person's name? A look-up of its words in lists of common names.

spaCy's NER is slow on hundreds of short cells and weak on them (a bare "Dupont" has no sentence
around it), so name *columns* are judged from the column name, the shape of the values and this
gazetteer; NER is kept for free text. A cell counts as a known name when one of its words (or a
two- or three-word run, for "de Jong", "Van den Broeck") is a listed first name or family name, or
when a hyphenated word is made only of listed first names ("Jean-Baptiste").

The lists (``first_names.txt``, ``surnames.txt``) are curated by hand; see their headers.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from classifiers.spec import LETTERS_RE2 as LETTERS
from classifiers.spec import CellSpec

_HERE = Path(__file__).parent
_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")

# What a name cell looks like: 1 to 5 words of letters (with ' - .), nothing else. RE2.
NAME_SHAPE_RE2 = rf"^[{LETTERS}][{LETTERS}'’.\-]*( +[{LETTERS}][{LETTERS}'’.\-]*){{0,4}}$"

NAME_CELL = CellSpec(
    candidate=NAME_SHAPE_RE2,
    compact=False,
    # Share of name-shaped cells of *other* columns (cities, products, labels) that hit the lists:
    # measured 3-8 % on city and product lists; 0.1 leaves a margin.
    chance_rate=0.1,
    ceiling=0.9,
    hint_ceiling=0.97,
    method="gazetteer",
    length=(2, 60),
)


def fold(text: str) -> str:
    """Lower case without accents: the form names are compared in."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")


def _read(name: str) -> frozenset[str]:
    lines = (_HERE / name).read_text(encoding="utf-8").splitlines()
    return frozenset(fold(line.strip()) for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Folded first names."""
    return _read("first_names.txt")


@lru_cache(maxsize=1)
def names() -> frozenset[str]:
    """Folded first and family names, multi-word family names included."""
    return first_names() | _read("surnames.txt")


def is_known_name(value: str) -> bool:
    """True when the cell contains a listed first or family name.

    >>> is_known_name("Jeanne Martin"), is_known_name("DE JONG"), is_known_name("Saint-Étienne")
    (True, True, False)
    """
    known = names()
    words = [fold(w) for w in _TOKEN.findall(value)]
    for i, word in enumerate(words):
        if len(word) >= 3 and word in known:
            return True
        if "-" in word and all(part in first_names() for part in word.split("-")):
            return True
        for size in (2, 3):
            if i + size <= len(words) and " ".join(words[i : i + size]) in known:
                return True
    return False


def is_first_name(word: str) -> bool:
    """One word (or a hyphenated compound of them) is a listed first name."""
    folded = fold(word.strip())
    return folded in first_names() or (
        "-" in folded and all(part in first_names() for part in folded.split("-"))
    )
