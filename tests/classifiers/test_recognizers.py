"""Each recognizer on tables of valid and invalid values, alone and inside a sentence.

Valid rows are published examples: python-stdnum's module docstrings (NIR, SIREN, SIRET, BSN, BE
national number, VAT), the IBAN examples of Wikipedia and the IBAN registry, payment processors'
published test card numbers, RFC 5737 / RFC 3849 documentation addresses, libphonenumber-style
example numbers. Each comes in formatted variants (spaces, dots, dashes, lower case), and next to
it a look-alike that fails only its checksum.
"""

from __future__ import annotations

import pytest
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerRegistry
from stdnum import luhn

from classifiers.be.national_number import BeNationalNumberRecognizer
from classifiers.fr.address import FrAddressRecognizer
from classifiers.fr.nir import FrNirRecognizer
from classifiers.fr.siren import FrSirenRecognizer, FrSiretRecognizer
from classifiers.generic.address import EnAddressRecognizer
from classifiers.generic.credit_card import IIN_RANGES, IIN_RE2, CardRecognizer, issuer
from classifiers.generic.date_of_birth import DateOfBirthRecognizer
from classifiers.generic.email import EmailRecognizer
from classifiers.generic.iban import IbanRecognizer
from classifiers.generic.ip import IpRecognizer
from classifiers.generic.phone import EuPhoneRecognizer
from classifiers.generic.vat import VatRecognizer
from classifiers.be.address import BeAddressRecognizer
from classifiers.nl.address import NlAddressRecognizer
from classifiers.nl.bsn import NlBsnRecognizer
from classifiers.text.health import HealthTermRecognizer

