"""Street-type words of France, Belgium, the Netherlands and English, shared by the address recognizers.

Kept in one place so the Presidio text patterns (Python ``regex``) and the column patterns (RE2)
cannot drift apart. Only plain alternations of literal words are built here, valid in both dialects.
"""

from __future__ import annotations

# French street types, written before the street name ("12 rue de la Paix", "Rue de la Loi 16").
FR_TYPES = (
    "rue", "avenue", "av", "boulevard", "bd", "place", "chemin", "allée", "allee", "impasse", "route",
    "quai", "cours", "square", "voie", "passage", "résidence", "residence", "lotissement", "hameau",
    "lieu-dit", "chaussée", "chaussee", "esplanade", "promenade", "faubourg", "montée", "montee",
    "rond-point", "sentier", "villa", "cité", "cite", "parvis", "domaine", "clos", "drève", "dreve",
    "galerie", "rempart", "venelle", "ruelle",
)

# Dutch street-name endings, written as suffixes ("Kerkstraat 12", "Meir 1" excepted).
NL_SUFFIXES = (
    "straat", "laan", "weg", "plein", "gracht", "kade", "kaai", "singel", "dijk", "pad", "steeg",
    "hof", "dreef", "lei", "baan", "markt", "steenweg", "dam", "wal", "veld", "park", "kanaal",
    "plantsoen", "erf", "haven", "oord", "burgwal", "ring", "vest", "dries", "straatweg", "boulevard",
)


def alternation(words: tuple[str, ...]) -> str:
    """Longest first, so that ``straatweg`` wins over ``straat``; dashes escaped for both engines."""
    return "|".join(w.replace("-", r"\-") for w in sorted(set(words), key=len, reverse=True))


FR_TYPES_ALT = alternation(FR_TYPES)
NL_SUFFIXES_ALT = alternation(NL_SUFFIXES)

# English street types, written after the street name ("12 High Street", "4 Station Rd").
EN_TYPES = (
    "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "way", "close",
    "court", "ct", "place", "pl", "square", "sq", "terrace", "crescent", "boulevard", "blvd", "grove",
    "gardens", "park", "row", "hill", "mews", "walk", "parade",
)

ADDRESS_CONTEXT = [
    "address", "street", "lives", "resides", "delivery", "shipping",
    "adresse", "domicile", "habite", "demeurant", "livraison", "domicilié",
    "adres", "woont", "woonachtig", "wonend", "bezorgadres", "factuuradres", "straat",
]

EN_TYPES_ALT = alternation(EN_TYPES)
