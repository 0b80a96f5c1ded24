"""A privacy policy file as people have it (``.txt``, ``.md``, ``.html``, ``.htm``, ``.pdf``) to text.

The drafter reads structure from lines (flows/draft/layout.py): Markdown headings, bullets, table
rows, blank lines between paragraphs. So every format is turned into that shape:

* HTML goes through trafilatura (a maintained main-content extractor: navigation, footers and
  scripts dropped), asked for Markdown so headings stay ``#`` lines, list items ``-`` lines and
  table rows ``| a | b |`` lines. Reading tags by hand loses text inside inline markup and keeps
  menus; a regex tag-stripper cannot tell a heading from a paragraph. The page is first made what
  a browser shows (:func:`_prepared`): whitespace collapsed, comments gone, a policy's sections
  kept whatever their id or class says, CSS-grid rows and definition lists of fields as rows.
* A site's page component (``.astro``, ``.vue``, ``.jsx``, ``.tsx``, ``.php`` and other templates,
  as a website's repository holds its policy) is the HTML it renders: its code lines are dropped
  and the rest goes the HTML way.
* Markdown keeps its lines; its character references ("&amp;") are decoded as a renderer would,
  and a site generator's section tag (a Hugo shortcode with a title) becomes that section's heading.
* PDF goes through pdfminer.six's text layout analysis, then two repairs the layout analysis does
  not make: words hyphenated across a line end are joined ("informa-\\ntion" -> "information")
  and hard-wrapped lines of one paragraph are joined back into one line, so a sentence naming a
  subject and its data is one sentence again.
* Markdown and plain text are read as UTF-8, as before.

Nothing here downloads anything; both libraries work offline.

Errors (all :class:`catalog.errors.RopaError`, one line, exit code 2 in the CLI): a missing file,
a directory, a file that cannot be read (permissions), text that is not UTF-8, an HTML or PDF
file the library cannot read or that holds no text (a scanned PDF).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from catalog.errors import RopaError

SUFFIXES: tuple[str, ...] = (".txt", ".md", ".html", ".htm", ".pdf")
#: Page components and server templates: HTML with a framework's code around it.
TEMPLATE_SUFFIXES: tuple[str, ...] = (".astro", ".vue", ".jsx", ".tsx", ".php", ".njk", ".tpl", ".jsp",
                                      ".svelte", ".hbs", ".twig", ".erb", ".liquid", ".cshtml")
_MARKUP = re.compile(r"(?i)<(?:p|h[1-6]|li|ul|ol|div|section|table|tr|td|br|strong|a)\b")
#: Code lines before the markup ("import Layout from …", "export default function Page() {")
#: and script blocks: not the page's text.
_CODE_OUTSIDE_MARKUP = re.compile(r"(?ms)^\s*(?:import|export|const|let|var|function|use|namespace|require)\b[^\n]*$|"
                                  r"<script\b.*?</script>|<\?php.*?\?>")

_TABLE_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")
_BULLET_OR_NUMBER = re.compile(r"^([•●▪◦‣·∙○■□➢►✓*+\-–—]|\d{1,2}(\.\d{1,2}){0,3}[.)]?|[a-z][.)])\s")
_PAGE_NUMBER = re.compile(r"^(page\s+|pagina\s+)?\d{1,4}(\s*(/|of|sur|van)\s*\d{1,4})?$", re.IGNORECASE)
_HYPHEN_END = re.compile(r"([^\W\d_])-$")
_TERMINAL = ".;:!?"


class PolicyReadError(RopaError, ValueError):
    """The policy file cannot be read as text; the message says why and what to do."""


def read_policy(path: Path) -> str:
    """The text of the policy at ``path``, in the line shape :mod:`flows.draft.layout` reads."""
    if not path.exists():
        raise PolicyReadError(f"{path}: no such file")
    if path.is_dir():
        raise PolicyReadError(
            f"{path} is a directory; give one policy file ({', '.join(SUFFIXES)})"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:  # permissions, a FIFO, an I/O error
        reason = exc.strerror or type(exc).__name__
        raise PolicyReadError(f"{path}: cannot be read ({reason}); check the file's permissions") from None
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        return html_to_text(_decode(path, data, lenient=True), path)
    if suffix in TEMPLATE_SUFFIXES:
        source = strip_front_matter(_decode(path, data, lenient=True))
        if len(_MARKUP.findall(source)) >= 5:
            # a site's page component (Astro, Vue, JSX, PHP…) is the HTML it renders, with code
            # around it: the HTML extractor reads its headings, lists and tables, as a page's
            return html_to_text(_CODE_OUTSIDE_MARKUP.sub("", source), path)
        return source
    if suffix == ".pdf" or data[:5] == b"%PDF-":
        return pdf_to_text(data, path)
    text = strip_front_matter(_decode(path, data))
    if suffix in (".md", ".markdown"):
        if is_html_page(text):
            # Markdown passes raw HTML through: a page whose body is HTML (an Astro or Jekyll page
            # holding the site's markup) renders as that HTML, menus and icons included, so it is
            # read the HTML way; the front matter's title stays its first heading
            title, _, body = text.partition("\n") if text.startswith("# ") else ("", "", text)
            return "\n\n".join(filter(None, (title, html_to_text(body, path))))
        text = template_tags_to_headings(text)
        # Markdown renders HTML's character references ("Grisar &amp; Co", "Chiche&nbsp;!");
        # the policy says what its reader sees
        text = html.unescape(text)
    return text


#: A line that is HTML markup, not Markdown ("<section class=…>", "</div>", "<p>…").
_TAG_LINE = re.compile(r"^\s*</?[a-zA-Z][a-zA-Z0-9-]*[\s>/]")
_MD_HEADING_LINE = re.compile(r"^#{1,6}\s")


def is_html_page(text: str) -> bool:
    """A Markdown file that is an HTML page: a third or more of its lines are markup and none is
    a Markdown heading (the front matter's title line aside). Markdown with some HTML in it
    (a table, a few ``<br>``) has its own headings and stays Markdown (layout.html_blocks)."""
    lines = [line for line in text.split("\n")[1:] if line.strip()] if text.startswith("# ") \
        else [line for line in text.split("\n") if line.strip()]
    if len(lines) < 10 or any(_MD_HEADING_LINE.match(line) for line in lines):
        return False
    return sum(bool(_TAG_LINE.match(line)) for line in lines) >= 0.3 * len(lines) \
        and len(_MARKUP.findall(text)) >= 5


_FRONT_MATTER = re.compile(r"\A\ufeff?(?:---[ \t]*\n(?:.{0,500}\n){0,40}?(?:---|\.\.\.)"
                           r"|\+\+\+[ \t]*\n(?:.{0,500}\n){0,40}?\+\+\+)[ \t]*\n")


_FRONT_TITLE = re.compile(r"(?m)^title\s*[:=]\s*[\"']?(?P<title>[^\"'\n]{2,200}?)[\"']?\s*$")


#: The YAML front matter of a page whose content sits in it, however long: ``---`` … ``---``.
_LONG_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(?:.*\n){0,5000}?---[ \t]*\n")
#: A key whose value is a block of text: "content: |-", "    text: >".
_BLOCK_SCALAR = re.compile(r"^(?P<indent>[ \t]*)(?:-[ \t]+)?[\w-]+:[ \t]*[|>][-+]?[ \t]*$")


def _front_matter_content(block: str) -> list[str] | None:
    """The lines of a front matter whose page content is written in it, as a site builder's
    sections do ("sections: - type: text-box … content: |-" and the policy under it, indented;
    breastmed_en, fresh35 dev): the text of each block value, its indent taken off, the other
    lines blank, the title a heading. None when no block value holds text enough to be a page."""
    lines = block.split("\n")
    out = [""] * len(lines)
    kept = 0
    i = 0
    while i < len(lines):
        m = _BLOCK_SCALAR.match(lines[i])
        if m is None:
            if (title := _FRONT_TITLE.match(lines[i])) and not any(out):
                out[i] = "# " + title.group("title").strip()
            i += 1
            continue
        outer = len(m.group("indent").expandtabs())
        j, inner = i + 1, None
        while j < len(lines) and (not lines[j].strip() or len(lines[j]) - len(lines[j].lstrip()) > outer):
            if lines[j].strip():
                inner = len(lines[j]) - len(lines[j].lstrip()) if inner is None else inner
                out[j] = lines[j][inner:] if len(lines[j]) - len(lines[j].lstrip()) >= inner else lines[j].strip()
                kept += len(lines[j])
            j += 1
        i = j
    return out if kept >= 500 else None


def strip_front_matter(text: str) -> str:
    """A Markdown page's front matter (YAML ``---`` … ``---`` for Jekyll and Hugo, TOML ``+++``
    … ``+++`` for Hugo and Zola: layout, permalink) is not policy text; its ``title`` is the
    page's title ("Privacyverklaring van Massagetherapie Hilversum") and is kept as a heading.
    The lines it took stay (blank), so evidence keeps the file's line numbers. A front matter that
    holds the page's content itself gives that content (:func:`_front_matter_content`)."""
    if (long := _LONG_FRONT_MATTER.match(text)) and (content := _front_matter_content(long.group(0))):
        return "\n".join(content) + text[long.end():]
    m = _FRONT_MATTER.match(text)
    if m is None:
        return text
    block = m.group(0)
    title = _FRONT_TITLE.search(block)
    lines = ["# " + title.group("title").strip()] if title else []
    lines += [""] * (block.count("\n") - len(lines))
    return "\n".join(lines) + "\n" + text[m.end():]


