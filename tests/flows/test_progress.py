"""Progress during long work: the asset being read, its rows so far and an ETA, updated per batch."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import duckdb
from rich.console import Console

from catalog.store import Catalog
from flows.classify import ScanSettings
from flows.scan import Progress, run_scan

ROOT = Path(__file__).resolve().parents[2]


def _big_table(path: Path, rows: int) -> Path:
    con = duckdb.connect(str(path))
    con.execute(f"CREATE TABLE klanten AS SELECT i AS id, 'k' || i || '@voorbeeld.nl' AS email FROM range({rows}) t(i)")
    con.close()
    return path


def test_a_full_scan_shows_rows_read_of_the_current_asset_while_it_is_read(tmp_path: Path) -> None:
    source = _big_table(tmp_path / "big.duckdb", 200_000)
    progress = Progress(enabled=True, console=Console(file=io.StringIO(), force_terminal=True, width=160))
    seen: list[tuple[str, int, int | None, str]] = []
    finished: list[str] = []
    real_rows, real_advance = progress.rows, progress.advance

    def rows(src, asset, n, total):
        real_rows(src, asset, n, total)
        seen.append((asset, n, total, progress.snapshot()))

    def advance(result):
        finished.append(result.asset)
        real_advance(result)

    progress.rows, progress.advance = rows, advance   # type: ignore[method-assign]
    summary = run_scan(Catalog(tmp_path / "c.duckdb"), [str(source)],
                       ScanSettings(full=True, batch_rows=50_000), progress=progress)
    assert (summary.scanned, summary.rows_sampled) == (1, 200_000)
    counts = [n for asset, n, total, _ in seen if asset == "main.klanten"]
    assert counts[0] == 0 and counts[-1] == 200_000 and counts == sorted(counts)
    assert len([n for n in counts if 0 < n < 200_000]) >= 3     # updated during the asset, batch by batch
    assert {total for _, _, total, _ in seen} == {200_000}
    assert finished == ["main.klanten"]
    middle = next(text for _, n, _, text in seen if 0 < n < 200_000)
    assert "main.klanten" in middle and "/200,000 rows read" in middle and "ETA" in middle
    assert "0/1 assets" in middle


def test_a_sampled_scan_says_sampled(tmp_path: Path) -> None:
    source = _big_table(tmp_path / "big.duckdb", 5_000)
    progress = Progress(enabled=True, console=Console(file=io.StringIO(), force_terminal=True, width=160))
    texts: list[str] = []
    real_rows = progress.rows

    def rows(*args):
        real_rows(*args)
        texts.append(progress.snapshot())

    progress.rows = rows   # type: ignore[method-assign]
    run_scan(Catalog(tmp_path / "c.duckdb"), [str(source)], ScanSettings(sample_rows=1000), progress=progress)
    assert texts and all("rows sampled" in t and "rows read" not in t for t in texts)


def test_piped_output_stays_clean(tmp_path: Path) -> None:
    source = _big_table(tmp_path / "big.duckdb", 250_000)
    run = subprocess.run([sys.executable, "-m", "flows.cli", "scan", str(source), "--full", "--catalog",
                          str(tmp_path / "c.duckdb")], cwd=ROOT, capture_output=True, text=True, timeout=300,
                         env={**__import__("os").environ, "PYTHONPATH": str(ROOT), "CI": ""})
    assert run.returncode == 0, run.stderr
    assert "\x1b" not in run.stdout + run.stderr and "\r" not in run.stderr
    assert run.stderr.splitlines()[0].startswith("scan ")
