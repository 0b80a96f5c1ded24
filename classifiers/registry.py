"""Which recognizers run, and which data category each entity belongs to.

``registry.yaml`` (next to this module) is the single list: recognizer classes, the languages each
loads for, and the entity -> category map (taxonomy keys of ``policies/FORMAT.md``). This module
reads it into a Presidio ``RecognizerRegistry`` and refuses entries that contradict their class, so a
typo fails at load time with a message saying what to fix, not later as a silent gap in a scan.

Users add recognizers without touching ropa, in either of two forms, listed in the
``ROPA_RECOGNIZERS`` environment variable (``os.pathsep``-separated) or passed as
``load_registry(extra=[...])``:

* a dotted class path, ``mypkg.recognizers.KvkRecognizer``: an ``EntityRecognizer`` subclass
  whose class attribute ``ROPA_CATEGORIES = {"NL_KVK": "professional.company_id"}`` names the
  category of each entity it supports;
* a YAML file with ``recognizers:`` entries in ropa's form (``class:``, as in ``registry.yaml``) or
  in Presidio's own form (``name``, ``supported_language``, ``supported_entity``, ``patterns``,
  ``deny_list``, ``context``: exactly what ``RecognizerRegistry.add_recognizers_from_yaml`` reads),
  plus ``categories:`` for the new entities (or a ``category:`` key on a Presidio entry), and
  optionally ``disable:``, a list of class paths of built-in recognizers to switch off.

Presidio's own predefined recognizers are never loaded: their URL and email recognizers call
tldextract, which downloads the public suffix list, and ropa runs offline.
"""

from __future__ import annotations

import importlib
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping, Sequence

import yaml

# libyaml's parser when PyYAML was built with it: the same safe loading, several times faster
# (the registry and health-term files cost about 0.3 s of start-up with the pure-Python one).
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

if TYPE_CHECKING:  # Presidio (and spaCy with it) is imported only when recognizers are built
    from presidio_analyzer import EntityRecognizer, RecognizerRegistry

DEFAULT_PATH = Path(__file__).with_name("registry.yaml")
ENV_VAR = "ROPA_RECOGNIZERS"

# The taxonomy of policies/FORMAT.md ("Taxonomy keys"); catalog/taxonomy.py is its owner, this copy
# lets classifiers check categories without importing upward. A test compares it with FORMAT.md.
TAXONOMY_PARENTS = frozenset(
    {"identity", "contact", "government_id", "professional", "financial", "online", "geolocation",
     "communication", "special"}
)
TAXONOMY_KEYS = TAXONOMY_PARENTS | frozenset(
    {
        "identity.name", "identity.date_of_birth", "identity.gender", "identity.id_document",
        "contact.email", "contact.phone", "contact.postal_address", "government_id.national_id",
        "professional.company_id", "professional.employment", "financial.bank_account",
        "financial.payment_card", "financial.transaction", "online.ip_address", "online.device",
        "geolocation.location", "communication.content", "special.health",
    }
)
_KEY_SHAPE = re.compile(r"^[a-z][a-z_]*(\.[a-z][a-z_]*)*$")
_ENTITY_SHAPE = re.compile(r"^[A-Z][A-Z0-9_]*$")


class RegistryError(ValueError):
    """A registry entry is malformed or contradicts the recognizer class it names."""


@dataclass(frozen=True)
class RecognizerEntry:
    """One recognizer to load: how to build it for a language, and what it declares."""

    label: str  # class path, or "presidio:<name>" for a YAML pattern recognizer
    source: str  # where it was declared, for error messages
    entities: tuple[str, ...]
    languages: tuple[str, ...]
    build: Callable[[str], "EntityRecognizer"] = field(repr=False, compare=False)
    country: str | None = None
    nlp: bool = False


