"""The hostile-input corpus of issue 10, built on demand in a temporary folder (no blobs committed).

Each :class:`Case` builds its input under a fresh folder and returns the ``ropa`` arguments that
feed it in (``{catalog}`` stands for the test's catalog path). ``codes`` are the documented exit
codes the case may end with (README, "Exit codes"): 0 clean / scanned, 1 violations, 2 bad input
or an asset that could not be read. ``says`` is a fragment the one-line message must hold when
the case is refused (None: any specific message will do, the test still forbids tracebacks,
"unexpected" and withheld-details errors).

Families: malformed or truncated CSV, JSON, NDJSON, Parquet and Excel files; wrong extensions,
empty files, BOMs, NUL bytes, huge lines and wide files; folders holding links, loops, pipes,
sockets and odd names; SQLite and DuckDB files with views that never end; hostile policies; and
bad command-line arguments.
"""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import os
import random
import socket
import sqlite3
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

SCAN, CHECK = 0, 1   # which command a case goes through

#: a budget small enough that a runaway view is stopped quickly, large enough for a real sample
TIMEOUT = "4"

POLICY = """\
ropa: 1
organisation: Test
jurisdiction: NL
language: nl
subjects:
  customer:
    categories: [identity.name]
    purposes: [{name: Orders, legal_basis: contract}]
    retention: {rule: as_long_as_necessary}
bindings:
  - {assets: "*", subject: customer}
"""
EMAILS = "email\n" + "".join(f"klant{i}@voorbeeld.nl\n" for i in range(20))


@dataclass(frozen=True)
class Case:
    id: str
    build: Callable[[Path], list[str]]   # folder -> ropa argv ("{catalog}" filled in by the test)
    codes: frozenset[int] = frozenset({0, 1, 2})
    says: str | None = None
    tags: tuple[str, ...] = field(default=())


CASES: list[Case] = []


def case(id: str, codes: set[int] | None = None, says: str | None = None):
    def register(fn: Callable[[Path], list[str]]) -> Callable[[Path], list[str]]:
        CASES.append(Case(id, fn, frozenset(codes) if codes else frozenset({0, 1, 2}), says))
        return fn
    return register


def scan(*sources: object, extra: tuple[str, ...] = ()) -> list[str]:
    return ["scan", *map(str, sources), "--catalog", "{catalog}", "--timeout", TIMEOUT, *extra]


def check(folder: Path, *sources: object, policy: str = POLICY, extra: tuple[str, ...] = ()) -> list[str]:
    p = folder / "policy.yaml"
    if not p.exists():
        p.write_text(policy, encoding="utf-8")
    return ["check", *map(str, sources), "--policy", str(p), "--catalog", "{catalog}", "--timeout", TIMEOUT, *extra]


def file_case(id: str, name: str, content: bytes | str | Callable[[], bytes], codes: set[int] | None = None,
              says: str | None = None, in_folder: bool = False) -> None:
    """A single hostile file, named on the command line (or inside a folder with ``in_folder``)."""

    def build(d: Path) -> list[str]:
        data = content() if callable(content) else content
        path = d / "in" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return scan(path.parent if in_folder else path)

    CASES.append(Case(id, build, frozenset(codes) if codes else frozenset({0, 1, 2}), says))


def _noise(n: int, seed: int = 10) -> bytes:
    return random.Random(seed).randbytes(n)


def _parquet_bytes(table: pa.Table) -> bytes:
    buf = io.BytesIO()
    pq.write_table(table, buf)
    return buf.getvalue()


def _xlsx_bytes(sheets: dict[str, list[list[object]]]) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


GOOD_PARQUET = lambda: _parquet_bytes(pa.table({"email": [f"k{i}@voorbeeld.nl" for i in range(50)],  # noqa: E731
                                                 "n": list(range(50))}))
