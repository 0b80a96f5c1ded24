"""``ropa draft`` reads policies as people have them: HTML pages, PDF exports, Markdown, text.

The HTML page is a realistic one (navigation, scripts, footer, inline markup inside list items, a
table); the PDFs are real PDF files written here byte by byte (a minimal PDF 1.4 writer: one
Helvetica text line per PDF line) and read back through pdfminer.six, so hyphenation and wrapping
are those of a real text layer. Errors go through the CLI: one line, exit code 2.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from flows.cli import main
from flows.draft import draft_policy
from flows.draft.reader import PolicyReadError, html_to_text, read_policy, unwrap

DATA = Path(__file__).with_name("data")
HTML = DATA / "draft_policy.html"


def write_pdf(path: Path, pages: list[list[str]]) -> Path:
    """A minimal, valid PDF: each page a list of text lines set in 10 pt Helvetica."""
    objects: list[bytes] = []
    kids = []
    font_id = 3 + 2 * len(pages)
    for p, lines in enumerate(pages):
        page_id, content_id = 3 + 2 * p, 4 + 2 * p
        kids.append(f"{page_id} 0 R")
        ops = ["BT", "/F1 10 Tf", "12 TL", "50 800 Td"]
        for line in lines:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"({escaped}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
        objects.append(
            f"{page_id} 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            f"/Contents {content_id} 0 R /Resources << /Font << /F1 {font_id} 0 R >> >> >> endobj\n".encode()
        )
        objects.append(f"{content_id} 0 obj << /Length {len(stream)} >> stream\n".encode() + stream
                       + b"\nendstream endobj\n")
    head = [
        b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n",
        f"2 0 obj << /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >> endobj\n".encode(),
    ]
    font = (f"{font_id} 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
            "/Encoding /WinAnsiEncoding >> endobj\n").encode()
    body = b"%PDF-1.4\n"
    offsets = []
    for obj in [*head, *objects, font]:
        offsets.append(len(body))
        body += obj
    xref = len(body)
    body += f"xref\n0 {len(offsets) + 1}\n0000000000 65535 f \n".encode()
    body += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    body += f"trailer << /Size {len(offsets) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(body)
    return path


def run(argv: list[str], capsys: pytest.CaptureFixture) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


# --- HTML ------------------------------------------------------------------------------------------


def test_html_keeps_headings_lists_and_table_rows_and_drops_page_chrome() -> None:
    text = read_policy(HTML)
    lines = text.splitlines()
    assert "## Data about our customers" in lines and "## Data about job applicants" in lines
    # inline markup inside a list item does not split the item
    assert any(l.startswith("- ") and "date of birth" in l and "over 18" in l for l in lines)
    assert any(l.startswith("- ") and "bank account number" in l for l in lines)
    # a table row stays one line, under its header
    assert "Records | Retention:" in lines
    assert "- Invoices and accounting records | 7 years from the end of the financial year" in lines
    for chrome in ("window.dataLayer", "font-family", "Shop", "<li>", "</"):
        assert chrome not in text
    # of the footer, only its copyright notice comes back: it says whose the page is
    assert lines[-1].startswith("© 2024 Northwind Bikes Ltd") and text.count("©") == 1


def test_html_policy_drafts_the_data_inside_its_markup(tmp_path: Path) -> None:
    result = draft_policy(read_policy(HTML), source_name=HTML.name)
    pairs = result.pairs()
    for key in ("identity.name", "contact.email", "identity.date_of_birth",
                "financial.bank_account", "contact.phone", "contact.postal_address"):
        assert ("customer", key) in pairs, key
    assert ("applicant", "professional.employment") in pairs


# A page component written out as HTML, as a site's source holds it: a fragment (no <body>) whose
# sections are <h2> headings. Extracted as a bare body, trafilatura kept the paragraphs of a real
# one and dropped every heading, so no section said whose data or what period it was about.
FRAGMENT = """<div>
  <h1>Politique de confidentialité</h1>
  <p>L'Association Les Amis du Quai, dont le siège est situé au 3 rue du Port, 44000 Nantes,
  s'engage à protéger votre vie privée et vos données personnelles.</p>
  <h2>1. Données personnelles collectées</h2>
  <ul>
    <li>Données d'identité : nom, prénom</li>
    <li>Coordonnées : adresse email, numéro de téléphone</li>
  </ul>
  <h2>2. Durée de conservation</h2>
  <ul>
    <li>Pour les demandes de contact : 12 mois après le dernier échange</li>
    <li>Pour les adhésions : 6 ans</li>
  </ul>
  <h2>3. Vos droits</h2>
  <p>Vous pouvez exercer vos droits en nous écrivant.</p>
  <h2>4. Cookies</h2>
  <p>Notre site utilise des cookies strictement nécessaires au fonctionnement du site, ainsi
  que des cookies de mesure d'audience. Vous pouvez les gérer à tout moment via la bannière de
  gestion des cookies lors de votre première visite.</p>
