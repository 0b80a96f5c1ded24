"""FileSource on a real folder: good files read right, each broken file one SourceError."""

from __future__ import annotations

import codecs
import gzip
import json
import os
import time
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from flows.sources import open_source
from flows.sources.base import SourceError
from flows.sources.errors import SourceFormatError, SourceLimitError, SourceNotFound
from flows.sources.files import FileSource, csv_reader
from flows.sources.limits import MAX_CELL_CHARS
from tests.flows.sources_support import asset_named as _asset

FR_ROWS = [
    ("Dupont", "Zoé", "zoe.dupont@exemple.fr", "01000", "05/01/2024", "Cœur d'artichaut, 12 €"),
    ("Lefèvre", "Loïc", "loic@exemple.fr", "75001", "06/01/2024", "l’été"),
    ("Martin", "Anaïs", "anais@exemple.fr", "13001", "06/01/2024", "«guillemets»"),
]
FR_GOOD = 60  # 20 x the three rows
FR_BAD = 2
NDJSON_GOOD = 10
NDJSON_BAD = 3  # '{broken', '[1, 2]', '"text"'


def _write_fr_csv(path: Path) -> None:
    """A French Excel export: ';' separated, cp1252, a header, two malformed rows."""
    lines = ["nom;prénom;email;code postal;date;commentaire"]
    lines += [";".join(r) for r in FR_ROWS * 20]
    lines.insert(10, "ligne;cassée")  # too few fields
    lines.insert(30, "a;b;c;d;e;f;g;h")  # too many
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def _people() -> list[dict]:
    return [
        {"id": i, "contact": {"email": f"p{i}@x.fr", "phone": {"mobile": f"06{i:08d}"}}, "tags": ["vip", "fr"],
         "orders": [{"sku": "A1"}], "signup": f"2024-02-0{i % 3 + 1}T09:00:00"}
        for i in range(NDJSON_GOOD)
    ]


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("data")
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".git").mkdir()
    _write_fr_csv(root / "clients_fr.csv")
    (root / "binary.csv").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    good = pa.table({"name": ["Ana", "Bo", "Cy"], "address": [{"city": "Lyon", "zip": "69001"}, None, {"city": "Nice", "zip": "06000"}],
                     "born": [date(1990, 1, 1), date(1991, 2, 2), None]})
    pq.write_table(good, root / "good.parquet")
    (root / "corrupt.parquet").write_bytes((root / "good.parquet").read_bytes()[:-30])
    lines = [json.dumps(p) for p in _people()]
    lines[3:3] = ["{broken", "", "[1, 2]", '"text"']
    (root / "sub" / "people.ndjson").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "sub" / "deeper" / "array.json").write_text(json.dumps([{"a": 1, "b": {"c": "x"}}, {"a": 2}]), encoding="utf-8")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Clients"
    ws.append([None])  # a blank first row: the header is the first non-empty row
    ws.append(["Nom", "Email", "Né le", None])
    ws.append(["Dupont", "a@b.fr", datetime(1980, 1, 2), "x"])
    ws.append(["Martin", "c@d.fr", datetime(1990, 3, 4), None])
    ws.append([None, None, None])  # formatting leftover: not a record
    ws.append(["Durand", 42, "07/05/1970", None, "extra"])
    notes = wb.create_sheet("Notes; privées")
    notes.append(["texte"])
    notes.append(["Appeler M. Dupont au 06 12 34 56 78"])
    wb.save(root / "book.xlsx")
    (root / "notes.txt").write_text("Jean Dupont, né le 01/02/1980, jean.dupont@exemple.fr\n", encoding="utf-8")
    (root / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / ".git" / "config.csv").write_text("a\n1\n")
    (root / ".hidden.csv").write_text("a\n1\n")
    return root


@pytest.fixture(scope="module")
def source(folder) -> FileSource:
    return open_source(str(folder))  # type: ignore[return-value]


def test_lists_supported_files_recursively_and_reports_the_rest(source):
    assets = source.assets()
    assert [a.name for a in assets] == [
        "binary.csv", "book.xlsx#Clients", "book.xlsx#Notes; privées", "clients_fr.csv", "corrupt.parquet",
        "good.parquet", "notes.txt", "sub/deeper/array.json", "sub/people.ndjson",
    ]
    assert {a.name: a.kind for a in assets}["notes.txt"] == "document"
    assert source.skipped == [("image.png", "no reader for .png")]  # hidden files and .git never listed


