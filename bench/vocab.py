"""Words the labeled warehouse builds people, places and free text from.

Names are among the most frequent in each country's published statistics (INSEE's fichier des
prénoms and surname counts, the Meertens Instituut's Nederlandse Familienamenbank, Statbel's
name statistics, the ONS baby-name and surname lists); cities are large municipalities with a
principal postcode. Typed here rather than downloaded: nothing in the bench may fetch at run time.
"""

from __future__ import annotations

FIRST = {
    "FR": ["Jean", "Marie", "Pierre", "Nathalie", "Isabelle", "Philippe", "Michel", "Sylvie",
           "Catherine", "Françoise", "Alain", "Nicolas", "Christophe", "Stéphane", "Sophie",
           "Julien", "Camille", "Léa", "Manon", "Hugo", "Lucas", "Emma", "Chloé", "Louis",
           "Gabriel", "Jade", "Inès", "Thomas", "Sandrine", "Valérie", "Élodie", "Mathieu",
           "Aurélie", "Céline", "Laurent", "Olivier", "Émilie", "Antoine", "Juliette", "Théo"],
    "NL": ["Jan", "Johannes", "Cornelis", "Willem", "Hendrik", "Pieter", "Gerrit", "Maria",
           "Johanna", "Anna", "Daan", "Sem", "Lucas", "Levi", "Finn", "Noah", "Emma", "Julia",
           "Mila", "Tess", "Sophie", "Zoë", "Sara", "Nora", "Fenna", "Eva", "Lotte", "Anouk",
           "Sanne", "Femke", "Bram", "Ruben", "Thijs", "Jeroen", "Marieke", "Annelies", "Kees",
           "Joost", "Martijn", "Wouter"],
    "BE": ["Marc", "Luc", "Patrick", "Dirk", "Koen", "Bart", "Peter", "Filip", "Annick", "Els",
           "Katrien", "Nathalie", "Sofie", "Lien", "Lotte", "Arthur", "Noah", "Louis", "Jules",
           "Olivia", "Emma", "Louise", "Mila", "Elise", "Marie", "Jef", "Wim", "Geert",
           "Véronique", "Christine", "Thibault", "Maxime", "Amélie", "Céline", "Sarah", "Lars"],
    "EN": ["Oliver", "George", "Harry", "Jack", "Jacob", "Noah", "Charlie", "Muhammad", "Thomas",
           "Oscar", "Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophia", "Grace", "Mia", "Poppy",
           "Ella", "James", "William", "David", "Sarah", "Emma", "Laura", "Rebecca", "Hannah",
           "Daniel", "Michael", "Christopher", "Jessica", "Lucy", "Samuel", "Joseph", "Matthew",
           "Chloe", "Megan", "Ruth", "Peter"],
}

LAST = {
    "FR": ["Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois",
           "Moreau", "Laurent", "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David",
           "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine",
           "Rousseau", "Vincent", "Muller", "Lefèvre", "Faure", "André", "Mercier", "Blanc",
           "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier",
           "Garcia", "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel",
           "Mathieu", "Gautier", "Masson"],
    "NL": ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen",
           "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters",
           "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits",
           "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan",
           "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn",
           "van der Heijden", "Schouten", "van Beek", "Willems", "van Vliet", "van de Ven",
           "Hoekstra", "Maas", "Verhoeven", "Koster", "van Dam", "van der Wal", "Prins", "Blom",
           "Huisman", "Postma"],
    "BE": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
           "Wouters", "De Smet", "Dubois", "Lambert", "Dupont", "Martin", "Hermans", "Michiels",
           "Leclercq", "Claessens", "Pauwels", "Vermeulen", "De Meyer", "Desmet", "Van Damme",
           "Lemaire", "Simon", "Stevens", "Segers", "Declercq", "Aerts", "Coppens", "Verstraete",
           "Van de Velde", "Dumont", "Renard", "Lenaerts", "Cools"],
    "EN": ["Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas",
           "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards",
           "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood",
           "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee",
           "King", "Baker", "Harrison", "Morgan", "Allen"],
}

