"""What does a column hold? A decision from a sample of its values, its name and its table.

For every entity with a column test (a :class:`~classifiers.spec.CellSpec` on its recognizer), the
classifier counts *candidates* (cells of the right shape, found by one vectorized RE2 expression over
the Arrow array), validates a bounded sample of them in Python (python-stdnum checksums,
phonenumbers, the name gazetteer) and asks whether the validation rate beats the rate at which
non-entities pass by chance (``classifiers/stats.py``). The column name sets the prior
(``classifiers/names.py``); a name alone never makes a finding, because the values must produce
matches for any hypothesis to be scored at all. Dates go through ``classifiers/dates.py``; free
text (long, many words) through Presidio's AnalyzerEngine with spaCy (``classifiers/text``).

Decisions, and why:

* One best entity per structured column: the hypothesis with the most matched cells among those
  scoring at least :data:`REPORT_THRESHOLD` and covering at least :data:`MIN_COVERAGE` of the
  non-empty cells. Free text may carry several entities.
* Findings below :data:`REPORT_THRESHOLD` are not returned: a finding is a claim that the column
  holds personal data, and callers (flows, bench) treat every returned finding as such.
* Plain city columns are not flagged. A list of cities (a reference table, the depots of a
  company) is the classic decoy of name classifiers and identifies no one. A town becomes
  personal data next to the people who live there: :func:`classify_table` reports a column named
  as a town (``woonplaats``, ``ville``, ``city``) as LOCATION only in a table that holds personal
  data in other columns, and a postcode column there as part of the POSTAL_ADDRESS. Free text
  reports LOCATION from NER, and only when it also names people. Dutch 6-character postcodes locate a handful of households and count
  as an address on their own.
* Validation is capped at :data:`VALIDATION_CAP` distinct candidates per entity and column; beyond,
  the validation rate measured so far is extrapolated to the remaining candidates
  (``evidence["extrapolated"]``), which keeps full scans linear in Arrow, not in Python.
* Integers are digit strings; leading zeros lost by BIGINT storage are restored for the widths an
  entity declares (a 2000s Belgian national number, an 8-digit BSN).

Nothing returned holds a raw value: examples are masked (``classifiers/masking.py``) and hashes are
keyed (only with ``hash_key``); the two are sorted apart, never aligned.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Sequence

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from classifiers import person, stats
from classifiers.dates import DateStats
from classifiers.masking import traces
from classifiers.model import ColumnSample, Finding
from classifiers.names import NameHint, hint_for
from classifiers.spec import CellSpec
from classifiers.values import as_text, count_present, kind_of, to_arrow

REPORT_THRESHOLD = 0.5
MIN_COVERAGE = 0.1  # share of non-empty cells an entity must fill in a structured column
DOMINANT_COVERAGE = 0.5  # above it, a structured verdict is final (no free-text pass)
VALIDATION_CAP = 4000  # distinct values validated per entity and column
PER_BATCH_SAMPLE = 2048  # candidates validated per batch at most
CHUNK = 128  # candidates validated between two looks at the Bayes factor
MIN_DISTINCT = 128  # distinct values seen before validation may stop early
DECISIVE_LOG_BF = 15.0  # |ln BF| beyond which more validation cannot change the verdict
FREE_TEXT_SAMPLE = 200  # cells of a free-text column sent to Presidio at most
TEXT_STEP = 50  # texts analysed between two looks at the estimate (adaptive free-text sampling)
TEXT_HALF_WIDTH = 0.1  # a share known to +/- this (95 %) is stable enough to stop
FREE_TEXT_MIN_CHARS = 30.0  # mean characters per cell
FREE_TEXT_MIN_WORDS = 5.0  # mean words per cell
FREE_TEXT_MIN_LOWER = 0.3  # share of lower-case-initial words: sentences, not lists of names
_ALPHA_WORD = re.compile(r"[^\W\d_]{2,}")
MAX_EXAMPLES = 3
PERSON_F_MIN = 0.1  # a name list covers only part of real names; see _templates
DOCUMENT_CHUNKS = 300  # pieces of a text file analysed at most
GROUPED_RATIO = 0.3  # first batch with distinct/non-empty below this: work on distinct values
DORMANT_AFTER = 131_072  # cells without a single match before a hypothesis goes dormant
DORMANT_SLICE = 4096  # cells of each later batch a dormant hypothesis is still tested on

# Per-cell chance that free text *without* the entity still yields a detection (after checksums
# and the NER shape filters); the Bayes test of free text compares hit rates with these.
TEXT_CHANCE = {
    "IBAN_CODE": 1e-4, "FR_NIR": 1e-4, "BE_NATIONAL_NUMBER": 2e-4, "FR_SIRET": 5e-4,
    "CREDIT_CARD": 5e-4, "VAT_NUMBER": 5e-4, "EMAIL_ADDRESS": 1e-3, "IP_ADDRESS": 1e-3,
    "PHONE_NUMBER": 3e-3, "NL_BSN": 2e-3, "FR_SIREN": 2e-3, "DATE_OF_BIRTH": 2e-3,
    "POSTAL_ADDRESS": 3e-3, "HEALTH_DATA": 0.01, "PERSON": 0.02, "LOCATION": 0.08,
}
TEXT_METHOD = {"PERSON": "ner", "LOCATION": "ner", "HEALTH_DATA": "lexicon"}
_CHECKSUMMED = {"IBAN_CODE", "FR_NIR", "BE_NATIONAL_NUMBER", "FR_SIRET", "FR_SIREN", "NL_BSN",
                "CREDIT_CARD", "VAT_NUMBER"}
# Identifiers whose check also passes numbers of another kind: when the column's name says it is
# that other kind, the checksum proves nothing. RSINs and pre-IBAN Dutch account numbers pass the
# BSN 11-proef; a Belgian enterprise number and a national number share the mod-97 check.
COLLIDING = {
    "NL_BSN": frozenset({"NL_RSIN", "IBAN_CODE", "NL_KVK", "VAT_NUMBER"}),
    "BE_NATIONAL_NUMBER": frozenset({"BE_ENTERPRISE_NUMBER", "VAT_NUMBER"}),
    "BE_ENTERPRISE_NUMBER": frozenset({"BE_NATIONAL_NUMBER"}),
}
TEXT_CEILING = {"ner": 0.9, "lexicon": 0.9, "pattern+checksum": 0.98, "pattern": 0.95}


# ------------------------------------------------------------------------------- hypotheses


@dataclass(frozen=True)
class _Template:
    """How to test one entity on a column (built once per process from the registry)."""

    entity: str
    specs: tuple[CellSpec, ...]
    validator: Callable[[str], bool] | None  # None: the regex match is the test
    f_min: float = stats.STRUCTURED_F_MIN
    matched_is_candidates: bool = False  # PERSON: every name-shaped cell counts once validated

    @property
    def requires_hint(self) -> bool:
        return self.specs[0].requires_hint


@dataclass
class _Scored:
    entity: str
    score: float
    matched: int
    coverage: float
    evidence: dict[str, Any]
    examples: list[str]


@dataclass
class _Hypothesis:
    """Running counts of one entity test on one column.

    Two kinds of counts. *Occurrences* (``candidates``, ``valid_est``) say how many cells hold the
    entity and are extrapolated from the validated sample. *Distinct values* (``cache``) are the
    evidence of the Bayes test: a value repeated 500 times is one observation, not 500, so a list of
    8 cities repeated over 2,000 rows weighs as 8 trials. Validation stops early once the test is
    decisive either way (:data:`DECISIVE_LOG_BF` after :data:`MIN_DISTINCT` distinct values).

    A hypothesis with no match at all in the first :data:`DORMANT_AFTER` cells goes *dormant*: later
    batches test it on a random slice of :data:`DORMANT_SLICE` cells only (counts scaled up), and
    the first match wakes it up. Full scans thus pay the regex of an entity only on columns that
    hold it.
    """

    t: _Template
    candidates: float = 0.0
    checked: int = 0  # occurrences validated (or, for regex-only tests, looked at)
    valid: int = 0
    valid_est: float = 0.0
    cache: dict[str, bool] = field(default_factory=dict)  # distinct value -> valid; memory only
    decided: bool = False
    dormant: bool = False
    examples: list[str] = field(default_factory=list)  # raw: memory only, masked on output

    @property
    def distinct(self) -> tuple[int, int]:
        """(distinct valid, distinct checked)."""
        return sum(self.cache.values()), len(self.cache)

    def _log_bf(self) -> float:
        valid, checked = self.distinct
        chance = max(s.chance_rate for s in self.t.specs)
        return stats.log_bayes_factor(valid, checked, chance, f_min=self.t.f_min)

    def _offer(self, values: list[str]) -> None:
        for value in values:
            if len(self.examples) >= MAX_EXAMPLES:
                return
            if value not in self.examples:
                self.examples.append(value)

    def _room(self) -> bool:
        return not self.decided and len(self.cache) < VALIDATION_CAP

    def _maybe_decide(self) -> None:
        if len(self.cache) >= MIN_DISTINCT and abs(self._log_bf()) >= DECISIVE_LOG_BF:
            self.decided = True

    def update(self, batch: "_Batch", rng: np.random.Generator, scale: float = 1.0) -> int:
        """Count and validate one batch; returns the number of matching cells (unscaled)."""
        if self.t.validator is None:
            return self._update_regex_only(batch, rng, scale)
        return self._update_checksum(batch, rng, scale)

    def _update_regex_only(self, batch: "_Batch", rng: np.random.Generator, scale: float) -> int:
        hits = np.zeros(len(batch.values), dtype=bool)
        for spec in self.t.specs:
            hits |= batch.match(spec, self.t.entity)
        count = batch.weight(hits)
        total = batch.weight()
        self.candidates += total * scale
        self.checked += total
        self.valid += count
        self.valid_est += count * scale
        if count and len(self.examples) < MAX_EXAMPLES:
            self._offer(batch.values.take(pa.array(np.flatnonzero(hits)[:MAX_EXAMPLES])).to_pylist())
        if count and self._room():
            picks = batch.pick(len(batch.values), rng)
            values = batch.values.take(pa.array(picks)).to_pylist()
            flags = hits[picks]
            for start in range(0, len(values), CHUNK):
                for value, flag in zip(values[start : start + CHUNK], flags[start : start + CHUNK]):
                    if len(self.cache) >= VALIDATION_CAP:
                        break
                    self.cache[value] = bool(flag)
                self._maybe_decide()
                if not self._room():
                    break
        return count

    def _update_checksum(self, batch: "_Batch", rng: np.random.Generator, scale: float) -> int:
        spec = self.t.specs[0]
        match = batch.match(spec, self.t.entity)
        rows = np.flatnonzero(match)
        if not len(rows):
            return 0
        count = batch.weight(match)
        self.candidates += count * scale
        if not self._room():
            if self.checked:
                self.valid_est += count * scale * self.valid / self.checked
            return count
        target = batch.target(spec, self.t.entity)
        picked_rows = rows[batch.pick(len(rows), rng)]
        candidates = target.take(pa.array(picked_rows)).to_pylist()
        weights = batch.weights_of(picked_rows)
        checked = valid = 0
        good: list[str] = []
        for start in range(0, len(candidates), CHUNK):
            for i in range(start, min(start + CHUNK, len(candidates))):
                value = candidates[i]
                ok = self.cache.get(value)
                if ok is None:
                    if len(self.cache) >= VALIDATION_CAP:
                        break
                    ok = bool(self.t.validator(value))
                    self.cache[value] = ok
                checked += weights[i]
                valid += weights[i] * ok
                if ok and len(good) < MAX_EXAMPLES:
                    good.append(value)
            self._maybe_decide()
            if not self._room():
                break
        self._offer(good)
        if checked:
            self.checked += int(checked)
            self.valid += int(valid)
            self.valid_est += count * scale * valid / checked
        return count

    def _person_test(self, relation: str) -> tuple[float, float, dict[str, Any]] | None:
        """PERSON: the features of ``classifiers/person.py`` into (log BF, chance, evidence), or
        None when they rule a person's name out."""
        if relation in ("contradicts", "other"):
            return None  # company, storm_name, city...: the name says what the column holds
        keys = list(self.cache)
        if not keys:
            return None
        org = sum(person.is_org_like(k) for k in keys) / len(keys)
        features = {"org_share": round(org, 4)}
        if org > person.ORG_MAX:
            return None
        if relation == "match":
            namelike = sum(person.is_name_like(k) or person.is_titled(k) for k in keys)
            features["namelike_share"] = round(namelike / len(keys), 4)
            log_bf = stats.log_bayes_factor(namelike, len(keys), person.NAMELIKE_CHANCE,
                                            f_min=person.NAMELIKE_F_MIN)
            return log_bf, person.NAMELIKE_CHANCE, features
        return self._log_bf(), max(s.chance_rate for s in self.t.specs), features

    def scored(self, present: int, hint: NameHint) -> _Scored | None:
        distinct_valid, distinct_checked = self.distinct
        relation = hint.relation(self.t.entity)
        is_person = self.t.entity == "PERSON"
        if not present or not self.candidates:
            return None
        if not is_person and (not self.valid or not distinct_valid):
            return None
        spec = self.t.specs[0]
        chance = max(s.chance_rate for s in self.t.specs)
        prior = hint.prior(self.t.entity)
        extra: dict[str, Any] = {}
        if relation == "other" and hint.entities & COLLIDING.get(self.t.entity, frozenset()):
            return None  # a 9-digit "rsin" or "rekeningnummer" column passes the 11-proef too
        if is_person:
            test = self._person_test(relation)
            if test is None:
                return None
            log_bf, chance, extra = test
            if log_bf <= 0 and not distinct_valid:
                return None
        else:
            log_bf = self._log_bf()
        ceiling = spec.hint_ceiling if relation == "match" else spec.ceiling
        score = stats.calibrated_score(prior, log_bf, ceiling)
        if self.t.matched_is_candidates:
            matched = round(self.candidates) if log_bf > 0 else round(self.valid_est)
        else:
            matched = round(self.valid_est)
        matched = min(matched, present)
        method = spec.method
        if self.t.entity == "PERSON" and relation == "match":
            method = "name+values"
        evidence = {
            "method": method,
            "match_rate": round(self.valid / self.checked, 4) if self.checked else 0.0,
            "chance_rate": round(chance, 4),
            "name_hint": relation,
            "sample_size": present,
            "candidates": round(self.candidates),
            "checked": self.checked,
            "distinct_checked": distinct_checked,
            "distinct_valid": distinct_valid,
            "coverage": round(matched / present, 4),
            "genuine_fraction": round(stats.genuine_fraction(distinct_valid, distinct_checked, chance), 4),
            "log10_bayes_factor": round(log_bf / math.log(10), 2),
            "prior": prior,
            "extrapolated": self.checked < round(self.candidates),
            **extra,
        }
        return _Scored(self.t.entity, score, matched, matched / present, evidence, list(self.examples))


