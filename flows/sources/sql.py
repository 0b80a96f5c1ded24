"""The one place where the DuckDB and SQLite readers turn names from the wild into SQL text.

Table, column and schema names come from users' databases and files: quotes, semicolons,
spaces, unicode. They are always quoted here (sqlite-utils' single ``quote_identifier``), values
are always bound as parameters, and nothing else in ``flows/sources`` builds an identifier by
hand. PostgreSQL uses ``psycopg.sql.Identifier`` instead, which does the same on the server's
terms. The quoting rule itself is ``catalog/sql.py``'s; this module only turns its refusal of a
NUL byte into a source error.

DuckDB folds identifiers case-insensitively even when they are quoted, so callers keep the
original spelling as data (``Asset.location``, result column names) and never re-derive a name
from SQL text.
"""

from __future__ import annotations

from catalog import sql as catalog_sql
from flows.sources.errors import SourceReadError

# Date shapes tried, in order, on text columns. Day-first before month-first: ropa reads European
# data, where 05/01/2024 is the 5th of January. ISO is tried first by a plain cast.
TEXT_DATE_FORMATS: tuple[str, ...] = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d", "%Y%m%d", "%d/%m/%y")

# Numbers in this range are read as Unix epoch seconds (1973..5138), above it as milliseconds.
_EPOCH_SECONDS = (100_000_000, 100_000_000_000)
_EPOCH_MILLIS = (100_000_000_000, 100_000_000_000_000)


def quote_identifier(name: str) -> str:
    """``name`` as a double-quoted SQL identifier, inner quotes doubled.

    >>> quote_identifier('we;ird "name')
    '"we;ird ""name"'

    NUL cannot be represented in an identifier by any of our engines, so it is refused rather
    than silently truncated (a truncated name could point at another table).
    """
    try:
        return catalog_sql.quote_identifier(name)
    except ValueError:
        raise SourceReadError(
            "a table or column name contains a NUL character; it cannot be quoted safely: "
            "rename it in the source"
        ) from None


def quote_mysql_identifier(name: str) -> str:
    """``name`` in MySQL's backticks (``catalog.sql``'s rule); a NUL byte is a source error.

    >>> quote_mysql_identifier("we`ird")
    '`we``ird`'
    """
    try:
        return catalog_sql.quote_mysql_identifier(name)
    except ValueError:
        raise SourceReadError(
            "a table or column name contains a NUL character; it cannot be quoted safely: "
            "rename it in the source"
        ) from None


def qualified_name(*parts: str) -> str:
    """``schema.table`` (or any dotted path) with every part quoted.

    >>> qualified_name("Sales Ops", "we;ird")
    '"Sales Ops"."we;ird"'
    """
    return ".".join(quote_identifier(part) for part in parts)


def string_literal(value: str) -> str:
    """A single-quoted SQL string literal, for the rare statement that takes no parameters.

    >>> string_literal("l'été")
    "'l''été'"
    """
    if "\x00" in value:
        raise SourceReadError("a string contains a NUL character and cannot be written as SQL text")
    return "'" + value.replace("'", "''") + "'"


def text_day_sql(expr: str) -> str:
    """DuckDB SQL turning text ``expr`` into a DATE, or NULL when it does not look like a date.

    The first token is kept (``2024-01-05T10:00`` and ``05/01/2024 10:00`` both give a day), then
    ISO is tried by cast and the European shapes by ``try_strptime``. No regular expression: the
    input is user data and may be built to make a backtracking engine spin. Only the first 40
    characters are looked at (the longest ISO timestamp with offset is 32), so a 10 MB cell costs
    what a date does.
    """
    token = f"split_part(split_part(left(ltrim({expr}), 40), ' ', 1), 'T', 1)"
    tries = [f"try_cast({token} AS DATE)"]
    tries += [f"CAST(try_strptime({token}, {string_literal(fmt)}) AS DATE)" for fmt in TEXT_DATE_FORMATS]
    return "coalesce(" + ", ".join(tries) + ")"


def epoch_day_sql(expr: str) -> str:
    """DuckDB SQL reading a number as Unix epoch seconds or milliseconds, else NULL.

    A heuristic, documented: numbers outside both ranges (ages, amounts) give NULL rather than a
    day in 1970.
    """
    lo_s, hi_s = _EPOCH_SECONDS
    lo_ms, hi_ms = _EPOCH_MILLIS
    return (
        f"CASE WHEN {expr} >= {lo_s} AND {expr} < {hi_s} THEN CAST(to_timestamp(CAST({expr} AS DOUBLE)) AS DATE) "
        f"WHEN {expr} >= {lo_ms} AND {expr} < {hi_ms} THEN CAST(to_timestamp(CAST({expr} AS DOUBLE) / 1000) AS DATE) "
        "ELSE NULL END"
    )


_NUMERIC_TYPES = ("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER",
                  "UBIGINT", "UHUGEINT", "FLOAT", "DOUBLE", "DECIMAL")


def duckdb_day_sql(expr: str, duckdb_type: str, column: str) -> str:
    """DuckDB SQL for the day of ``expr`` given its DuckDB type name; refuses types with no day."""
    kind = duckdb_type.upper()
    if kind == "DATE":
        return expr
    if kind.startswith("TIMESTAMP"):
        return f"CAST({expr} AS DATE)"
    if kind in ("VARCHAR", "JSON") or kind.startswith("VARCHAR"):
        return text_day_sql(expr)
    if kind.startswith(_NUMERIC_TYPES):
        return epoch_day_sql(expr)
    raise SourceReadError(
        f"column {column!r} has type {duckdb_type.lower()}, which holds no date: "
        "pick a date, timestamp, text or epoch-number column for the date histogram"
    )
