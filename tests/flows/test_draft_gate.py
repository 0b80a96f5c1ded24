"""The matchers' pre-filter (flows/draft/gate.py): it skips a line only when nothing could match.

The gate is a necessary condition for a match, so a draft must be the same with and without it:
checked on every real policy the repository holds (the five seeds, the fifteen public policies,
the held-out texts), and line by line against the ungated matchers. Then its edges: a lexicon
word buried in filler, a Dutch compound that only a regex entry names, a number with and without
a unit, quantifiers that make a token optional, a pattern the gate does not model.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from flows.draft import draft_policy, layout
from flows.draft.folding import fast_search
from flows.draft.gate import Gate, _required
from flows.draft.lexicons import LANGUAGES, SPAN_KEYS, pipeline
from flows.draft.reader import read_policy

REPO = Path(__file__).resolve().parents[2]
POLICIES = sorted(
    [p for p in (REPO / "policies" / "seeds").glob("*.txt")]
    + [p for p in (REPO / "bench" / "draft" / "policies").iterdir() if p.suffix in (".md", ".html")]
    + [p for p in (REPO / "bench" / "data").glob("*.txt")]
)


def _ungated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Gate, "may_match", lambda self, doc, mask=None: True)


def _everything(path: Path) -> tuple[str, list]:
    result = draft_policy(read_policy(path), source_name=path.name)
    return result.to_yaml(), result.items


def test_the_repository_holds_the_policies_this_file_checks() -> None:
    assert len(POLICIES) >= 23  # 5 seeds, 15 public policies, 3 held-out texts


@pytest.mark.parametrize("path", POLICIES, ids=lambda p: p.name)
def test_a_draft_is_the_same_with_and_without_the_gate(path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    gated = _everything(path)
    _ungated(monkeypatch)
    assert _everything(path) == gated


def _spans(doc) -> dict[str, list[tuple[int, int, str, str]]]:
    return {key: [(s.start, s.end, s.label_, s.id_) for s in doc.spans[key]] for key in SPAN_KEYS}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_line_of_every_policy_gets_the_same_spans_with_and_without_the_gate(
        lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # Every policy's lines through every language's lexicon: the French lexicon reading Dutch
    # lines too, so many lines the gate drops are checked against the full matchers.
    pipe = pipeline(lang)
    lines = [u.text for p in POLICIES for u in layout.parse(read_policy(p))]
    skipped = sum(not (pipe.matchers.phrase_gate.may_match(d) or pipe.matchers.token_gate.may_match(d)
                       or pipe.matchers.duration_gate.may_match(d))
                  for d in pipe.nlp.pipe(lines))
    gated = [_spans(d) for d in pipe.pipe(lines)]
    _ungated(monkeypatch)
    assert [_spans(d) for d in pipe.pipe(lines)] == gated
    assert skipped > 0  # the gate did drop lines, so the comparison above tested something


@pytest.mark.parametrize("text, key, label", [
    # a lexicon word in the middle of filler still drafts
    ("Lorem ipsum dolor sit amet consectetur and then your email address somewhere in here.",
     "categories", "contact.email"),
    ("Lorem ipsum dolor sit amet, the customer's file, consectetur adipiscing elit.",
     "subjects", "customer"),
    ("Lorem ipsum dolor sit amet, kept for five years, consectetur adipiscing elit.",
     "durations", "year"),
    ("Lorem ipsum dolor sit amet, kept 3 months, consectetur adipiscing elit.",
     "durations", "month"),
    ("Lorem ipsum on the basis of our legitimate business interests sed do eiusmod.",
     "bases", "legitimate_interests"),
])
def test_a_lexicon_word_amid_filler_is_found(text: str, key: str, label: str) -> None:
    doc = pipeline("en")(text)
    assert label in [s.label_ for s in doc.spans[key]]


def test_a_dutch_compound_named_only_by_a_regex_entry_is_found() -> None:
    doc = pipeline("nl")("Wij bewaren uw e-mailadressen en zakelijktelefoonnummers zorgvuldig.")
    assert {"contact.email", "contact.phone"} <= {s.label_ for s in doc.spans["categories"]}


@pytest.mark.parametrize("text", [
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
    "The 5 apples and 12 pears were on the table (vab).",
    "Years went by and nothing happened.",
])
def test_a_line_the_gate_drops_names_nothing(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    pipe = pipeline("en")
    doc = pipe.nlp(text)
    m = pipe.matchers
    assert not m.token_gate.may_match(doc)
    assert not m.duration_gate.may_match(doc)
    _ungated(monkeypatch)
    assert not any(pipe(text).spans[key] for key in ("durations", "bases"))
    assert [*m.tokens(pipe.nlp(text)), *m.durations(pipe.nlp(text))] == []


@pytest.mark.parametrize("spec, required", [
    ({"LOWER": "van"}, True),
    ({"LOWER": "van", "OP": "+"}, True),
    ({"LOWER": "van", "OP": "1"}, True),
    ({"LOWER": "van", "OP": "{2}"}, True),
    ({"LOWER": "van", "OP": "{1,3}"}, True),
    ({"LOWER": "van", "OP": "{1,}"}, True),
    ({"LOWER": "van", "op": "?"}, False),
    ({"LOWER": "van", "OP": "*"}, False),
    ({"LOWER": "van", "OP": "!"}, False),
    ({"OP": "{0,5}"}, False),
    ({"LOWER": "van", "OP": "{,3}"}, False),
])
def test_which_token_specs_a_match_requires(spec: dict, required: bool) -> None:
    assert _required(spec) is required


def test_optional_tokens_are_not_required_and_unknown_attributes_open_the_gate() -> None:
    nlp = pipeline("nl").nlp
    gate = Gate(nlp.vocab, [[{"LOWER": "langer"}, {"LOWER": "bewaard", "OP": "?"}, {"LOWER": "dan"}]])
    assert gate.may_match(nlp("niet langer dan nodig"))
    assert not gate.may_match(nlp("niet bewaard dan nodig"))
    # IS_DIGIT is not modelled: the gate cannot rule the pattern out, so it never does
    opened = Gate(nlp.vocab, [[{"IS_DIGIT": True}, {"LOWER": "jaar", "OP": "?"}]])
    assert opened.always and opened.may_match(nlp("geen cijfers hier"))


def test_a_gate_with_no_patterns_never_matches_and_an_empty_line_passes_nothing() -> None:
    nlp = pipeline("en").nlp
    assert not Gate(nlp.vocab).may_match(nlp("anything at all"))
    assert not pipeline("en").matchers.phrase_gate.may_match(nlp(""))


# --- the controller's case-insensitive searches, made fast on lowercased lines (flows/draft/controller.py)

@pytest.mark.parametrize("name", ["_TRIGGER", "_BODY_TRIGGER", "_IDENTITY_HEADING", "_REGISTRATION", "_COLON_INTRO",
                                  "_CREDIT"])
def test_the_ascii_path_finds_exactly_what_the_case_insensitive_pattern_finds(name: str) -> None:
    from flows.draft import controller

    rx = getattr(controller, name)
    fast = fast_search(rx)
    assert fast is not rx.search  # the fast path is in use for this pattern
    lines = [u.text for p in POLICIES for u in layout.parse(read_policy(p))]
    lines += [line.upper() for line in lines] + [line.swapcase() for line in lines]
    lines += ["KVK 12345678", "Kvk", "Registered Office", "RUN  BY Acme", "WHO WE ARE",
              "(WE", "(“Us", "Responsable Du Traitement", "SIÈGE SOCIAL", "Numéro De TVA",
              "ſiret", "\u212aVK 12345678", "İngeschreven", "Over ons", "Éditeur", "",
              # non-ASCII lines take the lowercased path too, unless they hold a folding trap
              "« Responſable du traitement »", "ÉDITEUR DU SITE : Ça Marche", "Siège Social À Lyon",
              "WHO WE ARE – İstanbul", "Regıstered office", "Numéro D’Identification",
              "L'ASSOCIATION Les Amis du Diois COLLECTE", "The Company processes", "Stichting X verwerkt",
              "Le responsable du traitement est :", "THIS WEBSITE IS OPERATED BY:", "Operated by Acme",
              "The controller is the", "Le responsable de traitement est l’", "ÉDITÉ PAR :  ",
              "Adapted From the notice of X", "licensed CC BY-SA", "Gebaseerd op de tekst van", "INSPIRÉE DE"]
    found = [m and m.span() for m in map(rx.search, lines)]
    assert [m and m.span() for m in map(fast, lines)] == found  # the same place, not only a match
    assert any(found) and not all(found)
    if name == "_COLON_INTRO":  # and the test of the line's end first lets through every match
        assert [controller._is_colon_intro(line) for line in lines] == [bool(m) for m in found]


def test_the_trigger_words_are_searched_grouped_by_their_first_letter() -> None:
    from flows.draft import controller
    from flows.draft.folding import alternatives, lowered

    # every alternative opens on a literal, so the lowercased search tries a letter's group, not
    # each of the ninety words in turn (a body named before its verb is its own pattern)
    plain = alternatives(controller._TRIGGER.pattern.removeprefix("(?i)"))
    grouped = alternatives(lowered(controller._TRIGGER).pattern)
    assert len(plain) > 80 and len(grouped) < 30


@pytest.mark.parametrize("pattern, grouped", [
    ("cat|car|dog", "c(?:a(?:t|r))|dog"),  # each group grouped again by its next literal
    ("cat|cow|dog", "c(?:at|ow)|dog"),
    ("cat|dog|cow", "c(?:at|ow)|dog"),
    ("care|cart|cow", "c(?:a(?:r(?:e|t))|ow)"),
    (r"\(we|\(us|x", r"\((?:we|us)|x"),  # an escaped sign is a literal
    ("cat|c?ow", "cat|c?ow"),  # a literal made optional: no opening, nothing regrouped
    ("cat|ca{2}", "c(?:at|a{2})"),  # "a{2}": its "a" is made a count, no group opens on it
    (r"cat|\bcow", r"cat|\bcow"),  # an anchor opens no literal
    ("cat|[c]ow", "cat|[c]ow"),
    ("c(?:a|o)t|cow", "c(?:(?:a|o)t|ow)"),  # a group's bar is not a top-level one
    ("c[|]t|cow", "c(?:[|]t|ow)"),  # nor is a bar in a class
    ("c[]|]t|cow", "c(?:[]|]t|ow)"),  # "]" right after "[" is a member, the class goes on
    ("cat|dog", "cat|dog"),  # no two share an opening: as written
    ("cat", "cat"),
    ("c(at|cow", "c(at|cow"),  # left open: as written
])
def test_alternatives_are_grouped_by_the_literal_they_open_on(pattern: str, grouped: str) -> None:
    from flows.draft.folding import by_opening

    assert by_opening(pattern) == grouped
    # and the grouped pattern finds the same place in the same lines (when it compiles at all)
    try:
        rx = re.compile(pattern)
    except re.error:
        return
    lines = ["a cat", "the cow", "ccat", "a dog and a cat", "(we", "(us", "x", "caa", "ca", "c|t", "c]t", "ow"]
    assert [m and m.span() for m in map(re.compile(grouped).search, lines)] == \
        [m and m.span() for m in map(rx.search, lines)]


def test_the_legal_forms_grouped_by_their_first_letter_find_what_the_list_finds() -> None:
    from flows.draft import controller

    plain = re.compile(rf"(?<![\w.])\(?(?:{controller._FORM})\)?(?![\w])")
    assert controller._FORM_RE.pattern != plain.pattern
    lines = [u.text for p in POLICIES for u in layout.parse(read_policy(p))]
    lines += ["Acme B.V.", "Acme B. V. (BV)", "X BVBA", "Y SA.", "Z S.A.S", "Q e. V.", "R e.V.", "W Sàrl", "A/S"]
    found = [[m.span() for m in plain.finditer(line)] for line in lines]
    assert [[m.span() for m in controller._FORM_RE.finditer(line)] for line in lines] == found
    assert sum(map(bool, found)) > 50


def test_a_form_before_the_name_opening_on_its_letter_finds_what_the_plain_pattern_finds() -> None:
    from flows.draft import controller

    plain = re.compile(rf"(?<![\w.])(?:[Vv]zw|VZW|[Aa]sbl|ASBL|BVBA|BV|NV|SRL|SPRL)\s+(?P<name>{controller._NAME})")
    lines = [u.text for p in POLICIES for u in layout.parse(read_policy(p))]
    lines += ["Als vzw Op 't Spoor verwerken wij", "KLJ Wiekevorst vzw Statiestraat 1", "ASBL Les Amis", "Asbl X",
              "BVBA Restaurant@home", "xvzw Acme", ".vzw Acme", "(vzw Acme)", "SPRL Dupont", "NV Acme", "BV  Acme"]
    found = [[(m.span(), m.group("name")) for m in plain.finditer(line)] for line in lines]
    assert [[(m.span(), m.group("name")) for m in controller._PREFIX_FORM_NAME.finditer(line)] for line in lines] == found
    assert sum(map(bool, found)) >= 8


def test_a_pattern_with_groups_is_not_regrouped() -> None:
    from flows.draft.folding import lowered

    # regrouped, "(x)|(y)|(x z)" would number its groups in another order
    assert lowered(re.compile("(?i)(cat)|(dog)|(cow)")).pattern == "(cat)|(dog)|(cow)"


@pytest.mark.parametrize("pattern", [r"(?i)\S+ controller", r"controller", "(?i)\u212aelvin",
                                     "(?i)[à-ÿ]+ siège", "(?i)straße"])
def test_a_pattern_lowercasing_would_change_keeps_the_plain_search(pattern: str) -> None:
    rx = re.compile(pattern)
    assert fast_search(rx) == rx.search


def test_gates_sharing_tests_cannot_add_one_after_a_line_was_read() -> None:
    # a token's bits are computed once; a test added later would be missing from them
    nlp = pipeline("en").nlp
    gate = Gate(nlp.vocab, [[{"LOWER": "keep"}]])
    assert gate.may_match(nlp("we keep it")) and not gate.may_match(nlp("we hold it"))
    with pytest.raises(RuntimeError):
        Gate(nlp.vocab, [[{"LOWER": "hold"}]], tests=gate.tests)


# --- start-up: the French TOKEN_MATCH compiled factored (classifiers/text/token_match.py) ------

def test_the_drafter_compiles_the_french_token_match_factored_and_tokenizes_the_same() -> None:
    # A fresh process: spacy.lang.fr is imported by the drafter's language detection first.
    import os
    import subprocess
    import sys

    code = (
        "from flows.draft import detect\n"
        "from flows.draft.lexicons import pipeline\n"
        "detect('Nous conservons vos données pendant trois ans après la fin du contrat.')\n"
        "nlp = pipeline('fr').nlp\n"
        "print(len(nlp.tokenizer.token_match.__self__.pattern))\n"
        "print('|'.join(t.text for t in nlp('Rendez-vous à Saint-Étienne au sous-sol, "
        "peut-être aujourd\\'hui.')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})
    length, tokens = out.stdout.split("\n")[:2]
    assert int(length) < 500_000  # spaCy's own expression is 1.45 M characters
    assert tokens.split("|") == ["Rendez", "-vous", "à", "Saint-Étienne", "au", "sous-sol", ",",
                                 "peut-être", "aujourd'hui", "."]


# --- the literal words a pattern requires (flows/draft/literals.py), the identity patterns' pre-check

@pytest.mark.parametrize("pattern, words", [
    (r"foo\s+bar", ("foo", "bar")),
    (r"(?:ab|cd)efg", ("efg",)),  # a branch gives nothing
    (r"(?:abc)?def", ("def",)),  # nor an optional part
    (r"(?:abc)+def", ("abc", "def")),  # a repeat that occurs once at least does
    (r"x(?i:controller)y", ()),  # a group that ignores case gives nothing
    (r"(?i)controller", ()),  # nor a pattern that does
    (r"[Cc]ontroller is", ("ontroller is",)),
    (r"(?P<name>[A-Z]\w+) dont le siège", (" dont le siège",)),
    (r"ab", ()),  # too short to be worth a search
])
def test_the_literals_every_match_contains(pattern: str, words: tuple[str, ...]) -> None:
    from flows.draft.literals import required_literals

    assert set(required_literals(re.compile(pattern))) == set(words)


def test_no_identity_pattern_matches_a_line_without_its_required_words() -> None:
    # sound by construction; checked here on every line of the real policies, in three cases
    from flows.draft import controller

    lines = [u.text for p in POLICIES for u in layout.parse(read_policy(p))]
    lines += [line.upper() for line in lines] + [line.swapcase() for line in lines]
    checked = 0
    for pattern, needs, _ in controller._IDENTITY_NEEDS:
        for line in lines:
            if pattern.search(line):
                assert all(w in line for w in needs), (pattern.pattern[:60], needs, line)
                checked += 1
    assert checked > 20
    assert sum(bool(needs) for _, needs, _ in controller._IDENTITY_NEEDS) > len(controller._IDENTITY_NEEDS) / 2


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_activities_found_on_lowercased_lines_are_the_case_insensitive_ones(lang: str) -> None:
    # flows/draft/folding.py: every activity pattern of the lexicon, on every line of the real
    # policies in three cases, finds the same place with the fast search as with its own
    from flows.draft.extract import _fast, _Extractor
    from flows.draft.folding import lowered

    pipe = pipeline(lang)
    extractor = _Extractor(layout.parse("# Privacy\n\nWe collect your email address."), pipe)
    patterns = [rx for table in (extractor.activity, extractor.condition_activity) for rx in table.values() if rx]
    assert sum(lowered(rx) is not None for rx in patterns) > len(patterns) / 2  # the fast path is used
    lines = [u.text for p in POLICIES for u in layout.parse(read_policy(p))]
    lines += [line.upper() for line in lines] + [line.swapcase() for line in lines]
    lines += ["İnschrijving NIEUWSBRIEF", "ſubscribe to our newsletter", "Formulaire De Contact"]
    for rx in patterns:
        for line in lines:
            slow, fast = rx.search(line), _fast(rx)(line)
            assert (slow and slow.span()) == (fast and fast.span()), (rx.pattern[:60], line)


@pytest.mark.parametrize("pattern", [r"(?i)caf(?-i:E)", r"(?i)\Wcontact", "(?i)straße"])
def test_a_pattern_folding_would_change_has_no_lowercased_form(pattern: str) -> None:
    from flows.draft.folding import lowered

    assert lowered(re.compile(pattern)) is None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_abbreviation_test_opening_on_the_full_stop_says_what_the_plain_pattern_says(lang: str) -> None:
    # flows/draft/lexicons.py looks back from each full stop for an abbreviation; the plain
    # pattern names the abbreviation first. Both must pass and skip the same lines.
    pipe = pipeline(lang)
    words = "|".join(re.escape(a[:-1]) for a in sorted(pipe._abbreviations, key=len, reverse=True))
    plain = re.compile(rf"(?<![\w.])(?i:{words})\.[ \t]+[a-zà-ÿ0-9,;:(]")
    lines = [u.text for p in POLICIES for u in layout.parse(read_policy(p))]
    lines += [f"{lead}{a[:-1]}. {after}" for a in sorted(pipe._abbreviations)
              for lead in ("", "see ", "x", ".", "(") for after in ("name", "Name", "6 GDPR", "(see", "  email")]
    lines += [line.upper() for line in lines] + [line.swapcase() for line in lines]
    found = [bool(plain.search(line)) for line in lines]
    assert [bool(pipe._abbreviated.search(line)) for line in lines] == found
    assert any(found) and not all(found)