@dataclass(frozen=True)
class Registry:
    """The loaded registry: recognizer entries and the entity -> category map."""

    categories: Mapping[str, str]
    entries: tuple[RecognizerEntry, ...]
    nlp_models: Mapping[str, str]
    text_language: str
    _built: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def entities(self) -> tuple[str, ...]:
        """Every entity some loaded recognizer reports, sorted."""
        return tuple(sorted({e for entry in self.entries for e in entry.entities}))

    def entity_category(self, entity: str) -> str:
        """The taxonomy key of ``entity`` (``NL_BSN`` -> ``government_id.national_id``)."""
        try:
            return self.categories[entity]
        except KeyError:
            raise KeyError(
                f"Entity {entity!r} has no data category in the registry. Known entities: "
                f"{', '.join(sorted(self.categories))}. Add it under `categories:` in your "
                f"recognizer YAML (see classifiers/registry.py)."
            ) from None

    def recognizers(self, language: str, *, nlp: bool = True) -> list["EntityRecognizer"]:
        """Recognizer instances for ``language`` (built once, then cached)."""
        key = (language, nlp)
        if key not in self._built:
            self._built[key] = [
                entry.build(language)
                for entry in self.entries
                if language in entry.languages and (nlp or not entry.nlp)
            ]
        return list(self._built[key])

    def presidio_registry(
        self, languages: Sequence[str] | None = None, *, nlp: bool = True
    ) -> "RecognizerRegistry":
        """A plain Presidio ``RecognizerRegistry`` holding ropa's recognizers.

        With ``nlp=True`` the spaCy NER recognizer is included; the ``AnalyzerEngine`` using the
        registry then needs an NLP engine for those languages (``classifiers.text.ner``).
        """
        from presidio_analyzer import RecognizerRegistry

        languages = list(languages or [self.text_language])
        recognizers = [r for language in languages for r in self.recognizers(language, nlp=nlp)]
        return RecognizerRegistry(recognizers=recognizers, supported_languages=languages)


# ------------------------------------------------------------------------------------ loading


def _import_class(path: str, source: str) -> type:
    module_name, _, class_name = path.replace(":", ".").rpartition(".")
    if not module_name:
        raise RegistryError(f"{source}: {path!r} is not a dotted class path like 'package.module.Class'.")
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        raise RegistryError(
            f"{source}: cannot import module {module_name!r} ({error}). Check the dotted path and "
            f"that the package is installed in this environment."
        ) from error
    try:
        return getattr(module, class_name)
    except AttributeError:
        raise RegistryError(
            f"{source}: module {module_name!r} has no class {class_name!r}. Check the spelling."
        ) from None


def _check_category(entity: str, category: Any, source: str) -> str:
    if not isinstance(entity, str) or not _ENTITY_SHAPE.match(entity):
        raise RegistryError(f"{source}: entity names are UPPER_SNAKE_CASE, got {entity!r}.")
    if not isinstance(category, str) or not _KEY_SHAPE.match(category):
        raise RegistryError(
            f"{source}: category of {entity} must be a dotted taxonomy key such as "
            f"'contact.email', got {category!r}."
        )
    if category not in TAXONOMY_KEYS and category.split(".")[0] not in TAXONOMY_PARENTS:
        raise RegistryError(
            f"{source}: category {category!r} of {entity} is outside the taxonomy "
            f"(policies/FORMAT.md). Use one of: {', '.join(sorted(TAXONOMY_KEYS))}."
        )
    return category


def _merge_categories(target: dict[str, str], new: Mapping[str, Any], source: str) -> None:
    if not isinstance(new, Mapping):
        raise RegistryError(f"{source}: `categories` must map ENTITY: category.key.")
    for entity, category in new.items():
        category = _check_category(entity, category, source)
        if target.get(entity, category) != category:
            raise RegistryError(
                f"{source}: {entity} is mapped to {category!r}, but already to {target[entity]!r}. "
                f"An entity has one category; rename your entity or drop the duplicate mapping."
            )
        target[entity] = category


def _as_list(value: Any, what: str, source: str) -> list:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return list(value)
    raise RegistryError(f"{source}: `{what}` must be a list, got {type(value).__name__}.")


