"""Count the rows of an asset whose column holds one value: ``ropa locate``'s source capability.

The search runs where the data is. For a database it is one parameterised statement,
``SELECT count(*) FROM t WHERE normalised(col) IN (?, …)``: identifiers quoted by
``catalog/sql.py``, the searched forms bound as parameters (never SQL text), the normalisation
(trim, separators removed, case) written with functions DuckDB, SQLite, PostgreSQL and MySQL all
have (MySQL compares in its binary collation: its default ones equate 'é' and 'e'); any other
SQLAlchemy dialect gets the same statement built from Core expressions, which the dialect spells.
Only the count (and, when asked, primary keys) comes back; no cell leaves the source. For files,
local or on S3, which have no engine, the rows are streamed in batches through the source's own
reader and filtered with Arrow compute, with bounded memory.

A name may be split across two columns (first name, last name); ``columns`` then lists both and
the cell compared is their values joined by a space.

Primary keys are returned only when the asset has one that is not itself a searched column (a
table keyed by email would otherwise print the value searched for). Files have no keys: the
1-based row number stands in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from catalog.sql import quote_literal
from classifiers.lookup import Lookup
from flows.sources.base import Asset, Source
from flows.sources.errors import SourceReadError
from flows.sources.sql import qualified_name, quote_identifier

MAX_KEYS = 100


@dataclass(frozen=True)
class MatchResult:
    """Rows of one asset whose ``columns`` hold the value; keys when asked and available."""

    rows: int
    key_columns: tuple[str, ...] = ()
    keys: list[tuple] = field(default_factory=list)
    keys_note: str | None = None


def normalised_sql(expressions: Sequence[str], lookup: Lookup, text_type: str, *, concat: bool = False) -> str:
    """SQL computing the canonical form of a cell (see ``classifiers/lookup.py``).

    ``expressions`` are already-quoted column expressions; ``text_type`` is the engine's text
    type name (VARCHAR, TEXT, CHAR). The separator characters are this program's constants.
    ``concat`` joins a column pair with ``CONCAT()`` rather than ``||``, which MySQL reads as OR.
    """
    parts = [f"trim(CAST({e} AS {text_type}))" for e in expressions]
    if concat and len(parts) > 1:
        expr = "CONCAT(" + ", ' ', ".join(parts) + ")"
    else:
        expr = " || ' ' || ".join(parts)
    for char in lookup.strip:
        expr = f"replace({expr}, {quote_literal(char)}, '')"
    if lookup.case == "lower":
        expr = f"lower({expr})"
    elif lookup.case == "upper":
        expr = f"upper({expr})"
    return expr


def _condition(expr: str, lookup: Lookup, contains: bool, placeholder: str, find: str) -> str:
    if contains:
        return "(" + " OR ".join(f"{find}({expr}, {placeholder}) > 0" for _ in lookup.forms) + ")"
    return f"{expr} IN ({', '.join(placeholder for _ in lookup.forms)})"


def count_matching(
    source: Source,
    asset: Asset,
    columns: Sequence[str],
    lookup: Lookup,
    *,
    contains: bool = False,
    keys: bool = False,
    max_keys: int = MAX_KEYS,
) -> MatchResult:
    """Rows of ``asset`` whose ``columns`` (joined by a space) hold ``lookup``'s value."""
    from flows.sources.duckdb_source import DuckDBSource
    from flows.sources.files import FileSource
    from flows.sources.sqlite_source import SQLiteSource

    if isinstance(source, DuckDBSource):
        return _duckdb(source, asset, columns, lookup, contains, keys, max_keys)
    if isinstance(source, SQLiteSource):
        return _sqlite(source, asset, columns, lookup, contains, keys, max_keys)
    if isinstance(source, FileSource):
        return _files(source, asset, columns, lookup, contains, keys, max_keys)
    from flows.sources.postgres_source import PostgresSource

    if isinstance(source, PostgresSource):
        return _postgres(source, asset, columns, lookup, contains, keys, max_keys)
    from flows.sources.mysql_source import MySQLSource

    if isinstance(source, MySQLSource):
        return _mysql(source, asset, columns, lookup, contains, keys, max_keys)
    from flows.sources.sqlalchemy_source import SQLAlchemySource

    if isinstance(source, SQLAlchemySource):
        return _sqlalchemy(source, asset, columns, lookup, contains, keys, max_keys)
    if streams_files(source):
        return _files(source, asset, columns, lookup, contains, keys, max_keys)
    raise SourceReadError(f"{asset.name}: ropa cannot search this kind of source")


