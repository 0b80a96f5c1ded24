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

On the lowercased pattern, a top-level alternation whose every alternative opens on a literal is
also grouped by that literal, and each group again by the literal that follows ("controller|
company name|..." as "c(?:o(?:ntroller|mpany name))|..."): ``re`` tries each alternative in turn
at every position of the line, so ninety alternatives cost ninety tries where two dozen opening
letters cost two dozen (the controller's trigger words on a 5 MB policy: 0.85 s, 0.33 s grouped
once, 0.20 s grouped at every letter). Alternatives that open on the same literal keep their order
and no two with different openings can match at one position, so every match is the same.
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
    low = re.compile(body.lower(), rx.flags & ~re.IGNORECASE)
    if low.groups or low.flags & re.VERBOSE:
        return low  # (regrouped, its groups would be numbered in another order)
    return re.compile(by_opening(low.pattern), low.flags)


def alternatives(body: str) -> list[str] | None:
    """The top-level alternatives of a pattern's text (one when it has no top-level ``|``), or
    None when a group or a class is left open (then nothing is regrouped)."""
    parts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(body):
        c = body[i]
        if c == "\\":
            i += 2  # an escaped character, whatever it is
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1 if body[i + 1:i + 2] == "^" else 0
            i += 1 if body[i + 1:i + 2] == "]" else 0  # "[]…]", "[^]…]": that "]" is a member
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
        i += 1
    if depth or in_class:
        return None
    return [*parts, body[start:]]


def _opening(alternative: str) -> str | None:
    """The literal an alternative must open on ("c" of "controller", "\\(" of "\\(we"), or None
    (a class, a group, an anchor, an escape such as "\\b", or a literal made optional)."""
    if alternative[:1] == "\\":
        lead = alternative[:2] if alternative[1:2] and not alternative[1].isalnum() else ""
    else:
        lead = alternative[:1] if alternative[:1] not in ".^$*+?{}[]()|\\" else ""
    if not lead or alternative[len(lead):len(lead) + 1] in ("?", "*", "+", "{"):
        return None
    return lead


def by_opening(body: str) -> str:
    """``body`` with its top-level alternatives grouped by the literal each opens on (module
    docstring); ``body`` itself when it has one alternative or one that opens otherwise."""
    parts = alternatives(body)
    if parts is None or len(parts) < 2:
        return body
    groups: dict[str, list[str]] = {}
    for part in parts:
        lead = _opening(part)
        if lead is None:
            return body
        groups.setdefault(lead, []).append(part[len(lead):])
    if len(groups) == len(parts):
        return body
    return "|".join(lead + rests[0] if len(rests) == 1 else f"{lead}(?:{by_opening('|'.join(rests))})"
                    for lead, rests in groups.items())


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
