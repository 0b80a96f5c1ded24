"""Case-insensitive searches made fast: the lowercased pattern on the lowercased text.

Python's ``re`` cannot skip ahead to a candidate first character under IGNORECASE, so a
case-insensitive alternation of words is tried at every position of every line: on a long
policy, the controller's trigger words and the activities that name people ("newsletter",
"formulaire de contact") were a good part of the draft's time. A case-insensitive match is
exactly a case-sensitive match of the lowercased pattern on the lowercased text when

- the pattern's letters are ASCII or in ``FOLD_SAFE`` (for each, ``re``'s IGNORECASE
  equivalence is equality after ``str.lower()``; checked over all of Unicode when the list was
  written), it holds no escape in capitals (``\\S``, ``\\W``: lowercased they mean the opposite),
  no class range outside ASCII and no part that turns case-sensitivity back on;
- the text holds none of ``FOLD_TRAPS`` (the only characters whose lowercase is two characters
  long, or that ``re`` equates with an ASCII letter their lowercase is not), so lowercasing
  keeps every offset too.

Then the fast path is taken; otherwise the pattern's own search.
"""
from __future__ import annotations

import re
from typing import Callable

#: Letters and signs a pattern may hold outside ASCII and still be matched on lowercased text.
FOLD_SAFE = frozenset("àâäçèéêëîïôöùûüÿœæñ«»‘’“”–—…°")
#: dotted I and dotless i (lowercase to two characters, or fold to "i"), long s (folds to "s")
FOLD_TRAPS = re.compile("[\u0130\u0131\u017f]")


def lowered(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """``rx`` (case-insensitive) as a case-sensitive pattern for lowercased text, or None when
    lowercasing would change what it matches (module docstring)."""
    body = rx.pattern.removeprefix("(?i)")
    if not (rx.flags & re.IGNORECASE):
        return None
    if ("(?-i" in body or re.search(r"\\[A-Z]", body)
            or any(not c.isascii() and c.lower() not in FOLD_SAFE for c in body)
            or re.search(r"[^\x00-\x7f]-|-[^\x00-\x7f]", body)):
        return None
    return re.compile(body.lower(), rx.flags & ~re.IGNORECASE)


def foldable(text: str) -> bool:
    """Whether ``text`` may be searched lowercased (it holds no ``FOLD_TRAPS``)."""
    return text.isascii() or not FOLD_TRAPS.search(text)


def fast_search(rx: re.Pattern[str]) -> Callable[[str], "re.Match[str] | None"]:
    """``rx.search``, on the lowercased text when that gives the same matches. The match is the
    lowercased copy's: its offsets are the text's, its groups in lowercase."""
    low = lowered(rx)
    if low is None:
        return rx.search
    fast, slow = low.search, rx.search
    return lambda text: fast(text.lower()) if foldable(text) else slow(text)