def test_one_source_error_per_broken_file_the_rest_read(source):
    errors: dict[str, SourceError] = {}
    for asset in source.assets():
        try:
            source.sample(asset, 50)
        except SourceError as exc:
            errors[asset.name] = exc
    assert set(errors) == {"binary.csv", "corrupt.parquet"}
    assert isinstance(errors["binary.csv"], SourceFormatError)
    assert "binary file, not CSV" in str(errors["binary.csv"]) and "PNG" in str(errors["binary.csv"])
    assert "not a valid Parquet file" in str(errors["corrupt.parquet"])
    assert all("\n" not in str(e) for e in errors.values())


@pytest.mark.parametrize(
    ("name", "columns", "row_count", "rejected"),
    [
        ("clients_fr.csv", ["nom", "prénom", "email", "code postal", "date", "commentaire"], FR_GOOD + FR_BAD, FR_BAD),
        ("good.parquet", ["name", "address.city", "address.zip", "born"], 3, 0),
        ("sub/people.ndjson", ["id", "contact.email", "contact.phone.mobile", "tags[]", "orders[].sku", "signup"],
         NDJSON_GOOD + NDJSON_BAD, NDJSON_BAD),
        ("sub/deeper/array.json", ["a", "b.c"], 2, 0),
        ("book.xlsx#Clients", ["Nom", "Email", "Né le", "column_4", "column_5"], 3, 0),
        ("book.xlsx#Notes; privées", ["texte"], 1, 0),
    ],
)
def test_columns_and_row_counts(source, name, columns, row_count, rejected):
    sample = source.sample(_asset(source, name), 1000)
    assert sample.table.column_names == columns
    assert sample.row_count == row_count
    assert sample.rejected == rejected
    assert sample.table.num_rows == row_count - rejected  # n above the size: every good row
    assert set(sample.dtypes) == set(columns)


@pytest.mark.parametrize("name", ["clients_fr.csv", "sub/people.ndjson", "good.parquet", "book.xlsx#Clients", "sub/deeper/array.json"])
def test_rows_read_plus_rejected_is_rows_in_file(source, name):
    asset = _asset(source, name)
    sample = source.sample(asset, 5)
    streamed = sum(b.num_rows for b in source.batches(asset, batch_rows=7))
    assert streamed + sample.rejected == sample.row_count
    assert sample.table.num_rows == min(5, streamed)


def test_french_excel_export_values_survive(source):
    sample = source.sample(_asset(source, "clients_fr.csv"), 1000)
    rows = sample.table.to_pylist()
    assert {r["prénom"] for r in rows} == {"Zoé", "Loïc", "Anaïs"}
    assert "Cœur d'artichaut, 12 €" in {r["commentaire"] for r in rows}  # cp1252, not latin-1
    assert {r["code postal"] for r in rows} == {"01000", "75001", "13001"}  # text: the leading zero stays
    assert "read as cp1252" in sample.notes
    assert sample.dtypes["code postal"] == "varchar"


def test_nested_json_is_flattened_lists_kept_per_row(source):
    sample = source.sample(_asset(source, "sub/people.ndjson"), 1000)
    row = next(r for r in sample.table.to_pylist() if r["id"] == 4)
    assert row["contact.email"] == "p4@x.fr"
    assert row["contact.phone.mobile"] == "0600000004"
    assert row["tags[]"] == ["vip", "fr"]  # a list of scalars: one list per row, not exploded
    assert row["orders[].sku"] == ["A1"]  # a list of records: a list column per field


def test_excel_sheets_keep_cell_types_and_mixed_columns_become_text(source):
    sample = source.sample(_asset(source, "book.xlsx#Clients"), 1000)
    by_name = {r["Nom"]: r for r in sample.table.to_pylist()}
    assert by_name["Dupont"]["Né le"] == "1980-01-02 00:00:00"  # a column mixing dates and text is text
    assert by_name["Durand"]["Email"] == "42"
    assert by_name["Durand"]["column_5"] == "extra"


