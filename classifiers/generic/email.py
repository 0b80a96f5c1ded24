"""EMAIL_ADDRESS: a strict pattern, no network look-up.

Presidio's own ``EmailRecognizer`` validates the domain with tldextract, which downloads the public
suffix list on first use; ropa must run offline, so the domain is checked by shape only (labels of
letters, digits and inner hyphens, a 2-24 letter top-level label).
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from classifiers.recognizer import ChecksumRecognizer
from classifiers.spec import CellSpec

_LOCAL = r"[A-Za-z0-9._%+'\-]{1,64}"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
_DOMAIN = rf"(?:{_LABEL}\.){{1,8}}[A-Za-z]{{2,24}}"
_FULL = re.compile(rf"{_LOCAL}@{_DOMAIN}")


class EmailRecognizer(ChecksumRecognizer):
    """Email addresses; ``validate_result`` rejects dot runs and leading/trailing dots."""

    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = [
        Pattern("Email", rf"(?<![\w.%+'\-]){_LOCAL}@{_DOMAIN}(?![\w\-])", 0.6),
    ]
    CONTEXT = ["email", "e-mail", "mail", "courriel", "adresse", "emailadres", "mailadres"]
    CELLS = (
        CellSpec(
            candidate=rf"^{_LOCAL}@{_DOMAIN}$",
            checksum=True,  # the cheap regex is RE2; the dot rules need a look at the local part
            compact=False,
            chance_rate=0.001,
            ceiling=0.98,
            hint_ceiling=0.99,
            method="pattern",
            literal="@",
            length=(6, 254),
        ),
    )

    @staticmethod
    def is_valid_value(value: str) -> bool:
        """Whole value is one well-formed address."""
        text = value.strip()
        if not _FULL.fullmatch(text):
            return False
        local = text.rpartition("@")[0]
        return not (local.startswith(".") or local.endswith(".") or ".." in local)
