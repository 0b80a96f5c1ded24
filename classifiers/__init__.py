"""ropa's classifiers: values and columns in, findings out (pure: no catalog, no I/O).

Public API (lazily imported, so ``import classifiers`` stays cheap):

* :func:`classify_column`, :func:`classify_table`, :func:`classify_document`,
  :class:`ColumnProfiler` (``classifiers/column.py``);
* :func:`mask`, :func:`keyed_hash` (``classifiers/masking.py``);
* :func:`entity_category`, :func:`entities`, :func:`load_registry` (``classifiers/registry.py``);
* :class:`ColumnSample`, :class:`Finding` (``classifiers/model.py``).
"""

from __future__ import annotations

from typing import Any

from classifiers.model import ColumnSample, Finding

_LAZY = {
    "classify_column": "classifiers.column",
    "classify_table": "classifiers.column",
    "classify_document": "classifiers.column",
    "ColumnProfiler": "classifiers.column",
    "mask": "classifiers.masking",
    "keyed_hash": "classifiers.masking",
    "entity_category": "classifiers.registry",
    "entities": "classifiers.registry",
    "load_registry": "classifiers.registry",
}

__all__ = ["ColumnSample", "Finding", *_LAZY]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'classifiers' has no attribute {name!r}")
