"""From a policy's text to drafted items: subjects, categories, legal bases, retention.

How a sentence's data categories are given a subject (the hard part; see layout.py for the
structure it relies on):

1. In a list (a bullet, or a row under a list intro): the innermost list intro naming a subject
   ("Webcasso verwerkt de volgende persoonsgegevens van klanten (debiteuren) ...:"), else the
   innermost heading naming one ("3.1 Data about the Customers"). An intro names the LAST subject
   it mentions ("Le Visiteur qui est technicien de maintenance peut renseigner :" is about the
   technician); a heading names all ("Connecting a Customer and a Partner").
2. In prose: the subjects the sentence itself mentions ("It includes the Customer's name"),
   else the innermost heading's, else the people its opening condition makes of "you" ("If you
   subscribe to our newsletter, your email address …": the subscribers; ``sections.conditions``).
3. Otherwise the reader, "you": subject ``user``. When no subject is ever introduced by a heading
   or intro, the whole policy speaks to "you" and these items are confident; when other subjects
   are, "you" items are kept only from a data list under a collection heading or intro ("Informations
   collectées > par la plateforme: - nom"); in prose they are left for the reviewer.

Only concrete phrases name categories ("email address", "Geboortedatum"); a group label
("Contact information", "Coordonnées") names the parent key and is dropped when a child of it is
found for the same subject. Sections about rights, security, contact details of the controller,
definitions... (``sections.skip`` in the lexicon) declare nothing and are not drafted from.
Special categories (GDPR art. 9) are never drafted as processed with confidence: a sentence that
denies them ("nous n'utilisons pas vos données de santé") makes them ``not_processed``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from typing import Callable, Iterator

from spacy.tokens import Doc, Span

from catalog import taxonomy
from flows.draft import controller as controller_mod
from flows.draft.folding import fast_search
from flows.draft.layout import HEADING, ITEM, MINOR_LEVEL, RUN_IN_LEVEL, Unit
from flows.draft.lexicons import WHILE_RELATED, Lexicon, Pipeline, plain_apostrophes, span_flags, text_of
from flows.draft.model import Evidence, Item, Purpose, Retention

DEFAULT_SUBJECT = "user"
#: Retention items that govern named records (invoices...) or a table row's processing that
#: names no one ("Gestion du site internet | … | 5 ans"), attached to no subject.
RECORDS = "_records"

# Confidence of a (subject, category) pair by how its subject was found.
CONF_SCOPE = 0.9  # list intro or heading
CONF_SENTENCE = 0.85  # the sentence names the subject and says data is collected
CONF_SENTENCE_BARE = 0.75  # the sentence names the subject, no collection wording
CONF_YOU_ONLY = 0.8  # single-subject policy ("you"), collection context
CONF_YOU_ONLY_BARE = 0.6
#: "you" in prose of a policy that also names its subjects by heading or list: one of those
#: subjects, or not; left out of the declaration and listed for the reviewer ("uw BSN" in a
#: paragraph on money-laundering checks, beside "1. Cliënten" and "2. Sollicitanten").
CONF_YOU = 0.45
#: ... unless the sentence itself says it collects a specific category ("we collect your IP
#: address"): then it is declared, marked for review.
CONF_YOU_STATED = 0.55
CONF_YOU_BARE = 0.35
#: "you" in a list under a collection heading or intro ("Informations collectées: - nom et
#: prénom"): a structured declaration, even in a policy that names other subjects elsewhere.
CONF_YOU_LIST = 0.7
WEAK_PENALTY = 0.1
SPECIAL_CAP = 0.6  # art. 9 data is always reviewed by a person

_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
_DMY = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:er|st|nd|rd|th)?\s+([^\W\d_]{3,10})\s+(\d{4})\b")
_UPDATED = re.compile(
    r"(updated|update|mise à jour|modifi|bijgewerkt|laatst|edition|édition|version|datum|date)",
    re.IGNORECASE,
)
# Clause-level cues, all three languages (short closed lists; the lexicons hold the data words).
#: A sentence that defines "personal data" lists examples, not what this controller holds.
_DEFINITION = re.compile(
    r"(?i)\b(personal (?:data|information) (?:is|are|means|covers|includes any|is defined)|"
    r"is defined (?:by|as|in)|persoonsgegevens zijn (?:alle|gegevens)|onder persoonsgegevens|"
    r"le terme «?\s*données|données? (?:à caractère )?personnelles? (?:désigne|s'entend|sont toutes|est toute)|"
    r"désigne toutes? les données|qu['’]est-ce qu['’]une donnée|toute information relative à une personne physique|"
    r"any information relating to an identified|"
    # a French generator's preamble (unicovoit_fr, fresh28 dev): "Sont considérées comme des données
    # personnelles, toute information permettant d'identifier un utilisateur. A ce titre, il peut
    # s'agir : de ses noms et prénoms, de son âge, …"
    r"sont considérées comme (?:des )?données (?:à caractère )?personnelles|[àa] ce titre,? il peut s['’]agir)")
#: What a cookie is ("Cookies are small text files that the browser installs on your device", "Un
#: cookie est un petit fichier", "Een cookie is een klein tekstbestand"): a definition, whose device
#: or browser is no one's data. What the cookies collect is said in other sentences.
_COOKIE_DEFINITION = re.compile(
    r"(?i)\b(?:(?:a|the)\s+cookie\s+is|cookies\s+are)\s+(?:a\s+|an\s+)?(?:small|little|tiny|simple|text)\b|"
    r"\b(?:un|le)\s+cookie\s+est\s+un\s+(?:petit|simple|fichier)|\bles\s+cookies\s+sont\s+(?:de\s+)?(?:petits|simples|des\s+fichiers|fichiers)|"
    r"\b(?:een\s+)?cookies?\s+(?:is|zijn)\s+(?:een\s+)?(?:klein|kleine|eenvoudig\w*|tekstbestand\w*|bestand\w*)\b")
#: How to set one's browser ("You can set your browser to refuse cookies", "Visitors can set their
#: Internet browser in such a way that …", "vous pouvez paramétrer votre navigateur", "u kunt uw
#: browser zo instellen"): advice to the reader, not data about them.
_BROWSER_SETTINGS = re.compile(
    r"(?i)\b(?:set|setting|configure|adjust|change|modify)\s+(?:\w+\s+){0,2}(?:internet\s+|web\s+)?browser\b|"
    r"\bbrowser\s+(?:settings|preferences|options)\b|"
    r"\b(?:paramétr\w*|configur\w*|régl\w*|modifi\w*)\s+(?:\w+\s+){0,2}navigateur\b|\bparamètres\s+de\s+(?:votre\s+)?navigateur\b|"
    r"\bbrowser\w*\s+(?:\w+\s+){0,3}(?:instellen|instelt|instellingen|aanpassen|wijzigen)\b|\bbrowserinstellingen\b")
#: Payments as the work done, not a record kept: "Betalingsdienstverleners (voor het verwerken van
#: betalingen)", "Het afhandelen van betalingen", "Gestion sécurisée des paiements", "Bankrekening-
#: nummer (voor betalingen)". The bare word is read as data when it is listed as such.
_PAYMENTS_AS_WORK = re.compile(
    r"(?i)(?:\b(?:voor|pour|for)\s+(?:(?:het|de|les|the)\s+)?(?:(?:verwerk\w*|afhandel\w*|uitvoer\w*|process\w*|handl\w*|"
    r"making|traitement|gestion|effectuer)\s+(?:van\s+|of\s+|des\s+|les\s+)?)?|"
    r"\b(?:verwerk\w*|afhandel\w*|uitvoer\w*)\s+van\s+(?:de\s+)?|"
    r"\b(?:gestion|traitement)\s+(?:sécurisée\s+)?des\s+|\b(?:process|handle|processing|handling)\s+(?:of\s+)?(?:the\s+)?)$")
_BARE_PAYMENTS = frozenset({"betalingen", "paiements", "payments", "transactions", "transacties"})
#: Data said to be anonymous, or to identify no one ("non identifiable data", "niet herleidbaar"),
#: is not personal data: it declares no category and has no retention of anyone's.
_ANONYMOUS = re.compile(r"(?i)\b(anonie?me?|anonymous|anonymised|anonymized|anonyme?s?|"
                        r"geanonimiseerde?|anonymisée?s?|aggregated|geaggregeerd|agrégée?s?|"
                        r"non[- ]identifiable|non[- ]personal|de-identified|"
                        r"niet (?:tot (?:u|jou|personen) )?herleidbaar\w*|non identifiantes?)\b")
#: A heading that names the policy itself ("Privacy & Security", "Privacy and Cookie Policy",
#: "Politique de confidentialité et cookies", "Privacy- en cookieverklaring").
_NAMES_THE_POLICY = re.compile(r"(?i)\b(privacy|privacyverklaring|privacybeleid|privacystatement|"
                           r"confidentialité|vie privée|gegevensbescherming|protection des données)\b")
#: A person's address, named as data ("your email address", "IP address", "adresse e-mail",
#: "votre adresse"): not the address that makes a sentence about the controller.
_PERSON_ADDRESS = re.compile(
    r"(?i)\b(?:(?:e-?mail|ip|web|payment|delivery|billing|invoice|shipping)\s+address(?:es)?|"
    r"(?:your|their|his|her)\s+(?:\w+\s+){0,2}?address(?:es)?|"
    r"adresses?\s+(?:e-?mail|électronique|[ée]lectroniques|ip|mail|de\s+livraison|de\s+facturation)|"
    r"(?:votre|vos|leur|leurs|ton|tes)\s+(?:\w+\s+){0,2}?adresses?|"
    r"(?:uw|je|jouw|hun)\s+(?:\w+\s+){0,2}?adres(?:sen)?)\b")
#: Anonymising as what ends the period ("tot 2 jaar na de laatste transactie, daarna verwijderd
#: of geanonimiseerd", "then deleted or anonymised", "puis supprimées ou anonymisées"): the data
#: is a person's until then.
_ANONYMISED_AT_END = re.compile(
    r"(?i)\b(?:daarna|waarna|vervolgens|then|thereafter|after which|afterwards|puis|ensuite|après quoi|"
    r"verwijderd|gewist|vernietigd|deleted|erased|destroyed|supprimée?s?|effacée?s?|détruite?s?)"
    r"(?:\s+(?:\w+\s+){0,2}?(?:of|or|ou|en|and|et))?\s+(?:worden\s+|be\s+|are\s+|sont\s+)?"
    r"(?:geanonimiseerd|anonymi[sz]ed|anonymisée?s?|made anonymous|rendues? anonymes?)\b|"
    # "Adresse IP (anonymisée après 24 mois)", "IP address (anonymised after 14 days)"
    r"\b(?:geanonimiseerd|anonymi[sz]ed|anonymisée?s?)\s+(?:after|après|au bout de|na|within|binnen|dans un délai de)\b")
#: A time to answer a request, not a period data is kept ("We will give an individual access to
#: any Personal Information we hold about them within 30 days", "nous répondrons dans un délai d'un
#: mois", "wij reageren binnen vier weken op uw verzoek").
_RESPONSE_TIME = re.compile(
    # (whom access is given may be said between: "give an individual, either you or an
    # end-customer, access to … within 30 days of any request", labs64_en, fresh16 dev)
    r"(?i)\b(?:respond\w*|repl(?:y|ies)|answer\w*|give\s+[^.;]{0,60}?\baccess|provide\s+[^.;]{0,60}?\baccess|"
    r"répond\w*|réponse|reageren|reageert|reactie|antwoord\w*|beantwoord\w*)\b.{0,90}?"
    r"\b(?:within|dans\s+(?:un|le)\s+délai|sous|binnen)\b")
#: A cap before a period: "no longer than", "at most", "pas plus de", "niet langer ... dan", "maximaal".
_CAP = re.compile(r"(?i)\b(?:no|not)\s+(?:\w+\s+){0,5}longer\s+than\b|\b(?:for\s+)?(?:at\s+most|a\s+maximum\s+of|up\s+to|maximum)\b|"
                  r"\bpas\s+(?:\w+\s+){0,3}(?:plus\s+de|au-delà\s+de)\b|\b(?:au\s+maximum|maximum|jusqu['’]à)\b|"
                  r"\bniet\s+langer\b(?:\s+\w+){0,4}\s+dan\b|\bmaximaal\b|\bten\s+hoogste\b")

#: A sentence about the policy itself ("This privacy policy explains how we collect your personal
#: data when you visit our website"): its "personal data" names no category of anyone's.
_POLICY_META = re.compile(
    r"(?i)(?:this|our|the)\s+(?:privacy\s+)?(?:policy|notice|statement)\s+(?:explains|describes|"
    r"sets out|tells you|informs)|(?:dit|deze|onze)\s+(?:privacy\w*|verklaring)\s+(?:legt\s+uit|"
    r"beschrijft|geeft\s+(?:aan|weer|uitleg)|informeert)|(?:la\s+présente|cette|notre)\s+politique"
    r"(?:\s+de\s+confidentialité)?\s+(?:explique|décrit|a\s+pour\s+(?:but|objet)|vous\s+informe)")
#: Another organisation keeps or processes it ("Les factures sont conservées par Stripe",
#: "processed by our payment provider", "verwerkt door onze betaaldienstverlener"); not "the
#: Provider" in capitals, the name a policy gives its own controller ("This Policy has been issued
#: by Weblate s.r.o., … i.e. the "Provider"", weblate_en, fresh54 dev).
_THIRD_PARTY = re.compile(
    r"(?i)\b(?:par|by|door|via)\s+(?-i:(?!the\s+Provider\b))(?:notre|nos|our|onze|een|un|a|the|le|la|leur|their)?\s*"
    r"(?:(?:payment|betaal|paiement)?\s*(?:prestataire|provider|processor|dienstverlener|"
    r"partenaire|partner|sous-traitant|betaaldienst)|stripe|paypal|gumroad|mollie|adyen|"
    r"gocardless|sumup|square|klarna)|"
    # a payment provider as the sentence's subject: "PayPal is also able to process virtual payments
    # through credit cards": what the provider does with its own users' cards
    r"^\s*(?:stripe|paypal|gumroad|mollie|adyen|gocardless|sumup|klarna)\s+(?:is|are|can|may|will|also|processes)\b|"
    # a provider keeping its own logs: "Our transactional email provider stores logs for one month",
    # "… are automatically deleted by that provider after one month"
    r"^\s*(?:our|the|that|their|its)?\s*(?:[\w-]+\s+){0,3}?(?:provider|processor)\s+(?:stores?|keeps?|retains?|holds?)\b|"
    r"\bby\s+(?-i:(?!the\s+Provider\b))(?:that|this|the)\s+provider\b")
#: Another organisation named as the controller of some data: "FastSpring acts as the data
#: controller for …", "Stripe is an independent controller", "PayPal agit en tant que
#: responsable de traitement", "Mollie is zelf verwerkingsverantwoordelijke".
_OTHER_CONTROLLER = re.compile(
    r"(?P<name>\b[A-Z][\w.&-]+)(?:\s+\([^()]{1,60}\))?\s+(?:"
    r"(?:acts?|serves?)\s+as\s+(?:an?\s+|the\s+)?(?:independent\s+|separate\s+)?(?:data\s+)?controller|"
    r"is\s+(?:an?\s+)(?:independent|separate)\s+(?:data\s+)?controller|"
    r"(?:agit|intervient)\s+en\s+(?:tant\s+que|qualité\s+de)\s+responsable\s+(?:de|du)\s+traitement|"
    r"est\s+(?:un\s+)?responsable\s+(?:de|du)\s+traitement\s+(?:distinct|indépendant|autonome)|"
    r"is\s+(?:zelf|zelfstandig|een\s+zelfstandige)\s+(?:verwerkings)?verantwoordelijke|"
    r"treedt\s+op\s+als\s+(?:zelfstandig\s+)?(?:verwerkings)?verantwoordelijke)")
_WE_WORDS = frozenset({"we", "wij", "nous", "us", "ons", "ik", "i", "je"})
#: A period that is a provider's: "the data entered will remain with OpenAI for 30 days", "deleted
#: at the end of the contract between us and Amazon Web Services".
_WITH_PROVIDER = re.compile(r"\b(?:remains?|stays?|blijven|blijft|restent|reste)\s+(?:with|bij|chez)\s+(?P<who>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})|"
                            r"\b(?:between|tussen|entre)\s+(?:us|ons|nous)\s+(?:and|en|et)\s+(?P<other>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})")


def _providers_period(text: str) -> bool:
    """The sentence's period is a service provider's (one ``controller.is_processor`` knows)."""
    return any(controller_mod.is_processor(m.group("who") or m.group("other")) for m in _WITH_PROVIDER.finditer(text))


#: Storing or accessing, the verbs a denial of processing uses.
_STORE = re.compile(r"(?i)\b(stock\w*|conserv\w*|enregistr\w*|accès|store[sd]?|storing|keep|"
                    r"kept|retain\w*|access|hold|opgeslagen|opslaan|slaan|bewaren|bewaard|"
                    r"toegang|have access|n'avons pas accès)")
#: A negated intro that still lists what is processed ("no other data than", "nothing but").
_ONLY = re.compile(r"(?i)\b(andere|other|autres?|dan|than|que|qu[’']|sauf|except|behalve|"
                   r"uitsluitend|only|alleen|uniquement|seulement|but)\b")
#: Records a statutory period governs: the period is theirs, not the whole subject's.
_RECORDS = re.compile(
    r"(?i)\b(invoices?|accounting|bookkeeping|tax records?|financial records?|vat records?|"
    r"vat purposes|btw-administratie|btw|tva|bank statements?|(?:payment )?receipts?|"
    r"relevés? bancaires?|reçus?|bankafschriften|bankafschrift|kwitanties?|kassabonnen|"
    r"factures?|pièces comptables|comptab\w*|documents comptables|facturen|boekhouding|boekhoudkundig\w*|"
    r"facturati\w*|facturation|billing (?:records?|data|information|details)|"
    r"administratie|belastingaangifte|jaarrekening|fiscaal verplicht|"
    r"(?:tax|fiscal) obligations?|obligations? fiscales?|"
    # "Due to tax law we are required to keep these forms for at least 7 years": the law that
    # keeps the accounting records
    r"(?:tax|fiscal) (?:laws?|legislation)|belastingwet\w*|fiscale wet\w*|(?:loi|législation) fiscale|"
    # a UK charity's tax-relief claims: "Gift Aid records are kept for up to 6 years"
    r"gift aid (?:records?|declarations?|claims?)|"
    # a period for payment data is the books' ("Voor bank- en betalingsgegevens … lidmaatschap plus
    # zeven jaar": dwhdelft_nl, fresh2 dev), not the payer's whole declaration
    r"(?:bank- en )?betalingsgegevens|(?:bank and )?payment (?:data|details|information)|"
    r"données (?:bancaires et )?de paiement|"
    r"support (?:queries|query|tickets?|requests?)|technical support|tickets? de support|"
    r"demandes? de support|supporttickets?|supportverzoeken|supportaanvragen|"
    # the proof that consent was given, kept after it is withdrawn to answer a claim
    r"prove (?:your |the )?consent|proof of (?:your |the )?consent|preuves? d[ue] (?:votre )?consentement|"
    r"bewijs van (?:je |jouw |uw |de )?toestemming)\b")

#: A period the law imposes, said beside the records it governs.
_LEGAL_DUTY = re.compile(r"(?i)\b(?:legal(?:ly)?\s+(?:obligations?|requirements?|required)|required\s+by\s+law|"
                         r"statutory|obligations?\s+légales?|légalement|wettelijke\s+(?:bewaar)?(?:plicht|termijn|"
                         r"verplichting)|wettelijk\s+verplicht)\b")

#: Right before "address", the words that make it a verb ("to address your concerns", "or
#: otherwise address fraud, security, or technical issues", simplex_en, fresh58 dev; "we will
#: address your request"): no postal address. (English only: French and Dutch verbs are spelt
#: apart from the noun, "adresser", "adresseren".)
_VERB_BEFORE = re.compile(r"(?i)\b(?:to|otherwise|will|can|may|must|should|could|would|we|help|and\s+to|promptly|then)\s+$")

#: A completion that names nothing completed ("after completion", "na afronding"): an enquiry's,
#: when the sentence is about enquiries.
_BARE_COMPLETION = re.compile(r"(?i)after\s+completion|na\s+afronding")  # (French writes "après la clôture de la demande")
#: Right after a period, the words that start it when the relationship it follows ends.
_THEREAFTER = re.compile(r"(?i)\s*(?:daarna|nadien|thereafter|afterwards|after\s+(?:that|this)|après|ensuite|au-delà)\b")
#: Right before a period, the word that starts it when what was said before it ends ("gedurende de
#: overeenkomst, daarna 7 jaar", "during the contract, then 5 years", "pendant le contrat, puis 5 ans").
_THEN_BEFORE = re.compile(r"(?i)(?:\b(?:daarna|nadien|thereafter|afterwards|then|puis|ensuite|plus)\b|\+)[\s,:]*"
                          r"(?:(?:nog|for|pendant|durant|voor|gedurende|during|a\s+further|encore|"
                          # "until you delete … your user account with us (plus a period of one
                          # month for backups)" (surfedubadges_en, fresh65 dev)
                          r"an?\s+(?:further\s+|additional\s+)?period\s+of|une\s+période\s+de|een\s+periode\s+van)\s+|"
                          r"une\s+période\s+d[’'])*$")
#: What is kept after the person's period, and only where: "tot 2 jaar daarna, daarna alleen in de
#: financiële administratie voor 7 jaar" (esbcmenhir_nl, fresh47 dev): the books' part.
_THEN_ONLY = r"daarna\s+alleen|thereafter\s+only|then\s+only|puis\s+uniquement|ensuite\s+uniquement"
#: An exception or an alternative clause: records named after it ("sauf obligation légale plus
#: longue (notamment pour les données comptables)", "… of anders de termijn voor de financiële
#: administratie") are the exception, not what the sentence's period is for.
_EXCEPT = re.compile(r"(?i)\b(unless|except|other than|or otherwise|or else|sauf|à l[’']exception|hormis|"
                     r"ou sinon|ou à défaut|tenzij|behalve|met uitzondering|of anders|" + _THEN_ONLY + r")\b")


def _exception_start(sent: "_Sent") -> int:
    """Where the sentence's exception clause starts (a character offset in its Doc), else its end.
    An exception that opens the sentence ("Unless specifically mentioned in this policy, all
    attendee data … will be deleted 12 months after the end of the event") ends at its comma:
    the rule is what follows."""
    m = _EXCEPT.search(sent.text)
    if m and m.start() <= 2 and (comma := sent.text.find(",", m.end())) > 0:
        m = _EXCEPT.search(sent.text, comma)
    return sent.sent.start_char + m.start() if m else sent.sent.end_char


#: A period said of some of the data only ("Pour certaines données, la période de conservation
#: peut atteindre dix ans", "Some data may be kept for 10 years"): no subject's rule, kept as
#: evidence like a period for named records.
_SOME_DATA = re.compile(r"(?i)\b(?:pour |)certaines (?:de vos |des )?données|\bsome (?:of (?:your|the) )?(?:personal )?"
                        r"(?:data|information)\b|\bcertain (?:personal )?(?:data|information)\b|"
                        r"\b(?:bepaalde|sommige) (?:persoons)?gegevens\b")


def _names_records(text: str) -> bool:
    """The sentence's period is for named records (invoices, accounting), not for a person."""
    m = _RECORDS.search(text)
    return m is not None and not _EXCEPT.search(text, 0, m.start())


#: A period said to be for records ("6 ans pour les pièces comptables", "cinq ans à des fins
#: comptables", "7 years for accounting purposes", "7 jaar voor de boekhouding"): the words right
#: after the period.
_FOR_RECORDS = re.compile(r"(?i)^\s*(?:maximum\s+|minimum\s+|au\s+moins\s+)?(?:\([^)]{0,40}\)\s*)?"
                          r"(?:pour|for|voor|à\s+des\s+fins|in\s+verband\s+met)\s+(?:\S+\s+){0,2}?"
                          r"(?:pièces\b|justificatifs\b|obligations?\s+légales?|legal\s+(?:obligations?|requirements?)|"
                          r"wettelijke\s+(?:bewaar)?(?:plicht|termijn|verplichting)|"
                          + _RECORDS.pattern.removeprefix("(?i)") + ")")

#: "We are required by law to retain these for six years": the records of the sentence before.
_RECORD_ANAPHORA = re.compile(r"(?i)\b(these|those|them|ceux-ci|celles-ci|ces documents|deze|die)\b")

#: Documents said back to ("These documents have to be retained", "ces documents sont conservés",
#: "deze documenten bewaren wij"): records, not a person.
_DOCUMENTS_BACK = re.compile(r"(?i)\b(?:these|those|such)\s+(?:documents|records)\b|\b(?:ces|ces mêmes)\s+"
                             r"(?:documents|pièces)\b|\b(?:deze|die)\s+(?:documenten|stukken|bescheiden)\b")

#: A cookie's lifetime ("Cookies analytiques : 13 mois", a cookie table's "Expires" column) is
#: not how long a person's data is kept.
_COOKIE = re.compile(r"(?i)\b(cookies?|traceurs?|témoins? de connexion|local storage|"
                     r"localstorage)\b")
_EXPIRY = re.compile(r"(?i)\b(expires?|expiry|expiration|lifetime|durée de vie|duree de vie|"
                     r"looptijd|vervalt|verloopt|vervaldatum)\b")
#: "This information is saved for a maximum of 1 year": the data of the sentence before.
_ANAPHORA = re.compile(
    r"(?i)\b(this (?:information|data)|these data|such data|that data|ces (?:données|donnees|"
    r"informations)|cette information|ces dernières|deze (?:gegevens|informatie)|die gegevens|"
    r"dit soort gegevens|deze persoonsgegevens|"
    # a sentence that lists what the one before named: "Mocht je bij Greenlights in dienst treden,
    # dan … verwerken we ook andere gegevens van je … Dit zijn je cv, correspondentie, …"
    # (greenlights_nl, fresh79 dev), "These include your CV", "Il s'agit de votre CV"
    r"^(?:dit|dat|deze)\s+zijn|^these\s+(?:are|include)|^this\s+includes|^ce\s+sont|^il\s+s[’']agit\s+(?:de|des|du|d[’']))\b")

#: A heading that announces data collected (overrides a skip word such as "contact").
_DECLARES = re.compile(r"(?i)\b(form|forms|formulaires?|formulieren|formulier|we collect|collect\w*|"
                       r"verzamel\w*|wij verwerken|collectées?|recueillies)\b")

#: A condition that closes a sentence, after a comma: ", uniquement lorsque vous écrivez à
#: l'éditeur", ", only when you contact us", ", alleen als u contact met ons opneemt".
_TRAILING_CONDITION = re.compile(r"(?i),\s*(?:(?:uniquement|seulement|only|alleen|enkel)\s+)?((?:lorsque|quand|si|when|"
                                 r"whenever|if|als|wanneer|indien)\s+(?:vous|tu|you|u|je|jij)\b[^,;:]{0,100})[.!]?\s*$")
#: A heading that names what "you" do ("If you contact us", "Si vous nous contactez", "Als u contact
#: met ons opneemt"): the data of that activity follows, not how to reach the controller.
_IF_YOU = r"(?:(?:if|when|whenever) you|(?:si|lorsque|quand) (?:vous|tu)|(?:als|wanneer|indien) (?:u|je|jij))"
_WHEN_YOU = re.compile(rf"(?i)^\W{{0,3}}(?:\d{{1,2}}(?:\.\d{{1,2}})*\.?\s+)?{_IF_YOU}\b")

#: "you" doing something, anywhere in a list's intro ("When you apply …", "… when you subscribe:").
_YOU_CONDITION = re.compile(rf"(?i)\b(?:{_IF_YOU}|once you|dès que (?:vous|tu)|zodra (?:u|je|jij))\b")
#: Two occasions joined in a condition ("… gebruik maakt van onze diensten of contact opneemt").
_OR_AND = re.compile(r"(?i)\b(?:or|and|of|en|ou|et)\b")

#: A heading that names the occasion of a contact ("Bij contact via de website of
#: offerteaanvraag", elektricien_nl, fresh39 dev; "Lors d'une prise de contact", "When contacting
#: us"): the data of the people who write in, not how to reach the controller.
_CONTACT_OCCASION = re.compile(r"(?i)^\W{0,3}(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:bij|lors\s+(?:de|du|d[’'])|"
                               r"en\s+cas\s+de|when|upon|on)\s+(?:\w+\s+){0,2}contact")

#: A Dutch suspended compound ("Klant- en factuurgegevens" is "klantgegevens en factuurgegevens"):
#: the first word's head is the second's.
_SUSPENDED = re.compile(r"\b(\w+)-(\s+(?:en|of|&)\s+)(\w+?)(gegevens|dossiers?|administratie|bestanden)\b",
                        re.IGNORECASE)


@dataclass(frozen=True)
class _Place:
    """Where a word was found, shaped as the re.Match callers read (start(), end())."""
    begin: int
    finish: int

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish


#: An account the period is bound to (see retention).
ACCOUNT = re.compile(r"(?i)\b(?:accounts?|compte|comptes|profil|profile|\w*account)\b")

#: An invitation to ask ("If you have any questions or comments, …", "Si vous avez des questions,
#: …", "Als u vragen heeft, …"): the address that follows is the controller's, no one's data.
#: Where a sentence that opens on a condition reaches its main clause: the comma before "we"
#: ("…, we may ask"), or before the verb that comes first in Dutch ("…, vragen wij").
_MAIN_CLAUSE = re.compile(r"(?i),\s+(?:we|nous|on|i)\b|,\s+\w+\s+(?:wij|we|ik)\b")
_INVITATION = re.compile(r"(?i)^\W*(?:if|should|when)\s+you\s+have\s+(?:any\s+)?(?:further\s+)?(?:questions?|comments?|"
                         r"concerns?|queries|complaints?)|^\W*(?:si|lorsque)\s+vous\s+avez\s+(?:des|une|d['’]autres)\s+"
                         r"(?:questions?|remarques?|réclamations?)|^\W*(?:als|indien|wanneer)\s+(?:u|je|jij)\s+"
                         r"(?:nog\s+)?(?:vragen|opmerkingen|klachten)\b")

#: A heading that names a kind of data ("Données de contact", "Contact data", "Contactgegevens",
#: "Identification et contact").
_DATA_WORD = re.compile(r"(?i)(\bdonnées\b|\bdata\b|\bdetails\b|gegevens\b|\bidentification\b|\bidentity\b|"
                        r"\bidentité\b|\bidentificatie\b|\bcoordonnées\b)")
#: A heading about security ("Beveiliging van de website", "Sécurité du site", "Website security").
_SECURITY_WORD = re.compile(r"(?i)\b(?:security|beveiliging|veiligheid|sécurité|securite)\b")
#: A heading over the kinds of data the policy holds ("Quelles catégories de données traitons-nous ?",
#: "What personal data do we process?", "Welke persoonsgegevens verwerken wij?"): a "contact"
#: heading under it is a kind of data, not how to reach the controller.
_DATA_PARENT = re.compile(r"(?i)\b(?:(?:quelles|which|what|welke)\s+(?:\w+\s+){0,3}(?:données|data|information|"
                          r"\w*gegevens)|catégories\s+de\s+données|categories\s+of\s+(?:personal\s+)?data|"
                          r"categorieën\s+(?:van\s+)?\w*gegevens|données\s+(?:personnelles\s+)?(?:traitées|utilisées)|"
                          r"(?:data|information)\s+(?:we|that\s+we)\s+(?:process|hold|use)|"
                          r"gegevens\s+(?:die\s+)?(?:wij|we)\s+(?:verwerken|bewaren|gebruiken))")

#: A collection cue that is a verb ("we collect", "nous traitons"), not a noun ("data about").
_COLLECT_VERB = re.compile(r"(?i)(collect|process|hold|receiv|stor|ask|provid|give|recueill|"
                           r"trait|verzamel|verwerk|ontvang|vrag|verstrek|regist|record|log|"
                           r"enregistr|vastleg)")

#: "We may also collect", "we automatically collect", "we use your name and email address to
#: answer you", "nous pouvons également recueillir", "wij kunnen ook verzamelen": we, a few modals
#: or adverbs, a verb that takes in or uses data. Not a verb that keeps it: "we keep invoices for 7
#: years" is a period. (A regex over a sentence that names data: as a token pattern with a
#: repeated middle it cost the matcher a fifth of a long policy's time.)
_WE_COLLECT = re.compile(
    r"(?i)\b(?:we|i)\s+(?:(?:may|might|can|could|will|would|also|only|automatically|additionally|further|"
    r"then|therefore|generally|usually|normally|typically|do|need|to|have)\s+){0,4}"
    r"(?:collect|process|gather|obtain|record|receive|register|log|use)\b|"
    r"\bnous\s+(?:(?:pouvons|pourrons|pourrions|devons|allons|sommes|également|aussi|susceptibles|de|d[’']|"
    r"automatiquement)\s*){0,4}(?:collecter|traiter|recueillir|enregistrer|utiliser|obtenir|recevoir|"
    r"collectons|traitons|recueillons|enregistrons|utilisons|obtenons|recevons)\b|"
    r"\b(?:wij|we|ik)\s+(?:(?:kunnen|zullen|mogen|moeten|ook|eveneens|automatisch)\s+){0,4}"
    r"(?:gebruiken|gebruikt|verzamelen|verwerken|ontvangen|registreren)\b")

#: A sentence telling the reader how to reach the controller ("please contact our data protection
#: officer using the email address below", "Customers may contact us by email or phone",
#: "contactez-nous par e-mail", "kunt u contact met ons opnemen via e-mail"): the e-mail, phone or
#: address it names is the controller's channel, not data kept about anyone, unless the sentence
#: also says what is collected or kept, or whose ("If you contact us by email, we keep your
#: address", "we use your name and email address to answer you"), or is a list row.
_REACH_US = re.compile(
    r"(?i)\b(?:(?:contact|reach|write\s+to|e-?mail|call|phone)\s+(?:us|(?:our|the)\s+(?:data\s+protection|dpo|privacy)|"
    r"(?:the\s+)?\w+[’']s\s+(?:data\s+protection|dpo|privacy))|"
    r"nous\s+(?:contacter|écrire|joindre)|contactez[- ]nous|écrivez[- ]nous|"
    r"contacter\s+(?:notre|le|la)\s+(?:délégué|dpo|référent|responsable)|"
    r"contact\s+met\s+ons|contact\s+opnemen\s+met\s+(?:onze|de|ons)|neem\s+(?:dan\s+)?contact\s+(?:met\s+ons\s+)?op)")

#: The reader's own ("your name", "uw e-mailadres", "votre adresse"): data of the person; not
#: "your rights" or "your question", which ask how to reach us.
_YOUR = re.compile(r"(?i)\b(?:your|uw|jouw|votre|vos)\b(?!\s+(?:rights?|droits?|rechten|recht|privacy|questions?|"
                   r"vragen|vraag|requests?|demandes?|verzoek))")

_LEGAL_FORMS = {"b.v.", "bv", "n.v.", "nv", "sas", "sa", "s.a.", "sarl", "gmbh", "ltd", "ltd.",
                "bvba", "srl", "inc", "inc.", "llc", "plc", "ag", "s.a.s."}
_EVENT_PRIORITY = ("last_contact", "end_of_fiscal_year", "end_of_relationship", "collection")


def clean(text: str, limit: int = 160) -> str:
    """A sentence as evidence: one line, e-mail addresses masked, at most ``limit`` characters."""
    text = _EMAIL.sub("[email]", " ".join(text.split()))
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


#: A list's intro saying its data is processed for another controller, the policy's body its
#: processor: "(processed on behalf of the Client)", "(verwerkt namens de klant)", "(traitées pour le
#: compte du client)".
_FOR_ANOTHER = re.compile(r"(?i)\b(?:processed|handled|held|stored)\s+(?:\w+\s+)?on\s+behalf\s+of\s+(?:the|our)\s+"
                          r"(?:client|customer)s?\b|\bverwerkt\s+(?:\w+\s+)?namens\s+(?:de|onze)\s+(?:klant|opdrachtgever)s?\b|"
                          r"\btraitée?s?\s+(?:\w+\s+)?pour\s+le\s+compte\s+(?:du|de\s+nos|des)\s+clients?\b")


#: A list intro naming where data comes from ("directly from a third party, eg:", "auprès de
#: tiers :", "van derden:"): its items are sources (your employer, your doctor), not data.
_SOURCES = re.compile(r"(?i)^(?:directly\s+|indirectly\s+)?(?:from|via|through)\s[^:]{0,80}:$|"
                      r"^(?:directement\s+)?(?:auprès\s+d|par\s+l[’']intermédiaire\s+d|via\s)[^:]{0,80}:$|"
                      r"^(?:rechtstreeks\s+)?(?:van|via)\s[^:]{0,80}:$")

#: A list intro that says data is collected, whatever channel it names first ("Via het
#: contactformulier verzamelen wij de volgende persoonsgegevens:"), or whose collecting verb
#: ends it ("From donors we collect:", "Van donateurs verwerken wij:"): a data list, not sources.
_COLLECT_WORDS = r"(?:collect\w*|process\w*|gather\w*|verzamel\w*|verwerk\w*|recueill\w*|trait\w*)"
#: Receiving, obtaining and storing collect too when the intro names the data ("Via ons
#: offerteformulier kunnen wij de volgende persoonsgegevens ontvangen:", wmsign_nl, fresh29 dev);
#: alone they name where data comes from ("Van derden ontvangen wij:").
_TAKE_WORDS = (r"(?:collect\w*|process\w*|gather\w*|receiv\w*|obtain\w*|stor(?:e|es|ed|ing)|record\w*|"
               r"verzamel\w*|verwerk\w*|ontvang\w*|bewaar\w*|bewaren|registre\w*|vastleggen|vastgelegd|"
               r"recueill\w*|trait\w*|re[çc]\w*|obten\w*|obtien\w*|enregistr\w*|conserv\w*)")
_DATA_WORDS = r"(?:data|information|\w*gegevens|données|informations)"
#: ("nous collectons les données suivantes :": French puts "following" after the data)
_DATA_END = rf"{_DATA_WORDS}(?:\s+(?:personnelles|suivantes|ci-après|ci-dessous)){{0,2}}"
_COLLECTS_DATA = re.compile(rf"(?i)\b{_TAKE_WORDS}\b[^:]{{0,60}}\b{_DATA_END}\s*:$|"
                            rf"\b(?:we|wij|nous)\s+{_COLLECT_WORDS}\s*:$|\b{_COLLECT_WORDS}\s+(?:we|wij)\s*:$|"
                            rf"\b{_DATA_WORDS}\b[^:]{{0,30}}\b{_TAKE_WORDS}\s*:$")

#: The reader addressed: "you", "vous", "je", "u".
#: A row label saying where data is kept ("Chez nos partenaires :", "At our providers:",
#: "Bij onze partners:"), not whose it is.
_WHERE_LABEL = re.compile(r"(?i)^\W*(?:(?:chez|auprès de)\s+(?:nos|notre|leurs?|ces)|(?:at|with)\s+our|"
                          r"bij\s+onze)\s")
#: The row of a section's list that says whose data it is ("Data subjects: Customers; …").
_DATA_SUBJECTS = re.compile(r"(?i)^\s*(?:categories of )?(?:data subjects|persons concerned|affected "
                            r"persons|catégories de personnes concernées|personnes concernées|"
                            r"categorieën van betrokkenen|betrokkenen|betrokken personen)\s*:")
#: The other fields of a generated policy's section besides its data and its people ("Purposes
#: of processing: Contact requests and communication", "Legal bases: …", "Retention and
#: deletion: …"): what they name are purposes, bases and periods, not more data.
_NOT_DATA_FIELD = re.compile(r"(?i)^\s*(?:purposes? of (?:the )?processing|purposes?|legal bases?|"
                             r"retention and deletion|finalités?(?: du traitement)?|bases? légales?|"
                             r"doeleinden(?: van de verwerking)?|doelen|rechtsgrond(?:slag)?(?:en)?)\s*:")
#: An overview's headings over lists of people, purposes or bases ("#### Categories of Data
#: Subjects", "#### Purposes of Processing"): their rows are not data ("Communication partner",
#: "Contact requests and communication").
_NOT_DATA_HEADING = re.compile(r"(?i)^\s*(?:categories of data subjects|purposes of (?:the )?processing|"
                               r"legal bases(?: for (?:the )?processing)?|catégories de personnes concernées|"
                               r"finalités du traitement|categorieën van betrokkenen|doeleinden van de verwerking)"
                               r"\s*(?:\{#\w+\})?\s*$")
#: words that join two people an intro names ("our customers and suppliers", "les clients ou
#: prospects", "klanten en/of leveranciers"): both are whose data the list holds
_COORDINATION = frozenset({"and", "or", "et", "ou", "en", "of", "and/or", "et/ou", "en/of", "our", "nos",
                           "onze", "the", "les", "de", "des", "their", "leurs", "hun", "your", "vos", "uw"})

#: A list intro that adds to an earlier list ("verwerken wij bijkomend", "we also collect", "en
#: outre", "in addition"): its people have the earlier, general list's data too.
_IN_ADDITION = re.compile(r"(?i)\b(bijkomend\w*|aanvullend\w*|daarnaast|in addition|additionally|also|"
                          r"en outre|en plus|également|egalement|de plus|ook|eveneens)\b")

#: A subsection heading that names no one and only an aspect of its section ("Scope and purpose of
#: the collection of data", "Legal basis", "Storage duration", "Doel en grondslag"): its paragraphs
#: are still about the people of the section above ("#### Job Applications").
_GENERIC_SUBHEADING = re.compile(
    r"(?i)^\W{0,3}(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:scope|purposes?|legal\s+bas[ie]s|storage|retention|"
    r"data\s+(?:collected|processed|categories)|categories\s+of\s+data|finalités?|base\s+légale|durée|"
    r"données\s+(?:collectées|traitées)|doel(?:en|einden)?|grondslag|bewaartermijn|verwerkte\s+gegevens)\b")

#: A preposition that makes the people after it the other party of what "you" do ("ingeleend aan
#: één van onze opdrachtgevers", "placed with our clients", "détaché auprès de nos clients").
_TO_SOMEONE = re.compile(r"(?i)\b(?:aan|bij|to|with|auprès\s+de|auprès\s+d[’']|chez)\b")

_YOU = re.compile(r"(?i)\b(you|your|vous|votre|vos|je|jij|jou|jouw|u|uw)\b")

_LABEL_END = re.compile(r"\s[:|]|:\s")


#: Words before "a year" / "an" / "jaar" that make it a frequency ("once a year", "par an",
#: "per jaar"), not a period.
_FREQUENCY = frozenset({"once", "twice", "per", "each", "every", "par", "chaque", "keer", "maal", "elk", "ieder"})

#: The roles "you" take when a retention row names them ("Données clients : durée de la relation
#: + 3 ans"): the reader's own period, under the id "user".
YOU_AS = ("customer", "client")

#: A table's header cell that says its column holds how long ("Durée", "Duration", "How long",
#: "Termijn", "Bewaarduur"): its rows' periods are kept data, as under "Durée de conservation".
_PERIOD_COLUMN = re.compile(r"(?i)(?:^|\|)\s*(?:durée|duration|how\s+long|period|période|délai|termijn|"
                            r"bewaarduur|duur|hoe\s+lang|looptijd)\s*:?\s*(?:\||$)")

#: "you" said to be one of those people: "U heeft als patiënt recht op" (fysiobeyou_nl, fresh62
#: dev), "You as a member may …", "vous, en tant que client, …".
_YOU_AS_ROLE = re.compile(r"(?i)\b(?:you|u|je|jij|vous)\b[^.;:\n]{0,40}?\b(?:as\s+an?|als|en\s+tant\s+que|"
                          r"en\s+qualité\s+de)\s+(?:(?:onze|our|notre)\s+)?$")

#: A condition or a choice before it: "Should you choose to collaborate with us as a member"
#: (rollyourown_en, fresh64 dev) says what "you" may become, not who "you" are.
_MAYBE = re.compile(r"(?i)\b(?:if|should|when|whether|unless|once|choose|wish|want|decide|si|lorsque|quand|"
                    r"souhaitez|choisissez|voulez|indien|wanneer|mocht|zodra|tenzij|kiest|wilt)\b")

#: The roles a policy that speaks to "you" throughout may mean by "you" (see reader_role): not the
#: people it mentions beside its reader (parents, family, partners, staff, visitors).
READER_ROLES = frozenset({"member", "student", "patient", "attendee", "customer", "client", "volunteer",
                          "donor", "tenant"})

#: A retention row's lead before its period when no colon sets it off ("Données de réservation
#: 3 ans après la prestation", "Newsletter until you unsubscribe"). "for" opens the period only
#: before one ("for 1 year", "for up to", "for the duration of"), not in the lead ("Email address
#: for our newsletter kept until …", solinum_fr's kin, fresh74 dev).
_PERIOD_LEAD = re.compile(r"(?i)^(\S.{2,60}?)\s+(?=\d|jusqu|until|tot\b|totdat|pendant|during|"
                          r"for\s+(?:\d|up\s+to|a\s+(?:maximum|max|period|term)|the\s+(?:duration|period|length|time|term)|"
                          r"as\s+long|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty|thirty)|"
                          r"gedurende|maximaal|maximum|max\b|up to)")


def _row_label(text: str) -> str | None:
    """A list row's label: the short lead before its first ":" or "|" ("Pour les demandes de
    contact : 12 mois"), or a run-in one ending with a full stop ("Aanmeldingen en
    sollicitaties. Meld je je aan voor een cursus …", a bold lead in the page: divdacademy_nl,
    fresh49 dev), or None when the row has none."""
    m = _LABEL_END.search(text, 0, 100)
    if m and m.start() > 0:
        return text[:m.start()]
    if m := _DUTCH_CONDITION_ROW.match(text):
        return m.group(1)
    if (m := _RUN_IN_LABEL.match(text)) and len(words := m.group(1).lower().split()) <= 5 \
            and _SENTENCE_WORDS.isdisjoint(w.strip(",") for w in words):
        return m.group(1)
    return None


#: A Dutch row that opens with its condition, verb first ("Vul je een formulier in, dan bewaren we
#: je naam", "Meld je je aan voor de nieuwsbrief, dan …", meetingmasters_nl, fresh67 dev): the
#: condition is the row's label, as "Bij een reservering:" would be.
_DUTCH_CONDITION_ROW = re.compile(r"([A-Z][a-zë]+(?:\s+of\s+[a-zë]+)?\s+(?:je|u|jij)\b[^,.:;]{0,70}),\s*dan\b")
#: A run-in label: a few words that open a row and end with a full stop before a capital.
_RUN_IN_LABEL = re.compile(r"([A-ZÀ-Ý][^.:;|!?()\d]{1,50}?)\.\s+(?=[A-ZÀ-Ý])")
#: Words that make a lead a sentence, not a label: pronouns, articles that open a clause, verbs
#: of being ("We verwerken je gegevens.", "This is optional.").
_SENTENCE_WORDS = frozenset("""we wij ik je jij u you i nous vous il elle ils our onze ons notre nos your uw jouw
    votre vos this that these those dit dat deze ce cette ces is are was zijn est sont it het
    they them hun leur leurs their""".split())


#: Each activity pattern's search on lowercased text (flows/draft/folding.py), by the pattern's
#: identity (hashing a compiled pattern hashes its whole text): the activities are searched in
#: every heading, label and condition, a good part of a long policy's time.
_FAST_SEARCH: dict[int, tuple[re.Pattern[str], Callable[[str], "re.Match[str] | None"]]] = {}


def _fast(rx: re.Pattern[str]) -> Callable[[str], "re.Match[str] | None"]:
    cached = _FAST_SEARCH.get(id(rx))
    if cached is None or cached[0] is not rx:
        cached = _FAST_SEARCH[id(rx)] = (rx, fast_search(rx))
    return cached[1]


def _words_regex(words: list[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


#: Heads of a Dutch compound that files data under a person or an activity: "Leerlingdossier",
#: "Contactformulierberichten", "Vrijwilligersgegevens" (pioneers_nl, fresh35 dev). Dutch writes
#: such a compound as one word, and no lexicon can list every person and activity with every head.
_NL_HEADS = ("gegevens", "berichten", "dossier", "dossiers", "administratie", "formulier", "formulieren",
             "aanvraag", "aanvragen", "verzoek", "verzoeken", "mails", "correspondentie", "bestand",
             "bestanden", "registratie", "registraties")


def _compound_activity(lex: Lexicon) -> dict[str, str]:
    """Per subject, a pattern for the Dutch compounds of its people's or activity's words with a
    head of :data:`_NL_HEADS` ("leerling" + "dossier", "vrijwilliger" + "s" + "gegevens");
    nothing in other languages, which write such things in several words."""
    if lex.language != "nl":
        return {}
    found: dict[str, str] = {}
    for sid in {*lex.subject_ids, *lex.heading_subjects}:
        words = [*lex.raw["subjects"].get(sid, []), *lex.heading_subjects.get(sid, [])]
        stems = sorted({w.lower() for w in words if isinstance(w, str) and re.fullmatch(r"[^\W\d_]{4,}", w)},
                       key=len, reverse=True)
        if stems:
            found[sid] = (rf"(?<!\w)(?:{'|'.join(map(re.escape, stems))})s?-?"
                          rf"(?:{'|'.join(_NL_HEADS)})(?!\w)")
    return found


@dataclass
class _Sent:
    unit: Unit
    doc: Doc
    sent: Span

    def spans(self, key: str) -> list[Span]:
        return [s for s in self.doc.spans[key] if s.start >= self.sent.start and s.end <= self.sent.end]

    def has(self, key: str) -> bool:
        return any(True for _ in self.spans(key))

    @cached_property
    def text(self) -> str:
        return self.sent.text  # a Span builds its text anew on each call: a sentence is read often


@dataclass
class _Hit:
    """A (subject, category) observation before confidences are settled."""

    subject: str
    key: str
    how: str  # intro | heading | sentence | default
    collection: bool
    weak: bool
    negated: bool
    evidence: Evidence
    phrase: str
    denial: bool = False  # "we do not store your card number": not processed
    stated: bool = False  # the sentence itself says data is collected
    third_party: bool = False  # "kept by Stripe": another organisation's processing
    listed: bool = False  # a list item or a row under a list intro


@dataclass
class Extraction:
    """Everything :func:`extract` found, as items; :mod:`flows.draft.draft` assembles them."""

    language: str
    items: list[Item] = field(default_factory=list)
    subject_labels: dict[str, str] = field(default_factory=dict)
    subject_evidence: dict[str, Evidence] = field(default_factory=dict)
    subject_first: dict[str, int] = field(default_factory=dict)
    _label_rank: dict[str, int] = field(default_factory=dict)

    def name_subject(self, sid: str, label: str, evidence: Evidence, how: str) -> None:
        """Keep the policy's word for a subject, preferring a list intro's, then a heading's."""
        rank = {"intro": 0, "heading": 1, "sentence": 2, "condition": 2}.get(how, 3)
        if rank < self._label_rank.get(sid, 9):
            self._label_rank[sid] = rank
            self.subject_labels[sid] = label
            self.subject_evidence[sid] = evidence
    single_subject: bool = False
    #: roles of "you" that only a retention row names ("Newsletter : 3 ans"), with that row:
    #: the assembler declares them with the share of the general data list their activity uses
    split_roles: dict[str, Evidence] = field(default_factory=dict)
    #: roles of "you" that only a sentence's opening condition names ("If you subscribe to our
    #: newsletter, …"), with that sentence: what they took is not left to "you"
    condition_roles: dict[str, Evidence] = field(default_factory=dict)
    #: whether the policy speaks of its website's visitors anywhere (a heading, a list, a sentence)
    visitors_named: bool = False
    source: dict[str, object] = field(default_factory=dict)


#: Handing data over ("We can transfer data to our partners", "wij delen je gegevens met onze
#: partners", "nous communiquons vos données à nos partenaires"): the people it goes to are
#: recipients, not the people the data is about.
_HANDOVER = re.compile(
    r"(?i)\b(transfer\w*|shar(?:e|es|ed|ing)|disclos\w*|pass(?:es|ed)?\s+on|forward\w*|sell|sold|"
    r"doorg\w*|deel\w*|delen|gedeeld|verstrek\w*|overdr\w*|overgedragen|doorgestuurd|verkop\w*|"
    r"transmet\w*|transmis\w*|partag\w*|communiqu\w*|transf[ée]r\w*|divulg\w*|c[ée]d\w*|vend\w*)\b")
#: The preposition (and determiner) right before the people data is handed to.
_TO_WHOM = re.compile(r"(?i)(?:^|\s)(?:to|with|aan|met|naar|à|avec|auprès\s+de|aux)\s+"
                      r"(?:(?:our|your|its|their|the|these|those|selected|trusted|onze|uw|je|jouw|de|het|deze|"
                      r"nos|vos|ses|leurs|les|des|ces|certains)\s+){0,2}$")


#: A row that is a processing's retention field ("- Durée : 3 ans après le dernier contact" below
#: "Base légale :" and "Finalité :"; "Retention period: 2 years"): its period is a kept-data period.
_RETENTION_FIELD = re.compile(r"(?i)^\s*(?:durée(?: de conservation)?|retention(?: period)?|storage period|"
                              r"bewaartermijn|bewaarduur)\s*:")

#: "of" between a kind of data and the people it is of: "coordonnées des représentants légaux",
#: "name of the parent", "gegevens van de ouders".
_OF_WHOM = re.compile(r"(?i)\s+(?:of(?:\s+(?:the|your|their|its|a|an))?|des|du|de(?:\s+(?:la|l[’']|vos|votre|leur|leurs|ses))?|"
                      r"d[’']|van(?:\s+(?:de|het|uw|je|jouw|hun|een))?)\s*")

#: "without limitation", "sans s'y limiter", "zonder beperking": a list's "including but not
#: limited to", not a denial of what follows.
_NOT_LIMITED = re.compile(r"(?i)^\W{0,2}(?:limitation|being limited|s[’']y limiter|beperking)\b")


#: The words that open a condition: "if no contract is concluded" denies nothing.
_IF_WORDS = frozenset({"if", "when", "where", "unless", "whether"})


#: After "ne", the "que" that makes it "only" ("ne sont accessibles qu'à", "ne collecte que"), with
#: no word of a real negation between.
_NE_QUE = re.compile(r"(?i)(?:\s*(?!pas\b|jamais\b|plus\b|rien\b|aucune?\b|ni\b|point\b|guère\b)[\w’'-]+){1,5}?\s+qu(?:e\b|[’'])")
#: After "no", a kind of data that examples follow: "No personal data (like name, email address …)
#: is collected" (jabref_en, fresh69 dev), "no personal information such as your name".
_NO_KIND_BEFORE_EXAMPLES = re.compile(r"(?i)\s+(?:other\s+|further\s+|additional\s+)?(?:personal\s+|sensitive\s+|private\s+)?"
                                      r"(?:data|information|details)\s*(?:\(|,?\s*(?:such\s+as|like|e\.g\.|including)\b)")


def _drop_idiomatic_negations(doc: Doc) -> None:
    """Remove the negations that only widen a list ("includes without limitation your name"),
    and an English "no" that denies no data named right after it: "No IP addresses, no names
    … are stored" (openpanel_en, fresh60 dev) denies those data, but "no longer than", "no
    access to any part of your information", "there is no technical ability" deny nothing the
    sentence names (a word may stand between: "no full card details"), nor does a condition's
    ("If no employment contract is concluded with the applicant", labs64_en, fresh16 dev)."""
    spans = doc.spans["negations"]
    if spans:
        data_at = {c.start for c in doc.spans["categories"]}
        doc.spans["negations"] = [
            n for n in spans if not _NOT_LIMITED.match(text_of(doc)[n.end_char: n.end_char + 24])
            # "Les données ne sont accessibles qu'à l'éditeur du site" (mamiethe_fr, fresh69 dev):
            # "ne … que" says "only", it denies nothing
            and not (n.text.lower() in ("ne", "n'", "n’") and _NE_QUE.match(text_of(doc)[n.end_char: n.end_char + 60]))
            and (n.text.lower() != "no" or ((n.end in data_at or n.end + 1 in data_at
                                             or _NO_KIND_BEFORE_EXAMPLES.match(text_of(doc)[n.end_char:n.end_char + 60]))
                                            and not (n.start and doc[n.start - 1].lower_ in _IF_WORDS)))]


def _drop_recipients(doc: Doc) -> None:
    """Remove the people data is handed to from the unit's subject mentions (see _HANDOVER): in
    "We can transfer data to our partners. These partners provide supporting services. These data
    are:", the partners are recipients in the second sentence too."""
    spans = doc.spans["subjects"]
    if not spans or not _HANDOVER.search(text_of(doc)):
        return
    recipients = set()
    for span in spans:
        before = text_of(doc)[span.sent.start_char: span.start_char]
        after = text_of(doc)[span.end_char: span.end_char + 2]
        if _TO_WHOM.search(before) and _HANDOVER.search(before) and not after.startswith(("'", "’")):
            # "… transfer data to our [partners]": the verb, "to", the people (not "with our
            # customers' banks", where the banks receive)
            recipients.add(span.label_)
    if recipients:
        doc.spans["subjects"] = [s for s in spans if s.label_ not in recipients]


#: A count of people is a field of the form, not its people: "nombre de participants", "nombre
#: d'élèves" (terranumerica_fr, fresh56 dev), "number of participants", "aantal deelnemers".
#: ("number of" only as a count, not "the phone number of presenters")
_COUNT_OF = re.compile(r"(?i)(?:\bnombre\s+(?:de\s+|d[’'])|(?:^|[,:;(/]\s*|\b(?:the|a|total|estimated|expected)\s+)"
                       r"number\s+of\s+|\baantal\s+)$")


def _drop_counted(doc: Doc) -> None:
    """Remove the people a count names ("nombre de participants") from the subject mentions."""
    spans = doc.spans["subjects"]
    if not spans:
        return
    text = text_of(doc)
    keep = [s for s in spans if not _COUNT_OF.search(text, max(0, s.start_char - 20), s.start_char)]
    if len(keep) < len(spans):
        doc.spans["subjects"] = keep


#: A table column of who receives the data or where it comes from ("Destinataires", "Sources",
#: "Recipients", "Ontvangers"): the people its cells name ("La Gaîté Lyrique Partenaires
#: Prestataires", gaitelyrique_fr, fresh54 dev, whose last table heads it "Destinaires") receive or
#: give the row's data; it is not theirs.
_FOREIGN_COLUMN = re.compile(
    r"(?i)^\W*(?:(?:les|the|de|het)\s+)?(?:cat[ée]gor(?:ie|y|ies|ieën)s?\s+(?:de\s+|of\s+|van\s+)?)?"
    r"(?:recipients?|shared\s+with|disclosed\s+to|third[\s-]part(?:y|ies)|(?:sub-?)?processors?|sources?|"
    r"destina(?:ta)?ires?|sous-traitants?|provenance|origine|"
    r"ontvangers?|bron(?:nen)?|herkomst|(?:sub)?verwerkers?|gedeeld\s+met|verstrekt\s+aan|derden)"
    # the whole cell: "Source of Obligation" heads the records a period is for (mployus_en)
    r"(?:\s+(?:of|des|de|du|van)\s+(?:the\s+|la\s+|de\s+)?(?:personal\s+)?"
    r"(?:data|données|gegevens|information|informations))?\s*(?:\([^()]*\))?\W*$")


def _drop_foreign_cells(units: list[Unit], docs: list[Doc]) -> None:
    """Remove the people named in a table row's recipients or sources cell from its subject
    mentions (see _FOREIGN_COLUMN). The row's cells are told by its header row (the intro
    ``tables_as_rows`` makes of it); a row with another number of cells than its header (an
    empty cell dropped, a cell holding " | ") is left as it is, since its columns are unknown."""
    for unit, doc in zip(units, docs):
        spans = doc.spans["subjects"]
        if not spans or unit.kind != ITEM or " | " not in unit.text:
            continue
        head = next((units[i].text for i in reversed(unit.intros) if " | " in units[i].text), None)
        if head is None:
            continue
        is_foreign = [bool(_FOREIGN_COLUMN.match(c.strip())) for c in head.rstrip().rstrip(":").split(" | ")]
        cells = text_of(doc).split(" | ")
        if not any(is_foreign) or len(cells) != len(is_foreign):
            continue
        foreign, start = [], 0
        for column_is_foreign, cell in zip(is_foreign, cells):
            if column_is_foreign:
                foreign.append((start, start + len(cell)))
            start += len(cell) + 3
        keep = [s for s in spans if not any(a <= s.start_char and s.end_char <= b for a, b in foreign)]
        if len(keep) < len(spans):
            doc.spans["subjects"] = keep


#: paragraphs and rows under one heading that make it the policy itself, when they are also most
#: of its text, rather than a side section (how to reach us, your rights)
_WHOLE_POLICY_UNITS = 8


class _Extractor:
    """One policy's units and their annotated Docs, and the extractors that read them."""

    def __init__(self, units: list[Unit], pipe: Pipeline) -> None:
        self.units = units
        self.lex: Lexicon = pipe.lexicon
        self.docs: list[Doc] = list(pipe.pipe(u.text for u in units))
        for doc in self.docs:
            _drop_recipients(doc)
            _drop_idiomatic_negations(doc)
            _drop_counted(doc)
        _drop_foreign_cells(units, self.docs)
        self.doc_unit = {id(doc): unit for unit, doc in zip(units, self.docs)}
        self._sentences: dict[int, list[_Sent]] = {}  # by unit index: each unit is read 2-3 times
        self._section_hits: dict[tuple[int, int], bool] = {}  # (pattern id, heading index)
        self._text_size = 0  # characters in all units, see _holds_most_of_the_text
        self._section_sizes: dict[int, list[int]] | None = None  # heading -> [units, characters]
        self._denying: dict[int, bool] = {}  # list intro index -> it denies collecting its list
        self._inventories: dict[int, bool] = {}  # list intro index -> its rows are a data inventory
        self._collecting: dict[int, bool] = {}  # intro or heading index -> it says data is collected
        self._first_heading = next((u.index for u in units if u.kind == HEADING), -1)  # see _is_title
        self._rows_by_intro: dict[int, list[Unit]] = defaultdict(list)  # list intro index -> rows
        self._hits_by_intro: dict[int, list[_Hit]] = defaultdict(list)  # list intro -> its rows' hits
        for unit in units:
            if unit.intros:
                self._rows_by_intro[unit.intros[-1]].append(unit)
        self._section_before: list[tuple[str, ...]] | None = None  # see _section_person
        self.skip_re = _words_regex(self.lex.words("sections", "skip"))
        self.ret_re = _words_regex(self.lex.words("sections", "retention"))
        self.header_re = _words_regex(self.lex.words("table_headers"))
        self.heading_subjects: dict[int, list[tuple[str, Span]]] = {}
        self.intro_subjects: dict[int, list[tuple[str, Span]]] = {}
        activity = {sid: _words_regex(words) for sid, words in self.lex.heading_subjects.items()}
        for sid, compound in _compound_activity(self.lex).items():
            base = activity.get(sid)
            activity[sid] = re.compile(f"{base.pattern}|{compound}" if base else compound, re.IGNORECASE)
        self.activity = activity
        conditions = self.lex.condition_subjects
        self.condition_activity = {
            sid: _words_regex([*self.lex.heading_subjects.get(sid, []), *conditions.get(sid, [])])
            for sid in {*self.lex.heading_subjects, *conditions}}
        for unit, doc in zip(units, self.docs):
            if unit.kind == HEADING:
                self.heading_subjects[unit.index] = (
                    self._all_subjects(doc) or self._activity_subjects(doc, activity)
                    # a heading that is a condition ("When you apply for a job", "Si vous
                    # postulez", "Als u solliciteert") names its people as the sentence would
                    or (self._activity_subjects(doc, self.condition_activity)
                        if _WHEN_YOU.match(unit.text) else []))
            if unit.children:
                # "When you fill in our contact form, we collect:" names its people by activity
                self.intro_subjects[unit.index] = (self._several_roles(doc)
                                                   or self._last_subject(doc)
                                                   or self._activity_subjects(doc, activity)[-1:]
                                                   or self._condition_subjects_of_intro(doc))
        #: A list row whose label names people or an activity ("**Bij een reservering:** je naam,
        #: telefoonnummer", "For job applications: your name") holds those people's data: the
        #: label is the row's own intro.
        self.row_subjects: dict[int, list[tuple[str, Span]]] = {}
        for unit, doc in zip(units, self.docs):
            if unit.kind == ITEM and (found := self._label_subjects(doc)):
                self.row_subjects[unit.index] = found
        #: rows of a generated policy's section that name its purposes or bases, not its data
        self.not_data_rows: set[int] = {u.index for u in units if u.kind == ITEM and u.headings
                                        and _NOT_DATA_HEADING.match(units[u.headings[-1]].text)}
        self._data_subject_rows()
        #: Everyone the policy names (a heading, a list intro, a sentence): a retention row's
        #: activity binds its period to one of them only (else the row stays everyone's).
        self.people_named = {sid for found in (*self.heading_subjects.values(),
                                               *self.intro_subjects.values(),
                                               *self.row_subjects.values()) for sid, _ in found}
        self.people_named |= {span.label_ for doc in self.docs for span in doc.spans["subjects"]}
        self.skipped = [self._in_section(u, self.skip_re) for u in units]
        # The controller's identity block (name, register number, address) is not a subject's data.
        self.controller = controller_mod.find(units)
        self._other_controller: dict[int, int] = {}  # unit index -> see _other_controller_from
        self._table_heads: dict[int, int] | None = None  # row index -> its table's first row
        self.retention_section = [self._in_section(u, self.ret_re) for u in units]

    def _data_subject_rows(self) -> None:
        """A list whose row "Data subjects: Customers; Prospective customers" names its people,
        as generated policies write each section ("Processed data types: Inventory data (e.g.
        names, addresses)", "Data subjects: …", "Purposes of processing: …"): the data of the
        list's other rows is theirs."""
        for rows in self._lists():
            people: dict[str, Span] = {}
            for row in rows:
                if m := _DATA_SUBJECTS.match(row.text):
                    for span in self.docs[row.index].spans["subjects"]:
                        if span.start_char >= m.end():
                            people.setdefault(span.label_, span)
            for row in rows if people else ():
                self.row_subjects.setdefault(row.index, list(people.items()))
                if _NOT_DATA_FIELD.match(row.text) or _DATA_SUBJECTS.match(row.text):
                    self.not_data_rows.add(row.index)

    def _lists(self) -> Iterator[list[Unit]]:
        """Runs of list items under the same headings and intros, in order."""
        rows: list[Unit] = []
        for unit in self.units:
            if unit.kind == ITEM and rows and (unit.headings, unit.intros) == (rows[0].headings, rows[0].intros):
                rows.append(unit)
                continue
            if rows:
                yield rows
            rows = [unit] if unit.kind == ITEM else []
        if rows:
            yield rows

    # --- structure helpers -----------------------------------------------------------------

    @staticmethod
    def _all_subjects(doc: Doc) -> list[tuple[str, Span]]:
        seen: dict[str, Span] = {}
        for span in doc.spans["subjects"]:
            seen.setdefault(span.label_, span)
        return list(seen.items())

    @staticmethod
    def _activity_hits(text: str, activity: dict[str, re.Pattern[str] | None]
                       ) -> list[tuple[str, "re.Match[str] | _Place"]]:
        """The subjects whose activity ``text`` names, in the order the text names them (the
        lexicons write "organisation d'événement"; pages write "d’événement"; a Dutch suspended
        compound names its first word's activity too)."""
        text = plain_apostrophes(text)
        found = [(sid, m) for sid, rx in activity.items() if rx is not None and (m := _fast(rx)(text))]
        for compound in _SUSPENDED.finditer(text) if "- " in text else ():
            # "Klant- en factuurgegevens": the first word with its head ("klantgegevens") names
            # the activity, at the compound's own place in the text
            first = compound.group(1) + compound.group(4)
            for sid, rx in activity.items():
                if rx is not None and sid not in {f[0] for f in found} and rx.fullmatch(first):
                    found.append((sid, _Place(compound.start(), compound.start() + len(compound.group(1)))))
        return sorted(found, key=lambda f: f[1].start())

    @classmethod
    def _activity_subjects(cls, doc: Doc, activity: dict[str, re.Pattern[str] | None]) -> list[tuple[str, Span]]:
        """A heading naming no person but an activity that makes one: "Newsletter form" is
        about subscribers, "Formulaire de contact" about the people who write in."""
        found: list[tuple[str, Span]] = []
        for sid, m in cls._activity_hits(text_of(doc), activity):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                found.append((sid, span))
        return found

    def _condition_subjects_of_intro(self, doc: Doc) -> list[tuple[str, Span]]:
        """An intro that sets its list under what "you" do ("When you apply for a job, we
        collect:", "Als u solliciteert, verwerken wij:", "We collect the following when you
        subscribe:") names those people as the condition's sentence would."""
        text = text_of(doc)
        m = _YOU_CONDITION.search(text)
        if m is None:
            return []
        # two occasions ("wanneer u gebruik maakt van onze diensten of contact opneemt", riory_nl,
        # fresh8 dev) make the list everyone's the intro speaks to, not the people of the one a
        # lexicon knows
        if _OR_AND.search(re.split(r"[,:;.]", text[m.end():], maxsplit=1)[0]):
            return []
        found = [(sid, span) for sid, span in self._activity_subjects(doc, self.condition_activity)
                 if span.start_char >= m.start()]
        return found[:1]

    def _row_activity(self, unit: Unit, any_role: bool = False) -> list[str]:
        """The people a list row's label names by activity: "Pour les demandes de contact : 12
        mois", "Newsletter: 3 years", "Contactverzoeken | 12 maanden" are the correspondents' and
        the subscribers' periods, when the policy names those people elsewhere, or with
        ``any_role`` (a policy that speaks to "you" throughout) whether it does or not. Only the
        label (before ":" or "|") counts: the period's own words ("after our last contact") name
        no activity."""
        label = _row_label(unit.text)
        if label is None and (lead := _PERIOD_LEAD.match(unit.text)):
            label = lead.group(1)  # "Données de réservation 3 ans après la prestation": no colon
        if label is None:
            return []
        # people the label names by word come before its activities: "Suivre la relation
        # contractuelle (clients ayant signé un devis) | … | 10 ans" is the customers' row, not
        # the prospects' a quote would make it (metriegp_fr, fresh45 dev)
        doc = self.docs[unit.index]
        if text_of(doc).startswith(label):
            named = list(dict.fromkeys(s.label_ for s in doc.spans["subjects"]
                                       if s.end_char <= len(label) and s.label_ != DEFAULT_SUBJECT
                                       and not _denied_role(s)))
            if named:
                return named
        # a cookie or analytics row ("Cookies analytiques : 13 mois") is the visitors' period
        # only when the policy speaks of visitors: it does not split them off "you"
        return [sid for sid, _ in self._activity_hits(label, self.activity)
                if sid in self.people_named or (any_role and sid != "visitor")]

    def _label_reading(self, doc: Doc) -> tuple[int, list[tuple[str, Span]], bool] | None:
        """A list row's label (the short lead before ":" or "|"): where it ends, the people it
        names (by word, else by activity) and whether it names data; None for a row with none."""
        label = _row_label(text_of(doc))
        if label is None:
            return None
        cut = len(label)
        if _WHERE_LABEL.match(label):
            # "Chez nos partenaires : Données de paiement (Stripe)": where the data is kept,
            # not whose it is
            return cut, [], any(span.end_char <= cut for span in doc.spans["categories"])
        named: dict[str, Span] = {}
        for span in doc.spans["subjects"]:
            if span.end_char <= cut:
                named.setdefault(span.label_, span)
        people = list(named.items()) or [(sid, span) for sid, span in
                                          self._activity_subjects(doc, self.activity)
                                          if span.end_char <= cut]
        if not people and _DUTCH_CONDITION_ROW.match(text_of(doc)):
            # a condition's verbs are conjugated ("Neem je contact met ons op, dan …")
            people = [(sid, span) for sid, span in self._activity_subjects(doc, self.condition_activity)
                      if span.end_char <= cut]
        return cut, people, any(span.end_char <= cut for span in doc.spans["categories"])

    def _label_subjects(self, doc: Doc) -> list[tuple[str, Span]]:
        """The people a list row's label names, when the rest of the row lists data ("Bij een
        sollicitatie: je CV"). A row with no data (a retention row, "Reserveringsgegevens | 6
        maanden") names no one by its label here."""
        # (the data after the label looked for first: its people are sought by every activity's pattern)
        label = _row_label(text_of(doc))
        if label is None or not any(span.start_char >= len(label) for span in doc.spans["categories"]):
            return []
        reading = self._label_reading(doc)
        return reading[1] if reading is not None else []

    def _several_roles(self, doc: Doc) -> list[tuple[str, Span]]:
        """An intro naming several roles of its reader ("wanneer je onze website bezoekt,
        contact met ons opneemt of een boeking plaatst:", "les données nécessaires à la
        réservation ou à la prise de contact :"): the list is "you" in all of them, not the last
        one's alone."""
        named = {span.label_: span for span in doc.spans["subjects"]}
        roles = dict(named)
        # (by the activities a condition names too: "wanneer u gebruik maakt van onze diensten,
        # contact met ons opneemt of onze website bezoekt", stathulp_nl, fresh78 dev)
        for activity in (self.activity, self.condition_activity):
            for sid, span in self._activity_subjects(doc, activity):
                roles.setdefault(sid, span)
        # "you" in several roles; or several activities with no one named ("les données
        # nécessaires à la réservation ou à la prise de contact :"), which are the reader's too
        if len(roles) < 2 or not (_YOU.search(text_of(doc)) or not named):
            return []
        first = min(roles.values(), key=lambda s: s.start)
        return [(DEFAULT_SUBJECT, first)]

    @staticmethod
    def _last_subject(doc: Doc) -> list[tuple[str, Span]]:
        """The people a list's intro names last, with those coordinated with them: "Van onze
        klanten en leveranciers ... verwerken wij:" lists the data of both, where "the data of
        customers who order from our suppliers" would be the suppliers' alone if only the last
        counted (an intro's earlier people joined by more than "and", "or" or a comma are who the
        last ones are, not whose data follows)."""
        # ("De gegevens worden door de partner verstrekt namens de eindcliënt": the partner who
        # hands the data over is no one whose data it is, aandelenxpress_nl, fresh68 dev)
        spans = sorted((s for s in doc.spans["subjects"] if not _agent_role(s)), key=lambda s: s.start)
        if not spans:
            return []
        last = spans[-1]
        if _YOU.search(doc[:last.start].text) and _TO_SOMEONE.search(doc[max(last.start - 4, 0):last.start].text):
            # "Op het moment dat u wordt ingeleend aan één van onze opdrachtgevers:", "when you
            # are placed with one of our clients:": "you" are whose data the list holds
            return []
        found = [spans[-1]]
        for span in reversed(spans[:-1]):
            if span.end > found[-1].start:
                continue  # nested or overlapping: one mention
            gap = doc[span.end:found[-1].start]
            if not all(t.is_punct and t.text in ",/&" or t.lower_ in _COORDINATION for t in gap):
                break
            found.append(span)
        seen: dict[str, Span] = {}
        for span in reversed(found):
            seen.setdefault(span.label_, span)
        return list(seen.items())

    def _in_section(self, unit: Unit, pattern: re.Pattern[str] | None) -> bool:
        if pattern is None:
            return False
        path = list(unit.headings) + ([unit.index] if unit.kind == HEADING else [])
        return any(self._heading_hit(pattern, i) for i in path)

    def _is_title(self, index: int) -> bool:
        """The heading ``index`` is the document's title: its first heading, under no other."""
        return index == self._first_heading and not self.units[index].headings

    def _heading_hit(self, pattern: re.Pattern[str], index: int) -> bool:
        """Whether the heading ``index`` names such a section (once per heading: its lines share it)."""
        key = (id(pattern), index)
        hit = self._section_hits.get(key)
        if hit is None:
            text = self.units[index].text
            hit = bool(pattern.search(plain_apostrophes(text)))  # "Droit d’accès"
            if hit and pattern is self.skip_re and self._is_title(index) and _NAMES_THE_POLICY.search(text):
                # "PRIVACY & SECURITY", "Privacy and Cookie Policy": the policy's own title names
                # the whole text, not a section about security or cookies
                hit = False
            if hit and pattern is self.skip_re:
                # "Formulaire de contact", "Data we collect when you contact us": a heading that
                # names a form or a collection declares data even if it also says "contact".
                # "Gestion des demandes de contact", "Contact requests": the people who write
                # in, whose data the section declares, not how to reach the controller
                writing_in = self.activity.get("correspondent")
                hit = not (_DECLARES.search(text) or _WHEN_YOU.match(text) or _CONTACT_OCCASION.match(text)
                           or (writing_in is not None and writing_in.search(plain_apostrophes(text))))
                if hit and _DATA_WORD.search(text) and any(
                        _DECLARES.search(t := self.units[i].text) or _DATA_PARENT.search(t)
                        for i in self.units[index].headings):
                    # "## Données collectées / ### Données de contact": a kind of data under a
                    # heading that declares collection, not how to contact the controller
                    hit = False
                if hit and _SECURITY_WORD.search(text) and any(
                        _DATA_PARENT.search(self.units[i].text) for i in self.units[index].headings):
                    # "## Welke gegevens gebruiken we, waarom en op welke basis? / ### Beveiliging van
                    # de website" (ingbelg_nl, fresh71 dev): securing the site is one of the
                    # purposes the data is used for, not a section on the controller's measures
                    hit = False
            if hit and pattern is self.skip_re and self._holds_most_of_the_text(index):
                # A "Neem contact op" button or a page's address block set as a heading: the
                # policy itself runs on under it. A side section (how to reach us, your rights,
                # cookies) is never most of a policy.
                hit = False
            self._section_hits[key] = hit
        return hit

    def _holds_most_of_the_text(self, index: int) -> bool:
        """Whether the section under heading ``index`` holds more than half the policy's text, in
        more paragraphs and rows than a side section has (a short policy's "Your rights" may be
        half of it, in a paragraph or two)."""
        if self._section_sizes is None:
            # once, in one pass: each heading's units and characters (a long policy has many)
            self._section_sizes = defaultdict(lambda: [0, 0])
            for u in self.units:
                for h in u.headings:
                    self._section_sizes[h][0] += 1
                    self._section_sizes[h][1] += len(u.text)
            self._text_size = sum(len(u.text) for u in self.units)
        units, size = self._section_sizes.get(index, (0, 0))
        return units >= _WHOLE_POLICY_UNITS and size * 2 > self._text_size

    def title_role(self) -> str | None:
        """The one kind of person the policy's title names ("JOB APPLICANT PRIVACY NOTICE"), if
        the policy opens with a heading that names exactly one; else None."""
        if not self.units or self.units[0].kind != HEADING:
            return None
        named = {sid for sid, _ in self.heading_subjects.get(self.units[0].index, [])}
        return named.pop() if len(named) == 1 and DEFAULT_SUBJECT not in named else None

    def reader_role(self, out: "Extraction") -> tuple[str, Span, int] | None:
        """The kind of person a policy that speaks to "you" names most ("our students", "your
        membership card ... all members"), when it names it at least three times, more than any
        other role "you" could take and more than it says "user"; None when it already declares
        those people apart or splits "you" by its retention list."""
        if out.split_roles or not any(i.kind == "category" and i.subject == DEFAULT_SUBJECT for i in out.items):
            return None
        # "Prospects : 3 ans après le dernier contact / Clients : 10 ans après la dernière
        # prestation" (solarglobe_fr, fresh36 dev): periods of their own for the prospects and the
        # customers, neither named beside any data, say "you" are each in turn (the assembler
        # splits them), not the customer alone
        dated = {i.subject for i in out.items if i.kind == "retention" and i.confidence >= 0.8 and i.value.duration}
        if "prospect" in dated and not dated.isdisjoint(YOU_AS) and not any(
                i.kind == "category" and i.subject in ("prospect", *YOU_AS) for i in out.items):
            return None
        counts: Counter[str] = Counter()
        first: dict[str, Span] = {}
        stated: Span | None = None  # "U heeft als patiënt recht op …": the text says who "you" are
        for doc in self.docs:
            for span in doc.spans["subjects"]:
                counts[span.label_] += 1
                first.setdefault(span.label_, span)
                if stated is None and span.label_ in READER_ROLES \
                        and _YOU_AS_ROLE.search(doc.text[max(span.start_char - 60, 0):span.start_char]) \
                        and not _MAYBE.search(doc.text[span.sent.start_char:span.start_char]):
                    stated = span
        ranked = sorted(((n, sid) for sid, n in counts.items() if sid in READER_ROLES), reverse=True)
        if not ranked:
            return None
        n, role = ranked[0]
        if stated is not None:
            role, n = stated.label_, counts[stated.label_]
            first[role] = stated
        elif n < 3 or (len(ranked) > 1 and ranked[1][0] == n) or counts[DEFAULT_SUBJECT] >= n:
            return None
        own = {i.value for i in out.items if i.kind == "category" and i.subject == role and i.included}
        yours = {i.value for i in out.items if i.kind == "category" and i.subject == DEFAULT_SUBJECT and i.included}
        if stated is None and (own - yours or (own and role in YOU_AS)):
            return None  # the policy declares them apart: "you" are someone else too
        # (their data only what "you" give too: "we share the names of our members with
        # Mailchimp" mentions the people "you" are, it does not declare others; customers and
        # clients beside "you" stay apart, "you" being the customer already under the id "user")
        return role, first[role], n

    def evidence_of(self, unit: Unit) -> Evidence:
        return Evidence(clean(unit.text), unit.line, self.section_of(unit))

    def section_of(self, unit: Unit) -> str | None:
        index = unit.index if unit.kind == HEADING else (unit.headings[-1] if unit.headings else None)
        if index is None:
            return None
        heading = self.units[index]
        marker = "" if heading.marker.startswith("#") else heading.marker
        return clean(f"{marker} {heading.text}".strip(), 80)

    def evidence(self, sent: _Sent) -> Evidence:
        # the unit's own characters (its Doc reads typographic apostrophes as ASCII ones, one
        # for one, so the offsets are the same)
        quote = sent.unit.text[sent.sent.start_char: sent.sent.end_char]
        return Evidence(clean(quote), sent.unit.line, self.section_of(sent.unit))

    def span_evidence(self, span: Span) -> Evidence:
        unit = self.doc_unit[id(span.doc)]
        quote = unit.text[span.sent.start_char: span.sent.end_char]
        return Evidence(clean(quote), unit.line, self.section_of(unit))

    def sentences(self, unit: Unit) -> list[_Sent]:
        """The unit's sentences (computed once; callers only read the list)."""
        found = self._sentences.get(unit.index)
        if found is None:
            doc = self.docs[unit.index]
            found = self._sentences[unit.index] = [_Sent(unit, doc, s) for s in doc.sents]
        return found

    def in_list(self, unit: Unit) -> bool:
        return unit.kind == ITEM or bool(unit.intros)

    def scope(self, unit: Unit) -> tuple[list[tuple[str, Span]], str]:
        for index in reversed(unit.intros):
            found = self.intro_subjects.get(index)
            if found:
                return found, "intro"
        for index in reversed(unit.headings):
            found = self.heading_subjects.get(index)
            if found:
                return found, "heading"
            if self.units[index].level != RUN_IN_LEVEL and not _GENERIC_SUBHEADING.match(self.units[index].text):
                break
            # "## Contact form … **Retention.** Once a message reaches my inbox, I keep it …": a
            # paragraph's bold lead that names no one leaves it in its section's scope
        return [], ""

    def collection_context(self, sent: _Sent) -> bool:
        if sent.has("collection_cues") or _WE_COLLECT.search(sent.text):
            return True
        unit = sent.unit
        if any(self._cues_collection(index) for index in unit.intros):
            return True
        # "Informations collectées" > "par la plateforme": a section under a collection heading
        # is still about collected data, however deep.
        return any(self._cues_collection(h) for h in unit.headings)

    def _cues_collection(self, index: int) -> bool:
        """Whether the unit ``index`` (a list's intro, a heading) says data is collected (once per unit)."""
        found = self._collecting.get(index)
        if found is None:
            found = self._collecting[index] = bool(self.docs[index].spans["collection_cues"]) or bool(
                _WE_COLLECT.search(self.units[index].text))
        return found

    def subjects_for(self, sent: _Sent) -> tuple[list[tuple[str, Span | None]], str]:
        """The subjects a sentence's data is about, and how they were found (module docstring)."""
        mentions: dict[str, Span] = {}
        spans = [s for s in sent.spans("subjects") if not _denied_role(s) and not _appositive_role(s)
                 and not _with_you(s)]
        for span in spans:
            if not _complement_role(span, spans):
                mentions.setdefault(span.label_, span)
        scoped, how = self.scope(sent.unit)
        if self.in_list(sent.unit):
            row = self.row_subjects.get(sent.unit.index)
            if row:
                return list(row), "intro"  # the row's label is its own intro
            if scoped:
                return list(scoped), how
            if mentions:
                return list(mentions.items()), "sentence"
        else:
            if mentions and len(self._condition_roles(sent, spans)) >= 2:
                # "When you register for an event, make a donation or select a volunteer
                # opportunity, we may ask for … your name" (pyconsk_en, fresh52 dev): "you" in each
                # of the roles the opening condition names, not the one a people word names
                return [(DEFAULT_SUBJECT, None)], "default"
            if mentions and scoped and how == "heading":
                # Under "Welke persoonsgegevens van zakelijke relaties verwerken we?", "de
                # contactgegevens van medewerkers van opdrachtgevers ... waar EXCHANGE een zakelijke
                # relatie mee onderhoudt" is about the business contacts the heading names; the
                # other people the sentence names only say who those contacts are.
                shared = [(sid, mentions[sid]) for sid, _ in scoped if sid in mentions]
                if shared:
                    return shared, "sentence"
            if mentions:
                return list(mentions.items()), "sentence"
            if _ANAPHORA.match(sent.text.lstrip()):
                # "Each time you visit our website, we collect certain information. This
                # information includes your IP address": the people of the sentence before
                before = self._subjects_before(sent)
                if before:
                    return [(sid, None) for sid in before], "sentence"
            if scoped:
                return list(scoped), how
            if (found := self._condition_subjects(sent)):
                return found, "condition"
        return [(DEFAULT_SUBJECT, None)], "default"

    def _condition_roles(self, sent: _Sent, spans: list[Span]) -> set[str]:
        """The roles a sentence's opening condition ("When you register for an event, make a
        donation or …, we …") names, by people word or activity, up to its main clause (the
        comma before "we", "nous", "wij"); empty for a sentence with no such condition."""
        text = sent.text
        if not _WHEN_YOU.match(text.lstrip()) or _INVITATION.match(text):
            return set()
        main = _MAIN_CLAUSE.search(text, 0, 300)
        if main is None:
            return set()
        cut = sent.sent.start_char + main.start()
        roles = {s.label_ for s in spans if s.end_char <= cut and s.label_ != DEFAULT_SUBJECT}
        roles |= {sid for sid, _ in self._activity_hits(text[:main.start()], self.condition_activity)}
        return roles

    def _condition_subjects(self, sent: _Sent) -> list[tuple[str, Span]]:
        """The people a sentence's opening condition makes of "you": "If you subscribe to our
        newsletter, your email address will be used …", "Si vous remplissez le formulaire de
        contact, nous recueillons …", "Als je je aanmeldt voor de nieuwsbrief, …" are the
        subscribers' and the correspondents' data, as a heading naming that activity would make
        them. Only the condition (up to its first comma) counts: the main clause's words say what
        is done, not to whom. A condition that closes a sentence (", uniquement lorsque vous
        écrivez à l'éditeur") counts as one that opens it."""
        text = sent.text
        start = sent.sent.start_char
        if (trailing := _TRAILING_CONDITION.search(text)) and not _WHEN_YOU.match(text.lstrip()):
            # "Adresse électronique, nom ou pseudonyme et contenu du message, uniquement lorsque
            # vous écrivez volontairement à l'éditeur" (mamiethe_fr, fresh69 dev): a condition
            # that closes a sentence naming no one says whose data it lists, as an opening one
            text, start = trailing.group(1), start + trailing.start(1)
            clause = text
        else:
            if not _WHEN_YOU.match(text.lstrip()) or _INVITATION.match(text):
                return []
            clause = text[:text.find(",")] if "," in text else ""
        if not clause:
            return []
        found = []
        for sid, m in self._activity_hits(clause, self.condition_activity)[:1]:
            span = sent.doc.char_span(start + m.start(), start + m.end(), alignment_mode="expand")
            if span is not None:
                found.append((sid, span))
        return found

    # --- categories -------------------------------------------------------------------------

    def _under_retention_column(self, unit: Unit) -> bool:
        """A table row whose table's first row, written as a row of its own ("- Doel | Welke
        persoonsgegevens | Grondslag | Bewaartermijn", esbcmenhir_nl, fresh47 dev), names a
        retention column: the row's periods are kept data, as under a header that intros it."""
        if self._table_heads is None:
            self._table_heads = {}
            for rows in self._lists():
                if " | " in rows[0].text and (self.docs[rows[0].index].spans["ret_triggers"]
                                              or _PERIOD_COLUMN.search(rows[0].text)):
                    self._table_heads.update({row.index: rows[0].index for row in rows[1:] if " | " in row.text})
        return unit.index in self._table_heads

    def _other_controller_from(self, unit: Unit) -> int:
        """Where a paragraph starts speaking of another organisation that is the controller of
        what follows ("FastSpring acts as the data controller for all personal and payment data
        submitted during the checkout process. The data collected may include your name …",
        osmand_en, fresh44 dev): from that sentence on, the data listed is that body's, not the
        policy's. Past the paragraph's end when it names no other controller."""
        if unit.index not in self._other_controller:
            self._other_controller[unit.index] = self._find_other_controller(unit)
        return self._other_controller[unit.index]

    def _find_other_controller(self, unit: Unit) -> int:
        if "ontrol" not in unit.text and "responsable" not in unit.text and "verantwoordelijke" not in unit.text:
            return len(unit.text) + 1  # (most paragraphs: no regex run)
        for m in _OTHER_CONTROLLER.finditer(unit.text):
            name = m.group("name")
            if name.casefold() in _WE_WORDS or (self.controller.name and _same_body(self.controller.name, name)):
                continue
            if re.search(r"(?i)\b(?:the|our|this|la|le|l[’']|notre|cette|de|het|onze|deze)\s*$", unit.text[:m.start()]):
                continue  # "The Company acts as the data controller": the policy's own body
            return m.start()
        return len(unit.text) + 1

    def category_hits(self, out: Extraction) -> list[_Hit]:
        hits: list[_Hit] = []
        first_hit = 0  # where the current unit's hits start
        self._hits_by_intro.clear()
        for unit in self.units:
            if unit.kind == HEADING:
                continue
            if self.skipped[unit.index] or unit.index in self.controller.units:
                # Sections about rights or cookies declare no data, but a masking instruction
                # there ("maak uw BSN zwart" under "Gegevens inzien") is still the policy's.
                self._masking_only(unit, out)
                continue
            if unit.children and " | " in unit.text and unit.is_intro:
                continue  # a table's header row names its columns ("Finalité | Localisation")
            anonymous_scope = any(_ANONYMOUS.search(t := self.units[i].text) and not _ANONYMISED_AT_END.search(t)
                                  for i in unit.intros)
            # "We do not knowingly collect:" / "- Special Categories of Personal Data (...)":
            # a list whose intro denies collecting or storing names what is not processed
            # ("Geen andere gegevens worden verwerkt dan:" is the opposite: only these)
            intro_denies = any(self._intro_denies(i) for i in unit.intros)
            if any(_SOURCES.match(t := self.units[i].text) and not _COLLECTS_DATA.search(t)
                   for i in unit.intros) and not self._inventory(unit):
                # "directly from a third party, eg: - your employer": a source, not data; but rows
                # that are all data ("Via nos formulaires de contact : - Nom et prénom - Adresse
                # email - Contenu du message", ionysystems_fr, fresh71 dev) name what the channel brings
                continue
            if any(_FOR_ANOTHER.search(self.units[i].text) for i in unit.intros):
                # "Employee data (processed on behalf of the Client):" (planopia_en, fresh73 dev): a
                # list the policy's body keeps as another's processor is that controller's to declare
                continue
            if _TITLE_LINE.match(unit.text):
                continue  # a section's title set as a plain line, not a statement of what is processed
            if unit.index in self.not_data_rows:
                continue  # "Purposes of Processing: Contact requests and communication", "Data
                # subjects: Communication partner (Recipients of e-mails, letters, etc.)"
            for sent in self.sentences(unit):
                # a word inside the event a period runs from is no data: "5 jaar na afsluiting
                # opleiding" (pioneers_nl, fresh35 dev), "2 years after your employment ends"
                events = sent.spans("ret_events")
                cats = [c for c in sent.spans("categories")
                        if not any(e.start_char <= c.start_char and c.end_char <= e.end_char for e in events)
                        and not _number_given(c)]
                if not cats:
                    continue
                if (_DEFINITION.search(sent.text) or _COOKIE_DEFINITION.search(sent.text) or anonymous_scope
                        or (_ANONYMOUS.search(sent.text) and not _ANONYMISED_AT_END.search(sent.text))):
                    continue  # examples of what personal data is, or data that is not personal
                if _SUPPOSING.match(sent.text) or _HYPOTHETICAL.search(sent.text):
                    # "If you become aware of any data we have collected from children …", "This
                    # would be the case, for example, if a visitor were injured in our company and
                    # his name, age … would have to be passed on": no one's data is declared
                    continue
                if not sent.has("subjects") and self._about_controller(sent.text):
                    continue  # the controller's register number and address are not a subject's
                subjects, how = self.subjects_for(sent)
                for sid, span in subjects:
                    if span is not None and how != "default":
                        out.name_subject(sid, span.text, self.span_evidence(span), how)
                    if how == "condition":
                        out.condition_roles.setdefault(sid, self.evidence(sent))
                    out.subject_first.setdefault(sid, unit.line)
                masked = self._masked(sent)
                negations = sent.spans("negations")
                if (m := _CONCESSION.match(sent.text)):
                    # "Hoewel DWH de seksuele gerichtheid van haar leden niet expliciet registreert,
                    # impliceert …": the conceded denial is not the sentence's claim
                    cut = sent.sent.start_char + m.end()
                    negations = [n for n in negations if n.start_char >= cut]
                third_party = bool(_THIRD_PARTY.search(sent.text)) or sent.sent.start_char >= self._other_controller_from(unit)
                denies_storage = bool(negations) and bool(_STORE.search(sent.text))
                enumerated = len(cats) >= 2 or self.in_list(unit) or len(unit.text) <= 80
                # a list row that reads as data ("nom et prénom", "naam, adres, ..."), not a
                # purpose bullet that mentions sending "een e-mail"
                # A long row whose label names the data ("Gezondheidsgerelateerde gegevens — je
                # lichaamsmetingen …, alleen als je die zelf invult": fittin_nl, fresh18 dev) is a
                # data row too: its label says what it is before its prose explains it.
                label = _row_label(unit.text) if self.in_list(unit) else None
                listed = self.in_list(unit) and (len(unit.text) <= 80 or len(cats) >= 2 or (
                    label is not None and any(c.end_char <= len(label) for c in cats)))
                # A list row that names three kinds of data or more ("naam, voornaam, adres,
                # telefoonnummer, e-mailadres, geboortedatum") is an inventory whatever verb its
                # intro uses ("de volgende gegevens over jou bijhouden"): no lexicon lists every
                # verb a policy may introduce its data with, but the shape of the row says it.
                collection = self.collection_context(sent) or (
                    listed and (len({c.label_ for c in cats}) >= 3 or self._inventory(unit)))
                evidence = self.evidence(sent)
                if self.in_list(unit) and unit.kind != ITEM:
                    # A flattened table row "<data> <purposes>": words after the first legal
                    # basis ("NAW-gegevens Uitvoering overeenkomst, ... betaalgedrag") describe
                    # the purpose, not more data.
                    first_basis = min((b.start for b in sent.spans("bases")), default=None)
                    if first_basis is not None:
                        cats = [c for c in cats if c.start < first_basis]
                about_policy = bool(_POLICY_META.match(sent.text.lstrip()))
                stated = any(_COLLECT_VERB.search(c.text) for c in sent.spans("collection_cues")) or bool(
                    _WE_COLLECT.search(sent.text))
                reach_us = not listed and bool(_REACH_US.search(sent.text)) and not (
                    _COLLECT_VERB.search(sent.text) or _STORE.search(sent.text) or _YOUR.search(sent.text))
                for span in cats:
                    weak, also = span_flags(span)
                    if weak and not enumerated:
                        continue
                    if weak and span.label_ == "contact.postal_address" and _VERB_BEFORE.search(
                            text_of(sent.doc)[max(sent.sent.start_char, span.start_char - 20): span.start_char]):
                        continue  # "to address your concerns", "or otherwise address fraud": the verb
                    if span.label_ == "online.device" and _BROWSER_SETTINGS.search(sent.text):
                        continue  # "you can set your browser to refuse cookies": advice, not data
                    if reach_us and span.label_.startswith("contact"):
                        continue  # the controller's channel ("contact us by email"), not data
                    if span.text.lower() in _BARE_PAYMENTS and _PAYMENTS_AS_WORK.search(
                            text_of(sent.doc)[max(sent.sent.start_char, span.start_char - 40): span.start_char]):
                        continue  # "voor het verwerken van betalingen": the work, not a record
                    if about_policy and "." not in span.label_:
                        continue  # "This policy explains how we collect your personal data"
                    if any(m.start <= span.start < m.end or span.start <= m.start < span.end
                           for m in masked):
                        continue
                    if span.label_ in _PROOF_OF_IDENTITY and (_REQUEST.search(sent.text) or masked):
                        # "vragen wij u een kopie van uw identiteitsbewijs met het verzoek mee te
                        # sturen", "Maak in deze kopie uw pasfoto … zwart": proof of who asks, in the
                        # rights section's words wherever it is
                        continue
                    negated = intro_denies or any(0 <= span.start - n.end <= 12 for n in negations) or (
                        denies_storage and any(n.start < span.start for n in negations)) or \
                        _in_denied_examples(sent, span, negations) or _denied_after(sent, span, negations, cats)
                    owner = self._owner_after(sent, span) if how == "sentence" and len(subjects) > 1 else None
                    for key in (span.label_, *also):
                        for sid, _ in ([(owner, None)] if owner else subjects):
                            hits.append(_Hit(sid, key, how, collection, weak, negated, evidence,
                                             span.text,
                                             denial=negated and (denies_storage or intro_denies),
                                             third_party=third_party, listed=listed,
                                             stated=stated))
                for m in masked:
                    for sid, _ in subjects:
                        out.items.append(Item("masked", sid, m.label_, 0.8, evidence, m.text))
                if unit.intros:
                    self._hits_by_intro[unit.intros[-1]].extend(hits[first_hit:])
                first_hit = len(hits)
        return hits + self._inherited_hits()

    def _inherited_hits(self) -> list[_Hit]:
        """The general list's data, for the people of a list that comes "in addition" to it.

        "Van al onze contacten verwerken wij: …" then "Van onze klanten verwerken wij bijkomend:
        …" (or "In addition, from applicants we collect:") declares the general list for the
        customers too: their data is both lists. The general list is the nearest list before, in
        the same section, whose intro names no one in particular."""
        inherited: list[_Hit] = []
        for index, people in self.intro_subjects.items():
            if not people or not _IN_ADDITION.search(self.units[index].text):
                continue
            section = self.units[index].headings[:1]
            general = next((i for i in sorted(self._hits_by_intro, reverse=True)
                            if i < index and self.units[i].headings[:1] == section
                            and not self.intro_subjects.get(i)
                            and not _IN_ADDITION.search(self.units[i].text)), None)
            if general is None:
                continue
            for hit in self._hits_by_intro[general]:
                if hit.subject != DEFAULT_SUBJECT or hit.negated:
                    continue
                for sid, _ in people:
                    if sid != DEFAULT_SUBJECT:
                        inherited.append(replace(hit, subject=sid, how="intro"))
        return inherited

    @staticmethod
    def _owner_after(sent: _Sent, span: Span) -> str | None:
        """The people a kind of data is said to be of, right after it: "les coordonnées des
        représentants légaux", "the name of the parent", "de contactgegevens van de ouders". In a
        sentence naming others too ("Pour un adhérent mineur, …"), the data is theirs alone."""
        text = text_of(sent.doc)
        for other in sent.spans("subjects"):
            if other.start_char >= span.end_char and _OF_WHOM.fullmatch(text[span.end_char: other.start_char]):
                return other.label_
        return None

    def _inventory(self, unit: Unit) -> bool:
        """The unit is a row of a list whose rows are short and name data, three or more of them
        and most of its rows ("We could use the following types of data: - Name and Address data
        - Invoice address - Email address - Payment data"): the list is an inventory whatever
        verb introduces it, as a row naming three kinds of data is."""
        if not unit.intros:
            return False
        intro = unit.intros[-1]
        found = self._inventories.get(intro)
        if found is None:
            rows = self._rows_by_intro.get(intro, [])
            data_rows = sum(1 for u in rows if len(u.text) <= 80 and self.docs[u.index].spans["categories"])
            found = self._inventories[intro] = data_rows >= 3 and data_rows >= 0.6 * len(rows)
        return found

    def _intro_denies(self, index: int) -> bool:
        """Whether the list intro ``index`` denies collecting its list (once per intro)."""
        found = self._denying.get(index)
        if found is None:
            sents = self.sentences(self.units[index])
            found = self._denying[index] = bool(sents) and self._denies(sents[-1])
        return found

    @staticmethod
    def _denies(sent: _Sent) -> bool:
        """The sentence that introduces a list says it is not collected or kept ("We do not
        knowingly collect:"), and is not "no other data than:" (which lists what is)."""
        text = sent.text
        return (sent.has("negations") and bool(_STORE.search(text) or _COLLECT_VERB.search(text))
                and not _ONLY.search(text))

    def _about_controller(self, text: str) -> bool:
        if controller_mod.REGISTRATION.search(text) and controller_mod.LONG_NUMBER.search(text):
            return True
        name = self.controller.name
        # "The Great British Shop collects your name and email address": the person's address
        # words are not the controller's address
        return bool(name) and name in text and bool(controller_mod.ADDRESS.search(_PERSON_ADDRESS.sub(" ", text)))

    def _masking_only(self, unit: Unit, out: Extraction) -> None:
        for sent in self.sentences(unit):
            for m in self._masked(sent):
                subjects, how = self.subjects_for(sent)
                if how == "default":  # "maak uw BSN zwart": whoever sends a copy
                    subjects = [("*", None)]
                for sid, _span in subjects:
                    out.items.append(Item("masked", sid, m.label_, 0.8, self.evidence(sent), m.text))

    def _masked(self, sent: _Sent) -> list[Span]:
        return sent.spans("mask_entities") if sent.has("mask_cues") else []

    def settle_categories(self, hits: list[_Hit], out: Extraction) -> None:
        scoped = {h.subject for h in hits if h.how in ("intro", "heading") and h.subject != DEFAULT_SUBJECT}
        out.single_subject = not scoped
        # A subject met only once in passing ("If you are an existing customer, we will contact
        # you by email") is not declared by that sentence: one key, named by a sentence that says
        # nothing about collecting data, is left for the reviewer.
        keys_by_subject: dict[str, set[str]] = defaultdict(set)
        sentences_by_subject: dict[str, set[tuple[int, str]]] = defaultdict(set)
        firm: set[str] = set()
        for h in hits:
            if h.negated and not taxonomy.is_special(h.key):
                # "personen die geen relatie zijn, zoals ontvangers van betalingen": a sentence
                # that denies data declares nothing of them (a denied special category does: it
                # is the subject's not_processed)
                continue
            keys_by_subject[h.subject].add(h.key)
            sentences_by_subject[h.subject].add((h.evidence.line, h.evidence.sentence))
            if h.how != "sentence" or h.stated:
                firm.add(h.subject)
        passing = {sid for sid, keys in keys_by_subject.items()
                   if sid not in firm and len(keys) <= 1 and len(sentences_by_subject[sid]) <= 1
                   and sid != DEFAULT_SUBJECT}
        for h in hits:
            if h.how in ("intro", "heading"):
                conf = CONF_SCOPE
            elif h.how in ("sentence", "condition"):
                conf = CONF_SENTENCE if h.collection else CONF_SENTENCE_BARE
            elif out.single_subject:
                conf = CONF_YOU_ONLY if h.collection else CONF_YOU_ONLY_BARE
            elif h.collection and h.listed:
                conf = CONF_YOU_LIST
            elif h.collection and h.stated and "." in h.key:
                # "When you visit our website we collect your IP address": the sentence says it
                # collects a specific category; kept, marked for review
                conf = CONF_YOU_STATED
            else:
                conf = CONF_YOU if h.collection else CONF_YOU_BARE
            if h.weak:
                conf -= WEAK_PENALTY
            if h.subject in passing:
                conf = min(conf, 0.45)
            special = taxonomy.is_special(h.key)
            if h.denial and h.weak:
                # "We do not store email previews on Brevo": a bare word ("email", "name") that
                # may name something else is too thin to deny a category for the whole policy
                out.items.append(Item("category", h.subject, h.key, min(conf, 0.3), h.evidence, h.phrase))
                continue
            if h.denial:  # "Nous ne stockons aucune donnée de carte bancaire"
                # a denial that names no subject holds for every subject of the policy
                sid = "*" if h.how == "default" else h.subject
                out.items.append(Item("not_processed", sid, h.key, 0.7, h.evidence, h.phrase))
                continue
            if h.third_party and not h.negated:  # another organisation's processing
                out.items.append(Item("category", h.subject, h.key, min(conf, 0.3), h.evidence,
                                      h.phrase))
                continue
            if h.negated:
                if special:
                    out.items.append(Item("not_processed", h.subject, h.key, min(conf, 0.7),
                                          h.evidence, h.phrase))
                else:  # "we do not sell your e-mail address": not a declaration either way
                    out.items.append(Item("category", h.subject, h.key, min(conf, 0.3),
                                          h.evidence, h.phrase))
                continue
            if special:
                conf = min(conf, SPECIAL_CAP)
            out.items.append(Item("category", h.subject, h.key, round(conf, 2), h.evidence, h.phrase))

    # --- legal bases and purposes -------------------------------------------------------------

    def purposes(self, out: Extraction) -> None:
        last_basis_unit = -1
        for unit in self.units:
            if self.skipped[unit.index] or self.retention_section[unit.index]:
                continue
            for sent in self.sentences(unit):
                bases = sent.spans("bases")
                if not bases or sent.has("durations") or sent.has("ret_necessary"):
                    continue
                labels = list(dict.fromkeys(b.label_ for b in bases))
                name, row, how_named = self._purpose_name(unit, sent, bases, last_basis_unit)
                subjects, conf = self._purpose_subjects(unit, sent, row)
                cats = self._row_categories(unit, row)
                cued = sent.has("basis_cues") or how_named in ("heading", "row", "cell")
                evidence = self.evidence(sent)
                for basis in labels:
                    # "consent" is also everyday wording ("if you consent to this policy"); the
                    # other bases' phrases are only ever used to name a legal basis.
                    score = conf - (0.15 if basis == "consent" and not cued else 0.0)
                    value = Purpose(name=name, legal_basis=basis, categories=tuple(cats))
                    for sid in subjects:
                        out.items.append(Item("purpose", sid, value, round(score, 2), evidence,
                                              "; ".join(b.text for b in bases)))
            if self.docs[unit.index].spans["bases"]:
                last_basis_unit = unit.index

    def _purpose_name(self, unit: Unit, sent: _Sent, bases: list[Span],
                      last_basis_unit: int) -> tuple[str, list[Unit], str]:
        has_cats = bool(self.docs[unit.index].spans["categories"])
        if self.in_list(unit) and unit.kind != ITEM and len(unit.text) <= 300:
            text = bases[0].text
            return clean(text[0].upper() + text[1:], 100), [], "row"
        cell_like = len(unit.text) <= 160 and not has_cats and unit.kind != ITEM and (
            unit.kind != HEADING or unit.level == MINOR_LEVEL)
        if cell_like:
            row = self._row(unit, last_basis_unit)
            titles = [u for u in row if not (self.header_re and self.header_re.fullmatch(u.text.strip()))]
            if titles:
                return clean(titles[0].text, 100), row, "cell"
        if unit.kind == HEADING:
            return clean(unit.text, 100), [], "heading"
        cue = self._purpose_clause(sent)
        if cue is None and sent.has("basis_cues"):
            # "The legal basis for this processing is ...": the purpose is in the sentence before
            cue = self._purpose_clause_before(sent)
        if cue:
            return cue, [], "clause"
        if unit.headings:
            heading = self.units[unit.headings[-1]]
            if "?" not in heading.text and not self.docs[heading.index].spans["basis_cues"]:
                return clean(heading.text, 100), [], "section"
        return clean(sent.text, 100), [], "sentence"

    def _row(self, unit: Unit, last_basis_unit: int) -> list[Unit]:
        """The cells of a flattened table row ending at ``unit`` (its legal-basis cell)."""
        row: list[Unit] = []
        for index in range(unit.index - 1, max(last_basis_unit, unit.index - 7), -1):
            cell = self.units[index]
            prose = len(cell.text) > 120 and cell.text.rstrip()[-1:] in ".!?"
            if len(cell.text) > 300 or prose or (cell.kind == HEADING and cell.level < MINOR_LEVEL):
                break
            row.insert(0, cell)
        return row

    def _purpose_clause(self, sent: _Sent) -> str | None:
        for cue in sent.spans("purpose_cues"):
            rest = sent.doc[cue.end:sent.sent.end].text.strip(" .;:")
            if len(rest.split()) >= 2:
                return clean(rest.split(";")[0], 100)
        return None

    def _purpose_clause_before(self, sent: _Sent) -> str | None:
        previous = [s for s in self.sentences(sent.unit) if s.sent.end <= sent.sent.start]
        for s in reversed(previous[-3:]):
            found = self._purpose_clause(s)
            if found:
                return found
        return None

    def _purpose_subjects(self, unit: Unit, sent: _Sent, row: list[Unit]) -> tuple[list[str], float]:
        mentioned = list(dict.fromkeys(s.label_ for s in sent.spans("subjects")))
        if mentioned:
            return mentioned, 0.85
        for cell in row:
            found = list(dict.fromkeys(s.label_ for s in self.docs[cell.index].spans["subjects"]))
            if found:
                return found, 0.8
        scoped, _ = self.scope(unit)
        if scoped:
            return [sid for sid, _ in scoped], 0.8
        return ["*"], 0.55

    def _row_categories(self, unit: Unit, row: list[Unit]) -> list[str]:
        keys: list[str] = []
        for u in [*row, unit]:
            for span in self.docs[u.index].spans["categories"]:
                _, also = span_flags(span)
                keys += [span.label_, *also]
        return list(dict.fromkeys(keys))

    # --- retention ----------------------------------------------------------------------------

    def retention(self, out: Extraction) -> None:
        """Retention candidates: a period ("5 years", "trois ans", "7 jaar") or "as long as
        necessary", in a sentence that says data is kept or in a retention section.

        Confidence adds up what makes a candidate the policy's rule: retention wording in the
        sentence (+0.2), a retention heading (+0.1), a named subject (+0.1), and for a period
        its start event (+0.15; a period with no event is assumed to run from collection and
        loses 0.2). A sentence offering two events ("from the collection of this data or the
        last contact") runs from the later one: last contact, end of the fiscal year, end of
        the relationship, collection. The assembler picks the best candidate per subject.
        """
        for unit in self.units:
            in_section = self.retention_section[unit.index]
            if self.skipped[unit.index] and not in_section:
                # "## Gegevens inzien, aanpassen of verwijderen: U kunt een verzoek tot …
                # intrekking van uw toestemming": a rights section says how to ask, not how long
                continue
            for sent in self.sentences(unit):
                durations = [d for d in sent.spans("durations") if not _is_age(d) and not _is_response_time(d)]
                if durations and _RESPONSE_TIME.search(sent.text):
                    durations = []  # "we will answer your request within one month"
                # "een verzoek tot intrekking van uw toestemming sturen": a request for it, not
                # "until" it
                necessary = [n for n in sent.spans("ret_necessary")
                             if not _REQUEST_BEFORE.search(text_of(sent.doc)[max(n.start_char - 20, 0):n.start_char])]
                # "Na opzegging verwijderen we jouw persoonsgegevens": deleted when it ends
                ended = not (durations or necessary) and any(
                    e.label_ == "end_of_relationship" for e in sent.spans("ret_events")) \
                    and _DELETES.search(sent.text) is not None
                # "3 years after the end of our relationship, unless the law requires longer
                # (accounting records)": the exception's periods and events are not the rule's
                cut = _exception_start(sent) if durations else sent.sent.end_char
                if any(d.start_char < cut for d in durations):
                    durations = [d for d in durations if d.start_char < cut]
                elif durations and re.match(_THEN_ONLY, text_of(sent.doc)[cut:], re.I) and (
                        any(n.label_ == WHILE_RELATED for n in necessary)
                        or any(e.label_ == "end_of_relationship" and e.start_char < cut for e in sent.spans("ret_events"))):
                    # "Gedurende de looptijd van de overeenkomst en daarna alleen in de financiële
                    # administratie voor maximaal 7 jaar" (togido_nl): kept while the relationship
                    # lasts; the 7 years are the books'
                    durations, ended = [], True
                if durations and all(_FOR_RECORDS.match(text_of(sent.doc)[d.end_char:sent.sent.end_char])
                                     for d in durations) and (
                        any(n.label_ == WHILE_RELATED for n in necessary)
                        or any(e.label_ == "end_of_relationship" for e in sent.spans("ret_events"))):
                    # "Durée de l'adhésion + 6 ans pour les pièces comptables", "pendant la durée
                    # du mandat, puis dix ans pour les pièces justificatives": the added period is
                    # the books'; the person's data is kept while the relationship lasts
                    durations, ended, books_added = [], True, True
                else:
                    books_added = False
                if not (durations or necessary or ended):
                    continue
                # "Uw gegevens worden opgeslagen voor de periode:" / "- Maximaal 40 jaar": a
                # list row is kept data when its intro says the data is kept
                trigger = sent.has("ret_triggers") or any(
                    self.docs[i].spans["ret_triggers"] or _PERIOD_COLUMN.search(self.units[i].text)
                    for i in unit.intros) or bool(
                    _RETENTION_FIELD.match(unit.text)) or self._under_retention_column(unit)
                if not (trigger or in_section):
                    continue
                if _THIRD_PARTY.search(sent.text) or _providers_period(sent.text):
                    continue  # "Les factures sont conservées par Stripe (10 ans)": not ours
                if _ANONYMOUS.search(sent.text) and not _ANONYMISED_AT_END.search(sent.text):
                    continue  # "non identifiable data for statistical purposes": no one's data
                # a row whose label names its people ("Formulaire de contact | … | 2 ans"): the
                # row is theirs, whoever its other cells mention ("les attentes des utilisateurs")
                row = self.row_subjects.get(unit.index)
                mentioned = ([sid for sid, _ in row] if row else
                             list(dict.fromkeys(s.label_ for s in sent.spans("subjects") if not _denied_role(s))))
                if not mentioned and self._cookie_lifetime(unit, sent):
                    if "visitor" not in self._visit_row(unit):
                        continue
                    mentioned = ["visitor"]
                if not mentioned and not self.in_list(unit) and _ANAPHORA.search(sent.text):
                    mentioned = self._subjects_before(sent)
                if not mentioned and not self.in_list(unit):
                    mentioned = self._lead_activity(sent, durations or necessary, out)
                if not mentioned and self.in_list(unit):
                    mentioned = self._row_activity(unit)
                    if out.single_subject or not mentioned:
                        # A policy that speaks to "you" throughout and keeps each activity's
                        # data for its own period ("Pour les demandes de contact : 12 mois",
                        # "Newsletter : jusqu'au retrait de votre consentement") declares those
                        # people apart: the roles "you" take, split by the retention list,
                        # whether or not the policy names them elsewhere ("Sollicitaties: 1
                        # jaar" beside "een sollicitant"). A visit's row keeps its period for
                        # the visitors but takes no share of what "you" give. Beside people a
                        # list names ("De nos clients, nous collectons :"), a row splits off the
                        # roles "you" take on the side (subscribers, correspondents); its
                        # customers are still "you" ("Klantgegevens: 3 jaar").
                        mentioned = [sid for sid in self._row_activity(unit, any_role=True)
                                     if out.single_subject or sid not in YOU_AS]
                        for sid in mentioned:
                            if sid != "visitor":
                                out.split_roles.setdefault(sid, self.evidence(sent))
                records = not mentioned and not books_added and (
                    _names_records(sent.text) or self._records_before(sent) or bool(_SOME_DATA.search(sent.text))
                    # (an account's row is its holder's: "Compte et données associées | Jusqu'à la
                    # suppression du compte", libertai_fr, fresh55 dev)
                    or (self._row_of_no_one(unit) and not ACCOUNT.search(sent.text)))
                if mentioned and durations and not books_added and _LEGAL_DUTY.search(sent.text) and _names_records(
                        text_of(sent.doc)[sent.sent.start_char:min(d.start_char for d in durations)]):
                    # "Ticketing and billing data: up to 10 years (legal obligation)" (zurichjs_en,
                    # fresh54 dev): whoever the row names, a period the law sets for the records it
                    # names before the period is the records' (not "Klantgegevens: 7 jaar
                    # (wettelijke bewaartermijn voor facturen)", the customers' data as a whole)
                    records = True
                # the sentence, or its list's intro or heading, names whose data this is
                named = bool(mentioned) or self.in_list(unit)
                if not mentioned:
                    # a list's intro, else the section's heading ("## Job applicants ... We keep
                    # applications for 6 months"), names whose data the period is for; a
                    # paragraph under a heading is a weaker tie than the sentence or a list row
                    scoped, _ = self.scope(unit)
                    # (a list's row stands alone: the person a row above names is not its owner)
                    mentioned = [sid for sid, _ in scoped] or (
                        [] if self.in_list(unit) else self._section_person(unit))
                    # nor the people the sentence says "you" are not ("If you are not a customer")
                    denied = {s.label_ for s in sent.spans("subjects") if _denied_role(s)}
                    mentioned = [sid for sid in mentioned if sid not in denied]
                # A statutory period for named records (invoices, accounting) governs those
                # records, not the whole declaration of a subject: kept as evidence only.
                subjects = [RECORDS] if records else (mentioned or ["*"])
                evidence = self.evidence(sent)
                base = 0.5 + (0.2 if trigger else 0.0) + (0.1 if in_section else 0.0)
                base += 0.1 if (mentioned and named) else 0.0
                longest = self._longest_duration(durations) if durations else None
                if durations and longest is None and not necessary:
                    continue
                related = next((n for n in necessary if n.label_ == WHILE_RELATED), None)
                if longest is not None:
                    iso, phrase = longest
                    spans = [e for e in sent.spans("ret_events") if e.start_char < cut]
                    events = {e.label_ for e in spans}
                    at = next((d.start_char for d in durations if d.text == phrase), cut)
                    # "gedurende het lidmaatschap en tot 2 jaar daarna", "for the duration of the
                    # membership and 2 years thereafter" (esbcmenhir_nl, fresh47 dev), "gedurende
                    # de overeenkomst, daarna 7 jaar (fiscale bewaarplicht)" (chefandserve_nl,
                    # fresh65 dev): the period follows the relationship's end
                    then_related = related is not None and related.end_char <= at and bool(
                        _THEREAFTER.match(text_of(sent.doc)[at + len(phrase):])
                        or _THEN_BEFORE.search(text_of(sent.doc)[related.end_char:at]))
                    if (("end_of_relationship" in events or then_related) and "end_of_fiscal_year" in events
                            and all(len(e) == 1 for e in spans if e.label_ == "end_of_fiscal_year")):
                        # "6 years after the service date (required by Irish Revenue for tax
                        # compliance)": a lone word (tax, fiscal, accounting) says why the period
                        # is long; the phrase that names a moment says when it starts
                        events.discard("end_of_fiscal_year")
                    start = next((e for e in _EVENT_PRIORITY if e in events), None)
                    if start == "end_of_relationship" and all(
                            _BARE_COMPLETION.fullmatch(e.text)
                            and not re.match(r"\s+(?:of|van)\b", text_of(sent.doc)[e.end_char:])
                            for e in spans if e.label_ == start) \
                            and "correspondent" in {sid for sid, _ in self._activity_hits(
                                text_of(sent.doc)[sent.sent.start_char:cut], self.condition_activity)}:
                        # "Routine enquiries and correspondence are kept … for up to 12 months
                        # after completion" (coresolutions_en, fresh50 dev): an enquiry's
                        # completion is its last exchange, not the end of a relationship
                        start = "last_contact"
                    if start is None and then_related:
                        start = "end_of_relationship"
                    # a row of a retention section's list that names its people ("Offertes die
                    # niet tot opdracht leiden: maximaal 1 jaar") states their period, from when
                    # it was collected, however plainly: a lesser doubt than a bare period in prose
                    dated_row = in_section and self.in_list(unit) and bool(mentioned) and named
                    conf = base + (0.15 if start else (-0.1 if dated_row else -0.2))
                    duration_at = next((d.start_char for d in durations if d.text == phrase), cut)
                    if (not start and subjects == ["*"] and not any(
                            c.start_char < cut for c in sent.spans("categories"))
                            and (_CAP.search(text_of(sent.doc)[sent.sent.start_char:duration_at])
                                 # the policy's retention field: "Wij hanteren de volgende
                                 # bewaartermijn voor persoonsgegevens: / Bewaartermijn: 12
                                 # maanden" (lenoir_nl, fresh54 dev) is its rule too
                                 or (_RETENTION_FIELD.match(unit.text) and unit.kind != ITEM))):
                        # "Gentse BC verbindt zich ertoe de gegevens niet langer bij te houden dan
                        # 20 jaar", "we keep your data no longer than 2 years": a cap on all the
                        # data is the rule; "as long as necessary" said beside it is the principle
                        conf += 0.3
                    value = Retention(duration=iso, start=start or "collection",
                                      note=self._note(evidence), explicit_start=bool(start),
                                      # (a weak word is no named data: "une activité" is not
                                      # a professional activity)
                                      data=tuple(dict.fromkeys(c.label_ for c in sent.spans("categories")
                                                               if c.start_char < cut and not span_flags(c)[0])))
                elif ended or (related is not None and not _or_as_long_as_needed(sent, related, necessary) and
                               (not _THEN.search(after := text_of(sent.doc)[related.end_char: sent.sent.end_char])
                                # "until graduation and then anonymised" (iforge_en, fresh33
                                # dev), "Tot het moment van uitschrijving; daarna worden de
                                # gegevens direct uit de verzendlijst verwijderd" (lijstvanandel_nl,
                                # fresh61 dev): what follows is its end, not a further keeping
                                or _ANONYMISED_AT_END.match(after.lstrip(" ,;").removeprefix("and "))
                                or (_DELETED_AT_END.match(after) and not _ARCHIVED.search(after)))):
                    # "Gedurende de periode dat men aangemeld is": deleted when it ends
                    conf = base + 0.15
                    phrase = related.text if related is not None else next(
                        e.text for e in sent.spans("ret_events") if e.label_ == "end_of_relationship")
                    value = Retention(duration="P0D", start="end_of_relationship",
                                      note=self._note(evidence), explicit_start=True,
                                      # "BSN | Wordt verwijderd na afronding CBR-aanmelding": the
                                      # data a list row's label names, not the whole record
                                      data=tuple(dict.fromkeys(c.label_ for c in sent.spans("categories")
                                                               if c.start_char < cut and not span_flags(c)[0]
                                                               and self.in_list(unit))))
                else:
                    conf = base + 0.05
                    phrase = necessary[0].text
                    value = Retention(rule="as_long_as_necessary", note=self._note(evidence))
                if subjects == ["*"] and ACCOUNT.search(phrase):
                    # "as long as your account is active", "zolang je account bestaat", "jusqu'à la
                    # suppression du compte + 1 an": the account holders' period, not the
                    # correspondents' or the visitors'
                    subjects = [DEFAULT_SUBJECT]
                for sid in subjects:
                    out.items.append(Item("retention", sid, value, round(min(conf, 1.0), 2),
                                          evidence, phrase))
                if records and (kept := self._kept_while_related_before_records(sent, necessary)):
                    # "Gedurende de looptijd van de overeenkomst en daarna alleen in de financiële
                    # administratie voor maximaal 7 jaar": the records keep the period; the
                    # person's data is kept while the agreement runs
                    value = Retention(duration="P0D", start="end_of_relationship",
                                      note=self._note(evidence), explicit_start=True)
                    for sid in mentioned or ["*"]:
                        out.items.append(Item("retention", sid, value, round(min(base + 0.15, 1.0), 2),
                                              evidence, kept.text))

    def _lead_activity(self, sent: _Sent, periods: list[Span], out: Extraction) -> list[str]:
        """The people a prose retention sentence's lead names by their activity ("Les demandes de
        contact sont conservées 12 mois", "Berichten zonder vervolgopdracht worden maximaal twee
        jaar bewaard"), as a list row's label would: only the words before the period and before
        the verb that keeps, and only people the policy names elsewhere, a sentence's condition
        included (else the period stays everyone's, as it was)."""
        cut = min([p.start_char for p in periods] + [t.start_char for t in sent.spans("ret_triggers")],
                  default=sent.sent.end_char)
        start = sent.sent.start_char
        lead = text_of(sent.doc)[start:cut]
        # "Na het beëindigen van je lidmaatschap …", "la durée de l'adhésion plus 7 ans": an
        # event the period runs from names when, not whose
        events = [(e.start_char - start, e.end_char - start) for e in sent.spans("ret_events")]
        named = self.people_named | set(out.condition_roles)
        hits = [sid for sid, m in self._activity_hits(lead, self.activity) if sid in named
                and not any(a < m.end() and m.start() < b for a, b in events)]
        return hits[:1]

    @staticmethod
    def _kept_while_related_before_records(sent: _Sent, necessary: list[Span]) -> Span | None:
        """A while-related phrase said before the records the sentence's period is for."""
        m = _RECORDS.search(sent.text)
        offset = sent.sent.start_char
        return next((n for n in necessary if n.label_ == WHILE_RELATED
                     and m is not None and n.start_char - offset < m.start()), None)

    def _cookie_lifetime(self, unit: Unit, sent: _Sent) -> bool:
        """A period of a cookie, not of a person's data: the sentence names cookies and no data
        but online identifiers, or the row sits in a table whose header says "Expires"."""
        intros = " ".join(self.units[i].text for i in unit.intros)
        if _EXPIRY.search(intros) or _COOKIE.search(intros):
            return True
        if not _COOKIE.search(sent.text):
            return False
        return all(c.label_.startswith("online") for c in sent.spans("categories"))

    def _visit_row(self, unit: Unit) -> list[str]:
        """The people a retention list's row names by activity ("Cookies analytiques 13 mois
        maximum", "Technische gegevens (IP-hash, analytics-cookies): maximaal 13 maanden": the
        visitors', when the policy speaks of them). A cookie's own lifetime is given under a
        cookies heading or in a table with an expiry column, not in the retention list."""
        if unit.kind != ITEM or not self.retention_section[unit.index] or any(
                _COOKIE.search(self.units[i].text) for i in (*unit.headings, *unit.intros)):
            return []
        return self._row_activity(unit)

    def _row_of_no_one(self, unit: Unit) -> bool:
        """A table row whose first cell names a processing but no person, activity or data
        ("Gestion du site internet | … | Prestataires : 5 ans"): its period is that processing's,
        not everyone's. A row labelled by data ("Naam en adres | 7 jaar") stays everyone's."""
        if unit.kind != ITEM or not any(" | " in self.units[i].text for i in unit.intros):
            return False
        reading = self._label_reading(self.docs[unit.index])
        return reading is not None and not reading[1] and not reading[2]

    def _section_person(self, unit: Unit) -> list[str]:
        """The one person the text of a section names before ``unit`` ("## First aid: ... your
        details are recorded in our patient record system. Records are deleted within two
        years"): a period stated there is theirs. None when the section names no one or several,
        or when the unit is under no heading (the whole policy is no section)."""
        if not unit.headings:
            return []
        if self._section_before is None:
            # once, in order: up to two people each unit's section names before it (enough to
            # tell none, one and several apart), so a long section costs one pass, not a square
            self._section_before = []
            seen: tuple[str, ...] = ()
            for each, doc in zip(self.units, self.docs):
                if each.kind == HEADING:
                    seen = ()
                self._section_before.append(seen)
                for span in doc.spans["subjects"]:
                    if span.label_ not in seen and len(seen) < 2 and not _agent_role(span):
                        seen = (*seen, span.label_)
        found = self._section_before[unit.index]
        return list(found) if len(found) == 1 else []

    def _records_before(self, sent: _Sent) -> bool:
        """"Retain these for six years" right after "our bank statements": the records' period.
        Documents said back to under a heading of legal duties ("6. Legal obligations to retain
        documents … These documents have to be retained for a period of 10 years", after a list of
        accounts and business letters: researchequals_en, fresh65 dev) are the records that duty
        names, wherever in the section the list stood."""
        if not _RECORD_ANAPHORA.search(sent.text) or sent.spans("categories"):
            return False
        previous = [s for s in self.sentences(sent.unit) if s.sent.end <= sent.sent.start]
        if previous:
            return _names_records(previous[-1].text)
        return bool(_DOCUMENTS_BACK.search(sent.text)) and any(
            _LEGAL_DUTY.search(self.units[h].text) or _names_records(self.units[h].text)
            for h in sent.unit.headings[-1:])

    def _subjects_before(self, sent: _Sent) -> list[str]:
        """The subjects of the nearest earlier sentence of the same paragraph that names one."""
        previous = [s for s in self.sentences(sent.unit) if s.sent.end <= sent.sent.start]
        for s in reversed(previous):
            found = list(dict.fromkeys(x.label_ for x in s.spans("subjects")))
            if found:
                return found
        return []

    @staticmethod
    def _note(evidence: Evidence) -> str:
        where = f"{evidence.section}: " if evidence.section else ""
        return clean(f'{where}"{evidence.sentence}"', 200)

    def _longest_duration(self, spans: list[Span]) -> tuple[str, str] | None:
        best: tuple[int, str, str] | None = None
        days_per = {"year": 365, "month": 30, "week": 7, "day": 1}
        for span in spans:
            if span.start > 0 and span.doc[span.start - 1].lower_ in _FREQUENCY:
                continue  # "free of charge once a year", "une fois par an": how often, not how long
            value = self._number(span)
            if not value:  # "0 days" names no period
                continue
            unit = span.label_
            if value != int(value):
                # a half in the unit below it: "1,5 jaar" is P18M, "half a month" P15D
                value, unit = {"year": (value * 12, "month"), "month": (value * 30, "day"),
                               "week": (value * 7, "day"), "day": (value, "day")}[unit]
            value = int(round(value))
            iso = {"year": f"P{value}Y", "month": f"P{value}M", "week": f"P{value * 7}D",
                   "day": f"P{value}D"}[unit]
            size = value * days_per[unit]
            if size > 200 * 366:  # not a retention period (a year, an article number...)
                continue
            if best is None or size > best[0]:
                best = (size, iso, span.text)
        if best is not None and len(spans) == 2 and spans[0].label_ == spans[1].label_ == "year":
            # "3 ans à partir du dernier contact puis archivées à titre probatoire pendant 5 ans":
            # kept, then archived: the data is held for both periods, one after the other
            between = text_of(spans[0].doc)[spans[0].end_char: spans[1].start_char]
            if _THEN.search(between) and _ARCHIVED.search(between):
                first, second = (self._number(s) or 0 for s in spans)
                if first + second == int(first + second):  # (halves: the longest alone, as below)
                    return f"P{int(first + second)}Y", f"{spans[0].text} + {spans[1].text}"
        return (best[1], best[2]) if best else None

    def _number(self, span: Span) -> float | None:
        """How many units a duration span says: "5", "trois", "1,5", a range's upper end ("3-5"),
        and its halves ("half a year" 0.5, "anderhalf jaar" 1.5, "un an et demi" 1.5)."""
        words = [t.lower_ for t in span]
        halves = self.lex.halves
        if any(w in halves.get("one_and_a_half", ()) for w in words):
            return 1.5
        decimal = re.search(r"\d{1,3}[.,]\d", span.text)
        numbers = [int(n) for n in re.findall(r"\d{1,3}", span.text)]
        if decimal:
            value: float | None = float(decimal.group(0).replace(",", "."))
        elif numbers:
            value = max(numbers)
        else:
            value = self.lex.numbers.get(words[0])
        if any(w in halves.get("half", ()) for w in words):
            return (value or 0) + 0.5 if words[0] not in halves.get("half", ()) else 0.5
        return value

    # --- organisation, jurisdiction, source ------------------------------------------------

    def organisation(self, text: str, source_name: str | None) -> tuple[str, float, str]:
        """The controller its identity sentence names (flows/draft/controller.py), else the name
        the page's copyright notice gives, else the name the site's own domain spells, else the
        proper name the text uses most (all guesses, marked for review)."""
        if self.controller.name and self.controller.confidence >= 0.85:
            name = controller_mod.with_capital_article(self.controller.name, text,
                                                       anywhere=self.lex.language != "en")
            return name, self.controller.confidence, self.controller.why
        lowercase = {t.text.casefold() for doc in self.docs for t in doc if t.text.islower()}
        spelled = controller_mod.domain_spelled_name(self.units, lowercase)
        if self.controller.name and (spelled is None or _same_body(self.controller.name, spelled[0])):
            return self.controller.name, self.controller.confidence, self.controller.why
        # no identity sentence: the name the page's copyright notice gives its owner ("© 2026
        # Ketelmeester. Alle rechten voorbehouden."), else the name the site's own domain spells
        # (rather than a legal name found anywhere, often a service's: "Supabase Cloud Inc."),
        # else the most used name
        notice = controller_mod.copyright_holder(self.units)
        if notice:
            name, line = notice
            return name, 0.6, f"the page's copyright notice, line {line}"
        if spelled:
            name, _, why = spelled
            return name, 0.6, why
        # a law's words, a kind of data the lexicon names in one word ("IBAN", "BSN") and an
        # acronym the text defines for a common noun ("de huisartsenpost (HAP)") name no one
        no_names = {w.casefold() for u in self.units for m in _LAW.finditer(u.text) for w in m.group(0).split()}
        no_names |= {s.text.casefold() for doc in self.docs for s in doc.spans["categories"] if len(s) == 1}
        no_names |= {m.group(1).casefold() for u in self.units for m in _COMMON_ACRONYM.finditer(u.text)}
        titles = {u.index for u in self.units if u.kind == HEADING and u.index > 0 and _title_cased(u.text)}
        run = controller_mod.most_used_name_run(self.units, lowercase | no_names | _MONTHS, titles)
        if run:
            name, uses = run
            return controller_mod.with_lead_word(name, text), 0.45, f"the name the text uses most ({uses} times)"
        name, conf, why = self._most_used_name(source_name)
        return controller_mod.with_lead_word(name, text), conf, why

    def _most_used_name(self, source_name: str | None) -> tuple[str, float, str]:
        lower_tokens = {t.text for doc in self.docs for t in doc if t.text.islower()}
        counts: Counter[str] = Counter()
        follows: dict[str, Counter[str]] = defaultdict(Counter)
        numbered: Counter[str] = Counter()  # "365 Physiotherapy": a number that opens the name
        legal: set[str] = set()
        first_lines = {u.index for u in self.units[:3]}
        in_title: set[str] = set()
        domains = _own_domains(" ".join(u.text for u in self.units))
        # the law's capitalised words ("General Data Protection Regulation") name no one
        law_words = {w for u in self.units for m in _LAW.finditer(u.text) for w in m.group(0).split()}
        for unit, doc in zip(self.units, self.docs):
            # "Stockage et Sécurité des Données": headings capitalise common nouns
            title_cased = (unit.kind == HEADING and unit.index > 0
                           and _title_cased(unit.text))
            for tok in doc:
                word = tok.text
                if (len(word) < 3 or not word[0].isupper() or word.isupper() or not word.isalpha()
                        or tok.is_stop or word.lower() in lower_tokens or word in law_words
                        or word.casefold() in controller_mod.NOT_NAMES):  # "Privacy Policy"
                    continue
                # A word that opens a sentence or sits in a heading counts only when the site's
                # own domain spells it ("Bacomathiques ne nécessite ..." and bacomathiqu.es).
                if (tok.is_sent_start or title_cased) and _squash(word) not in domains:
                    continue
                before = tok.nbor(-1) if tok.i > 0 else None
                while before is not None and before.is_space and before.i > 0:
                    before = before.nbor(-1)
                if before is not None and before.text.isdigit() and len(before.text) >= 4:
                    continue  # a town after its postcode ("3070 Kortenberg") is where, not who
                if controller_mod.CITATION.match(doc.text, tok.idx + len(word)):
                    continue  # a citation's abbreviation: "Art. 6(1)(c) GDPR" (wolfsound_en, fresh57 dev)
                counts[word] += 1
                if unit.index in first_lines:
                    in_title.add(word)
                if before is not None and before.text.isdigit():
                    numbered[f"{before.text} {word}"] += 1
                nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
                if nxt is not None:
                    follows[word][nxt.text] += 1
                    if nxt.text.lower() in _LEGAL_FORMS:
                        legal.add(word)
        # a service the policy names ("Google Analytics", "Firebase Crashlytics") is not the
        # controller, however often it is named
        for word in [w for w in counts if controller_mod.is_processor(w) or w.lower() in _MONTHS
                     or controller_mod.is_processor(f"{w} {(follows[w].most_common(1) or [('', 0)])[0][0]}")]:
            del counts[word]  # nor a month ("January 04, 2025") or an authority (Autoriteit Persoonsgegevens)
        if not counts:
            fallback = (source_name or "Unknown organisation").rsplit("/", 1)[-1]
            return fallback, 0.1, "no proper name found in the text (service names aside)"

        def score(word: str) -> float:
            camel = any(c.isupper() for c in word[1:])
            return counts[word] * (2 if camel else 1) * (2 if word in legal else 1) * (
                1.5 if word in in_title else 1) * (3 if _squash(word) in domains else 1)

        order = {w: i for i, w in enumerate(counts)}
        best = max(counts, key=lambda w: (score(w), -order[w]))
        name = best
        nxt, n = (follows[best].most_common(1) or [("", 0)])[0]
        spelt_by_domain = _squash(best + nxt) in domains  # "Erik Leuning" and erikleuning.nl
        if nxt and nxt[:1].isupper() and nxt.isalpha() and (
                spelt_by_domain or (n >= 0.8 * counts[best] and (counts[best] >= 2 or nxt in counts))):
            name = f"{best} {nxt}"
        elif nxt == "&":
            # "Huisartsenpraktijk Smits & Canoy": partners joined by "&" are one name
            text = "\n".join(u.text for u in self.units)
            partners = Counter(re.findall(rf"\b{re.escape(best)} & ([A-ZÀ-Ý][\w’'-]+)", text))
            if partners and (partner := partners.most_common(1)[0])[1] >= 0.8 * counts[best]:
                name = f"{best} & {partner[0]}"
        # a number before the name each time it is used, or in the site's domain, is part of it
        lead = next((n for n, k in numbered.items() if n.endswith(f" {best}")
                     and (k >= 0.8 * counts[best] or _squash(n) in domains)), None)
        if lead is not None:
            name = f"{lead.split()[0]} {name}"
        conf = 0.7 if counts[best] >= 5 else 0.45
        return name, conf, f"the proper name the text uses most ({counts[best]} times)"

    def jurisdiction(self, text: str, organisation: str | None = None) -> tuple[str, float, str]:
        # (not another body's address: "Our representative in the EU is … Berlin", "hosted by …")
        abroad = controller_mod.other_bodies_lines(self.units)
        near = controller_mod.country_near(self.units, self.controller, self.lex.jurisdiction_signals,
                                           self.lex.language, abroad)
        if near:
            country, word = near
            return country, 0.85, f"the controller's address or register: {word}"
        # a generator's definitions list names it: "**Country** refers to: Sweden" (openpanel_en,
        # fresh60 dev), "Land verwijst naar: …", "Pays fait référence à : …"
        if (defined := _COUNTRY_DEFINED.search(text)) is not None:
            word = defined.group(1).strip().lower()
            country = next((c for c, words in self.lex.jurisdiction_signals.items() if word in words), None)
            if country is not None:
                return country, 0.85, f"the policy's definition of its country: {word}"
        seat = controller_mod.seat_country(self.units, organisation, self.lex.jurisdiction_signals)
        if seat:
            country, words = seat
            return country, 0.8, f"where the controller says it is registered: {words}"
        if abroad:
            text = "\n".join(u.text for u in self.units if u.index not in abroad)
        lowered = text.lower()
        scores: Counter[str] = Counter()
        seen: dict[str, list[str]] = defaultdict(list)
        for country, words in self.lex.jurisdiction_signals.items():
            for word in words:
                n = len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", lowered)) if word in lowered else 0
                if n:
                    scores[country] += n
                    seen[country].append(word)
        for country, n in controller_mod.postcode_countries(text, self.lex.language).items():
            scores[country] += n  # "Markt 1, 4871 AB Etten-Leur": an address only one country writes
            seen[country].append("a postcode or phone number")
        if scores:
            country, n = scores.most_common(1)[0]
            conf = 0.8 if n >= 3 else 0.6
            return country, conf, "signals: " + ", ".join(seen[country][:5])
        # a French policy is written in France, Belgium, Switzerland or Luxembourg ("bacomathiqu.es"
        # is a pun, not Spain); a Dutch one in the Netherlands or Belgium; English anywhere
        written_in = {"fr": {"FR", "BE", "CH", "LU"}, "nl": {"NL", "BE"}}.get(self.lex.language)
        domains = {c: hosts for c, hosts in controller_mod.country_domains(text).items()
                   if written_in is None or c in written_in}
        if domains:
            # "www.necret.ie", "data@necret.ie": with no place named, the site's own country domain
            country = max(domains, key=lambda c: len(domains[c]))
            return country, 0.5, "the site's country domain: " + ", ".join(sorted(domains[country])[:3])
        default = {"fr": "FR", "nl": "NL", "en": "GB"}[self.lex.language]
        return default, 0.3, f"no place named; assumed from the language ({self.lex.language})"

    def source(self, text: str) -> dict[str, object]:
        found: dict[str, object] = {}
        for unit in self.units[:2]:
            # (a section's number drawn as a badge, "1", is no title)
            if len(unit.text) <= 120 and any(c.isalpha() for c in unit.text):
                found["document"] = clean(unit.text, 120)
                break
        for line in text.splitlines()[:25]:
            if not _UPDATED.search(line):
                continue
            parsed = self._date(line)
            if parsed:
                found["updated"] = parsed
                break
        return found

    def _date(self, line: str) -> date | None:
        m = _DMY.search(line)
        try:
            if m:
                return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            m = _DAY_MONTH_YEAR.search(line)
            if m and m.group(2).lower() in self.lex.months:
                return date(int(m.group(3)), self.lex.months[m.group(2).lower()], int(m.group(1)))
        except ValueError:
            return None
        return None


#: After a while-related period, words that say the keeping goes on ("for the duration of the
#: membership, and thereafter while you remain interested"): then it ends at no event.
#: Words just before a number of years that make it a person's age, not a period: "children
#: under 16 years", "vous aviez moins de 15 ans", "bezoekers jonger dan 16 jaar".
_AGE_CUES = frozenset({"under", "aged", "younger", "older", "âgé", "âgée", "âgés", "âgées", "avez", "aviez",
                       "ayez", "jonger", "ouder"})


#: Words that deny a role just before its name: "If you are not a customer", "Si vous n'êtes pas
#: client", "Als u geen klant bent", "no longer a member".
_NOT_ROLE = frozenset({"not", "geen", "niet", "pas", "non", "longer"})


def _denied_role(span: Span) -> bool:
    """Whether a subject is named as what "you" are not (see _NOT_ROLE): "If you are not a
    customer we shall retain your data for 2 years" (rachelgoth_en, fresh40 dev) is said of the
    others. Up to two words before the name, past an article."""
    before = [t.lower_ for t in span.doc[max(span.start - 3, 0): span.start]]
    while before and before[-1] in ("a", "an", "un", "une", "een", "our", "notre", "onze"):
        before.pop()
    return bool(before) and before[-1] in _NOT_ROLE


#: The agent of a passive before a people word: "behandeld door al onze medewerkers", "handled by
#: our staff", "traitées par nos collaborateurs". Those people handle the data; it is not theirs.
_AGENT_BEFORE = re.compile(r"(?i)\b(?:door|by|par)\s+(?:(?:al|alle|all|tous|toutes)\s+)?"
                           r"(?:(?:de|het|onze|ons|the|our|nos|notre|les|des)\s+)?(?:(?:own|eigen|propres?)\s+)?$")


def _agent_role(span: Span) -> bool:
    """Whether a people word is the agent of a passive (see _AGENT_BEFORE): fysiobeyou_nl (fresh62
    dev), "Veilig en vertrouwelijk worden behandeld door al onze medewerkers", made the staff the
    one person of the section, and the patients' medical records' 20 years theirs."""
    doc = span.doc
    return bool(_AGENT_BEFORE.search(doc.text[max(span.start_char - 40, 0): span.start_char]))


#: Between two people words, a phrase that makes the second the first one's complement: "ces
#: candidats aux élections des représentants des locataires" (slccsf_fr, fresh49 dev), "the
#: coaches of the players' teams", "de begeleiders van de leerlingen". Nothing that lists
#: people ("et", "and", a comma) may come between, nor a kind of data.
_OF_PEOPLE = re.compile(r"(?i)^(?:(?!\b(?:et|ou|and|or|en)\b)[^,;:()\n]){0,60}?"
                        r"\b(?:des|du|de\s+la|de\s+l[’']|of\s+(?:the|their|our)|of|van\s+(?:de|het|onze)|van)\s*$")


#: A named body, a comma and an article right before a people word: the word says what the body
#: is ("gelogd door SIDN, een partner van de stichting", privacybydesign_nl, fresh50 dev; "Stripe,
#: our payment provider"), it names no one whose data this is.
_NAMED_BODY_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][\w.&-]*\)?,\s+(?:een|a|an|un|une|onze|our|notre|nos)\s+$")


#: A register number written out after its name ("SIREN 10129565700015", "KvK: 12345678").
_NUMBER_AFTER = re.compile(r"^\W{0,3}(?:n[°o]\.?\s*|nr\.?\s*|number\s*|numéro\s*|nummer\s*)?:?\s*"
                           r"(?:[A-Z]{2}\s?)?\d[\d .]{5,}\d")


def _number_given(span: Span) -> bool:
    """A company number the policy writes out ("Iony Systems (SIREN 10129565700015, …) s'engage à
    protéger la vie privée des utilisateurs", ionysystems_fr, fresh71 dev) is the controller's own,
    or another body's: no policy writes out the number of a person whose data it declares."""
    if span.label_ != "professional.company_id":
        return False
    return bool(_NUMBER_AFTER.match(span.doc.text[span.end_char: span.end_char + 40]))


def _appositive_role(span: Span) -> bool:
    """Whether a people word stands in apposition to an organisation's name (see _NAMED_BODY_BEFORE)."""
    doc = span.doc
    return bool(_NAMED_BODY_BEFORE.search(doc.text[max(span.start_char - 40, 0): span.start_char]))


#: "you or your child", "vous ou votre enfant", "u of uw kind": the people word names whom "you"
#: may stand for, the reader's own data (barnsleygym_en, fresh9 dev).
_WITH_YOU_BEFORE = re.compile(r"(?i)\b(?:you|vous|u|je|jij)\s*(?:or|and|ou|et|of|en|/)\s*(?:your|votre|vos|uw|je|jouw)\s+$")


def _with_you(span: Span) -> bool:
    """Whether a people word is coordinated with "you" (see _WITH_YOU_BEFORE)."""
    return bool(_WITH_YOU_BEFORE.search(span.doc.text[max(span.start_char - 30, 0): span.start_char]))


def _complement_role(span: Span, spans: list[Span]) -> bool:
    """Whether a people word only says whose the people an earlier one names are ("candidats aux
    élections des représentants des locataires": the candidates' data, not the tenants'), see
    _OF_PEOPLE. The earlier word must be another kind of person and end before this one."""
    doc = span.doc
    for other in spans:
        if other.label_ != span.label_ and other.end <= span.start \
                and _OF_PEOPLE.match(doc.text[other.end_char: span.start_char]) \
                and not any(other.end <= c.start and c.end <= span.start for c in doc.spans["categories"]):
            # (data named between them are the second one's: "Voor een minderjarig lid
            # verwerken wij het telefoonnummer van de ouders")
            return True
    return False


def _is_age(span: Span) -> bool:
    """Whether a duration is someone's age (see _AGE_CUES): up to three words before it, or "of
    age" / "old" / "oud" right after it ("users less than 18 years of age", httptoolkit_en,
    fresh47 dev)."""
    before = span.doc[max(span.start - 3, 0): span.start]
    after = [t.lower_ for t in span.doc[span.end: span.end + 2]]
    return any(t.lower_ in _AGE_CUES for t in before) or after[:2] == ["of", "age"] \
        or after[:1] in (["old"], ["oud"]) or after[:2] == ["d'", "âge"] or after[:2] == ["d’", "âge"]


#: After a number of days, the request it answers: "or after 7 days of request" (iforge_en,
#: fresh33 dev), "within 30 days of receiving your request", "binnen 4 weken na ontvangst van uw
#: verzoek", "dans un délai d'un mois à compter de la réception de votre demande".
_OF_REQUEST = re.compile(r"(?i)^\s*(?:of|from|after|following|na|van|à\s+compter\s+de|de|après|suivant)\s+"
                         r"(?:(?:the\s+)?receiv\w*\s+|ontvangst\s+van\s+|(?:la\s+)?réception\s+de\s+)?"
                         r"(?:your|a|the|uw|je|het|votre|la)?\s*(?:request|verzoek|demande)\b")


#: Before a number of days, the answer it times: "I will provide this information within 30 days"
#: (breastmed_en, fresh35 dev), "nous vous répondrons dans un délai d'un mois".
_ANSWER_BEFORE = re.compile(r"(?i)\b(?:respond|reply|answer|provide|send|répond\w*|fourni\w*|transmett\w*)\b"
                            r"[^.;:]{0,40}\b(?:within|dans\s+un\s+délai\s+d[e’']|sous|dans\s+les)\s*$")
#: After it, in Dutch: "binnen vier weken op uw verzoek reageren".
_ANSWER_AFTER = re.compile(r"(?i)^\s*(?:[\w’']+\s+){0,4}(?:reageren|reageert|reageer|antwoorden|beantwoorden|"
                           r"beantwoord|gehoor\s+geven)\b")


def _is_response_time(span: Span) -> bool:
    """Whether a duration is the time to answer a request (see _OF_REQUEST, _ANSWER_BEFORE,
    _ANSWER_AFTER), not a period kept."""
    text = text_of(span.doc)
    after = text[span.end_char: span.end_char + 80]
    return bool(_OF_REQUEST.match(after) or _ANSWER_AFTER.match(after)
                or _ANSWER_BEFORE.search(text[max(span.start_char - 80, 0): span.start_char]))


#: A deletion said as done, not a period: "Na opzegging verwijderen we jouw persoonsgegevens",
#: "Upon termination we delete your data", "À la résiliation, nous supprimons vos données".
_DELETES = re.compile(r"(?i)\b(?:verwijder\w*|wissen|wist|gewist|vernietig\w*|delete[sd]?|deleting|erase[sd]?|"
                      r"destroy\w*|supprim\w*|effac\w*|détrui\w*)\b")

#: "… ; daarna worden de gegevens direct verwijderd", ", then deleted", "puis supprimées": the
#: deletion that ends a while-related period, right after it.
_DELETED_AT_END = re.compile(r"(?i)[\s,;]*(?:and\s+|en\s+|et\s+)?(?:daarna|nadien|vervolgens|then|thereafter|"
                             r"afterwards|puis|ensuite)\b[^.;]{0,80}?\b(?:verwijder\w*|gewist|vernietigd|"
                             r"deleted|erased|destroyed|supprimée?s?|effacée?s?|détruite?s?)\b")

#: Archiving after the active period ("puis archivées", "then archived", "daarna gearchiveerd").
_ARCHIVED = re.compile(r"(?i)\b(?:archiv\w*|gearchiveerd)\b")

_THEN = re.compile(r"(?i)\b(?:daarna|nadien|thereafter|afterwards|and after that|then|puis|ensuite|au-delà)\b")

_HOST = controller_mod.HOST


def _title_cased(text: str) -> bool:
    """Every longer word after the first is capitalised ("Stockage et Sécurité des Données"), so
    capitals there say nothing about proper names ("Hoe lang Erik Leuning ... bewaart" is not)."""
    words = [w for w in text.split()[1:] if len(w) >= 4 and w[0].isalpha()]
    return bool(words) and all(w[0].isupper() for w in words)


def _same_body(name: str, other: str) -> bool:
    """One name holds the other's letters: "Kraye B.V." and "Kraye" are one body."""
    a, b = _squash(name), _squash(other)
    return bool(a and b) and (a in b or b in a)


def _squash(word: str) -> str:
    return "".join(c for c in word.casefold() if c.isalnum())


#: The data protection law by its names: its capitalised words are never an organisation.
_LAW = re.compile(r"(?i)general data protection regulation|algemene verordening gegevensbescherming|"
                  r"r[èe]glement g[ée]n[ée]ral sur la protection des donn[ée]es|data protection act|"
                  r"loi informatique et libert[ée]s|uitvoeringswet avg|wet bescherming persoonsgegevens|"
                  # the laws' acronyms: the Dutch medical-treatment, care-quality, privacy and
                  # anti-money-laundering acts, the UK's e-privacy regulations
                  r"\b(?:WGBO|Wkkgz|Wbp|UAVG|Wwft|PECR)\b")

#: A request's noun right before an event phrase: "verzoek tot intrekking van uw toestemming" asks
#: for the withdrawal, it does not keep data until it.
_REQUEST_WORD = r"(?:verzoek\w*|aanvraag|request\w*|demande\w*)"
_REQUEST_BEFORE = re.compile(rf"(?i)\b{_REQUEST_WORD}\s*$")

#: Words after a negation that deny something else than keeping the data: "is not shared",
#: "will not be published", "niet langer dan", "pas plus de", "not only".
_NOT_KEEPING_DENIED = frozenset(
    "longer langer plus only alleen uniquement seulement just beyond more meer shared gedeeld partagé "
    "partagée partagés partagées sold verkocht vendu vendue vendus vendues rented disclosed published "
    "gepubliceerd publié publiée publiés publiées displayed visible zichtbaar affiché affichée "
    "doorgegeven doorgeven transmis transmise transmises passed used gebruikt utilisé utilisée utilisés "
    "utilisées".split())
#: Words between a negation and its verb that say nothing: "will not be stored", "wordt niet".
_AUXILIARIES = frozenset("be been being is are was were worden wordt werd zijn is être été est sont".split())


#: Collecting or processing, not keeping: data "not stored persistently", "not stored by GA4",
#: "which we do not store long term" is still processed (diyaccounting_en, coderefinery_en,
#: fresh57 and fresh59 dev), data "not collected" is not.
_COLLECTED = re.compile(r"(?i)(collect|process|gather|obtain|request|verzamel|verwerk|vraag|vragen|"
                        r"gevraagd|trait|recueill|demand)")


def _denied_after(sent: "_Sent", span: Span, negations: list[Span], cats: list[Span]) -> bool:
    """Whether the data is denied by a negation after it: "Your date of birth is not collected",
    "Votre adresse IP n'est pas collectée", "Uw IP-adres wordt niet verwerkt", and Dutch's
    negation after the object, "Wij verwerken uw geboortedatum niet". The negation must come
    within a few words, before any other data, and deny collecting or processing it (not keeping
    it, sharing it, publishing it or keeping it longer: such data is still processed)."""
    doc = span.doc
    for n in negations:
        if not (span.end <= n.start <= span.end + 6) or any(
                c is not span and span.end <= c.start < n.start for c in cats):
            continue
        after = [t for t in doc[n.end: min(n.end + 4, sent.sent.end)] if t.lower_ not in _AUXILIARIES]
        if any(t.lower_ in _NOT_KEEPING_DENIED for t in after[:2]):
            continue
        words = [t.text for t in after[:2] if not t.is_punct]
        if any(_COLLECTED.match(w) for w in words):
            return True
        lead = text_of(doc)[sent.sent.start_char: span.start_char]
        if not words and _COLLECTED.search(lead):
            return True  # the verb before the data, the negation closing the clause (Dutch)
    return False


def _in_denied_examples(sent: "_Sent", span: Span, negations: list[Span]) -> bool:
    """The span is one of the examples in brackets after a denied kind of data: "Wij verzamelen
    geen bijzondere categorieën van persoonsgegevens (zoals gezondheidsgegevens, … seksuele
    geaardheid)" denies each example, however far into the list it is."""
    text = text_of(span.doc)
    opened = text.rfind("(", sent.sent.start_char, span.start_char)
    if opened < 0 or ")" in text[opened:span.start_char]:
        return False
    before = span.doc.char_span(sent.sent.start_char, opened, alignment_mode="contract")
    return before is not None and any(0 <= before.end - n.end <= 12 for n in negations)


#: Proof of identity a rights request comes with, and the request's words: an ID copy asked for
#: with a request ("Om er zeker van te zijn dat het verzoek tot inzage door u is gedaan, vragen wij
#: u een kopie van uw identiteitsbewijs …") verifies who asks; it is not data the policy processes.
_PROOF_OF_IDENTITY = frozenset({"identity.id_document", "government_id.national_id"})
_REQUEST = re.compile(rf"(?i)\b{_REQUEST_WORD}\b")

#: A legal basis explained by an imagined case (generated policies: "This would be the case, for
#: example, if a visitor were injured in our company and his name, age …").
_HYPOTHETICAL = re.compile(r"(?i)\bwould\s+be\s+the\s+case\b|\bce\s+serait\s+le\s+cas\b|"
                           r"\bdit\s+zou\s+(?:bijvoorbeeld\s+)?het\s+geval\s+zijn\b")
#: A sentence supposing what the reader may find out ("If you become aware of any data we have
#: collected from children under age 13, please contact us", "Als u vermoedt dat wij zonder
#: toestemming gegevens van een minderjarige hebben verzameld, …"): nothing it names is held.
_SUPPOSING = re.compile(r"(?i)\s*(?:if|should)\s+(?:you|a\s+parent|parents)\s+(?:become\s+aware|learn|discover|believe|"
                        r"think|suspect|find\s+out|are\s+aware|have\s+reason\s+to\s+believe)|"
                        r"\s*(?:si)\s+vous\s+(?:pensez|constatez|apprenez|découvrez|estimez|soupçonnez|avez\s+connaissance)|"
                        r"\s*(?:als|indien|wanneer)\s+(?:u|je|jij)\s+(?:vermoedt|ontdekt|denkt|merkt|ervan\s+overtuigd\s+bent|"
                        r"van\s+mening\s+bent)")

#: A section's title set as a plain line (no heading mark, no full stop), in the words of the Dutch
#: authority's template: "Bijzondere en/of gevoelige persoonsgegevens die wij verwerken", whose
#: section then says that no such data is sought ("Onze website … heeft niet de intentie …").
_TITLE_LINE = re.compile(r"(?i)^\W{0,3}[\w/ -]{0,60}?(?:die\s+(?:wij|we)\s+verwerken|that\s+we\s+process|que\s+nous\s+traitons)\W{0,3}$")

#: A concessive clause opening a sentence, to its comma ("Although we do not ask for X, …",
#: "Hoewel wij X niet registreren, …", "Bien que nous ne collections pas X, …").
_CONCESSION = re.compile(r"(?i)\s*(?:although|even though|though|hoewel|alhoewel|ofschoon|bien que|quoique)\b[^,;.]{0,200},")

#: An acronym in brackets after lowercase words: "de huisartsenpost (HAP)", "general practitioner (GP)".
_COMMON_ACRONYM = re.compile(r"(?<![\w-])[a-zà-ÿ][\w-]+\s*\(([A-Z]{2,6})\)")

#: Month names a date in any of the three languages spells: never an organisation.
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
    "januari februari maart april mei juni juli augustus september oktober november december".split())

