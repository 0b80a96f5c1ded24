"""Declarations: what a privacy policy says, read from the YAML format of ``policies/FORMAT.md``.

A declaration names the data subjects of one organisation, the data categories held about each,
the purposes and their legal bases, the retention, and what the policy promises about masking and
about categories it does not process; its bindings say which warehouse assets hold which subject.
The reconciliation (``catalog/reconcile.py``) compares that with what the scans found.

The files are written by hand by privacy people, so the loader is strict and talks back in their
terms: an unknown key is a typo, not an extension; an unknown category or legal basis is refused
with the allowed values and the nearest one; and every problem is reported as
``path:line: field.path: what is wrong (and the fix)``, the line found by walking the YAML node
tree that ``yaml.compose`` keeps (PyYAML's marks), since pydantic only knows field paths.

Errors::

    DeclarationError (ValueError)   one or more files are invalid; .problems lists each
                                    (path, line, field, message); terminal: fix the file
"""

from __future__ import annotations

import fnmatch
import re
import types
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Iterable, Literal, Sequence, Union, get_args, get_origin

import phonenumbers
import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    model_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError

from catalog import errors, taxonomy

FORMAT_VERSION = 1
LEGAL_BASES = (
    "consent",
    "contract",
    "legal_obligation",
    "vital_interests",
    "public_task",
    "legitimate_interests",
)
RETENTION_EVENTS = ("end_of_relationship", "last_contact", "collection", "end_of_fiscal_year")
RETENTION_RULES = ("as_long_as_necessary",)
LANGUAGES = ("en", "fr", "nl")
# GDPR chapter V: the grounds on which personal data may leave the EU/EEA (art. 45, 46, 47, 49);
# ``unspecified`` when the policy announces a transfer without naming its safeguard.
TRANSFER_SAFEGUARDS = (
    "adequacy_decision",
    "standard_contractual_clauses",
    "binding_corporate_rules",
    "code_of_conduct",
    "certification",
    "derogation",
    "unspecified",
)

# Codes people reach for that ISO 3166-1 does not assign (the EU's own abbreviations).
_JURISDICTION_HINTS = {"UK": "GB", "EL": "GR"}
_SUBJECT_ID = re.compile(r"[a-z][a-z0-9_]*", re.ASCII)
# Retention periods are calendar units (a year is not 365 days), which ``timedelta`` cannot hold:
# hence a small parser for the date part of ISO 8601 durations rather than pydantic's timedelta.
_MAX_RETENTION_YEARS = 200
_DURATION = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?", re.ASCII)


# --------------------------------------------------------------------------------------------
# Errors


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one declaration file, located for the person who wrote it."""

    path: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class DeclarationError(errors.DeclarationError, ValueError):
    """One or more declaration files are invalid; the message has one line per problem."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def _error(message: str) -> PydanticCustomError:
    # The text travels as context so that braces in user input cannot break the template.
    return PydanticCustomError("ropa", "{message}", {"message": message})


def _raise(title: str, problems: Sequence[tuple[tuple[str | int, ...], str, Any]]) -> None:
    """Raise several located errors at once from a model validator (pydantic prefixes the locs)."""
    if problems:
        raise ValidationError.from_exception_data(
            title,
            [InitErrorDetails(type=_error(msg), loc=loc, input=value) for loc, msg, value in problems],
        )


def _nearest(value: object, choices: Iterable[str]) -> str:
    hint = taxonomy.suggest(value, choices) if isinstance(value, str) else None
    return f" (did you mean '{hint}'?)" if hint else ""


# --------------------------------------------------------------------------------------------
# Field types


def _one_of(what: str, allowed: tuple[str, ...]) -> BeforeValidator:
    def check(value: object) -> object:
        if isinstance(value, str) and value in allowed:
            return value
        hint = taxonomy.suggest(value, allowed) if isinstance(value, str) else None
        did_you_mean = f"did you mean '{hint}'? " if hint else ""
        raise _error(f"{value!r} is not a {what}; {did_you_mean}use one of: {', '.join(allowed)}")

    return BeforeValidator(check)