</div>"""


#: The real page (public, bench/draft/fresh3, dev half) on which the extractor dropped them all.
PAGE_COMPONENT = Path(__file__).parents[2] / "bench/draft/fresh3/policies/maacso_fr.html"


def test_an_html_fragment_keeps_its_headings() -> None:
    lines = html_to_text(FRAGMENT).splitlines()
    assert "## 1. Données personnelles collectées" in lines
    assert "## 2. Durée de conservation" in lines
    assert any(l.startswith("- ") and "12 mois" in l for l in lines)
    page = PAGE_COMPONENT.read_text(encoding="utf-8")
    lines = html_to_text(page).splitlines()
    assert sum(1 for l in lines if l.startswith("#")) == page.count("<h1>") + page.count("<h2>")
    assert "## 6. Durée de conservation" in lines
    # the same page in a whole document with its chrome: the headings are kept, the chrome not
    document = (f"<html><head><title>MAACSO</title></head><body><nav><a href='/'>Accueil</a> "
                f"<a href='/dons'>Dons</a></nav>{page}<footer>© 2025 MAACSO</footer></body></html>")
    text = html_to_text(document)
    assert "## 6. Durée de conservation" in text.splitlines()
    assert "Accueil" not in text and "Dons" not in text
    assert text.rstrip().splitlines()[-1] == "© 2025 MAACSO"  # the footer's notice alone comes back


def test_a_tiny_html_fragment_still_gives_its_text() -> None:
    text = html_to_text("<p>We keep your <b>email address</b> for two years.</p>")
    assert "email address" in text and "<" not in text


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_cli_drafts_html_files(suffix: str, tmp_path: Path, capsys) -> None:
    page = tmp_path / f"policy{suffix}"
    page.write_bytes(HTML.read_bytes())
    code, out, err = run(["draft", str(page)], capsys)
    assert code == 0, err
    assert "identity.date_of_birth" in out and "financial.bank_account" in out


# --- PDF -------------------------------------------------------------------------------------------

PDF_LINES = [
    "Privacy policy",
    "",
    "When you order from us we collect your name, your email address, your tele-",
    "phone number and your date of birth. We also record the bank account num-",
    "ber from which you pay, so that we can refund you if an order is cancelled",
    "by either party.",
    "",
    "We keep these data for five years after the end of the contract.",
]


def test_pdf_text_is_unwrapped_and_dehyphenated(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "policy.pdf", [PDF_LINES])
    text = read_policy(pdf)
    assert "your telephone number" in text and "bank account number from which" in text
    paragraph = next(l for l in text.splitlines() if l.startswith("When you order"))
    assert paragraph.endswith("cancelled by either party.")
    result = draft_policy(text, lang="en")
    keys = {k for _, k in result.pairs()}
    assert {"identity.name", "contact.email", "contact.phone", "identity.date_of_birth",
            "financial.bank_account"} <= keys


def test_pdf_pages_and_page_numbers_do_not_break_paragraphs(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "two.pdf", [PDF_LINES[:4] + ["", "1"], PDF_LINES[4:] + ["", "2"]])
    text = read_policy(pdf)
    assert "\n1\n" not in text and "\n2\n" not in text
    assert "telephone number" in text


@pytest.mark.parametrize("raw, expected", [
    ("A long line of prose that wraps at the end of this line and goes on\nright here.\n",
     "A long line of prose that wraps at the end of this line and goes on right here."),
    ("We store the informa-\ntion you give.\n", "We store the information you give."),
    ("Data we collect\n• name and e-mail address of the customer who orders;\n• phone number.\n",
     "Data we collect\n• name and e-mail address of the customer who orders;\n• phone number."),
    ("Anti-\nMoney Laundering rules apply to every payment we take from you here.\n",
     "Anti-Money Laundering rules apply to every payment we take from you here."),
])
def test_unwrap_rules(raw: str, expected: str) -> None:
    assert unwrap(raw).strip() == expected


# --- errors ---------------------------------------------------------------------------------------


def _one_line_exit_2(argv: list[str], capsys, needle: str) -> None:
    code, out, err = run(argv, capsys)
    assert code == 2
    lines = [l for l in err.splitlines() if l.strip()]
    assert len(lines) == 1 and needle in lines[0], err
    assert "Traceback" not in err and "unexpected" not in err


def test_a_directory_is_refused_in_one_line(tmp_path: Path, capsys) -> None:
    _one_line_exit_2(["draft", str(tmp_path)], capsys, "is a directory; give one policy file")


def test_a_missing_file_is_refused_in_one_line(tmp_path: Path, capsys) -> None:
    _one_line_exit_2(["draft", str(tmp_path / "nope.txt")], capsys, "no such file")


def test_a_broken_pdf_is_refused_in_one_line(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "policy.pdf"
    bad.write_bytes(b"%PDF-1.4\nthis is not really a pdf\n%%EOF\n")
    _one_line_exit_2(["draft", str(bad)], capsys, "policy.pdf")


def test_a_pdf_without_text_is_refused_in_one_line(tmp_path: Path, capsys) -> None:
    empty = write_pdf(tmp_path / "scan.pdf", [[]])
    _one_line_exit_2(["draft", str(empty)], capsys, "holds no text")


def test_non_utf8_text_is_refused_in_one_line(tmp_path: Path, capsys) -> None:
    legacy = tmp_path / "policy.txt"
    legacy.write_bytes("Nous conservons vos données trois ans.".encode("cp1252"))
    _one_line_exit_2(["draft", str(legacy)], capsys, "not UTF-8")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads every file")
def test_an_unreadable_file_is_refused_in_one_line(tmp_path: Path, capsys) -> None:
    locked = tmp_path / "policy.txt"
    locked.write_text("We keep your email address.")
    locked.chmod(0)
    _one_line_exit_2(["draft", str(locked)], capsys, "cannot be read")


def test_read_errors_are_ropa_errors(tmp_path: Path) -> None:
    with pytest.raises(PolicyReadError, match="is a directory"):
        read_policy(tmp_path)


# --- size: linear, not quadratic (absolute figures: bench/draft_bench.py --size) --------------------


def test_drafting_time_grows_linearly_with_the_policy() -> None:
    text = read_policy(HTML)
    draft_policy(text, lang="en")  # warm the pipeline

    def copies(n: int) -> str:  # every line different, so no repeated line is read for free
        return "\n".join(
            "\n".join(f"{line} ({i})" if line.strip() else line for line in text.splitlines())
            for i in range(n)
        )

    small, large = copies(8), copies(32)

    def timed(t: str) -> float:
        started = time.perf_counter()
        draft_policy(t, lang="en")
        return time.perf_counter() - started

    ratio = timed(large) / max(timed(small), 1e-3)
    assert ratio < 4 * 3, f"4x the text took {ratio:.1f}x the time"


_MD_WITH_HTML_TABLE = """{front}
# Politique de confidentialité

