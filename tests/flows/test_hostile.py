"""The hostile-input corpus of issue 10 (inputs: ``tests/flows/hostile_inputs.py``), kept in the suite.

Every case runs ``ropa`` in process (``flows.cli.main``) on an input built in a temporary folder.
Each must end in one of the documented exit codes (README, "Exit codes"): handled with a specific
one-line message, or scanned (its findings are then the answer). None may print a traceback,
"unexpected", or an asset error whose details were withheld (ropa's words for "an exception it
did not know"). Runaway views must be stopped by the per-asset budget (``--timeout``), and the
whole case by pytest-timeout: a hang fails the case instead of the suite.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.cli import main
from tests.flows.hostile_inputs import CASES, Case

FORBIDDEN = ("Traceback", "unexpected", "details withheld", "rerun with ROPA_DEBUG")


def test_the_corpus_holds_at_least_100_distinct_inputs() -> None:
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids))
    assert len(ids) >= 100


@pytest.fixture(scope="module")
def shared_catalog(tmp_path_factory) -> Path:
    """One catalog for the whole corpus: creating one per case would be most of the runtime."""
    return tmp_path_factory.mktemp("hostile-catalog") / "ropa.duckdb"


def _fill(argv: list[str], catalog: Path, folder: Path) -> list[str]:
    return [a.replace("{catalog}", str(catalog)).replace("{tmp}", str(folder))
             .replace("{missing}", str(folder / "no" / "such" / "folder")) for a in argv]


@pytest.mark.timeout(180)
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_a_hostile_input_is_handled_or_found(case: Case, tmp_path: Path, shared_catalog: Path, capsys) -> None:
    (tmp_path / "noise.yaml").write_bytes(b"\x00\xff: [\n")
    argv = _fill(case.build(tmp_path), shared_catalog, tmp_path)
    code = main(argv)
    out, err = capsys.readouterr()
    for word in FORBIDDEN:
        assert word not in out + err, f"{case.id}: {word!r} in output:\n{err[-2000:]}"
    assert code in case.codes, f"{case.id}: exit {code}, expected one of {sorted(case.codes)}:\n{err[-2000:]}"
    if code == 2:
        errors = [line for line in err.splitlines() if line.startswith("ropa: error:") or line.startswith("  error:")]
        assert errors, f"{case.id}: exit 2 without a message:\n{err[-2000:]}"
        assert all(len(line) < 2000 for line in errors)
    if case.says is not None:
        assert case.says.lower() in err.lower(), f"{case.id}: {case.says!r} not in:\n{err[-2000:]}"
    # Nothing raw from the wild reaches the terminal: no escape character, no bidi override.
    assert "\x1b" not in out + err and "\u202e" not in out + err and "\x07" not in out + err


@pytest.mark.slow
def test_a_successful_prefect_scan_prints_no_server_traceback(tmp_path: Path) -> None:
    """Issue 10: ``--engine prefect`` printed the temporary server's "database is locked"
    traceback even when the scan succeeded. The CLI's terminal shows ropa's lines only."""
    import os
    import subprocess
    import sys

    from tests.flows.hostile_inputs import EMAILS

    (tmp_path / "klanten.csv").write_text(EMAILS)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env.update(PREFECT_HOME=str(tmp_path / "prefect-home"), PYTHONPATH=str(Path(__file__).parents[2]))
    proc = subprocess.run(
        [sys.executable, "-m", "flows.cli", "scan", "klanten.csv", "--engine", "prefect", "--catalog", "c.duckdb"],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "1 scanned" in proc.stderr
    for word in ("Traceback", "locked", "unexpected", "Error"):
        assert word not in proc.stdout + proc.stderr, proc.stderr[-2000:]


def test_a_10000_column_csv_is_read_whole_not_refused(tmp_path: Path) -> None:
    """Issue 10: a 10,000-column CSV of 8.5 MB was refused for DuckDB's memory budget. Past
    ``WIDE_COLUMNS`` the reader reads it with Python's csv module: every column, every row, the
    values intact (the scan's classifier then checks the time budget between columns)."""
    from flows.sources import open_source
    from flows.sources.files.csv_reader import WIDE_COLUMNS

    width, rows = 10_000, 300
    header = ",".join(f"c{i}" for i in range(width))
    body = "\n".join(",".join(f"k{r}.{i}@voorbeeld.nl" if i % 1000 == 0 else f"{r * i}" for i in range(width))
                     for r in range(rows))
    path = tmp_path / "wide.csv"
    path.write_text(header + "\n" + body + "\n")
    assert path.stat().st_size > 8_000_000 and width > WIDE_COLUMNS
    source = open_source(str(path))
    (asset,) = source.assets()
    sample = source.sample(asset, 50)
    assert sample.table.num_columns == width and sample.table.num_rows == 50
    assert sample.row_count == rows and sample.rejected == 0
    emails = sample.table.column("c3000").to_pylist()
    assert all(e.endswith(".3000@voorbeeld.nl") for e in emails)
    # --full streams the same columns in batches
    total = sum(b.num_rows for b in source.batches(asset, 100))
    assert total == rows
