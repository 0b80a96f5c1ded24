"""Who the controller is and where: the forms found on the ``ctrl`` benchmark's dev half.

Each table holds short invented policies written in the shape real ones use (the benchmark's
policies are in bench/draft/ctrl/, its figures in bench/README.md), with guard rows that must not
name a controller. Figures on real policies: ``bench/draft_controller.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.draft import draft_policy
from flows.draft.controller import with_lead_word
from flows.draft.reader import read_policy

DATA = {"en": "We collect your name and email address.",
        "fr": "Nous collectons vos nom et adresse e-mail.",
        "nl": "Wij verwerken uw naam en e-mailadres."}

IDENTITY_FORMS = [
    # the kind of body in lowercase after the article is grammar ("L'association Les Amis du Port")
    ("fr", "L'association Les Amis du Port est responsable du traitement de vos données.", "Les Amis du Port"),
    # the Polish GDPR's "administrator" in English, a form spelt with spaces (azimuthdoc_en, fresh73 dev)
    ("en", "1. The administrator of your personal data is: AZIMUTH.DOC Sp. z o. o. based in Warsaw at ul. Aleja "
           "Bohaterów Września 18/42, 02-389, registered in the National Register of Entrepreneurs under number: "
           "0001059411.", "AZIMUTH.DOC Sp. z o. o."),
    # "to" inside a registered name (bashfestival_en, fresh72 dev)
    ("en", "BASH Festival of Code is run by Welcome to Underland Ltd (\"Underland\"), which is registered company "
           "11288868 in England and Wales.", "Welcome to Underland Ltd"),
    # who offers the app, with its register (uitvaartplatform_nl, fresh72 dev): a domain as its name
    ("nl", "De app wordt aangeboden door Tulp-Advies.nl, ingeschreven bij de Kamer van Koophandel onder nummer "
           "77982738.", "Tulp-Advies.nl"),
    ("en", "The app is offered by Harbour Widgets Ltd, registered with Companies House under number 01234567.",
     "Harbour Widgets Ltd"),
    ("fr", "L'application est proposée par Tulp Conseil, immatriculée au RCS de Paris sous le numéro 123 456 789.",
     "Tulp Conseil"),
    # a brand spelt in lowercase before its form, inside a longer sentence
    ("en", "For the purpose of this Privacy Policy harbourbooks Ltd is the data controller.", "harbourbooks Ltd"),
    # a register's number is never the name, even where a name-first pattern reads it so
    ("fr", "Le responsable de traitement est :\n\nATELIER LUMEN, société par actions simplifiée au capital de "
           "1 000 euros, SIRET 934 437 377 00013, dont le siège social est situé 3 rue du Port, 44000 Nantes.",
     "ATELIER LUMEN"),
    # a trade mark's sign is no part of the name
    ("fr", "Dénomination : Atelier Lumen® ASBL", "Atelier Lumen ASBL"),
    # a bracket between the name and its role
    ("nl", "Anna de Wit (werkzaam onder de handelsnaam Wit Design) is verantwoordelijk voor de verwerking van "
           "persoonsgegevens.", "Anna de Wit"),
    ("en", "Harbour Books (the Company) is the data controller.", "Harbour Books"),
    # the kind of body, then its name, as the subject of the policy's verb inside a sentence
    ("fr", "Dans le cadre de nos parties, l'association ASAP collecte uniquement les données nécessaires.", "ASAP"),
    ("en", "For our matches, the association Harbour Rowers collects only the data it needs.", "Harbour Rowers"),
    ("nl", "Hieronder leggen wij uit welke gegevens de vereniging De Molen Roeiers verwerkt.", "De Molen Roeiers"),
    # a "hereinafter" bracket before the role names the body, not the address before it
    ("nl", "Dakdokter (KvK 1234) gevestigd te Zwolle aan het adres Grote Voort 293a (hierna: DAKDOKTER) is de "
           "verantwoordelijke voor de verwerking van gegevens.", "DAKDOKTER"),
    ("en", "Registered at 5 Mill Lane, Cork (hereinafter \"Harbour Books\") is the data controller.", "Harbour Books"),
    ("fr", "Installée au 3 rue du Port à Nantes (ci-après « Atelier Lumen ») est responsable du traitement.",
     "Atelier Lumen"),
    # a French public service's body
    ("fr", "La plateforme Index Lumen relève de la Direction générale du travail, représentée par Madame Anne "
           "Martin.", "Direction générale du travail"),
    # the passive identity sentence
    ("nl", "Persoonsgegevens worden verwerkt door Anna de Wit, te bereiken via anna@voorbeeld.be.", "Anna de Wit"),
    ("en", "Personal data is processed by Harbour Books Ltd, 5 Mill Lane.", "Harbour Books Ltd"),
    ("fr", "Vos données personnelles sont traitées par Atelier Lumen, 3 rue du Port.", "Atelier Lumen"),
    # whom "we" means, in prose; a Belgian form before the name, and a brand with an @
    ("nl", "Met “wij” en “ons” wordt in deze tekst bedoeld, BVBA Bakkerij@home, haar werknemers en agenten.",
     "BVBA Bakkerij@home"),
    # "we are X, established …"
    ("nl", "Wij zijn Bakkerij De Molen, gevestigd Markt 1 te Gent.", "Bakkerij De Molen"),
    ("en", "We are Harbour Books, a company registered in Ireland.", "Harbour Books"),
    ("fr", "Nous sommes Atelier Lumen, située 3 rue du Port à Nantes.", "Atelier Lumen"),
    # the welcome line, and "Chez X, nous" inside a paragraph
    ("fr", "Bienvenue chez ATELIER LUMEN ! Chez ATELIER LUMEN, nous protégeons vos données.", "ATELIER LUMEN"),
    ("nl", "Welkom bij Bakkerij De Molen. Wij nemen uw privacy serieus.", "Bakkerij De Molen"),
    # "responsable de la collecte" is the controller too
    ("fr", "Le responsable de la collecte des données est Samuel Martin, domicilié au 3 rue du Port.", "Samuel Martin"),
    # the GDPR's definition said of a name that is not capitalised word by word
    ("fr", "Qué fiesta détermine les finalités et les modalités des données qu'elle traite.", "Qué fiesta"),
    ("en", "Harbour Books determines the purposes and means of processing your data.", "Harbour Books"),
    # "the person responsible for the data is:" and the name on the next line
    ("en", "#### The person responsible for the data is:\n\nJOHN EDWARD SMITH<br>\nMill Lane 5, Kendal",
     "JOHN EDWARD SMITH"),
    # "X est responsable des traitements"
    ("fr", "Pedro Déménagement est responsable des traitements de données décrits ici.", "Pedro Déménagement"),
    # what the body is and where, whatever it is
    ("nl", "Tersaplezier is een cateringdienst gevestigd in Vijverstraat 67, 2870 Puurs.", "Tersaplezier"),
    ("en", "Harbour Bakes is a family bakery based in Cork.", "Harbour Bakes"),
    ("fr", "Atelier Lumen est une petite boulangerie située à Nyon.", "Atelier Lumen"),
    # lowercase dotted Dutch forms, and the forms of the companies that write policies in English
    ("nl", "Schoonmaak Goed v.o.f. besteedt de grootst mogelijke zorg aan haar website. Alle gegevens die door "
           "Schoonmaak Goed v.o.f. worden verzameld, blijven vertrouwelijk.", "Schoonmaak Goed v.o.f."),
    # (and a name starts after a sentence's end)
    ("en", "Our shop is run from Sweden. Nordic Harbour AB, Storgatan 1, Stockholm.", "Nordic Harbour AB"),
    ("en", "Our shop is run from Denmark. Harbour Lamps A/S, Strøget 1, Copenhagen.", "Harbour Lamps A/S"),
    # "the responsible person … is:" with the name in a list under it; the data protection officer
    # the next section introduces the same way is not the controller (ctrl4 dev)
    ("en", "## Responsible\n\nThe responsible person within the meaning of the General Data Protection Regulation "
           "and other national data protection laws of the member states is:\n\n* Harbour Tools GbR\n* Mill Lane 5\n"
           "* 70499 Stuttgart\n\n## Data protection officer\n\nThe data protection officer of the responsible party "
           "is:\n\n* Anna Smith\n\n## What we collect", "Harbour Tools GbR"),
    # a bracketed trade name between "At X" and "we"
    ("en", "At Harbour Holding AS (operating under the marketing name “HarbourStay”), we are committed to "
           "protecting your personal data.", "Harbour Holding AS"),
    # the Dutch authority's template without a possessive, and "on" inside a name
    ("nl", "Hands on Healing verwerkt persoonsgegevens over u doordat u gebruik maakt van onze diensten.",
     "Hands on Healing"),
    ("en", "Harbour Choir attaches great importance to the protection of your privacy.", "Harbour Choir"),
    # the welcome line naming the site before the name
    ("nl", "Welkom bij het verhuurportaal van Scouts Sint-Jan Lier. We hechten veel waarde aan uw privacy.",
     "Scouts Sint-Jan Lier"),
    ("fr", "Bienvenue sur le site de Atelier Lumen. Nous respectons votre vie privée.", "Atelier Lumen"),
    # a page's description names the policy's owner, capitalised
    ("nl", 'description: "Privacyverklaring van Van Dam Schilderwerken: welke gegevens we verzamelen."',
     "Van Dam Schilderwerken"),
    ("nl", "Voetbal4All is een online platform dat clubs, spelers en trainers verbindt.", "Voetbal4All"),
    # the sentence before ends on a lowercase joined word: its full stop is no part of a name
    ("nl", "Wij helpen ondernemers met contentcreatie en e-mailmarketing. TW Business Support is "
           "verwerkingsverantwoordelijke in de zin van de AVG.", "TW Business Support"),
    ("en", "We build tools for e-commerce. Harbour Books Ltd is the controller of your data.", "Harbour Books Ltd"),
    # a lowercase word inside the name: the sentence's opening words up to the legal form
    ("nl", "Let's dog B.V. is de verwerkingsverantwoordelijke voor de persoonsgegevens.", "Let's dog B.V."),
    # the relative passive, and a capitalised role that names no one
    ("nl", "Deze privacy policy is van toepassing op alle persoonsgegevens die verwerkt worden door Detectie "
           "Service Kempen, met maatschappelijke zetel te 2370 Arendonk. De Verwerkingsverantwoordelijke hecht "
           "veel belang aan uw privacy.", "Detectie Service Kempen"),
    # a lowercase particle inside a name that ends with its legal form (platformoftrust_en, fresh18 dev)
    ("nl", "Uw gegevens worden verwerkt door het team van House of Tea BV, Markt 1 te Gent.", "House of Tea BV"),
    ("en", "Your data is processed by the Bank of Harbour plc, 5 Mill Lane.", "Bank of Harbour plc"),
    # "X (formerly Y) is seated in …" with no comma (vsn_nl, fresh18 dev)
    ("nl", "De Vereniging Harbourexperts Nederland (voorheen Vereniging Havens Nederland) is gevestigd in Lewedorp en "
           "ingeschreven bij de Kamer van Koophandel onder nummer 09143588.", "Vereniging Harbourexperts Nederland"),
    ("en", "Harbour Widgets Ltd is registered in England under company number 01234567.", "Harbour Widgets Ltd"),
    # a name in capitals ends at its sentence's full stop (asingenierie_fr, fresh33 dev)
    ("fr", "Les données sont traitées par ATELIER LUMEN. Elles peuvent être transmises à notre hébergeur.",
     "ATELIER LUMEN"),
    ("en", "Personal data is processed by HARBOUR BOOKS. It may be shared with our host.", "HARBOUR BOOKS"),
    ("nl", "Uw gegevens worden verwerkt door BAKKERIJ DE MOLEN. Zij worden niet verkocht.", "BAKKERIJ DE MOLEN"),
    # the opening commitment, two verbs and "personal details" (highheath_en, fresh34 dev)
    ("en", "Harbour Farm Cattery is committed to protecting and respecting your private and personal details. "
           "Harbour Farm keeps them safe. Harbour Farm is open daily.", "Harbour Farm Cattery"),
    ("en", "Harbour Books is committed to safeguarding the privacy of its customers.", "Harbour Books"),
    # "we are" and the name in quotes, a description of any kind after it (parlementcitoyen_fr, fresh36 dev)
    ("fr", "Nous sommes « Les Amis du Port / De Vrienden van de Haven », une coalition de citoyens. Les Amis du "
           "Port vous remercient.", "Les Amis du Port / De Vrienden van de Haven"),
    ("en", "We are “Harbour Friends”, a group of neighbours who run the harbour festival.", "Harbour Friends"),
    ("nl", "Wij zijn \"Vrienden van de Haven\", een groep buren die het havenfeest organiseert.",
     "Vrienden van de Haven"),
    # the name, who runs it in brackets, its address and register, then the Dutch role (excited_nl,
    # fresh39 dev)
    ("nl", "HARBOUR software (Anna de Wit), Havenstraat 3, 2288 HE Rijswijk, KvK 27144483, is verantwoordelijk "
           "voor de verwerking van persoonsgegevens zoals hieronder beschreven.", "HARBOUR software"),
    ("nl", "Bakkerij De Molen, Markt 1, 9000 Gent, is de verwerkingsverantwoordelijke.", "Bakkerij De Molen"),
    # a company field whose value goes on to its form and capital (journalduvin_fr, fresh40 dev)
    ("fr", "## Responsable de traitement\n\n- Société: Atelier Lumen, SAS au capital de 1 000 €\n"
           "- Siège social: 3 rue du Port, 44000 Nantes\n\n## Données", "Atelier Lumen"),
    ("en", "## Controller\n\n- Company: Harbour Books, a limited company\n- Address: 5 Mill Lane, Kendal\n\n"
           "## Data", "Harbour Books"),
    # "à" inside a name that ends with its legal form (justeatemps_fr, fresh37 dev)
    ("fr", "Politique de confidentialité | Juste à Temps (SAS)", "Juste à Temps"),
    # "is responsible for the processing", English's "est responsable du traitement"
    ("en", "Harbour Books is responsible for the processing of your personal data.", "Harbour Books"),
    ("en", "Anna White, trading as Harbour Books, is responsible for the processing described in this "
           "policy.", "Anna White"),
    # ... said of the body that opens the sentence, its register and address between them: the
    # town that ends the address is not the name
    ("en", "Harbour Rowers, org.no. 8024 39 - 1628 (non-profit association), Mill Lane 10 21446, Kendal is "
           "responsible for personal data processing of personal data that you give us.", "Harbour Rowers"),
    # the body that processes "as the controller"; a lowercase "by" inside a name
    ("nl", "Bij iedere verwerking treedt de stichting Privacy by Design op; de verwerking gebeurt door "
           "de stichting Privacy by Design als verwerkingsverantwoordelijke.", "Privacy by Design"),
    ("en", "Your data is processed by Harbour Books Ltd as the data controller.", "Harbour Books Ltd"),
    ("fr", "Vos données sont traitées par l'association Les Amis du Vélo en tant que responsable du "
           "traitement.", "Les Amis du Vélo"),
    # a name set all in capitals keeps its article, as its sign reads (thepadel_fr, fresh51 dev)
    ("fr", "THE PADEL s'engage à protéger vos données personnelles.", "THE PADEL"),
    ("fr", "LA FABRIQUE s'engage à protéger vos données personnelles.", "LA FABRIQUE"),
    ("nl", "DE KAASBOER hecht veel waarde aan uw privacy.", "DE KAASBOER"),
    # a Markdown hard line break (a backslash at the line's end) is no part of the name
    ("en", "**Data Controller:**\\\nHarbour Books GmbH\\\nMill Lane 12\\\n80339 München", "Harbour Books GmbH"),
    # a brand said to be another body's trading name: that body (maisonblndr_nl, fresh55 dev)
    ("nl", "MAISON KAAS is een handelsnaam van Applemooz, gevestigd aan Markt 37, 6141BZ Sittard, Nederland.", "Applemooz"),
    ("en", "Harbour Books is a trading name of Quay Media Ltd, 12 Quay Street, Bristol.", "Quay Media Ltd"),
    ("fr", "Lumen est un nom commercial de Atelier Lumen SAS, 3 rue Papin, 75003 Paris.", "Atelier Lumen SAS"),
    # the name a "hereinafter the Controller" bracket closes, its register and address between
    # (digitize_en, fresh53 dev); a Czech form keeps its last dot
    ("en", "This document sets out the principles of personal data protection at Harbour s.r.o., ID No.: 178 39 246, "
           "with its registered office at Primátorská 296/38, 180 00 Prague 8, Czech Republic (hereinafter the "
           "\"Controller\").", "Harbour s.r.o."),
    ("fr", "Ce document concerne Atelier Lumen SAS, 3 rue Papin, 75003 Paris (ci-après le « Responsable du "
           "traitement »).", "Atelier Lumen SAS"),
    ("nl", "Dit document betreft Tulp Advies B.V., KvK 12345678, Markt 1, 3511 AA Utrecht (hierna: de "
           "“Verwerkingsverantwoordelijke”).", "Tulp Advies B.V."),
    # who issued the policy (weblate_en, fresh54 dev), before its register and the name it goes by
    ("en", "This Policy has been issued by Harbour s.r.o., ID No.: 21668027, with registered office at Nábřežní "
           "694, 471 54 Cvikov, i.e. the \"**Provider**\".", "Harbour s.r.o."),
    # a German partnership's compound legal form is one (kirby_en, fresh53 dev)
    ("en", "Harbour Folder GmbH & Co. KG, Lindenstraße 17, 93051 Regensburg, is the controller.",
     "Harbour Folder GmbH & Co. KG"),
    ("en", "The controller is Harbour Tools GmbH & Co KG.", "Harbour Tools GmbH & Co KG"),
    # a consortium or a collective publishes the site, not its members (terranumerica_fr, fresh56 dev)
    ("fr", "Le site est édité par le consortium Terra Lumen, dont les membres fondateurs sont :\n\n- CNRS\n- Inria"
           "\n\n## Données", "Terra Lumen"),
    ("en", "This website is operated by the collective Harbour Labs, whose members are Acme Ltd and Beta Ltd.",
     "Harbour Labs"),
    # what the controller is of, between the role and its name; the name a person trades under
    # (wolfsound_en, fresh57 dev)
    ("en", "The controller of personal data provided by users is Harbour Books Ltd, 5 Mill Lane, Kendal.",
     "Harbour Books Ltd"),
    ("en", "The controller of the personal data users provide is Anna White, with headquarters in Kendal, 5 Mill "
           "Lane.", "Anna White"),
    ("en", "Anna White, conducting business activity under the name Harbour Books, 5 Mill Lane, Kendal, "
           "processes your personal data.", "Harbour Books"),
    ("nl", "Anna de Wit, handelend onder de naam Tulp Advies, is verantwoordelijk voor de verwerking van "
           "persoonsgegevens.", "Tulp Advies"),
    ("fr", "Anne Blanc, exerçant sous le nom commercial Atelier Lumen, 3 rue Papin, 75003 Paris, traite vos "
           "données.", "Atelier Lumen"),
    # a brand spelt as its domain, in lowercase, on the line after the controller's announcement
    # (dearmep_fr, fresh59 dev)
    ("fr", "Responsable du traitement de cette instance du logiciel:\n\nepicenter.works - Plattform "
           "Grundrechtspolitik\nLinke Wienzeile 12/19\n1060 Vienne, Autriche", "epicenter.works"),
    ("en", "Data controller of this instance:\n\nharbour.works - Harbour Digital Rights\n5 Mill Lane, Kendal",
     "harbour.works"),
    # a name ends at a full stop before a word that opens sentences (coderefinery_en, fresh59 dev)
    ("en", "The platform is managed by NeIC. The staff who help us are listed below.", "NeIC"),
    ("nl", "Het platform wordt beheerd door DataLab. Het team helpt ons daarbij.", "DataLab"),
    # a church is a kind of body: its elided article is grammar, not its name (eglisej33_fr, fresh58 dev)
    ("fr", "L'Église J33 accorde une grande importance à la protection de votre vie privée.", "Église J33"),
    ("en", "The Church of St Mary respects your privacy.", "Church of St Mary"),
    # a bracket the name's line opens is no part of the name
    ("nl", "## Wie is de verwerkingsverantwoordelijke\n\nApplemooz (handelsnaam: MAISON KAAS)\n\nMarkt 37, 6141BZ Sittard"
           "\n\n## Gegevens",
     "Applemooz"),
]


@pytest.mark.parametrize("lang, text, name", IDENTITY_FORMS, ids=[r[2] + "-" + r[0] for r in IDENTITY_FORMS])
def test_identity_forms_name_the_controller(lang, text, name) -> None:
    result = draft_policy(f"# Privacy\n\n{text}\n\n{DATA[lang]}\n", lang=lang)
    assert result.organisation.value == name


@pytest.mark.parametrize("lang, text, name", [
    ("fr", "Éditeur du site : Atelier Lumen, 3 rue du Port, 44000 Nantes", "Atelier Lumen"),
    ("fr", "**Éditeur** : la société Atelier Lumen SAS, 3 rue du Port, 44000 Nantes", "Atelier Lumen SAS"),
    # the label alone on its line, the name on the next
    ("fr", "Éditeur du site :\n\nAtelier Lumen SARL\n\n3 rue du Port, 44000 Nantes", "Atelier Lumen SARL"),
    # the host's line first, with a street that reads as a name ("Chemin des Pardiaux")
    ("fr", "Hébergement : le site est hébergé par la société o2switch, Chemin des Pardiaux, 63000 "
           "Clermont-Ferrand.\n\nPropriétaire du site : Cabinet Lumen Avocats, 4 rue Neuve, 33000 Bordeaux.",
     "Cabinet Lumen Avocats"),
    ("en", "Website owner: Harbour Books Ltd, 5 Mill Lane, Kendal LA9 4AA", "Harbour Books Ltd"),
    ("nl", "Eigenaar website: Bakkerij De Molen, Markt 1, 9000 Gent", "Bakkerij De Molen"),
    # whose processing the policy covers
    ("en", "This Privacy Policy applies to data processing by Harbour Books Ltd, 5 Mill Lane, Kendal.",
     "Harbour Books Ltd"),
    # the name on the line after (whocards_en, fresh80 dev)
    ("en", "This Privacy Policy applies to data processing by:\nHarbour Books - Society for Reading\n5 Mill Lane\n"
           "LA9 4AA Kendal", "Harbour Books"),
    ("fr", "La présente politique s'applique aux traitements effectués par l'association Les Amis du Port, 3 rue "
           "du Port, 44000 Nantes.", "Les Amis du Port"),
    ("fr", "La présente politique s'applique aux traitements effectués par :\n\nAtelier Lumen\n\n3 rue du Port, "
           "44000 Nantes", "Atelier Lumen"),
    ("nl", "Deze privacyverklaring is van toepassing op de verwerking van persoonsgegevens door Bakkerij De Molen, "
           "Markt 1, 9000 Gent.", "Bakkerij De Molen"),
    ("nl", "Deze privacyverklaring is van toepassing op de verwerkingen door:\n\nBakkerij De Molen\n\nMarkt 1, "
           "9000 Gent", "Bakkerij De Molen"),
])
def test_a_publisher_or_owner_label_or_whose_processing_it_covers_names_the_controller(lang, text, name) -> None:
    """France's LCEN has every site name its publisher ("Éditeur du site : X") in its legal notice,
    and many sites name their owner so in any language, or say whose processing the policy covers
    ("This Privacy Policy applies to data processing by X"): each is the identity sentence, not a
    guess marked for review."""
    result = draft_policy(f"# Mentions légales\n\n{text}\n\n## Données\n\n{DATA[lang]}\n", lang=lang)
    assert (result.organisation.value, result.organisation.needs_review) == (name, False)


@pytest.mark.parametrize("lang, text, wrong", [
    # a processor the passive sentence names is no controller
    ("en", "Personal data is processed by Google Ireland Limited on our behalf.", "Google Ireland Limited"),
    # what a body is "responsible for" makes it the controller only when it is the processing
    ("en", "Harbour Links is not responsible for the content of the sites it links to.", "Harbour Links"),
    # "4871 AB" is a Dutch postcode, not a Swedish company
    ("nl", "Onze winkel: Markt 1, 4871 AB Etten-Leur.", "4871 AB"),
    # nor, written as one word, the start of a name: a postcode and its town are where, not who
    ("nl", "Onze winkel: Markt 1, 6141BZ Sittard. Ons magazijn: Markt 3, 6141BZ Sittard.", "6141BZ Sittard"),
    # a body that issued rules the controller follows is not who issued the policy (gsa_en, fresh28 dev)
    ("en", "We follow the rules issued by the Swedish Bar Association. Harbour Law AB is the data controller.",
     "Swedish Bar Association"),
    # another body's policy the text links to names that body, not the controller (kirby_en, fresh53 dev)
    ("en", "Our feedback board is provided by Nolt. You can find the privacy policy of Nolt here; see the "
           "privacy policy of Nolt for its cookies.\n\n"
           "Harbour Folder Ltd is the data controller.", "Nolt"),
    # the policy's own title words are no name, however often they are used
    ("en", "This Privacy Policy explains our Privacy Policy. The Privacy Policy may change.", "Privacy Policy"),
])
def test_processors_postcodes_and_title_words_are_no_controller(lang, text, wrong) -> None:
    result = draft_policy(f"# Privacy Policy\n\n{text}\n\n{DATA[lang]}\n", lang=lang)
    assert result.organisation.value != wrong


@pytest.mark.parametrize("lang, text", [
    # WordPress's privacy template opens its "Who we are" so (aapoattila_en, fresh79 dev)
    ("en", "## Who we are\n\nOur website address: https://harbourbooks.co.uk. The site is run by a private person."),
    ("fr", "## Qui sommes-nous ?\n\nNotre adresse de site web est : https://atelierlumen.fr."),
    ("nl", "## Wie we zijn\n\nOnze website adres: https://bakkerijdemolen.nl."),
])
def test_what_is_ours_described_in_common_nouns_is_no_name(lang, text) -> None:
    result = draft_policy(f"# Privacy\n\n{text}\n\n## Data\n\n{DATA[lang]}\n", lang=lang)
    assert not result.organisation.value.casefold().startswith(("our ", "notre ", "onze ")), result.organisation
    assert result.organisation.needs_review


@pytest.mark.parametrize("name, text, expected", [
    # an article capitalised inside a sentence, before the name each time (devrijehond_nl, fresh80 dev)
    ("Vrije Hond", "Hoe De Vrije Hond met je gegevens omgaat. De Vrije Hond is een kaart.", "De Vrije Hond"),
    ("Fabrique", "Les ateliers de La Fabrique sont ouverts. Contactez La Fabrique.", "La Fabrique"),
    # an acronym before the name (nldesignsystem_nl, fresh80 dev)
    ("Design System", "Voor activiteiten van NL Design System geef je gegevens op.", "NL Design System"),
    # the article lowercase once: grammar
    ("Vrije Hond", "Hoe de Vrije Hond met je gegevens omgaat. De Vrije Hond is een kaart.", "Vrije Hond"),
    # only ever at a sentence's start: it cannot tell
    ("Vrije Hond", "De Vrije Hond is een kaart.\n\nDe Vrije Hond verkoopt niets.", "Vrije Hond"),
    # another word before one of the uses
    ("Harbour Books", "Write to The Harbour Books team, or to Harbour Books directly.", "Harbour Books"),
    # an acronym that names no one
    ("Harbour Books", "As required by the GDPR Harbour Books keeps your data.", "Harbour Books"),
])
def test_a_guessed_name_keeps_the_article_or_acronym_the_text_always_writes_before_it(name, text, expected) -> None:
    assert with_lead_word(name, text) == expected


@pytest.mark.parametrize("lang, text, country", [
    # a body outside the Union names its representative there (Art. 27 GDPR): that address is the
    # representative's country, not the controller's
    ("en", "Harbour Books Ltd, 5 Mill Lane, Kendal LA9 4AA, is the data controller.\n\nOur representative in "
           "the EU under Article 27 GDPR is Rep Services GmbH, Friedrichstraße 1, 10117 Berlin, Germany.", "GB"),
    ("en", "## Who we are\n\nHarbour Books Ltd\n\n5 Mill Lane, Kendal LA9 4AA\n\nEU representative:\n\n"
           "Rep Services GmbH\n\nFriedrichstraße 1, 10117 Berlin, Germany", "GB"),
    ("fr", "Harbour Vélo SA, Route de Vessy 4, 1234 Vessy, Suisse, est responsable du traitement.\n\nNotre "
           "représentant au sein de l'Union européenne est Rep Conseil SAS, 10 rue Papin, 75003 Paris, France.", "CH"),
    ("nl", "Harbour Tools Ltd, 5 Mill Lane, Kendal LA9 4AA, United Kingdom, is de verwerkingsverantwoordelijke.\n\n"
           "Onze vertegenwoordiger in de EU is Tulp Rep B.V., Markt 1, 3511 AA Utrecht, Nederland.", "GB"),
    # the site's host, where the controller's own sentence gives no address
    ("en", "Harbour Books Ltd is the data controller of your personal data.\n\nOur website is hosted by Hetzner "
           "Online GmbH, Industriestr. 25, 91710 Gunzenhausen, Germany.", "GB"),
    ("fr", "Harbour Vélo SA, Route de Vessy 4, 1234 Vessy, Suisse, est responsable du traitement.\n\nLe site est "
           "hébergé par la société OVH SAS, 2 rue Kellermann, 59100 Roubaix, France.", "CH"),
    ("nl", "Bakkerij De Molen, Markt 1, 9000 Gent, is verantwoordelijk voor de verwerking van persoonsgegevens.\n\n"
           "De website wordt gehost door TransIP B.V., Schipholweg 9B, 2316 XB Leiden, Nederland.", "BE"),
])
def test_the_representative_in_the_union_is_not_where_the_controller_is(lang, text, country) -> None:
    """... nor is the site's host ("hosted by Hetzner Online GmbH, … Germany")."""
    result = draft_policy(f"# Privacy\n\n{text}\n\n## Data\n\n{DATA[lang]}\n", lang=lang)
    assert result.jurisdiction.value == country