Le responsable de traitement est Atelier Lumen.

<table class="table">
    <tr>
        <th>Traitement</th>
        <th>Données concernées</th>
        <th>Durée de conservation</th>
    </tr>
    <tr>
        <td>Newsletter</td>
        <td>Adresse e-mail</td>
        <td>3 ans à compter du dernier contact</td>
    </tr>
    <tr>
        <td>Formulaire de contact</td>
        <td>
            <ul>
                <li>Nom</li>
                <li>Adresse e-mail</li>
            </ul>
        </td>
        <td>2 ans à compter du dernier contact</td>
    </tr>
</table>

Nous ne vendons pas vos données.
"""


@pytest.mark.parametrize("front", ["", "---\ntitle: Confidentialité\n---", "+++\ntitle = \"Confidentialité\"\ntemplate = \"page.html\"\n+++"])
def test_an_html_table_inside_markdown_is_read_row_by_row(front: str, tmp_path: Path) -> None:
    """Site generators (Zola, Hugo, Jekyll) let a Markdown page carry a raw HTML table, one cell
    per line: each row is still one unit, its label the first cell; front matter is no text."""
    path = tmp_path / "policy.md"
    path.write_text(_MD_WITH_HTML_TABLE.format(front=front), encoding="utf-8")
    text = read_policy(path)
    assert "title" not in text
    result = draft_policy(text, lang="fr")
    subscriber, correspondent = result.subjects["subscriber"], result.subjects["correspondent"]
    assert set(subscriber.category_keys()) == {"contact.email"}
    assert set(correspondent.category_keys()) == {"identity.name", "contact.email"}
    assert (subscriber.retention.value.duration, subscriber.retention.value.start) == ("P3Y", "last_contact")
    assert (correspondent.retention.value.duration, correspondent.retention.value.start) == ("P2Y", "last_contact")


def test_an_html_table_keeps_the_line_numbers_of_what_follows() -> None:
    """Evidence cites the policy's lines: a table read into fewer lines is padded to its own."""
    from flows.draft.layout import html_blocks

    source = _MD_WITH_HTML_TABLE.format(front="")
    out = html_blocks(source).split("\n")
    assert len(out) == len(source.split("\n"))
    assert out[source.split("\n").index("Nous ne vendons pas vos données.")] == "Nous ne vendons pas vos données."


HUGO_SECTIONS = """# Privacyverklaring

{{< section title="1. Wie zijn wij" >}}

Harbour Access, gevestigd aan Keizersgracht 1, 1017 EK te Amsterdam, is verantwoordelijk voor de verwerking van persoonsgegevens.

**Contactgegevens**

- Telefoon: +31 (0)85 000 0000

{{< /section >}}

{{< section title="2. Persoonsgegevens die wij verwerken" bg="light" >}}

- Naam en e-mailadres (wanneer je contact met ons opneemt via het contactformulier)

{% include footer.html %}
"""


def test_a_site_generator_s_section_tags_are_headings_and_its_other_tags_no_text(tmp_path: Path) -> None:
    """Hugo pages wrap each section in a shortcode whose title is the section's heading; read
    without it, the data list below ran on under "Contactgegevens" and was taken for the
    controller's own contact lines."""
    path = tmp_path / "privacy.md"
    path.write_text(HUGO_SECTIONS, encoding="utf-8")
    text = read_policy(path)
    assert "## 1. Wie zijn wij" in text and "## 2. Persoonsgegevens die wij verwerken" in text
    assert "{{" not in text and "{%" not in text
    assert len(text.splitlines()) == len(HUGO_SECTIONS.splitlines())  # line numbers kept
    result = draft_policy(text, lang="nl")
    assert result.organisation.value == "Harbour Access"
    assert {"identity.name", "contact.email"} <= set().union(*(s.category_keys() for s in result.subjects.values()))


