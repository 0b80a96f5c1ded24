"""bench/draft_public.py keeps a fresh set's held-out half blind: totals only, whatever the flags.

The held-out halves are the measure of #13; a per-policy line (or a missed pair printed by ``-v``)
is what one would tune on, so the script never prints them.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]


def test_a_fresh_held_out_half_prints_totals_only() -> None:
    split = {"dev": [], "heldout": []}
    for path in (ROOT / "bench/draft/fresh2").glob("readings_*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for half in split:
            split[half] += data["split"][half]
    out = subprocess.run([sys.executable, "bench/draft_public.py", "--set", "fresh2", "--half",
                          "both", "-v"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    held_out = out.split("== fresh2 heldout", 1)[1]
    assert "ALL" in held_out
    assert not any(name in held_out for name in split["heldout"] + split["dev"])
    assert "missed" not in held_out and "extra" not in held_out
    # the dev half keeps its per-policy lines
    assert all(name in out.split("== fresh2 heldout", 1)[0] for name in split["dev"])


def test_every_set_at_once_names_no_policy_and_brackets_its_totals() -> None:
    """``--set all`` prints totals per set and half, never a policy's line, and each half's
    bootstrap interval holds that half's total."""
    sys.path.insert(0, str(ROOT / "bench"))
    from draft_public import FRESH_SETS, load_set

    names = [n for s in FRESH_SETS for half in load_set(s)[0].values() for n in half]
    out = subprocess.run([sys.executable, "bench/draft_public.py", "--set", "all"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    assert not any(name in out for name in names)
    assert all(f"{s} " in out for s in FRESH_SETS)
    for half in ("dev", "heldout"):
        total, spans = out.split(f"ALL {half}", 1)[1].splitlines()[:2]
        recall = float(total.split()[3])  # n, pairs P, (a/b), pairs R
        low, high = (float(x) for x in spans.split("pairs R ", 1)[1].split()[0].split("-"))
        assert low <= recall <= high and low < high


def test_retention_is_strict_on_length_and_event_not_on_spelling() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from draft_public import same_rule

    assert same_rule(("P12M", "end_of_relationship"), ("P1Y", "end_of_relationship"))
    assert same_rule(("P28D", "end_of_relationship"), ("P4W", "end_of_relationship"))
    assert same_rule(("P18M", "collection"), ("P1Y6M", "collection"))
    assert not same_rule(("P12M", "collection"), ("P1Y", "end_of_relationship"))
    assert not same_rule(("P365D", "collection"), ("P1Y", "collection"))
    assert not same_rule(("P13M", "collection"), ("P1Y", "collection"))
    assert same_rule(("as_long_as_necessary",), ("as_long_as_necessary",))
    assert not same_rule(("as_long_as_necessary",), ("P1Y", "collection"))


def test_a_reading_s_participants_are_the_draft_s_attendees() -> None:
    """The drafter reads "participants" as ``attendee`` (and "guardians" as ``parent``): a
    reading that names them the other way scores against them, in both directions."""
    sys.path.insert(0, str(ROOT / "bench"))
    from draft_public import score

    from flows.draft import draft_policy

    result = draft_policy("# Privacy\n\nWe collect the name and email address of participants and the "
                          "phone number of their parents or guardians.\n", lang="en")
    assert {"attendee", "parent"} <= set(result.subjects)
    reading = {"subjects": {"participant": ["identity.name", "contact.email"],
                            "guardian": ["contact.phone"]},
               "retention": {}, "organisation": None, "country": "GB"}
    t = score(result, reading)
    assert (t.tp_r, t.n_hand) == (3, 3)


def test_a_reading_s_participants_are_the_guessed_user_as_its_members_are() -> None:
    """A draft that leaves "you" as the guessed ``user`` stands for a reader's "participant" (or
    "attendee") as it does for a reader's "member": pairs and retention both score."""
    sys.path.insert(0, str(ROOT / "bench"))
    from draft_public import score

    from flows.draft import draft_policy

    result = draft_policy("# Privacy\n\nWe collect your name and email address. We keep them for "
                          "2 years after our last contact.\n", lang="en")
    assert set(result.subjects) == {"user"}
    for role in ("participant", "attendee", "member"):
        reading = {"subjects": {role: ["identity.name", "contact.email"]},
                   "retention": {role: {"duration": "P2Y", "from": "last_contact"}},
                   "organisation": None, "country": "GB"}
        t = score(result, reading)
        assert (t.tp_r, t.n_hand, t.tp_p, t.n_draft, t.ret_ok) == (2, 2, 2, 2, 1), role


def test_a_reader_s_own_name_for_a_role_scores_as_the_drafter_s_id() -> None:
    """Readers name roles freely ("enquirer", "newsletter_subscriber"); the drafter has fixed
    ids (``correspondent``, ``subscriber``). The same person under the reader's name scores,
    pairs and retention; an unrelated role does not."""
    sys.path.insert(0, str(ROOT / "bench"))
    from draft_public import score

    from flows.draft import draft_policy

    result = draft_policy("# Privacy\n\n## Contact form\n\nWhen you use our contact form we collect "
                          "your name and email address. We keep this data for 2 years after our last "
                          "contact.\n\n## Newsletter\n\nWhen you subscribe to our newsletter we "
                          "collect your email address.\n", lang="en")
    assert {"correspondent", "subscriber"} <= set(result.subjects)
    reading = {"subjects": {"enquirer": ["identity.name", "contact.email"],
                            "newsletter_subscriber": ["contact.email"]},
               "retention": {"enquirer": {"duration": "P2Y", "from": "last_contact"}},
               "organisation": None, "country": "GB"}
    t = score(result, reading)
    assert (t.tp_r, t.n_hand, t.ret_ok, t.ret_n) == (3, 3, 1, 1)
    other = {"subjects": {"tenant": ["contact.email"]}, "retention": {}, "organisation": None,
             "country": "GB"}
    assert score(result, other).tp_r == 0


def test_a_policy_the_drafter_refuses_scores_as_all_missed() -> None:
    """A held-out policy in which the drafter finds no personal data must count (every pair
    and retention of its reading missed), not stop the run with a traceback naming it."""
    sys.path.insert(0, str(ROOT / "bench"))
    from draft_public import refused

    reading = {"subjects": {"member": ["identity.name", "contact.email"]},
               "retention": {"member": {"rule": "as_long_as_necessary"}},
               "organisation": ["Harbour Books"], "country": "GB"}
    t = refused(reading)
    assert (t.tp_r, t.n_hand, t.ret_ok, t.ret_n, t.both_ok, t.n_policies) == (0, 2, 0, 1, 0, 1)


def test_data_scores_the_categories_whoever_they_are_drafted_for() -> None:
    """``data`` leaves the subjects out: a category the draft puts under another subject than the
    reader's is a miss and an extra for pairs, and right for data; one nobody declares is wrong
    for both."""
    sys.path.insert(0, str(ROOT / "bench"))
    from draft_public import score

    from flows.draft import draft_policy

    result = draft_policy("# Privacy\n\nWe collect the name and email address of participants.\n", lang="en")
    assert set(result.subjects) == {"attendee"}
    reading = {"subjects": {"volunteer": ["identity.name", "contact.email"],
                            "attendee": ["contact.phone"]},
               "retention": {}, "organisation": None, "country": "GB"}
    t = score(result, reading)
    assert (t.tp_r, t.n_hand, t.tp_p, t.n_draft) == (0, 3, 0, 2)
    assert (t.data_tp_r, t.data_hand, t.data_tp_p, t.data_draft) == (2, 3, 2, 2)


def test_a_retention_miss_is_told_by_how_it_misses() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from draft_public import retention_miss

    always = ("as_long_as_necessary",)
    assert retention_miss(False, (), ("P1Y", "collection")) == "no such subject"
    assert retention_miss(True, (), always) == "no rule"
    assert retention_miss(True, ("P7Y", "end_of_fiscal_year"), always) == "a period for 'as long as necessary'"
    assert retention_miss(True, always, ("P2Y", "last_contact")) == "'as long as necessary' for a period"
    assert retention_miss(True, ("P10Y", "collection"), ("P2Y", "last_contact")) == "another period"
    assert retention_miss(True, ("P24M", "collection"), ("P2Y", "last_contact")) == "another event"


def test_an_organisation_miss_is_told_by_how_it_misses() -> None:
    """The controller's misses are printed by kind (held-out halves in totals only), so a wave can
    tell a wrong name from a wrong country without reading a held-out policy's line."""
    sys.path.insert(0, str(ROOT / "bench"))
    from draft_public import org_miss, refused, score

    from flows.draft import draft_policy

    assert org_miss(None, False, False) == "a name where the text names none"
    assert org_miss(["Harbour Books"], False, False) == "another name"
    assert org_miss(["Harbour Books"], True, False) == "another name, in review"
    assert org_miss(["Harbour Books"], False, True) == "the name, another country"

    result = draft_policy("# Privacy\n\nHarbour Books Ltd, 12 Quay Street, Bristol BS1 4DJ, is the "
                          "controller. We collect the name and email address of our customers.\n", lang="en")
    reading = {"subjects": {"customer": ["contact.email"]}, "retention": {}, "country": "GB"}
    assert score(result, {**reading, "organisation": ["Harbour Books Ltd"]}).org_misses == {}
    assert score(result, {**reading, "organisation": ["Quay Books"]}).org_misses == {"another name": 1}
    assert score(result, {**reading, "organisation": ["Harbour Books Ltd"], "country": "IE"}).org_misses \
        == {"the name, another country": 1}
    assert refused({**reading, "organisation": None}).org_misses == {"refused": 1}


def test_a_reading_s_bare_no_country_is_refused_with_the_reason(tmp_path, monkeypatch) -> None:
    """YAML reads a bare ``country: NO`` (Norway) as false, which no drafted country equals: one
    held-out reading scored its organisation as missed that way until the twenty-fourth wave."""
    sys.path.insert(0, str(ROOT / "bench"))
    import draft_public

    folder = tmp_path / "freshX"
    (folder / "policies").mkdir(parents=True)
    (folder / "readings_en.yaml").write_text(
        "split:\n  dev: [a_en]\n  heldout: []\npolicies:\n  a_en:\n    file: a_en.md\n"
        "    organisation: [Harbour AS]\n    country: NO\n    subjects: {}\n    retention: {}\n", encoding="utf-8")
    monkeypatch.setattr(draft_public, "HERE", tmp_path)
    with pytest.raises(SystemExit, match="write it in quotes"):
        draft_public.load_set("freshX")
    (folder / "readings_en.yaml").write_text(
        (folder / "readings_en.yaml").read_text(encoding="utf-8").replace("country: NO", 'country: "NO"'),
        encoding="utf-8")
    assert draft_public.load_set("freshX")[1]["a_en"]["country"] == "NO"
