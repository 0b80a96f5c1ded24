"""Published identifier values the labeled warehouse mixes in with generated ones.

Why: a benchmark built only from our own generators would test the generators, not the
classifier. Real published numbers carry the formatting quirks and number ranges of the wild
(La Poste SIRETs that skip Luhn, Monaco ``FR..000..`` VAT numbers, Corsican ``2A``/``2B`` NIRs,
IBANs of some 80 countries, old-style Dutch VAT numbers).

Sources, by pool (every value is re-validated by python-stdnum / phonenumbers when the warehouse
is built, and again by ``tests/test_bench_data.py``):

* ``STDNUM_TESTS_*``: copied from python-stdnum's source repository, ``tests/`` folder (not part
  of the installed wheel): ``test_fr_siret.doctest`` and ``test_fr_siren.doctest`` ("These have been
  found online and should all be valid numbers"), ``test_eu_vat.doctest`` (same wording; FR, BE
  and NL blocks), ``test_iban.doctest`` ("from the IBAN REGISTRY as sample numbers", i.e. SWIFT's
  IBAN registry examples), ``test_be_nn.doctest`` (arthurdejong/python-stdnum, LGPL-2.1+; data
  values only, no code).
* ``docstring_examples()``: harvested at run time from the installed python-stdnum modules'
  docstrings (``>>> validate('...')`` examples whose expected output is not an exception).
* ``phone_examples()``: ``phonenumbers.example_number_for_type`` for each region and number type
  (Google's libphonenumber metadata examples).
* ``CARD_TEST_NUMBERS``: test card numbers published in payment processors' integration docs
  (Stripe, PayPal/Braintree, Adyen); Luhn-valid, never issued to a person.
* ``IP_DOCUMENTATION``: addresses reserved for documentation (RFC 5737 for IPv4, RFC 3849 for
  IPv6).
* ``ISIN_LISTED`` / ``BIC_PUBLISHED``: ISINs of listed companies and BICs of large banks as
  printed on their public investor-relations / payment pages; decoys (labeled NONE).
"""

from __future__ import annotations

import doctest
import importlib
from functools import lru_cache

import phonenumbers

# python-stdnum tests/test_fr_siret.doctest, "found online" block (+ the La Poste examples above
# it, which validate with the sum-of-digits rule instead of Luhn).
STDNUM_TESTS_SIRET = """
35600000009075
35600000000048
35600000049837
0 5 7 8 1 3 1 3 1 0 0 0 2 6
1 800 700 39 00 110
2 00 03 00 13 000 11
2 101 005 33 000 12
2 777 000 43 000 15
3 1 0 1 8 8 4 2 0 00 0 8 0
3 12 494 529 000 34
3 24 34 54 20 000 40
30206838200050
314 901 323 00043
31719324100013
32228438100017
32650798500058
32738082000032
329.338.88300153
32929695800039
33770320100034
34530016400018
380 321 430 00023
38446899700034
38536958200023
389 011 529 00036
38981890700203
39039475700020
39102766100050
4 0 0 9 0 8 5 0 5 0 0 0 11
4 0 3 3 1 4 6 6 9 0 0 0 4 1
4 0 9 0 8 5 2 1 4 0 0 0 2 4
4 2 0 3 0 9 6 2 7 0 0 0 3 2
4 4 3 4 8 9 2 7 3 0 0 0 1 3
4 4 3 5 4 9 8 7 8 0 0 0 4 1
4 8 2 7 8 1 9 11 0 0 0 11
40300300700032
44126652500019
44142526100019
44796433900017
479 461 675 00049
5 12 326 653 000 15
5 17 758 173 000 10
50397442000021
513 133 637 000 35
52524288900042
542 097 324 0006 6
652 059 213 00023
7 7821 0526 00019
775.563.232.00104
778 239 798 000 11
79068156300017
8 1 0 2 4 7 3 8 7 0 0 0 1 4
8 1002665800015
8 21 114 55000014
"""

# python-stdnum tests/test_fr_siren.doctest, "found online" block.
STDNUM_TESTS_SIREN = """
217601 145
3 1 0 1 8 8 4 2 0
350792008
480318245
500 674 056
529290488
738 205 269
752136200
752490334
775 699 309
775672272
776 944 944
820043784
"""