# (recognizer class, value, valid?)
VALUES = [
    # IBAN: Wikipedia / IBAN registry examples; stdnum's doctests (GR, BE)
    (IbanRecognizer, "GB82 WEST 1234 5698 7654 32", True),
    (IbanRecognizer, "GB82WEST12345698765432", True),
    (IbanRecognizer, "DE89 3704 0044 0532 0130 00", True),
    (IbanRecognizer, "FR14 2004 1010 0505 0001 3M02 606", True),
    (IbanRecognizer, "FR76 3000 6000 0112 3456 7890 189", True),
    (IbanRecognizer, "NL91 ABNA 0417 1643 00", True),
    (IbanRecognizer, "nl91abna0417164300", True),
    (IbanRecognizer, "NL91-ABNA-0417-1643-00", True),
    (IbanRecognizer, "GR16 0110 1050 0000 1054 7023 795", True),
    (IbanRecognizer, "BE31435411161155", True),
    (IbanRecognizer, "ES91 2100 0418 4502 0005 1332", True),
    (IbanRecognizer, "IT60 X054 2811 1010 0000 0123 456", True),
    (IbanRecognizer, "CH93 0076 2011 6238 5295 7", True),
    (IbanRecognizer, "LU28 0019 4006 4475 0000", True),
    (IbanRecognizer, "AT61 1904 3002 3457 3201", True),
    (IbanRecognizer, "GB82 WEST 1234 5698 7654 33", False),  # check digits off by one
    (IbanRecognizer, "NL91 ABNA 0417 1643 01", False),
    (IbanRecognizer, "FR76 3000 6000 0112 3456 7890 18", False),  # one character short
    (IbanRecognizer, "XX82 WEST 1234 5698 7654 32", False),  # no such country
    # Payment cards: processors' published test numbers
    (CardRecognizer, "4111 1111 1111 1111", True),
    (CardRecognizer, "4111-1111-1111-1111", True),
    (CardRecognizer, "4012888888881881", True),
    (CardRecognizer, "5555 5555 5555 4444", True),
    (CardRecognizer, "5105105105105100", True),
    (CardRecognizer, "2223003122003222", True),
    (CardRecognizer, "3782 822463 10005", True),
    (CardRecognizer, "371449635398431", True),
    (CardRecognizer, "6011111111111117", True),
    (CardRecognizer, "3530111333300000", True),
    (CardRecognizer, "30569309025904", True),
    (CardRecognizer, "6200000000000005", True),
    (CardRecognizer, "4222222222222", True),
    (CardRecognizer, "4111 1111 1111 1112", False),  # Luhn fails
    (CardRecognizer, "5555555555554445", False),
    (CardRecognizer, "1234567812345670", False),  # Luhn passes, no issuer starts with 1
    (CardRecognizer, "4111111111111", False),  # Visa prefix, Luhn passes, 13 digits... with a bad check
    (CardRecognizer, "378282246310005000", False),  # Amex prefix at 18 digits
    # FR_NIR: stdnum.fr.nir docstring (incl. Corsica 2A / 2B)
    (FrNirRecognizer, "2 95 10 99 126 111 93", True),
    (FrNirRecognizer, "295109912611193", True),
    (FrNirRecognizer, "253072B07300470", True),
    (FrNirRecognizer, "2 53 07 2B 073 004 70", True),
    (FrNirRecognizer, "253072A07300443", True),
    (FrNirRecognizer, "253072a07300443", True),
    (FrNirRecognizer, "1 84 12 76 451 089 46", True),
    (FrNirRecognizer, "295109912611199", False),  # key wrong
    (FrNirRecognizer, "253072C07300443", False),  # no department 2C
    (FrNirRecognizer, "6546546546546703", False),
    # FR_SIREN / FR_SIRET: stdnum.fr.siren / stdnum.fr.siret docstrings, La Poste
    (FrSirenRecognizer, "404833048", True),
    (FrSirenRecognizer, "552 008 443", True),
    (FrSirenRecognizer, "732829320", True),
    (FrSirenRecognizer, "443 121 975", True),
    (FrSirenRecognizer, "404833047", False),
    (FrSirenRecognizer, "4048330481", False),
    (FrSiretRecognizer, "73282932000074", True),
    (FrSiretRecognizer, "732 829 320 00074", True),
    (FrSiretRecognizer, "35600000000048", True),  # La Poste head office: plain Luhn
    (FrSiretRecognizer, "356 000 000 09075", True),  # La Poste establishment: digit sum % 5
    (FrSiretRecognizer, "73282932000079", False),
    (FrSiretRecognizer, "35600000009076", False),  # La Poste, digit sum not a multiple of 5
    # NL_BSN: stdnum.nl.bsn docstring, and the Dutch government's test number 123456782
    (NlBsnRecognizer, "1112.22.333", True),
    (NlBsnRecognizer, "111222333", True),
    (NlBsnRecognizer, "123456782", True),
    (NlBsnRecognizer, "12345672", True),  # leading zero omitted
    (NlBsnRecognizer, "1112.52.333", False),
    (NlBsnRecognizer, "1112223334", False),
    (NlBsnRecognizer, "123456789", False),
    # BE_NATIONAL_NUMBER: stdnum.be.nn docstring (incl. a 2017 birth)
    (BeNationalNumberRecognizer, "85.07.30-033.28", True),
    (BeNationalNumberRecognizer, "85 07 30 033 28", True),
    (BeNationalNumberRecognizer, "85073003328", True),
    (BeNationalNumberRecognizer, "17 07 30 033 84", True),
    (BeNationalNumberRecognizer, "12345678901", False),
    (BeNationalNumberRecognizer, "85.07.30-033.29", False),
    (BeNationalNumberRecognizer, "85.13.30-033.28", False),  # month 13
    # VAT_NUMBER: stdnum.fr.tva, stdnum.nl.btw, stdnum.be.vat docstrings
    (VatRecognizer, "FR 40 303 265 045", True),
    (VatRecognizer, "fr40303265045", True),
    (VatRecognizer, "FR23334175221", True),
    (VatRecognizer, "FRK7399859412", True),
    (VatRecognizer, "NL004495445B01", True),
    (VatRecognizer, "NL002455799B11", True),
    (VatRecognizer, "BE 428759497", True),
    (VatRecognizer, "BE0403019261", True),
    (VatRecognizer, "0403.019.261", True),  # Belgian enterprise number, unprefixed
    (VatRecognizer, "DE136695976", True),
    (VatRecognizer, "FR84323140391", False),
    (VatRecognizer, "NL123456789B90", False),
    (VatRecognizer, "BE431150351", False),
    (VatRecognizer, "FRIO334175221", False),  # letters I and O are not used
    # EMAIL_ADDRESS
    (EmailRecognizer, "jeanne.martin@example.fr", True),
    (EmailRecognizer, "j.de.vries+nieuws@mail.example.nl", True),
    (EmailRecognizer, "o'brien@example.co.uk", True),
    (EmailRecognizer, "JAN.PEETERS@EXAMPLE.BE", True),
    (EmailRecognizer, "jeanne..martin@example.fr", False),
    (EmailRecognizer, ".jeanne@example.fr", False),
    (EmailRecognizer, "jeanne@example", False),
    (EmailRecognizer, "jeanne@@example.fr", False),
    (EmailRecognizer, "jeanne martin@example.fr", False),
    # PHONE_NUMBER: FR, NL, BE, GB national and international formats
    (EuPhoneRecognizer, "+33 6 12 34 56 78", True),
    (EuPhoneRecognizer, "06 12 34 56 78", True),
    (EuPhoneRecognizer, "06.12.34.56.78", True),
    (EuPhoneRecognizer, "01 42 68 53 00", True),
    (EuPhoneRecognizer, "+31 20 624 1111", True),
    (EuPhoneRecognizer, "06-12345678", True),
    (EuPhoneRecognizer, "0032 470 12 34 56", True),
    (EuPhoneRecognizer, "0470 12 34 56", True),
    (EuPhoneRecognizer, "+32 2 513 89 40", True),
    (EuPhoneRecognizer, "020 7946 0958", True),
    (EuPhoneRecognizer, "12345", False),
    (EuPhoneRecognizer, "+33 1234", False),
    (EuPhoneRecognizer, "00 00 00 00 00", False),
    (EuPhoneRecognizer, "+999 123 456 789", False),
    # IP_ADDRESS: RFC 5737 and RFC 3849 documentation addresses
    (IpRecognizer, "192.0.2.1", True),
    (IpRecognizer, "198.51.100.42", True),
    (IpRecognizer, "203.0.113.255", True),
    (IpRecognizer, "2001:db8::1", True),
    (IpRecognizer, "2001:0db8:85a3:0000:0000:8a2e:0370:7334", True),
    (IpRecognizer, "fe80::1%eth0", True),
    (IpRecognizer, "256.1.1.1", False),
    (IpRecognizer, "1.2.3", False),
    (IpRecognizer, "12:30", False),
    (IpRecognizer, "10:45:00", False),
    (IpRecognizer, "2001:db8:::1", False),
    # DATE_OF_BIRTH (as a value: a real date a living person could be born on)
    (DateOfBirthRecognizer, "30/07/1985", True),
    (DateOfBirthRecognizer, "1985-07-30", True),
    (DateOfBirthRecognizer, "30.07.1985", True),
    (DateOfBirthRecognizer, "30 juillet 1985", True),
    (DateOfBirthRecognizer, "30 maart 1985", True),
    (DateOfBirthRecognizer, "July 30, 1985", True),
    (DateOfBirthRecognizer, "31/02/1985", False),
    (DateOfBirthRecognizer, "30/07/2099", False),
    (DateOfBirthRecognizer, "1850-01-01", False),
]


