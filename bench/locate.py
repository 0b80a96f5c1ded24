"""`ropa locate` against the naive search of every text column, on a warehouse of many tables.

    .venv/bin/python bench/locate.py [--tables 20] [--rows 100000] [--dir bench/results/locate]

Builds one DuckDB warehouse of ``--tables`` tables x ``--rows`` rows (the issue's figure is
50 x 1,000,000: pass it explicitly, it takes a few GB and minutes to build). Half the tables are
customer tables (email, IBAN, phone, drawn from pools of valid generated values as in
``bench/fullscan.py``, plus city / status / note / product text columns); the other half hold
only non-personal text (logs, codes). One person is planted in three customer tables under
different spellings. The warehouse is scanned once (sampled, as ``ropa scan`` does), then:

* ``locate``: ``flows.locate.locate`` for the email, which searches only the columns the catalog
  classified as EMAIL_ADDRESS, one parameterised count per column;
* ``naive``: the same normalised equality (``lower(trim(col)) = ?``) on every VARCHAR column of
  every table, which is what one does without a catalog.

Both answers are compared (they must name the same places) and both times printed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import fullscan  # noqa: E402

PERSON_EMAIL = "zephyrine.quatremains@exemple.fr"


def _planted(tables: int) -> dict[str, str]:
    """{table: spelling} of the planted email: the first three customer tables."""
    spellings = [PERSON_EMAIL.upper(), f"  {PERSON_EMAIL}", PERSON_EMAIL.title()]
    return {f"main.t{t:03d}": s for t, s in zip(range(0, tables, 2), spellings)}


def ensure(path: Path, tables: int, rows: int) -> tuple[dict[str, str], bool]:
    """The warehouse at ``path``, built unless one of the same size is there (the build of the
    50 x 1M warehouse takes minutes); (planted, built)."""
    if path.exists():
        try:
            con = duckdb.connect(str(path), read_only=True)
            try:
                size = con.execute("SELECT tables, rows FROM bench_meta").fetchone()
            finally:
                con.close()
            if size == (tables, rows):
                return _planted(tables), False
        except duckdb.Error:
            pass
    return build(path, tables, rows), True


def build(path: Path, tables: int, rows: int) -> dict[str, str]:
    """Write the warehouse; returns {table: spelling} of the planted email."""
    path.unlink(missing_ok=True)
    pools = fullscan._pools(fullscan.POOL)  # noqa: F841  (read by DuckDB's replacement scan)
    con = duckdb.connect(str(path))
    try:
        con.execute("CREATE TEMP TABLE pool AS SELECT * FROM pools")
        for t in range(tables):
            name = f"t{t:03d}"
            if t % 2 == 0:
                con.execute(f"""
                    CREATE TABLE {name} AS
                    WITH r AS (SELECT i, hash(i + {t} * 7919) AS h FROM range({int(rows)}) s(i))
                    SELECT r.i AS id, pe.email, pi.iban, pt.telefoon,
                           'Ville ' || CAST(r.h % 997 AS VARCHAR) AS city,
                           CASE r.h % 3 WHEN 0 THEN 'actif' WHEN 1 THEN 'suspendu' ELSE 'clos' END AS status,
                           'Commande ' || CAST((r.h >> 8) % 100000 AS VARCHAR) || ' livrée' AS note,
                           'PRD-' || lpad(CAST((r.h >> 20) % 99999 AS VARCHAR), 5, '0') AS product_code
                    FROM r
                    JOIN pool pe ON pe.k = r.h % {fullscan.POOL}
                    JOIN pool pi ON pi.k = (r.h >> 4) % {fullscan.POOL}
                    JOIN pool pt ON pt.k = (r.h >> 12) % {fullscan.POOL}
                """)
            else:
                con.execute(f"""
                    CREATE TABLE {name} AS
                    SELECT i AS id,
                           'GET /api/v1/items/' || CAST(hash(i) % 100000 AS VARCHAR) AS request,
                           CASE hash(i) % 4 WHEN 0 THEN 'ok' WHEN 1 THEN 'retry' ELSE 'done' END AS state,
                           'SKU-' || lpad(CAST(hash(i + 1) % 99999 AS VARCHAR), 5, '0') AS sku,
                           'batch ' || CAST(i // 1000 AS VARCHAR) AS batch
                    FROM range({int(rows)}) s(i)
                """)
        planted = _planted(tables)
        for name, spelling in planted.items():
            con.execute(f"UPDATE {name} SET email = ? WHERE id = ?", [spelling, rows // 2])
        con.execute("CREATE TABLE bench_meta AS SELECT ? AS tables, ? AS rows", [tables, rows])
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return planted


def naive(path: Path, value: str) -> tuple[set[tuple[str, str]], int, float]:
    """Every VARCHAR column of every table, normalised equality; (places, columns, seconds)."""
    from catalog.sql import qualified, quote_identifier

    con = duckdb.connect(str(path), read_only=True)
    started = time.perf_counter()
    found: set[tuple[str, str]] = set()
    columns = con.execute("SELECT schema_name, table_name, column_name FROM duckdb_columns() "
                          "WHERE data_type = 'VARCHAR' AND NOT internal "
                          "AND database_name = current_database() ORDER BY ALL").fetchall()
    for schema, table, column in columns:
        n = con.execute(f"SELECT count(*) FROM {qualified(schema, table)} "
                        f"WHERE lower(trim({quote_identifier(column)})) = ?", [value]).fetchone()[0]
        if n:
            found.add((f"{schema}.{table}", column))
    seconds = time.perf_counter() - started
    con.close()
    return found, len(columns), seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=int, default=20)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--dir", type=Path, default=Path("bench/results/locate"))
    args = parser.parse_args()
    os.environ.setdefault("ROPA_HASH_KEY", "00" * 32)
    args.dir.mkdir(parents=True, exist_ok=True)
    warehouse = args.dir / "warehouse.duckdb"
    catalog = args.dir / "ropa.duckdb"
    for p in (catalog, Path(str(catalog) + ".wal")):
        p.unlink(missing_ok=True)

    t0 = time.perf_counter()
    planted, built = ensure(warehouse, args.tables, args.rows)
    t_build = time.perf_counter() - t0

    from flows.cli import _scan
    from flows.locate import locate

    t0 = time.perf_counter()
    _scan([str(warehouse)], catalog, [], engine="local", quiet=True)
    t_scan = time.perf_counter() - t0

    report = locate(catalog, "email", PERSON_EMAIL, record=False)
    ours = {(h.asset, h.column) for h in report.hits}
    theirs, text_columns, t_naive = naive(warehouse, PERSON_EMAIL)

    print(f"warehouse: {args.tables} tables x {args.rows:,} rows = {args.tables * args.rows:,} rows, "
          f"{text_columns} text columns ({warehouse.stat().st_size / 1e6:,.0f} MB; "
          f"{f'built in {t_build:.1f}s' if built else 'reused'}, "
          f"scanned in {t_scan:.1f}s)")
    print(f"planted in {len(planted)} tables; locate found {len(ours)} places, naive {len(theirs)}; "
          f"same answer: {ours == theirs == {(t, 'email') for t in planted}}")
    print(f"{'method':<8} {'columns searched':>17} {'seconds':>9}")
    print(f"{'locate':<8} {report.searched:>17} {report.seconds:>9.2f}")
    print(f"{'naive':<8} {text_columns:>17} {t_naive:>9.2f}")
    print(f"speed-up: {t_naive / max(report.seconds, 1e-9):.1f}x")


if __name__ == "__main__":
    main()