#: Country top-level domains of the countries the lexicons name.
def _own_domains(text: str) -> set[str]:
    """Host names the policy cites (URLs, e-mail addresses), squashed to letters, with and without
    their top-level domain: "bacomathiqu.es" gives "bacomathiques" and "bacomathiqu", so a name
    spelt like the site's domain is recognised as the site's owner. Services' domains (google.com)
    are not the controller's and are left out."""
    found: set[str] = set()
    for m in _HOST.finditer(text):
        labels = m.group(1).lower().removeprefix("www.").split(".")
        if controller_mod.is_processor(labels[0]):
            continue
        found.add(_squash("".join(labels)))
        found.add(_squash("".join(labels[:-1])))
    return found


def _orders_only(out: Extraction) -> bool:
    """Whether "you" and the customers are one person: the customers' only data is what an
    order leaves ("Données de commande : historique d'achats", mapapeterie_fr, fresh44 dev), a
    row of the same inventory as "you"'s, and the policy names no one else."""
    cats: dict[str, set[str]] = defaultdict(set)
    for i in out.items:
        if i.kind == "category" and i.included:
            cats[i.subject].add(i.value)
    return set(cats) == {DEFAULT_SUBJECT, "customer"} and cats["customer"] <= {"financial.transaction", "financial"}


