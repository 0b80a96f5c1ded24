"""``draft_policy``: a policy's text in, a reviewable declaration draft out.

The steps are stages with one job each: ``language`` (which lexicon), ``layout`` (headings,
intros, items), ``extract`` (items with evidence and confidence), then :func:`assemble` here,
which settles one answer per subject (best confidence wins, parents give way to children,
denials beat assertions for special categories) and ``render`` (YAML with review comments).
"""

from __future__ import annotations

import functools
import gc
import re
from dataclasses import dataclass, field, replace
from typing import Any, Callable, ParamSpec, TypeVar

import yaml

from catalog import taxonomy
from catalog.errors import RopaError
from flows.draft import language as lang_mod
from flows.draft import layout
from flows.draft.extract import ACCOUNT, DEFAULT_SUBJECT, READER_ROLES, RECORDS, YOU_AS, Extraction, extract
from flows.draft.lexicons import LANGUAGES, pipeline, typed_without_accents
from flows.draft.model import INCLUDE_AT, Evidence, Item, Purpose, Retention, SubjectDraft

FALLBACK_RETENTION_CONFIDENCE = 0.45

_P = ParamSpec("_P")
_R = TypeVar("_R")


class DraftError(RopaError, ValueError):
    """The text cannot be drafted from (empty, not a policy); the message says what to do."""


@dataclass
class DraftResult:
    """A drafted declaration: the subjects with their items, and every item found (even those
    left out), each with its evidence sentence and confidence. ``to_yaml()`` writes the
    declaration in ropa's format (policies/FORMAT.md) with review comments."""

    language: str
    language_detected: bool
    organisation: Item
    jurisdiction: Item
    source: dict[str, Any]
    subjects: dict[str, SubjectDraft]
    items: list[Item]
    source_name: str | None = None
    single_subject: bool = False
    language_ratios: dict[str, float] = field(default_factory=dict)

    def to_yaml(self) -> str:
        from flows.draft.render import to_yaml

        return to_yaml(self)

    def to_dict(self) -> dict[str, Any]:
        """The declaration as plain data (what the YAML parses to)."""
        return yaml.safe_load(self.to_yaml())

    @property
    def review_items(self) -> list[Item]:
        """Items in the declaration that a person should check (confidence below REVIEW_BELOW)."""
        out = [self.organisation, self.jurisdiction]
        for s in self.subjects.values():
            out += [s.subject_item, *s.categories, *s.not_processed, *s.masked, *s.purposes]
            if s.retention is not None:
                out.append(s.retention)
        return [i for i in out if i.needs_review]

    @property
    def left_out(self) -> list[Item]:
        """Category items found but below INCLUDE_AT: shown to the reviewer as comments."""
        kept = {(s.id, i.value) for s in self.subjects.values() for i in s.categories}
        best: dict[tuple[str | None, str], Item] = {}
        for item in self.items:
            if item.kind != "category" or (item.subject, item.value) in kept:
                continue
            key = (item.subject, item.value)
            if key not in best or item.confidence > best[key].confidence:
                best[key] = item
        return sorted(best.values(), key=lambda i: (-i.confidence, i.evidence.line))

    def pairs(self) -> set[tuple[str, str]]:
        """``(subject, category)`` pairs in the declaration (benchmarks compare these)."""
        return {(s.id, key) for s in self.subjects.values() for key in s.category_keys()}


def _best(items: list[Item]) -> Item:
    return max(items, key=lambda i: (i.confidence, -i.evidence.line))