def _category(value: object) -> object:
    if isinstance(value, str) and taxonomy.is_known(value):
        return value
    raise _error(taxonomy.unknown_message(value))


def _entity(value: object) -> object:
    if isinstance(value, str) and taxonomy.entity_category(value) is not None:
        return value
    known = taxonomy.entity_map()
    raise _error(
        f"unknown entity {value!r}{_nearest(value, known)}; masked lists classifier entities "
        f"such as {', '.join(sorted(known)[:4])} (all: classifiers/registry.yaml)"
    )


def _subject_id(value: str) -> str:
    if _SUBJECT_ID.fullmatch(value):
        return value
    raise _error(
        f"subject id {value!r} must be lower_snake_case (customer, debtor, job_applicant); "
        "put the policy's own word in label:"
    )


def _jurisdiction(value: object) -> object:
    # phonenumbers keeps the ISO 3166-1 alpha-2 codes of every territory (plus XK for Kosovo);
    # a well-kept list beats one copied here.
    if isinstance(value, bool):
        raise _error(
            "got a boolean: YAML reads NO, no, yes, on, off as true/false; quote the code (\"NO\")"
        )
    if isinstance(value, str) and value in phonenumbers.SUPPORTED_REGIONS:
        return value
    hint = _JURISDICTION_HINTS.get(str(value).upper()) if isinstance(value, str) else None
    if hint is None and isinstance(value, str) and value.upper() in phonenumbers.SUPPORTED_REGIONS:
        hint = value.upper()
    did_you_mean = f"did you mean '{hint}'? " if hint else ""
    raise _error(
        f"{value!r} is not an ISO 3166-1 alpha-2 country code; {did_you_mean}"
        "write the controller's country in two capitals, e.g. FR, NL, BE"
    )


def _version(value: object) -> object:
    if value == FORMAT_VERSION and not isinstance(value, bool):
        return value
    raise _error(f"unsupported format version {value!r}; this ropa reads `ropa: {FORMAT_VERSION}`")


def _non_blank(value: str) -> str:
    if value.strip():
        return value
    raise _error("is empty; write a value or remove the key")


def _glob(value: str) -> str:
    # Refused where Python's fnmatch and DuckDB's GLOB would disagree, so that ``matches`` and the
    # ``asset_subjects`` view always name the same assets.
    if "\\" in value:
        raise _error(
            f"{value!r} holds a backslash; write paths with '/' (exports/*.csv), and match a "
            "literal * or ? with [*] or [?]"
        )
    opened = -1  # index of the '[' of the class being read, -1 outside a class
    for i, char in enumerate(value):
        if char == "[" and opened < 0:
            opened = i
        elif char == "]" and opened >= 0 and i > opened + 1:
            opened = -1
    if opened >= 0:
        raise _error(f"{value!r} opens a [character class] it does not close; close it or use ?")
    return value


Text = Annotated[str, AfterValidator(_non_blank)]
CategoryKey = Annotated[str, BeforeValidator(_category)]
EntityName = Annotated[str, BeforeValidator(_entity)]
SubjectId = Annotated[str, AfterValidator(_subject_id)]
LegalBasis = Annotated[
    Literal[
        "consent",
        "contract",
        "legal_obligation",
        "vital_interests",
        "public_task",
        "legitimate_interests",
    ],
    _one_of("legal basis (GDPR art. 6)", LEGAL_BASES),
]
RetentionEvent = Annotated[
    Literal["end_of_relationship", "last_contact", "collection", "end_of_fiscal_year"],
    _one_of("retention event", RETENTION_EVENTS),
]
RetentionRule = Annotated[Literal["as_long_as_necessary"], _one_of("retention rule", RETENTION_RULES)]
Language = Annotated[Literal["en", "fr", "nl"], _one_of("supported policy language", LANGUAGES)]
TransferSafeguard = Annotated[
    Literal[
        "adequacy_decision",
        "standard_contractual_clauses",
        "binding_corporate_rules",
        "code_of_conduct",
        "certification",
        "derogation",
        "unspecified",
    ],
    _one_of("transfer safeguard (GDPR art. 45-49)", TRANSFER_SAFEGUARDS),
]