#: A sentence about visiting the site, its cookies or the browser: the online data it names is the
#: visitors', whatever other role "you" hold ("Données : Adresse IP, logs de connexion, données de
#: validation du navigateur" in a sports club's policy whose "you" are its participants,
#: purplerouen_fr, fresh8 dev).
_VISITING = re.compile(r"(?i)\b(?:visit\w*|brows\w*|navig\w*|cookies?|bezoek\w*|surf\w*|website|websites|"
                       r"site\s+(?:web|internet)|(?:notre|ce|le)\s+site|our\s+site|this\s+site)\b")


def _visit_data(item: Item) -> bool:
    """Whether ``item`` is online data its sentence says a visit to the site gives (_VISITING)."""
    return (item.kind == "category" and str(item.value).startswith("online")
            and bool(_VISITING.search(item.evidence.sentence)))


def _reader_is(role: str, out: Extraction, ex: _Extractor, span: Span | None = None,
               why: str | None = None) -> None:
    """"you" of a policy whose title names one kind of person ("Job applicant privacy notice",
    "Privacyverklaring sollicitanten"), or that names one kind far more than any other ("our
    students", see reader_role), are those people: the reader's items become theirs."""
    out.items = [replace(i, subject="visitor" if role != "visitor" and _visit_data(i) else role)
                 if i.subject == DEFAULT_SUBJECT else i for i in out.items]
    if DEFAULT_SUBJECT in out.subject_first:
        first = out.subject_first.pop(DEFAULT_SUBJECT)
        out.subject_first[role] = min(first, out.subject_first.get(role, first))
    if span is not None:  # the reason "you" are these people is the subject's evidence
        out.subject_labels[role] = span.text
        out.subject_evidence[role] = Evidence(why or span.text, 0, None)
    elif role not in out.subject_labels:
        _, span = ex.heading_subjects[ex.units[0].index][0]
        out.name_subject(role, span.text, ex.evidence_of(ex.units[0]), "heading")


