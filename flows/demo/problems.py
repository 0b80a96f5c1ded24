"""What is planted in the demo warehouses: each problem a check must report, and why.

A plain list (no I/O), so tests, golden files and the builders can all state against it:
``tests/catalog/expected/<org>.yaml`` must agree with :data:`PLANTED`, and the builders of
Wecasa's prospects and Webcasso's payments take their stale row counts from here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Planted:
    """One planted problem: where it is, what a check must call it, and which columns hold the
    identifier values that must never reach the catalog.

    ``column`` is the column holding the entity; for ``over_retained`` it is the retention anchor
    (the catalog's over_retained view reports the anchor column); for ``unbound`` it is None (one
    violation per asset). ``entity`` is None for ``over_retained``; for ``unbound`` it is the only
    entity the asset holds.
    """

    org: str
    kind: str
    asset: str
    column: str | None
    entity: str | None
    identifier_columns: tuple[str, ...]
    why: str
    rows: int | None = None


# Row counts of the over-retained plants (fixed: they do not depend on ``today``).
WECASA_STALE_PROSPECTS = 48
WEBCASSO_STALE_PAYMENTS = 120

PLANTED: tuple[Planted, ...] = (
    Planted("wecasa", "over_retained", "main.prospects", "last_contact_at", None,
            ("email", "siret"),
            "§6 keeps prospects three years from the last contact; these rows are 3-4.5 years old",
            rows=WECASA_STALE_PROSPECTS),
    Planted("wecasa", "undeclared", "main.customer_profiles", "date_of_birth", "DATE_OF_BIRTH",
            ("date_of_birth",),
            "§3.1 lists no date of birth for Customers (only §3.2 for Partners)"),
    Planted("wemaintain", "undeclared", "exports/crm_techniciens.csv", "Numéro de carte",
            "CREDIT_CARD", ("Numéro de carte",),
            "card numbers in the technicians' recruitment CRM; the policy declares no payment data"),
    Planted("wemaintain", "undeclared", "plateforme/connexions.parquet", "adresse_ip",
            "IP_ADDRESS", ("adresse_ip",),
            "Users' sign-in IP addresses; only Visiteurs' IP addresses are declared"),
    Planted("wemaintain", "unbound", "partage/contacts_salon_2019.csv", None, "EMAIL_ADDRESS",
            ("email",),
            "badge scans from a trade fair, about people the policy does not describe"),
    Planted("wemind", "special_category", "main.transcriptions_support", "transcription",
            "HEALTH_DATA", (),
            "members talk about illnesses and treatments; the policy says health data is handled by "
            "the insurers, not collected by Wemind"),
    Planted("wemind", "undeclared", "main.evenements_espace_membre", "adresse_ip", "IP_ADDRESS",
            ("adresse_ip",),
            "member activity logged with IP addresses; the policy says usage statistics are "
            "anonymous and not linked to the profile"),
    Planted("wemind", "unbound", "main.parrainages", None, "EMAIL_ADDRESS", ("filleul_email",),
            "emails of referred friends, who are not members; no subject covers them"),
    Planted("wegroup", "undeclared", "main.user_profiles", "national_number",
            "BE_NATIONAL_NUMBER", ("national_number",),
            "§3.1.3 profile data lists no national number"),
    Planted("wegroup", "undeclared", "main.web_sessions", "email", "EMAIL_ADDRESS", ("email",),
            "§3.1.1 usage data lists no email address: visitors' sessions joined to their emails"),
    Planted("wegroup", "unbound", "main.louise_conversations", None, "EMAIL_ADDRESS",
            ("customer_email",),
            "§11: data processed for the assistant Louise as a processor is outside the policy"),
    Planted("webcasso", "special_category", "main.deurwaarder_overdrachten", "bsn", "NL_BSN",
            ("bsn",),
            "BSN in clear for debtors; the policy says the BSN is kept masked (afgeschermd)"),
    Planted("webcasso", "undeclared", "main.sollicitanten", "bsn", "NL_BSN", ("bsn",),
            "applicants' BSN; the applicants' table of data lists none"),
    Planted("webcasso", "over_retained", "main.betalingen", "boekdatum", None,
            ("iban_tegenrekening",),
            "payments booked 9-10 fiscal years ago, past the 7-year fiscal duty",
            rows=WEBCASSO_STALE_PAYMENTS),
)


def planted(org: str | None = None) -> list[Planted]:
    """The planted problems, of one organisation or all."""
    return [p for p in PLANTED if org is None or p.org == org]