def _retention_rank(item: Item) -> tuple[int, int, float, int, int]:
    """A period the policy ties to an event ("3 ans à compter de la fin du contrat"), or gives
    this subject by name in its own sentence, list or section ("Oud-leden ... opgeslagen voor de
    periode: maximaal 40 jaar"), is the rule; a bare "as long as necessary" said of everyone is
    the fallback; then confidence."""
    value: Retention = item.value
    sized = 0
    if value.duration:
        digits = int("".join(c for c in value.duration if c.isdigit()) or 0)
        sized = digits * {"Y": 365, "M": 30, "D": 1}.get(value.duration[-1], 1)
    tied = value.explicit_start or item.subject not in ("*", None)
    specific = 1 if (value.duration and tied and item.confidence >= 0.6) else 0
    # A statutory period for the books ("Financial data: 7 years, by the Tax Authority") governs
    # those records; any other period the policy ties to this subject is the subject's own, also
    # when a row names the books by this subject's data ("Données de commande : 10 ans
    # (obligations comptables)" beside "Données de compte : durée de la relation + 3 ans",
    # mapapeterie_fr, fresh44 dev).
    books = 1 if value.start == "end_of_fiscal_year" else 0
    return (specific, specific - books, item.confidence, 1 if value.duration else 0, sized)


def _kept_after_the_end(best: Item, candidates: list[Item]) -> Item:
    """"Kept while the membership lasts" and "kept 3 years after it ends" are one rule, the
    second ("Les données des membres actives sont conservées pendant toute la durée de
    l'adhésion. Après la fin de l'adhésion, … 3 ans", ffgva_fr, fresh53 dev): a period the policy
    runs from the relationship's end completes a rule that keeps the data until that end."""
    value: Retention = best.value
    if (value.duration, value.start) != ("P0D", "end_of_relationship"):
        return best
    # (the same people's, or said of everyone in the same paragraph: a newsletter's "until you
    # unsubscribe" is not completed by a period another paragraph gives everyone)
    # (or of the account both name: "Compte utilisateur actif | Tant que le compte est actif" then
    # "Compte supprimé | Suppression effective sous 30 jours", lovmap_fr, fresh73 dev)
    account = bool(ACCOUNT.search(best.evidence.sentence))
    after = [i for i in candidates
             if (i.subject == best.subject or (i.subject == "*" and i.evidence.line == best.evidence.line)
                 or (i.subject == "*" and account and ACCOUNT.search(i.evidence.sentence)))
             and i.value.start == "end_of_relationship"
             and i.value.explicit_start
             and i.value.duration not in (None, "P0D") and i.confidence >= 0.6]
    return max(after, key=_retention_rank) if after else best