# (city, principal postcode). Paris, Lyon and Marseille get arrondissement postcodes at build time.
CITIES = {
    "FR": [("Paris", "750"), ("Marseille", "130"), ("Lyon", "6900"), ("Toulouse", "31000"),
           ("Nice", "06000"), ("Nantes", "44000"), ("Montpellier", "34000"),
           ("Strasbourg", "67000"), ("Bordeaux", "33000"), ("Lille", "59000"),
           ("Rennes", "35000"), ("Reims", "51100"), ("Toulon", "83000"),
           ("Saint-Étienne", "42000"), ("Le Havre", "76600"), ("Grenoble", "38000"),
           ("Dijon", "21000"), ("Angers", "49000"), ("Nîmes", "30000"),
           ("Villeurbanne", "69100"), ("Clermont-Ferrand", "63000"), ("Le Mans", "72000"),
           ("Aix-en-Provence", "13100"), ("Brest", "29200"), ("Tours", "37000"),
           ("Amiens", "80000"), ("Limoges", "87000"), ("Annecy", "74000"),
           ("Perpignan", "66000"), ("Metz", "57000"), ("Besançon", "25000"),
           ("Orléans", "45000"), ("Rouen", "76000"), ("Mulhouse", "68100"), ("Caen", "14000"),
           ("Nancy", "54000"), ("Ajaccio", "20000"), ("Bastia", "20200"), ("Quimper", "29000"),
           ("Vannes", "56000")],
    "NL": [("Amsterdam", "1011"), ("Rotterdam", "3011"), ("Den Haag", "2511"),
           ("Utrecht", "3511"), ("Eindhoven", "5611"), ("Groningen", "9711"),
           ("Tilburg", "5011"), ("Almere", "1315"), ("Breda", "4811"), ("Nijmegen", "6511"),
           ("Apeldoorn", "7311"), ("Haarlem", "2011"), ("Arnhem", "6811"), ("Enschede", "7511"),
           ("Amersfoort", "3811"), ("Zaandam", "1501"), ("'s-Hertogenbosch", "5211"),
           ("Zwolle", "8011"), ("Leiden", "2311"), ("Maastricht", "6211"),
           ("Dordrecht", "3311"), ("Delft", "2611"), ("Alkmaar", "1811"), ("Deventer", "7411"),
           ("Leeuwarden", "8911")],
    "BE": [("Bruxelles", "1000"), ("Antwerpen", "2000"), ("Gent", "9000"),
           ("Charleroi", "6000"), ("Liège", "4000"), ("Brugge", "8000"), ("Namur", "5000"),
           ("Leuven", "3000"), ("Mons", "7000"), ("Mechelen", "2800"), ("Aalst", "9300"),
           ("Hasselt", "3500"), ("Kortrijk", "8500"), ("Oostende", "8400"),
           ("Sint-Niklaas", "9100"), ("Tournai", "7500"), ("Genk", "3600"),
           ("Seraing", "4100"), ("Roeselare", "8800"), ("Verviers", "4800")],
    "EN": [("London", "SW1A"), ("London", "NW1"), ("London", "EC1A"), ("London", "E14"),
           ("Manchester", "M1"), ("Birmingham", "B1"), ("Leeds", "LS1"), ("Glasgow", "G1"),
           ("Liverpool", "L1"), ("Bristol", "BS1"), ("Sheffield", "S1"), ("Edinburgh", "EH1"),
           ("Cardiff", "CF10"), ("Leicester", "LE1"), ("Nottingham", "NG1"),
           ("Newcastle upon Tyne", "NE1"), ("Oxford", "OX1"), ("Cambridge", "CB2"),
           ("York", "YO1"), ("Brighton", "BN1")],
}

STREETS = {
    "FR": ["rue de la République", "avenue Victor Hugo", "boulevard Gambetta", "rue Jean Jaurès",
           "place de la Mairie", "rue Pasteur", "allée des Tilleuls", "impasse des Lilas",
           "chemin du Moulin", "rue du Général Leclerc", "avenue de la Gare", "rue des Écoles",
           "rue Nationale", "boulevard Voltaire", "rue de Paris", "route de Lyon"],
    "NL": ["Kerkstraat", "Schoolstraat", "Molenstraat", "Dorpsstraat", "Stationsweg",
           "Julianastraat", "Wilhelminastraat", "Beatrixlaan", "Nieuwstraat", "Hoofdstraat",
           "Marktplein", "Prinsengracht", "Kastanjelaan", "Eikenlaan", "Parallelweg",
           "Industrieweg"],
    "BE": ["Rue de la Loi", "Meir", "Veldstraat", "Rue Neuve", "Kerkstraat", "Stationsstraat",
           "Grote Markt", "Chaussée de Louvain", "Avenue Louise", "Rue de l'Église",
           "Nieuwstraat", "Dorpsstraat", "Rue du Moulin", "Steenweg op Brussel"],
    "EN": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Green Lane",
           "Manor Road", "Park Road", "Queens Road", "Kings Road", "Mill Lane", "Baker Street",
           "The Crescent", "Church Street", "London Road"],
}

EMAIL_DOMAINS = {
    "FR": ["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr", "hotmail.fr",
           "wanadoo.fr", "yahoo.fr", "outlook.fr"],
    "NL": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.com", "outlook.com", "xs4all.nl",
           "planet.nl", "live.nl"],
    "BE": ["telenet.be", "skynet.be", "gmail.com", "hotmail.com", "proximus.be", "outlook.be"],
    "EN": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk",
           "icloud.com", "sky.com"],
}