@pytest.mark.parametrize(("recognizer", "value", "valid"), VALUES, ids=lambda x: getattr(x, "__name__", str(x)))
def test_value_validation(recognizer, value, valid):
    assert recognizer.is_valid_value(value) is valid


# (recognizer, sentence, entity value expected to be found in it, or None)
IN_TEXT = [
    (IbanRecognizer, "Merci de verser sur FR76 3000 6000 0112 3456 7890 189 avant lundi.", "FR76 3000 6000 0112 3456 7890 189"),
    (IbanRecognizer, "Mijn rekening is nl91abna0417164300, dank u.", "nl91abna0417164300"),
    (IbanRecognizer, "Ref FR76 3000 6000 0112 3456 7890 188 invalid.", None),
    (CardRecognizer, "Card 4111 1111 1111 1111 exp 12/30", "4111 1111 1111 1111"),
    (CardRecognizer, "Batch 4111 1111 1111 1112 shipped", None),
    (FrNirRecognizer, "Numéro de sécu : 2 95 10 99 126 111 93.", "2 95 10 99 126 111 93"),
    (FrNirRecognizer, "Assuré 2 53 07 2B 073 004 70 en Corse.", "2 53 07 2B 073 004 70"),
    (FrNirRecognizer, "Code 2 95 10 99 126 111 99 faux.", None),
    (FrSiretRecognizer, "SIRET 732 829 320 00074, siège.", "732 829 320 00074"),
    (BeNationalNumberRecognizer, "Rijksregisternummer 85.07.30-033.28 bekend.", "85.07.30-033.28"),
    (VatRecognizer, "TVA intracommunautaire FR 40 303 265 045.", "FR 40 303 265 045"),
    (VatRecognizer, "Btw-nummer NL004495445B01.", "NL004495445B01"),
    (EmailRecognizer, "Écrivez à jeanne.martin@example.fr, merci.", "jeanne.martin@example.fr"),
    (IpRecognizer, "Login from 198.51.100.42 at 10:45:00.", "198.51.100.42"),
    (IpRecognizer, "Version 1.2.3.4.5 released", None),
    (FrAddressRecognizer, "Livraison au 12 bis rue de la Paix, 75002 Paris demain.", "12 bis rue de la Paix, 75002 Paris"),
    (NlAddressRecognizer, "Bezorgen op Kerkstraat 12a, 1012 AB Amsterdam graag.", "Kerkstraat 12a, 1012 AB Amsterdam"),
    (BeAddressRecognizer, "Adresse : Rue de la Loi 16, 1000 Bruxelles.", "Rue de la Loi 16, 1000 Bruxelles"),
    (EnAddressRecognizer, "Ship to 10 Downing Street please", "10 Downing Street"),
    (HealthTermRecognizer, "Arrêt maladie pour dépression depuis mars.", "Arrêt maladie"),
    (HealthTermRecognizer, "Ze is zwanger van haar tweede kind.", "zwanger"),
    (HealthTermRecognizer, "Le dépôt de Cancale est fermé.", None),
]


