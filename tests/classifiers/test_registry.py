"""registry.yaml: what loads, the entity -> category map, and refusal of contradictory entries."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from classifiers import registry as reg
from classifiers.registry import RegistryError, load_registry

FORMAT_MD = Path(__file__).resolve().parents[2] / "policies" / "FORMAT.md"

EXPECTED_CATEGORIES = {
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


@pytest.mark.parametrize(("entity", "category"), sorted(EXPECTED_CATEGORIES.items()))
def test_entity_category(entity, category):
    assert reg.entity_category(entity) == category


def test_entities_are_those_of_the_taxonomy_table():
    assert set(load_registry(use_env=False).entities) == set(EXPECTED_CATEGORIES)


def test_taxonomy_copy_matches_format_md():
    """classifiers keeps a copy of the taxonomy keys; it must equal policies/FORMAT.md's table."""
    text = FORMAT_MD.read_text(encoding="utf-8")
    table = text[text.index("## Taxonomy keys"):]
    keys = set(re.findall(r"^\| `([a-z_.]+)` \|", table, flags=re.M))
    parents = re.search(r"Parents \(([^)]*)\)", table).group(1)
    keys |= set(re.findall(r"`([a-z_]+)`", parents))
    assert keys == set(reg.TAXONOMY_KEYS)


def test_every_entity_maps_to_the_entities_column_of_format_md():
    text = FORMAT_MD.read_text(encoding="utf-8")
    for line in text.splitlines():
        match = re.match(r"^\| `([a-z_.]+)` \| [^|]* \| ([^|]*) \|", line)
        if match and match.group(2).strip() not in ("—", ""):
            for entity in [e.strip() for e in match.group(2).split(",")]:
                assert EXPECTED_CATEGORIES[entity] == match.group(1)


def test_unknown_entity_has_a_helpful_error():
    with pytest.raises(KeyError, match="categories"):
        reg.entity_category("NO_SUCH_ENTITY")


def test_presidio_registry_is_a_plain_presidio_registry():
    from presidio_analyzer import RecognizerRegistry

    presidio = load_registry(use_env=False).presidio_registry(["fr"], nlp=False)
    assert isinstance(presidio, RecognizerRegistry)
    names = {type(r).__name__ for r in presidio.get_recognizers("fr", all_fields=True)}
    assert {"FrNirRecognizer", "NlBsnRecognizer", "IbanRecognizer", "HealthTermRecognizer"} <= names
    assert not any("Url" in n or "Spacy" in n for n in names)  # no tldextract, no NER without nlp


def _write(tmp_path: Path, body: str, name: str = "registry.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


BASE = """
    version: 1
    nlp: {models: {fr: fr_core_news_sm}}
    categories:
      FR_NIR: government_id.national_id
      NL_BSN: government_id.national_id
    recognizers:
"""


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("  - {class: classifiers.fr.nir.FrNirRecognizer, entity: NL_BSN}", "supports"),
        ("  - {class: classifiers.fr.nir.FrNirRecognizer, entity: FR_NIR, country: nl}", "COUNTRY_CODE"),
        ("  - {class: classifiers.fr.nir.FrNirRecognizer, entity: FR_NIR, nlp: true}", "nlp"),
        ("  - {class: classifiers.text.ner.SpacyNerRecognizer, entities: [PERSON]}", "nlp"),
        ("  - {class: classifiers.fr.nir.NoSuchRecognizer, entity: FR_NIR}", "no class"),
        ("  - {class: no_such_package.Recognizer, entity: FR_NIR}", "cannot import"),
        ("  - {class: tests.classifiers.user_recognizer.NotARecognizer, entity: FR_NIR}", "not a Presidio"),
        ("  - {class: classifiers.generic.iban.IbanRecognizer, entity: IBAN_CODE}", "no data category"),
        ("  - {entity: FR_NIR}", "needs either"),
    ],
)
def test_contradictory_entries_are_refused(tmp_path, entry, message):
    path = _write(tmp_path, textwrap.dedent(BASE) + entry + "\n")
    with pytest.raises(RegistryError, match=message):
        load_registry(path, use_env=False)


