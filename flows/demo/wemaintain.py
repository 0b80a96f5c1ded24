"""WeMaintain (France, French policy): a folder of files rather than a database.

Parquet exports of the platform, a CSV of interventions, a `;`-separated cp1252 Excel export of the
technicians' recruitment CRM (CRLF line ends, a typographic apostrophe in a header), NDJSON with
nested objects from Typeform and Intercom, and a UTF-8-with-BOM CSV left on a shared drive.

Planted (see :mod:`flows.demo.problems`): card numbers in the CRM export, users' sign-in IP
addresses, and trade-fair badge scans about people the policy does not describe.
"""

from __future__ import annotations

import string
from datetime import date, timedelta
from pathlib import Path
from typing import Callable

import phonenumbers

from flows.demo.values import Gen, company_domain
from flows.demo.vocab import (
    USER_AGENTS,
    WM_COMPANIES,
    WM_MAKERS,
    WM_QUESTIONS,
    WM_REPORTS,
    WM_ROLES,
)
from flows.demo.writers import to_columns, write_csv, write_csv_records, write_ndjson, write_parquet

# The CRM export's header as Excel writes it (the apostrophe is U+2019, which cp1252 holds as 0x92).
_CRM_CSV_HEADER = ["ID", "Prénom", "Nom", "Téléphone", "E-mail", "Années d’expérience",
                   "Entreprise actuelle", "Statut", "Date du premier contact", "Numéro de carte"]


