"""Shape what a reader fetched into the flat Arrow table the classifier expects.

Three jobs, shared by every source so they behave the same:

* ``flatten``: nested data becomes one column per leaf, named by its dotted path
  (``contact.email``, ``contact.phone.mobile``). Lists of scalars are *joined* into one text
  cell (``"a, b"``), not exploded: exploding multiplies rows, which would break the row
  accounting (rows read + rejected = rows in the file) and the per-row sampling. Lists of
  records or maps become their JSON text, so their values stay visible to the classifier.
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

import pyarrow as pa
import pyarrow.compute as pc

from flows.sources.limits import MAX_CELL_CHARS


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


def _is_scalar(t: pa.DataType) -> bool:
    return not (pa.types.is_nested(t) or pa.types.is_dictionary(t))


def _json_default(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return str(value)


def _join_scalar_list(col: pa.ChunkedArray) -> pa.ChunkedArray:
    """A list of scalars per row as one text cell: ``[1, None, 3]`` gives ``"1, , 3"``."""
    chunks = []
    for chunk in col.cast(pa.list_(pa.string())).chunks:
        values = pc.fill_null(chunk.values, "")
        rebuilt = pa.ListArray.from_arrays(chunk.offsets, values, mask=chunk.is_null())
        chunks.append(pc.binary_join(rebuilt, ", "))
    return pa.chunked_array(chunks, type=pa.string())


def _to_json_text(col: pa.ChunkedArray) -> pa.ChunkedArray:
    """Lists of records, maps, unions: their JSON text (Python per value, bounded by the batch)."""
    out = [None if v is None else json.dumps(v, ensure_ascii=False, default=_json_default) for v in col.to_pylist()]
    return pa.chunked_array([pa.array(out, type=pa.string())])


def _flatten_into(
    name: str,
    col: pa.ChunkedArray,
    out: list[tuple[str, pa.ChunkedArray, str]],
    taken: set[str],
    top: bool,
) -> None:
    """Append (name, leaf column, leaf's original Arrow type) for ``col`` and its children."""
    t = col.type
    if pa.types.is_dictionary(t):
        col = col.cast(t.value_type)
        t = col.type
    if pa.types.is_struct(t):
        for i in range(t.num_fields):
            child = pc.struct_field(col, [i])
            _flatten_into(f"{name}.{t.field(i).name}", child, out, taken, top=False)
        return
    original = str(t)
    if pa.types.is_list(t) or pa.types.is_large_list(t) or pa.types.is_fixed_size_list(t):
        value_type = t.value_type
        if _is_scalar(value_type) and not pa.types.is_binary(value_type) and not pa.types.is_large_binary(value_type):
            col = _join_scalar_list(col)
        else:
            col = _to_json_text(col)
    elif pa.types.is_map(t) or pa.types.is_union(t):
        col = _to_json_text(col)
    # A top-level column keeps the source's name; a path built here yields to any collision.
    out.append((name if top else _unique(name, taken), col, original))


def flatten_with_types(table: pa.Table | pa.RecordBatch) -> tuple[pa.Table, dict[str, str]]:
    """``flatten``, plus each output column's Arrow type before joining lists into text."""
    if isinstance(table, pa.RecordBatch):
        table = pa.Table.from_batches([table])
    if not any(pa.types.is_nested(f.type) or pa.types.is_dictionary(f.type) for f in table.schema):
        return table, {f.name: str(f.type) for f in table.schema}
    out: list[tuple[str, pa.ChunkedArray, str]] = []
    taken: set[str] = set(table.column_names)
    for field_, col in zip(table.schema, table.columns):
        _flatten_into(field_.name, col, out, taken, top=True)
    flat = pa.Table.from_arrays([c for _, c, _ in out], names=[n for n, _, _ in out])
    return flat, {n: t for n, _, t in out}


def flatten(table: pa.Table | pa.RecordBatch) -> pa.Table:
    """``table`` with nested columns replaced by dotted-path leaf columns (see module doc)."""
    return flatten_with_types(table)[0]


def truncate_cells(table: pa.Table, limit: int = MAX_CELL_CHARS) -> tuple[pa.Table, int]:
    """``table`` with text (characters) and binary (bytes) cells cut to ``limit``; and the count."""
    cut = 0
    cols = []
    for col in table.columns:
        t = col.type
        if pa.types.is_string(t) or pa.types.is_large_string(t):
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
    return pa.Table.from_arrays(cols, names=table.column_names), cut


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