@pytest.mark.parametrize(
    ("name", "column", "expected"),
    [
        ("clients_fr.csv", "date", [(date(2024, 1, 5), 20), (date(2024, 1, 6), 40)]),
        ("sub/people.ndjson", "signup", [(date(2024, 2, 1), 4), (date(2024, 2, 2), 3), (date(2024, 2, 3), 3)]),
        ("good.parquet", "born", [(date(1990, 1, 1), 1), (date(1991, 2, 2), 1)]),
        ("book.xlsx#Clients", "Né le", [(date(1970, 5, 7), 1), (date(1980, 1, 2), 1), (date(1990, 3, 4), 1)]),
    ],
)
def test_date_histogram_over_whole_file(source, name, column, expected):
    assert source.date_histogram(_asset(source, name), column) == expected


def test_date_histogram_unknown_column(source):
    with pytest.raises(SourceNotFound):
        source.date_histogram(_asset(source, "clients_fr.csv"), "nope")


def test_documents_are_text(source):
    sample = source.sample(_asset(source, "notes.txt"), 10)
    assert sample.table is None
    assert sample.text.startswith("Jean Dupont")
    lines = [t for b in source.batches(_asset(source, "notes.txt")) for t in b.column("text").to_pylist()]
    assert lines == ["Jean Dupont, né le 01/02/1980, jean.dupont@exemple.fr"]


@pytest.mark.parametrize(
    ("include", "exclude", "names"),
    [
        (["*.csv"], None, ["binary.csv", "clients_fr.csv"]),
        (None, ["*.csv", "*.xlsx", "*.parquet"], ["notes.txt", "sub/deeper/array.json", "sub/people.ndjson"]),
        (["sub/*"], ["**/array.json"], ["sub/people.ndjson"]),
        (["**/*.json"], None, ["sub/deeper/array.json"]),
        (["book.xlsx"], ["book.xlsx#Notes*"], ["book.xlsx#Clients"]),
        (["book.xlsx#Notes*"], None, ["book.xlsx#Notes; privées"]),
        (["*.CSV"], None, []),  # case-sensitive, like the file system
    ],
)
def test_include_exclude_globs(folder, include, exclude, names):
    src = open_source(str(folder), include=include, exclude=exclude)
    assert [a.name for a in src.assets()] == names


def test_single_file_source_is_its_real_path_and_the_asset_its_name(folder, monkeypatch):
    monkeypatch.chdir(folder)
    for spelling in ("sub/people.ndjson", "./sub/people.ndjson", str(folder / "sub" / ".." / "sub" / "people.ndjson")):
        src = open_source(spelling)
        [asset] = src.assets()
        assert src.uri == os.path.realpath(folder / "sub" / "people.ndjson"), spelling
        assert (asset.source, asset.name) == (src.uri, "people.ndjson"), spelling
    assert src.sample(asset, 3).table.num_rows == 3
    book = open_source("book.xlsx")
    assert [a.name for a in book.assets()] == ["book.xlsx#Clients", "book.xlsx#Notes; privées"]


def test_fingerprint_is_size_mtime_path(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("x\n1\n")
    src = open_source(str(tmp_path))
    [asset] = src.assets()
    first = src.fingerprint(asset)
    assert src.fingerprint(asset) == first
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 1_000_000_000))
    assert src.fingerprint(asset) != first


