"""Declarations load from real YAML files; broken files are refused at the right line and field,
with a message that says what is wrong and how to fix it."""

from __future__ import annotations

import re
import textwrap
from datetime import date
from pathlib import Path

import pytest

from catalog.declarations import (
    LEGAL_BASES,
    RETENTION_EVENTS,
    Declaration,
    DeclarationError,
    Duration,
    anchor_columns,
    bindings_for,
    load_declaration,
    load_declarations,
    to_rows,
)

ROOT = Path(__file__).resolve().parents[2]
FORMAT_MD = ROOT / "policies" / "FORMAT.md"

# Line numbers matter: the broken cases below point into this text.
BASE = textwrap.dedent(
    """\
    ropa: 1
    organisation: Webcasso
    jurisdiction: NL
    language: nl
    subjects:
      debtor:
        label: Debiteuren
        categories:
          - identity.name
          - contact
          - financial.bank_account
        purposes:
          - name: Collecting a debt
            legal_basis: legitimate_interests
            categories: [identity.name, contact.postal_address]
        retention:
          duration: P7Y
          from: end_of_fiscal_year
        masked: [NL_BSN]
        not_processed: [special.health]
      applicant:
        categories: [identity.name, contact.email, professional.employment]
        purposes:
          - name: Recruitment
            legal_basis: consent
        retention:
          rule: as_long_as_necessary
    bindings:
      - assets: "collect.debtors"
        subject: debtor
        retention_anchor: closed_on
    """
)


def mutate(old: str, new: str) -> str:
    assert BASE.count(old) == 1, f"the test's base YAML has {BASE.count(old)} copies of {old!r}"
    return BASE.replace(old, new)


