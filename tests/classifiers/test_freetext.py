"""Free text: transcripts, messages and whole text files through Presidio and spaCy."""

from __future__ import annotations

import random

import pytest

from classifiers.column import classify_column, classify_document
from classifiers.model import ColumnSample

from . import gen

TEMPLATES = [
    "Bonjour, ici {name}. Merci de rembourser sur mon compte {iban}, cordialement.",
    "Hello, this is {name}. Please send the invoice to {email} instead of my work address.",
    "Goedemiddag, u spreekt met {name}. Ik ben ziek gemeld wegens een burn-out en kom niet.",
    "Mon numéro de sécurité sociale est {nir}, pouvez-vous mettre à jour mon dossier ?",
    "Le colis de la commande {order} est arrivé abîmé, je souhaite un échange rapide.",
    "Where is my order {order}? It has been two weeks and nobody answers the phone.",
    "Klant belt over de factuur van vorige maand, het bedrag klopt niet volgens hem.",
]
NEUTRAL = TEMPLATES[4:]


def _messages(rng: random.Random, templates: list[str], n: int) -> list[str]:
    out = []
    for _ in range(n):
        out.append(
            rng.choice(templates).format(
                name=f"{rng.choice(gen.FIRST)} {rng.choice(gen.LAST)}",
                iban=gen.gen_iban(rng, rng.choice(["FR", "NL", "BE"])),
                email=gen.gen_email(rng),
                nir=gen.gen_nir(rng),
                order=f"#{gen.digits(rng, 8)}",
            )
        )
    return out


def test_transcripts_carry_several_entities(analyzer):
    rng = random.Random(1)
    values = _messages(rng, TEMPLATES, 300)
    findings = {f.entity: f for f in classify_column(ColumnSample("transcript", values), hash_key=b"k" * 16)}
    assert {"IBAN_CODE", "EMAIL_ADDRESS", "FR_NIR", "PERSON", "HEALTH_DATA"} <= set(findings)
    assert not {"NL_BSN", "FR_SIREN", "DATE_OF_BIRTH", "CREDIT_CARD"} & set(findings)
    assert findings["PERSON"].evidence["method"] == "ner"
    assert findings["HEALTH_DATA"].evidence["method"] == "lexicon"
    assert findings["IBAN_CODE"].evidence["method"] == "pattern+checksum"
    for finding in findings.values():
        assert finding.evidence["free_text"] is True
        assert finding.sampled <= 200
        assert len(finding.hashes) == len(finding.examples) <= 3
    dump = repr(list(findings.values()))
    assert not any(v in dump for v in values)
    assert "FR76" not in dump or "**** ****" in dump


def test_messages_without_personal_data(analyzer):
    rng = random.Random(2)
    values = _messages(rng, NEUTRAL, 300)
    assert classify_column(ColumnSample("message", values)) == []


def test_product_descriptions_are_not_people(analyzer):
    descriptions = [
        "Chaise de bureau ergonomique noire avec accoudoirs réglables et roulettes",
        "Table basse en chêne massif, finition huilée naturelle, fabriquée en France",
        "Lampe de chevet design scandinave en bois clair, ampoule non fournie",
        "Canapé trois places en velours bleu canard, pieds en métal doré",
        "Bureau d'angle blanc laqué avec deux tiroirs et passe-câbles intégré",
    ]
    values = [f"{d} (réf. {i % 97})" for i, d in enumerate(descriptions * 60)]
    assert classify_column(ColumnSample("description", values)) == []


def test_birth_dates_in_text_need_a_context_word(analyzer):
    with_context = [f"Patient né le {gen.gen_dob(random.Random(i)):%d/%m/%Y}, suivi depuis l'an dernier." for i in range(60)]
    without = [f"Commande passée le {gen.gen_recent(random.Random(i)):%d/%m/%Y}, livraison sous huit jours." for i in range(60)]
    assert "DATE_OF_BIRTH" in {f.entity for f in classify_column(ColumnSample("notes", with_context))}
    assert "DATE_OF_BIRTH" not in {f.entity for f in classify_column(ColumnSample("notes", without))}


