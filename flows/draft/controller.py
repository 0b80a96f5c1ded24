"""Who the controller is: the organisation a policy's identity sentence names, and where it says so.

A policy names its controller in one recognisable sentence or block: "X, dont le siège social est
…", "Le responsable du traitement est X", "X is verantwoordelijk voor de verwerking…",
"verwerkingsverantwoordelijke is X", "X B.V., KvK …", "X Ltd is the controller", "This website is
operated by X", "Deze website wordt beheerd door: X BVBA". Counting capitalised words instead
(the earlier method) picks a street ("Tichelmeesterlaan"), an authority ("Autoriteit
Persoonsgegevens") or a heading word ("Officer").

This module finds those sentences with anchored, bounded regular expressions (no model), returns
the best-supported name, and the units that make up the controller's identity block. The block
matters twice: its registration number, address and trade name are the controller's, not a data
subject's personal data (so categories found there are not drafted), and the country of its address
or register decides the jurisdiction before any word count does.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from stdnum.be import vat as stdnum_be_vat
from stdnum.fr import tva as stdnum_fr_tva
from stdnum.nl import btw as stdnum_nl_btw

from flows.draft.layout import HEADING, Unit
from flows.draft.folding import by_opening, fast_search, foldable
from flows.draft.literals import required_literals

#: Legal forms that end a company name (EN, FR, NL/BE, DE); "(SAS)" in brackets too.
_FORM = (r"B\.\s?V\.?|BV|N\.\s?V\.?|NV|BVBA|BV\s?BA|CommV|VOF|V\.O\.F\.|v\.o\.f\.|b\.v\.|SASU|SAS|SARL|EURL|SA|"
         r"S\.A\.|SCOP|SCIC|EI|EIRL|Ltd\.?|Limited|LLP|PLC|plc|GmbH|AG|Inc\.?|LLC|SRL|SPRL|VZW|vzw|"
         r"ASBL|asbl|CVBA|CV|Sàrl|SàRL|"
         # Nordic, German, Iberian and Italian forms of the companies whose policies are written in English
         r"AB|A/S|ApS|Oy|Oyj|e\.\s?V\.|KG|GbR|UG|S\.L\.|S\.L\.U\.|Lda\.?|S\.p\.A\.|S\.r\.l\.")
#: (the forms grouped by their first letter, as folding.py explains: searched on every line)
_FORM_RE = re.compile(rf"(?<![\w.])\(?(?:{by_opening(_FORM)})\)?(?![\w])")
#: A name token: capitalised or digit-led (also after an elided "d’": "Maison d’Actions
#: Solidaires"), a lowercase word with a dot or hyphen (m-ld.io), or a camel-cased brand
#: (mySociety, eBay). The lowercase word ends on a letter or digit: the full stop that ends a
#: sentence is not its ("… en e-mailmarketing. TW Business Support is verwerkingsverantwoordelijke").
# (a brand in camel case may open on a lowercase word: "eBay", "openHAB Foundation e.V." (openhab_en,
# fresh48 dev))
_TOKEN = r"(?:(?:d[’'])?[A-Z0-9À-Ý][\w’'.&\-]*(?:@[a-z]+(?![\w.@]))?|[a-z][\w\-]*[.\-][\w.\-]*\w|[a-z]{1,6}[A-Z][\w’'.&\-]*|&|Co\.)"
#: Lowercase words inside a name, never at its ends: "Muziekvereniging de Volharding Duizel",
#: "Bank of Ireland", "Société des Amis du Musée", "Op 't Spoor", "Hands on Healing", "Privacy by
#: Design".
_PARTICLE = r"(?:de|van|der|den|het|[’']t|du|des|la|le|of|on|the|for|by|to|von|und|en|et|and)"
_NAME = (rf"{_TOKEN}(?:[ \t]+(?:–[ \t]+)?(?:{_PARTICLE}[ \t]+){{0,2}}{_TOKEN}){{0,6}}"
         rf"(?:[ \t]+(?:vzw|asbl|bv|nv|bvba|vof|v\.o\.f\.|b\.v\.|cvba|sàrl|sarl|srl|ry|"
         # a Polish limited company, "Coparentes Sp. z o.o." (coparentes_fr, fresh70 dev): its
         # "Sp." is a name token, the rest follows it in lowercase
         rf"(?:[Ss]p\.[ \t]?)?z[ \t]?o\.[ \t]?o\.))?")
_HONORIFIC = r"(?:[Ll][’'](?=[A-ZÀ-Ý]))?(?:(?:[Ll][’']entreprise individuelle de|[Ll]a société|[Ll][’']association|[Tt]he company|[Tt]he association|[Dd]e firma|[Hh]et bedrijf|[Dd]e vereniging|[Ll]e consortium|[Tt]he consortium|[Hh]et consortium|[Ll]e collectif|[Tt]he collective|[Hh]et collectief)\s+)?(?:(?:Monsieur|Madame|M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|de heer|mevrouw)\s+)?"

#: What a body is in law, said right after its name: "société par actions simplifiée", "SARL",
#: "a private limited company", "een besloten vennootschap", "entreprise individuelle".
_LEGAL_APPOSITION = (r"(?:(?:une?|a|an|een)\s+)?(?:société|SAS|SASU|SARL|EURL|SA|SCI|SCOP|SRL|SPRL|ASBL|"
                     r"entreprise\s+individuelle|micro-?entreprise|auto-?entrepreneur|association|"
                     r"(?:private\s+|public\s+)?(?:limited\s+)?company|limited\s+liability|"
                     r"besloten\s+vennootschap|naamloze\s+vennootschap|eenmanszaak|vennootschap|"
                     r"stichting|vereniging|vzw|BV|NV|GmbH|Ltd)\b")
#: A register or capital named in the same sentence: what makes the apposition the body's identity.
_REGISTER_CUE = (r"(?:R\.?C\.?S\.?|SIRE[NT]|capital|immatricul|KvK|Kamer\s+van\s+Koophandel|KBO|BCE|"
                 r"[Oo]ndernemingsnummer|[Cc]ompany\s+(?:number|no)|[Rr]egistered\s+(?:in|at|under|with)|"
                 r"Companies\s+House|[Ii]ngeschreven|[Ii]nscrite?)")

#: What kind of body the name is, in lowercase before it: "De muziekvereniging TOGIDO Hekelingen
#: hecht ...", "L'association Indigo s'engage ...", "As the charity Helping Hands, we are ...":
#: the kind is not part of the name.
_KINDS = (r"[a-z]*vereniging|stichting|[a-z]*club|federatie|praktijk|association|société|fédération|"
          r"entreprise|cabinet|école|charity|company|society|federation|practice|school|consortium|"
          r"collectif|collective|collectief")
_KIND = (r"(?:(?:[Dd]e|[Hh]et|[Tt]he|[Ll]a|[Ll]e|[Ll][’']|[Oo]ur|[Oo]nze|[Nn]otre)\s*)?"
         rf"(?:{_KINDS})\s+")
_LEAD_KIND = rf"(?:{_KIND})?"
#: The kind of body as a capitalised word of a name ("Muziekvereniging", "Association"): an
#: article before it is grammar, not part of the name.
_KIND_NOUN = (rf"(?i:{_KINDS}|groupe|groep|group|compagnie|fondation|coopérative|cooperatie|coöperatie|"
              # a church or parish is a body too: "L'Église J33 accorde une grande importance …"
              # (eglisej33_fr, fresh58 dev)
              r"atelier|église|eglise|paroisse|church|parish|kerk|parochie)\b")
#: Dutch and French articles that open a name as its writer capitalises it mid-sentence.
_NAME_ARTICLES = {"De", "Het", "La", "Le", "Les"}

#: Words after "Privacyverklaring" that say whose data or which policy, not whose policy.
_TITLE_NOT_NAME = (r"(?i:van|voor|website|site|webwinkel|app|leden|klanten|cliënten|clienten|"
                   r"sollicitanten|medewerkers|personeel|bezoekers|deelnemers|vrijwilligers|algemeen|"
                   r"algemene|cookies?|nieuwsbrief|avg|gdpr|en|&)")

#: The key term "we" as a policy's definitions list spells it: "We, us, our", "“We”, “us” and
#: “our”", "Wij, ons, onze", "Nous, notre, nos".
_WE_TERM = (r"[“\"]?(?:[Ww]e|[Ww]ij|[Nn]ous)[”\"]?,?\s+[“\"]?(?:us|ons|notre)[”\"]?,?\s+"
            r"(?:(?:and|en|et)\s+)?[“\"]?(?:our|onze|nos)[”\"]?")
_WE_TERM_LINE = re.compile(rf"^{_WE_TERM}\s*:?$")

#: A name as short as it can be, before the words that follow it in a title ("Harbour Books
#: General Privacy Notice").
_SHORT_NAME = rf"{_TOKEN}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_TOKEN}){{0,6}}?"
_POLICY_TITLE = (r"(?:[Pp]rivacy(?:\s+(?:[Pp]olicy|[Nn]otice|[Ss]tatement))?|PRIVACY(?:\s+(?:POLICY|NOTICE))?|"
                 r"[Pp]olitique\s+de\s+confidentialité|[Pp]rivacy\s?(?:verklaring|beleid)|PRIVACY\s?(?:VERKLARING|BELEID))")

#: A Dutch title naming the body right after it: "PRIVACYVERKLARING O3202S - Jan Berchmans",
#: "Privacyverklaring Bakkerij De Molen" (not "Privacyverklaring Sollicitanten", a role's). It may
#: name a product ("Privacyverklaring ATK WPBR Tool"), so it counts less than a sentence saying
#: who is responsible.
_BARE_TITLE = re.compile(
    rf"^(?:[Pp]rivacy\s?(?:verklaring|beleid)|PRIVACY\s?(?:VERKLARING|BELEID))\s+(?!(?:{_TITLE_NOT_NAME})\b)"
    rf"(?P<name>{_NAME}(?:[ \t]+[-–][ \t]+{_NAME})?)$")

#: A title saying whose the data is: "Your data at T.F.V. 'Professor Francken'", "Privacy at X",
#: "Uw gegevens bij X", "Vos données chez X": what follows "at" is the body, as the title writes it.
_AT_TITLE = re.compile(
    r"^(?:(?:[Yy]our\s+(?:personal\s+)?(?:data|privacy|information)|[Pp]rivacy|[Dd]ata\s+protection)\s+at|"
    r"(?:(?:[Uu]w|[Jj]ouw|[Jj]e)\s+(?:persoons)?(?:gegevens|privacy)|[Pp]rivacy)\s+bij|"
    r"(?:[Vv]os\s+données(?:\s+personnelles)?|[Vv]otre\s+vie\s+privée|[Cc]onfidentialité)\s+chez)\s+"
    rf"(?P<name>{_NAME}(?:[ \t]+[“\"'‘][^“”\"'’‘\n]{{1,40}}[”\"'’])?)$")

#: The words of a bracket that defines the name a text then uses: "(hierna: DAKSHAMPOO)".
_HEREAFTER = r"(?i:hierna|hieronder|verder|hereinafter|hereafter|ci-après|ci-dessous)"

#: What a body "is responsible for" when the words name it the controller: the processing, the
#: personal data (not "for the content of linked sites" or "for its own cookies").
_RESPONSIBLE_FOR = (r"(?:the\s+|all\s+)?(?:(?:data\s+)?processing|(?:your|the)\s+(?:personal\s+)?(?:data|information)|"
                    r"personal\s+(?:data|information))\b")

#: A name field's label that names the kind of body: "Nom de l'association", "Naam van de
#: vereniging", "Name of the organisation", "Organisation name".
_KIND_NAME_LABEL = (r"Nom\s+de\s+(?:l[’'](?:association|entreprise|organisme|organisation)|la\s+(?:société|structure))|"
                    r"Naam\s+(?:van\s+de\s+)?(?:vereniging|organisatie|stichting|onderneming)|"
                    r"Name\s+of\s+the\s+(?:association|organi[sz]ation|company|charity)|"
                    # (each alternative opens on a letter: _TRIGGER holds them, grouped by it)
                    r"Association\s+name|Organi[sz]ation\s+name|Charity\s+name")

#: A legal notice's label for whom the site is: "Éditeur du site : X" (the publisher France's LCEN
#: has every site name, which is its controller), "Propriétaire : X", "Website owner: X",
#: "Eigenaar website: X". (A label, at the start of its line: "éditeur" in a sentence is anyone's.)
_PUBLISHER_LABEL = (r"(?:[ÉE]diteur|Propriétaire)(?:\s+du\s+site(?:\s+(?:internet|web))?)?|(?:Website|Site)\s+owner|"
                    r"Eigenaar(?:\s+(?:van\s+de\s+)?website)?")

#: Identity sentences; group "name" is the controller. Searched on one unit's text at a time.
_IDENTITY: tuple[re.Pattern[str], ...] = tuple(re.compile(p) for p in (
    # EN
    rf"(?P<name>{_NAME}(?:,\s+{_TOKEN})?)(?:\s*\((?!{_HEREAFTER})[^()\n]{{1,60}}\))?\s+(?:is|are|acts as)\s+(?:considered\s+|deemed\s+|regarded\s+as\s+)?"
    rf"(?:the\s+|a\s+)?(?:data\s+)?controller",
    # (an article before the name, the role in quotes: "The body formally responsible for your
    # data, known as the ‘data controller’, is the Cabinet Office", ethnicityfacts_en, fresh78 dev)
    rf"(?:data\s+)?[Cc]ontroller[’'\"”]?(?:,?\s+is|\s*:)\s+(?:the\s+(?=[A-Z]))?{_HONORIFIC}(?P<name>{_NAME})",
    # what the controller is of, then its name: "The controller of personal data provided by users
    # is Jan Wilczek …" (wolfsound_en, fresh57 dev), as the French "Le responsable du traitement
    # des données … est X" below
    # (the GDPR template's long form: "Controller for the purposes of the General Data Protection
    # Regulation (GDPR), other data protection laws applicable in Member states of the European
    # Union and other provisions related to data protection is: Svartlab OÜ", cryptee_en, fresh63 dev)
    rf"\b[Cc]ontroller\s+(?:of|for)\s+[^.:;\n]{{1,250}}?\s+is\s*:?\s+{_HONORIFIC}(?P<name>{_NAME})",
    # the Polish GDPR's "administrator danych osobowych" in English: "The administrator of your
    # personal data is: AZIMUTH.DOC Sp. z o. o. based in Warsaw" (azimuthdoc_en, fresh73 dev)
    rf"\b[Aa]dministrator\s+of\s+(?:your\s+|the\s+)?personal\s+data\s+is\s*:?\s+{_HONORIFIC}(?P<name>{_NAME})",
    # "… processing of personal data as a controller, the relevant entity is the Logos Collective
    # Association, which has its registered office in Zug" (vacdev_en, fresh66 dev)
    rf"\b[Cc]ontroller,?\s+the\s+(?:relevant|responsible)\s+(?:entity|party|body|organi[sz]ation)\s+is\s+"
    rf"(?:the\s+)?{_HONORIFIC}(?P<name>{_NAME})",
    # the name a person trades under: "… conducting business activity under the name WolfSound Jan
    # Wilczek" (a sole trader's formula, wolfsound_en), "handelend onder de naam X", "exerçant sous
    # le nom commercial X"
    rf"\b(?:conducting|carrying\s+on|running)\s+(?:a\s+)?business(?:\s+activit(?:y|ies))?\s+under\s+the\s+"
    rf"(?:business\s+|trade\s+|company\s+)?name\s+{_HONORIFIC}(?P<name>{_NAME})",
    rf"\b(?:handelend|handelende)\s+onder\s+de\s+(?:handels)?naam\s+{_HONORIFIC}(?P<name>{_NAME})",
    rf"\bexerçant\s+sous\s+(?:le\s+nom(?:\s+commercial)?|l[’']enseigne)\s+{_HONORIFIC}(?P<name>{_NAME})",
    # "Gamla Strandgatan Advokataktiebolag, corp. id. 559493-5412, P.O. Box 141, 116 74
    # Stockholm, is the controller" (gsa_en, fresh28 dev): the name, its register and address
    # between commas, then the role; only from the start of a sentence
    rf"(?P<name>(?:^|(?<=[.!?] )){_NAME}),\s[^\n]{{1,100}}?,\s+(?:is|acts\s+as)\s+(?:the\s+|a\s+)?(?:data\s+)?controller\b",
    rf"(?P<name>(?:^|(?<=[.!?] )){_NAME}),\s[^\n]{{1,100}}?,\s+est\s+(?:le\s+|la\s+)?responsable\s+(?:du|des|de\s+ces?)\s+traitements?\b",
    # "EXCITED software (Ed de Heus), Kamgrasstraat 30, 2288 HE Rijswijk, KvK 27144483, is
    # verantwoordelijk voor de verwerking" (excited_nl, fresh39 dev): who runs it in brackets
    rf"(?P<name>(?:^|(?<=[.!?] )){_NAME}(?:[ \t]+[a-z][\w-]+){{0,2}})(?:\s*\([^()\n]{{1,60}}\))?,\s[^\n]{{1,100}}?,\s+is\s+(?:de\s+)?"
    rf"(?:verantwoordelijke?\s+voor\s+de\s+verwerking|verwerkingsverantwoordelijke)\b",
    # the body that processes "as the controller": "bij iedere verwerking door de stichting Privacy
    # by Design als verwerkingsverantwoordelijke" (privacybydesign_nl, fresh50 dev), "processed by
    # Acme Ltd as the data controller", "traitées par l'association X en tant que responsable du
    # traitement"
    rf"\b(?:door|by|par)\s+{_LEAD_KIND}{_HONORIFIC}(?P<name>{_NAME}),?\s+(?:als|as|en\s+(?:tant\s+que|qualité\s+de))\s+"
    rf"(?:de\s+|the\s+|le\s+)?(?:verwerkingsverantwoordelijke|verantwoordelijke\s+voor\s+de\s+verwerking|(?:data\s+)?controller|"
    rf"responsable\s+(?:du|des|de)\s+traitements?)\b",
    # "Acme Ltd is responsible for the processing of your personal data"; "Rik van Wieren, trading
    # as Core Solutions, is responsible for the processing described in this policy"
    # (coresolutions_en, fresh50 dev): the English of "est responsable du traitement"
    # (not a town that ends an address: "Minhaj Asiatisk Kulturförening, org.no. 8024 39 – 1628,
    # Paulsgatan 10 21446, Malmö is responsible for personal data" (minhaj_en, fresh49 dev) names
    # the body at its start)
    rf"(?<!,\s)(?P<name>{_NAME})(?:\s*\((?!{_HEREAFTER})[^()\n]{{1,60}}\))?\s+(?:is|are)\s+responsible\s+for\s+"
    rf"{_RESPONSIBLE_FOR}",
    rf"(?P<name>(?:^|(?<=[.!?] )){_NAME})\s?,\s[^\n]{{1,120}}?\s+is\s+responsible\s+for\s+{_RESPONSIBLE_FOR}",
    rf",\s+(?:trading\s+as|t/a)\s+(?P<name>{_NAME}),\s+(?:is|are)\s+responsible\s+for\s+{_RESPONSIBLE_FOR}",
    rf"(?:operated|owned|managed|run|published)\s+by\s*:?\s+(?:the\s+(?=[A-Z]))?{_HONORIFIC}(?P<name>{_NAME})",
    # who issued the policy itself: "This Policy has been issued by Weblate s.r.o., ID No.: …"
    # (weblate_en, fresh54 dev; not "the rules issued by the Swedish Bar Association", gsa_en)
    rf"(?i:policy|notice|statement|document)\s+(?:has\s+been\s+|is\s+|was\s+)?issued\s+by\s*:?\s+{_HONORIFIC}(?P<name>{_NAME})",
    rf"^(?:[Ww]e(?:,|[’']re|\s+are)?\s+)?(?P<name>{_NAME})\s*\((?:[“\"'‘]|the\s+[“\"'‘])?(?:[Ww]e|[Uu]s|[Oo]ur|[Ww]ij|[Oo]ns|[Nn]ous)\b",
    # (not another body's policy the text links to: "You can find the privacy policy of Nolt here",
    # kirby_en, fresh53 dev)
    rf"(?<!find the )(?<!read the )(?<!see the )(?<!view the )(?<!consult the )"
    rf"privacy (?:policy|notice|statement) (?:for|of) (?P<name>{_NAME})",
    rf"\bAs\s+{_LEAD_KIND}(?P<name>{_NAME}),?\s+we\s+are\s+(?:\w+\s+){{0,2}}(?:responsible|controller)",
    # the policy's own opening: "This privacy policy applies to X", "X respects your privacy",
    # "Welcome to X", '"we" means X'
    rf"(?:policy|notice|statement)\s+applies\s+to\s+{_HONORIFIC}(?P<name>{_NAME})",
    # ... to whose processing: "This Privacy Policy applies to data processing by X" (whocards_en,
    # fresh80 dev, there before a line break), "s'applique aux traitements effectués par X", "is van
    # toepassing op de verwerking van persoonsgegevens door X"
    rf"\bapplies\s+to\s+(?:the\s+)?(?:data\s+)?processing(?:\s+of\s+personal\s+data)?\s+(?:carried\s+out\s+)?by\s+"
    rf"{_HONORIFIC}(?P<name>{_NAME})",
    rf"\bs[’']applique\s+aux\s+traitements(?:\s+de\s+données(?:\s+personnelles)?)?\s+(?:effectués|réalisés|"
    rf"mis\s+en\s+œuvre)\s+par\s+{_HONORIFIC}(?P<name>{_NAME})",
    rf"\bvan\s+toepassing\s+op\s+(?:alle\s+)?(?:de\s+)?verwerking(?:en)?(?:\s+van\s+persoonsgegevens)?\s+door\s+"
    rf"{_HONORIFIC}(?P<name>{_NAME})",
    rf"^{_LEAD_KIND}(?P<name>{_NAME})\s+(?:respects|values|is\s+committed\s+to\s+(?:protecting|respecting|safeguarding)"
    rf"(?:\s+and\s+(?:protecting|respecting|safeguarding))?)\s+(?:your|the)\s+(?:right\s+to\s+)?(?:privacy|private|personal)",
    rf"^Welcome\s+to\s+(?P<name>{_NAME})[.!]",
    rf"[“\"][Ww]e[”\"],?\s+(?:[“\"]us[”\"],?\s+)?(?:and\s+)?(?:[“\"]our[”\"]\s+)?(?:means?|refers? to)\s+{_HONORIFIC}(?P<name>{_NAME})",
    rf"\b(?:how|that)\s+(?P<name>{_NAME})\s*\((?:[“\"]|the\s+[“\"])?(?:[Ww]e|[Uu]s|[Oo]ur)\b",
    # FR
    rf"[Rr]esponsable\s+(?:du\s+traitement|de\s+traitement|de\s+la\s+collecte)[^.:]{{0,80}}?(?:est|:)\s*{_HONORIFIC}(?P<name>{_NAME})",
    rf"^{_LEAD_KIND}(?P<name>{_NAME}),?\s+(?:attache|accorde)\s+une\s+(?:grande\s+|très\s+grande\s+)?importance",
    rf"^{_LEAD_KIND}(?P<name>{_NAME})\s+respecte\s+(?:votre|la)\s+vie\s+privée",
    rf"^{_LEAD_KIND}(?P<name>{_NAME})\s+attaches\s+(?:great|the\s+(?:utmost|greatest|highest))\s+importance\s+to",
    rf"^{_LEAD_KIND}(?P<name>{_NAME})\s+s[’']engage\s+à\s+(?:protéger|respecter)",
    rf"s[’']applique\s+(?:au\s+site|à\s+l[’']ensemble\s+des\s+services|aux\s+services)\s+(?:de|d[’'])\s*{_HONORIFIC}(?P<name>{_NAME})",
    rf"^{_LEAD_KIND}(?P<name>{_NAME}),\s+association\s+(?:loi|régie|déclarée)",
    # a name, then what it is in law and its register: "**Ressource A.I.M.E**, société par actions
    # simplifiée au capital de 1 000 €, immatriculée au RCS de Paris …" (ressourceaime_fr, fresh62
    # dev), "X Ltd, a private limited company registered in England", "X, een besloten
    # vennootschap ingeschreven bij de KvK"
    rf"^[*_]{{0,2}}{_LEAD_KIND}(?P<name>{_NAME})[*_]{{0,2}},\s+{_LEGAL_APPOSITION}[^\n]{{0,200}}?{_REGISTER_CUE}",
    rf"(?P<name>{_NAME})(?:\s*\([^()]{{1,40}}\))?,?\s+dont le siège(?: social)?",
    # the role as a capacity: "addy.io in its capacity of a data controller" (addy_en, fresh61
    # dev), "X, en sa qualité de responsable du traitement", "X, in haar hoedanigheid van
    # verwerkingsverantwoordelijke"
    rf"(?P<name>{_NAME}),?\s+(?:in\s+its\s+capacity\s+(?:of|as)\s+(?:an?\s+|the\s+)?(?:data\s+)?controller|"
    rf"en\s+sa\s+qualité\s+de\s+responsable|in\s+(?:haar|zijn)\s+hoedanigheid\s+(?:van|als)\s+"
    rf"(?:verwerkings)?verantwoordelijke)",
    rf"\b[Ee]n (?:tant que|qualité de)\s+(?P<name>{_NAME}),?\s+nous\s+sommes\s+(?:\w+\s+){{0,2}}responsables?",
    rf"(?:édité|exploité|exploitée|géré|gérée|publié)\s+par\s*:?\s+{_HONORIFIC}(?P<name>{_NAME})",
    rf"^{_LEAD_KIND}(?P<name>{_NAME})\s*\((?:ci-après|ci-dessous)",
    # the policy's opening line defines the short name it goes on using: "UCC Networking, Gaming &
    # Technology Society (hereafter known as UCC Netsoc) is part of …" (uccnetsoc_en, fresh62 dev),
    # "X SA (ci-après dénommée « Y »)", "X B.V. (hierna te noemen: Y)"
    rf"^[*_]{{0,2}}[^()\n]{{3,120}}?\((?:hereafter|hereinafter|ci-après|hierna)\s+(?:known\s+as|referred\s+to\s+as|called|"
    rf"dénommée?|désignée?|appelée?|te\s+noemen|genoemd)\s*:?\s*[“\"'«‘]?\s*(?P<name>{_NAME})\s*[”\"'»’]?\)",
    # NL
    # a bracket between the name and its role: "Guido Schalkx (werkzaam onder de handelsnaam Glkx) is
    # verantwoordelijk" (glkx_nl, fresh41 dev), "X (the Company) is the data controller"
    # (not a "hereinafter" bracket, which names the body itself: below)
    rf"(?P<name>{_NAME})(?:\s*\((?!{_HEREAFTER})[^()\n]{{1,60}}\))?\s+is\s+(?:de\s+)?(?:verwerkings)?verantwoordelijke?\b",
    # "… gevestigd te Zwolle aan het adres Grote Voort 293a (hierna: DAKSHAMPOO) is de
    # verantwoordelijke" (dakshampoo_nl, ctrl dev): the name the bracket defines
    rf"\((?:{_HEREAFTER})\s*:?\s*(?:genoemd\s+|referred\s+to\s+as\s+|dénommée?\s+|désignée?\s+)?[“\"'«‘]?\s*"
    rf"(?P<name>{_NAME})\s*[”\"'»’]?\)\s+(?:is|est|acts\s+as)\s+(?:de\s+|le\s+|la\s+|the\s+)?(?:data\s+)?"
    rf"(?:(?:verwerkings)?verantwoordelijke?|responsable|controller)\b",
    rf"(?P<name>{_NAME})(?:\s*\((?!{_HEREAFTER})[^()\n]{{1,60}}\))?\s+est\s+(?:le\s+|la\s+)?responsable\s+(?:du|des|de\s+ces?)\s+traitements?\b",
    # the name a "hereinafter the Controller" bracket closes: "… at Digitize s.r.o., ID No.: 178 39
    # 246, with its registered office at …, Czech Republic (hereinafter the "Controller")"
    # (digitize_en, fresh53 dev), "X, dont …, (ci-après le « Responsable du traitement »)"
    rf"(?P<name>{_NAME})\.?,[^()\n]{{0,250}}?\s*\((?:{_HEREAFTER})\s*:?\s*(?:referred\s+to\s+as\s+|dénommée?\s+|genoemd\s+)?"
    rf"(?:the\s+|le\s+|la\s+|de\s+)?[“\"'«‘]?\s*(?:(?i:data\s+controller|controller)|[Rr]esponsable(?:\s+d[ue]\s+traitement)?|"
    rf"[Vv]erwerkingsverantwoordelijke|[Vv]erantwoordelijke)\s*[”\"'»’]?\s*\)",
    rf"[Vv]erwerkingsverantwoordelijke\s+(?:is|:)\s+{_HONORIFIC}(?P<name>{_NAME})",
    rf"[Vv]erantwoordelijke\s+voor\s+de\s+verwerking\s+(?:van\s+\w+\s+)?(?:is|:)\s+{_HONORIFIC}(?P<name>{_NAME})",
    rf"is\s+van\s+toepassing\s+op\s+(?:de\s+(?:website|diensten)\s+van\s+)?{_HONORIFIC}(?P<name>{_NAME})",
    rf"^{_LEAD_KIND}(?P<name>{_NAME})\s+(?:hecht|hechten)\s+(?:veel|grote|groot)\s+(?:waarde|belang)\s+aan",
    rf"^{_LEAD_KIND}(?P<name>{_NAME})\s+respecteert\s+(?:de|uw|jouw|je)\s+privacy",
    rf"(?:beheerd|uitgegeven|geëxploiteerd)\s+door:?\s*{_HONORIFIC}(?P<name>{_NAME})",
    # a body named in lowercase words, then its acronym, is the acronym: "La direction
    # interministérielle du numérique (DINUM) est responsable des traitements" (dinum_fr, fresh75
    # dev), "The national archives (TNA) is the controller"
    r"(?:^|[.!?]\s+)(?:La|Le|Les|L[’']|The|De|Het)\s*[a-zà-ÿ][^()\n.]{2,80}?\s*\((?P<name>[A-ZÀ-Ý][A-ZÀ-Ý0-9&-]{1,11})\)"
    r"\s+(?:est\s+(?:le\s+|la\s+)?responsable\s+(?:du|des|de\s+ces?)\s+traitements?|is\s+(?:the\s+)?(?:data\s+)?controller|"
    r"is\s+responsible\s+for\s+(?:the\s+)?(?:processing|your\s+(?:personal\s+)?data)|"
    r"is\s+(?:de\s+)?(?:verwerkingsverantwoordelijke|verantwoordelijk\s+voor\s+de\s+verwerking))\b",
    # who offers the app or site, with its register: "De app wordt aangeboden door
    # Uitvaart-Platform.nl, ingeschreven bij de Kamer van Koophandel onder nummer …"
    # (uitvaartplatform_nl, fresh72 dev), "offered by X, registered with …", "proposé par X,
    # immatriculée au RCS …" (the register tells the body from a service it embeds)
    rf"\b(?:aangeboden|geleverd|offered|operated|provided|proposée?|fournie?)\s+(?:door|by|par)\s+{_HONORIFIC}"
    rf"(?P<name>{_NAME}),?\s+(?:ingeschreven|geregistreerd|registered|immatricul[ée]+e?s?|inscrite?)\b",
    rf"(?:hoe|dat)\s+(?P<name>{_NAME})\s*\((?:[“\"])?(?:[Ww]ij|[Ww]e|[Oo]ns)\b",
    rf"^{_LEAD_KIND}(?P<name>{_NAME})\s*\((?:hierna|verder)",
    rf"^{_LEAD_KIND}(?P<name>{_NAME}),\s+gevestigd\s+(?:te|aan|op|in)\b",
    # "De Vereniging Sportvoedingsexperts Nederland (voorheen …) is gevestigd in Lewedorp en
    # ingeschreven bij de Kamer van Koophandel", "X is registered in", "X est située à"
    rf"^(?:(?:De|Het|The|Le|La|Les|L[’'])\s*)?{_LEAD_KIND}(?P<name>{_NAME})(?:\s*\([^()]{{1,80}}\))?\s+"
    rf"(?:is\s+gevestigd|is\s+(?:registered|based|located|incorporated)|est\s+(?:située?|établie?|domiciliée?))\s+"
    rf"(?:te|aan|op|in|at|à|au|en|dans)\b",
    rf"[Pp]rivacy(?:verklaring|beleid|statement)\s+van\s+{_HONORIFIC}(?P<name>{_NAME})",
    rf"\b[Aa]ls\s+{_LEAD_KIND}(?P<name>{_NAME}),?\s+(?:zijn|is)\s+(?:wij|we|ik)\s+(?:\w+\s+){{0,2}}verantwoordelijk",
    rf"^{_LEAD_KIND}(?P<name>{_NAME}),\s+(?:registered|located|based|incorporated)\s+(?:in|at)\b",
    # a registration clause between the name and its role: "X, ingeschreven bij de KvK onder
    # nummer …, is verantwoordelijk", "X, immatriculée au RCS …, est responsable du traitement"
    rf"^{_LEAD_KIND}(?P<name>{_NAME}),\s+(?:ingeschreven|geregistreerd|registered|immatricul[ée]+e?s?|inscrite?)\b"
    rf"[^.;]{{0,120}}?,\s+(?:is|est)\s+(?:de\s+|le\s+|the\s+|a\s+)?(?:data\s+)?"
    rf"(?:verwerkings)?(?:verantwoordelijke?|responsable|controller)\b",
    # the name as the subject of the policy's own verbs: "X verwerkt je persoonsgegevens",
    # "X processes your personal data", "X traite vos données", "X vindt het belangrijk dat de
    # privacy …", "X takes your privacy seriously"
    rf"^{_LEAD_KIND}(?P<name>{_NAME})\s+(?:verwerkt|verzamelt|gebruikt|bewaart)\s+"
    rf"(?:(?:je|jouw|uw)\s+(?:persoons)?gegevens|persoonsgegevens\s+(?:over|van)\s+(?:je|jou|u)\b)",
    rf"^{_LEAD_KIND}(?P<name>{_NAME})\s+vindt\s+(?:het\s+belangrijk|(?:je|jouw|uw)\s+privacy)",
    rf"^{_LEAD_KIND}(?P<name>{_NAME})\s+(?:processes|collects|uses|stores)\s+(?:your\s+)?personal\s+(?:data|information)",
    rf"^{_LEAD_KIND}(?P<name>{_NAME})\s+takes\s+(?:your|the)\s+privacy\b",
    # what the body is, said first: "X is a registered charity", "Le Comité des Elèves
    # Francophones est une organisation de jeunesse", "X is een vereniging"
    rf"^(?:(?:Le|La|Les|L[’']|De|Het)\s*)?{_LEAD_KIND}(?P<name>{_NAME})\s+(?:is|est)\s+(?:a|an|une?|een)\s+"
    # (the kind capitalised too: "The Gospel Generations Trust is a Charity which has the
    # objectives of" (ggtrust_en, fresh77 dev))
    rf"(?:[\w-]+\s+){{0,2}}?(?i:charity|company|club|association|organisation|organization|society|"
    rf"non-profit|not-for-profit|foundation|partnership|practice|business|entreprise|société|"
    rf"fondation|asbl|fédération|vereniging|stichting|organisatie|bedrijf|onderneming|vzw|"
    rf"praktijk|eenmanszaak|platform|plateforme)\b",
    rf"^{_LEAD_KIND}(?P<name>{_NAME})\s+(?:traite|collecte|recueille|utilise)\s+vos\s+données",
    # the kind of body, then its name, as the subject of the policy's verb anywhere in a sentence:
    # "Dans le cadre de l'organisation des parties, l'association ASAP collecte uniquement les
    # données …" (asap_fr, fresh45 dev), "the association X collects", "de vereniging X verwerkt"
    rf"\b(?:[Ll][’']association|[Ll]a\s+société|[Ll][’']entreprise|[Tt]he\s+(?:association|company|club|charity)|"
    rf"[Dd]e\s+(?:vereniging|stichting|club)|[Hh]et\s+bedrijf)\s+(?P<name>{_NAME})\s+(?:collecte|traite|recueille|"
    rf"collects|processes|verwerkt|verzamelt)\b",
    # what the body is and where, whatever it is: "Tersagoesting is een cateringdienst gevestigd in
    # Puurs", "X is a bakery based in Cork", "X est une boulangerie située à Nyon"
    rf"^{_LEAD_KIND}(?P<name>{_NAME}),?\s+(?:is\s+een|is\s+an?|est\s+une?)\s+(?:[\w’'-]+\s+){{1,3}}?"
    rf"(?:gevestigd|based|located|established|situé|située|basé|basée|établi|établie|installé|installée)\s+"
    rf"(?:in|te|aan|op|at|à|au|en|dans)\b",
    # the policy's opening says how the name handles the data: "This policy describes how X (EMF)
    # stores and processes your data", "Cette politique explique comment X collecte …",
    # "Deze privacyverklaring legt uit hoe X omgaat met …"
    rf"(?:policy|notice|statement)\s+(?:describes|explains|sets\s+out|tells\s+you)\s+how\s+{_HONORIFIC}"
    rf"(?P<name>{_NAME})(?:\s*\([^()]{{1,40}}\))?\s+(?:collects?|uses?|processes|stores?|handles?|"
    rf"looks\s+after|protects?|treats?|manages?|shares?)\b",
    rf"(?:politique|charte|notice)(?:\s+de\s+confidentialité)?\s+(?:explique|décrit|précise|détaille)\s+"
    rf"comment\s+{_HONORIFIC}(?P<name>{_NAME})(?:\s*\([^()]{{1,40}}\))?\s+(?:collecte|utilise|traite|"
    rf"protège|conserve|recueille|gère)\b",
    rf"(?:verklaring|beleid|statement)\s+(?:legt\s+uit|beschrijft|geeft\s+aan)\s+hoe\s+{_HONORIFIC}"
    rf"(?P<name>{_NAME})(?:\s*\([^()]{{1,40}}\))?\s+(?:omgaat|omgaan|verwerkt|gebruikt|verzamelt|"
    rf"bewaart|beschermt)\b",
    # the policy's title: "Privacy Policy - Paignton Bowls Club", "X General Privacy Notice",
    # "Politique de confidentialité de X", "PRIVACY VERKLARING VAN X"
    rf"^{_POLICY_TITLE}\s*[-–—:|]\s*(?P<name>{_NAME})$",
    rf"^(?!(?:General|Client|Customer|Website|Members?|Patient|Employee|Staff|Candidate|Applicant|"
    rf"Recruitment|Volunteer|Supplier|Job|Cookies?|Our|Your|The|This|Updated|New|Full|Short)\b)"
    rf"(?P<name>{_SHORT_NAME})\s+(?:(?:General|Client|Customer|Website|Member|Members|Recruitment|Candidate|"
    rf"Applicant|Job\s+Applicant|Employee|Staff|Volunteer|Patient|Supplier)\s+)?"
    rf"(?:Privacy\s+(?:Policy|Notice|Statement)|Privacyverklaring|Privacybeleid)$",
    rf"^{_POLICY_TITLE}\s+(?:de|d[’']|du|of|for|van|VAN)\s*(?:l[’']\s*)?(?P<name>{_NAME})$",
    # "At EDS your privacy is important", "At X AS (operating as “Y”), we are …", "Bij X nemen we
    # je privacy serieus", "Chez X, nous"
    rf"^At\s+(?P<name>{_NAME})(?:\s*\([^()]{{1,80}}\))?,?\s+(?:we\b|your\s+privacy|our\s+)",
    rf"^Bij\s+(?P<name>{_NAME}),?\s+(?:nemen|vinden|hechten|gaan|respecteren)\s+(?:we|wij)\b",
    rf"^Chez\s+(?P<name>{_NAME}),?\s+(?:nous\b|la\s+protection|votre)",
    # "This policy is intended to provide information about how X will use personal data"
    rf"(?:policy|notice|statement)\b[^.]{{0,80}}?\bhow\s+{_HONORIFIC}(?P<name>{_NAME})(?:\s*\([^()]{{1,40}}\))?"
    rf"\s+(?:will|may|might)\s+(?:use|collect|process|store|handle)\b",
    # "the way that we, Christ Church Mayfair ("CCM") use your personal data"
    rf"\b[Ww]e,\s+{_HONORIFIC}(?P<name>{_NAME})\s*(?:\(|,)",
    # "Nous, l'Association Les enfants de Simone, attachons …"; a quoted association name
    r"^Nous,\s+(?P<name>(?:l[’'])?[A-ZÀ-Ý][^,]{2,60}),\s+(?:attachons|accordons|sommes|respectons|nous\s+engageons)",
    r"[Aa]ssociation\s+(?:loi\s+(?:de\s+)?1901\s+)?(?:dénommée\s+)?[«\"“]\s*(?P<name>[^\"”»\n]{2,60}?)\s*[»\"”]",
    # a public service's body: "La plateforme Index Egapro relève de la Direction générale du
    # travail, représentée par …" (egapro_fr, fresh42 dev; the wording of France's public digital
    # services)
    rf"(?:plateforme|site|service|application|traitement|téléservice)\b[^.\n]{{0,60}}?\s+relève\s+"
    rf"(?:de\s+la|de\s+l[’']|du|des)\s*(?P<name>[A-ZÀ-Ý][\w’'-]*(?:\s+(?:[\w’'-]+)){{0,6}}?)(?=\s*[,.(]|\s+représent)",
    # "effectués sous la responsabilité de Samuel Besnard", "under the responsibility of X"
    rf"sous\s+la\s+responsabilit[ée]\s+(?:de|d[’'])\s*{_HONORIFIC}(?P<name>{_NAME})",
    rf"under\s+the\s+responsibility\s+of\s+{_HONORIFIC}(?P<name>{_NAME})",
    rf"onder\s+(?:de\s+)?verantwoordelijkheid\s+van\s+{_HONORIFIC}(?P<name>{_NAME})",
    # a legal notice's name field: "Nom commercial : Margarida Studio Floral", "Handelsnaam: X",
    # "Company name: X"
    # (and the body's kind named: "Nom de l’association : Amélie la vie", amelielavie_fr, fresh76 dev)
    rf"^(?:Nom\s+commercial|Raison\s+sociale|Dénomination(?:\s+sociale)?|Handelsnaam|Bedrijfsnaam|Statutaire\s+naam|"
    rf"Company\s+name|Trading\s+name|Business\s+name|Registered\s+name|{_KIND_NAME_LABEL})\s*:\s*{_HONORIFIC}"
    rf"(?P<name>[A-ZÀ-Ý0-9][^\n:;|()]{{1,60}}?)\s*$",  # the field's value is the rest of its line
    # "Société: Triaina, SAS au capital de 1 000 €" (journalduvin_fr, fresh40 dev): the company
    # field's value up to the comma that goes on to its form or capital
    rf"^(?:Société|Entreprise|Company|Bedrijf|Onderneming|{_PUBLISHER_LABEL})\s*:\s*{_HONORIFIC}"
    rf"(?P<name>[A-ZÀ-Ý0-9][^\n:;|(),]{{1,60}}?)\s*(?:,|$)",
    # a brand said to be another body's trading name: "MAISON BLNDR is een handelsnaam van
    # Applemooz, gevestigd aan …" (maisonblndr_nl, fresh55 dev), "X is a trading name of Y Ltd",
    # "X est un nom commercial de Y": the body that trades under it
    rf"^{_LEAD_KIND}{_NAME}\s+(?:is|est)\s+(?:een|a|the|un|le)\s+(?:handelsnaam|trading\s+name|trade\s+name|"
    rf"nom\s+commercial)\s+(?:van|of|de|d[’'])\s*{_HONORIFIC}(?P<name>{_NAME})",
    # a key-terms row: "We, us, our | Justin Clark, trading as …", "Wij, ons, onze: X"
    rf"^{_WE_TERM}\s*(?:\||:|–)\s*{_HONORIFIC}(?P<name>{_NAME})",
    # the passive identity sentence: "Persoonsgegevens worden verwerkt door Louise Van de
    # Kerckhove", "Personal data is processed by X", "Vos données sont traitées par X"
    rf"(?:[Pp]ersoonsgegevens|[Gg]egevens)\s+worden\s+verwerkt\s+door:?\s+{_HONORIFIC}(?P<name>{_NAME})",
    # "… op alle persoonsgegevens die verwerkt worden door Detectie Service Kempen, met …"
    rf"\bdie\s+verwerkt\s+worden\s+door:?\s+{_HONORIFIC}(?P<name>{_NAME})",
    rf"[Pp]ersonal\s+(?:data|information)\s+(?:is|are|will\s+be)\s+(?:processed|collected)\s+by:?\s+{_HONORIFIC}(?P<name>{_NAME})",
    rf"[Dd]onnées(?:\s+personnelles|\s+à\s+caractère\s+personnel)?\s+(?:sont|seront)\s+(?:traitées|collectées)\s+par:?\s+{_HONORIFIC}(?P<name>{_NAME})",
    # whom "we" means, said in Dutch prose: "Met “wij” en “ons” wordt in deze tekst bedoeld, BVBA X"
    rf"[Mm]et\s+[“\"'‘]?(?:wij|we)[”\"'’]?(?:\s*(?:,|en)\s+[“\"'‘]?(?:ons|onze)[”\"'’]?){{0,2}}\s+(?:wordt|worden)\s+"
    rf"(?:[\w\s]{{0,30}}?)bedoeld:?,?\s+{_HONORIFIC}(?P<name>{_NAME})",
    # "Wij zijn Grisar & Co, gevestigd …", "We are X, a company registered …", "Nous sommes X, située …"
    rf"^(?:[Ww]e\s+are|[Ww]ij\s+zijn|[Nn]ous\s+sommes)\s+{_HONORIFIC}(?P<name>{_NAME})(?:\s*[“\"«][^”\"»]{{1,60}}[”\"»])?,\s+"
    rf"(?:gevestigd|located|based|registered|established|incorporated|a\s+(?:company|charity|club)|établie?|située?|"
    rf"domicilié|immatriculée?|une\s+(?:société|association|entreprise)|een\s+(?:bedrijf|vereniging|stichting))\b",
    # the name in quotes, whatever the description after it: "Nous sommes « Het Burgerparlement / Le
    # Parlement Citoyen », une coalition de citoyens" (parlementcitoyen_fr, fresh36 dev)
    r"^(?:[Ww]e\s+are|[Ww]ij\s+zijn|[Nn]ous\s+sommes)\s+[“\"«]\s*(?P<name>[A-ZÀ-Ý][^”\"»\n]{1,80}?)\s*[”\"»]\s*[,(]",
    # the welcome line: "Bienvenue chez UP TO MOVE !", "Welkom bij X.", "Chez X, nous …" inside a paragraph
    rf"(?:^|[.!?]\s+)(?:Welcome\s+to|Bienvenue\s+(?:chez|sur)|Welkom\s+(?:bij|op))\s+(?P<name>{_NAME})\s*[.!,]",
    rf"[.!?]\s+Chez\s+(?P<name>{_NAME}),\s+nous\b",
    # "Welkom bij het verhuurportaal van Scouts X.", "Welcome to the online shop of X."
    rf"(?:^|[.!?]\s+)(?:Welcome\s+to\s+the\s+(?:[\w-]+\s+){{1,2}}?of|Bienvenue\s+sur\s+le\s+(?:[\w-]+\s+){{1,2}}?(?:de|d[’'])|"
    rf"Welkom\s+(?:bij|op)\s+(?:het|de)\s+(?:[\w-]+\s+){{1,2}}?van)\s*(?P<name>{_NAME})\s*[.!,]",
    # the GDPR's own definition, said of the name: "Qué bringue détermine les finalités …", "X
    # determines the purposes and means", "X bepaalt het doel en de middelen": the verb anchors a
    # name that need not be capitalised word by word
    r"^(?P<name>[A-ZÀ-Ý][^\s,.;:]*(?:\s+[^\s,.;:]+){0,3}?)\s+(?:détermine|determines|bepaalt)\s+"
    r"(?:les\s+finalités|the\s+purposes?|het\s+doel|de\s+doeleinden)",
))
#: The identity patterns that open on the name ("X is de verwerkingsverantwoordelijke", "X, dont
#: le siège …") try the whole name pattern at every capital of every triggered paragraph: a fifth
#: of a 5 MB policy's controller search. Each needs one of these words, looked for first.
_NAME_FIRST_WORDS = ("controller", "dont le si", "verantwoordelijk", "responsable", "responsible")
_NAME_FIRST = frozenset(p for p in _IDENTITY if p.pattern.startswith("(?P<name>"))
assert all(any(w in p.pattern for w in _NAME_FIRST_WORDS) for p in _NAME_FIRST), \
    "a pattern that opens on the name needs a word of _NAME_FIRST_WORDS"
#: Each identity pattern with the words every match of it contains (flows/draft/literals.py: a
#: line without one of them cannot match, and ``in`` says so faster than the pattern) and whether
#: it opens on the name (looked up once here: a compiled pattern hashes its whole text).
_IDENTITY_NEEDS: tuple[tuple[re.Pattern[str], tuple[str, ...], bool], ...] = tuple(
    (p, required_literals(p), p in _NAME_FIRST) for p in _IDENTITY)
#: An identity line that ends before the name ("Le responsable du traitement est :"): the name
#: is the next line, alone ("Atelier Lumen (AL)"). So is a sentence a page's line break cut off
#: before the name ("The responsible party for data processing on our website is the" /
#: "Wikimedia Deutschland e. V.", wmde_en, fresh66 dev).
_COLON_INTRO = re.compile(
    r"(?i)(?:responsable\s+(?:du|de)\s+traitement|\bcontroller|verwerkingsverantwoordelijke|"
    r"verantwoordelijke\s+voor\s+de\s+verwerking|responsible\s+(?:party|person|body|entity)|"
    r"(?:person|party|body|entity)\s+responsible\s+for\s+(?:the\s+)?(?:data|processing|your\s+data)|"
    # "This website is operated by:", "Ce site est édité par :", "Deze website wordt beheerd door:"
    r"\b(?:operated|run|owned|published|managed)\s+by|\b(?:exploité|édité)e?s?\s+par|\b(?:beheerd|uitgegeven)\s+door|"
    # whose processing the policy covers: "This Privacy Policy applies to data processing by:" /
    # "Alles ist Dialog - Verein für Kulturentwicklung" (whocards_en, fresh80 dev)
    r"\bapplies\s+to\s+(?:the\s+)?(?:data\s+)?processing(?:\s+of\s+personal\s+data)?\s+(?:carried\s+out\s+)?by|"
    r"\bs[’']applique\s+aux\s+traitements(?:\s+de\s+données)?\s+(?:effectués|réalisés|mis\s+en\s+œuvre)\s+par|"
    r"\bvan\s+toepassing\s+op\s+de\s+verwerking(?:en)?(?:\s+van\s+persoonsgegevens)?\s+door|"
    # a legal notice's label alone on its line: "Éditeur du site :" / "Atelier Brunet SARL"
    r"^[*_]{0,2}(?:éditeur|propriétaire)(?:\s+du\s+site(?:\s+(?:internet|web))?)?[*_]{0,2}\s*(?=:))"
    r"[^.:]{0,200}?(?::|\b(?:is|are|est|ist|is\s+de|is\s+het|is\s+the|est\s+la|est\s+le|est\s+l[’']))\s*$")
#: How a line _COLON_INTRO matches may end (its "\s*$"): a line ending otherwise is not searched.
#: The search tries the pattern's alternation at every position of every line: 1.0 s over a
#: 5 MB policy's lines, where the test of their ending takes 0.01 s.
_INTRO_ENDINGS = (":", "is", "are", "est", "ist", "de", "het", "the", "la", "le", "l'", "l’")
_colon_intro_search = fast_search(_COLON_INTRO)


def _is_colon_intro(text: str) -> bool:
    """Whether ``text`` ends as an identity sentence cut off before its name does ("… est :")."""
    if foldable(text) and not text.rstrip().lower().endswith(_INTRO_ENDINGS):
        return False  # (lowercasing keeps each letter what IGNORECASE takes it for: folding.py)
    return bool(_colon_intro_search(text))


#: A line about the data protection officer ("The data protection officer of the responsible party
#: is:"): the officer it introduces is not the controller.
_DPO = re.compile(r"(?i)data\s+protection\s+officer|\bDPO\b|functionaris\s+(?:voor\s+)?(?:de\s+)?gegevensbescherming|"
                  r"délégué\w*\s+à\s+la\s+protection|\bDPD\b|datenschutzbeauftragte")
#: A representative a body outside the Union (or the UK) must name under Art. 27 GDPR: "Our
#: representative in the EU is Rep Services GmbH, Berlin", "notre représentant au sein de l'Union",
#: "onze vertegenwoordiger in de EU". Its address is in another country than the controller's.
_REPRESENTATIVE = re.compile(
    r"(?i)\b(?:EU|EEA|UK|Swiss|European|Union)\s+(?:GDPR\s+|data\s+protection\s+)?representative|"
    r"\brepresentative\s+(?:in|for|within)\s+the\s+(?:EU|EEA|UK|European|United\s+Kingdom|Union)|"
    r"\bArt(?:icle|\.)?\s*27\b|"
    r"\breprésentant\w*\s+(?:(?:légal\s+)?(?:dans|au\s+sein\s+de|pour)\s+l[’'](?:Union|UE|EEE)|au\s+Royaume|en\s+Suisse|(?:UE|européen))|"
    r"\bvertegenwoordiger\s+(?:in|binnen)\s+de\s+(?:EU|Europese|Unie|EER)|\bEU-vertegenwoordiger")
#: A short line that is a name but not in the capitalised shape _NAME reads ("Au son du Diois",
#: "FEVES - Fédération des Espaces de Vie ..."): only right after a line that announces the
#: controller; a long name after " - " is its spelt-out form, the acronym before it the name.
# (or a brand spelt as its domain, in lowercase: "epicenter.works - Plattform Grundrechtspolitik",
# dearmep_fr, fresh59 dev)
_LOOSE_NAME_LINE = re.compile(r"^(?P<name>[a-z][a-z0-9-]{1,40}\.[a-z]{2,12}(?=\s+[-–]\s)|[A-ZÀ-Ý0-9][^.:;!?@|\n]{1,58}?)"
                              r"(?:\s+[-–]\s+[^\n]{1,120})?"
                              r"(?:\s*\([^()]{1,40}\))?\.?$")
#: The dash or colon between a name and its address on one line ("X ODV — Ariccia (RM), Italy —
#: mail@", which the reader writes "X ODV: Ariccia (RM), Italy — mail@" after a bold name).
_DASHED = re.compile(r"\s+[—–-]\s+|:\s+")
#: A name in lowercase with its legal form ("pro!vision GmbH"): a brand's spelling, not prose.
_FORM_NAME_LINE = re.compile(rf"^(?P<name>\S+(?:[ \t]+\S+){{0,4}}?[ \t]+(?:{_FORM}))\s*$")
#: A field label alone on its line ("Postadres", "Email :"): not a name.
_FIELD_LABEL = re.compile(r"(?i)^(?:post|e-?mail|bezoek|correspondentie|factuur)?(?:adres|address|adresse)\b|"
                          r"^(?:telefoon|telephone|téléphone|phone|tel|e-?mail|contact|coordonnées|"
                          r"contactgegevens|contact details|website|site web|kvk|btw|siret|iban)\b|"
                          r"^(?:société|entreprise|company|bedrijf|onderneming)\s*:")
#: A company-name field's label alone on its row ("bedrijfsnaam", "Company name:"): the next row
#: is the controller's name.
_COMPANY_LABEL = re.compile(r"(?i)(?:bedrijfsnaam|handelsnaam|statutaire\s+naam|company\s+name|business\s+name|"
                            r"trading\s+name|registered\s+name|raison\s+sociale|dénomination(?:\s+sociale)?|"
                            r"nom\s+commercial|nom\s+de\s+l[’']entreprise)\s*:?")
#: A name field's label ("Nom :", "Name:", "Naam:", "Raison sociale :"): its value is the name.
_NAME_FIELD = re.compile(r"(?i)^\**(?:nom|name|naam|raison\s+sociale|dénomination(?:\s+sociale)?|bedrijfsnaam|"
                         r"company\s+name|organisation|organization|organisatie)\**\s*:\s*\**\s*")
_NAME_LINE = re.compile(rf"^{_HONORIFIC}(?P<name>{_NAME})(?:\s*\([^()]{{1,40}}\))?"
                        rf"(?:,?\s+(?:trading\s+as|t/a|h\.o\.d\.n\.|handelend\s+onder\s+de\s+naam)\s+[^\n]{{1,80}})?\.?$")
#: A sentence crediting the text another body wrote ("Voor dit deel is gebruik gemaakt van de
#: privacyverklaring van BIT (CC BY-SA)", "adapted from the privacy notice of X"): the body it
#: names wrote the words, it is not this policy's controller.
_CREDIT = re.compile(r"(?i)gebruik\s+gemaakt\s+van|gebaseerd\s+op|ontleend\s+aan|overgenomen\s+(?:van|uit)|"
                     r"(?:verder|voort)\s?bouw\w*\s+op|\bbuilds?\s+(?:up)?on\b|s[’']appuie\s+sur|"
                     r"\b(?:based|modell?ed)\s+on\b|adapted\s+from|derived\s+from|courtesy\s+of|"
                     r"(?:inspirée?s?|adaptée?s?|tirée?s?|reprise?s?)\s+(?:de\b|du\b|d[’']|par\b)|basée?s?\s+sur|"
                     r"\bCC[ -]BY\b|creative\s*commons")

#: Words one of the identity patterns needs: a cheap test before the identity patterns run.
_TRIGGER = re.compile(
    r"(?i)controller|verantwoordelijk|responsable|responsible for|operated|owned|managed|run\s+by|published|issued\s+by|"
    r"beheerd|uitgegeven|geëxploiteerd|siège|édité|exploité|géré|publié|privacy (?:policy|notice|"
    r"statement) (?:for|of)|\((?:[“\"'‘]|the\s+[“\"'‘])?(?:we|us|our|wij|ons|hierna|verder|ci-après|"
    r"ci-dessous)|\(here(?:in)?after|gevestigd|privacy(?:verklaring|beleid|statement) van|registered|located|based|"
    # (a word boundary written after the word's first letters, not before it: a branch that
    # opens on a literal lets sre skip to the positions where some branch can start)
    r"incorporated|als(?<!\wals)\b[^.]{1,90}verantwoordelijk|en tant que|en qualité de|as(?<!\was)\b[^.]{1,90}\bwe are|"
    r"applies to|respects? (?:your|the) (?:right to )?privacy|respecteert (?:de|uw|jouw|je) privacy|values your|"
    r"committed to (?:protecting|respecting|safeguarding)|welcome to|we[”\"][^.]{0,40}(?:means|refers to)|"
    r"attache une|accorde une|attaches (?:great|the)|respecte (?:votre|la) vie|s[’']engage à|s[’']applique|association\s+(?:loi|régie|déclarée|dénommée|«|\"|“)|"
    r"van toepassing op|hecht(?:en)? (?:veel|grote|groot) (?:waarde|belang)|immatricul|inscrite?\b|ingeschreven|"
    r"company number|kamer van koophandel|"
    r"describes how|explains how|sets out how|tells you how|explique comment|décrit comment|précise comment|détaille comment|"
    r"legt uit hoe|beschrijft hoe|geeft aan hoe|we, (?<!\wwe, )|privacy (?:policy|notice|statement)$|privacy ?(?:verklaring|beleid)$|"
    r"politique de confidentialité d|privacy verklaring van|"
    r"sous la responsabilit|under the responsibility of|"
    r"about how|worden verwerkt door|verwerkt worden door|processed by|collected by|traitées par|collectées par|bedoeld|"
    r"bienvenue|welkom |\. chez |nom commercial|raison sociale|dénomination|handelsnaam|bedrijfsnaam|statutaire naam|"
    r"company name|trading name|business name|registered name|relève d|"
    rf"{_KIND_NAME_LABEL}|"
    r"under the (?:business |trade |company )?name|onder de (?:handels)?naam|sous le nom|sous l[’']enseigne")
#: The trigger of a body named as what it is, then its verb ("L'association X collecte", "The
#: company processes"): apart from _TRIGGER, whose every alternative opens on a letter, so that
#: the lowercased search groups them by it (flows/draft/folding.py).
_BODY_TRIGGER = re.compile(
    # ("[^\s]", not its escape in capitals: folding.fast_search keeps a pattern with one on its slow path)
    r"(?i)(?:association|société|entreprise|company|club|charity|vereniging|stichting|bedrijf)\s+[^\s]+(?:\s+[^\s]+){0,4}\s+"
    r"(?:collecte|traite|recueille|collects|processes|verwerkt|verzamelt)\b")
#: The trigger words a unit must start with (matched, not searched: an anchored alternative in
#: _TRIGGER would be tried at every position of every unit).
_TRIGGER_START = re.compile(
    r"(?i)[“\"]?(?:we|wij|nous)[”\"]?,|privacy(?: policy| notice| statement)?\s*[-–—:|]|at\s|bij\s|chez\s|"
    r"privacy ?(?:verklaring|beleid)\s|we\s+are\s|wij\s+zijn\s|nous\s+sommes\s|"
    r"(?:société|entreprise|company|bedrijf|onderneming|éditeur|editeur|propriétaire|website\s+owner|site\s+owner|"
    r"eigenaar)[^:\n]{0,30}:")

#: The openings whose name is the subject of the policy's own verb ("X verwerkt je
#: persoonsgegevens", "X processes your personal data"): a few words, then the verb, at the
#: start of a unit only (matched, not searched: most units are long and never start so).
_OPENING_TRIGGER = re.compile(
    r"(?:\S+\s+){1,9}?(?:verwerkt|verzamelt|gebruikt|bewaart|vindt|processes|collects|uses|stores|"
    r"takes|traite|collecte|recueille|utilise|is\s+(?:a|an|een)|est\s+une?|détermine|determines|bepaalt)\s")

#: Headings of the block that introduces the controller.
_IDENTITY_HEADING = re.compile(
    r"(?i)\b(who we are|about us|information about us|our details|controller|verantwoordelijke|"
    r"responsible party|(?:person|party|body|entity) responsible for|"
    r"wie zijn wij|wie wij zijn|over ons|wie gebruikt je gegevens|verwerkingsverantwoordelijke|"
    r"contactgegevens|qui sommes-nous|responsable d[ue] traitement|identit[ée] du responsable|éditeur)\b")
#: Headings that name the controller itself (not "Contactgegevens", which may head a kind of data).
_CONTROLLER_HEADING = re.compile(
    r"(?i)\b(controller|verwerkingsverantwoordelijke|verantwoordelijke|responsable d[ue] (?:la )?traitement|"
    r"identit[ée] du responsable|éditeur|responsible party|mentions légales|legal notice|colofon|impressum)\b")
#: Registration wording; with a number in the same sentence it is the controller's own record.
_REGISTRATION = re.compile(
    r"(?i)\b(company (?:registration )?number|registered (?:in|at|with|office|address|number)|"
    r"registration number|companies house|chamber of commerce|kamer van koophandel|kvk|"
    r"ondernemingsnummer|btw-?(?:nummer|nr|identificatienummer|id)|vat (?:number|no|id)|siret|siren|rcs|siège social|capital social|"
    r"numéro de tva|gevestigd (?:te|aan|op)|ingeschreven)\b")
_LONG_NUMBER = re.compile(r"\d[\d .]{5,}\d")
#: A street or postcode line ("Anthonisstraat 50", "9100 Sint-Niklaas", "1012 AB Amsterdam"), which the
#: layout reads as a heading when it stands alone between blank lines.
_ADDRESS_LINE = re.compile(r"^(?=.{3,60}$)(?:\D+\s\d{1,4}[a-zA-Z]?\b[^.!?:]*|\d{4,5}(?:\s?[A-Z]{2})?\s+[A-ZÀ-Ý][^.!?:]*)$")
#: Address wording; with the controller's name in the sentence it is the controller's address.
ADDRESS = re.compile(r"(?i)\b(address|adresse|adres|gevestigd|siège|registered|located at|"
                     r"domicilié|établie?|kantoor|office)\b")
#: A sentence of prose (six words or more, no digit, a full stop): not an address or register line.
_PROSE = re.compile(r"^(?=[^\d]*$)(?:\S+\s+){5,}\S*[.!?]$")
#: A sentence (six words or more, a full stop), digits allowed: prose when it says what is collected.
_SENTENCE = re.compile(r"^(?:\S+\s+){5,}\S*[.!?]$")
#: Collection wording: an identity line that also introduces what is collected.
_COLLECTS = re.compile(r"(?i)\b(collect\w*|process\w*|includes?|gather\w*|recueill\w*|collect\w*|"
                       r"trait\w*|verzamel\w*|verwerk\w*|vragen)\b")
#: Words that are never a controller's name on their own.
_NOT_NAMES = {
    "we", "us", "our", "the", "this", "that", "privacy", "policy", "website", "site", "company",
    "data", "personal", "gdpr", "avg", "rgpd", "nous", "wij", "ons", "deze", "dit", "la", "le",
    "les", "de", "het", "een", "il", "ce", "cette", "vous", "you", "u", "je",
    # question words: "Wie gebruikt je gegevens?" is a heading, "Who processes your personal data?"
    "wie", "wat", "waarom", "hoe", "who", "what", "why", "how", "which", "qui", "que", "quoi",
    "pourquoi", "comment", "quelles", "quels",
    # the role a text capitalises as a defined term: "De Verwerkingsverantwoordelijke hecht veel
    # belang aan uw privacy" names no one
    "verwerkingsverantwoordelijke", "controller", "responsable", "verantwoordelijke",
    # the policy's own title words: "# Politique de Confidentialité (RGPD)" names no one (asap_fr,
    # fresh45 dev)
    "confidentialité", "politique", "privacyverklaring", "privacybeleid",
}
#: The controller's role as a text names it ("Le responsable du traitement détermine …", "The
#: data controller is …"): a name that starts with it, after an article, names no one.
_ROLE_LEAD = {"responsable", "controller", "verwerkingsverantwoordelijke", "verantwoordelijke"}
#: An identity sentence that says who runs the site, not who is the controller (see find).
_RUNS_THE_SITE = re.compile(r"\b(?:operated|owned|managed|run|published)\s+by\b")
#: The people a policy is for ("Privacy Notice for Employees", "Privacyverklaring Leden"): a name
#: made of these words only says whose data, not whose policy.
_PEOPLE = {
    "employees", "employee", "staff", "customers", "clients", "members", "candidates", "applicants",
    "job", "visitors", "users", "volunteers", "students", "patients", "suppliers", "parents",
    "participants", "salariés", "employés", "membres", "candidats", "adhérents", "bénévoles",
    "visiteurs", "utilisateurs", "fournisseurs", "medewerkers", "werknemers", "klanten",
    "leden", "sollicitanten", "bezoekers", "gebruikers", "vrijwilligers", "leveranciers",
    "and", "et", "en", "&",
}
#: A list intro naming the services a controller uses ("le Responsable de traitement a recours à
#: différents services et outils de sous-traitance :"): its rows are processors, not the controller.
_USES_OTHERS = re.compile(r"(?i)sous-trait|prestataires?|\bprocessors?\b|sub-?processors?|verwerkers|"
                          r"a\s+recours|makes?\s+use\s+of|maakt\s+gebruik|third[\s-]part|derden|\btiers\b")

#: Third parties that policies name as processors, never their own controller.
_PROCESSORS = re.compile(
    r"(?i)^(google|cloudflare|stripe|paypal|gumroad|vercel|render|mollie|adyen|amazon|microsoft|"
    r"mailchimp|hubspot|formspree|hcaptcha|meta|facebook|youtube|vimeo|simple analytics|"
    r"firebase|crashlytics|matomo|plausible|hotjar|sentry|linkedin|instagram|twitter|apple|"
    r"wordpress|woocommerce|jetpack|usercentrics|cookiebot|whatsapp|calendly|typeform|"
    # hosting and site builders: the site's host, named in the legal notice, is not its publisher
    r"hostinger|ovh|o2switch|ionos|1&1|gandi|netlify|github|combell|one\.com|strato|hetzner|"
    r"scaleway|infomaniak|siteground|godaddy|wix|squarespace|shopify|webflow|digitalocean|"
    r"autoriteit persoonsgegevens|gegevensbeschermingsautoriteit|information commissioner|cnil|ico|"
    r"cnpd|datatilsynet|garante|aepd|edöb|edoeb|fdpic|imy|dpc|tiktok|pinterest|snapchat|openai|"
    r"data protection (?:commission|authority)|autorité de protection des données)\b")


def is_processor(name: str) -> bool:
    """A service provider or authority policies name (Google, Stripe, the CNIL), never the controller."""
    return bool(_PROCESSORS.match(name))


#: The case-insensitive searches below run on lowercased lines (flows/draft/folding.py): ``re``
#: cannot skip ahead under IGNORECASE, and these alternations are tried on every line.
_trigger_search = fast_search(_TRIGGER)
_body_trigger_search = fast_search(_BODY_TRIGGER)
_credit_search = fast_search(_CREDIT)
_identity_heading_search = fast_search(_IDENTITY_HEADING)
_representative_search = fast_search(_REPRESENTATIVE)
_registration_search = fast_search(_REGISTRATION)
#: a word every representative's line holds (looked for first: few lines hold one)
_REPRESENTATIVE_WORDS = ("representative", "représentant", "vertegenwoordiger", "27")


def _names_representative(text: str) -> bool:
    """Whether a line names the body's representative in the Union (_REPRESENTATIVE)."""
    lowered = text.lower()
    return any(w in lowered for w in _REPRESENTATIVE_WORDS) and bool(_representative_search(text))