def _user_validator(recognizer: Any) -> Callable[[str], bool]:
    """For a user's Presidio recognizer without a CellSpec: does it cover most of the cell?"""
    entities = list(recognizer.supported_entities)

    def validate(value: str) -> bool:
        for result in recognizer.analyze(value, entities, None):
            if result.score >= 0.5 and (result.end - result.start) >= 0.8 * len(value):
                return True
        return False

    return validate


@lru_cache(maxsize=1)
def _templates() -> tuple[_Template, ...]:
    """Column tests of every recognizer of the default registry (see registry.yaml)."""
    from presidio_analyzer import PatternRecognizer

    from classifiers.registry import default_registry
    from classifiers.person import is_person_value
    from classifiers.text.gazetteer import NAME_CELL

    registry = default_registry()
    templates: list[_Template] = []
    regex_only: dict[tuple[str, bool], list[CellSpec]] = defaultdict(list)
    for recognizer in registry.recognizers(registry.text_language, nlp=False):
        entity = recognizer.supported_entities[0]
        cells = getattr(recognizer, "CELLS", None)
        if cells is None:
            if isinstance(recognizer, PatternRecognizer):
                user = CellSpec(candidate=".", compact=False, chance_rate=0.01, method="recognizer")
                templates.append(_Template(entity, (user,), _user_validator(recognizer)))
            continue
        for spec in cells:
            if spec.checksum:
                templates.append(_Template(entity, (spec,), getattr(recognizer, spec.validator or "is_valid_value")))
            else:
                regex_only[(entity, spec.requires_hint)].append(spec)
    for (entity, _), specs in regex_only.items():
        templates.append(_Template(entity, tuple(specs), None))
    if "PERSON" in registry.entities:
        # A name list covers part of the real names in a column (rare surnames are missing), so
        # H1 starts at 10 % genuine hits instead of 25 %; chance hits on cities and products stay
        # below 10 % (NAME_CELL.chance_rate).
        templates.append(
            _Template("PERSON", (NAME_CELL,), is_person_value, f_min=PERSON_F_MIN, matched_is_candidates=True)
        )
    return tuple(templates)


