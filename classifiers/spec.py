"""How a recognizer is applied to a whole column rather than to running text.

Presidio recognizers look for entities *inside* text. A column classifier asks a different
question: which share of a column's cells *are* the entity, and is that share more than chance would
give? A recognizer class that can answer it carries a ``CELLS`` attribute, a tuple of
:class:`CellSpec`; the column classifier (``classifiers/column.py``) reads it, filters candidate
cells with one vectorized regular expression over the whole Arrow array, and calls the recognizer's
own ``is_valid_value`` (a python-stdnum / phonenumbers call) on a bounded sample of candidates only.

This module imports nothing heavy, so the column classifier can reason about specs without loading
Presidio or spaCy.
"""

from __future__ import annotations

from dataclasses import dataclass


# Letters of the Latin scripts of Western Europe (ASCII, Latin-1, Latin Extended-A/B), as the body
# of an RE2 character class. RE2 rebuilds Unicode tables such as \pL each time pyarrow compiles a
# pattern (about 4 ms per call); this range compiles in microseconds and covers FR/NL/BE/EN names.
LETTERS_RE2 = r"A-Za-z\x{00C0}-\x{024F}"


@dataclass(frozen=True)
class CellSpec:
    """What a single cell must look like to hold the entity, and how often that happens by chance.

    ``candidate`` is an RE2 pattern (the dialect of ``pyarrow.compute.match_substring_regex``, linear
    time, no look-arounds) matched against the cell: against its compact form (spaces, dots, dashes,
    slashes and parentheses removed, the form python-stdnum works on) when ``compact`` is true, else
    against the trimmed cell. Anchor it (``^...$``) for identifiers;
    leave it unanchored for things found *within* a cell (a street in an address line).

    ``checksum`` says whether a candidate must still pass ``is_valid_value`` (a checksum, a
    phonenumbers parse, a gazetteer look-up). If false, matching ``candidate`` is the whole test and
    every non-empty cell counts as a candidate.

    ``chance_rate`` is the probability that a candidate which is *not* the entity still passes
    (a random 9-digit number passes the BSN 11-proef about 1 time in 11). For ``checksum=False``
    specs it is the share of cells of an unrelated column that would match the pattern. Tests in
    ``tests/classifiers/test_chance_rates.py`` measure these by simulation.

    ``int_widths``: cells stored as integers lose leading zeros (BSN 012345672 becomes 12345672);
    integer cells shorter than a width listed here are zero-padded to it before matching.

    ``ceiling`` bounds the score: even a column where every value passes the 11-proef could hold
    some other 11-proef number (old Dutch bank account numbers). It is the share of such columns we
    believe really hold the entity; a matching column-name hint lifts it to ``hint_ceiling``.

    ``method`` is the label written into a finding's evidence.

    ``validator`` names the recognizer method that validates a candidate of this spec, when it is
    not ``is_valid_value`` (a recognizer with a strict and a loose test, as phones have).

    ``length``, ``charset`` and ``literal`` are cheap gates (string length, all-digit / all-alnum,
    a required substring) evaluated with non-regex Arrow kernels before the regex runs, on the same
    array as ``candidate``. They must not reject anything ``candidate`` accepts; they only save the
    regex pass over cells that cannot match (an email column never reaches the BSN regex).
    """

    candidate: str
    checksum: bool = True
    compact: bool = True
    chance_rate: float = 0.01
    int_widths: tuple[int, ...] = ()
    ceiling: float = 0.97
    hint_ceiling: float = 0.99
    method: str = "pattern+checksum"
    requires_hint: bool = False
    length: tuple[int, int] | None = None
    charset: str | None = None  # "digits" or "alnum"
    literal: str | None = None
    validator: str | None = None

    def __post_init__(self) -> None:
        if not 0.0 < self.chance_rate < 1.0:
            raise ValueError(f"chance_rate must lie in (0, 1), got {self.chance_rate}")
        if not 0.0 < self.ceiling <= self.hint_ceiling <= 1.0:
            raise ValueError("need 0 < ceiling <= hint_ceiling <= 1")
        if self.charset not in (None, "digits", "alnum"):
            raise ValueError(f"charset must be 'digits', 'alnum' or None, got {self.charset!r}")
