"""Names from the wild, made safe to print: no terminal escape, no reordering, no invalid XML.

File, table and column names are chosen by whoever made the data. A name holding an ANSI escape
(``\\x1b[2J``) clears the terminal of whoever runs ``ropa check``; a right-to-left override
(U+202E) makes ``invoice_fdp.exe`` print as ``invoice_exe.pdf``; a control character makes a
JUnit report invalid XML (XML 1.0 forbids most of them) so CI drops the whole report; a file
name that is not UTF-8 arrives as lone surrogates that no encoder accepts.

Two treatments, one list of suspicious characters:

* ``printable(text)`` for people and XML: each such character becomes a visible escape
  (``\\x1b``, ``\\u202e``), so the name is still recognisable and nothing is interpreted;
* ``json_safe(text)`` for JSON documents (check ``--format json``, SARIF): the same characters as
  ``\\uXXXX`` escapes, which JSON parsers turn back into the exact name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

# C0 controls, DEL and C1 controls; bidi embeddings, overrides, isolates and marks; zero-width
# characters and the BOM; line/paragraph separators (JavaScript ends a string there);
# lone surrogates (undecodable bytes of a file name); the non-characters U+FFFE/U+FFFF.
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufffe\uffff\ud800-\udfff]"
)


# The same minus C0 controls: ``json.dumps`` escapes those inside strings, so any left in a JSON
# document are its own line breaks and indentation.
_UNSAFE_IN_JSON = re.compile(
    "[\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufffe\uffff\ud800-\udfff]"
)


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with every control, bidi, zero-width or surrogate character shown as an escape.

    >>> printable("a\\x1b[31mb\\u202ec")
    'a\\\\x1b[31mb\\\\u202ec'
    """
    return _UNSAFE.sub(_visible, text)


def json_safe(document: str) -> str:
    """A JSON document with those characters as ``\\uXXXX`` (the parsed values are unchanged).

    They can only occur inside JSON strings (the syntax itself is ASCII), where ``\\uXXXX`` is
    the standard spelling of any character; ``json.dumps`` already escapes C0 controls.
    """
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", document)


def printable_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of ``row`` with its string values (and lists of strings) made ``printable``."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        if isinstance(value, str):
            value = printable(value)
        elif isinstance(value, (list, tuple)):
            value = type(value)(printable(v) if isinstance(v, str) else v for v in value)
        out[key] = value
    return out


def printable_rows(rows: Iterable[Any]) -> list[Any]:
    """``printable_row`` over rows; strings are escaped, other items kept as they are."""
    out: list[Any] = []
    for row in rows:
        if isinstance(row, Mapping):
            out.append(printable_row(row))
        elif isinstance(row, str):
            out.append(printable(row))
        elif isinstance(row, tuple) and all(isinstance(x, str) for x in row):
            out.append(tuple(printable(x) for x in row))
        else:
            out.append(row)
    return out