#: A line that is one Hugo shortcode or Liquid tag alone: "{{< section title="1. Wie zijn wij" >}}",
#: "{{< /section >}}", "{% include cta.html %}".
_TEMPLATE_LINE = re.compile(r"(?m)^[ \t]*(?:\{\{[<%].*?[%>]\}\}|\{%.*?%\})[ \t]*$")
_TEMPLATE_TITLE = re.compile(r"""\btitle\s*=\s*(?:"([^"]{1,200})"|'([^']{1,200})')""")


def template_tags_to_headings(text: str) -> str:
    """A site generator's tags are not policy text, but a section tag's title is the section's
    heading: Hugo pages often wrap each section in a shortcode ("{{< offerte-section title="2.
    Persoonsgegevens die wij verwerken" >}}") and write no Markdown heading at all, so without
    it every section reads as the one before it. Each tag keeps its line (evidence keeps the
    file's line numbers)."""
    def heading(m: re.Match[str]) -> str:
        title = _TEMPLATE_TITLE.search(m.group(0))
        return f"## {title.group(1) or title.group(2)}" if title else ""

    return _TEMPLATE_LINE.sub(heading, text)


def _decode(path: Path, data: bytes, lenient: bool = False) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if lenient:  # HTML often declares its charset; cp1252 is the common legacy one
            return data.decode("cp1252", errors="replace")
        raise PolicyReadError(
            f"{path}: not UTF-8 text; convert it (iconv -f cp1252 -t utf-8)"
        ) from None