@pytest.mark.parametrize("lang, text, country", [
    # a legal form three countries share counts less than the country the block names
    ("en", "## 1. Controller\n\nYou can reach us here:\n\n**Harbour Tools GmbH**  \nTalstrasse 24  \n"
           "8852 Altendorf SZ  \nSwitzerland  \n\nYou can reach our data protection officer at the same address.", "CH"),
    # the block's own e-mail, where it names no country; the processors' Ireland is not the controller's
    ("en", "## Controller\n\nThe data processing controller on this website is:\n\nUwe Beispiel  \n"
           "Gerberstrasse 6  \n79206 Breisach am Rhein\n\nPhone: 07667 1070  \nE-mail: info@harbour-tools.de\n\n## Services\n\nThe provider is Google "
           "Ireland Limited, Dublin, Ireland. The provider is WhatsApp Ireland Limited, Dublin, Ireland.", "DE"),
    # "bv." is "bijvoorbeeld", and Belgian companies are BVs too: neither is the Netherlands
    ("nl", "Wij gebruiken uw gegevens voor onze diensten (bv. de webshop). Meer op www.bakkerijdemolen.be.", "BE"),
    # the name alone on its line starts the contact block: its postcode (read as a heading when it
    # stands alone) outweighs the Dutch authority the text names twice (ctrl4 dev)
    ("nl", "**Harbour Tools N.V. verzamelt en verwerkt persoonlijke informatie over u.**\n\nU kunt een klacht "
           "indienen bij de Autoriteit Persoonsgegevens. Meer bij de Autoriteit Persoonsgegevens.\n\n## Contact\n\n"
           "Stel uw vragen per post op het volgende adres:\n\nHarbour Tools N.V.\n\nAnthonisstraat 50\n\n"
           "9100 Sint-Niklaas", "BE"),
    # a Swiss association names its law, not its town's country (ffgva_fr, fresh53 dev)
    ("fr", "Harbour Vélo (ci-après « l'association ») traite les données de ses membres conformément à la Loi "
           "fédérale sur la protection des données (LPD).\n\n## Responsable\n\nHarbour Vélo\n\n1234 Vessy", "CH"),
    ("en", "Harbour Cycling processes its members' data in line with the Federal Act on Data Protection (FADP).", "CH"),
])
def test_the_controller_s_block_gives_the_country(lang, text, country) -> None:
    result = draft_policy(f"# Privacy\n\n{text}\n\n## Data\n\n{DATA[lang]}\n", lang=lang)
    assert result.jurisdiction.value == country


