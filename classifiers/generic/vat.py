"""VAT_NUMBER: EU VAT identification numbers, FR / NL / BE in text, all EU states in columns.

Validation is python-stdnum's: ``stdnum.eu.vat`` dispatches on the country prefix to
``stdnum.fr.tva``, ``stdnum.nl.btw``, ``stdnum.be.vat``... A Belgian enterprise number is the VAT
number without its ``BE`` prefix and is commonly written so (``0403.019.261``); it is accepted
unprefixed, everything else needs the prefix (an unprefixed French number is just a SIREN).
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern
from stdnum.be import vat as be_vat
from stdnum.eu import vat as eu_vat

from classifiers.recognizer import ChecksumRecognizer
from classifiers.spec import CellSpec

_SEP = re.compile(r"[\s.\-]")
_PREFIXES = "AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI"


class VatRecognizer(ChecksumRecognizer):
    """VAT numbers; stdnum checks each country's checksum."""

    ENTITY = "VAT_NUMBER"
    PATTERNS = [
        Pattern("VAT FR", r"(?<![A-Z0-9])FR[ ]?[0-9A-HJ-NP-Z]{2}[ ]?[0-9]{3}[ ]?[0-9]{3}[ ]?[0-9]{3}(?![0-9])", 0.5),
        Pattern("VAT NL", r"(?<![A-Z0-9])NL[ ]?[0-9]{9}[ ]?B[ ]?[0-9]{2}(?![0-9])", 0.5),
        Pattern("VAT BE", r"(?<![A-Z0-9])BE[ ]?[01]?[0-9]{3}[ .]?[0-9]{3}[ .]?[0-9]{3}(?![0-9])", 0.5),
        Pattern("BE enterprise number", r"(?<![0-9.])[01][0-9]{3}\.[0-9]{3}\.[0-9]{3}(?![0-9])", 0.2),
    ]
    CONTEXT = [
        "vat", "tax", "company",
        "tva", "intracommunautaire", "numéro", "entreprise", "société",
        "btw", "btw-nummer", "ondernemingsnummer", "omzetbelasting", "kbo", "bce",
    ]
    CELLS = (
        CellSpec(
            candidate=rf"(?i)^(?:(?:{_PREFIXES})[0-9A-Z+*]{{2,13}}|[01][0-9]{{9}})$",
            chance_rate=0.1,  # worst case over formats: the NL and DE checks are mod 11
            ceiling=0.95,
            hint_ceiling=0.99,
            charset="alnum",
            length=(8, 16),
        ),
    )

    @staticmethod
    def is_valid_value(value: str) -> bool:  # noqa: D102
        compact = _SEP.sub("", value).upper()
        if compact[:1].isdigit():
            return len(compact) == 10 and be_vat.is_valid(compact)
        return eu_vat.is_valid(compact)
