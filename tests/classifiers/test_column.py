"""The column classifier on a table of columns with their expected classification.

Every row is a column: a name (real, or obfuscated like ``c1``), values, and the one entity it
holds or ``None``. Decoys sit next to the real thing: random 9-digit order numbers (1 in 11 passes
the BSN 11-proef), 16-digit batch numbers (1 in 10 passes Luhn), EAN-13 barcodes, ISINs, BICs,
UUIDs, amounts, dates that are not birth dates, lists of towns, and names that promise what the
values do not hold.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from typing import Any, Callable

import phonenumbers
import pyarrow as pa
import pytest

from classifiers.column import ColumnProfiler, classify_column, classify_table, explain_column
from classifiers.model import ColumnSample

from . import gen

ROWS = 600

REAL_IBANS = ["GB82 WEST 1234 5698 7654 32", "DE89 3704 0044 0532 0130 00", "FR14 2004 1010 0505 0001 3M02 606",
              "NL91 ABNA 0417 1643 00", "BE31435411161155", "ES91 2100 0418 4502 0005 1332"]
REAL_CARDS = ["4111 1111 1111 1111", "5555555555554444", "378282246310005", "6011111111111117", "3530111333300000"]
BICS = ["BNPAFRPP", "ABNANL2A", "GEBABEBB", "DEUTDEFF", "INGBNL2A", "KREDBEBB", "RABONL2U", "SOGEFRPP", "CRLYFRPP"]


def _styled(rng: random.Random, value: str, every: int = 4) -> str:
    """Some values with spaces every 4 characters, some lower case, some as they are."""
    roll = rng.random()
    if roll < 0.3:
        return " ".join(value[i : i + every] for i in range(0, len(value), every))
    if roll < 0.4:
        return value.lower()
    return value


def _with_nulls(rng: random.Random, values: list[Any], rate: float = 0.05) -> list[Any]:
    return [None if rng.random() < rate else v for v in values]


def _bsn_dotted(value: str) -> str:
    return f"{value[:4]}.{value[4:6]}.{value[6:]}"


def _nir_spaced(v: str) -> str:
    return " ".join([v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:]])


def _nn_dotted(v: str) -> str:
    return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"


# name, factory(rng) -> values (list or Arrow), expected entity or None
COLUMNS: list[tuple[str, Callable[[random.Random], Any], str | None]] = [
    # --- identifiers
    ("bsn", lambda r: _with_nulls(r, [_bsn_dotted(gen.gen_bsn(r)) if r.random() < 0.3 else gen.gen_bsn(r) for _ in range(ROWS)] + ["111222333", "123456782"]), "NL_BSN"),
    ("c1", lambda r: [gen.gen_bsn(r) for _ in range(ROWS)], "NL_BSN"),
    ("x_nr", lambda r: pa.array([int(gen.gen_bsn(r, leading_zero=r.random() < 0.3)) for _ in range(ROWS)], pa.int64()), "NL_BSN"),
    ("sofinummer", lambda r: pa.array([float(gen.gen_bsn(r)) if r.random() > 0.1 else None for _ in range(ROWS)], pa.float64()), "NL_BSN"),
    ("siren", lambda r: [gen.gen_siren(r) for _ in range(ROWS)] + ["404833048", "552 008 443"], "FR_SIREN"),
    ("c2", lambda r: [gen.gen_siren(r) for _ in range(ROWS)], "FR_SIREN"),
    ("siret", lambda r: [gen.gen_siret(r) for _ in range(ROWS)] + ["732 829 320 00074", "356 000 000 09075"], "FR_SIRET"),
    ("num_secu", lambda r: [_nir_spaced(gen.gen_nir(r)) if r.random() < 0.5 else gen.gen_nir(r) for _ in range(ROWS)] + ["253072B07300470", "2 95 10 99 126 111 93"], "FR_NIR"),
    ("col_7", lambda r: [gen.gen_nir(r) for _ in range(ROWS)], "FR_NIR"),
    ("rijksregisternummer", lambda r: [_nn_dotted(gen.gen_be_nn(r)) for _ in range(ROWS)] + ["85.07.30-033.28", "17 07 30 033 84"], "BE_NATIONAL_NUMBER"),
    ("c3", lambda r: pa.array([int(gen.gen_be_nn(r, year=r.choice([1975, 1988, 2003, 2007]))) for _ in range(ROWS)], pa.int64()), "BE_NATIONAL_NUMBER"),
    ("rekeningnummer", lambda r: [_styled(r, gen.gen_iban(r, r.choice(["NL", "BE", "FR", "DE", "GB"]))) for _ in range(ROWS)] + REAL_IBANS, "IBAN_CODE"),
    ("c4", lambda r: [gen.gen_iban(r, "NL") for _ in range(ROWS)], "IBAN_CODE"),
    ("card_number", lambda r: _with_nulls(r, [_styled(r, gen.gen_card(r)) for _ in range(ROWS)] + REAL_CARDS, 0.15), "CREDIT_CARD"),
    ("cc_pan", lambda r: pa.array([int(gen.gen_card(r)) for _ in range(ROWS)], pa.int64()), "CREDIT_CARD"),
    ("num_tva", lambda r: [gen.gen_fr_vat(r) for _ in range(ROWS)] + ["FR 40 303 265 045", "fr40303265045"], "VAT_NUMBER"),
    ("btw", lambda r: [r.choice(["BE0403019261", "0403.019.261", "NL004495445B01", "BE 428759497", "NL002455799B11"]) for _ in range(ROWS)], "VAT_NUMBER"),
    # --- contact
    ("courriel", lambda r: _with_nulls(r, [gen.gen_email(r) for _ in range(ROWS)]), "EMAIL_ADDRESS"),
    ("c5", lambda r: [gen.gen_email(r) for _ in range(ROWS)], "EMAIL_ADDRESS"),
    ("telefoon", lambda r: _with_nulls(r, [gen.gen_phone(r, r.choice(["FR", "NL", "BE"])) for _ in range(ROWS)], 0.1), "PHONE_NUMBER"),
    ("c6", lambda r: [gen.gen_phone(r, "NL") for _ in range(ROWS)], "PHONE_NUMBER"),
    # a BIGINT phone column: 0470 12 34 56 stored as 470123456
    ("gsm", lambda r: pa.array([phonenumbers.parse(gen.gen_phone(r, "BE"), "BE").national_number for _ in range(ROWS)], pa.int64()), "PHONE_NUMBER"),
    ("client_ip", lambda r: [gen.gen_ip(r) for _ in range(ROWS)] + ["192.0.2.1", "2001:db8::1"], "IP_ADDRESS"),
    ("adresse", lambda r: [gen.gen_fr_address(r) for _ in range(ROWS)], "POSTAL_ADDRESS"),
    ("c7", lambda r: [gen.gen_nl_address(r) for _ in range(ROWS)], "POSTAL_ADDRESS"),
    ("adres", lambda r: [gen.gen_be_address(r) for _ in range(ROWS)], "POSTAL_ADDRESS"),
    ("postcode_nl", lambda r: [f"{r.randint(1000, 9999)} {r.choice(['AB', 'CD', 'JS', 'GV'])}" for _ in range(ROWS)], "POSTAL_ADDRESS"),
    # --- identity
    ("naam", lambda r: [f"{r.choice(gen.FIRST)} {r.choice(gen.LAST)}" for _ in range(ROWS)], "PERSON"),
    ("nom", lambda r: [r.choice(gen.LAST).upper() for _ in range(ROWS)], "PERSON"),
    ("prenom", lambda r: [r.choice(gen.FIRST) for _ in range(ROWS)], "PERSON"),
    ("c8", lambda r: [f"{r.choice(gen.LAST)} {r.choice(gen.FIRST)}" for _ in range(ROWS)], "PERSON"),
    ("geboortedatum", lambda r: pa.array([gen.gen_dob(r) for _ in range(ROWS)], pa.date32()), "DATE_OF_BIRTH"),
    ("date_naissance", lambda r: [f"{gen.gen_dob(r):%d/%m/%Y}" for _ in range(ROWS)], "DATE_OF_BIRTH"),
    ("date_of_birth", lambda r: [gen.gen_dob(r).isoformat() for _ in range(ROWS)], "DATE_OF_BIRTH"),
    ("col_10", lambda r: pa.array([gen.gen_dob(r, 1940, 2005) for _ in range(ROWS)], pa.date32()), "DATE_OF_BIRTH"),
    ("kinderen_geboortedatum", lambda r: [gen.gen_dob(r, 2008, 2018) for _ in range(ROWS)], "DATE_OF_BIRTH"),
    # --- special category
    ("diagnose", lambda r: [r.choice(["Diabète de type 2", "asthme sévère", "dépression", "hypertension", "zwangerschap", "migraine chronique"]) for _ in range(ROWS)], "HEALTH_DATA"),
    # --- decoys
    ("order_no", lambda r: [gen.digits(r, 9) for _ in range(ROWS)], None),
    ("c9", lambda r: [str(r.randint(100_000_000, 999_999_999)) for _ in range(ROWS)], None),
    ("order_id", lambda r: pa.array([r.randint(100_000_000, 999_999_999) for _ in range(ROWS)], pa.int64()), None),
    ("batch_no", lambda r: [gen.digits(r, 16) for _ in range(ROWS)], None),
    ("c10", lambda r: [str(r.randint(4 * 10**15, 5 * 10**15 - 1)) for _ in range(ROWS)], None),  # all in the Visa range
    ("c11", lambda r: [gen.digits(r, 14) for _ in range(ROWS)], None),  # SIRET length
    ("c12", lambda r: [gen.digits(r, 11) for _ in range(ROWS)], None),  # BE national number length
    ("ean", lambda r: [gen.gen_ean13(r) for _ in range(ROWS)] + ["4006381333931", "9780471117094"], None),
    ("x_code", lambda r: [gen.gen_ean13(r) for _ in range(ROWS)], None),
    ("isin", lambda r: [gen.gen_isin(r) for _ in range(ROWS)] + ["US0378331005", "NL0000235190", "BE0003470755"], None),
    ("bic", lambda r: [r.choice(BICS) for _ in range(ROWS)], None),
    ("tracking_id", lambda r: [gen.gen_uuid(r) for _ in range(ROWS)], None),
    ("session", lambda r: [f"{r.getrandbits(128):032x}" for _ in range(ROWS)], None),
    ("amount_eur", lambda r: [round(r.uniform(1, 900), 2) for _ in range(ROWS)], None),
    ("qty", lambda r: pa.array([r.randint(1, 99) for _ in range(ROWS)], pa.int32()), None),
    ("created_at", lambda r: pa.array([dt.datetime.combine(gen.gen_recent(r), dt.time(r.randint(0, 23), r.randint(0, 59))) for _ in range(ROWS)], pa.timestamp("s")), None),
    ("order_date", lambda r: [gen.gen_recent(r).isoformat() for _ in range(ROWS)], None),
    ("date_embauche", lambda r: pa.array([gen.gen_recent(r, dt.date(1995, 1, 1)) for _ in range(ROWS)], pa.date32()), None),
    ("c13", lambda r: pa.array([gen.gen_recent(r, dt.date(2012, 1, 1)) for _ in range(ROWS)], pa.date32()), None),
    ("ville", lambda r: [r.choice(gen.CITIES) for _ in range(ROWS)], None),
    ("c14", lambda r: [r.choice(gen.CITIES) for _ in range(ROWS)], None),
    ("status", lambda r: [r.choice(["active", "closed", "pending"]) for _ in range(ROWS)], None),
    ("product", lambda r: [r.choice(["Chaise", "Table basse", "Lampe", "Canapé", "Bureau"]) for _ in range(ROWS)], None),
    ("code_naf", lambda r: [r.choice(["62.01Z", "47.11B", "56.10A", "86.21Z"]) for _ in range(ROWS)], None),
    ("version", lambda r: [f"{r.randint(1, 3)}.{r.randint(0, 9)}.{r.randint(0, 20)}" for _ in range(ROWS)], None),
    # --- names that promise what the values do not hold
    ("iban", lambda r: [gen.digits(r, 9) for _ in range(ROWS)], None),
    ("email", lambda r: [r.choice(["Chaise", "Table basse", "Lampe"]) for _ in range(ROWS)], None),
    ("date_naissance", lambda r: [gen.gen_recent(r, dt.date(2023, 1, 1)).isoformat() for _ in range(ROWS)], None),
    ("bsn", lambda r: [None] * ROWS, None),
]


def _sample(name: str, factory, seed: int = 7) -> tuple[ColumnSample, Any]:
    rng = random.Random(f"{seed}:{name}")
    values = factory(rng)
    return ColumnSample(name, values), values


@pytest.mark.parametrize(("name", "factory", "expected"), COLUMNS, ids=[c[0] for c in COLUMNS])
def test_column_classification(name, factory, expected):
    sample, _ = _sample(name, factory)
    findings = classify_column(sample, hash_key=b"k" * 16)
    entities = [f.entity for f in findings]
    assert entities == ([expected] if expected else []), explain_column(sample)
    for finding in findings:
        assert finding.score >= 0.5
        assert finding.column == sample.name
        for key in ("match_rate", "chance_rate", "name_hint", "sample_size", "method"):
            assert key in finding.evidence, key
        assert 1 <= len(finding.examples) <= 3
        assert len(finding.hashes) == len(finding.examples)
        assert all(re.fullmatch(r"[0-9a-f]{16}", h) for h in finding.hashes)


def _raw_strings(values: Any) -> set[str]:
    items = values.to_pylist() if isinstance(values, (pa.Array, pa.ChunkedArray)) else values
    out: set[str] = set()
    for v in items:
        if v is None:
            continue
        text = v.isoformat() if hasattr(v, "isoformat") else str(v)
        for form in (text, re.sub(r"[\s.\-/]", "", text)):
            if len(form) >= 6:
                out.add(form.lower())
    return out


def test_no_finding_field_holds_a_raw_value():
    """Masked examples and keyed hashes only: no raw value (nor its compact form) anywhere."""
    checked = 0
    for name, factory, expected in COLUMNS:
        if expected is None:
            continue
        sample, values = _sample(name, factory)
        findings = classify_column(sample, hash_key=b"k" * 16)
        dump = repr(findings).lower()
        raw = _raw_strings(values)
        leaked = [v for v in raw if v in dump]
        assert not leaked, (name, leaked[:3])
        checked += len(raw)
    assert checked > 10_000


def test_hashes_only_with_a_key():
    sample, _ = _sample("courriel", COLUMNS[[c[0] for c in COLUMNS].index("courriel")][1])
    (finding,) = classify_column(sample)
    assert finding.hashes == ()
    (keyed,) = classify_column(sample, hash_key=b"secret")
    assert len(keyed.hashes) == len(keyed.examples)


def test_arrow_and_list_inputs_agree():
    rng = random.Random(1)
    values = [gen.gen_siret(rng) for _ in range(300)]
    as_list = classify_column(ColumnSample("c", values))
    as_array = classify_column(ColumnSample("c", pa.array(values)))
    as_chunked = classify_column(ColumnSample("c", pa.chunked_array([values[:100], values[100:]])))
    assert [f.entity for f in as_list] == [f.entity for f in as_array] == [f.entity for f in as_chunked] == ["FR_SIRET"]


def test_mixed_types_in_one_column():
    """JSON sources mix ints and strings in one field; the column is read as text."""
    rng = random.Random(2)
    values = [int(gen.gen_bsn(rng)) if i % 2 else gen.gen_bsn(rng) for i in range(400)]
    assert [f.entity for f in classify_column(ColumnSample("c", values))] == ["NL_BSN"]


def test_a_name_never_makes_a_finding_alone():
    for name in ("bsn", "iban", "email", "geboortedatum", "naam", "num_secu", "telefoon"):
        assert classify_column(ColumnSample(name, ["n/a", "?", "-", "x"] * 50)) == []
        assert classify_column(ColumnSample(name, [None] * 50)) == []


def test_name_hint_raises_the_score():
    rng = random.Random(3)
    values = [gen.gen_bsn(rng) for _ in range(400)]
    (named,) = classify_column(ColumnSample("bsn", values))
    (opaque,) = classify_column(ColumnSample("c1", values))
    assert named.score > opaque.score
    assert named.evidence["name_hint"] == "match" and opaque.evidence["name_hint"] == "none"


def test_random_numbers_pass_the_checksum_but_not_the_test():
    """The decoy's validation rate is reported, near the chance rate, and no finding is made."""
    rng = random.Random(4)
    sample = ColumnSample("c9", [gen.digits(rng, 9) for _ in range(2000)])
    rows = {row["entity"]: row for row in explain_column(sample)}
    assert 0.05 < rows["NL_BSN"]["match_rate"] < 0.14
    assert rows["NL_BSN"]["score"] < 0.5 and rows["FR_SIREN"]["score"] < 0.5
    assert classify_column(sample) == []