def test_markdown_character_references_read_as_their_characters(tmp_path: Path) -> None:
    """Markdown renders "&amp;" as "&": the name is "Grisar & Co", as a reader of the page sees it.
    A plain-text file keeps what it says."""
    text = "# Privacy\n\nWij zijn Grisar &amp; Co, gevestigd Falconrui 15, te Antwerpen.\n\n" + DATA["nl"] + "\n"
    (tmp_path / "p.md").write_text(text, encoding="utf-8")
    (tmp_path / "p.txt").write_text(text, encoding="utf-8")
    assert "Grisar & Co," in read_policy(tmp_path / "p.md")
    assert "Grisar &amp; Co," in read_policy(tmp_path / "p.txt")
    assert draft_policy(read_policy(tmp_path / "p.md"), lang="nl").organisation.value == "Grisar & Co"


# --- no identity sentence: the name the site's domain spells, else the most used name run ---------

@pytest.mark.parametrize("lang, text, name", [
    # the domain spells the name; a mail provider's domain spells nothing
    ("nl", "Wij nemen privacy serieus. Vragen? Mail naar info@tersaplezier.be of kijk op www.tersaplezier.be. "
           "Tersaplezier verwerkt uw naam en e-mailadres. Wij gebruiken Google Analytics. Met Google "
           "Analytics meten wij bezoeken, en Google Analytics bewaart geen naam.", "Tersaplezier"),
    # the name goes on past its domain ("Tijdhof Consulting" for tijdhof.nl)
    ("nl", "Tijdhof Consulting verwerkt uw naam en e-mailadres. Wij vinden het van groot belang dat "
           "Tijdhof Consulting de AVG naleeft. Mail ons: info@tijdhof.nl.", "Tijdhof Consulting"),
    # upper-case words are part of the name ("SP Reclamebureau"), counted as one run
    ("nl", "Wij verwerken uw naam en e-mailadres. Onze klanten kennen SP Reclamebureau al jaren. Daarom "
           "bewaart SP Reclamebureau uw gegevens zorgvuldig, en deelt SP Reclamebureau ze met niemand.",
     "SP Reclamebureau"),
    ("en", "We collect your name and email address. Our members know Ascend Next Level CIC well, and "
           "Ascend Next Level CIC never sells your data.", "Ascend Next Level CIC"),
    # partners joined by "&", written once, are one name (smitscanoy_nl, fresh14 dev)
    ("nl", "In onze huisartsenpraktijk verwerken wij uw naam en medische gegevens. De huisartsenpraktijk "
           "bewaart uw dossier. Huisartsenpraktijk Smits & Canoy is niet aansprakelijk voor de post.", "Smits & Canoy"),
    ("fr", "Nous traitons vos nom et adresse e-mail au cabinet. Le cabinet Dupont & Martin ne vend "
           "aucune donnée.", "Dupont & Martin"),
    ("en", "We process your name and email address at the practice. Our practice Harris & Lowe never "
           "sells your data.", "Harris & Lowe"),
])
def test_with_no_identity_sentence_the_domain_or_the_most_used_run_names_the_guess(lang, text, name) -> None:
    result = draft_policy(f"# Privacy\n\n{text}\n", lang=lang)
    assert result.organisation.value == name
    assert result.organisation.needs_review  # a guess, for the analyst to confirm