# -- encodings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "data", "note"),
    [
        ("utf-8", "nom;ville\nZoé;Besançon\n".encode(), None),
        ("utf-8 BOM", codecs.BOM_UTF8 + "nom;ville\nZoé;Besançon\n".encode(), "read as UTF-8 with BOM"),
        ("cp1252", "nom;ville\nZoé;Besançon\n".encode("cp1252"), "read as cp1252"),
        ("utf-16 Excel unicode text", "nom\tville\r\nZoé\tBesançon\r\n".encode("utf-16"), "read as UTF-16"),
        ("ascii head then cp1252", b"nom;ville\n" + b"Abc;Def\n" * 20_000 + "Zoé;Besançon\n".encode("cp1252"), "read as cp1252"),
        ("utf-8 with a damaged byte", b"nom;ville\n" + "Zoé;x\n".encode() * 20_000 + b"Zo\xe9;Besan\xc3\xa7on\n", "UTF-8 with damaged bytes"),
    ],
)
def test_encodings_are_detected_never_silently_empty(tmp_path, label, data, note):
    path = tmp_path / "export.csv"
    path.write_bytes(data)
    src = open_source(str(path))
    sample = src.sample(src.assets()[0], 100_000)
    assert sample.table.column_names == ["nom", "ville"], label
    assert sample.row_count == data.count(b"\n") - 1, label
    assert sample.table.num_rows == sample.row_count
    villes = set(sample.table.column("ville").to_pylist())
    if label != "utf-8 with a damaged byte":
        assert "Besançon" in villes, label
    else:
        assert "Besançon" in villes and sample.notes and "U+FFFD" in " ".join(sample.notes)
    if note:
        assert note in " ".join(sample.notes), label


def test_gzip_csv_reads_like_csv(tmp_path):
    path = tmp_path / "x.csv.gz"
    with gzip.open(path, "wt", encoding="cp1252") as f:
        f.write("nom;ville\n" + "Zoé;Besançon\n" * 100)
    src = open_source(str(path))
    sample = src.sample(src.assets()[0], 10)
    assert sample.row_count == 100 and sample.table.column("ville").to_pylist()[0] == "Besançon"


def test_empty_and_header_only_csv(tmp_path):
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "header.csv").write_text("a;b\n")
    src = open_source(str(tmp_path))
    for asset in src.assets():
        sample = src.sample(asset, 10)
        assert sample.row_count == 0 and sample.rejected == 0, asset.name
        assert list(src.batches(asset)) == [] or sum(b.num_rows for b in src.batches(asset)) == 0


def test_huge_file_is_sampled_from_its_head(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_reader, "MAX_SAMPLE_BYTES", 10_000)
    path = tmp_path / "big.csv"
    path.write_text("id;email\n" + "".join(f"{i};u{i}@x.fr\n" for i in range(5_000)))
    src = open_source(str(path))
    sample = src.sample(src.assets()[0], 50)
    assert sample.row_count is None  # unknown: only the head was read
    assert 0 < sample.table.num_rows <= 50
    assert max(int(i) for i in sample.table.column("id").to_pylist()) < 1_000
    assert any("first 10000 bytes" in n for n in sample.notes)
    assert sum(b.num_rows for b in src.batches(src.assets()[0])) == 5_000  # a full read still reads it all


# -- hostile files ---------------------------------------------------------------------------


def test_gzip_bomb_stops_quickly(tmp_path):
    path = tmp_path / "bomb.csv.gz"
    block = b"1,2\n" * (1 << 18)  # 1 MiB that compresses ~1000-fold
    with gzip.open(path, "wb", compresslevel=9) as f:
        f.write(b"a,b\n")
        for _ in range(48):
            f.write(block)
    assert path.stat().st_size < 100_000
    src = open_source(str(path))
    started = time.perf_counter()
    with pytest.raises(SourceLimitError) as info:
        src.sample(src.assets()[0], 10)
    assert time.perf_counter() - started < 5
    assert "compression bomb" in str(info.value)
    with pytest.raises(SourceLimitError):
        list(src.batches(src.assets()[0]))


def test_parquet_bomb_is_refused_from_its_footer(tmp_path):
    path = tmp_path / "bomb.parquet"
    pq.write_table(pa.table({"s": ["A" * 10_000] * 5_000}), path, compression="zstd", use_dictionary=False)
    assert path.stat().st_size < 500_000
    src = open_source(str(path))
    started = time.perf_counter()
    with pytest.raises(SourceLimitError) as info:
        src.sample(src.assets()[0], 10)
    assert time.perf_counter() - started < 5
    assert "-fold" in str(info.value)


def test_xlsx_zip_bomb_is_refused(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"\x20" * (48 * 1024 * 1024))
    src = open_source(str(path))
    [asset] = src.assets()  # unopenable workbook: one asset, whose sample explains
    with pytest.raises(SourceLimitError) as info:
        src.sample(asset, 10)
    assert "zip bomb" in str(info.value)