def test_findings_are_deterministic():
    rng = random.Random(5)
    values = [gen.gen_iban(rng, "FR") for _ in range(500)]
    assert classify_column(ColumnSample("c", values)) == classify_column(ColumnSample("c", values))


# ---------------------------------------------------------------------------- table context


def _table(*columns: tuple[str, list[Any]]) -> list[ColumnSample]:
    return [ColumnSample(name, values, table="t") for name, values in columns]


def test_town_of_residence_is_location_in_a_table_about_people():
    rng = random.Random(6)
    people = _table(
        ("naam", [f"{rng.choice(gen.FIRST)} {rng.choice(gen.LAST)}" for _ in range(400)]),
        ("woonplaats", [rng.choice(gen.CITIES) for _ in range(400)]),
        ("postcode", [f"{rng.randint(10, 95)}{rng.randint(100, 999)}" for _ in range(400)]),
    )
    by_column = {f.column: f for f in classify_table(people)}
    assert by_column["woonplaats"].entity == "LOCATION"
    assert by_column["woonplaats"].evidence["method"] == "table+name"
    assert by_column["postcode"].entity == "POSTAL_ADDRESS"
    assert by_column["naam"].entity == "PERSON"


def test_a_list_of_towns_is_not_flagged():
    rng = random.Random(7)
    reference = _table(
        ("nom_ville", list(gen.CITIES)),
        ("code_insee", [f"{rng.randint(1000, 95999):05d}" for _ in gen.CITIES]),
        ("population", [rng.randint(20_000, 2_000_000) for _ in gen.CITIES]),
    )
    assert classify_table(reference) == []
    depots = _table(("site_city", [rng.choice(gen.CITIES) for _ in range(60)]), ("depot_code", [f"DEP-{i:03d}" for i in range(60)]))
    assert classify_table(depots) == []


