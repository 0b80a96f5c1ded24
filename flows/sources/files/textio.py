"""Turn a text file from the wild into bounded, valid UTF-8 that DuckDB can parse.

DuckDB's CSV and JSON readers want UTF-8 (other encodings need the ``encodings`` extension,
which would have to be downloaded), and with a wrongly guessed encoding ``ignore_errors``
silently returns nothing. So the encoding is settled here, before DuckDB sees a byte:

1. ``probe`` reads the head: NUL bytes or control characters mean binary ("binary file, not
   CSV"), a BOM names UTF-16/UTF-8; otherwise a strict UTF-8 decode is tried, then cp1252
   (French Excel exports), then latin-1 (which decodes anything).
2. ``prepare`` streams the whole file (decompressing ``.gz``/``.bz2``/``.xz``) through a strict
   decoder. A UTF-8 file that is already bounded and valid is read in place; anything else is
   written as UTF-8 to a temporary file. If UTF-8 fails past the head, the file is re-read as
   cp1252 when no non-ASCII UTF-8 had been seen (an ASCII head on a cp1252 file), else as UTF-8
   with the bad bytes replaced and counted (a UTF-8 file with a few damaged bytes).
3. Bounds: a sample reads at most ``max_bytes`` decoded bytes (cut at a line end, reported as
   incomplete), and decompression that passes ``EXPANSION_FLOOR`` at more than ``MAX_EXPANSION``
   times the compressed size stops with ``SourceLimitError`` (a compression bomb).
"""

from __future__ import annotations

import bz2
import codecs
import gzip
import lzma
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from flows.sources.errors import SourceFormatError, SourceLimitError, SourcePermissionError, SourceReadError
from flows.sources.limits import EXPANSION_FLOOR, HEAD_BYTES, MAX_EXPANSION, MAX_LINE_BYTES, MiB

COMPRESSIONS: dict[str, Callable[[str], IO[bytes]]] = {
    ".gz": lambda p: gzip.open(p, "rb"),
    ".bz2": lambda p: bz2.open(p, "rb"),
    ".xz": lambda p: lzma.open(p, "rb"),
}

_CHUNK = 1 * MiB

#: Sees each line (without its newline), once and in order, and says whether to keep it; None
#: stands for a line dropped for exceeding MAX_LINE_BYTES. A filter with a ``reset()`` method has
#: it called before each decoding attempt (a failed guess re-reads the file from its start).
LineFilter = Callable[[str | None], bool]

# Magic numbers of common binary formats, to say what a misnamed file probably is.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a ZIP archive (an .xlsx/.docx workbook?)"),
    (b"%PDF", "a PDF document"),
    (b"PAR1", "a Parquet file"),
    (b"\x1f\x8b", "a gzip-compressed file (name it .gz)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"SQLite format 3", "a SQLite database"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.xls/.doc)"),
    (b"BZh", "a bzip2-compressed file (name it .bz2)"),
    (b"\xfd7zXZ", "an xz-compressed file (name it .xz)"),
)

# Bytes that do not occur in text: C0 controls other than tab, newlines, form feed and escape.
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def split_name(path: Path) -> tuple[str, str | None]:
    """(format suffix, compression suffix): ``x.csv.gz`` gives (``.csv``, ``.gz``)."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] in COMPRESSIONS:
        return (suffixes[-2] if len(suffixes) > 1 else ""), suffixes[-1]
    return (suffixes[-1] if suffixes else ""), None


def open_bytes(path: Path, compression: str | None) -> IO[bytes]:
    """The file's bytes, decompressed; OS errors as ``SourceError``s."""
    try:
        if compression is None:
            return open(path, "rb")
        return COMPRESSIONS[compression](str(path))
    except PermissionError as exc:
        raise SourcePermissionError(f"{path}: permission denied: give this user read access") from exc
    except FileNotFoundError as exc:
        raise SourceReadError(f"{path}: disappeared while scanning: rescan the folder") from exc


@dataclass(frozen=True)
class Probe:
    """What the head of a text file says: its encoding (a Python codec name) and whether BOM'd."""

    encoding: str
    bom: bool


def _read_head(path: Path, compression: str | None) -> bytes:
    with open_bytes(path, compression) as f:
        try:
            return f.read(HEAD_BYTES)
        except (OSError, EOFError, lzma.LZMAError, ValueError) as exc:
            raise SourceFormatError(f"{path}: damaged {compression} data ({type(exc).__name__}): re-export or re-compress the file") from exc