@pytest.mark.parametrize(
    ("categories", "message"),
    [
        ("FR_NIR: national_id", "outside the taxonomy"),
        ("FR_NIR: Government.ID", "dotted taxonomy key"),
        ("fr_nir: government_id.national_id", "UPPER_SNAKE_CASE"),
    ],
)
def test_bad_categories_are_refused(tmp_path, categories, message):
    path = _write(tmp_path, f"categories:\n  {categories}\nrecognizers: []\n")
    with pytest.raises(RegistryError, match=message):
        load_registry(path, use_env=False)


def test_user_yaml_in_presidio_format(tmp_path):
    """A recognizer in Presidio's own YAML form, plus its category, loads without touching ropa."""
    user = _write(
        tmp_path,
        r"""
        categories:
          EMPLOYEE_ID: professional.employment
        recognizers:
          - name: Employee id
            supported_language: fr
            supported_entity: EMPLOYEE_ID
            patterns:
              - {name: employee, regex: "EMP-\\d{6}", score: 0.9}
            context: [employee, matricule]
        """,
        "mine.yaml",
    )
    loaded = load_registry(extra=[user], use_env=False)
    assert loaded.entity_category("EMPLOYEE_ID") == "professional.employment"
    recognizers = loaded.recognizers("fr", nlp=False)
    found = [r for r in recognizers if "EMPLOYEE_ID" in r.supported_entities]
    assert len(found) == 1
    assert [x.entity_type for x in found[0].analyze("matricule EMP-123456", ["EMPLOYEE_ID"])] == ["EMPLOYEE_ID"]


def test_user_dotted_class_path():
    loaded = load_registry(extra=["tests.classifiers.user_recognizer.KvkRecognizer"], use_env=False)
    assert loaded.entity_category("NL_KVK") == "professional.company_id"
    assert "NL_KVK" in loaded.entities


def test_user_category_conflict_is_refused(tmp_path):
    user = _write(tmp_path, "categories:\n  FR_NIR: contact.email\nrecognizers: []\n", "mine.yaml")
    with pytest.raises(RegistryError, match="already"):
        load_registry(extra=[user], use_env=False)


def test_user_file_can_disable_a_builtin(tmp_path):
    user = _write(tmp_path, "disable: [classifiers.fr.siren.FrSirenRecognizer]\nrecognizers: []\n", "off.yaml")
    loaded = load_registry(extra=[user], use_env=False)
    assert "FR_SIREN" not in loaded.entities
    assert "FR_SIRET" in loaded.entities


def test_env_variable_adds_recognizers_to_the_column_classifier(tmp_path, monkeypatch):
    """ROPA_RECOGNIZERS reaches the column classifier: a user pattern becomes a column finding."""
    from classifiers import column
    from classifiers.model import ColumnSample

    user = _write(
        tmp_path,
        r"""
        categories: {EMPLOYEE_ID: professional.employment}
        recognizers:
          - {name: Employee id, supported_language: fr, supported_entity: EMPLOYEE_ID,
             patterns: [{name: employee, regex: "EMP-\\d{6}", score: 0.9}]}
        """,
        "mine.yaml",
    )
    monkeypatch.setenv(reg.ENV_VAR, str(user))
    reg.default_registry.cache_clear()
    column._templates.cache_clear()
    try:
        values = [f"EMP-{i:06d}" for i in range(100, 400)]
        findings = column.classify_column(ColumnSample("c3", values))
        assert [(f.entity, f.evidence["method"]) for f in findings] == [("EMPLOYEE_ID", "recognizer")]
        assert reg.entity_category("EMPLOYEE_ID") == "professional.employment"
    finally:
        monkeypatch.delenv(reg.ENV_VAR)
        reg.default_registry.cache_clear()
        column._templates.cache_clear()