@dataclass
class Controller:
    """The controller as found: its name, how sure, why, and the units of its identity block."""

    name: str | None
    confidence: float
    why: str
    units: set[int] = field(default_factory=set)
    line: int = 0


_FORM_TOKEN = re.compile(rf"\(?(?:{_FORM})\)?")


#: Words that join a name's words, never open a name: "Data For Good", "Friends of the Earth".
_JOINING = frozenset({"for", "of", "the", "and", "&", "voor", "van", "en", "pour", "de", "du", "des", "et"})

#: Words a name never ends on: a possessive, an article or a preposition wants a word after it.
_NEVER_LAST = frozenset({"our", "your", "my", "their", "to", "of", "for", "the", "a", "an", "with", "about",
                         "onze", "ons", "uw", "jouw", "je", "mijn", "een", "het", "voor", "met", "over",
                         "notre", "votre", "nos", "vos", "mon", "ma", "mes", "pour", "avec", "sur",
                         # nor on a conjunction: "Terms & Privacy Policy" (pyconde_en, fresh72 dev)
                         # read "Terms &" as the body a title names
                         "&", "and", "et", "en", "und",
                         # nor on a demonstrative: "Changes to This Privacy Policy" (mployus_en, fresh17 dev)
                         "this", "these", "that", "deze", "dit", "dat", "ce", "cette", "ces",
                         # nor on a verb of being: "The administrator of your personal data is" (the
                         # line's lead before its colon, azimuthdoc_en, fresh73 dev)
                         "is", "are", "was", "est", "sont", "zijn", "ist"})

