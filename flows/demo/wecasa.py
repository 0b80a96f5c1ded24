"""Wecasa (France, English policy): customers, partners, prospects, in one DuckDB file.

Planted (see :mod:`flows.demo.problems`): prospects kept past §6's three years from the last
contact, and customers' dates of birth, which §3.1 does not declare.
"""

from __future__ import annotations

from datetime import date, timedelta

from flows.demo.problems import WECASA_STALE_PROSPECTS
from flows.demo.values import Gen
from flows.demo.vocab import SALON_NAMES, SALON_WORDS, WECASA_CHATS, WECASA_DEVICES, WECASA_SERVICES
from flows.demo.writers import Columns, to_columns

_TITLE = {"F": "Mme", "M": "M."}


def tables(today: date) -> dict[str, Columns]:
    """Table name -> columns, every date counted back from ``today``."""
    g = Gen("wecasa", "customers", today)
    customers = []
    for i in range(1200):
        sex, first, last = g.person("fr")
        street, postcode, town, lat, lon = g.fr_address()
        created = g.ts_ago(60, 6 * 365)
        ended = g.days_ago(10, 4 * 365 + 100) if g.chance(0.25) else None
        if ended is not None and ended < created.date():
            ended = created.date() + timedelta(days=30)
        customers.append({
            "customer_id": 100001 + i, "title": _TITLE[sex],
            "first_name": first, "last_name": last, "email": g.email(first, last, "fr"),
            "phone": g.phone("fr"), "street_address": street, "postal_code": postcode,
            "city": town, "latitude": lat, "longitude": lon, "signup_ip": g.ipv4(),
            "device": g.pick(WECASA_DEVICES), "marketing_opt_in": g.chance(0.4),
            "created_at": created, "relationship_ended_at": ended,
        })
    first_names = {c["customer_id"]: c["first_name"] for c in customers}
    customer_ids = list(first_names)

    g = Gen("wecasa", "customer_profiles", today)
    profiles = [{
        "customer_id": cid, "date_of_birth": g.dob(19, 80),
        "preferred_service": g.pick(WECASA_SERVICES),
        "newsletter_frequency": g.pick(["weekly", "monthly", "never"]),
        "updated_at": g.ts_ago(1, 900),
    } for cid in customer_ids]

    g = Gen("wecasa", "partners", today)
    partners = []
    for i in range(300):
        sex, first, last = g.person("fr")
        street, postcode, town, lat, lon = g.fr_address()
        siren = g.siren()
        iban = g.iban("fr")
        created = g.ts_ago(200, 7 * 365)
        partners.append({
            "partner_id": 5001 + i, "title": _TITLE[sex], "first_name": first,
            "last_name": last, "date_of_birth": g.dob(20, 64), "id_card_number": g.fr_id_card(),
            "siret": g.siret(siren), "vat_number": g.fr_vat(siren), "iban": iban,
            "bic": g.fr_bic(iban), "email": g.email(first, last, "fr"), "phone": g.phone("fr"),
            "street_address": street, "postal_code": postcode, "city": town, "latitude": lat,
            "longitude": lon, "services": ", ".join(sorted({g.pick(WECASA_SERVICES)
                                                            for _ in range(2)})),
            "score": g.amount(3.2, 5.0), "certified": g.chance(0.7), "created_at": created,
            "relationship_ended_at": g.days_ago(10, 4 * 365 + 100) if g.chance(0.2) else None,
        })
    partner_ids = [p["partner_id"] for p in partners]

    g = Gen("wecasa", "bookings", today)
    bookings = []
    for i in range(3000):
        when = g.ts_ago(-30, 3 * 365)
        bookings.append({
            "booking_id": f"BK-{2000000 + i * 7}", "customer_id": g.pick(customer_ids),
            "partner_id": g.pick(partner_ids), "service": g.pick(WECASA_SERVICES),
            "booked_for": when, "duration_min": g.pick([30, 45, 60, 90, 120]),
            "price_eur": g.amount(25, 180),
            "status": ("scheduled" if when.date() > today
                       else g.pick(["completed"] * 8 + ["cancelled", "no_show"])),
            "created_at": when - timedelta(days=g.r.randint(1, 20), hours=g.r.randint(0, 12)),
        })

    g = Gen("wecasa", "payments", today)
    payments = []
    for b in bookings:
        if b["status"] not in ("completed", "no_show"):
            continue
        payments.append({
            "payment_id": g.code("ch_", 24), "booking_id": b["booking_id"],
            "customer_id": b["customer_id"], "card_number": g.card(),
            "card_brand": g.pick(["visa", "mastercard", "cb"]), "amount_eur": b["price_eur"],
            "currency": "EUR", "status": g.pick(["succeeded"] * 12 + ["refunded", "failed"]),
            "paid_at": b["booked_for"] + timedelta(hours=2),
        })

    g = Gen("wecasa", "customer_chats", today)
    chats = []
    for i in range(400):
        cid = g.pick(customer_ids)
        chats.append({
            "chat_id": 70001 + i, "customer_id": cid, "channel": g.pick(["chat", "chat", "phone"]),
            "started_at": g.ts_ago(1, 2 * 365),
            "transcript": g.pick(WECASA_CHATS).format(first=first_names[cid]),
            "resolved": g.chance(0.9),
        })

    g = Gen("wecasa", "partner_payouts", today)
    ibans = {p["partner_id"]: p["iban"] for p in partners}
    payouts = []
    for i in range(1500):
        pid = g.pick(partner_ids)
        end = g.days_ago(1, 3 * 365)
        payouts.append({
            "payout_id": g.code("po_", 20), "partner_id": pid, "iban": ibans[pid],
            "amount_eur": g.amount(80, 2400), "period_start": end - timedelta(days=13),
            "period_end": end, "paid_at": g.moment(end + timedelta(days=2)),
            "status": g.pick(["paid"] * 15 + ["pending", "failed"]),
        })

    g = Gen("wecasa", "prospects", today)
    stale_rows = set(g.r.sample(range(600), WECASA_STALE_PROSPECTS))
    prospects = []
    for i in range(600):
        sex, first, last = g.person("fr")
        street, postcode, town, _, _ = g.fr_address()
        siren = g.siren()
        if i in stale_rows:   # §6: three years from the last contact; these are 3y4m to 4y6m old
            last_contact = g.days_ago(3 * 365 + 120, 4 * 365 + 180)
        else:       # at most 2y5m old: never near the 3-year line, whatever the day
            last_contact = g.days_ago(2, 2 * 365 + 150)
        collected = last_contact - timedelta(days=g.r.randint(0, 400))
        company = (f"{g.pick(SALON_WORDS)} {g.pick(SALON_NAMES)}" if g.chance(0.7)
                   else f"{last} Coiffure")
        prospects.append({
            "prospect_id": 900001 + i, "title": _TITLE[sex],
            "first_name": first, "last_name": last, "company_name": company,
            "rcs_number": g.rcs(siren, town.split("-")[0]), "siret": g.siret(siren),
            "email": g.email(first, last, "fr"), "phone": g.phone("fr"),
            "postal_address": f"{street}, {postcode} {town}",
            "source": g.pick(["PagesJaunes", "Planity", "Google Maps", "Salon professionnel"]),
            "status": g.pick(["new", "contacted", "contacted", "not_interested"]),
            "collected_at": collected, "last_contact_at": last_contact,
        })
    return {
        "customers": to_columns(customers), "customer_profiles": to_columns(profiles),
        "bookings": to_columns(bookings), "payments": to_columns(payments),
        "customer_chats": to_columns(chats), "partners": to_columns(partners),
        "partner_payouts": to_columns(payouts), "prospects": to_columns(prospects),
    }
