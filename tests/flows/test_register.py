"""`ropa register`: the article 30 record from a declaration, enriched from the demo catalog."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest
from openpyxl import load_workbook

from catalog import taxonomy
from catalog.declarations import load_declaration
from flows.cli import main
from flows.outputs.register_write import HEADERS
from tests.conftest import POLICIES


def run(argv: list[str], capsys: pytest.CaptureFixture) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def webcasso_xlsx(demo, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("register") / "register.xlsx"
    assert main(["register", "--policy", str(POLICIES / "webcasso.yaml"), "--catalog",
                 str(demo.catalog), "-o", str(out)]) == 0
    return out


def _rows(ws) -> list[dict[str, object]]:
    values = list(ws.iter_rows(values_only=True))
    return [dict(zip(values[0], row)) for row in values[1:]]


def test_xlsx_has_a_summary_a_sheet_per_subject_and_the_evidence(webcasso_xlsx: Path) -> None:
    decl = load_declaration(POLICIES / "webcasso.yaml")
    wb = load_workbook(webcasso_xlsx)
    assert wb.sheetnames == ["Summary", *decl.subjects, "Scan evidence"]
    for ws in wb.worksheets:
        assert ws.freeze_panes is not None, ws.title
        assert all(ws.column_dimensions[c].width >= 10 for c in "ABC"), ws.title
        # no formulas anywhere: nothing for a spreadsheet to recalculate
        assert not [c.coordinate for row in ws.iter_rows() for c in row if c.data_type == "f"]
    summary = [v for row in wb["Summary"].iter_rows(values_only=True) for v in row if v]
    assert "Boompjes 254, 3011 XZ Rotterdam" in summary            # controller and DPO address
    assert "privacy@webcasso.nl" in summary
    for sid, subject in decl.subjects.items():
        ws = wb[sid]
        assert tuple(c.value for c in ws[1]) == HEADERS
        assert ws.freeze_panes == "C2"
        rows = _rows(ws)
        assert [r["Processing activity (purpose)"] for r in rows] == [p.name for p in subject.purposes]
        for r, p in zip(rows, subject.purposes):
            cats = p.categories if p.categories is not None else subject.categories
            assert r["Categories of personal data"] == "\n".join(cats)
            assert r["Retention"]
            assert "Pseudonymisation and encryption" in r["Security measures"]


def test_xlsx_scan_columns_agree_with_the_catalog(demo, webcasso_xlsx: Path) -> None:
    wb = load_workbook(webcasso_xlsx)
    debtor = _rows(wb["debtor"])
    # the demo plants debtor payments kept past the 7-year fiscal retention
    assert all("over_retained: main.betalingen" in r["Open violations"] for r in debtor)
    # and a BSN column in applicants that the applicant subject does not declare
    applicant = _rows(wb["applicant"])
    assert all("government_id.national_id" in r["Found, not declared"] for r in applicant)
    assert any("undeclared: main.sollicitanten" in r["Open violations"] for r in applicant)

    con = duckdb.connect(str(demo.catalog), read_only=True)
    try:
        found = {
            (subject, category)
            for subject, category in con.execute(
                "SELECT s.subject, f.category FROM current_findings f "
                "JOIN asset_subjects s USING (asset_id) WHERE s.policy = 'webcasso'").fetchall()
        }
        last = con.execute("SELECT max(scanned_at)::DATE FROM current_asset_scans").fetchone()[0]
    finally:
        con.close()
    for sid in ("debtor", "client", "applicant"):
        for r in _rows(wb[sid]):
            declared = r["Categories of personal data"].split("\n")
            never = [] if r["Declared, never found"] == "none" else r["Declared, never found"].split("\n")
            for key in declared:     # never found <=> no finding of the subject's assets under it
                hit = any(s == sid and taxonomy.covers(key, c) for s, c in found)
                assert (key in never) == (not hit), (sid, key)
            if r["Assets holding this data (scans)"] != "none found":
                assert r["Last scan"] == last.isoformat()
                assert isinstance(r["Rows"], int) and r["Rows"] > 0
    evidence = _rows(wb["Scan evidence"])
    assert {r["Asset"] for r in evidence} >= {"main.debiteuren", "main.sollicitanten"}


def test_xlsx_converts_to_pdf_with_libreoffice(webcasso_xlsx: Path, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (libreoffice-calc) is missing; .ci/run installs it")
        pytest.skip("LibreOffice not installed (Debian: libreoffice-calc)")
    profile = tmp_path / "profile"         # a profile of its own: parallel runs do not collide
    result = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(webcasso_xlsx)],
        capture_output=True, text=True, timeout=240,
    )
    pdf = tmp_path / "register.pdf"
    assert result.returncode == 0, result.stderr
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
    assert pdf.stat().st_size > 5_000


def test_csv_and_markdown(demo, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    decl = load_declaration(POLICIES / "wegroup.yaml")
    purposes = sum(len(s.purposes) for s in decl.subjects.values())
    code, _, err = run(["register", "--policy", str(POLICIES / "wegroup.yaml"), "--catalog",
                        str(demo.catalog), "-o", str(tmp_path / "r.csv")], capsys)
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO((tmp_path / "r.csv").read_text(encoding="utf-8"))))
    assert len(rows) == purposes
    assert all("virtual assistant Louise" in r["Transfers outside the EU"] for r in rows)
    assert all("standard contractual clauses (art. 46)" in r["Transfers outside the EU"] for r in rows)
    assert {r["Subject"] for r in rows} == set(decl.subjects)

    code, _, err = run(["register", "--policy", str(POLICIES / "wegroup.yaml"), "--catalog",
                        str(demo.catalog), "-o", str(tmp_path / "r.md")], capsys)
    assert code == 0, err
    md = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "Sebastiaan Van Hoecke" in md                      # the DPO the policy names
    assert md.count("| Ref | Processing activity (purpose) |") == len(decl.subjects)


def test_without_a_check_of_the_policy_the_scan_columns_say_so(tmp_path: Path, demo,
                                                                capsys: pytest.CaptureFixture) -> None:
    code, _, err = run(["register", "--policy", str(POLICIES / "wemind.yaml"), "--catalog",
                        str(tmp_path / "absent.duckdb"), "-o", str(tmp_path / "r.csv")], capsys)
    assert code == 0 and "no catalog at" in err
    rows = list(csv.DictReader(open(tmp_path / "r.csv", encoding="utf-8")))
    assert {r["Open violations"] for r in rows} == {"not scanned"}
    assert not (tmp_path / "absent.duckdb").exists()          # register never creates a catalog


def test_bad_input_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    code, _, err = run(["register", "--policy", str(POLICIES / "wemind.yaml"), "-o",
                        str(tmp_path / "r.pdf")], capsys)
    assert code == 2 and ".xlsx, .csv or .md" in err
    code, _, err = run(["register", "--policy", str(tmp_path / "nope.yaml"), "-o",
                        str(tmp_path / "r.md")], capsys)
    assert code == 2 and "cannot be read" in err and "Traceback" not in err


def test_a_formula_looking_text_stays_text(tmp_path: Path) -> None:
    from flows.outputs.register import Register, declared_activities
    from flows.outputs.register_write import write_xlsx
    from datetime import date

    text = (POLICIES / "wemind.yaml").read_text(encoding="utf-8")
    policy = tmp_path / "p.yaml"
    policy.write_text(text.replace("name: Wemind  ", "name: \"=HYPERLINK(1)\"  "), encoding="utf-8")
    decl = load_declaration(policy)
    reg = Register(policy="p", organisation="x", jurisdiction="FR",
                   controller={"name": "=SUM(A1)", "address": None, "email": None, "phone": None},
                   dpo=None, document=None, updated=None, generated=date(2026, 1, 1), catalog=None,
                   scan_note="none", activities=declared_activities(decl))
    write_xlsx(reg, tmp_path / "r.xlsx")
    ws = load_workbook(tmp_path / "r.xlsx")["Summary"]
    cells = [c for row in ws.iter_rows() for c in row if c.value == "=SUM(A1)"]
    assert cells and all(c.data_type == "s" for c in cells)


def test_a_zero_period_reads_as_kept_while_the_relationship_lasts(tmp_path: Path) -> None:
    from flows.outputs.register import declared_activities

    path = tmp_path / "club.yaml"
    path.write_text(
        "ropa: 1\norganisation: Club\njurisdiction: NL\nlanguage: nl\nsubjects:\n  member:\n"
        "    categories: [contact.email]\n    purposes: [{name: Ledenadministratie, legal_basis: "
        "contract}]\n    retention: {duration: P0D, from: end_of_relationship}\n", encoding="utf-8")
    [activity] = declared_activities(load_declaration(path))
    assert activity.retention == "only while the relationship lasts (deleted at its end)"