def assemble(ex: Extraction) -> tuple[dict[str, SubjectDraft], list[Item]]:
    """One answer per subject from the raw items (see module docstring)."""
    by_subject: dict[str, dict[str, list[Item]]] = {}
    for item in ex.items:
        if item.kind == "category":
            by_subject.setdefault(item.subject or "", {}).setdefault(item.value, []).append(item)
    denied: dict[str, list[Item]] = {}
    for item in ex.items:
        if item.kind == "not_processed":
            denied.setdefault(item.subject or "", []).append(item)

    subjects: dict[str, SubjectDraft] = {}
    order = sorted(by_subject, key=lambda s: ex.subject_first.get(s, 10**9))
    for sid in order:
        chosen = {key: _best(items) for key, items in by_subject[sid].items()}
        # a denial below the inclusion mark ("Als de patiënt niet meer in leven is, …") removes nothing
        denied_keys = {i.value for i in denied.get(sid, []) + denied.get("*", []) if i.included}
        included = {k: i for k, i in chosen.items() if i.included and k not in denied_keys}
        for key in list(included):
            if any(other != key and taxonomy.covers(key, other) for other in included):
                del included[key]  # a parent label gives way to the specific categories found
        if not included:
            continue
        cats = sorted(included.values(), key=lambda i: (i.evidence.line, taxonomy.KEYS.index(i.value)))
        top = max(cats, key=lambda i: i.confidence)
        if sid == DEFAULT_SUBJECT and sid not in ex.subject_labels:
            why = ("the policy speaks to its reader ('you'); the subject id 'user' is a guess, "
                   "rename it (customer, member, visitor...)")
            subject_item = Item("subject", sid, sid, min(top.confidence, 0.6), Evidence(why, 0, None))
        else:
            first = min(cats, key=lambda i: i.evidence.line)
            subject_item = Item("subject", sid, sid, top.confidence,
                                ex.subject_evidence.get(sid, first.evidence),
                                ex.subject_labels.get(sid, ""))
        draft = SubjectDraft(id=sid, label=ex.subject_labels.get(sid), subject_item=subject_item,
                             categories=cats)
        nots: dict[str, Item] = {}
        for item in denied.get(sid, []) + denied.get("*", []):
            if item.value not in nots or item.confidence > nots[item.value].confidence:
                nots[item.value] = item
        draft.not_processed = list(nots.values())
        subjects[sid] = draft

    split = dict(ex.split_roles)
    if DEFAULT_SUBJECT in subjects:
        # beside people a list or heading names apart (applicants), only the prospects and
        # customers that periods of their own separate are roles of "you"
        split.update(_roles_kept_apart(subjects, ex.items, split,
                                       roles=None if ex.single_subject else ("prospect", *YOU_AS)))
    if DEFAULT_SUBJECT in subjects:
        for sid, evidence in split.items():
            if sid not in subjects and (role := _split_role(sid, subjects[DEFAULT_SUBJECT], evidence)):
                subjects[sid] = role
    if ex.single_subject and DEFAULT_SUBJECT in subjects:
        _what_you_left(subjects, {**ex.condition_roles, **split}, ex.visitors_named)
    if DEFAULT_SUBJECT in subjects and "visitor" not in subjects:
        _visitors_kept_apart(subjects, ex.items)
    if "visitor" in subjects and DEFAULT_SUBJECT in subjects and DEFAULT_SUBJECT not in ex.subject_labels:
        _visit_left_to_you(subjects)

    for sid, draft in subjects.items():
        masked: dict[str, Item] = {}
        for item in ex.items:
            if item.kind == "masked" and item.subject in (sid, "*") and item.value not in masked:
                masked[item.value] = item
        draft.masked = list(masked.values())
        draft.purposes = _purposes_for(sid, draft, ex.items, ex.single_subject)
        if not draft.purposes:
            draft.purposes = [_fallback_purpose(sid, ex.items)]
        financial = any(k.startswith("financial") for k in draft.category_keys())
        # A policy that speaks to "you" and names its customers only in a retention row
        # ("Données clients : durée de la relation + 3 ans"): "you" are that customer (not the
        # prospects or applicants another row names), whether or not a section is about others
        # (the website's visitors).
        owners = {sid, "*"}
        if sid == DEFAULT_SUBJECT:
            owners |= {c for c in YOU_AS if c not in subjects}
            # "We keep your data while you are a member": the role "you" take in the period's
            # own words, when no one else is declared under it
            owners |= {i.subject for i in ex.items if i.kind == "retention" and i.subject in READER_ROLES
                       and i.subject not in subjects and _YOU_ARE.search(i.evidence.sentence)}
            # "Leerlingdossier | 5 jaar na afsluiting opleiding" (pioneers_nl, fresh35 dev): the
            # one role "you" take that a retention row alone dates, its period tied to an event
            dated = {i.subject for i in ex.items if i.kind == "retention" and i.subject in READER_ROLES
                     and i.subject not in subjects and i.value.explicit_start and i.confidence >= 0.9
                     and i.value.start != "end_of_fiscal_year"}  # (a statutory period is the books')
            if len(dated) == 1:
                owners |= dated
        candidates = [
            i for i in ex.items
            if i.kind == "retention" and i.subject in owners
            # A fiscal retention duty concerns financial records: a general "7 years for tax"
            # statement does not reach a subject the policy holds no financial data about.
            and not (i.subject == "*" and i.value.start == "end_of_fiscal_year" and not financial)
            # "2 years from lapsed membership", "1 year after our last contact": a period that runs
            # from the end of a relationship or a contact is not a website visitor's, who has none
            and not (i.subject == "*" and sid == "visitor"
                     and i.value.start in ("end_of_relationship", "last_contact"))
            # "Données de santé : 30 ans": a period said of some data reaches only the people
            # who hold it, not the site's visitors
            and not (i.subject == "*" and i.value.data and not _holds(draft, i.value.data))
        ]
        if not candidates and sid in _ROLES_OF_YOU:
            # "La conservation des Données personnelles collectées est limitée à 3 ans suite à la
            # désinscription de l'Utilisateur": a period said of "you" (the policy's User) holds
            # for the roles "you" take (a purchase, the contact form, the newsletter) that have
            # no period of their own
            candidates = [i for i in ex.items if i.kind == "retention" and i.subject == DEFAULT_SUBJECT
                          and i.value.duration and i.confidence >= 0.7
                          # "as long as your account is active" is the account holders' alone
                          and not ACCOUNT.search(i.phrase)]
        if candidates:
            draft.retention = _kept_after_the_end(max(candidates, key=_retention_rank), candidates)
        else:
            draft.retention = Item(
                "retention", sid,
                Retention(rule="as_long_as_necessary",
                          vague="the policy names no retention period for this subject"),
                FALLBACK_RETENTION_CONFIDENCE,
                Evidence("no retention period found; FORMAT.md: as_long_as_necessary when the "
                         "policy names no period", 0, None),
            )
    items = ex.items
    if ex.split_roles and DEFAULT_SUBJECT not in subjects:
        # "you" were split into roles: the reader's items the roles declare are not left out
        declared = {k for s in subjects.values() for k in s.category_keys()}
        items = [i for i in items if not (i.kind == "category" and i.subject == DEFAULT_SUBJECT
                                          and i.value in declared)]
    return subjects, items


