"""The full-scan table: N rows x 10 columns in DuckDB, half personal data, half not.

Generating a million valid IBANs one by one in Python would take longer than the scan it feeds,
so each personal-data column draws from a pool of distinct generated values (the generators of
``bench/labeled.py``, check digits by python-stdnum) and DuckDB assembles the rows, picking a pool
entry per row by hash. The non-personal columns (order numbers, amounts, order dates, product
codes) are computed in SQL. The file is cached under ``bench/results/`` and rebuilt when the
requested row count differs.
"""

from __future__ import annotations

import random
from pathlib import Path

import duckdb
import pyarrow as pa

from bench import labeled

TABLE = "people"
POOL = 20_000
SEED = 7

# What the full scan should find, column by column (None: nothing).
EXPECTED: dict[str, str | None] = {
    "id": None,
    "email": "EMAIL_ADDRESS",
    "iban": "IBAN_CODE",
    "telefoon": "PHONE_NUMBER",
    "geboortedatum": "DATE_OF_BIRTH",
    "bsn": "NL_BSN",
    "order_no": None,
    "amount": None,
    "order_date": None,
    "product_code": None,
}


def _pools(size: int) -> pa.Table:
    rng = random.Random(f"fullscan:{SEED}")
    people = [labeled.make_person(rng, rng.choice(["FR", "NL", "BE"])) for _ in range(size)]
    return pa.table({
        "k": pa.array(range(size), type=pa.int64()),
        "email": [labeled.gen_email(rng, p) for p in people],
        "iban": [labeled.gen_iban(rng, p.country) for p in people],
        "telefoon": [labeled.gen_phone(rng, p.country) for p in people],
        "bsn": [labeled.gen_bsn(rng) for _ in people],
    })


def build(path: Path, rows: int) -> None:
    """Write ``rows`` rows into ``path`` (replacing it)."""
    path.unlink(missing_ok=True)
    pools = _pools(POOL)  # noqa: F841  (read by DuckDB's replacement scan)
    con = duckdb.connect(str(path))
    try:
        con.execute("CREATE TEMP TABLE pool AS SELECT * FROM pools")
        con.execute(f"""
            CREATE TABLE {TABLE} AS
            WITH r AS (
                SELECT i, hash(i + 1) AS h FROM range({int(rows)}) t(i)
            )
            SELECT
                r.i AS id,
                pe.email,
                pi.iban,
                CASE WHEN (r.h >> 8) % 10 = 0 THEN NULL ELSE pt.telefoon END AS telefoon,
                DATE '1935-01-01' + CAST((r.h >> 16) % 26000 AS INTEGER) AS geboortedatum,
                pb.bsn,
                100000000 + CAST((r.h >> 24) % 900000000 AS BIGINT) AS order_no,
                CAST(((r.h >> 32) % 100000) / 100.0 AS DECIMAL(10, 2)) AS amount,
                DATE '2021-01-01' + CAST((r.h >> 40) % 1600 AS INTEGER) AS order_date,
                'PRD-' || lpad(CAST((r.h >> 20) % 99999 AS VARCHAR), 5, '0') AS product_code
            FROM r
            JOIN pool pe ON pe.k = r.h % {POOL}
            JOIN pool pi ON pi.k = (r.h >> 4) % {POOL}
            JOIN pool pt ON pt.k = (r.h >> 12) % {POOL}
            JOIN pool pb ON pb.k = (r.h >> 28) % {POOL}
            ORDER BY r.i
        """)
        con.execute("CHECKPOINT")
    finally:
        con.close()


def ensure(path: Path, rows: int) -> Path:
    """``path`` holding a ``rows``-row table, building it when missing or of another size."""
    if path.exists():
        try:
            con = duckdb.connect(str(path), read_only=True)
            try:
                count = con.sql(f'SELECT count(*) FROM "{TABLE}"').fetchall()[0][0]
            finally:
                con.close()
            if count == rows:
                return path
        except duckdb.Error:
            pass
    build(path, rows)
    return path
