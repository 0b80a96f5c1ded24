"""How far two careful human readers agree on a policy, scored exactly as ``ropa draft`` is scored.

    python bench/reader_agreement.py        # every policy read twice: reader vs reader, ropa vs each

Issue #13 asks the drafter for pairs precision and recall of 0.9, retention 0.8 and organisation
plus country 0.9 against one hand reading. What one reading says is itself a judgement: which
people "you" are, whether a contact form's senders are a subject of their own, whether "as long as
needed" or a statutory period is the subject's rule. This script measures that judgement: a second
reader, blind to the first reading, read a sample of dev-half policies into
``bench/draft/agreement/readings_<lang>.yaml``. The second reading is turned into a draft (each
category, retention rule, organisation and country as stated, at full confidence) and scored
against the first with ``draft_public.score`` — the scorer ropa is measured with, unchanged — and
the other way round. ropa's draft of the same policy is scored against each reading beside it.

A target above what two readers agree on cannot be met by any drafter; the figures say where the
ceiling of this benchmark lies, not what ropa scores on unseen policies (the held-out halves do).
Two samples, each drawn with a fixed seed, 4 policies per language (bench/README): 24 from the dev
halves (``agreement/readings_*.yaml``), printed per policy; 12 from the held-out halves
(``agreement/heldout/readings_*.yaml``), printed in totals only, as draft_public.py prints them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from draft_public import FRESH_SETS, RATIOS, Tally, _r, interval, load_set, score  # noqa: E402
from flows.draft import DraftError, DraftResult, draft_policy  # noqa: E402
from flows.draft.model import Evidence, Item, Retention, SubjectDraft  # noqa: E402
from flows.draft.reader import read_policy  # noqa: E402

AGREEMENT = ROOT / "bench" / "draft" / "agreement"


def as_draft(reading: dict, language: str = "en") -> DraftResult:
    """A hand reading as a draft: what it states, at full confidence; no organisation named is a
    placeholder marked for review (as the drafter writes one), so two readers who both find none
    agree."""
    said = Evidence("hand reading", 0, None)
    subjects: dict[str, SubjectDraft] = {}
    for sid, cats in (reading.get("subjects") or {}).items():
        rule = (reading.get("retention") or {}).get(sid)
        retention = None
        if rule:
            value = (Retention(rule=str(rule["rule"])) if rule.get("rule")
                     else Retention(duration=str(rule["duration"]), start=str(rule["from"])))
            retention = Item("retention", sid, value, 1.0, said)
        subjects[sid] = SubjectDraft(
            id=sid, label=None, subject_item=Item("subject", sid, sid, 1.0, said),
            categories=[Item("category", sid, key, 1.0, said) for key in cats or []],
            retention=retention)
    names = reading.get("organisation")
    organisation = (Item("organisation", None, names[0], 1.0, said) if names
                    else Item("organisation", None, "ORGANISATION", 0.3, said))
    jurisdiction = Item("jurisdiction", None, reading.get("country"), 1.0, said)
    return DraftResult(language=language, language_detected=False, organisation=organisation,
                       jurisdiction=jurisdiction, source={}, subjects=subjects, items=[])


def first_readings() -> dict[str, tuple[dict, Path, str]]:
    """Every fresh set's reading by policy name, with its policies folder and its half."""
    out: dict[str, tuple[dict, Path, str]] = {}
    for name in FRESH_SETS:
        split, readings, folder = load_set(name)
        for policy, reading in readings.items():
            out[policy] = (reading, folder, "heldout" if policy in split["heldout"] else "dev")
    return out


def second_readings(folder: Path = AGREEMENT) -> dict[str, dict]:
    """The blind second readings, by policy name: the dev sample in ``folder``, the held-out
    sample in ``folder/heldout``."""
    out: dict[str, dict] = {}
    for path in sorted([*folder.glob("readings_*.yaml"), *(folder / "heldout").glob("readings_*.yaml")]):
        out.update(yaml.safe_load(path.read_text(encoding="utf-8"))["policies"])
    return out


def line(label: str, t: Tally) -> str:
    return (f"{label:<34}{_r(t.tp_p, t.n_draft):>15}{_r(t.tp_r, t.n_hand):>15}"
            f"{_r(t.ret_ok, t.ret_n):>14}{_r(t.both_ok, t.n_policies):>13}"
            f"{_r(t.data_tp_p, t.data_draft):>15}{_r(t.data_tp_r, t.data_hand):>15}")


LABELS = ("B vs A", "A vs B", "ropa vs A", "ropa vs B")
HEADER = (f"{'':<34}{'pairs P':>15}{'pairs R':>15}{'retention':>14}{'org+cc':>13}"
          f"{'data P':>15}{'data R':>15}")


def compare(name: str, first: dict, folder: Path, second: dict) -> dict[str, Tally]:
    """The four scores of one policy read twice."""
    language = name.rsplit("_", 1)[-1]
    rows = {"B vs A": score(as_draft(second, language), first),
            "A vs B": score(as_draft(first, language), second)}
    try:
        ropa = draft_policy(read_policy(folder / first["file"]), source_name=first["file"])
    except DraftError:
        return rows  # refused: no draft to score (never the case on the samples so far)
    rows["ropa vs A"] = score(ropa, first)
    rows["ropa vs B"] = score(ropa, second)
    return rows


def report(label: str, per_policy: dict[str, list[Tally]]) -> None:
    """Totals of one sample, and bootstrap intervals of reader and ropa agreement."""
    n = len(per_policy["B vs A"])
    print(f"\n== {label}: {n} policies read twice\n{HEADER}")
    for key in LABELS:
        total = Tally()
        for t in per_policy[key]:
            total.add(t)
        print(line(key, total))
    print(f"95% intervals (bootstrap over the {n} policies)")
    for key in ("B vs A", "ropa vs A"):
        spans = "  ".join(f"{k} {lo:.2f}-{hi:.2f}" for k, f in RATIOS.items()
                          for lo, hi in [interval(per_policy[key], f)])
        print(f"  {key:<10}{spans}")


def main() -> int:
    firsts = first_readings()
    seconds = second_readings()
    if not seconds:
        print(f"no second readings in {AGREEMENT}")
        return 1
    samples: dict[str, dict[str, list[Tally]]] = {h: {k: [] for k in LABELS} for h in ("dev", "heldout")}
    for name, second in sorted(seconds.items()):
        if name not in firsts:
            print(f"{name}: no first reading in any fresh set")
            return 1
        first, folder, half = firsts[name]
        rows = compare(name, first, folder, second)
        for key, t in rows.items():
            samples[half][key].append(t)
        if half == "dev":  # a held-out policy is looked at in totals only
            print(f"\n{name}  (A: first reading, B: second, blind reading)\n{HEADER}")
            for key, t in rows.items():
                print(line(key, t))
    report("dev-half sample", samples["dev"])
    if samples["heldout"]["B vs A"]:
        report("held-out sample (totals only)", samples["heldout"])
    print("\nB vs A: the second reading scored as a draft against the first (what the benchmark "
          "asks of ropa);\nA vs B the other way round. Pairs P of one direction is pairs R of the "
          "other, up to subject aliases.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