#: The share of a general data list that an activity's people give, when a policy that speaks
#: to "you" separates them only by its retention list: a newsletter is sent to an e-mail address,
#: a message to us carries who wrote and how to answer, a visit leaves online data (and the place
#: its address tells). Other roles (customers, members, donors...) get the whole list but its
#: online data.
_ROLE_SHARE: dict[str, tuple[str, ...]] = {
    "subscriber": ("contact.email",),
    "correspondent": ("identity.name", "contact.email", "contact.phone", "communication"),
    "visitor": ("online", "geolocation"),
}
SPLIT_CONFIDENCE = 0.6  # included, marked for review: the text does not say which data is theirs


def _split_role(sid: str, you: SubjectDraft, evidence: Evidence) -> SubjectDraft | None:
    """A role of "you" that a retention statement alone names ("Pour les demandes de contact :
    12 mois"), declared with its share of the reader's data list, each item marked for review."""
    share = _ROLE_SHARE.get(sid)
    def theirs(key: str) -> bool:
        if share is None:
            return not key.startswith("online")
        return any(taxonomy.covers(s, key) for s in share)
    cats = [Item("category", sid, i.value, min(i.confidence, SPLIT_CONFIDENCE), i.evidence, i.phrase)
            for i in you.categories if i.included and theirs(i.value)]
    if not cats:
        return None
    why = Evidence(f"a retention statement names these people apart: {evidence.sentence}; their data is "
                   "the policy's general list as far as their activity uses it (check)",
                   evidence.line, evidence.section)
    return SubjectDraft(id=sid, label=None, categories=cats,
                        subject_item=Item("subject", sid, sid, SPLIT_CONFIDENCE, why))


#: The roles "you" take in a policy's activities (buying, writing in, subscribing, commenting):
#: without a period of their own, they keep the one said of "you".
_ROLES_OF_YOU = READER_ROLES | {"correspondent", "subscriber", "commenter"}


#: "you" in a role, in a period's own words: "while you are a member", "until you resign as a
#: member", "tant que vous êtes adhérent", "zolang u lid bent".
_YOU_ARE = re.compile(r"(?i)\b(?:you|vous|u|je|jij)\s+(?:are|remain|become|stay|êtes|restez|demeurez|bent|blijft)\s+"
                      r"(?:still\s+)?(?:a|an|un|une|een)?\b|\b(?:resign|withdraw)\s+as\s+an?\b|"
                      r"\bzolang\s+(?:u|je|jij)\s+(?:\w+\s+)?(?:lid|klant|cliënt|patiënt|donateur|vrijwilliger)\b")