COMPANY_WORDS = ["Transports", "Atelier", "Boulangerie", "Menuiserie", "Garage", "Pharmacie",
                 "Imprimerie", "Cabinet", "Société", "Entreprise", "Bureau", "Groupe"]
COMPANY_TAILS = ["du Centre", "de l'Ouest", "Rapides", "du Bois", "des Alpes", "Moderne",
                 "Industrielle", "Générale", "du Port", "de la Vallée", "Services", "Conseil"]
COMPANY_FORMS = ["SARL", "SAS", "SA", "EURL", "SASU", "SCI"]
NL_COMPANY = ["Bouwbedrijf", "Transport", "Installatietechniek", "Adviesbureau", "Drukkerij",
              "Schilders", "Hoveniers", "Logistiek", "Techniek", "Handelsonderneming"]
NL_COMPANY_TAILS = ["Noord", "West", "Vlaanderen", "Kempen", "De Schelde", "Groep", "Service",
                    "Partners", "Benelux", "Limburg"]
BE_FORMS = ["NV", "BV", "CommV", "SRL", "SA"]

DEPARTMENTS = ["Comptabilité", "Ressources humaines", "Informatique", "Logistique",
               "Commercial", "Juridique", "Marketing", "Production", "Achats", "Direction"]
JOB_TITLES = ["Comptable", "Chargé de recrutement", "Développeur", "Magasinier",
              "Commercial terrain", "Juriste", "Chef de projet", "Opérateur de production",
              "Acheteur", "Assistant de direction", "Technicien support", "Contrôleur de gestion"]
NAF_CODES = ["47.11F", "56.10A", "43.21A", "62.01Z", "49.41A", "10.71C", "70.22Z", "45.20A",
             "68.20B", "86.21Z", "71.12B", "46.90Z"]
PRODUCTS = ["TSH", "JKT", "SHO", "BAG", "CAP", "SCK", "BLT", "DRS"]
SIZES = ["XS", "S", "M", "L", "XL"]
CHANNELS = ["email", "chat", "web", "app", "store"]
PRIORITIES = ["low", "normal", "high", "urgent"]
HTTP_PATHS = ["/", "/login", "/api/v1/orders", "/api/v1/cart", "/products/{n}", "/checkout",
              "/static/app.js", "/search", "/account", "/api/v1/products/{n}"]
USER_AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Mobile/15E148",
    "curl/8.5.0",
]

# French notes of a mutual insurer (mutuelle): most mention a health condition or care.
HEALTH_NOTES = [
    "Arrêt maladie de {n} semaines suite à une hernie discale.",
    "Remboursement de {n} séances de kinésithérapie après entorse du genou.",
    "Assuré diabétique de type 2, suivi par un endocrinologue.",
    "Hospitalisation pour appendicite, prise en charge du forfait journalier.",
    "Demande de prise en charge d'un traitement contre la dépression.",
    "Grossesse déclarée, suivi prénatal en cours.",
    "Séances de chimiothérapie prévues jusqu'en mars, dossier ALD ouvert.",
    "Prothèse auditive prescrite par l'ORL, devis joint.",
    "Asthme sévère, renouvellement de l'ordonnance pour inhalateur.",
    "Consultation psychiatrique mensuelle, tiers payant demandé.",
    "Fracture du poignet, plâtre pendant {n} semaines.",
    "Allergie à la pénicilline signalée par le médecin traitant.",
    "Changement d'adresse enregistré.",
    "Demande de carte de tiers payant pour l'année en cours.",
    "Relevé de prestations envoyé par courrier.",
]

# Support messages (English and French) with the slots the builder fills in.
TICKET_TEMPLATES = [
    ("Hi, please send the invoice to {email} instead of my work address.", ("email",)),
    ("Bonjour, merci de rembourser sur mon compte {iban}. Cordialement.", ("iban",)),
    ("Refund please to IBAN {iban}, the card payment failed twice.", ("iban",)),
    ("You can reach me on {phone} after 6pm.", ("phone",)),
    ("Mon adresse mail a changé : {email}. Pouvez-vous mettre à jour ?", ("email",)),
    ("Please call {phone} or write to {email} about order {order}.", ("phone", "email")),
    ("Pouvez-vous me rappeler au {phone} ? Commande {order}.", ("phone",)),
    ("New bank details: {iban}. Confirmation to {email} please.", ("iban", "email")),
    ("The parcel for order {order} never arrived.", ()),
    ("Where is my order {order}? It has been two weeks.", ()),
    ("Le colis {order} est arrivé abîmé, je souhaite un échange.", ()),
    ("Can I change the size of order {order} from M to L?", ()),
    ("Merci pour votre réponse rapide !", ()),
]
