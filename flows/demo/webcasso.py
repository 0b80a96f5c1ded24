"""Webcasso (the Netherlands, Dutch policy): debiteuren, opdrachtgevers, prospects,
leveranciers, sollicitanten, in one DuckDB file.

Planted (see :mod:`flows.demo.problems`): debtors' BSN in clear in the bailiff hand-overs (the
policy promises it masked), applicants' BSN, and payments kept past the 7-year fiscal duty.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from flows.demo.problems import WEBCASSO_STALE_PAYMENTS
from flows.demo.values import Gen, company_domain, company_surname
from flows.demo.vocab import LAST, NL_TOWNS, WC_CLIENT_WORDS, WC_SUMMARIES
from flows.demo.writers import Columns, to_columns

_GESLACHT = {"F": "V", "M": "M"}


def _client_company(g: Gen) -> str:
    """A client (or prospect) company as Dutch registers spell it: 'Van den Berg Telecom B.V.'."""
    return f"{company_surname(g.pick(LAST['nl']))} {g.pick(WC_CLIENT_WORDS)} B.V."


def tables(today: date) -> dict[str, Columns]:
    """Table name -> columns, every date counted back from ``today``."""
    g = Gen("webcasso", "debiteuren", today)
    debtors = []
    for i in range(2000):
        sex, first, last = g.person("nl")
        street, postcode, town = g.nl_address()
        opened = g.days_ago(20, 4 * 365)
        closed = g.days_ago(1, (today - opened).days) if g.chance(0.45) else None
        debtors.append({
            "debiteurnummer": f"D{1_000_000 + i * 3}", "voornaam": first, "achternaam": last,
            "geslacht": _GESLACHT[sex], "geboortedatum": g.dob(19, 85),
            "straat_huisnummer": street, "postcode": postcode, "woonplaats": town,
            "email": g.email(first, last, "nl"), "telefoon": g.nl_phone(),
            "iban": g.iban("nl"), "kvk_nummer": g.digits(8) if g.chance(0.2) else None,
            "openstaand_bedrag": Decimal(0) if closed else g.amount(35, 4800),
            "status": ("gesloten" if closed else
                       g.pick(["open", "open", "betalingsregeling", "overgedragen aan deurwaarder"])),
            "dossier_geopend_op": opened, "dossier_gesloten_op": closed,
        })
    debtor_ids = [d["debiteurnummer"] for d in debtors]

    g = Gen("webcasso", "betalingen", today)
    total = 4000 + WEBCASSO_STALE_PAYMENTS
    stale_rows = set(g.r.sample(range(total), WEBCASSO_STALE_PAYMENTS))
    payments = []
    for i in range(total):
        if i in stale_rows:   # booked 9 or 10 fiscal years ago: past 7 years after that year's end
            booked = date(today.year - g.pick([9, 10]), g.r.randint(1, 12), g.r.randint(1, 28))
            debtor = f"D{g.r.randint(100_000, 900_000)}"     # master record long deleted
        else:                 # at most 5 years ago: inside the 7 years whatever the day
            booked = g.days_ago(1, 5 * 365)
            debtor = g.pick(debtor_ids)
        payments.append({
            "betaling_id": 2_000_001 + i, "debiteurnummer": debtor,
            "dossiernummer": f"WC-{booked.year}-{g.r.randint(1, 99999):05d}",
            "bedrag": g.amount(10, 1500), "boekdatum": booked,
            "betaalwijze": g.pick(["iDEAL", "overboeking", "overboeking", "incasso"]),
            "iban_tegenrekening": g.iban("nl"),
        })

    g = Gen("webcasso", "telefoongesprekken", today)
    calls = []
    for i in range(800):
        start = g.ts_ago(1, 2 * 365)
        calls.append({
            "gesprek_id": 90001 + i, "debiteurnummer": g.pick(debtor_ids),
            "richting": g.pick(["inkomend", "uitgaand"]), "gestart_op": start,
            "duur_sec": g.r.randint(30, 900),
            "opname_bestand": f"opnames/{start:%Y/%m}/gesprek_{90001 + i}.wav",
            "samenvatting": g.pick(WC_SUMMARIES),
        })

    g = Gen("webcasso", "identiteitsbewijzen", today)
    ids = []
    for i in range(150):
        received = g.ts_ago(1, 3 * 365)
        ids.append({
            "id": i + 1, "debiteurnummer": g.pick(debtor_ids),
            "documentsoort": g.pick(["paspoort", "identiteitskaart", "rijbewijs"]),
            "documentnummer": g.nl_document_number(), "bsn_afgeschermd": True,
            "ontvangen_op": received,
            "vernietigd_op": received + timedelta(days=g.r.randint(1, 10)) if g.chance(0.8) else None,
        })

    g = Gen("webcasso", "deurwaarder_overdrachten", today)
    transfers = [{
        "overdracht_id": 11001 + i, "debiteurnummer": g.pick(debtor_ids),
        "deurwaarderskantoor": g.pick(["Gerechtsdeurwaarders Zuid-Holland",
                                       "Deurwaarderskantoor Van Dam & Partners",
                                       "Incasso- en Gerechtsdeurwaarderskantoor Maas"]),
        "bsn": g.bsn(), "vordering": g.amount(150, 9000), "overgedragen_op": g.days_ago(1, 3 * 365),
        "status": g.pick(["lopend", "beslag gelegd", "afgerond"]),
    } for i in range(120)]

    g = Gen("webcasso", "opdrachtgevers", today)
    clients = []
    for i in range(150):
        sex, first, last = g.person("nl")
        street, postcode, town = g.nl_address()
        name = _client_company(g)
        clients.append({
            "opdrachtgever_id": 401 + i, "bedrijfsnaam": name, "contactpersoon": f"{first} {last}",
            "kvk_nummer": g.digits(8), "btw_nummer": g.nl_btw(), "iban": g.iban("nl"),
            "email": g.email(first, last, "nl", company_domain(name, ".nl")),
            "telefoon": g.nl_phone("fixed"), "adres": street, "postcode": postcode,
            "plaats": town, "klant_sinds": g.days_ago(100, 12 * 365),
            "contract_beeindigd_op": g.days_ago(1, 3 * 365) if g.chance(0.12) else None,
        })
    client_ids = [c["opdrachtgever_id"] for c in clients]
    client_iban = {c["opdrachtgever_id"]: c["iban"] for c in clients}

    g = Gen("webcasso", "uitbetalingen", today)
    payouts = []
    for i in range(900):
        cid = g.pick(client_ids)
        paid = g.days_ago(1, 5 * 365)
        payouts.append({
            "uitbetaling_id": 300001 + i, "opdrachtgever_id": cid, "bedrag": g.amount(100, 25000),
            "iban": client_iban[cid],
            "omschrijving": f"Afdracht incasso's week {paid.isocalendar().week}",
            "uitbetaald_op": paid,
        })

    g = Gen("webcasso", "prospects", today)
    prospects = []
    for i in range(200):
        sex, first, last = g.person("nl")
        street, postcode, town = g.nl_address()
        name = _client_company(g)
        prospects.append({
            "prospect_id": 8001 + i, "naam": f"{first} {last}", "bedrijfsnaam": name,
            "email": g.email(first, last, "nl", company_domain(name, ".nl")),
            "telefoon": g.nl_phone("fixed"), "adres": street, "postcode": postcode,
            "plaats": town, "laatste_contact": g.days_ago(1, 2 * 365),
            "status": g.pick(["nieuw", "offerte verstuurd", "geen interesse"]),
        })

    g = Gen("webcasso", "leveranciers_contactpersonen", today)
    suppliers = []
    for i in range(60):
        sex, first, last = g.person("nl")
        street, postcode, town = g.nl_address()
        company = g.pick(["Drukkerij", "Schoonmaakbedrijf", "ICT Beheer", "Archiefopslag"])
        suppliers.append({
            "contactpersoon_id": 601 + i, "naam": f"{first} {last}",
            "leverancier": f"{company} {company_surname(g.pick(LAST['nl']))}",
            "email": g.email(first, last, "nl", company_domain(company, ".nl")),
            "telefoon": g.nl_phone("fixed"), "adres": f"{street}, {postcode} {town}",
        })

    g = Gen("webcasso", "sollicitanten", today)
    applicants = []
    for i in range(140):
        sex, first, last = g.person("nl")
        street, postcode, town = g.nl_address()
        applicants.append({
            "sollicitant_id": 1201 + i, "voornaam": first, "achternaam": last,
            "geslacht": _GESLACHT[sex], "geboortedatum": g.dob(18, 60),
            "geboorteplaats": g.pick(NL_TOWNS)[2], "email": g.email(first, last, "nl"),
            "telefoon": g.nl_phone(), "adres": street, "postcode": postcode, "woonplaats": town,
            "vacature": g.pick(["Incassomedewerker", "Juridisch medewerker",
                                "Klantenservicemedewerker", "Financieel administratief medewerker"]),
            "cv_bestand": f"cv/{today.year}/sollicitant_{1201 + i}.pdf",
            "status": g.pick(["ontvangen", "uitgenodigd", "afgewezen", "aangenomen"]),
            "gesolliciteerd_op": g.days_ago(1, 500), "bsn": g.bsn(),
        })

    return {
        "debiteuren": to_columns(debtors), "betalingen": to_columns(payments),
        "telefoongesprekken": to_columns(calls), "identiteitsbewijzen": to_columns(ids),
        "deurwaarder_overdrachten": to_columns(transfers), "opdrachtgevers": to_columns(clients),
        "uitbetalingen": to_columns(payouts), "prospects": to_columns(prospects),
        "leveranciers_contactpersonen": to_columns(suppliers),
        "sollicitanten": to_columns(applicants),
    }