def probe(path: Path, compression: str | None, what: str) -> Probe:
    """Text or binary, and which encoding; ``what`` names the expected format in messages."""
    head = _read_head(path, compression)
    if head.startswith(codecs.BOM_UTF8):
        return Probe("utf-8-sig", True)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Probe("utf-16", True)  # Excel's "Unicode text" export
    if b"\x00" in head or (head and sum(head.count(bytes([b])) for b in _CONTROL) > len(head) // 100):
        kind = next((label for magic, label in _MAGIC if head.startswith(magic)), None)
        likely = f"it looks like {kind}" if kind else "it holds NUL or control bytes"
        raise SourceFormatError(f"{path}: binary file, not {what}: {likely}: rename it to its real format or exclude it")
    try:
        codecs.getincrementaldecoder("utf-8")("strict").decode(head, final=False)
        return Probe("utf-8", False)
    except UnicodeDecodeError:
        pass
    try:
        head.decode("cp1252")
        return Probe("cp1252", False)
    except UnicodeDecodeError:
        return Probe("latin-1", False)


@dataclass
class Prepared:
    """UTF-8 text ready for DuckDB: ``path`` is the original file or a temporary copy."""

    path: Path
    encoding: str
    complete: bool
    temporary: bool
    replaced: int = 0
    notes: list[str] = field(default_factory=list)

    def cleanup(self) -> None:
        if self.temporary:
            try:
                os.unlink(self.path)
            except FileNotFoundError:
                pass


class BoundedReader:
    """Decompressed chunks of a file, stopping a compression bomb (see module doc)."""

    def __init__(self, path: Path, compression: str | None) -> None:
        self.path = path
        self.compression = compression
        self.compressed_size = max(1, path.stat().st_size)
        self.read = 0

    def chunks(self) -> Iterator[bytes]:
        with open_bytes(self.path, self.compression) as f:
            while True:
                try:
                    chunk = f.read(_CHUNK)
                except (OSError, EOFError, lzma.LZMAError, ValueError) as exc:
                    raise SourceFormatError(
                        f"{self.path}: damaged {self.compression or 'file'} data ({type(exc).__name__}): re-export the file"
                    ) from exc
                if not chunk:
                    return
                self.read += len(chunk)
                if (
                    self.compression is not None
                    and self.read > EXPANSION_FLOOR
                    and self.read > MAX_EXPANSION * self.compressed_size
                ):
                    raise SourceLimitError(
                        f"{self.path}: expands more than {MAX_EXPANSION}-fold when decompressed "
                        f"({self.compressed_size} bytes gave over {self.read} and counting): likely a compression bomb; "
                        "decompress it yourself if it is genuine, or exclude it"
                    )
                yield chunk


def _validate_utf8(path: Path, limit: int | None) -> tuple[bool, bool]:
    """(valid, saw non-ASCII) for an uncompressed file's first ``limit`` bytes (all if None)."""
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    seen_non_ascii = False
    remaining = limit
    with open_bytes(path, None) as f:
        while remaining is None or remaining > 0:
            chunk = f.read(_CHUNK if remaining is None else min(_CHUNK, remaining))
            if not chunk:
                break
            if remaining is not None:
                remaining -= len(chunk)
            try:
                decoder.decode(chunk, final=False)
            except UnicodeDecodeError as exc:
                return False, seen_non_ascii or not chunk[: max(0, exc.start)].isascii()
            if not seen_non_ascii and not chunk.isascii():
                seen_non_ascii = True
        try:
            decoder.decode(b"", final=remaining is None or remaining > 0)
        except UnicodeDecodeError:
            return False, seen_non_ascii
    return True, seen_non_ascii


def _copy(
    path: Path,
    compression: str | None,
    encoding: str,
    errors: str,
    max_bytes: int | None,
    line_filter: LineFilter | None,
) -> tuple[Path, bool, int, bool]:
    """Decode into a UTF-8 temp file: (temp path, complete, replaced count, saw non-ASCII).

    ``line_filter``, when given, sees every complete line and keeps it only if it returns True
    (the NDJSON reader's validation); lines are then written one by one. A line that grows past
    ``MAX_LINE_BYTES`` characters without ending is dropped as it streams (memory stays bounded)
    and reported to the filter as ``None``.
    """
    decoder = codecs.getincrementaldecoder(encoding)(errors)
    fd, name = tempfile.mkstemp(prefix="ropa-", suffix=".txt")
    out_path = Path(name)
    written = 0
    replaced = 0
    non_ascii = False
    complete = True
    pending = ""
    skipping = False
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            source = BoundedReader(path, compression)

            def emit(text: str) -> bool:
                """Write ``text``; False once ``max_bytes`` is reached (after cutting at a line end)."""
                nonlocal written, complete
                data = text.encode("utf-8")
                if max_bytes is not None and written + len(data) > max_bytes:
                    room = data[: max_bytes - written]
                    cut = room.rfind(b"\n")
                    if cut >= 0:
                        out.write(room[: cut + 1].decode("utf-8"))
                        written += cut + 1
                    complete = False
                    return False
                out.write(text)
                written += len(data)
                return True

            for chunk in source.chunks():
                text = decoder.decode(chunk, final=False)
                if errors == "replace":
                    replaced += text.count("\ufffd")
                if not non_ascii and not text.isascii():
                    non_ascii = True
                if line_filter is None:
                    if not emit(text):
                        break
                    continue
                if skipping:  # inside an over-long line: drop up to its end
                    end = text.find("\n")
                    if end < 0:
                        continue
                    text, skipping = text[end + 1 :], False
                pending += text
                lines = pending.split("\n")
                pending = lines.pop()
                kept = "".join(line + "\n" for line in lines if line_filter(line))
                if len(pending) > MAX_LINE_BYTES:
                    line_filter(None)
                    pending, skipping = "", True
                if kept and not emit(kept):
                    break
            else:
                tail = pending + decoder.decode(b"", final=True)
                if line_filter is None:
                    emit(tail)
                elif not skipping and tail and line_filter(tail):
                    emit(tail + "\n")
    except BaseException:
        out_path.unlink(missing_ok=True)
        raise
    return out_path, complete, replaced, non_ascii


_LABELS = {
    "utf-8-sig": "UTF-8 with BOM",
    "utf-16": "UTF-16",
    "utf-8+replace": "UTF-8 with damaged bytes",
    "utf-8-sig+replace": "UTF-8 with BOM and damaged bytes",
    "utf-16+replace": "UTF-16 with damaged bytes",
}


def _next_encoding(failed: str, path: Path, compression: str | None) -> str | None:
    """What to try after a strict decode with ``failed`` broke (see module doc, step 2)."""
    if failed == "utf-8":
        return "utf-8+replace" if _saw_utf8_before_error(path, compression) else "cp1252"
    if failed == "cp1252":
        return "latin-1"  # cp1252 leaves five bytes undefined; latin-1 decodes every byte
    if failed in ("utf-8-sig", "utf-16"):
        return failed + "+replace"
    return None


def prepare(
    path: Path,
    compression: str | None,
    what: str,
    *,
    max_bytes: int | None,
    line_filter: LineFilter | None = None,
) -> Prepared:
    """``path`` as bounded UTF-8 (see module doc); the caller must ``cleanup()`` the result."""
    current = probe(path, compression, what).encoding
    if current == "utf-8" and compression is None and line_filter is None:
        size = path.stat().st_size
        fits = max_bytes is None or size <= max_bytes
        valid, saw_non_ascii = _validate_utf8(path, None if fits else max_bytes)
        if valid and fits:
            return Prepared(path=path, encoding="utf-8", complete=True, temporary=False)
        if not valid:
            current = "utf-8+replace" if saw_non_ascii else "cp1252"
    while True:
        codec, _, mode = current.partition("+")
        if line_filter is not None and hasattr(line_filter, "reset"):
            line_filter.reset()
        try:
            temp, complete, replaced, _ = _copy(path, compression, codec, mode or "strict", max_bytes, line_filter)
            break
        except UnicodeDecodeError:
            following = _next_encoding(current, path, compression)
            if following is None:
                raise SourceFormatError(f"{path}: cannot be decoded as text in any known encoding: re-export it as UTF-8") from None
            current = following
    notes: list[str] = []
    if current != "utf-8":
        notes.append(f"read as {_LABELS.get(current, current)}")
    if replaced:
        notes.append(f"{replaced} undecodable byte sequences replaced with U+FFFD")
    if not complete:
        notes.append(f"only the first {max_bytes} bytes were read for the sample")
    return Prepared(path=temp, encoding=current, complete=complete, temporary=True, replaced=replaced, notes=notes)


def _saw_utf8_before_error(path: Path, compression: str | None) -> bool:
    """Whether valid multi-byte UTF-8 appears before the first invalid byte (bounded read)."""
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    for chunk in BoundedReader(path, compression).chunks():
        try:
            text = decoder.decode(chunk, final=False)
        except UnicodeDecodeError as exc:
            return not chunk[: max(0, exc.start)].isascii()
        if not text.isascii():
            return True
    return False


def read_text_head(path: Path, compression: str | None, limit: int, what: str) -> tuple[str, bool, list[str]]:
    """Up to ``limit`` decoded bytes of a document: (text, complete, notes)."""
    found = probe(path, compression, what)
    decoder = codecs.getincrementaldecoder(found.encoding)("replace")
    parts: list[str] = []
    taken = 0
    complete = True
    source = BoundedReader(path, compression)
    for chunk in source.chunks():
        if taken + len(chunk) > limit:
            chunk = chunk[: limit - taken]
            complete = False
        taken += len(chunk)
        parts.append(decoder.decode(chunk, final=False))
        if not complete:
            break
    parts.append(decoder.decode(b"", final=complete))
    text = "".join(parts)
    notes = [] if found.encoding == "utf-8" else [f"read as {found.encoding}"]
    replaced = text.count("\ufffd")
    if replaced:
        notes.append(f"{replaced} undecodable byte sequences replaced with U+FFFD")
    if not complete:
        notes.append(f"only the first {limit} bytes were read")
    return text, complete, notes
