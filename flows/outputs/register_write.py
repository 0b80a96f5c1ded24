"""Writing the record of processing activities: xlsx (for the auditor), csv, markdown.

The spreadsheet is made to be handed over as it is: a summary sheet in the shape of the first
page of the CNIL's model register (controller, DPO, list of activities), one sheet per data
subject with one row per activity, and a sheet of scan evidence per asset. Header rows are
frozen, columns sized and wrapped, and every cell holds a value, never a formula (a text that
starts with ``=`` is stored as text), so no spreadsheet has to recalculate anything to show it.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Callable

from flows.outputs.register import LEGAL_BASIS_LABELS, Activity, AssetEvidence, Register

FORMATS = ("xlsx", "csv", "md")

# (header, width in characters, value) of the columns of an activity; the first ten are the
# CNIL model's record, the last five what the scans show.
Column = tuple[str, int, Callable[[Activity], object]]


def _join(items: list[str], sep: str = "\n") -> str:
    return sep.join(items)


def _scan(a: Activity, text: str) -> str:
    return text if a.scanned else "not scanned"


COLUMNS: tuple[Column, ...] = (
    ("Ref", 14, lambda a: a.ref),
    ("Processing activity (purpose)", 40, lambda a: a.purpose),
    ("Legal basis", 24, lambda a: LEGAL_BASIS_LABELS[a.legal_basis]),
    ("Categories of data subjects", 24, lambda a: a.subject_label),
    ("Categories of personal data", 30, lambda a: _join(a.categories)),
    ("Special categories (art. 9)", 18, lambda a: _join(a.special) or "none"),
    ("Recipients", 28, lambda a: _join(a.recipients) or "none stated"),
    ("Transfers outside the EU", 34, lambda a: _join(a.transfers) or "none declared"),
    ("Retention", 26, lambda a: a.retention),
    ("Security measures", 44, lambda a: _join(a.security) or "none stated"),
    ("Assets holding this data (scans)", 50,
     lambda a: _scan(a, _join([e.text() for e in a.assets]) or "none found")),
    ("Last scan", 12, lambda a: a.last_scan.date().isoformat() if a.last_scan else
     _scan(a, "none")),
    ("Rows", 10, lambda a: a.rows if a.rows is not None else _scan(a, "")),
    ("Found, not declared", 26, lambda a: _scan(a, _join(a.found_undeclared) or "none")),
    ("Declared, never found", 26, lambda a: _scan(a, _join(a.never_found) or "none")),
    ("Open violations", 60, lambda a: _scan(a, _join([v.text() for v in a.violations]) or "none")),
)
HEADERS = tuple(c[0] for c in COLUMNS)


def write_register(register: Register, path: Path) -> str:
    """Write ``register`` in the format of ``path``'s suffix; returns the format."""
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValueError(fmt)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "xlsx":
        write_xlsx(register, path)
    elif fmt == "csv":
        path.write_text(render_csv(register), encoding="utf-8", newline="")
    else:
        path.write_text(render_md(register), encoding="utf-8")
    return fmt


def _cells(a: Activity) -> list[object]:
    return [fn(a) for _, _, fn in COLUMNS]


# --------------------------------------------------------------------------------------------
# csv