_HTML_HEADING = re.compile(r"(?i)<h[1-6]\b")
_BODY = re.compile(r"(?is)<body\b[^>]*>(.*)</body>")


#: Matches nothing: see _extract.
_NOTHING = re.compile(r"(?!)")

#: The attributes trafilatura's boilerplate rules read (``OVERALL_DISCARD_XPATH``: an id or class
#: holding "share", "cookie", "newsletter", "consent", "banner", "meta", "hidden", …; an inline
#: ``display:none``; ``aria-hidden``; a navigation ``role``).
_BOILERPLATE_ATTRIBUTES = ("id", "class", "style", "aria-hidden", "role", "data-lp-replacement-content",
                           "data-component")
#: An id or class that names real boilerplate: a cookie consent dialog, a menu, a sharing widget,
#: a sidebar. Those elements keep their attributes, so trafilatura still drops them.
_CHROME = re.compile(
    r"(?i)cookie.?(?:banner|bar|consent|notice|popup|law|dialog|modal|box|message)|cookiebot|onetrust|"
    r"\bcc-(?:window|banner)|consent.?(?:banner|manager|modal|popup|dialog|bar)|gdpr.?(?:banner|consent)|"
    r"\bnav|navbar|navigation|\bmenu|breadcrumb|sidebar|skip.?link|"
    r"share.?(?:buttons?|bar|links|icons)|social.?(?:share|icons|links|media|buttons?)|sharedaddy")


def _prepared(page: str) -> str:
    """``page`` as trafilatura should see a privacy policy, which is what a browser shows of it:
    comments gone, whitespace collapsed (:func:`_collapse_whitespace`), rows drawn as a CSS grid
    as list rows (:func:`_grid_rows_as_list`), its sections unmarked
    (:func:`_unmark_policy_sections`), definition lists of fields as rows
    (:func:`_definitions_as_rows`), an accordion's heading kept (a ``<button>`` inside a heading
    is the heading's text), a div holding a line of its own words a paragraph
    (:func:`_text_divs_as_paragraphs`) and a list inside a table cell kept apart. A page lxml
    cannot parse is given as it is."""
    import lxml.etree
    import lxml.html

    try:
        document = lxml.html.document_fromstring(page)
    except (lxml.etree.ParserError, ValueError):  # empty, or an XML declaration in a str
        return page
    # an HTML comment is no text a reader sees ("<!-- Durée de conservation -->" before its
    # section put trafilatura off the section's table)
    lxml.etree.strip_elements(document, lxml.etree.Comment, with_tail=False)
    _collapse_whitespace(document)
    _grid_rows_as_list(document)
    _unmark_policy_sections(document)
    _definitions_as_rows(document)
    # Bootstrap's accordion: <h2 class="accordion-header"><button>Sollicitanten</button></h2>;
    # trafilatura drops every <button>, and with it the section's heading
    for button in document.xpath("//h1//button|//h2//button|//h3//button|//h4//button|//h5//button|//h6//button"):
        button.tag = "span"
    _text_divs_as_paragraphs(document)
    _loose_text_as_paragraphs(document)
    _cell_titles_as_labels(document)
    # a list inside a table cell is one cell's value: trafilatura runs its items together
    # ("name email"); a comma keeps them apart ("name, email"), as layout.py writes such a cell
    for item in document.xpath("//td//li[following-sibling::li]|//th//li[following-sibling::li]"):
        last = item[-1] if len(item) else None
        if last is not None:
            last.tail = (last.tail or "").rstrip() + ","
        else:
            item.text = (item.text or "").rstrip() + ","
    return lxml.html.tostring(document, encoding="unicode")


