"""The words the demo is made of: people's names, streets and towns, banks, devices, and each
organisation's free-text templates (support chats, reports, call summaries...).

Small hand-written lists rather than Faker: Faker's output for a seed changes between its
releases, and the demo must not. Order matters: the generators draw from these lists by index, so
adding, removing or reordering an entry changes every later draw of the tables that use the list.
"""

from __future__ import annotations

# --------------------------------------------------------------------------------------------
# People and places (fr: France, nl: the Netherlands, be: Belgium)

FIRST_F = {
    "fr": ["Camille", "Léa", "Manon", "Chloé", "Emma", "Inès", "Sarah", "Julie", "Marie", "Claire",
           "Hélène", "Isabelle", "Nathalie", "Sophie", "Céline", "Aurélie", "Élodie", "Laure",
           "Anaïs", "Zoé", "Margaux", "Pauline", "Mathilde", "Juliette", "Agathe", "Françoise",
           "Sylvie", "Valérie", "Gaëlle", "Nadia", "Amina", "Lucie"],
    "nl": ["Emma", "Sophie", "Julia", "Anna", "Lisa", "Sanne", "Fleur", "Lotte", "Eva", "Anouk",
           "Iris", "Femke", "Noor", "Maud", "Ingrid", "Marieke", "Annelies", "Esther", "Yvonne",
           "Petra", "Fatima", "Sara"],
    "be": ["Emma", "Louise", "Marie", "Elise", "Lotte", "Julie", "Sarah", "Laura", "Charlotte",
           "Nathalie", "Sofie", "Els", "Griet", "Ann", "Chloé", "Manon", "Hanne", "Lien"],
}
FIRST_M = {
    "fr": ["Thomas", "Nicolas", "Julien", "Maxime", "Antoine", "Alexandre", "Hugo", "Lucas",
           "Théo", "Louis", "Pierre", "Jean", "François", "Olivier", "Sébastien", "Guillaume",
           "Romain", "Benoît", "Jérôme", "Cédric", "Mathieu", "Loïc", "Yann", "Karim", "Mehdi",
           "Rachid", "Bruno", "Laurent", "Stéphane", "Arnaud"],
    "nl": ["Daan", "Sem", "Lucas", "Jesse", "Thijs", "Bram", "Lars", "Ruben", "Jeroen", "Pieter",
           "Sander", "Bas", "Koen", "Wouter", "Maarten", "Henk", "Kees", "Joost", "Mohamed",
           "Stefan"],
    "be": ["Lucas", "Louis", "Arthur", "Noah", "Liam", "Jules", "Thomas", "Wout", "Pieter", "Jan",
           "Tom", "Bart", "Koen", "Dirk", "Olivier", "Maxime", "Nicolas", "Senne"],
}
LAST = {
    "fr": ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
           "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David",
           "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Lefèvre",
           "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier",
           "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Perrin",
           "Morin", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin",
           "Benali", "Nguyen", "Haddad", "Le Gall"],
    "nl": ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen",
           "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters",
           "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits",
           "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen",
           "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "van der Heijden",
           "Schouten", "van Beek", "Willems", "van Vliet", "Yilmaz", "El Amrani"],
    "be": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
           "Wouters", "De Smet", "Dubois", "Lambert", "Dupont", "Vermeulen", "Van den Broeck",
           "De Clercq", "Hermans", "Desmet", "Van Damme", "Martens", "Leclercq", "Michiels",
           "Coppens", "Verstraete", "Van de Velde"],
}
EMAIL_DOMAINS = {
    "fr": ["gmail.com", "orange.fr", "free.fr", "hotmail.fr", "yahoo.fr", "laposte.net", "sfr.fr",
           "outlook.fr", "wanadoo.fr", "icloud.com"],
    "nl": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.com", "outlook.com", "xs4all.nl",
           "live.nl", "planet.nl"],
    "be": ["gmail.com", "telenet.be", "skynet.be", "hotmail.com", "outlook.be", "proximus.be"],
}
STREETS = {
    "fr": ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Voltaire",
           "rue du Faubourg Saint-Antoine", "rue Nationale", "place de la Mairie", "rue des Lilas",
           "allée des Tilleuls", "chemin des Vignes", "rue Pasteur", "avenue de la Gare",
           "rue Gambetta", "rue de Paris", "impasse des Acacias", "rue du Moulin",
           "avenue Foch", "rue Lamartine", "rue des Écoles", "quai de la Loire"],
    "nl": ["Kerkstraat", "Dorpsstraat", "Schoolstraat", "Molenweg", "Stationsweg",
           "Julianastraat", "Beatrixlaan", "Wilhelminastraat", "Oranjestraat", "Hoofdweg",
           "Nieuwstraat", "Lindelaan", "Eikenlaan", "Kastanjelaan", "Parallelweg", "Markt",
           "Zuidsingel", "Burgemeester de Vlugtlaan"],
    "be": ["Kerkstraat", "Stationsstraat", "Veldstraat", "Nieuwstraat", "Dorpsstraat",
           "Molenstraat", "Kortrijksesteenweg", "Rue de la Station", "Chaussée de Bruxelles",
           "Avenue Louise", "Rue Haute", "Meir"],
}
# (postal code, town, latitude, longitude); Paris/Lyon/Marseille codes vary by arrondissement.
FR_TOWNS = [
    ("750{:02d}", "Paris", 48.8566, 2.3522, 20), ("6900{}", "Lyon", 45.7640, 4.8357, 9),
    ("130{:02d}", "Marseille", 43.2965, 5.3698, 16), ("33000", "Bordeaux", 44.8378, -0.5792, 0),
    ("31000", "Toulouse", 43.6047, 1.4442, 0), ("44000", "Nantes", 47.2184, -1.5536, 0),
    ("59000", "Lille", 50.6292, 3.0573, 0), ("67000", "Strasbourg", 48.5734, 7.7521, 0),
    ("06000", "Nice", 43.7102, 7.2620, 0), ("35000", "Rennes", 48.1173, -1.6778, 0),
    ("34000", "Montpellier", 43.6108, 3.8767, 0),
    ("92100", "Boulogne-Billancourt", 48.8397, 2.2399, 0),
    ("92200", "Neuilly-sur-Seine", 48.8846, 2.2697, 0), ("78000", "Versailles", 48.8049, 2.1204, 0),
    ("38000", "Grenoble", 45.1885, 5.7245, 0), ("13100", "Aix-en-Provence", 43.5297, 5.4474, 0),
]
# (first and last postcode number, town)
NL_TOWNS = [
    (3011, 3089, "Rotterdam"), (1011, 1109, "Amsterdam"), (2491, 2599, "Den Haag"),
    (3511, 3585, "Utrecht"), (5611, 5658, "Eindhoven"), (9711, 9747, "Groningen"),
    (5011, 5049, "Tilburg"), (4811, 4839, "Breda"), (3311, 3329, "Dordrecht"),
    (2991, 2994, "Barendrecht"), (2981, 2987, "Ridderkerk"), (2408, 2409, "Alphen aan den Rijn"),
]
BE_TOWNS = [
    ("1000", "Brussel"), ("2000", "Antwerpen"), ("9000", "Gent"), ("3000", "Leuven"),
    ("8000", "Brugge"), ("2800", "Mechelen"), ("3500", "Hasselt"), ("4000", "Liège"),
    ("5000", "Namur"), ("1300", "Wavre"), ("9300", "Aalst"), ("8500", "Kortrijk"),
]
NL_POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
# Bank codes whose IBANs python-stdnum accepts (FR: 5-digit bank code; NL: 4-letter; BE: 3-digit,
# checked against stdnum's table of Belgian banks).
FR_BANKS = [("30004", "BNPAFRPP"), ("30003", "SOGEFRPP"), ("30002", "CRLYFRPP"),
            ("10278", "CMCIFR2A"), ("20041", "PSSTFRPP"), ("16606", "AGRIFRPP")]
