"""The shape of a policy text: headings, list intros, list items and paragraphs.

Policies reach ropa as text pulled out of web pages, PDFs or Markdown: bullet lists ("3.1 Data
about the Customers" followed by "• Identity data – title, name"), tables flattened to one cell or
one row per line (Webcasso's "Geboortedatum Uitvoering overeenkomst, Credit management"), and
running prose hard-wrapped at ~90 columns (a PDF export). Who the data is about is usually said
once, in a heading or a list intro, and not repeated in the items, so the extractor needs to know
which heading and which intro each line sits under. This module recovers that structure with
line-level rules only (no model): numbering, bullets, capitals, blank lines, a trailing colon.

Everything here is linear in the text; every regex is anchored and bounded (tests pin
pathological inputs).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

HEADING, ITEM, PARA = "heading", "item", "para"
#: Unnumbered short headings nest below every numbered, Markdown or capitalised one.
MINOR_LEVEL = 10

_BULLET = re.compile(r"^([•●▪◦‣·∙○■□➢►✓*+\-–—])\s+(\S.*)$")
#: A bullet glyph that opens an item's text: a second bullet, drawn by the page.
_DRAWN_BULLET = re.compile(r"^[•●▪◦‣∙○■□➢►✓✔→▸➔➜✅]\s+")
_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})(\.?\)?)\s+(\S.*)$")
_LETTERED = re.compile(r"^([a-z]|[ivx]{1,4})[.)]\s+(\S.*)$")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(\S.*)$")
#: The level of a run-in heading (see normalize): below any Markdown heading, so the extractor can
#: tell a paragraph's bold lead from a section's title.
RUN_IN_LEVEL = 7
_RUN_IN = "#" * RUN_IN_LEVEL
_RUN_IN_HEADING = re.compile(rf"^{_RUN_IN}\s+(\S.*)$")
_HEADING_ATTRS = re.compile(r"\s*\{[#.][\w:.-]{1,80}(?:\s+[#.][\w:.-]{1,80}){0,4}\}\s*$")  # closing #s stripped in code: a lazy .*? before #*$ is quadratic
_MD_LINK = re.compile(r"\[([^\]\n]{1,300})\]\([^)\s]{1,500}\)")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!&|>])")
#: Markdown's other hard line break: a backslash that ends a line ("**Data Controller:**\" /
#: "Systemscape GmbH\", munichembedded_en, fresh50 dev). It is a line end, not text.
#: (Each of these opens on its literal and looks back after it: ``re`` then skips to the literal
#: at once, where a pattern opening on a look-behind is tried at every position of a policy.)
_MD_HARD_BREAK = re.compile(r"\\(?<!\\\\)[ \t]*$", re.MULTILINE)
#: Runs of spaces and the other blanks, each to become one space (a lone space is one already:
#: not matched, so a 5 MB policy's 770,000 single spaces are not replaced by themselves).
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f\u2009]{2,}|[\t\u00a0\u2007\u202f\u2009]")
_TERMINAL = ".;:!?"


@dataclass
class Unit:
    """One logical line of the policy after unwrapping: a heading, a list item or a paragraph."""

    index: int
    text: str
    line: int  # 1-based line in the original text where the unit starts
    kind: str
    level: int = 0  # heading level (1 = top); 0 for items and paragraphs
    indent: int = 0
    marker: str = ""
    blank_before: bool = False
    headings: tuple[int, ...] = ()  # indices of enclosing headings, outermost first
    intros: tuple[int, ...] = ()  # indices of list intros whose scope holds this unit
    children: list[int] = field(default_factory=list)

    @property
    def is_intro(self) -> bool:
        return self.text.rstrip().endswith(":")


@dataclass
class _Line:
    number: int
    raw: str
    text: str
    indent: int
    blank: bool


def normalize(text: str) -> str:
    """Unify line ends and spaces, and strip Markdown emphasis and link targets.

    Leading spaces are kept (a nested list item's indent says which intro it belongs to); runs
    of spaces inside a line become one. HTML blocks inside Markdown become Markdown lines
    (:func:`html_blocks`).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u200b", "")
    if "<!--" in text:
        # an HTML comment is not shown to the policy's readers (an old paragraph, an editor's
        # note): its lines stay, blank, so evidence keeps the file's line numbers
        text = _HTML_COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    if "==" in text or "--" in text:
        text = setext_headings(text)
    if _ENTITY.search(text):
        # "d&#8217;n Roffel", "Duizel &nbsp;zijn": entities that site generators leave in Markdown
        text = html.unescape(text)
    if _HTML_HINT.search(text):
        text = html_blocks(text)
    if _MD_TABLE_RULE.search(text):
        # A Markdown table (| Name | Purpose | Expires |): each row a list item under its
        # header, as the HTML reader gives tables (flows/draft/reader.py).
        from flows.draft.reader import tables_as_rows

        text = tables_as_rows(text)
    # A line in bold and nothing else is a heading the editor did not mark as one ("**Verwerking
    # van persoonsgegevens van oud-leden**"); a bold label ("**Adres:** Markt 1") is not.
    text = _BOLD_LINE.sub(r"\1###### \2", text)
    # A paragraph that opens with a bold sentence ("**Si vous nous contactez.** Nous utilisons
    # votre nom …") opens with a run-in heading: the bold sentence heads the paragraph, as a
    # heading of its own line would.
    text = _BOLD_LEAD.sub(rf"\1{_RUN_IN} \2\n\n\1", text)
    # A bold lead set off by a dash is the row's label ("- **Recruitment** – you provide us with
    # your CV"), as a colon would make it: the dash alone is too common inside text to read as one.
    text = _BOLD_DASH_LABEL.sub(r"\1\2: ", text)
    if "\\" in text:
        text = _MD_HARD_BREAK.sub("", text)
    text = _MD_ESCAPE.sub(r"\1", text)  # "\\## 1) Qui sommes-nous" as some editors save it
    text = _TEMPLATE_NUMBER.sub(r"\1", text)  # "for period of [6] years": a template's value, filled in
    text = _MD_LINK.sub(r"\1", text)
    text = text.replace("**", "").replace("__", "").replace("`", "")
    text = _MD_UNDERSCORE.sub(r"\1", text)  # "### _1. Cliënten_": emphasis, not text
    out = []
    for line in text.split("\n"):
        body = line.lstrip(" \t")
        lead = line[: len(line) - len(body)].replace("\t", "    ")
        out.append((lead + _SPACES.sub(" ", body)).rstrip())
    return "\n".join(out)


_HTML_COMMENT = re.compile(r"(?s)<!--.*?-->")
#: A law firm's template value left in its brackets before a period's unit ("records for period of
#: [6] years after your last contact", dimpsey_en, fresh32 dev).
_TEMPLATE_NUMBER = re.compile(r"\[(\d{1,3})\](?=\s+(?:years?|months?|weeks?|days?|ans?|mois|semaines?|jours?|"
                              r"jaar|jaren|maanden?|weken|week|dagen|dag)\b)", re.IGNORECASE)
_SETEXT_RULE = re.compile(r" {0,3}(?:={3,}|-{3,})[ \t]*")
#: A line that cannot be a setext heading's text: a list item, a heading, a table row, a quote.
_NOT_SETEXT_TEXT = re.compile(r"^\s*(?:[-*+>|#]\s|[|#>])")


def setext_headings(text: str) -> str:
    """Markdown's underlined headings ("Who we are" over "----------", "Privacy" over "=====")
    as ``#`` lines: layout.py reads ``#`` headings only, and without this a policy written this
    way had its headings as two paragraphs each ("Who we are", "------"). Only the line right
    above the rule becomes the heading (a renderer takes the whole paragraph; a policy's
    paragraph run into its next heading is a page's lost blank line), and only a short one. A
    rule under a blank line or a list item is a thematic break, as in CommonMark: a separator,
    read as a blank line. Every line stays, so evidence keeps the file's line numbers."""
    lines = text.split("\n")
    for i in range(len(lines)):
        if not _SETEXT_RULE.fullmatch(lines[i]):
            continue
        above = lines[i - 1] if i else ""
        if above.strip() and not _NOT_SETEXT_TEXT.match(above) and not _SETEXT_RULE.fullmatch(above) \
                and len(above.strip()) <= 120:
            level = "#" if "=" in lines[i] else "##"
            lines[i - 1] = f"{level} {above.strip()}"
        lines[i] = ""
    return "\n".join(lines)


_ENTITY = re.compile(r"&(?:#\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});")
_BOLD_LINE = re.compile(r"(?m)^([ \t]{0,3})(?:\*\*|__)(?=\S)([^*_\n]{2,120}?[^\s.;,:*_])(?:\*\*|__)[ \t]*$")
_BOLD_LEAD = re.compile(r"(?m)^([ \t]{0,3})(?:\*\*|__)(?=[^\W\d_])([^*_\n]{2,100}?[^\s*_.])"
                        r"(?:[.?](?:\*\*|__)|(?:\*\*|__)[.?])[ \t]+(?=[A-ZÀ-Ý])")
_BOLD_DASH_LABEL = re.compile(r"(?m)^([ \t]{0,8}(?:[-*+][ \t]+|\d{1,2}[.)][ \t]+)?)(?:\*\*|__)(?=\S)"
                              r"([^*_\n]{2,60}?[^\s*_:])(?:\*\*|__)[ \t\xa0]*[-–—][ \t\xa0]*(?=\S)")
_MD_TABLE_RULE = re.compile(r"(?m)^ {0,3}\|?[ \t]*:?-{3,}:?[ \t]*\|")
#: Markdown written by website generators often carries raw HTML lists and paragraphs.
#: Inline tags count too: "<span style=...>Prev</span><span ...>Help</span>" is the name PrevHelp.
_HTML_HINT = re.compile(r"(?i)</?(?:li|ol|ul|p|br|h[1-6]|div|table|tr|td|th|span|strong|em|b|i|u|"
                        r"font|small|a)\b[^<>\n]{0,300}>")
_HTML_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]{0,9})\b[^<>]{0,300}?(/?)>")
_INLINE_TAGS = frozenset({"a", "span", "strong", "em", "b", "i", "u", "small", "sup", "sub", "font",
                          "abbr", "mark", "code", "img"})
