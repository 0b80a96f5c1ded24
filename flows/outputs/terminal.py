"""Fitting output to where it goes: a terminal of some width, or a pipe.

A table is for a person at a terminal: it takes the terminal's width
(:func:`shutil.get_terminal_size`, which honours ``COLUMNS``) and folds long cells rather than
letting lines wrap into a mess. A pipe gets what programs read best: one record per line, no
padding, no box (the commands pick tab-separated or CSV output when stdout is not a terminal).
"""

from __future__ import annotations

import io
import shutil
import sys
from typing import Sequence, TextIO

#: Width used when the terminal cannot tell (no tty, no ``COLUMNS``).
DEFAULT_WIDTH = 100
#: Narrower than this a table cannot show its columns at all; fold into this many anyway.
MIN_WIDTH = 40
#: Narrowest useful table column; below it :func:`rich_table` shows one block per row.
MIN_COLUMN = 8


def terminal_width(default: int = DEFAULT_WIDTH) -> int:
    """Columns of the terminal (``COLUMNS`` first, then the tty), at least :data:`MIN_WIDTH`."""
    return max(MIN_WIDTH, shutil.get_terminal_size((default, 24)).columns)


def interactive(stream: TextIO | None = None) -> bool:
    """True when ``stream`` (default stdout) is a terminal a person reads, False for a pipe or file."""
    stream = stream if stream is not None else sys.stdout
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def rich_table(columns: Sequence[str], rows: Sequence[Sequence[str]], *, width: int,
               title: str | None = None, caption: str | None = None, right: set[int] = frozenset(),
               ) -> str:
    """A boxed table no wider than ``width``: long cells fold inside their column.

    When the columns cannot each get :data:`MIN_COLUMN` characters (a wide query on a narrow
    terminal), one block per row instead, ``name │ value`` lines (psql's ``\\x``): folding
    thirteen columns into four characters each would fit and say nothing.
    """
    if columns and len(columns) * (MIN_COLUMN + 3) + 1 > width:
        return records(columns, rows, width=width, title=title, caption=caption)
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, caption=caption, show_lines=False)
    for i, name in enumerate(columns):
        table.add_column(name, justify="right" if i in right else "left", overflow="fold")
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))   # Text: a name like "[/x]" is not rich markup
    buf = io.StringIO()
    Console(file=buf, width=width, color_system=None, force_terminal=False, highlight=False).print(table)
    return buf.getvalue()


def tsv(columns: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Tab-separated lines with a header: what ``cut``, ``awk`` and spreadsheets read. Tabs and
    newlines inside a cell become spaces, so one line is always one record."""
    def clean(cell: str) -> str:
        return cell.replace("\t", " ").replace("\r", " ").replace("\n", " ")

    return "".join("\t".join(clean(c) for c in line) + "\n" for line in [list(columns), *rows])


def records(columns: Sequence[str], rows: Sequence[Sequence[str]], *, width: int,
            title: str | None = None, caption: str | None = None) -> str:
    """One block per row, ``name │ value``, values wrapped to ``width`` under their column."""
    import textwrap

    label = min(max((len(c) for c in columns), default=0), width // 3)
    room = max(10, width - label - 3)
    out = [title] if title else []
    for n, row in enumerate(rows, 1):
        head = f"─[ {n} ]"
        out.append(head + "─" * max(0, width - len(head)))
        for name, cell in zip(columns, row):
            lines = textwrap.wrap(cell, room, break_long_words=True, break_on_hyphens=False) or [""]
            shown = name if len(name) <= label else name[: label - 1] + "…"
            out.append(f"{shown.ljust(label)} │ {lines[0]}")
            out.extend(f"{'':{label}} │ {more}" for more in lines[1:])
    if caption:
        out.append(caption)
    return "\n".join(out) + "\n"