@pytest.mark.parametrize("lang, text", [
    # a common word only ever written at a sentence's start, and a heading's word, name no one
    ("nl", "## Gegevens\n\nBijvoorbeeld, wij verwerken uw naam en e-mailadres. Bijvoorbeeld, "
           "wij bewaren uw telefoonnummer.\n\n## Recht op inzage\n\nU kunt ons mailen via info@gmail.com."
           "\n\n## Recht op verwijdering\n\nOok daarvoor: info@gmail.com."),
])
def test_sentence_start_words_and_mail_providers_name_no_one(lang, text) -> None:
    result = draft_policy(f"# Privacy\n\n{text}\n", lang=lang)
    assert result.organisation.value not in {"Bijvoorbeeld", "Recht", "Gmail"}
    assert result.organisation.needs_review


@pytest.mark.parametrize("lang, text, country", [
    # a Belgian postcode after a house number
    ("nl", "Tennis Harbour, gevestigd aan Steenakkerstraat 33 3950 Kaulille, is verantwoordelijk voor de "
           "verwerking van persoonsgegevens.", "BE"),
    # "de droit luxembourgeois": the controller's law
    ("fr", "Le responsable du traitement est la société Harbour Sàrl, société à responsabilité limitée de "
           "droit luxembourgeois.", "LU"),
    # the authority the policy sends complaints to, by its site
    ("en", "Data controller: Harbour Code Sociedad Limitada. You may complain to the supervisory authority "
           "(www.aepd.es).", "ES"),
    ("en", "Harbour Guns is owned and operated by Harbour Orange Digital, a Cyprus-based company.", "CY"),
    # every country has a data protection authority: the phrase says none
    ("en", "Harbour Books AS, Storgata 12, 7900 Rorvik, is the data controller. You may complain to the "
           "data protection authority. Call us on +47 22 33 44 55.", "NO"),
    # a VAT number whose check digits hold (python-stdnum); a wrong check digit is no country
    ("nl", "Wij zijn Vasilis, BTW BE 0472 736 428. Wij verwerken uw gegevens zorgvuldig.", "BE"),
    ("nl", "Wij zijn Vasilis, BTW BE 0472 736 429. Wij verwerken uw gegevens zorgvuldig.", "NL"),
    ("fr", "Harbour Livres, TVA intracommunautaire FR 40 303 265 045, traite vos données.", "FR"),
    ("en", "Harbour Books B.V. (VAT NL123456782B01) processes your personal data.", "NL"),
    # the authority the policy sends complaints to, by name or site, in a country named nowhere
    # else (bcsitera_en, fresh18 dev): every EU and EEA country's name and domain
    ("en", "Harbour Itera values your privacy.\n\n## Estonian Data Protection Authority\n\nYou may complain to "
           "the Estonian DPA. For more information, please contact info@aki.ee.", "EE"),
    ("en", "Harbour Itera values your privacy. You may complain to the supervisory authority: www.uoou.cz.", "CZ"),
])
def test_the_country_of_the_controller_s_law_postcode_or_phone(lang, text, country) -> None:
    result = draft_policy(f"# Privacy\n\n{text}\n\n## Data\n\n{DATA[lang]}\n", lang=lang)
    assert result.jurisdiction.value == country


@pytest.mark.parametrize("text, lowercase, expected", [
    ("Bel SP Reclamebureau op 011 22 33 44 of mail info@spreclame.be.", set(), "SP Reclamebureau"),
    ("Écrivez à 365 Kiné : contact@365kine.fr.", set(), "365 Kiné"),
    ("Tersaplezier Privacy Policy. Mail: info@tersaplezier.be.", {"privacy", "policy"}, "Tersaplezier"),
    ("Mail ons via info@gmail.com of bel de Autoriteit Persoonsgegevens (www.autoriteitpersoonsgegevens.nl).",
     set(), None),
    # the domain's letters across a lowercase word: "Energie met Bart" for energiemetbart.nl
    ("Energie met Bart: hoe uw persoonsgegevens worden verwerkt. Mail info@energiemetbart.nl.", set(),
     "Energie met Bart"),
    # a name goes on past its domain only when the text writes it so more than once
    ("Tijdhof Consulting verwerkt uw gegevens. Tijdhof Consulting bewaart ze. Mail info@tijdhof.nl.", set(),
     "Tijdhof Consulting"),
    ("DanYuZen Danny Peeters, Kerkstraat 1. Mail info@danyuzen.be. DanYuZen helpt u graag.", set(), "DanYuZen"),
    # a dash ends the name, however often the text writes what follows it
    ("# Erik Harbour – Begeleiding en Ondersteuning\n\nErik Harbour – Begeleiding en Ondersteuning verwerkt uw "
     "gegevens.\n\nMail info@erikharbour.nl of bel Erik Harbour – Begeleiding en Ondersteuning.", set(), "Erik Harbour"),
    # a small body's address at a mail provider spells its name before the @
    ("Wij zijn Tersaplezier. Mail ons via tersaplezier@gmail.com.", set(), "Tersaplezier"),
    # an article the text capitalises inside its sentences, most times, is the name's own
    ("This explains how *La Pellegrina* handles data. Join an activity of *La Pellegrina* today. "
     "Mail info@pellegrina.nl.", set(), "La Pellegrina"),
    ("Pellegrina handles your data. Join an activity of La Pellegrina. Pellegrina mails you. "
     "Pellegrina again. Mail info@pellegrina.nl.", set(), "Pellegrina"),
    # a quote the name opens, the text closes after it (rnvnefron_nl, fresh17 dev)
    ("Als RNV 'NefroN' zijn wij verantwoordelijk. RNV 'NefroN' bewaart uw gegevens. Zie www.rnvnefron.nl.",
     set(), "RNV 'NefroN'"),
    ("Bij RNV 'NefroN vindt u ons. RNV 'NefroN bewaart uw gegevens. Zie www.rnvnefron.nl.", set(), "RNV 'NefroN"),
    # (its words joined otherwise than by a space: no closing quote is looked for, nothing breaks)
    ("Bij RNV/'NefroN' vindt u ons. Zie www.rnvnefron.nl.", set(), "RNV 'NefroN"),
    # the domain keeps a name's last word; the words before it on its line are the name's (ons_en,
    # fresh76 dev), not a line in capitals, where a title's word cannot be told from a name's
    ("Write to our DPO at DPO@statistics.gov.uk.\n\nOffice for National Statistics\n\nNewport", set(),
     "Office for National Statistics"),
    ("Contact : info@lumen.fr\n\nMairie de Lumen\n\n3 rue du Port", set(), "Mairie de Lumen"),
    ("PRÉSENTATION MANDELIEU WATERSPORTS\n\nContact : info@mandelieuwatersports.fr", set(), "MANDELIEU WATERSPORTS"),
    # another word before it at one of its uses: the domain's word alone
    ("Gemeente Lumen verwerkt uw gegevens. Welkom in Lumen. Mail info@lumen.nl.", set(), "Lumen"),
])
def test_the_name_a_site_s_own_domain_spells(text, lowercase, expected) -> None:
    from flows.draft.controller import domain_spelled_name
    from flows.draft.layout import parse

    found = domain_spelled_name(parse(text + "\n"), lowercase)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize("notice, holder", [
    ("© 2026 Ketelmeester. Alle rechten voorbehouden.", "Ketelmeester"),
    ("Copyright © Hands on Healing 2021", "Hands on Healing"),
    ("© 2026 Agama SA · Sierre · info@agama.ch", "Agama SA"),
    ("© Copyright 2025 - All Rights Reserved by ZEK", "ZEK"),
    ("© 2026 Tennis Club Issois — Association loi 1901", "Tennis Club Issois"),
    ("© 2026 Realpro SA, Yverdon-les-Bains (VD), Suisse. Tous droits réservés.", "Realpro SA"),
    ("© 2024–2026 Regen Studio B.V. ·", "Regen Studio B.V."),
    ("© 2026 W. le Comte Aannemingsbedrijf b.v. · Industrieweg 2e, 2995 BE Heerjansdam",
     "W. le Comte Aannemingsbedrijf b.v."),
    ("© 2025 kastelenbelgie.be. Alle rechten voorbehouden.", "kastelenbelgie.be"),
    ("Cyber Security & Continuity Consultancy VOF 2016-2017 ©", None),  # the sign after the name
    # notices that name no one
    ("Copyright © 2020", None),
    ("© Tous droits réservés", None),
    ("[© Jaar Naam praktijk — alle rechten voorbehouden]", None),
    ("TOUS DROITS RÉSERVÉS © N° registre commerce: CHE-221.752.845", None),
    ("© 2026 Google", None),
    ("Our texts are protected by copyright law.", None),
])
def test_the_owner_a_copyright_notice_names(notice: str, holder: str | None) -> None:
    from flows.draft.controller import copyright_holder
    from flows.draft.layout import parse

    found = copyright_holder(parse(f"# Privacy\n\nWe collect your name.\n\n{notice}\n"))
    assert (found[0] if found else None) == holder


