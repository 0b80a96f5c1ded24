"""The per-language lexicons behind ``ropa draft``, and the spaCy pipelines built from them.

The words a privacy policy uses for its data subjects, data categories, legal bases and retention
periods live in ``lexicons/<lang>.yaml`` (folder = scope, YAML = what runs): adding a Dutch synonym
is a one-line change there, not a code change. This module validates a lexicon against the
taxonomy (``catalog/taxonomy.py``) and GDPR article 6 before anything runs, so a typo in a category
key fails loudly at load time instead of drafting a declaration the loader would refuse.

Lexicon entries (lists under ``subjects``, ``categories``, ``legal_bases``, ``retention``...):

* ``"email address"`` -- a phrase, matched case-insensitively on whole tokens;
* ``{phrase: naam, weak: true}`` -- a phrase that names a category only in a list item or next to
  other categories ("name" in prose is too often "in the name of");
* ``{phrase: NAW-gegevens, also: [contact.postal_address]}`` -- one phrase, several categories;
* ``{regex: "^e-?mail-?adres(sen)?$"}`` -- one token whose lowercase form matches (Dutch
  compounds);
* ``{tokens: [...]}`` -- a raw spaCy ``Matcher`` token pattern.

Pipelines are ``spacy.blank(lang)`` + ``sentencizer`` (nothing is downloaded, ever) with one
group of things matched (all groups in one PhraseMatcher and one Matcher pass, see :class:`_Matchers`). Each group keeps only the longest of overlapping matches
(``spacy.util.filter_spans``), which is how ``ignore`` phrases ("user id", "membre de notre
équipe") shield the shorter subject or category words inside them. SpanRuler rather than the
EntityRuler the issue names: a subject ("customer") and a category ("customer contact details")
may overlap, and ``doc.ents`` cannot hold overlapping spans while ``doc.spans`` groups can.

Errors::

    RopaError
    └── LexiconError (also ValueError)   a lexicon file is malformed     (terminal: fix the YAML)
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping

import spacy
import yaml
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, SpanGroup
from spacy.util import compile_infix_regex, filter_spans

from catalog import taxonomy
from catalog.errors import RopaError
from classifiers.text.token_match import factored_token_match
from flows.draft.gate import Gate, TokenTests

LEXICON_DIR = Path(__file__).with_name("lexicons")
LANGUAGES: tuple[str, ...] = ("en", "fr", "nl")

#: GDPR art. 6(1) legal bases, spelt as FORMAT.md spells them.
LEGAL_BASES: tuple[str, ...] = (
    "consent", "contract", "legal_obligation", "vital_interests", "public_task",
    "legitimate_interests",
)
#: Events a retention period may run from (FORMAT.md ``retention.from``).
RETENTION_EVENTS: tuple[str, ...] = (
    "end_of_relationship", "last_contact", "collection", "end_of_fiscal_year",
)
UNITS: tuple[str, ...] = ("year", "month", "week", "day")
#: Label of a retention phrase that keeps data only while the relationship lasts.
WHILE_RELATED = "while_related"
#: The pattern id of a Dutch suspended compound's first part (see _suspended_compounds).
SUSPENDED = "suspended"

IGNORE = "_ignore"
_SUBJECT_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_TOP_KEYS = {
    "language", "numbers", "months", "subjects", "ignore", "categories", "legal_bases",
    "legal_basis_cues", "collection_cues", "purpose_cues", "negations", "masking", "retention",
    "sections", "table_headers", "jurisdiction_signals", "halves", "abbreviations",
}
_ENTRY_KEYS = {"phrase", "regex", "tokens", "weak", "also"}

#: Span groups written on every Doc (``doc.spans[key]``).
SPAN_KEYS: tuple[str, ...] = (
    "subjects", "categories", "bases", "basis_cues", "collection_cues", "purpose_cues",
    "negations", "mask_cues", "mask_entities", "ret_triggers", "ret_necessary", "ret_events",
    "durations",
)


class LexiconError(RopaError, ValueError):
    """A lexicon YAML file is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Lexicon:
    """One language's lexicon, validated. Kept as plain data; :func:`pipeline` compiles it."""

    language: str
    raw: Mapping[str, Any]
    path: Path

    @property
    def numbers(self) -> Mapping[str, int]:
        return self.raw.get("numbers", {})

    @property
    def halves(self) -> Mapping[str, list[str]]:
        """Words of a half ("half", "demi") and of one and a half ("anderhalf"): see _duration_patterns."""
        return self.raw.get("halves") or {}

    @property
    def months(self) -> Mapping[str, int]:
        return self.raw.get("months", {})

    @property
    def subject_ids(self) -> tuple[str, ...]:
        return tuple(self.raw["subjects"])

    def words(self, *path: str) -> list[str]:
        """A plain list of lowercase phrases at ``path`` (section headings, table headers...)."""
        node: Any = self.raw
        for key in path:
            node = node.get(key, {}) if isinstance(node, Mapping) else {}
        return [str(w).lower() for w in node] if isinstance(node, list) else []

    @property
    def heading_subjects(self) -> Mapping[str, list[str]]:
        """Subjects a section heading names by an activity ("Newsletter", "Contactformulier"),
        words that name nobody in running prose."""
        found = (self.raw.get("sections") or {}).get("subjects") or {}
        return {sid: [str(w).lower() for w in words] for sid, words in found.items()}

    @property
    def condition_subjects(self) -> Mapping[str, list[str]]:
        """Subjects a sentence's opening condition names by what "you" do ("If you apply for a
        job", "Si vous passez commande", "Als u een account aanmaakt"): verbs, which headings
        rarely use, added to the heading words for that reading."""
        found = (self.raw.get("sections") or {}).get("conditions") or {}
        return {sid: [str(w).lower() for w in words] for sid, words in found.items()}

    @property
    def jurisdiction_signals(self) -> Mapping[str, list[str]]:
        return {k: [str(w).lower() for w in v] for k, v in self.raw.get("jurisdiction_signals", {}).items()}