def render_csv(register: Register) -> str:
    """One row per activity, every column of the sheets plus the organisation and subject id."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["Organisation", "Subject"] + list(HEADERS))
    for a in register.activities:
        w.writerow([register.organisation, a.subject] +
                   [_flat(v) for v in _cells(a)])
    return out.getvalue()


def _flat(value: object) -> object:
    return value.replace("\n", "; ") if isinstance(value, str) else value


# --------------------------------------------------------------------------------------------
# markdown


def _md_cell(value: object) -> str:
    text = "" if value is None else str(value)
    return text.replace("|", "\\|").replace("\n", "<br>")


def _contact_lines(contact: dict[str, str | None] | None) -> list[str]:
    if not contact:
        return ["not designated in the policy"]
    return [f"{k}: {v}" for k, v in contact.items() if v]


def render_md(register: Register) -> str:
    lines = [
        f"# Record of processing activities — {register.organisation}",
        "",
        f"GDPR article 30, after the CNIL's model register. Policy `{register.policy}`"
        + (f" ({register.document}" + (f", updated {register.updated}" if register.updated else "")
           + ")" if register.document else "") + f"; generated {register.generated}.",
        f"Scans: {register.scan_note}.",
        "",
        "## Controller",
        "",
        *[f"- {line}" for line in _contact_lines(register.controller)],
        "",
        "## Data protection officer",
        "",
        *[f"- {line}" for line in _contact_lines(register.dpo)],
        "",
    ]
    for subject in register.subjects():
        acts = [a for a in register.activities if a.subject == subject]
        lines += [f"## {acts[0].subject_label} (`{subject}`)", "",
                  "| " + " | ".join(HEADERS) + " |",
                  "|" + "---|" * len(HEADERS)]
        for a in acts:
            lines.append("| " + " | ".join(_md_cell(v) for v in _cells(a)) + " |")
        lines.append("")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# xlsx


def write_xlsx(register: Register, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="DDE4EE")
    wrap = Alignment(wrap_text=True, vertical="top")

    def put(ws, row: int, col: int, value: object, *, header: bool = False):
        cell = ws.cell(row=row, column=col)
        cell.value = value
        if isinstance(value, str):
            cell.data_type = "s"      # a text starting with '=' stays text, never a formula
        cell.alignment = wrap
        if header:
            cell.font = bold
            cell.fill = head_fill
        return cell

    wb = Workbook()
    summary = wb.active
    summary.title = "Summary"
    r = 1
    put(summary, r, 1, f"Record of processing activities — {register.organisation}").font = \
        Font(bold=True, size=14)
    r += 1
    put(summary, r, 1, "GDPR article 30; structure of the CNIL's model register "
                       "(registre des activités de traitement)")
    r += 2
    meta = [
        ("Policy", register.policy),
        ("Policy document", register.document or ""),
        ("Policy updated", register.updated.isoformat() if register.updated else ""),
        ("Generated", register.generated.isoformat()),
        ("Scans", register.scan_note),
    ]
    for title, who in (("Controller", register.controller), ("Data protection officer", register.dpo)):
        for line_key in ("name", "address", "email", "phone"):
            value = (who or {}).get(line_key)
            if value:
                meta.append((f"{title}: {line_key}", value))
        if not who:
            meta.append((title, "not designated in the policy"))
    for key, value in meta:
        put(summary, r, 1, key).font = bold
        put(summary, r, 2, value)
        r += 1
    r += 1
    list_headers = ["Ref", "Processing activity (purpose)", "Data subjects", "Legal basis",
                    "Assets (scans)", "Open violations", "Sheet"]
    for c, h in enumerate(list_headers, 1):
        put(summary, r, c, h, header=True)
    header_row = r
    sheet_names = _sheet_names(register.subjects())
    for a in register.activities:
        r += 1
        values = [a.ref, a.purpose, a.subject_label, LEGAL_BASIS_LABELS[a.legal_basis],
                  len(a.assets) if a.scanned else "not scanned",
                  len(a.violations) if a.scanned else "not scanned", sheet_names[a.subject]]
        for c, v in enumerate(values, 1):
            put(summary, r, c, v)
    summary.freeze_panes = summary.cell(row=header_row + 1, column=1)
    for c, width in enumerate((28, 44, 24, 24, 14, 14, 16), 1):
        summary.column_dimensions[get_column_letter(c)].width = width

    for subject in register.subjects():
        ws = wb.create_sheet(sheet_names[subject])
        acts = [a for a in register.activities if a.subject == subject]
        for c, h in enumerate(HEADERS, 1):
            put(ws, 1, c, h, header=True)
        for i, a in enumerate(acts, 2):
            for c, v in enumerate(_cells(a), 1):
                put(ws, i, c, v)
        ws.freeze_panes = "C2"          # header row and the ref/purpose columns stay in view
        for c, (_, width, _) in enumerate(COLUMNS, 1):
            ws.column_dimensions[get_column_letter(c)].width = width
        ws.print_title_rows = "1:1"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True

    evidence = wb.create_sheet("Scan evidence")
    ev_headers = ["Data subject", "Source", "Asset", "Categories found", "Last scan", "Rows"]
    for c, h in enumerate(ev_headers, 1):
        put(evidence, 1, c, h, header=True)
    row = 1
    labels = {a.subject: a.subject_label for a in register.activities}
    for subject in register.subjects():
        for e in _all_assets(register, subject):
            row += 1
            for c, v in enumerate([labels[subject], e.source, e.asset, "\n".join(e.categories),
                                   e.last_scan.date().isoformat() if e.last_scan else "",
                                   e.rows if e.rows is not None else ""], 1):
                put(evidence, row, c, v)
    evidence.freeze_panes = "A2"
    for c, width in enumerate((24, 40, 36, 30, 12, 12), 1):
        evidence.column_dimensions[get_column_letter(c)].width = width
    wb.save(path)


def _all_assets(register: Register, subject: str) -> list[AssetEvidence]:
    """Every asset evidence of ``subject`` across its activities (the union of their categories)."""
    merged: dict[tuple[str, str], AssetEvidence] = {}

    for a in register.activities:
        if a.subject != subject:
            continue
        for e in a.assets:
            key = (e.source, e.asset)
            prev = merged.get(key)
            cats = tuple(sorted(set(e.categories) | set(prev.categories if prev else ())))
            merged[key] = AssetEvidence(e.source, e.asset, cats, e.last_scan, e.rows)
    return list(merged.values())


_BAD_SHEET_CHARS = str.maketrans({c: "_" for c in "[]:*?/\\"})


def _sheet_names(subjects: list[str]) -> dict[str, str]:
    """Excel sheet names: at most 31 characters, none of []:*?/\\, unique, not 'Summary'."""
    out: dict[str, str] = {}
    taken = {"summary", "scan evidence"}
    for s in subjects:
        base = s.translate(_BAD_SHEET_CHARS)[:31] or "subject"
        name, n = base, 1
        while name.lower() in taken:
            n += 1
            name = f"{base[:28]}-{n}"
        taken.add(name.lower())
        out[s] = name
    return out