NL_BANKS = ["INGB", "ABNA", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]
BE_BANKS = ["001", "063", "068", "363", "735", "734", "973", "143", "751"]
CARD_PREFIXES = ["4970", "4974", "4561", "4539", "5131", "5355", "5412", "5168"]
IPV4_FIRST = [78, 80, 81, 82, 83, 86, 88, 90, 91, 92, 109, 176, 185, 193, 195, 212, 213, 217]
USER_AGENTS = [
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/126.0.0.0 Safari/537.36", "desktop", None, "Windows 11", "Chrome", "126"),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
     "Version/17.5 Safari/605.1.15", "desktop", "Apple", "macOS 14", "Safari", "17.5"),
    ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
     "Gecko) Version/17.5 Mobile/15E148 Safari/604.1", "mobile", "Apple", "iOS 17", "Safari",
     "17.5"),
    ("Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/126.0.0.0 Mobile Safari/537.36", "mobile", "Samsung", "Android 14", "Chrome", "126"),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
     "desktop", None, "Windows 10", "Firefox", "127"),
    ("Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
     "Version/17.5 Mobile/15E148 Safari/604.1", "tablette", "Apple", "iPadOS 17", "Safari",
     "17.5"),
]


# --------------------------------------------------------------------------------------------
# Wecasa: home beauty and cleaning services

WECASA_SERVICES = ["coiffure", "coupe homme", "brushing", "manucure", "maquillage", "épilation",
                   "ménage"]
