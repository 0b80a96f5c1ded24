"""The taxonomy agrees with its documentation (policies/FORMAT.md), with Fideslang v2, with the
classifier registry, and states the parent-covers-child rule correctly."""

from __future__ import annotations

import re
import sys
import types
from pathlib import Path

import pytest

from catalog import taxonomy

FORMAT_MD = Path(__file__).resolve().parents[2] / "policies" / "FORMAT.md"

# Fideslang v2.0.0 data-category keys (ethyca/fideslang, data_files/data_categories.csv,
# version_added 2.0.0) that the taxonomy may map to; an invented key would fail here.
FIDESLANG_V2 = {
    "user", "user.name", "user.demographic.date_of_birth", "user.demographic.gender",
    "user.government_id", "user.government_id.national_identification_number",
    "user.contact", "user.contact.email", "user.contact.phone_number", "user.contact.address",
    "user.workplace", "user.job_title", "user.financial", "user.financial.bank_account",
    "user.financial.credit_card", "user.device", "user.device.ip_address", "user.location",
    "user.content", "user.health_and_medical",
}

# The entity -> category map the classifier registry is built to (the registry's authors and the
# catalog agreed on it; FORMAT.md's table says the same).
AGREED_ENTITY_CATEGORY = {
    "EMAIL_ADDRESS": "contact.email",
    "PHONE_NUMBER": "contact.phone",
    "POSTAL_ADDRESS": "contact.postal_address",
    "PERSON": "identity.name",
    "DATE_OF_BIRTH": "identity.date_of_birth",
    "FR_NIR": "government_id.national_id",
    "NL_BSN": "government_id.national_id",
    "BE_NATIONAL_NUMBER": "government_id.national_id",
    "FR_SIRET": "professional.company_id",
    "FR_SIREN": "professional.company_id",
    "VAT_NUMBER": "professional.company_id",
    "NL_KVK": "professional.company_id",
    "BE_ENTERPRISE_NUMBER": "professional.company_id",
    "IBAN_CODE": "financial.bank_account",
    "CREDIT_CARD": "financial.payment_card",
    "IP_ADDRESS": "online.ip_address",
    "LOCATION": "geolocation.location",
    "HEALTH_DATA": "special.health",
}


def _format_table() -> list[tuple[str, tuple[str, ...], str]]:
    """(key, entities, fideslang) per row of FORMAT.md's taxonomy table."""
    rows = []
    for line in FORMAT_MD.read_text(encoding="utf-8").splitlines():
        m = re.fullmatch(r"\| `([a-z_.]+)` \| [^|]+ \| ([^|]+) \| `([a-z_.]+)` \|", line.strip())
        if m:
            entities = tuple(e.strip() for e in m.group(2).split(",") if e.strip() != "—")
            rows.append((m.group(1), entities, m.group(3)))
    return rows


def _format_parents() -> set[str]:
    text = FORMAT_MD.read_text(encoding="utf-8")
    sentence = text[text.index("Parents (") : text.index(") are keys too")]
    return set(re.findall(r"`([a-z_]+)`", sentence))


def test_format_md_table_is_parsed() -> None:
    # Guards the two tests below against passing on an empty parse.
    assert len(_format_table()) == 18
    assert len(_format_parents()) == 9


@pytest.mark.parametrize(("key", "entities", "fideslang"), _format_table())
def test_leaf_categories_match_format_md(key: str, entities: tuple[str, ...], fideslang: str) -> None:
    category = taxonomy.get(key)
    assert category.fideslang == fideslang
    assert category.entities == entities
    assert taxonomy.fideslang(key) == fideslang


def test_taxonomy_is_exactly_format_md() -> None:
    documented = {key for key, _, _ in _format_table()} | _format_parents()
    assert set(taxonomy.KEYS) == documented


@pytest.mark.parametrize("key", taxonomy.KEYS)
def test_every_key_has_a_real_fideslang_v2_key_and_a_known_parent(key: str) -> None:
    category = taxonomy.get(key)
    assert category.fideslang in FIDESLANG_V2
    assert category.label
    if category.parent is not None:
        assert taxonomy.is_known(category.parent)
        assert category.parent in _format_parents()
    else:
        assert key in _format_parents()


@pytest.mark.parametrize(
    ("declared", "found", "expected"),
    [
        ("contact", "contact.email", True),
        ("contact", "contact.phone", True),
        ("contact", "contact", True),
        ("contact.email", "contact.email", True),
        ("contact.email", "contact", False),  # a child does not cover its parent
        ("contact.email", "contact.phone", False),  # nor its siblings
        ("contact", "identity.name", False),
        ("financial", "financial.payment_card", True),
        ("special", "special.health", True),
        ("online", "online.ip_address", True),
        ("geolocation", "geolocation.location", True),
        ("identity", "identity.date_of_birth", True),
        ("government_id", "identity.id_document", False),  # ID documents are identity data
        ("contact", "contacts", False),  # a prefix is not a parent
        ("contact.e", "contact.email", False),
    ],
)
def test_covers(declared: str, found: str, expected: bool) -> None:
    assert taxonomy.covers(declared, found) is expected


@pytest.mark.parametrize("key", taxonomy.KEYS)
def test_special_is_everything_under_special(key: str) -> None:
    assert taxonomy.is_special(key) is (key.split(".")[0] == "special")


def test_only_health_and_its_parent_are_special() -> None:
    assert sorted(k for k in taxonomy.KEYS if taxonomy.is_special(k)) == ["special", "special.health"]