def _cell_titles_as_labels(document) -> None:
    """A table cell that opens on a bold title, then a line break, then its details
    ("<td><strong>Formulaire de contact</strong><br>Nom, email, message</td>", ludusmentis_fr,
    fresh41 dev): the title labels the details, as "Formulaire de contact: Nom, email, message"
    would. trafilatura writes the break as a space, and the title ran into the data it names."""
    for cell in document.xpath("//td|//th"):
        if len(cell) < 2 or (cell.text or "").strip():
            continue
        title, after = cell[0], cell[1]
        if title.tag in ("strong", "b") and after.tag == "br" and not (title.tail or "").strip() \
                and (title.text_content() or "").strip() and not title.text_content().rstrip().endswith(":"):
            title.tail = ":" + (title.tail or "")


#: Elements a line of text is made of; a <div> holding only these (and text) is a paragraph.
_INLINE = frozenset({"a", "span", "strong", "b", "em", "i", "u", "small", "br", "svg", "img", "abbr", "code",
                     "sup", "sub", "mark", "time", "label"})


def _text_divs_as_paragraphs(document) -> None:
    """A <div> that holds a line of its own text and nothing but inline elements is a paragraph.

    An icon and a line ("<div class='lcc-row'><svg …/> W. le Comte Aannemingsbedrijf b.v.,
    Industrieweg 2e, 2995 BE Heerjansdam</div>", wlecomte_nl, fresh20 dev) is how a card writes
    the controller's address: trafilatura dropped such lines and kept the card's heading. Only a
    div with words of its own (not a menu's links) is turned into a <p>."""
    for div in document.iter("div"):
        if any(not isinstance(child.tag, str) or child.tag not in _INLINE for child in div):
            continue
        own = (div.text or "") + "".join((child.tail or "") for child in div)
        own += "".join(span.text_content() for span in div if span.tag not in ("a", "svg"))
        if len(own.strip()) >= 15 and any(c.isalpha() for c in own):
            div.tag = "p"


#: Blocks that loose text may sit between: a paragraph, a heading, a list, a table.
_TEXT_BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "dl", "blockquote"})
#: Containers whose loose text a browser shows as a line of its own.
_CONTAINERS = frozenset({"div", "section", "article", "main", "body", "aside"})


def _loose_text_as_paragraphs(document) -> None:
    """Text that sits loose in a container after a paragraph, a heading or a list is a paragraph.

    A hand-written page ends its last ``<p>`` and goes on in the bare ``<div>`` ("</p> VASILIS is
    als volgt te bereiken: … BTW BE 0472 736 428 …", vasilis_be, ctrl3 dev): a browser shows the
    lines, trafilatura dropped them, and with them the controller's contact block. The run of
    loose text and inline elements up to the next block becomes a ``<p>`` of its own; a run with
    fewer than 15 characters or no letter (a stray "|" or a space) is left as it is."""
    import lxml.html

    for block in list(document.iter(*_TEXT_BLOCKS)):
        parent = block.getparent()
        if parent is None or parent.tag not in _CONTAINERS or not (block.tail or "").strip():
            continue
        run = []
        for sibling in block.itersiblings():
            if not isinstance(sibling.tag, str) or sibling.tag not in _INLINE:
                break
            run.append(sibling)
        words = block.tail + "".join(s.text_content() + (s.tail or "") for s in run)
        if len(words.strip()) < 15 or not any(c.isalpha() for c in words):
            continue
        paragraph = lxml.html.Element("p")
        paragraph.text, block.tail = block.tail, None
        block.addnext(paragraph)
        for sibling in run:
            paragraph.append(sibling)  # moves it, with its tail


#: Whitespace as HTML renders it: any run of spaces, tabs and line ends is one space.
_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")
#: Control characters a page may hold (a vertical tab pasted from a word processor): shown as
#: nothing, and refused by lxml when a text is set.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_PREFORMATTED = frozenset({"pre", "textarea", "code", "script", "style"})


