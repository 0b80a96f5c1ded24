"""What a column's name says about its content, in English, French and Dutch.

A name is evidence, not a verdict: it moves the prior probability that a column holds an entity
(``classifiers/stats.py``) up (``geboortedatum`` -> DATE_OF_BIRTH), or down (``order_no``,
``created_at``, ``product_name``), and the values must still agree. ``c1`` or ``x_nr`` say nothing
and leave the values to decide alone.

Names are folded (accents removed, lower case, camelCase split) and matched two ways: whole tokens
for short, ambiguous keywords (``tel``, ``nom``, ``cp``, ``ip``), substrings of the joined name for
long ones, which also catches Dutch and German compounds (``klantnaam``, ``telefoonnummer``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from classifiers import stats

# entity -> (whole tokens, substrings of the joined name)
_KEYWORDS: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {
    "EMAIL_ADDRESS": (
        frozenset({"mel", "mail", "email"}),
        ("email", "courriel", "mailadres", "emailadres", "mail"),
    ),
    "PHONE_NUMBER": (
        frozenset({"tel", "gsm", "mob", "cell", "fax", "tfn", "telnr", "phone", "portable", "mobile"}),
        ("phone", "telephone", "telefoon", "telefon", "mobiel", "mobile", "portable", "cellulaire",
         "gsm", "telnr", "fax"),
    ),
    "POSTAL_ADDRESS": (
        frozenset({"rue", "cp", "zip", "voie", "adr", "addr", "street", "straat", "postcode"}),
        ("adresse", "address", "adres", "straat", "street", "huisnummer", "housenumber", "postcode",
         "postal", "codepostal", "zipcode", "domicile", "woonadres"),
    ),
    "PERSON": (
        frozenset({"nom", "name", "naam", "prenom", "voornaam", "achternaam", "surname", "firstname",
                   "lastname", "fullname", "patronyme", "tussenvoegsel", "initialen", "initials",
                   "titulaire", "person", "persoon", "personne", "fname", "lname"}),
        ("naam", "prenom", "firstname", "lastname", "surname", "fullname", "givenname", "familyname",
         "voornaam", "achternaam", "nomdefamille", "nomfamille", "roepnaam", "patronyme", "cardholder",
         "accountholder", "rekeninghouder"),
    ),
    "DATE_OF_BIRTH": (
        frozenset({"dob", "ddn", "gebdat", "gebdatum", "naiss", "datenaiss", "born", "birth"}),
        ("naissance", "birth", "geboorte", "geboren", "birthday", "verjaardag", "anniversaire",
         "datenaiss", "gebdatum", "gebdat"),
    ),
    "FR_NIR": (
        frozenset({"nir", "secu", "nss", "ssn", "insee"}),
        ("numsecu", "securitesociale", "secusociale", "numinsee", "numeroinsee", "socialsecurity"),
    ),
    "NL_BSN": (
        frozenset({"bsn", "sofi"}),
        ("bsn", "burgerservice", "sofinummer", "sofinr"),
    ),
    "BE_NATIONAL_NUMBER": (
        frozenset({"nn", "rrn", "niss", "insz", "rijksregisternummer"}),
        ("rijksregister", "registrenational", "niss", "insz", "nationalnumber", "nationaalnummer",
         "numeronational"),
    ),
    "FR_SIREN": (frozenset({"siren"}), ("siren",)),
    "FR_SIRET": (frozenset({"siret"}), ("siret",)),
    "VAT_NUMBER": (
        frozenset({"vat", "tva", "btw", "ustid"}),
        ("tva", "btwnummer", "btwnr", "vatnumber", "vatid", "vatno"),
    ),
    "BE_ENTERPRISE_NUMBER": (
        frozenset({"kbo", "bce", "ondernemingsnr"}),
        ("ondernemingsnummer", "numentreprise", "numeroentreprise", "enterprisenumber", "kbonummer",
         "numerobce", "kruispuntbank"),
    ),
    "NL_KVK": (
        frozenset({"kvk", "coc"}),
        ("kvknummer", "kvknr", "kamervankoophandel", "handelsregister", "chamberofcommerce",
         "cocnumber"),
    ),
    # No recognizer: the RSIN (a legal entity's tax number) passes the BSN 11-proef, so its name
    # is what keeps an RSIN column from being read as citizen numbers.
    "NL_RSIN": (
        frozenset({"rsin", "fiscaalnummer", "fiscaalnr"}),
        ("rsin", "fiscaalnummer", "fiscaalnr"),
    ),
    "IBAN_CODE": (
        frozenset({"iban", "rib", "rekening", "rekeningnr"}),
        ("iban", "rekeningnummer", "bankrekening", "rekeningnr", "bankaccount", "comptebancaire",
         "numerocompte", "accountnumber"),
    ),
    "CREDIT_CARD": (
        frozenset({"cc", "pan", "card", "carte", "kaart", "ccnum", "cb"}),
        ("creditcard", "cardnumber", "cardno", "cartebancaire", "numerocarte", "numcarte",
         "kaartnummer", "creditcardnummer", "betaalkaart"),
    ),
    "IP_ADDRESS": (
        frozenset({"ip", "ipv4", "ipv6", "ipaddr"}),
        ("ipaddress", "ipaddr", "adresseip", "ipadres", "remoteaddr", "clientip", "sourceip", "srcip"),
    ),
    "HEALTH_DATA": (
        frozenset({"diagnose", "diagnosis", "sante", "health", "ziekte", "maladie"}),
        ("diagnos", "patholog", "maladie", "ziekte", "medical", "medisch", "medic", "sante", "health",
         "gezondheid", "allerg", "treatment", "traitement", "behandeling", "symptom", "handicap",
         "ziekmeld", "medicijn", "medicament"),
    ),
    "LOCATION": (
        frozenset({"ville", "city", "town", "stad", "plaats", "woonplaats", "commune", "gemeente",
                   "localite", "locality", "municipality", "lieu"}),
        ("woonplaats", "ville", "city", "gemeente", "commune", "localite", "plaatsnaam", "geboorteplaats",
         "lieunaissance"),
    ),
}

# A name qualified by one of these is not a person's name (product_name, bedrijfsnaam, nom_ville).
_NOT_A_PERSON = (
    "product", "produit", "artikel", "article", "company", "societe", "entreprise", "bedrijf", "firma",
    "organi", "merk", "marque", "brand", "city", "ville", "stad", "plaats", "gemeente", "commune",
    "street", "rue", "straat", "file", "fichier", "bestand", "table", "column", "kolom", "host",
    "domain", "categor", "dataset", "project", "projet", "campaign", "campagne", "shop", "store",
    "magasin", "winkel", "bank", "banque", "school", "team", "equipe", "group", "role", "label", "tag",
    "user", "gebruiker", "login", "account", "pays", "country", "land", "region", "departement",
    "provincie", "province", "event", "type", "status", "code", "model", "modele", "service", "app",
)

# A column name with one of these is about something other than a person, whether or not it
# also says "name" (storm_name, company, brand, raison_sociale, bedrijfsnaam, Type_of_Loan): a
# negative hint for PERSON (classifiers/person.py).
_NEGATIVE_PERSON = (
    "storm", "hurricane", "cyclone", "company", "societe", "entreprise", "bedrijf", "firma",
    "organi", "brand", "merk", "marque", "product", "produit", "artikel", "street", "straat",
    "type", "raisonsociale", "denomination", "enseigne", "handelsnaam", "hotel", "hname",
    "universit", "school", "college", "skill", "department", "departement", "afdeling", "language",
    "langue", "title", "titre", "ownership", "categor", "discipline", "medal", "loan", "credit",
    "city", "ville", "stad", "plaats", "gemeente", "commune", "country", "pays", "region", "event",
    "project", "projet", "campaign", "campagne", "shop", "store", "magasin", "winkel", "team",
    "equipe", "suffix", "zone", "desig", "functie", "fonction", "poste", "jobtitle", "job",
)

# Names that say the column holds something else: identifiers of things, amounts, event times.
_CONTRA_TOKENS = frozenset({
    "order", "orders", "commande", "bestelling", "invoice", "facture", "factuur", "batch", "lot", "sku",
    "ean", "gtin", "upc", "barcode", "isin", "cusip", "uuid", "guid", "product", "produit", "artikel",
    "article", "amount", "montant", "bedrag", "price", "prix", "prijs", "qty", "quantity", "quantite",
    "aantal", "version", "created", "updated", "modified", "timestamp", "inserted", "deleted",
    "shipped", "delivered", "expiry", "expires", "tracking", "checksum", "hash", "serial", "ticket",
    "sequence", "seq", "row", "index", "count", "at", "ts", "bic", "swift", "sku", "part", "item",
    "stock", "warehouse", "vervaldatum", "besteldatum", "leverdatum", "factuurdatum", "isbn",
})
_CONTRA_SUBSTRINGS = (
    "ordernumber", "orderid", "orderno", "numcommande", "bestelnummer", "factuurnummer",
    "invoicenumber", "batchnumber", "lotnumber", "barcode", "serialnumber", "created", "updated",
    "modified", "timestamp", "besteldatum", "leverdatum", "factuurdatum", "datecommande",
    "datefacture", "datelivraison", "orderdate", "shipdate", "deliverydate", "productcode",
)


@dataclass(frozen=True)
class NameHint:
    """Entities a column name points to, and whether it points away from personal data."""

    entities: frozenset[str]
    contradicts: bool
    not_person: bool = False  # qualified as something other than a person (company, storm...)

    def relation(self, entity: str) -> str:
        """``match``, ``other`` (names another entity), ``contradicts`` or ``none``."""
        if entity == "PERSON" and self.not_person:
            return "contradicts"
        if entity in self.entities:
            return "match"
        if self.contradicts:
            return "contradicts"
        if self.entities:
            return "other"
        return "none"

    def prior(self, entity: str) -> float:
        """Prior probability that the column holds ``entity`` given only its name."""
        relation = self.relation(entity)
        if relation == "match":
            return stats.PRIOR_HINT
        if relation == "contradicts":
            return stats.PRIOR_CONTRA
        if relation == "other":
            return stats.PRIOR_NONE / 2
        return stats.PRIOR_NONE


_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SPLIT = re.compile(r"[^a-z0-9]+|(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])")


def fold_name(name: str) -> list[str]:
    """Tokens of a column name: camelCase and snake_case split, accents and case folded.

    >>> fold_name("dateDeNaissance"), fold_name("Téléphone_Mobile2")
    (['date', 'de', 'naissance'], ['telephone', 'mobile', '2'])
    """
    spaced = _CAMEL.sub(" ", name)
    decomposed = unicodedata.normalize("NFKD", spaced.casefold())
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return [token for token in _SPLIT.split(folded) if token]


@lru_cache(maxsize=4096)
def hint_for(column: str) -> NameHint:
    """The hint carried by a column name (the last segment of a dotted JSON path counts most).

    >>> sorted(hint_for("geboortedatum").entities), sorted(hint_for("klantnaam").entities)
    (['DATE_OF_BIRTH'], ['PERSON'])
    >>> hint_for("product_name").entities, hint_for("order_no").contradicts
    (frozenset(), True)
    >>> hint_for("c1")
    NameHint(entities=frozenset(), contradicts=False)
    """
    leaf = column.rsplit(".", 1)[-1]
    tokens = fold_name(leaf)
    joined = "".join(tokens)
    found: set[str] = set()
    for entity, (exact, substrings) in _KEYWORDS.items():
        if any(token in exact for token in tokens) or any(s in joined for s in substrings):
            found.add(entity)
    if "PERSON" in found and any(q in joined for q in _NOT_A_PERSON):
        found.discard("PERSON")
    if found & {"EMAIL_ADDRESS", "IP_ADDRESS"}:
        found.discard("POSTAL_ADDRESS")  # adresse_ip, email_address
    if "DATE_OF_BIRTH" in found:
        found.discard("LOCATION")  # lieu_naissance is a place, date_naissance is not
        if any(t in ("lieu", "plaats", "place", "city", "ville") for t in tokens) or "plaats" in joined:
            found = (found - {"DATE_OF_BIRTH"}) | {"LOCATION"}
    contradicts = any(t in _CONTRA_TOKENS for t in tokens) or any(s in joined for s in _CONTRA_SUBSTRINGS)
    not_person = any(q in joined for q in _NEGATIVE_PERSON) or (
        "PERSON" not in found and any(q in joined for q in _NOT_A_PERSON) and "name" in joined)
    return NameHint(entities=frozenset(found), contradicts=contradicts, not_person=not_person)