_BLOCK_TAGS = frozenset({"p", "div", "section", "article", "table", "thead", "tbody", "tr",
                         "blockquote", "header", "footer", "main", "dl", "dt", "dd"})
_MD_UNDERSCORE = re.compile(r"_(?<![\w_]_)(\S(?:[^_\n]{0,200}\S)?)_(?![\w_])")


_TABLE_BLOCK = re.compile(r"(?is)<table\b[^<>]{0,300}>.{0,200000}?</table\s*>")
_TABLE_ROW = re.compile(r"(?is)<tr\b[^<>]{0,300}>(.*?)</tr\s*>")
_TABLE_CELL = re.compile(r"(?is)<t([hd])\b[^<>]{0,300}>(.*?)</t[hd]\s*>")


def _table_as_markdown(m: re.Match[str]) -> str:
    """An HTML table written one cell per line (as site generators let Markdown carry it) as a
    Markdown table: a row per line, its header ruled off, so ``tables_as_rows`` makes each row
    one unit. The lines the table took are padded back, so what follows keeps its line numbers."""
    rows: list[str] = []
    for row in _TABLE_ROW.findall(m.group(0)):
        cells = []
        for _, cell in _TABLE_CELL.findall(row):
            # a list in a cell is "a, b"; other tags go; the cell is one line
            cell = re.sub(r"(?i)</li\s*>", ", ", cell)
            cell = _HTML_TAG.sub(" ", cell).replace("|", "/")
            cells.append(" ".join(cell.split()).strip(" ,"))
        if any(cells):
            rows.append("| " + " | ".join(cells) + " |")
            if len(rows) == 1:
                rows.append("|" + "---|" * len(cells))
    lines = m.group(0).count("\n") + 1
    return "\n".join(rows + [""] * max(0, lines - len(rows)))