def _roles_kept_apart(subjects: dict[str, SubjectDraft], items: list[Item],
                      split: dict[str, Evidence], roles: tuple[str, ...] | None = None) -> dict[str, Evidence]:
    """Roles of "you" that a policy speaking to "you" mentions with data "you" give and keeps for
    periods of their own, said in its prose ("Les données relatives aux prospects … trois ans à
    compter du dernier contact", "Les données relatives aux clients … durée de la relation
    contractuelle"): the general list is theirs as far as their activity uses it
    (``_split_role``), merged into their own mentions ("le suivi des échanges avec les prospects
    et clients"). Only a period the sentence itself says of them counts (confidence 0.8 and up),
    not one a page's heading lends them. ``roles``, when given, are the only roles split off: beside
    people a list names apart ("Candidature : identité, CV"), the prospects and customers a
    retention list dates are still roles of "you", the applicants are not."""
    you = subjects[DEFAULT_SUBJECT]
    yours = set(you.category_keys())
    found: dict[str, Evidence] = {}
    # "Pour les prospects : 3 ans … / Pour les clients : durée de la relation + 5 ans": a policy
    # that gives its prospects and its customers periods of their own, and names neither beside
    # any data, speaks to both: "you" are each in turn
    dated = {i.subject for i in items if i.kind == "retention" and i.confidence >= 0.8 and i.value.duration}
    before_and_after = "prospect" in dated and not dated.isdisjoint(YOU_AS) \
        and "prospect" not in subjects and not any(c in subjects for c in YOU_AS)
    for item in items:
        sid = item.subject
        if (item.kind != "retention" or sid in (None, "*", DEFAULT_SUBJECT, "visitor", RECORDS)
                or sid in split or sid in found or item.confidence < 0.8 or not item.value.duration
                or (roles is not None and sid not in roles)):
            continue
        if sid not in subjects and before_and_after and sid in ("prospect", *YOU_AS):
            subjects[sid] = SubjectDraft(id=sid, label=None, subject_item=Item(
                "subject", sid, sid, SPLIT_CONFIDENCE, item.evidence), categories=[])
        if sid not in subjects or not set(subjects[sid].category_keys()) <= yours:
            # data of their own: other people than "you", declared apart already; not named
            # beside a period at all: a retention row's role, split off by the list rules
            continue
        found[sid] = item.evidence
        if role := _split_role(sid, you, item.evidence):
            have = set(subjects[sid].category_keys())
            subjects[sid].categories += [i for i in role.categories if i.value not in have]
    return found


def _what_you_left(subjects: dict[str, SubjectDraft], split: dict[str, Evidence],
                   visitors_named: bool = True) -> None:
    """"You" once the roles a retention list names are split off: when the roles took all of the
    reader's data ("Enquiries: 12 months" and a name and e-mail), "you" are those roles and no
    one else; when only online data is left (the contact form took the name, e-mail and message;
    the browser and device remain), what is left is what a visit leaves: "you" are the site's
    visitor, holding that data alone, if the policy speaks of visitors; if it does not, and one
    role took the rest ("Données clients : durée de la relation + 3 ans"), "you" are that role,
    online data and all. Otherwise "you" stay, for the activities no row names."""
    you = subjects[DEFAULT_SUBJECT]
    taken = {i.value for sid in split if sid in subjects and sid != DEFAULT_SUBJECT
             for i in subjects[sid].categories}
    if not taken:
        return
    left = [i for i in you.categories if i.included and i.value not in taken]
    if not left:
        del subjects[DEFAULT_SUBJECT]
    elif not all(i.value.startswith("online") for i in left):
        return
    elif not visitors_named and len(roles := [sid for sid in split if sid in subjects
                                              and sid != DEFAULT_SUBJECT]) == 1 \
            and roles[0] not in _ROLE_SHARE:
        role = subjects[roles[0]]
        role.categories = role.categories + [replace(i, subject=role.id, confidence=min(
            i.confidence, SPLIT_CONFIDENCE)) for i in left]
        del subjects[DEFAULT_SUBJECT]
    elif "visitor" not in subjects:
        why = Evidence("what the roles of the retention list leave to 'you' is online data only: "
                       "'you' are the site's visitor (check)", 0, None)
        del subjects[DEFAULT_SUBJECT]
        subjects["visitor"] = SubjectDraft(
            id="visitor", label=None, categories=[replace(i, subject="visitor") for i in left],
            subject_item=Item("subject", "visitor", "visitor", you.subject_item.confidence, why))


