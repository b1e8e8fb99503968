"""The one INSEE-code normaliser: hand cases and seeded property tests over the real COG 2026 table."""
from __future__ import annotations

import csv
import json
import random
from pathlib import Path

import pytest

from coodiag.processing_algorithms.analysis import address, insee_codes as ic

COG = Path(__file__).resolve().parents[3] / "shared" / "data" / "communes-france-cog" / \
    "communes_france_decoupage_administratif_6.0.0.csv"


@pytest.fixture(scope="module")
def cog_codes():
    if not COG.exists():
        pytest.skip("shared COG table not available")
    with open(COG, encoding="utf-8") as f:
        return [row["code"] for row in csv.DictReader(f)]


# ---- hand cases -------------------------------------------------------------------------------------
@pytest.mark.parametrize(("raw", "expected"), [
    ("1004", "01004"), (1004, "01004"), (1004.0, "01004"), ("1004.0", "01004"), ("1004,0", "01004"),
    ("1004.00", "01004"), ("9.7701E4", "97701"), ("01004", "01004"), (" 75108 ", "75108"),
    ("\u00a001004\u202f", "01004"), ("01\u00a0004", "01004"), ("\ufeff2A004", "2A004"), ("\t97209\n", "97209"),
    ("2a004", "2A004"), ("2A4", "2A004"), ("2a4", "2A004"), ("2B33", "2B033"), ("02A004", "2A004"),
    ('["97701"]', "97701"), ("['97701', '97801']", "97701"), ("[97701]", "97701"), ("97701,97801", "97701"),
    (["97801", "97701"], "97801"), (("2a004",), "2A004"), ("[]", ""),
    ("123", ""), ("12", ""), ("1", ""), ("0123", ""), ("123456", ""), ("00123", ""), ("96001", ""),
    ("97901", ""), ("98501", ""), ("99999", ""), ("abc", ""), ("", ""), (None, ""), (float("nan"), ""),
    ("NULL", ""), (True, ""), (1004.5, ""), ("-1004", ""),
    ("97701", "97701"), ("97801", "97801"), ("97501", "97501"), ("98818", "98818"), ("98901", "98901"),
    ("20004", "20004"),
])
def test_commune_code(raw, expected):
    assert ic.commune_code(raw) == expected


@pytest.mark.parametrize(("raw", "reason"), [
    ("123", "too_short"), ("0123", "too_short"), ("123456", "too_long"), ("96001", "bad_departement"),
    ("abc", "not_a_code"), ("", "empty"), (None, "empty"), ("01004", ""), ("2a4", ""),
])
def test_commune_code_reason(raw, reason):
    code, why = ic.commune_code_reason(raw)
    assert why == reason
    assert (code != "") == (reason == "")
    assert why in ("", *ic.REASONS)


def test_old_corsican_codes_with_known_codes():
    known = {"2A004", "2B033"}
    assert ic.commune_code("20004", known) == "2A004"
    assert ic.commune_code(20033, known) == "2B033"
    assert ic.commune_code("20004") == "20004"


def test_the_three_former_normalisers_now_agree():
    for raw in ("123", "2a4", "1004.0", '["97701"]', "2B33", "01004", "abc"):
        assert address.normalize_insee(raw) == ic.commune_code(raw)


def test_iris_departement_epci_siret():
    assert ic.iris_code("10040101") == "010040101"
    assert ic.iris_code("2a0040101") == "2A0040101"
    assert ic.iris_code(1005) == "010050000"
    assert ic.iris_code("972090101") == "972090101"
    assert ic.iris_code("1234") == "012340000"  # commune 01234 (lost zero), not split into IRIS
    assert ic.iris_code("12345678901") == ""
    assert ic.departement_code("1") == "01" and ic.departement_code(1.0) == "01"
    assert ic.departement_code("2a") == "2A" and ic.departement_code("971") == "971"
    assert ic.departement_code("96") == "" and ic.departement_code("0") == ""
    assert ic.departement_of("97209") == "972" and ic.departement_of("2a4") == "2A"
    assert ic.departement_of("98818") == "988" and ic.departement_of("123") == ""
    assert ic.epci_code(242010056) == "242010056" and ic.epci_code("242010056.0") == "242010056"
    assert ic.epci_code("abc") == ""
    assert ic.siret_code("5520135000012") == "05520135000012"
    assert ic.luhn_ok("242010056") and not ic.luhn_ok("242010057")
    assert ic.parent_commune("75108") == "75056" and ic.parent_commune("2a4") == "2A004"
    assert ic.arrondissement_parent("13216") == "13055" and ic.arrondissement_parent("75056") is None


