"""Column names in English, French and Dutch, and what they point to."""

from __future__ import annotations

import pytest

from classifiers import stats
from classifiers.names import fold_name, hint_for

NAMES = [
    ("geboortedatum", {"DATE_OF_BIRTH"}, False),
    ("date_naissance", {"DATE_OF_BIRTH"}, False),
    ("dateDeNaissance", {"DATE_OF_BIRTH"}, False),
    ("DOB", {"DATE_OF_BIRTH"}, False),
    ("num_secu", {"FR_NIR"}, False),
    ("numero_securite_sociale", {"FR_NIR"}, False),
    ("rekeningnummer", {"IBAN_CODE"}, False),
    ("iban", {"IBAN_CODE"}, False),
    ("courriel", {"EMAIL_ADDRESS"}, False),
    ("emailadres", {"EMAIL_ADDRESS"}, False),
    ("e-mail", {"EMAIL_ADDRESS"}, False),
    ("telefoon", {"PHONE_NUMBER"}, False),
    ("tel_portable", {"PHONE_NUMBER"}, False),
    ("gsm", {"PHONE_NUMBER"}, False),
    ("mobile", {"PHONE_NUMBER"}, False),
    ("TelephoneNumber", {"PHONE_NUMBER"}, False),
    ("bsn", {"NL_BSN"}, False),
    ("burgerservicenummer", {"NL_BSN"}, False),
    ("siret", {"FR_SIRET"}, False),
    ("siren", {"FR_SIREN"}, False),
    ("rijksregisternummer", {"BE_NATIONAL_NUMBER"}, False),
    ("btw_nummer", {"VAT_NUMBER"}, False),
    ("num_tva", {"VAT_NUMBER"}, False),
    ("naam", {"PERSON"}, False),
    ("nom", {"PERSON"}, False),
    ("prenom", {"PERSON"}, False),
    ("voornaam", {"PERSON"}, False),
    ("klantnaam", {"PERSON"}, False),
    ("contact_name", {"PERSON"}, False),
    ("adresse", {"POSTAL_ADDRESS"}, False),
    ("straat", {"POSTAL_ADDRESS"}, False),
    ("postcode", {"POSTAL_ADDRESS"}, False),
    ("ville", {"LOCATION"}, False),
    ("woonplaats", {"LOCATION"}, False),
    ("lieu_naissance", {"LOCATION"}, False),
    ("client_ip", {"IP_ADDRESS"}, False),
    ("adresse_ip", {"IP_ADDRESS"}, False),
    ("diagnose", {"HEALTH_DATA"}, False),
    # names that point away from personal data
    ("product_name", set(), True),
    ("bedrijfsnaam", set(), False),
    ("order_no", set(), True),
    ("created_at", set(), True),
    ("batch_no", set(), True),
    ("ean", set(), True),
    ("besteldatum", set(), True),
    # obfuscated names say nothing
    ("c1", set(), False),
    ("x_nr", set(), False),
    ("col_7", set(), False),
    ("souvenir", set(), False),  # contains "nir", is not a NIR
]


@pytest.mark.parametrize(("name", "entities", "contradicts"), NAMES)
def test_hint(name, entities, contradicts):
    hint = hint_for(name)
    assert set(hint.entities) == entities
    assert hint.contradicts is contradicts


def test_priors_follow_the_hint():
    assert hint_for("bsn").prior("NL_BSN") == stats.PRIOR_HINT
    assert hint_for("c1").prior("NL_BSN") == stats.PRIOR_NONE
    assert hint_for("order_no").prior("NL_BSN") == stats.PRIOR_CONTRA
    assert stats.PRIOR_CONTRA < hint_for("email").prior("NL_BSN") < stats.PRIOR_NONE


def test_dotted_json_path_uses_its_leaf():
    assert set(hint_for("customer.email").entities) == {"EMAIL_ADDRESS"}


def test_fold_name():
    assert fold_name("Téléphone_Mobile2") == ["telephone", "mobile", "2"]