# ------------------------------------------------------------------------------ one batch

_SEPARATOR_CHARS = (" ", ".", "-", "/", "(", ")", "\u00a0", "\t")


class _Batch:
    """Non-empty cells of one batch as trimmed text, with derived arrays computed once.

    In *grouped* mode (low-cardinality columns: statuses, first names, cities) ``values`` are the
    distinct cells and ``weights`` their counts, so every regex runs once per distinct value.
    """

    def __init__(self, values: pa.Array, weights: np.ndarray | None, kind: str, hint: NameHint):
        self.values = values
        self.weights = weights
        self.kind = kind
        self.hint = hint
        self._compact: pa.Array | None = None
        self._targets: dict[Any, pa.Array] = {}
        self._gates: dict[Any, np.ndarray] = {}
        self._matches: dict[Any, np.ndarray] = {}

    @classmethod
    def of(cls, text: pa.Array, kind: str, hint: NameHint, grouped: bool) -> "_Batch":
        if not grouped:
            return cls(text, None, kind, hint)
        counts = pc.value_counts(text)
        return cls(counts.field("values"), counts.field("counts").to_numpy(), kind, hint)

    def weight(self, mask: np.ndarray | None = None) -> int:
        if self.weights is None:
            return int(mask.sum()) if mask is not None else len(self.values)
        return int(self.weights[mask].sum()) if mask is not None else int(self.weights.sum())

    def weights_of(self, rows: np.ndarray) -> np.ndarray:
        return np.ones(len(rows), dtype=np.int64) if self.weights is None else self.weights[rows]

    @staticmethod
    def pick(count: int, rng: np.random.Generator) -> np.ndarray:
        """Random order of (at most PER_BATCH_SAMPLE of) ``count`` positions."""
        if count > PER_BATCH_SAMPLE:
            return rng.choice(count, PER_BATCH_SAMPLE, replace=False)
        return rng.permutation(count)

    def slice(self, size: int, rng: np.random.Generator) -> tuple["_Batch", float]:
        """A random sub-batch of ``size`` rows (for dormant hypotheses) and its scale factor."""
        n = len(self.values)
        if n <= size:
            return self, 1.0
        rows = np.sort(rng.choice(n, size, replace=False))
        weights = None if self.weights is None else self.weights[rows]
        sub = _Batch(self.values.take(pa.array(rows)), weights, self.kind, self.hint)
        return sub, self.weight() / max(sub.weight(), 1)

    def compact(self) -> pa.Array:
        """Cells without separators; literal replaces only for the separators present."""
        if self._compact is None:
            out = self.values
            if self.kind != "integer":
                for ch in _SEPARATOR_CHARS:
                    if pc.any(pc.match_substring(out, ch)).as_py():
                        out = pc.replace_substring(out, ch, "")
            self._compact = out
        return self._compact

    def _target_key(self, spec: CellSpec, entity: str) -> tuple:
        phone = entity == "PHONE_NUMBER" and self.hint.relation(entity) == "match"
        if self.kind != "integer":
            return (spec.compact,)
        return (spec.compact, spec.int_widths, phone)

    def target(self, spec: CellSpec, entity: str) -> pa.Array:
        """The array a spec's regex runs on: compact or trimmed; integers re-padded or prefixed."""
        key = self._target_key(spec, entity)
        if key in self._targets:
            return self._targets[key]
        base = self.compact() if spec.compact else self.values
        out = base
        if self.kind == "integer":
            if spec.int_widths:
                length = pc.utf8_length(base)
                for width in spec.int_widths:
                    short = pc.and_(pc.greater_equal(length, width - 2), pc.less(length, width))
                    out = pc.if_else(short, pc.utf8_lpad(out, width=width, padding="0"), out)
            if key[2]:
                # a phone stored as an integer lost its trunk 0 (612345678) or its + (33612345678)
                out = pc.if_else(
                    pc.equal(pc.utf8_length(base), 9),
                    pc.binary_join_element_wise("0", base, ""),
                    pc.binary_join_element_wise("+", base, ""),
                )
        self._targets[key] = out
        return out

    def _gate(self, key: tuple, what: tuple, target: pa.Array) -> np.ndarray:
        full = key + what
        if full not in self._gates:
            kind = what[0]
            if kind == "length":
                length = pc.utf8_length(target)
                mask = pc.and_(pc.greater_equal(length, what[1]), pc.less_equal(length, what[2]))
            elif kind == "digits":
                mask = pc.utf8_is_digit(target)
            elif kind == "alnum":
                mask = pc.utf8_is_alnum(target)
            else:
                mask = pc.match_substring(target, what[1])
            self._gates[full] = mask.to_numpy(zero_copy_only=False)
        return self._gates[full]

    def match(self, spec: CellSpec, entity: str) -> np.ndarray:
        """Boolean mask (numpy) of the cells whose target matches ``spec``: gates, then the regex
        on the cells that passed them."""
        key = self._target_key(spec, entity)
        cache_key = key + (spec.candidate,)
        if cache_key in self._matches:
            return self._matches[cache_key]
        target = self.target(spec, entity)
        gate = None
        checks = []
        if spec.length:
            checks.append(("length", spec.length[0], spec.length[1]))
        if spec.charset:
            checks.append((spec.charset,))
        if spec.literal:
            checks.append(("literal", spec.literal))
        for check in checks:
            g = self._gate(key, check, target)
            gate = g if gate is None else gate & g
            if not gate.any():
                break
        out = np.zeros(len(target), dtype=bool)
        if gate is None:
            out = pc.match_substring_regex(target, spec.candidate).to_numpy(zero_copy_only=False).copy()
        elif gate.any():
            rows = np.flatnonzero(gate)
            sub = target if len(rows) == len(target) else target.take(pa.array(rows))
            out[rows] = pc.match_substring_regex(sub, spec.candidate).to_numpy(zero_copy_only=False)
        self._matches[cache_key] = out
        return out


