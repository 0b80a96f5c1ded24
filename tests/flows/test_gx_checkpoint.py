"""``ropa gx export --checkpoint DIR`` on real sources, run as a GX user would.

One catalog scans six sources that all hold a ``customers`` asset: two folders with a
``customers.csv`` each (a French Excel export, cp1252 with ``;``, and a UTF-8 one), a tab-separated
``customers.csv`` scanned as a single file, a DuckDB file,
a SQLite file and a real PostgreSQL (``main.customers`` in all three), plus a Parquet file and an
Excel sheet. Suite names must keep
them apart (no overwriting). The project is then run in a subprocess with the shared venv's
python, in another working directory, with no ropa import: ``gx.get_context(mode="file")`` and
each checkpoint's ``run()``. It must fail on the planted over-retained rows and undeclared IBANs,
pass once the data is cleaned, and Data Docs must name the suites. PostgreSQL is read as a role
with a scram-sha-256 password, given to the run through ``PGPASSWORD`` only: no file in DIR may
hold it.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date, timedelta
from pathlib import Path

import duckdb
import pandas as pd
import psycopg
import pytest

from flows.cli import main
from flows.outputs.gx import suite_name
from flows.outputs.gx_project import MARKER

pytestmark = pytest.mark.postgres

SECRET = "Gx-Secret-5521-wachtwoord"
IBANS = ["FR7630006000011234567890189", "NL91ABNA0417164300", "BE68539007547034",
         "DE89370400440532013000", "GB82WEST12345698765432"]
POLICY = """\
ropa: 1
organisation: Exemple SAS
jurisdiction: FR
language: fr
subjects:
  customer:
    categories: [identity.name]          # bank accounts are not declared: an IBAN is a violation
    purposes: [{name: Orders, legal_basis: contract}]
    retention: {duration: P2Y, from: end_of_relationship}
bindings:
  - {assets: "customers.csv", subject: customer, retention_anchor: ended_at}
  - {assets: "main.customers", subject: customer, retention_anchor: ended_at}
  - {assets: "orders.parquet", subject: customer, retention_anchor: ended_at}
  - {assets: "book.xlsx#Clients", subject: customer, retention_anchor: ended_at}