#: A policy naming several kinds of people as one group: "our contractual and business partners,
#: e.g. customers and interested parties (collectively referred to as "contractual partners")",
#: "(ci-après ensemble dénommés …)", "(hierna gezamenlijk …)".
_COLLECTIVELY = re.compile(r"(?i)\((?:hereinafter\s+)?(?:collectively|together|jointly)\s+(?:referred\s+to\s+as|called)|"
                           r"\(ci-après\s+(?:ensemble|collectivement)|\(hierna\s+(?:samen|gezamenlijk)")


def _merge_collective_roles(out: Extraction, ex: _Extractor) -> None:
    """People the policy itself groups ("customers and interested parties (collectively referred
    to as 'contractual partners')") are one subject: the data and periods of the others become
    the customers' (or the first named group's), so one list is not drafted three times."""
    merged: dict[str, str] = {}
    for doc in ex.docs:
        if not _COLLECTIVELY.search(text_of(doc)):
            continue
        for sent in doc.sents:
            m = _COLLECTIVELY.search(sent.text)
            if m is None:
                continue
            cut = sent.start_char + m.start()
            roles = list(dict.fromkeys(s.label_ for s in doc.spans["subjects"]
                                       if sent.start_char <= s.start_char < cut and s.label_ != DEFAULT_SUBJECT))
            if len(roles) < 2:
                continue
            target = next((r for r in roles if r in YOU_AS), roles[0])
            merged.update({r: target for r in roles if r != target and r not in merged})
    if merged:
        out.items = [replace(i, subject=merged[i.subject]) if i.subject in merged else i for i in out.items]


