"""Masks keep the shape and little else; keyed hashes match formatting variants of one value."""

from __future__ import annotations

import pytest

import hashlib
import hmac

from classifiers.masking import SLOW_HASH, SMALL_SPACE, keyed_hash, mask, normalise, traces

KEY = b"test-key-0123456789"


@pytest.mark.parametrize(
    ("entity", "value", "masked"),
    [
        ("IBAN_CODE", "FR76 3000 6000 0112 3456 7890 189", "FR76 **** **** 0189"),
        ("IBAN_CODE", "nl91abna0417164300", "NL91 **** **** 4300"),
        ("EMAIL_ADDRESS", "jeanne.martin@example.fr", "j***@example.fr"),
        ("EMAIL_ADDRESS", "Jan@Example.NL", "J***@example.nl"),
        ("CREDIT_CARD", "4111 1111 1111 1111", "4*** **** **** ****"),
        ("NL_BSN", "1112.22.333", "*********"),
        ("FR_NIR", "2 95 10 99 126 111 93", "***************"),
        ("FR_SIRET", "732 829 320 00074", "***********074"),
        ("FR_SIREN", "404833048", "*******48"),
        ("BE_NATIONAL_NUMBER", "85.07.30-033.28", "***********"),
        ("VAT_NUMBER", "FR 40 303 265 045", "FR*********45"),
        ("PHONE_NUMBER", "+33 6 12 34 56 78", "+33*********"),
        ("PHONE_NUMBER", "06 12 34 56 78", "06********"),
        ("IP_ADDRESS", "198.51.100.42", "198.51.*.*"),
        ("IP_ADDRESS", "2001:db8::1", "2001:0db8:*"),
        ("DATE_OF_BIRTH", "1985-07-30", "198*-**-**"),
        ("DATE_OF_BIRTH", "30/07/1985", "198*-**-**"),
        ("PERSON", "Jeanne Martin", "J*** M***"),
        ("LOCATION", "Saint-Étienne", "S***"),
        ("POSTAL_ADDRESS", "12 rue de la Paix, 75002 Paris", "** r*** d*** l*** P***, 75*** P***"),
        ("HEALTH_DATA", "diabète", "d***"),
        ("SOMETHING_ELSE", "abcdefgh", "a*****gh"),
        ("SOMETHING_ELSE", "ab", "**"),
    ],
)
def test_mask(entity, value, masked):
    assert mask(entity, value) == masked


