"""The peer benchmark: ropa and presidio-structured on tables other projects published.

    python bench/peer_bench.py                 # dev half: figures, and every column got wrong
    python bench/peer_bench.py --heldout       # also the held-out half (figures only)
    python bench/peer_bench.py --skip-presidio # ropa only (fast)

``bench/peer/manifest.yaml`` lists tables that other projects wrote and labeled (datahub-classify,
piicatcher, metacrafter-rules, Presidio, python-stdnum, validator.js, django-localflavor), each
with the repository and path it comes from. No fetched file is committed: the manifest holds the
column names, the peers' labels, a few hand-transcribed example values, and a generator for the
rest (Faker's en_US / fr_FR / nl_NL / nl_BE providers, or the checksum generators of
``bench/labeled.py``). This module rebuilds the tables deterministically (200 rows each, one
row in four an example), runs both tools and scores them per split.

The split is by source repository and was written into the manifest once, before any classifier
change made for this benchmark. Only the dev half may be looked at while tuning: by default this
script scores and details the dev half only. ``--heldout`` adds the held-out half's figures
(precision / recall / F1, decoy columns flagged) without listing its columns, so that running
it does not turn it into a second dev set; ``--heldout-details`` lists them, for the final report.

Scoring is per column, as in ``bench/accuracy.py``: a column's predicted entities against its
label (one entity, or none for ``NONE``). Columns labeled ``OUT`` hold personal data ropa has no
entity for (gender, age, US SSN, passwords, licence plates): they are not scored, and what each
tool says about them is listed apart.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
import uuid
import zlib
from pathlib import Path
from typing import Any, Callable, Sequence

import yaml

if __package__ in (None, ""):  # run as a script: make ``bench`` and ``classifiers`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import labeled  # noqa: E402
from bench.accuracy import Score, presidio_sets, prf, ropa_sets, score  # noqa: E402

MANIFEST = Path(__file__).resolve().parent / "peer" / "manifest.yaml"
ROWS = 200
EXAMPLE_SHARE = 0.25
SEED = 20260111
HASH_KEY = b"ropa-bench-key-not-a-secret"
NOT_SCORED = "OUT"
NONE = "NONE"

# Faker locales for names from many countries ("faker:intl:..."): international names that a
# French/Dutch/English gazetteer does not hold, as the datahub-classify datasets have.
INTL_LOCALES = ["en_US", "fr_FR", "nl_NL", "de_DE", "es_ES", "it_IT", "pl_PL", "pt_BR", "tr_TR",
                "sv_SE", "cs_CZ", "fi_FI", "en_IN", "hu_HU", "ro_RO", "id_ID"]

LOAN_TYPES = ["Auto Loan", "Credit-Builder Loan", "Personal Loan", "Payday Loan", "Student Loan",
              "Mortgage Loan", "Home Equity Loan", "Debt Consolidation Loan", "Not Specified"]
PRODUCTS = ["Philips Hue White", "Senseo Original", "Douwe Egberts Aroma Rood", "Nespresso Vertuo",
            "Samsung Galaxy A54", "Apple AirPods Pro", "Lego Technic Porsche", "Dyson V15",
            "Bose QuietComfort", "Tefal Actifry", "Moulinex Masterchef", "Le Creuset Cocotte",
            "Kindle Paperwhite", "Fairphone 5", "Garmin Forerunner", "Stanley Quencher",
            "Hema Rookworst", "Miele Complete C3", "Brabantia Bo", "Gazelle Ultimate C5"]
CHAT_OPEN = ["Graag", "Bedankt", "Hoi", "Commande", "Bonjour", "Merci", "Livraison", "Hello",
             "Thanks", "Kunt u", "Pourriez-vous", "Super", "Helaas", "Dank"]
CHAT_REST = ["een factuur sturen voor mijn bestelling.", "voor de snelle levering!",
             "bien reçue, merci.", "prévue demain ?", "de bestelling is nog niet binnen.",
             "the parcel arrived damaged.", "annuler ma commande svp.", "de retour aanmelden?",
             "le colis est arrivé abîmé.", "wanneer wordt het pakket bezorgd?",
             "for the quick reply.", "nog steeds geen track & trace ontvangen.",
             "pouvez-vous rembourser la différence ?", "de maat is te klein."]


def _rng(*parts: str) -> random.Random:
    return random.Random(zlib.crc32("/".join(parts).encode()) ^ SEED)


def _faker(locale: str, seed: int) -> Any:
    from faker import Faker

    fake = Faker(INTL_LOCALES if locale == "intl" else locale)
    fake.seed_instance(seed)
    return fake


def _faker_gen(locale: str, provider: str, seed: int) -> Callable[[], str]:
    fake = _faker(locale, seed)
    special: dict[str, Callable[[], str]] = {
        "name_nosuffix": lambda: f"{fake.first_name()} {fake.last_name()}",
        "address_oneline": lambda: fake.address().replace("\n", ", "),
        "swift8": lambda: fake.swift(length=8),
        "swift11": lambda: fake.swift(length=11),
    }
    if provider in special:
        return special[provider]
    method = getattr(fake, provider)
    return lambda: str(method())


def _digits(rng: random.Random, k: int) -> str:
    return str(rng.randint(1, 9)) + labeled.digits(rng, k - 1)


def _us_digits(rng: random.Random, any_area: bool = False) -> tuple[str, str, str]:
    area = str(rng.randint(100, 999)) if any_area else str(rng.randint(2, 9)) + labeled.digits(rng, 2)
    return area, str(rng.randint(2, 9)) + labeled.digits(rng, 2), labeled.digits(rng, 4)


def _phone(kind: str, rng: random.Random) -> str:
    """Phone numbers as people type them, including forms libphonenumber does not validate."""
    if kind in ("us_dash_any", "us_paren", "us_mixed"):
        a, b, c = _us_digits(rng, any_area=kind == "us_dash_any")
        if kind == "us_dash_any":
            return rng.choice([f"{a}-{b}-{c}", f"{a} {b}-{c}"])
        if kind == "us_paren":
            return rng.choice([f"({a}) {b}-{c}", f"+1 {a} {b} {c}"])
        return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}",
                           f"{a}{b}{c}", f"1({a}){b}-{c}", f"+1({a}) {b}-{c}", f"1{a}{b}{c}"])
    if kind == "in_landline":
        area = rng.choice(["040", "0891", "03192", "0866", "0877", "080", "022", "08418"])
        first = labeled.digits(rng, rng.choice([6, 7, 8]))
        if rng.random() < 0.4:
            return f"{area} - {first}, {labeled.digits(rng, len(first))}"
        return f"{area} - {first}"
    if kind == "il_landline":
        return f"0{rng.choice('23489')}-{rng.randint(2, 9)}{labeled.digits(rng, 6)}"
    if kind == "nl_loose":
        mob = "6" + labeled.digits(rng, 8)
        area, rest = rng.choice([("20", 7), ("10", 7), ("30", 7), ("70", 7), ("40", 7), ("570", 6)])
        land = labeled.digits(rng, rest)
        return rng.choice([f"0{mob}", f"06-{mob[1:]}", f"+31 {mob[0]} {mob[1:]}", f"+31(0){mob}",
                           f"0031 {mob}", f"0031(0){mob}", f"(0{area})-{land}", f"0{area}-{land}",
                           f"+31 (0){area} {land}", f"31{mob}"])
    if kind in ("be_loose", "be_mixed"):
        mob = "4" + rng.choice("5789") + labeled.digits(rng, 7)
        land = labeled.digits(rng, 7)
        pretty = f"{mob[:3]} {mob[3:5]} {mob[5:7]} {mob[7:]}"
        return rng.choice([f"0{mob}", f"+32{mob}", f"32{mob}", f"0{pretty}", f"+32 {pretty}",
                           f"+32(0){pretty}", f"0032 {pretty}", f"02/{land[:3]} {land[3:5]} {land[5:]}",
                           f"(02)-{land[:3]}.{land[3:5]}.{land[5:]}", f"+32 (0)2 {land}"])
    raise ValueError(f"unknown phone style {kind!r}")


def _date(rng: random.Random, first: int, last: int) -> dt.date:
    return labeled._rand_date(rng, dt.date(first, 1, 1), dt.date(last, 12, 28))


def generator(spec: str, seed: int) -> Callable[[], str]:
    """A no-argument function producing one value of the kind ``spec`` names."""
    rng = random.Random(seed)
    kind, _, arg = spec.partition(":")
    if kind == "faker":
        locale, _, provider = arg.partition(":")
        return _faker_gen(locale, provider, seed)
    if kind == "phone":
        return lambda: _phone(arg, rng)
    if kind == "int":
        low, high = (int(x) for x in arg.split("-"))
        return lambda: str(rng.randint(low, high))
    if kind == "float1":
        low, high = (int(x) for x in arg.split("-"))
        return lambda: f"{rng.uniform(low, high):.1f}"
    if kind == "money":
        low, high = (int(x) for x in arg.split("-"))
        return lambda: rng.choice(["$", ""]) + f"{rng.uniform(low, high):,.2f}"
    if kind == "digits":
        return lambda: _digits(rng, int(arg))
    if kind == "dob":
        return lambda: _date(rng, 1935, 2005).strftime(arg)
    if kind == "date":
        years, _, fmt = arg.partition(":")
        first, last = (int(x) for x in years.split("-"))
        return lambda: _date(rng, first, last).strftime(fmt)
    if kind == "stamp":
        first, last = (int(x) for x in arg.split("-"))
        return lambda: labeled._stamp(rng, dt.date(first, 1, 1), dt.date(last, 12, 28)).isoformat(" ")
    if kind == "card":
        return lambda: labeled.format_card(rng, labeled.gen_card(rng))
    if kind == "bsn":
        return lambda: labeled.gen_bsn(rng)
    if kind == "siren":
        return lambda: labeled.gen_siren(rng)
    if kind == "siret":
        return lambda: labeled.gen_siret(rng)
    if kind == "vat":
        return {"NL": lambda: labeled.gen_nl_vat(rng), "BE": lambda: "BE" + labeled.gen_be_vat(rng),
                "FR": lambda: labeled.gen_fr_vat(rng)}[arg]
    if kind == "iban":
        return lambda: labeled.gen_iban(rng, arg)
    if kind == "nir":
        return lambda: labeled.gen_nir(rng, labeled.make_person(rng, "FR"))
    if kind == "be_nn":
        def be_nn() -> str:
            number = labeled.gen_be_nn(rng, labeled.make_person(rng, "BE"))
            if arg == "dotted":
                return f"{number[:2]}.{number[2:4]}.{number[4:6]}-{number[6:9]}.{number[9:]}"
            return number
        return be_nn
    if kind == "be_company":
        def be_company() -> str:
            number = labeled.gen_be_vat(rng)
            return f"{number[:4]}.{number[4:7]}.{number[7:]}" if arg == "dotted" else number
        return be_company
    if kind == "ean13":
        return lambda: labeled.gen_ean13(rng)
    if kind == "isin":
        return lambda: labeled.gen_isin(rng)
    if kind == "uuid":
        return lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4))
    if kind == "passport_fr":
        return lambda: f"{labeled.digits(rng, 2)}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}" \
                       f"{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{labeled.digits(rng, 5)}"
    if kind == "insee":
        return lambda: f"{rng.randint(1, 95):02d}{rng.randint(1, 700):03d}"
    if kind == "orderref":
        return lambda: rng.choice(["CMD-", "ORD-", "BST-", ""]) + f"{rng.randint(2019, 2025)}-" \
                       + labeled.digits(rng, 6)
    if kind == "loans":
        return lambda: ", ".join(rng.sample(LOAN_TYPES, rng.randint(1, 4)))
    if kind == "products":
        return lambda: ", ".join(rng.sample(PRODUCTS, rng.randint(1, 4)))
    if kind == "chat":
        return lambda: f"{rng.choice(CHAT_OPEN)} {rng.choice(CHAT_REST)}"
    raise ValueError(f"unknown generator {spec!r}")


def load_manifest(path: Path = MANIFEST) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def build_table(table: dict[str, Any], rows: int = ROWS) -> dict[str, list[str]]:
    """The table's columns as lists of strings (what a CSV read as VARCHAR holds)."""
    data: dict[str, list[str]] = {}
    for col in table["columns"]:
        rng = _rng(table["name"], col["name"])
        examples = [str(v) for v in col.get("examples", [])]
        spec = col.get("gen")
        gen = generator(spec, rng.randrange(2**31)) if spec else None
        values = []
        for _ in range(rows):
            if examples and (gen is None or rng.random() < EXAMPLE_SHARE):
                values.append(rng.choice(examples))
            else:
                values.append(gen())  # type: ignore[misc]
        data[col["name"]] = values
    return data