#: A definitions list's country ("- **Country** refers to: Sweden"), a generator's wording.
_COUNTRY_DEFINED = re.compile(r"(?im)^\W*(?:country|land|pays)\W{0,4}[ \t]+(?:refers[ \t]+to|verwijst[ \t]+naar|"
                              r"fait[ \t]+référence[ \t]+à)[ \t]*:?[ \t]*([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .-]{2,40}?)[ \t]*[.,;]?[ \t]*$")


def _customers_are_you(out: Extraction, ex: _Extractor) -> None:
    """"You" declared under ``user``, customers named beside with fewer data of their own than
    "you" give and no period of their own: the customers are the people "you" are, not others
    (digitize_en, kirby_en, twenty-ninth wave dev halves), so their data and purposes become
    "you"'s. Customers with as many data of their own as "you" are the policy's subject ("We
    collect the name, email address and payment information of our customers"); a period of
    their own, a retention list that splits "you" into roles, or a section, a list or a row of
    their own ("## Uitvoering van de werken", ingbelg_nl, fresh71 dev; "From our customers we
    process the following data:") declares them apart and keeps them."""
    yours = {i.value for i in out.items if i.kind == "category" and i.subject == DEFAULT_SUBJECT and i.included}
    theirs = {i.value for i in out.items if i.kind == "category" and i.subject in YOU_AS and i.included}
    dated = any(i.kind == "retention" and i.subject in YOU_AS for i in out.items)
    if not theirs or len(theirs) >= len(yours) or dated or out.split_roles:
        return
    if any(sid in YOU_AS for named in (ex.heading_subjects, ex.intro_subjects, ex.row_subjects)
           for found in named.values() for sid, _ in found):
        return
    # (nor a list row that opens on them: "Deze verklaring geldt voor: … - de contactpersonen van
    # zakelijke klanten, van wie wij de betalingen verwerken" names people the policy is for)
    if any(unit.kind == ITEM and any(span.label_ in YOU_AS and span.start <= 4 for span in doc.spans["subjects"])
           for unit, doc in zip(ex.units, ex.docs)):
        return
    out.items = [replace(i, subject=DEFAULT_SUBJECT)
                 if i.subject in YOU_AS and i.kind in ("category", "purpose") else i for i in out.items]


