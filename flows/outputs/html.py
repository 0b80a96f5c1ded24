"""``ropa report --html``: one self-contained HTML file with the notebook's views.

A privacy officer opens it from a mail or a shared drive, offline, on a locked-down laptop: so
the file holds everything (inline CSS, plots as inline base64 PNG), loads nothing, and runs no
script. Violations come first, each with its asset, column, entity, subject, rows and the
policy statement it breaks, filtered by rule, subject, source and entity with radio buttons and
CSS alone; then one view per subject, coverage, and the notebook's plots. Its Content-Security-Policy says so to the browser too (``default-src 'none'``: a stray
external reference would be blocked and reported, and the test in
``tests/flows/test_html_report.py`` fails on any request that is not ``data:`` or the file).

Every string from the catalog is HTML-escaped; examples are the classifier's masked examples.
"""

from __future__ import annotations

import base64
import html
import io
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

from flows.outputs import views
from flows.outputs.escape import printable
from flows.outputs.formats import FAIL_KINDS

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2329;
background:#f6f7f9}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 8px;border-bottom:2px solid #dde1e6;
padding-bottom:4px}h3{font-size:15px;margin:0}
.meta{color:#5b6670;margin:0 0 16px}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin:8px 0 16px}
.card{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:10px 14px;min-width:110px}
.card b{display:block;font-size:22px}.card span{color:#5b6670;font-size:12px}
table{border-collapse:collapse;background:#fff;width:100%;margin:8px 0 16px;font-size:13px}
th,td{border:1px solid #dde1e6;padding:5px 8px;text-align:left;vertical-align:top}
th{background:#eef1f4}td.num{text-align:right;font-variant-numeric:tabular-nums}
.status-error,.kind-undeclared,.kind-special_category{color:#b03a2e;font-weight:600}
.status-skipped,.kind-over_retained,.kind-unbound{color:#9a6700}
img{max-width:100%;height:auto;background:#fff;border:1px solid #dde1e6;border-radius:6px}
details{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:8px 12px;margin:8px 0}
summary{cursor:pointer}summary h3{display:inline}
code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12px}
.empty{color:#5b6670;font-style:italic}
.filters>input{position:absolute;opacity:0;pointer-events:none}
.fbar{display:flex;flex-wrap:wrap;gap:8px 16px;margin:8px 0}
.fbar fieldset{border:1px solid #dde1e6;border-radius:6px;background:#fff;padding:4px 8px;margin:0}
.fbar legend{font-size:12px;color:#5b6670}
.fbar label{display:inline-block;padding:1px 6px;margin:1px;border-radius:4px;cursor:pointer;
border:1px solid transparent;font-size:12px}
"""

_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"


def _esc(x: Any) -> str:
    if x is None or (not isinstance(x, (list, tuple, str)) and pd.isna(x)):
        return "–"
    return html.escape(printable(str(x)))  # control, bidi and zero-width characters shown escaped


def _table(df: pd.DataFrame, columns: Iterable[tuple[str, str]], *,
           classes: dict[str, str] | None = None, empty: str = "Nothing to show.") -> str:
    """A plain HTML table of ``df``; ``columns`` maps column -> header, numbers right-aligned."""
    cols = list(columns)
    if df.empty:
        return f'<p class="empty">{html.escape(empty)}</p>'
    head = "".join(f"<th>{html.escape(h)}</th>" for _, h in cols)
    body = []
    for rec in df.to_dict("records"):
        cells = []
        for c, _ in cols:
            val = rec.get(c)
            num = isinstance(val, (int, float)) and not isinstance(val, bool)
            cls = []
            if num:
                cls.append("num")
            if classes and c in classes and val is not None:
                cls.append(f"{classes[c]}-{val}")
            if isinstance(val, bool):
                text = "yes" if val else "no"
            elif num and pd.isna(val):
                text = "–"
            elif isinstance(val, float) and not val.is_integer():
                text = f"{val:.2f}"
            elif num:
                text = f"{int(val):,}"
            else:
                text = _esc(val)
            attr = f' class="{html.escape(" ".join(cls))}"' if cls else ""
            cells.append(f"<td{attr}>{text}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _png(fig: Any, alt: str) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=96)
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    return f'<img alt="{html.escape(alt)}" src="data:image/png;base64,{data}">'


#: The filters over the violations, (group id, legend, column of the violations frame).
_FILTERS = (("k", "rule", "kind"), ("s", "subject", "_subject"), ("o", "source", "_source"),
            ("e", "entity", "_entity"))
_VIOLATION_COLUMNS = (("kind", "rule"), ("label", "asset"), ("column_name", "column"),
                      ("entity", "entity"), ("_subject", "subject"), ("rows", "rows"),
                      ("detail", "the policy statement it breaks"))


def _prepare(viol: pd.DataFrame) -> pd.DataFrame:
    """Violations in reading order (most actionable rule first) with the filter keys filled in."""
    if viol.empty:
        return viol.assign(_subject=[], _source=[], _entity=[])
    df = viol.copy()
    df["_subject"] = [f"{p}/{s}" if isinstance(s, str) and isinstance(p, str) else (s if isinstance(s, str) else "(none)")
                      for p, s in zip(df.get("policy", [None] * len(df)), df["subject"])]
    df["_source"] = [views._short(str(x)) if isinstance(x, str) else "(none)" for x in df["source"]]
    df["_entity"] = [x if isinstance(x, str) else "(none)" for x in df["entity"]]
    rank = {k: i for i, k in enumerate(FAIL_KINDS)}
    df["_rank"] = [rank.get(k, len(rank)) for k in df["kind"]]
    return df.sort_values(["_rank", "label", "column_name"], na_position="first", kind="stable")


def _cell(col: str, val: Any) -> str:
    if col == "rows":
        return '<td class="num">–</td>' if val is None or pd.isna(val) else f'<td class="num">{int(val):,}</td>'
    cls = f' class="kind-{html.escape(str(val))}"' if col == "kind" else ""
    return f"<td{cls}>{_esc(val)}</td>"


def _violation_rows(df: pd.DataFrame, codes: dict[str, dict[str, int]] | None) -> str:
    rows = []
    for rec in df.to_dict("records"):
        cls = ""
        if codes is not None:
            cls = ' class="r ' + " ".join(f"{g}{codes[g][rec[c]]}" for g, _, c in _FILTERS) + '"'
        rows.append(f"<tr{cls}>" + "".join(_cell(c, rec.get(c)) for c, _ in _VIOLATION_COLUMNS) + "</tr>")
    head = "".join(f"<th>{html.escape(h)}</th>" for _, h in _VIOLATION_COLUMNS)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def violations_section(viol: pd.DataFrame) -> tuple[str, str]:
    """(HTML, CSS) of the violations table with its filters.

    The filters are radio buttons and CSS, not script: the report's Content-Security-Policy runs
    none. Each row carries one class per filter (``k2 s0 o1 e5``: indices, so no catalog string
    reaches a selector); checking a value hides the rows without its class. The groups combine
    (each hides what it excludes); each label says how many violations hold its value.
    """
    df = _prepare(viol)
    if df.empty:
        return '<p class="empty">No violations.</p>', ""
    codes: dict[str, dict[str, int]] = {}
    inputs, bar, css = [], [], []
    for g, legend, col in _FILTERS:
        values = list(dict.fromkeys(df[col])) if g == "k" else sorted(set(df[col]))
        codes[g] = {v: i for i, v in enumerate(values)}
        counts = df[col].value_counts()
        inputs.append(f'<input type="radio" name="f{g}" id="f{g}-all" checked>')
        labels = [f'<label for="f{g}-all">all</label>']
        for v, i in codes[g].items():
            inputs.append(f'<input type="radio" name="f{g}" id="f{g}-{i}">')
            labels.append(f'<label for="f{g}-{i}">{_esc(v)} ({int(counts[v]):,})</label>')
            css.append(f"#f{g}-{i}:checked~.vt tr.r:not(.{g}{i}){{display:none}}")
        css.append(",".join(f"#f{g}-{x}:checked~.fbar label[for=f{g}-{x}]"
                            for x in ["all", *range(len(values))]) + "{background:#e3ecf7;border-color:#9db7d5}")
        bar.append(f"<fieldset><legend>{legend}</legend>{''.join(labels)}</fieldset>")
    body = (f'<section class="filters">{"".join(inputs)}<div class="fbar">{"".join(bar)}</div>'
            f'<div class="vt">{_violation_rows(df, codes)}</div></section>')
    return body, "\n".join(css)


def kinds_with_assets(viol: pd.DataFrame, limit: int = 40) -> pd.DataFrame:
    """Violations per rule with the assets they are in (``unbound 3`` says which three)."""
    rows = []
    df = _prepare(viol)
    for kind in dict.fromkeys(df["kind"]) if not df.empty else []:
        mine = df[df["kind"] == kind]
        assets = list(dict.fromkeys(mine["label"]))
        shown = ", ".join(assets[:limit]) + (f" and {len(assets) - limit} more" if len(assets) > limit else "")
        rows.append({"kind": kind, "violations": len(mine), "assets": shown})
    return pd.DataFrame(rows, columns=["kind", "violations", "assets"])


def subjects_section(viol: pd.DataFrame) -> str:
    """One view per subject: its violations, by rule, in the assets bound to it."""
    df = _prepare(viol)
    if df.empty:
        return '<p class="empty">No violations.</p>'
    out = []
    for subject in sorted(set(df["_subject"])):
        mine = df[df["_subject"] == subject]
        n_assets = mine["label"].nunique()
        by_kind = ", ".join(f"{c} {k}" for k, c in mine["kind"].value_counts().items())
        out.append(f"<details><summary><h3>{_esc(subject)}</h3> — {len(mine):,} violation"
                   f"{'s' if len(mine) != 1 else ''} in {n_assets:,} asset{'s' if n_assets != 1 else ''} "
                   f"({_esc(by_kind)})</summary>{_violation_rows(mine, None)}</details>")
    return "".join(out)


def build_html(catalog_path: str | Path) -> str:
    """The report as a string; ``render_html`` writes it."""
    con = views.open_catalog(catalog_path)
    try:
        status = views.asset_status(con)
        summary = views.coverage_summary(status)
        findings = views.latest_findings(con)
        viol = views.load_violations(con)
        matrix = views.category_matrix(findings)
        monthly = views.retention_monthly(con)
        cutoffs = views.retention_cutoffs(con)
    finally:
        con.close()

    generated = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    violations_html, filter_css = violations_section(viol)
    cards = "".join(
        f'<div class="card"><b>{summary[k]:,}</b><span>{label}</span></div>'
        for k, label in (("assets", "assets"), ("scanned", "scanned"), ("skipped", "skipped"),
                         ("error", "unreadable"), ("rows_sampled", "rows sampled"),
                         ("rows_total", "rows in all assets"))
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>ropa report</title>",
        f"<style>{_CSS}\n{filter_css}</style></head><body><main>",
        "<h1>ropa report</h1>",
        f'<p class="meta">Catalog <code>{html.escape(Path(catalog_path).name)}</code>, '
        f"generated {generated}. Examples are masked; no value leaves the scanned source.</p>",
        "<h2>Violations</h2>",
        _table(kinds_with_assets(viol), [("kind", "rule"), ("violations", "violations"), ("assets", "in")],
               classes={"kind": "kind"}, empty="No violations."),
        violations_html,
        "<h2>By subject</h2>",
        subjects_section(viol),
        "<h2>Coverage</h2>",
        f'<div class="cards">{cards}</div>',
        _table(status, [("source", "source"), ("label", "asset"), ("kind", "kind"),
                        ("status", "status"), ("rows_sampled", "rows sampled"),
                        ("row_count", "rows"), ("error", "error")],
               classes={"status": "status"}, empty="The catalog lists no assets."),
        "<h3>Rejected rows</h3>",
        '<p class="meta">Malformed rows (wrong number of fields, bad quoting, not a JSON object) were '
        "not classified; fix or remove them. Line numbers only: a rejected line's text is never "
        "stored.</p>",
        _table(views.rejected_rows(status), [("label", "asset"), ("rows_rejected", "rows rejected"),
                                             ("lines", "at lines")],
               empty="No file had a malformed row."),
        "<h2>Categories by asset</h2>",
        _png(views.plot_heatmap(matrix), "Heatmap of data categories by asset")
        if not matrix.empty else '<p class="empty">No findings.</p>',
        "<h2>Undeclared personal data</h2>",
        _table(views.undeclared(viol), [("kind", "rule"), ("label", "asset"),
                                        ("column_name", "column"), ("entity", "entity"),
                                        ("category", "category"), ("subject", "subject"),
                                        ("detail", "detail")],
               classes={"kind": "kind"}, empty="No undeclared personal data."),
        "<h2>Over-retention</h2>",
    ]
    if monthly.empty:
        parts.append('<p class="empty">No retention anchor was profiled.</p>')
    else:
        parts.append(_png(views.plot_retention(monthly, cutoffs),
                          "Rows per month of each retention anchor with the cutoff"))
        parts.append(_table(cutoffs, [("label", "asset"), ("column_name", "anchor column"),
                                      ("cutoff", "cutoff"), ("over_rows", "rows past cutoff"),
                                      ("inferred", "cutoff inferred")],
                            empty="No over-retained rows."))
    parts.append("<h2>Masked examples</h2>")
    first = views.pick_asset(viol, findings)
    assets = sorted(findings["label"].unique()) if not findings.empty else []
    if not assets:
        parts.append('<p class="empty">No findings.</p>')
    for asset in sorted(assets, key=lambda a: (a != first, a)):
        opened = " open" if asset == first else ""
        parts.append(f"<details{opened}><summary><h3>{_esc(asset)}</h3></summary>")
        parts.append(_table(views.examples_for(findings, asset),
                            [("column_name", "column"), ("entity", "entity"),
                             ("category", "category"), ("score", "score"),
                             ("matched", "matched"), ("sampled", "sampled"),
                             ("examples", "masked examples")]))
        parts.append("</details>")
    parts.append("</main></body></html>")
    return "\n".join(parts) + "\n"


def render_html(catalog_path: str | Path, out_path: str | Path) -> Path:
    """``ropa report --html OUT``: write the report for ``catalog_path`` to ``out_path``."""
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(build_html(catalog_path), encoding="utf-8")
    return out