class _Model(BaseModel):
    # extra="forbid": in a hand-written file an unknown key is a typo (`retension:`), and a typo
    # that is silently ignored is a declaration that silently says less than its author meant.
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=False)


# --------------------------------------------------------------------------------------------
# The model


class Duration(_Model):
    """A retention period in calendar units, parsed from ISO 8601 (``P5Y``, ``P18M``, ``P1Y6M``,
    ``P90D``, ``P2W`` = 14 days). Years and months stay calendar units so that SQL can add them
    to a date exactly (``to_years`` / ``to_months`` in DuckDB)."""

    years: int = 0
    months: int = 0
    days: int = 0

    @model_validator(mode="before")
    @classmethod
    def _parse(cls, value: object) -> object:
        if not isinstance(value, str):
            if isinstance(value, (dict, Duration)):
                return value
            raise _error(f"expected an ISO 8601 duration such as P5Y, P18M or P90D, got {value!r}")
        match = _DURATION.fullmatch(value)
        if value.startswith("PT") or "T" in value:
            raise _error(
                f"{value!r} has a time part; retention is counted in days at the finest "
                "(P1D, P90D, P18M, P5Y)"
            )
        if match is None or value == "P":
            raise _error(
                f"{value!r} is not an ISO 8601 duration; write P then numbers with Y, M, W or D "
                "in that order: P5Y, P18M, P1Y6M, P90D"
            )
        years, months, weeks, days = (int(g) if g else 0 for g in match.groups())
        if years * 366 + months * 31 + (weeks * 7 + days) > _MAX_RETENTION_YEARS * 366:
            raise _error(
                f"{value!r} is longer than {_MAX_RETENTION_YEARS} years; a policy with no end "
                "date is written rule: as_long_as_necessary"
            )
        return {"years": years, "months": months, "days": days + 7 * weeks}

    @property
    def iso(self) -> str:
        parts = [f"{n}{u}" for n, u in ((self.years, "Y"), (self.months, "M"), (self.days, "D")) if n]
        return "P" + ("".join(parts) or "0D")

    @property
    def is_zero(self) -> bool:
        """``P0D``: kept only while the relationship lasts (see :class:`Retention`)."""
        return self.years == self.months == self.days == 0

    def __str__(self) -> str:
        return self.iso


class Retention(_Model):
    """How long a subject's data is kept: ``duration`` counted ``from`` an event, or a ``rule``
    when the policy names no period (then no over-retention can be checked)."""

    duration: Duration | None = None
    from_: RetentionEvent | None = Field(default=None, alias="from")
    rule: RetentionRule | None = None
    note: Text | None = None

    @model_validator(mode="after")
    def _one_form(self) -> Retention:
        events = ", ".join(RETENTION_EVENTS)
        problems: list[tuple[tuple[str | int, ...], str, Any]] = []
        if self.rule is not None and (self.duration is not None or self.from_ is not None):
            problems.append(
                (("rule",), "a rule replaces duration/from; keep either rule or duration + from",
                 self.rule)
            )
        elif self.rule is None and self.duration is None and self.from_ is None:
            problems.append(
                (("duration",), "retention needs duration + from (e.g. duration: P5Y, from: "
                 "end_of_relationship), or rule: as_long_as_necessary when the policy names no "
                 "period", None)
            )
        elif self.duration is not None and self.from_ is None:
            problems.append(
                (("from",), f"duration {self.duration} needs from: the event the clock starts "
                 f"at, one of: {events}", None)
            )
        elif self.duration is None and self.from_ is not None:
            problems.append(
                (("duration",), f"from: {self.from_} needs a duration such as P5Y, P18M or P90D",
                 None)
            )
        elif self.duration is not None and self.duration.is_zero and self.from_ != "end_of_relationship":
            # "Only while you are a member" is P0D from end_of_relationship: deleted when the
            # relationship ends. Zero from any other event would mean never kept at all.
            problems.append(
                (("duration",), f"{self.duration.iso} from {self.from_} is a zero period; a zero "
                 "period is only written from end_of_relationship (kept while the relationship "
                 "lasts), else write the period the policy names", self.duration.iso)
            )
        _raise("Retention", problems)
        return self