def _class_entry(spec: Mapping[str, Any], source: str, default_languages: Sequence[str]) -> RecognizerEntry:
    from presidio_analyzer import EntityRecognizer
    from presidio_analyzer.predefined_recognizers import SpacyRecognizer

    path = spec["class"]
    cls = _import_class(path, source)
    if not (isinstance(cls, type) and issubclass(cls, EntityRecognizer)):
        raise RegistryError(
            f"{source}: {path} is not a Presidio EntityRecognizer subclass; ropa loads recognizers "
            f"only (subclass presidio_analyzer.PatternRecognizer or EntityRecognizer)."
        )
    entities = tuple(_as_list(spec.get("entities", spec.get("entity")), "entities", source))
    languages = tuple(_as_list(spec.get("languages"), "languages", source) or default_languages)
    country = spec.get("country")
    nlp = bool(spec.get("nlp", False))
    context = spec.get("context")
    params = dict(spec.get("params") or {})
    if nlp != issubclass(cls, SpacyRecognizer):
        raise RegistryError(
            f"{source}: `nlp: {str(nlp).lower()}` contradicts {path}, which "
            f"{'is' if not nlp else 'is not'} an NLP-engine recognizer. Set `nlp: "
            f"{str(not nlp).lower()}`."
        )
    class_country = getattr(cls, "COUNTRY_CODE", None)
    if country is not None and (class_country or "").lower() != str(country).lower():
        raise RegistryError(
            f"{source}: `country: {country}` contradicts {path}.COUNTRY_CODE = {class_country!r}. "
            f"The class attribute is the source of truth; fix the registry entry."
        )
    if country is None:
        country = class_country

    def build(language: str) -> EntityRecognizer:
        kwargs = dict(params)
        if context is not None:
            words = context.get(language) if isinstance(context, Mapping) else context
            if words:
                kwargs["context"] = list(words)
        try:
            recognizer = cls(supported_language=language, **kwargs)
        except TypeError as error:
            raise RegistryError(
                f"{source}: cannot build {path}(supported_language=..., {', '.join(kwargs)}): {error}."
            ) from error
        return recognizer

    probe = build(languages[0])
    supported = tuple(probe.supported_entities)
    if not entities:
        entities = supported
    unsupported = [e for e in entities if e not in supported]
    if unsupported:
        raise RegistryError(
            f"{source}: {path} supports {list(supported)}, not {unsupported}. Fix `entity:` or the "
            f"class."
        )
    return RecognizerEntry(
        label=path, source=source, entities=entities, languages=languages, build=build,
        country=country, nlp=nlp,
    )


def _presidio_entry(spec: Mapping[str, Any], source: str) -> tuple[RecognizerEntry, str | None]:
    from presidio_analyzer import PatternRecognizer

    config = dict(spec)
    category = config.pop("category", None)
    config.pop("score_thresholds", None)
    try:
        probe = PatternRecognizer.from_dict(config)
    except (TypeError, ValueError) as error:
        raise RegistryError(
            f"{source}: not a valid Presidio pattern recognizer ({error}). Expected keys: name, "
            f"supported_language, supported_entity, patterns and/or deny_list, context."
        ) from error
    language = probe.supported_language

    def build(lang: str) -> PatternRecognizer:
        return PatternRecognizer.from_dict(config)

    entry = RecognizerEntry(
        label=f"presidio:{probe.name}", source=source, entities=tuple(probe.supported_entities),
        languages=(language,), build=build,
    )
    return entry, category


def _read_yaml(path: Path, source: str) -> dict:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)  # noqa: S506 (safe)
    except OSError as error:
        raise RegistryError(f"{source}: cannot read {path} ({error.strerror}).") from error
    except yaml.YAMLError as error:
        raise RegistryError(f"{source}: {path} is not valid YAML ({error}).") from error
    if not isinstance(data, dict) or not isinstance(data.get("recognizers", []), list):
        raise RegistryError(f"{source}: {path} must be a mapping with a `recognizers:` list.")
    return data


def _entries_from_file(
    path: Path, categories: dict[str, str], default_languages: Sequence[str], disabled: set[str]
) -> list[RecognizerEntry]:
    data = _read_yaml(path, str(path))
    _merge_categories(categories, data.get("categories") or {}, str(path))
    disabled.update(_as_list(data.get("disable"), "disable", str(path)))
    entries = []
    for index, spec in enumerate(data.get("recognizers") or [], start=1):
        source = f"{path.name} recognizer #{index}"
        if not isinstance(spec, Mapping):
            raise RegistryError(f"{source}: each entry must be a mapping.")
        if spec.get("enabled", True) is False:
            continue
        if "class" in spec:
            entries.append(_class_entry(spec, source, default_languages))
        elif "supported_entity" in spec or "supported_entities" in spec:
            entry, category = _presidio_entry(spec, source)
            if category is not None:
                for entity in entry.entities:
                    _merge_categories(categories, {entity: category}, source)
            entries.append(entry)
        else:
            raise RegistryError(
                f"{source}: needs either `class:` (a dotted recognizer class path) or Presidio's "
                f"`supported_entity:` with `patterns:` / `deny_list:`."
            )
    return entries


