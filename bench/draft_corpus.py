"""Every stored policy drafted, to see what a change to the drafter changes, held-out drafts left out.

    python bench/draft_corpus.py dump /tmp/before.yaml --root /tmp/worktree_at_the_old_code
    python bench/draft_corpus.py dump /tmp/after.yaml
    python bench/draft_corpus.py diff /tmp/before.yaml /tmp/after.yaml [--lines]

A rule read off one policy is checked by drafting all the others and reading what it changed:
that is where its side effects show. But a held-out half's draft is a look at held-out data, and a
diff that prints it invites tuning on it (the twenty-ninth wave's diff did, once: bench/README.md).
So ``dump`` leaves out every policy a set's split puts in its held-out half (the fresh and ctrl
sets' readings files and the original fifteen's); ``--with-heldout`` keeps them, for a change that
must change no draft at all (a speed change), whose diff must then be empty.

The stream is one YAML document per policy, headed ``=== <path>``: a draft, ``LANG <reason>`` for a
policy whose language is unclear, or ``ERR <type> <message>`` for one the drafter refuses.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]

#: files beside the policies that are no policy (each policy's ``.source.yaml``)
_SKIPPED = {".yaml", ".yml"}


def _split_names(path: Path, halves: tuple[str, ...]) -> set[str]:
    """The names (and file stems) a readings file's split puts in ``halves``."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    policies = data.get("policies") or {}
    names: set[str] = set()
    for half in halves:
        for name in (data.get("split") or {}).get(half) or []:
            names.add(name)
            file = (policies.get(name) or {}).get("file")
            if file:
                names.add(Path(file).name.split(".")[0])
    return names


def heldout_names(root: Path) -> set[str]:
    """The names (file stems) every readings file under ``bench/draft`` puts in its held-out half,
    and every policy of a set's ``policies/`` that no split of the set names yet: a new set's
    policies are stored one by one, each before its reader writes its reading and its half, and
    one of them may be bound for the held-out half (the thirtieth wave's sets arrived so, while
    this diff was in use)."""
    draft = root / "bench" / "draft"
    names: set[str] = set()
    for path in [draft / "readings.yaml", *sorted(draft.glob("*/readings*.yaml"))]:
        if path.exists():
            names |= _split_names(path, ("heldout",))
    for folder in sorted(draft.glob("*/policies")):
        split = set().union(*(_split_names(p, ("dev", "heldout")) for p in folder.parent.glob("readings*.yaml")))
        names |= {p.name.split(".")[0] for p in folder.iterdir()
                  if p.is_file() and ".source" not in p.suffixes and p.suffix not in _SKIPPED} - split
    return names


def corpus(root: Path, with_heldout: bool = False) -> list[Path]:
    """Every stored policy (each set's ``policies/``, the seeds, ``bench/data``), sorted, without
    the held-out halves unless ``with_heldout``."""
    held = set() if with_heldout else heldout_names(root)
    found = [*(root / "bench" / "draft").glob("*/policies/*"), *(root / "bench" / "draft" / "policies").glob("*"),
             *(root / "policies" / "seeds").glob("*.txt"), *(root / "bench" / "data").glob("*.txt")]
    return sorted(p for p in found if p.is_file() and p.suffix not in _SKIPPED and ".source" not in p.suffixes
                  and p.name.split(".")[0] not in held)


def dump(root: Path, out: Path, with_heldout: bool = False) -> int:
    """Draft every policy of ``corpus`` with the drafter under ``root``; returns how many."""
    sys.path.insert(0, str(root))
    from flows.draft import LanguageError, draft_policy
    from flows.draft.reader import read_policy

    paths = corpus(root, with_heldout)
    with out.open("w", encoding="utf-8") as stream:
        for n, path in enumerate(paths, 1):
            try:
                text = draft_policy(read_policy(path), source_name=path.name).to_yaml()
            except LanguageError as e:
                text = f"LANG {e}"
            except Exception as e:  # noqa: BLE001 - a refusal is part of what a change may change
                text = f"ERR {type(e).__name__} {e}"
            stream.write(f"=== {path.relative_to(root)}\n{text}\n")
            if n % 100 == 0:
                print(f"{n}/{len(paths)}", file=sys.stderr)
    return len(paths)


def read_stream(path: Path) -> dict[str, list[str]]:
    """A dump, policy by policy."""
    drafts: dict[str, list[str]] = {}
    current: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        if line.startswith("=== "):
            current = drafts.setdefault(line[4:].strip(), [])
        else:
            current.append(line)
    return drafts


def diff(before: dict[str, list[str]], after: dict[str, list[str]], held: set[str] | None = None) -> dict[str, list[str]]:
    """The policies whose draft changed (or that one stream lacks), with their changed lines; a
    policy in ``held`` is never shown, whichever stream holds it."""
    held = held or set()
    changed: dict[str, list[str]] = {}
    for name in sorted(set(before) | set(after)):
        if Path(name).name.split(".")[0] in held:
            continue
        a, b = before.get(name), after.get(name)
        if a == b:
            continue
        if a is None or b is None:
            changed[name] = ["(only in the " + ("second" if a is None else "first") + " stream)"]
            continue
        changed[name] = [line.rstrip("\n") for line in difflib.unified_diff(a, b, n=0)
                         if line[:1] in "+-" and not line.startswith(("---", "+++"))]
    return changed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="draft every stored policy into one YAML stream")
    d.add_argument("out", type=Path)
    d.add_argument("--root", type=Path, default=ROOT, help="the checkout whose drafter runs (a worktree)")
    d.add_argument("--with-heldout", action="store_true", help="keep the held-out halves (for a change "
                   "that must change no draft)")
    c = sub.add_parser("diff", help="the policies whose draft changed between two dumps")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--lines", action="store_true", help="print the changed lines too")
    c.add_argument("--root", type=Path, default=ROOT, help="the checkout whose splits say what is held out")
    args = parser.parse_args()
    if args.command == "dump":
        n = dump(args.root.resolve(), args.out, args.with_heldout)
        print(f"{n} policies drafted into {args.out}")
        return 0
    for path in (args.before, args.after):
        if not path.is_file():
            print(f"error: {path} is not a dump (run `dump` first)", file=sys.stderr)
            return 2
    changed = diff(read_stream(args.before), read_stream(args.after), heldout_names(args.root.resolve()))
    for name, lines in changed.items():
        print(f"{name}: {len(lines)} line(s)")
        if args.lines:
            for line in lines:
                print(f"    {line[:200]}")
    print(f"{len(changed)} draft(s) changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