# --------------------------------------------------------------------------- free text


@dataclass
class _TextStats:
    """Length and word counts, and a uniform reservoir of long cells for the NER pass."""

    cells: int = 0
    chars: int = 0
    words: int = 0
    long_seen: int = 0
    reservoir: list[str] = field(default_factory=list)

    def update(self, batch: _Batch, rng: np.random.Generator) -> None:
        lengths = pc.utf8_length(batch.values).to_numpy(zero_copy_only=False)
        spaces = pc.count_substring(batch.values, " ").to_numpy(zero_copy_only=False)
        weights = batch.weights_of(np.arange(len(lengths)))
        self.cells += int(weights.sum())
        self.chars += int((lengths * weights).sum())
        self.words += int(((spaces + 1) * weights).sum())
        long_rows = np.flatnonzero(lengths >= 20)  # grouped mode: distinct long cells
        if not len(long_rows):
            return
        room = FREE_TEXT_SAMPLE - len(self.reservoir)
        if room > 0:
            self.reservoir += batch.values.take(pa.array(long_rows[:room])).to_pylist()
            self.long_seen += min(room, len(long_rows))
            long_rows = long_rows[room:]
        if len(long_rows):
            positions = self.long_seen + 1 + np.arange(len(long_rows))
            accepted = long_rows[rng.random(len(long_rows)) < FREE_TEXT_SAMPLE / positions]
            self.long_seen += len(long_rows)
            if len(accepted):
                for value in batch.values.take(pa.array(accepted)).to_pylist():
                    self.reservoir[int(rng.integers(0, FREE_TEXT_SAMPLE))] = value

    def is_free_text(self) -> bool:
        return bool(self.cells) and (
            self.chars / self.cells >= FREE_TEXT_MIN_CHARS and self.words / self.cells >= FREE_TEXT_MIN_WORDS
        ) and self.lowercase_share() >= FREE_TEXT_MIN_LOWER

    def lowercase_share(self) -> float:
        """Share of the reservoir's alphabetic words that start in lower case.

        Sentences are mostly lower-case words; lists of product or loan names ("Auto Loan,
        Credit-Builder Loan"), address lines and titles are capitalised throughout. Those are not
        sent to NER, which reads every capitalised run as a name or a place.
        """
        total = lower = 0
        for text in self.reservoir:
            for word in _ALPHA_WORD.findall(text):
                total += 1
                lower += word[0].islower()
        return lower / total if total else 0.0


