"""The normalised forms a searched identifier is looked up under (``ropa locate``); pure.

A data-subject request names a person by an email, a phone, an IBAN, a national number or a
name. The warehouses spell the same value many ways (``FR76 3000 …`` and ``FR7630001…``,
``Camille@Exemple.FR``, ``06 12 34 56 78`` and ``+33612345678``). A :class:`Lookup` says how to
bring a cell to a canonical form with operations every engine has (trim, remove a few separator
characters, change case), and which canonical forms the searched value has, so each source can
run ``WHERE normalised(col) IN (?, …)`` at the source instead of reading rows out.

Phones: the cell keeps its digits and a leading ``+``; the searched number is compared in its
E.164 form, its ``00`` international form and its national form with trunk prefix (``0612…``),
the spellings a European warehouse uses. A national form is ambiguous across countries (a Dutch
and a French number can share one); it is the searched number's own country that is used.

The searched value never leaves this object except as these forms; callers must not print them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from stdnum import iban as std_iban
from stdnum.be import nn as std_be_nn
from stdnum.fr import nir as std_nir
from stdnum.nl import bsn as std_bsn

# CLI option -> classifier entity
ENTITIES: dict[str, str] = {
    "email": "EMAIL_ADDRESS",
    "phone": "PHONE_NUMBER",
    "iban": "IBAN_CODE",
    "nir": "FR_NIR",
    "bsn": "NL_BSN",
    "be-nn": "BE_NATIONAL_NUMBER",
    "name": "PERSON",
}

_PHONE_SEPARATORS = " .-()/\u00a0"
_ID_SEPARATORS = " .-/\u00a0"
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_WS = re.compile(r"\s+")


class InvalidLookup(ValueError):
    """The searched value is not a valid value of its kind. The message never quotes it."""


@dataclass(frozen=True)
class Lookup:
    """How to match one searched value: cell normalisation and the value's canonical forms.

    ``strip``: characters removed from the cell; ``case``: ``lower``/``upper``/None applied to
    the cell (after trimming surrounding whitespace); ``forms``: the canonical forms of the
    searched value, any of which is a match.
    """

    entity: str
    forms: tuple[str, ...]
    strip: str = ""
    case: str | None = None

    def normalise_cell(self, value: object) -> str | None:
        """The cell's canonical form, as the SQL of the sources computes it (files use this)."""
        if value is None:
            return None
        text = str(value).strip()
        for char in self.strip:
            text = text.replace(char, "")
        if self.case == "lower":
            text = text.lower()
        elif self.case == "upper":
            text = text.upper()
        return text

    def matches(self, value: object, *, contains: bool = False) -> bool:
        """Whether a cell holds the value (``contains``: anywhere in a free-text cell)."""
        cell = self.normalise_cell(value)
        if cell is None:
            return False
        if contains:
            return any(form in cell for form in self.forms)
        return cell in self.forms


def prepare(option: str, value: str) -> Lookup:
    """The :class:`Lookup` for a ``--email``/``--phone``/… value; :class:`InvalidLookup` when the
    value is not valid for its kind (the message names the option, never the value)."""
    entity = ENTITIES[option]
    text = unicodedata.normalize("NFKC", value).strip()
    if not text:
        raise InvalidLookup(f"--{option} is empty")
    if entity == "EMAIL_ADDRESS":
        if not _EMAIL.fullmatch(text):
            raise InvalidLookup(f"--{option} is not an email address (name@domain.tld)")
        return Lookup(entity, (text.lower(),), case="lower")
    if entity == "PHONE_NUMBER":
        return Lookup(entity, _phone_forms(text, option), strip=_PHONE_SEPARATORS)
    if entity == "IBAN_CODE":
        return Lookup(entity, (_valid(std_iban, text, option, "an IBAN"),), strip=_ID_SEPARATORS,
                      case="upper")
    if entity == "FR_NIR":
        nir = _valid(std_nir, text, option, "a French NIR (15 characters with its key)")
        # the 13-character number without its 2-digit key names the same person
        return Lookup(entity, (nir, nir[:13]), strip=_ID_SEPARATORS, case="upper")
    if entity == "NL_BSN":
        bsn = _valid(std_bsn, text, option, "a Dutch BSN (9 digits)")
        # an integer column has lost the leading zeros
        forms = (bsn,) if not bsn.startswith("0") else (bsn, bsn.lstrip("0"))
        return Lookup(entity, forms, strip=_ID_SEPARATORS)
    if entity == "BE_NATIONAL_NUMBER":
        nn = _valid(std_be_nn, text, option, "a Belgian national number (11 digits)")
        forms = (nn,) if not nn.startswith("0") else (nn, nn.lstrip("0"))
        return Lookup(entity, forms, strip=_ID_SEPARATORS)
    # PERSON: case-insensitive, surrounding and repeated inner whitespace ignored
    return Lookup(entity, (_WS.sub(" ", text).lower(),), case="lower")


def _valid(module, text: str, option: str, what: str) -> str:
    try:
        return module.validate(text)
    except Exception:  # stdnum raises ValidationError subclasses; its messages are value-free
        raise InvalidLookup(f"--{option} is not {what}: check the digits") from None


def _phone_forms(text: str, option: str) -> tuple[str, ...]:
    import phonenumbers

    for region in ("FR", "NL", "BE", "DE", "GB"):
        try:
            parsed = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
            national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
            national = "".join(ch for ch in national if ch.isdigit())
            return tuple(dict.fromkeys((e164, "00" + e164[1:], national)))
    raise InvalidLookup(
        f"--{option} is not a valid phone number: give it with its country code (+33 6 …), or "
        "in the national format of FR, NL, BE, DE or GB"
    )