@pytest.mark.parametrize("lang, text, name", [
    ("nl", "# Privacyverklaring\n\nWij verwerken je naam en e-mailadres om je vraag te beantwoorden. "
           "Ketelonderhoud doen wij samen met Remeha.\n\n© 2026 Ketelmeester. Alle rechten voorbehouden.\n",
     "Ketelmeester"),
    ("fr", "# Politique de confidentialité\n\nNous collectons vos nom et adresse e-mail pour répondre à "
           "vos demandes. Nos Tango Nights ont lieu à Bruxelles.\n\n© 2026 BE-TANGO. Tous droits réservés.\n",
     "BE-TANGO"),
    ("en", "# Privacy\n\nWe collect your name and email address to answer you. Our Bexley Events "
           "newsletter goes out monthly.\n\n© 2025 Bexley Linkup. All rights reserved. Website by Studio\n",
     "Bexley Linkup"),
])
def test_with_no_identity_sentence_the_copyright_notice_names_the_controller(lang, text, name) -> None:
    """The notice, not a name the text happens to use, nor a web agency's credit after it."""
    result = draft_policy(text, lang=lang)
    assert result.organisation.value == name
    assert result.organisation.needs_review  # a guess: the identity sentence is what is sure
    assert "copyright notice" in result.organisation.evidence.sentence


def test_the_site_s_own_name_beats_a_legal_name_found_anywhere() -> None:
    """With no identity sentence, a name with its legal form is often a service's ("Supabase
    Cloud Inc.: cloud database"); the name the site's domain spells is the site's own."""
    text = ("# Privacy\n\nHarbourKaveri collects your name and email address. Questions: "
            "privacy@harbourkaveri.fi. HarbourKaveri answers within a month.\n\n## Services\n\n"
            "- Tulp Cloud Inc.: cloud database infrastructure\n")
    result = draft_policy(text, lang="en")
    assert result.organisation.value == "HarbourKaveri"
    assert result.organisation.needs_review


def test_a_legal_notice_s_name_field_names_the_controller_and_its_section_is_no_one_s_data() -> None:
    """margarida_fr and energiemetbart_nl (ctrl3 dev): "Nom commercial : X" and "Handelsnaam: X"
    name the controller (the whole field, "Energie met Bart"); the section's address, telephone
    and VAT number lines ("Btw-identificatienummer: NL…") are the controller's, not a subject's."""
    fr = draft_policy("## 1. Responsable du traitement\n\nLe responsable du traitement est :\n\n"
                      "- Nom commercial : Atelier Lumen Floral\n- Adresse : 10 rue du Port, 76000 Rouen\n"
                      "- Téléphone : 06 46 44 69 34\n\n## 2. Données\n\nNous collectons vos nom et adresse e-mail.\n",
                      lang="fr")
    assert fr.organisation.value == "Atelier Lumen Floral"
    assert {k for s in fr.subjects for k in fr.subjects[s].category_keys()} == {"identity.name", "contact.email"}
    nl = draft_policy("# Privacy\n\nHandelsnaam: Energie met Anna\n\nBtw-identificatienummer: NL002381531B93\n\n"
                      "Wij verwerken uw naam en e-mailadres.\n", lang="nl")
    assert nl.organisation.value == "Energie met Anna"
    assert "professional.company_id" not in {k for s in nl.subjects for k in nl.subjects[s].category_keys()}


def test_with_no_name_found_the_controller_s_section_is_still_no_one_s_data() -> None:
    text = ("## 1. Responsable du traitement\n\n- Adresse : 10 rue du Port, 76000 Rouen\n- Téléphone : 06 46 44 69 34\n"
            "- E-mail : bonjour@exemple.fr\n\n## 2. Données\n\nNous collectons vos nom et adresse e-mail.\n")
    result = draft_policy(text, lang="fr")
    assert {k for s in result.subjects for k in result.subjects[s].category_keys()} == {"identity.name", "contact.email"}


def test_a_data_list_after_the_passive_identity_sentence_is_the_policy_s() -> None:
    """louisevdk_be (ctrl dev): the identity sentence's block of short lines stopped at nothing,
    so the data list under "Hieronder vindt u een overzicht van de persoonsgegevens die verwerkt
    worden:" was taken for the controller's address lines and the policy was refused."""
    text = ("Persoonsgegevens worden verwerkt door Anna de Wit, te bereiken via anna@voorbeeld.be.\n\n"
            "Hieronder vindt u een overzicht van de persoonsgegevens die verwerkt worden:\n\n"
            "- Voor- en achternaam\n- Adresgegevens\n- Telefoonnummer\n- E-mailadres\n")
    result = draft_policy(f"# Privacy\n\n{text}", lang="nl")
    assert result.organisation.value == "Anna de Wit"
    assert set(result.subjects["user"].category_keys()) == {
        "identity.name", "contact.postal_address", "contact.phone", "contact.email"}


# --- fourteenth wave: forms from the fresh19-22 dev halves --------------------------------------

@pytest.mark.parametrize("lang, text, name", [
    # the name field under the identity line
    ("fr", "## 1. Responsable du traitement\n\nLe responsable du traitement des données collectées par le "
           "présent site est :\n\n**Nom :** Anne Lefèvre\n\n**Activité :** traduction\n\nLe responsable du "
           "traitement détermine les finalités et les moyens des traitements.", "Anne Lefèvre"),
    ("en", "The controller of your personal data is:\n\nName: Harbour Books\n\nAddress: 5 Mill Lane, Cork",
     "Harbour Books"),
    # who signs for the body is no part of its name
    ("fr", "## 1. Responsable du traitement\n\nLe responsable du traitement des données est :\n\n"
           "**Atelier Lumen**, représenté par Denis Martin\n\n12 rue du Port, 63200 Riom, France", "Atelier Lumen"),
    ("en", "## 1. Controller\n\nThe controller of your personal data is:\n\n"
           "**Harbour Books**, represented by Jane Walsh\n\n5 Mill Lane, Cork, Ireland", "Harbour Books"),
])
def test_the_name_field_and_its_signatory(lang, text, name) -> None:
    data = {"en": "## 2. Data", "fr": "## 2. Données", "nl": "## 2. Gegevens"}[lang]
    result = draft_policy(f"# Privacy\n\n{text}\n\n{data}\n\n{DATA[lang]}\n", lang=lang)
    assert result.organisation.value == name


@pytest.mark.parametrize("lang, text, not_name", [
    # the role, defined: "Le responsable du traitement détermine …" names no one
    ("fr", "Le responsable du traitement détermine les finalités et les moyens des traitements de données.",
     "Le responsable du traitement"),
    # the people a notice is for
    ("en", "# Privacy Notice for Employees\n\nThe Company collects your name and email address.", "Employees"),
    # a list of the controller's processors
    ("fr", "Le Responsable de traitement a recours à différents services et outils de sous-traitance :\n\n"
           "- Beehiiv pour le service de newsletter\n- Stripe pour le paiement", "Beehiiv pour le service de newsletter"),
])
def test_a_role_the_people_or_a_processor_are_not_the_controller(lang, text, not_name) -> None:
    result = draft_policy(f"{text}\n\n{DATA[lang]}\n", lang=lang)
    assert result.organisation.value != not_name
    assert result.organisation.needs_review


def test_a_company_name_field_written_row_by_row_names_the_controller() -> None:
    """itoko_nl (fresh21 dev): a definition list read out row by row ("bedrijfsnaam" / "Itoko" /
    "vestigingsadres" / …); without it the name the text used most was "Nederlandse"."""
    text = ("# Privacyverklaring\n\n## Mijn gegevens\n\n- bedrijfsnaam\n- Studio Kiemkracht\n- vestigingsadres\n"
            "- Linnaeusstraat 16\n- KvK-nummer\n- 93973225\n\n## Jouw gegevens\n\n"
            "Ik verwerk de volgende persoonsgegevens:\n- voor- en achternaam;\n- e-mailadres;\n- handelsnaam;\n\n"
            "Hosting gebeurt bij een Nederlandse partij, binnen Nederlandse richtlijnen.\n")
    result = draft_policy(text, lang="nl")
    assert result.organisation.value == "Studio Kiemkracht"


@pytest.mark.parametrize("lang, row, name", [
    ("nl", "- bedrijfsnaam: Studio Kiemkracht", "Studio Kiemkracht"),  # itoko_nl's <dl> as the reader writes it now
    ("en", "- Company name: Harbour Lights", "Harbour Lights"),
    ("fr", "- Raison sociale : Atelier Lumen", "Atelier Lumen"),
])
def test_a_company_name_field_on_one_row_names_the_controller(lang, row, name) -> None:
    text = (f"# Privacy\n\n## Details\n\n{row}\n- KvK: 93973225\n\n## Data\n\n{DATA[lang]}\n\n"
            "Hosting gebeurt bij een Nederlandse partij, binnen Nederlandse richtlijnen. Nederlandse servers.\n")
    result = draft_policy(text, lang=lang)
    assert result.organisation.value == name


def test_a_data_list_s_company_name_row_names_no_controller_over_the_identity_sentence() -> None:
    text = ("Atelier Lumen est responsable du traitement de vos données.\n\n#### Données professionnelles :\n\n"
            "- Raison sociale\n- Numéro de TVA\n- Adresse du siège social\n")
    result = draft_policy(f"# Politique de confidentialité\n\n{text}", lang="fr")
    assert result.organisation.value == "Atelier Lumen"
    assert "professional.company_id" in {k for s in result.subjects.values() for k in s.category_keys()}