def _visit_left_to_you(subjects: dict[str, SubjectDraft]) -> None:
    """A "you" the policy gives no role, left holding only what a visit leaves (an IP address,
    a device, a rough location), beside the site's visitors declared apart: those are the
    visitors' data, and "you" no one else (a list "Internetbrowser en apparaattype / IP-adres /
    Locatiegegevens" beside an analytics row that names the visitors: lenoir_nl, fresh54 dev).
    A "you" holding anything more stays: the roles readers give "you" are not told apart here."""
    you, visitor = subjects[DEFAULT_SUBJECT], subjects["visitor"]
    left = [i for i in you.categories if i.included]
    if not all(i.value.startswith(_VISIT_DATA) for i in left):
        return
    have = set(visitor.category_keys())
    visitor.categories = visitor.categories + [replace(i, subject="visitor") for i in left
                                               if i.value not in have]
    del subjects[DEFAULT_SUBJECT]


#: what a visit leaves: online identifiers and the rough place an address tells
_VISIT_DATA = ("online", "geolocation")


def _holds(draft: SubjectDraft, keys: tuple[str, ...]) -> bool:
    """Whether the subject holds any of these categories (or a parent or child of one)."""
    held = draft.category_keys()
    return any(taxonomy.covers(k, h) or taxonomy.covers(h, k) for k in keys for h in held)


def _visitors_kept_apart(subjects: dict[str, SubjectDraft], items: list[Item]) -> None:
    """A policy that speaks to "you" but keeps what a visit leaves for its own period ("We
    routinely keep this information for 28 days", "Données de navigation : 13 mois maximum")
    declares the site's visitors apart, with their share of "you"'s list, for that period. "You"
    keep that data too (an account holder visits as well). The same holds beside people the
    policy names apart ("Trackinggegevens …, deze blijven 14 maanden bewaard" beside those who
    leave a comment: a4dbredaoost_nl, fresh9 dev)."""
    kept = next((i for i in items if i.kind == "retention" and i.subject == "visitor"
                 and i.value.duration), None)
    if kept is not None and (role := _split_role("visitor", subjects[DEFAULT_SUBJECT], kept.evidence)):
        subjects["visitor"] = role


def _fallback_purpose(sid: str, items: list[Item]) -> Item:
    """A purpose for a subject the policy gives none (FORMAT.md requires at least one).

    The best candidate left out for low confidence if there is one (e.g. a bare "avec votre
    accord"), else a placeholder marked for review: its legal basis is a stand-in, not a reading.
    """
    weak = [i for i in items if i.kind == "purpose" and i.subject in (sid, "*")]
    if weak:
        best = max(weak, key=lambda i: (i.confidence, -i.evidence.line))
        p: Purpose = best.value
        return Item("purpose", sid, Purpose(p.name, p.legal_basis, ()), min(best.confidence, 0.4),
                    best.evidence, best.phrase)
    return Item(
        "purpose", sid,
        Purpose("Not stated in the policy (placeholder: write the purpose)", "legitimate_interests"),
        0.1,
        Evidence("no purpose or legal basis found for this subject; the legal basis is a "
                 "placeholder required by the format, not a reading of the policy", 0, None),
    )


