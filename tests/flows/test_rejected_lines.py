"""Rejected rows are shown by WHERE they are: the line numbers of a file's malformed lines (the
first ``MAX_REJECTED_LINES`` and the count), in the reader's sample, the catalog, the scan and
check summaries and the HTML report; and never by WHAT they hold (a bad line may be personal
data, and DuckDB's ``reject_errors.csv_line`` holds it verbatim).

Every file here is real and read by the real readers: CSV through DuckDB, a wide CSV through
Python's csv module, NDJSON through the line check. Each planted bad line carries a marker that
appears nowhere else, and no output may contain it."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from catalog import duck
from flows.cli import main
from flows.sources import open_source
from flows.sources.files import csv_reader, json_reader, textio
from flows.sources.limits import MAX_REJECTED_LINES

ROOT = Path(__file__).resolve().parents[2]
POLICY = ROOT / "policies" / "webcasso.yaml"
MARK = "RAWLINE"   # in every planted bad line, nowhere else


def _bad(i: int) -> str:
    """What a planted bad line holds: a marker and a personal value seen in no good row."""
    return f"{MARK}{i}-leak{i}@bad-line.example"


def _csv(path: Path, total: int, bad_at: dict[int, str], *, newline: str = "\n", encoding: str = "utf-8",
         multiline_at: int | None = None) -> None:
    """``total`` physical lines: a header, good rows, and at each line of ``bad_at`` a row of
    the wrong width (``few`` or ``many`` fields). ``multiline_at`` starts a good row whose quoted
    note spans two physical lines (so records and lines differ from there on)."""
    lines: list[str] = ["email,city,note"]
    n = 2
    while n <= total:
        if n in bad_at:
            lines.append(f"{_bad(n)},Ede" if bad_at[n] == "few" else f"{_bad(n)},Ede,x,y")
        elif n == multiline_at:
            lines.append(f'good{n}@example.nl,Gouda,"two\nlines"')
            n += 1
        else:
            lines.append(f"good{n}@example.nl,Delft,né {n}")
        n += 1
    path.write_bytes((newline.join(lines) + newline).encode(encoding))


def _lines_of(sample) -> list[int]:
    return list(sample.rejected_lines)


# --- the readers ------------------------------------------------------------------------------


@pytest.mark.parametrize("newline,encoding", [("\n", "utf-8"), ("\r\n", "cp1252")], ids=["utf8-lf", "cp1252-crlf"])
def test_duckdb_csv_names_the_physical_lines(tmp_path: Path, newline: str, encoding: str) -> None:
    """DuckDB counts records; a quoted field spanning two lines before the bad ones must not
    shift the line numbers shown. cp1252 goes through textio's UTF-8 copy first."""
    path = tmp_path / "export.csv"
    _csv(path, 60, {7: "few", 23: "many", 41: "few"}, newline=newline, encoding=encoding, multiline_at=15)
    src = open_source(str(path))
    sample = src.sample(src.assets()[0], 1000)
    assert not any("Python's csv" in n for n in sample.notes)      # DuckDB's reader
    assert sample.rejected == 3
    assert _lines_of(sample) == [7, 23, 41]
    text = path.read_bytes().decode(encoding).split("\n")   # a line ends at LF (CRLF too)
    assert all(text[n - 1].startswith(MARK) for n in _lines_of(sample))   # they really are those lines


