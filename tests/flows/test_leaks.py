"""The leak proof: values of every entity planted everywhere a scanner meets them, every output
produced, each searched for every planted value and its digits-only form: none may be found.

Planted in: warehouse tables (a DuckDB file: columns of every entity, a table named by an
email, a column named by an IBAN), a PostgreSQL table, header-less CSV and Excel files, JSON
objects keyed by emails, IBANs, BSNs and phone numbers, lists inside JSON cells, file and sheet
names. Outputs: the catalog (every table and view, dumped through SQL), ``scan`` / ``findings``
(table, JSON) / ``check`` (text, JSON, JUnit, SARIF) / ``baseline`` / ``report`` (HTML) /
``register`` / ``locate`` / ``gx export`` (every suite file, every file of the ``--checkpoint`` project), the executed analyst notebook, and
every command's stdout and stderr (logs, progress, error lines).

A search that cannot fail proves nothing: the test first checks that the scan *found* the planted
data (header-less columns, ``<key>`` findings, masked asset names) and that the search finds a
planted value in a control text.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import duckdb
import openpyxl
import pytest
from stdnum import iban as std_iban
from stdnum import luhn

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "notebooks" / "explore_findings.ipynb"
N = 24  # values per entity

FIRST = ["Jan", "Piet", "Anna", "Jeanne", "Sophie", "Luc", "Marie", "Thomas"]
LAST = ["Jansen", "de Vries", "Martin", "Dubois", "Peeters", "Bakker", "Lefebvre", "Janssens"]


# ----------------------------------------------------------------------------- values


def _iban(rng: random.Random) -> str:
    while True:
        country, bban = rng.choice([("FR", "30006000011234567890189"), ("NL", "ABNA0417164300"),
                                    ("DE", "370400440532013000")])
        bban = bban[:-5] + "".join(str(rng.randrange(10)) for _ in range(5))
        number = country + std_iban.calc_check_digits(country + "00" + bban) + bban
        if std_iban.is_valid(number):
            return number


def _luhn(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


def _bsn(rng: random.Random) -> str:
    while True:
        n = str(rng.randrange(100_000_000, 999_999_999))
        if (sum(int(d) * w for d, w in zip(n[:8], range(9, 1, -1))) - int(n[8])) % 11 == 0:
            return n


def _nir(rng: random.Random) -> str:
    body = f"{rng.choice('12')}{rng.randrange(50, 99):02d}{rng.randrange(1, 13):02d}75{rng.randrange(1, 120):03d}{rng.randrange(1, 999):03d}"
    return body + f"{97 - int(body) % 97:02d}"


def _be_nn(rng: random.Random) -> str:
    body = f"{rng.randrange(50, 99):02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}{rng.randrange(1, 998):03d}"
    return body + f"{97 - int(body) % 97:02d}"


def _vat_fr(siren: str) -> str:
    return f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"


@dataclass(frozen=True)
class Planted:
    by_entity: dict[str, list[str]]

    def all(self) -> list[str]:
        return [v for values in self.by_entity.values() for v in values]


def _planted() -> Planted:
    rng = random.Random(20261204)
    sirens = [_luhn("7", 9, rng) for _ in range(N)]
    names = [f"{FIRST[i % 8]} {LAST[(i * 3 + i // 8) % 8]}" for i in range(N)]
    return Planted({
        "IBAN_CODE": [_iban(rng) for _ in range(N)],
        "FR_SIREN": sirens,
        "FR_SIRET": [_luhn(s, 14, rng) for s in sirens],
        "FR_NIR": [_nir(rng) for _ in range(N)],
        "NL_BSN": [_bsn(rng) for _ in range(N)],
        "BE_NATIONAL_NUMBER": [_be_nn(rng) for _ in range(N)],
        "VAT_NUMBER": [_vat_fr(s) for s in sirens],
        "CREDIT_CARD": [_luhn("4", 16, rng) for _ in range(N)],
        "EMAIL_ADDRESS": [f"{n.lower().replace(' ', '.')}{i}@example.nl" for i, n in enumerate(names)],
        "PHONE_NUMBER": [f"06{rng.randrange(10**7, 10**8)}" for _ in range(N)],
        "PERSON": names,
        "POSTAL_ADDRESS": [f"{rng.randrange(1, 200)} rue de la Paix, 7500{rng.randrange(1, 9)} Paris" for _ in range(N)],
        "DATE_OF_BIRTH": [str(date(1950, 1, 1) + timedelta(days=rng.randrange(18_000))) for _ in range(N)],
        "IP_ADDRESS": [f"81.{rng.randrange(2, 250)}.{rng.randrange(0, 255)}.{rng.randrange(1, 255)}" for _ in range(N)],
    })


PLANTED = _planted()
DIGITS = re.compile(r"\D")


def needles(value: str) -> list[str]:
    """The forms of a planted value searched for: as written, and its digits alone (8+)."""
    out = [value.casefold()]
    digits = DIGITS.sub("", value)
    if len(digits) >= 8 and digits != value:
        out.append(digits)
    return out


def leaks(text: str) -> list[str]:
    """Every planted value (or its digits-only form) found in ``text``."""
    folded = text.casefold()
    runs = set(re.findall(r"\d{8,}", text))
    found = []
    for value in PLANTED.all():
        forms = needles(value)
        if forms[0] in folded or any(f in run for f in forms[1:] for run in runs):
            found.append(value)
    return found


# ----------------------------------------------------------------------------- the world


def _table_columns() -> dict[str, list[str]]:
    e = PLANTED.by_entity
    return {
        "iban": e["IBAN_CODE"], "siret": e["FR_SIRET"], "siren": e["FR_SIREN"], "nir": e["FR_NIR"],
        "bsn": e["NL_BSN"], "rijksregisternummer": e["BE_NATIONAL_NUMBER"], "btw_nummer": e["VAT_NUMBER"],
        "card_number": e["CREDIT_CARD"], "email": e["EMAIL_ADDRESS"], "telephone": e["PHONE_NUMBER"],
        "nom": e["PERSON"], "adresse": e["POSTAL_ADDRESS"], "date_naissance": e["DATE_OF_BIRTH"],
        "ip_address": e["IP_ADDRESS"],
    }


def _build_duckdb(path: Path) -> None:
    e = PLANTED.by_entity
    con = duckdb.connect(str(path))
    cols = _table_columns()
    names = list(cols)
    con.execute("CREATE TABLE clients (" + ", ".join(f"{c} VARCHAR" for c in names) + ")")
    con.executemany(f"INSERT INTO clients VALUES ({', '.join('?' for _ in names)})", list(zip(*cols.values())))
    # a table named by an email, a column named by an IBAN, a column named by a phone number
    con.execute(f'CREATE TABLE "{e["EMAIL_ADDRESS"][0]}" (id INTEGER, "{e["IBAN_CODE"][0]}" VARCHAR, "{e["PHONE_NUMBER"][0]}" VARCHAR)')
    con.executemany(f'INSERT INTO "{e["EMAIL_ADDRESS"][0]}" VALUES (?, ?, ?)',
                    [(i, e["EMAIL_ADDRESS"][i], e["PERSON"][i]) for i in range(N)])
    con.close()


def _build_files(root: Path) -> None:
    e = PLANTED.by_entity
    root.mkdir()
    cols = _table_columns()
    rows = list(zip(*cols.values()))
    # header-less CSV: the first row is data
    (root / "headerless.csv").write_text("\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    (root / "headerless_semicolon.csv").write_text(
        "\n".join(";".join((r[0], r[8], r[11])) for r in rows) + "\n", encoding="utf-8")
    # header-less Excel, and a sheet named by an IBAN
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    for r in rows:
        sheet.append(list(r))
    named = book.create_sheet(e["IBAN_CODE"][1])
    named.append(["id", "note"])
    named.append([1, "nothing personal"])
    book.save(root / "headerless.xlsx")
    # JSON objects keyed by values, at the top and nested, and lists of values
    (root / "by_email.json").write_text(json.dumps(
        {m: {"iban": i, "telephone": p} for m, i, p in zip(e["EMAIL_ADDRESS"], e["IBAN_CODE"], e["PHONE_NUMBER"])}))
    (root / "by_bsn.ndjson").write_text("\n".join(json.dumps(
        {"id": n, "people": {e["NL_BSN"][n]: {"naam": e["PERSON"][n]}, e["NL_BSN"][n + 1]: {"naam": e["PERSON"][n + 1]}},
         "contacts": [{"kind": "work", "email": e["EMAIL_ADDRESS"][n], "phone": e["PHONE_NUMBER"][n]}],
         "emails": [e["EMAIL_ADDRESS"][n], e["EMAIL_ADDRESS"][n + 1]],
         "ibans_by_phone": {e["PHONE_NUMBER"][n]: e["IBAN_CODE"][n]}})
        for n in range(N - 1)) + "\n")
    # file names holding values (the files themselves hold nothing personal)
    for value in (e["EMAIL_ADDRESS"][2], e["IBAN_CODE"][2], e["PHONE_NUMBER"][2], e["CREDIT_CARD"][2],
                  e["IP_ADDRESS"][2], e["FR_SIRET"][2], e["VAT_NUMBER"][2], e["BE_NATIONAL_NUMBER"][2],
                  e["FR_NIR"][2], e["PERSON"][2]):
        (root / f"{value}.csv").write_text("id,amount\n1,12.50\n2,13.00\n")
    (root / f"bsn_{e['NL_BSN'][2]}.csv").write_text("id,amount\n1,12.50\n")
    folder = root / e["EMAIL_ADDRESS"][3]
    folder.mkdir()
    (folder / "export.csv").write_text("id,amount\n1,12.50\n")
    (root / f"{e['EMAIL_ADDRESS'][4]}.xls").write_bytes(b"not read: skipped, and listed as skipped")


POLICY = """\
ropa: 1
organisation: Leak test
jurisdiction: FR
language: en
subjects:
  customer:
    categories: [identity.name]
    purposes:
      - name: Running the service
        legal_basis: contract
    retention: {rule: as_long_as_necessary}