def test_classify_document(analyzer):
    rng = random.Random(3)
    text = "\n\n".join(_messages(rng, TEMPLATES, 40))
    findings = classify_document(text, hash_key=b"k" * 16)
    entities = {f.entity for f in findings}
    assert {"IBAN_CODE", "EMAIL_ADDRESS", "FR_NIR"} <= entities
    assert all(f.column is None for f in findings)
    assert all(f.evidence["chunks_total"] == 40 for f in findings)


def test_a_document_checkpoint_runs_between_steps_and_can_stop_it(analyzer):
    """The scan's time budget raises from the checkpoint: a long document stops part-way instead
    of running to its end first. The findings are the same with a checkpoint that never stops."""
    from classifiers.column import TEXT_STEP

    rng = random.Random(3)
    text = "\n\n".join(_messages(rng, TEMPLATES, 4 * TEXT_STEP))
    calls: list[int] = []
    assert classify_document(text, hash_key=b"k" * 16, checkpoint=lambda: calls.append(1)) == \
        classify_document(text, hash_key=b"k" * 16)
    assert len(calls) == 3                       # between the four steps, not after the last

    class Stop(Exception):
        pass

    def stop_at_second() -> None:
        calls.append(2)
        if calls.count(2) == 2:
            raise Stop

    with pytest.raises(Stop):
        classify_document(text, checkpoint=stop_at_second)
    assert calls.count(2) == 2                   # the third and fourth steps never ran


def test_classify_document_without_personal_data(analyzer):
    text = (
        "Release notes\n\nThe importer now reads Parquet files in batches of 65,536 rows.\n\n"
        "Version 2.4.1 fixes the progress bar. Build 20240501 is the last one for Python 3.10.\n\n"
        "La documentation est disponible en français et en néerlandais."
    )
    assert classify_document(text) == []
    assert classify_document("") == []


@pytest.mark.parametrize("key", ["not-bytes", b""])
def test_bad_hash_key(key):
    with pytest.raises(TypeError):
        classify_document("hello", hash_key=key)


def test_stand_in_lemmas_agree_with_spacys_lemmatizer():
    """ropa loads the model without its lemmatizer; the conjugated forms it maps by hand
    (CONTEXT_LEMMAS) get the lemma spaCy's own rule lemmatizer gives them."""
    import spacy

    from classifiers.text.ner import CONTEXT_LEMMAS, DEFAULT_MODEL, EXCLUDED

    full = spacy.load(DEFAULT_MODEL)
    assert set(EXCLUDED) <= set(full.pipe_names)
    for form, lemma in CONTEXT_LEMMAS.items():
        for sentence in (f"Il {form} demain.", f"Elle est {form} le 3 mai."):
            token = next(t for t in full(sentence) if t.lower_ == form)
            assert token.lemma_ == lemma, (form, sentence)


def test_pipeline_runs_only_what_ner_needs(analyzer):
    from classifiers.text.ner import EXCLUDED, LEMMA_COMPONENT

    nlp = analyzer.nlp_engine.nlp["fr"]
    assert not set(EXCLUDED) & set(nlp.pipe_names)
    assert {"ner", "morphologizer", LEMMA_COMPONENT} <= set(nlp.pipe_names)
    doc = nlp("Elle est née le 3 mai, appelez le 06 12 34 56 78.")
    assert [t.lemma_ for t in doc if t.lower_ in ("née", "appelez", "mai")] == ["naître", "mai", "appeler"]


