"""The data categories a declaration may name, and how findings map onto them.

A privacy policy speaks in categories ("contact details", "bank details"); classifiers speak in
entities (``EMAIL_ADDRESS``, ``IBAN_CODE``). This module is the one place that names the categories
(``policies/FORMAT.md`` documents the same table for people), so that the declaration loader, the
reconciliation views and the reports agree on what ``contact`` covers and what is special.

The tree is two levels deep: a parent (``contact``) covers its children (``contact.email``). Keys
under ``special.`` are special categories of personal data (GDPR art. 9). Each key also carries its
Fideslang v2 data-category key (github.com/ethyca/fideslang, ``data_categories.csv``, keys added in
2.0.0), so a catalog can be exported to tools that speak Fideslang; where Fideslang v2 has no single
parent for one of ours (``identity``, ``professional``, ``special``), the parent maps to ``user``.

Errors::

    TaxonomyError (ValueError)      an unknown category key, or an entity mapped to one
"""

from __future__ import annotations

import difflib
import importlib
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Iterable, Mapping

SPECIAL_ROOT = "special"


class TaxonomyError(ValueError):
    """A category key that the taxonomy does not define (terminal: fix the key or the taxonomy)."""


@dataclass(frozen=True)
class Category:
    """One data category: its dotted key, a label for people, its Fideslang key, and the entities
    (classifier outputs) that land in it."""

    key: str
    label: str
    fideslang: str
    entities: tuple[str, ...] = ()

    @property
    def parent(self) -> str | None:
        head, dot, _ = self.key.rpartition(".")
        return head if dot else None

    @property
    def special(self) -> bool:
        return self.key == SPECIAL_ROOT or self.key.startswith(SPECIAL_ROOT + ".")


_C = Category
CATEGORIES: tuple[Category, ...] = (
    _C("identity", "identity data", "user"),
    _C("identity.name", "person names", "user.name", ("PERSON",)),
    _C("identity.date_of_birth", "date of birth", "user.demographic.date_of_birth",
       ("DATE_OF_BIRTH",)),
    _C("identity.gender", "gender, title", "user.demographic.gender"),
    _C("identity.id_document", "ID card / passport number, copy of ID", "user.government_id"),
    _C("contact", "contact details", "user.contact"),
    _C("contact.email", "email address", "user.contact.email", ("EMAIL_ADDRESS",)),
    _C("contact.phone", "phone number", "user.contact.phone_number", ("PHONE_NUMBER",)),
    _C("contact.postal_address", "postal address", "user.contact.address", ("POSTAL_ADDRESS",)),
    _C("government_id", "government identifiers", "user.government_id"),
    _C("government_id.national_id", "NIR, BSN, Belgian national number",
       "user.government_id.national_identification_number",
       ("FR_NIR", "NL_BSN", "BE_NATIONAL_NUMBER")),
    _C("professional", "professional data", "user"),
    _C("professional.company_id", "SIRET, SIREN, VAT, KvK", "user.workplace",
       ("FR_SIRET", "FR_SIREN", "VAT_NUMBER", "NL_KVK", "BE_ENTERPRISE_NUMBER")),
    _C("professional.employment", "employer, role, experience", "user.job_title"),
    _C("financial", "financial data", "user.financial"),
    _C("financial.bank_account", "IBAN, bank details", "user.financial.bank_account",
       ("IBAN_CODE",)),
    _C("financial.payment_card", "card numbers", "user.financial.credit_card", ("CREDIT_CARD",)),
    _C("financial.transaction", "amounts, payment history", "user.financial"),
    _C("online", "online identifiers", "user.device"),
    _C("online.ip_address", "IP address", "user.device.ip_address", ("IP_ADDRESS",)),
    _C("online.device", "browser, device, sign-in data", "user.device"),
    _C("geolocation", "location data", "user.location"),
    _C("geolocation.location", "places, geolocation", "user.location", ("LOCATION",)),
    _C("communication", "communications", "user.content"),
    _C("communication.content", "messages, call recordings, transcripts", "user.content"),
    _C("special", "special categories (GDPR art. 9)", "user"),
    _C("special.health", "health data (GDPR art. 9)", "user.health_and_medical", ("HEALTH_DATA",)),
)
del _C

BY_KEY: Mapping[str, Category] = MappingProxyType({c.key: c for c in CATEGORIES})
KEYS: tuple[str, ...] = tuple(BY_KEY)

#: Entity -> category as the taxonomy itself states it. ``classifiers/registry.yaml`` is the
#: authority on what runs; this copy lets the catalog work (and validate declarations) before or
#: without the classifier registry, and a test keeps the two in agreement.
ENTITY_CATEGORY: Mapping[str, str] = MappingProxyType(
    {entity: c.key for c in CATEGORIES for entity in c.entities}
)


def suggest(key: str, choices: Iterable[str] = KEYS) -> str | None:
    """The closest valid choice to a mistyped ``key`` (``contact.mail`` -> ``contact.email``)."""
    matches = difflib.get_close_matches(key, list(choices), n=1, cutoff=0.6)
    return matches[0] if matches else None