class Purpose(_Model):
    """Why data is processed, and on which GDPR article 6 legal basis."""

    name: Text
    legal_basis: LegalBasis
    categories: list[CategoryKey] | None = None


class Subject(_Model):
    """One kind of data subject (customer, debtor...) and everything the policy says about it."""

    label: Text | None = None
    categories: list[CategoryKey] = Field(min_length=1)
    purposes: list[Purpose] = Field(min_length=1)
    recipients: list[Text] = Field(default_factory=list)
    retention: Retention
    masked: list[EntityName] = Field(default_factory=list)
    not_processed: list[CategoryKey] = Field(default_factory=list)
    vague: Text | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Subject:
        problems: list[tuple[tuple[str | int, ...], str, Any]] = []
        declared = ", ".join(self.categories)
        for i, purpose in enumerate(self.purposes):
            for j, key in enumerate(purpose.categories or ()):
                if not any(taxonomy.covers(c, key) for c in self.categories):
                    problems.append(
                        (("purposes", i, "categories", j),
                         f"'{key}' is not among the subject's categories ({declared}); add it "
                         "to the subject's categories or drop it from this purpose", key)
                    )
        for j, key in enumerate(self.not_processed):
            clash = [c for c in self.categories if taxonomy.covers(c, key) or taxonomy.covers(key, c)]
            if clash:
                problems.append(
                    (("not_processed", j),
                     f"'{key}' is declared as not processed but categories lists "
                     f"{', '.join(clash)}; the policy cannot say both, keep one", key)
                )
        _raise("Subject", problems)
        return self

    def holds(self, category: str) -> bool:
        """True when this subject's declared categories cover ``category``."""
        return any(taxonomy.covers(c, category) for c in self.categories)


class Binding(_Model):
    """Assets (a case-insensitive glob on ``schema.table`` or a file path) holding a subject's data,
    and the column whose date starts the retention clock."""

    assets: Annotated[Text, AfterValidator(_glob)]
    subject: SubjectId
    retention_anchor: Text | None = None


class Source(_Model):
    document: Text | None = None
    updated: date | None = None


class Contact(_Model):
    """Who to write to: the controller (GDPR art. 30(1)(a)) or its data protection officer, as the
    policy names them. Every field is optional, but a contact says at least one thing."""

    name: Text | None = None
    address: Text | None = None
    email: Text | None = None
    phone: Text | None = None

    @model_validator(mode="after")
    def _says_something(self) -> Contact:
        if not any((self.name, self.address, self.email, self.phone)):
            _raise("Contact", [((), "is empty; give at least one of name, address, email, "
                               "phone, or remove the key", None)])
        return self


class Transfer(_Model):
    """A transfer of personal data outside the EU/EEA (GDPR art. 30(1)(e)): to whom, to which
    countries when the policy says, on which safeguards, for which subjects (all when omitted)."""

    recipient: Text
    countries: list[Text] = Field(default_factory=list)
    safeguards: list[TransferSafeguard] = Field(min_length=1)
    subjects: list[SubjectId] = Field(default_factory=list)
    note: Text | None = None