@pytest.mark.parametrize("lang, intro, name", [
    ("en", "This website is operated by:", "Salsa Studio"),   # salsalastyle_en (fresh20 dev)
    ("fr", "Ce site est édité par :", "Atelier Lumen"),
    ("nl", "Deze website wordt beheerd door:", "Bakkerij De Molen"),
])
def test_who_operates_the_site_on_the_line_after(lang, intro, name) -> None:
    text = f"## 1. Data\n\n{intro}\n\n**{name}**\n\nEmail: hello@example.com\n\n## 2. Data\n\n{DATA[lang]}\n"
    assert draft_policy(f"# Privacy\n\n{text}", lang=lang).organisation.value == name


def test_a_lowercase_brand_with_its_legal_form_after_the_identity_line() -> None:
    """provision_en (fresh22 dev): "pro!vision GmbH" under "The data processing controller on
    this website is:" was no capitalised name, and the DPO's firm was taken instead."""
    text = ("The data processing controller on this website is:\n\npro!vision GmbH\n\nWilly-Brandt-Str. 1\n\n"
            "## Data protection officer\n\nc/o Fa. DataSecurITy UG\n\n## Data\n\n" + DATA["en"])
    assert draft_policy(f"# Privacy\n\n{text}\n", lang="en").organisation.value == "pro!vision GmbH"


@pytest.mark.parametrize("lang, text", [
    ("en", "We process your data under Art. 6(1)(b) GDPR, Art. 6(1)(f) GDPR and Art. 9(2)(a) GDPR; see also Art. 15."),
    ("fr", "Nous traitons vos données sur la base de l'Art. 6 du RGPD ; voir aussi Art. 15 et Art. 17 du RGPD."),
    ("nl", "Wij verwerken je gegevens op grond van Art. 6 AVG; zie ook Art. 15 en Art. 17 AVG."),
])
def test_a_citation_s_abbreviation_is_no_name(lang, text) -> None:
    """"Art. 6(1)(c) GDPR", seven times in a policy whose identity sentence went unread
    (wolfsound_en, fresh57 dev): the abbreviation before a number is a citation, never the name
    the text uses most."""
    result = draft_policy(f"# Privacy\n\n{text}\n\n{DATA[lang]}\n", lang=lang)
    assert "Art" not in str(result.organisation.value)


def test_a_year_after_the_name_is_never_the_controller() -> None:
    """tennisclubissois_fr (fresh17 dev), once its page was read on one line: "association loi
    1901 dont le siège …" made "1901" the name of the body whose seat it is."""
    text = ("# Protection des données personnelles\n\nLe club recueille des informations sur ses adhérents pour "
            "les inscrire.\n\n## Qui est responsable de vos données\n\nLe responsable du traitement est "
            "l'association **Tennis Club Issois**, association loi 1901 dont le siège est situé Mairie — 20 place "
            f"du Général Leclerc, 21120 Is-sur-Tille (SIRET 402 898 787 00021).\n\n{DATA['fr']}\n")
    assert draft_policy(text, lang="fr").organisation.value == "Tennis Club Issois"


@pytest.mark.parametrize("lang, address, country", [
    ("fr", "Kotka tn 1, 11315 Tallinn, Estonie", "EE"),    # clartem_fr (fresh25 dev)
    ("fr", "Via Roma 1, 07026 Olbia, Italie", "IT"),
    ("nl", "Kotka tn 1, 11315 Tallinn, Estland", "EE"),
    ("nl", "Rua Augusta 10, 1100-053 Lissabon, Portugal", "PT"),
])
def test_a_controller_abroad_writing_french_or_dutch_keeps_its_country(lang, address, country) -> None:
    intro = {"fr": "Le responsable du traitement de vos données personnelles est :",
             "nl": "De verwerkingsverantwoordelijke voor uw persoonsgegevens is:"}[lang]
    text = f"# Privacy\n\n## 1\n\n{intro}\n\nKotka Media OÜ\n\n{address}\n\n## 2\n\n{DATA[lang]}\n"
    assert draft_policy(text, lang=lang).jurisdiction.value == country


@pytest.mark.parametrize("lang, text, country", [
    # repere_fr (fresh43 dev): the body's own address, written out to its country, outweighs the
    # French authority the policy cites
    ("fr", "Les données sont collectées par : Association Repère Chemin des Trois-Rois 5, 1005 Lausanne, Suisse. "
           "Vous pouvez saisir la CNIL. La CNIL recommande une durée limitée.", "CH"),
    ("en", "Your data is collected by Harbour Maps, Rue du Lac 5, 1005 Lausanne, Switzerland. You may complain "
           "to the ICO. The ICO publishes guidance.", "CH"),
    ("nl", "Uw gegevens worden verzameld door Stichting Repère, Rue Royale 5, 1000 Brussel, België. U kunt "
           "klagen bij de Autoriteit Persoonsgegevens.", "BE"),
])
def test_the_controller_s_address_to_its_country_gives_the_country(lang, text, country) -> None:
    result = draft_policy(f"# Privacy\n\n{text}\n\n{DATA[lang]}\n", lang=lang)
    assert result.jurisdiction.value == country


# --- nineteenth wave: forms from the fresh27-30 dev halves ----------------------------------------

@pytest.mark.parametrize("lang, block, name", [
    # misericordia_en (fresh30 dev): the name, then its place and address on the same line
    ("en", "## Data controller\n\n**Confraternita di Misericordia di Ariccia ODV** — Ariccia (RM), Italy — "
           "[sede@misericordia-ariccia.it](mailto:sede@misericordia-ariccia.it).",
     "Confraternita di Misericordia di Ariccia ODV"),
    ("fr", "## Responsable du traitement\n\nAtelier des Quatre Vents – 12 rue du Port, 63200 Riom – "
           "contact@quatrevents.fr", "Atelier des Quatre Vents"),
    ("nl", "## Verwerkingsverantwoordelijke\n\nHuize de Linde – Kerkstraat 4, 9000 Gent – info@delinde.be",
     "Huize de Linde"),
])
def test_a_name_and_its_address_on_one_line_under_the_controller_heading(lang, block, name) -> None:
    """A hosting company named with its legal form elsewhere ("Aruba S.p.A.") outranked the
    controller whose line also held its address."""
    providers = {"en": "Our website is hosted by Aruba S.p.A., which keeps server logs.",
                 "fr": "Notre site est hébergé par OVH SAS, qui conserve les journaux du serveur.",
                 "nl": "Onze website wordt gehost door Combell NV, die serverlogs bewaart."}[lang]
    data = {"en": "## Data", "fr": "## Données", "nl": "## Gegevens"}[lang]
    result = draft_policy(f"# Privacy\n\n{data}\n\n{DATA[lang]}\n\n{providers}\n\n{block}\n", lang=lang)
    assert result.organisation.value == name


@pytest.mark.parametrize("lang, text, name", [
    # gsa_en (fresh28 dev): the name, its register number and address between commas, the role
    ("en", "Gamla Strandgatan Advokataktiebolag, corp. id. 559493-5412, P.O. Box 141, 116 74 Stockholm, is the "
           "controller of the personal data processing as described below.", "Gamla Strandgatan Advokataktiebolag"),
    ("fr", "Atelier Lumen, SIRET 812 345 678 00012, 12 rue du Port, 63200 Riom, est responsable du traitement "
           "de vos données.", "Atelier Lumen"),
])
def test_a_name_its_register_and_address_then_the_role(lang, text, name) -> None:
    """The body whose rules the policy cites ("the Swedish Bar Association", four times) won."""
    cited = {"en": "We follow the rules of the Swedish Bar Association. The Swedish Bar Association sets them.",
             "fr": "Nous suivons les règles de l'Ordre des Avocats. L'Ordre des Avocats les fixe."}[lang]
    result = draft_policy(f"# Privacy\n\n{text} {cited}\n\n{DATA[lang]}\n", lang=lang)
    assert result.organisation.value == name


@pytest.mark.parametrize("lang, text, name", [
    # ressourceaime_fr (fresh62 dev): what the body is in law, and its register, after its name
    ("fr", "**Ressource A.I.M.E**, société par actions simplifiée au capital de 1 000 €, immatriculée au RCS "
           "de Paris sous le numéro 978 470 847, dont le siège social est situé au 9 rue des Colonnes, 75002 "
           "Paris.", "Ressource A.I.M.E"),
    ("en", "Harbour Tools Ltd, a private limited company registered in England and Wales (company number "
           "01234567), 4 Quay Street, Bristol.", "Harbour Tools Ltd"),
    ("nl", "Bakkerij Jansen, een eenmanszaak ingeschreven bij de Kamer van Koophandel onder nummer 12345678, "
           "Dorpsstraat 4, Zwolle.", "Bakkerij Jansen"),
])
def test_a_name_then_what_it_is_in_law_and_its_register(lang, text, name) -> None:
    cited = {"en": "We follow the rules of the Swedish Bar Association. The Swedish Bar Association sets them.",
             "fr": "Nous suivons les règles de l'Ordre des Avocats. L'Ordre des Avocats les fixe.",
             "nl": "Wij volgen de regels van de Nederlandse Orde. De Nederlandse Orde stelt ze vast."}[lang]
    result = draft_policy(f"# Privacy\n\n{text} {cited}\n\n{DATA[lang]}\n", lang=lang)
    assert result.organisation.value == name
    assert not result.organisation.needs_review


@pytest.mark.parametrize("lang, text, name", [
    ("en", "In order to ensure lawful processing, addy.io in its capacity of a data controller conducts its "
           "activities in compliance with the GDPR.", "addy.io"),
    ("fr", "Atelier Lumen, en sa qualité de responsable du traitement, veille au respect du RGPD.", "Atelier Lumen"),
    ("nl", "Bakkerij Jansen, in haar hoedanigheid van verwerkingsverantwoordelijke, houdt zich aan de AVG.",
     "Bakkerij Jansen"),
])
def test_the_role_as_a_capacity_names_the_controller(lang, text, name) -> None:
    result = draft_policy(f"# Privacy\n\n{text}\n\n{DATA[lang]}\n\n## Changes To Our Privacy Policy\n\n"
                          "We may change it.\n", lang=lang)
    assert result.organisation.value == name


@pytest.mark.parametrize("lang, text, name", [
    # cryptee_en (fresh63 dev): the GDPR template's long form of the controller's line
    ("en", "Controller for the purposes of the General Data Protection Regulation (GDPR), other data protection "
           "laws applicable in Member states of the European Union and other provisions related to data "
           "protection is: Svartlab OÜ, Estonia.", "Svartlab OÜ"),
    # dataforgood_fr (fresh63 dev): a name's first word the drafter reads as no name ("Data"), joined
    # to the rest by a particle
    ("fr", "Ce document définit comment l'association Data For Good collecte, utilise et protège les "
           "données de ses utilisateurs.", "Data For Good"),
])
def test_long_controller_lines_and_names_opening_on_a_common_word(lang, text, name) -> None:
    assert draft_policy(f"# Privacy\n\n{text}\n\n{DATA[lang]}\n", lang=lang).organisation.value == name