# python-stdnum tests/test_eu_vat.doctest, "found online" block: the FR (incl. Monaco), BE and NL
# entries, as printed there.
STDNUM_TESTS_VAT_FR = """
FR 04409414364
FR 09434086930
FR 114 248 728 36
FR 13 393 892 815
FR 163 041 877 01
FR 18 349 685 099
FR 19 552 008 443
FR 19552143273
FR 20 329 450 738
FR 21 448 834 911
FR 2143 2146 546
FR 22 326 565 603
FR 22 379 160 070
FR 26 495 205 213
FR 28337893168
FR 355 92065536
FR 36 380 610 451
FR 36502095094
FR 38 353427495
FR 41-343848552
FR 53418304010
FR 60391548955
FR 61 954 506 077
FR 63 334 214 293
FR 65 444 243 075
FR 68 378 838 692
FR 70492082151
FR 72 483 995 197
FR 734 836 491 66
FR 736 220 50 318
FR 74 397 888 330
FR 77 055 501 902
FR 77 384 627 170
FR 78528824428
FR 79 410 964 837
FR 83 404 833 048
FR 84 323 140 392
FR 86 394 303 796
FR 86 542 103 569
FR 88775649726
FR 94016950842
FR K 7399859412
FR01712030113
FR64333266765
FR82542065479
FR83404833048
FR86451397608
FR95483929956
Fr 40 303 265 045
Fr 96 631 620 572
fr 71383076817
FR16000063601
FR23000047372
FR26000040583
FR28000113851
FR30000017854
FR32000000330
FR36000006022
FR40000066034
FR43000020445
FR48000052489
FR54000065101
FR64000063908
FR65000100833
FR79000030642
FR83000065143
FR83000113158
FR84000082668
FR87000018746
FR88000008820
FR88000053537
FR96000110899
"""

STDNUM_TESTS_VAT_BE = """
BE (0)468.561.072
BE 0202.239.951
BE 0220.764.971
BE 0248.015.142
BE 0402 918 402
BE 0407.139.583
BE 0408 299 922
BE 0441.928.931
BE 0450 118 996
BE 0462423150
BE 0474 621 394
BE 0795 013 186
BE 0897290877
BE 444.503.092
BE 456.973.433
BE 464 401 356
BE0428759497
BE413562567
BE697449992
"""

STDNUM_TESTS_VAT_NL = """
NL 001241 643 B01
NL 009122746 B01
NL 806753742B01
NL 820605876B01
NL 8225.69.759 b01
NL-812421267 B01
NL-8197.38.116.B.01
NL.0094.10.806.B.01
NL.8143.26.584.B.01
NL.8186.43.778.B.01
NL001162938B28
NL001309675B01
NL001452330B47
NL001545668B01
NL001617419B92
NL002455799B11
NL003376734B77
NL00449544B01
NL006375054B01
NL006866049B01
NL007394913B01
NL009093503B01
NL019077312B01
NL066593931B01
NL068357370B01
NL117621729B01
NL167647672B01
NL4495445B01
NL68357370B01
NL802003217B01
NL808373894B01
NL811705262B01
NL813411786B01
"""

# python-stdnum tests/test_iban.doctest: "from the IBAN REGISTRY as sample numbers". Compact forms
# only (the doctest lists most twice, compact and printed).
STDNUM_TESTS_IBAN = """
AD1200012030200359100100
AE070331234567890123456
AL47212110090000000235698741
AT611904300234573201
AZ21NABZ00000000137010001944
BA391290079401028494
BG80BNBG96611020345678
BH67BMAG00001299123456
BR1800000000141455123924100C2
CH9300762011623852957
CY17002001280000001200527600
CZ6508000000192000145399
CZ9455000000001011038930
DE89370400440532013000
DK5000400440116243
DO28BAGR00000001212453611324
EE382200221020145685
ES9121000418450200051332
ES0521053014113400002160
ES2030810089311100269222
FI2112345600000785
FI5542345670000081
FO6264600001631634
FR1420041010050500013M02606
GB29NWBK60161331926819
GE29NB0000000101904917
GI75NWBK000000007099453
GL8964710001000206
GR1601101250000000012300695
GT82TRAJ01020000001210029690
HR1210010051863000160
HU42117730161111101800000000
IE29AIBK93115212345678
IL620108000000099999999
IS140159260076545510730339
IT60X0542811101000000123456
JO94CBJO0010000000000131000302
KZ86125KZT5004100100
LB62099900000001001901229114
LI21088100002324013AA
LT121000011101001000
LU280019400644750000
LV80BANK0000435195001
MD24AG000225100013104168
ME25505000012345678951
MK07250120000058984
MR1300020001010000123456753
MT84MALT011000012345MTLCAST001S
NL91ABNA0417164300
NO9386011117947
PK36SCBL0000001123456702
PL61109010140000071219812874
PS92PALS000000000400123456702
PT50000201231234567890154
QA58DOHB00001234567890ABCDEFG
RO49AAAA1B31007593840000
RS35260005601001611379
SA0380000000608010167519
SE4550000000058398257466
SI56191000000123438
SK3112000000198742637541
SM86U0322509800000000270100
TN5910006035183598478831
TR330006100519786457841326
VG96VPVG0000012345678901
XK051212012345678906
"""

