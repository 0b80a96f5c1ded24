"""A :class:`DraftResult` as declaration YAML (policies/FORMAT.md), with its evidence as comments.

PyYAML cannot write comments, and the comments are the point of a draft: every statement says
which sentence of the policy it came from, uncertain ones start with ``# REVIEW (0.55):``. So the
text is written line by line here; scalars are double-quoted with ``json.dumps`` (a JSON string
is a valid YAML double-quoted scalar), so no policy wording can break the YAML. Only the keys
FORMAT.md lists are written; the result loads with ``yaml.safe_load`` and, once it exists, with
``catalog.declarations.load_declaration``.
"""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING

from flows.draft.extract import clean
from flows.draft.model import INCLUDE_AT, Item, Purpose, Retention

if TYPE_CHECKING:  # pragma: no cover
    from flows.draft.draft import DraftResult

MAX_LEFT_OUT = 40


def q(text: str) -> str:
    """A YAML double-quoted scalar."""
    return json.dumps(text, ensure_ascii=False)


def note(item: Item) -> str:
    """The comment for an item: provenance when confident, a REVIEW mark otherwise."""
    sentence = clean(item.evidence.sentence, 140)
    where = f" (line {item.evidence.line})" if item.evidence.line else ""
    if item.needs_review:
        return f"# REVIEW ({item.confidence:.2f}): {q(sentence)}{where}"
    return f"# ({item.confidence:.2f}) {q(sentence)}{where}"


def _lines_for_item(indent: str, body: str, item: Item) -> list[str]:
    """A list entry with its comment: REVIEW comments above the entry, provenance after it."""
    if item.needs_review:
        return [f"{indent}{note(item)}", f"{indent}{body}"]
    return [f"{indent}{body}  {note(item)}"]


def _retention_lines(item: Item) -> list[str]:
    value: Retention = item.value
    if item.needs_review:
        out = [f"    {note(item)}", "    retention:"]
    else:
        out = [f"    retention:  {note(item)}"]
    if value.rule:
        out.append(f"      rule: {value.rule}")
    else:
        out.append(f"      duration: {value.duration}")
        out.append(f"      from: {value.start}")
    if value.note:
        out.append(f"      note: {q(value.note)}")
    return out


def to_yaml(result: "DraftResult") -> str:
    lines: list[str] = []
    add = lines.append
    name = result.source_name or "the policy text"
    how = "detected" if result.language_detected else "given"
    reviews = len(result.review_items)
    add(f"# Drafted by `ropa draft` from {name} (language {result.language}, {how}).")
    add("# A proposal to review, not a declaration: each statement carries the policy sentence it")
    add(f"# came from and a confidence; {reviews} marked REVIEW need a person's decision.")
    add(f"# Items below confidence {INCLUDE_AT:.2f} are listed at the end, not declared.")
    add("ropa: 1")
    add(f"organisation: {q(result.organisation.value)}  {note(result.organisation)}")
    # quoted: YAML 1.1 reads a bare NO (Norway) as false
    add(f'jurisdiction: "{result.jurisdiction.value}"  {note(result.jurisdiction)}')
    add(f"language: {result.language}")
    if result.source:
        add("source:")
        if "document" in result.source:
            add(f"  document: {q(str(result.source['document']))}")
        updated = result.source.get("updated")
        if isinstance(updated, date):
            add(f"  updated: {updated.isoformat()}")
    add("notes: " + q(
        f"Drafted by ropa draft from {name}; {reviews} statements marked REVIEW. "
        "Check every category against the policy before relying on this file."
    ))
    add("subjects:")
    for sid, subject in result.subjects.items():
        item = subject.subject_item
        if item.needs_review:
            add(f"  {note(item)}")
            add(f"  {sid}:")
        else:
            add(f"  {sid}:  {note(item)}")
        if subject.label:
            add(f"    label: {q(subject.label)}")
        add("    categories:")
        for cat in subject.categories:
            lines.extend(_lines_for_item("      ", f"- {cat.value}", cat))
        if subject.purposes:
            add("    purposes:")
            for p_item in subject.purposes:
                purpose: Purpose = p_item.value
                lines.extend(_lines_for_item("      ", f"- name: {q(purpose.name)}", p_item))
                add(f"        legal_basis: {purpose.legal_basis}")
                if purpose.categories:
                    add(f"        categories: [{', '.join(purpose.categories)}]")
        if subject.retention is not None:
            lines.extend(_retention_lines(subject.retention))
            value: Retention = subject.retention.value
            if value.vague:
                add(f"    vague: {q(value.vague)}")
        if subject.masked:
            add("    masked:")
            for m in subject.masked:
                lines.extend(_lines_for_item("      ", f"- {m.value}", m))
        if subject.not_processed:
            add("    not_processed:")
            for n in subject.not_processed:
                lines.extend(_lines_for_item("      ", f"- {n.value}", n))
    left_out = result.left_out
    if left_out:
        add("")
        add(f"# Found but not declared (confidence below {INCLUDE_AT:.2f}); add them if the policy")
        add("# means them:")
        for item in left_out[:MAX_LEFT_OUT]:
            sentence = clean(item.evidence.sentence, 120)
            add(f"#   {item.subject}: {item.value} ({item.confidence:.2f}) {q(sentence)} "
                f"(line {item.evidence.line})")
        if len(left_out) > MAX_LEFT_OUT:
            add(f"#   ... and {len(left_out) - MAX_LEFT_OUT} more")
    return "\n".join(lines) + "\n"


__all__ = ["to_yaml", "q", "note"]