def _entry_from_class_path(
    path: str, categories: dict[str, str], default_languages: Sequence[str]
) -> RecognizerEntry:
    source = f"{ENV_VAR} / extra entry {path!r}"
    cls = _import_class(path, source)
    _merge_categories(categories, getattr(cls, "ROPA_CATEGORIES", None) or {}, source)
    from presidio_analyzer.predefined_recognizers import SpacyRecognizer

    nlp = isinstance(cls, type) and issubclass(cls, SpacyRecognizer)
    return _class_entry({"class": path, "nlp": nlp}, source, default_languages)


def _extra_sources(extra: Sequence[str | os.PathLike], use_env: bool) -> list[str]:
    items = [str(x) for x in extra]
    if use_env and os.environ.get(ENV_VAR):
        items += [x for x in os.environ[ENV_VAR].split(os.pathsep) if x.strip()]
    return items


def load_registry(
    path: str | os.PathLike | None = None,
    *,
    extra: Sequence[str | os.PathLike] = (),
    use_env: bool = True,
) -> Registry:
    """Read ``registry.yaml`` (or ``path``) plus user additions, and check every entry.

    Every recognizer class is imported and instantiated once to compare what the file says with
    what the class supports; any contradiction raises :class:`RegistryError`.
    """
    base = Path(path) if path is not None else DEFAULT_PATH
    data = _read_yaml(base, str(base))
    categories: dict[str, str] = {}
    _merge_categories(categories, data.get("categories") or {}, base.name)
    models = dict((data.get("nlp") or {}).get("models") or {})
    text_language = str(data.get("text_language") or next(iter(models), "fr"))
    default_languages = ("en", "fr", "nl")
    disabled: set[str] = set()
    entries = _entries_from_file(base, categories, default_languages, disabled)
    for item in _extra_sources(extra, use_env):
        if item.endswith((".yaml", ".yml")) or os.sep in item or Path(item).exists():
            entries += _entries_from_file(Path(item), categories, default_languages, disabled)
        else:
            entries.append(_entry_from_class_path(item, categories, default_languages))
    entries = [e for e in entries if e.label not in disabled]
    for entry in entries:
        missing = [e for e in entry.entities if e not in categories]
        if missing:
            raise RegistryError(
                f"{entry.source}: entity {', '.join(missing)} has no data category. Map it under "
                f"`categories:` (e.g. `{missing[0]}: contact.email`)."
            )
        if entry.nlp and any(lang not in models for lang in entry.languages):
            raise RegistryError(
                f"{entry.source}: NER recognizer for languages {list(entry.languages)} but the "
                f"registry has spaCy models only for {sorted(models)}. Add the model under "
                f"`nlp: models:` or restrict `languages:`."
            )
    return Registry(
        categories=dict(categories),
        entries=tuple(entries),
        nlp_models=models,
        text_language=text_language,
    )


@lru_cache(maxsize=1)
def default_registry() -> Registry:
    """The registry ropa runs with: ``registry.yaml`` plus ``ROPA_RECOGNIZERS`` (read once)."""
    return load_registry()


@lru_cache(maxsize=1)
def _base_categories() -> dict[str, str]:
    data = _read_yaml(DEFAULT_PATH, DEFAULT_PATH.name)
    categories: dict[str, str] = {}
    _merge_categories(categories, data.get("categories") or {}, DEFAULT_PATH.name)
    return categories


def entity_category(entity: str) -> str:
    """The data category of ``entity`` (``FR_NIR`` -> ``government_id.national_id``).

    Built-in entities are answered from ``registry.yaml`` alone, without importing Presidio;
    user-added entities load the full registry once.
    """
    categories = _base_categories()
    if entity in categories:
        return categories[entity]
    return default_registry().entity_category(entity)


def entity_categories() -> dict[str, str]:
    """The whole entity -> category map (built-in, plus user additions when ``ROPA_RECOGNIZERS``
    is set, which loads the full registry)."""
    if not os.environ.get(ENV_VAR):
        return dict(_base_categories())
    return dict(default_registry().categories)


def entities() -> tuple[str, ...]:
    """All entities of the default registry, sorted."""
    return default_registry().entities
