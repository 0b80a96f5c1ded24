"""What ropa hands to people and machines after a scan: the CI gate and the reports.

    formats.py         violations as text / json / JUnit XML / SARIF 2.1.0, findings as table / json,
                       and the exit-code rule of ``ropa check``
    baseline.py        acknowledged violations (``--baseline``), written by ``ropa baseline``
    gx.py              Great Expectations suites from violations (``ropa gx export``) and a runner
    retention.py       where "kept too long" begins: one reading shared by gx and the reports
    views.py           read-only queries and plots over the catalog, shared by the notebook and
                       the HTML report so both show the same numbers
    html.py            one self-contained HTML report (``ropa report --html``)
    sample_catalog.py  a small catalog with the published view names, for tests and first looks
    errors.py          OutputError (exit 2) and its subclasses

Nothing here writes to the catalog: every reader opens it read-only, so a report can run while a
scan holds the write lock elsewhere only between commits (DuckDB's rule), never corrupting it.
"""

from __future__ import annotations

from flows.outputs.errors import OutputError

__all__ = ["OutputError"]
