"""``ropa export fides``: the catalog as a fideslang manifest, for teams that keep their data
map in Fides.

What it holds, read from the catalog's current state (latest successful scan of each asset):

* one ``dataset`` per source (its ``fides_key`` is derived from the source, stable across runs),
  one ``collection`` per asset, one ``field`` per column the scan saw;
* ``data_categories`` on a field: the Fideslang keys of the categories ropa found in that column
  (``catalog.taxonomy`` carries each category's Fideslang v2 key); a document's findings (no
  column) go on its collection;
* ``data_subjects`` on a collection: the subjects the policies bind to that asset. A policy's
  subjects are its own (``webcasso/debtor``), not Fideslang's default ones, so they are written as
  ``data_subject`` resources in the same manifest, which Fides loads as custom taxonomy entries.

Nothing here holds a value: names, counts and keys only (masked source names come from the
catalog as stored). The tests parse the output with fideslang's own pydantic models and check
its categories against fideslang's default taxonomy (``tests/flows/test_export_fides.py``).
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

from catalog.store import Catalog

_KEY_UNSAFE = re.compile(r"[^A-Za-z0-9_]+")


def fides_key(*parts: str, unique: str = "") -> str:
    """A FidesKey (``[A-Za-z0-9_.<>-]+``) readable from ``parts`` and unique by a short digest
    of ``parts`` and ``unique`` (say the full source path, too long to show)."""
    text = "\x1f".join((*parts, unique))
    slug = _KEY_UNSAFE.sub("_", "_".join(parts)).strip("_").lower()[:60] or "x"
    return f"{slug}_{hashlib.sha256(text.encode()).hexdigest()[:8]}"


def _source_name(source: str) -> str:
    tail = source.rstrip("/").rsplit("/", 1)[-1]
    return tail or source


def build_manifest(catalog_path: Path, organization: str = "default_organization") -> dict[str, Any]:
    """The manifest as a dict: ``{"dataset": [...], "data_subject": [...]}``."""
    with Catalog(catalog_path).reader() as con:
        assets = con.execute(
            "SELECT asset_id, scan_id, source, asset, kind FROM current_asset_scans ORDER BY source, asset"
        ).fetchall()
        columns = con.execute(
            "SELECT c.asset_id, c.column_name FROM columns c JOIN current_asset_scans s USING (scan_id, asset_id) "
            "ORDER BY c.asset_id, c.position"
        ).fetchall()
        found = con.execute(
            "SELECT f.asset_id, f.column_name, coalesce(t.fideslang, 'user') FROM current_findings f "
            "LEFT JOIN taxonomy t ON t.key = f.category"
        ).fetchall()
        bound = con.execute(
            "SELECT DISTINCT b.asset_id, b.policy, b.subject, s.label, p.organisation FROM asset_subjects b "
            "LEFT JOIN decl_subjects s ON s.policy = b.policy AND s.subject = b.subject "
            "LEFT JOIN decl_policies p ON p.policy = b.policy ORDER BY b.policy, b.subject"
        ).fetchall()

    cols: dict[str, list[str]] = defaultdict(list)
    for aid, name in columns:
        if name not in cols[aid]:
            cols[aid].append(name)
    cats: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    for aid, column, key in found:
        cats[(aid, column)].add(key)
        if column is not None and column not in cols[aid]:   # a pseudo-column (<asset name>, <key>)
            cols[aid].append(column)
    subjects: dict[str, dict[str, Any]] = {}
    subjects_of: dict[str, list[str]] = defaultdict(list)
    for aid, policy, subject, label, organisation in bound:
        key = fides_key(policy, subject)
        subjects[key] = {
            "fides_key": key,
            "organization_fides_key": organization,
            "name": label or subject,
            "description": f"Data subject '{subject}' declared by policy {policy}"
                           + (f" ({organisation})" if organisation else "") + "; exported by ropa.",
        }
        if key not in subjects_of[aid]:
            subjects_of[aid].append(key)

    datasets: dict[str, dict[str, Any]] = {}
    for aid, _scan, source, asset, kind in assets:
        ds = datasets.setdefault(source, {
            "fides_key": fides_key("ropa", _source_name(source), unique=source),
            "organization_fides_key": organization,
            "name": _source_name(source),
            "description": f"Personal data ropa found in {source}.",
            "collections": [],
        })
        collection: dict[str, Any] = {
            "name": asset,
            "description": f"{kind} scanned by ropa",
            "fields": [
                {"name": c, **({"data_categories": sorted(cats[(aid, c)])} if cats.get((aid, c)) else {})}
                for c in cols.get(aid, [])
            ],
        }
        if cats.get((aid, None)):
            collection["data_categories"] = sorted(cats[(aid, None)])
        if subjects_of.get(aid):
            collection["data_subjects"] = list(subjects_of[aid])
        ds["collections"].append(collection)
    return {"dataset": list(datasets.values()), "data_subject": list(subjects.values())}


class _PlainDumper(yaml.SafeDumper):
    """No ``&id001`` anchors: a manifest is read by people and by Fides' own loader."""

    def ignore_aliases(self, data: object) -> bool:
        return True


def write_manifest(catalog_path: Path, output: Path) -> dict[str, Any]:
    """Write the manifest as YAML (Fides' ``fides push`` format); returns it."""
    manifest = build_manifest(catalog_path)
    text = yaml.dump(manifest, Dumper=_PlainDumper, sort_keys=False, allow_unicode=True, width=100)
    output.write_text(text, encoding="utf-8")
    return manifest
