"""bench/draft_controller.py: who the controller is, scored on policies read for that alone.

Pinned on the ctrl sets' real readings: every reading is complete and split once (each policy in
one half), a draft is judged right only on one of the reading's spellings and its country, a
reading naming no controller is right only when the draft asks for review, and a held-out half
prints its totals and nothing per policy.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from draft_controller import SETS, judge, load, run  # noqa: E402

CTRL_SETS = [s for s in SETS if s.startswith("ctrl")]


@pytest.mark.parametrize("name", CTRL_SETS)
def test_each_ctrl_set_is_read_in_full_and_split_once(name: str) -> None:
    split, readings, folder = load(name)
    dev, heldout = set(split["dev"]), set(split["heldout"])
    assert not dev & heldout and dev | heldout == set(readings)
    assert abs(len(dev) - len(heldout)) <= 4  # split alternately, per reader
    for short, reading in readings.items():
        assert (folder / reading["file"]).is_file(), short
        assert isinstance(reading["country"], str) and len(reading["country"]) == 2, short
        names = reading["organisation"]
        assert names is None or (names and all(isinstance(n, str) and n for n in names)), short


@pytest.mark.parametrize("organisation, review, country, expected", [
    ("Kraye B.V.", False, "NL", (True, True)),
    ("KRAYE  b.v.", True, "NL", (True, True)),  # case and spacing aside
    ("Kraye", False, "BE", (False, False)),  # a spelling the reading does not list, another country
    (None, True, None, (False, False)),  # refused
])
def test_a_draft_is_right_on_a_listed_spelling_and_the_country(organisation, review, country, expected) -> None:
    reading = {"organisation": ["Kraye B.V.", "Kraye Holding"], "country": "NL"}
    assert judge(reading, organisation, review, country) == expected


def test_a_reading_naming_no_controller_wants_a_draft_marked_for_review() -> None:
    reading = {"organisation": None, "country": "BE"}
    assert judge(reading, "Some Guess", True, "BE") == (True, True)
    assert judge(reading, "Some Guess", False, "BE") == (False, True)


def test_a_held_out_half_prints_totals_only(capsys) -> None:
    split, readings, folder = load("ctrl")
    names = split["heldout"][:2]
    total = run(names, readings, folder, totals_only=True, verbose=True)
    assert total["n"] == 2
    assert capsys.readouterr().out == ""
    run(split["dev"][:1], readings, folder, totals_only=False, verbose=False)
    assert split["dev"][0] in capsys.readouterr().out