def write(tmp_path: Path, text: str, name: str = "webcasso.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(DeclarationError) as err:
        load_declaration(path)
    assert str(err.value) == "\n".join(str(p) for p in err.value.problems)
    return str(err.value).splitlines()


# --------------------------------------------------------------------------------------------
# Valid files


def test_base_loads(tmp_path: Path) -> None:
    d = load_declaration(write(tmp_path, BASE))
    assert d.policy == "webcasso"
    assert d.organisation == "Webcasso" and d.jurisdiction == "NL" and d.language == "nl"
    debtor = d.subjects["debtor"]
    assert debtor.categories == ["identity.name", "contact", "financial.bank_account"]
    assert debtor.retention.duration == Duration(years=7)
    assert debtor.retention.from_ == "end_of_fiscal_year"
    assert debtor.masked == ["NL_BSN"] and debtor.not_processed == ["special.health"]
    assert debtor.holds("contact.phone") and not debtor.holds("financial.payment_card")
    assert d.subjects["applicant"].retention.rule == "as_long_as_necessary"
    assert d.subjects["applicant"].retention.duration is None
    assert d.bindings[0].retention_anchor == "closed_on"


def test_the_example_in_format_md_is_valid(tmp_path: Path) -> None:
    text = FORMAT_MD.read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(.*?)```", text, re.S)
    assert example is not None
    d = load_declaration(write(tmp_path, example.group(1), "wecasa.yaml"))
    customer = d.subjects["customer"]
    assert customer.retention.duration == Duration(years=5)
    assert customer.retention.from_ == "end_of_relationship"
    assert d.source is not None and d.source.updated == date(2019, 12, 19)
    assert d.bindings[0].assets == "main.customers"


SEED_POLICIES = sorted((ROOT / "policies").glob("*.yaml"))


@pytest.mark.parametrize("path", SEED_POLICIES, ids=[p.name for p in SEED_POLICIES])
def test_seed_policies_load(path: Path) -> None:
    d = load_declaration(path)
    assert d.subjects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("P5Y", (5, 0, 0)),
        ("P3Y", (3, 0, 0)),
        ("P18M", (0, 18, 0)),
        ("P90D", (0, 0, 90)),
        ("P1Y6M", (1, 6, 0)),
        ("P1Y2M3D", (1, 2, 3)),
        ("P2W", (0, 0, 14)),
        ("P7Y", (7, 0, 0)),
        ("P200Y", (200, 0, 0)),
    ],
)
def test_durations(text: str, expected: tuple[int, int, int]) -> None:
    d = Duration.model_validate(text)
    assert (d.years, d.months, d.days) == expected
    assert Duration.model_validate(d.iso) == d


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("5Y", "is not an ISO 8601 duration"),
        ("P", "is not an ISO 8601 duration"),
        ("", "is not an ISO 8601 duration"),
        ("P5y", "is not an ISO 8601 duration"),
        ("P1.5Y", "is not an ISO 8601 duration"),
        ("P6M1Y", "is not an ISO 8601 duration"),  # order is Y M W D
        ("P-1Y", "is not an ISO 8601 duration"),
        ("P\uff15Y", "is not an ISO 8601 duration"),  # a full-width digit
        ("5 years", "is not an ISO 8601 duration"),
        ("PT12H", "has a time part"),
        ("P1DT2H", "has a time part"),
        ("P201Y", "is longer than 200 years"),
        ("P2500M", "is longer than 200 years"),
        ("P" + "9" * 40 + "Y", "is longer than 200 years"),
    ],
)
def test_bad_durations(text: str, says: str) -> None:
    with pytest.raises(ValueError, match=says):
        Duration.model_validate(text)


# --------------------------------------------------------------------------------------------
# Broken files: (name, old, new, line, field, words the message must contain)

ALL_BASES = ", ".join(LEGAL_BASES)
ALL_EVENTS = ", ".join(RETENTION_EVENTS)

BROKEN = [
    ("bad legal basis", "legal_basis: consent", "legal_basis: consentement", 25,
     "subjects.applicant.purposes[0].legal_basis",
     ["'consentement' is not a legal basis (GDPR art. 6)", "did you mean 'consent'?",
      f"use one of: {ALL_BASES}"]),
    ("legal basis in prose", "legal_basis: legitimate_interests",
     "legal_basis: our legitimate interest", 14, "subjects.debtor.purposes[0].legal_basis",
     ["'our legitimate interest' is not a legal basis", f"use one of: {ALL_BASES}"]),
    ("unknown category, near miss", "      - contact\n", "      - contacts\n", 10,
     "subjects.debtor.categories[1]",
     ["unknown data category 'contacts'; did you mean 'contact'?", "policies/FORMAT.md"]),
    ("unknown category in a flow list", "professional.employment]", "professional.job]", 22,
     "subjects.applicant.categories[2]", ["unknown data category 'professional.job'"]),
    ("purposes as a mapping (missing dash)",
     "      - name: Recruitment\n        legal_basis: consent\n",
     "      name: Recruitment\n      legal_basis: consent\n", 23, "subjects.applicant.purposes",
     ["expected a list (one '- item' per line), got a mapping"]),
    ("categories as one string", "[identity.name, contact.email, professional.employment]",
     "identity.name, contact.email", 22, "subjects.applicant.categories",
     ["expected a list", "got text"]),
    ("retention as a string", "    retention:\n      rule: as_long_as_necessary\n",
     "    retention: as_long_as_necessary\n", 26, "subjects.applicant.retention",
     ["expected a mapping", "got text"]),
    ("bad indentation (YAML syntax)", "      duration: P7Y\n", "     duration: P7Y\n", 18, "",
     ["not valid YAML", "check the indentation"]),
    ("missing retention", "    retention:\n      rule: as_long_as_necessary\n", "", 21,
     "subjects.applicant.retention",
     ["is missing; add `retention:` with duration + from", "rule: as_long_as_necessary"]),
    ("empty retention", "    retention:\n      rule: as_long_as_necessary\n",
     "    retention: {}\n", 26, "subjects.applicant.retention.duration",
     ["retention needs duration + from"]),
    ("unknown key (typo)", "    masked: [NL_BSN]", "    maskd: [NL_BSN]", 19,
     "subjects.debtor.maskd",
     ["unknown key (did you mean 'masked'?)", "allowed here: label, categories, purposes"]),
    ("unknown top-level key", "language: nl\n", "language: nl\ncountry: NL\n", 5, "country",
     ["unknown key", "allowed here: ropa, organisation, jurisdiction"]),
    ("from_ is not the key", "      from: end_of_fiscal_year", "      from_: end_of_fiscal_year",
     18, "subjects.debtor.retention.from_", ["unknown key (did you mean 'from'?)"]),
    ("unknown retention event", "from: end_of_fiscal_year", "from: end_of_contract", 18,
     "subjects.debtor.retention.from",
     ["'end_of_contract' is not a retention event", f"use one of: {ALL_EVENTS}"]),
    ("duration without from", "      from: end_of_fiscal_year\n", "", 16,
     "subjects.debtor.retention.from", ["duration P7Y needs from:", ALL_EVENTS]),
    ("from without duration", "      duration: P7Y\n", "", 16,
     "subjects.debtor.retention.duration", ["from: end_of_fiscal_year needs a duration"]),
    ("rule and duration", "      rule: as_long_as_necessary\n",
     "      rule: as_long_as_necessary\n      duration: P1Y\n", 27,
     "subjects.applicant.retention.rule", ["a rule replaces duration/from"]),
    ("unknown rule", "rule: as_long_as_necessary", "rule: forever", 27,
     "subjects.applicant.retention.rule",
     ["'forever' is not a retention rule", "use one of: as_long_as_necessary"]),
    ("zero period from collection", "duration: P7Y", "duration: P0D", 17,
     "subjects.debtor.retention.duration",
     ["P0D from end_of_fiscal_year is a zero period", "only written from end_of_relationship"]),
    ("duration in words", "duration: P7Y", "duration: 7 years", 17,
     "subjects.debtor.retention.duration", ["'7 years' is not an ISO 8601 duration", "P5Y"]),
    ("binding to a subject of another file", "    subject: debtor\n", "    subject: debtors\n",
     30, "bindings[0].subject",
     ["no subject 'debtors' in this file (did you mean 'debtor'?)",
      "subjects here: debtor, applicant"]),
    ("masked entity unknown", "[NL_BSN]", "[BSN]", 19, "subjects.debtor.masked[0]",
     ["unknown entity 'BSN' (did you mean 'NL_BSN'?)"]),
    ("not_processed contradicts categories", "[special.health]", "[contact.phone]", 20,
     "subjects.debtor.not_processed[0]",
     ["'contact.phone' is declared as not processed but categories lists contact"]),
    ("purpose category outside the subject", "[identity.name, contact.postal_address]",
     "[identity.name, financial.payment_card]", 15,
     "subjects.debtor.purposes[0].categories[1]",
     ["'financial.payment_card' is not among the subject's categories"]),
    ("jurisdiction UK", "jurisdiction: NL", "jurisdiction: UK", 3, "jurisdiction",
     ["'UK' is not an ISO 3166-1 alpha-2 country code; did you mean 'GB'?"]),
    ("jurisdiction lower case", "jurisdiction: NL", "jurisdiction: nl", 3, "jurisdiction",
     ["did you mean 'NL'?"]),
    ("Norway unquoted", "jurisdiction: NL", "jurisdiction: NO", 3, "jurisdiction",
     ["got a boolean", "quote the code"]),
    ("unsupported language", "language: nl", "language: de", 4, "language",
     ["'de' is not a supported policy language", "use one of: en, fr, nl"]),
    ("subject id in capitals", "  applicant:\n", "  Applicant:\n", 21, "subjects.Applicant",
     ["subject id 'Applicant' must be lower_snake_case"]),
    ("duplicate subject", "  applicant:\n", "  debtor:\n", 21, "subjects.debtor",
     ["duplicate key (first at line 6)"]),
    ("format version 2", "ropa: 1", "ropa: 2", 1, "ropa",
     ["unsupported format version 2; this ropa reads `ropa: 1`"]),
    ("no format version", "ropa: 1\n", "", 1, "ropa", ["is missing; add `ropa: 1`"]),
    ("organisation as a number", "organisation: Webcasso", "organisation: 1234", 2,
     "organisation", ["expected text, got a number (quote it)"]),
    ("empty category list", "[identity.name, contact.email, professional.employment]", "[]",
     22, "subjects.applicant.categories", ["is empty; it needs at least one entry"]),
    ("missing legal basis", "        legal_basis: consent\n", "", 24,
     "subjects.applicant.purposes[0].legal_basis",
     ["is missing; add `legal_basis:`", ALL_BASES]),
    ("backslash in a glob", '"collect.debtors"', '"exports\\\\debtors.csv"', 29,
     "bindings[0].assets", ["holds a backslash; write paths with '/'"]),
    ("unclosed character class", '"collect.debtors"', '"collect.debtors[0-9"', 29,
     "bindings[0].assets", ["opens a [character class] it does not close"]),
    ("source date not a date", "language: nl\n", "language: nl\nsource:\n  updated: soon\n", 6,
     "source.updated", ["expected a date written YYYY-MM-DD"]),
]


@pytest.mark.parametrize(
    ("old", "new", "line", "field", "words"),
    [case[1:] for case in BROKEN],
    ids=[case[0] for case in BROKEN],
)
def test_broken_files_are_refused_at_the_right_place(
    tmp_path: Path, old: str, new: str, line: int, field: str, words: list[str]
) -> None:
    path = write(tmp_path, mutate(old, new))
    problems = problems_of(path)
    assert len(problems) == 1, problems
    where = f"{path}:{line}: {field}: " if field else f"{path}:{line}: "
    assert problems[0].startswith(where), problems[0]
    for word in words:
        assert word in problems[0]


def test_every_problem_in_a_file_is_reported_in_line_order(tmp_path: Path) -> None:
    text = (
        BASE.replace("legal_basis: consent", "legal_basis: consentement")
        .replace("      - contact\n", "      - contacts\n")
        .replace("language: nl", "language: de")
    )
    problems = problems_of(write(tmp_path, text))
    assert [p.split(": ")[0:2] for p in problems] == [
        [f"{tmp_path / 'webcasso.yaml'}:4", "language"],
        [f"{tmp_path / 'webcasso.yaml'}:10", "subjects.debtor.categories[1]"],
        [f"{tmp_path / 'webcasso.yaml'}:25", "subjects.applicant.purposes[0].legal_basis"],
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", ":1: is empty; a declaration starts with `ropa: 1`"),
        (b"# only a comment\n", ":1: is empty"),
        (b"- ropa: 1\n", ":1: expected a mapping of keys"),
        (b"ropa: 1\norganisation: Caf\xe9\n", ": is not UTF-8 text; save the file as UTF-8"),
    ],
)
def test_unusable_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "p.yaml"
    path.write_bytes(content)
    problems = problems_of(path)
    assert len(problems) == 1 and problems[0].startswith(f"{path}{message}"), problems


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "absent.yaml"
    assert problems_of(path) == [f"{path}: cannot be read (No such file or directory); check the path"]


def test_load_declarations_reports_all_files_and_refuses_twin_policy_ids(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    good = write(tmp_path / "a", BASE)
    twin = write(tmp_path / "b", BASE)
    bad = write(tmp_path, mutate("language: nl", "language: de"), "other.yaml")
    with pytest.raises(DeclarationError) as err:
        load_declarations([good, bad, twin])
    assert str(err.value).splitlines() == [
        f"{bad}:4: language: 'de' is not a supported policy language; use one of: en, fr, nl",
        f"{twin}: policy id 'webcasso' (the file name) is already used by {good}; "
        "rename one of the files",
    ]
    both = load_declarations([good, write(tmp_path, BASE, "webcasso_bis.yaml")])
    assert [d.policy for d in both] == ["webcasso", "webcasso_bis"]


def test_to_rows(tmp_path: Path) -> None:
    d = load_declaration(write(tmp_path, BASE))
    rows = to_rows([d])
    assert rows["decl_policies"] == [{
        "policy": "webcasso", "organisation": "Webcasso", "jurisdiction": "NL", "language": "nl",
        "path": str(tmp_path / "webcasso.yaml"), "document": None, "updated": None, "notes": None,
    }]
    assert rows["decl_subjects"] == [
        {"policy": "webcasso", "organisation": "Webcasso", "subject": "debtor",
         "label": "Debiteuren", "retention_iso": "P7Y", "retention_years": 7,
         "retention_months": 0, "retention_days": 0, "retention_from": "end_of_fiscal_year",
         "retention_rule": None, "retention_note": None, "recipients": [], "vague": None},
        {"policy": "webcasso", "organisation": "Webcasso", "subject": "applicant",
         "label": None, "retention_iso": None, "retention_years": None,
         "retention_months": None, "retention_days": None, "retention_from": None,
         "retention_rule": "as_long_as_necessary", "retention_note": None, "recipients": [],
         "vague": None},
    ]
    assert rows["decl_purposes"] == [
        {"policy": "webcasso", "subject": "debtor", "ordinal": 0, "purpose": "Collecting a debt",
         "legal_basis": "legitimate_interests",
         "categories": ["identity.name", "contact.postal_address"]},
        {"policy": "webcasso", "subject": "applicant", "ordinal": 0, "purpose": "Recruitment",
         "legal_basis": "consent", "categories": None},
    ]
    assert [(r["subject"], r["category"]) for r in rows["decl_categories"]] == [
        ("debtor", "identity.name"), ("debtor", "contact"), ("debtor", "financial.bank_account"),
        ("applicant", "identity.name"), ("applicant", "contact.email"),
        ("applicant", "professional.employment"),
    ]
    assert rows["decl_masked"] == [{"policy": "webcasso", "subject": "debtor", "entity": "NL_BSN"}]
    assert rows["decl_not_processed"] == [
        {"policy": "webcasso", "subject": "debtor", "category": "special.health"}
    ]
    assert rows["decl_bindings"] == [
        {"policy": "webcasso", "ordinal": 0, "pattern": "collect.debtors", "subject": "debtor",
         "retention_anchor": "closed_on"}
    ]
    with pytest.raises(DeclarationError, match="policy id 'webcasso' is used twice"):
        to_rows([d, d])


def test_a_declaration_built_in_code_takes_its_policy_id_from_the_organisation() -> None:
    d = Declaration.model_validate({
        "ropa": 1, "organisation": "WeMaintain SAS", "jurisdiction": "FR", "language": "fr",
        "subjects": {"visitor": {
            "categories": ["online"], "purposes": [{"name": "Stats", "legal_basis": "consent"}],
            "retention": {"rule": "as_long_as_necessary"}}},
    })
    assert d.path is None and d.policy == "wemaintain_sas"


def test_masked_accepts_an_entity_only_the_classifier_registry_knows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys
    import types

    text = mutate("[NL_BSN]", "[NL_BSN, US_SSN]")
    with pytest.raises(DeclarationError, match="unknown entity 'US_SSN'"):
        load_declaration(write(tmp_path, text))
    registry = types.ModuleType("classifiers.registry")
    registry.entity_category = {"NL_BSN": "government_id.national_id",  # type: ignore[attr-defined]
                                "US_SSN": "government_id.national_id"}.__getitem__
    monkeypatch.setitem(sys.modules, "classifiers.registry", registry)
    assert load_declaration(write(tmp_path, text)).subjects["debtor"].masked == ["NL_BSN", "US_SSN"]


def test_anchor_columns_follow_the_bindings(tmp_path: Path) -> None:
    text = BASE + (
        '  - assets: "COLLECT.*"\n    subject: applicant\n    retention_anchor: applied_on\n'
        '  - assets: "collect.debtors"\n    subject: applicant\n'
    )
    d = load_declaration(write(tmp_path, text))
    assert anchor_columns([d], "Collect.Debtors") == {"closed_on", "applied_on"}
    assert anchor_columns([d], "collect.payments") == {"applied_on"}
    assert anchor_columns([d], "other.debtors") == set()
    assert [b.subject for _, b in bindings_for([d], "collect.debtors")] == [
        "debtor", "applicant", "applicant"
    ]


@pytest.mark.parametrize("text", ["P" + "9" * 50_000, "P" + "1Y" * 20_000, "P" + "9" * 50_000 + "X"])
def test_duration_parsing_stays_linear_on_pathological_input(text: str) -> None:
    import time

    start = time.perf_counter()
    with pytest.raises(ValueError):
        Duration.model_validate(text)
    assert time.perf_counter() - start < 0.5


# Hostile policy files: each refused with its own located message, quickly (no expansion, no
# recursion limit, no "unexpected" error).
LAUGHS = (
    'ropa: 1\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    + "".join(f"{n}: &{n} [{','.join(['*' + p] * 9)}]\n" for p, n in zip("abcdefgh", "bcdefghi"))
)
HOSTILE_YAML = [
    ("laughs.yaml", LAUGHS, 2, "anchor or alias"),
    ("alias.yaml", BASE.replace("organisation: Webcasso", "organisation: &o Webcasso\nlabel: *o"), 2, "anchor or alias"),
    ("deep.yaml", "ropa: 1\nx: " + "[" * 5000 + "]" * 5000 + "\n", 2, "nested more than"),
    ("deepmap.yaml", "ropa: 1\n" + "".join("  " * i + f"k{i}:\n" for i in range(200)), 65, "nested more than"),
    ("nul.yaml", "ropa: 1\norganisation: A\x00B\n", 2, "NUL byte"),
    ("bell.yaml", "ropa: 1\norganisation: \x07\n", 2, "control character #x0007"),
]


@pytest.mark.parametrize("name, text, line, words", HOSTILE_YAML, ids=[c[0] for c in HOSTILE_YAML])
def test_hostile_yaml_is_refused_with_its_own_message(tmp_path: Path, name: str, text: str, line: int, words: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DeclarationError) as err:
        load_declaration(path)
    (problem,) = err.value.problems
    assert words in problem.message
    assert problem.line == line


@pytest.mark.parametrize("text", ["P0D", "P0Y0M"])
def test_a_zero_period_from_the_end_of_the_relationship_is_kept_while_it_lasts(
        tmp_path: Path, text: str) -> None:
    """"Only while you are a member": P0D from end_of_relationship loads, and reads back as P0D."""
    path = tmp_path / "p.yaml"
    path.write_text(BASE.replace("duration: P7Y", f"duration: {text}").replace(
        "from: end_of_fiscal_year", "from: end_of_relationship"), encoding="utf-8")
    debtor = load_declaration(path).subjects["debtor"]
    assert debtor.retention.duration.is_zero and debtor.retention.duration.iso == "P0D"