def streams_files(source: Source) -> bool:
    """Whether the source's assets are files read through ropa's readers (local or S3), which
    have no engine to push a filter to: they are searched by the streamed filter, row numbers
    standing in for keys, list columns (``emails[]``) by element."""
    from flows.sources.files import FileSource
    from flows.sources.s3_source import S3Source

    return isinstance(source, FileSource | S3Source)


def _keys_usable(key_columns: Sequence[str], columns: Sequence[str]) -> str | None:
    if not key_columns:
        return "no primary key"
    if {k.lower() for k in key_columns} & {c.lower() for c in columns}:
        return "the primary key is the searched column: withheld"
    return None


def _count_and_keys(
    run: Callable[[str, list], Sequence[Sequence[Any]]],
    quote: Callable[[str], str],
    table: str,
    cond: str,
    params: list,
    key_columns: Callable[[], Sequence[str]],
    columns: Sequence[str],
    keys: bool,
    max_keys: int,
) -> MatchResult:
    """The two statements every engine runs: the count, then (when asked, and the key is not the
    searched column) the first ``max_keys`` primary keys of the matching rows. ``run`` executes
    one statement with the bound forms; ``key_columns`` asks the engine's catalog for the key."""
    rows = int(run(f"SELECT count(*) FROM {table} WHERE {cond}", params)[0][0])
    if not keys:
        return MatchResult(rows)
    key = tuple(str(k) for k in key_columns())
    note = _keys_usable(key, columns)
    if note or rows == 0:
        return MatchResult(rows, key, [], note)
    select = ", ".join(quote(k) for k in key)
    found = run(f"SELECT {select} FROM {table} WHERE {cond} ORDER BY {select} LIMIT {int(max_keys)}", params)
    return MatchResult(rows, key, [tuple(r) for r in found])


# --------------------------------------------------------------------------------------------
# DuckDB


def _duckdb(src, asset, columns, lookup, contains, keys, max_keys) -> MatchResult:
    import duckdb

    from flows.sources.duckdb_source import translate_duckdb_error

    schema, name = src._where(asset)
    try:
        exprs = [src._column_expression(schema, name, c)[0] for c in columns]
        cond = _condition(normalised_sql(exprs, lookup, "VARCHAR"), lookup, contains, "?", "instr")


        def primary_key() -> Sequence[str]:
            found = src._rows(
                "SELECT constraint_column_names FROM duckdb_constraints() WHERE database_name = ? "
                "AND schema_name = ? AND table_name = ? AND constraint_type = 'PRIMARY KEY'",
                [src._database, schema, name])
            return found[0][0] if found else ()

        return _count_and_keys(src._rows, quote_identifier, qualified_name(schema, name), cond,
                               list(lookup.forms), primary_key, columns, keys, max_keys)
    except duckdb.Error as exc:
        raise translate_duckdb_error(exc, f"{src.uri}: {asset.name}") from exc


# --------------------------------------------------------------------------------------------
# SQLite


def unicode_case(con) -> None:
    """Make ``lower``/``upper`` on this sqlite3 connection fold every letter, as Python does.

    SQLite's own functions fold ASCII only (``lower('ZÉPHYRINE')`` is ``'zÉphyrine'``), so an
    upper-case accented name would never equal the lower-cased form searched; an application
    function of the same name replaces the built-in for this connection.
    """
    con.create_function("lower", 1, lambda v: v.lower() if isinstance(v, str) else v, deterministic=True)
    con.create_function("upper", 1, lambda v: v.upper() if isinstance(v, str) else v, deterministic=True)


