"""The five seed policies load through the real loader and every statement is traced to the text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from catalog.declarations import load_declaration

POLICIES = Path(__file__).resolve().parents[2] / "policies"
SEEDS = ("wecasa", "wemaintain", "wemind", "wegroup", "webcasso")


@pytest.mark.parametrize("org", SEEDS)
def test_seed_policy_loads(org: str) -> None:
    declaration = load_declaration(POLICIES / f"{org}.yaml")
    assert declaration.subjects, org
    assert declaration.bindings, org


@pytest.mark.parametrize("org", SEEDS)
def test_every_declared_category_cites_the_policy(org: str) -> None:
    """Each `- category` line under `categories:` carries a comment pointing into the policy."""
    lines = (POLICIES / f"{org}.yaml").read_text(encoding="utf-8").splitlines()
    in_categories = False
    uncited = []
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if re.match(r"^categories:\s*(#.*)?$", stripped):
            in_categories, indent = True, len(line) - len(line.lstrip())
            continue
        if in_categories:
            if stripped.startswith("- "):
                if "#" not in line and not (lines[number - 2].strip().startswith("#")):
                    uncited.append(f"{org}.yaml:{number}: {stripped}")
            elif stripped and not stripped.startswith("#"):
                in_categories = False
    assert uncited == []


def test_the_seed_specifics_are_encoded() -> None:
    webcasso = load_declaration(POLICIES / "webcasso.yaml")
    assert any("NL_BSN" in s.masked for s in webcasso.subjects.values())
    wemind = load_declaration(POLICIES / "wemind.yaml")
    assert any("special.health" in s.not_processed for s in wemind.subjects.values())
    wecasa = load_declaration(POLICIES / "wecasa.yaml")
    prospect = wecasa.subjects["prospect"].retention
    assert prospect.duration.iso == "P3Y"
    wemaintain = load_declaration(POLICIES / "wemaintain.yaml")
    assert all(s.retention.rule == "as_long_as_necessary" for s in wemaintain.subjects.values())