def _text_findings(
    column: str | None,
    texts: Sequence[str],
    hint: NameHint,
    hash_key: bytes | None,
    extra_evidence: dict[str, Any] | None = None,
    *,
    adaptive: bool = False,
    checkpoint: Callable[[], None] | None = None,
) -> list[Finding]:
    """Presidio over ``texts``; one finding per entity whose hit rate beats the chance rate.

    ``checkpoint``, when given, is called between steps of :data:`TEXT_STEP` texts: the caller's
    time budget raises from it (this module has no clock), so a long document stops part-way.

    With ``adaptive``, texts go through Presidio in steps of :data:`TEXT_STEP` and the pass stops
    as soon as the estimate is stable (:func:`_text_stable`), at the latest after all of ``texts``
    (the reservoir of :data:`FREE_TEXT_SAMPLE`); ``sample_size`` and ``sampled`` say how many texts
    were actually analysed, ``text_stop`` why the pass ended. spaCy costs about 2.5 ms per chat
    message on this project's machine, and most columns are decided after 100 messages.
    """
    from classifiers.text.analyzer import analyze_texts

    texts = list(texts)
    seen = 0
    detections: list[Any] = []
    previous: frozenset[str] | None = None
    stop = "all"
    while seen < len(texts):
        stepped = adaptive or checkpoint is not None
        step = min(TEXT_STEP, len(texts) - seen) if stepped else len(texts) - seen
        for d in analyze_texts(texts[seen : seen + step]):
            detections.append(_shift(d, seen))
        seen += step
        if seen >= len(texts):
            break
        if checkpoint is not None:
            checkpoint()
        if not adaptive:
            continue
        hits = _hit_cells(detections)
        decided = frozenset(e for e, cells in hits.items()
                            if _text_score(e, len(cells), seen, hint)[0] >= REPORT_THRESHOLD)
        if previous is not None and decided == previous and _text_stable(hits, seen):
            stop = "stable"
            break
        previous = decided
    return _score_texts(column, texts[:seen], detections, hint, hash_key,
                        {**(extra_evidence or {}), **({"text_stop": stop} if adaptive else {})})


def _shift(detection: Any, offset: int) -> Any:
    from dataclasses import replace

    return replace(detection, text_index=detection.text_index + offset) if offset else detection


def _hit_cells(detections: Sequence[Any]) -> dict[str, set[int]]:
    cells: dict[str, set[int]] = defaultdict(set)
    for d in detections:
        cells[d.entity].add(d.text_index)
    return cells


def _text_stable(hits: dict[str, set[int]], n: int) -> bool:
    """Is every entity's share of texts known to within :data:`TEXT_HALF_WIDTH`?

    Wilson's 95 % interval for ``len(cells) / n`` of each entity found so far; an entity not found
    yet has an interval from 0 to about 3.8 / n, which the minimum of two steps keeps narrow.
    """
    z = 1.96
    for cells in hits.values():
        p = len(cells) / n
        half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
        if half > TEXT_HALF_WIDTH:
            return False
    return True


def _text_score(entity: str, hits: int, n: int, hint: NameHint) -> tuple[float, float, str]:
    """(score, log BF, method) of ``hits`` texts out of ``n`` holding ``entity``."""
    chance = TEXT_CHANCE.get(entity, 0.01)
    method = TEXT_METHOD.get(entity, "pattern+checksum" if entity in _CHECKSUMMED else "pattern")
    log_bf = stats.log_bayes_factor(hits, n, chance, f_min=1e-3, log_uniform=True)
    score = stats.calibrated_score(hint.prior(entity), log_bf, TEXT_CEILING.get(method, 0.9))
    return score, log_bf, method


