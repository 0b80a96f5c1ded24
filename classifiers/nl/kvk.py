"""NL_KVK: the Dutch Chamber of Commerce number (KvK-nummer), 8 digits, no check digit.

It identifies a business (``professional.company_id``). With no checksum, 8 random digits are as
good a KvK number as any, so a column counts only under a KvK column name (``kvk``,
``kvk_nummer``, ``kamer_van_koophandel``, ``handelsregister``): ``requires_hint``. python-stdnum has
no module for it (it has ``nl.btw`` and ``nl.bsn``, whose 11-proef RSINs also pass: see
``classifiers/names.py`` for how names keep an RSIN column from being read as BSNs).
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from classifiers.recognizer import RopaPatternRecognizer
from classifiers.spec import CellSpec


class NlKvkRecognizer(RopaPatternRecognizer):
    """KvK number: 8 digits, under a KvK name only."""

    COUNTRY_CODE = "nl"
    ENTITY = "NL_KVK"
    LANGUAGE = "nl"
    PATTERNS = [Pattern("KvK number", r"(?<![0-9])[0-9]{8}(?![0-9])", 0.05)]
    CONTEXT = ["kvk", "kvk-nummer", "kamer van koophandel", "handelsregister", "chamber of commerce"]
    CELLS = (
        CellSpec(
            candidate=r"^[0-9]{8}$",
            checksum=False,
            chance_rate=0.3,
            ceiling=0.9,
            hint_ceiling=0.95,
            method="name+pattern",
            requires_hint=True,
            charset="digits",
            length=(8, 8),
        ),
    )