ASTRO_PAGE = """---
import BaseLayout from '../../layouts/BaseLayout.astro';
const locale = 'nl';
---

<BaseLayout title="Privacybeleid | Harbour Meubelen" locale={locale}>
  <main class="container">
    <h1 class="text-3xl">Privacybeleid</h1>
    <section>
      <h2>1. Verantwoordelijke voor de verwerking</h2>
      <p>Harbour NV<br />Heistraat 12, 9080 Beervelde, België<br />E-mail: <a href="mailto:info@harbour.be">info@harbour.be</a></p>
    </section>
    <section>
      <h2>2. Welke gegevens verzamelen wij?</h2>
      <p>Via het contactformulier op onze website verzamelen wij de volgende persoonsgegevens:</p>
      <ul class="list-disc"><li>Naam</li><li>E-mailadres</li><li>Telefoonnummer</li></ul>
    </section>
  </main>
</BaseLayout>
"""


@pytest.mark.parametrize("suffix", [".astro", ".vue", ".php"])
def test_a_page_component_reads_as_the_html_it_renders(suffix: str, tmp_path: Path) -> None:
    """A site's page component is HTML with its framework's code around it: read as plain text,
    its list was one run of markup and no data was found (the draft was refused)."""
    path = tmp_path / f"privacy{suffix}"
    path.write_text(ASTRO_PAGE, encoding="utf-8")
    text = read_policy(path)
    assert "## 2. Welke gegevens verzamelen wij?" in text and "- Telefoonnummer" in text
    assert "import BaseLayout" not in text and "<li" not in text
    result = draft_policy(text, lang="nl")
    assert result.organisation.value == "Harbour NV" and result.jurisdiction.value == "BE"
    assert {"identity.name", "contact.email", "contact.phone"} <= set().union(
        *(s.category_keys() for s in result.subjects.values()))


@pytest.mark.parametrize("intro, is_data", [
    ("Via het contactformulier verzamelen wij de volgende persoonsgegevens:", True),
    ("Through our booking form we collect the following personal data:", True),
    ("Via derden:", False),  # the channel alone: its rows are sources
    ("Directly from a third party, eg:", False),
    # the collecting verb ends the intro: the people it names give the rows (lespoir_fr, fresh16 dev)
    ("From donors we collect:", True),
    ("Van donateurs verwerken wij:", True),
    ("Van derden ontvangen wij:", False),
    # receiving the data a form sends is collecting it (wmsign_nl, fresh29 dev: the draft was refused)
    ("Via ons offerteformulier kunnen wij de volgende persoonsgegevens ontvangen:", True),
    ("Via ons contactformulier ontvangen wij de volgende persoonsgegevens:", True),
    ("Through our website we receive the following personal data:", True),
])
def test_a_list_intro_that_collects_data_is_no_list_of_sources(intro: str, is_data: bool) -> None:
    lang = "nl" if intro.startswith(("Via", "Van")) else "en"
    rows, other = {"nl": ("- Naam\n- E-mailadres", "Wij bewaren uw telefoonnummer."),
                   "en": ("- Name\n- Email address", "We keep your phone number.")}[lang]
    text = f"# Privacy\n\n## Data\n\n{intro}\n\n{rows}\n\n## Other\n\n{other}\n"
    result = draft_policy(text, lang=lang)
    found = set().union(*(s.category_keys() for s in result.subjects.values()))
    assert ("contact.email" in found) == is_data


def test_a_table_cell_named_like_a_sharing_button_is_kept(tmp_path: Path) -> None:
    """trafilatura drops an element whose whole text is "LinkedIn" or "E-mail" (its sharing
    buttons' filter); in a policy those are a processor and a data row's label."""
    page = tmp_path / "privacy.html"
    page.write_text(
        "<html><body><main><h1>Privacy</h1><p>We keep the following data and share it with the services "
        "listed below, each for its own purpose and for as long as it needs it.</p><table><thead><tr>"
        "<th>Data</th><th>Retention</th></tr></thead><tbody><tr><td>E-mail</td><td>2 years</td></tr>"
        "<tr><td>Name</td><td>2 years</td></tr></tbody></table><table><thead><tr><th>Service</th>"
        "<th>Purpose</th></tr></thead><tbody><tr><td>LinkedIn</td><td>Marketing</td></tr><tr><td>Hotjar"
        "</td><td>Analytics</td></tr></tbody></table><p>More about the policy and how we use data.</p>"
        "</main></body></html>", encoding="utf-8")
    text = read_policy(page)
    assert "- E-mail | 2 years" in text
    assert "- LinkedIn | Marketing" in text


_PAGE = ("<html><head><title>Privacy</title></head><body>"
         "<nav class=\"menu\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/shop\">Shop</a></li></ul></nav>"
         "<main><article><h1>Privacy policy</h1>"
         "<p>We process the personal data of our customers to deliver their orders and answer them.</p>"
         "<h2>What we collect</h2><p>We collect your name, your address and your order history when you "
         "buy from us, and keep them for as long as the law requires.</p>"
         "{section}"
         "<h2>Your rights</h2><p>You may ask us for a copy of your data and have it corrected or deleted "
         "at any time by writing to us.</p></article></main>{chrome}"
         "<footer><p>© 2026 Example Shop</p></footer></body></html>")