def _kvk(rng: random.Random) -> str:
    return gen.digits(rng, 8)


COMPANY_IDS: list[tuple[str, Callable[[random.Random], str], str]] = [
    ("kvk_nummer", _kvk, "NL_KVK"),
    ("siren", gen.gen_siren, "FR_SIREN"),
    ("numero_tva", gen.gen_fr_vat, "VAT_NUMBER"),
]


@pytest.mark.parametrize("id_name, id_gen, id_entity", COMPANY_IDS)
@pytest.mark.parametrize("person_name, town_name", [("naam_contactpersoon", "plaats"), ("nom_contact", "ville"),
                                                    ("nom", "ville"), ("contact_name", "city")])
def test_a_contact_person_does_not_make_a_company_register_about_persons(id_name, id_gen, id_entity,
                                                                         person_name, town_name):
    """Company number + a contact's name + a town: the town is where the company is, not LOCATION."""
    rng = random.Random(f"{id_name}{person_name}")
    register = _table(
        (id_name, [id_gen(rng) for _ in range(300)]),
        (person_name, [f"{rng.choice(gen.FIRST)} {rng.choice(gen.LAST)}" for _ in range(300)]),
        (town_name, [rng.choice(gen.CITIES) for _ in range(300)]),
    )
    by_column = {f.column: f.entity for f in classify_table(register)}
    assert by_column.get(id_name) == id_entity
    assert town_name not in by_column