def _collapse_whitespace(document) -> None:
    """Every text's runs of whitespace as the one space a browser shows.

    trafilatura keeps a text node's line ends and indentation, so a page written with its
    paragraphs wrapped and indented ("nous sommes susceptibles de collecter\n              les
    catégories de données suivantes :") came out as lines indented twelve spaces, and a heading
    after such a break ("          ## Destinataires") was no heading. Measured on the benchmark's
    pages (bench/README.md, the eighteenth wave): a fifth of them had such lines. Text inside
    ``<pre>`` and ``<code>`` keeps its spacing, as a browser keeps it."""
    for element in document.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag in _PREFORMATTED or any(a.tag in _PREFORMATTED for a in element.iterancestors()):
            if element.tail and element.tag in _PREFORMATTED:
                element.tail = _rendered_space(element.tail)
            continue
        block = element.tag in _BLOCK_ELEMENTS
        if element.text:
            # (whitespace alone between a block's tag and its first child shows as nothing)
            element.text = "" if block and not element.text.strip() else _rendered_space(element.text)
        if element.tail:
            following = element.getnext()
            if element.tail.strip():
                element.tail = _rendered_space(element.tail)
            elif block:
                element.tail = ""
            elif following is not None and following.tag in _BLOCK_ELEMENTS and "\n" in element.tail:
                # "<span>Protection des données</span>\n  <h1>Politique</h1>": the line end
                # before a block stays one, or trafilatura runs the two texts into one line
                element.tail = "\n"
            else:
                element.tail = " "


_BLOCK_ELEMENTS = frozenset({"address", "article", "aside", "blockquote", "body", "dd", "details", "div", "dl",
                             "dt", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
                             "header", "hr", "li", "main", "nav", "ol", "p", "section", "summary", "table",
                             "tbody", "td", "tfoot", "th", "thead", "tr", "ul"})
#: Elements whose text block tags cannot hold: a grid row's cells.
_CELL_TAGS = frozenset({"span", "div", "strong", "b", "em", "i", "a", "p", "label"})
_BLOCK_INSIDE = frozenset({"p", "div", "ul", "ol", "li", "table", "section", "article", "h1", "h2", "h3",
                           "h4", "h5", "h6", "dl", "form"})


def _grid_rows_as_list(document) -> None:
    """Rows laid out with CSS, each a ``<div>`` of two to four short cells, as list rows.

    A retention list drawn as a grid (``<div class="flex justify-between"><span>Données de
    contact</span><span>3 ans après le dernier échange</span></div>``, one per kind of data)
    came out of trafilatura as one line running every label and period together; each row is
    now "Données de contact | 3 ans après le dernier échange", the shape the reader gives a
    table's rows (a list, not a ``<table>``: trafilatura flattened a table in that page too).
    Only a container whose children are all such rows, with the same number of cells, is read
    so: a paragraph of inline text is not."""
    import lxml.html

    for parent in list(document.iter()):
        if not isinstance(parent.tag, str) or parent.tag in _PREFORMATTED or parent.tag in ("table", "tr", "tbody", "ul", "ol"):
            continue
        children = [c for c in parent if isinstance(c.tag, str)]
        if len(children) < 2 or (parent.text or "").strip() or not all(_grid_row(c) for c in children):
            continue
        if len({len([c for c in row if isinstance(c.tag, str)]) for row in children}) != 1:
            continue
        rows = ["<li>" + " | ".join(_escape(" ".join(c.text_content().split())) for c in row if isinstance(c.tag, str))
                + "</li>" for row in children]
        listing = lxml.html.fragment_fromstring("<ul>" + "".join(rows) + "</ul>")
        parent.insert(parent.index(children[0]), listing)
        for row in children:
            parent.remove(row)


def _grid_row(element) -> bool:
    """A ``<div>`` (or ``<li>``, ``<p>``) of two to four short cells and no text of its own."""
    if element.tag not in ("div", "li", "p") or (element.text or "").strip():
        return False
    cells = [c for c in element if isinstance(c.tag, str)]
    if not 2 <= len(cells) <= 4:
        return False
    for cell in cells:
        if cell.tag not in _CELL_TAGS or (cell.tail or "").strip():
            return False
        if any(isinstance(d.tag, str) and d.tag in _BLOCK_INSIDE for d in cell.iterdescendants()):
            return False
        if not 0 < len(cell.text_content().split()) <= 15:
            return False
    return True


def _rendered_space(text: str) -> str:
    return _HTML_SPACE.sub(" ", _CONTROL.sub("", text))


