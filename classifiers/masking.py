"""Masked examples and keyed hashes: the only traces of values a finding may carry.

A privacy team reviewing a finding wants to *see* that ``FR76 **** **** 0189`` is an IBAN without
the catalog becoming a second copy of the bank details. ``mask`` keeps the shape and at most the last
four significant characters of an identifier (fewer for short ones), the first letter of a name, the
domain of an email, the decade of a birth date: enough to recognise the kind of value, never enough
to re-identify a person. Identifiers from small value spaces (BSN, NIR, Belgian national number,
phone, card) keep *no* subscriber digit: with a key, each revealed digit divides a brute force by ten.

``keyed_hash`` lets the catalog say "the same BSN sits in these two tables" without storing the
BSN. Its threat model (README, "Keyed hashes"): a 9-digit BSN has ~10^8 valid values, so a hash is
only safe if every guess is expensive *and* needs a secret that does not travel with the catalog.
So for entities a computer enumerates (:data:`SLOW_HASH`: national numbers, phones, cards, IBANs,
birth dates, IP addresses, company numbers) the hash is scrypt (memory-hard, stdlib ``hashlib``) of
the value's normalised form, salted with an HMAC of the organisation's key and the entity: without
the key nothing can be tried; with it, each guess costs one scrypt (16 MiB, tens of milliseconds)
instead of one HMAC (a microsecond). Names, emails, addresses and free text keep the HMAC-SHA256 of
before: their space is not enumerable, and an HMAC keeps the hashes of existing catalogs valid.
Only a few values per finding are hashed (its examples), never every row, so scans stay fast.

``traces`` returns examples and hashes each sorted on its own: the n-th hash is not the n-th
example's, so a masked example's visible characters never narrow the search for "its" hash.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import re
import unicodedata
from functools import lru_cache
from typing import Iterable

_SEP = re.compile(r"[\s.\-/()\u00a0]+")
_WS = re.compile(r"\s+")
_DIGITS = re.compile(r"\d")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")

IDENTIFIERS = frozenset(
    {"FR_NIR", "NL_BSN", "BE_NATIONAL_NUMBER", "FR_SIREN", "FR_SIRET", "VAT_NUMBER", "NL_KVK", "BE_ENTERPRISE_NUMBER"}
)
_WORDY = frozenset({"PERSON", "LOCATION", "HEALTH_DATA"})
# Personal identifiers whose value space a computer enumerates: their masks keep no subscriber digit.
SMALL_SPACE = frozenset({"NL_BSN", "FR_NIR", "BE_NATIONAL_NUMBER", "PHONE_NUMBER", "CREDIT_CARD"})
# Entities whose values can be enumerated (or nearly: an IBAN is a bank code and an account number):
# hashed with scrypt, so that a guess costs real time even to someone holding the key.
SLOW_HASH = SMALL_SPACE | {"IBAN_CODE", "DATE_OF_BIRTH", "IP_ADDRESS", "FR_SIREN", "FR_SIRET", "VAT_NUMBER"}

# scrypt cost (RFC 7914 interactive parameters): 2^14 x 128 x 8 bytes = 16 MiB per guess.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
HASH_SCHEME = "scrypt-n14-r8-p1-v2"   # salt domain: change it and every hash changes


def _compact(value: str) -> str:
    return _SEP.sub("", value).upper()


def _tail(compact: str, most: int = 4) -> str:
    """At most ``most`` trailing characters, and never more than a quarter of the value."""
    keep = min(most, len(compact) // 4)
    return ("*" * (len(compact) - keep)) + (compact[-keep:] if keep else "")


def _word(token: str) -> str:
    return token[0] + "***" if token and token[0].isalpha() else "***"


def _mask_email(value: str) -> str:
    local, _, domain = value.rpartition("@")
    if not local or not domain:
        return _mask_default(value)
    return f"{local[0]}***@{domain.lower()}"


def _mask_iban(value: str) -> str:
    compact = _compact(value)
    if len(compact) < 12:
        return _mask_default(value)
    return f"{compact[:4]} **** **** {compact[-4:]}"


def _mask_card(value: str) -> str:
    """The network digit only (4 Visa, 5 Mastercard…): the last four would leave ~10^5 guesses per BIN."""
    compact = _compact(value)
    if len(compact) < 12:
        return "*" * len(compact)
    return f"{compact[0]}*** **** **** ****"


def _mask_phone(value: str) -> str:
    """The country code or trunk prefix (``+33``, ``06``) and the length; no subscriber digit."""
    compact = _SEP.sub("", value)
    if len(compact) < 6:
        return "*" * len(compact)
    head = 3 if compact.startswith("+") else 2
    return compact[:head] + "*" * (len(compact) - head)


def _mask_identifier(entity: str, value: str) -> str:
    compact = _compact(value)
    prefix = ""
    if entity == "VAT_NUMBER" and compact[:2].isalpha():
        prefix, compact = compact[:2], compact[2:]
    if entity in SMALL_SPACE:
        return "*" * len(compact)
    return prefix + _tail(compact)


def _mask_ip(value: str) -> str:
    text = value.strip()
    try:
        address = ipaddress.ip_address(text.split("/")[0].split("%")[0])
    except ValueError:
        return _mask_default(value)
    if address.version == 4:
        octets = str(address).split(".")
        return f"{octets[0]}.{octets[1]}.*.*"
    groups = address.exploded.split(":")
    return f"{groups[0]}:{groups[1]}:*"


def _mask_date(value: str) -> str:
    match = _YEAR.search(value)
    if not match:
        return "****-**-**"
    return f"{match.group(1)[:3]}*-**-**"


def _mask_words(value: str) -> str:
    return " ".join(_word(token) for token in _WS.split(value.strip()) if token)


def _mask_address(value: str) -> str:
    out = []
    for token in _WS.split(value.strip()):
        if not token:
            continue
        core = token.rstrip(",;")
        tail = token[len(core):]
        if core.isdigit() and len(core) in (4, 5):
            out.append(core[:2] + "*" * (len(core) - 2) + tail)  # postcode: region only
        elif _DIGITS.search(core):
            out.append("**" + tail)  # house number, box, NL postcode digits
        else:
            out.append(_word(core) + tail)
    return " ".join(out)


def _mask_default(value: str) -> str:
    text = value.strip()
    if len(text) <= 2:
        return "**"
    keep = min(2, len(text) // 4)
    return text[0] + "*" * (len(text) - 1 - keep) + (text[-keep:] if keep else "")


def mask(entity: str, value: object) -> str:
    """Mask one value of ``entity`` for display in a finding.

    >>> mask("IBAN_CODE", "FR76 3000 6000 0112 3456 7890 189")
    'FR76 **** **** 0189'
    >>> mask("EMAIL_ADDRESS", "jeanne.martin@example.fr")
    'j***@example.fr'
    >>> mask("NL_BSN", "111222333")
    '*********'
    >>> mask("PERSON", "Jeanne Martin")
    'J*** M***'
    >>> mask("DATE_OF_BIRTH", "1985-07-30")
    '198*-**-**'
    """
    text = str(value)
    if entity == "EMAIL_ADDRESS":
        return _mask_email(text)
    if entity == "IBAN_CODE":
        return _mask_iban(text)
    if entity == "CREDIT_CARD":
        return _mask_card(text)
    if entity == "PHONE_NUMBER":
        return _mask_phone(text)
    if entity in IDENTIFIERS:
        return _mask_identifier(entity, text)
    if entity == "IP_ADDRESS":
        return _mask_ip(text)
    if entity == "DATE_OF_BIRTH":
        return _mask_date(text)
    if entity == "POSTAL_ADDRESS":
        return _mask_address(text)
    if entity in _WORDY:
        return _mask_words(text)
    return _mask_default(text)


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalise(value: object, entity: str | None = None) -> str:
    """The form of a value that is hashed: equal for the formatting variants of one value.

    Phone numbers become E.164 when phonenumbers can parse them (FR, then NL, then BE national
    formats, then GB); emails are case-folded; identifiers and IBANs lose separators and case; names and
    other text lose accents, case and repeated whitespace.
    """
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if entity == "PHONE_NUMBER":
        import phonenumbers  # local: phonenumbers' metadata import is not free

        # phonenumbers scans its whole input before refusing one too long (superlinear on a
        # 50,000-character cell); no phone number written out runs past 64 characters.
        for region in ("FR", "NL", "BE", "GB") if len(text) <= 64 else ():
            try:
                parsed = phonenumbers.parse(text, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(parsed):
                return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
        return _SEP.sub("", text)
    if entity == "EMAIL_ADDRESS":
        return text.casefold()
    if entity in IDENTIFIERS or entity in ("IBAN_CODE", "CREDIT_CARD"):
        return _compact(text)
    if entity == "IP_ADDRESS":
        try:
            return str(ipaddress.ip_address(text))
        except ValueError:
            return text.lower()
    return _WS.sub(" ", _strip_accents(text).casefold())


@lru_cache(maxsize=4096)
def _salt(key: bytes, entity: str) -> bytes:
    return hmac.new(key, f"{HASH_SCHEME}\x00{entity}".encode(), hashlib.sha256).digest()


@lru_cache(maxsize=65536)
def _slow_hash(key: bytes, entity: str, normalised: str) -> str:
    # Cached: one value seen in many columns or scans of one process costs one scrypt.
    digest = hashlib.scrypt(normalised.encode("utf-8"), salt=_salt(key, entity), n=SCRYPT_N, r=SCRYPT_R,
                            p=SCRYPT_P, maxmem=64 * 1024 * 1024, dklen=8)
    return digest.hex()


def keyed_hash(key: bytes, value: object, entity: str | None = None) -> str:
    """Hex, 16 characters (64 bits): scrypt salted by ``key`` and ``entity`` for :data:`SLOW_HASH`
    entities, else HMAC-SHA256 under ``key``; both over the normalised value.

    64 bits keep collisions negligible for the sizes of tables we scan (and leave no ambiguity to
    hide behind: 10^8 BSNs in 2^64 hashes); the cost of a guess, not truncation, is the defence.
    Passing ``entity`` selects the entity's normalisation (see :func:`normalise`).

    >>> keyed_hash(b"k" * 16, "06 12 34 56 78", "PHONE_NUMBER") == keyed_hash(b"k" * 16, "+33612345678", "PHONE_NUMBER")
    True
    """
    if not isinstance(key, (bytes, bytearray)) or not key:
        raise ValueError(
            "keyed_hash needs a non-empty bytes key; an unkeyed hash of a short identifier can be "
            "reversed by brute force. Pass the organisation's hash key (bytes)."
        )
    normalised = normalise(value, entity)
    if entity in SLOW_HASH:
        return _slow_hash(bytes(key), entity, normalised)
    return hmac.new(bytes(key), normalised.encode("utf-8"), hashlib.sha256).hexdigest()[:16]


def traces(entity: str, values: Iterable[object], key: bytes | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Masked examples and keyed hashes of ``values``, each sorted independently (never aligned).

    Stored side by side in input order, the n-th example would tell which hash ends in ``33``; sorted
    apart, the order of one list says nothing about the other.
    """
    chosen = list(values)
    examples = tuple(sorted(mask(entity, v) for v in chosen))
    hashes = tuple(sorted(keyed_hash(key, v, entity) for v in chosen)) if key else ()
    return examples, hashes
