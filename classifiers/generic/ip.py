"""IP_ADDRESS: IPv4 and IPv6, validated by the standard library's ``ipaddress``."""

from __future__ import annotations

import ipaddress

from presidio_analyzer import Pattern

from classifiers.recognizer import ChecksumRecognizer
from classifiers.spec import CellSpec

_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
_H = r"[0-9A-Fa-f]{1,4}"


class IpRecognizer(ChecksumRecognizer):
    """IPv4 dotted quads and IPv6 (full or ``::``-compressed) addresses."""

    ENTITY = "IP_ADDRESS"
    PATTERNS = [
        Pattern("IPv4", rf"(?<![0-9.]){_OCTET}(?:\.{_OCTET}){{3}}(?:/[0-9]{{1,2}})?(?![0-9]|\.[0-9])", 0.5),
        # Presidio's IPv6 alternatives, bounded; ipaddress does the real check.
        Pattern(
            "IPv6",
            rf"(?<![\w:])(?:(?:{_H}:){{7}}{_H}|(?:{_H}:){{1,7}}:|(?:{_H}:){{1,6}}:{_H}"
            rf"|(?:{_H}:){{1,5}}(?::{_H}){{1,2}}|(?:{_H}:){{1,4}}(?::{_H}){{1,3}}"
            rf"|(?:{_H}:){{1,3}}(?::{_H}){{1,4}}|(?:{_H}:){{1,2}}(?::{_H}){{1,5}}"
            rf"|{_H}:(?::{_H}){{1,6}}|:(?::{_H}){{1,7}})(?![\w:])",
            0.5,
        ),
    ]
    CONTEXT = ["ip", "address", "host", "client", "remote", "adresse", "adres", "ipv4", "ipv6"]
    CELLS = (
        CellSpec(
            candidate=(
                r"^[0-9]{1,3}(\.[0-9]{1,3}){3}(/[0-9]{1,2})?$"
                r"|^[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7}(%[0-9A-Za-z]{1,16})?(/[0-9]{1,3})?$"
            ),
            compact=False,
            chance_rate=0.3,
            ceiling=0.95,
            hint_ceiling=0.99,
            method="pattern+parse",
            length=(3, 50),
        ),
    )

    @staticmethod
    def is_valid_value(value: str) -> bool:
        """A parseable address; IPv6 must contain a colon pair or a group (not "12:30")."""
        text = value.strip().split("/")[0]
        try:
            address = ipaddress.ip_address(text)
        except ValueError:
            return False
        return address.version == 4 or text.count(":") >= 2