GOOD_XLSX = lambda: _xlsx_bytes({"Klanten": [["naam", "email"], *[[f"Jan {i}", f"j{i}@voorbeeld.nl"] for i in range(20)]]})  # noqa: E731

# --- CSV ------------------------------------------------------------------------------------

file_case("csv-empty", "empty.csv", b"")
file_case("csv-header-only", "header.csv", "email,name\n")
file_case("csv-utf8-bom", "bom.csv", b"\xef\xbb\xbf" + EMAILS.encode())
file_case("csv-utf16-bom", "utf16.csv", EMAILS.encode("utf-16"))
file_case("csv-nul-in-row", "nul.csv", EMAILS.replace("klant3@", "kl\x00ant3@"))
file_case("csv-all-nul", "allnul.csv", b"\x00" * 4096)
file_case("csv-unterminated-quote", "quote.csv", 'email,name\n"a@b.nl,Jan\nb@c.nl,"Piet\n')
file_case("csv-ragged-rows", "ragged.csv", "a,b\n1\n1,2,3,4,5\n,,\n1,2\n")
file_case("csv-binary-noise", "noise.csv", lambda: _noise(20_000))
file_case("csv-latin1", "latin1.csv", "naam,stad\nJosé,Zürich\nRenée,Liège\n".encode("latin-1"))
file_case("csv-40mb-single-line", "line.csv", lambda: b"a," * (20 * 1024 * 1024) + b"z\n")
file_case("csv-10000-columns", "wide.csv",
          lambda: (",".join(f"c{i}" for i in range(10_000)) + "\n"
                   + "\n".join(",".join(f"v{r}x{i}@voorbeeld.nl" if i % 97 == 0 else str(i) for i in range(10_000))
                               for r in range(40)) + "\n").encode())
file_case("csv-duplicate-headers", "dup.csv", "email,email,email\na@b.nl,c@d.nl,e@f.nl\n")
file_case("csv-empty-headers", "nohead.csv", ",,\na@b.nl,1,2\n")
file_case("csv-ansi-header", "ansi.csv", "\x1b[31memail\x1b[0m,\x07bell\na@b.nl,1\n")
file_case("csv-rtl-header", "rtl.csv", "\u202eliame,\u200fname\na@b.nl,Jan\n")
file_case("csv-100k-char-header", "longhead.csv", lambda: ("h" * 100_000 + ",b\n1,2\n").encode())
file_case("csv-cr-only-lines", "cr.csv", EMAILS.replace("\n", "\r"))
file_case("csv-mixed-line-endings", "mixed.csv", "a,b\r\n1,2\n3,4\r5,6\n")
file_case("csv-is-a-zip", "zipped.csv", lambda: _zip_bytes({"a.csv": EMAILS}))
file_case("csv-gz-not-gzip", "fake.csv.gz", EMAILS)
file_case("csv-gz-truncated", "cut.csv.gz", lambda: gzip.compress(EMAILS.encode() * 50)[:200])
file_case("csv-bz2-noise", "noise.csv.bz2", lambda: b"BZh9" + _noise(500))
file_case("csv-xz-truncated", "cut.csv.xz", lambda: lzma.compress(EMAILS.encode() * 50)[:100])
file_case("csv-semicolons", "semi.csv", EMAILS.replace("\n", ";x\n"))
file_case("csv-quotes-only", "quotes.csv", '""""\n""""""\n"""\n')
file_case("csv-huge-numbers", "big.csv", "n,f\n" + "9" * 400 + ",1e400\n-" + "9" * 400 + ",-1e400\n")
file_case("csv-mixed-types", "types.csv", "v\n1\nabc\n2.5\ntrue\n2020-01-01\n\n")
file_case("csv-1mb-field", "bigfield.csv", lambda: b"a,b\n" + b"x" * (1024 * 1024) + b",1\n")
file_case("csv-only-newlines", "newlines.csv", "\n" * 1000)
file_case("csv-lone-surrogate-bytes", "surrogate.csv", b"a\n\xed\xa0\x80\n\xff\xfe\n")
file_case("tsv-ragged", "ragged.tsv", "a\tb\n1\t2\t3\n\t\t\t\n")

