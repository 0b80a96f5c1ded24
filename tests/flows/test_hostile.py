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