def html_blocks(text: str) -> str:
    """HTML inside a Markdown (or text) policy as the lines layout.py reads.

    ``<li>`` becomes a ``-`` bullet indented by its list depth (so "Geen andere gegevens worden
    verwerkt dan:" and its nested ``<ol type="a">`` items are an intro and its list), ``<hN>`` a
    ``#`` heading, ``<p>``, ``<br>`` and other blocks line breaks; inline tags (``<a>``, ``<em>``)
    are dropped and entities (``&nbsp;``) decoded. A ``<`` that opens no known tag ("< 16 ans")
    is left as text. Each source line stays one line (a line of tags only becomes blank) unless
    it holds several blocks, so evidence keeps the policy's line numbers. Linear: one pass.
    """
    import html

    if "<table" in text or "<TABLE" in text:
        text = _TABLE_BLOCK.sub(_table_as_markdown, text)
    depth = 0
    lines_out: list[str] = []
    for line in text.split("\n"):
        if "<" not in line:
            lines_out.append(line)
            continue
        out: list[str] = []
        pos = 0
        # a Markdown table row keeps its cells on one line: a list in a cell is "a, b"
        in_row = line.count("|") >= 2
        for m in _HTML_TAG.finditer(line):
            closing, name = m.group(1) == "/", m.group(2).lower()
            if name in _INLINE_TAGS:
                piece = ""
            elif in_row and name in ("ol", "ul", "li", "br", "p", "div"):
                piece = ", " if closing and name == "li" else " "
            elif name in ("ol", "ul"):
                depth = max(0, depth + (-1 if closing else 1))
                piece = "\n"
            elif name == "li":
                # nesting beyond 8 levels is not a policy's: the cap keeps output linear
                piece = "\n" if closing else "\n" + "  " * min(8, max(0, depth - 1)) + "- "
            elif name == "br":
                piece = "\n"
            elif re.fullmatch(r"h[1-6]", name):
                piece = "\n" if closing else "\n" + "#" * int(name[1]) + " "
            elif name in ("td", "th"):
                piece = " " if closing else " | "
            elif name in _BLOCK_TAGS:
                piece = "\n"
            else:
                continue  # not a tag we know: leave the text as written
            out.append(line[pos:m.start()])
            out.append(piece)
            pos = m.end()
        out.append(line[pos:])
        parts = [p.rstrip() for p in "".join(out).split("\n")]
        parts = [p for p in parts if p.strip() and p.strip() != "-"]
        lines_out.append("\n".join(parts))
    return html.unescape("\n".join(lines_out)).replace("\u00a0", " ")