@pytest.mark.parametrize("section, kept", [
    # a policy's sections are named with the words trafilatura reads as boilerplate
    ('<section id="sharing"><h2>Who we share your data with</h2><p>The carrier that delivers your '
     'parcel receives your name, address and phone number for the delivery.</p></section>',
     "The carrier that delivers your parcel receives your name"),
    ('<section id="cookies"><h2>Cookies</h2><p>The session cookie keeps you logged in for seven days; '
     'we set no cookie for analytics or advertising.</p></section>',
     "The session cookie keeps you logged in"),
    ('<div class="newsletter"><h2>Nieuwsbrief</h2><p>Als je je inschrijft voor onze nieuwsbrief, '
     'bewaren wij je e-mailadres tot je je uitschrijft.</p></div>',
     "bewaren wij je e-mailadres tot je je uitschrijft"),
    ('<div class="consent"><h2>Consentement</h2><p>Nous conservons la preuve de votre consentement '
     'pendant trois ans après son recueil.</p></div>',
     "Nous conservons la preuve de votre consentement"),
    ('<div class="accordion"><h2>How long we keep it</h2><div style="display:none"><p>Invoices are '
     'kept for seven years after the end of the financial year.</p></div></div>',
     "Invoices are kept for seven years"),
    ('<section class="page-banner"><p class="banner-sub">Example Shop B.V. hecht grote waarde aan de '
     'bescherming van uw persoonsgegevens en legt hier uit hoe.</p></section>',
     "Example Shop B.V. hecht grote waarde"),
])
def test_a_policy_section_named_like_boilerplate_is_kept(section: str, kept: str) -> None:
    """trafilatura drops elements whose id or class says "sharing", "cookies", "newsletter",
    "consent", "banner", or that a style hides; in a policy those are its sections."""
    text = html_to_text(_PAGE.format(section=section, chrome=""))
    assert kept in text
    assert "We collect your name, your address" in text


@pytest.mark.parametrize("chrome, dropped", [
    ('<div class="cookie-banner"><p>This website uses cookies to improve your experience. By clicking '
     'accept you agree to all of them, now and on every later visit.</p></div>', "By clicking accept"),
    ('<div id="CybotCookiebotDialog"><p>Deze website gebruikt cookies om de ervaring te verbeteren en '
     'om het verkeer te meten; u kunt ze weigeren.</p></div>', "om het verkeer te meten"),
    ('<div class="share-buttons"><p>Share this page with your friends on every network you use, '
     'today and every day.</p></div>', "Share this page with your friends"),
    ('<div class="sidebar"><p>Recent posts from our blog about gardening, the seasons and the best '
     'plants for a small balcony.</p></div>', "Recent posts from our blog"),
])
def test_real_page_chrome_is_still_dropped(chrome: str, dropped: str) -> None:
    text = html_to_text(_PAGE.format(section="", chrome=chrome))
    assert dropped not in text
    assert "We collect your name, your address" in text
    assert "Home" not in text.splitlines() and "Shop" not in text.splitlines()
    assert text.rstrip().splitlines()[-1] == "© 2026 Example Shop"  # the footer's notice alone


def test_a_definition_list_of_fields_is_read_as_rows_and_one_of_prose_as_before() -> None:
    """A field's value is on its label's row ("bedrijfsnaam: Itoko", itoko_nl); a definition
    list whose descriptions are sentences keeps one bullet each (tck_be's identity sentence is
    a description of its own, barnsleygym_en's list stays one list)."""
    fields = ("<dl><dt>bedrijfsnaam</dt><dd>Itoko</dd><div><dt>vestigingsadres</dt><dd>Linnaeusstraat 16</dd>"
              "<dd>3553 CD Utrecht</dd></div><dt>KvK-nummer</dt><dd>93973225</dd></dl>")
    lines = html_to_text(_PAGE.format(section=fields, chrome="")).splitlines()
    assert "- bedrijfsnaam: Itoko" in lines
    assert "- vestigingsadres: Linnaeusstraat 16; 3553 CD Utrecht" in lines
    assert "- KvK-nummer: 93973225" in lines
    prose = ("<dl><dt>Privacyverklaring</dt><dd>Tennis Kaulille, gevestigd aan de Steenakkerstraat 33, is "
             "verantwoordelijk voor de verwerking van persoonsgegevens.</dd></dl>")
    lines = html_to_text(_PAGE.format(section=prose, chrome="")).splitlines()
    assert "- Privacyverklaring" in lines
    assert any(l.startswith("- Tennis Kaulille, gevestigd aan") for l in lines)


def test_an_accordion_s_button_heading_stays_the_heading() -> None:
    """Bootstrap's accordion puts each heading's text in a <button>, which trafilatura drops."""
    section = ('<h2 class="accordion-header"><button class="accordion-button" type="button">Job applicants'
               '</button></h2><div class="accordion-collapse collapse"><div class="accordion-body"><p>We keep '
               'your CV and letter for six months after the procedure ends.</p></div></div>')
    lines = html_to_text(_PAGE.format(section=section, chrome="")).splitlines()
    assert "## Job applicants" in lines
    assert "We keep your CV and letter for six months after the procedure ends." in lines


def test_a_list_inside_a_table_cell_keeps_its_items_apart() -> None:
    section = ("<table><thead><tr><th>Purpose</th><th>Data</th></tr></thead><tbody><tr><td>Orders</td><td><ul>"
               "<li>name</li><li><b>email</b> address</li><li>phone number</li></ul></td></tr></tbody></table>")
    lines = html_to_text(_PAGE.format(section=section, chrome="")).splitlines()
    assert "- Orders | name, **email** address, phone number" in lines


