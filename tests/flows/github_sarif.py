"""A checker of GitHub code scanning's documented SARIF ingestion rules and limits.

The SARIF 2.1.0 schema accepts logs that GitHub's upload refuses or silently drops, so every SARIF
the tests produce also goes through these rules, taken from GitHub's documentation
("SARIF support for code scanning", "SARIF results exceed one or more limits", "Uploading a SARIF
file to GitHub"), the SARIF multitool's GitHub rules (GH1001-GH1007) and the upload validation of
github/codeql-action (upload-lib, fingerprints: a location whose URI is not a file in the
checkout is ignored):

- ``version`` 2.1.0, ``runs`` 1-20, ``tool.driver.name``;
- rules: ``id``, ``shortDescription.text`` and ``fullDescription.text`` (at most 1,024 chars), at
  most 25,000 rules per run and 20 tags per rule; at most 100 tool extensions per run;
- results: ``ruleId``, ``message.text``, at most 25,000 per run; ``partialFingerprints``;
  ``locations`` present, not empty, at most 10 ... 1,000 (the hard limit) per result;
- every location: ``physicalLocation.artifactLocation.uri`` (GH1001) and ``region.startLine``
  (GH1003); the URI a relative reference or a ``file:`` URI (GH1005), an absolute one under the
  checkout (GH1006), naming a file that exists in the checkout, with ``startLine`` within it;
- the upload: at most 10 MB gzip-compressed.

``problems(log, checkout)`` lists every broken rule (empty: GitHub ingests it);
``assert_ingestible`` fails a test with that list.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

MAX_RUNS = 20
MAX_RESULTS_PER_RUN = 25_000
MAX_RULES_PER_RUN = 25_000
MAX_EXTENSIONS_PER_RUN = 100
MAX_LOCATIONS_PER_RESULT = 1_000
MAX_TAGS_PER_RULE = 20
MAX_DESCRIPTION = 1_024
MAX_GZIP_BYTES = 10 * 1024 * 1024
SRCROOT = "%SRCROOT%"


def _resolve(artifact: dict[str, Any], checkout: Path, where: str, out: list[str]) -> Path | None:
    uri = artifact.get("uri")
    if not isinstance(uri, str) or not uri:
        out.append(f"{where}: physicalLocation.artifactLocation.uri is missing (GH1001)")
        return None
    parts = urlsplit(uri)
    if parts.scheme and len(parts.scheme) > 1:
        if parts.scheme != "file":
            out.append(f"{where}: uri {uri!r} is neither relative nor file: (GH1005)")
            return None
        path = Path(url2pathname(parts.path))
        try:
            path.resolve().relative_to(checkout.resolve())
        except ValueError:
            out.append(f"{where}: file uri {uri!r} lies outside the checkout (GH1006)")
            return None
    else:
        if parts.query or parts.fragment:
            out.append(f"{where}: relative uri {uri!r} carries a query or fragment")
            return None
        rel = PurePosixPath(unquote(parts.path))
        if rel.is_absolute() or ".." in rel.parts:
            out.append(f"{where}: relative uri {uri!r} escapes the checkout")
            return None
        base = artifact.get("uriBaseId")
        if base not in (None, SRCROOT):
            out.append(f"{where}: uriBaseId {base!r} is not one GitHub resolves")
            return None
        path = checkout / rel
    if not path.is_file():
        out.append(f"{where}: uri {uri!r} names no file in the checkout")
        return None
    return path


def _line_count(path: Path) -> int:
    with path.open("rb") as fh:
        data = fh.read()
    return data.count(b"\n") + (0 if data.endswith(b"\n") or not data else 1)


def problems(log: dict[str, Any], checkout: Path, raw: bytes | None = None) -> list[str]:
    """Every documented ingestion rule ``log`` breaks, for a repository checked out at ``checkout``."""
    out: list[str] = []
    payload = raw if raw is not None else json.dumps(log).encode("utf-8")
    if len(gzip.compress(payload)) > MAX_GZIP_BYTES:
        out.append("upload: more than 10 MB gzip-compressed")
    if log.get("version") != "2.1.0":
        out.append(f"version is {log.get('version')!r}, not '2.1.0'")
    runs = log.get("runs")
    if not isinstance(runs, list) or not runs:
        return out + ["runs: missing or empty"]
    if len(runs) > MAX_RUNS:
        out.append(f"runs: {len(runs)} > {MAX_RUNS}")
    for r_i, run in enumerate(runs):
        driver = (run.get("tool") or {}).get("driver") or {}
        if not driver.get("name"):
            out.append(f"runs[{r_i}]: tool.driver.name is missing")
        if len((run.get("tool") or {}).get("extensions") or []) > MAX_EXTENSIONS_PER_RUN:
            out.append(f"runs[{r_i}]: more than {MAX_EXTENSIONS_PER_RUN} tool extensions")
        rules = driver.get("rules") or []
        if len(rules) > MAX_RULES_PER_RUN:
            out.append(f"runs[{r_i}]: {len(rules)} rules > {MAX_RULES_PER_RUN}")
        for k, rule in enumerate(rules):
            where = f"runs[{r_i}].rules[{k}]"
            if not rule.get("id"):
                out.append(f"{where}: id is missing")
            for field in ("shortDescription", "fullDescription"):
                text = (rule.get(field) or {}).get("text")
                if not text:
                    out.append(f"{where}: {field}.text is missing")
                elif len(text) > MAX_DESCRIPTION:
                    out.append(f"{where}: {field}.text longer than {MAX_DESCRIPTION} characters")
            if len((rule.get("properties") or {}).get("tags") or []) > MAX_TAGS_PER_RULE:
                out.append(f"{where}: more than {MAX_TAGS_PER_RULE} tags")
        results = run.get("results")
        if not isinstance(results, list):
            out.append(f"runs[{r_i}]: results is missing")
            continue
        if len(results) > MAX_RESULTS_PER_RUN:
            out.append(f"runs[{r_i}]: {len(results)} results > {MAX_RESULTS_PER_RUN}")
        for j, res in enumerate(results):
            where = f"runs[{r_i}].results[{j}]"
            if not res.get("ruleId") and not (res.get("rule") or {}).get("id"):
                out.append(f"{where}: ruleId is missing")
            if not (res.get("message") or {}).get("text"):
                out.append(f"{where}: message.text is missing (GH1007)")
            fps = res.get("partialFingerprints")
            if not isinstance(fps, dict) or not fps or not all(isinstance(x, str) and x for x in fps.values()):
                out.append(f"{where}: partialFingerprints is missing")
            locations = res.get("locations")
            if not isinstance(locations, list) or not locations:
                out.append(f"{where}: locations is missing or empty (GH1001)")
                continue
            if len(locations) > MAX_LOCATIONS_PER_RESULT:
                out.append(f"{where}: {len(locations)} locations > {MAX_LOCATIONS_PER_RESULT}")
            for li, loc in enumerate(locations):
                lwhere = f"{where}.locations[{li}]"
                physical = loc.get("physicalLocation")
                if not isinstance(physical, dict):
                    out.append(f"{lwhere}: physicalLocation is missing (GH1001)")
                    continue
                path = _resolve(physical.get("artifactLocation") or {}, checkout, lwhere, out)
                start = (physical.get("region") or {}).get("startLine")
                if not isinstance(start, int) or start < 1:
                    out.append(f"{lwhere}: region.startLine is missing (GH1003)")
                elif path is not None and start > max(_line_count(path), 1):
                    out.append(f"{lwhere}: startLine {start} is past the end of {path.name}")
    return out


def assert_ingestible(text: str, checkout: Path) -> dict[str, Any]:
    """Parse a SARIF text and fail with every broken GitHub rule; returns the log."""
    log = json.loads(text)
    found = problems(log, checkout, text.encode("utf-8"))
    assert not found, "GitHub code scanning would refuse this SARIF:\n" + "\n".join(found)
    return log