def _lines(text: str) -> list[_Line]:
    out = []
    for n, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip()
        indent = len(raw) - len(raw.lstrip(" "))
        out.append(_Line(n, raw, stripped, indent, not stripped))
    return out


def _is_caps(text: str) -> bool:
    if len(text) > 100:  # never a heading (tested below too): spare long paragraphs the char loops
        return False
    # "SIRET : 88803558100014", "KVK: 12345678": a label and its value, not a heading
    if sum(c.isdigit() for c in text) >= 5 or (":" in text and not text.rstrip().endswith(":")):
        return False
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 4 or len(text) > 100 or len(text.split()) > 12:
        return False
    return sum(c.isupper() for c in letters) / len(letters) >= 0.7


def _is_minor_heading(text: str) -> bool:
    # "Welke persoonsgegevens van zakelijke relaties verwerken we?" alone on its line is the
    # heading of a policy written as questions and answers
    if len(text) > 80 or len(text.split()) > 12 or (text[-1] in _TERMINAL + "," and text[-1] != "?"):
        return False
    if "," in text or ":" in text or not (text[0].isupper() or text[0].isdigit()):
        return False
    return True


def _hard_wrapped(lines: list[_Line]) -> int:
    """The wrap width of a PDF-style hard-wrapped text, or 0 when lines are paragraphs."""
    lengths = sorted(len(l.text) for l in lines if not l.blank)
    if len(lengths) < 10:
        return 0
    p95 = lengths[int(len(lengths) * 0.95) - 1]
    if p95 > 130 or p95 < 50:
        return 0
    near = sum(1 for n in lengths if n >= 0.75 * p95)
    return p95 if near >= 0.3 * len(lengths) else 0