def _sqlite(src, asset, columns, lookup, contains, keys, max_keys) -> MatchResult:
    import sqlite3

    from flows.sources.sqlite_source import _translate

    name = src._where(asset)
    table = quote_identifier(name)
    exprs = [quote_identifier(c) for c in columns]
    cond = _condition(normalised_sql(exprs, lookup, "TEXT"), lookup, contains, "?", "instr")
    params = list(lookup.forms)
    try:
        with src._connect() as con:
            unicode_case(con)
            return _count_and_keys(
                lambda text, p: con.execute(text, p).fetchall(), quote_identifier, table, cond, params,
                lambda: [r[0] for r in con.execute(
                    "SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk", [name])],
                columns, keys, max_keys)
    except sqlite3.Error as exc:
        raise _translate(exc, f"{src.uri}: {asset.name}") from exc


# --------------------------------------------------------------------------------------------
# PostgreSQL


def _postgres(src, asset, columns, lookup, contains, keys, max_keys) -> MatchResult:
    import psycopg
    from psycopg import sql

    from flows.sources.postgres_source import _translate

    schema, name = src._where(asset)
    table = qualified_name(schema, name)
    exprs = [quote_identifier(c) for c in columns]
    # psycopg placeholders are %s, so a % inside a quoted name must be doubled: the statement is
    # built with a placeholder token first, every % doubled, then the token turned into %s.
    token = "\x01"
    cond = _condition(normalised_sql(exprs, lookup, "TEXT"), lookup, contains, token, "strpos")
    params = list(lookup.forms)

    def q(text: str) -> sql.SQL:
        return sql.SQL(text.replace("%", "%%").replace(token, "%s"))

    try:
        return _count_and_keys(
            lambda text, p: src._rows(q(text), p), quote_identifier, table, cond, params,
            lambda: [r[0] for r in src._rows(
                "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = %s::regclass AND i.indisprimary "
                "ORDER BY array_position(i.indkey, a.attnum)", [table])],
            columns, keys, max_keys)
    except psycopg.Error as exc:
        raise _translate(exc, f"{src.uri}: {asset.name}") from exc


# --------------------------------------------------------------------------------------------
# MySQL / MariaDB


def _mysql(src, asset, columns, lookup, contains, keys, max_keys) -> MatchResult:
    import pymysql

    from flows.sources.mysql_source import _translate
    from flows.sources.sql import quote_mysql_identifier as q
    from flows.sources.tables import table_location

    schema, name = table_location(asset, "MySQL")
    table = f"{q(schema)}.{q(name)}"
    # The server's default collations ignore case and accents ('José' = 'jose'): the normalised
    # cell is compared in the binary collation, so only the forms classifiers.lookup made match.
    expr = normalised_sql([q(c) for c in columns], lookup, "CHAR", concat=True) + " COLLATE utf8mb4_bin"
    # PyMySQL formats the statement with % when parameters are given: a % in a quoted name is
    # doubled, then the placeholder token becomes %s (as for psycopg below).
    token = "\x01"
    cond = _condition(expr, lookup, contains, token, "instr")
    params = list(lookup.forms)

    def stmt(text: str) -> str:
        return text.replace("%", "%%").replace(token, "%s")

    try:
        return _count_and_keys(
            lambda text, p: src._rows(stmt(text), p), q, table, cond, params,
            lambda: [c for (c,) in src._rows(
                "SELECT COLUMN_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = %s "
                "AND TABLE_NAME = %s AND INDEX_NAME = 'PRIMARY' ORDER BY SEQ_IN_INDEX", [schema, name])],
            columns, keys, max_keys)
    except pymysql.Error as exc:
        raise _translate(exc, f"{src.uri}: {asset.name}") from None


# --------------------------------------------------------------------------------------------
# Any SQLAlchemy dialect: the same normalisation as Core expressions, which each dialect
# compiles in its own spelling (concatenation, quoting, placeholders, LIKE escaping).