#: A register's label opens a number, never a name: "SIRET 934 437 377 00013, dont le siège …"
#: (drivelady_fr, fresh41 dev) matched the name-first identity pattern.
_REGISTER_LABEL = re.compile(r"(?i)^(?:SIRET|SIREN|RCS|KvK|KBO|BCE|TVA|VAT|BTW|RSIN|N°|No\.?|Nr\.?|"
                             r"Company\s+(?:No|Number)|Ondernemingsnummer|Numéro)\b")


#: A sentence's end inside a matched name (not an initial, "J. Smith", nor "Co. Ltd", nor the
#: German "e. V.", wmde_en, fresh66 dev).
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\bCo)(?<!\be)\.\s+(?=[A-Z])|(?<=[A-Z]{3})\.\s+(?=[A-ZÀ-Ý][a-zà-ÿ])")


#: Right after a word, the full stop and number of a citation ("Art. 6", "Sec. 4"): the word is
#: an abbreviation, never a name.
CITATION = re.compile(r"\.\s?\d")
#: A full stop, then a word that opens a sentence and never a name's next word.
_NEXT_SENTENCE = re.compile(r"\.\s+(?=(?:The|This|These|Those|It|Its|We|Our|In|For|If|When|Het|Dit|Deze|Wij|"
                            r"Ce|Cette|Ces|Nous|Il|Elle|Vous)\b)")