@pytest.mark.parametrize(("recognizer", "text", "expected"), IN_TEXT, ids=lambda x: getattr(x, "__name__", str(x)[:30]))
def test_found_in_text(recognizer, text, expected):
    instance = recognizer()
    results = instance.analyze(text, instance.supported_entities, None)
    spans = [text[r.start : r.end] for r in results if r.score >= 0.4]
    if expected is None:
        assert spans == []
    else:
        assert expected in spans


@pytest.mark.parametrize(
    ("recognizer", "text"),
    [
        (NlBsnRecognizer, "Ordernummer 111222333 is verzonden."),  # valid 11-proef, no context
        (FrSirenRecognizer, "Commande 404833048 expédiée."),
        (DateOfBirthRecognizer, "Commande du 30/07/1985."),
    ],
)
def test_weak_checksums_need_context_in_text(recognizer, text):
    """A 1-in-10 checksum proves nothing in running text: without a context word the score stays
    below the 0.4 ropa analyses text with."""
    instance = recognizer()
    results = instance.analyze(text, instance.supported_entities, None)
    assert results and all(r.score < 0.4 for r in results)


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        ("Mijn BSN is 111222333.", "NL_BSN", "111222333"),
        ("Numéro SIREN : 404833048.", "FR_SIREN", "404833048"),
        ("Né le 30/07/1985 à Lyon.", "DATE_OF_BIRTH", "30/07/1985"),
        ("Geboren op 30-07-1985 in Gent.", "DATE_OF_BIRTH", "30-07-1985"),
        ("Date of birth: 1985-07-30.", "DATE_OF_BIRTH", "1985-07-30"),
    ],
)
def test_context_words_lift_weak_matches(analyzer, text, entity, expected):
    results = analyzer.analyze(text, language="fr", entities=[entity], score_threshold=0.4)
    assert expected in [text[r.start : r.end] for r in results]


def test_iin_regex_agrees_with_table(rng):
    """The RE2 candidate pattern and the Python IIN table describe the same numbers."""
    import pyarrow as pa
    import pyarrow.compute as pc

    numbers = []
    for low, high, lengths, _scheme in IIN_RANGES:
        for prefix in {low, high, str(int(low) - 1).zfill(len(low)), str(int(high) + 1)}:
            for length in set(lengths) | {min(lengths) - 1, max(lengths) + 1}:
                if length > len(prefix):
                    numbers.append(prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix))))
    numbers += ["".join(rng.choice("0123456789") for _ in range(rng.randint(12, 19))) for _ in range(3000)]
    by_regex = pc.match_substring_regex(pa.array(numbers), IIN_RE2).to_pylist()
    assert by_regex == [issuer(n) is not None for n in numbers]