def _sqlalchemy(src, asset, columns, lookup, contains, keys, max_keys) -> MatchResult:
    import sqlalchemy as sa
    from sqlalchemy import exc as sa_exc

    from flows.sources.sqlalchemy_source import _translate

    try:
        with src._engine.connect() as con:
            if src.dialect == "sqlite":
                unicode_case(con.connection.driver_connection)
            table, described, pk = src._table(asset, con)
            present = {c["name"] for c in described}
            missing = [c for c in columns if c not in present]
            if missing:
                raise SourceReadError(f"{asset.name}: has no column {missing[0]!r} any more: rescan it")
            cell = None
            for c in columns:
                # typed as text, so that + compiles to the dialect's concatenation, not addition
                part = sa.func.trim(sa.cast(table.c[c], sa.String), type_=sa.String)
                cell = part if cell is None else cell + sa.literal(" ", sa.String) + part
            for char in lookup.strip:
                cell = sa.func.replace(cell, sa.literal(char, sa.String), sa.literal("", sa.String), type_=sa.String)
            if lookup.case == "lower":
                cell = sa.func.lower(cell, type_=sa.String)
            elif lookup.case == "upper":
                cell = sa.func.upper(cell, type_=sa.String)
            if contains:
                cond = sa.or_(*(cell.contains(form, autoescape=True) for form in lookup.forms))
            else:
                cond = cell.in_(list(lookup.forms))
            rows = int(con.execute(sa.select(sa.func.count()).select_from(table).where(cond)).scalar_one())
            key_columns = tuple(str(k) for k in pk)
            if not keys:
                return MatchResult(rows)
            note = _keys_usable(key_columns, columns)
            if note or rows == 0:
                return MatchResult(rows, key_columns, [], note)
            key_cols = [table.c[k] for k in key_columns]
            found = con.execute(sa.select(*key_cols).where(cond).order_by(*key_cols).limit(int(max_keys))).all()
            con.rollback()
            return MatchResult(rows, key_columns, [tuple(r) for r in found])
    except sa_exc.SQLAlchemyError as exc:
        raise _translate(exc, f"{src.uri}: {asset.name}") from None


# --------------------------------------------------------------------------------------------
# Files: a streamed filter


def _arrow_normalised(arrays: list[pa.Array], lookup: Lookup) -> pa.Array:
    texts = [pc.utf8_trim_whitespace(pc.cast(a, pa.string())) for a in arrays]
    cell = texts[0] if len(texts) == 1 else pc.binary_join_element_wise(*texts, " ")
    for char in lookup.strip:
        cell = pc.replace_substring(cell, char, "")
    if lookup.case == "lower":
        cell = pc.utf8_lower(cell)
    elif lookup.case == "upper":
        cell = pc.utf8_upper(cell)
    return cell


def _files(src, asset, columns, lookup, contains, keys, max_keys) -> MatchResult:
    rows = 0
    offset = 0
    found: list[tuple] = []
    forms = pa.array(list(lookup.forms), pa.string())
    for batch in src.batches(asset):
        names = batch.schema.names
        missing = [c for c in columns if c not in names]
        if missing:
            if batch.num_rows == 0:
                continue
            raise SourceReadError(f"{asset.name}: has no column {missing[0]!r} any more: rescan it")
        arrays = [batch.column(names.index(c)) for c in columns]
        parents = None
        if len(arrays) == 1 and pa.types.is_list(arrays[0].type):
            # a list column (``emails[]``): match its elements, count the rows holding a match
            parents = pc.list_parent_indices(arrays[0])
            arrays = [pc.list_flatten(arrays[0])]
        cell = _arrow_normalised(arrays, lookup)
        if contains:
            mask = None
            for form in lookup.forms:
                hit = pc.match_substring(cell, form)
                mask = hit if mask is None else pc.or_(mask, hit)
        else:
            mask = pc.is_in(cell, value_set=forms)
        mask = pc.fill_null(mask, False)
        if parents is not None:
            hit_rows = pc.unique(pc.filter(parents, mask))
            mask = pc.is_in(pa.array(range(batch.num_rows), pa.int64()), value_set=pc.cast(hit_rows, pa.int64()))
        hits = int(pc.sum(mask).as_py() or 0)
        if hits and keys and len(found) < max_keys:
            index = pc.indices_nonzero(mask).to_pylist()
            found.extend((offset + i + 1,) for i in index[: max_keys - len(found)])
        rows += hits
        offset += batch.num_rows
    if not keys:
        return MatchResult(rows)
    return MatchResult(rows, ("row",), found, None)