def _classify(line: _Line, prev_blank: bool, next_blank: bool) -> tuple[str, int, str, str]:
    """``(kind, level, marker, text)`` for one non-blank line."""
    text = line.text
    if run_in := _RUN_IN_HEADING.match(text):
        return HEADING, RUN_IN_LEVEL, _RUN_IN, run_in.group(1)
    md = _MD_HEADING.match(text)
    if md:
        title = md.group(2).rstrip("# \t") or md.group(2)
        # "### Controller {#Controller}": the anchor attribute Hugo and Pandoc allow is no text
        title = _HEADING_ATTRS.sub("", title) or title
        return HEADING, len(md.group(1)), md.group(1), title
    bullet = _BULLET.match(text)
    if bullet:
        # a page that draws its own bullet inside the item ("<li><span>•</span> Prospects : 3 ans
        # …</li>", solarglobe_fr, fresh36 dev) reads "- • Prospects": the glyph is no word of it
        return ITEM, 0, bullet.group(1), _DRAWN_BULLET.sub("", bullet.group(2)) or bullet.group(2)
    numbered = _NUMBERED.match(text)
    if numbered:
        number, _, rest = numbered.groups()
        looks_title = (
            len(text) <= 110 and rest[-1] not in ".;,:" and (rest[0].isupper() or rest[0].isdigit())
        )
        if looks_title:
            return HEADING, number.count(".") + 1, number, rest
        return ITEM, 0, number, rest
    if _is_caps(text):
        return HEADING, 1, "", text
    if prev_blank and next_blank and _is_minor_heading(text):
        return HEADING, MINOR_LEVEL, "", text
    lettered = _LETTERED.match(text)
    if lettered:
        return PARA, 0, lettered.group(1), lettered.group(2)
    return PARA, 0, "", text


def parse(text: str) -> list[Unit]:
    """The policy as a list of :class:`Unit`, with heading paths and intro scopes resolved."""
    lines = _lines(normalize(text))
    width = _hard_wrapped(lines)
    units: list[Unit] = []
    prev_blank = True
    last_line: _Line | None = None
    for i, line in enumerate(lines):
        if line.blank:
            prev_blank = True
            continue
        next_blank = i + 1 >= len(lines) or lines[i + 1].blank
        kind, level, marker, body = _classify(line, prev_blank, next_blank)
        prev = units[-1] if units else None
        if (
            prev is not None
            and not prev_blank
            and kind == PARA
            and not marker
            and prev.kind in (PARA, ITEM)
            and _continues(prev.text, body, last_line, width)
        ):
            prev.text = f"{prev.text} {body}"
        else:
            units.append(
                Unit(
                    index=len(units), text=body, line=line.number, kind=kind, level=level,
                    indent=line.indent, marker=marker, blank_before=prev_blank,
                )
            )
        last_line = line
        prev_blank = False
    _demote_contents(units)
    _numbered_items_stay_items(units)
    _rows_after_intro(units)
    _resolve_headings(units)
    _resolve_intros(units)
    return units


def _demote_contents(units: list[Unit]) -> None:
    """A table of contents ("1. Important Information and Who We Are" ... "9. Your Legal
    Rights", numbered lines with nothing between them) is a list, not nine headings: read as
    headings, the last entry would become the section of the whole policy (and a "rights" section
    declares nothing). A run of numbered headings with no text between them, three or more of
    them top-level numbers, becomes list items."""
    i = 0
    while i < len(units):
        j = i
        while j < len(units) and units[j].kind == HEADING and units[j].marker[:1].isdigit():
            j += 1
        if sum(1 for u in units[i:j] if "." not in u.marker.rstrip(".")) >= 3:
            for unit in units[i:j]:
                unit.kind, unit.level = ITEM, 0
        i = max(j, i + 1)


def _numbered_items_stay_items(units: list[Unit]) -> None:
    """A numbered line right after the list item numbered one less is that list's next item, even
    capitalised and unpunctuated ("9. details on your education" / "10. National Insurance
    numbers" / "11. bank account details"): read as a heading, it would be no data at all."""
    for prev, unit in zip(units, units[1:]):
        if (unit.kind == HEADING and prev.kind == ITEM and unit.marker.isdigit()
                and prev.marker.rstrip(".)").isdigit() and int(prev.marker.rstrip(".)")) + 1 == int(unit.marker)):
            unit.kind, unit.level = ITEM, 0