def test_a_table_cell_s_bold_title_labels_the_details_under_it() -> None:
    """"<td><strong>Formulaire de contact</strong><br>Nom, email</td>" (ludusmentis_fr, fresh41
    dev): the title is the row's label, not a run of words into its data; a cell that is all
    bold, or whose bold word sits inside its sentence, is left as it is."""
    section = ("<table><thead><tr><th>Données</th><th>Durée</th></tr></thead><tbody>"
               "<tr><td><strong>Formulaire de contact</strong><br><span>Nom, email, message</span></td>"
               "<td>3 mois</td></tr>"
               "<tr><td><strong>Newsletter</strong></td><td>Jusqu'à désinscription</td></tr>"
               "<tr><td>Votre <b>nom</b><br>et votre email</td><td>1 an</td></tr></tbody></table>")
    lines = html_to_text(_PAGE.format(section=section, chrome="")).splitlines()
    assert "- **Formulaire de contact**: Nom, email, message | 3 mois" in lines
    assert "- **Newsletter** | Jusqu'à désinscription" in lines
    assert any(line.startswith("- Votre **nom** et votre email") for line in lines)


def test_a_row_s_title_names_whose_data_the_row_holds() -> None:
    """Drafted from such a table, the contact form's data and period are the correspondents' and
    the answer to their message is the event their period runs from."""
    page = _PAGE.format(chrome="", section=(
        "<h2>Données collectées</h2><table><thead><tr><th>Type de données</th><th>Finalité</th>"
        "<th>Durée de conservation</th></tr></thead><tbody>"
        "<tr><td><strong>Formulaire de contact</strong><br>Nom, email, message</td><td>Répondre aux demandes</td>"
        "<td>3 mois après réponse</td></tr>"
        "<tr><td><strong>Newsletter</strong><br>Email uniquement</td><td>Envoi d'informations</td>"
        "<td>Jusqu'à désinscription</td></tr></tbody></table>"))
    result = draft_policy(html_to_text(page), lang="fr")
    correspondent = result.subjects["correspondent"]
    assert {"identity.name", "contact.email", "communication.content"} <= set(correspondent.category_keys())
    assert correspondent.retention.value.key() == ("P3M", "last_contact")


def test_a_markdown_file_that_is_an_html_page_reads_as_the_page(tmp_path: Path) -> None:
    """An Astro page's .md whose body is the site's HTML (pujol_fr, fresh24 dev): read line by
    line, its <picture>, <source> and <svg> tags were text and its headings were lost."""
    body = "\n".join([
        "---", 'title: "Politique de confidentialité"', "---", "",
        '<section class="hero"><div class="hero__content">', '<h1 class="hero__title">Politique</h1>', "</div>",
        '<picture class="hero__image">', '  <source media="(min-width: 1100px)" srcset="https://example.org/a.png"',
        '  <img src="https://example.org/a.png" alt="Immobilière">', "</picture>", "</section>",
        '<section class="page"><div class="post__content">',
        "<h2>Durée de conservation</h2>",
        "<p><strong>Prospects :</strong> les données sont conservées pendant 3 ans à compter du dernier contact.</p>",
        "<p>Les CV des candidats non retenus sont conservés 2 ans.</p>",
        '<svg class="social-icon" viewBox="0 0 24 24"><path d="M22.676 0H1.324"></path></svg>',
        "</div></section>", ""])
    page = tmp_path / "privacy.md"
    page.write_text(body, encoding="utf-8")
    text = read_policy(page)
    lines = text.splitlines()
    assert lines[0] == "# Politique de confidentialité"
    assert "## Durée de conservation" in lines
    assert "<" not in text and "srcset" not in text


def test_markdown_with_some_html_stays_markdown(tmp_path: Path) -> None:
    body = ("# Privacy\n\nWe keep your name and email.<br>\nAnd your phone.\n\n## Retention\n\n"
            + "\n".join(f"<p>Line {i} of the policy.</p>" for i in range(12)) + "\n")
    page = tmp_path / "privacy.md"
    page.write_text(body, encoding="utf-8")
    assert read_policy(page) == body  # read as Markdown: layout.py turns its HTML into lines


def test_a_page_s_wrapped_and_indented_text_reads_as_a_browser_shows_it() -> None:
    """campingmenil_fr (fresh25 dev): paragraphs wrapped and indented in the HTML source came out
    as lines indented fourteen spaces, and its title ("        # Politique") was no heading."""
    section = lambda i: (f"<div>\n            <h2>Section {i}</h2>\n            <p>\n              Texte de la "
                         f"section {i} avec assez de mots\n              pour compter comme un paragraphe.\n"
                         "            </p>\n          </div>\n          ")
    page = ("<html><body><section><div><div><span>Protection des données</span>\n        <h1>Politique</h1>\n"
            "        <div>\n          " + "".join(section(i) for i in range(3)) + "<!-- Durée -->\n          <div>"
            "<h2>Durée de conservation</h2><p>Vos données sont conservées\n     trois ans.</p><pre>a\n  b</pre>"
            "</div></div></div></div></section></body></html>")
    lines = html_to_text(page).splitlines()
    assert "# Politique" in lines and "## Durée de conservation" in lines
    assert "Texte de la section 1 avec assez de mots pour compter comme un paragraphe." in lines
    assert "Vos données sont conservées trois ans." in lines
    assert not any(line.startswith("    ") for line in lines)