"""
N = 40
OLD = 3            # rows per asset kept past the 2-year retention


def _rows(today: date) -> pd.DataFrame:
    names = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand"]
    ended = [today - timedelta(days=3 * 365 + i) for i in range(OLD)] + \
            [today - timedelta(days=30 + i) for i in range(N - OLD - 5)] + [None] * 5
    return pd.DataFrame({"id": range(N), "nom": [names[i % 8] for i in range(N)],
                         "iban": [IBANS[i % 5] for i in range(N)],
                         "ended_at": pd.to_datetime(pd.Series(ended, dtype="object"))})


def _clean(frame: pd.DataFrame, today: date) -> pd.DataFrame:
    kept = frame[frame["ended_at"].isna() | (frame["ended_at"] >= pd.Timestamp(today - timedelta(days=700)))]
    return kept.assign(iban="supprimé")


@pytest.fixture(scope="module")
def world(postgres_server, tmp_path_factory):
    today = date.today()
    root = tmp_path_factory.mktemp("gxcp")
    rows = _rows(today)
    (root / "fr").mkdir()
    (root / "nl").mkdir()
    (root / "de").mkdir()
    fr_csv, nl_csv, parquet = root / "fr" / "customers.csv", root / "nl" / "customers.csv", root / "nl" / "orders.parquet"

    def write_files(frame: pd.DataFrame) -> None:
        out = frame.assign(ended_at=frame["ended_at"].dt.strftime("%Y-%m-%d"))
        fr_csv.write_bytes(out.assign(nom=out["nom"] + " Hélène").to_csv(sep=";", index=False).encode("cp1252"))
        out.to_csv(nl_csv, index=False)
        out.to_csv(root / "de" / "customers.csv", sep="\t", index=False)   # scanned as a single file
        frame.assign(ended_at=frame["ended_at"].dt.date).to_parquet(parquet, index=False)  # a DATE column
        frame.to_excel(root / "nl" / "book.xlsx", sheet_name="Clients", index=False)

    def write_sqlite(frame: pd.DataFrame) -> None:
        with sqlite3.connect(root / "app.sqlite") as con:
            con.execute("DROP TABLE IF EXISTS customers")
            con.execute("CREATE TABLE customers (id INTEGER, nom TEXT, iban TEXT, ended_at DATE)")
            con.executemany("INSERT INTO customers VALUES (?, ?, ?, ?)",
                            [(r.id, r.nom, r.iban, None if pd.isna(r.ended_at) else r.ended_at.date().isoformat())
                             for r in frame.itertuples(index=False)])
        con.close()

    write_files(rows)
    write_sqlite(rows)
    warehouse = root / "warehouse.duckdb"
    con = duckdb.connect(str(warehouse))
    con.execute("CREATE TABLE customers AS SELECT id, nom, iban, ended_at::DATE AS ended_at FROM rows")
    con.close()

    s = postgres_server
    with psycopg.connect(s.uri(), autocommit=True) as con:
        con.execute("DROP DATABASE IF EXISTS ropa_gxcp")
        con.execute("CREATE DATABASE ropa_gxcp")
        con.execute("DROP ROLE IF EXISTS gx_reader")
        con.execute(f"CREATE ROLE gx_reader LOGIN PASSWORD '{SECRET}'")
        hba = Path(con.execute("SHOW hba_file").fetchone()[0])
        before = hba.read_text()
        hba.write_text(f"host all gx_reader 127.0.0.1/32 scram-sha-256\n{before}")  # this role only
        con.execute("SELECT pg_reload_conf()")

    def write_pg(frame: pd.DataFrame) -> None:
        with psycopg.connect(s.uri("ropa_gxcp"), autocommit=True) as con:
            con.execute("CREATE SCHEMA IF NOT EXISTS main")
            con.execute("DROP TABLE IF EXISTS main.customers")
            con.execute("CREATE TABLE main.customers (id int, nom text, iban text, ended_at date)")
            with con.cursor().copy("COPY main.customers FROM STDIN") as copy:
                for r in frame.itertuples(index=False):
                    copy.write_row((r.id, r.nom, r.iban, None if pd.isna(r.ended_at) else r.ended_at.date()))
            con.execute("GRANT USAGE ON SCHEMA main TO gx_reader")
            con.execute("GRANT SELECT ON main.customers TO gx_reader")

    write_pg(rows)
    pg = f"postgresql://gx_reader:{SECRET}@{s.host}:{s.port}/ropa_gxcp"
    policy = root / "policy.yaml"
    policy.write_text(POLICY)
    catalog = root / "ropa.duckdb"
    assert main(["scan", str(root / "fr"), str(root / "nl"), str(root / "de" / "customers.csv"), str(warehouse),
                 str(root / "app.sqlite"), pg, "--catalog", str(catalog),
                 "--policy", str(policy), "--quiet"]) == 0
    try:
        yield {"root": root, "catalog": catalog, "rows": rows, "today": today, "write_files": write_files, "write_sqlite": write_sqlite,
               "write_pg": write_pg, "warehouse": warehouse, "pg": f"postgresql://gx_reader@{s.host}:{s.port}/ropa_gxcp"}
    finally:
        hba.write_text(before)
        with psycopg.connect(s.uri(), autocommit=True) as con:
            con.execute("SELECT pg_reload_conf()")


def _expected_names(world) -> dict[str, str]:
    root = world["root"]
    return {
        "fr csv": suite_name("customers.csv", str(root / "fr")),
        "nl csv": suite_name("customers.csv", str(root / "nl")),
        "single csv": suite_name("customers.csv", str(root / "de" / "customers.csv")),
        "parquet": suite_name("orders.parquet", str(root / "nl")),
        "excel": suite_name("book.xlsx#Clients", str(root / "nl")),
        "sqlite": suite_name("main.customers", "sqlite:///" + str(root / "app.sqlite")),
        "duckdb": suite_name("main.customers", str(world["warehouse"])),
        "postgresql": suite_name("main.customers", world["pg"]),
    }


def test_same_asset_name_in_several_sources_gives_one_suite_each(world, tmp_path) -> None:
    out = tmp_path / "suites"
    assert main(["gx", "export", "--catalog", str(world["catalog"]), "--out", str(out)]) == 0
    suites = {json.loads(p.read_text())["name"]: json.loads(p.read_text()) for p in out.glob("*.json")}
    names = _expected_names(world)
    assert set(names.values()) <= set(suites)                 # none overwritten by another
    assert len(set(names.values())) == len(names) == 8
    for key, name in names.items():
        meta = suites[name]["meta"]["ropa"]
        assert name.startswith(meta["asset"].replace("#", "_") + "@"), key
        types = {e["type"] for e in suites[name]["expectations"]}
        assert types == {"expect_column_values_to_not_match_regex", "expect_column_values_to_be_between"}, key
    assert suites[names["postgresql"]]["meta"]["ropa"]["source"] == world["pg"]
    assert suites[names["duckdb"]]["meta"]["ropa"]["source"] == str(world["warehouse"])


RUNNER = textwrap.dedent("""
    import json, sys
    import great_expectations as gx
    ctx = gx.get_context(mode="file", project_root_dir=sys.argv[1])
    out = {}
    for name in json.loads(sys.argv[2]):
        result = ctx.checkpoints.get(name).run()
        (run,) = result.run_results.values()
        out[name] = {"success": result.success, "raised": [r.expectation_config.type for r in run.results
                                                           if r.exception_info.get("raised_exception")],
                     "failed": sorted(r.expectation_config.type for r in run.results if not r.success),
                     "unexpected": {r.expectation_config.type: r.result.get("unexpected_count")
                                    for r in run.results}}
    assert not any(m == "flows" or m.startswith(("flows.", "catalog.", "classifiers.")) for m in sys.modules)
    print(json.dumps(out))
