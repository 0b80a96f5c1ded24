"""BE_NATIONAL_NUMBER: the Belgian national register number (rijksregisternummer, NISS).

YYMMDD + a 3-digit counter + a mod-97 key computed over the 9 digits, or over ``2`` followed by them
for people born in 2000 or later; ``stdnum.be.nn`` tries both and checks the date. Integer columns
lose the leading zero of 2000-2009 births, hence ``int_widths=(11,)``.
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.be import nn

from classifiers.recognizer import ChecksumRecognizer
from classifiers.spec import CellSpec


class BeNationalNumberRecognizer(ChecksumRecognizer):
    """Belgian national number: weak pattern, ``stdnum.be.nn`` checksum and date."""

    COUNTRY_CODE = "be"
    ENTITY = "BE_NATIONAL_NUMBER"
    LANGUAGE = "fr"
    PATTERNS = [
        Pattern(
            "BE national number",
            r"(?<![0-9])[0-9]{2}[.\- ]?[0-9]{2}[.\- ]?[0-9]{2}[.\- ]?[0-9]{3}[.\- ]?[0-9]{2}(?![0-9])",
            0.3,
        ),
    ]
    CONTEXT = [
        "national", "register", "registry",
        "registre", "niss", "numéro",
        "rijksregister", "rijksregisternummer", "insz", "identificatienummer",
    ]
    CELLS = (
        CellSpec(
            candidate=r"^[0-9]{11}$",
            # mod 97 tried for two centuries: 2/97, an upper bound; uniform random digits pass
            # only 0.14 % because most do not start with a valid date.
            chance_rate=2 / 97,
            int_widths=(11,),
            ceiling=0.97,
            hint_ceiling=0.995,
            charset="digits",
            length=(11, 11),
        ),
    )

    is_valid_value = staticmethod(nn.is_valid)
