"""The literal text every match of a regular expression must contain, read from ``re``'s parser.

The controller's identity patterns (flows/draft/controller.py) are tried one after the other on
every line that mentions a trigger word: some 85 patterns, most opening on a name that may start
at any capital letter, so each scans the whole line. Most cannot match a given line because a
word they require ("controller", "dont le siège", "gevestigd") is not in it, and ``str.__contains__``
says so far faster than the pattern does. ``required_literals`` finds those words from the
pattern itself, so a pattern and its pre-check cannot drift apart.

Sound by construction, not by sampling: only literal runs on the pattern's mandatory path are
taken (its top-level sequence, plain groups, and the body of a repeat that must occur at least
once); a branch, an optional part, a class or a group that changes flags ends a run and gives
nothing. ``re`` has no public parser, so its private one is used; should its shape change, the
function gives no literals and every pattern simply runs, as before.
"""
from __future__ import annotations

import re

try:  # Python 3.11+: the parser lives in re._parser (sre_parse is its deprecated alias)
    from re import _constants as _c, _parser as _p
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

#: Shorter runs filter little ("de", "is") and cost a search each.
MIN_LENGTH = 3


def required_literals(rx: re.Pattern[str]) -> tuple[str, ...]:
    """Strings every match of ``rx`` contains (longest first); empty when none can be told, or
    when the pattern ignores case (a plain ``in`` would then be wrong)."""
    if rx.flags & re.IGNORECASE:
        return ()
    try:
        parsed = _p.parse(rx.pattern, rx.flags)
    except Exception:  # noqa: BLE001 - a private API: on any surprise, claim nothing
        return ()
    found: list[str] = []
    _walk(parsed, found)
    return tuple(sorted(set(found), key=len, reverse=True))


def _walk(sequence, found: list[str]) -> None:
    run: list[str] = []

    def flush() -> None:
        if len(run) >= MIN_LENGTH:
            found.append("".join(run))
        run.clear()

    for op, arg in sequence:
        if op is _c.LITERAL:
            run.append(chr(arg))
        elif op is _c.SUBPATTERN and not arg[1] and not arg[2]:
            # a plain group is part of the sequence: walk it on its own (a run does not cross
            # its edges: shorter, still sound); a group that adds or removes flags (it may
            # ignore case) gives nothing
            inner: list[str] = []
            _walk(arg[3], inner)
            flush()
            found.extend(inner)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and arg[0] >= 1:
            flush()
            _walk(arg[2], found)  # the body occurs at least once
        else:
            flush()  # a branch, a class, an anchor, an optional part: no run goes through it
    flush()