def _base_name(name: str) -> str:
    """The name without its legal form: "Kraye B.V." and "Kraye" are one body, and so are
    "Content Folder GmbH" and "Content Folder GmbH & Co. KG" (kirby_en, fresh53 dev)."""
    return " ".join(re.sub(r"\s&\s+Co\.?(?=\s|$)", " ", _FORM_RE.sub("", name)).split()).strip(" ,.")


#: Possessives: before a common noun they open a description, never a name ("Our website address").
_POSSESSIVES = frozenset({"our", "your", "my", "their", "notre", "votre", "nos", "vos", "mon", "ma", "mes",
                          "onze", "ons", "uw", "jouw", "mijn", "hun"})


def _clean_name(raw: str, processor_ok: bool = False) -> str | None:
    """The name a pattern matched, trimmed of what is not part of it; None when it is no name.
    A service provider's name (Google, Plausible) is none, unless ``processor_ok``: the line
    under the controller's own heading names the controller, even a provider writing its own
    policy ("## Data controller / Plausible Insights OÜ", plausible_en, fresh46 dev)."""
    # a trade mark's sign is no part of the name: "Ludus Mentis® ASBL" (ludusmentis_fr, fresh41 dev)
    raw = re.sub(r"\s*[®™©]", "", raw)
    name = re.sub(r"\s+", " ", raw.strip(" ,:;–-\"“”'’()"))
    if name.count("(") > name.count(")"):
        # a bracket the match cut open is no part of the name: "Applemooz (handelsnaam: MAISON
        # BLNDR)" (maisonblndr_nl, fresh55 dev), the name's line read up to the colon
        name = name[:name.rfind("(")].rstrip(" ,:;–-")
    if _REGISTER_LABEL.match(name):
        return None
    # a quoted part of the name keeps its closing quote: "RNV 'NefroN'", "T.F.V. 'Professor Francken'"
    raw = raw.strip()
    if raw[-1:] in "'’\"”" and re.search(r"\s[‘'\"“][^\s'’\"”]", name):
        name += raw[-1]
    # a name ends at its legal form: "WeGroup NV. We are registered" -> "WeGroup NV"
    tokens = name.split(" ")
    for i, tok in enumerate(tokens):
        if i and (_FORM_TOKEN.fullmatch(tok) or _FORM_TOKEN.fullmatch(tok.rstrip(".,"))):
            kept = tok if _FORM_TOKEN.fullmatch(tok) else tok.rstrip(".,")
            rest = tokens[i + 1:i + 4]
            if len(rest) == 3 and rest[0] == "&" and rest[1].rstrip(".,") == "Co" \
                    and rest[2].rstrip(".,") in ("KG", "OHG", "KGaA"):
                # a German partnership's compound form is one: "Content Folder GmbH & Co. KG"
                # (kirby_en, fresh53 dev)
                kept = f"{kept} & {rest[1].rstrip(',')} {rest[2].rstrip('.,')}"
            tokens = tokens[:i] + [kept]
            break
    name = " ".join(tokens)
    # a name ends at a sentence's end: "Sevenoaks Saxes. It explains" (not "B.V. Amsterdam"); a
    # name in capitals ends there too when a word in lowercase opens the next sentence ("AS
    # INGENIERIE. Elles peuvent", asingenierie_fr, fresh33 dev), not an initial ("J. Smith")
    name = _SENTENCE_END.split(name, maxsplit=1)[0]
    # ... and at a full stop before a word that opens sentences, whatever ends the name: "managed
    # by NeIC. The currently participating staff" (coderefinery_en, fresh59 dev)
    name = _NEXT_SENTENCE.split(name, maxsplit=1)[0]
    # "Caribou Nature, représenté par Denis Bertrand": who signs for the body is no part of its name
    name = re.split(r",?\s+(?:représentée?s?|represented|vertegenwoordigd)\s+(?:par|by|door)\b", name, maxsplit=1)[0]
    # "Thierry Martin – Entrepreneur Individuel": the spelt-out legal form is no part of the name
    name = re.sub(r"\s+[–-]\s+(?:Entrepreneur|Entreprise)\s+[Ii]ndividuel(?:le)?$", "", name)
    # "Kévin Beguerie, particulier — personne physique" (pausecafe_fr, fresh69 dev): what the
    # person is in law is no part of the name either
    name = re.sub(r",\s+(?:(?:un|une|a|an|een)\s+)?(?:particulier|personne\s+physique|private\s+(?:individual|person)|"
                  r"natural\s+person|sole\s+trader|natuurlijk\s+persoon|particulier\s+persoon|eenmanszaak|"
                  r"auto-?entrepreneur|micro-?entrepreneur|entrepreneur\s+individuel)\b.*$", "", name, flags=re.I)
    if name.endswith(".") and not re.search(r"\w\.\w+\.$|\b\w\.\s\w\.$", name):
        name = name.rstrip(".")  # a sentence's full stop, not "B.V." nor "Sp. z o. o." (azimuthdoc_en)
    if re.search(r"(?<![\w.])(?:e\.\s?V|B\.\s?V|N\.\s?V|S\.A|S\.L|S\.p\.A|S\.r\.l|V\.O\.F|[Ss]\.r\.o|[Aa]\.s)$", name):
        name += "."  # a line's pattern took the form's last dot for a full stop ("openHAB Foundation e.V.")
    # "OVE Distribution (SAS)" -> keep the name, drop a bracketed form
    name = re.sub(rf"\s*\((?:{_FORM})\)$", "", name)
    # "Les Bavardes Amiens Organisme à but non lucratif": the kind of body after the name is not of it
    name = re.sub(r"\s+(?:Organisme|Organisation)$", "", name)
    # "L’Association X" is "Association X"; "L’Espoir asbl" is the name itself
    name = re.sub(rf"^[LlDd][’'](?={_KIND_NOUN})", "", name)
    # "L'association Les Amis du Port est responsable …": the kind in lowercase is grammar, the
    # name is what follows it (capitalised, "L'Association Sportive X", it is the name's)
    name = re.sub(r"^(?:association|société|entreprise|fondation|fédération|vereniging|stichting|company|"
                  r"charity|foundation)\s+(?=[A-ZÀ-Ý0-9])", "", name)
    if re.fullmatch(r"[LlDd][’'][a-zà-ÿ][\w-]*", name):
        # "L’administration est responsable des traitements … pour l’instruction des dossiers"
        # (dinum_fr, fresh75 dev): an article and a word in lowercase is a common noun, no name
        return None
    words = name.split()
    if words and re.fullmatch(r"\d{1,2}(?:\.\d{1,2})*[.)]?", words[0]):
        words.pop(0)  # a heading's number: "2. Wie gebruikt je gegevens?"
    # a leading article goes ("The PCC of …", "De Taiji Vereniging"), unless the name goes on in
    # lowercase ("Les enfants de Simone" is the name itself)
    # An English registered name keeps its article: "The Fun Part BV" is the company's name, "The
    # PCC of St Michael" a description of one (a Dutch or French article is grammar: "De Taiji
    # Vereniging Molenbeek vzw hecht…").
    registered = len(words) > 2 and words[0] == "The" and bool(_FORM_TOKEN.fullmatch(words[-1]))
    # A Dutch or French article goes before the kind of body ("De Taiji Vereniging Molenbeek vzw",
    # "La Société X"), not before a name that names no kind: "De Wereld Draait Door VZW", "Les
    # Bavardes Amiens" are the names themselves.
    titled = (len(words) > 1 and words[0] in _NAME_ARTICLES
              and not any(re.match(_KIND_NOUN, w) for w in words[1:]))
    # a name set all in capitals is written as its sign reads, article included: "THE PADEL
    # s'engage à protéger vos données" (thepadel_fr, fresh51 dev), "LA FABRIQUE", "DE KAASBOER"
    titled = titled or (len(words) > 1 and all(w.isupper() for w in words) and words[0].isalpha())
    while not registered and not titled and words and words[0].casefold() in _NOT_NAMES \
            and (len(words) == 1 or not words[1][:1].islower()) \
            and not (len(words) > 1 and words[1].casefold() in _JOINING):
        words.pop(0)  # (not before a word that joins it to the next: "Data For Good", dataforgood_fr)
    if not words or all(w.casefold() in _NOT_NAMES for w in words):
        return None
    if all(re.fullmatch(r"[\d.,/-]+", w) for w in words):
        return None  # "association loi 1901 dont le siège …": a year, a number, never a name
    if any(w.casefold() in _ROLE_LEAD for w in words[:2]) and (
            words[0].casefold() in _ROLE_LEAD or words[0].casefold() in _NOT_NAMES):
        return None  # "Le responsable du traitement", "The controller"
    if all(w.casefold() in _PEOPLE for w in words):
        return None  # "Employees", "Leden en vrijwilligers"
    if len(words) > 1 and words[0].casefold() in _POSSESSIVES and words[1][:1].islower():
        # "Our website address: http://…" (the line WordPress's privacy template opens its "Who we
        # are" with, aapoattila_en, fresh79 dev), "Your personal data", "Onze gegevens": what is
        # someone's, described in common nouns, not named ("My Private Tutor Online", "Our Lady of
        # Lourdes" are names)
        return None
    if len(words) > 1 and words[-1].casefold() in _NEVER_LAST:
        return None  # "Changes To Our Privacy Policy" (addy_en, fresh61 dev): a heading, not a name
    name = " ".join(words)
    if len(name) < 2 or len(name) > 80 or (_PROCESSORS.match(name) and not processor_ok):
        return None
    return name


