"""CREDIT_CARD: issuer (IIN) ranges by length, then the Luhn check (``stdnum.luhn``).

Presidio's ``CreditCardRecognizer`` accepts any Luhn-valid 13-19 digit run starting with 1, 3-6.
Luhn alone passes 1 random number in 10, so 16-digit batch numbers or EAN-based codes would pass
often; requiring an issuer range valid *for that length* removes most of them before the checksum
is even tried. python-stdnum has no card-scheme table, hence the one below (public IIN ranges of the
schemes accepted in Europe).
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern
from stdnum import luhn

from classifiers.recognizer import ChecksumRecognizer
from classifiers.spec import CellSpec

# (lowest prefix, highest prefix, allowed lengths, scheme); prefixes of one row have equal width.
IIN_RANGES: tuple[tuple[str, str, tuple[int, ...], str], ...] = (
    ("4", "4", (13, 16, 19), "visa"),
    ("51", "55", (16,), "mastercard"),
    ("2221", "2720", (16,), "mastercard"),
    ("34", "34", (15,), "amex"),
    ("37", "37", (15,), "amex"),
    ("300", "305", (14,), "diners"),
    ("36", "36", (14,), "diners"),
    ("38", "39", (14,), "diners"),
    ("6011", "6011", (16, 17, 18, 19), "discover"),
    ("644", "649", (16, 17, 18, 19), "discover"),
    ("65", "65", (16, 17, 18, 19), "discover"),
    ("3528", "3589", (16, 17, 18, 19), "jcb"),
    ("62", "62", (16, 17, 18, 19), "unionpay"),
    ("2200", "2204", (16,), "mir"),
    ("5018", "5018", tuple(range(12, 20)), "maestro"),
    ("5020", "5020", tuple(range(12, 20)), "maestro"),
    ("5038", "5038", tuple(range(12, 20)), "maestro"),
    ("5893", "5893", tuple(range(12, 20)), "maestro"),
    ("6304", "6304", tuple(range(12, 20)), "maestro"),
    ("6759", "6759", tuple(range(12, 20)), "maestro"),
    ("6761", "6763", tuple(range(12, 20)), "maestro"),
)

# The same table as one RE2 pattern over the compact digits (kept in step with IIN_RANGES by
# tests/classifiers/test_recognizers.py::test_iin_regex_agrees_with_table).
IIN_RE2 = (
    r"^(?:"
    r"4(?:[0-9]{12}|[0-9]{15}|[0-9]{18})"
    r"|5[1-5][0-9]{14}"
    r"|2(?:22[1-9]|2[3-9][0-9]|[3-6][0-9]{2}|7[01][0-9]|720)[0-9]{12}"
    r"|3[47][0-9]{13}"
    r"|3(?:0[0-5]|[689][0-9])[0-9]{11}"
    r"|6(?:011|4[4-9][0-9]|5[0-9]{2})[0-9]{12,15}"
    r"|35(?:2[89]|[3-8][0-9])[0-9]{12,15}"
    r"|62[0-9]{14,17}"
    r"|220[0-4][0-9]{12}"
    r"|(?:5018|5020|5038|5893|6304|6759|676[1-3])[0-9]{8,15}"
    r")$"
)

_SEP = re.compile(r"[\s\-.]")


def issuer(digits: str) -> str | None:
    """The card scheme whose IIN range and length fit ``digits``, else None."""
    for low, high, lengths, scheme in IIN_RANGES:
        if len(digits) in lengths and low <= digits[: len(low)] <= high:
            return scheme
    return None


class CardRecognizer(ChecksumRecognizer):
    """Payment card numbers (PAN): IIN range for the length, then Luhn."""

    ENTITY = "CREDIT_CARD"
    PATTERNS = [
        Pattern("Card (grouped)", r"(?<![0-9])[2-6][0-9]{3}(?:[ \-][0-9]{4}){2}[ \-][0-9]{1,7}(?![0-9])", 0.3),
        Pattern("Card (amex grouped)", r"(?<![0-9])3[47][0-9]{2}[ \-][0-9]{6}[ \-][0-9]{5}(?![0-9])", 0.3),
        Pattern("Card (plain)", r"(?<![0-9])[2-6][0-9]{11,18}(?![0-9])", 0.2),
    ]
    CONTEXT = [
        "card", "credit", "debit", "visa", "mastercard", "amex", "maestro", "pan",
        "carte", "bancaire", "cb", "paiement",
        "kaart", "creditcard", "betaalkaart", "pinpas",
    ]
    CELLS = (
        CellSpec(
            candidate=IIN_RE2, chance_rate=0.1, ceiling=0.95, hint_ceiling=0.99,
            charset="digits", length=(12, 19),
        ),
    )

    @staticmethod
    def is_valid_value(value: str) -> bool:  # noqa: D102
        digits = _SEP.sub("", value)
        return digits.isdigit() and issuer(digits) is not None and luhn.is_valid(digits)
