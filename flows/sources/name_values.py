"""Names that are values: a header row that is data, a JSON key, a file or table name that holds
an email, an IBAN, a phone number...

A name travels further than any value: into every finding, every ``check`` format, the
baseline, the GX suites, the report and the catalog. A name that is itself personal data must
therefore be treated as a value *before* it becomes a name: masked wherever it is shown and
reported as a finding. This module decides which names are values and masks them; the readers
(header rows), ``columns`` (keys and column names) and ``flows.scan.discover`` (asset names)
call it.

What counts as a value inside a name, strong evidence only (a name is short, there is no column
of values to weigh):

* a span the project's own pattern recognizers (``classifiers/registry.yaml``, Presidio
  ``PatternRecognizer`` subclasses, no NLP model) find with a confirming validator: an email, an
  IBAN, a card number, an IP address, a SIRET, a VAT number, a Belgian national number, a phone
  number (phonenumbers' matcher), a postal address;
* a weak pattern (a bare 9-digit BSN or SIREN, whose checksums pass one random number in ten)
  only with the recognizer's own context word in the same name (``bsn_111222333.csv``);
* a person's name: a listed first name followed by a listed first or family name
  (``jan_jansen.csv``, ``Jeanne Martin``), from the classifier's gazetteer;
* dates are not values in names (``export_2024-01-15.csv`` is when, not who).

Header rows are decided with the column's values as extra evidence (``header_is_data``), the way
``csv.Sniffer.has_header`` and DuckDB's sniffer compare the first row with the rest.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Sequence

# Recognizers whose matches are not values when they sit in a name: a date in a file name is an
# export date, a health word in a column name ("diabetes") is a topic.
_SKIPPED = frozenset({"DATE_OF_BIRTH", "HEALTH_DATA", "PERSON", "LOCATION"})
_WEAK_SCORE = 0.4
_STRONG_SCORE = 0.5
_NAME_TOKEN = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_SEPARATORS = str.maketrans({"_": " ", "#": " ", "/": " ", "\\": " ", "|": " "})
_lock = threading.Lock()
# The dot before a file extension: ``jan@example.nl.csv`` is an email and ``.csv``, not an email
# whose domain ends in ``.csv``.
_EXTENSION = re.compile(
    r"\.(?=(?:csv|tsv|tab|json|ndjson|jsonl|parquet|pq|xlsx|xlsm|xls|txt|md|log|gz|bz2|xz|zip|duckdb|ddb|sqlite3?|db3?)(?![A-Za-z0-9]))",
    re.IGNORECASE,
)

#: The mark of a collapsed level of keys in a flattened path: ``{"a@b.fr": {"iban": ...}}``
#: becomes ``<key>`` (the keys) and ``<key>.iban`` (their values).
KEY = "<key>"
#: The pseudo-column of a finding about the table's own column names.
COLUMN_NAMES = "<column names>"
#: The pseudo-column of a finding about the asset's name (file, sheet, table).
ASSET_NAME = "<asset name>"


@dataclass(frozen=True)
class Span:
    """One value found in a name: where, and which entity."""

    start: int
    end: int
    entity: str
    score: float


@lru_cache(maxsize=1)
def _recognizers() -> tuple[Any, ...]:
    from classifiers.registry import default_registry

    registry = default_registry()
    return tuple(
        r for r in registry.recognizers(registry.text_language, nlp=False) if r.supported_entities[0] not in _SKIPPED
    )


def _context_words(recognizer: Any) -> frozenset[str]:
    return frozenset(w.casefold() for w in (getattr(recognizer, "context", None) or []))


def _strong(recognizer: Any, result: Any, text: str, words: set[str]) -> bool:
    if result.score >= _STRONG_SCORE:
        return True
    if result.entity_type == "PHONE_NUMBER" and result.score >= _WEAK_SCORE:
        return True  # phonenumbers' matcher only yields numbers it validated for a region
    validate = getattr(recognizer, "is_valid_value", None)
    if validate is None or not validate(text[result.start : result.end]):
        return False
    return bool(words & _context_words(recognizer))


def _glued(text: str, start: int, end: int) -> bool:
    """A match running into letters or digits (``v1.2.3.4``, ``ab0612345678``) is part of a
    longer token, not a value of its own."""
    return (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum())


def _person_spans(text: str) -> list[Span]:
    """A listed first name followed by a listed name: ``Jan Jansen``, ``jeanne.martin``."""
    from classifiers.names import hint_for
    from classifiers.text.gazetteer import first_names, fold, names

    tokens = list(_NAME_TOKEN.finditer(text))
    firsts, known = first_names(), names()
    out: list[Span] = []
    i = 0
    while i + 1 < len(tokens):
        a, b = tokens[i], tokens[i + 1]
        gap = text[a.end() : b.start()]
        if (
            len(gap) <= 2
            and fold(a.group()) in firsts
            and fold(b.group()) in known
            and not hint_for(a.group()).entities
            and not hint_for(b.group()).entities
            and not hint_for(f"{a.group()}_{b.group()}").contradicts
        ):
            end = b.end()
            if i + 2 < len(tokens) and len(text[b.end() : tokens[i + 2].start()]) <= 2 and fold(tokens[i + 2].group()) in known:
                end = tokens[i + 2].end()
            out.append(Span(a.start(), end, "PERSON", 0.9))
            i += 2
            continue
        i += 1
    return out


def value_spans(text: str, *, persons: bool = True) -> list[Span]:
    """Values found in ``text`` (a name), longest first where two overlap (see module doc)."""
    if not text or not text.strip():
        return []
    return list(_value_spans(text, persons))


@lru_cache(maxsize=65536)
def _value_spans(text: str, persons: bool) -> tuple[Span, ...]:
    plain = _EXTENSION.sub(" ", text.translate(_SEPARATORS))  # same length: spans index ``text``
    words = {w.casefold() for w in re.findall(r"[^\W\d_]+", text)}
    found: list[Span] = []
    with _lock:  # Presidio recognizers keep compiled patterns; build them once, use them serially
        for recognizer in _recognizers():
            for result in recognizer.analyze(plain, recognizer.supported_entities, None):
                if _strong(recognizer, result, plain, words) and not _glued(plain, result.start, result.end):
                    found.append(Span(result.start, result.end, result.entity_type, float(result.score)))
    if persons:
        found.extend(_person_spans(plain))
    found.sort(key=lambda s: (-(s.end - s.start), s.start))
    chosen: list[Span] = []
    for span in found:
        if all(span.end <= c.start or span.start >= c.end for c in chosen):
            chosen.append(span)
    return tuple(sorted(chosen, key=lambda s: s.start))


def cell_entity(text: str, *, persons: bool = False) -> str | None:
    """The entity when ``text`` as a whole is one value (a span covering 80 % of it), else None."""
    stripped = str(text).strip()
    if not stripped:
        return None
    for span in value_spans(stripped, persons=persons):
        if (span.end - span.start) >= 0.8 * len(stripped):
            return span.entity
    return None


def mask_spans(text: str, spans: Sequence[Span]) -> str:
    """``text`` with every span replaced by its masked form (``classifiers.masking.mask``)."""
    from classifiers.masking import mask

    out, last = [], 0
    for span in spans:
        out.append(text[last : span.start])
        out.append(mask(span.entity, text[span.start : span.end]))
        last = span.end
    out.append(text[last:])
    return "".join(out)


def mask_values(text: str) -> str:
    """``text`` (a name, an error line) with every value in it masked; unchanged when none."""
    spans = value_spans(text)
    return mask_spans(text, spans) if spans else text


def raw_values(text: str) -> list[tuple[str, str]]:
    """(entity, raw value) of every value in ``text``: the evidence of a name finding."""
    return [(s.entity, text[s.start : s.end]) for s in value_spans(text)]


# --------------------------------------------------------------------------- header rows

_SHAPE = re.compile(r"[0-9]+|[^\W\d_]+", re.UNICODE)


def _shape(cell: str) -> str:
    """Coarse shape of a cell: digit runs as their length, letter runs as ``a``/``A``."""

    def one(m: re.Match[str]) -> str:
        token = m.group()
        if token.isdigit():
            return f"9{{{len(token)}}}"
        return "A" if token[0].isupper() else "a"

    return _SHAPE.sub(one, cell.strip())


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return text.strip() or None


def header_is_data(first: Sequence[Any], rest: Iterable[Sequence[Any]]) -> bool:
    """Whether a file's first row is a row of data rather than a header.

    It is data when one of its cells is a value on its own (``cell_entity``: an email, an
    IBAN...), or when a cell holding digits has the shape of most of its column's values
    (``1985-07-30`` over a column of dates, ``0612345678`` over phones: a header does not look
    like the data below it), or when a cell is a person's name over a column of names (the
    gazetteer) and is no header word (``Nom``, ``naam``). ``csv.Sniffer.has_header`` votes the
    same way per column, by type and length.
    """
    from classifiers.names import hint_for
    from classifiers.text.gazetteer import is_known_name

    cells = [_text(v) for v in first]
    if not any(cells):
        return False
    rows = [list(r) for r in rest]
    for index, cell in enumerate(cells):
        if cell is None:
            continue
        if cell_entity(cell, persons=True) is not None:
            return True
        column = [t for t in (_text(r[index]) if index < len(r) else None for r in rows) if t]
        if len(column) < 2:
            continue
        if any(ch.isdigit() for ch in cell):
            shape = _shape(cell)
            if sum(_shape(v) == shape for v in column) >= 0.8 * len(column):
                return True
        elif not hint_for(cell).entities and not hint_for(cell).contradicts and is_known_name(cell):
            named = sum(bool(is_known_name(v)) for v in column[:200])
            if named >= 0.5 * min(len(column), 200) and _shape(cell) in {_shape(v) for v in column[:200]}:
                return True
    return False


def positional_names(count: int) -> list[str]:
    """``column_1`` ... ``column_N``: the names of a header-less file's columns."""
    return [f"column_{i + 1}" for i in range(count)]