@pytest.mark.parametrize("lang, text, name", [
    # uccnetsoc_en (fresh62 dev): the opening line defines the short name the policy goes on using
    ("en", "UCC Networking, Gaming & Technology Society (hereafter known as UCC Netsoc) is part of UCC "
           "Societies. Mail netsoc@uccsocieties.ie.", "UCC Netsoc"),
    ("fr", "Les amis du vieux moulin, de Saint-Lô (ci-après dénommée « AVM »), gèrent ce site.", "AVM"),
    ("nl", "Stichting Vrienden van het Museum Oud-Utrecht (hierna te noemen: VMOU) beheert deze site.",
     "VMOU"),
])
def test_the_short_name_the_opening_line_defines(lang, text, name) -> None:
    assert draft_policy(f"# Privacy\n\n{text}\n\n{DATA[lang]}\n", lang=lang).organisation.value == name


@pytest.mark.parametrize("heading", ["Changes To Our Privacy Policy", "Updates To Your Privacy Notice",
                                     # pyconde_en (fresh72 dev): "Terms &" was the controller
                                     "Terms & Privacy Policy", "Terms and Privacy Policy",
                                     # mployus_en (fresh17 dev): "to" joins a name's words now
                                     "Changes to This Privacy Policy"])
def test_a_heading_ending_on_a_possessive_or_a_conjunction_names_no_one(heading) -> None:
    """addy_en (fresh61 dev): "Changes To Our" was the controller, from the title pattern."""
    from flows.draft.controller import find
    from flows.draft.layout import parse

    assert find(parse(f"# Privacy\n\nWe collect your name.\n\n## {heading}\n\nWe may change it.\n")).name is None


@pytest.mark.parametrize("text, name", [
    ("Ressource A.I.M.E vous accueille. Mail : contact@ressource-aime.fr.", "Ressource A.I.M.E"),
    ("Europ'Tours vous accueille. Mail : contact@europtours.fr.", "Europ'Tours"),
])
def test_the_domain_spelled_name_keeps_the_marks_it_is_written_with(text, name) -> None:
    from flows.draft.controller import domain_spelled_name
    from flows.draft.layout import parse

    assert domain_spelled_name(parse(text + "\n"), set())[0] == name


@pytest.mark.parametrize("lang, title", [
    ("fr", "Politique de Confidentialité (RGPD)"),
    ("nl", "Privacyverklaring"),
])
def test_the_policy_s_title_words_are_no_organisation(lang, title) -> None:
    """asap_fr (fresh45 dev): with no name anywhere, the title's "Confidentialité" was taken for one."""
    result = draft_policy(f"# {title}\n\n{DATA[lang]}\n", lang=lang)
    assert result.organisation.needs_review
    assert not set(result.organisation.value.casefold().split()) & {"confidentialité", "privacyverklaring"}


@pytest.mark.parametrize("lang, block, name", [
    ("en", "## Data controller\n\nPlausible Insights OÜ\n\nTartu, Estonia", "Plausible Insights OÜ"),
    ("fr", "## Responsable du traitement\n\nMatomo France SAS\n\n5 rue du Port, 44000 Nantes", "Matomo France SAS"),
    ("nl", "## Verwerkingsverantwoordelijke\n\nMollie Studio B.V.\n\nKeizersgracht 1, 1015 CJ Amsterdam",
     "Mollie Studio B.V."),
])
def test_a_provider_writing_its_own_policy_is_its_controller(lang, block, name) -> None:
    """plausible_en (fresh46 dev): a name the drafter knows as a service provider is still the
    controller when it stands alone under the controller's own heading."""
    result = draft_policy(f"# Privacy\n\n{block}\n\n## Data\n\n{DATA[lang]}\n", lang=lang)
    assert result.organisation.value == name


@pytest.mark.parametrize("lang, block, tool, name, country", [
    ("en", "The party responsible for processing data on this website is:\n\nopenHAB Foundation e.V., Kollwitzweg 10, "
           "64372 Ober-Ramstadt, Germany",
     "## Search\n\nThe search function uses a search service. It is operated by Searchly SAS, 55 Rue d'Amsterdam, "
     "75008 Paris, France.", "openHAB Foundation e.V.", "DE"),
    ("fr", "Le responsable du traitement est :\n\nlibreLab Atelier SARL, 3 rue du Port, 44000 Nantes, France",
     "## Recherche\n\nLa recherche utilise un service externe. Il est exploité par Searchly GmbH, Hauptstraße 1, "
     "10115 Berlin, Deutschland.", "libreLab Atelier SARL", "FR"),
])
def test_a_tool_s_operator_is_neither_the_controller_nor_its_country(lang, block, tool, name, country) -> None:
    """openhab_en (fresh48 dev): the name under "The party responsible … is:" (a camel-case brand
    that opens in lowercase, its form's last dot kept) is the controller; a search tool's
    "operated by X SAS, … Paris, France" names neither the controller nor where it is."""
    result = draft_policy(f"# Privacy\n\n{block}\n\n{tool}\n\n## Data\n\n{DATA[lang]}\n", lang=lang)
    assert (result.organisation.value, result.jurisdiction.value) == (name, country)


@pytest.mark.parametrize("lang, text", [
    ("fr", "harbourmaps se réserve le droit de modifier ce site. harbourmaps ne saurait être tenue pour responsable "
           "des liens. Écrivez à info@harbourmaps.ch."),
    ("en", "harbourmaps reserves the right to change this site. harbourmaps is not liable for linked sites. Write to "
           "info@harbourmaps.ch."),
    ("nl", "harbourmaps behoudt zich het recht voor deze site te wijzigen. harbourmaps is niet aansprakelijk voor "
           "links. Schrijf naar info@harbourmaps.ch."),
])
def test_a_brand_the_site_writes_in_lowercase_is_its_name(lang, text) -> None:
    """swisstopo_fr (fresh48 dev): with no identity sentence, the word the site's own domain
    spells is its name even in lowercase ("swisstopo se réserve …"), not the host itself."""
    result = draft_policy(f"# Privacy\n\n{text}\n\n{DATA[lang]}\n", lang=lang)
    assert result.organisation.value == "harbourmaps"


@pytest.mark.parametrize("lang, text", [
    ("fr", "harbourmaps.io est amené à collecter des informations. harbourmaps.io limite la collecte au strict "
           "nécessaire. Pour vos droits Informatique et Libertés, écrivez à contact@harbourmaps.io."),
    ("en", "harbourmaps.io may collect some information. harbourmaps.io keeps the collection to a minimum. Write to "
           "contact@harbourmaps.io."),
    ("nl", "harbourmaps.io kan gegevens verzamelen. harbourmaps.io beperkt de verzameling tot het minimum. Schrijf "
           "naar contact@harbourmaps.io."),
])
def test_a_site_named_by_its_host_is_its_host(lang, text) -> None:
    """codepuzzle_fr (fresh77 dev): a site that writes its host as the subject of its sentences
    ("codepuzzle.io est amené à collecter …") is named so, host and all."""
    result = draft_policy(f"# Privacy\n\n{text}\n\n{DATA[lang]}\n", lang=lang)
    assert result.organisation.value == "harbourmaps.io"


def test_a_host_gives_way_to_a_name_the_text_spells() -> None:
    """wijkopenpanden_be (ctrl3 dev): "wijkopenpanden.be verzamelt …" beside the company the text
    names by its own domain: the company is the controller, the host only the site."""
    text = ("harbourhuizen.be verzamelt uw naam en e-mailadres via https://harbourhuizen.be/contact. "
            "harbourhuizen.be deelt ze met niemand.\n\nVragen? Mail naar info@harbourbrick.be. Harbourbrick "
            "helpt u graag.")
    result = draft_policy(f"# Privacy\n\n{text}\n\n{DATA['nl']}\n", lang="nl")
    assert result.organisation.value == "Harbourbrick"


def test_a_host_s_own_word_is_no_name() -> None:
    result = draft_policy(f"# Privacy\n\nVisit bacomathiqu.es for more.\n\n{DATA['fr']}\n", lang="fr")
    assert result.organisation.value != "bacomathiqu"


def test_an_article_the_text_capitalises_inside_its_sentences_is_the_name_s_own() -> None:
    """climatecoalition_en (fresh67 dev): "run by The Climate Coalition", "the privacy policies of
    The Climate Coalition": the article is part of the name, though the identity sentence that
    opens with it cannot say so."""
    text = ("# Privacy\n\nThe Local Hub is run by The Climate Coalition with support from partners.\n\n"
            "The Climate Coalition is the data controller of all the information described in this "
            "privacy policy.\n\nFor other data, see the privacy policies of The Climate Coalition.\n\n"
            f"{DATA['en']}\n")
    assert draft_policy(text, lang="en").organisation.value == "The Climate Coalition"


def test_an_article_only_at_the_start_of_sentences_stays_off_the_name() -> None:
    """A capital "The" that only opens sentences says nothing of the name: "The Harbour Books is
    the data controller … Write to Harbour Books"."""
    text = ("# Privacy\n\nThe Harbour Books is the data controller.\n\nThe Harbour Books keeps your data "
            f"safe. Write to Harbour Books by email.\n\n{DATA['en']}\n")
    assert draft_policy(text, lang="en").organisation.value == "Harbour Books"


@pytest.mark.parametrize("lang, text, name", [
    # theparadox_nl (fresh68 dev), movementclub_nl (fresh73 dev): an English article in a Dutch or
    # French text is no grammar of it
    ("nl", "The Movement Club, gevestigd aan Industrieweg 14, 1231 MX Loosdrecht, is verwerkingsverantwoordelijke. "
           "Vragen? Mail The Movement Club.", "The Movement Club"),
    ("nl", "The Paradox respecteert de privacy van iedereen die deze website bezoekt.", "The Paradox"),
    ("fr", "The Padel Lounge, dont le siège social est situé 3 rue du Port, 44000 Nantes, est responsable du "
           "traitement.", "The Padel Lounge"),
    # ... but not when the text mostly writes the name without it
    ("nl", "The Movement Club, gevestigd aan Industrieweg 14, 1231 MX Loosdrecht, is verwerkingsverantwoordelijke. "
           "Movement Club bewaart je gegevens. Mail Movement Club via de site.", "Movement Club"),
])
def test_an_english_article_in_a_dutch_or_french_text_is_the_name_s_own(lang, text, name) -> None:
    assert draft_policy(f"# Privacy\n\n{text}\n\n{DATA[lang]}\n", lang=lang).organisation.value == name


