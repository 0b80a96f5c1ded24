"""WeGroup (Belgium, English policy): users, visitors, customer contacts, subscribers, in one
DuckDB file.

Planted (see :mod:`flows.demo.problems`): users' national numbers (§3.1.3 lists none), visitors'
web sessions joined to their emails, and the conversations of the assistant Louise, which §11
puts outside the policy.
"""

from __future__ import annotations

import string
from datetime import date
from decimal import Decimal

from flows.demo.values import Gen, company_domain
from flows.demo.vocab import BE_TOWNS, USER_AGENTS, WG_BROKERS, WG_MESSAGES, WG_NOTES, WG_SURVEY
from flows.demo.writers import Columns, to_columns


def tables(today: date) -> dict[str, Columns]:
    """Table name -> columns, every date counted back from ``today``."""
    g = Gen("wegroup", "users", today)
    users = []
    for i in range(420):
        sex, first, last = g.person("be")
        employer = g.pick(WG_BROKERS)
        users.append({
            "user_id": 7001 + i, "first_name": first, "last_name": last,
            "email": g.email(first, last, "be", company_domain(employer, ".be")),
            "employer": employer,
            "role": g.pick(["broker", "broker", "account manager", "admin"]),
            "created_at": g.ts_ago(30, 4 * 365), "last_login_at": g.ts_ago(0, 120),
            "_sex": sex,
        })
    user_ids = [u["user_id"] for u in users]

    g = Gen("wegroup", "user_profiles", today)
    profiles = []
    for u in users:
        born = g.dob(23, 64)
        profiles.append({
            "user_id": u["user_id"], "gender": u["_sex"], "date_of_birth": born,
            "phone": g.phone("be"), "address": g.be_address(),
            "avatar_url": f"https://cdn.wegroup.be/avatars/u_{u['user_id']}.png",
            "job_title": g.pick(["Insurance broker", "Office manager", "Claims handler"]),
            "national_number": g.be_national_number(u["_sex"], born),
            "updated_at": g.ts_ago(0, 500),
        })
    for u in users:
        del u["_sex"]

    g = Gen("wegroup", "transactions", today)
    emails = {u["user_id"]: u["email"] for u in users}
    transactions = []
    for i in range(1200):
        uid = g.pick(user_ids)
        plan, price = g.pick([("Louise Starter", 49), ("Louise Pro", 149), ("Enterprise", 590)])
        transactions.append({
            "transaction_id": f"TX-{today.year - 3}-{i + 1:06d}", "user_id": uid, "plan": plan,
            "amount_eur": Decimal(price), "card_number": g.card(),
            "card_expiry": f"{g.r.randint(1, 12):02d}/{(today.year + g.r.randint(0, 4)) % 100:02d}",
            "billing_email": emails[uid], "status": g.pick(["paid"] * 10 + ["failed"]),
            "created_at": g.ts_ago(1, 3 * 365),
        })

    g = Gen("wegroup", "survey_responses", today)
    surveys = [{
        "response_id": 30001 + i, "user_id": g.pick(user_ids), "submitted_at": g.ts_ago(1, 700),
        "nps_score": g.r.randint(3, 10), "answer": g.pick(WG_SURVEY),
    } for i in range(300)]

    g = Gen("wegroup", "web_sessions", today)
    sessions = []
    for i in range(3000):
        _, kind, _, os_name, browser, version = g.pick(USER_AGENTS)
        postcode, town = g.pick(BE_TOWNS)
        identified = g.chance(0.6)
        sessions.append({
            "session_id": g.code("s_", 18, string.ascii_lowercase + string.digits),
            "ip_address": g.ipv4(), "country": "BE", "city": town, "browser": browser,
            "browser_version": version, "os": os_name,
            "referrer": g.pick(["google.com", "linkedin.com", "direct", "wegroup.be/blog"]),
            "duration_s": g.r.randint(5, 1800), "page_views": g.r.randint(1, 25),
            "started_at": g.ts_ago(0, 365),
            "email": g.someone_email("be") if identified else None,
        })

    g = Gen("wegroup", "customer_contacts", today)
    contacts = []
    for i in range(350):
        sex, first, last = g.person("be")
        employer = g.pick(WG_BROKERS)
        contacts.append({
            "contact_id": 40001 + i, "full_name": f"{first} {last}", "employer": employer,
            "position": g.pick(["zaakvoerder", "office manager", "gérant", "broker"]),
            "email": g.email(first, last, "be", company_domain(employer, ".be")),
            "phone": g.phone("be"),
            "last_interaction_at": g.ts_ago(0, 600), "notes": g.pick(WG_NOTES),
        })

    g = Gen("wegroup", "newsletter_subscribers", today)
    subscribers = []
    for i in range(900):
        subscribed = g.ts_ago(10, 4 * 365)
        subscribers.append({
            "subscriber_id": 50001 + i, "email": g.someone_email("be"),
            "subscribed_at": subscribed,
            "consent_source": g.pick(["website footer", "webinar", "whitepaper download"]),
            "unsubscribed_at": g.ts_ago(1, 9) if g.chance(0.1) else None,
        })

    g = Gen("wegroup", "contact_form_messages", today)
    messages = []
    for i in range(250):
        sex, first, last = g.person("be")
        subject, body = g.pick(WG_MESSAGES)
        messages.append({
            "message_id": 60001 + i, "sender_name": f"{first} {last}",
            "sender_email": g.email(first, last, "be"), "subject": subject, "body": body,
            "received_at": g.ts_ago(0, 700),
            "page_url": g.pick(["https://www.wegroup.be/contact", "https://www.wegroup.be/pricing"]),
        })

    g = Gen("wegroup", "louise_conversations", today)
    louise = [{
        "conversation_id": g.code("lc_", 16, string.ascii_lowercase + string.digits),
        "broker_user_id": g.pick(user_ids), "customer_email": g.someone_email("be"),
        "channel": g.pick(["whatsapp", "web", "email"]),
        "intent": g.pick(["claim_report", "quote_request", "policy_question"]),
        "started_at": g.ts_ago(0, 500), "message_count": g.r.randint(2, 40),
    } for _ in range(300)]

    return {
        "users": to_columns(users), "user_profiles": to_columns(profiles),
        "transactions": to_columns(transactions), "survey_responses": to_columns(surveys),
        "web_sessions": to_columns(sessions), "customer_contacts": to_columns(contacts),
        "newsletter_subscribers": to_columns(subscribers),
        "contact_form_messages": to_columns(messages), "louise_conversations": to_columns(louise),
    }
