"""NL_BSN: the Dutch citizen service number (burgerservicenummer), 9 digits, 11-proef.

The 11-proef (``stdnum.nl.bsn``) passes about one random 9-digit number in eleven, so in text a bare
number is a BSN only next to a context word (``validate_result`` returns None, keeping the low
pattern score, rather than True). Leading zeros are often dropped (stdnum pads to 9 digits), and a
column stored as integers loses them too, hence ``int_widths=(9,)``.
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.nl import bsn

from classifiers.recognizer import ChecksumRecognizer
from classifiers.spec import CellSpec


class NlBsnRecognizer(ChecksumRecognizer):
    """BSN: weak pattern, 11-proef."""

    COUNTRY_CODE = "nl"
    ENTITY = "NL_BSN"
    LANGUAGE = "nl"
    PATTERNS = [
        Pattern("BSN (dotted)", r"(?<![0-9.])[0-9]{4}\.[0-9]{2}\.[0-9]{3}(?![0-9]|\.[0-9])", 0.3),
        Pattern("BSN", r"(?<![0-9])[0-9]{8,9}(?![0-9])", 0.05),
    ]
    CONTEXT = [
        "citizen", "service", "bsn",
        "burgerservicenummer", "sofinummer", "sofi", "persoonsnummer", "citoyen",
    ]
    CELLS = (
        CellSpec(
            candidate=r"^[0-9]{8,9}$",
            chance_rate=0.095,  # measured 9.4 % on random 9-digit numbers (1/11 in theory)
            int_widths=(9,),
            ceiling=0.85,  # pre-IBAN Dutch bank account numbers pass the 11-proef too
            hint_ceiling=0.99,
            charset="digits",
            length=(8, 9),
        ),
    )

    is_valid_value = staticmethod(bsn.is_valid)
    VALID_MATCH = None  # the 11-proef passes 1 number in 11: a context word must lift the match
