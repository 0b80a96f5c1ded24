"""JSON and NDJSON through DuckDB's built-in ``read_json``, nested fields flattened.

Two shapes:

* Newline-delimited (``.ndjson``, ``.jsonl``, or a ``.json`` whose first line is a whole
  object): each line is checked with Python's ``json`` before DuckDB sees it. DuckDB's
  ``ignore_errors`` turns a malformed line into a row of NULLs, which would be counted as data;
  here a line that is not a JSON object is *rejected* and counted, so rows read + rejected =
  non-blank lines in the file. Blank lines are not records.
* A document (a ``.json`` array of objects, or one object): DuckDB reads it whole; a malformed
  document is a ``SourceFormatError``. A document larger than ``MAX_SAMPLE_BYTES`` cannot be
  sampled from its head (cutting it breaks the syntax) and is refused with a fix: NDJSON.

Schemas are inferred from every object (``sample_size = -1``), so a key first seen late is not
lost. Nested objects become dotted columns, lists of scalars are joined (``columns.flatten``).
DuckDB folds names case-insensitively: ``Email`` and ``email`` keys become ``Email``, ``email_1``.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pyarrow as pa

from flows.sources.base import Asset, AssetSample, SourceError
from flows.sources.columns import shape_sample
from flows.sources.errors import SourceFormatError, SourceLimitError
from flows.sources.files.base import PreparedTextReader
from flows.sources.files.textio import LineFilter, open_bytes, probe, split_name
from flows.sources.limits import HEAD_BYTES, MAX_LINE_BYTES, MAX_REJECTED_LINES, MAX_SAMPLE_BYTES, SAMPLE_SEED


class _LineCheck:
    """The NDJSON line filter: keeps JSON objects, counts everything else as rejected and keeps
    the first rejected line numbers (textio calls it once per line, in order, so the calls count
    the lines; never the line's text)."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        """Start over: textio re-reads the file from its start when an encoding guess fails."""
        self.kept = 0
        self.rejected = 0
        self.too_long = 0
        self.line = 0
        self.rejected_lines: list[int] = []

    def _reject(self) -> bool:
        self.rejected += 1
        if len(self.rejected_lines) < MAX_REJECTED_LINES:
            self.rejected_lines.append(self.line)
        return False

    def __call__(self, line: str | None) -> bool:
        self.line += 1
        if line is None:  # dropped by textio for exceeding MAX_LINE_BYTES
            self.too_long += 1
            return self._reject()
        stripped = line.strip()
        if not stripped:
            return False
        if len(stripped) > MAX_LINE_BYTES:  # DuckDB's maximum_object_size would refuse the file
            self.too_long += 1
            return self._reject()
        try:
            ok = isinstance(json.loads(stripped), dict)
        except (ValueError, RecursionError):
            ok = False
        if not ok:
            return self._reject()
        self.kept += 1
        return True


def json_error(exc: duckdb.Error, path: Path) -> SourceError:
    if isinstance(exc, duckdb.OutOfMemoryException):
        return SourceLimitError(f"{path}: reading it exceeded DuckDB's memory budget: split the file or convert it to NDJSON")
    return SourceFormatError(
        f"{path}: not valid JSON ({type(exc).__name__}): check the file with a JSON validator (python -m json.tool)"
    )


class JSONReader(PreparedTextReader):
    suffixes = (".json", ".ndjson", ".jsonl")
    label = "JSON"
    _error = staticmethod(json_error)

    def _is_lines(self, path: Path) -> bool:
        """Newline-delimited, by extension or because the first line is a whole object."""
        fmt, compression = split_name(path)
        if fmt in (".ndjson", ".jsonl"):
            return True
        encoding = probe(path, compression, self.label).encoding
        with open_bytes(path, compression) as f:
            head = f.read(HEAD_BYTES).decode(encoding, "replace").lstrip("\ufeff \t\r\n")
        if not head.startswith("{"):
            return False
        first = head.split("\n", 1)[0].strip()
        try:
            return isinstance(json.loads(first), dict)
        except ValueError:
            return False

    def sample(self, asset: Asset, path: Path, n: int) -> AssetSample:
        if path.stat().st_size == 0:
            return AssetSample(asset=asset, table=pa.table({}), row_count=0, notes=("empty file",))
        lines = self._is_lines(path)
        check = _LineCheck() if lines else None
        with self._prepared(path, max_bytes=MAX_SAMPLE_BYTES, line_filter=check) as (prepared, con):
            if not lines and not prepared.complete:
                raise SourceLimitError(
                    f"{path}: a single JSON document larger than {MAX_SAMPLE_BYTES} bytes cannot be sampled: "
                    "convert it to NDJSON (one object per line), e.g. jq -c '.[]'"
                )
            if prepared.path.stat().st_size == 0:
                raw = pa.table({})
                read = 0
            else:
                source = f"read_json($path, {self._options(lines)})"
                read = int(con.sql(f"SELECT count(*) FROM {source}", params={"path": str(prepared.path)}).fetchall()[0][0])  # type: ignore[index]
                raw = con.sql(
                    f"SELECT * FROM {source} USING SAMPLE reservoir({int(n)} ROWS) REPEATABLE ({SAMPLE_SEED})",
                    params={"path": str(prepared.path)},
                ).to_arrow_table()
        table, cut, dtypes = shape_sample(raw)
        rejected = check.rejected if check else 0
        notes = list(prepared.notes)
        if rejected:
            notes.append(f"{rejected} lines rejected (not a JSON object)")
        if check and check.too_long:
            notes.append(f"{check.too_long} of them longer than {MAX_LINE_BYTES} bytes")
        return AssetSample(
            asset=asset,
            table=table,
            row_count=read + rejected if prepared.complete else None,
            rejected=rejected,
            rejected_lines=tuple(check.rejected_lines) if check else (),
            dtypes=dtypes,
            truncated_cells=cut,
            notes=tuple(notes),
        )

    @staticmethod
    def _options(lines: bool) -> str:
        fmt = "newline_delimited" if lines else "auto"
        return f"format = '{fmt}', sample_size = -1, maximum_object_size = {MAX_LINE_BYTES}"

    def _full_read(self, path: Path) -> tuple[str, LineFilter | None]:
        lines = self._is_lines(path)
        return f"SELECT * FROM read_json($path, {self._options(lines)})", _LineCheck() if lines else None