@pytest.mark.parametrize(
    ("key", "suggestion"),
    [
        ("contact.mail", "contact.email"),
        ("contacts", "contact"),
        ("identity.names", "identity.name"),
        ("financial.iban", "financial"),
        ("biometrics", None),
        ("special.heath", "special.health"),
    ],
)
def test_unknown_keys_are_refused_with_the_nearest(key: str, suggestion: str | None) -> None:
    assert not taxonomy.is_known(key)
    with pytest.raises(taxonomy.TaxonomyError) as err:
        taxonomy.get(key)
    assert f"unknown data category '{key}'" in str(err.value)
    if suggestion:
        assert f"did you mean '{suggestion}'?" in str(err.value)
    else:
        assert "did you mean" not in str(err.value)
    with pytest.raises(taxonomy.TaxonomyError):
        taxonomy.fideslang(key)
    with pytest.raises(taxonomy.TaxonomyError):
        taxonomy.is_special(key)


def test_entity_category_fallback_is_the_agreed_map() -> None:
    assert dict(taxonomy.ENTITY_CATEGORY) == AGREED_ENTITY_CATEGORY
    documented = {e: key for key, entities, _ in _format_table() for e in entities}
    assert documented == AGREED_ENTITY_CATEGORY


def test_validate_entity_categories_names_every_bad_entry() -> None:
    taxonomy.validate_entity_categories(AGREED_ENTITY_CATEGORY)
    bad = dict(AGREED_ENTITY_CATEGORY, US_SSN="government_id.ssn", EMAIL_ADDRESS="contact.mail")
    with pytest.raises(taxonomy.TaxonomyError) as err:
        taxonomy.validate_entity_categories(bad)
    message = str(err.value)
    assert "EMAIL_ADDRESS -> unknown data category 'contact.mail'; did you mean 'contact.email'?" in message
    assert "US_SSN -> unknown data category 'government_id.ssn'" in message
    assert "PERSON" not in message


def test_classifier_registry_agrees_when_present() -> None:
    registry = taxonomy.registry_entity_categories()
    if registry is None:
        pytest.skip("classifiers/registry.py does not exist yet")
    taxonomy.validate_entity_categories(registry)
    assert {e: registry.get(e) for e in AGREED_ENTITY_CATEGORY} == AGREED_ENTITY_CATEGORY
    assert taxonomy.entity_map() == registry
    assert {e: taxonomy.entity_category(e) for e in AGREED_ENTITY_CATEGORY} == AGREED_ENTITY_CATEGORY


@pytest.mark.parametrize(
    ("entity", "category"),
    [*AGREED_ENTITY_CATEGORY.items(), ("NOT_AN_ENTITY", None), ("email_address", None)],
)
def test_entity_category(entity: str, category: str | None) -> None:
    assert taxonomy.entity_category(entity) == category


def test_rows_feed_the_catalog_table() -> None:
    rows = taxonomy.rows()
    assert len(rows) == len(taxonomy.KEYS) == len(set(taxonomy.KEYS))
    assert ("contact.phone", "contact", "phone number", "user.contact.phone_number", False) in rows
    assert ("special.health", "special", "health data (GDPR art. 9)", "user.health_and_medical",
            True) in rows
    assert ("contact", None, "contact details", "user.contact", False) in rows


def _fake_registry(monkeypatch: pytest.MonkeyPatch, **attrs: object) -> None:
    module = types.ModuleType("classifiers.registry")
    for name, value in attrs.items():
        setattr(module, name, value)
    monkeypatch.setitem(sys.modules, "classifiers.registry", module)


def _lookup(mapping: dict[str, str]):  # the per-entity shape: KeyError for an unknown entity
    return lambda entity: mapping[entity]


WITH_SSN = dict(AGREED_ENTITY_CATEGORY, US_SSN="government_id.national_id")


@pytest.mark.parametrize(
    "attrs",
    [
        {"ENTITY_CATEGORY": WITH_SSN},
        {"entity_categories": lambda: WITH_SSN},
        {"entity_category": _lookup(WITH_SSN)},
    ],
    ids=["mapping", "function returning the map", "per-entity look-up"],
)
def test_each_registry_shape_is_read(monkeypatch: pytest.MonkeyPatch, attrs: dict) -> None:
    _fake_registry(monkeypatch, **attrs)
    assert taxonomy.entity_category("US_SSN") == "government_id.national_id"
    assert taxonomy.entity_category("EMAIL_ADDRESS") == "contact.email"
    assert taxonomy.entity_category("NOPE") is None
    registry = taxonomy.registry_entity_categories()
    assert registry is not None
    assert {e: registry[e] for e in AGREED_ENTITY_CATEGORY} == AGREED_ENTITY_CATEGORY


@pytest.mark.parametrize(
    "attrs",
    [
        {"ENTITY_CATEGORY": dict(AGREED_ENTITY_CATEGORY, US_SSN="government_id.ssn")},
        {"entity_category": _lookup(dict(AGREED_ENTITY_CATEGORY, US_SSN="government_id.ssn"))},
    ],
    ids=["mapping", "per-entity look-up"],
)
def test_a_registry_naming_an_unknown_category_is_refused(
    monkeypatch: pytest.MonkeyPatch, attrs: dict
) -> None:
    _fake_registry(monkeypatch, **attrs)
    with pytest.raises(taxonomy.TaxonomyError, match="US_SSN -> unknown data category"):
        taxonomy.entity_category("US_SSN")


def test_a_registry_without_a_map_is_an_error_not_a_fallback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _fake_registry(monkeypatch, ENTITIES=["EMAIL_ADDRESS"])
    with pytest.raises(taxonomy.TaxonomyError, match="offers none of ENTITY_CATEGORY"):
        taxonomy.entity_map()
