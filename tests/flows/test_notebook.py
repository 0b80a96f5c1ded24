"""The analyst notebook runs top to bottom on a catalog and draws its plots.

It runs on the sample catalog (``flows.outputs.sample_catalog``); point ``ROPA_TEST_CATALOG`` at
another catalog (the demo's) to run it there instead.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from flows.outputs.sample_catalog import build_sample_catalog

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "notebooks" / "explore_findings.ipynb"


@pytest.fixture(params=["sample", "demo"])
def catalog(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    given = os.environ.get("ROPA_TEST_CATALOG")
    if given:
        return Path(given)
    if request.param == "demo":   # the five demo warehouses, scanned and checked
        return request.getfixturevalue("demo").catalog
    return build_sample_catalog(tmp_path / "ropa.duckdb", today=date(2026, 6, 1)).path


def test_the_notebook_is_committed_without_outputs() -> None:
    """Outputs would put catalog content (even masked) into git and make every diff noisy."""
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(not c.outputs and c.execution_count is None for c in code)
    params = code[0]
    assert "parameters" in params.metadata.get("tags", [])
    assert 'os.environ.get("ROPA_CATALOG", "./ropa.duckdb")' in params.source


def test_the_notebook_runs_top_to_bottom(catalog: Path, monkeypatch: pytest.MonkeyPatch,
                                        request: pytest.FixtureRequest) -> None:
    monkeypatch.setenv("ROPA_CATALOG", str(catalog))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    # cwd = the checkout, so `flows` imports before the project is installed
    NotebookClient(nb, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(ROOT)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    stderr = "".join(o.get("text", "") for o in outputs
                     if o.output_type == "stream" and o.name == "stderr")
    assert "Traceback" not in stderr
    pngs = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(pngs) >= 2  # the heatmap and the retention plot
    text = "\n".join(str(o.get("data", {}).get("text/markdown", "")) for o in outputs)
    assert "assets scanned" in text
    html = "\n".join(str(o.get("data", {}).get("text/html", "")) for o in outputs)
    on_sample = request.node.callspec.params["catalog"] == "sample"
    if not os.environ.get("ROPA_TEST_CATALOG") and on_sample:  # facts of the sample catalog
        assert "**6 of 8 assets scanned**, 1 skipped, 1 unreadable" in text
        assert "IBAN_CODE" in html  # the undeclared list
        # the drill-down defaults to the asset with most undeclared data, masked examples shown
        assert "**main.support_tickets**" in text and "06 ** ** ** 78" in html


def test_the_notebook_holds_the_catalog_only_while_a_cell_reads_it(tmp_path: Path) -> None:
    """After each cell, with the kernel still alive, a scan can take the catalog's write lock."""
    from catalog import duck

    catalog = tmp_path / "ropa.duckdb"
    build_sample_catalog(catalog, today=date(2026, 6, 1))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    params = next(c for c in nb.cells if c.cell_type == "code")
    params.source = f"CATALOG = {str(catalog)!r}\nASSET = None"
    client = NotebookClient(nb, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(ROOT)}})
    writes = 0
    with client.setup_kernel():
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            client.execute_cell(cell, index)
            assert not [o for o in cell.outputs if o.output_type == "error"]
            con = duck.connect(catalog)   # a writer: fails at once while another process holds the file
            con.execute("CREATE OR REPLACE TABLE ropa_probe AS SELECT 1 AS x")
            con.close()
            writes += 1
    assert writes == len([c for c in nb.cells if c.cell_type == "code"])
    assert "open_catalog" not in "".join(c.source for c in nb.cells if c.cell_type == "code")