WECASA_CHATS = [
    "Client : Bonjour, ma prestation de coiffure prévue à 10h n'a pas eu lieu. Agent : Bonjour "
    "{first}, toutes nos excuses, nous vous remboursons intégralement sur votre carte.",
    "Client : Est-il possible de décaler mon rendez-vous de brushing à jeudi ? Agent : Bien sûr "
    "{first}, c'est fait, vous recevrez une confirmation par e-mail.",
    "Client : Je n'arrive pas à ajouter ma nouvelle carte bancaire dans l'application. Agent : "
    "Bonjour {first}, pouvez-vous mettre à jour l'application et réessayer ?",
    "Client : Ma manucure était parfaite, merci ! Agent : Merci {first}, nous transmettons à votre "
    "partenaire.",
    "Client : Je souhaite supprimer mon compte. Agent : C'est noté {first}, la suppression sera "
    "effective sous 48 heures.",
    "Client : Le code promo de bienvenue ne fonctionne pas. Agent : Bonjour {first}, je l'ai "
    "appliqué manuellement sur votre réservation.",
]
WECASA_DEVICES = ["iPhone 14 / iOS 17.5", "iPhone 12 / iOS 16.7", "Galaxy S23 / Android 14",
                  "Pixel 7 / Android 14", "Chrome 126 / Windows 11", "Safari 17 / macOS 14"]
SALON_WORDS = ["Salon", "Studio", "Atelier", "Institut", "Maison"]
SALON_NAMES = ["Élégance", "Beauté Divine", "Coiff'Style", "Belle Mèche", "L'Ongle d'Or",
               "Ciseaux d'Argent", "Zen Attitude", "Éclat", "Nuance", "Pure Beauté"]

# --------------------------------------------------------------------------------------------
# WeMaintain: lift maintenance

WM_COMPANIES = ["Gestion Habitat", "Syndic Parisien", "Immo Centre", "Résidences Lyonnaises",
                "Foncière du Parc", "Cabinet Lemoine", "Habitat Sud", "Copro Services",
                "Patrimoine & Gestion", "Atlantique Syndic"]
WM_ROLES = ["Gestionnaire de copropriété", "Directeur technique", "Responsable maintenance",
            "Property manager", "Syndic bénévole", "Asset manager"]
WM_MAKERS = ["Otis", "Schindler", "Kone", "TK Elevator", "Soretex", "Orona"]
WM_REPORTS = [
    "Visite préventive : graissage des guides, contrôle des câbles et des freins, RAS.",
    "Dépannage : porte palière bloquée au 3e étage, réglage du verrou, appareil remis en service.",
    "Remplacement du bouton d'appel cabine, essais conformes.",
    "Pré-visite : relevé des caractéristiques de l'appareil pour proposition commerciale.",
    "Appareil à l'arrêt : défaut variateur, commande de pièce en cours.",
    "Contrôle semestriel du parachute, essais conformes.",
]
WM_QUESTIONS = [
    "Bonjour, nous gérons une copropriété de 40 lots et souhaitons un devis de maintenance pour "
    "deux ascenseurs.",
    "Notre ascenseur est en panne depuis hier, pouvez-vous intervenir rapidement ?",
    "Je voudrais savoir si vous assurez la modernisation d'un monte-charge de 1985.",
    "Bonjour, quel est le délai moyen d'intervention en cas de panne ?",
    "Pouvez-vous me rappeler au sujet de votre contrat de maintenance ?",
    "Je suis technicien ascensoriste et je cherche un poste, à qui m'adresser ?",
]

# --------------------------------------------------------------------------------------------
# Wemind: insurance for freelancers (the health transcripts are the planted special category)

