"""Scheduling (`ropa serve`), transient-error retries and the terminal progress bar."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from catalog.store import Catalog
from flows import classify
from flows.classify import ScanSettings
from flows.scan import Progress, build_deployment, run_scan
from flows.sources.base import SourceError


def test_serve_builds_a_cron_deployment_with_absolute_paths(tmp_path: Path) -> None:
    policy = Path(__file__).resolve().parents[2] / "policies" / "wecasa.yaml"
    deployment = build_deployment(["wh.duckdb", "postgresql://ro@db/crm"], "0 2 * * *", "ropa.duckdb",
                                  [str(policy)], name="nightly")
    assert deployment.name == "nightly"
    assert [s.schedule.cron for s in deployment.schedules] == ["0 2 * * *"]
    params = deployment.parameters
    assert params["sources"][0] == str(Path("wh.duckdb").resolve())
    assert params["sources"][1] == "postgresql://ro@db:5432/crm"  # canonical: defaults explicit
    assert Path(params["catalog_path"]).is_absolute() and params["policies"] == [str(policy)]


def test_serve_refuses_a_bad_cron(capsys) -> None:
    from flows.cli import main

    assert main(["serve", "x.duckdb", "--cron", "every night"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--cron" in err[0]


def test_transient_source_errors_are_retried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "f"
    folder.mkdir()
    pd.DataFrame({"email": [f"a{i}@b.fr" for i in range(30)]}).to_csv(folder / "a.csv", index=False)
    real = classify.open_source
    calls = {"n": 0}

    def flaky(uri, **kw):
        calls["n"] += 1
        if calls["n"] == 1:
            raise SourceError("connection dropped", transient=True)
        return real(uri, **kw)

    monkeypatch.setattr(classify, "open_source", flaky)
    summary = run_scan(Catalog(tmp_path / "c.duckdb"), [str(folder)], ScanSettings())
    assert (summary.scanned, summary.errors, calls["n"]) == (1, 0, 2)


def test_a_terminal_error_is_recorded_not_retried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "f"
    folder.mkdir()
    pd.DataFrame({"email": ["a@b.fr"] * 5}).to_csv(folder / "a.csv", index=False)
    calls = {"n": 0}

    def broken(uri, **kw):
        calls["n"] += 1
        raise SourceError("permission denied: a.csv")

    monkeypatch.setattr(classify, "open_source", broken)
    summary = run_scan(Catalog(tmp_path / "c.duckdb"), [str(folder)], ScanSettings())
    assert (summary.errors, calls["n"]) == (1, 1)
    assert summary.error_assets[0][2] == "permission denied: a.csv"


def test_progress_is_quiet_off_a_terminal_and_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    assert Progress().enabled is False
    monkeypatch.delenv("CI")
    assert Progress().enabled is False      # pytest captures stderr: not a terminal
    shown = Progress(enabled=True)
    shown.start(3)
    shown.stop()
