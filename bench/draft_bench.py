"""Benchmark ``ropa draft`` against hand-encoded declarations.

    python bench/draft_bench.py            # the table
    python bench/draft_bench.py -v         # plus every missed and extra pair

Drafts each seed policy (``policies/seeds``, or ``--seeds DIR``) and compares the draft with
the hand encoding in ``policies/<org>.yaml``; then drafts the held-out public policies of
``bench/data/heldout.yaml`` (real texts the lexicons were not built on) and compares with the
small truth lists kept there. A missing hand encoding is reported and skipped, not failed.

What is scored
  pairs       (subject, category). A hand pair is recalled when the draft holds the same key or a
              more specific one for the matching subject (``contact.email`` recalls ``contact``;
              ``contact`` does not recall ``contact.email``). A draft pair is precise when the
              hand encoding holds the same key, a parent or a child of it for that subject.
  retention   one rule per subject: ``(duration, from)`` or ``as_long_as_necessary``, exactly.
              Recall over the hand's subjects, precision over the draft's.

Subject ids differ between a draft and a hand encoding (the draft says ``debtor`` where the hand
may say ``customer``). ``ALIASES`` maps each hand id to the draft ids that may stand for it, in
order of preference; the first one the draft has is used. ``user`` is the draft's name for "you",
the reader a policy addresses, so it may stand for the roles a hand encoding splits "you" into
(visitor, subscriber, correspondent, member). A draft subject no hand subject maps to scores all
its pairs as extras; a hand subject with no draft counterpart scores all its pairs as missed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from catalog.taxonomy import covers  # noqa: E402
from flows.draft import DraftResult, draft_policy  # noqa: E402
from flows.draft.lexicons import LANGUAGES, pipeline  # noqa: E402

SEEDS: tuple[tuple[str, str], ...] = (
    ("wecasa", "000_e06cb08e164c6003.txt"),
    ("wemaintain", "001_09fe9a273badf720.txt"),
    ("wemind", "002_58aac5e4572da608.txt"),
    ("wegroup", "003_fb5f5a105913d2bd.txt"),
    ("webcasso", "004_2d155cfde7331291.txt"),
)
SEED_DIRS = tuple(Path(p) for p in (os.environ.get("ROPA_SEEDS"),) if p) + (ROOT / "policies" / "seeds",)
HELDOUT = ROOT / "bench" / "data" / "heldout.yaml"

#: hand-encoded subject id -> draft subject ids that may stand for it (first present wins).
ALIASES: dict[str, tuple[str, ...]] = {
    "customer": ("customer", "client", "user"),
    "client": ("client", "customer"),
    "debtor": ("debtor", "customer"),
    "member": ("member", "customer", "user"),
    "user": ("user",),
    "visitor": ("visitor", "user"),
    "subscriber": ("subscriber", "user"),
    "correspondent": ("correspondent", "user"),
    "prospect": ("prospect",),
    "partner": ("partner",),
    "supplier": ("supplier", "vendor"),
    "applicant": ("applicant", "candidate"),
    "technician": ("technician",),
    "family": ("family",),
    "employee": ("employee",),
}

RECALL_TARGET, PRECISION_TARGET = 0.9, 0.8


@dataclass
class Truth:
    subjects: dict[str, set[str]]
    retention: dict[str, tuple[str, ...]]


@dataclass
class Score:
    mapping: dict[str, str | None] = field(default_factory=dict)
    tp_p: int = 0
    n_draft: int = 0
    tp_r: int = 0
    n_hand: int = 0
    ret_ok_p: int = 0
    ret_draft: int = 0
    ret_ok_r: int = 0
    ret_hand: int = 0
    missed: list[tuple[str, str]] = field(default_factory=list)
    extra: list[tuple[str, str]] = field(default_factory=list)
    retention_diff: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        for name in ("tp_p", "n_draft", "tp_r", "n_hand", "ret_ok_p", "ret_draft", "ret_ok_r",
                     "ret_hand"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _rule(retention: dict) -> tuple[str, ...]:
    if retention.get("rule"):
        return (str(retention["rule"]),)
    return (str(retention.get("duration")), str(retention.get("from")))


def truth_from_declaration(path: Path) -> Truth:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Truth(
        {sid: set(s.get("categories") or []) for sid, s in data["subjects"].items()},
        {sid: _rule(s.get("retention") or {}) for sid, s in data["subjects"].items()},
    )


def truth_from_heldout(entry: dict) -> Truth:
    truth = entry["truth"]
    return Truth({sid: set(cats) for sid, cats in truth["subjects"].items()},
                 {sid: _rule(rule) for sid, rule in truth["retention"].items()})


def _draft_rule(result: DraftResult, sid: str) -> tuple[str, ...]:
    item = result.subjects[sid].retention
    return item.value.key() if item is not None else ()


def score(result: DraftResult, truth: Truth) -> Score:
    s = Score()
    drafted = {sid: set(sub.category_keys()) for sid, sub in result.subjects.items()}
    for hand in truth.subjects:
        s.mapping[hand] = next((d for d in ALIASES.get(hand, (hand,)) if d in drafted), None)
    hands_of: dict[str, list[str]] = {}
    for hand, draft in s.mapping.items():
        if draft is not None:
            hands_of.setdefault(draft, []).append(hand)

    for hand, cats in truth.subjects.items():
        got = drafted.get(s.mapping[hand] or "", set())
        for c in sorted(cats):
            s.n_hand += 1
            if any(covers(c, d) for d in got):
                s.tp_r += 1
            else:
                s.missed.append((hand, c))
    for draft, cats in drafted.items():
        hand_cats = set().union(*(truth.subjects[h] for h in hands_of.get(draft, [])))
        for c in sorted(cats):
            s.n_draft += 1
            if any(covers(h, c) or covers(c, h) for h in hand_cats):
                s.tp_p += 1
            else:
                s.extra.append((draft, c))

    for hand, rule in truth.retention.items():
        s.ret_hand += 1
        draft = s.mapping.get(hand)
        got = _draft_rule(result, draft) if draft else ()
        if got == rule:
            s.ret_ok_r += 1
        else:
            s.retention_diff.append(f"{hand}: hand {'/'.join(rule)}, draft {'/'.join(got) or '-'}")
    for draft in drafted:
        s.ret_draft += 1
        if any(truth.retention.get(h) == _draft_rule(result, draft) for h in hands_of.get(draft, [])):
            s.ret_ok_p += 1
    return s


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f} ({a}/{b})" if b else "  -  "


def _row(name: str, lang: str, s: Score, reviews: str, seconds: str, subjects: str) -> str:
    return (f"{name:<15} {lang:<4} {_ratio(s.tp_p, s.n_draft):>14} {_ratio(s.tp_r, s.n_hand):>14} "
            f"{_ratio(s.ret_ok_p, s.ret_draft):>12} {_ratio(s.ret_ok_r, s.ret_hand):>12} "
            f"{reviews:>6} {seconds:>5}  {subjects}")


HEADER = (f"{'policy':<15} {'lang':<4} {'pairs P':>14} {'pairs R':>14} {'retention P':>12} "
          f"{'retention R':>12} {'review':>6} {'s':>5}  subjects (hand -> draft)")


def run_one(name: str, text: str, truth: Truth, verbose: bool) -> tuple[Score, str]:
    started = time.perf_counter()
    result = draft_policy(text, lang="auto", source_name=name)
    seconds = time.perf_counter() - started
    s = score(result, truth)
    mapping = ", ".join(f"{h}->{d or '?'}" for h, d in s.mapping.items())
    unmapped = [d for d in result.subjects if d not in s.mapping.values()]
    if unmapped:
        mapping += "; draft only: " + ", ".join(unmapped)
    line = _row(name, result.language, s, str(len(result.review_items)), f"{seconds:.1f}", mapping)
    if verbose:
        details = []
        if s.missed:
            details.append("    missed: " + ", ".join(f"{a}/{b}" for a, b in s.missed))
        if s.extra:
            details.append("    extra:  " + ", ".join(f"{a}/{b}" for a, b in s.extra))
        if s.retention_diff:
            details.append("    retention: " + "; ".join(s.retention_diff))
        line += "\n" + "\n".join(details) if details else ""
    return s, line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list missed and extra pairs")
    parser.add_argument("--seeds", type=Path, help="folder holding the seed policy texts")
    args = parser.parse_args(argv)
    seed_dir = args.seeds or next((d for d in SEED_DIRS if d.is_dir()), None)

    started = time.perf_counter()
    for lang in LANGUAGES:  # built once per process; timed apart from the drafts below
        pipeline(lang)
    print(f"spaCy pipelines (blank en/fr/nl + lexicon rulers) built in "
          f"{time.perf_counter() - started:.1f} s; 's' below is drafting time per policy\n")

    print("Seed policies (truth: policies/<org>.yaml, hand-encoded)")
    print(HEADER)
    total = Score()
    scored = 0
    for org, filename in SEEDS:
        hand = ROOT / "policies" / f"{org}.yaml"
        text_path = seed_dir / filename if seed_dir else None
        if text_path is None or not text_path.is_file():
            print(f"{org:<15} skipped: seed text {filename} not found (pass --seeds DIR)")
            continue
        if not hand.is_file():
            print(f"{org:<15} skipped: {hand.relative_to(ROOT)} not written yet (another helper "
                  "encodes it); run again once it exists")
            continue
        s, line = run_one(org, text_path.read_text(encoding="utf-8"), truth_from_declaration(hand),
                          args.verbose)
        total.add(s)
        scored += 1
        print(line)
    if scored:
        print(_row("ALL seeds", "", total, "", "", "(micro-averaged)"))
        recall = total.tp_r / total.n_hand if total.n_hand else 0.0
        precision = total.tp_p / total.n_draft if total.n_draft else 0.0
        met = recall >= RECALL_TARGET and precision >= PRECISION_TARGET
        print(f"target on the seeds: pair recall >= {RECALL_TARGET}, precision >= "
              f"{PRECISION_TARGET}: {'met' if met else 'NOT met'} "
              f"(recall {recall:.2f}, precision {precision:.2f})")

    print()
    print(f"Held-out public policies (truth: {HELDOUT.relative_to(ROOT)}, made for this bench)")
    print(HEADER)
    held = yaml.safe_load(HELDOUT.read_text(encoding="utf-8"))["policies"]
    total = Score()
    for entry in held:
        path = HELDOUT.parent / entry["file"]
        s, line = run_one(Path(entry["file"]).stem, path.read_text(encoding="utf-8"),
                          truth_from_heldout(entry), args.verbose)
        total.add(s)
        print(line)
        print(f"{'':<15} source: {entry['source']}")
    print(_row("ALL held-out", "", total, "", "", "(micro-averaged)"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