def _rows_after_intro(units: list[Unit]) -> None:
    """A list whose bullets were lost (a Word file written out as text, a page's list set as
    paragraphs): "De gegevens worden gebruikt voor:" and then short lines, each alone, that look
    like minor headings ("Het versturen van het maandblaadje en nieuwsbrieven"). After a
    paragraph that ends in ":", two or more such lines in a row are its rows. One alone, then
    prose, is the heading it looks like ("… via des services tiers :" / "Formulaire de contact" /
    a paragraph on the form). A row with a comma or a bracket is no heading but still a row of
    the run ("peuvent être recueillis :" / "Nom, prénom" / "Âge ou date de naissance" / "Données
    médicales … (ex : score EPOF, …)", cptsmoselle_fr, fresh67 dev): a short paragraph alone
    between blank lines that ends in no full stop."""
    for i, intro in enumerate(units):
        if intro.kind != PARA or not intro.is_intro:
            continue
        run: list[Unit] = []
        for unit in units[i + 1:]:
            if not (unit.kind == HEADING and unit.level == MINOR_LEVEL and not unit.marker) \
                    and not _unpunctuated_row(unit):
                break
            run.append(unit)
        if not any(u.kind == HEADING for u in run) or (len(run) < 3 and any(u.kind == PARA for u in run)):
            # (paragraphs alone are prose the resolver already scopes, or not; a name and its
            # address under "Le responsable du traitement est :" are the controller's block)
            run = []
        for unit in run if len(run) >= 2 else ():
            unit.kind, unit.level = ITEM, 0


def _unpunctuated_row(unit: Unit) -> bool:
    """A short paragraph alone between blank lines that ends in no full stop, colon or question."""
    text = unit.text.rstrip()
    return (unit.kind == PARA and not unit.marker and unit.blank_before and 0 < len(text) <= 250
            and text[-1] not in ".:?!")


def _continues(prev_text: str, body: str, prev_line: _Line | None, width: int) -> bool:
    """Is ``body`` the rest of the previous line's sentence (a wrap), not a new line?"""
    if not prev_text or prev_text[-1] in _TERMINAL:
        return False
    if body[0].islower():
        return True
    return bool(width) and prev_line is not None and len(prev_line.text) >= 0.7 * width


def _resolve_headings(units: list[Unit]) -> None:
    stack: list[Unit] = []
    for unit in units:
        if unit.kind == HEADING:
            while stack and stack[-1].level >= unit.level:
                stack.pop()
            unit.headings = tuple(h.index for h in stack)
            stack.append(unit)
        else:
            unit.headings = tuple(h.index for h in stack)


def _resolve_intros(units: list[Unit]) -> None:
    """Give each unit the list intros ("...collects the following data:") it falls under.

    An intro's scope is the list that follows it: bullets (deeper-indented ones when the intro is
    itself a bullet), or, for flattened tables, short lines that follow without a blank line (the
    first may follow a blank). A heading, a long paragraph or another paragraph intro ends it (a
    table's header row right under the intro does not: the table is the intro's list).
    """
    for intro in units:
        if not intro.is_intro or intro.kind == HEADING:
            continue
        first = True
        listish = False  # the last line taken ended like a list row ("...contactgegevens;")
        for unit in units[intro.index + 1:]:
            if unit.kind == HEADING:
                break
            if unit.kind == ITEM:
                if intro.kind == ITEM and unit.indent <= intro.indent:
                    break
            elif first or not unit.blank_before or listish:
                # a web page's list written as paragraphs, one row each ending in ";", is still
                # the intro's list, up to the row after the last ";"
                # (a table's header row right under the intro is the intro's table: "Informations
                # relatives à l'identité civile des adhérents :" / "Données collectées | Finalité |
                # Durée :" / its rows are the members' data)
                if len(unit.text) > 300 or (unit.is_intro and intro.kind == PARA
                                            and not (first and " | " in unit.text)):
                    break
            else:
                break
            listish = unit.text.rstrip().endswith((";", ","))
            unit.intros = unit.intros + (intro.index,)
            intro.children.append(unit.index)
            first = False
