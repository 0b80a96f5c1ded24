"""The one place that turns names into SQL text.

Table, column and file names come from the wild (quotes, semicolons, spaces, unicode). They reach
SQL only through :func:`quote_identifier` or :func:`quote_literal`, never through an f-string of the
raw name (sqlite-utils keeps a single ``quote_identifier`` for the same reason). Values go through
driver parameters wherever the statement allows one; these helpers are for the places it does not
(identifiers, and table functions such as ``read_csv('path')`` whose argument must be a constant).

>>> quote_identifier('we"ird; name')
'"we""ird; name"'
>>> qualified("main", "Orders")
'"main"."Orders"'
>>> quote_literal("it's.csv")
"'it''s.csv'"
>>> quote_mysql_identifier("we`ird; name")
'`we``ird; name`'
"""

from __future__ import annotations


def quote_identifier(name: str) -> str:
    """Quote ``name`` as a SQL identifier (DuckDB, SQLite and PostgreSQL share the rule)."""
    if "\x00" in name:
        raise ValueError("identifier contains a NUL byte")
    return '"' + name.replace('"', '""') + '"'


def quote_mysql_identifier(name: str) -> str:
    """Quote ``name`` as a MySQL / MariaDB identifier: backticks, inner backticks doubled.

    MySQL reads ``"x"`` as a string unless ``ANSI_QUOTES`` is set, so its names take backticks.
    A name may not end with a space in MySQL, but quoting is not the place to reject it: the
    server refuses such a name itself, and it cannot exist in the database being read.
    """
    if "\x00" in name:
        raise ValueError("identifier contains a NUL byte")
    return "`" + name.replace("`", "``") + "`"


def qualified(*parts: str) -> str:
    """``schema.table`` (or ``catalog.schema.table``) with every part quoted."""
    return ".".join(quote_identifier(p) for p in parts)


def quote_literal(value: str) -> str:
    """Quote ``value`` as a SQL string literal, for the few places that take no parameter."""
    if "\x00" in value:
        raise ValueError("literal contains a NUL byte")
    return "'" + value.replace("'", "''") + "'"