@pytest.mark.parametrize(
    ("entity", "value"),
    [
        ("IBAN_CODE", "FR7630006000011234567890189"),
        ("NL_BSN", "111222333"),
        ("FR_NIR", "295109912611193"),
        ("CREDIT_CARD", "4111111111111111"),
        ("BE_NATIONAL_NUMBER", "85073003328"),
        ("PHONE_NUMBER", "+33612345678"),
        ("EMAIL_ADDRESS", "jeanne.martin@example.fr"),
    ],
)
def test_mask_never_keeps_enough_to_reidentify(entity, value):
    """At most 4 significant characters of the value survive, and never more than a third."""
    masked = mask(entity, value)
    kept = [c for c in masked if c.isalnum()]
    if entity == "EMAIL_ADDRESS":
        assert masked.split("@")[0] == "j***"
        return
    significant = len([c for c in value if c.isalnum()])
    if entity == "IBAN_CODE":
        kept = kept[4:]  # country and check digits identify no account
    if entity == "PHONE_NUMBER":
        kept = kept[2:]  # country code
    assert len(kept) <= min(4, significant // 3)


@pytest.mark.parametrize(
    ("entity", "a", "b"),
    [
        ("PHONE_NUMBER", "06 12 34 56 78", "+33612345678"),
        ("PHONE_NUMBER", "0032 470 12 34 56", "+32470123456"),
        ("IBAN_CODE", "FR76 3000 6000 0112 3456 7890 189", "fr7630006000011234567890189"),
        ("NL_BSN", "1112.22.333", "111222333"),
        ("EMAIL_ADDRESS", "Jeanne.Martin@Example.fr", "jeanne.martin@example.fr"),
        ("PERSON", "Hélène  Dupont", "helene dupont"),
        ("IP_ADDRESS", "2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1"),
    ],
)
def test_keyed_hash_equal_for_formatting_variants(entity, a, b):
    assert keyed_hash(KEY, a, entity) == keyed_hash(KEY, b, entity)


def test_keyed_hash_depends_on_key_and_value():
    h = keyed_hash(KEY, "111222333", "NL_BSN")
    assert len(h) == 16 and int(h, 16) >= 0
    assert h != keyed_hash(b"another-key", "111222333", "NL_BSN")
    assert h != keyed_hash(KEY, "123456782", "NL_BSN")
    assert "111222333" not in h


@pytest.mark.parametrize("key", [b"", "text-key", None])
def test_keyed_hash_refuses_a_missing_key(key):
    with pytest.raises(ValueError, match="key"):
        keyed_hash(key, "111222333")


def test_normalise_generic_text():
    assert normalise("  Ça  VA ") == "ca va"


@pytest.mark.parametrize(
    ("entity", "value"),
    [
        ("NL_BSN", "111222333"),
        ("NL_BSN", "123456782"),
        ("FR_NIR", "295109912611193"),
        ("BE_NATIONAL_NUMBER", "85073003328"),
        ("CREDIT_CARD", "4111111111111111"),
        ("CREDIT_CARD", "5555 5555 5555 4444"),
        ("PHONE_NUMBER", "+33 6 12 34 56 78"),
        ("PHONE_NUMBER", "06 12 34 56 78"),
        ("PHONE_NUMBER", "+31 6 12345678"),
    ],
)
def test_small_value_spaces_keep_no_subscriber_digit(entity, value):
    """With a key, each digit a mask shows divides a brute force by ten: small spaces show none."""
    assert entity in SMALL_SPACE
    digits = [c for c in mask(entity, value) if c.isdigit()]
    allowed = {"PHONE_NUMBER": 2, "CREDIT_CARD": 1}.get(entity, 0)   # country code / trunk; card network
    assert len(digits) <= allowed
    if entity == "PHONE_NUMBER":
        assert mask(entity, value).rstrip("*") in {"+33", "06", "+31"}


def test_keyed_hash_is_scrypt_salted_by_key_and_entity():
    """An independent computation of the documented construction gives the same hash."""
    salt = hmac.new(KEY, b"scrypt-n14-r8-p1-v2\x00NL_BSN", hashlib.sha256).digest()
    expected = hashlib.scrypt(b"111222333", salt=salt, n=2**14, r=8, p=1, maxmem=2**26, dklen=8).hex()
    assert keyed_hash(KEY, "1112.22.333", "NL_BSN") == expected
    assert keyed_hash(KEY, "111222333", "NL_BSN") != hmac.new(KEY, b"111222333", hashlib.sha256).hexdigest()[:16]
    assert keyed_hash(KEY, "111222333", "NL_BSN") != keyed_hash(KEY, "111222333", "FR_SIREN")
    assert SMALL_SPACE <= SLOW_HASH and "IBAN_CODE" in SLOW_HASH
    # names and e-mails (not enumerable) keep the HMAC, so existing catalogs' hashes still match
    assert keyed_hash(KEY, "Jeanne Martin", "PERSON") == hmac.new(KEY, b"jeanne martin", hashlib.sha256).hexdigest()[:16]


def test_traces_are_never_aligned():
    """Examples and hashes are each sorted on their own: the input order (which pairs them) is gone."""
    values = ["111222333", "123456782", "999999990"]
    orders = [values, values[::-1], [values[1], values[2], values[0]]]
    results = {traces("NL_BSN", order, KEY) for order in orders}
    assert len(results) == 1
    examples, hashes = results.pop()
    assert list(hashes) == sorted(keyed_hash(KEY, v, "NL_BSN") for v in values)
    assert list(examples) == sorted(examples) and len(examples) == 3
    # e-mails: masks differ, yet the n-th example is not the n-th value's when hashes sort otherwise
    emails = ["a@x.fr", "b@x.fr", "c@x.fr", "d@x.fr", "e@x.fr"]
    ex, hs = traces("EMAIL_ADDRESS", emails, KEY)
    assert ex == tuple(sorted(mask("EMAIL_ADDRESS", e) for e in emails))
    assert hs == tuple(sorted(hs))
    assert hs != tuple(keyed_hash(KEY, e, "EMAIL_ADDRESS") for e in emails)   # input order not kept
    assert traces("EMAIL_ADDRESS", emails, None) == (ex, ())