# --- JSON / NDJSON --------------------------------------------------------------------------

file_case("json-empty", "empty.json", b"")
file_case("json-truncated", "cut.json", '[{"email": "a@b.nl"}, {"email": "c@')
file_case("json-nested-arrays-100k", "deep.json", lambda: b"[" * 100_000 + b"]" * 100_000)
file_case("json-nested-objects-10k", "deepobj.json", lambda: b'{"a":' * 10_000 + b"1" + b"}" * 10_000)
file_case("json-nul", "nul.json", b'[{"email": "a@b.nl\x00"}]')
file_case("json-scalar", "scalar.json", "42")
file_case("json-string", "string.json", '"just text"')
file_case("json-bom", "bom.json", b"\xef\xbb\xbf" + json.dumps([{"email": "a@b.nl"}] * 5).encode())
file_case("json-duplicate-keys", "dupkeys.json", '[{"email": "a@b.nl", "email": "c@d.nl"}]')
file_case("json-huge-number", "bignum.json", '[{"n": ' + "9" * 5000 + "}]")
file_case("json-nan-infinity", "nan.json", '[{"n": NaN, "m": Infinity, "o": -Infinity}]')
file_case("json-control-char-keys", "ctlkeys.json", json.dumps([{"\x1b[2J\x07key": "v", "\u202ex": 1}]))
file_case("json-mixed-array", "mixed.json", '[1, "a", {"b": 2}, [3], null, true]')
file_case("json-lone-surrogate-escape", "surrogate.json", '[{"s": "\\ud800"}]')
file_case("json-1000-keys", "wide.json", lambda: json.dumps([{f"k{i}": i for i in range(1000)}] * 3).encode())
file_case("json-invalid-utf8", "badutf.json", b'[{"name": "\xff\xfe\xfd"}]')
file_case("json-trailing-garbage", "trail.json", '[{"a": 1}] trailing')
file_case("ndjson-empty", "empty.ndjson", b"")
file_case("ndjson-one-bad-line", "onebad.ndjson", '{"email": "a@b.nl"}\n{not json\n{"email": "c@d.nl"}\n')
file_case("ndjson-all-bad", "allbad.ndjson", "nope\nstill nope\n{\n")
file_case("ndjson-truncated-last", "cut.ndjson", '{"email": "a@b.nl"}\n{"email": "c@')
file_case("ndjson-mixed-types", "mixed.ndjson", '{"a": 1}\n[1, 2]\n"text"\n42\nnull\n')
file_case("jsonl-deep-line", "deep.jsonl", lambda: b'{"a": 1}\n' + b"[" * 50_000 + b"]" * 50_000 + b"\n")
file_case("ndjson-blank-lines", "blank.ndjson", '\n\n{"email": "a@b.nl"}\n\n\n{"email": "c@d.nl"}\n\n')
file_case("ndjson-nul-line", "nul.ndjson", b'{"a": 1}\n\x00\x00\x00\n{"a": 2}\n')

# --- Parquet --------------------------------------------------------------------------------