def _fail(path: Path, where: str, message: str) -> LexiconError:
    return LexiconError(
        f"{path.name}: {where}: {message} (fix the lexicon file {path}; its format is described "
        "in flows/draft/lexicons.py)"
    )


def _check_entries(path: Path, where: str, entries: Any, *, allow_also: bool = False) -> None:
    if not isinstance(entries, list) or not entries:
        raise _fail(path, where, "expected a non-empty list of phrases")
    for i, entry in enumerate(entries):
        spot = f"{where}[{i}]"
        if isinstance(entry, bool):
            # YAML 1.1 reads a bare no, yes, on or off as false or true: the English negation
            # "no" was the phrase "False" until the twenty-fourth wave
            raise _fail(path, spot, f"YAML read a bare word as {entry}; write it in quotes (\"no\", \"on\")")
        if isinstance(entry, (str, int, float)) and str(entry).strip():
            continue
        if not isinstance(entry, dict):
            raise _fail(path, spot, f"expected a phrase or a mapping, got {type(entry).__name__}")
        unknown = set(entry) - _ENTRY_KEYS
        if unknown:
            raise _fail(path, spot, f"unknown keys {sorted(unknown)}; allowed: {sorted(_ENTRY_KEYS)}")
        kinds = [k for k in ("phrase", "regex", "tokens") if k in entry]
        if len(kinds) != 1:
            raise _fail(path, spot, "give exactly one of phrase, regex, tokens")
        if "regex" in entry:
            try:
                re.compile(entry["regex"])
            except re.error as exc:
                raise _fail(path, spot, f"invalid regex: {exc}") from None
        if "tokens" in entry and not isinstance(entry["tokens"], list):
            raise _fail(path, spot, "tokens must be a list of spaCy token patterns")
        if "also" in entry:
            if not allow_also:
                raise _fail(path, spot, "'also' is only meaningful under categories")
            for key in entry["also"]:
                if not taxonomy.is_known(key):
                    raise _fail(path, f"{spot}.also", taxonomy.unknown_message(key))