class Declaration(_Model):
    """One organisation's policy, as encoded in one YAML file."""

    ropa: Annotated[int, BeforeValidator(_version)]
    organisation: Text
    jurisdiction: Annotated[str, BeforeValidator(_jurisdiction)]
    language: Language
    source: Source | None = None
    notes: Text | None = None
    controller: Contact | None = None
    dpo: Contact | None = None
    security: list[Text] = Field(default_factory=list)
    transfers: list[Transfer] = Field(default_factory=list)
    subjects: dict[SubjectId, Subject] = Field(min_length=1)
    bindings: list[Binding] = Field(default_factory=list)

    _path: Path | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _bindings_name_subjects(self) -> Declaration:
        problems = [
            (("bindings", i, "subject"),
             f"no subject '{b.subject}' in this file{_nearest(b.subject, self.subjects)}; "
             f"subjects here: {', '.join(self.subjects)}", b.subject)
            for i, b in enumerate(self.bindings)
            if b.subject not in self.subjects
        ]
        problems += [
            (("transfers", i, "subjects", j),
             f"no subject '{sid}' in this file{_nearest(sid, self.subjects)}; "
             f"subjects here: {', '.join(self.subjects)}", sid)
            for i, t in enumerate(self.transfers)
            for j, sid in enumerate(t.subjects)
            if sid not in self.subjects
        ]
        _raise("Declaration", problems)
        return self

    def transfers_of(self, subject: str) -> list[Transfer]:
        """The transfers outside the EU/EEA that concern ``subject`` (those naming no subject
        concern every subject)."""
        return [t for t in self.transfers if not t.subjects or subject in t.subjects]

    @property
    def path(self) -> Path | None:
        """The file this declaration was loaded from (None when built in code)."""
        return self._path

    @property
    def policy(self) -> str:
        """The policy id used in the catalog: the file's stem (``policies/wecasa.yaml`` ->
        ``wecasa``), or a slug of the organisation for a declaration built in code."""
        if self._path is not None:
            return self._path.stem
        return re.sub(r"[^a-z0-9]+", "_", self.organisation.lower()).strip("_")


# --------------------------------------------------------------------------------------------
# Which bindings name an asset


def matches(pattern: str, asset: str) -> bool:
    """True when a binding's glob names ``asset``, ignoring case.

    The same test as the catalog's ``lower(asset) GLOB lower(pattern)`` (``asset_subjects``
    view), for code that must know before anything is in the catalog, such as a scan deciding
    which retention-anchor columns to profile: ``*`` and ``?`` cross ``/`` and ``.``, ``[...]``
    is a character class. A test checks both agree.
    """
    return fnmatch.fnmatchcase(asset.lower(), pattern.lower())


def bindings_for(
    declarations: Iterable[Declaration], asset: str
) -> list[tuple[Declaration, Binding]]:
    """Every (declaration, binding) whose glob names ``asset``."""
    return [(d, b) for d in declarations for b in d.bindings if matches(b.assets, asset)]


def anchor_columns(declarations: Iterable[Declaration], asset: str) -> set[str]:
    """The retention-anchor columns the bindings name for ``asset`` (to profile per day)."""
    return {b.retention_anchor for _, b in bindings_for(declarations, asset) if b.retention_anchor}


# --------------------------------------------------------------------------------------------
# Loading


#: far beyond any real policy (the longest seed is ~10 KB), small enough to refuse a data file
MAX_POLICY_BYTES = 4 * 1024 * 1024


def load_declaration(path: str | Path) -> Declaration:
    """Read and validate one declaration file; :class:`DeclarationError` lists every problem."""
    shown = str(path)
    file = Path(path)
    # A pipe or device would block or never end; a policy is a small hand-written file.
    if file.exists() and not file.is_file():
        raise DeclarationError(
            [Problem(shown, None, "", "is not a regular file (a folder, pipe or device): give the path of a YAML file")]
        )
    if file.is_file() and file.stat().st_size > MAX_POLICY_BYTES:
        raise DeclarationError(
            [Problem(shown, None, "", f"is {file.stat().st_size:,} bytes; a policy is at most "
                     f"{MAX_POLICY_BYTES:,} (is this really a policy file?)")]
        )
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise DeclarationError(
            [Problem(shown, None, "", "is not UTF-8 text; save the file as UTF-8")]
        ) from None
    except OSError as exc:
        raise DeclarationError(
            [Problem(shown, None, "", f"cannot be read ({exc.strerror}); check the path")]
        ) from None
    node, data = _parse_yaml(text, shown)
    if node is None:
        raise DeclarationError(
            [Problem(shown, 1, "", f"is empty; a declaration starts with `ropa: {FORMAT_VERSION}`")]
        )
    problems = list(_duplicate_keys(node, shown, ()))
    if problems:
        raise DeclarationError(problems)
    if not isinstance(data, dict):
        raise DeclarationError(
            [Problem(shown, node.start_mark.line + 1, "",
                     f"expected a mapping of keys (ropa:, organisation:, subjects:...), "
                     f"got {_kind(data)}")]
        )
    try:
        declaration = Declaration.model_validate(data)
    except ValidationError as exc:
        located = [_problem(shown, node, err) for err in exc.errors()]
        raise DeclarationError(sorted(located, key=lambda p: (p.line or 0, p.field))) from None
    declaration._path = Path(path)
    return declaration


