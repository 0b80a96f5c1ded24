"""How often the loose phone test fires on columns that are not phones, and what it catches.

    python bench/phone_chance.py [--rows 500]

The loose phone rule of ``classifiers/generic/phone.py`` accepts numbers libphonenumber does not
validate (a possible number of any region, in a phone's shape). Its risk is the digit strings every
database holds. This script measures it on two kinds of non-phone columns:

* **generated shapes** of the identifiers and numbers of real exports: order and invoice numbers,
  timestamps written as digits, postcodes of several countries, amounts in several locales,
  database ids, parcel tracking numbers, part numbers with dashes, EAN-13, ISIN;
* **peer decoys**: every ``NONE`` column of the *dev* half of the peer benchmark
  (``bench/peer/manifest.yaml``: other projects' published test data), values regenerated as
  ``bench/peer_bench.py`` does.

Per column it prints the cells shaped like a phone (the loose spec's candidate expression), the
share of those that pass ``is_possible_value`` (the per-cell chance rate, to compare with the
spec's declared ``chance_rate``), and whether the column classifier flags the column
PHONE_NUMBER. Then the phone columns: numbers of eight regions in the forms people type them,
under phone names (``telefoon``, ``gsm``, ``Téléphone``...) and a meaningless one (``c7``).
``tests/classifiers/test_phone_decoys.py`` asserts the same tables.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import uuid
from pathlib import Path
from typing import Callable, Sequence

if __package__ in (None, ""):  # run as a script: make ``bench`` and ``classifiers`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import labeled, peer_bench  # noqa: E402

Gen = Callable[[random.Random], str]


def _d(rng: random.Random, k: int) -> str:
    return labeled.digits(rng, k)


def _date_digits(rng: random.Random) -> tuple[int, int, int, int, int, int]:
    return (rng.randint(2015, 2026), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
            rng.randint(0, 59), rng.randint(0, 59))


def _stamp(rng: random.Random) -> str:
    y, mo, d, h, mi, s = _date_digits(rng)
    return rng.choice([f"{y}{mo:02d}{d:02d}{h:02d}{mi:02d}{s:02d}", f"{y}{mo:02d}{d:02d}",
                       f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}", f"{d:02d}/{mo:02d}/{y} {h:02d}:{mi:02d}",
                       f"{y}.{mo:02d}.{d:02d}", f"{d:02d}-{mo:02d}-{y}"])


def _amount(rng: random.Random) -> str:
    value = rng.uniform(1, 250_000)
    whole, cents = int(value), int(value * 100) % 100
    return rng.choice([f"{value:.2f}", f"{whole:,}.{cents:02d}", f"{whole:,}.{cents:02d}".replace(",", " "),
                       f"{whole:,}".replace(",", ".") + f",{cents:02d}", f"-{value:.2f}",
                       f"€ {whole:,}".replace(",", ".") + f",{cents:02d}", f"{whole} EUR"])


def _postcode(rng: random.Random) -> str:
    return rng.choice([_d(rng, 5), f"{rng.randint(1000, 9999)} {rng.choice('ABCDEFGHJ')}{rng.choice('ABCDEFGHJ')}",
                       f"B-{rng.randint(1000, 9999)}", f"F-{_d(rng, 5)}", f"D-{_d(rng, 5)}",
                       f"{rng.choice(['SW1A', 'EC1A', 'M1', 'B33'])} {rng.randint(1, 9)}{rng.choice('ABD')}{rng.choice('LNP')}"])


def _tracking(rng: random.Random) -> str:
    return rng.choice([f"1Z{_d(rng, 3)}AA{_d(rng, 10)}", f"JJD{_d(rng, 15)}", f"3S{rng.choice('ABCD')}{_d(rng, 10)}",
                       f"CX{_d(rng, 9)}NL", _d(rng, 12), _d(rng, 14), f"{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}"])


GENERATED: dict[str, Gen] = {
    "order_no": lambda r: str(r.randint(10_000_000, 99_999_999)),
    "order_ref": lambda r: r.choice([f"ORD-{r.randint(2019, 2026)}-{_d(r, 6)}", f"#{_d(r, 8)}", f"SO{_d(r, 7)}",
                                     f"{r.randint(2019, 2026)}-{_d(r, 6)}"]),
    "invoice_number": lambda r: r.choice([f"FA-{r.randint(2019, 2026)}-{_d(r, 5)}", f"INV/{r.randint(2019, 2026)}/{_d(r, 4)}",
                                          f"{r.randint(2019, 2026)}{_d(r, 6)}", f"F{_d(r, 9)}",
                                          f"{r.randint(2019, 2026)}-{_d(r, 3)}-{_d(r, 4)}"]),
    "created_ts": _stamp,
    "epoch_ms": lambda r: str(r.randint(1_400_000_000_000, 1_800_000_000_000)),
    "epoch_s": lambda r: str(r.randint(1_400_000_000, 1_800_000_000)),
    "postcode": _postcode,
    "amount": _amount,
    "customer_id": lambda r: r.choice([str(r.randint(1, 9_999_999)), f"{r.randint(0, 999_999):09d}"]),
    "uuid": lambda r: str(uuid.UUID(int=r.getrandbits(128))),
    "tracking_number": _tracking,
    "part_number": lambda r: r.choice([f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}", f"{_d(r, 4)}-{_d(r, 4)}",
                                       f"{_d(r, 2)}.{_d(r, 3)}.{_d(r, 3)}", f"{_d(r, 3)}.{_d(r, 4)}.{_d(r, 2)}"]),
    "ean": labeled.gen_ean13,
    "isin": labeled.gen_isin,
    "batch_no": lambda r: _d(r, 16),
    "account_sort": lambda r: f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)} {_d(r, 8)}",
    "version": lambda r: f"{r.randint(1, 20)}.{r.randint(0, 30)}.{r.randint(0, 300)}",
    "duration": lambda r: f"{r.randint(0, 99):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
}


def generated_decoys(rows: int, seed: int = 11) -> dict[str, list[str]]:
    """Each generated decoy shape as a column of ``rows`` values."""
    out = {}
    for name, gen in GENERATED.items():
        rng = random.Random(f"{seed}:{name}")
        out[name] = [gen(rng) for _ in range(rows)]
    return out


def peer_decoys(split: str = "dev") -> dict[str, list[str]]:
    """Every ``NONE`` column of one half of the peer benchmark, as ``table.column`` -> values."""
    manifest = peer_bench.load_manifest()
    out = {}
    for table in manifest["tables"]:
        if table["split"] != split:
            continue
        values = peer_bench.build_table(table)
        for col in table["columns"]:
            if col["label"] == "NONE":
                out[f"{table['name']}.{col['name']}"] = values[col["name"]]
    return out


# Phone columns: (column name, generator). Eight regions, national / international / E.164 forms,
# trunk prefix in parentheses, 00 prefix, dots, dashes, slashes, US shapes, extensions, two numbers
# in a cell; under phone names in three languages and under an opaque one.
def _ext(r: random.Random, phone: str) -> str:
    return phone + r.choice([" x12", " ext. 204", " #31"])


PHONES: list[tuple[str, Gen]] = [
    ("telefoon", lambda r: labeled.gen_phone(r, r.choice(["NL", "BE"]), style="national")),
    ("gsm", lambda r: peer_bench._phone("be_loose", r)),
    ("tel", lambda r: peer_bench._phone("nl_loose", r)),
    ("mobile", lambda r: labeled.gen_phone(r, r.choice(["FR", "GB"]), style="international", mobile=True)),
    ("phone numbers", lambda r: peer_bench._phone("us_mixed", r)),
    ("Téléphone", lambda r: labeled.gen_phone(r, "FR", style="national").replace(" ", r.choice([" ", ".", "-"]))),
    ("phone", lambda r: peer_bench._phone("us_dash_any", r)),
    ("contact_phone", lambda r: peer_bench._phone("in_landline", r)),
    ("Phone_Number", lambda r: peer_bench._phone("il_landline", r)),
    ("fax", lambda r: "00" + labeled.gen_phone(r, r.choice(["FR", "BE", "NL", "GB"]), style="e164")[1:]),
    ("office_phone", lambda r: _ext(r, peer_bench._phone("us_paren", r))),
    ("c7", lambda r: labeled.gen_phone(r, r.choice(["FR", "NL", "BE", "GB"]))),
    ("col_12", lambda r: peer_bench._phone("be_mixed", r)),
    ("x_contact", lambda r: peer_bench._phone("us_paren", r)),
]


def phone_columns(rows: int, seed: int = 12) -> dict[str, list[str]]:
    out = {}
    for name, gen in PHONES:
        rng = random.Random(f"{seed}:{name}")
        out[name] = [gen(rng) for _ in range(rows)]
    return out


def loose_rates(values: Sequence[str]) -> tuple[int, int]:
    """(cells shaped like a phone by the loose spec, of which passing ``is_possible_value``)."""
    from classifiers.generic.phone import EuPhoneRecognizer

    loose = next(s for s in EuPhoneRecognizer.CELLS if s.validator == "is_possible_value")
    shape = re.compile(loose.candidate)
    low, high = loose.length
    shaped = [v.strip() for v in values if low <= len(v.strip()) <= high and shape.search(v.strip())]
    return len(shaped), sum(EuPhoneRecognizer.is_possible_value(v) for v in shaped)


def flags_phone(name: str, values: Sequence[str]) -> bool:
    from classifiers.column import classify_column
    from classifiers.model import ColumnSample

    return any(f.entity == "PHONE_NUMBER" for f in classify_column(ColumnSample(name, list(values))))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=500)
    args = parser.parse_args(argv)
    from classifiers.generic.phone import EuPhoneRecognizer

    declared = next(s for s in EuPhoneRecognizer.CELLS if s.validator == "is_possible_value").chance_rate
    print(f"{'decoy column':<44} {'cells':>6} {'shaped':>7} {'pass':>6} {'rate':>6}  flagged")
    total_shaped = total_pass = flagged = columns = 0
    for kind, decoys in (("generated", generated_decoys(args.rows)), ("peer dev", peer_decoys())):
        for name, values in decoys.items():
            shaped, passed = loose_rates(values)
            hit = flags_phone(name.rsplit(".", 1)[-1], values)
            total_shaped += shaped
            total_pass += passed
            flagged += hit
            columns += 1
            rate = f"{passed / shaped:.3f}" if shaped else "-"
            print(f"{kind[:4] + ' ' + name:<44} {len(values):>6} {shaped:>7} {passed:>6} {rate:>6}  "
                  f"{'PHONE_NUMBER' if hit else '-'}")
    pooled = total_pass / total_shaped if total_shaped else 0.0
    print(f"\ndecoy columns: {columns}, flagged PHONE_NUMBER: {flagged}; phone-shaped decoy cells: "
          f"{total_shaped}, passing the loose test: {total_pass} (pooled chance rate {pooled:.3f}; "
          f"declared chance_rate {declared})")
    caught = 0
    print(f"\n{'phone column':<20} {'example':<28} caught")
    for name, values in phone_columns(args.rows).items():
        hit = flags_phone(name, values)
        caught += hit
        print(f"{name:<20} {values[0]:<28} {'yes' if hit else 'NO'}")
    print(f"\nphone columns caught: {caught} of {len(PHONES)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
