"""What the declaration format holds for the record of processing: controller, DPO, security
measures, transfers outside the EU; and what the seed encodings say of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalog.declarations import DeclarationError, load_declaration
from tests.conftest import POLICIES

BASE = """\
ropa: 1
organisation: X
jurisdiction: FR
language: en
{extra}
subjects:
  customer:
    categories: [contact.email]
    purposes: [{{name: a, legal_basis: contract}}]
    retention: {{rule: as_long_as_necessary}}
  prospect:
    categories: [contact.email]
    purposes: [{{name: b, legal_basis: consent}}]
    retention: {{rule: as_long_as_necessary}}
"""


def _load(tmp_path: Path, extra: str):
    path = tmp_path / "p.yaml"
    path.write_text(BASE.format(extra=extra), encoding="utf-8")
    return load_declaration(path)


def test_transfers_contacts_and_security_load(tmp_path: Path) -> None:
    d = _load(tmp_path, """\
controller: {name: X SAS, address: "1 rue A, 75001 Paris"}
dpo: {email: dpo@x.fr}
security: [encryption at rest]
transfers:
  - recipient: Acme Inc.
    countries: [US]
    safeguards: [standard_contractual_clauses]
    subjects: [customer]
  - recipient: Support
    safeguards: [adequacy_decision]
""")
    assert d.controller.address == "1 rue A, 75001 Paris" and d.dpo.email == "dpo@x.fr"
    assert [t.recipient for t in d.transfers_of("customer")] == ["Acme Inc.", "Support"]
    assert [t.recipient for t in d.transfers_of("prospect")] == ["Support"]
    assert d.security == ["encryption at rest"]


@pytest.mark.parametrize("extra, message", [
    ("controller: {}", "controller: is empty"),
    ("transfers:\n  - recipient: A\n    safeguards: [scc]", "is not a transfer safeguard"),
    ("transfers:\n  - recipient: A\n    safeguards: []", "transfers[0].safeguards: is empty"),
    ("transfers:\n  - safeguards: [derogation]", "transfers[0].recipient: is missing"),
    ("transfers:\n  - recipient: A\n    safeguards: [derogation]\n    subjects: [custmer]",
     "no subject 'custmer' in this file (did you mean 'customer'?)"),
    ("dpo: {mail: a@b.fr}", "dpo.mail: unknown key"),
])
def test_refused_with_a_located_message(tmp_path: Path, extra: str, message: str) -> None:
    with pytest.raises(DeclarationError) as err:
        _load(tmp_path, extra)
    assert message in str(err.value)
    assert str(err.value).startswith(str(tmp_path / "p.yaml") + ":")


# What each seed policy states (policies/seeds/*.txt), as encoded.
SEEDS = {
    "wecasa": ("46-48, rue René Clair 75018 Paris", False, 0),
    "wemaintain": ("20 bis, rue Louis Philippe, 92 200 Neuilly-sur-Seine", False, 1),
    "wemind": ("229 rue Saint Honoré 75001 Paris", False, 0),
    "wegroup": ("Ottergemsesteenweg-Zuid 808 Bus 372, 9000 Ghent", True, 1),
    "webcasso": ("Boompjes 254, 3011 XZ Rotterdam", True, 0),
}


@pytest.mark.parametrize("org", sorted(SEEDS))
def test_seed_encodings_state_what_their_policy_says(org: str) -> None:
    address, has_dpo, transfers = SEEDS[org]
    d = load_declaration(POLICIES / f"{org}.yaml")
    assert d.controller is not None and d.controller.address == address
    assert (d.dpo is not None) == has_dpo
    assert len(d.transfers) == transfers
    assert d.security, "every seed policy describes its security measures"
    assert all(s.recipients for s in d.subjects.values()), "every seed names recipients"
    text = (POLICIES / f"{org}.yaml").read_text(encoding="utf-8")
    block = text[text.index("\ncontroller:"):text.index("\nsubjects:")]
    for line in block.splitlines():    # each statement carries its citation comment
        stripped = line.strip()
        if (not stripped or stripped.startswith("#") or line.startswith("      ")
                or stripped.endswith((":", ">")) or stripped.startswith("note:")):
            continue                    # blank, comment, a note's own quote, a mapping header
        assert "#" in line, line