def load_declarations(paths: Iterable[str | Path]) -> list[Declaration]:
    """Load several files; the problems of all of them are reported together, and two files may
    not share a policy id (the file stem)."""
    declarations: list[Declaration] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for path in paths:
        try:
            declaration = load_declaration(path)
        except DeclarationError as exc:
            problems.extend(exc.problems)
            continue
        first = seen.setdefault(declaration.policy, str(path))
        if first != str(path):
            problems.append(
                Problem(str(path), None, "",
                        f"policy id '{declaration.policy}' (the file name) is already used by "
                        f"{first}; rename one of the files")
            )
            continue
        declarations.append(declaration)
    if problems:
        raise DeclarationError(problems)
    return declarations


#: Deeper than this, a policy is not a policy (the real ones nest 5 levels); PyYAML's recursive
#: composer would otherwise hit Python's recursion limit on a hostile file.
MAX_DEPTH = 64


class _PolicyLoader(yaml.SafeLoader):
    """SafeLoader refusing anchors and aliases, and nesting past ``MAX_DEPTH``.

    A policy needs neither, and aliases are how a few lines of YAML expand to billions of nodes
    ("billion laughs"): the duplicate-key walk would follow every one of them.
    """

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise _Refused(event.start_mark.line + 1,
                           "uses a YAML anchor or alias (&name / *name); policies do not accept them "
                           "(they can expand without bound): write the values out")
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise _Refused(event.start_mark.line + 1,
                               f"is nested more than {MAX_DEPTH} levels deep; a declaration nests about 5: "
                               "check the indentation, or that this is the policy file")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