WEMIND_HEALTH = [
    "Adhérent : Bonjour, j'ai été hospitalisé cinq jours pour une appendicite, est-ce que mes "
    "indemnités journalières vont être versées ? Conseiller : Oui, envoyez-nous le bulletin "
    "d'hospitalisation et l'avis d'arrêt de travail.",
    "Adhérent : Mon médecin m'a prescrit un arrêt maladie de trois semaines pour un burn-out, que "
    "dois-je transmettre ? Conseiller : L'avis d'arrêt de travail suffit, nous le transmettons à "
    "l'assureur.",
    "Adhérent : Je suis suivie pour un diabète de type 2, est-ce que cela change ma cotisation "
    "prévoyance ? Conseiller : Non, votre cotisation ne dépend pas de votre état de santé.",
    "Adhérent : Suite à mon opération du genou, le kinésithérapeute me prescrit vingt séances de "
    "rééducation. Conseiller : Je transmets votre ordonnance au service prestations de l'assureur.",
    "Adhérent : On m'a diagnostiqué un cancer du sein en mars et je commence une chimiothérapie. "
    "Conseiller : Nous sommes désolés, nous déclarons votre arrêt de travail à l'assureur dès "
    "aujourd'hui.",
    "Adhérent : J'ai une fracture du poignet et je ne peux plus travailler pendant six semaines. "
    "Conseiller : Envoyez-nous le certificat médical, le délai de carence est de trois jours.",
    "Adhérent : Ma fille est asthmatique et son traitement coûte cher, est-il remboursé ? "
    "Conseiller : Les remboursements de frais de santé sont gérés par l'assureur.",
    "Adhérent : Je suis en congé pathologique pour une grossesse à risque, comment déclarer mon "
    "arrêt ? Conseiller : Transmettez-nous le certificat médical de votre gynécologue.",
    "Adhérent : Je sors d'une hospitalisation pour dépression, puis-je reprendre en mi-temps "
    "thérapeutique ? Conseiller : Oui, le mi-temps thérapeutique est couvert par votre contrat.",
]
WEMIND_OTHER = [
    "Adhérent : Je viens de déménager, pouvez-vous mettre à jour mon adresse ? Conseiller : C'est "
    "fait, votre nouvelle adresse apparaît dans votre espace membre.",
    "Adhérent : Pouvez-vous m'envoyer une attestation d'assurance RC Pro pour un client ? "
    "Conseiller : Je vous l'envoie par e-mail dans la journée.",
    "Adhérent : Je voudrais décaler le prélèvement de ma cotisation au 10 du mois. Conseiller : "
    "C'est noté, le changement prendra effet le mois prochain.",
    "Adhérent : Comment parrainer une amie qui travaille en freelance ? Conseiller : Partagez "
    "votre code de parrainage depuis votre espace membre.",
    "Adhérent : Je passe de micro-entrepreneur à SASU, faut-il modifier mon contrat ? Conseiller : "
    "Oui, nous allons adapter votre contrat à votre nouveau statut.",
    "Adhérent : Je n'arrive plus à me connecter à mon espace membre. Conseiller : Je vous renvoie "
    "un lien de connexion par e-mail.",
    "Adhérent : Mon chiffre d'affaires a augmenté, dois-je changer de formule ? Conseiller : La "
    "formule Confort serait plus adaptée, je vous envoie une simulation.",
]
WEMIND_ACTIVITIES = [("Conseil en systèmes informatiques", "6202A"),
                     ("Programmation informatique", "6201Z"), ("Activités de design", "7410Z"),
                     ("Traduction et interprétation", "7430Z"),
                     ("Activités photographiques", "7420Z"),
                     ("Conseil en communication", "7021Z"),
                     ("Conseil de gestion", "7022Z")]


# --------------------------------------------------------------------------------------------
# WeGroup: software for insurance brokers

# Checked against the French NER model: none of these reads as a place (customer contacts and
# correspondents declare no geolocation); "Assurances Dubois" did.
WG_BROKERS = ["Verzekeringen Peeters", "Assurances Leclercq", "Makelaarskantoor Claes",
              "Insurance Partners", "Kantoor Maes", "Courtage Lambert", "Verzekeringen Wouters"]
WG_SURVEY = [
    "Louise saves our office a lot of time on claim intake.",
    "The quote comparison module is great but the PDF export could be faster.",
    "We would like an integration with our broker management system.",
    "Onboarding was smooth, support answered within the hour.",
    "Please add more insurers to the comparison.",
]
WG_NOTES = [
    "Demo of the claims module scheduled.", "Asked for pricing of the Enterprise plan.",
    "Renewal discussed, decision expected next quarter.",
    "Interested in the WhatsApp channel for Louise.", "Sent the onboarding guide.",
]
WG_MESSAGES = [
    ("Pricing question",
     "Hello, could you send me the pricing of your platform for an office of five brokers?"),
    ("Partnership proposal",
     "We are an insurer interested in connecting our products to your comparison tool."),
    ("Login problem", "I cannot log in since this morning, could you help?"),
    ("Demo request", "Could we schedule a demo next week?"),
]


# --------------------------------------------------------------------------------------------
# Webcasso: debt collection

WC_SUMMARIES = [
    "Debiteur belt over openstaande factuur, betalingsregeling van drie termijnen afgesproken.",
    "Uitgaand gesprek: herinnering gestuurd, debiteur zegt toe binnen veertien dagen te betalen.",
    "Debiteur betwist de vordering, kopie van de factuur per e-mail verstuurd.",
    "Voicemail ingesproken met verzoek om terug te bellen.",
    "Debiteur vraagt om uitstel van betaling, verzoek voorgelegd aan opdrachtgever.",
    "Betaling bevestigd, dossier kan worden gesloten.",
]
WC_CLIENT_WORDS = ["Installatietechniek", "Energie", "Verhuisservice", "Telecom",
                   "Woningverhuur", "Sportscholen", "Webwinkel", "Kinderopvang", "Autolease"]