def _score_texts(
    column: str | None,
    texts: Sequence[str],
    detections: Sequence[Any],
    hint: NameHint,
    hash_key: bytes | None,
    extra_evidence: dict[str, Any],
) -> list[Finding]:
    cells = _hit_cells(detections)
    spans: dict[str, list[str]] = defaultdict(list)
    for d in detections:
        span = texts[d.text_index][d.start : d.end]
        if len(spans[d.entity]) < MAX_EXAMPLES and span not in spans[d.entity]:
            spans[d.entity].append(span)
    n = len(texts)
    findings = []
    for entity, hit_cells in sorted(cells.items()):
        hits = len(hit_cells)
        score, log_bf, method = _text_score(entity, hits, n, hint)
        if score < REPORT_THRESHOLD:
            continue
        evidence = {
            "method": method,
            "match_rate": round(hits / n, 4),
            "chance_rate": TEXT_CHANCE.get(entity, 0.01),
            "name_hint": hint.relation(entity),
            "sample_size": n,
            "log10_bayes_factor": round(log_bf / math.log(10), 2),
            "prior": hint.prior(entity),
            "free_text": True,
            **extra_evidence,
        }
        examples, hashes = traces(entity, spans[entity], hash_key)
        findings.append(Finding(column, entity, score, hits, n, evidence, examples, hashes))
    if not any(f.entity == "PERSON" for f in findings):
        # A place named in text about no one ("fabriqué en France", a branch office) locates no
        # person; LOCATION counts only in text that also names people.
        findings = [f for f in findings if f.entity != "LOCATION"]
    return findings


# ------------------------------------------------------------------------------ profiler


class ColumnProfiler:
    """Classify one column from batches of values with bounded memory (full scans).

    ``update`` takes pyarrow Arrays / ChunkedArrays or lists, any number of times; ``finish``
    returns the findings. Memory holds counters, at most :data:`VALIDATION_CAP` validated values
    per entity (to skip re-validating repeats), a year histogram and a reservoir of
    :data:`FREE_TEXT_SAMPLE` long cells, never the column.
    """

    def __init__(
        self,
        name: str,
        dtype: str = "varchar",
        table: str = "",
        hash_key: bytes | None = None,
        *,
        total_rows: int | None = None,
    ):
        _check_key(hash_key)
        self.name = name
        self.dtype = dtype
        self.table = table
        self.hash_key = hash_key
        self.total_rows = total_rows
        self.hint = hint_for(name)
        self._rng = np.random.default_rng(zlib.crc32(f"{table}.{name}".encode()))
        self._hypotheses: list[_Hypothesis] | None = None
        self._dates = DateStats()
        self._text = _TextStats()
        self._rows = 0
        self._present = 0  # non-null cells of any kind
        self._text_cells = 0  # non-empty cells seen as text (strings and integers)
        self._grouped: bool | None = None  # low-cardinality column: work on distinct values
        self._finished: list[Finding] | None = None

    # -- input

    def _active(self) -> list[_Hypothesis]:
        if self._hypotheses is None:
            self._hypotheses = [
                _Hypothesis(t)
                for t in _templates()
                if not t.requires_hint or self.hint.relation(t.entity) == "match"
            ]
        return self._hypotheses

    def update(self, values: Any) -> None:
        """Add a batch of values (pyarrow Array / ChunkedArray, or a list)."""
        if self._finished is not None:
            raise RuntimeError("ColumnProfiler.update called after finish(); create a new profiler.")
        array = to_arrow(values)
        self._rows += len(array)
        if pa.types.is_null(array.type) or array.null_count == len(array):
            return
        kind = kind_of(array)
        if kind == "temporal":
            self._present += count_present(array)
            self._dates.update_temporal(array)
            return
        if kind == "other":
            self._present += count_present(array)
            return
        text = as_text(array, kind)
        self._present += count_present(array) if kind == "integer" else len(text)
        if not len(text):
            return
        self._text_cells += len(text)
        if self._grouped is None:
            distinct = pc.count_distinct(text).as_py()
            self._grouped = distinct <= GROUPED_RATIO * len(text)
        batch = _Batch.of(text, kind, self.hint, self._grouped)
        sliced: tuple[_Batch, float] | None = None
        for hypothesis in self._active():
            if hypothesis.dormant:
                if sliced is None:
                    sliced = batch.slice(DORMANT_SLICE, self._rng)
                if hypothesis.update(sliced[0], self._rng, sliced[1]):
                    hypothesis.dormant = False
            else:
                hypothesis.update(batch, self._rng)
                if not hypothesis.valid and self._text_cells >= DORMANT_AFTER:
                    hypothesis.dormant = True
        birth_hint = self.hint.relation("DATE_OF_BIRTH") == "match"
        if kind == "string" or birth_hint:
            self._dates.update_strings(batch.values, batch.weights, compact_allowed=birth_hint)
        if kind == "string":
            self._text.update(batch, self._rng)

    # -- decision

    def _finding(self, scored: _Scored) -> Finding:
        evidence = dict(scored.evidence)
        evidence["rows_seen"] = self._rows
        if self.total_rows is not None:
            evidence["total_rows"] = self.total_rows
        examples, hashes = traces(scored.entity, scored.examples[:MAX_EXAMPLES], self.hash_key)
        sampled = max(int(evidence.get("sample_size", self._present)), scored.matched)
        return Finding(self.name, scored.entity, scored.score, scored.matched, sampled, evidence, examples, hashes)

    def _date_of_birth(self) -> _Scored | None:
        dates = self._dates
        if not dates.dates or not self._present:
            return None
        log_bf, verdict = dates.log_bayes_factor()
        relation = self.hint.relation("DATE_OF_BIRTH")
        prior = self.hint.prior("DATE_OF_BIRTH")
        score = stats.calibrated_score(prior, log_bf, 0.97 if relation == "match" else 0.9)
        matched = min(dates.dates, self._present)
        evidence = {
            "method": "name+dates" if relation == "match" else "date-distribution",
            "match_rate": round(matched / self._present, 4),
            "chance_rate": None,  # not a rate test: the year distribution is (classifiers/dates.py)
            "name_hint": relation,
            "sample_size": self._present,
            "verdict": verdict,
            "log10_bayes_factor": round(log_bf / math.log(10), 2),
            "prior": prior,
            **dates.features(),
        }
        return _Scored("DATE_OF_BIRTH", score, matched, matched / self._present, evidence, list(dates.examples))

    def scored(self) -> list[_Scored]:
        """Every hypothesis with any match, scored (diagnostics; ``finish`` decides)."""
        out = [h.scored(self._text_cells, self.hint) for h in self._active()] if self._text_cells else []
        out.append(self._date_of_birth())
        return [s for s in out if s is not None]

    def finish(self) -> list[Finding]:
        """The findings for this column (idempotent)."""
        if self._finished is not None:
            return list(self._finished)
        eligible = [
            s for s in self.scored() if s.score >= REPORT_THRESHOLD and s.coverage >= MIN_COVERAGE
        ]
        best = max(eligible, key=lambda s: (s.matched, s.score), default=None)
        findings: list[Finding] = []
        free_text = self._text.is_free_text()
        if best is not None and (best.coverage >= DOMINANT_COVERAGE or not free_text):
            findings = [self._finding(best)]
        elif free_text and self._text.reservoir:
            extra = {"text_cells": self._text.cells, "rows_seen": self._rows,
                     "text_reservoir": len(self._text.reservoir)}
            # The reservoir's order follows the column's (its first cells fill it); shuffled, each
            # prefix is a uniform sample and the adaptive pass may stop after any step.
            order = self._rng.permutation(len(self._text.reservoir))
            texts = [self._text.reservoir[i] for i in order]
            findings = _text_findings(self.name, texts, self.hint, self.hash_key, extra, adaptive=True)
            if best is not None and best.entity not in {f.entity for f in findings}:
                findings.append(self._finding(best))
        self._finished = findings
        return list(findings)

    # -- for classify_table

    def distinct_sample(self) -> list[str]:
        """Distinct name-shaped values the PERSON test validated (memory only, never output)."""
        for h in self._active():
            if h.t.entity == "PERSON":
                return list(h.cache)
        return []

    def name_shaped(self) -> int:
        """Cells shaped like a name or a place name (counted by the PERSON test)."""
        for h in self._active():
            if h.t.entity == "PERSON":
                return round(h.candidates)
        return 0


