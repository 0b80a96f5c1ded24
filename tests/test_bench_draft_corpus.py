"""bench/draft_corpus.py: a whole-corpus draft diff that never shows a held-out half's draft."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bench.draft_corpus import ROOT, corpus, diff, heldout_names, read_stream
from bench.draft_public import FRESH_SETS, load_set

CTRL_SETS = ("ctrl", "ctrl2", "ctrl3", "ctrl4")


def test_the_corpus_leaves_out_every_held_out_half_and_keeps_every_dev_half() -> None:
    kept = {p.name for p in corpus(ROOT)}
    every = {p.name for p in corpus(ROOT, with_heldout=True)}
    for name in (*FRESH_SETS, *CTRL_SETS, "original"):
        split, readings, _ = load_set(name)
        for half, expected in (("heldout", False), ("dev", True)):
            for policy in split[half]:
                file = readings[policy].get("file", policy)
                assert file in every, (name, file)
                assert (file in kept) is expected, (name, half, file)


def test_the_held_out_names_come_from_every_readings_file() -> None:
    held = heldout_names(ROOT)
    assert {"altazion_fr", "akkervarken_be", "fairdom_en", "partyfix_nl"} <= held
    assert not {"solinum_fr", "walys_fr", "movementclub_nl"} & held


def test_a_policy_no_split_names_yet_is_left_out_as_a_held_out_one(tmp_path: Path) -> None:
    # a new set while its readers work: one policy read and put in the dev half, one read into the
    # held-out half, one stored and not yet read (it may be bound for either half)
    policies = tmp_path / "bench" / "draft" / "freshX" / "policies"
    policies.mkdir(parents=True)
    for name in ("read_en.md", "held_fr.html", "unread_nl.md"):
        (policies / name).write_text("# Privacy\n\nWe keep your email address.\n", encoding="utf-8")
        (policies / name.replace(".", ".source.", 1).rsplit(".", 1)[0]).with_suffix(".yaml").write_text(
            "file: x\n", encoding="utf-8")
    (tmp_path / "bench" / "draft" / "freshX" / "readings_en.yaml").write_text(
        "split: {dev: [read_en], heldout: [held]}\npolicies:\n  read_en: {file: read_en.md}\n"
        "  held: {file: held_fr.html}\n", encoding="utf-8")
    assert heldout_names(tmp_path) == {"held", "held_fr", "unread_nl"}
    assert [p.name for p in corpus(tmp_path)] == ["read_en.md"]
    assert len(corpus(tmp_path, with_heldout=True)) == 3


def _stream(tmp_path: Path, name: str, drafts: dict[str, str]) -> Path:
    path = tmp_path / name
    path.write_text("".join(f"=== {k}\n{v}\n" for k, v in drafts.items()), encoding="utf-8")
    return path


def test_the_diff_names_changed_drafts_and_hides_held_out_ones(tmp_path: Path) -> None:
    before = _stream(tmp_path, "a.yaml", {"bench/draft/x/policies/dev_fr.md": "organisation: \"A\"\n",
                                          "bench/draft/x/policies/same_en.md": "organisation: \"S\"\n",
                                          "bench/draft/x/policies/held_nl.md": "organisation: \"H\"\n"})
    after = _stream(tmp_path, "b.yaml", {"bench/draft/x/policies/dev_fr.md": "organisation: \"B\"\n",
                                         "bench/draft/x/policies/same_en.md": "organisation: \"S\"\n",
                                         "bench/draft/x/policies/held_nl.md": "organisation: \"G\"\n",
                                         "bench/draft/x/policies/new_en.md": "organisation: \"N\"\n"})
    changed = diff(read_stream(before), read_stream(after), held={"held_nl"})
    assert list(changed) == ["bench/draft/x/policies/dev_fr.md", "bench/draft/x/policies/new_en.md"]
    assert changed["bench/draft/x/policies/dev_fr.md"] == ['-organisation: "A"', '+organisation: "B"']
    assert changed["bench/draft/x/policies/new_en.md"] == ["(only in the second stream)"]


def test_diffing_a_missing_dump_is_a_clear_error(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "draft_corpus.py"), "diff",
                          str(tmp_path / "none.yaml"), str(tmp_path / "none.yaml")],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 2
    assert "is not a dump" in run.stderr
