"""Read-only queries and plots over the catalog, shared by the analyst notebook and the HTML report.

Both show the same five views (coverage, categories by asset, undeclared data, over-retention over
time, masked examples of one asset); keeping the SQL and the plots here means the two cannot
drift apart. Every query reads the catalog's published views (``catalog_findings``,
``violations``, ``scans``, ``asset_scans``, ``assets``, ``anchor_profile``) through a read-only
connection; names from the catalog are bound as parameters, never pasted into SQL.

"Latest" always means the most recent scan *of that asset*: a scan of one source does not hide
what an earlier scan found in another.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import duckdb
import pandas as pd

from catalog import duck
from catalog.store import refuse_foreign
from catalog.errors import CatalogError, CatalogLocked, NotACatalog
from flows.outputs.formats import KINDS
from flows.outputs.retention import cutoff_from_parts

REQUIRED_VIEWS = ("catalog_findings", "violations", "scans", "asset_scans", "assets",
                  "anchor_profile")


def open_catalog(path: str | Path) -> duckdb.DuckDBPyConnection:
    """Open the catalog read-only, with errors that say what to do."""
    p = Path(path)
    if not p.exists():
        raise CatalogError(f"{p}: no catalog there; run `ropa scan` first, or point "
                           "--catalog / ROPA_CATALOG at an existing catalog file")
    if duck.is_sqlite(p):
        raise NotACatalog(f"{p}: a SQLite database, not a ropa catalog; point --catalog / ROPA_CATALOG "
                          "at the .duckdb file `ropa scan` wrote")
    try:
        con = duck.connect(p, read_only=True)
    except duckdb.IOException as e:
        if "lock" in str(e).lower():
            raise CatalogLocked(f"{p}: another process is writing the catalog (a scan?); "
                                "retry when it has finished") from None
        raise NotACatalog(f"{p}: not a DuckDB database; check the path") from None
    except duckdb.Error:
        raise NotACatalog(f"{p}: not a DuckDB database; check the path") from None
    try:
        refuse_foreign(con, p)   # the user's own database: the same words as a scan would use
    except NotACatalog:
        con.close()
        raise
    names = {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables").fetchall()}
    missing = [v for v in REQUIRED_VIEWS if v not in names]
    if missing:
        con.close()
        raise NotACatalog(f"{p}: a DuckDB file but not a ropa catalog (missing "
                          f"{', '.join(missing)}); check the path or run `ropa scan`")
    return con


# --------------------------------------------------------------------------------------------
# queries


def snapshot(path: str | Path) -> dict[str, pd.DataFrame]:
    """Everything the notebook shows, read into pandas in one short read-only session.

    DuckDB blocks a scan's writes while any other process has the file open, even read-only, so
    the notebook must not keep a connection between cells: it holds the catalog only while this runs.
    """
    con = open_catalog(path)
    try:
        return {
            "status": asset_status(con),
            "findings": latest_findings(con),
            "violations": load_violations(con),
            "monthly": retention_monthly(con),
            "cutoffs": retention_cutoffs(con),
        }
    finally:
        con.close()


def asset_labels(con: duckdb.DuckDBPyConnection) -> dict[tuple[str, str], str]:
    """How the reports name each asset: its name, prefixed with its source's file or folder
    name when several sources hold an asset of that name (two warehouses' ``main.customers``)."""
    rows = con.execute("SELECT DISTINCT source, asset FROM assets").fetchall()
    per_name = Counter(a for _, a in rows)
    short = {(s, a): f"{_short(s)}:{a}" for s, a in rows if per_name[a] > 1}
    clash = Counter(short.values())
    return {(s, a): a if per_name[a] == 1 else (short[(s, a)] if clash[short[(s, a)]] == 1
                                                  else f"{s}:{a}")
            for s, a in rows}


def _short(source: str) -> str:
    parts = [p for p in re.split(r"[/\\]", urlsplit(source).path or source) if p]
    return parts[-1] if parts else source


def _labelled(con: duckdb.DuckDBPyConnection, df: pd.DataFrame) -> pd.DataFrame:
    labels = asset_labels(con)
    df["label"] = [labels.get((s, a), a) for s, a in zip(df["source"], df["asset"])]
    return df


def asset_status(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every asset with its latest scan status (``never`` if no scan reached it)."""
    df = con.execute("""
        SELECT a.asset_id, a.source, a.asset, a.kind,
               coalesce(s.status, 'never') AS status, s.error, s.rows_sampled, s.row_count,
               s.rows_rejected, s.rejected_lines, s.scan_id, sc.started_at
        FROM assets a
        LEFT JOIN asset_scans s ON s.asset_id = a.asset_id
        LEFT JOIN scans sc ON sc.scan_id = s.scan_id
        QUALIFY row_number() OVER (PARTITION BY a.asset_id
                                   ORDER BY sc.started_at DESC NULLS LAST, s.scan_id DESC) = 1
        ORDER BY a.source, a.asset
    """).df()
    return _labelled(con, df)


def rejected_rows(status: pd.DataFrame) -> pd.DataFrame:
    """Assets whose latest scan rejected malformed rows: how many, and where (``lines``: the first
    line numbers, e.g. ``4, 9, 12 … (3 of 37)``). Numbers only: a rejected line's text is
    never stored, so it cannot be shown."""
    df = status[(status["status"] == "scanned") & (status["rows_rejected"].fillna(0) > 0)].copy()
    df["lines"] = [_line_list(int(n), list(ls) if hasattr(ls, "__len__") else [])
                   for n, ls in zip(df["rows_rejected"], df["rejected_lines"])]
    return df[["label", "source", "rows_rejected", "lines"]].reset_index(drop=True)


def _line_list(count: int, lines: list[int]) -> str:
    if not lines:
        return "not recorded"
    shown = ", ".join(str(int(n)) for n in lines)
    return shown if count <= len(lines) else f"{shown} … ({len(lines)} of {count:,})"


def coverage_summary(status: pd.DataFrame) -> dict[str, int]:
    """Counts a person reads first: how many assets, how many really looked at, rows sampled."""
    counts = status["status"].value_counts()
    return {
        "assets": int(len(status)),
        "scanned": int(counts.get("scanned", 0)),
        "skipped": int(counts.get("skipped", 0)),
        "error": int(counts.get("error", 0)),
        "never": int(counts.get("never", 0)),
        "rows_sampled": int(status["rows_sampled"].fillna(0).sum()),
        "rows_total": int(status["row_count"].fillna(0).sum()),
    }


# An asset's current scan: the latest that scanned it or skipped it as unchanged (a skip carries
# the earlier findings forward); an unreadable attempt does not erase what an earlier scan found.
_CURRENT = """
    SELECT s.scan_id, s.asset_id, a.source, a.asset
    FROM asset_scans s
    JOIN assets a ON a.asset_id = s.asset_id
    LEFT JOIN scans sc ON sc.scan_id = s.scan_id
    WHERE s.status IN ('scanned', 'skipped')
    QUALIFY row_number() OVER (PARTITION BY s.asset_id
                               ORDER BY sc.started_at DESC NULLS LAST, s.scan_id DESC) = 1
"""


def latest_findings(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Findings of each asset's current scan (an asset found clean there has none)."""
    df = con.execute(f"""
        WITH cur AS ({_CURRENT})
        SELECT f.scan_id, f.source, f.asset, f.kind, f.column_name, f.entity, f.category,
               f.score, f.matched, f.sampled, f.examples, f.scanned_at
        FROM catalog_findings f
        JOIN cur ON cur.scan_id = f.scan_id AND cur.source = f.source AND cur.asset = f.asset
        ORDER BY f.source, f.asset, f.column_name, f.score DESC
    """).df()
    return _labelled(con, df)


def load_violations(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The ``violations`` view with each asset's kind (``asset_kind``) and label joined in."""
    df = con.execute("""
        SELECT v.*, a.kind AS asset_kind
        FROM violations v
        LEFT JOIN assets a ON a.source = v.source AND a.asset = v.asset
        ORDER BY v.asset, v.column_name, v.kind, v.entity
    """).df()
    return _labelled(con, df)


def violation_dicts(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Violations as the dicts ``formats`` renders (``column`` key, ``None`` for nulls)."""
    df = load_violations(con).drop(columns=["label"])
    out = []
    for rec in df.astype(object).where(df.notna(), None).to_dict("records"):
        rec["column"] = rec.pop("column_name")
        if rec.get("rows") is not None:
            rec["rows"] = int(rec["rows"])
        out.append(rec)
    return out


def scanned_assets(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Assets with their latest status, shaped for ``formats.render_junit(scanned=...)``."""
    df = asset_status(con)
    return [{"asset": r.asset, "source": r.source, "kind": r.kind, "status": r.status,
             "error": r.error if isinstance(r.error, str) else None}
            for r in df.itertuples()]


def category_matrix(findings: pd.DataFrame) -> pd.DataFrame:
    """Assets x data categories, each cell the highest score found (NaN: not found)."""
    if findings.empty:
        return pd.DataFrame()
    return findings.pivot_table(index="label", columns="category", values="score",
                                aggfunc="max").sort_index().sort_index(axis=1)


def undeclared(violations: pd.DataFrame) -> pd.DataFrame:
    """Undeclared and special-category violations: the data the policy does not cover."""
    keep = violations[violations["kind"].isin(["undeclared", "special_category"])]
    return keep[["kind", "source", "asset", "label", "column_name", "entity", "category",
                  "subject", "detail"]].reset_index(drop=True)


def violations_by_kind(violations: pd.DataFrame) -> pd.DataFrame:
    counts = violations["kind"].value_counts()
    return pd.DataFrame({"kind": list(KINDS), "violations": [int(counts.get(k, 0)) for k in KINDS]})


def _latest_profile(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    df = con.execute(f"""
        WITH cur AS ({_CURRENT})
        SELECT cur.asset, cur.source, p.column_name, p.day, p.rows
        FROM anchor_profile p
        JOIN cur ON cur.scan_id = p.scan_id AND cur.asset_id = p.asset_id
        WHERE p.day IS NOT NULL
        ORDER BY cur.asset, p.column_name, p.day
    """).df()
    return _labelled(con, df)


def retention_monthly(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Rows per month of each retention anchor, from the latest profile of each asset."""
    prof = _latest_profile(con)
    if prof.empty:
        return pd.DataFrame(columns=["label", "asset", "source", "column_name", "month", "rows"])
    prof["month"] = pd.to_datetime(prof["day"]).dt.to_period("M").dt.to_timestamp()
    return (prof.groupby(["label", "asset", "source", "column_name", "month"],
                         as_index=False)["rows"].sum())


def _relations(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables").fetchall()}


def as_of(con: duckdb.DuckDBPyConnection) -> date:
    """The date the catalog judges retention at (``reconcile_params.as_of``; default today)."""
    if "reconcile_params" in _relations(con):
        value = con.execute("SELECT as_of FROM reconcile_params").fetchone()
        if value and value[0] is not None:
            return pd.Timestamp(value[0]).date()
    return date.today()


def declared_anchors(con: duckdb.DuckDBPyConnection, today: date | None = None) -> pd.DataFrame:
    """Each retention anchor the loaded declarations bind, with its cutoff at ``today``.

    Read from the reconciliation tables (``asset_subjects``, ``decl_subjects``) when the catalog
    has them; empty otherwise. Several bindings on one column keep a row as long as the longest
    period (the ``over_retained`` view's rule), and one "as long as necessary" binding keeps it
    indefinitely: such an anchor has no cutoff and is left out.
    """
    cols = ["source", "asset", "column_name", "retention", "retention_from", "cutoff"]
    if not {"asset_subjects", "decl_subjects"} <= _relations(con):
        return pd.DataFrame(columns=cols)
    when = today or as_of(con)
    rows = con.execute("""
        SELECT s.source, s.asset, s.retention_anchor AS column_name, d.retention_iso,
               d.retention_from, d.retention_years, d.retention_months, d.retention_days
        FROM asset_subjects s
        JOIN decl_subjects d ON d.policy = s.policy AND d.subject = s.subject
        WHERE s.retention_anchor IS NOT NULL
    """).fetchall()
    groups: dict[tuple[str, str, str], list[tuple[Any, ...]]] = {}
    for r in rows:
        groups.setdefault((r[0], r[1], str(r[2]).lower()), []).append(r)
    out = []
    for (source, asset, _), members in sorted(groups.items()):
        if any(m[5] is None for m in members):  # as long as necessary: no cutoff
            continue
        best = min(members, key=lambda m: cutoff_from_parts(
            m[5] or 0, m[6] or 0, m[7] or 0, today=when, retention_from=m[4]))
        out.append((source, asset, best[2], best[3], best[4],
                    cutoff_from_parts(best[5] or 0, best[6] or 0, best[7] or 0, today=when,
                                      retention_from=best[4])))
    return pd.DataFrame(out, columns=cols)


def retention_cutoffs(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Per retention anchor: the cutoff, the period and the over-retained row count.

    Exact when the catalog holds the declarations (``declared_anchors``). Otherwise the cutoff
    is inferred from the ``over_retained`` violations: the first profiled day after the oldest
    rows that add up to the violation's ``rows`` (exact at day resolution, since the view counts
    whole days). ``inferred`` says which.
    """
    cols = ["label", "asset", "column_name", "cutoff", "retention", "over_rows", "inferred"]
    labels = asset_labels(con)
    over = con.execute(
        "SELECT source, asset, column_name, rows FROM violations "
        "WHERE kind = 'over_retained' AND column_name IS NOT NULL"
    ).df()
    over_rows = {(r.source, r.asset, str(r.column_name).lower()): int(r.rows)
                 for r in over.itertuples() if pd.notna(r.rows)}
    declared = declared_anchors(con)
    if not declared.empty:
        return pd.DataFrame([
            (labels.get((r.source, r.asset), r.asset), r.asset, r.column_name, r.cutoff,
             r.retention,
             over_rows.get((r.source, r.asset, str(r.column_name).lower()), 0), False)
            for r in declared.itertuples()], columns=cols)
    prof = _latest_profile(con)
    out = []
    for r in over.itertuples():
        days = prof[(prof["asset"] == r.asset) & (prof["source"] == r.source)
                    & (prof["column_name"].str.lower() == str(r.column_name).lower())]
        out.append((labels.get((r.source, r.asset), r.asset), r.asset, r.column_name,
                    infer_cutoff(days["day"].tolist(), days["rows"].tolist(), r.rows),
                    None, r.rows, True))
    return pd.DataFrame(out, columns=cols)


def infer_cutoff(days: list[Any], rows: list[int], over_rows: Any) -> date | None:
    """The first day not counted in the oldest ``over_rows`` rows (see ``retention_cutoffs``)."""
    if over_rows is None or pd.isna(over_rows) or not days:
        return None
    total = 0
    for d, n in zip(days, rows):
        if total + int(n) > int(over_rows):
            return pd.Timestamp(d).date()
        total += int(n)
    return None


def examples_for(findings: pd.DataFrame, asset: str) -> pd.DataFrame:
    """One asset's findings with their masked examples: the drill-down. ``asset`` is its label
    (its name, unless two sources share the name: see ``asset_labels``)."""
    sub = findings[(findings["label"] == asset)].copy()
    sub["examples"] = sub["examples"].map(lambda xs: ", ".join(list(xs)[:5]) if xs is not None
                                          else "")
    sub["rate"] = (sub["matched"] / sub["sampled"]).round(2)
    return sub[["column_name", "entity", "category", "score", "matched", "sampled", "rate",
                "examples"]].reset_index(drop=True)


def pick_asset(violations: pd.DataFrame, findings: pd.DataFrame) -> str | None:
    """The asset (label) to drill into by default: most undeclared violations, else most
    findings; ties go to the first name in order."""
    und = violations[violations["kind"].isin(["undeclared", "special_category"])]
    for frame in (und, findings):
        if not frame.empty:
            counts = frame["label"].value_counts()
            return str(sorted(counts[counts == counts.max()].index)[0])
    return None


# --------------------------------------------------------------------------------------------
# plots (matplotlib's object API: no global pyplot state, safe in a server or a test)


def plot_heatmap(matrix: pd.DataFrame) -> Any:
    """Categories by asset; the cell colour and label are the highest finding score."""
    from matplotlib.figure import Figure

    rows, cols = matrix.shape
    fig = Figure(figsize=(max(6.0, 0.9 * cols + 3.0), max(2.5, 0.45 * rows + 1.8)),
                 layout="constrained")
    ax = fig.subplots()
    if matrix.empty:
        ax.text(0.5, 0.5, "no findings", ha="center", va="center")
        ax.set_axis_off()
        return fig
    im = ax.imshow(matrix.to_numpy(dtype=float), cmap="OrRd", vmin=0.0, vmax=1.0, aspect="auto")
    ax.set_xticks(range(cols), [str(c) for c in matrix.columns], rotation=40, ha="right")
    ax.set_yticks(range(rows), [str(i) for i in matrix.index])
    for i in range(rows):
        for j in range(cols):
            val = matrix.iat[i, j]
            if pd.notna(val):
                ax.text(j, i, f"{val:.2f}", ha="center", va="center", fontsize=8,
                        color="white" if val > 0.6 else "black")
    fig.colorbar(im, ax=ax, label="highest score", shrink=max(0.3, min(1.0, 8.0 / rows)))
    ax.set_title("Data categories found, by asset")
    return fig


def plot_retention(monthly: pd.DataFrame, cutoffs: pd.DataFrame) -> Any:
    """Rows per month of each retention anchor, the rows past the cutoff in red."""
    from matplotlib.figure import Figure

    anchors = list(monthly.groupby(["label", "column_name"]).groups) if not monthly.empty else []
    fig = Figure(figsize=(9.0, max(2.5, 2.4 * len(anchors))), layout="constrained")
    if not anchors:
        ax = fig.subplots()
        ax.text(0.5, 0.5, "no retention anchors profiled", ha="center", va="center")
        ax.set_axis_off()
        return fig
    axes = fig.subplots(len(anchors), 1, squeeze=False)[:, 0]
    for ax, (asset, col) in zip(axes, anchors):
        m = monthly[(monthly["label"] == asset) & (monthly["column_name"] == col)]
        c = cutoffs[(cutoffs["label"] == asset)
                    & (cutoffs["column_name"].astype(str).str.lower() == str(col).lower())]
        cut = c["cutoff"].iloc[0] if not c.empty else None
        cut_ts = pd.Timestamp(cut) if cut is not None and pd.notna(cut) else None
        colours = ["#c0392b" if cut_ts is not None and x < cut_ts else "#7f8c8d"
                   for x in m["month"]]
        ax.bar(m["month"], m["rows"], width=25, color=colours)
        if cut_ts is not None:
            inferred = bool(c["inferred"].iloc[0])
            period = c["retention"].iloc[0]
            how = " (inferred)" if inferred else (f" (as of − {period})" if period else "")
            ax.axvline(cut_ts, color="#c0392b", linestyle="--",
                       label=f"cutoff {cut_ts.date().isoformat()}{how}")
            ax.legend(loc="upper left", fontsize=8)
        ax.set_title(f"{asset}.{col}: rows per month", fontsize=10)
        ax.set_ylabel("rows")
    return fig