def test_rows_drawn_as_a_css_grid_are_read_as_rows() -> None:
    """A retention list drawn with <div>s and <span>s ran every label and period into one line."""
    grid = "".join(f'<div class="flex justify-between"><span>{a}</span><span>{b}</span></div>' for a, b in (
        ("Données de contact", "3 ans après le dernier échange"), ("Données de réservation", "5 ans"),
        ("Données de navigation", "13 mois maximum")))
    section = (f'<div><h2>Durée de conservation</h2><p>Vos données sont conservées :</p>'
               f'<div class="space-y-3">{grid}</div></div>')
    lines = html_to_text(_PAGE.format(section=section, chrome="")).splitlines()
    assert "- Données de contact | 3 ans après le dernier échange" in lines
    assert "- Données de navigation | 13 mois maximum" in lines
    # a paragraph with inline markup is no grid
    inline = '<div><p>We keep your <b>name</b> and <b>email</b> for two years.</p><p>And nothing else at all.</p></div>'
    assert "We keep your **name** and **email** for two years." in html_to_text(_PAGE.format(section=inline, chrome=""))


def test_a_control_character_in_a_page_is_dropped() -> None:
    text = html_to_text(_PAGE.format(section="<p>We keep your\x0bname for two years.</p>", chrome=""))
    assert "We keep yourname for two years." in text


def test_a_page_whose_sections_the_extractor_lost_gets_them_back(tmp_path: Path) -> None:
    """energiemetbart_nl (ctrl3 dev), teeuwen_nl (fresh28 dev): the title in a hero block, the
    policy in another; trafilatura recovered the paragraphs and lists but none of the h2s (its
    "wild text" recovery never takes headings), so every section lost its heading."""
    sections = "".join(
        f"<h2>{n}. {title}</h2><p>{body}</p>" for n, (title, body) in enumerate([
            ("Verwerkingsverantwoordelijke", "De verwerkingsverantwoordelijke is Energie met Bart, gevestigd te Haarlem."),
            ("Welke persoonsgegevens verwerken wij", "Wij verwerken uw naam, uw e-mailadres en uw telefoonnummer."),
            ("Bewaartermijnen", "Wij bewaren uw gegevens niet langer dan twee jaar na het laatste contact."),
            ("Uw rechten", "U heeft het recht uw gegevens in te zien, te laten corrigeren of te verwijderen."),
        ], start=1))
    page = tmp_path / "privacy.html"
    page.write_text(
        "<html><head><title>Privacy</title></head><body>"
        "<header><nav><a href='/'>Home</a><a href='/contact'>Contact</a></nav></header>"
        "<section class='page-hero' id='main-content'><div class='wrap'><span class='eyebrow'>Juridisch</span>"
        "<h1>Privacyverklaring</h1><p class='updated'>Laatst bijgewerkt: 2026</p></div></section>"
        "<section class='content'><div class='wrap'><div class='box'><p>Energie met Bart hecht grote waarde aan "
        "de bescherming van uw persoonsgegevens en legt hier uit welke gegevens wij verwerken.</p></div>"
        f"{sections}</div></section>"
        "<footer><h4>Contact</h4><p>Bel ons</p></footer></body></html>", encoding="utf-8")
    text = read_policy(page)
    assert "## 3. Bewaartermijnen" in text and "## 1. Verwerkingsverantwoordelijke" in text
    assert "#### Contact" not in text  # the footer's heading is no section of the policy


def test_a_card_s_lines_of_text_are_kept() -> None:
    """wlecomte_nl (fresh20 dev, the real page): an icon and a line in a <div> ("<svg/> W. le Comte
    … Heerjansdam") is how its contact card writes the controller's address; trafilatura dropped
    the card's lines and kept its heading."""
    text = read_policy(Path(__file__).parents[2] / "bench/draft/fresh20/policies/wlecomte_nl.html")
    card = text[text.index("### Contactgegevens"):text.index("## 2. Welke persoonsgegevens")]
    assert "Industrieweg 2e, 2995 BE Heerjansdam" in card


def test_only_a_div_with_words_of_its_own_becomes_a_paragraph() -> None:
    """A menu's row of links stays a <div> (trafilatura's chrome filters still see it); an icon and
    a line of text become a paragraph."""
    from flows.draft.reader import _prepared

    page = _prepared("<html><body><div class='menu'><a href='/'>Home</a> <a href='/diensten'>Onze diensten</a>"
                     "</div><div class='row'><svg viewBox='0 0 24 24'><path d='M3 9'/></svg> Industrieweg 2e, "
                     "2995 BE Heerjansdam</div></body></html>")
    assert "<div class=\"menu\"><a" in page
    assert "<p><svg" in page and "Heerjansdam</p>" in page