@pytest.mark.parametrize("person_name, town_name", [("nom", "ville"), ("naam", "woonplaats"), ("last_name", "city")])
def test_a_birth_date_keeps_the_table_about_persons_next_to_a_company_number(person_name, town_name):
    """A person-level identifier wins: a sole trader's SIREN next to a birth date and a town."""
    rng = random.Random(f"dob{person_name}")
    table = _table(
        ("siren", [gen.gen_siren(rng) for _ in range(300)]),
        (person_name, [f"{rng.choice(gen.FIRST)} {rng.choice(gen.LAST)}" for _ in range(300)]),
        ("date_naissance", [gen.gen_dob(rng).isoformat() for _ in range(300)]),
        (town_name, [rng.choice(gen.CITIES) for _ in range(300)]),
    )
    by_column = {f.column: f.entity for f in classify_table(table)}
    assert by_column[town_name] == "LOCATION"


CHAT_OPENERS = ["Graag", "Commande", "Bonjour", "Merci", "Dank", "Hallo", "Salut", "Hoi", "Super", "Livraison",
                "Retour", "Factuur", "Bestelling", "Parfait"]
CHAT_RESTS = ["een nieuwe afspraak volgende week", "pas encore reçue, pouvez-vous vérifier ?",
              "je voudrais changer mon adresse de livraison", "voor de snelle levering",
              "le colis est arrivé abîmé", "ik wacht nog op mijn bestelling", "la commande est en retard",
              "ok voor morgen", "thanks for the quick reply", "is het pakket al verstuurd ?"]