#: The start of a sentence, up to a legal form that stands alone as a match: "Let's dog B.V. is de
#: verwerkingsverantwoordelijke" has a lowercase word no name pattern reads across.
_SENTENCE_LEAD = re.compile(r"(?:^|(?<=[.!?])\s+)(?P<lead>[A-ZÀ-Ý][\w’'&\-]*(?:\s+[\w’'&\-]+){0,3})\s+$")


def _name_before_form(text: str, start: int) -> str | None:
    """The words that open the sentence before a bare legal form, with the form: "Let's dog
    B.V."; None when the form does not follow a sentence's first few words."""
    m = _SENTENCE_LEAD.search(text[:start])
    if m is None:
        # a brand spelt in lowercase, one word before its form, inside a longer sentence: "For
        # the purpose of this Privacy Policy codebar Ltd is the data controller" (codebar_en,
        # fresh41 dev)
        word = re.search(r"(?<![\w.’'-])([a-z][a-z0-9]*(?:[-.][a-z0-9]+)*)\s+$", text[:start])
        if word is None or word.group(1) in _NOT_BRANDS:
            return None
        return _clean_name(f"{word.group(1)} {text[start:].split()[0]}")
    return _clean_name(f"{m.group('lead')} {text[start:].split()[0]}")


#: Lowercase words before a legal form that are the sentence's grammar, not a brand.
_NOT_BRANDS = frozenset("the a an our this that its their your de het een onze la le les une un notre "
                        "votre company société bedrijf entreprise firm firma by of van von and en et".split())


