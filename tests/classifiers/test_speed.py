"""Throughput targets: a 2,000-row sample of 10 columns well under a second, full scans linear.

Timings on a shared 2-core machine vary; the limits here are loose multiples of what the module
achieves (about 0.3 s for the sample, about 3 s for 1M rows x 10 columns; see the report in the
pull request), tight enough to catch a per-cell Python loop sneaking back in.
"""

from __future__ import annotations

import random
import time

import numpy as np
import pyarrow as pa

from classifiers.column import ColumnProfiler, classify_column
from classifiers.model import ColumnSample

from . import gen


def _sample_table(rows: int) -> list[ColumnSample]:
    rng = random.Random(11)
    return [
        ColumnSample("bsn", [gen.gen_bsn(rng) for _ in range(rows)]),
        ColumnSample("order_no", [gen.digits(rng, 9) for _ in range(rows)]),
        ColumnSample("iban", [gen.gen_iban(rng, "NL") for _ in range(rows)]),
        ColumnSample("email", [gen.gen_email(rng) for _ in range(rows)]),
        ColumnSample("naam", [f"{rng.choice(gen.FIRST)} {rng.choice(gen.LAST)}" for _ in range(rows)]),
        ColumnSample("telefoon", [gen.gen_phone(rng, "NL") for _ in range(rows)]),
        ColumnSample("geboortedatum", pa.array([gen.gen_dob(rng) for _ in range(rows)], pa.date32())),
        ColumnSample("adres", [gen.gen_nl_address(rng) for _ in range(rows)]),
        ColumnSample("amount", [round(rng.uniform(1, 500), 2) for _ in range(rows)]),
        ColumnSample("status", [rng.choice(["open", "closed"]) for _ in range(rows)]),
    ]


def test_sample_of_ten_columns_is_fast():
    samples = _sample_table(2000)
    for sample in samples:  # warm-up: registry, phonenumbers metadata, regex caches
        classify_column(sample)
    start = time.perf_counter()
    found = [f.entity for sample in samples for f in classify_column(sample)]
    elapsed = time.perf_counter() - start
    assert elapsed < 1.5, f"{elapsed:.2f} s for 20,000 cells"
    assert found == ["NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PERSON", "PHONE_NUMBER", "DATE_OF_BIRTH", "POSTAL_ADDRESS"]


def test_full_scan_is_linear_in_arrow():
    """262,144 rows x 3 columns in batches of 65,536: a few hundred thousand cells per second at
    the very least (measured: several million)."""
    rng = np.random.default_rng(0)
    rows, batch = 262_144, 65_536
    columns = {
        "order_no": pa.array(rng.integers(10**8, 10**9, rows).astype(str)),
        "email": pa.array(np.char.add(np.char.add("user", np.arange(rows).astype(str)), "@example.nl")),
        "status": pa.array(np.array(["open", "closed", "pending"])[rng.integers(0, 3, rows)]),
    }
    start = time.perf_counter()
    found = {}
    for name, values in columns.items():
        profiler = ColumnProfiler(name, table="t")
        for offset in range(0, rows, batch):
            profiler.update(values.slice(offset, batch))
        found[name] = [f.entity for f in profiler.finish()]
    elapsed = time.perf_counter() - start
    assert found == {"order_no": [], "email": ["EMAIL_ADDRESS"], "status": []}
    assert rows * len(columns) / elapsed > 300_000, f"{rows * len(columns) / elapsed:,.0f} cells/s"