file_case("parquet-empty", "empty.parquet", b"")
file_case("parquet-noise", "noise.parquet", lambda: _noise(5000))
file_case("parquet-truncated", "cut.parquet", lambda: GOOD_PARQUET()[: len(GOOD_PARQUET()) // 2])
file_case("parquet-magic-only", "magic.parquet", b"PAR1PAR1")
file_case("parquet-zero-rows", "zero.parquet", lambda: _parquet_bytes(pa.table({"email": pa.array([], pa.string())})))
file_case("parquet-nested", "nested.parquet", lambda: _parquet_bytes(pa.table({
    "person": [{"email": f"k{i}@voorbeeld.nl", "tags": ["a", "b"]} for i in range(20)],
    "lists": [[{"x": [1, 2]}]] * 20})))
file_case("parquet-control-names", "names.parquet", lambda: _parquet_bytes(pa.table({
    "\x1b[31mred\x1b[0m": [1, 2], "\u202eevil": ["a", "b"], "a\nb": [3, 4], "'; DROP TABLE x; --": [5, 6]})))
file_case("parquet-binary-noise", "blob.parquet", lambda: _parquet_bytes(pa.table({
    "blob": pa.array([_noise(300, seed=i) for i in range(30)], pa.binary())})))
file_case("parquet-is-csv", "csv.parquet", EMAILS)
file_case("parquet-footer-noise", "footer.parquet", lambda: GOOD_PARQUET()[:-12] + _noise(4) + b"\x10\x00\x00\x00PAR1")

# --- Excel ----------------------------------------------------------------------------------

file_case("xlsx-empty", "empty.xlsx", b"")
file_case("xlsx-noise", "noise.xlsx", lambda: _noise(3000))
file_case("xlsx-zip-not-workbook", "zip.xlsx", lambda: _zip_bytes({"hello.txt": "not a workbook"}))
file_case("xlsx-truncated", "cut.xlsx", lambda: GOOD_XLSX()[: len(GOOD_XLSX()) // 2])
file_case("xlsx-empty-sheet", "blank.xlsx", lambda: _xlsx_bytes({"Leeg": []}))
file_case("xlsx-odd-sheet-names", "sheets.xlsx", lambda: _xlsx_bytes({
    "'; DROP TABLE x": [["email"], ["a@b.nl"]], "\u202eteehs": [["n"], [1]], "a'b\"c": [["n"], [2]]}))
file_case("xlsx-is-csv", "csv.xlsx", EMAILS)
file_case("xlsx-corrupt-member", "badxml.xlsx", lambda: _zip_bytes({
    "[Content_Types].xml": "<Types", "xl/workbook.xml": "<<<not xml", "_rels/.rels": "\x00"}))
file_case("xls-legacy", "old.xls", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + _noise(1000), in_folder=True,
          codes={2}, says="skipped")

# --- other files and odd names in folders ------------------------------------------------------

file_case("zip-in-folder", "bundle.zip", lambda: _zip_bytes({"a.csv": EMAILS}), in_folder=True, codes={2}, says="skipped")
file_case("unknown-extension", "data.weird", EMAILS, in_folder=True, codes={2}, says="skipped")
file_case("no-extension", "README", EMAILS, in_folder=True, codes={2}, says="skipped")
file_case("txt-nul", "nul.txt", b"Jan de Vries, jan@voorbeeld.nl\x00\x00 and more\x00")
file_case("txt-empty", "empty.txt", b"")
file_case("txt-noise", "noise.log", lambda: _noise(50_000))
file_case("txt-one-long-line", "long.md", lambda: b"word " * 8_000)
file_case("name-control-chars", "a\x1b[2Jb\x07c\r.csv", EMAILS, in_folder=True)
file_case("name-ansi-in-file-arg", "\x1b[31mred\x1b[0m.csv", EMAILS)
file_case("name-rtl", "\u202ecod.csv", EMAILS, in_folder=True)
file_case("name-sql-injection", "'; DROP TABLE assets; --.csv", EMAILS, in_folder=True)
file_case("name-newline", "two\nlines.csv", EMAILS, in_folder=True)
file_case("name-email-value", "jan.de.vries@voorbeeld.nl.csv", EMAILS, in_folder=True)


def _zip_bytes(members: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in members.items():
            z.writestr(name, text)
    return buf.getvalue()


def _folder(d: Path) -> Path:
    f = d / "in"
    f.mkdir(parents=True, exist_ok=True)
    (f / "good.csv").write_text(EMAILS)
    return f


@case("name-invalid-utf8-bytes")
def _(d: Path) -> list[str]:
    f = _folder(d)
    with open(os.path.join(os.fsencode(f), b"bad\xff\xfe.csv"), "wb") as fh:
        fh.write(EMAILS.encode())
    return scan(f)


@case("symlink-loop")
def _(d: Path) -> list[str]:
    f = _folder(d)
    (f / "loop").symlink_to(f, target_is_directory=True)
    (f / "a.csv").symlink_to(f / "b.csv")
    (f / "b.csv").symlink_to(f / "a.csv")
    return scan(f)


@case("symlink-dangling")
def _(d: Path) -> list[str]:
    f = _folder(d)
    (f / "gone.csv").symlink_to(d / "nowhere.csv")
    return scan(f)


@case("symlink-named-directly", codes={0, 2})
def _(d: Path) -> list[str]:
    f = _folder(d)
    (d / "link.csv").symlink_to(f / "good.csv")
    return scan(d / "link.csv")


@case("fifo-in-folder")
def _(d: Path) -> list[str]:
    f = _folder(d)
    os.mkfifo(f / "pipe.csv")
    return scan(f)


@case("fifo-named-directly", codes={2})
def _(d: Path) -> list[str]:
    os.mkfifo(d / "pipe.csv")
    return scan(d / "pipe.csv")


@case("socket-in-folder")
def _(d: Path) -> list[str]:
    f = _folder(d)
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(f / "sock.csv"))
    s.close()
    return scan(f)


@case("unreadable-file")
def _(d: Path) -> list[str]:
    # As root the file stays readable (the case then proves nothing breaks); as a user it is an
    # error row naming the permission.
    f = _folder(d)
    (f / "secret.csv").write_text(EMAILS)
    (f / "secret.csv").chmod(0)
    return scan(f)


@case("unreadable-subfolder")
def _(d: Path) -> list[str]:
    f = _folder(d)
    (f / "locked").mkdir()
    (f / "locked" / "x.csv").write_text(EMAILS)
    (f / "locked").chmod(0)
    return scan(f)


@case("empty-folder", codes={2}, says="holds no table or readable file")
def _(d: Path) -> list[str]:
    (d / "in").mkdir()
    return scan(d / "in")


@case("folder-of-only-skipped-files", codes={2}, says="skipped")
def _(d: Path) -> list[str]:
    f = d / "in"
    f.mkdir()
    (f / "a.zip").write_bytes(b"PK")
    (f / "b.xls").write_bytes(b"x")
    (f / "c.weird").write_bytes(b"x")
    return check(d, f)


@case("folder-200-levels-deep")
def _(d: Path) -> list[str]:
    f = _folder(d)
    deep = f
    for i in range(200):
        deep = deep / "d"
    os.makedirs(deep)
    (deep / "x.csv").write_text(EMAILS)
    return scan(f)


@case("hidden-files-only", codes={2})
def _(d: Path) -> list[str]:
    f = d / "in"
    f.mkdir()
    (f / ".secret.csv").write_text(EMAILS)
    return scan(f)


# --- SQLite ---------------------------------------------------------------------------------


def _sqlite(d: Path, *statements: str, name: str = "db.sqlite") -> Path:
    path = d / name
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE klanten (email TEXT)")
    con.executemany("INSERT INTO klanten VALUES (?)", [(f"k{i}@voorbeeld.nl",) for i in range(20)])
    for s in statements:
        con.execute(s)
    con.commit()
    con.close()
    return path


@case("sqlite-recursive-view", codes={2}, says="time budget")
def _(d: Path) -> list[str]:
    return check(d, _sqlite(d, "CREATE VIEW forever AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
                               "SELECT n FROM r"))


@case("sqlite-view-on-missing-table", codes={2})
def _(d: Path) -> list[str]:
    return check(d, _sqlite(d, "CREATE TABLE t(x)", "CREATE VIEW broken AS SELECT x FROM t", "DROP TABLE t"))


@case("sqlite-corrupt-pages", codes={2})
def _(d: Path) -> list[str]:
    path = _sqlite(d)
    data = bytearray(path.read_bytes())
    data[100:] = _noise(len(data) - 100)
    path.write_bytes(bytes(data))
    return scan(path)


@case("sqlite-truncated")
def _(d: Path) -> list[str]:
    path = _sqlite(d, *(f"CREATE TABLE t{i} (a TEXT)" for i in range(30)))
    path.write_bytes(path.read_bytes()[:1500])
    return scan(path)


@case("sqlite-header-only")
def _(d: Path) -> list[str]:
    path = d / "header.sqlite"
    path.write_bytes(b"SQLite format 3\x00")
    return scan(path)


@case("sqlite-hostile-table-names")
def _(d: Path) -> list[str]:
    return scan(_sqlite(d, 'CREATE TABLE "x""; DROP TABLE klanten; --" (a TEXT)',
                        'CREATE TABLE "\x1b[31mred\x1b[0m" (b TEXT)', 'CREATE TABLE "\u202eevil\n2" (c TEXT)',
                        """INSERT INTO "x""; DROP TABLE klanten; --" VALUES ('a@b.nl')"""))


@case("sqlite-blob-noise")
def _(d: Path) -> list[str]:
    path = _sqlite(d, "CREATE TABLE blobs (b BLOB)")
    con = sqlite3.connect(path)
    con.executemany("INSERT INTO blobs VALUES (?)", [(_noise(200, seed=i),) for i in range(20)])
    con.commit()
    con.close()
    return scan(path)


@case("sqlite-2000-columns")
def _(d: Path) -> list[str]:
    cols = ", ".join(f"c{i} TEXT" for i in range(1999))
    return scan(_sqlite(d, f"CREATE TABLE wide ({cols})"))


@case("sqlite-mistyped-values")
def _(d: Path) -> list[str]:
    return scan(_sqlite(d, "CREATE TABLE t (n INTEGER, d DATE)",
                        "INSERT INTO t VALUES ('not a number', x'00ff'), (1e400, 'yesterday'), (NULL, 99999999999)"))


@case("sqlite-uri-to-missing-file", codes={2})
def _(d: Path) -> list[str]:
    return scan(f"sqlite:///{d}/absent.sqlite")


# --- DuckDB ---------------------------------------------------------------------------------


def _duck(d: Path, *statements: str) -> Path:
    path = d / "wh.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE klanten AS SELECT 'k' || i || '@voorbeeld.nl' AS email FROM range(20) t(i)")
    for s in statements:
        con.execute(s)
    con.close()
    return path


@case("duckdb-view-over-range-1e12", codes={2}, says="time budget")
def _(d: Path) -> list[str]:
    return check(d, _duck(d, "CREATE VIEW endless AS SELECT i, md5(i::VARCHAR) AS h FROM range(1000000000000) t(i) "
                             "ORDER BY h"))


@case("duckdb-view-over-range-1e12-full", codes={2}, says="time budget")
def _(d: Path) -> list[str]:
    return scan(_duck(d, "CREATE VIEW endless AS SELECT i FROM range(1000000000000) t(i)"), extra=("--full",))


@case("duckdb-view-on-missing-file", codes={2})
def _(d: Path) -> list[str]:
    (d / "soon-gone.csv").write_text(EMAILS)
    path = _duck(d, f"CREATE VIEW gone AS SELECT * FROM read_csv('{d}/soon-gone.csv')")
    (d / "soon-gone.csv").unlink()
    return check(d, path)


@case("duckdb-noise-file", codes={2})
def _(d: Path) -> list[str]:
    path = d / "noise.duckdb"
    path.write_bytes(_noise(10_000))
    return scan(path)


@case("duckdb-hostile-names")
def _(d: Path) -> list[str]:
    return scan(_duck(d, 'CREATE SCHEMA "\x1b[2J"', 'CREATE TABLE "\x1b[2J"."x""; DROP TABLE klanten; --" (a VARCHAR)',
                      """INSERT INTO "\x1b[2J"."x""; DROP TABLE klanten; --" VALUES ('a@b.nl')""",
                      'CREATE TABLE "\u202e\t\r" (b INTEGER)'))


@case("duckdb-empty-database", codes={2})
def _(d: Path) -> list[str]:
    path = d / "empty.duckdb"
    duckdb.connect(str(path)).close()
    return scan(path)


# --- policies -------------------------------------------------------------------------------


def policy_case(id: str, text: str | bytes, says: str | None = None) -> None:
    def build(d: Path) -> list[str]:
        (d / "data.csv").write_text(EMAILS)
        p = d / "hostile.yaml"
        p.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
        return ["check", str(d / "data.csv"), "--policy", str(p), "--catalog", "{catalog}"]

    CASES.append(Case(id, build, frozenset({2}), says))


_LAUGHS = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 9) + "]\n" for i in range(8))
policy_case("policy-billion-laughs", "ropa: 1\n" + _LAUGHS, says="alias")
policy_case("policy-nested-10k", "ropa: 1\nx: " + "[" * 10_000 + "]" * 10_000 + "\n", says="nest")
policy_case("policy-nested-maps", "ropa: 1\nx:\n" + "".join("  " * (i + 1) + f"k{i}:\n" for i in range(200)), says="nest")
policy_case("policy-nul", POLICY.replace("Test", "Te\x00st"), says="NUL")
policy_case("policy-wrong-types", POLICY.replace("subjects:\n", "subjects: 5\nx:\n"))
policy_case("policy-subjects-a-list", "ropa: 1\norganisation: T\njurisdiction: NL\nlanguage: nl\nsubjects: [a, b]\n")
policy_case("policy-empty", "")
policy_case("policy-a-list", "- ropa\n- 1\n")
policy_case("policy-a-scalar", "just words\n")
policy_case("policy-tabs", "ropa: 1\nsubjects:\n\tcustomer: {}\n")
policy_case("policy-latin1", "ropa: 1\norganisation: Société Générale\n".encode("latin-1"), says="UTF-8")
policy_case("policy-duplicate-keys", POLICY + "organisation: Again\n", says="uplicate")
policy_case("policy-python-tag", "ropa: 1\norganisation: !!python/object/apply:os.system ['true']\n")
policy_case("policy-binary-noise", _noise(2000))
policy_case("policy-control-chars", POLICY.replace("Test", "Te\x1b[2Jst\x07"))
policy_case("policy-ropa-version-99", POLICY.replace("ropa: 1", "ropa: 99"))
policy_case("policy-huge-retention", POLICY.replace("{rule: as_long_as_necessary}", "{period: P99999999999Y}"))


@case("policy-is-a-folder", codes={2})
def _(d: Path) -> list[str]:
    (d / "data.csv").write_text(EMAILS)
    (d / "pol").mkdir()
    return ["check", str(d / "data.csv"), "--policy", str(d / "pol"), "--catalog", "{catalog}"]


@case("policy-missing", codes={2}, says="cannot be read")
def _(d: Path) -> list[str]:
    (d / "data.csv").write_text(EMAILS)
    return ["check", str(d / "data.csv"), "--policy", str(d / "absent.yaml"), "--catalog", "{catalog}"]


@case("policy-is-a-fifo", codes={2})
def _(d: Path) -> list[str]:
    (d / "data.csv").write_text(EMAILS)
    os.mkfifo(d / "pol.yaml")
    return ["check", str(d / "data.csv"), "--policy", str(d / "pol.yaml"), "--catalog", "{catalog}"]


# --- command-line arguments -----------------------------------------------------------------


def arg_case(id: str, extra: list[str], says: str | None = None, command: int = SCAN, codes: set[int] | None = None,
             source: str | None = None) -> None:
    def build(d: Path) -> list[str]:
        (d / "data.csv").write_text(EMAILS)
        src = source.format(d=d) if source is not None else str(d / "data.csv")
        base = scan(src) if command == SCAN else check(d, src)
        return base + extra

    CASES.append(Case(id, build, frozenset(codes or {2}), says))


arg_case("arg-sample-1e24", ["--sample", "1e24"], says="--sample")
arg_case("arg-sample-huge-int", ["--sample", "99999999999999"], codes={0}, says=None)
arg_case("arg-sample-negative", ["--sample", "-5"], says="--sample")
arg_case("arg-sample-zero", ["--sample", "0"], says="--sample")
arg_case("arg-sample-text", ["--sample", "lots"], says="--sample")
arg_case("arg-timeout-negative", ["--timeout", "-1"], says="--timeout")
arg_case("arg-timeout-text", ["--timeout", "soon"], says="--timeout")
arg_case("arg-timeout-nan", ["--timeout", "nan"], says="--timeout")
arg_case("arg-timeout-inf", ["--timeout", "inf"], says="--timeout")
arg_case("arg-engine-bogus", ["--engine", "bogus"], says="--engine")
arg_case("arg-format-bogus", ["--format", "yaml"], says="--format", command=CHECK)
arg_case("arg-fail-on-bogus", ["--fail-on", "everything"], says="--fail-on", command=CHECK)
arg_case("arg-output-missing-folder", ["-o", "{missing}/report.sarif", "--format", "sarif"], says="does not exist",
         command=CHECK)
arg_case("arg-output-is-folder", ["-o", "{tmp}"], says="is a folder", command=CHECK)
arg_case("arg-output-read-only-fs", ["-o", "/proc/ropa-report.txt"], command=CHECK)
arg_case("arg-catalog-read-only-fs", ["--catalog", "/proc/ropa.duckdb"])
arg_case("arg-catalog-is-folder", ["--catalog", "{tmp}"], says="is a folder")
arg_case("arg-catalog-is-csv", ["--catalog", "{tmp}/data.csv"])
arg_case("arg-catalog-missing-folder", ["--catalog", "{missing}/c.duckdb"], codes={0, 2})
arg_case("arg-include-matches-nothing", ["--include", "nothing_*"], says="matches no asset", command=CHECK)
arg_case("arg-baseline-missing", ["--baseline", "{missing}/b.yaml"], command=CHECK)
arg_case("arg-baseline-noise", ["--baseline", "{tmp}/noise.yaml"], command=CHECK)
arg_case("arg-source-missing", [], says="no such file", source="{d}/absent.csv")
arg_case("arg-source-empty-string", [], source="")
arg_case("arg-source-nul", [], source="{d}/da\x00ta.csv")
arg_case("arg-source-unknown-scheme", [], source="s3://bucket/key.csv")
arg_case("arg-source-http", [], source="http://example.invalid/data.csv")
arg_case("arg-pg-bad-port", [], says="not a valid PostgreSQL URI", source="postgresql://u@db.invalid:notaport/crm")
arg_case("arg-pg-port-range", [], says="port out of range", source="postgresql://u@db.invalid:99999/crm")
arg_case("arg-pg-open-bracket", [], says="not a valid PostgreSQL URI", source="postgresql://[::1")
arg_case("arg-pg-unknown-param", [], says="not a valid PostgreSQL URI", source="postgresql://db.invalid/crm?frobnicate=1")
arg_case("arg-pg-control-chars", [], source="postgresql://u@db.invalid/c\x1b[2Jrm")
arg_case("arg-pg-unreachable", ["--timeout", "4"], source="postgresql://u@127.0.0.1:1/crm")
arg_case("arg-sqlite-two-slashes", [], says="three slashes", source="sqlite://x.sqlite")
