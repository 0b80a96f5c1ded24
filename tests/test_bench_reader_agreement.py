"""bench/reader_agreement.py scores one hand reading against another with ropa's own scorer.

Pinned on real readings of the fresh sets: a reading agrees with itself in full, and each kind of
disagreement (a category left out, a subject named otherwise, another retention rule, another
controller, none named) costs exactly what it would cost a draft.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from draft_public import score  # noqa: E402
from reader_agreement import as_draft, first_readings, second_readings  # noqa: E402


@pytest.fixture(scope="module")
def readings() -> dict:
    return {name: reading for name, (reading, _, _) in first_readings().items()}


@pytest.mark.parametrize("name", ["ascencia_en", "smidjan_fr", "gentsebc_nl"])
def test_a_reading_agrees_with_itself(readings: dict, name: str) -> None:
    t = score(as_draft(readings[name]), readings[name])
    assert (t.tp_p, t.tp_r, t.ret_ok, t.both_ok) == (t.n_draft, t.n_hand, t.ret_n, 1)
    assert t.n_hand > 0 and not t.notes


def test_each_disagreement_costs_what_it_costs_a_draft(readings: dict) -> None:
    first = readings["ascencia_en"]
    sid, cats = next(iter(first["subjects"].items()))

    fewer = copy.deepcopy(first)
    fewer["subjects"][sid] = cats[:-1]
    t = score(as_draft(fewer), first)
    assert (t.tp_p, t.n_draft, t.tp_r, t.n_hand) == (len(cats) - 1, len(cats) - 1, len(cats) - 1, len(cats))

    renamed = copy.deepcopy(first)  # the same people under a role no alias maps: nothing matches
    renamed["subjects"] = {"volunteer": cats}
    renamed["retention"] = {"volunteer": first["retention"][sid]}
    t = score(as_draft(renamed), first)
    assert (t.tp_p, t.tp_r, t.ret_ok) == (0, 0, 0)

    other_rule = copy.deepcopy(first)
    other_rule["retention"][sid] = {"duration": "P3Y", "from": "end_of_relationship"}
    assert score(as_draft(other_rule), first).ret_ok == 0

    other_org = copy.deepcopy(first)
    other_org["organisation"] = ["Someone Else Ltd"]
    t = score(as_draft(other_org), first)
    assert (t.org_ok, t.country_ok, t.both_ok) == (0, 1, 0)

    no_org = copy.deepcopy(first)  # a reader who finds no controller named agrees with another
    no_org["organisation"] = None
    assert score(as_draft(no_org), no_org).org_ok == 1
    assert score(as_draft(first), no_org).org_ok == 0


def test_every_second_reading_has_a_first_one(readings: dict) -> None:
    seconds = second_readings()
    assert len(seconds) >= 12
    for name, second in seconds.items():
        assert name in readings, name
        assert second["file"] == readings[name]["file"]
        assert set(second["retention"]) <= set(second["subjects"]), name


def test_the_held_out_sample_prints_totals_only(readings: dict) -> None:
    """Held-out policies read twice are scored in totals only, as bench/draft_public.py scores
    them: no policy name, no per-policy line."""
    import subprocess

    heldout = {name for name in second_readings() if name in _heldout_names()}
    out = subprocess.run([sys.executable, "bench/reader_agreement.py"], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    assert heldout, "the held-out sample is read"
    assert "held-out sample (totals only)" in out
    assert not any(name in out for name in heldout)


def _heldout_names() -> set[str]:
    from draft_public import FRESH_SETS, load_set

    return {name for s in FRESH_SETS for name in load_set(s)[0]["heldout"]}