# ------------------------------------------------------------------------- findings, masking


def _score(span: Span) -> float:
    """A name finding's score: the recognizer's confidence, bounded like a column's."""
    if span.entity == "PHONE_NUMBER":
        return 0.9  # phonenumbers validated it for a region
    return round(min(0.97, max(0.5, span.score)), 4)


def name_findings(column: str, raw_names: Sequence[str], hash_key: bytes | None, where: str) -> list[Any]:
    """Findings for names that are values (keys, an asset's name), as if they were a column.

    ``column`` is the pseudo-column shown (``<key>``, ``contacts.<key>``, ``<asset name>``);
    ``where`` says what the names were (``keys``, ``asset name``). One finding per entity, with
    masked examples and keyed hashes like any finding: the raw names stop here. Names that no
    single-value test catches but that classify as a column (nine bare BSNs as keys) get the
    column classifier's finding.
    """
    from classifiers.column import classify_column
    from classifiers.masking import traces
    from classifiers.model import ColumnSample, Finding

    names = [str(n) for n in raw_names if n is not None and str(n).strip()]
    if not names:
        return []
    by_entity: dict[str, list[tuple[str, Span]]] = {}
    unmatched: list[str] = []
    for name in names:
        spans = value_spans(name)
        if not spans:
            unmatched.append(name)
        for span in spans:
            by_entity.setdefault(span.entity, []).append((name[span.start : span.end], span))
    findings = []
    for entity, hits in sorted(by_entity.items()):
        values = list(dict.fromkeys(v for v, _ in hits))[:3]
        evidence = {
            "method": "name",
            "where": where,
            "match_rate": round(len(hits) / len(names), 4),
            "chance_rate": None,  # single values: the recognizer's validator decides
            "name_hint": "none",
            "sample_size": len(names),
        }
        findings.append(
            Finding(
                column,
                entity,
                max(_score(s) for _, s in hits),
                min(len(hits), len(names)),
                len(names),
                evidence,
                *traces(entity, values, hash_key),   # examples and hashes sorted apart
            )
        )
    if len(unmatched) >= 3:
        for finding in classify_column(ColumnSample(name=column, values=unmatched), hash_key=hash_key):
            if finding.entity not in by_entity:
                findings.append(finding)
    return findings