def test_field_tables_still_exported():
    assert ic.COMMUNE_FIELDS[-2:] == ("code", "cog")
    assert ic.IRIS_FIELDS[-1] == "code"
    assert ic.detect_field(["fid", "Insee_Com", "NOM"], ic.COMMUNE_FIELDS) == "Insee_Com"
    with pytest.raises(AttributeError):
        ic.NO_SUCH_TABLE  # noqa: B018


# ---- property tests (seeded) ---------------------------------------------------------------------------
def _variants(code: str, rng: random.Random) -> list:
    """Ways real files write ``code``."""
    out = [code, code.lower(), f" {code} ", f"\u00a0{code}\u202f", json.dumps([code]), f"['{code}']",
           f"{code},{code}", [code]]
    if code.isdigit():
        n = int(code)
        out += [n, float(n), f"{n}.0", f"{n},0", str(n)]
        if rng.random() < 0.5:
            out.append(f"{n:.4E}" if n >= 10000 else str(n))
    if code[:2] in ("2A", "2B"):
        out += [code[:2] + str(int(code[2:])), code[:2].lower() + str(int(code[2:]))]
    return out


def test_round_trip_every_cog_code(cog_codes):
    rng = random.Random(15)
    assert len(cog_codes) == 37590
    for code in cog_codes:
        assert ic.commune_code(code) == code
    for code in rng.sample(cog_codes, 3000):
        for v in _variants(code, rng):
            assert ic.commune_code(v) == code, (code, v)


def test_lost_leading_zeros(cog_codes):
    zeros = [c for c in cog_codes if c.startswith("0")]
    assert len(zeros) > 3000
    for code in zeros:
        assert ic.commune_code(int(code)) == code
        assert ic.commune_code(code.lstrip("0")) == code
        assert ic.iris_code(int(code + "0101")) == code + "0101"


def test_corsica_and_overseas(cog_codes):
    corsica = [c for c in cog_codes if c[:2] in ("2A", "2B")]
    overseas = [c for c in cog_codes if c[:2] in ("97", "98")]
    assert len(corsica) == 360 and len(overseas) == 223
    for code in corsica:
        short = code[:2].lower() + str(int(code[2:]))
        assert ic.commune_code(short) == code
        assert ic.departement_of(short) == code[:2]
    for code in overseas:
        assert ic.commune_code(float(code)) == code
        assert ic.departement_of(code) == code[:3]
        assert ic.commune_code(json.dumps([code])) == code


def test_idempotent_on_random_text():
    rng = random.Random(2024)
    alphabet = "0123456789ABab ,.;[]'\"\u00a0-E"
    for _ in range(5000):
        raw = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        once = ic.commune_code(raw)
        assert ic.commune_code(once) == once
        assert once == "" or (len(once) == 5 and ic.is_commune_code(once))
        iris = ic.iris_code(raw)
        assert ic.iris_code(iris) == iris
        dep = ic.departement_code(raw)
        assert ic.departement_code(dep) == dep


def test_short_numbers_are_never_codes():
    rng = random.Random(7)
    for _ in range(2000):
        n = rng.randint(0, 999)
        assert ic.commune_code(n) == "" and ic.commune_code(str(n)) == ""
        assert ic.commune_code_reason(n)[1] in ("too_short", "empty")


def test_departements_of_postcode():
    assert ic.departements_of_postcode("14123") == {"14"}
    assert ic.departements_of_postcode(1400) == set()  # not 5 digits: no guess
    assert ic.departements_of_postcode("20000") == {"2A", "2B"}
    assert ic.departements_of_postcode("97200") == {"972"}
    assert ic.departements_of_postcode("CEDEX") == set()


def test_an_amount_with_a_decimal_comma_is_no_commune_code():
    """« 6161,77 € » in a turnover column is one number, not the list 6161 | 77: no code, so the column is not
    taken for the INSEE code by its values; lists of codes and integral floats still are."""
    assert ic.commune_code("6161,77") == "" and ic.commune_code("6161.77") == ""
    assert ic.code_list("6161,77") == ["6161,77"]
    assert ic.commune_code("1004,0") == "01004" and ic.code_list("97701,97801") == ["97701", "97801"]
