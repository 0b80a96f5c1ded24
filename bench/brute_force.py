"""What reversing one BSN hash by brute force costs on this machine, old scheme vs new.

The attack of issue 10: take a catalog's ``findings.hashes`` for an ``NL_BSN`` column and try
every valid BSN until one hashes alike. Its cost is (candidates) x (seconds per guess):

* candidates: the 9-digit numbers passing the 11-proof, counted exactly (a digit DP, no
  enumeration); divided by 100 when the masked example aligned with the hash shows the last two
  digits (the old ``*******33``), not divided with the new unaligned, digit-free ``*********``;
* seconds per guess: measured here, on a timed sample of real candidates hashed with the scheme's
  own code (old: HMAC-SHA256, as ``keyed_hash`` computed it before; new: ``keyed_hash`` now);
* without the key, nothing can be tried but the key itself: 2^128 (or, for the 32-byte keys ropa
  generates, 2^256) guesses. Under the old scheme the key sat beside the catalog, so whoever had
  the catalog folder had it: the "without the key" attack was the "with the key" one.

It also *runs* the old attack on one hash, on the slice of candidates sharing the revealed digits
and a known 4-digit prefix, to show the loop really reverses a hash, and times it.

    .venv/bin/python bench/brute_force.py [--sample-old 200000] [--sample-new 40]
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import math
import os
import secrets
import sys
import time
from pathlib import Path
from typing import Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from stdnum.nl import bsn  # noqa: E402

from classifiers.masking import SCRYPT_N, SCRYPT_P, SCRYPT_R, keyed_hash, mask  # noqa: E402

WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)   # the 11-proof


def valid_bsn_count(fixed_suffix: str = "") -> int:
    """How many 9-digit strings pass the 11-proof (and end in ``fixed_suffix``): exact, by DP mod 11."""
    counts = [1] + [0] * 10
    for position, weight in enumerate(WEIGHTS):
        digits = range(10)
        if position >= 9 - len(fixed_suffix):
            digits = [int(fixed_suffix[position - (9 - len(fixed_suffix))])]
        nxt = [0] * 11
        for residue, ways in enumerate(counts):
            if ways:
                for d in digits:
                    nxt[(residue + weight * d) % 11] += ways
        counts = nxt
    # 000000000 passes the arithmetic but is no BSN (python-stdnum refuses it too)
    return counts[0] - (1 if set(fixed_suffix) <= {"0"} else 0)


def candidates(prefix: str = "", suffix: str = ""):
    """Valid BSNs with the given prefix and suffix, in order (python-stdnum's check)."""
    free = 9 - len(prefix) - len(suffix)
    for middle in range(10**free):
        number = f"{prefix}{middle:0{free}d}{suffix}"
        if bsn.is_valid(number):
            yield number


def old_hash(key: bytes, value: str) -> str:
    """``keyed_hash`` before issue 10: HMAC-SHA256 of the normalised value, 16 hex digits."""
    return hmac.new(key, value.encode(), hashlib.sha256).hexdigest()[:16]


def per_guess(fn, values: Sequence[str]) -> float:
    started = time.perf_counter()
    for value in values:
        fn(value)
    return (time.perf_counter() - started) / len(values)


def human(seconds: float) -> str:
    if seconds >= 1e6 * 365.25 * 86400:
        return f"{seconds / (365.25 * 86400):.1e} years"
    for unit, size in (("years", 365.25 * 86400), ("days", 86400), ("hours", 3600), ("min", 60)):
        if seconds >= size:
            return f"{seconds / size:,.1f} {unit}"
    return f"{seconds:,.2f} s"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample-old", type=int, default=200_000, help="guesses timed, old scheme")
    parser.add_argument("--sample-new", type=int, default=40, help="guesses timed, new scheme")
    args = parser.parse_args(argv)

    key = secrets.token_bytes(32)
    sample = [f"{n:09d}" for n in range(123_456_782, 10**9, 11)[: max(args.sample_old, args.sample_new)]]
    t_old = per_guess(lambda v: old_hash(key, v), sample[: args.sample_old])
    # distinct values (keyed_hash caches per process): each guess is a real scrypt
    t_new = per_guess(lambda v: keyed_hash(key, v, "NL_BSN"), sample[: args.sample_new])
    valid = valid_bsn_count()
    valid_33 = valid_bsn_count("33")
    space = 10**9

    target = "111222333"
    print(f"machine: {os.cpu_count()} cores; figures are for ONE core, one BSN hash "
          f"(an attacker with N cores divides by N)")
    print(f"candidate space: {space:,} nine-digit strings, {valid:,} pass the 11-proof "
          f"({valid / space:.2%}); {valid_33:,} of them end in 33")
    print(f"seconds per guess: old HMAC-SHA256 {t_old * 1e6:,.2f} us ({args.sample_old:,} timed); "
          f"new scrypt N=2^{int(math.log2(SCRYPT_N))} r={SCRYPT_R} p={SCRYPT_P} "
          f"{t_new * 1e3:,.1f} ms ({args.sample_new:,} timed); ratio {t_new / t_old:,.0f}x")
    print(f"masked example of {target}: old {'*******33'!s}, aligned with its hash; "
          f"new {mask('NL_BSN', target)}, sorted apart from the hashes")
    print()
    rows = [
        ("old: key beside the catalog (= catalog only)", "aligned mask shows 2 digits", valid_33, t_old),
        ("old: catalog + key", "mask ignored", valid, t_old),
        ("new: catalog + key", "mask shows no digit", valid, t_new),
    ]
    print(f"{'scheme / attacker holds':48} {'what the examples give':30} {'candidates':>12} {'worst case':>14} {'expected':>14}")
    for name, hint, count, t in rows:
        print(f"{name:48} {hint:30} {count:>12,} {human(count * t):>14} {human(count * t / 2):>14}")
    print(f"{'new: catalog only (key in ~/.config/ropa)':48} {'the key must be guessed':30} "
          f"{'2^128 keys':>12} {human(2**128 * t_old):>14} {'(at least)':>14}")
    print("one pass over the candidates reverses every BSN hash of a catalog at once: the salt is per "
          "key, not per value, so that one BSN hashes alike in every table")

    # A real reversal, old scheme: the slice sharing the revealed "33" and a known first digit.
    target_hash = old_hash(key, target)
    started = time.perf_counter()
    tried = 0
    found = None
    for guess in candidates(prefix="1", suffix="33"):
        tried += 1
        if old_hash(key, guess) == target_hash:
            found = guess
            break
    spent = time.perf_counter() - started
    print()
    print(f"real reversal, old scheme, candidates 1…33: found {found == target} after {tried:,} "
          f"guesses in {spent:.2f} s (python-stdnum's 11-proof filter included)")
    return 0 if found == target else 1


if __name__ == "__main__":
    raise SystemExit(main())