def _unmark_policy_sections(document) -> None:
    """The boilerplate-naming attributes taken off everything but real chrome.

    trafilatura drops an element when its id or class holds a word of web boilerplate, and a
    privacy policy names its sections with exactly those words: ``<section id="sharing">`` ("Who
    we share your data with"), ``id="cookies"``, ``id="newsletter"``, ``class="consent"``, an
    intro in ``class="page-banner"``, an accordion's answers hidden by ``style="display:none"``
    until clicked. Measured on the benchmark pages' visible text (bench/README.md, the
    eighteenth wave), that rule lost half of the sentences the reader missed. Elements whose
    id or class names a consent dialog, a menu, a sidebar or sharing buttons keep theirs; the
    ``nav``, ``header``, ``footer`` and ``aside`` elements are dropped by their tag anyway.
    """
    for element in document.iter():
        if not isinstance(element.tag, str) or element.tag in ("nav", "header", "footer", "aside"):
            continue
        names = f"{element.get('id', '')} {element.get('class', '')}"
        if names.strip() and _CHROME.search(names):
            continue
        for attribute in _BOILERPLATE_ATTRIBUTES:
            element.attrib.pop(attribute, None)


#: A definition's words at most for a field's value ("Itoko", "Linnaeusstraat 16 3553 CD Utrecht").
_FIELD_WORDS = 12


def _definitions_as_rows(document) -> None:
    """A definition list of fields, each ``<dt>`` and its short ``<dd>`` as one row "term: value".

    trafilatura writes a definition list as one bullet per term and one per description, so
    "bedrijfsnaam" / "Itoko" / "vestigingsadres" / "Linnaeusstraat 16" became four rows, each
    value apart from its label; "bedrijfsnaam: Itoko" is the field the drafter reads."""
    import lxml.html

    for dl in document.xpath("//dl"):
        rows: list[list[str]] = []
        # HTML 5 lets a <div> wrap each term and its description
        for child in dl.xpath("./dt|./dd|./div/dt|./div/dd"):
            text = " ".join(child.text_content().split())
            if child.tag == "dt":
                rows.append([text])
            elif rows and text:
                rows[-1].append(text)
        if not rows:
            continue
        if any(len(d.split()) > _FIELD_WORDS or d.endswith(".") for row in rows for d in row[1:]):
            # prose under each term ("Privacyverklaring" / "Tennis Kaulille, gevestigd aan …, is
            # verantwoordelijk …"): left as trafilatura reads it, one bullet each. A row "term:
            # prose" hid the identity sentence behind its term, and a bold term heading its
            # paragraph broke the list a definition list sat in (both measured on the dev halves)
            continue
        items = "".join(
            f"<li>{_escape(row[0])}: {_escape(_joined(row[1:]))}</li>" if len(row) > 1 and row[0]
            else f"<li>{_escape(' '.join(row))}</li>"
            for row in rows)
        replacement = lxml.html.fragment_fromstring(f"<ul>{items}</ul>")
        replacement.tail = dl.tail
        dl.getparent().replace(dl, replacement)


def _joined(descriptions: list[str]) -> str:
    """A term's descriptions in one row: "; " between them, a space after their own full stop."""
    out = ""
    for text in descriptions:
        out += (" " if out.endswith((".", ";", "!", "?")) else "; ") + text if out else text
    return out


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


def _extract(html: str) -> str | None:
    """trafilatura's main text as Markdown, headings, lists and tables kept.

    trafilatura drops every element whose whole text is a sharing button's word ("LinkedIn",
    "Google", "E-Mail", "WhatsApp", "Print"): in a privacy policy those are a table's processors
    and a data row's label ("| E-mail | 2 jaar |"). No option turns that filter off, and it is a
    module global read at call time (``trafilatura.utils.RE_FILTER``), so it is swapped for one
    that matches nothing while ropa extracts, and put back after.
    """
    import trafilatura  # imported on first use: most commands never read an HTML page
    import trafilatura.utils as trafilatura_utils

    saved = trafilatura_utils.RE_FILTER
    trafilatura_utils.RE_FILTER = _NOTHING
    try:
        return trafilatura.extract(
            _prepared(html), output_format="markdown", include_tables=True, include_formatting=True,
            include_links=False, include_images=False, include_comments=False, favor_recall=True,
            deduplicate=False, with_metadata=False,
        )
    finally:
        trafilatura_utils.RE_FILTER = saved


