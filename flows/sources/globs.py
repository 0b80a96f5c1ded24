"""``--include`` / ``--exclude`` globs, one rule for every source.

Patterns are shell-style (``fnmatch``) and case-sensitive, matched against the asset name
(``schema.table``, a path relative to the scanned folder, ``book.xlsx#Sheet1``) and, for
spreadsheet sheets, against the file's path too, so ``*.xlsx`` selects every sheet. ``*`` also
crosses ``/`` (``*.csv`` matches ``2024/jan.csv``), and a leading ``**/`` matches zero or more
folders, so ``**/x.csv`` also matches a top-level ``x.csv``. An asset is kept when it matches
some include pattern (or none are given) and no exclude pattern.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from fnmatch import fnmatchcase


def _matches(candidates: Iterable[str], pattern: str) -> bool:
    patterns = [pattern]
    stripped = pattern
    while stripped.startswith("**/"):
        stripped = stripped[3:]
        patterns.append(stripped)
    return any(fnmatchcase(c, p) for c in candidates for p in patterns)


def selected(
    name: str,
    include: Sequence[str] | None,
    exclude: Sequence[str] | None,
    *,
    also: Sequence[str] = (),
) -> bool:
    """Whether the asset called ``name`` (also known as ``also``) passes the globs."""
    candidates = (name, *also)
    if include and not any(_matches(candidates, p) for p in include):
        return False
    return not (exclude and any(_matches(candidates, p) for p in exclude))