#: Words that start a sentence or a phrase before a name, never part of it: "Als vzw Op 't
#: Spoor verwerken wij", "Bij Kraye BV", "As Acme Ltd".
_LEADING_WORDS = {"als", "bij", "door", "voor", "van", "via", "met", "namens", "as", "at", "by", "for",
                  "from", "with", "through", "comme", "chez", "par", "pour", "avec", "en", "dans", "in", "op"}
#: A Belgian body writes its form before its name too: "vzw Op 't Spoor", "asbl Les Amis",
#: "BVBA Restaurant@home".
_PREFIX_FORMS = ("Vzw", "vzw", "VZW", "Asbl", "asbl", "ASBL", "BVBA", "BV", "NV", "SRL", "SPRL")
#: (Each form opens on its first letter and then looks back past it for what may not come before:
#: "(?<![\w.])(?:Vzw|…)" would try the look-behind and every form at each position of every line.)
_PREFIX_FORM_NAME = re.compile("(?:" + "|".join(rf"{f[0]}(?<![\w.]{f[0]}){f[1:]}" for f in _PREFIX_FORMS)
                               + rf")\s+(?P<name>{_NAME})")


def _legal_names(text: str) -> list[str]:
    """Names with their legal form: "Webcasso B.V.", "m-ld.io Ltd", "KANIOU BVBA", "vzw Op 't
    Spoor"."""
    found = []
    for m in _PREFIX_FORM_NAME.finditer(text):
        before = text[: m.start()].split()
        if before and re.fullmatch(_TOKEN, before[-1]) and before[-1].casefold() not in _LEADING_WORDS:
            continue  # "KLJ Wiekevorst vzw Statiestraat 1": the form ends the name before it
        words = m.group("name").split()
        while words and _FORM_TOKEN.fullmatch(words[-1]):
            words.pop()  # "vzw X vzw": one form is enough
        form = m.group(0).split()[0]
        form = form.lower() if form.lower() in ("vzw", "asbl") else form  # "VZW X" is "vzw X"
        if words and (cleaned := _clean_name(f"{form} {' '.join(words)}")):
            found.append(cleaned)
    for m in _FORM_RE.finditer(text):
        before = text[: m.start()].rstrip()
        tokens = before.split()
        name_tokens: list[str] = []
        window = tokens[-6:]
        for j in range(len(window) - 1, -1, -1):
            tok = window[j]
            if re.fullmatch(r"[A-Za-zÀ-ÿ]{3,}\.", tok) and tok != "Co.":
                break  # a sentence's end: "run from Sweden. Nordic Harbour AB" (not "B.V." or "Co.")
            if re.fullmatch(_TOKEN, tok.strip(",")) and not tok.endswith((",", ":", ";")):
                name_tokens.insert(0, tok)
            elif (name_tokens and tok in _PARTICLE_WORDS and j > 0 and re.fullmatch(_TOKEN, window[j - 1])
                  and window[j - 1].casefold() not in _LEADING_WORDS):
                name_tokens.insert(0, tok)  # "Platform of Trust Oy", "Bank of Ireland plc"
            else:
                break
        while name_tokens and name_tokens[0].casefold() in _LEADING_WORDS:
            name_tokens.pop(0)
        if not name_tokens or all(re.fullmatch(r"[\d.,]+", t) for t in name_tokens):
            continue  # "4871 AB Etten-Leur" is a Dutch postcode, not a Swedish company
        if re.search(r"(?i)\bCC[-\s]?BY(?:[-\s]NC)?[-\s]?$", before):
            continue  # "licensed under CC-BY-SA": a licence, not a société anonyme
        form = m.group(0)
        name = " ".join(name_tokens)
        full = name if form.startswith("(") else f"{name} {form}"
        cleaned = _clean_name(full)
        if cleaned:
            found.append(cleaned)
    return found


def find(units: list[Unit]) -> Controller:
    """The controller named by the policy's identity sentence, else its most cited legal name."""
    candidates: Counter[str] = Counter()
    where: dict[str, tuple[int, str]] = {}
    identity_units: set[int] = set()
    # identity lines by the name they give: only the chosen name's are its block ("It is operated
    # by Algolia SAS, 55 Rue d'Amsterdam, 75008 Paris, France" is a tool's, openhab_en, fresh48 dev)
    named_lines: list[tuple[int, str]] = []
    # names an identity sentence gives as who runs the site ("run by X"), and as anything else
    runs_site: set[str] = set()
    in_role: set[str] = set()
    identity_heading: dict[int, bool] = {}  # by heading index: many units share one heading

    def names_identity(index: int) -> bool:
        if index not in identity_heading:
            identity_heading[index] = bool(_identity_heading_search(units[index].text))
        return identity_heading[index]

    previous: Unit | None = None
    for unit in units:
        text = unit.text
        # the name on the line after "Le responsable du traitement est :" or a key term "We, us,
        # our", or alone first under the controller's heading ("## Responsable du traitement /
        # RWDM Academy / Rue Charles Malis, 61")
        # the same field as one row ("bedrijfsnaam: Itoko", a definition list as the HTML reader
        # writes it), counted as the row-by-row field is
        if (field := _COMPANY_LABEL.match(text)) and field.group(0).endswith(":") \
                and (m := _NAME_LINE.match(text[field.end():].strip())) and (name := _clean_name(m.group("name"))):
            candidates[name] += 2
            where.setdefault(name, (unit.index, "a company-name field"))
        if previous is not None and not previous.intros and _COMPANY_LABEL.fullmatch(previous.text.strip()) \
                and not unit.intros and (m := _NAME_LINE.match(text.strip())) and not _FIELD_LABEL.match(text) \
                and (name := _clean_name(m.group("name"))):
            # a definition list written out row by row ("bedrijfsnaam" / "Itoko" / "vestigingsadres"
            # / "Linnaeusstraat 16"), not under a list's intro (a data list names fields, not values).
            # A data list's rows look the same ("Raison sociale" / "Numéro de TVA"): it counts as
            # a legal name does, below an identity sentence, and its rows stay data.
            candidates[name] += 2
            where.setdefault(name, (unit.index, "a company-name field"))
        # (the pattern itself ends on the colon or the verb the line breaks off after)
        intro_line = previous is not None and _is_colon_intro(previous.text)
        if previous is not None and ((intro_line
                                      and not _DPO.search(previous.text) and not _USES_OTHERS.search(previous.text))
                                     or _WE_TERM_LINE.match(previous.text)
                                     or (previous.kind == HEADING and names_identity(previous.index)
                                         and len(_DASHED.split(text, 1)[0]) <= 60
                                         and not names_identity(unit.index))):
            line = text.split("\n", 1)[0].strip()
            # "Le responsable du traitement … est :" / "Nom : María Salmerón": the name field's value
            line = _NAME_FIELD.sub("", line, count=1)
            addressed = False
            # (a field's label is read before the line is cut: "Société: Atelier Lumen, SAS …")
            label = _FIELD_LABEL.match(line)
            if previous.kind == HEADING and not label:
                # "## Data controller / **Confraternita di Misericordia di Ariccia ODV** — Ariccia
                # (RM), Italy — sede@…": the name, then its place and address on the same line
                lead = _DASHED.split(line, 1)[0]
                addressed, line = lead != line, lead
                label = _FIELD_LABEL.match(line)
            m = None if label else _NAME_LINE.match(line)
            lead, _, rest = line.partition(",")
            if m is None and not label and len(rest.split()) >= 3 and not re.search(r"\d", lead):
                # "DRIVE LADY, société par actions simplifiée au capital de 5 000 euros, …"
                # (drivelady_fr, fresh41 dev): the name, then what it is and its register (not
                # a street: "Pitantiehof 9, …")
                m = _NAME_LINE.match(lead.strip())
            if m is None and (previous.kind != HEADING or addressed or intro_line) and not label:
                words = re.split(r"\s+[-–]\s+", line, maxsplit=1)[0].split()
                m = (_LOOSE_NAME_LINE.match(line) or _FORM_NAME_LINE.match(line)) if 0 < len(words) <= 12 else None
            name = _clean_name(m.group("name"), processor_ok=previous.kind == HEADING) if m else None
            if name:
                candidates[name] += 3
                where[name] = (unit.index, "the identity sentence")
                identity_units.update((previous.index, unit.index))
        previous = unit
        in_identity_section = any(names_identity(i) for i in unit.headings[-1:]) \
            or (unit.kind == HEADING and names_identity(unit.index))
        triggered = (_trigger_search(text) or _body_trigger_search(text) or _TRIGGER_START.match(text)
                     or _OPENING_TRIGGER.match(text)) \
            and not _credit_search(text)
        lowered = text.lower() if triggered else ""
        name_first = any(w in lowered for w in _NAME_FIRST_WORDS)
        for pattern, needs, opens_on_name in _IDENTITY_NEEDS if triggered else ():
            if (opens_on_name and not name_first) or (needs and not all(w in text for w in needs)):
                continue
            for m in pattern.finditer(text):
                raw = m.group("name")
                if opens_on_name:
                    # the name before the role is the last sentence's: "… issued by the Swedish Bar
                    # Association. Harbour Law AB is the data controller" names Harbour Law AB
                    raw = _SENTENCE_END.split(raw)[-1]
                name = _clean_name(raw)
                if name and _FORM_TOKEN.fullmatch(name):
                    name = _name_before_form(text, m.start("name")) or name
                if not name:
                    continue
                # a legal form right after the match belongs to the name ("Kraye B.V. is ...")
                candidates[name] += 3
                (runs_site if _RUNS_THE_SITE.search(m.group(0)) else in_role).add(name)
                if where.get(name, (0, ""))[1] != "the identity sentence":
                    where[name] = (unit.index, "the identity sentence")
                if len(text) <= 120:  # a line ("KANIOU is verantwoordelijk ..."), not a paragraph
                    named_lines.append((unit.index, name))
        if unit.kind == HEADING and (m := _BARE_TITLE.match(text) or _AT_TITLE.match(text)) \
                and (name := _clean_name(m.group("name"))):
            candidates[name] += 2
            where.setdefault(name, (unit.index, "the policy's title"))
        for name in _legal_names(text):
            candidates[name] += 2 if in_identity_section else 1
            where.setdefault(name, (unit.index, "a name with its legal form"))
            if in_identity_section and len(text) <= 120:
                identity_units.add(unit.index)
        if len(text) <= 120 and _registration_search(text) and _LONG_NUMBER.search(text):
            identity_units.add(unit.index)
    if not candidates:
        # no name found, but the controller's section is still the controller's: its short lines
        # (address, register, telephone) are no one's personal data
        # ("Contactgegevens" heads the controller's block or a kind of data "you" give: only a
        # heading naming the controller itself counts here)
        block = identity_units | {u.index for u in units if u.kind != HEADING and u.headings
                                  and len(u.text) <= 160 and _CONTROLLER_HEADING.search(units[u.headings[-1]].text)}
        return Controller(None, 0.0, "no identity sentence found", block)
    # A name and the same name with its legal form are one candidate: keep the longer spelling.
    merged: Counter[str] = Counter()
    for name, score in candidates.items():
        base = _base_name(name)
        key = next((k for k in merged if _base_name(k).casefold() == base.casefold()), None)
        if key is None:
            merged[name] += score
        else:
            merged[key] += score
            if len(name) > len(key) and _FORM_RE.search(name):
                merged[name] = merged.pop(key)
    order = {n: where.get(n, (10**9, ""))[0] for n in merged}
    # who runs the site is the controller unless a sentence as strong names another in that role:
    # "built and run by the Race Disparity Unit (RDU), which is part of Cabinet Office" / "… known
    # as the ‘data controller’, is the Cabinet Office" (ethnicityfacts_en, fresh78 dev)
    def only_runs_site(n: str) -> bool:
        same = {r for r in runs_site | in_role if _base_name(r).casefold() == _base_name(n).casefold()}
        return bool(same) and same <= runs_site
    best = max(merged, key=lambda n: (merged[n], not only_runs_site(n), -order[n]))
    index, how = where.get(best, (0, "a name with its legal form"))
    confidence = 0.85 if merged[best] >= 3 else 0.6
    best_base = _base_name(best).casefold()
    identity_units.update(i for i, name in named_lines if _base_name(name).casefold() == best_base)
    # The identity block: each identity unit and the short lines (address, register number) that
    # follow it in the same section, and every short line of a "who we are" section.
    # the controller's name alone on its line starts a contact block ("Argina Technics N.V." /
    # "Anthonis De Jonghestraat 50" / "9100 Sint-Niklaas"): the lines under it are its address
    identity_units.update(u.index for u in units if u.kind != HEADING and len(u.text) <= 80
                          and _names(u.text, best))
    block = set(identity_units)
    for start_index in sorted(identity_units):
        start = units[start_index]
        if start.is_intro and _COLLECTS.search(start.text):
            # "Good-Loop (we) collects a range of information about you. This includes:" names
            # the controller and introduces the data list that follows: the list is the policy's
            continue
        for unit in units[start_index + 1: start_index + 8]:
            if (unit.kind == HEADING and not _ADDRESS_LINE.match(unit.text)) or unit.headings != start.headings \
                    or len(unit.text) > 160:
                break  # (a street or postcode alone on its line reads as a heading: it goes on)
            if _PROSE.match(unit.text) or (_COLLECTS.search(unit.text) and _SENTENCE.match(unit.text)):
                # "Wij verwerken de naam ... van onze klanten.", "For players under 16 we collect
                # ...": the policy, not the address (a number alone does not make a sentence an
                # address or register line when it says what is collected)
                break
            if " | " in unit.text:
                break  # a table's rows ("Newsletter | Adresse e-mail | 3 ans"): the policy's
            if _names_representative(unit.text):
                break  # the body's representative in the Union, and its address abroad after it
            if unit.text.rstrip().endswith(":") and _COLLECTS.search(unit.text):
                break  # "Hieronder vindt u een overzicht van de persoonsgegevens die verwerkt worden:"
            block.add(unit.index)
    for unit in units:
        if unit.kind != HEADING and unit.headings and len(unit.text) <= 160 and (
                names_identity(unit.headings[-1])
                # the controller's name set as its own heading under the controller's heading
                # ("## Controller / **ACCESSA GmbH** / Talstrasse 24 / Switzerland"); any other
                # sub-heading ("### What we collect") heads the policy's own lines
                or (len(unit.headings) > 1 and names_identity(unit.headings[-2])
                    and _names(units[unit.headings[-1]].text, best))):
            block.add(unit.index)
    if index < len(units):
        text = units[index].text
        at = max(text.find(_FORM_RE.sub("", best).strip()), 0)
        quote = text[max(at - 60, 0): at + 100].strip()
        why = f'{how}, line {units[index].line}: "{quote}"'
        return Controller(best, confidence, why, block, units[index].line)
    return Controller(best, confidence, how, block)


