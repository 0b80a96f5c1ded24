"""Column-level accuracy of ropa's classifier and of Presidio on the labeled warehouse.

    python bench/accuracy.py [--root DIR] [--rows 5000] [--ropa-rows 2000]
                             [--presidio-rows 100] [--min-score 0.5] [--skip-presidio]

Builds the labeled warehouse if needed (``bench/labeled.py``), runs both tools on samples read the
same way (``bench/sample.py``), and scores each column: a column's predicted entities are compared
with its labeled entities (none for a ``NONE`` column, several for free text). Per entity,
TP = labeled and predicted, FP = predicted but not labeled, FN = labeled but not predicted;
precision, recall and F1 follow, and the overall row sums the counts (micro average). A Presidio
entity with no ropa equivalent (DATE_TIME, URL, US_BANK_NUMBER, ...) keeps its own name and so can
only be a false positive. A second, coarser table asks only "is the column flagged as personal
data at all", which is kinder to a tool whose entity names differ from ours.

Writes the full per-column outcome to ``bench/results/accuracy.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

if __package__ in (None, ""):  # run as a script: make ``bench`` and ``classifiers`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import labeled, runners  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"


@dataclass
class Score:
    """Column-level outcome of one tool."""

    counts: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))
    binary: list[int] = field(default_factory=lambda: [0, 0, 0])  # TP, FP, FN of "flagged"
    flagged_none: list[tuple[str, str, str]] = field(default_factory=list)  # column, role, said
    wrong: list[dict[str, Any]] = field(default_factory=list)

    def micro(self) -> tuple[int, int, int]:
        tp = sum(c[0] for c in self.counts.values())
        fp = sum(c[1] for c in self.counts.values())
        fn = sum(c[2] for c in self.counts.values())
        return tp, fp, fn


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score(columns: Sequence[dict[str, Any]], predicted: dict[tuple[str, str], set[str]],
          notes: dict[tuple[str, str], str] | None = None) -> Score:
    """Compare predicted entity sets with the labels, column by column."""
    result = Score()
    notes = notes or {}
    for col in columns:
        key = (col["table"], col["column"])
        expected, got = set(col["entities"]), predicted.get(key, set())
        for entity in expected & got:
            result.counts[entity][0] += 1
        for entity in got - expected:
            result.counts[entity][1] += 1
        for entity in expected - got:
            result.counts[entity][2] += 1
        if expected and got:
            result.binary[0] += 1
        elif got:
            result.binary[1] += 1
        elif expected:
            result.binary[2] += 1
        if got and not expected:
            result.flagged_none.append((f"{key[0]}.{key[1]}", col["role"],
                                        ", ".join(sorted(got))))
        if got != expected:
            result.wrong.append({"column": f"{key[0]}.{key[1]}", "label": col["label"],
                                 "said": sorted(got), "detail": notes.get(key, "")})
    return result


def ropa_sets(findings: Iterable[dict[str, Any]], min_score: float
              ) -> tuple[dict[tuple[str, str], set[str]], dict[tuple[str, str], str]]:
    """Entities ropa reports at ``min_score`` or above, and every finding as a readable note."""
    sets: dict[tuple[str, str], set[str]] = defaultdict(set)
    notes: dict[tuple[str, str], list[str]] = defaultdict(list)
    for f in findings:
        key = (f["table"], f["column"])
        if f["score"] >= min_score:
            sets[key].add(f["entity"])
        notes[key].append(f"{f['entity']} {f['score']:.2f} ({f['matched']}/{f['sampled']})")
    return sets, {key: "; ".join(v) for key, v in notes.items()}


def presidio_sets(mapping: Iterable[dict[str, Any]]
                  ) -> tuple[dict[tuple[str, str], set[str]], dict[tuple[str, str], str]]:
    from bench import peer

    sets: dict[tuple[str, str], set[str]] = {}
    notes: dict[tuple[str, str], str] = {}
    for m in mapping:
        key = (m["table"], m["column"])
        sets[key] = {peer.map_entity(m["entity"]) or ""}
        notes[key] = f"presidio: {m['entity']}"
    return sets, notes


def _fmt_prf(counts: Sequence[int]) -> str:
    if not any(counts):
        return f"{0:>3} {0:>3} {0:>3}  {'-':>5} {'-':>5} {'-':>5}"
    p, r, f = prf(*counts)
    return f"{counts[0]:>3} {counts[1]:>3} {counts[2]:>3}  {p:5.2f} {r:5.2f} {f:5.2f}"


def render(columns: Sequence[dict[str, Any]], tools: dict[str, Score]) -> str:
    """The side-by-side tables, as text."""
    names = list(tools)
    labeled_entities = sorted({e for c in columns for e in c["entities"]})
    extra = sorted({e for s in tools.values() for e in s.counts} - set(labeled_entities))
    support = defaultdict(int)
    for col in columns:
        for entity in col["entities"]:
            support[entity] += 1
    width = 22
    head = f"{'entity':<{width}} {'cols':>4}  " + "  ".join(
        f"{name:^35}" for name in names)
    sub = f"{'':<{width}} {'':>4}  " + "  ".join(
        f"{' TP  FP  FN      P     R    F1':<35}" for _ in names)
    lines = [head, sub, "-" * len(head)]
    for entity in labeled_entities + extra:
        mark = "*" if entity in extra else " "
        row = f"{entity + mark:<{width}} {support.get(entity, 0):>4}  "
        row += "  ".join(f"{_fmt_prf(tools[n].counts.get(entity, [0, 0, 0])):<35}" for n in names)
        lines.append(row)
    lines.append("-" * len(head))
    total = sum(support.values())
    lines.append(f"{'micro (all entities)':<{width}} {total:>4}  " + "  ".join(
        f"{_fmt_prf(tools[n].micro()):<35}" for n in names))
    pii_cols = sum(1 for c in columns if c["entities"])
    lines.append(f"{'flagged as PII at all':<{width}} {pii_cols:>4}  " + "  ".join(
        f"{_fmt_prf(tools[n].binary):<35}" for n in names))
    if extra:
        lines.append("* entity not in ropa's label set (Presidio name kept): always a false "
                     "positive")
    return "\n".join(lines)


def render_lists(tools: dict[str, Score], none_total: int) -> str:
    lines = []
    for name, result in tools.items():
        decoys = [x for x in result.flagged_none if x[1] == "decoy"]
        lines.append(f"\nNONE columns flagged by {name}: {len(result.flagged_none)} of "
                     f"{none_total} ({len(decoys)} of them designed decoys)")
        for column, role, said in result.flagged_none:
            lines.append(f"  {column:<44} {role:<6} -> {said}")
    return "\n".join(lines)


def render_wrong(name: str, result: Score) -> str:
    lines = [f"\nColumns {name} gets wrong: {len(result.wrong)}"]
    for w in result.wrong:
        said = ", ".join(w["said"]) or "nothing"
        lines.append(f"  {w['column']:<44} label {w['label']:<22} said {said}")
        if w["detail"]:
            lines.append(f"  {'':<44} findings: {w['detail']}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=labeled.DEFAULT_OUT)
    parser.add_argument("--rows", type=int, default=labeled.DEFAULT_ROWS,
                        help="rows per table of the labeled warehouse")
    parser.add_argument("--seed", type=int, default=labeled.DEFAULT_SEED)
    parser.add_argument("--ropa-rows", type=int, default=2000, help="sample size for ropa")
    parser.add_argument("--presidio-rows", type=int, default=100,
                        help="sample size for Presidio")
    parser.add_argument("--min-score", type=float, default=0.5,
                        help="ropa findings below this score do not count")
    parser.add_argument("--skip-presidio", action="store_true")
    parser.add_argument("--json", type=Path, default=RESULTS / "accuracy.json")
    args = parser.parse_args(argv)

    labels = labeled.ensure_built(args.root, args.rows, args.seed)
    columns = labels["columns"]
    none_total = sum(1 for c in columns if not c["entities"])
    decoys = sum(1 for c in columns if c["role"] == "decoy")
    print(f"Labeled warehouse: {len(labels['tables'])} assets, {len(columns)} columns "
          f"({len(columns) - none_total} with personal data, {none_total} NONE of which "
          f"{decoys} decoys), {labels['rows']} rows per table, seed {labels['seed']}, "
          f"under {args.root}")

    tools: dict[str, Score] = {}
    report: dict[str, Any] = {"labels": str(args.root / "labels.json")}

    started = time.perf_counter()
    ropa = runners.ropa_predictions(args.root, args.ropa_rows, 42)
    ropa_seconds = time.perf_counter() - started
    sets, notes = ropa_sets(ropa["findings"], args.min_score)
    tools["ropa"] = score(columns, sets, notes)
    print(f"ropa: classifiers.column.classify_table on {args.ropa_rows}-row samples, findings "
          f"with score >= {args.min_score} ({ropa['cells']:,} cells, {ropa_seconds:.1f} s "
          "in-process)")
    report["ropa"] = {"findings": ropa["findings"], "min_score": args.min_score}

    other_strategies: dict[str, Score] = {}
    if not args.skip_presidio:
        from bench import peer

        started = time.perf_counter()
        presidio = runners.presidio_predictions(args.root, args.presidio_rows, 42,
                                                strategies=runners.STRATEGIES)
        presidio_seconds = time.perf_counter() - started
        for strategy, mapping in presidio["mapping"].items():
            p_sets, p_notes = presidio_sets(mapping)
            result = score(columns, p_sets, p_notes)
            if strategy == "most_common":
                tools["Presidio-structured"] = result
            else:
                other_strategies[strategy] = result
        print(f"Presidio: {peer.describe()}; {args.presidio_rows}-row samples "
              f"({presidio['cells']:,} cells, {presidio_seconds:.1f} s in-process)")
        report["presidio"] = {"mapping": presidio["mapping"], "describe": peer.describe()}

    print()
    print(render(columns, tools))
    for strategy, result in other_strategies.items():
        p, r, f = prf(*result.micro())
        print(f"(Presidio with selection_strategy={strategy!r}: micro P {p:.2f} R {r:.2f} "
              f"F1 {f:.2f}, {len(result.flagged_none)} NONE columns flagged)")
    print(render_lists(tools, none_total))
    print(render_wrong("ropa", tools["ropa"]))

    p, r, f = prf(*tools["ropa"].micro())
    decoys_hit = [x for x in tools["ropa"].flagged_none]
    verdict = "MET" if f >= 0.97 and not decoys_hit else "NOT MET"
    print(f"\nTarget for ropa (micro F1 >= 0.97, no NONE column flagged): {verdict} "
          f"(F1 {f:.3f}, {len(decoys_hit)} NONE columns flagged)")
    if "Presidio-structured" in tools:
        pp, pr, pf = prf(*tools["Presidio-structured"].micro())
        print(f"Presidio-structured micro F1: {pf:.3f}")

    report["scores"] = {
        name: {"micro": dict(zip(("tp", "fp", "fn"), s.micro())),
               "micro_f1": round(prf(*s.micro())[2], 4),
               "per_entity": {e: dict(zip(("tp", "fp", "fn"), c)) for e, c in s.counts.items()},
               "flagged_none": s.flagged_none, "wrong": s.wrong}
        for name, s in {**tools, **{f"Presidio-{k}": v for k, v in other_strategies.items()}
                        }.items()
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n",
                         encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
