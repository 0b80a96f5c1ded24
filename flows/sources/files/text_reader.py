"""Plain-text documents (``.txt``, ``.md``, ``.log``): classified as a whole, not as columns.

``sample`` returns up to ``MAX_DOCUMENT_BYTES`` of decoded text in ``AssetSample.text`` (the
encoding settled as for CSV, binary refused). ``batches`` streams every line as a one-column
``text`` table, each line cut to ``MAX_CELL_CHARS``, for ``--full`` scans of large logs.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa

from flows.sources.base import Asset, AssetSample
from flows.sources.files.base import FileReader
from flows.sources.files.textio import BoundedReader, probe, read_text_head, split_name
from flows.sources.limits import MAX_CELL_CHARS, MAX_DOCUMENT_BYTES


class TextReader(FileReader):
    suffixes = (".txt", ".md", ".log")
    compressible = True
    kind = "document"
    label = "text"

    def sample(self, asset: Asset, path: Path, n: int) -> AssetSample:
        _, compression = split_name(path)
        text, _, notes = read_text_head(path, compression, MAX_DOCUMENT_BYTES, self.label)
        return AssetSample(asset=asset, text=text, notes=tuple(notes))

    def batches(self, asset: Asset, path: Path, batch_rows: int) -> Iterator[pa.RecordBatch]:
        _, compression = split_name(path)
        encoding = probe(path, compression, self.label).encoding
        decoder = codecs.getincrementaldecoder(encoding)("replace")
        pending = ""
        lines: list[str] = []
        for chunk in BoundedReader(path, compression).chunks():
            pending += decoder.decode(chunk, final=False)
            parts = pending.split("\n")
            pending = parts.pop()
            if len(pending) > MAX_CELL_CHARS:  # a line without end: keep only what is classified
                pending = pending[: MAX_CELL_CHARS]
            lines.extend(p[:MAX_CELL_CHARS] for p in parts)
            while len(lines) >= batch_rows:
                yield pa.record_batch({"text": pa.array(lines[:batch_rows], pa.string())})
                lines = lines[batch_rows:]
        pending += decoder.decode(b"", final=True)
        if pending:
            lines.append(pending[:MAX_CELL_CHARS])
        if lines:
            yield pa.record_batch({"text": pa.array(lines, pa.string())})
