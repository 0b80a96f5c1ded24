"""Exact pre-filters for ``ropa draft``'s matchers: which lines cannot match anything.

A policy is read one line (layout unit) at a time, and most of a long policy's time went into
running the token ``Matcher`` and the duration ``Matcher`` over every line, although most lines
hold none of the words their patterns need: a ``{regex: "^customer'?s$"}`` pattern, a
"legitimate interest" token pattern, "<number> <unit>" for retention periods. A match needs, for
every token spec a pattern requires (no ``OP``, or ``OP: "+"``), some token of the line that meets
the spec's ``LOWER`` / ``ORTH`` / ``TEXT`` test; a phrase needs its first token's lowercase form.
:class:`Gate` checks exactly those conditions on the line's distinct tokens (each distinct token
string is tested against each spec once per process, then looked up) and the matcher runs only
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


class TokenTests:
    """The token tests of a set of gates, and which of them each distinct token string passes.

    Each test is one bit; a token's bits are computed the first time its string is met (then
    looked up), and a line's mask is the OR of its tokens' bits: one pass over a line serves
    every gate that shares these tests. A token's ``LOWER`` is its ``ORTH`` lowercased by the
    vocabulary's own getter, so both kinds of test are answered from the ``ORTH`` column alone
    (one column read per line rather than two: a 5 MB policy's masks took half the time).
    """

    def __init__(self, vocab: Vocab) -> None:
        self.strings = vocab.strings
        self._lower: Callable[[str], str] = vocab.lex_attr_getters.get(LOWER, str.lower)
        self.tests: list[tuple[int, Callable[[str], bool]]] = []
        self._index: dict[tuple[int, str], int] = {}  # the same spec in many patterns: one bit
        self._bits: dict[int, int] = {}  # token ORTH hash -> bits it passes
        self._fixed = False  # a line was read: a test added now would be missing from _bits

    def bit(self, attr: int, key: str, test: Callable[[str], bool]) -> int:
        """The bit of the test ``key`` on ``attr`` (added on first request)."""
        if (attr, key) not in self._index:
            if self._fixed:
                raise RuntimeError("token tests are fixed once a line has been read")
            self._index[(attr, key)] = len(self.tests)
            self.tests.append((attr, test))
        return 1 << self._index[(attr, key)]

    def mask(self, doc: Doc) -> int:
        """The tests some token of ``doc`` passes, as bits."""
        self._fixed = True
        if not len(doc) or not self.tests:
            return 0
        known = self._bits
        mask = 0
        for h in set(doc.to_array(ORTH).tolist()):
            bits = known.get(h)
            if bits is None:
                text = self.strings[h]
                lower = self._lower(text)
                bits = known[h] = sum(1 << i for i, (attr, test) in enumerate(self.tests)
                                      if test(text if attr == ORTH else lower))
            mask |= bits
        return mask


class Gate:
    """Per-line "can these patterns match at all?" for one matcher's patterns (module docstring).

    ``patterns`` are Matcher token patterns (lists of specs); ``first_lowers`` are the lowercase
    forms of the first tokens of PhraseMatcher (``attr="LOWER"``) patterns. Either may be empty.
    Gates that look at the same lines share one :class:`TokenTests` (``tests``).
    """

    def __init__(self, vocab: Vocab, patterns: Iterable[list[dict[str, Any]]] = (),
                 first_lowers: Iterable[str] = (), tests: TokenTests | None = None) -> None:
        self.tests = tests if tests is not None else TokenTests(vocab)
        self.always = False
        #: per pattern, the bits of the tests it needs (each met by some token of the line)
        self.needs: list[int] = []
        for pattern in patterns:
            needs = 0
            for spec in pattern:
                if not isinstance(spec, dict) or not _required(spec):
                    continue
                for key, value in spec.items():
                    attr = _ATTRS.get(str(key).upper())
                    test = _predicate(value) if attr is not None else None
                    if test is not None:
                        needs |= self.tests.bit(attr, repr(value), test)
            if not needs:  # nothing required that the gate models: it may always match
                self.always = True
            self.needs.append(needs)
        firsts = frozenset(first_lowers)
        if firsts:
            self.needs.append(self.tests.bit(LOWER, repr(sorted(firsts)), firsts.__contains__))
        self.needs = list(dict.fromkeys(self.needs))

    def may_match(self, doc: Doc, mask: int | None = None) -> bool:
        """False only when no pattern can match ``doc`` (then the matcher would find nothing).

        ``mask`` is ``self.tests.mask(doc)``, when several gates share the tests and the line."""
        if self.always:
            return True
        mask = self.tests.mask(doc) if mask is None else mask
        return any(mask & needs == needs for needs in self.needs)