@pytest.mark.parametrize("shape", ["sentence", "comma", "short"])
def test_short_chat_messages_with_capitalised_first_words_are_not_places(shape):
    rng = random.Random(shape)

    def message() -> str:
        opener, rest = rng.choice(CHAT_OPENERS), rng.choice(CHAT_RESTS)
        if shape == "sentence":
            return f"{opener} {rest}"
        if shape == "comma":
            return f"{opener}, {rest}"
        return f"{opener}!" if rng.random() < 0.5 else f"{opener} {rest}. {rng.choice(CHAT_OPENERS)}!"

    findings = classify_column(ColumnSample("message", [message() for _ in range(1000)]))
    assert {f.entity for f in findings} & {"LOCATION", "PERSON"} == set()


PRODUCTS = ["Auto Loan, Credit-Builder Loan", "Personal Loan, Home Equity Loan", "Samsung Galaxy S21",
            "Nike Air Max", "Philips Hue White", "Apple MacBook Pro", "Dyson V11 Absolute", "Bosch Serie 6",
            "Sony Bravia", "Canon Pixma", "Student Loan", "Mortgage Loan, Payday Loan", "Lego Technic",
            "Miele Classic", "Tefal Ingenio"]


@pytest.mark.parametrize("name", ["products", "Type_of_Loan", "item", "c4", "description"])
def test_lists_of_product_names_are_not_people(name):
    rng = random.Random(name)
    values = [rng.choice(PRODUCTS) if rng.random() < 0.7 else ", ".join(rng.sample(PRODUCTS, 2)) for _ in range(600)]
    assert [f.entity for f in classify_column(ColumnSample(name, values)) if f.entity == "PERSON"] == []