class _Refused(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def _parse_yaml(text: str, shown: str) -> tuple[yaml.Node | None, Any]:
    """Compose the node tree (kept for line numbers) and construct plain data from it."""
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise DeclarationError(
            [Problem(shown, line, "", "holds a NUL byte: not a text file (a binary or UTF-16 file?); "
                     "save the policy as UTF-8 text")]
        )
    loader = None
    try:
        loader = _PolicyLoader(text)
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except _Refused as exc:
        raise DeclarationError([Problem(shown, exc.line, "", exc.message)]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        what = " ".join(part for part in (exc.context, exc.problem) if part)
        raise DeclarationError(
            [Problem(shown, line, "", f"not valid YAML: {what}; check the indentation (nested "
                     "keys two spaces deeper than their parent, list items start with '- ') and "
                     "quote values containing ': ' or '#'")]
        ) from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1 if isinstance(exc.position, int) else None
        raise DeclarationError(
            [Problem(shown, line, "", f"holds the control character #x{exc.character:04x}, which YAML "
                     "does not allow: remove it (a binary or mis-encoded file?)")]
        ) from None
    except yaml.YAMLError as exc:
        raise DeclarationError([Problem(shown, None, "", f"not valid YAML: {exc}")]) from None
    finally:
        if loader is not None:
            loader.dispose()
    return node, data


def _duplicate_keys(node: yaml.Node, shown: str, loc: tuple[str | int, ...]) -> Iterable[Problem]:
    """YAML keeps the last of two equal keys without a word; in a declaration that silently drops
    a subject or a category list, so it is refused."""
    if isinstance(node, yaml.MappingNode):
        first: dict[str, int] = {}
        for key, value in node.value:
            name = key.value if isinstance(key, yaml.ScalarNode) else str(key.value)
            line = key.start_mark.line + 1
            if name in first:
                yield Problem(shown, line, _field(loc + (name,)),
                              f"duplicate key (first at line {first[name]}); YAML keeps only the "
                              "last one, so merge the two")
            else:
                first[name] = line
            yield from _duplicate_keys(value, shown, loc + (name,))
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            yield from _duplicate_keys(item, shown, loc + (i,))


# --------------------------------------------------------------------------------------------
# Turning pydantic's errors into located sentences


_MISSING_HINTS = {
    "ropa": f"add `ropa: {FORMAT_VERSION}` (the format version) at the top",
    "organisation": "add `organisation:` with the controller's name",
    "jurisdiction": "add `jurisdiction:` with the controller's ISO 3166-1 alpha-2 code, e.g. FR",
    "language": f"add `language:` with the policy's language, one of: {', '.join(LANGUAGES)}",
    "subjects": "add `subjects:` with at least one data subject",
    "categories": "add `categories:` listing the data categories held (policies/FORMAT.md)",
    "purposes": "add `purposes:` with at least one `- name:` and `legal_basis:`",
    "retention": "add `retention:` with duration + from (e.g. P5Y from end_of_relationship), "
                 "or `rule: as_long_as_necessary` when the policy names no period",
    "name": "add `name:` saying what the data is used for",
    "legal_basis": f"add `legal_basis:`, one of: {', '.join(LEGAL_BASES)}",
    "assets": "add `assets:` with a glob on schema.table or a file path",
    "subject": "add `subject:` naming a subject of this file",
    "recipient": "add `recipient:` naming who receives the data outside the EU/EEA",
    "safeguards": "add `safeguards:` listing the grounds of the transfer, one or more of: "
                  + ", ".join(TRANSFER_SAFEGUARDS),
}


def _problem(shown: str, root: yaml.Node, err: Any) -> Problem:
    loc = tuple(part for part in err["loc"] if not _is_tag(part))
    key_error = bool(loc) and loc[-1] == "[key]"
    loc = tuple(part for part in loc if part != "[key]")
    line = _line_of(root, loc)
    kind = err["type"]
    value = err.get("input")
    if kind == "ropa":
        message = err["ctx"]["message"] if "ctx" in err else err["msg"]
    elif kind == "missing":
        message = "is missing; " + _MISSING_HINTS.get(str(loc[-1]) if loc else "", "add it")
    elif kind == "extra_forbidden":
        allowed = _allowed_keys(loc[:-1])
        message = (
            f"unknown key{_nearest(str(loc[-1]), allowed)}; allowed here: {', '.join(allowed)}"
        )
    elif kind in ("list_type", "tuple_type"):
        message = f"expected a list (one '- item' per line), got {_kind(value)}"
    elif kind in ("dict_type", "model_type", "model_attributes_type"):
        message = (
            f"expected a mapping ('key: value' lines indented under this key), got {_kind(value)}"
        )
    elif kind == "string_type":
        message = f"expected text, got {_kind(value)}"
        if isinstance(value, bool):
            message += " (YAML reads yes/no/on/off/true/false, and NO, as booleans: quote it)"
        elif isinstance(value, (int, float)):
            message += " (quote it)"
    elif kind == "too_short":
        message = "is empty; it needs at least one entry"
    elif kind.startswith("date"):
        message = f"expected a date written YYYY-MM-DD, got {_kind(value)}"
    else:
        message = err["msg"]
    if key_error and kind != "ropa":
        message = f"key {message}"
    return Problem(shown, line, _field(loc), message)


def _is_tag(part: str | int) -> bool:
    # pydantic adds union / function tags (``function-before[...]``) to some locations.
    return isinstance(part, str) and part != "[key]" and part.endswith("]") and "[" in part


def _field(loc: Sequence[str | int]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _line_of(node: yaml.Node, loc: Sequence[str | int]) -> int:
    """The line of the deepest node of ``loc`` that exists: the key's line for a mapping entry
    (where a reader looks), the item's line for a list item, the parent's for a missing key."""
    line = node.start_mark.line + 1
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.value == str(part):
                    line, node = key.start_mark.line + 1, value
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            return line
    return line


def _allowed_keys(loc: Sequence[str | int]) -> list[str]:
    """The keys the model at ``loc`` accepts (for "unknown key" messages)."""
    tp: Any = Declaration
    for part in loc:
        tp = _unwrap(tp)
        if isinstance(tp, type) and issubclass(tp, BaseModel):
            fields = {f.alias or name: f for name, f in tp.model_fields.items()}
            if part not in fields:
                return []
            tp = fields[part].annotation
        elif get_origin(tp) is list:
            tp = get_args(tp)[0]
        elif get_origin(tp) is dict:
            tp = get_args(tp)[1]
        else:
            return []
    tp = _unwrap(tp)
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return [f.alias or name for name, f in tp.model_fields.items()]
    return []


def _unwrap(tp: Any) -> Any:
    while True:
        origin = get_origin(tp)
        if origin is Annotated:
            tp = get_args(tp)[0]
        elif origin is Union or origin is types.UnionType:
            tp = next(a for a in get_args(tp) if a is not type(None))
        else:
            return tp


def _kind(value: object) -> str:
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, date):
        return "a date"
    return type(value).__name__


# --------------------------------------------------------------------------------------------
# Flat records for the catalog


def to_rows(declarations: Iterable[Declaration]) -> dict[str, list[dict[str, Any]]]:
    """Flatten declarations into the records of the catalog's ``decl_*`` tables, keyed by table.

    Column names match ``catalog/reconcile.py``'s DDL; ``reconcile.load`` writes them. Two
    declarations with the same policy id are refused (the tables are keyed by it).
    """
    out: dict[str, list[dict[str, Any]]] = {
        "decl_policies": [],
        "decl_subjects": [],
        "decl_purposes": [],
        "decl_categories": [],
        "decl_masked": [],
        "decl_not_processed": [],
        "decl_bindings": [],
    }
    seen: set[str] = set()
    for d in declarations:
        policy = d.policy
        if policy in seen:
            raise DeclarationError(
                [Problem(str(d.path or d.organisation), None, "",
                         f"policy id '{policy}' is used twice; give each file its own name")]
            )
        seen.add(policy)
        out["decl_policies"].append({
            "policy": policy,
            "organisation": d.organisation,
            "jurisdiction": d.jurisdiction,
            "language": d.language,
            "path": str(d.path) if d.path else None,
            "document": d.source.document if d.source else None,
            "updated": d.source.updated if d.source else None,
            "notes": d.notes,
        })
        for sid, s in d.subjects.items():
            r = s.retention
            out["decl_subjects"].append({
                "policy": policy,
                "organisation": d.organisation,
                "subject": sid,
                "label": s.label,
                "retention_iso": r.duration.iso if r.duration else None,
                "retention_years": r.duration.years if r.duration else None,
                "retention_months": r.duration.months if r.duration else None,
                "retention_days": r.duration.days if r.duration else None,
                "retention_from": r.from_,
                "retention_rule": r.rule,
                "retention_note": r.note,
                "recipients": list(s.recipients),
                "vague": s.vague,
            })
            for i, p in enumerate(s.purposes):
                out["decl_purposes"].append({
                    "policy": policy,
                    "subject": sid,
                    "ordinal": i,
                    "purpose": p.name,
                    "legal_basis": p.legal_basis,
                    "categories": list(p.categories) if p.categories is not None else None,
                })
            for key in dict.fromkeys(s.categories):
                out["decl_categories"].append({"policy": policy, "subject": sid, "category": key})
            for entity in dict.fromkeys(s.masked):
                out["decl_masked"].append({"policy": policy, "subject": sid, "entity": entity})
            for key in dict.fromkeys(s.not_processed):
                out["decl_not_processed"].append(
                    {"policy": policy, "subject": sid, "category": key}
                )
        for i, b in enumerate(d.bindings):
            out["decl_bindings"].append({
                "policy": policy,
                "ordinal": i,
                "pattern": b.assets,
                "subject": b.subject,
                "retention_anchor": b.retention_anchor,
            })
    return out
