"""Masked examples and keyed hashes: the only traces of values a finding may carry.

A privacy team reviewing a finding wants to *see* that ``FR76 **** **** 0189`` is an IBAN without
the catalog becoming a second copy of the bank details. ``mask`` keeps the shape and at most the last
four significant characters of an identifier (fewer for short ones), the first letter of a name, the
domain of an email, the decade of a birth date: enough to recognise the kind of value, never enough
to re-identify a person.

``keyed_hash`` lets the catalog say "the same BSN sits in these two tables" without storing the
BSN: an HMAC-SHA256 with an organisation-held key over the value's normalised form (so
``06 12 34 56 78`` and ``+33612345678`` hash alike). Without the key, a hash of a 9-digit number
could be reversed by trying all 10^9 numbers; with it, it cannot.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import re
import unicodedata

_SEP = re.compile(r"[\s.\-/()\u00a0]+")
_WS = re.compile(r"\s+")
_DIGITS = re.compile(r"\d")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")

IDENTIFIERS = frozenset(
    {"FR_NIR", "NL_BSN", "BE_NATIONAL_NUMBER", "FR_SIREN", "FR_SIRET", "VAT_NUMBER"}
)
_WORDY = frozenset({"PERSON", "LOCATION", "HEALTH_DATA"})


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
    compact = _compact(value)
    if len(compact) < 12:
        return _mask_default(value)
    return f"**** **** **** {compact[-4:]}"


def _mask_phone(value: str) -> str:
    compact = _SEP.sub("", value)
    if len(compact) < 6:
        return "*" * len(compact)
    head = 3 if compact.startswith("+") else 2
    return compact[:head] + "*" * (len(compact) - head - 2) + compact[-2:]


def _mask_identifier(entity: str, value: str) -> str:
    compact = _compact(value)
    prefix = ""
    if entity == "VAT_NUMBER" and compact[:2].isalpha():
        prefix, compact = compact[:2], compact[2:]
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
    '*******33'
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

        for region in ("FR", "NL", "BE", "GB"):
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


def keyed_hash(key: bytes, value: object, entity: str | None = None) -> str:
    """HMAC-SHA256 of the normalised value under ``key``, hex, first 16 characters (64 bits).

    64 bits keep collisions negligible for the sizes of tables we scan while keeping findings
    compact. Passing ``entity`` selects the entity's normalisation (see :func:`normalise`).

    >>> keyed_hash(b"k", "06 12 34 56 78", "PHONE_NUMBER") == keyed_hash(b"k", "+33612345678", "PHONE_NUMBER")
    True
    """
    if not isinstance(key, (bytes, bytearray)) or not key:
        raise ValueError(
            "keyed_hash needs a non-empty bytes key; an unkeyed hash of a short identifier can be "
            "reversed by brute force. Pass the organisation's hash key (bytes)."
        )
    digest = hmac.new(bytes(key), normalise(value, entity).encode("utf-8"), hashlib.sha256)
    return digest.hexdigest()[:16]
