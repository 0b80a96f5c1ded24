"""Benchmark who ``ropa draft`` says the controller is, and where, on policies read for that alone.

    python bench/draft_controller.py --half dev -v     # the ctrl set's dev half, a line per policy
    python bench/draft_controller.py --half heldout    # its held-out half: totals only
    python bench/draft_controller.py --set ctrl4 --half dev -v   # the fourth set (ctrl, ctrl2, ctrl3, ctrl4)
    python bench/draft_controller.py --set fresh12 --half dev   # a fresh set's controller lines

The issue's organisation-and-country target (0.9 of held-out policies) is the one two readers
reach without trouble (they agreed on 1.00 of a held-out sample, bench/reader_agreement.py), and
the fresh sets give it one policy per reading: 69 held-out policies in ten waves, too few to see
which way a rule moves it. The ``ctrl`` sets (``bench/draft/ctrl/`` to ``ctrl4/``, 56 policies
each) hold more, read for the controller's name and country only, which is quick enough to read
many: each policy was read by hand into ``ctrl*/readings_<tag>.yaml`` and split alternately into
dev and held-out halves by its reader before any draft was run on it. Each set arrived after the
rules written from the one before, so its first measurement is of rules never tuned on it
(figures: bench/README.md, "The tenth wave").

A policy is right when the draft's organisation is one of the reading's spellings (case and
apostrophes aside) and its jurisdiction is the reading's country; with no organisation in the
reading (the text names none), when the draft marks its organisation for review. A policy the
drafter refuses (no personal data found) counts as wrong on both; one whose language it cannot
tell (a page component's markup) is drafted again with ``--lang``, as its error message asks.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from draft_public import FRESH_SETS, _norm, load_set  # noqa: E402
from flows.draft import DraftError, draft_policy  # noqa: E402
from flows.draft.language import LanguageError  # noqa: E402
from flows.draft.reader import read_policy  # noqa: E402

SETS = ("ctrl", "ctrl2", "ctrl3", "ctrl4", *FRESH_SETS)


def load(name: str) -> tuple[dict[str, list[str]], dict[str, dict], Path]:
    """The split, the readings (organisation and country at least) and the policies folder: the
    fresh sets' layout, one readings file per reader (``draft_public.load_set``)."""
    return load_set(name)


def judge(reading: dict, organisation: str | None, review: bool, country: str | None) -> tuple[bool, bool]:
    """(organisation right, country right) for one draft, by the rules of draft_public.score."""
    names = reading.get("organisation")
    org_ok = review if names is None else (organisation is not None
                                           and _norm(organisation) in {_norm(n) for n in names})
    return org_ok, country == reading["country"]


def run(names: list[str], readings: dict, folder: Path, *, totals_only: bool,
        verbose: bool) -> Counter[str]:
    """Draft each policy and count what it got right; a line per policy unless ``totals_only``."""
    total: Counter[str] = Counter()
    for name in names:
        reading = readings[name]
        text = read_policy(folder / reading["file"])
        try:
            try:
                result = draft_policy(text, source_name=reading["file"])
            except LanguageError:
                # a page component's markup hides its language; the error says to pass --lang,
                # and a user does: the language its reader filed it under (Flemish is Dutch)
                lang = {"be": "nl"}.get(tag := name.rsplit("_", 1)[-1], tag)
                result = draft_policy(text, lang=lang, source_name=reading["file"])
            org, review = str(result.organisation.value), result.organisation.needs_review
            country, why = str(result.jurisdiction.value), result.organisation.evidence.sentence
        except DraftError:
            org, review, country, why = None, True, None, "refused: no personal data found"
        org_ok, cc_ok = judge(reading, org, review, country)
        total.update(n=1, org=org_ok, country=cc_ok, both=org_ok and cc_ok,
                     review=review, wrong_marked=review and not org_ok)
        if totals_only:
            continue
        print(f"{name:<34}{'ok' if org_ok else 'NO':>4}{'ok' if cc_ok else 'NO':>4}  "
              f"{str(org)[:40]!r} {country}{' REVIEW' if review else ''}")
        if verbose and not (org_ok and cc_ok):
            print(f"{'':<10}read {reading.get('organisation')} {reading['country']}; {why[:150]}")
    return total


def _figures(label: str, t: Counter[str]) -> str:
    n = t["n"] or 1
    return (f"{label:<34} n={t['n']:<4} organisation {t['org'] / n:.2f}  country {t['country'] / n:.2f}  "
            f"both {t['both'] / n:.2f} ({t['both']}/{t['n']})  wrong and marked for review "
            f"{t['wrong_marked']}/{t['n'] - t['org']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", dest="which", choices=SETS, default="ctrl")
    parser.add_argument("--half", choices=("dev", "heldout", "both"), default="dev")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    split, readings, folder = load(args.which)
    for half in ["dev", "heldout"] if args.half == "both" else [args.half]:
        blind = half == "heldout"  # a held-out half prints its totals only, whatever the flags
        print(f"\n== {args.which} {half} ({len(split[half])} policies){' (totals only)' if blind else ''}")
        print(_figures("ALL", run(split[half], readings, folder, totals_only=blind, verbose=args.verbose)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