""")


def _run_checkpoints(project: Path, names: list[str], cwd: Path, password: str | None) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PG", "ROPA")) and k != "PYTHONPATH"}
    env["GX_ANALYTICS_ENABLED"] = "false"
    if password:
        env["PGPASSWORD"] = password
    done = subprocess.run([sys.executable, "-c", RUNNER, str(project), json.dumps(names)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_checkpoint_project_runs_in_plain_gx(world, tmp_path, capsys) -> None:
    project = tmp_path / "project"
    assert main(["gx", "export", "--catalog", str(world["catalog"]), "--checkpoint", str(project)]) == 0
    err = capsys.readouterr().err
    names = _expected_names(world)
    marker = json.loads((project / MARKER).read_text())
    wired = {k: n for k, n in names.items() if k != "duckdb"}
    assert set(wired.values()) <= set(marker["checkpoints"])
    assert "duckdb" in marker["not_wired"][names["duckdb"]].lower() and names["duckdb"] in err

    for path in project.rglob("*"):                   # no secret in any byte of any file
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path
    index = project / "gx" / "uncommitted" / "data_docs" / "local_site" / "index.html"
    assert index.is_file()
    assert all(n in index.read_text(encoding="utf-8") for n in names.values())

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    checkpoints = sorted(wired.values())
    first = _run_checkpoints(project, checkpoints, elsewhere, SECRET)
    for name in checkpoints:
        assert first[name]["raised"] == [], (name, first[name])
        assert first[name]["success"] is False, name
        assert first[name]["failed"] == ["expect_column_values_to_be_between",
                                         "expect_column_values_to_not_match_regex"], (name, first[name])
        assert first[name]["unexpected"] == {"expect_column_values_to_be_between": OLD,   # counted,
                                             "expect_column_values_to_not_match_regex": N}, name  # not errors

    for path in project.rglob("*"):                   # results and Data Docs hold counts, not values
        if path.is_file():
            data = path.read_bytes()
            assert not [i for i in IBANS if i.encode() in data], path
    assert list(project.rglob("validations/**/*.json"))

    clean = _clean(world["rows"], world["today"])
    world["write_files"](clean)
    world["write_pg"](clean)
    world["write_sqlite"](clean)
    second = _run_checkpoints(project, checkpoints, elsewhere, SECRET)
    assert {n: (r["success"], r["raised"]) for n, r in second.items()} == {n: (True, []) for n in checkpoints}
    assert all(set(r["unexpected"].values()) == {0} for r in second.values()), second
    assert index.is_file() and len(list(index.parent.rglob("validations/**/*.html"))) >= 2 * len(checkpoints)

    # the password really is needed, and comes only from the environment
    env_free = subprocess.run([sys.executable, "-c", RUNNER, str(project), json.dumps([names["postgresql"]])],
                              cwd=elsewhere, capture_output=True, text=True, timeout=900,
                              env={k: v for k, v in os.environ.items() if not k.startswith("PG")})
    if env_free.returncode == 0:                      # GX reports the refused login in the results
        (run,) = json.loads(env_free.stdout.strip().splitlines()[-1]).values()
        assert run["success"] is False and set(run["unexpected"].values()) == {None}, run  # nothing read
    else:
        assert "password" in env_free.stderr.lower(), env_free.stderr[-2000:]

    # a second export replaces ropa's own project (its gx/ folder and marker, nothing else)
    (project / "notes.md").write_text("the team's own notes")
    (project / "gx" / "stale.txt").write_text("left by an earlier export")
    assert main(["gx", "export", "--catalog", str(world["catalog"]), "--checkpoint", str(project),
                 "--out", str(tmp_path / "suites")]) == 0
    assert (project / "notes.md").is_file() and not (project / "gx" / "stale.txt").exists()
    assert (project / MARKER).is_file() and index.is_file()
    assert len(list((tmp_path / "suites").glob("*.json"))) == len(names)   # --out given: written too


@pytest.mark.parametrize("setup", ["file", "foreign", "no catalog"])
def test_a_folder_that_is_not_ropas_is_refused(world, tmp_path, capsys, setup) -> None:
    target = tmp_path / "target"
    catalog = world["catalog"]
    if setup == "file":
        target.write_text("mine")
    elif setup == "foreign":
        target.mkdir()
        (target / "notes.txt").write_text("mine")
    else:
        catalog = tmp_path / "missing.duckdb"
    before = sorted(p.name for p in tmp_path.rglob("*"))
    assert main(["gx", "export", "--catalog", str(catalog), "--checkpoint", str(target)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert {"file": "not a folder", "foreign": "not a GX project ropa wrote",
            "no catalog": "missing.duckdb"}[setup] in err
    assert str(target if setup != "no catalog" else catalog) in err
    assert sorted(p.name for p in tmp_path.rglob("*")) == before     # nothing written