@pytest.mark.parametrize("page, lead", [
    ("fresh20/policies/wlecomte_nl.html", "W. le Comte Aannemingsbedrijf b.v. hecht grote waarde aan de bescherming"),
    ("fresh21/policies/nederbelg_nl.html", "Wij vinden je privacy belangrijk."),
    ("fresh14/policies/horizonpme_fr.html", "Cette politique explique comment Horizon PME Solutions collecte"),
])
def test_the_title_s_lead_paragraph_in_a_hero_block_is_kept(page: str, lead: str) -> None:
    """Dev pages (real): the opening sentence sits under the <h1> in a hero block, the policy in
    another block; trafilatura took the policy's block only, and the opening sentence, often the
    identity sentence ("W. le Comte Aannemingsbedrijf b.v. hecht grote waarde aan …"), was lost."""
    text = read_policy(Path(__file__).parents[2] / "bench/draft" / page)
    assert lead in text
    # it comes right under the title, before the policy's first section
    assert text.index(lead) < text.index("\n## ")


@pytest.mark.parametrize("page, notice", [
    ("ctrl4/policies/ketelmeester_nl.html", "© 2026 Ketelmeester. Alle rechten voorbehouden."),
    ("ctrl2/policies/tiramisu_en.html", "© 2026 Agama SA · Sierre"),
    ("ctrl4/policies/handsonhealing_nl.html", "Copyright © Hands on Healing 2021"),
])
def test_the_page_s_copyright_notice_is_kept_from_its_footer(page: str, notice: str) -> None:
    """Dev pages (real): the footer says whose the page is, and the extractor drops footers. The
    notice's own element comes back as the last paragraph, not the footer's menus around it."""
    text = read_policy(Path(__file__).parents[2] / "bench/draft" / page)
    assert text.rstrip().splitlines()[-1].startswith(notice)
    assert text.count("©") == 1


def test_a_page_without_a_copyright_notice_gains_no_line() -> None:
    page = ("<html><body><main><h1>Privacy</h1><p>We collect your name and your email address to "
            "answer you.</p></main><footer><p>Home · Contact</p></footer></body></html>")
    assert "Home" not in html_to_text(page)


def test_loose_text_after_the_last_paragraph_is_kept() -> None:
    """vasilis_be (ctrl3 dev, the real page): the contact block sits loose in the <div> after the
    last </p>; trafilatura dropped it, and with it the Belgian VAT number that names the country."""
    text = read_policy(Path(__file__).parents[2] / "bench/draft/ctrl3/policies/vasilis_be.php")
    assert "VASILIS is als volgt te bereiken:" in text
    assert "BTW BE 0472 736 428" in text
    assert draft_policy(text).jurisdiction.value == "BE"


@pytest.mark.parametrize("loose, kept", [
    # a line of words, and one running on through a link: a paragraph each
    ("</p> Wij zijn bereikbaar op werkdagen van 9 tot 17 uur.", "Wij zijn bereikbaar op werkdagen"),
    ("</p> Write to <a href='mailto:a@b.eu'>a@b.eu</a> for any question about your data.",
     "for any question about your data"),
    # a stray separator or a short word is no paragraph
    ("</p> | ", None),
    ("</p> Home ", None),
])
def test_only_loose_words_become_a_paragraph(loose: str, kept: str | None) -> None:
    from flows.draft.reader import _prepared

    page = _prepared(f"<html><body><div><h2>Contact</h2><p>Het adres staat hieronder vermeld.{loose}</div>"
                     "</body></html>")
    if kept is None:
        assert page.count("<p>") == 1
    else:
        paragraphs = page.split("<p>")
        assert len(paragraphs) == 3 and kept in paragraphs[2]


def test_a_page_whose_content_sits_in_its_front_matter_reads_as_that_content(tmp_path: Path) -> None:
    """breastmed_en (fresh35 dev, the real page): a site builder's sections keep the policy in the
    front matter ("content: |-", indented): it read as YAML keys, its headings lost."""
    text = read_policy(Path(__file__).parents[2] / "bench/draft/fresh35/policies/breastmed_en.md")
    assert text.startswith("\n# Privacy notice\n")
    assert "\n## What information do I collect about you?\n" in text
    assert "hero_text" not in text and "type: text-box" not in text
    # evidence keeps the file's line numbers
    raw = (Path(__file__).parents[2] / "bench/draft/fresh35/policies/breastmed_en.md").read_text()
    assert text.splitlines().index("## What information do I collect about you?") == next(
        i for i, line in enumerate(raw.splitlines()) if "## What information do I collect" in line)


def test_an_ordinary_front_matter_keeps_its_title_and_drops_the_rest(tmp_path: Path) -> None:
    page = tmp_path / "privacy.md"
    page.write_text("---\ntitle: Privacyverklaring\ndescription: >\n  Hoe wij met uw gegevens omgaan.\n---\n\n"
                    "Wij verwerken uw naam en e-mailadres.\n", encoding="utf-8")
    text = read_policy(page)
    assert text.splitlines()[0] == "# Privacyverklaring"
    assert "Hoe wij met uw gegevens" not in text and "Wij verwerken uw naam" in text


def test_a_markdown_hard_line_break_is_a_line_end_not_text() -> None:
    # "**Data Controller:**\\" / "Systemscape GmbH\\" (munichembedded_en, fresh50 dev): CommonMark's
    # backslash line break; an escaped backslash ("C:\\\\") stays a backslash
    from flows.draft.layout import parse

    text = "**Data Controller:**\\\nHarbour Books GmbH\\\nMill Lane 12  \\\n\nPath: C:\\\\\n"
    assert [u.text for u in parse(text)] == ["Data Controller:", "Harbour Books GmbH", "Mill Lane 12",
                                                        "Path: C:\\"]
