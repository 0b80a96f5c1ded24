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
