"""Objects under an S3 prefix, ``ropa scan s3://bucket/prefix/``, read with the local file readers.

Reached through pyarrow's S3 filesystem (``pyarrow.fs.S3FileSystem``, the AWS C++ SDK: nothing
more to install). Endpoint, region and credentials come from the standard AWS environment:
``AWS_ENDPOINT_URL_S3`` / ``AWS_ENDPOINT_URL`` (or ``?endpoint=`` in the URI, kept in the
canonical form since one bucket name on two endpoints is two sources), ``AWS_REGION`` /
``AWS_DEFAULT_REGION`` (or ``?region=``), and the SDK's default credential chain
(``AWS_ACCESS_KEY_ID`` / ``AWS_SECRET_ACCESS_KEY`` / ``AWS_SESSION_TOKEN``, ``AWS_PROFILE`` and
``~/.aws/credentials``, instance roles). A credential typed into the URI is refused.

Objects are listed like a folder (keys relative to the prefix, ``.``-names skipped, globs on the
relative key) and read by the same per-format readers as local files
(``flows.sources.files``), from a bounded local copy in a temporary folder that is removed after
each read:

* CSV, TSV, NDJSON/JSON and text: one ranged GET of the first ``S3_HEAD_BYTES`` bytes, cut at the
  last newline, is sampled (noted; the row count is then unknown). Compressed objects
  (``.gz``…) cannot be cut mid-stream, so they are fetched whole up to ``S3_WHOLE_BYTES``;
* Parquet: the footer is read with ranged GETs, then only the row groups needed for ``n`` rows,
  drawn with a fixed seed, are fetched and handed to the Parquet reader (exact row count from the
  footer);
* Excel: a zip archive read whole, up to ``S3_WHOLE_BYTES``.

``--full`` and date histograms stream the whole object to a temporary copy first. The fingerprint
is the object's size and modification time from the listing (no read). ``bytes_read`` counts the
bytes fetched, so tests and benchmarks can check a sample never reads a large object whole.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import tempfile
import urllib.parse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path, PurePosixPath

import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from catalog.identity import canonical

from flows.sources.base import Asset, AssetSample, SourceError
from flows.sources.errors import (
    SourceConnectionError,
    SourceLimitError,
    SourceNotFound,
    SourcePermissionError,
    SourceReadError,
    UnsupportedSource,
)
from flows.sources.files import reader_for
from flows.sources.files.textio import split_name
from flows.sources.globs import selected
from flows.sources.limits import MiB, SAMPLE_SEED
from flows.sources.name_values import mask_values

#: A sample of a text object reads at most this many bytes from its start.
S3_HEAD_BYTES = 8 * MiB
#: Objects that must be read whole (compressed text, Excel) are refused above this size.
S3_WHOLE_BYTES = 256 * MiB
_COPY_CHUNK = 8 * MiB


def _s3_error(exc: BaseException, what: str) -> SourceError:
    """An S3 failure in ropa's words, from the SDK's error name; the SDK's text is never shown
    (it repeats keys and request ids, and a misconfigured URL may carry a credential)."""
    text = str(exc).upper()
    if "ACCESS_DENIED" in text or "ACCESSDENIED" in text or "HTTP STATUS 403" in text or "FORBIDDEN" in text:
        if "INVALIDACCESSKEYID" in text or "INVALID_ACCESS_KEY_ID" in text or "SIGNATURE" in text:
            return SourceConnectionError(
                f"{what}: the S3 credentials were refused: check AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY or AWS_PROFILE",
                transient=False,
            )
        return SourcePermissionError(f"{what}: access denied by S3 for these credentials: grant s3:GetObject/ListBucket, or exclude it")
    if "INVALIDACCESSKEYID" in text or "INVALID_ACCESS_KEY_ID" in text or "SIGNATUREDOESNOTMATCH" in text or "SIGNATURE_DOES_NOT_MATCH" in text:
        return SourceConnectionError(
            f"{what}: the S3 credentials were refused: check AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY or AWS_PROFILE",
            transient=False,
        )
    if "NO_SUCH_BUCKET" in text or "NOSUCHBUCKET" in text:
        return SourceNotFound(f"{what}: no such bucket on this endpoint: check the bucket name and AWS_ENDPOINT_URL")
    if "NO_SUCH_KEY" in text or "NOSUCHKEY" in text or "HTTP STATUS 404" in text or "PATH DOES NOT EXIST" in text:
        return SourceNotFound(f"{what}: the object is gone; it was deleted since listing: rescan the prefix")
    if "CURL" in text or "NETWORK" in text or "CONNECT" in text or "TIMEOUT" in text or "HTTP STATUS 5" in text:
        return SourceConnectionError(f"{what}: the S3 endpoint could not be reached or failed: retrying may help")
    return SourceReadError(f"{what}: S3 refused or failed the read ({type(exc).__name__}): check it with the aws CLI")


class S3Source:
    """The objects under one ``s3://bucket/prefix`` (see module doc)."""

    def __init__(
        self,
        uri: str,
        *,
        include: Sequence[str] | None = None,
        exclude: Sequence[str] | None = None,
        secrets: dict[str, str] | None = None,
    ) -> None:
        ident = canonical(uri)
        self.uri = ident.uri
        if ident.secrets or secrets:
            raise UnsupportedSource(
                f"{self.uri}: credentials in an s3:// URI are refused: give them through AWS_ACCESS_KEY_ID and "
                "AWS_SECRET_ACCESS_KEY, or an AWS profile (AWS_PROFILE)"
            )
        parts = urllib.parse.urlsplit(self.uri)
        params = dict(urllib.parse.parse_qsl(parts.query))
        self._bucket = parts.netloc
        self._prefix = parts.path.lstrip("/")
        self._include = include
        self._exclude = exclude
        self.skipped: list[tuple[str, str]] = []
        self.bytes_read = 0
        self._listing: dict[str, pafs.FileInfo] = {}
        kwargs: dict[str, object] = {
            "region": params.get("region") or os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or "us-east-1",
            "connect_timeout": 10,
            "request_timeout": 60,
        }
        endpoint = params.get("endpoint")
        if endpoint:
            split = urllib.parse.urlsplit(endpoint)
            kwargs["endpoint_override"] = split.netloc or endpoint
            kwargs["scheme"] = split.scheme or "https"
        try:
            self._fs = pafs.S3FileSystem(**kwargs)  # type: ignore[arg-type]
        except (OSError, ValueError, pa.ArrowException) as exc:
            raise _s3_error(exc, self.uri) from None
        self._root = f"{self._bucket}/{self._prefix}".rstrip("/")

    # -- listing -----------------------------------------------------------------------------

    def _objects(self) -> Iterator[tuple[str, pafs.FileInfo]]:
        """(name relative to the prefix, info) of every object under the prefix, sorted."""
        try:
            if not self._prefix.endswith("/") and self._prefix:
                try:
                    info = self._fs.get_file_info(self._root)
                except (OSError, pa.ArrowException):
                    info = None  # a HEAD error has no body to say why: the listing below will
                if info is not None and info.type == pafs.FileType.File:  # the URI names one object
                    yield PurePosixPath(info.path).name, info
                    return
            found = self._fs.get_file_info(pafs.FileSelector(self._root, recursive=True, allow_not_found=True))
            if not found and self._fs.get_file_info(self._bucket).type == pafs.FileType.NotFound:
                raise SourceNotFound(f"{self.uri}: no such bucket on this endpoint: check the bucket name and AWS_ENDPOINT_URL")
        except (OSError, pa.ArrowException) as exc:
            raise _s3_error(exc, self.uri) from None
        for item in sorted(found, key=lambda i: i.path):
            if item.type != pafs.FileType.File:
                continue
            rel = item.path[len(self._root):].lstrip("/")
            if any(part.startswith(".") for part in rel.split("/")):
                continue
            yield rel, item

    def assets(self) -> list[Asset]:
        self.skipped = []
        out: list[Asset] = []
        for name, info in self._objects():
            self._listing[info.path] = info
            reader = reader_for(Path(name))
            if reader is None:
                self.skipped.append((mask_values(name), f"no reader for {''.join(PurePosixPath(name).suffixes[-2:]) or 'objects without extension'}"))
                continue
            if not reader.multi_asset:
                if selected(name, self._include, self._exclude):
                    out.extend(reader.assets(self.uri, name, Path(info.path)))
                continue
            if not selected(name, None, self._exclude):
                continue
            try:
                with self._copy(info.path, whole=True) as local:
                    sheets = reader.assets(self.uri, name, local)
            except SourceError:
                sheets = [Asset(source=self.uri, name=name, kind="file", location=(info.path,))]
            out.extend(
                Asset(source=a.source, name=a.name, kind=a.kind, location=(info.path, *a.location[1:]))
                for a in sheets
                if selected(a.name, self._include, self._exclude, also=(name,))
            )
        return sorted(out, key=lambda a: a.name)

    # -- reading -----------------------------------------------------------------------------

    def _info(self, key: str) -> pafs.FileInfo:
        try:
            info = self._fs.get_file_info(key)
        except (OSError, pa.ArrowException) as exc:
            raise _s3_error(exc, f"{self.uri}: {key}") from None
        if info.type != pafs.FileType.File:
            raise SourceNotFound(f"{self.uri}: {PurePosixPath(key).name}: the object is gone; it was deleted since listing: rescan the prefix")
        return info

    @contextmanager
    def _copy(self, key: str, *, whole: bool, limit: int | None = None) -> Iterator[Path]:
        """A local copy of the object (or its first ``limit`` bytes, cut at a newline) in a
        temporary folder removed afterwards; the name keeps the key's suffixes for the reader."""
        info = self._info(key)
        size = int(info.size or 0)
        if whole and size > S3_WHOLE_BYTES:
            raise SourceLimitError(
                f"{self.uri}: {PurePosixPath(key).name}: {size} bytes must be read whole and exceed the {S3_WHOLE_BYTES}-byte "
                "bound: copy it locally, or exclude it"
            )
        folder = Path(tempfile.mkdtemp(prefix="ropa-s3-"))
        local = folder / PurePosixPath(key).name
        try:
            try:
                with self._fs.open_input_file(key) as remote, open(local, "wb") as out:
                    if whole or limit is None or size <= limit:
                        while chunk := remote.read(_COPY_CHUNK):
                            self.bytes_read += len(chunk)
                            out.write(chunk)
                    else:
                        head = remote.read_at(limit, 0)  # one ranged GET
                        self.bytes_read += len(head)
                        cut = head.rfind(b"\n")
                        out.write(head[: cut + 1] if cut >= 0 else head)
            except (OSError, pa.ArrowException) as exc:
                raise _s3_error(exc, f"{self.uri}: {PurePosixPath(key).name}") from None
            yield local
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def _located(self, asset: Asset, local: Path) -> Asset:
        return Asset(source=asset.source, name=asset.name, kind=asset.kind, location=(str(local), *asset.location[1:]))

    def sample(self, asset: Asset, n: int) -> AssetSample:
        key = self._key(asset)
        reader = self._reader(asset, key)
        size = int(self._info(key).size or 0)
        if reader.suffixes[0] in (".parquet", ".pq"):
            return self._sample_parquet(asset, key, reader, int(n), size)
        _, compression = split_name(Path(key))
        whole = compression is not None or reader.multi_asset
        with self._copy(key, whole=whole, limit=S3_HEAD_BYTES) as local:
            sample = reader.sample(self._located(asset, local), local, int(n))
        cut = not whole and size > S3_HEAD_BYTES
        if cut:
            strategy = f"byte range: the first {S3_HEAD_BYTES} of {size} bytes (one ranged GET), cut at the last newline"
            notes = (*sample.notes, f"sampled the first {S3_HEAD_BYTES} bytes of a {size}-byte object")
            return AssetSample(asset=asset, table=sample.table, text=sample.text, row_count=None, rejected=sample.rejected,
                               rejected_lines=sample.rejected_lines, dtypes=sample.dtypes, truncated_cells=sample.truncated_cells, notes=notes, sampling=strategy)
        strategy = f"whole object: {size} bytes" + (" (compressed or a workbook: cannot be cut)" if whole else "")
        return AssetSample(asset=asset, table=sample.table, text=sample.text, row_count=sample.row_count,
                           rejected=sample.rejected, rejected_lines=sample.rejected_lines, dtypes=sample.dtypes,
                           truncated_cells=sample.truncated_cells, notes=sample.notes, sampling=strategy)

    def _sample_parquet(self, asset: Asset, key: str, reader, n: int, size: int) -> AssetSample:
        """Footer by ranged GETs, then seeded row groups until ``n`` rows, through the Parquet reader."""
        folder = Path(tempfile.mkdtemp(prefix="ropa-s3-"))
        local = folder / PurePosixPath(key).name
        try:
            try:
                with self._fs.open_input_file(key) as remote:
                    counted = _CountingFile(remote)
                    parquet = pq.ParquetFile(counted)
                    meta = parquet.metadata
                    groups = list(range(meta.num_row_groups))
                    random.Random(SAMPLE_SEED).shuffle(groups)
                    chosen, rows = [], 0
                    for g in groups:
                        if rows >= n:
                            break
                        chosen.append(g)
                        rows += meta.row_group(g).num_rows
                    chosen.sort()
                    table = parquet.read_row_groups(chosen) if chosen else parquet.schema_arrow.empty_table()
                    self.bytes_read += counted.bytes
                    total = meta.num_rows
            except (OSError, pa.ArrowException) as exc:
                if isinstance(exc, pa.ArrowInvalid) and "parquet" in str(exc).lower():
                    from flows.sources.errors import SourceFormatError

                    raise SourceFormatError(
                        f"{self.uri}: {asset.name}: not a valid Parquet object (damaged or truncated footer?): re-export it, or exclude it"
                    ) from None
                raise _s3_error(exc, f"{self.uri}: {asset.name}") from None
            pq.write_table(table, local)
            sample = reader.sample(self._located(asset, local), local, n)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        strategy = f"row groups: {len(chosen)} of {meta.num_row_groups} (seeded), footer and those groups by ranged GETs"
        return AssetSample(asset=asset, table=sample.table, row_count=total, dtypes=sample.dtypes,
                           truncated_cells=sample.truncated_cells, notes=sample.notes, sampling=strategy)

    def _key(self, asset: Asset) -> str:
        if not asset.location:
            raise SourceReadError(f"{asset.name}: not an asset of an S3 prefix (no key)")
        return asset.location[0]

    def _reader(self, asset: Asset, key: str):
        reader = reader_for(Path(key))
        if reader is None:
            raise SourceReadError(f"{asset.name}: no reader for this object type")
        return reader

    def batches(self, asset: Asset, batch_rows: int = 100_000) -> Iterator[pa.RecordBatch]:
        key = self._key(asset)
        reader = self._reader(asset, key)
        with self._copy(key, whole=True) as local:
            yield from reader.batches(self._located(asset, local), local, batch_rows)

    def date_histogram(self, asset: Asset, column: str) -> list[tuple[date, int]]:
        key = self._key(asset)
        reader = self._reader(asset, key)
        with self._copy(key, whole=True) as local:
            return reader.date_histogram(self._located(asset, local), local, column)

    def fingerprint(self, asset: Asset) -> str:
        """Key, size and modification time (plus sheet), from one metadata request: no byte read."""
        key = self._key(asset)
        info = self._listing.get(key) or self._info(key)
        parts = [self.uri, key, str(info.size), str(info.mtime_ns), *asset.location[1:]]
        return hashlib.sha256("\x00".join(parts).encode()).hexdigest()

    def close(self) -> None:
        """Nothing held open: every read opens and closes its own stream."""


class _CountingFile:
    """A file-like wrapper over pyarrow's S3 input file counting the bytes it hands over, so
    a Parquet sample's footprint is measured, not assumed."""

    def __init__(self, raw) -> None:
        self._raw = raw
        self.bytes = 0

    def read(self, nbytes: int | None = None) -> bytes:
        data = self._raw.read(nbytes) if nbytes is not None else self._raw.read()
        self.bytes += len(data)
        return data

    def read_at(self, nbytes: int, offset: int) -> bytes:
        data = self._raw.read_at(nbytes, offset)
        self.bytes += len(data)
        return data

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._raw.seek(offset, whence)

    def tell(self) -> int:
        return self._raw.tell()

    def size(self) -> int:
        return self._raw.size()

    def seekable(self) -> bool:
        return True

    def readable(self) -> bool:
        return True

    @property
    def closed(self) -> bool:
        return self._raw.closed

    def close(self) -> None:
        self._raw.close()