def _purposes_for(sid: str, draft: SubjectDraft, items: list[Item], single_subject: bool) -> list[Item]:
    """The purposes naming ``sid``, plus those naming no subject ("*").

    A purpose that names no subject is about "you"; in a policy that speaks to "you" throughout
    it belongs to the default subject with the confidence of its legal-basis wording, elsewhere
    it is attached to every subject for review.
    """
    keys = draft.category_keys()
    merged: dict[tuple[str, str], Item] = {}
    for item in items:
        if item.kind != "purpose" or item.subject not in (sid, "*"):
            continue
        if item.subject == "*" and single_subject and sid == DEFAULT_SUBJECT and item.included:
            item = Item(item.kind, sid, item.value, round(item.confidence + 0.25, 2),
                        item.evidence, item.phrase)
        p: Purpose = item.value
        cats = tuple(k for k in p.categories
                     if any(taxonomy.covers(have, k) for have in keys))
        key = (p.name.casefold(), p.legal_basis)
        if key in merged:
            old = merged[key]
            union = tuple(dict.fromkeys((*old.value.categories, *cats)))
            best = old if old.confidence >= item.confidence else item
            merged[key] = Item("purpose", sid, Purpose(p.name if best is item else old.value.name,
                                                       p.legal_basis, union),
                               best.confidence, best.evidence, best.phrase)
        else:
            merged[key] = Item("purpose", sid, Purpose(p.name, p.legal_basis, cats),
                               item.confidence, item.evidence, item.phrase)
    return [i for i in merged.values() if i.included or i.confidence >= INCLUDE_AT - 0.05]


def _collector_paused(func: Callable[_P, _R]) -> Callable[_P, _R]:
    """Pause Python's cyclic garbage collector while a policy is drafted.

    A long policy keeps ~7,000 Docs a MB, with their tokens and spans, alive until the draft is
    done, and each of the collector's full passes walks all of them again: a fifth of a 5 MB
    draft's time, for nothing, since drafting leaves no reference cycles to collect (measured:
    ``gc.collect()`` after a 5 MB draft frees 0 objects). The collector resumes when the draft
    returns, if it was running before.
    """
    @functools.wraps(func)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        running = gc.isenabled()
        gc.disable()
        try:
            return func(*args, **kwargs)
        finally:
            if running:
                gc.enable()
    return paused


@_collector_paused
def draft_policy(text: str, lang: str = "auto", source_name: str | None = None) -> DraftResult:
    """Draft a declaration (policies/FORMAT.md) from a privacy policy's text.

    ``lang`` is ``auto`` (stop-word detection, see :mod:`flows.draft.language`) or one of
    ``en``, ``fr``, ``nl``. ``source_name`` (a file name) only appears in the output's notes.
    Raises :class:`DraftError` for an empty text or one naming no personal data, and
    :class:`flows.draft.language.LanguageError` when the language is unclear.
    """
    if not text or not text.strip():
        raise DraftError(
            f"{source_name or 'the policy'} is empty; give the text of a privacy policy "
            "(copy it from the web page or export the PDF to text)"
        )
    ratios: dict[str, float] = {}
    if lang == "auto":
        detection = lang_mod.detect(text)
        language, detected, ratios = detection.language, True, detection.ratios
    elif lang in LANGUAGES:
        language, detected = lang, False
    else:
        raise DraftError(f"unsupported language {lang!r}; use auto, {', '.join(LANGUAGES)}")
    units = layout.parse(text)
    if not units:
        raise DraftError(f"{source_name or 'the policy'} has no text lines to read")
    ex, _ = extract(text, units, pipeline(language, typed_without_accents(text, language)), source_name)
    subjects, items = assemble(ex)
    if not subjects:
        raise DraftError(
            f"{source_name or 'the policy'} names no personal data that ropa recognises "
            f"(no data category found with confidence >= {INCLUDE_AT}); check that the file is "
            f"the privacy policy itself, or add the policy's words to "
            f"flows/draft/lexicons/{language}.yaml"
        )
    organisation = next(i for i in items if i.kind == "organisation")
    jurisdiction = next(i for i in items if i.kind == "jurisdiction")
    return DraftResult(
        language=language, language_detected=detected, organisation=organisation,
        jurisdiction=jurisdiction, source=dict(ex.source), subjects=subjects, items=items,
        source_name=source_name, single_subject=ex.single_subject, language_ratios=ratios,
    )