#: "or" between two ways a keeping ends.
_OR = re.compile(r"(?i)\b(?:or|ou|of|whichever|selon)\b")


def _or_as_long_as_needed(sent: "_Sent", related: Span, necessary: list[Span]) -> bool:
    """Whether the while-related phrase is one of two ends, the other "as long as needed": "for as
    long as your account is active or as long as needed to provide you with our Services"
    (labs64_en, fresh16 dev), "aussi longtemps que nécessaire pour traiter l'affaire … ou jusqu'au
    retrait du consentement" (coparentes_fr, fresh70 dev). Kept until the later of the two, the
    data outlives the relationship: the rule is "as long as necessary", not deleted at its end."""
    text = text_of(sent.doc)
    for other in necessary:
        if other.label_ == WHILE_RELATED:
            continue
        a, b = sorted((other, related), key=lambda s: s.start_char)
        if _OR.search(text[a.end_char:b.start_char]) and b.start_char - a.end_char <= 120:
            return True
    return False


def extract(text: str, units: list[Unit], pipe: Pipeline, source_name: str | None) -> tuple[Extraction, _Extractor]:
    """Run every extractor over the parsed policy; items are not yet assembled per subject."""
    ex = _Extractor(units, pipe)
    out = Extraction(language=pipe.lexicon.language)
    hits = ex.category_hits(out)
    ex.settle_categories(hits, out)
    ex.purposes(out)
    ex.retention(out)
    out.visitors_named = "visitor" in ex.people_named
    _merge_collective_roles(out, ex)
    role = ex.title_role()
    if role is not None:
        _reader_is(role, out, ex)
    elif (named := ex.reader_role(out)) is not None:
        role, span, n = named
        _reader_is(role, out, ex, span, f"the policy speaks to 'you' and names its {span.text} most "
                                        f"({n} times): 'you' are those people (check)")
    elif _orders_only(out):
        _reader_is("customer", out, ex)
    else:
        _customers_are_you(out, ex)
    org, conf, why = ex.organisation(text, source_name)
    out.items.append(Item("organisation", None, org, conf, Evidence(why, 0, None), org))
    country, conf, why = ex.jurisdiction(text, org)
    out.items.append(Item("jurisdiction", None, country, conf, Evidence(why, 0, None), country))
    out.source = ex.source(text)
    return out, ex


__all__ = ["extract", "Extraction", "ACCOUNT", "DEFAULT_SUBJECT", "clean"]
