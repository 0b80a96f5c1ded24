"""Wemind (France, French policy): adhérents, ayants droit, contrats, transcriptions, in one
DuckDB file.

Planted (see :mod:`flows.demo.problems`): health data in support transcripts (the policy leaves it
to the insurers), IP addresses in the member-area activity log (the policy promises anonymous
statistics), and referred friends' emails, which no subject covers.
"""

from __future__ import annotations

import string
from datetime import date

import phonenumbers
from stdnum import iban as std_iban

from flows.demo.values import Gen
from flows.demo.vocab import LAST, WEMIND_ACTIVITIES, WEMIND_HEALTH, WEMIND_OTHER
from flows.demo.writers import Columns, to_columns


def tables(today: date) -> dict[str, Columns]:
    """Table name -> columns, every date counted back from ``today``."""
    g = Gen("wemind", "adherents", today)
    members = []
    for i in range(1500):
        sex, first, last = g.person("fr")
        born = g.dob(21, 66)
        street, postcode, town, _, _ = g.fr_address()
        joined = g.days_ago(30, 6 * 365)
        left = g.days_ago(1, 700) if g.chance(0.15) else None
        if left is not None and left <= joined:
            left = None
        members.append({
            "adherent_id": 10001 + i, "prenom": first, "nom": last, "date_de_naissance": born,
            "email": g.email(first, last, "fr"),
            "telephone": g.phone("fr", fmt=phonenumbers.PhoneNumberFormat.E164),
            "adresse": street, "code_postal": postcode, "ville": town, "nir": g.nir(sex, born),
            "situation_familiale": g.pick(["célibataire", "marié(e)", "pacsé(e)", "divorcé(e)"]),
            "nombre_enfants": g.pick([0, 0, 0, 1, 1, 2, 2, 3]), "date_adhesion": joined,
            "date_resiliation": left, "statut": "résilié" if left else "actif",
        })
    member_ids = [m["adherent_id"] for m in members]

    g = Gen("wemind", "entreprises", today)
    companies = []
    for m in members:
        activity, naf = g.pick(WEMIND_ACTIVITIES)
        siren = g.siren()
        companies.append({
            "entreprise_id": m["adherent_id"] + 50000, "adherent_id": m["adherent_id"],
            "raison_sociale": g.pick([f"{m['prenom']} {m['nom']} Conseil",
                                      f"{m['nom']} Studio", f"{m['prenom'][0]}{m['nom'][0]} Digital"]),
            "siren": siren, "siret": g.siret(siren),
            "forme_juridique": g.pick(["Micro-entreprise", "Micro-entreprise", "EURL", "SASU", "EI"]),
            "code_naf": naf, "activite": activity,
            "chiffre_affaires_annuel": g.amount(12000, 180000),
            "date_creation": g.days_ago(200, 12 * 365),
        })

    g = Gen("wemind", "contrats", today)
    contracts = []
    for i in range(2400):
        start = g.days_ago(30, 5 * 365)
        contracts.append({
            "contrat_id": f"WMD-{start.year}-{i + 1:06d}", "adherent_id": g.pick(member_ids),
            "produit": g.pick(["Prévoyance", "Protection Revenu", "RC Pro", "Multirisque Bureau"]),
            "formule": g.pick(["Essentielle", "Confort", "Premium"]),
            "options": g.pick(["", "Option famille", "Rachat de franchise"]),
            "cotisation_mensuelle": g.amount(14, 160), "date_effet": start,
            "date_resiliation": g.days_ago(1, 300) if g.chance(0.1) else None,
            "assureur": g.pick(["Generali", "AXA", "Allianz", "Hiscox", "MMA"]),
        })

    g = Gen("wemind", "paiements", today)
    member_iban = {mid: g.iban("fr") for mid in member_ids}
    payments = []
    for i in range(4000):
        c = g.pick(contracts)
        payments.append({
            "paiement_id": 800001 + i, "contrat_id": c["contrat_id"],
            "adherent_id": c["adherent_id"],
            "iban": std_iban.format(member_iban[c["adherent_id"]]),
            "mandat_sepa": f"WMD-MDT-{c['adherent_id']:08d}", "montant": c["cotisation_mensuelle"],
            "date_prelevement": g.days_ago(1, 3 * 365),
            "statut": g.pick(["payé"] * 18 + ["rejeté", "en attente"]),
        })

    g = Gen("wemind", "ayants_droit", today)
    family = []
    for i in range(900):
        m = g.pick(members)
        child = g.chance(0.6)
        sex, first, _ = g.person("fr")
        born = g.dob(1, 17) if child else g.dob(22, 65)
        family.append({
            "ayant_droit_id": 20001 + i, "adherent_id": m["adherent_id"],
            "lien": "enfant" if child else "conjoint", "prenom": first,
            "nom": m["nom"] if child or g.chance(0.5) else g.pick(LAST["fr"]),
            "date_de_naissance": born, "nir": g.nir(sex, born),
        })

    g = Gen("wemind", "evenements_espace_membre", today)
    events = [{
        "evenement_id": 3_000_001 + i, "adherent_id": g.pick(member_ids),
        "action": g.pick(["connexion", "connexion", "consultation_offre",
                          "telechargement_attestation", "parrainage_envoye",
                          "modification_coordonnees"]),
        "horodatage": g.ts_ago(0, 2 * 365), "adresse_ip": g.ipv4(),
        "navigateur": g.pick(["Chrome 126", "Safari 17", "Firefox 127", "Edge 126"]),
    } for i in range(3000)]

    g = Gen("wemind", "transcriptions_support", today)
    transcripts = [{
        "appel_id": 40001 + i, "adherent_id": g.pick(member_ids),
        "canal": g.pick(["téléphone", "messagerie"]), "debut": g.ts_ago(1, 2 * 365),
        "duree_secondes": g.r.randint(60, 1500),
        "transcription": g.pick(WEMIND_HEALTH) if g.chance(0.4) else g.pick(WEMIND_OTHER),
    } for i in range(500)]

    g = Gen("wemind", "parrainages", today)
    referrals = [{
        "parrainage_id": 60001 + i, "parrain_adherent_id": g.pick(member_ids),
        "filleul_email": g.someone_email("fr"),
        "code_parrainage": g.code("WEMIND-", 6, string.ascii_uppercase + string.digits),
        "invite_le": g.days_ago(1, 3 * 365),
        "statut": g.pick(["invité", "inscrit", "expiré"]),
    } for i in range(200)]

    return {
        "adherents": to_columns(members), "entreprises": to_columns(companies),
        "contrats": to_columns(contracts), "paiements": to_columns(payments),
        "ayants_droit": to_columns(family), "evenements_espace_membre": to_columns(events),
        "transcriptions_support": to_columns(transcripts), "parrainages": to_columns(referrals),
    }
