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


def test_the_notebook_extra_opens_it_in_jupyter(tmp_path: Path) -> None:
    """`pip install 'ropa[notebook]'` then `jupyter notebook notebooks/explore_findings.ipynb`:
    a real Jupyter server on a free loopback port serves the notebook page and its content."""
    import json
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    try:
        import notebook  # noqa: F401 - the extra
    except ImportError:
        if os.environ.get("CI") == "true":
            pytest.fail("the notebook extra is not installed (make test installs .[test,notebook])")
        pytest.skip("the notebook extra is not installed: pip install -c constraints.txt -e '.[notebook]'")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    token = os.urandom(12).hex()
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(tmp_path / "cfg"), "JUPYTER_DATA_DIR": str(tmp_path / "data"),
           "JUPYTER_RUNTIME_DIR": str(tmp_path / "run"), "HOME": str(tmp_path)}
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyter", "notebook", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
         f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={ROOT}", "--ServerApp.port_retries=0",
         *(["--allow-root"] if os.geteuid() == 0 else [])],    # CI containers run as root
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=5) as r:
                    if r.status == 200:
                        break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"jupyter notebook did not start: {server.stderr.read()[-2000:]}")
                time.sleep(0.5)
        with urllib.request.urlopen(f"{base}/notebooks/notebooks/explore_findings.ipynb?token={token}",
                                    timeout=30) as r:
            assert r.status == 200 and "<html" in r.read().decode().lower()
        with urllib.request.urlopen(f"{base}/api/contents/notebooks/explore_findings.ipynb?token={token}",
                                    timeout=30) as r:
            served = json.loads(r.read())
        assert served["type"] == "notebook"
        on_disk = nbformat.read(NOTEBOOK, as_version=4)
        assert [c["source"] for c in served["content"]["cells"]] == [c["source"] for c in on_disk.cells]
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
