"""S3Source against a real S3 HTTP server: moto in server mode, started by the tests on a free
loopback port and stopped after. Its request log (one line per HTTP request, with the status)
shows which reads were ranged (206) and which fetched a whole object (200)."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from flows.cli import main
from flows.sources import open_source
from flows.sources.errors import SourceConnectionError, SourceNotFound, UnsupportedSource
from flows.sources.s3_source import S3_HEAD_BYTES, S3Source
from tests.flows.sources_support import start_moto as _start_moto
from tests.flows.sources_support import stop_process as _stop

BUCKET = "ropa-exports"
BIG_CSV_BYTES = 40 * 1024 * 1024
PARQUET_ROWS = 200_000


def _requests(log: Path, key: str) -> list[tuple[str, int]]:
    """(method, status) of every request the server logged for ``key``."""
    pattern = re.compile(r'"(GET|HEAD|PUT|POST) /' + re.escape(f"{BUCKET}/{key}") + r'(?:\?[^ ]*)? HTTP/[0-9.]+" (\d{3})')
    return [(m.group(1), int(m.group(2))) for m in pattern.finditer(log.read_text(errors="replace"))]


def _xlsx() -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Klanten"
    ws.append(["naam", "email"])
    for i in range(30):
        ws.append([f"Klant {i}", f"klant{i}@voorbeeld.nl"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@pytest.fixture(scope="module")
def s3(tmp_path_factory) -> Iterator[dict]:
    import boto3

    workdir = tmp_path_factory.mktemp("moto")
    log = workdir / "moto.log"
    proc, endpoint = _start_moto(log)
    saved = {k: os.environ.get(k) for k in ("AWS_ENDPOINT_URL", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_REGION")}
    os.environ.update(AWS_ENDPOINT_URL=endpoint, AWS_ACCESS_KEY_ID="testing", AWS_SECRET_ACCESS_KEY="testing",
                      AWS_REGION="us-east-1")
    try:
        client = boto3.client("s3", endpoint_url=endpoint)
        client.create_bucket(Bucket=BUCKET)
        line = b"jan.jansen@voorbeeld.nl,NL91ABNA0417164300,2024-01-05\n"
        objects = {
            "exports/people.csv": b"email,iban,joined\n" + line * 200,
            "exports/events.ndjson": b"".join(b'{"user": {"email": "u%d@example.fr"}, "at": "2024-02-0%d"}\n' % (i, 1 + i % 5)
                                              for i in range(100)),
            "exports/notes/readme.txt": b"Contact: support@example.fr for questions.\n",
            "exports/tmp/scratch.csv": b"email\nscratch@example.fr\n",
            "exports/image.png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 100,
            "exports/broken.parquet": b"PAR1 this is not a parquet file at all PAR1",
            "exports/book.xlsx": _xlsx(),
            "exports/big.csv": b"email,iban,joined\n" + line * (BIG_CSV_BYTES // len(line)),
            "other/outside.csv": b"email\nnot-in-prefix@example.fr\n",
        }
        table = pa.table({"id": pa.array(range(PARQUET_ROWS)),
                          "email": pa.array([f"p{i}@example.be" for i in range(PARQUET_ROWS)])})
        buf = io.BytesIO()
        pq.write_table(table, buf, row_group_size=10_000)
        objects["exports/clients.parquet"] = buf.getvalue()
        for key, body in objects.items():
            client.put_object(Bucket=BUCKET, Key=key, Body=body)
        yield {"endpoint": endpoint, "log": log, "client": client, "sizes": {k: len(v) for k, v in objects.items()}}
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        _stop(proc)


def test_lists_a_prefix_with_includes_and_excludes(s3):
    src = open_source(f"s3://{BUCKET}/exports/")
    try:
        assert isinstance(src, S3Source)
        assert src.uri == f"s3://{BUCKET}/exports/?endpoint={s3['endpoint']}"
        names = [a.name for a in src.assets()]
        assert names == ["big.csv", "book.xlsx#Klanten", "broken.parquet", "clients.parquet", "events.ndjson",
                         "notes/readme.txt", "people.csv", "tmp/scratch.csv"]
        assert ("image.png", "no reader for .png") in src.skipped
    finally:
        src.close()
    picked = open_source(f"s3://{BUCKET}/exports/", include=["*.csv", "*.parquet"], exclude=["tmp/*", "big*"])
    assert [a.name for a in picked.assets()] == ["broken.parquet", "clients.parquet", "people.csv"]


def test_a_large_text_object_is_sampled_from_one_ranged_read(s3):
    src = open_source(f"s3://{BUCKET}/exports/", include=["big.csv"])
    asset = src.assets()[0]  # (the listing opens book.xlsx for its sheet names: globs match sheets)
    listed = src.bytes_read
    before = _requests(s3["log"], "exports/big.csv")
    sample = src.sample(asset, 1000)
    after = _requests(s3["log"], "exports/big.csv")[len(before):]
    assert sample.table.num_rows == 1000 and sample.row_count is None
    assert sample.table.column("email").to_pylist()[0] == "jan.jansen@voorbeeld.nl"
    assert src.bytes_read - listed == S3_HEAD_BYTES < s3["sizes"]["exports/big.csv"] / 4
    assert sample.sampling.startswith(f"byte range: the first {S3_HEAD_BYTES} of {s3['sizes']['exports/big.csv']} bytes")
    gets = [status for method, status in after if method == "GET"]
    assert gets == [206]  # one ranged GET, no whole-object read


def test_parquet_reads_the_footer_and_a_few_row_groups(s3):
    src = open_source(f"s3://{BUCKET}/exports/", include=["clients.parquet"])
    asset = src.assets()[0]
    listed = src.bytes_read
    before = _requests(s3["log"], "exports/clients.parquet")
    sample = src.sample(asset, 1000)
    after = _requests(s3["log"], "exports/clients.parquet")[len(before):]
    size = s3["sizes"]["exports/clients.parquet"]
    assert sample.row_count == PARQUET_ROWS and sample.table.num_rows == 1000
    assert sample.sampling.startswith("row groups: 1 of 20 (seeded)")
    assert src.bytes_read - listed < size / 5, (src.bytes_read - listed, size)
    assert all(status == 206 for method, status in after if method == "GET"), after
    # same seed, same rows
    again = open_source(f"s3://{BUCKET}/exports/", include=["clients.parquet"])
    assert again.sample(again.assets()[0], 1000).table.column("id").to_pylist() == sample.table.column("id").to_pylist()


def test_formats_read_like_local_files(s3):
    src = open_source(f"s3://{BUCKET}/exports/")
    by_name = {a.name: a for a in src.assets()}
    assert src.sample(by_name["people.csv"], 50).row_count == 200
    events = src.sample(by_name["events.ndjson"], 50)
    assert "user.email" in events.table.column_names
    assert src.sample(by_name["book.xlsx#Klanten"], 50).table.num_rows == 30
    assert "support@example.fr" in src.sample(by_name["notes/readme.txt"], 1).text
    assert src.date_histogram(by_name["events.ndjson"], "at")[0][1] == 20
    assert sum(b.num_rows for b in src.batches(by_name["people.csv"], 64)) == 200
    assert src.fingerprint(by_name["people.csv"]) == src.fingerprint(by_name["people.csv"])
    assert src.fingerprint(by_name["people.csv"]) != src.fingerprint(by_name["tmp/scratch.csv"])


def test_scan_unreadable_and_vanished_objects_become_error_rows(s3, tmp_path, monkeypatch, capsys):
    import flows.scan

    s3["client"].put_object(Bucket=BUCKET, Key="exports/vanishing.csv", Body=b"email\nv@example.fr\n")
    real = flows.scan.discover

    def discover_then_delete(*args, **kwargs):
        found = real(*args, **kwargs)
        s3["client"].delete_object(Bucket=BUCKET, Key="exports/vanishing.csv")  # gone between listing and reading
        return found

    monkeypatch.setattr(flows.scan, "discover", discover_then_delete)
    catalog = tmp_path / "c.duckdb"
    assert main(["scan", f"s3://{BUCKET}/exports/", "--exclude", "big.csv", "--catalog", str(catalog)]) == 2
    capsys.readouterr()
    con = duckdb.connect(str(catalog), read_only=True)
    rows = {a: (st, err, params) for a, st, err, params in con.execute(
        "SELECT a.asset, s.status, s.error, s.scan_params FROM asset_scans s JOIN assets a USING (asset_id)").fetchall()}
    con.close()
    assert rows["broken.parquet"][0] == "error" and "not a valid Parquet" in rows["broken.parquet"][1]
    assert rows["vanishing.csv"][0] == "error" and "gone" in rows["vanishing.csv"][1]
    assert rows["people.csv"][0] == "scanned" and '"sampling": "whole object' in rows["people.csv"][2]
    assert rows["clients.parquet"][0] == "scanned" and '"sampling": "row groups' in rows["clients.parquet"][2]


def test_credentials_from_a_profile_are_used_and_wrong_ones_refused(tmp_path, monkeypatch):
    """A server that authenticates every request after the first three (which create an IAM
    user and its key): the profile's key lists the prefix, a wrong key is refused in one line."""
    import json

    import boto3

    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIANOTAREALKEY00000")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "Wr0ng-secret-key-4711")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    proc, endpoint = _start_moto(tmp_path / "auth.log", {"INITIAL_NO_AUTH_ACTION_COUNT": "3"})
    try:
        iam = boto3.client("iam", endpoint_url=endpoint)
        iam.create_user(UserName="ropa")
        key = iam.create_access_key(UserName="ropa")["AccessKey"]
        iam.put_user_policy(UserName="ropa", PolicyName="read", PolicyDocument=json.dumps(
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}))
        client = boto3.client("s3", endpoint_url=endpoint, aws_access_key_id=key["AccessKeyId"],
                              aws_secret_access_key=key["SecretAccessKey"])
        client.create_bucket(Bucket="ropa-private")
        client.put_object(Bucket="ropa-private", Key="crm/people.csv", Body=b"email\nq@example.nl\n")
        uri = f"s3://ropa-private/crm/?endpoint={endpoint}"

        with pytest.raises(SourceConnectionError) as info:  # the wrong key in the environment
            S3Source(uri).assets()
        assert not info.value.transient and "credentials were refused" in str(info.value)
        assert "Wr0ng-secret" not in str(info.value) and "AKIANOTAREALKEY" not in str(info.value)

        credentials = tmp_path / "credentials"
        credentials.write_text(f"[ropa-reader]\naws_access_key_id = {key['AccessKeyId']}\n"
                               f"aws_secret_access_key = {key['SecretAccessKey']}\n")
        monkeypatch.delenv("AWS_ACCESS_KEY_ID")
        monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
        monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(credentials))
        monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-config"))
        monkeypatch.setenv("AWS_PROFILE", "ropa-reader")
        src = S3Source(uri)
        assert [a.name for a in src.assets()] == ["people.csv"]
        assert src.sample(src.assets()[0], 10).table.column("email").to_pylist() == ["q@example.nl"]
    finally:
        _stop(proc)
    with pytest.raises(UnsupportedSource) as typed:
        open_source(f"s3://{BUCKET}/exports/?aws_secret_access_key=Sup3r-secret")
    assert "Sup3r-secret" not in str(typed.value) and "AWS_ACCESS_KEY_ID" in str(typed.value)


def test_a_missing_bucket_is_not_found(s3):
    with pytest.raises(SourceNotFound):
        open_source("s3://no-such-bucket-here/x/").assets()


def test_fingerprint_follows_the_object(s3):
    s3["client"].put_object(Bucket=BUCKET, Key="fp/data.csv", Body=b"email\na@example.fr\n")
    first = open_source(f"s3://{BUCKET}/fp/")
    asset = first.assets()[0]
    before = first.fingerprint(asset)
    assert open_source(f"s3://{BUCKET}/fp/").fingerprint(asset) == before  # no change, same print
    s3["client"].put_object(Bucket=BUCKET, Key="fp/data.csv", Body=b"email\na@example.fr\nb@example.fr\n")
    assert open_source(f"s3://{BUCKET}/fp/").fingerprint(asset) != before  # rewritten: size and mtime moved