# ----------------------------------------------------------------------------- public API


def _check_key(hash_key: bytes | None) -> None:
    if hash_key is not None and (not isinstance(hash_key, (bytes, bytearray)) or not hash_key):
        raise TypeError("hash_key must be non-empty bytes (or None for no hashes).")


def classify_column(sample: ColumnSample, *, hash_key: bytes | None = None) -> list[Finding]:
    """Findings for one sampled column: at most one entity, or several for free text."""
    return _profile(sample, hash_key).finish()


def _profile(sample: ColumnSample, hash_key: bytes | None) -> ColumnProfiler:
    _check_key(hash_key)
    profiler = ColumnProfiler(
        sample.name, sample.dtype, sample.table, hash_key, total_rows=sample.total_rows
    )
    profiler.update(sample.values)
    return profiler


_POSTCODE = re.compile(r"^(?:[0-9]{4,5}|[1-9][0-9]{3} ?[A-Z]{2})$")

# Entities that make a table a table about people: a town next to them is where a person lives.
PERSONAL_ENTITIES = frozenset(
    {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "POSTAL_ADDRESS", "FR_NIR",
     "NL_BSN", "BE_NATIONAL_NUMBER", "IBAN_CODE", "CREDIT_CARD"}
)
CONTEXT_CEILING = 0.9


def classify_table(samples: Sequence[ColumnSample], *, hash_key: bytes | None = None) -> list[Finding]:
    """Findings for all columns of one table, with the table as context.

    The table is the context of town and postcode columns, which say nothing alone (a reference
    list of cities, the depots of a company): in a table that also holds personal data about
    people (a name, an email, a national id... found in *another* column), a column *named* as a
    town (``ville``, ``woonplaats``, ``city``) with place-name-shaped values is the town people
    live in, ``LOCATION`` (geolocation.location); a column named as a postcode (``postcode``,
    ``code_postal``, ``zip``) with postcode-shaped values is part of their ``POSTAL_ADDRESS``.
    Method ``table+name``; the score is the name prior times the share of well-shaped values.

    A table whose rows are companies is not about the people in it, even when it names a manager
    or holds a phone number: its town column is where the company is. The rule applies only when
    the table is about persons (:func:`_rows_are_persons`).
    """
    profilers = [_profile(sample, hash_key) for sample in samples]
    per_column = [p.finish() for p in profilers]
    about_persons = _rows_are_persons(samples, profilers, per_column)
    out: list[Finding] = []
    for index, (sample, profiler, findings) in enumerate(zip(samples, profilers, per_column)):
        if not findings and about_persons:
            others = {f.entity for i, fs in enumerate(per_column) if i != index for f in fs}
            if others & PERSONAL_ENTITIES:
                extra = _context_finding(sample, profiler)
                if extra is not None:
                    findings = [extra]
        out.extend(findings)
    return out