@pytest.mark.parametrize("lang, line, name", [
    ("fr", "## 1. Responsable du traitement\n\n**Kévin Beguerie**, particulier — personne physique, France\n\n"
           "Email : hello@example.fr", "Kévin Beguerie"),
    ("en", "## 1. Data controller\n\n**Jane Smith**, sole trader — natural person, United Kingdom\n\n"
           "Email: hello@example.co.uk", "Jane Smith"),
    ("nl", "## 1. Verwerkingsverantwoordelijke\n\n**Jan de Vries**, eenmanszaak — natuurlijk persoon, Nederland\n\n"
           "E-mail: hallo@example.nl", "Jan de Vries"),
])
def test_what_a_person_is_in_law_is_no_part_of_their_name(lang, line, name) -> None:
    """pausecafe_fr (fresh69 dev): "Kévin Beguerie, particulier — personne physique" named the
    controller "Kévin Beguerie, particulier"."""
    text = f"# Privacy\n\n{line}\n\n## 2. Data\n\n{DATA[lang]}\n"
    assert draft_policy(text, lang=lang).organisation.value == name


@pytest.mark.parametrize("lang, line", [
    ("fr", "Responsable du traitement : Coparentes Sp. z o.o., Wigury 26/8, Łódź, Pologne"),
    ("en", "Data controller: Coparentes Sp. z o.o., Wigury 26/8, Łódź, Poland"),
    ("nl", "Coparentes Sp. z o.o., gevestigd aan Wigury 26/8, Łódź, Polen, is verantwoordelijk voor de "
           "verwerking van persoonsgegevens zoals weergegeven in deze privacyverklaring."),
])
def test_a_polish_company_keeps_its_whole_legal_form(lang, line) -> None:
    """coparentes_fr (fresh70 dev): "Sp. z o.o." is one form; its first full stop is no end."""
    text = f"# Privacy\n\n{line}\n\n## Data\n\n{DATA[lang]}\n"
    assert draft_policy(text, lang=lang).organisation.value == "Coparentes Sp. z o.o."


@pytest.mark.parametrize("lang, intro, name", [
    ("en", "The responsible party for data processing on our website is the", "Wikimedia Deutschland e. V."),
    ("fr", "Le responsable du traitement des données de ce site est", "Atelier Lumen SAS"),
    ("nl", "De verwerkingsverantwoordelijke voor deze website is", "Bakkerij Jansen B.V."),
])
def test_an_identity_sentence_broken_off_before_the_name_names_it(lang, intro, name) -> None:
    """wmde_en (fresh66 dev): the page broke "… on our website is the" / "Wikimedia Deutschland
    e. V." over two lines; the name on the second is the controller (and "e. V." is no sentence's
    end)."""
    text = (f"# Privacy\n\n### Responsible party\n\n{intro}\n\n{name}\n\nTempelhofer Ufer 23-24\n\n"
            f"10963 Berlin\n\n## Data\n\n{DATA[lang]}\n")
    assert draft_policy(text, lang=lang).organisation.value == name


def test_the_relevant_entity_as_a_controller_is_the_controller() -> None:
    """vacdev_en (fresh66 dev): "as a controller, the relevant entity is the Logos Collective
    Association, which has its registered office in Zug"; its address's "c/o PST Consulting GmbH"
    is a legal name cited once, not the controller."""
    text = ("# Privacy\n\nFor the purposes of this Privacy Policy and the collection and processing of personal "
            "data as a controller, the relevant entity is the Logos Collective Association, which has its "
            "registered office in Zug.\n\nLogos Collective Association\n\nc/o PST Consulting GmbH\n\n"
            f"Baarerstrasse 10\n\n6300 Zug\n\nSwitzerland\n\n## Data\n\n{DATA['en']}\n")
    assert draft_policy(text, lang="en").organisation.value == "Logos Collective Association"


def test_a_creative_commons_licence_is_no_company() -> None:
    """"This document is licensed under CC-BY-SA": SA there is no société anonyme."""
    text = f"# Privacy\n\n## Data\n\n{DATA['en']}\n\nThis document is licensed under CC-BY-SA.\n"
    assert "SA" not in str(draft_policy(text, lang="en").organisation.value)


@pytest.mark.parametrize("lang, text", [
    # ionysystems_fr (fresh71 dev): the register number in brackets after the controller's name, in
    # a sentence that also names the site's users
    ("fr", "Iony Systems (SIREN 10129565700015, 12 avenue de Saint-Germain, 78160 Marly-le-Roi) s'engage à "
           "protéger la vie privée des utilisateurs de son site. Nous collectons votre nom et votre adresse e-mail."),
    ("en", "Harbour Widgets Ltd (company number 01234567) respects the privacy of the users of its website. "
           "We collect your name and email address."),
    ("nl", "Tulp Advies B.V. (KvK 12345678) respecteert de privacy van de gebruikers van haar website. "
           "Wij verwerken uw naam en e-mailadres."),
])
def test_a_register_number_written_out_is_no_one_s_data(lang: str, text: str) -> None:
    """A company number the policy writes out is a body's own, never a person's it declares; the
    kind of number a person gives ("your SIRET number") still is."""
    result = draft_policy(f"# Privacy\n\n{text}\n", lang=lang)
    keys = {k for s in result.subjects.values() for k in s.category_keys()}
    assert keys == {"identity.name", "contact.email"}, keys
    asked = {"en": "We also collect your company registration number.",
             "fr": "Nous collectons aussi votre numéro SIRET.",
             "nl": "Wij verwerken ook uw KvK-nummer."}[lang]
    result = draft_policy(f"# Privacy\n\n{text} {asked}\n", lang=lang)
    assert "professional.company_id" in {k for s in result.subjects.values() for k in s.category_keys()}


@pytest.mark.parametrize("lang, label, name", [
    ("fr", "Nom de l’association", "Amélie la vie"),
    ("fr", "Nom de la société", "Atelier des deux rives"),
    ("nl", "Naam van de vereniging", "Vrienden van het bos"),
    ("nl", "Naam vereniging", "Scouting de Meeuwen"),
    ("en", "Name of the organisation", "Friends of the earth trust"),
    ("en", "Organisation name", "Open data for all"),
])
def test_a_name_field_that_names_the_kind_of_body_gives_its_whole_name(lang, label, name) -> None:
    """amelielavie_fr (fresh76 dev): "Nom de l’association : **Amélie la vie**" is the legal
    notice's name field; its value is the whole name, lowercase words and all."""
    text = f"# Mentions légales\n\n{label} : **{name}**\n\nAdresse : 3 rue des Lilas, 75011 Paris\n\n## Data\n\n{DATA[lang]}\n"
    assert draft_policy(text, lang=lang).organisation.value == name


@pytest.mark.parametrize("lang, sentence, name", [
    ("fr", "La direction interministérielle du numérique (DINUM) est responsable des traitements de vos données.",
     "DINUM"),
    ("en", "The national archives (TNA) is the controller of your personal data.", "TNA"),
    ("nl", "De dienst uitvoering onderwijs (DUO) is de verwerkingsverantwoordelijke voor uw gegevens.", "DUO"),
])
def test_a_body_named_in_lowercase_words_is_its_acronym(lang, sentence, name) -> None:
    """dinum_fr (fresh75 dev): the identity sentence names the body in lowercase words, then its
    acronym; a later "L’administration est responsable des traitements … pour l’instruction des
    dossiers" names a common noun, not a body."""
    later = {"fr": "L’administration est responsable des traitements réalisés pour l’instruction des dossiers.",
             "en": "The administration is responsible for the processing of the files it reviews.",
             "nl": "De administratie is verantwoordelijk voor de verwerking van de dossiers."}[lang]
    text = f"# Privacy\n\n{sentence}\n\n{later}\n\n## Data\n\n{DATA[lang]}\n"
    assert draft_policy(text, lang=lang).organisation.value == name


@pytest.mark.parametrize("lead", ["L’administration", "L'entreprise", "D’abord"])
def test_an_elided_article_and_a_lowercase_word_is_no_name(lead) -> None:
    """dinum_fr (fresh75 dev): "L’administration est responsable des traitements" names no body."""
    text = f"# Politique\n\n{lead} est responsable des traitements de données.\n\n## Données\n\n{DATA['fr']}\n"
    assert draft_policy(text, lang="fr").organisation.value != lead


@pytest.mark.parametrize("text", [
    "The data controller is the Harbour Office.",
    "The body formally responsible for your data, known as the ‘data controller’, is the Harbour Office.",
])
def test_the_controller_named_after_an_article_is_named(text) -> None:
    """ethnicityfacts_en (fresh78 dev): "… known as the ‘data controller’, is the Cabinet Office"."""
    shop = "Harbour Books is our shop. Harbour Books sells books. Write to Harbour Books."
    result = draft_policy(f"# Privacy\n\n{text}\n\n{shop}\n\n{DATA['en']}\n", lang="en")
    assert result.organisation.value == "Harbour Office"


def test_a_sentence_naming_the_role_beats_one_saying_who_runs_the_site() -> None:
    """ethnicityfacts_en (fresh78 dev): "built and run by the Race Disparity Unit (RDU), which is
    part of Cabinet Office" says who runs the site; "known as the ‘data controller’, is the Cabinet
    Office", said as strongly, says who the controller is."""
    text = ("The Harbour Facts website is built and run by the Harbour Data Unit (HDU), which is part of "
            "Harbour Office.\n\nThe body formally responsible for your data, known as the ‘data controller’, is "
            "the Harbour Office.")
    result = draft_policy(f"# Privacy\n\n{text}\n\n{DATA['en']}\n", lang="en")
    assert result.organisation.value == "Harbour Office"



@pytest.mark.parametrize("lang, line, country", [
    # openpanel_en (fresh60 dev): a generator's definitions list names the controller's country,
    # whatever countries its processors are in
    ("en", "- **Country** refers to: Sweden", "SE"),
    ("nl", "- **Land** verwijst naar: België", "BE"),
    ("fr", "- **Pays** fait référence à : Suisse", "CH"),
])
def test_a_definitions_list_s_country_is_the_controller_s(lang, line, country) -> None:
    hosts = {"en": "Our host is a GmbH in Berlin, Germany.", "nl": "Onze host is een GmbH in Berlijn, Duitsland.",
             "fr": "Notre hébergeur est une GmbH à Berlin, en Allemagne."}[lang]
    result = draft_policy(f"# Privacy\n\n{line}\n\n{hosts}\n\n{DATA[lang]}\n", lang=lang)
    assert result.jurisdiction.value == country


def test_a_blank_definition_of_the_country_names_none() -> None:
    """A generator's field left empty ("Country refers to: ") says nothing."""
    text = "# Privacy\n\n- **Country** refers to: \n- **Company** refers to Harbour Ltd.\n\nOur host is in Berlin, Germany."
    result = draft_policy(f"{text}\n\n{DATA['en']}\n", lang="en")
    assert result.jurisdiction.value == "DE"