def html_to_text(html: str, path: Path | str = "the HTML page") -> str:
    """The page's main text as Markdown-shaped lines (headings, list items, table rows)."""
    import logging

    import trafilatura

    # trafilatura logs its own parse troubles; ropa reports in one line (below) instead.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    if "<body" not in html[:200_000].lower():
        # A fragment (a page component as a site's source holds it): given as an <article>, the
        # extractor takes all of it as the main content; as a bare body, it dropped every
        # heading of a real one (tests/flows/test_draft_reader.py), and with them the sections.
        html = f"<html><body><article>{html}</article></body></html>"
    text = _extract(html)
    headings = len(_HTML_HEADING.findall(html))
    kept = _heading_lines(text)
    if text and headings >= 2 and kept < (headings + 1) // 2:
        # A whole page whose headings the extractor lost (most of them: when it finds too little
        # in the block it chose, trafilatura recovers the page's paragraphs and lists but never
        # its headings, and a policy's sections go with them): its body as one article, once.
        body = _BODY.search(html)
        if body:
            retry = _extract(f"<html><body><article>{body.group(1)}</article></body></html>")
            # (with none kept, any heading given back is the policy's; with some kept, the
            # retry must give back headings over text already held, not a footer's)
            if retry and _heading_lines(retry) > kept and (not kept or _headings_over(retry, text) > kept):
                text = retry
    if text and (document := _document(html)) is not None:
        # (one parse for both: what the extractor left out around its main block)
        text = _with_copyright_notice(document, _with_title_lead(document, text))
    if not text or not text.strip():
        # A page too small for the main-content heuristics: all of its visible text, by line.
        text = trafilatura.html2txt(html) or ""
    if not text.strip():
        raise PolicyReadError(
            f"{path}: no text found in the HTML page; save the page's text or give the policy's URL "
            "content as HTML with its body"
        )
    return tables_as_rows(text)


def _document(html: str):  # -> lxml.html.HtmlElement | None (lxml is imported on first use)
    """The page as lxml reads it, or None for markup it cannot read."""
    import lxml.etree
    import lxml.html

    try:
        return lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return None


def _with_title_lead(document, text: str) -> str:
    """``text`` with the lead paragraphs that follow the page's title in its own block, when the
    extractor left them out.

    A page's hero block ("<section class='page-hero'><h1>Privacybeleid</h1><p class='lead'>Wij
    vinden je privacy belangrijk …</p></section>", then the policy in another block) is often the
    one place the policy's opening sentence sits ("W. le Comte Aannemingsbedrijf b.v. hecht grote
    waarde aan …", the identity sentence); trafilatura takes the policy's block and drops the
    hero. Up to three short paragraphs right after the <h1>, before any other heading."""
    title = next(iter(document.iter("h1")), None)
    if title is None:
        return text
    held = " ".join(text.split())
    leads: list[str] = []
    for sibling in title.itersiblings():
        if not isinstance(sibling.tag, str) or sibling.tag in ("h1", "h2", "h3", "h4", "h5", "h6") \
                or len(leads) == 3:
            break
        if sibling.tag not in ("p", "div", "span"):
            continue
        lead = " ".join(sibling.text_content().split())
        # (a sentence: "For appointment bookings 07708 631616 Email us" is a button's text)
        if 40 <= len(lead) <= 600 and lead.endswith((".", "!", "?")) and len(lead.split()) >= 6 \
                and lead not in held and sibling.find(".//h2") is None:
            leads.append(lead)
    if not leads:
        return text
    lines = text.split("\n")
    heading = " ".join(title.text_content().split())
    at = next((i + 1 for i, line in enumerate(lines) if line.startswith("# ") and heading in line), 0)
    return "\n".join(lines[:at] + ["", *(f"{lead}\n" for lead in leads)] + lines[at:])


#: A copyright notice: "©", "(c) 2024" or "Copyright" before "©" or a year.
COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\s*(?:©|\(c\)|\d{4})", re.IGNORECASE)
_NOTICE_TAGS = ("p", "div", "span", "small", "li", "footer", "td", "section", "address")


def _with_copyright_notice(document, text: str) -> str:
    """``text`` with the page's copyright notice as its last paragraph, when the extractor
    dropped it with the footer.

    The notice is where a page says whose it is ("© 2026 Ketelmeester. Alle rechten
    voorbehouden.", "© 2026 Agama SA · Sierre"): on a page whose policy never names its controller
    in a sentence, often the only place the name is (flows/draft/controller.py reads it there,
    after the identity sentence). Only the notice's own element is kept, the innermost one that
    holds it, and the page's last one: the rest of the footer is menus."""
    if COPYRIGHT.search(text):
        return text
    notices = [element for element in document.iter(*_NOTICE_TAGS)
               if COPYRIGHT.search(element.text_content())
               and not any(COPYRIGHT.search(child.text_content()) for child in element
                           if isinstance(child.tag, str) and child.tag in _NOTICE_TAGS)]
    if not notices:
        return text
    notice = " ".join(notices[-1].text_content().split())
    if len(notice) > 200:  # a paragraph that speaks of copyright, not a notice
        return text
    return f"{text.rstrip()}\n\n{notice}\n"


