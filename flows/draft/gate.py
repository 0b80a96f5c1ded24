"""Exact pre-filters for ``ropa draft``'s matchers: which lines cannot match anything.

A policy is read one line (layout unit) at a time, and most of a long policy's time went into
running the token ``Matcher`` and the duration ``Matcher`` over every line, although most lines
hold none of the words their patterns need: a ``{regex: "^customer'?s$"}`` pattern, a
"legitimate interest" token pattern, "<number> <unit>" for retention periods. A match needs, for
every token spec a pattern requires (no ``OP``, or ``OP: "+"``), some token of the line that meets
the spec's ``LOWER`` / ``ORTH`` / ``TEXT`` test; a phrase needs its first token's lowercase form.
:class:`Gate` checks exactly those conditions on the line's distinct tokens (set lookups; each
distinct token string is tested against each spec once per process) and the matcher runs only
when they hold.

The test is a *necessary* condition, never a sufficient one: when it says "may match" the matcher
runs as before; when it says "cannot", the matcher would have returned nothing. A draft is
therefore the same with and without the gate (``tests/flows/test_draft_gate.py`` checks it on the
seeds, the public policies and lines built to sit on the gate's edges). It is built from the same
compiled patterns the matchers are given, so it cannot drift from the lexicons; a spec it does not
understand (another attribute, an operator it does not model) counts as "may match", so a new kind
of lexicon entry makes the gate more permissive, never wrong.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Iterable

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc
from spacy.vocab import Vocab

#: Token attributes the gate understands, as spaCy resolves them (TEXT is ORTH).
_ATTRS = {"LOWER": LOWER, "ORTH": ORTH, "TEXT": ORTH}
#: Quantifiers that let a spec match zero tokens: such a spec is not required.
_MIN_COUNT = re.compile(r"^\{(\d*)(?:,\d*)?\}$")


def _required(spec: dict[str, Any]) -> bool:
    """Whether a match must hold a token meeting ``spec``: the Matcher's quantifiers (spaCy
    ``_get_operators``) that demand at least one token are none, ``1``, ``+`` and ``{n...}``
    with n >= 1; ``?``, ``*``, ``!`` and ``{,m}`` may match no token meeting it."""
    op = next((v for k, v in spec.items() if isinstance(k, str) and k.upper() == "OP"), None)
    if op is None or op in ("1", "+"):
        return True
    counted = _MIN_COUNT.match(str(op))  # {n}, {n,m}, {n,}, {,m}
    return bool(counted and counted.group(1) and int(counted.group(1)) >= 1)


def _predicate(value: Any) -> Callable[[str], bool] | None:
    """A test on one attribute's string, as the Matcher applies ``value``; None if not modelled."""
    if isinstance(value, str):
        return value.__eq__
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op == "IN" and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
            members = frozenset(arg)
            return members.__contains__
        if op == "REGEX" and isinstance(arg, str):
            search = re.compile(arg).search  # the Matcher uses re.search on the token's string
            return lambda s: search(s) is not None
    return None


class Gate:
    """Per-line "can these patterns match at all?" for one matcher's patterns (module docstring).

    ``patterns`` are Matcher token patterns (lists of specs); ``first_lowers`` are the lowercase
    forms of the first tokens of PhraseMatcher (``attr="LOWER"``) patterns. Either may be empty.
    """

    def __init__(self, vocab: Vocab, patterns: Iterable[list[dict[str, Any]]] = (),
                 first_lowers: Iterable[str] = ()) -> None:
        self.strings = vocab.strings
        self.always = False
        self.tests: list[tuple[int, Callable[[str], bool]]] = []
        self._index: dict[tuple[int, str], int] = {}  # the same spec in many patterns: one test
        #: per pattern, the indices of the tests it needs (each met by some token)
        self.needs: list[tuple[int, ...]] = []
        for pattern in patterns:
            needs: list[int] = []
            for spec in pattern:
                if not isinstance(spec, dict) or not _required(spec):
                    continue
                for key, value in spec.items():
                    attr = _ATTRS.get(str(key).upper())
                    test = _predicate(value) if attr is not None else None
                    if test is not None:
                        needs.append(self._test(attr, repr(value), test))
            if not needs:  # nothing required that the gate models: it may always match
                self.always = True
            self.needs.append(tuple(needs))
        firsts = frozenset(first_lowers)
        if firsts:
            self.needs.append((self._test(LOWER, repr(sorted(firsts)), firsts.__contains__),))
        # Per test, the token hashes already tested and those that passed (tokens repeat: each
        # distinct string is tested once per process, and only when a line reaches its test).
        self._seen: list[set[int]] = [set() for _ in self.tests]
        self._passing: list[set[int]] = [set() for _ in self.tests]

    def _test(self, attr: int, key: str, test: Callable[[str], bool]) -> int:
        if (attr, key) not in self._index:
            self._index[(attr, key)] = len(self.tests)
            self.tests.append((attr, test))
        return self._index[(attr, key)]

    def _met(self, i: int, values: dict[int, set[int]]) -> bool:
        attr, test = self.tests[i]
        found = values[attr]
        seen, passing = self._seen[i], self._passing[i]
        new = found - seen
        if new:
            strings = self.strings
            passing.update(h for h in new if test(strings[h]))
            seen |= new
        return not passing.isdisjoint(found)

    def may_match(self, doc: Doc, values: dict[int, set[int]] | None = None) -> bool:
        """False only when no pattern can match ``doc`` (then the matcher would find nothing).

        ``values`` is :func:`token_values` of ``doc``, when several gates look at one Doc."""
        if self.always:
            return True
        if not self.needs:
            return False
        values = token_values(doc) if values is None else values
        met: dict[int, bool] = {}
        for needs in self.needs:
            for i in needs:
                if i not in met:
                    met[i] = self._met(i, values)
                if not met[i]:
                    break
            else:
                return True
        return False


def token_values(doc: Doc) -> dict[int, set[int]]:
    """The distinct ``ORTH`` and ``LOWER`` hashes of a Doc's tokens (what :class:`Gate` reads)."""
    if not len(doc):
        return {ORTH: set(), LOWER: set()}
    both = doc.to_array([ORTH, LOWER])
    return {ORTH: set(both[:, 0].tolist()), LOWER: set(both[:, 1].tolist())}