def _names(heading: str, name: str) -> bool:
    """The heading is the name, its legal form and emphasis aside ("**ACCESSA GmbH**")."""
    bare = lambda text: _FORM_RE.sub("", text).strip(" *_:,.").casefold()  # noqa: E731
    return bool(bare(name)) and bare(heading) == bare(name)


#: Postcodes only one country writes that way, followed by a town: "4871 AB Etten-Leur",
#: "EH7 4LX Edinburgh"/"Edinburgh, EH7 4LX", "75008 Paris CEDEX".
POSTCODES: dict[str, re.Pattern[str]] = {
    "NL": re.compile(r"\b[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}\b,? {1,2}[A-Z][a-z]"),
    "GB": re.compile(r"\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?) \d[ABD-HJLNP-UW-Z]{2}\b"),
    "FR": re.compile(r"\b\d{5} [A-Z][\w' -]{1,40} CEDEX\b"),
}


#: Postcodes whose shape says the country among the countries that write one language: a Dutch
#: text's "8900 Ieper" is Belgian (a Dutch postcode has two letters after its digits), a French
#: text's "81000 Albi" is French (Belgium, Switzerland and Luxembourg write four digits). Only
#: where an address line puts one (after a comma or at a line's start): "in 2024 Amsterdam" is a year.
LANGUAGE_POSTCODES: dict[str, dict[str, re.Pattern[str]]] = {
    # after a comma, a table cell, a line's start or a house number ("Steenakkerstraat 33 3950 Kaulille")
    "nl": {"BE": re.compile(r"(?m)(?:(?<=,\s)|(?<=\|\s)|(?<=\d\s)|^)[1-9]\d{3},? {1,2}(?![A-Z]{2}\b)[A-Z][a-zà-ÿ]+")},
    "fr": {"FR": re.compile(r"(?m)(?:(?<=,\s)|(?<=\|\s)|^)(?:0[1-9]|[1-8]\d|9[0-5]|97)\d{3},? {1,2}[A-Z][a-zà-ÿ]+")},
}
#: International dialling codes of the countries ropa's users write from: "+32 9 123 45 67",
#: "0031 (0)20 …", "+353 21 …". A separator must follow the code ("+3293…" could be split
#: several ways).
PHONE_CODES: dict[str, str] = {
    "32": "BE", "31": "NL", "33": "FR", "352": "LU", "41": "CH", "353": "IE", "44": "GB", "49": "DE",
    "356": "MT", "358": "FI", "43": "AT", "45": "DK", "46": "SE", "47": "NO", "34": "ES", "39": "IT",
}
_PHONE_CODE = re.compile(r"(?<![\w+])(?:\+|00)\s?(" + "|".join(sorted(PHONE_CODES, key=len, reverse=True))
                         + r")(?=[\s(.\-/])")


def postcode_countries(text: str, language: str | None = None) -> Counter[str]:
    """Countries whose postcode shapes (POSTCODES, and LANGUAGE_POSTCODES for the text's language)
    or dialling codes the text holds."""
    found = Counter({c: n for c, rx in POSTCODES.items() if (n := len(rx.findall(text)))})
    for country, rx in LANGUAGE_POSTCODES.get(language or "", {}).items():
        found[country] += len(rx.findall(text))
    for code in _PHONE_CODE.findall(text):
        found[PHONE_CODES[code]] += 1
    for country, (rx, number) in _VAT_NUMBERS.items():
        # a VAT number whose check digits hold is the registered body's country, twice over
        found[country] += 2 * sum(1 for m in rx.finditer(text) if number.is_valid(m.group(0)))
    return +found


#: VAT numbers with their country prefix ("BTW BE 0472 736 428", "NL859048546B01", "FR 40 303 265
#: 045"), checked by python-stdnum: a number that passes its country's checksum is no accident.
_VAT_NUMBERS = {
    "BE": (re.compile(r"\bBE\s?(?:[01]\d{3}|\d{3})[.\s]?\d{3}[.\s]?\d{3}\b"), stdnum_be_vat),
    "NL": (re.compile(r"\bNL\s?\d{9}\s?B\s?\d{2}\b"), stdnum_nl_btw),
    "FR": (re.compile(r"\bFR\s?[0-9A-HJ-NP-Z]{2}\s?\d{3}\s?\d{3}\s?\d{3}\b"), stdnum_fr_tva),
}


#: Mail and access providers, and the authorities and public sites policies link to: a host of
#: theirs is not the site's own ("louise@telenet.be", "www.cnil.fr").
_NOT_OWN_HOSTS = frozenset(
    "gmail googlemail hotmail outlook live msn yahoo icloud me mac aol gmx web t-online bluewin "
    "protonmail proton pm mail telenet skynet proximus scarlet orange free wanadoo sfr laposte "
    "neuf ziggo kpnmail kpnplanet planet xs4all hetnet home chello quicknet eircom btinternet "
    "sky virginmedia talktalk cnil autoriteitpersoonsgegevens gegevensbeschermingsautoriteit "
    "dataprotectionauthority privacycommission ico edoeb cnpd dataprotection datatilsynet "
    "imy europa eur-lex edpb w3 wikipedia example domain localhost github gitlab".split())
_WEBMAIL = re.compile(r"(?i)\b([a-z0-9][a-z0-9._-]{2,40})@(?:gmail|googlemail|hotmail|outlook|live|yahoo|icloud|"
                      r"gmx|protonmail|proton|telenet|skynet|proximus|orange|free|wanadoo|sfr|laposte|"
                      r"ziggo|kpnmail|planet|xs4all|hetnet|home|btinternet|eircom|bluewin)\.[a-z.]{2,8}\b")
#: Mailbox names that say what the box is for, not whose it is.
_MAILBOX_WORDS = frozenset("info contact admin privacy hello mail office secretariaat secretariat "
                           "bestuur sales support noreply no-reply webmaster".split())
_AUTHORITY_HOSTS = frozenset("cnil aepd cnpd datatilsynet garante garanteprivacy edoeb imy ico dpc "
                             "autoriteitpersoonsgegevens gegevensbeschermingsautoriteit".split())
_WORD = re.compile(r"[\w&@’'\-]*\w")
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "or", "ne"})
#: A run of name words: capitalised, upper-case or digit-led words, with particles inside.
_RUN_WORD = r"(?:[A-ZÀ-Ý0-9][\w&@’'\-]*[\w]|[A-ZÀ-Ý]|[a-z]{1,3}[A-Z][\w\-]*)"
_NAME_RUN = re.compile(rf"(?<![\w@.\-]){_RUN_WORD}(?:[ \t]+(?:(?:{_PARTICLE}|&)[ \t]+){{0,2}}{_RUN_WORD}){{0,5}}"
                       rf"(?![\w@\-])")


def _letters(text: str) -> str:
    """Letters and digits as a domain spells them: "365 Kiné" is 365kine."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    return re.sub(r"[^0-9a-z]", "", plain)


def own_domain_labels(text: str) -> Counter[str]:
    """The site's own domain names as the text cites them ("info@tersagoesting.be",
    "www.blue-angel.de"), squashed to letters and digits, with how many hosts cite each; mail
    providers', authorities' and services' hosts are not the site's."""
    labels: Counter[str] = Counter()
    # a small body's address at a mail provider spells its name before the @ ("tersagoesting@gmail.com")
    for local in {m.group(1).lower() for m in _WEBMAIL.finditer(text)}:
        if len(squashed := _letters(local)) >= 5 and local not in _MAILBOX_WORDS:
            labels[squashed] += 1
    for host in {m.group(1).lower().removeprefix("www.") for m in HOST.finditer(text)}:
        parts = host.split(".")
        if len(parts) < 2:
            continue
        label = parts[-3] if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL else parts[-2]
        squashed = _letters(label)
        if len(squashed) >= 4 and label not in _NOT_OWN_HOSTS and squashed not in _NOT_OWN_HOSTS \
                and not is_processor(label):
            labels[squashed] += 1
    return labels


_IN_HOST = re.compile(r"\.[a-z]")
#: A host written as a sentence's subject: the host, then a lowercase word ("codepuzzle.io est …").
_HOST_AS_SUBJECT = re.compile(r"([a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,})\s+(?=[a-zà-ÿ])")


def domain_spelled_name(units: list[Unit], lowercase_words: set[str]) -> tuple[str, int, str] | None:
    """The name the site's own domain spells, as the text writes it: "Tersagoesting" for
    tersagoesting.be, "GVAGROUPE" for gvagroupe.ch, "Energie met Bart" for energiemetbart.nl,
    "SP Reclamebureau" for spreclame.be.

    A policy that names its controller in no identity sentence still cites its own site or mail
    address, and the name it uses for itself is the one its domain spells. Words from a
    capitalised one on count when their letters equal the domain's ("Energie met Bart"), or
    start with them and go on inside a word or into at most two name words ("SP Reclamebureau",
    "Tijdhof Consulting" for tijdhof.nl); trailing words the text also writes in lowercase
    ("Privacy", "Policy") are left out. Returns (name, uses, why) of the most used such name."""
    labels = own_domain_labels(" ".join(u.text for u in units))
    if not labels:
        return None
    found: Counter[str] = Counter()
    hosts: Counter[str] = Counter()
    longer: dict[str, Counter[str]] = defaultdict(Counter)
    line: dict[str, int] = {}
    for unit in units:
        matches = list(_WORD.finditer(unit.text))
        words = [m.group(0) for m in matches]
        for start, word in enumerate(words):
            host = _HOST_AS_SUBJECT.match(unit.text, matches[start].start()) if word in labels else None
            before = unit.text[:matches[start].start()]
            if host and (not before.strip(" *_") or before.endswith(". ")):
                # the site named by its host, as the subject of a sentence: "codepuzzle.io est amené à
                # collecter …", "codepuzzle.io limite la collecte" (codepuzzle_fr, fresh77 dev), when
                # the text spells the name no other way ("wijkopenpanden.be verzamelt" beside the
                # company Berabrick, wijkopenpanden_be, ctrl3 dev)
                hosts[host.group(1)] += 1
                line.setdefault(host.group(1), unit.line)
                continue
            # (a brand the site writes in lowercase is its domain's word itself: "swisstopo se
            # réserve …" for swisstopo.ch, swisstopo_fr, fresh48 dev)
            if not (word[0].isupper() or word[0].isdigit()) and not (
                    len(word) >= 5 and word in labels and not _IN_HOST.match(unit.text, matches[start].end())
                    and unit.text[matches[start].start() - 1: matches[start].start()] not in ("@", "/", ".")):
                continue  # (not the host itself: "bacomathiqu.es")
            spelled = ""
            for end in range(start, min(start + 6, len(words))):
                spelled += _letters(words[end])
                label = next((lb for lb in labels if spelled == lb or (len(lb) >= 6 and spelled.startswith(lb))), None)
                if label is not None or not any(lb.startswith(spelled) for lb in labels):
                    break
            if label is None:
                continue
            # the name as the text writes it, its dots and hyphens kept ("Ressource A.I.M.E" for
            # ressource-aime.fr, ressourceaime_fr, fresh62 dev), unless other marks join its words
            span = unit.text[matches[start].start():matches[end].end()]
            bare = " ".join(span.split()) if {c for c in span if not c.isalnum()} <= set(" .-’'&") \
                else " ".join(words[start:end + 1])
            found[bare] += 1
            line.setdefault(bare, unit.line)
            # at most two name words after the domain's ("Tijdhof Consulting"), none the text
            # also writes in lowercase ("Tersagoesting Privacy Policy" is Tersagoesting's policy)
            run: list[str] = []
            for k in range(end + 1, min(end + 3, len(words))):
                extra, gap = words[k], unit.text[matches[k - 1].end():matches[k].start()]
                if (not extra[0].isupper() or not gap.isspace() or extra.casefold() in _NOT_NAMES
                        or extra.casefold() in lowercase_words):
                    break  # "Erik Leuning – Begeleiding": a dash ends the name
                run.append(extra)
            if run:
                longer[bare][" ".join([bare, *run])] += 1
    found = found or hosts
    if not found:
        return None
    name, uses = max(found.items(), key=lambda kv: (kv[1], -line[kv[0]]))
    # the name goes on past its domain when the text writes it so, again and again ("Tijdhof
    # Consulting" four times), not once beside a person's name ("DanYuZen Danny Currinckx")
    if longer[name] and (best := longer[name].most_common(1)[0])[1] >= max(2, uses / 2):
        name = best[0]
    # "in an activity of La Pellegrina", "the La Pellegrina newsletter": an article the text
    # capitalises inside its sentences before the name, most times it writes it, is the name's own
    text = "\n".join(u.text for u in units)
    name = _with_closing_quote(name, text)
    name = _with_name_words_before(name, text, lowercase_words)
    article = re.compile(rf"(?<=[a-zà-ý,] )[*_]{{0,2}}((?:{'|'.join(_NAME_ARTICLES)}) |L[’']){re.escape(name)}\b")
    found_articles = [m.group(1) for m in article.finditer(text)]
    if len(found_articles) >= max(2, uses / 2):
        name = Counter(found_articles).most_common(1)[0][0] + name
    return name, uses, f"the name the site's own domain spells, used {uses} times"


#: What follows the holder's name in a notice: its rights words, a separator, a place, a year.
_NOTICE_END = re.compile(
    r"\s+[·|•–—-]\s|\s*[|·•]|,|\.\s+(?=[A-ZÀ-Ý])|\s{2,}|\s+\d{4}\b|"
    r"(?i:\s*\b(?:all\s+rights|tous\s+droits|alle\s+rechten)\b)")
#: What opens a notice before the name: the sign, the word, years, a separator.
_NOTICE_LEAD = re.compile(r"(?i)^(?:\s|©|\(c\)|copyright\b|\d{4}(?:\s*[-–]\s*\d{2,4})?|[-–—|:,.·])+")
_RESERVED_BY = re.compile(r"(?i)\breserved\s+by\s+(.+)")
_DOMAIN_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}$")


def copyright_holder(units: list[Unit]) -> tuple[str, int] | None:
    """The name a page's copyright notice gives its owner, and the notice's line.

    "© 2026 Ketelmeester. Alle rechten voorbehouden.", "Copyright © Hands on Healing 2021",
    "© 2026 Agama SA · Sierre", "© Copyright 2025 - All Rights Reserved by ZEK": the page says
    whose it is. It is read after the identity sentence, for a policy that names its controller
    in none (flows/draft/reader.py keeps the notice a page's footer holds). The page's last
    notice counts; one that names no one ("Copyright © 2020", "© Tous droits réservés"), a
    template's placeholder ("[© Jaar Naam praktijk]") or a service gives None."""
    from flows.draft.reader import COPYRIGHT

    for unit in reversed(units):
        if len(unit.text) > 200 or "[" in unit.text:
            continue
        sign = COPYRIGHT.search(unit.text)
        if sign is None:
            continue
        rest = unit.text[sign.start():]
        by = _RESERVED_BY.search(rest)
        rest = by.group(1) if by else _NOTICE_LEAD.sub("", rest)
        end = _NOTICE_END.search(rest)
        name = (rest[:end.start()] if end else rest).strip(" ,:;-–—*_")
        if not _FORM_RE.search(name):  # (a legal form keeps its full stop: "Regen Studio B.V.")
            name = name.rstrip(".")
        words = name.split()
        if not words or len(words) > 6 or len(name) < 2 or not (
                name[0].isupper() or name[0].isdigit() or _DOMAIN_NAME.match(name)):
            return None
        if is_processor(name) or name.casefold() in _NOT_NAMES or ":" in name:
            return None  # (a label and its number: "© N° registre commerce: CHE-221.752.845")
        return name, unit.line
    return None


def with_capital_article(name: str, text: str, anywhere: bool = False) -> str:
    """"The Climate Coalition" when the text writes "run by The Climate Coalition", "the privacy
    policies of The Climate Coalition" (climatecoalition_en, fresh67 dev): an English article
    capitalised inside sentences before the name, at least twice and in half its uses or more, is
    the name's own (an identity sentence that opens with it cannot tell, so its article went).
    ``anywhere``: in a Dutch or French text an English article is no grammar, so each use counts,
    a sentence's first too ("The Movement Club, gevestigd aan …", movementclub_nl, fresh73 dev)."""
    if name.startswith("The "):
        return name
    before = r"\b" if anywhere else r"(?<=[a-zà-ý,] )[*_]{0,2}"
    with_article = len(re.findall(rf"{before}The {re.escape(name)}\b", text))
    uses = len(re.findall(rf"\b{re.escape(name)}\b", text))
    return f"The {name}" if with_article >= max(1 if anywhere else 2, uses / 2) else name


#: A word a guessed name loses at its front: an article ("De Vrije Hond") or an acronym in
#: capitals ("NL Design System").
_LEAD_WORD = re.compile(r"De|Het|La|Le|Les|The|[A-Z]{2,5}")


def with_lead_word(name: str, text: str) -> str:
    """"De Vrije Hond" for a guessed "Vrije Hond" (devrijehond_nl, fresh80 dev), "NL Design System"
    for "Design System" (nldesignsystem_nl, fresh80 dev): an article or an acronym the text writes,
    capitalised, right before the name each time it writes it, and once at least inside a sentence
    (after a lowercase word, where an article that is grammar is lowercase), is the name's own. A
    name counted from capitalised words loses such a word: "De" is also written as grammar, an
    acronym is no capitalised word."""
    leads: list[str] = []
    inside = False
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}\b", text):
        lead = re.search(r"(?:^|(?<=\s))([\w’'-]+) $", text[max(0, m.start() - 60):m.start()])
        if lead is None:
            return name
        leads.append(lead.group(1))
        before = text[:m.start() - len(lead.group(1)) - 1].rstrip(" ")
        inside = inside or bool(re.search(r"[a-zà-ÿ,]$", before))
    if not leads or len(set(leads)) > 1 or not inside:
        return name
    word = leads[0]
    article = word in ("De", "Het", "La", "Le", "Les", "The")
    # (an acronym that names no one stays out: "GDPR Privacy Notice")
    return f"{word} {name}" if _LEAD_WORD.fullmatch(word) and (article or word.casefold() not in _NOT_NAMES) else name