# python-stdnum tests/test_be_nn.doctest (national numbers used there as valid examples).
STDNUM_TESTS_BE_NN = """
85.07.30-033 28
17 07 30 033 84
75.06.08-980.09
"""

# Test card numbers from payment processors' public integration docs (Stripe "Testing", PayPal
# Braintree sandbox list, Adyen test cards). Luhn-valid; no real account behind them.
CARD_TEST_NUMBERS = """
4111111111111111
4012888888881881
4242424242424242
4000056655665556
4222222222222
5555555555554444
5105105105105100
5200828282828210
2223003122003222
378282246310005
371449635398431
378734493671000
6011111111111117
6011000990139424
30569309025904
38520000023237
3530111333300000
3566002020360505
6200000000000005
"""

# RFC 5737 (IPv4) and RFC 3849 (IPv6) documentation addresses.
IP_DOCUMENTATION = """
192.0.2.1
192.0.2.44
198.51.100.23
198.51.100.200
203.0.113.7
203.0.113.195
2001:db8::1
2001:db8:85a3::8a2e:370:7334
2001:db8:0:1234::42
"""

# Decoys. ISINs of listed companies (Apple, TotalEnergies, BNP Paribas, Sanofi, LVMH, Air Liquide,
# ASML, Airbus, Ahold Delhaize, Solvay, AB InBev, SAP, Diageo, Accenture) and bank BICs.
ISIN_LISTED = """
US0378331005
FR0000120271
FR0000131104
FR0000120578
FR0000121014
FR0000120073
NL0010273215
NL0000235190
NL0011794037
BE0003470755
BE0974293251
DE0007164600
GB0002374006
IE00B4BNMY34
"""

BIC_PUBLISHED = """
BNPAFRPP
SOGEFRPP
CRLYFRPP
CCBPFRPP
AGRIFRPP882
ABNANL2A
INGBNL2A
RABONL2U
GEBABEBB
KREDBEBB
BBRUBEBB
GKCCBEBB
DEUTDEFF
DEUTDEFF500
COBADEFF
NWBKGB2L
BARCGB22
"""


def lines(block: str) -> list[str]:
    """The non-empty lines of one of the blocks above, stripped."""
    return [line.strip() for line in block.splitlines() if line.strip()]


@lru_cache(maxsize=None)
def docstring_examples(module_name: str) -> tuple[str, ...]:
    """Arguments of ``>>> validate('...')`` doctest examples that validate, from a stdnum module.

    Harvested from the installed module rather than copied, so a python-stdnum upgrade refreshes
    them. Examples whose expected output is a traceback are skipped (they are the invalid ones).
    """
    module = importlib.import_module(module_name)
    parser = doctest.DocTestParser()
    found: list[str] = []
    for example in parser.get_examples(module.__doc__ or ""):
        source = example.source.strip()
        if not source.startswith("validate(") or example.want.startswith("Traceback"):
            continue
        inner = source[len("validate("):source.rindex(")")]
        if inner[:1] in "'\"" and inner[-1:] == inner[:1]:
            found.append(inner[1:-1])
    return tuple(found)


@lru_cache(maxsize=None)
def phone_examples(region: str) -> tuple[phonenumbers.PhoneNumber, ...]:
    """libphonenumber's example numbers for ``region``, one per number type that has one."""
    kinds = (
        phonenumbers.PhoneNumberType.FIXED_LINE,
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.TOLL_FREE,
        phonenumbers.PhoneNumberType.VOIP,
    )
    found = []
    for kind in kinds:
        number = phonenumbers.example_number_for_type(region, kind)
        if number is not None and phonenumbers.is_valid_number(number):
            found.append(number)
    return tuple(found)
