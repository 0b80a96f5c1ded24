"""Person-name evidence for a column: several features combined into one calibrated score.

The gazetteer (``classifiers/text/gazetteer.py``) used to be a gate: a column of names it does not
list (``Priscella``, ``Łukasz Grycz``, ``Mr. Nakul Anand``) was missed even under a clear column
name, and a column of companies named after people (``Robertson Ltd``, ``Young Group``), of storms
(``Hurricane Dean``) or of cities built from first names was flagged. The features now are:

* the column-name hint: ``PERSON`` (``naam``, ``first_name``), *negative* (the name is qualified as
  something else: ``company``, ``storm``, ``product``, ``brand``, ``street``, ``type``,
  ``raison_sociale``, ``bedrijfsnaam``; see ``classifiers/names.py``), another entity (``city``),
  or none;
* value shape: 1-5 capitalised alphabetic words, particles and initials allowed (``van der``,
  ``A.K.``), no word that marks an organisation, an event or a thing (``Ltd``, ``Group``, ``Hotel``,
  ``Hurricane``, ``Loan``, ``Street``, ``University``...);
* honorifics (``Mr.``, ``Mme``, ``Dhr.``): a titled cell is a person;
* the gazetteer share, as before (a Bayes test against the share of other name-shaped columns that
  hit the lists by chance).

How they combine (``_Hypothesis.scored`` in ``classifiers/column.py``): a negative or other-entity
hint, or an organisation-word share above :data:`ORG_MAX`, rules PERSON out. Under a PERSON hint
the test is the share of name-like cells (chance :data:`NAMELIKE_CHANCE`: the share a hinted
column of something else, such as titles or labels, would reach); without a hint it is the share
of cells that are known names or titled, as before. Each test is a Bayes factor against its chance
rate, turned into a score with the hint's prior and ceiling, so the score stays a calibrated
posterior like every other entity's.
"""

from __future__ import annotations

import re

from classifiers.text.gazetteer import fold, is_known_name

ORG_MAX = 0.15  # share of distinct values with an organisation / thing word above which: not names
NAMELIKE_CHANCE = 0.35
NAMELIKE_F_MIN = 0.5

_HONORIFICS = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "m", "mme", "mlle", "me", "pr",
    "dhr", "mevr", "mw", "hr", "herr", "frau", "sr", "sra", "srta", "sig", "sigra", "rev", "hon",
})

# Words that make a short capitalised phrase an organisation, a thing, an event or a place.
_ORG_WORDS = frozenset({
    # legal forms and company words
    "inc", "llc", "ltd", "plc", "llp", "corp", "corporation", "company", "co", "group", "groep",
    "groupe", "holding", "holdings", "sa", "sas", "sarl", "eurl", "sca", "snc", "bv", "nv", "vof",
    "cv", "bvba", "sprl", "srl", "gmbh", "ag", "kg", "spa", "ab", "oy", "as", "sons", "fils",
    "partners", "associates", "associes", "international", "industries", "services", "solutions",
    "systems", "technologies", "consulting", "trading", "enterprises", "bank", "banque", "hotel",
    "hotels", "resort", "resorts", "motel", "inn", "restaurant", "cafe", "bakery", "pharmacy",
    "apotheek", "pharmacie", "garage", "stichting", "vereniging", "association", "fondation",
    "foundation", "institute", "institut", "instituut", "university", "universite", "universiteit",
    "college", "school", "ecole", "academy", "hospital", "hopital", "ziekenhuis", "clinic",
    "clinique", "kliniek", "centre", "center", "centrum", "club", "team", "ministry", "ministere",
    "ministerie", "gemeente", "mairie", "council", "agency", "agence", "store", "shop", "market",
    "supermarket", "winkel", "magasin", "nederland", "belgique", "belgie", "france", "europe",
    # events and things
    "hurricane", "storm", "tropical", "cyclone", "typhoon", "depression", "tempete", "ouragan",
    "loan", "loans", "mortgage", "credit", "debit", "card", "account", "insurance", "policy",
    "specified", "standard", "premium", "basic", "plus", "pro", "max", "mini", "edition",
    "product", "products", "model", "series", "version", "pack", "set", "kit", "original",
    # places and streets
    "street", "st", "avenue", "ave", "road", "rd", "lane", "ln", "drive", "dr.", "boulevard", "blvd",
    "court", "ct", "place", "pl", "square", "park", "way", "alley", "trail", "crossing", "junction",
    "parkway", "plaza", "terrace", "circle", "point", "hill", "rue", "chemin", "allee", "impasse",
    "straat", "laan", "weg", "plein", "gracht", "kade", "dreef", "steenweg", "city", "town",
    "ville", "village", "county", "province", "region", "district", "island", "islands", "beach",
    "port", "north", "south", "east", "west", "saint", "sainte", "lake", "mount", "fort",
})
# Name particles that may be lower case inside a name: "van der Berg", "de la Fontaine".
_PARTICLES = frozenset({
    "van", "der", "den", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "la", "le",
    "les", "von", "zu", "ten", "ter", "te", "het", "t", "op", "in", "bin", "ibn", "al", "el", "y",
    "e", "of", "d", "l", "mac", "st",
})
_WORD = re.compile(r"[^\W\d_]+(?:['’\-.][^\W\d_]*)*\.?|[^\W\d_]\.")


def words(value: str) -> list[str]:
    return _WORD.findall(value)


def is_titled(value: str) -> bool:
    """The cell starts with an honorific: ``Mr. Nakul Anand``, ``Mme Dupont``, ``Dhr. de Vries``."""
    parts = words(value)
    return len(parts) >= 2 and fold(parts[0]).rstrip(".") in _HONORIFICS


def is_org_like(value: str) -> bool:
    """A word of the cell marks an organisation, a thing, an event or a place."""
    parts = [fold(w).strip(".'’") for w in words(value)]
    if len(parts) >= 2 and parts[0] in _HONORIFICS:
        parts = parts[1:]
    if any(p in _ORG_WORDS for p in parts):
        return True
    return "&" in value or " and " in value.lower() or " et " in value.lower() or " en " in value


def is_name_like(value: str) -> bool:
    """1-5 words, each capitalised (or an initial, or a particle), none an organisation word."""
    parts = words(value)
    if not 1 <= len(parts) <= 5 or is_org_like(value):
        return False
    if sum(ch.isdigit() for ch in value):
        return False
    capitalised = 0
    for word in parts:
        if word[0].isupper():
            capitalised += 1
        elif fold(word).strip(".'’") not in _PARTICLES:
            return False
    return capitalised >= 1


def is_person_value(value: str) -> bool:
    """The gazetteer test of a cell: titled, or holding a listed name and no organisation word."""
    if is_titled(value):
        return True
    return is_known_name(value) and not is_org_like(value)