def validate(raw: Any, path: Path) -> Lexicon:
    """Check a parsed lexicon file; raise :class:`LexiconError` naming the first problem."""
    if not isinstance(raw, dict):
        raise _fail(path, "top level", "expected a mapping")
    unknown = set(raw) - _TOP_KEYS
    if unknown:
        raise _fail(path, "top level", f"unknown keys {sorted(unknown)}")
    lang = raw.get("language")
    if lang not in LANGUAGES:
        raise _fail(path, "language", f"expected one of {LANGUAGES}, got {lang!r}")
    for section in ("subjects", "categories", "legal_bases", "retention"):
        if not isinstance(raw.get(section), dict):
            raise _fail(path, section, "missing or not a mapping")
    for sid, entries in raw["subjects"].items():
        if not _SUBJECT_ID.match(str(sid)):
            raise _fail(path, f"subjects.{sid}", "subject ids are lower_snake_case")
        _check_entries(path, f"subjects.{sid}", entries)
    for key, entries in raw["categories"].items():
        if not taxonomy.is_known(key):
            raise _fail(path, f"categories.{key}", taxonomy.unknown_message(key))
        _check_entries(path, f"categories.{key}", entries, allow_also=True)
    for basis, entries in raw["legal_bases"].items():
        if basis not in LEGAL_BASES:
            raise _fail(path, f"legal_bases.{basis}", f"expected one of {LEGAL_BASES}")
        _check_entries(path, f"legal_bases.{basis}", entries)
    ret = raw["retention"]
    for key in ("triggers", "necessary"):
        _check_entries(path, f"retention.{key}", ret.get(key))
    if "while_related" in ret:
        _check_entries(path, "retention.while_related", ret["while_related"])
    for event, entries in (ret.get("events") or {}).items():
        if event not in RETENTION_EVENTS:
            raise _fail(path, f"retention.events.{event}", f"expected one of {RETENTION_EVENTS}")
        _check_entries(path, f"retention.events.{event}", entries)
    units = ret.get("units") or {}
    if set(units) != set(UNITS):
        raise _fail(path, "retention.units", f"expected exactly {UNITS}")
    for key in ("ignore", "legal_basis_cues", "collection_cues", "purpose_cues", "negations"):
        if key in raw:
            _check_entries(path, key, raw[key])
    masking = raw.get("masking") or {}
    if masking:
        _check_entries(path, "masking.cues", masking.get("cues"))
        for entity, entries in (masking.get("entities") or {}).items():
            if not re.fullmatch(r"[A-Z][A-Z_]+", str(entity)):
                raise _fail(path, f"masking.entities.{entity}", "entity names are UPPER_SNAKE_CASE")
            _check_entries(path, f"masking.entities.{entity}", entries)
    for part in ("subjects", "conditions"):
        activities = (raw.get("sections") or {}).get(part) or {}
        if not isinstance(activities, dict):
            raise _fail(path, f"sections.{part}", "expected a mapping of subject id to phrases")
        for sid, words in activities.items():
            if not _SUBJECT_ID.match(str(sid)) or not isinstance(words, list) \
                    or not all(isinstance(w, str) for w in words):
                raise _fail(path, f"sections.{part}.{sid}", "expected a lower_snake_case id and a "
                            "list of phrases")
    abbreviations = raw.get("abbreviations") or []
    if not isinstance(abbreviations, list) or not all(
            isinstance(a, str) and a.endswith(".") and " " not in a for a in abbreviations):
        raise _fail(path, "abbreviations", 'expected a list of words ending in a full stop ("i.a.", "max.")')
    halves = raw.get("halves") or {}
    if not isinstance(halves, dict) or set(halves) - {"half", "one_and_a_half", "and"}:
        raise _fail(path, "halves", "expected a mapping of half, one_and_a_half and and to words")
    for part, entries in halves.items():
        _check_entries(path, f"halves.{part}", entries)
    for key in ("numbers", "months"):
        for word, value in (raw.get(key) or {}).items():
            if not isinstance(value, int) or value <= 0:
                raise _fail(path, f"{key}.{word}", "expected a positive integer")
    return Lexicon(language=lang, raw=raw, path=path)


@lru_cache(maxsize=None)
def load(lang: str) -> Lexicon:
    """The validated lexicon for ``lang`` (cached: lexicons do not change while ropa runs)."""
    if lang not in LANGUAGES:
        raise LexiconError(
            f"no lexicon for language {lang!r}; ropa draft reads {', '.join(LANGUAGES)} "
            f"(add flows/draft/lexicons/{lang}.yaml to support it)"
        )
    path = LEXICON_DIR / f"{lang}.yaml"
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise LexiconError(f"{path.name}: not valid YAML ({exc}); fix the lexicon file {path}") from None
    lexicon = validate(raw, path)
    if lexicon.language != lang:
        raise _fail(path, "language", f"file is named {lang}.yaml but declares {lexicon.language!r}")
    return lexicon


# --- compiling lexicons into SpanRuler patterns ------------------------------------------------


def _pattern(entry: Any, label: str, pid: str = "") -> dict[str, Any]:
    """One SpanRuler pattern from one lexicon entry; ``pid`` carries flags (weak, also=...)."""
    flags = [pid] if pid else []
    if isinstance(entry, dict):
        if entry.get("weak"):
            flags.append("weak")
        if entry.get("also"):
            flags.append("also=" + ",".join(entry["also"]))
        if "phrase" in entry:
            body: Any = str(entry["phrase"])
        elif "regex" in entry:
            body = [{"LOWER": {"REGEX": entry["regex"]}}]
        else:
            body = entry["tokens"]
    else:
        body = str(entry)
    pattern: dict[str, Any] = {"label": label, "pattern": body}
    if flags:
        pattern["id"] = ";".join(flags)
    return pattern


def _patterns(entries: Iterable[Any], label: str) -> list[dict[str, Any]]:
    return [_pattern(e, label) for e in entries or []]


def fold_accents(text: str) -> str:
    """The text without its accents: "données" -> "donnees", "patiënt" -> "patient"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _fold_token(token: dict[str, Any]) -> dict[str, Any]:
    """A token pattern that also takes its words' unaccented spellings (its LOWER value or list)."""
    value = token.get("LOWER")
    if isinstance(value, str) and fold_accents(value) != value:
        return {**token, "LOWER": {"IN": [value, fold_accents(value)]}}
    if isinstance(value, dict) and isinstance(value.get("IN"), list):
        words = [str(w) for w in value["IN"]]
        extra = [f for f in dict.fromkeys(fold_accents(w) for w in words) if f not in words]
        if extra:
            return {**token, "LOWER": {**value, "IN": words + extra}}
    return token


