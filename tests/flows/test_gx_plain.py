"""Every suite ``ropa gx export`` writes runs in plain Great Expectations 1.x.

Only GX's own API and no ropa code past the export: a context, a data source, a batch definition,
a validation definition and a checkpoint, as a GX user would wire them. Each suite runs on a
pandas frame of its asset (the DuckDB table read by DuckDB, the file read by pandas) and, for the
tables, on the table itself in a real PostgreSQL through GX's SQL data source (the tables copied
there with their DATE columns kept DATE). No expectation may raise; each one fails exactly where
the demo planted a violation.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import duckdb
import great_expectations as gx
import pandas as pd
import psycopg
import pytest

from flows.cli import main
from tests.conftest import Demo

RETENTION = "expect_column_values_to_be_between"


@pytest.fixture(scope="module")
def exported(demo: Demo, tmp_path_factory) -> list[dict]:
    out = tmp_path_factory.mktemp("gx")
    assert main(["gx", "export", "--catalog", str(demo.catalog), "--out", str(out)]) == 0
    suites = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(out.glob("*.json"))]
    assert len(suites) >= 10
    return suites


def _source(suite: dict) -> Path:
    return Path(suite["meta"]["ropa"]["source"])          # one warehouse or folder per suite


def _asset(suite: dict) -> str:
    return suite["meta"]["ropa"]["asset"]


def _is_table(suite: dict) -> bool:
    return _source(suite).suffix == ".duckdb"


def _frame(suite: dict) -> pd.DataFrame:
    source, name = _source(suite), _asset(suite)
    if _is_table(suite):
        con = duckdb.connect(str(source), read_only=True)
        try:
            return con.execute(f"SELECT * FROM {name}").df()   # demo names: plain identifiers
        finally:
            con.close()
    path = source / name
    if path.suffix == ".parquet":
        frame = pd.read_parquet(path)
    else:                                      # the demo's CRM export is a French Excel CSV
        raw = path.read_bytes()
        text = raw.decode("utf-8") if raw.isascii() else raw.decode("cp1252")
        frame = pd.read_csv(io.StringIO(text), sep=None, engine="python")
    for e in suite["expectations"]:                          # what a GX user does with a CSV date
        if e["type"] == RETENTION:
            frame[e["kwargs"]["column"]] = pd.to_datetime(frame[e["kwargs"]["column"]])
    return frame


def _expected_failures(demo: Demo, suite: dict) -> set[tuple[str, str]]:
    """(expectation type, column) pairs the demo's planted violations make fail."""
    out = set()
    for rows in demo.violations.values():
        for v in rows:
            if v["asset"] != _asset(suite) or str(v["source"]) != str(_source(suite)):
                continue
            if v["kind"] == "over_retained":
                out.add((RETENTION, v["column"]))
            elif v["kind"] in ("undeclared", "special_category"):
                out.add(("expect_column_values_to_not_match_regex", v["column"]))
    return out


def _run(suite_json: dict, add_batch, batch_parameters: dict | None = None) -> dict:
    """Context, data source + batch definition (``add_batch``), validation definition, checkpoint."""
    context = gx.get_context(mode="ephemeral")
    suite = context.suites.add(gx.ExpectationSuite(name=suite_json["name"],
                                                   expectations=suite_json["expectations"],
                                                   meta=suite_json["meta"]))
    batch = add_batch(context)
    validation = context.validation_definitions.add(
        gx.ValidationDefinition(name="privacy", data=batch, suite=suite))
    checkpoint = context.checkpoints.add(gx.Checkpoint(name="ropa", validation_definitions=[validation]))
    result = checkpoint.run(batch_parameters=batch_parameters)
    (run,) = result.run_results.values()
    outcome = {}
    for r in run.results:
        cfg = r.expectation_config
        assert not r.exception_info.get("raised_exception"), (suite_json["name"], cfg.type, r.exception_info)
        outcome[(cfg.type, cfg.kwargs["column"])] = r.success
    return outcome


def test_every_exported_suite_runs_in_plain_gx_on_a_pandas_frame(demo: Demo, exported) -> None:
    for suite in exported:
        frame = _frame(suite)

        def add_batch(context, name=suite["name"]):
            return (context.data_sources.add_pandas("frames").add_dataframe_asset(name)
                    .add_batch_definition_whole_dataframe("all"))

        outcome = _run(suite, add_batch, {"dataframe": frame})
        failed = {k for k, ok in outcome.items() if not ok}
        expected = _expected_failures(demo, suite)
        assert failed == expected & set(outcome), suite["name"]
        left_out = {("expect_column_values_to_not_match_regex", x["column"])
                    for x in suite["meta"]["ropa"]["not_expressible"]}
        assert expected - set(outcome) <= left_out, suite["name"]   # said, not silently dropped
    assert any(e["type"] == RETENTION for s in exported for e in s["expectations"])


@pytest.mark.postgres
def test_every_exported_table_suite_runs_in_plain_gx_on_postgresql(demo: Demo, exported,
                                                                   postgres_server) -> None:
    from sqlalchemy import create_engine

    with psycopg.connect(postgres_server.uri(), autocommit=True) as con:
        con.execute("DROP DATABASE IF EXISTS ropa_gx")
        con.execute("CREATE DATABASE ropa_gx")
    url = postgres_server.uri("ropa_gx").replace("postgresql://", "postgresql+psycopg://", 1)
    engine = create_engine(url)
    tables = [s for s in exported if _is_table(s)]
    retention_columns = 0
    try:
        with engine.begin() as con:
            con.exec_driver_sql("CREATE SCHEMA main")
        for suite in tables:
            schema, table = _asset(suite).split(".")
            _frame(suite).to_sql(table, engine, schema=schema, index=False)
            con_duck = duckdb.connect(str(_source(suite)), read_only=True)
            dates = [r[0] for r in con_duck.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = ? "
                "AND table_name = ? AND data_type = 'DATE'", [schema, table]).fetchall()]
            con_duck.close()
            with engine.begin() as con:                       # keep DATE columns DATE
                for c in dates:
                    con.exec_driver_sql(f'ALTER TABLE {schema}.{table} ALTER COLUMN "{c}" TYPE date')
        for suite in tables:
            schema, table = _asset(suite).split(".")

            def add_batch(context, schema=schema, table=table):
                return (context.data_sources.add_postgres("warehouse", connection_string=url)
                        .add_table_asset(name=table, table_name=table, schema_name=schema)
                        .add_batch_definition_whole_table("all"))

            outcome = _run(suite, add_batch)
            failed = {k for k, ok in outcome.items() if not ok}
            assert failed == _expected_failures(demo, suite) & set(outcome), suite["name"]
            retention_columns += sum(1 for k in outcome if k[0] == RETENTION)
    finally:
        engine.dispose()
    assert retention_columns >= 3
