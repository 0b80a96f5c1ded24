"""Turning whatever a source hands over into one Arrow array of the right kind.

Samples arrive as Python lists (``str``, ``int``, ``date``, ``None``...), pyarrow ``Array`` or
``ChunkedArray``. The classifier works on Arrow so that candidate filtering is one vectorized
regular expression per entity, not a Python loop per cell.

Integers are identifiers more often than quantities here (BSN, SIREN, card numbers stored as
BIGINT) and become digit strings. Floats become digit strings only when every value is integral
(a nullable integer column read through pandas is float64); other floats are amounts and carry no
identifier.
"""

from __future__ import annotations

from typing import Any, Literal

import pyarrow as pa
import pyarrow.compute as pc

Kind = Literal["string", "integer", "temporal", "other"]


def to_arrow(values: Any) -> pa.Array:
    """One contiguous Arrow array from a list, an Array, a ChunkedArray or a pandas Series."""
    if isinstance(values, pa.ChunkedArray):
        if values.num_chunks == 1:
            array = values.chunk(0)
        elif values.num_chunks == 0:
            array = pa.array([], type=values.type)
        else:
            array = values.combine_chunks()
    elif isinstance(values, pa.Array):
        array = values
    elif hasattr(values, "dtype") and hasattr(values, "__array__"):  # pandas Series, numpy array
        try:
            array = pa.array(values, from_pandas=True)
        except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, TypeError):
            array = pa.array([None if v is None else str(v) for v in values], type=pa.string())
    else:
        items = values if isinstance(values, (list, tuple)) else list(values)
        try:
            array = pa.array(items, from_pandas=True)
        except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, TypeError, OverflowError):
            # mixed types (ints and strings in one JSON field, huge ints): compare as text
            array = pa.array([None if v is None else str(v) for v in items], type=pa.string())
    if pa.types.is_dictionary(array.type):
        array = array.dictionary_decode()
    return array


def kind_of(array: pa.Array) -> Kind:
    """``string``, ``integer`` (incl. integral floats and scale-0 decimals), ``temporal``, ``other``."""
    t = array.type
    if pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_string_view(t):
        return "string"
    if pa.types.is_integer(t):
        return "integer"
    if pa.types.is_decimal(t):
        return "integer" if t.scale == 0 else "other"
    if pa.types.is_floating(t):
        finite = pc.drop_null(pc.if_else(pc.is_nan(array), None, array))
        if len(finite) and pc.all(pc.equal(finite, pc.floor(finite))).as_py():
            return "integer"
        return "other"
    if pa.types.is_date(t) or pa.types.is_timestamp(t):
        return "temporal"
    return "other"


def as_text(array: pa.Array, kind: Kind) -> pa.Array:
    """Non-null, non-empty cells as a trimmed string array (integers as plain digit strings)."""
    if kind == "integer":
        t = array.type
        if pa.types.is_floating(t):
            array = pc.if_else(pc.is_nan(array), None, array)
            array = pc.cast(array, pa.int64(), safe=False)
        elif pa.types.is_decimal(t):
            array = pc.cast(array, pa.string())
        text = pc.cast(array, pa.string())
    elif kind == "string":
        text = array if pa.types.is_string(array.type) else pc.cast(array, pa.string())
        text = pc.utf8_trim_whitespace(text)
        text = pc.if_else(pc.equal(text, ""), None, text)
    else:
        raise ValueError(f"as_text handles string and integer columns, not {kind}")
    return pc.drop_null(text)


def count_present(array: pa.Array) -> int:
    """Cells that are neither null nor NaN."""
    if pa.types.is_floating(array.type):
        nans = pc.sum(pc.is_nan(array)).as_py() or 0
        return len(array) - array.null_count - nans
    return len(array) - array.null_count