def _unaccented_variants(patterns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each pattern also in the spelling of a text typed without accents.

    Some policies are: "Donnees collectees aupres des candidats", "Duree de conservation",
    "Donnees apres suppression de compte" (openhr_fr, fresh80 dev: a whole French policy in ASCII).
    A phrase gets its unaccented twin; a token pattern takes each word's unaccented spelling
    beside its own. (A regular expression is left as it is.) Only for a text typed so
    (:func:`typed_without_accents`): in an accented one, a twin may be another word."""
    out: list[dict[str, Any]] = []
    for pattern in patterns:
        out.append(pattern)
        body = pattern["pattern"]
        if isinstance(body, str):
            if (folded := fold_accents(body)) != body:
                out.append({**pattern, "pattern": folded})
        elif (tokens := [_fold_token(t) for t in body]) != body:
            out[-1] = {**pattern, "pattern": tokens}
    return out


def _case_variants(nlp: Language, patterns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each phrase pattern in the casings a policy may use, where they tokenize differently.

    Matching is on the LOWER attribute, but tokenization happens first and is case-sensitive:
    spaCy's English tokenizer splits "id" (as in "I'd") but not "ID", so the phrase "id card"
    would never meet the text "ID card". Adding the upper- and title-cased spellings whose token
    boundaries differ keeps lexicon files in plain lowercase.
    """
    out: list[dict[str, Any]] = []
    for pattern in patterns:
        out.append(pattern)
        body = pattern["pattern"]
        if not isinstance(body, str):
            continue
        seen = {tuple(t.lower_ for t in nlp.make_doc(body))}
        for variant in (body.upper(), body.title(), body[:1].upper() + body[1:]):
            tokens = tuple(t.lower_ for t in nlp.make_doc(variant))
            if tokens not in seen:
                seen.add(tokens)
                out.append({**pattern, "pattern": variant})
    return out


#: English nouns with no plural a policy writes ("data", "information", "content").
_UNCOUNTABLE = frozenset("data information content history behaviour behavior health status "
                         "location gender nationality religion ethnicity employment".split())


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


#: The heads a Dutch compound shares when written once ("contact- en factuurgegevens").
_SHARED_HEADS = re.compile(r"^([a-zà-ÿ]{3,}?)(gegevens|informatie|nummer|adres|type)$")


def _suspended_compounds(patterns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Dutch writes two compounds with one head once: "contact- en factuurgegevens" is
    contactgegevens and factuurgegevens, "bank- en betalingsgegevens" bankgegevens and
    betalingsgegevens. The second is matched by its own entry; the first is left as "contact-",
    a token of its own, which this pattern gives the category of the whole compound (a word
    ending in a hyphen is a suspended compound in Dutch, nothing else)."""
    out: list[dict[str, Any]] = []
    for pattern in patterns:
        body = pattern["pattern"]
        if isinstance(body, str) and (m := _SHARED_HEADS.match(body)):
            # the next compound must end in the same head: "bezorg-, open- en klikpercentages"
            # shares "percentages", not "adres"; the span is cut back to "contact-" (SUSPENDED)
            out.append({**pattern, "id": SUSPENDED, "pattern": [
                {"LOWER": m.group(1) + "-"}, {"LOWER": {"IN": ["en", "of", "en/of"]}},
                {"LOWER": {"REGEX": f"^[a-zà-ÿ-]+{m.group(2)}$"}}]})
    return out


def _english_plurals(patterns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The plural of each English phrase that ends in a countable noun ("National Insurance
    numbers", "PPS numbers", "dates of birth" are how lists name what they hold): the lexicons
    list the singular, and a plural no one writes costs nothing. Only phrases of two words or
    more, of letters only; the head noun comes before "of" ("date of birth" -> "dates of birth")."""
    out: list[dict[str, Any]] = []
    for pattern in patterns:
        body = pattern["pattern"]
        if not isinstance(body, str) or not re.fullmatch(r"[a-z ]+", body):
            continue
        words = body.split(" ")
        if len(words) < 2:
            continue  # one word's plural is prose's too ("the functions of the site", "positions")
        head = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
        if head < 0 or words[head].endswith("s") or words[head] in _UNCOUNTABLE:
            continue
        words[head] = _plural(words[head])
        out.append({**pattern, "pattern": " ".join(words)})
    return out



#: French words that open a noun phrase's complement: the head and its adjectives come before.
_FRENCH_LINKS = frozenset({"de", "du", "des", "d'", "d’", "à", "au", "aux", "en", "pour", "sur"})


def _french_plural(word: str) -> str:
    if word.endswith(("s", "x", "z")) or "-" in word:  # ("e-mail" stays, as in "adresses e-mail")
        return word
    if word.endswith("al"):
        return word[:-2] + "aux"  # "numéro fiscal" -> "numéros fiscaux"
    if word.endswith(("eau", "eu")):
        return word + "x"
    return word + "s"


def _french_plurals(patterns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The plural of each French phrase of two words or more ("numéros de sécurité sociale",
    "pièces d'identité", "adresses postales"), as _english_plurals: the head and the adjectives
    after it, up to its complement ("de", "d'"), take the plural; the complement does not."""
    out: list[dict[str, Any]] = []
    for pattern in patterns:
        body = pattern["pattern"]
        if not isinstance(body, str) or not re.fullmatch(r"[a-zà-ÿ ’'-]+", body):
            continue
        words = re.sub(r"\b(d[’'])", r"\1 ", body).split()
        if len(words) < 2 or words[0] in _FRENCH_LINKS or words[0].endswith(("s", "x")):
            continue
        end = next((i for i, w in enumerate(words) if w in _FRENCH_LINKS), len(words))
        plural = [_french_plural(w) if i < end else w for i, w in enumerate(words)]
        out.append({**pattern, "pattern": re.sub(r"(d[’']) ", r"\1", " ".join(plural))})
    return out


#: The last part of a Dutch compound that names a kind of data a list may count: its plural is
#: the data's too ("postadressen", "BTW-nummers", "geboortedatums"), unlike a lone word's
#: ("functies" of a website).
_DUTCH_HEADS = {"adres": "adressen", "nummer": "nummers", "datum": "datums", "woord": "woorden",
                "bewijs": "bewijzen", "titel": "titels", "naam": "namen", "kaart": "kaarten",
                "foto": "foto's", "code": "codes", "profiel": "profielen", "handtekening": "handtekeningen",
                "document": "documenten", "pas": "passen", "geschiedenis": "geschiedenissen",
                "rekening": "rekeningen", "gegeven": "gegevens", "bestand": "bestanden",
                "beroep": "beroepen", "geslacht": "geslachten", "leeftijd": "leeftijden", "id": "id's"}


def _dutch_plurals(patterns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The plural of each Dutch phrase whose last word ends in a data head (_DUTCH_HEADS):
    "postadres" -> "postadressen", "btw-nummer" -> "btw-nummers". Only the last word changes
    ("kopie van het identiteitsbewijzen" is made too: a phrase no one writes costs nothing).
    Dutch plurals follow spelling rules a table of heads states more surely than a rule would."""
    out: list[dict[str, Any]] = []
    for pattern in patterns:
        body = pattern["pattern"]
        if not isinstance(body, str) or not re.fullmatch(r"[a-zà-ÿ '-]+", body):
            continue
        words = body.split(" ")
        last = words[-1]
        head = next((h for h in sorted(_DUTCH_HEADS, key=len, reverse=True) if last.endswith(h)), None)
        if head is None or (last == head and len(words) == 1 and head in ("naam", "pas", "id", "code")):
            continue  # (a lone "naam", "pas" or "code" in the plural is prose's)
        words[-1] = last[: len(last) - len(head)] + _DUTCH_HEADS[head]
        out.append({**pattern, "pattern": " ".join(words)})
    return out


def _longest(_existing: Iterable[Span], new: Iterable[Span]) -> list[Span]:
    """Keep the longest of overlapping spans (earliest on ties): ``filter_spans`` semantics."""
    return filter_spans(list(new))


def _duration_patterns(lex: Lexicon) -> list[dict[str, Any]]:
    """A number and a unit ("5 years", "trois ans", "zes (6) maanden", "1,5 jaar"), and the halves
    a period is said in: "half a year", "een half jaar", "anderhalf jaar", "a year and a half",
    "un an et demi", "one and a half years" (flows/draft/extract.py reads the amount)."""
    units = lex.raw["retention"]["units"]
    words = sorted(lex.numbers)
    halves = lex.halves
    half = {"LOWER": {"IN": [str(w).lower() for w in halves.get("half", [])]}}
    and_ = {"LOWER": {"IN": [str(w).lower() for w in halves.get("and", [])]}}
    article = {"LOWER": {"IN": ["a", "an", "een", "un", "une"]}, "OP": "?"}
    out: list[dict[str, Any]] = []
    for unit in UNITS:
        unit_words = [str(w).lower() for w in units[unit]]
        digits = {"TEXT": {"REGEX": r"^\d{1,3}([-–]\d{1,3}|[.,]\d)?$"}}
        word = {"LOWER": {"IN": words}}
        paren = [{"ORTH": "("}, {"TEXT": {"REGEX": r"^\d{1,3}$"}}, {"ORTH": ")"}]
        tail = {"LOWER": {"IN": unit_words}}
        for head in ([digits], [word], [word, *paren]):
            out.append({"label": unit, "pattern": [*head, tail]})
        if halves.get("half"):
            out.append({"label": unit, "pattern": [half, article, tail]})  # "half a year", "half jaar"
            for head in ([digits], [word]):
                # "a year and a half", "un an et demi", "one and a half years", "twee en een half jaar"
                out.append({"label": unit, "pattern": [*head, tail, and_, article, half]})
                out.append({"label": unit, "pattern": [*head, and_, article, half, tail]})
        if halves.get("one_and_a_half"):
            out.append({"label": unit, "pattern": [
                {"LOWER": {"IN": [str(w).lower() for w in halves["one_and_a_half"]]}}, tail]})
    return out


def _longest(spans: list[Span]) -> list[Span]:
    """The longest of overlapping spans (``filter_spans``), and no word a longer shielding phrase
    covers: in "prénom et nom de famille", "prénom et nom" wins over the equally long "nom de
    famille", which still shields its "famille" from being read as the family."""
    kept = filter_spans(spans)
    shields = [s for s in spans if s.label_ == IGNORE]
    if not shields:
        return kept
    return [k for k in kept if k.label_ == IGNORE or not any(
        len(s) > len(k) and s.start < k.end and k.start < s.end for s in shields)]


def _build_groups(nlp: Language, lex: Lexicon, unaccented: bool = False) -> dict[str, list[dict[str, Any]]]:
    raw = lex.raw
    ignore = _patterns(raw.get("ignore"), IGNORE)
    groups: dict[str, list[dict[str, Any]]] = {key: [] for key in SPAN_KEYS}
    for sid, entries in raw["subjects"].items():
        groups["subjects"] += _patterns(entries, sid)
    for key, entries in raw["categories"].items():
        own = _patterns(entries, key)
        # (not a message's words: "emails", "messages" are how prose speaks of mail sent, not data kept)
        plurals = {"en": _english_plurals, "fr": _french_plurals, "nl": _dutch_plurals}[raw["language"]](own) \
            if not key.startswith("communication") else []
        groups["categories"] += own + plurals
        if raw.get("language") == "nl":
            groups["categories"] += _suspended_compounds(own)
        # A data category's own words are no subject mention ("family name", "user id").
        groups["subjects"] += [{**p, "label": IGNORE} for p in own + plurals]
    groups["subjects"] += ignore
    groups["categories"] += ignore
    for basis, entries in raw["legal_bases"].items():
        groups["bases"] += _patterns(entries, basis)
    groups["basis_cues"] = _patterns(raw.get("legal_basis_cues"), "cue")
    groups["collection_cues"] = _patterns(raw.get("collection_cues"), "cue")
    groups["purpose_cues"] = _patterns(raw.get("purpose_cues"), "cue")
    groups["negations"] = _patterns(raw.get("negations"), "neg")
    masking = raw.get("masking") or {}
    groups["mask_cues"] = _patterns(masking.get("cues"), "mask")
    for entity, entries in (masking.get("entities") or {}).items():
        groups["mask_entities"] += _patterns(entries, entity)
    ret = raw["retention"]
    groups["ret_triggers"] = _patterns(ret["triggers"], "trigger")
    groups["ret_necessary"] = _patterns(ret["necessary"], "as_long_as_necessary")
    # "only while you are a member": P0D from end_of_relationship (policies/FORMAT.md)
    groups["ret_necessary"] += _patterns(ret.get("while_related") or [], WHILE_RELATED)
    for event, entries in (ret.get("events") or {}).items():
        groups["ret_events"] += _patterns(entries, event)
    groups["durations"] = _duration_patterns(lex)
    if unaccented:
        groups = {key: _unaccented_variants(patterns) for key, patterns in groups.items()}
    return {key: _case_variants(nlp, patterns) for key, patterns in groups.items()}


_SEP = "\x1f"


class _Matchers:
    """Every span group's patterns in one PhraseMatcher and one Matcher.

    Thirteen SpanRulers (one per group) walked every Doc thirteen times; a 5 MB policy took
    minutes. One PhraseMatcher (phrases, on LOWER) and one Matcher (token patterns) find every
    group's matches in one pass each; the match key carries ``group, label, id`` and each group
    then keeps the longest of overlapping spans, as the SpanRulers' ``filter_spans`` did.
    """

    def __init__(self, nlp: Language, groups: dict[str, list[dict[str, Any]]]) -> None:
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        # Duration patterns test a regex on every token: a Matcher of their own, run only on a
        # Doc that holds a number and a unit (see the gates below).
        self.durations = Matcher(nlp.vocab, validate=True)
        phrase_docs: dict[str, list[Doc]] = {}
        token_patterns: dict[str, list[list[dict[str, Any]]]] = {}
        for key, patterns in groups.items():
            for pattern in patterns:
                match_key = _SEP.join((key, pattern["label"], pattern.get("id", "")))
                body = pattern["pattern"]
                if isinstance(body, str):
                    phrase_docs.setdefault(match_key, []).append(nlp.make_doc(body))
                else:
                    token_patterns.setdefault(match_key, []).append(body)
        for match_key, docs in phrase_docs.items():
            self.phrases.add(match_key, docs)
        # Exact pre-filters (flows/draft/gate.py): a matcher runs on a line only when the line
        # holds the tokens its patterns need; built from the same patterns, so they cannot drift.
        self.token_tests = TokenTests(nlp.vocab)
        self.phrase_gate = Gate(nlp.vocab, first_lowers=(
            d[0].lower_ for docs in phrase_docs.values() for d in docs if len(d)),
            tests=self.token_tests)
        # One Matcher per match key, each behind its own gate: a line that may hold a retention
        # event runs the events' patterns, not the subjects' and the bases' too (a Matcher tries
        # every pattern it holds at every token; measured: the token patterns' time on a long
        # policy fell by more than half). ``token_gate`` is their union, a line's first check.
        self.token_matchers: list[tuple[Gate, Matcher]] = []
        token_bodies: list[list[dict[str, Any]]] = []
        duration_bodies: list[list[dict[str, Any]]] = []
        for match_key, bodies in token_patterns.items():
            if match_key.startswith("durations" + _SEP):
                self.durations.add(match_key, bodies)
                duration_bodies += bodies
                continue
            matcher = Matcher(nlp.vocab, validate=True)
            matcher.add(match_key, bodies)
            self.token_matchers.append((Gate(nlp.vocab, bodies, tests=self.token_tests), matcher))
            token_bodies += bodies
        self.token_gate = Gate(nlp.vocab, token_bodies, tests=self.token_tests)
        self.duration_gate = Gate(nlp.vocab, duration_bodies, tests=self.token_tests)
        self.keys = tuple(groups)

    def tokens(self, doc: Doc, mask: int | None = None) -> list[tuple[int, int, int]]:
        """Every token pattern's matches in ``doc``, each key's matcher behind its gate (``mask``
        is ``self.token_tests.mask(doc)`` when the caller has it already)."""
        mask = self.token_tests.mask(doc) if mask is None else mask
        return [m for gate, matcher in self.token_matchers if gate.may_match(doc, mask) for m in matcher(doc)]

    def find(self, doc: Doc) -> dict[str, list[Span]]:
        """The groups that hit in ``doc``, each with the longest of overlapping spans
        (``_ignore`` kept); a group with no span is left out (most lines hit one or two)."""
        mask = self.token_tests.mask(doc)
        matches = [*self.phrases(doc)] if self.phrase_gate.may_match(doc, mask) else []
        if self.token_gate.may_match(doc, mask):
            matches += self.tokens(doc, mask)
        if self.duration_gate.may_match(doc, mask):
            matches += self.durations(doc)
        if not matches:
            return {}
        found: dict[str, list[Span]] = {}
        strings = doc.vocab.strings
        for match_id, start, end in matches:
            key, label, pid = strings[match_id].split(_SEP)
            if pid == SUSPENDED:  # "contact- en factuurgegevens": the first compound's token only
                end, pid = start + 1, ""
            found.setdefault(key, []).append(Span(doc, start, end, label=label, span_id=pid))
        return {key: _longest(spans) if len(spans) > 1 else spans for key, spans in found.items()}

    def __call__(self, doc: Doc) -> Doc:
        for key in self.keys:
            doc.spans[key] = []
        for key, spans in self.find(doc).items():
            doc.spans[key] = spans
        return doc


def _abbreviation_before_lowercase(abbreviations: frozenset[str]) -> re.Pattern[str] | None:
    """The text test that lets :func:`_join_after_abbreviations` skip the lines with no
    abbreviation followed by a lowercase word: most lines of a long policy.

    The pattern opens on the full stop and looks back for the abbreviation: ``re`` skips to each
    full stop at once, where "(?i:i\\.a|art|…)\\." first would try every word at every position (a
    5 MB policy: 0.34 s to 0.03 s). It says whether a line holds one, not where."""
    if not abbreviations:
        return None
    behind = "|".join(rf"(?<=(?<![\w.])(?i:{re.escape(a[:-1])})\.)" for a in sorted(abbreviations))
    return re.compile(rf"\.(?:{behind})[ \t]+[a-zà-ÿ0-9,;:(]")


def _join_after_abbreviations(doc: Doc, abbreviations: frozenset[str]) -> None:
    """Undo the sentence break the sentencizer makes at an abbreviation's full stop when the
    sentence goes on after it: "From job applicants we collect i.a. name and email address",
    "Des candidats, nous collectons p. ex. le nom", "Van sollicitanten verwerken wij o.b.v.
    toestemming naam", "(see art. 6 GDPR) name": one sentence each, their people and their data
    together. Only before a word in lowercase, a digit or a comma: "the state of the art. From a
    technical point of view" still ends there (a token special case joined it, wrongly)."""
    if not abbreviations or len(doc) < 3:
        return
    # (each sentence's first token, not every token: a 5 MB policy has a million tokens)
    starts = [sent.start for sent in doc.sents][1:]
    for start in starts:
        stop, before, after = doc[start - 1], doc[start - 2] if start >= 2 else None, doc[start]
        if stop.text != "." or before is None or before.whitespace_ or before.lower_ + "." not in abbreviations:
            continue
        if after.text[:1].islower() or after.text[:1].isdigit() or after.text in ",;:(":
            after.is_sent_start = False


class Pipeline:
    """A blank spaCy pipeline with a sentencizer, plus the lexicon's rulers.

    ``pipe(texts)`` yields Docs whose ``doc.spans[key]`` hold the lexicon hits for every key in
    :data:`SPAN_KEYS` (``_ignore`` spans already removed).
    """

    def __init__(self, lex: Lexicon, unaccented: bool = False) -> None:
        self.lexicon = lex
        self.unaccented = unaccented
        with factored_token_match():  # spacy.lang.fr's TOKEN_MATCH compiles in 1 s, not 3
            nlp = spacy.blank(lex.language)
        # "Werkgever/Organisatie", "partij/dienstverlener": a slash between letters separates
        # two words in all three languages; URLs are matched before infixes, so they stay whole.
        infixes = list(nlp.Defaults.infixes or []) + [r"(?<=[^\W\d_])/(?=[^\W\d_])"]
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        nlp.add_pipe("sentencizer")
        self._abbreviations = frozenset(str(a).lower() for a in lex.raw.get("abbreviations") or [])
        self._abbreviated = _abbreviation_before_lowercase(self._abbreviations)
        self.nlp = nlp
        self.matchers = _Matchers(nlp, _build_groups(nlp, lex, unaccented))
        self._empty_doc = nlp.make_doc("")  # owns the shared empty groups (see annotate)
        self._empty = {key: SpanGroup(self._empty_doc, name=key) for key in SPAN_KEYS}

    def annotate(self, doc: Doc) -> Doc:
        groups = doc.spans.data  # what ``doc.spans[key] = spans`` does, minus its checks
        # Every key gets a group, so readers may write ``doc.spans[key]``. Most lines hit one
        # group or none: the other keys share one empty SpanGroup each rather than build
        # thirteen per line (~470,000 SpanGroups for a 5 MB policy, a tenth of its draft time).
        # The shared groups are never appended to: the drafter only reads span groups.
        groups.update(self._empty)
        for key, spans in self.matchers.find(doc).items():
            if key in ("subjects", "categories"):
                spans = [s for s in spans if s.label_ != IGNORE]
                if not spans:
                    continue
            groups[key] = SpanGroup(doc, name=key, spans=spans)
        return doc

    def pipe(self, texts: Iterable[str]) -> Iterable[Doc]:
        # All lines through spaCy first, then the matchers: measured a quarter faster than
        # annotating each Doc as spaCy's generator yields it (the drafter keeps every Doc anyway).
        plain = [plain_apostrophes(t) for t in texts]
        docs = list(self.nlp.pipe(plain))
        if self._abbreviated is not None:
            for doc, text in zip(docs, plain):
                if self._abbreviated.search(text):
                    _join_after_abbreviations(doc, self._abbreviations)
        for doc, text in zip(docs, plain):
            doc.user_data[_TEXT] = text  # see text_of
            yield self.annotate(doc)

    def __call__(self, text: str) -> Doc:
        text = plain_apostrophes(text)
        doc = self.nlp(text)
        if self._abbreviated is not None and self._abbreviated.search(text):
            _join_after_abbreviations(doc, self._abbreviations)
        doc.user_data[_TEXT] = text
        return self.annotate(doc)


_TEXT = "ropa.text"


def text_of(doc: Doc) -> str:
    """``doc.text``, kept from when the Doc was made: spaCy joins every token's text again at each
    ``doc.text``, and the drafter asks for a unit's text several times (bench/README.md, the
    eighteenth wave, Speed); a Doc's text never changes."""
    text = doc.user_data.get(_TEXT)
    return doc.text if text is None else text


#: Typographic apostrophes, each one code point like the ASCII one that replaces it.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def plain_apostrophes(text: str) -> str:
    """``text`` with typographic apostrophes as ASCII ones: the lexicons write "carte d'identité",
    most French web pages "carte d’identité", and a phrase matcher compares exact token texts.
    One code point for one, so every character offset into the Doc is an offset into ``text``."""
    return text.translate(_APOSTROPHES) if "\u2019" in text or "\u2018" in text or "\u02bc" in text else text


@lru_cache(maxsize=None)
def pipeline(lang: str, unaccented: bool = False) -> Pipeline:
    """The compiled pipeline for ``lang`` (cached: building the French one takes ~2 s);
    ``unaccented`` for a text typed without accents (:func:`typed_without_accents`)."""
    return Pipeline(load(lang), unaccented)


#: Accented letters, of which French writes two or more in every hundred (2.3 % and up in the
#: stored French policies; 0 in the two typed without any).
_ACCENTED = re.compile(r"[àâäçéèêëîïôöùûüÿœÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒ]")


def typed_without_accents(text: str, language: str) -> bool:
    """Whether a French text was typed without its accents ("Donnees collectees aupres des
    candidats", openhr_fr, fresh80 dev): fewer than one accented letter in 500. Its words then
    match the lexicon's in their unaccented spelling (:func:`_unaccented_variants`); an accented
    text keeps the lexicon as written, where the unaccented twin of a word may be another word
    ("assuré", the insured, and the verb "assure"). Dutch and English write few accents anyway."""
    if language != "fr":
        return False
    letters = sum(c.isalpha() for c in text[:200_000])
    return letters >= 200 and len(_ACCENTED.findall(text[:200_000])) * 500 < letters


def span_flags(span: Span) -> tuple[bool, tuple[str, ...]]:
    """``(weak, also)`` as encoded in a category span's pattern id by :func:`_pattern`."""
    weak, also = False, ()
    for flag in (span.id_ or "").split(";"):
        if flag == "weak":
            weak = True
        elif flag.startswith("also="):
            also = tuple(flag[5:].split(","))
    return weak, also