# Findings that make each row a person (a person-level identifier), and ones that identify a
# company (its registration or VAT number).
PERSON_ROW_ENTITIES = frozenset({"DATE_OF_BIRTH", "FR_NIR", "NL_BSN", "BE_NATIONAL_NUMBER", "CREDIT_CARD"})
COMPANY_ENTITIES = frozenset({"FR_SIREN", "FR_SIRET", "VAT_NUMBER", "NL_KVK", "BE_ENTERPRISE_NUMBER"})
_COMPANY_NAME_WORDS = ("company", "societe", "entreprise", "bedrijf", "firma", "raisonsociale",
                       "denomination", "handelsnaam", "organisation", "organization", "organisatie",
                       "hotel", "hname", "employer", "werkgever", "employeur")
COMPANY_VALUES_SHARE = 0.5


def _rows_are_persons(samples: Sequence[ColumnSample], profilers: Sequence[ColumnProfiler],
                      per_column: Sequence[list[Finding]]) -> bool:
    """Is the table about persons (its town column is where they live)?

    Yes when a column makes each row a person: a person-level identifier (birth date, national
    number, card). No when the table identifies companies by a company number or VAT finding
    (SIREN, KvK, enterprise number), even when it also names a contact person: one PERSON
    finding must not make a company register's town column a place of residence. Yes for a name
    under a person column name (``first_name``, ``naam``). Otherwise no when a column is named as
    a company (``bedrijfsnaam``, ``raison_sociale``, ``HNAME``) or holds mostly organisation names
    (``HOTEL SHOMPEN``, ``Dolphin Hotels Ltd.``). Otherwise yes, as before.
    """
    entities = {f.entity for fs in per_column for f in fs}
    if entities & PERSON_ROW_ENTITIES:
        return True
    if entities & COMPANY_ENTITIES:
        return False  # a company register: its contact person's name does not make rows persons
    for profiler, findings in zip(profilers, per_column):
        if any(f.entity == "PERSON" for f in findings) and profiler.hint.relation("PERSON") == "match":
            return True
    for sample, profiler in zip(samples, profilers):
        joined = "".join(_fold_tokens(sample.name))
        if any(word in joined for word in _COMPANY_NAME_WORDS):
            return False
        values = [v for v in profiler.distinct_sample() if v]
        if len(values) >= 5 and sum(person.is_org_like(v) for v in values) / len(values) >= COMPANY_VALUES_SHARE:
            return False
    return True


def _fold_tokens(name: str) -> list[str]:
    from classifiers.names import fold_name

    return fold_name(name.rsplit(".", 1)[-1])


def _context_finding(sample: ColumnSample, profiler: ColumnProfiler) -> Finding | None:
    hint = profiler.hint
    if "LOCATION" in hint.entities:
        entity, shaped = "LOCATION", profiler.name_shaped()
    elif "POSTAL_ADDRESS" in hint.entities:
        values = [str(v).strip() for v in to_arrow(sample.values).to_pylist() if v is not None]
        entity, shaped = "POSTAL_ADDRESS", sum(bool(_POSTCODE.match(v)) for v in values if v)
    else:
        return None
    present = profiler._text_cells
    if not present or shaped / present < 0.8:
        return None
    share = shaped / present
    score = round(stats.PRIOR_HINT * CONTEXT_CEILING * share, 4)
    evidence = {
        "method": "table+name",
        "match_rate": round(share, 4),
        "chance_rate": None,  # no rate test: the name and the table decide, the values only fit
        "name_hint": "match",
        "sample_size": present,
        "context": "table holds personal data in other columns",
    }
    values = [str(v) for v in to_arrow(sample.values).to_pylist() if v is not None and str(v).strip()]
    chosen = list(dict.fromkeys(values))[:MAX_EXAMPLES]
    examples, hashes = traces(entity, chosen, profiler.hash_key)
    return Finding(sample.name, entity, score, min(shaped, present), present, evidence, examples, hashes)


def _chunks(text: str) -> list[str]:
    """Paragraphs (blank-line separated), long ones cut at line breaks near 1,000 characters."""
    pieces: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        paragraph = paragraph.strip()
        # Walk with an offset: re-slicing the rest on each cut copied it every time, quadratic
        # in a long paragraph (a 5 MB line took ~50 s).
        start, end = 0, len(paragraph)
        while end - start > 1000:
            cut = paragraph.rfind("\n", start, start + 1000) - start
            cut = cut if cut > 200 else 1000
            pieces.append(paragraph[start:start + cut])
            start += cut
            while start < end and paragraph[start].isspace():
                start += 1
        if start < end:
            pieces.append(paragraph[start:end])
    return pieces


def classify_document(
    text: str, *, hash_key: bytes | None = None, checkpoint: Callable[[], None] | None = None
) -> list[Finding]:
    """Findings for a whole plain-text file (``column=None``), one per entity found.

    The text is cut into paragraphs; at most :data:`DOCUMENT_CHUNKS` of them, spread evenly over
    the file, go through Presidio (``evidence["chunks_total"]`` says how many there were).
    ``checkpoint`` is called between steps of paragraphs (see :func:`_text_findings`).
    """
    _check_key(hash_key)
    chunks = _chunks(text)
    if not chunks:
        return []
    if len(chunks) > DOCUMENT_CHUNKS:
        step = len(chunks) / DOCUMENT_CHUNKS
        chosen = [chunks[int(i * step)] for i in range(DOCUMENT_CHUNKS)]
    else:
        chosen = chunks
    return _text_findings(None, chosen, NameHint(frozenset(), False), hash_key, {"chunks_total": len(chunks)},
                          checkpoint=checkpoint)


def explain_column(sample: ColumnSample) -> list[dict[str, Any]]:
    """Every hypothesis's score and evidence for a column, for debugging a decision (no values)."""
    profiler = _profile(sample, None)
    return [
        {"entity": s.entity, "score": s.score, "matched": s.matched, "coverage": round(s.coverage, 4), **s.evidence}
        for s in profiler.scored()
    ]


__all__ = [
    "ColumnProfiler",
    "classify_column",
    "classify_document",
    "classify_table",
    "explain_column",
]