def test_la_poste_siret_really_fails_luhn():
    """The La Poste row above tests stdnum's exception, not plain Luhn."""
    assert not luhn.is_valid("35600000009075")
    assert FrSiretRecognizer.is_valid_value("35600000009075")


def test_recognizers_load_in_a_plain_presidio_registry():
    """Anyone can use ropa's recognizers without ropa: a plain RecognizerRegistry and analyze."""

    registry = RecognizerRegistry(recognizers=[IbanRecognizer(), FrNirRecognizer(supported_language="en")])
    found = []
    for recognizer in registry.get_recognizers("en", all_fields=True):
        found += [r.entity_type for r in recognizer.analyze("IBAN FR76 3000 6000 0112 3456 7890 189", ["IBAN_CODE"], None)]
    assert found == ["IBAN_CODE"]


# Each pattern recognizer's defaults: (class, supported_entity, supported_language). The language
# defaults are those of the published constructors (the country's language, else English).
DEFAULTS = [
    (FrNirRecognizer, "FR_NIR", "fr"),
    (FrSirenRecognizer, "FR_SIREN", "fr"),
    (FrSiretRecognizer, "FR_SIRET", "fr"),
    (FrAddressRecognizer, "POSTAL_ADDRESS", "fr"),
    (NlBsnRecognizer, "NL_BSN", "nl"),
    (NlAddressRecognizer, "POSTAL_ADDRESS", "nl"),
    (BeNationalNumberRecognizer, "BE_NATIONAL_NUMBER", "fr"),
    (BeAddressRecognizer, "POSTAL_ADDRESS", "fr"),
    (IbanRecognizer, "IBAN_CODE", "en"),
    (CardRecognizer, "CREDIT_CARD", "en"),
    (IpRecognizer, "IP_ADDRESS", "en"),
    (VatRecognizer, "VAT_NUMBER", "en"),
    (EmailRecognizer, "EMAIL_ADDRESS", "en"),
    (DateOfBirthRecognizer, "DATE_OF_BIRTH", "en"),
    (EnAddressRecognizer, "POSTAL_ADDRESS", "en"),
    (HealthTermRecognizer, "HEALTH_DATA", "en"),
]


@pytest.mark.parametrize(("recognizer", "entity", "language"), DEFAULTS, ids=lambda x: getattr(x, "__name__", str(x)))
def test_constructor_defaults(recognizer, entity, language):
    """Built without arguments, a recognizer is a Presidio PatternRecognizer with its own defaults."""
    instance = recognizer()
    assert isinstance(instance, PatternRecognizer)
    assert instance.supported_entities == [entity]
    assert instance.supported_language == language
    assert instance.name == recognizer.__name__
    assert instance.patterns and instance.context


@pytest.mark.parametrize(("recognizer", "entity", "language"), DEFAULTS, ids=lambda x: getattr(x, "__name__", str(x)))
def test_constructor_takes_presidio_keywords(recognizer, entity, language):
    """Presidio's keywords override every default, as with Presidio's own pattern recognizers."""
    pattern = Pattern("mine", r"(?<![0-9])[0-9]{6}(?![0-9])", 0.3)
    instance = recognizer(
        patterns=[pattern], context=["dossier"], supported_language="nl", supported_entity="MY_ID", name="mine"
    )
    assert (instance.supported_entities, instance.supported_language, instance.name) == (["MY_ID"], "nl", "mine")
    assert instance.patterns == [pattern]
    assert instance.context == ["dossier"]


@pytest.mark.parametrize(
    ("recognizer", "text", "expected"),
    [row for row in IN_TEXT if row[2] is not None],
    ids=lambda x: getattr(x, "__name__", str(x)[:30]),
)
def test_each_recognizer_works_in_a_plain_presidio_registry(recognizer, text, expected):
    """Built for another language with Presidio's keyword and used through Presidio's own registry."""
    registry = RecognizerRegistry(recognizers=[recognizer(supported_language="nl")], supported_languages=["nl"])
    (found,) = registry.get_recognizers("nl", all_fields=True)
    spans = [text[r.start : r.end] for r in found.analyze(text, found.supported_entities, None) if r.score >= 0.4]
    assert expected in spans
