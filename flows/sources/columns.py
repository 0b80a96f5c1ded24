"""Shape what a reader fetched into the flat Arrow table the classifier expects.

Three jobs, shared by every source so they behave the same:

* ``flatten``: nested data becomes one column per leaf, named by its dotted path
  (``contact.email``, ``contact.phone.mobile``). A list becomes a column per leaf of its
  elements, marked ``[]``: ``emails[]`` for ``["a@x.fr", "b@y.fr"]``, ``contacts[].email`` and
  ``contacts[].kind`` for ``[{"kind": "work", "email": ...}]``. Such a column stays one *list*
  per row, so rows are not multiplied (row accounting: rows read + rejected = rows in the file;
  sampling is per row), and the flow classifies its elements like any column. A map gives
  ``m.<key>`` and ``m.<value>`` (its keys are data). Keys that are values (``{"a@b.fr":
  {"iban": ...}}``, a column named by an IBAN) are collapsed into ``<key>`` (``<key>.iban``,
  one element per key) and handed over in the schema metadata (``name_values``), never as
  names: see ``flows.sources.name_values``.
* ``truncate_cells``: text longer than ``MAX_CELL_CHARS`` is cut, and the cuts are counted.
  Readers fetch ``MAX_CELL_CHARS + 1`` characters where they can push the cut down, so a cut
  is detectable without fetching the whole cell.
* ``rows_to_table``: rows from a DB-API driver (SQLite, psycopg) become Arrow columns; a column
  whose values Arrow cannot hold in one type (SQLite's dynamic typing, NaN decimals) becomes
  text rather than failing the asset.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from flows.sources.limits import MAX_CELL_CHARS

#: Schema-metadata key under which ``flatten`` hands the keys it collapsed to the flow.
NAME_VALUES = "ropa.name_values"


def _unique(name: str, taken: set[str]) -> str:
    """``name``, or ``name (2)``, ``name (3)``... when a flattened path collides with a column."""
    if name not in taken:
        taken.add(name)
        return name
    i = 2
    while f"{name} ({i})" in taken:
        i += 1
    taken.add(f"{name} ({i})")
    return f"{name} ({i})"


def _json_default(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return str(value)


def _to_json_text(col: pa.ChunkedArray) -> pa.ChunkedArray:
    """Unions: their JSON text (Python per value, bounded by the batch)."""
    out = [None if v is None else json.dumps(v, ensure_ascii=False, default=_json_default) for v in col.to_pylist()]
    return pa.chunked_array([pa.array(out, type=pa.string())])


def _is_list(t: pa.DataType) -> bool:
    return pa.types.is_list(t) or pa.types.is_large_list(t) or pa.types.is_fixed_size_list(t)


def _as_array(col: pa.ChunkedArray | pa.Array) -> pa.Array:
    if isinstance(col, pa.ChunkedArray):
        return col.combine_chunks() if col.num_chunks != 1 else col.chunk(0)
    return col


def _lengths(lists: pa.Array) -> np.ndarray:
    """Elements per row of a list array (0 for a null list), as int64."""
    return pc.fill_null(pc.list_value_length(lists), 0).to_numpy(zero_copy_only=False).astype(np.int64)


def _offsets(lengths: np.ndarray) -> pa.Array:
    return pa.array(np.concatenate([[0], np.cumsum(lengths)]).astype(np.int32), type=pa.int32())


def _regroup(lengths: np.ndarray, leaf: pa.Array, nulls: pa.Array | None) -> pa.Array:
    """``leaf`` (one value, or one list, per element) as one list per row, rows of ``lengths``
    elements: what turns ``contacts[].email`` back into a row-aligned column."""
    if _is_list(leaf.type):
        per_element = _lengths(leaf)
        bounds = np.concatenate([[0], np.cumsum(per_element)])
        rows = np.concatenate([[0], np.cumsum(lengths)])
        offsets = pa.array(bounds[rows].astype(np.int32), type=pa.int32())
        return pa.ListArray.from_arrays(offsets, pc.list_flatten(leaf), mask=nulls)
    return pa.ListArray.from_arrays(_offsets(lengths), leaf, mask=nulls)


def _list_leaves(name: str, col: pa.ChunkedArray, names: dict[str, list[str]]) -> list[tuple[str, pa.Array, str]]:
    """A list column as row-aligned list columns of its leaves: ``emails[]``, ``contacts[].email``."""
    lists = _as_array(col)
    if pa.types.is_fixed_size_list(lists.type) or pa.types.is_large_list(lists.type):
        lists = lists.cast(pa.list_(lists.type.value_type))
    lengths = _lengths(lists)
    values = pc.list_flatten(lists)
    nulls = lists.is_null() if lists.null_count else None
    inner: list[tuple[str, pa.ChunkedArray, str]] = []
    _flatten_into(f"{name}[]", pa.chunked_array([values]), inner, set(), True, names)
    return [(leaf_name, _regroup(lengths, _as_array(leaf), nulls), t) for leaf_name, leaf, t in inner]


def _value_keys(keys: Sequence[str]) -> set[str]:
    """Which field names of one struct are values (an email, an IBAN... as a key), see
    ``name_values``; a level whose keys classify as a column (nine BSNs) counts whole."""
    from flows.sources.name_values import value_spans

    found = {k for k in keys if value_spans(k)}
    rest = [k for k in keys if k not in found]
    if len(rest) >= 3:
        from classifiers.column import classify_column
        from classifiers.model import ColumnSample

        if any(f.matched >= 0.5 * len(rest) for f in classify_column(ColumnSample(name="", values=rest))):
            found.update(rest)
    return found


def _collapse(
    name: str,
    col: pa.ChunkedArray,
    fields: list[tuple[str, pa.ChunkedArray]],
    out: list[tuple[str, pa.ChunkedArray, str]],
    names: dict[str, list[str]],
) -> None:
    """Fields whose names are values, as one level of ``<key>``: ``{"a@b.fr": {"iban": x}}``
    gives the column ``<key>.iban`` (a list per row, one element per key) and the keys under
    ``names["<key>"]``, never as a column name."""
    from flows.sources.name_values import KEY

    base = f"{name}.{KEY}" if name else KEY
    names.setdefault(base, []).extend(k for k, _ in fields)
    rows = len(col)
    grouped: dict[str, list[list[Any]]] = {}
    types: dict[str, str] = {}
    for _, field_col in fields:
        leaves: list[tuple[str, pa.ChunkedArray, str]] = []
        _flatten_into(base, field_col, leaves, set(), False, names)
        for leaf_name, leaf, t in leaves:
            sub = f"{base}.<value>" if leaf_name == base else leaf_name
            cells = grouped.setdefault(sub, [[] for _ in range(rows)])
            types.setdefault(sub, t)
            for i, value in enumerate(_as_array(leaf).to_pylist()):
                if isinstance(value, list):
                    cells[i].extend(v for v in value if v is not None)
                elif value is not None:
                    cells[i].append(value)
    for sub, cells in grouped.items():
        try:
            array = pa.array(cells)
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            array = pa.array([[_as_text(v) for v in row] for row in cells], type=pa.list_(pa.string()))
        if pa.types.is_null(array.type.value_type):
            array = array.cast(pa.list_(pa.string()))
        out.append((sub, pa.chunked_array([array]), types[sub]))


def _flatten_into(
    name: str,
    col: pa.ChunkedArray,
    out: list[tuple[str, pa.ChunkedArray, str]],
    taken: set[str],
    top: bool,
    names: dict[str, list[str]],
) -> None:
    """Append (name, leaf column, leaf's original Arrow type) for ``col`` and its children.

    A list-typed leaf stays a list per row (``emails[]``): the flow classifies its elements.
    """
    t = col.type
    if pa.types.is_dictionary(t):
        col = col.cast(t.value_type)
        t = col.type
    if pa.types.is_struct(t):
        fields = [(t.field(i).name, pc.struct_field(col, [i])) for i in range(t.num_fields)]
        _flatten_fields(name, col, fields, out, taken, names)
        return
    if pa.types.is_map(t):
        # A map's keys are data, not names: ``attrs.<key>`` and ``attrs.<value>`` columns.
        from flows.sources.name_values import KEY

        maps = _as_array(col)
        if maps.offset:
            maps = pa.concat_arrays([maps])  # offsets from 0: ListArray.from_arrays reads them raw
        nulls = maps.is_null() if maps.null_count else None
        lists = pa.ListArray.from_arrays(maps.offsets, maps.values, mask=nulls)
        lengths = _lengths(lists)
        entries = pc.list_flatten(lists)
        for label, part in ((KEY, pc.struct_field(entries, [0])), ("<value>", pc.struct_field(entries, [1]))):
            inner: list[tuple[str, pa.ChunkedArray, str]] = []
            _flatten_into(f"{name}.{label}", pa.chunked_array([part]), inner, set(), True, names)
            for leaf_name, leaf, lt in inner:
                out.append((_unique(leaf_name, taken), pa.chunked_array([_regroup(lengths, _as_array(leaf), nulls)]), lt))
        return
    if _is_list(t):
        for leaf_name, leaf, lt in _list_leaves(name, col, names):
            out.append((_unique(leaf_name, taken), pa.chunked_array([leaf]), lt))
        return
    original = str(t)
    if pa.types.is_union(t):
        col = _to_json_text(col)
    # A top-level column keeps the source's name; a path built here yields to any collision.
    out.append((name if top else _unique(name, taken), col, original))


def _flatten_fields(
    name: str,
    col: pa.ChunkedArray,
    fields: list[tuple[str, pa.ChunkedArray]],
    out: list[tuple[str, pa.ChunkedArray, str]],
    taken: set[str],
    names: dict[str, list[str]],
) -> None:
    """The fields of a struct (or a table's columns, ``name == ""``), keys that are values
    collapsed into ``<key>`` (``_collapse``)."""
    valued = _value_keys([f for f, _ in fields])
    for field_name, child in fields:
        if field_name not in valued:
            path = f"{name}.{field_name}" if name else field_name
            _flatten_into(path, child, out, taken, not name, names)
    if valued:
        _collapse(name, col, [(f, c) for f, c in fields if f in valued], out, names)


def flatten_with_types(table: pa.Table | pa.RecordBatch) -> tuple[pa.Table, dict[str, str]]:
    """``flatten``, plus each output column's Arrow type (a list's: its elements' type)."""
    if isinstance(table, pa.RecordBatch):
        table = pa.Table.from_batches([table])
    names: dict[str, list[str]] = {}
    nested = any(pa.types.is_nested(f.type) or pa.types.is_dictionary(f.type) for f in table.schema)
    if not nested and not _value_keys(table.column_names):
        return table, {f.name: str(f.type) for f in table.schema}
    out: list[tuple[str, pa.ChunkedArray, str]] = []
    taken: set[str] = set(table.column_names)
    fields = list(zip(table.column_names, table.columns))
    _flatten_fields("", pa.chunked_array([pa.nulls(table.num_rows)]), fields, out, taken, names)
    flat = pa.Table.from_arrays([c for _, c, _ in out], names=[n for n, _, _ in out])
    if names:
        flat = flat.replace_schema_metadata({NAME_VALUES: json.dumps(names, ensure_ascii=False)})
    return flat, {n: t for n, _, t in out}


def name_values(table: pa.Table | None) -> dict[str, list[str]]:
    """The keys ``flatten`` collapsed because they are values (``{"<key>": ["a@b.fr", ...]}``).

    They ride in the table's schema metadata, in memory only, from the reader to the flow,
    which reports them as findings with masked examples (``flows.classify``).
    """
    meta = (table.schema.metadata or {}) if table is not None else {}
    raw = meta.get(NAME_VALUES.encode()) or meta.get(NAME_VALUES)
    return json.loads(raw) if raw else {}


def flatten(table: pa.Table | pa.RecordBatch) -> pa.Table:
    """``table`` with nested columns replaced by dotted-path leaf columns (see module doc)."""
    return flatten_with_types(table)[0]


def _truncate_lists(col: pa.ChunkedArray, limit: int) -> tuple[pa.ChunkedArray, int]:
    """A list-of-text column with its elements cut to ``limit``."""
    lists = _as_array(col)
    if not (pa.types.is_string(lists.type.value_type) or pa.types.is_large_string(lists.type.value_type)):
        return col, 0
    values = pc.list_flatten(lists)
    over = pc.sum(pc.greater(pc.utf8_length(values), limit)).as_py() or 0
    if not over:
        return col, 0
    cut_values = pc.utf8_slice_codeunits(values, 0, limit)
    nulls = lists.is_null() if lists.null_count else None
    return pa.chunked_array([pa.ListArray.from_arrays(_offsets(_lengths(lists)), cut_values, mask=nulls)]), over


def truncate_cells(table: pa.Table, limit: int = MAX_CELL_CHARS) -> tuple[pa.Table, int]:
    """``table`` with text (characters) and binary (bytes) cells, and the text elements of list
    cells, cut to ``limit``; and the count."""
    cut = 0
    cols = []
    for col in table.columns:
        t = col.type
        if _is_list(t):
            col, over = _truncate_lists(col, limit)
            cut += over
        elif pa.types.is_string(t) or pa.types.is_large_string(t):
            over = pc.sum(pc.greater(pc.utf8_length(col), limit)).as_py() or 0
            if over:
                col = pc.utf8_slice_codeunits(col, 0, limit)
                cut += over
        elif pa.types.is_binary(t) or pa.types.is_large_binary(t):
            over = pc.sum(pc.greater(pc.binary_length(col), limit)).as_py() or 0
            if over:
                col = pc.binary_slice(col, 0, limit)
                cut += over
        cols.append(col)
    if not cut:
        return table, 0
    return pa.Table.from_arrays(cols, names=table.column_names).replace_schema_metadata(table.schema.metadata), cut


def shape(table: pa.Table | pa.RecordBatch, limit: int = MAX_CELL_CHARS) -> tuple[pa.Table, int]:
    """``flatten`` then ``truncate_cells``: what every reader does to what it fetched."""
    return truncate_cells(flatten(table), limit)


def shape_batches(parts: Iterable[pa.Table | pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """``shape`` each part of a stream and yield its batches: how every ``batches`` ends.

    Parts are shaped one at a time, so a full read holds one part in memory.
    """
    for part in parts:
        table, _ = shape(part)
        yield from table.to_batches()


def shape_sample(
    table: pa.Table | pa.RecordBatch, source_types: dict[str, str] | None = None
) -> tuple[pa.Table, int, dict[str, str]]:
    """``shape``, plus ``AssetSample.dtypes`` keyed by the output columns.

    A column the source typed keeps the source's type name (lower case); a leaf pulled out of
    a nested column, or a column the source did not type, gets its Arrow type name.
    """
    flat, arrow_types = flatten_with_types(table)
    known = {k: v.lower() for k, v in (source_types or {}).items()}
    dtypes = {name: known.get(name, arrow_types[name]) for name in flat.column_names}
    truncated, cut = truncate_cells(flat)
    return truncated, cut, dtypes


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).decode("utf-8", "replace")
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=_json_default)
    return str(value)


def column_to_array(values: Sequence[Any]) -> pa.Array:
    """One driver column as Arrow: its natural type when Arrow can hold all values, else text."""
    try:
        arr = pa.array(values)
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError, OverflowError):
        return pa.array([_as_text(v) for v in values], type=pa.string())
    if pa.types.is_null(arr.type):
        return pa.array(values, type=pa.string())
    if pa.types.is_struct(arr.type) or pa.types.is_map(arr.type):
        # A driver's dicts (json columns): keep the JSON text, the column is a document.
        return pa.array([_as_text(v) for v in values], type=pa.string())
    return arr


def rows_to_table(names: Sequence[str], rows: Sequence[Sequence[Any]]) -> pa.Table:
    """Driver rows (tuples) as an Arrow table with the given column names, in order."""
    columns = list(zip(*rows)) if rows else [() for _ in names]
    arrays = [column_to_array(list(values)) for values in columns]
    return pa.Table.from_arrays(arrays, names=list(names))