def _heading_lines(text: str | None) -> int:
    return sum(1 for line in (text or "").splitlines() if line.startswith("#"))


def _headings_over(retry: str, text: str) -> int:
    """The headings of ``retry`` that head text the first extraction holds: the policy's own
    sections given back, not a footer's "Contact" or a menu's titles over lines it dropped."""
    held = " ".join(text.split())
    lines = [line.strip() for line in retry.splitlines() if line.strip()]
    return sum(1 for line, after in zip(lines, lines[1:])
               if line.startswith("#") and not after.startswith("#") and " ".join(after.split())[:80] in held)


def tables_as_rows(text: str) -> str:
    """Markdown table rows as list items under their header row, so a row is one unit.

    ``| Invoices | 10 years |`` becomes ``- Invoices | 10 years``, under an intro line
    ``Data | Retention:`` made of the header, which is how layout.py scopes a row to its table.
    """
    out: list[str] = []
    lines = text.split("\n")
    for i, line in enumerate(lines):
        stripped = line.strip()
        if _TABLE_RULE.match(stripped) and "-" in stripped and "|" in stripped:
            continue
        if stripped.startswith("|") and stripped.count("|") >= 2:
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            cells = [c for c in cells if c]
            if not cells:
                continue
            row = " | ".join(cells)
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if _TABLE_RULE.match(nxt) and "|" in nxt:  # the header row
                out.append("")
                out.append(row.rstrip(":") + ":")
            else:
                out.append(f"- {row}")
            continue
        out.append(line)
    return "\n".join(out)


def pdf_to_text(data: bytes, path: Path | str = "the PDF") -> str:
    """The PDF's text with hyphenation undone and wrapped lines joined into paragraphs."""
    from io import BytesIO

    from pdfminer.high_level import extract_text
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        raw = extract_text(BytesIO(data))
    except (PDFSyntaxError, ValueError, TypeError, KeyError, AttributeError) as exc:
        raise PolicyReadError(
            f"{path}: not a readable PDF ({type(exc).__name__}); export the policy again or save it as text"
        ) from None
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many private error types
        if type(exc).__module__.startswith("pdfminer"):
            raise PolicyReadError(
                f"{path}: not a readable PDF ({type(exc).__name__}); export the policy again or save it as text"
            ) from None
        raise
    if not raw.strip():
        raise PolicyReadError(
            f"{path}: the PDF holds no text (a scan?); run OCR on it or copy the policy's text"
        )
    return unwrap(raw)


def unwrap(raw: str) -> str:
    """Join hard-wrapped lines of a paragraph and undo end-of-line hyphenation.

    A line continues the previous one unless the previous ends a sentence and this one starts a
    new item (bullet, number), or the previous is short for its block (a heading or a list row:
    shorter than 60% of the block's longest line). Page breaks and page-number lines go.
    """
    blocks = re.split(r"\n\s*\n|\f", raw.replace("\r\n", "\n").replace("\r", "\n"))
    out: list[str] = []
    for block in blocks:
        lines = [l.strip() for l in block.split("\n")]
        lines = [l for l in lines if l and not _PAGE_NUMBER.match(l)]
        if not lines:
            continue
        width = max(len(l) for l in lines)
        joined: list[str] = []
        last = ""  # the previous physical line (its length says whether it was wrapped)
        for line in lines:
            if not joined:
                joined.append(line)
                last = line
                continue
            prev = joined[-1]
            starts_item = bool(_BULLET_OR_NUMBER.match(line))
            short_last = len(last) < 0.6 * width and last[-1:] not in ",-"
            if _HYPHEN_END.search(prev) and line[:1].islower():
                joined[-1] = prev[:-1] + line  # "informa-" + "tion"
            elif _HYPHEN_END.search(prev) and line[:1].isupper():
                joined[-1] = prev + line  # a real compound: "Anti-" + "Money Laundering"
            elif starts_item or short_last or (last[-1:] in _TERMINAL and line[:1].isupper()
                                               and len(last) < 0.9 * width):
                joined.append(line)
            else:
                joined[-1] = f"{prev} {line}"
            last = line
        out.append("\n".join(joined))
    return "\n\n".join(out) + "\n"


__all__ = ["read_policy", "html_to_text", "tables_as_rows", "pdf_to_text", "unwrap", "PolicyReadError", "SUFFIXES"]