def get(key: str) -> Category:
    """The category for ``key``; a :class:`TaxonomyError` naming the closest key otherwise."""
    try:
        return BY_KEY[key]
    except (KeyError, TypeError):
        raise TaxonomyError(unknown_message(key)) from None


def unknown_message(key: object) -> str:
    """The sentence used everywhere an unknown key is refused (declarations, registry check)."""
    hint = suggest(key) if isinstance(key, str) else None
    did_you_mean = f"did you mean '{hint}'? " if hint else ""
    return (
        f"unknown data category {key!r}; {did_you_mean}"
        "the keys are listed in policies/FORMAT.md (catalog/taxonomy.py)"
    )


def is_known(key: str) -> bool:
    return key in BY_KEY


def covers(declared: str, found: str) -> bool:
    """True when declaring ``declared`` also declares ``found``: the same key, or an ancestor.

    ``covers("contact", "contact.email")`` is True; ``covers("contact.email", "contact")`` is not
    (declaring email does not declare every contact detail), nor is ``covers("contact",
    "contacts")``. The SQL macro ``ropa_covers`` in ``catalog/reconcile.py`` states the same rule;
    a test checks that both agree on every pair of keys.
    """
    return found == declared or found.startswith(declared + ".")


def parent(key: str) -> str | None:
    return get(key).parent


def fideslang(key: str) -> str:
    """The Fideslang v2 data-category key for ``key`` (``contact.phone`` ->
    ``user.contact.phone_number``)."""
    return get(key).fideslang


def is_special(key: str) -> bool:
    """True for special categories of personal data (GDPR art. 9): everything under ``special``."""
    return get(key).special


def rows() -> list[tuple[str, str | None, str, str, bool]]:
    """``(key, parent, label, fideslang, special)`` per category, for the catalog's ``taxonomy``
    table (rewritten from this module on every install, so SQL and Python never drift)."""
    return [(c.key, c.parent, c.label, c.fideslang, c.special) for c in CATEGORIES]


def validate_entity_categories(mapping: Mapping[str, str]) -> None:
    """Refuse an entity -> category map that names a category the taxonomy lacks.

    The classifier registry maps each entity to a category; ``classifiers`` may not import the
    catalog, so the check lives here and runs whenever the catalog reads the registry.
    """
    problems = [
        f"{entity} -> {unknown_message(category)}"
        for entity, category in sorted(mapping.items())
        if category not in BY_KEY
    ]
    if problems:
        raise TaxonomyError(
            "the classifier registry maps entities to unknown data categories:\n  "
            + "\n  ".join(problems)
        )


def _registry() -> Any | None:
    """``classifiers.registry``, or None while it does not exist (catalog may import classifiers;
    classifiers may not import the catalog, so the cross-check lives here)."""
    try:
        return importlib.import_module("classifiers.registry")
    except ModuleNotFoundError as exc:
        if exc.name in ("classifiers", "classifiers.registry"):
            return None
        raise


def registry_entity_categories() -> dict[str, str] | None:
    """The entity -> category map of ``classifiers.registry``, or None when that module is absent.

    Read from ``ENTITY_CATEGORY`` (a mapping) or ``entity_categories()`` when the registry offers
    one; a registry offering only the per-entity ``entity_category(entity)`` look-up is asked about
    the entities this taxonomy knows. A registry offering none of the three raises, rather than
    silently falling back, so that a renamed function cannot hide a disagreement.
    """
    registry = _registry()
    if registry is None:
        return None
    found: Any = getattr(registry, "ENTITY_CATEGORY", None)
    if found is None and callable(getattr(registry, "entity_categories", None)):
        found = registry.entity_categories()
    if found is None and callable(getattr(registry, "entity_category", None)):
        found = {}
        for entity in ENTITY_CATEGORY:
            try:
                found[entity] = registry.entity_category(entity)
            except KeyError:
                continue
    if found is None:
        raise TaxonomyError(
            "classifiers.registry offers none of ENTITY_CATEGORY, entity_categories() or "
            "entity_category(entity); the catalog reads the entity -> category map from them"
        )
    return {str(entity): str(category) for entity, category in dict(found).items()}


def entity_map() -> dict[str, str]:
    """The entity -> category map in force: the classifier registry's when it exists (validated
    against this taxonomy), else this module's own :data:`ENTITY_CATEGORY`."""
    mapping = registry_entity_categories()
    if mapping is None:
        return dict(ENTITY_CATEGORY)
    validate_entity_categories(mapping)
    return mapping


def entity_category(entity: str) -> str | None:
    """The category of one entity (None for an entity nobody maps): the registry's per-entity
    look-up when it has one (it may know entities this module does not), else :func:`entity_map`.
    """
    registry = _registry()
    lookup = getattr(registry, "entity_category", None) if registry is not None else None
    if callable(lookup):
        try:
            category = str(lookup(entity))
        except KeyError:
            return None
        validate_entity_categories({entity: category})
        return category
    return entity_map().get(entity)
