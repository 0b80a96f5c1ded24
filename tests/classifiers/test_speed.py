"""Complexity guards: classification cost grows linearly with the number of cells.

No absolute speed is asserted here: the suite runs on shared machines whose load varies, and an
absolute floor fails under load without any change in the code. Absolute figures (cells/s, peak
RSS, the ratio to presidio-structured) live in ``bench/speed.py``. Each test below times the same
work at two sizes in one run and checks that four times the cells costs well under the sixteen
times a per-pair (quadratic) step would cost; the best of three runs per size damps scheduler
noise.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

import numpy as np
import pyarrow as pa

from classifiers.column import ColumnProfiler, classify_column
from classifiers.model import ColumnSample

from . import gen

# 4x the cells: linear work costs ~4x, quadratic ~16x. 9x leaves room for noise and fixed costs.
GROWTH = 4
MAX_RATIO = 9.0


def _best_of(runs: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


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


def _classify_all(samples: list[ColumnSample]) -> list[str]:
    return [f.entity for sample in samples for f in classify_column(sample)]


def test_sample_classification_is_linear_in_rows():
    small, large = _sample_table(1000), _sample_table(1000 * GROWTH)
    _classify_all(small)  # warm-up: registry, phonenumbers metadata, regex caches
    assert _classify_all(large) == ["NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PERSON",
                                    "PHONE_NUMBER", "DATE_OF_BIRTH", "POSTAL_ADDRESS"]
    t_small = _best_of(3, lambda: _classify_all(small))
    t_large = _best_of(3, lambda: _classify_all(large))
    assert t_large / t_small < MAX_RATIO, f"{t_small:.3f} s -> {t_large:.3f} s for {GROWTH}x the rows"


def _full_scan(rows: int, batch: int) -> dict[str, list[str]]:
    rng = np.random.default_rng(0)
    columns = {
        "order_no": pa.array(rng.integers(10**8, 10**9, rows).astype(str)),
        "email": pa.array(np.char.add(np.char.add("user", np.arange(rows).astype(str)), "@example.nl")),
        "status": pa.array(np.array(["open", "closed", "pending"])[rng.integers(0, 3, rows)]),
    }
    found = {}
    for name, values in columns.items():
        profiler = ColumnProfiler(name, table="t")
        for offset in range(0, rows, batch):
            profiler.update(values.slice(offset, batch))
        found[name] = [f.entity for f in profiler.finish()]
    return found


def test_full_scan_is_linear_in_arrow():
    """Streaming Arrow batches through one profiler per column: 4x the batches, ~4x the time."""
    batch = 16_384
    assert _full_scan(batch * GROWTH, batch) == {"order_no": [], "email": ["EMAIL_ADDRESS"], "status": []}
    t_small = _best_of(3, lambda: _full_scan(batch * 2, batch))
    t_large = _best_of(3, lambda: _full_scan(batch * 2 * GROWTH, batch))
    assert t_large / t_small < MAX_RATIO, f"{t_small:.3f} s -> {t_large:.3f} s for {GROWTH}x the rows"