def test_adaptive_sampling_stops_when_shares_are_stable(analyzer):
    """Messages with an IBAN in about half of them: the share is known to +/-0.1 after 100 texts
    and the pass stops there; the finding says how many texts were analysed."""
    rng = random.Random(4)
    values = _messages(rng, [TEMPLATES[0], TEMPLATES[4]], 2000)
    iban = next(f for f in classify_column(ColumnSample("message", values)) if f.entity == "IBAN_CODE")
    assert iban.evidence["text_stop"] == "stable"
    assert iban.sampled == iban.evidence["sample_size"] < iban.evidence["text_reservoir"] == 200
    assert 0.35 <= iban.matched / iban.sampled <= 0.65


@pytest.mark.parametrize("hits, n, stable", [
    (25, 50, False),   # share 0.5 after 50 texts: +/-0.13
    (50, 100, True),   # +/-0.096
    (10, 50, False),   # 0.2: +/-0.109 (Wilson)
    (5, 50, True),     # 0.1: +/-0.085
    (100, 200, True),
    (0, 50, True),     # not seen in 50: below 0.07
    (1, 50, True),
    (12, 30, False),
])
def test_stopping_rule_table(hits, n, stable):
    from classifiers.column import _text_stable

    assert _text_stable({"X": set(range(hits))}, n) is stable
    assert _text_stable({"X": set(range(hits)), "Y": set(range(n // 2))}, n) is (stable and n >= 100)


def test_short_text_columns_read_every_text(analyzer):
    values = _messages(random.Random(6), [TEMPLATES[1]], 40)
    findings = classify_column(ColumnSample("message", values))
    assert {f.entity for f in findings} >= {"EMAIL_ADDRESS"}
    assert all(f.sampled == 40 for f in findings)


def test_factored_token_match_matches_the_same_words_as_spacys():
    """The French tokenizer's TOKEN_MATCH, factored for compile time, accepts exactly the words the
    original expression accepts: every tokenizer exception, their upper / title case, and words
    built from every literal word of the expression with hyphens, elisions and endings."""
    import re

    import spacy.lang.fr.tokenizer_exceptions as fr_exceptions

    from classifiers.text.ner import _ALTERNATIVE, factor_alternatives

    original = "(?iu)" + "|".join(f"(?:{m})" for m in fr_exceptions._regular_exp)
    factored = factor_alternatives(original)
    assert factored is not None and len(factored) < len(original) / 3
    slow, fast = re.compile(original), re.compile(factored)
    words = set(fr_exceptions.TOKENIZER_EXCEPTIONS)
    rng = random.Random(8)
    literals = [_ALTERNATIVE.match(m).group(1) for m in fr_exceptions._regular_exp]
    for literal in literals:
        for _ in range(20):
            word = (literal + rng.choice(["-", "–", "'", "’", ""]) + rng.choice(
                ["homme", "Étienne", "été", "l'eau", "x", "", "sous", "aux", "saint", "près", "3"])
                + rng.choice(["", "s", "-ci", "."]))
            words |= {word, word.upper(), word.title()}
    words |= {"Saint-Étienne", "Jean-Pierre", "grand-mère", "peut-être", "aujourd'hui", "sous-sol",
              "Aix-en-Provence", "Villeneuve-d'Ascq", "arc-en-ciel", "e-mail", "06-12-34-56-78"}
    accepted = {w for w in words if slow.match(w)}
    assert len(accepted) > 1000
    assert {w for w in words if fast.match(w)} == accepted


def test_the_loaded_tokenizer_uses_the_factored_expression(analyzer):
    nlp = analyzer.nlp_engine.nlp["fr"]
    pattern = nlp.tokenizer.token_match.__self__.pattern
    assert pattern.startswith("(?iu)(?:^(?:") and len(pattern) < 500_000  # the original: 1.45 M
    assert [t.text for t in nlp("Rendez-vous à Saint-Étienne au sous-sol, peut-être aujourd'hui.")] == [
        "Rendez", "-vous", "à", "Saint-Étienne", "au", "sous-sol", ",", "peut-être", "aujourd'hui", "."]
