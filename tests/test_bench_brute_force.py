"""The brute-force benchmark counts candidates right (checked against python-stdnum) and runs."""

from __future__ import annotations

from bench.brute_force import candidates, main, old_hash, valid_bsn_count


def test_valid_bsn_count_matches_enumeration_on_slices():
    # the DP over all 9 digits, checked where enumeration is cheap: fixed 5-digit suffixes
    for suffix in ("00000", "22333", "99990"):
        assert valid_bsn_count(suffix) == sum(1 for _ in candidates(suffix=suffix))
    assert valid_bsn_count() == 90_909_090
    assert abs(valid_bsn_count("33") * 100 - valid_bsn_count()) < 100


def test_main_reverses_an_old_hash_and_prints_the_table(capsys):
    assert main(["--sample-old", "2000", "--sample-new", "2"]) == 0
    out = capsys.readouterr().out
    assert "found True" in out and "new: catalog + key" in out and "*********" in out
    assert old_hash(b"k" * 16, "111222333") != old_hash(b"k" * 16, "123456782")
