"""What each tool does on the labeled warehouse, as functions and as a command per tool.

    python bench/runners.py ropa     --root DIR [--rows 2000] [--seed N]
    python bench/runners.py presidio --root DIR [--rows 100]  [--seed N]
    python bench/runners.py fullscan --db FILE  [--batch-rows 65536]

Each command prints one JSON object on stdout (cells processed, predictions, time spent after
imports). ``bench/speed.py`` launches them as separate processes so that start-up (imports, model
loading) is part of what is timed; ``bench/accuracy.py`` calls the functions in-process.

Both tools get the same assets (the ``tables`` list of labels.json: where the assets are, not
what they hold) and rows sampled the same way (``bench/sample.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any, Sequence

_T0 = time.perf_counter()

if __package__ in (None, ""):  # run as a script: make ``bench`` and ``classifiers`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import sample as sampling  # noqa: E402

HASH_KEY = b"ropa-bench-key-not-a-secret"
ASSETS_FILE = "labels.json"


def _assets(root: Path) -> list[dict[str, Any]]:
    path = root / ASSETS_FILE
    if not path.exists():
        raise SystemExit(f"no {ASSETS_FILE} under {root}: build the labeled warehouse first "
                         "(python bench/labeled.py)")
    return json.loads(path.read_text(encoding="utf-8"))["tables"]


def _import_ropa() -> tuple[Any, Any, Any]:
    try:
        from classifiers.column import ColumnProfiler, classify_table
        from classifiers.model import ColumnSample
    except ImportError as exc:
        raise SystemExit(f"ropa's column classifier cannot be imported ({exc}); it lives in "
                         "classifiers/column.py - run from the repository root with the "
                         "project's .venv") from exc
    return classify_table, ColumnSample, ColumnProfiler


def ropa_predictions(root: Path, rows: int, seed: int) -> dict[str, Any]:
    """Run ropa's ``classify_table`` on ``rows``-row samples of every asset.

    Returns ``{"cells", "columns", "findings": [{table, column, entity, score, matched,
    sampled}]}``.
    """
    classify_table, ColumnSample, _ = _import_ropa()
    con = sampling.connect(root)
    findings: list[dict[str, Any]] = []
    cells = columns = 0
    try:
        for asset in _assets(root):
            got = sampling.read_sample(con, root, asset, rows, seed)
            samples = [
                ColumnSample(name=name, values=got.table.column(name).to_pylist(),
                             dtype=got.dtypes[name], table=got.name, total_rows=got.total_rows)
                for name in got.table.column_names
            ]
            cells += got.table.num_rows * got.table.num_columns
            columns += got.table.num_columns
            for finding in classify_table(samples, hash_key=HASH_KEY):
                findings.append({"table": got.name, "column": finding.column,
                                 "entity": finding.entity, "score": round(finding.score, 4),
                                 "matched": finding.matched, "sampled": finding.sampled})
    finally:
        con.close()
    return {"cells": cells, "columns": columns, "findings": findings}


STRATEGIES = ("most_common", "highest_confidence", "mixed")


def presidio_predictions(root: Path, rows: int, seed: int,
                         strategies: Sequence[str] = ("most_common",)) -> dict[str, Any]:
    """Run presidio-structured's PandasAnalysisBuilder on ``rows``-row samples of every asset.

    Cells are handed over as strings (``""`` for NULL): Presidio's batch analyzer accepts only
    str / int / float / bool, so dates and decimals must be converted, as a user would with
    ``df.astype(str)``. With one strategy this is exactly ``generate_analysis(df,
    selection_strategy=...)``. With several, the cells are analyzed once and each strategy is
    applied to the same results, with the very steps ``generate_analysis`` takes (its
    ``_batch_analyze_df`` and ``_find_entity_based_on_strategy``, presidio-structured 0.0.10),
    so that comparing strategies does not cost one full Presidio pass each.

    Returns ``{"cells", "columns", "mapping": {strategy: [{table, column, entity}]}}`` with
    Presidio's own entity names; columns Presidio calls NON_PII are left out, as
    ``generate_analysis`` leaves them out.
    """
    import pandas as pd
    from presidio_structured import PandasAnalysisBuilder
    from presidio_structured.analysis_builder import NON_PII_ENTITY_TYPE

    from bench import peer

    builder = PandasAnalysisBuilder(analyzer=peer.make_analyzer())
    con = sampling.connect(root)
    mapping: dict[str, list[dict[str, Any]]] = {strategy: [] for strategy in strategies}
    cells = columns = 0
    try:
        for asset in _assets(root):
            got = sampling.read_sample(con, root, asset, rows, seed)
            frame = pd.DataFrame({
                name: ["" if v is None else str(v) for v in got.table.column(name).to_pylist()]
                for name in got.table.column_names
            }, dtype=object)
            cells += got.table.num_rows * got.table.num_columns
            columns += got.table.num_columns
            if len(strategies) == 1:
                analysis = builder.generate_analysis(frame, n=len(frame), language="en",
                                                     selection_strategy=strategies[0])
                picked = {strategies[0]: analysis.entity_mapping}
            else:
                shuffled = frame.sample(len(frame), random_state=123)  # as generate_analysis
                results = builder._batch_analyze_df(shuffled, "en")
                picked = {}
                for strategy in strategies:
                    chosen = {name: builder._find_entity_based_on_strategy(res, strategy, 0.5)
                              for name, res in results.items()}
                    picked[strategy] = {name: r.entity_type for name, r in chosen.items()
                                        if r.entity_type != NON_PII_ENTITY_TYPE}
            for strategy, entity_mapping in picked.items():
                for name, entity in entity_mapping.items():
                    mapping[strategy].append({"table": got.name, "column": name,
                                              "entity": entity})
    finally:
        con.close()
    return {"cells": cells, "columns": columns, "mapping": mapping}


def fullscan(db: Path, table: str, batch_rows: int) -> dict[str, Any]:
    """Stream every row of ``table`` through one ropa ColumnProfiler per column, in batches."""
    _, _, ColumnProfiler = _import_ropa()
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        rel = con.sql(f"SELECT * FROM {sampling.quote(table)}")
        names = list(rel.columns)
        dtypes = [str(kind).lower() for kind in rel.types]
        profilers = [ColumnProfiler(name, dtype=dtype, table=table, hash_key=HASH_KEY)
                     for name, dtype in zip(names, dtypes)]
        rows = batches = 0
        for batch in rel.to_arrow_reader(batch_rows):
            for index, profiler in enumerate(profilers):
                profiler.update(batch.column(index))
            rows += batch.num_rows
            batches += 1
        findings = [{"column": f.column, "entity": f.entity, "score": round(f.score, 4),
                     "matched": f.matched, "sampled": f.sampled}
                    for profiler in profilers for f in profiler.finish()]
    finally:
        con.close()
    return {"rows": rows, "columns": len(names), "cells": rows * len(names), "batches": batches,
            "findings": findings}


def _time_slow_hashes() -> list[float]:
    """Count scrypt hashes of finding examples (issue 10's keyed hashes) and their CPU time.

    Returns a ``[count, seconds]`` list that fills in as the run goes: the speed report says how
    much of ropa's time is that deliberate cost, which Presidio does not pay.
    """
    from classifiers import masking

    spent = [0, 0.0]
    original = masking._slow_hash

    def timed(*args: Any) -> str:
        before = time.process_time()
        try:
            return original(*args)
        finally:
            spent[0] += 1
            spent[1] += time.process_time() - before

    masking._slow_hash = timed  # keyed_hash looks it up in the module at each call
    return spent


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run one tool once and print JSON.")
    sub = parser.add_subparsers(dest="tool", required=True)
    for tool, rows in (("ropa", 2000), ("presidio", 100)):
        cmd = sub.add_parser(tool)
        cmd.add_argument("--root", type=Path, required=True)
        cmd.add_argument("--rows", type=int, default=rows)
        cmd.add_argument("--seed", type=int, default=42)
    cmd = sub.add_parser("fullscan")
    cmd.add_argument("--db", type=Path, required=True)
    cmd.add_argument("--table", default="people")
    cmd.add_argument("--batch-rows", type=int, default=65_536)
    args = parser.parse_args(argv)

    started = time.perf_counter()
    if args.tool == "ropa":
        _import_ropa()
        hashing = _time_slow_hashes()
        started = time.perf_counter()
        result = ropa_predictions(args.root, args.rows, args.seed)
        result["slow_hashes"], result["seconds_slow_hashing"] = hashing[0], round(hashing[1], 3)
    elif args.tool == "presidio":
        result = presidio_predictions(args.root, args.rows, args.seed)
    else:
        _import_ropa()
        started = time.perf_counter()
        result = fullscan(args.db, args.table, args.batch_rows)
    done = time.perf_counter()
    result["seconds_after_start"] = round(done - _T0, 3)
    result["seconds_work"] = round(done - started, 3)
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