def test_duckdb_csv_keeps_the_first_lines_and_the_full_count(tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    bad = {n: "few" if n % 2 else "many" for n in range(5, 5 + 3 * 25, 3)}   # 25 bad lines
    _csv(path, 120, bad)
    src = open_source(str(path))
    sample = src.sample(src.assets()[0], 1000)
    assert sample.rejected == 25 and sample.row_count == 119
    assert _lines_of(sample) == sorted(bad)[:MAX_REJECTED_LINES]


def test_duckdb_line_numbers_across_buffers(tmp_path: Path) -> None:
    """A 20 MB file: positions past DuckDB's first buffers still map to the right lines."""
    path = tmp_path / "big.csv"
    bad = {30_001: "few", 150_007: "many", 349_999: "few"}
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("email,city,note\n")
        for n in range(2, 400_001):
            if n in bad:
                fh.write(f"{_bad(n)},Ede\n" if bad[n] == "few" else f"{_bad(n)},Ede,x,y\n")
            elif n % 1000 == 0:
                fh.write(f'good{n}@example.nl,Gouda,"two\nlines"\n')   # one record, two lines
            else:
                fh.write(f"good{n}@example.nl,Delft,note {n} {'x' * 20}\n")
    assert path.stat().st_size > 20_000_000
    src = open_source(str(path))
    sample = src.sample(src.assets()[0], 100)
    assert sample.rejected == 3
    lines = path.read_text(encoding="utf-8").split("\n")
    got = _lines_of(sample)
    assert all(lines[n - 1].startswith(MARK) for n in got), [lines[n - 1][:20] for n in got]
    assert len(got) == 3


def test_wide_csv_read_by_python_names_its_lines(tmp_path: Path, monkeypatch) -> None:
    """The wide-file path (Python's csv module): the same line numbers, counted where each
    record starts (a quoted field spanning lines counts both)."""
    monkeypatch.setattr(csv_reader, "WIDE_COLUMNS", 2)     # 3 columns is "wide" for this test
    path = tmp_path / "wide.csv"
    _csv(path, 50, {4: "many", 19: "few", 33: "many"}, multiline_at=10)
    src = open_source(str(path))
    sample = src.sample(src.assets()[0], 1000)
    assert any("Python's csv" in n for n in sample.notes)
    assert sample.rejected == 3 and _lines_of(sample) == [4, 19, 33]


NDJSON_LINES = 2_000
NDJSON_BAD = [3, 17, 21, 29, 1_950]


def _ndjson(path: Path, encoding: str = "utf-8") -> list[int]:
    """Objects, blank lines, and bad lines (not an object / not JSON) at known lines. The first
    1,500 lines (over 64 KiB, textio's probe) are ASCII; non-ASCII text comes after."""
    rows: list[str] = []
    for n in range(1, NDJSON_LINES + 1):
        if n == 21:
            rows.append(json.dumps([_bad(n)]))                          # JSON, but not an object
        elif n in NDJSON_BAD:
            rows.append(f'{{"broken": "{_bad(n)}"')                      # unterminated object
        elif n in (8, 9):
            rows.append("")                                             # blank: not a record
        else:
            city = "Liège" if n > 1_500 else "Liege"
            rows.append(json.dumps({"email": f"good{n}@example.nl", "city": city}, ensure_ascii=False))
    path.write_bytes(("\n".join(rows) + "\n").encode(encoding))
    assert len("\n".join(rows[:1_500])) > 64 * 1024
    return NDJSON_BAD


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_ndjson_names_its_lines(tmp_path: Path, encoding: str, monkeypatch) -> None:
    """cp1252 with an ASCII head: textio's first UTF-8 pass fails part-way (chunks of 16 KiB, so
    lines were already checked) and re-reads the file, and the line check starts over (else its
    counts and lines would be doubled)."""
    monkeypatch.setattr(textio, "_CHUNK", 16 * 1024)
    path = tmp_path / "events.ndjson"
    bad = _ndjson(path, encoding)
    src = open_source(str(path))
    sample = src.sample(src.assets()[0], 10_000)
    assert sample.rejected == len(bad) and _lines_of(sample) == bad
    assert sample.row_count == NDJSON_LINES - 2
    if encoding == "cp1252":
        assert any("cp1252" in n.lower() for n in sample.notes), sample.notes


def test_ndjson_overlong_line_is_named(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(textio, "MAX_LINE_BYTES", 50_000)
    monkeypatch.setattr(json_reader, "MAX_LINE_BYTES", 50_000)
    monkeypatch.setattr(textio, "_CHUNK", 16 * 1024)
    lines = [json.dumps({"id": i}) for i in range(6)]
    lines.insert(4, json.dumps({"id": 99, "blob": MARK * 40_000}))      # line 5, 280 kB
    lines.insert(6, "not json")                                       # line 7
    path = tmp_path / "long.ndjson"
    path.write_text("\n".join(lines) + "\n")
    src = open_source(str(path))
    sample = src.sample(src.assets()[0], 100)
    assert sample.rejected == 2 and _lines_of(sample) == [5, 7]


# --- the catalog, the CLI and the report ------------------------------------------------------


@pytest.fixture()
def exports(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    _csv(folder / "klanten.csv", 80, {6: "few", 40: "many"}, multiline_at=12)
    _csv(folder / "many.csv", 60, {n: "few" for n in range(3, 3 + 2 * 14, 2)})   # 14 bad lines
    _ndjson(folder / "events.ndjson")
    return folder


def _no_raw_line(text: str, where: str) -> None:
    assert MARK not in text and "bad-line.example" not in text, f"a rejected line's content in {where}"


def _catalog_text(path: Path) -> str:
    """Every value of every table of the catalog, as text, and the file's bytes."""
    con = duck.connect(path, read_only=True)
    try:
        parts = []
        for (table,) in con.execute("SELECT table_name FROM information_schema.tables "
                                    "WHERE table_type = 'BASE TABLE'").fetchall():
            rel = con.table(table)
            for row in rel.fetchall():
                parts.append(repr(row))
    finally:
        con.close()
    return "\n".join(parts) + path.read_bytes().decode("latin-1")


def test_scan_check_and_report_show_line_numbers_and_never_the_lines(exports: Path, tmp_path: Path,
                                                                     capsys) -> None:
    catalog = tmp_path / "ropa.duckdb"
    assert main(["scan", str(exports), "--catalog", str(catalog)]) == 0
    _, err = capsys.readouterr()
    rejected = {line.split(":")[1].strip(): line for line in err.splitlines() if line.startswith("  rejected:")}
    assert set(rejected) == {"klanten.csv", "many.csv", "events.ndjson"}, err
    assert "2 malformed rows at lines 6, 40 (" in rejected["klanten.csv"]
    assert "5 malformed rows at lines 3, 17, 21, 29, 1950 (" in rejected["events.ndjson"]
    first = ", ".join(str(n) for n in range(3, 3 + 2 * 10, 2))
    assert f"14 malformed rows at first lines {first} (10 of 14) (" in rejected["many.csv"]
    _no_raw_line(err, "the scan summary")

    stored = duck.connect(catalog, read_only=True)
    try:
        rows = dict(stored.execute("SELECT asset, rejected_lines FROM latest_asset_scans").fetchall())
    finally:
        stored.close()
    assert {Path(k).name: v for k, v in rows.items()} == {
        "klanten.csv": [6, 40], "many.csv": list(range(3, 3 + 2 * 10, 2)), "events.ndjson": NDJSON_BAD}

    code = main(["check", str(exports), "--policy", str(POLICY), "--catalog", str(catalog), "--rescan"])
    out, err = capsys.readouterr()
    assert code in (0, 1), err
    assert "2 malformed rows at lines 6, 40 (" in err
    _no_raw_line(out + err, "check")
    for fmt in ("json", "sarif", "junit"):
        main(["check", str(exports), "--policy", str(POLICY), "--catalog", str(catalog), "--rescan",
              "--format", fmt])
        out, err = capsys.readouterr()
        _no_raw_line(out + err, f"check --format {fmt}")

    report = tmp_path / "report.html"
    assert main(["report", "--catalog", str(catalog), "--html", str(report)]) == 0
    html = report.read_text(encoding="utf-8")
    assert "<h3>Rejected rows</h3>" in html
    assert "<td>6, 40</td>" in html and "<td>3, 17, 21, 29, 1950</td>" in html
    assert f"<td>{first} … (10 of 14)</td>" in html
    _no_raw_line(html, "the HTML report")
    stored_text = _catalog_text(catalog)
    assert "klanten.csv" in stored_text and "[6, 40]" in stored_text     # the dump read the catalog
    _no_raw_line(stored_text, "the catalog")


def test_a_skip_shows_no_rejected_lines(exports: Path, tmp_path: Path, capsys) -> None:
    catalog = tmp_path / "ropa.duckdb"
    assert main(["scan", str(exports), "--catalog", str(catalog), "-q"]) == 0
    assert main(["scan", str(exports), "--catalog", str(catalog)]) == 0
    _, err = capsys.readouterr()
    assert "rejected:" not in err     # a skip read nothing


# --- the migration ----------------------------------------------------------------------------


def test_a_version_2_catalog_gains_rejected_lines(tmp_path: Path, exports: Path, capsys) -> None:
    """A catalog written before line numbers were kept (schema 2) is migrated on open: its old
    scans keep their counts with no lines ("not recorded"), and a new scan records lines."""
    from catalog.store import MIGRATIONS, SCHEMA_VERSION

    assert SCHEMA_VERSION >= 3
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE ropa_meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute(MIGRATIONS[0])     # version 1 tables; version 2 rewrote data only
    con.execute("INSERT INTO ropa_meta VALUES ('schema_version', '2')")
    con.execute("INSERT INTO scans VALUES ('old', now()::TIMESTAMP, now()::TIMESTAMP, 'completed', 'sample', "
                "2000, ['exports'], 1, '0.1')")
    con.execute("INSERT INTO assets VALUES ('a1', 'exports', 'exports/old.csv', 'file', now()::TIMESTAMP)")
    con.execute("INSERT INTO asset_scans VALUES ('old', 'a1', 'scanned', NULL, NULL, 50, 53, 3, 'fp', '{}', "
                "NULL, 0.1, now()::TIMESTAMP)")
    con.close()

    report = tmp_path / "old.html"
    assert main(["scan", str(exports), "--catalog", str(path), "-q"]) == 0   # opens, migrates, scans
    assert main(["report", "--catalog", str(path), "--html", str(report)]) == 0
    con = duckdb.connect(str(path), read_only=True)
    try:
        assert con.execute("SELECT value FROM ropa_meta WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
        old = con.execute("SELECT rows_rejected, rejected_lines FROM asset_scans WHERE scan_id = 'old'").fetchone()
        new = con.execute("SELECT rejected_lines FROM latest_asset_scans WHERE asset LIKE '%klanten.csv'").fetchone()
    finally:
        con.close()
    assert old == (3, None) and new == ([6, 40],)
    html = report.read_text(encoding="utf-8")
    assert "<td>not recorded</td>" in html and "<td>6, 40</td>" in html