def files(today: date) -> dict[str, Callable[[Path], None]]:
    """Each file as a writer (relative path -> function writing it), every date counted back
    from ``today``."""
    g = Gen("wemaintain", "utilisateurs", today)
    users = []
    for i in range(260):
        sex, first, last = g.person("fr")
        street, postcode, town, _, _ = g.fr_address()
        company = g.pick(WM_COMPANIES)
        domain = company_domain(company, g.pick([".fr", ".com"]))
        users.append({
            "utilisateur_id": 3001 + i, "prenom": first, "nom": last, "sexe": sex,
            "role_societe": g.pick(WM_ROLES), "email": g.email(first, last, "fr", domain),
            "telephone": g.phone("fr", g.pick(["mobile", "fixe"])), "societe_nom": company,
            "societe_type": g.pick(["Agence", "Siège"]), "societe_adresse": street,
            "code_postal": postcode, "ville": town, "pays": "France",
            "cree_le": g.ts_ago(100, 5 * 365), "derniere_connexion": g.ts_ago(0, 90),
        })
    user_ids = [u["utilisateur_id"] for u in users]

    g = Gen("wemaintain", "appareils", today)
    devices = []
    for i in range(900):
        street, postcode, town, _, _ = g.fr_address()
        devices.append({
            "appareil_id": f"ASC-{i + 1:06d}", "utilisateur_id": g.pick(user_ids),
            "type": g.pick(["ascenseur"] * 6 + ["monte-charge", "monte-personne"]),
            "fabricant": g.pick(WM_MAKERS), "adresse_batiment": street, "code_postal": postcode,
            "ville": town, "etage_max": g.r.randint(3, 18), "mise_en_service": g.r.randint(1965, 2023),
            "statut": g.pick(["en service"] * 8 + ["à l'arrêt", "en maintenance"]),
        })

    g = Gen("wemaintain", "interventions", today)
    interventions = []
    for i in range(2500):
        start = g.ts_ago(-14, 3 * 365)
        interventions.append({
            "intervention_id": f"INT-{i + 1:07d}",
            "appareil_id": g.pick(devices)["appareil_id"],
            "technicien_code": f"T-{g.r.randint(1, 85):03d}",
            "type": g.pick(["visite préventive"] * 5 + ["dépannage", "dépannage", "réparation",
                                                         "pré-visite"]),
            "debut": start.isoformat(timespec="seconds"),
            "fin": (start + timedelta(minutes=g.r.randint(20, 240))).isoformat(timespec="seconds"),
            "statut": "planifiée" if start.date() > today else g.pick(["terminée"] * 9 + ["annulée"]),
            "rapport": g.pick(WM_REPORTS),
        })

    g = Gen("wemaintain", "connexions", today)
    logins = [{
        "connexion_id": 500001 + i, "utilisateur_id": g.pick(user_ids), "adresse_ip": g.ipv4(),
        "connecte_le": g.ts_ago(0, 2 * 365), "succes": g.chance(0.94),
        "methode": g.pick(["mot de passe", "mot de passe", "lien magique"]),
    } for i in range(2000)]

    g = Gen("wemaintain", "crm_techniciens", today)
    crm = []
    for i in range(180):
        sex, first, last = g.person("fr")
        crm.append([
            f"TECH-{i + 1:04d}", first, last, g.phone("fr"), g.email(first, last, "fr"),
            str(g.r.randint(1, 30)), g.pick(WM_MAKERS + ["Indépendant"]),
            g.pick(["À rappeler", "Entretien planifié", "Embauché", "Refusé"]),
            g.days_ago(5, 3 * 365).strftime("%d/%m/%Y"), g.card(spaced=True),
        ])

    g = Gen("wemaintain", "typeform", today)
    typeform = []
    for i in range(320):
        sex, first, last = g.person("fr")
        typeform.append({
            "response_id": g.code("tf_", 16, string.ascii_lowercase + string.digits),
            "submitted_at": g.ts_ago(1, 3 * 365).isoformat(timespec="seconds") + "Z",
            "form_id": "rejoindre-wemaintain-techniciens",
            "answers": {
                "prenom": first, "nom": last, "telephone": g.phone("fr"),
                "email": g.email(first, last, "fr"), "annees_experience": g.r.randint(0, 35),
                "entreprise_actuelle": g.pick(WM_MAKERS + ["Indépendant", "En recherche"]),
            },
            "hidden": {"utm_source": g.pick(["indeed", "linkedin", "site", "bouche-a-oreille"])},
        })

    g = Gen("wemaintain", "visites", today)
    visits = []
    for i in range(3000):
        ua, kind, maker, os_name, _, _ = g.pick(USER_AGENTS)
        visits.append({
            "visite_id": 1_000_001 + i, "adresse_ip": g.ipv6() if g.chance(0.15) else g.ipv4(),
            "navigateur": ua, "url": "https://www.wemaintain.com" + g.pick(
                ["/fr", "/fr/contact", "/fr/maintenance", "/fr/modernisation", "/fr/carrieres",
                 "/fr/blog/ascenseur-panne", "/fr/tarifs"]),
            "horodatage": g.ts_ago(0, 400), "type_appareil": kind, "fabricant": maker,
            "systeme_exploitation": os_name,
        })

    g = Gen("wemaintain", "intercom", today)
    conversations = []
    for i in range(400):
        sex, first, last = g.person("fr")
        conversations.append({
            "conversation_id": str(2_100_000_000 + i * 37),
            "created_at": g.ts_ago(1, 2 * 365).isoformat(timespec="seconds") + "Z",
            "contact": {"name": f"{first} {last}", "email": g.email(first, last, "fr"),
                        "phone": g.phone("fr", fmt=phonenumbers.PhoneNumberFormat.INTERNATIONAL)},
            "source": {"channel": "chatbot", "url": "https://www.wemaintain.com" + g.pick(
                ["/fr", "/fr/contact", "/fr/tarifs"])},
            "first_message": g.pick(WM_QUESTIONS),
            "state": g.pick(["closed", "closed", "open"]),
        })

    g = Gen("wemaintain", "contacts_salon_2019", today)
    fair = [{
        "email": g.someone_email("fr"),
        "salon": "Salon de la copropriété 2019", "stand": g.pick(["B12", "B14"]),
        "date_scan": date(2019, 11, g.r.randint(13, 14)).isoformat(),
        "souhaite_rdv": g.pick(["oui", "non", "non"]),
        "interet": g.pick(["modernisation", "contrat de maintenance", "dépannage"]),
    } for _ in range(150)]

    return {
        "plateforme/utilisateurs.parquet": lambda p: write_parquet(p, to_columns(users)),
        "plateforme/appareils.parquet": lambda p: write_parquet(p, to_columns(devices)),
        "plateforme/interventions.csv": lambda p: write_csv_records(p, interventions),
        "plateforme/connexions.parquet": lambda p: write_parquet(p, to_columns(logins)),
        "exports/crm_techniciens.csv": lambda p: write_csv(
            p, _CRM_CSV_HEADER, crm, delimiter=";", encoding="cp1252", lineterminator="\r\n"),
        "typeform/candidatures_techniciens.ndjson": lambda p: write_ndjson(p, typeform),
        "web/visites.parquet": lambda p: write_parquet(p, to_columns(visits)),
        "intercom/conversations.ndjson": lambda p: write_ndjson(p, conversations),
        "partage/contacts_salon_2019.csv": lambda p: write_csv_records(
            p, fair, encoding="utf-8-sig"),
    }
