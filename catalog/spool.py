"""Finished asset results kept on disk while another process holds the catalog.

DuckDB lets one process write a file and blocks every other, readers included: an analyst's
notebook open on the catalog stops a scan's commits. Waiting in memory loses the work if the wait
ends badly (a timeout, a Ctrl-C, a kill), so the scan writes what it cannot commit to a spool file
beside the catalog, ``<catalog>.spool/<scan_id>.<pid>.jsonl``, and commits it when the catalog lets go;
a later scan replays a spool left by one that died.

A spool line holds exactly what the catalog would (an :class:`~catalog.store.AssetResult`:
counts, masked examples, keyed hashes, error lines, anchor-day counts), never a sampled value.
Files are 0600 in a 0700 folder, appended with fsync, and each line is a whole JSON object: a
torn last line (a kill mid-append) is ignored, the lines before it are kept.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Iterator, Sequence

from catalog.store import AssetResult, _alive
from classifiers.model import Finding


def spool_dir(catalog_path: str | Path) -> Path:
    return Path(str(catalog_path) + ".spool")


def _encode(result: AssetResult) -> str:
    data = asdict(result)
    data["findings"] = [asdict(f) for f in result.findings]
    data["anchors"] = {c: [[d.isoformat(), n] for d, n in days] for c, days in result.anchors.items()}
    return json.dumps(data, default=str, ensure_ascii=False)


def _decode(line: str) -> AssetResult:
    data = json.loads(line)
    findings = [
        Finding(f["column"], f["entity"], f["score"], f["matched"], f["sampled"], f["evidence"],
                tuple(f["examples"]), tuple(f["hashes"]))
        for f in data.pop("findings")
    ]
    anchors = {c: [(date.fromisoformat(d), n) for d, n in days] for c, days in data.pop("anchors").items()}
    data["columns"] = [tuple(c) for c in data["columns"]]
    return AssetResult(**data, findings=findings, anchors=anchors)


class Spool:
    """The spool file of one scan."""

    def __init__(self, catalog_path: str | Path, scan_id: str, pid: int | None = None) -> None:
        # the pid in the name: a later scan replays only the spools of processes that are gone
        self.path = spool_dir(catalog_path) / f"{scan_id}.{pid or os.getpid()}.jsonl"
        self.scan_id = scan_id
        self.count = 0

    def append(self, results: Sequence[AssetResult]) -> None:
        if not results:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as handle:
            handle.write("".join(_encode(r) + "\n" for r in results))
            handle.flush()
            os.fsync(handle.fileno())
        self.count += len(results)

    def read(self) -> list[AssetResult]:
        return list(_read(self.path))

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)
        self.count = 0
        try:
            self.path.parent.rmdir()
        except OSError:
            pass   # other scans' spools, or already gone


def _read(path: Path) -> Iterator[AssetResult]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return
    for line in text.splitlines():
        try:
            yield _decode(line)
        except (ValueError, KeyError, TypeError):
            continue   # a line torn by a kill mid-append


def leftovers(catalog_path: str | Path, *, exclude: str | None = None) -> list[Spool]:
    """Spools of earlier scans still on disk (their process died before it could commit them)."""
    folder = spool_dir(catalog_path)
    if not folder.is_dir():
        return []
    spools = []
    for path in sorted(folder.glob("*.*.jsonl")):
        scan_id, _, pid = path.stem.rpartition(".")
        if scan_id != exclude and pid.isdigit() and not _alive(int(pid)):
            spools.append(Spool(catalog_path, scan_id, int(pid)))
    return spools