def mask_name(name: str, hash_key: bytes | None = None) -> tuple[str, tuple[str, ...]]:
    """An asset's name with its values masked, and the raw name (for ``name_findings``, which
    needs the context words around a value: ``bsn_111222333.csv``) when it held a value.

    Two names can mask alike (``j***@example.nl.csv``), and an asset's name is its identity in
    the catalog; with ``hash_key`` a 6-hex-digit keyed digest of the whole raw name follows the
    last masked value (``j***@example.nl~3fa2c1.csv``), stable from scan to scan.
    """
    import hashlib
    import hmac

    spans = value_spans(name)
    if not spans:
        return name, ()
    end = spans[-1].end
    masked = mask_spans(name[:end], spans)
    if hash_key:
        masked += "~" + hmac.new(bytes(hash_key), name.encode("utf-8"), hashlib.sha256).hexdigest()[:6]
    return masked + name[end:], (name,)


def shown_source(uri: str, hash_key: bytes | None = None) -> str:
    """The form of a canonical source under which the catalog and every output know it.

    ``ropa scan /exports/jan.jansen@example.nl.csv`` or a folder per customer named by an IBAN
    would otherwise carry the value into ``scans.sources``, ``assets.source`` and every view. A
    local path (or a ``sqlite:///`` one) has each segment that holds a value masked, with the
    keyed digest of :func:`mask_name`, so the shown form stays one stable identity from scan to
    scan; the reader keeps the real path. Server URIs are shown as they are: their credential is
    already gone (``catalog.identity``), and masking a host name would hide which server it is.
    """
    prefix, path = "", uri
    if uri.startswith("sqlite:///"):
        prefix, path = "sqlite:///", uri[len("sqlite:///"):]
    elif "://" in uri:
        return uri
    parts = path.split("/")
    masked = [mask_name(part, hash_key)[0] if part else part for part in parts]
    return prefix + "/".join(masked)