#: Capitalised words (and the small words that join them) before a name, on its line.
_NAME_WORDS_BEFORE = re.compile(r"((?:[A-ZÀ-Ý][\w’'&.-]*[ \t]+(?:(?:for|of|van|voor|de|du|des|of\s+the|and|&|en|et)[ \t]+)?){1,4})$")


def _with_name_words_before(name: str, text: str, lowercase_words: set[str]) -> str:
    """"Office for National Statistics" for the word "Statistics" its domain statistics.gov.uk
    spells (ons_en, fresh76 dev): capitalised words the text writes before the name each time it
    writes it, on a line of their own (an address block's), are the name's own (a domain keeps a
    name's last word, as "Gemeente Amsterdam" has amsterdam.nl)."""
    runs: set[str] = set()
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}\b", text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        before = _NAME_WORDS_BEFORE.fullmatch(text[line_start:m.start()])
        if before is None or text[m.end():None if line_end < 0 else line_end].strip(" \t,.;"):
            # only a name alone on its line, as an address block writes it: in a sentence, the
            # words before may be its verb ("Bel SP Reclamebureau op …")
            return name
        words = before.group(1).split()
        if any(w.casefold() in _NOT_NAMES and w.casefold() not in _JOINING for w in words) or \
                words[0].casefold() in _JOINING:
            return name  # "Privacy Statistics", "The Statistics": no name's words
        if any(w.isupper() and w.casefold() in lowercase_words for w in words) or (
                name.isupper() and all(w.isupper() for w in words)):
            # a line in capitals, where a title's words cannot be told from the name's:
            # "PRÉSENTATION MANDELIEU WATERSPORTS" (mws_fr, fresh75 dev)
            return name
        runs.add(" ".join(words))
    return f"{runs.pop()} {name}" if len(runs) == 1 else name


def _with_closing_quote(name: str, text: str) -> str:
    """A name whose last word opens a quote the text closes after it, most times it writes it,
    keeps the closing quote: "RNV 'NefroN'" (a word stops before a quote that ends it)."""
    if not re.search(r"(?:^|\s)[‘'\"“][^\s'’\"”]+$", name):
        return name
    after = Counter(m.group(1) for m in re.finditer(rf"{re.escape(name)}(['’\"”]?)", text))
    if not after:  # the name's words joined otherwise in the text ("RNV/'NefroN'")
        return name
    closing, uses = max(after.items(), key=lambda kv: (bool(kv[0]), kv[1]))
    return name + closing if closing and uses >= sum(after.values()) / 2 else name


def most_used_name_run(units: list[Unit], lowercase_words: set[str], skip: set[int] = frozenset(),
                       min_uses: int = 2) -> tuple[str, int] | None:
    """The run of name words the text uses most ("Tijdhof Consulting", "SP Reclamebureau"),
    trimmed at both ends of words the text also writes in lowercase ("Deze", "Privacy") and of
    services' names ("Google Analytics"); None when no run is used ``min_uses`` times.

    Counting whole runs, not single capitalised words, keeps a name's parts together: a single
    word count picked "Consulting" out of "Tijdhof Consulting" and "Level CIC" out of "Ascend
    Next Level CIC" (an upper-case word such as "SP" or "MP2A" counted for nothing)."""
    found: Counter[str] = Counter()
    first: dict[str, int] = {}
    inside: set[str] = set()
    for unit in units:
        if unit.index in skip:
            continue
        for m in _NAME_RUN.finditer(unit.text):
            words = [w.strip("’'") for w in m.group(0).split()]
            common = lambda w: (w.casefold() in lowercase_words or w.casefold() in _NOT_NAMES  # noqa: E731
                                or re.fullmatch(r"[\d.,/-]+|\d{4}[A-Z]{2}", w) is not None or len(w) < 2
                                or w.casefold() in _PARTICLE_WORDS)
            while words and common(words[0]):
                words.pop(0)
            while words and common(words[-1]):
                words.pop()
            if not words or (len(words) == 1 and len(words[0]) < 3):
                continue
            name = " ".join(words).strip(",.;:")
            if is_processor(name) or any(is_processor(w) for w in words[:1]):
                continue
            if len(words) == 1 and CITATION.match(unit.text, unit.text.find(name, m.start()) + len(name)):
                continue  # a citation's abbreviation: "Art. 6(1)(c) GDPR" (wolfsound_en, fresh57 dev)
            found[name] += 1
            first.setdefault(name, unit.index)
            before = unit.text[: m.start()].rstrip()
            if unit.kind != HEADING and before and before[-1] not in ".!?:":
                inside.add(name)
    # a single word only ever written at a sentence's or a heading's start may be a common word
    # ("Bijvoorbeeld, ...", "## Recht op inzage"); a name is also written inside sentences
    found = Counter({n: k for n, k in found.items() if len(n.split()) > 1 or n in inside})
    if not found:
        return None
    name, uses = max(found.items(), key=lambda kv: (kv[1], len(kv[0].split()) > 1, -first[kv[0]]))
    return (name, uses) if uses >= min_uses else None


#: Lowercase words inside a name that ends with its legal form: "Bank of Ireland plc", "Juste à
#: Temps (SAS)" (justeatemps_fr, fresh37 dev).
_PARTICLE_WORDS = frozenset("de van der den het du des la le of the for by von und en et and à au aux".split())


#: Legal forms more than one country uses: evidence of a country, not of which.
_SHARED_FORMS = {"gmbh", "ag", "sa", "sàrl", "sarl"}
#: Host names in URLs and e-mail addresses.
HOST = re.compile(r"(?i)(?:https?://|www\.|@)([a-z0-9][a-z0-9.-]{1,80}\.[a-z]{2,12})\b")
CC_TLD = {"ie": "IE", "nl": "NL", "be": "BE", "fr": "FR", "de": "DE", "uk": "GB", "at": "AT",
          "ch": "CH", "lu": "LU", "es": "ES", "it": "IT", "pt": "PT", "dk": "DK", "se": "SE",
          "fi": "FI", "pl": "PL", "no": "NO", "mt": "MT", "ee": "EE", "lv": "LV", "lt": "LT",
          "cz": "CZ", "sk": "SK", "si": "SI", "hr": "HR", "hu": "HU", "ro": "RO", "bg": "BG",
          "gr": "GR", "cy": "CY", "is": "IS"}


def country_domains(text: str) -> dict[str, set[str]]:
    """Each country whose top-level domain the policy's own hosts use, with those hosts (counted
    once each, so one address repeated is one vote); services' hosts (analytics.google.de) are
    not the controller's."""
    hosts: dict[str, set[str]] = {}
    for m in HOST.finditer(text):
        host = m.group(1).lower().removeprefix("www.")
        labels = host.split(".")
        country = CC_TLD.get(labels[-1])
        # a service's host (analytics.google.de) says nothing of the controller; an authority's
        # (www.aepd.es) is where its complaints go, the controller's own country
        if country and not any(is_processor(label) and label not in _AUTHORITY_HOSTS for label in labels[:-1]):
            hosts.setdefault(country, set()).add(host)
    return hosts


#: Who hosts the site, another body with an address of its own: "Our website is hosted by Hetzner
#: Online GmbH, … Germany", "Hébergeur : OVH SAS, Roubaix", "De website wordt gehost door TransIP".
_HOSTED_BY = re.compile(r"(?i)\bhosted\s+(?:by|with|at)\b|\bhosting\s+provider\b|\bhébergée?s?\s+(?:par|chez)\b|"
                        r"\bhébergeur\b|\bhébergement\s*:|\bgehost\s+(?:door|bij)\b|\bhostingprovider\b")


def other_bodies_lines(units: list[Unit]) -> set[int]:
    """The lines that give another body's address, maybe in another country than the
    controller's: its representative in the Union ("EU representative:" / "Rep Services GmbH" /
    "Friedrichstraße 1, 10117 Berlin, Germany") or the site's host ("Our website is hosted by
    Hetzner Online GmbH, … Germany"): the line that names it and the short lines right after it."""
    found: set[int] = set()
    for unit in units:
        lowered = unit.text.lower()
        hosted = ("host" in lowered or "héberg" in lowered) and _HOSTED_BY.search(unit.text) is not None
        if hosted or _names_representative(unit.text):
            found.add(unit.index)
            for after in units[unit.index + 1: unit.index + 5]:
                if len(after.text) > 100 or _PROSE.match(after.text):
                    break
                found.add(after.index)
    return found


def country_near(units: list[Unit], controller: Controller, signals: dict[str, list[str]],
                 language: str | None = None, abroad: set[int] | None = None) -> tuple[str, str] | None:
    """The country the controller's own block names (address, register, phone), if one does;
    ``abroad``, the lines of other bodies' addresses (:func:`other_bodies_lines`), left out."""
    if not controller.units:
        return None
    abroad = other_bodies_lines(units) if abroad is None else abroad
    raw = " ".join(units[i].text for i in sorted(controller.units) if i < len(units) and i not in abroad)
    text = raw.casefold()
    scores: Counter[str] = Counter()
    seen: dict[str, str] = {}
    for country, n in postcode_countries(raw, language).items():
        scores[country] += n
        seen.setdefault(country, "a postcode or phone number")
    for country, words in signals.items():
        for word in words:
            # ("in" first: most words are not in the block, and it says so faster than a search)
            if word in text and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text):
                # a legal form several countries share ("GmbH": Germany, Austria, Switzerland)
                # counts less than the place the block names ("8852 Altendorf SZ, Switzerland")
                scores[country] += 0.5 if word in _SHARED_FORMS else 1
                seen.setdefault(country, word)
    for country, hosts in country_domains(raw).items():
        scores[country] += 1  # the block's own e-mail or site: "info@blue-angel.de"
        seen.setdefault(country, sorted(hosts)[0])
    if not scores:
        return None
    country, _ = scores.most_common(1)[0]
    return country, seen[country]


#: Where a body says it is registered or seated: "a non-profit organization registered in Sweden",
#: "gevestigd in België", "une association établie en Suisse".
_SEATED_IN = re.compile(r"(?i)\b(?:registered|established|based|incorporated|headquartered|gevestigd|"
                        r"geregistreerd|ingeschreven|établie?|située?|basée?|immatriculée?|enregistrée?|domiciliée?)"
                        r"\s+(?:in|en|au|aux|à|te|op)\s+(?:the\s+|het\s+|la\s+|le\s+)?(?P<place>[^\W\d][\w-]*(?:\s+[^\W\d][\w-]*)?)|"
                        # the name's postal address, written out to its country: "Association Repère
                        # Chemin des Trois-Rois 5, 1005 Lausanne, Suisse" (repere_fr, fresh43 dev)
                        r"\b\d{4,5}(?:\s?[A-Z]{2})?\s+[^\W\d][\w'’-]*(?:[ -][^\W\d][\w'’-]*){0,2},?\s+(?P<country>[^\W\d][\w-]*)\b")


def seat_country(units: list[Unit], name: str | None, signals: dict[str, list[str]]) -> tuple[str, str] | None:
    """The country a sentence naming the controller says it is registered or seated in ("This
    website is run by the EuroPython Society (EPS), a non-profit organization registered in
    Sweden"), where the policy's other countries are its providers' ("servers in Germany")."""
    if not name:
        return None
    bare = _FORM_RE.sub("", name).strip(" ,.")
    for unit in units:
        at = unit.text.find(bare) if bare else -1
        if at < 0:
            continue
        for m in _SEATED_IN.finditer(unit.text, at, at + len(bare) + 150):
            place = (m.group("place") or m.group("country")).casefold()
            for country, words in signals.items():
                if any(place == w or place.split()[0] == w for w in words):
                    return country, m.group(0)
    return None


REGISTRATION, LONG_NUMBER, NOT_NAMES = _REGISTRATION, _LONG_NUMBER, frozenset(_NOT_NAMES)

__all__ = ["Controller", "find", "country_near", "other_bodies_lines", "with_lead_word", "seat_country",
           "country_domains", "HOST", "REGISTRATION", "LONG_NUMBER", "ADDRESS", "NOT_NAMES",
           "own_domain_labels", "domain_spelled_name", "most_used_name_run"]