def test_ten_megabyte_cell_is_cut_and_counted(tmp_path):
    path = tmp_path / "cell.csv"
    path.write_text("id,blob,email\n1," + "x" * 10_000_000 + ",a@b.fr\n2,short,c@d.fr\n")
    src = open_source(str(path))
    started = time.perf_counter()
    sample = src.sample(src.assets()[0], 10)
    assert time.perf_counter() - started < 10
    assert sample.row_count == 2 and sample.truncated_cells == 1
    assert max(len(v) for v in sample.table.column("blob").to_pylist()) == MAX_CELL_CHARS
    assert sorted(sample.table.column("email").to_pylist()) == ["a@b.fr", "c@d.fr"]


def test_regex_hostile_values_do_not_hang(tmp_path):
    path = tmp_path / "evil.csv"
    evil = "1" * 200_000 + "/" + "0" * 200_000
    path.write_text("when;what\n" + f"{evil};{'.' * 100_000}!\n" + "01/02/2024;ok\n")
    src = open_source(str(path))
    asset = src.assets()[0]
    started = time.perf_counter()
    sample = src.sample(asset, 10)
    days = src.date_histogram(asset, "when")
    assert time.perf_counter() - started < 5
    assert sample.row_count == 2 and sample.truncated_cells == 2
    assert days == [(date(2024, 2, 1), 1)]


def test_errors_never_quote_the_data(tmp_path, monkeypatch):
    """DuckDB quotes the offending line in its CSV errors; ropa's message must not."""
    monkeypatch.setattr(csv_reader, "MAX_LINE_BYTES", 1 << 20)
    path = tmp_path / "leak.csv"
    secret = "SECRET-FR7630006000011234567890189"
    path.write_text("a,b\n" + secret + ",\"" + "y" * (2 << 20) + "\n")
    src = open_source(str(path))
    with pytest.raises(SourceError) as info:
        src.sample(src.assets()[0], 10)
    assert secret not in str(info.value) and "yyyy" not in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("zip.csv", b"PK\x03\x04" + b"\x00" * 100, "ZIP archive"),
        ("nul.csv", b"a,b\n1,\x002\n", "binary file, not CSV"),
        ("pdf.txt", b"%PDF-1.7\n\x00\x01\x02", "PDF"),
        ("gz.json", gzip.compress(b'{"a": 1}'), "gzip"),
        ("text.parquet", b"id,name\n1,x\n", "not a Parquet file"),
        ("old.xlsx", b"\xd0\xcf\x11\xe0" + b"\x00" * 100, "not a valid .xlsx"),
        ("broken.json", b'[{"a": 1}, {"a": ', "not valid JSON"),
    ],
)
def test_misnamed_and_damaged_files(tmp_path, name, data, words):
    (tmp_path / name).write_bytes(data)
    src = open_source(str(tmp_path))
    [asset] = src.assets()
    with pytest.raises(SourceFormatError) as info:
        src.sample(asset, 10)
    assert words in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("ends", [True, False])
def test_overlong_ndjson_line_is_rejected_with_bounded_memory(tmp_path, monkeypatch, ends):
    from flows.sources.files import json_reader, textio

    monkeypatch.setattr(textio, "MAX_LINE_BYTES", 100_000)
    monkeypatch.setattr(json_reader, "MAX_LINE_BYTES", 100_000)
    monkeypatch.setattr(textio, "_CHUNK", 64 * 1024)  # several chunks per long line
    long_line = json.dumps({"id": 99, "blob": "z" * 500_000})
    lines = [json.dumps({"id": i}) for i in range(5)] + [long_line] + [json.dumps({"id": 5})]
    if not ends:
        lines = lines[:-1]  # the long line is the last one, without a newline
    path = tmp_path / "long.ndjson"
    path.write_text("\n".join(lines) + ("\n" if ends else ""))
    src = open_source(str(path))
    sample = src.sample(src.assets()[0], 100)
    assert sample.rejected == 1 and sample.row_count == len(lines)
    assert sorted(sample.table.column("id").to_pylist()) == list(range(6 if ends else 5))
    assert any("longer than" in n for n in sample.notes)
