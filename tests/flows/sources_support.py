"""Helpers shared by the ``test_sources_*`` modules (no tests of its own)."""

from __future__ import annotations

from flows.sources.base import Asset, Source


def asset_named(source: Source, name: str) -> Asset:
    """The asset ``source.assets()`` lists as ``name`` (StopIteration when there is none)."""
    return next(a for a in source.assets() if a.name == name)