bindings:
  - assets: "*"
    subject: customer
"""


@dataclass
class World:
    root: Path
    catalog: Path
    sources: list[str]
    outputs: dict[str, str]


def _run(args: list[str], cwd: Path, outputs: dict[str, str], label: str, ok: tuple[int, ...] = (0, 1)) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CI": "true", "NO_COLOR": "1", "COLUMNS": "200"}
    done = subprocess.run([sys.executable, "-m", "flows.cli", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=900, check=False)
    outputs[f"{label} stdout"] = done.stdout
    outputs[f"{label} stderr"] = done.stderr
    assert done.returncode in ok, f"{label}: exit {done.returncode}: {done.stderr[-2000:]}"


def _dump_catalog(path: Path) -> str:
    con = duckdb.connect(str(path), read_only=True)
    try:
        parts = []
        for schema, name in con.execute(
            "SELECT schema_name, table_name FROM duckdb_tables() WHERE database_name = current_database() "
            "UNION ALL SELECT schema_name, view_name FROM duckdb_views() WHERE NOT internal AND database_name = current_database()"
        ).fetchall():
            rows = con.execute(f'SELECT * FROM "{schema}"."{name}"').fetchall()
            parts.append(f"== {schema}.{name}: {len(rows)} rows\n" + "\n".join(map(repr, rows)))
        return "\n".join(parts)
    finally:
        con.close()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> World:
    root = tmp_path_factory.mktemp("leaks")
    warehouse = root / "warehouse.duckdb"
    _build_duckdb(warehouse)
    _build_files(root / "exports")
    # sources named on the command line whose own path holds a value: a file, a folder
    e = PLANTED.by_entity
    named_file = root / f"{e['EMAIL_ADDRESS'][8]}.csv"
    named_file.write_text("id,amount\n1,12.50\n")
    named_folder = root / e["IBAN_CODE"][8]
    named_folder.mkdir()
    (named_folder / "export.csv").write_text("id,amount\n1,12.50\n")
    sources = [str(warehouse), str(root / "exports"), str(named_file), str(named_folder)]
    pg = _postgres_source(request)
    if pg:
        sources.append(pg)
    policy = root / "policy.yaml"
    policy.write_text(POLICY)
    catalog = root / "ropa.duckdb"
    out: dict[str, str] = {}
    cat = ["--catalog", str(catalog)]
    _run(["scan", *sources, *cat], root, out, "scan", ok=(0,))
    _run(["findings", *cat], root, out, "findings")
    _run(["findings", *cat, "--format", "json"], root, out, "findings json")
    _run(["findings", *cat, "--format", "table"], root, out, "findings table")
    for fmt in ("csv", "json", "table"):
        _run(["sql", "FROM catalog_findings", *cat, "--format", fmt], root, out, f"sql {fmt}")
    _run(["sql", "FROM violations", *cat, "--format", "csv"], root, out, "sql violations")
    for fmt in ("text", "json", "junit", "sarif"):
        target = root / f"check.{fmt}"
        _run(["check", *sources, "--policy", str(policy), *cat, "--format", fmt, "-o", str(target)], root, out, f"check {fmt}")
        out[f"check {fmt} file"] = target.read_text(encoding="utf-8")
    _run(["check", *sources, "--policy", str(policy), *cat, "--full", "--rescan"], root, out, "check --full")
    baseline = root / "baseline.yaml"
    _run(["baseline", *sources, "--policy", str(policy), *cat, "--reason", "leak test", "-o", str(baseline)], root, out, "baseline")
    out["baseline file"] = baseline.read_text(encoding="utf-8")
    report = root / "report.html"
    _run(["report", *cat, "--html", str(report)], root, out, "report")
    out["report file"] = report.read_text(encoding="utf-8")
    register = root / "register.md"
    _run(["register", *cat, "--policy", str(policy), "-o", str(register)], root, out, "register")
    out["register file"] = register.read_text(encoding="utf-8")
    e = PLANTED.by_entity
    for flag, value in (("--email", e["EMAIL_ADDRESS"][5]), ("--iban", e["IBAN_CODE"][5]), ("--bsn", e["NL_BSN"][5])):
        _run(["locate", *cat, flag, value, "--keys"], root, out, f"locate {flag}")
    gx = root / "gx"
    _run(["gx", "export", *cat, "--out", str(gx)], root, out, "gx export")
    for suite in sorted(gx.rglob("*")):
        if suite.is_file():
            out[f"gx {suite.name}"] = suite.read_text(encoding="utf-8")
    project = root / "gx-project"               # the ready-to-run GX project: config, suites, Data Docs
    _run(["gx", "export", *cat, "--checkpoint", str(project)], root, out, "gx export --checkpoint")
    not_wired = json.loads((project / "ropa-gx.json").read_text(encoding="utf-8"))["not_wired"]
    assert any("masked" in why for why in not_wired.values())   # a masked name is not wired blind
    for path in sorted(project.rglob("*")):
        if path.is_file():
            out[f"gx project {path.relative_to(project)}"] = path.read_bytes().decode("utf-8", "replace")
    fides = root / "ropa.fides.yml"
    _run(["export", "fides", *cat, "-o", str(fides)], root, out, "export fides")
    out["fides file"] = fides.read_text(encoding="utf-8")
    out["catalog"] = _dump_catalog(catalog)
    return World(root, catalog, sources, out)


def _postgres_source(request: pytest.FixtureRequest) -> str | None:
    """A PostgreSQL table of planted values, when the test server can start (see conftest)."""
    try:
        server = request.getfixturevalue("postgres_server")
    except pytest.skip.Exception:
        return None
    import psycopg

    e = PLANTED.by_entity
    database = "leaks"
    with psycopg.connect(server.uri(), autocommit=True) as con:
        con.execute(f"DROP DATABASE IF EXISTS {database}")
        con.execute(f"CREATE DATABASE {database}")
    with psycopg.connect(server.uri(database), autocommit=True) as con:
        con.execute("CREATE TABLE klanten (naam text, email text, iban text, bsn text, tags text[])")
        with con.cursor() as cur:
            cur.executemany("INSERT INTO klanten VALUES (%s, %s, %s, %s, %s)",
                            [(e["PERSON"][i], e["EMAIL_ADDRESS"][i], e["IBAN_CODE"][i], e["NL_BSN"][i],
                              [e["PHONE_NUMBER"][i]]) for i in range(N)])
        con.execute(f'CREATE TABLE "{e["EMAIL_ADDRESS"][6]}" (id int)')
    return server.uri(database)


# ----------------------------------------------------------------------------- the proof


def test_the_search_finds_what_it_looks_for():
    e = PLANTED.by_entity
    assert leaks(f"column {e['IBAN_CODE'][0]} holds IBAN_CODE") == [e["IBAN_CODE"][0]]
    spaced = " ".join(e["NL_BSN"][0][i:i + 3] for i in range(0, 9, 3))
    assert leaks(f"bsn {spaced.replace(' ', '')}") == [e["NL_BSN"][0]]
    assert leaks(f"x {e['EMAIL_ADDRESS'][0].upper()} y") == [e["EMAIL_ADDRESS"][0]]
    assert leaks("FR76 **** **** 0189, j***@example.nl, 06******78") == []


def test_the_scan_found_what_was_planted(world: World):
    rows = duckdb.connect(str(world.catalog), read_only=True).execute(
        "SELECT asset, column_name, entity FROM current_findings").fetchall()
    found = {(a, c, e) for a, c, e in rows}
    columns = {(a.split("/")[-1], c) for a, c, _ in found}
    assert ("headerless.csv", "column_1") in columns and ("headerless.xlsx#Sheet1", "column_9") in columns
    assert any(c == "<key>" and e == "EMAIL_ADDRESS" for _, c, e in found)
    assert any(c == "people.<key>" and e == "NL_BSN" for _, c, e in found)
    assert any(c == "emails[]" and e == "EMAIL_ADDRESS" for _, c, e in found)
    assert any(c == "contacts[].email" for _, c, _ in found)
    named = {e for _, c, e in found if c == "<asset name>"}
    assert {"EMAIL_ADDRESS", "IBAN_CODE", "PHONE_NUMBER", "CREDIT_CARD", "IP_ADDRESS", "FR_SIRET", "VAT_NUMBER",
            "BE_NATIONAL_NUMBER", "FR_NIR", "NL_BSN", "PERSON"} <= named
    entities = {e for _, _, e in found}
    assert set(PLANTED.by_entity) - {"FR_SIREN"} <= entities  # a SIREN column beside SIRETs may read as either


def test_no_output_holds_a_planted_value(world: World):
    assert len(world.outputs) >= 30
    leaked = {label: leaks(text) for label, text in world.outputs.items()}
    leaked = {label: values[:5] for label, values in leaked.items() if values}
    assert leaked == {}


@pytest.mark.slow
def test_the_executed_notebook_holds_no_planted_value(world: World, monkeypatch: pytest.MonkeyPatch):
    nbformat = pytest.importorskip("nbformat")
    from nbclient import NotebookClient

    monkeypatch.setenv("ROPA_CATALOG", str(world.catalog))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}).execute()
    text = nbformat.writes(nb)
    assert "assets scanned" in text  # it ran
    assert leaks(text) == []