# ---------------------------------------------------------------------------- profiler


def test_profiler_in_batches_agrees_with_one_sample():
    rng = random.Random(8)
    values = [gen.gen_bsn(rng) for _ in range(30_000)]
    profiler = ColumnProfiler("c1", table="t")
    for start in range(0, len(values), 4096):
        profiler.update(pa.array(values[start : start + 4096]))
    (finding,) = profiler.finish()
    assert finding.entity == "NL_BSN"
    assert finding.matched == 30_000 and finding.sampled == 30_000
    assert profiler.finish() == [finding]  # idempotent
    with pytest.raises(RuntimeError, match="after finish"):
        profiler.update(["111222333"])


def test_profiler_memory_is_bounded():
    """Validation caches and the free-text reservoir stay capped however many rows stream by."""
    from classifiers import column

    rng = random.Random(9)
    profiler = ColumnProfiler("c", table="t")
    for _ in range(6):
        profiler.update(pa.array([gen.gen_siret(rng) for _ in range(8192)]))
    assert all(len(h.cache) <= column.VALIDATION_CAP for h in profiler._active())
    assert len(profiler._text.reservoir) <= column.FREE_TEXT_SAMPLE
    (finding,) = profiler.finish()
    assert finding.entity == "FR_SIRET" and finding.evidence["extrapolated"]


def test_dormant_entity_wakes_up_when_it_appears_late():
    """A column whose first 150k cells are empty of an entity still reports it later on."""
    rng = random.Random(10)
    profiler = ColumnProfiler("c", table="t")
    for _ in range(3):
        profiler.update(pa.array(["n/a"] * 60_000))
    for _ in range(3):
        profiler.update(pa.array([gen.gen_email(rng) for _ in range(60_000)]))
    (finding,) = profiler.finish()
    assert finding.entity == "EMAIL_ADDRESS"
    assert 0.3 < finding.matched / finding.sampled < 0.7


def test_pandas_series_and_other_types():
    import pandas as pd

    rng = random.Random(12)
    bsns = [int(gen.gen_bsn(rng)) for _ in range(300)] + [None] * 20  # nullable ints: float64 in pandas
    assert [f.entity for f in classify_column(ColumnSample("c", pd.Series(bsns, dtype="float64")))] == ["NL_BSN"]
    assert classify_column(ColumnSample("opt_in", [True, False, None] * 100)) == []
    assert classify_column(ColumnSample("tags", pa.array([["a", "b"]] * 50))) == []
    assert classify_column(ColumnSample("c", [])) == []
