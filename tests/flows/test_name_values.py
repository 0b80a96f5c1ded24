"""Names that are values: which names hold one, header rows that are data, masking, findings."""

from __future__ import annotations

import pytest

from flows.sources.name_values import (
    ASSET_NAME,
    cell_entity,
    header_is_data,
    mask_name,
    mask_values,
    name_findings,
    value_spans,
)

KEY = b"k" * 32

VALUES_IN_NAMES = [
    ("jan.jansen@example.nl.csv", "EMAIL_ADDRESS", "jan.jansen@example.nl"),
    ("export_FR7630006000011234567890189_2024.csv", "IBAN_CODE", "FR7630006000011234567890189"),
    ("NL91ABNA0417164300", "IBAN_CODE", "NL91ABNA0417164300"),
    ("klant_0612345678.csv", "PHONE_NUMBER", "0612345678"),
    ("+33 6 12 34 56 78", "PHONE_NUMBER", "+33 6 12 34 56 78"),
    ("hosts/192.168.1.20.log", "IP_ADDRESS", "192.168.1.20"),
    ("card 4111111111111111", "CREDIT_CARD", "4111111111111111"),
    ("siret_73282932000074.xlsx", "FR_SIRET", "73282932000074"),
    ("FR40303265045", "VAT_NUMBER", "FR40303265045"),
    ("85073003328", "BE_NATIONAL_NUMBER", "85073003328"),
    ("bsn_111222333.csv", "NL_BSN", "111222333"),  # a weak checksum, lifted by its context word
    ("Jan Jansen.csv", "PERSON", "Jan Jansen"),
    ("jeanne_martin.xlsx", "PERSON", "jeanne_martin"),
    ("1 rue de la Paix, 75002 Paris", "POSTAL_ADDRESS", "1 rue de la Paix, 75002 Paris"),
]

PLAIN_NAMES = [
    "orders_20240115.csv", "report 2024-01-15", "email", "iban", "mark_price", "customer_name",
    "first_name", "rose_garden", "main.clients", "public.klanten", "data/export.csv",
    "invoice_123456789.csv",  # 9 digits that may pass a checksum, but no context: an invoice number
    "Sheet1", "book.xlsx#Clients", "adresse", "telefoonnummer", "date_naissance", "user_id", "Martin",
    "Nom", "Prénom", "v1.2.3.4", "created_at", "will_grant", "column_3", "contact.phone.mobile",
]


@pytest.mark.parametrize(("name", "entity", "raw"), VALUES_IN_NAMES)
def test_a_value_inside_a_name_is_found_and_masked(name, entity, raw):
    spans = value_spans(name)
    assert [s.entity for s in spans] == [entity]
    masked = mask_values(name)
    assert raw not in masked and masked != name


@pytest.mark.parametrize("name", PLAIN_NAMES)
def test_plain_names_hold_no_value(name):
    assert value_spans(name) == []
    assert mask_values(name) == name


@pytest.mark.parametrize(
    ("first", "rest", "is_data"),
    [
        # a header of words over data
        (["nom", "email", "iban"], [["Jan Jansen", "jan@x.nl", "NL91ABNA0417164300"]] * 3, False),
        (["Name", "City"], [["Jan Jansen", "Amsterdam"], ["Piet de Vries", "Utrecht"]], False),
        (["id", "amount"], [["1", "12.50"], ["2", "13.00"]], False),
        (["q1_2023", "q2_2023"], [["12", "13"], ["14", "15"]], False),
        # a first row of data: a value on its own
        (["FR7630006000011234567890189", "x"], [["NL91ABNA0417164300", "y"]], True),
        (["jan.jansen@example.nl"], [], True),
        # shaped like the column below it
        (["1985-07-30", "a"], [["1990-01-02", "b"], ["1977-12-31", "c"], ["2001-05-05", "d"]], True),
        (["111222333", "x"], [["123456782", "y"], ["987654321", "z"]], True),
        # a listed name over a column of names
        (["Jan Jansen", "Amsterdam"], [["Piet de Vries", "Utrecht"], ["Anna Bakker", "Delft"]], True),
        ([None, None], [["a", "b"]], False),
    ],
)
def test_header_is_data(first, rest, is_data):
    assert header_is_data(first, rest) is is_data


def test_cell_entity_needs_the_whole_cell():
    assert cell_entity("jan@x.nl") == "EMAIL_ADDRESS"
    assert cell_entity("contact jan@x.nl for the export of last year") is None
    assert cell_entity("Jan Jansen") is None and cell_entity("Jan Jansen", persons=True) == "PERSON"


def test_masked_asset_names_are_stable_distinct_and_keep_their_extension():
    a, raw_a = mask_name("exports/jan.jansen@example.nl.csv", KEY)
    b, _ = mask_name("exports/jan.janssen@example.nl.csv", KEY)  # masks alike without the digest
    assert a == mask_name("exports/jan.jansen@example.nl.csv", KEY)[0]
    assert a != b and a.startswith("exports/j***@example.nl~") and a.endswith(".csv")
    assert raw_a == ("exports/jan.jansen@example.nl.csv",)
    assert "jan.jansen" not in a
    assert mask_name("exports/plain.csv", KEY) == ("exports/plain.csv", ())
    sheet, _ = mask_name("book.xlsx#NL91ABNA0417164300", KEY)
    assert sheet.startswith("book.xlsx#NL91 **** **** 4300~")


def test_name_findings_report_keys_like_a_column_with_masked_examples_only():
    keys = ["jan@x.nl", "piet@y.nl", "NL91ABNA0417164300", "status"]
    findings = {f.entity: f for f in name_findings("<key>", keys, KEY, "keys")}
    assert set(findings) == {"EMAIL_ADDRESS", "IBAN_CODE"}
    email = findings["EMAIL_ADDRESS"]
    assert (email.column, email.matched, email.sampled) == ("<key>", 2, 4)
    assert email.examples == ("j***@x.nl", "p***@y.nl") and len(email.hashes) == 2
    assert email.evidence["method"] == "name" and email.evidence["where"] == "keys"
    text = repr(list(findings.values()))
    assert "jan@x.nl" not in text and "NL91ABNA0417164300" not in text


def test_bare_bsn_keys_classify_as_a_column_of_keys():
    bsns = ["691400507", "781676447", "116263684", "168753236", "145944372", "423483687"]  # valid, no context
    findings = name_findings("people.<key>", bsns, KEY, "keys")
    assert [f.entity for f in findings] == ["NL_BSN"]


def test_asset_name_findings():
    findings = name_findings(ASSET_NAME, ("exports/jan.jansen@example.nl.csv",), KEY, "asset name")
    assert [(f.column, f.entity, f.examples) for f in findings] == [("<asset name>", "EMAIL_ADDRESS", ("j***@example.nl",))]
    findings = name_findings(ASSET_NAME, mask_name("bsn_111222333.csv", KEY)[1], KEY, "asset name")
    assert [f.entity for f in findings] == ["NL_BSN"]  # the context word counts
    assert "111222333" not in repr(findings)