def label_rows(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per column, in the shape ``bench.accuracy.score`` expects, plus split and peer."""
    out = []
    for table in manifest["tables"]:
        for col in table["columns"]:
            label = col["label"]
            out.append({
                "table": table["name"], "column": col["name"], "label": label,
                "entities": [] if label in (NONE, NOT_SCORED) else [label],
                "role": col.get("role", "pii" if label not in (NONE, NOT_SCORED) else "plain"),
                "split": table["split"], "repo": table["source"]["repo"],
            })
    return out


def run_ropa(manifest: dict[str, Any], tables: dict[str, dict[str, list[str]]]) -> list[dict[str, Any]]:
    from classifiers.column import classify_table
    from classifiers.model import ColumnSample

    findings = []
    for table in manifest["tables"]:
        data = tables[table["name"]]
        samples = [ColumnSample(name=name, values=values, dtype="varchar", table=table["name"],
                                total_rows=len(values)) for name, values in data.items()]
        for f in classify_table(samples, hash_key=HASH_KEY):
            findings.append({"table": table["name"], "column": f.column, "entity": f.entity,
                             "score": f.score, "matched": f.matched, "sampled": f.sampled})
    return findings


def run_presidio(manifest: dict[str, Any], tables: dict[str, dict[str, list[str]]],
                 rows: int) -> list[dict[str, Any]]:
    import pandas as pd
    from presidio_structured import PandasAnalysisBuilder

    from bench import peer

    builder = PandasAnalysisBuilder(analyzer=peer.make_analyzer())
    mapping = []
    for table in manifest["tables"]:
        frame = pd.DataFrame(tables[table["name"]], dtype=object).sample(
            min(rows, ROWS), random_state=42)
        analysis = builder.generate_analysis(frame, n=len(frame), language="en",
                                             selection_strategy="most_common")
        for name, entity in analysis.entity_mapping.items():
            mapping.append({"table": table["name"], "column": name, "entity": entity})
    return mapping


def _line(name: str, result: Score, decoys: int) -> str:
    tp, fp, fn = result.micro()
    p, r, f = prf(tp, fp, fn)
    flagged = [c for c in result.flagged_none if c[1] == "decoy"]
    return (f"  {name:<20} TP {tp:>3} FP {fp:>3} FN {fn:>3}   P {p:.3f}  R {r:.3f}  F1 {f:.3f}   "
            f"NONE columns flagged {len(result.flagged_none):>2} (decoys {len(flagged)} of {decoys})")


def report(split: str, cols: list[dict[str, Any]], tools: dict[str, tuple[dict, dict]],
           details: bool) -> list[str]:
    scored = [c for c in cols if c["split"] == split and c["label"] != NOT_SCORED]
    out_cols = [c for c in cols if c["split"] == split and c["label"] == NOT_SCORED]
    repos = sorted({c["repo"] for c in scored})
    decoys = sum(1 for c in scored if c["role"] == "decoy")
    pii = sum(1 for c in scored if c["entities"])
    lines = [f"{split}: {len(scored)} scored columns ({pii} personal, {len(scored) - pii} NONE of "
             f"which {decoys} decoys; {len(out_cols)} OUT not scored) from {', '.join(repos)}"]
    results = {}
    for name, (sets, notes) in tools.items():
        results[name] = score(scored, sets, notes)
        lines.append(_line(name, results[name], decoys))
    if details:
        for name, result in results.items():
            lines.append(f"  {name}: columns wrong ({len(result.wrong)})")
            for w in result.wrong:
                lines.append(f"    {w['column']:<44} label {w['label']:<20} said {', '.join(w['said']) or '-'}"
                             f"   [{w['detail']}]")
            said_out = [f"{c['table']}.{c['column']}={','.join(sorted(tools[name][0].get((c['table'], c['column']), set())))}"
                        for c in out_cols if tools[name][0].get((c["table"], c["column"]))]
            if said_out:
                lines.append(f"  {name} on OUT columns (not scored): {'; '.join(said_out)}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--heldout", action="store_true", help="also score the held-out half")
    parser.add_argument("--heldout-details", action="store_true",
                        help="list held-out columns got wrong (final report only)")
    parser.add_argument("--skip-presidio", action="store_true")
    parser.add_argument("--presidio-rows", type=int, default=100)
    parser.add_argument("--min-score", type=float, default=0.5)
    args = parser.parse_args(argv)

    manifest = load_manifest()
    cols = label_rows(manifest)
    t0 = time.perf_counter()
    tables = {t["name"]: build_table(t) for t in manifest["tables"]}
    print(f"Peer benchmark: {len(manifest['tables'])} tables, {len(cols)} columns, {ROWS} rows "
          f"each (built in {time.perf_counter() - t0:.1f} s); split by source repository")
    tools: dict[str, tuple[dict, dict]] = {}
    t0 = time.perf_counter()
    tools["ropa"] = ropa_sets(run_ropa(manifest, tables), args.min_score)
    print(f"ropa: classify_table on all {ROWS} rows, findings with score >= {args.min_score} "
          f"({time.perf_counter() - t0:.1f} s)")
    if not args.skip_presidio:
        from bench import peer

        t0 = time.perf_counter()
        tools["presidio-structured"] = presidio_sets(run_presidio(manifest, tables, args.presidio_rows))
        print(f"Presidio: {peer.describe()}; {args.presidio_rows}-row samples "
              f"({time.perf_counter() - t0:.1f} s)")
    print()
    for line in report("dev", cols, tools, details=True):
        print(line)
    if args.heldout or args.heldout_details:
        print()
        for line in report("heldout", cols, tools, details=args.heldout_details):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
